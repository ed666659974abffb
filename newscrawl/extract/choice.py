"""Which container holds the article: the best-scoring one by :mod:`.container`'s density, then
the page's shape between candidates.

- A stream (:mod:`.streams`), or a wrapper whose text is mostly one, scores a share of its
  density (:data:`STREAM_SHARE`): many stories' openings, not one story.
- With the headline known, a container right under it wins over a better-scoring one further
  away unless that one scores far higher (:data:`NEAR_SHARE`): a short article over the long
  "more stories" under it.
- A one-paragraph container is a lead set apart when the story goes on in a prose container
  after it (:func:`_text_after_lead`), or in its own wrapper's paragraphs after it (a summary
  box under the headline, :func:`_wrapper_goes_on`); a reply is not the thread's article, its
  opening post is (:func:`_opening_post`).
- :func:`one_of_a_list` tells when the chosen container is one entry of a list page.
"""

from __future__ import annotations

from .body import HEADLINE_CHARS
from .container import CONTENT_HINT, SENTENCE_MARK, Furniture, density, is_content_like, text_len
from .document import inside
from .streams import STREAM_ITEMS, is_stream
from .text import hanzi_pairs
from .vocabulary import DROP_ALWAYS, NOT_CONTAINER

#: With a headline known, a container starting within this many characters after it …
NEAR_HEADLINE = 300
#: … is preferred to a better-scoring one further away when it scores at least this share of
#: it: a short article beats the long "more stories" stream under it.
NEAR_SHARE = 0.15
#: … and holds a sentence or at least this many characters: less is the time or source line under it.
NEAR_MIN_CHARS = 40


def choose(body_el, anchor=None, furniture: Furniture | None = None):
    """The best-scoring container under ``body_el`` (None when nothing scores).

    With the headline element (``anchor``) known, the best container that starts right after
    it (:data:`NEAR_HEADLINE`) wins over a better-scoring one elsewhere on the page unless
    that one scores far higher (:data:`NEAR_SHARE`).
    """
    scored = []
    furniture = furniture or Furniture(body_el, anchor)
    stats = density(body_el, anchor=anchor, furniture=furniture)
    streams = furniture.streams  # element -> its stream kind (its children are items, not articles)
    stream_like = set()  # streams and their items: never the article right under the headline
    for el, measures in stats.items():
        if el.tag in NOT_CONTAINER:
            continue
        score = measures.score() * (CONTENT_HINT if is_content_like(el) else 1.0)
        if score > 0:
            if _in_stream_item(el, streams) or _mostly_stream(el, stats, streams):
                score *= STREAM_SHARE
                stream_like.add(el)
            scored.append((score, el))
    if not scored:
        return None
    best_score, best = max(scored, key=lambda t: t[0])
    prose = [(s, el) for s, el in scored if el not in stream_like]
    chosen = _near_headline(body_el, anchor, prose, best_score, best)
    text = _text_after_lead(chosen, prose, stats)
    if text is not None:
        return text
    opening = _opening_post(chosen, scored, stats, anchor)
    return chosen if opening is None else opening


#: How far up a card's element may sit from the stream (<div stream><dl item><a><dd>摘要…).
_ITEM_DEPTH = 3


def _in_stream_item(el, streams: dict) -> bool:
    """Whether ``el`` is an item of a stream, or inside a link that is (or is inside) one
    (:data:`_ITEM_DEPTH` levels): a card, one story's teaser however much of its text it prints."""
    node = el.getparent()
    if node is not None and is_stream(node, streams):
        return True
    linked = False
    for _ in range(_ITEM_DEPTH):
        if node is None:
            return False
        if linked and is_stream(node, streams):
            return True
        linked = linked or (node.tag == "a" and node.get("href") is not None)
        node = node.getparent()
    return False


#: Like containers (same tag and class) holding prose that make a page a thread of posts.
THREAD_POSTS = 3

#: The opening post wins over a denser reply when it scores at least this share of it.
OPENING_SHARE = 0.3


