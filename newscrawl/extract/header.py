"""Header fields without selectors: title, kicker/subtitle, publication time, source, bylines, channel.

title
    the ``<title>`` part (split at ``_ | - --``) or ``og:title`` that the page also prints as a
    heading (so the site suffix goes, whichever side it is on; never a column name), else the
    page's one ``<h1>``, else, once the body is found, the most headline-like element before
    its prose (heading markup, nearness, the body repeating its words; not a banner, a
    breadcrumb, a column name or a document number), else ``<title>``, else ``og:title``.
    The headline element is the anchor for the rest.
published_at
    the labelled or date-only line between the headline and the end of the body (and a few
    labelled lines just before it), ``#pubtime_baidu``, ``<meta>`` names real sites use
    (:data:`~.vocabulary.TIME_META_NAMES`), ``<time datetime>``, JSON-LD / inline data
    (``datePublished``, ``pubtime``), and the date in the URL as the last resort (a bare
    day).  A day without a time is refined by a time of the same day from another source.
    Never a date from the top bar, a related-news list or comments: those sit outside the
    headline-to-body span.
source, editors, authors
    the 来源 of those lines (:func:`.bylines.source_in`), the 责任编辑/编辑 line anywhere, the
    作者/记者 of the time line or a byline line under the title; Baidu's ``#*_baidu`` ids first.
channel
    breadcrumb link names below the site root.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from itertools import islice

from . import bylines, dates
from .body import centred, reads_as_caption, shown
from .container import attrs
from .document import Doc, Line, block_of, inside, sibling, text_owner
from .text import HAN, fold_separators, squash, strip_dashes, to_simplified
from .urls import url_date
from .vocabulary import (
    ACCOUNT_BUTTONS,
    AUTHOR_ATTRS,
    LATIN_NOT_NAMES,
    AUTHOR_LABELS,
    CRUMB_ATTRS,
    CRUMB_SEPARATORS,
    CRUMB_SKIP,
    CRUMB_TEXTS,
    COLUMN_HEADINGS,
    DATE_LABELS,
    EPAPER_WORDS,
    LONG_DATE_LABELS,
    META_LABELS,
    PRETITLE_ATTRS,
    SUBTITLE_ATTRS,
    TIME_JSON_KEYS,
    TIME_SCRIPT_VARS,
    TIME_META_NAMES,
    TIME_META_UPDATED,
    TITLE_METAS,
    TITLE_SEPARATORS,
)

_TITLE_SPLIT = re.compile(rf"\s*(?:{TITLE_SEPARATORS})\s*")
_META_LABEL = re.compile(rf"(?:{'|'.join(META_LABELS)})\s*[:：]|(?:{'|'.join(LONG_DATE_LABELS)})\s*(?=\d)")
_DATE_LABEL = re.compile("|".join(DATE_LABELS))
_LABELLED_TIME = re.compile(rf"^\s*(?:{'|'.join(DATE_LABELS)})\S{{0,2}}\s*[:：]?\s*(?:19|20)\d{{2}}")
#: 作者：王某 / 作者 | 王某 / 文/王某 / 作者：王某（某大学教授） — up to the next label, separator or bracket.
_AUTHOR_LINE = re.compile(
    rf"(?:(?:{'|'.join(AUTHOR_LABELS)})\s*[:：|｜]|[【\[]\s*(?:{'|'.join(AUTHOR_LABELS)})\s*[】\]]\s*[:：]?"
    r"|(?:^|(?<=\s))(?:文|图文|圖文)\s*/)\s*"
    r"(?P<names>[\u4e00-\u9fff·][\u4e00-\u9fff·、，,\s]*?)\s*(?=$|[|｜（(【\[】\]）)]|\S+\s*[:：]|(?:19|20)\d{2}\D|\S{1,4}\s*[/|｜])"
)
#: …| 来源CSDN | 作者魏星 — a label run into the name, at the end of the line or of a field;
#: 来源：某报 本报记者 王某 李某 — a reporter label and names spaced, no colon (names open with a surname).
_AUTHOR_GLUED = re.compile(rf"(?:{'|'.join(AUTHOR_LABELS)})(?P<names>[\u4e00-\u9fff]{{2,4}})\s*(?=$|[|｜])"
                           r"|(?:记者|記者)\s+(?P<spaced>[\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3}){0,3})\s*(?=$|[|｜（(])")
_PRE_ATTR = re.compile("|".join(PRETITLE_ATTRS), re.I)
_SUB_ATTR = re.compile("|".join(SUBTITLE_ATTRS), re.I)
_CRUMB_ATTR = re.compile("|".join(CRUMB_ATTRS), re.I)
_CRUMB_TEXT = re.compile("|".join(CRUMB_TEXTS))
_CRUMB_SEPARATORS = re.compile("^(?:" + "|".join(re.escape(s) for s in CRUMB_SEPARATORS) + ")+$")
_TITLE_LIKE = (".//h1 | .//h2 | .//h3 | .//h4 | .//h5 | .//*[not(self::a)][contains(translate(@class, 'TITLE', 'title'), 'title') "
               "or contains(translate(@id, 'TITLE', 'title'), 'title') or contains(@class, 'bt') or contains(@class, 'tit')] "
               "| .//font[@size] | .//*[contains(translate(@style, 'FONTSIZE', 'fontsize'), 'font-size')]")
_CRUMB_LIKE = re.compile(r"^(?:首页|首頁|主页|主頁|网站首页|網站首頁)\s*(?:" + "|".join(re.escape(x) for x in CRUMB_SEPARATORS) + ")")
#: 中国科普网 > 时政新闻 > — a trail of links ending in a separator (not / \\ -, which end other text too).
_CRUMB_TRAIL = re.compile("(?:" + "|".join(re.escape(x) for x in CRUMB_SEPARATORS if x not in ("/", "\\", "-")) + r")\s*$")
#: 吉政明电〔2022〕1号 — a document's number (文号), printed above the title of official documents.
_DOC_NUMBER = re.compile(r"^\S{1,12}[〔\[［(（]\d{4}[〕\]］)）]\s*第?\d+\s*号$")
#: 某某市政府网站 www.example.cn — a line naming a site by its address is the site's, not a headline.
_WEB_ADDRESS = re.compile(r"\b(?:www\.|https?://)|\.(?:com|cn|net|org)\b", re.I)
_EPAPER = re.compile("|".join(EPAPER_WORDS))
_ONLY_DATE = re.compile(r"^(?:19|20)\d{2}\s*[年/\-.]\s*\d{1,2}\s*[月/\-.]\s*\d{1,2}\s*日?\s*(?:星期[一二三四五六日天])?$")
_JSON_TIME = re.compile(r'"(?:' + "|".join(TIME_JSON_KEYS) + r')"\s*:\s*(?:"(?P<v>[^"]{8,40})"|(?P<epoch>\d{10})\b)'
                        r"|\bvar\s+(?:" + "|".join(TIME_SCRIPT_VARS) + r")\s*=\s*[\"']?(?P<var>\d{10})\b")


# ---------------------------------------------------------------------------------------------
# Title
# ---------------------------------------------------------------------------------------------


def find_title(doc: Doc) -> tuple[str | None, str | None, str | None]:
    """(title, pretitle, subtitle); sets ``doc.anchor`` to the headline element when found."""
    head_title = doc.head_title
    parts = [p for p in _TITLE_SPLIT.split(head_title) if p]
    whole = [head_title] if len(parts) > 1 else []
    # <title> up to each separator: a headline that itself holds one (新华视界｜某地：标题-某网)
    whole += [head_title[: m.start()] for m in list(_TITLE_SPLIT.finditer(head_title))[1:]
              if m.start() > 0 and head_title[: m.start()] not in parts]
    for attr, value in TITLE_METAS:  # WeChat and many CMSs leave <title> empty, generic or prefixed
        meta_title = doc.meta_content(attr, value)
        if meta_title and meta_title not in parts and meta_title not in whole:
            whole.append(meta_title)
    heading_match = None
    headings = {}
    for h in doc.body_el.iter("h1", "h2", "h3"):
        if not _is_logo(h):
            headings.setdefault(heading_text(h), h)
    for part in sorted(whole + parts, key=len, reverse=True):
        if len(part) < 4 or part in COLUMN_HEADINGS:  # <title>新闻中心</title>: a column, printed in the menu
            continue
        found = headings.get(part)
        if found is None:
            # a heading that holds the headline and a widget's text (<h1><span>T</span><div>播报文章</div></h1>)
            found = next((_element_with_text(doc, part, within=h) for text, h in headings.items()
                          if part in text and len(part) >= 6), None)
        if found is None and not any(part in h for h in headings) and not (heading_match and heading_match[2]):
            found = _element_with_text(doc, part)
            if found is not None and _is_logo(found):
                found = None  # <title> the site's name, printed by the logo
        if found is not None:
            # <title> whole, site's name and all, printed in a heading-like element is a photo
            # viewer's or a share box's copy of it (<div class="photo-full-title">): a match, but
            # a heading that prints the headline alone wins over it
            heading = part != head_title and (found.tag in ("h1", "h2", "h3") or "title" in attrs(found).lower())
            if heading_match is None or (heading and not heading_match[2]):
                heading_match = (part, found, heading)
            if heading:
                break
    if heading_match is None and head_title:
        # <title> is the headline and the site's name joined by a space (土豆不“土” 松花江网):
        # the longest heading that <title> starts or ends with.
        ends = [(len(text), h) for text, h in headings.items()
                if len(text) >= 4 and text != head_title and (head_title.startswith(text) or head_title.endswith(text))
                and text not in COLUMN_HEADINGS]
        if ends:
            h = max(ends, key=lambda t: t[0])[1]
            heading_match = (heading_text(h), h, True)
    title = None
    h1s = [h for h in doc.body_el.iter("h1") if _headline_text(h) and not _is_logo(h)]
    if heading_match is not None:
        title, doc.anchor = heading_match[0], heading_match[1]
    elif len(h1s) == 1:
        # A heading longer than a truncated <title>, or a page whose <title> is the site name.
        doc.anchor = h1s[0]
        title = heading_text(h1s[0])
    elif not h1s:
        title = document_title(doc)  # the body step may still find the headline (title_before)
    pre = sub = None
    if doc.anchor is not None:
        doc.anchor = _outermost_same_text(doc.anchor)
        pre, sub = _kicker_and_subtitle(doc.anchor)
    return title, pre, sub


def document_title(doc: Doc) -> str | None:
    """The title the document gives (``<title>`` without its site suffix, else ``og:title``):
    the last resort when no headline is printed."""
    parts = [p for p in _TITLE_SPLIT.split(doc.head_title) if p]
    if parts:
        return max(parts[:2], key=len) if len(parts[0]) < 4 else parts[0]
    return doc.meta_content("property", "og:title") or None


_ANY_SPACE = re.compile(r"\s")


def _in_link(el) -> bool:
    """Whether ``el`` is inside a link that goes somewhere (a teaser's headline); one to nowhere
    (``href="#"``, ``javascript:``, none) is a template's hook around the page's own headline."""
    for a in el.iterancestors("a"):
        href = (a.get("href") or "").strip()
        if href and href != "#" and not href.lower().startswith("javascript"):
            return True
    return False


#: Elements whose text a browser does not print (and a link, never the headline itself).
_UNPRINTED = frozenset({"a", "title", "script", "style", "noscript", "template", "textarea", "option"})


def _element_with_text(doc: Doc, text: str, within=None):
    """The innermost body element (not in a link) whose whole text is ``text``; headings first.

    Found from the text nodes that contain ``text`` (one linear pass), with headings and
    ``*title*`` elements checked whole for a headline split over several text nodes.
    """
    if within is None and not _ANY_SPACE.search(text) and text not in doc.text:
        return None  # not printed at all (a site's name only the logo shows)
    hits = []
    for t in (within if within is not None else doc.body_el).xpath(".//text()[contains(., $t)]", t=text):
        owner = t.getparent()
        if owner is not None and t.is_tail:
            owner = owner.getparent()
        if owner is not None and squash(owner.text_content()) == text:
            hits.append(owner)
    if not hits and within is None:
        hits = [h for h in doc.body_el.xpath(
            ".//h1 | .//h2 | .//h3 | .//*[contains(@class, 'title') or contains(@id, 'title')]")
            if squash(h.text_content()) == text]
    # not in a link, and printed (a <title> copied into the body is machine data)
    hits = [h for h in hits if not _in_link(h) and h.tag not in _UNPRINTED]
    for h in hits:
        if h.tag in ("h1", "h2", "h3") or "title" in attrs(h).lower():
            return h
    return hits[0] if hits else None


def title_before(doc: Doc, container, current: str | None = None) -> str | None:
    """When nothing on the page matched ``<title>``: the most headline-like element before the
    body container (:func:`_headline_score`: heading markup, near the body, naming what the
    body is about), else, when ``current`` (the ``<title>``'s) does not name what the body is
    about, the nearest plain line before it that does; sets ``doc.anchor``."""
    start = doc.order.get(container)
    if start is None:
        return None
    limit = _first_prose(doc, container, start)
    body_pairs = set(_HANZI_PAIR.findall(_text_from(doc, container, limit)[:3000]))
    found = []
    for el in doc.body_el.xpath(_TITLE_LIKE):
        pos = doc.order.get(el, 10**9)
        if pos >= limit or _is_logo(el) or any(a.tag == "a" for a in el.iterancestors()):
            continue
        if el.tag not in _HEADING_TAGS and not _TITLE_ATTR.search(attrs(el)) and not _big_type(el):
            continue  # a style that sets a small size
        text = _headline_text(el)
        if text:
            found.append((pos, el, text))
    best = None
    for rank, (pos, el, text) in enumerate(sorted(found, key=lambda t: t[0], reverse=True)[:12]):
        # the nearest a little ahead; on a tie the stronger heading markup (a headline, then its subtitle)
        score = (_headline_score(el, text, body_pairs, pos >= start) + (rank == 0), _HEADING_WEIGHT.get(el.tag, 0))
        if best is None or score > best[0]:
            best = (score, pos, el, text)
    best = best[1:] if best is not None else _line_naming_the_body(doc, container, start, current)
    if best is None:
        return None
    doc.anchor = _outermost_same_text(best[1])
    if _big_type(best[1]):
        lines = _headline_lines(doc.anchor, best[1])
        if len(lines) > 1:
            doc.anchor = lines[0]
            return "".join(squash(line.text_content()) for line in lines)
    return best[2]


#: How many lines of big type a headline may be printed over.
_HEADLINE_LINES = 4


def _headline_lines(block, el) -> list:
    """A headline printed over several lines of big type (an official notice: <div><font size=5>
    吉林省人民政府关于禁止在</font></div><div><font size=5>…</font></div> …): the line blocks
    right before and after ``block``, each holding only text set as ``el`` is, in order."""
    look = (el.tag, tuple(sorted(el.attrib.items())))

    def same_look(other) -> bool:
        if other is None or not isinstance(other.tag, str) or other.tag != block.tag:
            return False
        text = squash(other.text_content())
        if not text or text.startswith(("——", "--", "—")):
            return False
        return any((x.tag, tuple(sorted(x.attrib.items()))) == look and squash(x.text_content()) == text
                   for x in other.iter(el.tag))

    before, after = [], []
    node = block.getprevious()
    while same_look(node) and len(before) + len(after) < _HEADLINE_LINES - 1:
        before.insert(0, node)
        node = node.getprevious()
    node = block.getnext()
    while same_look(node) and len(before) + len(after) < _HEADLINE_LINES - 1:
        after.append(node)
        node = node.getnext()
    return before + [block] + after


#: How many characters of text make the body's first paragraph (headings before it may be inside the container).
_PROSE_LINE = 40


def _first_prose(doc: Doc, container, start: int) -> int:
    """The document order of the container's first line of prose (its headline, when the
    container holds one, comes before it)."""
    for el in container.iter():
        if isinstance(el.tag, str) and el.tag not in _HEADING_TAGS and len((el.text or "").strip()) >= _PROSE_LINE:
            return doc.order.get(el, start)
    return start


_HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5"))
_TITLE_ATTR = re.compile("title|tit|bt", re.I)
_HEADING_WEIGHT = {"h1": 4, "h2": 2, "h3": 1, "h4": 1, "h5": 1}


def _text_from(doc: Doc, container, pos: int) -> str:
    """The container's text from document order ``pos`` on (its prose, without a headline it holds)."""
    return squash(" ".join(t for el in container.iter() if doc.order.get(el, 0) >= pos and isinstance(el.tag, str)
                           for t in (el.text, el.tail) if t))


def _headline_score(el, text: str, body_pairs: set[str], inside_body: bool = False) -> int:
    """How much ``el`` looks like the headline: its markup (an ``<h1>`` most), whether the body
    repeats its words, not a heading inside the body's text, not a subtitle (a line starting
    with a dash)."""
    score = _HEADING_WEIGHT.get(el.tag, 0) - (1 if inside_body else 0)
    if _TITLE_ATTR.search(attrs(el)):
        score += 2
    if _big_type(el):
        score += 2  # <b style="font-size:20px">: a headline by its looks, in old table layouts
    pairs = set(_HANZI_PAIR.findall(text))
    if pairs:
        shared = len(pairs & body_pairs) / len(pairs)
        score += 3 if shared >= 0.5 else 1 if shared >= 0.25 else 0
    if text.startswith(("——", "--", "－－", "—")):
        score -= 4
    return score


#: Type this large (CSS pixels; ``<font size>`` 5 and up) is a headline's, not running text's.
_HEADLINE_PX = 18
_FONT_SIZE = re.compile(r"font-size\s*:\s*(\d+(?:\.\d+)?)\s*(px|pt)", re.I)


def _big_type(el) -> bool:
    """Whether ``el`` sets its text in headline-sized type (style or ``<font size>``)."""
    size = (el.get("size") or "").strip() if el.tag == "font" else ""
    if size.isdigit():
        return int(size) >= 5
    m = _FONT_SIZE.search(el.get("style") or "")
    return m is not None and float(m[1]) * (4 / 3 if m[2].lower() == "pt" else 1) >= _HEADLINE_PX


#: Controls a widget inside a heading holds (a "listen" button beside the headline:
#: <h1><span>标题</span><div class="audio"><div>播报文章</div><audio></audio></div></h1>).
_CONTROL_TAGS = ("audio", "video", "button", "input", "select", "svg", "canvas", "object")


def heading_text(el) -> str:
    """A heading's text, squashed, without what its widgets print (its children holding a
    control, :data:`_CONTROL_TAGS`) or a time stamp printed in it (<h1>标题<span>2024-05-03</span></h1>)
    when the heading has a line of its own beside them; a block without a control is the
    headline's second line (<h1>某某<div>预计…</div></h1>)."""
    text = squash(el.text_content())
    if not len(el):
        return text
    own = squash("".join(_text_outside_widgets(el)))
    return own if len(own) >= 5 else text


def _text_outside_widgets(el):
    if el.text:
        yield el.text
    for child in el:
        if isinstance(child.tag, str) and child.tag not in _CONTROL_TAGS and next(
                child.iterdescendants(*_CONTROL_TAGS), None) is None and not _a_stamp(child):
            yield from _text_outside_widgets(child)
        if child.tail:
            yield child.tail


def _a_stamp(el) -> bool:
    """Whether ``el`` prints a date or time and nothing else."""
    text = squash(el.text_content())
    return 0 < len(text) <= 25 and (dates.bare_time(text) is not None or bool(_ONLY_DATE.match(text)))


def _headline_text(el) -> str | None:
    """The element's text when it can be a headline: 5–80 characters, not a column name, a
    metadata or date line, or what :func:`_never_a_headline` names."""
    text = heading_text(el)
    if not 5 <= len(text) <= 80 or text in COLUMN_HEADINGS or _META_LABEL.search(text) or dates.parse_datetime(text):
        return None
    return None if _never_a_headline(text) else text


def _never_a_headline(text: str) -> bool:
    """Where the page is or whose it is, not what it says: a breadcrumb (首页 > …, 当前位置：…,
    a trail ending in >), a document number (文号), a line naming a site by its address."""
    return bool(_CRUMB_LIKE.match(text) or _CRUMB_TRAIL.search(text) or _CRUMB_TEXT.search(text)
                or _DOC_NUMBER.match(text) or _WEB_ADDRESS.search(text))


#: How far before the body (elements, in document order) a headline without heading markup is looked for.
_PLAIN_TITLE_REACH = 60
_HANZI_PAIR = re.compile(r"(?=([\u4e00-\u9fff]{2}))")


def _names_the_body(text: str, body_pairs: set[str]) -> bool:
    """Whether most of the words of ``text`` (pairs of hanzi) are repeated in the body."""
    pairs = set(_HANZI_PAIR.findall(text))
    return len(pairs) >= 3 and len(pairs & body_pairs) >= 0.5 * len(pairs)


def _line_naming_the_body(doc: Doc, container, start: int, current: str | None):
    """A page with no heading markup at all (old table layouts, forum threads) whose
    ``<title>`` is only the site's name (not a line printed there): the nearest short line of
    its own before the body, not a link or a label, most of whose words the body repeats (a
    headline names what the body is about; a menu or a site name does not), or the line
    right above the time line that is right above the body (headline, time line, text)."""
    body_pairs = set(_HANZI_PAIR.findall(squash(container.text_content())))
    if not body_pairs:
        return None
    seen = 0
    meta_above_body = False
    candidates = []
    for el in doc.body_el.iter():
        if doc.order.get(el, 10**9) >= start:
            break
        candidates.append(el)
    for el in reversed(candidates):
        if el.tag in ("script", "style", "a", "option", "select", "textarea") or not isinstance(el.tag, str):
            continue
        if not (el.text or "").strip():
            continue
        seen += 1
        if seen > _PLAIN_TITLE_REACH:
            break
        if any(a.tag == "a" for a in el.iterancestors()):
            continue
        text = squash(el.text_content())
        if _META_LABEL.search(text) or dates.parse_datetime(text):
            meta_above_body = meta_above_body or seen == 1
            continue
        if not 5 <= len(text) <= 60 or text in COLUMN_HEADINGS or text.endswith(("。", "：", ":")):
            continue
        if _never_a_headline(text):
            continue
        if current and strip_dashes(text) in current:
            return None  # the headline is printed here, in pieces, and <title> has it whole
        if (meta_above_body and seen == 2) or _names_the_body(text, body_pairs):
            return doc.order.get(el, 0), el, text
    return None


def _kicker_and_subtitle(anchor) -> tuple[str | None, str | None]:
    """引题 just before the headline and 副题 just after it, when the markup says so: a heading,
    a class naming it, dashes (——副题), or a short line set centred (a paper's print layout:
    <p style="text-align:center">副题</p>, <tr><td align="center">引题</td></tr>), not a sentence."""
    pre = sub = None
    prev, nxt = sibling(anchor, -1), sibling(anchor, +1)
    text = _short_heading_text(prev) if prev is not None else None
    if text and (prev.tag in ("h2", "h3", "h4") or _PRE_ATTR.search(attrs(prev)) or _centred_line(prev, text)):
        pre = text
    text = _short_heading_text(nxt) if nxt is not None else None
    if text and (text.startswith(("——", "--", "－－")) or nxt.tag in ("h2", "h3", "h4") or _SUB_ATTR.search(attrs(nxt))
                 or _centred_line(nxt, text)):
        sub = strip_dashes(text) or None
    return pre, sub


def _centred_line(el, text: str) -> bool:
    return not text.endswith(("。", ".")) and centred(el)


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
    """``<h1 class="logo"><a href="/">站名</a></h1>``: the site's name, not a headline (a
    headline linking to its own page, ``<h1><a href="/2009/1101/72390.html">…</a></h1>``, is one)."""
    # the heading, or the box right around it, named for the logo (<div class="logo"><h1>站名</h1></div>)
    if "logo" in attrs(heading).lower() or (heading.getparent() is not None and "logo" in attrs(heading.getparent()).lower()):
        return True
    text = squash(heading.text_content())
    return bool(text) and any(squash(a.text_content()) == text and _HOME_HREF.match((a.get("href") or "").strip())
                              for a in heading.iter("a"))


#: A link to a site's home or a channel: a root, a folder or an index page (or no target at all),
#: not an article's own page.
_HOME_HREF = re.compile(r"^(?:(?:https?:)?//[^/]+)?(?:/[^?#]*/|/)?(?:(?:index|default|main)\.\w{2,5})?(?:[?#].*)?$", re.I)


def _short_heading_text(el) -> str | None:
    """The text of a short line that can be a kicker or subtitle (not a date/source/byline line)."""
    if el.tag in ("script", "style", "a", "ul", "table", "img"):
        return None
    text = squash(el.text_content())
    if not text or len(text) > 60 or _META_LABEL.search(text) or dates.parse_datetime(text):
        return None
    if bylines.byline_names(text) or re.search(r"author|info|time|date|source", attrs(el), re.I):
        return None
    return text


# ---------------------------------------------------------------------------------------------
# Publication time
# ---------------------------------------------------------------------------------------------


def meta_lines(doc: Doc) -> list[Line]:
    """Lines after the headline that look like metadata: labelled (来源：, 时间：), a bare date,
    or a short line, not a sentence, that holds a time to the minute among other words."""
    return doc.memo("meta_lines", _meta_lines)


def _meta_lines(doc: Doc) -> list[Line]:
    lines, _ = doc.meta_lines()
    out = []
    headline = squash(doc.anchor.text_content()) if doc.anchor is not None else ""
    for line in lines:
        if headline and len(headline) < len(line.text) and headline in line.text and inside(doc.anchor, line.element):
            # a block that prints the headline with its time line (<div><h2>标题</h2><span>作者</span>
            # <span>2015-06-19 11:20</span></div>): the line is what the block holds beside it
            line = Line(squash(line.text.replace(headline, " ", 1)), line.node_text, line.element)
        if len(line.text) > 150:
            continue
        if _META_LABEL.search(line.text) or (len(line.node_text) <= 40 and dates.parse_datetime(line.node_text)):
            out.append(line)
        elif len(line.text) <= 60 and not _PROSE_END.search(line.text) and isinstance(dates.parse_datetime(line.text),
                                                                                         datetime):
            out.append(line)  # a short unlabelled line with a time to the minute: 同人连载 2022-02-14 03:01 · 阅读
        elif len(line.text) <= 60 and line.element is not None and _YEAR.search(line.text) and any(
                dates.alone(t) for t in islice(line.element.itertext(), 12)):
            out.append(line)  # a date printed in an element of its own: <a>paper.wenweipo.com</a> <font>[2014-04-02]</font>
    return out


#: A year, as every date :func:`dates.alone` reads holds one.
_YEAR = re.compile(r"(?:19|20)\d{2}")
#: A sentence's end: a line holding one is prose, not a time line.
_PROSE_END = re.compile(r"[。！？!?]")


def published_at(doc: Doc) -> str | None:
    """The page's publication time (see the module docstring for the order of sources).

    The printed time line wins over machine-written ones (it is what the reader sees), unless
    it is more than a day away from a ``<meta>`` time (then it was a wrong line); a bare day
    is refined by a time of the same day from a later source.
    """
    visible, meta = _visible_time(doc), _meta_time(doc)
    if visible is not None and meta is not None and abs((_day(visible) - _day(meta)).days) > 1:
        visible = None
    baidu = _baidu_time(doc)
    if isinstance(baidu, datetime) or (baidu is None and isinstance(visible, datetime)):
        return dates.iso(baidu or visible)  # the common case: the page's own time line, to the minute
    # Later sources only as far as they are needed (a scan of every <script> is not free).
    sources = [lambda: baidu, lambda: visible, lambda: meta, lambda: _time_element(doc), lambda: _json_time(doc)]
    found = []
    for source in sources:
        value = source()
        if value is not None:
            found.append(value)
            if isinstance(found[0], datetime) or (isinstance(value, datetime) and value.date() == found[0]):
                break
    if not found:
        edition = _edition_date(doc)
        if edition is not None:
            found.append(edition)
    if not found or not isinstance(found[0], datetime):
        found.append(url_date(doc.url))
    if visible is None and not isinstance(meta, datetime):
        # a time line without its year (发布时间：10-08 12:00), dated by any other day the page gives
        known = next((c for c in found if c is not None), None) or _meta_time(doc, TIME_META_UPDATED)
        yearless = _yearless_time(doc, _day(known) if known is not None else None)
        if yearless is not None:
            found.insert(0, yearless)
    found = [c for c in found if c is not None]
    if not found:
        return None
    best = found[0]
    if not isinstance(best, datetime):
        # A date-only value (meta publishdate, the URL) is refined by a time of the same day.
        for other in found[1:]:
            if isinstance(other, datetime) and other.date() == best:
                best = other
                break
    return dates.iso(best)


def _day(value):
    return value.date() if isinstance(value, datetime) else value


def _time_element(doc: Doc):
    """``<time datetime="2024-05-22T00:21:04.000Z">`` (converted to China time) or its text, or
    an element marked up as the publication time in schema.org microdata
    (``<span itemprop="datePublished" content="…">``)."""
    for el in doc.body_el.iter("time"):
        value = dates.parse_machine((el.get("datetime") or "").replace(".000", "")) or dates.parse_datetime(
            squash(el.text_content()))
        if value:
            return value
    for el in doc.body_el.xpath("descendant::*[@itemprop]"):
        if "".join(el.get("itemprop").split()).lower() in TIME_META_NAMES:
            value = dates.parse_machine(el.get("content") or el.get("datetime")) or dates.parse_datetime(
                squash(el.text_content()))
            if value:
                return value
    return None


#: Substrings a script must hold for :data:`_JSON_TIME` to be worth running on it.
_JSON_NEEDLES = tuple(f'"{k}"' for k in TIME_JSON_KEYS) + tuple(f"var {v}" for v in TIME_SCRIPT_VARS)


def _json_time(doc: Doc):
    """``datePublished`` of JSON-LD, ``pubtime`` of a page's inline data (a date, or Unix
    seconds: ``"publish_time": 1581517074``, ``var ct = "1581517074"``)."""
    for script in doc.root.iter("script"):
        text = script.text or ""
        if len(text) > 400_000 or not any(needle in text for needle in _JSON_NEEDLES):
            continue
        m = _JSON_TIME.search(text)
        if m:
            value = dates.parse_machine(m["v"]) if m["v"] else dates.from_epoch(m["epoch"] or m["var"])
            if value:
                return value
    return None


def _edition_date(doc: Doc):
    """An e-paper page (数字报: 上一版/下一版, 第A04版 …) prints its edition's date alone in its
    header: that is the article's day when the page gives nothing else."""
    text = doc.body_el.text_content()
    if not _EPAPER.search(text):
        return None
    for t in doc.body_el.xpath("descendant::text()[normalize-space()]"):
        value = squash(str(t))
        if len(value) <= 20 and _ONLY_DATE.match(value):
            day = dates.parse_datetime(value)
            if day is not None:
                return _day(day)
    return None


def _baidu_time(doc: Doc):
    """``#pubtime_baidu`` (``normalize-space``: real pages write ``id="pubtime_baidu "``)."""
    for node in doc.marked("pubtime_baidu"):
        value = dates.parse_datetime(squash(node.text_content()))
        if value:
            return value
    return None


def _yearless_time(doc: Doc, year_of):
    """A labelled or short time line under the headline that prints no year, dated by ``year_of``."""
    if year_of is None:
        return None
    lines, _ = doc.meta_lines()
    for line in meta_lines(doc)[:6] + lines[:3] + doc.before[:3]:  # labelled, or the lines right under the headline
        if len(line.text) <= 60 and (_DATE_LABEL.search(line.text) or len(line.text) <= 30):
            value = dates.parse_yearless(line.text, year_of)
            if value is not None:
                return value
    return None


def _meta_time(doc: Doc, names=TIME_META_NAMES):
    metas = {}
    for meta in doc.metas:
        # spaces inside a name go too (Sina's property="weibo: article:create_at")
        key = "".join((meta.get("name") or meta.get("property") or meta.get("itemprop") or "").split()).lower()
        if key in names and key not in metas and meta.get("content"):
            metas[key] = meta.get("content")
    for key in names:
        value = dates.parse_machine(metas.get(key))
        if value:
            return value
    return None


#: How many lines right above the body may hold an unlabelled time line when no headline was found.
_UNLABELLED_REACH = 4


def _visible_time(doc: Doc):
    day = None
    for line in meta_lines(doc):
        # a labelled line may hold several dates: not an update's (更新时间：… 发布时间：…)
        value = dates.parse_published(line.text)
        if isinstance(value, datetime) and (day is None or value.date() == day):
            return value  # (a day printed first, in the headline, is refined by its time line)
        if value and day is None:
            day = value
    if day is not None:
        return day
    for i, line in enumerate(doc.before):
        if len(line.text) <= 150 and (_DATE_LABEL.search(line.text) or line.element is not None and line.element.tag == "time"):
            value = dates.parse_datetime(line.text)
            if value:
                return value
        reach = _UNLABELLED_REACH if doc.anchor is None else 2  # (the headline is a line of its own here)
        if i < reach and len(line.text) <= 60 and not _PROSE_END.search(line.text):
            # the line right above the headline (2024-05-03 10:20 | 某某网), or, no headline found,
            # the few lines right above the body: a time to the minute there is the page's
            value = dates.parse_datetime(line.text)
            if isinstance(value, datetime):
                return value
    for i, line in enumerate(doc.after):  # a labelled time line right under the body (时间：2019-09-24 17:08)
        for text in (line.node_text, line.text):  # (the label and the time may be text nodes apart)
            if len(text) <= 40 and _LABELLED_TIME.match(text):
                value = dates.parse_datetime(text)
                if value:
                    return value
        value = dates.bare_time(line.text) if i == 0 else None  # or the first line under it, a time alone
        if value is not None:
            return value
    return None


# ---------------------------------------------------------------------------------------------
# Source, editors, authors
# ---------------------------------------------------------------------------------------------


def source(doc: Doc) -> str | None:
    for node in doc.marked("source_baidu"):
        text = squash(node.text_content())
        value = bylines.source_in(text) or bylines.clean_source(text.split(" ")[0] if text else "", ())
        if value:
            return value
    _, before = doc.meta_lines()
    for line in meta_lines(doc) + before:
        value = bylines.source_in(line.text)
        if value:
            return value
    for name in ("source", "contentsource", "copyfrom"):
        for meta in doc.metas:
            if (meta.get("name") or "").strip().lower() == name and squash(meta.get("content")):
                content = squash(meta.get("content"))
                value = bylines.source_in(content) or bylines.source_in("来源：" + content)
                if value:
                    return value
    return None


def _spaced_text(el) -> str:
    """``el``'s text with a space between its children's (``<span>编辑：某</span><span>责任编辑：某</span>``
    prints as two fields, not one run of hanzi)."""
    parts = [el.text or ""]
    for child in el:
        parts += [child.text_content() if isinstance(child.tag, str) else "", child.tail or ""]
    return squash(" ".join(parts))


def editors(doc: Doc) -> list[str]:
    """``#editor_baidu``, else the short lines labelled 责任编辑/责编/编辑 anywhere on the page
    (``编辑/倪家宁`` in the body and ``责任编辑：李曦`` under it both name editors)."""
    for node in doc.marked("editor_baidu"):
        text = squash(node.text_content())
        names = bylines.editors_in(text) or [  # (hn_新闻: an account, not a name)
            n for n in bylines.person_names(re.sub(r"^.*?[:：]|[()（）【】\[\]]", " ", text)) if HAN.search(n)]
        if names:  # and the editors its line names beside it (编辑：某 责任编辑：某)
            block = block_of(node)
            line = _spaced_text(block) if block is not None else ""
            return names + [n for n in bylines.editors_in(line) if n not in names]
    seen = set()
    found: list[str] = []
    lines = 0
    # each contains() is a pass over every text node: only for the marks the page prints at all
    marks = [m for m in bylines.EDITOR_MARKS if m in doc.text]
    if not marks:
        return []
    found_in = "descendant::text()[" + " or ".join(f"contains(., '{m}')" for m in marks) + "]"
    for t in doc.body_el.xpath(found_in):
        owner, tail = text_owner(t)
        if owner is None or not isinstance(owner.tag, str) or owner.tag in ("script", "style"):
            continue
        block = block_of(owner.getparent() if tail and owner.getparent() is not None else owner)
        if block in seen:
            # lines of one block apart (编辑|某<br>责编|某): each text node is a line of its own
            found += [n for n in bylines.editors_in(squash(str(t))) if n not in found]
            continue
        seen.add(block)
        names = (bylines.editors_in(squash(block.text_content()))
                 or (owner is not block and bylines.editors_in(squash(owner.text_content())))  # <font>责任编辑：<!---->某</font>
                 or bylines.editors_in(_spaced_text(block))  # <span>关键词：某</span><strong>责任编辑：</strong>某
                 or bylines.editors_in(squash(str(t))))
        if names:
            found += [n for n in names if n not in found]
            lines += 1
            if lines >= 3:
                break
    return found


def authors(doc: Doc, editors: list[str] = ()) -> list[str]:
    """``#author_baidu``, 作者：/记者： in the time line, or a byline line under the title; an
    organisation (作者：新京报) is no author, and a ``#author_baidu`` or ``<meta name=author>``
    that names the page's editor (CMSs fill it with the account that published) is not taken
    for one."""
    for node in doc.marked("author_baidu"):
        names = [n for n in bylines.person_names(re.sub(r"^.*?[:：]", "", squash(node.text_content())))
                 if n not in editors]  # a CMS that fills it with the account that published: the editor
        if names:
            return names
    names = _marked_up_author(doc) or _json_ld_authors(doc)
    if names:
        return names
    lines, before = doc.meta_lines()
    for line in lines[:8] + before[:3]:
        if len(line.text) > 150 or (line.element is not None and not shown(line.element, doc.body_el)):
            continue  # (a hidden block's 作者 is machine data, read above when it is Baidu's)
        in_body = doc.body_node is not None and inside(line.element, doc.body_node)
        # inside the body, 记者： is an interview's question unless the line is the time line
        text = fold_separators(line.text)
        m = _AUTHOR_LINE.search(text) or _AUTHOR_GLUED.search(text)
        if m and (not in_body or bylines.source_in(line.text) or dates.parse_datetime(line.text)):
            if m.re is _AUTHOR_GLUED:  # 作者魏星: a person only if a surname follows the label
                names = [n for n in bylines.person_names(m["names"] or m["spaced"]) if bylines.has_surname(n)]
            else:  # 记者：王某 通讯员：李某 — every labelled credit of the line
                names = []
                for each in _AUTHOR_LINE.finditer(text):
                    names += [n for n in bylines.person_names(each["names"]) if n not in names]
            if names:
                return names
        names = bylines.byline_names(line.text) if line in lines and not in_body else []
        timed = line in lines and not names and dates.parse_datetime(line.text) is not None
        if timed and not _PROSE_END.search(line.text):
            # a time line's [ 黄宇 ], never a sentence's 【编前语】 nor a link's text ([微博])
            links = {squash(a.text_content()) for a in line.element.iter("a")} if line.element is not None else set()
            names = [n for n in bylines.bracketed_names(line.text) if n not in links]
        if timed and not names and not in_body and line.element is not None:
            # a time line whose credit is an element of its own: <span>陳某／綜合報導</span> 發布時間：…
            for el in islice(line.element.iter(), 24):
                text = squash(el.text_content()) if isinstance(el.tag, str) and el is not line.element else ""
                if 4 <= len(text) <= 30 and shown(el, line.element):
                    names = bylines.byline_names(text)
                    if names:
                        break
        if names:
            return names
    for i, line in enumerate(doc.after[:_AFTER_REACH]):
        # a credit line right under the text (记者：王某 / （来源：某报 作者：王某）), or a labelled
        # one a little further, past a related-links box ([来源：某网] [作者：王某] [编辑：李某])
        if len(line.text) > 60 or _PROSE_END.search(line.text):
            continue
        if i >= 3 and (line.element is None or line.element.tag == "a"):
            continue
        names = bylines.byline_names(line.text) if i < 3 else []
        m = None if names else _AUTHOR_LINE.search(line.text)
        names = names or (bylines.person_names(m["names"]) if m else [])
        if names:
            return names
    names = _closing_meta_authors(lines[8:])
    if names:
        return names
    names = _author_element(doc)
    if names:
        return names
    # Last, the head's <meta name="author"> (people.com.cn's 网站内容标识 set, TRS pages):
    # only when it holds person names, not the portal's or a paper's name.
    for content in doc.root.xpath("//head/meta[translate(@name, 'AUTHOR', 'author')='author']/@content"):
        text = squash(content)
        if text and not re.search(r"[A-Za-z0-9]", text):
            names = [n for n in bylines.person_names(text) if n not in editors]
            if names:
                doc.head_authors = names
                return names
    return []


def credits_in(paragraphs: list[str]) -> bool:
    """Whether the text's opening or closing lines credit a writer (本报讯（记者 王某）…,
    …（记者 王某）): then a ``<meta name="author">`` (:func:`authors`' last resort, often the
    account that published) is not the page's writer."""
    n = len(paragraphs)
    return any(bylines.take_reporters(p, last=i >= n - 3)[1] for i, p in enumerate(paragraphs) if i < 2 or i >= n - 3)


def _closing_meta_authors(lines: list[Line]) -> list[str]:
    """The writer a meta line closing the text's container names (``[作者: 王某 责任编辑: 李某]``):
    among its last lines, a short one that also names the editor or the source."""
    for line in lines[-6:]:
        if len(line.text) > 80 or _PROSE_END.search(line.text):
            continue
        if bylines.editors_in(line.text) or bylines.source_in(line.text):
            names = [n for m in _AUTHOR_LINE.finditer(fold_separators(line.text)) for n in bylines.person_names(m["names"])]
            if names:
                return names
    return []


_AUTHOR_ATTR = re.compile("|".join(AUTHOR_ATTRS), re.I)


def _author_element(doc: Doc) -> list[str]:
    """A writer's name printed unlabelled in an element the template names for it, between
    the headline and the text (``<span class="author">王某</span>``, ``<div class="author">
    <a><img></a><span class="name">王某</span></div>``): person names only, never a link's
    text, and nothing from a platform's account box (a 关注 button beside the name)."""
    if doc.anchor is None or doc.body_node is None:
        return []
    end = doc.order.get(doc.body_node, -1)
    for el in _following(doc.anchor, 40):
        if doc.order.get(el, end) >= end:
            break
        if (not isinstance(el.tag, str) or el.tag == "a" or not (el.get("class") or el.get("id"))
                or not _AUTHOR_ATTR.search(attrs(el)) or any(a.tag == "a" for a in el.iterancestors())):
            continue
        leaves = [x for x in el.iter() if isinstance(x.tag, str) and not len(x)]
        if any(squash(x.text_content()) in ACCOUNT_BUTTONS for x in leaves):
            return []  # a platform's account: its name is no writer's
        for leaf in leaves:
            if leaf.tag == "a" or any(a.tag == "a" for a in leaf.iterancestors()) or leaf.tag in _CONTROL_TAGS:
                continue
            text = squash(leaf.text_content())
            if bylines.editors_in(text):
                continue  # <div class="author">新京报 编辑 张某</div>: the editor, not a writer
            if 2 <= len(text) <= 20 and not re.search(r"[:：\d]", text):
                names = bylines.person_names(text)
                if names and all(len(n) <= 3 and bylines.has_surname(n) for n in names):
                    return names
            if _pen_name(text):
                return [text]  # a columnist's pen name (maomaobear)
    return []


#: A pen name in Latin letters, one word, as an author element prints it.
_PEN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_.\-]{2,29}")


