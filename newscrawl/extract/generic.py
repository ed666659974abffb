"""Profile-free extraction: any Chinese news article page → :class:`PageFields`, no selectors.

Used for portals without a profile, and field by field (:func:`fill_missing`) when a profile's
selector finds nothing because the portal changed its template.  The work is done by one
module per job — :mod:`.container` (body scoring), :mod:`.body` (paragraphs, pictures and
captions), :mod:`.header` (title, time, source, bylines, channel), :mod:`.urls` — over one
:class:`~.document.Doc`; this module runs them as steps.

Steps run only for the fields asked for (``wanted``): a profile crawl whose time line changed
pays for the headline and the lines under it, not for body scoring (the profile's own body
container stands in for it).  Nothing here raises on odd markup: a step that fails leaves its
fields empty and its name in ``errors`` (the caller counts them in the stats,
``newscrawl/extract/step_errors/<step>``).
"""

from __future__ import annotations

import logging
from dataclasses import replace

from . import header
from .article import PageFields
from .body import blocks_to_body, linearize, without_link_lists
from . import choice, scripted
from .choice import one_of_a_list
from .container import Furniture, work_copy
from .document import Doc
from .text import detect_script
from .urls import url_article_id, url_date

logger = logging.getLogger(__name__)

#: PageFields filled by :func:`fill_missing` (``paragraphs`` brings ``images`` with it).
FILLABLE = ("title", "pretitle", "subtitle", "published_at", "source", "authors", "editors", "channel", "paragraphs")
ALL_FIELDS = frozenset(FILLABLE)

#: step → the steps it needs first.
_NEEDS = {
    "title": (),
    "body": (),
    "published_at": ("title", "body"),
    "source": ("title", "body"),
    "authors": ("title", "body", "editors"),
    "editors": (),
    "channel": ("title",),
    "tidy": ("title", "body"),
}
#: field → the step that finds it.
_STEP_OF = {"title": "title", "pretitle": "title", "subtitle": "title", "paragraphs": "tidy", "images": "body",
            "published_at": "published_at", "source": "source", "authors": "authors", "editors": "editors",
            "channel": "channel"}
_ORDER = ("title", "body", "published_at", "source", "editors", "authors", "channel", "tidy")


def _steps_for(wanted) -> list[str]:
    todo: set[str] = set()

    def add(step: str) -> None:
        if step not in todo:
            todo.add(step)
            for need in _NEEDS[step]:
                add(need)

    for name in wanted:
        add(_STEP_OF[name])
    return [s for s in _ORDER if s in todo]


#: Below this many characters of body, the page's scripts are searched for the body they write in
#: (:mod:`.scripted`), which must hold three times as many hanzi.
SCRIPTED_BELOW = 100


def extract_generic(sel, url: str, wanted=ALL_FIELDS, body_node=None, _written_in: bool = False) -> PageFields:
    """The ``wanted`` fields of an article page, found without selectors.  Never raises.

    ``body_node``: the body container when the caller knows it (a profile's), so body scoring
    is skipped.  Failed steps are named in the result's ``errors``.  A page whose printed HTML
    gives no body but whose own script writes one in (:mod:`.scripted`) is read again with it.
    """
    page = PageFields(url=url)
    try:
        root = sel.root
        if not isinstance(getattr(root, "tag", None), str):
            return page
        doc = Doc.of(root, url)
    except Exception as exc:  # noqa: BLE001 - odd markup costs the fields, never the caller
        page.errors.append("document")
        logger.warning("generic extraction: no usable document for %s: %s", url, exc)
        return page
    results: dict = {}
    for step in _steps_for(wanted):
        try:
            _run(step, doc, page, results, body_node)
        except Exception as exc:  # noqa: BLE001
            page.errors.append(step)
            logger.warning("generic extraction: step %s failed on %s: %s: %s", step, url, type(exc).__name__, exc)
    prose = sum(len(p) for p in page.paragraphs)
    if body_node is None and not _written_in and "paragraphs" in wanted and prose < SCRIPTED_BELOW:
        try:
            if scripted.write_in(root, max(scripted.MIN_HANZI, 3 * prose)):
                return extract_generic(sel, url, wanted, body_node, _written_in=True)
        except Exception as exc:  # noqa: BLE001
            page.errors.append("scripted")
            logger.warning("generic extraction: step scripted failed on %s: %s: %s", url, type(exc).__name__, exc)
    if "paragraphs" in wanted or "title" in wanted:  # (a profile's fallback reads it from its own text)
        page.script = detect_script((page.title or "") + "".join(page.paragraphs))
    return page


