"""Scrapy's HttpCompressionMiddleware, with decompression bombs counted as a fault.

Scrapy already defends against a gzip bomb: it stops decompressing at ``DOWNLOAD_MAXSIZE``
(``DOWNLOAD_WARNSIZE`` warns), logs one WARNING and raises IgnoreRequest.  That exception
leaves from ``process_response``, where no other middleware sees it, so this subclass is the
one place that can count it: ``newscrawl/faults/decompression_bomb``.  Scrapy's line is the
log line; the request's errback, if any, reports the lost article.

Replaces ``scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware`` (590).
"""

from __future__ import annotations

from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware, _DecompressionMaxSizeExceeded
from scrapy.exceptions import IgnoreRequest


class BombAwareHttpCompressionMiddleware(HttpCompressionMiddleware):
    def process_response(self, request, response):
        try:
            return super().process_response(request, response)
        except IgnoreRequest as exc:
            if isinstance(exc.__cause__, _DecompressionMaxSizeExceeded) and self.stats:
                self.stats.inc_value("newscrawl/faults/decompression_bomb")
            raise
