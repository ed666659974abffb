"""The item pipelines as Scrapy runs them (built by from_crawler, stats in the crawler)."""

from __future__ import annotations

import logging

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.project import get_project_settings
from scrapy.utils.test import get_crawler

from newscrawl.items import Article
from newscrawl.pipelines.clean import BodyCleaner, CleanPipeline
from newscrawl.pipelines.dedupe import DedupePipeline
from newscrawl.pipelines.validate import ValidatePipeline
from newscrawl.spiders.portal import PortalSpider


@pytest.fixture
def crawler():
    c = get_crawler(PortalSpider, get_project_settings().copy_to_dict())
    c.spider = c._create_spider(site="sxrb")
    return c


def article(**over) -> Article:
    fields = dict(
        id="sxrb:9600001", url="http://news.sxrb.com/GB/1/9600001.html",
        canonical_url="http://news.sxrb.com/GB/1/9600001.html", site="sxrb", channel=["地市频道"],
        title="标题", pretitle=None, subtitle=None, published_at="2024-04-28T16:01:00+08:00", source="山西日报",
        authors=[], editors=[], body="第一段正文。\n第二段正文。", images=[], script="zh-Hans",
        content_hash=None, fingerprint=None, crawled_at="2026-11-26T08:00:00+00:00",
    )
    fields.update(over)
    return Article(**fields)


def run(crawler, item, *classes):
    for cls in classes:
        item = cls.from_crawler(crawler).process_item(item)
    return item


def test_clean_moves_bylines_and_drops_furniture():
    res = BodyCleaner().clean(
        [
            "本报讯（记者 王喆）近日，兴县召开会议。（下转4版）",
            "会议要求各部门抓好落实。",
            "扫一扫，关注山西新闻网微信公众号",
            "（责编：邸燕琼、郝亚红）",
            "分享到：",
            "相关新闻：",
            "另一篇文章的标题",
        ],
        images=[{"url": "http://x/img/qrcode_sxrb.png", "caption": None},
                {"url": "http://x/NMediaFile/a.jpg", "caption": "会场"}],
    )
    assert res.paragraphs == ["近日，兴县召开会议。", "会议要求各部门抓好落实。"]
    assert res.authors == ["王喆"] and res.editors == ["邸燕琼", "郝亚红"]
    assert res.images == [{"url": "http://x/NMediaFile/a.jpg", "caption": "会场"}]
    assert res.dropped_lines == 2 and res.cut_lines == 2


def test_a_correspondents_credit_on_a_line_of_its_own_inside_the_text():
    """A paper's page reprinted whole: the main story, then a sidebar (专家解读) credited on a line of
    its own to 通讯员 王某 — a writer, wherever the line sits; a sentence about correspondents stays."""
    paragraphs = ["见习记者 庄某某", "兴县召开春耕备耕工作会议。", "专家解读", "通讯员 王雪某", "专家指出，家长对此不要有过多担心。",
                  "通讯员们说，今年的春耕准备得早。", "会议要求各部门抓好落实。"]
    res = BodyCleaner().clean(paragraphs, images=[])
    assert res.authors == ["庄某某", "王雪某"]
    assert res.paragraphs == [p for p in paragraphs if p not in ("见习记者 庄某某", "通讯员 王雪某")]


