"""The headline, and the 引题/副题 around it: what the page prints as its headline, found from
``<title>`` and the title metas, or, once the body is found, before its prose (see the package docstring)."""

from __future__ import annotations

import re
from urllib.parse import urljoin

from .. import bylines, dates
from ..body import centred, shown
from ..container import attrs
from ..document import Doc, broken_text, inside, sibling
from ..text import HAN, hanzi_pairs, opens_with_dashes, squash, strip_dashes
from ..vocabulary import (
    COLUMN_HEADINGS,
    TITLE_METAS,
)
from .common import (
    _CONTROL_TAGS,
    _CRUMB_LIKE,
    _CRUMB_TEXT,
    _CRUMB_TRAIL,
    _DOC_NUMBER,
    _META_LABEL,
    _ONLY_DATE,
    _PRE_ATTR,
    _PROSE_END,
    _SUB_ATTR,
    _TITLE_LIKE,
    TITLE_SPLIT,
    _WEB_ADDRESS,
)

# ---------------------------------------------------------------------------------------------
# Title
# ---------------------------------------------------------------------------------------------


def find_title(doc: Doc) -> tuple[str | None, str | None, str | None]:
    """(title, pretitle, subtitle); sets ``doc.anchor`` to the headline element when found."""
    head_title = doc.head_title
    parts = [p for p in TITLE_SPLIT.split(head_title) if p]
    whole = [head_title] if len(parts) > 1 else []
    # <title> up to each separator: a headline that itself holds one (新华视界｜某地：标题-某网)
    whole += [head_title[: m.start()] for m in list(TITLE_SPLIT.finditer(head_title))[1:]
              if m.start() > 0 and head_title[: m.start()] not in parts]
    # 【专题名】标题_某网: the headline may be printed without the topic's tag (tried after it: shorter)
    whole += [untagged for p in parts[:1] if (untagged := _TOPIC_TAG.sub("", p)) != p and len(untagged) >= _SPACED_HEADLINE]
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
        short = len(part) < _SHORT_TITLE  # (an e-paper's <title>声音-某某报</title>: a column's piece, its name its headline)
        if len(part) < 2 or (short and (not parts or part != parts[0])) or part in COLUMN_HEADINGS:
            continue  # <title>新闻中心</title>: a column, printed in the menu
        found = headings.get(part)
        if found is None:  # <h1>标题<span>原创</span></h1>
            found = next((h for text, h in headings.items() if part in text and _badged(h, part)), None)
        if found is None:
            # a heading that holds the headline and a widget's text (<h1><span>T</span><div>播报文章</div></h1>)
            found = next((_element_with_text(doc, part, within=h) for text, h in headings.items()
                          if part in text and len(part) >= 6), None)
        if found is None and not any(part in h for h in headings) and not (heading_match and heading_match[2]):
            found = _element_with_text(doc, part)
            if found is not None and _is_logo(found):
                found = None  # <title> the site's name, printed by the logo
        if found is not None and short and not (found.tag in ("h1", "h2", "h3") or _TITLE_ATTR.search(attrs(found))):
            found = None  # a short headline only where the page sets it as one
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
        else:  # … printed in no heading markup (<div class="f-20"><strong>标题</strong>): an element
            # whose whole text is <title> up to a space (标题 第A1版:要闻 20140318期 某某报)
            # (【专题名】标题 某网: the headline may be printed without the topic's tag before it)
            untagged = _TOPIC_TAG.sub("", head_title)
            for spaced in (head_title, untagged) if untagged != head_title else (head_title,):
                cuts = [m.start() for m in _SPACE_RUN.finditer(spaced) if m.start() >= _SPACED_HEADLINE]
                for cut in reversed(cuts):
                    piece = spaced[:cut]
                    if piece in COLUMN_HEADINGS:
                        continue
                    found = _element_with_text(doc, piece)
                    if found is not None and not _is_logo(found):
                        heading_match = (piece, found, True)
                        break
                if heading_match is not None:
                    break
    title = None
    h1s = [h for h in doc.body_el.iter("h1") if _headline_text(h) and not _is_logo(h)]
    if heading_match is not None:
        title, doc.anchor = heading_match[0], heading_match[1]
        if title == head_title and len(parts) > 1 and bylines.names_an_organisation(parts[-1]):
            # the page prints <title> whole as its headline (<h1>标题-某某官方网站</h1>): the site's name goes
            title = head_title[: list(TITLE_SPLIT.finditer(head_title))[-1].start()].strip() or title
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


#: A <title> piece shorter than this is the headline only as <title>'s first piece, printed in an
#: element set as a headline (<td class="title">声音</td>).
_SHORT_TITLE = 4


