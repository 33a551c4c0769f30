"""Read outlets' feeds (RSS, Atom, JSON Feed) into entries; fetch remote feeds with conditional GET.

RSS and Atom are parsed with feedparser (from bytes, so it never opens URLs or files itself);
JSON Feed (https://jsonfeed.org, versions 1 and 1.1) with the json module. Entry links are
resolved against the feed: a remote feed's links must be http(s) URLs; a local feed's links may
also be relative file paths or file:// URLs, which must stay inside the outlets folder.
"""

from __future__ import annotations

import calendar
import hashlib
import io
import json
import logging
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urljoin, urlsplit

from .errors import ReconcileError
from .outlets import Feed
from .records import stable_id
from .sources import looks_binary, parse_datetime

if TYPE_CHECKING:  # pragma: no cover
    from .settings import Settings

log = logging.getLogger(__name__)

JSONFEED_VERSION = re.compile(r"^https?://jsonfeed\.org/version/1(\.\d+)?/?$")
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1"
)


class FeedError(ReconcileError):
    """A feed could not be read or parsed; the message names the feed. Other feeds go on."""


@dataclass(frozen=True)
class FeedEntry:
    """One entry of a feed, with its link resolved."""

    outlet_id: str
    feed: str
    """The feed as written in outlets.toml."""
    entry_id: str | None
    """RSS guid, Atom id or JSON Feed id, if any."""
    link: str
    """The page: an http(s) URL, or (local feeds only) an absolute file path inside the outlets folder."""
    is_file: bool
    title: str | None
    summary: str | None
    published: datetime | None
    """Publication (else update) time from the feed, in UTC."""

    @property
    def key(self) -> str:
        """Stable key of the entry within its outlet: its id, else its link."""
        return stable_id("entry", self.outlet_id, self.entry_id or self.link)

    @property
    def page_key(self) -> str:
        """Stable key of the page the entry points to within its outlet."""
        return stable_id("page", self.outlet_id, self.link)


@dataclass(frozen=True)
class ParsedFeed:
    format: str
    """'rss', 'atom' or 'json'."""
    title: str | None
    entries: tuple[FeedEntry, ...]
    skipped: tuple[str, ...] = ()
    """One-line reasons for entries left out (no link, link outside the folder, ...)."""


@dataclass(frozen=True)
class FeedFetch:
    """The answer to one feed request."""

    status: str
    """'ok', 'not-modified' (HTTP 304) or 'failed'."""
    data: bytes | None = None
    etag: str | None = None
    last_modified: str | None = None
    reason: str = "ok"
    http_status: int | None = None


# --- parsing --------------------------------------------------------------------------------


def parse_feed(data: bytes, feed: Feed, root: Path, base: str | None = None, max_entries: int = 500) -> ParsedFeed:
    """Parse feed bytes; raises FeedError when they are not an RSS, Atom or JSON feed.

    `base` is where relative links resolve from: the feed's URL, else the local feed file.
    """
    where = feed.url or feed.spec
    if not data or not data.strip():
        raise FeedError(f"{where}: empty feed")
    if looks_binary(data):
        raise FeedError(f"{where}: binary data, not a feed")
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if head in (b"{", b"["):
        fmt, title, items = _parse_json(data, where)
    else:
        fmt, title, items = _parse_xml(data, where)
    base = base or feed.url or (feed.path.as_uri() if feed.path else None)
    entries: list[FeedEntry] = []
    skipped: list[str] = []
    seen: set[str] = set()
    for raw in items:
        try:
            entry = _entry(raw, feed, root, base)
        except FeedError as e:
            skipped.append(str(e))
            continue
        if entry.key in seen:
            continue
        seen.add(entry.key)
        entries.append(entry)
    if len(entries) > max_entries:
        entries.sort(key=lambda e: e.published or datetime.min.replace(tzinfo=timezone.utc), reverse=True)
        skipped.append(f"{where}: {len(entries) - max_entries} older entries beyond the first {max_entries} ignored")
        entries = entries[:max_entries]
    return ParsedFeed(format=fmt, title=title, entries=tuple(entries), skipped=tuple(skipped))


