"""The line rules compiled for speed (newscrawl.extract.rules) match exactly what the rules
as written match: on invented lines made for each way a rule list is split, and on every text
piece of the real devset pages."""

from __future__ import annotations

import re

import pytest
from lxml import html as lxml_html

from newscrawl.extract import boilerplate, bylines
from newscrawl.extract.rules import Rules, literals_first, required_literals
from newscrawl.extract.text import squash
from tests.realpages import devset

RULE_LISTS = {
    "clean drop": boilerplate.DROP_LINES + boilerplate.LATIN_FOOTER_LINES,
    "container junk": boilerplate.DROP_LINES + (bylines.EDITOR_LINE.pattern,),
    "cut": boilerplate.CUT_FROM,
    "inline": boilerplate.INLINE_MARKS,
}


def plain(patterns) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def test_an_opening_group_of_literals_is_written_out():
    assert literals_first("(?:甲乙|丙丁)\\s*戊") == ["甲乙\\s*戊", "丙丁\\s*戊"]
    for kept in ("(?:甲|乙)?丙", "(?:甲|乙){0,3}丙", "(?:甲|乙)*丙", "(?:甲|(?:乙))丙", "(?:甲|乙.)丙", "(?:甲|)丙",
                 "甲(?:乙|丙)", "[甲乙]丙"):
        assert literals_first(kept) == [kept]


@pytest.mark.parametrize("alternative, needed", [
    (r"(?=.{0,60}$).*?(?:扫一扫|二维码)", ["扫一扫", "二维码"]),
    (r".{0,36}(?:客户端|APP)下载$", ["客户端", "APP"]),  # the set whose shortest literal is longer
    (r"[（(]?\s*(?:本文)?(?:转自|轉自)", ["转自", "轉自"]),  # an optional group needs nothing
    (r"\s*(?:(?:本文|值班)?(?:责编|编辑)|终审|[一二]审)\s*[:：]", ["责编", "编辑", "终审", "审"]),
    (r"[-—\s]*(?:THE\s+)?(?:END|End)[-—\s]*$", ["END", "End"]),
    (r"[【\[]\s*(?:全文)?完\s*[】\]]$", ["完"]),
    (r"\s*来源?\s*[:：]", ["来"]),  # a literal made optional by its quantifier is not needed
    (r"\d{2,4}年(?:[^月]{0,3})?月", ["年"]),
    (r"(?:[【\[]?\d{1,3}[】\]]?\s*){2,}$", None),
    (r"[▼▲]{1,6}$", None),
    (r"(?i:abc)\s*\d", None),  # a group with flags: its literals are not taken as written
])
def test_the_literals_an_alternative_needs(alternative, needed):
    assert required_literals(alternative) == needed


LINES = [
    "扫一扫，关注我们", "微信扫一扫分享到朋友圈", "（原标题：某县召开春耕会议）", "原標題：某某", "欢迎使用某某客户端下载",
    "请到App 商店搜索某某", "相关阅读：某某县春耕忙", "更多精彩请关注某某公众号", "来源：某某日报", "（来源：某某网）",
    "点击阅读原文", "字号：大 中 小", "如有侵权，请联系删除", "请下载某某APP", "立即开通VIP会员", "—END—", "（全文完）",
    "（本文转自某某公众号）", "责任编辑：王某", "【责编：李某】", "终审：赵某", "二审 | 钱某", "© 2024 某某网",
    "关键词：春耕 兴县", "Tags: 春耕", "上一页 1 2 3 下一页", "#春耕 #兴县", "▼▼▼", "【大 中 小】", "分享到：", "版权所有 某某网",
    "记者今天在现场看到，工地一片繁忙，来源于群众的意见被一一记下。", "他说：“如有侵权就改，我们请下载的人放心。”",
    "某某客户端下载量突破一万", "2024年05月03日 10:20 来源：某某网", "编辑部的故事", "本文作者王某某系某某大学教授",
    "",
]


@pytest.mark.parametrize("name", sorted(RULE_LISTS))
def test_compiled_rules_match_what_the_rules_match(name):
    rules, whole = Rules(RULE_LISTS[name]), plain(RULE_LISTS[name])
    for line in LINES:
        assert bool(rules.search(line)) == bool(whole.search(line)), line
    # every alternative tried behind a guard is met by one of the lines (the guard lets it through)
    for alternative in rules.guarded:
        met = [line for line in LINES if re.match(alternative, line)]
        assert met and all(rules.search(line) for line in met), alternative


