"""The BIG5 gateway: how the portal's ``/BIG5/`` pages are made from its ``/GB/`` pages.

people.com.cn-family portals do not keep a traditional-character edition; a gateway converts
each simplified page on the fly, one character at a time.  Without phrase context it makes
the one-to-many mistakes visible in the seed page (只→隻 in 只争朝夕, 里→裡 in 千里同好) and
leaves some characters alone (准, 干, 制, 后 …), and it rewrites full-width punctuation
(，→,  ：→:  ；→﹔).  The tables below are read off the seed page (research/portals.md §1.8);
``tests/test_replica.py`` checks that they turn the seed's simplified original back into the
seed's traditional text exactly.
"""

from __future__ import annotations

from functools import lru_cache

import opencc

_S2T = opencc.OpenCC("s2tw")

#: Characters the gateway leaves unconverted (seen: 精准, 干在前, 制造, 满产后, 咨询, 示范, 村庄).
KEPT = frozenset("准干制后咨范庄")
#: Characters it converts to the wrong one of several traditional forms.
FORCED = {"只": "隻", "里": "裡", "签": "簽"}
#: Full-width punctuation it rewrites.
PUNCTUATION = {"，": ",", "：": ":", "；": "﹔", "！": "!", "（": "(", "）": ")", "？": "?"}


@lru_cache(maxsize=None)
def _convert_char(ch: str) -> str:
    if ch < "\u2000":  # ASCII and Latin: markup, digits; never converted
        return ch
    if ch in PUNCTUATION:
        return PUNCTUATION[ch]
    if ch in FORCED:
        return FORCED[ch]
    if ch in KEPT:
        return ch
    out = _S2T.convert(ch)
    return out if len(out) == 1 else ch


def to_gateway_big5(text: str) -> str:
    """Convert simplified text (or a whole HTML page) the way the BIG5 gateway does."""
    return "".join(map(_convert_char, text))
