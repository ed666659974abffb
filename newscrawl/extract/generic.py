"""Profile-free extraction: any Chinese news article page → :class:`PageFields`, no selectors.

Used for portals without a profile, and field by field (:func:`fill_missing`) when a profile's
selector finds nothing because the portal changed its template.

Body
    The container is chosen by a text- and punctuation-density score over the DOM, in the
    spirit of the CEPF method (洪鸿辉 et al. 2019, "基于文本及符号密度的网页正文提取方法", the
    algorithm behind GNE; research ``anchors.md`` A.2)::

        score = TD · log10(P + 2) · ln(1 + 100 · PD)

    TD is the non-link text per text-bearing element (empty layout boxes do not dilute it), P
    the number of ``<p>``/``<br>`` inside, PD the share of punctuation in the non-link text:
    body prose is dense, has paragraphs and about one mark in ten characters; link lists, menus
    and date lines have none of that.  Everything whose tag or class/id says it is furniture
    (share, comment, recommend, related, nav, footer, sidebar, breadcrumb, copyright, ad … and
    their pinyin forms) is left out of the scoring, and text the boilerplate rules would drop
    (版权所有, ICP备 …) counts as none; a class/id that names content (content, article, zw …)
    weighs ×1.5, as readability's class weights do.  A copy of the chosen node, furniture
    removed, goes through :func:`newscrawl.extract.body.linearize`; a short centred block (or a
    ``figcaption``, ``p.pictext`` …) right after a picture is its caption, not body text.
    Text-level boilerplate (分享到, 相关新闻 tails …) is left to the clean pipeline.

Header fields
    title: the ``<title>`` part (split at ``_ | - --``) that the page also prints as a heading
    (so the site suffix goes, whichever side it is on), else ``<h1>``.  The title element is
    the anchor for the rest: the time/source line is the first labelled or date-only line
    between it and the end of the body.  published_at: Baidu ids (``#pubtime_baidu``, with
    ``normalize-space(@id)`` because real pages write ``id="pubtime_baidu "``) → head meta →
    that visible line → the URL's date; a date-only value is upgraded by a later source that
    has the time of the same day.

Nothing here raises on odd markup: each field is computed under a guard and is ``None``/``[]``
when its step fails.
"""

from __future__ import annotations

import copy
import logging
import math
import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache
from urllib.parse import urlsplit

from lxml import etree
from parsel import Selector

from . import boilerplate, bylines, dates
from .article import PageFields
from .body import MAX_CREDIT, drop_keep_tail, linearize
from .text import detect_script, squash, to_simplified

logger = logging.getLogger(__name__)

# ---------------------------------------------------------------------------------------------
# Furniture: left out of the scoring, removed from the copy of the chosen container
# ---------------------------------------------------------------------------------------------

#: Tags that are never article text.
_DROP_TAGS = frozenset(
    "script style noscript iframe select button textarea input nav footer aside header object embed "
    "svg canvas map link meta head title video audio".split()
)
#: Tags dropped whatever their size (the others only when they do not hold most of the page).
_DROP_ALWAYS = frozenset("script style noscript iframe select button textarea input head title meta link".split())
#: Substrings of class/id naming furniture (English and the pinyin Chinese sites use).
_NOISE_SUBSTRINGS = re.compile(
    r"share|comment|recommend|related|relevant|footer|sidebar|crumb|copyright|disclaimer|banner|advert|"
    r"qrcode|erweima|navbar|navpath|menu|login|search|toolbar|social|pinglun|fenxiang|tuijian|xiangguan|"
    r"banquan|daohang|shengming|paihang|ranking|friendlink|youqing|weixin|wechat|subscribe|dingyue|"
    r"download|bshare|jiathis|bdshare|tjyd|xgxw|xgyd|xglj|weizhi|location",
    re.I,
)
#: Whole words (class/id split at ``-``, ``_``, spaces, camelCase) naming furniture.
_NOISE_WORDS = frozenset(
    "ad ads nav navs foot bottom side gg tj xg pl ewm hot rank tool tools pager paging fanye links link "
    "dh cmt plk zan more".split()
)
#: Class/id naming a content container (the positive side of readability's class weights).
_CONTENT_SUBSTRINGS = re.compile(r"content|article|zhengwen|detail|trs_editor|maincon|newstext|news_txt|artibody", re.I)
_CONTENT_WORDS = frozenset("zw con cont txt text body main art story entry post wz nr".split())
#: How much a content-like class/id weighs in the score.
CONTENT_HINT = 1.5
_WORD_SPLIT = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
#: A furniture match on a node holding more than this share of the page's text is ignored
#: (a wrapper with an unlucky class name, an ASP.NET ``<form>`` around everything).
_MAX_NOISE_SHARE = 0.5
#: Elements that can be furniture: the tags of :data:`_DROP_TAGS` and anything with a class/id/style.
_FURNITURE_XPATH = ".//*[@class or @id or @style or @hidden or " + " or ".join(
    f"self::{tag}" for tag in sorted(_DROP_TAGS - _DROP_ALWAYS)) + "]"

