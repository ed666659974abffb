"""Crash-injection points for the crash tests (the "failpoints" of databases such as TiKV).

``NEWSCRAWL_FAILPOINTS=before_rename,after_rename`` in the environment makes the process
SIGKILL itself when it reaches one of the named points, so tests can prove that a run killed
at exactly that moment loses nothing.  ``name:enospc`` raises "No space left on device" there
instead, as a full disk would.  Unset (always, in production) it costs one dict lookup.
"""

from __future__ import annotations

import errno
import os
import signal

_ACTIVE = dict(
    (entry.partition(":")[0], entry.partition(":")[2] or "kill")
    for entry in os.environ.get("NEWSCRAWL_FAILPOINTS", "").split(",") if entry
)


def failpoint(name: str) -> None:
    action = _ACTIVE.get(name)
    if action == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    elif action == "enospc":
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
