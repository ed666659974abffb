"""Settings of the newscrawl project.  Each knob is documented where it is set.

Defaults are polite, for a real portal: robots.txt obeyed, AutoThrottle on, two concurrent
requests per host, a descriptive User-Agent.  Override per run with ``-s KEY=VALUE``; a
loopback crawl of the replica runs at full speed with::

    -s AUTOTHROTTLE_ENABLED=False -s DOWNLOAD_DELAY=0 -s CONCURRENT_REQUESTS_PER_DOMAIN=16
"""

from pathlib import Path

from newscrawl.items import FIELDS

BOT_NAME = "newscrawl"
SPIDER_MODULES = ["newscrawl.spiders"]
NEWSPIDER_MODULE = "newscrawl.spiders"

# --- What to crawl -------------------------------------------------------------------------
#: Profile used when ``-a site=`` is not given (``scrapy check`` runs the spider without args).
NEWSCRAWL_SITE = "sxrb"
#: Point the profile at another host (a mirror, the replica) without ``-a base_url=``.
NEWSCRAWL_BASE_URL = None
#: Upper bound on pages followed in one column's list (a pager that never ends stops here).
NEWSCRAWL_MAX_LIST_PAGES = 100
#: Without a profile (-a start_url=): how many channel levels below the start page to walk.
NEWSCRAWL_GENERIC_MAX_DEPTH = 5
#: Links read from one page (``<a>`` and script-written lists together); a page with more is
#: cut there, with a WARNING and ``newscrawl/links/truncated_pages`` (a 100,000-link page must
#: not queue 100,000 requests).
NEWSCRAWL_MAX_LINKS_PER_PAGE = 2000

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
#: The components of issue 4, each one class documented in its module (the map of all of
#: them, in the order a response meets them: newscrawl/middlewares/__init__.py).  Two of
#: Scrapy's own are replaced by subclasses at the same priority.
DOWNLOADER_MIDDLEWARES = {
    "newscrawl.middlewares.redirects.RedirectGuardMiddleware": 610,  # loops, off-portal targets
    "newscrawl.middlewares.redirects.MetaRefreshGuardMiddleware": 581,  # the same for <meta refresh>
    "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware": None,
    "newscrawl.middlewares.compression.BombAwareHttpCompressionMiddleware": 590,  # + counts gzip bombs
    "newscrawl.middlewares.pages.BinaryBodyMiddleware": 589,  # a PNG under an .html URL
    "newscrawl.middlewares.charset.CharsetRepairMiddleware": 588,  # wrong/late charset declarations
    "newscrawl.middlewares.markup.MarkupRepairMiddleware": 587,  # </html> mid-page, &#0;
    "newscrawl.middlewares.pages.SoftErrorPageMiddleware": 585,  # 200-status 页面不存在 / 服务器繁忙
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "newscrawl.middlewares.retry.BackoffRetryMiddleware": 550,  # + backoff, Retry-After, empty bodies
    "newscrawl.middlewares.failures.DownloadFailureMiddleware": 540,  # counts what retries left
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "newscrawl.middlewares.robots.RobotsPolicyMiddleware": 100,  # RFC 9309: 5xx/unreachable disallow all
    "newscrawl.middlewares.robots.RobotsCrawlDelayMiddleware": 101,  # Crawl-delay → host delay
}
SPIDER_MIDDLEWARES = {
    "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
    "newscrawl.middlewares.bounds.CrawlBoundsMiddleware": 900,  # DEPTH_LIMIT + warnings at bounds
    "newscrawl.middlewares.mojibake.MojibakeGuardMiddleware": 950,  # no U+FFFD/ÉÏº£ in any article
}

# Retries (RETRY_TIMES is under Politeness).  A retry waits Retry-After seconds if the server
# says so (at most NEWSCRAWL_RETRY_AFTER_MAX), else BASE·2^(n-1) seconds (at most _MAX).
NEWSCRAWL_RETRY_BACKOFF_BASE = 2.0
NEWSCRAWL_RETRY_BACKOFF_MAX = 60.0
NEWSCRAWL_RETRY_AFTER_MAX = 60.0
#: A 200 with an empty body is an overloaded CMS, not a page: retried like a 503.
NEWSCRAWL_RETRY_EMPTY_BODY = True
#: An HTML page sent without Content-Length that stops before </body>/</html> was most likely
#: cut off: retried like a 503, then given up (a half article is worse than none).  Turn off for
#: a portal whose templates never close their markup.
NEWSCRAWL_RETRY_UNTERMINATED_BODY = True
#: Scrapy logs giving up at ERROR; the lost page gets its own line (the spider's errback for
#: articles, DownloadFailureMiddleware for the rest), so this one is context only.
RETRY_GIVE_UP_LOG_LEVEL = "INFO"
#: Counting and one-line reporting of what retries could not fix (newscrawl/faults/<kind>).
NEWSCRAWL_FAULT_ACCOUNTING_ENABLED = True

