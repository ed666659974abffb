"""A second set of real Chinese pages: the test pages two extraction projects ship on PyPI.

``../shared/devset`` is tuned on (its tuning part) and its held-out part has been read only as
figures; this set is new material for both.  The pages are the HTML that GNE 0.4.3
(GeneralNewsExtractor) and newspaper4k 0.9.6 ship in their source distributions: pages that
real sites served (163, sina, qq, ifeng, thepaper, people, xinhuanet, government and city
sites …), saved by those projects.  Nothing of them is copied here: :func:`fetch` downloads
the two pinned sdists from PyPI (sha256-checked) into ``.cache/realpages/`` (git-ignored), and
the labels (``extra_labels.jsonl``, ours, made by reading each page: headline, time as
printed, bylines, and the body as XPaths over the page) are applied to them there.

Split, fixed before any tuning: the pages in the order of ``extra_labels.jsonl`` (sorted
paths), row *i* held out when ``i % 5 == 4`` — the devset's rule.

    .venv/bin/python -m tests.realpages.extra --fetch     # what scripts/test runs first
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import sys
import tarfile
import urllib.request
from pathlib import Path

from .devset import RealPage, held_out

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".cache" / "realpages"
LABELS = Path(__file__).resolve().parent / "extra_labels.jsonl"

#: The sdists (PyPI's own file URLs and sha256) and which of their members are pages.
SOURCES = {
    "gne-0.4.3": (
        "https://files.pythonhosted.org/packages/8e/41/d72fc42048fafcda9e5b88a3e1648cfeb0f1b59c813856b4d6422df70c90/"
        "gne-0.4.3.tar.gz",
        "26ed77fc2b96d5e9dd28b288ebfdeaf6bf7f034a92b8f75067c64eefffd0b4a9",
        re.compile(r"^gne-0\.4\.3/(?:tests|visiable_test|test_list_page)/.+\.html$|^gne-0\.4\.3/LICENSE$"),
    ),
    "newspaper4k-0.9.6": (
        "https://files.pythonhosted.org/packages/b6/20/733d9dd3adfb6295454e6ba81f6407d96bf66bfda36c75c99b1f99accbf0/"
        "newspaper4k-0.9.6.tar.gz",
        "a3f2f0e017dddb6f1019ee77aaa8980e13e6ecea0b949abc7167aae4770d2d0e",
        re.compile(r"^newspaper4k-0\.9\.6/(?:tests/data/html/chinese[^/]*\.html|LICENSE)$"),
    ),
}

#: Block elements: a line break in the gold body.
_BLOCK = frozenset("p div br li h1 h2 h3 h4 h5 h6 tr td table section article blockquote figure figcaption ul ol "
                   "dl dt dd pre center".split())


def fetch(timeout: float = 120) -> list[str]:
    """Download and unpack the missing sdists' pages; returns what was fetched."""
    done = []
    for name, (url, sha, members) in SOURCES.items():
        if (CACHE / name).is_dir():
            continue
        with urllib.request.urlopen(url, timeout=timeout) as resp:  # noqa: S310 - a pinned https URL
            data = resp.read()
        if hashlib.sha256(data).hexdigest() != sha:
            raise ValueError(f"{url}: sha256 differs from the pinned one")
        CACHE.mkdir(parents=True, exist_ok=True)
        partial = CACHE / f".{name}.partial"
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
            picked = [m for m in tar.getmembers() if m.isfile() and members.match(m.name)]
            for m in picked:
                target = partial / m.name.split("/", 1)[1]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(tar.extractfile(m).read())
        partial.rename(CACHE / name)
        done.append(name)
    return done


def available() -> bool:
    return LABELS.is_file() and all((CACHE / name).is_dir() for name in SOURCES)


def gold_body(raw: bytes, xpath: str, excludes=()) -> str:
    """The text of the label's body elements less the excluded ones, a line per block."""
    from lxml import html as lxml_html

    doc = lxml_html.document_fromstring(raw.decode("utf-8", "replace"))
    nodes = doc.xpath(xpath)
    skip = {el for x in excludes for el in doc.xpath(x)}
    out: list[str] = []

    def walk(el) -> None:
        if not isinstance(el.tag, str) or el in skip or el.tag in ("script", "style", "noscript"):
            if el.tail:
                out.append(el.tail)
            return
        if el.tag in _BLOCK:
            out.append("\n")
        out.append(el.text or "")
        for child in el:
            walk(child)
        if el.tag in _BLOCK:
            out.append("\n")
        out.append(el.tail or "")

    for node in nodes:
        tail, node.tail = node.tail, None
        walk(node)
        node.tail = tail
    lines = (re.sub(r"\s+", " ", line).strip() for line in "".join(out).split("\n"))
    return "\n".join(line for line in lines if line)


_CANONICAL = re.compile(
    rb'<link[^>]+rel=["\']canonical["\'][^>]*href=["\'](?P<a>https?://[^"\']+)|'
    rb'<meta[^>]+property=["\']og:url["\'][^>]*content=["\'](?P<b>https?://[^"\']+)|'
    rb'<base[^>]+href=["\'](?P<c>https?://[^"\']+/[^"\']+)')  # a saved page's <base>: its address


def _url_of(raw: bytes, file: str) -> str:
    """The page's own URL where it names one (canonical link, og:url, the ``<base>`` a saved page
    keeps), else a placeholder."""
    m = _CANONICAL.search(raw[:200_000])
    if m:
        return (m["a"] or m["b"] or m["c"]).decode("ascii", "replace")
    return f"http://extra.invalid/{file}"


def labels() -> list[dict]:
    return [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]


def pages() -> list[RealPage]:
    """Every labelled page as a :class:`RealPage` (``label`` set on news pages; list pages have
    no gold body, ``kind == "list"``); a label made for other bytes is an error."""
    out = []
    for i, rec in enumerate(labels()):
        raw = (CACHE / rec["file"]).read_bytes()
        if hashlib.sha256(raw).hexdigest() != rec["sha256"]:
            raise ValueError(f"{rec['file']}: the label was made for another version of the page")
        gold = gold_body(raw, rec["body_xpath"], rec.get("body_exclude") or ()) if rec.get("body_xpath") else ""
        out.append(RealPage(
            index=i, source=rec["file"].split("/", 1)[0], file=rec["file"], url=_url_of(raw, rec["file"]),
            kind=rec["kind"], file_encoding="utf-8", declared_charset="", sha256=rec["sha256"], body=raw,
            gold_body=gold, label=rec if rec["kind"] == "news" else None, held_out=held_out(i),
        ))
    return out


if __name__ == "__main__":
    if "--fetch" in sys.argv:
        try:
            got = fetch()
        except Exception as exc:  # noqa: BLE001 - say what failed in one line; the tests say what they miss
            print(f"extra real pages not fetched ({type(exc).__name__}: {exc}); their tests will be skipped",
                  file=sys.stderr)
            raise SystemExit(0)
        if got:
            print(f"fetched extra real pages: {', '.join(got)} -> {CACHE}", file=sys.stderr)
