"""Extract saved article pages: ``python -m newscrawl.extract PAGE.html [PAGE2.html ...] [--url URL] [--site NAME]``.

Prints each page's Article as one JSON line, fields in feed order (``newscrawl.items.FIELDS``),
for debugging a template and for evaluation.  The page goes through what the crawl does:

* its bytes are decoded as the crawl decodes a response: Scrapy's choice (BOM, ``<meta charset>``,
  else detection) checked against the bytes by :mod:`newscrawl.extract.decoding` (the charset
  middleware's decision), so a gb2312/GBK page, or UTF-8 under a stale gb2312 ``<meta>``, needs
  no flag; a page that fits no charset is reported on stderr (exit status 1), not printed;
* :func:`newscrawl.extract.extract`, as the spider calls it: without ``--site``, the generic
  extractor; with ``--site NAME``, that profile's selectors, each empty field then filled from
  the generic extractor (the names of the filled fields go to stderr: a profile that needs them
  no longer matches the page);
* :func:`newscrawl.extract.classify`: a page that is not an article (a list, special-topic
  landing page, gallery, video page, attachment notice, empty page) is not printed; its kind
  goes to stderr (``PAGE: not an article: gallery``) and the exit status is 3;
* the body through the clean pipeline's :class:`BodyCleaner`, then ``content_hash`` and
  ``fingerprint`` as :mod:`newscrawl.pipelines.clean` computes them.

Exit status: 0 when every page was printed, 1 when a page could not be read or decoded, 3 when
(otherwise) a page was not an article.  ``--url`` gives the URL the page was fetched from (once per file, in order); without it, the
page's ``<link rel="canonical">`` if it has one, else the file's ``file://`` URL.  ``id`` is
``<site>:<portal article id>``; without a profile ``site`` is the URL's host.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from scrapy.http import HtmlResponse
from w3lib.url import canonicalize_url

from ..extract import PageFields, classify, dates, extract, page_response
from ..extract.text import squash
from ..extract.urls import url_article_id
from ..fingerprint import body_keys
from ..items import FIELDS
from ..pipelines.clean import BodyCleaner
from ..sites import SITES, SiteProfile, get_profile
from ..sites.generic import canonical_article_url, match_article
from ..sites.policy import SitePolicy


def page_url(response: HtmlResponse) -> str:
    """The page's own canonical URL when it names an absolute http(s) one, else the response URL."""
    href = (response.xpath("//link[@rel='canonical']/@href").get() or "").strip()
    if href:
        absolute = urljoin(response.url, href)
        if absolute.startswith(("http://", "https://")):
            return absolute
    return response.url


def canonical_url(url: str, profile: SiteProfile | None) -> str:
    """The canonical form the crawl gives ``url`` (a saved page's URL may be ``file://``)."""
    parts = urlsplit(url)
    if parts.scheme in ("http", "https") and parts.hostname:  # the crawl's own rules: its site policy
        if profile is None:  # as the spider without a profile: page n → 1, BIG5 → GB
            return SitePolicy(f"{parts.scheme}://{parts.netloc}").canonical_url(url)
        return SitePolicy(profile.base_url, profile, profile.host_aliases).canonical_url(url)
    return canonicalize_url(canonical_article_url(url) if profile is None else url)


def article_id(url: str, profile: SiteProfile | None) -> tuple[str, str]:
    """(site, id): as the crawl names them, the profile's name or the host, and the article id
    the URL carries (its path when it carries none)."""
    path = urlsplit(url).path
    if profile is not None:
        m = profile.article_re.match(path)
        return profile.name, f"{profile.name}:{m['id'] if m else path}"
    site = (urlsplit(url).hostname or "local").lower()
    link = match_article(url)
    return site, f"{site}:{link.id if link else url_article_id(url)}"


def to_article(page: PageFields, url: str, profile: SiteProfile | None, cleaner: BodyCleaner) -> dict:
    """The feed's item for one page: cleaned body, bylines moved out, content keys computed."""
    res = cleaner.clean(page.paragraphs, page.authors, page.editors, page.images)
    body = "\n".join(res.paragraphs)
    keys = body_keys(body) if res.paragraphs else None  # normalised once, as the clean pipeline does
    site, id_ = article_id(url, profile)
    published_at, precision = dates.typed(page.published_at)
    item = {
        "id": id_,
        "version": 1,
        "url": url,
        "canonical_url": canonical_url(url, profile),
        "other_urls": [],
        "site": site,
        "channel": page.channel,
        "title": squash(page.title) or None,
        "pretitle": squash(page.pretitle) or None,
        "subtitle": squash(page.subtitle) or None,
        "published_at": published_at,
        "published_at_precision": precision,
        "source": squash(page.source) or None,
        "authors": res.authors,
        "editors": res.editors,
        "body": body,
        "images": res.images,
        "script": page.script,
        "content_hash": keys[0] if keys else None,
        "fingerprint": keys[1] if keys else None,
        "crawled_at": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
    }
    return {name: item.get(name) for name in FIELDS}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m newscrawl.extract", description=__doc__.split("\n\n")[0])
    ap.add_argument("pages", nargs="+", metavar="PAGE.html", help="saved article pages")
    ap.add_argument("--url", action="append", default=[],
                    help="the URL each page was fetched from (give it once per page, in order)")
    ap.add_argument("--site", choices=SITES, help="use this site profile's selectors, generic as fallback")
    args = ap.parse_args(argv)
    if args.url and len(args.url) != len(args.pages):
        ap.error(f"--url given {len(args.url)} times for {len(args.pages)} pages: give it once per page")
    profile = get_profile(args.site) if args.site else None
    cleaner = BodyCleaner(profile.boilerplate_lines if profile else ())
    status = 0
    for i, name in enumerate(args.pages):
        path = Path(name)
        try:
            raw = path.read_bytes()
        except OSError as exc:
            print(f"{name}: {exc.strerror or exc}", file=sys.stderr)
            status = 1
            continue
        response = HtmlResponse(url=args.url[i] if args.url else path.resolve().as_uri(), body=raw)
        response, decision = page_response(response)
        if decision is not None and decision.encoding is None:
            print(f"{name}: {decision.fault}: {decision.message}", file=sys.stderr)
            status = 1
            continue
        url = response.url if args.url else page_url(response)
        if url != response.url:
            response = response.replace(url=url)
        page, filled = extract(response, profile)
        kind = classify(response.selector, page)
        if kind != "article":
            print(f"{name}: not an article: {kind}", file=sys.stderr)
            status = status or 3
            continue
        if filled:
            print(f"{name}: profile {profile.name} found nothing for {', '.join(filled)}; generic values used",
                  file=sys.stderr)
        print(json.dumps(to_article(page, url, profile, cleaner), ensure_ascii=False), flush=True)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
