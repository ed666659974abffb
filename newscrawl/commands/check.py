"""``scrapy check`` that leaves the delivery state alone.

Scrapy's check already turns item pipelines and feeds off (contracts discard callback
output); the run state (store, lock, recovery, run report) is switched off as for every
debugging command (:mod:`newscrawl.commands.debugging`), so checking contracts never records
a run or touches ``output/``.
"""

from __future__ import annotations

from scrapy.commands.check import Command as ScrapyCheckCommand

from .debugging import LeavesTheRunAlone


class Command(LeavesTheRunAlone, ScrapyCheckCommand):
    pass
