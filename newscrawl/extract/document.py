"""One page's tree and the places the extractor finds on it (the shared state of the steps).

A :class:`Doc` is built once per page: the tree, each element's document order, and, as the
steps find them, the headline element (the anchor for the header fields), the body container
and the short lines between them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate

from lxml import etree
from lxml import html as lxml_html
from w3lib.html import remove_tags

from .body import HIDDEN_STYLE, hidden_style
from .text import squash

#: Characters of a description's start looked for in the text (:attr:`Doc.summary_opening`).
SUMMARY_OPENING = 12

#: Elements that make a line of their own (a text node's "line" is its nearest such ancestor).
BLOCKISH = frozenset(
    "div p td th li dd dt h1 h2 h3 h4 h5 h6 section header article center tr table ul ol body time".split()
)
#: The class every node of the page's tree is read as: lxml.html's own lookup is a Python call
#: for each element the steps touch (it gives ``<form>``, ``<input>``… classes of their own, which
#: no step uses); lxml's C lookup gives every element the same :class:`lxml.html.HtmlElement`
#: (measured: 6 % of the extraction's time on the devset, output unchanged).
_CLASS_LOOKUP = etree.ElementDefaultClassLookup(
    element=lxml_html.HtmlElement,
    comment=lxml_html.HtmlComment,
    pi=lxml_html.HtmlProcessingInstruction,
    entity=lxml_html.HtmlEntity,
)
#: What a page's own script does to show an element its markup hides (``style="display:none"``),
#: naming it by id: ``document.getElementById("x").style.display = "block"``, jQuery's
#: ``$("#x").show()`` / ``.css("display", "block")``.  An e-paper prints its article so and shows it on load.
#: Each form opens with a literal looked for first (a scan of every script by one alternation is
#: dear: measured 4 % of the extraction's time on the devset).
_REVEALS = (
    ("getElementById", re.compile(
        r"""getElementById\(\s*["']([\w:.-]+)["']\s*\)\.style\.display\s*=\s*["'](?!none)[a-z-]*["']""")),
    ("$(", re.compile(
        r"""\$\(\s*["']#([\w-]+)["']\s*\)\.(?:(?:show|fadeIn|slideDown)\s*\(|css\(\s*["']display["']\s*,\s*["'](?!none))""")),
)
_SKIP_TEXT = frozenset("script style noscript iframe select button textarea input head title meta link".split())


@dataclass
class Line:
    """A short line of text near the title: the block it sits in and where it sits."""

    text: str
    node_text: str  # the text node itself (a <span> date inside a longer line)
    element: object


