"""Several workers, one crawl: a real redis-server, real `scrapy crawl` workers, the replica over HTTP.

One redis-server (Debian's, installed by scripts/setup) serves the session on a free loopback
port (the ``redis_url`` fixture, tests/conftest.py); each test keeps to its own key prefix.  Workers are started as a user would start them
on several machines, each with ``-s NEWSCRAWL_REDIS_URL=…``; "machines" are separate output
folders where a test says so.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections import Counter
from pathlib import Path

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


def start_worker(server, url: str, prefix: str, out: Path, log: Path, *settings: str, site: str = "sxrb") -> subprocess.Popen:
    cmd = [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", f"site={site}", "-a", f"base_url={server.url}",
           "-s", f"NEWSCRAWL_REDIS_URL={url}", "-s", f"NEWSCRAWL_REDIS_PREFIX={prefix}", "-s", "LOG_LEVEL=INFO"]
    for s in [*FAST, TTL, *settings]:
        cmd += ["-s", s]
    return subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=open(log, "w"),
                            env={**os.environ, "NEWSCRAWL_OUTPUT_DIR": str(out)})


def run_workers(server, url, prefix, outs: list[Path], work: Path, name: str, *settings: str) -> list[tuple[int, str]]:
    """Start one worker per output folder, wait for all: (exit code, log)."""
    procs = []
    for n, out in enumerate(outs):
        procs.append((start_worker(server, url, prefix, out, work / f"{name}-{n}.log", *settings),
                      work / f"{name}-{n}.log"))
    return [(p.wait(timeout=240), log.read_text(encoding="utf-8")) for p, log in procs]


def feeds(outs, site: str = "sxrb") -> dict[Path, list[str]]:
    """Whole feed files (never .part) and the article ids in each."""
    files = sorted({f for out in outs for f in (out / site).glob("*.jsonl")})
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

        # Redis lost (flushed, or a new instance): the first worker on the host rebuilds what
        # its feeds delivered before it crawls, so nothing is delivered twice.
        client.delete(*client.scan_iter(f"{prefix}*"))
        [(code, log)] = run_workers(server, redis_url, prefix, [out], tmp_path, "lost")
    assert code == 0 and f"rebuilt {len(truth)} delivered articles" in log, log[-3000:]
    assert feeds([out]) == files and "'item_scraped_count'" not in log


def test_three_workers_on_three_machines_two_joining_a_live_crawl(redis_url, tmp_path):
    replica = Replica(seed=11, scale=SCALE)
    outs = [tmp_path / f"host{n}" for n in range(3)]
    prefix = f"t{uuid.uuid4().hex[:8]}:"
    client = redis.Redis.from_url(redis_url, decode_responses=True)
    with portal(replica, home_delay=4.0) as server:
        truth = Counter(r["id"] for r in replica.truth(server.url))
        first = start_worker(server, redis_url, prefix, outs[0], tmp_path / "w-0.log", f"SPIDERMON_MIN_ITEMS={len(truth)}")
        deadline = time.monotonic() + 60
        while not client.exists(f"{prefix}crawl:sxrb") and time.monotonic() < deadline:
            time.sleep(0.05)  # the first worker has started the crawl: the others join it
        assert first.poll() is None, (tmp_path / "w-0.log").read_text()[-3000:]
        # SPIDERMON_MIN_ITEMS: every article of the portal.  The crawl as a whole sees them all;
        # no worker alone emits them all, so this passes only if the crawl is what is judged.
        later = [start_worker(server, redis_url, prefix, outs[n], tmp_path / f"w-{n}.log",
                              f"SPIDERMON_MIN_ITEMS={len(truth)}") for n in (1, 2)]
        codes = [p.wait(timeout=240) for p in [first, *later]]
    logs = [(tmp_path / f"w-{n}.log").read_text(encoding="utf-8") for n in range(3)]
    assert codes == [0, 0, 0], "\n".join(log[-2000:] for log in logs)
    per_host = [sum(len(ids) for ids in feeds([out]).values()) for out in outs]
    assert all(per_host), per_host  # each did a share, in its own folder
    assert Counter(i for ids in feeds(outs).values() for i in ids) == truth
    assert "started shared crawl" in logs[0] and all("joined shared crawl" in log for log in logs[1:])
    assert sum("Last worker out" in log for log in logs) == 1
    assert all(0 < n < len(truth) for n in per_host), per_host
    [last] = [r for r in map(report, outs) if r["shared_crawl"]["last_worker"]]
    assert last["shared_crawl"]["totals"]["item_scraped_count"] == len(truth) == sum(per_host)
    assert last["verdict"] == "ok" and status(last, "Articles seen") == "OK"


def report(out: Path) -> dict:
    """The run report of the one run in ``out``."""
    [path] = (out / "sxrb").glob("*.stats.json")
    return json.loads(path.read_text(encoding="utf-8"))


def status(report: dict, monitor: str) -> str:
    return next(r["status"] for r in report["monitors"] if r["monitor"].startswith(monitor))


def test_a_shared_crawl_is_judged_once_by_its_last_worker(redis_url, tmp_path):
    """What a worker did alone (its feed, its items) judges it; what the crawl found (articles
    seen, lists reached, the error rate) judges the crawl, once, by the last worker out
    (newscrawl.monitors.crawl_stats): a portal showing fewer articles than SPIDERMON_MIN_ITEMS
    fails that one worker, with the crawl's count, and no other."""
    replica = Replica(seed=11, scale=0.05)
    outs = [tmp_path / "host0", tmp_path / "host1"]
    prefix = f"t{uuid.uuid4().hex[:8]}:"
    with portal(replica, home_delay=2.0) as server:
        truth = Counter(r["id"] for r in replica.truth(server.url))
        runs = run_workers(server, redis_url, prefix, outs, tmp_path, "w", "SPIDERMON_MIN_ITEMS=100000")
    assert sorted(code for code, _ in runs) == [0, 1], runs[0][1][-3000:] + runs[1][1][-3000:]
    (last_code, last_log), (other_code, other_log) = sorted(runs, key=lambda r: "Last worker out" not in r[1])
    assert last_code == 1 and other_code == 0 and "Last worker out" not in other_log
    assert Counter(i for ids in feeds(outs).values() for i in ids) == truth  # delivered all the same
    reports = {bool(r["shared_crawl"]["last_worker"]): r for r in map(report, outs)}
    last, other = reports[True], reports[False]
    assert last["verdict"] == "failed" and status(last, "Articles seen") == "FAIL"
    [failure] = last["failures"]
    seen = int(failure.split("Articles seen/at least SPIDERMON_MIN_ITEMS articles, new or known: ")[1].split()[0])
    assert f"{seen} articles seen by the shared crawl's workers" in failure and "100000" in failure
    assert seen >= len(truth) > last["stats"].get("item_scraped_count", 0)  # the crawl's count, not its own
    assert other["verdict"] == "ok" and other["failures"] == [] and status(other, "Articles seen") == "SKIPPED"
    assert other["shared_crawl"]["totals"] is None


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
    # A value that is no Redis URL at all is a usage error, before anything is opened.
    proc = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "portal", "-a", "site=sxrb",
                           "-s", "NEWSCRAWL_REDIS_URL=http://127.0.0.1:6379/0"], cwd=ROOT,
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, "NEWSCRAWL_OUTPUT_DIR": str(tmp_path)})
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "NEWSCRAWL_REDIS_URL is not a Redis URL" in proc.stderr, proc.stderr[-2000:]


