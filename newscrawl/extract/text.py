"""Small text helpers shared by extraction and cleaning: whitespace and script."""

from __future__ import annotations

import re
from functools import lru_cache

import opencc

# U+3000 (ideographic space, the indent of every paragraph) and NBSP count as whitespace.
_WS = re.compile(r"[\s\u3000\u00a0\u200b\ufeff]+")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def squash(text: str | None) -> str:
    """Collapse whitespace runs (incl. U+3000, NBSP) to one space and strip the ends."""
    return _WS.sub(" ", text or "").strip()


@lru_cache(maxsize=None)
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    """Traditional → simplified (OpenCC ``t2s``); simplified text passes through unchanged."""
    return _converter("t2s").convert(text) if text else text


def detect_script(text: str, sample: int = 1500) -> str | None:
    """``zh-Hant`` when a noticeable share of the Han characters change under t2s, else ``zh-Hans``.

    A threshold rather than "any change" because simplified text legitimately contains a few
    characters OpenCC maps (e.g. 著 in 著名); gateway pages change ~10-25% of characters.
    """
    head = text[:sample]
    han = len(_CJK.findall(head))
    if han == 0:
        return None
    simplified = to_simplified(head)
    changed = sum(1 for a, b in zip(head, simplified) if a != b)
    return "zh-Hant" if changed >= max(2, 0.03 * han) else "zh-Hans"
