"""Who wrote, who edited and where from: the 来源, 责任编辑 and 作者/记者 a page prints around the
text, or marks up (``#*_baidu`` ids, ``rel=author``, microdata, JSON-LD, ``<meta name=author>``)."""

from __future__ import annotations

import json
import re
from itertools import islice
from urllib.parse import urlsplit

from .. import bylines, dates, urls
from ..body import shown
from ..container import attrs
from ..document import Doc, Line, block_of, inside, text_owner
from ..text import HAN, fold_separators, squash
from ..vocabulary import (
    ACCOUNT_BUTTONS,
    AUTHOR_ATTRS,
    LATIN_NOT_NAMES,
)
from .common import _AUTHOR_GLUED, _AUTHOR_LINE, _CONTROL_TAGS, _PROSE_END, labelled_writers, meta_lines

# ---------------------------------------------------------------------------------------------
# Source, editors, authors
# ---------------------------------------------------------------------------------------------


def source(doc: Doc) -> str | None:
    for node in doc.marked("source_baidu"):
        text = _marked_text(node)
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


#: Editor lines read at most (责任编辑, then the three levels of review: 一审 二审 三审).
_EDITOR_LINES = 4


def _text_after(el) -> str:
    """The text right after ``el`` up to the next element: its tail and the tails of the
    comments after it (a template's markers around a value: ``<strong>编辑：</strong><!-- begin
    -->某<!-- end -->``); with nothing there, the next element's when it is a label's value
    (``<em>责任编辑:</em> <em>某</em>``: a short inline element)."""
    parts = [el.tail or ""]
    for sibling in el.itersiblings():
        if isinstance(sibling.tag, str):
            if not "".join(parts).strip() and sibling.tag in _VALUE_TAGS:
                value = squash(sibling.text_content())
                if len(value) <= _VALUE_CHARS and ":" not in value and "：" not in value:  # (not the next label)
                    parts.append(value)
            break
        parts.append(sibling.tail or "")
    return " ".join(parts)


def _marked_text(node) -> str:
    """The text of an element Baidu's markup names (``#source_baidu``, ``#author_baidu``,
    ``#editor_baidu``): its own, or, when it holds only the label (``<span id="author_baidu">
    作者:</span>毛某、周某``), the label and the value printed after it."""
    text = squash(node.text_content())
    return _label_and_value(node) if text.endswith((":", "：")) else text


def _label_and_value(el) -> str:
    """``el``'s text (a label) and the value printed right after it (:func:`_text_after`)."""
    return squash(el.text_content() + _text_after(el))


#: The inline elements a template prints a label's value in, and how long that value may be.
_VALUE_TAGS = frozenset(("em", "span", "strong", "b", "i", "font", "a"))
_VALUE_CHARS = 30


def editors(doc: Doc) -> list[str]:
    """``#editor_baidu``, else the short lines labelled 责任编辑/责编/编辑 anywhere on the page
    (``编辑/倪家宁`` in the body and ``责任编辑：李曦`` under it both name editors)."""
    for node in doc.marked("editor_baidu"):
        text = _marked_text(node)
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
    text = doc.text
    chars = [c for c in bylines.EDITOR_MARK_CHARS if c in text]
    marks = [m for m in bylines.EDITOR_MARKS if any(c in m for c in chars) and m in text]
    if not marks:
        return []
    found_in = "descendant::text()[" + " or ".join(f"contains(., '{m}')" for m in marks) + "]"
    for t in doc.body_el.xpath(found_in):
        owner, tail = text_owner(t)
        if owner is None or not isinstance(owner.tag, str) or owner.tag in ("script", "style"):
            continue
        block = block_of(owner.getparent() if tail and owner.getparent() is not None else owner)
        if block in seen:
            # lines of one block apart (编辑|某<br>责编|某): each text node is a line of its own,
            # or a label whose value is the element after it (<em>责任编辑:</em> <em>某</em>)
            names = bylines.editors_in(squash(str(t)))
            if not names and not tail:
                names = bylines.editors_in(_label_and_value(owner))
            found += [n for n in names if n not in found]
            continue
        seen.add(block)
        block_text = squash(block.text_content())
        names = (bylines.editors_in(block_text)
                 or (owner is not block and bylines.editors_in(squash(owner.text_content())))  # <font>责任编辑：<!---->某</font>
                 # <span>关键词：某</span><strong>责任编辑：</strong>某 (only a line's block: editors_in reads short lines)
                 or (len(block_text) <= 80 and bylines.editors_in(_spaced_text(block)))
                 or bylines.editors_in(squash(str(t)))
                 # <strong>编辑：</strong><!-- begin -->某<!-- end --> in a long block: the label's value after it
                 or (not tail and bylines.editors_in(_label_and_value(owner))))
        if names:
            found += [n for n in names if n not in found]
            lines += 1
            if lines >= _EDITOR_LINES:
                break
    return found


