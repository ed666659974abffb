"""Mend the broken markup that costs text or poisons it; leave the rest to lxml.

Old CMS templates close ``</body></html>`` after an include and carry on writing the page.
Browsers (the HTML5 parsing algorithm) ignore those end tags and show everything; libxml2,
behind lxml and parsel, ends the document there, so the article body after it is lost
(measured on the replica: 1,625 characters of body became 165).  And a numeric character
reference to no character (``&#0;``, ``&#xD800;``, ``&#99999999;``) becomes U+FFFD, which
the mojibake guard rightly refuses in an article.  Other malformed markup (unclosed ``<p>``,
``<li>``, ``<font>``, missing ``</div>``) lxml repairs as a browser would, so it is left alone.

:class:`MarkupRepairMiddleware` edits the bytes before anything parses them:

``stray_end_tag``  every ``</body>`` and ``</html>`` with page content after it is removed
                   (the parser closes the document at the end anyway)
``bad_char_ref``   numeric character references to NUL, a surrogate or beyond U+10FFFF
                   are removed

Editing bytes is safe in GBK, GB18030, Big5 and UTF-8: ``<``, ``&`` and ``#`` never occur
inside their multibyte characters.  Pages in other encodings (UTF-16) are left alone.  Both
faults are counted (``newscrawl/faults/<kind>``); the first page of each kind is logged.
"""

from __future__ import annotations

import logging
import re

from scrapy.exceptions import NotConfigured
from scrapy.http import HtmlResponse, Request, Response

from .faults import FaultLog

logger = logging.getLogger(__name__)

_END_TAG = re.compile(rb"</(?:body|html)\s*>", re.IGNORECASE)
#: What may follow the document's real end without harm: whitespace, comments, end tags and
#: the analytics ``<script>`` many portals append after ``</html>``.
#: Each comment or script may not run past its own end (a lazy ``.*?`` could swallow the text
#: between two scripts), and the possessive ``*+`` never backtracks: linear on any page.
_HARMLESS_TAIL = re.compile(
    rb"(?:\s|<!--(?:(?!-->).)*-->|</(?:body|html)\s*>|<script\b(?:(?!</script).)*</script\s*>)*+\Z",
    re.DOTALL | re.IGNORECASE)
_CHAR_REF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?")
_ASCII_SAFE = re.compile(r"^(utf-?8|gb|gbk|gb18030|gb2312|big5|big5hkscs|cp9\d\d|ascii|cp125\d|iso8859|latin)", re.IGNORECASE)


def _is_bad_char_ref(m: re.Match[bytes]) -> bool:
    digits = m.group(1) or m.group(2)
    if len(digits) > 8:
        return True  # beyond U+10FFFF whatever the digits
    cp = int(digits, 16 if m.group(1) else 10)
    return cp == 0 or 0xD800 <= cp <= 0xDFFF or cp > 0x10FFFF


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
        body = response.body
        stray = self._stray_end_tags(body)
        bad_refs = [m for m in _CHAR_REF.finditer(body) if _is_bad_char_ref(m)] if b"&#" in body else []
        if not stray and not bad_refs:
            return response
        if not _ASCII_SAFE.match(response.encoding.replace("_", "").replace("-", "")):
            return response
        if stray:
            self.faults.repaired(request, "stray_end_tag",
                                 f"{stray} </body>/</html> end tags before the end of the page; removed them")
            first = _END_TAG.search(body)
            body = body[:first.start()] + _END_TAG.sub(b"", body[first.start():])
        if bad_refs:
            self.faults.repaired(request, "bad_char_ref",
                                 f"{len(bad_refs)} character references to no character "
                                 f"(e.g. {bad_refs[0].group(0)[:20].decode('ascii')}); removed them")
            body = _CHAR_REF.sub(lambda m: b"" if _is_bad_char_ref(m) else m.group(0), body)
        return response.replace(body=body)

    @staticmethod
    def _stray_end_tags(body: bytes) -> int:
        first = _END_TAG.search(body)
        if first is None or _HARMLESS_TAIL.match(body, first.start()):
            return 0  # no end tag, or only the document's own ending
        return len(_END_TAG.findall(body, first.start()))
