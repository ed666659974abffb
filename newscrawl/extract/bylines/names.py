"""Names in credits: how a name is printed (two to four hanzi, a two-character one may be
spaced), how names are split and told from organisations, places run into them, and surnames."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import HAN, to_simplified
from ..vocabulary import COMPOUND_SURNAMES, LATIN_NOT_NAMES, NOT_NAMES, PLACES, SURNAMES

_OPEN, _CLOSE, _COLON = r"[（(]", r"[）)]", r"[:：]"

#: The marks some papers print before a credit (□本报记者 …).
_MARKS = "□■◎●▲◆○"

_MARK = rf"[{_MARKS}]?"

#: A name as credits print it: two to four hanzi (a two-character name may be spaced: 方 敏).
_NAME = r"(?:[\u4e00-\u9fff]\s?[\u4e00-\u9fff]{1,3})"

_NAMES = rf"{_NAME}(?:[\s、，,]+{_NAME}){{0,4}}"

#: The role words a credit prints before or between names (本报全媒体记者, 通讯员, 文/图): never a name.
_ROLE_WORDS = re.compile(r"(?:本报|本報|本台|本网|本網)?(?:特约|特約|见习|見習|实习|實習|首席|资深|資深|驻站|駐站|特派|全媒体|全媒體|融媒体|融媒體|融媒)*"
                         r"(?:记者|記者|通讯员|通訊員|实习生|實習生|摄影|攝影|评论员|評論員|编译|編譯)|文/图|文/圖"
                         r"|(?:助理|实习|實習|见习|見習)(?:编辑|編輯)")  # 责任编辑：某 某 助理编辑 某

#: Words of an organisation, not a person (新华社, 中国新闻网, 县融媒体中心, 校办公室, 参考消息, 某某在线 …).
ORG_WORDS = re.compile(r"[网報报社台局部委院厅站刊室办辦]|中心|新闻|新聞|日报|晚报|公司|集团|政府|频道|客户端|消息|在线|在綫")


#: What a name does not hold: spaces, sentence and label punctuation.
_NOT_IN_A_NAME = re.compile(r"[\s，。,.:：]")


#: The word an organisation's full name ends with (宜春市统计局, 某某调查队, 某某课题组, 某某委员会).
_ORG_ENDING = re.compile(r"(?:[局队組组院厅廳站室办辦部社报報网網所处處]|委员会|委員會|中心|公司|集团|集團|政府)$")


def only_organisations(line: str) -> bool:
    """Whether ``line`` is one or more organisations' full names and nothing else (a document's
    issuers under its title: 某某市统计局 国家统计局某某调查队)."""
    tokens = line.split()
    return bool(tokens) and all(len(t) >= 4 and _ORG_ENDING.search(t) for t in tokens)


def names_an_organisation(text: str) -> bool:
    """Whether ``text`` is a short name holding an organisation's word (某某時報, 某某网, 县融媒体中心)."""
    return 2 <= len(text) <= 12 and ORG_WORDS.search(text) is not None and _NOT_IN_A_NAME.search(text) is None


#: A note on a name's role inside a credit: （实习生）, (实习), （见习）: the note goes, the name stays.
ROLE_NOTE = re.compile(r"[（(]\s*(?:实习生?|實習生?|见习|見習)\s*[）)]")

_NAME_SPLIT = re.compile(r"[&＆、，,;；/／|｜:：\s_]+")


def split_names(text: str) -> list[str]:
    """``邸燕琼、郝亚红`` → two names; role words (记者, 通讯员 …) are dropped; a two-character
    name printed spaced (``方 敏``) is joined."""
    names: list[str] = []
    tokens = [t.strip(" □") for t in _NAME_SPLIT.split(_ROLE_WORDS.sub(" ", ROLE_NOTE.sub(" ", text)))]
    tokens = [t for t in tokens if t]
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if len(token) == 1 and i + 1 < len(tokens) and len(tokens[i + 1]) == 1:
            token = token + tokens[i + 1]
            i += 1
        for name in _unglued(token):
            if 2 <= len(name) <= (12 if "·" in name else 6) and name not in names:
                names.append(name)
        i += 1
    return names


