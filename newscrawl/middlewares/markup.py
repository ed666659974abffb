"""Mend the broken markup that costs text or poisons it, as the page is downloaded.

The rules are :func:`newscrawl.extract.markup.repair` (its docstring says which faults and
why): one home, shared with ``python -m newscrawl.extract``.  This middleware applies them to
every HTML response and counts each fault (``newscrawl/faults/stray_end_tag``,
``newscrawl/faults/bad_char_ref``, ``newscrawl/faults/replacement_char``); the first page of each kind is logged.
"""

from __future__ import annotations

import logging

from scrapy.exceptions import NotConfigured
from scrapy.http import HtmlResponse, Request, Response

from ..extract.markup import repair
from .faults import FaultLog

logger = logging.getLogger(__name__)


class MarkupRepairMiddleware:
    def __init__(self, crawler):
        self.faults = FaultLog(crawler, logger)

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("NEWSCRAWL_MARKUP_REPAIR_ENABLED", True):
            raise NotConfigured
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        if not isinstance(response, HtmlResponse):
            return response
        mended = repair(response.body, response.encoding)
        if mended.body is response.body:
            return response
        if mended.stray_end_tags:
            self.faults.repaired(request, "stray_end_tag",
                                 f"{mended.stray_end_tags} </body>/</html> end tags before the end of the page; removed them")
        if mended.bad_refs:
            self.faults.repaired(request, "bad_char_ref",
                                 f"{len(mended.bad_refs)} character references to no character "
                                 f"(e.g. {mended.bad_refs[0][:20].decode('ascii')}); removed them")
        if mended.replacement_chars:
            self.faults.repaired(request, "replacement_char",
                                 f"{mended.replacement_chars} U+FFFD characters in the page's own UTF-8; removed them")
        return response.replace(body=mended.body)
