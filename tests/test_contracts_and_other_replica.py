"""`scrapy check` contracts against the replica, and the profile on a replica it has never seen."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter

from newscrawl.replica import Replica, ReplicaServer

from .conftest import ROOT, run_crawl


def test_scrapy_check_contracts_pass(replica_server):
    proc = subprocess.run(
        [sys.executable, "-m", "scrapy", "check", "portal", "-s", f"NEWSCRAWL_BASE_URL={replica_server.url}"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out[-3000:]
    assert "Ran 5 contracts" in out and "OK" in out


def test_profile_walks_a_different_replica(tmp_path):
    """Other node ids, other text and counts, no seed article: the same profile finds everything."""
    other = Replica(seed=7, scale=0.4, with_seed_article=False)
    with ReplicaServer(other) as server:
        result = run_crawl(server.url, tmp_path)
    assert result.returncode == 0, result.log[-2000:]
    truth = {row["id"]: row for row in other.truth(server.url)}
    got = Counter(item["id"] for item in result.items)
    assert set(got) == set(truth) and max(got.values()) == 1
    for item in result.items:
        row = truth[item["id"]]
        assert (item["channel"], item["title"], item["published_at"], item["body"]) == \
            (row["channel"], row["title"], row["published_at"], row["body"])


def test_profile_free_crawl_of_the_people_cms_replica(replica, tmp_path):
    """`-a start_url=` alone: URL shapes find the articles, the generic extractor the fields."""
    with ReplicaServer(replica) as server:
        result = run_crawl(server.url, tmp_path, "-a", f"start_url={server.url}/")
        truth = {f"127.0.0.1:{a.id}": row for a, row in zip(replica.articles, replica.truth(server.url))}
        requests = list(server.requests)
    assert result.returncode == 0, result.log[-2000:]
    got = Counter(item["id"] for item in result.items)
    assert max(got.values()) == 1 and set(got) == set(truth)
    assert {item["site"] for item in result.items} == {"127.0.0.1"}
    for item in result.items:
        row = truth[item["id"]]
        assert (item["channel"], item["title"], item["published_at"], item["body"], item["editors"]) == \
            (row["channel"], row["title"], row["published_at"], row["body"], row["editors"])
    assert not any(p.startswith("/BIG5/") or "/review/" in p for p in requests)
