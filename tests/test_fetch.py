"""reconcile/fetch.py against a real HTTP server on 127.0.0.1, and the address guard on its own."""

from __future__ import annotations

import hashlib
import socket
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from local_server import (
    HARBOUR_A,
    HARBOUR_B,
    PageServer,
    article_html,
    endless,
    fail_then,
    gzipped,
    redirect,
    send,
    slow,
)

from reconcile import fetch
from reconcile.errors import StoryError
from reconcile.records import ArticleSpec
from reconcile.settings import Settings

PAGE_A = article_html("Fire at the northern harbour", HARBOUR_A, site="Harbour Gazette")
PAGE_B = article_html("Harbour blaze", HARBOUR_B)


@pytest.fixture()
def server():
    with PageServer() as s:
        s.page("/ok", PAGE_A)
        s.page("/plain", PAGE_B)
        yield s


def policy(server: PageServer | None = None, **kw) -> fetch.FetchPolicy:
    base = dict(fetch_timeout=2.0, fetch_backoff=0.01, fetch_retries=2, allow_hosts=(server.host,) if server else ())
    base.update(kw)
    resolver = base.pop("resolver", None)
    return fetch.FetchPolicy.from_settings(Settings(**base), resolver=resolver)


# --- the address guard ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "addr, why",
    [
        ("127.0.0.1", "127.0.0.1 is a loopback address"),
        ("127.8.9.10", "a loopback address"),
        ("10.1.2.3", "10.1.2.3 is a private address"),
        ("172.16.0.1", "a private address"),
        ("192.168.1.1", "a private address"),
        ("169.254.169.254", "169.254.169.254 is a link-local address"),
        ("224.0.0.1", "a multicast address"),
        ("239.255.255.250", "a multicast address"),
        ("0.0.0.0", "0.0.0.0 is an unspecified address"),
        ("100.64.0.1", "not a public address"),
        ("240.0.0.1", "address"),
        ("255.255.255.255", "address"),
        ("::1", "::1 is a loopback address"),
        ("::", ":: is an unspecified address"),
        ("fe80::1", "a link-local address"),
        ("fe80::1%eth0", "fe80::1 is a link-local address"),
        ("fc00::1", "a private address"),
        ("fd12:3456::1", "a private address"),
        ("ff02::1", "a multicast address"),
        ("::ffff:127.0.0.1", "::ffff:127.0.0.1 is an IPv4-mapped loopback address (127.0.0.1)"),
        ("::ffff:10.0.0.1", "an IPv4-mapped private address (10.0.0.1)"),
        ("::ffff:169.254.169.254", "IPv4-mapped link-local"),
        ("64:ff9b::a00:1", "a NAT64 private address (10.0.0.1)"),
        ("2002:7f00:1::", "a 6to4 loopback address (127.0.0.1)"),
        ("2001:db8::1", "address"),
    ],
)
def test_guard_refuses_non_public_addresses(addr, why):
    problem = fetch.address_problem(addr)
    assert problem is not None and why in problem


@pytest.mark.parametrize(
    "addr", ["8.8.8.8", "1.1.1.1", "93.184.216.34", "2606:4700:4700::1111", "2a00:1450:4009:81f::200e"]
)
def test_guard_allows_public_addresses(addr):
    assert fetch.address_problem(addr) is None


@pytest.mark.parametrize(
    "entry, parsed",
    [("127.0.0.1:8000", ("127.0.0.1", 8000)), ("[::1]:8080", ("::1", 8080)), ("News.Test:443", ("news.test", 443))],
)
def test_allow_host_entries(entry, parsed):
    assert fetch.parse_allow_host(entry) == parsed


@pytest.mark.parametrize("entry", ["127.0.0.1", "localhost:", ":80", "host:99999", "http://x:80", "::1:80"])
def test_allow_host_needs_host_and_port(entry):
    with pytest.raises(ValueError, match="expected HOST:PORT|port must be"):
        fetch.parse_allow_host(entry)


# --- fetching -------------------------------------------------------------------------------


