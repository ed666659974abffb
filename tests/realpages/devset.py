"""The real-page development set (``../shared/devset``) with the project's own labels.

``pages()`` yields one :class:`RealPage` per MANIFEST row: the raw bytes, the devset's gold
(body; cwced's date and author files) and our labels (``labels.jsonl``: title, publication
time, authors, editors).  ``held_out(i)`` is the split rule written down in ``README.md``.
"""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEVSET = ROOT.parent / "shared" / "devset"
LABELS = Path(__file__).resolve().parent / "labels.jsonl"


def held_out(index: int) -> bool:
    """Row ``index`` of MANIFEST.csv (from 0, header not counted) is in the held-out part."""
    return index % 5 == 4
