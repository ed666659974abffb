"""A second replica portal in the TRS WCM CMS family: 汾岚新闻网 (an invented portal).

It renders the same content model as the people-CMS replica (:class:`~.site.Replica`: its
cities, counties, columns, articles and listings) under another CMS's URLs and templates
(:mod:`.trs_pages`), so that a profile-free crawl can be checked against a second, different
portal (issue 5).  Channel names are the plain place names (吕梁 > 兴县 > 社会传真, no 地市频道
level, no 频道/今日 decorations), as its breadcrumbs print them.

URL space (research/portals.md §3)::

    /  (also /index.htm)                              home: nav, headlines, city blocks
    /{city}/  /{city}/index.htm                       city page (county blocks)
    /{city}/{county}/  …/index.htm                    county page (column blocks)
    /{city}/{county}/{col}/index.htm, index_1.htm …   column list, page 1, 2, …
    /{city}/{county}/{col}/{YYYYMM}/t{YYYYMMDD}_{id}.htm, …_{id}_1.htm   article page 1, 2, …
    /{city}/{county}/{col}/{YYYYMM}/W0{YYYYMMDD}{12 digits}.jpg          article images
    /wqhg/{YYYYMMDD}.htm                              往期回顾: one day's stories (bounded)
    /was5/web/search?channelid=…&searchword=…&page=N  search results (robots.txt disallows)

Slugs are pinyin for the known names and a CRC-based code for any other, so they are the same
for every seed.  One city (:data:`GBK_CITY`) is published in GBK declared only by a gb2312
``<meta>``; every other page is UTF-8 (``<meta charset>`` and the header).

    python -m newscrawl.replica.trs --port 8001 [--seed S] [--scale X] [--truth FILE]
"""

from __future__ import annotations

import re
import sys
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from urllib.parse import parse_qs, urlsplit

from . import trs_pages
from .server import JPEG, ReplicaApp, ReplicaServer, _Handler
from .site import Article, Channel, Image, Replica, truth_row

SITE_NAME = "汾岚新闻网"
#: The city whose subtree is GBK (gb2312 in the meta, no charset in the header).
GBK_CITY = "忻州"
#: Short list pages (county columns are short), so even a test-scale portal has 3-page lists.
LIST_PAGE_SIZE = 5
#: A scale at which the portal has ≥ 150 articles and crawls in seconds (for tests).
TEST_SCALE = 0.25
ROBOTS = b"User-agent: *\nDisallow: /was5/\n"

CITY_SLUGS = {
    "太原": "taiyuan", "大同": "datong", "阳泉": "yangquan", "长治": "changzhi", "晋城": "jincheng",
    "朔州": "shuozhou", "晋中": "jinzhong", "运城": "yuncheng", "忻州": "xinzhou", "临汾": "linfen",
    "吕梁": "lvliang",
}
COUNTY_SLUGS = {
    "小店区": "xiaodian", "清徐县": "qingxu", "古交市": "gujiao", "平城区": "pingcheng", "灵丘县": "lingqiu",
    "浑源县": "hunyuan", "平定县": "pingding", "盂县": "yuxian", "郊区": "jiaoqu", "潞州区": "luzhou",
    "襄垣县": "xiangyuan", "沁县": "qinxian", "泽州县": "zezhou", "高平市": "gaoping", "阳城县": "yangcheng",
    "朔城区": "shuocheng", "应县": "yingxian", "怀仁市": "huairen", "榆次区": "yuci", "平遥县": "pingyao",
    "介休市": "jiexiu", "盐湖区": "yanhu", "永济市": "yongji", "芮城县": "ruicheng", "忻府区": "xinfu",
    "五台县": "wutai", "原平市": "yuanping", "尧都区": "yaodu", "洪洞县": "hongtong", "霍州市": "huozhou",
    "离石区": "lishi", "孝义市": "xiaoyi", "汾阳市": "fenyang", "文水县": "wenshui", "交城县": "jiaocheng",
    "兴县": "xingxian", "临县": "linxian", "柳林县": "liulin", "石楼县": "shilou", "岚县": "lanxian",
    "方山县": "fangshan", "中阳县": "zhongyang", "交口县": "jiaokou",
}
COLUMN_SLUGS = {
    "社会传真": "shcz", "政务动态": "zwdt", "乡村振兴": "xczx", "经济发展": "jjfz",
    "文化旅游": "whly", "民生关注": "msgz", "教育卫生": "jyws", "图片新闻": "tpxw",
}

