"""What a site profile is: the data that points the one ``portal`` spider at one portal.

A profile says where the portal lives, how its channel tree is walked (one
:class:`ChannelLevel` per level, by markup and names, never by node id), what a list page
and an article URL look like, which selectors give each article field, and which text is
boilerplate there.  Everything is plain data; :mod:`newscrawl.spiders.portal` and
:mod:`newscrawl.extract` do the work.

XPath is used throughout because it can test link text (``normalize-space()='地市频道'``)
and, through parsel's ``has-class()``, match class lists whatever their spacing (the real
pages have ``class=" list_16 mt10"``).  Profiles are written with ``has-class()`` (it reads
well); the spider and the extractor evaluate each rule as the XPath 1.0 test it stands for
(:func:`native_xpath`), which libxml2 runs itself: parsel's ``has-class`` is a Python call on
every element tested.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from urllib.parse import urlsplit


_HAS_CLASS = re.compile(r"has-class\(\s*((?:'[^']*'|\"[^\"]*\")(?:\s*,\s*(?:'[^']*'|\"[^\"]*\"))*)\s*\)")
_QUOTED = re.compile(r"'([^']*)'|\"([^\"]*)\"")


@lru_cache(maxsize=512)
def native_xpath(xpath: str | None) -> str | None:
    """``xpath`` with each ``has-class('a', 'b')`` written as the XPath 1.0 test it stands for
    (every name among the element's space-separated classes)."""
    if not xpath or "has-class" not in xpath:
        return xpath

    def test(m: re.Match) -> str:
        names = [a or b for a, b in _QUOTED.findall(m[1])]
        return "(" + " and ".join(f"contains(concat(' ', normalize-space(@class), ' '), ' {n} ')" for n in names) + ")"

    return _HAS_CLASS.sub(test, xpath)


@dataclass(frozen=True)
class ChannelLevel:
    """One level of the channel tree: which links on a page at this level lead one level down.

    The link text becomes that child's name in the article's channel path.
    """

    name: str
    links: str


#: How a column's list pages are written (:attr:`ListRules.written`).
MARKUP = "markup"  # <a> elements the XPaths ``items`` and ``pager`` select
SCRIPT = "script"  # in scripts and list services, read as the profile-free walk reads them


@dataclass(frozen=True)
class ListRules:
    """A column's list pages: the links to articles, and the links to the list's other pages.

    ``written=MARKUP`` (the default): ``items`` selects the ``<a>`` elements of the list's
    articles and ``pager`` those of its other pages.  With ``next_page`` (the 下一页 link) the
    spider pages one step at a time, which lets an incremental run stop at the first page of
    articles it already has; without it, it follows every ``pager`` link.

    ``written=SCRIPT``, for lists no ``<a>`` XPath can describe: the page is read the way the
    profile-free walk reads one (:mod:`newscrawl.sites.lists`): its ``<a>`` lists and the
    lists its scripts hold (Hanweb's ``<script type="text/xml">`` datastore, JS arrays of
    ``{title, url}``, ``document.write``), its articles those links of the profile's
    ``article_path``; its next pages are its 下一页/page-number links (markup or written by a
    script) and what its scripts would open (TRS ``createPageHTML``, ``countPage``; the next
    group of a Hanweb list service, by the form POST its jpage script sends).  ``items``,
    ``pager`` and ``next_page`` are not used then.
    """

    items: str | None = None
    pager: str | None = None
    next_page: str | None = None
    written: str = MARKUP

    def __post_init__(self) -> None:
        if self.written not in (MARKUP, SCRIPT):
            raise ValueError(f"ListRules.written must be {MARKUP!r} or {SCRIPT!r}, got {self.written!r}")
        if self.written == MARKUP and not (self.items and self.pager):
            raise ValueError("ListRules: a list written in markup needs the items and pager XPaths")


@dataclass(frozen=True)
class ArticleRules:
    """XPaths for each field of an article page (each selects elements or attribute values)."""

    title: str
    body: str
    meta_line: str  # the visible 时间/来源 line
    pretitle: str | None = None
    subtitle: str | None = None
    breadcrumb: str | None = None  # <a> elements, site root first
    editors: str | None = None
    pager: str | None = None  # links to pages 2..n of a long article
    publish_date_meta: str | None = "//meta[@name='publishdate']/@content"
    source_meta: str | None = "//meta[@name='source']/@content"
    body_exclude: tuple[str, ...] = ()  # furniture inside the body container (relative XPaths)
    source_noise: tuple[str, ...] = ()  # link texts glued after the source name


@dataclass(frozen=True)
class SiteProfile:
    name: str
    title: str  # the portal's own name, the breadcrumb's root
    base_url: str  # scheme://host of the real portal; ``-a base_url=`` replaces it
    home_path: str
    levels: tuple[ChannelLevel, ...]
    lists: ListRules
    #: Regex over a URL path; must define ``id`` (the portal's article id) and may define
    #: ``page`` (page n of a long article).
    article_path: str
    article: ArticleRules
    #: Rewrites applied to an article URL's path to get its canonical form (BIG5→GB, page n→1).
    canonical_rewrites: tuple[tuple[str, str], ...] = ()
    #: Other host names of the real portal (aliases are canonicalised to ``base_url``'s host).
    host_aliases: tuple[str, ...] = ()
    #: Extra boilerplate line patterns for this portal, on top of the generic ones.
    boilerplate_lines: tuple[str, ...] = ()
    #: The CMS family the portal is built on (people.com.cn CMS, TRS WCM, …), shown by ``scrapy sites``.
    family: str = ""

    @cached_property
    def article_re(self) -> re.Pattern[str]:
        return re.compile(self.article_path)

    @property
    def host(self) -> str:
        return urlsplit(self.base_url).hostname or ""