def _pen_name(text: str) -> bool:
    """Whether ``text`` is a writer's pen name in Latin letters (maomaobear; not admin, editor …)."""
    return bool(_PEN_NAME.fullmatch(text)) and text.lower() not in LATIN_NOT_NAMES


#: Lines under the text searched for a labelled writer's credit.
_AFTER_REACH = 8


def _marked_up_author(doc: Doc) -> list[str]:
    """Writers the page marks up as such — a link to the writer's page (``<a rel="author">``),
    schema.org microdata (``itemprop="author"``) — between the headline and the end of the
    text (a sidebar's "more by this writer" comes after it): person names only."""
    if doc.anchor is None or doc.body_end is None:
        return []
    names: list[str] = []
    for el in _following(doc.anchor, _AUTHOR_REACH):
        if doc.order.get(el, doc.body_end) >= doc.body_end:
            break
        if not isinstance(el.tag, str):
            continue
        if el.get("itemprop") != "author" and not (el.tag == "a" and "author" in (el.get("rel") or "").lower().split()):
            continue
        text = squash(el.text_content())
        found = bylines.person_names(text) if len(text) <= 20 else []
        if not found and _pen_name(text):
            found = [text]
        names += [n for n in found if n not in names and (not HAN.search(n) or len(n) <= 4)]
    return names


