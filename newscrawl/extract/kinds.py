"""Non-article detection: what kind of page this is, by what the page is, not by its site.

:func:`classify` returns one of :data:`KINDS`:

``article``     prose: the page is an article (however short)
``list``        a list page: its "body" is headlines linking elsewhere (or headline links
                alternating with their summaries, or one entry of a run of like entries each
                under a headline link), or there is no prose and many headline links, or
                the page is a column's (its title names one: 公司公告) and its short "body" is a
                line of the site's that the title does not name
``topic``       a special-topic landing page: the same, in three or more headed blocks, or
                headings and link titles and not one sentence of prose of their own
``gallery``     a photo gallery: two or more pictures and no prose but captions (no line of
                40 characters: a photo report with one real paragraph is an article)
``video``       a video page: a player and at most a line of text
``attachment``  a notice that is only an attachment link (附件: .pdf, .doc, .xls …)
``list`` also    a site's home page (its root URL: :func:`.urls.home_page`) or an undated folder
                index (``/zt/2018/meeting/index.html``: :func:`.urls.index_page`) with headline links, a
                page of hundreds of headline links whose short "body" is a teaser cut off
                with an ellipsis (……市民黄先生... 【03-20 09:42】), or a "body" of such teasers
                (……[详情]) — ``topic`` when its links sit in sections
``empty``       nothing at all: no text, no picture, or not one sentence of prose and no
                headline links either

The crawl drops a page that is not an ``article`` (counted as
``newscrawl/pages/not_article/<kind>``, named in the run report); ``python -m newscrawl.extract``
prints its kind on stderr instead of an item and exits 3.  The thresholds are characters of
prose (the body's paragraphs, captions and credits not counted): real short articles of the
devset run from about 100 characters up, with one picture at most, and a brief may be one
sentence, so a page is an article whenever its prose is at least :data:`MIN_PROSE` characters
or no other kind fits.  A page is never dropped silently: the crawl counts and logs it.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

from .body import HEADLINE_CHARS
from .container import attrs
from .text import HAN, hanzi_pairs, squash
from .urls import home_page, index_page
from .header.common import TITLE_SPLIT
from .vocabulary import ATTACHMENT_EXTENSIONS, COLUMN_HEADINGS, PLAYER_WORDS, TEASER_MORE

KINDS = ("article", "list", "topic", "gallery", "video", "attachment", "empty")
#: Prose at least this long makes a page an article, whatever else it holds.
MIN_PROSE = 200
#: Headline links of a portal's index page (an article's or a video's related lists hold fewer).
INDEX_LINKS = 60
#: A page whose title is a column's name (公司公告, 信息披露: :data:`COLUMN_HEADINGS`), with less prose
#: than :data:`MIN_PROSE` that its title does not name, is that column's list when it holds this
#: many headline links.
COLUMN_LINKS = 10
#: A site's home page is a list when it holds this many headline links (a home page drawn by
#: script may print only a few: its cards are not links).
HOME_LINKS = 5
#: Sentence ends a page of prose has at least, unless one of its sentences is long enough.
MIN_SENTENCES = 2
#: A sentence this long, with a clause inside (a comma), is prose on its own: the shortest real
#: stories are one such sentence (某日，某地召开某会议，部署……。).
MIN_SENTENCE_CHARS = 30
_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]")
_CLAUSE = re.compile(r"[，,；;：:]")
_PUNCT = re.compile(r"[，。！？；：、,.!?;:]")
_PLAYER = re.compile("|".join(PLAYER_WORDS), re.I)
_CUT_SHORT = re.compile(r"(?:\.{3,}|…+)\s*(?:[\[【(（]?\s*(?:(?:[\u4e00-\u9fff]{0,2}|read\s+)(?:%s)|[\d\s:：/.年月日-]+)\s*[\]】)）]?)?$"
                        % "|".join(map(re.escape, TEASER_MORE)), re.I)
_VIDEO_SRC = re.compile(r"\.(?:mp4|m3u8|flv|swf|webm)(?:$|\?)|player|video", re.I)


def classify(sel, fields) -> str:
    """The kind of page ``sel`` is, given its extracted ``fields`` (a PageFields)."""
    paragraphs = [p for p in fields.paragraphs if p]
    heads = _Headlines(sel)
    prose = sum(len(p) for p in paragraphs)
    images = len(fields.images)
    if fields.listed:
        return _list_kind(heads)  # the "body" is one entry of a list (a board's thread, a summary)
    if heads.count() >= HOME_LINKS and (home_page(fields.url) or (index_page(fields.url) and not fields.published_at)):
        return _list_kind(heads)  # a home page, an undated folder index: its "body" teasers, a card stream, an intro
    if prose >= MIN_PROSE:
        if _body_is_headlines(heads, paragraphs) or _body_is_teasers(heads, paragraphs) or _body_is_cut_short(paragraphs):
            return _list_kind(heads)
        return "article"
    if prose == 0 and images == 0 and not _attachments(sel) and not _has_player(sel):
        return "empty" if heads.count() < 15 else _list_kind(heads)
    if heads.count() >= COLUMN_LINKS and _column_titled(sel, fields.title) and not _named_by(fields.title, paragraphs):
        return _list_kind(heads)  # 公司公告 over a list of announcements, a short line of the site's (欢迎您来到…) its "body"
    if _attachments(sel) and prose < MIN_PROSE and not images:
        return "attachment"
    if heads.count() >= INDEX_LINKS and (prose < 50 or _CUT_SHORT.search(paragraphs[-1])):
        return _list_kind(heads)  # a portal's index: its players, its lead story's teaser (……记者昨日获悉... 【详细】)
    captions = sum(len(img.get("caption") or "") for img in fields.images)
    if _has_player(sel) and prose + captions <= 100:
        return "video"  # a player and at most a line of text (captioned pictures are text too)
    if images >= 2 and (prose < 50 or max(len(p) for p in paragraphs) < 40):
        return "gallery"  # pictures with captions, or a short label each; no sentence of prose
    if (_body_is_headlines(heads, paragraphs) or _body_is_teasers(heads, paragraphs) or _body_is_cut_short(paragraphs)
            or (prose < 50 and heads.count() >= 15)):
        return _list_kind(heads)
    if not _has_a_sentence(heads, paragraphs):
        # headings and link titles, not one sentence of prose of its own
        headings = sum(1 for p in paragraphs if len(p) <= 10 and not _PUNCT.search(p))
        if heads.count() >= 2:
            return "topic" if headings >= 2 else "list"
        return "empty"
    return "article"


def _named_by(title: str | None, paragraphs: list[str]) -> bool:
    """Whether most of the title's words (pairs of hanzi, three at least) are in the text: a short
    article's headline names its text; a column's name or a site's does not name a line of its chrome."""
    pairs = hanzi_pairs(title or "")
    return len(pairs) >= 3 and len(pairs & hanzi_pairs("".join(paragraphs))) >= 0.5 * len(pairs)