# ---------------------------------------------------------------------------------------------
# Density scoring
# ---------------------------------------------------------------------------------------------

#: Punctuation that marks sentences (CJK full-width and ASCII).
_PUNCT = re.compile(r"[，。！？；：、“”‘’（）《》…,.!?;:]")
#: Elements scored as body containers (paragraph-level and inline elements are not).
_NOT_CONTAINER = frozenset(
    "p a span font b strong em i u h1 h2 h3 h4 h5 h6 img br li tr th tbody thead tfoot table ul ol dl dt "
    "label sup sub small big figcaption figure center".split()
)
_PARA_TAGS = frozenset(("p", "br"))
#: Inline formatting: not a structural unit of a container.
_INLINE = frozenset("span font b strong em i u sup sub small big label abbr cite code q s strike tt var".split())
_MIN_BODY_CHARS = 10

# ---------------------------------------------------------------------------------------------
# Captions and pictures
# ---------------------------------------------------------------------------------------------

_CAPTION_ATTR = re.compile(
    r"caption|pic_?t(?:ext|itle|xt)|pictext|img_?(?:desc|txt|title|text)|photo_?(?:desc|txt|title|text)|"
    r"tuzhu|imgtitle|pic_?desc|pic_?info|explain",
    re.I,
)
MAX_CAPTION = 150
#: Text the clean pipeline drops anyway (版权所有, ICP备, 举报电话 …) is not evidence of a body.
_JUNK = boilerplate.compile_rules(boilerplate.DROP_LINES + (bylines.EDITOR_LINE.pattern,))
_ICON_SRC = re.compile(r"icon|spacer|blank\.|dot\.|/line\.|loading|logo", re.I)

# ---------------------------------------------------------------------------------------------
# Header fields
# ---------------------------------------------------------------------------------------------

_TITLE_SPLIT = re.compile(r"\s*(?:_{1,2}|\||｜|--+|(?<!\d)-(?!\d)|\s-\s)\s*")
_BLOCKISH = frozenset(
    "div p td th li dd dt h1 h2 h3 h4 h5 h6 section header article center tr table ul ol body time".split()
)
_META_LABEL = re.compile(
    r"(?:发布时间|發布時間|发布日期|发表时间|时间|時間|日期|来源|來源|稿源|作者|编辑|編輯|责编|責編|浏览|點擊|点击|阅读)\s*[:：]"
)
_SOURCE_LINE = re.compile(r"(?:信息来源|信息來源|来源|來源|稿源|出处|出處)\s*[:：]\s*(?P<source>[^\s|｜丨/]+)")
_SOURCE_STOP = re.compile(r"(?:作者|编辑|編輯|责编|責編|记者|記者|时间|時間|发布|浏览|点击|字号|【|\[|（|\().*$")
_SOURCE_NOISE = ("进入论坛", "手机读报", "進入論壇", "手機讀報", "我要评论", "打印", "纠错")
_AUTHOR_LINE = re.compile(r"(?:作者|記者|记者)\s*[:：]\s*(?P<names>[\u4e00-\u9fff·][\u4e00-\u9fff·、，,\s]*?)\s*(?=$|[|｜]|\S+\s*[:：])")
_DASHES = re.compile(r"^[—\-－―]+\s*")
_DATE_LABEL = re.compile(r"时间|時間|日期|发布|發布")
_PRE_ATTR = re.compile(r"pre|yinti|yt\b|kicker|sup", re.I)
_SUB_ATTR = re.compile(r"sub|futi|fbt|fu_?title", re.I)
_CRUMB_ATTR = re.compile(r"crumb|navpath|position|location|weizhi|dqwz|mbx|curpos|path", re.I)
_CRUMB_TEXT = re.compile(r"当前位置|您的位置|您现在的位置|你的位置|你现在的位置|所在位置|當前位置|現在的位置")
_CRUMB_SEPARATORS = re.compile(r"^(?:>>|>|＞|»|→|/|\\|›|-)+$")
_CRUMB_SKIP = frozenset(("正文", "正文内容", "内容", "详情", "阅读文章", "文章"))

_URL_DATES = tuple(re.compile(p) for p in (
    r"/(?P<y>(?:19|20)\d{2})/(?P<m>\d{2})(?P<d>\d{2})/",  # people /n2/2024/0428/
    r"t(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})_\d+",  # TRS t20240428_123
    r"/(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})/(?P<d>\d{1,2})/",  # Founder /2024-04/28/
    r"/(?P<y>(?:19|20)\d{2})/(?P<m>\d{1,2})-(?P<d>\d{1,2})/",  # 大河网 /2024/04-28/
    r"/(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})/",  # /2024-04-28/
    r"/(?P<y>(?:19|20)\d{2})/(?P<m>\d{1,2})/(?P<d>\d{1,2})/",  # /system/2024/04/28/, /art/2024/4/28/
    r"/(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})/",  # /system/20240428/
    r"/(?P<y>(?:19|20)\d{2})(?P<m>\d{2})/(?P<d>\d{2})/",  # /202404/28/
))
_URL_ID = (
    re.compile(r"t\d{8}_(?P<id>\d+)"),
    re.compile(r"content_(?P<id>\d+)"),
    re.compile(r"c\d+-(?P<id>\d+)(?:-\d+)?\.s?html?$"),
    re.compile(r"(?P<id>\d{5,})[^/\d]*$"),
)


