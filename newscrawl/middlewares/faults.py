"""How the robustness middlewares report a fault: a stats counter and at most one log line.

Two outcomes, two methods of :class:`FaultLog`:

* :meth:`FaultLog.lost` — the page is given up on.  Counted as ``newscrawl/faults/<kind>``,
  and the middleware raises the returned :class:`PageFault` (an ``IgnoreRequest``), which
  Scrapy hands to the request's errback.  The one WARNING line is written here only when the
  request has no errback: a request with one (the spider's article requests) is reported by
  that errback, with this message, as Scrapy itself does for download errors.
* :meth:`FaultLog.repaired` — the fault was worked around (a charset fixed, markup mended).
  Every page is counted; only the first page of each kind is logged, because one broken
  template makes every page of a portal carry the same fault.
"""

from __future__ import annotations

import logging

from scrapy.exceptions import IgnoreRequest

PREFIX = "newscrawl/faults/"


class PageFault(IgnoreRequest):
    """A page given up on because of a fault of the portal; ``kind`` names the fault."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


class FaultLog:
    def __init__(self, crawler, logger: logging.Logger):
        self.stats = crawler.stats
        self.logger = logger
        self._announced: set[str] = set()

    def count(self, kind: str, n: int = 1) -> None:
        self.stats.inc_value(PREFIX + kind, n)

    def lost(self, request, kind: str, message: str) -> PageFault:
        self.count(kind)
        if request.errback is None:
            self.logger.warning("Gave up on %s: %s [%s%s]", request.url, message, PREFIX, kind)
        return PageFault(kind, message)

    def repaired(self, request, kind: str, message: str) -> None:
        self.count(kind)
        if kind not in self._announced:
            self._announced.add(kind)
            self.logger.warning("%s: %s; further pages with this fault are only counted, in %s%s",
                                request.url, message, PREFIX, kind)
