"""State files of every earlier schema version open, migrate to the current one, and work.

Each file is written with the DDL that release wrote (``tests/state_schemas.py``) and rows as
that release stored them; opening it must keep every row, take the columns and tables added
since (a sighting's site, the bodies' sentences and anchors), and — on the site's next run —
read the sentences of the articles it already delivered back from the site's feeds, so that a
short reprint of an old article is recognised as well as one of a new article.
"""

from __future__ import annotations

import json
import sqlite3

import pytest
from scrapy.settings import Settings

from newscrawl.fingerprint import content_hash, sentence_keys, simhash
from newscrawl.run.rebuild import open_for_site
from newscrawl.state import SQLiteStore, StateError
from newscrawl.state.sqlite import SCHEMA_VERSION, bands

from .state_schemas import SCHEMAS

NOTICE = "吕梁市应急管理局关于做好2024年{}期间安全生产工作的通知，各县（市、区）应急管理局要加强值班值守，严格落实领导带班制度。"
ADDED = "记者了解到，相关工作正在有序推进。"


class Stats(dict):
    def set_value(self, key, value):
        self[key] = value


def _old_file(path, version: int, feed_dir, bodies: dict[str, str]) -> None:
    """A state file as release ``version`` left it after one run that delivered ``bodies``,
    with that run's feed in ``feed_dir``."""
    ddl, stamp = SCHEMAS[version]
    db = sqlite3.connect(path)
    db.executescript(ddl)
    db.execute(f"PRAGMA user_version = {stamp}")
    nbands = 4 if version == 1 else 6
    feed = []
    for aid, body in bodies.items():
        fp = simhash(body)
        signed = fp - (1 << 64) if fp >= 1 << 63 else fp
        b = [(fp >> (16 * i)) & 0xFFFF for i in range(4)] if version == 1 else list(bands(fp))
        text_len = len("".join(sentence_keys(body)[0]))
        db.execute(f"INSERT INTO articles (id, site, canonical_url, content_hash, fingerprint, "
                   f"{', '.join(f'b{i}' for i in range(nbands))}, text_len, published_at, version, run_id, "
                   f"delivered_at, pending) VALUES (?, 'sxrb', ?, ?, ?, {', '.join('?' * nbands)}, ?, NULL, 1, 'r0', "
                   f"'2024-01-01T00:00:00+00:00', 0)",
                   (aid, f"http://a/{aid}", content_hash(body), signed, *b, text_len))
        feed.append({"id": aid, "site": "sxrb", "url": f"http://a/{aid}", "canonical_url": f"http://a/{aid}",
                     "body": body, "content_hash": content_hash(body), "fingerprint": f"{fp:016x}", "version": 1})
    db.execute("INSERT INTO sightings (article_id, url, channel, run_id, seen_at) "
               "VALUES ('sxrb:long', 'http://a/other', '[\"要闻\"]', 'r0', '2024-01-01T00:00:00+00:00')")
    db.execute("INSERT INTO runs (run_id, site, status, final_path) VALUES ('r0', 'sxrb', 'done', ?)",
               (str(feed_dir / "r0.jsonl"),))
    if version >= 2:
        db.execute("INSERT INTO duplicates (id, original, key, canonical_url, run_id, pending) "
                   "VALUES ('sxrb:twin', 'sxrb:long', 'content_hash', 'http://a/twin', 'r0', 0)")
    db.commit()
    db.close()
    feed_dir.mkdir(parents=True)
    (feed_dir / "r0.jsonl").write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in feed), encoding="utf-8")


def _match(store: SQLiteStore, aid: str, text: str):
    sents, chash, fp = sentence_keys(text)
    return store.find_duplicate(article_id=aid, canonical_url=None, content_hash=chash, fingerprint=fp,
                                text_len=sum(map(len, sents)), sentences=sents)


