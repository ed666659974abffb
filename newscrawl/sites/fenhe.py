"""汾河日报网: the invented Founder (方正翔宇) portal of :mod:`newscrawl.replica.families`
(``python -m newscrawl.replica.families founder``; research/portals.md §3, issue 13).

Its column lists are not ``<a>`` markup: a column page's list is a JS array of ``{title, url,
date}`` objects that a loop writes out, and its pager is written by ``document.write``; hence
``written=SCRIPT``.  (The portal is invented: crawl it with ``-a base_url=`` pointing at the
replica.)

Tree: home → cities (the top nav; one city is a GBK sub-site under ``/xinzhou/``) → counties
(the city page's 区县 bar) → columns (the county page's 栏目 bar), each ``node_{N}.htm``, list
page k ``node_{N}_{k}.htm``.  Articles: /content/{YYYY-MM}/{DD}/content_{id}.htm, page n
…content_{id}_{n}.htm.
"""

from .profile import SCRIPT, ArticleRules, ChannelLevel, ListRules, SiteProfile

PROFILE = SiteProfile(
    name="fenhe",
    title="汾河日报网",
    base_url="http://www.fenhedaily.cn",
    family="Founder CMS",
    home_path="/",
    levels=(
        ChannelLevel("home", "//div[has-class('nav')]//li/a[not(normalize-space()='首页' or normalize-space()='往期回顾')]"),
        ChannelLevel("city", "//div[has-class('subnav')]/a"),
        ChannelLevel("county", "//div[has-class('subnav')]/a"),
    ),
    lists=ListRules(written=SCRIPT),
    article_path=r"^(?:/xinzhou)?/content/\d{4}-\d{2}/\d{2}/content_(?P<id>\d+)(?:_(?P<page>\d+))?\.htm$",
    canonical_rewrites=((r"(/content_\d+)_\d+\.htm$", r"\1.htm"),),
    article=ArticleRules(
        title="//div[has-class('article')]/h1 | //div[has-class('article')]/div[has-class('title')]",
        pretitle="//div[has-class('article')]/div[has-class('yt')]",
        subtitle="//div[has-class('article')]/div[has-class('fbt')]",
        meta_line="//div[has-class('article')]/div[has-class('info')]",
        breadcrumb="//div[has-class('position')]/a",
        body="//div[@id='zoom']",
        editors="//div[has-class('article')]/div[has-class('editor')]",
        pager="//div[has-class('article')]/div[has-class('page_links')]/a",
        publish_date_meta="//meta[@name='PubDate']/@content",
        source_meta="//meta[@name='ContentSource']/@content",
        source_noise=("【字号：大 中 小】",),
    ),
)
