"""Near-duplicate detection at scale: cost per article and memory at 10k and 100k stored articles.

    .venv/bin/python benchmarks/near_duplicates.py [--sizes 10000 100000] [--queries 2000]

Fills a state store (a real SQLite file, as a crawl does) with articles composed by the
replica's corpus, and at each size runs a stream of ``--queries`` articles through what the
dedupe pipeline does per article: fingerprint (normalised sentences, content hash, SimHash),
lookup (:meth:`SQLiteStore.find_duplicate`: exact keys, SimHash bands, sentence anchors,
containment check of the candidates) and, for a new one, storing it.  Half the stream are
new stories, half reprints of stored ones edited as portals edit them (tests/reprint_edits.py).

Times are the process's CPU time (``time.process_time``), not wall time: on a machine shared
with other jobs (6 engineers' suites on 2 cores) wall time measures the neighbours.

Printed per size: ms per article (fingerprint, lookup, store), recall and false matches in the
stream, the process's resident memory and the state file's size (articles + the near-dup index:
sentences, anchors and SimHash bands tables), and the check ``RSS(100k) <= 1.2 x RSS(10k) + index size``.
The baseline, measured in the same run on the same store and stream, is the detector before
issue 10: SimHash bands alone (no sentences, no containment check); the ratio new/baseline is
printed.  The issue's budget: <= 1 ms per article for fingerprint + lookup at 100k.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newscrawl.fingerprint import normalise, sentence_keys, simhash, content_hash  # noqa: E402
from newscrawl.replica import corpus  # noqa: E402
from newscrawl.replica.site import CITIES, COLUMNS  # noqa: E402
from newscrawl.state import SQLiteStore  # noqa: E402
from tests.reprint_edits import EDITS  # noqa: E402


def rss_mib() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def compose(rng: random.Random):
    city = rng.choice(list(CITIES))
    county = rng.choice(CITIES[city])
    return corpus.compose_article(rng, city=city, county=county, column=rng.choice(COLUMNS))


def table_bytes(path: Path, tables: tuple[str, ...]) -> int:
    """Bytes of these tables and their indexes (SQLite's dbstat, if compiled in), else 0."""
    db = sqlite3.connect(path)
    try:
        names = [t for t in tables] + [r[0] for r in db.execute(
            f"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ({', '.join('?' * len(tables))})", tables)]
        return sum(db.execute("SELECT COALESCE(SUM(pgsize), 0) FROM dbstat WHERE name = ?", (n,)).fetchone()[0] for n in names)
    except sqlite3.OperationalError:
        return 0
    finally:
        db.close()


class Article:
    """What the stream needs of a composed article (its text objects are not kept)."""

    def __init__(self, text):
        self.paragraphs, self.title, self.images = list(text.paragraphs), text.title, {}


def fill(store: SQLiteStore, rng: random.Random, start: int, stop: int, keep: dict) -> None:
    for n in range(start, stop):
        a = Article(compose(rng))
        body = "\n".join(a.paragraphs)
        sents, chash, fp = sentence_keys(body)
        store.add_pending("bench", article_id=f"a{n}", site="bench", canonical_url=f"http://x/{n}", content_hash=chash,
                          fingerprint=fp, text_len=sum(map(len, sents)), published_at=None, version=1, sentences=sents)
        if n % 50 == 0 and len(keep) < 2000:
            keep[f"a{n}"] = a


def stream(rng: random.Random, keep: dict, n: int) -> list[tuple[str | None, str]]:
    """(the original's id or None for a new story, body), half and half."""
    out = []
    ids = list(keep)
    kinds = [k for k in EDITS if k != "images removed"]
    while len(out) < n:
        if len(out) % 2:
            out.append((None, "\n".join(compose(rng).paragraphs)))
            continue
        aid = rng.choice(ids)
        made = EDITS[rng.choice(kinds)](keep[aid], rng)
        if made is not None:
            out.append((aid, made[0]))
    return out


def run_stream(store: SQLiteStore, items, *, baseline: bool) -> dict:
    t_fp = t_look = t_store = 0.0
    hits = false = 0
    for k, (original, body) in enumerate(items):
        t0 = time.process_time()
        if baseline:
            norm = normalise(body)
            chash, fp, sents, text_len = content_hash(norm, normalised=True), simhash(norm, normalised=True), None, len(norm)
        else:
            sents, chash, fp = sentence_keys(body)
            text_len = sum(map(len, sents))
        t1 = time.process_time()
        found = store.find_duplicate(article_id=f"q{k}", canonical_url=None, content_hash=chash, fingerprint=fp,
                                     text_len=text_len, sentences=sents)
        t2 = time.process_time()
        if original is not None:
            hits += found is not None and found[1] == original
        elif found is not None:
            false += 1
        t_fp, t_look = t_fp + (t1 - t0), t_look + (t2 - t1)
        if found is None and not baseline:  # a new story is stored, as the pipeline does (then removed)
            t3 = time.process_time()
            store.add_pending("q", article_id=f"q{k}", site="bench", canonical_url=None, content_hash=chash,
                              fingerprint=fp, text_len=text_len, published_at=None, version=1, sentences=sents)
            t_store += time.process_time() - t3
    if not baseline:
        store.abort_run("q")
    n = len(items)
    reprints = sum(1 for o, _ in items if o is not None)
    return {"fp": t_fp / n * 1e3, "look": t_look / n * 1e3, "store": t_store / n * 1e3,
            "recall": hits / reprints, "false": false}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--queries", type=int, default=2000)
    args = ap.parse_args()
    rng = random.Random(10)
    keep: dict = {}
    rows = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "state.sqlite3"
        store = SQLiteStore(path)
        store.begin_run("bench", "bench")
        done = 0
        for size in sorted(args.sizes):
            started = time.process_time()
            fill(store, rng, done, size, keep)
            done = size
            fill_s = time.process_time() - started
            items = stream(random.Random(size), keep, args.queries)
            gc.collect()
            base = run_stream(store, items, baseline=True)
            new = run_stream(store, items, baseline=False)
            store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            gc.collect()
            rows[size] = {"new": new, "base": base, "rss": rss_mib(), "file": path.stat().st_size / 2**20,
                          "index": table_bytes(path, ("texts", "anchors", "simhash_bands")) / 2**20, "fill": fill_s}
            r = rows[size]
            total, btotal = new["fp"] + new["look"], base["fp"] + base["look"]
            print(f"{size:>7,d} stored ({fill_s:.0f} CPU s to fill): fingerprint {new['fp']:.3f} + lookup {new['look']:.3f} "
                  f"= {total:.3f} ms/article (store a new one: +{new['store']:.3f} ms); recall {new['recall']:.3f}, "
                  f"false {new['false']} in {len(items)}")
            print(f"{'':>8s} baseline (SimHash bands only): {base['fp']:.3f} + {base['look']:.3f} = {btotal:.3f} ms/article, "
                  f"recall {base['recall']:.3f}, false {base['false']}; ratio new/baseline {total / btotal:.2f}")
            print(f"{'':>8s} memory: RSS {r['rss']:.1f} MiB; state file {r['file']:.1f} MiB, of which the near-dup "
                  f"index (sentences, anchors, SimHash bands) {r['index']:.1f} MiB")
        store.close()
    if len(rows) >= 2:
        lo, hi = min(rows), max(rows)
        growth = rows[hi]["index"] - rows[lo]["index"]
        bound = 1.2 * rows[lo]["rss"] + growth
        print(f"memory check: RSS at {hi:,d} = {rows[hi]['rss']:.1f} MiB <= 1.2 x RSS at {lo:,d} "
              f"({1.2 * rows[lo]['rss']:.1f}) + index growth ({growth:.1f}) = {bound:.1f} MiB: "
              f"{'yes' if rows[hi]['rss'] <= bound else 'NO'}")
        hi_total = rows[hi]["new"]["fp"] + rows[hi]["new"]["look"]
        print(f"budget check: fingerprint + lookup at {hi:,d} = {hi_total:.3f} ms <= 1 ms: {'yes' if hi_total <= 1 else 'NO'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