#: JSON-LD types of an article (schema.org), whose ``author`` is its writer.
_ARTICLE_TYPES = frozenset("NewsArticle Article ReportageNews AnalysisNewsArticle OpinionNewsArticle BlogPosting "
                           "Report WebPage".split())


def _json_ld_authors(doc: Doc) -> list[str]:
    """The ``author`` persons of the page's JSON-LD article (``"author": {"@type": "Person",
    "name": "陳某"}``): person names only, an ``Organization`` (the site) is no writer."""
    names: list[str] = []
    for script in doc.root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or "author" not in (script.text or ""):
            continue
        try:
            data = json.loads(script.text, strict=False)
        except ValueError:
            continue
        for item in _ld_items(data):
            types = item.get("@type")
            types = {types} if isinstance(types, str) else set(types or ())
            if not types & _ARTICLE_TYPES:
                continue
            authors = item.get("author")
            for person in authors if isinstance(authors, list) else [authors]:
                if isinstance(person, dict):
                    if person.get("@type") not in (None, "Person"):
                        continue
                    person = person.get("name")
                if isinstance(person, str):
                    text = squash(person)
                    found = bylines.person_names(text) if len(text) <= 20 else []
                    names += [n for n in found if n not in names and len(n) <= 4]
    return names


def _ld_items(data):
    """The objects of a JSON-LD document (a list, an ``@graph``, or one object)."""
    if isinstance(data, list):
        for x in data:
            yield from _ld_items(x)
    elif isinstance(data, dict):
        yield data
        if isinstance(data.get("@graph"), list):
            yield from _ld_items(data["@graph"])


