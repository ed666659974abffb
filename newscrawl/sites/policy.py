"""All URL knowledge of one crawl in one object: :class:`SitePolicy`.

The spider, the extract command and the redirect guard ask it the same questions:

- **on site**: http(s), one of the portal's hosts (IDN names compared in their punycode form,
  as requests carry them), and the start URL's port — another port or another scheme's
  default port of the same host name is another server, off the portal;
- **allowed domains** for Scrapy's OffsiteMiddleware (punycode host names, no ports);
- **canonical URL** of an article (profile rewrites: BIG5→GB, page n→1; without a profile the
  generic shapes' page suffix), in w3lib's canonical form;
- **article match**: the article id (and page) an URL carries, by the profile's pattern, or
  without one by the known CMS shapes (:mod:`.generic`) and the shapes **learned** this run
  (:meth:`learn`: a page of unknown shape classified as an article teaches its shape, digits
  generalised, so the rest of that family is requested as articles directly);
- **traps**: calendars and search pages (:func:`.generic.is_trap`).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

from w3lib.url import canonicalize_url

from . import generic
from .profile import SiteProfile

_DIGITS = re.compile(r"\d+")


def ascii_host(host: str | None) -> str:
    """A host name as it travels in requests: lower case, IDN labels in punycode."""
    if not host:
        return ""
    host = host.lower().rstrip(".")
    if host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


def shape_of(path: str) -> str:
    """The regex of an URL path's shape: its digit runs generalised (``/art/2024/5/3/art_12_345.html``
    → ``^/art/\\d+/\\d+/\\d+/art_\\d+_\\d+\\.html$``)."""
    parts = _DIGITS.split(path)
    return "^" + r"\d+".join(re.escape(p) for p in parts) + "$"


class SitePolicy:
    """URL rules of one portal, with or without a site profile."""

    #: At most this many shapes are learned in one run (a portal has a handful).
    MAX_LEARNED = 32

    def __init__(self, base_url: str, profile: SiteProfile | None = None, aliases: tuple[str, ...] = ()):
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an http(s) URL: {base_url!r}")
        self.profile = profile
        self.scheme = parts.scheme
        self.host = ascii_host(parts.hostname)
        self.port = parts.port or (443 if parts.scheme == "https" else 80)
        self.netloc = self.host if parts.port is None else f"{self.host}:{parts.port}"
        self.base_url = f"{parts.scheme}://{self.netloc}"
        self.hosts = {self.host, *(ascii_host(a) for a in aliases)}
        self._rewrites = [(re.compile(p), r) for p, r in profile.canonical_rewrites] if profile else []
        self.learned: dict[str, re.Pattern[str]] = {}

    @property
    def allowed_domains(self) -> list[str]:
        """Host names for OffsiteMiddleware (it ignores ports; :meth:`on_site` does not)."""
        return sorted(self.hosts)

    def url(self, url: str) -> str:
        """An URL with its host in punycode (what is requested and compared)."""
        parts = urlsplit(url)
        if parts.hostname and not parts.hostname.isascii():
            netloc = ascii_host(parts.hostname) + (f":{parts.port}" if parts.port else "")
            return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
        return url

    def on_site(self, url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or ascii_host(parts.hostname) not in self.hosts:
            return False
        try:
            port = parts.port
        except ValueError:  # a malformed port is not the portal
            return False
        return (port or (443 if parts.scheme == "https" else 80)) == self.port

    def canonical_url(self, url: str) -> str:
        """BIG5 → GB, page n → page 1, host aliases → the base host, w3lib canonical form."""
        if self.profile is None:
            return canonicalize_url(generic.canonical_article_url(self.url(url)))
        parts = urlsplit(url)
        path = parts.path
        for pattern, repl in self._rewrites:
            path = pattern.sub(repl, path)
        netloc = self.netloc if ascii_host(parts.hostname) in self.hosts else parts.netloc
        return canonicalize_url(urlunsplit((parts.scheme, netloc, path, parts.query, "")))

    def article_match(self, url: str) -> generic.ArticleLink | None:
        """The portal's article id (and page number) in an article URL; None for other URLs."""
        if self.profile is not None:
            m = self.profile.article_re.match(urlsplit(url).path)
            if m is None:
                return None
            page = m.groupdict().get("page")
            return generic.ArticleLink(m["id"], int(page) if page else None, m.span("page") if page else None)
        m = generic.match_article(url)
        if m is not None or not self.learned:
            return m
        path = urlsplit(url).path
        for pattern in self.learned.values():
            if pattern.match(path):
                return generic.ArticleLink(_DIGITS.findall(path)[-1], None, None)
        return None

    def id_of(self, url: str) -> str:
        """An article's id: its shape's id, else the last number of its path, else the path."""
        m = self.article_match(url)
        if m is not None:
            return m.id
        numbers = _DIGITS.findall(urlsplit(url).path)
        return numbers[-1] if numbers else urlsplit(url).path

    def learn(self, url: str) -> bool:
        """Remember the shape of an URL whose page is an article; True if it is new."""
        path = urlsplit(url).path
        if self.profile is not None or not _DIGITS.search(path) or generic.match_article(url) is not None:
            return False
        shape = shape_of(path)
        if shape in self.learned or len(self.learned) >= self.MAX_LEARNED:
            return False
        self.learned[shape] = re.compile(shape)
        return True

    @staticmethod
    def is_trap(url: str, text: str = "") -> bool:
        return generic.is_trap(url, text)

    @staticmethod
    def is_list_url(url: str) -> bool:
        return generic.is_list_url(url)
