"""The text's first and last lines: a lead printed before the body's container, and the
headline, meta, editor and byline lines a too-wide container brought along."""

from __future__ import annotations

import re
from datetime import datetime

from .. import bylines, dates
from ..body import reads_as_caption
from ..document import Doc, inside
from ..text import HAN, fold_separators, hanzi_pairs, opens_with_dashes, strip_dashes
from .common import _AUTHOR_LINE, _META_LABEL, _PROSE_END, labelled_writers, paper_and_day

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
                and not reads_as_caption(text, el.getparent())  # (a picture's caption over the text)
                and not _excerpt_of(text, body_text)):
            out.append(text)
    return out


#: A sentence of a lead at least this long printed word for word in the text …
_EXCERPT_SENTENCE = 12
#: … and such sentences making up at least this share of the lead: the lead is an excerpt of
#: the text (a ``摘要`` box the CMS fills with the text's first sentences), not a chapo of its own.
EXCERPT_SHARE = 0.5
_SENTENCES = re.compile(r"[^。！？!?]+[。！？!?]*")
_LEAD_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,4}\s*[:：]\s*")
#: The labels of a summary box (摘要：…, 导读：…).
_SUMMARY_LABEL = re.compile(r"^[【\[]?\s*(?:摘要|导读|導讀|导语|導語|提要|内容提要|內容提要|核心提示)\s*[】\]]?\s*[:：]")


def _excerpt_of(lead: str, body_text: str) -> bool:
    """Whether most of ``lead`` is sentences ``body_text`` prints word for word (:data:`EXCERPT_SHARE`),
    a label it opens with (摘要：, 导读：) aside."""
    lead = _LEAD_LABEL.sub("", lead)
    copied = sum(len(s) for s in _SENTENCES.findall(lead)
                 if len(s.strip()) >= _EXCERPT_SENTENCE and s.strip() in body_text)
    return copied >= EXCERPT_SHARE * len(lead)


def tidy(paragraphs: list[str], heads: set[str]) -> tuple[list[str], list[str], list[str]]:
    """Drop the headline and meta lines a too-wide container brought along; take out editor
    lines and stand-alone bylines.  Returns (paragraphs, editors, authors) found."""
    heads = set(heads) | {"——" + x for x in heads}
    out: list[str] = []
    found_editors: list[str] = []
    found_authors: list[str] = []
    n = len(paragraphs)
    skip = -1
    for i, para in enumerate(paragraphs):
        near_edge = i < 3 or i >= n - 3
        if i < 4 and para in heads:
            continue
        if i == skip:
            continue
        label = _SUMMARY_LABEL.match(para) if i < 3 else None
        if label is not None:  # 摘要：… the CMS filled with the text's first sentences, in the body's box
            if label.end() < len(para.rstrip()):
                if _excerpt_of(para, "".join(paragraphs[i + 1:])):
                    continue
            elif i + 1 < n and _excerpt_of(paragraphs[i + 1], "".join(paragraphs[i + 2:])):
                skip = i + 1  # the label a line of its own, the excerpt the next
                continue
        if near_edge and len(para) <= 150 and _META_LABEL.search(para) and (
            dates.parse_datetime(para) or bylines.source_in(para)
        ):
            # a meta line goes, but the writer it credits stays (（本文来源：某报 作者：…研究员某某）,
            # 本文来源：某报 作者：王某 李某)
            names = bylines.take_reporters(para, last=True)[1] or labelled_writers(para) or bylines.submitted_by(para)
            found_authors += [a for a in names if a not in found_authors]
            continue
        if i < 3 and len(para) <= 40 and not _SENTENCE_PUNCT.search(para) and isinstance(dates.parse_datetime(para), datetime):
            continue  # an unlabelled time line at the top (2024年05月03日 10:20 某某日报)
        if i < 3 and len(para) <= 30 and paper_and_day(para):
            continue  # the paper's name and its day at the top (某某時報2005年02月26日)
        names = bylines.editors_in(para) if len(para) <= 60 and _starts_as_editor(para) else []
        if names:
            found_editors = found_editors or names
            continue
        opens_credited = (len(para) <= 60 and not _PROSE_END.search(para)
                          and _AUTHOR_LINE.match(fold_separators(para).lstrip("[【（( ")) is not None)
        names = bylines.editors_in(para) if opens_credited else []
        if names:  # [作者: 王某 责任编辑: 李某] — a line of credits
            found_editors = found_editors or names
            found_authors += [a for a in labelled_writers(para) if a not in found_authors]
            continue
        names = bylines.byline_names(para) if near_edge or i < 6 else []  # after a 划重点 list too
        if not names and near_edge and len(para) <= _CREDIT_LINE_CHARS and not _PROSE_END.search(para):
            # 某某原创·作者|王某: a short line whose labelled credit names surnamed people
            names = [n for n in labelled_writers(para) if bylines.has_surname(n)]
        if names:
            found_authors += [a for a in names if a not in found_authors]
            continue
        out.append(para)
    return out, found_editors, found_authors


