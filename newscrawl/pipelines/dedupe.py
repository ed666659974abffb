"""De-duplicate pipeline: each article is emitted once per run.

An item is a duplicate of one already emitted in this run when it shares any key with it:
the article ``id`` (site + portal article id: the same story under two column nodes or
gateways), the ``canonical_url`` (BIG5→GB, page n→1, host aliases), or the ``content_hash``
of its normalised body (the same text under two ids).  Duplicates are dropped with an INFO
line and counted per key in ``newscrawl/duplicates/<key>``.

Cross-run state (articles delivered by earlier runs) is a separate concern: see
:mod:`newscrawl.state` once it exists.

Settings: ``NEWSCRAWL_DEDUPE_KEYS`` (default id, canonical_url, content_hash).
"""

from __future__ import annotations

import logging

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

logger = logging.getLogger(__name__)


class DedupePipeline:
    def __init__(self, stats, keys: list[str]):
        self.stats = stats
        self.keys = keys
        self.seen: dict[str, dict[str, str]] = {key: {} for key in keys}

    @classmethod
    def from_crawler(cls, crawler):
        keys = crawler.settings.getlist("NEWSCRAWL_DEDUPE_KEYS", ["id", "canonical_url", "content_hash"])
        return cls(crawler.stats, keys)

    def process_item(self, item):
        adapter = ItemAdapter(item)
        for key in self.keys:
            value = adapter.get(key)
            first = self.seen[key].get(value) if value else None
            if first is not None:
                self.stats.inc_value(f"newscrawl/duplicates/{key}")
                logger.info("Duplicate of %s by %s: %s", first, key, adapter.get("url"))
                raise DropItem(f"duplicate {key} of {first}", log_level="DEBUG")
        for key in self.keys:
            value = adapter.get(key)
            if value:
                self.seen[key][value] = adapter.get("id")
        self.stats.inc_value("newscrawl/articles/emitted")
        return item
