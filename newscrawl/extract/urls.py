"""What an article URL tells about the article: its publication day and its portal id, and
whether it is a site's home page, a folder's index page or a writer's page."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

from .vocabulary import AUTHOR_PAGE_PATH, HOME_PAGE_PATH, INDEX_PAGE_PATH, URL_DATE_PATTERNS, URL_ID_PATTERNS

_URL_DATES = tuple(re.compile(p) for p in URL_DATE_PATTERNS)
_URL_IDS = tuple(re.compile(p) for p in URL_ID_PATTERNS)
_HOME = re.compile(HOME_PAGE_PATH, re.I)
_INDEX = re.compile(INDEX_PAGE_PATH, re.I)
_AUTHOR_PAGE = re.compile(AUTHOR_PAGE_PATH, re.I)


def url_date(url: str) -> date | None:
    """The publication day many CMSs write into article URLs (``/2024/0428/``, ``t20240428_``…)."""
    path = urlsplit(url).path
    for pattern in _URL_DATES:
        for m in pattern.finditer(path):
            try:
                return date(int(m["y"]), int(m["m"]), int(m["d"]))
            except ValueError:
                continue
    return None


def url_article_id(url: str) -> str:
    """The portal's article id in a URL (``t20240428_123`` → ``123``), else the file name."""
    path = urlsplit(url).path
    name = path.rstrip("/").rsplit("/", 1)[-1]
    for pattern in _URL_IDS:
        m = pattern.search(name)
        if m:
            return m["id"]
    return re.sub(r"\.\w+$", "", name) or path or url


def home_page(url: str | None) -> bool:
    """Whether ``url`` is a site's home page (:data:`~.vocabulary.HOME_PAGE_PATH`)."""
    if not url:
        return False
    parts = urlsplit(url)
    return bool(parts.netloc) and not parts.query and _HOME.match(parts.path) is not None


def index_page(url: str | None) -> bool:
    """Whether ``url`` is a folder's index page (:data:`~.vocabulary.INDEX_PAGE_PATH`), no query."""
    if not url:
        return False
    parts = urlsplit(url)
    return bool(parts.netloc) and not parts.query and _INDEX.search(parts.path or "/") is not None


def author_page(url: str | None) -> bool:
    """Whether ``url`` is a writer's page (:data:`~.vocabulary.AUTHOR_PAGE_PATH`), the link a
    byline prints (``<a href="/author/chenqing/">陈青</a>``)."""
    return bool(url) and _AUTHOR_PAGE.search(url) is not None
