"""The output contract, written once: the :class:`Article` dataclass.

Every other form of the contract follows from the fields below, in their order:

- :data:`FIELDS` — the feed's field order (``FEED_EXPORT_FIELDS``, the CSV columns);
- :func:`schema` — the JSON Schema (draft 2020-12) the validate pipeline checks every item
  against; ``article.schema.json`` beside this file is the same schema written out for
  consumers (``python -m newscrawl.items`` rewrites it; a test checks it is current);
- the Parquet column types (:func:`newscrawl.exporters.arrow_schema`), from each field's
  JSON Schema (and ``tz`` for the two timestamps).

Each field carries its JSON Schema fragment and a one-line description in its metadata.
Missing values are ``null`` or ``[]``, never invented.
"""

from __future__ import annotations

import json
import sys
from dataclasses import MISSING, dataclass, field, fields
from functools import lru_cache
from pathlib import Path

SCHEMA_PATH = Path(__file__).with_name("article.schema.json")

_URL = {"type": "string", "pattern": "^https?://"}
_NAMES = {"type": "array", "items": {"type": "string", "minLength": 1}}
_TEXT_OR_NULL = {"type": ["string", "null"]}
#: published_at precisions, most precise last.
PRECISIONS = ("day", "minute", "second")


def _field(doc: str, schema: dict, *, list_default: bool = False, tz: str | None = None):
    """A field of the contract: its description and JSON Schema fragment (and, for a
    timestamp, the time zone its typed column keeps: Parquet)."""
    meta = {"doc": doc, "schema": schema, **({"tz": tz} if tz else {})}
    if list_default:
        return field(default_factory=list, metadata=meta)
    return field(default=None, metadata=meta)


@dataclass
class Article:
    id: str | None = _field('"<site>:<portal article id>" (sxrb:9674939): stable across runs, gateways and columns',
                            {"type": "string", "pattern": "^[a-z0-9_.-]+:.+$"})
    version: int | None = _field("1 when first delivered; +1 each time a re-check finds the body edited",
                                 {"type": "integer", "minimum": 1})
    url: str | None = _field("the URL fetched (page 1)", _URL)
    canonical_url: str | None = _field("its canonical form (BIG5 gateway → GB, page n → 1, host aliases)", _URL)
    other_urls: list[str] = _field("other URLs the article was found under, as known when emitted",
                                   {"type": "array", "items": _URL}, list_default=True)
    site: str | None = _field("profile name (or the host, for a portal crawled without one)",
                              {"type": "string", "minLength": 1})
    channel: list[str] = _field('channel path below the site root, e.g. ["地市频道","吕梁频道","今日兴县","社会传真"]',
                                _NAMES, list_default=True)
    title: str | None = _field("headline", {"type": "string", "minLength": 1})
    pretitle: str | None = _field("引题, the line above the headline", _TEXT_OR_NULL)
    subtitle: str | None = _field("副题, without the leading ——", _TEXT_OR_NULL)
    published_at: str | None = _field(
        "publication time in China time, always a full ISO 8601 timestamp with offset "
        "(2024-04-28T16:01:00+08:00); only as precise as published_at_precision says: a page that "
        "prints only the day gives 2024-04-28T00:00:00+08:00 with precision day",
        {"type": "string", "format": "date-time",
         "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00$"}, tz="+08:00")
    published_at_precision: str | None = _field(
        "what the page printed: day (a date), minute (hours and minutes; the seconds are :00), "
        "second", {"enum": list(PRECISIONS)})
    source: str | None = _field("来源", _TEXT_OR_NULL)
    authors: list[str] = _field("reporters (from ( □ 本报记者 X) / 本报讯（记者 X）)", _NAMES, list_default=True)
    editors: list[str] = _field("责编", _NAMES, list_default=True)
    body: str | None = _field("paragraphs joined by \\n, section headings as their own paragraphs, "
                              "pages 2..n merged, no boilerplate; pictures' captions are in images, "
                              "not here, except in a picture story (captions longer than its prose)", {"type": "string", "minLength": 1})
    images: list[dict] = _field(
        '[{"url": absolute, "caption": text or null}]',
        {"type": "array", "items": {
            "type": "object", "additionalProperties": False, "required": ["url", "caption"],
            "properties": {"url": _URL, "caption": _TEXT_OR_NULL}}},
        list_default=True)
    script: str | None = _field("zh-Hans, or zh-Hant (BIG5 gateway pages)", {"enum": ["zh-Hans", "zh-Hant", None]})
    content_hash: str | None = _field("SHA-256 of the normalised body (t2s, NFKC, punctuation dropped)",
                                      {"type": "string", "pattern": "^[0-9a-f]{64}$"})
    fingerprint: str | None = _field("64-bit SimHash of the normalised body, 16 hex digits",
                                     {"type": "string", "pattern": "^[0-9a-f]{16}$"})
    crawled_at: str | None = _field(
        "when it was fetched, UTC", {"type": "string", "format": "date-time",
                                     "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?\\+00:00$"}, tz="UTC")

    # Item-style access (item["title"]), as code written for scrapy.Item expects; ItemAdapter
    # works with the dataclass itself.
    def __getitem__(self, name: str):
        if name not in _NAMES_SET:
            raise KeyError(name)
        return getattr(self, name)

    def __setitem__(self, name: str, value) -> None:
        if name not in _NAMES_SET:
            raise KeyError(f"{name!r} is not a field of Article")
        setattr(self, name, value)

    def __contains__(self, name) -> bool:
        return name in _NAMES_SET

    def keys(self) -> list[str]:  # dict(article) works
        return list(FIELDS)

    def get(self, name: str, default=None):
        return getattr(self, name, default) if name in _NAMES_SET else default


#: The feed's field order: the declaration order above.
FIELDS: list[str] = [f.name for f in fields(Article)]
_NAMES_SET = frozenset(FIELDS)


def field_docs() -> dict[str, str]:
    return {f.name: f.metadata["doc"] for f in fields(Article)}


@lru_cache(maxsize=1)
def schema() -> dict:
    """The JSON Schema of one feed line, built from :class:`Article`."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://newscrawl.example/article.schema.json",
        "title": "newscrawl Article (one JSON object per line of a feed)",
        "type": "object",
        "additionalProperties": False,
        "required": list(FIELDS),
        "properties": {f.name: {"description": f.metadata["doc"], **f.metadata["schema"]} for f in fields(Article)},
    }


def schema_text() -> str:
    return json.dumps(schema(), ensure_ascii=False, indent=2) + "\n"


assert all(f.default is None or f.default_factory is not MISSING for f in fields(Article))

if __name__ == "__main__":  # python -m newscrawl.items: rewrite article.schema.json
    SCHEMA_PATH.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {SCHEMA_PATH}", file=sys.stderr)