# =============================================================================================
# Entry points
# =============================================================================================


def extract_generic(sel: Selector, url: str) -> PageFields:
    """All fields of an article page, found without selectors.  Never raises."""
    page = PageFields(url=url)
    try:
        root = sel.root
        if not isinstance(getattr(root, "tag", None), str):
            return page
        ctx = _Context(root, url)
    except Exception:  # noqa: BLE001 - odd markup costs the fields, never the caller
        logger.debug("generic extraction: no usable document for %s", url, exc_info=True)
        return page
    steps = (
        ("title", ctx.find_title),
        ("body", ctx.find_body),
        ("lines", ctx.find_meta_lines),
        ("published_at", ctx.find_published_at),
        ("source", ctx.find_source),
        ("editors", ctx.find_editors),
        ("authors", ctx.find_authors),
        ("channel", ctx.find_channel),
        ("tidy", ctx.tidy_paragraphs),
    )
    for name, step in steps:
        try:
            step()
        except Exception:  # noqa: BLE001
            logger.debug("generic extraction: step %s failed on %s", name, url, exc_info=True)
    page.title, page.pretitle, page.subtitle = ctx.title, ctx.pretitle, ctx.subtitle
    page.published_at, page.source = ctx.published_at, ctx.source
    page.editors, page.authors, page.channel = ctx.editors, ctx.authors, ctx.channel
    page.paragraphs, page.images = ctx.paragraphs, ctx.images
    page.script = detect_script((page.title or "") + "".join(page.paragraphs))
    return page


def needs_fallback(page: PageFields) -> bool:
    """Whether a profile's extraction of ``page`` lacks a key field (or has only the day), so
    that the generic extractor's values are wanted (:func:`fill_missing`)."""
    return not (page.title and page.paragraphs and page.published_at and page.source) or is_bare_date(page.published_at)


def is_bare_date(value: str | None) -> bool:
    """``2024-04-28`` (a day without its time) rather than a full ISO datetime."""
    return bool(value) and len(value) == 10


#: PageFields filled by :func:`fill_missing` (``paragraphs`` brings ``images`` with it).
FILLABLE = ("title", "pretitle", "subtitle", "published_at", "source", "authors", "editors", "channel", "paragraphs")


def fill_missing(page: PageFields, generic: PageFields) -> tuple[PageFields, list[str]]:
    """``page`` (a profile's extraction) with each empty field taken from ``generic``.

    Returns the new PageFields and the names of the fields filled, so the caller can count
    them: a profile field that keeps needing the fallback means the portal changed its
    template.  The body comes as a unit: when the profile found no paragraphs, the generic
    paragraphs and images both replace it (images of another container would not match).
    """
    values = {}
    filled: list[str] = []
    for name in FILLABLE:
        mine, theirs = getattr(page, name), getattr(generic, name)
        if not mine and theirs:
            values[name] = list(theirs) if isinstance(theirs, list) else theirs
            filled.append(name)
    if is_bare_date(page.published_at) and generic.published_at and not is_bare_date(generic.published_at) \
            and generic.published_at.startswith(page.published_at):
        # The profile found only the day (a <meta> date, its time line gone): the same day
        # with its time, from the page's visible time line, is the better value.
        values["published_at"] = generic.published_at
        filled.append("published_at")
    if "paragraphs" in filled:
        values["images"] = [dict(img) for img in generic.images]
        if generic.images:
            filled.append("images")
    if not filled:
        return page, []
    merged = replace(page, **values)
    merged.script = detect_script((merged.title or "") + "".join(merged.paragraphs))
    return merged, filled


def url_date(url: str) -> date | None:
    """The publication day many CMSs write into article URLs (``/2024/0428/``, ``t20240428_``…)."""
    path = urlsplit(url).path
    for pattern in _URL_DATES:
        for m in pattern.finditer(path):
            try:
                return date(int(m["y"]), int(m["m"]), int(m["d"]))
            except ValueError:
                continue
    return None


def url_article_id(url: str) -> str:
    """The portal's article id in a URL (``t20240428_123`` → ``123``), else the file name."""
    path = urlsplit(url).path
    name = path.rstrip("/").rsplit("/", 1)[-1]
    for pattern in _URL_ID:
        m = pattern.search(name)
        if m:
            return m["id"]
    return re.sub(r"\.\w+$", "", name) or path or url


# =============================================================================================
# The work, one step per field
# =============================================================================================


@dataclass
class _Line:
    """A short line of text near the title: the block it sits in and where it sits."""

    text: str
    node_text: str  # the text node itself (a <span> date inside a longer line)
    element: object


