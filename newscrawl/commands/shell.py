"""``scrapy shell URL`` with one helper: ``article()`` gives the page's article fields.

    $ scrapy shell http://127.0.0.1:8001/lvliang/jiaokou/shcz/202403/t20240316_9446516.htm
    >>> article()                 # the fetched page → the feed's fields, cleaned, as one dict
    >>> article(site="fenlan")    # with that profile's selectors (default: the URL's profile)
    >>> fetch(other_url); article()

The page goes the way ``python -m newscrawl.extract`` takes a saved page (the crawl's
extraction, the profile's selectors with generic fallback, the clean pipeline's rules); the
profile is the URL's (:func:`newscrawl.sites.profile_for_url`), or none (generic extraction).
One page only: pages 2..n of a long article are not fetched.  A page the crawl would not emit
(:func:`newscrawl.extract.classify`: a list, topic, gallery … page) still gives its fields, and
its kind goes to stderr; so do the fields a profile's selectors missed.
"""

from __future__ import annotations

import sys

from scrapy.commands.shell import Command as ScrapyShellCommand

from ..extract import classify, extract
from ..pipelines.clean import BodyCleaner
from ..sites import get_profile, profile_for_url
from .debugging import LeavesTheRunAlone
from .extract import to_article


def article(response, site: str | None = None) -> dict:
    """The article fields of ``response`` (one page), in the feed's order."""
    profile = get_profile(site) if site else profile_for_url(response.url)
    page, filled = extract(response, profile)
    kind = classify(response.selector, page)
    if kind != "article":  # the crawl would drop this page, counted under its kind
        print(f"{response.url}: not an article: {kind} (the crawl emits no item)", file=sys.stderr)
    if filled:
        print(f"{response.url}: profile {profile.name} found nothing for {', '.join(filled)}; generic values used",
              file=sys.stderr)
    return to_article(page, response.url, profile, BodyCleaner(profile.boilerplate_lines if profile else ()))


class Command(LeavesTheRunAlone, ScrapyShellCommand):
    def update_vars(self, vars) -> None:  # noqa: A002 (Scrapy's name)
        def article_here(response=None, site: str | None = None) -> dict:
            """article(response=the current one, site=the URL's profile): the page's article fields."""
            return article(response if response is not None else vars["response"], site)

        vars["article"] = article_here
