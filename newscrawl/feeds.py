"""Moved: the feed storage and its signals are :mod:`newscrawl.run.publish` (this name is kept
so that ``FEED_STORAGES`` entries naming ``newscrawl.feeds.AtomicFileFeedStorage`` still load)."""

from .run.publish import AtomicFileFeedStorage, feed_finalizing, feed_opening, feed_published  # noqa: F401
