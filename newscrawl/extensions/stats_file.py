"""Write the run's Scrapy stats to a JSON file when the spider closes.

For schedulers and tests that need the numbers without parsing logs.  Enabled by setting
``NEWSCRAWL_STATS_FILE`` to a path (``%(site)s`` and ``%(name)s`` are filled in); the file is
written to a temporary name and renamed, so a reader sees all of it or none.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured


class StatsFile:
    def __init__(self, crawler, path: str):
        self.crawler = crawler
        self.path = path

    @classmethod
    def from_crawler(cls, crawler):
        path = crawler.settings.get("NEWSCRAWL_STATS_FILE")
        if not path:
            raise NotConfigured
        ext = cls(crawler, path)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_closed(self, spider, reason):
        target = Path(self.path % {"site": getattr(spider, "site", spider.name), "name": spider.name})
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".tmp")
        stats = dict(self.crawler.stats.get_stats(), finish_reason=reason)
        tmp.write_text(json.dumps(stats, ensure_ascii=False, indent=1, sort_keys=True, default=str), encoding="utf-8")
        os.replace(tmp, target)
