"""robots.txt as RFC 9309 §2.3.1 says, through whole crawls over HTTP (issue 13): a robots.txt
that cannot be read (5xx) disallows everything for that run, and the run says so (exit 1); one
that is "unavailable" (4xx) allows everything.  (Disallow rules and Crawl-delay: test_faults.)"""

from __future__ import annotations

import json

from newscrawl.replica import Replica
from newscrawl.replica.faults import FaultyReplicaServer, HttpStatus

from .conftest import run_crawl

SMALL = dict(seed=5, scale=0.1)


def test_robots_txt_answering_5xx_disallows_everything_and_fails_the_run(tmp_path):
    with FaultyReplicaServer(Replica(**SMALL)) as server:
        server.salt("/robots.txt", HttpStatus(503))
        result = run_crawl(server.url, tmp_path, settings=["RETRY_TIMES=1"], output=None)
        fetched = [p for p in server.requests if not p.startswith("/robots.txt")]
    assert result.returncode == 1, result.log[-3000:]
    assert fetched == []  # not even the home page
    assert result.stats["newscrawl/faults/robots_unreachable"] == 1
    assert "could not be read (HTTP 503)" in result.log
    [report] = [json.loads(p.read_text()) for p in (tmp_path / "output" / "sxrb").glob("*.stats.json")]
    assert any(f.startswith("robots.txt could not be read") for f in report["failures"])
    assert "Traceback" not in result.log


def test_robots_txt_answering_4xx_allows_everything(tmp_path):
    replica = Replica(**SMALL)
    with FaultyReplicaServer(replica) as server:
        server.salt("/robots.txt", HttpStatus(404))
        result = run_crawl(server.url, tmp_path)
    assert result.returncode == 0, result.log[-3000:]
    assert sorted(i["id"] for i in result.items) == sorted(r["id"] for r in replica.truth(server.url))
    assert "newscrawl/faults/robots_unreachable" not in result.stats
    assert "robotstxt/forbidden" not in result.stats
