"""Writers: reporters' credits opening the text (本报讯（记者 王某）…) or closing it (（记者 王某）),
byline lines (本报记者 王某 / 作者：王某 / 文/王某), and the names a time line prints in brackets."""

from __future__ import annotations

import re

from ..rules import needing
from ..text import HAN, fold_separators
from ..vocabulary import PERSON_TITLES, WRITER_LABELS, LATIN_NOT_NAMES, COMPOUND_SURNAMES
from .names import (
    _CLOSE, _MARK, _MARKS, _NAME, _NAME_SPLIT, _NAMES, _OPEN, ORG_WORDS, _REPORTED_END, _is_person, _is_place,
    _name_before_place, _place_off,
    has_surname, person_names, reported_names, split_names,
)

_REPORTER_LABEL = r"(?:记者|記者)"

#: Who a dateline's bracket may credit: reporters, and correspondents or interns on their own
#: (本报讯（通讯员 李某）…).
_CREDIT_LABEL = r"(?:记者|記者|通讯员|通訊員|实习生|實習生|编译|編譯)"

#: What opens a dateline: 本报讯, 新华社太原5月3日电, 央视网消息, 【某某日报讯】, 某某报·某某客户端7月24日讯,
#: 某某网客户端—某某网消息.
_DATELINE = (r"(?:[【\[]?(?:本报讯|本報訊|[\u4e00-\u9fff\d·—－]{2,24}?(?:讯|訊|电|電|消息))[】\]]?|【[^】]{2,20}】)"
             r"(?:\s*(?:题|題)[:：]\S{2,40}\s)?")

#: :data:`_ORG` that does not swallow a credit of its own (记者 王某 通讯员 李某: both are named), after
#: what the credit covers or not (文/视频 全媒体记者 王某).
_ORG_BEFORE_CREDIT = (r"(?:(?:文|图|圖)\s*/\s*(?:图|圖|视频|視頻|文)\s*)?"
                      rf"(?:(?:(?!{_CREDIT_LABEL})[\u4e00-\u9fff·]){{1,10}}?\s*){{0,2}}")

#: Who a credit may name before 记者: 本报, 总台央视, 新华社, 光明日报, 中青报·中青网 … (a short run).
_ORG = r"(?:[\u4e00-\u9fff·]{1,10}?\s*){0,2}"

#: Who a closing credit names first: reporters, correspondents, interns (（通讯员 李某 记者 王某）).
_TRAILING_LABEL = r"(?:记者|記者|通讯员|通訊員|实习生|實習生)"

#: :data:`_ORG` that does not swallow such a credit of its own.
_ORG_BEFORE_TRAILING = rf"(?:(?:(?!{_TRAILING_LABEL})[\u4e00-\u9fff·]){{1,10}}?\s*){{0,2}}"
#: …的未来。（ □ 本报记者 李亚芝） / （总台央视记者 奚丹霓 张赛） / 【记者 王某】 / （通讯员 李某 记者 王某）
#: — a reporter credit closing a paragraph.
REPORTER_TRAILING = needing(re.compile(
    rf"(?:{_OPEN}\s*□?\s*{_ORG_BEFORE_TRAILING}{_TRAILING_LABEL}\s*(?P<names>[^（()）]{{1,40}}?)\s*{_CLOSE}"
    rf"|【\s*{_ORG}{_REPORTER_LABEL}\s*(?P<bracketed>[^【】]{{1,40}}?)\s*】)\s*$"
))

#: （作者韩涵系政邦智库研究员） / （作者：南帆，系…） — a commentary's writer, closing it.
WRITER_TRAILING = needing(re.compile(rf"{_OPEN}\s*作者\s*[:：]?\s*(?P<names>{_NAME})\s*[，,]?\s*系[^（()）]{{1,60}}{_CLOSE}\s*$"))

#: （本文来源：某报 作者：某中心研究部部长、研究员徐某） — a writer named after their posts.
WRITER_TITLED = needing(re.compile(
    rf"{_OPEN}[^（()）]{{0,30}}作者\s*[:：][^（()）]{{0,60}}(?:{'|'.join(PERSON_TITLES)})\s*(?P<names>[\u4e00-\u9fff]{{2,3}})\s*{_CLOSE}"
    r"(?=[^。！？!?]{0,12}$)"  # a share link's text may follow (返回某站，查看更多)
))

#: （作者：方敏北京大学经济学院教授） — a writer's name run into their post, closing the text
#: (:func:`_writer_before_post` tells where the name ends).
WRITER_AFFILIATED = needing(re.compile(
    rf"{_OPEN}\s*作者\s*[:：]\s*(?P<glued>[\u4e00-\u9fff]{{4,40}}?(?:{'|'.join(PERSON_TITLES)}))\s*{_CLOSE}\s*$"))

