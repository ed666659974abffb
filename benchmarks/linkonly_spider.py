"""Baseline for benchmarks/crawl_throughput.py: a spider that follows links and extracts nothing.

It walks the same replica (every same-host link under /GB/, the endless 往期回顾 calendar
excluded; ``-a start_path= -a allow= -a deny=`` for another replica) with Scrapy's
LinkExtractor and yields no items, so its pages/s is what Scrapy and the server manage with
no newscrawl work at all.
"""

from __future__ import annotations

import scrapy
from scrapy.linkextractors import LinkExtractor


class LinkOnlySpider(scrapy.Spider):
    name = "linkonly"
    # No run state and no run verdict: this spider delivers nothing by design.
    custom_settings = {"NEWSCRAWL_STATE_ENABLED": False}

    def __init__(self, base_url: str, start_path: str = "/GB/index.html", allow: str = r"/GB/",
                 deny: str = r"/review/", **kwargs):
        super().__init__(**kwargs)
        self.base_url = base_url.rstrip("/")
        self.start_path = start_path
        self.allowed_domains = ["127.0.0.1"]
        self.links = LinkExtractor(allow=allow or (), deny=(deny,) if deny else (), deny_extensions=["jpg", "png", "pdf"])

    async def start(self):
        yield scrapy.Request(self.base_url + self.start_path, self.parse)

    def parse(self, response):
        for link in self.links.extract_links(response):
            yield scrapy.Request(link.url, self.parse)
