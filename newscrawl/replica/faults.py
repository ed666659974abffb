"""A replica portal that misbehaves on purpose: the faults of issue 4, injected per URL.

:class:`FaultyReplicaServer` is a :class:`~newscrawl.replica.server.ReplicaServer` whose
handler first asks "is this path salted with a fault?" and, if so, lets the fault answer
(or break the connection) instead of the replica::

    with FaultyReplicaServer(Replica(seed=3, scale=0.1)) as srv:
        srv.salt(art.path(), HttpStatus(503, retry_after=1, times=2))   # 503 twice, then the page
        srv.salt(re.compile(r"^/GB/123/index\\d*\\.html$"), EndlessPager())  # a link trap
        ...crawl srv.url...
        srv.hits(art.path())   # how often the crawler asked for it

A fault answers the first ``times`` requests of its path (``None``: every request); later
requests get the normal page, which is how "recovers after N retries" is modelled.  Faults
that rewrite a page (charset, malformed HTML, pager, junk links) start from the replica's own
bytes for that path, so the crawl's output can still be compared with ``Replica.truth``.

Everything is served on loopback; links to other hosts are only ever *printed* in pages.
"""

from __future__ import annotations

import gzip
import re
import socket
import struct
import threading
import time
from collections import Counter
from dataclasses import dataclass

from . import pages
from .server import ReplicaServer, _Handler
from .site import Replica

#: A 1x1 PNG: what a misconfigured CMS serves under an ``.html`` name.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)
#: The page a provincial CMS shows, with status 200, for an article that is gone
#: (research/portals.md §3: 华龙网 serves ``404页面不存在`` as 200).
SOFT_404_HTML = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" />'
    "<title>页面不存在--山西新闻网</title></head><body><div class=\"err\"><h1>404</h1>"
    "<p>对不起，您访问的页面不存在或已被删除！</p><p><a href=\"/GB/index.html\">返回首页</a></p>"
    "</div></body></html>"
)


class Fault:
    """One way to answer a request badly.  Subclasses implement :meth:`serve`."""

    #: Short name of the fault (in reprs).
    kind = "fault"

    def __init__(self, times: int | None = None):
        self.times = times

    def active(self, attempt: int) -> bool:
        """Whether the ``attempt``-th request (1-based) of the path gets the fault."""
        return self.times is None or attempt <= self.times

    def serve(self, h: FaultHandler, path: str, attempt: int) -> None:  # pragma: no cover (abstract)
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{self.kind} fault, times={self.times}>"


class HttpStatus(Fault):
    """An error status (500/502/503/429…), optionally with ``Retry-After`` (seconds or an HTTP date)."""

    kind = "http_status"

    def __init__(self, status: int, retry_after: int | str | None = None, times: int | None = None):
        super().__init__(times)
        self.status, self.retry_after = status, retry_after

    def serve(self, h, path, attempt):
        headers = (("Retry-After", str(self.retry_after)),) if self.retry_after is not None else ()
        body = f"<html><body><h1>{self.status}</h1><p>服务器繁忙，请稍后再试</p></body></html>".encode("gbk")
        h.send_page(self.status, "text/html", body, headers)


class Static(Fault):
    """A fixed answer (a custom robots.txt, a soft-404 page, an empty body, a binary file)."""

    kind = "static"

    def __init__(self, body: bytes, content_type: str = "text/html", status: int = 200,
                 headers: tuple[tuple[str, str], ...] = (), times: int | None = None):
        super().__init__(times)
        self.body, self.content_type, self.status, self.headers = body, content_type, status, headers

    def serve(self, h, path, attempt):
        h.send_page(self.status, self.content_type, self.body, self.headers)


def Soft404(times: int | None = None) -> Static:  # noqa: N802 (reads like the other faults)
    """A 200-status "页面不存在" page."""
    return Static(SOFT_404_HTML.encode("gbk"), times=times)


def EmptyBody(times: int | None = None) -> Static:  # noqa: N802
    """Status 200, ``Content-Length: 0``: an overloaded CMS's answer."""
    return Static(b"", times=times)


def BinaryBody(content_type: str = "text/html", times: int | None = None) -> Static:  # noqa: N802
    """A PNG image under an ``.html`` URL, served as ``content_type``."""
    return Static(PNG, content_type, times=times)


