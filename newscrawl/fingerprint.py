"""Content keys of an article body: an exact hash and a 64-bit SimHash for near-duplicates.

Both are computed on *normalised* text so that the same story meets itself across the GB
page, the BIG5 gateway (traditional characters, ASCII punctuation) and reprints:
traditional → simplified (OpenCC), NFKC (full-width → half-width), then everything that is
not a letter or digit removed.  The SimHash uses character 3-grams, not whitespace tokens:
Chinese has no spaces, and the research measured 3-gram SimHash catching a reprint with
extra header/footer lines (Hamming 3) that token SimHash missed (Hamming 12).

The SimHash alone cannot tell a short reprint with one sentence added from two different
notices written from one template (both move it by a few bits), so the body is also kept as
its normalised *sentences* (:func:`sentences`): :mod:`newscrawl.containment` compares two
bodies sentence by sentence, and :func:`anchors` picks the few sentence hashes the store
indexes to find candidates whatever their length.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

import numpy as np

from .extract.text import to_simplified

_NOT_WORD = re.compile(r"[\W_]+")
# Characters OpenCC t2s leaves in the traditional form although the simplified text uses
# another (the gateway writes 著 for 着, 昇 for 升): folded on both sides, for comparison only.
# OpenCC's s2t/s2hk write 揹 for 背 and 衞 for 卫, which t2s keeps.
_FOLD = str.maketrans({"著": "着", "昇": "升", "揹": "背", "衞": "卫"})
# Where a sentence ends (full-width or not; the gateway's ﹔ becomes ; under NFKC): the text
# is split there, and on line breaks, before punctuation is dropped.
_SENTENCE_END = re.compile(r"[。!?;！？；\n]+")
#: How many sentence hashes of each body the store indexes (the lowest ones; see anchors()).
ANCHORS = 4
#: Sentences shorter than this (normalised) are not anchors: 会议要求 / 据悉 carry no story.
ANCHOR_MIN_CHARS = 6
SHINGLE = 3
# Odd 64-bit multipliers for mixing code points into a shingle hash (splitmix64 constants).
_K1, _K2, _K3 = np.uint64(0x9E3779B97F4A7C15), np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB)


def _compat_chars() -> frozenset[str]:
    """Characters NFKC would change in a way that matters after punctuation is dropped: any
    with a compatibility mapping (㎡ → m2, ℃ → °C, ① → 1, Ａ → A, ﹔ → ;) or a combining
    class (composition), except the full-width punctuation and the ideographic space, which
    are non-word characters before and after NFKC.  Built once (~0.1 s)."""
    out = set()
    for c in range(0x30000):
        ch = chr(c)
        if 0xD800 <= c < 0xE000 or (0xFF01 <= c <= 0xFF5E and not ch.isalnum()) or c == 0x3000:
            continue
        if unicodedata.combining(ch) or unicodedata.normalize("NFKC", ch) != ch:
            out.add(ch)
    return frozenset(out)


_COMPAT: frozenset[str] | None = None
_TO_FOLD = re.compile("[" + "".join(chr(c) for c in _FOLD) + "]")


def _prepared(text: str) -> str:
    """NFKC(t2s(text)), folded and lower-cased, punctuation still in — as far as the letters,
    digits and sentence ends go.  NFKC is the slow step (~0.2 ms per 1,000 characters) and
    changes nothing but punctuation in most Chinese text, so it runs only on a text that has
    a character it would change otherwise (see :func:`_compat_class`)."""
    global _COMPAT
    if _COMPAT is None:
        _COMPAT = _compat_chars()
    t = to_simplified(text)
    if not _COMPAT.isdisjoint(t):
        t = unicodedata.normalize("NFKC", t)
    if _TO_FOLD.search(t):
        t = t.translate(_FOLD)
    return t.lower()


def normalise(text: str) -> str:
    """The comparison form of a text: simplified, NFKC, letters and digits only."""
    return _NOT_WORD.sub("", _prepared(text))


def sentences(text: str) -> list[str]:
    """The normalised sentences of a text: ``"".join(sentences(t)) == normalise(t)``."""
    return [s for piece in _SENTENCE_END.split(_prepared(text)) if (s := _NOT_WORD.sub("", piece))]


def sentence_hash(sentence: str) -> int:
    """A stable signed 64-bit hash of one normalised sentence (SQLite stores it as INTEGER)."""
    return int.from_bytes(hashlib.blake2b(sentence.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def anchors(sents: list[str], k: int = ANCHORS) -> list[int]:
    """The ``k`` lowest hashes of the sentences of ``ANCHOR_MIN_CHARS``+ characters (all of
    them if the body has no such sentence): a bottom-k sketch.  A reprint that adds or drops
    sentences keeps the anchors of the sentences it shares with its original (an anchor of
    the larger set that is in the smaller one is an anchor of the smaller one too), so one
    indexed lookup on them finds the original at any length."""
    pool = [s for s in sents if len(s) >= ANCHOR_MIN_CHARS] or sents
    return sorted({sentence_hash(s) for s in pool})[:k]


def content_hash(text: str, *, normalised: bool = False) -> str:
    """SHA-256 of the normalised text: equal for a GB page and its BIG5-gateway twin."""
    return hashlib.sha256((text if normalised else normalise(text)).encode("utf-8")).hexdigest()


def body_keys(text: str) -> tuple[str, str]:
    """(content_hash, fingerprint) of a body, normalising it once."""
    norm = normalise(text)
    return content_hash(norm, normalised=True), f"{simhash(norm, normalised=True):016x}"


def sentence_keys(text: str) -> tuple[list[str], str, int]:
    """(sentences, content_hash, SimHash) of a body, normalising it once."""
    sents = sentences(text)
    norm = "".join(sents)
    return sents, content_hash(norm, normalised=True), simhash(norm, normalised=True)


def simhash(text: str, *, normalised: bool = False) -> int:
    """64-bit SimHash over character 3-grams of the normalised text (vectorised with NumPy)."""
    norm = text if normalised else normalise(text)
    codes = np.frombuffer(norm.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    if len(codes) < SHINGLE:
        codes = np.pad(codes, (0, SHINGLE - len(codes)))
    with np.errstate(over="ignore"):
        h = codes[:-2] * _K1 ^ (codes[1:-1] * _K2) ^ (codes[2:] * _K3)
        # splitmix64 finaliser: spreads every input bit over all 64 output bits.
        h ^= h >> np.uint64(30)
        h *= _K2
        h ^= h >> np.uint64(27)
        h *= _K3
        h ^= h >> np.uint64(31)
    # Bit k of every shingle hash, counted: a histogram of each of the 8 bytes (little-endian:
    # byte j holds bits 8j..8j+7), times the bits of each byte value.
    hist = np.bincount((h.view(np.uint8).reshape(-1, 8) + _BYTE_OFFSETS).ravel(), minlength=8 * 256)
    ones = (hist.reshape(8, 256) @ _BYTE_BITS).ravel()
    bits = ones * 2 > len(h)
    return int(np.packbits(bits[::-1].astype(np.uint8)).view(">u8")[0])


_BYTE_OFFSETS = (np.arange(8) * 256).astype(np.int64)
_BYTE_BITS = ((np.arange(256)[:, None] >> np.arange(8)) & 1).astype(np.int64)  # [value, bit]


def hamming(a: int, b: int) -> int:
    return (a ^ b).bit_count()
