"""Decode every page in the charset its bytes are really in, or give it up: never mojibake.

Scrapy decodes a page by the first of: byte-order mark, ``Content-Type`` header, a ``<meta>``
declaration in the first 4096 bytes (w3lib's window), a guess.  Two faults of provincial
portals defeat that (research/portals.md §1.7, §4.1): a header that says UTF-8 over GBK bytes
(Scrapy believes the header: U+FFFD everywhere), and a ``<meta charset>`` pushed past 4 KB by
head junk (Scrapy guesses, which for a short page can be cp1252: ``ÉÏº£``).

:class:`CharsetRepairMiddleware` checks the decision against the bytes.  A declaration is
believed when the whole body decodes with it strictly (no invalid sequence) — except that a
non-ASCII body that is valid UTF-8 is UTF-8 whatever it declares (random GBK or Big5 text is
essentially never valid UTF-8), and a Western single-byte declaration (latin-1, cp1252) on a
Chinese portal is not believed while a CJK encoding also fits.  Otherwise the candidates, in
order, are: a ``<meta>`` declaration anywhere in ``<head>``, then ``NEWSCRAWL_CHARSET_FALLBACKS``
(default UTF-8, then GB18030, the superset of GB2312/GBK); the first that decodes strictly is
used (``response.replace(encoding=…)``).  Faults, counted as ``newscrawl/faults/<kind>``:

``charset_mismatch``     the declaration contradicts the bytes; decoded by the fitting candidate
``charset_late_meta``    no declaration within 4 KB, one further down; decoded by it
``charset_undeclared``   no declaration at all and Scrapy's guess did not fit; a fallback did
``charset_bad_bytes``    no candidate fits, but one (the declared charset first; never a
                         Western single-byte codec, which decodes anything into mojibake)
                         misses at most ``NEWSCRAWL_CHARSET_MAX_BAD_SEQUENCES`` sequences and
                         at most 1 % of the non-ASCII bytes: those are dropped (one lost
                         character beats a U+FFFD in the feed), the page re-encoded as UTF-8
``charset_undecodable``  nothing fits: the page is given up on

A page with a byte-order mark, or pure ASCII, is left alone.
"""

from __future__ import annotations

import codecs
import logging
import re

from scrapy.exceptions import NotConfigured
from scrapy.http import HtmlResponse, Request, Response
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom, resolve_encoding

from .faults import FaultLog
from .mojibake import mojibake_in

logger = logging.getLogger(__name__)