def BusyPage(times: int | None = None) -> Static:  # noqa: N802
    """A 200-status "server busy" page (a CMS shedding load without saying 503)."""
    html = "<html><head><title>提示</title></head><body><p>服务器繁忙，请稍后再试。</p></body></html>"
    return Static(html.encode("gbk"), times=times)


def UndecodableText(times: int | None = None) -> Static:  # noqa: N802
    """An HTML page whose text is bytes no charset decodes (0xFF and 0x80 lead GBK nothing and
    are invalid UTF-8): to be dropped with a reason, never emitted as mojibake."""
    garbage = b"\xff\x80\xfe\xff\x80" * 200
    body = (b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" />'
            b"<title>" + garbage[:40] + b"</title></head><body><div class=\"jz\"><h1>" + garbage[:60]
            + b"</h1></div><div id=\"rwb_zw\"><p>" + garbage + b"</p></div></body></html>")
    return Static(body, times=times)


def Robots(text: str) -> Static:  # noqa: N802
    """A robots.txt (serve it at ``/robots.txt``)."""
    return Static(text.encode("utf-8"), "text/plain")


class Stall(Fault):
    """Headers and the first bytes of the page, then silence for ``seconds`` (past any timeout),
    or until ``release`` (a :class:`threading.Event`) is set: a test holds a crawl open while it
    does something else, then lets it go on."""

    kind = "stall"

    def __init__(self, seconds: float = 30.0, times: int | None = None, release: threading.Event | None = None):
        super().__init__(times)
        self.seconds = seconds
        self.release = release

    def serve(self, h, path, attempt):
        status, ctype, body = h.server.app.respond(path)
        h.send_head(status, ctype, len(body))
        h.wfile.write(body[:200])
        h.wfile.flush()
        deadline = time.monotonic() + self.seconds
        while time.monotonic() < deadline and not (self.release is not None and self.release.is_set()):
            if h.fault_server.stopping.wait(0.05):  # ends early when the server stops
                break
        h.close_connection = True