class _Context:
    """One page's extraction state: the tree, the title anchor, the body node, the result."""

    def __init__(self, root, url: str):
        self.root = root
        self.url = url
        body = root.xpath("//body")
        self.body_el = body[0] if body else root
        self.order: dict = {}
        for i, el in enumerate(root.iter()):
            self.order[el] = i
        self.anchor = None  # the title element
        self.body_node = None  # the chosen container in the original tree
        self.body_end = None  # document order of the body node's last element
        self.lines: list[_Line] = []  # after the title, up to the end of the body
        self.before: list[_Line] = []  # just before the title, nearest first
        self.title = self.pretitle = self.subtitle = None
        self.published_at = self.source = None
        self.editors: list[str] = []
        self.authors: list[str] = []
        self.channel: list[str] = []
        self.paragraphs: list[str] = []
        self.images: list[dict] = []

    # ---- title -------------------------------------------------------------------------------

    def find_title(self) -> None:
        """The ``<title>`` part the page also prints as a heading; else ``<h1>``; else ``<title>``."""
        head_title = squash(self.root.xpath("string(//title)"))
        parts = [p for p in _TITLE_SPLIT.split(head_title) if p]
        whole = [head_title] if len(parts) > 1 else []
        heading_match = None
        headings = {}
        for h in self.body_el.iter("h1", "h2", "h3"):
            if not _is_logo(h):
                headings.setdefault(squash(h.text_content()), h)
        for part in sorted(whole + parts, key=len, reverse=True):
            if len(part) < 4:
                continue
            found = headings.get(part)
            if found is None and not any(part in h for h in headings) and not (heading_match and heading_match[2]):
                found = self._element_with_text(part)
            if found is not None:
                heading = found.tag in ("h1", "h2", "h3") or _attr_words(found, "title")
                if heading_match is None or (heading and not heading_match[2]):
                    heading_match = (part, found, heading)
                if heading:
                    break
        h1s = [h for h in self.body_el.iter("h1") if len(squash(h.text_content())) >= 4 and not _is_logo(h)]
        if heading_match is not None:
            self.title, self.anchor = heading_match[0], heading_match[1]
        elif h1s:
            # A heading longer than a truncated <title>, or a page whose <title> is the site name.
            self.anchor = h1s[0]
            self.title = squash(h1s[0].text_content())
        elif parts:
            self.title = max(parts[:2], key=len) if len(parts[0]) < 4 else parts[0]
        else:
            og = squash(self.root.xpath("string(//meta[@property='og:title']/@content)"))
            self.title = og or None
        if self.anchor is not None:
            self.anchor = _outermost_same_text(self.anchor)
            self.pretitle, self.subtitle = self._kicker_and_subtitle(self.anchor)

    def _element_with_text(self, text: str):
        """The innermost body element (not in a link) whose whole text is ``text``; headings first.

        Found from the text nodes that contain ``text`` (one linear pass), with headings and
        ``*title*`` elements checked whole for a headline split over several text nodes.
        """
        hits = []
        for t in self.body_el.xpath(".//text()[contains(., $t)]", t=text):
            owner = t.getparent()
            if owner is not None and t.is_tail:
                owner = owner.getparent()
            if owner is not None and squash(owner.text_content()) == text:
                hits.append(owner)
        if not hits:
            hits = [h for h in self.body_el.xpath(
                ".//h1 | .//h2 | .//h3 | .//*[contains(@class, 'title') or contains(@id, 'title')]")
                if squash(h.text_content()) == text]
        hits = [h for h in hits if not any(a.tag == "a" for a in h.iterancestors()) and h.tag != "a"]
        for h in hits:
            if h.tag in ("h1", "h2", "h3") or _attr_words(h, "title"):
                return h
        return hits[0] if hits else None

    def _kicker_and_subtitle(self, anchor) -> tuple[str | None, str | None]:
        """引题 just before the headline and 副题 just after it, when the markup says so."""
        pre = sub = None
        prev, nxt = _sibling(anchor, -1), _sibling(anchor, +1)
        if prev is not None and _short_heading_text(prev):
            if prev.tag in ("h2", "h3", "h4") or _PRE_ATTR.search(_attrs(prev)):
                pre = _short_heading_text(prev)
        if nxt is not None and _short_heading_text(nxt):
            text = _short_heading_text(nxt)
            if text.startswith(("——", "--", "－－")) or nxt.tag in ("h2", "h3", "h4") or _SUB_ATTR.search(_attrs(nxt)):
                sub = _DASHES.sub("", text) or None
        return pre, sub

    # ---- body --------------------------------------------------------------------------------

    def find_body(self) -> None:
        """Choose the body container by density, furniture left out; its paragraphs + images.

        Scoring runs on the page as it is (furniture is skipped, not removed); only the chosen
        container is copied and cleaned for :func:`linearize`.
        """
        stats = _density(self.body_el, _JUNK)
        best, best_score = None, 0.0
        for el, measures in stats.items():
            if el.tag in _NOT_CONTAINER:
                continue
            score = measures.score() * (CONTENT_HINT if _is_content_like(el) else 1.0)
            if score > best_score:
                best, best_score = el, score
        if best is None:
            return
        self.body_node = best
        last = best
        for last in best.iter():  # the container's last element in document order
            pass
        self.body_end = self.order.get(last)
        work = copy.deepcopy(best)
        work.tail = None
        _strip_furniture(work, _text_len(self.body_el))
        _mark_captions(work)
        self.paragraphs, self.images = _paragraphs_and_images(work, self.url)

    # ---- the lines around the title ----------------------------------------------------------

    def find_meta_lines(self) -> None:
        """Short lines after the title (up to the end of the body), then a few just before it.

        The time/source/author line of every template sits there; today's date in the top bar,
        dated related-news lists and comment times sit elsewhere.
        """
        start = self.order.get(self.anchor, -1) if self.anchor is not None else -1
        if start < 0 and self.body_node is not None:
            start = self.order.get(self.body_node, 0) - 1
        end = self.body_end if self.body_end is not None else start + 400
        after_nodes, before_nodes = [], []
        for t in self.body_el.xpath(".//text()[normalize-space()]"):
            owner = t.getparent()
            if owner is None or not isinstance(owner.tag, str) or owner.tag in _DROP_ALWAYS:
                continue
            # a tail follows its element's subtree: ordering by the element is close enough
            pos = self.order.get(owner, -1)
            if start < pos <= end or (t.is_tail and pos == start):
                after_nodes.append((t, owner))
            elif pos <= start:
                before_nodes.append((t, owner))
        self.lines = _lines_of(after_nodes, 60)
        self.before = _lines_of(reversed(before_nodes), 12)

    def _meta_lines(self) -> list[_Line]:
        """Lines that look like metadata: labelled (来源：, 时间：) or a bare date."""
        out = []
        for line in self.lines:
            if len(line.text) > 150:
                continue
            if _META_LABEL.search(line.text) or (len(line.node_text) <= 40 and dates.parse_datetime(line.node_text)):
                out.append(line)
        return out

    # ---- published_at ------------------------------------------------------------------------

    def find_published_at(self) -> None:
        candidates = [
            self._baidu_time(),
            self._meta_time(),
            self._visible_time(),
            url_date(self.url),
        ]
        found = [c for c in candidates if c is not None]
        if not found:
            return
        best = found[0]
        if not isinstance(best, datetime):
            # A date-only value (meta publishdate, the URL) is refined by a time of the same day.
            for other in found[1:]:
                if isinstance(other, datetime) and other.date() == best:
                    best = other
                    break
        self.published_at = dates.iso(best)

    def _baidu_time(self):
        """``#pubtime_baidu`` (``normalize-space``: real pages write ``id="pubtime_baidu "``)."""
        for node in self.root.xpath("//*[normalize-space(@id)='pubtime_baidu']"):
            value = dates.parse_datetime(squash(node.text_content()))
            if value:
                return value
        return None

    def _meta_time(self):
        wanted = ("publishdate", "pubdate", "publish_date", "publishtime", "article:published_time",
                  "og:release_date", "datepublished", "dc.date.issued")
        metas = {}
        for meta in self.root.iter("meta"):
            key = (meta.get("name") or meta.get("property") or meta.get("itemprop") or "").strip().lower()
            if key in wanted and key not in metas and meta.get("content"):
                metas[key] = meta.get("content")
        for key in wanted:
            value = dates.parse_machine(metas.get(key))
            if value:
                return value
        return None

    def _visible_time(self):
        for line in self._meta_lines():
            text = line.text
            # a labelled line may hold several dates; the labelled one comes first in practice
            value = dates.parse_datetime(text)
            if value:
                return value
        for line in self.before:
            if len(line.text) <= 150 and (_DATE_LABEL.search(line.text) or line.element is not None and line.element.tag == "time"):
                value = dates.parse_datetime(line.text)
                if value:
                    return value
        return None

    # ---- source, editors, authors ------------------------------------------------------------

    def find_source(self) -> None:
        for node in self.root.xpath("//*[normalize-space(@id)='source_baidu']"):
            text = squash(node.text_content())
            m = _SOURCE_LINE.search(text)
            value = _clean_source(m["source"] if m else text.split(" ")[0] if text else "")
            if value:
                self.source = value
                return
        for line in self._meta_lines() + [ln for ln in self.before if _SOURCE_LINE.search(ln.text)]:
            m = _SOURCE_LINE.search(line.text)
            if m and _clean_source(m["source"]):
                self.source = _clean_source(m["source"])
                return
        for name in ("source", "contentsource", "copyfrom"):
            for meta in self.root.iter("meta"):
                if (meta.get("name") or "").strip().lower() == name and squash(meta.get("content")):
                    text = re.sub(r"^(?:信息来源|来源|來源)\s*[:：]\s*", "", squash(meta.get("content")))
                    if _clean_source(text):
                        self.source = _clean_source(text)
                        return

    def find_editors(self) -> None:
        """``#editor_baidu``, else the first short line anywhere labelled 责任编辑/责编/编辑."""
        for node in self.root.xpath("//*[normalize-space(@id)='editor_baidu']"):
            names = bylines.split_names(re.sub(r"^.*?[:：]", "", squash(node.text_content())))
            if names:
                self.editors = names
                return
        seen = set()
        for t in self.body_el.xpath(".//text()[contains(., '编') or contains(., '編')]"):
            owner = t.getparent()
            if owner is None or not isinstance(owner.tag, str) or owner.tag in _DROP_ALWAYS:
                continue
            block = _block_of(owner.getparent() if t.is_tail and owner.getparent() is not None else owner)
            if block in seen:
                continue
            seen.add(block)
            names = bylines.editors_in(squash(block.text_content())) or bylines.editors_in(squash(str(t)))
            if names:
                self.editors = names
                return

    def find_authors(self) -> None:
        """``#author_baidu``, 作者：/记者： in the time line, or a byline line under the title."""
        for node in self.root.xpath("//*[normalize-space(@id)='author_baidu']"):
            names = bylines.split_names(re.sub(r"^.*?[:：]", "", squash(node.text_content())))
            if names:
                self.authors = names
                return
        for line in self.lines[:8] + self.before[:3]:
            if len(line.text) > 150:
                continue
            in_body = self.body_node is not None and _inside(line.element, self.body_node)
            # inside the body, 记者： is an interview's question unless the line is the time line
            m = _AUTHOR_LINE.search(line.text)
            if m and (not in_body or _SOURCE_LINE.search(line.text) or dates.parse_datetime(line.text)):
                names = bylines.split_names(m["names"])
                if names:
                    self.authors = names
                    return
            names = bylines.byline_names(line.text) if line in self.lines and not in_body else []
            if names:
                self.authors = names
                return
        # Last, the head's <meta name="author"> (people.com.cn's 网站内容标识 set, TRS pages):
        # only when it holds person names, not the portal's or a paper's name.
        for content in self.root.xpath("//head/meta[translate(@name, 'AUTHOR', 'author')='author']/@content"):
            text = squash(content)
            if text and not re.search(r"网|報|报|社|台|中心|新闻|新聞|[A-Za-z]", text):
                names = bylines.split_names(text)
                if names:
                    self.authors = names
                    return

    # ---- channel -----------------------------------------------------------------------------

    def find_channel(self) -> None:
        """Breadcrumb link names below the site root (当前位置：首页 > 新闻 > 本地 → [新闻, 本地])."""
        crumb = self._breadcrumb()
        if crumb is None:
            return
        names = [squash(a.text_content()) for a in crumb.iter("a")]
        names = [n for n in names[1:] if n and n not in _CRUMB_SKIP and n != self.title]
        self.channel = [to_simplified(n) for n in names]

    def _breadcrumb(self):
        limit = self.order.get(self.anchor, None) if self.anchor is not None else None
        candidates = []
        for el in self.body_el.xpath(".//*[not(self::a)][count(a) >= 2 or count(*/a) >= 2]"):
            if limit is not None and self.order.get(el, 0) > limit:
                break
            candidates.append(el)
        for el in candidates:  # named so: class/id, or a 当前位置 label
            head = (el.text or "") + "".join((c.text or "") + (c.tail or "") for c in el[:2])
            if _CRUMB_ATTR.search(_attrs(el)) or _CRUMB_TEXT.search(head):
                if len(squash(el.text_content())) <= 150:
                    return el
        for el in candidates:  # or just links with >> between them
            if el.tag != "ul" and _separated_links(el):
                return el
        return None

    # ---- paragraphs tidy-up ------------------------------------------------------------------

    def tidy_paragraphs(self) -> None:
        """Drop the headline and meta lines a too-wide container brought along; take out
        editor lines and stand-alone bylines (names go to editors/authors)."""
        heads = {x for x in (self.title, self.pretitle, self.subtitle) if x}
        heads |= {"——" + x for x in heads}
        out: list[str] = []
        n = len(self.paragraphs)
        for i, para in enumerate(self.paragraphs):
            near_edge = i < 3 or i >= n - 3
            if i < 4 and para in heads:
                continue
            if near_edge and len(para) <= 150 and _META_LABEL.search(para) and (
                dates.parse_datetime(para) or _SOURCE_LINE.search(para)
            ):
                continue
            names = bylines.editors_in(para) if len(para) <= 60 and _starts_as_editor(para) else []
            if names:
                self.editors = self.editors or names
                continue
            names = bylines.byline_names(para) if near_edge else []
            if names:
                self.authors += [a for a in names if a not in self.authors]
                continue
            out.append(para)
        self.paragraphs = out


