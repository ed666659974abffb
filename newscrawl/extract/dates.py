"""Publication times as Chinese portals print them → ISO 8601 in China Standard Time.

Portals print local time with no offset (research/portals.md §6): ``2024年04月28日16:01``
(no space after 日), ``2019年02月11日08:21``, ``2019-06-17 08:39``, ``2018-10-9``,
``2024.05.11``, ``2005.08.2605:39`` (day and time run together), with a weekday
(``2024年5月22日週三``) and 上午/下午 or AM/PM before or after the time.  All of
them are UTC+8 (China has no DST), so the result always carries ``+08:00``.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

from .vocabulary import UPDATE_LABELS

CST = timezone(timedelta(hours=8), "CST")

#: A day as portals print it: 2024-05-03, 2024年5月3日, 2024/5/3, 2024.05.03.
_DAY = r"(?P<y>(?:19|20)\d{2})\s*[年/\-.]\s*(?P<m>\d{1,2})\s*[月/\-.]\s*(?P<d>\d{1,2})\s*日?"
#: The part of the day a 12-hour time is printed with (下午3:20).
_DAYPART = "上午|下午|中午|晚上|凌晨|早上"
_DATETIME = re.compile(
    _DAY + r"(?:\s*[（(]?\s*(?:星期|週|周|礼拜)[一二三四五六日天]\s*[）)]?)?"
    r"(?:(?:\s*(?:北京时间|北京時間|HKT|CST)?\s*|T)(?P<br>[（(]\s*)?(?P<ampm>" + _DAYPART + r"|AM|PM|am|pm)?\s*(?P<H>\d{1,2})\s*[:：时点]\s*(?P<M>\d{1,2})(?:\s*[:：分]\s*(?P<S>\d{1,2}))?"
    r"(?:\s*(?P<ampm2>AM|PM|am|pm)(?![A-Za-z]))?(?(br)\s*[）)]))?"  # 2014-12-17 (16:31): the time in brackets
)
_AFTERNOON = ("下午", "晚上", "PM", "pm")
#: A date in hanzi numerals: WordPress's Chinese locale (十一月 6th, 2009), and official documents'
#: dates (二〇二四年五月三日).  Day only.
_HANZI_DATE = re.compile(
    r"(?P<m1>[一二三四五六七八九十]{1,3})月\s*(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s*[,，]?\s*(?P<y1>(?:19|20)\d{2})(?!\d)"
    r"|(?P<y2>[〇零一二三四五六七八九]{4})\s*年\s*(?P<m2>[一二三四五六七八九十]{1,3})\s*月\s*(?P<d2>[一二三四五六七八九十]{1,3})\s*日"
)
_HANZI_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}


def _hanzi_number(text: str) -> int:
    """一 … 三十一 (and 〇-digit years): the value of a hanzi numeral."""
    if "十" not in text:
        return int("".join(str(_HANZI_DIGITS[c]) for c in text))
    tens, _, ones = text.partition("十")
    return (_HANZI_DIGITS[tens] if tens else 1) * 10 + (_HANZI_DIGITS[ones] if ones else 0)


def _hanzi_date(text: str) -> date | None:
    if "月" not in text:  # every form has one: a cheap test first
        return None
    for m in _HANZI_DATE.finditer(text):
        try:
            if m["y1"]:
                return date(int(m["y1"]), _hanzi_number(m["m1"]), int(m["d1"]))
            return date(_hanzi_number(m["y2"]), _hanzi_number(m["m2"]), _hanzi_number(m["d2"]))
        except (ValueError, KeyError):
            continue
    return None


#: A day in English, as blog engines' English themes print it on Chinese sites (Sunday, March
#: 16th, 2014 / Mar 16 2014 / 16 March 2014): read only on the lines that date the article (around
#: its headline, :func:`english_time`), never in the text, where a comment's "September 19th, 2005
#: at 7:32 pm" is not the article's.  The time after the day (11:36 AM, at 7:32 pm) is the
#: server's, read as China time like every time these sites print.
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH = r"(?P<mon>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6})\.?"
_ENGLISH_DATE = re.compile(
    rf"(?<![A-Za-z]){_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*(?P<y>(?:19|20)\d{{2}})(?!\d)"
    rf"|(?<!\d)(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH.replace('mon', 'mon2')}\s*,?\s*(?P<y2>(?:19|20)\d{{2}})(?!\d)",
    re.I)


#: The time printed right after an English day (February 5, 2020 11:36 AM / … at 7:32 pm).
_ENGLISH_CLOCK = re.compile(r"\s*,?\s*(?:at\s+)?(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?:\s*(?P<ampm>AM|PM|am|pm)(?![A-Za-z]))?(?![\d:])")


def _month(name: str) -> int | None:
    """The number of an English month's name or abbreviation (Sept → 9), or None."""
    name = name.lower()
    return next((i for i, full in enumerate(_MONTHS, 1) if full.startswith(name)), None)


