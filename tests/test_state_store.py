"""The SQLite state store on its own: run ids, two-phase delivery, recovery of killed runs."""

from __future__ import annotations

import json
import sqlite3

import pytest

from newscrawl.state.sqlite import SQLiteStore

T = "2026-11-26T09-57-54+00-00"


def add(store: SQLiteStore, run_id: str, article_id: str) -> None:
    store.add_pending(run_id, article_id=article_id, site="sxrb", canonical_url=f"http://h/GB/1/{article_id}.html",
                      content_hash=article_id, fingerprint=None, text_len=0, published_at=None, version=1)


def test_runs_started_in_the_same_second_get_different_ids(tmp_path):
    store = SQLiteStore(tmp_path / "state.sqlite")
    first = store.begin_run(T, "sxrb")
    second = store.begin_run(T, "sxrb")
    other_site = store.begin_run(T, "sxgov")  # sites share the state file of an output folder
    assert first == T and second == f"{T}-2" and other_site == f"{T}-3"


def test_a_run_id_whose_files_exist_is_not_reused(tmp_path):
    # The state file was deleted but the feeds were kept: a new run must not overwrite them.
    store = SQLiteStore(tmp_path / "state.sqlite")
    assert store.begin_run(T, "sxrb", taken=lambda rid: rid in {T, f"{T}-2"}) == f"{T}-3"


def test_killed_run_is_discarded_and_its_articles_become_unknown(tmp_path):
    store = SQLiteStore(tmp_path / "state.sqlite")
    done = store.begin_run(T, "sxrb")
    add(store, done, "sxrb:1")
    store.commit_run(done)
    killed = store.begin_run("2026-11-26T10-00-00+00-00", "sxrb")
    part = tmp_path / f"{killed}.jsonl.part"
    part.write_text('{"id": "sxrb:2"}\n{"id": "sx', encoding="utf-8")
    store.set_part(killed, str(part), str(tmp_path / f"{killed}.jsonl"))
    add(store, killed, "sxrb:2")

    [rec] = SQLiteStore(tmp_path / "state.sqlite").recover("sxrb")  # the next process
    assert (rec.run_id, rec.action, rec.articles) == (killed, "discarded", 1)
    assert not part.exists()
    assert store.get("sxrb:1") is not None and store.get("sxrb:2") is None


def test_finalizing_run_is_published_and_committed(tmp_path):
    store = SQLiteStore(tmp_path / "state.sqlite")
    run = store.begin_run(T, "sxrb")
    part, final = tmp_path / f"{run}.jsonl.part", tmp_path / f"{run}.jsonl"
    part.write_text(json.dumps({"id": "sxrb:1"}) + "\n", encoding="utf-8")
    store.set_part(run, str(part), str(final))
    add(store, run, "sxrb:1")
    store.mark_finalizing(run)  # killed before the rename

    [rec] = store.recover("sxrb")
    assert rec.action == "published_and_committed" and final.exists() and not part.exists()
    assert store.get("sxrb:1").pending is False


def test_pending_rows_of_a_run_with_no_live_record_are_forgotten(tmp_path):
    # What a run whose registration failed left behind (its rows carried the id of an older,
    # already settled run): nothing would ever commit or discard them, so their articles
    # would be "known" for ever and never delivered.  Recovery forgets them.
    store = SQLiteStore(tmp_path / "state.sqlite")
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


def test_a_duplicate_is_known_once_settled_and_while_its_original_is_delivered(tmp_path):
    store = SQLiteStore(tmp_path / "state.sqlite")
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


def test_a_duplicate_of_an_undelivered_original_is_not_known(tmp_path):
    # Another site's run found the original; this run settled its duplicate; then the
    # original's run died.  The duplicate must be fetched and delivered after all.
    store = SQLiteStore(tmp_path / "state.sqlite")
    theirs = store.begin_run(T, "sxgov")
    add(store, theirs, "sxgov:1")
    ours = store.begin_run(T, "sxrb")
    store.add_duplicate(ours, article_id="sxrb:5", original="sxgov:1", key="near_duplicate", canonical_url=None)
    store.commit_run(ours)
    assert "sxrb:5" not in store.known_ids(["sxrb:5"])  # the original is still pending
    store.abort_run(theirs, status="killed")
    assert "sxrb:5" not in store.known_ids(["sxrb:5"])


def test_failures_are_counted_once_per_run_and_given_up_after_enough_runs_and_time(tmp_path):
    store = SQLiteStore(tmp_path / "state.sqlite")
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


def test_lists_count_as_walked_only_once_their_run_commits(tmp_path):
    store = SQLiteStore(tmp_path / "state.sqlite")
    done = store.begin_run(T, "sxrb")
    store.mark_lists_walked(done, "sxrb", ["/GB/1/index.html", "/GB/2/index.html"])
    assert store.walked_lists("sxrb") == set()  # the run may still die
    store.commit_run(done)
    killed = store.begin_run(T, "sxrb")
    store.mark_lists_walked(killed, "sxrb", ["/GB/3/index.html"])
    store.abort_run(killed, status="killed")
    assert store.walked_lists("sxrb") == {"/GB/1/index.html", "/GB/2/index.html"}
    assert store.walked_lists("other") == set()


def test_a_finalizing_run_is_published_over_an_earlier_file_of_the_same_name(tmp_path):
    # -O FILE reused run after run: the final name exists already, holding an earlier run.
    store = SQLiteStore(tmp_path / "state.sqlite")
    run = store.begin_run(T, "sxrb")
    part, final = tmp_path / "out.jsonl.part", tmp_path / "out.jsonl"
    final.write_text('{"id": "sxrb:0"}\n', encoding="utf-8")
    part.write_text('{"id": "sxrb:1"}\n', encoding="utf-8")
    store.set_part(run, str(part), str(final))
    add(store, run, "sxrb:1")
    store.mark_finalizing(run)  # killed before the rename

    [rec] = store.recover("sxrb")
    assert rec.action == "published_and_committed" and not part.exists()
    assert final.read_text(encoding="utf-8") == '{"id": "sxrb:1"}\n'  # the articles it commits are in it


def test_aborting_an_update_counts_it_once_and_restores_the_delivered_version(tmp_path):
    store = SQLiteStore(tmp_path / "state.sqlite")
    first = store.begin_run(T, "sxrb")
    add(store, first, "sxrb:1")
    store.commit_run(first)
    second = store.begin_run(T, "sxrb")
    store.add_pending(second, article_id="sxrb:1", site="sxrb", canonical_url=None, content_hash="changed",
                      fingerprint=None, text_len=0, published_at=None, version=2)
    assert store.abort_run(second) == 1
    known = store.get("sxrb:1")
    assert (known.version, known.content_hash, known.pending) == (1, "sxrb:1", False)


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