def _column_titled(sel, title: str | None) -> bool:
    """Whether the page's title, or a piece of its ``<title>``, is a column's name (信息披露 in
    ``<title>某某基金|信息披露</title>``)."""
    if title in COLUMN_HEADINGS:
        return True
    head = sel.root.find(".//title")
    text = head.text_content() if head is not None else ""
    return any(piece in COLUMN_HEADINGS for piece in TITLE_SPLIT.split(text.strip()))


def _has_a_sentence(heads: _Headlines, paragraphs: list[str]) -> bool:
    """Whether the body holds prose of its own: one sentence of :data:`MIN_SENTENCE_CHARS` or
    more that ends in 。！？ or :data:`MIN_SENTENCES` sentence ends, in paragraphs that are not the
    text of a headline link (a topic or list page's "body" is headings and link titles; a
    one-sentence brief — 某日，某地召开某会议，……。 — is an article however short)."""
    links = heads.text_set()
    prose = [p for p in paragraphs if p not in links and not any(p.startswith(t) for t in links if len(t) >= 10)]
    ends = 0
    for p in prose:
        for sentence in _SENTENCE.findall(p):
            ends += 1
            if len(sentence) >= MIN_SENTENCE_CHARS and _CLAUSE.search(sentence):
                return True
    return ends >= MIN_SENTENCES