@pytest.mark.parametrize("paragraph, dropped", [
    ("特别提示：本页面所载内容仅供读者参考，不构成任何建议。读者据此操作，风险自担。", True),
    ("溫馨提示：以上信息僅供參考，不構成投資建議。", True),
    ("本文仅供参考，不构成任何投资建议。", True),
    ("专家提醒，理财产品收益并非保本，投资者风险自担，购买前应仔细阅读合同。", False),  # the story itself
    ("以下数据仅供参考。", False),
    ("长按识别下方二维码，收看直播回放", True),  # a QR prompt, a line of its own
    ("本次会议历时两天，汇集了国内十二位专家相聚云平台，就多项议题作了主题报告。近八百人次在线收看了直播！扫描文末海报二维码，收看精彩回放！",
     False),  # the story's paragraph ends with one: it stays
    ("【字号 大 中 小】", True),  # a page's widgets and a platform's footer, each a line of its own
    ("返回顶部", True),
    ("在看", True),
    ("▼", True),
    ("欢迎关注某某公众号，第一时间掌握最新资讯！", True),
    ("欢迎各界人士积极参与，共同推进文明城市建设。", False),
    ("本文系转载，如有侵权请联系删除。", True),
    ("他表示，如有侵权行为，将依法追究责任，绝不姑息。", False),
    ("（本文来自某某新闻，更多原创资讯请下载“某某新闻”APP）", True),
    ("新闻热线：0351-1234567", True),
    ("扫码关注我们", True),
    ("本文来源：某某日报", True),
    ("【我要纠错】", True),
    ("【打印本页】 【关闭窗口】", True),
    ("— THE END —", True),
    ("（全文完）", True),
    ("👇👇👇", True),
    ("关注我们", True),
    ("点击上方蓝字关注我们", True),
    ("喜欢就点个在看吧", True),
    ("查看原文", True),
    ("原文链接：https://www.example.com/a", True),
    ("浏览次数：1234", True),
    ("阅读，是一种生活方式。", False),
    ("分享至：", True),
    ("字体：大 中 小", True),
    ("排版：王五", True),
    ("打开某某APP，阅读体验更佳", True),
    ("下载某某客户端", True),
    ("（来源：某某日报）", True),
    ("来源 | 某某日报", True),
    ("来源广泛的资金支持了这个项目。", False),
    ("文章来源于某某公众号", True),
    ("展开调查后，警方很快锁定了嫌疑人。", False),
    ("风险提示及免责条款", True),  # a finance site's risk notice: its heading and its text
    ("市场有风险，投资需谨慎。本文不构成个人投资建议，也未考虑到个别用户特殊的投资目标。据此投资，责任自负。", True),
    ("分析人士表示，市场有风险，投资需谨慎，散户不宜追高。", False),
    ("关键字： LPR", True),  # the article's keywords line
    ("标签：春耕 备耕", True),
    ("关键字是“稳”，全县上下要把稳字当头落到实处，各部门紧紧围绕年度目标任务抓落实，确保各项工作有序推进。", False),
    ("本網站內容屬於某某廣播公司所有，非經允許，不得轉載", True),  # a footer's notice, traditional script
    ("未經授權，請勿轉載", True),
    ("校对/卢某", True),  # a proofreader's credit
    ("校对：张某 李某", True),
    ("校对工作是出版流程中的重要一环，全县各出版单位要严格执行三审三校制度。", False),
    ("您查詢的新聞已超過保存期限。請您加入某某網付費會員閱讀全文。", True),  # a paywall's prompt
    ("开通VIP会员，畅读全文", True),
    ("报告指出，加入付费会员的用户比去年增加两成，平台的会员收入首次超过广告收入，成为第一大收入来源，占全年营收的四成以上。", False),
])
def test_reference_only_notices_are_furniture(paragraph, dropped):
    res = BodyCleaner().clean(["兴县召开春耕备耕工作会议。", paragraph], images=[])
    assert res.paragraphs == (["兴县召开春耕备耕工作会议。"] if dropped else ["兴县召开春耕备耕工作会议。", paragraph])


STORY = ["兴县召开春耕备耕工作会议，部署全年农业生产工作。", "会议要求各部门抓好落实，确保春耕生产有序推进。"]


@pytest.mark.parametrize("heading", ["相关文章", "猜你喜欢", "为您推荐", "热门推荐", "網友評論", "发表评论：", "热点推荐", "参考链接：",
                                     "往期精彩回顾"])
def test_a_recommendation_or_comment_section_under_the_story_is_cut(heading):
    tail = [heading, "另一篇文章的标题", "还没有评论，快来抢沙发吧！", "登录"]
    res = BodyCleaner().clean(STORY + tail, images=[])
    assert res.paragraphs == STORY and res.cut_lines == 4


def test_a_related_box_inside_the_story_goes_alone():
    """相关阅读 and its links between two parts of the story: the story goes on after the box
    (a paragraph, and a fair share of the text), so only the box is dropped."""
    before = STORY + ["督导组要求，各乡镇要抓住当前有利时机，组织农民抢墒播种，确保不误农时。"]
    after = ["据了解，今年全县计划播种面积五十二万亩，目前已完成备耕任务的百分之八十，农资储备充足。"]
    res = BodyCleaner().clean(before + ["相关阅读：", "兴县召开春耕生产调度会议", "全县农资储备充足价格平稳"] + after, images=[])
    assert res.paragraphs == before + after and res.dropped_lines == 3
    # …while a box under the story, with only a footer line after it, is its end
    res = BodyCleaner().clean(before + ["相关阅读：", "兴县召开春耕生产调度会议", "全县农资储备充足价格平稳", "返回顶部"], images=[])
    assert res.paragraphs == before and res.cut_lines == 4


