"""Cron-ready runs: incremental crawls, crash-and-rerun, SIGTERM, the run lock, reports, exit codes.

Every test crawls a small replica over loopback HTTP with the real ``scrapy crawl`` command
and its own output folder (hence its own state store), run after run, as cron would.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from newscrawl.replica import Replica, ReplicaServer
from newscrawl.replica.faults import FaultyReplicaServer, HttpStatus, Soft404, Static, salt_permanent_faults
from newscrawl.replica.site import LIST_PAGE_SIZE
from newscrawl.run.lock import RunLock
from newscrawl.state import SQLiteStore

from .conftest import FAST, ROOT, run_crawl

SCALE = 0.3
ARTICLE_PAGE = "/GB/"


def feed_files(out: Path) -> list[Path]:
    return sorted((out / "sxrb").glob("*.jsonl"))


def read_items(files) -> list[dict]:
    return [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines()]


def article_requests(paths: list[str]) -> list[str]:
    return [p for p in paths if p.startswith(ARTICLE_PAGE) and p.rsplit("/", 1)[-1][0].isdigit()]


def crawl(server, work: Path, *settings: str, args=(), env=None) -> "object":
    """One cron run: default feed path (no -O), this test's output folder."""
    before = len(server.requests)
    result = run_crawl(server.url, work, *args, settings=list(settings), output=None, env=env)
    result.requests = server.requests[before:]
    return result


@pytest.fixture
def site(tmp_path):
    day0 = Replica(seed=11, scale=SCALE)
    with ReplicaServer(day0) as server:
        yield server, tmp_path


def test_incremental_runs_deliver_only_what_is_new(site):
    server, work = site
    out = work / "output"
    day0 = server.replica
    truth0 = {r["id"] for r in day0.truth(server.url)}

    run1 = crawl(server, work)
    assert run1.returncode == 0, run1.log[-2000:]
    files = feed_files(out)
    assert len(files) == 1 and not list((out / "sxrb").glob("*.part"))
    items1 = read_items(files)
    assert Counter(i["id"] for i in items1) == Counter(truth0)
    assert {i["version"] for i in items1} == {1}
    report1 = json.loads(files[0].with_name(files[0].name.replace(".jsonl", ".stats.json")).read_text())
    assert report1["verdict"] == "ok" and report1["articles"]["new"] == len(truth0)

    run2 = crawl(server, work)  # unchanged portal
    assert run2.returncode == 0, run2.log[-2000:]
    assert feed_files(out) == files  # nothing new, no new file
    assert article_requests(run2.requests) == []  # no article page fetched
    list_firsts = [p for p in run2.requests if p.endswith("/index.html") or p == "/robots.txt"]
    assert len(run2.requests) == len(list_firsts)  # only channel and list first pages

    server.publish(Replica(seed=11, scale=SCALE, day=1))  # the next day
    truth1 = {r["id"]: r for r in server.replica.truth(server.url)}
    run3 = crawl(server, work)
    assert run3.returncode == 0, run3.log[-2000:]
    new_files = [f for f in feed_files(out) if f not in files]
    assert len(new_files) == 1
    items3 = read_items(new_files)
    assert {i["id"] for i in items3} == set(truth1) - truth0 and len(items3) == len(set(truth1) - truth0)
    assert len(article_requests(run3.requests)) == len(items3) + sum(
        truth1[i["id"]]["pages"] - 1 for i in items3)  # new articles only (and their pages 2..n)

    # A re-check window reaching back to the replica's dates finds the one edited article.
    edited = f"sxrb:{server.replica.edited[0]}"
    run4 = crawl(server, work, "NEWSCRAWL_RECHECK_HOURS=1000000")
    assert run4.returncode == 0, run4.log[-2000:]
    items4 = read_items([f for f in feed_files(out) if f not in files + new_files])
    assert [(i["id"], i["version"]) for i in items4] == [(edited, 2)]
    assert items4[0]["body"] == truth1[edited]["body"]
    assert run4.stats["newscrawl/articles/unchanged"] == len(truth1) - 1


