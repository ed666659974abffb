"""Clean pipeline: the body as readers want it, bylines and editor lines as metadata.

Applies :mod:`newscrawl.extract.boilerplate` (plus the profile's own ``boilerplate_lines``)
paragraph by paragraph: furniture lines are dropped, a 相关新闻 tail is cut (a 相关新闻 box the
story follows, above it or inside it, is dropped alone), (下转N版) marks are removed, reporter
lines move to ``authors`` and 责编 lines (whole, or closing a paragraph) to ``editors``.  Then the
body's derived keys (``content_hash``, ``fingerprint``) are computed, since only now is the
body final.

Settings: ``NEWSCRAWL_CLEAN_ENABLED`` (default True).  Stats: ``newscrawl/clean/…``.
"""

from __future__ import annotations

from dataclasses import dataclass

from itemadapter import ItemAdapter
from scrapy.exceptions import NotConfigured

from ..extract import boilerplate, bylines
from ..extract.rules import compile_rules
from ..extract.text import squash
from ..fingerprint import body_keys


@dataclass
class CleanResult:
    paragraphs: list[str]
    authors: list[str]
    editors: list[str]
    images: list[dict]
    dropped_lines: int = 0
    cut_lines: int = 0


class BodyCleaner:
    """The cleaning rules compiled once; :meth:`clean` is a pure function of its inputs."""

    def __init__(self, extra_drop_lines: tuple[str, ...] = ()):
        self.drop = compile_rules(boilerplate.DROP_LINES + boilerplate.LATIN_FOOTER_LINES + tuple(extra_drop_lines))
        self.cut = compile_rules(boilerplate.CUT_FROM)
        self.inline = compile_rules(boilerplate.INLINE_MARKS)
        self.bad_image = compile_rules(boilerplate.DROP_IMAGE_URLS)

    def clean(self, paragraphs: list[str], authors=(), editors=(), images=()) -> CleanResult:
        res = CleanResult([], list(authors), list(editors), [])
        skip_to = 0
        closing = self._closing_from(paragraphs)
        for i, raw in enumerate(paragraphs):
            if i < skip_to:
                continue
            text = squash(self.inline.sub("", raw))
            for mark in boilerplate.END_MARKS:
                if text.endswith(mark):
                    text = text[: -len(mark)].rstrip()
            if not text:
                continue
            if len(text) <= _HEADING_CHARS and self.cut.search(text):
                end = _link_run_end(paragraphs, i + 1)
                after = _prose(paragraphs[end:])
                if after > _prose(res.paragraphs) or (after >= _STORY_GOES_ON * _prose(res.paragraphs)
                                                      and end < len(paragraphs) and len(paragraphs[end]) >= _PARAGRAPH):
                    # a 相关新闻 box above the article (the story follows it): only the box goes
                    res.dropped_lines += end - i
                    skip_to = end
                    continue
                res.cut_lines = len(paragraphs) - i
                break
            names = bylines.editors_from(text)
            if names:
                res.editors += [n for n in names if n not in res.editors]
                continue
            if len(text) <= _MAX_LINE_CHARS and self.drop.search(text):
                res.dropped_lines += 1
                continue
            text, names = bylines.take_editors(text)
            res.editors += [n for n in names if n not in res.editors]
            text, names = bylines.take_reporters(text, last=i >= closing)
            res.authors += [n for n in names if n not in res.authors]
            if text:
                res.paragraphs.append(text)
        for img in images:
            if self.bad_image.search(img["url"]) or (img.get("caption") and self.drop.search(img["caption"])):
                continue
            res.images.append(img)
        return res


    def _closing_from(self, paragraphs: list[str]) -> int:
        """Where the text's :data:`_CLOSING_LINES` closing lines start: furniture after the story
        (a hotline notice, an app's promotion, a share prompt) is not its end, and a credit
        before it still closes the story (…報導）<br>自殺防治諮詢專線…)."""
        seen = 0
        for i in range(len(paragraphs) - 1, -1, -1):
            text = squash(paragraphs[i])
            if not text or (len(text) <= _MAX_LINE_CHARS and self.drop.search(text)):
                continue
            seen += 1
            if seen == _CLOSING_LINES:
                return i
        return 0


#: The story's closing lines, where a credit may be a bare name or 文/某 (bylines.take_reporters' ``last``).
_CLOSING_LINES = 3
#: A 相关新闻 heading is this short (the CUT_FROM rules match whole short lines).
_HEADING_CHARS = 12
#: Boilerplate is a line: a paragraph longer than this is prose however it reads (a story may
#: quote 未经授权 or 版权所有), and is kept.
_MAX_LINE_CHARS = 300
#: A 相关阅读 box inside the story: what follows its links is the story going on — a paragraph
#: (this long) and prose at least this share of what came before it.
_STORY_GOES_ON = 0.3
_PARAGRAPH = 40
#: A line of a link list: short, no sentence ending in it.
_LINK_LINE = 40


def _link_run_end(paragraphs: list[str], start: int) -> int:
    """The index after the run of link-list lines that starts at ``start``."""
    end = start
    while end < len(paragraphs) and len(paragraphs[end]) <= _LINK_LINE and "。" not in paragraphs[end]:
        end += 1
    return end


def _prose(paragraphs) -> int:
    """Characters of the paragraphs that are sentences (a comma or full stop in them)."""
    return sum(len(p) for p in paragraphs if "，" in p or "。" in p)


class CleanPipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self._cleaners: dict[str, BodyCleaner] = {}

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("NEWSCRAWL_CLEAN_ENABLED", True):
            raise NotConfigured
        return cls(crawler)

    def _cleaner(self) -> BodyCleaner:
        # The profile's own boilerplate rules join the generic ones.
        profile = getattr(self.crawler.spider, "profile", None)
        key = getattr(profile, "name", "")
        if key not in self._cleaners:
            self._cleaners[key] = BodyCleaner(getattr(profile, "boilerplate_lines", ()))
        return self._cleaners[key]

    def process_item(self, item):
        adapter = ItemAdapter(item)
        cleaner = self._cleaner()
        res = cleaner.clean(
            (adapter.get("body") or "").split("\n"),
            adapter.get("authors") or [],
            adapter.get("editors") or [],
            adapter.get("images") or [],
        )
        for key in ("title", "pretitle", "subtitle", "source"):
            if adapter.get(key) is not None:
                adapter[key] = squash(adapter[key]) or None
        adapter["body"] = "\n".join(res.paragraphs)
        adapter["authors"], adapter["editors"], adapter["images"] = res.authors, res.editors, res.images
        adapter["content_hash"], adapter["fingerprint"] = body_keys(adapter["body"]) if res.paragraphs else (None, None)
        if res.dropped_lines:
            self.stats.inc_value("newscrawl/clean/lines_dropped", res.dropped_lines)
        if res.cut_lines:
            self.stats.inc_value("newscrawl/clean/tail_lines_cut", res.cut_lines)
        return item
