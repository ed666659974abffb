"""``scrapy fetch``, leaving the run alone (:mod:`newscrawl.commands.debugging`)."""

from scrapy.commands.fetch import Command as ScrapyCommand

from .debugging import LeavesTheRunAlone


class Command(LeavesTheRunAlone, ScrapyCommand):
    pass
