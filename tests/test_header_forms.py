"""The header forms issue 12 names, one page each: every time-line form, every byline form.

Each page is a small article page in the shape of a real one (top bar with today's date,
navigation, headline, time line, text, a related-news list with its own dates, a comment with
a date, a footer), so that a rule that takes the wrong date or the wrong names fails here.
The real pages (``tests/test_real_pages.py``) measure how often each form occurs on the web;
these say that each form is read at all.
"""

from __future__ import annotations

import pytest
from scrapy.http import HtmlResponse

from newscrawl.extract import extract
from newscrawl.pipelines.clean import BodyCleaner

TITLE = "市文旅局开展春季文旅市场安全大检查"
BODY = ["近日，市文化和旅游局组织开展了春季文旅市场安全检查，重点检查了景区、酒店和演出场所的消防设施与应急预案落实情况。",
        "检查组一行先后来到城区多个景点，详细了解游客接待、安全管理等工作，对发现的问题当场提出整改意见，要求限期整改到位。",
        "据悉，下一步该局将持续加大检查力度，确保全市文旅市场安全稳定有序，为广大游客营造良好的旅游环境。"]
URL = "http://www.example.cn/news/a123.html"


def page(time_line: str, head: str = "", first: str | None = None, last: str | None = None, after: str = "",
         heading: str = "h1", doc_title: str = f"{TITLE}_某某新闻网", banner: str = "", above: str = "") -> str:
    paras = [first or BODY[0], *BODY[1:]] + ([last] if last else [])
    related = "".join(f'<li><a href="/news/b{i}.html">相关新闻标题第{i}条关于本市发展的报道</a><span>2023-0{i}-1{i}</span></li>'
                      for i in range(1, 6))
    return (f"<html><head><meta charset='utf-8'><title>{doc_title}</title>{head}</head><body>"
            f"<div class='top'>今天是2026年12月6日 星期日 <a href='/'>首页</a></div>{banner}"
            "<div class='nav'><a href='/'>首页</a><a href='/a'>新闻</a><a href='/b'>本地</a><a href='/c'>社会</a></div>"
            f"<div class='main'>{above}<{heading}>{TITLE}</{heading.split()[0]}><div class='info'>{time_line}</div>"
            f"<div class='con'>{''.join(f'<p>　　{p}</p>' for p in paras)}</div>{after}"
            f"<div class='about'><h3>相关新闻</h3><ul>{related}</ul></div>"
            "<div class='cmt'><p>网友评论 2022-11-11 12:00 很好</p></div></div>"
            "<div class='foot'>版权所有 某某新闻网 2006-2026</div></body></html>")


def run(html: str, url: str = URL):
    fields, _ = extract(HtmlResponse(url=url, body=html.encode("utf-8"), encoding="utf-8"))
    return fields, BodyCleaner().clean(fields.paragraphs, fields.authors, fields.editors, fields.images)


TIMES = {
    "iso minute": ("2024-05-03 10:20 来源：某某日报", "", URL, "2024-05-03T10:20:00+08:00"),
    "年月日 seconds": ("2024年05月03日 10:20:31 来源：某某日报", "", URL, "2024-05-03T10:20:31+08:00"),
    "slashes, day only": ("2024/5/3 来源：某某日报", "", URL, "2024-05-03"),
    "发布时间": ("发布时间：2024-05-03 10:20", "", URL, "2024-05-03T10:20:00+08:00"),
    "时间": ("时间：2024-05-03", "", URL, "2024-05-03"),
    "日期": ("日期：2024年5月3日", "", URL, "2024-05-03"),
    "星期": ("2024年5月3日 星期五 10:20", "", URL, "2024-05-03T10:20:00+08:00"),
    "下午": ("2024年5月3日 下午3:20", "", URL, "2024-05-03T15:20:00+08:00"),
    "the year, the day and the time in boxes of their own": (
        "<span class='year'><em>2024</em></span> <span class='day'><em>05</em>/<em>03</em></span>"
        " <span class='time'>10:20:31</span> <span class='source'>来源：某某日报</span>", "", URL, "2024-05-03T10:20:31+08:00"),
    "a time in 点 and 分": ("发布时间：2024年05月03日 10点20分 来源：某某日报", "", URL, "2024-05-03T10:20:00+08:00"),
    "a Java Date printed as is (a JSP template)": ("发布时间：Fri May 03 10:20:31 CST 2024 来源：某某日报", "", URL,
                                                  "2024-05-03T10:20:31+08:00"),
    "label and time in two spans": ("<span>发布时间：</span><span>2024-05-03 10:20</span>", "", URL,
                                    "2024-05-03T10:20:00+08:00"),
    "update time first": ("更新时间：2024-05-04 08:00 发布时间：2024-05-03 10:20", "", URL, "2024-05-03T10:20:00+08:00"),
    "no year, dated by an update meta": ("发布时间：05-0310:20", '<meta itemprop="dateUpdate" content="2024-05-03 10:21:07">',
                                          URL, "2024-05-03T10:20:00+08:00"),
    "a bracketed date in an element of its own after a link": (
        "<a href='http://paper.example.com'>http://paper.example.com</a> <font>[2024-05-03]</font> <a href='#'>我要評論</a>",
        "", URL, "2024-05-03"),
    "meta publishdate": ("来源：某某日报", '<meta name="publishdate" content="2024-05-03 10:20">', URL,
                         "2024-05-03T10:20:00+08:00"),
    "meta publish_time": ("来源：某某日报", '<meta name="publish_time" content="2024-05-03T10:20:00+08:00">', URL,
                          "2024-05-03T10:20:00+08:00"),
    "meta published_time": ("来源：某某日报", '<meta name="published_time" content="2024-05-03 10:20:00">', URL,
                            "2024-05-03T10:20:00+08:00"),
    "meta PubDate": ("来源：某某日报", '<meta name="PubDate" content="2024-05-03 10:20:00">', URL, "2024-05-03T10:20:00+08:00"),
    "meta article:published_time": ("来源：某某日报", '<meta property="article:published_time" content="2024-05-03T02:20:00Z">',
                                    URL, "2024-05-03T10:20:00+08:00"),
    "JSON-LD with a zone's name before its offset (JST+0900)": (
        "来源：某某日报", '<script type="application/ld+json">{"@type":"NewsArticle",'
        '"datePublished":"2024-05-03 11:20:00 JST+0900"}</script>', URL, "2024-05-03T10:20:00+08:00"),
    "a script giving its page object the time by key": (
        "今日 10:20 来源：某某日报", "<script>var page = {}; page['publishDateTime']=\"2024-05-03 10:20:00\";</script>",
        URL, "2024-05-03T10:20:00+08:00"),
    "meta og:published_time": ("来源：某某日报", '<meta property="og:published_time" content="2024-05-03T10:20:00+08:00">',
                               URL, "2024-05-03T10:20:00+08:00"),
    "JSON-LD": ("来源：某某日报", '<script type="application/ld+json">{"@type":"NewsArticle",'
                '"datePublished":"2024-05-03T10:20:00+08:00"}</script>', URL, "2024-05-03T10:20:00+08:00"),
    "<time>": ('<time datetime="2024-05-03T02:20:00Z">5月3日</time>', "", URL, "2024-05-03T10:20:00+08:00"),
    "no year under the headline, dated by the URL": ("05-03 10:20", "", "http://www.example.cn/xw/202405/t20240503_1.html",
                                                      "2024-05-03T10:20:00+08:00"),
    "URL t2024…_": ("来源：某某日报", "", "http://www.example.cn/xw/202405/t20240503_123.html", "2024-05-03"),
    "URL /2024-05/03/": ("来源：某某日报", "", "http://www.example.cn/html/2024-05/03/content_123.htm", "2024-05-03"),
    "URL /202405/03/": ("来源：某某日报", "", "http://www.example.cn/news/202405/03/c123.html", "2024-05-03"),
    "none: not today's top bar, not a related list, not a comment": ("来源：某某日报", "", URL, None),
    "weekday in brackets between day and time": ("2024-05-03（星期五）10:20 来源：某某日报", "", URL,
                                                  "2024-05-03T10:20:00+08:00"),
    "no year, 下午, dated by the URL": ("5月3日 下午3:20", "", "http://www.example.cn/xw/202405/t20240503_1.html",
                                        "2024-05-03T15:20:00+08:00"),
    "meta name printed with a space": ("来源：某某日报", '<meta property="weibo: article:create_at" content="2024-05-03 10:20:00">',
                                       URL, "2024-05-03T10:20:00+08:00"),
    "microdata on a <span>": ('<span itemprop="datePublished" content="2024-05-03T10:20:00+08:00">5月3日</span>', "", URL,
                              "2024-05-03T10:20:00+08:00"),
    "the time in brackets after the day": ("2024-05-03 (10:20) 来源：某某日报", "", URL, "2024-05-03T10:20:00+08:00"),
    "a two-digit year, to the minute": ("09-11-21 13:34 来源：某某日报", "", URL, "2009-11-21T13:34:00+08:00"),
    "Hong Kong time named between day and time": ("2024-05-03 HKT 10:20", "", URL, "2024-05-03T10:20:00+08:00"),
    "a two-digit year with 年月日, to the minute": ("www.example.cn 07年08月24日 08:58 [大 中 小]", "", URL,
                                                   "2007-08-24T08:58:00+08:00"),
    "the time first, then the day": ("<span>14:36 2024/05/03</span>", "", URL, "2024-05-03T14:36:00+08:00"),
    "dots, to the minute": ("2024.05.03 10:20 来源：某某日报", "", URL, "2024-05-03T10:20:00+08:00"),
    "month first, year last": ("编辑部 @ 05-19-2024 / 2 years ago", "", URL, "2024-05-19"),
    "month first, with seconds and AM/PM": ("5/19/2024 3:54:13 PM", "", URL, "2024-05-19T15:54:13+08:00"),
    "a labelled line's English day": ("<span>发布于</span><a href='/news'>资讯</a> · <span>1 分钟阅读</span> · <span>May 3, 2024</span>",
                                       "", URL, "2024-05-03"),
    "a yearless time in an element of its own inside a long line, dated by the URL": (
        "<span>某某手机报</span> <span>05-03 10:20</span> <span>责编：张三丰</span> <span>我要分享 微信分享 新浪微博 QQ空间 腾讯微博</span>",
        "", "http://www.example.cn/content/yw/20240503/961701.html", "2024-05-03T10:20:00+08:00"),
    "day first, year last": ("19/05/2024 10:20 来源：某某日报", "", URL, "2024-05-19T10:20:00+08:00"),
}


