"""Read the state of an output folder from the command line.

    python -m newscrawl.state sightings ID [--state PATH] [--json]

``sightings``: every place the story ``ID`` ran besides the copy delivered: reprints on this
or another portal, other columns, other URLs; one line each, oldest first
(``seen_at  site  url  channel``).  ``ID`` may also be the id of a reprint that was dropped:
its original is looked up first.  The state file is the project's (``NEWSCRAWL_STATE_PATH``,
else ``<NEWSCRAWL_OUTPUT_DIR>/state.sqlite3``, from the settings and the environment, as
``scrapy crawl`` resolves them) unless ``--state`` names one.  Exit status 1 if the state
knows no such article, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from . import SQLiteStore, StateError, state_path


def _default_state() -> Path:
    from scrapy.utils.project import get_project_settings

    return state_path(get_project_settings())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newscrawl.state", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("sightings", help="every other place a story ran")
    p.add_argument("id", help="article id, e.g. sxrb:9412345")
    p.add_argument("--state", type=Path, help="the state file (default: the project's)")
    p.add_argument("--json", action="store_true", help="one JSON object instead of lines")
    args = parser.parse_args(argv)

    path = args.state or _default_state()
    if not path.exists():
        print(f"no state file at {path}", file=sys.stderr)
        return 1
    try:
        store = SQLiteStore(path)  # an older file is migrated, as a run would
    except StateError as exc:
        print(f"newscrawl: {exc}", file=sys.stderr)
        return 1
    try:
        aid = args.id
        original = None if store.get(aid) is not None else store.original_of(aid)
        if store.get(aid) is None and original is None:
            print(f"{aid}: not in the state at {path}", file=sys.stderr)
            return 1
        story = original or aid
        rows = store.sighting_list(story)
        if args.json:
            print(json.dumps({"id": story, "asked": aid, "sightings": [asdict(r) for r in rows]}, ensure_ascii=False))
            return 0
        if original:
            print(f"# {aid} is a copy of {story}")
        print(f"# {story}: {len(rows)} sighting(s)")
        for r in rows:
            print(f"{r.seen_at or '-'}\t{r.site or '-'}\t{r.url}\t{' > '.join(r.channel) or '-'}")
        return 0
    finally:
        store.close()


if __name__ == "__main__":
    sys.exit(main())
