"""The words the extractor reads pages by: data only, no logic.

Each list is used in one place (named after it); the regexes built from them live with the
code that uses them.  Both scripts are listed where gateway pages convert labels (发布时间 /
發布時間).  Generic words only: a class, id or phrase of one site belongs in its profile
(``newscrawl/sites/*.py``).
"""

from __future__ import annotations

# ---------------------------------------------------------------------------------------------
# Furniture (body scoring, :mod:`.container`)
# ---------------------------------------------------------------------------------------------

#: Tags that are never article text.
DROP_TAGS = frozenset(
    "script style noscript iframe select button textarea input nav footer aside header object embed "
    "svg canvas map link meta head title video audio".split()
)
#: Tags dropped whatever their size (the others only when they do not hold most of the page).
DROP_ALWAYS = frozenset("script style noscript iframe select button textarea input head title meta link".split())
#: Substrings of class/id naming furniture (English and the pinyin Chinese sites use; in lower case,
#: as every class/id word list here: a value is lower-cased once and searched as it is).
NOISE_SUBSTRINGS = (
    "share comment recommend related relevant footer sidebar crumb copyright disclaimer banner advert "
    "qrcode erweima navbar navpath menu login search toolbar social pinglun fenxiang tuijian xiangguan "
    "banquan daohang shengming paihang ranking friendlink youqing weixin wechat subscribe dingyue "
    "download bshare jiathis bdshare tjyd xgxw xgyd xglj weizhi location"
).split()
#: Whole words (class/id split at ``-``, ``_``, spaces, camelCase) naming furniture.
NOISE_WORDS = frozenset(
    "ad ads nav navs foot bottom side gg tj xg pl ewm hot rank tool tools pager paging fanye links link "
    "dh cmt plk zan more".split()
)
#: Class/id substrings naming a content container (the positive side of readability's class weights).
CONTENT_SUBSTRINGS = "content article zhengwen detail trs_editor maincon newstext news_txt artibody".split()
#: Whole class/id words naming a content container.
CONTENT_WORDS = frozenset("zw con cont txt text body main art story entry post wz nr".split())
#: Elements scored as body containers (paragraph-level and inline elements are not).
NOT_CONTAINER = frozenset(
    "p a span font b strong em i u h1 h2 h3 h4 h5 h6 img br li tr th tbody thead tfoot table ul ol dl dt "
    "label sup sub small big figcaption figure center".split()
)
#: Inline formatting: not a structural unit of a container.
INLINE = frozenset("span font b strong em i u sup sub small big label abbr cite code q s strike tt var".split())
#: Sentence punctuation (CJK full-width and ASCII): body prose has about one in ten characters.
PUNCTUATION = "，。！？；：、“”‘’（）《》…,.!?;:"

# ---------------------------------------------------------------------------------------------
# Pictures and captions (:mod:`.body`)
# ---------------------------------------------------------------------------------------------

#: Class/id words of a caption element (p.pictext, div.img_desc …); regex alternatives, in lower case.
CAPTION_ATTRS = (
    r"caption", r"pic_?t(?:ext|itle|xt)", r"pictext", r"img_?(?:desc|txt|title|text)",
    r"photo_?(?:desc|txt|title|text)", r"tuzhu", r"imgtitle", r"pic_?desc", r"pic_?info", r"explain",
)
#: Where lazy-loading templates keep a picture's real address (``src`` holds a placeholder),
#: in the order they are tried before ``src``.  (TRS's ``oldsrc`` is only the file's name: after.)
LAZY_IMAGE_ATTRS = ("data-src", "data-original", "data-lazy-src", "data-actualsrc", "data-echo", "data-url", "original")
#: Image URLs of icons and layout pictures, not article pictures (in lower case).
ICON_SRC = ("icon", "spacer", "blank.", "dot.", "/line.", "loading", "logo")
#: Image URL schemes that are never a picture to keep.
IMAGE_SCHEMES = ("http://", "https://")

# ---------------------------------------------------------------------------------------------
# Header fields (:mod:`.header`)
# ---------------------------------------------------------------------------------------------

#: Separators between the headline and the site's name in ``<title>``.
TITLE_SEPARATORS = r"_{1,2}|\||｜|--+|(?<!\d)-(?!\d)|\s-\s"
#: Labels of the lines under a headline (time, source, author, editor, counters).
META_LABELS = (
    "发布时间 發布時間 发布日期 發布日期 发稿时间 發稿時間 发表时间 發表時間 时间 時間 日期 来源 來源 稿源 作者 编辑 編輯 "
    "责编 責編 浏览 點擊 点击 阅读"
).split()
#: Labels that say "publication time" on their own, without a colon (发布时间 2005/05/17 …).
LONG_DATE_LABELS = "发布时间 發布時間 发布日期 發布日期 发表时间 發表時間 发稿时间 發稿時間 发表于 發表於 发布于 發佈於".split() + [
    "posted on", "Posted on"]  # (a blog engine's: posted on 2018-01-17 15:18 by its writer)