def _text(v: Any) -> str | None:
    if isinstance(v, str):
        v = re.sub(r"\s+", " ", v).strip()
        return v or None
    return None


def _parse_json(data: bytes, where: str) -> tuple[str, str | None, list[dict[str, Any]]]:
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as e:
        raise FeedError(f"{where}: not a valid JSON feed ({type(e).__name__}: {str(e)[:80]})") from None
    if (
        not isinstance(doc, dict)
        or not isinstance(doc.get("version"), str)
        or not JSONFEED_VERSION.match(doc["version"])
    ):
        raise FeedError(f"{where}: JSON without a JSON Feed 'version' (https://jsonfeed.org/version/1.1)")
    items = doc.get("items")
    if not isinstance(items, list):
        raise FeedError(f"{where}: JSON feed without an 'items' array")
    out = []
    for it in items:
        if not isinstance(it, dict):
            continue
        link = it.get("url") if isinstance(it.get("url"), str) else it.get("external_url")
        ident = it.get("id")
        out.append(
            {
                "id": str(ident) if isinstance(ident, (str, int)) and str(ident).strip() else None,
                "link": link if isinstance(link, str) else None,
                "title": _text(it.get("title")),
                "summary": _text(it.get("summary"))
                or _text(_strip_tags(it.get("content_text") or it.get("content_html"))),
                "published": parse_datetime(
                    it.get("date_published")
                    if isinstance(it.get("date_published"), str)
                    else it.get("date_modified")
                    if isinstance(it.get("date_modified"), str)
                    else None
                ),
            }
        )
    return "json", _text(doc.get("title")), out


def _strip_tags(v: Any) -> str | None:
    if not isinstance(v, str):
        return None
    return re.sub(r"<[^>]+>", " ", v)[:1000]


def _parse_xml(data: bytes, where: str) -> tuple[str, str | None, list[dict[str, Any]]]:
    import feedparser  # local: only watch needs it

    # Bytes in a stream: feedparser then never treats the input as a URL or a file name.
    d = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=True)
    version = d.get("version") or ""
    if not version:
        reason = d.get("bozo_exception")
        raise FeedError(
            f"{where}: not an RSS, Atom or JSON feed"
            + (f" ({type(reason).__name__}: {str(reason)[:80]})" if reason else "")
        )
    if d.get("bozo"):
        from xml.sax import SAXParseException

        # broken XML (a feed cut short, a bad tag) can hide entries: say so; encoding notes stay quiet
        level = logging.WARNING if isinstance(d.get("bozo_exception"), SAXParseException) else logging.INFO
        log.log(
            level, "%s: feed is not well-formed (%s); read what came before the error", where, d.get("bozo_exception")
        )
    fmt = "atom" if version.startswith("atom") else "rss"
    out = []
    for e in d.get("entries", []):
        link = e.get("link")
        if not link:
            for ln in e.get("links", []) or []:
                if ln.get("rel", "alternate") == "alternate" and ln.get("href"):
                    link = ln["href"]
                    break
        when = e.get("published_parsed") or e.get("updated_parsed")
        out.append(
            {
                "id": _text(e.get("id")),
                "link": link,
                "title": _text(e.get("title")),
                "summary": _text(_strip_tags(e.get("summary"))),
                "published": datetime.fromtimestamp(calendar.timegm(when), tz=timezone.utc) if when else None,
            }
        )
    return fmt, _text(d.get("feed", {}).get("title")), out


