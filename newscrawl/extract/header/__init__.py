"""Header fields without selectors: title, kicker/subtitle, publication time, source, bylines, channel.

One module per field family (:mod:`.title`, :mod:`.published`, :mod:`.credits`, :mod:`.channel`), the
text's first and last lines (:mod:`.lines`), and what they share (:mod:`.common`: the label patterns and
the page's meta lines).

title
    the ``<title>`` part (split at ``_ | - --``) or ``og:title`` that the page also prints as a
    heading (so the site suffix goes, whichever side it is on; never a column name), else the
    page's one ``<h1>``, else, once the body is found, the most headline-like element before
    its prose (heading markup, nearness, the body repeating its words; not a banner, a
    breadcrumb, a column name or a document number), else ``<title>``, else ``og:title``.
    The headline element is the anchor for the rest.
published_at
    the labelled or date-only line between the headline and the end of the body (and a few
    labelled lines just before it), ``#pubtime_baidu``, ``<meta>`` names real sites use
    (:data:`~.vocabulary.TIME_META_NAMES`), ``<time datetime>``, JSON-LD / inline data
    (``datePublished``, ``pubtime``), and the date in the URL as the last resort (a bare
    day).  A day without a time is refined by a time of the same day from another source.
    Never a date from the top bar, a related-news list or comments: those sit outside the
    headline-to-body span.
source, editors, authors
    the 来源 of those lines (:func:`.bylines.source_in`), the 责任编辑/编辑 line anywhere, the
    作者/记者 of the time line or a byline line under the title; Baidu's ``#*_baidu`` ids first.
channel
    breadcrumb link names below the site root.
"""

from __future__ import annotations

from .channel import channel
from .common import meta_lines
from .credits import authors, credits_in, editors, head_authors, json_ld_authors, source
from .lines import lead_before, line_under_headline, subtitle_opening, tidy
from .published import published_at
from .title import column_of, document_title, find_title, title_before

__all__ = ["authors", "channel", "column_of", "credits_in", "document_title", "editors", "find_title", "head_authors",
           "json_ld_authors", "lead_before", "line_under_headline", "meta_lines", "published_at", "source", "subtitle_opening", "tidy",
           "title_before"]