#: What a post opens with besides a place (中国人民大学…, 国家发展改革委…, 中共某某市委党校…).
_POST_OPENERS = ("中国", "中央", "中共", "国家", "国务院", "全国", "清华", "复旦", "南开", "同济", "浙江大学", "人民")

#: （姚峰 上海报道） / （王某／綜合外電報導） — name and place (or desk), closing the last paragraph.
PLACE_TRAILING = needing(re.compile(rf"{_OPEN}\s*(?:{_REPORTER_LABEL}\s*)?(?P<names>{_NAMES})(?:\s+|\s*[/／]\s*)[\u4e00-\u9fff]{{2,6}}"
                                    rf"(?:报道|報道|报导|報導)\s*{_CLOSE}\s*$"))
#: …风险责任意识。(文/图 刘某 易某) / （某某金报作者:王某） — a writer's credit in brackets closing the
#: article, the paper's name before it or not.
CREDIT_TRAILING = needing(re.compile(
    rf"{_OPEN}\s*(?:[\u4e00-\u9fff·]{{1,10}}?(?:报|報|网|網|社|台|刊)\s*)?(?:文/图|文/圖|图/文|圖/文|文|撰文|作者)\s*[:：/]\s*"
    rf"(?P<names>{_NAMES})\s*{_CLOSE}\s*$"))

#: 学生处 邹某拟稿 / 办公室 王某执笔 — an office's notice signed by who drafted it, a closing line
#: of its own (the office's name before the name or not).
DRAFTED_TRAILING = needing(re.compile(rf"^\s*(?:[\u4e00-\u9fff]{{2,12}}\s+)?(?P<names>{_NAME})\s*(?:拟稿|擬稿|执笔|執筆)\s*$"))

#: A newsroom's name as a closing credit prints it before the reporter (华商报, 中国台湾网, 某某电视台).
_NEWSROOM = r"[\u4e00-\u9fff·]{1,10}?(?:报|報|网|網|社|台|刊|新闻|新聞)"
#: …为副市长。记者王某 / …越来越宽容。 本报记者 王某 李某 / …对待。 某某报记者 王某 — a credit without
#: brackets run on after a paragraph's last sentence (every name opening with a surname): among the
#: closing lines, or anywhere when it is the paper's own (``paper``: a 链接 box may follow the story).
REPORTER_CLOSING = needing(re.compile(
    rf"(?<=[。！？!?”])\s*{_MARK}\s*(?:(?P<paper>本报|本報|本台)|{_NEWSROOM})?{_REPORTER_LABEL}\s*"
    rf"(?P<names>{_NAME}(?:[\s、，,]+{_NAME}){{0,3}})\s*$"))
#: …新春佳节。（常书香 马丹阳） / a line （袁源） / （某某网 王某） — bare names in brackets closing the
#: article, the newsroom's name before them or not.
NAMES_TRAILING = re.compile(rf"{_OPEN}\s*(?:{_NEWSROOM}\s+)?(?P<names>[\u4e00-\u9fff]{{2,3}}(?:\s+[\u4e00-\u9fff]{{2,3}}){{0,3}})\s*{_CLOSE}"
                            rf"(?:\s*{_OPEN}[^（()）]{{1,12}}{_CLOSE})?\s*$")  # （陈某）（新华社专特稿）

#: （民視新聞王某、李某台北報導） — a station's credit closing the article: its name, the reporters'
#: and the place they filed from all run together (:func:`_station_credit` tells them apart).
STATION_TRAILING = needing(re.compile(rf"{_OPEN}\s*(?P<glued>[\u4e00-\u9fff·、，,\s]{{4,40}}?)\s*(?:报道|報道|报导|報導)\s*{_CLOSE}\s*$"))

#: The end of a newsroom's name glued before its reporter's (民視新聞王某, 某某日报李某).
_NEWSROOM_END = re.compile(r"^.{1,10}?(?:新闻|新聞|日报|日報|晚报|晚報|电视台|電視台|电台|電台|台|社|网|網)")

#: 某某新闻网（记者 王某）5月3日报道 … — a newsroom's name, the credit in brackets, then 报道 (the
#: day it was filed before it or not): a dateline written the other way round.
NEWSROOM_LEADING = needing(re.compile(
    rf"^\s*{_NEWSROOM}\s*{_OPEN}\s*{_ORG_BEFORE_CREDIT}{_CREDIT_LABEL}\s*(?P<names>[^（()）]{{1,40}}?)\s*{_CLOSE}"
    r"\s*(?:\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?(?:报道|報道)\s*[:：]?\s*"))

