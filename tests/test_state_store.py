"""The state stores on their own: run ids, two-phase delivery, recovery of killed runs, and all
the crawl learns of a portal.

Every test that takes ``stores`` runs twice: on the SQLite store and on the Redis store (a real
redis-server, the ``redis_url`` fixture): the same calls must give the same answers, which is
what lets the run core and the spider use either (``newscrawl/state/__init__.py`` lists the
interface).  Where the two differ by design (Redis tells a dead run by its heartbeat rather than
by a lock) the difference is in :class:`Stores`, not in the tests.
"""

from __future__ import annotations

import json
import sqlite3
import time
import uuid
from datetime import datetime, timedelta, timezone

import pytest

from newscrawl.state import RedisStore, StateError
from newscrawl.state.sqlite import SQLiteStore

T = "2026-11-26T09-57-54+00-00"


class Stores:
    """Stores of one kind that share their state: ``open()`` is the next process opening it."""

    def __init__(self, kind: str, tmp_path, redis_url: str | None):
        self.kind, self.tmp_path, self.redis_url = kind, tmp_path, redis_url
        self.prefix = f"t{uuid.uuid4().hex[:8]}:"
        self.opened = []

    def open(self):
        if self.kind == "sqlite":
            store = SQLiteStore(self.tmp_path / "state.sqlite")
        else:
            store = RedisStore(self.redis_url, prefix=self.prefix, alive_ttl=0.3)
        self.opened.append(store)
        return store

    def kill(self, store, *run_ids: str) -> None:
        """The processes running ``run_ids`` die.  SQLite: their lock is free (nothing to do
        here); Redis: their heartbeats stop, and their keys expire."""
        if self.kind == "redis":
            for run_id in run_ids:
                store._stop_heartbeat(run_id)
            time.sleep(0.5)

    def close(self):
        for store in self.opened:
            store.close()


@pytest.fixture(params=["sqlite", "redis"])
def stores(request, tmp_path):
    redis_url = request.getfixturevalue("redis_url") if request.param == "redis" else None
    made = Stores(request.param, tmp_path, redis_url)
    yield made
    made.close()


def add(store, run_id: str, article_id: str, **fields) -> None:
    values = dict(site="sxrb", canonical_url=f"http://h/GB/1/{article_id}.html", content_hash=article_id,
                  fingerprint=None, text_len=0, published_at=None, version=1)
    values.update(fields)
    store.add_pending(run_id, article_id=article_id, **values)


def test_runs_started_in_the_same_second_get_different_ids(stores, tmp_path):
    store = stores.open()
    first = store.begin_run(T, "sxrb")
    second = store.begin_run(T, "sxrb")
    other_site = store.begin_run(T, "sxgov")  # sites share the state file of an output folder
    assert first == T and second == f"{T}-2" and other_site == f"{T}-3"


def test_a_run_id_whose_files_exist_is_not_reused(stores, tmp_path):
    # The state file was deleted but the feeds were kept: a new run must not overwrite them.
    store = stores.open()
    assert store.begin_run(T, "sxrb", taken=lambda rid: rid in {T, f"{T}-2"}) == f"{T}-3"


def test_killed_run_is_discarded_and_its_articles_become_unknown(stores, tmp_path):
    store = stores.open()
    done = store.begin_run(T, "sxrb")
    add(store, done, "sxrb:1")
    store.commit_run(done)
    killed = store.begin_run("2026-11-26T10-00-00+00-00", "sxrb")
    part = tmp_path / f"{killed}.jsonl.part"
    part.write_text('{"id": "sxrb:2"}\n{"id": "sx', encoding="utf-8")
    store.set_part(killed, str(part), str(tmp_path / f"{killed}.jsonl"))
    add(store, killed, "sxrb:2")

    stores.kill(store, killed)
    [rec] = stores.open().recover("sxrb")  # the next process
    assert (rec.run_id, rec.action, rec.articles) == (killed, "discarded", 1)
    assert not part.exists()
    assert store.get("sxrb:1") is not None and store.get("sxrb:2") is None


