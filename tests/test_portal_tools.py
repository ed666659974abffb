"""The commands a user adds and debugs a portal with: ``scrapy sites``, ``scrapy parse`` and
``scrapy shell`` on an article URL (profiles found by discovery, not a registry)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys

from newscrawl.sites import all_profiles, get_profile

from .conftest import ROOT


def scrapy(*args: str, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scrapy", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, **(env or {})})


def plugin_dir(tmp_path, name: str, module_text: str):
    """A folder that, on PYTHONPATH, is an installed distribution declaring one profile in
    the ``newscrawl.sites`` entry point group (as ``pip install`` of a package would)."""
    root = tmp_path / "plugin"
    (root / "myprofiles-0.1.dist-info").mkdir(parents=True)
    (root / "myprofiles-0.1.dist-info" / "METADATA").write_text("Metadata-Version: 2.1\nName: myprofiles\nVersion: 0.1\n")
    (root / "myprofiles-0.1.dist-info" / "entry_points.txt").write_text(
        f"[newscrawl.sites]\n{name} = myprofiles_{name}:PROFILE\n")
    (root / f"myprofiles_{name}.py").write_text(module_text, encoding="utf-8")
    return root


def test_sites_lists_every_profile_and_plugins(tmp_path):
    proc = scrapy("sites")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].split() == ["name", "title", "base", "URL", "family"]
    names = [line.split()[0] for line in lines[1:]]
    assert names == sorted(p.name for p in all_profiles()) and {"sxrb", "fenlan"} <= set(names)
    for line in lines[1:]:
        p = get_profile(line.split()[0])
        assert line.split()[1:4] == [p.title, p.base_url, *p.family.split()[:1]]
    # A profile of another package, through the entry point group: listed, and crawlable by name.
    text = (ROOT / "newscrawl" / "sites" / "fenlan.py").read_text(encoding="utf-8")
    text = text.replace('from .profile import', 'from newscrawl.sites.profile import').replace(
        'name="fenlan"', 'name="otherfen"').replace('title="汾岚新闻网"', 'title="另一个汾岚"')
    proc = scrapy("sites", env={"PYTHONPATH": str(plugin_dir(tmp_path, "otherfen", text))})
    assert proc.returncode == 0, proc.stderr
    assert any(line.split()[:2] == ["otherfen", "另一个汾岚"] for line in proc.stdout.splitlines())


def _parse_items(stdout: str) -> list[dict]:
    block = stdout.split("# Scraped Items", 1)[1].split("\n", 1)[1].split("# Requests", 1)[0]
    return ast.literal_eval(block.strip())


def test_parse_and_shell_on_an_article_url(fenlan_feeds, tmp_path):
    """No -a, no --callback: the URL names the profile (a replica host: by its article shape)
    and the spider routes an article URL to the article callback."""
    item = next(i for i in fenlan_feeds.items if i["images"] and i["subtitle"])
    env = {"NEWSCRAWL_OUTPUT_DIR": str(tmp_path / "output")}
    proc = scrapy("parse", "--spider=portal", item["url"], env=env)
    assert proc.returncode == 0, proc.stderr[-2000:]
    items = _parse_items(proc.stdout)
    assert len(items) == 1
    got = items[0]
    for name in ("id", "site", "url", "channel", "title", "subtitle", "published_at", "published_at_precision",
                 "source", "editors", "images"):
        assert got[name] == item[name], name
    # The shell helper: the same fields, cleaned as the feed has them.
    proc = scrapy("shell", item["url"], "-c", "article()", env=env)
    assert proc.returncode == 0, proc.stderr[-2000:]
    fields = ast.literal_eval(proc.stdout.strip().splitlines()[-1])
    for name in ("id", "channel", "title", "body", "authors", "editors", "images", "published_at", "content_hash"):
        assert fields[name] == item[name], name
    assert not (tmp_path / "output").exists()  # debugging records no run