def test_fetches_a_page_with_an_identifying_user_agent(server):
    r = fetch.fetch_page(server.url("/ok"), policy(server))
    assert r.ok and r.status == 200 and r.attempts == 1
    assert r.data == PAGE_A.encode() and r.sha256 == hashlib.sha256(PAGE_A.encode()).hexdigest()
    ua = server.headers[-1]["User-Agent"]
    assert ua.startswith("reconcile/") and "(+https://github.com/" in ua


def test_404_is_not_retried(server):
    url = server.url("/gone")
    with pytest.raises(fetch.FetchError) as e:
        fetch.fetch_page(url, policy(server))
    assert str(e.value) == f"{url}: fetch failed: HTTP 404 Not Found"
    assert e.value.status == 404 and not e.value.retryable
    assert server.counts["/gone"] == 1


def test_500_then_200_is_retried(server):
    url = server.route("/flaky", fail_then(PAGE_B, failures=1))
    r = fetch.fetch_page(url, policy(server))
    assert r.ok and r.attempts == 2 and server.counts["/flaky"] == 2


def test_retries_are_bounded(server):
    url = server.route("/down", fail_then(PAGE_B, failures=99, status=503))
    r = fetch.fetch_recorded(url, policy(server, fetch_retries=2))
    assert not r.ok and r.status == 503 and r.attempts == 3 and server.counts["/down"] == 3
    assert r.reason == "HTTP 503 Service Unavailable"


def test_a_slow_answer_times_out_and_is_retried(server):
    url = server.route("/slow", slow(1.5))
    r = fetch.fetch_recorded(url, policy(server, fetch_timeout=0.2, fetch_retries=1))
    assert not r.ok and r.status is None
    assert r.reason == "timed out (no answer from 127.0.0.1 within 0.2 s)"
    assert r.attempts == 2 and server.counts["/slow"] == 2


def test_a_dripping_body_is_cut_at_the_deadline(server):
    """A server sending a byte at a time keeps each receive within the socket timeout; the whole-page
    deadline still ends the attempt, while the server is still sending."""
    sent = {"done": False}

    def drip(h, n):
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Connection", "close")
        h.end_headers()
        for _ in range(100):  # 100 x 0.1 s
            h.wfile.write(b" ")
            h.wfile.flush()
            time.sleep(0.1)
        sent["done"] = True

    url = server.route("/drip", drip)
    r = fetch.fetch_recorded(url, policy(server, fetch_timeout=2.0, fetch_total_timeout=0.5, fetch_retries=0))
    assert r.reason == "timed out (page not complete within 0.5 s)"
    assert not sent["done"]  # read(n) waited for the whole body before it looked at the deadline


def test_an_oversized_body_stops_being_read(server):
    url = server.route("/huge", endless())
    r = fetch.fetch_recorded(url, policy(server, max_file_bytes=100_000))
    assert not r.ok and r.reason == "page is over the 100,000-byte limit; refused (stopped reading)"
    assert r.attempts == 1


def test_an_announced_oversized_body_is_refused_before_reading(server):
    url = server.page("/big", "<p>" + "x" * 300_000 + "</p>")
    r = fetch.fetch_recorded(url, policy(server, max_file_bytes=100_000))
    assert r.reason == "page is 300,007 bytes, over the 100,000-byte limit; refused"


def test_gzip_bodies_are_decoded(server):
    url = server.route("/gz", gzipped(PAGE_B))
    assert fetch.fetch_page(url, policy(server)).data == PAGE_B.encode()


def cut_short(body: bytes, announced: int | None, headers: dict[str, str] | None = None):
    """An answer whose connection closes before the body is complete (announced or not)."""

    def handler(h, n):
        h.send_response(200)
        h.send_header("Content-Type", "text/html; charset=utf-8")
        if announced is not None:
            h.send_header("Content-Length", str(announced))
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        h.send_header("Connection", "close")
        h.end_headers()
        h.wfile.write(body)
        h.close_connection = True

    return handler