#: Words of an e-paper page (数字报): its header prints the edition's date.
EPAPER_WORDS = ("上一版", "下一版", "版面导航", "版面導航", "数字报", "电子报", "電子報", "第A", "返回目录")
#: Labels that introduce a publication time.
DATE_LABELS = "时间 時間 日期 发布 發布 发稿 發稿".split() + ["posted on", "Posted on"]
#: Labels that introduce the source (the publication an article comes from).
SOURCE_LABELS = "信息来源 信息來源 文章来源 文章來源 来源 來源 稿源 出处 出處".split()
#: Where a source name ends: the next label, a bracket or a print/counter link.
SOURCE_STOPS = (
    "作者 编辑 編輯 责编 責編 记者 記者 时间 時間 发布 發布 浏览 点击 點擊 字号 字號 【 [ （ ( 分享 打印 我要"
).split()
#: Link texts glued after a source name (``吕梁新闻网进入论坛手机读报``).
SOURCE_NOISE = ("进入论坛", "手机读报", "進入論壇", "手機讀報", "我要评论", "打印", "纠错")
#: Labels of a writer in the time line.
AUTHOR_LABELS = "作者 記者 记者 撰文 撰稿 采写 採寫 执笔 執筆 通讯员 通訊員".split()
#: Class/id words of an element holding the writer's name unlabelled (<span class="author">王某</span>);
#: regex alternatives.
AUTHOR_ATTRS = (r"author", r"\bauth\b", r"writer", r"byline", r"zuozhe", r"reporter")
#: The buttons of a platform's account box (its name is an account's, not a writer's).
ACCOUNT_BUTTONS = frozenset("关注 +关注 ＋关注 關注 订阅 訂閱 关注TA 已关注 关注此人 關注此人 加关注 加關注".split())
#: Common single-character surnames: a four-hanzi run in a credit whose first and third
#: characters are both one (罗科苏盈) is two two-character names run together.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍"
    "涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑"
    # less common ones, not those that are also everyday words of a sentence (来, 和, 都, 由 …)
    "傅欧景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬卞姬仇栾隋刁沙荣巫寇桑郎甄丛仲虞敖巩佘麻苑迟邝谈匡鞠惠荆冀郁"
    "赖洪萧阎胥班储栗燕楚鄢谌奚粟冼蔺仝郜阚禹祖漆卿狄索宣晋扈晁芮阙浦戈鹿邸雍辜裘亓邰赫杭逯茹亢嵇湛戎茅尉冶檀昝衡"
)
#: Two-character surnames: a four-hanzi name opening with one is one name (欧阳晓明).
COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 诸葛 上官 东方 皇甫 令狐 慕容 公孙 夏侯 尉迟 长孙 宇文 司徒 端木 独孤 西门 南宫 呼延 轩辕 申屠 钟离 "
    "宗政 濮阳 单于 太史 闻人 澹台 公冶".split()
)
#: Words a credit prints where a name would be, or beside it, that name nobody (作者：未知,
#: 游民星空[整理], （记者陈智 整合）), and words a label runs into in a heading of its own
#: (作者简介, 作者介绍, 记者档案: read as label and name, 简 and 介 are surnames).
NOT_NAMES = frozenset("未知 佚名 匿名 不详 整理 整合 编译 综合 网络整理 本网 原创 小编 网友 报道 采写 供稿 撰稿 出自 "
                      "供图 供圖 配图 配圖 图片 圖片 视频 視頻 "
                      "作者 记者 記者 来源 來源 编辑 編輯 责编 責編 通讯员 通訊員 撰文 摄影 攝影 "
                      "简介 簡介 介绍 介紹 档案 檔案 单位 單位 信息 资料 資料 专栏 專欄 主页 主頁 更多 "
                      # a CMS's account filled in where the template prints its editor
                      "管理员 管理員 系统管理员 系統管理員 超级管理员 超級管理員 "
                      # the links a time or editor line ends with (…责任编辑：某 <a>我来说两句</a>)
                      "我来说两句 我來說兩句 我要评论 我要評論 发表评论 發表評論 我要纠错 我要糾錯 纠错 糾錯 "
                      "打印 收藏 分享 转发 轉發 "
                      # a feature's section after 记者 (记者手记, 记者观察, 记者连线): no one's name
                      "手记 手記 札记 札記 观察 觀察 连线 連線 调查 調查 探访 探訪 随笔 隨筆 点评 點評".split())