def test_two_sites_crawled_at_once_share_the_near_duplicate_index(redis_url, tmp_path):
    """汾岚新闻网 (fenlan, the TRS family) reprints a quarter of 山西新闻网 (sxrb), edited; both
    are crawled at the same time by workers of one Redis.  Each story is emitted once, by
    whichever portal's worker got it first, the other copy being its sighting: the sentence
    index and the dedupe step are shared (newscrawl/state/redis.py), not per worker."""
    from newscrawl.replica.trs import TrsReplica, TrsServer

    original = Replica(seed=11, scale=SCALE)
    model = Replica(seed=41, scale=SCALE, reprints_of=original, with_seed_article=False)
    trs = TrsReplica(replica=model)
    prefix = f"t{uuid.uuid4().hex[:8]}:"
    out = tmp_path / "out"
    with portal(original, home_delay=0.5) as sxrb, TrsServer(trs) as fenlan:
        workers = [start_worker(sxrb, redis_url, prefix, out, tmp_path / "sxrb.log"),
                   start_worker(fenlan, redis_url, prefix, out, tmp_path / "fenlan.log", site="fenlan")]
        codes = [p.wait(timeout=240) for p in workers]
        truth = {r["id"] for r in original.truth(sxrb.url)} | {r["id"] for r in trs.truth(fenlan.url, site="fenlan")}
    logs = [(tmp_path / f"{name}.log").read_text(encoding="utf-8") for name in ("sxrb", "fenlan")]
    assert codes == [0, 0], logs[0][-2000:] + logs[1][-2000:]
    emitted = Counter(i for site in ("sxrb", "fenlan") for ids in feeds([out], site).values() for i in ids)
    pairs = {f"fenlan:{own}": f"sxrb:{orig}" for own, orig in model.reprint_of.items()}
    assert len(pairs) >= 20 and max(emitted.values()) == 1
    assert [p for p in pairs.items() if len(set(p) & set(emitted)) != 1] == []  # one copy of each story
    assert set(truth) - set(pairs) - set(pairs.values()) <= set(emitted)  # every other article
    client = redis.Redis.from_url(redis_url, decode_responses=True)
    for own, orig in pairs.items():  # the copy not emitted is a duplicate of the one that was
        dropped = own if orig in emitted else orig
        assert client.hget(f"{prefix}d:{dropped}", "original") == ({own, orig} - {dropped}).pop()
    # …and the sightings command reads them from the shared store (asked by the dropped copy's id).
    own, orig = next(iter(pairs.items()))
    dropped, kept = (own, orig) if orig in emitted else (orig, own)
    proc = subprocess.run([sys.executable, "-m", "newscrawl.state", "sightings", dropped, "--redis", redis_url],
                          cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "NEWSCRAWL_REDIS_PREFIX": prefix})
    assert proc.returncode == 0, proc.stderr
    assert f"# {dropped} is a copy of {kept}" in proc.stdout and dropped.split(":")[0] in proc.stdout.split("\n", 2)[2]
