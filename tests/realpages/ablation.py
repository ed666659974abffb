"""The real pages with less on them: what the extractor finds when a page gives less help.

A real page that served us well can hide how much a field leans on one kind of evidence.  Each
ablation takes one kind away from every page and the figures are taken again (tuning parts
only: the held-out parts stay unseen):

``title``   ``<title>`` says only 新闻中心 (a column) and ``og:``/description metas are gone: the
            headline must be found from what the page prints.
``meta``    no time ``<meta>``, no ``<script>`` (JSON-LD, inline data), no ``datetime``
            attributes and a URL without a date: the time must be read where it is printed.
``names``   every ``class`` and ``id`` removed: the body must be found by what the page is, not
            by what its template calls things (pinyin names such as ``xgxw`` say as little).

    .venv/bin/python -m tests.realpages.ablation      # figures per set and ablation
"""

from __future__ import annotations

import dataclasses
import re

from . import devset, extra
from . import evaluate as ev

_TIME_META = re.compile(rb"<meta\b[^>]*(?:time|date|pub|modified|created)[^>]*>", re.I)
_SCRIPT = re.compile(rb"<script\b.*?</script\s*>", re.I | re.S)
_DATETIME_ATTR = re.compile(rb"\sdatetime\s*=\s*(\"[^\"]*\"|'[^']*')", re.I)
_TITLE = re.compile(rb"<title\b.*?</title\s*>", re.I | re.S)
_TITLE_META = re.compile(rb"<meta\b[^>]*(?:title|description|keywords)[^>]*>", re.I)
_CLASS_ID = re.compile(rb"\s(?:class|id)\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)", re.I)
#: 新闻中心 in the page's own charset (GBK pages get their bytes, UTF-8 ones theirs).
_COLUMN = {"utf-8": "新闻中心".encode("utf-8"), "gbk": "新闻中心".encode("gbk")}


def _column_title(page: devset.RealPage) -> bytes:
    code = "gbk" if (page.file_encoding or "").lower().replace("-", "") in ("gbk", "gb2312", "gb18030") else "utf-8"
    return b"<title>" + _COLUMN[code] + b"</title>"


def without_title(page: devset.RealPage) -> devset.RealPage:
    body = _TITLE_META.sub(b"", _TITLE.sub(lambda _: _column_title(page), page.body))
    return dataclasses.replace(page, body=body)


def without_time_metadata(page: devset.RealPage) -> devset.RealPage:
    body = _DATETIME_ATTR.sub(b"", _SCRIPT.sub(b"", _TIME_META.sub(b"", page.body)))
    return dataclasses.replace(page, body=body, url="http://page.invalid/news/article.html")


def without_names(page: devset.RealPage) -> devset.RealPage:
    return dataclasses.replace(page, body=_CLASS_ID.sub(b"", page.body))


ABLATIONS = {"title": without_title, "meta": without_time_metadata, "names": without_names}


def figures(pages: list[devset.RealPage], ablation: str | None) -> ev.Figures:
    """The tuning part's figures with ``ablation`` applied to every page (None: as served)."""
    tuning = [p for p in pages if not p.held_out and p.kind != "list"]
    if ablation is not None:
        tuning = [ABLATIONS[ablation](p) for p in tuning]
    return ev.parts(tuning, [ev.run_ours(p) for p in tuning])["tuning"]


def main() -> None:
    sets = {"devset": devset.pages() if devset.available() else [], "extra": extra.pages() if extra.available() else []}
    print(f"{'set':7} {'ablation':9}", ev.Figures.HEADER)
    for name, pages in sets.items():
        if not pages:
            print(f"{name}: not available")
            continue
        for ablation in (None, *ABLATIONS):
            print(f"{name:7} {ablation or 'none':9}", figures(pages, ablation).row())


if __name__ == "__main__":
    main()
