"""The TRS WCM replica portal (汾岚新闻网): served on loopback, TRS-shaped, consistent, deterministic.

These tests check the replica itself; the profile-free crawl against it is tested elsewhere
(against :meth:`TrsReplica.truth` and :meth:`TrsReplica.list_urls`).
"""

from __future__ import annotations

import http.client
import json
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest
from parsel import Selector

from newscrawl.replica import Replica
from newscrawl.replica.trs import GBK_CITY, LIST_PAGE_SIZE, TEST_SCALE, TrsReplica, TrsServer, main

ARTICLE_URL = re.compile(r"^/[a-z0-9]+/[a-z0-9]+/[a-z0-9]+/(\d{6})/t(\d{8})_(\d+)(?:_([1-9]\d*))?\.htm$")
LIST_URL = re.compile(r"^/(?:[a-z0-9]+/){0,3}(?:index(?:_[1-9]\d*)?\.htm)?$")


@pytest.fixture(scope="module")
def trs() -> TrsReplica:
    return TrsReplica(seed=2024, scale=TEST_SCALE)


@pytest.fixture(scope="module")
def server(trs):
    with TrsServer(trs) as srv:
        yield srv


@pytest.fixture(scope="module")
def truth(trs, server) -> list[dict]:
    return trs.truth(server.url)


def fetch_all(server, paths: list[str]) -> dict[str, tuple[int, dict, bytes]]:
    """GET every path over one keep-alive connection (as a crawler's downloader would)."""
    host, port = urlsplit(server.url).netloc.split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    out = {}
    try:
        for path in paths:
            conn.request("GET", path)
            resp = conn.getresponse()
            out[path] = (resp.status, dict(resp.getheaders()), resp.read())
    finally:
        conn.close()
    return out


def page(trs: TrsReplica, path: str) -> Selector:
    """A served page, decoded as a browser would (GBK pages by their gb2312 meta)."""
    status, ctype, body = trs.app.respond(path)
    assert status == 200, path
    enc = "utf-8" if "utf-8" in ctype or b'<meta charset="utf-8">' in body[:200] else "gb18030"
    return Selector(text=body.decode(enc))


def path_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + ("?" + parts.query if parts.query else "")


# -- the model ------------------------------------------------------------------------------
def test_truth_shape(trs, truth, server):
    assert len(truth) >= 150
    assert set(truth[0]) == set(Replica(seed=1, scale=0.05).truth("http://h")[0])
    netloc = urlsplit(server.url).netloc
    assert all(row["id"] == f"{netloc}:{row['url'].rsplit('_', 1)[1][:-4]}" for row in truth)
    assert len({row["id"] for row in truth}) == len(truth) == len({row["url"] for row in truth})
    assert trs.truth(server.url, site="fenlan")[0]["id"].startswith("fenlan:")
    channels = {tuple(row["channel"]) for row in truth}
    assert all(len(c) == 3 for c in channels)
    assert ("吕梁", "兴县", "社会传真") in channels
    assert len({c[0] for c in channels}) == 11 and len({c[1] for c in channels if c[0] == "吕梁"}) == 13
    assert {row["encoding"] for row in truth if row["channel"][0] == GBK_CITY} == {"gbk"}
    assert {row["encoding"] for row in truth if row["channel"][0] != GBK_CITY} == {"utf-8"}
    assert any(row["pages"] > 1 for row in truth) and any(row["images"] for row in truth)
    seed = next(row for row in truth if row["title"] == "携手“湾区” 共赴“铝”途")
    assert seed["channel"] == ["吕梁", "兴县", "社会传真"] and seed["published_at"] == "2024-04-28T16:01:00+08:00"


def test_deterministic_by_seed(server):
    a, b, c = TrsReplica(seed=5, scale=0.2), TrsReplica(seed=5, scale=0.2), TrsReplica(seed=6, scale=0.2)
    assert a.truth("http://h") == b.truth("http://h")
    assert a.list_urls("http://h") == b.list_urls("http://h")
    for url in a.truth("http://h")[:20:3]:
        assert a.app.respond(path_of(url["url"])) == b.app.respond(path_of(url["url"]))
    assert a.app.respond("/") == b.app.respond("/")
    assert {r["url"] for r in a.truth("http://h")} != {r["url"] for r in c.truth("http://h")}
    # City and county directories are named after places, not ids: the same for every seed.
    assert {d for d, ch in a.by_dir.items() if ch.kind != "column"} == \
        {d for d, ch in c.by_dir.items() if ch.kind != "column"}