# =============================================================================================
# Helpers
# =============================================================================================


def _attrs(el) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _attr_words(el, word: str) -> bool:
    return word in _attrs(el).lower()


def _is_noise(el) -> bool:
    """Tag or class/id says furniture (substring for long names, whole word for short ones)."""
    if el.tag in _DROP_TAGS:
        return True
    style = el.get("style")
    if (style and _HIDDEN.search(style)) or el.get("hidden") is not None:
        return True
    return _noise_attrs(_attrs(el).strip())


@lru_cache(maxsize=4096)
def _noise_attrs(attrs: str) -> bool:
    """Class/id values repeat a lot within and across pages of a portal: decided once each."""
    if not attrs:
        return False
    if _NOISE_SUBSTRINGS.search(attrs):
        return True
    return any(w.lower() in _NOISE_WORDS for w in _WORD_SPLIT.split(attrs) if w)


def _is_content_like(el) -> bool:
    return _content_attrs(_attrs(el).strip())


@lru_cache(maxsize=4096)
def _content_attrs(attrs: str) -> bool:
    if not attrs:
        return False
    if _CONTENT_SUBSTRINGS.search(attrs):
        return True
    return any(w.lower() in _CONTENT_WORDS for w in _WORD_SPLIT.split(attrs) if w)


