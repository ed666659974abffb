"""The extractor on real Chinese pages that nobody here wrote (``../shared/devset``, issue 12).

Every page goes through what the crawl does with it: the charset decision
(:mod:`newscrawl.extract.decoding`), the generic extractor, the clean pipeline's BodyCleaner.
Figures are printed for the tuning part and the held-out part (every fifth MANIFEST row,
``tests/realpages/README.md``) and asserted on both.  Body is scored against the devset's own
gold, title/date/bylines against our labels (``tests/realpages/labels.jsonl``).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from scrapy.http import HtmlResponse

from newscrawl.extract.decoding import decide, decode_response
from newscrawl.extract.score import char_f1
from newscrawl.extract.text import mojibake_in
from tests.realpages import devset
from tests.realpages import evaluate as ev
from tests.realpages import extra

ROOT = devset.ROOT

#: What each part must reach.  Issue 12's targets are body F1 ≥ 0.97 (no page < 0.5),
#: title ≥ 97 %, date ≥ 99 %; where the figures are below them, these are the figures the
#: extractor honestly reaches today (the gap is in the issue's note), never far below.
FLOORS = {
    "all": {"body_f1": 0.925, "body_min": 0.03, "news_f1": 0.975, "news_min": 0.57, "title": 1.0, "heads": 1.0, "date": 0.99, "authors": 1.0, "editors": 0.99, "images": 0.93},
    "held-out": {"body_f1": 0.95, "body_min": 0.24, "news_f1": 0.98, "news_min": 0.95, "title": 1.0, "heads": 1.0, "date": 0.99, "authors": 1.0, "editors": 0.99},
}


@pytest.fixture(scope="module")
def real_pages() -> list[devset.RealPage]:
    return devset.pages()


@pytest.fixture(scope="module")
def results(real_pages) -> dict[str, ev.Figures]:
    outputs = [ev.run_ours(p) for p in real_pages]
    return ev.parts(real_pages, outputs)


def test_split_and_labels_cover_the_news_pages(real_pages):
    assert len(real_pages) == 128
    held = [p.index for p in real_pages if p.held_out]
    assert held == list(range(4, 128, 5))  # the rule of tests/realpages/README.md
    news = [p for p in real_pages if p.news]
    assert len(news) >= 55 and all(p.label is not None for p in news)
    assert sum(p.held_out for p in news) >= 10
    for p in news:
        assert set(p.label) >= {"title", "pretitle", "subtitle", "published_at", "authors", "editors"}, p.file


def check_floors(title: str, results: dict[str, ev.Figures], floors_by_part: dict, capsys) -> None:
    """Print the figures of every part, then assert each part's floors; failures are named
    from the tuning part only (the held-out part is seen as figures)."""
    with capsys.disabled():
        print(f"\n{title}:\n{'part':9} {ev.Figures.HEADER}")
        for name, fig in results.items():
            print(f"{name:9} {fig.row()}")
    for part, floors in floors_by_part.items():
        fig = results[part]
        for key, floor in floors.items():
            worst = results["tuning"].failures.get(
                {"body_f1": "body", "body_min": "body", "news_f1": "body", "news_min": "body"}.get(key, key), [])[:5]
            assert getattr(fig, key) >= floor, f"{part} {key} {getattr(fig, key):.3f} < {floor}: {worst}"
        assert fig.mojibake == 0, fig.failures["mojibake"]
        assert not fig.undecodable, fig.undecodable


def test_figures_on_real_pages(results, capsys):
    check_floors("real pages (../shared/devset)", results, FLOORS, capsys)


# ---------------------------------------------------------------------------------------------
# The second real set: the test pages of two PyPI sdists (tests/realpages/extra.py), new to the
# extractor: labelled after the devset's tuning was done, its own held-out part (every fifth)
# ---------------------------------------------------------------------------------------------

#: Floors on the extra set (the figures the extractor reaches, never far below them).
EXTRA_FLOORS = {
    "all": {"body_f1": 0.975, "body_min": 0.80, "news_f1": 0.98, "news_min": 0.80, "title": 1.0, "heads": 1.0,
            "date": 0.98, "authors": 0.96, "editors": 0.98},
    "held-out": {"body_f1": 0.97, "body_min": 0.80, "news_f1": 0.97, "news_min": 0.80, "title": 1.0, "date": 0.99,
                 "authors": 0.92, "editors": 0.99},
}


@pytest.fixture(scope="module")
def extra_pages() -> list[devset.RealPage]:
    if not extra.available():
        pytest.skip("the extra real pages are not fetched: .venv/bin/python -m tests.realpages.extra --fetch "
                    "(scripts/test does it)")
    return extra.pages()


def test_figures_on_the_extra_real_pages(extra_pages, capsys):
    articles = [p for p in extra_pages if p.kind != "list"]
    outputs = [ev.run_ours(p) for p in articles]
    results = ev.parts(articles, outputs)
    check_floors("extra real pages (GNE 0.4.3, newspaper4k 0.9.6 test pages)", results, EXTRA_FLOORS, capsys)
    wrong = [(p.file, o.get("kind")) for p, o in zip(articles, outputs) if p.kind == "news" and o.get("kind") != "article"]
    assert not wrong


#: Floors with one kind of evidence taken from every page (:mod:`tests.realpages.ablation`,
#: tuning parts): the headline found without a ``<title>`` that names it, the time without
#: metadata, the body without class or id names.  At the start of this work they were
#: title 0.721 / 0.923, date 0.951 / 0.904, names news F1 0.959 (min 0.357) / 0.969 (min 0.555).
ABLATION_FLOORS = {
    ("devset", "title"): {"title": 0.965, "news_f1": 0.965},
    ("devset", "meta"): {"date": 0.96, "news_f1": 0.965},
    ("devset", "names"): {"news_f1": 0.965, "title": 0.98},
    ("extra", "title"): {"title": 0.98, "news_f1": 0.98},
    ("extra", "meta"): {"date": 0.92, "news_f1": 0.98},
    ("extra", "names"): {"news_f1": 0.975, "news_min": 0.82, "title": 0.98},
}


@pytest.mark.parametrize("set_name, ablation", sorted(ABLATION_FLOORS))
def test_figures_when_the_page_gives_less(set_name, ablation, real_pages, capsys):
    from tests.realpages import ablation as ab

    if set_name == "extra" and not extra.available():
        pytest.skip("the extra real pages are not fetched")
    pages = real_pages if set_name == "devset" else extra.pages()
    fig = ab.figures(pages, ablation)
    with capsys.disabled():
        print(f"\n{set_name} without {ablation}: {fig.row()}")
    for key, floor in ABLATION_FLOORS[(set_name, ablation)].items():
        assert getattr(fig, key) >= floor, (key, getattr(fig, key), fig.failures.get(key, fig.failures.get("body", []))[:5])


def test_list_pages_of_the_extra_set_are_not_articles(extra_pages):
    """Two 163 channel index pages (hundreds of headlines in sections, video teasers among them:
    a list of lists, ``topic`` by its sections) and two forum boards (``list``).  The Tieba
    board's "body" is one thread's opening paragraph, prose of 200+ characters: it is told a
    list by where that text sits (one of 47 like ``<li>`` items, each under a thread link)."""
    lists = [p for p in extra_pages if p.kind == "list"]
    assert len(lists) == 4
    kinds = {p.file: ev.run_ours(p).get("kind") for p in lists}
    assert kinds["gne-0.4.3/test_list_page/netease_forum/1.html"] == "list"
    assert kinds["gne-0.4.3/test_list_page/tieba/1.html"] == "list"
    assert set(kinds.values()) <= {"list", "topic"}, kinds


# ---------------------------------------------------------------------------------------------
# Charset: real pages in every encoding mix the devset has, in the crawl's decision and the command
# ---------------------------------------------------------------------------------------------


def _pages(real_pages, predicate):
    found = [p for p in real_pages if predicate(p)]
    assert found
    return found


def _decoded_title_ok(page: devset.RealPage, response) -> None:
    text = response.text
    assert mojibake_in(text[:20000]) is None, page.file
    if page.label:
        assert page.label["title"][:8] in text, page.file  # the headline reads as printed


def test_utf8_bytes_under_a_gb2312_meta_decode_as_utf8(real_pages):
    for page in _pages(real_pages, lambda p: p.file_encoding == "utf-8" and p.declared_charset in ("gb2312", "gbk")):
        response, decision = decode_response(HtmlResponse(url=page.url, body=page.body))
        assert response.encoding == "utf-8", page.file
        if decision is not None:  # Scrapy believed the <meta>: the decision overrules it
            assert decision.fault == "charset_mismatch"
        _decoded_title_ok(page, response)


def test_gbk_without_declaration_bom_and_a_wrong_header(real_pages):
    for page in _pages(real_pages, lambda p: p.file_encoding == "gb18030" and not p.declared_charset):
        response, decision = decode_response(HtmlResponse(url=page.url, body=page.body))
        assert response.encoding in ("gb18030", "gbk"), page.file
        _decoded_title_ok(page, response)
    for page in _pages(real_pages, lambda p: p.body.startswith(b"\xef\xbb\xbf")):
        response, decision = decode_response(HtmlResponse(url=page.url, body=page.body))
        assert decision is None and response.encoding == "utf-8"
        _decoded_title_ok(page, response)
    # a server that says UTF-8 over a GBK page
    for page in _pages(real_pages, lambda p: p.file_encoding == "gb18030" and p.label is not None)[:5]:
        sent = HtmlResponse(url=page.url, body=page.body, headers={"Content-Type": "text/html; charset=utf-8"})
        assert "\ufffd" in sent.text  # what Scrapy alone would emit
        response, decision = decode_response(sent)
        assert decision.fault == "charset_mismatch" and response.encoding == "gb18030"
        _decoded_title_ok(page, response)


def test_truly_undecodable_bytes_are_reported_not_emitted():
    # GBK text cut to pieces, Big5 and UTF-8 mixed in: no charset fits, none nearly does.
    body = ("<html><head><meta charset=gb2312></head><body>".encode()
            + "兴县召开春耕备耕工作会议".encode("big5", "ignore") + bytes(range(0x80, 0x100)) * 4
            + "正文".encode("utf-8") + b"\xff\xfe\x81" * 40 + b"</body></html>")
    decision = decide(body)
    assert decision is not None and decision.encoding is None and decision.fault == "charset_undecodable"


def test_command_decodes_real_pages_as_the_crawl_does(real_pages, tmp_path):
    """``python -m newscrawl.extract`` on the saved bytes: UTF-8 under a gb2312 meta, GBK
    without declaration, BOM — the same titles as the labels, no mojibake."""
    chosen = (_pages(real_pages, lambda p: p.file_encoding == "utf-8" and p.declared_charset == "gb2312" and p.label)[:2]
              + _pages(real_pages, lambda p: p.file_encoding == "gb18030" and not p.declared_charset and p.label)[:1]
              + _pages(real_pages, lambda p: p.body.startswith(b"\xef\xbb\xbf") and p.label)[:1])
    files, urls = [], []
    for i, page in enumerate(chosen):
        path = tmp_path / f"{i}.html"
        path.write_bytes(page.body)
        files.append(str(path))
        urls += ["--url", page.url]
    proc = subprocess.run([sys.executable, "-m", "newscrawl.extract", *files, *urls], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    items = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(items) == len(chosen)
    for page, item in zip(chosen, items):
        assert mojibake_in((item["title"] or "") + item["body"]) is None, page.file
        assert char_f1(item["body"], page.gold_body) > 0.8, page.file  # right hanzi, not just no U+FFFD


# ---------------------------------------------------------------------------------------------
# Pages that are not articles
# ---------------------------------------------------------------------------------------------


def test_real_articles_are_articles(results, real_pages):
    """Every real news page of the devset — short ones, photo news, a video report with a
    paragraph of text — is classified an article (a false "not an article" loses the article)."""
    outputs = [ev.run_ours(p) for p in real_pages if p.news]
    wrong = [(p.file, o.get("kind")) for p, o in zip([p for p in real_pages if p.news], outputs) if o.get("kind") != "article"]
    assert not wrong


def _frame(main: str, title: str = "兴县召开春耕备耕工作会议", extra_head: str = "") -> str:
    nav = "".join(f'<li><a href="/xw/{n}/">栏目{n}</a></li>' for n in range(8))
    return (f"<html><head><title>{title}_兴县新闻网</title>{extra_head}</head><body>"
            f'<div class="nav"><ul>{nav}</ul></div><div class="main">{main}</div>'
            '<div class="footer">Copyright &copy; 兴县新闻网 版权所有</div></body></html>')


_HEADLINES = ["兴县召开春耕备耕工作会议部署全年任务", "全县已完成春播面积三点二万亩占计划六成", "县融媒体中心开展新闻业务培训",
              "兴县多措并举保障粮食生产稳定增长", "城区主干道改造工程全面开工建设", "县医院新建住院楼主体结构封顶",
              "县委理论学习中心组举行专题学习会", "乡村振兴示范村建设现场推进会召开"]


def _list(n: int, prefix: str = "a") -> str:
    return "<ul>" + "".join(f'<li><a href="/{prefix}/2024/0{i % 9 + 1}/{1000 + i}.html">{_HEADLINES[i % 8]}（{i}）</a>'
                            f"<span>2024-05-0{i % 9 + 1}</span></li>" for i in range(n)) + "</ul>"


NOT_ARTICLES = {
    "list": _frame("<h2>本地新闻</h2>" + _list(25) + '<div class="page"><a href="index_1.html">下一页</a></div>', "本地新闻"),
    "topic": _frame('<div class="banner"><img src="/zt/banner.jpg" width="1000"></div>'
                    + "".join(f'<div class="sec"><h3>{name}</h3>{_list(6, name)}</div>' for name in ("要闻", "图解", "评论", "视频")),
                    "奋进新征程专题"),
    "gallery": _frame("<h1>春耕时节田野忙</h1><div class=\"info\">2024-05-06 10:20 来源：兴县新闻网</div><div class=\"content\">"
                      + "".join(f'<p align="center"><img src="/pic/{i}.jpg"></p><p align="center">村民在田间播种（{i}）。</p>' for i in range(5))
                      + "</div>", "春耕时节田野忙"),
    "video": _frame("<h1>兴县召开春耕备耕工作会议</h1><div class=\"info\">2024-05-06 10:20</div>"
                    '<div class="video-player"><video src="/v/2024/0506.mp4" controls></video></div>'
                    "<div class=\"content\"><p>兴县召开春耕备耕工作会议。</p></div>"),
    "list of teasers": _frame("".join(
        f'<div><h3><a href="/xw/2024/05/{i}.html">{_HEADLINES[i % 8]}</a></h3>'
        f"<p>近日，兴县召开会议，部署春耕生产工作，要求各乡镇抓住有利时机，确保不误农时第{i}条。</p><span>2024-05-06</span></div>"
        for i in range(10)), "本地新闻"),
    "attachment": _frame("<h1>关于2024年春耕资金安排的公示</h1><div class=\"info\">发布时间：2024-05-06</div>"
                         '<div class="content"><p>附件：<a href="/files/2024/chungeng.pdf">2024年春耕资金安排表.pdf</a></p></div>',
                         "关于2024年春耕资金安排的公示"),
}


@pytest.mark.parametrize("kind", sorted(NOT_ARTICLES))
def test_pages_that_are_not_articles_are_named_in_crawl_and_command(kind, tmp_path):
    from newscrawl.extract import classify, extract

    html = NOT_ARTICLES[kind]
    url = "http://www.xingxian.example/xw/2024/0506/1234.html"
    response = HtmlResponse(url=url, body=html.encode("utf-8"))
    page, _ = extract(response)
    kind = kind.split()[0]  # "list of teasers": a list whose items carry a summary
    assert classify(response.selector, page) == kind
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "newscrawl.extract", str(path), "--url", url], capture_output=True,
                          text=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 3 and proc.stdout == "" and f"not an article: {kind}" in proc.stderr


def test_a_one_sentence_brief_is_an_article():
    """The shortest real stories are one sentence with a picture, beside a related-news list
    and a menu of headline links: prose of their own, so an article (dropping one would lose it)."""
    from newscrawl.extract import classify, extract

    related = "".join(f'<li><a href="/xw/2024/0{i + 1}/{900 + i}.html">{h}</a></li>' for i, h in enumerate(_HEADLINES))
    html = _frame('<h1>兴县召开春耕备耕工作会议</h1><div class="info">2024-05-06 10:20 来源：兴县新闻网</div>'
                  '<div class="content"><p align="center"><img src="/pic/1.jpg"></p>'
                  '<p>　　5月6日，县委副书记率队深入魏家滩镇督导春耕备耕工作，详细了解农资储备情况，要求有关部门靠前服务。</p>'
                  f'</div><div class="related"><h3>相关新闻</h3><ul>{related}</ul></div>')
    response = HtmlResponse(url="http://www.xingxian.example/xw/2024/0506/1234.html", body=html.encode("utf-8"))
    page, _ = extract(response)
    assert classify(response.selector, page) == "article"
    # …while the same page holding only its headline links and a heading is not
    bare = _frame('<h1>兴县召开春耕备耕工作会议</h1><div class="info">2024-05-06 10:20</div>'
                  f'<div class="content"><h3>相关新闻</h3><ul>{related}</ul></div>')
    response = HtmlResponse(url="http://www.xingxian.example/xw/2024/0506/1235.html", body=bare.encode("utf-8"))
    page, _ = extract(response)
    assert classify(response.selector, page) in ("list", "topic", "empty")


def test_a_headline_without_heading_markup_under_a_site_name_title():
    """An old table layout (a forum post, a 2004 portal): ``<title>`` is the site's name, the
    headline a ``<font>`` in the row above the text.  The line before the body whose words the
    body repeats is the headline (not the menu, not the site name); a ``<title>`` that holds
    such a line whole (the headline printed in two pieces) stays the title."""
    from newscrawl.extract import extract

    text = ("<br>春耕时节，兴县魏家滩镇的田野里处处是忙碌的身影，农户们抢抓墒情播种玉米。<br><br>"
            "兴县今年安排春耕资金一百二十万元，组织农技人员深入田间地头，指导农户科学备耕，春播面积已完成六成。")
    menu = "".join(f'<td><a href="/bbs/{n}/">讨论区{n}</a></td>' for n in range(6))
    html = (f"<html><head><title>兴县论坛</title></head><body><table><tr>{menu}</tr></table>"
            "<table><tr><td>兴县论坛 &gt; 本地新闻</td></tr>"
            '<tr><td class=p4><img src="icon.gif">　<font color=#FFFBB5>魏家滩镇田野里的春耕忙</font></td></tr>'
            f"<tr><td class=p4>农友甲</td><td class=p4>{text}</td></tr></table></body></html>")
    response = HtmlResponse(url="http://bbs.xingxian.example/read.php?id=1", body=html.encode("utf-8"))
    page, _ = extract(response)
    assert page.title == "魏家滩镇田野里的春耕忙"
    whole = "兴县多措并举保障春耕——魏家滩镇田野见闻"
    html = (f"<html><head><title>{whole}_兴县人民政府</title></head><body><div>{menu}</div>"
            '<div class="cont"><p class="t">兴县多措并举保障春耕<div>——魏家滩镇田野见闻</div></p>'
            f'<div class="article"><div>{text}</div></div></div></body></html>')
    response = HtmlResponse(url="http://www.xingxian.example/zwdt/1.html", body=html.encode("utf-8"))
    page, _ = extract(response)
    assert page.title == whole
    # a bold line right above the time line right above the text, its words not repeated
    html = (f"<html><head><title>兴县新闻网</title></head><body><div>{menu}</div>"
            "<p><strong>兴县召开春耕备耕工作会议</strong></p><div>2024-05-06 10:20</div>"
            f'<div class="article"><div>{text}</div></div></body></html>')
    response = HtmlResponse(url="http://www.xingxian.example/zwdt/2.html", body=html.encode("utf-8"))
    page, _ = extract(response)
    assert page.title == "兴县召开春耕备耕工作会议"


def test_an_unlabelled_time_line_among_other_words():
    """A time line with no label, its time among a column name and counters
    (``同人连载 2024-02-14 03:01 · 阅读 · 评论``), is the publication time."""
    from newscrawl.extract import extract

    text = ("<p>　　兴县今年安排春耕资金120万元，组织农技人员深入田间地头，指导农户科学备耕。</p>"
            "<p>　　全县已完成春播面积3.2万亩，占计划的六成，各乡镇正抓住墒情抢种。</p>")
    info = '<div class="info"><a href="/c/1">本地新闻</a><span>2024-02-14 03:01</span><span>阅读</span> · <span>评论</span></div>'
    html = _frame(f'<h1>兴县召开春耕备耕工作会议</h1>{info}<div class="content">{text}</div>')
    response = HtmlResponse(url="http://www.xingxian.example/xw/1234.html", body=html.encode("utf-8"))
    assert extract(response)[0].published_at == "2024-02-14T03:01:00+08:00"
    # a long sentence of the story naming a time, before the time line, is not taken for it
    story = "<p>　　2024年2月13日10时30分许，兴县召开春耕备耕工作会议，县委书记出席会议并讲话，各乡镇负责人参加。</p>" + text
    html = _frame(f'<h1>兴县召开春耕备耕工作会议</h1>{info}<div class="content">{story}</div>')
    response = HtmlResponse(url="http://www.xingxian.example/xw/1235.html", body=html.encode("utf-8"))
    assert extract(response)[0].published_at == "2024-02-14T03:01:00+08:00"


def test_odd_images_and_control_characters_never_cost_the_article():
    from newscrawl.extract import classify, extract

    body = ("<p>　　兴县今年安排春耕资金120万元，\x00组织农技人员深入田间\u202e地头，指导农户科学备耕。</p>"
            '<p><img src="javascript:void(0)"><img src="data:image/png;base64,AAAA"><img src="about:blank">'
            '<img src="/pic/1.jpg"></p><p>　　全县已完成春播面积3.2万亩，占计划的六成，各乡镇正抓住墒情抢种。\x85</p>')
    html = _frame(f'<h1>兴县召开\x07春耕备耕工作会议</h1><div class="info">2024-05-06 10:20</div><div class="content">{body}</div>')
    response = HtmlResponse(url="http://www.xingxian.example/xw/2024/0506/1234.html", body=html.encode("utf-8"))
    page, _ = extract(response)
    assert classify(response.selector, page) == "article"
    assert page.title == "兴县召开春耕备耕工作会议"
    assert [img["url"] for img in page.images] == ["http://www.xingxian.example/pic/1.jpg"]
    texts = [page.title, *page.paragraphs]
    assert all(not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F or 0x202A <= ord(c) <= 0x202E for c in t) for t in texts)
    assert len(page.paragraphs) == 2


def test_look_alikes_of_the_cms_family_replicas_are_named():
    """The family replicas (built by another engineer, independently of these rules) list
    galleries, video pages, attachment notices and topic pages among their stories."""
    import urllib.request

    from newscrawl.extract import classify, extract
    from newscrawl.replica.families import FAMILIES
    from newscrawl.replica.trs import TrsServer

    want = {"gallery": {"gallery"}, "video": {"video"}, "notice": {"attachment"}, "topic": {"topic", "list"}}
    portal = FAMILIES["hanweb"](seed=7, scale=0.3)
    with TrsServer(portal) as server:
        pairs = list(zip(portal.lookalikes, portal.lookalike_urls(server.url)))
        assert {x.kind for x, _ in pairs} == set(want)
        for x, url in pairs:
            response = HtmlResponse(url=url, body=urllib.request.urlopen(url, timeout=30).read())
            page, _ = extract(response)
            assert classify(response.selector, page) in want[x.kind], (x.kind, url)
