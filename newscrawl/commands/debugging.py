"""Debugging commands leave the run alone: no lock, no report, no state.

``scrapy shell``, ``fetch``, ``parse``, ``check`` and ``list`` are for looking at a portal,
often while the cron run is going: they switch the run state off (above ``-s``), so they never
take the site's lock (which would make the cron run exit 75), write a failed run report, or
read or change the state file.  The per-run feed is not added either.
"""

from __future__ import annotations

#: Above -s (cmdline, 40): a debugging command has no run, whatever the command line says.
PRIORITY = 50


def leave_the_run_alone(settings) -> None:
    settings.set("NEWSCRAWL_STATE_ENABLED", False, priority=PRIORITY)
    settings.set("NEWSCRAWL_REPORT", False, priority=PRIORITY)
    if not settings.getdict("FEEDS"):
        settings.set("FEEDS", {}, priority=PRIORITY)
        settings.set("NEWSCRAWL_FEED_URI", "", priority=PRIORITY)


class LeavesTheRunAlone:
    """Mixed into each debugging command (before Scrapy's class)."""

    def process_options(self, args, opts) -> None:
        super().process_options(args, opts)
        leave_the_run_alone(self.settings)
