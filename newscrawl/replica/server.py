"""A loopback HTTP server for the replica portal (the demo's target and the tests' fixture).

URL space, as on sxrb.com (research/portals.md §1.2)::

    /  /GB/index.html                     home            (/BIG5/… the gateway twin of any GB page)
    /GB/{node}/index.html, index{N}.html  channel and list pages (index1.html is page 1)
    /GB/{node}/{id}.html, {id}-{n}.html   article page 1 and page n
    /GB/review/{YYYY-MM-DD}.html          往期回顾 calendar (endless: not part of the tree)
    /NMediaFile/…, /img/…                 images (a tiny JPEG)
    /robots.txt

Pages are rendered on first request and cached.  Every request path is recorded in
:attr:`ReplicaServer.requests` so tests can assert what a crawl did and did not fetch.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from . import pages
from .site import Replica

ROBOTS = b"User-agent: *\nDisallow: /bbs/\nDisallow: /search/\n"
# The smallest valid JPEG-ish payload: images are linked, never parsed by the crawler.
JPEG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffd9")
_CHANNEL = re.compile(r"^/(GB|BIG5)/(\d+)/index(\d*)\.html$")
_ARTICLE = re.compile(r"^/(GB|BIG5)/(\d+)/(\d+)(?:-(\d+))?\.html$")
_REVIEW = re.compile(r"^/(GB|BIG5)/review/(\d{4}-\d{2}-\d{2})\.html$")
_HOME = re.compile(r"^/(?:(GB|BIG5)/(?:index\.html)?)?$")


class ReplicaApp:
    """Maps a request path to (status, content type, body) for one :class:`Replica`."""

    def __init__(self, replica: Replica):
        self.replica = replica
        self.respond = lru_cache(maxsize=8192)(self._respond)

    def _respond(self, path: str) -> tuple[int, str, bytes]:
        r = self.replica
        path = path.split("?", 1)[0]
        if path == "/robots.txt":
            return 200, "text/plain", ROBOTS
        if path.startswith(("/NMediaFile/", "/img/")) or path.endswith((".jpg", ".png")):
            return 200, "image/jpeg", JPEG
        if m := _HOME.match(path):
            gateway = m.group(1) or "GB"
            return self._page(pages.channel_page(r, r.home, 1, gateway), "gbk", gateway)
        if m := _CHANNEL.match(path):
            gateway, node, n = m.group(1), int(m.group(2)), int(m.group(3) or 1)
            ch = r.by_node.get(node)
            if ch is not None and 1 <= n <= ch.list_pages():
                return self._page(pages.channel_page(r, ch, n, gateway), ch.encoding, gateway)
        if m := _ARTICLE.match(path):
            gateway, node, aid, n = m.group(1), int(m.group(2)), int(m.group(3)), int(m.group(4) or 1)
            art = r.find_article(node, aid)
            if art is not None and 1 <= n <= len(art.pages):
                return self._page(pages.article_page(r, art, n, gateway), art.encoding, gateway)
        if m := _REVIEW.match(path):
            return self._page(pages.review_page(m.group(2)), "gbk", m.group(1))
        return self._not_found()

    @staticmethod
    def _page(html: str, encoding: str, gateway: str) -> tuple[int, str, bytes]:
        body, ctype = pages.encode_page(html, encoding, gateway)
        return 200, ctype, body

    @staticmethod
    def _not_found() -> tuple[int, str, bytes]:
        html = "<html><head><title>404 Not Found</title></head><body><h1>您访问的页面不存在</h1></body></html>"
        return 404, "text/html", html.encode("gbk")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as Scrapy's downloader expects of a real site
    # Headers and body go out in separate writes; with Nagle on, each keep-alive response
    # waits ~40 ms for the client's delayed ACK.  Real servers set TCP_NODELAY too.
    disable_nagle_algorithm = True
    server: _Server

    def do_GET(self) -> None:  # noqa: N802 (http.server API)
        self.server.record(self.path)
        self.send_page(*self.server.app.respond(self.path))

    def send_page(self, status: int, ctype: str, body: bytes, headers: tuple[tuple[str, str], ...] = ()) -> None:
        """A whole, well-formed response (subclasses such as the fault server's handler reuse it)."""
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Server", "nginx")
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # quiet: tests read .requests instead
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # socketserver's default listen backlog (5) drops connections when a crawler opens 16 at
    # once; the kernel then retries after 1 s, which looks like a timeout to a short DOWNLOAD_TIMEOUT.
    request_queue_size = 128

    def __init__(self, addr, app: ReplicaApp, handler: type[BaseHTTPRequestHandler] = _Handler):
        super().__init__(addr, handler)
        self.app = app
        self.requests: list[str] = []
        self._lock = threading.Lock()

    def record(self, path: str) -> None:
        with self._lock:
            self.requests.append(path)


class ReplicaServer:
    """Serve a :class:`Replica` on 127.0.0.1 in a background thread.

    >>> with ReplicaServer(Replica(seed=1, scale=0.2)) as srv:   # doctest: +SKIP
    ...     srv.url   # 'http://127.0.0.1:40123'
    """

    #: The request handler; a subclass may serve some requests differently
    #: (:mod:`newscrawl.replica.faults` injects faults this way).
    handler_class: type[BaseHTTPRequestHandler] = _Handler

    def __init__(self, replica: Replica, host: str = "127.0.0.1", port: int = 0):
        self.replica = replica
        self.app = ReplicaApp(replica)
        self._httpd = _Server((host, port), self.app, self.handler_class)
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def requests(self) -> list[str]:
        return self._httpd.requests

    def publish(self, replica: Replica) -> None:
        """Serve another state of the site from now on (e.g. ``Replica(day=1)``: the next day)."""
        self.replica = replica
        self.app = ReplicaApp(replica)
        self._httpd.app = self.app

    def start(self) -> ReplicaServer:
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="replica", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def serve_forever(self) -> None:
        self._httpd.serve_forever()

    def __enter__(self) -> ReplicaServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
