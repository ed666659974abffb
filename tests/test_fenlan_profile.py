"""A second profile, for a portal of another CMS family: the TRS replica walked as data.

The same spider that walks 山西新闻网 by ``sites/sxrb.py`` walks 汾岚新闻网 (TRS WCM: other
URLs, other list and pager markup, a tree with no 地市频道 level) by ``sites/fenlan.py``, and
finds every article with every field right, without the generic stand-ins.
"""

from __future__ import annotations

from collections import Counter

from newscrawl.replica.trs import TEST_SCALE, TrsReplica, TrsServer

from .conftest import run_crawl


def test_fenlan_profile_walks_the_trs_replica(tmp_path):
    trs = TrsReplica(seed=2024, scale=TEST_SCALE)
    with TrsServer(trs) as server:
        result = run_crawl(server.url, tmp_path, site="fenlan")
        truth = {row["id"]: row for row in trs.truth(server.url, site="fenlan")}
        requests = list(server.requests)
    assert result.returncode == 0, result.log[-2000:]
    got = Counter(i["id"] for i in result.items)
    assert set(got) == set(truth) and max(got.values()) == 1
    for item in result.items:
        row = truth[item["id"]]
        assert item["site"] == "fenlan"
        for field in ("channel", "title", "pretitle", "subtitle", "published_at", "source", "authors", "editors",
                      "body", "images"):
            assert item[field] == row[field], (item["url"], field)
    stats = result.stats
    assert [k for k in stats if "fallback" in k] == []  # the profile's own selectors did it all
    assert stats.get("log_count/WARNING", 0) == 0
    # Only the tree the profile names: no 往期回顾 archive, no search pages.
    assert not [p for p in requests if p.startswith(("/wqhg/", "/was5/"))]
