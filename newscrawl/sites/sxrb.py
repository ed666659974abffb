"""山西新闻网 (sxrb.com): people.com.cn CMS since 2020 (research/portals.md §1).

Tree: home → 地市频道 → city channels (…频道) → county channels (今日兴县) → columns, each
column a paginated list (index.html, index2.html, …).  Articles: /GB/{leaf}/{id}.html, page n
/GB/{leaf}/{id}-{n}.html; the BIG5 gateway serves every page under /BIG5/ as well.
"""

from .profile import ArticleRules, ChannelLevel, ListRules, SiteProfile

PROFILE = SiteProfile(
    name="sxrb",
    title="山西新闻网",
    base_url="http://news.sxrb.com",
    family="people.com.cn CMS",
    home_path="/GB/index.html",
    levels=(
        ChannelLevel("home", "//div[has-class('nav_box')]//a[normalize-space()='地市频道']"),
        ChannelLevel("地市频道", "//div[has-class('ds_nav')]//a[re:test(normalize-space(), '频道$')]"),
        ChannelLevel("city channel", "//div[has-class('xq_nav')]//a"),
        ChannelLevel("county channel", "//div[has-class('lm_nav')]//a"),
    ),
    lists=ListRules(
        items="//div[has-class('ej_list_box')]//ul[has-class('list_16')]/li/a[1]",
        pager="//div[has-class('page_n')]//a",
        next_page="//div[has-class('page_n')]//a[normalize-space()='下一页']",
    ),
    article_path=r"^/(?:GB|BIG5)/(?:\d+/)*(?P<node>\d+)/(?P<id>\d{6,})(?:-(?P<page>\d+))?\.html$",
    canonical_rewrites=((r"^/BIG5/", "/GB/"), (r"/(\d+)-\d+\.html$", r"/\1.html")),
    host_aliases=("sxrb.com", "www.sxrb.com", "special.sxrb.com"),
    article=ArticleRules(
        title="//div[has-class('jz')]/h1",
        pretitle="//div[has-class('jz')]/h3",
        subtitle="//div[has-class('jz')]/h2",
        meta_line="//div[has-class('jz')]/div[has-class('left1')]",
        breadcrumb="//span[@id='rwb_navpath']/a",
        body="//div[@id='rwb_zw']",
        editors="//div[@id='rwb_zw']//div[has-class('editer')]",
        pager="//div[@id='rwb_zw']//div[has-class('zdfy')]//a",
        body_exclude=(
            ".//div[has-class('box_pic')]",
            ".//div[has-class('zdfy')]",
            ".//center[table]",
            ".//div[has-class('title_o')]",
            ".//div[has-class('editer')]",
        ),
        source_noise=("进入论坛", "手机读报", "進入論壇", "手機讀報"),
    ),
)