#: 本报讯（记者 王喆）近日，… / 新华社乌鲁木齐5月9日电（记者邹伟）… / 据新华社拉萨电（记者 格桑边觉）…
#: / 【记者 王某】近日，… / 〔記者王某／台北報導〕… / 【編譯王某、記者李某／綜合報導】… — a dateline, or a
#: credit in square brackets, opening the first paragraph.
REPORTER_LEADING = needing(re.compile(
    rf"^\s*(?:据?\s*{_DATELINE}\s*{_OPEN}|[【\[〔])\s*{_ORG_BEFORE_CREDIT}{_CREDIT_LABEL}\s*"
    rf"(?P<names>[^（()）【】\[\]〔〕]{{1,40}}?)\s*(?:{_CLOSE}|[】\]〕])\s*[:：]?\s*"
))

#: （中央社記者王某台北23日電）… — an agency's dateline in brackets, the reporter's name run into the
#: place it was filed from (:func:`_name_before_place` tells them apart).
BRACKETED_DATELINE = needing(re.compile(
    rf"^\s*{_OPEN}\s*{_ORG_BEFORE_CREDIT}{_REPORTER_LABEL}\s*(?P<names>[\u4e00-\u9fff·、，,\s]{{2,30}}?)\s*"
    r"\d{1,2}\s*日\s*(?:电|電)\s*[）)]\s*"))

#: 中国法院网讯 (黄某 苏某) 近日，… / 某某网讯（某某县融媒体中心 王某）… — a dateline crediting bare names
#: (each opening with a surname), the newsroom's name before them or not.
DATELINE_NAMES = needing(re.compile(
    rf"^\s*据?\s*{_DATELINE}\s*{_OPEN}\s*(?:[\u4e00-\u9fff·]{{2,14}}?(?:中心|报|報|网|網|台|社)\s+)?(?P<names>[\u4e00-\u9fff]{{2,3}}(?:[\s、，,]+[\u4e00-\u9fff]{{2,3}}){{0,3}})\s*{_CLOSE}\s*[:：]?\s*"))

#: 【某某快報／王某】近日，… — the paper and the writer in brackets opening the text (every name opening
#: with a surname, the paper's name holding an organisation's word).
PAPER_SLASH_LEADING = re.compile(
    rf"^\s*[【\[]\s*(?P<org>[\u4e00-\u9fff·]{{2,12}}?)\s*[/／]\s*(?P<names>{_NAME}(?:[\s、，,]+{_NAME}){{0,3}})\s*[】\]]\s*")

#: （记者 王某 李某）近日，… — a credit in brackets opening the text, no dateline before it (every
#: name opening with a surname: （记者手记） is a heading).
BRACKETED_LEADING = needing(re.compile(
    rf"^\s*{_OPEN}\s*{_ORG_BEFORE_CREDIT}{_CREDIT_LABEL}\s*[:：]?\s*(?P<names>{_NAME}(?:[\s、，,]*(?:{_CREDIT_LABEL})?\s*{_NAME}){{0,5}})"
    rf"\s*{_CLOSE}\s*"))

#: 本报记者 王某 报道 近日，… / 本报讯 记者王某 通讯员李某报道：… / □本报全媒体记者 王某 近日，… /
#: 记者王某北京报道 … (a place of :data:`~.vocabulary.PLACES` glued before 报道) /
#: 新华社太原5月3日电 记者王某 近日，… — a credit without brackets opening the first paragraph,
#: closed by 报道 or by a space before the text (then every name must open with a surname:
#: 记者来到 现场 is a sentence).
_LEADING_CREDIT = (rf"^\s*{_MARK}\s*(?:{_DATELINE})?\s*{_ORG_BEFORE_CREDIT}{_CREDIT_LABEL}\s*[:：]?\s*"
                   rf"(?P<names>{_NAME}(?:[\s、，,]*(?:{_ORG_BEFORE_CREDIT}{_CREDIT_LABEL})?\s*[:：]?\s*{_NAME}){{0,5}})")

REPORTER_LEADING_OPEN = needing(re.compile(
    _LEADING_CREDIT + r"(?:(?P<place>[\u4e00-\u9fff]{2,4}?)?\s*(?P<closed>报道|報道)\s*[:：]?\s*"
    r"|(?:\s+(?:文/图|文/圖|图/文|圖/文))?\s+(?=\S))"))  # (□本报记者 王某 文/图 近日，…)