def _run(step: str, doc: Doc, page: PageFields, results: dict, body_node) -> None:
    if step == "title":
        page.title, page.pretitle, page.subtitle = header.find_title(doc)
    elif step == "body":
        furniture = Furniture(doc.body_el, doc.anchor, doc.text, doc.summary_opening) if body_node is None else None
        node = body_node if body_node is not None else choice.choose(doc.body_el, doc.anchor, furniture)
        if node is None:
            return
        doc.set_body(node)
        if doc.anchor is None and body_node is None:
            page.title = header.title_before(doc, node, page.title) or page.title or header.document_title(doc)
        if body_node is None:
            if doc.anchor is not furniture.anchor:  # a headline found only now: judged with it
                furniture = Furniture(doc.body_el, doc.anchor, doc.text, doc.summary_opening)
            work = work_copy(node, furniture)  # the furniture density found
            body = blocks_to_body(linearize(work, doc.url))
            page.paragraphs, page.images = without_link_lists(body), body.images
            page.listed = one_of_a_list(node)
    elif step == "published_at":
        page.published_at = header.published_at(doc)
    elif step == "source":
        page.source = header.source(doc)
    elif step == "editors":
        page.editors = header.editors(doc)
    elif step == "authors":
        page.authors = header.authors(doc, page.editors)
    elif step == "channel":
        page.channel = header.channel(doc, page.title)
    elif step == "tidy":
        heads = {x for x in (page.title, page.pretitle, page.subtitle) if x}
        if body_node is None and page.paragraphs:
            page.paragraphs = header.lead_before(doc, page.paragraphs) + page.paragraphs
        under = header.line_under_headline(page.paragraphs, page.title)
        page.paragraphs, editors, authors = header.tidy(page.paragraphs, heads)
        if page.subtitle is None:  # (the headline repeated in the text, then its subtitle)
            page.subtitle, page.paragraphs = header.subtitle_opening(page.paragraphs, under)
        if (page.authors and (authors or header.credits_in(page.paragraphs))
                and page.authors in (header.head_authors(doc, page.editors), header.json_ld_authors(doc))):
            page.authors = []  # the text credits its writers: <meta name="author"> or JSON-LD names someone else
        page.editors += [e for e in editors if e not in page.editors]  # 编辑 in the text, 责任编辑 under it
        page.authors += [a for a in authors if a not in page.authors]
        column = header.column_of(page.title)  # 文丨政能亮 under 政能亮丨标题: the column, not a writer
        page.authors = [a for a in page.authors if a != column]


def needs_fallback(page: PageFields) -> bool:
    """Whether a profile's extraction of ``page`` lacks a key field (or has only the day), so
    that the generic extractor's values are wanted (:func:`fill_missing`)."""
    return bool(missing_fields(page))


def missing_fields(page: PageFields) -> list[str]:
    """The key fields a profile's extraction lacks: title, paragraphs, published_at (also when
    it has only the day: the page's time line may give the time), source."""
    out = [name for name in ("title", "paragraphs", "published_at", "source") if not getattr(page, name)]
    if is_bare_date(page.published_at):
        out.append("published_at")
    return out


def is_bare_date(value: str | None) -> bool:
    """``2024-04-28`` (a day without its time) rather than a full ISO datetime."""
    return bool(value) and len(value) == 10


def fill_missing(page: PageFields, generic: PageFields) -> tuple[PageFields, list[str]]:
    """``page`` (a profile's extraction) with each empty field taken from ``generic``.

    Returns the new PageFields and the names of the fields filled, so the caller can count
    them: a profile field that keeps needing the fallback means the portal changed its
    template.  The body comes as a unit: when the profile found no paragraphs, the generic
    paragraphs and images both replace it (images of another container would not match).
    """
    values = {}
    filled: list[str] = []
    for name in FILLABLE:
        mine, theirs = getattr(page, name), getattr(generic, name)
        if not mine and theirs:
            values[name] = list(theirs) if isinstance(theirs, list) else theirs
            filled.append(name)
    if is_bare_date(page.published_at) and generic.published_at and not is_bare_date(generic.published_at) \
            and generic.published_at.startswith(page.published_at):
        # The profile found only the day (a <meta> date, its time line gone): the same day
        # with its time, from the page's visible time line, is the better value.
        values["published_at"] = generic.published_at
        filled.append("published_at")
    if "paragraphs" in filled:
        values["images"] = [dict(img) for img in generic.images]
        if generic.images:
            filled.append("images")
    if not filled:
        return page, []
    merged = replace(page, **values)
    if "title" in values or "paragraphs" in values:  # the text the script is read from changed
        merged.script = detect_script((merged.title or "") + "".join(merged.paragraphs))
    return merged, filled


__all__ = ["ALL_FIELDS", "FILLABLE", "extract_generic", "fill_missing", "is_bare_date", "missing_fields",
           "needs_fallback", "url_article_id", "url_date"]
