"""HTML of the TRS WCM replica portal (汾岚新闻网): its own templates, not the people CMS.

What makes these pages TRS-like (research/portals.md §3, §2.3): directory channels with
``index.htm`` / ``index_1.htm`` lists and a ``createPageHTML(n, i, "index", "htm")`` pager
script (plus the real ``<a>`` links the script would write), relative links (``./202404/…``,
breadcrumbs as ``../../``), articles under ``YYYYMM/tYYYYMMDD_{id}.htm`` whose body sits in a
``div.TRS_Editor`` (often nested twice, sometimes with the editor's injected ``<style>``),
Baidu news ids (``span#pubtime_baidu`` with or without a trailing space in the id,
``span#source_baidu``) and the government-site head metas (``publishdate``, ``PubDate``,
``ContentSource``, ``ColumnName``).  Around the body is the furniture a generic extractor must
drop: share bar, 上一篇/下一篇, 相关新闻, 责任编辑 line, QR block, copyright footer.

Every function returns simplified-Chinese ``str``; :func:`encode_page` makes the bytes.
Variation between pages (title element, id spelling, paragraph markup) is chosen from the
article id, so a seed always gives the same site.
"""

from __future__ import annotations

import zlib
from datetime import date, timedelta
from html import escape
from typing import TYPE_CHECKING
from urllib.parse import quote

if TYPE_CHECKING:  # pragma: no cover
    from .site import Article, Image
    from .trs import TrsChannel, TrsReplica

IDEO = "\u3000"
SEARCH_CHANNEL_ID = 238870
#: Sources that are print papers: their local stories open with 本报讯 rather than 本网讯.
PRINT_SOURCES = ("日报", "晚报", "农民报", "法制报", "导报")
#: The style block TRS's editor injects into the body (text a body extractor must not keep).
TRS_STYLE = (
    '<style type="text/css">.TRS_Editor P{margin-top:5px;margin-bottom:12px;line-height:1.8;'
    "font-family:宋体;font-size:12pt;}.TRS_Editor DIV{line-height:1.8;font-size:12pt;}</style>"
)
#: Off-host links printed in the footer and the top bar (never fetched: the crawl stays on host).
FRIEND_LINKS = (
    ("山西省人民政府", "http://www.shanxi.gov.cn/"),
    ("新华网", "http://www.news.cn/"),
    ("人民网", "http://www.people.com.cn/"),
    ("中国文明网", "http://www.wenming.cn/"),
)


# -- shared furniture -------------------------------------------------------------------
def page_head(site: str, title: str, encoding: str, meta: str = "") -> str:
    """``<head>``: UTF-8 pages declare ``<meta charset>``, GBK ones an old gb2312 http-equiv."""
    if encoding == "gbk":
        start = (
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />\n'
        )
    else:
        start = '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
    return (
        f"{start}<title>{escape(title)}</title>\n"
        f'<meta name="SiteName" content="{escape(site)}">\n'
        f"{meta}"
        '<link rel="stylesheet" type="text/css" href="/images/trs_common.css">\n'
        '<script type="text/javascript" src="/images/page.js"></script>\n'
        "</head>\n"
    )


def header(trs: TrsReplica, current: TrsChannel | None = None) -> str:
    """Top bar (mobile site, e-paper: other hosts), logo, search form and the city nav."""
    city = current.lineage[1] if current is not None and len(current.lineage) > 1 else None
    items = ['<li><a href="/">首页</a></li>']
    for c in trs.cities:
        cls = ' class="on"' if c is city else ""
        items.append(f'<li{cls}><a href="{c.dir}">{escape(c.name)}</a></li>')
    items.append(f'<li><a href="{trs.archive_path(trs.last_day)}">往期回顾</a></li>')
    return (
        '<div class="topbar"><div class="w1200">'
        f'<span class="date">{trs.last_day:%Y年%m月%d日}</span>'
        '<a href="http://m.fenlannews.cn/" target="_blank">手机版</a> | '
        '<a href="http://epaper.fenlannews.cn/" target="_blank">数字报</a> | '
        '<a href="https://weibo.com/" target="_blank">官方微博</a></div></div>\n'
        '<div class="header w1200"><div class="logo"><a href="/">'
        f'<img src="/images/logo.png" alt="{escape(trs.name)}"></a></div>\n'
        '<div class="search"><form name="searchform" action="/was5/web/search" method="get" target="_blank">'
        f'<input type="hidden" name="channelid" value="{SEARCH_CHANNEL_ID}">'
        '<input type="text" name="searchword" class="sinput" value="">'
        '<input type="submit" class="sbtn" value="搜索"></form></div></div>\n'
        f'<div class="nav"><div class="w1200"><ul>{"".join(items)}</ul></div></div>\n'
    )


