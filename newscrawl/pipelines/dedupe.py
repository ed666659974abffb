"""De-duplicate pipeline: each article is delivered once, across runs, gateways and portals.

For each item, against the state store (:mod:`newscrawl.state`; articles delivered by earlier
runs plus those emitted by this one):

- same ``id`` already delivered: unchanged body → dropped as ``unchanged``; changed body (a
  re-check found an edit) → emitted again with ``version`` + 1;
- same ``id`` emitted earlier in this run → duplicate;
- otherwise a duplicate of another article by ``canonical_url`` (BIG5→GB, page n→1, host
  aliases), ``content_hash`` (same normalised text) or ``near_duplicate`` (a candidate from
  the SimHash or the sentence anchors, confirmed by :mod:`newscrawl.containment`: gateway
  twins, reprints in traditional script, with their own header and footer lines, a dateline,
  a sentence added, the closing paragraph or the captions dropped) → dropped, and the
  sighting (its URL, site, channel, time) recorded against the original instead of being
  lost.  The first copy delivered wins: a later, longer reprint does not replace it;
- else new: ``version`` 1.

Emitted items carry ``other_urls``: the other URLs the article is known under at emit time.
Every drop is one INFO line and a counter ``newscrawl/duplicates/<key>`` (or
``newscrawl/articles/unchanged``); each sighting new to the state counts in
``newscrawl/sightings/new``.  List them with ``python -m newscrawl.state sightings ID``.  With the run-state extension disabled the store lives in
memory, so de-duplication still holds within the run.
"""

from __future__ import annotations

import logging

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

from ..extensions.run import RunState
from ..fingerprint import sentences
from ..state import SQLiteStore

logger = logging.getLogger(__name__)


class DedupePipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self._run = crawler.get_extension(RunState)
        self._memory: SQLiteStore | None = None
        self.near_dup = crawler.settings.getbool("NEWSCRAWL_NEAR_DUP_ENABLED", True)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    @property
    def store(self) -> SQLiteStore:
        if self._run is not None and self._run.store is not None:
            return self._run.store
        if self._memory is None:
            s = self.crawler.settings
            self._memory = SQLiteStore(":memory:", near_dup_bits=s.getint("NEWSCRAWL_NEAR_DUP_BITS", 5),
                                       near_dup_min_chars=s.getint("NEWSCRAWL_NEAR_DUP_MIN_CHARS", 100))
        return self._memory

    @property
    def run_id(self) -> str:
        return self._run.run_id if self._run is not None else "memory"

    def _drop(self, adapter: ItemAdapter, stat: str, message: str) -> DropItem:
        self.stats.inc_value(stat)
        logger.info("%s: %s", message, adapter.get("url"))
        return DropItem(message, log_level="DEBUG")

    def process_item(self, item):
        adapter = ItemAdapter(item)
        store = self.store
        aid = adapter["id"]
        fp = int(adapter["fingerprint"], 16) if adapter.get("fingerprint") else None
        sents = sentences(adapter.get("body") or "")
        text_len = sum(map(len, sents))
        known = store.get(aid)
        if known is not None:
            if known.pending:
                raise self._drop(adapter, "newscrawl/duplicates/id", f"Duplicate of {aid} (same id, this run)")
            if known.content_hash == adapter.get("content_hash"):
                raise self._drop(adapter, "newscrawl/articles/unchanged", f"Unchanged since delivered: {aid}")
            version = known.version + 1
            self.stats.inc_value("newscrawl/articles/updated")
            logger.info("Updated article %s: version %d", aid, version)
        else:
            dup = store.find_duplicate(
                article_id=aid, canonical_url=adapter.get("canonical_url"), content_hash=adapter.get("content_hash"),
                fingerprint=fp if self.near_dup else None, text_len=text_len,
                sentences=sents if self.near_dup else None)
            if dup is not None:
                key, original = dup
                if store.add_sighting(original, adapter.get("url"), adapter.get("channel"), self.run_id,
                                      site=adapter.get("site")):
                    self.stats.inc_value("newscrawl/sightings/new")
                # …and remember the duplicate itself, so the next runs do not fetch it again.
                store.add_duplicate(self.run_id, article_id=aid, original=original, key=key,
                                    canonical_url=adapter.get("canonical_url"))
                raise self._drop(adapter, f"newscrawl/duplicates/{key}", f"Duplicate of {original} by {key} ({aid})")
            version = 1
            self.stats.inc_value("newscrawl/articles/new")
        store.clear_failure(aid)  # delivered after all: forget earlier failures
        store.add_pending(
            self.run_id, article_id=aid, site=adapter.get("site"), canonical_url=adapter.get("canonical_url"),
            content_hash=adapter.get("content_hash"), fingerprint=fp, text_len=text_len,
            published_at=adapter.get("published_at"), version=version, sentences=sents)
        adapter["version"] = version
        others = [u for u in (adapter.get("other_urls") or []) + store.sightings(aid) if u != adapter.get("url")]
        adapter["other_urls"] = sorted(set(others))
        self.stats.inc_value("newscrawl/articles/emitted")
        return item