@pytest.mark.parametrize("version", sorted(SCHEMAS))
def test_a_state_file_of_each_earlier_version_opens_and_works(version, tmp_path, replica):
    long_body = "\n".join(replica.seed_article.paragraphs)
    short_body = NOTICE.format("清明节")
    assert len(sentence_keys(short_body)[0][0]) < 100 <= len("".join(sentence_keys(long_body)[0]))
    out = tmp_path / "out"
    out.mkdir()
    path = out / "state.sqlite3"
    _old_file(path, version, out / "sxrb", {"sxrb:long": long_body, "sxrb:short": short_body})

    store = SQLiteStore(path)
    assert store.version_found == version
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    # Every row kept; the six bands recomputed for a four-band file.
    assert store.get("sxrb:long") is not None and store.get("sxrb:short") is not None
    assert store.db.execute("SELECT b4 IS NOT NULL FROM articles WHERE id = 'sxrb:long'").fetchone()[0] == 1
    assert store.sightings("sxrb:long") == ["http://a/other"]
    if version >= 2:
        assert store.original_of("sxrb:twin") == "sxrb:long"
    # A sighting now names its site.
    assert store.add_sighting("sxrb:long", "http://b/1", ["吕梁", "兴县"], "r1", site="fenlan")
    assert [(s.url, s.site, s.channel) for s in store.sighting_list("sxrb:long")] == [
        ("http://a/other", None, ["要闻"]), ("http://b/1", "fenlan", ["吕梁", "兴县"])]
    # Before the site runs again: the old articles have no sentences, so the SimHash alone
    # finds a long reprint, and nothing finds a short one.
    assert store.sentences_due("sxrb")
    assert _match(store, "new:1", long_body + ADDED) == ("near_duplicate", "sxrb:long")
    assert _match(store, "new:2", short_body + ADDED) is None
    store.close()

    # The site's next run opens the store as a run does: the sentences come back from its feed.
    stats = Stats()
    store = open_for_site(Settings({"NEWSCRAWL_OUTPUT_DIR": str(out)}), "sxrb", out / "sxrb", stats)
    assert stats["newscrawl/state/sentences_backfilled"] == 2
    assert not store.sentences_due("sxrb") and store.without_sentences("sxrb") == set()
    assert _match(store, "new:2", short_body + ADDED) == ("near_duplicate", "sxrb:short")
    assert _match(store, "new:3", NOTICE.format("冬季")) is None  # another notice of the template
    assert _match(store, "new:1", long_body + ADDED) == ("near_duplicate", "sxrb:long")
    # …and the file takes a run of the current release.
    run = store.begin_run("r2", "sxrb")
    sents, chash, fp = sentence_keys("另一篇稿件。" * 3)
    store.add_pending(run, article_id="sxrb:new", site="sxrb", canonical_url="http://a/new", content_hash=chash,
                      fingerprint=fp, text_len=sum(map(len, sents)), published_at=None, version=1, sentences=sents)
    assert store.commit_run(run) == 1
    store.close()
    # Opened again: current, nothing left to do.
    stats = Stats()
    store = open_for_site(Settings({"NEWSCRAWL_OUTPUT_DIR": str(out)}), "sxrb", out / "sxrb", stats)
    assert store.version_found == SCHEMA_VERSION and stats == {}
    store.close()


def test_a_state_file_of_a_later_version_is_refused_in_one_line(tmp_path):
    path = tmp_path / "state.sqlite3"
    SQLiteStore(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    with pytest.raises(StateError, match="newer newscrawl") as exc:
        SQLiteStore(path)
    assert "\n" not in str(exc.value)


def test_rebuild_takes_findings_from_the_reports_and_other_urls_where_a_report_is_gone(tmp_path, replica):
    """Run r1's report lists its sightings and duplicates; run r2's report is gone, so its
    items' ``other_urls`` are all that is left of where they were seen."""
    from newscrawl.run.rebuild import feed_files, rebuild

    folder = tmp_path / "sxrb"
    folder.mkdir()
    a, b = replica.articles[:2]
    for run, art in (("r1", a), ("r2", b)):
        body = "\n".join(art.paragraphs)
        item = {"id": f"sxrb:{art.id}", "url": f"http://a/{art.id}", "body": body, "content_hash": content_hash(body),
                "fingerprint": f"{simhash(body):016x}", "version": 1, "other_urls": [f"http://a/BIG5/{art.id}"],
                "crawled_at": "2024-01-02T00:00:00+00:00"}
        (folder / f"{run}.jsonl").write_text(json.dumps(item, ensure_ascii=False) + "\n", encoding="utf-8")
    findings = {"sightings": [{"article_id": f"sxrb:{a.id}", "url": "http://c/9", "site": "fenlan",
                               "channel": ["要闻"], "seen_at": "2024-01-03T00:00:00+00:00"}],
                "duplicates": [{"id": "fenlan:9", "original": f"sxrb:{a.id}", "key": "near_duplicate",
                                "canonical_url": "http://c/9"}]}
    (folder / "r1.stats.json").write_text(json.dumps({"run": "r1", "findings": findings}), encoding="utf-8")
    store = SQLiteStore(tmp_path / "state.sqlite3")
    assert rebuild(store, "sxrb", feed_files(folder)) == 2
    assert [(s.url, s.site, s.channel, s.seen_at, s.run_id) for s in store.sighting_list(f"sxrb:{a.id}")] == [
        ("http://c/9", "fenlan", ["要闻"], "2024-01-03T00:00:00+00:00", "r1")]
    assert store.original_of("fenlan:9") == f"sxrb:{a.id}"
    assert store.sightings(f"sxrb:{b.id}") == [f"http://a/BIG5/{b.id}"]
    assert store.without_sentences("sxrb") == set()
    # The reprint is known: a later run of fenlan finds it delivered (settled), not new.
    assert store.db.execute("SELECT pending FROM duplicates WHERE id = 'fenlan:9'").fetchone() == (0,)
