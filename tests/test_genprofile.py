"""A portal added in minutes: ``scrapy genprofile`` drafts a profile from a walk of each
replica family, and the draft's crawl (``scrapy checkprofile``, which also prints per-field
coverage and fallback counts) gets the fields the hand-written profile gets.

The drafts are installed as a plug-in would be (the ``newscrawl.sites`` entry point group of
a distribution on PYTHONPATH), so nothing is written into the package."""

from __future__ import annotations

import json
import re

import pytest

from newscrawl.items import FIELDS

from .conftest import FAST
from .test_portal_tools import plugin_dir, scrapy

#: Fields compared; crawled_at is a clock, version the store's, site the profile's name.
COMPARED = [f for f in FIELDS if f not in ("crawled_at", "version", "site", "id")]


def settings_args(*extra: str) -> list[str]:
    return [arg for s in [*FAST, "LOG_LEVEL=WARNING", *extra] for arg in ("-s", s)]


@pytest.fixture(scope="module")
def plugins(tmp_path_factory):
    root = plugin_dir(tmp_path_factory.mktemp("gen"), "genfen", "")
    (root / "myprofiles_genfen.py").unlink()
    (root / "myprofiles-0.1.dist-info" / "entry_points.txt").write_text(
        "[newscrawl.sites]\n" + "".join(f"{n} = {n}:PROFILE\n" for n in ("genfen", "gensx", "brokenfen")))
    return root


def genprofile_and_check(plugins, name: str, url: str, base_url: str, work, articles: int = 100_000
                         ) -> tuple[dict, str, list[dict]]:
    proc = scrapy("genprofile", name, url, "-o", str(plugins / f"{name}.py"), *settings_args(), timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert f"wrote {plugins / f'{name}.py'}" in proc.stdout
    text = (plugins / f"{name}.py").read_text(encoding="utf-8")
    out = work / f"{name}.jsonl"
    proc = scrapy("checkprofile", name, "-a", f"base_url={base_url}", "--articles", str(articles), "-O", str(out),
                  *settings_args(), env={"PYTHONPATH": str(plugins)}, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return parse_report(proc.stdout), text, items


def parse_report(stdout: str) -> dict:
    rows = {}
    for line in stdout.splitlines():
        m = re.match(r"^(\w+)\s+(\d+)/(\d+)\s+\S+\s+(\d+)$", line)
        if m:
            rows[m[1]] = {"filled": int(m[2]), "of": int(m[3]), "fallback": int(m[4])}
        m = re.match(r"^(channel|list) pages walked by link shape .*: (\d+)$", line)
        if m:
            rows[f"{m[1]}_by_shape"] = int(m[2])
    return rows


def compare(hand: list[dict], gen: list[dict]) -> tuple[int, int]:
    """(fields the draft got right, fields the hand-written profile got), over the
    hand-written crawl's articles and its non-empty values."""
    by_id = {i["id"].split(":", 1)[1]: i for i in gen}
    got = total = 0
    for item in hand:
        other = by_id.get(item["id"].split(":", 1)[1], {})
        for name in COMPARED:
            if item[name] not in (None, "", []):
                total += 1
                got += other.get(name) == item[name]
    return got, total


@pytest.fixture(scope="module")
def fenlan_draft(plugins, trs_server, tmp_path_factory):
    return genprofile_and_check(plugins, "genfen", trs_server.url + "/", trs_server.url, tmp_path_factory.mktemp("gf"))


@pytest.fixture(scope="module")
def sxrb_draft(plugins, replica_server, tmp_path_factory):
    # A sample of 300 of the 794 articles, to spare suite time: compared on those.
    return genprofile_and_check(plugins, "gensx", replica_server.url + "/GB/index.html", replica_server.url,
                                tmp_path_factory.mktemp("gs"), articles=300)


@pytest.mark.parametrize("family, hand_crawl", [("fenlan", "fenlan_feeds"), ("sxrb", "full_crawl")])
def test_genprofile_matches_the_hand_written_profile(family, hand_crawl, request):
    report, text, items = request.getfixturevalue(f"{family}_draft")
    hand = request.getfixturevalue(hand_crawl)
    assert "PROFILE = SiteProfile(" in text and "has-class(" in text  # XPaths the user can read and edit
    sampled = {i["id"].split(":")[1] for i in items}
    hand_items = [i for i in hand.items if i["id"].split(":")[1] in sampled]
    got, total = compare(hand_items, items)
    n = len(items)
    fallbacks = sum(row["fallback"] for key, row in report.items() if isinstance(row, dict))
    print(f"\ngenprofile {family}: {got}/{total} = {got / total:.4f} of the hand-written profile's fields; "
          f"{n} articles (hand-written {len(hand.items)}); fallback fields {fallbacks}; "
          f"tree/list pages by shape {report['channel_by_shape']}/{report['list_by_shape']}")
    assert got / total >= 0.99
    # Every article the hand-written profile finds (or, for a sample, every sampled one it finds too).
    assert len(hand_items) == len(items) >= min(300, len(hand.items))
    if family == "fenlan":
        assert len(items) == len(hand.items)
    # The draft's own XPaths did it, not the generic stand-ins.
    assert report["channel_by_shape"] == 0 and report["list_by_shape"] == 0
    assert fallbacks <= 0.01 * n
    assert report["title"] == {"filled": n, "of": n, "fallback": 0}


def test_checkprofile_shows_a_broken_selector(plugins, trs_server, fenlan_draft):
    """A profile whose title XPath finds nothing: the titles are still there (generic
    fallback), and checkprofile says where they came from."""
    _, text, _ = fenlan_draft
    text, n = re.subn(r"^        title=.*$", '        title="//h9",', text, flags=re.M)
    assert n == 1
    text = text.replace("name='genfen'", "name='brokenfen'")
    (plugins / "brokenfen.py").write_text(text, encoding="utf-8")
    proc = scrapy("checkprofile", "brokenfen", "-a", f"base_url={trs_server.url}", "--articles", "30",
                  *settings_args(), env={"PYTHONPATH": str(plugins)})
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = parse_report(proc.stdout)
    n = report["title"]["of"]
    # Every article page (and page n of the long ones) had its title from the fallback.
    assert n >= 30 and report["title"]["filled"] == n and report["title"]["fallback"] >= n
    assert report["body"]["fallback"] == 0 and report["channel"]["fallback"] == 0
