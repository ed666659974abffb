"""A portal of another CMS family (TRS WCM), crawled by start URL alone (no profile)."""

from __future__ import annotations

from collections import Counter

import pytest

from newscrawl.replica.trs import TEST_SCALE, TrsReplica, TrsServer

from .conftest import run_crawl


@pytest.fixture(scope="module")
def trs_crawl(tmp_path_factory):
    trs = TrsReplica(seed=2024, scale=TEST_SCALE)
    with TrsServer(trs) as server:
        result = run_crawl(server.url, tmp_path_factory.mktemp("trs"), "-a", f"start_url={server.url}/")
        truth = {row["id"]: row for row in trs.truth(server.url, site="127.0.0.1")}
        lists = set(trs.list_urls(server.url))
    assert result.returncode == 0, result.log[-2000:]
    return result, truth, lists


def share(items, truth, field) -> float:
    return sum(1 for i in items if i["id"] in truth and i[field] == truth[i["id"]][field]) / len(truth)


def test_recall_and_no_list_page_as_article(trs_crawl):
    result, truth, lists = trs_crawl
    got = Counter(i["id"] for i in result.items)
    assert max(got.values()) == 1
    assert len(set(got) & set(truth)) / len(truth) >= 0.98
    assert not any(i["url"] in lists for i in result.items)
    assert set(got) <= set(truth)  # nothing that is not an article
    assert {i["site"] for i in result.items} == {"127.0.0.1"}


def test_fields_right(trs_crawl, capsys):
    result, truth, _ = trs_crawl
    shares = {f: share(result.items, truth, f) for f in
              ("channel", "title", "published_at", "body", "source", "editors", "authors", "images")}
    with capsys.disabled():
        print("\nprofile-free crawl of the TRS replica, share right:",
              ", ".join(f"{k} {v:.3f}" for k, v in shares.items()))
    assert shares["channel"] >= 0.95
    for field in ("title", "published_at", "body", "source", "editors", "authors", "images"):
        assert shares[field] >= 0.98, field
