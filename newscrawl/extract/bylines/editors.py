"""Editors: 责任编辑/责编/编辑 and 审核 lines (the review stages 一审/二审/三审 too), whole, closing a
paragraph, or anywhere in a short line."""

from __future__ import annotations

import re

from ..rules import needing
from ..text import HAN, fold_separators
from ..vocabulary import LATIN_NOT_NAMES
from .names import _CLOSE, _NAME, _NAMES, _OPEN, ROLE_NOTE, person_names

#: The labels of an editor's line; a 审核 (reviewer) line names editors too (issue 12), and so do
#: the levels of review papers print (一审/二审/三审, 初审/复审, 终审), 编审, and 选稿 (who chose the
#: story for the site, as a portal's 编辑 does).
_EDITOR_LABEL = (r"(?:(?:本文|本期|值班|网络|網絡|网站|網站|新媒体|新媒體|执行|執行|文字|美术|美術|图片|圖片)?"
                 r"(?:责任编辑|責任編輯|责编|責編|编辑|編輯)|栏目主编|欄目主編|编审|編審|审核|審核|选稿|選稿|[一二三初复復]审|[一二三初復]審|终审|終審)")

#: What every editor label holds: a page that prints none of these has no editor line.
EDITOR_MARKS = ("编", "編", "审核", "審核", "选稿", "選稿", "一审", "二审", "三审", "初审", "复审", "终审", "一審", "二審", "三審", "初審", "復審", "終審")

#: The same, a single character each that every mark holds: what a page's whole text is tested for
#: first (each test is a pass over the text).
EDITOR_MARK_CHARS = ("编", "編", "审", "審", "稿")

#: A line that opens with an editor's label (then a colon or a name): 责任编辑：某 / 编辑 某 校对 某.
EDITOR_OPENING = re.compile(rf"^[【\[（(]?\s*{_EDITOR_LABEL}\s*(?:[:：|｜]|\s(?=\S{{2,4}}(?:\s|$)))")

#: （责编：邸燕琼、郝亚红）— the whole line is metadata.
EDITOR_LINE = re.compile(rf"^\s*[【\[（(]?\s*{_EDITOR_LABEL}\s*[:：/|｜]\s*(?P<names>[^）)】\]]*?)\s*[】\]）)]?\s*$")


def _may_name_editors(text: str) -> bool:
    """Whether ``text`` holds what every editor label holds: 编, 审 (either script) or 选稿
    (:data:`EDITOR_MARK_CHARS` asks a page's whole text for 稿 alone: one pass, not a line's test)."""
    return "编" in text or "編" in text or "审" in text or "審" in text or "选稿" in text or "選稿" in text


def editors_from(text: str | None) -> list[str]:
    """Names from a 责编 line, or [] when ``text`` is not one (editor codes such as ``PN269``
    and organisations dropped)."""
    if not text or not _may_name_editors(text):
        return []  # (most paragraphs are done here)
    text = ROLE_NOTE.sub("", fold_separators(text))
    m = EDITOR_LINE.match(text) or _EDITOR_AFTER_NAME.match(text)
    if not m:
        return []
    return editors_in(text, max_len=200) or [n for n in person_names(m["names"]) if HAN.search(n)]


#: …的未来。（编辑 张三） / （责编：李四） / （編輯：李某）1120823 / （責任編輯:李某）( 某某網 ) — an
#: editor's credit closing a paragraph (a filing code of digits, or the source in brackets, after it or not).
EDITOR_TRAILING = needing(re.compile(rf"{_OPEN}\s*{_EDITOR_LABEL}\s*[:：/]?\s*(?P<names>{_NAMES})\s*{_CLOSE}\s*"
                                     rf"(?:\d{{6,8}}\s*|{_OPEN}\s*[\u4e00-\u9fff·]{{2,10}}\s*{_CLOSE}\s*)?$"))


def take_editors(paragraph: str) -> tuple[str, list[str]]:
    """Remove an editor's credit closing ``paragraph``; return (rest, editor names)."""
    m = EDITOR_TRAILING.search(paragraph, max(0, len(paragraph) - 40))
    if not m:
        return paragraph, []
    names = person_names(m["names"])
    return (paragraph[: m.start()].rstrip(), names) if names else (paragraph, [])


