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
are counted as *changed*.  The smaller body must be (nearly) all found in the larger.  Short
texts are thus compared on their characters, never on a 64-bit hash alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from collections import Counter
from difflib import SequenceMatcher

#: The smaller body's characters found in the larger, at least this share of it.
MIN_COVERED = 0.8
#: …and at least this many characters (a shared boilerplate sentence is not a story).
MIN_SHARED_CHARS = 20
#: Changed characters (inside sentences both bodies have) allowed per this many characters of
#: the smaller body: 0 below it.  A changed digit is never allowed.
CHANGED_PER_CHARS = 500


@dataclass(frozen=True)
class Comparison:
    shared: int      # characters of the smaller body found in the larger (in order)
    smaller: int     # length of the smaller body
    changed: int     # characters changed inside aligned sentences (both sides counted)
    digits: bool     # a changed character is a digit (a date, a figure: another story)

    @property
    def covered(self) -> float:
        return self.shared / self.smaller if self.smaller else 0.0

    @property
    def same_story(self) -> bool:
        return (not self.digits and self.shared >= MIN_SHARED_CHARS and self.covered >= MIN_COVERED
                and self.changed <= self.smaller // CHANGED_PER_CHARS)


def _changed(xs: list[str], ys: list[str], budget: int) -> tuple[int, int, bool]:
    """(shared, changed, digit changed) of two runs of sentences that replace each other.

    Sentences extended at their start or end (a dateline, an appended clause) are shared.
    Anything else is a change; once ``changed`` passes ``budget`` the count stops early (the
    verdict is known), so a pair of different stories costs no character alignment.
    """
    if len(xs) == len(ys) and len(xs) > 1:  # sentence by sentence (artefacts in each)
        shared = changed = 0
        digits = False
        for x, y in zip(xs, ys):
            s, c, d = _changed([x], [y], budget - changed)
            shared, changed, digits = shared + s, changed + c, digits or d
            if changed > budget:
                break
        return shared, changed, digits
    x, y = "".join(xs), "".join(ys)
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    if short in long_:
        return len(short), 0, False
    if budget < 1:  # at least one character differs: over budget, no need to count
        return 0, 1, False
    # Lower bounds on the characters an alignment would leave unmatched.
    common = sum((Counter(x) & Counter(y)).values())
    bound = max(len(long_) - len(short), len(x) + len(y) - 2 * common)
    if bound > budget:
        return 0, bound, False
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


def compare(a: list[str], b: list[str]) -> Comparison:
    """Align two bodies given as normalised sentences (see the module docstring).

    Stops at the first change past what the smaller body's length allows (``changed`` is
    then a lower bound): two different stories are told apart without aligning them whole.
    """
    smaller = min(sum(map(len, a)), sum(map(len, b)))
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
    return Comparison(shared=shared, smaller=smaller, changed=changed, digits=digits)
