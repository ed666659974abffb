"""Which charset a page's bytes are really in: one decision for the crawl and the command.

Scrapy decodes a page by the first of: byte-order mark, ``Content-Type`` header, a ``<meta>``
declaration in the first 4096 bytes (w3lib's window), a guess.  Real pages defeat that in
several ways (research/portals.md §1.7, §4.1; the real devset): a header that says UTF-8
over GBK bytes, a template that still says ``gb2312`` in its ``<meta>`` over UTF-8 bytes
(read as GBK that gives valid but wrong hanzi, which no later check can see), a ``<meta>``
pushed past 4 KB by head junk, no declaration at all.

:func:`decide` checks the declaration against the bytes.  A declaration is believed when the
whole body decodes with it strictly (no invalid sequence) — except that a non-ASCII body that
is valid UTF-8 is UTF-8 whatever it declares (random GBK or Big5 text is essentially never
valid UTF-8), and a Western single-byte declaration (latin-1, cp1252) on a Chinese page is
not believed while a CJK encoding also fits (nor is any codec that cannot write Chinese
— Cyrillic, ascii — taken as a best fit).  Otherwise the candidates, in order, are: a
``<meta>`` declaration anywhere in ``<head>``, then the fallbacks (default UTF-8, then
GB18030, the superset of GB2312/GBK); the first that decodes strictly is used.  The outcome's
``fault`` names what was wrong:

``charset_mismatch``     the declaration contradicts the bytes; decoded by the fitting candidate
``charset_late_meta``    no declaration within 4 KB, one further down; decoded by it
``charset_undeclared``   no declaration at all and Scrapy's guess did not fit; a fallback did
``charset_bad_bytes``    no candidate fits, but one (the declared charset first; never a
                         Western single-byte codec, which decodes anything into mojibake)
                         misses at most ``max_bad`` sequences and at most 1 % of the non-ASCII
                         bytes: those are dropped, the page re-encoded as UTF-8
``charset_undecodable``  nothing fits: the page is given up on (``encoding`` is None)

A page with a byte-order mark, or pure ASCII, is left alone.  :func:`decode_response` applies
the decision to a Scrapy response; the crawl's ``CharsetRepairMiddleware`` and
``python -m newscrawl.extract`` both go through it.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import lru_cache

from scrapy.http import HtmlResponse, Response
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom, resolve_encoding

from .text import mojibake_in

#: ``<meta charset=x>`` and ``<meta http-equiv="Content-Type" content="text/html; charset=x">``.
_META_CHARSET = re.compile(rb"""<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_HEAD_END = re.compile(rb"</head\s*>|<body[\s>]", re.IGNORECASE)
#: Past this many bytes without ``</head>`` a ``<meta>`` is body text, not a declaration.
HEAD_SCAN_LIMIT = 64 * 1024
_NON_ASCII = re.compile(rb"[\x80-\xff]")
DEFAULT_FALLBACKS = ("utf-8", "gb18030")
DEFAULT_MAX_BAD = 16


@lru_cache(maxsize=64)
def _foreign(encoding: str) -> bool:
    """A codec that cannot write Chinese (latin-1, cp1252, Cyrillic, ascii …): it decodes nearly
    any bytes, so on a Chinese page its "fit" is mojibake, never evidence."""
    try:
        "中文".encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return True
    return False


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


@dataclass(frozen=True)
class Decision:
    """What to do with a page whose charset Scrapy got wrong (None from :func:`decide`: nothing)."""

    encoding: str | None  # decode with this; None: undecodable
    fault: str  # charset_mismatch | charset_late_meta | charset_undeclared | charset_bad_bytes | charset_undecodable
    message: str
    body: bytes | None = None  # the repaired body (charset_bad_bytes: bad sequences dropped, UTF-8)


