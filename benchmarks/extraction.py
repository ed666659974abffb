"""newscrawl's generic extractor vs trafilatura on the labelled Chinese news pages, in one run.

    .venv/bin/python benchmarks/extraction.py [--repeat N]

trafilatura is the anchor (research ``anchors.md``: the best single general-purpose extractor);
it is a benchmark-only dependency: ``pip install -r benchmarks/requirements.txt``.

Both extractors get the same input for every page of ``tests/gold/``: the page decoded as Scrapy
decodes it (an ``HtmlResponse`` built from the file's bytes, outside the timed region) and its
URL.  Timed per page: for newscrawl, parsing (``parsel.Selector``) + :func:`extract_generic` +
the clean pipeline's :class:`BodyCleaner` (what the spider runs); for trafilatura,
``bare_extraction`` with metadata (its own parsing included).  One warm-up pass, then
``--repeat`` timed passes; ms/page is the median pass's mean.

Metrics, per extractor, averaged over the pages:

* body F1, character level: the multiset of characters of the predicted body vs the gold body,
  whitespace removed (so paragraph splitting does not matter, every missing or extra character
  does): P = |pred ∩ gold| / |pred|, R = |pred ∩ gold| / |gold|, F1 = 2PR / (P + R);
* title: exact match with the gold headline;
* published_at: exact match with the gold ISO 8601 value (``2024-04-28T16:01:00+08:00``, or the
  bare date when the page prints no time); "date" is the same on the calendar day only
  (trafilatura reports days, never times).

Also printed, for context only: trafilatura's text passed through the same BodyCleaner.
Targets (issue 5): newscrawl body F1 ≥ 0.97 and above trafilatura's; ≤ 1/3 of its time per page.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Run as a script, this folder comes first on sys.path; its other scripts (benchmarks/incremental.py)
# would shadow installed packages of the same name, so only the project root is added.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(ROOT))

from parsel import Selector  # noqa: E402
from scrapy.http import HtmlResponse  # noqa: E402

from newscrawl.extract.generic import extract_generic  # noqa: E402
from newscrawl.extract.score import char_f1  # noqa: E402
from newscrawl.pipelines.clean import BodyCleaner  # noqa: E402

GOLD = ROOT / "tests" / "gold"


def load_pages() -> list[dict]:
    """Gold records with the decoded page text (decoded as Scrapy would)."""
    records = [json.loads(line) for line in (GOLD / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    for rec in records:
        raw = (GOLD / "pages" / rec["file"]).read_bytes()
        rec["html"] = HtmlResponse(url=rec["url"], body=raw).text
    return records


def run_newscrawl(html: str, url: str, cleaner: BodyCleaner) -> dict:
    page = extract_generic(Selector(text=html), url)
    res = cleaner.clean(page.paragraphs, page.authors, page.editors, page.images)
    return {"title": page.title, "published_at": page.published_at, "body": "\n".join(res.paragraphs)}


def run_trafilatura(html: str, url: str, trafilatura) -> dict:
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if doc is None:
        return {"title": None, "published_at": None, "body": ""}
    get = (lambda k: getattr(doc, k, None)) if not isinstance(doc, dict) else doc.get
    return {"title": get("title"), "published_at": get("date"), "body": get("text") or ""}


def timed(fn, pages: list[dict], repeat: int) -> tuple[list[dict], float]:
    """Outputs of the last pass and the median pass's ms/page (after one warm-up pass)."""
    for rec in pages:
        fn(rec)
    passes, outputs = [], []
    for _ in range(repeat):
        outputs = []
        start = time.perf_counter()
        for rec in pages:
            outputs.append(fn(rec))
        passes.append((time.perf_counter() - start) * 1000 / len(pages))
    return outputs, statistics.median(passes)


def score(outputs: list[dict], pages: list[dict], cleaner: BodyCleaner | None = None) -> dict:
    f1s, titles, times, days = [], 0, 0, 0
    for out, rec in zip(outputs, pages):
        body = out["body"]
        if cleaner is not None:
            body = "\n".join(cleaner.clean(body.split("\n")).paragraphs)
        f1s.append(char_f1(body, rec["body"]))
        titles += out["title"] == rec["title"]
        times += out["published_at"] == rec["published_at"]
        days += (out["published_at"] or "")[:10] == rec["published_at"][:10]
    n = len(pages)
    return {"f1": statistics.mean(f1s), "f1_min": min(f1s), "title": titles / n, "time": times / n, "day": days / n}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed passes (default 3)")
    args = parser.parse_args(argv)
    try:
        import trafilatura
    except ImportError:
        print("trafilatura is not installed: pip install -r benchmarks/requirements.txt", file=sys.stderr)
        return 2

    pages = load_pages()
    cleaner = BodyCleaner()
    ours, ours_ms = timed(lambda r: run_newscrawl(r["html"], r["url"], cleaner), pages, args.repeat)
    theirs, theirs_ms = timed(lambda r: run_trafilatura(r["html"], r["url"], trafilatura), pages, args.repeat)
    a, b = score(ours, pages), score(theirs, pages)
    b_clean = score(theirs, pages, cleaner)

    print(f"{len(pages)} labelled pages (tests/gold), trafilatura {trafilatura.__version__}, "
          f"{args.repeat} timed passes after a warm-up\n")
    header = f"{'extractor':34} {'body F1':>8} {'min F1':>7} {'title':>7} {'time':>7} {'date':>7} {'ms/page':>8}"
    print(header)
    print("-" * len(header))
    for name, m, ms in (("newscrawl generic + BodyCleaner", a, ours_ms), ("trafilatura", b, theirs_ms)):
        print(f"{name:34} {m['f1']:8.4f} {m['f1_min']:7.3f} {m['title']:7.3f} {m['time']:7.3f} {m['day']:7.3f} {ms:8.2f}")
    print(f"{'(trafilatura text + BodyCleaner)':34} {b_clean['f1']:8.4f} {b_clean['f1_min']:7.3f} {'':>7} {'':>7} {'':>7} {'':>8}")
    print()
    print(f"body F1 newscrawl / trafilatura:        {a['f1'] / b['f1']:.3f}  (target: > 1, and newscrawl >= 0.97)")
    print(f"title exact-match, newscrawl - trafilatura: {a['title'] - b['title']:+.3f}")
    print(f"published_at exact, newscrawl - trafilatura: {a['time'] - b['time']:+.3f}")
    print(f"time per page newscrawl / trafilatura:  {ours_ms / theirs_ms:.3f}  (target: <= 0.333; "
          f"trafilatura takes {theirs_ms / ours_ms:.1f}x as long)")
    ok = a["f1"] >= 0.97 and a["f1"] > b["f1"] and ours_ms <= theirs_ms / 3
    print(f"targets met: {'yes' if ok else 'NO'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
