"""The run report, ``<run id>.stats.json`` beside the feed: what a cron user reads after the exit code.

Written at the end of every run that got as far as its state (ok or failed, a forced shutdown
included), atomically (temporary name, then rename).  ``verdict`` and ``failures`` say why the
exit code is what it is; ``known_faults`` what was not re-fetched because earlier runs met it;
``findings`` the run's sightings and settled duplicates (so that :mod:`.rebuild` can restore them).
"""

from __future__ import annotations

import json
import os
from datetime import datetime, timezone
from pathlib import Path


def build(*, site: str | None, run_id: str, started: datetime, stats: dict, failures: list[str],
          feeds: list[str], recovered: list[dict], findings: dict | None = None) -> dict:
    s = stats
    finished = datetime.now(timezone.utc)

    def by_prefix(prefix: str) -> dict:
        return {k[len(prefix):]: v for k, v in sorted(s.items()) if k.startswith(prefix)}

    return {
        "site": site,
        "run": run_id,
        "started_at": started.isoformat(),
        "finished_at": finished.replace(microsecond=0).isoformat(),
        "duration_s": round((finished - started).total_seconds(), 3),
        "finish_reason": s.get("finish_reason"),
        "verdict": "failed" if failures else "ok",
        "failures": failures,
        "feed": feeds[-1] if feeds else None,
        "feeds": feeds,
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
            # pages at article URLs (or listed like articles) that are not articles, by kind
            # (newscrawl.extract.kinds: list, topic, gallery, video, attachment, empty …): never emitted
            "not_articles": by_prefix("newscrawl/pages/not_article/"),
            "failed": s.get("newscrawl/articles/failed", 0),
            "failed_as_before": s.get("newscrawl/articles/failed_known", 0),
            "fetched_under_another_url": s.get("newscrawl/articles/failed_over", 0),
            "given_up_not_requested": s.get("newscrawl/links/given_up", 0),
            "backing_off_not_requested": s.get("newscrawl/links/backing_off", 0),
            "robots_disallowed_not_requested": s.get("newscrawl/links/robots", 0),
        },
        "known_faults": {
            "dead_channel_pages_skipped": s.get("newscrawl/tree/failed_skipped", 0),
            "articles_given_up": s.get("newscrawl/links/given_up", 0),
            "articles_backing_off": s.get("newscrawl/links/backing_off", 0),
            "robots_disallowed_links": s.get("newscrawl/links/robots", 0),
        },
        "errors": {
            **{f"http_{k}": v for k, v in by_prefix("downloader/response_status_count/").items() if k >= "400"},
            **{f"exception_{k.rsplit('.', 1)[-1]}": v for k, v in by_prefix("downloader/exception_type_count/").items()},
            **{f"fetch_{k}": v for k, v in by_prefix("newscrawl/articles/failed/").items()},
            **by_prefix("newscrawl/faults/"),
            "spider_exceptions": s.get("spider_exceptions/count", 0),
            "log_errors": s.get("log_count/ERROR", 0),
        },
        "monitors": s.get("newscrawl/monitors/results", []),  # Spidermon's (newscrawl/monitors.py); [] when off
        "recovered": recovered,
        # What this run learnt of stories already delivered, one entry each: the sightings it
        # recorded ({article_id, url, site, channel, seen_at}) and the duplicates it settled
        # ({id, original, key, canonical_url}); a rebuild of the state reads them back.
        "findings": findings or {"sightings": [], "duplicates": []},
        "stats": s,
    }


def write(path: Path, report: dict) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(report, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    os.replace(tmp, path)
    return path
