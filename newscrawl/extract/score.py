"""How close an extracted body is to the gold one (tests/gold and benchmarks/extraction.py)."""

from __future__ import annotations

from collections import Counter


def char_f1(predicted: str | None, gold: str) -> float:
    """F1 of the character multisets of two texts, whitespace removed.

    Characters, not tokens: Chinese has no spaces, and a multiset forgives paragraph order
    and joins while still charging every missing or extra character.
    """
    pred, ref = Counter("".join((predicted or "").split())), Counter("".join(gold.split()))
    if not pred and not ref:
        return 1.0
    common = sum((pred & ref).values())
    if not common:
        return 0.0
    precision, recall = common / sum(pred.values()), common / sum(ref.values())
    return 2 * precision * recall / (precision + recall)