def _entry(raw: dict[str, Any], feed: Feed, root: Path, base: str | None) -> FeedEntry:
    where = feed.url or feed.spec
    link = (raw.get("link") or "").strip()
    ident = raw.get("id")
    if not link:
        # An RSS guid that is a URL stands in for a missing link (isPermaLink's default).
        if ident and re.match(r"^https?://", ident, re.I) and not feed.is_local:
            link = ident
        else:
            raise FeedError(f"{where}: entry {ident or raw.get('title')!r} has no link; skipped")
    target, is_file = resolve_link(link, feed, root, base)
    published = raw.get("published")
    if isinstance(published, datetime):
        published = (
            published.replace(tzinfo=timezone.utc) if published.tzinfo is None else published.astimezone(timezone.utc)
        )
    return FeedEntry(
        outlet_id=feed.outlet_id,
        feed=feed.spec,
        entry_id=ident,
        link=target,
        is_file=is_file,
        title=raw.get("title"),
        summary=raw.get("summary"),
        published=published,
    )


def resolve_link(link: str, feed: Feed, root: Path, base: str | None) -> tuple[str, bool]:
    """(http URL or absolute file path, is_file); raises FeedError for a link that may not be read."""
    where = feed.url or feed.spec
    scheme = urlsplit(link).scheme.lower()
    if scheme in ("http", "https"):
        return link, False
    if not feed.is_local:
        if scheme:
            raise FeedError(f"{where}: entry link {link!r}: only http(s) links are followed; skipped")
        absolute = urljoin(base or feed.url or "", link)
        if urlsplit(absolute).scheme.lower() not in ("http", "https"):
            raise FeedError(f"{where}: entry link {link!r} does not resolve to an http(s) URL; skipped")
        return absolute, False
    # A local feed: relative paths and file:// URLs, kept inside the outlets folder.
    assert feed.path is not None
    if scheme == "file":
        parts = urlsplit(link)
        # feedparser folds 'file:///abs/path' into 'file://abs/path'; either way the path is local and
        # must pass the inside-the-folder check below.
        host = "" if parts.netloc.lower() == "localhost" else parts.netloc
        path = Path("/" + unquote(host + parts.path).lstrip("/"))
    elif scheme:
        raise FeedError(f"{where}: entry link {link!r}: only http(s) links or files are followed; skipped")
    else:
        rel = Path(unquote(link.split("#", 1)[0].split("?", 1)[0]))
        path = rel if rel.is_absolute() else feed.path.parent / rel
    try:
        real = path.resolve(strict=False)
    except (OSError, RuntimeError) as e:
        raise FeedError(f"{where}: entry link {link!r}: cannot resolve path ({e}); skipped") from None
    if not real.is_relative_to(root):
        raise FeedError(f"{where}: entry link {link!r} is outside the outlets folder {root}; refused")
    return str(real), True


# --- reading and fetching -------------------------------------------------------------------


def read_local_feed(feed: Feed, max_bytes: int) -> bytes:
    """The bytes of a local feed file (checked inside the folder when the outlets file was loaded)."""
    assert feed.path is not None
    try:
        size = feed.path.stat().st_size
        if size > max_bytes:
            raise FeedError(f"{feed.spec}: feed file is {size:,} bytes, over the {max_bytes:,}-byte limit; refused")
        return feed.path.read_bytes()
    except OSError as e:
        raise FeedError(f"{feed.spec}: cannot read ({e.strerror})") from None


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fetch_feed(url: str, settings: "Settings", etag: str | None = None, last_modified: str | None = None) -> FeedFetch:
    """GET a feed through the project's guarded fetcher, conditionally when validators are known.

    Returns status 'not-modified' for HTTP 304; failures come back as status 'failed' (logged),
    never raised.
    """
    from . import fetch

    policy = fetch.FetchPolicy.from_settings(settings)
    headers = {"Accept": FEED_ACCEPT}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        # Any media type: a feed served as text/html is still read; parse_feed says if it is not one.
        got = fetch.fetch_page(url, policy, headers=headers, content_types=("*/*",))
    except fetch.FetchError as e:
        log.warning("%s", e)
        return FeedFetch(status="failed", reason=e.reason, http_status=e.status)
    if got.status == 304:
        return FeedFetch(
            status="not-modified",
            etag=got.etag or etag,
            last_modified=got.last_modified or last_modified,
            reason="not modified",
            http_status=304,
        )
    return FeedFetch(status="ok", data=got.data, etag=got.etag, last_modified=got.last_modified, http_status=got.status)
