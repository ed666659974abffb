"""Body scoring: which element of a page holds the article's text.

The container is chosen by a text- and punctuation-density score over the DOM, in the spirit
of the CEPF method (洪鸿辉 et al. 2019, "基于文本及符号密度的网页正文提取方法", the algorithm
behind GNE; research ``anchors.md`` A.2)::

    score = TD · log10(P + 2) · ln(1 + 100 · PD)

TD is the non-link text per text-bearing element (empty layout boxes do not dilute it), P the
number of ``<p>``/``<br>`` inside, PD the share of punctuation in the non-link text: body
prose is dense, has paragraphs and about one mark in ten characters; link lists, menus and
date lines have none of that.  Everything whose tag or class/id says it is furniture
(:data:`~.vocabulary.NOISE_SUBSTRINGS` …) is left out of the scoring, and text the
boilerplate rules would drop (版权所有, ICP备 …) counts as none; a class/id that names content
weighs ×1.5, as readability's class weights do.

:func:`density` gives every element's measures (:mod:`.choice` picks the container from them);
:func:`work_copy` a copy of the chosen one with its furniture removed and its captions marked,
ready for :func:`newscrawl.extract.body.blocks_to_body`.
"""

from __future__ import annotations

import copy
import math
import re
from functools import lru_cache
from operator import itemgetter

from lxml import etree

from . import boilerplate, bylines
from .body import CAPTION_MARK, drop_keep_tail, hidden_style, image_source
from .rules import compile_rules
from .streams import STREAM_ITEMS, kind_of
from .vocabulary import (
    ACCOUNT_BUTTONS,
    CAPTION_ATTRS,
    CONTENT_SUBSTRINGS,
    CONTENT_WORDS,
    DROP_ALWAYS,
    DROP_TAGS,
    ICON_SRC,
    INLINE,
    NOISE_SUBSTRINGS,
    NOISE_WORDS,
    PUNCTUATION,
)

#: How much a content-like class/id weighs in the score.
CONTENT_HINT = 1.5
#: A furniture match on a node holding more than this share of the page's text is ignored
#: (a wrapper with an unlucky class name, an ASP.NET ``<form>`` around everything); so is one
#: that holds the headline.
MAX_NOISE_SHARE = 0.5
_MIN_BODY_CHARS = 10
#: Boilerplate is a line, not a paragraph: longer text pieces are not checked for it (a
#: paragraph that quotes 版权所有 is still prose; the check costs as the text grows).
_MAX_JUNK_CHARS = 240
_PARA_TAGS = frozenset(("p", "br"))

# (the word lists are written in lower case and searched in a lower-cased value: re.I costs a
# search of class names 6×, its case folding defeating the quick scan for first characters)
_NOISE = re.compile("|".join(NOISE_SUBSTRINGS))
_CONTENT = re.compile("|".join(CONTENT_SUBSTRINGS))
_CAPTION = re.compile("|".join(CAPTION_ATTRS))
_ICON = re.compile("|".join(re.escape(w) for w in ICON_SRC))
_PUNCT = re.compile(f"[{re.escape(PUNCTUATION)}]")
_WORD_SPLIT = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")
#: Text the clean pipeline drops anyway (版权所有, ICP备, 举报电话 …) is not evidence of a body.
JUNK = compile_rules(boilerplate.DROP_LINES + (bylines.EDITOR_LINE.pattern,))


def attrs(el) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def is_noise(el) -> bool:
    """Tag or class/id says furniture (substring for long names, whole word for short ones)."""
    tag = el.tag
    if tag in DROP_TAGS:
        return True
    names = el.keys()  # one call; most elements have no class, id, style (this runs on every element)
    if not names:
        return False
    if "style" in names and hidden_style(el.get("style")):
        return True
    if "hidden" in names:
        return True
    if tag in ("article", "main"):  # HTML5 says content, whatever the class (<article class="baidu_pl">)
        return False
    cls = el.get("class") if "class" in names else None
    ident = el.get("id") if "id" in names else None
    if not cls and not ident:
        return False
    return _noise_attrs(f"{cls or ''} {ident or ''}".strip())