def breadcrumb(node: TrsChannel, below: int = 0) -> str:
    """当前位置：首页 > 吕梁 > 兴县 > 社会传真, linked TRS-style with ``../`` relative to the page.

    ``below`` is how many directories the page sits under ``node``'s own (1 for an article
    in ``YYYYMM/``), so that each link climbs to its channel's directory.
    """
    links = []
    for anc in node.lineage:
        up = node.depth + below - anc.depth
        href = "../" * up if up else "./"
        label = "首页" if anc.kind == "home" else escape(anc.name)
        links.append(f'<a href="{href}" target="_self" class="CurrChnl" title="{label}">{label}</a>')
    return f'<div class="position w1200">当前位置：{" &gt; ".join(links)}</div>\n'


def footer(trs: TrsReplica) -> str:
    """Friend links (other hosts), copyright with 版权所有, ICP line and a 扫一扫 QR code."""
    friends = "".join(f'<a href="{u}" target="_blank">{escape(n)}</a>' for n, u in FRIEND_LINKS)
    return (
        f'<div class="friend w1200"><span>友情链接：</span>{friends}</div>\n'
        '<div class="footer"><div class="w1200">\n'
        f"<p>{escape(trs.name)} 版权所有 未经书面授权禁止复制或建立镜像</p>\n"
        "<p>晋ICP备20240417号-1 晋公网安备 14110202000417号 新闻热线：0358-8209417</p>\n"
        f'<div class="ewm"><img src="/images/ewm_app.png" alt="客户端"><p>扫一扫，下载{escape(trs.name)}客户端</p></div>\n'
        "</div></div>\n</body>\n</html>\n"
    )


def list_item(href: str, a: Article, date_format: str = "%Y-%m-%d") -> str:
    """One ``li``: the linked title, then its date in a ``span``."""
    t = escape(a.title)
    when = a.published.strftime(date_format)
    return f'<li><a href="{href}" target="_blank" title="{t}">{t}</a><span>{when}</span></li>'


def pager(pages: int, current: int, stem: str, ext: str = "htm") -> str:
    """TRS's ``createPageHTML`` call plus the links it would write (``current`` is 0-based).

    Page 0 is ``{stem}.{ext}``, page k is ``{stem}_{k}.{ext}``: TRS counts the second page as 1.
    """
    if pages <= 1:
        return ""

    def name(k: int) -> str:
        return f"{stem}.{ext}" if k == 0 else f"{stem}_{k}.{ext}"

    parts = [f'<a href="{name(0)}">首页</a>']
    if current > 0:
        parts.append(f'<a href="{name(current - 1)}">上一页</a>')
    for k in range(pages):
        parts.append(f'<span class="cur">{k + 1}</span>' if k == current else f'<a href="{name(k)}">{k + 1}</a>')
    if current < pages - 1:
        parts.append(f'<a href="{name(current + 1)}">下一页</a>')
    parts.append(f'<a href="{name(pages - 1)}">尾页</a>')
    parts.append(f"<span>共{pages}页</span>")
    return (
        '<div class="page">\n<script type="text/javascript">\n'
        f'createPageHTML({pages}, {current}, "{stem}", "{ext}");\n</script>\n'
        f'<div class="page_links">{"".join(parts)}</div>\n</div>\n'
    )


