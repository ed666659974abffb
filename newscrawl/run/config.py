"""One setting, one meaning: every ``NEWSCRAWL_*`` knob from ``-s`` or the environment, checked.

* :func:`from_environment` (called at the end of ``settings.py``): a ``NEWSCRAWL_*`` variable
  in the environment overrides the project default of the knob of that name, as a string, so it
  is read exactly like ``-s NAME=VALUE`` (which still wins over it).  Values derived from
  another knob (the feed path from ``NEWSCRAWL_OUTPUT_DIR``, ``DEPTH_LIMIT`` from
  ``NEWSCRAWL_MAX_LIST_PAGES``) are derived at run time, so both ways move them alike.
* :func:`problems` (the crawl command, before anything else): each knob read as its default's
  type says (bool, int, float, list, dict) and within its range (:data:`RANGES`); an unknown
  ``NEWSCRAWL_*`` name is a typo.  The first problem is a usage error: one line naming the
  setting, exit code 2, no request made.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

#: Names read from the environment but not knobs.
NOT_SETTINGS = frozenset({"NEWSCRAWL_FAILPOINTS"})
#: (lowest, highest) allowed; None: no bound.  Numbers not listed must be >= 0.
RANGES = {
    "NEWSCRAWL_ERROR_BUDGET": (0.0, 1.0),
    "NEWSCRAWL_NEAR_DUP_BITS": (0, 5),
    "NEWSCRAWL_MAX_LIST_PAGES": (1, None),
    "NEWSCRAWL_STOP_AFTER_KNOWN_PAGES": (1, None),
    "NEWSCRAWL_MOJIBAKE_RUN": (1, None),
}
SITE_NAME = re.compile(r"^[a-z0-9_.-]+$")


#: The knobs' defaults as written in settings.py, before the environment (from_environment).
_DEFAULTS: dict = {}


def knobs() -> dict:
    """The project's ``NEWSCRAWL_*`` knobs and their defaults (as written in settings.py)."""
    if not _DEFAULTS:
        from .. import settings  # noqa: F401 (its import fills _DEFAULTS)
    return dict(_DEFAULTS)


def from_environment(namespace: dict) -> None:
    for name in [k for k in namespace if k.startswith("NEWSCRAWL_") and k not in NOT_SETTINGS]:
        _DEFAULTS.setdefault(name, namespace[name])
        if name in os.environ:
            namespace[name] = os.environ[name]


def _typed(settings, name: str, default):
    if isinstance(default, bool):
        return settings.getbool(name)
    if isinstance(default, int):
        return settings.getint(name)
    if isinstance(default, float):
        return settings.getfloat(name)
    if isinstance(default, list):
        return settings.getlist(name)
    if isinstance(default, dict):
        return settings.getdict(name)
    return settings.get(name)


def problems(settings) -> list[str]:
    """What is wrong with the ``NEWSCRAWL_*`` settings, one line each (empty: nothing)."""
    defaults = knobs()
    out = []
    for name in sorted(k for k in settings.attributes if k.startswith("NEWSCRAWL_")):
        if name not in defaults:
            out.append(f"unknown setting {name} (see newscrawl/settings.py for the NEWSCRAWL_* settings)")
            continue
        default, raw = defaults[name], settings.get(name)
        try:
            value = _typed(settings, name, default)
        except (ValueError, TypeError):
            kind = {bool: "True or False", int: "a whole number", float: "a number", list: "a comma-separated list",
                    dict: "a JSON object"}.get(type(default), "a value")
            out.append(f"setting {name}={raw!r} is not {kind}")
            continue
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            low, high = RANGES.get(name, (0, None))
            if (low is not None and value < low) or (high is not None and value > high):
                bounds = f"between {low} and {high}" if high is not None else f"at least {low}"
                out.append(f"setting {name}={raw!r} is out of range (must be {bounds})")
    site = settings.get("NEWSCRAWL_SITE")
    if site and not SITE_NAME.match(str(site)):
        out.append(f"setting NEWSCRAWL_SITE={site!r} is not a site name ([a-z0-9_.-]+)")
    for name in ("NEWSCRAWL_OUTPUT_DIR",):
        if not str(settings.get(name) or "").strip():
            out.append(f"setting {name} is empty")
    return out


def derived(settings) -> None:
    """Settings that follow from a knob, unless set themselves (called by the core add-on)."""
    from scrapy.settings import SETTINGS_PRIORITIES

    project = SETTINGS_PRIORITIES["project"]
    if (settings.getpriority("DEPTH_LIMIT") or 0) <= project:
        settings.set("DEPTH_LIMIT", 4 + settings.getint("NEWSCRAWL_MAX_LIST_PAGES", 100) + 20, priority=project)


def feed_uri(settings) -> str | None:
    """The per-run feed: ``NEWSCRAWL_FEED_URI``, else ``<NEWSCRAWL_OUTPUT_DIR>/<site>/<run id>.jsonl``
    (None without an output folder: settings that are not the project's, a unit test's)."""
    if settings.get("NEWSCRAWL_FEED_URI"):
        return settings["NEWSCRAWL_FEED_URI"]
    out = settings.get("NEWSCRAWL_OUTPUT_DIR")
    return str(Path(out) / "%(site)s" / "%(run_id)s.jsonl") if out else None