def english_time(text: str | None) -> datetime | date | None:
    """The first day :data:`_ENGLISH_DATE` finds in ``text``, to the minute when a time follows
    it (:data:`_ENGLISH_CLOCK`), or None."""
    if not text or not re.search("[A-Za-z]", text):
        return None
    for m in _ENGLISH_DATE.finditer(text):
        month = _month(m["mon"] or m["mon2"])
        try:
            if not month:
                continue
            day = date(int(m["y"] or m["y2"]), month, int(m["d"] or m["d2"]))
            clock = _ENGLISH_CLOCK.match(text, m.end())
            if clock is None:
                return day
            hour = int(clock["H"])
            if clock["ampm"]:
                hour = hour % 12 + (12 if clock["ampm"].lower() == "pm" else 0)
        except ValueError:
            continue
        try:
            return datetime(day.year, day.month, day.day, hour, int(clock["M"]), int(clock["S"] or 0), tzinfo=CST)
        except ValueError:
            return day  # (25:61: no time, the day stands)
    return None


#: 2012年12月10日, 格林尼治标准时间10:41 (BBC, VOA Chinese): a time printed in GMT/UTC.
_GMT_TIME = re.compile(
    _DAY + r"\s*[,，]?\s*"
    r"(?:(?:格林尼治标准时间|格林威治标准时间|格林尼治时间|格林威治时间|GMT|UTC)\s*(?P<H>\d{1,2})\s*[:：]\s*(?P<M>\d{2})"
    r"|(?P<H2>\d{1,2})\s*[:：]\s*(?P<M2>\d{2})(?:\s*[:：]\s*(?P<S2>\d{2}))?\s*(?:GMT|UTC)(?![+\-]\d))")


def _gmt_time(text: str) -> datetime | None:
    """A time :data:`_GMT_TIME` finds in ``text``, in China time (a cheap test first)."""
    if "格林" not in text and "GMT" not in text and "UTC" not in text:
        return None
    m = _GMT_TIME.search(text)
    if not m:
        return None
    try:
        utc = datetime(int(m["y"]), int(m["m"]), int(m["d"]), int(m["H"] or m["H2"]), int(m["M"] or m["M2"]),
                       int(m["S2"] or 0), tzinfo=timezone.utc)
    except ValueError:
        return None
    return utc.astimezone(CST)


#: A time printed before its day (14:36 2018/07/27, Hong Kong and Taiwan sites): the end of the
#: text before a day :data:`_DATETIME` found without a time.
_TIME_BEFORE = re.compile(r"(?<![\d:])(?P<H>\d{1,2})\s*[:：]\s*(?P<M>\d{2})\s*$")
#: A two-digit year, to the minute (09-11-21 13:34 and 07年08月24日 08:58: an old CMS's yy-MM-dd HH:mm
#: and yy年MM月dd日 HH:mm); only with its time (a bare 09-11-21 is too ambiguous to read).
_SHORT_YEAR = re.compile(r"(?<![\d\-/.:])(?P<y>\d{2})(?:-(?P<m>\d{1,2})-(?P<d>\d{1,2})|年(?P<m2>\d{1,2})月(?P<d2>\d{1,2})日)"
                         r"\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?![\d\-/])")


