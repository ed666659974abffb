"""Crash-injection points for the crash tests (the "failpoints" of databases such as TiKV).

``NEWSCRAWL_FAILPOINTS=before_rename,after_rename`` in the environment makes the process
SIGKILL itself when it reaches one of the named points, so tests can prove that a run killed
at exactly that moment loses nothing.  Unset (always, in production) it costs one dict lookup.
"""

from __future__ import annotations

import os
import signal

_ACTIVE = frozenset(filter(None, os.environ.get("NEWSCRAWL_FAILPOINTS", "").split(",")))


def failpoint(name: str) -> None:
    if name in _ACTIVE:
        os.kill(os.getpid(), signal.SIGKILL)
