"""Issue 4: a crawl of a replica salted with every fault of a hostile portal, over loopback HTTP.

One crawl (:func:`salted`) meets all the faults at once, each on its own article or column of
a small replica served by :class:`~newscrawl.replica.faults.FaultyReplicaServer`; one test
per fault class then checks what the crawler did about it (requests the server saw, stats,
log lines, the feed), and one checks that every good article still arrived exactly once.
The crawl bounds, which end a crawl, get crawls of their own.  Timeouts, backoff and the
Crawl-delay cap are cut to fractions of a second with ``-s``; nothing asserts on durations.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urljoin, urlsplit
from dataclasses import dataclass, field

import pytest
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from newscrawl.middlewares.charset import CharsetRepairMiddleware
from newscrawl.middlewares.mojibake import MojibakeGuardMiddleware, mojibake_in
from newscrawl.middlewares.retry import parse_retry_after
from newscrawl.middlewares.robots import RobotsCrawlDelayMiddleware
from newscrawl.replica import Replica
from newscrawl.replica.faults import (
    BinaryBody, BusyPage, EmptyBody, EndlessPager, FaultyReplicaServer, GzipBomb, HttpStatus, JunkLinks,
    LateMetaCharset, MalformedHtml, MetaRefresh, Oversized, Redirect, ResetMidBody, Robots, Soft404, Stall, TruncatedBody,
    UndecodableText, WrongCharsetHeader,
)
from newscrawl.spiders.portal import PortalSpider

from .conftest import run_crawl

RETRY_TIMES = 2
MAX_BODY = 256 * 1024
CRAWL_DELAY_CAP = 0.002
SALTED_SETTINGS = [
    "DOWNLOAD_TIMEOUT=2", f"RETRY_TIMES={RETRY_TIMES}", f"DOWNLOAD_MAXSIZE={MAX_BODY}",
    "NEWSCRAWL_RETRY_BACKOFF_BASE=0.05", "NEWSCRAWL_RETRY_AFTER_MAX=0.1", "NEWSCRAWL_MAX_LIST_PAGES=5",
    f"NEWSCRAWL_ROBOTS_CRAWL_DELAY_MAX={CRAWL_DELAY_CAP}",
    # Many articles are broken on purpose here; the run's verdict is tested elsewhere.
    "NEWSCRAWL_ERROR_BUDGET=0.5", "LOG_LEVEL=DEBUG",
]
#: Faults the crawler must get over: the article is delivered in the end.
RECOVERABLE = {
    "http_500_once": lambda: HttpStatus(500, times=1),
    "http_502_past_date_once": lambda: HttpStatus(502, retry_after="Wed, 21 Oct 2015 07:28:00 GMT", times=1),
    "http_503_twice": lambda: HttpStatus(503, times=2),
    "http_429_retry_after_once": lambda: HttpStatus(429, retry_after=1, times=1),
    "stall_once": lambda: Stall(times=1),
    "reset_once": lambda: ResetMidBody(times=1),
    "truncated_once": lambda: TruncatedBody(times=1),
    "truncated_undeclared_once": lambda: TruncatedBody(declared=False, times=1),
    "empty_once": lambda: EmptyBody(times=1),
    "busy_once": lambda: BusyPage(times=1),
    "wrong_charset_header": lambda: WrongCharsetHeader("utf-8"),
    "late_meta_charset": LateMetaCharset,
    "malformed_html": MalformedHtml,
}
#: Faults that cost the article: (fault, the newscrawl/faults/<kind> it must be counted as).
PERMANENT = {
    "http_503": (lambda: HttpStatus(503), "http_503"),
    "http_429_retry_after": (lambda: HttpStatus(429, retry_after=1), "http_429"),
    "stall": (lambda: Stall(), "timeout"),
    "reset": (lambda: ResetMidBody(), "data_loss"),
    "truncated": (lambda: TruncatedBody(), "data_loss"),
    "truncated_undeclared": (lambda: TruncatedBody(declared=False), "unterminated_body"),
    "oversized": (lambda: Oversized(MAX_BODY + 50_000), "too_large"),
    "oversized_undeclared": (lambda: Oversized(MAX_BODY + 50_000, declared=False), "too_large"),
    "gzip_bomb": (lambda: GzipBomb(16 * 1024 * 1024), "decompression_bomb"),
    "soft_404": (Soft404, "soft_404"),
    "busy": (BusyPage, "busy_page"),
    "empty": (EmptyBody, "empty_body"),
    "binary_as_html": (BinaryBody, "binary_body"),
    "undecodable": (UndecodableText, "charset_undecodable"),
    "redirect_offsite": (lambda: Redirect("http://ads.example.com/landing.html"), "redirect_offsite"),
    "redirect_scheme": (lambda: Redirect("javascript:location.reload()"), "redirect_scheme"),
}


@dataclass
class Salted:
    replica: Replica
    server: FaultyReplicaServer
    result: object
    articles: dict[str, object] = field(default_factory=dict)  # salt name → replica Article
    lost: set[str] = field(default_factory=set)  # ids of articles the faults cost
    columns: dict[str, object] = field(default_factory=dict)

    @property
    def stats(self) -> dict:
        return self.result.stats

    def url(self, path: str) -> str:
        return self.server.url + path

    def item(self, name: str) -> dict | None:
        aid = f"sxrb:{self.articles[name].id}"
        return next((i for i in self.result.items if i["id"] == aid), None)


def isolated_columns(replica: Replica) -> list:
    """Columns sharing no article with any other column (losing one loses exactly its own)."""
    return [c for c in replica.columns if c.listings
            and all(lst.article.column is c and not lst.article.also_in for lst in c.listings)]


def simple_articles(replica: Replica, columns_to_avoid) -> list:
    return [a for a in replica.articles if len(a.pages) == 1 and not a.also_in
            and a.column not in columns_to_avoid and a is not replica.seed_article]


@pytest.fixture(scope="module")
def salted(tmp_path_factory) -> Salted:
    replica = Replica(seed=41, scale=0.2)
    isolated = isolated_columns(replica)
    cols = {"robots_disallowed": isolated[0], "list_500": isolated[1], "endless_pager": isolated[2],
            "junk_links": isolated[3]}
    server = FaultyReplicaServer(replica).start()
    s = Salted(replica, server, None, columns=cols)
    server.salt("/robots.txt", Robots(f"User-agent: *\nDisallow: /GB/{cols['robots_disallowed'].node}/\n"
                                      "Disallow: /bbs/\nCrawl-delay: 30\n"))
    server.salt(f"/GB/{cols['list_500'].node}/index.html", HttpStatus(500))
    server.salt(re.compile(rf"^/GB/{cols['endless_pager'].node}/index\d*\.html$"), EndlessPager())
    server.salt(f"/GB/{cols['junk_links'].node}/index.html", JunkLinks())
    for name in ("robots_disallowed", "list_500"):
        s.lost |= {f"sxrb:{lst.article.id}" for lst in cols[name].listings}

    pool = simple_articles(replica, {cols["robots_disallowed"], cols["list_500"]})
    utf8 = next(a for a in pool if a.encoding == "utf-8")
    pool.remove(utf8)
    s.articles["utf8_page_declared_gbk"] = utf8
    server.salt(utf8.path(), WrongCharsetHeader("gbk"))
    for name, make in RECOVERABLE.items():
        # The header that claims UTF-8 must sit on GBK bytes (晋中's pages really are UTF-8).
        gbk_only = name == "wrong_charset_header"
        art = s.articles[name] = pool.pop(next(i for i, a in enumerate(pool) if not gbk_only or a.encoding == "gbk"))
        server.salt(art.path(), make())
    for name, (make, _) in PERMANENT.items():
        art = s.articles[name] = pool.pop(0)
        server.salt(art.path(), make())
        s.lost.add(f"sxrb:{art.id}")
    loop = s.articles["redirect_loop"] = pool.pop(0)  # A → A?loop=1 → A?loop=1: a loop
    server.salt(loop.path(), Redirect(loop.path() + "?loop=1"))
    s.lost.add(f"sxrb:{loop.id}")
    png = s.articles["binary_as_png"] = pool.pop(0)
    server.salt(png.path(), BinaryBody("image/png"))
    s.lost.add(f"sxrb:{png.id}")

    multipage = [a for a in replica.articles if len(a.pages) > 1 and not a.also_in
                 and a.column not in (cols["robots_disallowed"], cols["list_500"])]
    s.articles["page2_503_once"], s.articles["page2_soft_404"] = multipage[:2]
    server.salt(multipage[0].path(2), HttpStatus(503, times=1))
    server.salt(multipage[1].path(2), Soft404())
    s.lost.add(f"sxrb:{multipage[1].id}")

    s.result = run_crawl(server.url, tmp_path_factory.mktemp("salted"), settings=SALTED_SETTINGS)
    yield s
    server.stop()


def problem_lines(log: str, url: str) -> list[str]:
    return [line for line in log.splitlines()
            if url in line and re.search(r"\] (WARNING|ERROR|CRITICAL):", line)]


# -- the whole salted crawl -----------------------------------------------------------------------
def test_salted_crawl_delivers_every_good_article_exactly_once(salted):
    result = salted.result
    assert result.returncode == 0, result.log[-3000:]
    assert result.stats["finish_reason"] == "finished"
    truth = {row["id"]: row for row in salted.replica.truth(salted.server.url)}
    counts = Counter(item["id"] for item in result.items)
    assert [k for k, n in counts.items() if n > 1] == []
    good = set(truth) - salted.lost
    assert len(good) >= 150
    assert set(counts) == good
    for item in result.items:  # the recovered, re-decoded and mended pages included
        row = truth[item["id"]]
        for f in ("title", "subtitle", "published_at", "source", "authors", "editors", "channel", "body", "images"):
            assert item[f] == row[f], (item["url"], f)


def test_no_mojibake_anywhere_in_the_feed(salted):
    assert "\ufffd" not in salted.result.feed_text
    for item in salted.result.items:
        for f in ("title", "body", "source", "subtitle"):
            assert item[f] is None or mojibake_in(item[f]) is None, (item["url"], f)


def test_one_clear_line_per_lost_page_and_no_tracebacks(salted):
    log = salted.result.log
    assert "Traceback" not in log
    for name in [*PERMANENT, "redirect_loop", "binary_as_png"]:
        url = salted.url(salted.articles[name].path())
        lines = problem_lines(log, url)
        # The cause (ours, or Scrapy's own size/bomb line) and the spider's "article not emitted".
        assert 1 <= len(lines) <= 2, (name, lines)


# -- one fault class at a time --------------------------------------------------------------------
@pytest.mark.parametrize("name", list(PERMANENT))
def test_each_lost_article_is_counted_under_its_fault(salted, name):
    assert salted.item(name) is None
    assert salted.stats.get(f"newscrawl/faults/{PERMANENT[name][1]}", 0) >= 1
    # …and by the spider, as an article it could not fetch (the run's error budget counts these).
    salted_on_articles = len(PERMANENT) + 3  # + the redirect loop, the PNG, the soft-404 page 2
    assert salted.stats["newscrawl/articles/failed"] == salted_on_articles


@pytest.mark.parametrize("name, times", [("http_500_once", 1), ("http_502_past_date_once", 1),
                                         ("http_503_twice", 2), ("http_429_retry_after_once", 1)])
def test_error_status_retried_then_delivered(salted, name, times):
    assert salted.server.hits(salted.articles[name].path()) == times + 1
    assert salted.item(name) is not None


@pytest.mark.parametrize("name, status", [("http_503", 503), ("http_429_retry_after", 429)])
def test_persistent_error_status_retried_the_bound_then_counted(salted, name, status):
    art = salted.articles[name]
    assert salted.server.hits(art.path()) == RETRY_TIMES + 1
    assert salted.item(name) is None
    assert salted.stats[f"newscrawl/faults/http_{status}"] == 1
    assert salted.stats["retry/max_reached"] >= 2
    (line,) = [ln for ln in problem_lines(salted.result.log, salted.url(art.path())) if "ERROR" in ln]
    assert f"HTTP {status}" in line and f"{RETRY_TIMES + 1} attempts" in line


def test_retry_after_is_honoured_up_to_the_cap(salted):
    stats = salted.stats
    # 429 with Retry-After: 1 → once for the one that recovers, twice for the persistent one;
    # the 502 with a Retry-After date in the past once.  All but that one above the 0.1 s cap.
    assert stats["newscrawl/retry/retry_after"] == 4
    assert stats["newscrawl/retry/retry_after_capped"] == 3
    assert stats["newscrawl/retry/backoff_seconds"] > 0
    # The 429s that named a Retry-After slowed the whole host, not only the retried request.
    assert stats["newscrawl/retry/host_slowed"] >= 1


def test_stalled_response_times_out_retried_then_counted(salted):
    assert salted.server.hits(salted.articles["stall"].path()) == RETRY_TIMES + 1
    assert salted.server.hits(salted.articles["stall_once"].path()) == 2
    assert salted.stats["newscrawl/faults/timeout"] == 1
    assert "retry/reason_count/scrapy.exceptions.DownloadTimeoutError" in salted.stats


@pytest.mark.parametrize("name", ["reset", "truncated"])
def test_broken_connection_mid_body_retried_then_counted(salted, name):
    assert salted.server.hits(salted.articles[name].path()) == RETRY_TIMES + 1
    assert salted.server.hits(salted.articles[name + "_once"].path()) == 2
    assert salted.item(name) is None and salted.item(name + "_once") is not None
    assert salted.stats["newscrawl/faults/data_loss"] == 2


def test_page_cut_short_with_no_content_length_retried_then_counted(salted):
    # Nothing in HTTP tells this cut from the end of the page: the missing </html> does.
    assert salted.server.hits(salted.articles["truncated_undeclared"].path()) == RETRY_TIMES + 1
    assert salted.server.hits(salted.articles["truncated_undeclared_once"].path()) == 2
    assert salted.item("truncated_undeclared") is None and salted.item("truncated_undeclared_once") is not None
    assert salted.stats["newscrawl/faults/unterminated_body"] == 1
    assert salted.stats["retry/reason_count/unterminated body"] == RETRY_TIMES + 1


def test_body_over_the_size_limit_is_cancelled_not_retried(salted):
    for name in ("oversized", "oversized_undeclared", "gzip_bomb"):
        assert salted.server.hits(salted.articles[name].path()) == 1, name
        assert salted.item(name) is None
    assert salted.stats["newscrawl/faults/too_large"] == 2
    assert salted.stats["newscrawl/faults/decompression_bomb"] == 1
    assert "exceeded DOWNLOAD_MAXSIZE" in salted.result.log


def test_redirects_off_the_portal_or_in_a_loop_are_not_followed(salted):
    stats = salted.stats
    assert stats["newscrawl/faults/redirect_offsite"] == 1
    assert stats["newscrawl/faults/redirect_scheme"] == 1
    assert stats["newscrawl/faults/redirect_loop"] == 1
    assert salted.server.hits(salted.articles["redirect_loop"].path()) == 2  # A, A?loop=1, then stop
    assert "ads.example.com" not in "".join(ln for ln in salted.result.log.splitlines() if "Crawled (" in ln)
    assert "offsite/filtered" not in stats  # the guard stopped it; nothing reached OffsiteMiddleware
    assert not any("CannotResolveHost" in k or "Unsupported" in k for k in stats)


def test_soft_404_is_not_an_article(salted):
    assert salted.item("soft_404") is None and salted.item("page2_soft_404") is None
    assert salted.stats["newscrawl/faults/soft_404"] == 2
    line = problem_lines(salted.result.log, salted.url(salted.articles["page2_soft_404"].path(2)))[0]
    assert "page 2 of article" in line and "页面不存在" in line
    assert salted.item("page2_503_once") is not None  # a retried page 2 still merges


def test_busy_page_is_a_503_in_disguise(salted):
    assert salted.server.hits(salted.articles["busy_once"].path()) == 2
    assert salted.server.hits(salted.articles["busy"].path()) == RETRY_TIMES + 1
    assert salted.stats["newscrawl/faults/busy_page"] == 1
    assert salted.stats["newscrawl/faults/busy_page_seen"] == 1 + RETRY_TIMES + 1


def test_empty_body_retried_then_dropped_with_reason(salted):
    assert salted.server.hits(salted.articles["empty_once"].path()) == 2
    assert salted.server.hits(salted.articles["empty"].path()) == RETRY_TIMES + 1
    assert salted.stats["newscrawl/faults/empty_body"] == 1
    assert "empty body" in problem_lines(salted.result.log, salted.url(salted.articles["empty"].path()))[0]


def test_binary_file_under_an_html_url(salted):
    # Served as text/html, or as image/png (Scrapy still makes an HtmlResponse of an .html URL).
    assert salted.stats["newscrawl/faults/binary_body"] == 2
    for name, ctype in (("binary_as_html", "text/html"), ("binary_as_png", "image/png")):
        assert salted.item(name) is None
        (line,) = problem_lines(salted.result.log, salted.url(salted.articles[name].path()))
        assert f"served as {ctype} but is a PNG image" in line


def test_malformed_html_is_extracted_like_the_clean_page(salted):
    item = salted.item("malformed_html")
    row = next(r for r in salted.replica.truth(salted.server.url) if r["id"] == item["id"])
    assert item["body"] == row["body"] and item["title"] == row["title"]
    assert salted.stats["newscrawl/faults/stray_end_tag"] == 1


@pytest.mark.parametrize("name, kind", [("wrong_charset_header", "charset_mismatch"),
                                        ("utf8_page_declared_gbk", "charset_mismatch"),
                                        ("late_meta_charset", "charset_late_meta")])
def test_wrong_or_late_charset_declarations_decoded_correctly(salted, name, kind):
    item = salted.item(name)
    assert item is not None and salted.stats[f"newscrawl/faults/{kind}"] >= 1
    row = next(r for r in salted.replica.truth(salted.server.url) if r["id"] == item["id"])
    assert (item["title"], item["body"], item["editors"]) == (row["title"], row["body"], row["editors"])


def test_undecodable_page_dropped_with_reason(salted):
    assert salted.item("undecodable") is None
    assert salted.stats["newscrawl/faults/charset_undecodable"] == 1
    assert "fits no charset" in problem_lines(salted.result.log, salted.url(salted.articles["undecodable"].path()))[0]


def test_robots_txt_disallow_and_crawl_delay(salted):
    node = salted.columns["robots_disallowed"].node
    assert [p for p in salted.server.requests if p.startswith(f"/GB/{node}/")] == []
    assert salted.stats["robotstxt/forbidden"] >= 1
    assert salted.stats["newscrawl/robots/crawl_delay"] == CRAWL_DELAY_CAP  # 30 s asked, capped
    assert salted.stats["newscrawl/robots/crawl_delay_capped"] == 1
    assert "asks for Crawl-delay: 30" in salted.result.log


def test_lost_list_page_is_reported_once(salted):
    path = f"/GB/{salted.columns['list_500'].node}/index.html"
    assert salted.server.hits(path) == RETRY_TIMES + 1
    (line,) = problem_lines(salted.result.log, salted.url(path))
    assert "WARNING" in line and "HTTP 500" in line
    assert salted.stats["newscrawl/faults/http_500"] == 1


def test_endless_pager_ends_at_the_list_page_bound(salted):
    node = salted.columns["endless_pager"].node
    assert [salted.server.hits(f"/GB/{node}/index{n}.html") for n in range(2, 7)] == [1, 1, 1, 1, 0]
    assert salted.stats["newscrawl/lists/page_limit"] == 1
    assert "reached NEWSCRAWL_MAX_LIST_PAGES=5" in salted.result.log
    assert not any("/review/" in p for p in salted.server.requests)  # the 往期回顾 calendar trap


def test_links_to_other_schemes_and_hosts_are_not_followed(salted):
    def where(url: str) -> tuple:
        parts = urlsplit(urljoin(salted.server.url + "/GB/1/index.html", url))
        return parts.scheme, parts.hostname

    junk = {where(href) for href in JunkLinks.HREFS}
    assert len(junk) == len(JunkLinks.HREFS) - 1  # two javascript: links
    # Scrapy names every request it handles in its log as <GET url> (fetched, retried, filtered
    # offsite, failed): none went to a junk link's scheme and host.
    requested = {where(u) for u in re.findall(r"<GET ([^>]+)>", salted.result.log)}
    assert requested and requested & junk == set()
    assert salted.stats["newscrawl/links/offsite"] >= len(JunkLinks.HREFS)


# -- bounds: a link trap ends, with a warning ---------------------------------------------------------
@pytest.mark.parametrize("bound, settings, reason", [
    ("depth", ["DEPTH_LIMIT=10"], "finished"),
    ("pages", ["DEPTH_LIMIT=0", "CLOSESPIDER_PAGECOUNT=400"], "closespider_pagecount"),
    ("time", ["DEPTH_LIMIT=0", "CLOSESPIDER_TIMEOUT=8"], "closespider_timeout"),  # 3 s was too short on a loaded machine
])
def test_link_trap_ends_at_the_crawl_bound(tmp_path, bound, settings, reason):
    replica = Replica(seed=43, scale=0.05)
    trap = replica.columns[-1]  # the column Scrapy's LIFO queue reaches first
    with FaultyReplicaServer(replica) as server:
        server.salt(re.compile(rf"^/GB/{trap.node}/index\d*\.html$"), EndlessPager())
        result = run_crawl(server.url, tmp_path, settings=["NEWSCRAWL_MAX_LIST_PAGES=1000000", *settings],
                           timeout=120)
        trap_pages = sum(server.hits(f"/GB/{trap.node}/index{n}.html") for n in range(2, 10_000))
    assert result.stats["finish_reason"] == reason
    if bound == "depth":
        # home 0, 地市频道 1, city 2, county 3, list page n at 3 + n: pages 2..7 fit in depth 10.
        assert trap_pages == 6
        assert result.stats["depth/request_ignored_count"] >= 1
        assert "DEPTH_LIMIT=10 reached" in result.log
    else:
        assert 10 < trap_pages < 1_000_000  # the trap was entered, and left
        assert f"The crawl was stopped by CLOSESPIDER_{'PAGECOUNT' if bound == 'pages' else 'TIMEOUT'}" in result.log


# -- the components on their own -------------------------------------------------------------------
def test_retry_after_header_forms():
    from datetime import datetime, timezone

    now = datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc)
    assert parse_retry_after(b"120") == 120.0
    assert parse_retry_after("Wed, 01 May 2024 12:00:30 GMT", now=now) == 30.0
    assert parse_retry_after("Wed, 01 May 2024 11:00:00 GMT", now=now) == 0.0  # in the past: retry now
    assert parse_retry_after(b"soon") is None and parse_retry_after(None) is None


def _html(body: bytes, ctype: str = "text/html") -> HtmlResponse:
    return HtmlResponse("http://news.example/GB/1/1234567.html", body=body, headers={"Content-Type": ctype})


def test_short_gbk_page_with_a_late_meta_is_not_left_to_a_guess():
    text = "<p>上海</p>"
    page = ('<html><head><script>' + " " * 4200 + '</script><meta charset="gbk"></head><body>'
            + text + "</body></html>").encode("gbk")
    crawler = get_crawler(PortalSpider, {"NEWSCRAWL_CHARSET_FALLBACKS": ["utf-8", "gb18030"]})
    mw = CharsetRepairMiddleware.from_crawler(crawler)
    response = _html(page)
    fixed = mw.process_response(Request(response.url), response)
    assert "上海" in fixed.text
    assert crawler.stats.get_value("newscrawl/faults/charset_late_meta") == 1


def test_latin1_declared_gbk_page_is_decoded_as_gbk():
    page = '<html><head><title>山西新闻网</title></head><body><p>太原市民</p></body></html>'.encode("gbk")
    crawler = get_crawler(PortalSpider)
    mw = CharsetRepairMiddleware.from_crawler(crawler)
    response = _html(page, "text/html; charset=iso-8859-1")
    assert "ÉÏ" in response.text or "É½" in response.text  # what Scrapy alone makes of it
    fixed = mw.process_response(Request(response.url), response)
    assert "太原市民" in fixed.text
    assert crawler.stats.get_value("newscrawl/faults/charset_mismatch") == 1


@pytest.mark.parametrize("charset", ["utf-8", "gbk"])
def test_a_character_cut_in_half_costs_that_character_not_the_page(charset):
    text = "山西新闻网" * 40
    broken = "太原".encode(charset)[:-1]  # a summary cut mid-character, as CMSs do
    page = (f'<html><head><meta charset="{charset}"><meta name="description" content="'.encode("ascii")
            + broken + b'"></head><body><p>' + text.encode(charset) + b"</p></body></html>")
    crawler = get_crawler(PortalSpider)
    mw = CharsetRepairMiddleware.from_crawler(crawler)
    response = _html(page)
    assert "\ufffd" in response.text  # what Scrapy alone would pass on
    fixed = mw.process_response(Request(response.url), response)
    assert text in fixed.text and "\ufffd" not in fixed.text
    assert crawler.stats.get_value("newscrawl/faults/charset_bad_bytes") == 1


def test_mojibake_guard_drops_articles_scrapy_would_have_emitted():
    crawler = get_crawler(PortalSpider)
    guard = MojibakeGuardMiddleware.from_crawler(crawler)
    clean = {"url": "u1", "title": "太原 · 气温 25°C", "body": "正文", "images": [{"url": "http://x/Ã.jpg", "caption": None}]}
    latin1 = {"url": "u2", "title": "山西新闻网".encode("gbk").decode("latin-1"), "body": "正文"}
    replaced = {"url": "u3", "title": "标题", "body": "正\ufffd文"}
    out = list(guard.process_spider_output(None, [clean, latin1, replaced]))
    assert out == [clean]
    assert crawler.stats.get_value("newscrawl/dropped/mojibake") == 2


def test_crawl_delay_is_a_floor_under_autothrottle():
    from types import SimpleNamespace

    from scrapy.core.downloader import Slot
    from scrapy.robotstxt import ProtegoRobotParser

    crawler = get_crawler(PortalSpider, {"ROBOTSTXT_OBEY": True, "NEWSCRAWL_ROBOTS_CRAWL_DELAY_MAX": 5,
                                         "DOWNLOAD_DELAY": 0.5})
    slot = Slot(concurrency=2, delay=0.5, jitter=0.5)
    downloader = SimpleNamespace(slots={"news.example": slot}, per_slot_settings={},
                                 get_slot_key=lambda request: "news.example")
    crawler.engine = SimpleNamespace(downloader=downloader)
    mw = RobotsCrawlDelayMiddleware.from_crawler(crawler)
    robots = ProtegoRobotParser(b"User-agent: *\nCrawl-delay: 30\n", None)
    request = Request("http://news.example/GB/index.html", meta={"download_slot": "news.example"})
    mw.robots_parsed(robots, request)
    assert (slot.delay, slot.jitter) == (5.0, 0.0)  # capped, and no jitter below the minimum
    assert downloader.per_slot_settings["news.example"] == {"delay": 5.0, "jitter": 0.0}
    slot.delay = 0.8  # what AutoThrottle does after a quick response
    mw.response_downloaded(None, request)
    assert slot.delay == 5.0


def test_article_listed_twice_is_fetched_under_its_other_url_when_one_fails(tmp_path):
    """An article published into two columns has a URL under each.  When the URL the crawl
    happens to try first is dead or disallowed by robots.txt, the other one delivers it,
    whichever column is walked first."""
    replica = Replica(seed=11, scale=0.5)
    # (The replica lists some of them in the second column under their first URL: not these.)
    twice = [a for a in replica.articles if a.also_in and len(a.pages) == 1
             and any(lst.href == a.path(node=a.also_in[0].node) for lst in a.also_in[0].listings)]
    assert len(twice) >= 6
    dead, disallowed = twice[: len(twice) // 2], twice[len(twice) // 2:]
    with FaultyReplicaServer(replica) as server:
        server.salt("/robots.txt", Robots("User-agent: *\n" + "".join(f"Disallow: {a.path()}\n" for a in disallowed)))
        for a in dead:
            server.salt(a.path(), HttpStatus(404))
        result = run_crawl(server.url, tmp_path, settings=["LOG_LEVEL=DEBUG"])
        truth = {row["id"]: row for row in replica.truth(server.url)}
        assert result.returncode == 0, result.log[-3000:]
        counts = Counter(item["id"] for item in result.items)
        assert set(counts) == set(truth) and max(counts.values()) == 1
        for a in twice:
            [item] = [i for i in result.items if i["id"] == f"sxrb:{a.id}"]
            assert urlsplit(item["url"]).path == a.path(node=a.also_in[0].node)  # the URL that works
            assert item["body"] == truth[item["id"]]["body"]
            assert not server.hits(a.path(node=a.also_in[0].node)) > 1
        for a in disallowed:
            assert server.hits(a.path()) == 0  # robots.txt still honoured
        # Each article whose dead/disallowed URL happened to be tried first failed over once.
        assert result.stats.get("newscrawl/articles/failed_over", 0) == sum(
            1 for a in dead if server.hits(a.path()) > 0) + result.stats.get("robotstxt/forbidden", 0)
        assert result.stats.get("newscrawl/articles/failed", 0) == 0  # none lost in the end


def test_meta_refresh_followed_on_the_portal_only_and_auto_reload_ignored(tmp_path):
    replica = Replica(seed=11, scale=0.3)
    pool = simple_articles(replica, ())
    offsite, reloads = pool[0], pool[1]
    # Moved: a page whose stub points to the article's URL under its second column (served,
    # but listed nowhere under it).
    moved = next(a for a in replica.articles if a.also_in and len(a.pages) == 1
                 and not any(lst.href == a.path(node=a.also_in[0].node) for lst in a.also_in[0].listings))
    new_home = moved.path(node=moved.also_in[0].node)
    with FaultyReplicaServer(replica) as server:
        server.salt(offsite.path(), MetaRefresh("http://ads.example.com/landing.html"))
        server.salt(moved.path(), MetaRefresh(server.url + new_home))
        server.salt(reloads.path(), MetaRefresh(delay=60))  # to itself, every minute
        result = run_crawl(server.url, tmp_path)
        truth = {row["id"]: row for row in replica.truth(server.url)}
        assert result.returncode == 0, result.log[-3000:]
        by_id = {i["id"]: i for i in result.items}
        assert set(by_id) == set(truth) - {f"sxrb:{offsite.id}"}
        assert urlsplit(by_id[f"sxrb:{moved.id}"]["url"]).path == new_home and server.hits(new_home) == 1
        assert by_id[f"sxrb:{reloads.id}"]["body"] == truth[f"sxrb:{reloads.id}"]["body"]
        assert server.hits(reloads.path()) == 1
    assert result.stats["newscrawl/faults/redirect_offsite"] == 1
    assert result.stats["newscrawl/articles/failed/redirect_offsite"] == 1
    [line] = problem_lines(result.log, server.url + offsite.path())
    assert "meta refresh" in line and "ads.example.com" in line
    assert "offsite/filtered" not in result.stats  # given up before Scrapy could drop it unseen


def test_stray_end_tag_between_scripts_is_found_and_long_script_tails_stay_harmless():
    from newscrawl.extract.markup import stray_end_tags as stray

    head = b"<html><body><p>\xd5\xfd\xce\xc4</p>"
    # Text sandwiched between two scripts after a stray </html> is content, not a harmless tail.
    assert stray(head + b"</html><script>a()</script><p>more text</p><script>b()</script>") == 1
    # The usual analytics tail after the real end, even a long one, is the document's ending.
    tail = b"</body></html>" + b"<!-- stat --><script>track(1)</script>\n" * 200
    assert stray(head + tail) == 0
    # Many scripts before content: found, and (possessive, no backtracking) found at once.
    assert stray(head + b"</html>" + b"<script>x()</script>" * 40 + b"<p>rest of the story</p>") == 1


def test_the_publishers_own_replacement_characters_are_removed_not_the_article():
    """A real UTF-8 page (thepaper.cn, as GNE saved it) holds U+FFFD where emoji were lost: the
    characters go, the article stays; in GBK bytes the same three bytes are not U+FFFD."""
    from newscrawl.extract.markup import repair

    page = "<html><body><p>已进入最后的施工及验收准备阶段</p>\ufffd\ufffd<p>据介绍</p></body></html>".encode("utf-8")
    mended = repair(page, "utf-8")
    assert mended.replacement_chars == 2 and "\ufffd" not in mended.body.decode("utf-8")
    assert "准备阶段" in mended.body.decode("utf-8")
    gbk = "<p>正文</p>".encode("gbk") + b"\xef\xbf\xbd"
    assert repair(gbk, "gbk").body == gbk