# -- URL shapes -------------------------------------------------------------------------------
def test_url_shapes(trs, truth, server):
    base = server.url
    lists = trs.list_urls(base)
    for row in truth:
        m = ARTICLE_URL.match(path_of(row["url"]))
        assert m and m.group(4) is None, row["url"]
        month, day, aid = m.group(1), m.group(2), m.group(3)
        assert day.startswith(month) and row["published_at"].startswith(f"{day[:4]}-{day[4:6]}-{day[6:]}")
        assert row["id"].endswith(":" + aid)
        assert path_of(row["url"]).startswith(trs.column_of(trs.replica.by_id[int(aid)]).dir)
        for img in row["images"]:
            assert re.search(rf"/{month}/W0{day}\d{{12}}\.jpg$", img["url"]), img["url"]
    for url in trs.article_urls(base):
        assert ARTICLE_URL.match(path_of(url)), url
    multi = [u for u in trs.article_urls(base) if ARTICLE_URL.match(path_of(u)).group(4)]
    assert multi and all(u.endswith(("_1.htm", "_2.htm", "_3.htm")) for u in multi)
    assert lists[0] == base + "/" and len(lists) == len(set(lists))
    for url in lists:
        assert LIST_URL.match(path_of(url)) and not ARTICLE_URL.match(path_of(url)), url
    assert not set(lists) & set(trs.article_urls(base)) and not set(lists) & set(trs.other_urls(base))
    assert any(u.endswith("/index_2.htm") for u in lists), "a test-scale portal has 3-page lists"
    assert all(re.fullmatch(r"/[a-z0-9]+/(?:[a-z0-9]+/){0,2}", d) for d in trs.by_dir if d != "/")
    assert trs.list_path(trs.columns[0], 2).endswith("/index_1.htm")


# -- HTTP and encodings -----------------------------------------------------------------------
def test_serves_every_page_over_http(trs, server):
    paths = [path_of(u) for u in (*trs.list_urls(server.url), *trs.article_urls(server.url))]
    paths += [path_of(u) for u in trs.other_urls(server.url)[::7]]
    got = fetch_all(server, paths)
    bad = [p for p, (status, _, body) in got.items() if status != 200 or b"</html>" not in body]
    assert not bad, bad[:10]
    assert fetch_all(server, ["/robots.txt"])["/robots.txt"][2].startswith(b"User-agent: *\nDisallow: /was5/")
    some_image = next(img["url"] for row in trs.truth(server.url) for img in row["images"])
    status, headers, _ = fetch_all(server, [path_of(some_image)])[path_of(some_image)]
    assert status == 200 and headers["Content-Type"] == "image/jpeg"


def test_unknown_urls_are_404(trs, server):
    a = trs.replica.seed_article
    good = trs.article_path(a)
    other_col = next(c for c in trs.columns if c is not trs.column_of(a))
    wrong = [
        good.replace("t20240428", "t20240427"),  # date not the article's
        good.replace("/202404/", "/202403/"),
        other_col.dir + good.rsplit("/", 2)[1] + "/" + good.rsplit("/", 1)[1],  # another column
        good.replace(".htm", "_0.htm"),  # TRS never writes _0
        good.replace(".htm", "_1.htm"),  # a one-page article has no page 2
        trs.column_of(a).dir + "index_0.htm",
        trs.column_of(a).dir + f"index_{trs.list_pages(trs.column_of(a))}.htm",  # one past the last page
        trs.cities[0].dir + "index_1.htm",  # city pages are not paginated
        "/wqhg/20231231.htm", "/wqhg/20240431.htm", "/nosuch/", "/lvliang",
    ]
    got = fetch_all(server, wrong)
    assert {p: s for p, (s, _, _) in got.items() if s != 404} == {}


