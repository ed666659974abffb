"""Incremental crawling: what a second run on an unchanged portal costs, and what fingerprints cost.

    .venv/bin/python benchmarks/incremental.py [--scales 1 8]

For each replica scale: a first run into a fresh output folder (everything is new), then a
second run on the unchanged replica; prints both runs' requests and wall time and the ratio
second/first (the issue's target: <= 3% of requests).  The ratio depends on how deep the
archive is: the second run fetches each column's first list page (the channel pages above
them are spared within NEWSCRAWL_TREE_TTL_HOURS of the first run's walk), the first run the
tree and every article and list page — so a replica whose columns hold a realistic archive
(scale 8: ~64 articles a column) is the fair denominator; scale 1 is shown too.

Then the same on a replica with the permanent faults every real portal has
(:func:`newscrawl.replica.faults.salt_permanent_faults`: a column of robots-disallowed
articles, a dead and two soft-404 articles, a dead column and a dead city page): a first run
and two reruns, with their exit codes, article pages fetched by the reruns (target 0) and the
rerun ratio (target <= 0.15 on the small replica, <= 0.03 at scale 8).

Then the per-article cost of the body keys (normalise + SHA-256 + SimHash), in ms.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newscrawl.fingerprint import body_keys, simhash  # noqa: E402
from newscrawl.replica import Replica, ReplicaServer  # noqa: E402
from newscrawl.replica.faults import FaultyReplicaServer, salt_permanent_faults  # noqa: E402

FAST = ["AUTOTHROTTLE_ENABLED=False", "DOWNLOAD_DELAY=0", "CONCURRENT_REQUESTS_PER_DOMAIN=16", "LOG_LEVEL=WARNING"]


def run(base_url: str, out: Path, check: bool = True) -> dict:
    stats = out / "last.stats.json"
    cmd = [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", "site=sxrb", "-a", f"base_url={base_url}"]
    for s in [*FAST, f"NEWSCRAWL_STATS_FILE={stats}"]:
        cmd += ["-s", s]
    started = time.monotonic()
    proc = subprocess.run(cmd, cwd=ROOT, check=check, env={**os.environ, "NEWSCRAWL_OUTPUT_DIR": str(out)})
    wall = time.monotonic() - started
    s = json.loads(stats.read_text())
    return {"requests": s["downloader/request_count"], "wall": wall, "items": s.get("item_scraped_count", 0),
            "exit": proc.returncode, "articles_requested": s.get("newscrawl/articles/requested", 0)}


def with_permanent_faults(scale: float) -> None:
    replica = Replica(scale=scale)
    with FaultyReplicaServer(replica) as server, tempfile.TemporaryDirectory() as tmp:
        salted = salt_permanent_faults(server)
        first = run(server.url, Path(tmp), check=False)
        reruns = [run(server.url, Path(tmp), check=False) for _ in range(2)]
    print(f"scale {scale:g} with permanent faults ({salted['robots_articles']} robots-disallowed articles, "
          f"{len(salted['dead_articles'])} dead articles, {len(salted['dead_pages'])} dead channel/column pages):")
    print(f"  first run : {first['requests']:6d} requests {first['wall']:7.2f} s  exit {first['exit']}")
    for n, r in enumerate(reruns, 2):
        print(f"  run {n}     : {r['requests']:6d} requests {r['wall']:7.2f} s  exit {r['exit']}  "
              f"{r['articles_requested']} article pages requested")
    print(f"  ratio rerun/first: requests {reruns[-1]['requests'] / first['requests']:.3f}  "
          f"(target: <= 0.15 small, <= 0.03 realistic; exit 0; 0 article pages)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scales", type=float, nargs="+", default=[1.0, 8.0])
    args = ap.parse_args()
    for scale in args.scales:
        replica = Replica(scale=scale)
        with ReplicaServer(replica) as server, tempfile.TemporaryDirectory() as tmp:
            first = run(server.url, Path(tmp))
            second = run(server.url, Path(tmp))
        per_column = len(replica.articles) / max(1, len(replica.columns))
        print(f"scale {scale:g}: {len(replica.articles)} articles, {len(replica.columns)} columns "
              f"({per_column:.0f} articles a column; a second run costs one request per column)")
        print(f"  first run : {first['requests']:6d} requests {first['wall']:7.2f} s  {first['items']} articles")
        print(f"  second run: {second['requests']:6d} requests {second['wall']:7.2f} s  {second['items']} articles")
        print(f"  ratio second/first: requests {second['requests'] / first['requests']:.3f}  "
              f"time {second['wall'] / first['wall']:.3f}  (target: requests <= 0.03)")
    for scale in args.scales:
        with_permanent_faults(scale)
    bodies = ["\n".join(a.paragraphs) for a in Replica().articles]
    for body in bodies[:20]:  # warm OpenCC and NumPy
        simhash(body)
    started = time.perf_counter()
    for body in bodies:
        body_keys(body)
    per = (time.perf_counter() - started) / len(bodies) * 1000
    mean_len = sum(map(len, bodies)) / len(bodies)
    print(f"fingerprint cost: {per:.3f} ms per article (normalise + SHA-256 + SimHash; "
          f"{len(bodies)} bodies, mean {mean_len:.0f} chars; target <= 1 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