def test_a_year_last_day_whose_month_is_not_printed_is_not_read():
    """05/06/2024 may be May 6 or June 5: the URL's day is taken instead (a guess would be wrong
    on half of such pages)."""
    fields, _ = run(page("发布：05/06/2024 来源：某某日报"), "http://www.example.cn/news/2024-06/05/a123.html")
    assert fields.published_at == "2024-06-05"


@pytest.mark.parametrize("form", sorted(TIMES))
def test_every_time_line_form(form):
    line, head, url, want = TIMES[form]
    fields, res = run(page(line, head=head), url)
    assert fields.published_at == want
    assert fields.title == TITLE and len(res.paragraphs) == 3


B0 = BODY[0]
BYLINES = {
    "本报讯（记者 通讯员）": ({"first": f"本报讯（记者 王小明 通讯员 李大伟）{B0}"}, ["王小明", "李大伟"], [], B0),
    "新华社电（记者）": ({"first": f"新华社太原5月3日电（记者邹伟）{B0}"}, ["邹伟"], [], B0),
    "本报讯（通讯员）": ({"first": f"本报讯（通讯员 李大伟）{B0}"}, ["李大伟"], [], B0),
    "本报记者 X 报道 opening the text": ({"first": f"本报记者 王小明 报道 {B0}"}, ["王小明"], [], B0),
    "记者 X 报道, a line": ({"first": "记者 王小明 报道"}, ["王小明"], [], BODY[1]),
    "trailing （记者）": ({"last": "这是最后一段的内容。（记者 王小明）"}, ["王小明"], [], B0),
    "trailing ( □ 本报记者 )": ({"last": "这是最后一段的内容。( □ 本报记者 王小明)"}, ["王小明"], [], B0),
    "trailing (文/图 )": ({"last": "这是最后一段的内容。(文/图 王小明 李大伟)"}, ["王小明", "李大伟"], [], B0),
    "作者： in the time line": ({"time_line": "2024-05-03 10:20 来源：某某日报 作者：王小明"}, ["王小明"], [], B0),
    "作者 run into the name, in the time line": ({"time_line": "2024-05-03 10:20 | 来源某某日报 | 作者王小明"}, ["王小明"], [], B0),
    "文/图：": ({"first": "文/图：王小明"}, ["王小明"], [], BODY[1]),
    "【文/专栏作者 】": ({"first": "【文/某某网专栏作者 王小明】"}, ["王小明"], [], BODY[1]),
    "name/paper under the headline": ({"time_line": "王小明/某某日报"}, ["王小明"], [], B0),
    "name/文, the photographer's credit after it": ({"first": "王小明/文 李大伟/图"}, ["王小明"], [], BODY[1]),
    "文/ and 图/ on one line": ({"first": "文/王小明 图/李大伟"}, ["王小明"], [], BODY[1]),
    "责任编辑 under the text": ({"after": "<div>责任编辑：张三丰</div>"}, [], ["张三丰"], B0),
    "（责编：）closing the text": ({"last": "（责编：张三丰）"}, [], ["张三丰"], B0),
    "责任编辑, a comment link after it": ({"after": "<div>责任编辑：张三丰&nbsp;&nbsp;<span><a href='#1'>我来说两句</a></span></div>"},
                                     [], ["张三丰"], B0),
    "label and value in elements apart, 助理编辑 among the names, in a block left open": (
        {"after": "<div class='author'><em>网络编辑:</em> <em>张三丰</em> <em>责任编辑:</em> <em>李四光 王五 助理编辑 赵小六</em>"
                  "<div>相关新闻 某某县春耕备耕工作会议召开，会议要求各乡镇把春耕生产作为当前农村工作的重中之重，"
                  "切实抓紧抓好，确保不误农时，为全年粮食丰收打下坚实基础。</div></div>"},
        [], ["张三丰", "李四光", "王五", "赵小六"], B0),
    "作者：paper记者 X, the paper's name no writer": (
        {"time_line": "<span class='author'><em>作者：<span>某某周末记者</span> <span>王小明</span></em></span> 2024-05-03 10:20"},
        ["王小明"], [], B0),
    "编审": ({"after": "<div>编审：张三丰</div>"}, [], ["张三丰"], B0),
    "初审 复审 终审": ({"after": "<div>初审：张三丰 复审：李四光 终审：王五</div>"}, [], ["张三丰", "李四光", "王五"], B0),
    "编辑：X / 审校：Y (a proofreader after a slash)": ({"after": "<div>编辑：张三丰 / 审校：李四光</div>"}, [], ["张三丰"], B0),
    "编辑 and 审核": ({"after": "<p>编辑：张三丰 审核：李四光</p>"}, [], ["张三丰", "李四光"], B0),
    "X／綜合外電 (compiled from the wires) over the time": (
        {"time_line": "<ul><li><span>王小明</span>／<font>綜合外電</font></li><li><time>2024/05/03 10:20</time></li></ul>"},
        ["王小明"], [], B0),
    "schema.org microdata: the article's author a Person given by a meta, not printed": (
        {"above": "<div itemscope itemtype='http://schema.org/Article'><div itemprop='author' itemscope "
                  "itemtype='http://schema.org/Person'><meta itemprop='name' content='王小明'></div></div>"},
        ["王小明"], [], B0),
    "schema.org microdata: the article's author an Organization": (
        {"above": "<div itemscope itemtype='http://schema.org/Article'><div itemprop='author' itemscope "
                  "itemtype='http://schema.org/Organization'><meta itemprop='name' content='某某网'></div></div>"},
        [], [], B0),
    "a closing credit naming the paper's reporter and a partner site (某某在线)": (
        {"last": "这是最后一段的内容。（某某手机报记者 王小明/图 某某在线）"}, ["王小明"], [], B0),
    "X 文 摄影 closing the source in the time line": (
        {"time_line": "发布者：党委宣传部　来源：学生工作处 王小明 文 摄影　日期：2024-05-03 10:20:31"}, ["王小明"], [], B0),
    "X 文/图 closing the text": ({"last": "王小明 文/图"}, ["王小明"], [], B0),
    "（責任編輯:X）( 某某網 ) closing a long last paragraph": (
        {"last": "专家建议，市民外出游玩要提前查看景区的预约信息和交通管制情况，错峰出行，"
                 "遇到突发情况及时拨打求助电话，不要轻信网上来路不明的低价门票信息。（責任編輯:张三丰）( 某某網 )"},
        [], ["张三丰"], B0),
    "选稿 in the time line": ({"time_line": "2024-05-03 10:20 来源：某某发布 选稿：张三丰"}, [], ["张三丰"], B0),
    "Baidu's spans holding only their labels, the values after them": (
        {"time_line": "2024-05-03 10:20 <span id='source_baidu'>来源:</span><a href='http://x.example.com/'>某某网</a> "
                      "<span id='author_baidu'>作者:</span>王小明、李大伟 <span id='editor_baidu'>选稿:</span>张三丰"},
        ["王小明", "李大伟"], ["张三丰"], B0),
    "Baidu's author span empty, the editor's span right after it": (
        {"time_line": "2024-05-03 10:20 <span id='author_baidu'>作者：</span><span id='editor_baidu'>责任编辑：张三丰</span>"},
        [], ["张三丰"], B0),
    "编辑： then the CMS's ArticleAuthor field": (
        {"time_line": "来源：某某新闻网 作者：<span id='ArticleSourceAuthor'> </span> 发布时间：2024-05-03 10:20 "
                      "编辑：<span id='ArticleAuthor'>张三丰</span>"}, [], ["张三丰"], B0),
    "编辑 without a colon, 校对 after": ({"last": "编辑 张三丰 校对 李四光"}, [], ["张三丰"], B0),
    "责编 in Latin letters": ({"after": "<p>责编：Demi Xia</p>"}, [], ["Demi Xia"], B0),
    "编辑 a user name, in brackets": ({"after": "<p>[ 编辑：lucky2048 ]</p>"}, [], ["lucky2048"], B0),
    "责任编辑 a code of capitals and digits alone": ({"after": "<p>责任编辑：QX2048</p>"}, [], [], B0),
    "not a name: 整理, 未知": ({"time_line": "2024-05-03 10:20 某某网[整理] 作者：未知"}, [], [], B0),
    # credits as county, provincial and agency pages print them
    "□本报记者 X opening the text, no 报道": ({"first": f"□本报记者 王小明 {B0}"}, ["王小明"], [], B0),
    "记者 通讯员 实习生, no 报道": ({"first": f"本报记者 王小明 通讯员 李大伟 实习生 赵小六 {B0}"},
                                    ["王小明", "李大伟", "赵小六"], [], B0),
    "通讯员 before 记者": ({"first": f"通讯员 李大伟 记者 王小明 {B0}"}, ["李大伟", "王小明"], [], B0),
    "县融媒体中心记者": ({"first": f"县融媒体中心记者 王小明 {B0}"}, ["王小明"], [], B0),
    "本报全媒体记者": ({"first": f"本报全媒体记者 王小明 {B0}"}, ["王小明"], [], B0),
    "见习记者 and 特约记者": ({"first": f"本报见习记者 王小明 特约记者 李大伟 {B0}"}, ["王小明", "李大伟"], [], B0),
    "新华社…电 记者X, unbracketed": ({"first": f"新华社太原5月3日电 记者王小明 {B0}"}, ["王小明"], [], B0),
    "央视网消息（记者）：": ({"first": f"央视网消息（记者 王小明）：{B0}"}, ["王小明"], [], B0),
    "【某某日报讯】（记者）": ({"first": f"【某某日报讯】（记者 王小明）{B0}"}, ["王小明"], [], B0),
    "某某网客户端—某某网消息（记者）": ({"first": f"某某网客户端—某某网消息（记者 王小明）{B0}"}, ["王小明"], [], B0),
    "某某网（记者）M月D日报道": ({"first": f"某某新闻网（记者 王小明）5月3日报道 {B0}"}, ["王小明"], [], B0),
    "图文/": ({"first": "图文/王小明"}, ["王小明"], [], BODY[1]),
    "作者：《刊》记者 X": ({"first": "作者：《某某企业家》记者 王小明"}, ["王小明"], [], BODY[1]),
    "◎ 记者": ({"first": "◎ 记者 王小明"}, ["王小明"], [], BODY[1]),
    "■本报记者 X 文/图": ({"first": "■本报记者 王小明 文/图"}, ["王小明"], [], BODY[1]),
    "本报记者 X Y in the time line, no colon": ({"time_line": "2024-05-03 10:20 来源：某某日报 本报记者 王小明 李大伟"},
                                                ["王小明", "李大伟"], [], B0),
    "作者：X（post） in the time line": ({"time_line": "2024-05-03 10:20 来源：某某日报 作者：王小明（某某大学教授）"},
                                        ["王小明"], [], B0),
    "作者 | X in the time line": ({"time_line": "2024-05-03 10:20 来源：某某日报 作者 | 王小明"}, ["王小明"], [], B0),
    "文/X in the time line": ({"time_line": "2024-05-03 10:20 来源：某某日报 文/王小明"}, ["王小明"], [], B0),
    "责编, then 二审/三审, the review stages (editors too)": (
        {"after": "<p>责编：张三丰 二审：李四光 三审：王五一</p>"}, [], ["张三丰", "李四光", "王五一"], B0),
    "an editor's code in brackets": ({"after": "<p>责任编辑：张三丰 (PN040)</p>"}, [], ["张三丰"], B0),
    "值班编辑, 网络编辑, 本文编辑": ({"after": "<p>值班编辑：张三丰</p><p>网络编辑：李四光</p><p>本文编辑：王五一</p>"}, [],
                                    ["张三丰", "李四光", "王五一"], B0),
    "credit line under the text: □记者": ({"after": "<p>□记者 王小明</p>"}, ["王小明"], [], B0),
    "credit line under the text: 记者：X Y": ({"after": "<p>记者：王小明 李大伟</p>"}, ["王小明", "李大伟"], [], B0),
    "credit line under the text: （来源 作者）": ({"after": "<p>（来源：某某日报 作者：王小明）</p>"}, ["王小明"], [], B0),
    "credit line closing the text: 本文来源：paper 作者：X Y": ({"last": "本文来源：某某日报 作者：王小明 李大伟"}, ["王小明", "李大伟"], [], B0),
    "credit line under the text: 本文来源：paper 作者：X Y": (
        {"after": "<div class='src'><span><a href='/'><img src='/i.png'></a> 本文来源：某某日报 作者：王小明 李大伟</span></div>"},
        ["王小明", "李大伟"], [], B0),
    "credit line under the text: 文/X 编辑/Y": ({"after": "<p>文/王小明 编辑/张三丰</p>"}, ["王小明"], ["张三丰"], B0),
    "【作者】X": ({"first": "【作者】王小明"}, ["王小明"], [], BODY[1]),
    "a name with a middle dot": ({"first": f"本报讯（记者 阿卜杜·热合曼）{B0}"}, ["阿卜杜·热合曼"], [], B0),
    "见习记者 inside the dateline's brackets": ({"first": f"本报讯 （记者 王小明 见习记者 李大伟）{B0}"}, ["王小明", "李大伟"], [], B0),
    "新华社…电 题：… 新华社记者 X": ({"first": f"新华社北京5月3日电 题：某某某某 新华社记者 王小明 {B0}"}, ["王小明"], [], B0),
    "（编辑 X） closing a paragraph": ({"last": "这是最后一段的内容。(编辑 张三丰)"}, [], ["张三丰"], B0),
    "记者：X 通讯员：Y in the time line": ({"time_line": "2024-05-03 10:20 来源：某某日报 记者：王小明 通讯员：李大伟"},
                                         ["王小明", "李大伟"], [], B0),
    "作者：本报记者 X, then the time": ({"time_line": "作者：本报记者 王小明 2024-05-03 10:20"}, ["王小明"], [], B0),
    "【作者：X】 in the time line": ({"time_line": "2024-05-03 10:20 来源：某某日报 【作者：王小明】"}, ["王小明"], [], B0),
    "本报评论员 X": ({"first": "本报评论员 王小明"}, ["王小明"], [], BODY[1]),
    "X 文 Y 图: the photographer is no writer": ({"first": "本报记者 王小明 文 李大伟 图"}, ["王小明"], [], BODY[1]),
    "作者 | X 来源 | Y in the time line": ({"time_line": "2024-05-03 10:20 来源：某某日报 作者 | 王小明 来源 | 某某"},
                                          ["王小明"], [], B0),
    "【媒体名】（记者 X）": ({"first": f"【某某日报·某某客户端】（记者 王小明）{B0}"}, ["王小明"], [], B0),
    "责任编辑：X（实习）": ({"after": "<p>责任编辑：张三丰（实习）</p>"}, [], ["张三丰"], B0),
    "责任编辑：X [ 新闻纠错 ]": ({"after": "<p>责任编辑：张三丰 [ 新闻纠错 ]</p>"}, [], ["张三丰"], B0),
    "编辑<br>审核 in one block": ({"after": "<div>编辑：张三丰<br>审核：李四光</div>"}, [], ["张三丰", "李四光"], B0),
    "文字编辑 and 美术编辑": ({"after": "<p>文字编辑：张三丰 美术编辑：李四光</p>"}, [], ["张三丰", "李四光"], B0),
    "撰稿 摄影 编辑 on one line under the text": ({"after": "<p>撰稿：王小明 摄影：李大伟 编辑：张三丰</p>"}, ["王小明"], ["张三丰"], B0),
    "【作者】X 【来源】Y in the time line": ({"time_line": "2024-05-03 10:20 【作者】王小明 【来源】某某日报"}, ["王小明"], [], B0),
    "a name in an element the template calls author, unlabelled": (
        {"time_line": "<span class='time'>2024-05-03 10:20</span><span class='author'>王小明</span>"}, ["王小明"], [], B0),
    "a name beside an avatar in the template's author box": (
        {"time_line": "<div class='author'><a href='javascript:void(0)' class='avatar'><img src='/face/1.jpg'></a>"
                      "<span class='name'>王小明</span><span class='date'>2024-05-03 10:20</span></div>"}, ["王小明"], [], B0),
    "not a writer: a platform's account box (link, 关注)": (
        {"time_line": "<div class='author-info'><a class='author-name' href='/u/1'>王小明</a>"
                      "<div class='author-follow'>关注</div></div>2024-05-03 10:20"}, [], [], B0),
    "【记者 X】 opening the text": ({"first": f"【记者 王小明 李大伟】{B0}"}, ["王小明", "李大伟"], [], B0),
    "（撰稿人：X） under the text": ({"last": "（撰稿人：王小明）"}, ["王小明"], [], B0),
    "本报记者X长沙报道, the place glued, a line": ({"first": "本报记者覃剑长沙报道"}, ["覃剑"], [], BODY[1]),
    "记者X北京报道 opening the text": ({"first": f"记者王小明北京报道 {B0}"}, ["王小明"], [], B0),
    "trailing （记者 X长沙报道）": ({"last": "这是最后一段的内容。（记者 王小明长沙报道）"}, ["王小明"], [], B0),
    "not a credit: 记者X专题报道 (no place)": ({"first": f"记者王小明专题报道 {B0}"}, [], [], f"记者王小明专题报道 {B0}"),
    "a link marked rel=author in the time line": (
        {"time_line": "<time>2024年05月03日 10:20</time><a href='/realtimenews/11'>某報</a>"
                      "<cite><a href='/reporter/899' rel='author'>王小明</a></cite>", "last": "(某報 )"}, ["王小明"], [], B0),
    "a blog's byline: a link to the writer's page (/author/slug/)": (
        {"time_line": "<time datetime='2024-05-03T10:20:00+08:00'>2024年5月3日</time> <span class='byline'>"
                      "<span class='vcard'><a class='url fn n' href='http://www.example.cn/author/wangxm/'>王小明</a></span></span>"},
        ["王小明"], [], B0),
    "not a writer: a link to a column's page in the time line": (
        {"time_line": "2024-05-03 10:20 <a href='http://www.example.cn/column/wangxm/'>王小明</a>"}, [], [], B0),
    "schema.org itemprop=author": (
        {"time_line": "2024-05-03 10:20 <span itemprop='author'><span itemprop='name'>王小明</span></span>"}, ["王小明"], [], B0),
    "a translated piece's writer: 名·姓（Latin）/文 and the post, a line": (
        {"first": "约翰·卡特（John Carter）/文 某某周刊特约撰稿人"}, ["约翰·卡特"], [], BODY[1]),
    "a pen name in Latin letters opening the time line": (
        {"time_line": "Daisy<span class='time'>最后更新：2024-05-03 10:20:16</span>"}, ["Daisy"], [], B0),
    "not a writer: capitals opening the time line (an agency's)": (
        {"time_line": "CCTV<span class='time'>发布时间：2024-05-03 10:20:16</span>"}, [], [], B0),
    "not a writer: admin opening the time line": ({"time_line": "admin 2024-05-03 10:20:16"}, [], [], B0),
    "文/名·姓（Latin）, a line": ({"first": "文/玛丽·安妮（Mary Anne）"}, ["玛丽·安妮"], [], BODY[1]),
    "（作者：X北京大学教授）, the post glued to the name": ({"last": "（作者：王小明北京大学经济学院教授）"}, ["王小明"], [], B0),
    "not a writer: a hidden Baidu block naming the editor as 作者": (
        {"time_line": "<div style='display:none'><span id='author_baidu'>作者：张三丰</span>"
                      "<span id='editor_baidu'>责任编辑：张三丰</span></div>2024-05-03 10:20 来源：某某日报"}, [], ["张三丰"], B0),
    "a name in span.auth after a [微博] link in the time line": (
        {"time_line": "<span class='pubTime'>2024年05月03日10:20</span><span class='where'><a href='/'>某某日报</a></span>"
                      "<span>[<a href='http://t.example.com/x'>微博</a>]</span><span class='auth'>王小明</span>"}, ["王小明"], [], B0),
    "X／綜合報導 in the time line, an element of its own": (
        {"time_line": "<span class='reporter'>王小明／綜合報導</span> 發布時間：2024-05-03 10:20"}, ["王小明"], [], B0),
    "記者X／台北報導, a line": ({"first": "記者王小明／台北報導"}, ["王小明"], [], BODY[1]),
    "X/編輯 under the text": ({"after": "<p><span>張三丰</span>/<span>編輯</span></p>"}, [], ["張三丰"], B0),
    "JSON-LD article author, a Person": (
        {"time_line": "2024-05-03 10:20 来源：某某日报",
         "head": '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
                 '"author":{"@type":"Person","name":"王小明"},"publisher":{"@type":"Organization","name":"某某日报"}}</script>'},
        ["王小明"], [], B0),
    "not a writer: JSON-LD author an Organization": (
        {"head": '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"某某日报"}}</script>'},
        [], [], B0),
    "paper记者 X Y 通讯员 Z 文/图/视频, a line": ({"first": "某某日报记者 王小明 李大伟 通讯员 赵小六 文/图/视频"},
                                            ["王小明", "李大伟", "赵小六"], [], BODY[1]),
    "a line at the text's edge ending in a credit (某某原创·作者|X)": ({"first": "某某原创·作者|王小明"}, ["王小明"], [], BODY[1]),
    "文：X 图：Y 编辑：Z, a line under the text": ({"after": "<p>文：王小明 图：李大伟 编辑：赵小六</p>"}, ["王小明"], ["赵小六"], B0),
    "a WeChat header 原创： X编译 account, a pen name read whole": ({"first": "原创： 林间晓风编译 某某研究"}, ["林间晓风"], [], BODY[1]),
    "【paper／X】 opening the text": ({"first": f"【某某快報／王小明】{B0}"}, ["王小明"], [], B0),
    "not a writer: 【desk／place】 opening the text": ({"first": f"【快訊／台北】{B0}"}, [], [], f"【快訊／台北】{B0}"),
    "Drupal's 由 X 在 … 發表": (
        {"time_line": "<span class='submitted'>由 <span class='username'>olivia</span> 在 週五, 2024-05-03 10:20 發表</span>"},
        ["olivia"], [], B0),
    "作者：X（实习）, the note no part of the name": (
        {"time_line": "2024-05-03 10:20 <span id='author_baidu'>作者：<strong>王明（实习）</strong></span>"}, ["王明"], [], B0),
    "trailing （记者X、实习记者Y）": ({"last": "这是最后一段的内容。（记者王小明、实习记者李大伟）"}, ["王小明", "李大伟"], [], B0),
    "desk／X in a link in the time line, a traditional surname (鍾)": (
        {"time_line": "<div class='author'><a href='search.php?k=1'>某報快訊／鍾小明</a> 2024年05月03日 10:20:00</div>"},
        ["鍾小明"], [], B0),
    "paper／ 記者<a>X</a>／台北即時報導 beside the time": (
        {"time_line": "<time>2024-05-03 21:50</time><span class='by'>某某報／ 記者<a href='/reporter/1'>王小明</a>／台北即時報導</span>"},
        ["王小明"], [], B0),
    "dateline with bare names: 某某网讯 (X Y)": ({"first": f"某某网讯 (王小明 李大伟) {B0}"}, ["王小明", "李大伟"], [], B0),
    "not a credit: dateline naming a desk （国际部）": ({"first": f"新华社北京5月3日电（国际部）{B0}"}, [], [],
                                                     f"新华社北京5月3日电（国际部）{B0}"),
    "trailing （X）（新华社专特稿）": ({"last": "这是最后一段的内容。（王小明）（新华社专特稿）"}, ["王小明"], [], B0),
    "[作者：X] past a related-links box under the text": (
        {"after": "<div class='xg'><p>相关链接：</p><p><a href='/a/1.html'>另一条新闻的标题第一条很长</a></p>"
                  "<p><a href='/a/2.html'>另一条新闻的标题第二条很长</a></p><p><a href='/a/3.html'>另一条新闻的标题第三条很长</a></p></div>"
                  "<div>[来源： 某某新闻网 ] [作者：王小明] [编辑：张三丰]</div>"}, ["王小明"], ["张三丰"], B0),
    "(责编：X(实习生）、Y), brackets unmatched": ({"after": "<p>(责编：张三丰(实习生）、李四光)</p>"}, [], ["张三丰", "李四光"], B0),
    "trailing 记者X closing the last paragraph, unbracketed": ({"last": "这是最后一段的内容。记者王小明"}, ["王小明"], [], B0),
    "作者︱X, a vertical bar of a compatibility form": ({"first": "作者︱小明"}, ["小明"], [], BODY[1]),
    "作者︱X in the time line": ({"time_line": "2024-05-03 10:20 来源︱某某日报 作者︱王小明"}, ["王小明"], [], B0),
    "记者XY, two names glued (three and two hanzi)": ({"first": "记者李福明杨立"}, ["李福明", "杨立"], [], BODY[1]),
    "本文来源：paper 作者：X Y in the time line": ({"time_line": "2024-05-03 10:20 本文来源：某某日报 作者：王小明 李大伟"},
                                               ["王小明", "李大伟"], [], B0),
    "〔記者X／台北報導〕 opening the text": ({"first": f"〔記者王小明／台北報導〕{B0}"}, ["王小明"], [], B0),
    "desk／X報導, a line (a traditional surname, 賴)": ({"first": "生活中心／賴小明報導"}, ["賴小明"], [], BODY[1]),
    "【編譯X、記者Y／綜合報導】 opening the text": ({"first": f"【編譯王小明、記者李大偉／綜合報導】{B0}"}, ["王小明", "李大偉"], [], B0),
    "trailing （paper作者:X）": ({"last": "这是最后一段的内容。（某某日报作者:王小明）"}, ["王小明"], [], B0),
    "编辑：X then a 纠错 link in a span": ({"after": "<p><b>编辑：</b> 张三丰<span>纠错：<a href='mailto:x@example.com'>x@example.com</a></span></p>"},
                                       [], ["张三丰"], B0),
    "（agency記者X place D日電） opening the text": ({"first": f"（某某社記者王小明台北23日電）{B0}"}, ["王小明"], [], B0),
    "（編輯：X）and a date code closing the text": ({"last": "这是最后一段的内容。（編輯：張三丰）1120823"}, [], ["張三丰"], B0),
    "□本报记者 X／文 Y／图, full-width slashes": ({"first": "□本报记者 王小明／文 李大伟／图"}, ["王小明"], [], BODY[1]),
    "the paper, 编辑 and names in the template's author element": (
        {"time_line": "<span class='time'>2024-05-03 10:20</span><div class='author'>某某报 编辑 张三丰 李四光</div>"},
        [], ["张三丰", "李四光"], B0),
    "not a name: 作者：an office (校办公室)": ({"time_line": "作者：<a href='/search?a=1'>校办公室</a> 日期：2024-05-03"}, [], [], B0),
    "作者：a name in Latin letters under the text": ({"after": "<p class='clearfix'>作者：Anna Whitfield</p>"}, ["Anna Whitfield"], [], B0),
    "not a writer: 作者：admin": ({"after": "<p>作者：admin</p>"}, [], [], B0),
    "编辑 X ｜ 排版 Y under the text": ({"after": "<p>编辑 <strong>张三丰 </strong>｜<strong> </strong>排版<strong> 李四光</strong></p>"},
                                    [], ["张三丰"], B0),
    "not an editor: a CMS account (系统管理员)": ({"after": "<div class='src'>（责任编辑：<!--<$[信息录入人]>begin-->系统管理员<!--<$[信息录入人]>end-->）</div>"},
                                               [], [], B0),
    "责任编辑 and its name apart, a template's comments around the name": (
        {"after": "<font>发布日期：<!-- 发布日期 begin -->2024-05-03<!-- 发布日期 end --> 责任编辑：<!-- 文章编辑 begin -->张三丰<!-- 文章编辑 end --></font>"},
        [], ["张三丰"], B0),
    "#editor_baidu and a 责任编辑 beside it": (
        {"after": "<div class='bj'><span id='editor_baidu'>编辑：张三丰</span><span>责任编辑：李四光</span><span>监制：王五一</span></div>"},
        [], ["张三丰", "李四光"], B0),
    "执笔/X、Y&Z, pen names": ({"first": "<strong>执笔/笑笑生、老刀客&amp;小飞侠</strong>"}, ["笑笑生", "老刀客", "小飞侠"], [], BODY[1]),
    "<strong>编辑：</strong> and the name between a template's comments, in a long block": (
        {"after": "<table><tr><td><strong>来源：</strong><!-- source begin -->某某网<!-- source end --><strong> 作者：</strong>"
                  "<!-- author begin --><!-- author end --><strong>编辑：</strong><!-- editor begin -->张三丰<!-- editor end -->"
                  "<table><tr><td>" + "本网刊登的稿件均注明来源，转载请与本网联系，违者必究。" * 3 + "</td></tr></table></td></tr></table>"},
        [], ["张三丰"], B0),
    "[责任编辑 X], bracketed, no colon": ({"after": "<p align='right'>[责任编辑\n<!--init_editor begin-->\n张三丰\n<!--end-->\n]</p>"}, [], ["张三丰"], B0),
    "not an editor: an account code (hn_新闻)": ({"after": "<div><span id='editor_baidu'>责任编辑：hn_新闻</span></div>"}, [], [], B0),
    "责任编辑 run into a keywords field": (
        {"after": "<div><span><strong>关键词：</strong>春耕,备耕</span><strong>责任编辑：</strong>张三丰</div>"}, [], ["张三丰"], B0),
    "○作者 X ○译者 Y, a translated feature": ({"first": "○作者 威廉·克莱 ○译者 李大伟"}, ["威廉·克莱"], [], BODY[1]),
    "记者 X文并摄, writer and photographer": ({"first": "晨报记者 王小明文并摄"}, ["王小明"], [], BODY[1]),
    "trailing （station X、Y place報導）": ({"last": "这是最后一段的内容。（某某新聞王小明、李大偉台北報導）"}, ["王小明", "李大偉"], [], B0),
    "栏目主编, 文字编辑, then a header picture's credit": (
        {"after": "<div class='edit'><span>栏目主编：张三丰</span><span>文字编辑：李四光</span><span>题图来源：某某图库</span><span>图片编辑：王五一</span></div>"},
        [], ["张三丰", "李四光", "王五一"], B0),
    "trailing （newsroom X）, a newsroom name of five hanzi": ({"last": "这是最后一段的内容。（中国某某网 王小明）"}, ["王小明"], [], B0),
    "newsroom记者 X run on after the last sentence": ({"last": "这是最后一段的内容。 某某报记者 王小明"}, ["王小明"], [], B0),
    "site, date, then X/place報導 as the time line": ({"time_line": "某某網2024.05.03 王小明/高雄報導"}, ["王小明"], [], B0),
    "site, date, then X/place報導 opening the text": (
        {"first": "某某網2024.05.03 王小明/高雄報導"}, ["王小明"], [], "某某網2024.05.03 王小明/高雄報導"),
    "an e-paper's ○作者 X ○译者 Y before 《paper》（date page）": (
        {"time_line": "○作者 王小明 ○译者 李大伟 《 某某报 》（ 2024年05月03日 04 版）"}, ["王小明"], [], B0),
    "not a writer: a time line's site name and date alone": ({"time_line": "某某新闻网 2024-05-03 10:20 某某晚报"}, [], [], B0),
    "記者︰X, a colon of the compatibility forms": ({"first": "記者︰王小明"}, ["王小明"], [], BODY[1]),
    "trailing （X／desk報導）": ({"last": "这是最后一段的内容。（王小明／綜合外電報導）"}, ["王小明"], [], B0),
    "记者丨X, the stroke 丨 as a bar": ({"first": "记者丨王小明"}, ["王小明"], [], BODY[1]),
    "编辑丨X 审核丨Y under the text": ({"after": "<p>责编丨张三丰 审核丨李四光</p>"}, [], ["张三丰", "李四光"], B0),
    "本期编辑：X under the text": ({"after": "<p>本期编辑：张三丰</p>"}, [], ["张三丰"], B0),
    "trailing 【记者 X】": ({"last": "这是最后一段的内容。【记者 王小明】"}, ["王小明"], [], B0),
    "time | 来源 | 作者：X | 责任编辑：Y, fields between bars": (
        {"time_line": "2024-05-03 10:20 | 来源：某某日报 | 作者：王小明 | 责任编辑：张三丰"}, ["王小明"], ["张三丰"], B0),
    "【作者：X】【来源：…】【时间：…】": ({"time_line": "【作者：王小明】【来源：某某日报】【时间：2024-05-03 10:20】"}, ["王小明"], [], B0),
    "【记者】X 【通讯员】Y closing the text": ({"last": "【记者】王小明</p><p>【通讯员】李大伟"}, ["王小明", "李大伟"], [], B0),
    "记者：X/编译 in the time line": ({"time_line": "2024-05-03 10:20 记者：王小明/编译"}, ["王小明"], [], B0),
    "【記者X place報導】 opening the text, the place run into the name": (
        {"first": f"【記者王小明台北報導】{B0}"}, ["王小明"], [], B0),
    "paper·app dateline, then （文/视频 全媒体记者 X 通讯员 Y Z）": (
        {"first": f"某某都市报·新某某客户端7月24日讯（文/视频 全媒体记者 王小明 通讯员 李大伟 张三丰）{B0}"},
        ["王小明", "李大伟", "张三丰"], [], B0),
    "责编, then 一审 二审 三审 under the text": (
        {"after": "<p>责编：张三丰</p><p>一审：李四光</p><p>二审：王五一</p><p>三审：赵六合</p>"},
        [], ["张三丰", "李四光", "王五一", "赵六合"], B0),
    "trailing （通讯员 X 记者 Y）": ({"last": "这是最后一段的内容。（通讯员 李大伟 记者 王小明）"}, ["李大伟", "王小明"], [], B0),
    "□本报记者 X 通讯员 Y 文/图 opening the text": ({"first": f"□ 本报记者 王小明 通讯员 李大伟 文/图 {B0}"},
                                                 ["王小明", "李大伟"], [], B0),
    "（记者 X） opening the text, no dateline": ({"first": f"（记者 王小明）{B0}"}, ["王小明"], [], B0),
    "not a credit: （记者手记） opening the text": ({"first": f"（记者手记）{B0}"}, [], [], f"（记者手记）{B0}"),
    "dateline （county 融媒体中心 X）": ({"first": f"某某新闻网讯（某某县融媒体中心 王小明 李大伟）{B0}"},
                                     ["王小明", "李大伟"], [], B0),
    "not a writer: （通讯员 供图） closing the text, a picture's credit": (
        {"last": "这是最后一段的内容。（通讯员 供图）"}, [], [], B0),
    "not an editor: 编辑：admin": ({"after": "<p><span>编辑：admin</span></p>"}, [], [], B0),
    "not a credit: 近日/会议": ({"first": "近日/会议"}, [], [], "近日/会议"),
    "not a credit: 记者来到 现场": ({"first": f"记者来到 现场 看到，{B0}"}, [], [], f"记者来到 现场 看到，{B0}"),
    "not a credit: 记者手记, a section heading in the text": (
        {"last": "<strong>记者手记</strong></p><p>这是最后一段的内容。"}, [], [], B0),
    "not a writer: a blog engine's Posted by admin": (
        {"time_line": "Sunday, March 16th, 2014 | Posted by <a href='/author/admin' rel='author'>admin</a>"}, [], [], B0),
    "not a writer: the site's address in the byline box": (
        {"time_line": "<span class='article-byline'><span class='source'>someNews.COM</span> 2017-02-24 15:25:43</span>"}, [], [], B0),
    "not an editor: 编辑：a paper's name": ({"after": "<p>编辑：参考消息</p>"}, [], [], B0),
    "责任编辑：a Latin name, then the time": (
        {"time_line": "某某网 文章录入：Sara  责任编辑：Sara  2012-9-24 16:00:04"}, [], ["Sara"], B0),
    "an office's notice signed X拟稿": ({"last": "这是最后一段的内容。</p><p align='right'>学生处 王小明拟稿"}, ["王小明"], [], B0),
}