def test_finalizing_run_is_published_and_committed(stores, tmp_path):
    store = stores.open()
    run = store.begin_run(T, "sxrb")
    part, final = tmp_path / f"{run}.jsonl.part", tmp_path / f"{run}.jsonl"
    part.write_text(json.dumps({"id": "sxrb:1"}) + "\n", encoding="utf-8")
    store.set_part(run, str(part), str(final))
    add(store, run, "sxrb:1")
    store.mark_finalizing(run)  # killed before the rename

    stores.kill(store, run)
    [rec] = stores.open().recover("sxrb")
    assert rec.action == "published_and_committed" and final.exists() and not part.exists()
    assert store.get("sxrb:1").pending is False


def test_pending_rows_of_a_run_with_no_live_record_are_forgotten(stores, tmp_path):
    # What a run whose registration failed left behind (its rows carried the id of an older,
    # already settled run): nothing would ever commit or discard them, so their articles
    # would be "known" for ever and never delivered.  Recovery forgets them.
    store = stores.open()
    old = store.begin_run(T, "sxrb")
    store.abort_run(old, status="killed")
    add(store, old, "sxrb:7")
    add(store, "never-registered", "sxrb:8")
    alive = store.begin_run("2026-11-26T11-00-00+00-00", "sxgov")  # another site's run, still going
    add(store, alive, "sxgov:1")

    recs = store.recover("sxrb")
    assert sorted((r.run_id, r.articles) for r in recs) == [(T, 1), ("never-registered", 1)]
    assert store.get("sxrb:7") is None and store.get("sxrb:8") is None
    assert store.get("sxgov:1").pending is True  # a live run's rows are not touched


def test_a_duplicate_is_known_once_settled_and_while_its_original_is_delivered(stores, tmp_path):
    store = stores.open()
    first = store.begin_run(T, "sxrb")
    add(store, first, "sxrb:1")
    store.add_duplicate(first, article_id="other:9", original="sxrb:1", key="near_duplicate",
                        canonical_url="http://other/9.html")
    assert "other:9" not in store.known_ids(["other:9"])  # the run may still die
    store.commit_run(first)
    dup = store.known_ids(["other:9"])["other:9"]
    assert (dup.pending, dup.canonical_url, dup.content_hash) == (False, "http://other/9.html", None)

    # A duplicate found by a run that dies is forgotten with the run.
    killed = store.begin_run(T, "sxrb")
    store.add_duplicate(killed, article_id="other:10", original="sxrb:1", key="content_hash", canonical_url=None)
    store.abort_run(killed)
    store.commit_run(killed)  # (nothing left to commit)
    assert "other:10" not in store.known_ids(["other:10"])


def test_a_duplicate_of_an_undelivered_original_is_not_known(stores, tmp_path):
    # Another site's run found the original; this run settled its duplicate; then the
    # original's run died.  The duplicate must be fetched and delivered after all.
    store = stores.open()
    theirs = store.begin_run(T, "sxgov")
    add(store, theirs, "sxgov:1")
    ours = store.begin_run(T, "sxrb")
    store.add_duplicate(ours, article_id="sxrb:5", original="sxgov:1", key="near_duplicate", canonical_url=None)
    store.commit_run(ours)
    assert "sxrb:5" not in store.known_ids(["sxrb:5"])  # the original is still pending
    store.abort_run(theirs, status="killed")
    assert "sxrb:5" not in store.known_ids(["sxrb:5"])


def test_failures_are_counted_once_per_run_and_given_up_after_enough_runs_and_time(stores, tmp_path):
    store = stores.open()
    for run in ("r1", "r1", "r2"):  # twice in one run counts once
        store.record_failure(run, article_id="sxrb:1", site="sxrb", url="http://h/GB/1/1.html", reason="http_404")
    assert store.failures() == [("sxrb:1", "http_404", 2)]
    def given_up(ids, attempts, min_hours):
        held = store.held_back(ids, give_up_after=attempts, min_hours=min_hours, backoff_hours=0)
        return {i for i, h in held.items() if h.status == "given_up"}

    assert given_up(["sxrb:1", "sxrb:2"], attempts=2, min_hours=0) == {"sxrb:1"}
    assert given_up(["sxrb:1"], attempts=3, min_hours=0) == set()  # not enough runs
    assert given_up(["sxrb:1"], attempts=2, min_hours=24) == set()  # not long enough
    assert given_up(["sxrb:1"], attempts=0, min_hours=0) == set()  # giving up switched off
    store.clear_failure("sxrb:1")  # delivered in the end
    assert store.failures() == []


