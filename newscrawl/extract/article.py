"""Article page → fields.  One small function per field, each driven by the profile's XPaths.

Where a field comes from, in order:

=============  ==================================================================
title          ``rules.title`` (h1 of the title block)
pretitle       ``rules.pretitle`` (引题)
subtitle       ``rules.subtitle`` with the leading ——
published_at   the visible time line (``rules.meta_line``), else ``<meta name=publishdate>``
source         the 来源 of the time line, noise links cut, else ``<meta name=source>``
editors        ``rules.editors`` (the 责编 block)
channel        ``rules.breadcrumb`` below the site root (the spider falls back to the list path)
body, images   ``rules.body`` via :mod:`.body` (boilerplate text is the clean pipeline's job)
authors        reporter lines in the body, taken out by the clean pipeline
=============  ==================================================================

Text from BIG5-gateway pages is kept as printed (``script`` says ``zh-Hant``) except the
channel names, which are mapped to simplified so both gateways give one channel path.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urljoin

from parsel import Selector

from ..sites.profile import ArticleRules, native_xpath
from . import bylines, dates
from .body import extract_body
from .text import detect_script, squash, strip_dashes, to_simplified



@dataclass
class PageFields:
    """What one article page (page 1 or page n of a long article) yields."""

    url: str
    title: str | None = None
    pretitle: str | None = None
    subtitle: str | None = None
    published_at: str | None = None
    source: str | None = None
    editors: list[str] = field(default_factory=list)
    channel: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    images: list[dict] = field(default_factory=list)
    page_links: list[str] = field(default_factory=list)
    script: str | None = None
    #: Writers named outside the body (作者 in the time line, ``#author_baidu``); reporters named
    #: in the body are taken out by the clean pipeline.  Profiles leave it empty.
    authors: list[str] = field(default_factory=list)
    #: Steps of the generic extractor that failed on this page (counted by the caller).
    errors: list[str] = field(default_factory=list)
    #: The generic extractor found the "body" to be one item of a run of like items, each
    #: under a headline link (a forum board's threads, a list page's summaries): not an article.
    listed: bool = False


def _first_text(sel: Selector, xpath: str | None) -> str | None:
    if not xpath:
        return None
    for node in sel.xpath(native_xpath(xpath)):
        text = squash(node.xpath("string()").get())
        if text:
            return text
    return None


def title(sel: Selector, rules: ArticleRules) -> str | None:
    return _first_text(sel, rules.title)


def pretitle(sel: Selector, rules: ArticleRules) -> str | None:
    return _first_text(sel, rules.pretitle)


def subtitle(sel: Selector, rules: ArticleRules) -> str | None:
    text = _first_text(sel, rules.subtitle)
    return strip_dashes(text) or None if text else None


def published_at(sel: Selector, rules: ArticleRules) -> str | None:
    value = dates.parse_datetime(_first_text(sel, rules.meta_line))
    if value is None and rules.publish_date_meta:
        value = dates.parse_machine(sel.xpath(native_xpath(rules.publish_date_meta)).get())  # may carry an offset
    return dates.iso(value)


def source(sel: Selector, rules: ArticleRules) -> str | None:
    found = bylines.source_in(_first_text(sel, rules.meta_line), rules.source_noise)
    if found is None and rules.source_meta:
        meta = squash(sel.xpath(native_xpath(rules.source_meta)).get())
        found = bylines.source_in(meta, rules.source_noise) or bylines.source_in("来源：" + meta, rules.source_noise)
    return found


def editors(sel: Selector, rules: ArticleRules) -> list[str]:
    return bylines.editors_from(_first_text(sel, rules.editors))


def channel(sel: Selector, rules: ArticleRules) -> list[str]:
    """Breadcrumb names below the site root, in simplified characters."""
    if not rules.breadcrumb:
        return []
    names = [squash(a.xpath("string()").get()) for a in sel.xpath(native_xpath(rules.breadcrumb))]
    return [to_simplified(n) for n in names[1:] if n]


def page_links(sel: Selector, rules: ArticleRules, url: str) -> list[str]:
    if not rules.pager:
        return []
    return [urljoin(url, href.strip()) for href in sel.xpath(native_xpath(f"{rules.pager}/@href")).getall() if href.strip()]


def extract_page(sel: Selector, url: str, rules: ArticleRules) -> PageFields:
    """All fields of one article page.  Never raises on odd markup: missing parts are None/[]."""
    page = PageFields(
        url=url,
        title=title(sel, rules),
        pretitle=pretitle(sel, rules),
        subtitle=subtitle(sel, rules),
        published_at=published_at(sel, rules),
        source=source(sel, rules),
        editors=editors(sel, rules),
        channel=channel(sel, rules),
        page_links=page_links(sel, rules, url),
    )
    container = sel.xpath(native_xpath(rules.body))
    if container:
        body = extract_body(container[0].root, url, tuple(native_xpath(x) for x in rules.body_exclude))
        page.paragraphs, page.images = body.paragraphs, body.images
    page.script = detect_script((page.title or "") + "".join(page.paragraphs))
    return page


def merge_pages(pages: list[PageFields]) -> PageFields:
    """Pages 1..n of one article → one: page 1's header fields, every page's body and images."""
    first = pages[0]
    merged = PageFields(**{**first.__dict__, "paragraphs": [], "images": []})
    for page in pages:
        for para in page.paragraphs:
            # Some templates repeat the last paragraph of page n at the top of page n+1.
            if not merged.paragraphs or merged.paragraphs[-1] != para:
                merged.paragraphs.append(para)
        merged.images.extend(img for img in page.images if img not in merged.images)
        merged.editors = merged.editors or page.editors
    return merged
