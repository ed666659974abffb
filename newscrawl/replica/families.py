"""Two more CMS families for the replica: Hanweb JCMS (大汉) and Founder (方正翔宇) portals.

Both render the same content model as the other replicas (:class:`~.site.Replica`, laid out
as city → county → column like the TRS portal, :class:`~.trs.TrsReplica`) under their own
URLs and with their lists written the way those CMSs write them (:mod:`.family_pages`), so a
profile-free crawl can be checked against the truth (issue 13).

Hanweb (``HanwebReplica``, 汾水政务新闻网)::

    /  /index.html                                       home: nav of cities, blocks
    {sub}/col/col{N}/index.html                          city, county and column pages
    {sub}/module/web/jpage/dataproxy.jsp                 the list service (GET or form POST)
    {sub}/art/{Y}/{M}/{D}/art_{N}_{id}.html              an article (N: the listing column)

A column page holds its first records as XML in ``<script type="text/xml">`` (a datastore
with ``<nextgroup>`` naming the list service and its parameters) and no ``<a>`` list at all;
the jpage script fetches the next groups with ``startrecord``/``endrecord``/``perpage``.

Founder (``FounderReplica``, 汾河日报网)::

    /  /node_1.htm                                        home
    {sub}/node_{N}.htm, node_{N}_{k}.htm                  channel pages, list page k ≥ 2
    {sub}/content/{YYYY-MM}/{DD}/content_{id}.htm, …_{n}.htm   article page 1, page n

A column page's list is a JS array of ``{title, url, date}`` objects that a loop writes out,
and its pager is written by ``document.write`` of literal links (下一页, 尾页).

Both portals have: a GBK sub-site with its own home (:data:`~.trs.GBK_CITY`, declared
``gb2312`` in a ``<meta>`` only) that keeps its place as a city of the tree; articles listed
in a second column under that column's URL (reprints within the portal); look-alike pages
listed as if they were stories (a special-topic landing page, a photo gallery, a video page, a
notice that is only an attachment: :data:`LOOKALIKE_KINDS`); articles of one day disallowed by
robots.txt; and an endless calendar (any date answers, 前一天/后一天 links forever).
"""

from __future__ import annotations

import re
import sys
import zlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cached_property
from urllib.parse import parse_qsl, urlsplit

from . import family_pages as fp
from .server import JPEG, ReplicaServer, _Handler
from .site import Article, Image, Replica, truth_row
from .trs import TEST_SCALE, TrsApp, TrsChannel, TrsReplica

__all__ = ["FounderReplica", "FamilyServer", "HanwebReplica", "LOOKALIKE_KINDS", "TEST_SCALE"]

LOOKALIKE_KINDS = ("topic", "gallery", "video", "notice")


@dataclass(eq=False)
class Lookalike:
    """A page listed among a column's stories that is not a news article."""

    id: int
    kind: str  # one of LOOKALIKE_KINDS
    column: TrsChannel
    title: str
    published: datetime
    story: Article  # the story it is about (a gallery of it, a video of it …)
    links: list[Article]  # a topic page's stories