def test_lists_count_as_walked_only_once_their_run_commits(stores, tmp_path):
    store = stores.open()
    done = store.begin_run(T, "sxrb")
    store.mark_lists_walked(done, "sxrb", ["/GB/1/index.html", "/GB/2/index.html"])
    assert store.walked_lists("sxrb") == set()  # the run may still die
    store.commit_run(done)
    killed = store.begin_run(T, "sxrb")
    store.mark_lists_walked(killed, "sxrb", ["/GB/3/index.html"])
    store.abort_run(killed, status="killed")
    assert store.walked_lists("sxrb") == {"/GB/1/index.html", "/GB/2/index.html"}
    assert store.walked_lists("other") == set()


def test_a_finalizing_run_is_published_over_an_earlier_file_of_the_same_name(stores, tmp_path):
    # -O FILE reused run after run: the final name exists already, holding an earlier run.
    store = stores.open()
    run = store.begin_run(T, "sxrb")
    part, final = tmp_path / "out.jsonl.part", tmp_path / "out.jsonl"
    final.write_text('{"id": "sxrb:0"}\n', encoding="utf-8")
    part.write_text('{"id": "sxrb:1"}\n', encoding="utf-8")
    store.set_part(run, str(part), str(final))
    add(store, run, "sxrb:1")
    store.mark_finalizing(run)  # killed before the rename

    stores.kill(store, run)
    [rec] = stores.open().recover("sxrb")
    assert rec.action == "published_and_committed" and not part.exists()
    assert final.read_text(encoding="utf-8") == '{"id": "sxrb:1"}\n'  # the articles it commits are in it


def test_aborting_an_update_counts_it_once_and_restores_the_delivered_version(stores, tmp_path):
    store = stores.open()
    first = store.begin_run(T, "sxrb")
    add(store, first, "sxrb:1")
    store.commit_run(first)
    second = store.begin_run(T, "sxrb")
    store.add_pending(second, article_id="sxrb:1", site="sxrb", canonical_url=None, content_hash="changed",
                      fingerprint=None, text_len=0, published_at=None, version=2)
    assert store.abort_run(second) == 1
    known = store.get("sxrb:1")
    assert (known.version, known.content_hash, known.pending) == (1, "sxrb:1", False)


def test_an_aborted_run_forgets_the_sightings_of_articles_it_did_not_deliver(stores, tmp_path):
    store = stores.open()
    first = store.begin_run(T, "sxrb")
    add(store, first, "sxrb:1")
    assert store.add_sighting("sxrb:1", "http://h/GB/2/1.html", ["要闻"], first) is True
    assert store.add_sighting("sxrb:1", "http://h/GB/2/1.html", ["要闻"], first) is False  # not news twice
    store.commit_run(first)
    second = store.begin_run(T, "sxrb")
    add(store, second, "sxrb:2")
    store.add_sighting("sxrb:2", "http://h/GB/3/2.html", None, second)
    store.add_sighting("sxrb:1", "http://h/GB/3/1.html", None, second)
    store.abort_run(second)
    assert store.sightings("sxrb:1") == ["http://h/GB/2/1.html", "http://h/GB/3/1.html"]  # a delivered one's stay
    assert store.sightings("sxrb:2") == []


def test_duplicates_are_found_by_url_then_hash_then_fingerprint_on_long_texts_only(stores, tmp_path):
    store = stores.open()
    fp = 0x0F0F_0000_FFFF_1234
    run = store.begin_run(T, "sxrb")
    add(store, run, "sxrb:1", content_hash="a", fingerprint=fp, text_len=300)
    add(store, run, "sxrb:2", content_hash="b", fingerprint=fp ^ (1 << 40), text_len=50)  # short: not near-matched
    store.commit_run(run)

    def find(**kw):
        values = dict(article_id="sxrb:5", canonical_url=None, content_hash="x", fingerprint=None, text_len=0)
        return store.find_duplicate(**{**values, **kw})

    assert find(canonical_url="http://h/GB/1/sxrb:2.html", content_hash="a") == ("canonical_url", "sxrb:2")
    assert find(content_hash="b") == ("content_hash", "sxrb:2")
    assert find(fingerprint=fp ^ 0b10101, text_len=300) == ("near_duplicate", "sxrb:1")  # 3 bits away
    assert find(fingerprint=fp ^ 0b111111, text_len=300) is None  # 6 bits: another article
    assert find(fingerprint=fp ^ 0b1, text_len=99) is None  # too short to tell by a fingerprint
    assert find(article_id="sxrb:1", content_hash="a") is None  # an article is not its own duplicate


