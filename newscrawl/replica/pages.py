"""HTML of the replica portal, in the shape of sxrb.com's people.com.cn templates.

Every element the research saw on the real pages is here (research/portals.md §1.4–1.6, §2.2,
§2.4, §2.6): the ``nav_box`` top navigation, ``span#rwb_navpath`` breadcrumbs joined by ``>>``,
list pages (``div.ej_list_box > ul.list_16 > li > a`` + ``em`` date, ``div.page_n`` pager),
and the article template: ``div.jz`` title block (引题 ``h3.pre``, ``h1``, ``——``副题 ``h2.sub``),
``div.left1`` time/source line with the 进入论坛/手机读报 links glued on, ``div#rwb_zw`` body
(``box_pic`` stubs, U+3000 indents, spacer paragraphs, bold headings, ``/NMediaFile/`` images
with centred captions, (下转N版), the ( □ 本报记者 X) line, ``div.zdfy`` pager,
``div.title_o``, ``div.editer``), then 分享到/评论, 推荐阅读, 网站声明, 图片新闻, 商务链接.

Pages are built as simplified-Chinese text; :func:`encode_page` produces the bytes and
headers for the GB side (GBK declared only by ``<meta … charset=gb2312>``, or UTF-8) and, via
:mod:`.gateway`, the BIG5 side.
"""

from __future__ import annotations

from html import escape

from .gateway import to_gateway_big5
from .site import LIST_PAGE_SIZE, OTHER_SECTIONS, Article, Channel, Replica

IDEO = "\u3000"
SITE_NAME = "山西新闻网"
FORUM = '<a href="http://bbs.sxrb.com/" target="_blank" class="bbs">进入论坛</a>'
EPAPER = '<a href="http://epaper.sxrb.com/" target="_blank" class="sjdb">手机读报</a>'
NOTICE = (
    "山西日报、山西晚报、山西农民报、山西经济日报、山西法制报、山西市场导报所有自采新闻（含图片）"
    "独家授权山西新闻网发布，未经允许不得转载或镜像；授权转载务必注明来源，例：“山西新闻网-山西日报 ”。"
)
NOTICE2 = "山西新闻网版权咨询电话：0351-4281485。如您在本站发现错误，请发贴至论坛告知。感谢您的关注！"
NOTICE3 = (
    "凡本网未注明“来源：山西新闻网（或山西新闻网——XXX报）”的作品，均转载自其它媒体，"
    "转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。"
)


def _head(title: str, charset: str, extra_meta: str = "") -> str:
    declared = "gb2312" if charset == "gbk" else charset
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={declared}" />\n'
        f"<title>{escape(title)}</title>\n"
        '<meta name="keywords" content="山西新闻网,山西日报,山西新闻" />\n'
        f"{extra_meta}"
        '<link href="/css/style.css" type="text/css" rel="stylesheet" />\n'
        '<script src="/js/jquery-1.7.1.min.js" type="text/javascript"></script>\n'
        "</head>\n"
    )


def _topnav(r: Replica, gateway: str) -> str:
    items = [f'<li><a href="/{gateway}/index.html">首页</a></li>']
    for s in r.sections:
        items.append(f'<li><a href="/{gateway}/{s.node}/index.html">{escape(s.name)}</a></li>')
    items.append('<li><a href="/GB/review/2024-04-30.html">往期回顾</a></li>')
    items.append(f'<li><a href="http://bbs.sxrb.com/">山西论坛</a></li>')
    other = "BIG5" if gateway == "GB" else "GB"
    label = "繁体" if gateway == "GB" else "简体"
    return (
        '<div class="header w1000 clearfix">\n'
        '<div class="logo fl"><a href="/"><img src="/GB/logo.jpg" alt="山西新闻网" /></a></div>\n'
        f'<div class="top_link fr"><a href="/{other}/index.html">{label}</a> | '
        '<a href="http://www.people.com.cn/" target="_blank">人民网</a> | '
        '<a href="mailto:sxrbw@163.com">联系我们</a></div>\n'
        f'</div>\n<div class="nav_box w1000"><ul>{"".join(items)}</ul></div>\n'
    )


def _breadcrumb(ch: Channel, gateway: str) -> str:
    links = [f'<a href="/{gateway}/index.html">{SITE_NAME}</a>']
    for c in ch.lineage[1:]:
        links.append(f'<a href="/{gateway}/{c.node}/index.html">{escape(c.name)}</a>')
    return '<div class="w1000 clearfix route"><span id="rwb_navpath">' + "&gt;&gt;".join(links) + "</span></div>\n"


