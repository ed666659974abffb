"""The project deployed on a real scrapyd, as a data team would run it.

scrapyd (its PyPI package) runs in its own virtual environment (``scripts/setup-scrapyd``: the
pinned dependencies and scrapyd, *not* newscrawl: the egg is all it has of the project), on a
Unix socket in a temporary folder (scrapyd cannot be given port 0; a socket needs no free
port).  The egg is built by scrapyd-client's ``scrapyd-deploy --build-egg`` from a copy of the
project and uploaded through ``addversion.json``; jobs are started with ``schedule.json``.
"""

from __future__ import annotations

import http.client
import json
import os
import shutil
import socket
import subprocess
import time
import uuid
from pathlib import Path

import pytest

from newscrawl.replica import Replica
from newscrawl.replica.faults import FaultyReplicaServer, Slow

from .conftest import FAST, ROOT

PROJECT_FILES = ["scrapy.cfg", "setup.py", "pyproject.toml"]


class _UnixHTTPConnection(http.client.HTTPConnection):
    def __init__(self, path: str):
        super().__init__("localhost", timeout=30)
        self.socket_path = path

    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(30)
        self.sock.connect(self.socket_path)


class Scrapyd:
    def __init__(self, home: Path, python: Path):
        self.home = home
        self.python = python
        self.socket = home / "scrapyd.sock"

    def call(self, method: str, endpoint: str, fields: dict | None = None, files: dict | None = None) -> dict:
        body, headers = b"", {}
        if method == "POST":
            boundary = uuid.uuid4().hex
            parts = []
            for name, value in (fields or {}).items():
                for v in value if isinstance(value, list) else [value]:
                    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{v}\r\n'.encode())
            for name, (filename, data) in (files or {}).items():
                parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                             f'Content-Type: application/octet-stream\r\n\r\n'.encode() + data + b"\r\n")
            body = b"".join(parts) + f"--{boundary}--\r\n".encode()
            headers["Content-Type"] = f"multipart/form-data; boundary={boundary}"
        elif fields:
            endpoint += "?" + "&".join(f"{k}={v}" for k, v in fields.items())
        conn = _UnixHTTPConnection(str(self.socket))
        try:
            conn.request(method, "/" + endpoint, body=body or None, headers=headers)
            return json.loads(conn.getresponse().read())
        finally:
            conn.close()

    def job_log(self, job: str) -> str:
        return (self.home / "logs" / "newscrawl" / "portal" / f"{job}.log").read_text(encoding="utf-8")

    def wait_finished(self, jobs: list[str], timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            listed = self.call("GET", "listjobs.json", {"project": "newscrawl"})
            if set(jobs) <= {j["id"] for j in listed["finished"]}:
                return
            time.sleep(0.3)
        raise AssertionError(f"scrapyd jobs {jobs} did not finish: {listed}")


@pytest.fixture(scope="session")
def scrapyd(tmp_path_factory):
    """A real scrapyd in its own environment; stopped at the end of the session."""
    setup = subprocess.run([str(ROOT / "scripts" / "setup-scrapyd")], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert setup.returncode == 0, setup.stderr[-3000:]
    python = Path(setup.stdout.strip().splitlines()[-1])
    home = tmp_path_factory.mktemp("scrapyd")
    (home / "scrapyd.conf").write_text(
        "[scrapyd]\nhttp_port = 0\nunix_socket_path = scrapyd.sock\npoll_interval = 0.2\nmax_proc = 4\n"
        "eggs_dir = eggs\nlogs_dir = logs\ndbs_dir = dbs\n", encoding="utf-8")
    # scrapyd passes its environment on to jobs: no NEWSCRAWL_OUTPUT_DIR here (the job is told
    # through schedule.json), and nothing that could import the checkout instead of the egg.
    env = {k: v for k, v in os.environ.items()
           if k not in ("NEWSCRAWL_OUTPUT_DIR", "PYTHONPATH", "VIRTUAL_ENV", "SCRAPY_SETTINGS_MODULE")}
    proc = subprocess.Popen([str(python.parent / "scrapyd")], cwd=home, env=env,
                            stdout=open(home / "scrapyd.out", "wb"), stderr=subprocess.STDOUT)
    server = Scrapyd(home, python)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if server.call("GET", "daemonstatus.json").get("status") == "ok":
                    break
            except OSError:
                pass
            assert proc.poll() is None and time.monotonic() < deadline, (home / "scrapyd.out").read_text()[-3000:]
            time.sleep(0.2)
        yield server
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def build_egg(python: Path, work: Path) -> bytes:
    """``scrapyd-deploy --build-egg`` on a copy of the project (it writes build/ where it runs)."""
    src = work / "src"
    src.mkdir()
    for name in PROJECT_FILES:
        shutil.copy(ROOT / name, src / name)
    shutil.copytree(ROOT / "newscrawl", src / "newscrawl", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    egg = work / "newscrawl.egg"
    done = subprocess.run([str(python.parent / "scrapyd-deploy"), "--build-egg", str(egg)], cwd=src,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    return egg.read_bytes()


def feed_items(folder: Path) -> list[dict]:
    return [json.loads(line) for f in sorted(folder.glob("*.jsonl"))
            for line in f.read_text(encoding="utf-8").splitlines()]


def test_deploy_and_schedule_on_scrapyd(scrapyd, tmp_path):
    added = scrapyd.call("POST", "addversion.json", {"project": "newscrawl", "version": "1"},
                         files={"egg": ("newscrawl.egg", build_egg(scrapyd.python, tmp_path))})
    assert added["status"] == "ok" and added["spiders"] == 1, added  # scrapyd ran the egg to list them
    assert scrapyd.call("GET", "listspiders.json", {"project": "newscrawl"})["spiders"] == ["portal"]

    out = tmp_path / "output"
    replica = Replica(seed=11, scale=0.3)
    with FaultyReplicaServer(replica) as server:
        # The home page answers slowly: whichever job takes the site's lock first still holds
        # it when the other starts, however loaded the machine is.
        server.salt("/GB/index.html", Slow(2.0))
        def schedule() -> str:
            answer = scrapyd.call("POST", "schedule.json", {
                "project": "newscrawl", "spider": "portal", "site": "sxrb", "base_url": server.url,
                "setting": [f"NEWSCRAWL_OUTPUT_DIR={out}", *FAST]})
            assert answer["status"] == "ok", answer
            return answer["jobid"]

        # Two jobs for one site at once: one crawls, the other is refused.
        first, second = schedule(), schedule()
        scrapyd.wait_finished([first, second])
        logs = {job: scrapyd.job_log(job) for job in (first, second)}
        refused = [job for job, log in logs.items() if "another run for site 'sxrb' is in progress" in log]
        assert len(refused) == 1, {job: log[-2000:] for job, log in logs.items()}
        (ran,) = set(logs) - set(refused)
        truth = sorted(r["id"] for r in replica.truth(server.url))
        assert sorted(i["id"] for i in feed_items(out / "sxrb")) == truth  # every article, once
        reports = {p.name: json.loads(p.read_text()) for p in (out / "sxrb").glob("*.stats.json")}
        assert sorted(r["verdict"] for r in reports.values()) == ["ok", "refused"]
        (refusal,) = [r for r in reports.values() if r["verdict"] == "refused"]
        assert refusal["job"] == refused[0] and "in progress" in refusal["failures"][0]
        assert (out / "state.sqlite3").is_file()  # the state lives in the output folder given

        # The next job on the unchanged portal delivers nothing, and says so.
        third = schedule()
        scrapyd.wait_finished([third])
        logs[third] = scrapyd.job_log(third)
        assert len(feed_items(out / "sxrb")) == len(truth)
        (report,) = [json.loads(p.read_text()) for p in (out / "sxrb").glob("*.stats.json")
                     if p.name not in reports]
        assert report["verdict"] == "ok" and report["articles"]["new"] == 0
    for job, log in logs.items():
        assert "Traceback" not in log and " ERROR: " not in log, (job, log[-3000:])
    assert "Spider closed (finished)" in logs[ran] and "Spider closed (finished)" in logs[third]
    assert not (scrapyd.home / "output").exists()  # nothing went to the default folder