#: 编辑：张三 / 【责任编辑：李四】 / （责编：王五、赵六） anywhere in a short line, up to the next
#: label (审核, 校对 …) or closing bracket — the lax form the profile-free extractor needs.
_EDITOR_END = (r"(?=$|[】\]）)|｜_]|\s*[（(\[【/]|\s*[A-Za-z]{1,4}\d|\s+" + _EDITOR_LABEL
               + r"|\s*(?:校对|校對|终审|終審|监制|監製|签发|簽發|来源|來源|作者|值班|主编|主編|编审|編審|[一二三初复復]审|[一二三初复復]審"
               r"|纠错|糾錯|题图来源|題圖來源|题图|題圖)\s*[:：])")

_EDITOR_ANYWHERE = re.compile(
    rf"(?:^|(?<=[\s【\[（(|｜]))\s*{_EDITOR_LABEL}\s*[:：/|｜]\s*"
    r"(?P<names>[\u4e00-\u9fff·][\u4e00-\u9fff·、，,\s]*?)" + _EDITOR_END
)

#: （松花江网编辑 孙桂芳） — a bracketed credit that names the editor after the site's name.
_EDITOR_BRACKETED = re.compile(
    rf"{_OPEN}[\u4e00-\u9fff·]{{0,8}}{_EDITOR_LABEL}\s*[:：]?\s*(?P<names>{_NAMES})\s*{_CLOSE}"
)

#: 编辑 刘某 校对 李某 / 新京报 编辑 张某 刘某 / 编辑 刘某 ｜ 排版 李某 / [责任编辑 李某] — a line of labels
#: and names without colons, opening with an editor's (the paper's name before it or not).
_EDITOR_SPACED = re.compile(
    rf"^\s*[【\[（(]?\s*(?:[\u4e00-\u9fff·]{{2,10}}\s+)?{_EDITOR_LABEL}\s+(?P<names>{_NAME}(?:[\s、，,]+{_NAME}){{0,2}}?)\s*(?=$|[|｜】\]）)]|(?:校对|校對|审核|審核|终审|終審|监制|監製|排版|美编|美編|视觉|視覺)\s*)")

#: 责编：Demi Xia — a name in Latin letters, or a user name (a lower-case word, then digits:
#: ``[ 编辑：lucky2048 ]``; capitals and digits, ``PN040``, are an editor's code, not a name),
#: the line ending there, at a bracket or bar, or at the time printed after it (责任编辑：Sara 2012-9-24 16:00).
_EDITOR_LATIN = re.compile(rf"(?:^|[\s【\[（(|｜])\s*{_EDITOR_LABEL}\s*[:：]\s*(?P<names>[A-Za-z][A-Za-z .\-]{{1,30}}?[A-Za-z]|[a-z]{{3,}}\d{{1,6}})\s*(?=$|[】\]）)|｜]|\s\d)")



def editors_in(line: str | None, max_len: int = 80) -> list[str]:
    """Editor names from a short line that carries editor labels anywhere (``来源：X 编辑：Y``,
    ``编辑：倪仕轩 责任编辑：杨格``, ``责任编辑：李曦_NN2587``, ``（松花江网编辑 孙桂芳）``,
    ``编辑 刘某 校对 李某``, ``责编：Demi Xia``)."""
    if not line or len(line) > max_len or not _may_name_editors(line):
        return []  # (most lines are done here)
    line = ROLE_NOTE.sub("", fold_separators(line))  # 刘某(实习生）、李某: the note, not the names, goes
    names: list[str] = []
    for pattern in (_EDITOR_ANYWHERE, _EDITOR_BRACKETED, _EDITOR_SPACED, _EDITOR_AFTER_NAME):
        for m in pattern.finditer(line):
            names += [n for n in person_names(m["names"]) if n not in names]
    if not names:  # 责编：Demi Xia (not a CMS account: admin)
        names = [m["names"] for m in _EDITOR_LATIN.finditer(line) if m["names"].lower() not in LATIN_NOT_NAMES]
    return names


#: 洪某/編輯 — an editor's name, then the role.
_EDITOR_AFTER_NAME = re.compile(rf"^\s*(?P<names>{_NAMES})\s*[/／]\s*{_EDITOR_LABEL}\s*$")
