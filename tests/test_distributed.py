"""Several workers, one crawl: a real redis-server, real `scrapy crawl` workers, the replica over HTTP.

One redis-server (Debian's, installed by scripts/setup) serves the session on a free loopback
port; each test keeps to its own key prefix.  Workers are started as a user would start them
on several machines, each with ``-s NEWSCRAWL_REDIS_URL=…``; "machines" are separate output
folders where a test says so.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections import Counter
from pathlib import Path

import pytest
import redis

from newscrawl.replica import Replica
from newscrawl.replica.faults import FaultyReplicaServer, Slow

from .conftest import FAST, ROOT

SCALE = 0.15
#: A killed worker counts as dead after this many seconds without a heartbeat (default 10).
TTL = "NEWSCRAWL_REDIS_WORKER_TTL=3"
HOME = "/GB/index.html"


def portal(replica: Replica, home_delay: float = 3.0) -> FaultyReplicaServer:
    """The replica, its home page slow to answer: every worker started with the first has
    joined before the frontier opens (on a loaded machine Python takes seconds to start), so
    "each worker did a share" does not depend on start-up luck."""
    server = FaultyReplicaServer(replica)
    server.salt(HOME, Slow(home_delay))
    return server


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory):
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


def start_worker(server, url: str, prefix: str, out: Path, log: Path, *settings: str) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", "site=sxrb", "-a", f"base_url={server.url}",
           "-s", f"NEWSCRAWL_REDIS_URL={url}", "-s", f"NEWSCRAWL_REDIS_PREFIX={prefix}", "-s", "LOG_LEVEL=INFO"]
    for s in [*FAST, TTL, *settings]:
        cmd += ["-s", s]
    return subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=open(log, "w"),
                            env={**os.environ, "NEWSCRAWL_OUTPUT_DIR": str(out)})


def run_workers(server, url, prefix, outs: list[Path], work: Path, name: str, stagger: float = 0) -> list[tuple[int, str]]:
    """Start one worker per output folder (``stagger`` seconds apart), wait for all: (exit code, log)."""
    procs = []
    for n, out in enumerate(outs):
        if n and stagger:
            time.sleep(stagger)
        procs.append((start_worker(server, url, prefix, out, work / f"{name}-{n}.log"), work / f"{name}-{n}.log"))
    return [(p.wait(timeout=240), log.read_text(encoding="utf-8")) for p, log in procs]


def feeds(outs) -> dict[Path, list[str]]:
    """Whole feed files (never .part) and the article ids in each."""
    files = sorted({f for out in outs for f in (out / "sxrb").glob("*.jsonl")})
    return {f: [json.loads(line)["id"] for line in f.read_text(encoding="utf-8").splitlines()] for f in files}


def test_two_workers_share_one_crawl_then_an_unchanged_rerun_emits_nothing(redis_url, tmp_path):
    replica = Replica(seed=11, scale=SCALE)
    out = tmp_path / "out"  # two workers on one machine: one output folder, a file each
    prefix = f"t{uuid.uuid4().hex[:8]}:"
    with portal(replica) as server:
        truth = Counter(r["id"] for r in replica.truth(server.url))
        first = run_workers(server, redis_url, prefix, [out, out], tmp_path, "first")
        assert [code for code, _ in first] == [0, 0], first[0][1][-3000:] + first[1][1][-3000:]
        files = feeds([out])
        assert len(files) == 2 and all(files.values())  # each worker did a share, in its own file
        assert Counter(i for ids in files.values() for i in ids) == truth  # the union: every article once
        assert sorted("started shared crawl" in log for _, log in first) == [False, True]  # one seeded, one joined
        for _, log in first:
            assert "Traceback" not in log and "Shared frontier drained" in log

        server.salts.clear()  # (the rerun needs no head start)
        rerun = run_workers(server, redis_url, prefix, [out, out], tmp_path, "rerun")
        assert [code for code, _ in rerun] == [0, 0], rerun[0][1][-3000:]
        assert feeds([out]) == files  # nothing new: no new file
        for _, log in rerun:
            assert "'item_scraped_count'" not in log and "Traceback" not in log
    # The crawl's frontier is gone with its last worker; the delivered state stays.
    client = redis.Redis.from_url(redis_url, decode_responses=True)
    assert not list(client.scan_iter(f"{prefix}crawl:*"))
    assert sum(1 for _ in client.scan_iter(f"{prefix}a:*")) == len(truth)


def test_three_workers_on_three_machines_two_joining_a_live_crawl(redis_url, tmp_path):
    replica = Replica(seed=11, scale=SCALE)
    outs = [tmp_path / f"host{n}" for n in range(3)]
    prefix = f"t{uuid.uuid4().hex[:8]}:"
    client = redis.Redis.from_url(redis_url, decode_responses=True)
    with portal(replica, home_delay=4.0) as server:
        truth = Counter(r["id"] for r in replica.truth(server.url))
        first = start_worker(server, redis_url, prefix, outs[0], tmp_path / "w-0.log")
        deadline = time.monotonic() + 60
        while not client.exists(f"{prefix}crawl:sxrb") and time.monotonic() < deadline:
            time.sleep(0.05)  # the first worker has started the crawl: the others join it
        assert first.poll() is None, (tmp_path / "w-0.log").read_text()[-3000:]
        later = [start_worker(server, redis_url, prefix, outs[n], tmp_path / f"w-{n}.log") for n in (1, 2)]
        codes = [p.wait(timeout=240) for p in [first, *later]]
    logs = [(tmp_path / f"w-{n}.log").read_text(encoding="utf-8") for n in range(3)]
    assert codes == [0, 0, 0], "\n".join(log[-2000:] for log in logs)
    per_host = [sum(len(ids) for ids in feeds([out]).values()) for out in outs]
    assert all(per_host), per_host  # each did a share, in its own folder
    assert Counter(i for ids in feeds(outs).values() for i in ids) == truth
    assert "started shared crawl" in logs[0] and all("joined shared crawl" in log for log in logs[1:])
    assert sum("Last worker out" in log for log in logs) == 1


def pending(client, prefix: str, pid: int) -> int:
    """Articles the run of process ``pid`` holds pending (in the shared store)."""
    for key in client.scan_iter(f"{prefix}run:*", count=1000):
        rest = key[len(prefix) + 4:]
        if ":" not in rest and client.hget(key, "pid") == str(pid):
            return client.scard(f"{key}:articles")
    return 0


def test_a_worker_killed_mid_crawl_loses_nothing_and_doubles_nothing(redis_url, tmp_path):
    replica = Replica(seed=11, scale=SCALE)
    outs = [tmp_path / "host0", tmp_path / "host1"]
    prefix = f"t{uuid.uuid4().hex[:8]}:"
    client = redis.Redis.from_url(redis_url, decode_responses=True)
    with portal(replica) as server:
        truth = Counter(r["id"] for r in replica.truth(server.url))
        victim = start_worker(server, redis_url, prefix, outs[0], tmp_path / "victim.log")
        other = start_worker(server, redis_url, prefix, outs[1], tmp_path / "other.log")
        deadline = time.monotonic() + 120  # kill it once it holds articles emitted but not committed
        while pending(client, prefix, victim.pid) < 10 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert victim.poll() is None, (tmp_path / "victim.log").read_text()[-3000:]
        victim.send_signal(signal.SIGKILL)
        victim.wait()
        assert other.wait(timeout=120) == 0, (tmp_path / "other.log").read_text()[-3000:]
        whole = feeds(outs)
        assert list((outs[0] / "sxrb").glob("*.part"))  # the victim's unfinished file, not a feed
        assert len(Counter(i for ids in whole.values() for i in ids)) < len(truth)  # the victim's share is missing

        server.salts.clear()
        rerun = run_workers(server, redis_url, prefix, outs, tmp_path, "rerun")
    assert [code for code, _ in rerun] == [0, 0], rerun[0][1][-3000:]
    union = Counter(i for ids in feeds(outs).values() for i in ids)
    assert union == truth  # nothing lost, nothing twice
    assert not list((outs[0] / "sxrb").glob("*.part"))  # the rerun on its host removed the leftover
    assert any("did not finish (killed?)" in log for _, log in rerun)


# -- the Redis store against the SQLite one: the same interface, the same answers -------------------
def exercise(store, tmp_path, kill) -> list:
    """One history of runs on a store; returns what it answered along the way."""
    T = "2026-11-26T09-57-54+00-00"
    seen = []

    def add(run, aid, text, fp=None, version=1):
        store.add_pending(run, article_id=aid, site="sxrb", canonical_url=f"http://h/GB/1/{aid[5:]}.html",
                          content_hash=text, fingerprint=fp, text_len=300, published_at="2024-04-28T16:01:00+08:00",
                          version=version)

    first = store.begin_run(T, "sxrb")
    second = store.begin_run(T, "sxrb")
    seen.append((first, second))
    add(first, "sxrb:1", "a", fp=0x0F0F_0000_FFFF_1234)
    add(first, "sxrb:2", "b")
    store.add_duplicate(first, article_id="sxrb:9", original="sxrb:1", key="content_hash", canonical_url="http://h/9")
    seen.append(store.add_sighting("sxrb:1", "http://h/BIG5/1/1.html", ["频道"], first))
    seen.append(store.add_sighting("sxrb:1", "http://h/BIG5/1/1.html", ["频道"], first))
    store.mark_lists_walked(first, "sxrb", ["/GB/1/index.html"])
    seen.append(sorted(store.known_ids(["sxrb:1", "sxrb:9", "sxrb:3"])))  # 9: its original is not delivered yet
    seen.append((store.get("sxrb:1").pending, store.walked_lists("sxrb")))
    seen.append(store.commit_run(first))
    seen.append(sorted((k, v.version, v.pending) for k, v in store.known_ids(["sxrb:1", "sxrb:9", "sxrb:3"]).items()))
    seen.append(store.walked_lists("sxrb"))
    # duplicates by canonical URL, content hash, SimHash (3 bits away), and none
    seen.append(store.find_duplicate(article_id="sxrb:5", canonical_url="http://h/GB/1/2.html", content_hash="x",
                                     fingerprint=None, text_len=0))
    seen.append(store.find_duplicate(article_id="sxrb:5", canonical_url=None, content_hash="b", fingerprint=None, text_len=0))
    seen.append(store.find_duplicate(article_id="sxrb:5", canonical_url=None, content_hash="x",
                                     fingerprint=0x0F0F_0000_FFFF_1234 ^ 0b10101, text_len=300))
    seen.append(store.find_duplicate(article_id="sxrb:5", canonical_url=None, content_hash="x",
                                     fingerprint=~0x0F0F_0000_FFFF_1234 & (2**64 - 1), text_len=300))
    # an update that is aborted restores the delivered version; one that is killed is settled by recover
    add(second, "sxrb:1", "a2", version=2)
    add(second, "sxrb:3", "c")
    seen.append(store.abort_run(second))
    k = store.get("sxrb:1")
    seen.append((k.version, k.content_hash, k.pending, store.get("sxrb:3")))
    seen.append(store.find_duplicate(article_id="sxrb:5", canonical_url=None, content_hash="a", fingerprint=None, text_len=0))
    third = store.begin_run("2026-11-26T10-00-00+00-00", "sxrb")
    part = tmp_path / f"{third}.jsonl.part"
    part.write_text('{"id": "sxrb:4"}\n{"id"', encoding="utf-8")
    store.set_part(third, str(part), str(tmp_path / f"{third}.jsonl"))
    add(third, "sxrb:4", "d")
    store.record_failure(third, article_id="sxrb:7", site="sxrb", url="http://h/7", reason="http_404")
    store.record_failure(third, article_id="sxrb:7", site="sxrb", url="http://h/7", reason="http_404")
    other = kill(store, third)  # the process dies; the next one settles it
    seen.append([(r.action, r.articles) for r in other.recover("sxrb")])
    seen.append((part.exists(), other.get("sxrb:4"), other.failures(), other.count(), other.count(pending=True)))
    seen.append(other.given_up(["sxrb:7"], attempts=1, min_hours=0))
    seen.append(other.sightings("sxrb:1"))
    return seen


def test_the_redis_store_answers_as_the_sqlite_store_does(redis_url, tmp_path):
    from newscrawl.state import RedisStore, SQLiteStore

    def reopen_sqlite(store, run_id):
        return SQLiteStore(tmp_path / "sqlite" / "state.sqlite3")

    def kill_redis(store, run_id):
        store._stop_heartbeat(run_id)  # as if the process died: its heartbeat stops, its key expires
        time.sleep(0.3)
        return RedisStore(redis_url, prefix=prefix, alive_ttl=0.2)

    prefix = f"t{uuid.uuid4().hex[:8]}:"
    (tmp_path / "sqlite").mkdir()
    (tmp_path / "redis").mkdir()
    expected = exercise(SQLiteStore(tmp_path / "sqlite" / "state.sqlite3"), tmp_path / "sqlite", reopen_sqlite)
    got = exercise(RedisStore(redis_url, prefix=prefix, alive_ttl=0.2), tmp_path / "redis", kill_redis)
    assert got == expected
    # …and the history did what it says (so equal answers mean something):
    assert expected[5] == 2 and expected[6] == [("sxrb:1", 1, False), ("sxrb:9", 0, False)]  # commit: 2 delivered
    assert expected[8:12] == [("canonical_url", "sxrb:2"), ("content_hash", "sxrb:2"), ("near_duplicate", "sxrb:1"), None]
    assert expected[12:14] == [2, (1, "a", False, None)]  # the abort restored version 1, forgot sxrb:3
    assert expected[15] == [("discarded", 1)] and expected[16] == (False, None, [("sxrb:7", "http_404", 1)], 2, 0)


def test_a_worker_that_cannot_reach_redis_says_so_in_one_line(tmp_path):
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "portal", "-a", "site=sxrb",
                           "-s", f"NEWSCRAWL_REDIS_URL=redis://:secret@127.0.0.1:{port}/0"], cwd=ROOT,
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, "NEWSCRAWL_OUTPUT_DIR": str(tmp_path)})
    assert proc.returncode == 1
    ours = [line for line in proc.stderr.splitlines() if line.startswith("newscrawl:")]
    assert len(ours) == 1 and f"cannot reach Redis at redis://***@127.0.0.1:{port}/0" in ours[0]
    assert "Traceback" not in proc.stderr and "secret" not in proc.stderr