def _opening_post(chosen, scored: list, stats: dict, anchor=None):
    """The thread's opening post when ``chosen`` is a reply: :data:`THREAD_POSTS` or more
    containers of ``chosen``'s tag and class score (a forum thread's ``<td class="post">``
    cells), and the first of them in document order holds more text than ``chosen`` and scores
    at least :data:`OPENING_SHARE` of it (a one-paragraph reply is denser than the long post it
    answers), and is not above the headline (``anchor``); else None."""
    cls = chosen.get("class")
    if not cls:
        return None
    like = [(s, el) for s, el in scored if el.tag == chosen.tag and el.get("class") == cls]
    if len(like) < THREAD_POSTS:
        return None
    mine = stats[chosen]
    floor = OPENING_SHARE * max(s for s, el in like if el is chosen)
    wanted = {el for _, el in like}
    for el in chosen.getroottree().iter(chosen.tag):  # the first like container in document order
        if el in wanted:
            first = el
            break
    else:
        return None
    if first is chosen or inside(chosen, first) or inside(first, chosen):
        return None
    score = next(s for s, el in like if el is first)
    theirs = stats[first]
    if score < floor or theirs.chars - theirs.link_chars <= mine.chars - mine.link_chars:
        return None
    if anchor is not None and _precedes(first, anchor):
        return None  # above the headline: a box of the page's frame that shares the class, not a post
    return first


def _precedes(el, other) -> bool:
    """Whether ``el`` comes before ``other`` in document order (and is not around it)."""
    for node in el.getroottree().iter():
        if node is other:
            return False
        if node is el:
            return not inside(other, el)
    return False


#: A container of one paragraph is a lead set apart (东方日报's ``div.leadin``) when a container
#: of at least :data:`TEXT_PARAS` paragraphs after it scores at least this share of it: the story
#: goes on there (:func:`~.header.lead_before` puts the lead back in front of it).
LEAD_SHARE = 0.5
TEXT_PARAS = 3
#: … and at most this share of its text in links (a forum board's thread list is not the story going on).
TEXT_LINK_SHARE = 0.3
#: … and it holds at least this share of the lead's pairs of adjacent hanzi (the story's names,
#: places and words; measured: 0.19 for 東方日報's text after its lead, 0.04 for a site's "about"
#: box under a brief) in its first :data:`_SAME_STORY_CHARS` characters.
SAME_STORY = 0.1
_SAME_STORY_CHARS = 3000


def _text_after_lead(chosen, prose: list, stats: dict):
    """The container of the story's text when ``chosen`` is only its lead: one paragraph, and
    a prose container (not a stream, not mostly links, neither inside nor around it) of
    :data:`TEXT_PARAS` paragraphs or more after it scoring at least :data:`LEAD_SHARE` of it and
    sharing the lead's words (:data:`SAME_STORY`); else None."""
    mine = stats.get(chosen)
    if mine is None or mine.paras > 1:
        return None
    floor = LEAD_SHARE * mine.score()
    around = set(chosen.iterancestors())
    text = [(s, el) for s, el in prose if stats[el].paras >= TEXT_PARAS and s >= floor
            and stats[el].link_chars <= TEXT_LINK_SHARE * stats[el].chars
            and el not in around and not inside(el, chosen)]
    if not text:
        return _wrapper_goes_on(chosen, prose, stats, floor)
    wanted = {el for _, el in text}
    later = set()
    seen_chosen = False
    for el in chosen.getroottree().iter():  # document order: only what follows the lead counts
        if el is chosen:
            seen_chosen = True
        elif el in wanted:
            if seen_chosen:
                later.add(el)
            wanted.discard(el)
            if not wanted:
                break
    text = [(s, el) for s, el in text if el in later]
    if not text:
        return None
    found = max(text, key=lambda t: t[0])[1]
    # the same story goes on: it shares the lead's words (a site's "about" box under a brief does not)
    lead = hanzi_pairs(chosen.text_content())
    shared = len(lead & hanzi_pairs(found.text_content()[:_SAME_STORY_CHARS])) / max(1, len(lead))
    return found if shared >= SAME_STORY else None


#: How far up from a lead box its wrapper may be (``<div class="article"><h1>…<div class="zhaiyao"><p>…``).
_WRAPPER_UP = 2


def _wrapper_goes_on(chosen, prose: list, stats: dict, floor: float):
    """The wrapper around a lead box (a summary set apart under the headline) whose own
    paragraphs go on with the story after it: :data:`TEXT_PARAS` more paragraphs than the box,
    scoring at least ``floor``, few links, and sharing the lead's words in what follows it."""
    scores = {el: s for s, el in prose}
    mine = stats[chosen]
    lead_text = chosen.text_content()
    for up, _ in zip(chosen.iterancestors(), range(_WRAPPER_UP)):
        st = stats.get(up)
        if st is None or scores.get(up, 0.0) < floor:
            continue
        if st.paras < mine.paras + TEXT_PARAS or st.link_chars > TEXT_LINK_SHARE * st.chars:
            continue
        whole = up.text_content()
        at = whole.find(lead_text)
        after = whole[at + len(lead_text):] if at >= 0 else ""
        lead = hanzi_pairs(lead_text)
        if len(lead & hanzi_pairs(after[:_SAME_STORY_CHARS])) / max(1, len(lead)) >= SAME_STORY:
            return up
    return None


