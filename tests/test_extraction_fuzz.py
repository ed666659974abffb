"""Mutated article pages through everything that reads a page: nothing escapes, nothing is half-said.

Each case is a replica article page, mutated (truncated, tags shuffled, random bytes, deep
nesting, …), then taken the way a crawl takes a response: the robustness downloader
middlewares that read pages (binary sniffing, charset repair, stray end tags, soft error
pages), the spider's ``parse_article``, the mojibake guard, and the clean and validate
pipelines, all in-process (``get_crawler``, as tests/test_seed_article.py does).

No exception may escape.  Each case must end in exactly one of: a schema-valid item without
mojibake; a drop with a reason (``DropItem`` from validation, or the mojibake guard's
counter); a fault the middlewares counted (``PageFault``, or a busy page turned into a 503 to
be retried); or nothing emitted, with a counter saying why.
"""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest
from jsonschema import Draft202012Validator
from scrapy import Request
from scrapy.exceptions import DropItem
from scrapy.http import HtmlResponse
from scrapy.utils.project import get_project_settings
from scrapy.utils.test import get_crawler

from newscrawl.items import schema
from newscrawl.middlewares.charset import CharsetRepairMiddleware
from newscrawl.middlewares.faults import PageFault
from newscrawl.middlewares.markup import MarkupRepairMiddleware
from newscrawl.middlewares.mojibake import MojibakeGuardMiddleware, mojibake_in
from newscrawl.middlewares.pages import BinaryBodyMiddleware, SoftErrorPageMiddleware
from newscrawl.pipelines.clean import CleanPipeline
from newscrawl.pipelines.validate import ValidatePipeline
from newscrawl.replica import Replica
from newscrawl.replica.server import ReplicaApp
from newscrawl.spiders.portal import PortalSpider

BASE = "http://news.sxrb.com"
CASES_PER_MUTATION = 24
_TOKEN = re.compile(rb"<[^>]*>|[^<]+")


# -- mutations: (rng, page bytes) -> page bytes ----------------------------------------------------
def truncate(rng: random.Random, page: bytes) -> bytes:
    return page[: rng.randrange(len(page))]  # anywhere, also inside a tag or a GBK character


def shuffle_tags(rng: random.Random, page: bytes) -> bytes:
    tokens = _TOKEN.findall(page)
    start = rng.randrange(len(tokens))
    window = tokens[start: start + rng.randint(5, 200)]
    rng.shuffle(window)
    return b"".join(tokens[:start] + window + tokens[start + len(window):])


def random_bytes(rng: random.Random, page: bytes) -> bytes:
    page = bytearray(page)
    for _ in range(rng.choice((1, 2, 5, 400))):  # a flipped byte or two, or line noise
        page[rng.randrange(len(page))] = rng.randrange(256)
    return bytes(page)


def random_garbage_insert(rng: random.Random, page: bytes) -> bytes:
    at = rng.randrange(len(page))
    return page[:at] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 3000))) + page[at:]


def deep_nesting(rng: random.Random, page: bytes) -> bytes:
    depth = rng.choice((300, 3000, 20000))
    tag = rng.choice((b"div", b"font", b"span", b"table"))
    at = page.find(b'<div id="rwb_zw"')
    at = at if at >= 0 and rng.random() < 0.7 else rng.randrange(len(page))
    opening, closing = b"<%s>" % tag * depth, b"</%s>" % tag * (depth if rng.random() < 0.5 else 0)
    return page[:at] + opening + page[at:] + closing


def drop_end_tags(rng: random.Random, page: bytes) -> bytes:
    tags = rng.sample([b"</p>", b"</div>", b"</h1>", b"</h2>", b"</a>", b"</span>", b"</li>", b"</ul>"], 3)
    for tag in tags:
        page = page.replace(tag, b"")
    return page


def duplicate_block(rng: random.Random, page: bytes) -> bytes:
    tokens = _TOKEN.findall(page)
    start = rng.randrange(len(tokens))
    block = tokens[start: start + rng.randint(1, 300)]
    at = rng.randrange(len(tokens))
    return b"".join(tokens[:at] + block + tokens[at:])


def remove_elements(rng: random.Random, page: bytes) -> bytes:
    for pattern in rng.sample([rb"<h1>.*?</h1>", rb'<div class="left1">.*?</div>', rb'<div id="rwb_zw".*?<div class="zdfy',
                               rb"<meta[^>]*>", rb"<title>.*?</title>", rb"<p[^>]*>.*?</p>"], 2):
        page = re.sub(pattern, b"", page, count=rng.randint(1, 50), flags=re.DOTALL)
    return page


def stray_document_ends(rng: random.Random, page: bytes) -> bytes:
    for _ in range(rng.randint(1, 5)):
        at = rng.randrange(len(page))
        page = page[:at] + rng.choice((b"</html>", b"</body>", b"</body></html>", b"<html><body>")) + page[at:]
    return page


def wrong_encoding(rng: random.Random, page: bytes) -> bytes:
    text = page.decode("gb18030", errors="replace")
    return text.encode(rng.choice(("utf-8", "big5", "utf-16", "shift_jis")), errors="replace")


def nul_bytes(rng: random.Random, page: bytes) -> bytes:
    at = rng.randrange(len(page))
    return page[:at] + b"\0" * rng.randint(1, 20) + page[at:]


