"""The pages of a portal as the profile-free walk meets them (``-a start_url=``).

:func:`watch` hooks a crawler of the portal spider: every text response the generic walk
fetches is kept as a :class:`Page` (its URL, its kind by the callback that read it and by
what the walk delivered, the generic walk's depth and channel path) for :mod:`.infer` to study.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from itemadapter import ItemAdapter
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
    #: "list" (channel and list pages), "service" (a list service's answer), "article" (page 1
    #: of an article the walk delivered), "article_page" (page n), "other" (fetched to be
    #: classified, or listed like a story, and not delivered: a gallery, a video, a notice)
    kind: str
    html: str
    depth: int = 0
    path: list[str] = field(default_factory=list)

    @property
    def sel(self) -> Selector:
        if not hasattr(self, "_sel"):
            self._sel = Selector(text=self.html, base_url=self.url)
        return self._sel


#: The kind of page each callback of the walk reads (``parse_page``'s are known once it has
#: been classified: an article if the walk delivered it).
_KINDS = {"parse_generic": "list", "parse_service": "service", "parse_article": "article", "parse_page": "page"}


def watch(crawler) -> list[Page]:
    """The list the crawler's text responses will be added to.  A page fetched as an article
    or to be classified counts as an article only if the walk delivered it (an item with its
    URL), so look-alikes (galleries, videos, notices) teach the article XPaths nothing."""
    pages: list[Page] = []
    delivered: set[str] = set()

    def received(response, request, spider):
        if not isinstance(response, TextResponse) or response.status != 200:
            return
        kind = _KINDS.get(getattr(request.callback, "__name__", ""))
        if kind is None:
            return
        kwargs = request.cb_kwargs
        if kind == "article" and kwargs.get("pages"):
            kind = "article_page"
        pages.append(Page(response.url, kind, response.text, kwargs.get("depth") or 0, list(kwargs.get("path") or [])))

    def scraped(item, **_):
        delivered.add(ItemAdapter(item).get("url"))

    def closed(**_):
        for page in pages:
            if page.kind in ("article", "page"):
                page.kind = "article" if page.url in delivered else "other"

    crawler.signals.connect(received, signal=signals.response_received, weak=False)
    crawler.signals.connect(scraped, signal=signals.item_scraped, weak=False)
    crawler.signals.connect(closed, signal=signals.spider_closed, weak=False)
    return pages
