"""A profile whose lists are ``written="script"`` (the hand-written fenshui and fenhe profiles of
the Hanweb and Founder replicas): its lists are paged as the profile-free walk pages them —
script-written pager links (Founder) and a list service's groups by form POST (Hanweb) — under
the profile path's rules: the page cap, the cut list resumed by the next run, incremental runs.
(Their whole crawls, field by field, are compared in test_genprofile.)"""

from __future__ import annotations

from newscrawl.replica.families import FounderReplica, FamilyServer, HanwebReplica, TEST_SCALE

from .conftest import run_crawl


def _ids(result) -> set[str]:
    return {i["id"].split(":")[1] for i in result.items}


def test_founder_cut_list_resumed_by_the_next_run(tmp_path):
    """NEWSCRAWL_MAX_LIST_PAGES=1: the first run reads page 1 of each column and remembers the
    script-written 下一页 of each longer one; the next run goes on from there."""
    portal = FounderReplica(seed=2024, scale=TEST_SCALE)
    longer = [c for c in portal.columns if portal.list_pages(c) > 1]
    assert longer
    with FamilyServer(portal) as server:
        first = run_crawl(server.url, tmp_path, site="fenhe", settings=["NEWSCRAWL_MAX_LIST_PAGES=1"])
        assert first.returncode == 0, first.log[-3000:]
        assert first.stats["newscrawl/lists/page_limit"] == len(longer)
        before = len(server.requests)
        second = run_crawl(server.url, tmp_path, site="fenhe", settings=["NEWSCRAWL_MAX_LIST_PAGES=1"],
                           output="again.jsonl")
        asked = [r.split(" ", 1)[-1] for r in server.requests[before:]]  # (a GET is its path)
    assert second.returncode == 0, second.log[-3000:]
    assert second.stats["newscrawl/lists/resumed"] == len(longer)
    assert {portal.node_path(c, 2) for c in longer} <= set(asked)  # where the first run stopped
    assert not _ids(first) & _ids(second) and _ids(second)  # new articles, none twice


def test_hanweb_service_capped_then_paged_by_the_next_run(tmp_path):
    """The list service's groups are requested by form POST; at the page cap they are not
    (counted, one warning per list), the list is not taken as walked, and the next run pages
    it through the service, requesting only the articles the first run did not deliver."""
    portal = HanwebReplica(seed=2024, scale=TEST_SCALE)
    served = [c for c in portal.columns if len(portal.column_entries(c)) > portal.group]
    assert served
    with FamilyServer(portal) as server:
        capped = run_crawl(server.url, tmp_path, site="fenshui", settings=["NEWSCRAWL_MAX_LIST_PAGES=1"])
        posts_capped = [r for r in server.requests if r.startswith("POST ")]
        before = len(server.requests)
        full = run_crawl(server.url, tmp_path, site="fenshui", output="again.jsonl")
        later = server.requests[before:]
        truth = {r["id"].split(":")[1] for r in portal.truth(server.url, site="x")}
    assert capped.returncode == 0 and full.returncode == 0, (capped.log + full.log)[-3000:]
    assert posts_capped == []
    assert capped.stats["newscrawl/lists/page_limit"] == len(served)
    assert capped.log.count("reached NEWSCRAWL_MAX_LIST_PAGES=1") == len(served)
    posts = [r for r in later if r.startswith("POST ")]
    assert posts and all("dataproxy.jsp?startrecord=" in r for r in posts)
    assert full.stats["newscrawl/lists/service_requests"] == len(posts)
    assert not _ids(capped) & _ids(full)  # the delivered ones not again
    assert truth <= _ids(capped) | _ids(full)  # and together every article of the replica
    asked = {r for r in later if not r.startswith("POST ") and "/art/" in r}
    assert asked and not {p for p in asked if p.rsplit("_", 1)[-1].split(".")[0] in _ids(capped)}
