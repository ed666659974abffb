"""``scrapy sites``: the site profiles the project knows (discovered, see :mod:`newscrawl.sites`)."""

from __future__ import annotations

import unicodedata

from scrapy.commands import ScrapyCommand

from ..sites import all_profiles


class Command(ScrapyCommand):
    requires_project = True
    default_settings = {"LOG_ENABLED": False}

    def short_desc(self) -> str:
        return "List the site profiles (name, title, base URL, CMS family)"

    def run(self, args, opts) -> None:
        rows = [("name", "title", "base URL", "family")]
        rows += [(p.name, p.title, p.base_url, p.family or "-") for p in all_profiles()]
        widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]))]
        for row in rows:
            print("  ".join(cell + " " * (w - _width(cell)) for cell, w in zip(row, widths)).rstrip())


def _width(text: str) -> int:
    """Columns a terminal gives the text (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
