"""Extraction helpers on the inputs the research saw on real portals (portals.md §1.4, §6)."""

from __future__ import annotations

from datetime import date

import pytest
from parsel import Selector

from newscrawl.extract import bylines, dates
from newscrawl.extract.body import extract_body, parse_fragment
from newscrawl.extract.text import detect_script, squash


@pytest.mark.parametrize("text, expected", [
    ("时间：&nbsp;2024年04月28日16:01&nbsp;&nbsp;来源：", "2024-04-28T16:01:00+08:00"),
    ("時間: 2024年04月28日16:01 來源:呂梁新聞網", "2024-04-28T16:01:00+08:00"),
    ("2019年02月11日08:21\xa0\xa0来源：人民网", "2019-02-11T08:21:00+08:00"),
    ("2021年12月12日08:33 | 来源：光明日报", "2021-12-12T08:33:00+08:00"),
    ("发布时间：2020年02月23日17:13", "2020-02-23T17:13:00+08:00"),
    ("2019-06-17 08:39", "2019-06-17T08:39:00+08:00"),
    ("2019-06-20 10:49:07 来源：东北网", "2019-06-20T10:49:07+08:00"),
    ("2018-10-9", "2018-10-09"),  # no time on the page: a date, not an invented midnight
    ("2024年13月01日 10:00 then 2024-02-03", "2024-02-03"),  # impossible dates are skipped
    ("no date here", None),
    ("十一月 6th, 2009", "2009-11-06"),  # WordPress's Chinese locale
    ("二〇二四年十二月三十一日", "2024-12-31"),  # an official document's date
    ("五月份的工作", None),
    ("更新时间 2012年12月10日, 格林尼治标准时间10:41", "2012-12-10T18:41:00+08:00"),  # BBC Chinese: GMT
    ("2024-05-03 22:30:05 UTC", "2024-05-04T06:30:05+08:00"),
    ("发布时间：2024-05-03 10:20 (GMT+8)", "2024-05-03T10:20:00+08:00"),  # China time already
    ("2024年5月3日 北京时间10:20", "2024-05-03T10:20:00+08:00"),
    ("2024 05/03 10:20:31 来源：某某网", "2024-05-03T10:20:31+08:00"),  # the year in a box of its own
    ("2024 3/4 决赛 10:00", None),  # a year beside a fraction is no day
    ("编号12024 05/03 10:20", None),
    ("发布时间：2024年05月03日 10点20分", "2024-05-03T10:20:00+08:00"),
    ("2024年5月3日 3点建议", "2024-05-03"),  # 点 only as a time's hour mark
    ("Fri May 03 10:20:31 CST 2024", "2024-05-03T10:20:31+08:00"),  # a Java Date (a China server's CST)
    ("Sat Feb 30 10:20:31 CST 2024", None),
])
def test_dates(text, expected):
    assert dates.iso(dates.parse_datetime(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("某某 提交于 February  5, 2020 11:36 AM", "2020-02-05T11:36:00+08:00"),
    ("Posted on March 16th, 2014 at 7:32 pm", "2014-03-16T19:32:00+08:00"),
    ("March 16, 2014 12:30 AM", "2014-03-16T00:30:00+08:00"),
    ("16 March 2014", "2014-03-16"),  # no time printed: the day
    ("Mar 16 2014 25:61", "2014-03-16"),  # no time there: the day stands
    ("发布于 资讯 · 1 分钟阅读 · Apr 22, 2025", "2025-04-22"),
])
def test_english_times(text, expected):
    assert dates.iso(dates.english_time(text)) == expected


def test_date_only_is_a_date():
    assert dates.parse_datetime("2019-02-11") == date(2019, 2, 11)


