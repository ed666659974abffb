"""The run: its state store, crash recovery, two-phase commit with the feed, and its report.

When the crawler is built (or at spider open): hold the site's run lock, open the store
(:func:`newscrawl.state.open_store`), settle earlier runs of the site that were killed
(:meth:`~newscrawl.state.sqlite.SQLiteStore.recover`: leftover ``.part`` files are reported
and removed, their articles will be delivered again), and register this run under an id no
other run has.  The spider and the de-duplicate pipeline reach the store through
``crawler.get_extension(RunState).store``.

Commit protocol with :class:`newscrawl.feeds.AtomicFileFeedStorage`:

1. the ``.part`` file is complete and synced → run marked *finalizing* (durable);
2. rename to the final name;
3. pending articles become delivered, run *done*.

A kill between any two steps is settled by the next run: before 1 the run is discarded,
after 1 it is completed.  So the union of whole feed files holds every article exactly once.

At engine stop the run's verdict and report are written beside the feed as
``<run time>.stats.json``; a failed verdict sets the stat ``newscrawl/run/failed`` that the
``crawl`` command (:mod:`newscrawl.commands.crawl`) turns into a non-zero exit code.

Articles that keep failing for a reason that looks permanent (:data:`PERMANENT_FAILURES`: a
dead link, a page with no article on it) are recorded with :meth:`article_failed`; once one
has failed in ``NEWSCRAWL_GIVE_UP_AFTER`` runs (default 3), the first of them at least
``NEWSCRAWL_GIVE_UP_MIN_HOURS`` ago (default 24), the spider stops requesting it
(``newscrawl/links/given_up``) instead of paying for it, and for the list page it sits on,
every run.  Passing failures (5xx, timeouts, cut connections) are never given up on: a portal
down for an afternoon must not cost its articles.

Settings: ``NEWSCRAWL_STATE_ENABLED`` (default True), ``NEWSCRAWL_STATE_PATH``,
``NEWSCRAWL_ERROR_BUDGET`` (share of article fetches that may fail, default 0.1),
``NEWSCRAWL_REPORT`` (write the report, default True).
"""

from __future__ import annotations

import json
import logging
import os
from datetime import datetime, timezone
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured

from .. import feeds
from ..monitors import RESULTS_STAT
from ..monitors import failures as monitor_failures
from ..state import RunLock, lock_path, open_store

logger = logging.getLogger(__name__)

#: Why an article could not be delivered, when it will most likely be the same next time: the
#: fault kinds of :mod:`newscrawl.middlewares` and the spider, and every validation drop.
PERMANENT_FAILURES = frozenset({
    "http_404", "http_410", "soft_404", "binary_body", "charset_undecodable", "too_large",
    "decompression_bomb", "redirect_offsite", "redirect_scheme", "redirect_loop", "IgnoreRequest",
    "not_text", "extract_error", "mojibake", "schema", "missing_title", "missing_body", "missing_published_at",
})