class ResetMidBody(Fault):
    """Half the body, then a TCP reset (RST), as when a proxy or the CMS process dies."""

    kind = "reset"

    def serve(self, h, path, attempt):
        status, ctype, body = h.server.app.respond(path)
        h.send_head(status, ctype, len(body))
        h.wfile.write(body[: len(body) // 2])
        h.wfile.flush()
        # Let the client read what was sent: a reset discards data still unread on its side,
        # which would make this a failure before the headers instead of one mid-body.
        h.fault_server.stopping.wait(0.2)
        # SO_LINGER with a zero timeout turns close() into a reset instead of a FIN.
        h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        h.close_connection = True
        h.connection.close()


class TruncatedBody(Fault):
    """``Content-Length`` promises the whole page; 60 % of it arrives, then a clean close.
    With ``declared=False`` no length is sent (the body ends when the connection closes, HTTP/1.0
    style), so nothing in HTTP says the page is cut short: only the missing ``</html>`` does."""

    kind = "truncated"

    def __init__(self, declared: bool = True, times: int | None = None):
        super().__init__(times)
        self.declared = declared

    def serve(self, h, path, attempt):
        status, ctype, body = h.server.app.respond(path)
        h.send_head(status, ctype, len(body) if self.declared else None)
        h.wfile.write(body[: len(body) * 6 // 10])
        h.wfile.flush()
        h.close_connection = True
        h.connection.shutdown(socket.SHUT_WR)


class Oversized(Fault):
    """An HTML page of ``size`` bytes, announced by Content-Length or (``declared=False``) not."""

    kind = "oversized"

    def __init__(self, size: int, declared: bool = True, times: int | None = None):
        super().__init__(times)
        self.size, self.declared = size, declared

    def serve(self, h, path, attempt):
        filler = b"<p>" + "山西新闻网".encode("gbk") * 50 + b"</p>\n"
        chunk = filler * (65536 // len(filler))
        if self.declared:
            h.send_head(200, "text/html", self.size)
        else:  # no length: the body ends when the connection closes (HTTP/1.0 style)
            h.send_head(200, "text/html", None)
            h.close_connection = True
        sent = 0
        try:
            while sent < self.size and not h.fault_server.stopping.is_set():
                piece = chunk[: self.size - sent]
                h.wfile.write(piece)
                sent += len(piece)
        except OSError:  # the crawler hung up once it had seen enough: that is the point
            h.close_connection = True


class GzipBomb(Fault):
    """``Content-Encoding: gzip``: a few kB on the wire, ``size`` bytes once decompressed."""

    kind = "gzip_bomb"

    def __init__(self, size: int = 64 * 1024 * 1024, times: int | None = None):
        super().__init__(times)
        self.size = size
        self._payload: bytes | None = None

    def serve(self, h, path, attempt):
        if self._payload is None:
            self._payload = gzip.compress(b"<html><body>" + b"\0" * self.size, compresslevel=9)
        h.send_page(200, "text/html", self._payload, (("Content-Encoding", "gzip"),))


class Redirect(Fault):
    """A redirect to ``location`` (build a loop by salting two paths at each other)."""

    kind = "redirect"

    def __init__(self, location: str, status: int = 302, times: int | None = None):
        super().__init__(times)
        self.location, self.status = location, status

    def serve(self, h, path, attempt):
        h.send_page(self.status, "text/html", b"", (("Location", self.location),))


class PageRewrite(Fault):
    """Serve the replica's page for the path, rewritten by :meth:`rewrite` (bytes → bytes)."""

    def serve(self, h, path, attempt):
        status, ctype, body = h.server.app.respond(path)
        if status != 200:
            h.send_page(status, ctype, body)
            return
        body, ctype = self.rewrite(body, ctype, path, h.server.app.replica)
        h.send_page(200, ctype, body)

    def rewrite(self, body: bytes, ctype: str, path: str, replica: Replica) -> tuple[bytes, str]:
        raise NotImplementedError  # pragma: no cover


class WrongCharsetHeader(PageRewrite):
    """The header claims ``charset`` (default utf-8) whatever the bytes are (GBK on most of the
    replica, UTF-8 in 晋中); the page's own ``<meta>`` still tells the truth."""

    kind = "wrong_charset_header"

    def __init__(self, charset: str = "utf-8", times: int | None = None):
        super().__init__(times)
        self.charset = charset

    def rewrite(self, body, ctype, path, replica):
        return body, f"text/html; charset={self.charset}"


class LateMetaCharset(PageRewrite):
    """The only charset declaration is a ``<meta>`` after ~5 KB of head junk (w3lib reads 4 KB)."""

    kind = "late_meta_charset"
    META = re.compile(rb'<meta http-equiv="Content-Type" content="text/html; charset=[\w-]+" />\n')

    def rewrite(self, body, ctype, path, replica):
        m = self.META.search(body)
        assert m, "replica pages declare their charset in a <meta>"
        junk = b"<script type=\"text/javascript\">\n" + b"var _hmt = _hmt || []; /* tracking */\n" * 140 + b"</script>\n"
        body = body[: m.start()] + junk + m.group(0) + body[m.end():]
        return body, "text/html"


class Redesign(PageRewrite):
    """The portal's template changed: ``old`` → ``new`` in the page's bytes (class names, say),
    so the profile's selectors for that markup find nothing."""

    kind = "redesign"

    def __init__(self, old: bytes, new: bytes, times: int | None = None):
        super().__init__(times)
        self.old, self.new = old, new

    def rewrite(self, body, ctype, path, replica):
        return body.replace(self.old, self.new), ctype


class MetaRefresh(PageRewrite):
    """A ``<meta http-equiv="refresh">`` in the page's head: to ``target`` after ``delay``
    seconds (a "this page has moved" stub when the delay is 0), or, with no target, to the
    page itself (the auto-reload many portal pages carry)."""

    kind = "meta_refresh"

    def __init__(self, target: str | None = None, delay: int = 0, times: int | None = None):
        super().__init__(times)
        self.target, self.delay = target, delay

    def rewrite(self, body, ctype, path, replica):
        tag = f'<meta http-equiv="refresh" content="{self.delay}; url={self.target or path}" />\n'.encode()
        head = body.find(b"<head>") + len(b"<head>")
        return body[:head] + b"\n" + tag + body[head:], ctype


class MalformedHtml(PageRewrite):
    """What old CMS templates do: no ``</p>``, ``</li>`` or ``</font>``, a stray ``</body></html>``
    in the middle of the body, and the last ``</div>``s missing.  Browsers render it fine."""

    kind = "malformed_html"

    def rewrite(self, body, ctype, path, replica):
        for tag in (b"</p>", b"</li>", b"</font>"):
            body = body.replace(tag, b"")
        start = body.find(b'<div id="rwb_zw"')
        cut = body.find(b"<p", body.find(b"<p", start) + 2) if start >= 0 else -1
        if cut > 0:  # between the first and second body paragraph
            body = body[:cut] + b"</body></html>\n" + body[cut:]
        tail = body.rfind(b"</div>")
        return body[:tail] + body[tail + len(b"</div>"):], ctype


class JunkLinks(PageRewrite):
    """Extra list entries pointing off the portal: other schemes, other and private hosts."""

    kind = "junk_links"
    HREFS = (
        "javascript:void(0);",
        "javascript:window.open('/GB/1/9000001.html')",
        "mailto:sxrbw@163.com",
        "file:///etc/passwd",
        "ftp://ftp.sxrb.com/GB/1/9000002.html",
        "http://www.people.com.cn/GB/1/9000003.html",
        "http://news.sxrb.com.evil.example/GB/1/9000004.html",
        "http://10.0.0.7/GB/1/9000005.html",
        "http://192.168.1.1/GB/1/9000006.html",
        "http://169.254.169.254/latest/meta-data/9000007.html",
        "http://localhost/GB/1/9000008.html",
        "//cdn.example.net/GB/1/9000009.html",
    )

    def rewrite(self, body, ctype, path, replica):
        rows = "".join(f'<li><a href="{href}">链接</a><em>2024-04-30 10:00</em></li>\n' for href in self.HREFS)
        marker = re.search(rb'<ul class="\s*list_16 mt10">\n', body)
        assert marker, "JunkLinks salts column list pages"
        return body[: marker.end()] + rows.encode("ascii", "xmlcharrefreplace") + body[marker.end():], ctype


class EndlessPager(Fault):
    """A column list whose pager never ends: page n always links 下一页 → page n+1.

    Salt it with a regex over the column's list URLs.  Pages past the column's real last page
    list nothing (the CMS renders its template around an empty query), like a calendar that
    links to the next day forever.
    """

    kind = "endless_pager"
    PAGE = re.compile(r"^/GB/(\d+)/index(\d*)\.html$")

    def serve(self, h, path, attempt):
        m = self.PAGE.match(path.split("?", 1)[0])
        replica = h.server.app.replica
        ch = replica.by_node.get(int(m.group(1))) if m else None
        if ch is None:
            h.send_page(*h.server.app.respond(path))
            return
        n = int(m.group(2) or 1)
        html = pages.channel_page(replica, ch, n)
        link = f'<a href="index{n + 1}.html">下一页</a>'
        if '<div class="page_n clearfix">' in html:
            html = html.replace('<div class="page_n clearfix">', '<div class="page_n clearfix">' + link, 1)
        else:
            html = html.replace('<div class="wqhg">', f'<div class="page_n clearfix">{link}</div>\n<div class="wqhg">', 1)
        body, ctype = pages.encode_page(html, ch.encoding)
        h.send_page(200, ctype, body)


@dataclass
class _Salt:
    pattern: str | re.Pattern[str]
    fault: Fault

    def matches(self, path: str) -> bool:
        if isinstance(self.pattern, str):
            return path == self.pattern
        return self.pattern.match(path) is not None


class FaultHandler(_Handler):
    """The replica's handler, with faults first."""

    fault_server: FaultyReplicaServer

    def do_GET(self) -> None:  # noqa: N802
        self.server.record(self.path)
        path = self.path.split("?", 1)[0]
        attempt = self.fault_server.count(path)
        fault = self.fault_server.fault_for(path)
        if fault is not None and fault.active(attempt):
            try:
                fault.serve(self, path, attempt)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True
            return
        self.send_page(*self.server.app.respond(self.path))

    def handle(self) -> None:
        # A crawler that gives up on a stalled or oversized answer hangs up mid-write; that is
        # the expected end of those faults, not a server error worth a traceback on stderr.
        try:
            super().handle()
        except (ConnectionError, TimeoutError):
            pass

    def send_head(self, status: int, ctype: str, length: int | None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if length is not None:
            self.send_header("Content-Length", str(length))
        else:
            self.send_header("Connection", "close")
        self.send_header("Server", "nginx")
        self.end_headers()


class FaultyReplicaServer(ReplicaServer):
    """A :class:`ReplicaServer` with faults salted on chosen paths (see the module docstring)."""

    def __init__(self, replica: Replica, host: str = "127.0.0.1", port: int = 0):
        # Each server gets its own handler class so the handler can reach this object.
        self.handler_class = type("BoundFaultHandler", (FaultHandler,), {"fault_server": self})
        super().__init__(replica, host, port)
        self.salts: list[_Salt] = []
        self.stopping = threading.Event()
        self._hits: Counter[str] = Counter()
        self._lock = threading.Lock()

    def salt(self, pattern: str | re.Pattern[str], fault: Fault) -> Fault:
        """Answer requests for ``pattern`` (an exact path or a compiled regex) with ``fault``."""
        self.salts.insert(0, _Salt(pattern, fault))  # later salts win
        return fault

    def fault_for(self, path: str) -> Fault | None:
        return next((s.fault for s in self.salts if s.matches(path)), None)

    def count(self, path: str) -> int:
        """Register one more request of ``path``; return its 1-based number."""
        with self._lock:
            self._hits[path] += 1
            return self._hits[path]

    def hits(self, path: str) -> int:
        """How many times ``path`` was requested so far."""
        return self._hits[path]

    def hits_matching(self, pattern: re.Pattern[str]) -> int:
        """How many requests so far were for paths matching ``pattern``."""
        with self._lock:
            return sum(n for path, n in self._hits.items() if pattern.match(path))

    def stop(self) -> None:
        self.stopping.set()
        super().stop()


__all__ = [
    "BinaryBody", "BusyPage", "EmptyBody", "EndlessPager", "Fault", "FaultyReplicaServer", "GzipBomb", "HttpStatus",
    "JunkLinks", "LateMetaCharset", "MalformedHtml", "Oversized", "PageRewrite", "Redirect", "ResetMidBody",
    "MetaRefresh", "Redesign", "Robots", "Soft404", "Stall", "Static", "TruncatedBody", "UndecodableText", "WrongCharsetHeader",
]


def salt_permanent_faults(server: FaultyReplicaServer) -> dict:
    """The permanent faults every real portal has, salted on ``server``'s replica: a column whose
    articles robots.txt disallows (its list page allowed), a dead article (404), two soft-404
    articles, a dead column list page and a dead city channel page.  Returns what was salted
    (paths and counts, plain values) for the crawl's assertions."""
    replica = server.replica
    cities = [c for c in replica.by_node.values() if c.kind == "city"]
    dead_city = cities[-1]
    below = {c for c in replica.columns if dead_city in c.lineage}
    def shared(c) -> int:  # listings of articles that are listed elsewhere too
        return sum(1 for lst in c.listings if lst.article.column is not c or lst.article.also_in)

    # The columns whose articles are listed nowhere else (on a deep archive, the least shared).
    candidates = sorted((c for c in replica.columns if c.listings and c not in below), key=shared)
    robots_col, dead_col = candidates[0], candidates[1]
    pool = [a for a in replica.articles if len(a.pages) == 1 and not a.also_in
            and a.column not in (robots_col, dead_col) and a.column not in below]
    dead, soft = pool[0], pool[1:3]
    server.salt("/robots.txt", Robots(f"User-agent: *\nAllow: /GB/{robots_col.node}/index\n"
                                      f"Disallow: /GB/{robots_col.node}/\n"))
    server.salt(dead.path(), HttpStatus(404))
    for a in soft:
        server.salt(a.path(), Soft404())
    server.salt(f"/GB/{dead_col.node}/index.html", HttpStatus(404))
    server.salt(f"/GB/{dead_city.node}/index.html", HttpStatus(404))
    return {
        "robots_node": robots_col.node, "robots_articles": len(robots_col.listings) - shared(robots_col),
        "dead_articles": [dead.path(), *(a.path() for a in soft)],
        "dead_pages": [f"/GB/{dead_col.node}/index.html", f"/GB/{dead_city.node}/index.html"],
    }
