"""The embedded store of delivered articles: one SQLite file per output folder.

What it remembers, per article: its id, canonical URL, content hash, SimHash fingerprint,
publication time and version, and every other URL/channel it was sighted under.  What it
remembers per run: its status and the feed file it is writing, so that a run killed at any
moment can be settled by the next one (see :meth:`SQLiteStore.recover`).

Two-phase delivery: a run's new articles are written as *pending* rows; they become
*delivered* only in :meth:`commit_run`, called once the run's feed file is whole.  A killed
run's pending rows are thrown away, so its articles are delivered again by the next run:
nothing is lost and nothing is delivered twice.

WAL mode with ``synchronous=NORMAL`` survives a killed process (not a power cut); the
busy timeout lets runs of different sites share the file.

Schema versions (``PRAGMA user_version``; files of the releases before it carry 0 and are told
apart by their columns).  Opening a file of an earlier version migrates it in place
(:data:`MIGRATIONS`); a file of a later version, or one that is not a SQLite database, raises
:class:`StateError` (:class:`StateCorrupt`), which the run turns into one line (and, for a
corrupt file, a rebuild from the feeds: :mod:`newscrawl.run.rebuild`).

1. the first release (e10ba3c): four 16-bit SimHash bands ``b0``-``b3``;
2. six bands ``b0``-``b5`` (11/11/11/11/10/10 bits); later, with no version stamped, the
   tables ``duplicates``, ``failures``, ``trees`` and ``walked_lists`` were added;
3. ``trees.failed_json`` (dead channel pages remembered with the tree), ``list_resumes``;
4. ``sightings.site`` (the portal that printed a reprint), the tables ``texts`` (each body's
   normalised sentences) and ``anchors`` (their lowest hashes) for the near-duplicate check;
   the SimHash bands move from indexes on ``articles.b0``-``b5`` (the columns stay, unindexed)
   to the clustered table ``simhash_bands``.
   Articles of earlier files have neither: they are matched on the SimHash alone until the
   run rebuilds their sentences from the site's feeds (:func:`newscrawl.run.rebuild.backfill`).
"""

from __future__ import annotations