def _short_year(text: str) -> datetime | None:
    for m in _SHORT_YEAR.finditer(text):
        year = int(m["y"])
        try:
            return datetime(year + (2000 if year < 70 else 1900), int(m["m"] or m["m2"]), int(m["d"] or m["d2"]),
                            int(m["H"]), int(m["M"]), tzinfo=CST)
        except ValueError:
            continue
    return None


def parse_datetime(text: str | None) -> datetime | date | None:
    """The first plausible date(time) in ``text``: an aware datetime, a date if no time, or None."""
    if not text:
        return None
    found = _gmt_time(text)
    if found is not None:
        return found
    for m in _DATETIME.finditer(text):
        try:
            day = date(int(m["y"]), int(m["m"]), int(m["d"]))
            if m["H"] is None:
                before = _TIME_BEFORE.search(text, max(0, m.start() - 8), m.start())
                if before is not None and int(before["H"]) < 24 and int(before["M"]) < 60:  # 14:36 2018/07/27
                    return datetime(day.year, day.month, day.day, int(before["H"]), int(before["M"]), tzinfo=CST)
                return day
            hour = int(m["H"])
            if (m["ampm"] in _AFTERNOON or m["ampm2"] in _AFTERNOON) and hour < 12:
                hour += 12  # 下午2:05, 2:05PM
            return datetime(day.year, day.month, day.day, hour, int(m["M"]), int(m["S"] or 0), tzinfo=CST)
        except ValueError:  # 2024年13月…, 25:61: not a date, keep looking
            continue
    return _undelimited(text)


#: A day with its year last (05-19-2013, 19/05/2013: Hong Kong, Taiwan and overseas sites), the
#: time optional (5:54:13 AM).  Month first or day first is told by the number above 12; a day where both
#: numbers could be the month (05/06/2013) is not read.
_YEAR_LAST = re.compile(r"(?<![\d\-/.:])(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})(?![\d\-/.])"
                        r"(?:\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?![\d:])(?:\s*(?P<ampm>AM|PM|am|pm)(?![A-Za-z]))?)?")


def _year_last(text: str) -> datetime | date | None:
    for m in _YEAR_LAST.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if a <= 12 and b <= 12 and a != b:
            continue  # which is the month is not printed
        month, day = (a, b) if a <= 12 else (b, a)
        try:
            if m["H"] is None:
                return date(int(m["y"]), month, day)
            hour = int(m["H"]) + (12 if m["ampm"] in _AFTERNOON and int(m["H"]) < 12 else 0)
            return datetime(int(m["y"]), month, day, hour, int(m["M"]), int(m["S"] or 0), tzinfo=CST)
        except ValueError:
            continue
    return None


#: The year apart from its month and day (``2024 05/09 22:27:02``: a header that prints the year,
#: the day and the time in boxes of their own); only with its time.
_YEAR_APART = re.compile(r"(?<![\d\-/.:])(?P<y>(?:19|20)\d{2})\s*(?P<m>\d{1,2})/(?P<d>\d{1,2})\s+"
                         r"(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?![\d:])")


def _year_apart(text: str) -> datetime | None:
    for m in _YEAR_APART.finditer(text):
        try:
            return datetime(int(m["y"]), int(m["m"]), int(m["d"]), int(m["H"]), int(m["M"]), int(m["S"] or 0), tzinfo=CST)
        except ValueError:
            continue
    return None


#: A Java ``Date`` printed as is by a JSP template (``Fri May 03 10:20:31 CST 2024``): CST there is
#: the China server's zone.
_JAVA_DATE = re.compile(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                        r"\s+(?P<d>\d{1,2})\s+(?P<H>\d{2}):(?P<M>\d{2}):(?P<S>\d{2})\s+(?:CST|GMT\+08:00)\s+(?P<y>(?:19|20)\d{2})\b", re.I)


