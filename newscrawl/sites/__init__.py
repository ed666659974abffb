"""Site profiles: one small data module per portal, looked up by name.

To add a portal, write ``newscrawl/sites/<name>.py`` defining ``PROFILE`` (see
:mod:`.profile`) and add its name to :data:`SITES`.
"""

from __future__ import annotations

from importlib import import_module

from .profile import ArticleRules, ChannelLevel, ListRules, SiteProfile

SITES = ("sxrb", "fenlan")


def get_profile(name: str) -> SiteProfile:
    if name not in SITES:
        raise KeyError(f"unknown site {name!r}; known sites: {', '.join(SITES)}")
    return import_module(f"{__name__}.{name}").PROFILE


__all__ = ["SITES", "ArticleRules", "ChannelLevel", "ListRules", "SiteProfile", "get_profile"]