import json
import os
import sqlite3
import zlib
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from .. import containment
from ..fingerprint import anchors, hamming

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    site TEXT NOT NULL,
    canonical_url TEXT,
    content_hash TEXT,
    fingerprint INTEGER,          -- 64-bit SimHash, stored signed
    b0 INTEGER, b1 INTEGER, b2 INTEGER, b3 INTEGER, b4 INTEGER, b5 INTEGER,  -- bands (near-dup index)
    text_len INTEGER,             -- normalised body length; short texts are not near-dup matched
    published_at TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    run_id TEXT,                  -- the run that delivered this version
    delivered_at TEXT,
    pending INTEGER NOT NULL DEFAULT 0  -- 1 while the run that found it has not committed
);
CREATE INDEX IF NOT EXISTS articles_url ON articles (canonical_url);
CREATE INDEX IF NOT EXISTS articles_hash ON articles (content_hash);
-- The SimHash index (near-duplicate candidates share a band value) is simhash_bands
-- (SIMHASH_BANDS, added to this script below); b0-b5 stay as columns, not indexed.
-- A committed article's previous state while a run holds a pending update of it.
CREATE TABLE IF NOT EXISTS superseded (
    id TEXT PRIMARY KEY, run_id TEXT NOT NULL, row_json TEXT NOT NULL
);
-- Every other place a delivered article was found: its reprints on this or another portal,
-- its other columns and URLs.  The first copy delivered is the article; these are sightings.
CREATE TABLE IF NOT EXISTS sightings (
    article_id TEXT NOT NULL,
    url TEXT NOT NULL,
    channel TEXT,                 -- JSON list: the channel path it was listed under
    run_id TEXT,
    seen_at TEXT,
    site TEXT,                    -- the site (profile) that printed it; added by issue 10
    PRIMARY KEY (article_id, url)
);
-- Each article's body as its normalised sentences (zlib of the sentences joined by newlines),
-- for the containment check of a near-duplicate candidate (newscrawl.containment).
CREATE TABLE IF NOT EXISTS texts (
    id TEXT PRIMARY KEY,
    sentences BLOB NOT NULL
);
-- The lowest few sentence hashes of each body (fingerprint.anchors): candidates of any length.
CREATE TABLE IF NOT EXISTS anchors (
    h INTEGER NOT NULL,
    id TEXT NOT NULL,
    PRIMARY KEY (h, id)
) WITHOUT ROWID;
-- Sites whose articles were stored before texts existed (schema 3 or earlier): their next run
-- reads the sentences back from the site's feeds (newscrawl.run.rebuild.backfill).
CREATE TABLE IF NOT EXISTS sentences_due (site TEXT PRIMARY KEY);
-- Articles found to duplicate another one (a reprint, a twin under another id): remembered so
-- that later runs do not fetch them again.  Two-phase like articles: pending until the run
-- that found them commits.
CREATE TABLE IF NOT EXISTS duplicates (
    id TEXT PRIMARY KEY,
    original TEXT NOT NULL,
    key TEXT,
    canonical_url TEXT,
    run_id TEXT,
    pending INTEGER NOT NULL DEFAULT 1
);
-- Articles that could not be delivered for a reason that looks permanent (dead link, no body):
-- after a few runs over a day or more they are no longer requested (see RunState).
CREATE TABLE IF NOT EXISTS failures (
    id TEXT PRIMARY KEY,
    site TEXT,
    url TEXT,
    reason TEXT,
    attempts INTEGER NOT NULL,    -- runs that failed on it
    first_at TEXT,
    last_at TEXT,
    last_run TEXT
);
-- The columns a complete walk of a site's channel tree found (paths relative to the host),
-- so that runs within NEWSCRAWL_TREE_TTL_HOURS can go straight to the columns' list pages.
CREATE TABLE IF NOT EXISTS trees (
    site TEXT NOT NULL,
    netloc TEXT NOT NULL,
    walked_at TEXT NOT NULL,
    columns_json TEXT NOT NULL,   -- [[path, [channel names…]], …]
    failed_json TEXT NOT NULL DEFAULT '[]',  -- [[path, fault kind], …] channel/list pages found dead
    PRIMARY KEY (site, netloc)
);
-- Lists cut short by NEWSCRAWL_MAX_LIST_PAGES: where the next run goes on paging (two-phase:
-- a pending row with url NULL drops the list's resume point when its run commits).
CREATE TABLE IF NOT EXISTS list_resumes (
    site TEXT NOT NULL,
    path TEXT NOT NULL,           -- the list's key (path of its first page)
    url TEXT,                     -- the first page not yet read
    channel_json TEXT,
    run_id TEXT NOT NULL,
    pending INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (site, path, run_id)
);
-- Lists (by the path of their first page) that some committed run paged through to the end:
-- only those may stop paging at a page of known articles.  A list whose walk was cut short
-- (a timeout, a failed list page) is paged further by the next runs until its end is reached.
CREATE TABLE IF NOT EXISTS walked_lists (
    site TEXT NOT NULL,
    path TEXT NOT NULL,
    run_id TEXT,
    pending INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (site, path)
);
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY,
    site TEXT NOT NULL,
    pid INTEGER,
    started_at TEXT,
    finished_at TEXT,
    status TEXT NOT NULL,         -- running | finalizing | done | failed | killed
    part_path TEXT,
    final_path TEXT
);
"""
BANDS = 6
SCHEMA_VERSION = 4
#: Near-duplicate candidates checked per lookup, at most (closest SimHash / most anchors first).
MAX_CANDIDATES = 20
_BAND_LOOKUP = " UNION ALL ".join(
    ["SELECT id, fingerprint FROM simhash_bands WHERE band = ? AND value = ? AND text_len >= ?"] * BANDS)
_ARTICLE_COLUMNS = ("id", "site", "canonical_url", "content_hash", "fingerprint", "b0", "b1", "b2", "b3", "b4", "b5",
                    "text_len", "published_at", "version", "run_id", "delivered_at", "pending")


def _state_error(path: Path, exc: sqlite3.DatabaseError) -> StateError:
    text = str(exc)
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return StateCorrupt(f"state file {path} is not a usable SQLite database ({text})")
    if "locked" in text or "busy" in text:
        return StateError(f"state file {path} is locked by another program ({text})")
    if "readonly" in text or "unable to open" in text or "disk I/O" in text:
        return StateError(f"state file {path} cannot be written ({text}); check its folder's permissions and free space")
    return StateError(f"state file {path}: {text}")


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _signed(fp: int) -> int:
    return fp - (1 << 64) if fp >= (1 << 63) else fp


def _unsigned(fp: int) -> int:
    return fp + (1 << 64) if fp < 0 else fp


def bands(fp: int) -> tuple[int, ...]:
    """Six slices of 11/11/11/11/10/10 bits.  Two fingerprints within Hamming distance 5
    differ in at most 5 slices, so they agree on at least one (pigeonhole): an exact lookup
    on six indexed columns finds every candidate."""
    out, shift = [], 0
    for width in (11, 11, 11, 11, 10, 10):
        out.append((fp >> shift) & ((1 << width) - 1))
        shift += width
    return tuple(out)


class StateError(Exception):
    """The state file cannot be used; the message is one line naming the file."""


class StateCorrupt(StateError):
    """The state file is not a SQLite database (or is damaged): it can be rebuilt from the feeds."""


def _unpack(blob: bytes) -> list[str]:
    """The sentences of a ``texts`` row."""
    return zlib.decompress(blob).decode("utf-8").split("\n")


def _columns(db, table: str) -> set[str]:
    return {row[1] for row in db.execute(f"PRAGMA table_info({table})")}


def _to_six_bands(db) -> None:
    """1 → 2: the four 16-bit bands become six narrower ones (recomputed from the fingerprint)."""
    cols = _columns(db, "articles")
    for name in ("b4", "b5"):
        if name not in cols:
            db.execute(f"ALTER TABLE articles ADD COLUMN {name} INTEGER")
    rows = db.execute("SELECT id, fingerprint FROM articles WHERE fingerprint IS NOT NULL").fetchall()
    db.executemany("UPDATE articles SET b0 = ?, b1 = ?, b2 = ?, b3 = ?, b4 = ?, b5 = ? WHERE id = ?",
                   [(*bands(_unsigned(fp)), aid) for aid, fp in rows])


def _tree_failures(db) -> None:
    """2 → 3: dead channel pages are remembered with the tree."""
    if "columns_json" in _columns(db, "trees") and "failed_json" not in _columns(db, "trees"):
        db.execute("ALTER TABLE trees ADD COLUMN failed_json TEXT NOT NULL DEFAULT '[]'")


#: The SimHash index: each article's fingerprint (and normalised length) under each of its six
#: band values, clustered by band value, so that a lookup reads the few pages of its six values
#: (the articles' b0-b5 columns, indexed, made it look up every matching row in the table:
#: ~1 ms at 100,000 articles against ~0.2 ms).
SIMHASH_BANDS = ("CREATE TABLE IF NOT EXISTS simhash_bands (band INTEGER NOT NULL, value INTEGER NOT NULL, "
                 "id TEXT NOT NULL, fingerprint INTEGER NOT NULL, text_len INTEGER, "
                 "PRIMARY KEY (band, value, id)) WITHOUT ROWID")
SCHEMA += SIMHASH_BANDS + ";\n"


def _reprint_keys(db) -> None:
    """3 → 4: a sighting names its site; ``texts`` and ``anchors`` are new (SCHEMA), and every
    site with articles is marked in ``sentences_due`` until its next run reads their
    sentences back from its feeds (:func:`newscrawl.run.rebuild.backfill`)."""
    cols = _columns(db, "sightings")
    if cols and "site" not in cols:
        db.execute("ALTER TABLE sightings ADD COLUMN site TEXT")
    db.execute("CREATE TABLE IF NOT EXISTS sentences_due (site TEXT PRIMARY KEY)")
    db.execute("INSERT OR IGNORE INTO sentences_due (site) SELECT DISTINCT site FROM articles")
    db.execute(SIMHASH_BANDS)
    rows = db.execute("SELECT id, fingerprint, text_len FROM articles WHERE fingerprint IS NOT NULL").fetchall()
    db.executemany("INSERT OR REPLACE INTO simhash_bands (band, value, id, fingerprint, text_len) VALUES (?, ?, ?, ?, ?)",
                   [(i, v, aid, fp, n) for aid, fp, n in rows for i, v in enumerate(bands(_unsigned(fp)))])
    for i in range(BANDS):
        db.execute(f"DROP INDEX IF EXISTS articles_b{i}")


#: version → the step that brings a file of the version before up to it (each idempotent).
MIGRATIONS = {2: _to_six_bands, 3: _tree_failures, 4: _reprint_keys}


class _Transaction:
    def __init__(self, db):
        self.db = db

    def __enter__(self):
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type, *_):
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")


@dataclass
class Tree:
    """What the last complete walk of a site's channel tree found."""

    columns: list[tuple[str, list[str]]]  # (path below the host, channel names)
    failed: dict[str, str]  # path of a dead channel or column page → fault kind
    walked_at: str


