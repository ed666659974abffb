"""The state file's schema as each earlier release wrote it (``newscrawl/state/sqlite.py``'s
``SCHEMA`` at that commit), for the tests that open files of every earlier version.

1: e10ba3c (the first release, four bands); 2: fcb96e4 (six bands and the tables added
without a version stamp; ``user_version`` 0); 3: the cron contract (issue 8, ``user_version`` 3).
"""

V1 = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    site TEXT NOT NULL,
    canonical_url TEXT,
    content_hash TEXT,
    fingerprint INTEGER,          -- 64-bit SimHash, stored signed
    b0 INTEGER, b1 INTEGER, b2 INTEGER, b3 INTEGER,   -- its four 16-bit bands (near-dup index)
    text_len INTEGER,             -- normalised body length; short texts are not near-dup matched
    published_at TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    run_id TEXT,                  -- the run that delivered this version
    delivered_at TEXT,
    pending INTEGER NOT NULL DEFAULT 0  -- 1 while the run that found it has not committed
);
CREATE INDEX IF NOT EXISTS articles_url ON articles (canonical_url);
CREATE INDEX IF NOT EXISTS articles_hash ON articles (content_hash);
CREATE INDEX IF NOT EXISTS articles_b0 ON articles (b0);
CREATE INDEX IF NOT EXISTS articles_b1 ON articles (b1);
CREATE INDEX IF NOT EXISTS articles_b2 ON articles (b2);
CREATE INDEX IF NOT EXISTS articles_b3 ON articles (b3);
-- A committed article's previous state while a run holds a pending update of it.
CREATE TABLE IF NOT EXISTS superseded (
    id TEXT PRIMARY KEY, run_id TEXT NOT NULL, row_json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sightings (
    article_id TEXT NOT NULL,
    url TEXT NOT NULL,
    channel TEXT,
    run_id TEXT,
    seen_at TEXT,
    PRIMARY KEY (article_id, url)
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

V2 = """
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
CREATE INDEX IF NOT EXISTS articles_b0 ON articles (b0);
CREATE INDEX IF NOT EXISTS articles_b1 ON articles (b1);
CREATE INDEX IF NOT EXISTS articles_b2 ON articles (b2);
CREATE INDEX IF NOT EXISTS articles_b3 ON articles (b3);
CREATE INDEX IF NOT EXISTS articles_b4 ON articles (b4);
CREATE INDEX IF NOT EXISTS articles_b5 ON articles (b5);
-- A committed article's previous state while a run holds a pending update of it.
CREATE TABLE IF NOT EXISTS superseded (
    id TEXT PRIMARY KEY, run_id TEXT NOT NULL, row_json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sightings (
    article_id TEXT NOT NULL,
    url TEXT NOT NULL,
    channel TEXT,
    run_id TEXT,
    seen_at TEXT,
    PRIMARY KEY (article_id, url)
);
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
    PRIMARY KEY (site, netloc)
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

V3 = """
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
CREATE INDEX IF NOT EXISTS articles_b0 ON articles (b0);
CREATE INDEX IF NOT EXISTS articles_b1 ON articles (b1);
CREATE INDEX IF NOT EXISTS articles_b2 ON articles (b2);
CREATE INDEX IF NOT EXISTS articles_b3 ON articles (b3);
CREATE INDEX IF NOT EXISTS articles_b4 ON articles (b4);
CREATE INDEX IF NOT EXISTS articles_b5 ON articles (b5);
-- A committed article's previous state while a run holds a pending update of it.
CREATE TABLE IF NOT EXISTS superseded (
    id TEXT PRIMARY KEY, run_id TEXT NOT NULL, row_json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sightings (
    article_id TEXT NOT NULL,
    url TEXT NOT NULL,
    channel TEXT,
    run_id TEXT,
    seen_at TEXT,
    PRIMARY KEY (article_id, url)
);
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

SCHEMAS = {1: (V1, 0), 2: (V2, 0), 3: (V3, 3)}  # version → (DDL, the user_version it stamped)
