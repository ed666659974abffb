"""``scrapy genprofile NAME URL``: draft a site profile from a profile-free walk of a portal.

    scrapy genprofile fenlan2 http://127.0.0.1:8001/            # → newscrawl/sites/fenlan2.py
    scrapy genprofile fenlan2 http://127.0.0.1:8001/ -o fenlan2.py

The portal is walked from URL as ``-a start_url=URL`` walks it (link shapes, generic
extraction), nothing delivered or recorded; :mod:`newscrawl.genprofile.infer` then picks each
XPath of the profile (channel tree, list and pager markup, article fields) by scoring
candidates over the pages met, and writes the profile as a module to read and edit, each
XPath with its score.  Politeness settings apply as for any crawl (``-s`` to change them).
"""

from __future__ import annotations

import re
import sys
from datetime import datetime, timezone
from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from .. import sites
from ..genprofile.collect import study_settings, watch
from ..genprofile.infer import draft_profile, render

NAME = re.compile(r"^[a-z][a-z0-9_]*$")


class Command(ScrapyCommand):
    requires_project = True

    def syntax(self) -> str:
        return "[options] NAME URL"

    def short_desc(self) -> str:
        return "Draft a site profile from a crawl of the portal at URL"

    def add_options(self, parser) -> None:
        super().add_options(parser)
        parser.add_argument("-o", "--output", metavar="FILE",
                            help="write the profile here (default: newscrawl/sites/NAME.py)")
        parser.add_argument("--max-pages", type=int, default=5000, metavar="N",
                            help="pages to fetch at most (default 5000)")
        parser.add_argument("--force", action="store_true", help="overwrite an existing file")

    def process_options(self, args, opts) -> None:
        super().process_options(args, opts)
        study_settings(self.settings)

    def run(self, args, opts) -> None:
        if len(args) != 2:
            raise UsageError("give a profile name and the portal's start URL, e.g. "
                             "scrapy genprofile fenlan2 http://127.0.0.1:8001/", print_help=False)
        name, url = args
        if not NAME.match(name):
            raise UsageError(f"profile name must be a Python module name ([a-z][a-z0-9_]*), got {name!r}",
                             print_help=False)
        if not re.match(r"^https?://[^/]+", url):
            raise UsageError(f"URL must be an http(s) URL, got {url!r}", print_help=False)
        out = Path(opts.output) if opts.output else Path(sites.__path__[0]) / f"{name}.py"
        if out.exists() and not opts.force:
            raise UsageError(f"{out} exists (--force to overwrite)", print_help=False)
        if not opts.output and name in sites.site_names():
            raise UsageError(f"a profile named {name!r} exists already", print_help=False)
        self.settings.set("CLOSESPIDER_PAGECOUNT", opts.max_pages, priority="cmdline")
        assert self.crawler_process is not None
        crawler = self.crawler_process.create_crawler("portal")
        pages = watch(crawler)
        self.crawler_process.crawl(crawler, start_url=url)
        self.crawler_process.start()
        try:
            draft = draft_profile(name, url, pages)
        except ValueError as exc:
            print(f"genprofile: {exc}", file=sys.stderr)
            self.exitcode = 1
            return
        when = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(render(draft, when), encoding="utf-8")
        kinds = {k: sum(1 for p in pages if p.kind == k) for k in ("list", "article")}
        print(f"wrote {out}: profile {name!r} ({draft.profile.title}, {draft.profile.family or 'unknown family'}) "
              f"from {kinds['list']} list pages and {kinds['article']} articles")
        for what, note in draft.notes.items():
            print(f"  {what:<14} {note}")
