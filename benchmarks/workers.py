"""Distributed crawl throughput: 1, 2 and 4 workers on one Redis, the same replica, the same run.

    .venv/bin/python benchmarks/workers.py [--scale 0.5] [--workers 1 2 4]

Starts a redis-server on a free loopback port and serves the replica from this process (its
page cache warmed by one untimed crawl first).  For each worker count, starts that many
``scrapy crawl … -s NEWSCRAWL_REDIS_URL=…`` workers at once on a fresh key prefix (a first
crawl each time) and reports pages/s: responses received by all workers, over the crawl
window (earliest worker's start to the last one's finish, Scrapy's own start/finish times,
so the seconds of Python start-up per process are not counted) — and the ratio to one worker.
The issue's target: 2 workers ≥ 1.6 × 1 worker where the server is not the bottleneck.

Two profiles (:data:`PROFILES`): *polite* — each worker at the project's default 2 requests at
a time per host, the portal taking 300 ms per page, as a slow provincial portal does: the crawl
waits on the portal, so more workers fetch more at once.  (Measured while writing this: Scrapy
2.19's downloader lets up to ~14 requests per host be in flight at CONCURRENT_REQUESTS_PER_DOMAIN=2
— ``_process_queue`` schedules each download as a coroutine and counts it as transferring only
once that runs — so "2 at a time" is really "up to CONCURRENT_REQUESTS"; at 50 ms a page one
worker was then CPU-bound, which is why the latency here is 300 ms.)  And *flat out* — 16 requests at a time, the replica
answering at once: then the CPU is the limit, and on a 2-core machine 2 workers, Redis and the
replica server (this process, one Python thread pool) already share 2 cores, so the ratio there
says how much CPU there was to add, not how the design scales.  CPU seconds are printed for
both (workers from their rusage, start-up included; the server from this process).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newscrawl.replica import Replica  # noqa: E402
from newscrawl.replica.faults import FaultyReplicaServer, Slow  # noqa: E402


def start_redis(home: Path) -> tuple[subprocess.Popen, str]:
    binary = shutil.which("redis-server")
    if not binary:
        sys.exit("redis-server is missing (scripts/setup installs it: apt-get install redis-server)")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([binary, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no",
                             "--dir", str(home)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return proc, f"redis://127.0.0.1:{port}/0"
        time.sleep(0.05)
    proc.kill()
    sys.exit("redis-server did not start")


def run(n: int, base_url: str, redis_url: str, work: Path, prefix: str, settings: list[str]) -> dict:
    out = work / prefix.rstrip(":")
    procs = []
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    for i in range(n):
        cmd = [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", "site=sxrb", "-a", f"base_url={base_url}",
               "-s", f"NEWSCRAWL_REDIS_URL={redis_url}", "-s", f"NEWSCRAWL_REDIS_PREFIX={prefix}",
               "-s", f"NEWSCRAWL_STATS_FILE={out}/stats-{i}.json", "-s", "LOG_LEVEL=WARNING"]
        for s in settings:
            cmd += ["-s", s]
        procs.append(subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, "NEWSCRAWL_OUTPUT_DIR": str(out)}))
    codes = [p.wait() for p in procs]
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if any(codes):
        sys.exit(f"a worker failed: exit codes {codes}")
    stats = [json.loads((out / f"stats-{i}.json").read_text()) for i in range(n)]
    start = min(datetime.fromisoformat(s["start_time"]) for s in stats)
    finish = max(datetime.fromisoformat(s["finish_time"]) for s in stats)
    secs = (finish - start).total_seconds()
    pages = sum(s.get("response_received_count", 0) for s in stats)
    return {"workers": n, "pages": pages, "items": sum(s.get("item_scraped_count", 0) for s in stats),
            "seconds": secs, "pages_per_s": pages / secs,
            "shares": [s.get("item_scraped_count", 0) for s in stats],
            "worker_cpu_s": (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)}


#: (name, server latency per page in seconds, requests per worker at a time to the portal)
PROFILES = [
    ("polite: the project's default 2 requests at a time per worker, a portal answering in 300 ms", 0.3, 2),
    ("flat out: 16 requests at a time per worker, the loopback replica answering at once", 0.0, 16),
]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scale", type=float, default=0.5)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="newscrawl-workers-"))
    redis_proc, redis_url = start_redis(work)
    print(f"replica scale {args.scale}, {os.cpu_count()} CPUs, load average before: {os.getloadavg()[0]:.1f}")
    try:
        for p, (name, latency, per_host) in enumerate(PROFILES):
            settings = ["AUTOTHROTTLE_ENABLED=False", "DOWNLOAD_DELAY=0", "ROBOTSTXT_OBEY=False",
                        f"CONCURRENT_REQUESTS_PER_DOMAIN={per_host}"]
            with FaultyReplicaServer(Replica(seed=2024, scale=args.scale)) as server:
                if latency:
                    server.salt(re.compile(".*"), Slow(latency))
                run(1, server.url, redis_url, work, f"p{p}warm:", settings)  # untimed: fills the page cache
                results = []
                for n in args.workers:
                    cpu0 = time.process_time()
                    r = run(n, server.url, redis_url, work, f"p{p}w{n}:", settings)
                    r["server_cpu_s"] = time.process_time() - cpu0
                    results.append(r)
            base = results[0]["pages_per_s"]
            print(f"-- {name}")
            for r in results:
                print(f"{r['workers']} worker(s): {r['pages']} pages, {r['items']} articles (shares {r['shares']}) in "
                      f"{r['seconds']:.1f} s = {r['pages_per_s']:.0f} pages/s, ratio {r['pages_per_s'] / base:.2f}x; "
                      f"CPU: workers {r['worker_cpu_s']:.1f} s (start-up included), replica server "
                      f"{r['server_cpu_s']:.1f} s")
    finally:
        redis_proc.terminate()
        redis_proc.wait()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
