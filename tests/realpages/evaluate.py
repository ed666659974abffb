"""Figures of an extractor on the real devset: per field, tuning and held-out parts apart.

Used by ``tests/test_real_pages.py`` (which fails below the targets of issue 12) and by
``benchmarks/extraction.py`` (which also runs trafilatura and readability-lxml).

How each field is scored:

* body: character F1 (:func:`newscrawl.extract.score.char_f1`) against the devset's own gold,
  on every page (news and other: ``body F1``, ``min F1``) and on the labelled news pages
  alone (``news F1``, ``n.min``: the issue's "labelled set");
* title: the extracted title equals our label exactly (whitespace runs collapsed);
* kick/sub: the kicker (引题) and the subtitle (副题) both equal our labels (null where the
  page prints none: a false one counts as wrong);
* date: on labelled news pages, the extracted day equals the label's, and where the page
  prints a time, the hour and minute too; a page that prints no date must give none;
* authors, editors: the same set of names as our label;
* images: on the pages whose pictures we labelled (``img``: how many), the same pictures in
  order and no other, each with its caption as labelled;
* mojibake: any field holding U+FFFD or Latin-1-read CJK (:func:`mojibake_in`);
* a page the charset decision reports undecodable is listed, not scored for its body (the
  test names the pages that may be so, and why).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from newscrawl.extract.score import char_f1
from newscrawl.extract.text import mojibake_in, squash

from .devset import RealPage

#: The targets of issue 12 ("What must hold on real pages").
TARGETS = {"body_f1": 0.97, "body_min": 0.5, "title": 0.97, "date": 0.99}


def date_ok(got: str | None, want: str | None) -> bool:
    if want is None:
        return got is None
    if not got or got[:10] != want[:10]:
        return False
    return len(want) == 10 or got[11:16] == want[11:16]


def images_ok(got: list[dict], want: list[dict]) -> bool:
    """The labelled pictures, no other, in order (each label names a piece of its URL), each
    with its labelled caption (``None``: the page prints none)."""
    return len(got) == len(want) and all(
        w["src"] in g["url"] and (squash(g.get("caption")) or None) == w["caption"] for g, w in zip(got, want))


@dataclass
class Figures:
    pages: int = 0
    body_f1: float = 0.0
    body_min: float = 0.0
    news_f1: float = 0.0  # body F1 over the labelled news pages only (the "labelled set")
    news_min: float = 0.0
    labelled: int = 0
    title: float = 0.0
    heads: float = 0.0  # kicker (引题) and subtitle (副题) both as labelled (null where the page prints none)
    day: float = 0.0
    date: float = 0.0
    authors: float = 0.0
    editors: float = 0.0
    imaged: int = 0  # pages with labelled pictures (a subset of the tuning part's news pages)
    images: float = 0.0  # on those: the same pictures in order, each with its labelled caption
    mojibake: int = 0
    undecodable: list = field(default_factory=list)  # files reported undecodable (not scored for body)
    failures: dict = field(default_factory=dict)  # field -> [(file, got, want)]

    def row(self) -> str:
        return (f"{self.pages:4d} {self.body_f1:8.4f} {self.body_min:7.3f} {self.news_f1:7.4f} {self.news_min:6.3f} "
                f"{self.labelled:4d} {self.title:7.3f} {self.heads:8.3f} "
                f"{self.day:7.3f} {self.date:7.3f} {self.authors:7.3f} {self.editors:7.3f} {self.imaged:3d} {self.images:6.3f} "
                f"{self.mojibake:5d}")

    HEADER = f"{'pages':>4} {'body F1':>8} {'min F1':>7} {'news F1':>7} {'n.min':>6} {'lab.':>4} {'title':>7} {'kick/sub':>8} {'day':>7} {'date':>7} {'authors':>7} {'editors':>7} {'img':>3} {'images':>6} {'mojib':>5}"


def _texts(out: dict):
    for key in ("title", "body"):
        if out.get(key):
            yield key, out[key]
    for key in ("authors", "editors"):
        for name in out.get(key) or ():
            yield key, name


def score(pages: list[RealPage], outputs: list[dict]) -> Figures:
    """``outputs[i]`` is the extractor's {title, published_at, authors, editors, body} for ``pages[i]``."""
    fig = Figures(pages=len(pages))
    fails: dict[str, list] = {k: [] for k in ("body", "title", "heads", "date", "authors", "editors", "images",
                                              "mojibake")}
    f1s, news = [], []
    for page, out in zip(pages, outputs):
        if out.get("undecodable"):
            fig.undecodable.append(page.file)
            continue
        f1 = char_f1(out.get("body") or "", page.gold_body)
        f1s.append(f1)
        if page.label is not None:
            news.append(f1)
        if f1 < 0.9:
            fails["body"].append((page.file, round(f1, 3), None))
        for where, text in _texts(out):
            if mojibake_in(text):
                fig.mojibake += 1
                fails["mojibake"].append((page.file, where, mojibake_in(text)))
                break
    fig.body_f1 = statistics.mean(f1s) if f1s else 0.0
    fig.body_min = min(f1s) if f1s else 0.0
    fig.news_f1 = statistics.mean(news) if news else 0.0
    fig.news_min = min(news) if news else 0.0
    counts = {"title": 0, "heads": 0, "day": 0, "date": 0, "authors": 0, "editors": 0, "images": 0}
    for page, out in zip(pages, outputs):
        label = page.label
        if label is None:
            continue
        fig.labelled += 1
        got_title = squash(out.get("title"))
        if got_title == squash(label["title"]):
            counts["title"] += 1
        else:
            fails["title"].append((page.file, got_title, label["title"]))
        got_heads = (squash(out.get("pretitle")) or None, squash(out.get("subtitle")) or None)
        want_heads = (label.get("pretitle"), label.get("subtitle"))
        if got_heads == want_heads:
            counts["heads"] += 1
        else:
            fails["heads"].append((page.file, got_heads, want_heads))
        got = out.get("published_at")
        want = label["published_at"]
        counts["day"] += (got or "")[:10] == (want or "")[:10]
        if date_ok(got, want):
            counts["date"] += 1
        else:
            fails["date"].append((page.file, got, want))
        for key in ("authors", "editors"):
            if set(out.get(key) or ()) == set(label[key]):
                counts[key] += 1
            else:
                fails[key].append((page.file, out.get(key), label[key]))
        if "images" in label:
            fig.imaged += 1
            if images_ok(out.get("images") or [], label["images"]):
                counts["images"] += 1
            else:
                fails["images"].append((page.file, [(i["url"][-40:], i.get("caption")) for i in out.get("images") or []],
                                        label["images"]))
    n = fig.labelled or 1
    for key, value in counts.items():
        setattr(fig, key, value / (fig.imaged or 1) if key == "images" else value / n)
    fig.failures = fails
    return fig