def test_full_flag_walks_every_list_page(tmp_path):
    with ReplicaServer(Replica(seed=11, scale=1)) as server:  # lists of several pages
        run1 = crawl(server, tmp_path)
        run2 = crawl(server, tmp_path, args=("-a", "full=1"))
    assert run2.returncode == 0
    lists1 = {p for p in run1.requests if "/index" in p}
    lists2 = {p for p in run2.requests if "/index" in p}
    assert lists2 == lists1 and article_requests(run2.requests) == []
    assert any(p.endswith("/index2.html") for p in lists2)  # paged past the known first pages


def start(server, work: Path, *settings: str, env=None) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", "site=sxrb", "-a", f"base_url={server.url}"]
    for s in [*FAST, "CONCURRENT_REQUESTS_PER_DOMAIN=2", "LOG_LEVEL=INFO", *settings]:
        cmd += ["-s", s]
    # The log goes to a file: a pipe nobody reads could fill up and stall the crawl.
    log = open(work / f"crawl-{time.monotonic_ns()}.log", "w+")
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log, text=True,
                            env={**os.environ, "NEWSCRAWL_OUTPUT_DIR": str(work / "output"), **(env or {})})
    proc.log = log  # type: ignore[attr-defined]
    return proc


def log_of(proc) -> str:
    proc.log.seek(0)
    return proc.log.read()