#: What a template's author element holds when it names no writer, in Latin letters (a pen
#: name like maomaobear is a writer's).
LATIN_NOT_NAMES = frozenset("admin administrator editor author guest anonymous unknown none null more "
                            "user webmaster system".split())
#: Places a reporter files from, as a credit glues them to the name (本报记者覃剑长沙报道): the
#: provinces, the prefecture-level cities and the capitals credits name most (short forms).
PLACES = frozenset(
    "北京 天津 上海 重庆 香港 澳门 台北 台湾 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 "
    "广东 海南 四川 贵州 云南 陕西 甘肃 青海 内蒙古 广西 西藏 宁夏 新疆 "
    "石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水 雄安 太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 "
    "临汾 吕梁 呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布 沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 "
    "营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛 长春 四平 辽源 通化 白山 松原 白城 延边 哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 "
    "大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化 南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁 "
    "杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 义乌 合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 "
    "滁州 阜阳 宿州 六安 亳州 池州 宣城 福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德 平潭 南昌 景德镇 萍乡 九江 "
    "新余 鹰潭 赣州 吉安 宜春 抚州 上饶 济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 "
    "菏泽 郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 济源 武汉 "
    "黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 恩施 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 "
    "郴州 永州 怀化 娄底 湘西 广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 "
    "中山 潮州 揭阳 云浮 南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左 海口 三亚 三沙 "
    "儋州 成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 凉山 贵阳 "
    "六盘水 遵义 安顺 毕节 铜仁 昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧 大理 西双版纳 拉萨 日喀则 林芝 西安 铜川 "
    "宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛 兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南 西宁 "
    "海东 银川 石嘴山 吴忠 固原 中卫 乌鲁木齐 克拉玛依 吐鲁番 哈密 喀什 伊犁 阿克苏 和田 "
    "华盛顿 纽约 伦敦 巴黎 柏林 东京 首尔 莫斯科 布鲁塞尔 日内瓦 维也纳 罗马 新德里 曼谷 新加坡 悉尼 开罗".split()
)
#: Labels of a writer's credit line besides 记者 and 作者 (采写：南都记者 某某).
WRITER_LABELS = "采写 採寫 撰稿人 撰稿 撰文 编译 編譯 文字 执笔 執筆".split()
#: Posts and titles a writer's credit may print before the name (作者：某中心研究部部长、研究员徐某).
PERSON_TITLES = "研究员 研究員 副教授 教授 博士 副主任 主任 副院长 院长 部长 所长 理事长 会长 学者 专家".split()
#: Class/id of a kicker (引题) and of a subtitle (副题); regex alternatives.
PRETITLE_ATTRS = (r"pre", r"yinti", r"yt\b", r"kicker", r"sup")
SUBTITLE_ATTRS = (r"sub", r"futi", r"fbt", r"fu_?title")
#: The dashes a subtitle opens with (——兴县多措并举 …).
DASHES = "—-－―"
#: Headings that name a column or section, never an article (新闻动态 …).
COLUMN_HEADINGS = frozenset(
    "新闻动态 新闻中心 图片新闻 要闻 正文 详情 内容 文章 新闻 资讯 动态 通知公告 工作动态 本站首页 首页 "
    # the page's type, as a template names it (<title>图文详情</title>)
    "图文详情 新闻详情 文章详情 资讯详情 内容详情 详情页 正文页 新聞詳情 文章詳情 "
    # the columns of companies', funds' and offices' sites (a list page's <title> names one)
    "公司公告 公司新闻 公司动态 企业新闻 企业动态 行业新闻 行业动态 媒体报道 信息披露 信息公开 政务公开 公示公告 公告公示 "
    "通知 公告 新闻公告 最新公告 学术动态 校园新闻 院系动态 新聞動態 新聞中心 最新消息 公司公告".split()
)

# ---------------------------------------------------------------------------------------------
# Breadcrumb (:mod:`.header`)
# ---------------------------------------------------------------------------------------------

#: Class/id words of a breadcrumb; regex alternatives.
CRUMB_ATTRS = (r"crumb", r"navpath", r"position", r"location", r"weizhi", r"dqwz", r"mbx", r"curpos", r"path")
#: The label a breadcrumb opens with.
CRUMB_TEXTS = "当前位置 您的位置 您现在的位置 你的位置 你现在的位置 所在位置 當前位置 現在的位置".split()
CRUMB_SEPARATORS = (">>", ">", "＞", "»", "→", "/", "\\", "›", "-")
CRUMB_SKIP = frozenset(("正文", "正文内容", "内容", "详情", "阅读文章", "文章"))

# ---------------------------------------------------------------------------------------------
# Publication time (:mod:`.header`, :mod:`.urls`)
# ---------------------------------------------------------------------------------------------

