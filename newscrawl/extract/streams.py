"""Streams: a box whose children are many stories' items — teasers (a headline link and a
summary each) or dated items (comments) — not one story, told by their shape whatever the class
names say.

Body scoring (:mod:`.choice`) discounts a stream and what is mostly one; the chosen container's
work copy (:func:`~.container.work_copy`) cuts a minor stream out of it.
"""

from __future__ import annotations

import math
from collections import Counter
from itertools import islice

from .body import HEADLINE_CHARS
from .dates import has_stamp

#: As many like items as this make a stream.
STREAM_ITEMS = 3


def stream_kind(el) -> str | None:
    """Whether ``el``'s children are :data:`STREAM_ITEMS` or more like items of one shape (the
    same tag), most of them opening with a headline link (``"teasers"``: ``<dl><dt><a>标题</a>
    </dt><dd>摘要…``, the "more stories" under a short article) or each stamped with a time to
    the minute (``"dated"``: comments, 网友 2024-05-06 10:00 说得好…) — whatever the class
    names say."""
    children = [c for c in el if isinstance(c.tag, str)]
    if len(children) < STREAM_ITEMS:
        return None
    tag, count = Counter(c.tag for c in children).most_common(1)[0]
    if count < STREAM_ITEMS or tag in ("p", "br", "img", "span", "font", "strong", "b"):
        return None
    items = [c for c in children if c.tag == tag]
    opening = sum(1 for c in items if _opens_with_headline_link(c))
    if opening >= STREAM_ITEMS and opening >= 0.6 * count:
        return "teasers"
    needed = max(STREAM_ITEMS, math.ceil(0.6 * count))
    dated = 0
    for seen, item in enumerate(items):
        if dated + (len(items) - seen) < needed:
            break  # too few items left to make it a stream
        if any(len(t) <= 60 and has_stamp(t) for t in islice(item.itertext(), 24)):
            dated += 1
            if dated >= needed:
                return "dated"
    return None


def is_stream(el, known: dict) -> bool:
    """Whether ``el`` is a stream (:func:`stream_kind`), decided once per element of a page (``known``)."""
    return kind_of(el, known) is not None


def kind_of(el, known: dict) -> str | None:
    """:func:`stream_kind`, decided once per element of a page (``known``; "" for none)."""
    found = known.get(el)
    if found is None:
        found = known[el] = (stream_kind(el) if len(el) >= STREAM_ITEMS else None) or ""
    return found or None


def _opens_with_headline_link(item) -> bool:
    """Whether the first text of ``item`` is a link of headline length (a thumbnail's link
    before it has none)."""
    for node in item.iter():
        if not isinstance(node.tag, str):
            continue
        if node.tag == "a":
            text = (node.text_content() or "").strip()
            if text:
                return len(text) >= HEADLINE_CHARS
        elif (node.text or "").strip() and not any(a.tag == "a" for a in node.iterancestors()):
            return False
    return False