def wait_for_lines(out: Path, n: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        parts = list((out / "sxrb").glob("*.part"))
        if parts and parts[0].read_bytes().count(b"\n") >= n:
            return
        assert proc.poll() is None, "crawl ended before it could be killed"
        time.sleep(0.01)
    raise AssertionError(f"no {n} lines in a .part file within {timeout}s")


def test_sigkill_at_any_point_loses_nothing_and_duplicates_nothing(site):
    server, work = site
    out = work / "output"
    total = len(server.replica.articles)

    early = start(server, work)  # killed after the first few articles
    wait_for_lines(out, 5, early)
    early.kill(), early.wait()
    mid = start(server, work)  # killed half way
    wait_for_lines(out, total // 2, mid)
    mid.kill(), mid.wait()
    assert list((out / "sxrb").glob("*.part"))  # a killed run leaves a partial file behind...

    # ...which the next run reports and removes; this one dies after the feed is complete
    # but before the rename, so the run after it must publish that file.
    before = start(server, work, env={"NEWSCRAWL_FAILPOINTS": "before_rename"})
    assert before.wait(timeout=120) == -signal.SIGKILL
    assert "partial feed" in log_of(before)

    server.publish(Replica(seed=11, scale=SCALE, day=1))
    after = start(server, work, env={"NEWSCRAWL_FAILPOINTS": "after_rename"})  # dies after the rename
    assert after.wait(timeout=120) == -signal.SIGKILL
    assert "published and committed" in log_of(after)  # it published the before_rename run's file

    server.publish(Replica(seed=11, scale=SCALE, day=2))
    final = crawl(server, work)
    assert final.returncode == 0, final.log[-2000:]
    assert final.stats["newscrawl/recovery/completed_runs"] == 1  # the after_rename run

    assert not list((out / "sxrb").glob("*.part"))
    items = read_items(feed_files(out))
    truth = {r["id"] for r in server.replica.truth(server.url)}
    counts = Counter(i["id"] for i in items)
    assert [k for k, n in counts.items() if n > 1] == []
    assert set(counts) == truth
    # Runs started within a second of each other (early and mid are) must not trip over each
    # other's run id: no component may have failed along the way.
    for proc in (early, mid, before, after):
        assert "Traceback" not in log_of(proc), log_of(proc)[-3000:]


def test_feed_that_cannot_be_written_fails_the_run_and_loses_nothing(site):
    server, work = site
    folder = work / "output" / "sxrb"
    full_disk = crawl(server, work, env={"NEWSCRAWL_FAILPOINTS": "before_sync:enospc"})
    assert full_disk.returncode == 1
    assert not list(folder.glob("*.jsonl")) and not list(folder.glob("*.part"))
    [report] = [json.loads(p.read_text()) for p in folder.glob("*.stats.json")]
    assert report["verdict"] == "failed" and len(report["failures"]) == 1
    assert report["failures"][0].startswith("the feed could not be written")
    assert "No space left on device" in full_disk.log and "will be delivered again" in full_disk.log

    retry = crawl(server, work)  # the disk has room again
    assert retry.returncode == 0, retry.log[-2000:]
    items = read_items(feed_files(work / "output"))
    assert Counter(i["id"] for i in items) == Counter(r["id"] for r in server.replica.truth(server.url))


def test_articles_that_keep_failing_for_good_are_given_up_on_and_passing_failures_never(tmp_path):
    replica = Replica(seed=11, scale=SCALE)
    single = [a for a in replica.articles if len(a.pages) == 1 and not a.also_in]
    dead, empty_page, down, no_date = single[0], single[1], single[2], single[3]
    with FaultyReplicaServer(replica) as server:
        server.salt(dead.path(), HttpStatus(404))
        # A page that never says when it was published: dropped by validation, every run.
        undated = ("<html><head><meta charset=\"gbk\"><title>吕梁市召开会议</title></head><body><h1>吕梁市召开会议</h1>"
                   + "<p>会议听取了各县（市、区）工作情况汇报，研究部署了下一阶段重点任务。</p>" * 6 + "</body></html>")
        server.salt(no_date.path(), Static(undated.encode("gbk")))
        server.salt(empty_page.path(), Soft404())
        server.salt(down.path(), HttpStatus(503))  # the server is down for this one, run after run
        # (No back-off here: this test is about giving up; test_steady_reruns_… about backing off.)
        fast = ["RETRY_TIMES=1", "NEWSCRAWL_RETRY_BACKOFF_BASE=0.01", "NEWSCRAWL_GIVE_UP_AFTER=2",
                "NEWSCRAWL_FAILED_BACKOFF_HOURS=0"]

        def run(*settings):
            before = len(server.requests)
            result = run_crawl(server.url, tmp_path, settings=[*fast, *settings], output=None)
            return result, server.requests[before:]

        for _ in range(2):  # each fails twice; not a day apart yet, so all are tried again
            result, requests = run()
            assert {dead.path(), empty_page.path(), down.path()} <= set(requests)
        state = SQLiteStore(tmp_path / "output" / "state.sqlite3")
        assert state.failures() == sorted([(f"sxrb:{dead.id}", "http_404", 2), (f"sxrb:{empty_page.id}", "soft_404", 2),
                                           (f"sxrb:{no_date.id}", "missing_published_at", 2)])

        result, requests = run("NEWSCRAWL_GIVE_UP_MIN_HOURS=0")  # as if the first failure were old
        assert not {dead.path(), empty_page.path(), no_date.path()} & set(requests)
        assert down.path() in requests  # a 503 is never given up on
        assert result.stats["newscrawl/links/given_up"] == 3
        report = json.loads(sorted((tmp_path / "output" / "sxrb").glob("*.stats.json"))[-1].read_text())
        assert report["articles"]["given_up_not_requested"] == 3
        # Nothing else is fetched again: the lists with a given-up article stop at their first page.
        assert [p for p in article_requests(requests) if p != down.path()] == []


def test_runs_soon_after_a_complete_tree_walk_go_straight_to_the_columns(tmp_path):
    replica = Replica(seed=11, scale=SCALE)
    column_pages = {f"/GB/{c.node}/index.html" for c in replica.columns}
    city = next(c for c in replica.by_node.values() if c.kind == "city")
    with FaultyReplicaServer(replica) as server:
        def run(*settings, args=()):
            before = len(server.requests)
            result = run_crawl(server.url, tmp_path, *args, settings=list(settings), output=None)
            assert result.returncode == 0, result.log[-2000:]
            return result, server.requests[before:]

        # A walk in which a channel page failed for a passing reason (a 503 that outlasted the
        # retries) is not remembered: the next run walks again.  (A dead channel page is
        # remembered as dead: test_steady_reruns_with_permanent_faults_…)
        server.salt(f"/GB/{city.node}/index.html", HttpStatus(503, times=3))
        run("NEWSCRAWL_RETRY_BACKOFF_BASE=0.01")
        result, requests = run()
        assert "/GB/index.html" in requests and "newscrawl/tree/cached_columns" not in result.stats

        # That walk was whole: the runs of the next hours fetch the columns' list pages only.
        result, requests = run()
        assert set(requests) - {"/robots.txt"} == column_pages
        assert result.stats["newscrawl/tree/cached_columns"] == len(column_pages)

        # -a full=1, or a TTL of 0, walks the tree again.
        for settings, args in ((), ("-a", "full=1")), (("NEWSCRAWL_TREE_TTL_HOURS=0",), ()):
            result, requests = run(*settings, args=args)
            assert "/GB/index.html" in requests, (settings, args)


def test_a_list_whose_walk_was_cut_short_is_paged_further_by_the_next_run(tmp_path):
    """Incremental runs stop paging a list at a page of known articles, which is only right
    for a list some run has paged to its end.  Here the first run loses page 2 of a long
    list, so it never sees pages 2 and 3; the next run must go past the known page 1."""
    replica = Replica(seed=11, scale=1)
    col = max(replica.columns, key=lambda c: c.list_pages())
    assert col.list_pages() >= 3
    with FaultyReplicaServer(replica) as server:
        server.salt(f"/GB/{col.node}/index2.html", HttpStatus(404, times=1))

        def run():
            before = len(server.requests)
            result = run_crawl(server.url, tmp_path, output=None)
            assert result.returncode == 0, result.log[-2000:]
            return result, server.requests[before:]

        first, _ = run()
        truth = {r["id"] for r in replica.truth(server.url)}
        got1 = {i["id"] for i in read_items(feed_files(tmp_path / "output"))}
        missed = truth - got1
        assert missed and missed <= {f"sxrb:{lst.article.id}" for lst in col.listings[LIST_PAGE_SIZE:]}

        second, requests = run()  # page 1 is all known, yet this list was never walked to its end
        assert {f"/GB/{col.node}/index2.html", f"/GB/{col.node}/index3.html"} <= set(requests)
        assert second.stats["newscrawl/lists/backfilling"] == 1
        items = read_items(feed_files(tmp_path / "output"))
        assert Counter(i["id"] for i in items) == Counter(truth)  # the rest, exactly once

        third, requests = run()  # now walked to its end: back to the first page only
        assert f"/GB/{col.node}/index2.html" not in requests
        assert "newscrawl/lists/backfilling" not in third.stats


def test_sigterm_finishes_the_file_and_commits(site):
    server, work = site
    out = work / "output"
    proc = start(server, work, "CONCURRENT_REQUESTS_PER_DOMAIN=1")
    wait_for_lines(out, 10, proc)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=60) == 0
    files = feed_files(out)
    assert len(files) == 1 and not list((out / "sxrb").glob("*.part"))
    first = read_items(files)
    assert 10 <= len(first) < len(server.replica.articles)
    report = json.loads(files[0].with_name(files[0].name.replace(".jsonl", ".stats.json")).read_text())
    assert report["finish_reason"] == "shutdown"
    rest = crawl(server, work)  # the next run delivers exactly what the first did not
    counts = Counter(i["id"] for i in read_items(feed_files(out)))
    assert rest.returncode == 0 and max(counts.values()) == 1
    assert set(counts) == {r["id"] for r in server.replica.truth(server.url)}


def test_second_run_for_the_same_site_refuses_to_start(site, tmp_path):
    server, work = site
    lock = RunLock(work / "output" / ".sxrb.lock")
    assert lock.acquire()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", "site=sxrb", "-a", f"base_url={server.url}"],
            cwd=ROOT, capture_output=True, text=True, timeout=60,
            env={**os.environ, "NEWSCRAWL_OUTPUT_DIR": str(work / "output")})
    finally:
        lock.release()
    assert proc.returncode == 75
    ours = [line for line in proc.stderr.splitlines() if line.startswith("newscrawl:")]
    assert len(ours) == 1 and "another run for site 'sxrb' is in progress" in ours[0]
    assert "Traceback" not in proc.stderr and "ERROR" not in proc.stderr
    assert server.requests == []  # it did not touch the portal


