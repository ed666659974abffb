"""The core add-on: the run-state extension, which overriding ``EXTENSIONS`` cannot switch off.

Listed in ``ADDONS`` (settings.py).  Scrapy applies add-ons after every other source of
settings (project, ``-s``, the spider), so ``-s EXTENSIONS='{"myproject.MyExt": 500}'`` adds an
extension of one's own without removing the run state (listed in ``EXTENSIONS`` itself, it
silently went: no state, no report, exit 0).  It also makes local feeds (plain paths,
``file://``) use the atomic ``.part`` storage whatever ``FEED_STORAGES`` says.  The run state
is switched off only by ``NEWSCRAWL_STATE_ENABLED=False``.
"""

from __future__ import annotations


class RunAddon:
    def update_settings(self, settings) -> None:
        from ..extensions.run import RunState
        from .config import derived
        from .publish import AtomicFileFeedStorage

        derived(settings)
        # 100: before the other extensions, so the store is open when they start.
        settings.set_in_component_priority_dict("EXTENSIONS", RunState, 100)
        storages = settings.getdict("FEED_STORAGES")
        for scheme in ("", "file"):
            storages[scheme] = AtomicFileFeedStorage
        settings.set("FEED_STORAGES", storages, priority=settings.getpriority("FEED_STORAGES") or 0)
