"""Link rules for a portal with no profile (``scrapy crawl portal -a start_url=http://host/``).

Chinese news CMSs give their pages telling URL shapes (research/portals.md §2-§3), so a
page's links can be sorted without knowing the site:

- **article** URLs carry an article id, and often a date: people.com.cn ``/GB/{node}/{id}.html``
  and ``/n2/YYYY/MMDD/c{node}-{id}.html``, TRS ``/YYYYMM/tYYYYMMDD_{id}.htm``, "system"
  ``/system/YYYY/MM/DD/{id}.shtml``, Founder ``content_{id}.htm``, ``/YYYY/MM-DD/{id}.html``;
  each pattern also captures page n of a long article;
- **list / channel** URLs are directory indexes: ``/``, ``index.html``, ``index2.html``,
  ``index_1.htm``, ``node_123.htm``, ``list_2.html``;
- **pager** links are list URLs whose text is 下一页/尾页/a number;
- everything else (search, forum, login, print, calendars of back issues, other hosts, other
  schemes) is not followed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

#: Article URL shapes; each defines ``id`` and may define ``page``.
ARTICLE_PATTERNS: tuple[str, ...] = (
    r"/(?:GB|BIG5)/(?:\d+/)*\d+/(?P<id>\d{5,})(?:-(?P<page>\d+))?\.html?$",
    r"/n\d?/\d{4}/\d{4}/c\d+-(?P<id>\d+)(?:-(?P<page>\d+))?\.html?$",
    r"/\d{6}/t\d{8}_(?P<id>\d+)(?:_(?P<page>\d+))?\.s?html?$",
    r"/system/\d{4}/\d{2}/\d{2}/(?P<id>\d{6,})(?:_(?P<page>\d+))?\.s?html?$",
    r"/system/\d{8}/(?P<id>\d{6,})(?:_(?P<page>\d+))?\.s?html?$",
    r"/content_(?P<id>\d+)(?:_(?P<page>\d+))?\.s?html?$",
    r"/\d{4}/\d{2}-\d{2}/(?P<id>\d{4,})(?:_(?P<page>\d+))?\.s?html?$",
    r"/\d{4}-\d{2}/\d{2}/(?P<id>\d+_\d+)\.s?html?$",
)
#: Directory-index URL shapes: channel and list pages.
LIST_PATTERNS: tuple[str, ...] = (
    r"/$",
    r"/index(?:_?\d+)?\.s?html?$",
    r"/node_\w+\.s?html?$",
    r"/list(?:_\d+){0,2}\.s?html?$",  # dede/PHPCMS list_{column}_{page}.html
    r"/col/col\d+/(?:index(?:_\d+)?\.s?html?)?$",  # Hanweb JCMS columns
)
#: Never followed, whatever their shape.
DENY_PATTERNS: tuple[str, ...] = (
    r"/(?:review|search|bbs|forum|login|register|calendar|rss|print|comment|wap|m)/",
    r"(?:^|/)(?:search|login|print)\.",
)
#: Query values that are a day (``?date=2024-05-03``, ``&day=20240503``): a page per day of an
#: endless calendar, never a list to walk.
_DATE_QUERY = re.compile(r"(?:^|&)[^=&]*=(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|/\d{1,2}/\d{1,2})(?:&|$)")
#: Link texts of calendar navigation (前一天, 下个月 …).
CALENDAR_TEXT = re.compile(r"^(?:前一天|后一天|上一天|下一天|前一日|后一日|上个?月|下个?月|上一月|下一月|上一年|下一年)$")
PAGER_TEXT = re.compile(r"^(?:下一页|下页|尾页|末页|上一页|上页|首页|\d{1,4}|>|>>|»)$")
# One regex each: Python's re does not allow the same group name in two alternatives.
_ARTICLES = tuple(re.compile(p) for p in ARTICLE_PATTERNS)
_LIST = re.compile("|".join(f"(?:{p})" for p in LIST_PATTERNS))
_DENY = re.compile("|".join(f"(?:{p})" for p in DENY_PATTERNS))


@dataclass(frozen=True)
class ArticleLink:
    id: str
    page: int | None
    span: tuple[int, int] | None  # where the page number sits in the path, to strip it


def match_article(url: str) -> ArticleLink | None:
    """The article id (and page) an URL carries, if it has an article shape."""
    path = urlsplit(url).path
    if _DENY.search(path):
        return None
    for pattern in _ARTICLES:
        m = pattern.search(path)
        if m is not None:
            page = m.groupdict().get("page")
            span = m.span("page") if page is not None else None
            return ArticleLink(m["id"], int(page) if page is not None else None, span)
    return None


def is_list_url(url: str) -> bool:
    path = urlsplit(url).path or "/"
    # /BIG5/ is a people.com.cn-style gateway twin of every GB page: walk the GB side only.
    return (bool(_LIST.search(path)) and not _DENY.search(path) and not path.startswith("/BIG5/")
            and match_article(url) is None)


def is_trap(url: str, text: str = "") -> bool:
    """A calendar or search page: denied shapes (``/search/``, ``/calendar/`` …), a day as a
    query value, or a link that steps a calendar (前一天/后一天, 上个月/下个月)."""
    parts = urlsplit(url)
    return bool(_DENY.search(parts.path or "/") or (parts.query and _DATE_QUERY.search(parts.query))
                or (text and CALENDAR_TEXT.match(text)))


def canonical_article_url(url: str) -> str:
    """Page 1 of a multi-page article (the page suffix and its separator removed), on the GB
    side of a people.com.cn-style ``/BIG5/`` gateway (the family's convention for twins)."""
    link = match_article(url)
    parts = urlsplit(url)
    path = parts.path
    if link is not None and link.span is not None:
        start, end = link.span
        path = path[: start - 1] + path[end:]  # drop "_2" / "-2" with its separator
    if path.startswith("/BIG5/"):
        path = "/GB/" + path[len("/BIG5/"):]
    return parts._replace(path=path, query="", fragment="").geturl()