def authors(doc: Doc, editors: list[str] = ()) -> list[str]:
    """``#author_baidu``, 作者：/记者： in the time line, or a byline line under the title; an
    organisation (作者：新京报) is no author, and a ``#author_baidu`` or ``<meta name=author>``
    that names the page's editor (CMSs fill it with the account that published) is not taken
    for one; nor is the site itself, named by its host (JSON-LD's Person ``hket`` on
    inews.hket.com)."""
    site = set(_host_labels(doc.url))
    return [n for n in _authors(doc, editors) if n.lower() not in site]


def _host_labels(url: str) -> list[str]:
    """The labels of ``url``'s host, lower case (``inews.hket.com`` → inews, hket, com)."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # (a malformed address names no site)
        return []
    return host.lower().split(".") if host else []


def _authors(doc: Doc, editors) -> list[str]:
    for node in doc.marked("author_baidu"):
        names = [n for n in bylines.person_names(re.sub(r"^.*?[:：]", "", _marked_text(node)))
                 if n not in editors]  # a CMS that fills it with the account that published: the editor
        if names:
            return names
    names = _marked_up_author(doc) or json_ld_authors(doc) or microdata_authors(doc)
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
                names = labelled_writers(text)
            if names:
                return names
        names = bylines.byline_names(line.text) if line in lines and not in_body else []
        if not names and line in lines and not in_body:
            names = bylines.submitted_by(line.text)  # 由 某 在 2019-10-26 00:44 發表 (Drupal)
        timed = line in lines and not names and dates.parse_datetime(line.text) is not None
        if timed and not _PROSE_END.search(line.text):
            # a time line's [ 黄宇 ], never a sentence's 【编前语】 nor a link's text ([微博])
            links = {squash(a.text_content()) for a in line.element.iter("a")} if line.element is not None else set()
            names = [n for n in bylines.bracketed_names(line.text) if n not in links]
        if timed and not names and len(line.text) <= _STAMPED_LINE:
            # a credit beside the time (新闻网2014.10.24 王某/高雄报导; an e-paper's ○作者 王某
            # 《某报》（2014年02月26日 34版）): a piece between the dates that is only a byline
            names = next((found for piece in dates.undated_pieces(line.text) if (found := bylines.byline_names(piece))), [])
            names = names or _credit_closing_a_value(line.text)  # 来源：学生处 王某 文 摄影 日期：…
            names = names or _pen_name_opening(line.text)  # Daisy 最后更新：2024-06-20 10:26
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
        if i < 3 and len(line.text) <= 100 and (names := bylines.submitted_by(line.text)):
            return names  # a blog engine's line under the post: posted on 2024-05-03 10:20 某某 阅读(12) 评论(0) 编辑 收藏
        if len(line.text) > 60 or _PROSE_END.search(line.text):
            continue
        if i >= 3 and (line.element is None or line.element.tag == "a"):
            continue
        names = (bylines.byline_names(line.text) if i < 3 else []) or labelled_writers(line.text)
        if names:
            return names
    names = _closing_meta_authors(lines[8:])
    if names:
        return names
    names = [n for n in _author_element(doc) if n not in editors]  # (编辑：<span id="ArticleAuthor">王某</span>)
    if names:
        return names
    return head_authors(doc, editors)


#: A label inside a time line (来源：, 发布者：, 日期：): its value runs to the next one.
_LINE_LABEL = re.compile(r"[\u4e00-\u9fff]{1,4}\s*[:：]")


def _credit_closing_a_value(text: str) -> list[str]:
    """A byline closing one of a time line's labelled values, an office's name before it or not
    (来源：学生处 王某 文 摄影 → 王某): the words of each value from the first, the second … on,
    tried as a byline of their own."""
    for value in _LINE_LABEL.split(text):
        tokens = value.split()
        for k in range(max(len(tokens) - 1, 0)):
            found = bylines.byline_names(" ".join(tokens[k:]))
            if found:
                return found
    return []


def head_authors(doc: Doc, editors: list[str] = ()) -> list[str]:
    """The head's ``<meta name="author">`` (people.com.cn's 网站内容标识 set, TRS pages),
    :func:`authors`' last resort: only when it holds person names, not the portal's or a
    paper's name, nor the page's editor."""
    for content in doc.root.xpath("//head/meta[translate(@name, 'AUTHOR', 'author')='author']/@content"):
        text = squash(content)
        if text and not re.search(r"[A-Za-z0-9]", text):
            names = [n for n in bylines.person_names(text) if n not in editors]
            if names:
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
            names = labelled_writers(line.text)
            if names:
                return names
    return []


_AUTHOR_ATTR = re.compile("|".join(AUTHOR_ATTRS), re.I)


def _author_element(doc: Doc) -> list[str]:
    """A writer's name printed unlabelled in an element the template names for it, between
    the headline and the text (``<span class="author">王某</span>``, ``<div class="author">
    <a><img></a><span class="name">王某</span></div>``): person names only, never a link's
    text, and nothing from a platform's account box (a 关注 button beside the name).  The
    caller drops the page's editors: a CMS may name its editor's field ``ArticleAuthor``."""
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
#: … and not a site's name by its address (cnBeta.COM, 163.com).
_DOMAIN = re.compile(r"\.(?:com|cn|net|org|tw|hk|mo|sg|my)$", re.I)


#: A time line opening with a word in Latin letters right before its date or the date's label
#: (``Daisy最后更新：2024-06-20 10:26``): the writer's pen name, if it is one (:func:`_pen_name`).
_LATIN_OPENING = re.compile(rf"^\s*(?P<name>{_PEN_NAME.pattern})\s*(?=[^\d\sA-Za-z]{{0,8}}\s*(?:19|20)\d{{2}}\s*[-/.年])")


def _pen_name_opening(text: str) -> list[str]:
    """The pen name a time line opens with (:data:`_LATIN_OPENING`); not an agency's or a
    site's capitals (AFP, CCTV)."""
    m = _LATIN_OPENING.match(text)
    return [m["name"]] if m and _pen_name(m["name"]) and not m["name"].isupper() else []