def test_encodings(trs, truth, server):
    gbk_rows = [r for r in truth if r["encoding"] == "gbk"]
    utf_rows = [r for r in truth if r["encoding"] == "utf-8"]
    gbk_dir = next(c for c in trs.cities if c.name == GBK_CITY).dir
    gbk_lists = [u for u in trs.list_urls(server.url) if path_of(u).startswith(gbk_dir)]
    assert gbk_rows and gbk_lists
    paths = [path_of(u) for u in (*[r["url"] for r in gbk_rows[:8]], *gbk_lists[:6])]
    for path, (status, headers, body) in fetch_all(server, paths).items():
        assert headers["Content-Type"] == "text/html", path  # no charset in the header
        assert b'charset=gb2312' in body[:400]
        text = body.decode("gb18030")  # strict
        assert GBK_CITY in text
        with pytest.raises(UnicodeDecodeError):
            body.decode("utf-8")
    paths = ["/", *[path_of(r["url"]) for r in utf_rows[:8]], path_of(trs.other_urls(server.url)[0])]
    for path, (status, headers, body) in fetch_all(server, paths).items():
        assert headers["Content-Type"] == "text/html; charset=utf-8", path
        assert b'<meta charset="utf-8">' in body[:200]
        body.decode("utf-8")  # strict
    for row in gbk_rows[:8]:
        sel = page(trs, path_of(row["url"]))
        assert sel.css("h1::text, div.title::text").get().replace("\u00a0", " ") == row["title"]


# -- article pages ------------------------------------------------------------------------------
def test_article_pages_carry_fields_and_furniture(trs, truth):
    trailing_ids = plain_ids = nested_twice = 0
    for row in truth:
        path = path_of(row["url"])
        sel = page(trs, path)
        crumbs = sel.css("div.position a")
        assert crumbs.css("::text").getall() == ["首页", *row["channel"]]
        dirs = [urljoin(path, href) for href in crumbs.css("::attr(href)").getall()]
        assert dirs == [c.dir for c in trs.column_of(trs.replica.by_id[int(row["id"].rsplit(":", 1)[1])]).lineage]
        assert (sel.css("h1::text").get() or sel.css("div.title::text").get()).replace("\u00a0", " ") == row["title"]
        ids = sel.xpath("//span[normalize-space(@id)='pubtime_baidu']/@id").getall()
        assert len(ids) == 1
        trailing_ids += ids[0] == "pubtime_baidu "
        plain_ids += ids[0] == "pubtime_baidu"
        stamp = sel.xpath("//span[normalize-space(@id)='pubtime_baidu']/text()").get()
        assert row["published_at"].startswith(stamp.replace(" ", "T"))
        assert sel.css("#source_baidu::text").get() == "来源：" + row["source"]
        assert sel.css('meta[name="publishdate"]::attr(content)').get() == row["published_at"][:10]
        assert sel.css('meta[name="ContentSource"]::attr(content)').get() == row["source"]
        editor = sel.css("div.editor::text").get()
        assert editor == ("责任编辑：" + "、".join(row["editors"]) if row["editors"] else None)
        nested_twice += bool(sel.css("div.TRS_Editor > div.TRS_Editor"))
        text = sel.css("div.TRS_Editor").xpath("string()").get()
        if row["pages"] == 1:
            assert all(p in text for p in row["body"].split("\n")), row["url"]
        html = sel.get()
        for furniture in ("分享到", "相关新闻", "上一篇", "下一篇", "版权所有", "扫一扫", "往期回顾"):
            assert furniture in html, (furniture, row["url"])
        srcs = [urljoin(row["url"], s) for s in sel.css("div.TRS_Editor img::attr(src)").getall()]
        if row["pages"] == 1:
            assert [path_of(s) for s in srcs] == [path_of(img["url"]) for img in row["images"]]
        for img in row["images"]:
            if img["caption"]:
                assert img["caption"] in html
    assert trailing_ids and plain_ids and nested_twice and nested_twice < len(truth)