#: The same closed by 报道, tried first (names and a glued place before 报道 are not read as
#: names closed by the space after it).
_REPORTED_LEADING = needing(re.compile(
    _LEADING_CREDIT + r"(?P<place>[\u4e00-\u9fff]{2,4}?)?\s*(?P<closed>报道|報道)\s*[:：]?\s*"))

#: What a byline line may end with: ``/文``, ``/摄``, ``/编译``, a picture credit (受访者供图).
_CREDIT_TAIL = r"(?:\s*/\s*(?:文|图|圖|摄|攝|编译|編譯))?(?:\s*[\u4e00-\u9fff]{0,6}(?:供图|供圖))?"

#: 记者 王喆 李堃 / 光明日报记者 王建宏 张文攀 / 新京报记者 彭冲 山东冠县报道 / 某报记者马某/文受访者供图 /
#: 本报记者罗某苏某发自北京
#: — a byline on a line of its own.
REPORTER_LINE = needing(re.compile(
    rf"^\s*{_OPEN}?\s*□?\s*(?:{_ORG}\s*)?{_REPORTER_LABEL}\s*[:：]?\s*(?P<names>{_NAMES})(?:\s+[\u4e00-\u9fff]{{2,8}}报道|\s*发自[\u4e00-\u9fff]{{2,6}})?"
    rf"{_CREDIT_TAIL}\s*{_CLOSE}?\s*$"
))

#: 通讯员 王某 / 通讯员：王某 李某 — a correspondent's credit on a line of its own (a sidebar's, inside
#: the text; every name opening with a surname).
CORRESPONDENT_LINE = needing(re.compile(rf"^\s*(?:通讯员|通訊員)\s*[:：]?\s*(?P<names>{_NAMES})\s*$"))

#: How far from a paragraph's end a closing credit can start (the longest, WRITER_TITLED, is
#: under 130 characters).
_TRAILING_REACH = 160


def take_reporters(paragraph: str, last: bool = False) -> tuple[str, list[str]]:
    """Remove a leading dateline or a trailing reporter credit; return (rest, reporter names).

    ``last``: the paragraph is among the article's closing lines, where bare names in brackets
    (``（袁源）``), ``（姚峰 上海报道）`` and ``文/栗思`` are its writers' credit.
    """
    names: list[str] = []
    m = REPORTER_LINE.match(paragraph)
    if m:
        found = person_names(m["names"])
        if found:
            return "", found
    m = CORRESPONDENT_LINE.match(paragraph) if paragraph.lstrip().startswith(("通讯员", "通訊員")) else None
    if m:
        found = person_names(m["names"])
        if found and all(has_surname(n) for n in found):
            return "", found
    if last:  # 文/栗思, 作者：赵六 — a writer's line among the closing lines
        found = byline_names(paragraph)
        if found:
            return "", found
    lead = _leading_credit(paragraph)
    if lead is not None:
        end, found = lead
        names += found
        paragraph = paragraph[end:]
    trailing = [REPORTER_TRAILING, WRITER_TRAILING, WRITER_TITLED, WRITER_AFFILIATED, REPORTER_CLOSING] + (
        [PLACE_TRAILING, CREDIT_TRAILING, NAMES_TRAILING, STATION_TRAILING, DRAFTED_TRAILING] if last else [])
    tail_from = max(0, len(paragraph) - _TRAILING_REACH)  # a closing credit is short: only the end is searched
    for pattern in trailing:
        m = pattern.search(paragraph, tail_from)
        if m and not (pattern is REPORTER_CLOSING and not last and not m["paper"]):
            if pattern is WRITER_AFFILIATED:
                found = _writer_before_post(m["glued"])
            elif pattern is STATION_TRAILING:
                found = _station_credit(m["glued"])
            else:  # (REPORTER_TRAILING's 【】 form names them in a group of its own)
                found = reported_names(m["names"] or m.groupdict().get("bracketed") or "")
            if pattern in (NAMES_TRAILING, REPORTER_CLOSING, DRAFTED_TRAILING) and not all(has_surname(n) for n in found):
                continue  # bare words name a person only if they open with a surname: (中時 ), 记者发现
            if found:
                names += [n for n in found if n not in names]
                paragraph = paragraph[: m.start()]
                break
    return paragraph.rstrip(), names


