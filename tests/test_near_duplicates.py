"""Near-duplicates: gateway twins and reprints meet their original; different articles never do.

The detector is the state store's (:meth:`SQLiteStore.find_duplicate`): equal content hash of
the normalised body, or SimHash within 5 bits for bodies of 100+ normalised characters.  Its
precision and recall are measured here on pairs built from the replica's articles, and a
whole crawl of a reprinting portal checks it end to end.
"""

from __future__ import annotations

import json
import random
import sqlite3
from collections import Counter

import pytest

from newscrawl.fingerprint import content_hash, hamming, normalise, simhash
from newscrawl.pipelines.clean import BodyCleaner
from newscrawl.replica import Replica, ReplicaServer
from newscrawl.replica.gateway import to_gateway_big5
from newscrawl.state import SQLiteStore

from .conftest import run_crawl


def reprinted(body: str, rng: random.Random) -> str:
    """What another portal prints: its own header and footer lines around the story."""
    head = [rng.choice(["来源：山西新闻网", "来源：吕梁日报", "稿源：山西日报"]), f"记者 {rng.choice(['王喆', '李明'])}"]
    tail = [f"责任编辑：{rng.choice(['张三', '赵四'])}", rng.choice(["（本文转载自山西新闻网）", "版权所有，转载请注明出处"])]
    return "\n".join(head + body.split("\n") + tail)


def cleaned(text: str) -> str:
    return "\n".join(BodyCleaner().clean(text.split("\n")).paragraphs)


def edited(body: str, rng: random.Random) -> str:
    """A copy-edit: one sentence added to a paragraph."""
    paras = body.split("\n")
    i = rng.randrange(len(paras))
    paras[i] += "记者了解到，相关工作正在有序推进。"
    return "\n".join(paras)


def index(store: SQLiteStore, aid: str, text: str) -> None:
    store.add_pending("r", article_id=aid, site="t", canonical_url=f"http://x/{aid}", content_hash=content_hash(text),
                      fingerprint=simhash(text), text_len=len(normalise(text)), published_at=None, version=1)


def match(store: SQLiteStore, aid: str, text: str):
    return store.find_duplicate(article_id=aid, canonical_url=None, content_hash=content_hash(text),
                                fingerprint=simhash(text), text_len=len(normalise(text)))


@pytest.fixture(scope="module")
def bodies(replica):
    return {str(a.id): "\n".join(a.paragraphs) for a in replica.articles}


def test_precision_and_recall_on_built_pairs(bodies, capsys):
    rng = random.Random(1)
    store = SQLiteStore(":memory:")
    for aid, body in bodies.items():
        index(store, aid, body)
    variants = {
        "gateway twin (traditional, ASCII punctuation)": lambda b: to_gateway_big5(b),
        "reprint with header/footer lines, after cleaning": lambda b: cleaned(reprinted(b, rng)),
        "reprint in traditional characters": lambda b: cleaned(to_gateway_big5(reprinted(b, rng))),
        "one sentence added": lambda b: edited(b, rng),
    }
    recall = {}
    for name, make in variants.items():
        hits = sum(1 for aid, body in bodies.items() if (m := match(store, "copy-" + aid, make(body))) and m[1] == aid)
        recall[name] = hits / len(bodies)
    # Every article against all the others: any match is a false positive.
    false = [(aid, m) for aid, body in bodies.items() if (m := match(store, aid, body))]
    short = sum(1 for b in bodies.values() if len(normalise(b)) < 250)
    with capsys.disabled():
        print(f"\nnear-duplicate detector on {len(bodies)} replica articles ({short} short):")
        for name, r in recall.items():
            print(f"  recall  {name:52s} {r:.3f}")
        pairs = len(bodies) * (len(bodies) - 1) // 2
        print(f"  false positives among {pairs} pairs of different articles: {len(false)}")
    assert false == []
    assert recall["gateway twin (traditional, ASCII punctuation)"] == 1.0
    assert recall["reprint with header/footer lines, after cleaning"] == 1.0
    assert recall["reprint in traditional characters"] == 1.0
    assert recall["one sentence added"] >= 0.75  # long bodies absorb it; short ones are kept apart on purpose


def test_short_notices_are_not_merged(bodies):
    shorts = [b for b in bodies.values() if len(normalise(b)) < 100]
    assert len(shorts) >= 10
    store = SQLiteStore(":memory:")
    for i, b in enumerate(shorts):
        assert match(store, f"s{i}", b) is None
        index(store, f"s{i}", b)


def test_two_notices_from_one_template_need_the_length_gate():
    """What the 100-character gate is for: two different notices written from one template are
    near-duplicates by fingerprint, and only the gate keeps them apart."""
    notice = "吕梁市应急管理局关于做好2024年{}期间安全生产工作的通知，各县（市、区）应急管理局要加强值班值守，严格落实领导带班制度。"
    a, b = notice.format("清明节"), notice.format("冬季")
    assert len(normalise(a)) < 100 and hamming(simhash(a), simhash(b)) <= 5
    for gate, merged in ((0, True), (100, False)):
        store = SQLiteStore(":memory:", near_dup_min_chars=gate)
        index(store, "a", a)
        assert (match(store, "b", b) is not None) is merged, gate


def test_reprinting_portal_is_deduplicated_across_runs(replica_server, replica, tmp_path):
    """Crawl the original portal, then one that reprints a quarter of it in traditional script."""
    reprinter = Replica(seed=99, scale=0.3, reprints_of=replica, with_seed_article=False)
    assert len(reprinter.reprint_of) >= 30
    first = run_crawl(replica_server.url, tmp_path / "a", output=None, env={"NEWSCRAWL_OUTPUT_DIR": str(tmp_path / "out")})
    assert first.returncode == 0, first.log[-2000:]
    with ReplicaServer(reprinter, host="127.0.0.2") as other:
        second = run_crawl(other.url, tmp_path / "b", output=None, env={"NEWSCRAWL_OUTPUT_DIR": str(tmp_path / "out")})
        truth = {r["id"]: r for r in reprinter.truth(other.url)}
        # The next cron run of the reprinting portal, unchanged: the reprints are known too, so
        # it fetches list first pages only, as on any unchanged portal.
        before = len(other.requests)
        third = run_crawl(other.url, tmp_path / "c", output=None, env={"NEWSCRAWL_OUTPUT_DIR": str(tmp_path / "out")})
        third_requests = other.requests[before:]
    assert third.returncode == 0 and third.stats.get("item_scraped_count", 0) == 0
    assert [p for p in third_requests if not (p.endswith("/index.html") or p == "/robots.txt")] == []
    assert second.returncode == 0, second.log[-2000:]
    emitted = Counter(json.loads(line)["id"] for f in (tmp_path / "out" / "sxrb").glob("*.jsonl")
                      for line in f.read_text(encoding="utf-8").splitlines())
    assert max(emitted.values()) == 1
    reprints = {f"sxrb:{i}" for i in reprinter.reprint_of}
    assert reprints.isdisjoint(emitted)  # each reprint met its original
    assert set(truth) - reprints <= set(emitted)  # everything else of the second portal, short notices included
    dup = second.stats.get("newscrawl/duplicates/near_duplicate", 0) + second.stats.get("newscrawl/duplicates/content_hash", 0)
    assert dup == len(reprints)
    # The sightings are kept: each original now knows the reprint's URL.
    db = sqlite3.connect(tmp_path / "out" / "state.sqlite3")
    seen = dict(db.execute("SELECT url, article_id FROM sightings"))
    for own, original in reprinter.reprint_of.items():
        assert seen[truth[f"sxrb:{own}"]["url"]] == f"sxrb:{original}"