@pytest.mark.parametrize("line", ["【1】【2】【3】【4】", "第1页/共3页 << 上一页 | 下一页 >>", "人民日报客户端下载手机人民网客户端下载",
                                  "还没有评论，快来抢沙发吧！", "喜欢这篇文章？去 App 商店搜 某某日报，每天看点不一样的。",
                                  "题图来自 视觉中国", "题图：某某 摄", "------------------", "＊　＊　＊",
                                  "★某某報關心您：再給自己一次機會", "自殺防治諮詢專線：0800-788995（24小時）", "生命線：1995",
                                  "【更多新聞詳情請上 - 某某新聞網 】", "更多精彩内容，请下载某某客户端",
                                  "#某某科技 #行動電源 #充電器", "（熱門點閱：百年罕見「超級藍月」今晚登場！）",
                                  "不用抽 不用搶 現在用APP看新聞 保證天天中獎 點我下載APP 按我看活動辦法",
                                  "打印本页 关闭窗口", "阅读原文", "—END—", "欢迎投稿：tougao@example.com",
                                  "（本文转自某某公众号）", "监制：张三丰", "海报设计：李四光", "统筹：某某记者 王五一 赵六合"])
def test_pagers_app_promotions_and_comment_prompts_are_furniture(line):
    res = BodyCleaner().clean([STORY[0], line, STORY[1]], images=[])
    assert res.paragraphs == STORY and res.dropped_lines == 1


def test_a_rule_anchored_in_one_alternative_only_is_anchored_there_only():
    """rules.Rules splits a rule at its top-level ``|``: ``抢沙发|…|^(?:还没有评论|…)``
    drops a 抢沙发 prompt anywhere in a line, a 还没有评论 one only where the line opens with it."""
    cleaner = BodyCleaner()
    assert cleaner.clean([STORY[0], "快来抢沙发吧", STORY[1]], images=[]).paragraphs == STORY
    quoted = "记者注意到，这条新闻下面还没有评论。"
    assert cleaner.clean([STORY[0], quoted, STORY[1]], images=[]).paragraphs == [STORY[0], quoted, STORY[1]]
    # print-edition marks go from inside a line, with the space before them
    assert cleaner.clean([STORY[0] + " （下转第4版）"], images=[]).paragraphs == [STORY[0]]


def test_a_wire_storys_end_mark_goes_and_a_list_under_past_stories_is_cut():
    """（完） closing the last paragraph goes from it; 往期回顾 and the links under it are not the story."""
    res = BodyCleaner().clean([STORY[0], STORY[1] + "（完）", "往期回顾", "兴县召开春耕生产调度会议"], images=[])
    assert res.paragraphs == STORY and res.cut_lines == 2
    kept = "他说：“这件事还没有完（完）成”，大家都笑了。"  # (only a closing mark goes)
    assert BodyCleaner().clean([kept], images=[]).paragraphs == [kept]


def test_a_closing_credit_followed_by_a_hotline_notice_still_closes_the_story():
    """…報導） then a suicide report's hotline notice and an app's promotion: the notice is
    furniture, and the credit before it is the story's closing credit (its writer read)."""
    last = STORY[1] + "（王小明／台中報導）"
    notice = ["《某報》關心你", "自殺解決不了問題，卻留給家人無比悲痛。請珍惜生命。", "再給自己一次機會",
              "自殺防治諮詢安心專線：0800-788995（24小時）", "生命線協談專線：1995", "下載「某某日報APP」"]
    res = BodyCleaner().clean([STORY[0], last] + notice, images=[])
    assert res.paragraphs == STORY and res.authors == ["王小明"] and res.dropped_lines == len(notice)


def test_a_production_credit_in_a_sentence_is_kept():
    line = "策划：一场活动需要提前三个月准备，包括场地、人员和物资的协调。"
    assert BodyCleaner().clean([STORY[0], line], images=[]).paragraphs == [STORY[0], line]


def test_an_app_named_in_a_sentence_is_kept():
    line = "截至目前，该客户端下载量已突破一亿次，用户遍布全国各地。"
    assert BodyCleaner().clean([STORY[0], line], images=[]).paragraphs == [STORY[0], line]


def test_clean_sets_body_keys(crawler):
    item = run(crawler, article(), CleanPipeline)
    assert len(item["content_hash"]) == 64 and len(item["fingerprint"]) == 16