#: A stream of teasers (each item a headline link and a line of summary) scores this share of
#: its density: it is many stories' openings, not one story.
STREAM_SHARE = 0.3


def _mostly_stream(el, stats: dict, known: dict) -> bool:
    """``el`` is a stream, or most of its text is one: a heading over the teasers, or wrappers
    around them (``<div id="more"><div class="wrapper"><h2>其他人也在看</h2><ul>…``), down the
    children that hold most of its text (:data:`_STREAM_DEPTH` levels; one for a wrapper that
    says it holds content, :func:`is_content_like`)."""
    if is_stream(el, known):
        return True
    half = 0.5 * stats[el].chars
    node = el
    # (a wrapper whose class or id says content is not looked through: an article of link cards)
    for _ in range(1 if is_content_like(el) else _STREAM_DEPTH):
        node = next((child for child in node if child in stats and stats[child].chars >= half), None)
        if node is None:
            return False
        if len(node) >= STREAM_ITEMS and is_stream(node, known):
            return True
    return False


#: Levels of wrappers :func:`_mostly_stream` looks through.
_STREAM_DEPTH = 3

#: Like items (same tag and class) around the chosen container that make it one of a list's.
LIST_ITEMS = 5

#: Levels above the chosen container searched for such an item.
_ITEM_LEVELS = 6


def one_of_a_list(node) -> bool:
    """Whether ``node`` (the chosen container) sits in one item of a run of :data:`LIST_ITEMS`
    or more like items (same tag and class, side by side), most of them holding a headline link
    and the item holding ``node`` less than half of their text: a forum board's thread with its
    abstract, a list page's entry with its summary — the "body" is one entry, the page a list.
    An article's wrapper is not: it holds most of the text around it."""
    item = node
    for _ in range(_ITEM_LEVELS):
        parent = item.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return False
        if len(parent) >= LIST_ITEMS:
            cls = item.get("class")
            like = [c for c in parent if c.tag == item.tag and c.get("class") == cls]
            if len(like) >= LIST_ITEMS and _has_headline_link(item):
                headed = sum(1 for c in like if _has_headline_link(c))
                if headed >= 0.6 * len(like):
                    mine = text_len(item)
                    return mine < 0.5 * sum(text_len(c) for c in like)
        item = parent
    return False


def _has_headline_link(item) -> bool:
    return any(len((a.text_content() or "").strip()) >= HEADLINE_CHARS for a in item.iter("a"))


def _near_headline(body_el, anchor, scored, best_score, best):
    if anchor is None:
        return best
    offsets, anchor_end = _text_offsets(body_el, anchor)
    if anchor_end is None:
        return best

    def near(el) -> bool:
        start = offsets.get(el)
        if start is None or not 0 <= start - anchor_end <= NEAR_HEADLINE:
            return False
        text = el.text_content().strip()
        return len(text) >= NEAR_MIN_CHARS or SENTENCE_MARK.search(text) is not None

    if near(best):
        return best
    close = [(score, el) for score, el in scored if near(el) and score >= NEAR_SHARE * best_score]
    return max(close, key=lambda t: t[0])[1] if close else best


def _text_offsets(body_el, anchor) -> tuple[dict, int | None]:
    """Characters of text before each element (document order), and where the anchor's text
    ends; elements starting further than :data:`NEAR_HEADLINE` after it are left out (they
    are not near it, and most of a page is)."""
    offsets: dict = {}
    count = 0
    anchor_end = None
    inside_anchor = set(anchor.iter())
    seen_anchor = False
    for el in body_el.iter():
        if not isinstance(el.tag, str):
            continue
        if el is anchor:
            seen_anchor = True
        elif seen_anchor and anchor_end is None and el not in inside_anchor:
            anchor_end = count
        if anchor_end is not None and count - anchor_end > NEAR_HEADLINE:
            break
        offsets[el] = count
        if el.tag not in DROP_ALWAYS and el.text:
            count += len("".join(el.text.split()))
        if el.tail:
            count += len("".join(el.tail.split()))
    return offsets, anchor_end