def _pen_name(text: str) -> bool:
    """Whether ``text`` is a writer's pen name in Latin letters (maomaobear; not admin, editor …)."""
    return bool(_PEN_NAME.fullmatch(text)) and text.lower() not in LATIN_NOT_NAMES and not _DOMAIN.search(text)


#: Lines under the text searched for a labelled writer's credit.
_AFTER_REACH = 8
#: A time line with a credit beside the time is this short (a paragraph that opens with a date is longer).
_STAMPED_LINE = 60


def _marked_up_author(doc: Doc) -> list[str]:
    """Writers the page marks up as such — a link to the writer's page (``<a rel="author">``,
    ``<a href="/author/chenqing/">``: :func:`~..urls.author_page`), schema.org microdata
    (``itemprop="author"``) — between the headline and the end of the text (a sidebar's "more
    by this writer" comes after it): person names only."""
    if doc.anchor is None or doc.body_end is None:
        return []
    names: list[str] = []
    for el in _following(doc.anchor, _AUTHOR_REACH):
        if doc.order.get(el, doc.body_end) >= doc.body_end:
            break
        if not isinstance(el.tag, str):
            continue
        if el.get("itemprop") != "author" and not (el.tag == "a" and (
                "author" in (el.get("rel") or "").lower().split() or urls.author_page(el.get("href")))):
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


def json_ld_authors(doc: Doc) -> list[str]:
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


def microdata_authors(doc: Doc) -> list[str]:
    """The ``author`` persons of the page's schema.org microdata article, given as properties
    the page does not print (``<article itemscope itemtype="http://schema.org/Article"> … <div
    itemprop="author" itemscope itemtype="http://schema.org/Person"><meta itemprop="name"
    content="陳某">``): person names only, an ``Organization`` is no writer.  (An author printed
    as text is read by :func:`_marked_up_author`.)"""
    names: list[str] = []
    for meta in doc.metas:
        person = meta.getparent() if meta.get("itemprop") == "name" else None
        if person is None or person.get("itemprop") != "author" or _schema_type(person) not in ("", "Person"):
            continue
        scope = next((a for a in person.iterancestors() if a.get("itemscope") is not None), None)
        if scope is None or _schema_type(scope) not in _ARTICLE_TYPES:
            continue
        text = squash(meta.get("content"))
        found = bylines.person_names(text) if len(text) <= 20 else []
        names += [n for n in found if n not in names and len(n) <= 4]
    return names


def _schema_type(el) -> str:
    """The schema.org type an element's ``itemtype`` names (``http://schema.org/Article`` → Article)."""
    return (el.get("itemtype") or "").strip().rstrip("/").rsplit("/", 1)[-1]


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