# -- home, city, county and column pages -------------------------------------------------
def home_page(trs: TrsReplica) -> str:
    """Headlines, a picture slider, 要闻, one block per city, hot searches."""
    latest = trs.recent(trs.home, 12)
    out = [page_head(trs.name, trs.name, "utf-8", _channel_meta(trs.name, "首页")), "<body>\n", header(trs)]
    out.append('<div class="main w1200">\n<div class="headline">\n')
    for a in latest[:2]:
        href = trs.article_path(a)
        out.append(
            f'<h2><a href="{href}" target="_blank">{escape(a.title)}</a></h2>\n'
            f'<p>{escape(a.paragraphs[0][:48])}……<a href="{href}" target="_blank">[详细]</a></p>\n'
        )
    out.append("</div>\n")
    out.append(_focus(trs))
    out.append('<div class="yaowen"><h3>要闻</h3><ul>\n')
    out.extend(list_item(trs.article_path(a), a, "%m-%d") + "\n" for a in latest[2:])
    out.append("</ul></div>\n")
    for c in trs.cities:
        out.append(_block(trs, c, f"{c.dir}index.htm", 5))
    words = "".join(
        f'<a href="{escape(trs.search_path(w))}" target="_blank">{escape(w)}</a>' for w in trs.hot_words()
    )
    out.append(f'<div class="hotsearch"><span>热点搜索：</span>{words}</div>\n</div>\n')
    out.append(footer(trs))
    return "".join(out)


def _focus(trs: TrsReplica) -> str:
    """图片新闻 slider: the image and the title both link to the story (a duplicate link)."""
    cells = []
    for a in [x for x in trs.recent(trs.home, 60) if x.images][:5]:
        href = trs.article_path(a)
        img = trs.image_path(a, next(iter(a.images.values()))[0])
        cells.append(
            f'<li><a href="{href}" target="_blank"><img src="{img}" alt="{escape(a.title)}"></a>'
            f'<p><a href="{href}" target="_blank">{escape(a.title)}</a></p></li>'
        )
    return f'<div class="focus"><h3>图片新闻</h3><ul>{"".join(cells)}</ul></div>\n'


def _block(trs: TrsReplica, node: TrsChannel, more: str, n: int) -> str:
    """A headline block for a sub-channel: title linked to it, 更多>>, its newest ``n`` stories."""
    items = "".join(list_item(trs.article_path(a), a, "%m-%d") for a in trs.recent(node, n))
    return (
        f'<div class="box"><div class="box_tit"><h3><a href="{more}">{escape(node.name)}</a></h3>'
        f'<a class="more" href="{more}">更多&gt;&gt;</a></div><ul>{items}</ul></div>\n'
    )


def _channel_meta(site: str, title: str) -> str:
    return (
        f'<meta name="keywords" content="{escape(title)},山西,新闻,{escape(site)}">\n'
        f'<meta name="description" content="{escape(site)}{escape(title)}频道：本地新闻、政务、民生。">\n'
        '<meta name="pagetype" content="2">\n'
    )


def channel_page(trs: TrsReplica, node: TrsChannel, page: int = 1) -> str:
    """City and county pages (blocks per sub-channel) and column lists (paginated)."""
    if node.kind == "home":
        return home_page(trs)
    title = f"{node.name}_{trs.name}"
    out = [page_head(trs.name, title, node.encoding, _channel_meta(trs.name, node.name)), "<body>\n",
           header(trs, node), breadcrumb(node)]
    out.append('<div class="main w1200">\n')
    if node.kind == "column":
        out.append(_column_list(trs, node, page))
    else:
        subs = "".join(f'<a href="./{c.slug}/">{escape(c.name)}</a>' for c in node.children)
        label = "区县" if node.kind == "city" else "栏目"
        out.append(f'<div class="subnav"><span>{label}：</span>{subs}</div>\n')
        if node.kind == "city":
            items = "".join(list_item(trs.article_path(a), a) for a in trs.recent(node, 10))
            out.append(f'<div class="local_top"><h3>本地要闻</h3><ul class="list_con">{items}</ul></div>\n')
        for c in node.children:
            out.append(_block(trs, c, f"./{c.slug}/index.htm", 5))
    out.append("</div>\n")
    out.append(footer(trs))
    return "".join(out)


