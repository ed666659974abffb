"""One run of a site: its lock, its state, crash recovery, publication, verdict and report.

:class:`Run` is driven by the run-state extension (:class:`newscrawl.extensions.run.RunState`,
which only wires Scrapy's signals to it) and reached by the spider and the pipelines through
that extension.

Open (while the crawl bootstraps, before any request): hold the site's run lock
(:mod:`.lock`), open the store — migrated if it is of an earlier release, rebuilt from the
site's feeds if it is missing, emptied or corrupt (:mod:`.rebuild`) —, settle earlier runs of
the site that were killed (:meth:`~newscrawl.state.sqlite.SQLiteStore.recover`), and take a run
id no other run has.

Publication (:mod:`.publish`): local feeds are written as ``.part``, marked *finalizing* once
whole and synced, renamed, then — when every feed of the run, remote uploads included, has been
stored — the run's pending articles become delivered.  A failed feed (full disk, refused
upload) leaves them pending and they are forgotten, so the next run delivers them again; a
local file the run did publish is then renamed ``….jsonl.undelivered`` so that the union of
``*.jsonl`` files never holds an article twice.  A kill between the steps is settled by the
next run: before *finalizing* the run is discarded, after it completed.

Permanent faults (:func:`newscrawl.faults.permanent`) are recorded per article: one that
failed for such a reason is backed off — not requested again for
``NEWSCRAWL_FAILED_BACKOFF_HOURS``·2^(n-1) hours after its n-th failing run — and given up
once it failed in ``NEWSCRAWL_GIVE_UP_AFTER`` runs, the first ``NEWSCRAWL_GIVE_UP_MIN_HOURS``
ago.  A failure of an article that had already failed in an earlier run is counted as
``newscrawl/articles/failed_known``: the failure budget (:mod:`.verdict`) is about what is new.

Finish (engine stopped, or after a forced shutdown, by the crawl command): the verdict
(:mod:`.verdict`), the report (:mod:`.report`), the store closed, the lock released.
"""

from __future__ import annotations

import logging
import os
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from .. import faults
from ..state import StateError
from . import rebuild, report, verdict
from .lock import RunLock, lock_path

logger = logging.getLogger(__name__)


