"""A list of line rules (regexes over one line: :mod:`.boilerplate`'s, the editor line) compiled
to be tried quickly on every text piece of every page.

Python's ``re`` tries an alternation of rules alternative by alternative at each position, so
how the alternatives open decides the cost (each figure measured on the devset's lines):

- An alternative anchored at the line's start (``^…``) is tried there only (``match``), not at
  every position: one alternation of all the rules is 2.3× slower.
- A searched alternation whose alternatives all open with a literal gets a quick scan for
  their first characters; one opening otherwise costs it that scan (5–10×).  An opening group
  of literals (``(?:關心您|关心您)…``) is written out, one alternative per literal
  (:func:`literals_first`), which makes the searched alternation 8× quicker.
- An anchored alternative that opens with a wildcard, a class or a lookahead
  (``^(?=.{0,60}$).*?(?:扫一扫|…)``, ``^.{0,36}(?:客户端|APP)下载$``) is tried at length on every
  line.  Most such alternatives need one of a few literals somewhere in the line
  (:func:`required_literals`), and most lines hold none of them: those alternatives are tried
  only on a line one quick search finds one in (the anchored rules 1.5–2× quicker).

The rules match exactly what their plain alternation matches; only the work differs.
"""

from __future__ import annotations

import re

#: A character that makes a piece of pattern more than a literal.
_SPECIAL = re.compile(r"[\\()\[\]^$.?*+{}|]")
#: A group's end that is not followed by a quantifier (the group is neither optional nor repeated).
_GROUP_END = re.compile(r"\)(?![?*+{])")
_QUANTIFIER = re.compile(r"\{\d*(?:,\d*)?\}")
#: A quantifier that lets what comes before it be absent.
_OPTIONAL = ("?", "*", "{")


class Rules:
    """A rule list compiled as three alternations: the anchored alternatives that open with a
    literal or need none (tried at the line's start), the anchored ones that need one of a few
    literals (tried there only when a search finds one), and the others, searched."""

    def __init__(self, patterns: tuple[str, ...]):
        alternatives = [a for p in patterns for a in top_level_alternatives(p)]
        anchored = [a for a in alternatives if a.startswith("^")]
        anywhere = [x for a in alternatives if not a.startswith("^") for x in literals_first(a)]
        opening, guarded, needed = [], [], set()
        for a in anchored:
            # (one that opens with a literal is cheap as it is: re leaves it at the line's first character)
            literals = None if literals_first(a[1:]) != [a[1:]] or not _SPECIAL.match(a[1:]) else required_literals(a[1:])
            if literals:
                guarded.append(a)
                needed.update(literals)
            else:
                opening.append(a)
        #: The anchored alternatives tried only where a search finds a literal they need.
        self.guarded = guarded
        self._anchored = _alternation(opening)
        self._guarded = _alternation(guarded)
        self._guard = _alternation([re.escape(w) for w in sorted(needed)])
        self._anywhere = _alternation(anywhere)
        self._all_anchored = _alternation(anchored)  # (what ``sub`` replaces at the line's start)
        self.pattern = "|".join(f"(?:{p})" for p in patterns)

    def search(self, text: str):
        """A match of any rule in ``text``, or None."""
        return ((self._anchored is not None and self._anchored.match(text))
                or (self._guarded is not None and self._guard.search(text) and self._guarded.match(text))
                or (self._anywhere is not None and self._anywhere.search(text)) or None)

    def sub(self, repl: str, text: str) -> str:
        """``text`` with every rule's matches replaced."""
        if self._all_anchored is not None:
            text = self._all_anchored.sub(repl, text, count=1)
        return self._anywhere.sub(repl, text) if self._anywhere is not None else text


def compile_rules(patterns: tuple[str, ...]) -> Rules | None:
    """A rule list as :class:`Rules` (None for an empty list)."""
    return Rules(patterns) if patterns else None


def _alternation(alternatives: list[str]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{a})" for a in alternatives)) if alternatives else None


def top_level_alternatives(pattern: str) -> list[str]:
    """``pattern`` split at its top-level ``|`` (not inside a group or a character class)."""
    out, start = [], 0
    for i, c, depth in _structure(pattern):
        if c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    out.append(pattern[start:])
    return out


def literals_first(alternative: str) -> list[str]:
    """``alternative`` with its opening group of literals written out (``(?:甲|乙)丙`` → ``甲丙``,
    ``乙丙``: the same matches, tried in the same order), or as it is when it opens otherwise, or
    the group is repeated or optional (``(?:甲|乙)?丙``)."""
    if not alternative.startswith("(?:"):
        return [alternative]
    end = alternative.find(")")
    literals = _literal_alternatives(alternative[3:end]) if end > 0 and _GROUP_END.match(alternative, end) else None
    return [alternative] if literals is None else [w + alternative[end + 1:] for w in literals]


