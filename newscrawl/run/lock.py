"""One run per site at a time: an advisory ``flock`` held for the life of the process.

The lock of a site is ``.<site>.lock`` beside the state file (:func:`lock_path`).  ``scrapy
crawl`` takes it before Scrapy starts (exit 75 if it is held); a run started another way
(``runspider``, a script's ``CrawlerProcess``) has it taken by the run state.  Debugging
commands (shell, fetch, parse, check, list) never take it.

The kernel drops the lock when the process dies, however it dies (SIGKILL included), so a
crashed run never blocks the next one.  The holder's pid is written into the file for the
refusal message.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path


#: Locks this process holds, by resolved path: a second RunLock on the same file in the same
#: process would be refused by flock (locks belong to open files), so holders are asked first.
_HELD: dict[Path, "RunLock"] = {}


def lock_path(settings, site: str) -> Path:
    from ..state import state_path

    return state_path(settings).with_name(f".{site}.lock")


class RunLock:
    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self._fd: int | None = None

    @staticmethod
    def held_here(path: str | os.PathLike) -> bool:
        """Whether this process already holds the lock at ``path``."""
        return Path(path).resolve() in _HELD

    def acquire(self) -> bool:
        """Take the lock without waiting; False if another live process holds it."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        _HELD[self.path.resolve()] = self
        return True

    def holder(self) -> str:
        try:
            return self.path.read_text().strip() or "?"
        except OSError:
            return "?"

    def release(self) -> None:
        if self._fd is not None:
            _HELD.pop(self.path.resolve(), None)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
