"""Every kind of fault a run can meet, named once: :class:`Fault`.

The middlewares count them as ``newscrawl/faults/<kind>``, the spider as
``newscrawl/articles/failed/<kind>``, the pipelines as ``newscrawl/dropped/<kind>``; the run
(:mod:`newscrawl.run`) asks :func:`permanent` whether a kind will most likely be the same
next time (a dead link, a page with no article on it), in which case the article is backed off
and then given up on, and a channel or list page is remembered as dead, instead of being
requested again every run.  Passing kinds (5xx, timeouts, cut connections) are never held
against a page.

Two families are open-ended and so not members: ``http_<status>`` (:func:`http`) and
``missing_<field>`` (:func:`missing`, one per ``NEWSCRAWL_REQUIRED_FIELDS`` entry).
"""

from __future__ import annotations

from enum import StrEnum


class Fault(StrEnum):
    # -- downloads: what retries could not fix (newscrawl.middlewares.failures) -------------
    TIMEOUT = "timeout"
    DATA_LOSS = "data_loss"
    CONNECTION_LOST = "connection_lost"
    CONNECTION_REFUSED = "connection_refused"
    DNS = "dns"
    TOO_LARGE = "too_large"
    DOWNLOAD_ERROR = "download_error"
    DECOMPRESSION_BOMB = "decompression_bomb"
    # -- 200 pages that are no page (pages, retry) ------------------------------------------
    BUSY_PAGE = "busy_page"
    EMPTY_BODY = "empty_body"
    UNTERMINATED_BODY = "unterminated_body"
    SOFT_404 = "soft_404"
    BINARY_BODY = "binary_body"
    # -- charsets and markup (repaired, except undecodable) ---------------------------------
    CHARSET_MISMATCH = "charset_mismatch"
    CHARSET_LATE_META = "charset_late_meta"
    CHARSET_UNDECLARED = "charset_undeclared"
    CHARSET_BAD_BYTES = "charset_bad_bytes"
    CHARSET_UNDECODABLE = "charset_undecodable"
    STRAY_END_TAG = "stray_end_tag"
    BAD_CHAR_REF = "bad_char_ref"
    REPLACEMENT_CHAR = "replacement_char"  # U+FFFD in the publisher's own UTF-8
    # -- redirects ----------------------------------------------------------------------------
    REDIRECT_SCHEME = "redirect_scheme"
    REDIRECT_OFFSITE = "redirect_offsite"
    REDIRECT_LOOP = "redirect_loop"
    REDIRECT_TO_SEEN = "redirect_to_seen"
    # -- robots.txt (newscrawl.middlewares.robots) ------------------------------------------
    ROBOTS = "robots"  # a page robots.txt disallows: a decision, never a failure
    ROBOTS_UNREACHABLE = "robots_unreachable"  # robots.txt 5xx/unreadable: the host is off for the run
    # -- the spider and the pipelines ---------------------------------------------------------
    NOT_TEXT = "not_text"
    EXTRACT_ERROR = "extract_error"
    SCHEMA = "schema"
    MOJIBAKE = "mojibake"
    IGNORED = "IgnoreRequest"  # a request some other component ignored (no reason given)


def http(status: int) -> str:
    """The kind of an error status: ``http_404``, ``http_503``…"""
    return f"http_{status}"


def missing(field: str) -> str:
    """The kind of an article dropped for lacking a required field."""
    return f"missing_{field}"


#: Kinds that will most likely be the same next time.
_PERMANENT = frozenset({
    Fault.SOFT_404, Fault.BINARY_BODY, Fault.CHARSET_UNDECODABLE, Fault.TOO_LARGE, Fault.DECOMPRESSION_BOMB,
    Fault.REDIRECT_OFFSITE, Fault.REDIRECT_SCHEME, Fault.REDIRECT_LOOP, Fault.ROBOTS, Fault.IGNORED,
    Fault.NOT_TEXT, Fault.EXTRACT_ERROR, Fault.MOJIBAKE, Fault.SCHEMA,
})
#: Client errors that are about the moment, not the page.
_PASSING_STATUSES = frozenset({408, 425, 429})


def permanent(kind: str | None) -> bool:
    """Whether a page lost for ``kind`` should be backed off rather than asked for again."""
    if not kind:
        return False
    if kind in _PERMANENT or kind.startswith("missing_"):
        return True
    if kind.startswith("http_") and kind[5:].isdigit():
        status = int(kind[5:])
        return 400 <= status < 500 and status not in _PASSING_STATUSES
    return False


def kind_of(exception: BaseException) -> str:
    """The kind a lost request's exception stands for (a PageFault names it; else its type)."""
    return getattr(exception, "kind", None) or type(exception).__name__
