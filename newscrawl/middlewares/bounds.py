"""Say so when a crawl bound cut the crawl short: a link trap ends with a warning, not quietly.

The bounds themselves are Scrapy's and the spider's (settings.py, "Robustness"):
``NEWSCRAWL_MAX_LIST_PAGES`` (pages of one column's list; the spider warns itself),
``DEPTH_LIMIT`` (links from the home page), ``CLOSESPIDER_PAGECOUNT`` (pages in a run),
``CLOSESPIDER_TIMEOUT`` (seconds in a run) and ``URLLENGTH_LIMIT``.  Scrapy enforces the last
four quietly: a DEBUG line for the first link over ``DEPTH_LIMIT``, an INFO "Closing spider
(closespider_timeout)".  :class:`CrawlBoundsMiddleware` is Scrapy's DepthMiddleware (which
it replaces, at the same priority) plus:

* one WARNING at the first request dropped by ``DEPTH_LIMIT`` (all are counted by Scrapy in
  ``depth/request_ignored_count``);
* one WARNING when the run closes because a ``CLOSESPIDER_*`` bound was reached (Scrapy's
  ``finish_reason`` stat says which).
"""

from __future__ import annotations

import logging

from scrapy import signals
from scrapy.spidermiddlewares.depth import DepthMiddleware

logger = logging.getLogger(__name__)

CLOSESPIDER_SETTINGS = {
    "closespider_pagecount": "CLOSESPIDER_PAGECOUNT",
    "closespider_timeout": "CLOSESPIDER_TIMEOUT",
    "closespider_itemcount": "CLOSESPIDER_ITEMCOUNT",
    "closespider_errorcount": "CLOSESPIDER_ERRORCOUNT",
    "closespider_pagecount_no_item": "CLOSESPIDER_PAGECOUNT_NO_ITEM",
    "closespider_timeout_no_item": "CLOSESPIDER_TIMEOUT_NO_ITEM",
}


class CrawlBoundsMiddleware(DepthMiddleware):
    @classmethod
    def from_crawler(cls, crawler):
        mw = super().from_crawler(crawler)
        mw._depth_warned = False
        crawler.signals.connect(mw.spider_closed, signal=signals.spider_closed)
        return mw

    def get_processed_request(self, request, response):
        processed = super().get_processed_request(request, response)
        if processed is None and not self._depth_warned:
            self._depth_warned = True
            logger.warning("DEPTH_LIMIT=%d reached at %s (a link trap?): deeper links are not followed; "
                           "they are counted in depth/request_ignored_count", self.maxdepth, request.url)
        return processed

    def spider_closed(self, spider, reason) -> None:
        setting = CLOSESPIDER_SETTINGS.get(reason)
        if setting is None:
            return
        logger.warning("The crawl was stopped by %s=%s before it was complete (%d pages fetched); "
                       "what it did not reach is not in this run's feed", setting,
                       self.crawler.settings.get(setting), self.stats.get_value("response_received_count", 0))