def _leading_credit(paragraph: str) -> tuple[int, list[str]] | None:
    """The credit opening ``paragraph`` — where it ends, and the names — or None: a dateline's
    bracketed credit (:data:`REPORTER_LEADING`) or a newsroom's name before one
    (:data:`NEWSROOM_LEADING`), one closed by 报道 with or without a place
    (:func:`_reported_leading`), an open one (:data:`REPORTER_LEADING_OPEN`: closed by a space,
    every name opening with a surname), or a dateline crediting bare names (:data:`DATELINE_NAMES`,
    the same surname test)."""
    m = REPORTER_LEADING.match(paragraph) or NEWSROOM_LEADING.match(paragraph)
    if m:  # (【記者王某台北報導】: the place run into the name; 【記者王某／綜合報導】: the desk apart)
        glued = _REPORTED_END.search(m["names"]) and not re.search(r"[/／]", m["names"])
        return m.end(), (reported_names if glued else person_names)(m["names"])
    m = BRACKETED_DATELINE.match(paragraph) if paragraph[:1] in "（(" else None
    if m:
        names = [_name_before_place(n) for n in split_names(m["names"])]
        if names and all(names):
            return m.end(), names
    m = _reported_leading(paragraph)
    if m:
        return m.end(), reported_names(m["names"])
    m = PAPER_SLASH_LEADING.match(paragraph) if paragraph[:1] in "【[" else None
    if m and ORG_WORDS.search(m["org"]):
        found = person_names(m["names"])
        if found and all(has_surname(n) for n in found):
            return m.end(), found
    for pattern in (REPORTER_LEADING_OPEN, DATELINE_NAMES, BRACKETED_LEADING):
        m = pattern.match(paragraph)
        if m:
            if pattern is REPORTER_LEADING_OPEN and m["closed"]:
                return m.end(), reported_names(m["names"])
            found = person_names(m["names"])
            if found and all(has_surname(n) for n in found):
                return m.end(), found
    return None


def _station_credit(glued: str) -> list[str]:
    """The reporters of ``民視新聞王某、李某台北``: the newsroom's name cut off the first, the place
    off the last (:func:`_name_before_place`); [] unless every one is a surnamed name."""
    tokens = [t for t in _NAME_SPLIT.split(glued) if t]
    if not tokens:
        return []
    newsroom = _NEWSROOM_END.match(tokens[0])
    if newsroom is None:
        return []
    tokens[0] = tokens[0][newsroom.end():]
    tokens[-1] = _name_before_place(tokens[-1]) or ""
    ok = all(2 <= len(t) <= 3 and has_surname(t) for t in tokens)
    return tokens if ok else []


def _writer_before_post(glued: str) -> list[str]:
    """The writer of ``方敏北京大学经济学院教授``: the two or three hanzi before the post, where
    the post opens with a place (:data:`~.vocabulary.PLACES`) or an institution's first word;
    [] when neither cut gives one."""
    for cut in (2, 3):
        name, post = glued[:cut], glued[cut:]
        if has_surname(name) and (post.startswith(_POST_OPENERS) or _is_place(post[:2]) or _is_place(post[:3])):
            return [name]
    return []


def _reported_leading(paragraph: str):
    """:data:`_REPORTED_LEADING`'s match when its names are names (a surname, two or three
    hanzi) and what is glued before 报道 is a place of :data:`~.vocabulary.PLACES`
    (记者王某专题报道 is no credit)."""
    head = paragraph[:80]
    if "报道" not in head and "報道" not in head:
        return None  # (most paragraphs: the regex is not tried)
    m = _REPORTED_LEADING.match(paragraph)
    if m is None or (m["place"] and not _is_place(m["place"])):
        return None
    names = reported_names(m["names"])
    if not all(has_surname(n) and len(n) <= (4 if n[:2] in COMPOUND_SURNAMES else 3) for n in names):
        return None
    return m


#: 本报记者 张三 李四 / 记者 张三 通讯员 李四 / 文/图 王五 / 作者：赵六 — a whole line that only names writers.
BYLINE_LINE = needing(re.compile(
    rf"^[（(]?\s*{_MARK}\s*" r"(?:《[^》]{1,12}》\s*)?(?:(?:[\u4e00-\u9fff·]{1,10}?\s*){0,2}(?:记者|記者|通讯员|通訊員|实习生|實習生|摄影|攝影|评论员|評論員)|作者|"
    + "|".join(WRITER_LABELS) + r"|图文/|圖文/|文/图|文/圖|文图|文/|文：|文:|文\s*[|｜]|图/|圖/)\s*[:：/|｜]?\s*"
    r"(?:(?:[\u4e00-\u9fff·]\s?[\u4e00-\u9fff·]{1,3})(?:\s*[、，,&＆\s]\s*|\s*(?:本报|本報)?(?:记者|記者|通讯员|通訊員|实习生|實習生|摄影|攝影)\s*[:：]?\s*)?)+"
    r"\s*(?:文并摄|文並攝|摄|攝|报道|報道|文/图|文/圖|图/文|圖/文)?\s*[）)]?$"
))

