"""robots.txt ``Crawl-delay`` → the download delay of that host, capped.

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
from scrapy.exceptions import NotConfigured

logger = logging.getLogger(__name__)


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
