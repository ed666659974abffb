"""Scrapy components that keep a crawl alive on hostile and broken portals (issue 4).

Each is one small class, enabled and configured from ``settings.py`` (section "Robustness"),
disabled with its ``*_ENABLED`` setting (``NotConfigured``).  Downloader middlewares, in the
order a response meets them (Scrapy calls ``process_response`` from the highest number down):

* 610 :class:`.redirects.RedirectGuardMiddleware` — redirect loops and redirects off the portal
* 600 (Scrapy's RedirectMiddleware)
* 590 :class:`.compression.BombAwareHttpCompressionMiddleware` — Scrapy's, with gzip bombs counted
* 589 :class:`.pages.BinaryBodyMiddleware` — an image or archive served under an ``.html`` URL
* 588 :class:`.charset.CharsetRepairMiddleware` — wrong, late or missing charset declarations
* 587 :class:`.markup.MarkupRepairMiddleware` — ``</html>`` in mid-page, ``&#0;``
* 585 :class:`.pages.SoftErrorPageMiddleware` — 200-status 页面不存在 / 服务器繁忙 pages
* 550 :class:`.retry.BackoffRetryMiddleware` — Scrapy's retries, with backoff and Retry-After
* 540 :class:`.failures.DownloadFailureMiddleware` — what retries left: counted, one line
* 100 :class:`.robots.RobotsPolicyMiddleware` — Scrapy's robots.txt middleware, as RFC 9309 says
* 101 :class:`.robots.RobotsCrawlDelayMiddleware` — robots.txt ``Crawl-delay`` → the host's delay

Spider middlewares: :class:`.bounds.CrawlBoundsMiddleware` (Scrapy's depth limit, plus a
warning whenever a crawl bound cut the crawl short) and :class:`.mojibake.MojibakeGuardMiddleware`
(the last line of defence: no article with U+FFFD or GBK-read-as-Latin-1 text is emitted).

Every fault is counted in the run's stats as ``newscrawl/faults/<kind>`` (or by Scrapy's own
counter where one exists) and reported by :class:`.faults.FaultLog`; the README section
"What happens when the portal misbehaves" lists them all.
"""