#: What a line BYLINE_LINE matches ends with: a name's or a credit's character, a bracket, a colon or a
#: separator.  Tested first: a line that ends otherwise (…研究员。) fails the pattern only after it
#: has tried every way of splitting the hanzi before into names (seconds for a line of forty).
_BYLINE_END = re.compile(r"[\u4e00-\u9fff·）):：、，,&＆]\s*$")

#: 2004年7月16日08:19 [ 黄宇 ] 来源：[ 人民网 ] — a writer in brackets in the time line, unlabelled.
_BRACKETED_NAMES = re.compile(r"(?<![:：\s])\s*[\[【［]\s*(?P<names>[\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3}){0,2})\s*[\]】］]")


def bracketed_names(time_line: str) -> list[str]:
    """Person names printed in brackets with no label in a time line (``[ 黄宇 ]``); a
    labelled bracket (``来源：[ 人民网 ]``) and organisations are not writers."""
    for m in _BRACKETED_NAMES.finditer(time_line):
        names = person_names(m["names"])
        if names:
            return names
    return []


#: 【文/观察者网专栏作者 王某】 / （文/图 刘某 易某） — a credit in brackets, a line of its own.
BRACKETED_CREDIT = re.compile(
    rf"^\s*[【\[（(]\s*(?:文/图|文/圖|图/文|圖/文|文|撰文|作者)\s*[:：/]\s*(?:[^】\]）)]{{0,16}}?(?:作者|记者|記者)\s*)?"
    rf"(?P<names>{_NAMES})\s*[】\]）)]\s*$"
)

#: 【作者】王某 / [记者]王某 / 【通讯员】王某 — a label in brackets, the names after it.
LABEL_IN_BRACKETS = re.compile(rf"^\s*[【\[]\s*(?:作者|撰文|文|{_CREDIT_LABEL})\s*[】\]]\s*[:：]?\s*(?P<names>{_NAMES})\s*$")

#: 石佳/中国青年报 — a writer and the paper they write for, under the headline.
NAME_AND_PAPER = re.compile(rf"^\s*(?P<names>{_NAMES})\s*[/／]\s*(?P<org>[\u4e00-\u9fff·]{{2,12}})\s*$")

#: 中央社／王某, 上報快訊／王某, 生活中心／王某報導 — the paper or its desk, then the writer.
PAPER_THEN_NAME = re.compile(
    rf"^\s*(?P<org>[\u4e00-\u9fff·]{{2,12}}?)\s*[/／]\s*(?P<names>{_NAMES}?)\s*(?:报道|報道|报导|報導)?\s*$")

_WRITER_THEN_PHOTOGRAPHER = re.compile(rf"\s+(?:文|文字)\s+{_NAME}\s*(?:图|圖|摄|攝)\s*$")

_PAPER_BEFORE_REPORTER = re.compile(r"(?<=[:：\s])《[^》]{1,12}》\s*(?=记者|記者)|^\s*[\u4e00-\u9fff·]{2,10}\s*[/／]\s*(?=记者|記者)")

_GLUED_LABEL = re.compile("(?:作者|" + "|".join(WRITER_LABELS) + r")[\u4e00-\u9fff]")

#: A picture or translation credit after the writer's on a byline line (文/王某 图/李某, 撰文：王某 摄影：李某,
#: ○作者 某 ○译者 某).
_PHOTO_CREDIT = re.compile(rf"(?<=\S)\s+{_MARK}\s*(?:图|圖|图片|圖片|摄影|攝影|译者|譯者|翻译|翻譯)\s*[/:：|｜]?\s*{_NAMES}\s*$")

#: 王某/文, 王某/编译, 王某／綜合報導, 王某／綜合外電, 記者王某／台北報導 — the name, then the role (a picture credit may follow:
#: 王某/文 李某/图).
NAME_THEN_ROLE = re.compile(
    rf"^\s*{_MARK}\s*(?:{_ORG}{_REPORTER_LABEL}\s*)?(?P<names>{_NAMES})\s*[/／]\s*"
    rf"(?:文|编译|編譯|[\u4e00-\u9fff]{{0,6}}?(?:报道|報道|报导|報導|外电|外電))(?:\s+{_NAME}\s*[/／]\s*(?:图|圖|摄|攝))?\s*$")

