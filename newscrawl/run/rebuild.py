"""A state that survives its own loss: rebuilt from the feeds and reports the site's folder holds.

Every line of a feed carries what the store needs of a delivered article (``id``,
``canonical_url``, ``content_hash``, ``fingerprint``, ``published_at``, ``version``, the body
for its normalised length and its sentences — the near-duplicate check's keys), and the feed's
name is its run's id.  Every run report (``<run>.stats.json``) carries the run's ``findings``:
the sightings it recorded (URL, site, channel, time) and the duplicates it settled.  So when
the state file is missing, emptied, or not a database any more, while ``<output>/<site>/*.jsonl``
exist, the run rebuilds the site's delivered articles, their sightings and their known
duplicates before it starts — never delivering them all again, and never fetching a known
reprint again.  A damaged file is kept aside as ``state.sqlite3.corrupt-<time>``.  Feeds of runs
whose report is gone still give their articles' ``other_urls`` back as sightings (URL only).

A state file of schema 3 or earlier has no sentences for its articles; the first run of each
site after the migration reads them back from the site's feeds (:func:`backfill`); an article
whose feed is gone keeps being matched on its SimHash alone.

What the feeds cannot give back is re-learnt by the next runs at a small cost: the channel tree
is walked again, lists are paged to their end once more, failing articles are tried again.

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

from ..fingerprint import sentences
from ..state import SQLiteStore, StateCorrupt, open_store, state_path
from ..state.sqlite import SCHEMA_VERSION

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
    if store.version_found and store.version_found < SCHEMA_VERSION and stats is not None:
        stats.set_value("newscrawl/state/migrated_from", store.version_found)
    files = feed_files(folder)
    if store.sentences_due(site):
        n = backfill(store, site, files)
        if stats is not None:
            stats.set_value("newscrawl/state/sentences_backfilled", n)
        logger.info("State file %s was written before articles kept their sentences: read those of %d delivered "
                    "articles of %s back from its feeds", path, n, site)
    if files and store.is_new(site):
        n = rebuild(store, site, files)
        if stats is not None:
            stats.set_value("newscrawl/state/rebuilt_articles", n)
        logger.warning("The state file %s knew nothing of %s while %d feed files of it exist: rebuilt %d "
                       "delivered articles from them (none will be delivered again)", path, site, len(files), n)
    return store


def _latest(files: list[Path]) -> tuple[dict[str, tuple[int, str, dict]], int]:
    """id → (version, run id, item) of the latest version of each article in ``files``;
    and how many lines were not articles."""
    latest: dict[str, tuple[int, str, dict]] = {}
    bad = 0
    for f in files:
        run_id = f.name.removesuffix(".jsonl")
        for line in f.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                item = json.loads(line)
                aid, version = item["id"], int(item.get("version") or 1)
            except (ValueError, KeyError, TypeError):
                bad += 1
                continue
            if aid not in latest or version >= latest[aid][0]:
                latest[aid] = (version, run_id, item)
    return latest, bad


def _findings(folder: Path) -> list[tuple[str, dict]]:
    """(run id, ``findings``) of each run report in ``folder`` that has them."""
    out = []
    for f in sorted(folder.glob("*.stats.json")) if folder.is_dir() else ():
        try:
            report = json.loads(f.read_text(encoding="utf-8"))
            findings = report.get("findings") or {}
            out.append((str(report.get("run") or f.name.removesuffix(".stats.json")), findings))
        except (ValueError, AttributeError, OSError):
            logger.warning("Rebuilding the state: run report %s is not readable JSON; skipped", f.name)
    return out


def rebuild(store: SQLiteStore, site: str, files: list[Path]) -> int:
    """Record the articles of ``files`` as delivered, and what the run reports beside them
    found (sightings, settled duplicates); returns how many distinct articles."""
    for f in files:
        store.add_done_run(f.name.removesuffix(".jsonl"), site, str(f))
    latest, bad = _latest(files)
    reports = _findings(files[0].parent) if files else []
    with store.db:
        store.db.execute("BEGIN IMMEDIATE")
        for aid, (version, run_id, item) in latest.items():
            fp = item.get("fingerprint")
            sents = sentences(item.get("body") or "")
            store.add_delivered(
                run_id=run_id, article_id=aid, site=item.get("site") or site, canonical_url=item.get("canonical_url"),
                content_hash=item.get("content_hash"), fingerprint=int(fp, 16) if fp else None,
                text_len=sum(map(len, sents)), published_at=item.get("published_at"), version=version,
                sentences=sents)
        bad_findings = 0
        for run_id, findings in reports:
            for d in findings.get("duplicates") or ():
                try:
                    store.add_known_duplicate(article_id=d["id"], original=d["original"], key=d.get("key"),
                                              canonical_url=d.get("canonical_url"), run_id=run_id)
                except (KeyError, TypeError):
                    bad_findings += 1
            for sg in findings.get("sightings") or ():
                try:
                    store.add_sighting(sg["article_id"], sg["url"], sg.get("channel"), run_id,
                                       site=sg.get("site"), seen_at=sg.get("seen_at"))
                except (KeyError, TypeError):
                    bad_findings += 1
        # Runs whose report is gone: what their items say, their other URLs, is all there is.
        reported = {run_id for run_id, _findings in reports}
        for aid, (_version, run_id, item) in latest.items():
            for url in (item.get("other_urls") or ()) if run_id not in reported else ():
                if isinstance(url, str) and url != item.get("url"):
                    store.add_sighting(aid, url, None, run_id, seen_at=item.get("crawled_at"))
    if bad:
        logger.warning("Rebuilding the state: %d feed lines were not articles and were skipped", bad)
    if bad_findings:
        logger.warning("Rebuilding the state: %d findings of the run reports were malformed and were skipped",
                       bad_findings)
    return len(latest)


def backfill(store: SQLiteStore, site: str, files: list[Path]) -> int:
    """Give ``site``'s articles stored without sentences (schema 3 or earlier) those of their
    body in the feeds; returns how many."""
    missing = store.without_sentences(site)
    latest, _bad = _latest(files) if missing else ({}, 0)
    texts = {aid: sentences(item.get("body") or "") for aid, (_v, _r, item) in latest.items() if aid in missing}
    store.set_sentences(site, texts)
    return len(texts)


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
