"""A real HTTP server on 127.0.0.1 (ephemeral port, own thread) serving news pages for fetch tests.

Routes are set per test (`server.route(path, handler)`); every request is counted per path, with
its headers, so tests can assert how often a URL was asked for and what User-Agent came.
"""

from __future__ import annotations

import gzip
import threading
import time
from collections import Counter
from collections.abc import Callable
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Handler = Callable[[BaseHTTPRequestHandler, int], None]
"""(request handler, how many times this path was asked for so far, this one included)."""


def article_html(title: str, paragraphs: list[str], site: str | None = None, published: str | None = None) -> str:
    """A plausible news page: header, nav, the article, footer."""
    meta = [f'<meta property="og:title" content="{escape(title)}">']
    if site:
        meta.append(f'<meta property="og:site_name" content="{escape(site)}">')
    if published:
        meta.append(f'<meta property="article:published_time" content="{published}">')
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>
{chr(10).join(meta)}
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>{escape(title)}</h1>
{body}
</article></main>
<footer><p>Contact us</p></footer>
</body></html>"""


HARBOUR_A = [
    "A fire broke out at the northern harbour warehouse late on Tuesday, fire officials said.",
    "Three people were killed and eleven were taken to hospital with smoke injuries.",
    "More than 60 firefighters fought the blaze for six hours before bringing it under control.",
    "The cause of the fire is not yet known, and an investigation has been opened.",
    "The harbour authority said shipping would resume on Thursday morning.",
]
HARBOUR_B = [
    "Firefighters battled a large blaze at a warehouse in the northern harbour on Tuesday night.",
    "Three people died in the fire and eleven others were treated in hospital for smoke inhalation.",
    "About 60 firefighters spent six hours bringing the flames under control, officials said.",
    "Investigators have not yet determined what caused the fire.",
    "Port traffic is expected to restart on Thursday, according to the harbour authority.",
]


class PageServer:
    """ThreadingHTTPServer on 127.0.0.1:0 with per-path handlers and request counts."""

    def __init__(self) -> None:
        self.routes: dict[str, Handler] = {}
        self.counts: Counter[str] = Counter()
        self.headers: list[dict[str, str]] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        server = self

        class _H(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            _counted = False

            def do_GET(self) -> None:  # noqa: N802 - http.server API
                path = self.path.split("?", 1)[0]
                with server._lock:
                    server.counts[path] += 1
                    n = server.counts[path]
                    server.headers.append(dict(self.headers))
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                self._counted = True
                try:
                    handler = server.routes.get(path)
                    if handler is None:
                        send(self, 404, "<html><body><p>Not found</p></body></html>")
                    else:
                        handler(self, n)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                finally:
                    self._done()

            def _done(self) -> None:
                with server._lock:
                    if self._counted:
                        server.in_flight -= 1
                        self._counted = False

            def send_response(self, code: int, message: str | None = None) -> None:
                # A request stops counting as in flight once its answer starts: the client may
                # finish reading and send its next request before this handler returns.
                self._done()
                super().send_response(code, message)

            def log_message(self, *args: object) -> None:  # keep test output quiet
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _H)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="page-server", daemon=True)

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def route(self, path: str, handler: Handler) -> str:
        self.routes[path] = handler
        return self.url(path)

    def page(self, path: str, html: str) -> str:
        return self.route(path, lambda h, n: send(h, 200, html))

    def __enter__(self) -> "PageServer":
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def send(
    h: BaseHTTPRequestHandler,
    status: int,
    body: str | bytes,
    ctype: str = "text/html; charset=utf-8",
    headers: dict[str, str] | None = None,
) -> None:
    data = body.encode("utf-8") if isinstance(body, str) else body
    h.send_response(status)
    h.send_header("Content-Type", ctype)
    h.send_header("Content-Length", str(len(data)))
    h.send_header("Connection", "close")
    for k, v in (headers or {}).items():
        h.send_header(k, v)
    h.end_headers()
    h.wfile.write(data)


def redirect(location: str, status: int = 302) -> Handler:
    return lambda h, n: send(h, status, "", headers={"Location": location})


def fail_then(html: str, failures: int = 1, status: int = 500) -> Handler:
    """`failures` answers with `status`, then the page."""
    return lambda h, n: send(h, status, "<p>try again</p>") if n <= failures else send(h, 200, html)


def slow(seconds: float, html: str = "<p>late</p>") -> Handler:
    def handler(h: BaseHTTPRequestHandler, n: int) -> None:
        time.sleep(seconds)
        send(h, 200, html)

    return handler


def endless(chunk: int = 64 * 1024, limit: int = 50_000_000) -> Handler:
    """A body with no Content-Length that goes on (up to `limit`) until the client hangs up."""

    def handler(h: BaseHTTPRequestHandler, n: int) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Connection", "close")
        h.end_headers()
        sent = 0
        block = b"<p>" + b"x" * (chunk - 8) + b"</p>\n"
        while sent < limit:
            h.wfile.write(block)
            sent += len(block)

    return handler


def gzipped(html: str) -> Handler:
    return lambda h, n: send(h, 200, gzip.compress(html.encode("utf-8")), headers={"Content-Encoding": "gzip"})