#: A badge set in a headline's own element (原创, 独家, 视频, 置顶) is at most this long.
_BADGE_CHARS = 4


def _badged(heading, text: str) -> bool:
    """Whether ``heading`` prints ``text`` and, besides it, only badges in elements of their own
    (``<h1>标题<span class="tag">原创</span></h1>``): the headline is ``text``."""
    children = [c for c in heading if isinstance(c.tag, str)]
    if not children or any(len(squash(c.text_content())) > _BADGE_CHARS for c in children):
        return False
    own = (heading.text or "") + "".join(c.tail or "" for c in heading if c.tail)
    return squash(own) == text


#: A column's name opening a headline, before a bar (政能亮丨标题, 新华视界｜标题): at most this long.
_COLUMN_CHARS = 8
_COLUMN_BAR = re.compile(r"^\s*(?P<column>[^\s|｜丨︱]{2,%d})\s*[|｜丨︱]" % _COLUMN_CHARS)


def column_of(title: str | None) -> str | None:
    """The column's name a headline opens with before a bar (``政能亮丨“稳经济”…`` → 政能亮), else
    None: a credit naming it (文丨政能亮) names the column, not a writer."""
    m = _COLUMN_BAR.match(title or "")
    return m["column"] if m else None


def document_title(doc: Doc) -> str | None:
    """The title the document gives (``<title>`` without its site suffix, else ``og:title``):
    the last resort when no headline is printed."""
    parts = [p for p in TITLE_SPLIT.split(doc.head_title) if p]
    if parts:
        return max(parts[:2], key=len) if len(parts[0]) < 4 else parts[0]
    return doc.meta_content("property", "og:title") or None


_ANY_SPACE = re.compile(r"\s")
_SPACE_RUN = re.compile(r"\s+")
#: A topic's tag opening ``<title>`` (【精准脱贫在三湘】标题 某网): a page may print the headline without it.
_TOPIC_TAG = re.compile(r"^\s*【[^】]{2,16}】\s*")
#: A headline that <title> prints before a space and more is at least this long.
_SPACED_HEADLINE = 6


def _links_away(el, url: str) -> bool:
    """Whether all of ``el``'s text is a link to another page: a sidebar box's heading
    (<div class="rightTitle"><a href="/sorts">词条类别列表</a></div>), a teaser's headline — not a
    headline linked to the page itself (a blog theme's permalink <h1><a href="本页">标题</a></h1>)."""
    links = el.findall(".//a")
    if not links:
        return False
    text = squash(el.text_content())
    if not text or squash(" ".join(a.text_content() for a in links)) != text:
        return False
    own = url.split("#")[0].rstrip("/")
    return any(_goes_somewhere(a) and urljoin(url, a.get("href").strip()).split("#")[0].rstrip("/") != own
               for a in links)


def _in_link(el) -> bool:
    """Whether ``el`` is inside a link that goes somewhere (a teaser's headline); one to nowhere
    (``href="#"``, ``javascript:``, none) is a template's hook around the page's own headline."""
    return any(_goes_somewhere(a) for a in el.iterancestors("a"))


def _goes_somewhere(a) -> bool:
    """Whether link ``a`` has a target (not none, ``#`` or ``javascript:``)."""
    href = (a.get("href") or "").strip()
    return bool(href) and href != "#" and not href.lower().startswith("javascript")


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
    nodes = within.xpath(".//text()[contains(., $t)]", t=text) if within is not None else doc.text_nodes_holding(text)
    for t in nodes:
        owner = t.getparent()
        if owner is not None and t.is_tail:
            owner = owner.getparent()
        if owner is not None and squash(owner.text_content()) == text:
            hits.append(owner)
    if not hits and within is None:
        hits = [h for h in doc.body_el.xpath(
            ".//h1 | .//h2 | .//h3 | .//*[contains(@class, 'title') or contains(@id, 'title')]")
            if squash(h.text_content()) == text]
    # not in a link, and printed (a <title> copied into the body, a hidden copy of og:title are machine data)
    hits = [h for h in hits if not _in_link(h) and h.tag not in _UNPRINTED and shown(h, doc.body_el)]
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
    limit, prose = _first_prose(doc, container, start)
    text_px = _text_px(prose, container) if prose is not None else None
    body_pairs = hanzi_pairs(_text_from(doc, container, limit)[:3000])
    found = []
    for el in doc.body_el.xpath(_TITLE_LIKE):
        pos = doc.order.get(el, 10**9)
        if pos >= limit or _is_logo(el) or any(a.tag == "a" for a in el.iterancestors()) or _links_away(el, doc.url):
            continue
        if el.tag not in _HEADING_TAGS and not _TITLE_ATTR.search(attrs(el)) and not _big_type(el, text_px):
            continue  # a style that sets a small size
        text = _headline_text(el) or _short_headline(el, body_pairs)
        if text:
            found.append((pos, el, text))
    best = None
    for rank, (pos, el, text) in enumerate(sorted(found, key=lambda t: t[0], reverse=True)[:12]):
        # the nearest a little ahead; on a tie the stronger heading markup (a headline, then its subtitle)
        score = (_headline_score(el, text, body_pairs, pos >= start, text_px) + (rank == 0), _HEADING_WEIGHT.get(el.tag, 0))
        if best is None or score > best[0]:
            best = (score, pos, el, text)
    if best is not None:
        best = best[1:]
    else:
        best = _line_naming_the_body(doc, container, start, current)
        if best is None and limit > start:  # a bold headline in the text's own table cell, over its prose
            best = _line_naming_the_body(doc, container, start, current, limit)
    if best is None:
        return None
    doc.anchor = _outermost_same_text(best[1])
    if _big_type(best[1], text_px):
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