def test_a_body_cut_short_is_an_incomplete_page_and_retried(server):
    half = PAGE_A.encode()[:300]
    url = server.route("/cut", cut_short(half, len(PAGE_A.encode())))
    r = fetch.fetch_recorded(url, policy(server, fetch_retries=1))
    assert not r.ok and r.status == 200 and r.attempts == 2 and server.counts["/cut"] == 2
    assert r.reason == f"connection closed after 300 bytes of the {len(PAGE_A.encode()):,} announced; page incomplete"
    # a gzip body without Content-Length that stops mid-stream
    import gzip

    url = server.route("/cutgz", cut_short(gzip.compress(PAGE_A.encode())[:200], None, {"Content-Encoding": "gzip"}))
    r = fetch.fetch_recorded(url, policy(server, fetch_retries=0))
    assert r.reason == "connection closed after 200 bytes; page incomplete"
    # cut once, whole the second time: the retry gets the page
    url = server.route("/cut-once", lambda h, n: cut_short(half, 5000)(h, n) if n == 1 else send(h, 200, PAGE_A))
    assert fetch.fetch_page(url, policy(server)).data == PAGE_A.encode()


def test_non_html_is_refused(server):
    url = server.route("/doc.pdf", lambda h, n: send(h, 200, b"%PDF-1.7 ...", ctype="application/pdf"))
    r = fetch.fetch_recorded(url, policy(server))
    assert r.reason == "not an HTML page (Content-Type application/pdf)" and r.status == 200


def test_redirects_are_followed_and_bounded(server):
    url = server.route("/moved", redirect("/ok", 301))
    r = fetch.fetch_page(url, policy(server))
    assert r.ok and r.final_url == server.url("/ok") and r.url == url
    loop = server.route("/loop", redirect("/loop"))
    r = fetch.fetch_recorded(loop, policy(server, fetch_max_redirects=3))
    assert r.reason == f"more than 3 redirects (last to {loop})"
    assert server.counts["/loop"] == 4


def test_the_test_server_itself_is_refused_without_the_allow_list(server):
    url = server.url("/ok")
    r = fetch.fetch_recorded(url, policy(None))
    assert r.reason == "refused: 127.0.0.1 is a loopback address (use --allow-private to fetch it)"
    assert server.counts["/ok"] == 0


@pytest.mark.parametrize(
    "target, why",
    [
        ("http://10.0.0.1/admin", "10.0.0.1 is a private address"),
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address"),
        ("http://127.0.0.1:{other}/ok", "127.0.0.1 is a loopback address"),
        ("http://localhost:{port}/ok", "localhost resolves to"),
        ("http://[::ffff:127.0.0.1]:{port}/ok", "IPv4-mapped loopback address"),
        ("http://2130706433:{port}/ok", "2130706433 resolves to 127.0.0.1, a loopback address"),
        ("http://0.0.0.0:{port}/ok", "0.0.0.0 is an unspecified address"),
    ],
)
def test_a_redirect_to_a_private_address_is_refused_even_with_allow_host(server, target, why):
    other = socket.socket()
    other.bind(("127.0.0.1", 0))
    try:
        location = target.format(port=server.port, other=other.getsockname()[1])
        url = server.route("/jump", redirect(location))
        r = fetch.fetch_recorded(url, policy(server))
    finally:
        other.close()
    assert not r.ok and r.reason.startswith(f"redirect to {location} refused: ") and why in r.reason
    assert r.final_url == location and r.attempts == 1
    assert server.counts["/ok"] == 0


def test_allow_private_lets_the_redirect_through(server):
    url = server.route("/jump", redirect(f"http://localhost:{server.port}/ok"))
    assert fetch.fetch_page(url, policy(None, allow_private=True)).ok


@pytest.mark.parametrize("location", ["file:///etc/passwd", "ftp://example.org/x", "gopher://127.0.0.1:70/"])
def test_redirects_to_other_schemes_are_refused(server, location):
    url = server.route("/jump", redirect(location))
    r = fetch.fetch_recorded(url, policy(server))
    assert r.reason == f"redirect to {location} refused: only http and https URLs are fetched"


def test_the_connection_goes_to_the_checked_address(server):
    """The name is resolved once per hop and the socket connects to that answer (no second lookup)."""
    calls = []

    def resolver(host, port):
        calls.append((host, port))
        return [(socket.AF_INET, ("127.0.0.1", port))]

    p = policy(None, resolver=resolver, allow_hosts=(f"news.test:{server.port}",))
    r = fetch.fetch_page(f"http://news.test:{server.port}/ok", p)
    assert r.ok and calls == [("news.test", server.port)]
    assert server.headers[-1]["Host"] == f"news.test:{server.port}"