def _column_list(trs: TrsReplica, col: TrsChannel, page: int) -> str:
    """``ul.list_con li a`` + ``span`` date, the pager, 往期回顾 and a column search link."""
    rows = []
    for a in trs.list_slice(col, page):
        own = trs.column_of(a) is col
        href = "./" + trs.article_path(a).removeprefix(col.dir) if own else trs.article_path(a)
        rows.append(list_item(href, a))
    return (
        f'<div class="list_tit"><h2>{escape(col.name)}</h2></div>\n'
        '<div class="list_box"><ul class="list_con">\n' + "\n".join(rows) + "\n</ul></div>\n"
        + pager(trs.list_pages(col), page - 1, "index")
        + f'<div class="list_more"><a href="{trs.archive_path(trs.last_day)}">往期回顾</a> '
        f'<a href="{escape(trs.search_path(col.name))}">站内搜索：{escape(col.name)}</a></div>\n'
    )


# -- article pages -----------------------------------------------------------------------
def article_page(trs: TrsReplica, a: Article, page: int = 1) -> str:
    """One page of an article: head metas, title block, Baidu-id info line, TRS_Editor body,
    then pager, 责任编辑, share bar, 上一篇/下一篇, 相关新闻 and the footer."""
    col = trs.column_of(a)
    out = [
        page_head(trs.name, f"{a.title}_{col.name}_{trs.name}", col.encoding, _article_meta(trs, a, col)),
        "<body>\n", header(trs, col), breadcrumb(col, below=1),
        '<div class="main w1200"><div class="article">\n', _title_block(a), _info_line(a),
        '<div class="content" id="zoom">\n', body_html(trs, a, page), "</div>\n",
        _article_pager(trs, a, page),
    ]
    if a.editors:
        out.append(f'<div class="editor">责任编辑：{"、".join(escape(e) for e in a.editors)}</div>\n')
    out.append(
        '<div class="share">分享到：<a href="javascript:void(0);" class="wx">微信</a>'
        '<a href="javascript:void(0);" class="wb">微博</a><a href="javascript:void(0);" class="qq">QQ空间</a>'
        '<a href="javascript:window.print();" class="print">打印本页</a>'
        '<a href="javascript:window.close();" class="close">关闭窗口</a></div>\n'
    )
    out.append(_prev_next(trs, a))
    out.append(_related(trs, a))
    out.append('<div class="art_ewm"><img src="/images/ewm_wx.png" alt="微信公众号">'
               f'<p>扫一扫，关注{escape(trs.name)}微信公众号</p></div>\n')
    out.append("</div></div>\n")
    out.append(footer(trs))
    return "".join(out)


def _article_meta(trs: TrsReplica, a: Article, col: TrsChannel) -> str:
    """The head metas (research §2.3): publishdate is a date only, PubDate has the time."""
    author = f'<meta name="author" content="{escape(" ".join(a.reporters))}">\n' if a.reporters else ""
    return (
        f'<meta name="keywords" content="{escape(col.name)},{escape(col.lineage[2].name)}">\n'
        f'<meta name="description" content="{escape(a.paragraphs[0][:60])}">\n'
        f'<meta name="publishdate" content="{a.published:%Y-%m-%d}">\n'
        f'<meta name="ArticleTitle" content="{escape(a.title)}">\n'
        f'<meta name="PubDate" content="{a.published:%Y-%m-%d %H:%M}">\n'
        f'<meta name="ContentSource" content="{escape(a.source)}">\n'
        f'<meta name="ColumnName" content="{escape(col.name)}">\n'
        f"{author}"
        '<meta name="pagetype" content="1">\n'
    )


def _title_block(a: Article) -> str:
    """引题, then the title as ``h1`` on most pages or ``div.title`` on others, then ——副题."""
    out = []
    if a.pretitle:
        out.append(f'<div class="yt">{escape(a.pretitle)}</div>\n')
    if a.id % 5 < 3:
        out.append(f"<h1>{escape(a.title)}</h1>\n")
    else:
        out.append(f'<div class="title">{escape(a.title)}</div>\n')
    if a.subtitle:
        out.append(f'<div class="fbt">——{escape(a.subtitle)}</div>\n')
    return "".join(out)