@pytest.mark.parametrize("field", ["title", "body", "published_at"])
def test_missing_required_field_is_dropped_with_reason(crawler, caplog, field):
    caplog.set_level(logging.WARNING)
    with pytest.raises(DropItem):
        run(crawler, article(**{field: None if field != "body" else "分享到："}), CleanPipeline, ValidatePipeline)
    assert crawler.stats.get_value(f"newscrawl/dropped/missing_{field}") == 1
    assert f"missing_{field}" in caplog.text and "9600001" in caplog.text


def test_schema_violation_is_dropped(crawler):
    with pytest.raises(DropItem):
        run(crawler, article(published_at="28/04/2024"), CleanPipeline, ValidatePipeline)
    assert crawler.stats.get_value("newscrawl/dropped/schema") == 1


def test_dedupe_by_id_url_and_text(crawler):
    pipe = DedupePipeline.from_crawler(crawler)
    clean = CleanPipeline.from_crawler(crawler)
    first = clean.process_item(article())
    assert pipe.process_item(first) is first
    twins = [
        article(url="http://news.sxrb.com/GB/2/9600001.html", canonical_url="http://news.sxrb.com/GB/2/9600001.html"),
        article(id="sxrb:9600002", body="另一篇。"),  # same canonical URL
        article(id="sxrb:9600003", url="http://x/3", canonical_url="http://x/3"),  # same text
    ]
    for twin in twins:
        with pytest.raises(DropItem):
            pipe.process_item(clean.process_item(twin))
    stats = crawler.stats.get_stats()
    assert stats["newscrawl/duplicates/id"] == 1
    assert stats["newscrawl/duplicates/canonical_url"] == 1
    assert stats["newscrawl/duplicates/content_hash"] == 1
    assert stats["newscrawl/articles/emitted"] == 1


def test_spider_url_rules(crawler):
    spider = crawler.spider
    assert spider.canonical_url("http://news.sxrb.com/BIG5/342433/9674939-2.html") == \
        "http://news.sxrb.com/GB/342433/9674939.html"
    assert spider.canonical_url("http://www.sxrb.com/GB/1/9674939.html") == "http://news.sxrb.com/GB/1/9674939.html"
    link = spider.article_match("http://news.sxrb.com/GB/1/2/9674939-3.html")
    assert (link.id, link.page) == ("9674939", 3)
    assert spider.article_match("http://news.sxrb.com/GB/314060/index2.html") is None
    assert not spider.on_site("http://bbs.sxrb.com/") and not spider.on_site("javascript:void(0)")
    assert spider.on_site("http://sxrb.com/GB/index.html")
    assert not spider.on_site("http://news.sxrb.com:8080/GB/index.html")  # another server on the host
    assert spider.on_site("http://news.sxrb.com:80/GB/index.html")


def test_offsite_filter_lets_the_profiles_host_aliases_through():
    # A link to www.sxrb.com on a news.sxrb.com page is the same portal (on_site says so):
    # Scrapy's OffsiteMiddleware must not drop it behind the spider's back.
    spider = PortalSpider(site="sxrb")
    assert spider.on_site("http://www.sxrb.com/GB/314064/index.html")
    assert {"news.sxrb.com", "www.sxrb.com", "sxrb.com"} <= set(spider.allowed_domains)
    assert PortalSpider(site="sxrb", base_url="http://127.0.0.1:8000").allowed_domains == ["127.0.0.1"]


def test_an_editor_line_behind_a_widget_button_is_read_and_dropped():
    """【纠错】 【责任编辑:王某 】 under a Xinhua story: the button goes, the line is the editor's."""
    res = BodyCleaner().clean([STORY[0], STORY[1], "【纠错】 【责任编辑:王佳宁 】"], images=[])
    assert res.paragraphs == STORY and res.editors == ["王佳宁"]


def test_a_line_of_numbers_is_no_pager_unless_it_is_one_and_is_judged_at_once(deadline):
    """A pager's numbers (1 2 3 下一页, or run together: 123) go; a section's number (01) alone, or a
    table's row of figures that opens a line, is text.  The pager rule once split a number's digits every way they can be
    split: a line opening with thirty numbers took hours to be judged (``deadline`` fails it)."""
    figures = " ".join(str(10 + 3 * i) for i in range(40)) + " 合计"
    res = BodyCleaner().clean([STORY[0], "01", figures, STORY[1], "1 2 3 下一页", "123"], images=[])
    assert res.paragraphs == [STORY[0], "01", figures, STORY[1]] and res.dropped_lines == 2