@dataclass
class Held:
    """Why an article is not requested this run: ``given_up`` for good, or ``backing_off``."""

    id: str
    status: str
    reason: str
    attempts: int

    @classmethod
    def judge(cls, aid: str, reason: str, attempts: int, first_at: str, last_at: str, now: datetime, *,
              give_up_after: int, min_hours: float, backoff_hours: float) -> Held | None:
        """The one rule (both stores): given up after ``give_up_after`` runs (0: never), the
        first ``min_hours`` ago or more; backing off for ``backoff_hours``·2^(n-1) hours after
        the n-th failed run (0: no back-off); else None."""
        first, last = datetime.fromisoformat(first_at), datetime.fromisoformat(last_at)
        if give_up_after > 0 and attempts >= give_up_after and now - first >= timedelta(hours=min_hours):
            return cls(aid, "given_up", reason, attempts)
        if backoff_hours > 0 and now - last < timedelta(hours=backoff_hours * 2 ** (attempts - 1)):
            return cls(aid, "backing_off", reason, attempts)
        return None


@dataclass
class Known:
    """What the store knows of an article."""

    id: str
    version: int
    content_hash: str | None
    published_at: str | None
    canonical_url: str | None
    pending: bool


@dataclass
class Sighting:
    """One more place an article was found (see :meth:`SQLiteStore.sighting_list`)."""

    url: str
    site: str | None
    channel: list[str]
    seen_at: str | None
    run_id: str | None


@dataclass
class Recovery:
    """What :meth:`SQLiteStore.recover` did about one earlier run of the site."""

    run_id: str
    action: str  # "committed" | "published_and_committed" | "discarded"
    articles: int
    path: str | None