def _info_line(a: Article) -> str:
    """Time and source in Baidu's ids; a third of the pages spell the id ``pubtime_baidu ``."""
    pid = "pubtime_baidu " if a.id % 3 == 0 else "pubtime_baidu"
    author = ""
    if a.reporters and a.id % 2:
        author = f'<span id="author_baidu">作者：{escape(" ".join(a.reporters))}</span>'
    return (
        f'<div class="info"><span id="{pid}">{a.published:%Y-%m-%d %H:%M}</span>'
        f'<span id="source_baidu">来源：{escape(a.source)}</span>{author}'
        '<span class="font">【字号：<a href="javascript:doZoom(18)">大</a> '
        '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span></div>\n'
    )


def body_html(trs: TrsReplica, a: Article, page: int) -> str:
    """The ``TRS_Editor`` body of one page: paragraphs with images and captions, bylines."""
    start, end = a.pages[page - 1]
    twice = a.id % 3 != 1
    out = ['<div class="TRS_Editor">' + ('<div class="TRS_Editor">' if twice else "") + "\n"]
    if a.id % 4 == 0:
        out.append(TRS_STYLE + "\n")
    if page == 1:  # a reprint's own 来源/记者 lines
        out.extend(f"<p>{escape(line)}</p>\n" for line in a.reprint_head)
    for i in range(start, end):
        for img in a.images.get(i, ()):
            out.append(_image_html(trs, a, img))
        out.append(_paragraph_html(a, i, _printed_text(a, i)) + "\n")
        if a.spacers and i < end - 1:
            out.append("<p><br></p>\n")
    if page == len(a.pages) and a.reporter_style == "trailing":
        out.append(f'<p style="text-align: right;">（记者 {escape(" ".join(a.reporters))}）</p>\n')
    if page == len(a.pages):  # …and its 责任编辑/转载 lines
        out.extend(f"<p>{escape(line)}</p>\n" for line in a.reprint_tail)
    out.append(("</div>" if twice else "") + "</div>\n")
    return "".join(out)


def _printed_text(a: Article, i: int) -> str:
    """A paragraph as printed: the first carries the 本报讯/本网讯（记者 …） lead of leading bylines."""
    text = a.paragraphs[i]
    if i == 0 and a.reporter_style == "leading":
        lead = "本报讯" if a.source.endswith(PRINT_SOURCES) else "本网讯"
        text = f"{lead}（记者 {' '.join(a.reporters)}）{text}"
    return text


def _paragraph_html(a: Article, i: int, text: str) -> str:
    """Paragraph markup varies as the editors' habits do (full-width indent, CSS, Word paste)."""
    if i in a.headings:
        return f'<p style="text-indent: 2em;"><strong>{escape(text)}</strong></p>'
    variant = (a.id + i) % 3
    if variant == 0:
        return f"<p>{IDEO}{IDEO}{escape(text)}</p>"
    if variant == 1:
        return f'<p style="text-indent: 2em;">{escape(text)}</p>'
    return (
        '<p class="MsoNormal" style="text-indent: 2em; line-height: 1.75;">'
        f'<span style="font-family: 宋体; font-size: 16px;">{escape(text)}</span></p>'
    )


def _image_html(trs: TrsReplica, a: Article, img: Image) -> str:
    """A TRS image: relative ``./W0….jpg`` with ``oldsrc``; centred caption and credit lines."""
    name = trs.image_name(a, img)
    if a.id % 2:
        out = f'<p style="text-align: center;"><img src="./{name}" oldsrc="{name}" border="0" alt=""></p>\n'
        if img.caption:
            out += f'<p style="text-align: center;">{escape(img.caption)}</p>\n'
    else:
        out = f'<p align="center"><img src="./{name}" oldsrc="{name}" style="max-width: 640px;"></p>\n'
        if img.caption:
            out += f'<p align="center"><font face="楷体">{escape(img.caption)}</font></p>\n'
    if img.credit:
        out += f'<p style="text-align: right;">{escape(img.credit)}</p>\n'
    return out


def _article_pager(trs: TrsReplica, a: Article, page: int) -> str:
    """``t…_1.htm`` is page 2: the same ``createPageHTML`` pager as the lists, on the stem."""
    stem = trs.article_path(a).rsplit("/", 1)[-1].removesuffix(".htm")
    return pager(len(a.pages), page - 1, stem)


