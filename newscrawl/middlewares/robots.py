"""robots.txt as RFC 9309 says, and ``Crawl-delay`` → the download delay of that host, capped.

:class:`RobotsPolicyMiddleware` replaces Scrapy's RobotsTxtMiddleware (same priority, same
``ROBOTSTXT_*`` settings, Protego parser) where it departs from RFC 9309 §2.3.1:

* robots.txt answering 4xx ("unavailable"): everything is allowed (as Scrapy does);
* robots.txt answering 5xx after retries, or not readable at all (connection refused, reset,
  timeout: "unreachable"): everything on that host is disallowed for the rest of the run —
  Scrapy would crawl it all.  One WARNING, counted as ``newscrawl/faults/robots_unreachable``;
  the run then reaches no list page and fails (exit 1), saying why;
* a disallowed request is lost as a :class:`~.faults.PageFault` of kind ``robots`` (counted
  in ``robotstxt/forbidden`` as before), so the spider knows it was a decision, not a fault.

:func:`robots_allow` lets the spider ask before it schedules a link (robots.txt of a host is
read before the first page of that host, so the answer is known when list pages are parsed):
a disallowed article is counted as ``newscrawl/links/robots`` and never requested.

Crawl-delay:

Scrapy obeys ``Disallow`` (RobotsTxtMiddleware, ``ROBOTSTXT_OBEY``) but does not act on
``Crawl-delay`` (docs, "Broad crawls").  Since 2.18 it parses it (``RobotParser.crawl_delay``)
and sends ``robots_parsed`` when a host's robots.txt is read; :class:`RobotsCrawlDelayMiddleware`
listens and makes the delay the host's download-slot delay:

* at most ``NEWSCRAWL_ROBOTS_CRAWL_DELAY_MAX`` seconds (a ``Crawl-delay: 120`` as on people.cn,
  research/portals.md §5, would make a run of a few thousand pages last days);
* never below the slot's own delay (``DOWNLOAD_DELAY``), and without jitter, because
  Crawl-delay is a minimum gap (``DOWNLOAD_DELAY_JITTER`` would go below it);
* kept as a floor under AutoThrottle, which would otherwise lower the delay again as soon
  as the host answers quickly, and written into the downloader's per-slot settings
  (``DOWNLOAD_SLOTS``), so a slot recreated after idling starts with it.

Stats: ``newscrawl/robots/crawl_delay`` (the largest delay applied, seconds) and
``newscrawl/robots/crawl_delay_capped`` (hosts whose delay was cut to the cap).  One INFO
line per host.  Disabled when ``ROBOTSTXT_OBEY`` is off or the cap is 0.
"""

from __future__ import annotations

import logging

from scrapy import signals
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler

from ..faults import Fault
from .faults import PREFIX, PageFault

logger = logging.getLogger(__name__)

#: What an unreachable robots.txt stands for (RFC 9309 §2.3.1.4).
DISALLOW_ALL = b"User-agent: *\nDisallow: /\n"


