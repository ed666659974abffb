"""Serve the replica portal: ``python -m newscrawl.replica [--port N] [--seed S] [--scale X]``."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Callable


def serve_cli(argv: list[str] | None, *, prog: str, default_port: int, build: Callable, label: Callable) -> int:
    """The command line shared by the replicas: serve one on loopback, or write its truth.

    ``build(seed, scale)`` returns ``(truth_source, server_factory)``; ``label(source)`` the
    line printed when serving.
    """
    ap = argparse.ArgumentParser(prog=prog)
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=default_port, help="0 picks a free port")
    ap.add_argument("--seed", type=int, default=2024, help="another seed gives another site (ids, text, counts)")
    ap.add_argument("--scale", type=float, default=1.0, help="article count multiplier")
    ap.add_argument("--truth", metavar="FILE", help="write the expected articles as JSON lines and exit")
    args = ap.parse_args(argv)
    source, make_server = build(args.seed, args.scale)
    if args.truth:
        with open(args.truth, "w", encoding="utf-8") as fh:
            for row in source.truth(f"http://{args.host}:{args.port}"):
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        return 0
    server = make_server(args.host, args.port)
    print(f"{label(source)} at {server.url}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


def main(argv: list[str] | None = None) -> int:
    from .server import ReplicaServer
    from .site import Replica

    def build(seed: int, scale: float):
        replica = Replica(seed=seed, scale=scale)
        return replica, lambda host, port: ReplicaServer(replica, host, port)

    return serve_cli(argv, prog="python -m newscrawl.replica", default_port=8000, build=build,
                     label=lambda r: f"replica of 山西新闻网 ({len(r.articles)} articles)")


if __name__ == "__main__":
    sys.exit(main())