def _text_len(el) -> int:
    """Visible characters under ``el`` (whitespace and script/style text not counted)."""
    hidden = sum(len("".join(x.text_content().split())) for x in el.iter("script", "style", "noscript"))
    return len("".join(el.text_content().split())) - hidden


def _strip_furniture(root, page_chars: int) -> None:
    """Remove furniture from a copy of the body container, as :func:`_density` skipped it."""
    for el in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        drop_keep_tail(el)
    for el in list(root.iter(*_DROP_ALWAYS)):
        drop_keep_tail(el)
    for el in list(root.iter()):
        if el is root or not isinstance(el.tag, str) or el.getparent() is None:
            continue
        if _is_noise(el) and _text_len(el) <= _MAX_NOISE_SHARE * page_chars:
            drop_keep_tail(el)


class _Stats:
    """Text measures of one subtree (see the module docstring for the score)."""

    __slots__ = ("chars", "link_chars", "junk_chars", "units", "link_units", "punct", "paras", "loose", "loose_junk")

    def __init__(self):
        self.chars = self.link_chars = self.junk_chars = self.link_units = self.punct = self.paras = 0
        self.units = self.loose = self.loose_junk = 0

    def score(self) -> float:
        """0 for a node without structure inside (a paragraph is not a container, as in CEPF)."""
        text = self.chars - self.link_chars - self.junk_chars
        units = self.units - self.link_units
        if text < _MIN_BODY_CHARS or units <= 0:
            return 0.0
        punctuation = self.punct / text
        return text / units * math.log10(self.paras + 2) * math.log1p(100 * punctuation)


