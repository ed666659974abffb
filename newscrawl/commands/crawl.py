"""``scrapy crawl`` for cron: one run per site at a time, and an exit code that means something.

Scrapy's own ``crawl`` exits 0 whatever happened to the crawl.  This one (exit codes:
:mod:`newscrawl.run.verdict`, the README's table):

1. checks the ``NEWSCRAWL_*`` settings (:func:`newscrawl.run.config.problems`), the spider's
   arguments and site name, and that every feed's storage can work here (a missing boto3 for
   ``s3://``): any problem is a usage error, one line, exit 2, before any request;
2. takes the site's run lock (:class:`newscrawl.run.lock.RunLock`): another live run of the
   site → one line (also to ``LOG_FILE`` if set: a scrapyd job's log), a run report whose
   verdict is ``refused``, exit 75;
3. opens the state (migrating or rebuilding it, :mod:`newscrawl.run.rebuild`): a state that
   cannot be used → one line naming the file, a failed report, exit 1;
4. crawls; exit 1 when the run's verdict says it failed, or when it was cut short by a forced
   shutdown (Ctrl-C twice), which is then settled and reported here.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError

from ..exporters import check_feeds
from ..sites.policy import ascii_host
from ..run import config, report
from ..run.lock import RunLock, lock_path
from ..run.publish import check_feed_storages
from ..run.verdict import EXIT_FAILED, EXIT_LOCKED
from ..state import StateError

logger = logging.getLogger(__name__)


class Command(ScrapyCrawlCommand):
    def short_desc(self) -> str:
        return "Run a spider (one run per site at a time; exit 1 when the run failed, 2 usage, 75 locked)"

    def run(self, args, opts) -> None:
        if len(args) != 1:
            raise UsageError("give exactly one spider name, e.g. scrapy crawl portal -a site=sxrb")
        assert self.crawler_process is not None
        problems = config.problems(self.settings)
        if problems:
            raise UsageError(problems[0], print_help=False)
        check_feeds(self.settings)  # a Parquet feed without pyarrow: usage error, before the crawl
        site = None
        if args[0] == "portal":  # the spider's own rule: -a site, else the start URL's host, else the setting
            _check_portal_arguments(opts.spargs, self.settings)
            start_host = ascii_host(urlsplit(opts.spargs.get("start_url", "")).hostname)
            site = opts.spargs.get("site") or start_host or self.settings.get("NEWSCRAWL_SITE")
        crawler = self._create_crawler(args[0])
        feeds_problem = check_feed_storages(crawler, crawler.settings.getdict("FEEDS"))
        if feeds_problem:
            raise UsageError(feeds_problem, print_help=False)
        state_on = site and crawler.settings.getbool("NEWSCRAWL_STATE_ENABLED", True)
        lock = RunLock(lock_path(crawler.settings, site)) if state_on else None
        try:
            acquired = lock is None or lock.acquire()
        except OSError as exc:  # the output folder is a file, or cannot be created
            print(f"newscrawl: output folder {lock.path.parent} cannot be used ({exc.strerror}); check "
                  f"NEWSCRAWL_OUTPUT_DIR; not crawling (no report: there is nowhere to write it)", file=sys.stderr)
            self.exitcode = EXIT_FAILED
            return
        if not acquired:
            message = f"another run for site {site!r} is in progress (pid {lock.holder()}, lock {lock.path}); not starting"
            print(f"newscrawl: {message}", file=sys.stderr)
            if self.settings.get("LOG_FILE"):  # scrapyd's job log: where its scheduler looks
                logger.warning(message)
            _write_refusal_report(self.settings, site, message, job=opts.spargs.get("_job"))
            self.exitcode = EXIT_LOCKED
            return
        try:
            noted = _Noted()  # what opening the state did (migrated, rebuilt): into the run's stats
            if state_on and not _state_usable(crawler.settings, site, noted):
                self.exitcode = EXIT_FAILED
                return
            crawler.signals.connect(noted.copy_to(crawler), signal=signals.spider_opened, weak=False)
            self.crawler_process.crawl(crawler, **opts.spargs)
            self.crawler_process.start()
            run = _run_of(crawler)
            if run is not None and not run.finished:  # the reactor was stopped under the engine
                run.finish(forced="the crawl was interrupted twice (or killed) before it could finish")
                print(f"newscrawl: run {run.run_id} of {run.site} was forced to stop: its articles will be "
                      f"delivered again by the next run (report {run.report_path()})", file=sys.stderr)
        finally:
            if lock is not None:
                lock.release()
        if self.crawler_process.bootstrap_failed:
            self.exitcode = EXIT_FAILED
        elif crawler.stats is not None and crawler.stats.get_value("newscrawl/run/failed"):
            self.exitcode = EXIT_FAILED


def _run_of(crawler):
    from ..extensions.run import RunState

    try:
        ext = crawler.get_extension(RunState)
    except Exception:  # noqa: BLE001 (a crawler that never got as far as its extensions)
        return None
    return ext.run if ext is not None else None


class _Noted(dict):
    """Stats noted before the crawler has its stats collector."""

    def set_value(self, key, value) -> None:
        self[key] = value

    def copy_to(self, crawler):
        def copy(spider) -> None:
            for key, value in self.items():
                crawler.stats.set_value(key, value)
        return copy


def _state_usable(settings, site: str, stats=None) -> bool:
    """Open (migrate, rebuild) the state before the crawl; False, with one line and a report, if it cannot be."""
    from ..run import rebuild

    folder = Path(settings["NEWSCRAWL_OUTPUT_DIR"]) / site
    try:
        rebuild.open_for_site(settings, site, folder, stats).close()
        return True
    except StateError as exc:
        message = str(exc)
    started = datetime.now(timezone.utc).replace(microsecond=0)
    failures = [f"state error: {message}"]
    data = report.build(site=site, run_id=started.isoformat().replace(":", "-"), started=started,
                        stats={"newscrawl/run/state_error": message, "finish_reason": "state_error"},
                        failures=failures, feeds=[], recovered=[])
    try:
        path = report.write(folder / f"{data['run']}.stats.json", data)
        where = f"report {path}"
    except OSError as exc:
        where = f"no report either: {folder} is not writable ({exc.strerror})"
    print(f"newscrawl: {message}; not crawling ({where})", file=sys.stderr)
    return False


def _check_portal_arguments(spargs: dict, settings) -> None:
    """A wrong ``-a`` (unknown site, a base URL that is not http, a site name with other
    characters than ``[a-z0-9_.-]``) is a usage error: one line and exit code 2."""
    from ..spiders.portal import PortalSpider

    kwargs = dict(spargs)
    if not kwargs.get("start_url"):
        kwargs.setdefault("site", settings.get("NEWSCRAWL_SITE"))
        kwargs.setdefault("base_url", settings.get("NEWSCRAWL_BASE_URL"))
    site = kwargs.get("site")
    if site and not config.SITE_NAME.match(str(site)):
        raise UsageError(f"site {site!r} is not a site name ([a-z0-9_.-]+)", print_help=False)
    try:
        PortalSpider(**kwargs)
    except (TypeError, ValueError) as exc:
        raise UsageError(str(exc), print_help=False) from None


def _write_refusal_report(settings, site: str, message: str, job: str | None = None) -> None:
    """``<output>/<site>/<time>.refused.stats.json``: what a scheduler that only reads reports
    (scrapyd lists a refused job as finished like any other) needs to see."""
    now = datetime.now(timezone.utc).replace(microsecond=0)
    folder = Path(settings["NEWSCRAWL_OUTPUT_DIR"]) / site
    stem = now.isoformat().replace(":", "-")
    path = folder / f"{stem}.refused.stats.json"
    for n in range(2, 1000):
        if not path.exists():
            break
        path = folder / f"{stem}-{n}.refused.stats.json"
    report = {"site": site, "run": None, "started_at": now.isoformat(), "finished_at": now.isoformat(),
              "verdict": "refused", "failures": [message], "feed": None, "exit_code": EXIT_LOCKED,
              "job": job}  # scrapyd's job id (its _job spider argument)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        print(f"newscrawl: could not write the refusal report {path}: {exc}", file=sys.stderr)
