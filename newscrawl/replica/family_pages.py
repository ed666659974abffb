"""HTML of the Hanweb and Founder replica portals (:mod:`.families`).

The article template (title block, Baidu-id info line, body, 责任编辑) is shared with the TRS
replica's (:mod:`.trs_pages`), the body written without TRS's editor wrapper; what differs
per family is how lists and pagers are written:

- Hanweb: a column page holds its first records as XML in ``<script type="text/xml">`` and the
  jpage call that fetches the next groups from the list service; no ``<a>`` list at all;
- Founder: a JS array of ``{title, url, date}`` objects written out by a loop, and the pager
  by ``document.write`` of literal links.

Look-alike pages (special topic, gallery, video, attachment notice) carry a title, and all
but the topic page a dated info line, as articles do; what they lack is a body of prose.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from html import escape
from typing import TYPE_CHECKING

from . import trs_pages as tp

if TYPE_CHECKING:  # pragma: no cover
    from .families import FamilyReplica, Lookalike
    from .site import Article, Image
    from .trs import TrsChannel


def _href(portal: FamilyReplica, node: TrsChannel) -> str:
    return portal.SUBSITE_DIR + "/" if portal.is_subsite_home(node) else portal.node_path(node)


def header(portal: FamilyReplica, current: TrsChannel | None = None) -> str:
    """Top nav: the cities (the GBK one at its sub-site home), 往期回顾 (the calendar), search."""
    if current is not None and current.encoding == "gbk":
        home = portal.subsite_home()
        items = [f'<li><a href="{_href(portal, home)}">{escape(home.name)}频道首页</a></li>']
        items += [f'<li><a href="{portal.node_path(c)}">{escape(c.name)}</a></li>' for c in home.children]
        items.append('<li><a href="/">返回主站</a></li>')
    else:
        items = ['<li><a href="/">首页</a></li>']
        items += [f'<li><a href="{_href(portal, c)}">{escape(c.name)}</a></li>' for c in portal.cities]
        items.append(f'<li><a href="{escape(portal.calendar_path(portal.last_day))}">往期回顾</a></li>')
    return (
        f'<div class="header"><div class="logo"><a href="/">{escape(portal.name)}</a></div>'
        '<form action="/jrobot/search.do" method="get"><input type="text" name="q">'
        '<input type="submit" value="搜索"></form></div>\n'
        f'<div class="nav"><ul>{"".join(items)}</ul></div>\n'
    )


def breadcrumb(portal: FamilyReplica, node: TrsChannel) -> str:
    links = []
    for anc in node.lineage:
        label = "首页" if anc.kind == "home" else escape(anc.name)
        links.append(f'<a href="{_href(portal, anc) if anc.kind != "home" else "/"}">{label}</a>')
    return f'<div class="position">当前位置：{" &gt; ".join(links)}</div>\n'


def _items(portal: FamilyReplica, entries) -> str:
    return "".join(tp.list_item(href, a) for href, a in entries)


def home_page(portal: FamilyReplica) -> str:
    latest = portal.recent(portal.home, 10)
    out = [tp.page_head(portal.name, portal.name, "utf-8"), "<body>\n", header(portal)]
    out.append('<div class="main"><div class="yaowen"><h3>要闻</h3><ul>')
    out.append(_items(portal, [(portal.article_path(a), a) for a in latest]))
    out.append("</ul></div>\n")
    for c in portal.cities:
        items = _items(portal, [(portal.article_path(a), a) for a in portal.recent(c, 4)])
        out.append(f'<div class="box"><h3><a href="{_href(portal, c)}">{escape(c.name)}</a></h3>'
                   f'<a class="more" href="{_href(portal, c)}">更多&gt;&gt;</a><ul>{items}</ul></div>\n')
    out.append("</div>\n")
    out.append(tp.footer(portal))
    return "".join(out)


def channel_page(portal: FamilyReplica, node: TrsChannel, page: int = 1) -> str:
    """City and county pages (a bar of the level below, blocks) and column lists."""
    title = f"{node.name}_{portal.name}"
    out = [tp.page_head(portal.name, title, node.encoding), "<body>\n", header(portal, node),
           breadcrumb(portal, node), '<div class="main">\n']
    if node.kind == "column":
        siblings = "".join(f'<li><a href="{portal.node_path(c)}">{escape(c.name)}</a></li>' for c in node.parent.children)
        out.append(f'<div class="leftnav"><ul>{siblings}</ul></div>\n')
        out.append(f'<div class="list_tit"><h2>{escape(node.name)}</h2></div>\n')
        if portal.family == "hanweb":
            out.append(_hanweb_list(portal, node))
        else:
            out.append(_founder_list(portal, node, page))
    else:
        label = "区县" if node.kind == "city" else "栏目"
        bar = "".join(f'<a href="{portal.node_path(c)}">{escape(c.name)}</a>' for c in node.children)
        out.append(f'<div class="subnav"><span>{label}：</span>{bar}</div>\n')
        for c in node.children:
            items = _items(portal, [(portal.article_path(a), a) for a in portal.recent(c, 3)])
            out.append(f'<div class="box"><h3>{escape(c.name)}</h3>'
                       f'<a class="more" href="{portal.node_path(c)}">更多&gt;&gt;</a><ul>{items}</ul></div>\n')
    out.append("</div>\n")
    out.append(tp.footer(portal))
    return "".join(out)


# -- Hanweb: the datastore and the list service -------------------------------------------
def _record(href: str, a) -> str:
    return f"<record><![CDATA[\n{tp.list_item(href, a)}]]></record>\n"


def datastore(portal, node, entries, start: int, end: int, with_nextgroup: bool = True) -> str:
    """``<datastore>``: the nextgroup link (list service + the page's parameters) and records
    ``start..end`` (1-based) of the column; the service's answers carry ``totalrecord``."""
    out = ["<datastore>\n"]
    if with_nextgroup:
        params = (f"page=1&amp;appid=1&amp;webid={portal.WEBID}&amp;path=/&amp;columnid={portal.node_id[node]}"
                  f"&amp;unitid={portal.unit_id(node)}&amp;webname={escape(portal.name)}&amp;permissiontype=0")
        out.append(f'<nextgroup><![CDATA[<a href="{portal.service_path(node)}?{params}"></a>]]></nextgroup>\n')
    else:
        out.append(f"<totalrecord>{len(entries)}</totalrecord>\n")
    out.append("<recordset>\n")
    out.extend(_record(href, a) for href, a in entries[start - 1:end])
    out.append("</recordset>\n</datastore>")
    return "".join(out)


def _hanweb_list(portal, node) -> str:
    entries = portal.column_entries(node)
    unit = portal.unit_id(node)
    store = datastore(portal, node, entries, 1, min(len(entries), portal.group))
    return (
        f'<div id="{unit}"><script type="text/xml">\n{store}\n</script></div>\n'
        '<script type="text/javascript" src="/module/jslib/jquery/jpage/jquery.jpage.js"></script>\n'
        '<script type="text/javascript">\n'
        f"$(document).ready(function(){{ $('#{unit}').jpage({{ dataStore: dataStore, "
        f"proxyUrl: '{portal.service_path(node)}', perPage: {portal.PER_PAGE}, "
        f"totalRecord: {len(entries)}, groupSize: {portal.GROUP_PAGES}, barPosition: 'bottom', "
        "showMode: 'full', allRecord: 0 }); });\n</script>\n"
    )


# -- Founder: a JS array and a document.write pager ----------------------------------------
def _founder_list(portal, node, page: int) -> str:
    entries = portal.column_entries(node)
    size = portal.PAGE_SIZE
    rows = [{"title": a.title, "url": href, "date": f"{a.published:%Y-%m-%d}"}
            for href, a in entries[(page - 1) * size: page * size]]
    data = ",\n".join("{" + ", ".join(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in r.items()) + "}"
                      for r in rows)
    pages = portal.list_pages(node)
    pager = []
    if page < pages:
        nxt = portal.node_path(node, page + 1).rsplit("/", 1)[-1]
        last = portal.node_path(node, pages).rsplit("/", 1)[-1]
        pager.append(f"document.write('<a href=\"{nxt}\">下一页</a> <a href=\"{last}\">尾页</a>');")
    if page > 1:
        prev = portal.node_path(node, page - 1).rsplit("/", 1)[-1]
        pager.append(f"document.write('<a href=\"{prev}\">上一页</a>');")
    return (
        '<div class="list_box"><ul class="list" id="newslist"></ul>\n<script type="text/javascript">\n'
        f"var newsList = [\n{data}\n];\n"
        "for (var i = 0; i < newsList.length; i++) {\n"
        "  document.write('<li><a href=\"' + newsList[i].url + '\" target=\"_blank\">' + newsList[i].title"
        " + '</a><span>' + newsList[i].date + '</span></li>');\n}\n</script></div>\n"
        f'<div class="page"><script type="text/javascript">\n{"".join(pager)}\n</script>'
        f"<span>共{pages}页</span></div>\n"
    )


# -- articles ------------------------------------------------------------------------------
def _image(portal, a: Article, img: Image) -> str:
    out = f'<p style="text-align: center;"><img src="{portal.image_path(a, img)}" border="0" alt=""></p>\n'
    if img.caption:
        out += f'<p style="text-align: center;">{escape(img.caption)}</p>\n'
    if img.credit:
        out += f'<p style="text-align: right;">{escape(img.credit)}</p>\n'
    return out


def _body(portal, a: Article, start: int, end: int, last: bool) -> str:
    out = ['<div class="content" id="zoom">\n']
    for i in range(start, end):
        for img in a.images.get(i, ()):
            out.append(_image(portal, a, img))
        out.append(tp._paragraph_html(a, i, tp._printed_text(a, i)) + "\n")
    if last and a.reporter_style == "trailing":
        out.append(f'<p style="text-align: right;">（记者 {escape(" ".join(a.reporters))}）</p>\n')
    out.append("</div>\n")
    return "".join(out)


def article_page(portal, a: Article, page: int = 1) -> str:
    """Hanweb: the whole story on one page; Founder: page ``page`` of it, with a pager."""
    col = portal.column_of(a)
    if portal.family == "hanweb":
        start, end, last, pager = 0, len(a.paragraphs), True, ""
    else:
        start, end = a.pages[page - 1]
        last = page == len(a.pages)
        pager = _article_pager(portal, a, page)
    editors = f'<div class="editor">责任编辑：{"、".join(escape(e) for e in a.editors)}</div>\n' if a.editors else ""
    return "".join([
        tp.page_head(portal.name, f"{a.title}_{col.name}_{portal.name}", col.encoding, tp._article_meta(portal, a, col)),
        "<body>\n", header(portal, col), breadcrumb(portal, col),
        '<div class="main"><div class="article">\n', tp._title_block(a), tp._info_line(a),
        _body(portal, a, start, end, last), pager, editors,
        '<div class="share">分享到：<a href="javascript:void(0);">微信</a><a href="javascript:window.print();">打印本页</a></div>\n',
        "</div></div>\n", tp.footer(portal),
    ])


def _article_pager(portal, a: Article, page: int) -> str:
    n = len(a.pages)
    if n <= 1:
        return ""
    name = lambda k: portal.article_path(a, k).rsplit("/", 1)[-1]  # noqa: E731
    parts = [f'<a href="{name(k)}">{k}</a>' if k != page else f"<span>{k}</span>" for k in range(1, n + 1)]
    if page < n:
        parts.append(f'<a href="{name(page + 1)}">下一页</a>')
    return f'<div class="page_links">{"".join(parts)}</div>\n'


# -- look-alikes and the calendar ------------------------------------------------------------
def _info(x: Lookalike) -> str:
    return (f'<div class="info"><span id="pubtime_baidu">{x.published:%Y-%m-%d %H:%M}</span>'
            f'<span id="source_baidu">来源：{escape(x.story.source)}</span></div>\n')


def lookalike_page(portal, x: Lookalike) -> str:
    """A page listed like a story that is not one: no body of prose."""
    col = x.column
    head = tp.page_head(portal.name, f"{x.title}_{portal.name}", col.encoding if x.kind != "topic" else "utf-8")
    out = [head, "<body>\n", header(portal, col if x.kind != "topic" else None), breadcrumb(portal, col),
           '<div class="main"><div class="article">\n']
    if x.kind == "topic":
        out.append(f'<div class="zt_banner"><img src="/zt/{x.id}/banner.jpg" alt=""></div>'
                   f'<div class="zt_title">{escape(x.title)}</div>\n')
        for label in ("最新报道", "基层动态"):
            items = _items(portal, [(portal.article_path(a), a) for a in x.links])
            out.append(f'<div class="zt_box"><h3>{label}</h3><ul>{items}</ul></div>\n')
    else:
        out.append(f"<h1>{escape(x.title)}</h1>\n" + _info(x))
        if x.kind == "gallery":
            cells = []
            for k in range(6):
                caption = x.story.title[: 6 + k % 5]
                cells.append(f'<li><img src="/picture/{portal.WEBID if hasattr(portal, "WEBID") else 1}/G{x.id}{k}.jpg" alt="">'
                             f'<p class="pictext">{escape(caption)}</p></li>')
            out.append(f'<div class="gallery"><ul>{"".join(cells)}</ul></div>\n')
        elif x.kind == "video":
            out.append(f'<div class="video"><video src="/video/{x.id}.mp4" controls poster="/video/{x.id}.jpg"></video>'
                       f'<p>视频时长：0{x.id % 5}:{x.id % 60:02d}</p></div>\n')
        else:
            out.append('<div class="content" id="zoom"><p>现将有关事项公告如下，详见附件。</p>'
                       f'<p>附件：<a href="/attach/{x.id}.pdf">{escape(x.title)}.pdf</a></p></div>\n')
    out.append("</div></div>\n")
    out.append(tp.footer(portal))
    return "".join(out)


def calendar_page(portal, stamp: str) -> str:
    """往期回顾 by date: any date answers (the stories of that day, if any), with 前一天/后一天
    links that never end: a crawler that follows them never stops."""
    try:
        day = datetime.strptime(stamp, "%Y-%m-%d").date()
    except ValueError:
        day = portal.last_day
    stories = portal.published_on(day) if isinstance(day, date) else []
    items = _items(portal, [(portal.article_path(a), a) for a in stories]) or "<li>当日暂无更新</li>"
    nav = (f'<a href="{escape(portal.calendar_path(day - timedelta(days=1)))}">前一天</a> '
           f'<a href="{escape(portal.calendar_path(day + timedelta(days=1)))}">后一天</a>')
    return (tp.page_head(portal.name, f"往期回顾_{day:%Y年%m月%d日}_{portal.name}", "utf-8") + "<body>\n"
            + header(portal) + f'<div class="main"><h2>往期回顾 {day:%Y年%m月%d日}</h2>'
            f'<div class="calendar">{nav}</div><ul>{items}</ul></div>\n' + tp.footer(portal))