_CHANNEL = re.compile(r"^/((?:[a-z0-9]+/){1,3})(?:index(?:_(\d+))?\.htm)?$")
_ARTICLE = re.compile(r"^/((?:[a-z0-9]+/){3})(\d{6})/t(\d{8})_(\d+)(?:_(\d+))?\.htm$")
_ARCHIVE = re.compile(r"^/wqhg/(\d{8})\.htm$")


def slug(name: str, table: dict[str, str]) -> str:
    """Pinyin from the table; for a name it lacks, a stable CRC code (never Python's hash())."""
    return table.get(name) or "n" + format(zlib.crc32(name.encode("utf-8")), "08x")[:6]


@dataclass(eq=False)
class TrsChannel:
    """A channel of the TRS portal: a directory (``dir`` ends in ``/``) with a name."""

    name: str
    kind: str  # "home" | "city" | "county" | "column"
    slug: str
    encoding: str
    parent: TrsChannel | None = None
    source: Channel | None = None  # the content model's channel it renders
    children: list[TrsChannel] = field(default_factory=list)

    @cached_property
    def dir(self) -> str:
        return "/" if self.parent is None else f"{self.parent.dir}{self.slug}/"

    @cached_property
    def lineage(self) -> tuple[TrsChannel, ...]:
        return (self,) if self.parent is None else (*self.parent.lineage, self)

    @property
    def depth(self) -> int:
        return len(self.lineage) - 1

    @property
    def names(self) -> list[str]:
        """The channel path below the home page, as the breadcrumb prints it."""
        return [c.name for c in self.lineage[1:]]