#: A class or id a framework generated (React's ``.reactRoot[7].[1]{comment5268…}.0``): no word
#: in it was chosen to name the element.
_GENERATED = re.compile(r"[\[\]{}]")


@lru_cache(maxsize=4096)
def _noise_attrs(value: str) -> bool:
    """Class/id values repeat a lot within and across pages of a portal: decided once each."""
    if _GENERATED.search(value):
        value = " ".join(w for w in value.split() if not _GENERATED.search(w))
    if not value:
        return False
    if _NOISE.search(value.lower()):
        return True
    return any(w.lower() in NOISE_WORDS for w in _WORD_SPLIT.split(value) if w)


def is_content_like(el) -> bool:
    """Whether ``el``'s class or id names content (:data:`CONTENT_WORDS`), or schema.org microdata
    marks it the article's body (``itemprop="articleBody"``)."""
    return _content_attrs(attrs(el).strip()) or el.get("itemprop") == "articleBody"


@lru_cache(maxsize=4096)
def _content_attrs(value: str) -> bool:
    if not value:
        return False
    if _CONTENT.search(value.lower()):
        return True
    return any(w.lower() in CONTENT_WORDS for w in _WORD_SPLIT.split(value) if w)


class Furniture:
    """Which elements of a page are furniture (:func:`is_noise`), with two exceptions: one
    that holds more than :data:`MAX_NOISE_SHARE` of the page's text (a wrapper with an unlucky
    class name, an ASP.NET ``<form>`` around everything), and one that holds the first prose
    under the headline (``anchor``), at least :data:`_PROSE_CHARS` of it — a class naming a
    script hook (``<div class="js_img_share_area">``, ``class="BSHARE_POP … artibody"``)
    around the article.  A "more stories" stream under a short article is furniture still: the
    article's own text comes first.  Nor is the exception made for a box that does not hold the
    page's own summary of the article (``opening``: the start of its description) when the page
    prints that summary elsewhere: an AI digest or a comment box above the text."""

    def __init__(self, page, anchor=None, text: str | None = None, opening: str | None = None):
        """``text``: the page's ``text_content()`` when the caller has it already; ``opening``:
        the first characters of the page's ``<meta>`` description, whitespace out."""
        self.page = page
        self.anchor = anchor
        self.opening = opening if opening and text is not None and opening in "".join(text.split()) else None
        self.chars = int(MAX_NOISE_SHARE * text_len(page, text))
        self._lead = False
        self._keep = set(anchor.iterancestors()) if anchor is not None else set()
        #: Decisions taken while :func:`density` measured the page (``work_copy`` reuses them),
        #: and the sizes it measured (an element it did not measure has no text).
        self.decided: dict = {}
        self.sizes: dict | None = None
        #: Which elements are streams (:func:`.streams.stream_kind`), decided once for the choice and work_copy.
        self.streams: dict = {}
        #: The blocks of the page's video players and login forms (:func:`widget_blocks`).
        self.widgets = widget_blocks(page)

    def __call__(self, el, size: int | None = None) -> bool:
        """Whether ``el`` is furniture; ``size``: its visible characters, when known."""
        known = self.decided.get(el)
        if known is not None:
            return known
        if el is self.page or el in self._keep:
            return False
        if el in self.widgets:
            return True
        if not is_noise(el):
            return False
        if size is None:
            size = self.sizes.get(el, 0) if self.sizes is not None else text_len(el)
        if size > self.chars:
            return False
        if size >= _PROSE_CHARS and _content_among_classes(el.get("class")):
            return False  # class="article-content BSHARE_POP": a share script's hook on the article
        if size >= _PROSE_CHARS and self.anchor is not None:
            if self._lead is False:
                self._lead = _first_prose_after(self.page, self.anchor)
            lead = self._lead
            if lead is not None and (lead is el or el in lead.iterancestors()):
                return self.opening is not None and self.opening not in "".join(el.text_content().split())
        return True


