"""The publication time: the printed time line first, then Baidu's id, ``<meta>``, ``<time>``,
JSON-LD/inline data, the e-paper edition's date and the URL (see the package docstring)."""

from __future__ import annotations

from datetime import datetime
from itertools import islice

from .. import bylines, dates
from ..document import Doc
from ..text import squash
from ..urls import url_date
from ..vocabulary import (
    TIME_JSON_KEYS,
    TIME_SCRIPT_VARS,
    TIME_META_NAMES,
    TIME_META_UPDATED,
)
from .common import _DATE_LABEL, _EPAPER, _JSON_TIME, _LABELLED_TIME, _ONLY_DATE, _PROSE_END, meta_lines

# ---------------------------------------------------------------------------------------------
# Publication time
# ---------------------------------------------------------------------------------------------



def published_at(doc: Doc) -> str | None:
    """The page's publication time (see the module docstring for the order of sources).

    The printed time line wins over machine-written ones (it is what the reader sees), unless
    it is more than a day away from a ``<meta>`` time (then it was a wrong line); a bare day
    is refined by a time of the same day from a later source.
    """
    (visible, labelled), meta = _visible_time(doc), _meta_time(doc)
    if visible is not None and meta is not None and abs((_day(visible) - _day(meta)).days) > 1 and not (
            labelled and _day(visible) < _day(meta)):
        visible = None  # (a labelled day before the meta's: the meta is the page's regeneration, not its publication)
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
_JSON_NEEDLES = (tuple(f'"{k}"' for k in TIME_JSON_KEYS) + tuple(f"'{k}'" for k in TIME_JSON_KEYS)
                 + tuple(f"var {v}" for v in TIME_SCRIPT_VARS))


def _json_time(doc: Doc):
    """``datePublished`` of JSON-LD, ``pubtime`` of a page's inline data (a date, or Unix
    seconds: ``"publish_time": 1581517074``, ``var ct = "1581517074"``)."""
    for script in doc.root.iter("script"):
        text = script.text or ""
        if len(text) > 400_000 or not any(needle in text for needle in _JSON_NEEDLES):
            continue
        m = _JSON_TIME.search(text)
        if m:
            machine = m["v"] or m["set"]
            value = dates.parse_machine(machine) if machine else dates.from_epoch(m["epoch"] or m["var"])
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
        if len(line.text) <= 80 and line.element is not None:  # 某某报 <span>09-27 20:12</span> 责编：某 我要分享
            for piece in islice(line.element.itertext(), 12):
                piece = piece.strip()
                if 5 <= len(piece) <= 20 and (value := dates.parse_yearless(piece, year_of)) is not None:
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


def _labelled_above(doc: Doc):
    """The times of the labelled lines above the headline (发布时间：…, 发文日期：…, ``<time>``), nearest first."""
    for line in doc.before:
        if len(line.text) <= 150 and (_DATE_LABEL.search(line.text) or line.element is not None and line.element.tag == "time"):
            value = dates.parse_datetime(line.text)
            if value:
                yield value


#: How many lines right above the body may hold an unlabelled time line when no headline was found.
_UNLABELLED_REACH = 4


def _visible_time(doc: Doc) -> tuple:
    """``(the printed publication time, whether a date label says so)``: (None, False) when none."""
    day = None
    day_labelled = False
    for line in meta_lines(doc):
        # a labelled line may hold several dates: not an update's (更新时间：… 发布时间：…)
        value = dates.parse_published(line.text)
        if value is None and day is None and len(line.text) <= 80 and _DATE_LABEL.search(line.text):
            value = dates.english_time(line.text)  # a labelled line's English day (发布于 … · Apr 22, 2025)
        if isinstance(value, datetime) and (day is None or value.date() == day):
            # (a day printed first, in the headline, is refined by its time line)
            return value, bool(_DATE_LABEL.search(line.text))
        if value and day is None:
            day, day_labelled = value, bool(_DATE_LABEL.search(line.text))
    if day is not None and day_labelled:
        return day, day_labelled
    labelled_above = next(_labelled_above(doc), None)
    if day is not None:
        # an unlabelled day under the headline (a document's own date) gives way to a labelled
        # one above it (an information-disclosure table's 发文日期：)
        return (labelled_above, True) if labelled_above is not None else (day, False)
    above = None  # a day alone on its line right above the headline: the last resort here
    if labelled_above is not None:
        return labelled_above, True
    for i, line in enumerate(doc.before):
        reach = _UNLABELLED_REACH if doc.anchor is None else 2  # (the headline is a line of its own here)
        if i < reach and len(line.text) <= 60 and not _PROSE_END.search(line.text):
            # the line right above the headline (2024-05-03 10:20 | 某某网), or, no headline found,
            # the few lines right above the body: a time to the minute there is the page's
            value = dates.parse_datetime(line.text)
            if isinstance(value, datetime):
                return value, False
            if above is None and doc.anchor is not None:
                above = dates.alone(line.text) or dates.english_time(line.text)
    for i, line in enumerate(doc.after):  # a labelled time line right under the body (时间：2019-09-24 17:08)
        for text in (line.node_text, line.text):  # (the label and the time may be text nodes apart)
            if len(text) <= 80 and _LABELLED_TIME.match(text):  # (posted on 2018-01-17 15:18 by … 阅读 评论)
                value = dates.parse_datetime(text)
                if value:
                    return value, True
        if i < 3 and len(line.text) <= 100 and bylines.submitted_by(line.text):
            # a blog engine's line under the post, the poster and the time: 某某 提交于 February 5, 2020 11:36 AM
            value = dates.parse_datetime(line.text) or dates.english_time(line.text)
            if value:
                return value, True
        value = dates.bare_time(line.text) if i == 0 else None  # or the first line under it, a time alone
        if value is not None:
            return value, False
    if above is not None and url_date(doc.url) not in (None, _day(above)):
        return None, False  # a day the URL contradicts: a bar's today, not the article's
    return above, False


