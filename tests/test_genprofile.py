"""A portal added in minutes: ``scrapy genprofile`` drafts a profile from a walk of each
replica family, and the draft's crawl (``scrapy checkprofile``, which also prints per-field
coverage and fallback counts) gets the fields the hand-written profile gets.

Four families: the people.cn-like sxrb replica and the TRS one (``<a>`` lists, against the
hand-written sxrb and fenlan profiles), Hanweb and Founder (lists in scripts and a list
service: the draft says ``written=SCRIPT``; against the hand-written fenshui and fenhe
profiles, both crawls also against the replica's truth).

The drafts are installed as a plug-in would be (the ``newscrawl.sites`` entry point group of
a distribution on PYTHONPATH), so nothing is written into the package."""

from __future__ import annotations

import json
import re

import pytest

from newscrawl.items import FIELDS
from newscrawl.replica.families import FAMILIES, TEST_SCALE, FamilyServer
from newscrawl.sites.profile import ListRules

from .conftest import FAST
from .test_portal_tools import plugin_dir, scrapy

#: Fields compared; crawled_at is a clock, version the store's, site the profile's name.
COMPARED = [f for f in FIELDS if f not in ("crawled_at", "version", "site", "id")]


#: The hand-written profile of each script-list replica family, and the draft's name.
BASELINES = {"hanweb": "fenshui", "founder": "fenhe"}
GEN_NAMES = {"hanweb": "genhw", "founder": "genfz"}


def settings_args(*extra: str) -> list[str]:
    return [arg for s in [*FAST, "LOG_LEVEL=WARNING", *extra] for arg in ("-s", s)]


@pytest.fixture(scope="module")
def plugins(tmp_path_factory):
    root = plugin_dir(tmp_path_factory.mktemp("gen"), "genfen", "")
    (root / "myprofiles_genfen.py").unlink()
    (root / "myprofiles-0.1.dist-info" / "entry_points.txt").write_text(
        "[newscrawl.sites]\n" + "".join(f"{n} = {n}:PROFILE\n" for n in ("genfen", "gensx", "brokenfen", *GEN_NAMES.values())))
    return root


