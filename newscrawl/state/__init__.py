"""State that outlives a run: which articles were delivered, and which run holds a site.

- :class:`~.sqlite.SQLiteStore` — the embedded store (default): one SQLite file per output
  folder, ``<NEWSCRAWL_OUTPUT_DIR>/state.sqlite3`` unless ``NEWSCRAWL_STATE_PATH`` says otherwise.
- :class:`~.lock.RunLock` — one run per site at a time, held by the process (freed if it dies).

A Redis-backed store for several workers is a later issue; it implements the same methods as
:class:`~.sqlite.SQLiteStore`:

- runs: ``begin_run``/``set_part``/``mark_finalizing``/``commit_run``/``abort_run``/``recover``
  (everything marked *pending* by a run is committed or forgotten with it);
- articles: ``get``/``known_ids``/``find_duplicate``/``add_pending``/``add_duplicate``/
  ``add_sighting``/``sightings``/``sighting_list``/``original_of``.  Near-duplicates (issue 10):
  ``add_pending(…, sentences=)`` keeps the body's normalised sentences and indexes their
  anchors (:func:`newscrawl.fingerprint.anchors`); ``find_duplicate(…, sentences=)`` takes
  candidates from the SimHash bands and the anchors and confirms each with
  :func:`newscrawl.containment.compare` on the stored sentences (earliest delivered wins);
  ``add_sighting(…, site=)`` files a sighting of a known duplicate under its original;
- what the crawl learnt of the portal: ``record_failure``/``clear_failure``/``given_up``
  (articles that keep failing), ``mark_lists_walked``/``walked_lists`` (lists paged to their
  end), ``save_tree``/``tree`` (the channel tree's columns).
"""

from __future__ import annotations

from pathlib import Path

from .lock import RunLock
from .sqlite import SQLiteStore


def state_path(settings) -> Path:
    explicit = settings.get("NEWSCRAWL_STATE_PATH")
    return Path(explicit) if explicit else Path(settings["NEWSCRAWL_OUTPUT_DIR"]) / "state.sqlite3"


def open_store(settings) -> SQLiteStore:
    return SQLiteStore(
        state_path(settings),
        near_dup_bits=settings.getint("NEWSCRAWL_NEAR_DUP_BITS", 5),
        near_dup_min_chars=settings.getint("NEWSCRAWL_NEAR_DUP_MIN_CHARS", 100),
    )


def lock_path(settings, site: str) -> Path:
    return state_path(settings).with_name(f".{site}.lock")


__all__ = ["RunLock", "SQLiteStore", "lock_path", "open_store", "state_path"]
