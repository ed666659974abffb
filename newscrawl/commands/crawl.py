"""``scrapy crawl`` for cron: one run per site at a time, and an exit code that means something.

Scrapy's own ``crawl`` exits 0 whatever happened to the crawl.  This one, for spiders that
have a ``site`` (the portal spider):

- takes the site's run lock first (:class:`newscrawl.state.RunLock`); if another run of the
  site is alive it prints one line (also to ``LOG_FILE`` if set: a scrapyd job's log), writes a
  run report whose verdict is ``refused`` and exits with :data:`EXIT_LOCKED` (75, EX_TEMPFAIL);
- after the crawl, exits :data:`EXIT_FAILED` (1) when the run's verdict
  (:meth:`newscrawl.extensions.run.RunState.verdict`) says it failed, so cron can alert.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError

from ..exporters import check_feeds
from ..sites.policy import ascii_host
from ..state import RunLock, lock_path

logger = logging.getLogger(__name__)

EXIT_FAILED = 1
EXIT_LOCKED = 75


class Command(ScrapyCrawlCommand):
    def short_desc(self) -> str:
        return "Run a spider (one run per site at a time; non-zero exit when the run failed)"

    def run(self, args, opts) -> None:
        if len(args) != 1:
            raise UsageError("give exactly one spider name, e.g. scrapy crawl portal -a site=sxrb")
        assert self.crawler_process is not None
        check_feeds(self.settings)  # a Parquet feed without pyarrow: usage error, before the crawl
        site = None
        if args[0] == "portal":  # the spider's own rule: -a site, else the start URL's host, else the setting
            _check_portal_arguments(opts.spargs, self.settings)
            start_host = ascii_host(urlsplit(opts.spargs.get("start_url", "")).hostname)
            site = opts.spargs.get("site") or start_host or self.settings.get("NEWSCRAWL_SITE")
        lock = RunLock(lock_path(self.settings, site)) if site else None
        if lock is not None and not lock.acquire():
            message = f"another run for site {site!r} is in progress (pid {lock.holder()}, lock {lock.path}); not starting"
            print(f"newscrawl: {message}", file=sys.stderr)
            if self.settings.get("LOG_FILE"):  # scrapyd's job log: where its scheduler looks
                logger.warning(message)
            _write_refusal_report(self.settings, site, message, job=opts.spargs.get("_job"))
            self.exitcode = EXIT_LOCKED
            return
        try:
            crawler = self._create_crawler(args[0])
            self.crawler_process.crawl(crawler, **opts.spargs)
            self.crawler_process.start()
        finally:
            if lock is not None:
                lock.release()
        if self.crawler_process.bootstrap_failed:
            self.exitcode = EXIT_FAILED
        elif crawler.stats is not None and crawler.stats.get_value("newscrawl/run/failed"):
            self.exitcode = EXIT_FAILED


def _check_portal_arguments(spargs: dict, settings) -> None:
    """A wrong ``-a`` (unknown site, a base URL that is not http) is a usage error: one line
    and exit code 2, not a traceback from inside the crawl."""
    from ..spiders.portal import PortalSpider

    kwargs = dict(spargs)
    if not kwargs.get("start_url"):
        kwargs.setdefault("site", settings.get("NEWSCRAWL_SITE"))
        kwargs.setdefault("base_url", settings.get("NEWSCRAWL_BASE_URL"))
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