def test_failed_articles_back_off_then_are_given_up(stores, tmp_path):
    store = stores.open()
    store.record_failure("r1", article_id="sxrb:1", site="sxrb", url="http://h/1", reason="http_404")
    held = store.held_back(["sxrb:1", "sxrb:2"], give_up_after=3, min_hours=24, backoff_hours=6)
    assert list(held) == ["sxrb:1"] and (held["sxrb:1"].status, held["sxrb:1"].reason,
                                         held["sxrb:1"].attempts) == ("backing_off", "http_404", 1)
    assert store.held_back(["sxrb:1"], give_up_after=3, min_hours=24, backoff_hours=0) == {}  # no back-off
    store.record_failure("r2", article_id="sxrb:1", site="sxrb", url="http://h/1", reason="http_410")
    held = store.held_back(["sxrb:1"], give_up_after=2, min_hours=0, backoff_hours=6)
    assert (held["sxrb:1"].status, held["sxrb:1"].reason, held["sxrb:1"].attempts) == ("given_up", "http_410", 2)


def test_list_resume_points_count_once_their_run_commits(stores, tmp_path):
    store = stores.open()
    first = store.begin_run(T, "sxrb")
    store.set_resume(first, "sxrb", "/GB/1/index.html", "http://h/GB/1/index5.html", ["要闻"])
    store.set_resume(first, "sxrb", "/GB/2/index.html", "http://h/GB/2/index5.html")
    assert store.resumes("sxrb") == {}  # the run may still die
    store.commit_run(first)
    assert store.resumes("sxrb") == {"/GB/1/index.html": ("http://h/GB/1/index5.html", ["要闻"]),
                                     "/GB/2/index.html": ("http://h/GB/2/index5.html", [])}
    second = store.begin_run(T, "sxrb")  # goes on from page 5 of list 1, reaches the end of list 2
    store.set_resume(second, "sxrb", "/GB/1/index.html", "http://h/GB/1/index9.html", ["要闻"])
    store.set_resume(second, "sxrb", "/GB/2/index.html", None)
    killed = store.begin_run(T, "sxrb")
    store.set_resume(killed, "sxrb", "/GB/3/index.html", "http://h/GB/3/index5.html")
    store.abort_run(killed, status="killed")
    store.commit_run(second)
    assert store.resumes("sxrb") == {"/GB/1/index.html": ("http://h/GB/1/index9.html", ["要闻"])}
    assert store.resumes("other") == {}


def test_the_channel_tree_is_remembered_with_its_dead_pages_for_its_age(stores, tmp_path):
    store = stores.open()
    assert store.tree("sxrb", "h", 6) is None
    store.save_tree("sxrb", "h", [("/GB/2/", ["要闻"]), ("/GB/1/", ["时政"])], failed={"/GB/9/": "http_404"})
    tree = store.tree("sxrb", "h", 6)
    assert tree.columns == [("/GB/1/", ["时政"]), ("/GB/2/", ["要闻"])] and tree.failed == {"/GB/9/": "http_404"}
    old = (datetime.now(timezone.utc) - timedelta(hours=7)).replace(microsecond=0).isoformat()
    store.save_tree("sxrb", "h", [("/GB/1/", ["时政"])], failed={}, walked_at=old)  # a column found dead since
    assert store.tree("sxrb", "h", 6) is None and store.tree("sxrb", "h", 8).walked_at == old
    assert store.tree("sxrb", "other", 8) is None


