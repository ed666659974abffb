"""The replica portal's content: a deterministic model of 山西新闻网's regional channels.

:class:`Replica` builds, from a seed, the whole channel tree (地市频道 → 11 city channels →
county channels → columns), node ids, articles (text from :mod:`.corpus`, plus the real seed
article), listings, images and page splits.  It knows the truth a crawl must reproduce
(:meth:`Replica.truth`); :mod:`.pages` turns it into HTML and :mod:`.server` serves it.

Two replicas with different seeds differ in node ids, article ids, text and counts, which is
how the tests prove the site profile describes the portal by structure, not by ids.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cached_property

from . import corpus, seed_article

#: Prefecture-level cities of Shanxi and the county-level units the replica gives a channel.
#: 吕梁 carries all 13 of its units (the seed's 兴县 among them); the others a sample of three.
CITIES: dict[str, tuple[str, ...]] = {
    "太原": ("小店区", "清徐县", "古交市"),
    "大同": ("平城区", "灵丘县", "浑源县"),
    "阳泉": ("平定县", "盂县", "郊区"),
    "长治": ("潞州区", "襄垣县", "沁县"),
    "晋城": ("泽州县", "高平市", "阳城县"),
    "朔州": ("朔城区", "应县", "怀仁市"),
    "晋中": ("榆次区", "平遥县", "介休市"),
    "运城": ("盐湖区", "永济市", "芮城县"),
    "忻州": ("忻府区", "五台县", "原平市"),
    "临汾": ("尧都区", "洪洞县", "霍州市"),
    "吕梁": (
        "离石区", "孝义市", "汾阳市", "文水县", "交城县", "兴县", "临县",
        "柳林县", "石楼县", "岚县", "方山县", "中阳县", "交口县",
    ),
}
COLUMNS = ("社会传真", "政务动态", "乡村振兴", "经济发展", "文化旅游", "民生关注", "教育卫生", "图片新闻")
#: Top-level sections in the home page's navigation; only 地市频道 belongs to the walked tree.
OTHER_SECTIONS = ("山西要闻", "国内新闻", "国际新闻", "融媒·专题")
#: The city whose whole subtree is published in UTF-8 (provincial people.com.cn channels are).
UTF8_CITY = "晋中"
SEED_COUNTY, SEED_COLUMN = "兴县", "社会传真"
LIST_PAGE_SIZE = 20
SOURCES_WITH_PRINT_EDITION = ("山西日报", "吕梁日报")


def county_channel_name(county: str) -> str:
    """今日兴县, 今日离石, 今日孝义: the county channel is named after the short county name."""
    short = county[:-1] if county[-1] in "区市县" else county
    return "今日" + (short if len(short) >= 2 else county)


@dataclass(eq=False)
class Channel:
    node: int
    name: str
    kind: str  # "home" | "section" | "city" | "county" | "column"
    parent: Channel | None = None
    children: list[Channel] = field(default_factory=list)
    #: Articles listed on this column (primary and secondary listings), newest first.
    listings: list[Listing] = field(default_factory=list)
    encoding: str = "gbk"

    @cached_property
    def path(self) -> tuple[str, ...]:
        """Names from below the site root down to this channel (the Article's ``channel``)."""
        if self.parent is None or self.kind in ("home",):
            return ()
        return (*self.parent.path, self.name)

    @cached_property
    def lineage(self) -> tuple[Channel, ...]:
        if self.parent is None:
            return (self,)
        return (*self.parent.lineage, self)

    def list_pages(self) -> int:
        return max(1, -(-len(self.listings) // LIST_PAGE_SIZE))


@dataclass(eq=False)
class Image:
    path: str  # site-relative, /NMediaFile/…
    caption: str | None
    credit: str | None = None  # right-aligned 新华社发-style line under the caption


@dataclass(eq=False)
class Article:
    id: int
    column: Channel
    published: datetime  # China Standard Time, naive as printed on the page
    title: str
    pretitle: str | None
    subtitle: str | None
    paragraphs: list[str]  # the clean body, headings included, no bylines
    headings: set[int]
    source: str
    reporters: list[str]
    editors: list[str]
    images: dict[int, list[Image]]  # paragraph index → images placed before that paragraph
    reporter_style: str  # "trailing" | "leading" | "none"
    continuation: tuple[int, int] | None  # (paragraph index, page number of 下转N版)
    pages: list[tuple[int, int]]  # paragraph ranges [start, end) of pages 1..n
    spacers: bool  # empty <p>　</p> between paragraphs, as on the seed page
    qr_prompt: bool  # a 扫一扫 QR block at the end of the body
    related: list[int]  # ids of 相关新闻 links at the end of the body
    original_title: str | None  # div.title_o for reprints
    also_in: list[Channel] = field(default_factory=list)
    #: Lines another portal wraps around a story it reprints (来源, 记者, 责任编辑, 转载 notes):
    #: printed in the body, boilerplate to the crawler, so not part of ``paragraphs``.
    reprint_head: list[str] = field(default_factory=list)
    reprint_tail: list[str] = field(default_factory=list)

    @property
    def encoding(self) -> str:
        return self.column.encoding

    def path(self, n: int = 1, *, gateway: str = "GB", node: int | None = None) -> str:
        suffix = "" if n == 1 else f"-{n}"
        return f"/{gateway}/{node or self.column.node}/{self.id}{suffix}.html"


@dataclass(eq=False)
class Listing:
    article: Article
    href: str  # what the list page links to (GB primary URL, a BIG5 URL, or another node's URL)


def truth_row(a: Article, *, site: str, url: str, urls: list[str], channel: list[str],
              images: list[dict], encoding: str) -> dict:
    """What a correct crawl emits for one article; each replica supplies its own URLs and names.

    ``urls``: every URL the article is listed under (a second column may use its own node).
    """
    return {
        "id": f"{site}:{a.id}",
        "url": url,
        "urls": urls,
        "channel": channel,
        "title": a.title.replace("\u00a0", " "),
        "pretitle": a.pretitle,
        "subtitle": a.subtitle,
        "published_at": a.published.strftime("%Y-%m-%dT%H:%M:00+08:00"),
        "source": a.source,
        "authors": list(a.reporters),
        "editors": list(a.editors),
        "body": "\n".join(a.paragraphs),
        "images": images,
        "pages": len(a.pages),
        "encoding": encoding,
    }


class Replica:
    """A deterministic 山西新闻网 with ``scale``×~600 articles; ``seed`` varies everything."""

    def __init__(self, seed: int = 2024, scale: float = 1.0, *, with_seed_article: bool = True, day: int = 0,
                 reprints_of: Replica | None = None, reprint_share: float = 0.25):
        """``day`` N: the site as it stands N days later (new articles each day, one edited).
        ``reprints_of``: this portal reprints ``reprint_share`` of that replica's articles, wrapped
        in its own 来源/记者/责任编辑/转载 lines, pictures left out, each edited one of the
        :attr:`REPRINT_EDITS` ways in turn (traditional characters, closing paragraph dropped, a
        sentence added, the place before the title and first sentence)."""
        self.seed = seed
        self.scale = scale
        self.day = day
        self.edited: list[int] = []  # ids of articles edited by day N
        self.reprint_of: dict[int, int] = {}  # own id → the original's id
        self.reprint_edit: dict[int, str] = {}  # own id → what the reprint changed (REPRINT_EDITS)
        self._reprinting = reprints_of is not None
        rng = random.Random(seed)
        self._rng = rng
        self._used_nodes: set[int] = set()
        self.home = Channel(node=0, name="山西新闻网", kind="home")
        self.sections: list[Channel] = []
        self.by_node: dict[int, Channel] = {}
        self._build_tree(rng)
        self.articles: list[Article] = []
        self._build_articles(rng, with_seed_article)
        if reprints_of is not None:
            self._reprint(random.Random(seed * 31 + 5), reprints_of, reprint_share)
        self.by_id = {a.id: a for a in self.articles}
        self._build_listings(rng)
        for d in range(1, day + 1):
            self._publish_day(d)

    # -- tree ---------------------------------------------------------------------------
    def _node(self, rng: random.Random) -> int:
        while True:
            node = rng.randint(314000, 349999)
            if node not in self._used_nodes:
                self._used_nodes.add(node)
                return node

    def _add(self, ch: Channel) -> Channel:
        self.by_node[ch.node] = ch
        if ch.parent is not None:
            ch.parent.children.append(ch)
        return ch

    def _build_tree(self, rng: random.Random) -> None:
        for name in ("山西要闻", "地市频道", "国内新闻", "国际新闻", "融媒·专题"):
            self.sections.append(self._add(Channel(self._node(rng), name, "section", self.home)))
        self.dishi = next(s for s in self.sections if s.name == "地市频道")
        self.columns: list[Channel] = []
        for city, counties in CITIES.items():
            enc = "utf-8" if city == UTF8_CITY else "gbk"
            c = self._add(Channel(self._node(rng), city + "频道", "city", self.dishi, encoding=enc))
            for county in counties:
                k = self._add(Channel(self._node(rng), county_channel_name(county), "county", c, encoding=enc))
                k_county = county  # remembered for text generation
                n_cols = 3 if city == "吕梁" else 2
                names = rng.sample(COLUMNS, n_cols)
                if county == SEED_COUNTY and SEED_COLUMN not in names:
                    names[0] = SEED_COLUMN
                for name in names:
                    col = self._add(Channel(self._node(rng), name, "column", k, encoding=enc))
                    col.county = k_county  # type: ignore[attr-defined]
                    col.city = city  # type: ignore[attr-defined]
                    self.columns.append(col)

    # -- articles -----------------------------------------------------------------------
    def _build_articles(self, rng: random.Random, with_seed_article: bool) -> None:
        # How many articles each column publishes: most a handful, some long enough to
        # paginate (20 per list page), the seed's column the longest.
        counts: dict[Channel, int] = {}
        for col in self.columns:
            big = rng.random() < 0.12
            n = rng.randint(22, 48) if big else rng.randint(2, 6)
            counts[col] = max(1, round(n * self.scale))
        seed_col = next(c for c in self.columns if c.county == SEED_COUNTY and c.name == SEED_COLUMN)  # type: ignore[attr-defined]
        counts[seed_col] = max(counts[seed_col], round(44 * self.scale))

        slots = [col for col, n in counts.items() for _ in range(n)]
        rng.shuffle(slots)
        # Published between 2 January and 30 April 2024, in office hours of a newsroom
        # (print-edition pieces go online from 06:20; nothing after 22:00).
        first_day = datetime(2024, 1, 2)
        times = sorted(
            first_day + timedelta(days=rng.randrange(120), minutes=rng.randrange(6 * 60 + 20, 22 * 60))
            for _ in slots
        )
        seed_at = datetime.strptime(seed_article.PUBLISHED, "%Y年%m月%d日%H:%M")
        # Ids come from their own stream so that they (and the URLs in the scrapy check
        # contracts) do not move when the text corpus changes how much randomness it uses.
        ids = random.Random(self.seed * 7919 + 17)
        # A reprinting portal numbers its articles in its own, disjoint range.
        next_id = ids.randint(9_400_000, 9_700_000) + (10_000_000 if self._reprinting else 0)
        seed_placed = not with_seed_article
        for col, when in zip(slots, times):
            if not seed_placed and when >= seed_at:
                next_id += ids.randint(3, 40)
                self.articles.append(self._seed(seed_col, next_id, seed_at))
                seed_placed = True
            next_id += ids.randint(3, 40)
            self.articles.append(self._generated(rng, col, next_id, when))
        if not seed_placed:
            self.articles.append(self._seed(seed_col, next_id + 7, seed_at))

    def _generated(self, rng: random.Random, col: Channel, aid: int, when: datetime) -> Article:
        text = corpus.compose_article(rng, city=col.city, county=col.county, column=col.name)  # type: ignore[attr-defined]
        paragraphs = list(text.paragraphs)
        n = len(paragraphs)
        editors = self._distinct_names(rng, rng.choice((1, 2, 2))) if rng.random() < 0.92 else []
        images: dict[int, list[Image]] = {}
        day = when.strftime("%Y/%m%d")
        for i, caption in enumerate(text.captions):
            at = min(n - 1, i * max(1, n // max(1, len(text.captions))))
            name = f"/NMediaFile/{day}/MAIN{int(when.timestamp())}{rng.randint(100, 999)}{i}.jpg"
            credit = "新华社发" if text.source == "新华网" and rng.random() < 0.5 else None
            images.setdefault(at, []).append(Image(name, caption if rng.random() < 0.9 else None, credit))
        if not text.captions and text.kind == "report" and rng.random() < 0.3:
            images[0] = [Image(f"/NMediaFile/{day}/MAIN{int(when.timestamp())}{rng.randint(100, 999)}.jpg", None)]
        if text.reporters:
            style = "leading" if rng.random() < 0.3 else "trailing"
        else:
            style = "none"
        continuation = None
        if text.source in SOURCES_WITH_PRINT_EDITION and n >= 4 and rng.random() < 0.3:
            continuation = (rng.randint(1, n - 2), rng.randint(2, 8))
        if text.kind == "feature" and n >= 10:
            k = rng.choice((2, 2, 3))
            cuts = sorted(rng.sample(range(3, n - 2), k - 1))
            bounds = [0, *cuts, n]
            pages = [(bounds[i], bounds[i + 1]) for i in range(k)]
        else:
            pages = [(0, n)]
        reprint = text.source in ("人民网", "新华网") and rng.random() < 0.6
        return Article(
            id=aid, column=col, published=when, title=text.title, pretitle=text.pretitle,
            subtitle=text.subtitle, paragraphs=paragraphs, headings=set(text.headings),
            source=text.source, reporters=list(text.reporters), editors=editors, images=images,
            reporter_style=style, continuation=continuation, pages=pages,
            spacers=rng.random() < 0.5, qr_prompt=rng.random() < 0.15, related=[],
            original_title=(text.title + "（组图）") if reprint else None,
        )

    @staticmethod
    def _distinct_names(rng: random.Random, n: int) -> list[str]:
        names: list[str] = []
        while len(names) < n:
            name = corpus.person_name(rng)
            if name not in names:
                names.append(name)
        return names

    def _seed(self, col: Channel, aid: int, when: datetime) -> Article:
        s = seed_article
        paragraphs = [p.replace(s.REPORTER_LINE, "").replace(" " + s.CONTINUATION_MARK, "") for p in s.PARAGRAPHS]
        mark_at = next(i for i, p in enumerate(s.PARAGRAPHS) if s.CONTINUATION_MARK in p)
        return Article(
            id=aid, column=col, published=when, title=s.TITLE, pretitle=None, subtitle=s.SUBTITLE,
            paragraphs=paragraphs, headings=set(s.HEADINGS), source=s.SOURCE, reporters=["李亚芝"],
            editors=list(s.EDITORS), images={}, reporter_style="trailing",
            continuation=(mark_at, 4), pages=[(0, len(paragraphs))], spacers=True, qr_prompt=False,
            related=[], original_title=None,
        )

    #: What a reprinting portal does to the stories it takes, in turn (issue 10's edit kinds;
    #: pictures are always left out, header and footer lines always added).
    REPRINT_EDITS = ("traditional script", "closing paragraph dropped", "sentence added", "place before the title")

    def _reprint(self, rng: random.Random, original: Replica, share: float) -> None:
        from .gateway import to_gateway_big5

        pool = [a for a in original.articles]
        for art in self.articles:
            if rng.random() >= share or not pool:
                continue
            src = pool.pop(rng.randrange(len(pool)))
            edit = self.REPRINT_EDITS[len(self.reprint_of) % len(self.REPRINT_EDITS)]
            self.reprint_of[art.id] = src.id
            self.reprint_edit[art.id] = edit
            script = to_gateway_big5 if edit == "traditional script" else (lambda t: t)
            paragraphs, headings, title = list(src.paragraphs), set(src.headings), src.title
            if edit == "closing paragraph dropped" and len(paragraphs) >= 2:
                paragraphs.pop()
                headings.discard(len(paragraphs))
            elif edit == "sentence added":
                at = rng.randrange(len(paragraphs))
                paragraphs[at] += rng.choice(corpus.REPRINT_ADDITIONS)
            elif edit == "place before the title":
                place = art.column.county  # type: ignore[attr-defined]
                title = f"{place}：{title}"
                paragraphs[0] = rng.choice(corpus.REPRINT_DATELINES).format(place=place) + paragraphs[0]
            art.title, art.subtitle, art.pretitle = script(title), src.subtitle and script(src.subtitle), None
            art.paragraphs = [script(p) for p in paragraphs]
            art.headings = headings
            art.images, art.continuation, art.pages, art.reporter_style = {}, None, [(0, len(art.paragraphs))], "none"
            art.related, art.qr_prompt = [], False
            art.source = script("山西新闻网")
            art.reporters = [script(n) for n in (src.reporters or [corpus.person_name(rng)])]
            art.editors = [script(corpus.person_name(rng))]
            art.reprint_head = [script("来源：山西新闻网"), script("记者 ") + " ".join(art.reporters)]
            art.reprint_tail = [script(f"责任编辑：{art.editors[0]}"), script("（本文转载自山西新闻网，版权归原作者所有）")]

    def _publish_day(self, d: int) -> None:
        """Day ``d`` after the base site: a dozen new articles on top of the lists, one edit."""
        rng = random.Random(self.seed * 1000 + d)
        ids = random.Random(self.seed * 7919 + 17 + d)
        next_id = max(a.id for a in self.articles)
        day_start = datetime(2024, 5, d)
        for k in range(max(3, round(12 * self.scale))):
            col = rng.choice(self.columns)
            next_id += ids.randint(3, 40)
            art = self._generated(rng, col, next_id, day_start + timedelta(minutes=400 + 50 * k))
            self.articles.append(art)
            self.by_id[art.id] = art
            col.listings.append(Listing(art, art.path()))
            col.listings.sort(key=lambda lst: (lst.article.published, lst.article.id), reverse=True)
        # An editor corrects a recent story: one more sentence at the end of its first paragraph.
        edited = rng.choice([a for a in self.articles if a.published < day_start][-30:])
        edited.paragraphs[0] += f"截至5月{d}日，相关工作已在全县全面推开。"
        self.edited.append(edited.id)

    # -- listings -----------------------------------------------------------------------
    def _build_listings(self, rng: random.Random) -> None:
        for art in self.articles:
            # A few list entries point at the BIG5 gateway twin instead of the GB page: the
            # spider must map them back to GB rather than fetch the twin.
            href = art.path(gateway="BIG5") if rng.random() < 0.04 else art.path()
            art.column.listings.append(Listing(art, href))
        for art in self.articles:
            # Some articles are also published into a second column (people CMS 引用):
            # listed there under the original URL, or under that node's own URL.
            if rng.random() < 0.06:
                other = rng.choice(self.columns)
                if other is not art.column:
                    art.also_in.append(other)
                    href = art.path(node=other.node) if rng.random() < 0.4 else art.path()
                    other.listings.append(Listing(art, href))
            if rng.random() < 0.1:
                pool = [a for a in art.column.listings if a.article is not art]
                art.related = [lst.article.id for lst in rng.sample(pool, min(len(pool), rng.randint(1, 3)))]
        for col in self.columns:
            col.listings.sort(key=lambda lst: (lst.article.published, lst.article.id), reverse=True)

    # -- lookups ------------------------------------------------------------------------
    @property
    def seed_article(self) -> Article:
        return next(a for a in self.articles if a.title == seed_article.TITLE)

    def find_article(self, node: int, aid: int) -> Article | None:
        art = self.by_id.get(aid)
        if art is None:
            return None
        if node == art.column.node or any(node == c.node for c in art.also_in):
            return art
        return None

    def truth(self, base_url: str, site: str = "sxrb") -> list[dict]:
        """What a correct crawl emits for each article (the fields the tests compare)."""
        base = base_url.rstrip("/")
        out = []
        for a in self.articles:
            images = [
                {"url": base + img.path, "caption": img.caption}
                for i in sorted(a.images)
                for img in a.images[i]
            ]
            urls = sorted({base + a.path()} | {base + a.path(node=c.node) for c in a.also_in})
            out.append(truth_row(a, site=site, url=base + a.path(), urls=urls, channel=list(a.column.path),
                                 images=images, encoding=a.encoding))
        return out
