"""``scrapy shell URL`` with one helper: ``article()`` gives the page's article fields.

    $ scrapy shell http://127.0.0.1:8001/lvliang/jiaokou/shcz/202403/t20240316_9446516.htm
    >>> article()                 # the fetched page → the feed's fields, cleaned, as one dict
    >>> article(site="fenlan")    # with that profile's selectors (default: the URL's profile)
    >>> fetch(other_url); article()

The page goes the way ``python -m newscrawl.extract`` takes a saved page (the crawl's
extraction, the profile's selectors with generic fallback, the clean pipeline's rules); the
profile is the URL's (:func:`newscrawl.sites.profile_for_url`), or none (generic extraction).
One page only: pages 2..n of a long article are not fetched.
"""

from __future__ import annotations

from scrapy.commands.shell import Command as ScrapyShellCommand

from ..extract.__main__ import extract, to_article
from ..pipelines.clean import BodyCleaner
from ..sites import get_profile, profile_for_url
from .debugging import LeavesTheRunAlone


def article(response, site: str | None = None) -> dict:
    """The article fields of ``response`` (one page), in the feed's order."""
    profile = get_profile(site) if site else profile_for_url(response.url)
    page, _ = extract(response, response.url, profile)
    return to_article(page, response.url, profile, BodyCleaner(profile.boilerplate_lines if profile else ()))


class Command(LeavesTheRunAlone, ScrapyShellCommand):
    def update_vars(self, vars) -> None:  # noqa: A002 (Scrapy's name)
        def article_here(response=None, site: str | None = None) -> dict:
            """article(response=the current one, site=the URL's profile): the page's article fields."""
            return article(response if response is not None else vars["response"], site)

        vars["article"] = article_here
