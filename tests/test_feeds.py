"""Feeds: RSS, Atom and JSON Feed parsing, link resolution and containment, conditional GET."""

import json
from datetime import datetime, timezone

import pytest
from conftest import FIXTURES
from local_server import PageServer, send

from reconcile.feeds import FeedError, fetch_feed, parse_feed, read_local_feed, resolve_link
from reconcile.outlets import Feed, load_outlets
from reconcile.settings import Settings

DISCOVERY = FIXTURES / "discovery"


def fixture_feed(outlet_id):
    of = load_outlets(DISCOVERY / "outlets.toml")
    (feed,) = of.by_id()[outlet_id].feeds
    return of, feed


@pytest.mark.parametrize(
    "outlet_id,fmt,n",
    [
        ("harbour-herald", "rss", 6),
        ("the-northern-ledger", "atom", 7),
        ("meridian-wire", "json", 6),
        ("coastline-daily", "rss", 6),
        ("valley-tribune", "atom", 4),
    ],
)
def test_fixture_feeds_parse_into_entries_inside_the_folder(outlet_id, fmt, n):
    of, feed = fixture_feed(outlet_id)
    parsed = parse_feed(read_local_feed(feed, 1_000_000), feed, of.root)
    assert parsed.format == fmt and len(parsed.entries) == n and not parsed.skipped
    for e in parsed.entries:
        assert e.is_file and e.link.startswith(str(of.root / "pages")) and e.link.endswith(".html")
        assert e.entry_id and e.title and e.outlet_id == outlet_id
        assert e.published is not None and e.published.tzinfo is not None
        assert e.published.utcoffset().total_seconds() == 0
    assert len({e.key for e in parsed.entries}) == n


def test_atom_times_with_offsets_become_utc():
    of, feed = fixture_feed("the-northern-ledger")
    parsed = parse_feed(read_local_feed(feed, 1_000_000), feed, of.root)
    strike = next(e for e in parsed.entries if "dockworkers-strike" in e.link)
    assert strike.published == datetime(2026, 3, 2, 11, 30, tzinfo=timezone.utc)  # 06:30-05:00
    assert (
        strike.entry_id
        == "tag:northernledger.example,2026-03-02:/dockworkers-strike-at-major-eastmouth-port-over-automation"
    )


def local_feed(tmp_path, name="f.xml"):
    path = tmp_path / "feeds" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("", encoding="utf-8")
    return Feed(outlet_id="a", spec=f"feeds/{name}", url=None, path=path.resolve())


REMOTE = Feed(outlet_id="a", spec="https://news.example/rss", url="https://news.example/rss", path=None)


