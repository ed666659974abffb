"""A state that survives its own loss: rebuilt from the feeds the site's folder holds.

Every line of a feed carries what the store needs of a delivered article (``id``,
``canonical_url``, ``content_hash``, ``fingerprint``, ``published_at``, ``version``, the body
for its normalised length), and the feed's name is its run's id.  So when the state file is
missing, emptied, or not a database any more, while ``<output>/<site>/*.jsonl`` exist, the run
rebuilds the site's delivered articles from them before it starts — never delivering them all
again.  A damaged file is kept aside as ``state.sqlite3.corrupt-<time>``.

What the feeds cannot give back is re-learnt by the next runs at a small cost: the channel tree
is walked again, lists are paged to their end once more, failing articles are tried again,
duplicates of delivered articles are found again (and dropped) by their content.

To rebuild by hand (another folder, say): delete the state file and run the crawl; or
``python -m newscrawl.run.rebuild OUTPUT_DIR SITE``.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from datetime import datetime, timezone
from pathlib import Path

from ..fingerprint import normalise
from ..state import SQLiteStore, StateCorrupt, open_store, state_path

logger = logging.getLogger(__name__)


def feed_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.jsonl")) if folder.is_dir() else []


def open_for_site(settings, site: str, folder: Path, stats=None) -> SQLiteStore:
    """The store, rebuilt from ``folder``'s feeds if it is corrupt, missing or knows nothing of ``site``."""
    path = state_path(settings)
    try:
        store = open_store(settings)
    except StateCorrupt as exc:
        if not feed_files(folder) and path.stat().st_size == 0:
            raise
        aside = path.with_name(f"{path.name}.corrupt-{datetime.now(timezone.utc):%Y%m%dT%H%M%SZ}")
        os.replace(path, aside)
        for extra in ("-wal", "-shm"):
            Path(f"{path}{extra}").unlink(missing_ok=True)
        logger.warning("%s; kept it as %s and started a new one", exc, aside.name)
        if stats is not None:
            stats.set_value("newscrawl/state/corrupt_moved_aside", str(aside))
        store = open_store(settings)
    if store.version_found and store.version_found < 3 and stats is not None:
        stats.set_value("newscrawl/state/migrated_from", store.version_found)
    files = feed_files(folder)
    if files and store.is_new(site):
        n = rebuild(store, site, files)
        if stats is not None:
            stats.set_value("newscrawl/state/rebuilt_articles", n)
        logger.warning("The state file %s knew nothing of %s while %d feed files of it exist: rebuilt %d "
                       "delivered articles from them (none will be delivered again)", path, site, len(files), n)
    return store


def rebuild(store: SQLiteStore, site: str, files: list[Path]) -> int:
    """Record the articles of ``files`` as delivered; returns how many distinct articles."""
    latest: dict[str, tuple[int, str, dict]] = {}
    bad = 0
    for f in files:
        run_id = f.name.removesuffix(".jsonl")
        store.add_done_run(run_id, site, str(f))
        for line in f.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                item = json.loads(line)
                aid, version = item["id"], int(item.get("version") or 1)
            except (ValueError, KeyError, TypeError):
                bad += 1
                continue
            if aid not in latest or version >= latest[aid][0]:
                latest[aid] = (version, run_id, item)
    with store.db:
        store.db.execute("BEGIN IMMEDIATE")
        for aid, (version, run_id, item) in latest.items():
            fp = item.get("fingerprint")
            store.add_delivered(
                run_id=run_id, article_id=aid, site=item.get("site") or site, canonical_url=item.get("canonical_url"),
                content_hash=item.get("content_hash"), fingerprint=int(fp, 16) if fp else None,
                text_len=len(normalise(item.get("body") or "")), published_at=item.get("published_at"), version=version)
    if bad:
        logger.warning("Rebuilding the state: %d feed lines were not articles and were skipped", bad)
    return len(latest)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m newscrawl.run.rebuild OUTPUT_DIR SITE", file=sys.stderr)
        return 2
    out, site = Path(argv[0]), argv[1]
    try:
        store = SQLiteStore(out / "state.sqlite3")
    except StateCorrupt as exc:
        print(f"newscrawl: {exc}; move it aside first", file=sys.stderr)
        return 1
    if not store.is_new(site):
        print(f"newscrawl: {out / 'state.sqlite3'} already knows {site}; delete it to rebuild", file=sys.stderr)
        return 1
    n = rebuild(store, site, feed_files(out / site))
    print(f"rebuilt {n} delivered articles of {site} from {out / site}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
