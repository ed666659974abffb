"""Drafting a site profile from the portal itself (``scrapy genprofile``).

:mod:`.collect` keeps the pages of a profile-free walk; :mod:`.infer` chooses each XPath of a
:class:`~newscrawl.sites.profile.SiteProfile` by scoring candidates over them and writes the
draft as a module to read and edit.
"""
