"""Spidermon monitors that ship with the project, run at the end of every crawl.

On by default (``SPIDERMON_ENABLED``, the extension in ``EXTENSIONS`` — :class:`Monitors`,
Spidermon's own with failures logged in one line each —
``SPIDERMON_SPIDER_CLOSE_MONITORS`` = :class:`RunMonitorSuite`).  What they watch, and the
settings that tune them (Spidermon's own where Spidermon has one):

- **articles seen** (:class:`ArticleCountMonitor`): new articles plus articles the lists showed
  that earlier runs delivered, at least ``SPIDERMON_MIN_ITEMS``: incremental-aware, so a run on
  an unchanged portal passes, while a portal whose lists stopped showing anything fails;
- **field coverage** (Spidermon's ``FieldCoverageMonitor`` over its own
  ``spidermon_field_coverage/…`` stats; ``SPIDERMON_FIELD_COVERAGE_RULES``, with
  ``SPIDERMON_FIELD_COVERAGE_SKIP_NONE`` on so that ``null`` and ``[]`` count as missing);
- **error rate** (:class:`ErrorRateMonitor`): article fetches that failed, at most
  ``NEWSCRAWL_ERROR_BUDGET`` of those requested (the run's own budget: with the monitors on,
  this monitor is where the verdict's budget check is made);
- **fallback rate** (:class:`FallbackRateMonitor`): the share of article pages for which a field was
  taken from the generic extractor because the profile's selector missed it, per field, at most
  ``NEWSCRAWL_MONITOR_MAX_FALLBACK_RATE``; and channel/list pages walked by link shape because
  the profile's markup found nothing, at most ``NEWSCRAWL_MONITOR_MAX_FALLBACK_PAGES`` — what a
  template change looks like while the generic extractor still saves the articles;
- **finish reason** (Spidermon's ``FinishReasonMonitor``; ``SPIDERMON_EXPECTED_FINISH_REASONS``).

Results go into the stats (``newscrawl/monitors/…``) when the suite has run; the run's
verdict (:mod:`newscrawl.run.verdict`) fails on any failed monitor — so the exit code is
non-zero — and the run report lists every monitor's outcome.  To add Spidermon actions (mail,
Slack…), subclass :class:`RunMonitorSuite` with ``monitors_failed_actions`` as Spidermon
documents and name the subclass in ``SPIDERMON_SPIDER_CLOSE_MONITORS``.
"""

from __future__ import annotations

import logging

from spidermon import MonitorSuite, monitors
from spidermon.contrib.scrapy.extensions import Spidermon
from spidermon.contrib.scrapy.monitors import FieldCoverageMonitor, FinishReasonMonitor
from spidermon.contrib.scrapy.monitors.base import BaseScrapyMonitor
from spidermon.contrib.scrapy.runners import SpiderMonitorResult, SpiderMonitorRunner

#: Stats key of the monitors' outcome: a list of {"monitor", "status", "reason"}.
RESULTS_STAT = "newscrawl/monitors/results"
FAILED_STAT = "newscrawl/monitors/failed"


def articles_seen(stats: dict) -> int:
    """Articles this run emitted or found already delivered (its lists showed them)."""
    return (stats.get("item_scraped_count", 0) + stats.get("newscrawl/links/already_delivered", 0)
            + stats.get("newscrawl/articles/unchanged", 0)
            + sum(v for k, v in stats.items() if k.startswith("newscrawl/duplicates/")))


@monitors.name("Articles seen")
class ArticleCountMonitor(BaseScrapyMonitor):
    """New articles plus already-delivered ones the lists showed, at least SPIDERMON_MIN_ITEMS."""

    @monitors.name("at least SPIDERMON_MIN_ITEMS articles, new or known")
    def test_articles_seen(self):
        minimum = self.crawler.settings.getint("SPIDERMON_MIN_ITEMS", 1)
        seen = articles_seen(self.stats)
        self.assertGreaterEqual(
            seen, minimum,
            msg=f"{seen} articles seen (new {self.stats.get('item_scraped_count', 0)}), "
                f"fewer than SPIDERMON_MIN_ITEMS={minimum}")


@monitors.name("Error rate")
class ErrorRateMonitor(BaseScrapyMonitor):
    """Article fetches that failed, at most NEWSCRAWL_ERROR_BUDGET of those requested."""

    @monitors.name("failed article fetches within NEWSCRAWL_ERROR_BUDGET")
    def test_error_rate(self):
        budget = self.crawler.settings.getfloat("NEWSCRAWL_ERROR_BUDGET", 0.1)
        requested = self.stats.get("newscrawl/articles/requested", 0)
        failed = self.stats.get("newscrawl/articles/failed", 0)
        # Failures as in an earlier run (a permanent fault met again after its back-off) were
        # reported then: the budget is about what went wrong this run (newscrawl/run/core.py).
        known = min(failed, self.stats.get("newscrawl/articles/failed_known", 0))
        if not requested:
            self.skipTest("no article requested")
        by_kind = ", ".join(f"{k.rsplit('/', 1)[-1]} {v}" for k, v in sorted(self.stats.items())
                            if k.startswith("newscrawl/articles/failed/"))
        self.assertLessEqual((failed - known) / requested, budget,
                             msg=f"{failed - known} of {requested} article fetches failed for a reason not known "
                                 f"before ({by_kind}; {known} as in earlier runs), "
                                 f"above NEWSCRAWL_ERROR_BUDGET={budget:.0%}")


