"""A profile whose selectors stop matching (the portal was redesigned) degrades, it does not fail.

Each crawl serves the replica with part of its template changed, crawls it with the unchanged
sxrb profile, and checks that every article still arrives with the right fields, and that the
run says which selectors stopped matching (stats and one WARNING per page), so that the
profile gets fixed: the project's Spidermon monitors (newscrawl/monitors.py) raise the alarm,
so the run's verdict fails and the exit code is 1 although every article arrived.
"""

from __future__ import annotations

import re
from collections import Counter

from newscrawl.replica import Replica
from newscrawl.replica.faults import FaultyReplicaServer, Redesign

from .conftest import run_crawl

LIST_PAGES = re.compile(r"^/GB/\d+/index\d*\.html$")  # channel pages too: they carry no list markup
ARTICLE_PAGES = re.compile(r"^/GB/\d+/\d+(?:-\d+)?\.html$")


def crawl_redesigned(tmp_path, salts):
    replica = Replica(seed=5, scale=0.3, with_seed_article=False)
    with FaultyReplicaServer(replica) as server:
        for pattern, fault in salts:
            server.salt(pattern, fault)
        result = run_crawl(server.url, tmp_path)
        truth = {row["id"]: row for row in replica.truth(server.url)}
    assert result.returncode == 1, result.log[-3000:]  # the monitors' alarm (below)
    counts = Counter(item["id"] for item in result.items)
    assert set(counts) == set(truth) and max(counts.values()) == 1
    return replica, result, truth


def failed_monitors(result) -> list[str]:
    return [r["monitor"] for r in result.stats["newscrawl/monitors/results"] if r["status"] != "OK"]


def test_new_home_page_navigation_is_walked_by_link_shape(tmp_path):
    replica, result, truth = crawl_redesigned(tmp_path, [("/GB/index.html", Redesign(b"nav_box", b"top-nav"))])
    assert result.stats["newscrawl/fallback/tree"] == 1
    assert "has the template changed" in result.log
    assert failed_monitors(result) == ["Profile fallbacks/channel and list pages walked by link shape "
                                       "within NEWSCRAWL_MONITOR_MAX_FALLBACK_PAGES"]
    for item in result.items:  # channel paths from the article breadcrumbs, as before
        assert item["channel"] == truth[item["id"]]["channel"]
        assert item["body"] == truth[item["id"]]["body"]


def test_new_list_and_article_templates_fall_back_to_the_generic_extractor(tmp_path):
    replica, result, truth = crawl_redesigned(tmp_path, [
        (LIST_PAGES, Redesign(b"list_16", b"news-list")),
        (ARTICLE_PAGES, Redesign(b'clearfix jz"', b'clearfix article-head"')),
    ])
    stats = result.stats
    first_list_pages = sum(1 for c in replica.columns if c.listings)
    assert stats["newscrawl/fallback/list"] == first_list_pages  # page 1 of each list
    # The title block is gone for the profile: the generic extractor supplies its fields.
    assert stats["newscrawl/extract/fallback/title"] >= len(truth)
    assert stats["newscrawl/extract/fallback/published_at"] >= len(truth)
    # The article template changed: the monitors say so (fields and list pages), coverage is whole.
    assert failed_monitors(result) == [
        "Profile fallbacks/fields taken from the generic extractor within NEWSCRAWL_MONITOR_MAX_FALLBACK_RATE",
        "Profile fallbacks/channel and list pages walked by link shape within NEWSCRAWL_MONITOR_MAX_FALLBACK_PAGES"]
    reason = next(r["reason"] for r in stats["newscrawl/monitors/results"] if r["status"] == "FAIL")
    pages = stats["newscrawl/pages/article"]
    assert pages >= len(truth) and f"title on {pages} of {pages} article pages" in reason
    assert "template changed" in reason
    for item in result.items:
        row = truth[item["id"]]
        for field in ("title", "pretitle", "subtitle", "published_at", "source", "authors", "editors", "channel",
                      "body", "images"):
            assert item[field] == row[field], (item["url"], field)
