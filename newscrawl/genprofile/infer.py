"""A draft site profile from the pages of a profile-free walk (:mod:`.collect`).

Every XPath is chosen the same way: candidates are named from the class and id attributes of
the elements that hold what the generic code found (the channel links the walk followed, the
article links of a column, the title the generic extractor picked, …), and each candidate is
scored over all the pages of its kind by the real code that will use it — the spider's link
rules for tree and list XPaths, :mod:`newscrawl.extract.article`'s field functions for article
XPaths — against what the generic code found.  The best is kept with its score, which the
draft prints beside it so the user can see how sure each choice is.

- **Tree**: the walk's channel links form a graph; a breadth-first walk from the home page
  gives each page a depth; *columns* are the pages below which nothing branches, at the depth
  that holds most of the article links; one level per depth above them, its links those that
  lead towards columns (a text filter is added when the best container also holds others:
  首页, 往期回顾, a channel that leads elsewhere).
- **Lists**: a column's article links (those under the column's own folder, when the portal
  files articles there), its pager links (下一页, numbers) and the 下一页 link.
- **Articles**: title, 引题, 副题, the time/source line (and ``<meta>`` names), breadcrumb,
  editor line, body container (and furniture inside it to exclude), the article pager.
- **URLs**: the generic article URL shape the article links have, with a rewrite from page n
  to page 1.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from ..extract import article as fields_of
from ..extract import dates
from ..extract.body import extract_body
from ..extract.generic import extract_generic
from ..extract.text import squash
from ..pipelines.clean import BodyCleaner
from ..sites import generic
from ..sites import lists as list_reader
from ..sites.policy import shape_of
from ..sites.profile import MARKUP, SCRIPT, ArticleRules, ChannelLevel, ListRules, SiteProfile
from .collect import Page

#: Article pages studied for the field XPaths (enough to see every variant of a template).
ARTICLE_SAMPLE = 150
#: The CMS family of each generic article URL shape (:data:`newscrawl.sites.generic.ARTICLE_PATTERNS`).
FAMILIES = ("people.com.cn CMS", "people.com.cn CMS", "TRS WCM", "system CMS", "system CMS", "Founder CMS",
            "dated paths", "dated paths")
_SAFE = re.compile(r"^[\w\-]+$")
#: Links read from one page at most (as NEWSCRAWL_MAX_LINKS_PER_PAGE's default).
READ_LINKS = 2000
#: A list is read ``written="script"`` when ``<a>`` XPaths miss more than this share of the
#: article links or next pages the list reader finds on the list pages.
SCRIPT_SHARE = 0.01
#: A text filter on links names at most this many link texts (首页, 往期回顾, 地市频道).
MAX_FILTER_TEXTS = 4


@dataclass
class Choice:
    """An XPath and how well it did: ``hits`` of ``total`` pages (or links) right."""

    xpath: str | None
    hits: int = 0
    total: int = 0
    wrong: int = 0  # links it selects that it should not

    def note(self, what: str = "pages") -> str:
        return f"{self.hits}/{self.total} {what}" + (f", {self.wrong} extra links" if self.wrong else "")


@dataclass
class Draft:
    profile: SiteProfile
    notes: dict[str, str] = field(default_factory=dict)  # field → evidence
    start_url: str = ""


# -- naming elements ------------------------------------------------------------------------
def _steps(el, max_up: int = 8) -> list[str]:
    """XPath steps naming ``el`` and its ancestors by id or class, nearest first."""
    out = []
    node = el
    for _ in range(max_up):
        if node is None or not isinstance(node.tag, str) or node.tag in ("html", "body"):
            break
        if node.get("id") and _SAFE.match(node.get("id")):
            out.append(f"//{node.tag}[@id='{node.get('id')}']")
        for cls in (node.get("class") or "").split():
            if _SAFE.match(cls):
                out.append(f"//{node.tag}[has-class('{cls}')]")
        node = node.getparent()
    return out


def _link_candidates(anchors) -> list[str]:
    seen: dict[str, None] = {}
    for a in anchors:
        for step in _steps(a.getparent()):
            seen[f"{step}//a"] = None
            if a.getparent() is not None and a.getparent().tag == "li":
                seen[f"{step}//li/a"] = None
    return list(seen)


def _text_filter(wanted: set[str], unwanted: set[str]) -> str | None:
    """A short predicate on link text keeping ``wanted`` texts and dropping ``unwanted`` ones."""
    texts, keep = (wanted, True) if len(wanted) <= len(unwanted) else (unwanted, False)
    if len(texts) > MAX_FILTER_TEXTS or not all(_SAFE_TEXT.match(t) for t in texts):
        return None
    test = " or ".join(f"normalize-space()='{t}'" for t in sorted(texts))
    return f"[{test}]" if keep else f"[not({test})]"


def _best_links(pages_wanted: list[tuple[Page, set[str]]], candidates: list[str], *,
                allow_filter: bool = True) -> Choice:
    """The candidate link XPath whose links reach the wanted targets (URLs) of every page, and
    as few other targets as possible; with a short text filter if that makes it clean.
    Ties go to the one selecting fewer links (one per target), then to the shorter."""
    best, best_key = None, None
    total = sum(len(w) for _, w in pages_wanted)
    for xpath in candidates:
        hits = wrong = links = 0
        wrong_texts: set[str] = set()
        right_texts: set[str] = set()
        for page, wanted in pages_wanted:
            reached, missed = set(), set()
            for a in page.sel.xpath(xpath):
                links += 1
                text = squash(a.xpath("string()").get())
                url = urljoin(page.url, (a.attrib.get("href") or "").strip())
                if url in wanted:
                    reached.add(url)
                    right_texts.add(text)
                else:
                    missed.add(url)
                    wrong_texts.add(text)
            hits += len(reached)
            wrong += len(missed)
        if not hits:
            continue
        choice = Choice(xpath, hits, total, wrong)
        if wrong and allow_filter and not (wrong_texts & right_texts):
            predicate = _text_filter(right_texts, wrong_texts)
            if predicate:
                choice = Choice(xpath + predicate, hits, total, 0)
        key = (choice.hits - 3 * choice.wrong, -links, -len(choice.xpath))
        if best_key is None or key > best_key:
            best, best_key = choice, key
    return best or Choice(None, 0, total)


_SAFE_TEXT = re.compile(r"^[^'\"]{1,30}$")


# -- links of a page ------------------------------------------------------------------------
@dataclass
class _Links:
    channels: list = field(default_factory=list)  # (element, url, text) of <a> markup
    articles: list = field(default_factory=list)
    pagers: list = field(default_factory=list)
    #: What the list reader (:mod:`newscrawl.sites.lists`, as the spider reads a list
    #: ``written="script"``) finds: every article link, in markup or in scripts, as
    #: (url, source) with source "a" | "xml" | "js" | "write"; the next pages (GET URLs) and
    #: whether a list service gives the next group.
    read_articles: list = field(default_factory=list)
    read_next: set = field(default_factory=set)
    service: bool = False


def _links(page: Page, on_site, is_article) -> _Links:
    out = _Links()
    for a in page.sel.xpath("//a[@href]"):
        url = urljoin(page.url, a.attrib["href"].strip())
        if url == page.url or not on_site(url):
            continue
        text = squash(a.xpath("string()").get())
        if is_article(url):
            out.articles.append((a.root, url, text))
        elif generic.is_list_url(url):
            if generic.PAGER_TEXT.match(text):
                if text not in ("首页", "上一页", "上页"):
                    out.pagers.append((a.root, url, text))
            elif text and urlsplit(url).path not in ("", "/", "/index.html", "/index.htm"):
                out.channels.append((a.root, url, text))
    read = list_reader.read_page(page.sel.root, page.url, READ_LINKS)
    seen: set[str] = set()
    for link in read.links:
        url = link.url.split("#", 1)[0]
        if url != page.url and url not in seen and on_site(url) and is_article(url):
            seen.add(url)
            out.read_articles.append((url, link.source))
    nexts, _ = list_reader.next_pages(read, page.url)
    for req in nexts:
        if req.method == "POST":
            out.service = out.service or on_site(req.url)
        elif on_site(req.url) and not is_article(req.url) and not generic.is_trap(req.url):
            out.read_next.add(req.url)
    return out


# -- the draft --------------------------------------------------------------------------------
def draft_profile(name: str, start_url: str, pages: list[Page]) -> Draft:
    parts = urlsplit(start_url)
    base_url = f"{parts.scheme}://{parts.netloc}"
    host = parts.hostname

    def on_site(url: str) -> bool:
        p = urlsplit(url)
        return p.scheme in ("http", "https") and p.hostname == host and p.port == parts.port

    lists = {p.url: p for p in pages if p.kind == "list"}
    articles = [p for p in pages if p.kind == "article"]
    if start_url not in lists or not articles:
        raise ValueError(f"the walk from {start_url} found {len(lists)} list pages and {len(articles)} articles: "
                         "nothing to draft a profile from")
    notes: dict[str, str] = {}

    # Article URLs first: the list and tree inference below counts the links of this shape.
    article_path, rewrites, family, shape_note = _article_shape([p.url for p in articles])
    notes["article_path"] = shape_note
    article_re = re.compile(article_path)

    def is_article(url: str) -> bool:
        return generic.match_article(url) is not None or bool(article_re.match(urlsplit(url).path))

    links = {url: _links(page, on_site, is_article) for url, page in lists.items()}

    # Tree: breadth-first over channel links from the home page.
    depth = {start_url: 0}
    order = [start_url]
    for url in order:
        for _, target, _ in links[url].channels:
            if target in lists and target not in depth:
                depth[target] = depth[url] + 1
                order.append(target)
    children = {url: {t for _, t, _ in links[url].channels if depth.get(t) == depth[url] + 1} for url in depth}
    leaves = [u for u in depth if not children[u] and depth[u] > 0]
    weight = Counter()
    for u in leaves:
        weight[depth[u]] += len(_own_read(u, links[u]))
    if not weight:
        raise ValueError(f"no column with article links found below {start_url}")
    column_depth = weight.most_common(1)[0][0]
    columns = {u for u in leaves if depth[u] == column_depth and _own_read(u, links[u])}
    good = set(columns)  # pages on a path from home to a column
    for d in range(column_depth - 1, -1, -1):
        for u in [u for u in depth if depth[u] == d]:
            if children[u] & good:
                good.add(u)
    levels = []
    example = ""
    for d in range(column_depth):
        at_level = [u for u in depth if depth[u] == d and u in good]
        wanted = []
        for u in at_level:
            wanted.append((lists[u], {t for _, t, _ in links[u].channels if t in good and depth.get(t) == d + 1}))
        anchors = [el for u in at_level for el, t, _ in links[u].channels if t in good and depth.get(t) == d + 1]
        choice = _best_links(wanted, _link_candidates(anchors))
        label = "home" if d == 0 else f"level {d} (e.g. {example})"
        example = next((txt for u in at_level for _, t, txt in links[u].channels
                        if t in good and depth.get(t) == d + 1), "")
        levels.append(ChannelLevel(label, choice.xpath or "//a"))
        notes[f"levels[{d}]"] = choice.note("links to follow")

    # Lists: the columns and the pages of their pagers (markup or script-written).
    def links_of(page: Page) -> _Links:
        return links.get(page.url) or _links(page, on_site, is_article)

    pager_pages = {t for u in columns for t in {x[1] for x in links[u].pagers} | links[u].read_next if t in lists}
    list_pages = [lists[u] for u in sorted(columns)] + [lists[u] for u in sorted(pager_pages - columns)]
    wanted = [(p, {u for _, u, _ in _own_articles(p.url, links_of(p))}) for p in list_pages]
    anchors = [el for p in list_pages for el, _, _ in _own_articles(p.url, links_of(p))]
    items = _best_links(wanted, _link_candidates(anchors), allow_filter=False)
    pager_wanted = [(p, {u for _, u, _ in links_of(p).pagers}) for p in list_pages]
    pager_anchors = [el for p in list_pages for el, _, _ in links_of(p).pagers]
    pager = _best_links([w for w in pager_wanted if w[1]], _link_candidates(pager_anchors), allow_filter=False)
    written, lists_note = _how_written(list_pages, links_of, items, pager, pages)
    notes["lists"] = lists_note
    if written == MARKUP:
        notes["lists.items"] = items.note("article links")
        notes["lists.pager"] = pager.note("pager links")
        has_next = any(txt == "下一页" for p in list_pages for _, _, txt in links_of(p).pagers)
        next_page = f"{pager.xpath}[normalize-space()='下一页']" if pager.xpath and has_next else None
        list_rules = ListRules(items=items.xpath or "//a", pager=pager.xpath or "//a[false()]", next_page=next_page)
    else:
        list_rules = ListRules(written=SCRIPT)

    step = max(1, len(articles) // ARTICLE_SAMPLE)  # spread over the walk: every column, every template
    rules, article_notes = _article_rules(articles[::step][:ARTICLE_SAMPLE], articles)
    notes.update(article_notes)
    profile = SiteProfile(
        name=name,
        title=_site_title(lists[start_url]),
        base_url=base_url,
        home_path=parts.path or "/",
        levels=tuple(levels),
        lists=list_rules,
        article_path=article_path,
        article=rules,
        canonical_rewrites=tuple(rewrites),
        family=family,
    )
    return Draft(profile, notes, start_url)


def _article_shape(urls: list[str]) -> tuple[str, list[tuple[str, str]], str, str]:
    """The profile's ``article_path`` (with ``^.*?`` before it: any folder of the portal),
    its canonical rewrites, the CMS family it tells, and a note: the generic article URL
    shape most article URLs have, or, when more of them have a shape the walk learned
    (Hanweb's ``art_{N}_{id}.html``), the shape they share (digit runs generalised, the last
    one the id)."""
    shape = Counter()
    for url in urls:
        for i, pattern in enumerate(generic.ARTICLE_PATTERNS):
            if re.search(pattern, urlsplit(url).path):
                shape[i] += 1
                break
    learned, learned_n = _learned_shape(urls)
    if not shape or learned_n > shape.most_common(1)[0][1]:
        return "^.*?" + learned, [], "", f"{learned_n}/{len(urls)} article URLs (a shape the walk learned)"
    index, n = shape.most_common(1)[0]
    pattern = generic.ARTICLE_PATTERNS[index]
    rewrites = []
    if "BIG5" in pattern:  # the people.com.cn gateway twin: /BIG5/ → /GB/ (as the generic rules do)
        rewrites.append(("^/BIG5/", "/GB/"))
    page_group = re.search(r"\(\?:(.)\(\?P<page>\\d\+\)\)\?", pattern)
    if page_group:
        before, after = pattern[:page_group.start()], pattern[page_group.end():]
        before = re.sub(r"\(\?P<\w+>", "(?:", before)
        after = re.sub(r"\(\?P<\w+>", "(?:", after)
        rewrites.append((f"({before}){re.escape(page_group[1])}\\d+({after})", r"\1\2"))
    family = FAMILIES[index] if index < len(FAMILIES) else ""
    return "^.*?" + pattern.lstrip("^"), rewrites, family, f"{n}/{len(urls)} article URLs"


def _learned_shape(urls: list[str]) -> tuple[str, int]:
    """The path suffix (as a regex) that most article URLs share, segment by segment, digit
    runs generalised (:func:`newscrawl.sites.policy.shape_of`), the last digit run the id;
    and how many URLs have it."""
    segments = [[shape_of(seg)[1:-1] for seg in urlsplit(u).path.split("/")[1:]] for u in urls]
    segments = [s for s in segments if s and r"\d+" in s[-1]]
    if not segments:
        return "/(?P<id>\\d+)$", 0
    last, _ = Counter(s[-1] for s in segments).most_common(1)[0]
    group = [s for s in segments if s[-1] == last]
    suffix = [last]
    while all(len(s) > len(suffix) for s in group):
        seg = Counter(s[-len(suffix) - 1] for s in group).most_common(1)[0]
        if seg[1] < len(group):
            break
        suffix.insert(0, seg[0])
    head, _, tail = suffix[-1].rpartition(r"\d+")
    suffix[-1] = head + r"(?P<id>\d+)" + tail
    return "/" + "/".join(suffix) + "$", len(group)


def _how_written(list_pages: list[Page], links_of, items: Choice, pager: Choice, pages: list[Page]) -> tuple[str, str]:
    """MARKUP when ``<a>`` XPaths reach (all but SCRIPT_SHARE of) the article links and next
    pages the list reader finds on the list pages; SCRIPT when they are written by scripts
    or come from a list service: then a note says where the reader found them."""
    read = [(p, links_of(p)) for p in list_pages]
    found = sum(len(_own_read(p.url, lk)) for p, lk in read)
    sources = Counter(src for p, lk in read for _, src in _own_read(p.url, lk))
    markup_next = {u for _, lk in read for _, u, _ in lk.pagers}
    nexts = {u for _, lk in read for u in lk.read_next}
    scripted_next = nexts - markup_next
    services = sum(1 for p in pages if p.kind == "service")
    by_service = sum(1 for _, lk in read if lk.service)
    missed_items = found - items.hits
    script = (missed_items > SCRIPT_SHARE * found or by_service > 0
              or len(scripted_next) > SCRIPT_SHARE * max(1, len(nexts)))
    if not script:
        return MARKUP, f"{items.hits}/{found} article links and {len(nexts) - len(scripted_next)}/{len(nexts)} next pages in <a> markup"
    where = ", ".join(f"{n} {_SOURCE_NAMES.get(src, src)}" for src, n in sources.most_common())
    parts = [f"article links on {len(list_pages)} list pages: {where}; {items.hits}/{found} reachable by an <a> XPath"]
    if scripted_next:
        parts.append(f"{len(scripted_next)}/{len(nexts)} next pages written by script")
    if by_service:
        parts.append(f"next groups from a list service on {by_service} pages ({services} answers read)")
    return SCRIPT, "; ".join(parts)


#: How the list reader's link sources read in a note.
_SOURCE_NAMES = {"a": "in <a> markup", "xml": "in XML datastores", "js": "in JS arrays",
                 "write": "by document.write"}


def _own_articles(url: str, page_links: _Links) -> list:
    """A list page's article links that belong to it: those under its own folder when the
    portal files articles there, else all of them."""
    folder = url.rsplit("/", 1)[0] + "/"
    own = [x for x in page_links.articles if x[1].startswith(folder)]
    return own or page_links.articles


def _own_read(url: str, page_links: _Links) -> list:
    """As :func:`_own_articles`, over the list reader's article links (markup and scripts)."""
    folder = url.rsplit("/", 1)[0] + "/"
    own = [x for x in page_links.read_articles if x[0].startswith(folder)]
    return own or page_links.read_articles