def _unglued(token: str) -> list[str]:
    """``罗科苏盈`` → ``罗科``, ``苏盈``; ``李福明杨立`` → ``李福明``, ``杨立``: four to six hanzi
    that split one way only into two names of two or three, each opening with a surname (and
    not with a two-character one, 欧阳晓明), are two names a credit printed without a space.  A
    place glued on (覃剑兰州, of 覃剑兰州报道) is no second name: :func:`_place_off` cuts it."""
    if (not 4 <= len(token) <= 6 or not HAN.fullmatch(token[0]) or token[:2] in COMPOUND_SURNAMES
            or any(_is_place(token[-cut:]) for cut in (2, 3, 4))):
        return [token]
    cuts = [cut for cut in (2, 3) if 2 <= len(token) - cut <= 3
            and token[0] in SURNAMES and token[cut] in SURNAMES and token[cut:cut + 2] not in COMPOUND_SURNAMES]
    return [token[:cuts[0]], token[cuts[0]:]] if len(cuts) == 1 else [token]


_REPORTED_END = re.compile(r"\s*(?:报道|報道|报导|報導)$")


def reported_names(text: str) -> list[str]:
    """The names of a credit that closes with 报道 (報導 …), the place it was filed from glued on or not
    (``覃剑长沙`` of 本报记者覃剑长沙报道 → ``覃剑``; :data:`~.vocabulary.PLACES`)."""
    names = [_place_off(n) for n in split_names(_REPORTED_END.sub("", text))]
    return [n for n in names if _is_person(n)]  # the place off first: 台州 is no 电视台


def _place_off(name: str) -> str:
    if len(name) < 4 or (len(name) == 4 and name[:2] in COMPOUND_SURNAMES):
        return name
    for cut in (4, 3, 2):  # the longest place first: 马鞍山, not 鞍山
        rest = name[:-cut]
        if _is_place(name[-cut:]) and 2 <= len(rest) <= 3 and has_surname(rest):
            return rest
    return name


def _is_place(text: str) -> bool:
    """Whether ``text`` is a place of :data:`~.vocabulary.PLACES`, in either script (台北, 華盛頓)."""
    return text in PLACES or _simplified(text) in PLACES


def _name_before_place(glued: str) -> str | None:
    """The reporter of ``沈某某台北`` (a dateline's name and place run together): the name before a
    known place, else the three hanzi opening with a surname when a place of two or more
    follows; the place alone (the last name of several) is no name."""
    name = _place_off(glued)
    if name != glued or (len(glued) <= 3 and has_surname(glued)):
        return name if has_surname(name) else None
    if len(glued) >= 5 and has_surname(glued):
        return glued[:3]
    return None


def person_names(text: str) -> list[str]:
    """:func:`split_names`, without what names an organisation (新京报, 中国新闻网 …) or nobody
    (未知, 整理 …)."""
    return [n for n in split_names(text) if _is_person(n)]


def _is_person(name: str) -> bool:
    return not ORG_WORDS.search(name) and name not in NOT_NAMES and name.lower() not in LATIN_NOT_NAMES


def has_surname(name: str) -> bool:
    """Whether ``name`` opens with a common Chinese surname (single or compound), printed in
    simplified or traditional characters (鍾 is 钟, 歐陽 is 欧阳)."""
    if name[:1] in SURNAMES or name[:2] in COMPOUND_SURNAMES:
        return True
    return _simplified(name[:1]) in SURNAMES or _simplified(name[:2]) in COMPOUND_SURNAMES


@lru_cache(maxsize=2048)
def _simplified(text: str) -> str:
    return to_simplified(text)