#: ``<meta charset=x>`` and ``<meta http-equiv="Content-Type" content="text/html; charset=x">``.
_META_CHARSET = re.compile(rb"""<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_HEAD_END = re.compile(rb"</head\s*>|<body[\s>]", re.IGNORECASE)
#: Past this many bytes without ``</head>`` a ``<meta>`` is body text, not a declaration.
HEAD_SCAN_LIMIT = 64 * 1024
_WESTERN = {"cp1252", "iso8859-1", "latin-1", "iso8859-15", "ascii"}
_NON_ASCII = re.compile(rb"[\x80-\xff]")


def codec_name(label: str | None) -> str | None:
    """The Python codec for a charset label, with w3lib's translations (gb2312 → gb18030)."""
    if not label:
        return None
    resolved = resolve_encoding(label)
    if not resolved:
        return None
    try:
        return codecs.lookup(resolved).name
    except LookupError:
        return None


def decodes(body: bytes, encoding: str) -> bool:
    try:
        body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def head_meta_charset(body: bytes) -> str | None:
    """The codec of the first ``<meta>`` charset declaration anywhere in ``<head>``."""
    end = _HEAD_END.search(body, 0, HEAD_SCAN_LIMIT)
    m = _META_CHARSET.search(body, 0, end.start() if end else HEAD_SCAN_LIMIT)
    return codec_name(m.group(1).decode("ascii")) if m else None


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
        if not isinstance(response, HtmlResponse) or not response.body:
            return response
        body = response.body
        if body.isascii() or read_bom(body)[0]:
            return response
        ctype = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
        header = codec_name(http_content_type_encoding(ctype))
        declared, where = (header, "Content-Type header") if header else (
            codec_name(html_body_declared_encoding(body)), "<meta> declaration")
        utf8 = decodes(body, "utf-8")
        if declared:
            declared_fits = decodes(body, declared)
            if declared_fits and declared not in _WESTERN and (declared == "utf-8" or not utf8):
                return response
            if utf8:
                fit = "utf-8"
            elif not declared_fits and self._nearly_fits(body, declared):
                # A page in its declared charset with a broken character or two (a summary cut
                # mid-character): keep the charset, lose those bytes.  Another charset that
                # happens to decode it strictly would be wrong everywhere else.
                return self._salvage(request, response, [declared])
            else:
                fit = self._first_fitting(body, exclude=declared)
            if fit is None and declared_fits and (
                    declared not in _WESTERN or mojibake_in(body.decode(declared)) is None):
                return response  # a Western page after all: nothing else fits
            if fit is not None:
                self.faults.repaired(request, "charset_mismatch",
                                     f"the {where} says {declared}, the bytes are {fit}; decoded as {fit}")
                return response.replace(encoding=fit)
            return self._salvage(request, response, [declared, *self._candidates(body)])
        late = head_meta_charset(body)
        if late and decodes(body, late):
            self.faults.repaired(request, "charset_late_meta",
                                 f"the only charset declaration ({late}) is past the first 4096 bytes; decoded as {late}")
            return response.replace(encoding=late)
        fit = "utf-8" if utf8 else self._first_fitting(body)
        if fit is not None:
            if codec_name(response.encoding) == fit:
                return response
            self.faults.repaired(request, "charset_undeclared",
                                 f"no charset declared and the guess {response.encoding} does not fit; decoded as {fit}")
            return response.replace(encoding=fit)
        return self._salvage(request, response, [codec_name(response.encoding), *self._candidates(body)])

    def _candidates(self, body: bytes) -> list[str]:
        """The head's own ``<meta>`` declaration first, then the configured fallbacks."""
        meta = head_meta_charset(body)
        return list(dict.fromkeys([c for c in (meta, *self.fallbacks) if c]))

    def _first_fitting(self, body: bytes, exclude: str | None = None) -> str | None:
        return next((c for c in self._candidates(body) if c != exclude and decodes(body, c)), None)

    def _bad_sequences(self, body: bytes, encoding: str) -> tuple[int, str]:
        text = body.decode(encoding, errors="replace")
        return text.count("\ufffd"), text

    def _nearly_fits(self, body: bytes, encoding: str) -> bool:
        """At most ``max_bad`` invalid sequences, and at most 1 % of the non-ASCII bytes."""
        if encoding in _WESTERN:
            return False
        bad, _ = self._bad_sequences(body, encoding)
        return bad <= self.max_bad and bad * 100 <= len(_NON_ASCII.findall(body))

    def _salvage(self, request: Request, response: Response, candidates: list[str | None]) -> Response:
        """No candidate decodes strictly: keep the best one if it misses only a few sequences."""
        body = response.body
        # A single-byte Western codec decodes (nearly) anything: as a "best fit" it is mojibake.
        candidates = [c for c in dict.fromkeys(candidates) if c and c not in _WESTERN]
        scored = sorted((self._bad_sequences(body, enc) + (enc,) for enc in candidates), key=lambda t: t[0])
        if scored and self._nearly_fits(body, scored[0][2]):
            bad, text, best = scored[0]
            self.faults.repaired(request, "charset_bad_bytes",
                                 f"{bad} byte sequences are invalid in {best} (the best fit); dropped them")
            return response.replace(body=text.replace("\ufffd", "").encode("utf-8"), encoding="utf-8")
        raise self.faults.lost(request, "charset_undecodable",
                               f"the text fits no charset (tried {', '.join(candidates)}; "
                               f"at best {scored[0][0] if scored else '?'} invalid sequences)")