SCRIPT_RUN = """
import sys
from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings
settings = get_project_settings()
for pair in sys.argv[2:]:
    settings.set(*pair.split("=", 1), priority="cmdline")
process = CrawlerProcess(settings)
process.crawl("portal", site="sxrb", base_url=sys.argv[1])
process.start()
sys.exit(1 if process.bootstrap_failed else 0)
"""


def test_a_run_started_without_the_crawl_command_respects_a_live_run(site):
    """A script of one's own (CrawlerProcess) bypasses `scrapy crawl` and its lock; the run
    state takes the lock itself, so it cannot settle a live run's work as if it were dead."""
    server, work = site
    store = SQLiteStore(work / "output" / "state.sqlite3")
    live = store.begin_run("2026-11-26T09-00-00+00-00", "sxrb")  # a live cron run, mid-crawl
    store.add_pending(live, article_id="sxrb:1", site="sxrb", canonical_url=None, content_hash="h",
                      fingerprint=None, text_len=0, published_at=None, version=1)
    lock = RunLock(work / "output" / ".sxrb.lock")
    assert lock.acquire()
    try:
        refused = subprocess.run([sys.executable, "-c", SCRIPT_RUN, server.url, *FAST], cwd=ROOT, capture_output=True,
                                 text=True, timeout=60, env={**os.environ, "NEWSCRAWL_OUTPUT_DIR": str(work / "output")})
    finally:
        lock.release()
    assert refused.returncode == 1 and "another run for site 'sxrb' is in progress" in refused.stderr
    assert store.get("sxrb:1").pending  # the live run's work is untouched
    assert server.requests == []

    # Once the cron run is gone, the same script runs, settles it, and delivers everything.
    ran = subprocess.run([sys.executable, "-c", SCRIPT_RUN, server.url, *FAST], cwd=ROOT, capture_output=True,
                         text=True, timeout=120, env={**os.environ, "NEWSCRAWL_OUTPUT_DIR": str(work / "output")})
    assert ran.returncode == 0, ran.stderr[-2000:]
    assert store.get("sxrb:1") is None  # the dead run's pending mark, forgotten
    items = read_items(feed_files(work / "output"))
    assert {i["id"] for i in items} == {r["id"] for r in server.replica.truth(server.url)}