@dataclass
class Doc:
    root: object
    url: str
    body_el: object = None
    order: dict = field(default_factory=dict)
    anchor: object = None  # the headline element
    body_node: object = None  # the chosen body container (in this tree)
    body_end: int | None = None  # document order of the body container's last element
    lines: list[Line] = field(default_factory=list)  # after the headline, up to the end of the body
    before: list[Line] = field(default_factory=list)  # just before the headline, nearest first
    after: list[Line] = field(default_factory=list)  # just after the body
    metas: list = field(default_factory=list)  # the page's <meta> elements, in document order
    title_el: object = None  # the first <title>
    _lines_done: bool = False
    _marked: dict = field(default_factory=dict)
    _text: str | None = None
    _text_nodes: list | None = None
    _node_text: tuple | None = None
    _memo: dict = field(default_factory=dict)

    @property
    def text_nodes(self) -> list:
        """The body's text nodes that hold more than whitespace, in document order (one XPath
        pass, shared: the meta lines and the headline's search read them)."""
        if self._text_nodes is None:
            self._text_nodes = self.body_el.xpath("descendant::text()[normalize-space()]")
        return self._text_nodes

    def text_nodes_holding(self, text: str) -> list:
        """The text nodes (:attr:`text_nodes`) that hold ``text`` whole, in document order: found
        by searching their texts joined once (a search in C, not a test of every node per text)."""
        nodes = self.text_nodes
        if not text:
            return list(nodes)
        if self._node_text is None:
            self._node_text = ("".join(nodes), [0, *accumulate(map(len, nodes))])
        joined, starts = self._node_text
        found = []
        at = joined.find(text)
        while at >= 0:
            k = bisect_right(starts, at) - 1
            if at + len(text) <= starts[k + 1] and (not found or found[-1] is not nodes[k]):
                found.append(nodes[k])  # (an occurrence run over from one node into the next is none)
            at = joined.find(text, at + 1)
        return found

    @property
    def text(self) -> str:
        """The body's whole text, raw (computed once): a quick test of whether a string is
        printed anywhere before a search for the element that prints it."""
        if self._text is None:
            self._text = self.body_el.text_content()
        return self._text

    @classmethod
    def of(cls, root, url: str) -> "Doc":
        """The page's places found in one pass over its tree (each XPath ``//…`` is a pass of
        its own, about as dear as this one): every element's document order, the ``<body>``,
        the first ``<title>``, the ``<meta>`` elements, and the elements whose ``id`` holds
        ``_baidu`` (Baidu's news-inclusion ids: ``pubtime_baidu``, ``source_baidu`` …)."""
        parser = root.getroottree().parser
        if isinstance(parser, lxml_html.HTMLParser):  # (not an XML tree, nor one parsed elsewhere)
            parser.set_element_class_lookup(_CLASS_LOOKUP)
        doc = cls(root=root, url=url)
        order = doc.order
        metas = doc.metas
        marked = doc._marked
        body = title = None
        scripts = []
        ids: dict = {}  # id → element (the first), for what a script shows
        for i, el in enumerate(root.iter()):
            order[el] = i
            tag = el.tag
            if tag == "meta":
                metas.append(el)
            elif tag == "title":
                if title is None:
                    title = el
            elif tag == "body" and body is None:
                body = el
            elif tag == "script":
                code = el.text
                if code and ("display" in code or "show" in code or "fadeIn" in code or "slideDown" in code):
                    scripts.append(code)
            ident = el.get("id")
            if ident:
                ids.setdefault(ident, el)
                if "_baidu" in ident:
                    marked.setdefault(ident.strip(), []).append(el)
        if scripts:
            _reveal(ids, scripts)
        doc.body_el = body if body is not None else root
        doc.title_el = title
        return doc

    def marked(self, ident: str) -> list:
        """The elements whose ``id`` is ``ident`` once trimmed (``id="pubtime_baidu "``: Baidu's
        news-inclusion ids, ``*_baidu``)."""
        return self._marked.get(ident, [])

    @property
    def head_title(self) -> str:
        """The text of ``<title>``, whitespace squashed ("" without one); markup a CMS escaped
        into it (``&lt;font color=…&gt;标题&lt;/font&gt;``) taken out."""
        if self.title_el is None:
            return ""
        text = self.title_el.text_content()
        return squash(remove_tags(text) if "<" in text else text)

    @property
    def summary_opening(self) -> str | None:
        """The first :data:`SUMMARY_OPENING` characters (whitespace out) of the page's own summary,
        ``<meta name="description">`` or ``og:description``, when it is long enough to be the
        article's opening sentence (a site-wide description is shorter, or printed nowhere)."""
        return self.memo("summary_opening", Doc._summary_opening)

    def _summary_opening(self) -> str | None:
        for attr, value in (("name", "description"), ("name", "Description"), ("property", "og:description")):
            text = "".join(self.meta_content(attr, value).split())
            if len(text) >= 2 * SUMMARY_OPENING:
                return text[:SUMMARY_OPENING]
        return None

    def meta_content(self, attr: str, value: str) -> str:
        """The ``content`` of the first ``<meta>`` whose ``attr`` is ``value`` (exactly), squashed."""
        for meta in self.metas:
            if meta.get(attr) == value and meta.get("content") is not None:
                return squash(meta.get("content"))
        return ""

    def memo(self, key: str, make):
        """``make(self)``, worked out once per page (a step's lines that later steps read again)."""
        if key not in self._memo:
            self._memo[key] = make(self)
        return self._memo[key]

    def set_body(self, node) -> None:
        self.body_node = node
        last = node
        for last in node.iter():  # the container's last element in document order
            pass
        self.body_end = self.order.get(last)

    def meta_lines(self) -> tuple[list[Line], list[Line]]:
        """Short lines after the headline (up to the end of the body), and a few just before it.

        The time/source/author line of every template sits there; today's date in the top bar,
        dated related-news lists and comment times sit elsewhere.
        """
        if self._lines_done:
            return self.lines, self.before
        self._lines_done = True
        start = self.order.get(self.anchor, -1) if self.anchor is not None else -1
        if start < 0 and self.body_node is not None:
            start = self.order.get(self.body_node, 0) - 1
        end = self.body_end if self.body_end is not None else start + 400
        after_nodes, before_nodes, tail_nodes = [], [], []
        for t in self.text_nodes:
            owner, tail = text_owner(t)
            if owner is None or not isinstance(owner.tag, str) or owner.tag in _SKIP_TEXT:
                continue
            # a tail follows its element's subtree: ordering by the element is close enough
            pos = self.order.get(owner, -1)
            if start < pos <= end or (tail and pos == start):
                after_nodes.append((t, owner, tail))
            elif pos <= start:
                before_nodes.append((t, owner, tail))
            elif len(tail_nodes) < 40:
                tail_nodes.append((t, owner, tail))
            else:
                break  # text nodes come in document order: the rest of the page is not needed
        texts: dict = {}  # element -> its squashed text, shared by the three calls
        self.after = lines_of(tail_nodes, 6, texts)
        self.lines = lines_of(after_nodes, 60, texts)
        self.before = lines_of(reversed(before_nodes), 12, texts)
        return self.lines, self.before