@pytest.mark.parametrize("form", sorted(BYLINES))
def test_every_byline_form(form):
    kwargs, authors, editors, first = BYLINES[form]
    kwargs = dict(kwargs)
    time_line = kwargs.pop("time_line", "2024-05-03 10:20 来源：某某日报")
    fields, res = run(page(time_line, **kwargs))
    assert res.authors == authors
    assert res.editors == editors
    assert res.paragraphs[0] == first  # a leading credit goes, the sentence after it stays
    text = "".join(res.paragraphs)
    if authors or editors:  # a credit is metadata: none of its words stay in the text
        assert not any(word in text for word in ("记者", "编辑", "责编", "作者", "文/", "校对"))


#: Pages whose ``<title>`` does not name the headline: the headline is found by what the page
#: prints (heading markup, near the text, naming what the text is about), never the column,
#: the site's name, a banner heading or a document number.
TITLES = {
    "<title> a column name, a banner <h1> before the headline's": {
        "doc_title": "新闻中心", "banner": "<div class='ad'><h1 class='title'>全新首页 焕新登场</h1></div>"},
    "<title> the site's name, the headline in a titled <div>": {"doc_title": "某某新闻网", "heading": "div class='art-title'"},
    "<title> empty, og:title the headline, headings in the text": {
        "doc_title": "", "head": f"<meta property='og:title' content='{TITLE}'>",
        "first": "<h1>检查开始</h1>" + BODY[0], "banner": "<h1 class='x'>全新首页 焕新登场</h1>"},
    "<title> the site, the column and the headline joined by spaces, the CMS's ArticleTitle meta": {
        "doc_title": f"某某监狱网 天下监狱 {TITLE}", "head": f"<meta name='ArticleTitle' content='{TITLE}'>",
        "heading": "div class='sp_x'"},
    "<title> and og:title with the paper's and column's names, copies of them in divs named hidden": {
        "doc_title": f"{TITLE} - 某某报 - 要闻 - D240503", "head": f"<meta property='og:title' content='{TITLE} - 某某报 - 要闻'>",
        "banner": f"<div class='metaTitleHidden'>{TITLE} - 某某报 - 要闻 - D240503</div>"
                  f"<div class='ogTitleHidden'>{TITLE} - 某某报 - 要闻</div>"},
    "no <title>, the site's name in a plain <h1>, the headline in <h2>": {"doc_title": "", "heading": "h2", "banner": "<h1>某某新闻网</h1>"},
    "<title> a topic's tag, the headline and the site's name after a space; the headline without the tag": {
        "doc_title": f"【某某行动在基层】{TITLE} 某某新闻网", "heading": "div class='md' id='name'"},
    "<title> a topic's tag, the headline, a separator and the site's name; the headline without the tag": {
        "doc_title": f"【某某行动在基层】{TITLE}_某某新闻网", "heading": "div class='md' id='name'"},
    "<title> the page's type (图文详情), printed above the headline": {
        "doc_title": "图文详情", "banner": "<div class='crumb'><span>图文详情</span></div>", "heading": "h2 class='_title'"},
    "a document number (文号) above the headline": {
        "doc_title": "某某市人民政府", "heading": "h2", "above": "<h2>某政办发〔2024〕3号</h2>"},
}


