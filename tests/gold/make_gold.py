"""Write the labelled extraction set: ``tests/gold/pages/NNN_<template>.html`` + ``tests/gold/gold.jsonl``.

Run ``.venv/bin/python tests/gold/make_gold.py`` from the repository root; the committed pages
are its output (deterministic: every random choice comes from a seeded ``random.Random``).

Every page is written here, from scratch, in the markup of one family of Chinese news CMS
(research notes ``portals.md`` §2-§3): people.com.cn generations A and B, TRS WCM, the
"system" CMS, Founder (方正), a 大河网-like template, HTML5 ``<article>`` pages, the 山西新闻网
template, a Hanweb-style government site with a table layout, and an old ``<br>``/``<font>``
layout.  Nothing is copied from a public site: body text comes from the replica's text generator
(:func:`newscrawl.replica.corpus.compose_article`, itself original) plus hand-written variety
below; portal, person and place names are made up or generic.

The gold values are the *truth the generator put into the page* — never an extractor's output:

* ``body``: the article's paragraphs and section headings in reading order (table cells one per
  line), joined by ``\\n``; without captions, bylines (本报讯（记者 …）, 本报记者 …), 责编 lines,
  原标题 lines, print marks (下转…版), QR prompts, share bars or related-news tails;
* ``images``: body images in order, absolute URL and caption (``null`` when there is none);
* ``published_at``: ISO 8601 +08:00 as precise as the page prints it (a bare date when it prints
  no time);
* ``authors`` (reporters, 通讯员, 作者) and ``editors`` (责任编辑/责编/编辑) as printed;
* ``channel``: breadcrumb names below the site root (``[]`` without a breadcrumb).

Pages vary on purpose: today's date in the top bar (not the publication time), dated
related-news lists and comments after the body, Baidu ids with trailing spaces, titles whose
``<title>`` carries a site suffix, logos in ``<h1>``, captions in centred ``<p>``, ``p.pictext``,
``<figcaption>`` and layout tables, ``<style>``/``<script>`` inside bodies, data tables, short
one-paragraph notices, photo news, and charsets declared as gb2312/gbk meta, UTF-8 meta,
HTML5 ``<meta charset>``, a UTF-8 BOM, or not at all.
"""

from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parents[1]))

from newscrawl.replica.corpus import compose_article, person_name  # noqa: E402

IDEO = "\u3000"

# ---------------------------------------------------------------------------------------------
# Hand-written text pools (original)
# ---------------------------------------------------------------------------------------------

COMMENTS = [
    "这条路修好以后，回老家只要半个小时，给家乡点赞！",
    "希望后续的维护也能跟上，别修好了没人管。",
    "我们村去年也搞了合作社，分红比打工还强。",
    "期待明年能去现场看看，听说变化特别大。",
    "报道很实在，数字清清楚楚，就喜欢这样的新闻。",
    "孩子在县城上学方便多了，老人看病也不用跑远路。",
    "建议多讲讲具体怎么申请补贴，很多人还不知道流程。",
    "家门口就能就业，谁还愿意背井离乡呢？",
    "小米确实好吃，去年买了两箱送亲戚，都说香。",
    "环境变好了，河边散步的人一天比一天多。",
    "政策好不好，老百姓心里有杆秤。",
    "能不能把公交线路再往山里延伸一下？",
    "看完很受鼓舞，年轻人回乡创业大有可为。",
    "记者辛苦了，写得很接地气。",
]
COMMENT_USERS = ["黄河边的风", "山里娃", "晋中老王", "一杯清茶", "夜行者", "县城小李", "匿名网友", "雨后晴空",
                 "老秦说事", "向日葵", "骑车上班族", "追光的人"]
CAPTIONS = [
    "图为{county}新建成的便民服务中心。",
    "{county}某蔬菜大棚内，农户正在采摘。",
    "工人们在项目现场加紧施工。",
    "志愿者为社区老人测量血压。",
    "游客在景区内拍照留念。",
    "{county}城区新改造的街景。",
    "学生们在新建的实验室里上课。",
    "农机手驾驶播种机在田间作业。",
    "村民在合作社车间分拣农产品。",
    "夜幕下的{county}滨河公园。",
    "技术人员在生产线上检查产品质量。",
    "{county}举办的农民丰收节现场。",
]
DISCLAIMER = (
    "凡本网注明“来源：{site}”的所有作品，版权均属于{site}，未经本网授权不得转载、摘编或利用"
    "其它方式使用上述作品。已经本网授权使用作品的，应在授权范围内使用，并注明“来源：{site}”。"
)
ABOUT_BLURB = (
    "{site}是经批准设立的省级重点新闻网站，坚持正确导向，立足本省、面向全国，"
    "为广大网民提供权威、及时、全面的新闻资讯服务。"
)
EDITOR_NOTES = [
    "编者按：{county}地处山区，过去交通不便、产业单一。近年来，当地立足资源禀赋，走出了一条特色发展之路。本网今起推出系列报道，记录这片土地上的新变化。",
    "编者按：一个县城的变化，往往藏在老百姓的日常里。记者近日走进{county}，听干部群众讲述身边的新鲜事。",
]
VERSES = ["春风拂过黄河岸", "新绿悄上老树梢", "谁家院里花先发", "一树繁枝映晚霞"]
COLUMN_DISCLAIMERS = [
    "声明：本网转载此文出于传递更多信息之目的，文中观点不代表本网立场，所涉数据请读者自行核实。"
    "如涉及作品内容等问题，请在三十日内与本网联系，我们将在第一时间处理。",
    "特别提示：本页面所载内容仅供读者参考，不构成任何建议。读者据此操作，风险自担。"
    "如对稿件有疑问，请拨打本网热线，工作人员将尽快核实回复。",
]
LONG_COMMENTS = [
    "我就是这个县的人，去年回家的时候发现变化确实很大，路修宽了，村口还建了小广场，晚上好多人在那里跳舞聊天，比以前热闹多了。希望这样的好政策能一直坚持下去。",
    "看了报道很感慨。十几年前我们村连一条像样的水泥路都没有，下雨天孩子上学要走泥路，现在家家门口都通了车，老人看病也方便了，这些变化大家都看在眼里。",
    "建议有关部门在推进项目的同时，也多听听基层群众的意见，尤其是征地补偿、后期管护这些问题，处理好了，老百姓才会真心支持，工作也能推进得更顺。",
    "作为在外打工多年的年轻人，我最关心的是家乡有没有合适的工作岗位。如果县里的企业越来越多，工资也说得过去，谁不想回家陪着父母孩子呢？",
    "文中提到的合作社我去过，管理挺规范，每年按时分红，村民的积极性很高。不过产品的销路还得再拓宽一点，光靠本地市场是不够的，可以多试试网上销售。",
    "数据很亮眼，但更希望看到后续的跟踪报道，比如项目建成以后的运营情况、群众的实际收益，这样的新闻才更有说服力，也更能让人信服。",
    "家里老人说，现在的日子是过去想都不敢想的。吃穿不愁，看病有医保，出门有公交，每月还有养老金，心里踏实多了，这就是最实在的幸福。",
    "希望能多报道一些普通人的故事，比如那些坚守在一线的护林员、乡村教师，他们默默付出，同样值得被看见、被记住。",
]
SIDEBAR_TEXTS = [
    "专题导语：为全面展示全省县域经济高质量发展的新成就，本网联合各市县融媒体中心推出大型主题报道，"
    "深入基层一线，走进田间地头、厂矿车间，记录各地干部群众攻坚克难、奋发有为的生动实践，讲述新时代的奋斗故事。",
]
NAV_ITEMS = ["首页", "时政", "要闻", "地市", "县域", "经济", "社会", "文化", "旅游", "教育", "健康", "体育",
             "图片", "视频", "评论", "专题"]
WEEKDAYS = "一二三四五六日"

# ---------------------------------------------------------------------------------------------
# The truth of one page
# ---------------------------------------------------------------------------------------------


@dataclass
class Part:
    """One piece of the body in reading order: a paragraph, a heading, an image or a table."""

    kind: str  # "p" | "h" | "img" | "table"
    text: str = ""
    url: str = ""  # image src as written in the page (may be relative)
    caption: str | None = None
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Story:
    title: str
    pretitle: str | None
    subtitle: str | None
    parts: list[Part]
    published: datetime
    source: str | None
    authors: list[str]
    editors: list[str]
    channel: list[str]
    kind: str


@dataclass
class Page:
    """What a template returns: the markup and the gold values that depend on the markup."""

    html: str
    published_at: str | None
    authors: list[str]
    editors: list[str]
    source: str | None
    channel: list[str]
    title: str | None = None  # defaults to the story's
    pretitle: str | None = None
    subtitle: str | None = None
    features: list[str] = field(default_factory=list)