#: Elements after the headline searched for a marked-up writer (a share bar's links come first).
_AUTHOR_REACH = 80


def _following(el, limit: int):
    """Up to ``limit`` elements after ``el`` in document order (not inside it)."""
    count = 0
    node = el
    while node is not None:
        for sibling in node.itersiblings():
            for x in sibling.iter():
                yield x
                count += 1
                if count >= limit:
                    return
        node = node.getparent()


# ---------------------------------------------------------------------------------------------
# Channel
# ---------------------------------------------------------------------------------------------


def channel(doc: Doc, title: str | None) -> list[str]:
    """Breadcrumb link names below the site root (当前位置：首页 > 新闻 > 本地 → [新闻, 本地])."""
    crumb = _breadcrumb(doc)
    if crumb is None:
        return []
    names = [squash(a.text_content()) for a in crumb.iter("a")]
    names = [n for n in names[1:] if n and n not in CRUMB_SKIP and n != title]
    return [to_simplified(n) for n in names]


def _breadcrumb(doc: Doc):
    limit = doc.order.get(doc.anchor, None) if doc.anchor is not None else None
    candidates = []
    for el in doc.body_el.xpath(".//*[not(self::a)][count(a) >= 2 or count(*/a) >= 2]"):
        if limit is not None and doc.order.get(el, 0) > limit:
            break
        candidates.append(el)
    for el in candidates:  # named so: class/id, or a 当前位置 label
        head = (el.text or "") + "".join((c.text or "") + (c.tail or "") for c in el[:2])
        if _CRUMB_ATTR.search(attrs(el)) or _CRUMB_TEXT.search(head):
            if len(squash(el.text_content())) <= 150:
                return el
    for el in candidates:  # or just links with >> between them
        if el.tag != "ul" and _separated_links(el):
            return el
    return None