@pytest.mark.parametrize("form", sorted(TITLES))
def test_headline_when_the_document_title_does_not_name_it(form):
    kwargs = dict(TITLES[form])
    fields, _ = run(page("2024-05-03 10:20 来源：某某日报", **kwargs))
    assert fields.title == TITLE
    assert fields.published_at == "2024-05-03T10:20:00+08:00"


def test_bare_time_line_above_the_body_when_the_headline_is_printed_in_pieces():
    """A headline printed over two lines (its <title> has it whole), then a bare time line: no
    headline element is found, and the few lines right above the body are its header (the
    site's name and address among them, not a headline)."""
    html = page("2024-05-03 10:20", doc_title=f"{TITLE}——某某会议开幕", heading="p",
                above="").replace(f"<p>{TITLE}</p>", f"<p>{TITLE}</p><p>——某某会议开幕</p>")
    fields, _ = run(html.replace("<div class='info'>", "<div class='site'>某某市政府网站 www.example.cn</div><div class='info'>"))
    assert fields.title == f"{TITLE}——某某会议开幕"
    assert fields.published_at == "2024-05-03T10:20:00+08:00"


def test_a_headline_linking_to_its_own_page_is_no_logo():
    """``<h1><a href="…/a123.html">T</a></h1>`` (a permalink, WordPress and many CMSs): the
    headline; ``<h1><a href="/">站名</a></h1>`` stays the logo."""
    html = page("2024-05-03 10:20 来源：某某日报", doc_title="某某新闻网",
                banner="<h1><a href='/'>某某新闻网首页</a></h1>").replace(
        f"<h1>{TITLE}</h1>", f"<h1><a href='{URL}'>{TITLE}</a></h1>")
    fields, _ = run(html)
    assert fields.title == TITLE