class RobotsPolicyMiddleware(RobotsTxtMiddleware):
    def _useragent(self, request) -> str | bytes:
        return self._robotstxt_useragent or request.headers.get(b"User-Agent", self._default_useragent)

    def process_request_2(self, rp, request) -> None:
        if rp is not None and not rp.allowed(request.url, self._useragent(request)):
            self._stats.inc_value("robotstxt/forbidden")
            raise PageFault(Fault.ROBOTS, "forbidden by robots.txt")

    async def _parse_robots(self, response, netloc, request) -> None:
        if 400 <= response.status < 500:
            response = response.replace(body=b"")  # unavailable: no rules
        elif response.status >= 500:
            self._unreachable(netloc, f"HTTP {response.status}")
            response = response.replace(body=DISALLOW_ALL)
        await super()._parse_robots(response, netloc, request)

    def _robots_error(self, exc, netloc) -> None:
        super()._robots_error(exc, netloc)  # counts it, and answers None to the waiting requests
        if not isinstance(exc, IgnoreRequest) or getattr(exc, "kind", None):
            self._unreachable(netloc, str(exc) or type(exc).__name__)
            self._parsers[netloc] = build_from_crawler(self._parserimpl, self.crawler, DISALLOW_ALL)

    def _unreachable(self, netloc: str, why: str) -> None:
        self._stats.inc_value(PREFIX + Fault.ROBOTS_UNREACHABLE)
        logger.warning("robots.txt of %s could not be read (%s): nothing on that host is fetched this run "
                       "(RFC 9309: an unreachable robots.txt disallows everything)", netloc, why)

    def allows(self, request) -> bool | None:
        """Whether robots.txt allows ``request``; None while that host's robots.txt is unread."""
        netloc = urlparse_cached(request).netloc
        if netloc not in self._parsers:
            return None
        parser = self._parsers[netloc]
        if parser is None:  # no rules
            return True
        if not hasattr(parser, "allowed"):  # still being read
            return None
        return bool(parser.allowed(request.url, self._useragent(request)))


def robots_allow(crawler, request) -> bool | None:
    """:meth:`RobotsPolicyMiddleware.allows` of the crawl's middleware (None without one)."""
    engine = getattr(crawler, "engine", None)
    downloader = getattr(engine, "downloader", None)
    for mw in getattr(getattr(downloader, "middleware", None), "middlewares", ()):
        if isinstance(mw, RobotsPolicyMiddleware):
            return mw.allows(request)
    return None


class RobotsCrawlDelayMiddleware:
    def __init__(self, crawler, max_delay: float):
        self.crawler = crawler
        self.max_delay = max_delay
        self.floors: dict[str, float] = {}  # download-slot key → delay from robots.txt
        crawler.signals.connect(self.robots_parsed, signal=signals.robots_parsed)
        # Connected after AutoThrottle's own handler (extensions are built before the
        # downloader), so this one has the last word on the delay.
        crawler.signals.connect(self.response_downloaded, signal=signals.response_downloaded)

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        max_delay = s.getfloat("NEWSCRAWL_ROBOTS_CRAWL_DELAY_MAX", 10.0)
        if not s.getbool("ROBOTSTXT_OBEY") or max_delay <= 0:
            raise NotConfigured
        return cls(crawler, max_delay)

    def robots_parsed(self, robotparser, request) -> None:
        settings = self.crawler.settings
        user_agent = (settings.get("ROBOTSTXT_USER_AGENT") or request.headers.get(b"User-Agent")
                      or settings.get("USER_AGENT"))
        asked = robotparser.crawl_delay(user_agent)
        if not asked or asked <= 0:
            return
        delay = min(float(asked), self.max_delay)
        downloader = self.crawler.engine.downloader
        key = downloader.get_slot_key(request)
        slot_settings = downloader.per_slot_settings.setdefault(key, {})
        delay = max(delay, float(slot_settings.get("delay", self.crawler.settings.getfloat("DOWNLOAD_DELAY"))))
        slot_settings.update(delay=delay, jitter=0.0)
        self.floors[key] = delay
        slot = downloader.slots.get(key)
        if slot is not None:
            slot.delay, slot.jitter = max(slot.delay, delay), 0.0
        stats = self.crawler.stats
        stats.max_value("newscrawl/robots/crawl_delay", delay)
        if asked > self.max_delay:
            stats.inc_value("newscrawl/robots/crawl_delay_capped")
        logger.info("robots.txt of %s asks for Crawl-delay: %s; waiting %.2f s between its requests%s",
                    key, asked, delay, " (NEWSCRAWL_ROBOTS_CRAWL_DELAY_MAX)" if asked > self.max_delay else "")

    def response_downloaded(self, response, request) -> None:
        key = request.meta.get("download_slot")
        floor = self.floors.get(key)
        if floor is None:
            return
        slot = self.crawler.engine.downloader.slots.get(key)
        if slot is not None and slot.delay < floor:
            slot.delay = floor
