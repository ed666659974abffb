"""The article body: a container element → paragraphs in reading order, and images with captions.

The body container (``div#rwb_zw`` on people.com.cn pages) mixes real paragraphs with
furniture.  Structural furniture is removed here by the profile's ``body_exclude`` XPaths
(pager, ``box_pic`` stubs, 原标题, 责编 block); text-level boilerplate (QR prompts,
相关新闻 tails, bylines, print marks) is left for the clean pipeline, which sees every
site's text the same way.

Paragraphs come from a walk over the tree that breaks text at block elements and ``<br>``,
so text is kept whether it sits in ``<p>``, ``<div>``, ``<font>`` or bare in the container.
:func:`blocks_to_body` pairs pictures with their captions, for the profiles and the generic
extractor alike: a short centred paragraph right after an image (or an element marked as a
caption by its class, ``figcaption``), the picture's own alt text, or a line after it that
ends with a photo credit (……新华社记者 某某 摄) or opens as captions do (图为……) is that
image's caption, not body text, and a short right-aligned line after it (新华社发) its credit.  Only http(s) pictures are kept: a
``javascript:``, ``data:`` or ``about:`` image is skipped.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

from lxml import html as lxml_html

from .text import squash
from .vocabulary import LAZY_IMAGE_ATTRS

_BLOCK = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol table tr td th center blockquote section article "
    "figure figcaption dl dt dd pre hr".split()
)


def image_source(img) -> str:
    """A picture's address: a lazy-loading attribute's (:data:`~.vocabulary.LAZY_IMAGE_ATTRS`)
    before ``src`` (a placeholder there), else ``src``, TRS's ``oldsrc``, the first of ``srcset``."""
    for name in LAZY_IMAGE_ATTRS:
        value = (img.get(name) or "").strip()
        if value and not value.startswith(("data:", "javascript:")):
            return value
    src = (img.get("src") or img.get("oldsrc") or "").strip()
    if src:
        return src
    srcset = (img.get("srcset") or "").strip()
    return srcset.split(",")[0].split()[0] if srcset else ""


_SKIP = frozenset(("script", "style", "noscript", "iframe", "object", "embed", "select", "button", "form"))
_CENTER = re.compile(r"text-align\s*:\s*center", re.I)
_RIGHT = re.compile(r"text-align\s*:\s*right", re.I)
#: A style that hides the element (one home for the rule: the body, the furniture and the header read it).
_HIDDEN_RULE = r"display\s*:\s*none|visibility\s*:\s*hidden"
HIDDEN_STYLE = re.compile(_HIDDEN_RULE, re.I)
#: The same over a lower-cased style: re.I costs a search several times over (its case folding
#: defeats the quick scan for the first characters), and this test runs on every styled element.
_HIDDEN_LOWER = re.compile(_HIDDEN_RULE)


def hidden_style(style: str | None) -> bool:
    """Whether a ``style`` attribute hides its element (``display:none``, ``visibility:hidden``)."""
    return bool(style) and _HIDDEN_LOWER.search(style.lower()) is not None

#: A caption is short; a real paragraph that happens to be centred is not taken for one.
MAX_CAPTION = 80
#: An element its markup names a caption (``figcaption``, ``p.pictext``) may be longer.
MAX_MARKED_CAPTION = 150
MAX_CREDIT = 16
#: How a caption ends: its photo credit (新华社记者 某某 摄 / （某某 摄） / 某某供图 / 图片来源：某某 /
#: …的存在。 圖／某某提供).
_PHOTO_CREDIT_END = re.compile(
    r"(?:[\u4e00-\u9fff]{2,4}\s*(?:摄|攝)|供图|供圖|图片来源[:：]\S{2,20}|圖片來源[:：]\S{2,20})\s*[）)]?\s*$"
    r"|[（(]\s*(?:示意|資料|资料|翻攝|翻摄)?(?:图|圖|照片|图片|圖片)\s*[/／]\s*[^（()）]{1,30}[）)]\s*$"  # （圖／翻攝自抖音）, （示意圖／記者某某攝影）
    r"|(?<=[\s。！？”」])(?:图|圖|照片|图片|圖片)\s*[/／]\s*\S{1,20}\s*$"  # a credit after the caption's last sentence
)
#: How a caption opens (图为…, 上图：…, ▲… and △…, tech media's mark).
_CAPTION_START = re.compile(r"^(?:图为|圖為|[上下左右]?图[:：]|[上下左右]?圖[:：]|[▲△])")
#: The attribute :mod:`.container` sets on caption elements (class/id says caption).
CAPTION_MARK = "data-newscrawl-caption"
_IMAGE_SCHEMES = ("http://", "https://")


@dataclass
class Block:
    text: str
    align: str | None = None  # "caption" | "center" | "right" | None
    image: str | None = None  # absolute URL when this block is an image
    alt: str = ""  # an image's alt text
    link_only: bool = False  # all its text is the text of links (a related-news line)


