"""The cron contract (README, "Running from cron"): each exit code through the real `scrapy crawl`,
and the scenarios that used to lie — malformed settings, split settings, debugging commands
during a crawl, a state emptied, corrupt or from the first release, a failed upload followed
by a normal run, Ctrl-C twice.  (Disk full, SIGKILL, the lock, steady reruns with permanent
faults and page-cap backfill are in test_cron.py.)
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from newscrawl.replica import Replica, ReplicaServer
from newscrawl.replica.faults import FaultyReplicaServer, Stall
from newscrawl.state import SQLiteStore
from newscrawl.state.sqlite import SCHEMA_VERSION

from .conftest import FAST, ROOT, run_crawl

SMALL = dict(seed=5, scale=0.1)


def scrapy(*args: str, out: Path, env=None, timeout=120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scrapy", *args], cwd=ROOT, capture_output=True, text=True, errors="replace",
                          timeout=timeout, env={**os.environ, "NEWSCRAWL_OUTPUT_DIR": str(out), **(env or {})})


def feeds(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.jsonl"))


def items_of(files) -> list[dict]:
    return [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines()]


def reports(folder: Path) -> list[dict]:
    return [json.loads(p.read_text()) for p in sorted(folder.glob("*.stats.json"))]


@pytest.fixture(scope="module")
def small():
    with ReplicaServer(Replica(**SMALL)) as server:
        yield server


# -- 2: usage, before any request ------------------------------------------------------------
@pytest.mark.parametrize("extra, env, message", [
    (["-s", "NEWSCRAWL_GIVE_UP_AFTER=x"], {}, "setting NEWSCRAWL_GIVE_UP_AFTER='x' is not a whole number"),
    ([], {"NEWSCRAWL_GIVE_UP_AFTER": "x"}, "setting NEWSCRAWL_GIVE_UP_AFTER='x' is not a whole number"),  # env = -s
    (["-s", "NEWSCRAWL_ERROR_BUDGET=1.5"], {}, "NEWSCRAWL_ERROR_BUDGET='1.5' is out of range (must be between 0.0 and 1.0)"),
    (["-s", "NEWSCRAWL_FULL_CRAWL=maybe"], {}, "NEWSCRAWL_FULL_CRAWL='maybe' is not True or False"),
    (["-s", "NEWSCRAWL_GIVE_UPAFTER=3"], {}, "unknown setting NEWSCRAWL_GIVE_UPAFTER"),
    (["-a", "site=Sx/rb"], {}, "site 'Sx/rb' is not a site name"),
    (["-O", "s3://bucket/feed.jsonl"], {}, "feed s3://bucket/feed.jsonl: s3:// cannot be used here (missing boto3 library)"),
])
def test_usage_errors_exit_2_with_one_line_before_any_request(small, tmp_path, extra, env, message):
    args = ["crawl", "portal", "-a", f"base_url={small.url}", *extra]
    if not any(a.startswith("site=") for a in extra):
        args += ["-a", "site=sxrb"]
    before = len(small.requests)
    proc = scrapy(*args, out=tmp_path / "output", env=env)
    assert proc.returncode == 2, proc.stderr[-2000:]
    errors = [line for line in proc.stderr.splitlines() if "error: " in line]
    assert len(errors) == 1 and message in errors[0], proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    assert len(small.requests) == before  # the portal was not touched
    assert not (tmp_path / "output").exists()  # no state, no lock, no report


# -- one setting, one meaning ------------------------------------------------------------------
def test_output_dir_from_s_moves_everything_and_extensions_cannot_drop_the_run_state(small, tmp_path):
    moved = tmp_path / "moved"
    result = run_crawl(small.url, tmp_path, settings=[
        f"NEWSCRAWL_OUTPUT_DIR={moved}",
        'EXTENSIONS={"newscrawl.extensions.stats_file.StatsFile": 500}'], output=None)
    assert result.returncode == 0, result.log[-3000:]
    assert not (tmp_path / "output").exists()  # (the environment's folder, overridden by -s)
    assert (moved / "state.sqlite3").exists() and (moved / ".sxrb.lock").exists()
    [feed] = feeds(moved / "sxrb")
    [report] = reports(moved / "sxrb")
    assert report["verdict"] == "ok" and report["feed"] == str(feed)
    assert len(items_of([feed])) == len(small.replica.articles) == report["articles"]["new"]


# -- debugging commands during a crawl ---------------------------------------------------------
def test_debugging_commands_during_a_crawl_leave_the_run_alone(tmp_path):
    replica = Replica(**SMALL)
    with FaultyReplicaServer(replica) as server:
        slow = replica.articles[0]
        release = threading.Event()
        server.salt(slow.path(), Stall(seconds=90, times=1, release=release))  # the crawl lives meanwhile
        out = tmp_path / "output"
        cmd = [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", "site=sxrb", "-a", f"base_url={server.url}"]
        for s in [*FAST, "LOG_LEVEL=INFO", "DOWNLOAD_TIMEOUT=120"]:
            cmd += ["-s", s]
        log = open(tmp_path / "crawl.log", "w+")
        cron = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log,
                                env={**os.environ, "NEWSCRAWL_OUTPUT_DIR": str(out)})
        try:
            deadline = time.monotonic() + 60
            while server.hits(slow.path()) == 0:
                assert cron.poll() is None and time.monotonic() < deadline
                time.sleep(0.05)
            article = server.url + replica.articles[1].path()
            env = {"NEWSCRAWL_BASE_URL": server.url}
            runs = {
                "fetch": scrapy("fetch", "--nolog", article, out=out, env=env),
                "shell": scrapy("shell", article, "-c", "response.status", "--nolog", out=out, env=env),
                "parse": scrapy("parse", "--spider", "portal", "-c", "parse_article", "--cbkwargs", '{"channel": []}',
                                "--nolog", article, out=out, env=env),
                "list": scrapy("list", out=out, env=env),
            }
            assert cron.poll() is None, "the crawl ended before the debugging commands were done"
        finally:
            release.set()
            code = cron.wait(timeout=120)
            log.seek(0)
            crawl_log = log.read()
    for name, proc in runs.items():
        assert proc.returncode == 0, (name, proc.stderr[-2000:])
        assert "Traceback" not in proc.stderr and "another run" not in proc.stderr, (name, proc.stderr[-2000:])
    assert "200" in runs["shell"].stdout and "portal" in runs["list"].stdout
    assert replica.articles[1].title.replace("\u00a0", " ")[:10] in runs["parse"].stdout
    assert code == 0, crawl_log[-3000:]
    folder = out / "sxrb"
    assert len(feeds(folder)) == 1 and len(reports(folder)) == 1  # the cron run's own, nothing else
    assert sorted(p.name for p in out.iterdir() if p.is_dir()) == ["sxrb"]  # no "default" site folder
    with sqlite3.connect(out / "state.sqlite3") as db:
        assert db.execute("SELECT COUNT(*), MIN(status) FROM runs").fetchone() == (1, "done")


# -- state emptied, corrupt, deleted, from the first release ------------------------------------
#: The state file of the first release (e10ba3c), as it created it: four 16-bit SimHash bands.
FIRST_RELEASE_SCHEMA = """
CREATE TABLE articles (id TEXT PRIMARY KEY, site TEXT NOT NULL, canonical_url TEXT, content_hash TEXT,
    fingerprint INTEGER, b0 INTEGER, b1 INTEGER, b2 INTEGER, b3 INTEGER, text_len INTEGER, published_at TEXT,
    version INTEGER NOT NULL DEFAULT 1, run_id TEXT, delivered_at TEXT, pending INTEGER NOT NULL DEFAULT 0);
