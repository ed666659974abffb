"""The 来源 field: the source a line names after its label."""

from __future__ import annotations

import re

from ..vocabulary import SOURCE_LABELS, SOURCE_NOISE, SOURCE_STOPS

def clean_source(text: str | None, noise: tuple[str, ...] = ()) -> str | None:
    """``吕梁新闻网进入论坛手机读报`` → ``吕梁新闻网``: cut the link texts glued after the name."""
    if not text:
        return None
    text = text.strip(" :：|")
    changed = True
    while changed:
        changed = False
        for word in noise:
            if word and text.endswith(word):
                text = text[: -len(word)].rstrip()
                changed = True
    return text or None


_SOURCE_LABEL = re.compile(rf"(?:{'|'.join(SOURCE_LABELS)})\s*[:：]\s*")

_SOURCE_STOP = re.compile(
    rf"(?:{'|'.join(re.escape(w) for w in SOURCE_STOPS)})|(?:19|20)\d{{2}}\s*[-年/.]|\s{{2,}}|[|｜丨/]"
)


def source_in(line: str | None, noise: tuple[str, ...] = ()) -> str | None:
    """The source a line names after its label (``来源：山西日报 作者：…`` → 山西日报), up to the
    next label, bracket, date or separator; link texts glued after it (``noise`` and the
    common ones) cut.  The one rule for profiles and the generic extractor."""
    m = _SOURCE_LABEL.search(line or "")
    if not m:
        return None
    rest = line[m.end():].strip().lstrip("[【（( ").strip()
    stop = _SOURCE_STOP.search(rest)
    if stop is not None:
        rest = rest[: stop.start()]
    rest = rest.strip().split(" ")[0].rstrip("]】）)") if rest.strip() else ""
    return clean_source(rest, tuple(noise) + SOURCE_NOISE)