def _footer() -> str:
    return (
        '<div class="footer w1000">\n<p><a href="/GB/about.html">关于我们</a> | '
        '<a href="/GB/contact.html">联系方式</a> | <a href="/GB/ad.html">广告服务</a></p>\n'
        "<p>山西新闻网版权所有 晋ICP备05002736号 互联网新闻信息服务许可证14120170001</p>\n"
        '<p>扫一扫，关注山西新闻网官方微信 <img src="/img/qrcode_sxrb.png" alt="二维码" /></p>\n'
        "</div>\n</body>\n</html>\n"
    )


def _list_items(r: Replica, listings, gateway: str) -> str:
    rows = []
    for lst in listings:
        a = lst.article
        href = lst.href if gateway == "GB" else lst.href.replace("/GB/", "/BIG5/")
        rows.append(
            f'<li><a href="{href}" target="_blank">{escape(a.title)}</a>'
            f"<em>{a.published:%Y-%m-%d %H:%M}</em></li>"
        )
    cls = " list_16 mt10" if len(listings) % 2 else "list_16 mt10"  # the real leading-space quirk
    return f'<div class="ej_list_box clear">\n<ul class="{cls}">\n' + "\n".join(rows) + "\n</ul>\n</div>\n"


def _pager(page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def name(n: int) -> str:
        return "index.html" if n == 1 else f"index{n}.html"

    parts = [f'<a href="{name(1)}">首页</a>']
    if page > 1:
        parts.append(f'<a href="{name(page - 1)}">上一页</a>')
    for n in range(1, pages + 1):
        parts.append(f'<a href="{name(n)}" class="common_current">{n}</a>' if n == page else f'<a href="{name(n)}">{n}</a>')
    if page < pages:
        parts.append(f'<a href="{name(page + 1)}">下一页</a>')
    parts.append(f'<a href="{name(pages)}">尾页</a>')
    return '<div class="page_n clearfix">' + "".join(parts) + "</div>\n"


def _recent(ch: Channel, limit: int = 8) -> list:
    """Headlines gathered from a channel's subtree (shown on city/county/section pages)."""
    found = []
    stack = [ch]
    while stack:
        c = stack.pop()
        found.extend(lst for lst in c.listings if lst.href == lst.article.path())
        stack.extend(c.children)
    found.sort(key=lambda lst: lst.article.published, reverse=True)
    return found[:limit]


def channel_page(r: Replica, ch: Channel, page: int, gateway: str = "GB") -> str:
    """Home, section, city, county and column pages (one people CMS channel template)."""
    title = SITE_NAME if ch.kind == "home" else f"{ch.name}--{SITE_NAME}"
    out = [_head(title, ch.encoding, '<meta name="pagetype" content="2" />\n'), "<body>\n", _topnav(r, gateway)]
    if ch.kind != "home":
        out.append(_breadcrumb(ch, gateway))
    out.append('<div class="w1000 clearfix p2j_con">\n')
    if ch.kind == "home":
        out.append('<div class="headingNews"><h2>要闻</h2>\n')
        out.append(_list_items(r, _recent(r.dishi, 10), gateway))
        out.append("</div>\n")
    elif ch.kind == "section" and ch is r.dishi:
        links = "".join(f'<a href="/{gateway}/{c.node}/index.html">{escape(c.name)}</a>' for c in ch.children)
        out.append(f'<div class="ds_nav clearfix"><span>地市频道：</span>{links}</div>\n')
        out.append('<div class="ds_news"><h2>地市要闻</h2>\n' + _list_items(r, _recent(ch), gateway) + "</div>\n")
    elif ch.kind == "section":
        out.append(f'<div class="p2j_list"><h2>{escape(ch.name)}</h2><p>本栏目内容更新中。</p></div>\n')
    elif ch.kind == "city":
        links = "".join(f'<a href="/{gateway}/{c.node}/index.html">{escape(c.name)}</a>' for c in ch.children)
        out.append(f'<div class="xq_nav clearfix"><span>县区：</span>{links}</div>\n')
        out.append('<div class="city_news"><h2>本地要闻</h2>\n' + _list_items(r, _recent(ch), gateway) + "</div>\n")
        out.append('<div class="friend_link">友情链接：<a href="https://www.sxllnews.cn/">吕梁新闻网</a></div>\n')
    elif ch.kind == "county":
        links = "".join(f'<a href="/{gateway}/{c.node}/index.html">{escape(c.name)}</a>' for c in ch.children)
        out.append(f'<div class="lm_nav clearfix"><span>栏目：</span>{links}</div>\n')
        out.append('<div class="county_news"><h2>最新消息</h2>\n' + _list_items(r, _recent(ch, 6), gateway) + "</div>\n")
    else:  # column: the paginated list
        start = (page - 1) * LIST_PAGE_SIZE
        out.append(f'<div class="lm_title"><h2>{escape(ch.name)}</h2></div>\n')
        out.append(_list_items(r, ch.listings[start:start + LIST_PAGE_SIZE], gateway))
        out.append(_pager(page, ch.list_pages()))
        out.append('<div class="wqhg"><a href="/GB/review/2024-04-30.html">往期回顾</a></div>\n')
    out.append("</div>\n")
    out.append(_footer())
    return "".join(out)


def _paragraph_html(a: Article, i: int, text: str, style_seed: int) -> str:
    if i in a.headings:
        return f'<p style="text-indent: 2em;"><strong>{escape(text)}</strong></p>'
    variant = style_seed % 3
    if variant == 0:
        return f"<p>{IDEO}{IDEO}{escape(text)}</p>"
    if variant == 1:
        return f'<p style="text-indent: 2em;">{escape(text)}</p>'
    return f'<p align="left"><font face="宋体">{IDEO}{IDEO}{escape(text)}<br/></font></p>'


def _body_paragraph_text(a: Article, i: int) -> str:
    """The paragraph as printed: with the bylines and print marks the clean text lacks."""
    text = a.paragraphs[i]
    reporters = " ".join(a.reporters)
    if i == 0 and a.reporter_style == "leading":
        text = f"本报讯（记者 {reporters}）{text}"
    if a.continuation and a.continuation[0] == i:
        text = f"{text} （下转{a.continuation[1]}版）"
    if i == len(a.paragraphs) - 1 and a.reporter_style == "trailing":
        text = f"{text}（ □ 本报记者 {reporters}）"
    return text


def article_page(r: Replica, a: Article, page: int = 1, gateway: str = "GB") -> str:
    ch = a.column
    meta = (
        f'<meta name="description" content="{escape(a.paragraphs[0][:60])}" />\n'
        f'<meta name="publishdate" content="{a.published:%Y-%m-%d}" />\n'
        f'<meta name="source" content="来源：{escape(a.source)}" />\n'
        f'<meta name="author" content="{escape(" ".join(a.reporters))}" />\n'
        f'<meta name="contentid" content="{a.id}" />\n<meta name="catalogs" content="{ch.node}" />\n'
        '<meta name="filetype" content="0" />\n<meta name="pagetype" content="1" />\n'
    )
    out = [_head(f"{a.title}--{SITE_NAME}", a.encoding, meta), "<body>\n", _topnav(r, gateway), _breadcrumb(ch, gateway)]
    out.append('<div class="w1000 clearfix jz">\n')
    if a.pretitle:
        out.append(f'<h3 class="pre">{escape(a.pretitle)}</h3>\n')
    out.append(f"<h1>{escape(a.title)}</h1>\n")
    if a.subtitle:
        out.append(f'<h2 class="sub">——{escape(a.subtitle)}</h2>\n')
    else:
        out.append('<h2 class="sub"></h2>\n')
    source_link = "https://www.sxllnews.cn/" if "吕梁" in a.source else "/GB/index.html"
    out.append(
        f'<div class="left1">时间：&nbsp;{a.published:%Y年%m月%d日%H:%M}&nbsp;&nbsp;来源：'
        f'<a href="{source_link}" target="_blank">{escape(a.source)}</a>{FORUM}{EPAPER}</div>\n'
    )
    out.append("</div>\n")
    out.append('<div class="w1000 clearfix"><div class="fl w650">\n<div id="rwb_zw" class="rwb_zw">\n')
    out.append('<div class="box_pic"></div>\n')
    start, end = a.pages[page - 1]
    if page == 1:
        out.extend(f"<p>{IDEO}{IDEO}{escape(line)}</p>\n" for line in a.reprint_head)
    for i in range(start, end):
        for img in a.images.get(i, ()):
            out.append(
                f'<p style="text-align: center;"></p><div align="center"><img src="{img.path}" '
                f'oldsrc="{img.path.rsplit("/", 1)[-1]}" width="550" width:600="" /></div>\n'
            )
            if img.caption:
                out.append(f'<p style="text-align: center;">{escape(img.caption)}</p>\n')
            if img.credit:
                out.append(f'<p align="right">{img.credit}</p>\n')
        out.append(_paragraph_html(a, i, _body_paragraph_text(a, i), a.id + i) + "\n")
        if a.spacers and i < end - 1:
            out.append(f"<p>{IDEO}</p>\n")
    if page == len(a.pages):
        out.extend(f"<p>{escape(line)}</p>\n" for line in a.reprint_tail)
        if a.related:
            out.append("<p><strong>相关新闻：</strong></p>\n")
            for rid in a.related:
                rel = r.by_id[rid]
                out.append(f'<p><a href="{rel.path()}" target="_blank">{escape(rel.title)}</a></p>\n')
        if a.qr_prompt:
            out.append(
                '<p style="text-align: center;"><img src="/img/qrcode_sxrb.png" /></p>\n'
                '<p style="text-align: center;">扫一扫，关注山西新闻网微信公众号</p>\n'
            )
    out.append('<div class="zdfy clearfix">')
    if len(a.pages) > 1:
        for n in range(1, len(a.pages) + 1):
            href = a.path(n, gateway=gateway).rsplit("/", 1)[-1]
            out.append(f"<span>{n}</span>" if n == page else f'<a href="{href}">{n}</a>')
    out.append('</div><center><table border="0" align="center" width="40%"><tr>')
    if len(a.pages) > 1:
        if page > 1:
            out.append(f'<td><a href="{a.path(page - 1, gateway=gateway).rsplit("/", 1)[-1]}">上一页</a></td>')
        if page < len(a.pages):
            out.append(f'<td><a href="{a.path(page + 1, gateway=gateway).rsplit("/", 1)[-1]}">下一页</a></td>')
    out.append("</tr></table></center>\n")
    out.append('<div class="box_pic"></div>\n')
    if a.original_title:
        out.append(f'<div class="title_o"><a href="http://www.people.com.cn/">原标题：{escape(a.original_title)}</a></div>\n')
    if a.editors:
        out.append(f'<div class="editer clearfix">（责编：{"、".join(a.editors)}）</div>\n')
    out.append("</div>\n")  # rwb_zw
    out.append(
        '<div class="share clearfix"><span>分享到：</span><a class="bshare-weixin" href="javascript:void(0);">微信</a>'
        '<a class="bshare-sinaminiblog" href="javascript:void(0);">微博</a>'
        '<span class="pl"><a href="http://bbs.sxrb.com/">评论：</a></span></div>\n'
    )
    cells = "".join(
        '<li><a href="http://www.sxrb.com/" target="_blank"><img src="/img/sn.jpg" alt="省内新闻网站" /></a>'
        '<p><a href="http://www.sxrb.com/" target="_blank">省内新闻网站</a></p></li>'
        for _ in range(8)
    )
    out.append(f'<div id="rwb_tjyd" class="tjyd clearfix"><h2>推荐阅读</h2><ul>{cells}</ul></div>\n')
    out.append(f'<div class="wzsm"><h2>网站声明</h2><p>{NOTICE}</p><p>{IDEO}{IDEO}{NOTICE2}</p><p>{IDEO}{IDEO}{NOTICE3}</p></div>\n')
    out.append('</div>\n<div class="fr w330"><div class="tpxw"><h2>图片新闻</h2></div><div class="swlj"><h2>商务链接</h2></div></div>\n</div>\n')
    out.append(_footer())
    return "".join(out)


def review_page(day: str) -> str:
    """往期回顾: a calendar of back issues that links to the day before, forever (a trap)."""
    from datetime import date, timedelta

    d = date.fromisoformat(day)
    prev, nxt = d - timedelta(days=1), d + timedelta(days=1)
    return (
        _head(f"往期回顾 {day}--{SITE_NAME}", "gbk")
        + f'<body><div class="calendar"><a href="/GB/review/{prev}.html">前一天</a> '
        f'<a href="/GB/review/{nxt}.html">后一天</a></div>' + _footer()
    )


def encode_page(html: str, encoding: str, gateway: str = "GB") -> tuple[bytes, str]:
    """Bytes and Content-Type header for a page, as the portal serves it.

    GB pages: GBK (GB2312 declared in a ``<meta>``, nothing in the header: browsers and
    Scrapy must read the meta) or UTF-8 likewise.  BIG5 pages: the gateway's conversion,
    Big5 bytes with the charset in both header and meta; characters Big5 lacks become
    numeric character references, as the real gateway emits them.
    """
    if gateway == "BIG5":
        declared = "gb2312" if encoding == "gbk" else encoding
        page = to_gateway_big5(html).replace(f"charset={declared}", "charset=big5")
        return page.encode("big5", errors="xmlcharrefreplace"), "text/html; charset=big5"
    if encoding == "gbk":
        return html.encode("gbk", errors="xmlcharrefreplace"), "text/html"
    return html.encode("utf-8"), "text/html"


__all__ = ["article_page", "channel_page", "encode_page", "review_page", "OTHER_SECTIONS"]
