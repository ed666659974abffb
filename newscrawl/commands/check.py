"""``scrapy check`` that leaves the delivery state alone.

Scrapy's check already turns item pipelines and feeds off (contracts discard callback
output); the run-state extension (store, recovery, run report) is switched off the same
way, so checking contracts never records a run or touches ``output/``.
"""

from __future__ import annotations

from scrapy.commands.check import Command as ScrapyCheckCommand
from scrapy.settings import SETTINGS_PRIORITIES


class Command(ScrapyCheckCommand):
    def process_options(self, args, opts) -> None:
        super().process_options(args, opts)
        priority = (SETTINGS_PRIORITIES["spider"] + SETTINGS_PRIORITIES["cmdline"]) // 2
        self.settings.set("NEWSCRAWL_STATE_ENABLED", False, priority=priority)
