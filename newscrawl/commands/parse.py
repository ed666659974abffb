"""``scrapy parse --spider=portal URL`` with no other argument: the profile is the URL's.

The portal spider's site is taken from the URL (:func:`newscrawl.sites.profile_for_url`: the
profile of its host, or on a mirror/replica the one whose article URLs look like it, with
``base_url`` the URL's host); a URL no profile knows is parsed as a portal with no profile
(``start_url``).  The spider's ``parse`` routes the page: an article gives its item.
``-a site=…`` / ``-a start_url=…`` given on the command line win.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from scrapy.commands.parse import Command as ScrapyParseCommand

from ..sites import profile_for_url
from .debugging import LeavesTheRunAlone


class Command(LeavesTheRunAlone, ScrapyParseCommand):
    def run(self, args, opts) -> None:
        if len(args) == 1 and opts.spider == "portal" and not {"site", "start_url"} & set(opts.spargs):
            url = args[0]
            parts = urlsplit(url)
            profile = profile_for_url(url)
            if profile is not None:
                opts.spargs["site"] = profile.name
                if parts.hostname != profile.host:
                    opts.spargs.setdefault("base_url", f"{parts.scheme}://{parts.netloc}")
            else:
                opts.spargs["start_url"] = f"{parts.scheme}://{parts.netloc}/"
        super().run(args, opts)
