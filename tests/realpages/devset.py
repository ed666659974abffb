"""The real-page development set (``../shared/devset``) with the project's own labels.

``pages()`` yields one :class:`RealPage` per MANIFEST row: the raw bytes, the devset's gold
(body; cwced's date and author files) and our labels (``labels.jsonl``: title, publication
time, authors, editors).  ``held_out(i)`` is the split rule written down in ``README.md``.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEVSET = ROOT.parent / "shared" / "devset"
LABELS = Path(__file__).resolve().parent / "labels.jsonl"


def held_out(index: int) -> bool:
    """Row ``index`` of MANIFEST.csv (from 0, header not counted) is in the held-out part."""
    return index % 5 == 4


#: cwced's older pages are wrapped in a ``<text id=URL title=… encoding=…>`` line and a closing
#: ``</text>`` that the dataset's authors added (devset README): not part of what the server sent.
_WRAPPER_OPEN = re.compile(rb"\A\s*<text\s+id=\"(?P<url>[^\"]*)\"[^>]*>\s*")
_WRAPPER_CLOSE = re.compile(rb"\s*</text>\s*\Z")


@dataclass
class RealPage:
    index: int  # MANIFEST row, from 0
    source: str  # magic-html | cwced
    file: str  # relative to the devset
    url: str
    kind: str  # news | zh-Hant-news | nonnews
    file_encoding: str
    declared_charset: str
    sha256: str
    body: bytes  # the page's bytes (cwced's added wrapper taken off)
    gold_body: str
    gold_date: str | None = None  # cwced's date file, as shipped (noisy)
    gold_author: str | None = None
    label: dict | None = None  # ours: title, published_at, authors, editors
    held_out: bool = False

    @property
    def news(self) -> bool:
        return self.kind != "nonnews"


def available() -> bool:
    return (DEVSET / "MANIFEST.csv").is_file()


def labels() -> dict[str, dict]:
    out = {}
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            out[rec["file"]] = rec
    return out


def _read_gold(path: Path) -> str | None:
    return path.read_text(encoding="utf-8", errors="replace").strip() if path.is_file() else None


def pages() -> list[RealPage]:
    """Every MANIFEST row as a :class:`RealPage`; a label whose sha256 no longer matches the
    file is an error (the page changed under its label)."""
    labelled = labels()
    magic_gold = {}
    for line in (DEVSET / "magic-html" / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            magic_gold["magic-html/" + rec["file"]] = rec["body"]
    out = []
    with open(DEVSET / "MANIFEST.csv", newline="", encoding="utf-8") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            raw = (DEVSET / row["file"]).read_bytes()
            if hashlib.sha256(raw).hexdigest() != row["sha256"]:
                raise ValueError(f"{row['file']}: sha256 differs from MANIFEST.csv")
            url = row["url"]
            m = _WRAPPER_OPEN.match(raw)
            if m:
                raw = _WRAPPER_CLOSE.sub(b"", raw[m.end():])
                url = url or m["url"].decode("ascii", "replace")
            if row["source"] == "cwced":
                stem = Path(row["file"]).stem
                gold = _read_gold(DEVSET / "cwced" / "cleaned" / f"{stem}.txt") or ""
                date = _read_gold(DEVSET / "cwced" / "date" / f"{stem}.txt")
                author = _read_gold(DEVSET / "cwced" / "author" / f"{stem}.txt")
            else:
                gold, date, author = magic_gold[row["file"]], None, None
            label = labelled.get(row["file"])
            if label is not None and label["sha256"] != row["sha256"]:
                raise ValueError(f"{row['file']}: the label was made for another version of the page")
            out.append(RealPage(
                index=i, source=row["source"], file=row["file"], url=url or f"http://devset.invalid/{row['file']}",
                kind=row["kind"], file_encoding=row["file_encoding"], declared_charset=row["declared_charset"],
                sha256=row["sha256"], body=raw, gold_body=gold, gold_date=date, gold_author=author,
                label=label, held_out=held_out(i),
            ))
    return out