def _reveal(ids: dict, scripts: list[str]) -> None:
    """Show what the page's own scripts show (:data:`_REVEALS`): the hiding ``display:none`` is
    taken out of the named element's style (``ids``: the page's elements by id), so every step
    reads the page as a reader sees it."""
    for text in scripts:
        for literal, form in _REVEALS:
            if literal in text:
                for m in form.finditer(text):
                    el = ids.get(m.group(1))
                    style = el.get("style") if el is not None else None
                    if hidden_style(style):
                        el.set("style", HIDDEN_STYLE.sub("", style))


def broken_text(el) -> str:
    """``el``'s text with a space where a ``<br>`` breaks it (a headline set on two lines:
    ``<h3>某会的声明<br>轻率打开潘朵拉盒子</h3>`` reads as two phrases, as its ``<title>`` prints them)."""
    parts = [el.text or ""]
    for x in el.iterdescendants():
        if x.tag == "br":
            parts.append(" ")
        elif isinstance(x.tag, str) and x.text:
            parts.append(x.text)
        if x.tail:
            parts.append(x.tail)
    return "".join(parts)


def text_owner(t) -> tuple:
    """The element a text node (an lxml "smart string") belongs to, and whether it is that
    element's tail; text after a comment or a script is the parent's own (``发布日期：<!-- begin
    -->2019-03-06<!-- end -->``: a template's markers around the value)."""
    owner, tail = t.getparent(), t.is_tail
    if owner is not None and tail and (not isinstance(owner.tag, str) or owner.tag in _SKIP_TEXT):
        return owner.getparent(), False  # (so is text after a <script>: <script>…</script>某会 / 2023年2月9日)
    return owner, tail


#: A block whose text, scripts and all, is longer than this is no line whatever its scripts hold.
_SCRIPTED_LINE = 1000


def lines_of(nodes, limit: int, texts: dict | None = None) -> list[Line]:
    """The distinct lines (block texts) of text nodes (``(text, owner element, is a tail)``), in the
    order given, at most ``limit``.

    A block too long to be a line (over 200 characters: the text nodes of a header row and
    the article run together) gives each of its elements a line of its own.  ``texts``:
    elements' squashed texts already worked out (filled as they are).
    """
    lines: list[Line] = []
    seen = set()
    texts = {} if texts is None else texts

    def short_text(el) -> str | None:
        """``el``'s squashed text, or None when it is longer than a line (200 characters)."""
        if el not in texts:
            raw = el.text_content()
            if len(raw) <= _SCRIPTED_LINE and "(" in raw and next(el.iter("script", "style"), None) is not None:
                # a script's code is no part of the line (nor a reason to call it too long)
                raw = "".join(el.xpath("descendant-or-self::text()[not(ancestor::script or ancestor::style)]"))
            # more than 200 characters that are not spaces: too long whatever squashing leaves
            texts[el] = None if len(raw) > 200 and len("".join(raw.split())) > 200 else squash(raw)
            if texts[el] is not None and len(texts[el]) > 200:
                texts[el] = None
        return texts[el]

    for t, owner, tail in nodes:
        block = block_of(owner.getparent() if tail and owner.getparent() is not None else owner)
        key = owner if block is not None and short_text(block) is None else block
        if key in seen:
            continue
        seen.add(key)
        node_text = squash(str(t))
        if key is block:
            block_text = short_text(block) if block is not None else ""
            text = block_text or node_text
        else:
            owner_text = short_text(owner) if not tail else node_text
            text = owner_text or node_text
        lines.append(Line(text, node_text, block))
        if len(lines) >= limit:
            break
    return lines


def block_of(el):
    """The nearest block-level ancestor-or-self: the 'line' a text node belongs to."""
    node = el
    while node is not None and isinstance(node.tag, str) and node.tag not in BLOCKISH:
        node = node.getparent()
    return node if node is not None else el


def inside(el, container) -> bool:
    node = el
    while node is not None:
        if node is container:
            return True
        node = node.getparent()
    return False


def sibling(el, step: int):
    node = el.getprevious() if step < 0 else el.getnext()
    while node is not None and not isinstance(node.tag, str):
        node = node.getprevious() if step < 0 else node.getnext()
    return node