def test_lock_is_freed_when_its_holder_dies(tmp_path):
    path = tmp_path / ".sxrb.lock"
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from newscrawl.run.lock import RunLock; "
        f"assert RunLock({str(path)!r}).acquire(); print('held', flush=True); time.sleep(60)")],
        cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    assert not RunLock(path).acquire()
    holder.kill(), holder.wait()
    assert RunLock(path).acquire()


def test_failed_run_exits_non_zero_with_a_report(tmp_path):
    # A portal whose home page is gone: no list page is reached.
    empty = Replica(seed=3, scale=0.05)
    with ReplicaServer(empty) as server:
        result = run_crawl(server.url + "/gone", tmp_path, output=None)
    assert result.returncode == 1
    reports = list((tmp_path / "output" / "sxrb").glob("*.stats.json"))
    assert len(reports) == 1
    report = json.loads(reports[0].read_text())
    assert report["verdict"] == "failed" and any("no list page" in f for f in report["failures"])
    assert "Run failed" in result.log


@pytest.mark.parametrize("args, message", [
    (["-a", "site=nosuchportal"], "unknown site 'nosuchportal'"),
    (["-a", "site=sxrb", "-a", "base_url=ftp://127.0.0.1/"], "base_url must be an http(s) URL"),
    (["-a", "start_url=news.example.cn"], "start_url must be an http(s) URL"),
])
def test_wrong_spider_arguments_are_a_usage_error(tmp_path, args, message):
    proc = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "portal", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, env={**os.environ, "NEWSCRAWL_OUTPUT_DIR": str(tmp_path)})
    assert proc.returncode == 2
    assert f"error: {message}" in proc.stderr and "Traceback" not in proc.stderr
    assert not any(tmp_path.iterdir())  # no run was recorded


