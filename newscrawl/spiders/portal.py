"""The one spider: walks whichever portal a site profile names.

    scrapy crawl portal -a site=sxrb                          # the real portal
    scrapy crawl portal -a site=sxrb -a base_url=http://127.0.0.1:8000   # a replica / mirror
    scrapy crawl portal -a start_url=http://news.example.cn/  # a portal with no profile

Flow: home page → one :class:`~newscrawl.sites.profile.ChannelLevel` per tree level
(``parse_channel``) → column list pages and their pager (``parse_list``) → article pages,
page 2..n chained after page 1 (``parse_article``) → one :class:`~newscrawl.items.Article`.

The spider follows only links the profile names at each level, only on the portal's host,
and requests each article once per run whatever URL it was listed under: links are
canonicalised first (BIG5 gateway → GB, page n → page 1) and keyed by the portal's article
id, so a BIG5 twin or a second column's copy is never fetched.

Without a profile (``-a start_url=``) the walk is ``parse_generic``: links are sorted by URL
shape (:mod:`newscrawl.sites.generic`: article, list/channel, pager, other) up to
``NEWSCRAWL_GENERIC_MAX_DEPTH`` levels below the start page, articles go through the generic
extractor (:func:`newscrawl.extract.extract`), and ``site`` is the portal's host.  With a
profile, a field its selectors miss is taken from the generic extractor and counted in
``newscrawl/extract/fallback/<field>``, and a channel or list page on which the profile's
markup finds nothing is walked by URL shape instead (``newscrawl/fallback/tree``, ``…/list``),
so a changed template shows in the stats without costing the run its articles.

An article listed in two columns under two URLs is requested under the first; if that URL
fails (robots.txt, a dead link) the other is tried (``newscrawl/articles/failed_over``).

Incremental (with the run-state store, :mod:`newscrawl.extensions.run`): list pages are
fetched every run, an article delivered by an earlier run is not requested again (unless it
is inside the re-check window, ``NEWSCRAWL_RECHECK_HOURS``), and a list stops paging after
``NEWSCRAWL_STOP_AFTER_KNOWN_PAGES`` pages whose articles were all delivered before
(``-a full=1`` or ``NEWSCRAWL_FULL_CRAWL`` pages through everything).  Within
``NEWSCRAWL_TREE_TTL_HOURS`` of a complete walk of the channel tree, a run starts from the
columns that walk found instead of from the home page.

Permanent faults are met once, not every run:

* an article link robots.txt disallows is not scheduled (``newscrawl/links/robots``; another
  listing of the same article under an allowed URL is requested instead);
* an article that failed for a permanent reason is backed off, then given up
  (``newscrawl/links/backing_off``, ``…/given_up``; see :mod:`newscrawl.run.core`);
* a channel page or a column's first list page that fails for a permanent reason (404, soft
  404, robots) does not stop the tree from being remembered: it is remembered with it as dead
  (``newscrawl/tree/failed_pages``) and skipped by the runs that use the cached tree
  (``newscrawl/tree/failed_skipped``) until the tree is walked again.  A passing failure (5xx,
  timeout) of a channel page still makes the next run walk the tree again.

A list cut by ``NEWSCRAWL_MAX_LIST_PAGES`` is not walked to its end: the next page is
remembered (two-phase, with the run) and the next runs go on from there, another
``NEWSCRAWL_MAX_LIST_PAGES`` pages at a time (``newscrawl/lists/resumed``), until its end.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from functools import cached_property
from urllib.parse import urlsplit, urlunsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.http import TextResponse
from w3lib.url import canonicalize_url

from ..extensions.run import RunState
from ..extract import PageFields, classify, dates, extract, merge_pages
from ..extract.generic import extract_generic
from ..faults import kind_of, permanent
from ..middlewares.robots import robots_allow
from ..run.config import feed_uri
from ..extract.text import squash
from ..items import Article
from ..sites import generic, get_profile, lists, site_names
from ..sites.policy import SitePolicy, ascii_host
from ..sites.profile import SCRIPT, native_xpath
from .frontier import Frontier

logger = logging.getLogger(__name__)

#: Links to files, not pages (attachments, pictures, media): never fetched to be classified.
_ASSET = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|zip|rar|7z|jpe?g|png|gif|bmp|mp4|flv|mp3|wps|txt|apk|exe)$", re.I)


class PortalSpider(scrapy.Spider):
    name = "portal"
    tree_ttl_hours: float = 0.0  # NEWSCRAWL_TREE_TTL_HOURS, set by from_crawler

    def __init__(self, site: str | None = None, base_url: str | None = None, start_url: str | None = None,
                 full: str | bool = False, **kwargs):
        super().__init__(**kwargs)
        self.full = str(full).lower() in ("1", "true", "yes")
        if start_url:  # no profile: generic link rules and extraction
            parts = urlsplit(start_url)
            self.profile = None
            self.base_url = f"{parts.scheme}://{parts.netloc}"
            self.site = site or ascii_host(parts.hostname) or ""
        else:
            site = site or "sxrb"
            if site not in site_names():
                raise ValueError(f"unknown site {site!r} (known: {', '.join(site_names())})")
            self.site = site
            self.profile = get_profile(site)
            self.base_url = (base_url or self.profile.base_url).rstrip("/")
        parts = urlsplit(self.base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            given = ("start_url", start_url) if start_url else ("base_url", base_url)
            raise ValueError(f"{given[0]} must be an http(s) URL such as http://news.example.cn/, got {given[1]!r}")
        aliases = self.profile.host_aliases if self.profile and not base_url else ()
        #: All URL knowledge of this crawl (hosts, ports, shapes, canonical form, traps).
        self.policy = SitePolicy(self.base_url, self.profile, aliases)
        self.base_url = self.policy.url(self.base_url)  # (a mirror's base URL may have a path)
        self.start_url = self.policy.url(start_url) if start_url else self.base_url + self.profile.home_path
        self.host = self.policy.host
        self._netloc = self.policy.netloc
        self._port = self.policy.port
        self._hosts = self.policy.hosts
        # OffsiteMiddleware takes host names only (no ports): the replica's 127.0.0.1 works.  The
        # aliases too, or it would drop a channel or pager link that on_site accepts.
        self.allowed_domains = self.policy.allowed_domains
        #: The walk's state (:class:`.frontier.Frontier`): lists met and their fate, articles
        #: requested and their other URLs, fail-over between an article's listings, the
        #: places and listing paths an article's channel is chosen from.
        self.frontier = Frontier()
        #: The tree walk of this run: the columns it found (path below the host → channel
        #: path), remembered at the end if nothing in the tree failed (see _cached_columns).
        self._walking_tree = False
        self._tree_complete = True
        self._columns: dict[str, list[str]] = {}
        self._walked: set[str] | None = None  # lists some earlier run walked to the end
        self.max_links = 2000  # NEWSCRAWL_MAX_LINKS_PER_PAGE, set by from_crawler
        #: Lists cut by the page cap: key → (next page URL, channel path); the walks that
        #: resume earlier runs' cut lists ("open", "capped", "failed"), as _lists.
        self._cut: dict[str, tuple[str, list[str]]] = {}
        self._resumed: dict[str, str] = {}
        self._resumes: dict[str, tuple[str, list[str]]] = {}  # from the store
        self._tree = None  # the cached tree this run started from
        self._dead: dict[str, str] = {}  # channel / column pages that failed for good → kind
        self._robots_blocked: set[str] = set()  # article ids whose links robots.txt disallows
        #: Article links of pages that also lead to channels (home, city, county pages), held
        #: until the walk below them is done (:meth:`_release_hub_stories`).
        self._hub_stories: list[tuple[list, list[str], str | None]] = []
        self._channels_requested: set[str] = set()  # channel pages this walk has asked for

    @classmethod
    def update_settings(cls, settings):
        super().update_settings(settings)
        # The per-run feed, unless the command line chose its own (-o/-O) or FEEDS is set.
        uri = feed_uri(settings)  # (a bare crawler, e.g. a unit test's, has no output folder: None)
        if not settings.getdict("FEEDS") and uri:
            feeds = {uri: dict(settings.getdict("NEWSCRAWL_FEED_OPTIONS"))}
            settings.set("FEEDS", feeds, priority="spider")

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        if not kwargs.get("start_url"):  # a profile run: the settings may name the site and host
            kwargs.setdefault("site", crawler.settings.get("NEWSCRAWL_SITE"))
            kwargs.setdefault("base_url", crawler.settings.get("NEWSCRAWL_BASE_URL"))
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.max_list_pages = settings.getint("NEWSCRAWL_MAX_LIST_PAGES", 100)
        spider.stop_after_known = settings.getint("NEWSCRAWL_STOP_AFTER_KNOWN_PAGES", 1)
        spider.full = spider.full or settings.getbool("NEWSCRAWL_FULL_CRAWL")
        spider.recheck_hours = settings.getfloat("NEWSCRAWL_RECHECK_HOURS", 0)
        spider.generic_max_depth = settings.getint("NEWSCRAWL_GENERIC_MAX_DEPTH", 5)
        spider.max_links = settings.getint("NEWSCRAWL_MAX_LINKS_PER_PAGE", 2000)
        # A shared crawl's workers each see part of the tree: none may remember it as the tree.
        spider.tree_ttl_hours = 0 if settings.get("NEWSCRAWL_REDIS_URL") else settings.getfloat("NEWSCRAWL_TREE_TTL_HOURS", 0)
        crawler.signals.connect(spider._release_hub_stories, signal=signals.spider_idle)
        return spider

    def _release_hub_stories(self) -> None:
        """When nothing else is left to do: the stories held from pages that lead to channels.

        A story listed on a county page and in a column below it is then known under both
        whatever the timing, and its channel is the deepest listing's (a lower request
        priority alone lost that race on a loaded machine: the story was fetched before its
        column had been read)."""
        if not self._hub_stories:
            return
        held, self._hub_stories = self._hub_stories, []
        for articles, path, list_key in held:
            for request in self._article_requests(articles, path, 0, list_key, priority=-2):
                self.crawler.engine.crawl(request)
        raise DontCloseSpider

    @cached_property
    def _run(self) -> RunState | None:
        return self.crawler.get_extension(RunState)

    @property
    def store(self):
        """The run's state store, or None when the run-state extension is off."""
        return self._run.store if self._run is not None else None

    @cached_property
    def _started(self) -> str:
        return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace(":", "-")

    @property
    def run_id(self) -> str:
        """The run's id (its start time, UTC; made unique by the store).  It is also the
        ``%(run_id)s`` of the feed URI, as Scrapy offers every spider attribute there."""
        return self._run.run_id if self._run is not None else self._started

    # -- URLs -----------------------------------------------------------------------------
    def on_site(self, url: str) -> bool:
        """http(s) on one of the portal's hosts, and on the base URL's port (another port of
        the same machine is another server): :meth:`SitePolicy.on_site`."""
        return self.policy.on_site(url)

    def canonical_url(self, url: str) -> str:
        return self.policy.canonical_url(url)

    def article_match(self, url: str) -> generic.ArticleLink | None:
        return self.policy.article_match(url)

    # -- crawl ----------------------------------------------------------------------------
    async def start(self):
        if self.profile is None:
            yield scrapy.Request(self.start_url, self.parse_generic, cb_kwargs={"path": [], "depth": 0})
            return
        if self.store is not None and not self.full:
            self._resumes = self.store.resumes(self.site)
        for key, (url, names) in sorted(self._resumes.items()):
            self.crawler.stats.inc_value("newscrawl/lists/resumed")
            yield scrapy.Request(url, self.parse_list, errback=self._list_page_failed,
                                 cb_kwargs={"path": names, "page": 1, "list_key": key, "resume": True})
        tree = self._cached_tree()
        if tree is not None:
            self._tree = tree
            self.crawler.stats.set_value("newscrawl/tree/cached_columns", len(tree.columns))
            if tree.failed:
                self.crawler.stats.set_value("newscrawl/tree/failed_skipped", len(tree.failed))
            for path, names in tree.columns:
                yield scrapy.Request(self.base_url + path, self.parse_list, cb_kwargs={"path": names, "page": 1},
                                     errback=self._list_page_failed)
            return
        self._walking_tree = True
        yield scrapy.Request(self.start_url, callback=self.parse_channel, cb_kwargs={"depth": 0, "path": []},
                             errback=self._tree_page_failed)

    # -- what this run walked: the channel tree to remember, the lists paged to their end --
    def _cached_tree(self):
        """A recent complete walk of the tree (NEWSCRAWL_TREE_TTL_HOURS), which spares an
        incremental run the channel pages; None when the tree must be walked."""
        if self.store is None or self.full or self.tree_ttl_hours <= 0:
            return None
        return self.store.tree(self.site, self._netloc, self.tree_ttl_hours)

    @staticmethod
    def _path_of(url: str) -> str:
        parts = urlsplit(url)
        return urlunsplit(("", "", parts.path, parts.query, ""))

    def _dead_page(self, url: str, kind: str) -> None:
        self._dead[self._path_of(url)] = kind
        self.crawler.stats.inc_value("newscrawl/tree/failed_pages")

    def _tree_page_failed(self, failure):
        kind = kind_of(failure.value)
        if permanent(kind):  # remembered with the tree, not requested again until it is walked again
            self._dead_page(failure.request.url, kind)
        else:
            self._tree_complete = False  # a passing failure: walk the tree again next run
        logger.warning("Channel page %s not walked: %s", failure.request.url, failure.getErrorMessage())

    def closed(self, reason: str) -> None:
        if self.store is None or reason != "finished":
            return  # a run cut short (timeout, shutdown, page count) walked nothing to the end for sure
        if self._walking_tree and self._tree_complete and self._columns and self.tree_ttl_hours > 0:
            columns = {k: v for k, v in self._columns.items() if k not in self._dead}
            self.store.save_tree(self.site, self._netloc, sorted(columns.items()), failed=self._dead)
        elif self._tree is not None and self._dead:  # a cached run found columns dead: drop them
            columns = [(k, v) for k, v in self._tree.columns if k not in self._dead]
            self.store.save_tree(self.site, self._netloc, columns, failed={**self._tree.failed, **self._dead},
                                 walked_at=self._tree.walked_at)
        walked = [key for key, state in self.frontier.lists.items() if state == "open"]
        for key, state in self._resumed.items():
            if state == "open":  # the cut list's end is reached
                walked.append(key)
            if state != "capped":
                self.store.set_resume(self.run_id, self.site, key, None)
        for key, (url, names) in self._cut.items():  # cut again, or cut for the first time
            self.store.set_resume(self.run_id, self.site, key, url, names)
        for key in walked:
            if key in self._resumes and key not in self._resumed and key not in self._cut:
                self.store.set_resume(self.run_id, self.site, key, None)
        if walked:
            self.store.mark_lists_walked(self.run_id, self.site, walked)

    def _list_key(self, url: str, list_key: str | None) -> str:
        """A list's key: the path (and query) of its first page, carried along its pager."""
        return self.frontier.list_key(url, list_key)

    def _list_page_failed(self, failure):
        kwargs = failure.request.cb_kwargs
        if kwargs.get("resume"):
            self._resumed[kwargs["list_key"]] = "failed"  # start again from page 1 next run
        else:
            key = kwargs.get("list_key") or self._list_key(failure.request.url, None)
            self.frontier.list_failed(key)  # pages past this one were not seen: not walked to the end
            if kwargs.get("page", 1) == 1 and permanent(kind_of(failure.value)):
                self._dead_page(failure.request.url, kind_of(failure.value))  # a dead column
        logger.warning("List page %s not read: %s", failure.request.url, failure.getErrorMessage())

    def parse(self, response):
        """The default callback, for ``scrapy parse --spider=portal URL``: an article URL (by
        the profile's article path, or the generic shapes) gives its item, the home page its
        channels, any other page its list links."""
        if self.article_match(response.url) is not None:
            return self.parse_article(response, channel=[])
        if self.profile is None:
            return self.parse_generic(response, path=[], depth=0)
        if urlsplit(response.url).path == self.profile.home_path:
            return self.parse_channel(response, depth=0, path=[])
        return self.parse_list(response, path=[], page=1)

    # -- channel and list pages -------------------------------------------------------------
    def parse_channel(self, response, depth: int, path: list[str]):
        """A channel page at tree level ``depth``: follow the links to the level below.

        (The contract paths below are pages of the bundled replica, the seed article's column.)

        @site_path /GB/index.html
        @cb_kwargs {"depth": 0, "path": []}
        @returns requests 1 1
        """
        if not self._is_text(response, "channel"):
            self._tree_complete = False
            return
        level = self.profile.levels[depth]
        links = response.xpath(native_xpath(level.links))
        if not links:
            self._tree_complete = False  # walked by shape below: not a tree to remember
            # The template changed (or the page is not what the profile expects): walk what is
            # below this page by link shape, as for a portal with no profile, rather than lose
            # the subtree.  Counted and logged so that the profile gets fixed.
            self.crawler.stats.inc_value("newscrawl/tree/no_links")
            self.crawler.stats.inc_value("newscrawl/fallback/tree")
            logger.warning("No %s links found on %s (tree level %d): has the template changed? "
                           "Walking it by link shape instead", level.name, response.url, depth)
            yield from self._walk_by_shape(response, path, depth=0)
            return
        last_level = depth + 1 == len(self.profile.levels)
        for a in links:
            href = (a.attrib.get("href") or "").strip()
            name = squash(a.xpath("string()").get())
            url = response.urljoin(href)
            if not href or not self.on_site(url):
                self.crawler.stats.inc_value("newscrawl/links/offsite")
                continue
            if last_level:
                parts = urlsplit(url)
                self._columns.setdefault(urlunsplit(("", "", parts.path, parts.query, "")), [*path, name])
                yield scrapy.Request(url, self.parse_list, cb_kwargs={"path": [*path, name], "page": 1},
                                     errback=self._list_page_failed)
            else:
                yield scrapy.Request(url, self.parse_channel, cb_kwargs={"depth": depth + 1, "path": [*path, name]},
                                     errback=self._tree_page_failed)

    def parse_list(self, response, path: list[str], page: int = 1, known_streak: int = 0,
                   list_key: str | None = None, resume: bool = False):
        """A column's list page: request each new article once, then the next list page.

        @site_path /GB/342433/index.html
        @cb_kwargs {"path": ["地市频道", "吕梁频道", "今日兴县", "社会传真"], "page": 1}
        @returns items 0 0
        @returns requests 21 40
        """
        if resume:
            self._resumed.setdefault(list_key, "open")
        else:
            list_key = self._list_key(response.url, list_key)
        if not self._is_text(response, "list"):
            if resume:
                self._resumed[list_key] = "failed"
            else:
                self.frontier.list_failed(list_key)
            return
        stats = self.crawler.stats
        stats.inc_value("newscrawl/pages/list")
        rules = self.profile.lists
        if rules.written == SCRIPT:
            yield from self._script_list(response, path, page, known_streak, list_key, resume)
            return
        links = []  # (url, match) of article links on this page
        for href in response.xpath(native_xpath(f"{rules.items}/@href")).getall():
            url = response.urljoin(href.strip())
            m = self.article_match(url) if self.on_site(url) else None
            if m is None:
                stats.inc_value("newscrawl/links/offsite" if not self.on_site(url) else "newscrawl/links/not_article")
                continue
            links.append((url, m))
        if not links and page == 1 and not response.xpath(native_xpath(rules.items)):
            # No list entries where the profile expects them: the list template changed.
            yield from self._list_by_shape(response, path, page, known_streak, list_key)
            return
        known_streak = yield from self._article_requests(links, path, known_streak, list_key, resume=resume)
        if known_streak is None:
            return
        next_urls = [u for u in (response.urljoin(h.strip()) for h in
                                 response.xpath(native_xpath(f"{rules.next_page or rules.pager}/@href")).getall())
                     if self.on_site(u) and u != response.url]
        if page >= self.max_list_pages:
            if next_urls:
                self._cut_list(list_key, next_urls[0], path, resume, response.url, page)
            return
        for url in next_urls:
            yield scrapy.Request(url, self.parse_list, errback=self._list_page_failed,
                                 cb_kwargs={"path": path, "page": page + 1, "known_streak": known_streak,
                                            "list_key": list_key, "resume": resume})

    def _list_by_shape(self, response, path: list[str], page: int, known_streak: int, list_key: str):
        """A profile's list page on which its rules found no entries: counted, said, and its
        article-shaped links taken as for a portal with no profile (each article's channel
        still comes from its own breadcrumb)."""
        self.crawler.stats.inc_value("newscrawl/fallback/list")
        logger.warning("No list entries found on %s: has the template changed? "
                       "Taking its article links by shape instead", response.url)
        yield from self._walk_by_shape(response, path, self.generic_max_depth, page, known_streak, list_key)

    def _script_list(self, response, path: list[str], page: int, known_streak: int, list_key: str, resume: bool):
        """A list page of a profile whose lists are ``written="script"``: its article links
        and next pages as the profile-free walk reads them (:mod:`newscrawl.sites.lists`),
        articles by the profile's ``article_path``; next pages to ``parse_list``, a list
        service's groups to ``parse_service``."""
        read = lists.read_page(response.selector.root, response.url, self.max_links)
        if read.truncated:
            self.crawler.stats.inc_value("newscrawl/links/truncated_pages")
            logger.warning("%s has more than NEWSCRAWL_MAX_LINKS_PER_PAGE=%d links: the rest are not followed",
                           response.url, self.max_links)
        links = self._listed_articles(read.links, response.url)
        if not links and page == 1:
            # Not one article of the profile's shape, in markup or in scripts: the template or
            # the URL shape changed.
            yield from self._list_by_shape(response, path, page, known_streak, list_key)
            return
        known_streak = yield from self._article_requests(links, path, known_streak, list_key, resume=resume)
        if known_streak is None:
            return
        nexts, total = lists.next_pages(read, response.url)
        yield from self._follow_list(response, nexts, total, path, page, known_streak, list_key, resume=resume)

    def _listed_articles(self, found, url: str) -> list[tuple[str, generic.ArticleLink]]:
        """(url, match) of the article links among a list's links (on the portal, not traps)."""
        out = []
        for link in found:
            target = self._followable(link, url)
            m = self.article_match(target) if target else None
            if m is not None:
                out.append((target, m))
        return out

    def _followable(self, link, page_url: str) -> str | None:
        """``link``'s URL (no fragment, the portal's form) if the walk may follow it: not the
        page itself, on the portal (else counted ``…/offsite``), not a trap (``…/trap``)."""
        url = self.policy.url(link.url.split("#", 1)[0])
        if url == page_url:
            return None
        if not self.on_site(url):
            self.crawler.stats.inc_value("newscrawl/links/offsite")
            return None
        if self.policy.is_trap(url, link.text):
            self.crawler.stats.inc_value("newscrawl/links/trap")
            return None
        return url

    def _cut_list(self, list_key: str, next_url: str, path: list[str], resume: bool, url: str, page: int) -> None:
        """The page cap stopped this list before its end: the next runs go on from ``next_url``."""
        self.crawler.stats.inc_value("newscrawl/lists/page_limit")
        logger.warning("List %s reached NEWSCRAWL_MAX_LIST_PAGES=%d; the next run goes on from %s",
                       url, self.max_list_pages, next_url)
        if resume:
            self._resumed[list_key] = "capped"
        else:
            self.frontier.lists[list_key] = "capped"
            if list_key in self._resumes:  # an older cut is still being resumed: it goes first
                return
        self._cut[list_key] = (next_url, list(path))

    def parse_generic(self, response, path: list[str], depth: int, page: int = 1, known_streak: int = 0,
                      list_key: str | None = None):
        """Any page of a portal without a profile: articles, then pager, then channels below.

        A link's shape says what it is (:mod:`newscrawl.sites.generic`).  Pager links keep
        the channel path; other list links add their text to it and go one level deeper,
        up to ``NEWSCRAWL_GENERIC_MAX_DEPTH``.
        """
        list_key = self._list_key(response.url, list_key)
        if not self._is_text(response, "list"):
            self.frontier.list_failed(list_key)
            return
        self.crawler.stats.inc_value("newscrawl/pages/list")
        yield from self._walk_by_shape(response, path, depth, page, known_streak, list_key)

    def _walk_by_shape(self, response, path: list[str], depth: int, page: int = 1, known_streak: int = 0,
                       list_key: str | None = None):
        """A page of a portal walked without a profile: what its links (``<a>`` and the lists
        its scripts hold, :mod:`newscrawl.sites.lists`) and script pagers are.

        Article-shaped links (known or learned shapes) are requested as articles; pager links
        and script pagers continue this list (``page + 1``, up to NEWSCRAWL_MAX_LIST_PAGES);
        other list-shaped links with a text are channels one level down; a link of unknown
        shape that sits in a list of titles is fetched once and classified by its page
        (``parse_page``).  Calendars and search pages are traps, not followed.
        """
        list_key = self._list_key(response.url, list_key)
        stats = self.crawler.stats
        self.frontier.walked_place(path)
        read = lists.read_page(response.selector.root, response.url, self.max_links)
        if read.truncated:
            stats.inc_value("newscrawl/links/truncated_pages")
            logger.warning("%s has more than NEWSCRAWL_MAX_LINKS_PER_PAGE=%d links: the rest are not followed",
                           response.url, self.max_links)
        articles, channels, unknown = [], {}, []
        for link in read.links:
            url = self._followable(link, response.url)
            if url is None:
                continue
            m = self.article_match(url)
            if m is not None:
                articles.append((url, m))
                continue
            text = link.text
            if generic.is_list_url(url):
                if lists.PAGER_TEXT.match(text):
                    pass  # a pager link: lists.next_pages below says which lead on
                elif text and depth < self.generic_max_depth and urlsplit(url).path not in ("", "/", "/index.html", "/index.htm"):
                    # A channel's name is its link's text; "更多>>" names nothing (its heading
                    # usually links the same page, with the name).
                    if channels.get(url) is None:
                        channels[url] = None if lists.MORE_TEXT.match(text) else text
                continue
            if link.in_list and len(text) >= lists.MIN_TITLE_CHARS and not _ASSET.search(urlsplit(url).path):
                unknown.append((url, text))
        # Stories on a page that leads to channels not walked yet (home, city, county pages) are
        # fetched once the lists below it have been read, so that their channel is the deepest
        # listing's.  A page whose channel links are only the menu every page repeats (channels
        # already requested) is no hub: its stories are fetched at once, alongside the walk.
        new_channels = [url for url in channels if url not in self._channels_requested]
        self._channels_requested.update(new_channels)
        if new_channels and articles:
            self._hub_stories.append((articles, list(path), list_key))
        else:
            known_streak = yield from self._article_requests(articles, path, known_streak, list_key)
        if known_streak is not None:
            nexts, total = lists.next_pages(read, response.url)
            yield from self._follow_list(response, nexts, total, path, page, known_streak, list_key, depth=depth)
        yield from self._classify_requests([url for url, _ in unknown], path, depth)
        for url in new_channels:
            text = channels[url]
            names = [*path, text] if text else path
            yield scrapy.Request(url, self.parse_generic, cb_kwargs={"path": names, "depth": depth + 1},
                                 errback=self._list_page_failed, priority=1)

    def _follow_list(self, response, nexts: list[lists.PagerRequest], total: int | None, path: list[str], page: int,
                     known_streak: int, list_key: str, *, depth: int | None = None, resume: bool = False):
        """Requests for a list's next page(s) (:func:`lists.next_pages`, or a list service's
        next group), those on the portal (a GET page: not this page, not a trap, not an
        article): a GET page to the list's callback
        (``parse_generic`` in the walk without a profile, which passes ``depth``; else
        ``parse_list``), a list service's group to ``parse_service`` by the form POST the
        page's script sends.

        At NEWSCRAWL_MAX_LIST_PAGES a profile's list is cut (the next runs go on from its next
        page, :meth:`_cut_list`); a list walked without a profile, or whose next page is a
        list service's group, is only capped: not walked to its end, so never stopped at
        known articles, and paged again from its start by the next runs."""
        stats = self.crawler.stats
        nexts = [replace(r, url=self.policy.url(r.url.split("#", 1)[0])) for r in nexts]
        nexts = [r for r in nexts if self.on_site(r.url) and (r.method == "POST" or (
            r.url != response.url and not self.policy.is_trap(r.url) and self.article_match(r.url) is None))]
        if not nexts:
            return
        if page >= self.max_list_pages:
            if depth is None and nexts[0].method == "GET":
                self._cut_list(list_key, nexts[0].url, path, resume, response.url, page)
                return
            stats.inc_value("newscrawl/lists/page_limit")
            if resume:
                self._resumed[list_key] = "failed"  # (a service group is not resumed: page 1 next run)
            else:
                self.frontier.lists[list_key] = "capped"
            logger.warning("List %s reached NEWSCRAWL_MAX_LIST_PAGES=%d%s; not paging further", response.url,
                           self.max_list_pages, f" of its {total} pages" if total else "")
            return
        kwargs = {"path": path, "page": page + 1, "known_streak": known_streak, "list_key": list_key}
        kwargs.update({"depth": depth} if depth is not None else {"resume": resume})
        priority = 1 if depth is not None else 0
        for req in nexts:
            if req.method == "POST":  # a list service, called with the form the page's script sends
                stats.inc_value("newscrawl/lists/service_requests")
                yield scrapy.FormRequest(req.url, formdata=dict(req.form), callback=self.parse_service,
                                         errback=self._list_page_failed, priority=priority,
                                         cb_kwargs={**kwargs, "request": req})
            else:
                yield scrapy.Request(req.url, self.parse_generic if depth is not None else self.parse_list,
                                     errback=self._list_page_failed, priority=priority, cb_kwargs=kwargs)

    def parse_service(self, response, path: list[str], page: int, known_streak: int, list_key: str | None,
                      request: lists.PagerRequest, depth: int | None = None, resume: bool = False):
        """An answer of a list service (Hanweb jpage): its records, then the next group.

        For the walk without a profile (``depth`` given) and for a profile whose lists are
        ``written="script"`` (``depth`` None: articles by the profile's ``article_path``)."""
        if not self._is_text(response, "list"):
            if resume:
                self._resumed[list_key] = "failed"
            else:
                self.frontier.list_failed(list_key)
            return
        self.crawler.stats.inc_value("newscrawl/pages/list")
        found = lists.script_list_links(response.text, "text/xml", response.url, self.max_links)
        articles = self._listed_articles(found, response.url)
        known_streak = yield from self._article_requests(articles, path, known_streak, list_key, resume=resume)
        if depth is not None:  # links of unknown shape in the records: classified by their page
            unknown = []
            for link in found:
                url = self.policy.url(link.url.split("#", 1)[0])
                if (len(link.text) >= lists.MIN_TITLE_CHARS and self.on_site(url) and self.article_match(url) is None
                        and not self.policy.is_trap(url, link.text) and not _ASSET.search(urlsplit(url).path)):
                    unknown.append(url)
            yield from self._classify_requests(unknown, path, depth)
        if known_streak is None:
            return
        nxt = lists.service_next(request, response.text)
        if nxt is not None:
            yield from self._follow_list(response, [nxt], None, path, page, known_streak, list_key, depth=depth,
                                         resume=resume)

    def _classify_requests(self, urls: list[str], path: list[str], depth: int):
        """Requests for listed links of unknown shape, to be classified by their page
        (``parse_page``): once per run, after the lists (lower priority), and not at all for
        one whose id an earlier run delivered (its shape was learned then)."""
        stats = self.crawler.stats
        classifying = self.frontier.classifying
        urls = [u for u in dict.fromkeys(urls) if u not in classifying]
        if not urls:
            return
        if self.store is not None:
            ids = {u: f"{self.site}:{self.policy.id_of(u)}" for u in urls}
            delivered = self.store.known_ids(list(set(ids.values())))
            for u in urls:
                known = delivered.get(ids[u])
                if known is not None and not known.pending:
                    self.frontier.listed(self.policy.id_of(u), path)
                    stats.inc_value("newscrawl/links/already_delivered")
                    classifying.add(u)
            urls = [u for u in urls if u not in classifying]
        for url in urls:
            classifying.add(url)
            stats.inc_value("newscrawl/pages/to_classify")
            yield scrapy.Request(url, self.parse_page, cb_kwargs={"path": path, "depth": depth}, priority=-1,
                                 errback=self._page_failed)

    def _page_failed(self, failure):
        self.crawler.stats.inc_value("newscrawl/pages/to_classify/failed")
        logger.warning("Listed page %s not classified: %s", failure.request.url, failure.getErrorMessage())

    def parse_page(self, response, path: list[str], depth: int):
        """A listed link of unknown shape, classified by its page: an article becomes an item
        (and its URL shape is learned for the rest of the run), a page of lists is walked,
        anything else is counted (``newscrawl/pages/not_article``) and left."""
        stats = self.crawler.stats
        if not self._is_text(response, "page"):
            return
        try:
            page = extract_generic(response.selector, response.url)
        except Exception as exc:  # noqa: BLE001 - odd markup costs one page
            logger.error("Extraction failed on %s: %s: %s", response.url, type(exc).__name__, exc)
            return
        kind = self._walk_kind(response, page)
        if kind == "article":
            if self.policy.learn(response.url):
                stats.inc_value("newscrawl/shapes/learned")
                logger.info("Learned an article URL shape from %s: %s", response.url,
                            list(self.policy.learned)[-1])
            aid = self.policy.id_of(response.url)
            self.frontier.listed(aid, path)
            canonical = self.canonical_url(response.url)
            if self.frontier.claim(aid, canonical, response.url):
                stats.inc_value("newscrawl/articles/requested")
            elif not self.frontier.was_requested_as(aid, canonical):
                stats.inc_value("newscrawl/links/duplicate_article")
                return
            # (else the same URL: requested as an article once its shape was learned, and
            # dropped by the duplicate filter as this request was already queued: this one.)
            stats.inc_value("newscrawl/pages/classified/article")
            response.meta["newscrawl_article_id"] = aid
            if self.profile is None:  # the links of the page, as _extract gives them
                page.page_links = [response.urljoin(h.strip()) for h in response.xpath("//a/@href").getall()]
            yield from self.parse_article(response, channel=path, extracted=page)
            return
        read = lists.read_page(response.selector.root, response.url, self.max_links)
        listed = sum(1 for link in read.links if link.in_list and self.on_site(link.url))
        if listed >= lists.MIN_LIST_LINKS and depth < self.generic_max_depth:
            stats.inc_value("newscrawl/pages/classified/list")
            yield from self._walk_by_shape(response, path, depth + 1)
            return
        self._count_not_article(response, kind)

    def _article_requests(self, links, path: list[str], known_streak: int, list_key: str | None = None,
                          priority: int = 0, resume: bool = False):
        """Requests for a list page's article links; returns the new streak of all-known
        pages, or None when the list should stop paging (incremental runs).

        Only a list that an earlier run paged to its end stops at known articles: on one whose
        walk was cut short (a first crawl stopped by CLOSESPIDER_TIMEOUT, a list page that
        failed), the articles below the known ones have never been seen, so paging goes on.
        A list cut by the page cap may stop: the walk resuming it (``resume``) goes on instead."""
        store = self.store
        ids = [f"{self.site}:{m.id}" for _, m in links]
        delivered = store.known_ids(ids) if store else {}
        delivered = {k: v for k, v in delivered.items() if not v.pending}
        held = self._run.held_back([i for i in ids if i not in delivered]) if store else {}
        for (url, m), aid in zip(links, ids):
            if aid in held:  # failed for good before: backing off, or given up
                self.crawler.stats.inc_value(f"newscrawl/links/{held[aid].status}")
                continue
            yield from self._article_request(url, m, path, delivered.get(aid), priority)
        if resume:
            return 0
        # Incremental stop: this many pages in a row with nothing new ends the walk of this list.
        known_streak = Frontier.streak(known_streak, ids, set(delivered) | set(held))
        if not self.full and store is not None and known_streak >= self.stop_after_known:
            if self._walked is None:
                self._walked = store.walked_lists(self.site)
            if list_key is None or list_key in self._walked or list_key in self._resumes:
                self.crawler.stats.inc_value("newscrawl/lists/stopped_at_known")
                if list_key is not None:
                    self.frontier.list_stopped(list_key)
                return None
            if known_streak == self.stop_after_known:  # once per list
                self.crawler.stats.inc_value("newscrawl/lists/backfilling")
        return known_streak

    def _article_request(self, url: str, m: generic.ArticleLink, path: list[str], delivered, priority: int = 0):
        """The request for one article link, or nothing if it is known or already requested."""
        stats = self.crawler.stats
        aid = f"{self.site}:{m.id}"
        canonical = self.canonical_url(url)
        if self.profile is None:
            self.frontier.listed(m.id, path)
        if canonical != canonicalize_url(url):
            stats.inc_value("newscrawl/links/canonicalised")
        if delivered is not None:
            if canonical != delivered.canonical_url and self.store.add_sighting(aid, canonical, path, self.run_id, site=self.site):
                stats.inc_value("newscrawl/sightings/new")
            if not self._in_recheck_window(delivered.published_at) or m.id in self.frontier.requested:
                stats.inc_value("newscrawl/links/already_delivered")
                return
            stats.inc_value("newscrawl/recheck/requested")
        if delivered is None and robots_allow(self.crawler, scrapy.Request(canonical)) is False:
            # Not scheduled at all: a decision of the portal's, not a failure.  Another listing
            # of the article under an allowed URL is still requested.
            if m.id in self.frontier.requested:
                self.frontier.other_urls.setdefault(m.id, set()).add(url)
            elif m.id not in self._robots_blocked:
                self._robots_blocked.add(m.id)
                stats.inc_value("newscrawl/links/robots")
            return
        if not self.frontier.claim(m.id, canonical, url):
            stats.inc_value("newscrawl/links/duplicate_article")
            if self.frontier.add_alternative(m.id, canonical, path):  # every URL tried so far failed
                stats.inc_value("newscrawl/articles/failed", -1)  # not lost after all (yet)
                yield self._fail_over(m.id)
            elif (self.store is not None and not self.frontier.was_requested_as(m.id, canonical)
                  and self.store.add_sighting(aid, canonical, path, self.run_id, site=self.site)):
                # The story runs in another column too: where, is known now (URL and channel).
                stats.inc_value("newscrawl/sightings/new")
            return
        stats.inc_value("newscrawl/articles/requested")
        yield self._first_page_request(m.id, canonical, path, priority)

    def _first_page_request(self, article_id: str, url: str, path: list[str], priority: int = 0) -> scrapy.Request:
        return scrapy.Request(url, self.parse_article, cb_kwargs={"channel": path}, errback=self.article_failed,
                              meta={"newscrawl_article_id": article_id}, priority=priority)

    def _fail_over(self, article_id: str) -> scrapy.Request:
        """The request for an article's next untried listing URL (there must be one)."""
        url, path = self.frontier.next_alternative(article_id)
        self.crawler.stats.inc_value("newscrawl/articles/failed_over")
        logger.info("Trying article %s under its other listing %s", article_id, url)
        return self._first_page_request(article_id, url, path)

    def _in_recheck_window(self, published_at: str | None) -> bool:
        if not self.recheck_hours or not published_at:
            return False
        try:
            when = datetime.fromisoformat(published_at)
        except ValueError:
            return False
        if when.tzinfo is None:  # a bare date: treat as midnight China time
            when = when.replace(tzinfo=timezone(timedelta(hours=8)))
        return datetime.now(timezone.utc) - when <= timedelta(hours=self.recheck_hours)

    # -- article pages ----------------------------------------------------------------------
    def parse_article(self, response, channel: list[str], pages: list[PageFields] | None = None,
                      remaining: list[str] | None = None, extracted: PageFields | None = None):
        """An article page; pages 2..n are requested one after another, then merged.

        @site_path /GB/342433/9452559.html
        @cb_kwargs {"channel": []}
        @returns items 1 1
        @scrapes id url canonical_url channel title subtitle published_at source editors body
        """
        if not self._is_text(response, "article"):
            self._record_failure(response, "not_text")
            return
        self.crawler.stats.inc_value("newscrawl/pages/article")
        try:
            page = extracted or self._extract(response)
        except Exception as exc:  # odd markup must cost one article, not the crawl
            self.crawler.stats.inc_value("newscrawl/extract/errors")
            logger.error("Extraction failed on %s: %s: %s", response.url, type(exc).__name__, exc)
            self._record_failure(response, "extract_error")
            return
        if not pages and self._not_an_article(response, page):
            return
        pages = [*(pages or []), page]
        if remaining is None:  # page 1: find pages 2..n from its pager
            remaining = self._other_pages(response.url, page.page_links)
        if remaining:
            yield scrapy.Request(
                remaining[0],
                self.parse_article,
                cb_kwargs={"channel": channel, "pages": pages, "remaining": remaining[1:]},
                errback=self.article_failed,
                meta={"newscrawl_article_id": response.meta.get("newscrawl_article_id")},
            )
            return
        yield self._article(pages, channel)

    def _extract(self, response) -> PageFields:
        """Profile selectors first, the generic extractor for what they missed (counted, so a
        changed template is noticed); the generic extractor alone for a portal without a
        profile (:func:`newscrawl.extract.extract`)."""
        page, filled = extract(response, self.profile, self.crawler.stats)
        for name in filled:
            self.crawler.stats.inc_value(f"newscrawl/extract/fallback/{name}")
        if self.profile is None:
            # Pages 2..n are found by URL shape among all the page's links (same id, a page number).
            page.page_links = [response.urljoin(h.strip()) for h in response.xpath("//a/@href").getall()]
        return page

    def _not_an_article(self, response, page: PageFields) -> bool:
        """A special-topic landing page, gallery, video page, attachment notice or list page
        at an article URL (:func:`newscrawl.extract.classify`): counted by kind and logged,
        never emitted.  Anything with a sentence of prose goes on (a page that lacks its title
        or time, for validation to report)."""
        kind = classify(response.selector, page)
        if kind == "article":
            return False
        self._count_not_article(response, kind)
        return True

    def _walk_kind(self, response, page: PageFields) -> str:
        """A listed page of unknown shape is taken as an article (and its URL shape learned)
        only when it is one (:func:`newscrawl.extract.classify`) with a title and a time."""
        kind = classify(response.selector, page)
        if kind == "article" and not page.title:
            return "no_title"
        if kind == "article" and not page.published_at:
            return "no_time"
        return kind

    def _count_not_article(self, response, kind: str) -> None:
        self.crawler.stats.inc_value("newscrawl/pages/not_article")
        self.crawler.stats.inc_value(f"newscrawl/pages/not_article/{kind}")
        logger.info("Not an article (%s): %s", kind, response.url)

    def _other_pages(self, url: str, links: list[str]) -> list[str]:
        m = self.article_match(url)
        if m is None:
            return []
        found: dict[int, str] = {}
        for link in links:
            lm = self.article_match(link)
            if lm and lm.id == m.id and lm.page is not None and link != url and self.on_site(link):
                found.setdefault(lm.page, link)
        if found:
            self.crawler.stats.inc_value("newscrawl/articles/multipage")
        return [found[n] for n in sorted(found)]

    def _article(self, pages: list[PageFields], list_channel: list[str]) -> Article:
        merged = merge_pages(pages)
        m = self.article_match(merged.url)
        portal_id = m.id if m else urlsplit(merged.url).path
        canonical = self.canonical_url(merged.url)
        published_at, precision = dates.typed(merged.published_at)
        listed = self.frontier.other_urls.get(portal_id, set())
        others = {self.canonical_url(u) for u in listed} | listed
        return Article(
            id=f"{self.site}:{portal_id}",
            version=1,  # the de-duplicate pipeline raises it when this is an update
            url=merged.url,
            canonical_url=canonical,
            other_urls=sorted(others - {merged.url}),
            site=self.site,
            channel=self._channel(portal_id, merged.channel, list_channel),
            title=merged.title,
            pretitle=merged.pretitle,
            subtitle=merged.subtitle,
            published_at=published_at,
            published_at_precision=precision,
            source=merged.source,
            authors=list(merged.authors),  # the clean pipeline adds the reporters named in the body
            editors=merged.editors,
            body="\n".join(merged.paragraphs),
            images=merged.images,
            script=merged.script,
            content_hash=None,
            fingerprint=None,
            crawled_at=datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        )

    def _channel(self, article_id: str, breadcrumb: list[str], list_channel: list[str]) -> list[str]:
        """With a profile: the breadcrumb, else the list's path.  Without: the walk's path
        (:meth:`Frontier.channel`), the breadcrumb only where the walk has none."""
        if self.profile is not None:
            return breadcrumb or list(list_channel)
        path, how = self.frontier.channel(article_id, breadcrumb, list_channel)
        self.crawler.stats.inc_value(f"newscrawl/channel/{how}")
        return path

    # -- failures ---------------------------------------------------------------------------
    def article_failed(self, failure):
        request = failure.request
        stats = self.crawler.stats
        # A PageFault (newscrawl.middlewares.faults) names the fault; anything else its type.
        kind = kind_of(failure.value)
        stats.inc_value(f"newscrawl/articles/failed/{kind}")
        pages = request.cb_kwargs.get("pages")
        what = f"page {len(pages) + 1} of article" if pages else "article"
        article_id = request.meta.get("newscrawl_article_id")
        if article_id is not None and self.frontier.has_alternative(article_id):
            logger.warning("Could not fetch %s %s: %s", what, request.url, failure.getErrorMessage())
            yield self._fail_over(article_id)
            return
        stats.inc_value("newscrawl/articles/failed")
        if article_id is not None:
            self.frontier.article_failed(article_id)  # a listing found later under another URL gets its chance
            if self._run is not None and self._run.article_failed(f"{self.site}:{article_id}", request.url, kind) > 1:
                stats.inc_value("newscrawl/articles/failed_known")  # as in an earlier run: not news
        logger.error("Could not fetch %s %s: %s; article not emitted this run",
                     what, request.url, failure.getErrorMessage())

    def _record_failure(self, response, reason: str) -> None:
        article_id = response.meta.get("newscrawl_article_id")
        if self._run is not None and article_id is not None:
            self._run.article_failed(f"{self.site}:{article_id}", response.url, reason)

    def _is_text(self, response, kind: str) -> bool:
        if isinstance(response, TextResponse):
            return True
        self.crawler.stats.inc_value(f"newscrawl/pages/not_text/{kind}")
        logger.warning("Skipping %s page %s: not a text response (%s)", kind, response.url,
                       response.headers.get("Content-Type", b"").decode("latin-1") or "no Content-Type")
        return False