@dataclass
class Body:
    paragraphs: list[str] = field(default_factory=list)
    images: list[dict] = field(default_factory=list)  # {"url", "caption"}
    link_only: list[bool] = field(default_factory=list)  # per paragraph: only link text?


def centred(el) -> bool:
    """Whether ``el`` is set centred, itself or through the one element it wraps
    (``<tr><td align="center">…``)."""
    node = el
    while node is not None:
        if _align(node) == "center":
            return True
        kids = [c for c in node if isinstance(c.tag, str)]
        node = kids[0] if len(kids) == 1 and not (node.text or "").strip() else None
    return False


def _align(el) -> str | None:
    if el.get(CAPTION_MARK) is not None:
        return "caption"
    style = el.get("style") or ""
    align = (el.get("align") or "").lower()
    if el.tag == "center" or align == "center" or _CENTER.search(style):
        return "center"
    if align == "right" or _RIGHT.search(style):
        return "right"
    return None


def shown(el, up_to=None) -> bool:
    """Whether no element from ``el`` up to ``up_to`` (exclusive; the root when None) hides itself
    by its style (a ``<div style="display:none">`` of machine data: Baidu's ids, a template's
    spare fields) or by a class or id that says so (``<div class="ogTitleHidden">``,
    ``visually-hidden``; not a responsive ``hidden-xs``, shown on wider screens)."""
    while el is not None and el is not up_to:
        if hidden_style(el.get("style")):
            return False
        names = el.get("class")
        if (names and "idden" in names and _HIDDEN_NAME.search(names)) or _HIDDEN_NAME.search(el.get("id") or ""):
            return False
        el = el.getparent()
    return True


#: A class or id word that hides its element: ending in hidden (``ogTitleHidden``, ``visually-hidden``).
_HIDDEN_NAME = re.compile(r"hidden(?:\s|$)", re.I)


def linearize(container, base_url: str) -> list[Block]:
    """Text runs and images of ``container`` in document order, split at block boundaries."""
    blocks: list[Block] = []
    buf: list[str] = []
    linked: list[bool] = []  # per piece of buf: inside a link?
    align_stack: list[str | None] = [None]
    in_link = [0]

    def add(piece: str) -> None:
        buf.append(piece)
        linked.append(in_link[0] > 0)

    def flush() -> None:
        text = squash("".join(buf))
        link_only = all(flag for piece, flag in zip(buf, linked) if piece.strip())
        buf.clear()
        linked.clear()
        if text:
            blocks.append(Block(text, align_stack[-1], link_only=link_only))

    def enter(el) -> bool:
        """Open ``el``; False when its subtree is skipped (scripts, hidden nodes)."""
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _SKIP or hidden_style(el.get("style")):
            return False
        if tag in _BLOCK:
            flush()
            align_stack.append(_align(el) or align_stack[-1])
        if tag == "img":
            flush()
            src = image_source(el)
            url = urljoin(base_url, src) if src else ""
            if url.lower().startswith(_IMAGE_SCHEMES):  # never javascript:, data:, about:
                blocks.append(Block("", align_stack[-1], url, alt=squash(el.get("alt") or "")))
        elif tag == "br":
            flush()
        else:
            if tag == "a":
                in_link[0] += 1
            if el.text and tag:
                add(el.text)
        return True

    def leave(el, opened: bool) -> None:
        if opened and el.tag == "a":
            in_link[0] -= 1
        if opened and isinstance(el.tag, str) and el.tag in _BLOCK:
            flush()
            align_stack.pop()
        if el.tail:
            add(el.tail)

    # The container's own tail is outside it: its text and children only.
    if container.text:
        add(container.text)
    # An explicit stack, not recursion: hostile pages nest tags thousands deep.
    stack: list[tuple] = [(child, None) for child in reversed(container)]
    while stack:
        el, opened = stack.pop()
        if opened is not None:  # second visit: the subtree is done
            leave(el, opened)
            continue
        opened = enter(el)
        stack.append((el, opened))
        if opened:
            stack.extend((child, None) for child in reversed(el))

    flush()
    return blocks


def extract_body(container, base_url: str, exclude: tuple[str, ...] = ()) -> Body:
    """Paragraphs and images of a body container (an lxml element), furniture removed."""
    root = copy.deepcopy(container)
    root.tail = None
    for xpath in exclude:
        for node in root.xpath(xpath):
            drop_keep_tail(node)
    return blocks_to_body(linearize(root, base_url))


def reads_as_caption(text: str, near=None) -> bool:
    """Whether a line says it is a picture's caption: it ends with a photo credit, opens as
    captions do, or repeats the ``alt`` of a picture in ``near`` (the element around it)."""
    if len(text) <= MAX_MARKED_CAPTION and _PHOTO_CREDIT_END.search(text):
        return True
    if len(text) <= MAX_CAPTION and _CAPTION_START.match(text):
        return True
    return near is not None and any(squash(img.get("alt") or "") == text for img in near.iter("img"))