def _site_title(home: Page) -> str:
    name = home.sel.xpath("//meta[@name='SiteName']/@content").get()
    if name:
        return squash(name)
    title = squash(home.sel.xpath("//title/text()").get())
    return re.split(r"\s*[_|\-—–]\s*", title)[-1] if title else ""


# -- article fields ----------------------------------------------------------------------------
def _elements_with_text(page: Page, text: str, *, exact: bool = True):
    if not text:
        return []
    out = []
    for el in page.sel.root.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "body", "head", "title", "script", "style", "meta"):
            continue
        own = squash(el.text_content())
        if (own == text) if exact else (text in own and len(own) <= len(text) + 200):
            out.append(el)
    return out


def _element_candidates(elements) -> list[str]:
    """XPaths naming the elements (by their class/id, or their parent's and their tag), the
    elements with the least text first, so that ties go to the most specific."""
    seen: dict[str, None] = {}
    for el in sorted(elements, key=lambda e: len(e.text_content())):
        steps = _steps(el, max_up=1)
        seen.update({s: None for s in steps})
        parent = el.getparent()
        if parent is not None:
            for step in _steps(parent, max_up=1):
                seen[f"{step}/{el.tag}"] = None
    return list(seen)


def _choose(samples, candidates, score) -> Choice:
    """The candidate right on the most samples (``score(sample, candidate)``); if it misses
    some, joined (``a | b``) with the candidate best on those when that does better (two
    templates on one portal)."""
    def right(cands, among):
        best, best_hits = None, []
        for cand in cands:
            hits = [s for s in among if score(s, cand)]
            if len(hits) > len(best_hits):  # ties: the first (the most specific)
                best, best_hits = cand, hits
        return best, best_hits

    first, hits = right(candidates, samples)
    if first is None:
        return Choice(None, 0, len(samples))
    missed = [s for s in samples if s not in hits]
    if missed:
        second, _ = right([c for c in candidates if c != first], missed)
        if second is not None:
            both = f"{first} | {second}"
            both_hits = [s for s in samples if score(s, both)]
            if len(both_hits) > len(hits):
                return Choice(both, len(both_hits), len(samples))
    return Choice(first, len(hits), len(samples))