def genprofile_and_check(plugins, name: str, url: str, base_url: str, work, articles: int = 100_000
                         ) -> tuple[dict, str, list[dict]]:
    proc = scrapy("genprofile", name, url, "-o", str(plugins / f"{name}.py"), *settings_args(), timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert f"wrote {plugins / f'{name}.py'}" in proc.stdout
    text = (plugins / f"{name}.py").read_text(encoding="utf-8")
    report, items = checkprofile(plugins, name, base_url, work, articles)
    return report, text, items


def checkprofile(plugins, name: str, base_url: str, work, articles: int = 100_000) -> tuple[dict, list[dict]]:
    out = work / f"{name}.jsonl"
    proc = scrapy("checkprofile", name, "-a", f"base_url={base_url}", "--articles", str(articles), "-O", str(out),
                  *settings_args(), env={"PYTHONPATH": str(plugins)}, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return parse_report(proc.stdout), items


def parse_report(stdout: str) -> dict:
    rows = {}
    for line in stdout.splitlines():
        m = re.match(r"^checkprofile \w+: (\d+) articles from (\d+) list pages$", line)
        if m:
            rows["articles"], rows["list_pages"] = int(m[1]), int(m[2])
        m = re.match(r"^(\w+)\s+(\d+)/(\d+)\s+\S+\s+(\d+)$", line)
        if m:
            rows[m[1]] = {"filled": int(m[2]), "of": int(m[3]), "fallback": int(m[4])}
        m = re.match(r"^(channel|list) pages walked by link shape .*: (\d+)$", line)
        if m:
            rows[f"{m[1]}_by_shape"] = int(m[2])
    return rows


def compare(hand: list[dict], gen: list[dict], listings: dict[str, set[str]] | None = None) -> tuple[int, int]:
    """(fields the draft got right, fields the hand-written profile got), over the
    hand-written crawl's articles and its non-empty values.

    ``listings`` (article id → every URL a portal lists it under, from the replica's truth):
    a portal that lists one article under several URLs with none canonical (Hanweb publishes
    it again under each column's number) leaves ``url``, ``canonical_url`` and ``other_urls``
    to whichever listing a crawl met first, which two runs of the same profile do not agree
    on; there, values that are both among the article's listings count as the same."""
    by_id = {i["id"].split(":", 1)[1]: i for i in gen}
    got = total = 0
    for item in hand:
        key = item["id"].split(":", 1)[1]
        other = by_id.get(key, {})
        same = (listings or {}).get(key, set())
        for name in COMPARED:
            if item[name] not in (None, "", []):
                total += 1
                mine, theirs = other.get(name), item[name]
                if mine != theirs and len(same) > 1 and name in ("url", "canonical_url", "other_urls"):
                    mine, theirs = ({v} if isinstance(v, str) else set(v or ()) for v in (mine, theirs))
                    got += bool(mine) and mine <= same and theirs <= same
                    continue
                got += mine == theirs
    return got, total


@pytest.fixture(scope="module")
def fenlan_draft(plugins, trs_server, tmp_path_factory):
    return genprofile_and_check(plugins, "genfen", trs_server.url + "/", trs_server.url, tmp_path_factory.mktemp("gf"))


@pytest.fixture(scope="module")
def sxrb_draft(plugins, replica_server, tmp_path_factory):
    # A sample of 300 of the 794 articles, to spare suite time: compared on those.
    return genprofile_and_check(plugins, "gensx", replica_server.url + "/GB/index.html", replica_server.url,
                                tmp_path_factory.mktemp("gs"), articles=300)


def listings_of(truth: list[dict]) -> dict[str, set[str]]:
    """Article id → every URL the replica lists it under (see :func:`compare`)."""
    return {t["id"].rsplit(":", 1)[1]: set(t["urls"]) for t in truth}


@pytest.mark.parametrize("family, hand_crawl", [("fenlan", "fenlan_feeds"), ("sxrb", "full_crawl")])
def test_genprofile_matches_the_hand_written_profile(family, hand_crawl, request):
    report, text, items = request.getfixturevalue(f"{family}_draft")
    hand = request.getfixturevalue(hand_crawl)
    if family == "sxrb":  # (the people.cn-like replica, too, lists an article under several column nodes)
        server = request.getfixturevalue("replica_server")
        truth = server.replica.truth(server.url)
    else:
        server = request.getfixturevalue("trs_server")
        truth = server.trs.truth(server.url)
    assert "PROFILE = SiteProfile(" in text and "has-class(" in text  # XPaths the user can read and edit
    assert "written=SCRIPT" not in text and "items=" in text  # <a> lists: described by XPaths
    sampled = {i["id"].split(":")[1] for i in items}
    hand_items = [i for i in hand.items if i["id"].split(":")[1] in sampled]
    got, total = compare(hand_items, items, listings_of(truth))
    raw_got, raw_total = compare(hand_items, items)
    n = len(items)
    fallbacks = sum(row["fallback"] for key, row in report.items() if isinstance(row, dict))
    print(f"\ngenprofile {family}: {got}/{total} = {got / total:.4f} of the hand-written profile's fields "
          f"({raw_got}/{raw_total} = {raw_got / raw_total:.4f} with URLs as met); "
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


# -- lists no <a> XPath describes: Hanweb (XML datastore + list service), Founder (JS array +
# document.write pager) ---------------------------------------------------------------------
@pytest.fixture(scope="module")
def family_runs(plugins, tmp_path_factory):
    """Per family, made when first asked for: the hand-written profile's crawl, genprofile's
    draft and its crawl (all through checkprofile), and the replica's truth."""
    done: dict[str, dict] = {}

    def get(family: str) -> dict:
        if family not in done:
            portal = FAMILIES[family](seed=2024, scale=TEST_SCALE)
            work = tmp_path_factory.mktemp(f"gen_{family}")
            with FamilyServer(portal) as server:
                hand_report, hand = checkprofile(plugins, BASELINES[family], server.url, work)
                report, text, items = genprofile_and_check(plugins, GEN_NAMES[family], server.url + "/", server.url, work)
                truth = portal.truth(server.url, site="x")
            done[family] = {"portal": portal, "hand": hand, "hand_report": hand_report, "items": items,
                            "report": report, "text": text, "truth": {t["id"].split(":")[1]: t for t in truth}}
        return done[family]
    return get


def truth_share(items: list[dict], truth: dict, name: str) -> float:
    by_id = {i["id"].split(":")[1]: i for i in items}
    return sum(1 for k, t in truth.items() if k in by_id and by_id[k][name] == t[name]) / len(truth)


@pytest.mark.parametrize("family", sorted(BASELINES))
def test_genprofile_on_script_written_lists(family, family_runs):
    run = family_runs(family)
    text, items, hand, report, truth = run["text"], run["items"], run["hand"], run["report"], run["truth"]
    # The draft says how the lists are written, and why, where a user reads it.
    m = re.search(r"lists=ListRules\(\n\s+# Not <a> markup: .*\n\s+# article links on (\d+) list pages: (\d+) in "
                  r"(XML datastores|JS arrays); 0/\d+ reachable by an <a> XPath(.*)\n\s+written=SCRIPT,\n\s+\),", text)
    assert m, text
    assert m[3] == {"hanweb": "XML datastores", "founder": "JS arrays"}[family]
    assert ("next groups from a list service" in m[4]) == (family == "hanweb")
    assert ("next pages written by script" in m[4]) == (family == "founder")
    # Compared on the replica's articles: a look-alike page listed like a story (gallery,
    # video, notice), should a crawl take one for an article, is not a field to get right.
    articles = [i for i in hand if i["id"].split(":")[1] in truth]
    got, total = compare(articles, items, listings_of(list(truth.values())))
    raw_got, raw_total = compare(hand, items)
    shares = {name: (truth_share(items, truth, name), truth_share(hand, truth, name))
              for name in ("title", "published_at", "body", "channel", "source", "editors", "images", "subtitle")}
    print(f"\ngenprofile {family}: {got}/{total} = {got / total:.4f} of the hand-written profile's fields "
          f"({BASELINES[family]}) on the replica's articles; {raw_got}/{raw_total} = {raw_got / raw_total:.4f} on all its "
          f"items, URLs as met; articles {len(items)} (hand-written {len(hand)}, truth {len(truth)}); "
          f"list pages {report['list_pages']} (hand-written {run['hand_report']['list_pages']}); vs truth "
          + ", ".join(f"{k} {a:.3f}/{b:.3f}" for k, (a, b) in shares.items()))
    assert got / total >= 0.99
    # Both profiles walk the same lists (the service's groups, the script-written pagers) to
    # every article of the replica, and get its fields right.
    assert report["list_pages"] == run["hand_report"]["list_pages"] > int(m[1])
    assert set(truth) <= {i["id"].split(":")[1] for i in items}
    assert set(truth) <= {i["id"].split(":")[1] for i in hand}
    for name, (share, hand_share) in shares.items():
        assert share >= 0.99 and hand_share >= 0.99, name
    # The draft's own rules did it: no page walked by shape instead, and the generic stand-ins
    # filled at most the look-alike pages listed like stories (galleries, videos, notices).
    assert report["channel_by_shape"] == 0 and report["list_by_shape"] == 0
    lookalikes = sum(1 for x in run["portal"].lookalikes if x.kind != "topic")
    assert all(row["fallback"] <= lookalikes for row in report.values() if isinstance(row, dict))


def test_list_rules_say_how_the_list_is_written():
    with pytest.raises(ValueError, match="written must be"):
        ListRules(written="ajax")
    with pytest.raises(ValueError, match="needs the items and pager XPaths"):
        ListRules(items="//ul/li/a")
