"""Site profiles: one small data module per portal, discovered, never listed by hand.

A profile is a :class:`~.profile.SiteProfile` named ``PROFILE`` in either

- a module of this package, ``newscrawl/sites/<name>.py`` (the module's name is the site's), or
- any installed distribution, through the entry point group ``newscrawl.sites``::

      [project.entry-points."newscrawl.sites"]
      myportal = "mypackage.myportal:PROFILE"

``scrapy sites`` lists them; ``scrapy genprofile NAME URL`` drafts a new one from a crawl.
A module of this package without ``PROFILE`` (``profile``: what a profile is; ``generic``: URL
shapes for portals without one) is not a profile.
"""

from __future__ import annotations

import pkgutil
from functools import lru_cache
from importlib import import_module
from importlib.metadata import entry_points
from urllib.parse import urlsplit

from .profile import ArticleRules, ChannelLevel, ListRules, SiteProfile

ENTRY_POINT_GROUP = "newscrawl.sites"
_NOT_PROFILES = {"profile", "generic"}


@lru_cache(maxsize=1)
def _discovered() -> dict[str, object]:
    """name → a loader (module name in this package, or an entry point), not yet imported."""
    found: dict[str, object] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name in _NOT_PROFILES or info.name.startswith("_"):
            continue
        module = f"{__name__}.{info.name}"
        if hasattr(import_module(module), "PROFILE"):  # the package's other modules are not profiles
            found[info.name] = module
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        found.setdefault(ep.name, ep)  # a bundled profile wins over a same-named plug-in
    return found


def site_names() -> tuple[str, ...]:
    return tuple(sorted(_discovered()))


def get_profile(name: str) -> SiteProfile:
    loader = _discovered().get(name)
    if loader is None:
        raise KeyError(f"unknown site {name!r}; known sites: {', '.join(site_names())}")
    profile = import_module(loader).PROFILE if isinstance(loader, str) else loader.load()
    if not isinstance(profile, SiteProfile):  # an entry point may name the module
        profile = getattr(profile, "PROFILE", profile)
    if not isinstance(profile, SiteProfile) or profile.name != name:
        raise KeyError(f"site {name!r}: {getattr(loader, 'value', loader)} does not define a SiteProfile named {name!r}")
    return profile


def all_profiles() -> list[SiteProfile]:
    return [get_profile(name) for name in site_names()]


def profile_for_url(url: str) -> SiteProfile | None:
    """The profile of the portal a URL belongs to: the one whose host (or alias) it is on,
    else, on another host (a mirror, a replica), the only one whose article URLs look like it."""
    parts = urlsplit(url)
    profiles = all_profiles()
    for profile in profiles:
        if parts.hostname == profile.host or parts.hostname in profile.host_aliases:
            return profile
    shaped = [p for p in profiles if p.article_re.match(parts.path)]
    return shaped[0] if len(shaped) == 1 else None


#: The names of the known profiles (discovered at import).
SITES = site_names()

__all__ = ["SITES", "ArticleRules", "ChannelLevel", "ListRules", "SiteProfile", "all_profiles", "get_profile",
           "profile_for_url", "site_names"]