class RunState:
    def __init__(self, crawler):
        self.crawler = crawler
        self.settings = crawler.settings
        self.stats = crawler.stats
        self.store = None
        self.site: str | None = None
        self.started = datetime.now(timezone.utc).replace(microsecond=0)
        # The same shape as Scrapy's %(time)s feed parameter; made unique by begin_run.
        self.run_id = self.started.isoformat().replace(":", "-")
        self.opened: list = []  # atomic feed storages opened this run
        self.published: list = []
        self.committed = False
        self.recovered: list = []
        self.lock: RunLock | None = None  # the site's run lock, when this extension took it

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("NEWSCRAWL_STATE_ENABLED", True):
            raise NotConfigured
        ext = cls(crawler)
        if crawler.spider is not None:
            # Open the store, settle earlier runs and take a run id now, while the crawl is
            # still bootstrapping: a store that cannot be opened then fails the run outright
            # (an error here aborts the crawl, and the crawl command exits non-zero) instead
            # of letting it crawl with no state.  The feed exporter also needs the run id
            # (``%(run_id)s`` in the feed URI) when it opens, at spider_opened.
            ext.open(crawler.spider)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.feed_opening, signal=feeds.feed_opening)
        crawler.signals.connect(ext.feed_finalizing, signal=feeds.feed_finalizing)
        crawler.signals.connect(ext.feed_published, signal=feeds.feed_published)
        crawler.signals.connect(ext.feed_exporter_closed, signal=signals.feed_exporter_closed)
        crawler.signals.connect(ext.engine_stopped, signal=signals.engine_stopped)
        return ext

    # -- open -----------------------------------------------------------------------------
    def spider_opened(self, spider):
        if self.store is None:  # a crawler built without its spider (from_crawler could not open)
            self.open(spider)

    def open(self, spider) -> None:
        self.site = getattr(spider, "site", spider.name)
        self._hold_site_lock()
        self.store = open_store(self.settings)
        for r in self.store.recover(self.site):
            self.recovered.append(r.__dict__)
            if r.action == "discarded":
                self.stats.inc_value("newscrawl/recovery/discarded_runs")
                logger.warning("Earlier run %s of %s did not finish (killed?): removed its partial feed %s; "
                               "its %d articles will be delivered again", r.run_id, self.site, r.path, r.articles)
            else:
                self.stats.inc_value("newscrawl/recovery/completed_runs")
                logger.warning("Earlier run %s of %s was killed while publishing %s: %s its %d articles",
                               r.run_id, self.site, r.path, r.action.replace("_", " "), r.articles)
        self._remove_stray_parts()
        folder = Path(self.settings["NEWSCRAWL_OUTPUT_DIR"]) / self.site
        self.run_id = self.store.begin_run(
            self.run_id, self.site,
            taken=lambda rid: any((folder / f"{rid}{ext}").exists() for ext in (".jsonl", ".stats.json")))

    def article_failed(self, article_id: str | None, url: str, reason: str) -> None:
        """Record that ``article_id`` could not be delivered this run, if ``reason`` is permanent."""
        if self.store is None or not article_id or reason not in PERMANENT_FAILURES:
            return
        attempts = self.store.record_failure(self.run_id, article_id=article_id, site=self.site, url=url, reason=reason)
        give_up_after = self.settings.getint("NEWSCRAWL_GIVE_UP_AFTER", 3)
        if give_up_after and attempts == give_up_after:
            logger.info("%s has failed (%s) in %d runs: it will not be requested again once %s h have passed "
                        "since the first", article_id, reason, attempts,
                        self.settings.getfloat("NEWSCRAWL_GIVE_UP_MIN_HOURS", 24))

    def given_up(self, ids: list[str]) -> set[str]:
        """Those of ``ids`` the crawl no longer requests (see the module docstring)."""
        if self.store is None:
            return set()
        return self.store.given_up(ids, attempts=self.settings.getint("NEWSCRAWL_GIVE_UP_AFTER", 3),
                                   min_hours=self.settings.getfloat("NEWSCRAWL_GIVE_UP_MIN_HOURS", 24))

    def _hold_site_lock(self) -> None:
        """Recovery settles "running" runs as dead, so it must never run beside a live run of
        the site.  ``scrapy crawl`` (newscrawl.commands.crawl) takes the site's lock before
        Scrapy starts; any other way in (``scrapy runspider``, a script of its own) takes it here,
        and a run that cannot have it does not start."""
        path = lock_path(self.settings, self.site)
        if RunLock.held_here(path):
            return
        lock = RunLock(path)
        if not lock.acquire():
            raise RuntimeError(f"another run for site {self.site!r} is in progress (pid {lock.holder()}, "
                               f"lock {lock.path}); not starting")
        self.lock = lock

    def _remove_stray_parts(self) -> None:
        """``.part`` files no run record knows of (e.g. the state file was reset): report, remove."""
        folder = Path(self.settings["NEWSCRAWL_OUTPUT_DIR"]) / (self.site or "")
        for part in folder.glob("*.part") if folder.is_dir() else ():
            logger.warning("Removing leftover partial feed %s (no run owns it)", part)
            self.stats.inc_value("newscrawl/recovery/stray_parts_removed")
            part.unlink(missing_ok=True)

    # -- feed protocol --------------------------------------------------------------------
    def feed_opening(self, storage):
        self.opened.append(storage)
        self.store.set_part(self.run_id, str(storage.part_path), str(storage.final_path))

    def feed_finalizing(self, storage):
        self.store.mark_finalizing(self.run_id)

    def feed_published(self, storage):
        self.published.append(storage)
        if len(self.published) == len(self.opened):
            n = self.store.commit_run(self.run_id)
            self.committed = True
            logger.info("Committed %d delivered articles of run %s with %s", n, self.run_id, storage.final_path)

    def feed_exporter_closed(self):
        if self.committed:
            return
        failed = [s for s in self.opened if s not in self.published]
        if failed:
            n = self.store.abort_run(self.run_id)
            self.stats.set_value("newscrawl/run/feed_failed", 1)
            logger.error("Feed %s was not written: %d articles of this run will be delivered again",
                         failed[0].final_path, n)
        else:
            # No file feed this run (nothing new, or -O to stdout/another storage): the
            # exporter has finished with every item, so their marks stand.
            self.store.commit_run(self.run_id)
            self.committed = True

    # -- close ----------------------------------------------------------------------------
    def engine_stopped(self):
        if self.store is None:
            return
        if not self.committed:
            # No feed exporter ran: nothing reached a file, so nothing counts as delivered.
            self.store.abort_run(self.run_id)
        failures = self.verdict()
        if failures:
            self.stats.set_value("newscrawl/run/failed", 1)
            for reason in failures:
                logger.error("Run failed: %s", reason)
        if self.settings.getbool("NEWSCRAWL_REPORT", True):
            self.write_report(failures)
        self.store.close()
        if self.lock is not None:
            self.lock.release()

    def verdict(self) -> list[str]:
        """Reasons this run counts as failed (empty: it did its job)."""
        s = self.stats.get_stats()
        reasons: list[str] = []
        reasons.extend(monitor_failures(s))
        if s.get("newscrawl/run/feed_failed") or any(k.startswith("feedexport/failed_count") for k in s):
            reasons.append("the feed could not be written")
        if not s.get("newscrawl/pages/list"):
            reasons.append("no list page was reached (home page down, or the channel markup changed)")
        requested = s.get("newscrawl/articles/requested", 0)
        failed = s.get("newscrawl/articles/failed", 0)
        useful = s.get("item_scraped_count", 0) + s.get("newscrawl/articles/unchanged", 0) + sum(
            v for k, v in s.items() if k.startswith("newscrawl/duplicates/"))
        if requested and not useful:
            reasons.append(f"lists linked {requested} articles but none could be fetched and extracted")
        budget = self.settings.getfloat("NEWSCRAWL_ERROR_BUDGET", 0.1)
        if requested and failed / requested > budget and RESULTS_STAT not in s:  # else the monitor said it
            reasons.append(f"{failed} of {requested} article fetches failed (budget {budget:.0%})")
        return reasons

    def report_path(self) -> Path:
        if self.published:
            final = Path(self.published[-1].final_path)
            return final.with_name(final.name.removesuffix(".jsonl") + ".stats.json")
        return Path(self.settings["NEWSCRAWL_OUTPUT_DIR"]) / (self.site or "run") / f"{self.run_id}.stats.json"

    def write_report(self, failures: list[str]) -> None:
        s = self.stats.get_stats()
        finished = datetime.now(timezone.utc)

        def by_prefix(prefix: str) -> dict:
            return {k[len(prefix):]: v for k, v in sorted(s.items()) if k.startswith(prefix)}

        report = {
            "site": self.site,
            "run": self.run_id,
            "started_at": self.started.isoformat(),
            "finished_at": finished.replace(microsecond=0).isoformat(),
            "duration_s": round((finished - self.started).total_seconds(), 3),
            "finish_reason": s.get("finish_reason"),
            "verdict": "failed" if failures else "ok",
            "failures": failures,
            "feed": str(self.published[-1].final_path) if self.published else None,
            "pages_fetched": s.get("response_received_count", 0),
            "requests": s.get("downloader/request_count", 0),
            "articles": {
                "new": s.get("newscrawl/articles/new", 0),
                "updated": s.get("newscrawl/articles/updated", 0),
                "unchanged": s.get("newscrawl/articles/unchanged", 0),
                "duplicate": by_prefix("newscrawl/duplicates/"),
                # other places an already delivered story was found (reprints, other columns)
                "sightings": s.get("newscrawl/sightings/new", 0),
                "dropped": by_prefix("newscrawl/dropped/"),
                "failed": s.get("newscrawl/articles/failed", 0),
                "fetched_under_another_url": s.get("newscrawl/articles/failed_over", 0),
                "given_up_not_requested": s.get("newscrawl/links/given_up", 0),
            },
            "errors": {
                **{f"http_{k}": v for k, v in by_prefix("downloader/response_status_count/").items() if k >= "400"},
                **{f"exception_{k.rsplit('.', 1)[-1]}": v for k, v in by_prefix("downloader/exception_type_count/").items()},
                **{f"fetch_{k}": v for k, v in by_prefix("newscrawl/articles/failed/").items()},
                **by_prefix("newscrawl/faults/"),
                "log_errors": s.get("log_count/ERROR", 0),
            },
            "monitors": s.get(RESULTS_STAT, []),  # Spidermon's (newscrawl/monitors.py); [] when off
            "recovered": self.recovered,
            "stats": s,
        }
        path = self.report_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(report, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
        os.replace(tmp, path)
        logger.info("Run report: %s", path)


def record_failure(crawler, article_id: str | None, url: str | None, reason: str) -> None:
    """For components that drop articles: tell the run state (if it is on) why one was lost."""
    try:
        run = crawler.get_extension(RunState) if crawler is not None else None
    except RuntimeError:  # a crawler that is not crawling (a unit test's): no run to tell
        return
    if run is not None:
        run.article_failed(article_id, url or "", reason)