class SQLiteStore:
    def __init__(self, path: str | os.PathLike, *, near_dup_bits: int = 5, near_dup_min_chars: int = 100,
                 busy_timeout: float = 30):
        if not 0 <= near_dup_bits < BANDS:
            raise ValueError(f"near_dup_bits must be between 0 and {BANDS - 1} (the band index finds no more)")
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StateError(f"state folder {self.path.parent} cannot be created: {exc.strerror}") from None
        self.near_dup_bits = near_dup_bits
        self.near_dup_min_chars = near_dup_min_chars
        try:
            self.db = sqlite3.connect(self.path, timeout=busy_timeout, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.version_found = self._upgrade()
            self.db.execute("BEGIN IMMEDIATE")  # writable, and not held by another program: now, not mid-run
            self.db.execute("ROLLBACK")
        except sqlite3.DatabaseError as exc:
            raise _state_error(self.path, exc) from None

    def _upgrade(self) -> int:
        """Bring the file to :data:`SCHEMA_VERSION`; returns the version it had (0: new file)."""
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StateError(f"state file {self.path} was written by a newer newscrawl (schema {version}, this "
                             f"one knows {SCHEMA_VERSION}); upgrade newscrawl or use another NEWSCRAWL_STATE_PATH")
        tables = {r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if version == 0 and "articles" in tables:  # an unversioned file of an earlier release
            version = 2 if "b4" in _columns(self.db, "articles") else 1
        if version == SCHEMA_VERSION:
            return version
        if "articles" in tables:
            with self.db:
                self.db.execute("BEGIN IMMEDIATE")
                for step in range(version + 1, SCHEMA_VERSION + 1):
                    MIGRATIONS[step](self.db)
        self.db.executescript(SCHEMA)
        self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        return version

    def close(self) -> None:
        self.db.close()

    schema_version = SCHEMA_VERSION

    def exclusive(self):
        """The dedupe step as one (see :meth:`RedisStore.exclusive`): a SQLite store has one
        run per site at a time (the run lock) and the pipeline runs one item at a time."""
        return nullcontext()

    def bulk(self):
        """Many writes in one transaction (a rebuild): ``with store.bulk(): …``."""
        return _Transaction(self.db)

    def is_new(self, site: str) -> bool:
        """Whether the file knows nothing of ``site`` (no run, no article): fresh, emptied or lost."""
        return self.db.execute("SELECT NOT EXISTS (SELECT 1 FROM runs WHERE site = ?) AND "
                               "NOT EXISTS (SELECT 1 FROM articles WHERE site = ?)", (site, site)).fetchone()[0] == 1

    def add_delivered(self, *, run_id: str, article_id: str, site: str, canonical_url: str | None,
                      content_hash: str | None, fingerprint: int | None, text_len: int,
                      published_at: str | None, version: int, sentences: list[str] | None = None) -> None:
        """Record an article as delivered by ``run_id`` (rebuilding the state from feeds),
        with its body's normalised sentences for the near-duplicate check."""
        b = bands(fingerprint) if fingerprint is not None else (None,) * BANDS
        self._unband(article_id)
        self.db.execute(
            f"INSERT OR REPLACE INTO articles ({', '.join(_ARTICLE_COLUMNS)}) VALUES ({', '.join('?' * len(_ARTICLE_COLUMNS))})",
            (article_id, site, canonical_url, content_hash, _signed(fingerprint) if fingerprint is not None else None,
             *b, text_len, published_at, version, run_id, _now(), 0))
        self._band(article_id, fingerprint, text_len)
        if sentences is not None:
            self._put_sentences(article_id, sentences)

    def add_known_duplicate(self, *, article_id: str, original: str, key: str | None, canonical_url: str | None,
                            run_id: str | None) -> None:
        """Record a settled duplicate (rebuilding the state from the run reports)."""
        self.db.execute("INSERT OR IGNORE INTO duplicates (id, original, key, canonical_url, run_id, pending) "
                        "VALUES (?, ?, ?, ?, ?, 0)", (article_id, original, key, canonical_url, run_id))

    def run_findings(self, run_id: str) -> dict[str, list[dict]]:
        """What ``run_id`` learnt of stories already delivered: the sightings it recorded and
        the duplicates it settled (the run report keeps them, so a rebuild can restore them)."""
        sightings = [
            {"article_id": aid, "url": url, "site": site, "channel": json.loads(channel or "[]"), "seen_at": seen_at}
            for aid, url, site, channel, seen_at in self.db.execute(
                "SELECT article_id, url, site, channel, seen_at FROM sightings WHERE run_id = ? ORDER BY seen_at, url",
                (run_id,))]
        duplicates = [
            {"id": aid, "original": original, "key": key, "canonical_url": url}
            for aid, original, key, url in self.db.execute(
                "SELECT id, original, key, canonical_url FROM duplicates WHERE run_id = ? AND pending = 0 ORDER BY id",
                (run_id,))]
        return {"sightings": sightings, "duplicates": duplicates}

    def add_done_run(self, run_id: str, site: str, final_path: str) -> None:
        """Record a finished run (rebuilding the state from its feed)."""
        self.db.execute("INSERT OR IGNORE INTO runs (run_id, site, started_at, finished_at, status, final_path) "
                        "VALUES (?, ?, ?, ?, 'done', ?)", (run_id, site, _now(), _now(), final_path))

    # -- runs -----------------------------------------------------------------------------
    def begin_run(self, run_id: str, site: str, taken=lambda run_id: False) -> str:
        """Register a run; returns its id: ``run_id``, or ``run_id-2``, ``-3``… if that is taken.

        Run ids name feed files and tag pending rows, so two runs must never share one; runs
        started within the same second (a crash-and-restart loop, two sites sharing the state
        file) would otherwise collide.  ``taken(candidate)`` lets the caller veto ids whose
        files already exist (e.g. the state file was reset while the feeds were kept).
        """
        for n in range(1, 1000):
            candidate = run_id if n == 1 else f"{run_id}-{n}"
            if taken(candidate):
                continue
            try:
                self.db.execute("INSERT INTO runs (run_id, site, pid, started_at, status) VALUES (?, ?, ?, ?, 'running')",
                                (candidate, site, os.getpid(), _now()))
            except sqlite3.IntegrityError:  # the primary key: another run has this id
                continue
            return candidate
        raise RuntimeError(f"no free run id after {run_id!r}-999")

    def set_part(self, run_id: str, part_path: str, final_path: str) -> None:
        """Record the feed file a run is writing (so a killed run's leftover can be found)."""
        self.db.execute("UPDATE runs SET part_path = ?, final_path = ? WHERE run_id = ?", (part_path, final_path, run_id))

    def mark_finalizing(self, run_id: str) -> None:
        """The .part file is complete and synced; the rename comes next.  Durable first."""
        self.db.execute("UPDATE runs SET status = 'finalizing' WHERE run_id = ?", (run_id,))

    def commit_run(self, run_id: str, status: str = "done") -> int:
        """Make the run's pending articles delivered; returns how many."""
        with self.db:  # one transaction
            self.db.execute("BEGIN IMMEDIATE")
            n = self.db.execute("UPDATE articles SET pending = 0 WHERE pending = 1 AND run_id = ?", (run_id,)).rowcount
            self.db.execute("UPDATE duplicates SET pending = 0 WHERE pending = 1 AND run_id = ?", (run_id,))
            self.db.execute("UPDATE walked_lists SET pending = 0 WHERE pending = 1 AND run_id = ?", (run_id,))
            self.db.execute("DELETE FROM list_resumes WHERE pending = 0 AND (site, path) IN "
                            "(SELECT site, path FROM list_resumes WHERE pending = 1 AND run_id = ?)", (run_id,))
            self.db.execute("DELETE FROM list_resumes WHERE pending = 1 AND run_id = ? AND url IS NULL", (run_id,))
            self.db.execute("UPDATE list_resumes SET pending = 0 WHERE pending = 1 AND run_id = ?", (run_id,))
            self.db.execute("DELETE FROM superseded WHERE run_id = ?", (run_id,))
            self.db.execute("UPDATE runs SET status = ?, finished_at = ? WHERE run_id = ?", (status, _now(), run_id))
        return n

    def abort_run(self, run_id: str, status: str = "failed") -> int:
        """Forget the run's pending articles (they will be delivered again); returns how many."""
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            for (aid,) in self.db.execute("SELECT id FROM articles WHERE pending = 1 AND run_id = ?", (run_id,)).fetchall():
                self._unband(aid)
                self._drop_sentences(aid)
            n = self.db.execute("DELETE FROM articles WHERE pending = 1 AND run_id = ?", (run_id,)).rowcount
            self.db.execute("DELETE FROM duplicates WHERE pending = 1 AND run_id = ?", (run_id,))
            self.db.execute("DELETE FROM walked_lists WHERE pending = 1 AND run_id = ?", (run_id,))
            self.db.execute("DELETE FROM list_resumes WHERE pending = 1 AND run_id = ?", (run_id,))
            for (row_json,) in self.db.execute("SELECT row_json FROM superseded WHERE run_id = ?", (run_id,)).fetchall():
                row = json.loads(row_json)
                sentences = row.pop("_sentences", None)  # the delivered version's, if it had them
                self.db.execute(f"INSERT OR REPLACE INTO articles ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                                tuple(row.values()))  # (its pending update was counted above)
                if row.get("fingerprint") is not None:
                    self._band(row["id"], _unsigned(row["fingerprint"]), row.get("text_len"))
                if sentences is not None:
                    self._put_sentences(row["id"], sentences)
            self.db.execute("DELETE FROM superseded WHERE run_id = ?", (run_id,))
            self.db.execute("DELETE FROM sightings WHERE run_id = ? AND article_id NOT IN (SELECT id FROM articles)", (run_id,))
            self.db.execute("UPDATE runs SET status = ?, finished_at = ? WHERE run_id = ?", (status, _now(), run_id))
        return n

    def recover(self, site: str) -> list[Recovery]:
        """Settle earlier runs of ``site`` that did not finish (call with the site's run lock held).

        - *finalizing*: the feed was complete.  If the rename happened, commit; if not, do the
          rename now and commit.  Either way its articles stay delivered exactly once.
        - *running*: killed mid-crawl.  Its ``.part`` file is removed and its pending articles
          forgotten, so the next run delivers them again.
        """
        done: list[Recovery] = []
        rows = self.db.execute(
            "SELECT run_id, status, part_path, final_path FROM runs WHERE site = ? AND status IN ('running', 'finalizing')",
            (site,),
        ).fetchall()
        for run_id, status, part, final in rows:
            pending = self.db.execute("SELECT COUNT(*) FROM articles WHERE pending = 1 AND run_id = ?", (run_id,)).fetchone()[0]
            if status == "finalizing" and final and (Path(final).exists() or (part and Path(part).exists())):
                action = "committed"
                # A .part that outlived a finalizing run is whole (store() removes it on any
                # error) and is this run's: publish it even over a final file of the same name
                # (-O FILE reused run after run), which is then an earlier run's.
                if part and Path(part).exists():
                    os.replace(part, final)
                    action = "published_and_committed"
                self.commit_run(run_id)
                done.append(Recovery(run_id, action, pending, final))
            else:
                if part and Path(part).exists():
                    Path(part).unlink()
                self.abort_run(run_id, status="killed")
                done.append(Recovery(run_id, "discarded", pending, part))
        # Pending rows of runs that are neither settled above nor alive (a run whose own
        # bookkeeping failed half way) would block their articles for ever: forget them too.
        orphans = self.db.execute(
            "SELECT run_id, COUNT(*) FROM articles WHERE pending = 1 AND run_id NOT IN "
            "(SELECT run_id FROM runs WHERE status IN ('running', 'finalizing')) GROUP BY run_id").fetchall()
        for run_id, pending in orphans:
            self.abort_run(run_id, status="killed")
            done.append(Recovery(run_id, "discarded", pending, None))
        return done

    # -- articles -------------------------------------------------------------------------
    def _known(self, row) -> Known | None:
        if row is None:
            return None
        return Known(id=row[0], version=row[1], content_hash=row[2], published_at=row[3], canonical_url=row[4], pending=bool(row[5]))

    def get(self, article_id: str) -> Known | None:
        return self._known(self.db.execute(
            "SELECT id, version, content_hash, published_at, canonical_url, pending FROM articles WHERE id = ?",
            (article_id,)).fetchone())

    def known_ids(self, ids: list[str]) -> dict[str, Known]:
        """What the store knows of each of ``ids``: delivered (or pending) articles, and
        articles found to duplicate a delivered one (``content_hash`` None, ``version`` 0),
        which need no fetching either."""
        if not ids:
            return {}
        marks = ", ".join("?" * len(ids))
        rows = self.db.execute(
            f"SELECT id, version, content_hash, published_at, canonical_url, pending FROM articles WHERE id IN ({marks})",
            ids).fetchall()
        known = {row[0]: self._known(row) for row in rows}
        # A duplicate counts once it is settled and its original is delivered: if the run that
        # delivered the original died, the duplicate is an article in its own right again.
        for dup_id, canonical_url in self.db.execute(
                f"SELECT d.id, d.canonical_url FROM duplicates d JOIN articles a ON a.id = d.original "
                f"WHERE d.id IN ({marks}) AND d.pending = 0 AND a.pending = 0", ids):
            known.setdefault(dup_id, Known(id=dup_id, version=0, content_hash=None, published_at=None,
                                           canonical_url=canonical_url, pending=False))
        return known

    def add_duplicate(self, run_id: str, *, article_id: str, original: str, key: str,
                      canonical_url: str | None) -> None:
        """Record that ``article_id`` duplicates ``original`` (found by ``key``); it counts
        as known once ``run_id`` commits."""
        self.db.execute("INSERT OR REPLACE INTO duplicates (id, original, key, canonical_url, run_id, pending) "
                        "VALUES (?, ?, ?, ?, ?, 1)", (article_id, original, key, canonical_url, run_id))
        # Its sightings so far (other columns that listed it) are the original's: the first copy
        # delivered holds every sighting.
        self.db.execute("UPDATE OR IGNORE sightings SET article_id = ? WHERE article_id = ?", (original, article_id))
        self.db.execute("DELETE FROM sightings WHERE article_id = ?", (article_id,))

    def find_duplicate(self, *, article_id: str, canonical_url: str | None, content_hash: str | None,
                       fingerprint: int | None, text_len: int,
                       sentences: list[str] | None = None) -> tuple[str, str] | None:
        """(key, id of the article it duplicates) for an item with a *new* id, else None.

        Keys, cheapest first: ``canonical_url``, ``content_hash``, then ``near_duplicate``.
        Near-duplicate candidates come from two indexes: the SimHash bands (within
        ``near_dup_bits``, bodies of ``near_dup_min_chars``+ normalised characters) and the
        body's sentence anchors (any length; see :func:`~newscrawl.fingerprint.anchors`).
        Each candidate is confirmed by :func:`newscrawl.containment.compare` on the stored
        sentences: the one story with sentences added or dropped, not another story from the
        same template.  Of several confirmed originals the earliest delivered wins.  Articles
        stored without sentences (state files older than issue 10) are matched on the SimHash
        alone, as before.  ``sentences``: the body's :func:`~newscrawl.fingerprint.sentences`.
        """
        if canonical_url:
            row = self.db.execute("SELECT id FROM articles WHERE canonical_url = ? AND id != ?", (canonical_url, article_id)).fetchone()
            if row:
                return "canonical_url", row[0]
        if content_hash:
            row = self.db.execute("SELECT id FROM articles WHERE content_hash = ? AND id != ?", (content_hash, article_id)).fetchone()
            if row:
                return "content_hash", row[0]
        near = self._near_duplicate(article_id, fingerprint, text_len, sentences)
        return ("near_duplicate", near) if near is not None else None

    def _near_duplicate(self, article_id: str, fingerprint: int | None, text_len: int,
                        sentences: list[str] | None) -> str | None:
        bits: dict[str, int] = {}  # candidate → SimHash distance (or 64: found by anchors only)
        if fingerprint is not None and text_len >= self.near_dup_min_chars:
            for aid, fp in self.db.execute(_BAND_LOOKUP, [x for band, value in enumerate(bands(fingerprint))
                                                           for x in (band, value, self.near_dup_min_chars)]):
                if aid != article_id and (d := hamming(fingerprint, _unsigned(fp))) <= self.near_dup_bits:
                    bits[aid] = d
        if sentences:
            keys = anchors(sentences)
            for aid, _shared in self.db.execute(
                    f"SELECT id, COUNT(*) AS n FROM anchors WHERE h IN ({', '.join('?' * len(keys))}) AND id != ? "
                    f"GROUP BY id ORDER BY n DESC LIMIT {MAX_CANDIDATES}", (*keys, article_id)):
                bits.setdefault(aid, 64)
        if not bits:
            return None
        ranked = sorted(bits, key=lambda aid: (bits[aid], aid))[:MAX_CANDIDATES]
        # Earliest delivered first, so the first one confirmed is the one that wins; the
        # sentences are read (and compared) only that far.
        order = self.db.execute(
            f"SELECT id FROM articles WHERE id IN ({', '.join('?' * len(ranked))}) "
            f"ORDER BY pending, delivered_at, rowid", ranked).fetchall()
        for (aid,) in order:
            row = self.db.execute("SELECT sentences FROM texts WHERE id = ?", (aid,)).fetchone()
            if row is None or not sentences:  # stored before sentences were: the SimHash decides
                if bits[aid] <= self.near_dup_bits:
                    return aid
                continue
            theirs = _unpack(row[0])
            if containment.compare(theirs, sentences, simhash_bits=bits[aid]).same_story:
                return aid
        return None

    def add_pending(self, run_id: str, *, article_id: str, site: str, canonical_url: str | None,
                    content_hash: str | None, fingerprint: int | None, text_len: int,
                    published_at: str | None, version: int, sentences: list[str] | None = None) -> None:
        """Record an article emitted by ``run_id``; it counts as delivered once the run commits.

        ``sentences`` (the body's normalised sentences) are kept for the near-duplicate check
        of later articles, and their anchors indexed."""
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            old = self.db.execute(f"SELECT {', '.join(_ARTICLE_COLUMNS)} FROM articles WHERE id = ? AND pending = 0",
                                  (article_id,)).fetchone()
            if old is not None:  # an update: keep the delivered state in case this run dies
                kept = dict(zip(_ARTICLE_COLUMNS, old))
                text = self.db.execute("SELECT sentences FROM texts WHERE id = ?", (article_id,)).fetchone()
                if text is not None:
                    kept["_sentences"] = _unpack(text[0])
                self.db.execute("INSERT OR REPLACE INTO superseded (id, run_id, row_json) VALUES (?, ?, ?)",
                                (article_id, run_id, json.dumps(kept, ensure_ascii=False)))
            b = bands(fingerprint) if fingerprint is not None else (None,) * BANDS
            self._unband(article_id)
            self.db.execute(
                f"INSERT OR REPLACE INTO articles ({', '.join(_ARTICLE_COLUMNS)}) VALUES ({', '.join('?' * len(_ARTICLE_COLUMNS))})",
                (article_id, site, canonical_url, content_hash,
                 _signed(fingerprint) if fingerprint is not None else None, *b, text_len,
                 published_at, version, run_id, _now(), 1),
            )
            self._band(article_id, fingerprint, text_len)
            if sentences is not None:
                self._put_sentences(article_id, sentences)

    def _unband(self, article_id: str) -> None:
        """Take the article's stored fingerprint out of the SimHash index (before its row changes)."""
        row = self.db.execute("SELECT fingerprint FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is not None and row[0] is not None:
            self.db.executemany("DELETE FROM simhash_bands WHERE band = ? AND value = ? AND id = ?",
                                [(i, v, article_id) for i, v in enumerate(bands(_unsigned(row[0])))])

    def _band(self, article_id: str, fingerprint: int | None, text_len: int | None) -> None:
        """Put the article's fingerprint (unsigned) into the SimHash index."""
        if fingerprint is not None:
            self.db.executemany(
                "INSERT OR REPLACE INTO simhash_bands (band, value, id, fingerprint, text_len) VALUES (?, ?, ?, ?, ?)",
                [(i, v, article_id, _signed(fingerprint), text_len) for i, v in enumerate(bands(fingerprint))])

    def _drop_sentences(self, article_id: str) -> None:
        """Forget an article's sentences and their anchors (by their hashes)."""
        old = self.db.execute("SELECT sentences FROM texts WHERE id = ?", (article_id,)).fetchone()
        if old is not None:
            self.db.executemany("DELETE FROM anchors WHERE h = ? AND id = ?",
                                [(h, article_id) for h in anchors(_unpack(old[0]))])
            self.db.execute("DELETE FROM texts WHERE id = ?", (article_id,))

    def _put_sentences(self, article_id: str, sentences: list[str]) -> None:
        """Keep a body's normalised sentences and index their anchors (inside a transaction).

        The anchors table is keyed by hash: an earlier version's anchors are removed by their
        hashes (recomputed from its stored sentences), never by a scan for the id."""
        self._drop_sentences(article_id)
        self.db.execute("INSERT INTO texts (id, sentences) VALUES (?, ?)",
                        (article_id, zlib.compress("\n".join(sentences).encode("utf-8"))))
        self.db.executemany("INSERT OR IGNORE INTO anchors (h, id) VALUES (?, ?)",
                            [(h, article_id) for h in anchors(sentences)])

    def without_sentences(self, site: str) -> set[str]:
        """Ids of ``site``'s articles stored with no sentences (a state file older than schema 4)."""
        return {r[0] for r in self.db.execute(
            "SELECT id FROM articles a WHERE site = ? AND NOT EXISTS (SELECT 1 FROM texts t WHERE t.id = a.id)", (site,))}

    def sentences_due(self, site: str) -> bool:
        """Whether ``site``'s articles were stored before their sentences were (schema ≤ 3)
        and have not been given them yet."""
        return self.db.execute("SELECT 1 FROM sentences_due WHERE site = ?", (site,)).fetchone() is not None

    def set_sentences(self, site: str, texts: dict[str, list[str]]) -> None:
        """Give ``site``'s stored articles their sentences (id → the body's normalised
        sentences); the site is no longer :meth:`sentences_due`."""
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            for article_id, sentences in texts.items():
                self._put_sentences(article_id, sentences)
            self.db.execute("DELETE FROM sentences_due WHERE site = ?", (site,))

    # -- failures -------------------------------------------------------------------------
    def record_failure(self, run_id: str, *, article_id: str, site: str | None, url: str, reason: str) -> int:
        """Count a run that could not deliver ``article_id`` (once per run); returns the count."""
        now = _now()
        self.db.execute(
            "INSERT INTO failures (id, site, url, reason, attempts, first_at, last_at, last_run) "
            "VALUES (?, ?, ?, ?, 1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
            "attempts = attempts + (last_run IS NOT excluded.last_run), url = excluded.url, "
            "reason = excluded.reason, last_at = excluded.last_at, last_run = excluded.last_run",
            (article_id, site, url, reason, now, now, run_id))
        return self.db.execute("SELECT attempts FROM failures WHERE id = ?", (article_id,)).fetchone()[0]

    def clear_failure(self, article_id: str) -> None:
        self.db.execute("DELETE FROM failures WHERE id = ?", (article_id,))

    def held_back(self, ids: list[str], *, give_up_after: int, min_hours: float,
                  backoff_hours: float) -> dict[str, Held]:
        """Those of ``ids`` not to be requested now, and why.

        ``given_up``: failed in at least ``give_up_after`` runs (0: never), the first
        ``min_hours`` ago or more.  ``backing_off``: failed in *n* runs, the last less than
        ``backoff_hours``·2^(n-1) hours ago (0: no back-off).
        """
        if not ids:
            return {}
        marks = ", ".join("?" * len(ids))
        now = datetime.now(timezone.utc)
        held: dict[str, Held] = {}
        for aid, reason, attempts, first_at, last_at in self.db.execute(
                f"SELECT id, reason, attempts, first_at, last_at FROM failures WHERE id IN ({marks})", ids):
            h = Held.judge(aid, reason, attempts, first_at, last_at, now, give_up_after=give_up_after,
                           min_hours=min_hours, backoff_hours=backoff_hours)
            if h is not None:
                held[aid] = h
        return held

    def failures(self) -> list[tuple[str, str, int]]:
        """(id, reason, attempts) of every article recorded as failing."""
        return self.db.execute("SELECT id, reason, attempts FROM failures ORDER BY id").fetchall()

    # -- lists ------------------------------------------------------------------------------
    def mark_lists_walked(self, run_id: str, site: str, paths: list[str]) -> None:
        """``run_id`` paged these lists to their end; it counts once the run commits."""
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.executemany("INSERT INTO walked_lists (site, path, run_id, pending) VALUES (?, ?, ?, 1) "
                                "ON CONFLICT (site, path) DO NOTHING", [(site, p, run_id) for p in paths])

    def walked_lists(self, site: str) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT path FROM walked_lists WHERE site = ? AND pending = 0", (site,))}

    # -- the channel tree -------------------------------------------------------------------
    def save_tree(self, site: str, netloc: str, columns: list[tuple[str, list[str]]],
                  failed: dict[str, str] | None = None, walked_at: str | None = None) -> None:
        """Remember the columns (path below the host, channel path) of a complete tree walk,
        and the channel or column pages in it that failed for good (path → fault kind).
        ``walked_at``: keep the time of the walk (a run that only found a column dead)."""
        self.db.execute("INSERT OR REPLACE INTO trees (site, netloc, walked_at, columns_json, failed_json) "
                        "VALUES (?, ?, ?, ?, ?)",
                        (site, netloc, walked_at or _now(), json.dumps(sorted(columns), ensure_ascii=False),
                         json.dumps(sorted((failed or {}).items()), ensure_ascii=False)))

    def tree(self, site: str, netloc: str, max_age_hours: float) -> Tree | None:
        """The last complete walk, if it is at most ``max_age_hours`` old."""
        cutoff = (datetime.now(timezone.utc) - timedelta(hours=max_age_hours)).replace(microsecond=0).isoformat()
        row = self.db.execute("SELECT columns_json, failed_json, walked_at FROM trees "
                              "WHERE site = ? AND netloc = ? AND walked_at >= ?", (site, netloc, cutoff)).fetchone()
        if row is None:
            return None
        return Tree([(path, names) for path, names in json.loads(row[0])], dict(json.loads(row[1])), row[2])

    # -- lists cut by the page cap ----------------------------------------------------------
    def set_resume(self, run_id: str, site: str, path: str, url: str | None, channel: list[str] | None = None) -> None:
        """Where the list ``path`` goes on next time (``url`` None: it was read to its end);
        it counts once ``run_id`` commits."""
        self.db.execute("INSERT OR REPLACE INTO list_resumes (site, path, url, channel_json, run_id, pending) "
                        "VALUES (?, ?, ?, ?, ?, 1)", (site, path, url, json.dumps(channel or [], ensure_ascii=False), run_id))

    def resumes(self, site: str) -> dict[str, tuple[str, list[str]]]:
        """Lists cut short by the page cap: path → (URL of the next page to read, channel)."""
        return {path: (url, json.loads(channel or "[]")) for path, url, channel in self.db.execute(
            "SELECT path, url, channel_json FROM list_resumes WHERE site = ? AND pending = 0", (site,))}

    def add_sighting(self, article_id: str, url: str, channel: list[str] | None, run_id: str | None,
                     site: str | None = None, seen_at: str | None = None) -> bool:
        """Remember that ``article_id`` was also found at ``url`` (printed by ``site``, listed
        under ``channel``, at ``seen_at``: now unless given); True if that is news.  A
        sighting of an article found to duplicate another is the original's: the first copy
        delivered holds every sighting."""
        article_id = self.original_of(article_id) or article_id
        cur = self.db.execute(
            "INSERT OR IGNORE INTO sightings (article_id, url, channel, run_id, seen_at, site) VALUES (?, ?, ?, ?, ?, ?)",
            (article_id, url, json.dumps(channel or [], ensure_ascii=False), run_id, seen_at or _now(), site))
        return cur.rowcount > 0

    def sightings(self, article_id: str) -> list[str]:
        """The URLs ``article_id`` was also found at, oldest first."""
        return [r[0] for r in self.db.execute("SELECT url FROM sightings WHERE article_id = ? ORDER BY seen_at, url", (article_id,))]

    def sighting_list(self, article_id: str) -> list[Sighting]:
        """Every other place ``article_id`` ran (URL, site, channel, when, which run), oldest first."""
        return [Sighting(url=url, site=site, channel=json.loads(channel or "[]"), seen_at=seen_at, run_id=run_id)
                for url, site, channel, seen_at, run_id in self.db.execute(
                    "SELECT url, site, channel, seen_at, run_id FROM sightings WHERE article_id = ? ORDER BY seen_at, url",
                    (article_id,))]

    def original_of(self, article_id: str) -> str | None:
        """The article ``article_id`` was found to duplicate (settled or not), else None."""
        row = self.db.execute("SELECT original FROM duplicates WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def count(self, *, pending: bool | None = None) -> int:
        if pending is None:
            return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        return self.db.execute("SELECT COUNT(*) FROM articles WHERE pending = ?", (int(pending),)).fetchone()[0]