def test_a_store_that_knows_nothing_of_a_site_is_rebuilt_from_its_feeds(stores, tmp_path):
    store = stores.open()
    assert store.is_new("sxrb")
    store.add_done_run(T, "sxrb", str(tmp_path / f"{T}.jsonl"))
    store.add_delivered(run_id=T, article_id="sxrb:1", site="sxrb", canonical_url="http://h/1", content_hash="a",
                        fingerprint=0x0F0F_0000_FFFF_1234, text_len=300, published_at=None, version=2)
    assert not store.is_new("sxrb") and store.is_new("other")
    known = store.known_ids(["sxrb:1"])["sxrb:1"]
    assert (known.version, known.content_hash, known.pending) == (2, "a", False)
    assert store.find_duplicate(article_id="sxrb:5", canonical_url=None, content_hash=None,
                                fingerprint=0x0F0F_0000_FFFF_1234 ^ 1, text_len=300) == ("near_duplicate", "sxrb:1")
    assert stores.open().begin_run(T, "sxrb") == f"{T}-2"  # the rebuilt run's id is taken


def test_a_live_run_of_another_worker_is_not_settled_and_a_dead_one_is_settled_once(redis_url, tmp_path):
    """Redis only: workers of a shared crawl recover beside live runs, and join at once."""
    prefix = f"t{uuid.uuid4().hex[:8]}:"
    worker = RedisStore(redis_url, prefix=prefix, alive_ttl=0.3)
    live, dead = worker.begin_run(T, "sxrb"), worker.begin_run(T, "sxrb")
    add(worker, live, "sxrb:1")
    add(worker, dead, "sxrb:2")
    worker._stop_heartbeat(dead)
    time.sleep(0.5)
    joining = [RedisStore(redis_url, prefix=prefix, alive_ttl=0.3) for _ in range(3)]
    settled = [r.run_id for store in joining for r in store.recover("sxrb")]
    assert settled == [dead]
    assert worker.get("sxrb:1").pending is True and worker.get("sxrb:2") is None
    assert worker.commit_run(live) == 1
    for store in [worker, *joining]:
        store.close()


def test_a_redis_store_that_cannot_be_reached_is_a_one_line_state_error(tmp_path):
    import socket

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(StateError) as caught:
        RedisStore(f"redis://:secret@127.0.0.1:{port}/0")
    assert "\n" not in str(caught.value) and "secret" not in str(caught.value)
    assert f"127.0.0.1:{port}" in str(caught.value)


def test_a_feed_is_not_published_when_the_state_cannot_record_it(tmp_path):
    from scrapy.utils.test import get_crawler

    from newscrawl import feeds

    crawler = get_crawler()

    def state_down(storage):
        raise sqlite3.OperationalError("database is locked")

    crawler.signals.connect(state_down, signal=feeds.feed_finalizing)
    storage = feeds.AtomicFileFeedStorage(str(tmp_path / "out.jsonl"), crawler=crawler)
    file = storage.open(None)
    file.write(b'{"id": "sxrb:1"}\n')
    with pytest.raises(sqlite3.OperationalError):
        storage.store(file)
    assert not (tmp_path / "out.jsonl").exists() and not (tmp_path / "out.jsonl.part").exists()


def test_the_dedupe_step_is_one_step_for_every_worker(redis_url):
    """Redis only: two workers get the same article at once; under ``exclusive()`` the second
    sees the first one's pending article (without it, both would find it new and emit it)."""
    import threading

    prefix = f"t{uuid.uuid4().hex[:8]}:"
    a, b = (RedisStore(redis_url, prefix=prefix) for _ in range(2))
    run_a, run_b = a.begin_run(T, "sxrb"), b.begin_run(T, "sxrb")
    inside, seen = threading.Event(), {}

    def worker_a():
        with a.exclusive():
            seen["a"] = a.get("sxrb:1")
            inside.set()
            time.sleep(0.3)  # b is waiting for the lock meanwhile
            add(a, run_a, "sxrb:1")

    thread = threading.Thread(target=worker_a)
    thread.start()
    inside.wait(5)
    with b.exclusive():
        seen["b"] = b.get("sxrb:1")
    thread.join()
    assert seen["a"] is None and seen["b"] is not None and seen["b"].pending
    b.abort_run(run_b)
    for store in (a, b):
        store.close()


def test_a_dedupe_step_that_outlived_its_lock_still_ends_normally(redis_url, caplog):
    """Redis only: the step's item must still reach the feed; the late holder is warned."""
    store = RedisStore(redis_url, prefix=f"t{uuid.uuid4().hex[:8]}:", alive_ttl=0.2)
    with caplog.at_level("WARNING"), store.exclusive():
        time.sleep(0.4)  # a stalled machine: the lock expires under its holder
    assert "took longer than NEWSCRAWL_REDIS_WORKER_TTL" in caplog.text
    with store.exclusive():  # and it is free again
        pass
    store.close()
