"""Bounds of the profile-free walk over HTTP: a page with 100,000 links, a redirect to another
port of the same host (issue 13)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from .conftest import run_crawl


class _Site:
    """A tiny loopback site: ``pages`` maps a path to (status, headers, body); the rest 404."""

    def __init__(self, pages):
        site = self
        self.pages = pages
        self.requests: list[str] = []

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802
                site.requests.append(self.path)
                status, headers, body = site.pages(self.path)
                self.send_response(status)
                for k, v in {"Content-Type": "text/html; charset=utf-8", **headers}.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


N_LINKS = 100_000
BIG = ("<html><head><meta charset='utf-8'><title>全部稿件</title></head><body><ul>"
       + "".join(f"<li><a href='/content/2024-05/03/content_{i}.htm'>第{i}号稿件标题</a></li>" for i in range(N_LINKS))
       + "</ul></body></html>").encode("utf-8")


def test_a_page_with_100k_links_queues_a_bounded_number(tmp_path):
    def pages(path):
        if path == "/":
            return 200, {}, BIG
        return 404, {}, b"<html><body>404 Not Found</body></html>"

    with _Site(pages) as site:
        result = run_crawl(site.url, tmp_path, "-a", f"start_url={site.url}/",
                           settings=["NEWSCRAWL_MAX_LINKS_PER_PAGE=300", "MEMUSAGE_ENABLED=True",
                                     "MEMUSAGE_CHECK_INTERVAL_SECONDS=0.05"])  # (default: every 60 s)
        requested = [p for p in site.requests if p.startswith("/content/")]
    assert result.returncode in (0, 1), result.log[-2000:]  # 1: the run's verdict (no article)
    assert 0 < len(requested) <= 300
    assert result.stats["newscrawl/links/truncated_pages"] == 1
    assert "more than NEWSCRAWL_MAX_LINKS_PER_PAGE=300 links" in result.log
    # A 4.7 MB page of links is parsed once; nothing is kept per unread link.  (Peak RSS sampled
    # every 50 ms: 45 MB above the start on 2026-12-06; 100 000 queued requests would add more.)
    assert result.stats["memusage/max"] - result.stats["memusage/startup"] < 100 * 2**20


def test_a_redirect_to_another_port_of_the_same_host_is_off_site(tmp_path):
    with _Site(lambda path: (200, {}, b"<html><body>other server</body></html>")) as other:
        article = ("<html><head><meta charset='utf-8'><title>稿件</title></head><body><ul>"
                   + "".join(f"<li><a href='/content/2024-05/03/content_{i}.htm'>第{i}号稿件的标题</a></li>"
                             for i in range(3)) + "</ul></body></html>").encode()

        def pages(path):
            if path == "/":
                return 200, {}, article
            if path.startswith("/content/"):
                return 302, {"Location": f"{other.url}{path}"}, b""
            return 404, {}, b"<html><body>404</body></html>"

        with _Site(pages) as site:
            result = run_crawl(site.url, tmp_path, "-a", f"start_url={site.url}/")
        assert not other.requests
    assert result.stats["newscrawl/faults/redirect_offsite"] == 3
    assert result.stats["newscrawl/articles/failed/redirect_offsite"] == 3
