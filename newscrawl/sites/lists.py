"""A page's lists, however the CMS writes them: links, script-written lists and pagers.

Used by the profile-free walk (:mod:`newscrawl.spiders.portal`); pure functions of a page's
markup, no Scrapy.  What Chinese CMS families do (research/portals.md §3, issue 13):

- plain ``<a href>`` lists (``ul > li > a`` + a date) — every CMS;
- **Hanweb JCMS** (大汉): a column page carries its first records as XML inside
  ``<script type="text/xml"><datastore><recordset><record><![CDATA[<li><a …>]]></record>…``;
  the rest comes from the list service ``/module/web/jpage/dataproxy.jsp``, which the page's
  jpage script calls (a form POST) with ``startrecord``/``endrecord``/``perpage`` in the
  query and the parameters of the datastore's ``<nextgroup>`` link (``columnid``, ``unitid``,
  ``webid`` …) as the form;
- **TRS WCM**: ``createPageHTML(countPage, currentPage, "index", "htm")`` writes the pager
  (page 0 ``index.htm``, page k ``index_k.htm``), its arguments literal or
  ``var countPage = 5`` / ``var currentPage = 0`` variables;
- JS arrays of ``{title: …, url: …, date: …}`` objects and ``document.write('<li><a …')``
  (Founder 翔宇 and home-made templates);
- ``下一页``/``尾页`` links (``index_2.htm``, ``node_12_2.htm``, dede/PHPCMS ``list_{c}_{n}.html``).

:func:`read_page` returns the page's links with, for each, whether it sits in a *list* (a
group of sibling links, most of them titles) and its text; :func:`script_pagers` the next
list page(s) the page's scripts would open, and :func:`next_pages` those and the page's own
pager links together (the walk without a profile and a profile whose lists are
``written="script"`` both page a list through it).  Both are bounded: at most ``max_links`` links
are read from one page, however many it has.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

from lxml import etree, html as lxml_html

from .generic import is_list_url

#: Text of a link that leads to the next page of the same list.
NEXT_TEXT = re.compile(r"^(?:下一页|下页|后页|下一頁|next|>|›|»)$", re.I)
#: Text of any pager link (numbers, first/last, prev/next).
PAGER_TEXT = re.compile(r"^(?:下一页|下页|后页|尾页|末页|最后一页|上一页|上页|前页|首页|第一页|\d{1,4}|\[\d{1,4}\]|>|>>|<|<<|›|»|«|next|prev|last|first)$", re.I)
#: Link texts that repeat a heading's link ("更多>>"): not names for a channel.
MORE_TEXT = re.compile(r"^(?:更多|more|查看更多|更多内容|进入栏目)?\s*(?:>>|》|&gt;&gt;|>)?$|^更多", re.I)
#: Link texts of calendar navigation: a date-by-date archive is a trap, not a list.
CALENDAR_TEXT = re.compile(r"^(?:前一天|后一天|上一天|下一天|昨天|明天|上个?月|下个?月|上一月|下一月|上一年|下一年|前一日|后一日)$")
#: A list is at least this many sibling links, most of them this long (a title, not a menu word).
MIN_LIST_LINKS = 3
MIN_TITLE_CHARS = 6

_LIST_CONTAINERS = frozenset(("ul", "ol", "table", "tbody", "dl"))
_XML_SCRIPT = re.compile(r"<record>\s*(?:<!\[CDATA\[(.*?)\]\]>|(.*?))\s*</record>", re.S | re.I)
_NEXTGROUP = re.compile(r"<nextgroup>\s*(?:<!\[CDATA\[(.*?)\]\]>|(.*?))\s*</nextgroup>", re.S | re.I)
_TOTAL_RECORD = re.compile(r"(?:<totalrecord>\s*(\d+)\s*</totalrecord>|totalRecord\s*[:=]\s*['\"]?(\d+))", re.I)
_PER_PAGE = re.compile(r"perPage\s*[:=]\s*['\"]?(\d+)", re.I)
_JS_OBJECT = re.compile(r"\{[^{}]{0,2000}\}")
_JS_URL = re.compile(r"""["']?(?:url|href|link|linkurl|docurl|link_url)["']?\s*:\s*(["'])(.*?)\1""", re.I)
_JS_TITLE = re.compile(r"""["']?(?:title|doctitle|name)["']?\s*:\s*(["'])(.*?)\1""", re.I)
_DOC_WRITE = re.compile(r"""document\.write(?:ln)?\(\s*(["'])((?:\\.|(?!\1).)*)\1\s*\)""", re.S)
_CREATE_PAGE = re.compile(
    r"""createPageHTML\(\s*(?:(["'])[\w-]*\1\s*,\s*)?([\w.]+)\s*,\s*([\w.]+)\s*(?:,\s*(["'])([\w-]+)\4\s*,\s*(["'])(\w+)\6)?""")
_JS_VAR = r"""(?:var\s+|let\s+|const\s+|\b){name}\s*=\s*['"]?(\d+)"""
_COUNT_CURRENT = re.compile(r"""(?:var\s+)?countPage\s*=\s*['"]?(\d+)""")


@dataclass
class PageLink:
    url: str
    text: str
    in_list: bool  # one of a group of sibling title links (or a script-written list)
    source: str = "a"  # "a" | "xml" | "js" | "write"


@dataclass
class PageLinks:
    links: list[PageLink] = field(default_factory=list)
    truncated: bool = False  # the page had more than max_links links; the rest were not read
    scripts: str = ""  # the text of the page's inline scripts (for script_pagers)


@dataclass(frozen=True)
class PagerRequest:
    """The next page of a list, as the page's own script would open it."""

    url: str
    method: str = "GET"
    form: tuple[tuple[str, str], ...] = ()  # the form the page's script would post

    @property
    def body(self) -> str:
        return urlencode(self.form)


def _text(el) -> str:
    return " ".join("".join(el.itertext()).split())


def _container(a) -> object:
    """The element that holds an anchor and its siblings in a list."""
    node = a.getparent()
    for _ in range(4):
        if node is None:
            break
        if node.tag in _LIST_CONTAINERS:
            return node
        node = node.getparent()
    parent = a.getparent()
    return parent.getparent() if parent is not None and parent.getparent() is not None else parent


def _fragment_links(fragment: str, base_url: str, source: str, budget: int) -> list[PageLink]:
    if not fragment.strip() or budget <= 0:
        return []
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return []
    out = []
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if href and not href.startswith(("javascript:", "#", "mailto:")):
            out.append(PageLink(urljoin(base_url, html.unescape(href)), _text(a), True, source))
            if len(out) >= budget:
                break
    return out


def read_page(root, base_url: str, max_links: int) -> PageLinks:
    """Links of a parsed page (an lxml root): ``<a>`` markup first, then script-written lists.

    At most ``max_links`` links are read; ``truncated`` says the page had more.  Links are
    absolute (``base_url`` joined), duplicates kept once (first occurrence wins).
    """
    result = PageLinks()
    groups: dict[object, list[tuple[str, str]]] = {}
    order: list[tuple[object, str, str]] = []
    count = 0
    for a in root.iter("a"):
        href = a.get("href")
        if not href:
            continue
        href = href.strip()
        if not href or href.startswith(("javascript:", "#", "mailto:", "tel:")):
            continue
        if count >= max_links:
            result.truncated = True
            break
        count += 1
        key = _container(a)
        text = _text(a)
        groups.setdefault(key, []).append((href, text))
        order.append((key, href, text))
    listy = {key for key, members in groups.items() if _is_list(members)}
    seen: set[str] = set()
    for key, href, text in order:
        url = urljoin(base_url, href)
        if url in seen:
            continue
        seen.add(url)
        result.links.append(PageLink(url, text, key in listy))
    scripts = []
    budget = max_links - count
    for script in root.iter("script"):
        body = script.text or ""
        if not body or script.get("src"):
            continue
        scripts.append(body)
        if budget <= 0:
            result.truncated = result.truncated or bool(_XML_SCRIPT.search(body) or _JS_URL.search(body))
            continue
        for link in script_list_links(body, script.get("type") or "", base_url, budget):
            if link.url not in seen:
                seen.add(link.url)
                result.links.append(link)
                budget -= 1
    result.scripts = "\n".join(scripts)
    return result


def _is_list(members: list[tuple[str, str]]) -> bool:
    if len(members) < MIN_LIST_LINKS:
        return False
    titles = sum(1 for _, text in members if len(text) >= MIN_TITLE_CHARS)
    return titles * 2 > len(members)


def script_list_links(body: str, script_type: str, base_url: str, budget: int) -> list[PageLink]:
    """The list entries one inline script holds: XML datastore records, JS objects with a
    URL and a title, ``document.write`` of links."""
    out: list[PageLink] = []
    if "<record" in body or "xml" in script_type.lower():
        for m in _XML_SCRIPT.finditer(body):
            out.extend(_fragment_links(m.group(1) or m.group(2) or "", base_url, "xml", budget - len(out)))
            if len(out) >= budget:
                return out
    if "document.write" in body:
        for m in _DOC_WRITE.finditer(body):
            fragment = _js_unescape(m.group(2))
            out.extend(_fragment_links(fragment, base_url, "write", budget - len(out)))
            if len(out) >= budget:
                return out
    if ":" in body and "{" in body:
        for m in _JS_OBJECT.finditer(body):
            obj = m.group(0)
            u, t = _JS_URL.search(obj), _JS_TITLE.search(obj)
            if u is None or t is None:
                continue
            href = _js_unescape(u.group(2)).strip()
            if not href or href.startswith(("javascript:", "#")):
                continue
            out.append(PageLink(urljoin(base_url, href), " ".join(_js_unescape(t.group(2)).split()), True, "js"))
            if len(out) >= budget:
                return out
    return out


def _js_unescape(s: str) -> str:
    return re.sub(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", _js_escape, s)


def _js_escape(m: re.Match) -> str:
    c = m.group(1)
    if c[0] in "ux" and len(c) > 1:
        return chr(int(c[1:], 16))
    return {"n": "\n", "t": "\t", "r": ""}.get(c, c)


def _resolve(token: str, scripts: str) -> int | None:
    if token.isdigit():
        return int(token)
    name = token.rsplit(".", 1)[-1]
    if not re.fullmatch(r"[A-Za-z_$][\w$]*", name):
        return None
    m = re.search(_JS_VAR.format(name=re.escape(name)), scripts)
    return int(m.group(1)) if m else None


def is_next_link(url: str, text: str) -> bool:
    """A pager link to a later page of the same list: list-shaped, its text 下一页 (or the
    like) or a page number (尾页, 上一页, 首页 are pager links too, but lead nowhere new)."""
    return bool(NEXT_TEXT.match(text) or text.isdigit()) and is_list_url(url)  # (the cheap test first)


def next_pages(read: PageLinks, url: str) -> tuple[list[PagerRequest], int | None]:
    """The next page(s) of the list ``url`` shows: its pager links (:func:`is_next_link`,
    ``<a>`` markup or written by a script), then what its scripts would open
    (:func:`script_pagers`), each once; and the list's page count if a script says it.

    The caller decides which of them are on the portal and not traps."""
    out = [PagerRequest(link.url) for link in read.links if link.url != url and is_next_link(link.url, link.text)]
    scripted, total = script_pagers(read.scripts, url)
    seen: set[tuple[str, str]] = set()
    unique = []
    for req in out + scripted:
        if (req.method, req.url) not in seen:
            seen.add((req.method, req.url))
            unique.append(req)
    return unique, total


def script_pagers(scripts: str, url: str) -> tuple[list[PagerRequest], int | None]:
    """The next list page(s) the page's scripts would open, and the list's page count if a
    script says it (for the pager cap).

    - ``createPageHTML(count, current, stem, ext)`` (current 0-based; page k ≥ 1 is
      ``stem_k.ext``, page 0 ``stem.ext``), arguments literal or ``var`` names; without
      stem/ext, the current page's file name gives them;
    - a Hanweb datastore's ``<nextgroup>`` list-service link with ``totalRecord`` and the
      records already shown: the next group by form POST, as jpage sends it.
    """
    out: list[PagerRequest] = []
    total_pages = None
    for m in _CREATE_PAGE.finditer(scripts):
        count, current = _resolve(m.group(2), scripts), _resolve(m.group(3), scripts)
        if count is None or current is None:
            continue
        stem, ext = m.group(5), m.group(7)
        if not stem:
            name = urlsplit(url).path.rsplit("/", 1)[-1] or "index.htm"
            base, _, ext0 = name.partition(".")
            stem, ext = re.sub(r"_\d+$", "", base) or "index", ext0 or "htm"
        total_pages = count
        if current + 1 < count:
            out.append(PagerRequest(urljoin(url, f"{stem}_{current + 1}.{ext}")))
        break
    if total_pages is None and (m := _COUNT_CURRENT.search(scripts)):
        count = int(m.group(1))
        current = _resolve("currentPage", scripts)
        if current is not None:
            total_pages = count
            name = urlsplit(url).path.rsplit("/", 1)[-1] or "index.htm"
            base, _, ext = name.partition(".")
            stem = re.sub(r"_\d+$", "", base) or "index"
            if current + 1 < count:
                out.append(PagerRequest(urljoin(url, f"{stem}_{current + 1}.{ext or 'htm'}")))
    group = datastore_next(scripts, url, shown=None)
    if group is not None:
        out.append(group[0])
        total_pages = group[1]
    return out, total_pages


def datastore_next(text: str, url: str, shown: int | None, start: int = 1) -> tuple[PagerRequest, int] | None:
    """A Hanweb datastore's next group from its list service, and the number of groups.

    ``text`` holds the datastore (a column page's scripts, or a list-service answer);
    ``start`` is the first record it holds (1 on the column page) and ``shown`` how many
    (counted from its records when None).  The request posts the ``<nextgroup>`` link's
    parameters as the form, with ``startrecord``/``endrecord``/``perpage`` in the query.
    """
    ng = _NEXTGROUP.search(text)
    total_m = _TOTAL_RECORD.search(text)
    if ng is None or total_m is None:
        return None
    href_m = re.search(r"""href\s*=\s*(["'])(.*?)\1""", ng.group(1) or ng.group(2) or "")
    if href_m is None:
        return None
    proxy = urljoin(url, html.unescape(href_m.group(2)))
    parts = urlsplit(proxy)
    if not parts.path.endswith("dataproxy.jsp"):
        return None
    total = int(total_m.group(1) or total_m.group(2))
    if shown is None:
        shown = len(_XML_SCRIPT.findall(text))
    if shown <= 0:
        return None
    per_m = _PER_PAGE.search(text)
    per_page = int(per_m.group(1)) if per_m else shown
    form = tuple((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in ("page",))
    groups = -(-total // shown)
    first = start + shown
    if first > total:
        return None
    last = min(total, first + shown - 1)
    query = urlencode({"startrecord": first, "endrecord": last, "perpage": per_page})
    target = parts._replace(query=query, fragment="").geturl()
    return PagerRequest(target, "POST", form), groups


def service_next(prev: PagerRequest, answer: str) -> PagerRequest | None:
    """The group after a list-service answer: the same form, the next records, while the
    answer's ``<totalrecord>`` says there are more."""
    total_m = _TOTAL_RECORD.search(answer)
    got = len(_XML_SCRIPT.findall(answer))
    if total_m is None or got == 0:
        return None
    total = int(total_m.group(1) or total_m.group(2))
    parts = urlsplit(prev.url)
    q = dict(parse_qsl(parts.query))
    try:
        start, end = int(q["startrecord"]), int(q["endrecord"])
    except (KeyError, ValueError):
        return None
    size = end - start + 1
    if end >= total or size <= 0:
        return None
    q.update(startrecord=str(end + 1), endrecord=str(min(total, end + size)))
    return PagerRequest(parts._replace(query=urlencode(q)).geturl(), prev.method, prev.form)


def record_count(text: str) -> int:
    return len(_XML_SCRIPT.findall(text))
