"""Whether a run did its job, and the exit code that says so to cron.

=====  ===================================================================================
code   meaning
=====  ===================================================================================
0      the run did its job: including "nothing new", and including permanent faults
       already known from earlier runs (reported in the run report, not re-counted)
1      something went wrong this run: a feed not written or not uploaded, a state error,
       spider exceptions above the budget, no list page reached, robots.txt unreachable,
       more new article failures than the budget, a forced shutdown, a full disk
2      usage: unknown site, bad URL, malformed or out-of-range setting, a site name that is
       not ``[a-z0-9_.-]+``, a feed storage that cannot work here — before any request
75     another run of the site holds its lock (EX_TEMPFAIL: cron will try again)
=====  ===================================================================================

:func:`failures` reads the run's stats; an empty list is a run that did its job.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_LOCKED = 75

#: Stats keys the run sets for conditions found outside the stats Scrapy keeps.
FEED_FAILED = "newscrawl/run/feed_failed"
STATE_ERROR = "newscrawl/run/state_error"
FORCED = "newscrawl/run/forced_shutdown"
FAILED = "newscrawl/run/failed"


def failures(stats: dict, budget: float) -> list[str]:
    """Reasons this run counts as failed (empty: it did its job)."""
    from ..monitors import RESULTS_STAT
    from ..monitors import failures as monitor_failures

    s = stats
    reasons = list(monitor_failures(s))  # Spidermon's (newscrawl/monitors.py), when they ran
    if s.get(FORCED):
        reasons.append(f"forced shutdown ({s[FORCED]}): the run did not finish; its articles will be delivered again")
    if s.get(STATE_ERROR):
        reasons.append(f"state error: {s[STATE_ERROR]}")
    failed_feeds = sum(v for k, v in s.items() if k.startswith("feedexport/failed_count/"))
    if s.get(FEED_FAILED) or failed_feeds:
        reasons.append(f"the feed could not be written: {s[FEED_FAILED]}" if isinstance(s.get(FEED_FAILED), str)
                       else "the feed could not be written")
    if s.get("newscrawl/faults/robots_unreachable"):
        reasons.append("robots.txt could not be read (5xx or no answer): nothing on the portal may be fetched "
                       "this run (RFC 9309)")
    if not s.get("newscrawl/pages/list") and not s.get(FORCED):
        reasons.append("no list page was reached (home page down, or the channel markup changed)")
    requested = s.get("newscrawl/articles/requested", 0)
    failed = s.get("newscrawl/articles/failed", 0)
    known = min(failed, s.get("newscrawl/articles/failed_known", 0))
    new = failed - known
    useful = s.get("item_scraped_count", 0) + s.get("newscrawl/articles/unchanged", 0) + sum(
        v for k, v in s.items() if k.startswith("newscrawl/duplicates/"))
    if requested and not useful and new:
        reasons.append(f"lists linked {requested} articles but none could be fetched and extracted")
    elif requested and new / requested > budget and RESULTS_STAT not in s:  # else the monitor said it
        reasons.append(f"{new} of {requested} article fetches failed for a reason not known before "
                       f"(budget {budget:.0%}; {known} more failed as in earlier runs)")
    exceptions = s.get("spider_exceptions/count", 0)
    pages = s.get("response_received_count", 0)
    if exceptions and exceptions > budget * pages:
        reasons.append(f"the spider raised {exceptions} exceptions on {pages} pages (budget {budget:.0%})")
    return reasons