def huge_attribute_and_entities(rng: random.Random, page: bytes) -> bytes:
    junk = rng.choice((b"&#xD800;&#0;&#99999999;&bogus;" * 50, b'<p title="' + b"x" * 100_000 + b'">x</p>',
                       b"<!--" + b"-" * 5000, b"<![CDATA[" + b"]" * 100, b"<script>" + b"{" * 10000))
    at = page.find(b"<p", page.find(b'<div id="rwb_zw"'))
    at = at if at > 0 else rng.randrange(len(page))
    return page[:at] + junk + page[at:]


MUTATIONS = [truncate, shuffle_tags, random_bytes, random_garbage_insert, deep_nesting, drop_end_tags,
             duplicate_block, remove_elements, stray_document_ends, wrong_encoding, nul_bytes,
             huge_attribute_and_entities]


# -- the path a response takes ---------------------------------------------------------------------
class Pipeline:
    def __init__(self):
        self.crawler = get_crawler(PortalSpider, get_project_settings().copy_to_dict())
        self.crawler.spider = self.spider = self.crawler._create_spider(site="sxrb")
        c = self.crawler
        # In the order Scrapy calls process_response (settings.py: 589, 588, 587, 585).
        self.downloader_side = [BinaryBodyMiddleware.from_crawler(c), CharsetRepairMiddleware.from_crawler(c),
                                MarkupRepairMiddleware.from_crawler(c), SoftErrorPageMiddleware.from_crawler(c)]
        self.guard = MojibakeGuardMiddleware.from_crawler(c)
        self.item_pipelines = [CleanPipeline.from_crawler(c), ValidatePipeline.from_crawler(c)]
        self.validator = Draft202012Validator(schema())

    def outcome(self, path: str, body: bytes, ctype: str) -> tuple[str, str]:
        stats = self.crawler.stats
        url = BASE + path
        request = Request(url, callback=self.spider.parse_article, errback=self.spider.article_failed)
        response = HtmlResponse(url, body=body, headers={"Content-Type": ctype}, request=request)
        try:
            for mw in self.downloader_side:
                response = mw.process_response(request, response)
        except PageFault as fault:
            return "fault", fault.kind
        if response.status != 200:
            return "retry", str(response.status)
        counted_before = self._why_nothing_counters()
        output = list(self.spider.parse_article(response, channel=["地市频道"]))
        items = [o for o in output if not isinstance(o, Request)]
        if not items:
            if any(isinstance(o, Request) for o in output):
                return "next_page", ""  # its pager still links page 2: the crawl goes on there
            assert self._why_nothing_counters() != counted_before, f"{url}: nothing emitted and nothing counted"
            return "not_emitted", ""
        (item,) = items
        # The counters are shared by every case of the module: each drop must raise its own.
        mojibake_before = stats.get_value("newscrawl/dropped/mojibake", 0)
        passed = list(self.guard.process_spider_output(response, [item]))
        if not passed:
            assert stats.get_value("newscrawl/dropped/mojibake") == mojibake_before + 1
            return "dropped", "mojibake"
        dropped_before = {k: v for k, v in stats.get_stats().items() if k.startswith("newscrawl/dropped/")}
        try:
            for pipeline in self.item_pipelines:
                item = pipeline.process_item(item)
        except DropItem as drop:
            reason = str(drop).split(":", 1)[0]
            key = f"newscrawl/dropped/{reason}"
            assert stats.get_value(key) == dropped_before.get(key, 0) + 1, reason
            return "dropped", reason
        data = dict(item)
        assert list(self.validator.iter_errors(data)) == []
        for field in ("title", "pretitle", "subtitle", "source", "body"):
            assert data[field] is None or mojibake_in(data[field]) is None, (url, field, data[field][:80])
        return "item", ""

    def _why_nothing_counters(self) -> tuple:
        s = self.crawler.stats
        not_article = sum(v for k, v in s.get_stats().items() if k.startswith("newscrawl/pages/not_article/"))
        return (s.get_value("newscrawl/extract/errors"), s.get_value("newscrawl/pages/not_text/article"), not_article)


@pytest.fixture(scope="module")
def pages():
    replica = Replica(seed=17, scale=0.1)
    app = ReplicaApp(replica)
    chosen = [a for a in replica.articles if len(a.pages) == 1][:20]
    utf8 = [a for a in replica.articles if a.encoding == "utf-8" and len(a.pages) == 1][:4]
    out = []
    for art in chosen + utf8:
        status, ctype, body = app.respond(art.path())
        assert status == 200
        out.append((art.path(), body, ctype))
    return out


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def test_unmutated_pages_all_become_items(pages, pipeline):
    assert [pipeline.outcome(*page) for page in pages] == [("item", "")] * len(pages)


@pytest.mark.parametrize("mutate", MUTATIONS, ids=lambda f: f.__name__)
def test_mutated_pages_end_in_an_item_or_a_counted_reason(pages, pipeline, mutate):
    rng = random.Random(f"fuzz:{mutate.__name__}")
    outcomes = Counter()
    for i in range(CASES_PER_MUTATION):
        path, body, ctype = pages[i % len(pages)]
        mutated = mutate(rng, body)
        outcomes[pipeline.outcome(path, mutated, ctype)] += 1  # raises if anything escapes
    assert sum(outcomes.values()) == CASES_PER_MUTATION
    print(mutate.__name__, dict(outcomes))
