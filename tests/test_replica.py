"""The replica itself: faithful to the seed, deterministic, and really served in GBK/Big5/UTF-8."""

from __future__ import annotations

import urllib.request

import pytest

from newscrawl.replica import Replica, seed_article
from newscrawl.replica.gateway import to_gateway_big5

# A few lines of the seed text (shared/seed), copied by hand: the BIG5 gateway's rendering.
SEED_LINES = [
    "信心,在交流中傳遞﹔共識,在洽談中達成。",
    "從興縣經開區小分隊“打前站”主動“敲門招商”,到縣委書記上門考察洽談,以“時不我待”的決心,專注招商引資推介﹔"
    "以務實高效的作風,精准對接高端企業﹔以隻爭朝夕的勁頭,洽談合作達成共識……",
    "傾情推介 真誠相邀",
]


def test_gateway_reproduces_the_seed_rendering():
    big5 = [to_gateway_big5(p) for p in seed_article.PARAGRAPHS]
    for line in SEED_LINES:
        assert line in big5
    assert to_gateway_big5(seed_article.TITLE) == "攜手“灣區”\xa0共赴“鋁”途"
    assert to_gateway_big5("（责编：邸燕琼、郝亚红）") == "(責編:邸燕瓊、郝亞紅)"
    # The gateway's known mistakes and omissions (research/portals.md §1.8).
    assert to_gateway_big5("千里同好，只争朝夕，精准，干在前，满产后") == "千裡同好,隻爭朝夕,精准,干在前,滿產后"


def test_replica_is_deterministic_and_seed_dependent():
    a, b, c = Replica(seed=5, scale=0.3), Replica(seed=5, scale=0.3), Replica(seed=6, scale=0.3)
    assert a.truth("http://h") == b.truth("http://h")
    assert [x.node for x in a.columns] != [x.node for x in c.columns]
    assert [x["title"] for x in a.truth("http://h")] != [x["title"] for x in c.truth("http://h")]


def test_bundled_replica_shape(replica):
    truth = replica.truth("http://h")
    assert len(truth) >= 500
    paths = {tuple(t["channel"]) for t in truth}
    luliang_counties = {p[2] for p in paths if p[1] == "吕梁频道"}
    assert len(luliang_counties) == 13 and "今日兴县" in luliang_counties
    assert len({p[1] for p in paths}) == 11
    assert ("地市频道", "吕梁频道", "今日兴县", "社会传真") in paths
    assert any(col.list_pages() > 1 for col in replica.columns)
    assert any(a.also_in for a in replica.articles)


@pytest.mark.parametrize("gateway, charset_header, decode", [
    ("GB", None, "gbk"),
    ("BIG5", "big5", "big5"),
])
def test_served_encodings(replica, replica_server, gateway, charset_header, decode):
    art = replica.seed_article
    with urllib.request.urlopen(replica_server.url + art.path(gateway=gateway), timeout=10) as resp:
        ctype = resp.headers["Content-Type"]
        body = resp.read()
    assert (f"charset={charset_header}" in ctype) if charset_header else ("charset" not in ctype)
    text = body.decode(decode, errors="strict")
    assert ("charset=gb2312" if gateway == "GB" else "charset=big5") in text
    assert ("康绍镛" if gateway == "GB" else "康紹&#37854;") in text or "康紹鏞" in text