#: Labels of a time that is not the publication's: an update or correction (:mod:`.dates`).
UPDATE_LABELS = ("更新", "修改", "修订", "修訂", "更正", "最后编辑", "最後編輯", "updated", "Updated", "modified")
#: ``<meta>`` (attribute, value) pairs that carry the headline itself: Open Graph's, and the one
#: Chinese government and newspaper CMSs (TRS, Hanweb, ucap) write for their search index.
TITLE_METAS = (("property", "og:title"), ("name", "ArticleTitle"))
#: ``<meta>`` names/properties that carry the publication time, most specific first.
TIME_META_NAMES = (
    "publishdate", "pubdate", "publish_date", "publishtime", "publish_time", "published_time", "publish-date", "pubtime",
    "article:published_time",
    "og:published_time", "og:article:published_time", "og:release_date", "og:time", "datepublished",
    "publication_date", "dc.date.issued", "dc.date", "created", "firstpublishedtime", "weibo:article:create_at",
    "bytedance:published_time", "sailthru.date", "parsely-pub-date",
)
#: ``<meta>`` names of a page's update time: never the publication time, but its year dates a
#: time line printed without one (发布时间：10-08 12:00).
TIME_META_UPDATED = ("dateupdate", "datemodified", "article:modified_time", "og:updated_time", "lastmodified",
                     "last-modified", "modified")
#: JSON-LD / inline-data keys that carry the publication time.
TIME_JSON_KEYS = ("datePublished", "pubtime", "publish_time", "pubDate", "publishTime", "publishDateTime", "published_at")
#: Script variables holding the publication time as Unix seconds (``var ct = "1581517074"``:
#: the WeChat article template, which prints only 昨天/前天 on the page).
TIME_SCRIPT_VARS = ("ct", "publish_time", "create_time", "pubtime")
#: The publication day many CMSs write into article URLs; each defines y, m, d.
URL_DATE_PATTERNS = (
    r"/(?P<y>(?:19|20)\d{2})/(?P<m>\d{2})(?P<d>\d{2})/",  # people /n2/2024/0428/
    r"t(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})_\d+",  # TRS t20240428_123
    r"/(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})/(?P<d>\d{1,2})/",  # Founder /2024-04/28/
    r"/(?P<y>(?:19|20)\d{2})/(?P<m>\d{1,2})-(?P<d>\d{1,2})/",  # 大河网 /2024/04-28/
    r"/(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})/",  # /2024-04-28/
    r"/(?P<y>(?:19|20)\d{2})/(?P<m>\d{1,2})/(?P<d>\d{1,2})/",  # /system/2024/04/28/, /art/2024/4/28/
    r"/(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})/",  # /system/20240428/
    r"/(?P<y>(?:19|20)\d{2})(?P<m>\d{2})/(?P<d>\d{2})/",  # /202404/28/
)
#: A site's home page: its root, or the root's index file (``/``, ``/index.html``,
#: ``/default.aspx``) with no query — a home page is a list of teasers, never an article
#: (a blog's ``/?p=1700`` is a post).
HOME_PAGE_PATH = r"^/?(?:(?:index|default|home)\.[a-z]{2,5})?$"
#: A folder's index page (``/zt/2018/meeting/``, ``…/index.shtml``, ``index_2.html``): a column's,
#: a list's or a special topic's landing page — an article only if it is dated.
INDEX_PAGE_PATH = r"/(?:(?:index|default|home)(?:[_-]?\d+)?\.[a-z]{2,5})?$"
#: A writer's own page, the link a blog or CMS prints as the byline (WordPress's
#: ``/author/chenqing/``, ``/authors/…``, ``?author=3``): its text names the writer.
AUTHOR_PAGE_PATH = r"/(?:authors?|writers?|zuozhe)/[^/?#]+/?$|[?&]author=\w"
#: The portal's article id in a URL's last segment; each defines ``id``.
URL_ID_PATTERNS = (
    r"t\d{8}_(?P<id>\d+)",
    r"content_(?P<id>\d+)",
    r"c\d+-(?P<id>\d+)(?:-\d+)?\.s?html?$",
    r"(?P<id>\d{5,})[^/\d]*$",
)

# ---------------------------------------------------------------------------------------------
# Pages that are not articles (:mod:`.kinds`)
# ---------------------------------------------------------------------------------------------

#: Links to a document: a notice that is only its attachment.
ATTACHMENT_EXTENSIONS = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".zip", ".rar", ".7z", ".wps", ".ofd")
#: What a teaser ends with after its ellipsis: a link to the rest, these words after a verb or
#: not (详细, 阅读全文, 查看更多, read more).
TEASER_MORE = ("详细", "详情", "更多", "全文", "more")
#: Class/id/src words of a video player.
PLAYER_WORDS = ("player", "video", "vjs", "prism", "dplayer", "ckplayer", "shipin")
