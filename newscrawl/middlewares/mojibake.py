"""The last line of defence against mojibake: such an article is dropped, never emitted.

The charset middleware (:mod:`.charset`) decodes every page by its real charset; this spider
middleware checks the result on the way out of the spider.  An article is dropped (one
WARNING naming the field, counted as ``newscrawl/dropped/mojibake`` like the validate
pipeline's drops) when any of its text has:

* U+FFFD, the replacement character of bytes that did not decode; or
* text in a CJK charset read as Latin-1/cp1252 (``ÉÏº£`` for 上海, ``å±±è¥¿`` for 山西 in
  UTF-8): a run of ``NEWSCRAWL_MOJIBAKE_RUN`` or more characters from U+0080-U+00FF, or
  more such characters than CJK ones (8 at least).  Chinese news text has at most a stray
  ``·`` or ``°`` there.

Text decoded in the wrong CJK charset (UTF-8 read as GBK gives valid, wrong hanzi) cannot be
seen here; the charset middleware prevents it by believing valid UTF-8 first.
"""

from __future__ import annotations

import logging

from itemadapter import ItemAdapter, is_item
from scrapy.exceptions import NotConfigured
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware

from ..extensions.run import record_failure
from ..extract.text import mojibake_in

logger = logging.getLogger(__name__)

def _texts(value, path: str):
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _texts(v, f"{path}.{k}")
    elif isinstance(value, (list, tuple)):
        for i, v in enumerate(value):
            yield from _texts(v, f"{path}[{i}]")


class MojibakeGuardMiddleware(BaseSpiderMiddleware):
    #: Fields that are ours, not the page's (URLs, ids, hashes, timestamps).
    SKIP = frozenset({"id", "url", "canonical_url", "other_urls", "site", "script", "content_hash",
                      "fingerprint", "crawled_at", "published_at", "published_at_precision", "version"})

    def __init__(self, crawler, run: int):
        super().__init__(crawler)
        self.run = run

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        if not s.getbool("NEWSCRAWL_MOJIBAKE_GUARD_ENABLED", True):
            raise NotConfigured
        return cls(crawler, s.getint("NEWSCRAWL_MOJIBAKE_RUN", 4))

    def get_processed_item(self, item, response):
        if not is_item(item):
            return item
        adapter = ItemAdapter(item)
        for field, value in adapter.items():
            if field in self.SKIP:
                continue
            for where, text in _texts(value, field):
                if where.endswith(".url"):
                    continue
                sample = mojibake_in(text, self.run)
                if sample is not None:
                    self.crawler.stats.inc_value("newscrawl/dropped/mojibake")
                    logger.warning("Dropped article %s: mojibake (%s contains %r)", adapter.get("url"), where, sample)
                    record_failure(self.crawler, adapter.get("id"), adapter.get("url"), "mojibake")
                    return None
        return item
