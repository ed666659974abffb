"""Project commands (``COMMANDS_MODULE``): newscrawl's ``crawl`` replaces Scrapy's."""
