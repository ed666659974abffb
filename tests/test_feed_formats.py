"""Every feed format carries the same values: one crawl of the TRS replica exported at once to
JSON lines, JSON, CSV, XML and Parquet (five -O feeds), each read back the way a consumer
would (csv/lxml/pyarrow/DuckDB/pandas, with the schema for the text formats' types) and
compared value for value with the JSON lines."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from datetime import datetime

import pytest
from lxml import etree

from newscrawl.items import FIELDS, schema

from .conftest import FORMATS, ROOT

PROPS = schema()["properties"]


def _kind(name: str) -> str:
    spec = PROPS[name]
    kind = spec.get("type", "string")
    return next(k for k in kind if k != "null") if isinstance(kind, list) else kind


def read_csv(path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == FIELDS
        rows = list(reader)
    out = []
    for row in rows:
        item = {}
        for name, text in row.items():
            kind = _kind(name)
            item[name] = (None if text == "" else json.loads(text) if kind in ("array", "object")
                          else int(text) if kind == "integer" else text)
        out.append(item)
    return out


def _xml_value(el, spec):
    kind = spec.get("type")
    if kind == "array":
        return [_xml_value(v, spec["items"]) for v in el.findall("value")]
    if kind == "object":
        return {k: (_xml_value(el.find(k), sub) if el.find(k) is not None else None)
                for k, sub in spec["properties"].items()}
    if kind == "integer":
        return int(el.text)
    return el.text or ""


def read_xml(path) -> list[dict]:
    items = []
    for node in etree.parse(str(path)).getroot().iter("item"):
        tags = [child.tag for child in node]
        assert tags == [f for f in FIELDS if f in tags]  # the schema's order
        items.append({name: (_xml_value(node.find(name), PROPS[name]) if node.find(name) is not None else None)
                      for name in FIELDS})
    return items


def read_parquet(path) -> list[dict]:
    import pyarrow.parquet as pq

    rows = pq.read_table(path).to_pylist()
    return [{k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in row.items()} for row in rows]


def test_every_format_holds_the_same_values(fenlan_feeds):
    paths = fenlan_feeds.paths
    reference = fenlan_feeds.items
    assert len(reference) > 100
    assert all(list(item) == FIELDS for item in reference)
    as_read = {
        "json": json.loads(paths["json"].read_text(encoding="utf-8")),
        "csv": read_csv(paths["csv"]),
        "xml": read_xml(paths["xml"]),
        "parquet": read_parquet(paths["parquet"]),
    }
    # The comparison can fail: the feed has nulls, empty lists, images with null captions.
    assert any(i["pretitle"] is None for i in reference) and any(i["authors"] == [] for i in reference)
    assert any(img["caption"] is None for i in reference for img in i["images"])
    assert any(img["caption"] for i in reference for img in i["images"])
    for fmt, items in as_read.items():
        assert len(items) == len(reference), fmt
        for got, want in zip(items, reference):
            assert got == want, (fmt, want["url"], {k for k in FIELDS if got[k] != want[k]})
    text = paths["xml"].read_text(encoding="utf-8") + paths["csv"].read_text(encoding="utf-8")
    assert ">None<" not in text and ",None," not in text and "{'url'" not in text


def test_parquet_is_typed_for_pyarrow_duckdb_and_pandas(fenlan_feeds):
    import duckdb
    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = fenlan_feeds.paths["parquet"]
    sch = pq.read_schema(path)
    assert sch.names == FIELDS
    assert sch.field("published_at").type == pa.timestamp("us", tz="+08:00")
    assert sch.field("crawled_at").type == pa.timestamp("us", tz="UTC")
    assert sch.field("channel").type == pa.list_(pa.string())
    assert sch.field("images").type == pa.list_(pa.struct([("url", pa.string()), ("caption", pa.string())]))
    assert sch.field("version").type == pa.int64()
    con = duckdb.connect()
    types = dict(con.execute(f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '{path}')").fetchall())
    assert types["published_at"] == types["crawled_at"] == "TIMESTAMP WITH TIME ZONE"
    assert types["images"] == "STRUCT(url VARCHAR, caption VARCHAR)[]"
    assert types["channel"] == "VARCHAR[]"
    # Typed, not text: a query on the columns as they are.
    n, first = con.execute(f"SELECT count(*), min(published_at) FROM '{path}' WHERE len(images) > 0").fetchone()
    want = [i for i in fenlan_feeds.items if i["images"]]
    assert n == len(want)
    assert first == min(datetime.fromisoformat(i["published_at"]) for i in want)
    df = pd.read_parquet(path)
    assert str(df["published_at"].dtype).startswith("datetime64") and str(df["published_at"].dt.tz) in ("UTC+08:00", "+08:00")
    # …and the JSON lines' text column parses to the same instants in one call.
    parsed = pd.to_datetime(pd.Series([i["published_at"] for i in fenlan_feeds.items]), format="ISO8601")
    assert list(parsed) == list(df["published_at"])


def _crawl_cmd(*args):
    return [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", "site=fenlan", "-a",
            "base_url=http://127.0.0.1:9", *args]


def test_parquet_without_pyarrow_is_a_usage_error(tmp_path):
    fake = tmp_path / "nopyarrow"
    (fake / "pyarrow").mkdir(parents=True)
    (fake / "pyarrow" / "__init__.py").write_text("raise ImportError('No module named pyarrow')\n")
    env = {**os.environ, "PYTHONPATH": str(fake), "NEWSCRAWL_OUTPUT_DIR": str(tmp_path / "output")}
    proc = subprocess.run(_crawl_cmd("-O", str(tmp_path / "a.parquet")), cwd=ROOT, capture_output=True,
                          text=True, env=env, timeout=60)
    assert proc.returncode == 2, proc.stderr[-2000:]
    errors = [line for line in proc.stderr.splitlines() if "error:" in line]
    assert len(errors) == 1 and "pyarrow" in errors[0] and "Traceback" not in proc.stderr
    assert not (tmp_path / "a.parquet").exists() and not (tmp_path / "output").exists()
    # Appending to a Parquet file is one too (pyarrow present).
    proc = subprocess.run(_crawl_cmd("-o", str(tmp_path / "b.parquet")), cwd=ROOT, capture_output=True,
                          text=True, env={**env, "PYTHONPATH": ""}, timeout=60)
    assert proc.returncode == 2 and "-O" in proc.stderr and "Traceback" not in proc.stderr