def _first_prose(doc: Doc, container, start: int) -> tuple[int, object]:
    """The document order of the container's first line of prose (its headline, when the
    container holds one, comes before it), and its element (None if it has none)."""
    for least in (_PROSE_LINE, _SHORT_LINE):  # (a text of short lines: 邯郸校区<br>虹桥机场<br>…)
        for el in container.iter():
            if isinstance(el.tag, str) and el.tag not in _HEADING_TAGS and len((el.text or "").strip()) >= least:
                return doc.order.get(el, start), el
    return start, None


#: A line of a text set in short lines (a guide, a list of stops) holds this much at least.
_SHORT_LINE = 10


_HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5"))
_TITLE_ATTR = re.compile("title|tit|bt", re.I)
_HEADING_WEIGHT = {"h1": 4, "h2": 2, "h3": 1, "h4": 1, "h5": 1}


def _text_from(doc: Doc, container, pos: int) -> str:
    """The container's text from document order ``pos`` on (its prose, without a headline it holds)."""
    return squash(" ".join(t for el in container.iter() if doc.order.get(el, 0) >= pos and isinstance(el.tag, str)
                           for t in (el.text, el.tail) if t))


def _headline_score(el, text: str, body_pairs: set[str], inside_body: bool = False, text_px: float | None = None) -> int:
    """How much ``el`` looks like the headline: its markup (an ``<h1>`` most), whether the body
    repeats its words, not a heading inside the body's text, not a subtitle (a line starting
    with a dash)."""
    score = _HEADING_WEIGHT.get(el.tag, 0) - (1 if inside_body else 0)
    if _TITLE_ATTR.search(attrs(el)):
        score += 2
    if _big_type(el, text_px):
        score += 2  # <b style="font-size:20px">: a headline by its looks, in old table layouts
    pairs = hanzi_pairs(text)
    if pairs:
        shared = len(pairs & body_pairs) / len(pairs)
        score += 3 if shared >= 0.5 else 1 if shared >= 0.25 else 0
    if text.startswith(("——", "--", "－－", "—")):
        score -= 4
    return score


#: Type this large (CSS pixels; ``<font size>`` 5 and up) is a headline's, not running text's.
_HEADLINE_PX = 18
_FONT_SIZE = re.compile(r"font-size\s*:\s*(\d+(?:\.\d+)?)\s*(px|pt)", re.I)


#: ``<font size>`` 1–7 in CSS pixels, as browsers draw them.
_FONT_PX = {1: 10, 2: 13, 3: 16, 4: 18, 5: 24, 6: 32, 7: 48}


def _type_px(el) -> float | None:
    """The type size ``el`` itself sets, in CSS pixels (style or ``<font size>``), or None."""
    size = (el.get("size") or "").strip() if el.tag == "font" else ""
    if size.isdigit():
        return _FONT_PX.get(int(size), 48)
    m = _FONT_SIZE.search(el.get("style") or "")
    return float(m[1]) * (4 / 3 if m[2].lower() == "pt" else 1) if m else None


def _text_px(el, container) -> float | None:
    """The type size the text's first prose line is set in (``el``, or the nearest element up to
    ``container`` that sets one), or None when the page's stylesheet sets it."""
    for node in (el, *el.iterancestors()):
        size = _type_px(node)
        if size is not None or node is container:
            return size
    return None