class Run:
    def __init__(self, crawler):
        self.crawler = crawler
        self.settings = crawler.settings
        self.stats = crawler.stats
        self.store = None
        self.site: str | None = None
        self.started = datetime.now(timezone.utc).replace(microsecond=0)
        # The same shape as Scrapy's %(time)s feed parameter; made unique by begin_run.
        self.run_id = self.started.isoformat().replace(":", "-")
        self.opened: list = []  # local (atomic) feed storages opened this run
        self.published: list = []
        self.committed = False
        self.finished = False
        self.failed_now: set[str] = set()  # ids recorded as failing for good by this run
        self.recovered: list = []
        self.lock: RunLock | None = None  # the site's run lock, when this run took it

    # -- open -----------------------------------------------------------------------------
    @property
    def folder(self) -> Path:
        return Path(self.settings["NEWSCRAWL_OUTPUT_DIR"]) / (self.site or "run")

    def open(self, spider) -> None:
        self.site = getattr(spider, "site", spider.name)
        self._hold_site_lock()
        self.store = rebuild.open_for_site(self.settings, self.site, self.folder, self.stats)
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
        folder = self.folder
        self.run_id = self.store.begin_run(
            self.run_id, self.site,
            taken=lambda rid: any((folder / f"{rid}{ext}").exists() for ext in (".jsonl", ".stats.json")))

    def _hold_site_lock(self) -> None:
        """Recovery settles "running" runs as dead, so it must never run beside a live run of
        the site.  ``scrapy crawl`` takes the site's lock before Scrapy starts; any other way
        in (``scrapy runspider``, a script of its own) takes it here."""
        path = lock_path(self.settings, self.site)
        if RunLock.held_here(path):
            return
        lock = RunLock(path)
        if not lock.acquire():
            raise StateError(f"another run for site {self.site!r} is in progress (pid {lock.holder()}, "
                             f"lock {lock.path}); not starting")
        self.lock = lock

    def _remove_stray_parts(self) -> None:
        """``.part`` files no run record knows of (e.g. the state file was reset): report, remove."""
        folder = self.folder
        for part in folder.glob("*.part") if folder.is_dir() else ():
            logger.warning("Removing leftover partial feed %s (no run owns it)", part)
            self.stats.inc_value("newscrawl/recovery/stray_parts_removed")
            part.unlink(missing_ok=True)

    # -- what the crawl meets ---------------------------------------------------------------
    def article_failed(self, article_id: str | None, url: str, reason: str) -> int:
        """Record that ``article_id`` could not be delivered this run, if ``reason`` is
        permanent; returns in how many runs it has failed so (0: not recorded)."""
        if self.store is None or not article_id or not faults.permanent(reason):
            return 0
        self.failed_now.add(article_id)
        attempts = self.store.record_failure(self.run_id, article_id=article_id, site=self.site, url=url, reason=reason)
        give_up_after = self.settings.getint("NEWSCRAWL_GIVE_UP_AFTER", 3)
        if give_up_after and attempts == give_up_after:
            logger.info("%s has failed (%s) in %d runs: it will not be requested again once %s h have passed "
                        "since the first", article_id, reason, attempts,
                        self.settings.getfloat("NEWSCRAWL_GIVE_UP_MIN_HOURS", 24))
        return attempts

    def held_back(self, ids: list[str]) -> dict:
        """Those of ``ids`` not to request this run (``Held``: given up, or backing off).  A
        failure of this very run holds nothing back: the article's other listings (another
        URL of it) still get their chance."""
        if self.store is None:
            return {}
        ids = [i for i in ids if i not in self.failed_now]
        return self.store.held_back(ids, give_up_after=self.settings.getint("NEWSCRAWL_GIVE_UP_AFTER", 3),
                                    min_hours=self.settings.getfloat("NEWSCRAWL_GIVE_UP_MIN_HOURS", 24),
                                    backoff_hours=self.settings.getfloat("NEWSCRAWL_FAILED_BACKOFF_HOURS", 6))

    # -- publication ----------------------------------------------------------------------
    def has_remote_feeds(self) -> bool:
        return any(urlsplit(str(uri)).scheme not in ("", "file") and len(urlsplit(str(uri)).scheme) > 1
                   for uri in self.settings.getdict("FEEDS"))

    def feed_opening(self, storage) -> None:
        self.opened.append(storage)
        self.store.set_part(self.run_id, str(storage.part_path), str(storage.final_path))

    def feed_finalizing(self, storage) -> None:
        # With a remote feed as well, "whole" is known only when its upload is done.
        if not self.has_remote_feeds():
            self.store.mark_finalizing(self.run_id)

    def feed_published(self, storage) -> None:
        self.published.append(storage)

    def feeds_closed(self) -> None:
        """Every feed slot of the run has been stored, or has failed to be."""
        if self.committed or self.store is None:
            return
        s = self.stats.get_stats()
        failed_slots = sum(v for k, v in s.items() if k.startswith("feedexport/failed_count/"))
        unpublished = [st for st in self.opened if st not in self.published]
        if failed_slots or unpublished:
            n = self.store.abort_run(self.run_id)
            what = str(unpublished[0].final_path) if unpublished else "a feed"
            self.stats.set_value(verdict.FEED_FAILED, f"{what} was not stored whole")
            for st in self.published:  # whole, but its articles are not delivered: out of the way
                aside = Path(f"{st.final_path}.undelivered")
                os.replace(st.final_path, aside)
                logger.error("Feed %s was written but another feed of the run failed: renamed to %s",
                             st.final_path, aside.name)
            logger.error("%s: %d articles of this run will be delivered again by the next run",
                         self.stats.get_value(verdict.FEED_FAILED), n)
            return
        n = self.store.commit_run(self.run_id)
        self.committed = True
        if n:
            logger.info("Committed %d delivered articles of run %s", n, self.run_id)

    # -- finish ---------------------------------------------------------------------------
    def finish(self, forced: str | None = None) -> list[str]:
        """Settle the run, judge it, write its report; returns the reasons it failed."""
        if self.finished or self.store is None:
            return []
        self.finished = True
        if forced:
            self.stats.set_value(verdict.FORCED, forced)
        if not self.committed:
            # No feed exporter finished: nothing reached a file, so nothing counts as delivered.
            self.store.abort_run(self.run_id, status="killed" if forced else "failed")
            for st in self.opened:
                if st not in self.published:
                    Path(st.part_path).unlink(missing_ok=True)
        failures = verdict.failures(self.stats.get_stats(), self.settings.getfloat("NEWSCRAWL_ERROR_BUDGET", 0.1))
        if failures:
            self.stats.set_value(verdict.FAILED, 1)
            for reason in failures:
                logger.error("Run failed: %s", reason)
        if self.settings.getbool("NEWSCRAWL_REPORT", True):
            self.write_report(failures)
        self.store.close()
        if self.lock is not None:
            self.lock.release()
        return failures

    def report_path(self) -> Path:
        if self.published and self.committed:
            final = Path(self.published[-1].final_path)
            return final.with_name(final.name.removesuffix(".jsonl") + ".stats.json")
        return self.folder / f"{self.run_id}.stats.json"

    def write_report(self, failures: list[str]) -> None:
        feeds = [str(st.final_path) for st in self.published] if self.committed else []
        data = report.build(site=self.site, run_id=self.run_id, started=self.started, stats=self.stats.get_stats(),
                            failures=failures, feeds=feeds, recovered=self.recovered,
                            findings=self.store.run_findings(self.run_id))
        try:
            path = report.write(self.report_path(), data)
        except OSError as exc:
            logger.error("Run report %s could not be written: %s", self.report_path(), exc.strerror or exc)
            return
        self.stats.set_value("newscrawl/run/report", str(path))
        logger.info("Run report: %s", path)
