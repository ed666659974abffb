"""Settings of the newscrawl project.  Each knob is documented where it is set.

Defaults are polite, for a real portal: robots.txt obeyed, AutoThrottle on, two concurrent
requests per host, a descriptive User-Agent.  Override per run with ``-s KEY=VALUE``; a
loopback crawl of the replica runs at full speed with::

    -s AUTOTHROTTLE_ENABLED=False -s DOWNLOAD_DELAY=0 -s CONCURRENT_REQUESTS_PER_DOMAIN=16
"""

import os
from pathlib import Path

from newscrawl.items import FIELDS

BOT_NAME = "newscrawl"
SPIDER_MODULES = ["newscrawl.spiders"]
NEWSPIDER_MODULE = "newscrawl.spiders"

# --- What to crawl -------------------------------------------------------------------------
#: Profile used when ``-a site=`` is not given (``scrapy check`` runs the spider without args).
NEWSCRAWL_SITE = "sxrb"
#: Point the profile at another host (a mirror, the replica) without ``-a base_url=``.
NEWSCRAWL_BASE_URL = os.environ.get("NEWSCRAWL_BASE_URL") or None
#: Upper bound on pages followed in one column's list (a pager that never ends stops here).
NEWSCRAWL_MAX_LIST_PAGES = 100
#: Without a profile (-a start_url=): how many channel levels below the start page to walk.
NEWSCRAWL_GENERIC_MAX_DEPTH = 5

# --- Politeness (a real provincial portal is slow and old; be gentle) ----------------------
ROBOTSTXT_OBEY = True
USER_AGENT = "newscrawl/0.1 (+https://github.com/newscrawl/newscrawl; provincial news archive bot)"
CONCURRENT_REQUESTS = 16
#: Per-host parallelism; Scrapy's default (8) is too much for a provincial CMS.
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
#: AutoThrottle adapts the delay to the server's latency, never going below DOWNLOAD_DELAY.
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
RETRY_TIMES = 2
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
#: Scrapy 2.19's remote-control HTTP port: not wanted on a cron host.
REMOTE_CONTROL_ENABLED = False
LOG_LEVEL = "INFO"

# --- Robustness: hostile and broken portals ----------------------------------------------
# (retries, bounds, soft-404s, charsets, robots Crawl-delay; see README "misbehaves")

# --- Item pipelines: clean → validate → de-duplicate ---------------------------------------
#: Set NEWSCRAWL_CLEAN_ENABLED=False to see bodies as extracted, boilerplate and all.
NEWSCRAWL_CLEAN_ENABLED = True
ITEM_PIPELINES = {
    "newscrawl.pipelines.clean.CleanPipeline": 100,
    "newscrawl.pipelines.validate.ValidatePipeline": 200,
    "newscrawl.pipelines.dedupe.DedupePipeline": 300,
}
#: An article lacking any of these is dropped (logged, counted), never exported half-empty.
NEWSCRAWL_REQUIRED_FIELDS = ["title", "body", "published_at"]

# --- State that outlives a run (cron) ------------------------------------------------------
#: The store of delivered articles; default <NEWSCRAWL_OUTPUT_DIR>/state.sqlite3 (one per output folder).
NEWSCRAWL_STATE_ENABLED = True
NEWSCRAWL_STATE_PATH = None
#: Near-duplicates (gateway twins, reprints): SimHash of the normalised body within this many
#: bits of 64 (at most 5), for bodies of at least NEWSCRAWL_NEAR_DUP_MIN_CHARS normalised
#: characters.  5, not the classic 3: measured on the replica (tests/test_near_duplicates.py),
#: different articles never came closer than 10 bits, while a copy with one sentence added
#: lands at 4-5 bits as often as at 3.
NEWSCRAWL_NEAR_DUP_ENABLED = True
NEWSCRAWL_NEAR_DUP_BITS = 5
NEWSCRAWL_NEAR_DUP_MIN_CHARS = 100
#: Incremental walk: a list stops paging after this many consecutive pages whose articles
#: were all delivered before.  NEWSCRAWL_FULL_CRAWL (or -a full=1) pages through everything.
NEWSCRAWL_STOP_AFTER_KNOWN_PAGES = 1
NEWSCRAWL_FULL_CRAWL = False
#: Re-fetch delivered articles published within this many hours; an edited body is emitted
#: again with version + 1.  0 = off.
NEWSCRAWL_RECHECK_HOURS = 0
#: The run fails (non-zero exit) when more than this share of article fetches fail.
NEWSCRAWL_ERROR_BUDGET = 0.1
#: Write <run time>.stats.json beside the feed at the end of each run.
NEWSCRAWL_REPORT = True

# --- Feed export ---------------------------------------------------------------------------
#: Where feeds land when the command line names none: one file per run,
#: <output>/<site>/<run time>.jsonl.  With ``-o``/``-O FILE`` Scrapy's usual behaviour applies
#: and only FILE is written (the spider adds this feed only when FEEDS is empty).
NEWSCRAWL_OUTPUT_DIR = Path(os.environ.get("NEWSCRAWL_OUTPUT_DIR") or Path(__file__).resolve().parent.parent / "output")
NEWSCRAWL_FEED_URI = str(NEWSCRAWL_OUTPUT_DIR / "%(site)s" / "%(time)s.jsonl")
NEWSCRAWL_FEED_OPTIONS = {"format": "jsonlines", "store_empty": False}
#: Real characters in the JSON, no \\u escapes; fields in the schema's order.
FEED_EXPORT_ENCODING = "utf-8"
FEED_EXPORT_FIELDS = FIELDS

# --- Extensions ----------------------------------------------------------------------------
EXTENSIONS = {
    "newscrawl.extensions.stats_file.StatsFile": 500,
    "newscrawl.extensions.run.RunState": 100,  # the store, crash recovery, feed commit, run report
}
#: Feed files are written as .part and renamed when whole (newscrawl/feeds.py).
FEED_STORAGES = {"": "newscrawl.feeds.AtomicFileFeedStorage", "file": "newscrawl.feeds.AtomicFileFeedStorage"}
#: Our `crawl` command: the one-run-per-site lock and a non-zero exit code for failed runs.
COMMANDS_MODULE = "newscrawl.commands"
#: If set, the run's stats are written there as JSON at close (``%(site)s`` is filled in).
NEWSCRAWL_STATS_FILE = None

# --- Contracts (scrapy check) --------------------------------------------------------------
SPIDER_CONTRACTS = {"newscrawl.contracts.SitePathContract": 10}

# --- Scrapy behaviour pinned for reproducibility -------------------------------------------
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