def test_a_name_with_any_private_address_is_refused():
    def resolver(host, port):
        return [(socket.AF_INET, ("93.184.216.34", port)), (socket.AF_INET, ("10.0.0.5", port))]

    r = fetch.fetch_recorded("http://mixed.test/news", policy(None, resolver=resolver))
    assert r.reason == ("refused: mixed.test resolves to 10.0.0.5, a private address (use --allow-private to fetch it)")


def test_connections_per_host_are_bounded(server):
    server.route("/hold", slow(0.3, PAGE_B))
    urls = [server.url(f"/hold?n={i}") for i in range(6)]
    results = fetch.fetch_all(urls, policy(server, fetch_per_domain=2))
    assert all(r.ok for r in results.values()) and server.counts["/hold"] == 6
    assert server.max_in_flight == 2


def test_the_limit_is_shared_across_callers(server):
    """Prefect runs fetch tasks in threads; the per-host bound holds across them."""
    server.route("/hold", slow(0.2, PAGE_B))
    p = policy(server, fetch_per_domain=1)
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda i: fetch.fetch_page(server.url(f"/hold?n={i}"), p), range(4)))
    assert server.max_in_flight == 1


# --- from pages to articles -----------------------------------------------------------------


def test_outlet_comes_from_the_site_name_else_the_domain(server):
    p = policy(server)
    spec = lambda u: ArticleSpec(outlet=None, file=None, url=u, published=None, index=1)  # noqa: E731
    a = fetch.raw_article(spec(server.url("/ok")), fetch.fetch_page(server.url("/ok"), p))
    b = fetch.raw_article(spec(server.url("/plain")), fetch.fetch_page(server.url("/plain"), p))
    assert a.spec.outlet == "Harbour Gazette" and b.spec.outlet == "127.0.0.1"
    assert fetch.domain_outlet("https://www.example.co.uk/news/1") == "example.co.uk"


def test_a_failed_fetch_becomes_an_article_error_naming_the_url(server):
    url = server.url("/gone")
    spec = ArticleSpec(outlet="X", file=None, url=url, published=None, index=1)
    with pytest.raises(fetch.ArticleError, match=rf"^{url}: fetch failed: HTTP 404 Not Found$"):
        fetch.raw_article(spec, fetch.fetch_recorded(url, policy(server)))


@pytest.mark.parametrize(
    "sid, urls, msg",
    [
        ("", ["https://a.example/x"], "--story: the story id must be a non-empty string"),
        ("s", ["https://a.example/x", "https://a.example/x"], "https://a.example/x: URL given twice for story 's'"),
        ("s", ["https://a.example/x", "ftp://b"], "'ftp://b': not an http(s) URL"),
    ],
)
def test_url_stories_are_validated(sid, urls, msg):
    with pytest.raises(StoryError) as e:
        fetch.url_story(sid, urls)
    assert str(e.value) == msg


def test_a_url_story_has_one_article_per_url():
    spec = fetch.url_story("harbour-fire", ["https://a.example/1", "https://b.example/2"])
    assert [a.url for a in spec.articles] == ["https://a.example/1", "https://b.example/2"]
    assert all(a.outlet is None and a.file is None for a in spec.articles) and fetch.is_url_story(spec)


def test_conditional_get_and_other_content_types(server):
    def feed(h, n):
        if h.headers.get("If-None-Match") == '"v1"':
            h.send_response(304)
            h.send_header("ETag", '"v1"')
            h.send_header("Content-Length", "0")
            h.end_headers()
        else:
            send(
                h,
                200,
                "<rss><channel><title>x</title></channel></rss>",
                ctype="application/rss+xml",
                headers={"ETag": '"v1"'},
            )

    url = server.route("/feed.xml", feed)
    types = ("application/rss+xml", "application/xml")
    r = fetch.fetch_page(url, policy(server), content_types=types)
    assert r.ok and r.status == 200 and r.etag == '"v1"' and r.data.startswith(b"<rss>")
    again = fetch.fetch_page(url, policy(server), content_types=types, headers={"If-None-Match": r.etag})
    assert again.ok and again.status == 304 and again.data is None and again.reason == "not modified"
    assert fetch.fetch_recorded(url, policy(server)).reason == "not an HTML page (Content-Type application/rss+xml)"