def _is_caption(block: Block | None, image: Block) -> bool:
    """Whether ``block``, right after ``image``, is its caption: by its markup (a caption
    element, a short centred line), or by what it says: the picture's own alt text, a line
    that ends with a photo credit (……新华社记者 某某 摄, 某某供图) or opens as captions do
    (图为……), however it is aligned."""
    if block is None or block.image:
        return False
    if block.align == "caption":
        return len(block.text) <= MAX_MARKED_CAPTION
    if block.align == "center" and len(block.text) <= MAX_CAPTION:
        return True
    if image.alt and block.text == image.alt:
        return True
    if len(block.text) <= MAX_MARKED_CAPTION and _PHOTO_CREDIT_END.search(block.text):
        return True
    return len(block.text) <= MAX_CAPTION and bool(_CAPTION_START.match(block.text))


#: A picture story: its captions together are longer than its prose, which holds at least one
#: paragraph this long (a gallery's one-line labels do not make one).
STORY_PARAGRAPH = 40


def blocks_to_body(blocks: list[Block]) -> Body:
    """Paragraphs, and images each with its caption (captions and credits are not body), except
    in a picture story: where the captions carry more of the text than the prose (a photo
    report of one paragraph and three long captions, 某日，在某地……新华社记者 某某 摄), they are
    the story's text as a reader reads it, and stay in the body in place as well."""
    body = Body()
    captions: list[tuple[int, str]] = []  # (paragraph index it precedes, caption)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.image:
            caption = None
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if _is_caption(nxt, b):
                caption = nxt.text
                captions.append((len(body.paragraphs), caption))
                i += 1
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if nxt is not None and not nxt.image and nxt.align == "right" and len(nxt.text) <= MAX_CREDIT:
                i += 1  # a photo credit (新华社发) under the picture
            if not any(img["url"] == b.image for img in body.images):
                body.images.append({"url": b.image, "caption": caption})
        else:
            body.paragraphs.append(b.text)
            body.link_only.append(b.link_only)
        i += 1
    if (captions and any(len(p) >= STORY_PARAGRAPH for p in body.paragraphs)
            and sum(len(c) for _, c in captions) > sum(len(p) for p in body.paragraphs)):
        for at, caption in reversed(captions):
            body.paragraphs.insert(at, caption)
            body.link_only.insert(at, False)
    return body


#: A run of this many paragraphs that are only links is a list (related news), not the article.
LINK_RUN = 3
#: A link whose text is at least this long is a headline (menus and pagers are shorter).
HEADLINE_CHARS = 8
#: A paragraph at least this long after a headline link closing the body is that story's summary.
TEASER_SUMMARY = 40
_LONE_MARK = re.compile(r"^\S$")


def without_link_lists(body: Body) -> list[str]:
    """The paragraphs of a body container chosen by scoring, less what scoring brought along:
    link-only lines closing it (相关新闻 lists, 返回首页) and a teaser of another story (its
    headline link and a summary) closing it, runs of :data:`LINK_RUN` or more
    link-only lines anywhere, and lone characters (a counter, a vertical 推/荐 label)."""
    paras, flags = body.paragraphs, body.link_only or [False] * len(body.paragraphs)
    keep = [not _LONE_MARK.match(p) for p in paras]
    end = len(paras)
    while end > 0 and (flags[end - 1] or not keep[end - 1]):
        keep[end - 1] = False
        end -= 1
    # another story's teaser closing the body: its headline link, its summary (a source or
    # editor line or two may follow: the clean pipeline reads those)
    last = end
    while last > end - 2 and last > 0 and len(paras[last - 1]) < TEASER_SUMMARY:
        last -= 1
    if last >= 3 and flags[last - 2] and len(paras[last - 2]) >= HEADLINE_CHARS and len(paras[last - 1]) >= TEASER_SUMMARY:
        keep[last - 2] = keep[last - 1] = False
    i = 0
    while i < end:
        j = i
        while j < end and flags[j]:
            j += 1
        if j - i >= LINK_RUN:
            for k in range(i, j):
                keep[k] = False
        i = max(j, i + 1)
    return [p for p, k in zip(paras, keep) if k]


def drop_keep_tail(node) -> None:
    """Remove ``node`` but keep its tail text (it belongs to the parent's flow)."""
    parent = node.getparent()
    if parent is None:
        return
    tail = node.tail
    prev = node.getprevious()
    if tail:
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(node)


def parse_fragment(markup: str):
    """An lxml element for an HTML fragment (tests and the debugging CLI)."""
    return lxml_html.fragment_fromstring(markup, create_parent="div")


__all__ = ["Body", "CAPTION_MARK", "blocks_to_body", "drop_keep_tail", "extract_body", "linearize", "parse_fragment"]
