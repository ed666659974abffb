"""Project commands (``COMMANDS_MODULE``).

``crawl`` (the run lock, exit codes), ``check``/``parse``/``shell`` (debugging that records no
run; ``parse`` and ``shell`` know an article URL's profile), ``sites`` (the profiles),
``genprofile`` and ``checkprofile`` (adding a portal).
"""