def _separated_links(el) -> bool:
    """Two or more links whose text in between is only breadcrumb separators (>>, >, ＞ …)."""
    children = [c for c in el if isinstance(c.tag, str)]
    if len(children) < 2 or any(c.tag != "a" for c in children):
        return False
    gaps = [squash(c.tail) for c in children[:-1]]
    return all(g and _CRUMB_SEPARATORS.match(g.replace(" ", "")) for g in gaps)


# ---------------------------------------------------------------------------------------------
# The body's first and last lines
# ---------------------------------------------------------------------------------------------


_SENTENCE_END = re.compile(r"[。！？!?…”」』）)]$")


def lead_before(doc: Doc, paragraphs: list[str]) -> list[str]:
    """Prose between the headline and the body container (a 核心提示 / chapo paragraph the
    template sets apart): whole sentences, at least 40 characters, not already in the body."""
    if doc.anchor is None or doc.body_node is None:
        return []
    start = doc.order.get(doc.body_node, 0)
    lines, _ = doc.meta_lines()
    body_text = "".join(paragraphs)
    out = []
    for line in lines:
        el = line.element
        if el is None or doc.order.get(el, 10**9) >= start or inside(doc.body_node, el) or inside(el, doc.body_node):
            continue
        text = line.text
        if (len(text) >= 40 and _SENTENCE_END.search(text) and len(re.findall("[，。；、]", text)) >= 2
                and not _META_LABEL.search(text[:12]) and text[:20] not in body_text and text not in out
                and not reads_as_caption(text, el.getparent())):  # (a picture's caption over the text)
            out.append(text)
    return out