@dataclass
class _Sample:
    page: Page
    found: object  # PageFields from the generic extractor
    clean: list[str]  # its paragraphs after the clean pipeline


def _article_rules(sample: list[Page], all_articles: list[Page]) -> tuple[ArticleRules, dict[str, str]]:
    cleaner = BodyCleaner()
    samples = []
    for p in sample:
        found = extract_generic(p.sel, p.url)
        samples.append(_Sample(p, found, cleaner.clean(found.paragraphs).paragraphs))
    notes = {}
    base = ArticleRules(title="//h1", body="//body", meta_line="//false", publish_date_meta=None, source_meta=None)

    def rules(**kw) -> ArticleRules:
        return ArticleRules(**{**base.__dict__, **kw})

    chosen: dict[str, str | None] = {}
    for name, fn in (("title", fields_of.title), ("pretitle", fields_of.pretitle), ("subtitle", fields_of.subtitle)):
        have = [s for s in samples if getattr(s.found, name)]
        cands = _element_candidates(el for s in have[:40] for el in _elements_with_text(
            s.page, getattr(s.found, name)) + _elements_with_text(s.page, "——" + getattr(s.found, name)))
        choice = _choose(samples, cands, lambda s, c, fn=fn, name=name: fn(s.page.sel, rules(**{name: c})) ==
                         getattr(s.found, name))
        chosen[name] = choice.xpath if choice.xpath and have else None
        notes[name] = choice.note() if have else "never found"

    # The time/source line, and <meta> names the page gives them under.
    def meta_name(s: _Sample, want: str | None, parse) -> str | None:
        for meta in s.page.sel.xpath("//meta[@name][@content]"):
            if want and parse(meta.attrib["content"]) == want:
                return meta.attrib["name"]
        return None

    date_metas = Counter(meta_name(s, s.found.published_at, lambda v: dates.iso(dates.parse_machine(v))) for s in samples)
    source_metas = Counter(meta_name(s, s.found.source, squash) for s in samples)
    date_meta = next((f"//meta[@name='{n}']/@content" for n, _ in date_metas.most_common() if n), None)
    source_meta = next((f"//meta[@name='{n}']/@content" for n, _ in source_metas.most_common() if n), None)
    line_els = [(s, el) for s in samples[:40] if s.found.published_at
                for el in _elements_with_text(s.page, _printed(s.page, s.found.published_at), exact=False)]
    line_cands = _element_candidates(el for _, el in line_els)
    # Link texts glued after the source name in the line (进入论坛, 手机读报): noise to cut.
    noise = Counter(squash(a.text_content()) for s, el in line_els for a in el.iter("a")
                    if s.found.source and squash(a.text_content()) not in ("", s.found.source))
    source_noise = tuple(t for t, _ in noise.most_common(8))

    def meta_ok(s, c):
        r = rules(meta_line=c, publish_date_meta=date_meta, source_meta=source_meta, source_noise=source_noise)
        return (fields_of.published_at(s.page.sel, r) == s.found.published_at
                and fields_of.source(s.page.sel, r) == s.found.source)

    line = _choose(samples, line_cands, meta_ok)
    chosen["meta_line"] = line.xpath
    notes["meta_line"] = line.note() + " (published_at and source)"
    if line.xpath:  # only the noise this line has
        source_noise = tuple(t for t in source_noise if any(
            t in squash(n.xpath("string()").get()) for s in samples[:40] for n in s.page.sel.xpath(line.xpath)[:1]))

    crumb_cands = []
    for s in samples[:40]:
        if s.found.channel:
            for el in _elements_with_text(s.page, s.found.channel[-1]):
                if el.tag == "a":
                    crumb_cands += [f"{step}/a" for step in _steps(el.getparent(), max_up=2)]
    crumb = _choose(samples, list(dict.fromkeys(crumb_cands)),
                    lambda s, c: fields_of.channel(s.page.sel, rules(breadcrumb=c)) == s.found.channel)
    chosen["breadcrumb"] = crumb.xpath
    notes["breadcrumb"] = crumb.note() + " (channel)"

    have = [s for s in samples if s.found.editors]
    ed_cands = _element_candidates(el for s in have[:40] for el in _elements_with_text(
        s.page, s.found.editors[0], exact=False)[-1:])
    eds = _choose(samples, ed_cands, lambda s, c: fields_of.editors(s.page.sel, rules(editors=c)) == s.found.editors)
    chosen["editors"] = eds.xpath if have else None
    notes["editors"] = eds.note() if have else "never found"

    # Body: the container of the generic body, and the furniture inside it.
    body_cands: dict[str, None] = {}
    for s in samples[:40]:
        if s.clean:
            els = _elements_with_text(s.page, s.clean[0][:30], exact=False)
            for el in els[-1:]:
                node = el
                while node is not None and node.tag not in ("body", "html"):
                    body_cands.update({st: None for st in _steps(node, max_up=1)})
                    node = node.getparent()

    def body_of(s: _Sample, container: str, exclude=()) -> tuple[list[str], list[dict]]:
        nodes = s.page.sel.xpath(container)
        if not nodes:
            return [], []
        body = extract_body(nodes[0].root, s.page.url, tuple(exclude))
        return cleaner.clean(body.paragraphs).paragraphs, body.images

    body = _choose(samples, list(body_cands), lambda s, c: body_of(s, c)[0] == s.clean)
    exclude: list[str] = []
    if body.xpath and body.hits < body.total:
        exclude = _furniture(samples, body.xpath, body_of)
        body = _choose(samples, [body.xpath], lambda s, c: body_of(s, c, exclude)[0] == s.clean)
    chosen["body"] = body.xpath
    notes["body"] = body.note() + (f" with {len(exclude)} exclusions" if exclude else "")
    images = sum(1 for s in samples if body.xpath and body_of(s, body.xpath, exclude)[1] == s.found.images)
    notes["images"] = f"{images}/{len(samples)} pages"

    # Pages 2..n: links to the same article id with a page number (on every article page).
    want: dict[str, set[str]] = {}
    multi, pager_anchors = [], []
    for p in all_articles:
        m = generic.match_article(p.url)
        for a in p.sel.xpath("//a[@href]"):
            url = urljoin(p.url, a.attrib["href"].strip())
            lm = generic.match_article(url)
            if m and lm and lm.id == m.id and lm.page is not None:
                pager_anchors.append(a.root)
                want.setdefault(p.url, set()).add(url)
        if p.url in want:
            multi.append(_Sample(p, None, []))
    pager = None
    if multi:
        cands = list(dict.fromkeys(c.removesuffix("//li/a").removesuffix("//a") + "//a"
                                   for c in _link_candidates(pager_anchors)))
        choice = _choose(multi, cands, lambda s, c: want[s.page.url] <= set(
            fields_of.page_links(s.page.sel, rules(pager=c), s.page.url)))
        pager = choice.xpath
        notes["pager"] = choice.note("multi-page articles")
    return ArticleRules(
        title=chosen["title"] or "//h1",
        body=chosen["body"] or "//body",
        meta_line=chosen["meta_line"] or "//false",
        pretitle=chosen["pretitle"],
        subtitle=chosen["subtitle"],
        breadcrumb=chosen["breadcrumb"],
        editors=chosen["editors"],
        pager=pager,
        publish_date_meta=date_meta,
        source_meta=source_meta,
        body_exclude=tuple(exclude),
        source_noise=source_noise,
    ), notes


