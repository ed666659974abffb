"""Is an extracted page a news article?  (A minimal rule, for the profile-free walk.)

A portal lists more than stories: special-topic landing pages, photo galleries, video pages,
notices that are only an attachment.  They have a title and often a dated line as articles
do; what they lack is a **body of prose**.  A page is an article when the extractor found a
title, a publication time and a body of at least :data:`MIN_BODY_CHARS` characters with at
least :data:`MIN_SENTENCES` sentence ends (。！？; the shortest real story in the devset and
the replicas, a two-sentence brief, has 80 characters).

(Engineer "extract" is adding page-kind detection to :mod:`newscrawl.extract`; this function
is the single place the spider asks, to be replaced by theirs.)
"""

from __future__ import annotations

import re

from .article import PageFields

MIN_BODY_CHARS = 60
MIN_SENTENCES = 2
_SENTENCE_END = re.compile(r"[。！？!?](?:[”」』）)]*)")


def page_kind(page: PageFields) -> str:
    """``"article"``, or why not: ``"no_title"``, ``"no_time"``, ``"no_prose"``."""
    if not page.title:
        return "no_title"
    if not page.published_at:
        return "no_time"
    text = "".join(page.paragraphs)
    if len(text) < MIN_BODY_CHARS or len(_SENTENCE_END.findall(text)) < MIN_SENTENCES:
        return "no_prose"
    return "article"


def is_article(page: PageFields) -> bool:
    return page_kind(page) == "article"
