"""What the header steps share: the label and line patterns, and the page's meta lines."""

from __future__ import annotations

import re
from datetime import datetime
from itertools import islice

from .. import bylines, dates
from ..document import Doc, Line, inside
from ..text import fold_separators, squash
from ..vocabulary import (
    AUTHOR_LABELS,
    CRUMB_ATTRS,
    CRUMB_SEPARATORS,
    CRUMB_TEXTS,
    DATE_LABELS,
    EPAPER_WORDS,
    LONG_DATE_LABELS,
    META_LABELS,
    PRETITLE_ATTRS,
    SUBTITLE_ATTRS,
    TIME_JSON_KEYS,
    TIME_SCRIPT_VARS,
    TITLE_SEPARATORS,
)

TITLE_SPLIT = re.compile(rf"\s*(?:{TITLE_SEPARATORS})\s*")
_META_LABEL = re.compile(rf"(?:{'|'.join(META_LABELS)})\s*[:：]|(?:{'|'.join(LONG_DATE_LABELS)})\s*(?=\d)")
_DATE_LABEL = re.compile("|".join(DATE_LABELS))
_LABELLED_TIME = re.compile(rf"^\s*(?:{'|'.join(DATE_LABELS)})\S{{0,2}}\s*[:：]?\s*(?:19|20)\d{{2}}")
#: 作者：王某 / 作者 | 王某 / 文/王某 / 作者：王某（某大学教授） / 记者：王某/编译 — up to the next label, separator,
#: slash or bracket.
_AUTHOR_LINE = re.compile(
    rf"(?:(?:{'|'.join(AUTHOR_LABELS)})\s*[:：|｜]|[【\[]\s*(?:{'|'.join(AUTHOR_LABELS)})\s*[】\]]\s*[:：]?"
    r"|(?:^|(?<=\s))(?:文|图文|圖文)\s*[/:：])\s*"
    r"(?P<names>[\u4e00-\u9fff·][\u4e00-\u9fff·、，,\s]*?)\s*(?=$|[|｜/（(【\[】\]）)]|[^\s|｜（(【\[】\]）)]+\s*[:：]|(?:19|20)\d{2}\D"
    r"|(?<=\s)\S{1,4}\s*[/|｜])"
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
                        r"|\bvar\s+(?:" + "|".join(TIME_SCRIPT_VARS) + r")\s*=\s*[\"']?(?P<var>\d{10})\b"
                        # a script's object given the time by key: page['publishDateTime']="2020-08-14 09:18:00"
                        r"|\[['\"](?:" + "|".join(TIME_JSON_KEYS) + r")['\"]\]\s*=\s*['\"](?P<set>[^'\"]{8,40})['\"]")


def meta_lines(doc: Doc) -> list[Line]:
    """Lines after the headline that look like metadata: labelled (来源：, 时间：), a bare date,
    or a short line, not a sentence, that holds a time to the minute among other words."""
    return doc.memo("meta_lines", _meta_lines)


def _meta_lines(doc: Doc) -> list[Line]:
    lines, _ = doc.meta_lines()
    out = []
    headline = squash(doc.anchor.text_content()) if doc.anchor is not None else ""
    for line in lines:
        if headline and len(headline) < len(line.text) and headline in line.text and (
                inside(doc.anchor, line.element) or line.text.endswith(headline)):
            # a block that prints the headline with its time line (<div><h2>标题</h2><span>作者</span>
            # <span>2015-06-19 11:20</span></div>), or a line that ends with a copy of it (<p>某某時報
            # 2005年02月26日<br>标题</p>): the line is what the block holds beside it
            line = Line(squash(line.text.replace(headline, " ", 1)), line.node_text, line.element)
        if len(line.text) > 150 or _teaser(line):
            continue
        if _META_LABEL.search(line.text) or (len(line.node_text) <= 40 and dates.parse_datetime(line.node_text)):
            out.append(line)
        elif len(line.text) <= 60 and not _PROSE_END.search(line.text) and isinstance(dates.parse_datetime(line.text),
                                                                                         datetime):
            out.append(line)  # a short unlabelled line with a time to the minute: 同人连载 2022-02-14 03:01 · 阅读
        elif len(line.text) <= 60 and line.element is not None and _YEAR.search(line.text) and any(
                dates.alone(t) for t in islice(line.element.itertext(), 12)):
            out.append(line)  # a date printed in an element of its own: <a>paper.wenweipo.com</a> <font>[2014-04-02]</font>
        elif len(line.text) <= 80 and _DATE_LABEL.search(line.text) and dates.english_time(line.text):
            out.append(line)  # a labelled line's English day: 发布于 资讯 · 1 分钟阅读 · Apr 22, 2025
        elif len(line.text) <= 30 and paper_and_day(line.text):
            out.append(line)  # a paper's name and its day: 某某時報2005年02月26日
    return out


def paper_and_day(text: str) -> bool:
    """Whether ``text`` is a day and the name of the paper it is that day's (某某時報2005年02月26日)."""
    if dates.parse_datetime(text) is None:
        return False
    pieces = dates.undated_pieces(text)
    return len(pieces) == 1 and bylines.names_an_organisation(pieces[0])


def _teaser(line: Line) -> bool:
    """Whether ``line`` is an entry of a list of other stories (关联稿件, 相关新闻): a list item
    most of whose text is a link (its headline), the rest its date."""
    el = line.element
    if el is None or not (el.tag == "li" or (el.getparent() is not None and el.getparent().tag == "li")):
        return False
    linked = sum(len(squash(a.text_content())) for a in el.iter("a") if a.get("href"))
    return linked >= 0.5 * len(line.text)


#: A year, as every date :func:`dates.alone` reads holds one.
_YEAR = re.compile(r"(?:19|20)\d{2}")
#: A sentence's end: a line holding one is prose, not a time line.
_PROSE_END = re.compile(r"[。！？!?]")

#: Elements of a widget, not text (a listen button inside the headline, a player beside the author).
_CONTROL_TAGS = ("audio", "video", "button", "input", "select", "svg", "canvas", "object")


def labelled_writers(text: str) -> list[str]:
    """Every writer the labelled credits of a line name (``作者：王某 记者：李某``, ``作者︱王某``),
    in order: one home for reading :data:`_AUTHOR_LINE` across a line."""
    names: list[str] = []
    for m in _AUTHOR_LINE.finditer(fold_separators(text)):
        names += [n for n in bylines.person_names(bylines.newsroom_off(m["names"])) if n not in names]
    return names