def required_literals(alternative: str) -> list[str] | None:
    """Literals one of which every match of ``alternative`` holds (the longest such set found),
    or None: a run of literal characters outside any group (``APP下载`` in ``.{0,36}APP下载$``), or a
    group neither optional nor repeated whose every alternative holds one (``(?:请|請)``,
    ``(?:(?:本文|值班)?(?:责编|编辑)|终审)`` → 责编, 编辑, 终审).  Lookarounds, classes,
    escapes and anything quantified to be absent need nothing."""
    best, i = None, 0
    while i < len(alternative):
        c = alternative[i]
        if c == "\\":
            i += 2
        elif c == "[":
            i = _class_end(alternative, i)
        elif c == "{":
            m = _QUANTIFIER.match(alternative, i)
            i = m.end() if m else i + 1
        elif c == "(":
            end = _group_end(alternative, i)
            if alternative.startswith("(?:", i) and alternative[end + 1:end + 2] not in _OPTIONAL:
                inner = [required_literals(a) for a in top_level_alternatives(alternative[i + 3:end])]
                if all(inner):
                    best = _better(best, [w for found in inner for w in found])
            i = end + 1
        elif _SPECIAL.match(c):
            i += 1
        else:
            j = i
            while j < len(alternative) and not _SPECIAL.match(alternative[j]):
                j += 1
            run = alternative[i:j] if alternative[j:j + 1] not in _OPTIONAL else alternative[i:j - 1]
            if run:
                best = _better(best, [run])
            i = j
    return best


def _better(best: list[str] | None, found: list[str]) -> list[str]:
    """The set whose shortest literal is longer (fewer lines hold it)."""
    return found if best is None or min(map(len, found)) > min(map(len, best)) else best


def _literal_alternatives(group: str) -> list[str] | None:
    words = group.split("|")
    return None if any(not w or _SPECIAL.search(w) for w in words) else words


def _class_end(pattern: str, i: int) -> int:
    """The index after the character class opening at ``i`` (``[^]…]``, escapes inside)."""
    j = i + 1
    if pattern[j:j + 1] == "^":
        j += 1
    if pattern[j:j + 1] == "]":
        j += 1
    while pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _group_end(pattern: str, i: int) -> int:
    """The index of the ``)`` closing the group opening at ``i``."""
    for j, c, depth in _structure(pattern, i):
        if c == ")" and depth == 0:
            return j
    raise ValueError(f"unbalanced group in {pattern!r}")


def _structure(pattern: str, start: int = 0):
    """The characters that make ``pattern``'s structure from ``start`` on — each ``(``, ``)`` and
    ``|`` outside escapes and character classes — with its index and the depth of groups there
    (a ``(`` counted in, a ``)`` out)."""
    depth, i = 0, start
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(pattern, i)
            continue
        if c in "()|":
            depth += (c == "(") - (c == ")")
            yield i, c, depth
        i += 1


class Needing:
    """A compiled pattern tried only on text that holds one of the literals every match of it
    needs (:func:`required_literals`): a reporter's credit needs 记者, 通讯员 …, and most
    paragraphs hold none, which one quick search tells.  ``match``/``search``/``fullmatch`` give
    what the pattern gives; anything else is the pattern's own."""

    __slots__ = ("regex", "literals", "_guard")

    def __init__(self, regex: re.Pattern[str], literals: list[str]):
        self.regex = regex
        self.literals = literals
        self._guard = re.compile("|".join(re.escape(w) for w in sorted(set(literals)))).search

    def match(self, text: str, *span):
        return self.regex.match(text, *span) if self._guard(text) else None

    def search(self, text: str, *span):
        return self.regex.search(text, *span) if self._guard(text) else None

    def fullmatch(self, text: str, *span):
        return self.regex.fullmatch(text, *span) if self._guard(text) else None

    def __getattr__(self, name: str):
        return getattr(self.regex, name)


def needing(regex: re.Pattern[str]) -> re.Pattern[str] | Needing:
    """``regex`` behind a guard (:class:`Needing`) when every match of it needs one of a few
    literals; as it is when not, or when its flags change what a literal is (case, verbose)."""
    if regex.flags & (re.IGNORECASE | re.VERBOSE) or not isinstance(regex.pattern, str):
        return regex
    found = [required_literals(a) for a in top_level_alternatives(regex.pattern)]
    return Needing(regex, [w for f in found for w in f]) if all(found) else regex