def _density(root, junk: re.Pattern[str] | None = None) -> dict:
    """Per-element :class:`_Stats` of the page with its furniture left out.

    Furniture (tag or class/id, :func:`_is_noise`) is skipped whole, unless it holds more than
    half the page's text (a wrapper with an unlucky class name).
    """
    page_chars = _text_len(root)
    skip: set = set()
    for el in root.xpath(_FURNITURE_XPATH):  # document order: outer boxes before inner ones
        if el in skip or el is root or not _is_noise(el):
            continue
        if _text_len(el) <= _MAX_NOISE_SHARE * page_chars:
            skip.update(el.iter())
    return _measure(root, junk, skip)



def _measure(root, junk: re.Pattern[str] | None, skip: set) -> dict:
    """One pass over the tree, children before parents (no recursion).

    ``units`` counts the elements *below* a node that hold text of their own (paragraphs,
    cells, list items, links, ``<br>``), text in inline formatting (span, font, strong …)
    counting as its block's own: wrappers, table rows and empty layout boxes do not dilute
    the density.  Text pieces the boilerplate rules would drop (版权所有, ICP备, 声明：…,
    责编 lines) count as junk, not as content, and an element holding only junk is no unit.
    """
    stats: dict = {}
    for el in reversed(list(root.iter())):
        if not isinstance(el.tag, str) or el.tag in _DROP_ALWAYS or el in skip:
            continue
        s = _Stats()
        is_link = el.tag == "a"
        for k, piece in enumerate([el.text] + [c.tail for c in el]):
            if not piece:
                continue
            n = len("".join(piece.split()))
            if not n:
                continue
            s.chars += n
            s.loose += n
            if is_link and k == 0:
                continue  # link text is discounted whole: no need to look inside it
            s.punct += len(_PUNCT.findall(piece))
            if junk is not None and n > 3 and junk.search(piece):
                s.junk_chars += n
                s.loose_junk += n
        for child in el:
            cs = stats.get(child)
            if cs is None:
                continue
            s.chars += cs.chars
            s.link_chars += cs.link_chars
            s.junk_chars += cs.junk_chars
            s.units += cs.units
            s.link_units += cs.link_units
            s.punct += cs.punct
            s.paras += cs.paras
            if child.tag in _INLINE:
                s.loose += cs.loose
                s.loose_junk += cs.loose_junk
            elif child.tag == "br" or cs.loose > cs.loose_junk:
                s.units += 1
                if child.tag == "a":
                    s.link_units += 1
        if is_link:
            s.link_chars = s.chars
            s.junk_chars = 0
        if el.tag in _PARA_TAGS:
            s.paras += 1
        stats[el] = s
    return stats