#: 王某 文 / 王某 文/图 / 王某 文 摄影 / 王某 文 李某 摄 — a name, a space, then 文 (the text, and the
#: pictures too or not; another's pictures after it): the writer.
NAME_SPACE_WRITER = re.compile(
    rf"^\s*{_MARK}\s*(?P<names>{_NAME})\s+(?:文|文字)(?:\s*[/／]?\s*(?:图|圖|摄影|攝影))?"
    rf"(?:\s+{_NAME}\s*[/／]?\s*(?:图|圖|摄影|攝影|摄|攝))?\s*$")

#: A foreign writer's name in hanzi, its parts joined by a middle dot (亚当·史密斯), with the name
#: as the writer spells it in brackets after it or not ((Adam Smith)).
_FOREIGN_NAME = r"[\u4e00-\u9fff]{1,8}(?:[·•・][\u4e00-\u9fff]{1,8}){1,3}"
_LATIN_GLOSS = r"(?:\s*[（(][A-Za-z][A-Za-z .'\-]{1,40}[）)])?"
#: 文/亚当·史密斯（Adam Smith）, 亚当·史密斯（Adam Smith）/文 《某刊》副编辑 — a translated piece's writer, a
#: line of its own (the writer's post may follow, no sentence).
FOREIGN_WRITER = re.compile(
    rf"^\s*{_MARK}\s*(?:(?:文|作者|撰文)\s*[/／:：|｜]\s*(?P<a>{_FOREIGN_NAME}){_LATIN_GLOSS}"
    rf"|(?P<b>{_FOREIGN_NAME}){_LATIN_GLOSS}\s*[/／]\s*文)(?:\s+[^\s。！？；，,!?;][^。！？；，,!?;]{{0,20}})?\s*$")

#: 作者：Anna Whitfield — a writer's name in Latin letters, a line of its own (no digits: a code).
_WRITER_LATIN = re.compile(r"^\s*(?:作者|撰文|文)\s*[:：/]\s*(?P<name>[A-Za-z][A-Za-z.\-']*(?: [A-Za-z][A-Za-z.\-']*){0,3})\s*$")


#: A poster as blog and forum engines print one: a Latin user name, or a name in hanzi.
_POSTER = r"(?P<name>[A-Za-z][\w.\-]{1,29}|[\u4e00-\u9fff·]{2,6})"

#: 由 王某 在 週六, 2019-10-26 00:44 發表 — Drupal's "Submitted by … on …" in Chinese: the poster's
#: name (a Latin user name or hanzi), then the time.
_SUBMITTED_BY = re.compile(rf"^\s*由\s*{_POSTER}\s*(?:在|於|于)\s*\S.{{4,40}}?(?:發表|发表|提交)\s*$")


#: 发布时间 2005/03/15 22:36:13 by 某某 — a forum post's footer: the time, then its poster.
_POSTED_BY = re.compile(r"(?:发布时间|發佈時間|發布時間|发表于|發表於|发表时间|發表時間)\s*[:：]?\s*(?:19|20)\d{2}\S*(?:\s+[\d:]{4,8})?"
                        rf"\s+by\s+{_POSTER}(?![\w.\-])")


#: posted on 2018-01-17 15:18 某某 阅读(…) / 某某 提交于 February 5, 2020 11:36 AM — a blog engine's
#: line under the post: the time, then the writer's name, or the name, then the time.
_POSTED_ON = re.compile(r"^\s*(?:posted on|Posted on)\s+(?:19|20)\d{2}\S*(?:\s+[\d:]{4,8})?"
                        rf"\s+{_POSTER}(?![\w.\-])")
_NAME_POSTED = re.compile(rf"^\s*{_POSTER}\s+(?:提交于|提交於|发表于|發表於)\s*"
                          r"(?:(?:19|20)\d{2}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d{2})")


def submitted_by(line: str) -> list[str]:
    """The poster a "submitted by" line (:data:`_SUBMITTED_BY`), a forum post's footer
    (:data:`_POSTED_BY`) or a blog engine's line under the post (:data:`_POSTED_ON`,
    :data:`_NAME_POSTED`) names, or []."""
    m = _SUBMITTED_BY.match(line) or _POSTED_BY.search(line) or _POSTED_ON.match(line) or _NAME_POSTED.match(line)
    if m is None or m["name"].lower() in LATIN_NOT_NAMES:
        return []
    return [m["name"]] if not HAN.match(m["name"]) else person_names(m["name"])


#: The newsroom a credit names before 记者 (采写：南都记者 王某, 作者：南方周末记者 王某).
_NEWSROOM_BEFORE_REPORTER = re.compile(r"(?:(?<=[:：\s])|^)[\u4e00-\u9fff·]{1,10}?(?=记者|記者)")


def newsroom_off(text: str) -> str:
    """``text`` without the newsroom's name before its 记者 (采写：南都记者 → 采写：记者)."""
    return _NEWSROOM_BEFORE_REPORTER.sub("", text)