def _content_among_classes(value: str | None) -> bool:
    """Whether one of the element's classes names content and is no furniture's name itself
    (``article-content`` beside ``BSHARE_POP``; not ``share-content``)."""
    if not value or " " not in value.strip():
        return False
    return any(_content_attrs(c) and not _noise_attrs(c) for c in value.split())


#: An element with less text than this is not the article's wrapper.
_PROSE_CHARS = 200
#: A player's controls and messages, a login form's links, are short: a block with more text than this is no widget's.
_PLAYER_CHARS = 300
#: An account's card (name, place, a line about the poster, the follow button) holds no more text than this.
_CARD_CHARS = 150
#: A sentence: a run of text closed by a full stop, or cut off by an ellipsis (a teaser's …);
#: a player's 很抱歉，播放失败 is none.
_SENTENCE = re.compile(r"[^。！？!?…\s]{24,}(?:[。！？!?]|…|\.\.\.)")


def widget_blocks(page) -> set:
    """The blocks of the page's widgets: from each video player (``<video>``, ``<embed>``,
    ``<object>``) and each login form (an ``<input type="password">``: a paywall's 會員登入 box
    under a teaser) up, the outermost ancestor whose text is short (:data:`_PLAYER_CHARS`) and
    holds no sentence — the fold/unfold links, ad countdown, error message and duration a player
    prints, the sign-up links and help line beside a login form, whatever their class names.
    The article around a widget holds sentences.  From each account's follow button
    (:data:`~.vocabulary.ACCOUNT_BUTTONS`) up, the outermost ancestor with a card's text
    (:data:`_CARD_CHARS`): a poster's name, place and self-introduction (a URL cut off with …
    is no sentence there)."""
    blocks = set()
    for widget in page.iter("video", "embed", "object", "input", "a", "button"):
        if widget.tag == "input" and (widget.get("type") or "").lower() != "password":
            continue
        card = widget.tag in ("a", "button")
        if card and ((widget.text or "").strip() not in ACCOUNT_BUTTONS or len(widget)):
            continue
        block = None
        for up in widget.iterancestors():
            if up is page:
                break
            text = up.text_content()
            if card and text_len(up, text) > _CARD_CHARS:
                break
            if not card and (text_len(up, text) > _PLAYER_CHARS or _SENTENCE.search(text)):
                break
            block = up
        if block is not None:
            blocks.add(block)
    return blocks


def text_len(el, text: str | None = None) -> int:
    """Visible characters under ``el`` (whitespace and script/style text not counted);
    ``text``: its ``text_content()`` when known."""
    hidden = sum(len("".join(x.text_content().split())) for x in el.iter("script", "style", "noscript"))
    return len("".join((el.text_content() if text is None else text).split())) - hidden


def visible_len(el) -> int:
    """Visible characters under ``el`` as :func:`_measure` counts them: whitespace and the text
    of what is never shown (:data:`DROP_ALWAYS`: scripts, styles, form controls …) not counted."""
    whole = len("".join(el.text_content().split()))
    for x in el.iter(*DROP_ALWAYS):
        if x is not el and x.getparent().tag not in DROP_ALWAYS:
            whole -= len("".join(x.text_content().split()))
    return whole


class Stats(tuple):
    """Text measures of one subtree (see the module docstring for the score), a plain tuple
    (tens of thousands are made per page): visible characters, of them in links and in junk
    lines, text units, of them links, punctuation marks, paragraphs, and the characters and
    junk characters of the subtree's loose text (not inside a block of its own)."""

    __slots__ = ()
    chars = property(itemgetter(0))
    link_chars = property(itemgetter(1))
    junk_chars = property(itemgetter(2))
    units = property(itemgetter(3))
    link_units = property(itemgetter(4))
    punct = property(itemgetter(5))
    paras = property(itemgetter(6))
    loose = property(itemgetter(7))
    loose_junk = property(itemgetter(8))

    def score(self) -> float:
        """0 for a node without structure inside (a paragraph is not a container, as in CEPF)."""
        chars, link_chars, junk_chars, units, link_units, punct, paras, _, _ = self
        text = chars - link_chars - junk_chars
        units -= link_units
        if text < _MIN_BODY_CHARS or units <= 0:
            return 0.0
        return text / units * math.log10(paras + 2) * math.log1p(100 * punct / text)


