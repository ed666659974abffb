"""What is left of a fault once retries are spent: counted by kind, reported in one line.

Sits just engine-side of the retry middleware (540 < 550), so it sees a download exception
or an error status only when no retry is coming.  For each it counts
``newscrawl/faults/<kind>``:

=====================  =================================================================
``timeout``            no complete answer within ``DOWNLOAD_TIMEOUT`` (a stalled response)
``data_loss``          the connection ended before ``Content-Length`` bytes arrived
                       (a truncated body, a reset in the middle of the body)
``connection_lost``    the connection broke in another way
``connection_refused`` nothing listening; ``dns`` the host name does not resolve
``too_large``          the body exceeded ``DOWNLOAD_MAXSIZE`` (Scrapy cancelled it)
``download_error``     any other download exception
``http_<status>``      an error status (429, 5xx after retries; 404, 410 …)
``busy_page``          a 200 "server busy" page that stayed busy (see :mod:`.pages`)
=====================  =================================================================

Then the one log line (see :mod:`.faults`): a request with an errback (the spider's article
requests) is left to its errback, which logs and counts the lost article; for any other
request (channel and list pages) this middleware writes the WARNING and raises a
:class:`~.faults.PageFault` instead, so Scrapy does not add an ERROR line with a traceback.
An error status always becomes a ``PageFault`` whose message names the status (Scrapy's
HttpError would tell the errback only "Ignoring non-200 response").  Exceptions Scrapy raises
without a message get one, so the errback's line says what happened.
"""

from __future__ import annotations

import logging

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    IgnoreRequest,
    NotConfigured,
    ResponseDataLossError,
)
from scrapy.http import Request, Response
from scrapy.http.request import NO_CALLBACK
from scrapy.utils.response import response_status_message
from twisted.internet.error import ConnectError, ConnectionLost, TimeoutError as TwistedTimeoutError
from twisted.web.client import ResponseFailed

from .faults import FaultLog
from .pages import BUSY_FLAG

logger = logging.getLogger(__name__)

#: (exception types, fault kind, what to say when the exception carries no message)
KINDS: tuple[tuple[tuple[type[BaseException], ...], str, str], ...] = (
    ((DownloadTimeoutError, TwistedTimeoutError, TimeoutError), "timeout", "no complete answer in time"),
    ((ResponseDataLossError,), "data_loss",
     "the connection ended before the whole body arrived (truncated or reset)"),
    ((DownloadCancelledError,), "too_large", "the body is larger than DOWNLOAD_MAXSIZE"),
    ((ConnectionLost, ResponseFailed), "connection_lost", "the connection broke"),
    ((DownloadConnectionRefusedError,), "connection_refused", "connection refused"),
    ((CannotResolveHostError,), "dns", "the host name does not resolve"),
    ((ConnectError,), "connection_refused", "could not connect"),
)


def fault_kind(exception: BaseException) -> tuple[str, str]:
    """The fault kind of a download exception, and a default description of it."""
    for types, kind, text in KINDS:
        if isinstance(exception, types):
            return kind, text
    return "download_error", type(exception).__name__


class DownloadFailureMiddleware:
    def __init__(self, crawler):
        self.crawler = crawler
        self.faults = FaultLog(crawler, logger)

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("NEWSCRAWL_FAULT_ACCOUNTING_ENABLED", True):
            raise NotConfigured
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status < 400 or request.callback is NO_CALLBACK or self._handled_by_spider(request, response):
            return response
        attempts = request.meta.get("retry_times", 0) + 1
        kind = "busy_page" if BUSY_FLAG in response.flags else f"http_{response.status}"
        message = f"HTTP {response_status_message(response.status)}"
        if BUSY_FLAG in response.flags:
            message = f"a 200 page saying the server is busy ({BUSY_FLAG})"
        # Raised rather than left to HttpErrorMiddleware, whose errback message ("Ignoring
        # non-200 response") does not say which status, and which logs lost pages at INFO.
        raise self.faults.lost(request, kind, message + (f", {attempts} attempts" if attempts > 1 else ""))

    def process_exception(self, request: Request, exception: Exception) -> None:
        if isinstance(exception, IgnoreRequest) or request.callback is NO_CALLBACK:
            return None  # a decision, not a fault (robots.txt, offsite, …); robots.txt reports itself
        kind, text = fault_kind(exception)
        attempts = request.meta.get("retry_times", 0) + 1
        message = (str(exception) or text) + (f" ({attempts} attempts)" if attempts > 1 else "")
        if request.errback is None:
            raise self.faults.lost(request, kind, message) from exception
        self.faults.count(kind)
        if not str(exception):
            try:  # same type, so the spider's per-type counters stay as they are
                described = type(exception)(message)
            except Exception:  # noqa: BLE001 (an exception type with another signature)
                return None
            raise described from exception
        return None

    def _handled_by_spider(self, request: Request, response: Response) -> bool:
        """Whether the callback asked for this status (HttpErrorMiddleware's own rules)."""
        spider, settings = self.crawler.spider, self.crawler.settings
        return (bool(request.meta.get("handle_httpstatus_all")) or settings.getbool("HTTPERROR_ALLOW_ALL")
                or response.status in request.meta.get("handle_httpstatus_list", ())
                or response.status in getattr(spider, "handle_httpstatus_list", ())
                or response.status in [int(c) for c in settings.getlist("HTTPERROR_ALLOWED_CODES")])