@pytest.mark.skipif(not devset.available(), reason="../shared/devset not present")
def test_compiled_rules_match_what_the_rules_match_on_every_devset_text_piece():
    pieces = set()
    for page in devset.pages():
        root = lxml_html.fromstring(page.body)
        pieces.update(squash(t) for t in root.itertext())
        pieces.update(squash(el.text_content()) for el in root.iter("p", "div", "li", "td") if len(el) < 8)
    pieces = [p for p in pieces if p and len(p) <= 300]
    assert len(pieces) > 20000
    for name, patterns in RULE_LISTS.items():
        rules, whole = Rules(patterns), plain(patterns)
        differ = [p for p in pieces if bool(rules.search(p)) != bool(whole.search(p))]
        assert not differ, (name, differ[:5])
        assert sum(1 for p in pieces if rules.search(p)) > 100 or name in ("cut", "inline"), name


def test_class_and_url_word_lists_are_in_lower_case():
    """container searches a lower-cased class/id or image URL for these lists, without re.I: a word
    with a capital in it would never be found."""
    from newscrawl.extract import vocabulary as v

    for words in (v.NOISE_SUBSTRINGS, v.CONTENT_SUBSTRINGS, v.CAPTION_ATTRS, v.ICON_SRC):
        assert all(w == w.lower() for w in words)


@pytest.mark.parametrize("markup, furniture", [
    ('<div class="ShareBox">分享</div>', True),  # class names in any case
    ('<div id="PageFooter">页脚</div>', True),
    ('<div class="ArticleContent" style="DISPLAY: NONE">隐藏</div>', True),  # a hiding style in capitals
    ('<div class="ArticleContent">正文</div>', False),
])
def test_furniture_and_hiding_styles_are_told_in_any_case(markup, furniture):
    from newscrawl.extract.container import is_content_like, is_noise

    el = lxml_html.fragment_fromstring(markup)
    assert is_noise(el) is furniture
    assert is_content_like(el) is ("ArticleContent" in markup)


def test_a_pattern_that_needs_a_label_is_tried_only_where_the_label_is():
    from newscrawl.extract.bylines import editors, writers
    from newscrawl.extract.rules import Needing, needing

    wrapped = needing(re.compile(r"^\s*[（(]?(?:记者|通讯员)\s*(?P<names>[\u4e00-\u9fff]{2,3})[）)]?$"))
    assert isinstance(wrapped, Needing) and sorted(wrapped.literals) == ["记者", "通讯员"]
    assert wrapped.match("（记者 王某）")["names"] == "王某" and wrapped.match("王某说了算") is None
    assert wrapped.pattern.startswith("^")  # the pattern's own attributes pass through
    # nothing needed, or a case-blind pattern: left as it is
    for plain_pattern in (re.compile(r"\d+|[甲乙]{2}"), re.compile("author", re.I), re.compile(r"(?:甲|乙)?丙?")):
        assert needing(plain_pattern) is plain_pattern
    # the credit patterns behind a guard find what they found before, on every devset text piece
    guarded = [v for mod in (writers, editors) for v in vars(mod).values() if isinstance(v, Needing)]
    assert len(guarded) >= 15
    if devset.available():
        pieces = {squash(t) for page in devset.pages() for t in lxml_html.fromstring(page.body).itertext()}
        pieces = [p for p in pieces if 1 < len(p) <= 40]  # (byline_names' longest line: BYLINE_LINE backtracks)
        for pattern in guarded:
            for piece in pieces:
                assert bool(pattern.search(piece)) == bool(pattern.regex.search(piece))
                assert bool(pattern.match(piece)) == bool(pattern.regex.match(piece))


def test_the_text_nodes_that_hold_a_text():
    from newscrawl.extract.document import Doc

    root = lxml_html.fromstring("<html><body><p>甲乙丙</p><p>丙丁</p><div>乙丙<b>丙</b>乙丙乙丙</div></body></html>")
    doc = Doc.of(root, "http://example.invalid/")
    for text in ("乙丙", "丙", "丙丙", "丁", "甲乙丙丙", "戊", ""):
        assert doc.text_nodes_holding(text) == [t for t in doc.text_nodes if text in t], text
    assert [str(t) for t in doc.text_nodes_holding("乙丙")] == ["甲乙丙", "乙丙", "乙丙乙丙"]
