"""Publication: feed files that are whole or absent, and delivery only once every feed is stored.

:class:`AtomicFileFeedStorage` is the Scrapy feed storage for local paths: it writes
``.part`` and renames.

A consumer polling ``output/<site>/`` must never read a half-written line, so the feed is
written to ``<name>.part``, flushed and fsync'ed, then renamed to ``<name>`` (an atomic step
on POSIX) and the directory fsync'ed.  Two signals around the rename let the run's state
commit its marks in step with the file (see :class:`newscrawl.run.core.Run`):

- :data:`feed_finalizing` — the ``.part`` file is complete on disk; the rename is next;
- :data:`feed_published` — the file is visible under its final name.

Registered for plain paths and ``file://`` URIs in ``FEED_STORAGES``; with ``-o`` (append)
the existing file's content is carried into the new one, so appending stays atomic too.

Feeds to other storages (``ftp://``, ``s3://``…, Scrapy's own) are uploaded by Scrapy; the run
counts its articles as delivered only when every feed slot of the run was stored
(``feedexport/failed_count/*`` absent), so a failed upload leaves them for the next run.
:func:`check_feed_storages` refuses, before the crawl, a feed whose storage cannot work here
(unknown scheme, missing library such as boto3): a usage error, not a run with no feed.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from scrapy.extensions.feedexport import FileFeedStorage
from twisted.python.failure import Failure

from ..failpoints import failpoint

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


def check_feed_storages(crawler, feeds: dict) -> str | None:
    """Why one of ``feeds`` (URI → options) cannot be stored here, in one line; None if all can."""
    from urllib.parse import urlsplit

    from scrapy.exceptions import NotConfigured
    from scrapy.utils.misc import build_from_crawler, load_object

    storages = {k: v for k, v in crawler.settings.getwithbase("FEED_STORAGES").items() if v}
    for uri, options in feeds.items():
        scheme = urlsplit(str(uri)).scheme
        if len(scheme) == 1:  # a Windows drive letter
            scheme = ""
        if scheme not in storages:
            return f"feed {_safe(uri)}: no storage for {scheme}:// (FEED_STORAGES knows {', '.join(sorted(s or 'file paths' for s in storages))})"
        try:
            build_from_crawler(load_object(storages[scheme]), crawler, str(uri), feed_options=dict(options or {}))
        except NotConfigured as exc:
            return f"feed {_safe(uri)}: {scheme}:// cannot be used here ({exc or 'storage not configured'})"
        except (ImportError, ValueError) as exc:
            return f"feed {_safe(uri)}: {exc}"
    return None


def _safe(uri) -> str:
    """A feed URI without its password."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(str(uri))
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return urlunsplit(parts._replace(netloc=netloc))
    return str(uri)
