"""Decode every page in the charset its bytes are really in, or give it up: never mojibake.

The decision is :func:`newscrawl.extract.decoding.decide` (its docstring lists the rules and
the fault kinds), shared with ``python -m newscrawl.extract`` so that a saved page decodes in
the command exactly as it does in the crawl.  This middleware applies it to every HTML
response (``response.replace(encoding=…)``) and counts each repair as
``newscrawl/faults/<kind>`` (``charset_mismatch``, ``charset_late_meta``,
``charset_undeclared``, ``charset_bad_bytes``); a page that fits no charset
(``charset_undecodable``) is given up on.

Settings: ``NEWSCRAWL_CHARSET_REPAIR_ENABLED``, ``NEWSCRAWL_CHARSET_FALLBACKS`` (default UTF-8,
then GB18030), ``NEWSCRAWL_CHARSET_MAX_BAD_SEQUENCES`` (16).
"""

from __future__ import annotations

import logging

from scrapy.exceptions import NotConfigured
from scrapy.http import Request, Response

from ..extract.decoding import codec_name, decode_response
from .faults import FaultLog

logger = logging.getLogger(__name__)

__all__ = ["CharsetRepairMiddleware"]


class CharsetRepairMiddleware:
    def __init__(self, crawler, fallbacks: list[str], max_bad: int):
        self.crawler = crawler
        self.fallbacks = [c for c in (codec_name(f) for f in fallbacks) if c]
        self.max_bad = max_bad
        self.faults = FaultLog(crawler, logger)

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        if not s.getbool("NEWSCRAWL_CHARSET_REPAIR_ENABLED", True):
            raise NotConfigured
        return cls(crawler, s.getlist("NEWSCRAWL_CHARSET_FALLBACKS", ["utf-8", "gb18030"]),
                   s.getint("NEWSCRAWL_CHARSET_MAX_BAD_SEQUENCES", 16))

    def process_response(self, request: Request, response: Response) -> Response:
        decoded, decision = decode_response(response, self.fallbacks, self.max_bad)
        if decision is None:
            return response
        if decision.encoding is None:
            raise self.faults.lost(request, decision.fault, decision.message)
        self.faults.repaired(request, decision.fault, decision.message)
        return decoded