def test_a_headline_in_a_link_without_a_target_is_no_logo():
    """``<h1><a>T</a></h1>`` (a template's empty hook around the headline): the headline, not the
    site's name printed in the top bar, and the time line under it read; ``<h1><a>站名</a></h1>``,
    as short as a site's name, stays the logo."""
    html = page("2024-05-03 10:20 来源：某某日报", doc_title=f"{TITLE}_某某新闻网",
                banner="<h1><a>某某新闻网</a></h1><div class='bar'><span>某某新闻网</span></div>").replace(
        f"<h1>{TITLE}</h1>", f"<h1><a>{TITLE}</a></h1>")
    fields, _ = run(html)
    assert fields.title == TITLE
    assert fields.published_at == "2024-05-03T10:20:00+08:00"
    logo_only = page("2024-05-03 10:20 来源：某某日报", doc_title="某某新闻网", banner="<h1><a>某某新闻网</a></h1>")
    assert run(logo_only.replace(f"<h1>{TITLE}</h1>", f"<h2>{TITLE}</h2>"))[0].title == TITLE


def test_a_credit_naming_the_column_the_headline_opens_with_names_no_writer():
    """``政能亮丨标题`` and 文丨政能亮 over the text: 政能亮 is the column (its name opens the
    headline before a bar), not a writer; the writer the text's end credits is."""
    title = f"某某评论丨{TITLE}"
    html = page("2024-05-03 10:20 来源：某某网", doc_title=f"{title}_某某网", first="文丨某某评论",
                last="这是最后一段的内容。（作者王小明系某某研究院研究员）").replace(f">{TITLE}<", f">{title}<")
    fields, res = run(html)
    assert fields.title == title
    assert res.authors == ["王小明"]


