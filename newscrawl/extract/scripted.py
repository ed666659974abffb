"""Article text a page's own script writes in: the body's HTML as a string literal in an inline
``<script>`` (``var contentTxt = "<p>…<\\/p>"; $('#articleContent').html(contentTxt)``), on
app-style pages whose printed HTML holds an empty container.  A reader's browser shows that
text; the page's HTML alone does not.

:func:`write_in` finds the literal with the most prose (``<p>``/``<br>`` markup and at least
``min_hanzi`` hanzi), decodes its escapes as JavaScript does, and puts the parsed HTML where the
script puts it: into the element the same script names by id (``$('#x')``,
``getElementById('x')``) when that element is empty, else right after the script.  The generic
extractor calls it only when the printed page gives no body (:func:`~.generic.extract_generic`).
"""

from __future__ import annotations

import re

from lxml import html as lxml_html

from .text import HAN

#: A body written in holds at least this many hanzi (a template's snippet of markup holds none).
MIN_HANZI = 60
#: A JavaScript string literal, one line long (possessive: linear on any script).
_STRING = re.compile(r'"((?:[^"\\\n]++|\\.)*+)"' r"|'((?:[^'\\\n]++|\\.)*+)'")
_ESCAPE = re.compile(r"\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", re.S)
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "", "f": "", "v": "", "0": ""}
#: Where the script writes it: an element named by id.
_TARGET = re.compile(r"""\$\(\s*["']#([\w-]+)["']\s*\)|getElementById\(\s*["']([\w-]+)["']\s*\)""")
_MARKUP = re.compile(r"<(?:p|br)\b", re.I)
_TAG = re.compile(r"<[^>]*>")
#: An element the script writes into is empty, or holds a placeholder (正在加载…) at most this long.
_PLACEHOLDER_CHARS = 20


def _unescape(raw: str) -> str:
    def one(m: re.Match[str]) -> str:
        s = m.group(0)
        if s[1] in "ux" and len(s) > 2:
            return chr(int(s[2:], 16))
        return _SIMPLE_ESCAPES.get(s[1], s[1])

    text = _ESCAPE.sub(one, raw)
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "ignore")  # \ud83d\ude00 pairs joined


def _best_literal(code: str, min_hanzi: int) -> tuple[str | None, int]:
    """The literal of HTML in ``code`` with the most hanzi (at least ``min_hanzi``), and how many."""
    best, most = None, min_hanzi - 1
    for m in _STRING.finditer(code):
        raw = m.group(1) if m.group(1) is not None else m.group(2)
        if len(raw) < min_hanzi or ("<" not in raw and "\\u003c" not in raw.lower()):
            continue
        text = _unescape(raw)
        if not _MARKUP.search(text):
            continue
        han = len(HAN.findall(_TAG.sub("", text)))
        if han > most:
            best, most = text, han
    return best, most


def write_in(root, min_hanzi: int = MIN_HANZI) -> bool:
    """Put the body an inline script writes in into the tree (see the module docstring); False
    when no script holds one of at least ``min_hanzi`` hanzi."""
    found = None
    for script in root.iter("script"):
        code = script.text
        if not code or script.get("src") or ("<p" not in code and "<br" not in code and "u003c" not in code):
            continue
        html, han = _best_literal(code, min_hanzi)
        if html is not None and (found is None or han > found[2]):
            found = (script, html, han)
    if found is None:
        return False
    script, html, _ = found
    try:
        written = lxml_html.fragment_fromstring(html, create_parent="div")
    except Exception:  # noqa: BLE001 - markup lxml cannot read is not written in
        return False
    target = None
    for m in _TARGET.finditer(script.text):
        ident = m.group(1) or m.group(2)
        hits = root.xpath("//*[@id=$i]", i=ident)
        if hits and hits[0] is not script and len("".join(hits[0].text_content().split())) <= _PLACEHOLDER_CHARS:
            target = hits[0]
            break
    if target is not None:
        target.append(written)
    else:
        script.addnext(written)
    return True
