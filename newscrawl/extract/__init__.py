"""Extraction: an article page (a parsel Selector) → its fields.

:mod:`.article` has one function per field; :mod:`.body`, :mod:`.dates`, :mod:`.bylines`
and :mod:`.text` do the detailed work; :mod:`.boilerplate` holds the text rules the clean
pipeline applies.
"""

from .article import PageFields, extract_page, merge_pages

__all__ = ["PageFields", "extract_page", "merge_pages"]