def _prev_next(trs: TrsReplica, a: Article) -> str:
    """上一篇/下一篇 within the article's column (absolute paths)."""
    newer, older = trs.neighbours(a)
    parts = []
    for label, other in (("上一篇", newer), ("下一篇", older)):
        if other is None:
            parts.append(f"<p>{label}：没有了</p>")
        else:
            parts.append(f'<p>{label}：<a href="{trs.article_path(other)}">{escape(other.title)}</a></p>')
    return f'<div class="prev_next">{"".join(parts)}</div>\n'


def _related(trs: TrsReplica, a: Article) -> str:
    """相关新闻: the model's related ids, topped up with column neighbours, dated."""
    items = "".join(list_item(trs.article_path(r), r) for r in trs.related(a))
    return f'<div class="xgxw"><h3>相关新闻</h3><ul>{items}</ul></div>\n'


# -- pages outside the channel tree --------------------------------------------------------
def archive_page(trs: TrsReplica, day: date) -> str:
    """往期回顾: one day's stories, with 前一天/后一天 links bounded by the site's first and last day."""
    stories = trs.published_on(day)
    items = "".join(list_item(trs.article_path(a), a, "%H:%M") for a in stories) or "<li>当日暂无更新</li>"
    nav = []
    if day > trs.first_day:
        nav.append(f'<a href="{trs.archive_path(day - timedelta(days=1))}">前一天</a>')
    if day < trs.last_day:
        nav.append(f'<a href="{trs.archive_path(day + timedelta(days=1))}">后一天</a>')
    return (
        page_head(trs.name, f"往期回顾_{day:%Y年%m月%d日}_{trs.name}", "utf-8", _channel_meta(trs.name, "往期回顾"))
        + "<body>\n" + header(trs)
        + f'<div class="main w1200"><div class="wqhg"><h2>往期回顾 {day:%Y年%m月%d日}</h2>'
        f'<div class="calendar">{" ".join(nav)}</div><ul class="wq_list">{items}</ul></div></div>\n'
        + footer(trs)
    )


def search_page(trs: TrsReplica, word: str, page: int) -> str:
    """TRS WAS search results (``/was5/web/search``): matching stories, 10 a page, with a pager."""
    hits = trs.search(word)
    size = trs.SEARCH_PAGE_SIZE
    rows = []
    for a in hits[(page - 1) * size: page * size]:
        href = trs.article_path(a)
        title = escape(a.title).replace(escape(word), f'<font color="red">{escape(word)}</font>')
        rows.append(
            f'<li><a href="{href}" target="_blank">{title}</a><p>{escape(a.paragraphs[0][:70])}……</p>'
            f'<span>{href} {a.published:%Y-%m-%d}</span></li>'
        )
    pages = max(1, -(-len(hits) // size))
    links = []
    if page < pages:
        links.append(f'<a href="{escape(trs.search_path(word, page + 1))}">下一页</a>')
    if page > 1:
        links.append(f'<a href="{escape(trs.search_path(word, page - 1))}">上一页</a>')
    summary = f"检索“{escape(word)}”，共找到 {len(hits)} 条结果" if word else "请输入检索词"
    return (
        page_head(trs.name, f"检索结果_{trs.name}", "utf-8") + "<body>\n" + header(trs)
        + f'<div class="main w1200"><div class="search_result"><p class="sum">{summary}</p>'
        f'<ul>{"".join(rows)}</ul><div class="page">{"".join(links)}</div></div></div>\n' + footer(trs)
    )


def not_found_page() -> str:
    """nginx's plain 404 (a TRS site publishes static files behind nginx)."""
    return (
        "<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n"
        "<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
    )


def encode_page(html: str, encoding: str) -> tuple[bytes, str]:
    """Bytes and Content-Type: UTF-8 says so in the header too; GBK only in its ``<meta>``."""
    if encoding == "gbk":
        return html.encode("gbk", errors="xmlcharrefreplace"), "text/html"
    return html.encode("utf-8"), "text/html; charset=utf-8"


def image_code(img: Image, index: int) -> str:
    """The 12 digits TRS appends to ``W0{date}``: stable, derived from the model's image path."""
    return f"{zlib.crc32(img.path.encode()) % 10**10:010d}{index:02d}"


def quote_word(word: str) -> str:
    """Search words as a browser sends them in a GET form (UTF-8, percent-encoded)."""
    return quote(word, safe="")