def test_a_day_alone_right_above_the_headline_when_nothing_else_dates_the_page():
    """A campus paper prints the issue and the day in their own boxes over the headline
    (第1715期 / 2024-05-03), nothing under it: the day; the top bar's today is not it."""
    html = page("", above="<div class='d'>第1715期</div><div class='d'>2024-05-03</div>")
    fields, _ = run(html)
    assert fields.title == TITLE
    assert fields.published_at == "2024-05-03"
    # …unless the URL says another day: then that day above the headline is a bar's today
    fields, _ = run(html, "http://www.example.cn/xw/202404/t20240428_1.html")
    assert fields.published_at == "2024-04-28"


def test_a_blog_theme_s_english_day_over_the_headline_but_not_a_comment_s():
    """A blog engine's English theme prints the post's day over its title (Sunday, March 16th,
    2014 | Posted by admin): the day; an English date in the comments under the text is not."""
    fields, res = run(page("", above="<div class='postDate'>Sunday, March 16th, 2014 | Posted by admin</div>"))
    assert fields.published_at == "2014-03-16"
    assert res.authors == []
    fields, _ = run(page("", after="<div class='commentlist'><p>很好的文章，谢谢分享。</p>"
                                   "<small>September 19th, 2005 at 7:32 pm</small></div>"))
    assert fields.published_at is None


def test_a_blog_engine_s_english_time_under_the_post_with_its_poster():
    """A Chinese blog on an old engine prints the post's poster and time under its text in the
    engine's English format (王小明 提交于 February  5, 2020 11:36 AM | 固定链接): the time, to the
    minute, and the writer; the comments' English times under it are not the post's."""
    footer = ("<p class='entry-footer'><span class='post-footers'>王小明 提交于 February  5, 2020 11:36 AM</span> | "
              "<a class='permalink' href='/2020/02/post.html'>固定链接</a></p>"
              "<div class='comments'><p>写得好。</p><p>Posted by: dwing | <a href='#c1'>February  6, 2020 11:51 AM</a></p></div>")
    fields, res = run(page("", after=footer), url="http://blog.example.cn/2020/02/post.html")
    assert fields.published_at == "2020-02-05T11:36:00+08:00"
    assert res.authors == ["王小明"]


_DISCLOSURE = ("<dl class='meta-data'><dd><label>索 引 号：</label><div>014742224A/2024-0043406</div></dd>"
               "<dd><label>生成日期：</label><div>2024-05-03</div></dd><dd><label>公开方式：</label><div>主动公开</div></dd>"
               "<dd><label>公开时限：</label><div>常年公开</div></dd><dd><label>责任部门：</label><div>某某县统计局</div></dd></dl>")
_REGENERATED = '<meta name="PubDate" content="2024-08-16 10:33:59">'
_RELATED = ("<div class='rel'><h3>关联稿件：</h3><ul><li><a href='/n/2024-07/b1.html'>图文解读：《某某县统计公报》</a>"
            "<span class='time'>2024-07-12</span></li></ul></div>")


def test_a_labelled_day_above_the_headline_wins_over_a_later_meta_time():
    """A government disclosure page (信息公开): its table above the headline prints the day
    (生成日期：2024-05-03); the CMS's ``<meta name="PubDate">`` is months later (the time the page was
    regenerated); a list of related documents at the end of the text prints another day. The labelled day."""
    html = page("", head=_REGENERATED, above=_DISCLOSURE)
    fields, _ = run(html.replace("</p></div>", f"</p>{_RELATED}</div>", 1))
    assert fields.published_at == "2024-05-03"


def test_a_labelled_day_above_the_headline_wins_over_the_documents_own_day_under_it():
    """A disclosure page republishing a bulletin: its table above the headline prints the day it
    was published (生成日期：2024-05-03), the bulletin's own signing day is printed alone under the
    headline (2024年4月28日) and the CMS's ``<meta>`` is months later.  The labelled day."""
    html = page("<p>某某省统计局</p><p>2024年4月28日</p>", head=_REGENERATED, above=_DISCLOSURE)
    fields, _ = run(html)
    assert fields.published_at == "2024-05-03"


def test_an_unlabelled_day_well_before_the_meta_time_is_not_the_publication():
    """A day printed alone under the headline, months before the page's ``<meta>`` time and with
    no label saying what it is (a related story's, a photo's): the meta's time."""
    fields, _ = run(page("<span>2024-02-01</span>", head='<meta name="PubDate" content="2024-05-03 10:20:00">'))
    assert fields.published_at == "2024-05-03T10:20:00+08:00"


def test_the_texts_own_credit_wins_over_a_json_ld_person():
    """A platform's JSON-LD names the account that posted (a Person, 某某号); the text's opening
    credit names the writer: the writer."""
    head = '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"李大伟"}}</script>'
    fields, res = run(page("2024-05-03 10:20", head=head, first="某某原创·作者|王小明"))
    assert (fields.authors, res.paragraphs[0]) == (["王小明"], BODY[1])


def test_an_e_papers_column_name_is_its_headline():
    """An e-paper's page of a regular column (声音, a round-up of quotes): <title>声音-某某报 电子报刊</title>,
    the name set as the headline (<td class="title">), a centred 某某报综合 under it (a credit, no
    subtitle). A name that short is the headline only so: printed in a span, it is not."""
    block = ("<table><tr><td class='title' align='center'>声音</td></tr>"
             "<tr><td align='center'>某某报综合</td></tr></table>")
    html = page("发布时间：2024年05月03日", doc_title="声音-某某报 电子报刊").replace(f"<h1>{TITLE}</h1>", block)
    fields, _ = run(html)
    assert (fields.title, fields.subtitle, fields.published_at) == ("声音", None, "2024-05-03")
    html = page("发布时间：2024年05月03日", doc_title="声音-某某报 电子报刊").replace(f"<h1>{TITLE}</h1>", f"<span>声音</span><h1>{TITLE}</h1>")
    assert run(html)[0].title == TITLE


def test_a_json_ld_person_named_as_the_sites_host_is_no_writer():
    """JSON-LD on inews.abcd.com names its author ``{"@type": "Person", "name": "abcd"}``: the site,
    named by its host, not a writer."""
    head = '<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"%s"}]}</script>'
    fields, _ = run(page("2024-05-03 10:20", head=head % "abcd"), "https://inews.abcd.com/article/2553122")
    assert fields.authors == []
    fields, _ = run(page("2024-05-03 10:20", head=head % "Lina"), "https://inews.abcd.com/article/2553122")
    assert fields.authors == ["Lina"]


def test_a_footer_line_right_under_the_text_credits_no_writer():
    """A page whose text has no wrapper of its own ends in the footer: 版权所有 某某日报/某某网 reads
    like 石佳/中国青年报 (a name, a slash, a paper) but no surname opens it: no writer."""
    fields, res = run(page("2024-05-03 10:20 来源：某某日报", after="<div class='copy'><p>版权所有 某某日报/某某网</p></div>"))
    assert (fields.authors, res.authors) == ([], [])


def test_a_time_line_written_after_a_script():
    """<div class="post-meta"><script>document.write('某会 / ')</script>某会 / 2024年5月3日</div>: the
    text after the script is the line's own, the script's code is not."""
    line = "<script>if ('某某学会' != '') document.write('某某学会 / ');</script>某某学会 / 2024年5月3日"
    fields, _ = run(page(line, heading="h3 class='post-title'"))
    assert fields.published_at == "2024-05-03"


def test_a_headline_set_on_two_lines():
    """<h3>某某<br>某某</h3> under an empty <h3>, and a <title> that prints the two lines with a space
    between: the heading is the headline, read with that space."""
    first, second = "市文旅局开展春季", "文旅市场安全大检查"
    html = page("2024-05-03 10:20 来源：某某日报", doc_title=f"{first} {second}").replace(
        f"<h1>{TITLE}</h1>", f"<div class='post-header'><h3 class='post-title'></h3><h3 class='post-title'>{first}<br>{second}</h3></div>")
    fields, res = run(html)
    assert (fields.title, fields.published_at) == (f"{first} {second}", "2024-05-03T10:20:00+08:00")
    assert res.paragraphs == BODY