# Bounds: every crawl ends.  A pager that never ends stops at NEWSCRAWL_MAX_LIST_PAGES (above).
#: Links from the home page: 4 tree levels, the list pages, pages 2..n of an article; more
#: is a trap (an endless calendar or "next" chain) whatever NEWSCRAWL_MAX_LIST_PAGES says.
#: (Set at run time from NEWSCRAWL_MAX_LIST_PAGES by the core add-on, unless set itself.)
DEPTH_LIMIT = 4 + NEWSCRAWL_MAX_LIST_PAGES + 20
#: Pages and wall-clock seconds per run: far above an incremental run (hundreds to a few
#: thousand pages), low enough that a trap cannot keep a cron run going into the next one.
#: A first full crawl of a big portal at polite speed may need them raised (-s).
CLOSESPIDER_PAGECOUNT = 100_000
CLOSESPIDER_TIMEOUT = 3 * 3600
#: A news page is 50-300 kB; 2 MiB gets a warning, 8 MiB (also after decompression: gzip
#: bombs) is cancelled.  Scrapy's 32 MiB / 1 GiB defaults are for files, not pages.
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
#: Redirect chains: a CMS needs one or two; loops are caught at once by RedirectGuardMiddleware.
REDIRECT_MAX_TIMES = 5
NEWSCRAWL_REDIRECT_GUARD_ENABLED = True

# robots.txt: ROBOTSTXT_OBEY (Politeness) applies Disallow; Crawl-delay is applied as the
# host's download delay, but at most this many seconds (0 turns that off).
NEWSCRAWL_ROBOTS_CRAWL_DELAY_MAX = 10.0

# Pages that are not what they say.
NEWSCRAWL_BINARY_BODY_CHECK_ENABLED = True
NEWSCRAWL_SOFT_ERROR_PAGES_ENABLED = True
#: A 200 page with one of these in its <title> or <h1> (or anywhere, if the page has at most
#: NEWSCRAWL_SOFT_ERROR_MAX_CHARS characters of text) is a 404 in disguise: not an article.
#: Phrases of error pages only: "信息不存在" could head a news story debunking a rumour.
NEWSCRAWL_SOFT_404_PATTERNS = [
    "页面不存在", "页面未找到", "网页不存在", "找不到(?:该|您要的|您所?访问的|您请求的)?(?:页面|网页)",
    "(?:页面|网页|文章|稿件)(?:已被?删除|已下线)",
    "您所?(?:访问|请求|查看)的(?:页面|网页|内容|文章)(?:不存在|已被?删除)",
    r"^\s*404\b", "404 not found", "page not found",
]
#: …and one of these on a near-empty 200 page is a 503 in disguise: retried, with backoff.
NEWSCRAWL_SOFT_BUSY_PATTERNS = [
    "服务器繁忙", "系统繁忙", "(?:访问|请求)(?:过于|太)频繁", "(?:网站|系统|服务器)(?:正在)?维护中",
    "请稍后(?:再试|访问|重试)", "service (?:temporarily )?unavailable", "too many requests",
]
#: The replica's shortest real page has 157 characters of text (normalised), a CMS error page 26.
NEWSCRAWL_SOFT_ERROR_MAX_CHARS = 600

