"""Feed exporters whose output other tools read without glue (``FEED_EXPORTERS``).

Every format carries the same values, in the schema's field order (:data:`newscrawl.items.FIELDS`):

- ``jsonl`` / ``json``: Scrapy's own exporters (``null``, lists and objects as JSON);
- ``csv`` (:class:`CsvItemExporter`): a list or an object (``channel``, ``images``) is one
  cell of JSON text (``["地市频道","吕梁频道"]``), ``null`` an empty cell; Scrapy's would join a
  list with commas and write a list of objects as a Python repr;
- ``xml`` (:class:`XmlItemExporter`): a ``null`` field (or image caption) is an absent
  element; Scrapy's writes the text ``None``.  A list is one ``<value>`` per element, an object
  one element per key, as in Scrapy's;
- ``parquet`` (:class:`ParquetItemExporter`, needs the ``parquet`` extra: pyarrow): typed
  columns (:func:`arrow_schema`), timestamps with their time zone, ``list<string>``,
  ``list<struct<url, caption>>`` for images; pandas, DuckDB and Spark read it as it is.

A Parquet feed without pyarrow, or appended to (``-o``; Parquet files cannot grow), is a
usage error before the crawl (:func:`check_feeds`, called by the ``crawl`` command).
"""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import datetime

from scrapy import exporters
from scrapy.exceptions import UsageError
from scrapy.utils.misc import load_object

from .items import Article, FIELDS

#: Rows per Parquet row group (and the most items held in memory at once).
PARQUET_ROW_GROUP = 2000


class CsvItemExporter(exporters.CsvItemExporter):
    def serialize_field(self, field, name, value):
        if value is None:
            return ""
        if isinstance(value, (list, tuple, dict)):
            return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        return super().serialize_field(field, name, value)


def _without_nulls(value):
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [_without_nulls(v) for v in value]
    return value


class XmlItemExporter(exporters.XmlItemExporter):
    def export_item(self, item) -> None:
        self._beautify_indent(depth=1)
        self.xg.startElement(self.item_element, exporters.AttributesImpl({}))
        self._beautify_newline()
        for name, value in self.get_serialized_fields(item):
            if value is not None:  # null: no element at all
                self._export_xml_field(name, _without_nulls(value), depth=2)
        self._beautify_indent(depth=1)
        self.xg.endElement(self.item_element)
        self._beautify_newline(new_item=True)


# -- Parquet --------------------------------------------------------------------------------
def _pyarrow():
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        return None
    return pyarrow


def _arrow_type(pa, spec: dict, tz: str | None):
    kind = spec.get("type")
    if isinstance(kind, list):  # ["string", "null"]
        kind = next(k for k in kind if k != "null")
    if kind is None and "enum" in spec:
        kind = "string"
    if kind == "string" and spec.get("format") == "date-time":
        return pa.timestamp("us", tz=tz or "UTC")
    if kind == "string":
        return pa.string()
    if kind == "integer":
        return pa.int64()
    if kind == "array":
        return pa.list_(_arrow_type(pa, spec["items"], None))
    if kind == "object":
        return pa.struct([(name, _arrow_type(pa, sub, None)) for name, sub in spec["properties"].items()])
    raise TypeError(f"no Arrow type for JSON Schema {spec!r}")


def arrow_schema(names=None):
    """The Parquet columns, from each Article field's JSON Schema (and ``tz`` for timestamps)."""
    pa = _pyarrow()
    by_name = {f.name: f for f in fields(Article)}
    return pa.schema([
        pa.field(name, _arrow_type(pa, by_name[name].metadata["schema"], by_name[name].metadata.get("tz")))
        for name in (names or FIELDS)
    ])


class ParquetItemExporter(exporters.BaseItemExporter):
    def __init__(self, file, **kwargs):
        super().__init__(dont_fail=True, **kwargs)
        pa = _pyarrow()
        if pa is None:  # check_feeds stops the crawl command before this; other callers get this
            raise UsageError(_NO_PYARROW)
        self._pa = pa
        self.file = file
        names = list(self.fields_to_export or FIELDS)
        self.schema = arrow_schema(names)
        self._timestamps = {f.name for f in self.schema if pa.types.is_timestamp(f.type)}
        self._columns: dict[str, list] = {name: [] for name in names}
        self._rows = 0
        self._writer = None

    def export_item(self, item) -> None:
        for name, value in self.get_serialized_fields(item, include_empty=True):
            if name in self._timestamps and value is not None:
                value = datetime.fromisoformat(value)
            self._columns[name].append(value)
        self._rows += 1
        if self._rows >= PARQUET_ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow.parquet as pq

        if self._writer is None:
            self._writer = pq.ParquetWriter(self.file, self.schema, compression="zstd")
        table = self._pa.Table.from_pydict(self._columns, schema=self.schema)
        self._writer.write_table(table)
        self._columns = {name: [] for name in self._columns}
        self._rows = 0

    def finish_exporting(self) -> None:
        if self._rows or self._writer is None:
            self._flush()  # an empty feed is still a file with the schema
        self._writer.close()


_NO_PYARROW = ("Parquet feeds need pyarrow: pip install 'newscrawl[parquet]' "
               "(or pip install pyarrow), or use another format (-O articles.jsonl)")


def check_feeds(settings) -> None:
    """Usage errors in the run's FEEDS, before any request: a Parquet feed without pyarrow,
    or one opened for appending (``-o``)."""
    exporters_by_format = settings.getwithbase("FEED_EXPORTERS")
    for uri, options in settings.getdict("FEEDS").items():
        path = exporters_by_format.get(options.get("format"))
        if path is None:
            continue
        cls = load_object(path) if isinstance(path, str) else path
        if not (isinstance(cls, type) and issubclass(cls, ParquetItemExporter)):
            continue
        if _pyarrow() is None:
            raise UsageError(_NO_PYARROW, print_help=False)
        if not options.get("overwrite", False) and "://" not in str(uri):
            raise UsageError(f"a Parquet file cannot be appended to: use -O {uri} (overwrite), not -o",
                             print_help=False)