def decide(body: bytes, content_type: str = "", guessed: str | None = None,
           fallbacks: tuple[str, ...] | list[str] = DEFAULT_FALLBACKS, max_bad: int = DEFAULT_MAX_BAD) -> Decision | None:
    """The right charset for ``body`` when Scrapy's choice (``guessed``) is wrong, else None."""
    if not body or body.isascii() or read_bom(body)[0]:
        return None
    fallbacks = [c for c in (codec_name(f) for f in fallbacks) if c]
    header = codec_name(http_content_type_encoding(content_type))
    declared, where = (header, "Content-Type header") if header else (
        codec_name(html_body_declared_encoding(body)), "<meta> declaration")
    utf8 = decodes(body, "utf-8")
    if declared:
        declared_fits = decodes(body, declared)
        if declared_fits and not _foreign(declared) and (declared == "utf-8" or not utf8):
            return None
        if utf8:
            fit = "utf-8"
        elif not declared_fits and _nearly_fits(body, declared, max_bad):
            # A page in its declared charset with a broken character or two (a summary cut
            # mid-character): keep the charset, lose those bytes.  Another charset that
            # happens to decode it strictly would be wrong everywhere else.
            return _salvage(body, [declared], max_bad)
        else:
            fit = _first_fitting(body, fallbacks, exclude=declared)
        if fit is None and declared_fits and (not _foreign(declared) or mojibake_in(body.decode(declared)) is None):
            return None  # a Western page after all: nothing else fits
        if fit is not None:
            return Decision(fit, "charset_mismatch", f"the {where} says {declared}, the bytes are {fit}; decoded as {fit}")
        return _salvage(body, [declared, *_candidates(body, fallbacks)], max_bad)
    late = head_meta_charset(body)
    if late and decodes(body, late):
        return Decision(late, "charset_late_meta",
                        f"the only charset declaration ({late}) is past the first 4096 bytes; decoded as {late}")
    fit = "utf-8" if utf8 else _first_fitting(body, fallbacks)
    if fit is not None:
        if codec_name(guessed) == fit:
            return None
        return Decision(fit, "charset_undeclared", f"no charset declared and the guess {guessed} does not fit; decoded as {fit}")
    return _salvage(body, [codec_name(guessed), *_candidates(body, fallbacks)], max_bad)


def decode_response(response: Response, fallbacks: tuple[str, ...] | list[str] = DEFAULT_FALLBACKS,
                    max_bad: int = DEFAULT_MAX_BAD) -> tuple[Response, Decision | None]:
    """``response`` decoded by :func:`decide`, and the decision (None: Scrapy's was right).

    An undecodable page comes back unchanged with a decision whose ``encoding`` is None: the
    caller gives it up and reports it.
    """
    if not isinstance(response, HtmlResponse) or not response.body:
        return response, None
    ctype = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
    decision = decide(response.body, ctype, response.encoding, fallbacks, max_bad)
    if decision is None or decision.encoding is None:
        return response, decision
    if decision.body is not None:
        return response.replace(body=decision.body, encoding=decision.encoding), decision
    return response.replace(encoding=decision.encoding), decision


def _candidates(body: bytes, fallbacks: list[str]) -> list[str]:
    """The head's own ``<meta>`` declaration first, then the fallbacks."""
    meta = head_meta_charset(body)
    return list(dict.fromkeys([c for c in (meta, *fallbacks) if c]))


def _first_fitting(body: bytes, fallbacks: list[str], exclude: str | None = None) -> str | None:
    return next((c for c in _candidates(body, fallbacks) if c != exclude and decodes(body, c)), None)


def _bad_sequences(body: bytes, encoding: str) -> tuple[int, str]:
    text = body.decode(encoding, errors="replace")
    return text.count("\ufffd"), text


def _nearly_fits(body: bytes, encoding: str, max_bad: int) -> bool:
    """At most ``max_bad`` invalid sequences, and at most 1 % of the non-ASCII bytes."""
    if _foreign(encoding):
        return False
    bad, _ = _bad_sequences(body, encoding)
    return bad <= max_bad and bad * 100 <= len(_NON_ASCII.findall(body))


def _salvage(body: bytes, candidates: list[str | None], max_bad: int) -> Decision:
    """No candidate decodes strictly: keep the best one if it misses only a few sequences."""
    # A codec that cannot write Chinese decodes (nearly) anything: as a "best fit" it is mojibake.
    candidates = [c for c in dict.fromkeys(candidates) if c and not _foreign(c)]
    scored = sorted((_bad_sequences(body, enc) + (enc,) for enc in candidates), key=lambda t: t[0])
    if scored and _nearly_fits(body, scored[0][2], max_bad):
        bad, text, best = scored[0]
        return Decision("utf-8", "charset_bad_bytes",
                        f"{bad} byte sequences are invalid in {best} (the best fit); dropped them",
                        text.replace("\ufffd", "").encode("utf-8"))
    return Decision(None, "charset_undecodable",
                    f"the text fits no charset (tried {', '.join(candidates)}; "
                    f"at best {scored[0][0] if scored else '?'} invalid sequences)")
