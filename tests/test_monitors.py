"""The Spidermon monitors that ship with the project (newscrawl/monitors.py), on real crawls.

A normal crawl passes every monitor; a threshold the crawl cannot meet (Spidermon's own
SPIDERMON_MIN_ITEMS, SPIDERMON_FIELD_COVERAGE_RULES) fails the run: verdict, exit code 1,
and the report says which monitor and why.  A changed article template is caught by the
fallback monitor (tests/test_profile_fallback.py).
"""

from __future__ import annotations

import json

from newscrawl.replica import Replica, ReplicaServer

from .conftest import run_crawl

SUITE = {"Articles seen", "Field Coverage Monitor", "Error rate", "Profile fallbacks", "Finish Reason Monitor"}


def outcome(stats: dict) -> dict[str, str]:
    return {r["monitor"]: r["status"] for r in stats["newscrawl/monitors/results"]}


def test_monitors_pass_on_a_normal_crawl(full_crawl):
    stats = full_crawl.stats
    results = outcome(stats)
    assert {name.split("/")[0] for name in results} == SUITE
    assert set(results.values()) == {"OK"} and stats["newscrawl/monitors/failed"] == 0
    # Spidermon's own coverage stats, null and [] counted as missing: optional fields are partial.
    assert stats["spidermon_field_coverage/Article/title"] == 1.0
    assert 0 < stats["spidermon_field_coverage/Article/pretitle"] < 1
    with_pretitle = sum(1 for i in full_crawl.items if i["pretitle"])
    assert stats["spidermon_field_coverage/Article/pretitle"] == with_pretitle / len(full_crawl.items)


def test_unmet_monitors_fail_the_run_and_an_unchanged_rerun_passes(tmp_path):
    replica = Replica(seed=3, scale=0.1)
    with ReplicaServer(replica) as server:
        truth = replica.truth(server.url)
        assert any(row["pretitle"] is None for row in truth)  # a rule of 100% pretitle cannot be met
        rules = json.dumps({"Article/title": 1.0, "Article/pretitle": 1.0})
        first = run_crawl(server.url, tmp_path / "1", output=None, env={"NEWSCRAWL_OUTPUT_DIR": str(tmp_path / "out")},
                          settings=[f"SPIDERMON_MIN_ITEMS={len(truth) + 1}", f"SPIDERMON_FIELD_COVERAGE_RULES={rules}"])
        # Unchanged portal, nothing new: the articles its lists show still count as seen.
        second = run_crawl(server.url, tmp_path / "2", output=None, env={"NEWSCRAWL_OUTPUT_DIR": str(tmp_path / "out")},
                           settings=["SPIDERMON_MIN_ITEMS=5"])
    assert first.returncode == 1, first.log[-3000:]
    results = outcome(first.stats)
    assert {k.split("/")[0] for k, v in results.items() if v == "FAIL"} == {"Articles seen", "Field Coverage Monitor"}
    reports = sorted((tmp_path / "out" / "sxrb").glob("*.stats.json"))
    report = json.loads(reports[0].read_text(encoding="utf-8"))
    assert report["verdict"] == "failed" and report["articles"]["new"] == len(truth)  # all delivered all the same
    assert [f.split(":")[0] for f in report["failures"]] == ["monitor Articles seen/at least SPIDERMON_MIN_ITEMS "
                                                              "articles, new or known",
                                                              "monitor Field Coverage Monitor/test_check_if_field_"
                                                              "coverage_rules_are_met"]
    assert f"{len(truth)} articles seen" in report["failures"][0] and "Article/pretitle" in report["failures"][1]
    assert {r["monitor"] for r in report["monitors"]} == set(results)
    assert "Run failed: monitor Articles seen" in first.log

    assert second.returncode == 0, second.log[-3000:]
    assert second.stats.get("item_scraped_count", 0) == 0
    assert set(outcome(second.stats).values()) <= {"OK", "SKIPPED"}
    assert outcome(second.stats)["Articles seen/at least SPIDERMON_MIN_ITEMS articles, new or known"] == "OK"
