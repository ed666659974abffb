"""``scrapy parse``, leaving the run alone (:mod:`newscrawl.commands.debugging`)."""

from scrapy.commands.parse import Command as ScrapyCommand

from .debugging import LeavesTheRunAlone


class Command(LeavesTheRunAlone, ScrapyCommand):
    pass
