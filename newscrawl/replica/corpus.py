"""Original-text corpus for the offline replica of 山西新闻网.

The replica site (:mod:`newscrawl.replica.site`) needs many realistic but
*fake* county-level news articles in simplified Chinese: reports, short
notices, features and photo news in the style of a provincial party paper
(山西日报 / 吕梁日报 county pages).  This module composes such articles from
hand-written sentence templates and slot fillers (generated town, village,
company and person names, numbers, dates, officials' titles, ...).

All template text in this file was written from scratch for this project;
nothing is copied from any real website, newspaper or article.  Names of
towns, villages, companies and people are assembled from syllable lists and
are therefore fictitious (any resemblance to a real entity is accidental).

Determinism: every random decision is drawn from the ``random.Random``
instance passed in by the caller -- there is no module-level random state, no
clock and no use of the (per-process salted) ``hash()`` of strings, and sets
are only used for membership tests, never iterated.  The same seed therefore
always yields the same article.

Template mini-language (used by every string pool below):

* ``[甲|乙|丙]`` -- pick one alternative (alternatives may be empty and may
  contain slots, but brackets do not nest);
* ``{slot}`` -- replaced by a generated value (see the ``s_*`` methods of
  :class:`_Ctx`).  Some slots are fixed per article (``{town}``,
  ``{village}``, ``{company}``, ``{crop}``, ``{leader}``, ...), the others
  are drawn afresh at every use.

Text constraints honoured by the generator (the crawler's tests rely on
them): paragraphs never contain boilerplate markers such as 分享到 / 责任编辑
/ 本报记者, use full-width Chinese punctuation, are GBK-encodable, and
about 5% of person names contain one of the GBK-only characters 镕喆堃珺昇
(absent from GB2312) so that a wrong decoder is caught.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

__all__ = ["REPRINT_ADDITIONS", "REPRINT_DATELINES", "ArticleText", "compose_article", "person_name"]


@dataclass
class ArticleText:
    title: str                 # main headline, 8-24 chars, no trailing punctuation
    pretitle: str | None       # 引题 (kicker above the headline) or None
    subtitle: str | None       # 副题 without the leading "——", or None
    paragraphs: list[str] = field(default_factory=list)   # body paragraphs, plain text
    headings: list[int] = field(default_factory=list)     # indices of section headings
    source: str = "山西新闻网"
    reporters: list[str] = field(default_factory=list)    # 0-3 person names
    kind: str = "report"       # "report" | "short" | "feature" | "photo"
    captions: list[str] = field(default_factory=list)     # image captions (0-3)


# ---------------------------------------------------------------------------
# Person names
# ---------------------------------------------------------------------------

#: Characters that exist in GBK but not in GB2312; ~5% of names get one.
_GBK_ONLY = "镕喆堃珺昇"

# Weighted surname string (common Shanxi surnames repeated).
_SURNAMES = (
    "王王王王王李李李李张张张张刘刘刘郭郭郭高高高贾贾武武任任冯冯薛薛白白梁梁"
    "田田乔乔温温郝郝闫闫霍霍陈陈杨杨赵赵黄周吴徐孙胡朱林何马马罗宋郑谢韩韩唐"
    "于董程曹曹袁邓许傅沈彭吕吕苏卢蒋蔡丁魏魏叶阎余潘杜戴夏钟汪姜范方石石姚谭"
    "邹熊金陆孔崔崔康康毛秦秦江史顾侯侯邵孟孟段段雷钱汤尹常常贺贺牛牛柴兰宁申"
    "卫樊靳燕渠成岳景尉原"
)
_COMPOUND_SURNAMES = ["欧阳", "司马", "上官", "令狐", "诸葛", "慕容"]
_GIVEN_MALE = (
    "建国军伟强磊勇杰涛明亮斌鹏飞宏志刚峰平东林海波龙辉俊浩宇鑫博文华振兴凯晨"
    "阳超瑞成忠义庆富贵生春旺喜卫兵利民晓宁世家乐子豪思远鸣胜晋亚永德福贤卿"
    "彬嘉毅锋岩旭健宝栋广元正光新荣才智勤满堂茂"
)
_GIVEN_FEMALE = (
    "丽娟芳敏静霞燕红梅兰英秀玲莉婷慧颖洁琳雪蕾倩晶璐欣怡佳雯瑶萍桂花琴云凤玉"
    "荣翠艳娜彤悦珍爱霖露婕妍薇月菊巧莲春晓丹蓉"
)


def person_name(rng: random.Random) -> str:
    """Return a plausible Chinese personal name of 2-3 characters.

    About 5% of the names contain one of the GBK-only characters 镕喆堃珺昇.
    """
    if rng.random() < 0.02:
        surname = rng.choice(_COMPOUND_SURNAMES)
        n_given = 1
    else:
        surname = rng.choice(_SURNAMES)
        n_given = 1 if rng.random() < 0.3 else 2
    pool = _GIVEN_MALE if rng.random() < 0.6 else _GIVEN_FEMALE
    given = [rng.choice(pool) for _ in range(n_given)]
    if n_given == 2 and given[0] == given[1] and rng.random() < 0.7:
        given[1] = rng.choice(pool)
    if rng.random() < 0.05:
        given[rng.randrange(n_given)] = rng.choice(_GBK_ONLY)
    return surname + "".join(given)


# ---------------------------------------------------------------------------
# Word pools for generated names and slots
# ---------------------------------------------------------------------------

_PLACE_A = "东西南北上下大小高古新石白青红金龙凤马柳杏枣梁安平永兴长康宁清乔孟贺罗裴温薛武田冀碛万合三双蔚魏岚固临汾交文孝柏岔圪"
_PLACE_B = "汾会贤峪口泉庄坪川阳河关堡峰城营头里沟塬山岭峁塔湾庙店寨池桥窑林井滩"
_JIA_TAIL = ["家庄", "家坡", "家湾", "家沟", "家坪", "家塔", "家岭", "家峁", "家山", "家垣", "家滩", "家圪台"]
_VILLAGE_SUR = "王李张刘郭高贾武任冯薛白梁田乔温郝陈杨赵黄吴孙胡朱马宋韩曹袁吕苏魏阎崔康孟段贺霍牛柴樊靳燕"
_VILLAGE_TAIL = ["", "", "庄", "坡", "沟", "塔", "峁", "湾", "坪", "岭", "焉", "山", "寨", "圪垛"]
_BRAND = "晋鑫华泰源丰宏盛恒通达瑞昌德兴汇嘉宇远宝利安康福祥润博腾众诚信和美新隆建中鼎立顺昊峰润汾"
_COMPANY_IND = [
    "新材料科技", "农业开发", "食品", "新能源", "煤层气开发", "杂粮食品", "红枣加工", "核桃食品",
    "建材", "物流", "文化旅游开发", "医药", "装备制造", "铝业", "电子科技", "光伏科技", "生物科技",
    "农牧", "机械制造", "环保科技", "数字科技", "绿色农业", "沙棘饮品", "陶瓷", "氢能科技", "冷链物流",
]
_COMPANY_SUFFIX = ["有限公司", "有限公司", "有限公司", "股份有限公司", "集团有限公司", "有限责任公司"]
_CROPS = [
    "小杂粮", "谷子", "红枣", "核桃", "马铃薯", "高粱", "荞麦", "黑豆", "红芸豆", "绿豆", "沙棘",
    "连翘", "黄芪", "食用菌", "设施蔬菜", "酥梨", "苹果", "花椒", "黄花菜", "玉米", "小米", "燕麦",
]
_LIVESTOCK = ["肉羊", "生猪", "肉牛", "蛋鸡", "奶山羊", "土鸡"]
_PRODUCTS = [
    "小米", "红枣醋", "核桃油", "核桃露", "杂粮面", "荞麦挂面", "沙棘汁", "枣夹核桃", "黄花菜干",
    "手工挂面", "粗粮饼干", "红枣脆片", "燕麦片", "杂粮礼盒", "手工空心挂面", "老陈醋",
]
# (project template, company industries, {industry} words) -- kept consistent per article.
_PROJECTS: list[tuple[str, list[str], list[str]]] = [
    ("年产{n}万吨高性能铝合金项目", ["铝业", "新材料科技"], ["铝镁精深加工", "新材料"]),
    ("年产{n}万吨杂粮精深加工项目", ["杂粮食品", "食品"], ["特色食品", "农产品精深加工"]),
    ("{n}兆瓦光伏发电项目", ["光伏科技", "新能源"], ["光伏", "新能源"]),
    ("{n}兆瓦风电项目", ["新能源", "风电科技"], ["新能源", "风电装备"]),
    ("年产{n}万吨新型建材项目", ["建材", "新材料科技"], ["绿色建材", "新材料"]),
    ("煤层气综合利用项目", ["煤层气开发", "能源科技"], ["煤层气", "清洁能源"]),
    ("{n}万头生猪养殖项目", ["农牧", "牧业"], ["现代畜牧", "农产品精深加工"]),
    ("年产{n}万吨煤矸石综合利用项目", ["环保科技", "建材"], ["固废综合利用", "绿色建材"]),
    ("氢能产业园项目", ["氢能科技", "新能源"], ["氢能", "新能源"]),
    ("绿色数据中心项目", ["数字科技", "信息技术"], ["数字经济", "大数据"]),
    ("年产{n}万套汽车零部件项目", ["装备制造", "机械制造"], ["装备制造", "汽车零部件"]),
    ("农产品冷链物流园项目", ["冷链物流", "物流"], ["现代物流", "冷链物流"]),
    ("年产{n}万吨红枣深加工项目", ["红枣加工", "食品"], ["特色食品", "农产品精深加工"]),
    ("年产{n}万吨陶粒砌块项目", ["建材", "环保科技"], ["绿色建材", "固废综合利用"]),
    ("特色食品产业园项目", ["食品", "农业开发"], ["特色食品", "农产品精深加工"]),
    ("年产{n}万吨核桃乳项目", ["核桃食品", "饮品"], ["特色食品", "农产品精深加工"]),
    ("年产{n}万吨现代煤化工项目", ["化工", "煤化工"], ["现代煤化工", "精细化工"]),
    ("年产{n}万吨生物医药原料项目", ["医药", "生物科技"], ["生物医药", "中药材精深加工"]),
]
_AGRI_IND = ["农业开发", "农业科技", "食品", "绿色农业", "农产品开发", "特色农产品", "杂粮食品", "红枣加工",
             "核桃食品", "沙棘饮品", "农牧"]
_TOUR_IND = ["文化旅游开发", "文旅发展", "旅游开发", "文化传媒", "乡村旅游开发"]
_RIVERS = ["黄河", "汾河", "湫水河", "三川河", "文峪河", "蔚汾河", "屈产河", "岚河", "磁窑河",
           "清漳河", "沁河", "桑干河", "涑水河", "北川河", "南川河"]
_SCENIC_A = ["紫金", "云顶", "凤凰", "龙泉", "石门", "白云", "青龙", "黄河", "南山", "柏洼", "卧龙",
             "桃花", "神堂", "天池", "双龙", "清凉", "碧峰", "红崖", "枣林", "古渡"]
_SCENIC_B = ["山景区", "峡谷景区", "湾景区", "生态园", "湿地公园", "森林公园", "古镇", "古村落",
             "红色教育基地", "田园综合体"]
_STREETS = ["新华街", "滨河路", "建设路", "解放路", "振兴大道", "府前街", "文化路", "迎宾路", "人民路",
            "北大街", "南关街", "东风路", "永宁路", "朝阳街", "育才路", "和平街", "长青路", "龙凤大街"]
_AREA_CODES = {"太原": "0351", "大同": "0352", "阳泉": "0353", "晋中": "0354", "长治": "0355",
               "晋城": "0356", "临汾": "0357", "吕梁": "0358", "运城": "0359", "忻州": "0350",
               "朔州": "0349"}
_CN_SMALL = "两三四五六七八九十"
_CN_ORD = "一二三四五"
_EVENT_KIND = ["半程马拉松", "黄河越野赛", "山地自行车邀请赛", "乡村篮球联赛", "全民健身徒步大会",
               "登山节", "环城健康跑"]

#: Characters that may not end a title / subtitle / kicker.
_PUNCT_END = "，。：；！？、”’）》…—·,.:;!?"

_ALT_RE = re.compile(r"\[([^\[\]]*)\]")
_SLOT_RE = re.compile(r"\{([a-z0-9_]+)\}")
_YU_RE = re.compile(r"(?<![0-9.])([1-9][0-9]*)[1-9]余")


def _strip0(x: float) -> str:
    s = f"{x:.1f}"
    return s[:-2] if s.endswith(".0") else s


class _Ctx:
    """Per-article state: rng, fixed names, used templates, slot fillers."""

    def __init__(self, rng: random.Random, city: str, county: str) -> None:
        self.rng = rng
        self.city = city or "吕梁"
        self.county = county or "兴县"
        last = self.county[-1]
        self.co = last if last in "县区市" else "县"
        self.used: set[tuple[str, str, int]] = set()
        self.speakers: dict[tuple[str, str, int], str] = {}
        self.pnames: dict[str, str] = {}
        self.people: dict[str, str] = {}
        self.boss_v: str | None = None
        self.sitehead_v: str | None = None
        self.buildhead_v: str | None = None
        self.topic = "general"
        # article-level fixed values (order of draws matters for determinism)
        self.m = rng.randint(1, 12)
        self.d = rng.randint(1, 25)
        self.town = self._gen_town()
        self.village = self._gen_village()
        proj, proj_ind, proj_words = rng.choice(_PROJECTS)
        self.project_v = proj.replace("{n}", str(rng.choice([3, 5, 10, 20, 30, 50, 100, 120, 200])))
        self.company = self._gen_company(proj_ind)
        self.industry_v = rng.choice(proj_words)
        self.agrico = self._gen_company(_AGRI_IND)
        self.tourco = self._gen_company(_TOUR_IND)
        self.crop_v = rng.choice(_CROPS)
        self.scenic_v = rng.choice(_SCENIC_A) + rng.choice(_SCENIC_B)
        self.river_v = rng.choice(_RIVERS)
        self.road_v = self._gen_road()
        self.street_v = rng.choice(_STREETS)
        self.school_v = self._gen_school()
        self.hospital_v = self._gen_hospital()
        self.pname_v = person_name(rng)
        self.leader_v = self._gen_leader_title() + person_name(rng)
        self.nth_v = "第" + rng.choice("二三四五六七八九十") + "届"
        self.event_v = self.nth_v + self.county + rng.choice(_EVENT_KIND)

    # -- generators ---------------------------------------------------------
    def _gen_town(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.3:
            base = rng.choice(_VILLAGE_SUR) + rng.choice(_JIA_TAIL)
        else:
            a = rng.choice(_PLACE_A)
            b = rng.choice(_PLACE_B)
            base = a + b
        if self.co in "区市" and rng.random() < 0.2:
            return base + "街道"
        return base + ("镇" if rng.random() < 0.72 else "乡")

    def _gen_village(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.5:
            return rng.choice(_VILLAGE_SUR) + "家" + rng.choice(_VILLAGE_TAIL) + "村"
        if r < 0.85:
            return rng.choice(_PLACE_A) + rng.choice(_PLACE_B) + "村"
        return rng.choice(_PLACE_A) + rng.choice(_PLACE_B) + rng.choice("坪沟峁塔湾") + "村"

    def _gen_company(self, industries: list[str] | None = None) -> str:
        rng = self.rng
        a = rng.choice(_BRAND)
        b = rng.choice(_BRAND)
        while b == a:
            b = rng.choice(_BRAND)
        prefix = "山西" if rng.random() < 0.6 else self.city
        return prefix + a + b + rng.choice(industries or _COMPANY_IND) + rng.choice(_COMPANY_SUFFIX)

    def _town_base(self, town: str) -> str:
        for suf in ("街道", "镇", "乡"):
            if town.endswith(suf):
                return town[: -len(suf)]
        return town

    def _gen_road(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.45:
            return self._town_base(self.town) + "至" + self._town_base(self._gen_town()) + rng.choice(["公路", "旅游公路", "二级公路", "连接线"])
        if r < 0.75:
            return rng.choice("GS") + str(rng.randint(100, 350)) + "线" + self.county + "段"
        if r < 0.9:
            return self.town + rng.choice(["旅游公路", "产业路", "通村公路"])
        return self.county + rng.choice(["滨河大道", "迎宾大道", "振兴大道", "城区东环路", "城区北环路"])

    def _gen_school(self) -> str:
        rng = self.rng
        c = self.county
        return rng.choice([
            f"{c}第{rng.choice(_CN_ORD)}中学", f"{c}实验小学", f"{c}第{rng.choice(_CN_ORD)}小学",
            f"{self.town}中心学校", f"{self.town}寄宿制学校", f"{c}职业中学", f"{c}城关小学",
            f"{c}育才学校", f"{c}实验中学", f"{c}第{rng.choice(_CN_ORD)}初级中学",
        ])

    def _gen_hospital(self) -> str:
        rng = self.rng
        c = self.county
        return rng.choice([f"{c}人民医院", f"{c}人民医院", f"{c}中医医院", f"{self.town}卫生院",
                           f"{c}妇幼保健院", f"{c}第二人民医院"])

    def _gen_leader_title(self) -> str:
        co = self.co
        return self.rng.choice([
            f"{co}委书记", f"{co}委书记", f"{co}长", f"{co}委副书记、{co}长", f"{co}委副书记",
            f"副{co}长", f"{co}委常委、副{co}长", f"{co}委常委、常务副{co}长", f"{co}人大常委会主任",
            f"{co}政协主席",
        ])

    # -- template filling ---------------------------------------------------
    def fill(self, tpl: str) -> str:
        rng = self.rng
        s = _ALT_RE.sub(lambda m: rng.choice(m.group(1).split("|")), tpl)
        s = _SLOT_RE.sub(self._slot, s)
        # "166余名" reads oddly: approximate counts are round ("160余名").
        return _YU_RE.sub(lambda m: m.group(1) + "0余", s)

    def _slot(self, m: re.Match) -> str:
        fn = getattr(self, "s_" + m.group(1), None)
        if fn is None:
            raise KeyError(f"unknown slot {{{m.group(1)}}}")
        return fn()

    # -- slots: places, organisations, people --------------------------------
    def s_county(self) -> str:
        return self.county

    def s_city(self) -> str:
        return self.city

    def s_co(self) -> str:
        return self.co

    def s_town(self) -> str:
        return self.town

    def s_town2(self) -> str:
        t = self._gen_town()
        return t if t != self.town else self._gen_town()

    def s_village(self) -> str:
        return self.village

    def s_village2(self) -> str:
        return self._gen_village()

    def s_company(self) -> str:
        return self.company

    def s_company2(self) -> str:
        return self._gen_company()

    def s_agrico(self) -> str:
        return self.agrico

    def s_tourco(self) -> str:
        return self.tourco

    def s_coop(self) -> str:
        return self.village + self.crop_v + self.rng.choice(["种植", "产销", "农民"]) + "专业合作社"

    def s_name(self) -> str:
        return person_name(self.rng)

    def s_pname(self) -> str:
        # one featured person per topic (a 护林员 is not also the 非遗传承人)
        if self.topic not in self.pnames:
            self.pnames[self.topic] = self.pname_v if not self.pnames else person_name(self.rng)
        return self.pnames[self.topic]

    def s_boss(self) -> str:
        # the head of the article's main company (same person throughout)
        if self.boss_v is None:
            self.boss_v = self.rng.choice(["总经理", "董事长", "总经理", "负责人"]) + person_name(self.rng)
        return self.boss_v

    def s_sitehead(self) -> str:
        if self.sitehead_v is None:
            self.sitehead_v = "项目现场负责人" + person_name(self.rng)
        return self.sitehead_v

    def s_buildhead(self) -> str:
        if self.buildhead_v is None:
            self.buildhead_v = "项目施工负责人" + person_name(self.rng)
        return self.buildhead_v

    def s_leader(self) -> str:
        return self.leader_v

    def s_official(self) -> str:
        return self._gen_leader_title() + person_name(self.rng)

    def _person(self, role: str) -> str:
        # one person per role and article: "镇长" is always the same man
        if role not in self.people:
            self.people[role] = person_name(self.rng)
        return role + self.people[role]

    def s_townofficial(self) -> str:
        t = self.town
        if t.endswith("街道"):
            title = self.rng.choice(["党工委书记", "办事处主任"])
        elif t.endswith("乡"):
            title = self.rng.choice(["党委书记", "乡长", "党委副书记"])
        else:
            title = self.rng.choice(["党委书记", "镇长", "党委副书记"])
        return self._person(t + title)

    def s_cadre(self) -> str:
        v = self.village
        return self._person(self.rng.choice([f"{v}党支部书记", f"{v}党支部书记、村委会主任", f"{v}驻村第一书记",
                                             f"{v}村委会主任"]))

    def s_villager(self) -> str:
        role = self.rng.choice(["村民", "村民", "村民", "脱贫户", "种植户", "老党员"])
        return self.village + role + person_name(self.rng)

    def s_bureau(self) -> str:
        pool = _TOPICS[self.topic]["bureaus"] if self.topic in _TOPICS else ["政府办公室"]
        return self.co + self.rng.choice(pool)

    def s_bureauhead(self) -> str:
        b = self.s_bureau()
        if b.endswith("局"):
            title = self.rng.choice(["局长", "局长", "副局长"])
        elif b.endswith("中心"):
            title = self.rng.choice(["主任", "副主任"])
        elif b.endswith("部"):
            title = self.rng.choice(["部长", "副部长"])
        elif b.endswith("大队"):
            title = "大队长"
        else:
            title = "负责人"
        return self._person(b + title)

    def _speaker(self, which: str) -> str:
        # The same role (e.g. "项目现场负责人") is the same person within an article.
        key = self.topic if self.topic in _TOPICS else "governance"
        roles = _TOPICS[key][which]
        i = self.rng.randrange(len(roles))
        cached = self.speakers.get((key, which, i))
        if cached is None:
            cached = self.fill(roles[i])
            self.speakers[(key, which, i)] = cached
        return cached

    def s_speaker(self) -> str:
        return self._speaker(self.rng.choice(["speakers_o", "speakers_p"]))

    def s_speaker_o(self) -> str:
        return self._speaker("speakers_o")

    def s_speaker_p(self) -> str:
        return self._speaker("speakers_p")

    def s_crop(self) -> str:
        return self.crop_v

    def s_crop2(self) -> str:
        return self.rng.choice(_CROPS)

    def s_livestock(self) -> str:
        return self.rng.choice(_LIVESTOCK)

    def s_product(self) -> str:
        return self.rng.choice(_PRODUCTS)

    def s_industry(self) -> str:
        return self.industry_v

    def s_project(self) -> str:
        return self.project_v

    def s_scenic(self) -> str:
        return self.scenic_v

    def s_river(self) -> str:
        return self.river_v

    def s_road(self) -> str:
        return self.road_v

    def s_street(self) -> str:
        return self.street_v

    def s_school(self) -> str:
        return self.school_v

    def s_hospital(self) -> str:
        return self.hospital_v

    def s_nth(self) -> str:
        return self.nth_v

    def s_sportevent(self) -> str:
        return self.event_v

    # -- slots: dates and times ---------------------------------------------
    def s_month(self) -> str:
        return f"{self.m}月"

    def s_day(self) -> str:
        return f"{self.m}月{self.d}日"

    def s_day2(self) -> str:
        return f"{self.m}月{self.d + self.rng.randint(2, 28 - self.d)}日"

    def s_date(self) -> str:
        return self.rng.choice(["近日", "日前", self.s_day(), self.s_day(), self.s_day()])

    def s_hour1(self) -> str:
        return f"{self.rng.randint(7, 10)}时"

    def s_hour2(self) -> str:
        return f"{self.rng.randint(16, 20)}时"

    def s_phone(self) -> str:
        code = _AREA_CODES.get(self.city, "0351")
        return f"（{code}）{self.rng.randint(2, 8)}{self.rng.randint(0, 999999):06d}"

    def s_cn(self) -> str:
        return self.rng.choice(_CN_SMALL)

    # -- slots: numbers -----------------------------------------------------
    def s_wan(self) -> str:
        rng = self.rng
        v = rng.randint(20, 999) if rng.random() < 0.5 else rng.randint(100, 980) * 10
        return f"{v}万元"

    def s_yi(self) -> str:
        return _strip0(self.rng.randint(5, 600) / 10) + "亿元"

    def s_yi_s(self) -> str:
        return _strip0(self.rng.randint(5, 99) / 10) + "亿元"

    def s_mu(self) -> str:
        rng = self.rng
        v = rng.randint(1, 80) * 1000 + rng.randint(0, 9) * 100
        return (_strip0(v / 10000) + "万亩") if v >= 10000 else f"{v}亩"

    def s_mu_s(self) -> str:
        return f"{self.rng.randint(3, 90) * 10}亩"

    def s_km(self) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            return f"{rng.randint(3, 150)}公里"
        return f"{rng.randint(30, 1500) / 10:.1f}公里"

    def s_renci(self) -> str:
        v = self.rng.randint(50, 3000) * 10
        return (_strip0(v / 10000) + "万人次") if v >= 10000 else f"{v}人次"

    def s_ren(self) -> str:
        rng = self.rng
        return str(rng.randint(20, 300) if rng.random() < 0.5 else rng.randint(3, 150) * 10)

    def s_wan_s(self) -> str:
        rng = self.rng
        return f"{rng.randint(5, 300) if rng.random() < 0.7 else _strip0(rng.randint(5, 99) / 10)}万元"

    def s_hu(self) -> str:
        return str(self.rng.randint(12, 1800))

    def s_ge(self) -> str:
        return str(self.rng.randint(3, 40))

    def s_ge_s(self) -> str:
        return str(self.rng.randint(2, 9))

    def s_n3(self) -> str:
        return str(self.rng.randint(100, 950))

    def s_big(self) -> str:
        rng = self.rng
        return str(rng.randint(12, 99) * 100 if rng.random() < 0.5 else rng.randint(1000, 48000))

    def s_pct(self) -> str:
        return _strip0(self.rng.randint(20, 350) / 10) + "%"

    def s_pct_h(self) -> str:
        return _strip0(self.rng.randint(850, 995) / 10) + "%"

    def s_pct_s(self) -> str:
        return _strip0(self.rng.randint(8, 35) / 10) + "%"

    def s_pct_mid(self) -> str:
        return f"{self.rng.randint(55, 70)}%"

    def s_income(self) -> str:
        return str(self.rng.randint(9000, 19000))

    def s_n_yuan(self) -> str:
        return str(self.rng.randint(10, 120) * 100)

    def s_yuan_s(self) -> str:
        return str(self.rng.randint(5, 80) * 10)

    def s_yuan_m(self) -> str:
        return str(self.rng.randint(25, 60) * 100)

    def s_yuan_m_low(self) -> str:
        return str(self.rng.randint(45, 90) * 10)

    def s_yuan_tiny(self) -> str:
        return str(self.rng.randint(2, 8))

    def s_n_yuan5(self) -> str:
        return str(self.rng.randint(20, 80) * 1000)

    def s_n_t(self) -> str:
        return str(self.rng.randint(2, 40))

    def s_n_wan_s(self) -> str:
        return str(self.rng.randint(10, 120))

    def s_n_km2(self) -> str:
        return str(self.rng.randint(30, 900))

    def s_n_km_small(self) -> str:
        return str(self.rng.randint(8, 30))

    def s_n_m2(self) -> str:
        return str(self.rng.randint(20, 600) * 100)

    def s_n_min(self) -> str:
        return str(self.rng.randint(10, 50))

    def s_n_min_s(self) -> str:
        return str(self.rng.randint(3, 15))

    def s_n_hour(self) -> str:
        return str(self.rng.randint(1, 4))

    def s_days(self) -> str:
        return str(self.rng.randint(240, 330))


# ---------------------------------------------------------------------------
# Topic pools.  Every string below is an original template (see module doc).
#   leads      -- opening sentences for the first paragraph
#   body       -- ordinary body sentences
#   quotes_o   -- quotations in an official / business voice
#   quotes_p   -- quotations in an ordinary people's voice
#   speakers_* -- who says a quotation
#   titles / subtitles / pretitles / captions / shorts -- as the names say
# ---------------------------------------------------------------------------

_TOPICS: dict[str, dict[str, list[str]]] = {}

_TOPICS["industry"] = dict(
    bureaus=["发展和改革局", "工业和信息化局", "商务局", "投资促进服务中心"],
    speakers_o=["{company}负责人{name}", "{company}{boss}", "{bureauhead}", "{leader}",
                "{sitehead}", "{townofficial}"],
    speakers_p=["{company}员工{name}", "在{company}务工的{villager}", "附近村民{name}", "技术工人{name}"],
    leads=[
        "{date}，{county}[举行重点项目集中开工仪式，{ge}个项目同时开工|举行重点项目集中签约仪式，{ge}个项目现场签约|召开重点项目集中开工动员会，{ge}个项目集中亮相]，总投资{yi}。",
        "{date}，记者走进{county}{town}[工业园区|经济技术开发区|产业园]，[塔吊林立|机器轰鸣|车辆往来穿梭]，一派[火热|繁忙]的建设景象。",
        "[今年以来|开年以来|一季度以来]，{county}坚持把项目建设作为[稳增长|经济工作]的[“牛鼻子”|主抓手]，[全力|持续]推动重点项目[提速增效|早开工早投产]。",
        "{date}，{company}{project}[正式投产|建成投产|进入设备调试阶段]，标志着{county}{industry}产业[迈出关键一步|链条进一步延伸]。",
        "[为|围绕]做强{industry}产业，{county}{date}[赴长三角|赴京津冀|赴粤港澳大湾区]开展[招商推介|精准招商]活动，[现场签约|达成合作意向]项目{ge}个。",
        "[连日来|近段时间以来]，{county}各重点项目建设现场[你追我赶|热火朝天]，[施工人员|建设者们]抢抓[黄金施工期|有利时节]，全力[加快|推进]工程进度。",
    ],
    body=[
        "{company}{project}总投资{yi}，[建成后|达产后]可实现年产值{yi}，[新增|带动]就业岗位{ren}个。",
        "项目现场，[挖掘机|装载机|运输车]来回穿梭，[工人们|施工人员]正在进行[钢结构安装|厂房主体施工|设备基础浇筑]。",
        "“[我们实行|项目实行]‘[白加黑|五加二]’工作[模式|机制]，[确保|力争]{month}底前[主体完工|具备投产条件]。”{sitehead}说。",
        "{county}[建立|实行]重点项目[领导包联|“包联”]制度，由{co}级领导[分包|对口联系]每个项目，[及时|定期]协调解决用地、用电、用水等问题。",
        "[截至目前|截至{month}底]，全{co}省市重点工程项目已开工{ge}个，[完成|累计完成]投资{yi}，[投资完成率|完成率]达{pct_h}。",
        "[近年来|这些年]，{county}[依托|立足]丰富的[煤炭、铝土矿|煤炭、煤层气]资源，大力发展{industry}[产业|等新兴产业]，[推动|促进]资源型经济[转型升级|转型发展]。",
        "在{company}的[生产车间|智能化车间]里，[一条条|一排排][自动化生产线|机械臂][有序运转|高速运转]，工人们[正在|忙着]对产品进行[质检|包装|打包装车]。",
        "[该公司|企业]负责人介绍，[今年|上半年]企业订单[同比增长|增长]{pct}，产品[远销|销往]京津冀、长三角等地区，[部分产品|一些产品]还出口到东南亚。",
        "{county}[坚持|推行]“链长制”[工作机制|推进模式]，围绕{industry}产业链[上下游|强链补链延链][精准招引|谋划]项目{ge}个。",
        "[在招商引资中|招商工作中]，{county}[创新|探索]“[以商招商|产业链招商|驻地招商]”模式，[组建|成立]{ge}个招商小分队[常年|长期]驻外开展工作。",
        "[为破解|针对]企业[融资难|用工难|用地难]问题，{county}[组织|搭建]政银企对接平台，[累计|已]为{ge}家企业[发放|协调]贷款{yi}。",
        "[目前|当前]，{town}工业园区[已入驻|集聚]企业{ge}家，[其中|包括]规模以上工业企业{ge_s}家，园区[基础设施|水电路讯]日趋完善。",
        "[项目|该项目]主要建设[生产车间|原料库|成品库]、[综合办公楼|研发中心]及[配套|附属]设施，[占地|规划用地]{mu_s}。",
        "{leader}[在调研时|在项目现场]强调，要[牢固树立|坚持]“项目为王”理念，[全力以赴|一着不让]抓项目、[优环境|促投资]，以[项目建设的实效|高质量项目]推动经济高质量发展。",
        "[前{cn}个月|一季度|上半年]，{county}规模以上工业增加值同比增长{pct}，[固定资产投资|工业投资]同比增长{pct}，[主要经济指标|各项指标]保持[稳中有进|稳中向好]态势。",
        "{company}{boss}[告诉记者|介绍]，选择在{county}投资，[看中的|主要看中的]是这里[优质的资源禀赋|良好的营商环境|便捷的交通区位]。",
        "[项目|工程][投产|建成]后，[预计|可]年[消纳|利用]当地[粉煤灰|煤矸石|铝土矿]{big}吨，实现[资源综合利用|变废为宝]。",
        "[为确保项目|为推动项目]早日[落地见效|达产达效]，{county}[成立|组建]了项目[服务专班|推进专班]，[实行|推行]“一个项目、一名领导、一个专班、一抓到底”的推进机制。",
        "[据了解|记者了解到]，{county}[今年|本年度]共[谋划|储备]重点项目{ge}个，总投资{yi}，涉及[新能源、新材料|现代农业、文化旅游|现代物流、装备制造]等多个领域。",
        "[在|走进]{company}的[展厅|样品陈列室]，各类[铝合金型材|新型建材|精深加工产品][琳琅满目|整齐排列]，[不少产品|多款产品]已[获得|取得]国家专利。",
        "[施工现场|工地上]，[一面面|一块块][“比学赶超”|“大干一百天”]的标语[格外醒目|十分醒目]，[建设者们|工人们]正[争分夺秒|加班加点]推进工程建设。",
        "{county}[持续|不断]加大对[中小微企业|民营企业]的[扶持|帮扶]力度，[落实|兑现][减税降费|惠企]政策资金{wan}，[惠及|覆盖]市场主体{big}户。",
        "作为{county}[引进|落地]的[首个|重点]{industry}项目，{company}[项目|工程]从签约到开工[仅用了|只用了]{ge}天，[跑出了|刷新了]项目建设“加速度”。",
        "[下一步|接下来]，{county}将[紧盯|聚焦]签约项目[履约率|落地率]、[开工率|资金到位率]，[推动|促进]更多项目[早落地|早投产|早见效]。",
        "{town}[党委|政府][主动|积极]靠前服务，[抽调|安排]专人[全程|全天候]跟进，[帮助|协助]企业[解决|化解]了[征地拆迁|道路通行|临时用电]等[难题|问题]{ge}个。",
        "[在|记者在]{company}[中控室|调度中心]看到，[大屏幕上|显示屏上]实时[显示|跳动]着[各生产环节|每条产线]的运行数据，[工作人员|技术人员]正[密切监控|认真记录]设备运行情况。",
    ],
    quotes_o=[
        "项目建设就是和时间赛跑，我们每天都在倒排工期、挂图作战。",
        "政府部门服务很贴心，遇到问题一个电话就有人来现场解决。",
        "我们对在这里发展充满信心，计划明年再追加投资，上马二期工程。",
        "招商不是一锤子买卖，签约只是第一步，服务好项目落地才是关键。",
        "企业订单已经排到了年底，我们正在加紧招聘技术工人。",
        "以前原料要从外地运进来，现在在本地就能采购，成本降了不少。",
    ],
    quotes_p=[
        "在家门口的工厂上班，一个月能挣四千多元，还能照顾老人孩子。",
        "厂子建到了村边上，我们村里好多年轻人都回来上班了。",
        "公司定期组织技能培训，我现在已经是车间的技术骨干了。",
    ],
    titles=[
        "{county}：重点项目建设跑出“加速度”",
        "{county}{ge}个重点项目集中开工",
        "{county}招商引资结出新硕果",
        "{county}{industry}产业链条越拉越长",
        "{town}工业园区迎来新项目",
        "{county}规上工业增加值增长{pct}",
        "{county}抓项目促发展强后劲",
        "{county}集中签约{ge}个项目，总投资{yi}",
        "{county}：项目建设热潮涌动",
    ],
    subtitles=["{county}推进项目建设见闻", "{county}工业转型发展纪实", "{town}工业园区建设侧记",
               "{county}招商引资工作综述"],
    pretitles=["坚持项目为王", "奋战二季度，确保双过半", "聚焦项目建设"],
    captions=[
        "{company}生产车间内，工人正在操作设备。",
        "{town}工业园区项目建设现场。",
        "{county}重点项目集中开工现场。",
        "技术人员在中控室监测生产数据。",
        "施工人员在项目工地进行钢结构吊装作业。",
    ],
    shorts=[
        "{day}，{county}召开{month}份重点项目建设推进会，[听取|通报]各项目[建设进展|推进情况]，[分析|研判]存在的[问题|困难]，[安排部署|部署]下一阶段工作。会议要求，各[包联领导|责任单位]要[深入一线|靠前服务]，[倒排工期|挂图作战]，确保项目[按期|如期]完成年度投资任务。",
        "{date}，{county}与{company}[签订|签署]{project}投资协议，[项目|该项目]总投资{yi}，[计划|预计][年内开工|明年投产]。[项目建成后|投产后]，可[带动|吸纳]当地就业{ren}余人，[年上缴税金|年纳税]{wan}。",
        "{day}，{leader}[带队|率队]深入{town}[调研|督导]重点项目建设，[先后|依次]来到{company}等项目现场，[详细了解|实地察看]项目进展，[要求|强调][各相关部门|有关部门][强化服务保障|主动靠前服务]，[全力|合力]推动项目[早日|尽快]建成投产。",
    ],
)

_TOPICS["agriculture"] = dict(
    bureaus=["农业农村局", "农业农村局", "农业技术推广中心", "乡村振兴局"],
    speakers_o=["{town}党委书记{name}", "{bureauhead}", "{coop}负责人{name}", "{cadre}",
                "{agrico}负责人{name}", "农技专家{name}"],
    speakers_p=["{villager}", "种植大户{name}", "{coop}社员{name}", "{village}村民{name}", "养殖户{name}"],
    leads=[
        "[金秋时节|眼下|连日来]，{county}{town}{village}的{mu_s}{crop}[迎来丰收|喜获丰收]，[田间地头|地里]到处是[忙着采收的村民|村民们忙碌的身影]。",
        "[今年以来|近年来]，{county}[立足|依托]{crop}[等特色资源|传统种植优势]，[做优|做强]“特”字文章，[推动|促进]特色农业[提质增效|规模化发展]。",
        "{date}，[走进|记者走进]{town}{village}，[一排排|一座座][标准化大棚|日光温室][整齐排列|错落有致]，棚内{crop2}长势喜人。",
        "[春耕时节|春回大地]，{county}各地[抢抓农时|抢墒播种]，[田间地头|阡陌之间][处处是|到处是]农民[备耕春播|整地施肥]的忙碌景象。",
        "[为|围绕]拉长{crop}产业链条，{county}[引进|培育]{agrico}等龙头企业，[走出|探索出]一条“龙头企业＋合作社＋农户”的[增收|发展]路子。",
        "{date}，{county}[首届|{nth}]{crop}[丰收节|采摘节|产销对接会]在{town}举行，[吸引|引来]{ren}余名客商和[游客|群众]参加。",
    ],
    body=[
        "[今年|今年春季]，{county}[共|累计]种植{crop}{mu}，[预计|预计今年]总产量可达{big}吨，[产值|综合产值]超过{wan}。",
        "{coop}[流转土地|带动农户种植]{mu_s}，[统一供种|统一技术]、[统一管理|统一收购]，[社员|入社农户]户均增收{n_yuan}元。",
        "[在|走进]{agrico}的[加工车间|生产线]，[清洗、烘干、分拣|去皮、烘干、包装]等工序[有条不紊|井然有序]，一箱箱{product}[即将|将][发往|销往]全国各地。",
        "[为提高|为提升]{crop}品质，{county}农业技术人员[深入田间|走村入户]，[手把手|面对面][指导|教授]农户[科学施肥|病虫害防治|修剪管护]。",
        "{county}[全力|大力]推进[高标准农田建设|旱作农业示范区建设]，[今年|年内][新建|完成]高标准农田{mu}，[亩均|每亩][增产|增收]{pct}以上。",
        "“[今年风调雨顺|今年雨水好]，{crop}[长得好|收成不错]，[价格也比去年高|收购商直接上门来收]，[一亩地|一亩]能多收{yuan_s}元。”{villager}[一边采收一边说|笑着说]。",
        "[近年来|这些年]，{county}[累计|共]认证[绿色食品|有机农产品|地理标志农产品]{ge}个，“{county}{product}”[品牌|区域公用品牌]的[知名度|影响力]不断提升。",
        "[围绕|聚焦]{crop}产业，{county}[建成|布局][{ge}个|一批]标准化[种植基地|示范园区]，[形成了|构建起]集[育苗|种植]、[加工|仓储]、[销售|物流]于一体的全产业链。",
        "[在|记者在]{town}{village}的{crop}[种植基地|示范园]看到，[滴灌管网|水肥一体化设备][铺设到|延伸至]田间，[不少|许多]地块实现了从“靠天吃饭”到“[科学种田|旱涝保收]”的转变。",
        "{county}[积极|大力][推广|发展]“[电商＋合作社＋农户|直播带货]”[销售模式|模式]，[今年以来|上半年][线上|通过网络][销售|卖出]农特产品{wan}。",
        "[依托|借助]{crop}[深加工|精深加工]，{agrico}[开发出|推出]{product}等{ge}[余种|个品种]产品，[年|每年]收购当地农产品{big}吨。",
        "[去年|上一年]，{county}农村居民人均可支配收入[达到|达]{income}元，同比增长{pct}，[增速|增幅][位居全市前列|高于全省平均水平]。",
        "{county}[出台|制定]特色农业[扶持政策|奖补办法]，[对|针对]新建[基地|园区]、[新增|扩大]种植面积的[给予|实行]每亩{yuan_s}元的[补贴|奖补]。",
        "[在|走进]{village}的[养殖小区|规模养殖场]，[一排排|一栋栋][标准化圈舍|养殖棚舍][整洁有序|宽敞明亮]，[圈舍里的|栏内的]{livestock}[膘肥体壮|长势良好]。",
        "{county}[推行|推广]“[企业＋基地＋农户|订单农业]”模式，与{ge}家[企业|加工企业]签订[订单|收购协议]，[让|使]农户[吃上了|吃下了]“定心丸”。",
        "[为破解|针对]{crop}[保鲜难|储存难|销售季节集中]的问题，{county}[新建|改扩建]冷链[仓储|保鲜库]{ge}座，[储存能力|库容]达{big}吨。",
        "[小小|一颗颗]{crop}，[如今|现在]已成为{county}[群众|农民][增收致富|持续增收]的“[金豆豆|摇钱树|致富果]”。",
        "[今年|目前]，{county}{crop}[种植面积|规模]稳定在{mu}，[带动|覆盖]{hu}户农户[稳定增收|持续增收]。",
        "[在|走进]{village}的[核桃|红枣][经济林|林地]，[技术员|果农]们正[忙着|抓紧][修剪枝条|涂白防虫|疏花疏果]，为[今年丰收|秋季丰产][打下基础|做好准备]。",
        "[以往|过去]，{village}[群众|村民]种的{crop}[卖不上价|只能贱卖]，[如今|现在]经过[加工包装|品牌包装]，[身价|价格][翻了一番|提高了好几倍]。",
        "{county}[注重|着力][培育|发展]新型农业经营主体，[目前|现已][发展|培育]家庭农场{ge}家、农民专业合作社{n3}家，[市级以上|省级以上]龙头企业{ge}家。",
        "[在|记者在]{agrico}[看到|了解到]，[企业|公司][新上|引进]的[全自动|智能化][分拣|包装|烘干]生产线，每小时可[处理|加工]{crop}{n_t}吨。",
        "{county}[邀请|联合][省农科院|山西农业大学]专家[组建|成立]科技服务团，[开展|举办][技术培训|田间课堂]{ge}场次，[培训|受益]农民{ren}人次。",
        "[借助|依托]农业社会化服务，{village}[实现了|推行了]{crop}从[播种|耕种]到收获的全程机械化，[每亩|亩均]节约成本{yuan_s}元。",
        "{town}[把|将]{crop}[种植|产业]作为[村集体经济|主导产业]的[重要支撑|增收点]，{ge}个村的[村集体经济收入|集体收入]均[突破|超过]{n_wan_s}万元。",
        "[田间|地头]，[收割机|脱粒机][来回穿梭|轰鸣作业]，[金黄的|饱满的][谷穗|玉米棒子|高粱穗][被|陆续被][收进|运进][粮仓|场院]，[空气中|到处]弥漫着丰收的[气息|喜悦]。",
    ],
    quotes_o=[
        "我们要把{crop}这个小产业做成富民大产业，让更多群众在家门口增收。",
        "品牌立起来了，{crop}就不愁卖，关键是品质要过硬。",
        "下一步，我们打算再建一座冷库，把收购季节延长，让农户多卖上几个月好价钱。",
        "农业要强，科技必须强。我们将继续推广良种良法，提升单产水平。",
        "合作社就是要把分散的农户组织起来，抱团闯市场。",
    ],
    quotes_p=[
        "以前种地靠天吃饭，现在有了技术员指导，心里踏实多了。",
        "合作社统一收购，价格比市场还高一些，我们种得放心。",
        "今年光卖{product}就收入了两万多元，日子越过越有盼头！",
        "在合作社干活，一天能挣一百多元，还不耽误照顾家里。",
    ],
    titles=[
        "{county}：{crop}产业链条越拉越长",
        "{county}{crop}喜获丰收",
        "{town}：“金豆豆”鼓起群众钱袋子",
        "{county}特色农业迈上新台阶",
        "{village}：合作社里忙增收",
        "{county}新建高标准农田{mu}",
        "{county}打造{crop}区域公用品牌",
        "{county}春耕备耕有序推进",
        "{county}农产品插上电商“翅膀”",
        "小{crop}做成富民大产业",
    ],
    subtitles=["{county}发展特色农业见闻", "{county}做强{crop}产业纪实", "{town}{village}发展集体经济侧记",
               "记{county}种植大户{pname}"],
    pretitles=["做优“特”字文章", "念好“土特产”经", "聚焦乡村全面振兴"],
    captions=[
        "{village}村民在田间采收{crop}。",
        "{coop}社员正在分拣{crop}。",
        "农技人员在地头为种植户讲解管护技术。",
        "{agrico}生产线上，工人正在包装{product}。",
        "{county}高标准农田里，农机正在作业。",
        "丰收时节，村民在场院里晾晒{crop}。",
    ],
    shorts=[
        "{day}，{county}{crop}[产销对接会|推介会]在{town}举行。[活动现场|会上]，{ge}家[企业|经销商]与[合作社|种植大户]签订[购销合同|采购协议]，签约金额{wan}。此次活动进一步拓宽了当地特色农产品的[销售渠道|销路]。",
        "[近日|日前]，[{co}农业农村局|{co}农业技术推广中心][组织|抽调]{ge}名农技人员[深入|分赴]各乡镇，[开展|进行]{crop}[病虫害防治|春季管护]技术指导，[发放|送去]技术资料{big}份，[受到|得到]群众[欢迎|好评]。",
        "{day}，{town}{coop}[新建的|新上的]{crop}[加工车间|烘干生产线][正式投用|投入使用]。[该车间|车间][总投资|投资]{wan}，[日加工能力|日处理能力]{n_t}吨，可[带动|吸纳]周边{ren}名村民就近务工。",
    ],
)

_TOPICS["ecology"] = dict(
    bureaus=["林业局", "水利局", "自然资源局", "生态环境保护中心"],
    speakers_o=["{bureauhead}", "{townofficial}", "{leader}", "造林合作社负责人{name}", "{cadre}"],
    speakers_p=["生态护林员{name}", "{villager}", "巡河志愿者{name}", "晨练的市民{name}", "造林工人{name}"],
    leads=[
        "[春回大地|时下正值植树造林黄金季节]，{county}[各地|各乡镇][掀起|兴起]了[植树造林|义务植树]热潮，[荒山秃岭|沟壑梁峁]间处处是[挥锹铲土|植绿护绿]的忙碌身影。",
        "[近年来|这些年]，{county}[牢固树立|坚定践行]“绿水青山就是金山银山”理念，[统筹推进|扎实推进]黄河流域生态保护和高质量发展。",
        "{date}，记者[来到|走进]{town}，[只见|放眼望去][漫山遍野|层层梯田上]的[油松|侧柏|山杏|刺槐][郁郁葱葱|苍翠挺拔]，[昔日|过去]的荒山[已披上绿装|变成了绿色屏障]。",
        "[今年以来|入春以来]，{county}[计划|完成]营造林{mu}，[坚持人工造林与封山育林并举|坚持造林与管护并重]，[全力|持续]筑牢黄河[中游|沿岸]生态屏障。",
        "{date}，{county}[组织|开展][春季|秋季]义务植树活动，[机关干部|党员干部]、[志愿者|民兵]等{ren}余人[参加|共同参与]，[栽植|种下][油松|侧柏|樟子松|山桃]{big}株。",
        "[站在|登上]{town}的[山顶|观景台][远眺|俯瞰]，{river}[蜿蜒|静静]流过，[两岸|沿岸][绿意盎然|林草丰茂]，[一幅|一派]生态[画卷|美景]徐徐展开。",
    ],
    body=[
        "{county}[创新|推行]“[购买式造林|合作社造林]”模式，[组建|成立]造林专业合作社{ge}个，[吸纳|带动][脱贫群众|当地群众]{ren}人参与[造林|管护]，[人均|每人]增收{n_yuan}元。",
        "为确保苗木[成活率|栽植质量]，{county}[严格|全面]执行“[三埋两踩一提苗|一坑一苗、浇足定根水]”[技术规程|标准]，[造林|苗木]成活率达{pct_h}以上。",
        "{county}[全面推行|深入落实]林长制，[建立|构建]{co}、乡、村三级林长[体系|组织体系]，[聘用|设置]生态护林员{ren}名，[实现了|做到了]“山有人管、林有人护、责有人担”。",
        "[近年来|截至目前]，{county}[森林覆盖率|林草覆盖率][提高到|达到]{pct}，[新增|累计]治理水土流失面积{n_km2}平方公里。",
        "[在|记者在]{river}{county}段看到，[河道|河岸][整洁|干净]，[水清岸绿|碧波荡漾]，[不时|偶尔]有[白鹭|水鸟|野鸭][掠过|嬉戏]水面。",
        "{county}[扎实推进|全面推进]河湖长制，[开展|持续开展]“[清四乱|清河行动]”专项整治，[累计|共][清理|清运]河道垃圾{big}立方米。",
        "{county}[大力|持续][实施|推进]淤地坝[除险加固|建设]工程，[今年|年内][新建|加固]淤地坝{ge}座，[有效|切实][拦蓄|减少]入黄泥沙。",
        "[昔日|过去]的[“光山秃岭”|荒山荒坡]，[如今|现在]已[变成|成为][“绿色银行”|经济林基地]，[山杏|沙棘|连翘][漫山遍野|挂满枝头]，[成了|变成]群众增收的[“聚宝盆”|新门路]。",
        "{county}[坚持|统筹]山水林田湖草沙[一体化保护|系统治理]，[实施|推进]{river}流域[综合治理|生态修复]项目，[总投资|完成投资]{yi}。",
        "为打好蓝天保卫战，{county}[持续|全面][推进|开展][清洁取暖改造|散煤治理|工业企业深度治理]，[今年以来|前{cn}个月]空气质量优良天数达{days}天，同比增加{ge}天。",
        "{county}[建立|完善][森林防火|防火]网格化管理体系，[在|于][重点林区|进山路口][设置|布设][防火检查站|视频监控点]{ge}个，[确保|保障]森林资源安全。",
        "[生态护林员|护林员]{pname}[每天|每日]巡山{n_km_small}公里，[风雨无阻|从不间断]。[说起|谈起]护林，{pname}说：“这片林子就像自己的孩子一样，[一天不看|不转一圈]心里就不踏实。”",
        "[在|走进]{town}的[苗木繁育基地|育苗基地]，[一行行|一畦畦][油松|侧柏|樟子松]苗[整齐排列|生机勃勃]，[工人们|务工村民][正忙着|忙着][起苗|装车|浇水]。",
        "[近年来|近几年]，{county}[累计|共][完成|实施]造林{mu}，[建成|打造][生态廊道|绿色通道]{km}，[构建起|形成了]点线面结合的[生态格局|绿化格局]。",
        "{county}[严格|持续]落实“[四水四定|以水定城、以水定产]”要求，[全面推进|扎实推进]节水型社会建设，[农田灌溉水有效利用系数|用水效率][不断提升|稳步提高]。",
        "{town}[利用|依托][荒山荒坡|闲置土地][发展|种植][连翘|沙棘|山桃]等经济林{mu_s}，[既绿了荒山，又富了百姓|不仅保持了水土，还鼓了群众腰包]。",
        "针对{river}沿岸[生活污水|农村污水]问题，{county}[新建污水处理站{ge_s}座|改造污水管网{km}]，[城镇|城区]生活污水集中处理率[达到|达]{pct_h}。",
        "{county}[开展|组织][秸秆综合利用|农膜回收]专项行动，[农作物秸秆|秸秆]综合利用率[达到|达]{pct_h}，[废旧农膜|农膜]回收率[达到|达]{pct_h}。",
        "[清晨|傍晚]，{county}[滨河公园|湿地公园][绿树成荫|花草繁茂]，[不少|许多]市民在这里[散步|晨练|健身]，[享受|尽享]生态建设带来的[红利|实惠]。",
        "{county}[把|将]生态修复[和|与]产业发展[结合起来|统筹考虑]，[在|于][矿区|采煤沉陷区][种植|栽植][经济林|牧草]，[让|使]昔日的“[黑色|煤炭]”基地[逐步|渐渐]变成“绿色”家园。",
        "[记者从{bureau}了解到|据{bureau}负责人介绍]，{county}今年[计划|将][完成|实施][国土绿化|造林绿化]任务{mu}，[目前|截至目前]已完成{pct_h}。",
        "[在|记者在]{county}[生态环境监测站|空气质量自动监测站]看到，[屏幕上|电子屏上][实时|滚动]显示着[PM2.5|空气质量指数]等[各项|多项]监测数据。",
        "为了守护[一河清水|这一汪清水]，{county}[聘请|招募]{ren}名[民间河长|巡河志愿者]，[形成了|营造了]全民[护河|参与]的[良好|浓厚]氛围。",
        "{county}[加大|强化]生物多样性保护，[在|于][湿地|林区][监测到|发现]{ge}种[国家重点保护|珍稀]野生动物，[其中|包括][褐马鸡|黑鹳|金雕]等[国家一级保护动物|珍稀鸟类]。",
    ],
    quotes_o=[
        "种下一棵树就是种下一份希望，我们要让荒山变青山、青山变金山。",
        "护林防火是头等大事，一点也马虎不得。",
        "造林不易，管护更难，我们坚持三分造、七分管。",
        "黄河流域生态保护是国之大者，我们必须扛起责任、久久为功。",
        "既要绿起来，也要富起来，我们正在探索生态产品价值实现的路子。",
    ],
    quotes_p=[
        "以前一刮风就是满天沙土，现在山绿了、水清了，住着舒心多了。",
        "参加合作社造林，一年能挣一万多元，家门口就能就业。",
        "现在河里的鱼多了，水鸟也回来了，这是大家一起守护的结果。",
        "每天在河边走一走，看着水清岸绿，心情特别好。",
    ],
    titles=[
        "{county}：荒山披绿装，生态美如画",
        "{county}春季造林{mu}",
        "{county}扎实推进黄河流域生态保护",
        "{town}：昔日荒山变青山",
        "{county}全面推行林长制见实效",
        "{river}{county}段水清岸绿",
        "{county}义务植树添新绿",
        "{county}打好蓝天碧水净土保卫战",
    ],
    subtitles=["{county}推进生态建设纪实", "{county}黄河流域生态保护见闻", "记{town}生态护林员{pname}"],
    pretitles=["守护母亲河", "绿水青山就是金山银山", "践行“两山”理念"],
    captions=[
        "{county}干部群众在荒山上义务植树。",
        "{river}{county}段生态修复后的景象。",
        "护林员在林区巡护。",
        "{town}山坡上新栽的油松苗。",
        "志愿者在河道沿岸清理垃圾。",
    ],
    shorts=[
        "{day}，{county}[四大班子领导|{co}级领导][带头|率先]参加义务植树活动。[大家|干部们][挥锹铲土|扶苗培土]、[提水浇灌|浇水踏实]，[共|累计]栽植[油松|侧柏|樟子松]{big}株，为{town}荒山[增添|披上]了新绿。",
        "[近日|日前]，{co}林业局[联合|会同][相关部门|乡镇]开展[春季|清明期间]森林防火[专项检查|督导]，[重点|着重]检查[防火物资储备|值班值守]等情况，[排查|整改]隐患{ge}处，[确保|坚决守住]不发生[重大|较大]森林火灾。",
        "{day}，{county}[开展|组织]“[守护母亲河|河湖清四乱]”志愿服务活动，{ren}余名志愿者[沿|在]{river}[岸边|沿岸][捡拾垃圾|清理杂物]、[宣传|讲解]河湖保护知识，[倡导|号召]群众[共同|一起]守护[一河清水|绿水青山]。",
    ],
)

_TOPICS["education"] = dict(
    bureaus=["教育科技局"],
    speakers_o=["{school}校长{name}", "{bureauhead}", "{school}副校长{name}", "{school}教师{name}",
                "{school}班主任{name}"],
    speakers_p=["学生家长{name}", "{school}学生{name}", "{villager}", "前来接孩子的家长{name}"],
    leads=[
        "[秋季开学|新学期开学][在即|之际]，{county}[各中小学|各学校][精心|认真]做好开学[准备|各项准备]工作，[全力|确保]为师生[营造|创造][安全|良好]的[学习|教学]环境。",
        "[近年来|这些年]，{county}[坚持|始终坚持]教育优先发展战略，[累计|共]投入{yi}[改善|提升]办学条件，全{co}教育[面貌|质量][焕然一新|显著提升]。",
        "{date}，记者[走进|来到]{school}，[崭新的|宽敞明亮的]教学楼[映入眼帘|格外醒目]，[塑胶跑道|操场]上，[孩子们|同学们]正在[上体育课|开展课间活动]。",
        "为推进义务教育优质均衡发展，{county}[今年|年内][新建|改扩建]学校{ge_s}所，[新增|增加]学位{ge}00个，[有效|进一步][缓解|化解]了城区“大班额”问题。",
        "{date}，{county}[召开|举行][教育工作会议|教师节表彰大会]，[表彰|通报表彰]优秀教师、优秀班主任{ren}名，[激励|号召]广大教师[立德树人|潜心育人]。",
        "[课后服务|“双减”工作]开展以来，{county}[各中小学|各学校][因地制宜|结合实际][开设|开发][书法|剪纸|篮球|合唱|编程]等特色课程，[让|使]孩子们[在快乐中成长|学有所长]。",
    ],
    body=[
        "{school}[新建的|改造后的][教学楼|综合楼]配备了[智慧黑板|多媒体教学设备|录播教室]，[教师|老师们]可以[随时|轻松][调用|共享]优质教育资源。",
        "{county}[深化|推进]集团化办学改革，[组建|成立]{ge}个教育集团，[实现|推动][城乡学校|集团内学校]在[师资|课程|管理]等方面[共建共享|一体发展]。",
        "[今年|去年]，{county}[招聘|引进][公费师范生|优秀教师|特岗教师]{ren}名，[充实|补充]到[农村学校|乡村学校]一线，[教师队伍|师资结构][持续优化|不断优化]。",
        "{county}[全面落实|认真落实][学生资助|营养改善计划]政策，[今年|今年以来][累计|共][发放|落实]各类资助资金{wan}，[惠及|资助]学生{big}人次。",
        "[在|记者在]{school}的[书法教室|科学实验室|创客空间]看到，[学生们|孩子们]正在老师的指导下[专心|认真][练字|做实验|组装机器人]，[个个|一个个]兴致勃勃。",
        "{county}[建立|完善][教师|校长][交流轮岗|“县管校聘”]机制，[今年|本学期][共|累计]交流教师{ren}名，[推动|促进]优质师资向[农村|薄弱学校]流动。",
        "为保障学生[饮食|食品]安全，{county}[所有|全部]学校食堂[实现|推行]“[明厨亮灶|互联网＋明厨亮灶]”，[家长|群众]可[通过手机|实时][查看|监督]后厨[情况|操作]。",
        "“[现在|如今]学校[条件|设施]不比城里差，孩子在家门口就能上好学。”{speaker_p}说。",
        "{county}职业[教育|中学][紧扣|对接]当地产业[需求|发展]，[开设|设置][新能源汽车|护理|电子商务|数控技术]等专业{ge}个，[毕业生|学生][就业率|对口就业率]达{pct_h}。",
        "为提升[乡村|农村]学校[教育质量|教学水平]，{county}[开展|实施]“[送教下乡|名师送课]”活动，[组织|选派]骨干教师{ren}人次[深入|走进]乡村课堂。",
        "[学前教育|普惠性学前教育]方面，{county}[新建|改扩建]公办幼儿园{ge}所，[普惠性幼儿园覆盖率|学前三年毛入园率]达到{pct_h}。",
        "{county}[把|将]心理健康教育[纳入|融入][课程体系|日常教学]，全{co}中小学[均|全部][配备|设立]心理咨询室，[定期|常态化][开展|组织]心理健康[筛查|讲座]。",
        "记者从{bureau}了解到，今年{county}高考[成绩|质量][再创新高|稳中有升]，本科上线人数[较去年|同比]增加{ge}人。",
        "[课间|大课间]，{school}的操场上[热闹非凡|欢声笑语]，[学生们|孩子们][跳绳|踢毽子|跳起韵律操]，[处处|到处][洋溢着|充满了]青春活力。",
        "{county}[持续|深入]开展[校园安全|防溺水]专项整治，[排查|整改]安全隐患{ge}处，[实现|确保][校园及周边|师生]安全“零事故”。",
        "[依托|借助]“三个课堂”，{school}[与|同][省城|市区]名校[结对|建立帮扶关系]，[通过|利用]网络[同步上课|共享课程]，[山里娃|农村孩子]也能[享受到|听到][名师|优质]课程。",
        "{county}[实施|推进][校园文化|书香校园]建设工程，[各学校|学校][建成|设立][图书角|阅览室]，[生均|学生人均]图书[达|超过]{ge}册。",
        "为[减轻家长负担|丰富学生课余生活]，{county}[全面推行|落实]课后服务“5＋2”模式，[参与率|学生参与率]达{pct_h}。",
        "{town}[中心学校|寄宿制学校][新建了|改造了][学生宿舍|食堂]，[安装了|配备了][热水淋浴|空调|直饮水]设备，[住校生|寄宿学生]的[生活条件|住宿条件][明显改善|大为改观]。",
        "{county}[加强|强化][师德师风|教师队伍]建设，[开展|组织][青年教师|骨干教师][基本功大赛|教学能手评选]，[评选出|产生]教学能手{ge}名。",
        "[目前|截至目前]，{county}义务教育巩固率达到{pct_h}，[适龄残疾儿童少年|适龄儿童]入学率达到{pct_h}，[教育公平|教育普及水平][持续提升|迈上新台阶]。",
        "[暑假期间|假期里]，{county}[组织|动员]{ren}名[大学生志愿者|教师志愿者][开展|深入乡村开展][支教|“暑期托管”服务]，[陪伴|服务][留守儿童|农村孩子]度过[充实|快乐]的假期。",
    ],
    quotes_o=[
        "教育是最大的民生，再难也不能难了孩子，再苦也不能苦了教育。",
        "我们想让每一个山里孩子都能享受到公平而有质量的教育。",
        "办好人民满意的教育，关键在教师，我们会在待遇、培训上持续加码。",
        "学校就是孩子们的第二个家，吃住都要让家长放心。",
        "职业教育同样大有可为，学好一门技术，一样能有出彩人生。",
        "当老师这么多年，看着一届届学生走出大山，是我最大的幸福。",
    ],
    quotes_p=[
        "孩子放学后在学校就能写完作业，还能参加兴趣小组，我们家长省心多了。",
        "现在上课用上了智慧黑板，知识一下子变得生动起来，同学们都爱听。",
        "学校的饭菜营养搭配得很好，孩子都长高了不少。",
    ],
    titles=[
        "{county}：新学期迎来新变化",
        "{county}义务教育优质均衡迈出新步伐",
        "{school}：课后服务丰富多彩",
        "{county}新增学位{big}个",
        "{county}让农村娃在家门口上好学",
        "{county}表彰优秀教师{ren}名",
        "{county}职业教育对接产业需求",
        "{county}教育投入{yi}改善办学条件",
    ],
    subtitles=["{county}推进教育均衡发展纪实", "记{school}教师{pname}", "{county}办好人民满意教育见闻"],
    pretitles=["办好人民满意的教育", "新学期新气象", "教育强县在行动"],
    captions=[
        "{school}的学生在课间开展活动。",
        "教师在智慧课堂上为学生授课。",
        "{school}学生在实验室里做实验。",
        "{county}新建的教学楼投入使用。",
        "志愿者为留守儿童辅导功课。",
    ],
    shorts=[
        "{day}，{county}[召开|举行]{month}份教育系统安全工作会议，[通报|总结]前一阶段[工作情况|安全检查情况]，[部署|安排][防溺水|校园周边治理|校车安全]等重点工作。会议要求，各学校要[压紧压实|严格落实]安全责任，[确保|守护]师生[平安|安全]。",
        "{date}，{county}{nth}中小学生[运动会|艺术节]在{school}[开幕|举行]，[来自|全{co}]{ge}所学校的{ren}名[运动员|学生][参加|参与][比赛|展演]。[活动|此次活动]为期{cn}天。",
        "[近日|日前]，{co}教育科技局[发布|公布][城区|义务教育阶段][学校|公办学校]招生[入学|报名]公告，[明确|公布]各校招生范围和报名时间。[家长|适龄儿童家长]可[通过|登录]线上平台[报名|提交材料]，[咨询电话|招生咨询电话]{phone}。",
    ],
)

_TOPICS["health"] = dict(
    bureaus=["卫生健康局", "医疗保障局", "疾病预防控制中心", "卫生健康局"],
    speakers_o=["{hospital}院长{name}", "{hospital}医生{name}", "{bureauhead}", "{hospital}护士长{name}",
                "家庭医生签约团队成员{name}", "{village}乡村医生{name}"],
    speakers_p=["患者{name}", "{villager}", "前来就诊的群众{name}", "患者家属{name}"],
    leads=[
        "[近年来|今年以来]，{county}[深入推进|扎实推进]{co}域医疗卫生一体化改革，[着力|努力][让|使]群众在家门口[看得上病、看得好病|享受到优质医疗服务]。",
        "{date}，{county}[义诊|健康]服务队[走进|来到]{town}{village}，[为|给]村民[免费|义务][测血压|测血糖|做体检]、[讲解|普及]健康知识。",
        "[走进|记者走进]{hospital}，[宽敞明亮的|整洁有序的][门诊大厅|候诊区][秩序井然|井然有序]，[自助挂号机|智能导诊屏][前|旁]，[工作人员|导诊员]正[耐心|热情]地[引导|帮助]患者[就医|挂号]。",
        "{date}，{hospital}[成功|顺利][完成|开展]{co}域首例[微创|腔镜|介入]手术，[填补|实现]了[当地该领域的技术空白|当地该领域零的突破]。",
        "为提升[基层|乡村]医疗服务能力，{county}[今年|年内][投入|筹措]资金{wan}，[改造提升|标准化建设][乡镇卫生院|村卫生室]{ge}所。",
        "{county}[持续|深入]推进家庭医生签约服务，[目前|截至目前]，全{co}[累计签约|签约居民]{big}人，重点人群签约率达{pct_h}。",
    ],
    body=[
        "{county}医疗集团[实行|推行]“[人财物统一管理|行政、人事、财务统一管理]”，[统筹|调配]{co}乡村三级医疗资源，基层诊疗量[同比增长|提升]{pct}。",
        "[依托|通过]远程[会诊|心电|影像]中心，[乡镇卫生院|基层医生]拍的[片子|心电图]，[几分钟内|短时间内]就能[得到|拿到]{hospital}专家的诊断[意见|报告]。",
        "[今年|年内]，{hospital}[柔性引进|引进]省市专家{ge}名，[新开展|开展]新技术新项目{ge}项，[患者外转率|{co}外转诊率]同比下降{pct}。",
        "[在|记者在]{town}卫生院看到，[新建的|改造后的][中医馆|康复理疗室][宽敞明亮|设施齐全]，[针灸|艾灸|推拿]等[中医适宜技术|服务][深受|颇受][群众|周边村民]欢迎。",
        "{county}[全面落实|扎实推进][城乡居民|基本]医保[待遇|政策]，[今年以来|上半年][报销|结算]医疗费用{yi}，[惠及|受益群众]{big}人次。",
        "[乡村医生|村医]{pname}在{village}卫生室[工作|坚守]了{ge}年，[村里|全村]的[老人|慢性病患者][谁有|有]什么[病|毛病]，[这位老村医|{pname}][心里|都]一清二楚。",
        "为方便[群众|参保群众][就医|结算]，{county}[实现|推行]“[一站式|先诊疗后付费]”结算服务，[群众|患者]出院时只需[支付|缴纳]个人[承担|自付]部分。",
        "[在|记者在]{hospital}[急诊科|胸痛中心|卒中中心]了解到，[该院|医院][建立|开通]了[急救|绿色]通道，[急性心梗|卒中]患者[从入院到救治的时间|救治时间][大幅|明显]缩短。",
        "{county}[开展|组织]“[健康知识进万家|万名医师下基层]”活动，[今年以来|累计][举办|开展]健康讲座{ge}场，[发放|印发]宣传资料{big}份。",
        "针对65岁以上老年人，{county}[免费|每年][提供|开展]健康体检服务，[今年|年内]已[完成|体检]{big}人，[建立|更新]健康档案{big}份。",
        "{county}[持续|扎实]做好慢性病[管理|防治]工作，[高血压|糖尿病]患者规范管理率[达到|达]{pct_h}。",
        "[新建的|投用的]{hospital}[门诊住院综合楼|医技楼][总建筑面积|建筑面积]{n_m2}平方米，[设置|设有]床位{n3}张，[可|能][满足|承担][周边|全{co}]群众的[就医|诊疗]需求。",
        "{county}[实施|推进][“名医工作室”|医学人才“引育留”]工程，[与|同]省城[三甲医院|知名医院][建立|签订][专科联盟|帮扶协议]{ge}个。",
        "[为|针对][偏远山区|行动不便的]群众，{county}[组建|成立]“[流动医院|巡回医疗队]”，[定期|每月][深入|走进][偏远村庄|山区村]开展[巡诊|义诊]服务。",
        "{county}[扎实|持续][推进|开展]“[母婴安全|出生缺陷防治]”行动，[孕产妇系统管理率|儿童健康管理率]达到{pct_h}，[婴儿死亡率|孕产妇死亡率][保持在|稳定在]较低水平。",
        "[在|记者在]{hospital}[智慧药房|药房]看到，[医生|医师]开出处方后，[药品|药盒][通过|经]自动[发药机|传送带][几十秒|短短几十秒]就[送到|送达]取药窗口。",
        "[近年来|这些年]，{county}[累计|共][投入|筹集]资金{yi}，[新建|改扩建][人民医院、中医医院|{co}级医院和乡镇卫生院]等[重点|一批]医疗项目，{co}域医疗[服务能力|水平][显著提升|跃上新台阶]。",
        "[在|记者在]义诊现场看到，[前来|赶来][咨询|问诊]的村民[排起了长队|络绎不绝]，[医生们|医务人员][耐心|仔细][询问病情|听诊]、[解答疑问|讲解用药常识]。",
        "{county}[推进|实施][“互联网＋医疗健康”|智慧医疗]建设，[群众|患者]通过手机就能[预约挂号|查询检查结果|在线缴费]，[就医体验|看病体验][明显改善|大幅提升]。",
        "{county}[加强|强化]基层医务人员培训，[今年|年内][选派|组织]{ren}名[乡村医生|基层医务人员][到|赴]{hospital}[进修|跟岗学习]。",
        "为守护群众“[药箱里的安全|用药安全]”，{county}[开展|组织][药品|医疗器械]质量安全专项检查，[检查|覆盖][药店|医疗机构]{n3}家次。",
        "[中医药|中医]是[当地|{county}]的[特色|优势]，{hospital}[开设|设立][治未病科|针灸推拿科|中医康复科]，[年|每年]门诊量[超过|达]{big}人次。",
    ],
    quotes_o=[
        "我们要让群众小病不出村、常见病不出乡、大病不出{co}。",
        "健康是最大的财富，我们要把服务送到群众家门口。",
        "我当村医二十多年了，乡亲们信任我，我就得守好这个卫生室。",
        "我们将继续加强重点专科建设，让更多患者在本地就能得到救治。",
        "医疗资源下沉不是一阵风，要建机制、见长效。",
    ],
    quotes_p=[
        "以前看个病要跑到市里，现在在家门口就能找到专家，真方便。",
        "医生隔三岔五就来家里量血压，还教我怎么吃药，心里暖乎乎的。",
        "出院结算一站式办理，报销比例还高，我们自己掏的钱少多了。",
        "手术很成功，多亏了医院的专家，省了不少路费和住院费。",
    ],
    titles=[
        "{county}群众在家门口看上好病",
        "{hospital}新技术填补{co}域空白",
        "{county}医疗集团改革见实效",
        "{county}义诊服务送到群众身边",
        "{county}家庭医生签约服务暖民心",
        "{town}卫生院焕然一新",
        "{county}基层医疗服务能力持续提升",
        "{county}{big}名老年人享受免费体检",
    ],
    subtitles=["{county}推进医疗卫生一体化改革纪实", "记{village}乡村医生{pname}", "{county}提升基层医疗服务能力见闻"],
    pretitles=["守护群众健康", "健康{city}在行动", "深化医药卫生体制改革"],
    captions=[
        "医务人员为村民免费测量血压。",
        "{hospital}医生正在为患者诊疗。",
        "家庭医生上门为老人提供健康服务。",
        "{town}卫生院新建的中医馆。",
        "专家通过远程会诊系统为患者会诊。",
    ],
    shorts=[
        "{day}，{hospital}[组织|派出][专家|医疗]团队[走进|深入]{town}{village}开展义诊活动，为{ren}余名群众[提供|开展][免费|义务][健康咨询|体检]服务，[发放|赠送][药品|常用药品][价值|共计]{n_yuan}元。",
        "[近日|日前]，[{co}疾病预防控制中心|{co}卫生健康局][提醒|发布提示]：[当前|眼下]正值[流感|呼吸道疾病]高发季节，全{co}群众要[勤洗手|注意个人卫生]、[常通风|室内勤通风]，[出现|如有][发热|不适]症状[及时|应及时]到[正规医疗机构|医院]就诊。[老年人和儿童|重点人群]可[前往|到][辖区|附近]接种门诊接种疫苗。",
        "{day}，{county}[启动|开展]适龄妇女“两癌”免费筛查工作，[计划|预计][年内|今年]为{big}名[农村|城乡]适龄妇女[提供|进行]免费[筛查|检查]。[筛查|检查]地点[设在|为]{hospital}，[咨询电话|联系电话]{phone}。",
    ],
)

_TOPICS["culture"] = dict(
    bureaus=["文化和旅游局", "文物保护中心", "文化馆", "图书馆"],
    speakers_o=["{scenic}负责人{name}", "{bureauhead}", "非遗传承人{name}", "民宿经营者{name}", "{townofficial}"],
    speakers_p=["游客{name}", "来自[太原|西安|北京|郑州|呼和浩特]的游客{name}", "{villager}", "市民{name}",
                "晋剧老艺人{name}"],
    leads=[
        "[国庆|五一|端午]假期，{county}[各景区|{scenic}][人气火爆|游人如织]，[游客们|市民游客][登山|赏景|打卡]、[品美食|逛古镇]，[尽情|充分]享受[假日|节日]时光。",
        "{date}，{county}{nth}[文化旅游节|民俗文化节|乡村旅游节]在{scenic}[开幕|启幕]，[吸引了|引来][各地|省内外]的{ren}余名游客[参加|前来观光]。",
        "[近年来|这些年]，{county}[深入挖掘|充分利用][红色文化|黄河文化|晋商文化|民俗文化]资源，[推进|推动]文旅融合发展，[文旅产业|全域旅游][蓬勃发展|日益兴旺]。",
        "[夜幕降临|华灯初上]，{county}[步行街|古城|滨河公园][灯火璀璨|流光溢彩]，[小吃摊|文创摊位][前|旁][人头攒动|热闹非凡]，“夜经济”[持续升温|火了起来]。",
        "{date}，“[唱响|舞动|印象]{county}”[群众文艺汇演|广场文化活动]在{county}[文化广场|人民广场]举行，[晋剧|秧歌|三弦书|道情]等[节目|精彩节目][轮番上演|精彩纷呈]。",
        "[走进|来到]{town}{village}，[一座座|一排排][明清古院落|窑洞民居][错落有致|依山而建]，[青砖灰瓦|石板小路][诉说着|见证着]悠久的历史。",
    ],
    body=[
        "[假期|节日]期间，{county}[共|累计]接待游客{renci}，[实现|带动]旅游[综合收入|收入]{wan}，同比增长{pct}。",
        "{scenic}[新增|推出]了[玻璃栈道|星空露营|研学课堂|沉浸式演艺]等[项目|业态]，[吸引|引来]了[不少|大批][年轻游客|亲子家庭][前来|打卡]。",
        "[依托|借助]{scenic}，{village}[发展|办起了][农家乐|民宿]{ge}家，[村民|老乡们][吃上了|端上了]“旅游饭”，户均增收{n_yuan}元。",
        "{county}[加大|持续加大][文物保护|非遗保护]力度，[完成|实施]了{ge}处[不可移动文物|古建筑][修缮|保护]工程，[让|使][文物|古建筑]“活”起来。",
        "[在|记者在][非遗展示区|非遗工坊]看到，[剪纸|面塑|刺绣|布老虎][传承人|艺人]{pname}[手中|正][剪刀翻飞|揉捏着面团]，[不一会儿|片刻间]，一件[栩栩如生的|精美的]作品就[呈现|展现]在[眼前|游客面前]。",
        "{county}[推出|精心设计]了[红色研学|黄河风情|乡村休闲]等{ge}条[精品旅游线路|特色线路]，[串联起|连接]{co}内[主要景区|重点景点]和[特色村落|美丽乡村]。",
        "为提升游客体验，{county}[完善|升级]了[停车场|旅游厕所|游客服务中心]等[配套设施|基础设施]，[并|还][推出|开通]了[智慧导览|线上预约]服务。",
        "“[这里的|{county}的][风景|山水]太美了，[小米粥|莜面栲栳栳|碗托]也好吃，下次还要带家人来。”来自[太原|西安|北京|郑州|呼和浩特]的游客{name}说。",
        "{county}[常态化|持续]开展[送戏下乡|文化惠民]活动，[今年以来|全年][已|累计][演出|送戏]{ge}场，[观众|惠及群众]{renci}。",
        "{county}图书馆[推出|开设]了24小时自助[图书馆|借阅点]，[市民|读者][刷身份证|扫码]就能借还图书，[城市书房|“15分钟阅读圈”][已经|逐步]形成。",
        "{county}[深入|着力]挖掘黄河文化[内涵|资源]，[沿|依托]黄河[一号旅游公路|沿岸景观][打造|建设][观景平台|驿站]{ge}个，[串珠成链|串点成线]发展[全域旅游|沿黄旅游]。",
        "[在|记者在]{county}[文创|非遗]展销[区|馆]看到，[剪纸|刺绣|核桃木雕|枣木工艺品]等[文创产品|特色商品][琳琅满目|种类繁多]，[不少|许多]游客[驻足|流连]选购。",
        "为繁荣群众文化生活，{county}[建成|打造][村级|乡村]综合文化服务中心{n3}个，[实现|做到]了[乡村|村级]文化[阵地|设施]全覆盖。",
        "{village}[把|将][闲置|废弃]的[窑洞|老院落][改造|打造]成[特色民宿|精品民宿]，[保留|留住]了[原汁原味的|传统]黄土[风情|风貌]，[周末入住率|旺季入住率][常年|保持]在{pct_h}以上。",
        "[据了解|记者了解到]，{scenic}[今年|自开园以来][累计|共]接待游客{renci}，[已成为|成了]{city}[周边游|短途游]的[热门目的地|网红打卡地]。",
        "{county}[举办|组织][摄影大赛|短视频大赛|美食节]，[邀请|吸引][网络达人|摄影爱好者]为{county}[代言|“带货”]，[相关|活动]话题[网络|线上]浏览量[突破|超过]{ge}00万次。",
        "[站在|登上]{scenic}的[观景台|山巅]，[远处|眼前][群山连绵起伏|黄河奔腾而过]，[游客们|大家][纷纷|争相]拿出手机[拍照|记录]这[壮美|美丽]的景色。",
        "{county}[坚持|突出]“[以文塑旅、以旅彰文|文旅融合]”，[把|将][红色|革命]遗址[保护利用|修缮开放][与|和]乡村旅游[结合起来|融合发展]，[打造|建成][爱国主义教育基地|红色教育基地]{ge}处。",
        "[晋剧|道情|秧歌][演员|艺人]们[唱腔|表演][高亢嘹亮|韵味十足]，台下[掌声|喝彩声][阵阵|不断]，[不少|许多][老人|观众][跟着|随着][哼唱|节奏拍手]起来。",
        "为培育[文旅|旅游]新业态，{county}[引进|培育]{tourco}等[文旅企业|市场主体]，[开发|推出][研学|康养|露营]等[产品|项目]{ge}个。",
        "{county}[组织|开展][文旅|旅游]推介活动，[赴|走进][西安|郑州|北京|呼和浩特][推介|宣传]当地文旅资源，[签约合作项目|达成合作意向]{ge}个。",
        "[古院落|老宅]里，[游客们|孩子们][体验|学习][剪纸|做面塑|拓印]，[感受|领略]传统文化的[魅力|独特韵味]。",
    ],
    quotes_o=[
        "文旅融合让沉睡的资源活了起来，也让老百姓的腰包鼓了起来。",
        "非遗不能只放在博物馆里，要让年轻人喜欢，才能传得下去。",
        "我们将持续擦亮黄河文化这块金字招牌，让更多游客走进来、留下来。",
        "我们要把每一处景点都当作一张名片，用心做好服务。",
        "过去村里没人来，现在周末民宿天天爆满，还得提前预订。",
    ],
    quotes_p=[
        "带孩子来这里研学，既能看风景，又能学历史，特别有意义。",
        "晚上出来逛逛夜市，吃吃小吃，感觉小城越来越有烟火气了。",
        "唱了一辈子戏，看到这么多年轻人喜欢，心里高兴。",
        "没想到小县城里藏着这么多宝贝，这趟来得值。",
    ],
    titles=[
        "{county}假日旅游市场火热",
        "{county}{nth}文化旅游节开幕",
        "{scenic}成为网红打卡地",
        "{village}：老窑洞变身精品民宿",
        "{county}文旅融合激发发展新动能",
        "{county}送戏下乡{ge}场",
        "{county}“夜经济”点亮小城生活",
        "{county}让非遗“活”起来",
        "{county}黄河文化游持续升温",
    ],
    subtitles=["{county}推进文旅融合发展纪实", "{county}发展乡村旅游见闻", "记非遗传承人{pname}"],
    pretitles=["讲好黄河故事", "文旅融合赋能乡村振兴", "假日里的{county}"],
    captions=[
        "游客在{scenic}观光游览。",
        "非遗传承人正在展示剪纸技艺。",
        "文艺演员在广场上表演传统秧歌。",
        "{village}依山而建的窑洞民宿。",
        "市民在城市书房里阅读。",
    ],
    shorts=[
        "{day}，{county}{nth}[农民|群众]文艺汇演在[文化广场|人民广场]举行。[来自|全{co}]{ge}支文艺队伍[表演了|带来了][秧歌|晋剧|舞蹈|三句半]等{ge}个节目，[吸引|引来]{ren}余名群众观看。",
        "[近日|日前]，{co}文化和旅游局[发布|公布][节假日|假期][旅游|出行]提示，[提醒|建议]广大游客[错峰出行|提前预约]、[文明旅游|安全出游]。假期期间，{scenic}[实行|推出][门票半价|免门票]等优惠[措施|政策]，[咨询电话|旅游咨询电话]{phone}。",
        "{day}，{county}图书馆[举办|开展]“[书香{county}|全民阅读]”[读书分享会|主题阅读]活动，[{ren}余名|近百名][读者|市民][参加|参与]，[大家|读者们][分享|交流]读书心得，[共话|共享]阅读[乐趣|之美]。",
    ],
)

_TOPICS["infrastructure"] = dict(
    bureaus=["交通运输局", "住房和城乡建设局", "水利局", "城市管理局"],
    speakers_o=["{bureauhead}", "{buildhead}", "{cadre}", "{townofficial}", "监理工程师{name}"],
    speakers_p=["{villager}", "附近居民{name}", "出租车司机{name}", "小区居民{name}", "货车司机{name}"],
    leads=[
        "[连日来|眼下]，{road}[改造|提质改造]工程施工现场[机器轰鸣|热火朝天]，[摊铺机|压路机][来回作业|有序作业]，[施工人员|工人们]正[抢抓工期|加紧施工]。",
        "[近年来|今年以来]，{county}[大力|持续]推进“四好农村路”建设，[一条条|一条条新修的][乡村公路|通村公路][延伸到|通到]群众家门口，[畅通|打通]了[乡村振兴|群众致富]的“[快车道|幸福路]”。",
        "{date}，{road}[建成通车|正式通车]，[沿线|周边]{ge}个村{ren}余名群众的出行条件[得到|大为]改善。",
        "为提升城市品质，{county}[今年|年内][实施|启动]城市更新项目{ge}个，[涉及|包括][老旧小区改造|背街小巷整治|供热管网改造]等[多个方面|领域]。",
        "{date}，[记者走进|走进]{county}城区，[只见|看到][宽阔平整的|新铺的]柏油路[两旁|两侧][绿树成荫|路灯林立]，[新改造的|焕然一新的]小区[干净整洁|井然有序]。",
        "[入冬|供暖季]以来，{county}[新建|改造]的[供热管网|热源厂][全面|正式][投用|投入运行]，城区{big}户居民[温暖过冬|用上了稳定热源]。",
    ],
    body=[
        "{road}全长{km}，[按照|采用][二级公路|三级公路]标准建设，[总投资|概算投资]{yi_s}，[计划|预计]{month}底[建成|完工]通车。",
        "“[路修好了|以前是土路，下雨天出不了门]，[现在|如今]收购车能直接开到地头，[卖|运]东西方便多了。”{villager}说。",
        "{county}[实施|推进]老旧小区改造，[今年|年内][改造|惠及]小区{ge}个、{big}户，[重点|主要]解决[外墙保温|雨污分流|管网老化|停车难]等问题。",
        "[在|记者在]城区{street}施工现场看到，[施工人员|工人们]正在[铺设|安装][雨污管网|供热管道|给水管道]，[路面|道路][开挖|施工]区域[设置了|围起了][围挡|警示标志]。",
        "{county}[累计|共][新建|改造][农村公路|通村公路]{km}，[实现|完成]了[所有|全部]建制村[通硬化路|通客车]，“[出门水泥路|路畅行更畅]”[成为|变成]现实。",
        "为保障[工程质量|施工安全]，{county}[交通运输|住建][部门|局][派驻|安排][质量监督员|技术人员][全程|全天候][监督|驻场]，[严把|严格把控][材料进场|施工工序]关。",
        "{county}[建成|投用][新客运站|城乡客运枢纽]，[开通|新增]城乡公交线路{ge}条，[群众|村民][进城|出行]“[一元钱|两元钱]坐公交”成为现实。",
        "为解决[群众|农村群众]饮水[安全|问题]，{county}[实施|推进]农村供水[保障|提质]工程，[新建|改造][水源工程|供水管网]{km}，[让|使]{big}名群众[喝上|用上]了[安全水|放心水|自来水]。",
        "[新建的|改造后的]{county}[城区停车场|立体停车场][新增|提供]停车位{n3}个，[有效|切实][缓解|化解]了城区停车难问题。",
        "{county}[大力|持续][推进|实施][城乡环境整治|“两违”治理|市容市貌提升]，[拆除|清理][违章建筑|乱搭乱建]{n_m2}平方米，[城乡面貌|市容环境][焕然一新|明显改善]。",
        "{county}[加快|推进][5G基站|新能源汽车充电桩]建设，[今年|年内][新建|建成]{n3}个，[城乡|重点区域]覆盖[水平|范围][进一步提升|不断扩大]。",
        "[桥梁|道路]建成后，[将|可][缩短|减少]{town}至城区的[车程|通行时间]{n_min}分钟，对[沿线|当地][群众出行|产业发展]具有重要意义。",
        "{county}[建立|推行]“[路长制|农村公路路长制]”，[设立|明确]{co}、乡、村三级路长{ren}名，[落实|确保][农村公路|公路]“[有路必养、养必到位|建管养运一体化]”。",
        "[雨后|清晨]的{county}[滨河公园|新建公园]，[步道|健身步道][干净整洁|蜿蜒延伸]，[市民|居民们][或散步或骑行|三三两两散步健身]，[脸上洋溢着幸福的笑容|处处是安逸祥和的景象]。",
        "{county}[推进|实施][“厕所革命”|农村生活垃圾治理]等[农村人居环境整治|村庄清洁行动]，[改造|新建][农村卫生厕所|垃圾收集点]{n3}[座|个]，[村容村貌|乡村面貌][明显|大为]改观。",
        "{county}[持续|加快][推进|完善]城区供排水、[燃气|供热]等[基础设施|市政设施]建设，[今年|今年以来][完成|实施][管网|管线]改造{km}。",
        "{buildhead}[介绍|告诉记者]，[目前|现在][路基|桥梁主体|路面]工程已完成{pct_h}，[正在|将][进行|开展][附属设施|交安设施]施工。",
        "[走在|行驶在]{road}上，[平坦宽阔的|崭新的]路面[蜿蜒|延伸]在[群山之间|黄土高原上]，[沿途|两侧][风光|景色][尽收眼底|美不胜收]。",
        "{county}[今年|年内][计划|安排][实施|建设]农村公路[提质改造|安全生命防护]工程{km}，[目前|截至目前]已完成年度任务的{pct_h}。",
        "{village}[新修了|修通了][产业路|旅游路]{n_km_small}公里，[把|将]村里的{crop}[基地|园区]与[主干道|公路][连了起来|连接起来]，[运输|销售]成本[大大降低|降了一大截]。",
        "[新改造的|改造一新的]小区[里|内]，[楼体|墙面][粉刷一新|焕然一新]，[加装了|新建了][电梯|充电桩|健身器材]，[居民|住户们][纷纷|都][点赞|叫好]。",
        "{county}[加快|推进]{town}[小城镇|集镇]建设，[完善|提升][道路|供水|污水处理]等[配套设施|功能]，[集镇|镇区][面貌|环境][焕然一新|日新月异]。",
    ],
    quotes_o=[
        "我们坚持质量第一，每道工序都严格把关，确保把路修成放心路。",
        "城市更新要从群众最关心的小事做起，一件一件办实办好。",
        "工程进入冲刺阶段，我们分班作业、昼夜施工，确保按期完工。",
        "修好一条路，带活一片产业，这是群众最直接的感受。",
        "路通了，人气旺了，来村里收购农产品的客商也多了。",
    ],
    quotes_p=[
        "改造后的小区又干净又亮堂，住着舒心，我们老两口特别满意。",
        "以前出门一身土，现在家门口就有公交车，进城方便多了。",
        "暖气烧得热乎乎的，屋里二十多度，今年冬天不怕冷了。",
        "自来水通到了灶台边，再也不用挑水吃了。",
    ],
    titles=[
        "{road}建成通车",
        "{county}“四好农村路”铺就致富路",
        "{county}老旧小区改造惠及{big}户",
        "{county}城市更新让小城更宜居",
        "{county}农村公路通到家门口",
        "{county}重点交通项目加速推进",
        "{county}{big}名群众喝上放心水",
        "{county}：小城面貌日新月异",
    ],
    subtitles=["{county}推进城乡基础设施建设纪实", "{county}建设“四好农村路”见闻", "{county}实施城市更新行动侧记"],
    pretitles=["办好民生实事", "城市更新进行时", "交通先行"],
    captions=[
        "施工人员在{road}项目现场作业。",
        "{county}新改造的老旧小区。",
        "新建成的农村公路蜿蜒在山间。",
        "城乡公交车驶入{village}。",
        "工人正在铺设供热管网。",
    ],
    shorts=[
        "{day}，{county}[召开|举行]城乡基础设施建设推进会，[听取|通报]了[城市更新|农村公路|供热改造]等项目[进展|推进]情况，[要求|强调]各责任单位[倒排工期|加快进度]，[确保|力争][工程|项目]按期[完工|交付使用]。",
        "{day}，{county}[举行|召开]{road}开工[仪式|动员会]。[该项目|项目]全长{km}，总投资{yi_s}，[建成后|通车后]将[进一步|有效][改善沿线群众出行条件|提升区域交通条件]。",
        "[近日|日前]，{county}[城区|县城]{street}[提质改造|雨污分流改造]工程[完工|竣工]并恢复通行。改造后的道路[新铺|重铺]了[沥青路面|人行道]，[增设|新装]了[路灯|绿化带]，[市民|周边居民][出行|通行]更加[便捷|安全]。",
    ],
)

_TOPICS["gov_service"] = dict(
    bureaus=["行政审批服务管理局", "政务服务中心", "营商环境服务中心"],
    speakers_o=["{bureauhead}", "{company}负责人{name}", "政务服务中心工作人员{name}", "{leader}", "窗口工作人员{name}"],
    speakers_p=["前来办事的群众{name}", "个体工商户{name}", "市民{name}", "{villager}", "小微企业主{name}"],
    leads=[
        "[走进|记者走进]{county}政务服务中心，[宽敞明亮的|整洁有序的]办事大厅[里|内][各类|一个个]窗口[整齐排列|一字排开]，[工作人员|窗口人员]正在[热情|耐心][为|给]群众办理业务。",
        "[今年以来|近年来]，{county}[把|将]优化营商环境作为[“一号工程”|重中之重]，[深化|持续深化]“放管服效”改革，[全力|着力]打造[市场化、法治化、国际化|一流]营商环境。",
        "{date}，{county}[召开|举行][优化营商环境|政企恳谈]会，[与|同]{ge}家企业负责人[面对面|座谈]交流，[现场|当场][收集|梳理][意见建议|问题诉求]{ge}条。",
        "“[没想到|真没想到]这么快就办好了！”{date}，在{county}政务服务中心，市民{name}[拿着|接过][刚刚办好的|新鲜出炉的][营业执照|不动产权证书|施工许可证]，[高兴地|连连]说。",
        "为让[企业和群众|群众]办事“[最多跑一次|一次办好]”，{county}[推行|推出][“一枚印章管审批”|“一件事一次办”|“帮办代办”]等[改革举措|服务]，[审批|办事]效率[大幅提升|显著提高]。",
        "[近日|日前]，{county}[出台|印发]《[关于进一步优化营商环境的若干措施|优化营商环境行动方案]》，[从|围绕][市场准入|要素保障|政务服务|法治保障]等方面[推出|提出]{ge}条[具体措施|硬核举措]。",
    ],
    body=[
        "{county}[推行|实行]企业开办“[一网通办|全程网办]”，[营业执照|开办企业][办理|全流程]时间[压缩|缩短]至{n_hour}个工作小时以内，[实现|做到]“[零费用|零成本]”开办。",
        "[在|记者在]政务服务中心“[综合窗口|无差别受理窗口]”看到，[群众|办事群众][只需|仅需][在一个窗口|到一个窗口][提交|递交]材料，[即可|就能][办理|办好][多个部门|多项]业务。",
        "{county}梳理出“[一件事一次办|高效办成一件事]”[主题|事项]清单{ge}项，[将|把][多个|多项]关联事项[集成|整合]为“一件事”，[申请材料|办理环节][压减|精简]{pct}以上。",
        "针对[企业|项目]审批[难|慢]问题，{county}[推行|实施]“[容缺受理|承诺制审批|拿地即开工]”[模式|改革]，[工程建设项目|项目]审批时间[压缩|缩短]至{ge}个工作日。",
        "{county}[建立|落实]“[企业服务专员|首席服务官]”制度，[为|向]{ge}家重点企业[派驻|选派]服务专员，[做到|实现]“[企业有需求、服务零距离|无事不扰、有求必应]”。",
        "[在|记者在]{town}便民服务中心看到，[社保|医保|户籍][业务|事项]都[能|可以][就近|在家门口]办理，[群众|村民][不出|不用出]乡镇就能[办成|办好][事情|大多数事]。",
        "{county}[全面|持续]推进[政务服务|便民服务]向基层延伸，[建成|设立]乡镇便民服务中心{ge}个、村级便民服务站{n3}个，[高频事项|一批高频事项][实现|做到]“就近办”。",
        "为[方便|服务][老年人|特殊群体]办事，{county}政务服务中心[开设|设立]“[绿色通道|爱心窗口]”，[提供|推出][帮办代办|上门服务]等[贴心|暖心]服务。",
        "[今年以来|上半年]，{county}[新增|新登记]经营主体{n3}户，[同比增长|增长]{pct}，[市场主体|经营主体]总量[达到|突破]{big}户。",
        "{county}[畅通|用好]12345政务服务便民热线，[今年以来|累计][受理|办理][群众|企业]诉求{big}件，[办结率|按期办结率]达{pct_h}。",
        "[针对|为了破解][企业|经营主体][反映|提出]的[办事难|融资难|审批慢]问题，{county}[建立|推行]“[接诉即办|清单化管理]”机制，[限期|按时][解决|回应]企业诉求。",
        "{company}[负责人|相关负责人]{name}[告诉记者|说]，企业从拿地到[开工|取得施工许可证][仅用了|只用了]{ge}天，“这样的速度[超出了我们的预期|让我们很意外]”。",
        "{county}[深入|扎实]推进[“互联网＋政务服务”|数字政府建设]，[依申请|政务服务]事项[网上可办率|全程网办率]达到{pct_h}，[群众|企业]办事[“指尖办”|“掌上办”][成为常态|越来越方便]。",
        "{county}[持续|深入][开展|推进][涉企违规收费|拖欠企业账款]专项整治，[清理|化解]相关[款项|资金]{wan}，[切实|有效][减轻|维护]企业[负担|合法权益]。",
        "为打造[诚信|法治化]营商环境，{county}[推行|实施][“信用＋”|包容审慎]监管，[对|针对][轻微违法行为|首次轻微违法]实行“[首违不罚|免罚清单]”。",
        "[在|记者在][政务服务中心|办事大厅]看到，[不少|许多]群众[在|借助][自助服务区|自助终端][办理|查询][社保|公积金|不动产]业务，[全程|整个过程]不到{n_min_s}分钟。",
        "{county}[实行|推行]“[周末不打烊|延时服务|预约服务]”，[在|于][节假日|午间和周末][为|给][企业和群众|群众][提供|安排][业务办理|服务]，[让|使]群众办事[更加|更为]便利。",
        "{county}[组建|成立]项目帮办代办[团队|专班]，[为|给][重点|招商]项目[提供|开展]“[一对一|全流程]”[帮办|代办]服务，[累计|已][帮办|代办]事项{n3}件。",
        "{bureauhead}介绍，{county}政务服务“好差评”满意率达{pct_h}，[营商环境|政务服务][评价|考核][位居全市前列|持续向好]。",
        "{county}[推出|实施]“[证照分离|一业一证]”改革，[将|把][一个|一种][行业|业态]涉及的多张许可证[整合|合并]为一张“行业综合许可证”，[办证|审批]时限[缩短|压缩]{pct}。",
        "{county}[出台|兑现][支持|扶持][民营经济|小微企业]发展[政策|措施]，[今年以来|累计][为|向]企业[兑现|拨付]奖补资金{wan}。",
        "[在|记者在]{county}不动产登记中心看到，“[交房即交证|交地即交证]”[改革|服务][让|使][群众|购房群众]在收房的同时就[拿到|领到]了[不动产权证书|房本]。",
    ],
    quotes_o=[
        "企业的事就是我们的事，我们要做到有求必应、无事不扰。",
        "营商环境没有最好，只有更好，我们将持续刀刃向内推进改革。",
        "政策兑现又快又准，企业扩大生产的信心更足了。",
        "我们把服务做在前头，让企业安心投资、放心发展。",
        "每一件诉求我们都跟踪到底，直到企业满意为止。",
    ],
    quotes_p=[
        "以前办个证要跑好几个部门，现在一个窗口就全搞定了，省心省力。",
        "窗口工作人员主动帮我们填表、准备材料，办事效率真高。",
        "在手机上就能办，不用请假跑大厅了，这个改革真是办到了群众心坎上。",
        "在镇上就能办社保，不用再坐车进城了。",
    ],
    titles=[
        "{county}营商环境持续优化",
        "{county}企业开办压缩至{n_hour}小时以内",
        "{county}政务服务实现“一窗通办”",
        "{county}：让企业和群众办事更便捷",
        "{county}新增经营主体{n3}户",
        "{county}推行“一件事一次办”",
        "{town}便民服务中心让群众少跑腿",
        "{county}政企恳谈面对面解难题",
    ],
    subtitles=["{county}优化营商环境工作纪实", "{county}深化“放管服效”改革见闻", "{county}政务服务中心侧记"],
    pretitles=["优化营商环境", "深化“放管服效”改革", "高效办成一件事"],
    captions=[
        "{county}政务服务中心办事大厅。",
        "工作人员为群众办理业务。",
        "群众在自助终端上办理业务。",
        "企业负责人在政企恳谈会上发言。",
        "{town}便民服务中心工作人员为村民办事。",
    ],
    shorts=[
        "{day}，{county}[召开|举行]优化营商环境[工作推进会|专题会议]，[通报|总结]了[前一阶段|今年以来]工作[情况|进展]，[安排部署|部署]了下一步[重点任务|工作]。会议要求，[各部门|各单位]要[强化|树立]服务意识，[打通|疏通]政策落实“[最后一公里|中梗阻]”。",
        "[近日|日前]，{county}政务服务中心[推出|开通][周末|节假日]“[不打烊|延时]”服务，每周六{hour1}至12时[正常|安排专人]办理[社保|医保|不动产登记]等[高频|常用]业务，[方便|便利]上班族[办事|错时办事]。[咨询电话|服务电话]{phone}。",
        "{day}，{county}[举办|召开]政银企[对接会|座谈会]，{ge}家[金融机构|银行]与{ge}家企业[现场|集中]签约，[授信|签约]金额{yi}，为[企业纾困|实体经济发展][注入|提供]了[金融活水|资金支持]。",
    ],
)

_TOPICS["welfare"] = dict(
    bureaus=["民政局", "民政局", "残疾人联合会"],
    speakers_o=["{bureauhead}", "养老服务中心负责人{name}", "{town}民政助理员{name}", "社区工作人员{name}",
                "护理员{name}"],
    speakers_p=["{village}老人{name}", "{villager}", "[七十多岁|八十多岁]的老人{name}", "困难群众{name}",
                "老年大学学员{name}"],
    leads=[
        "[中午|午饭时间]，{town}{village}[老年餐桌|幸福食堂][里|内][热气腾腾|饭菜飘香]，[十几位|二十多位|三十余位]老人[围坐|聚]在一起，[吃着|品尝着][可口的|热乎乎的]饭菜，[有说有笑|其乐融融]。",
        "[近年来|今年以来]，{county}[聚焦|围绕]“[一老一小|老有所养]”[民生|群众]需求，[不断|持续]完善[养老服务|社会救助]体系，[用心|用情][兜牢|织密]民生[底线|保障网]。",
        "{date}，{county}[开展|组织]“[情暖|爱心|关爱]{county}”[慰问|帮扶]活动，[为|向][困难群众|空巢老人|留守儿童][送去|送上][米面油|慰问金|过冬棉衣]等[物资|生活用品]。",
        "[走进|记者走进]{county}[社会福利中心|养老服务中心]，[干净整洁的|温馨舒适的][房间|活动室]里，[老人们|几位老人]正在[下棋|看电视|做手工]，[工作人员|护理员][不时|细心][询问|照料]着他们的[需求|起居]。",
        "为[解决|破解]农村[留守|高龄]老人“[吃饭难|养老难]”问题，{county}[今年|年内][新建|改造][农村互助幸福院|老年餐桌]{ge}个，[让|使][老人|老年人]在家门口[安享晚年|乐享幸福]。",
        "[随着|在][寒冬|冬季]来临，{county}[提前|及时][启动|开展]冬季救助[工作|行动]，[为|向]{hu}户困难群众[发放|送上][取暖补贴|救助金]{wan_s}。",
    ],
    body=[
        "{county}[全面|持续]落实[城乡低保|特困供养]政策，[今年以来|截至目前][累计|共][发放|落实][低保金|救助资金]{wan}，[保障|惠及][困难群众|城乡困难群众]{big}人。",
        "[老年餐桌|幸福食堂][实行|推行]“[政府补一点、集体出一点、个人交一点|政府补贴、老人自愿]”的[运营|筹资]模式，[老人|就餐老人]每餐只需[交|花]{yuan_tiny}元。",
        "{county}[推进|实施][居家和社区|智慧]养老服务，[为|给]{n3}户[高龄|失能]老人家庭[进行|开展]适老化改造，[安装|配备]了[扶手|防滑垫|一键呼叫]等设施。",
        "[在|记者在]{village}[日间照料中心|农村幸福院]看到，[活动室|阅览室]、[康复室|休息室][一应俱全|设施齐全]，[几位|一些]老人正在[打扑克|看报纸|聊天]，[脸上|个个][洋溢着|挂着][满足的|幸福的]笑容。",
        "{county}[建立|完善]“[党建引领|网格化]＋[邻里互助|志愿服务]”[关爱|帮扶]机制，[组织|动员]{ren}名[党员|志愿者]与[空巢|独居]老人[结对|结成帮扶对子]，[定期|经常][上门|入户][探望|服务]。",
        "针对困难残疾人[家庭|群体]，{county}[落实|发放][困难残疾人生活补贴|重度残疾人护理补贴]{wan}，[开展|实施][残疾儿童|精准]康复救助{ren}人次。",
        "{county}[持续|扎实]做好[留守儿童|困境儿童][关爱|保护]工作，[为|向]{ren}名[困境儿童|孤儿和事实无人抚养儿童][发放|落实]基本生活费，[配备|选聘]儿童主任{n3}名。",
        "[在|记者在]{county}退役军人服务中心了解到，[今年|年内][为{ren}名退役军人提供就业创业服务|累计帮助{ren}名退役军人实现就业]，[发放|落实][优抚金|各类优待抚恤资金]{wan}。",
        "{county}[推行|实施]“[物质＋服务|主动发现]”[救助|社会救助]模式，[依托|通过][低收入人口动态监测平台|大数据比对]，[及时|主动][发现|识别][困难|需救助]群众{ren}人。",
        "护理员{pname}[每天|每日][早早|一早]就[来到|赶到][老人|服务对象]家中，[帮|为][老人|他们][打扫卫生|洗衣做饭|测量血压]，[一干|一做]就是{ge}年。",
        "{county}[大力|积极][推进|发展][医养结合|康养]服务，[推动|引导][养老机构|养老院][与|同][医疗机构|乡镇卫生院][签约|合作]，[实现|做到][“小病不出院、大病及时转”|医养无缝衔接]。",
        "[今年|年内]，{county}[将|把][困难群众|特殊群体]基本生活保障[纳入|列入][民生实事|重点任务]，[城乡低保标准|低保标准]逐步[提高|提升]到每人每月{yuan_m_low}元。",
        "为[丰富|提升]老年人[精神文化生活|晚年生活]，{county}[开设|建设][老年大学|老年活动中心]，[开设|设置][书法|太极拳|声乐|摄影]等课程{ge}门，[学员|老年学员][超过|达]{ren}人。",
        "{county}[发挥|依托][慈善|公益]力量，[组织|开展]“[慈善一日捐|99公益日]”等活动，[募集|筹集]善款{wan_s}，[用于|全部用于][助学|助医|助困][帮扶|救助]。",
        "[在|记者在]{county}[儿童福利院|未成年人救助保护中心]看到，[孩子们|小朋友们]正在[老师|护理员]的[陪伴|带领]下[做游戏|画画|读绘本]，[欢声笑语|笑声][不断|回荡在院子里]。",
        "{county}[常态化|持续]开展“[银龄安康|敬老月]”[行动|活动]，[为|给][80岁|70岁]以上老人[统一|免费][投保|办理]意外伤害保险，[惠及|覆盖]{big}名老人。",
        "{county}[推进|深化]婚俗改革，[倡导|提倡][喜事新办|移风易俗]，[“高价彩礼”等陈规陋习得到有效遏制|大操大办之风明显减少]。",
        "{county}[开展|组织][困难群众|特殊群体]“[走访|大走访]”[行动|活动]，[干部|民政干部][逐户|入户][了解|摸排][家庭|生活]状况，[建立|完善][动态|帮扶]台账，[做到|确保]“[应保尽保|应救尽救]”。",
        "[新投用的|改扩建后的]{county}[社会福利中心|敬老院][设置|拥有]床位{n3}张，[配备|设有][医务室|康复训练室|多功能厅]，[能|可][为|向][特困|失能]老人[提供|开展][集中供养|专业照护]服务。",
        "针对城镇困难职工，{county}总工会[开展|组织]“[送温暖|金秋助学]”活动，[为|向]{ren}名[困难职工|职工子女][送去|发放][慰问金|助学金]{wan_s}。",
    ],
    quotes_o=[
        "把老人当成自己的父母来照顾，这是我们每个护理员的心愿。",
        "民生无小事，我们要把困难群众的冷暖时刻放在心上。",
        "养老是家事，也是国事，我们正加快构建居家社区机构相协调的养老服务体系。",
        "救助工作要变“人找政策”为“政策找人”，一户都不能落下。",
        "我们要让每一位老人都能老有所养、老有所乐。",
    ],
    quotes_p=[
        "在这儿吃饭热乎、便宜，还有老伙计们一起聊天，比一个人在家强多了。",
        "党的政策好，每月按时领低保，看病也能报销，生活有了保障。",
        "儿女在外打工，村里干部和志愿者常来看我，心里不孤单。",
        "家里装上了扶手和一键呼叫，孩子们在外地也放心多了。",
        "老年大学让我重新找到了乐趣，每天都过得很充实。",
    ],
    titles=[
        "{county}老年餐桌温暖“夕阳红”",
        "{village}幸福院里笑声多",
        "{county}织密兜牢民生保障网",
        "{county}为{big}名老人免费投保",
        "{county}冬季救助送温暖",
        "{county}：让老年人乐享幸福晚年",
        "{county}困难群众生活有保障",
        "{county}新建农村幸福院{ge}个",
    ],
    subtitles=["{county}推进养老服务体系建设纪实", "{county}兜牢民生底线见闻", "{village}老年餐桌见闻"],
    pretitles=["用心用情办好民生实事", "关爱“一老一小”", "温暖民生"],
    captions=[
        "老人们在{village}老年餐桌就餐。",
        "护理员为老人测量血压。",
        "志愿者上门看望独居老人。",
        "老年大学学员正在练习书法。",
        "工作人员为困难群众送去慰问物资。",
    ],
    shorts=[
        "{day}，[{co}民政局|{co}残疾人联合会|{county}总工会][联合|会同][爱心企业|慈善协会][走访慰问|慰问]{town}[困难群众|特困老人]，为{hu}户[困难家庭|群众]送去了[米面油|棉被|取暖煤]等[生活物资|慰问品]，[价值|共计]{wan_s}。",
        "[近日|日前]，{co}民政局[发布|公布]通知，{county}[城乡低保|特困人员基本生活]标准[自|从]{month}起[上调|提高]，[调整后|新]标准[为|达到]每人每月{yuan_m_low}元，[所需|调标]资金由各级财政[负担|安排]。",
        "{day}，{county}[重阳节|敬老月]主题活动在{county}[社会福利中心|老年活动中心]举行，[志愿者|文艺队][为|给]老人们[表演|献上]了[文艺节目|精彩节目]，[并|还][送上|赠送]了[生日蛋糕|慰问品]，[现场|活动现场][气氛|氛围][温馨|热烈]。",
    ],
)

_TOPICS["safety"] = dict(
    bureaus=["公安局", "应急管理局", "市场监督管理局", "消防救援大队"],
    speakers_o=["{bureauhead}", "派出所所长{name}", "{town}安全员{name}", "{county}公安局民警{name}", "{townofficial}"],
    speakers_p=["{village}网格员{name}", "群众{name}", "{villager}", "辅警{name}", "企业安全员{name}"],
    leads=[
        "[入汛以来|进入主汛期以来]，{county}[压紧压实|严格落实]防汛[责任|主体责任]，[全面|深入]排查[风险隐患|山洪地质灾害隐患点]，[全力|确保]保障人民群众生命财产安全。",
        "[今年以来|近年来]，{county}[深入推进|扎实开展]平安{county}建设，[坚持|创新]发展新时代“枫桥经验”，全{co}社会治安[形势|大局][持续|保持]稳定。",
        "{date}，{county}[开展|组织]“安全生产月”宣传咨询日活动，[各成员单位|{ge}个部门][设立|搭建]咨询台，[向|为]群众[发放|讲解][宣传资料|安全知识]。",
        "[夜幕下|凌晨时分]，{county}公安局[巡逻|巡防]民警[驾驶|开着]警车[穿行|巡逻]在[城区|大街小巷]，[守护|保障]着[百姓|群众]的平安。",
        "{date}，{county}[举行|开展][防汛应急|森林火灾扑救|危化品泄漏]应急演练，[模拟|设置]了[突发|紧急]情况的处置[场景|流程]，[检验|提升]了[应急救援|联动处置]能力。",
        "[岁末年初|节日临近]，{county}[组织|成立][督导组|检查组][深入|分赴][矿山|危化品企业|人员密集场所]开展安全生产[大检查|明察暗访]，[坚决|全力][防范|遏制]各类事故发生。",
    ],
    body=[
        "{county}[聚焦|紧盯][煤矿|非煤矿山|危化品|道路交通|燃气|建筑施工]等重点[行业|领域]，[累计|共][检查|排查]企业{n3}家次，[发现|排查]并整改隐患{n3}处。",
        "[在|记者在]{county}[应急指挥中心|综合指挥调度中心]看到，[大屏幕|显示屏]上[实时|清晰][显示|呈现]着[重点区域|各重点企业]的[监控画面|监测数据]，[值班人员|工作人员]24小时在岗值守。",
        "{county}公安局[持续|深入][开展|推进][夏季治安打击整治|打击电信网络诈骗]专项行动，[今年以来|上半年][破获|侦破][刑事案件|各类案件]{n3}起，抓获犯罪嫌疑人{ren}名。",
        "[民警|社区民警][走进|深入][社区|村庄|学校]，[用|通过][案例讲解|以案说法]的方式[向|给][群众|老年人]讲解[电信诈骗|养老诈骗]的[常见手法|套路]，[提醒|叮嘱]大家“[不轻信|不听信]、不转账”。",
        "{county}[建立|完善]“[网格员＋辅警|一村一辅警]”[工作机制|机制]，全{co}[划分|设立]网格{n3}个，[网格员|辅警][每天|定期][入户|巡查]，[矛盾纠纷|安全隐患][发现在早|第一时间化解]。",
        "[在|记者在]{town}[山洪灾害危险区|地质灾害隐患点]看到，[警示牌|监测设备][醒目|清楚]，[监测员|网格员]{name}正在[查看|记录][雨量|裂缝]变化情况。",
        "{county}[储备|准备]了[冲锋舟|救生衣|沙袋|发电机]等防汛物资{big}件（套），[组建|成立][防汛抢险|应急]队伍{ge}支{ren}人，[随时|确保][听令出动|拉得出、用得上]。",
        "为守护群众“舌尖上的安全”，{county}市场监督管理局[开展|组织][校园食品安全|农村集体聚餐|节令食品]专项检查，[检查经营主体{n3}家|抽检食品{n3}批次]。",
        "{county}[持续|深入][推进|开展]城镇燃气安全专项整治，[入户|上门][排查|检查]燃气用户{big}户，[更换|整改][老化|不合格]胶管{n3}根。",
        "{county}消防救援大队[深入|走进][“九小场所”|人员密集场所|高层建筑][开展|进行]消防安全检查，[督促|指导][整改|消除][火灾|消防]隐患{n3}处。",
        "在道路交通安全[方面|领域]，{county}公安交警[部门|大队][开展|组织][“一盔一带”|酒驾醉驾]专项整治，[今年以来|累计][查处|纠正][交通违法行为|违法行为]{big}起。",
        "{county}[深入|持续]开展[矛盾纠纷|信访问题][排查化解|大排查]，[今年以来|累计][排查|受理]矛盾纠纷{n3}件，[调解成功率|化解率]达{pct_h}。",
        "[凌晨|深夜]，{county}公安局[接到|接]群众报警后，[民警|巡逻民警][迅速|第一时间][赶到|赶赴]现场，[成功|及时][救助|帮助]了[走失|迷路]的[老人|儿童]，[群众|家属][连连|纷纷][道谢|称赞]。",
        "{county}[严格|全面]落实[“党政同责、一岗双责”|安全生产责任制]，[与|同]{ge}个[乡镇|部门]签订[安全生产|目标]责任书，[层层|逐级][压实|传导]责任。",
        "[在|记者在]{county}禁毒[教育基地|宣传馆]看到，[仿真毒品|展板|多媒体互动设备][让|使][参观的|前来参观的]学生[直观|深刻]认识到毒品的危害。",
        "为[提升|增强]群众[防灾减灾|应急避险]意识，{county}在[学校|社区|企业][开展|组织][应急疏散|消防逃生]演练{ge}场次，[参与|参加]群众{big}人次。",
        "{county}[推进|实施][“雪亮工程”|“智慧平安小区”]建设，[新建|新增]高清视频监控点位{n3}个，[实现|做到]了[城区|城乡][重点部位|主要路口][全覆盖|无死角]。",
        "[在|记者在]{company}[生产现场|车间]看到，[每个|各][岗位|工位][都|均][张贴|设置]了[安全操作规程|风险告知卡]，[工人们|员工][佩戴|穿戴]着[安全帽|防护用品][规范|有序]作业。",
        "{county}[加强|强化][气象|雨情]监测预警，[通过|利用][应急广播|手机短信|微信群]等[渠道|方式][及时|第一时间]发布预警信息{ge}条，[提前转移|有序疏散][危险区|受威胁]群众{ren}人。",
        "{county}人民法院[深化|推进]“[诉源治理|一站式多元解纷]”，[在|于]{town}[设立|建立][法官工作站|巡回法庭]，[把矛盾纠纷化解在基层|把诉讼服务送到群众家门口]。",
        "{county}人民检察院[开展|推进][公益诉讼|“检察护企”]专项[活动|行动]，[办理|立案]相关案件{ge}件，[督促|推动][相关部门|职能部门][整改|解决]问题。",
        "在[节假日|重要节点]期间，{county}[启动|实行][高等级|全天候][巡防|勤务]机制，[每天|每日][投入|出动][警力|巡防力量]{ren}人次，[最大限度|全力][屯警街面|提高见警率]。",
    ],
    quotes_o=[
        "安全生产没有旁观者，每个人都是第一责任人。",
        "防汛工作宁可十防九空，不可失防万一。",
        "我们要把隐患当成事故来对待，发现一处、整改一处、销号一处。",
        "平安是老百姓最大的期盼，也是我们最重要的职责。",
        "演练就是实战，只有平时练得好，关键时刻才能拉得出、打得赢。",
    ],
    quotes_p=[
        "接到电话让转账，一定要先打110核实，千万别上当。",
        "有网格员天天转，村里的大事小情都能及时解决，大家心里踏实。",
        "多亏民警及时赶到，不然后果不堪设想。",
        "晚上出来散步，随处能看到巡逻的警车，心里特别踏实。",
    ],
    titles=[
        "{county}筑牢安全生产防线",
        "{county}全力以赴备汛迎汛",
        "{county}：平安建设让群众更有安全感",
        "{county}开展应急演练提升处置能力",
        "{county}反诈宣传进万家",
        "{county}排查整改隐患{n3}处",
        "{county}“雪亮工程”守护万家平安",
        "{county}民警救助走失老人获赞",
    ],
    subtitles=["{county}推进平安建设纪实", "{county}防汛备汛工作见闻", "记{county}公安局民警{pname}"],
    pretitles=["守护万家平安", "统筹发展和安全", "人人讲安全，个个会应急"],
    captions=[
        "应急救援队伍开展防汛演练。",
        "民警在街头向群众宣传反诈知识。",
        "检查人员在企业排查安全隐患。",
        "消防员为学生讲解灭火器使用方法。",
        "网格员在{village}入户走访。",
    ],
    shorts=[
        "{day}，{county}[召开|举行][防汛|安全生产]工作[专题会议|调度会]，[分析研判|研判][当前|近期][形势|汛情]，[部署|安排]下一步[重点工作|工作]。会议要求，各乡镇各部门要[严格|认真]落实[24小时值班|领导带班]制度，[确保|做到][信息畅通|响应及时]。",
        "[近日|日前]，{county}公安局[发布|提醒]：[近期|当前][冒充客服退款|刷单返利|冒充公检法]类诈骗[高发|多发]，全{co}群众[务必|要][提高警惕|谨慎]，[不点陌生链接|不要点击陌生链接]、[不向陌生人转账|不泄露验证码]。如[遇|发现]可疑情况，请[及时|立即]拨打110报警。",
        "{day}，{county}消防救援大队在{school}[开展|组织]消防[安全|疏散]演练，{ren}余名师生在{n_min_s}分钟内[全部|安全][撤离|疏散]到[操场|安全区域]。演练结束后，[消防员|教官][现场|还]讲解了灭火器的使用方法。",
    ],
)

_TOPICS["sports"] = dict(
    bureaus=["文化和旅游局", "体育运动发展中心", "教育科技局"],
    speakers_o=["{bureauhead}", "赛事组委会负责人{name}", "{school}体育教师{name}", "{townofficial}", "教练员{name}"],
    speakers_p=["参赛选手{name}", "市民{name}", "{villager}", "[年过六旬的|来自外地的]跑者{name}", "小运动员{name}"],
    leads=[
        "{date}，{county}{nth}[全民健身运动会|农民运动会|职工运动会]在{county}体育场[开幕|拉开帷幕]，[来自全{co}的|]{ge}支代表队{ren}名运动员[参赛|同场竞技]。",
        "[清晨|傍晚]，{county}[体育公园里|滨河健身步道上][人来人往|热闹非凡]，[跑步的|健步走的]、[打太极的|跳广场舞的][随处可见|各得其乐]，全民健身[蔚然成风|热潮涌动]。",
        "{date}，{sportevent}[鸣枪开赛|激情开赛|正式开赛]，[来自|吸引了][全国各地|省内外]的{ren}名[跑者|选手|参赛者][参赛|报名参赛]。",
        "[夜幕降临|晚饭过后]，{town}{village}[篮球场|文化广场]上[灯火通明|人声鼎沸]，一场[“村BA”|乡村篮球赛]正[激烈|火热]进行，场边村民的[加油声|呐喊声][此起彼伏|不断]。",
        "[近年来|今年以来]，{county}[大力|深入]实施全民健身[战略|计划]，[持续|不断]完善[公共体育设施|健身设施]，[群众|市民][健身|运动]热情[日益高涨|持续高涨]。",
        "{date}，{county}[青少年|中小学生][足球|篮球|田径][联赛|锦标赛]在{school}[开赛|举行]，[各参赛队|小运动员们][顽强拼搏|奋勇争先]，[赛出了|展现了][水平|风格]。",
    ],
    body=[
        "[比赛|赛事][设|设置][男子组|成年组]、[女子组|青少年组]等{cn}个组别，[包括|涵盖][田径|拔河|跳绳|象棋|篮球]等{ge_s}个项目。",
        "[赛场上|比赛中]，[运动员们|选手们][你追我赶|奋勇拼搏]，[场边|观众席上]的[观众|啦啦队][呐喊助威|加油鼓劲]，[赛场|现场]气氛[十分|格外]热烈。",
        "{county}[已|累计][建成|完成][全民健身中心|体育公园|社区健身广场]{ge}个、[健身步道|绿道]{km}，行政村体育设施覆盖率达100%，“[15分钟|10分钟]健身圈”基本形成。",
        "[这次|此次]赛事[线路|赛道][穿越|途经][黄河岸边|山间梯田|古村落]，[选手们|跑者们]一边比赛一边[欣赏|领略][沿途|当地][美景|风光]，[实现|体现了]“[体育＋旅游|体旅融合]”的[深度融合|有机结合]。",
        "[赛事|比赛][期间|举办期间]，[周边|城区][酒店|宾馆][入住率明显提升|几乎满房]，[餐饮|特产][销售|生意][火爆|红火]，[带动|拉动]消费{wan}。",
        "{county}[常态化|广泛][开展|举办][广场舞|太极拳|健步走|乒乓球]等群众性体育活动，[全年|每年][举办|组织][各类|群众性]赛事活动{ge}场次，[参与|参加]群众{renci}。",
        "[经过|通过][激烈角逐|{cn}天的激烈比拼]，{town}代表队[获得|夺得]团体[第一名|冠军]，{town2}代表队[获得|位居]第二名。",
        "运动会[设置|安排]了[趣味|民俗]项目，[如|包括][推小车|板鞋竞速|背篓接力|二人三足]等，[既考验了体力，又增进了团队协作|不仅锻炼了身体素质，还加深了邻里感情]。",
        "{county}[积极|大力][推进|实施][体教融合|校园体育]，各中小学[开设|组建][足球|篮球|武术]等特色[社团|运动队]，[坚持|保证]学生每天校园体育活动一小时。",
        "[在|记者在]{county}[全民健身中心|体育馆]看到，[羽毛球|乒乓球|篮球]场地上[挥拍|运球]的[市民|健身爱好者][络绎不绝|随处可见]，[场馆|中心][实行|推出][免费|低收费]开放。",
        "[在|记者在]{county}[国民体质监测站|体质测试点]看到，[市民|居民]们[排队|依次][测试|检测][握力|肺活量|平衡能力]，[工作人员|指导员][根据|结合]测试结果[开出|给出]“运动处方”。",
        "{county}[培养|组建][社会体育指导员|健身指导员]队伍{n3}人，[深入|走进][社区|村庄][开展|进行][科学健身|健身]指导，[让|使]群众[健身|运动]更科学。",
        "比赛[吸引|引来]了[众多|大批]村民[围观|观看]，[“村BA”|乡村球赛]火爆的背后，是[乡村|农村]群众精神文化生活[日益丰富|不断丰富]的[生动写照|缩影]。",
        "[据|据组委会]介绍，[本次|此次]赛事由[{county}人民政府|{city}市体育局]主办，为期{cn}天，是[近年来|今年]{county}[规模最大|参赛人数最多]的[群众性|体育]赛事。",
        "[赛道|路线][沿线|两侧]，[志愿者|医疗保障人员][分段|每隔一段距离][设置|设有][补给站|医疗点]，为[选手|参赛者][提供|送上][饮用水|能量补给]和[医疗|安全]保障。",
        "{county}[少年|青少年][运动员|选手]在[全省|全市][青少年锦标赛|运动会]上[获得|斩获][金牌|奖牌]{ge_s}枚，[创造|取得]了{county}[参赛|历史]最好成绩。",
        "参赛选手{pname}[说|表示]，自己[坚持|已坚持][跑步|锻炼]{ge}年，“[运动让我|跑步让我][身体|精神头][越来越好|更足了]，[心情也|生活也][更|越来越]舒畅了。”",
        "[近年来|这些年]，{county}[先后|陆续][承办|举办]了[省级|市级]以上[体育赛事|比赛]{ge}项，[以赛促旅|体育＋文旅][效应|成效][日益|逐步]显现。",
        "{county}[推进|实施][体育场馆|学校体育场地][向社会开放|错时开放]，在[周末|节假日]和[假期|课余时间][免费|低收费]向[群众|市民]开放。",
        "[开幕式|闭幕式]上，[腰鼓|太极拳|健身操]等[表演|展演][精彩纷呈|依次上演]，[展现了|展示了]{county}[群众|人民]积极向上的[精神面貌|风采]。",
    ],
    quotes_o=[
        "我们将以赛事为契机，推动体育与文化、旅游深度融合。",
        "孩子们热爱体育，我们就要为他们搭建更多展示的舞台。",
        "全民健身是全民健康的基础，我们要让更多群众动起来。",
        "办好一场赛事，就是打造一张城市名片。",
    ],
    quotes_p=[
        "家门口就有健身广场，吃完饭出来活动活动，身体越来越硬朗。",
        "能代表村里参赛是一种荣誉，我们平时训练可认真了。",
        "赛道风景太美了，一边跑一边看黄河，这种体验很难得。",
        "输赢不重要，重要的是大家一起运动、一起快乐。",
        "这次拿了奖牌，我还要继续努力，争取到更大的舞台去比赛。",
    ],
    titles=[
        "{county}{nth}全民健身运动会开幕",
        "{county}“村BA”打出乡村新活力",
        "{county}全民健身热潮涌动",
        "{county}青少年体育赛事精彩纷呈",
        "{county}体旅融合点燃消费热情",
        "{town}农民运动会欢乐多",
        "{county}“15分钟健身圈”惠及群众",
        "{sportevent}鸣枪开跑",
    ],
    subtitles=["{county}推进全民健身纪实", "{county}乡村篮球赛见闻", "{county}以赛促旅侧记"],
    pretitles=["全民健身，快乐同行", "动起来，更健康", "体育强国，健康同行"],
    captions=[
        "运动员在比赛中奋力拼搏。",
        "{village}村民在篮球场上比赛。",
        "市民在{county}健身步道上健步走。",
        "选手们沿黄河岸边奔跑。",
        "小运动员在赛场上展开激烈角逐。",
    ],
    shorts=[
        "{day}，{county}{nth}[象棋|乒乓球|羽毛球|篮球]比赛在{county}[全民健身中心|体育馆][落下帷幕|圆满结束]。比赛为期{cn}天，[共有|吸引]{ren}名[选手|爱好者][参加|参赛]，{town}代表队[获得|夺得]团体[冠军|第一名]。",
        "[近日|日前]，{county}[发布|公布]{sportevent}[报名|参赛]公告，赛事[设|设置][全程|半程|健康跑]等{cn}个项目，[计划|预计][参赛|规模]{ren}人，报名截止时间为{day2}。[咨询电话|组委会电话]{phone}。",
        "{day}，{town}“[乡村振兴杯|和美乡村杯]”[篮球赛|拔河比赛]在{village}[开赛|举行]，{ge}支[村级|农民]代表队[参加|参赛]。比赛期间，[村民们|观众][自发|纷纷]前来[观战|助威]，[赛场|现场][热闹非凡|气氛热烈]。",
    ],
)

_TOPICS["employment"] = dict(
    bureaus=["人力资源和社会保障局", "公共就业服务中心", "人力资源和社会保障局"],
    speakers_o=["{bureauhead}", "{company}人事负责人{name}", "培训老师{name}", "{townofficial}", "返乡创业青年{pname}"],
    speakers_p=["求职者{name}", "培训学员{name}", "{villager}", "应届毕业生{name}", "务工人员{name}"],
    leads=[
        "{date}，{county}[“春风行动”|“就业援助月”|“民营企业招聘月”]专场招聘会在{county}[人力资源市场|文化广场][举行|举办]，{ge}家企业[提供|带来]就业岗位{ge}00个，[吸引|引来]{ren}余名求职者[入场|前来][应聘|洽谈]。",
        "[今年以来|近年来]，{county}[把|将]稳就业[作为|摆在][头等大事|民生之本]，[多措并举|多渠道][促进|扩大]就业，城镇新增就业{big}人，完成年度目标任务的{pct_h}。",
        "[走进|记者走进]{county}[职业技能培训基地|技工学校]，[实训室|教室]里，[学员们|学员][正在|跟着老师][练习|学习][电工|焊工|中式面点|育婴员]技能，[一招一式都十分认真|每个步骤都一丝不苟]。",
        "为推进“人人持证、技能社会”建设，{county}[今年|年内][开展|组织][各类|职业]技能培训{big}人次，[新增|取得]职业技能等级证书{big}人。",
        "[春节过后|节后]，{county}[开展|组织][劳务输出|“点对点”]专车[服务|行动]，[把|将]{ren}名[务工人员|农民工][安全|免费][送|输送]到[京津|长三角|省城太原]等地[就业|务工]。",
        "在外地打拼多年后，{county}青年{pname}[回到|返回]家乡{village}，[办起了|创办了][电商公司|养殖场|农产品加工厂]，[带着|带动]乡亲们[一起|共同][致富|增收]。",
    ],
    body=[
        "[招聘会|现场][岗位|职位][涵盖|涉及][制造业|服务业|新能源|建筑|护理]等多个行业，[不少|许多]企业[开出|提供]了[月薪|月工资][五千元|六千元]以上的[待遇|岗位]。",
        "{county}[深入|大力][推进|实施][家政服务|护工|技工]等劳务品牌建设，[累计|共][培训|输出][护工|家政服务员|技术工人]{big}人，[叫响|擦亮]了劳务品牌。",
        "{county}[设立|开发]乡村公益性岗位{n3}个，[优先|重点][安置|吸纳][脱贫劳动力|就业困难人员]上岗，[确保|实现]零就业家庭动态清零。",
        "[为|针对][高校毕业生|大学生]就业，{county}[开发|提供][见习岗位|就业见习岗位]{n3}个，[落实|发放]就业补贴{wan_s}，[帮助|引导][毕业生|青年][留在家乡|回乡][就业创业|发展]。",
        "[在|记者在][招聘会|现场]看到，[各企业|企业][展位|招聘台]前[人头攒动|挤满了人]，[求职者|应聘者][仔细|认真][查看|了解][岗位信息|招聘要求]，[与|同][企业|招聘人员][面对面|现场]交流。",
        "{county}[建成|打造][就业帮扶车间|社区工厂]{ge}个，[吸纳|带动]{ren}名[群众|留守妇女|脱贫群众][在家门口|就近]就业，[人均|每人]每月收入{yuan_m}元。",
        "[创业担保贷款|“晋创贷”][为|让][返乡创业人员|创业者][解了燃眉之急|有了底气]，[今年以来|累计]，{county}[发放|落实]创业担保贷款{wan}，[扶持|带动]创业{n3}人。",
        "培训[采取|实行]“[理论＋实操|订单式培训]”[模式|方式]，学员[结业后|考核合格后][可|能][取得|获得][职业技能等级证书|专项职业能力证书]，[并|还]由人社部门[推荐|对接]就业。",
        "{county}[建立|完善]“[就业驿站|零工市场]”，[搭建|建立][求职者|劳动者]与[用工单位|企业]的[对接|沟通]平台，[实现|做到]“[家门口找工作|就近就业]”。",
        "[据|据{bureau}负责人]介绍，{county}[农村劳动力|脱贫劳动力][转移就业|外出务工]人数[稳定在|达到]{big}人，[务工收入|工资性收入][成为|是][群众增收|家庭收入]的[主要来源|“主引擎”]。",
        "{county}[开展|组织][线上招聘|直播带岗]活动，[邀请|请][企业负责人|人社干部][走进|在]直播间[推介岗位|介绍岗位]，[吸引|带动]观看{big}人次，[达成|实现]就业意向{n3}人。",
        "[在|记者在]{company}[生产车间|流水线]看到，[不少|许多]员工都是[附近|周边]的村民。“[在家门口上班|离家近]，[每月|一个月]能挣{yuan_m}元，还能[照顾老人孩子|接送孩子]。”{villager}说。",
        "{county}[聚焦|围绕][新能源|康养|电商|家政]等[产业|领域][需求|用工需求]，[开设|设置][订单班|定向培训班]{ge}期，[学员|毕业学员][就业率|上岗率]达{pct_h}。",
        "{county}[落实|兑现][稳岗返还|吸纳就业补贴]政策，[为|向]{n3}家企业[发放|拨付][补贴|资金]{wan}，[稳定|稳住]就业岗位{big}个。",
        "返乡创业的{pname}[告诉记者|说]，[当地|{county}]的[创业补贴|贴息贷款]帮了大忙，[如今|现在][公司|合作社]年[销售额|营业额][已超过|达到]{wan_s}，[带动|吸纳]{ge}名乡亲就业。",
        "{county}[开展|推进][“乡村工匠”|技能人才]培育工程，[评选|认定][乡村工匠|技术能手]{ge}名，[发挥|带动][“传帮带”|示范]作用。",
        "为[保障|维护]农民工[合法权益|工资按时足额发放]，{county}[开展|组织][根治欠薪|工资支付]专项[行动|检查]，[帮助|为]{ren}名农民工[追回|讨回]工资{wan_s}。",
        "[在|记者在]{county}[零工市场|就业服务大厅]看到，[电子屏|显示屏][滚动|实时][播放|发布]着[招聘信息|岗位信息]，[求职者|前来求职的群众][可以|能][现场|随时][登记|查询]。",
        "{county}[搭建|建设][返乡入乡创业园|创业孵化基地]，[入驻|孵化][创业实体|项目]{ge}个，[提供|给予][场地|房租减免|创业指导]等[“一站式”|全方位]服务。",
        "针对[脱贫群众|农村劳动力]的[就业意愿|技能需求]，{county}[组织|开展]“[送岗位下乡|就业服务进村]”活动，[走进|深入]{ge}个[村|乡镇][发布|送去]岗位{big}个。",
    ],
    quotes_o=[
        "我们企业急需技术工人，这次招聘会帮我们招到了不少人才。",
        "就业是最基本的民生，我们要让每一个有就业意愿的人都能找到合适的岗位。",
        "家乡发展越来越好，回来创业正是时候。",
        "技能培训要和市场需求对接，培训一人、就业一人、带动一片。",
        "政府帮着贷款、找场地，还提供培训，我们创业的底气更足了。",
    ],
    quotes_p=[
        "在家门口就能找到工作，还能照顾家里，这样的好事以前想都不敢想。",
        "学会了一门手艺，心里有底了，走到哪儿都不怕找不到活儿。",
        "拿到证书后，我的工资涨了一千多元，干活也更有劲了。",
        "招聘会上岗位多、待遇也不错，我已经和两家企业谈好了面试。",
    ],
    titles=[
        "{county}招聘会送出{big}个就业岗位",
        "{county}“人人持证”助力技能增收",
        "{county}：就业帮扶车间让群众就近就业",
        "{county}城镇新增就业{big}人",
        "返乡青年{pname}回村创业带富乡亲",
        "{county}劳务品牌叫响省内外",
        "{county}多措并举稳就业促增收",
        "{county}“零工市场”搭起就业桥",
    ],
    subtitles=["{county}推进“人人持证、技能社会”建设纪实", "{county}稳就业工作见闻", "记返乡创业青年{pname}"],
    pretitles=["稳就业，惠民生", "就业是最基本的民生", "技能照亮人生"],
    captions=[
        "求职者在招聘会现场咨询岗位信息。",
        "学员在实训室练习焊接技能。",
        "就业帮扶车间里，村民正在加工产品。",
        "返乡创业青年在直播间推介农产品。",
        "培训老师为学员示范中式面点制作。",
    ],
    shorts=[
        "{day}，{county}[举办|组织]{month}份[专场|综合]招聘会，{ge}家企业[提供|现场发布]岗位{ge}00个，[涵盖|涉及][制造|服务|建筑|新能源]等行业。当天[共|累计][接待|吸引]求职者{ren}人次，[初步|现场][达成|签订]就业意向{ren}人。",
        "[近日|日前]，{bureau}[发布|公布]{month}份[免费|职业技能]培训[计划|通知]，[开设|设置][电工|焊工|育婴员|电子商务|中式烹调]等{ge}个[培训|工种]班次，[有意向|符合条件]的[群众|劳动者]可[到|前往]{town}便民服务中心[报名|登记]。[报名|咨询]电话{phone}。",
        "{day}，{county}{month}份“[点对点|直通车]”[劳务输出|返岗]专车[发车|启程]，{ren}名[务工人员|农民工][乘坐|搭乘]{cn}辆大巴车[前往|奔赴][京津|长三角|省城]等地务工。工作人员为他们[送上|准备]了[方便食品|防寒物品]和[维权|就业]手册。",
    ],
)

_TOPICS["poverty"] = dict(
    bureaus=["乡村振兴局", "农业农村局", "乡村振兴服务中心"],
    speakers_o=["{cadre}", "驻村工作队队长{name}", "{bureauhead}", "{townofficial}", "帮扶干部{name}"],
    speakers_p=["{villager}", "搬迁群众{name}", "脱贫户{name}", "{village}村民{name}", "安置社区居民{name}"],
    leads=[
        "[今年以来|近年来]，{county}[牢牢守住|坚决守住]不发生规模性返贫致贫底线，[持续|扎实]推进巩固拓展脱贫攻坚成果同乡村振兴有效衔接。",
        "[走进|记者走进]{county}[易地扶贫搬迁|移民搬迁][安置区|小区]，[一栋栋|一排排][楼房|安置楼][整齐排列|拔地而起]，小区内配套了[幼儿园|社区服务站|卫生室]，搬迁群众[过上了|正享受着][新生活|城里人的生活]。",
        "{date}，{county}[召开|举行][巩固拓展脱贫攻坚成果|防止返贫动态监测]工作推进会，[安排部署|部署][下一阶段|近期]重点工作。",
        "为[防止|杜绝][返贫|因病因灾返贫]，{county}[建立|健全]防止返贫[动态监测|监测]和帮扶机制，[对|把]监测对象[“应纳尽纳”|及时纳入]，[落实|实施][精准|针对性]帮扶措施。",
        "从“搬得出”到“稳得住、能致富”，{county}[扎实|持续]做好易地扶贫搬迁后续扶持这篇“后半篇文章”。",
        "{date}，记者[走进|来到]{town}{village}，[平整的|宽阔的][水泥路|村道]通到[家家户户|各家门口]，[光伏板|太阳能路灯][整齐排列|在阳光下熠熠生辉]，[村容村貌|村庄面貌][焕然一新|发生了巨大变化]。",
    ],
    body=[
        "{county}[对|针对][脱贫户|监测户][开展|进行]“[一户一策|精准]”帮扶，[今年以来|累计][新识别|纳入]监测对象{ren}户，[已|全部][落实|制定]帮扶措施，[风险消除率达|已消除风险的占]{pct_h}。",
        "{village}的光伏电站[装机容量|容量]{n3}千瓦，[年|每年][发电收益|收益]{n_wan_s}万元，[收益|发电收入][主要|全部]用于[设置公益岗位|村级公益事业]和[奖励补助|小型公益事业]。",
        "{county}[安置区|搬迁安置区][配套|建设]了[就业帮扶车间|农业产业园|社区工厂]，[让|使]搬迁群众[实现|做到]“[楼上居住、楼下就业|家门口就业]”。",
        "[说起|谈起][过去|以前]的[日子|生活]，{villager}[感慨万千|感触颇深]：“[以前|过去][住在|住]山沟里的土窑洞，[吃水|出门]都难，[现在|如今][住上了|搬进了][新楼房|楼房]，[孩子上学|看病]也方便了。”",
        "{county}[今年|年内][统筹|安排]衔接推进乡村振兴补助资金{yi}，[其中|]用于产业发展的[比例|资金占比][超过|达]{pct_mid}。",
        "[驻村工作队|第一书记][和|与]村“两委”[一道|一起][谋发展|找路子]，[引进|发展]了[香菇种植|肉牛养殖|中药材种植]项目，村集体经济年收入[从无到有|从“空壳”]发展到{n_wan_s}万元。",
        "{county}[持续|深入]开展[消费帮扶|“以购代捐”]，[组织|动员][机关单位|帮扶单位][购买|采购]脱贫地区农产品{wan}，[帮助|助力]脱贫群众[增收|拓宽增收渠道]。",
        "[截至目前|目前]，{county}脱贫人口人均纯收入[达到|达]{income}元，同比增长{pct}，[增速|增幅][高于|快于]全{co}农民平均水平。",
        "[在|记者在]{county}[搬迁安置区|安置社区]的[就业帮扶车间|扶贫车间]看到，[几十名|二十多名|数十名]搬迁群众正在[缝制服装|加工箱包|组装电子元件]，[机器声|缝纫机的声音][此起彼伏|哒哒作响]。",
        "{county}[落实|实施][“雨露计划”|教育帮扶]政策，[为|向]{ren}名[脱贫家庭|监测户家庭]学生[发放|落实]补助资金{wan_s}，[阻断|防止][贫困代际传递|因学返贫]。",
        "对{village}的脱贫户{name}来说，今年是[“丰收年”|收获满满的一年]：[种了{mu_s}{crop}|养了十几头肉牛|养了几十只羊]，[又|还]在[合作社|村里][打工|干活]，全家[年收入|收入][超过|达到]{n_yuan5}元。",
        "{county}[深化|推进]东西部协作和定点帮扶，[引进|落地][帮扶项目|协作项目]{ge}个，[带动|吸纳]脱贫[人口|劳动力]{ren}人[就业|增收]。",
        "为让搬迁群众[融入|更好融入][新社区|城镇生活]，{county}安置社区[组建|成立]了[志愿服务队|文艺队]，[定期|经常][开展|组织][文化活动|邻里节]，[增强|提升]了居民的[归属感|幸福感]。",
        "{county}[开展|实施]“三保障”和饮水安全动态[监测|排查]，[确保|实现][义务教育|基本医疗|住房安全|饮水安全][保障“动态清零”|问题动态清零]。",
        "驻村[第一书记|工作队员]{pname}[告诉记者|说]，工作队[每月|每周][都要|坚持][走访|入户][一遍|到]所有[脱贫户|农户]，[及时|第一时间][掌握|了解]各户的[生产生活|收入]情况。",
        "{county}[建立|推行]“[村集体＋合作社＋脱贫户|龙头企业＋合作社＋脱贫户]”[利益联结|分红]机制，[脱贫户|入股农户][通过|借助][土地流转|入股分红|务工][获得|实现][多重|多份]收入。",
        "{county}[实施|落实]脱贫人口小额信贷政策，[今年以来|累计][发放|投放]贷款{wan}，[支持|帮助]{hu}户脱贫户[发展|扩大][种养|产业]。",
        "[昔日|曾经]的[贫困村|穷山村]{village}，[如今|现在][道路硬化|路灯亮化]、[环境美化|院落净化]，一幅[产业兴旺|宜居宜业]的[和美乡村|美丽乡村][画卷|新景象][正在|徐徐]展开。",
        "{county}[统筹|加强][帮扶干部|驻村干部][管理|队伍建设]，[选派|轮换]驻村[第一书记|工作队员]{ren}名，[确保|做到]“[尽锐出战|人员不减、力度不减]”。",
        "{county}[加强|推进][扶贫项目资产|帮扶项目资产]管理，[确权|登记]资产{yi}，[确保|推动][资产|项目]持续[发挥效益|发挥作用]。",
    ],
    quotes_o=[
        "脱贫不是终点，而是新生活、新奋斗的起点。",
        "我们要把群众的事当成自家事，帮扶工作一刻也不能松劲。",
        "防止返贫要早发现、早干预、早帮扶，决不能让一户掉队。",
        "村集体有了钱，就能为群众办更多实事。",
        "衔接资金要花在刀刃上，把每一分钱都用在带动群众增收上。",
    ],
    quotes_p=[
        "搬到新家后，楼下就有车间，挣钱顾家两不误。",
        "现在日子越过越红火，全靠党的好政策和干部们的帮扶。",
        "以后我还要扩大规模，带着乡亲们一起致富。",
        "工作队的干部隔几天就来家里坐坐，有啥难处都帮着解决。",
    ],
    titles=[
        "{county}守牢不发生规模性返贫底线",
        "{county}易地搬迁群众稳得住能致富",
        "{village}：昔日穷山村变身和美乡村",
        "{county}脱贫人口人均纯收入增长{pct}",
        "{county}光伏收益点亮致富路",
        "{county}：就业帮扶车间建到家门口",
        "{village}脱贫户的幸福账",
        "{county}推动帮扶产业提质增效",
    ],
    subtitles=["{county}巩固拓展脱贫攻坚成果纪实", "{county}易地扶贫搬迁后续扶持见闻", "记{village}驻村第一书记{pname}"],
    pretitles=["巩固拓展脱贫攻坚成果", "接续推进乡村全面振兴", "脱贫路上不停步"],
    captions=[
        "{county}易地扶贫搬迁安置小区。",
        "搬迁群众在就业帮扶车间务工。",
        "{village}的光伏电站在阳光下熠熠生辉。",
        "驻村工作队员入户走访脱贫户。",
        "脱贫户在自家大棚里查看蔬菜长势。",
    ],
    shorts=[
        "{day}，{county}[召开|举行]防止返贫动态监测和帮扶工作[推进会|调度会]，[通报|总结]了[前期|近期][监测|排查]情况，[对|就]下一步工作[作出|进行][安排部署|部署]。会议强调，要坚持“[应纳尽纳、应帮尽帮|早发现、早干预、早帮扶]”，[坚决|牢牢]守住不发生规模性返贫的底线。",
        "[近日|日前]，{county}[组织|开展][消费帮扶|农产品]展销活动，[展销|展出][小米|红枣|核桃|杂粮]等{ge}类[农特产品|产品]，[现场|当天]销售额{wan_s}，[助力|帮助]脱贫群众[增收|稳定增收]。",
        "{day}，{county}[驻村|帮扶][干部|工作队]培训班[开班|举行]，{ren}名[驻村第一书记|驻村工作队员][参加|参训]。本次培训[围绕|聚焦][防返贫监测|产业帮扶|基层治理]等内容[开展|进行]，为期{cn}天。",
    ],
)

_TOPICS["tech"] = dict(
    bureaus=["科学技术局", "工业和信息化局", "科技创新服务中心"],
    speakers_o=["{company}技术总监{name}", "{company}研发负责人{name}", "{bureauhead}", "{company}负责人{name}",
                "科技特派员{name}"],
    speakers_p=["{company}一线工人{name}", "种植户{name}", "{villager}", "青年工程师{name}"],
    leads=[
        "[走进|记者走进]{company}的[数字化车间|智能工厂]，[机械臂|AGV小车|自动化设备][精准|高效]运转，[工人|操作员]通过[屏幕|电脑]就能[掌握|监控][生产全流程|每台设备的运行状态]。",
        "[近年来|今年以来]，{county}[坚持|深入实施]创新驱动发展战略，[加快|推动][传统产业|煤炭、焦化等产业][数字化|智能化]改造，[培育|壮大][新质生产力|新兴产业]。",
        "{date}，{county}与[山西大学|太原理工大学|中北大学|山西农业大学][签订|签署][校地合作|产学研合作]协议，双方将在[人才培养|技术攻关|成果转化]等方面[开展|深化]合作。",
        "[在|记者在]{company}[研发中心|实验室]看到，[科研人员|技术人员]正在[对|为][新产品|样品][进行|开展][性能测试|参数调试]，[不久后|近期]这批[新品|产品]将[投放市场|批量生产]。",
        "{date}，{county}[召开|举行]科技创新大会，[表彰|奖励][科技创新先进企业|科技型企业]{ge}家，[发布|推介][科技成果|技术需求]{ge}项。",
        "[今年以来|近年来]，{county}[加快|大力][推进|建设][智能化煤矿|5G＋智慧矿山]，全{co}{ge}座煤矿[实现|完成]智能化[改造|建设]，[井下|采掘][作业人员|一线人员][大幅|明显]减少。",
    ],
    body=[
        "{county}[出台|制定][支持|鼓励]科技创新[若干措施|实施意见]，[对|为][新认定的|新获批]高新技术企业[给予|一次性给予]{n_wan_s}万元[奖励|奖补]。",
        "[目前|截至目前]，{county}[拥有|共有]高新技术企业{ge}家、科技型中小企业{ge}家，省级以上[研发平台|创新平台]{ge}个。",
        "{company}[投入|累计投入]研发资金{wan}，[攻克|突破]了[关键技术|技术难题]{ge}项，[获得|取得][发明专利|实用新型专利]{ge}项。",
        "[依托|通过][工业互联网平台|数字化管理系统]，{company}[生产效率|产能][提高了|提升]{pct}，[能耗|运营成本][降低了|下降]{pct}，[产品合格率|良品率]达到{pct_h}。",
        "{county}[选派科技特派员{ren}名|组建科技特派员服务团，成员{ren}名]，[深入|扎根][乡村|田间地头]，[为|给][农户|合作社][提供|开展][技术指导|科技服务]，[推广|示范][新品种|新技术]{ge}项。",
        "[在|记者在]{town}[智慧农业|数字农业]示范基地看到，[大棚内|基地里][安装了|布设了][温湿度传感器|物联网设备]，[种植户|技术员]用手机就能[远程|实时][控制|调节][通风|灌溉|补光]。",
        "{county}[积极|大力][推进|实施]“[智改数转|数字化转型]”，[今年|年内][计划|推动]{ge}家规模以上工业企业[完成|实施][数字化|智能化]改造。",
        "[在|记者在]{county}[一座|某]智能化煤矿的[调度|指挥]中心看到，[大屏上|屏幕上][井下|采煤工作面]的[实时画面|生产数据][一目了然|清晰可见]，[操作人员|技术人员]在地面就能远程操控[采煤机|综采设备]。",
        "为破解[企业|科技]人才[短缺|瓶颈]，{county}[推行|实施]“[柔性引才|人才飞地]”，[引进|柔性引进][博士|高层次人才]{ge}名，[建立|设立][专家工作站|博士工作站]{ge_s}个。",
        "{county}[建设|打造][大数据中心|云计算中心]，[推动|促进][政务|企业]数据[共享|互联互通]，为[产业发展|城市治理][提供|注入][数字|数据]支撑。",
        "{county}研发经费投入强度[达到|提高到]{pct_s}，技术合同成交额[突破|达到]{wan}，[科技创新|创新驱动][对经济增长的贡献|支撑能力][持续增强|明显提升]。",
        "{company}[与|同][高校|科研院所][合作|联合][建立|组建][研发中心|实验室]，[研发|开发]的新产品[填补|打破]了[国内|省内]同类产品的[空白|技术垄断]。",
        "在农业领域，{county}[引进|推广][旱作|节水|良种]新技术，[建设|打造][农业科技示范园|“科技小院”]{ge}个，[带动|辐射][周边|全{co}]农户{hu}户。",
        "[植保无人机|无人机]在{village}的{crop}地块上空[盘旋|来回飞行]，[十几分钟|几分钟]就[完成|喷洒完]了[几十亩地|一大片地块]的[病虫害防治|飞防作业]，[效率是人工的几十倍|比人工作业快几十倍]。",
        "{county}[建设|推进]“数字乡村”，[建成|开通][益农信息社|村级电商服务站]{n3}个，[实现|推动][农村电商|网络][覆盖|服务]到村。",
        "为[加快|推动]科技成果转化，{county}[组织|开展]“[科技成果进企业|科技服务进园区]”活动，[发布|对接][技术|成果][需求|供给]{ge}项，[促成|达成][合作|对接]项目{ge}个。",
        "{county}[一家|某]环保建材企业[利用|采用][煤矸石|粉煤灰][研发|生产][新型建材|陶粒|砌块]，[实现|做到]了工业固废的[资源化利用|“吃干榨尽”]，年[消纳|处理]固废{big}吨。",
        "[在|记者在]{county}[城市运行管理中心|智慧城市指挥中心]看到，[交通|环境|供热]等[数据|信息][汇聚|集中]到一块屏幕上，城区运行[状态|情况][一目了然|尽在掌握]。",
        "{county}[实施|推进]科技型企业[“倍增”|梯次培育]计划，[建立|完善][培育库|后备库]，[入库|储备]企业{ge}家，[给予|提供][精准辅导|一对一服务]。",
        "[青年|年轻的]研发[工程师|人员]{pname}[带领|和]团队[经过|历时][上百次|数百次][试验|实验]，[终于|最终][攻克|解决]了[生产中的|工艺上的][技术难题|瓶颈问题]，[产品性能|生产效率]提升了{pct}。",
    ],
    quotes_o=[
        "科技创新是企业的核心竞争力，我们每年都拿出销售收入的一部分用于研发。",
        "我们要让更多科技成果在这里落地转化，变成实实在在的生产力。",
        "有了专家团队的技术支持，我们的产品质量上了一个大台阶。",
        "数字化转型不是选择题，而是必答题。",
        "人才是第一资源，我们要营造拴心留人的良好环境。",
    ],
    quotes_p=[
        "智能化改造后，井下作业更安全，工人的劳动强度也降下来了。",
        "以前种地靠经验，现在靠数据，手机一点就能浇水施肥。",
        "这项技术用上以后，每年能为企业节约成本几百万元。",
        "现在车间里活儿轻松多了，动动鼠标就能完成过去几个人的工作。",
    ],
    titles=[
        "{county}科技创新赋能高质量发展",
        "{county}智能化煤矿建设提速",
        "{county}：数字化车间里的“新”动能",
        "{county}高新技术企业增至{ge}家",
        "{county}与高校携手推进产学研合作",
        "{county}智慧农业让种田更轻松",
        "{county}“智改数转”激活发展新引擎",
        "{county}培育壮大新质生产力",
    ],
    subtitles=["{county}推进科技创新工作纪实", "{county}数字化转型见闻", "记青年工程师{pname}"],
    pretitles=["培育新质生产力", "创新驱动发展", "科技赋能产业升级"],
    captions=[
        "技术人员在数字化车间调试设备。",
        "{company}研发中心内，科研人员正在做实验。",
        "植保无人机在田间作业。",
        "工作人员在智能化矿山调度中心监控生产。",
        "种植户用手机远程管理大棚。",
    ],
    shorts=[
        "{day}，{county}[举办|举行][科技活动周|科技创新]启动仪式，[通过|采取][展板展示|科普讲座|现场咨询]等[形式|方式][向|为]群众[普及|宣传]科学知识，[发放|赠送][科普资料|宣传册]{big}份。",
        "{day}，{company}与[山西大学|太原理工大学|中北大学][签订|签署]产学研合作协议，[双方|校企双方]将[围绕|聚焦]{industry}[领域|方向]共建[研发中心|联合实验室]，[开展|推进][关键技术攻关|成果转化]。",
        "[近日|日前]，{county}[组织|开展]科技特派员[服务月|下乡]活动，{ren}名科技特派员[深入|分赴]{ge}个乡镇，[为|向][种植户|养殖户|企业][提供|开展][技术咨询|现场指导]{n3}人次。",
    ],
)

_TOPICS["governance"] = dict(
    bureaus=["委组织部", "委宣传部", "委政法委员会", "民政局"],
    speakers_o=["{cadre}", "{townofficial}", "{bureauhead}", "社区党支部书记{name}", "{leader}"],
    speakers_p=["{villager}", "志愿者{name}", "社区居民{name}", "网格员{name}", "{village}老党员{name}"],
    leads=[
        "[近年来|今年以来]，{county}[坚持|始终坚持]以党建引领基层治理，[推动|促进]基层党组织[组织力|战斗堡垒作用][不断|持续][提升|增强]，群众[获得感|幸福感][持续|不断]增强。",
        "{date}，{county}[召开|举行]{co}委理论学习中心组[学习会议|专题学习会]，[深入|认真]学习党的创新理论，[研究部署|安排]贯彻落实[工作|举措]。",
        "[走进|记者走进]{town}{village}，[干净整洁的|宽阔平整的][街巷|村道]、[错落有致的|白墙灰瓦的][民居|院落]、[设施齐全的|热闹的][文化广场|党群服务中心][映入眼帘|让人眼前一亮]。",
        "[在|记者在]{county}新时代文明实践中心看到，[志愿者们|志愿者]正在[为|给][群众|居民][提供|开展][理发|义诊|家电维修|政策宣讲]等[志愿|便民]服务，[现场|活动现场][热闹|暖意融融]。",
        "[今年以来|近年来]，{county}[深入|扎实]推进[移风易俗|乡风文明建设]，[通过|借助]“[积分制|道德评议|红白理事会]”等[方式|载体]，[引导|推动]群众[破除陈规陋习|养成文明新风]。",
        "{date}，{county}[召开|举行]{co}委常委会[会议|扩大会议]，[传达学习|学习]上级[会议精神|有关文件精神]，[研究|讨论]{county}贯彻落实[意见|措施]。",
    ],
    body=[
        "{village}[推行|实行]“[积分制|道德积分]”管理，村民参与[志愿服务|环境整治|孝老爱亲]等[活动|行为]可[获得|赚取]积分，[凭|用]积分到“[爱心超市|文明超市]”[兑换|换取][生活用品|日用品]。",
        "{county}[推行|建立]“[党建＋网格|党建引领网格化]”治理模式，[将|把]全{co}[划分|分为]{n3}个网格，[选派|配备]网格员{n3}名，[实现|做到]“[小事不出网格、大事不出村|小事不出村、大事不出镇]”。",
        "{village}的[党群服务中心|便民服务站][设有|开设了][便民服务|图书阅览|老年活动]等[功能室|区域]，[成为|已成为]村民[办事|议事|休闲]的[好去处|“幸福驿站”]。",
        "{county}[持续|深入]开展[“清廉村居”|“枫桥式”]建设，[规范|完善]村级小微权力清单，[推行|实现]党务、村务、财务公开[常态化|全覆盖]。",
        "[在|记者在]{village}[看到|了解到]，每月的“[主题党日|村民议事会]”上，[党员|村民代表]们[围坐|聚]在一起[商议|讨论]村里的[大事小情|发展规划]。",
        "{county}[深化|推进]“[头雁|领头雁]”工程，[选优配强|调整优化]村“两委”班子，[实施|开展]村党组织书记[能力提升|培训]行动，[培训|轮训]{ren}人次。",
        "[在|记者在]{county}城区一社区看到，社区[建立|设立]了[居民议事厅|“红色物业”服务站]，居民[关心的|反映的][停车难|充电难|环境卫生]等问题[得到|逐一][及时|有效][解决|化解]。",
        "{county}[组建|成立][理论|“百姓名嘴”]宣讲团，[用|以][方言土语|群众听得懂的语言][深入|走进][田间地头|村头巷尾][宣讲|讲解]党的创新理论{n3}场次。",
        "{county}[开展|组织][“最美家庭”|“好媳妇好婆婆”|道德模范]评选[活动|表彰]，[评选出|选树][先进典型|各类典型]{ge}个，[以|用]身边人[带动|影响]身边人。",
        "{town}[建立|推行]“[干部包村、党员联户|党员联系户]”[机制|制度]，{ren}名党员[联系服务|结对联系]{hu}户群众，[收集解决|办理]群众诉求{n3}件。",
        "[在|记者在]{village}[新时代文明实践站|村史馆]看到，[一张张|一幅幅][老照片|展板][记录|讲述]着村庄的[变迁|发展历程]，[吸引|让][村民|游客][驻足观看|细细品读]。",
        "{county}[深入|持续]开展[志愿服务|“文明实践”]活动，[注册|登记]志愿者{big}名，[组建|成立][志愿服务队|服务队伍]{n3}支，[今年以来|累计][开展|组织]活动{big}场次。",
        "{county}[严格落实|深入贯彻]中央八项规定精神，[开展|组织]作风建设专项[整治|行动]，[推动|促进]党员干部[转作风|改作风]、[提效能|抓落实]。",
        "{county}[推行|实施]“[村民说事|四议两公开]”[制度|工作法]，凡是涉及[群众切身利益|村集体]的[事项|重大事项]，[都|均]由村民[商量着办|民主决策]。",
        "在社区治理中，{county}[引导|推动]物业企业[纳入|融入]社区党组织领导体系，[推行|构建]“[红色物业|党建＋物业]”[模式|服务]，居民满意度[明显|持续]提升。",
        "[晚饭后|傍晚时分]，{village}的[文化广场|村民广场]上[灯光|路灯][亮起|点亮]，[村民们|大家][跳起|扭起][广场舞|秧歌]，[孩子们|小朋友][在一旁|在广场上][嬉戏|玩耍]，[一派|处处][祥和|和美]景象。",
        "{county}[开展|启动]“[干部能力提升年|三晋先锋]”活动，[组织|选派][年轻干部|机关干部]{ren}名[到|赴][基层一线|乡村振兴一线][挂职|蹲点]锻炼。",
        "{county}在{co}、乡、村三级[建立|设立][矛盾纠纷调处中心|综治中心]，[整合|统筹][信访|司法|调解][力量|资源]，[推动|实现]群众诉求“[一站式接收、一揽子调处|最多跑一地]”。",
    ],
    quotes_o=[
        "基层治理千头万绪，关键是把群众的事办好、把群众的心暖热。",
        "我们要让党组织的旗帜在每一个网格高高飘扬。",
        "党员就要冲在前面，群众有困难，我们第一时间到。",
        "村里的事大家商量着办，办得公道，村民心里就服气。",
        "用积分换东西，换的不只是日用品，更是一种文明风尚。",
    ],
    quotes_p=[
        "现在村里干净了、亮堂了，邻里之间也更和睦了。",
        "红白事不再大操大办，大家都省了钱，也减了负担。",
        "以前遇到问题不知道找谁，现在网格员就住在身边，一个电话就来了。",
        "参加志愿服务，帮了别人，自己心里也高兴。",
    ],
    titles=[
        "{county}：党建引领基层治理显实效",
        "{village}：积分超市兑出文明新风",
        "{county}召开{co}委常委会会议",
        "{county}新时代文明实践活动丰富多彩",
        "{county}网格化管理打通服务“最后一米”",
        "{village}村民议事会议出和美新村",
        "{county}移风易俗树新风",
        "{county}志愿服务温暖一座城",
    ],
    subtitles=["{county}推进基层治理现代化纪实", "{village}乡风文明建设见闻", "记{village}党支部书记{pname}"],
    pretitles=["党建引领基层治理", "推进移风易俗", "文明新风润乡村"],
    captions=[
        "村民在爱心超市用积分兑换生活用品。",
        "志愿者在文明实践站为群众义务理发。",
        "{village}党员在主题党日活动中学习。",
        "网格员入户了解群众诉求。",
        "村民在文化广场上扭秧歌。",
    ],
    shorts=[
        "{day}，{county}[召开|举行]{co}委常委会会议，[传达学习|学习][上级|省市][有关|重要]会议精神，[研究|审议]全{co}[相关|有关]工作[事项|方案]。{co}委书记{name}主持会议[并讲话|]。",
        "{day}，{county}[召开|举行]{co}政府常务会议，[研究|审议]了全{co}[稳增长|城市更新|农业生产|安全生产]等[事项|议题]。会议[要求|强调]，各部门要[对标|紧扣]目标任务，[狠抓落实|压实责任]，[确保|推动]各项工作[取得实效|见行见效]。",
        "{day}，{county}新时代文明实践志愿服务活动在{town}[举行|开展]，{ren}名志愿者为群众[提供|开展][义诊|理发|法律咨询|家电维修]等服务，[受益|服务]群众{ren}人次。",
    ],
)

# ---------------------------------------------------------------------------
# General (topic-neutral) pools
# ---------------------------------------------------------------------------

_GENERAL: dict[str, list[str]] = dict(
    body=[
        "[在此基础上|与此同时]，{county}[还|也][注重|着力][完善|健全][长效机制|工作机制]，[确保|推动][各项|相关]工作[常态长效|持续推进]。",
        "[这只是|这是]{county}[推动|推进]高质量发展的一个[缩影|生动缩影]。",
        "为[推动|确保]工作[落地见效|落实落地]，{county}[成立|组建]了由{leader}任组长的工作专班，[定期|每周][调度|研究]解决重点问题。",
        "{county}[把|将][群众满意度|群众满意]作为[检验|衡量]工作成效的[标准|根本标准]，[坚持|注重]问需于民、问计于民，[不断|切实][增强|提升]群众的[获得感|幸福感|安全感]。",
        "[各乡镇|各部门][结合|立足][实际|自身实际]，[细化|制定][工作方案|具体措施]，[明确|列出]时间表、路线图和责任人，[形成|构建]了[上下联动|齐抓共管]的工作格局。",
        "{leader}[表示|指出]，[要|将][进一步|持续][提高站位|强化担当]，[以|用][钉钉子精神|务实作风][抓好|推动]各项任务落实，[确保|力争]全年目标任务[圆满|如期]完成。",
        "[数据|一组数据][显示|表明]，[今年以来|上半年]，{county}[相关|各项]指标[稳中有进|稳步增长]，[多项|不少]指标[增速|增幅][位居全市前列|高于全市平均水平]。",
        "[据悉|据了解]，这项工作已[纳入|列入]{county}[年度|全年][目标责任考核|重点督查事项]，[实行|推行][月调度|定期通报]、[季考核|年终考评]。",
        "群众的[满意度|获得感]是工作的[“风向标”|“晴雨表”]。{county}[坚持|始终坚持][把|将]群众的[“急难愁盼”|操心事、烦心事][作为|当作]工作的[着力点|出发点]。",
        "{county}[还|同时][注重|强化][宣传引导|舆论宣传]，[通过|利用][微信公众号|融媒体|广播电视]等[平台|渠道][广泛宣传|深入解读]相关[政策|举措]，[营造|形成]了[浓厚|良好]氛围。",
        "[在|记者在]采访中[了解到|感受到]，[无论是|不论是]干部还是群众，[说起|谈起][这几年的变化|家乡的变化]，[都|无不][充满|透着][自豪|信心]。",
        "为加强[督导|督查]，{county}[成立|组建]{cn}个督导组，[采取|通过][“四不两直”|明察暗访]等方式[深入|分赴]一线[督导|检查]，[发现|梳理]问题{ge}个，[已|全部][整改完毕|督促整改]。",
        "[一组组|一个个][数字|数据]的[背后|变化]，[是|映照出]{county}[干部群众|广大干部群众][苦干实干|真抓实干]的[生动实践|奋斗足迹]。",
        "[目前|截至目前]，[各项|相关]工作[正在|正][有序|紧锣密鼓地][推进|开展]中。",
        "{county}[坚持|注重][以点带面|示范引领]，在{town}等地[先行先试|开展试点]，[形成|总结]了[一批|一些][可复制可推广|可借鉴]的[经验做法|典型经验]。",
        "[一分部署，九分落实|工作部署之后，关键在于落实]。{county}[建立|实行]“[清单化管理、项目化推进|月调度、季通报]”工作机制，[确保|推动]各项任务按时间节点[推进|完成]。",
        "[面对|针对][新形势|新任务]，{county}[主动|积极][作为|担当]，在[破解|化解][发展难题|难点堵点]上[下功夫|持续用力]，[推动|促进]各项工作[提质增效|迈上新台阶]。",
        "走访中，记者[注意到|发现]，[不少|许多]村民家的[门口|院墙上][都|均][张贴|挂着][政策明白卡|联系卡]，[上面|卡片上][清楚|详细][写着|列明了][帮扶|联系]干部的[姓名|联系方式]。",
    ],
    closings=[
        "[下一步|接下来]，{county}将[继续|持续][聚焦|围绕]群众[所思所盼|所需所盼]，[以更实的举措|以更大的力度][推动|抓好]各项工作，[不断|持续][增进|提升]民生福祉。",
        "[下一步|今后]，{county}将[锚定|紧扣]目标任务，[久久为功|持续用力]，[奋力|全力]谱写[中国式现代化|高质量发展]的{county}[篇章|新篇章]。",
        "[据悉|据了解]，[下一步|接下来]，{county}还将[出台|推出][一系列|更多][配套|支持]政策，[进一步|持续][巩固|扩大][工作|改革]成果。",
        "{leader}[表示|说]，{county}将以此为[契机|新起点]，[坚定信心|乘势而上]、[真抓实干|埋头苦干]，[推动|确保]各项[事业|工作][再上新台阶|取得新成效]。",
        "[谈及|谈到][今后|下一步]的打算，{speaker}[表示|说]，将[继续|持续][努力|加油干]，[争取|力争]让[日子|事业][越来越好|更上一层楼]。",
        "[新的征程|站在新起点]上，{county}[正以|将以][昂扬|奋发有为]的[姿态|精神状态]，在[高质量发展|全方位推动高质量发展]的道路上[阔步前行|奋勇前进]。",
        "[接下来|下一步]，{county}将[坚持|继续][问题导向|目标导向]，[补短板|强弱项]、[锻长板|固根基]，[推动|确保][各项|相关]工作[行稳致远|落地见效]。",
        "[春华秋实|一分耕耘一分收获]，[奋斗|实干][正当时|才能出彩]。站在新的起点上，{county}[干部群众|广大干部群众][正|将][携手|同心][奋进|并进]，[共同|一起][描绘|书写][更加美好的|新的][发展|幸福]图景。",
        "{county}[有关|相关][负责人|部门负责人][表示|介绍]，[将|下一步将][持续|不断][完善|优化][工作举措|服务机制]，[让|使][改革发展|发展]成果更多更公平地惠及[全体|广大]人民群众。",
        "[目前|当前]，{county}[正|正在][全力|紧锣密鼓地][推进|开展][各项|后续]工作，[力争|确保][早日|尽快][取得|见到][更大|实际]成效。",
        "[展望未来|面向未来]，{county}将[持续|继续]做好“[特色|资源|生态]”[文章|这篇大文章]，[让|使][发展|改革][红利|成果][更多|持续]惠及[群众|百姓]。",
        "“[我们|{county}]将把群众[满意|满不满意][作为|当作][第一标准|工作标尺]，[一件接着一件办|一年接着一年干]。”{leader}说。",
    ],
    titles=[
        "{county}：[扎实推进|全力推动]重点工作落地见效",
        "{county}奋力推动高质量发展",
        "{county}：在真抓实干中开创新局",
        "{county}持续增进民生福祉",
        "{county}{month}份各项工作稳中有进",
        "{town}：小镇迎来新变化",
        "{village}的幸福新生活",
        "{county}：群众满意是最高标准",
        "{county}聚力攻坚开新局",
        "{town}干部群众干劲足",
        "{county}：用心用情办好民生实事",
        "{county}上半年经济运行稳中向好",
    ],
    subtitles=["{county}推动高质量发展纪实", "{town}发展变化见闻", "{county}一线走访见闻", "走进{town}{village}",
               "{county}{month}份工作综述"],
    pretitles=["奋力推动高质量发展", "牢记嘱托，感恩奋进", "一线见闻", "新春走基层", "蹲点调研",
               "在希望的田野上", "高质量发展调研行"],
    captions=[
        "{county}城区街景，道路整洁、绿树成荫。",
        "{village}村民在村口文化广场上休闲。",
        "{town}集镇一角，商铺林立、人来人往。",
        "干部群众在活动现场交流。",
        "航拍镜头下的{town}{village}。",
        "活动现场，群众认真听取政策讲解。",
        "{county}城区夜景灯火璀璨。",
        "工作人员向群众发放宣传资料。",
    ],
    shorts=[
        "[因|由于][供水管网|主供水管道][维修|改造|抢修]施工，{county}[自来水公司|供水公司|供排水公司][定于|计划于|将于]{day}{hour1}至{hour2}[对|在]城区{street}[一带|周边区域|沿线][暂停供水|停止供水]。[请|望][相关|受影响的][用户|居民][提前|及早]做好储水准备，[施工期间给您带来的不便，敬请谅解|由此带来的不便，敬请广大用户谅解]。[咨询电话|服务电话|联系电话]{phone}。",
        "[接|据]供电部门[通知|消息]，[因|由于][线路检修|设备检修|电网改造|配电设施升级]，{day}{hour1}至{hour2}，{town}[部分|大部分][村庄|区域|用户]将[暂停供电|停电]。[停电期间|届时]，请[用户|广大用户][提前|及早]做好[准备|相关准备]，[注意用电安全|切勿私自接线]，[检修|施工][提前完成|结束后]将[及时|第一时间]恢复供电。[咨询|供电服务|抢修]电话{phone}。",
        "[因|根据]{road}[施工|路面改造|桥梁维修]需要，{day}至{day2}，该路段将实行[全封闭|半幅封闭|交通管制]施工，过往车辆[请|须][绕行|提前绕行|改道]{street}。[敬请|请][广大驾驶人|过往司机|出行群众][注意|留意][交通标志|现场提示]，[服从|听从][现场|交警][指挥|疏导]，[合理安排出行路线|谨慎驾驶]。",
        "{county}[热力公司|供热公司|供热中心][发布|发布提示|发布公告]：[本年度|今年][供暖季|采暖期][将于|定于|计划于][10月|11月][15日|1日][开始|正式][供热|供暖]，[目前|眼下][热源厂检修|管网注水试压|各项准备工作][基本就绪|已全部完成|正在有序进行]。请[热用户|用户][检查|自查][室内|家中][供热|暖气]设施，[如有|发现][问题|跑冒滴漏|异常][及时|请及时][报修|联系]，[报修电话|服务电话|热线电话]{phone}。",
        "[近日|日前]，{hospital}[开展|启动][免费|65岁以上老年人][健康体检|健康查体][服务|工作]，[体检|查体]时间为[每周一至周五|工作日]{hour1}至12时，[项目|内容][包括|涵盖][血常规|心电图|B超|肝肾功能]等。请[符合条件|辖区]的老年人[携带|带上][身份证|医保卡][空腹|]前往，[咨询电话|联系电话]{phone}。",
        "[近日|日前]，{county}[征兵办公室|人民武装部][发布|公布][征兵公告|兵役登记通知|兵役登记公告]，[年满|凡年满]18周岁的男性公民[应|须|应当]在{day2}前[完成|进行]兵役登记，[既可网上登记|可在网上登记]，也可到[乡镇武装部|{town}武装部]现场登记。[高校毕业生|大学生|应届毕业生]入伍可享受[学费补偿|优待金|考研加分]等[优待政策|优惠政策]，[咨询电话|征兵咨询电话]{phone}。",
        "[近日|日前]，{county}[发布|公布][公开招聘|公开招考][教师|社区工作者|医务人员|事业单位工作人员][公告|简章]，[计划|拟][招聘|招录]{ge}名。[报名时间|报名]为{day}至{day2}，[采取|实行][网上报名|现场报名]方式，[考试|招聘]分笔试和面试两个环节。[具体|详细]信息可[登录|查阅]{county}人民政府门户网站，[咨询电话|联系电话]{phone}。",
        "{day}，{county}人大常委会[召开|举行]第{ge}次会议，[审议|听取]了[关于|]{county}[财政预算执行情况|环境保护工作情况|国民经济和社会发展计划执行情况|优化营商环境工作情况]的报告，[并对相关工作提出了意见建议|与会人员进行了认真审议]。会议[还|同时][进行|作出]了有关人事任免。",
        "{day}，{county}政协[召开|举行][专题协商会|双月协商座谈会|主席会议]，[围绕|就]“[加快特色农业发展|优化营商环境|推进城市更新|发展全域旅游|促进县域经济发展]”[开展|进行][协商议政|建言献策]。{ge}名政协委员[踊跃|积极|先后][发言|建言]，[提出|形成][意见建议|具体建议]{ge}条。",
        "{day}，{county}[妇联|团{co}委|总工会|科协]在{town}[举办|开展]“[巾帼建新功|青春志愿行|劳动最光荣|科普惠民生]”主题活动，[通过|采取][宣讲|展演|技能比赛|现场咨询]等形式，[吸引|引导]{ren}名[群众|青年|职工][参加|参与]，[现场|活动][气氛热烈|反响良好]。",
        "[清明|冬春|秋冬]期间是森林防火[关键期|重点时段|高危期]，{county}森林防灭火指挥部[提醒|发布提示|郑重提醒]：[严禁|禁止][携带火种|野外用火|烧荒烧秸秆][进山|入林]，[提倡|倡导][鲜花祭扫|网络祭扫|文明祭扫]。[发现|如发现]火情请[立即|及时|第一时间]拨打[12119|119]报警，[违规用火|引发森林火灾]的将依法[追责|严肃处理]。",
        "{county}市场监督管理局[提醒|发布消费提示]：[节日|假日|“双十一”]期间[购物|外出就餐|网购]要[选择|到][正规|证照齐全的][商场|餐饮店|平台]，[索要|保留][发票|购物凭证]，[警惕|谨防][“低价促销”|虚假宣传|预付卡]陷阱。[遇到|发生]消费纠纷可拨打12315[投诉|维权]。",
        "[暑假|夏季][来临|期间|将至]，{county}教育科技局[提醒|发布安全提示]：家长要[切实|认真][履行|担负]监护责任，[教育|叮嘱]孩子[不私自下水游泳|遵守防溺水“六不准”]，[不到|不去][无安全设施|陌生|无人看管的]水域[玩耍|游泳]。[发现|遇到]有人溺水，[要|应][立即|及时][呼救|拨打110或120]，[不要|切勿]盲目[施救|下水]。",
        "[因|由于][燃气管网|天然气管道][改造|碰口]施工，{county}[燃气公司|天然气公司][定于|将于]{day}{hour1}至{hour2}对城区{street}[一带|沿线]用户[暂停供气|停止供气]。[停气期间|届时]请关闭[燃气阀门|表前阀门]，[恢复供气后|通气后][如有|若有][异常|疑问]请[联系|拨打]{phone}。",
        "{day}，{county}[无偿献血|“热血助人”]活动在[文化广场|{county}人民医院|政务服务中心门前][举行|开展]，[机关干部|志愿者|市民群众]{ren}余人[踊跃|积极][参与|献血]，[共|累计][采集|献血]{big}毫升。[献血者|爱心人士]可凭献血证享受临床用血[报销|优惠]等[政策|待遇]。",
        "[近日|日前]，{county}医疗保障局[提醒|发布通知]：[新一年度|下一年度]城乡居民医保[集中缴费|缴费]工作已经[启动|开始]，[缴费截止时间|截止时间]为{day2}。[参保群众|居民]可[通过|利用][手机|微信|银行网点]等[渠道|方式]缴费，逾期缴费将[影响|设置]待遇[享受|等待期]。[咨询电话|医保服务电话]{phone}。",
        "[为|为了]保障[高考|中考][顺利进行|平稳有序]，{county}公安交警[部门|大队][决定|将]于考试期间对{county}[第一中学|第二中学|实验中学]考点周边[道路|路段]实行[交通管制|临时交通管制]，[考点周边|管制路段][禁止|严禁]机动车鸣笛，[过往车辆|社会车辆][请|须][减速慢行|提前绕行]。[届时|考试期间]，[民警|交警]将在考点周边[加强巡逻|全时段值守]，[考生|家长]如遇[困难|紧急情况]，可拨打110或[就近向|直接向]执勤民警求助。",
        "[近日|日前]，{county}人力资源和社会保障局[提醒|发布通知]：[领取|享受][养老保险待遇|养老金]的人员[需|须]在{day2}前[完成|进行]年度[资格认证|待遇资格认证]，[可|可以][通过|使用][手机APP|“掌上12333”|社区服务站]等方式[办理|认证]，[行动不便|高龄]的老人可[申请|预约][上门认证|上门服务]。",
        "{county}[住房和城乡建设局|城镇燃气安全专班][提醒|发布安全提示]：[冬季|用气高峰期]是燃气事故[易发期|高发期]，[居民|广大用户][要|应][定期|经常][检查|查看][燃气胶管|燃气具]，[做到|养成][人走火灭|用后关阀]的习惯。[发现|闻到][燃气泄漏|异味]要[立即|迅速][关闭阀门|开窗通风]，[切勿|严禁][开关电器|使用明火]，并拨打[抢修|报修]电话{phone}。",
        "[近日|日前]，{county}疾病预防控制中心[提醒|发布提示]：[适龄儿童|学龄前儿童]家长[请|应][按时|按照免疫程序][带孩子|带领孩子]到[辖区|就近]预防接种门诊[接种疫苗|查漏补种]，接种时[请|须][携带|带上][预防接种证|接种本]。[接种门诊|各接种点][工作时间|开放时间]为[工作日|每周一至周五]{hour1}至12时，[咨询电话|联系电话]{phone}。",
        "{day}，{county}[秋粮收购|粮食收购]工作[全面|正式]启动，全{co}{ge}个[收购网点|收购库点][同步|陆续][开秤|开门]收购。[粮食|市场监管]部门[提醒|要求][收购企业|各收购网点][严格执行|落实][质价政策|收购标准]，[不得|严禁][压级压价|“打白条”]，[切实|确保][维护|保护][种粮农民|农民]利益。",
    ],
)

# Headlines for the short-news templates, aligned index by index with the
# ``shorts`` lists above (a short notice gets a matching headline).
_SHORT_TITLES: dict[str, list[str]] = {
    "industry": ["[{county}召开{month}份重点项目建设推进会|{county}推进重点项目建设提速|{county}倒排工期抓项目]",
                 "[{county}签约{project}|{county}引进{project}|{county}又一重点项目签约落地]",
                 "[{county}主要领导深入一线督导重点项目|{county}领导调研重点项目建设|{town}重点项目建设迎来督导]"],
    "agriculture": ["[{county}举办{crop}产销对接活动|{county}{crop}走出去卖得好|{crop}产销对接会在{town}举行]",
                    "[{county}农技人员进村指导{crop}管护|{county}农技服务送到田间地头|{county}开展{crop}技术指导]",
                    "[{town}{crop}加工车间投用|{village}{crop}有了加工车间|{town}新添{crop}加工生产线]"],
    "ecology": ["[{county}开展义务植树活动|{county}干部群众植树添绿|{town}荒山添新绿]",
                "[{county}开展森林防火专项检查|{county}织密森林防火网|{county}督导检查森林防火工作]",
                "[{county}志愿者守护{river}|{river}岸边志愿红|{county}开展河湖保护志愿服务]"],
    "education": ["[{county}部署教育系统安全工作|{county}筑牢校园安全防线|{county}召开教育系统安全工作会议]",
                  "[{county}中小学生同台竞技展风采|{county}校园文体活动精彩纷呈|{county}中小学生赛场展风采]",
                  "[{county}发布义务教育招生入学公告|{county}义务教育招生工作启动|{county}公布城区学校招生范围]"],
    "health": ["[{hospital}专家[走进|深入]{town}义诊|{hospital}义诊进村暖民心|{town}群众家门口看专家]",
               "[{county}提醒群众做好呼吸道疾病防护|{county}发布流感防治提示|{county}卫健部门提醒科学防病]",
               "[{county}启动适龄妇女“两癌”免费筛查|{county}“两癌”筛查守护女性健康|{county}为适龄妇女免费筛查]"],
    "culture": ["[{county}{nth}群众文艺汇演举行|{county}群众文艺汇演精彩上演|{county}百姓舞台唱响新生活]",
                "[{county}发布假日出游提示|{county}提醒游客错峰文明出游|{scenic}推出假日优惠]",
                "[{county}举办全民阅读分享活动|{county}读书分享会共话阅读之美|书香浸润{county}]"],
    "infrastructure": ["[{county}推进城乡基础设施建设|{county}部署城乡建设重点项目|{county}加快补齐基础设施短板]",
                       "[{road}开工建设|{road}项目开工|{county}又一交通项目开工]",
                       "[{county}城区{street}改造完工通行|{street}改造后焕然一新|{county}城区{street}恢复通行]"],
    "gov_service": ["[{county}部署优化营商环境工作|{county}打通政策落实“中梗阻”|{county}召开营商环境推进会]",
                    "[{county}政务服务中心推出周末延时服务|{county}政务服务周末“不打烊”|{county}推出错时延时服务]",
                    "[{county}举办政银企对接会|{county}政银企携手助发展|{county}金融活水润企业]"],
    "welfare": ["[{county}为困难群众送去温暖|{county}慰问{town}困难群众|爱心物资送到{town}群众家中]",
                "[{county}提高困难群众基本生活保障标准|{county}上调困难群众保障标准|{county}民生兜底再加码]",
                "[{county}开展敬老爱老主题活动|{county}老人欢度重阳|{county}敬老活动温暖人心]"],
    "safety": ["[{county}召开专题会议部署安全防范工作|{county}研判部署安全防范工作|{county}压实安全防范责任]",
               "[{county}公安局发布防范诈骗提醒|{county}警方提醒谨防新型诈骗|{county}警方发布反诈预警]",
               "[{county}消防进校园开展疏散演练|{school}开展消防疏散演练|{county}消防安全演练进校园]"],
    "sports": ["[{county}{nth}群众体育比赛落幕|{county}群众体育赛事圆满落幕|{town}代表队在{county}比赛中夺冠]",
               "[{sportevent}开始报名|{sportevent}报名启动|{county}发布{sportevent}公告]",
               "[{town}乡村体育比赛热闹开赛|{village}赛场上热闹非凡|{town}乡村赛事点燃活力]"],
    "employment": ["[{county}举办{month}份招聘会|{county}招聘会搭起就业桥|{county}企业现场揽才]",
                   "[{county}发布免费职业技能培训计划|{county}免费技能培训开始报名|{county}开设免费技能培训班]",
                   "[{county}劳务输出专车发车|{county}“点对点”送务工人员返岗|{county}务工人员乘专车奔赴岗位]"],
    "poverty": ["[{county}部署防止返贫动态监测帮扶工作|{county}守牢防返贫底线|{county}推进防止返贫动态监测]",
                "[{county}举办消费帮扶展销活动|{county}农特产品展销助农增收|{county}消费帮扶活动受青睐]",
                "[{county}驻村干部培训班开班|{county}为驻村干部“充电”|{county}培训驻村第一书记和工作队员]"],
    "tech": ["[{county}启动科普宣传活动|{county}科普活动走近群众|{county}科技活动周启动]",
             "[{county}校企携手推进产学研合作|{county}企业与高校签约合作|{county}产学研合作再添新成果]",
             "[{county}科技特派员服务下基层|{county}科技特派员送技术上门|{county}科技特派员深入乡镇]"],
    "governance": ["[{county}召开{co}委常委会会议|{county}{co}委常委会召开会议]",
                   "[{county}召开{co}政府常务会议|{county}{co}政府常务会议研究重点工作]",
                   "[{county}开展新时代文明实践志愿服务|{town}志愿服务暖人心|{county}志愿者走进{town}服务群众]"],
    "general": [
        "[{county}城区{street}一带将暂停供水|{county}城区部分区域{day}停水|{county}供水公司发布停水通知]",
        "[{town}部分区域将暂停供电|{town}{day}计划停电|{county}供电部门发布停电公告]",
        "[{road}将封闭施工|{road}{day}起实行交通管制|{road}施工期间请绕行]",
        "[{county}供暖季即将开始|{county}今冬供热准备就绪|{county}供热公司发布供暖提示]",
        "[{hospital}开展免费健康体检|{county}老年人可免费体检|{hospital}为老年人免费查体]",
        "[{county}开展兵役登记工作|{county}发布兵役登记通知|{county}启动年度征兵工作]",
        "[{county}发布公开招聘公告|{county}启动公开招聘工作|{county}面向社会公开招聘]",
        "[{county}人大常委会召开会议|{county}人大常委会举行会议]",
        "[{county}政协开展协商议政|{county}政协召开专题协商会|{county}政协委员建言献策]",
        "[{county}群团组织走进{town}开展主题活动|{town}主题活动吸引群众参与]",
        "[{county}发布森林防火提示|{county}提醒群众文明祭扫|{county}严防森林火灾]",
        "[{county}发布节日消费提示|{county}市场监管部门提醒理性消费]",
        "[{county}发布暑期防溺水提示|{county}提醒家长做好防溺水工作]",
        "[{county}城区{street}一带将暂停供气|{county}燃气公司发布停气通知]",
        "[{county}无偿献血活动传递爱心|{county}市民踊跃参加无偿献血]",
        "[{county}城乡居民医保集中缴费启动|{county}提醒群众按时缴纳医保]",
        "[{county}考点周边实行交通管制|{county}交警护航考试]",
        "[{county}提醒退休人员完成资格认证|{county}养老金领取资格认证开始]",
        "[{county}发布冬季燃气安全提示|{county}提醒居民安全用气]",
        "[{county}提醒家长按时带孩子接种疫苗|{county}开展适龄儿童查漏补种]",
        "[{county}秋粮收购工作启动|{county}秋粮收购开秤]",
    ],
}

# Tail sentences for public notices (停水、停电、招聘 ...).
_NOTICE_TAILS = [
    "[群众|市民]如有[疑问|意见建议]，也可[拨打|通过]12345[热线|政务服务便民热线]反映。",
    "[具体|详细]安排可关注{county}[融媒体中心|人民政府门户网站]发布的[信息|通知]。",
    "[请|望][广大市民|广大群众]相互转告。",
    "[如遇|若遇]特殊情况，[相关|具体]时间将[另行通知|适时调整]。",
    "[感谢|衷心感谢][广大|各位][市民|用户]的[理解和支持|支持与配合]。",
    "[有关部门|相关单位][提醒|提示]，请大家[提前|合理]安排[出行|生产生活]。",
    "[有关部门|相关负责人]表示，将[持续|进一步]做好[服务保障|跟踪服务]工作。",
    "[此前|去年同期]，{county}已[开展|组织]过类似工作，[群众|社会][反响良好|普遍认可]。",
    "[本次|此次][工作|安排]由{county}[相关部门|有关单位][负责组织实施|具体负责]。",
]

# Section headings are two four-character phrases joined by a space.
_HEAD_A = [
    "主动出击", "倾情推介", "精准发力", "党建引领", "因地制宜", "科技赋能", "规划先行", "创新驱动", "聚焦短板",
    "凝心聚力", "多措并举", "靶向施策", "真抓实干", "守正创新", "示范带动", "龙头带动", "强化保障", "优化服务",
    "筑牢根基", "补齐短板", "压实责任", "深化改革", "立足实际", "以点带面", "健全机制", "搭建平台", "数字赋能",
    "夯实基础", "统筹推进", "问需于民", "靠前服务", "上下联动", "串点成线", "借势发力", "抢抓机遇", "固本强基",
    "精准施策", "链式发展", "盘活资源", "做优特色", "找准路子", "用心用情", "聚力攻坚", "锚定目标",
]
_HEAD_B = [
    "精准对接", "真诚相邀", "提质增效", "行稳致远", "见行见效", "量质齐升", "百花齐放", "遍地开花", "多点开花",
    "持续向好", "共建共享", "惠及于民", "焕发新生", "蓄势赋能", "蹄疾步稳", "拓宽销路", "鼓起腰包", "富民增收",
    "激活动能", "释放活力", "拔节生长", "提档升级", "扩容提质", "亮点纷呈", "成效显著", "稳步推进", "筑巢引凤",
    "落地生根", "开花结果", "久久为功", "破题开局", "增绿添彩", "守护安康", "凝聚合力", "擦亮底色", "点亮生活",
    "温暖民心", "安居乐业", "畅通循环", "迈上台阶", "动能澎湃", "活力迸发",
]

_QUOTE_FRAMES = [
    "“{q}”{speaker}说。",
    "“{q}”{speaker}说。",
    "{speaker}告诉记者：“{q}”",
    "“{q}”{speaker}[笑着说|高兴地说|对记者说|介绍说]。",
    "{speaker}[深有感触地说|感慨地说|表示]：“{q}”",
    "[谈及|说起|谈到][未来|今后|下一步]，{speaker}[信心满满|充满期待]：“{q}”",
    "[采访中|交谈中]，{speaker}[说|表示]：“{q}”",
]

# Column name -> topic weights.  Unknown columns use a uniform mix.
_COLUMN_TOPICS: dict[str, dict[str, int]] = {
    "社会传真": {"welfare": 3, "safety": 3, "sports": 2, "employment": 2, "culture": 1, "governance": 2, "health": 1},
    "政务动态": {"gov_service": 4, "governance": 4, "industry": 2, "safety": 1, "poverty": 1},
    "经济发展": {"industry": 4, "tech": 3, "agriculture": 2, "infrastructure": 2, "gov_service": 1},
    "乡村振兴": {"agriculture": 4, "poverty": 3, "ecology": 2, "infrastructure": 1, "employment": 1, "governance": 1},
    "文化旅游": {"culture": 5, "sports": 2, "ecology": 1},
    "民生关注": {"welfare": 3, "health": 2, "education": 2, "employment": 2, "infrastructure": 2, "safety": 1},
    "教育卫生": {"education": 4, "health": 4},
    "生态环保": {"ecology": 5, "agriculture": 1, "infrastructure": 1},
    "科技创新": {"tech": 5, "industry": 2},
    "平安建设": {"safety": 5, "governance": 2},
    "法治建设": {"safety": 4, "governance": 3},
    "体育": {"sports": 5, "education": 1},
    "就业创业": {"employment": 5, "poverty": 1},
    "党建": {"governance": 5},
    "县域经济": {"industry": 3, "agriculture": 2, "tech": 1, "gov_service": 1},
    "时政要闻": {"governance": 3, "gov_service": 2, "industry": 2},
}
_ALL_TOPICS = list(_TOPICS)

_SOURCES: list[tuple[str, int]] = [
    ("山西日报", 20), ("{city}日报", 18), ("{city}新闻网", 6), ("山西新闻网", 12), ("黄河新闻网", 6),
    ("山西经济日报", 4), ("山西晚报", 4), ("山西农民报", 3), ("山西法治报", 2), ("{county}融媒体中心", 10),
    ("山西广播电视台", 3), ("新华网", 3), ("人民网", 3), ("中国新闻网", 2), ("{city}晚报", 2),
]
_KINDS_DEFAULT: list[tuple[str, int]] = [("report", 60), ("short", 15), ("feature", 15), ("photo", 10)]
_KINDS_PHOTO: list[tuple[str, int]] = [("photo", 60), ("report", 25), ("short", 10), ("feature", 5)]


# ---------------------------------------------------------------------------
# Composition
# ---------------------------------------------------------------------------

def _weighted(rng: random.Random, pairs):
    total = sum(w for _, w in pairs)
    r = rng.random() * total
    for item, w in pairs:
        r -= w
        if r < 0:
            return item
    return pairs[-1][0]


def _column_weights(column: str) -> dict[str, int] | None:
    if column in _COLUMN_TOPICS:
        return _COLUMN_TOPICS[column]
    for key, weights in _COLUMN_TOPICS.items():
        if key in (column or ""):
            return weights
    return None


def _choose_topics(rng: random.Random, column: str) -> tuple[str, str, str]:
    weights = _column_weights(column)
    pairs = list(weights.items()) if weights else [(t, 1) for t in _ALL_TOPICS]
    primary = _weighted(rng, pairs)
    rest = [(t, w) for t, w in pairs if t != primary]
    if not rest or rng.random() < 0.25:
        rest = [(t, 1) for t in _ALL_TOPICS if t != primary]
    secondary = _weighted(rng, rest)
    tertiary = rng.choice([t for t in _ALL_TOPICS if t not in (primary, secondary)])
    return primary, secondary, tertiary


class _Composer:
    def __init__(self, ctx: _Ctx, primary: str, secondary: str, tertiary: str) -> None:
        self.ctx = ctx
        self.rng = ctx.rng
        self.primary = primary
        self.secondary = secondary
        self.tertiary = tertiary
        self.n_quotes = 0          # quotations used in the article so far
        self.para_quote = False    # a quotation already sits in the current paragraph

    # -- template selection -------------------------------------------------
    def _pick(self, topic: str, pool: str) -> str | None:
        src = _GENERAL if topic == "general" else _TOPICS[topic]
        items = src[pool]
        cands = [i for i in range(len(items)) if (topic, pool, i) not in self.ctx.used]
        if not cands:
            return None
        i = self.rng.choice(cands)
        self.ctx.used.add((topic, pool, i))
        return items[i]

    def _fill_as(self, topic: str, tpl: str) -> str:
        self.ctx.topic = self.primary if topic == "general" else topic
        return self.ctx.fill(tpl)

    def _quote(self, topic: str) -> str | None:
        rng = self.rng
        first = "o" if rng.random() < 0.55 else "p"
        for which in (first, "p" if first == "o" else "o"):
            q = self._pick(topic, "quotes_" + which)
            if q is None:
                continue
            qtext = self._fill_as(topic, q)
            frame = rng.choice(_QUOTE_FRAMES).replace("{speaker}", "{speaker_" + which + "}")
            before, after = frame.split("{q}")
            return self._fill_as(topic, before) + qtext + self._fill_as(topic, after)
        return None

    def sentence(self, topic: str) -> str | None:
        rng = self.rng
        if topic != "general" and not self.para_quote and self.n_quotes < 4 and rng.random() < 0.2:
            s = self._quote(topic)
            if s is not None:
                self.para_quote = True
                self.n_quotes += 1
                return s
        order = [topic, "general", self.primary, self.secondary, self.tertiary]
        for t in order:
            tpl = self._pick(t, "body")
            if tpl is not None:
                return self._fill_as(t, tpl)
        others = list(_ALL_TOPICS)
        rng.shuffle(others)
        for t in others:
            tpl = self._pick(t, "body")
            if tpl is not None:
                return self._fill_as(t, tpl)
        return None

    def lead(self, topic: str) -> str:
        tpl = self._pick(topic, "leads")
        if tpl is None:
            return self.sentence(topic) or ""
        return self._fill_as(topic, tpl)

    def closing(self) -> str | None:
        tpl = self._pick("general", "closings")
        return None if tpl is None else self._fill_as("general", tpl)

    # -- paragraphs -------------------------------------------------------
    def paragraph(self, topic: str, first: str | None = None, lo: int = 60, hi: int = 250,
                  target: int | None = None) -> str:
        rng = self.rng
        if target is None:
            target = rng.randint(80, 200)
        self.para_quote = False
        parts: list[str] = []
        n = 0
        if first:
            parts.append(first)
            n = len(first)
        tries = 0
        while n < target and tries < 8:
            tries += 1
            s = self.sentence(topic if tries <= 5 else "general")
            if s is None:
                break
            if n + len(s) > hi:
                continue
            parts.append(s)
            n += len(s)
        tries = 0
        while n < lo and tries < 10:
            tries += 1
            s = self.sentence("general" if tries <= 4 else topic)
            if s is None:
                break
            if n + len(s) > hi:
                continue
            parts.append(s)
            n += len(s)
        return "".join(parts)

    def closing_paragraph(self, topic: str) -> str:
        """Body sentence(s) followed by a closing sentence (下一步 ...)."""
        c = self.closing()
        if c is None:
            return self.paragraph(topic)
        self.para_quote = False
        target = 60 if self.rng.random() < 0.4 else self.rng.randint(90, 180)
        parts: list[str] = []
        n = len(c)
        tries = 0
        while n < target and tries < 8:
            tries += 1
            s = self.sentence(topic)
            if s is None:
                break
            if n + len(s) > 250:
                continue
            parts.append(s)
            n += len(s)
        if n < 60:
            return self.paragraph(topic)
        return "".join(parts) + c

    def para_topic(self) -> str:
        r = self.rng.random()
        if r < 0.62:
            return self.primary
        if r < 0.88:
            return self.secondary
        if r < 0.95:
            return self.tertiary
        return "general"

    def headings(self, k: int) -> list[str]:
        out: list[str] = []
        while len(out) < k:
            h = self.rng.choice(_HEAD_A) + " " + self.rng.choice(_HEAD_B)
            if h not in out:
                out.append(h)
        return out

    def _sized(self, total: int, parts: int) -> list[int]:
        sizes = [total // parts + (1 if i < total % parts else 0) for i in range(parts)]
        self.rng.shuffle(sizes)
        return sizes

    # -- article kinds ------------------------------------------------------
    def report(self) -> tuple[list[str], list[int]]:
        rng = self.rng
        n = rng.randint(5, 12)
        body = [self.paragraph(self.primary, first=self.lead(self.primary))]
        for i in range(1, n):
            if i == n - 1 and rng.random() < 0.6:
                body.append(self.closing_paragraph(self.primary))
            else:
                body.append(self.paragraph(self.para_topic()))
        k = rng.choice([0, 0, 2, 3, 3]) if n >= 7 else 0
        if k == 0:
            return body, []
        sizes = self._sized(n - 1, k)
        heads = self.headings(k)
        paras = [body[0]]
        idx: list[int] = []
        pos = 1
        for h, size in zip(heads, sizes):
            idx.append(len(paras))
            paras.append(h)
            paras.extend(body[pos:pos + size])
            pos += size
        return paras, idx

    def feature(self) -> tuple[list[str], list[int]]:
        rng = self.rng
        n = rng.randint(10, 15)
        n_lead = rng.choice([1, 2])
        paras = [self.paragraph(self.primary, first=self.lead(self.primary))]
        if n_lead == 2:
            paras.append(self.paragraph(self.primary))
        sizes = self._sized(n - n_lead, 3)
        sec_topics = [self.primary, rng.choice([self.primary, self.secondary]), rng.choice([self.secondary, self.tertiary])]
        rng.shuffle(sec_topics)
        idx: list[int] = []
        for s_no, (h, size, topic) in enumerate(zip(self.headings(3), sizes, sec_topics)):
            idx.append(len(paras))
            paras.append(h)
            for j in range(size):
                last = s_no == 2 and j == size - 1
                if last:
                    paras.append(self.closing_paragraph(topic))
                elif j == 0 and rng.random() < 0.5:
                    lead = self._pick(topic, "leads")
                    first = self._fill_as(topic, lead) if lead else None
                    paras.append(self.paragraph(topic, first=first))
                else:
                    t = topic if rng.random() < 0.8 else self.para_topic()
                    paras.append(self.paragraph(t))
        return paras, idx

    def photo(self) -> list[str]:
        paras = [self.paragraph(self.primary, first=self.lead(self.primary), target=self.rng.randint(70, 160))]
        if self.rng.random() < 0.45:
            paras.append(self.paragraph(self.primary, target=self.rng.randint(70, 140)))
        return paras

    def short(self) -> tuple[list[str], str | None]:
        """Return the paragraphs of a short item and a matching headline (or None)."""
        rng = self.rng
        best: list[str] = []
        best_title: str | None = None
        for _ in range(20):
            topic = self.primary if rng.random() < 0.7 else "general"
            shorts = (_GENERAL if topic == "general" else _TOPICS[topic])["shorts"]
            i = rng.randrange(len(shorts))
            p1 = self._fill_as(topic, shorts[i])
            title = self._fill_as(topic, _SHORT_TITLES[topic][i])
            if not (8 <= len(title) <= 24) or title[-1] in _PUNCT_END:
                title = None
            paras = [p1]
            total = len(p1)
            if topic == "general":
                # public notice: add a notice-style tail rather than unrelated news
                if total < 80 or rng.random() < 0.7:
                    tail = self._fill_as(topic, rng.choice(_NOTICE_TAILS))
                    if total + len(tail) <= 250:
                        paras = [p1 + tail]
                        total += len(tail)
            elif total < 80 or rng.random() < 0.75:
                s = self.sentence(self.primary)
                if s is not None and total + len(s) <= 250:
                    if total < 80 and rng.random() < 0.5:
                        paras = [p1 + s]
                    else:
                        paras.append(s)
                    total += len(s)
            if 80 <= total <= 250:
                return paras, title
            if not best:
                best, best_title = paras, title
        return best, best_title

    def captions(self, k: int) -> list[str]:
        rng = self.rng
        pool = [(self.primary, t) for t in _TOPICS[self.primary]["captions"]]
        pool += [("general", t) for t in _GENERAL["captions"]]
        rng.shuffle(pool)
        out: list[str] = []
        for topic, tpl in pool:
            c = self._fill_as(topic, tpl)
            if 10 <= len(c) <= 40 and c not in out:
                out.append(c)
            if len(out) >= k:
                break
        return out

    # -- headline matter ------------------------------------------------
    def _headline(self, pool: str, lo: int, hi: int, fallback: str) -> str:
        rng = self.rng
        for _ in range(30):
            if rng.random() < 0.8:
                topic = self.primary
                tpl = rng.choice(_TOPICS[topic][pool])
            else:
                topic = "general"
                tpl = rng.choice(_GENERAL[pool])
            s = self._fill_as(topic, tpl)
            if lo <= len(s) <= hi and s[-1] not in _PUNCT_END:
                return s
        return fallback

    def title(self) -> str:
        c = self.ctx.county
        fb = (c + "扎实推进各项重点工作") if len(c) <= 14 else "扎实推进各项重点工作"
        return self._headline("titles", 8, 24, fb)

    def subtitle(self) -> str:
        c = self.ctx.county
        fb = (c + "一线走访见闻") if len(c) <= 14 else "基层一线走访见闻"
        return self._headline("subtitles", 8, 20, fb)

    def pretitle(self) -> str:
        return self._headline("pretitles", 6, 16, "奋力推动高质量发展")


# ---------------------------------------------------------------------------
# What a reprinting portal does to a story (used by Replica(reprints_of=...))
# ---------------------------------------------------------------------------

#: Sentences an editor adds to a story it reprints.
REPRINT_ADDITIONS = [
    "记者了解到，相关工作正在有序推进。",
    "据悉，该项目由县发展和改革局牵头实施。",
    "下一步，当地将持续跟踪问效，确保各项措施落地见效。",
    "活动现场，不少群众纷纷点赞。",
    "截至目前，各项准备工作已基本就绪。",
    "有关负责人表示，将进一步完善长效机制。",
]
#: How a reprint names the place before its title and first sentence.
REPRINT_DATELINES = ["{place}讯　", "（{place}）", "本网{place}讯　"]


def compose_article(rng: random.Random, *, city: str, county: str, column: str) -> ArticleText:
    """Compose one original news article (deterministic given ``rng``)."""
    ctx = _Ctx(rng, city, county)
    primary, secondary, tertiary = _choose_topics(rng, column)
    comp = _Composer(ctx, primary, secondary, tertiary)
    kind = _weighted(rng, _KINDS_PHOTO if column == "图片新闻" else _KINDS_DEFAULT)

    short_title: str | None = None
    if kind == "short":
        paragraphs, short_title = comp.short()
    title = short_title or comp.title()
    # kickers and subtitles belong to longer pieces, not to short notices
    pretitle = comp.pretitle() if kind != "short" and rng.random() < 0.175 else None
    subtitle = comp.subtitle() if kind != "short" and rng.random() < 0.41 else None
    headings: list[int] = []
    captions: list[str] = []
    if kind == "report":
        paragraphs, headings = comp.report()
    elif kind == "feature":
        paragraphs, headings = comp.feature()
    elif kind == "photo":
        paragraphs = comp.photo()
        captions = comp.captions(rng.choice([2, 3]))
    else:
        if rng.random() < 0.1:
            captions = comp.captions(1)

    source = _weighted(rng, _SOURCES).replace("{city}", ctx.city).replace("{county}", ctx.county)
    reporters: list[str] = []
    if rng.random() < 0.8:
        k = _weighted(rng, [(1, 45), (2, 40), (3, 15)])
        while len(reporters) < k:
            name = person_name(rng)
            if name not in reporters:
                reporters.append(name)
    return ArticleText(
        title=title,
        pretitle=pretitle,
        subtitle=subtitle,
        paragraphs=paragraphs,
        headings=headings,
        source=source,
        reporters=reporters,
        kind=kind,
        captions=captions,
    )


if __name__ == "__main__":
    for _seed, _column in ((1, "乡村振兴"), (7, "经济发展")):
        _art = compose_article(random.Random(_seed), city="吕梁", county="兴县", column=_column)
        print("=" * 60)
        print(f"[{_art.kind}] 来源：{_art.source}  记者：{'、'.join(_art.reporters) or '（无）'}")
        if _art.pretitle:
            print(_art.pretitle)
        print(_art.title)
        if _art.subtitle:
            print("——" + _art.subtitle)
        for _i, _p in enumerate(_art.paragraphs):
            print(("【" + _p + "】") if _i in _art.headings else ("　　" + _p))
        for _c in _art.captions:
            print("图：" + _c)