@monitors.name("Profile fallbacks")
class FallbackRateMonitor(BaseScrapyMonitor):
    """Fields and pages the site profile missed (its selectors no longer match the template)."""

    @monitors.name("fields taken from the generic extractor within NEWSCRAWL_MONITOR_MAX_FALLBACK_RATE")
    def test_field_fallback_rate(self):
        limit = self.crawler.settings.getfloat("NEWSCRAWL_MONITOR_MAX_FALLBACK_RATE", 0.2)
        pages = self.stats.get("newscrawl/pages/article", 0)  # the fallbacks are counted per page
        if not pages:
            self.skipTest("no article page read")
        over = {k.rsplit("/", 1)[-1]: v for k, v in self.stats.items()
                if k.startswith("newscrawl/extract/fallback/") and v / pages > limit}
        self.assertFalse(over, msg="the profile missed " + ", ".join(
            f"{field} on {n} of {pages} article pages" for field, n in sorted(over.items()))
            + f" (NEWSCRAWL_MONITOR_MAX_FALLBACK_RATE={limit:.0%}): has the article template changed?")

    @monitors.name("channel and list pages walked by link shape within NEWSCRAWL_MONITOR_MAX_FALLBACK_PAGES")
    def test_page_fallbacks(self):
        limit = self.crawler.settings.getint("NEWSCRAWL_MONITOR_MAX_FALLBACK_PAGES", 0)
        pages = {k.rsplit("/", 1)[-1]: v for k, v in self.stats.items() if k in ("newscrawl/fallback/tree",
                                                                                  "newscrawl/fallback/list")}
        self.assertLessEqual(sum(pages.values()), limit, msg=", ".join(
            f"{n} {kind} pages" for kind, n in sorted(pages.items()))
            + f" had none of the profile's links and were walked by link shape "
              f"(NEWSCRAWL_MONITOR_MAX_FALLBACK_PAGES={limit}): has the channel/list template changed?")


def _reason(result) -> str:
    """A monitor's failure in one line: its message, or the last line of an error's traceback."""
    text = result.reason or (str(result.error).strip().splitlines() or [""])[-1] if result.error else result.reason
    return " ".join(str(text or "").split())


class _OneLineResult(SpiderMonitorResult):
    """Spidermon's log output, with each failed monitor on one WARNING line instead of a
    unittest traceback (the verdict's ``Run failed: monitor …`` line is the ERROR)."""

    def write_errors(self):
        for status in self.step.error_statuses:
            for item in self.step.items_for_status(status):
                reason = _reason(item)
                self.log(f"{item.status}: {item.item.name}: {reason}", level=logging.WARNING)


class _OneLineRunner(SpiderMonitorRunner):
    def create_result(self):
        return _OneLineResult(self.spider)


class Monitors(Spidermon):
    """Spidermon's extension (same settings), reporting failed monitors in one line each."""

    def _run_suites(self, spider, suites):
        data = self._generate_data_for_spider(spider)
        for suite in suites:
            _OneLineRunner(spider=spider).run(suite, **data)


class RunMonitorSuite(MonitorSuite):
    """The project's suite (``SPIDERMON_SPIDER_CLOSE_MONITORS``); records its results in the stats."""

    monitors = [ArticleCountMonitor, FieldCoverageMonitor, ErrorRateMonitor, FallbackRateMonitor,
                FinishReasonMonitor]

    def on_monitors_finished(self, result):
        super().on_monitors_finished(result)
        stats = self._crawler.stats if self._crawler is not None else None
        if stats is None:
            return
        outcome = [{"monitor": r.item.name, "status": r.status, "reason": _reason(r) or None}
                   for r in result.monitor_results]
        stats.set_value(RESULTS_STAT, [*(stats.get_value(RESULTS_STAT) or []), *outcome])
        failed = [r for r in outcome if r["status"] in ("FAIL", "ERROR")]
        stats.set_value(FAILED_STAT, (stats.get_value(FAILED_STAT) or 0) + len(failed))


def failures(stats: dict) -> list[str]:
    """One line per failed monitor, for the run's verdict."""
    return [f"monitor {r['monitor']}: {' '.join((r['reason'] or r['status']).split())}"
            for r in stats.get(RESULTS_STAT) or () if r["status"] in ("FAIL", "ERROR")]
