"""The seed article (shared/seed: the text of a real sxrb.com page), extracted end to end.

The page goes through what a crawl does to it (the spider's article callback, then the clean
and validate pipelines) and every field is compared with values read by hand off the seed
text: the BIG5 page against the seed's own characters, the GB page against their simplified
originals.
"""

from __future__ import annotations

import pytest
from scrapy.http import HtmlResponse
from scrapy.utils.project import get_project_settings
from scrapy.utils.test import get_crawler

from newscrawl.pipelines.clean import CleanPipeline
from newscrawl.pipelines.validate import ValidatePipeline
from newscrawl.replica.server import ReplicaApp
from newscrawl.spiders.portal import PortalSpider

BASE = "http://news.sxrb.com"


def crawl_one_page(app: ReplicaApp, path: str) -> dict:
    status, ctype, body = app.respond(path)
    assert status == 200
    crawler = get_crawler(PortalSpider, get_project_settings().copy_to_dict())
    crawler.spider = crawler._create_spider(site="sxrb")
    response = HtmlResponse(BASE + path, body=body, headers={"Content-Type": ctype})
    (item,) = list(crawler.spider.parse_article(response, channel=["from", "the", "list"]))
    for pipeline in (CleanPipeline.from_crawler(crawler), ValidatePipeline.from_crawler(crawler)):
        item = pipeline.process_item(item)
    return dict(item)


@pytest.fixture(scope="module")
def seed_paths(replica):
    art = replica.seed_article
    return art.path(), art.path(gateway="BIG5"), art.id


@pytest.fixture(scope="module")
def app(replica):
    return ReplicaApp(replica)


def test_big5_page_matches_the_seed_text(app, seed_paths):
    gb_path, big5_path, aid = seed_paths
    a = crawl_one_page(app, big5_path)
    # Read off shared/seed/000_458f9bb5c6951c47.txt:
    assert a["title"] == "攜手“灣區” 共赴“鋁”途"
    assert a["subtitle"] == "興縣經開區奏響春之曲"
    assert a["pretitle"] is None
    assert a["published_at"] == "2024-04-28T16:01:00+08:00"  # 時間: 2024年04月28日16:01
    assert a["source"] == "呂梁新聞網"  # 來源:呂梁新聞網進入論壇手機讀報, link texts cut
    assert a["authors"] == ["李亞芝"]  # ( □ 本報記者 李亞芝)
    assert a["editors"] == ["邸燕瓊", "郝亞紅"]  # (責編:邸燕瓊、郝亞紅)
    assert a["channel"] == ["地市频道", "吕梁频道", "今日兴县", "社会传真"]  # 地市頻道>>呂梁頻道>>今日興縣>>社會傳真
    assert a["script"] == "zh-Hant"
    assert a["images"] == []
    assert a["id"] == f"sxrb:{aid}"
    assert a["url"] == BASE + big5_path
    assert a["canonical_url"] == BASE + gb_path  # the BIG5 twin's canonical form is the GB page

    paragraphs = a["body"].split("\n")
    assert len(paragraphs) == 13  # 10 paragraphs + 3 headings; spacer lines gone
    assert paragraphs[0] == (
        "一年春作首,奮進正當時。近日,在“種瓜點豆”的大好時節,興縣經開區搶跑“春天裡”,奔赴粵港澳大灣區,"
        "深入開展招商引資、招才引智活動,帶著“老區”誠意滿滿的優惠政策,攜手“灣區”,共譜“山海情”,共赴“鋁”途。"
    )
    assert [paragraphs[i] for i in (1, 6, 10)] == ["主動出擊 精准對接", "傾情推介 真誠相邀", "精誠合作 共贏未來"]
    assert paragraphs[4] == "信心,在交流中傳遞﹔共識,在洽談中達成。"
    assert paragraphs[9].endswith("成為經開區招商引資的“強磁場”。")  # (下轉4版) removed
    assert paragraphs[12].endswith("必將開出更加燦爛的發展之花,攜手創造出更加輝煌的未來。")  # reporter line removed
    for boilerplate in ("分享到", "評論", "推薦閱讀", "省內新聞網站", "網站聲明", "0351-4281485", "責編", "圖片新聞", "商務鏈接"):
        assert boilerplate not in a["body"]


def test_gb_page_carries_the_simplified_original(app, seed_paths):
    gb_path, _, aid = seed_paths
    a = crawl_one_page(app, gb_path)
    assert a["title"] == "携手“湾区” 共赴“铝”途"
    assert a["subtitle"] == "兴县经开区奏响春之曲"
    assert a["published_at"] == "2024-04-28T16:01:00+08:00"
    assert a["source"] == "吕梁新闻网"
    assert a["authors"] == ["李亚芝"]
    assert a["editors"] == ["邸燕琼", "郝亚红"]
    assert a["channel"] == ["地市频道", "吕梁频道", "今日兴县", "社会传真"]
    assert a["script"] == "zh-Hans"
    assert a["id"] == f"sxrb:{aid}" and a["canonical_url"] == a["url"] == BASE + gb_path
    paragraphs = a["body"].split("\n")
    assert len(paragraphs) == 13
    assert paragraphs[1] == "主动出击 精准对接"
    assert paragraphs[4] == "信心，在交流中传递；共识，在洽谈中达成。"
    assert paragraphs[5].endswith("以只争朝夕的劲头，洽谈合作达成共识……")
    assert paragraphs[9].endswith("成为经开区招商引资的“强磁场”。")
    assert paragraphs[12].startswith("交得其道，千里同好。")
    assert paragraphs[12].endswith("携手创造出更加辉煌的未来。")
    assert "康绍镛" in paragraphs[12]  # 镛 and the rest decoded from GBK bytes


def test_both_gateways_give_the_same_fingerprint_neighbourhood(app, seed_paths):
    from newscrawl.fingerprint import hamming

    gb_path, big5_path, _ = seed_paths
    gb, big5 = crawl_one_page(app, gb_path), crawl_one_page(app, big5_path)
    assert hamming(int(gb["fingerprint"], 16), int(big5["fingerprint"], 16)) <= 3