def density(root, junk: re.Pattern[str] | None = JUNK, anchor=None, furniture: Furniture | None = None) -> dict:
    """Per-element :class:`Stats` of the page with its furniture left out.

    Furniture (:class:`Furniture`) is skipped whole; so is not what holds the headline
    (``anchor``): a wrapper with an unlucky class name (``<div class="caas enableAdSlot">``
    around an article).
    """
    return _measure(root, junk, furniture or Furniture(root, anchor))


def _measure(root, junk: re.Pattern[str] | None, furniture: Furniture) -> dict:
    """Two passes over the tree, no recursion.  Top down, each element whose tag or class/id
    may say furniture is judged on its whole text (:func:`visible_len`); furniture is left out
    of its parent's measures and nothing inside it is measured.  Then children before parents,
    the measures of everything else.

    ``units`` counts the elements *below* a node that hold text of their own (paragraphs,
    cells, list items, links, ``<br>``), text in inline formatting (span, font, strong …)
    counting as its block's own: wrappers, table rows and empty layout boxes do not dilute
    the density.  Text pieces the boilerplate rules would drop (版权所有, ICP备, 声明：…,
    责编 lines) count as junk, not as content, and an element holding only junk is no unit.
    """
    stats: dict = {}
    raw: dict = {}  # visible characters of each element's whole subtree, furniture included
    decided = furniture.decided
    furniture.sizes = raw
    punct_of = _PUNCT.findall
    search = junk.search if junk is not None else None
    new = tuple.__new__
    # Top down first: furniture (a tag or class/id saying so) is judged on its whole text and,
    # if it is furniture, nothing inside it is measured (most of a page is menus, lists, footers).
    measured = []
    walker = etree.iterwalk(root, events=("start",), tag=etree.Element)  # elements only: no comments, no PIs
    for _, el in walker:
        tag = el.tag
        if tag in DROP_ALWAYS:
            continue
        if ((tag in DROP_TAGS or el.keys()) and is_noise(el)) or el in furniture.widgets:
            size = visible_len(el)
            if size:
                gone = decided[el] = furniture(el, size)
                if gone:
                    raw[el] = size
                    walker.skip_subtree()  # nothing inside furniture is measured (or even visited)
                    continue
        measured.append(el)
    for el in reversed(measured):
        tag = el.tag
        # the measures as locals, a Stats made only for what holds something
        chars = link_chars = junk_chars = units = link_units = punct = paras = loose = loose_junk = 0
        size = 0
        is_link = tag == "a"
        after_br = False
        piece = el.text
        if piece and not piece.isspace():  # most text between tags is indentation
            size = chars = loose = n = len("".join(piece.split()))
            if not is_link:  # link text is discounted whole: no need to look inside it
                punct = len(punct_of(piece))
                if search is not None and 3 < n <= _MAX_JUNK_CHARS and search(piece):
                    junk_chars = loose_junk = n
        for child in el:
            ctag = None
            cs = stats.get(child)
            if cs is not None:
                size += raw[child]
                c_chars, c_link_chars, c_junk, c_units, c_link_units, c_punct, c_paras, c_loose, c_loose_junk = cs
                chars += c_chars
                link_chars += c_link_chars
                junk_chars += c_junk
                units += c_units
                link_units += c_link_units
                punct += c_punct
                ctag = child.tag
                if not (ctag == "br" and after_br):  # <br><br>: one break, one unit (not diluted twice)
                    paras += c_paras
                    if ctag in INLINE:
                        loose += c_loose
                        loose_junk += c_loose_junk
                    elif ctag == "br" or c_loose > c_loose_junk:
                        units += 1
                        if ctag == "a":
                            link_units += 1
            else:
                size += raw.get(child, 0)
            piece = child.tail
            after_br = ctag == "br" and not (piece and not piece.isspace())
            if piece and not piece.isspace():
                n = len("".join(piece.split()))
                size += n
                chars += n
                loose += n
                punct += len(punct_of(piece))
                if search is not None and 3 < n <= _MAX_JUNK_CHARS and search(piece):
                    junk_chars += n
                    loose_junk += n
        if tag in _PARA_TAGS:
            paras += 1
        elif not size and not units and not paras:
            continue  # an empty box, a picture: nothing to measure, nothing to judge here
        raw[el] = size
        # (furniture was judged top down; an element without text weighs nothing here: work_copy
        # judges it itself, a share bar of icons)
        if size and el not in decided:
            decided[el] = False
        if is_link:
            stats[el] = new(Stats, (chars, chars, 0, units, link_units, punct, paras, loose, loose_junk))
        else:
            stats[el] = new(Stats, (chars, link_chars, junk_chars, units, link_units, punct, paras, loose, loose_junk))
    return stats


