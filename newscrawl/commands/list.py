"""``scrapy list``, leaving the run alone (:mod:`newscrawl.commands.debugging`)."""

from scrapy.commands.list import Command as ScrapyCommand

from .debugging import LeavesTheRunAlone


class Command(LeavesTheRunAlone, ScrapyCommand):
    pass
