"""``python -m newscrawl.extract PAGE.html …``: the command lives in :mod:`newscrawl.commands.extract`
(it builds the feed's item, so it needs the pipelines' cleaner; extraction itself does not)."""

from ..commands.extract import article_id, canonical_url, main, page_url, to_article

__all__ = ["article_id", "canonical_url", "main", "page_url", "to_article"]

if __name__ == "__main__":
    raise SystemExit(main())