@pytest.mark.parametrize("line, names", [
    ("（责编：邸燕琼、郝亚红）", ["邸燕琼", "郝亚红"]),
    ("(責編:邸燕瓊、郝亞紅)", ["邸燕瓊", "郝亞紅"]),
    ("(责编：温文、李琳)", ["温文", "李琳"]),
    ("责任编辑：王喆", ["王喆"]),
    ("这是正文，提到责编二字也不是责编行。", []),
    ("编辑：刘晓丽 审核：张晓军", ["刘晓丽", "张晓军"]),  # a reviewer's line names an editor too
    ("（审核：张晓军）", ["张晓军"]),
    ("经县里审核，符合条件的农户均可申领补贴。", []),
])
def test_editor_lines(line, names):
    assert bylines.editors_from(line) == names


@pytest.mark.parametrize("paragraph, rest, names", [
    ("攜手創造出更加輝煌的未來。( □ 本報記者 李亞芝)", "攜手創造出更加輝煌的未來。", ["李亞芝"]),
    ("必将开出更加灿烂的发展之花。（ □ 本报记者 李亚芝 王喆）", "必将开出更加灿烂的发展之花。", ["李亚芝", "王喆"]),
    ("本报讯（记者 张堃 通讯员 刘芳）近日，兴县召开会议。", "近日，兴县召开会议。", ["张堃", "刘芳"]),
    ("吕梁讯（记者 李明）3月5日，全市……", "3月5日，全市……", ["李明"]),
    ("普通段落（含括号）不是署名。", "普通段落（含括号）不是署名。", []),
    # a byline line ending in /文 and a picture credit
    ("顶端新闻·兴县日报记者马晓峰/文受访者供图", "", ["马晓峰"]),
    # a writer named after their posts, a share link's text glued after the bracket
    ("（本文来源：兴县日报 作者：某研究中心经济研究部部长、研究员徐晓晨）返回首页，查看更多", "", ["徐晓晨"]),
    ("（作者：某大学教授）", "（作者：某大学教授）", []),
    # two names printed without a space, and where the reporters write from
    ("本报记者罗晓苏盈发自北京", "", ["罗晓", "苏盈"]),
    ("记者 欧阳晓明", "", ["欧阳晓明"]),  # a two-character surname: one name
    ("据新华社拉萨电（记者 格桑边觉）记者近日从会上了解到。", "记者近日从会上了解到。", ["格桑边觉"]),
])
def test_reporter_lines(paragraph, rest, names):
    assert bylines.take_reporters(paragraph) == (rest, names)


@pytest.mark.parametrize("line, names", [
    ("2004年7月16日08:19 [ 黄晓宇 ] 来源：[ 人民网 ]", ["黄晓宇"]),
    ("2004年7月16日08:19 来源：[ 人民网 ]", []),
    ("2024-05-06 10:20 【新华社】", []),
])
def test_writer_in_brackets_in_the_time_line(line, names):
    assert bylines.bracketed_names(line) == names


def test_source_noise_cut():
    noise = ("进入论坛", "手机读报")
    assert bylines.clean_source("吕梁新闻网进入论坛手机读报", noise) == "吕梁新闻网"
    assert bylines.clean_source("山西日报", noise) == "山西日报"
    assert bylines.clean_source("进入论坛", noise) is None


def test_body_keeps_text_anywhere_and_pairs_captions():
    container = parse_fragment(
        '<div class="box_pic"></div>'
        '<p style="text-align: center;"></p><div align="center"><img src="/NMediaFile/2024/0428/MAIN1.jpg" width:600="" /></div>'
        '<p style="text-align: center;">兴县经开区一角</p>'
        '<p align="right">新华社发</p>'
        '<p>\u3000\u3000第一段，<strong>加粗</strong>仍在同一段。</p><p>\u3000</p>'
        '<p align="left"><font face="宋体">\u3000\u3000第二段<br/></font></p>'
        'bare text in the container'
        '<div class="zdfy clearfix"><a href="1-2.html">2</a></div><center><table><tr><td>1</td></tr></table></center>'
        '<script>var x = "不要这个";</script>'
        '<p style="display:none">隐藏</p>'
    )
    body = extract_body(container, "http://news.sxrb.com/GB/1/2.html",
                        (".//div[has-class('zdfy')]", ".//center[table]", ".//div[has-class('box_pic')]"))
    assert body.images == [{"url": "http://news.sxrb.com/NMediaFile/2024/0428/MAIN1.jpg", "caption": "兴县经开区一角"}]
    assert body.paragraphs == ["第一段，加粗仍在同一段。", "第二段", "bare text in the container"]