def iso_minutes(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:00+08:00")


def iso_seconds(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S+08:00")


def iso_day(t: datetime) -> str:
    return t.strftime("%Y-%m-%d")


# ---------------------------------------------------------------------------------------------
# Stories
# ---------------------------------------------------------------------------------------------

PLACES = [("吕梁", "兴县"), ("晋中", "平遥县"), ("洛阳", "栾川县"), ("临沂", "沂南县"), ("绥化", "望奎县"),
          ("绵阳", "北川县"), ("湛江", "遂溪县"), ("黔东南", "雷山县"), ("忻州", "五台县"), ("长治", "武乡县"),
          ("赣州", "寻乌县"), ("天水", "秦安县")]
COLUMNS = ["乡村振兴", "经济发展", "社会传真", "文化旅游", "民生关注", "教育卫生", "生态环保", "科技创新",
           "政务动态", "就业创业", "县域经济", "图片新闻"]


def make_story(i: int, rng: random.Random, *, kind: str | None = None, images: int = 0,
               image_base: str = "/img/", table: bool = False) -> Story:
    """A story from the replica's text generator, shaped to ``kind`` (short/photo/report)."""
    city, county = PLACES[i % len(PLACES)]
    column = "图片新闻" if kind == "photo" else COLUMNS[i % (len(COLUMNS) - 1)]
    for attempt in range(40):
        art = compose_article(random.Random(i * 101 + attempt), city=city, county=county, column=column)
        if kind in (None, "report") and art.kind in ("report", "feature") and len(art.paragraphs) >= 4:
            break
        if kind == "short" or kind == "photo":
            break
    paragraphs = list(art.paragraphs)
    headings = set(art.headings)
    if kind == "short":
        paragraphs, headings = [paragraphs[0]], set()
    parts = [Part("h" if k in headings else "p", text) for k, text in enumerate(paragraphs)]
    captions = list(art.captions)
    n_images = images
    if kind == "photo":
        n_images = max(images, 3)
        parts = parts[:2]
    spare = [c.format(county=county) for c in rng.sample(CAPTIONS, len(CAPTIONS)) if c.format(county=county) not in captions]
    for k in range(n_images):
        cap = captions[k] if k < len(captions) else spare.pop()
        if rng.random() < 0.12 and kind != "photo":
            cap = None
        stamp = rng.randrange(10**12, 10**13)
        url = f"{image_base}{stamp}.jpg"
        img = Part("img", url=url, caption=cap)
        if kind == "photo":
            # photo news: pictures first, each with its caption, text at the end
            parts.insert(k, img)
        else:
            # never right before a heading: a centred heading under a picture reads as a caption
            slots = [s for s in range(1, len(parts) + 1) if s >= len(parts) or parts[s].kind != "h"]
            parts.insert(rng.choice(slots[: max(1, len(slots) // 2 + 1)]), img)
    if table:
        parts.insert(min(2, len(parts)), Part("p", f"{county}今年一季度主要经济指标如下："))
        rows = [["指标", "数值", "同比增长"]]
        for name, unit in (("地区生产总值", "亿元"), ("规模以上工业增加值", "亿元"), ("固定资产投资", "亿元"),
                           ("社会消费品零售总额", "亿元"), ("城镇居民人均可支配收入", "元")):
            value = f"{rng.uniform(3, 90):.1f}" if unit == "亿元" else str(rng.randrange(9000, 16000))
            rows.append([name, value + unit, f"{rng.uniform(-2, 12):.1f}%"])
        parts.insert(min(3, len(parts)), Part("table", rows=rows))
    day = datetime(2023, 3, 1) + timedelta(days=rng.randrange(0, 600))
    published = day.replace(hour=rng.randrange(6, 23), minute=rng.randrange(0, 60), second=rng.randrange(0, 60))
    editors = [person_name(rng) for _ in range(rng.choice([1, 1, 2]))]
    return Story(
        title=art.title, pretitle=art.pretitle if kind != "short" else None,
        subtitle=art.subtitle if kind != "short" else None, parts=parts, published=published,
        source=art.source, authors=list(art.reporters), editors=editors, channel=[], kind=art.kind if not kind else kind,
    )


def titles_pool(n: int = 400) -> list[str]:
    """Headlines for link lists (related news, sidebars, 推荐阅读)."""
    out = []
    for k in range(n):
        city, county = PLACES[k % len(PLACES)]
        out.append(compose_article(random.Random(50_000 + k), city=city, county=county,
                                   column=COLUMNS[k % len(COLUMNS)]).title)
    return out


TITLES = titles_pool()

# ---------------------------------------------------------------------------------------------
# Body markup
# ---------------------------------------------------------------------------------------------


@dataclass
class BodyStyle:
    para: str = "p_ideo"  # p_ideo | p_indent | p_font | p_span | br | div | p_nbsp
    heading: str = "strong"  # strong | h3 | b_center
    image: str = "center_p"  # center_p | div_center | figure | pictext | table | credit
    spacers: bool = False
    byline: str = "none"  # none | leading | trailing | standalone
    editor_line: str = "none"  # none | paren | plain | bracket
    extras: tuple[str, ...] = ()  # style, script, hidden, original_title, print_mark, qr, related_tail,
    #                                share_inside, prevnext, video, empty_p


def para_html(text: str, style: BodyStyle, rng: random.Random) -> str:
    if "inline_links" in style.extras and rng.random() < 0.5:
        return _para_markup(link_a_place(escape(text), rng), style)
    return _para_markup(escape(text), style)


def link_a_place(markup: str, rng: random.Random) -> str:
    """Link the first place name of a paragraph, as CMS keyword-linking does."""
    return re.sub(r"[\u4e00-\u9fff]{1,3}[县镇村]", lambda m: f'<a href="/tag/{rng.randrange(999)}.html" target="_blank">{m[0]}</a>',
                  markup, count=1)


def _para_markup(markup: str, style: BodyStyle) -> str:
    """One paragraph of already-escaped markup in the template's paragraph style."""
    if style.para == "p_indent":
        return f'<p style="text-indent: 2em;">{markup}</p>'
    if style.para == "p_font":
        return f'<p align="left"><font face="宋体">{IDEO}{IDEO}{markup}<br/></font></p>'
    if style.para == "p_span":
        return f'<p><span style="font-size: 16px; font-family: 宋体;">{IDEO}{IDEO}{markup}</span></p>'
    if style.para == "br":
        return f"{IDEO}{IDEO}{markup}<br />\n<br />"
    if style.para == "div":
        return f"<div>{IDEO}{IDEO}{markup}</div>"
    if style.para == "p_nbsp":
        return f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{markup}</p>"
    return f"<p>{IDEO}{IDEO}{markup}</p>"


def heading_html(text: str, style: BodyStyle) -> str:
    if style.heading == "h3":
        return f"<h3>{escape(text)}</h3>"
    if style.heading == "b_center":
        return f'<p style="text-align: center;"><b>{escape(text)}</b></p>'
    return f"<p>{IDEO}{IDEO}<strong>{escape(text)}</strong></p>"


def image_html(part: Part, style: BodyStyle, rng: random.Random) -> str:
    src, cap = escape(part.url), part.caption
    attrs = f'src="{src}" border="0"' + (' width="600"' if rng.random() < 0.5 else "")
    if style.image == "div_center":
        out = f'<p style="text-align: center;"></p><div align="center"><img {attrs} /></div>'
        return out + (f'<p style="text-align: center;">{escape(cap)}</p>' if cap else "")
    if style.image == "figure":
        return f'<figure class="img-box"><img {attrs} alt="" />' + (
            f"<figcaption>{escape(cap)}</figcaption>" if cap else "") + "</figure>"
    if style.image == "pictext":
        return f'<p class="pic"><img {attrs} /></p>' + (f'<p class="pictext">{escape(cap)}</p>' if cap else "")
    if style.image == "table":
        out = f'<table class="pic_tab" width="100%" border="0"><tr><td align="center"><img {attrs} /></td></tr>'
        if cap:
            out += f'<tr><td align="center" class="pic_title">{escape(cap)}</td></tr>'
        return out + "</table>"
    if style.image == "credit":
        out = f'<p style="text-align: center"><img {attrs} /></p>'
        if cap:
            out += f'<p style="text-align: center">{escape(cap)}</p>'
        return out + f'<p align="right">{rng.choice(["新华社发", "资料图片", "本网发"])}</p>'
    out = f'<p style="text-align: center;"><img {attrs} /></p>'
    return out + (f'<p style="text-align: center;">{escape(cap)}</p>' if cap else "")


def table_html(rows: list[list[str]]) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
    return f'<table class="data" border="1" cellspacing="0" cellpadding="4"><tr>{head}</tr>{body}</table>'


def body_html(story: Story, style: BodyStyle, rng: random.Random, link_base: str = "/") -> tuple[str, list[str]]:
    """The body markup of ``story`` and the authors its bylines name (the gold ``authors``)."""
    out: list[str] = []
    authors: list[str] = []
    reporters = story.authors
    texts = [p for p in story.parts if p.kind == "p"]
    first_p = texts[0] if texts else None
    last_p = texts[-1] if texts else None
    if "style" in style.extras:
        out.append('<style type="text/css">.TRS_Editor P{margin-top:5px;margin-bottom:5px;line-height:1.8;'
                   'font-family:宋体;font-size:12pt;}.TRS_Editor TD{font-size:12pt;}</style>')
    if "original_title" in style.extras:
        out.append(f"<p>原标题：{escape(story.title)}</p>")
    byline = style.byline if reporters else "none"
    if "video" in style.extras:
        out.append(f'<div class="video-box"><video src="/video/{rng.randrange(10**6)}.mp4" controls="controls">'
                   "您的浏览器不支持视频播放，请升级浏览器。</video></div>")
    if byline == "wen":
        out.append(f"<p>文/本报记者 {escape(' '.join(reporters))}</p>")
        authors += reporters
    if byline == "standalone":
        out.append(f"<p>{IDEO}{IDEO}本报记者 {' '.join(escape(n) for n in reporters)}</p>")
        authors += reporters
    for k, part in enumerate(story.parts):
        if part.kind == "h":
            out.append(heading_html(part.text, style))
        elif part.kind == "img":
            out.append(image_html(part, style, rng))
        elif part.kind == "table":
            out.append(table_html(part.rows))
        elif part.kind == "verse":
            out.append("<p>" + "<br />".join(f"{IDEO}{IDEO}{escape(r[0])}" for r in part.rows) + "</p>")
        else:
            text = part.text
            if part is first_p and byline == "leading":
                helper = person_name(rng)
                label = f"记者 {' '.join(reporters)} 通讯员 {helper}" if rng.random() < 0.5 else f"记者 {' '.join(reporters)}"
                authors += reporters + ([helper] if "通讯员" in label else [])
                text = f"本报讯（{label}）{text}"
            if part is last_p and byline == "trailing":
                text = f"{text}（记者 {'、'.join(reporters)}）"
                authors += reporters
            if part is last_p and "print_mark" in style.extras and len(texts) > 2:
                text = text[: len(text) // 2] + "（下转2版）" + text[len(text) // 2:]
            if "script" in style.extras and k == 1:
                out.append('<script type="text/javascript">var adPos = "正文广告位"; document.write("");</script>')
            out.append(para_html(text, style, rng))
            if "hidden" in style.extras and part is first_p:
                out.append('<div style="display:none">本文已被编辑修改，点击查看历史版本。</div>')
        if style.spacers and k < len(story.parts) - 1:
            out.append(f"<p>{IDEO}</p>" if rng.random() < 0.7 else "<p><br /></p>")
    if "pager" in style.extras:
        out.append(f'<p align="center"><a href="{link_base}1.html">上一页</a>&nbsp;<a href="{link_base}1.html">1</a>&nbsp;'
                   f'<span>2</span>&nbsp;<a href="{link_base}3.html">3</a>&nbsp;<a href="{link_base}3.html">下一页</a></p>')
    if "empty_p" in style.extras:
        out.append("<p></p><p>&nbsp;</p>")
    if "qr" in style.extras:
        out.append('<p style="text-align: center;"><img src="/images/qrcode_app.png" /></p>'
                   '<p style="text-align: center;">扫一扫，下载客户端</p>')
    if style.editor_line == "paren":
        out.append(f'<p>（责任编辑：{"、".join(story.editors)}）</p>')
    elif style.editor_line == "plain":
        out.append(f'<p style="text-align: right;">责任编辑：{" ".join(story.editors)}</p>')
    elif style.editor_line == "bracket":
        out.append(f'<p>【责任编辑：{"、".join(story.editors)}】</p>')
    if "share_inside" in style.extras:
        out.append('<div class="bdsharebuttonbox"><span>分享到：</span><a href="#" class="bds_weixin">微信</a>'
                   '<a href="#" class="bds_tsina">微博</a><a href="#" class="bds_qzone">QQ空间</a></div>')
    if "related_tail" in style.extras:
        out.append("<p><strong>相关新闻：</strong></p>")
        for t in rng.sample(TITLES, 4):
            out.append(f'<p><a href="{link_base}{rng.randrange(10**6, 10**7)}.html" target="_blank">{escape(t)}</a></p>')
    if "prevnext" in style.extras:
        a, b = rng.sample(TITLES, 2)
        out.append(f'<p>上一篇：<a href="{link_base}{rng.randrange(10**6, 10**7)}.html">{escape(a)}</a></p>'
                   f'<p>下一篇：<a href="{link_base}{rng.randrange(10**6, 10**7)}.html">{escape(b)}</a></p>')
    return "\n".join(out), authors


# ---------------------------------------------------------------------------------------------
# Page furniture
# ---------------------------------------------------------------------------------------------


def head_html(title: str, charset: str, metas: str = "", css: str = "/css/style.css") -> str:
    decl = {
        "gb2312": '<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />',
        "gbk": '<meta charset="gbk">',
        "utf-8": '<meta http-equiv="content-type" content="text/html;charset=UTF-8"/>',
        "utf-8-html5": '<meta charset="utf-8">',
        "none": "", "bom": "", "gbk-none": "",
    }[charset]
    return (
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
        "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
        '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
        f"{decl}\n<title>{escape(title)}</title>\n"
        '<meta name="keywords" content="新闻,资讯,地方" />\n'
        f"{metas}"
        f'<link href="{css}" rel="stylesheet" type="text/css" />\n'
        '<script type="text/javascript" src="/js/jquery.min.js"></script>\n'
        f"<script>{ANALYTICS}</script>\n<style type=\"text/css\">{PAGE_CSS}</style>\n"
        "</head>\n"
    )


#: An inline statistics/ad loader, as every portal head carries (made-up code).
ANALYTICS = (
    "var _stat = _stat || [];(function(){var s=document.createElement('script');s.async=true;"
    "s.src='//stat.example.cn/s.js?id=' + (window.SITE_ID||'0');var x=document.getElementsByTagName('script')[0];"
    "x.parentNode.insertBefore(s,x);})();var adSlots={top:{w:1000,h:90,id:'a1'},right:{w:300,h:250,id:'a2'},"
    "bottom:{w:1000,h:90,id:'a3'}};function showAd(k){var a=adSlots[k];if(!a){return;}document.write('<div "
    "id=\"'+a.id+'\" style=\"width:'+a.w+'px;height:'+a.h+'px\"></div>');}"
)
#: Inline page CSS, as templates carry (made-up rules).
PAGE_CSS = "".join(
    f".{name}{{margin:0 auto;padding:{k % 7}px {k % 11}px;font-size:{12 + k % 5}px;line-height:1.{6 + k % 3};"
    f"color:#{(k * 2654435761) % 0xFFFFFF:06x};}}" for k, name in enumerate(
        "w1000 w1200 topbar nav sub city_nav path main left right side box pics title info share foot footer "
        "bottom flink tjyd recommend related comment detail content article meta crumb logo".split() * 3)
)
#: Scripts at the end of <body>: share widget and ad loader configuration (made-up code).
TAIL_SCRIPTS = (
    "<script>window._bd_share_config={common:{bdSnsKey:{},bdText:'',bdMini:'2',bdPic:'',bdStyle:'0',bdSize:'16'},"
    "share:{}};var _hmt=_hmt||[];(function(){var hm=document.createElement('script');hm.src='//stat.example.cn/hm.js';"
    "var s=document.getElementsByTagName('script')[0];s.parentNode.insertBefore(hm,s);})();</script>\n"
    "<script>showAd('bottom');</script>\n"
)
SUB_MENUS = ["要闻", "快讯", "图片", "视频", "专题", "评论"]
FRIEND_SITES = ["黄河新闻网", "汾水在线", "太岳网", "晋南新闻网", "三晋都市网", "中原在线", "齐鲁在线", "江淮新闻网",
                "岭南新闻网", "巴渝新闻网", "蜀中新闻网", "黑土地网", "燕赵在线", "荆楚在线", "湖湘在线", "八闽新闻网"]


def topbar(site: str, today: datetime, rng: random.Random) -> str:
    return (
        '<div class="topbar"><div class="w1200">'
        f'<span class="date">{today:%Y年%m月%d日} 星期{WEEKDAYS[today.weekday()]}</span>'
        '<a href="/">设为首页</a> | <a href="/">加入收藏</a> | <a href="/m/">手机版</a>'
        f'<span class="weather">{rng.choice(["晴", "多云", "小雨"])} {rng.randrange(3, 28)}℃</span>'
        "</div></div>\n"
    )


def navbar(rng: random.Random, cls: str = "nav") -> str:
    items = []
    for k, n in enumerate(NAV_ITEMS):
        subs = "".join(f'<a href="/{k}/{j}/">{escape(n)}{m}</a>' for j, m in enumerate(rng.sample(SUB_MENUS, 4)))
        items.append(f'<li><a href="/{k}/">{escape(n)}</a><div class="sub">{subs}</div></li>')
    cities = []
    for k, (city, _county) in enumerate(PLACES):
        subs = "".join(f'<a href="/city/{k}/{j}/">{m}</a>' for j, m in enumerate(("要闻", "县区", "民生", "图片", "视频")))
        cities.append(f'<li><a class="city" href="/city/{k}/">{city}</a>{subs}</li>')
    return (f'<div class="{cls}"><ul>{"".join(items)}</ul></div>\n'
            f'<div class="city_nav"><span>地市频道：</span><ul>{"".join(cities)}</ul></div>\n')


def link_list(rng: random.Random, n: int, base: str, dated: bool = False, day: datetime | None = None) -> str:
    out = []
    for t in rng.sample(TITLES, n):
        href = f"{base}{rng.randrange(10**6, 10**8)}.html"
        date = ""
        if dated:
            d = (day or datetime(2024, 1, 1)) - timedelta(days=rng.randrange(0, 40))
            date = f"<span>{d:%Y-%m-%d}</span>"
        out.append(f'<li><a href="{href}" target="_blank">{escape(t)}</a>{date}</li>')
    return "<ul>" + "".join(out) + "</ul>"


def sidebar(rng: random.Random, site: str, cls: str = "sidebar", blurb: bool = False, base: str = "/") -> str:
    out = [f'<div class="{cls}">']
    out.append(f'<div class="box"><h3>热点排行</h3>{link_list(rng, 10, base)}</div>')
    pics = "".join(
        f'<li><a href="{base}{rng.randrange(10**6, 10**7)}.html"><img src="/pic/{rng.randrange(10**5, 10**6)}.jpg" '
        f'alt="{escape(t)}" /><p>{escape(t)}</p></a></li>' for t in rng.sample(TITLES, 4)
    )
    out.append(f'<div class="box"><h3>图片新闻</h3><ul class="pics">{pics}</ul></div>')
    if blurb:
        out.append(f'<div class="box intro"><h3>关于我们</h3><p>{escape(ABOUT_BLURB.format(site=site))}</p></div>')
    out.append("<!--SIDE--></div>\n")
    return "".join(out)


#: Where :func:`build` puts the hard cases' furniture (a disclaimer, a long comment thread).
AFTER_BODY = "<!--AFTER_BODY-->"


def share_bar(cls: str = "share") -> str:
    return (
        f'<div class="{cls}"><span>分享到：</span><a href="javascript:;" class="weixin">微信</a>'
        '<a href="javascript:;" class="weibo">微博</a><a href="javascript:;" class="qq">QQ</a></div>\n'
    )


def recommend(rng: random.Random, base: str, cls: str = "recommend", title: str = "推荐阅读") -> str:
    items = "".join(
        f'<li><a href="{base}{rng.randrange(10**6, 10**7)}.html"><img src="/pic/r{k}.jpg" alt="" />'
        f"<span>{escape(t)}</span></a></li>" for k, t in enumerate(rng.sample(TITLES, 6))
    )
    return f'<div class="{cls}"><h3>{title}</h3><ul>{items}</ul></div>\n'


def related(rng: random.Random, base: str, n: int, day: datetime, cls: str = "related") -> str:
    return f'<div class="{cls}"><h3>相关新闻</h3>{link_list(rng, n, base, dated=True, day=day)}</div>\n'


def comments(rng: random.Random, day: datetime, cls: str = "comment-box", n: int = 6) -> str:
    items = []
    for k in range(n):
        t = day + timedelta(hours=rng.randrange(1, 72), minutes=rng.randrange(0, 60))
        items.append(
            f'<li><div class="user"><a href="javascript:;">{escape(rng.choice(COMMENT_USERS))}</a>'
            f'<span class="time">{t:%Y-%m-%d %H:%M}</span></div>'
            f'<p class="txt">{escape(rng.choice(COMMENTS))}</p><span class="zan">赞({rng.randrange(0, 99)})</span></li>'
        )
    return (f'<div class="{cls}"><h3>网友评论</h3><div class="form"><textarea>文明上网，理性发言</textarea>'
            f'<button>发表评论</button></div><ul>{"".join(items)}</ul></div>\n')


def footer(site: str, rng: random.Random, cls: str = "footer") -> str:
    icp = f"晋ICP备{rng.randrange(10**7, 10**8)}号"
    friends = "".join(f'<a href="http://www.example{k}.cn/" target="_blank">{escape(n)}</a>'
                      for k, n in enumerate(rng.sample(FRIEND_SITES, 12)))
    return (
        f'<div class="flink"><span>友情链接：</span>{friends}</div>\n'
        f'<div class="{cls}"><p><a href="/about/">关于我们</a> | <a href="/ad/">广告服务</a> | '
        '<a href="/contact/">联系我们</a> | <a href="/jobs/">招聘信息</a> | <a href="/map/">网站地图</a></p>'
        f"<p>{escape(DISCLAIMER.format(site=site))}</p>"
        f"<p>Copyright &copy; 2005-2024 {escape(site)} 版权所有 {icp}</p>"
        f"<p>违法和不良信息举报电话：0351-{rng.randrange(1000000, 9999999)} 举报邮箱：jubao@example.cn</p></div>\n"
    )


def crumbs(names: list[str], sep: str, root: str, base: str = "/") -> str:
    links = [f'<a href="{base}">{escape(root)}</a>']
    links += [f'<a href="{base}{k + 1}/">{escape(n)}</a>' for k, n in enumerate(names)]
    return sep.join(links)


# ---------------------------------------------------------------------------------------------
# Templates
# ---------------------------------------------------------------------------------------------


def meta_block(story: Story, *, publishdate: bool = True, source: bool = True, author: bool = False) -> str:
    """The 网站内容标识 head metas people-family pages carry (research portals.md §2.3)."""
    out = ""
    if publishdate:
        out += f'<meta name="publishdate" content="{story.published:%Y-%m-%d}">\n'
    if source and story.source:
        out += f'<meta name="source" content="来源：{escape(story.source)}">\n'
    if author:
        out += f'<meta name="author" content="{escape(" ".join(story.authors))}">\n'
    return out + '<meta name="description" content="' + escape(story.parts[-1].text[:40] if story.parts[-1].text else "") + '">\n'


def people_a(story: Story, rng: random.Random, url: str, opts: dict) -> Page:
    """人民网 generation A: div.text_title h1, div.box01 div.fl time line, div#rwb_zw.box_con, div.edit."""
    site = "人民网"
    channel = ["山西频道", rng.choice(["山西要闻", "本网关注", "市县新闻"])]
    style = BodyStyle(para=rng.choice(["p_ideo", "p_indent", "p_font"]), image="div_center", spacers=rng.random() < 0.4,
                      byline=opts.get("byline", "leading"), extras=opts.get("extras", ()))
    body, authors = body_html(story, style, rng, "/n2/2024/0101/c189130-")
    pre = f'<h3 class="pre">{escape(story.pretitle)}</h3>' if story.pretitle else '<h3 class="pre"></h3>'
    sub = f'<h4 class="sub">{escape(story.subtitle)}</h4>' if story.subtitle else '<h4 class="sub"></h4>'
    editors = story.editors
    html = (
        head_html(f"{story.title}--{channel[0]}--{site}", opts["charset"], meta_block(story, author=True))
        + "<body>\n" + topbar(site, story.published + timedelta(days=rng.randrange(1, 30)), rng)
        + navbar(rng)
        + f'<div class="clearfix w1000_320 path"><span id="rwb_navpath">{crumbs(channel, "&gt;&gt;", site)}</span></div>\n'
        + f'<div class="clearfix w1000_320 text_title">{pre}<h1>{escape(story.title)}</h1>{sub}'
        + f'<p class="author">{"记者 " + " ".join(story.authors) if story.authors and style.byline == "none" else ""}</p>'
        + f'<div class="box01"><div class="fl">{story.published:%Y年%m月%d日%H:%M}&nbsp;&nbsp;来源：'
          f'<a href="http://www.people.com.cn/" target="_blank">{escape(story.source)}</a></div>'
          '<div class="fr"><div class="bshare-custom">分享到：<a class="bshare-weixin"></a><a class="bshare-sinaminiblog"></a></div></div></div>\n'
        + '</div>\n<div class="clearfix w1000_320 text_con"><div class="fl text_con_left">\n'
        + f'<div class="box_con" id="rwb_zw"><div class="box_pic"></div>\n{body}\n'
        + '<div class="zdfy clearfix"></div><center><table border="0" align="center" width="40%"><tr></tr></table></center>\n'
        + f'<div class="edit clearfix">(责编：{"、".join(editors)})</div></div>\n' + AFTER_BODY
        + share_bar("box_share")
        + (comments(rng, story.published, "message") if "comments" in opts.get("features", ()) else "")
        + f'<div class="box_tjyd" id="rwb_tjyd">{recommend(rng, "/n2/2024/0101/c189130-", "tjyd")}</div>'
        + (related(rng, "/n2/2024/0101/c189130-", 25, story.published, "xgxw") if "long_related" in opts.get("features", ()) else "")
        + '</div>\n<div class="fr text_con_right">' + sidebar(rng, site, "ej_right", blurb=opts.get("blurb", False)) + "</div></div>\n"
        + footer(site, rng, "copyright")
        + "</body>\n</html>\n"
    )
    if style.byline == "none" and story.authors:
        authors = list(story.authors)
    return Page(html, iso_minutes(story.published), authors, editors, story.source, channel,
                pretitle=story.pretitle, subtitle=story.subtitle)


def people_b(story: Story, rng: random.Random, url: str, opts: dict) -> Page:
    """人民网 generation B: div.rm_txt, div.col-1-1 time line with a pipe, div.rm_txt_con, div.edit."""
    site = "人民网"
    channel = [rng.choice(["地方", "社会", "经济·科技"]), rng.choice(["地方联播", "滚动新闻", "原创稿件"])]
    style = BodyStyle(para=rng.choice(["p_indent", "p_ideo"]), image=opts.get("image", "center_p"),
                      byline=opts.get("byline", "trailing"), extras=opts.get("extras", ()))
    body, authors = body_html(story, style, rng, "/n1/2024/0101/c1004-")
    html = (
        head_html(f"{story.title}--{channel[0]}--{site}", opts["charset"], meta_block(story))
        + '<body>\n<div class="header">' + navbar(rng, "header_nav") + "</div>\n"
        + f'<div class="layout rm_txt cf"><div class="col col-1 fl">\n'
        + f'<div class="col-1-1 fl"><span id="rwb_navpath">{crumbs(channel, "&gt;&gt;", site)}</span></div>'
        + (f'<h3 class="pre">{escape(story.pretitle)}</h3>' if story.pretitle else "")
        + f"<h1>{escape(story.title)}</h1>"
        + (f'<h4 class="sub">{escape(story.subtitle)}</h4>' if story.subtitle else "")
        + f'<div class="col-1-1 fl">{story.published:%Y年%m月%d日%H:%M} | 来源：<a href="#">{escape(story.source)}</a></div>'
        + '<div class="col-1-2 fr"><a href="javascript:;">小字号</a></div>\n'
        + '<div class="rm_relevant"><div class="voice-wrap">语音播报</div></div>\n'
        + f'<div class="rm_txt_con cf">\n{body}\n'
        + f'<div class="edit cf">(责编：{"、".join(story.editors)})</div></div>\n' + AFTER_BODY
        + '<div class="rm_download"><a href="#">下载人民日报客户端</a></div>'
        + (comments(rng, story.published, "rm_comment") if "comments" in opts.get("features", ()) else "")
        + (related(rng, "/n1/2024/0101/c1004-", 30, story.published, "rm_relevant_list") if "long_related" in opts.get("features", ()) else "")
        + '</div><div class="col col-2 fr">' + sidebar(rng, site, "rm_ranking") + "</div></div>\n"
        + footer(site, rng, "foot")
        + "</body>\n</html>\n"
    )
    return Page(html, iso_minutes(story.published), authors, story.editors, story.source, channel,
                pretitle=story.pretitle, subtitle=story.subtitle)


def trs(story: Story, rng: random.Random, url: str, opts: dict) -> Page:
    """TRS WCM: div.TRS_Editor nested twice, Baidu ids with a trailing space, t20240428_123.htm URLs."""
    site = opts.get("site", "齐鲁在线")
    channel = [rng.choice(["新闻中心", "要闻"]), rng.choice(["本省新闻", "地市新闻", "社会民生"])]
    style = BodyStyle(para=rng.choice(["p_ideo", "p_span", "div", "p_nbsp"]), image=opts.get("image", "center_p"),
                      byline=opts.get("byline", "leading"), editor_line=opts.get("editor_line", "plain"),
                      extras=("style",) + tuple(opts.get("extras", ())), spacers=rng.random() < 0.3)
    body, authors = body_html(story, style, rng, "../202401/t20240101_")
    time_text = story.published.strftime("%Y-%m-%d %H:%M:%S" if opts.get("seconds") else "%Y-%m-%d %H:%M")
    published_at = iso_seconds(story.published) if opts.get("seconds") else iso_minutes(story.published)
    if opts.get("time_in") == "meta_only":
        time_html = ""
        metas = f'<meta name="PubDate" content="{time_text}">\n'
    else:
        time_html = f'<span id="pubtime_baidu ">{time_text}</span>'
        metas = ""
    source_html = f'<span id="source_baidu ">来源：<a href="#">{escape(story.source)}</a></span>' if story.source else ""
    author_html = ""
    if opts.get("meta_author") and story.authors:
        author_html = f'<span id="author_baidu">作者：{escape(" ".join(story.authors))}</span>'
        authors = authors + [a for a in story.authors if a not in authors]
    title_html = f'<div class="title"><h1>{escape(story.title)}</h1></div>'
    if opts.get("logo_h1"):
        title_html = f'<div class="art_title"><h2>{escape(story.title)}</h2></div>'
    html = (
        head_html(f"{story.title}_{channel[-1]}_{site}", opts["charset"], metas)
        + "<body>\n"
        + (f'<div class="logo"><h1><a href="/"><img src="/images/logo.png" alt="{site}" /></a></h1></div>\n' if opts.get("logo_h1") else "")
        + topbar(site, story.published + timedelta(days=rng.randrange(1, 9)), rng) + navbar(rng, "menu")
        + f'<div class="location">当前位置：{crumbs(channel, " &gt; ", "首页")} &gt; 正文</div>\n'
        + '<div class="main"><div class="left">\n' + title_html
        + f'<div class="info">{time_html} {source_html} {author_html}'
        + '<span class="font">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>\n'
        + f'<div class="article-content"><div class="TRS_Editor"><div class="TRS_Editor">\n{body}\n</div></div></div>\n' + AFTER_BODY
        + share_bar("bdshare")
        + (comments(rng, story.published, "pinglun") if "comments" in opts.get("features", ()) else "")
        + (related(rng, "../202401/t20240101_", 40, story.published, "xgxw") if "long_related" in opts.get("features", ()) else "")
        + recommend(rng, "../202401/t20240101_", "tuijian")
        + "</div>\n<div class=\"right\">" + sidebar(rng, site, "side", blurb=opts.get("blurb", False)) + "</div></div>\n"
        + footer(site, rng, "bottom")
        + "</body>\n</html>\n"
    )
    editors = story.editors if style.editor_line != "none" else []
    return Page(html, published_at, authors, editors, story.source, channel)


def system_cms(story: Story, rng: random.Random, url: str, opts: dict) -> Page:
    """"system" CMS (东北网 style): div.tt_news h1, div.info with 来源/作者, div#p-detail, span.p-jc editor."""
    site = opts.get("site", "黑土地网")
    channel = ["新闻", rng.choice(["省内新闻", "国内新闻", "社会新闻"])]
    style = BodyStyle(para=rng.choice(["p_ideo", "p_nbsp"]), image=opts.get("image", "center_p"),
                      byline=opts.get("byline", "none"), extras=tuple(opts.get("extras", ())))
    body, authors = body_html(story, style, rng, "/system/2024/01/01/0")
    author_text = ""
    if opts.get("meta_author", True) and story.authors and style.byline == "none":
        author_text = f"作者：{' '.join(story.authors)}"
        authors = list(story.authors)
    html = (
        head_html(f"{story.title} - {site}", opts["charset"], meta_block(story, publishdate=False))
        + "<body>\n" + topbar(site, story.published + timedelta(days=2), rng) + navbar(rng, "daohang")
        + f'<div class="weizhi">您现在的位置：{crumbs(channel, " &gt; ", site)}</div>\n'
        + f'<div class="content"><div class="tt_news"><h1>{escape(story.title)}</h1></div>'
        + f'<div class="info">{story.published:%Y-%m-%d %H:%M:%S}&nbsp;&nbsp;来源：{escape(story.source)}&nbsp;&nbsp;{author_text}</div>\n'
        + f'<div id="p-detail">\n{body}\n'
        + '<div id="news_more_page_div_id"></div></div>\n' + AFTER_BODY
        + f'<div class="p-jc"><span class="right p-jc">编辑：{escape(story.editors[0])}</span></div>\n'
        + share_bar("fenxiang")
        + (comments(rng, story.published, "plk") if "comments" in opts.get("features", ()) else "")
        + (related(rng, "/system/2024/01/01/0", 30, story.published, "xgxw_list") if "long_related" in opts.get("features", ()) else "")
        + "</div>\n" + sidebar(rng, site, "right_box", blurb=opts.get("blurb", False))
        + footer(site, rng, "foot_box")
        + "</body>\n</html>\n"
    )
    return Page(html, iso_seconds(story.published), authors, story.editors[:1], story.source, channel)


def founder(story: Story, rng: random.Random, url: str, opts: dict) -> Page:
    """Founder (方正): content_12345.htm, <!--enpcontent--> markers, founder-* tags, div#content."""
    site = opts.get("site", "岭南新闻网")
    channel = [rng.choice(["新闻", "要闻"]), rng.choice(["本地", "区县", "民生"])]
    style = BodyStyle(para=rng.choice(["p_ideo", "p_indent"]), image=opts.get("image", "figure"),
                      byline=opts.get("byline", "standalone"), editor_line=opts.get("editor_line", "bracket"),
                      extras=tuple(opts.get("extras", ())))
    body, authors = body_html(story, style, rng, "/content/2024-01/01/content_")
    html = (
        head_html(f"{story.title}|{site}", opts["charset"],
                  '<meta name="contentid" content="' + url.rsplit("_", 1)[-1].split(".")[0] + '">\n')
        + "<body>\n" + topbar(site, story.published + timedelta(days=5), rng) + navbar(rng, "navbar")
        + f'<div class="crumb">{crumbs(channel, " » ", "首页")}</div>\n'
        + '<div class="wrap"><div class="main-left">\n'
        + (f"<h3>{escape(story.pretitle)}</h3>" if story.pretitle else "")
        + f'<h1 id="article_title"><founder-title>{escape(story.title)}</founder-title></h1>'
        + (f"<h2>{escape(story.subtitle)}</h2>" if story.subtitle else "")
        + f'<div class="pub_time"><span id="pubtime_baidu">{story.published:%Y-%m-%d %H:%M}</span>'
          f'<span id="source_baidu">来源：{escape(story.source)}</span></div>\n'
        + f'<div id="content"><founder-content><!--enpcontent-->\n{body}\n<!--/enpcontent--></founder-content></div>\n' + AFTER_BODY
        + share_bar("social-share")
        + (comments(rng, story.published, "comment-list") if "comments" in opts.get("features", ()) else "")
        + (related(rng, "/content/2024-01/01/content_", 24, story.published, "related-news") if "long_related" in opts.get("features", ()) else "")
        + "</div>\n" + sidebar(rng, site, "main-right", blurb=opts.get("blurb", False)) + "</div>\n"
        + footer(site, rng, "footer")
        + "</body>\n</html>\n"
    )
    editors = story.editors if style.editor_line != "none" else []
    return Page(html, iso_minutes(story.published), authors, editors, story.source, channel,
                pretitle=story.pretitle, subtitle=story.subtitle)


def dahe_like(story: Story, rng: random.Random, url: str, opts: dict) -> Page:
    """A 大河网-like template: h1#4g_title, div.time_source with Baidu ids, div#mainCon, /YYYY/MM-DD/ URLs."""
    site = opts.get("site", "中原在线")
    channel = [rng.choice(["河南", "县域"]), rng.choice(["县区", "民生", "经济"])]
    style = BodyStyle(para="p_ideo", image=opts.get("image", "pictext"), byline=opts.get("byline", "trailing"),
                      editor_line=opts.get("editor_line", "paren"), extras=tuple(opts.get("extras", ())))
    body, authors = body_html(story, style, rng, "/2024/01-01/")
    html = (
        head_html(f"{story.title}-{site}", opts["charset"], "")
        + "<body>\n" + navbar(rng, "nav-top")
        + f'<div class="breadcrumb">{crumbs(channel, " &gt; ", site)}</div>\n'
        + f'<div class="detail"><h1 id="4g_title">{escape(story.title)}</h1>'
        + f'<div class="time_source"><span class="time" id="pubtime_baidu">{story.published:%Y年%m月%d日%H:%M}</span>'
          f' 来源：<span id="source_baidu">{escape(story.source)}</span></div>\n'
        + f'<div id="mainCon">\n{body}\n</div>\n' + AFTER_BODY
        + share_bar("share-box")
        + (comments(rng, story.published, "cmt") if "comments" in opts.get("features", ()) else "")
        + (related(rng, "/2024/01-01/", 30, story.published, "xglj") if "long_related" in opts.get("features", ()) else "")
        + "</div>\n" + sidebar(rng, site, "aside-box") + footer(site, rng, "bottom-bar")
        + "</body>\n</html>\n"
    )
    editors = story.editors if style.editor_line != "none" else []
    return Page(html, iso_minutes(story.published), authors, editors, story.source, channel)


def html5(story: Story, rng: random.Random, url: str, opts: dict) -> Page:
    """HTML5: <article>, <time datetime>, meta article:published_time, <figure>/<figcaption>."""
    site = opts.get("site", "江淮新闻网")
    channel = [] if opts.get("no_crumb") else [rng.choice(["资讯", "本地"]), rng.choice(["城事", "民生"])]
    style = BodyStyle(para="p_ideo", image=opts.get("image", "figure"), heading="h3",
                      byline=opts.get("byline", "none"), editor_line=opts.get("editor_line", "plain"),
                      extras=tuple(opts.get("extras", ())))
    body, authors = body_html(story, style, rng, "/a/202401/01/")
    iso = story.published.strftime("%Y-%m-%dT%H:%M:00+08:00")
    metas = (f'<meta property="article:published_time" content="{iso}">\n'
             f'<meta property="og:title" content="{escape(story.title)}">\n'
             f'<meta property="og:type" content="article">\n<link rel="canonical" href="{url}">\n')
    author_html = ""
    if story.authors and style.byline == "none":
        author_html = f'<span class="author">作者：{escape(" ".join(story.authors))}</span>'
        authors = list(story.authors)
    crumb = "" if not channel else f'<nav class="breadcrumb">{crumbs(channel, " / ", "首页")}</nav>\n'
    time_first = opts.get("time_first", False)
    meta_div = (f'<div class="meta"><time datetime="{iso}">{story.published:%Y-%m-%d %H:%M}</time>'
                f'<span class="source">来源：{escape(story.source)}</span>{author_html}</div>')
    html = (
        head_html(f"{story.title} | {site}", opts["charset"], metas)
        .replace("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
                 "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">", "<!DOCTYPE html>")
        + "<body>\n<header class=\"site-header\">" + navbar(rng, "main-nav") + "</header>\n" + crumb
        + '<main class="container"><article class="article">\n<header class="article-header">'
        + (meta_div if time_first else "") + f"<h1>{escape(story.title)}</h1>" + ("" if time_first else meta_div)
        + "</header>\n"
        + f'<section class="article-body">\n{body}\n</section>\n' + AFTER_BODY
        + '<footer class="article-footer">' + share_bar("share-links") + "</footer>\n</article>\n"
        + (comments(rng, story.published, "comments") if "comments" in opts.get("features", ()) else "")
        + (related(rng, "/a/202401/01/", 20, story.published, "related-articles") if "long_related" in opts.get("features", ()) else "")
        + '<aside class="sidebar">' + sidebar(rng, site, "widget", blurb=opts.get("blurb", False)) + "</aside>\n</main>\n"
        + '<footer class="site-footer">' + footer(site, rng, "inner") + "</footer>\n"
        + "</body>\n</html>\n"
    )
    editors = story.editors if style.editor_line != "none" else []
    return Page(html, iso_minutes(story.published), authors, editors, story.source, channel)


def sxrb(story: Story, rng: random.Random, url: str, opts: dict) -> Page:
    """山西新闻网 (people CMS, 2020→): div.jz, div.left1 with 进入论坛/手机读报, div#rwb_zw, div.editer."""
    site = "山西新闻网"
    channel = ["地市频道", "吕梁频道", "今日兴县", rng.choice(["社会传真", "政务动态"])]
    style = BodyStyle(para="p_ideo", image="div_center", byline=opts.get("byline", "trailing"),
                      extras=tuple(opts.get("extras", ())), spacers=True)
    body, authors = body_html(story, style, rng, "/GB/314064/")
    html = (
        head_html(f"{story.title}--山西新闻网", opts["charset"], meta_block(story))
        + "<body>\n" + navbar(rng, "nav_box")
        + f'<div class="w1000 path"><span id="rwb_navpath">{crumbs(channel, "&gt;&gt;", site, "/GB/")}</span></div>\n'
        + '<div class="w1000 clearfix jz">'
        + (f'<h3 class="pre">{escape(story.pretitle)}</h3>' if story.pretitle else "")
        + f"<h1>{escape(story.title)}</h1>"
        + (f'<h2 class="sub">——{escape(story.subtitle)}</h2>' if story.subtitle else '<h2 class="sub"></h2>')
        + f'<div class="left1">时间：&nbsp;{story.published:%Y年%m月%d日%H:%M}&nbsp;&nbsp;来源：'
          f'<a href="/GB/index.html">{escape(story.source)}</a><a href="http://bbs.sxrb.com/">进入论坛</a>'
          '<a href="http://epaper.sxrb.com/">手机读报</a></div></div>\n'
        + f'<div class="w1000 clearfix"><div class="fl w650"><div id="rwb_zw" class="rwb_zw">\n<div class="box_pic"></div>\n{body}\n'
        + '<div class="zdfy clearfix"></div><center><table border="0" align="center" width="40%"><tr></tr></table></center>'
        + f'<div class="box_pic"></div><div class="editer clearfix">（责编：{"、".join(story.editors)}）</div></div>\n' + AFTER_BODY
        + share_bar("share clearfix") + recommend(rng, "/GB/314064/", "tjyd", "推荐阅读")
        + '<div class="wzsm"><h3>网站声明</h3><p>' + escape(DISCLAIMER.format(site=site)) + "</p></div>"
        + "</div>" + sidebar(rng, site, "fr w320") + "</div>\n" + footer(site, rng, "foot")
        + "</body>\n</html>\n"
    )
    return Page(html, iso_minutes(story.published), authors, story.editors, story.source, channel,
                pretitle=story.pretitle, subtitle=story.subtitle)


def gov_table(story: Story, rng: random.Random, url: str, opts: dict) -> Page:
    """A Hanweb-style county government site: table layout, 发布时间 (date only), 信息来源, td body."""
    county = opts["county"]
    site = f"{county}人民政府"
    channel = ["政务公开", "部门动态"]
    style = BodyStyle(para=rng.choice(["p_ideo", "p_indent"]), image="table", byline="none",
                      extras=tuple(opts.get("extras", ())))
    body, authors = body_html(story, style, rng, "/art/2024/1/1/art_1229_")
    source = f"{county}{rng.choice(['发展和改革局', '农业农村局', '融媒体中心', '人社局'])}"
    show_time = opts.get("show_time", False)
    shown = story.published.strftime("%Y-%m-%d %H:%M" if show_time else "%Y-%m-%d")
    html = (
        head_html(story.title, opts["charset"], f'<meta name="ArticleTitle" content="{escape(story.title)}">\n'
                  f'<meta name="PubDate" content="{shown}">\n<meta name="ContentSource" content="{escape(source)}">\n')
        + '<body>\n<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td class="head">'
        + f'<img src="/images/banner.jpg" alt="{escape(site)}" />' + navbar(rng, "dh") + "</td></tr>\n"
        + f'<tr><td class="dqwz">当前位置：{crumbs(channel, " &gt; ", "首页")}</td></tr>\n'
        + '<tr><td><table width="100%" class="art"><tr><td align="center" class="title" style="font-size:22px;font-weight:bold">'
        + f"{escape(story.title)}</td></tr>\n"
        + f'<tr><td align="center" class="xx">发布时间：{shown}&nbsp;&nbsp;&nbsp;信息来源：{escape(source)}&nbsp;&nbsp;'
          f'浏览次数：<span id="hits">{rng.randrange(100, 9999)}</span></td></tr>\n'
        + f'<tr><td class="bt_content" id="zoom">\n{body}\n</td></tr>\n'
        + '<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr>'
        + "</table></td></tr>\n"
        + f'<tr><td class="foot">主办：{escape(site)}办公室 地址：{escape(county)}人民路1号<br/>'
          f"网站标识码：{rng.randrange(10**9, 10**10)} 晋ICP备{rng.randrange(10**7, 10**8)}号</td></tr>\n"
        + "</table>\n</body>\n</html>\n"
    )
    published_at = iso_minutes(story.published) if show_time else iso_day(story.published)
    return Page(html, published_at, authors, [], source, channel)


def old_br(story: Story, rng: random.Random, url: str, opts: dict) -> Page:
    """An old portal layout: tables, <font> wrappers, paragraphs split by <br>, no time on the page."""
    site = opts.get("site", "三晋都市网")
    style = BodyStyle(para="br", image="center_p", byline=opts.get("byline", "leading"),
                      extras=tuple(opts.get("extras", ())))
    body, authors = body_html(story, style, rng, "/news/")
    show = opts.get("show_time", "none")
    line = ""
    if show == "date":
        line = f'<tr><td align="center"><font color="#666666">{story.published:%Y年%m月%d日}</font></td></tr>'
    html = (
        head_html(f"{site}--{story.title}" if opts.get("site_first") else f"{story.title}", opts["charset"])
        + '<body>\n<table width="980" align="center"><tr><td>' + navbar(rng, "navi") + "</td></tr></table>\n"
        + '<table width="980" align="center"><tr><td width="680" valign="top"><table width="100%">'
        + f'<tr><td align="center" height="50"><font size="5"><b>{escape(story.title)}</b></font></td></tr>{line}'
        + f'<tr><td class="zw"><font id="zoom" style="font-size:14px;line-height:28px">\n{body}\n</font></td></tr>'
        + "</table></td>\n"
        + f'<td width="300" valign="top">{sidebar(rng, site, "rside", blurb=opts.get("blurb", False))}</td></tr></table>\n'
        + footer(site, rng, "di")
        + "</body>\n</html>\n"
    )
    published_at = iso_day(story.published) if show in ("date", "url") else None
    return Page(html, published_at, authors, [], None, [])


# ---------------------------------------------------------------------------------------------
# URLs
# ---------------------------------------------------------------------------------------------


def url_for(template: str, t: datetime, rng: random.Random, host: str) -> str:
    n = rng.randrange(10**6, 10**8)
    if template in ("people_a",):
        return f"http://{host}/n2/{t:%Y/%m%d}/c189130-{rng.randrange(3 * 10**7, 4 * 10**7)}.html"
    if template == "people_b":
        return f"http://{host}/n1/{t:%Y/%m%d}/c1004-{rng.randrange(3 * 10**7, 4 * 10**7)}.html"
    if template == "trs":
        return f"http://{host}/xwzx/bsxw/{t:%Y%m}/t{t:%Y%m%d}_{n}.htm"
    if template == "system":
        return f"http://{host}/system/{t:%Y/%m/%d}/0{rng.randrange(10**7, 10**8)}.shtml"
    if template == "system_b":
        return f"http://{host}/system/{t:%Y%m%d}/00{rng.randrange(10**6, 10**7)}.html"
    if template == "founder":
        return f"http://{host}/content/{t:%Y-%m}/{t:%d}/content_{n}.htm"
    if template == "dahe":
        return f"https://{host}/{t:%Y}/{t:%m-%d}/{rng.randrange(10**6, 10**7)}.html"
    if template == "html5":
        return f"https://{host}/a/{t:%Y%m}/{t:%d}/WS{rng.randrange(16**15, 16**16):x}.html"
    if template == "sxrb":
        return f"http://{host}/GB/314064/{rng.randrange(9600000, 9999999)}.html"
    if template == "gov":
        return f"http://{host}/art/{t.year}/{t.month}/{t.day}/art_1229_{rng.randrange(10**5, 10**6)}.html"
    if template == "old_br":
        return f"http://{host}/news/{t:%Y%m}/{t:%d}/{n}.html"
    raise ValueError(template)


# ---------------------------------------------------------------------------------------------
# The set
# ---------------------------------------------------------------------------------------------

TEMPLATES = {
    "people_a": people_a, "people_b": people_b, "trs": trs, "system": system_cms, "system_b": system_cms,
    "founder": founder, "dahe": dahe_like, "html5": html5, "sxrb": sxrb, "gov": gov_table, "old_br": old_br,
}

#: (template, host, charset, story kind, images, table, options) — one row per page.
SPECS: list[tuple] = []


def spec(template, host, charset, kind=None, images=0, table=False, **opts):
    SPECS.append((template, host, charset, kind, images, table, opts))


# people.com.cn generation A (provincial channels are UTF-8, central ones GB2312)
spec("people_a", "sx.people.com.cn", "utf-8", images=1)
spec("people_a", "sx.people.com.cn", "utf-8", kind="short")
spec("people_a", "sx.people.com.cn", "gb2312", images=2, features=("comments",))
spec("people_a", "henan.people.com.cn", "utf-8", kind="photo")
spec("people_a", "sd.people.com.cn", "gb2312", images=1, features=("long_related",), byline="none")
spec("people_a", "sx.people.com.cn", "utf-8", table=True, extras=("original_title",))
spec("people_a", "hlj.people.com.cn", "gb2312", kind="short", blurb=True)
spec("people_a", "sc.people.com.cn", "utf-8", images=1, extras=("qr", "related_tail"))
# generation B
spec("people_b", "www.people.com.cn", "gb2312", images=1)
spec("people_b", "www.people.com.cn", "gb2312", kind="short")
spec("people_b", "society.people.com.cn", "utf-8", kind="photo", image="credit")
spec("people_b", "finance.people.com.cn", "gb2312", images=2, features=("comments", "long_related"))
spec("people_b", "www.people.com.cn", "utf-8", table=True, byline="leading")
spec("people_b", "politics.people.com.cn", "utf-8-html5", images=1, image="div_center", extras=("print_mark",))
spec("people_b", "www.people.com.cn", "gbk", kind="short", byline="none")
spec("people_b", "local.people.com.cn", "utf-8", images=3, image="pictext", extras=("related_tail",))
# TRS WCM
spec("trs", "www.qlol.com.cn", "gb2312", images=1, seconds=True)
spec("trs", "www.qlol.com.cn", "gb2312", kind="short", editor_line="paren")
spec("trs", "news.thnews.cn", "utf-8", images=2, features=("comments",), site="太行新闻网")
spec("trs", "news.thnews.cn", "utf-8", kind="photo", image="table", site="太行新闻网")
spec("trs", "www.xzol.cn", "gb2312", table=True, time_in="meta_only", site="忻州在线")
spec("trs", "www.xzol.cn", "utf-8", images=1, features=("long_related",), logo_h1=True, site="忻州在线")
spec("trs", "www.qlol.com.cn", "gbk", images=1, meta_author=True, byline="none", seconds=True)
spec("trs", "news.thnews.cn", "none", kind="short", site="太行新闻网", editor_line="bracket")
spec("trs", "www.qlol.com.cn", "gb2312", images=2, extras=("script", "hidden", "empty_p"), blurb=True)
spec("trs", "www.xzol.cn", "bom", images=1, extras=("prevnext",), site="忻州在线", byline="standalone")
spec("trs", "www.qlol.com.cn", "utf-8", kind="photo", image="pictext", editor_line="none")
spec("trs", "news.thnews.cn", "gb2312", table=True, images=1, site="太行新闻网", seconds=True)
# "system" CMS
spec("system", "heilongjiang.htdw.com.cn", "gb2312", images=1)
spec("system", "heilongjiang.htdw.com.cn", "gb2312", kind="short", features=("comments",))
spec("system", "harbin.htdw.com.cn", "gbk-none", images=1, features=("long_related",))
spec("system", "heilongjiang.htdw.com.cn", "utf-8", kind="photo", image="div_center")
spec("system_b", "finance.shuzhong.org", "gb2312", images=2, site="蜀中新闻网", byline="leading", blurb=True)
spec("system_b", "finance.shuzhong.org", "utf-8", table=True, site="蜀中新闻网", extras=("print_mark",))
spec("system_b", "county.shuzhong.org", "none", kind="short", site="蜀中新闻网", extras=("prevnext",))
spec("system", "heilongjiang.htdw.com.cn", "gb2312", images=2, byline="trailing", extras=("qr",))
# Founder
spec("founder", "news.lnnews.cn", "utf-8", images=1)
spec("founder", "news.lnnews.cn", "utf-8", kind="short", editor_line="paren", byline="leading")
spec("founder", "economy.lnnews.cn", "gb2312", images=2, features=("comments",))
spec("founder", "news.lnnews.cn", "utf-8", kind="photo")
spec("founder", "cq.bayunews.net", "utf-8", table=True, site="巴渝新闻网", features=("long_related",))
spec("founder", "cq.bayunews.net", "utf-8-html5", images=1, site="巴渝新闻网", image="credit", byline="trailing")
spec("founder", "news.lnnews.cn", "gb2312", images=1, extras=("related_tail", "share_inside"), blurb=True)
spec("founder", "cq.bayunews.net", "none", kind="short", site="巴渝新闻网", editor_line="none")
# 大河网-like
spec("dahe", "news.zyol.cn", "utf-8", images=1)
spec("dahe", "news.zyol.cn", "utf-8", kind="short", features=("comments",))
spec("dahe", "city.zyol.cn", "gb2312", kind="photo", image="figure")
spec("dahe", "news.zyol.cn", "utf-8", images=2, features=("long_related",), extras=("share_inside",))
spec("dahe", "city.zyol.cn", "utf-8", table=True, byline="leading", editor_line="plain")
# HTML5
spec("html5", "www.jhnews.cn", "utf-8-html5", images=1)
spec("html5", "www.jhnews.cn", "utf-8-html5", kind="short", features=("comments",), no_crumb=True)
spec("html5", "www.jhnews.cn", "utf-8-html5", kind="photo", time_first=True)
spec("html5", "m.jhnews.cn", "none", images=2, features=("long_related",), byline="leading", editor_line="none")
spec("html5", "www.jhnews.cn", "utf-8-html5", table=True, blurb=True)
spec("html5", "www.jhnews.cn", "bom", images=1, image="pictext", time_first=True, extras=("qr",))
# 山西新闻网 (the sxrb profile's template)
spec("sxrb", "news.sxrb.com", "gb2312", images=1)
spec("sxrb", "news.sxrb.com", "gb2312", kind="short", byline="leading")
spec("sxrb", "news.sxrb.com", "utf-8", kind="photo", extras=("print_mark",))
spec("sxrb", "news.sxrb.com", "gb2312", images=1, extras=("original_title", "related_tail", "qr"))
# government site, table layout
spec("gov", "www.xingxian.gov.cn", "utf-8", images=1, county="兴县")
spec("gov", "www.pingyao.gov.cn", "gb2312", kind="short", county="平遥县")
spec("gov", "www.luanchuan.gov.cn", "utf-8", table=True, county="栾川县", show_time=True)
spec("gov", "www.wutai.gov.cn", "none", kind="photo", county="五台县")
spec("gov", "www.wuxiang.gov.cn", "gb2312", images=2, county="武乡县", extras=("empty_p",))
# old <br>/<font> layout
spec("old_br", "www.sjdsw.com", "gb2312", images=1, show_time="date")
spec("old_br", "www.sjdsw.com", "gb2312", kind="short", show_time="url", site_first=True)
spec("old_br", "www.lfnews.cn", "utf-8", images=1, show_time="url", site="临汾新闻网", blurb=True)
spec("old_br", "www.lfnews.cn", "none", table=True, show_time="date", site="临汾新闻网", byline="trailing")
# hard cases: furniture with as much prose as the body, pagers, links in paragraphs, logos in <h1>
spec("people_a", "sx.people.com.cn", "utf-8", kind="short", column_disclaimer=True, sidebar_text=True)
spec("people_b", "www.people.com.cn", "gb2312", kind="short", long_comments=True)
spec("trs", "www.qlol.com.cn", "gb2312", images=1, extras=("pager", "inline_links"))
spec("trs", "news.thnews.cn", "utf-8", kind="short", long_comments=True, two_h1=True, site="太行新闻网")
spec("system", "heilongjiang.htdw.com.cn", "gb2312", images=1, extras=("video", "editor_note"))
spec("system", "heilongjiang.htdw.com.cn", "utf-8", kind="short", column_disclaimer=True)
spec("founder", "news.lnnews.cn", "utf-8", images=1, extras=("poem", "inline_links"), title_short=True)
spec("dahe", "news.zyol.cn", "utf-8", kind="short", long_comments=True, sidebar_text=True)
spec("html5", "www.jhnews.cn", "utf-8-html5", images=1, byline="wen", extras=("pager",), two_h1=True)
spec("html5", "www.jhnews.cn", "utf-8-html5", kind="short", column_disclaimer=True, long_comments=True)
spec("sxrb", "news.sxrb.com", "gb2312", kind="short", long_comments=True)
spec("founder", "economy.lnnews.cn", "gb2312", kind="photo", long_comments=True)
spec("people_a", "sx.people.com.cn", "utf-8", images=1, extras=("inline_links", "video"), title_short=True)
spec("trs", "www.xzol.cn", "gb2312", table=True, column_disclaimer=True, site="忻州在线", extras=("editor_note",))


def image_base(template: str, url: str, t: datetime) -> str:
    """Where the template's CMS keeps pictures: relative ./W0… for TRS, /NMediaFile/ for people…"""
    if template == "trs":
        return "./W0"
    if template in ("people_a", "people_b", "sxrb"):
        return f"/NMediaFile/{t:%Y/%m%d}/MAIN"
    if template == "founder":
        return f"/images/{t:%Y-%m}/{t:%d}/"
    if template == "gov":
        return f"/picture/0/{t:%y%m%d}"
    return f"https://img.{url.split('/')[2].split('.', 1)[1]}/{t:%Y%m%d}/"


def long_comment_thread(rng: random.Random, day: datetime) -> str:
    """A comment thread in class-less markup: long, punctuated text no class name gives away."""
    items = []
    for text in rng.sample(LONG_COMMENTS, 6):
        t = day + timedelta(hours=rng.randrange(1, 96), minutes=rng.randrange(60))
        items.append(f"<dt>{escape(rng.choice(COMMENT_USERS))} <span>{t:%Y-%m-%d %H:%M:%S}</span></dt><dd>{escape(text)}</dd>")
    return f'<div class="box2"><h3>网友留言</h3><dl>{"".join(items)}</dl></div>\n'


def hard_furniture(html: str, story: Story, rng: random.Random, opts: dict) -> str:
    """Fill the AFTER_BODY/SIDE markers and apply the page-level hard cases of ``opts``."""
    after = ""
    if opts.get("column_disclaimer"):
        after += f'<div class="sm"><p>{escape(rng.choice(COLUMN_DISCLAIMERS))}</p></div>\n'
    if opts.get("long_comments"):
        after += long_comment_thread(rng, story.published)
    html = html.replace(AFTER_BODY, "<!-- 正文结束 -->\n" + after)
    html = html.replace("</body>", TAIL_SCRIPTS + "</body>", 1)
    side = f'<div class="box"><h3>专题</h3><p>{escape(SIDEBAR_TEXTS[0])}</p></div>' if opts.get("sidebar_text") else ""
    html = html.replace("<!--SIDE-->", side)
    if opts.get("two_h1"):
        html = html.replace("<body>\n", f'<body>\n<h1 class="logo"><a href="/">{escape(opts.get("site", "新闻网"))}</a></h1>\n', 1)
    if opts.get("title_short"):
        short = story.title[: max(6, len(story.title) - 4)] + "…"
        html = html.replace(f"<title>{escape(story.title)}", f"<title>{escape(short)}", 1)
    return html


def encode(html: str, charset: str) -> bytes:
    if charset in ("gb2312", "gbk", "gbk-none"):
        return html.encode("gbk", errors="xmlcharrefreplace")  # as CMSs write »: &#187;
    if charset == "bom":
        return b"\xef\xbb\xbf" + html.encode("utf-8")
    return html.encode("utf-8")


def gold_body(story: Story) -> tuple[str, list[dict]]:
    """The gold body (paragraphs, headings, table cells and verse lines) and images (src as written)."""
    lines: list[str] = []
    images: list[dict] = []
    for part in story.parts:
        if part.kind in ("p", "h"):
            lines.append(part.text)
        elif part.kind in ("table", "verse"):
            lines += [cell for row in part.rows for cell in row]
        elif part.kind == "img":
            images.append({"url": part.url, "caption": part.caption})
    return "\n".join(lines), images


def build(out: Path = ROOT) -> list[dict]:
    """Write ``out/pages/*.html`` and ``out/gold.jsonl``; return the gold records."""
    from urllib.parse import urljoin

    records = []
    pages_dir = out / "pages"
    pages_dir.mkdir(parents=True, exist_ok=True)
    for old in pages_dir.glob("*.html"):
        old.unlink()
    for n, (template, host, charset, kind, n_images, table, opts) in enumerate(SPECS, start=1):
        rng = random.Random(7_000 + n)
        probe = random.Random(9_000 + n)
        t0 = datetime(2023, 3, 1) + timedelta(days=probe.randrange(0, 600))
        url = url_for(template, t0, rng, host)
        story = make_story(n, rng, kind=kind, images=n_images, table=table,
                           image_base=image_base(template, url, t0))
        story.published = story.published.replace(year=t0.year, month=t0.month, day=t0.day)
        extras = opts.get("extras", ())
        if "editor_note" in extras:
            story.parts.insert(0, Part("p", rng.choice(EDITOR_NOTES).format(county=PLACES[n % len(PLACES)][1])))
        if "poem" in extras:
            story.parts.insert(len(story.parts) // 2, Part("verse", rows=[[v] for v in VERSES]))
        page = TEMPLATES[template](story, rng, url, {**opts, "charset": charset})
        page.html = hard_furniture(page.html, story, rng, opts)
        body, images = gold_body(story)
        images = [{"url": urljoin(url, im["url"]), "caption": im["caption"]} for im in images]
        name = f"{n:03d}_{template}.html"
        (pages_dir / name).write_bytes(encode(page.html, charset))
        published_at = page.published_at
        if published_at is None:  # the page prints no date: the URL's is the truth we can know
            published_at = iso_day(t0)
        records.append({
            "file": name, "url": url, "template": template, "charset": charset,
            "features": sorted({*opts.get("features", ()), *opts.get("extras", ()), *( [kind] if kind else []),
                                *(["table"] if table else [])}),
            "title": page.title or story.title,
            "pretitle": page.pretitle, "subtitle": page.subtitle,
            "published_at": published_at,
            "source": page.source, "authors": page.authors, "editors": page.editors, "channel": page.channel,
            "body": body, "images": images,
        })
    with (out / "gold.jsonl").open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return records


def check(records: list[dict], out: Path = ROOT) -> None:
    """Every page must decode (as Scrapy would) to text that holds its title and every body line."""
    from scrapy.http import HtmlResponse

    for rec in records:
        raw = (out / "pages" / rec["file"]).read_bytes()
        text = HtmlResponse(url=rec["url"], body=raw).text.replace("（下转2版）", "")
        text = re.sub(r"<a [^>]*>|</a>", "", text)  # keyword links inside paragraphs
        assert rec["title"] in text.replace("&quot;", "\"") or escape(rec["title"]) in text, rec["file"]
        for line in rec["body"].split("\n"):
            assert escape(line) in text, (rec["file"], line)


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description="write the labelled extraction set")
    ap.add_argument("--out", type=Path, default=ROOT, help="folder for pages/ and gold.jsonl (default: beside this script)")
    out_dir = ap.parse_args().out
    recs = build(out_dir)
    check(recs, out_dir)
    print(f"wrote {len(recs)} pages to {out_dir / 'pages'} and {out_dir / 'gold.jsonl'}")
