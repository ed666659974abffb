"""The demo job: crawl the bundled replica of 山西新闻网 and write the feed (``scripts/demo``).

Serves :class:`~newscrawl.replica.Replica` on a free loopback port, runs the same command a
user runs against the real portal (``scrapy crawl portal -a site=sxrb``) with ``-a base_url=``
pointing at the replica and full-speed settings (politeness is for real servers), then
prints where the feed is and how many articles it holds.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from scrapy.utils.project import get_project_settings

from .replica import Replica, ReplicaServer

FAST = ("AUTOTHROTTLE_ENABLED=False", "DOWNLOAD_DELAY=0", "CONCURRENT_REQUESTS_PER_DOMAIN=16", "LOG_LEVEL=INFO")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m newscrawl.demo", description=__doc__)
    ap.add_argument("--seed", type=int, default=2024, help="replica seed (another seed: another site)")
    ap.add_argument("--scale", type=float, default=1.0, help="replica article-count multiplier")
    args = ap.parse_args(argv)

    out_dir = Path(get_project_settings()["NEWSCRAWL_OUTPUT_DIR"]) / "sxrb"
    before = set(out_dir.glob("*.jsonl")) if out_dir.exists() else set()
    replica = Replica(seed=args.seed, scale=args.scale)
    with ReplicaServer(replica) as server:
        print(f"Serving the replica of 山西新闻网 ({len(replica.articles)} articles) at {server.url}/", flush=True)
        cmd = [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", "site=sxrb", "-a", f"base_url={server.url}"]
        for setting in FAST:
            cmd += ["-s", setting]
        print("$ scrapy crawl portal -a site=sxrb -a base_url=" + server.url + " " + " ".join(f"-s {s}" for s in FAST), flush=True)
        started = time.monotonic()
        code = subprocess.call(cmd)
        took = time.monotonic() - started
    new = sorted(set(out_dir.glob("*.jsonl")) - before) if out_dir.exists() else []
    if code != 0:
        print(f"The crawl failed (exit code {code}); see the log above and {out_dir}/*.stats.json.", file=sys.stderr)
        return code
    if not new:
        state = Path(get_project_settings()["NEWSCRAWL_OUTPUT_DIR"]) / "state.sqlite3"
        print(f"\nNo new articles since the last run: every article of the replica was delivered before "
              f"(state: {state}; remove it to start over).")
        return 0
    feed = new[-1]
    with feed.open(encoding="utf-8") as fh:
        count = sum(1 for _ in fh)
    print(f"\nWrote {count} articles to {feed} in {took:.1f} s "
          f"(the replica holds {len(replica.articles)}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
