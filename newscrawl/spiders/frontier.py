"""The walk's state in one small plain class: :class:`Frontier` (no Scrapy, unit-tested alone).

What the spider's callbacks ask while a run walks a portal:

- **lists** met this run, by the path (and query) of their first page, and their fate:
  ``open`` while paged, ``stopped`` at known articles, ``failed`` when a page of it could not
  be read.  A run that ends normally records its open lists as walked to the end;
- **articles** requested this run (one request per article id whatever URL it is listed
  under), the other URLs each was listed under (``other_urls``), and the **fail-over** of an
  article listed under two URLs: if the one requested fails, the other is tried;
- **incremental streaks**: how many list pages in a row held only known articles;
- **channel paths** (profile-free walk): every listing path met for an article id and the
  places (channel paths) the walk has been, from which :meth:`channel` chooses.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit


class Frontier:
    def __init__(self) -> None:
        self.lists: dict[str, str] = {}
        self.requested: set[str] = set()
        self.other_urls: dict[str, set[str]] = {}
        self.tried: dict[str, set[str]] = {}  # id -> canonical URLs requested
        self.untried: dict[str, dict[str, list[str]]] = {}  # id -> {canonical URL: channel path}
        self.failed: set[str] = set()  # ids whose every URL tried so far failed
        self.classifying: set[str] = set()  # unknown-shape URLs sent to be classified
        self.walk_paths: dict[str, list[list[str]]] = {}
        self.places: set[tuple[str, ...]] = set()
        self.names: set[str] = set()  # every channel name the walk has met

    # -- lists ------------------------------------------------------------------------------
    def list_key(self, url: str, key: str | None = None) -> str:
        """A list's key: the path (and query) of its first page, carried along its pager."""
        if key is None:
            parts = urlsplit(url)
            key = urlunsplit(("", "", parts.path, parts.query, ""))
        self.lists.setdefault(key, "open")
        return key

    def list_failed(self, key: str) -> None:
        self.lists[key] = "failed"  # pages past the failed one were not seen

    def list_stopped(self, key: str) -> None:
        self.lists[key] = "stopped"

    def walked_lists(self) -> list[str]:
        """Lists paged to their end this run (to be remembered when the run ends normally)."""
        return [key for key, state in self.lists.items() if state == "open"]

    # -- incremental streaks ------------------------------------------------------------------
    @staticmethod
    def streak(previous: int, ids: list[str], known: set[str]) -> int:
        """The new count of list pages in a row whose articles were all known."""
        return previous + 1 if ids and all(i in known for i in ids) else 0

    # -- articles ---------------------------------------------------------------------------
    def claim(self, article_id: str, canonical: str, url: str) -> bool:
        """True (and the article is now requested) if this id is new this run; else the
        listing is remembered as another URL of it, and as a fail-over candidate."""
        if article_id not in self.requested:
            self.requested.add(article_id)
            self.tried.setdefault(article_id, set()).add(canonical)
            if url != canonical:
                self.other_urls.setdefault(article_id, set()).add(url)
            return True
        self.other_urls.setdefault(article_id, set()).add(url)
        return False

    def add_alternative(self, article_id: str, canonical: str, path: list[str]) -> bool:
        """Remember an untried URL of a requested article; True if every URL tried so far
        failed, so that this one should be tried now."""
        if canonical in self.tried.get(article_id, ()):
            return False
        self.untried.setdefault(article_id, {}).setdefault(canonical, path)
        return article_id in self.failed

    def has_alternative(self, article_id: str) -> bool:
        return bool(self.untried.get(article_id))

    def next_alternative(self, article_id: str) -> tuple[str, list[str]]:
        """The next untried listing URL of an article (there must be one) and its path."""
        url, path = self.untried[article_id].popitem()
        self.failed.discard(article_id)
        self.tried.setdefault(article_id, set()).add(url)
        return url, path

    def article_failed(self, article_id: str) -> None:
        self.failed.add(article_id)

    def was_requested_as(self, article_id: str, canonical: str) -> bool:
        return canonical in self.tried.get(article_id, ())

    # -- channel paths (profile-free walk) ---------------------------------------------------
    def walked_place(self, path: list[str]) -> None:
        self.places.add(tuple(path))
        self.names.update(path)

    def listed(self, article_id: str, path: list[str]) -> None:
        self.walk_paths.setdefault(article_id, []).append(list(path))

    def channel(self, article_id: str, breadcrumb: list[str], list_channel: list[str]) -> tuple[list[str], str]:
        """An article's channel path and where it came from (``walk``, ``walk_breadcrumb``,
        ``walk_extended``, ``breadcrumb``).

        The walk's path (home → … → column) first.  Among several listings (a story also
        published into other columns) the one the breadcrumb agrees with; if none does but
        the breadcrumb names a place the walk has been (or one in the walk's names, or one below
        a place two levels deep it has been: its own column, not yet walked — the walk's order
        decides which of its listings comes first), the breadcrumb; else the deepest.  A
        path that stops above the column (a county page's block) is extended by a breadcrumb
        that agrees with it.  The breadcrumb alone only where the walk has nothing."""
        walked = [p for p in self.walk_paths.get(article_id, []) if p] or ([list(list_channel)] if list_channel else [])
        if not walked:
            return list(breadcrumb), "breadcrumb"
        if breadcrumb:
            agreeing = [p for p in walked if p[-len(breadcrumb):] == breadcrumb or breadcrumb[-len(p):] == p
                        or breadcrumb[:len(p)] == p]
            if agreeing:
                walked = agreeing
            elif (tuple(breadcrumb) in self.places or all(name in self.names for name in breadcrumb)
                  or any(tuple(breadcrumb[:k]) in self.places for k in range(2, len(breadcrumb)))):
                # Listed here under other columns only (so far): its breadcrumb names its own
                # column, in the walk's own names.
                return list(breadcrumb), "walk_breadcrumb"
        best = max(walked, key=len)
        if breadcrumb and len(breadcrumb) > len(best) and breadcrumb[:len(best)] == best:
            return list(breadcrumb), "walk_extended"
        return best, "walk"