def test_steady_reruns_with_permanent_faults_fetch_no_article_and_exit_0(tmp_path):
    """The portal every cron user has: a column whose articles robots.txt disallows, a dead
    article, soft-404 links, a dead column list page, a dead channel page.  The first run
    meets them and is fine; the reruns on the unchanged portal neither fetch them again nor
    alarm (exit 0), cost at most 15 % of the first run's requests, and fetch no article page;
    once the back-off has passed they are tried again, fail as before, and still exit 0."""
    replica = Replica(seed=11, scale=1)  # 7 articles per column: a small portal
    with FaultyReplicaServer(replica) as server:
        salted = salt_permanent_faults(server)  # (plain values: a replica object's repr is the whole portal)
        n_robots, robots_node, dead_paths = salted["robots_articles"], salted["robots_node"], salted["dead_articles"]
        n_dead = len(dead_paths)
        dead_city_page, dead_col_page = salted["dead_pages"][1], salted["dead_pages"][0]

        def run(*settings):
            before = len(server.requests)
            result = run_crawl(server.url, tmp_path, settings=list(settings), output=None)
            result.requests = server.requests[before:]
            return result

        first = run()
        assert first.returncode == 0, first.log[-3000:]
        assert first.stats["newscrawl/links/robots"] == n_robots
        assert not any(p.startswith(f"/GB/{robots_node}/") and not p.endswith("index.html")
                       for p in first.requests)  # never requested, so never a failure
        assert "robotstxt/forbidden" not in first.stats
        assert first.stats["newscrawl/articles/failed"] == n_dead
        assert first.stats["newscrawl/tree/failed_pages"] == 2  # the dead city and the dead column

        for n in range(2):  # the steady state: what cron sees every half hour
            again = run()
            assert again.returncode == 0, again.log[-3000:]
            assert article_requests(again.requests) == [], again.requests
            assert len(again.requests) <= 0.15 * len(first.requests), (len(again.requests), len(first.requests))
            assert dead_city_page not in again.requests and dead_col_page not in again.requests
            # (those listed on a first list page: the lists stop there, at known articles)
            assert 1 <= again.stats["newscrawl/links/backing_off"] <= n_dead
            assert again.stats["newscrawl/tree/failed_skipped"] == 2
            report = json.loads(sorted((tmp_path / "output" / "sxrb").glob("*.stats.json"))[-1].read_text())
            assert report["verdict"] == "ok" and report["failures"] == []
            assert report["known_faults"]["articles_backing_off"] == again.stats["newscrawl/links/backing_off"]
        assert feed_files(tmp_path / "output") and len(feed_files(tmp_path / "output")) == 1

        # The back-off over, they are asked for again: every article fetch fails, all as before.
        retry = run("NEWSCRAWL_FAILED_BACKOFF_HOURS=0")
        assert retry.returncode == 0, retry.log[-3000:]
        asked = article_requests(retry.requests)
        assert asked and set(asked) <= set(dead_paths)  # (those on first list pages)
        assert retry.stats["newscrawl/articles/failed"] == retry.stats["newscrawl/articles/failed_known"] == len(asked)


def test_a_list_cut_by_the_page_cap_keeps_backfilling(tmp_path):
    """NEWSCRAWL_MAX_LIST_PAGES=1: each run reads one page of each list.  A cut list is not
    taken as walked to its end: the next runs go on from the page after the cut, one page per
    run, until every article of every list is delivered, exactly once."""
    replica = Replica(seed=11, scale=1)
    deepest = max(c.list_pages() for c in replica.columns)
    cut = sum(1 for c in replica.columns if c.list_pages() > 1)
    assert deepest >= 3 and cut
    truth = Counter(r["id"] for r in replica.truth("http://x"))
    with ReplicaServer(replica) as server:
        results = []
        for n in range(deepest):
            result = crawl(server, tmp_path, "NEWSCRAWL_MAX_LIST_PAGES=1")
            assert result.returncode == 0, result.log[-3000:]
            results.append(result)
        first, second = results[0], results[1]
        assert first.stats["newscrawl/lists/page_limit"] == cut
        assert second.stats["newscrawl/lists/resumed"] == cut  # went on where the first run stopped
        assert any(p.endswith("/index2.html") for p in second.requests)
        assert not any(p.endswith("/index2.html") for p in results[-1].requests)
        got = Counter(i["id"] for i in read_items(feed_files(tmp_path / "output")))
        assert got == Counter({k.replace("http://x", server.url): v for k, v in truth.items()})
        final = crawl(server, tmp_path, "NEWSCRAWL_MAX_LIST_PAGES=1")  # every list walked: first pages only
        assert "newscrawl/lists/resumed" not in final.stats and article_requests(final.requests) == []
