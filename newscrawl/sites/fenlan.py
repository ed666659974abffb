"""汾岚新闻网: the invented TRS WCM portal of :mod:`newscrawl.replica.trs` (research/portals.md §3).

A second profile, for a portal of another CMS family, to show that a portal is data: the
same spider walks it with these XPaths and nothing else.  (The portal is invented, so its
``base_url`` resolves nowhere; crawl it with ``-a base_url=`` pointing at the replica.)

Tree: home → cities (the top nav) → counties (the city page's 区县 bar) → columns (the county
page's 栏目 bar), each column a list (index.htm, index_1.htm, …).  Articles:
/{city}/{county}/{col}/{YYYYMM}/t{YYYYMMDD}_{id}.htm, page n …_{id}_{n-1}.htm.
"""

from .profile import ArticleRules, ChannelLevel, ListRules, SiteProfile

PROFILE = SiteProfile(
    name="fenlan",
    title="汾岚新闻网",
    base_url="http://www.fenlannews.cn",
    family="TRS WCM",
    home_path="/",
    levels=(
        ChannelLevel("home", "//div[has-class('nav')]//li/a[not(normalize-space()='首页' or normalize-space()='往期回顾')]"),
        ChannelLevel("city", "//div[has-class('subnav')]/a"),
        ChannelLevel("county", "//div[has-class('subnav')]/a"),
    ),
    lists=ListRules(
        items="//div[has-class('list_box')]/ul[has-class('list_con')]/li/a",
        pager="//div[has-class('page_links')]/a",
        next_page="//div[has-class('page_links')]/a[normalize-space()='下一页']",
    ),
    article_path=r"^/(?:[\w-]+/)+\d{6}/t\d{8}_(?P<id>\d+)(?:_(?P<page>\d+))?\.htm$",
    # TRS numbers the second page _1: page n is …_{id}_{n-1}.htm, so the regex's page is n-1;
    # only page 1 (no suffix) matters for the canonical form.
    canonical_rewrites=((r"(/t\d{8}_\d+)_\d+\.htm$", r"\1.htm"),),
    host_aliases=("fenlannews.cn",),
    article=ArticleRules(
        title="//div[has-class('article')]/h1 | //div[has-class('article')]/div[has-class('title')]",
        pretitle="//div[has-class('article')]/div[has-class('yt')]",
        subtitle="//div[has-class('article')]/div[has-class('fbt')]",
        meta_line="//div[has-class('article')]/div[has-class('info')]",
        breadcrumb="//div[has-class('position')]/a",
        body="//div[@id='zoom']",
        editors="//div[has-class('article')]/div[has-class('editor')]",
        pager="//div[has-class('article')]//div[has-class('page_links')]/a",
        publish_date_meta="//meta[@name='PubDate']/@content",
        source_meta="//meta[@name='ContentSource']/@content",
        source_noise=("【字号：大 中 小】",),  # the font-size links that end the info line
    ),
)