# Charsets: the bytes decide (newscrawl/middlewares/charset.py applies the rules of
# newscrawl/extract/decoding.py, which python -m newscrawl.extract applies too).  Undeclared or misdeclared
# pages are tried in these encodings, strictly, in order; a page that fits none but misses at
# most NEWSCRAWL_CHARSET_MAX_BAD_SEQUENCES byte sequences loses just those, else it is dropped.
NEWSCRAWL_CHARSET_REPAIR_ENABLED = True
NEWSCRAWL_CHARSET_FALLBACKS = ["utf-8", "gb18030"]
NEWSCRAWL_CHARSET_MAX_BAD_SEQUENCES = 16
#: </body></html> in mid-page ends the document for lxml (not for browsers), &#0; becomes
#: U+FFFD: both removed from the bytes before parsing.
NEWSCRAWL_MARKUP_REPAIR_ENABLED = True
#: Last check on every article: U+FFFD, or a run of this many Latin-1 characters (GBK read as
#: Latin-1), drops it (newscrawl/dropped/mojibake).
NEWSCRAWL_MOJIBAKE_GUARD_ENABLED = True
NEWSCRAWL_MOJIBAKE_RUN = 4

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
#: Seconds a run waits for the state file while another program holds its write lock (runs of
#: other sites sharing the file hold it for milliseconds); past that, the run fails with one
#: line ("locked by another program") and exit code 1.
NEWSCRAWL_STATE_BUSY_TIMEOUT = 30.0
#: Near-duplicates (gateway twins, edited reprints): candidates are articles whose SimHash of
#: the normalised body is within NEWSCRAWL_NEAR_DUP_BITS bits of 64 (at most 5; bodies of at
#: least NEWSCRAWL_NEAR_DUP_MIN_CHARS normalised characters: shorter ones move too many bits
#: per sentence) and articles sharing one of the body's lowest sentence hashes (any length);
#: every candidate is confirmed by the sentence containment check (newscrawl/containment.py),
#: which is what keeps two notices from one template apart.  NEWSCRAWL_NEAR_DUP_ENABLED=False
#: leaves only the exact keys (URL, content hash).
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
#: A run within this many hours of the last complete walk of the channel tree goes straight to
#: the columns that walk found (their list pages are still fetched every run), sparing the
#: channel pages; a new column is then found by the next walk.  0 walks the tree every run, as
#: does -a full=1.
NEWSCRAWL_TREE_TTL_HOURS = 6
#: An article that fails for a permanent-looking reason (404, soft-404, no body…) in this many
#: runs, the first at least NEWSCRAWL_GIVE_UP_MIN_HOURS ago, is no longer requested (0: never
#: give up).  Passing faults (5xx, timeouts) never count.
NEWSCRAWL_GIVE_UP_AFTER = 3
NEWSCRAWL_GIVE_UP_MIN_HOURS = 24
#: An article that failed for a permanent reason in n runs is not requested again for this many
#: hours · 2^(n-1) (0: no back-off), so a steady run on an unchanged portal fetches no article.
NEWSCRAWL_FAILED_BACKOFF_HOURS = 6.0
#: The run fails (exit 1) when more than this share (0-1) of article fetches fail for a reason
#: not known from earlier runs (checked by the "Error rate" monitor when the monitors are on,
#: newscrawl/monitors.py), or the spider raises on more than this share of pages.
NEWSCRAWL_ERROR_BUDGET = 0.1
#: Write <run time>.stats.json beside the feed at the end of each run.
NEWSCRAWL_REPORT = True

# --- Feed export ---------------------------------------------------------------------------
#: Where feeds land when the command line names none: one file per run,
#: <output>/<site>/<run id>.jsonl, the run id being its start time (UTC), with -2, -3… added
#: when a run of the same second already holds that name.  With ``-o``/``-O FILE`` Scrapy's usual behaviour applies
#: and only FILE is written (the spider adds this feed only when FEEDS is empty).
#: The output folder: feeds, run reports, the SQLite state and the run locks (nothing is ever
#: written inside the package).  ``-s NEWSCRAWL_OUTPUT_DIR=`` (scrapyd: ``-d
#: setting=NEWSCRAWL_OUTPUT_DIR=/srv/newscrawl`` to schedule.json), else the environment variable
#: of that name (read like every NEWSCRAWL_* knob, at the end of this file), else ``output/`` of
#: the source checkout the package runs from (the folder with scrapy.cfg), else — an installed
#: package, a scrapyd egg — ``output/`` in the working directory.
NEWSCRAWL_OUTPUT_DIR = str(
    _checkout / "output" if ((_checkout := Path(__file__).resolve().parent.parent) / "scrapy.cfg").is_file()
    else Path.cwd() / "output")
