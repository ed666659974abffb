"""Why the second near-duplicate check is hand-written: datasketch's MinHash LSH against ours.

    .venv/bin/python -m pip install -r benchmarks/requirements.txt   # datasketch
    .venv/bin/python benchmarks/containment_choice.py [--perm 128]

Both are run on the same material as tests/test_near_duplicates.py: two replica corpora (~1,500
different articles), each article edited the ways portals edit reprints (tests/reprint_edits.py),
and 300 pairs of different stories from one template.  Candidates:

- ``datasketch LSH``: MinHash (``--perm`` permutations) of character 3-shingles of the
  normalised body in a ``MinHashLSH`` (Jaccard threshold 0.5), each candidate confirmed by
  the estimated containment of the smaller body in the larger >= 0.8;
- ``datasketch LSH Ensemble``: ``MinHashLSHEnsemble`` (containment threshold 0.8) itself;
- ``ours``: the state store's detector (sentence anchors + SimHash bands, confirmed by
  :mod:`newscrawl.containment`).

Printed: recall per edit kind, false positives among the corpus's pairs and among the
template pairs, ms per article (index + query), and the baseline ratio ours/datasketch.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from datasketch import MinHash, MinHashLSH, MinHashLSHEnsemble  # noqa: E402

from newscrawl.fingerprint import normalise, sentence_keys  # noqa: E402
from newscrawl.replica import Replica  # noqa: E402
from newscrawl.state import SQLiteStore  # noqa: E402
from tests.reprint_edits import EDITS, near_miss_pairs  # noqa: E402

MIN_CONTAINMENT = 0.8


def shingles(text: str) -> set[bytes]:
    n = normalise(text)
    return {n[i:i + 3].encode("utf-8") for i in range(max(1, len(n) - 2))}


class Datasketch:
    def __init__(self, perm: int, ensemble: bool):
        self.perm, self.ensemble = perm, ensemble
        self.sigs: dict[str, tuple[MinHash, int]] = {}
        self.lsh = None if ensemble else MinHashLSH(threshold=0.5, num_perm=perm)

    def sig(self, text: str) -> tuple[MinHash, int]:
        sh = shingles(text)
        m = MinHash(num_perm=self.perm)
        m.update_batch(list(sh))
        return m, len(sh)

    def build(self, texts: dict[str, str]) -> None:
        self.sigs = {k: self.sig(t) for k, t in texts.items()}
        if self.ensemble:
            self.lsh = MinHashLSHEnsemble(threshold=MIN_CONTAINMENT, num_perm=self.perm, num_part=16)
            self.lsh.index([(k, m, n) for k, (m, n) in self.sigs.items()])
        else:
            for k, (m, _n) in self.sigs.items():
                self.lsh.insert(k, m)

    def match(self, me: str, text: str) -> str | None:
        m, n = self.sig(text)
        cands = self.lsh.query(m, n) if self.ensemble else self.lsh.query(m)
        best = None
        for k in cands:
            if k == me:
                continue
            m2, n2 = self.sigs[k]
            j = m.jaccard(m2)
            inter = j * (n + n2) / (1 + j)  # |A ∩ B| from the Jaccard estimate and the sizes
            c = inter / max(1, min(n, n2))
            if c >= MIN_CONTAINMENT and (best is None or c > best[0]):
                best = (c, k)
        return best[1] if best else None


class Ours:
    def __init__(self):
        self.store = SQLiteStore(":memory:")

    @staticmethod
    def _keys(text):
        sents, chash, fp = sentence_keys(text)
        return dict(content_hash=chash, fingerprint=fp, text_len=sum(map(len, sents)), sentences=sents)

    def build(self, texts: dict[str, str]) -> None:
        for k, t in texts.items():
            self.store.add_pending("r", article_id=k, site="t", canonical_url=None, published_at=None, version=1,
                                   **self._keys(t))

    def match(self, me: str, text: str) -> str | None:
        found = self.store.find_duplicate(article_id=me, canonical_url=None, **self._keys(text))
        return found[1] if found else None


def evaluate(name: str, make, corpus: dict, pairs: list) -> dict:
    texts = {k: "\n".join(a.paragraphs) for k, a in corpus.items()}
    det = make()
    t0 = time.perf_counter()
    det.build(texts)
    build_ms = (time.perf_counter() - t0) / len(texts) * 1e3
    rng = random.Random(10)
    recall = {}
    t0 = time.perf_counter()
    queries = 0
    for kind, edit in EDITS.items():
        if kind == "images removed":
            continue  # needs a store per article (the original carries the captions); in the tests
        hit = n = 0
        for k, a in corpus.items():
            made = edit(a, rng)
            if made is None:
                continue
            n += 1
            queries += 1
            hit += det.match("copy", made[0]) == k
        recall[kind] = hit / n
    false_corpus = sum(1 for k, t in texts.items() if det.match(k, t) is not None)
    queries += len(texts)
    query_ms = (time.perf_counter() - t0) / queries * 1e3
    false_template = 0
    for _family, a, b in pairs:
        d = make()
        d.build({"a": a})
        false_template += d.match("b", b) is not None
    return {"name": name, "recall": recall, "false_corpus": false_corpus, "false_template": false_template,
            "build_ms": build_ms, "query_ms": query_ms}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--perm", type=int, default=128)
    args = ap.parse_args()
    corpus = {f"{tag}:{a.id}": a for tag, r in (("a", Replica()), ("b", Replica(seed=7, with_seed_article=False)))
              for a in r.articles}
    pairs = near_miss_pairs(random.Random(2024), per_family=100)
    n_pairs = len(corpus) * (len(corpus) - 1) // 2
    results = [
        evaluate("ours (anchors + sentence containment)", Ours, corpus, pairs),
        evaluate(f"datasketch MinHashLSH J>=0.5, {args.perm} perm, C>=0.8",
                 lambda: Datasketch(args.perm, ensemble=False), corpus, pairs),
        evaluate(f"datasketch MinHashLSHEnsemble C>=0.8, {args.perm} perm",
                 lambda: Datasketch(args.perm, ensemble=True), corpus, pairs),
    ]
    kinds = list(results[0]["recall"])
    print(f"{len(corpus)} replica articles ({n_pairs} pairs), {len(pairs)} template pairs")
    print(f"{'':44s}" + "".join(f"{k[:14]:>15s}" for k in kinds) + f"{'FP corpus':>11s}{'FP templ.':>10s}"
          f"{'index ms':>10s}{'query ms':>10s}")
    for r in results:
        print(f"{r['name'][:44]:44s}" + "".join(f"{r['recall'][k]:15.3f}" for k in kinds)
              + f"{r['false_corpus']:11d}{r['false_template']:10d}{r['build_ms']:10.3f}{r['query_ms']:10.3f}")
    base = results[1]
    print(f"ratio ours/datasketch LSH: index {results[0]['build_ms'] / base['build_ms']:.2f}, "
          f"query {results[0]['query_ms'] / base['query_ms']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
