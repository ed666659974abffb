"""Small text helpers shared by extraction and cleaning: whitespace and script."""

from __future__ import annotations

import re
from functools import lru_cache
from operator import ne

import opencc

from .vocabulary import DASHES

# U+3000 (ideographic space, the indent of every paragraph) and NBSP count as whitespace.
_WS = re.compile(r"[\s\u3000\u00a0\u200b\ufeff]+")
#: A Han character (the CJK unified ideographs block): one home for the test every module makes.
HAN = re.compile(r"[\u4e00-\u9fff]")
_HANZI_PAIR = re.compile(r"(?=([\u4e00-\u9fff]{2}))")
_LATIN1_HIGH = re.compile(r"[\u0080-\u00ff]")
_CJK_WIDE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


_DASH_START = re.compile(f"^[{re.escape(DASHES)}]+\\s*")


def hanzi_pairs(text: str) -> set[str]:
    """The distinct pairs of adjacent hanzi in ``text``: what two texts share when they are about
    the same thing (a headline and its body, a lead and the text that goes on from it)."""
    return set(_HANZI_PAIR.findall(text))


#: Two dashes or more opening a line (——, --, －－, — —): how a subtitle opens.
_DASH_OPENING = re.compile(f"^[{re.escape(DASHES)}]\\s*[{re.escape(DASHES)}]")


def opens_with_dashes(text: str) -> bool:
    """Whether ``text`` opens as a subtitle does, with two dashes or more (:data:`_DASH_OPENING`)."""
    return _DASH_OPENING.match(text) is not None


def strip_dashes(text: str | None) -> str:
    """A subtitle without the dashes it opens with (``——兴县多措并举`` → ``兴县多措并举``)."""
    return _DASH_START.sub("", text or "")


#: Separators credits print in several forms: vertical bars between a label and its value
#: (作者︱王某, 作者│王某, 记者丨王某: the hanzi stroke 丨 as a bar) all read as ｜, the full-width
#: slash of 王某／文 as /, colons of the compatibility and small forms and the ratio sign
#: (記者︰王某, 記者﹕王某, 记者∶王某) as ：.
_SEPARATOR_FORMS = str.maketrans({"\ufe31": "｜", "\u2502": "｜", "\u2223": "｜", "丨": "｜", "／": "/",
                                  "\ufe30": "：", "\ufe55": "：", "\u2236": "："})
_NEEDS_FOLDING = re.compile("[" + "".join(map(chr, _SEPARATOR_FORMS)) + "]")


def fold_separators(text: str) -> str:
    """``作者︱王某`` → ``作者｜王某``, ``王某／文`` → ``王某/文``, ``記者︰王某`` → ``記者：王某``: the forms of
    :data:`_SEPARATOR_FORMS` as the one the credit rules match (most text holds none: it is only
    searched)."""
    return text.translate(_SEPARATOR_FORMS) if _NEEDS_FOLDING.search(text) else text


#: Control characters (C0 but whitespace, DEL, C1) and bidi overrides/isolates/marks: never text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


#: What ``str.split`` would not do right for :func:`squash`: a control character (which goes,
#: not a space, though \x1c or \x85 split) or a zero-width space or BOM (a space, though none splits).
_NOT_SPLIT = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def squash(text: str | None) -> str:
    """Collapse whitespace runs (incl. U+3000, NBSP) to one space and strip the ends; control
    characters and bidi overrides go (every text field passes through here).  Most text holds
    neither: ``str.split`` (its whitespace is the patterns') does it in half the time of the patterns."""
    if not text:
        return ""
    if _NOT_SPLIT.search(text):
        return _WS.sub(" ", _CONTROL.sub("", text)).strip()
    return " ".join(text.split())


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
    han = len(HAN.findall(head))
    if han == 0:
        return None
    simplified = to_simplified(head)
    if simplified == head:  # (most pages: no character changes)
        return "zh-Hans"
    changed = sum(map(ne, head, simplified))
    return "zh-Hant" if changed >= max(2, 0.03 * han) else "zh-Hans"


@lru_cache(maxsize=8)
def _latin1_run(run: int) -> re.Pattern[str]:
    return re.compile("[\u0080-\u00ff]{%d,}" % run)


def mojibake_in(text: str, run: int = 4) -> str | None:
    """A short sample of the mojibake in ``text``, or None if it looks clean.

    Mojibake is U+FFFD (bytes that did not decode), or text in a CJK charset read as
    Latin-1/cp1252 (``ÉÏº£`` for 上海): a run of ``run`` or more characters from U+0080-U+00FF,
    or more such characters than CJK ones (8 at least).  Chinese news text has at most a stray
    ``·`` or ``°`` there.  (UTF-8 read as GBK gives valid, wrong hanzi: :mod:`.decoding`
    prevents that by believing valid UTF-8 first.)
    """
    if "\ufffd" in text:
        i = text.index("\ufffd")
        return text[max(0, i - 10): i + 10]
    m = _latin1_run(run).search(text)
    if m:
        return m.group(0)[:20]
    high = len(_LATIN1_HIGH.findall(text))
    if high >= 8 and high > len(_CJK_WIDE.findall(text)):
        return text[:20]
    return None