def _big_type(el, text_px: float | None = None) -> bool:
    """Whether ``el`` sets its text in headline-sized type (style or ``<font size>``) and larger
    than the text's own (``text_px``: a page that sets all its prose in 18px has no headline by
    size; its first two lines are not a headline over two lines)."""
    size = _type_px(el)
    return size is not None and size >= _HEADLINE_PX and (text_px is None or size > text_px)


#: Controls a widget inside a heading holds (a "listen" button beside the headline:
#: <h1><span>标题</span><div class="audio"><div>播报文章</div><audio></audio></div></h1>).


def heading_text(el) -> str:
    """A heading's text, squashed, without what its widgets print (its children holding a
    control, :data:`_CONTROL_TAGS`) or a time stamp printed in it (<h1>标题<span>2024-05-03</span></h1>)
    when the heading has a line of its own beside them; a block without a control is the
    headline's second line (<h1>某某<div>预计…</div></h1>).  A script's code is never text."""
    if not len(el):
        return squash(el.text_content())
    if next(el.iter("script", "style"), None) is not None:  # (a year menu's document.write loop)
        text = squash(" ".join(el.xpath("descendant::text()[not(ancestor::script or ancestor::style)]")))
    else:
        text = squash(broken_text(el) if next(el.iter("br"), None) is not None else el.text_content())
    own = squash("".join(_text_outside_widgets(el)))
    return own if len(own) >= 5 else text


def _text_outside_widgets(el):
    if el.text:
        yield el.text
    for child in el:
        if child.tag == "br":
            yield " "
        elif isinstance(child.tag, str) and child.tag not in _CONTROL_TAGS and next(
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


def _short_headline(el, body_pairs: set[str]) -> str | None:
    """A heading's text of three or four hanzi (驴背诗思, 春耕忙): too short to tell from a column's
    name by itself, a headline when the body repeats every pair of its hanzi and it is no column's
    heading (:data:`~.vocabulary.COLUMN_HEADINGS`) nor a site's name (松花江网)."""
    if el.tag not in _HEADING_TAGS:
        return None
    text = heading_text(el)
    if (not 3 <= len(text) < 5 or len(HAN.findall(text)) != len(text) or text in COLUMN_HEADINGS
            or bylines.names_an_organisation(text)):
        return None
    pairs = hanzi_pairs(text)
    return text if pairs and pairs <= body_pairs else None


def _never_a_headline(text: str) -> bool:
    """Where the page is or whose it is, not what it says: a breadcrumb (首页 > …, 当前位置：…,
    a trail ending in >), a document number (文号), a line naming a site by its address."""
    return bool(_CRUMB_LIKE.match(text) or _CRUMB_TRAIL.search(text) or _CRUMB_TEXT.search(text)
                or _DOC_NUMBER.match(text) or _WEB_ADDRESS.search(text))


#: How far before the body (elements, in document order) a headline without heading markup is looked for.
_PLAIN_TITLE_REACH = 60


def _names_the_body(text: str, body_pairs: set[str]) -> bool:
    """Whether most of the words of ``text`` (pairs of hanzi) are repeated in the body."""
    pairs = hanzi_pairs(text)
    return len(pairs) >= 3 and len(pairs & body_pairs) >= 0.5 * len(pairs)


def _line_naming_the_body(doc: Doc, container, start: int, current: str | None, limit: int | None = None):
    """A page with no heading markup at all (old table layouts, forum threads) whose
    ``<title>`` is only the site's name (not a line printed there): the nearest short line of
    its own before the body, not a link or a label, most of whose words the body repeats (a
    headline names what the body is about; a menu or a site name does not), or the line
    right above the time line that is right above the body (headline, time line, text).
    ``limit``: the body's first line of prose, when the container holds lines before it (a
    bold headline in the text's own table cell): those lines are looked at instead, and the
    body is what follows them."""
    inside = limit is not None
    body_pairs = hanzi_pairs(_text_from(doc, container, limit) if inside else squash(container.text_content()))
    if not body_pairs:
        return None
    seen = 0
    meta_above_body = False
    candidates = []
    for el in (container if inside else doc.body_el).iter():
        if doc.order.get(el, 10**9) >= (limit if inside else start):
            break
        candidates.append(el)
    if inside and (twice := _printed_twice(candidates, body_pairs)) is not None:
        return doc.order.get(twice, 0), twice, squash(twice.text_content())
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
        if ((meta_above_body and seen == 2) or _names_the_body(text, body_pairs)
                or (seen == 1 and _row_above(el, container))):
            return doc.order.get(el, 0), el, text
    return None


def _printed_twice(lines, body_pairs: set[str]):
    """The first of two lines with the same text among ``lines`` (elements in document order),
    a headline's length and naming the body: a headline over the text, then its copy opening
    the text (a document pasted whole, its title and subtitle lines first)."""
    first: dict[str, object] = {}
    for el in lines:
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "a") or not (el.text or "").strip():
            continue
        text = squash(el.text_content())
        if not 5 <= len(text) <= 60 or _META_LABEL.search(text):
            continue
        if text in first:
            return first[text] if _names_the_body(text, body_pairs) else None
        first[text] = el
    return None


