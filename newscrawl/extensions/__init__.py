"""Scrapy extensions of newscrawl (each enabled in ``settings.EXTENSIONS``, configured by settings)."""
