"""Shared fixtures: the replica portal served on loopback, and a helper that runs real crawls.

Crawls run ``scrapy crawl`` in a subprocess, exactly as a user or cron would, against a
:class:`~newscrawl.replica.ReplicaServer` on 127.0.0.1 (no other network is touched).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from scrapy.utils.reactor import install_reactor

from newscrawl.replica import Replica, ReplicaServer

# Unit tests build crawlers with scrapy.utils.test.get_crawler, which needs the project's reactor.
install_reactor("twisted.internet.asyncioreactor.AsyncioSelectorReactor")

ROOT = Path(__file__).resolve().parent.parent
FAST = ["AUTOTHROTTLE_ENABLED=False", "DOWNLOAD_DELAY=0", "CONCURRENT_REQUESTS_PER_DOMAIN=16"]


@dataclass
class CrawlResult:
    returncode: int
    items: list[dict]
    stats: dict
    log: str
    feed_text: str = ""
    requests: list[str] = field(default_factory=list)


def run_crawl(base_url: str, workdir: Path, *args: str, settings: list[str] = (), output: str | None = "out.jsonl",
              env: dict | None = None, timeout: float = 240, site: str = "sxrb") -> CrawlResult:
    """``scrapy crawl portal -a site=… -a base_url=…`` in a subprocess; items and stats back."""
    workdir.mkdir(parents=True, exist_ok=True)
    stats_path = workdir / "stats.json"
    cmd = [sys.executable, "-m", "scrapy", "crawl", "portal", *args]
    if not any(a.startswith("start_url=") for a in args):  # a profile run (else: profile-free)
        cmd += ["-a", f"site={site}", "-a", f"base_url={base_url}"]
    if output:
        cmd += ["-O", str(workdir / output)]
    for s in [*FAST, f"NEWSCRAWL_STATS_FILE={stats_path}", "LOG_LEVEL=INFO", *settings]:
        cmd += ["-s", s]
    # Each test crawl has its own output folder, hence its own state store.
    env = {"NEWSCRAWL_OUTPUT_DIR": str(workdir / "output"), **(env or {})}
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **env})
    feed_text = (workdir / output).read_text(encoding="utf-8") if output and (workdir / output).exists() else ""
    items = [json.loads(line) for line in feed_text.splitlines() if line.strip()]
    stats = json.loads(stats_path.read_text(encoding="utf-8")) if stats_path.exists() else {}
    return CrawlResult(proc.returncode, items, stats, proc.stderr, feed_text)


@pytest.fixture
def deadline():
    """A test's work that must end at once or never ends (a pattern that backtracks for hours) ends
    in a failure after 20 s: SIGALRM raises in the test (never a measure of speed)."""
    import signal

    def expired(*_):
        raise TimeoutError("still running after 20 s: catastrophic backtracking?")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.fixture(scope="session")
def replica() -> Replica:
    """The bundled replica (the demo's target)."""
    return Replica()


@pytest.fixture(scope="session")
def replica_server(replica):
    with ReplicaServer(replica) as server:
        yield server


@pytest.fixture(scope="session")
def full_crawl(replica_server, tmp_path_factory) -> CrawlResult:
    """One whole crawl of the bundled replica over HTTP, shared by the tests that inspect it."""
    before = len(replica_server.requests)
    result = run_crawl(replica_server.url, tmp_path_factory.mktemp("full_crawl"))
    result.requests = replica_server.requests[before:]
    assert result.returncode == 0, result.log[-3000:]
    return result


# -- the TRS replica and the fenlan profile's crawl of it, in every feed format --------------
FORMATS = ("jsonl", "json", "csv", "xml", "parquet")


@pytest.fixture(scope="session")
def trs_server():
    """The TRS replica (汾岚新闻网) at the tests' scale."""
    from newscrawl.replica.trs import TEST_SCALE, TrsReplica, TrsServer

    trs = TrsReplica(seed=2024, scale=TEST_SCALE)
    with TrsServer(trs) as server:
        yield server


@pytest.fixture(scope="session")
def fenlan_feeds(trs_server, tmp_path_factory):
    """The hand-written fenlan profile's crawl of the TRS replica, in every format."""
    work = tmp_path_factory.mktemp("fenlan_feeds")
    extra = [arg for fmt in FORMATS[1:] for arg in ("-O", str(work / f"out.{fmt}"))]
    result = run_crawl(trs_server.url, work, *extra, site="fenlan", settings=["NEWSCRAWL_STATE_ENABLED=False"])
    assert result.returncode == 0, result.log[-3000:]
    result.paths = {fmt: work / f"out.{fmt}" for fmt in FORMATS}
    return result


# -- a real redis-server for the shared crawl and the Redis store ----------------------------
@pytest.fixture(scope="session")
def redis_url(tmp_path_factory):
    """redis-server (Debian's, installed by scripts/setup) on a free loopback port, for the session;
    each test keeps to keys of its own prefix."""
    import redis

    binary = shutil.which("redis-server")
    assert binary, "redis-server is missing: scripts/setup installs Debian's package (apt-get install redis-server)"
    home = tmp_path_factory.mktemp("redis")
    for _ in range(5):  # a free port, then redis-server on it (another process may take it between)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        proc = subprocess.Popen([binary, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no",
                                 "--dir", str(home)], stdout=open(home / "redis.log", "wb"), stderr=subprocess.STDOUT)
        client = redis.Redis(port=port)
        for _ in range(50):
            try:
                if client.ping():
                    break
            except redis.ConnectionError:
                if proc.poll() is not None:
                    break
                time.sleep(0.1)
        if proc.poll() is None:
            break
    else:
        raise AssertionError((home / "redis.log").read_text())
    try:
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        proc.wait(timeout=20)