def _row_above(el, container) -> bool:
    """Whether ``el`` sits in the table row right above the row that holds ``container`` (a
    forum thread's subject row over its first post: <tr><td>主题</td></tr><tr><td>作者</td><td>正文</td></tr>)."""
    row = next((a for a in container.iterancestors("tr")), None)
    above = row.getprevious() if row is not None else None
    while above is not None and not isinstance(above.tag, str):
        above = above.getprevious()
    return above is not None and above.tag == "tr" and inside(el, above)


#: Heading elements a kicker or subtitle is set in beside the headline (<h5>引题</h5><h1>标题</h1>).
_SMALLER_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _kicker_and_subtitle(anchor) -> tuple[str | None, str | None]:
    """引题 just before the headline and 副题 just after it, when the markup says so: a heading,
    a class naming it, dashes (——副题), or a short line set centred (a paper's print layout:
    <p style="text-align:center">副题</p>, <tr><td align="center">引题</td></tr>), not a sentence."""
    pre = sub = None
    prev, nxt = sibling(anchor, -1), sibling(anchor, +1)
    text = _short_heading_text(prev) if prev is not None else None
    if text and (prev.tag in _SMALLER_HEADINGS or _PRE_ATTR.search(attrs(prev)) or _centred_line(prev, text)
                 or _tells_the_same_story(text, heading_text(anchor))):
        pre = text
    text = _short_heading_text(nxt) if nxt is not None else None
    if text and (opens_with_dashes(text) or nxt.tag in _SMALLER_HEADINGS or _SUB_ATTR.search(attrs(nxt))
                 or _centred_line(nxt, text)):
        sub = strip_dashes(text) or None
    return pre, sub


#: A line right above the headline sharing at least this share of its pairs of hanzi with it is
#: its kicker, however the template marks it (<p class="p1">某某系统推行领导干部训诫预警</p><h1>…训诫预警：…</h1>).
KICKER_SHARE = 0.5


def _tells_the_same_story(line: str, headline: str) -> bool:
    """Whether ``line`` is another line about the headline's story (:data:`KICKER_SHARE`), not the
    headline again (printed whole in a share box or a breadcrumb)."""
    if not headline or line in headline or headline in line or _PROSE_END.search(line):
        return False
    pairs = hanzi_pairs(line)
    return len(pairs) >= 4 and len(pairs & hanzi_pairs(headline)) >= KICKER_SHARE * len(pairs)


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
    if len(text) <= _SITE_NAME_CHARS and _SITE_NAME_END.search(text):
        return True  # <h1>某某新闻网</h1>: a site's name, linked or not
    return bool(text) and any(squash(a.text_content()) == text and _goes_home(a, text) for a in heading.iter("a"))


#: How a site's name ends (某某新闻网, 某某日报, 某某电视台, 某某市人民政府; not a bare 网: 织密民生保障网 is a headline).
_SITE_NAME_END = re.compile(r"(?:新闻网|新聞網|日报|日報|晚报|晚報|电视台|電視台|人民政府|门户网站|門戶網站)$")


def _goes_home(link, text: str) -> bool:
    """Whether ``link`` (printing ``text``) links to a home or channel page (:data:`_HOME_HREF`);
    one with no target at all does when its text is as short as a site's name
    (:data:`_SITE_NAME_CHARS`): ``<h1><a>某某新闻网</a></h1>``, not ``<h1><a>一条新闻的标题</a></h1>``."""
    href = (link.get("href") or "").strip()
    if not href:
        return len(text) <= _SITE_NAME_CHARS
    return _HOME_HREF.match(href) is not None


#: A site's name is at most this long (中国共产党新闻网, 某某省人民政府门户网站).
_SITE_NAME_CHARS = 12


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
    if (bylines.byline_names(text) or re.search(r"author|info|time|date|source", attrs(el), re.I)
            or _COMPILED.search(text)):
        return None
    return text


#: A line that credits who compiled the story (健康时报综合, 本报综合, 某某整理): a credit, no subtitle.
_COMPILED = re.compile(r"^[\u4e00-\u9fff]{0,10}(?:综合|綜合|整理)$")


