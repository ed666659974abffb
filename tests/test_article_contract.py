"""The item contract is written once (newscrawl.items.Article): the schema file, the feed's
field order and the README's field table follow from it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from scrapy.http import HtmlResponse

from newscrawl.extract import dates, extract
from newscrawl.extract.__main__ import to_article
from newscrawl.items import FIELDS, SCHEMA_PATH, Article, schema, schema_text
from newscrawl.pipelines.clean import BodyCleaner

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"


def test_schema_file_is_the_dataclass():
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(), \
        "article.schema.json is stale: run python -m newscrawl.items"
    assert schema()["required"] == FIELDS == list(schema()["properties"])


def test_readme_field_table_is_the_feed_order():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("## What a line of the feed holds", 1)[1].split("\n\n## ", 1)[0]
    names = re.findall(r"^\| `(\w+)` \|", table, re.M)
    assert names == FIELDS


def test_settings_export_the_schema_order():
    from newscrawl import settings
    assert settings.FEED_EXPORT_FIELDS == FIELDS


@pytest.mark.parametrize("value, expected", [
    ("2024-09-08", ("2024-09-08T00:00:00+08:00", "day")),
    ("2024-04-28T16:01:00+08:00", ("2024-04-28T16:01:00+08:00", "minute")),
    ("2024-08-16T21:49:44+08:00", ("2024-08-16T21:49:44+08:00", "second")),
    (None, (None, None)),
])
def test_typed_published_at(value, expected):
    assert dates.typed(value) == expected


def test_gold_pages_precision_is_what_the_page_prints():
    """Real pages of three kinds: a date only (gov), minutes (people), seconds (TRS); each
    exported article validates against the schema and parses in pandas one way."""
    import pandas as pd
    gold = {json.loads(line)["file"]: json.loads(line) for line in (GOLD / "gold.jsonl").open(encoding="utf-8")}
    validator = Draft202012Validator(schema())
    rows = []
    for name, want in [("061_gov.html", "day"), ("001_people_a.html", "minute"), ("017_trs.html", "second")]:
        response = HtmlResponse(url=gold[name]["url"], body=(GOLD / "pages" / name).read_bytes())
        page, _ = extract(response)
        item = to_article(page, response.url, None, BodyCleaner())
        assert item["published_at_precision"] == want, name
        assert item["published_at"][:10] == gold[name]["published_at"][:10]
        assert not list(validator.iter_errors(item))
        rows.append(item)
    column = pd.to_datetime(pd.DataFrame(rows)["published_at"], format="ISO8601")
    assert str(column.dt.tz) in ("UTC+08:00", "+08:00")
    assert [t.hour for t in column] == [0, int(gold["001_people_a.html"]["published_at"][11:13]), 21]


def test_article_is_item_like():
    a = Article(id="sxrb:1", title="标题")
    assert a["title"] == "标题" and "title" in a and dict(a)["id"] == "sxrb:1"
    with pytest.raises(KeyError):
        a["no_such_field"] = 1