def _printed(page: Page, iso_value: str) -> str:
    """The text the page shows the time as (its first 10 characters in a printed form)."""
    y, m, d = iso_value[:4], iso_value[5:7], iso_value[8:10]
    text = squash(page.sel.root.text_content())
    for form in (f"{y}-{m}-{d}", f"{y}年{m}月{d}日", f"{y}年{int(m)}月{int(d)}日", f"{y}/{m}/{d}", f"{y}.{m}.{d}"):
        if form in text:
            return form
    return f"{y}-{m}-{d}"


def _furniture(samples, container: str, body_of) -> list[str]:
    """Elements inside the body container whose text the generic body does not have."""
    counts: Counter = Counter()
    for s in samples[:60]:
        nodes = s.page.sel.xpath(container)
        if not nodes or not s.clean:
            continue
        wanted = "".join(s.clean)
        for el in nodes[0].root.iter():
            if el is nodes[0].root or not isinstance(el.tag, str):
                continue
            text = squash(el.text_content())
            names = [f".//{el.tag}[has-class('{c}')]" for c in (el.get("class") or "").split() if _SAFE.match(c)]
            if el.tag == "center" and el.find(".//table") is not None:
                names.append(".//center[table]")
            if names and text and text not in wanted:
                counts.update(names)
    exclude: list[str] = []
    for name, _ in counts.most_common(12):
        trial = exclude + [name]
        before = sum(1 for s in samples if body_of(s, container, exclude)[0] == s.clean)
        after = sum(1 for s in samples if body_of(s, container, trial)[0] == s.clean)
        if after > before:
            exclude = trial
    return exclude


