"""State that outlives a run: which articles were delivered, what the crawl learnt of a portal.

- :class:`~.sqlite.SQLiteStore` — the embedded store (default): one SQLite file per output
  folder, ``<NEWSCRAWL_OUTPUT_DIR>/state.sqlite3`` unless ``NEWSCRAWL_STATE_PATH`` says otherwise.
  Its schema is versioned and migrated on open (see the module); :class:`~.sqlite.StateError`
  (one-line message) when it cannot be used, :class:`~.sqlite.StateCorrupt` when the file is
  damaged (the run rebuilds it from the feeds: :mod:`newscrawl.run.rebuild`).

The run lock is not state: :mod:`newscrawl.run.lock`.

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
- what the crawl learnt of the portal: ``record_failure``/``clear_failure``/``held_back``
  (articles that keep failing: backed off, then given up), ``mark_lists_walked``/
  ``walked_lists`` (lists paged to their end), ``set_resume``/``resumes`` (lists cut by the page
  cap, two-phase), ``save_tree``/``tree`` (the channel tree's columns and its dead pages);
- rebuilding: ``is_new``/``add_delivered``/``add_done_run`` (from the feeds),
  ``add_known_duplicate``/``add_sighting(…, seen_at=)`` (from the run reports, which carry
  ``run_findings``), ``without_sentences``/``set_sentences`` (sentences of articles stored
  before schema 4, from the feeds).
"""

from __future__ import annotations

from pathlib import Path

from .sqlite import SQLiteStore, StateCorrupt, StateError


def state_path(settings) -> Path:
    explicit = settings.get("NEWSCRAWL_STATE_PATH")
    return Path(explicit) if explicit else Path(settings["NEWSCRAWL_OUTPUT_DIR"]) / "state.sqlite3"


def open_store(settings, path: Path | None = None) -> SQLiteStore:
    return SQLiteStore(
        path or state_path(settings),
        near_dup_bits=settings.getint("NEWSCRAWL_NEAR_DUP_BITS", 5),
        near_dup_min_chars=settings.getint("NEWSCRAWL_NEAR_DUP_MIN_CHARS", 100),
        busy_timeout=settings.getfloat("NEWSCRAWL_STATE_BUSY_TIMEOUT", 30.0),
    )


__all__ = ["SQLiteStore", "StateCorrupt", "StateError", "open_store", "state_path"]