def test_a_short_headline_ending_in_net_is_no_logo():
    """织密兜牢民生保障网 is a headline (a safety net), not a site's name: only a name's own endings
    (新闻网, 日报, 人民政府 …) make a short heading the logo; its kicker above it is read."""
    title = "织密兜牢民生保障网"
    fields, _ = run(page("2024-05-03 10:20 来源：某某日报", doc_title=f"{title}_某某新闻网",
                         above="<h3 class='pre'>在希望的田野上</h3>").replace(TITLE, title))
    assert (fields.title, fields.pretitle) == (title, "在希望的田野上")
    assert fields.published_at == "2024-05-03T10:20:00+08:00"


def test_a_badge_in_the_headlines_heading_is_not_part_of_it():
    """``<h1>标题<span class="tag">原创</span></h1>``: the headline is what ``<title>`` names; a
    badge in an element of its own beside it is the site's furniture."""
    html = page("2024-05-03 10:20 来源：某某日报").replace(f"<h1>{TITLE}</h1>", f"<h1>{TITLE}<span class='tag'>原创</span></h1>")
    fields, _ = run(html)
    assert fields.title == TITLE
    assert fields.published_at == "2024-05-03T10:20:00+08:00"


def test_an_exclaiming_headline_in_a_plain_block():
    """No heading markup, no class naming a title, an empty <title>: the line right above the
    time line that is right above the text — a headline may end with ！ or ？."""
    title = "热烈祝贺我市文旅市场安全大检查圆满完成！"
    html = page("发稿时间：2024/5/3", doc_title="", heading="div class='newst'").replace(TITLE, title)
    fields, _ = run(html)
    assert fields.title == title and fields.published_at == "2024-05-03"


@pytest.mark.parametrize("where", ["right above the headline", "first line under the text"])
def test_a_bare_time_line_next_to_the_article(where):
    """Templates that print the time alone, not labelled, right above the headline or as the
    first line under the text — still never the top bar's date or the related list's."""
    html = page("来源：某某日报")
    if where == "right above the headline":
        html = html.replace(f"<h1>{TITLE}</h1>", f"<div class='dt'>2024-05-03 10:20</div><h1>{TITLE}</h1>")
    else:
        html = html.replace("<div class='about'>", "<div class='ft'>2024-05-03 10:20</div><div class='about'>")
    fields, _ = run(html)
    assert fields.published_at == "2024-05-03T10:20:00+08:00"


def test_a_headline_in_big_type_in_the_text_cell_of_an_old_table_layout():
    """A 2005 portal: one table cell holds the headline (``<b style="font-size:20px">``, no
    heading markup, no class), the time line and the text; ``<title>`` is the site's name."""
    cell = (f"<b style='font-size:20px;'>{TITLE}</b><br><font size='2' color='#666'>2024年05月03日 10:20 某某日报</font>"
            + "".join(f"<p>　　{p}</p>" for p in BODY))
    html = ("<html><head><meta charset='utf-8'><title>某某新闻网</title></head><body>"
            "<table><tr><td><a href='/'>首页</a> <a href='/a'>新闻</a> <a href='/b'>财经</a></td></tr></table>"
            f"<table><tr><td width='600'>{cell}</td><td width='200'><font size='2'>热点新闻</font><br>"
            + "".join(f"<a href='/x{i}.html'>另一条新闻的标题第{i}条</a><br>" for i in range(8)) + "</td></tr></table></body></html>")
    fields, res = run(html)
    assert fields.title == TITLE and fields.published_at == "2024-05-03T10:20:00+08:00"
    assert res.paragraphs == BODY


@pytest.mark.parametrize("doc_title", ["新闻中心", f"{TITLE}_某某新闻网"])
def test_a_listen_widget_inside_the_headline_is_not_part_of_it(doc_title):
    """<h1><span>headline</span><div><div>播报文章</div><audio></audio></div></h1>: what a
    widget holding a control prints is not the headline's, with or without <title>'s help;
    a block without a control is the headline's second line."""
    widget = "<div class='art-audio'><div class='btn'>播报文章</div><audio src=''></audio></div>"
    html = page("2024-05-03 10:20 来源：某某日报", doc_title=doc_title).replace(
        f"<h1>{TITLE}</h1>", f"<h1><span>{TITLE}</span>{widget}</h1>")
    assert run(html)[0].title == TITLE
    two_lines = page("2024-05-03 10:20 来源：某某日报", doc_title="新闻中心").replace(
        f"<h1>{TITLE}</h1>", f"<h1>{TITLE}<div>预计全年为游客减负一亿元</div></h1>")
    assert run(two_lines)[0].title == TITLE + "预计全年为游客减负一亿元"


@pytest.mark.parametrize("doc_title", ["新闻中心", f"{TITLE}_某某新闻网"])
def test_a_date_printed_inside_the_headline(doc_title):
    """<h1>标题<span class="time">2024-05-03</span></h1>: the stamp is not the headline's, and
    the day it gives is refined by the time line under it."""
    html = page("2024-05-03 10:20 来源：某某日报", doc_title=doc_title).replace(
        f"<h1>{TITLE}</h1>", f"<h1>{TITLE}<span class='time'>2024-05-03</span></h1>")
    fields, _ = run(html)
    assert fields.title == TITLE and fields.published_at == "2024-05-03T10:20:00+08:00"


def test_the_logo_printing_the_site_name_that_title_gives_is_no_headline():
    """<title>某某新闻网</title> and <div class="logo"><h1>某某新闻网</h1></div>: the headline is
    the titled block over the text."""
    html = page("2024-05-03 10:20 来源：某某日报", doc_title="某某新闻网").replace(
        f"<h1>{TITLE}</h1>", f"<div class='logo'><h1>某某新闻网</h1></div><div class='art_tit'>{TITLE}</div>")
    assert run(html)[0].title == TITLE


def test_a_headline_printed_over_several_lines_of_big_type():
    """An official notice: the headline set in big type over three centred lines
    (<div><font size=5><b>…</b></font></div> ×3) at the top of the text, <title> the
    portal's name: the lines make one headline; the document number under them is not one."""
    lines = ["某某市人民政府关于禁止在", "某某河干流治理工程建设", "征占地范围内新增建设项目的通告"]
    heading = "".join(f"<div style='text-align:center'><font size='5'><b>{x}</b></font></div>" for x in lines)
    html = ("<html><head><meta charset='utf-8'><title>某某市人民政府门户网站</title></head><body>"
            "<div class='nav'><a href='/'>首页</a><a href='/a'>政务公开</a><a href='/b'>通知公告</a></div>"
            f"<div class='con'>{heading}<div style='text-align:center'>某政明电〔2024〕1号</div>"
            "<p>发布日期：2024-05-03</p>" + "".join(f"<p>　　{p}</p>" for p in BODY) + "</div></body></html>")
    fields, _ = run(html)
    assert fields.title == "".join(lines)


def test_a_time_line_in_the_block_that_prints_the_headline():
    """<div class="details"><span>No.550</span><h2>标题？</h2><span>maomaobear</span>
    <span>2015-06-19 11:20:11</span></div> (a 163 commentary column): the headline, ending in a
    question mark, is not the line's own text, so the line is a time line, not a sentence; the
    pen name in the template's author element is the writer, and the sidebar's 作者简介 heading
    names nobody."""
    title = "埃洛普离职：微软卧底成弃儿？"
    block = (f"<div class='details'><span class='fb'>No.550</span><h2 class='ltle'>{title}</h2>"
             "<span class='con1_author'>maomaobear</span><span class='con1_date'>2015-06-19 11:20:11</span>"
             "<a href='#'>0人参与评论</a></div>")
    html = page("", doc_title=f"{title}_网易财经").replace(f"<h1>{TITLE}</h1><div class='info'></div>", block)
    html = html.replace("<div class='about'>", "<div class='side'><p class='author'>maomaobear</p><h2>作者简介</h2>"
                                               "<p>专注于互联网商业爆料</p></div><div class='about'>")
    fields, cleaned = run(html)
    assert fields.title == title
    assert fields.published_at == "2015-06-19T11:20:11+08:00"
    assert cleaned.authors == ["maomaobear"]


def test_markup_a_cms_escaped_into_the_title_is_not_the_headline_s():
    """<title>&lt;font color="#000000"&gt;标题&lt;/font&gt;</title> (an old static template): the
    tags are taken out of the document's title, so it names the headline printed on the page."""
    from lxml import html as lxml_html

    from newscrawl.extract.document import Doc

    markup = page("2024-05-03 10:20 来源：某某日报", doc_title=f'&lt;font color="#000000"&gt;{TITLE}&lt;/font&gt;_某某网')
    assert Doc.of(lxml_html.fromstring(markup), URL).head_title == f"{TITLE}_某某网"
    assert run(markup)[0].title == TITLE


def test_the_whole_title_printed_by_a_photo_viewer_is_not_the_headline():
    """A photo viewer prints <title> whole, site's name and all, in a <div class="photo-full-title">
    after the article; the headline is the heading that prints it without the suffix."""
    whole = f"{TITLE} | 生活 | 某某新聞網 SETN.COM"
    html = page("2024-05-03 10:20 来源：某某日报", doc_title=whole).replace(
        "<div class='foot'>", f"<div class='modal'><div class='photo-full-title'>{whole}</div></div><div class='foot'>")
    assert run(html)[0].title == TITLE


def test_a_source_and_writer_line_closing_a_long_text():
    """本文来源：某报 作者：X Y as the text's last line, far below the time line: the writers are
    read, and the line leaves the text."""
    more = [f"第{i}段，检查组还对多家单位的安全台账、应急演练记录进行了抽查，并与相关负责人座谈交流工作经验。" for i in range(10)]
    fields, res = run(page("2024-05-03 10:20 来源：某某日报", first=BODY[0] + "</p><p>" + "</p><p>".join(more),
                           last="本文来源：某某日报 作者：王小明 李大伟"))
    assert res.authors == ["王小明", "李大伟"]
    assert not any("本文来源" in p for p in res.paragraphs)


def test_a_headline_holding_a_title_separator_and_a_copy_of_title_in_the_body():
    """新华视界｜某地：标题-某某网某频道-某某网: the headline itself holds a separator (｜), and the
    template copies <title> whole into a <title> element inside the body (machine data, not
    printed). The headline is the heading that prints <title> up to a separator, not the copy."""
    headline = f"某某视界｜某某县：{TITLE}"
    whole = f"{headline}-某某网某某频道-某某网"
    html = page("2024-05-03 10:20 来源：某某日报", doc_title=whole, heading="h1 id='title'").replace(
        f"<h1 id='title'>{TITLE}</h1>", f"<div data='datasource:1'><title>{whole}</title></div><h1 id='title'><span>{headline}</span></h1>")
    assert f"<span>{headline}</span>" in html
    assert run(html)[0].title == headline


