"""Serve the replica portal: ``python -m newscrawl.replica [--port N] [--seed S] [--scale X]``."""

from __future__ import annotations

import argparse
import json
import sys

from .server import ReplicaServer
from .site import Replica


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m newscrawl.replica", description=__doc__)
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8000, help="0 picks a free port")
    ap.add_argument("--seed", type=int, default=2024, help="another seed gives another site (ids, text, counts)")
    ap.add_argument("--scale", type=float, default=1.0, help="article count multiplier")
    ap.add_argument("--truth", metavar="FILE", help="write the expected articles as JSON lines and exit")
    args = ap.parse_args(argv)
    replica = Replica(seed=args.seed, scale=args.scale)
    if args.truth:
        base = f"http://{args.host}:{args.port}"
        with open(args.truth, "w", encoding="utf-8") as fh:
            for row in replica.truth(base):
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        return 0
    server = ReplicaServer(replica, args.host, args.port)
    print(f"replica of 山西新闻网 ({len(replica.articles)} articles) at {server.url}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