def _java_date(text: str) -> datetime | None:
    m = _JAVA_DATE.search(text)
    if m is None:
        return None
    try:
        return datetime(int(m["y"]), _month(m["mon"]), int(m["d"]), int(m["H"]), int(m["M"]), int(m["S"]), tzinfo=CST)
    except ValueError:
        return None


def _undelimited(text: str) -> datetime | date | None:
    """The forms :data:`_DATETIME` does not read: hanzi numerals, a two-digit year, a year last,
    a year apart from its month and day, a Java ``Date``."""
    return (_hanzi_date(text)
            or (_short_year(text) if ("-" in text or "年" in text) and ":" in text else None)
            or (_year_last(text) if "-" in text or "/" in text or "." in text else None)
            or (_year_apart(text) if "/" in text and ":" in text else None)
            or (_java_date(text) if "CST" in text or "GMT" in text else None))


#: A paper's name and page as an e-paper's credit line prints them after the date or around it
#: (《 某某报 》（ 2014年02月26日 34 版）).
_PAPER_PAGE = re.compile(r"《[^》]{1,20}》|[（(]?\s*第?\s*\d{1,3}\s*版\s*[）)]?")


def undated_pieces(text: str) -> list[str]:
    """The pieces of ``text`` left between its dates (:data:`_DATETIME`) and an e-paper's paper
    name and page: what a time line prints besides its time (新闻网2014.10.24 王某/高雄报导 →
    ``新闻网``, ``王某/高雄报导``)."""
    out = []
    for piece in _PAPER_PAGE.split(text):
        at = 0
        for m in _DATETIME.finditer(piece):
            out.append(piece[at:m.start()])
            at = m.end()
        out.append(piece[at:])
    return [p for p in (p.strip(" （()）") for p in out) if p]


def bare_time(text: str | None) -> datetime | None:
    """``text`` when it is a time to the minute and nothing else (2024-05-03 10:20), else None."""
    m = _DATETIME.fullmatch((text or "").strip())
    if m is None or m["H"] is None:
        return None
    value = parse_datetime(m.group(0))
    return value if isinstance(value, datetime) else None


_BRACKETED = re.compile(r"^[\[【（(]\s*(.*?)\s*[\]】）)]$")


def alone(text: str | None) -> datetime | date | None:
    """``text`` when it is a date or a time and nothing else, bare or in brackets
    (``[2014-04-02]``, ``（2024年5月3日 10:20）``), else None."""
    text = (text or "").strip()
    m = _BRACKETED.match(text)
    m = _DATETIME.fullmatch(m.group(1) if m else text)
    return parse_datetime(m.group(0)) if m else None


#: A time stamp to the minute as comment and feed items print it, the year optional
#: (2024-05-06 10:00, 05-06 10:00, 3小时前, 昨天 10:00).
_STAMP = re.compile(r"(?:(?:19|20)\d{2}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}"
                    r"|\d+\s*(?:秒|分钟|小时|分鐘|小時|天)前|(?:昨天|今天|前天)\s*\d{1,2}:\d{2}")


def has_stamp(text: str) -> bool:
    """Whether ``text`` holds a time stamp to the minute (:data:`_STAMP`)."""
    return _STAMP.search(text) is not None


#: Labels of a time that is not the publication's (更新时间：…, 修改于 …).
_UPDATE_LABEL = re.compile("|".join(UPDATE_LABELS))


def parse_published(text: str | None) -> datetime | date | None:
    """:func:`parse_datetime`, passing over a time labelled as an update (``更新时间：… 发布时间：…``)
    when the line holds another one."""
    if not text:
        return None
    first = None
    start = 0
    found = _gmt_time(text)
    if found is not None:
        return found
    for m in _DATETIME.finditer(text):
        value = parse_datetime(text[max(start, m.start() - 8):m.end()])  # (with a time printed before it)
        label = text[max(start, m.start() - 8):m.start()]
        start = m.end()
        if value is None:
            continue
        if not _UPDATE_LABEL.search(label):
            return value
        first = first or value
    return first or _undelimited(text)