# -- writing it out ---------------------------------------------------------------------------
def render(draft: Draft, when: str) -> str:
    """The draft as a profile module, ``newscrawl/sites/<name>.py``-style, to read and edit."""
    p = draft.profile
    n = draft.notes
    a = p.article

    def q(value) -> str:
        return repr(value)

    def opt(name: str, value, note: str | None = None) -> str:
        comment = f"  # {note}" if note else ""
        return f"        {name}={q(value)},{comment}\n"

    levels = "".join(f"        ChannelLevel({q(lv.name)}, {q(lv.links)}),  # {n.get(f'levels[{i}]', '')}\n"
                     for i, lv in enumerate(p.levels))
    article = "".join([
        opt("title", a.title, n.get("title")),
        opt("pretitle", a.pretitle, n.get("pretitle")),
        opt("subtitle", a.subtitle, n.get("subtitle")),
        opt("meta_line", a.meta_line, n.get("meta_line")),
        opt("publish_date_meta", a.publish_date_meta),
        opt("source_meta", a.source_meta),
        opt("breadcrumb", a.breadcrumb, n.get("breadcrumb")),
        opt("body", a.body, n.get("body")),
        opt("body_exclude", a.body_exclude, f"images: {n.get('images')}"),
        opt("editors", a.editors, n.get("editors")),
        opt("pager", a.pager, n.get("pager", "no multi-page article seen")),
        opt("source_noise", a.source_noise),
    ])
    if p.lists.written == SCRIPT:
        list_rules = (f"ListRules(\n        # Not <a> markup: read as the walk without a profile reads lists (scripts, list services).\n"
                      f"        # {n.get('lists', '')}\n        written=SCRIPT,\n    )")
        imports = "SCRIPT, ArticleRules, ChannelLevel, ListRules, SiteProfile"
    else:
        list_rules = (f"ListRules(  # {n.get('lists', '')}\n"
                      f"        items={q(p.lists.items)},  # {n.get('lists.items', '')}\n"
                      f"        pager={q(p.lists.pager)},  # {n.get('lists.pager', '')}\n"
                      f"        next_page={q(p.lists.next_page)},\n    )")
        imports = "ArticleRules, ChannelLevel, ListRules, SiteProfile"
    return f'''"""{p.title}: a draft profile written by ``scrapy genprofile {p.name} {draft.start_url}`` ({when}).

Every XPath below was chosen by scoring candidates over the pages of a profile-free walk of
the portal against what the generic code found there; the comment beside each says how it
did.  Read it, fix what scored low, then check it with ``scrapy checkprofile {p.name}``.
"""

from newscrawl.sites.profile import {imports}

PROFILE = SiteProfile(
    name={q(p.name)},
    title={q(p.title)},
    family={q(p.family)},
    base_url={q(p.base_url)},
    home_path={q(p.home_path)},
    levels=(
{levels}    ),
    lists={list_rules},
    article_path={q(p.article_path)},  # {n.get("article_path", "")}
    canonical_rewrites={q(p.canonical_rewrites)},
    article=ArticleRules(
{article}    ),
)
'''
