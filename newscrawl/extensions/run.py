"""The run-state extension: wires Scrapy's signals to the run (:class:`newscrawl.run.core.Run`).

Enabled by the core add-on (:class:`newscrawl.run.addon.RunAddon`, in ``ADDONS``), so that
overriding ``EXTENSIONS`` cannot switch it off by accident; ``NEWSCRAWL_STATE_ENABLED=False``
does (and the debugging commands — shell, fetch, parse, check, list — do it for themselves:
they never take the lock, write a report or touch the state).

The spider and the pipelines reach the run through ``crawler.get_extension(RunState)``:
``.store``, ``.run_id``, ``.article_failed()``, ``.held_back()``.
"""

from __future__ import annotations

from scrapy import signals
from scrapy.exceptions import NotConfigured

from ..run import publish
from ..run.core import Run


class RunState:
    def __init__(self, crawler):
        self.run = Run(crawler)

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("NEWSCRAWL_STATE_ENABLED", True):
            raise NotConfigured
        ext = cls(crawler)
        if crawler.spider is not None:
            # Open now, while the crawl is still bootstrapping: a store that cannot be opened
            # fails the run before any request, and the feed exporter needs the run id
            # (``%(run_id)s`` in the feed URI) when it opens, at spider_opened.
            ext.run.open(crawler.spider)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.run.feed_opening, signal=publish.feed_opening)
        crawler.signals.connect(ext.run.feed_finalizing, signal=publish.feed_finalizing)
        crawler.signals.connect(ext.run.feed_published, signal=publish.feed_published)
        crawler.signals.connect(ext.run.feeds_closed, signal=signals.feed_exporter_closed)
        crawler.signals.connect(ext.engine_stopped, signal=signals.engine_stopped)
        return ext

    def spider_opened(self, spider):
        if self.run.store is None:  # a crawler built without its spider (from_crawler could not open)
            self.run.open(spider)

    def engine_stopped(self):
        self.run.finish()

    # -- what the spider and the pipelines use ----------------------------------------------
    @property
    def store(self):
        return self.run.store

    @property
    def run_id(self) -> str:
        return self.run.run_id

    def article_failed(self, article_id: str | None, url: str, reason: str) -> int:
        return self.run.article_failed(article_id, url, reason)

    def held_back(self, ids: list[str]) -> dict:
        return self.run.held_back(ids)


def record_failure(crawler, article_id: str | None, url: str | None, reason: str) -> None:
    """For components that drop articles: tell the run state (if it is on) why one was lost."""
    try:
        run = crawler.get_extension(RunState) if crawler is not None else None
    except RuntimeError:  # a crawler that is not crawling (a unit test's): no run to tell
        return
    if run is not None:
        run.article_failed(article_id, url or "", reason)
