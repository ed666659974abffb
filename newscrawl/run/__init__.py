"""The run: what turns a crawl into something cron can trust (the last stage of the flow).

- :mod:`.core` — :class:`~.core.Run`: open (lock, state, recovery, run id), permanent faults,
  publication bookkeeping, finish; driven by :class:`newscrawl.extensions.run.RunState`
  (signals only), enabled by the core add-on :mod:`.addon`;
- :mod:`.lock` — one run per site (``flock``);
- :mod:`.publish` — the ``.part`` feed storage and the check of remote feed storages;
- :mod:`.rebuild` — the state rebuilt from the feeds when it is missing, emptied or corrupt;
- :mod:`.verdict` — failure reasons and the exit codes (0, 1, 2, 75);
- :mod:`.report` — ``<run id>.stats.json``;
- :mod:`.config` — ``NEWSCRAWL_*`` settings: environment = ``-s``, checked before the crawl.

Fault kinds are :mod:`newscrawl.faults`; the state store is :mod:`newscrawl.state`.
"""