def rss(*items):
    body = "".join(
        f"<item><title>{t}</title>{'<link>' + link + '</link>' if link else ''}"
        f"{'<guid>' + g + '</guid>' if g else ''}</item>"
        for t, link, g in items
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{body}</channel></rss>'.encode()


def test_local_links_relative_file_url_and_escapes(tmp_path):
    feed = local_feed(tmp_path)
    (tmp_path / "pages").mkdir()
    inside = (tmp_path / "pages" / "b.html").resolve()
    data = rss(
        ("rel", "../pages/a.html", None),
        ("file", inside.as_uri(), None),
        ("web", "https://news.example/c", None),
        ("escape", "../../../etc/passwd", None),
        ("other scheme", "ftp://news.example/x", None),
        ("nolink", None, "urn:x:1"),
    )
    parsed = parse_feed(data, feed, tmp_path.resolve())
    links = [(e.title, e.link, e.is_file) for e in parsed.entries]
    assert links == [
        ("rel", str((tmp_path / "pages" / "a.html").resolve()), True),
        ("file", str(inside), True),
        ("web", "https://news.example/c", False),
    ]
    assert any(
        "'../../../etc/passwd' is outside the outlets folder" in s and s.endswith("; refused") for s in parsed.skipped
    )
    assert any("'ftp://news.example/x': only http(s) links or files are followed" in s for s in parsed.skipped)
    # A guid without isPermaLink="false" is the entry's link (RSS): a urn is not followed either.
    assert any("'urn:x:1': only http(s) links or files are followed" in s for s in parsed.skipped)
    assert len(parsed.skipped) == 3


def test_an_entry_without_any_link_is_skipped(tmp_path):
    data = json.dumps({"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "urn:x:2"}]}).encode()
    parsed = parse_feed(data, local_feed(tmp_path), tmp_path.resolve())
    assert parsed.entries == () and parsed.skipped == ("feeds/f.xml: entry 'urn:x:2' has no link; skipped",)


def test_remote_feeds_never_reach_files(tmp_path):
    data = rss(
        ("rel", "/world/a", None), ("file", "file:///etc/passwd", None), ("guid only", None, "https://news.example/g")
    )
    parsed = parse_feed(data, REMOTE, tmp_path)
    assert [(e.link, e.is_file) for e in parsed.entries] == [
        ("https://news.example/world/a", False),
        ("https://news.example/g", False),
    ]
    assert any("only http(s) links are followed" in s for s in parsed.skipped)
    with pytest.raises(FeedError, match="only http"):
        resolve_link("file:///etc/passwd", REMOTE, tmp_path, REMOTE.url)


def test_json_feed_versions_and_fields(tmp_path):
    feed = local_feed(tmp_path, "f.json")
    doc = {
        "version": "https://jsonfeed.org/version/1",
        "title": "J",
        "items": [
            {
                "id": 7,
                "url": "https://news.example/7",
                "title": " Seven ",
                "date_published": "2026-03-02T10:00:00+01:00",
                "content_html": "<p>Body</p>",
            },
            {"id": "8", "external_url": "https://other.example/8", "date_modified": "2026-03-03T00:00:00Z"},
            "not an item",
        ],
    }
    parsed = parse_feed(json.dumps(doc).encode(), feed, tmp_path.resolve())
    assert parsed.format == "json" and parsed.title == "J"
    a, b = parsed.entries
    assert (a.entry_id, a.link, a.title, a.summary) == ("7", "https://news.example/7", "Seven", "Body")
    assert a.published == datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
    assert b.link == "https://other.example/8" and b.published == datetime(2026, 3, 3, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    "data,message",
    [
        (b"", "empty feed"),
        (b"   \n", "empty feed"),
        (b"\x00\x01\x02binary\x00", "binary data, not a feed"),
        (b'{"items": []}', "JSON without a JSON Feed 'version'"),
        (b'{"version": "https://jsonfeed.org/version/1.1"}', "JSON feed without an 'items' array"),
        (b"{not json", "not a valid JSON feed"),
        (b"<html><body><p>A page</p></body></html>", "not an RSS, Atom or JSON feed"),
        (b"plain words", "not an RSS, Atom or JSON feed"),
    ],
)
def test_not_feeds_raise_one_line_errors(tmp_path, data, message):
    with pytest.raises(FeedError) as e:
        parse_feed(data, REMOTE, tmp_path)
    assert str(e.value).startswith(f"https://news.example/rss: {message}") and "\n" not in str(e.value)


def test_a_feed_cut_short_is_read_up_to_the_break_with_a_warning(tmp_path, caplog, monkeypatch):
    import logging

    monkeypatch.setattr(logging.getLogger("reconcile"), "propagate", True)  # the CLI's tests turn it off
    whole = rss(*[(f"t{i}", f"https://news.example/{i}", None) for i in range(4)])
    cut = whole[: whole.index(b"<item><title>t3")] + b"<item><title>t3</ti"
    with caplog.at_level("INFO", logger="reconcile"):
        parsed = parse_feed(cut, REMOTE, tmp_path)
    assert [e.title for e in parsed.entries] == ["t0", "t1", "t2"]
    warned = sorted({r.getMessage() for r in caplog.records if r.levelname == "WARNING"})  # distinct: see test_embed
    assert len(warned) == 1 and warned[0].startswith("https://news.example/rss: feed is not well-formed (")
    assert warned[0].endswith("); read what came before the error")
    caplog.clear()
    with caplog.at_level("INFO", logger="reconcile"):
        assert len(parse_feed(whole, REMOTE, tmp_path).entries) == 4
    assert not caplog.records


def test_duplicate_entries_and_the_entry_cap(tmp_path):
    items = [(f"t{i}", f"https://news.example/{i}", None) for i in range(5)] + [
        ("again", "https://news.example/0", None)
    ]
    parsed = parse_feed(rss(*items), REMOTE, tmp_path, max_entries=3)
    assert len(parsed.entries) == 3
    assert any("2 older entries beyond the first 3 ignored" in s for s in parsed.skipped)


# --- HTTP: the guarded fetcher, conditional GET ----------------------------------------------

FEED = rss(("Harbour fire", "/news/fire", "https://127.0.0.1/news/fire"))


def conditional(h, n):
    if h.headers.get("If-None-Match") == '"v1"':
        h.send_response(304)
        h.send_header("ETag", '"v1"')
        h.send_header("Content-Length", "0")
        h.send_header("Connection", "close")
        h.end_headers()
        return
    send(
        h,
        200,
        FEED,
        ctype="application/rss+xml",
        headers={"ETag": '"v1"', "Last-Modified": "Mon, 02 Mar 2026 10:00:00 GMT"},
    )


def test_conditional_get_sends_validators_and_reads_304():
    with PageServer() as server:
        url = server.route("/rss", conditional)
        settings = Settings().replace(allow_hosts=(server.host,), fetch_retries=0)
        first = fetch_feed(url, settings)
        assert first.status == "ok" and first.data == FEED and first.etag == '"v1"'
        assert first.last_modified == "Mon, 02 Mar 2026 10:00:00 GMT"
        second = fetch_feed(url, settings, first.etag, first.last_modified)
        assert second.status == "not-modified" and second.data is None and second.etag == '"v1"'
        sent = server.headers[-1]
        assert sent.get("If-None-Match") == '"v1"' and sent.get("If-Modified-Since") == first.last_modified
        assert "rss" in sent.get("Accept", "") and sent.get("User-Agent", "").startswith("reconcile/")


def test_feed_fetch_goes_through_the_address_guard():
    with PageServer() as server:
        url = server.route("/rss", conditional)
        got = fetch_feed(url, Settings().replace(fetch_retries=0))  # 127.0.0.1 not allowed
        assert got.status == "failed" and "refused" in got.reason and "loopback" in got.reason
        assert server.counts["/rss"] == 0


def test_feed_fetch_failures_are_reported_not_raised():
    with PageServer() as server:
        server.route("/gone", lambda h, n: send(h, 404, "<p>gone</p>"))
        settings = Settings().replace(allow_hosts=(server.host,), fetch_retries=0)
        got = fetch_feed(server.url("/gone"), settings)
        assert got.status == "failed" and got.http_status == 404 and "HTTP 404" in got.reason
