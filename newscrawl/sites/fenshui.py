"""汾水政务新闻网: the invented Hanweb JCMS (大汉) portal of :mod:`newscrawl.replica.families`
(``python -m newscrawl.replica.families hanweb``; research/portals.md §3, issue 13).

Its column lists are not ``<a>`` markup: a column page holds its first records as XML in a
``<script type="text/xml">`` datastore, and the jpage script fetches the next groups from the
list service ``/module/web/jpage/dataproxy.jsp`` by form POST; hence ``written=SCRIPT``.
(The portal is invented: crawl it with ``-a base_url=`` pointing at the replica.)

Tree: home → cities (the top nav; one city is a GBK sub-site under ``/xinzhou/``) → counties
(the city page's 区县 bar) → columns (the county page's 栏目 bar), each ``/col/col{N}/index.html``.
Articles: /art/{Y}/{M}/{D}/art_{N}_{id}.html, N the listing column's number (a story listed in
a second column is published again under that column's number: same id, other URL).
"""

from .profile import SCRIPT, ArticleRules, ChannelLevel, ListRules, SiteProfile

PROFILE = SiteProfile(
    name="fenshui",
    title="汾水政务新闻网",
    base_url="http://www.fenshui.gov.cn",
    family="Hanweb JCMS",
    home_path="/",
    levels=(
        ChannelLevel("home", "//div[has-class('nav')]//li/a[not(normalize-space()='首页' or normalize-space()='往期回顾')]"),
        ChannelLevel("city", "//div[has-class('subnav')]/a"),
        ChannelLevel("county", "//div[has-class('subnav')]/a"),
    ),
    lists=ListRules(written=SCRIPT),
    article_path=r"^(?:/xinzhou)?/art/\d{4}/\d{1,2}/\d{1,2}/art_\d+_(?P<id>\d+)\.html$",
    article=ArticleRules(
        title="//div[has-class('article')]/h1 | //div[has-class('article')]/div[has-class('title')]",
        pretitle="//div[has-class('article')]/div[has-class('yt')]",
        subtitle="//div[has-class('article')]/div[has-class('fbt')]",
        meta_line="//div[has-class('article')]/div[has-class('info')]",
        breadcrumb="//div[has-class('position')]/a",
        body="//div[@id='zoom']",
        editors="//div[has-class('article')]/div[has-class('editor')]",
        publish_date_meta="//meta[@name='PubDate']/@content",
        source_meta="//meta[@name='ContentSource']/@content",
        source_noise=("【字号：大 中 小】",),
    ),
)
