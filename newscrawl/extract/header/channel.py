"""The channel path: the breadcrumb's link names below the site root."""

from __future__ import annotations

from lxml import etree

from ..container import attrs
from ..document import Doc
from ..text import squash, to_simplified
from ..vocabulary import (
    CRUMB_SKIP,
)
from .common import _CRUMB_ATTR, _CRUMB_SEPARATORS, _CRUMB_TEXT

# ---------------------------------------------------------------------------------------------
# Channel
# ---------------------------------------------------------------------------------------------


def channel(doc: Doc, title: str | None) -> list[str]:
    """Breadcrumb link names below the site root (当前位置：首页 > 新闻 > 本地 → [新闻, 本地])."""
    crumb = _breadcrumb(doc)
    if crumb is None:
        return []
    names = [squash(a.text_content()) for a in crumb.iter("a")]
    names = [n for n in names[1:] if n and n not in CRUMB_SKIP and n != title]
    return [to_simplified(n) for n in names]


def _breadcrumb(doc: Doc):
    limit = doc.order.get(doc.anchor, None) if doc.anchor is not None else None
    candidates = []
    # (a walk that stops at the headline: an XPath would test every element of the page first)
    for el in doc.body_el.iter(etree.Element):
        if limit is not None and doc.order.get(el, 0) > limit:
            break
        if el.tag != "a" and len(el) and (_links(el) >= 2 or sum(_links(c) for c in el) >= 2):
            candidates.append(el)
    for el in candidates:  # named so: class/id, or a 当前位置 label
        head = (el.text or "") + "".join((c.text or "") + (c.tail or "") for c in el[:2])
        if _CRUMB_ATTR.search(attrs(el)) or _CRUMB_TEXT.search(head):
            if len(squash(el.text_content())) <= 150:
                return el
    for el in candidates:  # or just links with >> between them
        if el.tag != "ul" and _separated_links(el):
            return el
    return None


def _links(el) -> int:
    """How many of ``el``'s children are links."""
    return sum(1 for c in el if c.tag == "a")


def _separated_links(el) -> bool:
    """Two or more links whose text in between is only breadcrumb separators (>>, >, ＞ …)."""
    children = [c for c in el if isinstance(c.tag, str)]
    if len(children) < 2 or any(c.tag != "a" for c in children):
        return False
    gaps = [squash(c.tail) for c in children[:-1]]
    return all(g and _CRUMB_SEPARATORS.match(g.replace(" ", "")) for g in gaps)