def test_captions_known_by_what_they_say():
    """Left-aligned captions: one ending with a photo credit, one opening 图为, one repeating the
    picture's alt text; a paragraph of the story after a picture stays body."""
    credit = "5月19日，在圣多明各，阿比纳德尔在竞选总部发表胜选演讲。 新华社记者 李梦馨 摄"
    container = parse_fragment(
        '<p>第一段正文，兴县今年安排春耕资金一百二十万元。</p>'
        f'<p><img src="/p/1.jpg"></p><p>{credit}</p>'
        '<p><img src="/p/2.jpg"></p><p>图为停车场道闸 资料图</p>'
        '<p><img src="/p/3.jpg" alt="关注公众号：兴县发布"></p><p>关注公众号：兴县发布</p>'
        '<p><img src="/p/4.jpg"></p><p>全县已完成春播面积三点二万亩，占计划的六成，各乡镇正抓住墒情抢种。</p>'
        '<p><img src="/p/5.jpg"></p><p>△新修的机耕道一直通到了田边</p>')
    body = extract_body(container, "http://x.example/a.html")
    assert [(i["url"][-5:], i["caption"]) for i in body.images] == [
        ("1.jpg", credit), ("2.jpg", "图为停车场道闸 资料图"), ("3.jpg", "关注公众号：兴县发布"), ("4.jpg", None),
        ("5.jpg", "△新修的机耕道一直通到了田边")]
    assert body.paragraphs == ["第一段正文，兴县今年安排春耕资金一百二十万元。",
                               "全县已完成春播面积三点二万亩，占计划的六成，各乡镇正抓住墒情抢种。"]


def test_a_picture_story_keeps_its_captions_as_text():
    """A photo report of one paragraph whose captions carry more text than it: the captions are the
    story's text too, in place (and still the pictures' captions); a gallery's short labels and an
    article longer than its captions keep the captions out of the body."""
    lead = "某国现任总统某某某周日晚在竞选总部宣布，他在当天举行的总统选举首轮投票中获胜，成功连任。"
    caps = [f"5月{d}日，在某国首都，某某某在竞选总部发表胜选演讲，支持者在场外欢呼。 新华社记者 某某 摄" for d in (19, 20)]
    story = parse_fragment(f"<p>{lead}</p>" + "".join(f'<p><img src="/p/{i}.jpg"></p><p>{c}</p>' for i, c in enumerate(caps)))
    body = extract_body(story, "http://x.example/a.html")
    assert body.paragraphs == [lead, *caps]
    assert [i["caption"] for i in body.images] == caps
    article = parse_fragment(f"<p>{lead}</p><p>{lead}</p><p>{lead}</p>"
                             + "".join(f'<p><img src="/p/{i}.jpg"></p><p>{c}</p>' for i, c in enumerate(caps)))
    assert extract_body(article, "http://x.example/a.html").paragraphs == [lead] * 3
    gallery = parse_fragment("<p>春耕时节田野忙。</p>" + "".join(f'<p><img src="/p/{i}.jpg"></p><p>{c}</p>' for i, c in enumerate(caps)))
    assert extract_body(gallery, "http://x.example/a.html").paragraphs == ["春耕时节田野忙。"]


def test_long_centred_text_is_not_a_caption():
    long = "这是一段居中显示的正文，" * 10
    container = parse_fragment(f'<div align="center"><img src="a.jpg"/></div><p align="center">{long}</p>')
    body = extract_body(container, "http://x/")
    assert body.images == [{"url": "http://x/a.jpg", "caption": None}]
    assert body.paragraphs == [long]