# -- issue 10's keys: sightings with their site, the sentence-anchor index, the run's findings --
def test_a_sighting_of_a_duplicate_is_its_originals_and_names_its_site(stores, tmp_path):
    store = stores.open()
    run = store.begin_run(T, "sxrb")
    add(store, run, "sxrb:1")
    store.add_duplicate(run, article_id="other:9", original="sxrb:1", key="near_duplicate", canonical_url="http://o/9")
    assert store.add_sighting("other:9", "http://o/9.html", ["要闻"], run, site="other") is True
    assert store.original_of("other:9") == "sxrb:1" and store.original_of("sxrb:1") is None
    [seen] = store.sighting_list("sxrb:1")
    assert (seen.url, seen.site, seen.channel, seen.run_id) == ("http://o/9.html", "other", ["要闻"], run)
    assert store.sightings("other:9") == []
    store.commit_run(run)
    findings = store.run_findings(run)
    assert [(f["article_id"], f["url"], f["site"], f["channel"]) for f in findings["sightings"]] == [
        ("sxrb:1", "http://o/9.html", "other", ["要闻"])]
    assert findings["duplicates"] == [{"id": "other:9", "original": "sxrb:1", "key": "near_duplicate",
                                       "canonical_url": "http://o/9"}]
    assert store.run_findings("another run") == {"sightings": [], "duplicates": []}


def test_sightings_met_before_a_story_is_found_a_duplicate_move_to_its_original(stores, tmp_path):
    store = stores.open()
    run = store.begin_run(T, "sxrb")
    add(store, run, "sxrb:1")
    # The reprint was listed in a second column (a sighting of its own) before its text showed
    # it to be a reprint of sxrb:1; and sxrb:1 already has that URL from elsewhere once.
    assert store.add_sighting("other:9", "http://o/col2/9.html", ["二栏"], run, site="other") is True
    assert store.add_sighting("other:9", "http://o/col3/9.html", ["三栏"], run, site="other") is True
    assert store.add_sighting("sxrb:1", "http://o/col3/9.html", ["三栏"], run, site="other") is True
    store.add_duplicate(run, article_id="other:9", original="sxrb:1", key="near_duplicate", canonical_url="http://o/9")
    assert store.sightings("other:9") == []
    assert sorted(store.sightings("sxrb:1")) == ["http://o/col2/9.html", "http://o/col3/9.html"]
    store.commit_run(run)
    assert sorted((f["article_id"], f["url"]) for f in store.run_findings(run)["sightings"]) == [
        ("sxrb:1", "http://o/col2/9.html"), ("sxrb:1", "http://o/col3/9.html")]


def test_a_rebuilt_store_has_its_duplicates_and_sightings_back(stores, tmp_path):
    store = stores.open()
    store.add_done_run(T, "sxrb", str(tmp_path / f"{T}.jsonl"))
    store.add_delivered(run_id=T, article_id="sxrb:1", site="sxrb", canonical_url=None, content_hash="a",
                        fingerprint=None, text_len=0, published_at=None, version=1, sentences=["第一句话", "第二句话"])
    store.add_known_duplicate(article_id="other:9", original="sxrb:1", key="content_hash", canonical_url=None, run_id=T)
    store.add_sighting("sxrb:1", "http://o/9.html", None, T, site="other", seen_at="2026-11-26T10:00:00+00:00")
    assert store.known_ids(["other:9"])["other:9"].version == 0  # settled: not fetched again
    [seen] = store.sighting_list("sxrb:1")
    assert (seen.site, seen.seen_at) == ("other", "2026-11-26T10:00:00+00:00")
    assert store.without_sentences("sxrb") == set() and not store.sentences_due("sxrb")