#: 10-08 12:00, 10-0812:00, 1月14日 17:58 — a time line that prints no year.
_YEARLESS = re.compile(
    r"(?<![\d\-/.年])(?P<m>\d{1,2})\s*[-/月]\s*(?P<d>\d{1,2})\s*日?\s*(?P<ampm>" + _DAYPART + r")?\s*"
    r"(?P<H>\d{1,2})\s*[:：]\s*(?P<M>\d{2})(?![\d:])")


def parse_yearless(text: str | None, year_of: date | None) -> datetime | None:
    """A month-day-time printed without its year, dated by ``year_of`` (another source's day:
    the year whose date is nearest to it, so a 12-31 line beside a January 1 reference goes
    to the year before)."""
    if not text or year_of is None:
        return None
    m = _YEARLESS.search(text)
    if not m:
        return None
    best = None
    hour = int(m["H"]) + (12 if m["ampm"] in _AFTERNOON and int(m["H"]) < 12 else 0)
    for year in (year_of.year - 1, year_of.year, year_of.year + 1):
        try:
            value = datetime(year, int(m["m"]), int(m["d"]), hour, int(m["M"]), tzinfo=CST)
        except ValueError:
            continue
        gap = abs((value.date() - year_of).days)
        if best is None or gap < best[0]:
            best = (gap, value)
    return best[1] if best is not None and best[0] <= 183 else None


#: Unix seconds taken for a publication time: 2000-01-01 … 2037-12-31 (a counter or an id is not).
_EPOCH_RANGE = (946_684_800, 2_145_888_000)


def from_epoch(value: str | None) -> datetime | None:
    """Unix seconds (``1581517074``) as a China-time datetime, or None out of range."""
    if not value or not value.isdigit():
        return None
    seconds = int(value)
    if not _EPOCH_RANGE[0] <= seconds <= _EPOCH_RANGE[1]:
        return None
    return datetime.fromtimestamp(seconds, CST)


def iso(value: datetime | date | None) -> str | None:
    """``2024-04-28T16:01:00+08:00``, or ``2024-04-28`` when only the day is known."""
    if value is None:
        return None
    return value.isoformat()


_ISO_T = re.compile(r"(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(?:[A-Z]{2,4}\s*)?(Z|[+-]\d{2}:?\d{2})?$")


def parse_machine(value: str | None) -> datetime | date | None:
    """A machine-written time from ``<meta content>``/``<time datetime>``, in China time.

    ``2024-04-28T16:01:00+08:00``, ``2024-04-28T08:01:00Z`` and ``2024-04-28T17:01:00 JST+0900``
    (a zone's name before its offset) carry an offset that
    :func:`parse_datetime` would ignore (it reads the wall clock); convert them instead.
    Anything else (``2024-04-28``, ``2024-04-28 16:01``) is a printed time: :func:`parse_datetime`.
    """
    text = (value or "").strip()
    m = _ISO_T.match(text)
    if m and m[3]:
        offset = m[3].replace("Z", "+00:00")
        if ":" not in offset:
            offset = offset[:3] + ":" + offset[3:]
        try:
            return datetime.fromisoformat(f"{m[1]}T{m[2]}{offset}").astimezone(CST)
        except ValueError:
            return None
    return parse_datetime(text.replace("T", " ") if m else text)


def typed(value: str | None) -> tuple[str | None, str | None]:
    """An extracted :func:`iso` value as the feed carries it: ``(published_at, precision)``.

    The feed's ``published_at`` is always a full timestamp with offset, so that a consumer
    parses the column one way; ``published_at_precision`` says how much of it the page printed:
    ``day`` (a bare date, given as 00:00:00 China time), ``minute`` (the seconds are :00) or
    ``second`` (seconds other than :00 were printed; a page printing 16:01:00 is ``minute``,
    the value being the same).
    """
    if not value:
        return None, None
    if len(value) == 10:  # 2024-04-28
        return f"{value}T00:00:00+08:00", "day"
    return value, "minute" if value[17:19] == "00" else "second"