def tidy(paragraphs: list[str], heads: set[str]) -> tuple[list[str], list[str], list[str]]:
    """Drop the headline and meta lines a too-wide container brought along; take out editor
    lines and stand-alone bylines.  Returns (paragraphs, editors, authors) found."""
    heads = set(heads) | {"——" + x for x in heads}
    out: list[str] = []
    found_editors: list[str] = []
    found_authors: list[str] = []
    n = len(paragraphs)
    for i, para in enumerate(paragraphs):
        near_edge = i < 3 or i >= n - 3
        if i < 4 and para in heads:
            continue
        if near_edge and len(para) <= 150 and _META_LABEL.search(para) and (
            dates.parse_datetime(para) or bylines.source_in(para)
        ):
            # a meta line goes, but the writer it credits stays (（本文来源：某报 作者：…研究员某某）,
            # 本文来源：某报 作者：王某 李某)
            names = bylines.take_reporters(para, last=True)[1] or [
                n for m in _AUTHOR_LINE.finditer(fold_separators(para)) for n in bylines.person_names(m["names"])]
            found_authors += [a for a in names if a not in found_authors]
            continue
        if i < 3 and len(para) <= 40 and not _SENTENCE_PUNCT.search(para) and isinstance(dates.parse_datetime(para), datetime):
            continue  # an unlabelled time line at the top (2024年05月03日 10:20 某某日报)
        names = bylines.editors_in(para) if len(para) <= 60 and _starts_as_editor(para) else []
        if names:
            found_editors = found_editors or names
            continue
        writers = _AUTHOR_LINE.match(fold_separators(para).lstrip("[【（( ")) if len(para) <= 60 and not _PROSE_END.search(para) else None
        names = bylines.editors_in(para) if writers else []
        if names:  # [作者: 王某 责任编辑: 李某] — a line of credits
            found_editors = found_editors or names
            found_authors += [a for a in bylines.person_names(writers["names"]) if a not in found_authors]
            continue
        names = bylines.byline_names(para) if near_edge or i < 6 else []  # after a 划重点 list too
        if names:
            found_authors += [a for a in names if a not in found_authors]
            continue
        out.append(para)
    return out, found_editors, found_authors


_SENTENCE_PUNCT = re.compile("[，。！？；,!?;]")


def _starts_as_editor(para: str) -> bool:
    return bylines.EDITOR_OPENING.match(para) is not None


__all__ = ["title_before", "authors", "channel", "editors", "find_title", "meta_lines", "published_at", "source", "tidy", "credits_in"]
