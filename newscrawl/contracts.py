"""``scrapy check`` contracts of newscrawl.

``@site_path PATH`` is Scrapy's ``@url`` made relative to the spider's base URL, so the same
contracts check the real portal (default) or any copy of it::

    scrapy check portal -s NEWSCRAWL_BASE_URL=http://127.0.0.1:8000
"""

from __future__ import annotations

from urllib.parse import urljoin

from scrapy.contracts import Contract


class SitePathContract(Contract):
    """@site_path /GB/index.html"""

    name = "site_path"

    def __init__(self, method, *args):
        super().__init__(method, *args)
        self.spider = method.__self__  # contracts are built from the spider's bound callbacks

    def adjust_request_args(self, args: dict) -> dict:
        spider = self.spider
        args["url"] = urljoin(spider.base_url + "/", self.args[0].lstrip("/"))
        return args