def _minor_stream(el, container, furniture: Furniture) -> bool:
    """A stream inside the chosen container that is not the article: teasers holding less than
    half its text (the "more stories" under it), dated items (comments) beside prose of the
    container's own (a live blog, all dated items, stays)."""
    if len(el) < STREAM_ITEMS:
        return False
    kind = kind_of(el, furniture.streams)
    if kind is None:
        return False
    sizes = furniture.sizes or {}
    mine, whole = sizes.get(el), sizes.get(container)
    if mine is None or whole is None:
        mine, whole = text_len(el), text_len(container)
    if kind == "dated":
        return whole - mine >= _PROSE_BESIDE
    return mine < 0.5 * whole


#: Characters of the container's own beside a dated stream that make it an article with comments.
_PROSE_BESIDE = 40


#: A text piece this long with a comma or full stop in it is prose (not a time or source line).
_PROSE_PIECE = 20
#: What makes a piece of text a sentence (or part of one).
SENTENCE_MARK = re.compile("[，。！？；]")


def _first_prose_after(root, anchor):
    """The element holding the first piece of prose after the headline (document order)."""
    after = False
    within = set(anchor.iter())
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in DROP_ALWAYS:
            continue
        if el is anchor:
            after = True
            continue
        if not after or el in within:
            continue
        for piece, owner in ((el.text, el), (el.tail, el.getparent())):
            if piece and len(piece.strip()) >= _PROSE_PIECE and SENTENCE_MARK.search(piece):
                return owner
    return None


def work_copy(container, furniture: Furniture):
    """A copy of ``container``: furniture removed (as :func:`density` skipped it, judged on the
    page itself), icons dropped, caption elements marked for the caption pairing."""
    work = copy.deepcopy(container)
    work.tail = None
    # the copy has the original's shape: furniture is judged on the page, then cut from the copy
    doomed = [mine for theirs, mine in zip(container.iter(), work.iter())
              if mine is not work and isinstance(theirs.tag, str) and theirs.tag not in DROP_ALWAYS
              and (furniture(theirs) or _minor_stream(theirs, container, furniture))]
    for el in list(work.iter(etree.Comment, etree.ProcessingInstruction)):
        drop_keep_tail(el)
    for el in list(work.iter(*DROP_ALWAYS)):
        drop_keep_tail(el)
    for el in doomed:
        if el.getparent() is not None:
            drop_keep_tail(el)
    for el in list(work.iter()):
        if not isinstance(el.tag, str):
            continue
        if el.tag == "figcaption" or (el.tag != "img" and _CAPTION.search(attrs(el).lower())):
            el.set(CAPTION_MARK, "1")
        elif el.tag == "img" and is_icon(el):
            drop_keep_tail(el)
    return work


def is_icon(img) -> bool:
    src = image_source(img)
    for dim in ("width", "height"):
        value = (img.get(dim) or "").strip().rstrip("px")
        if value.isdigit() and int(value) < 40:
            return True
    return bool(_ICON.search(src.lower()))
