"""The pages of a portal as the profile-free walk meets them (``-a start_url=``).

:func:`watch` hooks a crawler of the portal spider: every text response the generic walk
fetches is kept as a :class:`Page` (its URL, its kind by the callback that read it, the
generic walk's depth and channel path) for :mod:`.infer` to study.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from parsel import Selector
from scrapy import signals
from scrapy.http import TextResponse

#: Settings of a study crawl: nothing delivered, nothing recorded.
STUDY_SETTINGS = {
    "NEWSCRAWL_STATE_ENABLED": False,
    "NEWSCRAWL_FEED_URI": None,
    "FEEDS": {},
    "ITEM_PIPELINES": {},
    "NEWSCRAWL_REPORT": False,
    "SPIDERMON_ENABLED": False,
}


def study_settings(settings, keep_pipelines: bool = False) -> None:
    """Apply :data:`STUDY_SETTINGS` above the project's settings, below ``-s`` (as ``scrapy
    check`` does)."""
    from scrapy.settings import SETTINGS_PRIORITIES

    priority = (SETTINGS_PRIORITIES["spider"] + SETTINGS_PRIORITIES["cmdline"]) // 2
    for key, value in STUDY_SETTINGS.items():
        if not (keep_pipelines and key == "ITEM_PIPELINES"):
            settings.set(key, value, priority=priority)


@dataclass
class Page:
    url: str
    kind: str  # "list" (channel and list pages) | "article" (page 1) | "article_page" (page n)
    html: str
    depth: int = 0
    path: list[str] = field(default_factory=list)

    @property
    def sel(self) -> Selector:
        if not hasattr(self, "_sel"):
            self._sel = Selector(text=self.html, base_url=self.url)
        return self._sel


def watch(crawler) -> list[Page]:
    """The list the crawler's text responses will be added to."""
    pages: list[Page] = []

    def received(response, request, spider):
        if not isinstance(response, TextResponse) or response.status != 200:
            return
        name = getattr(request.callback, "__name__", "")
        kwargs = request.cb_kwargs
        if name == "parse_generic":
            kind = "list"
        elif name == "parse_article":
            kind = "article_page" if kwargs.get("pages") else "article"
        else:
            return
        pages.append(Page(response.url, kind, response.text, kwargs.get("depth", 0), list(kwargs.get("path") or [])))

    crawler.signals.connect(received, signal=signals.response_received, weak=False)
    return pages