CREATE INDEX articles_url ON articles (canonical_url);
CREATE INDEX articles_hash ON articles (content_hash);
CREATE TABLE superseded (id TEXT PRIMARY KEY, run_id TEXT NOT NULL, row_json TEXT NOT NULL);
CREATE TABLE sightings (article_id TEXT NOT NULL, url TEXT NOT NULL, channel TEXT, run_id TEXT, seen_at TEXT,
    PRIMARY KEY (article_id, url));
CREATE TABLE runs (run_id TEXT PRIMARY KEY, site TEXT NOT NULL, pid INTEGER, started_at TEXT, finished_at TEXT,
    status TEXT NOT NULL, part_path TEXT, final_path TEXT);
"""


def first_release_state(path: Path, items: list[dict], run_id: str) -> None:
    from newscrawl.fingerprint import normalise

    with sqlite3.connect(path) as db:
        db.executescript(FIRST_RELEASE_SCHEMA)
        db.execute("INSERT INTO runs VALUES (?, 'sxrb', 1, '2026-11-26T08:00:00+00:00', '2026-11-26T08:01:00+00:00', "
                   "'done', NULL, NULL)", (run_id,))
        for i in items:
            fp = int(i["fingerprint"], 16)
            b = [(fp >> (16 * k)) & 0xFFFF for k in range(4)]
            db.execute("INSERT INTO articles VALUES (?, 'sxrb', ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, 0)",
                       (i["id"], i["canonical_url"], i["content_hash"], fp - (1 << 64) if fp >= 1 << 63 else fp, *b,
                        len(normalise(i["body"])), i["published_at"], run_id, "2026-11-26T08:01:00+00:00"))


def test_a_lost_corrupt_or_old_state_never_delivers_again(small, tmp_path):
    out = tmp_path / "output"
    state = out / "state.sqlite3"
    first = run_crawl(small.url, tmp_path, output=None)
    assert first.returncode == 0, first.log[-3000:]
    [feed] = feeds(out / "sxrb")
    delivered = items_of([feed])
    assert len(delivered) == len(small.replica.articles)

    def wipe():
        for extra in ("", "-wal", "-shm"):
            Path(f"{state}{extra}").unlink(missing_ok=True)

    def rerun(label: str):
        result = run_crawl(small.url, tmp_path, output=None)
        assert result.returncode == 0, (label, result.log[-3000:])
        assert feeds(out / "sxrb") == [feed], label  # nothing delivered again
        assert result.stats.get("newscrawl/articles/new", 0) == 0, label
        return result

    wipe()  # deleted
    assert rerun("deleted").stats["newscrawl/state/rebuilt_articles"] == len(delivered)
    wipe()
    state.write_bytes(b"")  # emptied
    assert rerun("emptied").stats["newscrawl/state/rebuilt_articles"] == len(delivered)
    wipe()
    state.write_bytes(b"this is not a database, it was overwritten by accident\n" * 100)  # corrupt
    result = rerun("corrupt")
    assert result.stats["newscrawl/state/rebuilt_articles"] == len(delivered)
    assert [p.name for p in out.glob("state.sqlite3.corrupt-*")]
    assert "kept it as state.sqlite3.corrupt-" in result.log
    wipe()
    first_release_state(state, delivered, feed.name.removesuffix(".jsonl"))  # the first release's file
    result = rerun("first release")
    assert result.stats["newscrawl/state/migrated_from"] == 1
    assert "newscrawl/state/rebuilt_articles" not in result.stats  # migrated, not rebuilt
    # (the articles' sentences, which the first release did not keep, read back from the feed)
    assert result.stats["newscrawl/state/sentences_backfilled"] == len(delivered)
    store = SQLiteStore(state)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    # The six-band index works on the migrated rows: each article finds itself as a near-duplicate.
    some = delivered[0]
    assert store.find_duplicate(article_id="other:1", canonical_url=None, content_hash=None,
                                fingerprint=int(some["fingerprint"], 16), text_len=10_000) == ("near_duplicate", some["id"])
    store.db.execute("PRAGMA user_version = 99")
    store.close()
    newer = scrapy("crawl", "portal", "-a", "site=sxrb", "-a", f"base_url={small.url}", out=out)
    assert newer.returncode == 1
    [line] = [x for x in newer.stderr.splitlines() if x.startswith("newscrawl:")]
    assert "was written by a newer newscrawl (schema 99" in line and str(state) in line
    assert "Traceback" not in newer.stderr
    assert any(r["failures"][0].startswith("state error") for r in reports(out / "sxrb") if r["failures"])


# -- delivered means delivered: a refused upload, then a normal run ------------------------------
@pytest.fixture
def ftp_server(tmp_path):
    from pyftpdlib.authorizers import DummyAuthorizer
    from pyftpdlib.handlers import FTPHandler
    from pyftpdlib.servers import FTPServer

    root = tmp_path / "ftp"
    root.mkdir()
    auth = DummyAuthorizer()
    auth.add_user("reader", "pw", str(root), perm="elr")  # may not store: every upload is refused
    auth.add_user("writer", "pw", str(root), perm="elradfmw")
    handler = type("Handler", (FTPHandler,), {"authorizer": auth})
    server = FTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"timeout": 0.2}, daemon=True)
    thread.start()
    yield root, server.address[1]
    server.close_all()
    thread.join(timeout=5)


def test_a_refused_upload_leaves_the_articles_for_the_next_run(small, tmp_path, ftp_server):
    root, port = ftp_server
    out = tmp_path / "output"
    refused = run_crawl(small.url, tmp_path, "-O", f"ftp://reader:pw@127.0.0.1:{port}/sxrb-%(run_id)s.jsonl",
                        output=None)
    assert refused.returncode == 1, refused.log[-3000:]
    assert list(root.iterdir()) == []
    [report] = reports(out / "sxrb")
    assert report["verdict"] == "failed" and report["failures"][0].startswith("the feed could not be written")
    assert report["articles"]["new"] == len(small.replica.articles)  # found, but not delivered

    stored = run_crawl(small.url, tmp_path, "-O", f"ftp://writer:pw@127.0.0.1:{port}/sxrb-%(run_id)s.jsonl",
                       output=None)
    assert stored.returncode == 0, stored.log[-3000:]
    [uploaded] = list(root.iterdir())
    got = Counter(i["id"] for i in items_of([uploaded]))
    assert got == Counter(r["id"] for r in small.replica.truth(small.url))  # everything, once

    again = run_crawl(small.url, tmp_path, "-O", f"ftp://writer:pw@127.0.0.1:{port}/sxrb-%(run_id)s.jsonl",
                      output=None)
    assert again.returncode == 0 and len(list(root.iterdir())) == 1  # now delivered: nothing new


# -- Ctrl-C twice ----------------------------------------------------------------------------
def test_ctrl_c_twice_exits_1_with_a_report_and_the_next_run_delivers_everything(tmp_path):
    replica = Replica(**SMALL)
    with FaultyReplicaServer(replica) as server:
        slow = replica.articles[len(replica.articles) // 2]
        server.salt(slow.path(), Stall(seconds=20, times=1))  # the graceful stop would wait for it
        out = tmp_path / "output"
        cmd = [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", "site=sxrb", "-a", f"base_url={server.url}"]
        for s in [*FAST, "LOG_LEVEL=INFO", "DOWNLOAD_TIMEOUT=60"]:
            cmd += ["-s", s]
        log = open(tmp_path / "crawl.log", "w+")
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log,
                                env={**os.environ, "NEWSCRAWL_OUTPUT_DIR": str(out)})
        deadline = time.monotonic() + 60
        while server.hits(slow.path()) == 0:
            assert proc.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        time.sleep(0.5)
        proc.send_signal(signal.SIGINT)
        time.sleep(0.5)
        proc.send_signal(signal.SIGINT)
        code = proc.wait(timeout=60)
        log.seek(0)
        text = log.read()
        assert code == 1, text[-3000:]
        folder = out / "sxrb"
        assert feeds(folder) == [] and list(folder.glob("*.part")) == []
        [report] = reports(folder)
        assert report["verdict"] == "failed" and report["failures"][0].startswith("forced shutdown")
        assert "Traceback" not in text
        assert [x for x in text.splitlines() if x.startswith("newscrawl:") and "forced to stop" in x]

        rest = run_crawl(server.url, tmp_path, output=None)
        assert rest.returncode == 0, rest.log[-3000:]
        got = Counter(i["id"] for i in items_of(feeds(folder)))
        assert got == Counter(r["id"] for r in replica.truth(server.url))


# -- a state or output folder that cannot be used: exit 1, one line, a report where there is room --
def test_a_locked_or_unusable_state_or_output_folder_fails_in_one_line(small, tmp_path):
    out = tmp_path / "output"
    out.mkdir()
    (out / "state.sqlite3").mkdir()  # a folder where the state file should be
    unusable = run_crawl(small.url, tmp_path, output=None)
    (out / "state.sqlite3").rmdir()
    assert run_crawl(small.url, tmp_path, output=None).returncode == 0
    holder = sqlite3.connect(out / "state.sqlite3", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another program holds the state's write lock
    try:
        locked = run_crawl(small.url, tmp_path, output=None, settings=["NEWSCRAWL_STATE_BUSY_TIMEOUT=0.5"])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    blocked = tmp_path / "blocked"
    blocked.mkdir()
    (blocked / "output").write_text("a file, not a folder")
    no_folder = run_crawl(small.url, blocked, output=None)
    for result, says in [(unusable, "cannot be written"), (locked, "is locked by another program"),
                         (no_folder, "cannot be used")]:
        assert result.returncode == 1, result.log[-3000:]
        assert "Traceback" not in result.log, result.log[-3000:]
        [line] = [x for x in result.log.splitlines() if x.startswith("newscrawl:")]
        assert says in line and "not crawling" in line, line
    failed = [r for r in reports(out / "sxrb") if r["verdict"] == "failed"]
    assert len(failed) == 2 and all(r["failures"][0].startswith("state error") for r in failed)