def _mark_captions(node) -> None:
    """Make caption elements look centred so the caption pairing below sees them."""
    for el in node.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "figcaption" or (el.tag != "img" and _CAPTION_ATTR.search(_attrs(el))):
            el.set("align", "center")
        elif el.tag == "img" and _is_icon(el):
            drop_keep_tail(el)


def _is_icon(img) -> bool:
    src = img.get("src") or ""
    for dim in ("width", "height"):
        value = (img.get(dim) or "").strip().rstrip("px")
        if value.isdigit() and int(value) < 40:
            return True
    return bool(_ICON_SRC.search(src))


def _paragraphs_and_images(node, url: str) -> tuple[list[str], list[dict]]:
    """Blocks of the body node → paragraphs, and images each with its caption (captions are not body)."""
    blocks = linearize(node, url)
    paragraphs: list[str] = []
    images: list[dict] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.image:
            caption = None
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if nxt is not None and not nxt.image and nxt.align == "center" and len(nxt.text) <= MAX_CAPTION:
                caption = nxt.text
                i += 1
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if nxt is not None and not nxt.image and nxt.align == "right" and len(nxt.text) <= MAX_CREDIT:
                i += 1  # a photo credit (新华社发) under the picture
            if not any(img["url"] == b.image for img in images):
                images.append({"url": b.image, "caption": caption})
        else:
            paragraphs.append(b.text)
        i += 1
    return paragraphs, images


def _outermost_same_text(el):
    """``<h1><founder-title>T</founder-title></h1>`` → the h1: siblings are the h1's."""
    text = squash(el.text_content())
    while el.getparent() is not None and el.getparent().tag not in ("body", "html"):
        parent = el.getparent()
        if squash(parent.text_content()) != text:
            break
        el = parent
    return el


def _is_logo(heading) -> bool:
    """``<h1 class="logo"><a href="/">站名</a></h1>``: the site's name, not a headline."""
    if "logo" in _attrs(heading).lower():
        return True
    text = squash(heading.text_content())
    return bool(text) and any(squash(a.text_content()) == text for a in heading.iter("a"))


def _sibling(el, step: int):
    node = el.getprevious() if step < 0 else el.getnext()
    while node is not None and not isinstance(node.tag, str):
        node = node.getprevious() if step < 0 else node.getnext()
    return node


def _short_heading_text(el) -> str | None:
    """The text of a short line that can be a kicker or subtitle (not a date/source/byline line)."""
    if el.tag in ("script", "style", "a", "ul", "table", "img"):
        return None
    text = squash(el.text_content())
    if not text or len(text) > 60 or _META_LABEL.search(text) or dates.parse_datetime(text):
        return None
    if bylines.byline_names(text) or re.search(r"author|info|time|date|source", _attrs(el), re.I):
        return None
    return text


def _lines_of(nodes, limit: int) -> list[_Line]:
    """The distinct lines (block texts) of text nodes, in the order given, at most ``limit``."""
    lines: list[_Line] = []
    seen = set()
    for t, owner in nodes:
        block = _block_of(owner.getparent() if t.is_tail and owner.getparent() is not None else owner)
        if block in seen:
            continue
        seen.add(block)
        block_text = squash(block.text_content()) if block is not None else ""
        node_text = squash(str(t))
        lines.append(_Line(block_text if 0 < len(block_text) <= 200 else node_text, node_text, block))
        if len(lines) >= limit:
            break
    return lines


def _block_of(el):
    """The nearest block-level ancestor-or-self: the 'line' a text node belongs to."""
    node = el
    while node is not None and isinstance(node.tag, str) and node.tag not in _BLOCKISH:
        node = node.getparent()
    return node if node is not None else el


def _inside(el, container) -> bool:
    node = el
    while node is not None:
        if node is container:
            return True
        node = node.getparent()
    return False


def _separated_links(el) -> bool:
    """Two or more links whose text in between is only breadcrumb separators (>>, >, ＞ …)."""
    children = [c for c in el if isinstance(c.tag, str)]
    if len(children) < 2 or any(c.tag != "a" for c in children):
        return False
    gaps = [squash(c.tail) for c in children[:-1]]
    return all(g and _CRUMB_SEPARATORS.match(g.replace(" ", "")) for g in gaps)


def _clean_source(text: str | None) -> str | None:
    if not text:
        return None
    text = _SOURCE_STOP.sub("", text.strip(" :：|｜"))
    return bylines.clean_source(text, _SOURCE_NOISE)


def _starts_as_editor(para: str) -> bool:
    return bool(re.match(r"^[【\[（(]?\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯)\s*[:：]", para))


__all__ = ["FILLABLE", "extract_generic", "fill_missing", "is_bare_date", "needs_fallback", "url_article_id",
           "url_date"]
