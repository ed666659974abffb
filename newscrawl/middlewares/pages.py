"""Pages that arrive with status 200 but are not the page: error pages and binary files.

:class:`SoftErrorPageMiddleware` — provincial CMSs answer a deleted article with a 200 page
saying 页面不存在 (research/portals.md §3: 华龙网's ``404页面不存在``), and an overloaded one
with a 200 page saying 服务器繁忙.  Neither may become an article.  A page is such an error
page when an error phrase is in its ``<title>`` or ``<h1>``, or anywhere in its text if the
page has at most ``NEWSCRAWL_SOFT_ERROR_MAX_CHARS`` characters of text (a real article page,
with the portal's navigation and footer around it, has far more).

* a "not found" page (``NEWSCRAWL_SOFT_404_PATTERNS``) is given up on at once as fault
  ``soft_404``: it is the 404 it should have been;
* a "busy" page (``NEWSCRAWL_SOFT_BUSY_PATTERNS``; only the short-page rule, since 系统维护
  can be a headline) is turned into the 503 it should have been (``newscrawl/faults/busy_page_seen``),
  flagged :data:`BUSY_FLAG`, so the retry middleware retries it with backoff; if it stays
  busy it is given up on as fault ``busy_page``.

:class:`BinaryBodyMiddleware` — an image or archive served under an ``.html`` URL with a text
Content-Type (a response Scrapy already types as non-text is the spider's to skip).  Known
magic numbers, or several NUL bytes (which HTML in an ASCII-compatible charset does not
contain), in the first kilobyte: given up on as fault ``binary_body``.

Both leave robots.txt and other engine-internal requests (``NO_CALLBACK``) alone.
"""

from __future__ import annotations

import logging
import re

from scrapy.exceptions import NotConfigured
from scrapy.http import HtmlResponse, Request, Response, TextResponse
from scrapy.http.request import NO_CALLBACK

from .faults import FaultLog

logger = logging.getLogger(__name__)

#: Response flag of a 200 "server busy" page turned into a 503.
BUSY_FLAG = "soft-busy"

#: (magic prefix, what it is); checked against the first bytes of a text response.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or .docx/.xlsx)"),
    (b"\x1f\x8b", "gzip data"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
    (b"FWS", "Flash file"),
    (b"CWS", "Flash file"),
)
_UTF16_32_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")


def sniff_binary(body: bytes) -> str | None:
    """What binary content ``body`` starts with, or None if it may well be text."""
    for magic, what in MAGIC:
        if body.startswith(magic):
            return what
    if body[4:12].startswith(b"ftyp"):
        return "MP4/QuickTime video"
    # Binary formats are full of NULs; a text page may carry a stray one, so one is not enough.
    if body[:1024].count(b"\x00") >= 4 and not body.startswith(_UTF16_32_BOMS):
        return "binary data (NUL bytes)"
    return None


class BinaryBodyMiddleware:
    def __init__(self, crawler):
        self.faults = FaultLog(crawler, logger)

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("NEWSCRAWL_BINARY_BODY_CHECK_ENABLED", True):
            raise NotConfigured
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        if not isinstance(response, TextResponse) or request.callback is NO_CALLBACK:
            return response
        what = sniff_binary(response.body[:1024])
        if what is None:
            return response
        ctype = (response.headers.get(b"Content-Type") or b"no Content-Type").decode("latin-1")
        raise self.faults.lost(request, "binary_body", f"served as {ctype} but is a {what}")


class SoftErrorPageMiddleware:
    def __init__(self, crawler, not_found: list[str], busy: list[str], max_chars: int):
        self.crawler = crawler
        self.not_found = re.compile("|".join(f"(?:{p})" for p in not_found), re.IGNORECASE) if not_found else None
        self.busy = re.compile("|".join(f"(?:{p})" for p in busy), re.IGNORECASE) if busy else None
        self.max_chars = max_chars
        self.faults = FaultLog(crawler, logger)

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        if not s.getbool("NEWSCRAWL_SOFT_ERROR_PAGES_ENABLED", True):
            raise NotConfigured
        return cls(crawler, s.getlist("NEWSCRAWL_SOFT_404_PATTERNS"), s.getlist("NEWSCRAWL_SOFT_BUSY_PATTERNS"),
                   s.getint("NEWSCRAWL_SOFT_ERROR_MAX_CHARS", 600))

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status != 200 or not isinstance(response, HtmlResponse) or request.callback is NO_CALLBACK:
            return response
        # Measured in lxml, once, before any text is searched: most pages are long, and for
        # them this is all the work done here.
        length = float(response.xpath("string-length(normalize-space(//body))").get() or 0)
        found = self._find(response, self.not_found, length, headline=True)
        if found is not None:
            phrase, where = found
            raise self.faults.lost(request, "soft_404", f"status 200, but the page says {phrase!r} (in its {where})")
        # Busy phrases (系统维护…) can be news headlines too, so only a near-empty page counts.
        if self._find(response, self.busy, length, headline=False) is not None:
            self.crawler.stats.inc_value("newscrawl/faults/busy_page_seen")
            return response.replace(status=503, flags=[*response.flags, BUSY_FLAG])
        return response

    def _find(self, response: HtmlResponse, pattern: re.Pattern[str] | None, length: float,
              headline: bool) -> tuple[str, str] | None:
        """The error phrase and where it was found (``length``: the page's text length), or None."""
        if pattern is None:
            return None
        for where, xpath in (("title", "//title//text()"), ("h1", "//h1//text()")) if headline else ():
            m = pattern.search(" ".join(response.xpath(xpath).getall()))
            if m:
                return m.group(0), where
        if length <= self.max_chars:
            text = "".join(response.xpath("//body//text()[not(ancestor::script or ancestor::style)]").getall())
            m = pattern.search(text)
            if m:
                return m.group(0), f"text of only {int(length)} characters"
        return None
