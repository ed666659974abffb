"""The output contract: one :class:`Article` per JSON line.

Field order here is the order in the feed (``FEED_EXPORT_FIELDS``).  The JSON Schema beside
this file (``article.schema.json``) is the same contract in machine-readable form; the
validate pipeline checks every item against it before export.  Missing values are ``null``
or ``[]``, never invented.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import scrapy

SCHEMA_PATH = Path(__file__).with_name("article.schema.json")


class Article(scrapy.Item):
    id = scrapy.Field()  # "<site>:<portal article id>", stable across runs and gateways
    version = scrapy.Field()  # 1 when first delivered; +1 each time a re-check finds the body changed
    url = scrapy.Field()  # the URL fetched (page 1)
    canonical_url = scrapy.Field()  # GB path, page 1, canonical host
    other_urls = scrapy.Field()  # other URLs it was found under, as known when emitted
    site = scrapy.Field()  # profile name, e.g. "sxrb"
    channel = scrapy.Field()  # ["地市频道", "吕梁频道", "今日兴县", "社会传真"]
    title = scrapy.Field()
    pretitle = scrapy.Field()  # 引题 above the headline
    subtitle = scrapy.Field()  # 副题, without the leading ——
    published_at = scrapy.Field()  # "2024-04-28T16:01:00+08:00" (or "2024-04-28" if no time)
    source = scrapy.Field()  # 来源
    authors = scrapy.Field()  # reporters
    editors = scrapy.Field()  # 责编
    body = scrapy.Field()  # paragraphs joined by "\n"; pages 2..n merged; no boilerplate
    images = scrapy.Field()  # [{"url": absolute, "caption": str | None}]
    script = scrapy.Field()  # "zh-Hans" | "zh-Hant"
    content_hash = scrapy.Field()  # sha256 of the normalised body
    fingerprint = scrapy.Field()  # 64-bit SimHash of the normalised body, 16 hex digits
    crawled_at = scrapy.Field()  # UTC, ISO 8601


# scrapy.Item sorts its fields by name; the feed keeps the declaration order above.
FIELDS: list[str] = [
    "id", "version", "url", "canonical_url", "other_urls", "site", "channel", "title", "pretitle", "subtitle",
    "published_at", "source", "authors", "editors", "body", "images", "script",
    "content_hash", "fingerprint", "crawled_at",
]
assert set(FIELDS) == set(Article.fields), "FIELDS must list every Article field"


@lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
