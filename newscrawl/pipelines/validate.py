"""Validate pipeline: an item that breaks the output contract is dropped, never exported.

First the fields a reader cannot do without (title, body, published_at): an item missing
one is dropped with reason ``missing_<field>``.  Then the whole item against
``article.schema.json`` (reason ``schema``).  Every drop is one WARNING line naming the URL
and the reason, and a stats counter ``newscrawl/dropped/<reason>``: never a silent loss.

Settings: ``NEWSCRAWL_REQUIRED_FIELDS`` (default title, body, published_at).
"""

from __future__ import annotations

import logging

from itemadapter import ItemAdapter
from jsonschema import Draft202012Validator
from scrapy.exceptions import DropItem

from ..extensions.run import record_failure
from ..items import schema

logger = logging.getLogger(__name__)


class ValidatePipeline:
    def __init__(self, stats, required: list[str], crawler=None):
        self.stats = stats
        self.required = required
        self.validator = Draft202012Validator(schema())
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        required = crawler.settings.getlist("NEWSCRAWL_REQUIRED_FIELDS", ["title", "body", "published_at"])
        return cls(crawler.stats, required, crawler)

    def _drop(self, adapter: ItemAdapter, reason: str, detail: str) -> DropItem:
        self.stats.inc_value(f"newscrawl/dropped/{reason}")
        logger.warning("Dropped article %s: %s (%s)", adapter.get("url"), reason, detail)
        # A page that keeps failing this way is given up on after a while (RunState).
        record_failure(self.crawler, adapter.get("id"), adapter.get("url"), reason)
        # Logged above with the reason; keep Scrapy's own "Dropped:" line out of WARNING.
        return DropItem(f"{reason}: {detail}", log_level="DEBUG")

    def process_item(self, item):
        adapter = ItemAdapter(item)
        for field in self.required:
            if not adapter.get(field):
                raise self._drop(adapter, f"missing_{field}", f"no {field} found on the page")
        errors = sorted(self.validator.iter_errors(adapter.asdict()), key=lambda e: list(e.path))
        if errors:
            first = errors[0]
            where = "/".join(map(str, first.path)) or "(item)"
            raise self._drop(adapter, "schema", f"{where}: {first.message[:200]}")
        return item

