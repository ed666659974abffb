"""Extraction: an article page → its fields.  One entry point for the crawl and the command.

:func:`extract` ``(response, profile=None) -> (fields, filled)`` is what the spider and
``python -m newscrawl.extract`` call.  Without a profile the generic extractor finds every
field; with one, the profile's selectors (:mod:`.article`) run first and the generic
extractor fills only the fields they missed (``filled`` names them), running only the steps
those fields need.  :func:`classify` says whether the page is an article at all.

One job per module:

==================  ==========================================================================
:mod:`.vocabulary`  the words pages are read by (labels, furniture classes, URL shapes): data
:mod:`.decoding`    which charset the bytes are in (shared with the charset middleware)
:mod:`.markup`      mending stray ``</html>`` and bad character references (shared with the markup middleware)
:mod:`.container`   body scoring: which element holds the article
:mod:`.body`        that element → paragraphs, pictures and their captions
:mod:`.scripted`    the body an app page's own script writes in (a string literal of HTML)
:mod:`.header`      title, kicker/subtitle, publication time, source, bylines, channel: a package,
                    one module per field family (title, published, credits, channel, lines)
:mod:`.kinds`       non-article detection (list, special topic, gallery, video, attachment)
:mod:`.urls`        what a URL says (the day, the id; a home page, a folder index)
:mod:`.generic`     the generic extractor's steps; :mod:`.article` the profiles' selectors
:mod:`.bylines`, :mod:`.dates`, :mod:`.text`, :mod:`.boilerplate`  shared text rules
==================  ==========================================================================

Nothing here imports from the spider or the pipelines.
"""

from __future__ import annotations

import logging

from ..sites.profile import native_xpath
from . import dates
from .article import PageFields, extract_page, merge_pages
from .generic import ALL_FIELDS, extract_generic, fill_missing, missing_fields
from .kinds import KINDS, classify

logger = logging.getLogger(__name__)


def extract(response, profile=None, stats=None) -> tuple[PageFields, list[str]]:
    """The fields of one article page, and the names of the fields the generic extractor filled.

    ``profile``: a :class:`newscrawl.sites.profile.SiteProfile` (its ``article`` rules are
    used), or None for a portal without one.  ``stats``: a Scrapy stats collector; a step that
    failed on odd markup is counted there as ``newscrawl/extract/step_errors/<step>``.
    """
    sel = response.selector
    url = response.url
    if profile is None:
        page = extract_generic(sel, url)
        filled: list[str] = []
    else:
        page = extract_page(sel, url, profile.article)
        wanted = missing_fields(page)
        filled = []
        if wanted:
            container = sel.xpath(native_xpath(profile.article.body)) if profile.article.body else []
            body_node = container[0].root if container and page.paragraphs else None
            generic = extract_generic(sel, url, wanted=frozenset(wanted), body_node=body_node)
            page, filled = fill_missing(page, generic)
            page.errors = generic.errors
    if stats is not None:
        for step in page.errors:
            stats.inc_value(f"newscrawl/extract/step_errors/{step}")
    return page, filled


def page_response(response):
    """What the crawl's downloader middlewares make of a page's bytes before extraction: the
    charset decision (:mod:`.decoding`) and the markup repair (:mod:`.markup`).  Returns
    ``(response, decision)``; a decision whose ``encoding`` is None means undecodable (the
    caller reports it).  For ``python -m newscrawl.extract``, the tests and the benchmarks."""
    from .decoding import decode_response
    from .markup import repair

    response, decision = decode_response(response)
    if decision is not None and decision.encoding is None:
        return response, decision
    mended = repair(response.body, response.encoding)
    if mended.body is not response.body:
        response = response.replace(body=mended.body)
    return response, decision


def extract_selector(sel, url: str) -> PageFields:
    """The generic extractor on a parsed page (benchmarks; the crawl goes through :func:`extract`)."""
    return extract_generic(sel, url)


__all__ = ["ALL_FIELDS", "KINDS", "PageFields", "classify", "dates", "extract", "extract_page", "extract_selector",
           "merge_pages", "page_response"]
