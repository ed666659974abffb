"""Feed files that are whole or absent: a Scrapy feed storage that writes ``.part`` and renames.

A consumer polling ``output/<site>/`` must never read a half-written line, so the feed is
written to ``<name>.part``, flushed and fsync'ed, then renamed to ``<name>`` (an atomic step
on POSIX) and the directory fsync'ed.  Two signals around the rename let the run's state
commit its marks in step with the file (see :mod:`newscrawl.extensions.run`):

- :data:`feed_finalizing` — the ``.part`` file is complete on disk; the rename is next;
- :data:`feed_published` — the file is visible under its final name.

Registered for plain paths and ``file://`` URIs in ``FEED_STORAGES``; with ``-o`` (append)
the existing file's content is carried into the new one, so appending stays atomic too.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from scrapy.extensions.feedexport import FileFeedStorage
from twisted.python.failure import Failure

from .failpoints import failpoint

#: Signal: a feed file is about to be opened (args: storage).
feed_opening = object()
#: Signal: the .part file is complete and synced; the rename comes next (args: storage).
feed_finalizing = object()
#: Signal: the feed is visible under its final name (args: storage).
feed_published = object()


class AtomicFileFeedStorage(FileFeedStorage):
    def __init__(self, uri: str, *, feed_options: dict | None = None, crawler=None):
        super().__init__(uri, feed_options=feed_options)
        self.crawler = crawler
        self.final_path = Path(self.path)
        self.part_path = self.final_path.with_name(self.final_path.name + ".part")

    @classmethod
    def from_crawler(cls, crawler, uri: str, *, feed_options: dict | None = None):
        return cls(uri, feed_options=feed_options, crawler=crawler)

    def _send(self, signal) -> None:
        """Send ``signal``; a handler's error is raised here, not only logged as
        ``send_catch_log`` would, so that a state that could not record a step stops the
        publication (the except in :meth:`store` then removes the .part)."""
        if self.crawler is None:
            return
        for _, result in self.crawler.signals.send_catch_log(signal, storage=self):
            if isinstance(result, Failure):
                result.raiseException()

    def open(self, spider):
        self.part_path.parent.mkdir(parents=True, exist_ok=True)
        self._send(feed_opening)
        if self.write_mode == "ab" and self.final_path.exists():
            shutil.copyfile(self.final_path, self.part_path)  # -o appends: start from what is there
            return self.part_path.open("ab")
        return self.part_path.open("wb")

    def store(self, file):
        try:
            failpoint("before_sync")
            file.flush()
            os.fsync(file.fileno())
            file.close()
            self._send(feed_finalizing)
            failpoint("before_rename")
            os.replace(self.part_path, self.final_path)
        except Exception:
            # A full disk, say.  Scrapy logs the error and counts feedexport/failed_count; the
            # run's articles are not committed (RunState), so the next run delivers them.
            # The incomplete .part goes now rather than at the next run.
            file.close()
            self.part_path.unlink(missing_ok=True)
            raise
        _fsync_dir(self.final_path.parent)
        failpoint("after_rename")
        self._send(feed_published)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