class TrsReplica:
    """汾岚新闻网: the :class:`Replica` content (``.replica``) published by a TRS WCM site.

    >>> trs = TrsReplica(seed=3, scale=TEST_SCALE)          # doctest: +SKIP
    >>> with TrsServer(trs) as srv: trs.truth(srv.url)       # doctest: +SKIP
    """

    SEARCH_PAGE_SIZE = 10

    def __init__(self, seed: int = 2024, scale: float = 1.0, *, day: int = 0,
                 replica: Replica | None = None, name: str = SITE_NAME):
        """Build the model (or take ``replica``) and lay its tree out as TRS directories."""
        self.replica = replica if replica is not None else Replica(seed=seed, scale=scale, day=day)
        self.name = name
        self.home = TrsChannel(name, "home", "", "utf-8")
        self.cities: list[TrsChannel] = []
        self.columns: list[TrsChannel] = []
        self._of: dict[Channel, TrsChannel] = {}
        self._build_tree()
        self.by_dir = {c.dir: c for c in self._walk()}
        if len(self.by_dir) != len(list(self._walk())):
            raise ValueError("two channels share a directory: extend the slug tables")
        self._primary = {col: [lst.article for lst in col.source.listings if lst.article.column is col.source]
                         for col in self.columns}

    # -- tree ---------------------------------------------------------------------------
    def _build_tree(self) -> None:
        """City (吕梁) → county (兴县, from the columns' county) → column, as the model has them."""
        for city_ch in self.replica.dishi.children:
            cname = city_ch.name.removesuffix("频道")
            enc = "gbk" if cname == GBK_CITY else "utf-8"
            city = self._child(self.home, cname, "city", slug(cname, CITY_SLUGS), enc, city_ch)
            self.cities.append(city)
            for county_ch in city_ch.children:
                kname = county_ch.children[0].county  # type: ignore[attr-defined]
                county = self._child(city, kname, "county", slug(kname, COUNTY_SLUGS), enc, county_ch)
                for col_ch in county_ch.children:
                    self.columns.append(self._child(county, col_ch.name, "column",
                                                    slug(col_ch.name, COLUMN_SLUGS), enc, col_ch))

    def _child(self, parent: TrsChannel, name: str, kind: str, s: str, enc: str, src: Channel) -> TrsChannel:
        ch = TrsChannel(name, kind, s, enc, parent, src)
        parent.children.append(ch)
        self._of[src] = ch
        return ch

    def _walk(self):
        stack = [self.home]
        while stack:
            c = stack.pop()
            yield c
            stack.extend(reversed(c.children))

    # -- paths --------------------------------------------------------------------------
    def column_of(self, a: Article) -> TrsChannel:
        """The article's own column (the one its breadcrumb and URL name)."""
        return self._of[a.column]

    def article_path(self, a: Article, n: int = 1) -> str:
        """``/{city}/{county}/{col}/YYYYMM/tYYYYMMDD_{id}.htm``; page n ≥ 2 adds ``_{n-1}``."""
        suffix = "" if n == 1 else f"_{n - 1}"
        return f"{self.column_of(a).dir}{a.published:%Y%m}/t{a.published:%Y%m%d}_{a.id}{suffix}.htm"

    def image_name(self, a: Article, img: Image) -> str:
        """``W0{YYYYMMDD}{12 digits}.jpg``, the name TRS gives an uploaded picture."""
        index = [i for k in sorted(a.images) for i in a.images[k]].index(img)
        return f"W0{a.published:%Y%m%d}{trs_pages.image_code(img, index)}.jpg"

    def image_path(self, a: Article, img: Image) -> str:
        return self.article_path(a).rsplit("/", 1)[0] + "/" + self.image_name(a, img)

    def list_path(self, node: TrsChannel, n: int = 1) -> str:
        """List page n of a channel: ``index.htm``, then ``index_1.htm`` for the second page."""
        return node.dir + ("index.htm" if n == 1 else f"index_{n - 1}.htm")

    @staticmethod
    def archive_path(day: date) -> str:
        return f"/wqhg/{day:%Y%m%d}.htm"

    def search_path(self, word: str, page: int = 1) -> str:
        tail = f"&page={page}" if page > 1 else ""
        return f"/was5/web/search?channelid={trs_pages.SEARCH_CHANNEL_ID}&searchword={trs_pages.quote_word(word)}{tail}"

    # -- listings -----------------------------------------------------------------------
    def listed(self, col: TrsChannel) -> list[Article]:
        """Everything the column lists, newest first (its own stories and ones it borrows)."""
        return [lst.article for lst in col.source.listings]

    def list_pages(self, node: TrsChannel) -> int:
        if node.kind != "column":
            return 1
        return max(1, -(-len(self.listed(node)) // LIST_PAGE_SIZE))

    def list_slice(self, col: TrsChannel, page: int) -> list[Article]:
        start = (page - 1) * LIST_PAGE_SIZE
        return self.listed(col)[start:start + LIST_PAGE_SIZE]

    def recent(self, node: TrsChannel, n: int) -> list[Article]:
        """The newest ``n`` stories of a subtree (for headline blocks)."""
        found = [a for col in self.columns if node in col.lineage for a in self._primary[col]]
        found.sort(key=lambda a: (a.published, a.id), reverse=True)
        return found[:n]

    def neighbours(self, a: Article) -> tuple[Article | None, Article | None]:
        """The next newer and next older story of the same column (上一篇, 下一篇)."""
        own = self._primary[self.column_of(a)]
        i = own.index(a)
        return (own[i - 1] if i > 0 else None, own[i + 1] if i + 1 < len(own) else None)

    def related(self, a: Article, n: int = 5) -> list[Article]:
        """相关新闻: the model's related stories, then column neighbours, without the story itself."""
        out = [self.replica.by_id[r] for r in a.related]
        for other in self._primary[self.column_of(a)]:
            if len(out) >= n:
                break
            if other is not a and other not in out:
                out.append(other)
        return out[:n]

    @cached_property
    def first_day(self) -> date:
        return min(a.published for a in self.replica.articles).date()

    @cached_property
    def last_day(self) -> date:
        return max(a.published for a in self.replica.articles).date()

    def published_on(self, day: date) -> list[Article]:
        return sorted((a for a in self.replica.articles if a.published.date() == day),
                      key=lambda a: (a.published, a.id), reverse=True)

    def hot_words(self) -> list[str]:
        """热点搜索 on the home page: a few column and county names."""
        return ["乡村振兴", "文化旅游", self.columns[0].parent.name, "民生"]

    def search(self, word: str) -> list[Article]:
        """Stories whose title or lead paragraph contains ``word``, newest first."""
        if not word:
            return []
        hits = [a for a in self.replica.articles if word in a.title or word in a.paragraphs[0]]
        return sorted(hits, key=lambda a: (a.published, a.id), reverse=True)

    # -- what tests compare -----------------------------------------------------------
    def truth(self, base_url: str, site: str | None = None) -> list[dict]:
        """What a correct crawl emits per article: the keys of :meth:`Replica.truth`.

        ``site`` defaults to the host:port of ``base_url`` (a profile-free crawl's site);
        ``channel`` is the breadcrumb below 首页, e.g. ``["吕梁", "兴县", "社会传真"]``;
        ``encoding`` is this portal's (``gbk`` for :data:`GBK_CITY`, else ``utf-8``).
        """
        base = base_url.rstrip("/")
        site = site or urlsplit(base).netloc
        out = []
        for a in self.replica.articles:
            url = base + self.article_path(a)
            col = self.column_of(a)
            images = [{"url": base + self.image_path(a, img), "caption": img.caption}
                      for i in sorted(a.images) for img in a.images[i]]
            out.append(truth_row(a, site=site, url=url, urls=[url], channel=col.names, images=images,
                                 encoding=col.encoding))
        return out

    def list_urls(self, base_url: str) -> list[str]:
        """Every channel and list page of the tree, in every form pages link to it.

        The home page (``/``; ``/index.htm`` is served but never linked), city and county
        pages (directory and ``index.htm``), column lists (directory, ``index.htm``,
        ``index_1.htm`` …).
        """
        base = base_url.rstrip("/")
        urls = []
        for node in self._walk():
            urls.append(base + node.dir)
            if node is not self.home:
                urls.extend(base + self.list_path(node, n) for n in range(1, self.list_pages(node) + 1))
        return urls

    def other_urls(self, base_url: str) -> list[str]:
        """Pages outside the tree that are not articles either: 往期回顾 days, linked searches."""
        base = base_url.rstrip("/")
        days = (self.last_day - self.first_day).days + 1
        urls = [base + self.archive_path(date.fromordinal(self.first_day.toordinal() + k)) for k in range(days)]
        words = [*self.hot_words(), *(c.name for c in self.columns)]
        for w in dict.fromkeys(words):
            pages = max(1, -(-len(self.search(w)) // self.SEARCH_PAGE_SIZE))
            urls.extend(base + self.search_path(w, p) for p in range(1, pages + 1))
        return urls

    def article_urls(self, base_url: str) -> list[str]:
        """Every article page, page 2+ of multi-page stories included."""
        base = base_url.rstrip("/")
        return [base + self.article_path(a, n) for a in self.replica.articles for n in range(1, len(a.pages) + 1)]

    @cached_property
    def app(self) -> TrsApp:
        return TrsApp(self)


class TrsApp(ReplicaApp):
    """``respond(path) -> (status, content type, body)`` for a :class:`TrsReplica`."""

    def __init__(self, trs: TrsReplica):
        super().__init__(trs.replica)
        self.trs = trs

    def _respond(self, path: str) -> tuple[int, str, bytes]:
        """Route a request path (query string kept for the search page) to its page."""
        trs = self.trs
        parts = urlsplit(path)
        p = parts.path
        if p == "/robots.txt":
            return 200, "text/plain", ROBOTS
        if p.endswith((".jpg", ".png", ".gif")):
            return 200, "image/jpeg", JPEG
        if p in ("/", "/index.htm"):
            return self._html(trs_pages.home_page(trs), "utf-8")
        if p == "/was5/web/search":
            return self._search(parts.query)
        if m := _ARCHIVE.match(p):
            return self._archive(m.group(1))
        if m := _CHANNEL.match(p):
            node = trs.by_dir.get("/" + m.group(1))
            n = int(m.group(2)) + 1 if m.group(2) is not None else 1
            if node is not None and (m.group(2) != "0") and n <= trs.list_pages(node):
                return self._html(trs_pages.channel_page(trs, node, n), node.encoding)
        if m := _ARTICLE.match(p):
            return self._article(m)
        return self._not_found()

    def _article(self, m: re.Match) -> tuple[int, str, bytes]:
        """An article page only at its exact URL: its column, month, date, page number."""
        trs = self.trs
        a = trs.replica.by_id.get(int(m.group(4)))
        n = int(m.group(5)) + 1 if m.group(5) is not None else 1
        if a is None or m.group(5) == "0" or n > len(a.pages) or m.group(0) != trs.article_path(a, n):
            return self._not_found()
        return self._html(trs_pages.article_page(trs, a, n), trs.column_of(a).encoding)

    def _archive(self, stamp: str) -> tuple[int, str, bytes]:
        trs = self.trs
        try:
            day = datetime.strptime(stamp, "%Y%m%d").date()
        except ValueError:
            return self._not_found()
        if not trs.first_day <= day <= trs.last_day:
            return self._not_found()
        return self._html(trs_pages.archive_page(trs, day), "utf-8")

    def _search(self, query: str) -> tuple[int, str, bytes]:
        q = parse_qs(query)
        word = q.get("searchword", [""])[0]
        try:
            page = max(1, int(q.get("page", ["1"])[0]))
        except ValueError:
            page = 1
        return self._html(trs_pages.search_page(self.trs, word, page), "utf-8")

    @staticmethod
    def _html(html: str, encoding: str) -> tuple[int, str, bytes]:
        body, ctype = trs_pages.encode_page(html, encoding)
        return 200, ctype, body

    @staticmethod
    def _not_found() -> tuple[int, str, bytes]:
        return 404, "text/html", trs_pages.not_found_page().encode("ascii")


class _TrsHandler(_Handler):
    """The replica's handler with TCP_NODELAY: on a kept-alive connection Nagle's algorithm
    holds the body back until the client's delayed ACK of the headers (~40 ms a request)."""

    disable_nagle_algorithm = True


class TrsServer(ReplicaServer):
    """:class:`ReplicaServer` serving a :class:`TrsReplica` (same thread, request log)."""

    handler_class = _TrsHandler

    def __init__(self, trs: TrsReplica, host: str = "127.0.0.1", port: int = 0):
        super().__init__(trs.replica, host, port)
        self.publish(trs)

    def publish(self, trs: TrsReplica | Replica) -> None:  # type: ignore[override]
        """Serve another state of the portal (a :class:`TrsReplica`, or a model to wrap)."""
        if isinstance(trs, Replica):
            trs = TrsReplica(replica=trs, name=self.trs.name if hasattr(self, "trs") else SITE_NAME)
        self.trs = trs
        self.replica = trs.replica
        self.app = trs.app
        self._httpd.app = self.app


def main(argv: list[str] | None = None) -> int:
    """Serve 汾岚新闻网 on loopback, or write its truth as JSON lines."""
    from .__main__ import serve_cli

    def build(seed: int, scale: float):
        trs = TrsReplica(seed=seed, scale=scale)
        return trs, lambda host, port: TrsServer(trs, host, port)

    return serve_cli(argv, prog="python -m newscrawl.replica.trs", default_port=8001, build=build,
                     label=lambda t: f"{t.name} (TRS replica, {len(t.replica.articles)} articles)")


if __name__ == "__main__":
    sys.exit(main())
