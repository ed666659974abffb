"""Redirects the crawler must not follow: loops, and redirects off the portal.

Scrapy's RedirectMiddleware follows any http(s) ``Location``; what it then does with a bad one
loses the page without a word: a redirect to another host is dropped by OffsiteMiddleware
when scheduled, a loop back to a URL already fetched is dropped by the duplicate filter, and
neither calls the request's errback, so a lost article is not even counted as lost.

:class:`RedirectGuardMiddleware` looks at each 3xx before RedirectMiddleware does (priority
610 > 600) and gives the page up, as a counted fault the errback sees, when the target is:

``redirect_offsite``  on a host the spider may not visit (the spider's site policy decides,
                      ports included; OffsiteMiddleware's ``should_follow`` for a spider
                      without one) — the portal's own hosts and port only
``redirect_scheme``   not http(s) (``javascript:``, ``file:``, ``ftp:`` …)
``redirect_loop``     a URL already in this request's redirect chain, or the chain would
                      exceed ``REDIRECT_MAX_TIMES``

:class:`MetaRefreshGuardMiddleware` does the same for ``<meta http-equiv="refresh">``
redirects (old CMS "this page has moved" stubs), just before Scrapy's MetaRefreshMiddleware
(priority 581 > 580) and after the charset repair, so it reads the page as decoded.

A redirect to a URL this run has already requested is still dropped by the duplicate filter
(the page, or the loop, was met already); that is counted as ``redirect_to_seen`` and logged,
since the request's errback is not called for it.
"""

from __future__ import annotations

import logging
from urllib.parse import urljoin, urlsplit

from scrapy import signals
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.exceptions import NotConfigured
from scrapy.http import HtmlResponse, Request, Response
from scrapy.utils.response import get_meta_refresh
from w3lib.url import safe_url_string

from .faults import FaultLog

logger = logging.getLogger(__name__)

REDIRECT_STATUSES = {301, 302, 303, 307, 308}


class RedirectGuardMiddleware:
    enabled_setting = "REDIRECT_ENABLED"  # off with the Scrapy middleware it guards

    def __init__(self, crawler):
        self.crawler = crawler
        self.max_redirects = crawler.settings.getint("REDIRECT_MAX_TIMES")
        self.faults = FaultLog(crawler, logger)
        crawler.signals.connect(self.request_dropped, signal=signals.request_dropped)

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        if not s.getbool(cls.enabled_setting) or not s.getbool("NEWSCRAWL_REDIRECT_GUARD_ENABLED", True):
            raise NotConfigured
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        if (response.status not in REDIRECT_STATUSES or b"Location" not in response.headers
                or request.meta.get("dont_redirect")):
            return response
        location = response.headers[b"Location"]
        if location.startswith(b"//"):
            location = urlsplit(request.url).scheme.encode() + b":" + location
        self.check(request, urljoin(request.url, safe_url_string(location)), f"({response.status})")
        return response

    def check(self, request: Request, target: str, how: str) -> None:
        """Raise the fault (which the request's errback sees) if ``target`` must not be followed."""
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if urlsplit(target).scheme not in ("http", "https"):
            raise self.faults.lost(request, "redirect_scheme", f"redirected {how} to {target[:200]}")
        if not self._on_portal(target, request):
            raise self.faults.lost(request, "redirect_offsite",
                                   f"redirected {how} off the portal, to {target[:200]}")
        if target.split("#", 1)[0] in {u.split("#", 1)[0] for u in chain}:
            raise self.faults.lost(request, "redirect_loop",
                                   f"redirect loop: {' -> '.join([*chain, target])}")
        if len(chain) > self.max_redirects:
            raise self.faults.lost(request, "redirect_loop",
                                   f"more than REDIRECT_MAX_TIMES={self.max_redirects} redirects from {chain[0]}")

    def request_dropped(self, request: Request) -> None:
        chain = request.meta.get("redirect_urls")
        if chain:  # the scheduler refused a redirect target: the duplicate filter had seen it
            self.faults.count("redirect_to_seen")
            logger.warning("%s redirects to %s, which this run has already requested: not fetched again "
                           "[newscrawl/faults/redirect_to_seen]", chain[0], request.url)

    def _on_portal(self, url: str, request: Request) -> bool:
        """Whether OffsiteMiddleware would let a request for ``url`` through (it decides, so a
        project policy in a subclass of it applies here too)."""
        if request.meta.get("allow_offsite"):
            return True
        # Not request.dont_filter, which OffsiteMiddleware also honours: every retried request
        # has it, and a retry must not be a way off the portal.
        spider = self.crawler.spider
        policy = getattr(spider, "policy", None)
        if policy is not None:
            # The spider's site policy knows ports too: another port (or the other scheme's
            # default port) of the portal's host name is another server, off the portal.
            return policy.on_site(url)
        offsite = self.crawler.get_downloader_middleware(OffsiteMiddleware)
        if offsite is not None:
            return offsite.should_follow(request.replace(url=url, dont_filter=False), spider)
        domains = [d.lower() for d in getattr(spider, "allowed_domains", None) or []]
        host = (urlsplit(url).hostname or "").lower()
        return not domains or any(host == d or host.endswith("." + d) for d in domains)


class MetaRefreshGuardMiddleware(RedirectGuardMiddleware):
    """The same rules for a page whose ``<meta http-equiv="refresh">`` MetaRefreshMiddleware
    would follow (same ignore tags, same maximum delay)."""

    enabled_setting = "METAREFRESH_ENABLED"

    def __init__(self, crawler):
        super().__init__(crawler)
        self.ignore_tags = crawler.settings.getlist("METAREFRESH_IGNORE_TAGS")
        self.max_delay = crawler.settings.getint("METAREFRESH_MAXDELAY")

    def request_dropped(self, request: Request) -> None:
        pass  # RedirectGuardMiddleware reports those, once

    def process_response(self, request: Request, response: Response) -> Response:
        if request.meta.get("dont_redirect") or request.method == "HEAD" or not isinstance(response, HtmlResponse):
            return response
        interval, target = get_meta_refresh(response, ignore_tags=self.ignore_tags)
        if not target or interval >= self.max_delay or urlsplit(target).scheme not in ("http", "https"):
            return response  # MetaRefreshMiddleware leaves these alone too
        if target.split("#", 1)[0] == request.url.split("#", 1)[0]:
            # An auto-reload (index pages refresh themselves every minute or so), not a move:
            # following it would only hand the duplicate filter the page and lose it.
            request.meta["dont_redirect"] = True  # read by MetaRefreshMiddleware, next in line
            return response
        self.check(request, target, "(meta refresh)")
        return response