def test_squash_and_script():
    assert squash("\u3000\u3000携手“湾区”\xa0共赴  “铝”途 ") == "携手“湾区” 共赴 “铝”途"
    # control characters go (not a space, though str.split splits at \x1c and \x85); a zero-width
    # space or BOM is a space (though str.split keeps it); a bidi override goes
    assert squash("甲\x1c乙\x85丙\u200b丁\ufeff戊\u202e己\x0c庚\u2028辛") == "甲乙丙 丁 戊己 庚 辛"
    assert squash(None) == squash("") == squash(" \u3000 ") == ""
    assert detect_script("兴县经开区奏响春之曲，携手湾区共赴铝途。") == "zh-Hans"
    assert detect_script("興縣經開區奏響春之曲,攜手灣區共赴鋁途。") == "zh-Hant"
    assert detect_script("no Chinese") is None


def test_profile_meta_publish_time_with_an_offset_is_converted_to_china_time():
    from parsel import Selector

    from newscrawl.extract.article import published_at
    from newscrawl.sites import get_profile

    rules = get_profile("fenlan").article  # reads <meta name="PubDate"> when the time line is gone
    page = Selector(text='<html><head><meta name="PubDate" content="2024-04-28T08:01:00Z"></head><body></body></html>')
    assert published_at(page, rules) == "2024-04-28T16:01:00+08:00"


@pytest.mark.parametrize("xpath", [
    "//div[has-class('list_16')]/a",
    "//div[has-class('list_16', 'mt10')]/a",
    "//div[has-class(\"mt10\")]//a[normalize-space()='下一页']",
    "//div[has-class('ej_list_box')]//ul[has-class('list_16')]/li/a[1]",
])
def test_profile_xpaths_are_held_in_native_form_and_select_the_same(xpath):
    """A profile's ``has-class()`` is evaluated as the XPath 1.0 test it stands for (libxml2 runs
    it, no Python call per element), selecting what parsel's has-class selects, odd spacing included."""
    from newscrawl.sites.profile import ChannelLevel, native_xpath

    html = ("<html><body><div class=' list_16  mt10\t'><a href='/1'>一</a></div><div class='list_160'><a href='/2'>二</a></div>"
            "<div class='mt10'><a href='/3'>下一页</a></div><div class='ej_list_box'><ul class='x list_16'><li><a href='/4'>四</a>"
            "<a href='/5'>五</a></li></ul></div></body></html>")
    sel = Selector(text=html)
    native = native_xpath(xpath)
    assert "has-class" not in native and ChannelLevel("x", xpath).links == xpath  # the profile keeps what was written
    assert sel.xpath(native).xpath("@href").getall() == sel.xpath(xpath).xpath("@href").getall() != []



def test_a_byline_is_tried_only_on_a_line_that_can_end_one():
    """A line that ends otherwise than a byline can (…研究员。) is not tried against BYLINE_LINE
    (which fails it only after trying every way of splitting its hanzi into names: 3 s for the
    39 characters below); what it matches, it matches as before, on lines built from a byline's
    pieces every way."""
    import random

    from newscrawl.extract.bylines.writers import _BYLINE_END, BYLINE_LINE

    assert bylines.byline_names("记者" + "王某记者" * 9 + "。") == []
    assert bylines.byline_names("本报记者 张三 李四") == ["张三", "李四"]
    assert bylines.byline_names("（记者 王某某 摄）") == ["王某某"]
    pieces = ["作者", "文/图", "本报记者", "记者", "通讯员", "王", "某", "某某", "、", " ", "，", "摄", "文并摄", "报道", "（",
              "）", "：", "·", "实习生", "图/文", "。", "x", "《某刊》", "/", ")", ":", "&", "1"]
    rng = random.Random(7)
    matched = 0
    for _ in range(20000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        plain = BYLINE_LINE.match(line) is not None
        assert plain == (_BYLINE_END.search(line) is not None and plain), line
        matched += plain
    assert matched > 500