def test_multipage_articles(trs, truth):
    for row in [r for r in truth if r["pages"] > 1]:
        n, first = row["pages"], path_of(row["url"])
        stem = first.rsplit("/", 1)[1][:-4]
        paths = [first] + [first.replace(".htm", f"_{k}.htm") for k in range(1, n)]
        text = ""
        for k, path in enumerate(paths):
            sel = page(trs, path)
            assert f'createPageHTML({n}, {k}, "{stem}", "htm");' in sel.css("div.page script::text").get()
            links = {urljoin(path, h) for h in sel.css("div.page a::attr(href)").getall()}
            assert set(paths) - {path} <= links <= set(paths)
            nxt = sel.xpath("//div[@class='page']//a[text()='下一页']/@href").get()
            assert (urljoin(path, nxt) if nxt else None) == (paths[k + 1] if k + 1 < n else None)
            text += sel.css("div.TRS_Editor").xpath("string()").get()
            assert sel.css("div.position a::text").getall()[1:] == row["channel"]
        assert all(p in text for p in row["body"].split("\n"))


# -- lists, pagination and reachability ---------------------------------------------------------
def test_column_pagination_is_consistent(trs):
    for col in trs.columns:
        n = trs.list_pages(col)
        path, seen, listed = col.dir + "index.htm", [], []
        while path:
            seen.append(path)
            sel = page(trs, path)
            script = sel.css("div.page script::text").get()
            k = len(seen) - 1
            assert (f'createPageHTML({n}, {k}, "index", "htm");' in script) if n > 1 else script is None
            items = sel.css("ul.list_con li")
            assert 1 <= len(items) <= LIST_PAGE_SIZE
            assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in items.css("span::text").getall())
            listed += [urljoin(path, h) for h in items.css("a::attr(href)").getall()]
            nxt = sel.xpath("//div[@class='page_links']/a[text()='下一页']/@href").get()
            path = urljoin(path, nxt) if nxt else None
        assert seen == [trs.list_path(col, k) for k in range(1, n + 1)]
        assert listed == [trs.article_path(a) for a in trs.listed(col)]
    assert max(trs.list_pages(c) for c in trs.columns) >= 3


def links_of(trs: TrsReplica, path: str) -> list[str]:
    """On-host links of a page, resolved, fragments and javascript: dropped."""
    sel = page(trs, path)
    out = []
    for href in sel.css("a::attr(href), img::attr(src)").getall():
        if href.startswith(("javascript:", "mailto:")):
            continue
        url = urljoin(path, href)
        if not urlsplit(url).netloc:
            out.append(url)
    return out


def test_every_article_and_list_page_is_reachable_from_home(trs):
    """A BFS from / (robots' /was5/ excluded) finds the whole tree, and nothing undeclared."""
    lists = {path_of(u) for u in trs.list_urls("")}
    articles = {path_of(u) for u in trs.article_urls("")}
    others = {path_of(u) for u in trs.other_urls("")}
    seen, queue = {"/"}, deque(["/"])
    while queue:
        path = queue.popleft()
        for url in links_of(trs, path):
            if url in seen or url.startswith("/was5/") or url.endswith((".jpg", ".png")):
                continue
            assert trs.app.respond(url)[0] == 200, (path, url)
            seen.add(url)
            queue.append(url)
    assert lists <= seen and articles <= seen
    assert seen <= lists | articles | others


def test_off_host_links_and_traps_present(trs):
    home = page(trs, "/").get()
    hrefs = page(trs, "/").css("a::attr(href)").getall()
    assert sum(h.startswith("http") for h in hrefs) >= 4
    assert any(h.startswith("/was5/web/search?") for h in hrefs) and any(h.startswith("/wqhg/") for h in hrefs)
    assert "汾岚新闻网" in home and "山西新闻网" not in home
    col_page = page(trs, trs.list_path(trs.columns[0]))
    assert col_page.css("div.list_more a::text").getall()[0] == "往期回顾"


# -- entry point and republishing ------------------------------------------------------------
def test_cli_writes_truth(tmp_path):
    out = tmp_path / "truth.jsonl"
    assert main(["--seed", "9", "--scale", "0.1", "--port", "8123", "--truth", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows == TrsReplica(seed=9, scale=0.1).truth("http://127.0.0.1:8123")


def test_publish_next_day():
    base, later = TrsReplica(seed=4, scale=0.1), TrsReplica(seed=4, scale=0.1, day=1)
    new = {r["url"] for r in later.truth("http://h")} - {r["url"] for r in base.truth("http://h")}
    assert new
    with TrsServer(base) as srv:
        path = path_of(sorted(new)[0])
        assert fetch_all(srv, [path])[path][0] == 404
        srv.publish(later)
        assert fetch_all(srv, [path])[path][0] == 200
