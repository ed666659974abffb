"""The walk's state (:class:`newscrawl.spiders.frontier.Frontier`), alone: no crawler, no HTTP."""

from __future__ import annotations

from newscrawl.spiders.frontier import Frontier


def test_lists_keys_and_fates():
    f = Frontier()
    key = f.list_key("http://h/col/col1/index.html?uid=3")
    assert key == "/col/col1/index.html?uid=3"
    assert f.list_key("http://h/col/col1/index_2.html", key) == key  # carried along the pager
    other = f.list_key("http://h/b/")
    f.list_failed(other)
    stopped = f.list_key("http://h/c/")
    f.list_stopped(stopped)
    assert f.walked_lists() == [key]


def test_streak_counts_pages_of_known_articles_only():
    assert Frontier.streak(0, ["a", "b"], {"a", "b"}) == 1
    assert Frontier.streak(1, ["a", "b"], {"a", "b", "c"}) == 2
    assert Frontier.streak(2, ["a", "x"], {"a"}) == 0
    assert Frontier.streak(2, [], {"a"}) == 0  # an empty page is not a known page


def test_one_request_per_article_and_fail_over():
    f = Frontier()
    assert f.claim("7", "http://h/a/7.html", "http://h/a/7.html")
    assert not f.claim("7", "http://h/b/7.html", "http://h/b/7.html")
    assert f.other_urls["7"] == {"http://h/b/7.html"}
    assert not f.add_alternative("7", "http://h/b/7.html", ["B"])  # the first is still in flight
    assert not f.add_alternative("7", "http://h/a/7.html", ["A"])  # the one tried is no alternative
    f.article_failed("7")
    assert f.has_alternative("7")
    assert f.next_alternative("7") == ("http://h/b/7.html", ["B"])
    assert "7" not in f.failed and not f.has_alternative("7")
    assert f.was_requested_as("7", "http://h/b/7.html")
    f.article_failed("7")
    assert f.add_alternative("7", "http://h/c/7.html", ["C"])  # all tried failed: try this now


def test_channel_from_the_walk_first():
    f = Frontier()
    for place in (["吕梁"], ["吕梁", "兴县"], ["吕梁", "兴县", "社会传真"], ["太原", "小店区", "民生关注"]):
        f.walked_place(place)
    # Only the breadcrumb: used as such.
    assert f.channel("1", ["吕梁", "兴县", "社会传真"], []) == (["吕梁", "兴县", "社会传真"], "breadcrumb")
    # Walk paths: the deepest, whatever the breadcrumb says in other words.
    f.listed("2", ["吕梁"])
    f.listed("2", ["吕梁", "兴县", "社会传真"])
    assert f.channel("2", ["县域新闻"], []) == (["吕梁", "兴县", "社会传真"], "walk")
    # Listed in two columns: the one its breadcrumb agrees with.
    f.listed("3", ["太原", "小店区", "民生关注"])
    f.listed("3", ["吕梁", "兴县", "社会传真"])
    assert f.channel("3", ["吕梁", "兴县", "社会传真"], [])[0] == ["吕梁", "兴县", "社会传真"]
    # Listed only under another column so far: the breadcrumb, in the walk's names, decides.
    f.listed("4", ["太原", "小店区", "民生关注"])
    assert f.channel("4", ["吕梁", "兴县", "社会传真"], []) == (["吕梁", "兴县", "社会传真"], "walk_breadcrumb")
    # … or below a place the walk has been, in a county it has not walked yet: the breadcrumb still
    # decides (which listing the walk meets first is the walk's order, not the article's column)
    f.walked_place(["吕梁", "临县"])
    f.listed("6", ["吕梁", "兴县", "社会传真"])
    assert f.channel("6", ["吕梁", "临县", "乡村振兴"], []) == (["吕梁", "临县", "乡村振兴"], "walk_breadcrumb")
    # (a breadcrumb that only shares the walk's top level names no place of it)
    f.listed("7", ["吕梁", "兴县", "社会传真"])
    assert f.channel("7", ["吕梁", "新闻"], []) == (["吕梁", "兴县", "社会传真"], "walk")
    # Listed only on a county page: its place, extended by an agreeing breadcrumb.
    f.listed("5", ["吕梁", "兴县"])
    assert f.channel("5", ["吕梁", "兴县", "社会传真"], []) == (["吕梁", "兴县", "社会传真"], "walk_extended")
    assert f.channel("5", [], []) == (["吕梁", "兴县"], "walk")