_SENTENCE_PUNCT = re.compile("[，。！？；,!?;]")

#: A short line at the text's edge holding a labelled credit (某某原创·作者|王某) is this long at most.
_CREDIT_LINE_CHARS = 30

#: A subtitle the template prints as the text's first line (<p>——基于某某的活动</p> under the
#: headline repeated in the text): two dashes or more, then a short line (this long at most)
#: that is no sentence.
SUBTITLE_CHARS = 60


def subtitle_opening(paragraphs: list[str], under_headline: str | None = None) -> tuple[str | None, list[str]]:
    """``(subtitle, the rest)`` when the text opens with a dashed subtitle line, or with the
    line the text printed right under a copy of the headline (``under_headline``: a document
    pasted whole, its title lines set centred) when that line reads as a headline
    (:func:`_headline_like`); else ``(None, paragraphs)``."""
    if paragraphs and opens_with_dashes(paragraphs[0]) and len(paragraphs[0]) <= SUBTITLE_CHARS \
            and not _PROSE_END.search(paragraphs[0]):
        subtitle = strip_dashes(paragraphs[0]).strip()
        if len(subtitle) >= 4:
            return subtitle, paragraphs[1:]
    if under_headline and len(paragraphs) > 1 and paragraphs[0] == under_headline and _headline_like(under_headline):
        return paragraphs[0], paragraphs[1:]
    return None, paragraphs


def line_under_headline(paragraphs: list[str], title: str | None) -> str | None:
    """The line right under a copy of the headline that opens the text (a document pasted whole:
    its title, its subtitle, then its prose), unless the headline follows it again (that line
    is the kicker of a second copy)."""
    opening = paragraphs[:4]
    if not title or title not in opening:
        return None
    at = len(opening) - 1 - opening[::-1].index(title)  # the copy nearest the prose
    if at + 2 >= len(paragraphs):
        return None
    pairs = hanzi_pairs(paragraphs[at + 2])
    if pairs and len(pairs & hanzi_pairs(title)) >= len(pairs) / 2:
        return None
    return paragraphs[at + 1]


#: Characters a line the size of a headline holds: a subtitle is no shorter than this.
_HEADLINE_MIN = 6
#: Marks that make a line more than a headline, besides a sentence's (:data:`_SENTENCE_PUNCT`):
#: a salutation's colon, a document number's brackets (某政办发〔2024〕5号), digits (a date line,
#: a list's number).
_NOT_HEADLINE = re.compile(r"[：:〔〕\[\]\d]")


def _headline_like(line: str) -> bool:
    """Whether ``line`` reads as a headline: hanzi, of a headline's length, and no sentence,
    salutation, date or number in it, no byline, not only organisations' names (中共某某党委在延安
    开展“某某”党日活动; not 各有关单位：, not （2024年5月3日）, not 某某市统计局 某某调查队)."""
    return (_HEADLINE_MIN <= len(line) <= SUBTITLE_CHARS and len(HAN.findall(line)) >= _HEADLINE_MIN
            and not _SENTENCE_PUNCT.search(line) and not _NOT_HEADLINE.search(line) and not line.startswith(("（", "("))
            and not bylines.byline_names(line) and not bylines.only_organisations(line))


def _starts_as_editor(para: str) -> bool:
    return bylines.EDITOR_OPENING.match(para) is not None