def parts(pages: list[RealPage], outputs: list[dict]) -> dict[str, Figures]:
    """Figures for the tuning part, the held-out part and all pages."""
    tune = [(p, o) for p, o in zip(pages, outputs) if not p.held_out]
    held = [(p, o) for p, o in zip(pages, outputs) if p.held_out]
    return {
        "tuning": score([p for p, _ in tune], [o for _, o in tune]),
        "held-out": score([p for p, _ in held], [o for _, o in held]),
        "all": score(pages, outputs),
    }


def response_for(page: RealPage):
    """The page as the crawl's downloader would hand it over (headers: none saved)."""
    from scrapy.http import HtmlResponse

    return HtmlResponse(url=page.url, body=page.body)


def run_ours(page: RealPage, cleaner=None) -> dict:
    """newscrawl on one page as the crawl runs it: charset decision and markup repair, :func:`extract` (no
    profile), the clean pipeline's BodyCleaner; and the page's kind."""
    from newscrawl.extract import classify, extract
    from newscrawl.extract import page_response
    from newscrawl.pipelines.clean import BodyCleaner

    response, decision = page_response(response_for(page))
    if decision is not None and decision.encoding is None:
        return {"undecodable": True}
    fields, _ = extract(response)
    res = (cleaner or BodyCleaner()).clean(fields.paragraphs, fields.authors, fields.editors, fields.images)
    return {"title": fields.title, "pretitle": fields.pretitle, "subtitle": fields.subtitle,
            "published_at": fields.published_at, "authors": res.authors,
            "editors": res.editors, "body": "\n".join(res.paragraphs), "images": res.images,
            "kind": classify(response.selector, fields), "errors": fields.errors}