class _Headlines:
    """A page's links of headline length with their text, worked out on first use (the checks
    of :func:`classify` ask for them several times; a crawl pays for it once a page)."""

    def __init__(self, sel):
        self.sel = sel
        self._texts: list[tuple[str, object]] | None = None

    @property
    def texts(self) -> list[tuple[str, object]]:
        if self._texts is None:
            self._texts = [(text, a) for a in self.sel.root.iter("a")
                           if len(text := squash(a.text_content())) >= HEADLINE_CHARS and _headline_like(text)]
        return self._texts

    def count(self) -> int:
        return len(self.texts)

    def text_set(self) -> set[str]:
        return {text for text, _ in self.texts}




def _headline_like(text: str) -> bool:
    """A link's text that can be a headline: it holds hanzi, or three words or more (an
    embedded post's "facebook" link, "Instagram", "Read more" are not)."""
    return bool(HAN.search(text)) or len(text.split()) >= 3


def _body_is_headlines(heads: _Headlines, paragraphs: list[str]) -> bool:
    """Five or more paragraphs, most of the text in them the text of links: a list, not prose
    (an article's 相关新闻 tail is a minority of its text)."""
    if len(paragraphs) < 5:
        return False
    links = heads.text_set()
    linked = sum(len(p) for p in paragraphs if p in links or any(p.startswith(t) for t in links if len(t) >= 10))
    return linked >= 0.6 * sum(len(p) for p in paragraphs)


#: Teasers in a "body" that make it a list: this many headline links, each after text of its own.
TEASERS = 5
#: Paragraphs cut off with an ellipsis (…[详情]) that make a "body" a list of teasers, when they
#: hold at least half its text (a story may end one quote with …, not three of its paragraphs).
CUT_TEASERS = 3


def _body_is_cut_short(paragraphs: list[str]) -> bool:
    """A topic or list page whose teasers are cut off with an ellipsis and a link to the rest
    (……[详情], ...更多): :data:`CUT_TEASERS` or more such paragraphs, half the text or more."""
    cut = [p for p in paragraphs if _CUT_SHORT.search(p)]
    return len(cut) >= CUT_TEASERS and sum(len(p) for p in cut) >= 0.5 * sum(len(p) for p in paragraphs)


def _body_is_teasers(heads: _Headlines, paragraphs: list[str]) -> bool:
    """A list page whose items carry a summary: the body alternates headline links and text
    from its start (link, summary, link, summary …) — an article's 相关阅读 list is one run of
    links, not interleaved with text."""
    if len(paragraphs) < 2 * TEASERS - 1:
        return False
    links = heads.text_set()
    linked = [i for i, p in enumerate(paragraphs) if p in links]
    if len(linked) < TEASERS or linked[0] > 3 or len({paragraphs[i] for i in linked}) < TEASERS:
        return False  # (teasers are as many stories: the same link text over and over is none)
    interleaved = sum(1 for a, b in zip(linked, linked[1:]) if b - a >= 2)
    return interleaved >= TEASERS - 1


def _list_kind(heads: _Headlines) -> str:
    """``topic`` when the headline links sit in three or more blocks (sections), else ``list``."""
    parents = Counter()
    for _, a in heads.texts:
        block = a.getparent()
        while block is not None and block.tag in ("li", "span", "font", "b", "strong", "p", "dd", "dt", "td", "tr"):
            block = block.getparent()
        if block is not None:
            parents[block] += 1
    sections = sum(1 for n in parents.values() if n >= 4)
    return "topic" if sections >= 3 else "list"


def _attachments(sel) -> bool:
    for href in sel.root.xpath("//a/@href"):
        path = urlsplit(href.strip()).path.lower()
        if path.endswith(ATTACHMENT_EXTENSIONS):
            return True
    return False


def _has_player(sel) -> bool:
    root = sel.root
    if next(root.iter("video"), None) is not None:
        return True
    for el in root.iter("embed", "object", "iframe", "source"):
        src = el.get("src") or el.get("data") or ""
        if _VIDEO_SRC.search(src):
            return True
    for el in root.xpath("//*[@class or @id]"):
        value = attrs(el)
        if _PLAYER.search(value) and el.tag in ("div", "section", "span"):
            return True
    return False
