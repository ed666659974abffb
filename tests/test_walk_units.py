"""Units of the profile-free walk: script lists and pagers (:mod:`newscrawl.sites.lists`), the
site policy (:mod:`newscrawl.sites.policy`: IDN hosts, ports, learned shapes, traps)."""

from __future__ import annotations

from lxml import html as lxml_html

from newscrawl.sites import lists
from newscrawl.sites.policy import SitePolicy, shape_of

BASE = "http://news.example.cn/col/col12/index.html"


def read(markup: str, max_links: int = 100, url: str = BASE):
    return lists.read_page(lxml_html.fromstring(markup), url, max_links)


def test_a_list_is_sibling_title_links_not_a_menu():
    page = read(
        "<div class=nav><a href='/a/'>要闻</a><a href='/b/'>政务</a><a href='/c/'>民生</a></div>"
        "<ul><li><a href='/x/1.html'>全县春耕生产全面铺开</a></li><li><a href='/x/2.html'>义诊服务送到群众身边</a></li>"
        "<li><a href='/x/3.html'>老窑洞变身精品民宿</a></li></ul>")
    assert [link.in_list for link in page.links] == [False, False, False, True, True, True]


def test_hanweb_datastore_records_and_next_group():
    markup = """<div id="4711"><script type="text/xml"><datastore>
<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&webid=7&columnid=12&unitid=4711&webname=汾水"></a>]]></nextgroup>
<recordset><record><![CDATA[<li><a href="/art/2024/5/3/art_12_100.html">第一条新闻标题很长</a></li>]]></record>
<record><![CDATA[<li><a href="/art/2024/5/2/art_12_99.html">第二条新闻标题很长</a></li>]]></record></recordset>
</datastore></script></div><script>$('#4711').jpage({ perPage: 1, totalRecord: 5, groupSize: 2 });</script>"""
    page = read(markup)
    assert [link.url for link in page.links] == ["http://news.example.cn/art/2024/5/3/art_12_100.html",
                                               "http://news.example.cn/art/2024/5/2/art_12_99.html"]
    assert all(link.in_list and link.source == "xml" for link in page.links)
    pagers, groups = lists.script_pagers(page.scripts, BASE)
    assert groups == 3
    (req,) = pagers
    assert req.method == "POST"
    assert req.url == "http://news.example.cn/module/web/jpage/dataproxy.jsp?startrecord=3&endrecord=4&perpage=1"
    assert dict(req.form) == {"webid": "7", "columnid": "12", "unitid": "4711", "webname": "汾水"}
    answer = "<datastore><totalrecord>5</totalrecord><recordset><record><![CDATA[<a href='/a'>x</a>]]></record>" \
             "<record><![CDATA[<a href='/b'>y</a>]]></record></recordset></datastore>"
    nxt = lists.service_next(req, answer)
    assert nxt.url.endswith("startrecord=5&endrecord=5&perpage=1") and nxt.form == req.form
    last = "<datastore><totalrecord>5</totalrecord><recordset><record>x</record></recordset></datastore>"
    assert lists.service_next(nxt, last) is None


def test_trs_create_page_html_literal_and_variables():
    pagers, total = lists.script_pagers('createPageHTML(4, 1, "index", "htm");', "http://h/a/index_1.htm")
    assert [p.url for p in pagers] == ["http://h/a/index_2.htm"] and total == 4
    pagers, total = lists.script_pagers('var countPage = 3//共多少页\nvar currentPage = 2;\n'
                                        'createPageHTML(countPage, currentPage, "index", "shtml");', "http://h/a/")
    assert pagers == [] and total == 3  # the last page: nothing further
    pagers, _ = lists.script_pagers("var countPage = 5;var currentPage = 0;", "http://h/b/list.html")
    assert [p.url for p in pagers] == ["http://h/b/list_1.html"]


def test_js_arrays_and_document_write():
    markup = """<script>var newsList = [{title: "县里召开春耕生产会议", url: "/content/2024-05/03/content_7.htm", date: "2024-05-03"},
{"title": "\\u4e61\\u6751\\u632f\\u5174\\u65b0\\u8fdb\\u5c55", "url": "/content/2024-05/02/content_6.htm"}];
document.write('<a href="node_3_2.htm">\\u4e0b\\u4e00\\u9875</a>');
document.write('<li><a href="' + x.url + '">' + x.title + '</a></li>');</script>"""
    page = read(markup, url="http://h/node_3.htm")
    got = {(link.url, link.text, link.source) for link in page.links}
    assert got == {("http://h/content/2024-05/03/content_7.htm", "县里召开春耕生产会议", "js"),
                   ("http://h/content/2024-05/02/content_6.htm", "乡村振兴新进展", "js"),
                   ("http://h/node_3_2.htm", "下一页", "write")}


def test_max_links_bounds_what_is_read():
    markup = "<ul>" + "".join(f"<li><a href='/x/{i}.html'>第{i}条新闻的标题</a></li>" for i in range(5000)) + "</ul>"
    page = read(markup, max_links=300)
    assert len(page.links) == 300 and page.truncated


def test_policy_idn_hosts_ports_and_allowed_domains():
    policy = SitePolicy("http://新闻.中国:8080/")
    assert policy.host == "xn--efvy88h.xn--fiqs8s"
    assert policy.allowed_domains == [policy.host]
    assert policy.on_site(f"http://{policy.host}:8080/a.html")
    assert policy.on_site("http://新闻.中国:8080/a.html")
    assert not policy.on_site(f"http://{policy.host}/a.html")  # port 80: another server
    assert not policy.on_site(f"https://{policy.host}:8443/a.html")
    assert policy.url("http://新闻.中国:8080/a.html") == f"http://{policy.host}:8080/a.html"


def test_policy_learns_an_article_shape_once():
    policy = SitePolicy("http://h/")
    url = "http://h/art/2024/5/3/art_12_345.html"
    assert policy.article_match(url) is None
    assert policy.learn(url) and not policy.learn("http://h/art/2023/12/31/art_9_1.html")
    assert shape_of("/art/2024/5/3/art_12_345.html") in policy.learned
    assert policy.article_match("http://h/art/2023/12/31/art_9_77.html").id == "77"
    assert policy.article_match("http://h/col/col12/index.html") is None
    assert not policy.learn("http://h/content/2024-05/03/content_1.htm")  # a known shape already


def test_traps_calendars_and_search():
    assert SitePolicy.is_trap("http://h/col/col1/index.html?date=2024-05-03")
    assert SitePolicy.is_trap("http://h/node_1.htm?day=20240503")
    assert SitePolicy.is_trap("http://h/archive/x.html", "前一天")
    assert SitePolicy.is_trap("http://h/search/index.html")
    assert not SitePolicy.is_trap("http://h/col/col1/index.html?uid=20240503999&pageNum=2")
    assert not SitePolicy.is_trap("http://h/list_3_2.html", "下一页")
    assert SitePolicy.is_list_url("http://h/list_3_2.html")
