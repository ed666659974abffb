"""Our date rules vs dateparser on the time lines of the real devset's labelled news pages.

    .venv/bin/python benchmarks/dates.py

Issue 12 asks to choose a well-kept date library where it reads Chinese forms better than
hand-written rules.  This measures it on what matters: the text our extractor takes a page's
time from (its time line, ``<time>``, ``<meta>`` value …, as :mod:`newscrawl.extract.header`
finds it) is given to both parsers — :func:`newscrawl.extract.dates.parse_datetime` and
``dateparser.search.search_dates`` (languages zh/en, China time, dates from the past; its
first hit) — and each result is compared with our label: the day, and the minute where the
page prints a time.  Also timed: µs per line.  dateparser is a benchmark-only dependency
(``pip install -r benchmarks/requirements.txt``).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(ROOT))

from newscrawl.extract import dates, header  # noqa: E402
from newscrawl.extract.choice import choose  # noqa: E402
from newscrawl.extract.decoding import decode_response  # noqa: E402
from newscrawl.extract.document import Doc  # noqa: E402
from tests.realpages import devset  # noqa: E402
from tests.realpages import evaluate as ev  # noqa: E402


def time_lines(page: devset.RealPage) -> list[str]:
    """The short lines a page's time is read from (labelled or date-only lines near the headline)."""
    response, _ = decode_response(ev.response_for(page))
    doc = Doc.of(response.selector.root, response.url)
    header.find_title(doc)
    node = choose(doc.body_el, doc.anchor)
    if node is not None:
        doc.set_body(node)
    lines, before = doc.meta_lines()
    out = [line.text for line in header.meta_lines(doc)] + [line.text for line in before if len(line.text) <= 150]
    out += [line.node_text for line in doc.after]
    return [t for t in out if dates.parse_datetime(t) or any(ch.isdigit() for ch in t)][:6]


def main() -> int:
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("dateparser is not installed: pip install -r benchmarks/requirements.txt", file=sys.stderr)
        return 2
    settings = {"PREFER_DATES_FROM": "past", "TIMEZONE": "Asia/Shanghai", "RETURN_AS_TIMEZONE_AWARE": False}

    def ours(text: str):
        return dates.iso(dates.parse_datetime(text))

    def theirs(text: str):
        found = search_dates(text, languages=["zh", "en"], settings=settings)
        if not found:
            return None
        value = found[0][1]
        has_time = value.hour or value.minute or value.second
        return value.strftime("%Y-%m-%dT%H:%M:%S+08:00") if has_time else value.strftime("%Y-%m-%d")

    cases = []
    for page in devset.pages():
        label = page.label
        if not label or not label["published_at"]:
            continue
        lines = time_lines(page)
        # the first line either parser can read a date from: what the extractor would use
        cases.append((label["published_at"], lines))
    results = {}
    for name, fn in (("newscrawl rules", ours), ("dateparser", theirs)):
        day = minute = lines_done = 0
        start = time.perf_counter()
        for want, lines in cases:
            got = None
            for text in lines:
                lines_done += 1
                got = fn(text)
                if got:
                    break
            day += bool(got) and got[:10] == want[:10]
            minute += ev.date_ok(got, want)
        elapsed = time.perf_counter() - start
        results[name] = (day / len(cases), minute / len(cases), elapsed * 1e6 / max(lines_done, 1))
    print(f"{len(cases)} labelled news pages with a printed date; the lines the extractor reads them from\n")
    print(f"{'parser':18} {'day':>7} {'date':>7} {'µs/line':>9}")
    for name, (d, m, us) in results.items():
        print(f"{name:18} {d:7.3f} {m:7.3f} {us:9.1f}")
    print(f"\ntime per line dateparser / newscrawl: {results['dateparser'][2] / results['newscrawl rules'][2]:.0f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
