"""Mend the broken markup that costs text or poisons it; leave the rest to lxml.

Old CMS templates close ``</body></html>`` after an include and carry on writing the page.
Browsers (the HTML5 parsing algorithm) ignore those end tags and show everything; libxml2,
behind lxml and parsel, ends the document there, so the article body after it is lost
(measured on the replica: 1,625 characters of body became 165; on a real gov.cn page, the
whole text of a resolution).  And a numeric character reference to no character (``&#0;``,
``&#xD800;``, ``&#99999999;``) becomes U+FFFD, which the mojibake guard rightly refuses in
an article.  Other malformed markup (unclosed ``<p>``, ``<li>``, ``<font>``, missing
``</div>``) lxml repairs as a browser would, so it is left alone.

:func:`repair` edits the bytes before anything parses them:

``stray_end_tag``  every ``</body>`` and ``</html>`` with page content after it is removed
                   (the parser closes the document at the end anyway)
``bad_char_ref``   numeric character references to NUL, a surrogate or beyond U+10FFFF
                   are removed
``replacement_char`` U+FFFD written into a UTF-8 page by its publisher (an emoji lost when the
                   page was saved: ``阶段<br>������<div>``) is removed: it says nothing, and
                   left in, the mojibake guard would refuse the whole article for it

Editing bytes is safe in GBK, GB18030, Big5 and UTF-8: ``<``, ``&`` and ``#`` never occur
inside their multibyte characters.  Pages in other encodings (UTF-16) are left alone.  The
crawl applies it in :class:`newscrawl.middlewares.markup.MarkupRepairMiddleware` (which
counts the faults); ``python -m newscrawl.extract`` and the benchmarks through
:func:`newscrawl.extract.page_response`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_END_TAG = re.compile(rb"</(?:body|html)\s*>", re.IGNORECASE)
#: What may follow the document's real end without harm: whitespace, comments, end tags and
#: the analytics ``<script>`` many portals append after ``</html>``.
#: Each comment or script may not run past its own end (a lazy ``.*?`` could swallow the text
#: between two scripts), and the possessive ``*+`` never backtracks: linear on any page.
_HARMLESS_TAIL = re.compile(
    rb"(?:\s|<!--(?:(?!-->).)*-->|</(?:body|html)\s*>|<script\b(?:(?!</script).)*</script\s*>)*+\Z",
    re.DOTALL | re.IGNORECASE)
_FFFD = "\ufffd".encode("utf-8")
_UTF8 = re.compile(r"^utf-?8", re.IGNORECASE)
_CHAR_REF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?")
_ASCII_SAFE = re.compile(r"^(utf-?8|gb|gbk|gb18030|gb2312|big5|big5hkscs|cp9\d\d|ascii|cp125\d|iso8859|latin)", re.IGNORECASE)


@dataclass
class Repair:
    body: bytes  # the mended bytes (the same object when nothing was mended)
    stray_end_tags: int = 0
    bad_refs: list = field(default_factory=list)  # the references removed (bytes)
    replacement_chars: int = 0


def _is_bad_char_ref(m: re.Match[bytes]) -> bool:
    digits = m.group(1) or m.group(2)
    if len(digits) > 8:
        return True  # beyond U+10FFFF whatever the digits
    cp = int(digits, 16 if m.group(1) else 10)
    return cp == 0 or 0xD800 <= cp <= 0xDFFF or cp > 0x10FFFF


def stray_end_tags(body: bytes) -> int:
    """How many ``</body>``/``</html>`` come before the end of the page's content (0: none)."""
    first = _END_TAG.search(body)
    if first is None or _HARMLESS_TAIL.match(body, first.start()):
        return 0  # no end tag, or only the document's own ending
    return len(_END_TAG.findall(body, first.start()))


def repair(body: bytes, encoding: str) -> Repair:
    """``body`` (in ``encoding``) with stray end tags and bad character references removed."""
    stray = stray_end_tags(body)
    bad_refs = [m.group(0) for m in _CHAR_REF.finditer(body) if _is_bad_char_ref(m)] if b"&#" in body else []
    utf8 = _UTF8.match(encoding) is not None
    replacement = body.count(_FFFD) if utf8 else 0
    if (not stray and not bad_refs and not replacement) or not _ASCII_SAFE.match(encoding.replace("_", "").replace("-", "")):
        return Repair(body)
    if replacement:
        body = body.replace(_FFFD, b"")
    if stray:
        first = _END_TAG.search(body)
        body = body[:first.start()] + _END_TAG.sub(b"", body[first.start():])
    if bad_refs:
        body = _CHAR_REF.sub(lambda m: b"" if _is_bad_char_ref(m) else m.group(0), body)
    return Repair(body, stray, bad_refs, replacement)
