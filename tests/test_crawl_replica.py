"""A whole crawl of the bundled replica over HTTP, compared with what the generator knows."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest
from jsonschema import Draft202012Validator

from newscrawl.items import FIELDS, schema

# Boilerplate that must never reach a body, in both scripts (the BIG5 gateway converts labels).
MARKERS = (
    "分享到", "推荐阅读", "推薦閱讀", "网站声明", "網站聲明", "版权", "版權", "责编", "責編",
    "扫一扫", "二维码", "进入论坛", "手机读报", "下转", "本报记者", "本報記者", "原标题", "相关新闻",
    "省内新闻网站", "0351-4281485", "□",
)
GBK_ONLY = "镕喆堃珺昇"
ARTICLE_PATH = re.compile(r"^/(GB|BIG5)/\d+/\d+(?:-\d+)?\.html$")


@pytest.fixture(scope="module")
def truth(replica, replica_server):
    return {row["id"]: row for row in replica.truth(replica_server.url)}


@pytest.fixture(scope="module")
def by_id(full_crawl):
    return {item["id"]: item for item in full_crawl.items}


def test_every_article_exactly_once(full_crawl, truth):
    counts = Counter(item["id"] for item in full_crawl.items)
    assert [k for k, n in counts.items() if n > 1] == []
    assert len(truth) >= 500
    assert set(counts) == set(truth)


def test_url_is_one_the_article_was_listed_under(by_id, truth):
    # An article published into two columns is fetched once, under whichever listing came first.
    assert [aid for aid, row in truth.items() if by_id[aid]["url"] not in row["urls"]] == []
    assert all(item["canonical_url"] == item["url"] for item in by_id.values())  # all GB page-1 URLs


@pytest.mark.parametrize("field", ["channel", "title", "pretitle", "subtitle", "published_at",
                                   "source", "authors", "editors", "images"])
def test_fields_match_the_replica(by_id, truth, field):
    wrong = {aid: (by_id[aid][field], row[field]) for aid, row in truth.items() if by_id[aid][field] != row[field]}
    assert wrong == {}, f"{len(wrong)} articles with a wrong {field}, e.g. {next(iter(wrong.items()), None)}"


def test_bodies_match_the_replica_including_multipage(by_id, truth):
    wrong = [aid for aid, row in truth.items() if by_id[aid]["body"] != row["body"]]
    assert wrong == [], f"{len(wrong)} bodies differ, first {wrong[:1]}"
    multipage = [row for row in truth.values() if row["pages"] > 1]
    assert len(multipage) >= 20  # the replica really exercises page 2..n merging
    for row in multipage:  # the last paragraph comes from the last page
        assert by_id[row["id"]]["body"].endswith(row["body"].split("\n")[-1])


def test_no_boilerplate_in_any_body(full_crawl):
    leaks = [(item["id"], m) for item in full_crawl.items for m in MARKERS if m in item["body"]]
    assert leaks == []


def test_gbk_only_characters_survive(by_id, truth):
    carrying = [aid for aid, row in truth.items()
                if any(ch in json.dumps(row, ensure_ascii=False) for ch in GBK_ONLY)]
    assert len(carrying) >= 10  # the replica puts them in names on GBK pages
    for aid in carrying:
        for field in ("authors", "editors", "body"):
            assert by_id[aid][field] == truth[aid][field]


def test_utf8_channel_decoded(by_id, truth):
    utf8 = [aid for aid, row in truth.items() if row["encoding"] == "utf-8"]
    assert utf8, "the replica must have a UTF-8 channel"
    assert all(by_id[aid]["title"] == truth[aid]["title"] for aid in utf8)
    assert not any("\ufffd" in item["body"] or "Ã" in item["body"] for item in by_id.values())


def test_each_article_page_fetched_once_and_never_through_big5(full_crawl):
    article_requests = [p for p in full_crawl.requests if ARTICLE_PATH.match(p)]
    assert [p for p, n in Counter(article_requests).items() if n > 1] == []
    assert not any(p.startswith("/BIG5/") for p in full_crawl.requests)
    assert full_crawl.stats["newscrawl/links/canonicalised"] > 0  # BIG5 list links were met and mapped
    assert full_crawl.stats["newscrawl/links/duplicate_article"] > 0  # second-column listings were met


def test_only_the_channel_tree_is_walked(full_crawl, replica):
    assert not any("/review/" in p for p in full_crawl.requests)  # 往期回顾 calendar
    others = {f"/GB/{s.node}/index.html" for s in replica.sections if s is not replica.dishi}
    assert others.isdisjoint(full_crawl.requests)


def test_feed_is_utf8_jsonl_in_schema_order(full_crawl):
    lines = full_crawl.feed_text.splitlines()
    assert len(lines) == len(full_crawl.items)
    assert "\\u" not in full_crawl.feed_text  # real characters, not escapes
    validator = Draft202012Validator(schema())
    for line, item in zip(lines, full_crawl.items):
        assert list(item) == FIELDS
        assert list(validator.iter_errors(item)) == []
    assert {item["script"] for item in full_crawl.items} == {"zh-Hans"}


def test_crawl_stats_account_for_everything(full_crawl, truth):
    stats = full_crawl.stats
    assert stats["finish_reason"] == "finished"
    assert stats["item_scraped_count"] == len(truth)
    assert "newscrawl/dropped/missing_title" not in stats
    assert stats.get("log_count/ERROR", 0) == 0
    # The profile matches its own portal's template everywhere: no generic stand-in was needed
    # (a fallback here would hide a profile that has drifted from the pages it describes).
    assert [k for k in stats if "fallback" in k or k == "newscrawl/tree/no_links"] == []
    assert stats.get("log_count/WARNING", 0) == 0
