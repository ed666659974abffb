"""Scrapy's RetryMiddleware, plus a pause before each retry and retries of empty pages.

Scrapy re-queues a failed request at once; a portal that answered 503 or 429 a moment ago
will most likely answer the same.  :class:`BackoffRetryMiddleware` keeps Scrapy's decisions
(``RETRY_TIMES``, ``RETRY_HTTP_CODES``, ``RETRY_EXCEPTIONS``, ``max_retry_times``/``dont_retry``
meta, the ``retry/*`` stats and the give-up line) and holds each retry back first:

* for ``Retry-After`` (seconds or an HTTP date) as long as the server asks, but at most
  ``NEWSCRAWL_RETRY_AFTER_MAX`` seconds (a portal asking for an hour is not waited for);
* otherwise exponentially: ``NEWSCRAWL_RETRY_BACKOFF_BASE`` × 2^(n-1) seconds before retry n,
  at most ``NEWSCRAWL_RETRY_BACKOFF_MAX``.

Only the retried request waits (``scrapy.utils.asyncio.sleep`` in the middleware); the rest
of the crawl goes on, but a 429 or 503 that names a Retry-After also slows the whole host:
its download slot's delay is raised to that wait (same cap), so the portal is not hit by the
other queued requests meanwhile.  AutoThrottle, when on, brings the delay back down as the
server recovers; without it the host stays at the slower pace for the rest of the run.  A 200 response with an empty body (an overloaded CMS) is retried the
same way when ``NEWSCRAWL_RETRY_EMPTY_BODY`` is on; if it stays empty the page is given up
on as fault ``empty_body``.  So is an HTML page that came with no ``Content-Length`` (its end is
the connection closing, which a cut connection also produces) and stops before ``</body>`` or
``</html>`` (``NEWSCRAWL_RETRY_UNTERMINATED_BODY``; fault ``unterminated_body``): a truncated
article must not be delivered as if it were whole.

Stats: Scrapy's ``retry/count``, ``retry/reason_count/<reason>``, ``retry/max_reached``;
``newscrawl/retry/backoff_seconds`` (total time retries were held back),
``newscrawl/retry/retry_after`` (waits that followed a Retry-After header),
``newscrawl/retry/retry_after_capped``; ``newscrawl/retry/host_slowed`` (slot delays raised);
``newscrawl/faults/empty_body``, ``newscrawl/faults/unterminated_body``.

Replaces ``scrapy.downloadermiddlewares.retry.RetryMiddleware`` (same priority, 550).
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import HtmlResponse, Request, Response
from scrapy.http.request import NO_CALLBACK
from scrapy.utils.asyncio import sleep

from .faults import FaultLog

logger = logging.getLogger(__name__)


def parse_retry_after(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Seconds a ``Retry-After`` header asks for (delta-seconds or HTTP-date), None if unusable."""
    if value is None:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


class BackoffRetryMiddleware(RetryMiddleware):
    def __init__(self, settings):
        super().__init__(settings)  # raises NotConfigured when RETRY_ENABLED is off
        self.backoff_base = settings.getfloat("NEWSCRAWL_RETRY_BACKOFF_BASE", 2.0)
        self.backoff_max = settings.getfloat("NEWSCRAWL_RETRY_BACKOFF_MAX", 60.0)
        self.retry_after_max = settings.getfloat("NEWSCRAWL_RETRY_AFTER_MAX", 60.0)
        self.retry_empty_body = settings.getbool("NEWSCRAWL_RETRY_EMPTY_BODY", True)
        self.retry_unterminated = settings.getbool("NEWSCRAWL_RETRY_UNTERMINATED_BODY", True)

    @classmethod
    def from_crawler(cls, crawler):
        mw = super().from_crawler(crawler)
        mw.faults = FaultLog(crawler, logger)
        return mw

    async def process_response(self, request: Request, response: Response) -> Request | Response:
        if self._is_empty_page(request, response):
            retry = self._retry_or_give_up(request, "empty_body", f"the server answered {response.status} with an empty body")
        elif self._is_cut_short(request, response):
            retry = self._retry_or_give_up(request, "unterminated_body",
                                           "the page stops before </html> and came with no Content-Length")
        else:
            retry = super().process_response(request, response)
        if isinstance(retry, Request):
            await self._hold_back(retry, response)
        return retry

    async def process_exception(self, request: Request, exception: Exception) -> Request | Response | None:
        retry = super().process_exception(request, exception)
        if isinstance(retry, Request):
            await self._hold_back(retry, None)
        return retry

    def _retry_or_give_up(self, request: Request, kind: str, what: str) -> Request:
        """A 200 page that is no page: retried like a 503 (reason ``kind`` with spaces), then lost."""
        retry = self._retry(request, kind.replace("_", " "))
        if retry is None:
            attempts = request.meta.get("retry_times", 0) + 1
            raise self.faults.lost(request, kind, f"{what}, {attempts} times")
        return retry

    def _is_empty_page(self, request: Request, response: Response) -> bool:
        # robots.txt and other engine-internal requests (NO_CALLBACK) may well be empty.
        return (self.retry_empty_body and response.status == 200 and not response.body.strip()
                and request.method != "HEAD" and request.callback is not NO_CALLBACK
                and not request.meta.get("dont_retry", False))

    def _is_cut_short(self, request: Request, response: Response) -> bool:
        """An HTML page delimited by the connection closing (Scrapy flags it ``partial``: no
        Content-Length, so no way to tell a cut from the end) whose markup never ends.  A page
        that came with its length, or chunked, is checked by the HTTP layer already."""
        if (not self.retry_unterminated or response.status != 200 or "partial" not in response.flags
                or not isinstance(response, HtmlResponse) or request.callback is NO_CALLBACK
                or request.meta.get("dont_retry", False)):
            return False
        tail = response.body[-2048:].lower()
        return b"</html" not in tail and b"</body" not in tail

    def delay_for(self, retry: Request, response: Response | None) -> float:
        """How long to hold back ``retry`` (its ``retry_times`` meta is already incremented)."""
        asked = parse_retry_after(response.headers.get("Retry-After")) if response is not None else None
        stats = self.crawler.stats
        if asked is not None:
            stats.inc_value("newscrawl/retry/retry_after")
            if asked > self.retry_after_max:
                stats.inc_value("newscrawl/retry/retry_after_capped")
            return min(asked, self.retry_after_max)
        n = retry.meta.get("retry_times", 1)
        return min(self.backoff_base * 2 ** (n - 1), self.backoff_max)

    def _slow_host(self, request: Request, response: Response | None, delay: float) -> None:
        """A server that says "too many requests, come back in N s" means the whole host."""
        if response is None or response.status not in (429, 503) or delay <= 0 or "Retry-After" not in response.headers:
            return
        downloader = self.crawler.engine.downloader
        slot = downloader.slots.get(downloader.get_slot_key(request))
        if slot is not None and slot.delay < delay:
            slot.delay = delay
            self.crawler.stats.inc_value("newscrawl/retry/host_slowed")

    async def _hold_back(self, retry: Request, response: Response | None) -> None:
        delay = self.delay_for(retry, response)
        self._slow_host(retry, response, delay)
        if delay > 0:
            self.crawler.stats.inc_value("newscrawl/retry/backoff_seconds", delay)
            await sleep(delay)