#: What a credit's people made, three kinds or more, closing it: 文/图/视频 (two are read as a pair: 文/图).
_MEDIA_TAIL = re.compile(r"(?<=\s)(?:文|图|圖|视频|視頻|摄影|攝影)(?:\s*/\s*(?:文|图|圖|视频|視頻|摄影|攝影)){2,3}\s*$")

#: 原创： 王某某编译 某某研究 — the header a WeChat article keeps when a portal reprints it: 原创, the
#: writer (a pen name: read whole, not split), what they did, then the account's name.
_WECHAT_ORIGINAL = re.compile(r"^\s*原创\s*[:：]\s*(?P<name>[\u4e00-\u9fff·]{2,6}?|[A-Za-z][\w .\-]{1,20}?)"
                              r"\s*(?:编译|編譯|整理|编辑|編輯|撰文)?\s+(?P<account>\S{2,20})\s*$")


def byline_names(line: str | None, max_len: int = 40) -> list[str]:
    """Names from a line that is only a byline (``本报记者 张三 李四``, ``作者：Anna Whitfield``), else []."""
    if not line or len(line) > max_len:
        return []
    m = _WECHAT_ORIGINAL.match(line)
    if m and _is_person(m["name"]):
        return [m["name"]]
    m = _WRITER_LATIN.match(line)
    if m and m["name"].lower() not in LATIN_NOT_NAMES:
        return [m["name"]]
    m = FOREIGN_WRITER.match(line)
    if m:
        return [m["a"] or m["b"]]
    line = _PHOTO_CREDIT.sub("", fold_separators(line))  # 文/某 图/某: the photographer is no writer
    line = _MEDIA_TAIL.sub("", line)  # 记者 王某 李某 文/图/视频: what they made, not a name
    line = _PAPER_BEFORE_REPORTER.sub("", line)  # 作者：《中国企业家》记者 林涛, 聯合報／記者 林某 → 记者 林某
    line = _WRITER_THEN_PHOTOGRAPHER.sub("", line)  # 本报记者 王某 文 李某 图 → 本报记者 王某
    m = NAME_THEN_ROLE.match(line)
    if m and (names := person_names(m["names"])):  # (生活中心／王某報導: a desk, not a name, before the slash)
        return names
    m = NAME_SPACE_WRITER.match(line)
    if m and (names := [n for n in person_names(m["names"]) if has_surname(n)]):
        return names
    m = BRACKETED_CREDIT.match(line) or LABEL_IN_BRACKETS.match(line)
    if m:
        return person_names(m["names"])
    m = NAME_AND_PAPER.match(line)
    if m and ORG_WORDS.search(m["org"]) and (names := person_names(m["names"])) and all(has_surname(n) for n in names):
        return names  # (版权所有 某某日报/某某网: a footer's words before the slash, no name)
    m = PAPER_THEN_NAME.match(line)
    if m and ORG_WORDS.search(m["org"]):
        names = person_names(m["names"])
        if names and all(has_surname(n) for n in names):
            return names
    if not (_BYLINE_END.search(line) and BYLINE_LINE.match(line)):
        return []
    # 报道 alone goes; glued to a place (山东冠县报道) the place goes with it
    line = re.sub(r"\s*(?:文/图|文/圖|图/文|圖/文)\s*$", "", line)
    reported = re.search(r"(?:报道|報道)\s*[）)]?$", line) is not None
    line = re.sub(r"(?:文并摄|文並攝)\s*$", "", line)  # 记者 王某文并摄: text and photos
    line = re.sub(r"(?:(?<=\s)[\u4e00-\u9fff]{2,8})?(?:摄|攝|报道|報道)\s*[）)]?$", "", line)
    line = re.sub(rf"^[（(]?\s*{_MARK}\s*" r"(?:[\u4e00-\u9fff·]{1,10}?\s*){1,2}(?=记者|記者|评论员|評論員)", "", line)  # 光明日报记者 → 记者
    line = re.sub(r"^[（(]?\s*《[^》]{1,12}》", "", line)  # 《棱镜》作者 → 作者
    glued = _GLUED_LABEL.search(line) is not None
    line = newsroom_off(line)
    names = person_names(re.sub("|".join(("作者", *WRITER_LABELS)) + rf"|^[{_MARKS}]|^图文|^圖文|^文|[:：（()）]", " ", line))
    if reported:
        names = [_place_off(n) for n in names]
    # a label run into its text (作者魏星) names a person only if a surname follows (not 作者最近文章)
    return [n for n in names if has_surname(n)] if glued else names