def test_a_writer_named_in_the_editor_line_closing_a_long_text():
    """[作者: X 责任编辑: Y] as the last line of the text's container, far below the time line (a
    provincial Xinhua channel's template): the writer and the editor are both read."""
    more = [f"第{i}段，检查组还对多家单位的安全台账、应急演练记录进行了抽查，并与相关负责人座谈交流工作经验。" for i in range(10)]
    fields, res = run(page("2024-05-03 10:20 来源：某某日报", first=BODY[0] + "</p><p>" + "</p><p>".join(more),
                           last="<span class='editor'>[作者: 王小明 　责任编辑: 张三丰 ]</span>"))
    assert res.authors == ["王小明"]
    assert res.editors == ["张三丰"]
    assert not any("作者" in p for p in res.paragraphs)


@pytest.mark.parametrize("credit", [{"first": "□本报记者 王小明／文 李大伟／图"}, {"last": "这是最后一段的内容。（记者 王小明）"},
                                    {"first": f"本报讯（记者 王小明）{B0}"}])
def test_the_texts_own_credit_wins_over_the_meta_author(credit):
    """<meta name="author"> names the account that published (林某某, printed nowhere); the text
    credits its writer: the writer is the text's, not the meta's."""
    html = page("2024-05-03 10:20 来源：某某日报", head='<meta name="author" content="林志远">', **credit)
    assert run(html)[1].authors == ["王小明"]
    assert run(page("2024-05-03 10:20 来源：某某日报", head='<meta name="author" content="林志远">'))[1].authors == ["林志远"]


def test_an_editors_credit_and_filing_code_closing_a_long_text():
    """…罰金。（編輯：李某）1120823 — the editor's credit run on after the last sentence, an agency's
    filing code (the day in the ROC calendar) after it, far below the time line: the editor is
    read, and neither the credit nor the code stays in the text."""
    more = [f"第{i}段，检查组还对多家单位的安全台账、应急演练记录进行了抽查，并与相关负责人座谈交流工作经验。" for i in range(10)]
    fields, res = run(page("2024-05-03 10:20 来源：某某日报", first=BODY[0] + "</p><p>" + "</p><p>".join(more),
                           last="这是最后一段的内容。（編輯：張三丰）1120823"))
    assert res.editors == ["張三丰"]
    assert res.paragraphs[-1] == "这是最后一段的内容。"


def test_a_labelled_date_under_the_text_with_a_templates_comments_around_it():
    """发布日期：<!-- begin -->2024-05-03<!-- end --> 责任编辑：<!-- begin -->某<!-- end --> under the text
    (an old government CMS): the value is the comment's tail, the label another text node —
    both belong to the line; date and editor are read."""
    html = page("来源：某某日报", after="<table><tr><td><font>发布日期：<!-- 发布日期 begin -->2024-05-03<!-- 发布日期 end -->"
                                     " 责任编辑：<!-- 文章编辑 begin -->张三丰<!-- 文章编辑 end --></font></td></tr></table>")
    fields, res = run(html)
    assert fields.published_at == "2024-05-03"
    assert res.editors == ["张三丰"]


@pytest.mark.parametrize("layout", ["p", "table"])
def test_a_kicker_and_a_subtitle_set_centred_around_the_headline(layout):
    """A paper's print layout on the web: the 引题 and 副题 are short lines set centred right above
    and under the headline (a <p style="text-align:center">, or table rows <td align="center">),
    with no class naming them."""
    kicker, sub = "春耕时节访田间", "因地制宜抓好备耕，确保不误农时"
    if layout == "p":
        block = (f"<p style='text-align:center;color:#666'>{kicker}</p><h1>{TITLE}</h1>"
                 f"<p style='margin:10px 0;text-align:center;font-size:14px'> {sub} </p>")
    else:
        block = (f"<table><tr><td class='f2' align='center'>{kicker}</td></tr><tr><td class='f1' align='center'>{TITLE}</td></tr>"
                 f"<tr><td class='f2' align='center'>{sub}</td></tr></table>")
    html = page("2024-05-03 10:20 来源：某某日报").replace(f"<h1>{TITLE}</h1>", block)
    fields, res = run(html)
    assert (fields.title, fields.pretitle, fields.subtitle) == (TITLE, kicker, sub)
    assert res.paragraphs[0] == BODY[0]


@pytest.mark.parametrize("above, kicker", [
    ("市文旅局推行春季文旅市场安全检查", "市文旅局推行春季文旅市场安全检查"),  # the story told again: the kicker
    ("本网原创稿件专栏", None),  # a column's line: no word of the story
    (TITLE, None),  # the headline again (a share box's copy)
])
def test_a_line_right_above_the_headline_that_tells_its_story_is_its_kicker(above, kicker):
    """<p class="p1">某某推行某某检查</p><h1>…</h1>: no class or heading says kicker, but the line
    shares most of its words with the headline."""
    html = page("2024-05-03 10:20 来源：某某日报").replace(f"<h1>{TITLE}</h1>", f"<p class='p1'>{above}</p><h1>{TITLE}</h1>")
    fields, _ = run(html)
    assert (fields.title, fields.pretitle) == (TITLE, kicker)


def test_a_kicker_and_a_subtitle_in_small_headings_around_the_headline():
    """An e-paper's article page: <h5>引题</h5><h1>标题</h1><h6>副题</h6>, the small heading
    elements doing what <h2>–<h4> do elsewhere."""
    kicker, sub = "春耕时节访田间，农民心里有了底……", "因地制宜抓好备耕，确保不误农时"
    html = page("2024-05-03 10:20 来源：某某日报").replace(f"<h1>{TITLE}</h1>",
                                                      f"<h5>{kicker}</h5><h1>{TITLE}</h1><h6>{sub}</h6>")
    fields, res = run(html)
    assert (fields.title, fields.pretitle, fields.subtitle) == (TITLE, kicker, sub)


def test_a_centred_sentence_under_the_headline_is_no_subtitle():
    html = page("2024-05-03 10:20 来源：某某日报").replace(
        f"<h1>{TITLE}</h1>", f"<h1>{TITLE}</h1><p style='text-align:center'>检查组一行先后来到多个景点。</p>")
    assert run(html)[0].subtitle is None


def test_a_headline_inside_a_link_that_goes_nowhere():
    """<a href="#" class="videotitle"><span>标题</span></a>: a link to nowhere around the headline
    (a video page's template) does not make it a teaser; the <h6> above it (a player's label) is
    no headline."""
    html = page("2024-05-03 10:20 来源：某某日报", doc_title="某某新闻网",
                head=f"<meta property='og:title' content='{TITLE}'>").replace(
        f"<h1>{TITLE}</h1>", f"<h6 id='v-handler'>video</h6><a href='#' class='videotitle'><span id='h1'><span>{TITLE}</span></span></a>")
    assert run(html)[0].title == TITLE


def test_the_papers_credit_run_on_after_the_story_before_a_links_box():
    """…越来越宽容。 本报记者 某 closes the story's last paragraph, and a 链接 box with its own
    paragraphs follows: the credit is read and leaves the text wherever the paragraph stands."""
    box = ["链接：", "什么是春耕备耕", "春耕备耕是指春季播种前的各项准备工作，包括农资储备、农机检修等内容。",
           "各地在春耕备耕中普遍采取了多项措施，确保粮食生产不误农时。"]
    last = "据悉，下一步该局将持续加大检查力度，确保全市文旅市场安全稳定有序。 本报记者　王小明"
    html = page("2024-05-03 10:20 来源：某某日报", last=last + "</p><p>" + "</p><p>".join(box))
    fields, res = run(html)
    assert res.authors == ["王小明"]
    assert "据悉，下一步该局将持续加大检查力度，确保全市文旅市场安全稳定有序。" in res.paragraphs


def test_a_blog_engines_posted_on_line_under_the_post():
    """A blog engine prints the time in a line under the post, the label in English, the
    writer's link, counters and buttons after it (posted on 2024-05-03 10:20 某人 阅读(…) 评论(…)
    编辑 收藏)."""
    after = ("<div class='postDesc'>posted on <span id='post-date'>2024-05-03 10:20</span> "
             "<a href='http://blog.example.com/someone/'>SomeoneWrites</a> 阅读(<span>...</span>) "
             "评论(<span>...</span>) <a href='/edit'>编辑</a> <a href='#'>收藏</a></div>")
    fields, res = run(page("", after=after))
    assert fields.published_at == "2024-05-03T10:20:00+08:00"
    assert res.authors == ["SomeoneWrites"]


def test_a_blog_engines_writer_and_english_time_under_the_post():
    """Another blog engine, localised: the writer's name, 提交于, an English time, links after it."""
    after = ("<div class='post-footer'><span class='post-footers'>王小明 提交于 May  3, 2024 10:20 AM</span> "
             "<span>|</span> <a class='permalink' href='/2024/05/a.html'>固定链接</a> <span>|</span> <a href='#c'>评论 (18)</a></div>")
    _, res = run(page("2024-05-03 10:20", after=after))
    assert res.authors == ["王小明"]


def test_a_papers_name_and_day_over_a_copy_of_the_headline_in_the_text():
    """A reprint: the text's first paragraph prints the paper's name and day, then the headline
    again (某某時報2024年05月03日<br>标题).  The day is the publication's; neither line is text."""
    html = page("").replace("<div class='con'>", f"<div class='con'><p>某某時報2024年05月03日<br>{TITLE}</p>", 1)
    fields, res = run(html)
    assert fields.published_at == "2024-05-03"
    assert res.paragraphs == [p.strip() for p in BODY]


def test_a_headline_printed_as_the_whole_title_with_the_sites_name():
    """A template prints ``<title>`` whole as the headline, the site's name after a dash
    (<h1>标题-某某官方网站</h1>): the headline is without the site's name."""
    html = page("2024-05-03 10:20", doc_title=f"{TITLE}-某某新闻官方网站").replace(
        f"<h1>{TITLE}</h1>", f"<h1>{TITLE}-某某新闻官方网站</h1>")
    fields, _ = run(html)
    assert fields.title == TITLE