class FamilyReplica(TrsReplica):
    """The TRS replica's tree and content under another CMS's URLs (subclasses say which)."""

    family = "?"
    site_name = "?"
    #: The sub-site's directory (the GBK city has its own home under it).
    SUBSITE_DIR = "/xinzhou"

    def __init__(self, seed: int = 2024, scale: float = 1.0, *, replica: Replica | None = None):
        super().__init__(seed=seed, scale=scale, replica=replica, name=self.site_name)
        self.node_id: dict[TrsChannel, int] = {}
        for k, node in enumerate(self._walk()):
            self.node_id[node] = 1 if node is self.home else 3000 + 17 * k + zlib.crc32(node.dir.encode()) % 11
        self.by_id_node = {v: k for k, v in self.node_id.items()}
        self.lookalikes = self._lookalikes()
        self.lookalike_by_id = {x.id: x for x in self.lookalikes}

    # -- where things live ---------------------------------------------------------------
    def sub(self, node: TrsChannel) -> str:
        """The URL prefix of a node's site: the GBK city is a sub-site with its own home."""
        return self.SUBSITE_DIR if node.encoding == "gbk" else ""

    def subsite_home(self) -> TrsChannel:
        return next(c for c in self.cities if c.encoding == "gbk")

    def is_subsite_home(self, node: TrsChannel) -> bool:
        return node.kind == "city" and node.encoding == "gbk"

    # -- lookalikes ----------------------------------------------------------------------
    def _lookalikes(self) -> list[Lookalike]:
        out = []
        next_id = 8_100_000 + self.replica.seed % 1000 * 10
        k = 0
        for i, col in enumerate(self.columns):
            own = self._primary[col]
            if i % 4 != 1 or not own:
                continue
            kind = LOOKALIKE_KINDS[k % len(LOOKALIKE_KINDS)]
            k += 1
            story = own[len(own) // 2]
            next_id += 7 + i % 5
            title = {
                "topic": f"{col.parent.name}{col.name}专题",
                "gallery": f"图集｜{story.title}",
                "video": f"视频｜{story.title}",
                "notice": f"关于{col.parent.name}{col.name}有关事项的公告",
            }[kind]
            when = story.published + timedelta(minutes=37)
            out.append(Lookalike(next_id, kind, col, title, when, story, own[:4]))
        return out

    def column_entries(self, col: TrsChannel) -> list[tuple[str, Article | Lookalike]]:
        """What a column lists, newest first: (href, story or look-alike)."""
        entries = [(self.listing_href(a, col), a) for a in self.listed(col)]
        entries += [(self.lookalike_path(x), x) for x in self.lookalikes if x.column is col]
        entries.sort(key=lambda e: (e[1].published, e[1].id), reverse=True)
        return entries

    def listing_href(self, a: Article, col: TrsChannel) -> str:
        """The URL a column lists a story under (its own column's URL by default)."""
        return self.article_path(a)

    # -- robots and the calendar ---------------------------------------------------------
    @cached_property
    def disallowed_day(self) -> date:
        """The day whose articles robots.txt disallows (a day with a few main-site stories)."""
        days: dict[date, int] = {}
        for a in self.replica.articles:
            if self.column_of(a).encoding != "gbk":
                days[a.published.date()] = days.get(a.published.date(), 0) + 1
        return sorted(days, key=lambda d: (-days[d], d))[len(days) // 3]

    def robots(self) -> bytes:
        return f"User-agent: *\nDisallow: {self.day_dir(self.disallowed_day)}\n".encode()

    def is_disallowed(self, path: str) -> bool:
        return path.startswith(self.day_dir(self.disallowed_day))

    def day_dir(self, day: date) -> str:
        raise NotImplementedError

    def calendar_path(self, day: date) -> str:
        raise NotImplementedError

    # -- truth -----------------------------------------------------------------------------
    def truth(self, base_url: str, site: str | None = None) -> list[dict]:
        """As :meth:`TrsReplica.truth`, minus the articles robots.txt forbids (never fetched)."""
        base = base_url.rstrip("/")
        site = site or urlsplit(base).netloc
        out = []
        for a in self.replica.articles:
            path = self.article_path(a)
            if self.is_disallowed(path):
                continue
            col = self.column_of(a)
            images = [{"url": base + self.image_path(a, img), "caption": img.caption}
                      for i in sorted(a.images) for img in a.images[i]]
            urls = sorted({base + path} | {base + self.listing_href(a, c) for c in self.columns
                                           if any(x is a for x in self.listed(c))})
            out.append(truth_row(a, site=site, url=base + path, urls=urls, channel=col.names, images=images,
                                 encoding=col.encoding))
        return out

    def disallowed_articles(self) -> list[Article]:
        return [a for a in self.replica.articles if self.is_disallowed(self.article_path(a))]

    def lookalike_urls(self, base_url: str) -> list[str]:
        base = base_url.rstrip("/")
        return [base + self.lookalike_path(x) for x in self.lookalikes]

    def lookalike_path(self, x: Lookalike) -> str:
        raise NotImplementedError

    @cached_property
    def app(self) -> FamilyApp:
        return FamilyApp(self)

    def page(self, path: str, query: dict[str, str]) -> tuple[str, str] | None:
        """(html, encoding) for a path, or None (404).  Subclasses route their URLs."""
        raise NotImplementedError

    def service(self, path: str, params: dict[str, str]) -> tuple[int, str, bytes] | None:
        return None


class HanwebReplica(FamilyReplica):
    """A Hanweb JCMS portal: ``/col/col{N}/index.html`` columns, ``/art/…/art_{N}_{id}.html``."""

    family = "hanweb"
    site_name = "汾水政务新闻网"
    #: Records per list page, and pages per group the datastore and the service hold.
    PER_PAGE = 3
    GROUP_PAGES = 2
    WEBID = 7

    _COL = re.compile(r"^(/xinzhou)?/col/col(\d+)/index\.html$")
    _ART = re.compile(r"^(/xinzhou)?/art/(\d{4})/(\d{1,2})/(\d{1,2})/art_(\d+)_(\d+)\.html$")
    _CAL = re.compile(r"^/col/col(\d+)/index\.html$")

    @property
    def group(self) -> int:
        return self.PER_PAGE * self.GROUP_PAGES

    def unit_id(self, node: TrsChannel) -> int:
        return 40000 + self.node_id[node] * 3

    def node_path(self, node: TrsChannel, n: int = 1) -> str:
        if node is self.home:
            return "/"
        return f"{self.sub(node)}/col/col{self.node_id[node]}/index.html"

    def article_path(self, a: Article, n: int = 1) -> str:
        col = self.column_of(a)
        return self._art(a.published, col, a.id)

    def _art(self, when: datetime, col: TrsChannel, aid: int) -> str:
        return f"{self.sub(col)}/art/{when.year}/{when.month}/{when.day}/art_{self.node_id[col]}_{aid}.html"

    def listing_href(self, a: Article, col: TrsChannel) -> str:
        # Hanweb publishes a referenced story again under the referencing column's number.
        if self.column_of(a) is col or col.encoding != self.column_of(a).encoding:
            return self.article_path(a)
        return self._art(a.published, col, a.id)

    def image_path(self, a: Article, img: Image) -> str:
        return f"{self.sub(self.column_of(a))}/picture/{self.WEBID}/{self.image_name(a, img)}"

    def lookalike_path(self, x: Lookalike) -> str:
        if x.kind == "topic":
            return f"/zt/{x.id}/index.html"
        return self._art(x.published, x.column, x.id)

    def day_dir(self, day: date) -> str:
        return f"/art/{day.year}/{day.month}/{day.day}/"

    @cached_property
    def calendar_node(self) -> int:
        return 2999

    def calendar_path(self, day: date) -> str:
        return f"/col/col{self.calendar_node}/index.html?date={day:%Y-%m-%d}"

    def service_path(self, node: TrsChannel) -> str:
        return f"{self.sub(node)}/module/web/jpage/dataproxy.jsp"

    def page(self, path: str, query: dict[str, str]):
        if path in ("/", "/index.html"):
            return fp.home_page(self), "utf-8"
        if path in (self.SUBSITE_DIR + "/", self.SUBSITE_DIR + "/index.html"):
            node = self.subsite_home()
            return fp.channel_page(self, node, 1), node.encoding
        if path.startswith("/zt/"):
            m = re.match(r"^/zt/(\d+)/index\.html$", path)
            x = self.lookalike_by_id.get(int(m.group(1))) if m else None
            return (fp.lookalike_page(self, x), "utf-8") if x is not None and x.kind == "topic" else None
        if m := self._COL.match(path):
            nid = int(m.group(2))
            if nid == self.calendar_node and not m.group(1):
                return fp.calendar_page(self, query.get("date", "")), "utf-8"
            node = self.by_id_node.get(nid)
            if node is None or node is self.home or (m.group(1) or "") != self.sub(node):
                return None
            if self.is_subsite_home(node):  # the sub-site's home has its own address
                return None
            return fp.channel_page(self, node, 1), node.encoding
        if m := self._ART.match(path):
            return self._article(m, path)
        return None

    def _article(self, m: re.Match, path: str):
        aid, col_id = int(m.group(6)), int(m.group(5))
        a = self.replica.by_id.get(aid)
        if a is not None:
            cols = [c for c in self.columns if self.listing_href(a, c) == path and any(x is a for x in self.listed(c))]
            if path == self.article_path(a) or cols:
                return fp.article_page(self, a), self.column_of(a).encoding
            return None
        x = self.lookalike_by_id.get(aid)
        if x is not None and x.kind != "topic" and path == self.lookalike_path(x):
            return fp.lookalike_page(self, x), x.column.encoding
        return None

    def service(self, path: str, params: dict[str, str]):
        """The jpage list service: records ``startrecord..endrecord`` of column ``columnid``."""
        if not path.endswith("/module/web/jpage/dataproxy.jsp"):
            return None
        try:
            node = self.by_id_node[int(params["columnid"])]
            if int(params["unitid"]) != self.unit_id(node) or node.kind != "column":
                raise ValueError
            start = int(params.get("startrecord") or 1)
            end = int(params.get("endrecord") or start + self.group - 1)
        except (KeyError, ValueError):
            return 200, "text/xml; charset=utf-8", b'<?xml version="1.0" encoding="utf-8"?><datastore></datastore>'
        entries = self.column_entries(node)
        xml = fp.datastore(self, node, entries, max(1, start), min(end, len(entries)), with_nextgroup=False)
        return 200, "text/xml; charset=utf-8", ('<?xml version="1.0" encoding="utf-8"?>' + xml).encode("utf-8")


class FounderReplica(FamilyReplica):
    """A Founder 翔宇 portal: ``node_{N}.htm`` channels, ``content_{id}.htm`` articles."""

    family = "founder"
    site_name = "汾河日报网"
    PAGE_SIZE = 4

    _NODE = re.compile(r"^(/xinzhou)?/node_(\d+)(?:_(\d+))?\.htm$")
    _CONTENT = re.compile(r"^(/xinzhou)?/content/(\d{4}-\d{2})/(\d{2})/content_(\d+)(?:_(\d+))?\.htm$")

    def node_path(self, node: TrsChannel, n: int = 1) -> str:
        if node is self.home:
            return "/"
        suffix = f"_{n}" if n > 1 else ""
        return f"{self.sub(node)}/node_{self.node_id[node]}{suffix}.htm"

    def article_path(self, a: Article, n: int = 1) -> str:
        suffix = f"_{n}" if n > 1 else ""
        sub = self.sub(self.column_of(a))
        return f"{sub}/content/{a.published:%Y-%m}/{a.published:%d}/content_{a.id}{suffix}.htm"

    def image_path(self, a: Article, img: Image) -> str:
        sub = self.sub(self.column_of(a))
        return f"{sub}/images/{a.published:%Y-%m}/{a.published:%d}/{self.image_name(a, img)}"

    def lookalike_path(self, x: Lookalike) -> str:
        if x.kind == "topic":
            return f"/zt/node_{x.id}.htm"
        return f"{self.sub(x.column)}/content/{x.published:%Y-%m}/{x.published:%d}/content_{x.id}.htm"

    def day_dir(self, day: date) -> str:
        return f"/content/{day:%Y-%m}/{day:%d}/"

    def calendar_path(self, day: date) -> str:
        return f"/node_2999.htm?date={day:%Y-%m-%d}"

    def list_pages(self, node: TrsChannel) -> int:
        if node.kind != "column":
            return 1
        return max(1, -(-len(self.column_entries(node)) // self.PAGE_SIZE))

    def page(self, path: str, query: dict[str, str]):
        if path in ("/", "/node_1.htm"):
            return fp.home_page(self), "utf-8"
        if path in (self.SUBSITE_DIR + "/", self.SUBSITE_DIR + "/index.htm"):
            node = self.subsite_home()
            return fp.channel_page(self, node, 1), node.encoding
        if m := re.match(r"^/zt/node_(\d+)\.htm$", path):
            x = self.lookalike_by_id.get(int(m.group(1)))
            return (fp.lookalike_page(self, x), "utf-8") if x is not None and x.kind == "topic" else None
        if m := self._NODE.match(path):
            nid = int(m.group(2))
            if nid == 2999 and not m.group(1) and not m.group(3):
                return fp.calendar_page(self, query.get("date", "")), "utf-8"
            node = self.by_id_node.get(nid)
            n = int(m.group(3)) if m.group(3) else 1
            if node is None or node is self.home or (m.group(1) or "") != self.sub(node) or m.group(3) == "1":
                return None
            if self.is_subsite_home(node) or n > self.list_pages(node):
                return None
            return fp.channel_page(self, node, n), node.encoding
        if m := self._CONTENT.match(path):
            aid = int(m.group(4))
            n = int(m.group(5)) if m.group(5) else 1
            a = self.replica.by_id.get(aid)
            if a is not None and m.group(5) != "1" and n <= len(a.pages) and path == self.article_path(a, n):
                return fp.article_page(self, a, n), self.column_of(a).encoding
            x = self.lookalike_by_id.get(aid)
            if x is not None and x.kind != "topic" and path == self.lookalike_path(x):
                return fp.lookalike_page(self, x), x.column.encoding
        return None


class FamilyApp(TrsApp):
    """``respond(path)`` / ``respond_post(path, body)`` for a :class:`FamilyReplica`."""

    def __init__(self, portal: FamilyReplica):
        super().__init__(portal)
        self.portal = portal

    def _respond(self, path: str) -> tuple[int, str, bytes]:
        parts = urlsplit(path)
        p, query = parts.path, dict(parse_qsl(parts.query))
        if p == "/robots.txt":
            return 200, "text/plain", self.portal.robots()
        if p.endswith((".jpg", ".png", ".gif")):
            return 200, "image/jpeg", JPEG
        if p.endswith(".pdf"):
            return 200, "application/pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
        served = self.portal.service(p, query)
        if served is not None:
            return served
        page = self.portal.page(p, query)
        if page is None:
            return self._not_found()
        return self._html(*page)

    def respond_post(self, path: str, body: bytes) -> tuple[int, str, bytes]:
        parts = urlsplit(path)
        params = dict(parse_qsl(parts.query))
        params.update(parse_qsl(body.decode("utf-8", "replace")))
        served = self.portal.service(parts.path, params)
        return served if served is not None else (405, "text/html", b"<html><body>405</body></html>")


class _FamilyHandler(_Handler):
    def do_POST(self) -> None:  # noqa: N802 (http.server API)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.server.record("POST " + self.path)
        self.send_page(*self.server.app.respond_post(self.path, body))


class FamilyServer(ReplicaServer):
    """:class:`ReplicaServer` serving a :class:`FamilyReplica` (GET pages, POST list service)."""

    handler_class = _FamilyHandler

    def __init__(self, portal: FamilyReplica, host: str = "127.0.0.1", port: int = 0):
        super().__init__(portal.replica, host, port)
        self.portal = portal
        self.app = portal.app
        self._httpd.app = self.app


FAMILIES = {"hanweb": HanwebReplica, "founder": FounderReplica}


def main(argv: list[str] | None = None) -> int:
    """``python -m newscrawl.replica.families hanweb|founder [--port N] [--seed S] [--scale X]``."""
    from .__main__ import serve_cli

    argv = list(sys.argv[1:] if argv is None else argv)
    family = argv.pop(0) if argv and argv[0] in FAMILIES else "hanweb"

    def build(seed: int, scale: float):
        portal = FAMILIES[family](seed=seed, scale=scale)
        return portal, lambda host, port: FamilyServer(portal, host, port)

    return serve_cli(argv, prog=f"python -m newscrawl.replica.families {family}", default_port=8002, build=build,
                     label=lambda p: f"{p.name} ({p.family} replica, {len(p.replica.articles)} articles)")


if __name__ == "__main__":
    sys.exit(main())
