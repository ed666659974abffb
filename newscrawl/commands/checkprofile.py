"""``scrapy checkprofile NAME``: crawl a sample with a profile; per-field coverage and fallbacks.

    scrapy checkprofile fenlan -a base_url=http://127.0.0.1:8001 [--articles 200]

Crawls up to ``--articles`` articles (``-O FILE`` writes them to FILE as JSON lines) as ``scrapy crawl portal -a site=NAME`` would (same
spider, extraction and pipelines; nothing delivered, no state, no lock), then prints for
each field of the feed how many articles have it, and how many got it from the generic
extractor because the profile's XPath found nothing (``newscrawl/extract/fallback/<field>``),
and how many channel and list pages the profile's tree and list XPaths missed
(``newscrawl/fallback/tree``, ``…/list``).  Exit code 1 when no article was delivered.
"""

from __future__ import annotations

from scrapy import signals
from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError
from scrapy.utils.conf import arglist_to_dict

from ..genprofile.collect import study_settings
from ..items import FIELDS
from ..sites import site_names

#: Feed field ← the PageFields name its fallback counter uses.
FALLBACK_NAMES = {"body": "paragraphs"}


class Command(ScrapyCommand):
    requires_project = True

    def syntax(self) -> str:
        return "[options] NAME"

    def short_desc(self) -> str:
        return "Crawl a sample with a site profile: per-field coverage and fallback counts"

    def add_options(self, parser) -> None:
        super().add_options(parser)
        parser.add_argument("-a", dest="spargs", action="append", default=[], metavar="NAME=VALUE",
                            help="spider argument, e.g. -a base_url=http://127.0.0.1:8001")
        parser.add_argument("--articles", type=int, default=200, metavar="N", help="articles to sample (200)")
        parser.add_argument("-O", "--output", metavar="FILE", help="also write the sampled articles there (.jsonl)")

    def _parse_spargs(self, opts) -> None:
        try:
            opts.spargs = arglist_to_dict(opts.spargs)
        except ValueError:
            raise UsageError("invalid -a value, use -a NAME=VALUE", print_help=False) from None

    def process_options(self, args, opts) -> None:
        super().process_options(args, opts)
        study_settings(self.settings, keep_pipelines=True)
        self._parse_spargs(opts)
        if opts.output:
            self.settings.set("FEEDS", {opts.output: {"format": "jsonlines", "overwrite": True}}, priority="cmdline")

    def run(self, args, opts) -> None:
        if len(args) != 1:
            raise UsageError("give one profile name (scrapy sites lists them)", print_help=False)
        name = args[0]
        if name not in site_names():
            raise UsageError(f"unknown site {name!r} (known: {', '.join(site_names())})", print_help=False)
        self.settings.set("CLOSESPIDER_ITEMCOUNT", opts.articles, priority="cmdline")
        assert self.crawler_process is not None
        crawler = self.crawler_process.create_crawler("portal")
        items: list[dict] = []
        crawler.signals.connect(lambda item, **_: items.append(dict(item)), signal=signals.item_scraped, weak=False)
        self.crawler_process.crawl(crawler, site=name, **opts.spargs)
        self.crawler_process.start()
        stats = crawler.stats.get_stats()
        print(report(name, items, stats))
        if not items:
            self.exitcode = 1


def report(name: str, items: list[dict], stats: dict) -> str:
    n = len(items)
    lists = stats.get("newscrawl/pages/list", 0)
    lines = [f"checkprofile {name}: {n} articles from {lists} list pages",
             f"{'field':<24} {'filled':>9} {'coverage':>9} {'fallback':>9}"]
    for field in FIELDS:
        filled = sum(1 for item in items if item.get(field) not in (None, "", []))
        fallback = stats.get(f"newscrawl/extract/fallback/{FALLBACK_NAMES.get(field, field)}", 0)
        share = f"{100 * filled / n:.1f}%" if n else "-"
        lines.append(f"{field:<24} {f'{filled}/{n}':>9} {share:>9} {fallback:>9}")
    lines.append(f"channel pages walked by link shape (newscrawl/fallback/tree): {stats.get('newscrawl/fallback/tree', 0)}")
    lines.append(f"list pages walked by link shape (newscrawl/fallback/list): {stats.get('newscrawl/fallback/list', 0)}")
    dropped = {k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("newscrawl/dropped/")}
    lines.append("articles dropped: " + (", ".join(f"{k} {v}" for k, v in sorted(dropped.items())) or "none"))
    return "\n".join(lines)
