"""Item pipelines, in the order ``settings.ITEM_PIPELINES`` runs them.

clean → validate → dedupe: boilerplate and bylines out of the body, then the contract
checked, then one item per article.  Each is a small Scrapy component built by
``from_crawler`` and switchable in settings.
"""
