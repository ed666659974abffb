"""The second check of a near-duplicate: is one body the other with whole sentences added or
dropped, or is it a different story written from the same template?

A reprint changes a story at its seams: it adds a sentence or two, drops the closing paragraph
or the captions of pictures it left out, puts a dateline (兴县讯) before the first sentence,
wraps header and footer lines around it.  It does not change a fact *inside* a sentence.  Two
different stories from one template (two council notices, two days' weather, two counties'
meetings with the same boilerplate) differ exactly there: a date, a place, a temperature.

So the bodies are aligned on their normalised sentences (:func:`newscrawl.fingerprint.sentences`,
``difflib`` on the two lists); sentences one side has and the other lacks are additions or
cuts, and are allowed; a sentence *replaced* by another is allowed only when one of the two
contains the other (a sentence extended at its start or end), else the characters that differ
are counted as *changed* — unless one sentence is the other's round trip through a
traditional script (OpenCC's conversions are not exactly reversible).  The smaller body must be
(nearly) all found in the larger.  Short
texts are thus compared on their characters, never on a 64-bit hash alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

import opencc

#: The smaller body's characters found in the larger, at least this share of it.
MIN_COVERED = 0.8
#: …and at least this many characters (a shared boilerplate sentence is not a story).
MIN_SHARED_CHARS = 20
#: Changed characters (inside sentences both bodies have) allowed per this many characters of
#: the smaller body: 0 below it.  A changed digit is never allowed.
CHANGED_PER_CHARS = 500
#: Where the SimHash is sure (bodies within this many bits, the smaller of this many characters
#: or more), stray characters are allowed up to this share of the smaller body: conversion
#: artefacts no round trip explains (萧乾 made 萧干 by t2s on one side only).  Still no digit.
SURE_BITS, SURE_MIN_CHARS, SURE_CHANGED = 3, 500, 0.02
#: The traditional scripts a reprint may have gone through (OpenCC configurations).  Converting
#: to one and back (t2s) is not the identity on every text: 干燥 → 乾燥 stays 乾燥, 好象 → 好像,
#: 于 → 於, 锺 → 鍾 → 钟.  A sentence that is the other's round trip is the same sentence.
ROUND_TRIPS = ("s2t", "s2hk", "s2tw")


@lru_cache(maxsize=None)
def _opencc(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


@lru_cache(maxsize=65536)
def _variants(a: str, b: str) -> bool:
    """Two characters OpenCC takes for one (干/乾 → 干, 锺/钟 → 鍾): a script artefact, not a fact."""
    return (_opencc("t2s").convert(a) == _opencc("t2s").convert(b)
            or _opencc("s2t").convert(a) == _opencc("s2t").convert(b))


def _round_trip_equal(x: str, y: str) -> bool:
    """Is one sentence the other converted to a traditional script and back to simplified?"""
    back = _opencc("t2s").convert
    for config in ROUND_TRIPS:
        there = _opencc(config).convert
        if back(there(x)) == y or back(there(y)) == x:
            return True
    return False


@dataclass(frozen=True)
class Comparison:
    shared: int      # characters of the smaller body found in the larger (in order)
    smaller: int     # length of the smaller body
    changed: int     # characters changed inside aligned sentences (both sides counted)
    digits: bool     # a changed character is a digit (a date, a figure: another story)
    budget: int = 0  # changed characters allowed

    @property
    def covered(self) -> float:
        return self.shared / self.smaller if self.smaller else 0.0

    @property
    def same_story(self) -> bool:
        return (not self.digits and self.shared >= MIN_SHARED_CHARS and self.covered >= MIN_COVERED
                and self.changed <= self.budget)


def _changed(xs: list[str], ys: list[str], budget: int) -> tuple[int, int, bool]:
    """(shared, changed, digit changed) of two runs of sentences that replace each other.

    Sentences extended at their start or end (a dateline, an appended clause) are shared.
    Anything else is a change.  Changes are counted (for stray characters, within ``budget``)
    only sentence against sentence, where the two runs have as many sentences; past the budget
    the count stops (the verdict is known), so different stories cost no character alignment.
    """
    if len(xs) == 1 and len(ys) == 1:
        return _sentence_changed(xs[0], ys[0], budget)
    x, y = "".join(xs), "".join(ys)
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    if short in long_:
        return len(short), 0, False
    if len(xs) != len(ys) or budget < 1:
        return 0, budget + 1, False
    shared = changed = 0
    digits = False
    for a, b in zip(xs, ys):
        s, c, d = _sentence_changed(a, b, budget - changed)
        shared, changed, digits = shared + s, changed + c, digits or d
        if changed > budget:
            break
    return shared, changed, digits


def _sentence_changed(x: str, y: str, budget: int) -> tuple[int, int, bool]:
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    if short in long_:  # extended at its start or end
        return len(short), 0, False
    if len(x) == len(y) and all(a == b or _variants(a, b) for a, b in zip(x, y)):
        return len(x), 0, False  # the same characters but for variants (萧乾 / 萧干)
    if abs(len(x) - len(y)) <= 2 and _round_trip_equal(x, y):  # one went through a traditional script
        return len(short), 0, False
    if budget < 1 or len(long_) - len(short) > budget:
        return 0, budget + 1, False
    shared = changed = 0
    digits = False
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, x, y, autojunk=False).get_opcodes():
        if tag == "equal":
            shared += i2 - i1
        else:
            diff = x[i1:i2] + y[j1:j2]
            changed += len(diff)
            digits = digits or any(c.isdigit() for c in diff)
    return shared, changed, digits


def compare(a: list[str], b: list[str], *, simhash_bits: int = 64) -> Comparison:
    """Align two bodies given as normalised sentences (see the module docstring).

    ``simhash_bits``: the two bodies' SimHash distance, if known (see :data:`SURE_BITS`).
    Stops at the first change past what the smaller body's length allows (``changed`` is
    then a lower bound): two different stories are told apart without aligning them whole.
    """
    smaller = min(sum(map(len, a)), sum(map(len, b)))
    if simhash_bits <= SURE_BITS and smaller >= SURE_MIN_CHARS:
        budget = int(SURE_CHANGED * smaller)
    else:
        budget = smaller // CHANGED_PER_CHARS
    shared = changed = 0
    digits = False
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            shared += sum(map(len, a[i1:i2]))
        elif tag == "replace":
            s, c, d = _changed(a[i1:i2], b[j1:j2], budget - changed)
            shared, changed, digits = shared + s, changed + c, digits or d
            if changed > budget or digits:
                break
        # insert / delete: whole sentences one side added or dropped
    return Comparison(shared=shared, smaller=smaller, changed=changed, digits=digits, budget=budget)