#: The feed's URI; None: ``<NEWSCRAWL_OUTPUT_DIR>/%(site)s/%(run_id)s.jsonl``, from the output
#: folder the run was given (newscrawl.run.config.feed_uri).
NEWSCRAWL_FEED_URI = None
NEWSCRAWL_FEED_OPTIONS = {"format": "jsonlines", "store_empty": False}
#: A run with nothing new writes no feed file, whatever the feed's URI (-O to ftp://, s3://…
#: included): a file means new articles.  A feed's own "store_empty" option still wins.
FEED_STORE_EMPTY = False
#: Real characters in the JSON, no \\u escapes; fields in the schema's order.
FEED_EXPORT_ENCODING = "utf-8"
FEED_EXPORT_FIELDS = FIELDS
#: -O x.jsonl|.json|.csv|.xml|.parquet all carry the same values (newscrawl/exporters.py): lists
#: and objects as JSON text in CSV, null as an empty cell (CSV) or no element (XML); Parquet
#: typed (pyarrow, the ``parquet`` extra).
FEED_EXPORTERS = {
    "csv": "newscrawl.exporters.CsvItemExporter",
    "xml": "newscrawl.exporters.XmlItemExporter",
    "parquet": "newscrawl.exporters.ParquetItemExporter",
}

# --- Extensions ----------------------------------------------------------------------------
EXTENSIONS = {
    "newscrawl.extensions.stats_file.StatsFile": 500,
    "newscrawl.monitors.Monitors": 450,  # Spidermon's extension: the monitors (below); before StatsFile
}
#: The core add-on (newscrawl/run/addon.py): the run state (store, crash recovery, feed commit,
#: verdict, report) as an extension, and local feeds written as .part and renamed when whole
#: (newscrawl/run/publish.py).  An add-on, so that ``-s EXTENSIONS=…`` cannot drop it; turn
#: the run state off with NEWSCRAWL_STATE_ENABLED=False.
ADDONS = {"newscrawl.run.addon.RunAddon": 0}
FEED_STORAGES = {"": "newscrawl.run.publish.AtomicFileFeedStorage", "file": "newscrawl.run.publish.AtomicFileFeedStorage"}
#: Our `crawl` command: the one-run-per-site lock and a non-zero exit code for failed runs.
COMMANDS_MODULE = "newscrawl.commands"
#: If set, the run's stats are written there as JSON at close (``%(site)s`` is filled in).
NEWSCRAWL_STATS_FILE = None

# --- Monitors (Spidermon; newscrawl/monitors.py) ---------------------------------------------
#: On by default; a failed monitor fails the run's verdict (exit code 1) and is listed in the
#: run report.  SPIDERMON_ENABLED=False turns them off.  Add Spidermon actions (mail, Slack) by
#: subclassing newscrawl.monitors.RunMonitorSuite and naming it here.
SPIDERMON_ENABLED = True
SPIDERMON_SPIDER_CLOSE_MONITORS = ["newscrawl.monitors.RunMonitorSuite"]
#: Articles a run must see, new or already delivered (an unchanged portal still shows its lists).
SPIDERMON_MIN_ITEMS = 1
#: Spidermon's per-field coverage stats (spidermon_field_coverage/Article/<field>), with null
#: and [] counted as missing; a run with no new article is not judged on coverage.
SPIDERMON_ADD_FIELD_COVERAGE = True
SPIDERMON_FIELD_COVERAGE_SKIP_NONE = True
SPIDERMON_FIELD_COVERAGE_SKIP_IF_NO_ITEM = True
#: Minimum share of emitted articles with the field.  title/body/published_at are required
#: (an article without one is dropped, so a template change shows as drops and fallbacks);
#: source and channel are measured on the replica at 1.0; the real portal omits 来源 on
#: some notices, hence 0.8.
SPIDERMON_FIELD_COVERAGE_RULES = {
    "Article/title": 1.0,
    "Article/body": 1.0,
    "Article/published_at": 1.0,
    "Article/source": 0.8,
    "Article/channel": 0.95,
}
#: "shutdown" is a run stopped on purpose (SIGTERM, Ctrl-C) that still wrote its whole feed;
#: a run cut by CLOSESPIDER_TIMEOUT/PAGECOUNT alerts.
SPIDERMON_EXPECTED_FINISH_REASONS = ["finished", "shutdown"]
#: Share of article pages on which a field came from the generic extractor (the profile missed it).
NEWSCRAWL_MONITOR_MAX_FALLBACK_RATE = 0.2
#: Channel/list pages walked by link shape because the profile's markup found nothing on them.
NEWSCRAWL_MONITOR_MAX_FALLBACK_PAGES = 0

# --- Contracts (scrapy check) --------------------------------------------------------------
SPIDER_CONTRACTS = {"newscrawl.contracts.SitePathContract": 10}

# --- Scrapy behaviour pinned for reproducibility -------------------------------------------
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"

# --- Environment ---------------------------------------------------------------------------
#: Any NEWSCRAWL_* knob above may be set from the environment, read exactly like -s (which wins).
from newscrawl.run.config import from_environment  # noqa: E402

from_environment(globals())