def test_a_reprint_is_found_by_its_sentences_once_and_the_earliest_original_wins(stores, tmp_path):
    story = ["吕梁市召开全市安全生产工作会议", "会议要求各县市区压实责任", "切实做好汛期安全防范工作",
             "市应急管理局主要负责人出席会议并讲话"]
    reprint = ["据吕梁日报报道", *story, "记者了解到相关工作正在有序推进"]
    store = stores.open()

    def find(sents, aid="other:1"):
        return store.find_duplicate(article_id=aid, canonical_url=None, content_hash=None, fingerprint=None,
                                    text_len=sum(map(len, sents)), sentences=sents)

    killed = store.begin_run(T, "sxrb")
    add(store, killed, "sxrb:1", sentences=story)
    assert find(reprint) == ("near_duplicate", "sxrb:1")
    store.abort_run(killed, status="killed")
    assert find(reprint) is None  # the killed run's sentences went with it
    first = store.begin_run(T, "sxrb")
    add(store, first, "sxrb:2", sentences=story)
    store.commit_run(first)
    later = store.begin_run(T, "sxrb")
    add(store, later, "sxrb:3", sentences=[*story, "有关负责人表示将进一步完善长效机制"])
    assert find(reprint) == ("near_duplicate", "sxrb:2")  # both are the story: the first delivered wins
    assert find(["某县召开农业农村工作会议", "会议部署了春耕生产", "要求抓好粮食安全"]) is None
    assert store.without_sentences("sxrb") == set()


def test_the_near_duplicate_check_answers_alike_on_both_stores(redis_url, replica):
    """The detector itself, on real replica articles and the edits reprinting portals make
    (tests/reprint_edits.py), plus template near-misses: the Redis store finds what SQLite finds."""
    import random

    from newscrawl.fingerprint import sentence_keys

    from .reprint_edits import EDITS, near_miss_pairs

    sqlite_store = SQLiteStore(":memory:")
    redis_store = RedisStore(redis_url, prefix=f"t{uuid.uuid4().hex[:8]}:")
    articles = replica.articles[:150]

    def keys(text):
        sents, chash, fp = sentence_keys(text)
        return dict(content_hash=chash, fingerprint=fp, text_len=sum(map(len, sents)), sentences=sents)

    for store in (sqlite_store, redis_store):
        for a in articles:
            store.add_pending("r", article_id=a.id, site="t", canonical_url=None, published_at=None, version=1,
                              **keys("\n".join(a.paragraphs)))
    rng = random.Random(11)
    probes = [(f"{kind}:{a.id}", made[0]) for kind, make in EDITS.items() if kind != "images removed"
              for a in articles[:25] if (made := make(a, rng)) is not None]
    probes += [(f"miss:{n}", b) for n, (_family, _a, b) in enumerate(near_miss_pairs(random.Random(3), per_family=10))]
    answers = {name: [store.find_duplicate(article_id=aid, canonical_url=None, **keys(text)) for aid, text in probes]
               for name, store in (("sqlite", sqlite_store), ("redis", redis_store))}
    assert answers["redis"] == answers["sqlite"]
    edited = [(aid, a) for (aid, _t), a in zip(probes, answers["sqlite"]) if not aid.startswith("miss:")]
    hits = sum(a is not None and a[1] == aid.split(":", 1)[1] for aid, a in edited)
    assert len(edited) >= 100 and hits >= 0.95 * len(edited)  # so equal answers are found reprints
    assert all(a is None for (aid, _t), a in zip(probes, answers["sqlite"]) if aid.startswith("miss:"))
    redis_store.close()


def test_an_aborted_update_puts_the_delivered_sentences_back(stores, tmp_path):
    story = ["吕梁市召开全市安全生产工作会议", "会议要求各县市区压实责任", "切实做好汛期安全防范工作"]
    other = ["兴县举办农民丰收节", "现场展示了小杂粮等特色农产品", "吸引群众前来选购"]
    store = stores.open()

    def find(sents):
        return store.find_duplicate(article_id="other:1", canonical_url=None, content_hash=None, fingerprint=None,
                                    text_len=sum(map(len, sents)), sentences=sents)

    first = store.begin_run(T, "sxrb")
    add(store, first, "sxrb:1", sentences=story)
    store.commit_run(first)
    update = store.begin_run(T, "sxrb")
    add(store, update, "sxrb:1", content_hash="changed", version=2, sentences=other)
    assert find(other) == ("near_duplicate", "sxrb:1") and find(story) is None
    store.abort_run(update, status="killed")
    assert find(story) == ("near_duplicate", "sxrb:1") and find(other) is None
