"""Fetch article pages over HTTP(S), guarded against server-side request forgery.

Every hop of a fetch (the URL, then each redirect, followed by hand) is resolved, every address
the name resolves to is checked, and the connection goes to a checked address: a DNS answer
cannot change between the check and the connection. Loopback, private, link-local, multicast,
reserved and unspecified addresses (IPv4 and IPv6, IPv4-mapped and NAT64/6to4/Teredo-embedded
IPv4 included) are refused unless `allow_private` is set, or the exact `host:port` is on the
allow-list (for tests and intranet sources; a redirect from an allowed host to another private
address is still refused).

Bodies are streamed and reading stops past the size cap; every attempt has a socket timeout and
an overall deadline; timeouts, dropped connections, 5xx and 429 answers are retried with exponential
backoff, or after the server's Retry-After where longer (at most RETRY_AFTER_CAP); other 4xx answers never are; each host gets a bounded number of concurrent connections.
"""

from __future__ import annotations

import errno
import hashlib
import http.client
import ipaddress
import logging
import random
import re
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote, urljoin, urlsplit

from . import __version__
from .errors import ArticleError, StoryError
from .records import ArticleSpec, StorySpec
from .sources import RawArticle, looks_binary, wide_codec
from .validation import url_syntax_problem

if TYPE_CHECKING:  # pragma: no cover
    from .settings import Settings

log = logging.getLogger(__name__)

PROJECT_URL = "https://github.com/reconcile-news/reconcile"
USER_AGENT = f"reconcile/{__version__} (+{PROJECT_URL})"
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain",)
_CHUNK = 64 * 1024

Resolver = Callable[[str, int], Sequence[tuple[int, tuple]]]
"""(host, port) -> [(address family, sockaddr), ...], like socket.getaddrinfo."""


class FetchError(ArticleError):
    """A page could not be fetched; the message names the URL and the reason."""

    def __init__(
        self,
        url: str,
        reason: str,
        *,
        status: int | None = None,
        retryable: bool = False,
        final_url: str | None = None,
        attempts: int = 1,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(f"{url}: fetch failed: {reason}")
        self.url = url
        self.reason = reason
        self.status = status
        self.retryable = retryable
        self.final_url = final_url
        self.attempts = attempts
        self.retry_after = retry_after
        """Seconds the server's Retry-After header asked to wait (a 429 or 5xx answer), uncapped."""


RETRY_AFTER_CAP = 30.0
"""The longest wait a server's Retry-After gets before a retry: a server asking for an hour (or a
hostile one asking for years) must not hold a run; past the cap the retry comes at the cap."""


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """A Retry-After header's wait in seconds (delta-seconds or an HTTP date), or None when absent or
    unreadable; a date in the past is 0."""
    if not value or not value.strip():
        return None
    v = value.strip()
    if v.isdigit():
        return float(min(int(v[:12]), 10**11))
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(v)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


def retry_delay(e: FetchError, backoff_delay: float) -> float:
    """The wait before retrying after `e`: the backoff's, or the server's Retry-After where longer,
    at most RETRY_AFTER_CAP."""
    if e.retry_after is None:
        return backoff_delay
    return max(backoff_delay, min(e.retry_after, RETRY_AFTER_CAP))


class AddressRefused(FetchError):
    """The URL (or a redirect) leads to an address that may not be fetched."""


# --- the address guard ----------------------------------------------------------------------

_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_CHECKS = (
    ("is_unspecified", "unspecified"),
    ("is_loopback", "loopback"),
    ("is_link_local", "link-local"),
    ("is_multicast", "multicast"),
    ("is_private", "private"),
    ("is_reserved", "reserved"),
)


def _article(label: str) -> str:
    return ("an " if label[0] in "aeiouAEIOU" else "a ") + label


def address_kind(ip: str | ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """What makes this address unfetchable ('a private address'), or None when it is public."""
    addr = ip if not isinstance(ip, str) else ipaddress.ip_address(ip.split("%", 1)[0])
    if isinstance(addr, ipaddress.IPv6Address):
        embedded = []
        if addr.ipv4_mapped is not None:
            embedded.append(("IPv4-mapped", addr.ipv4_mapped))
        if addr in _NAT64:
            embedded.append(("NAT64", ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF)))
        if addr.sixtofour is not None:
            embedded.append(("6to4", addr.sixtofour))
        if addr.teredo is not None:
            embedded.extend(("Teredo", v4) for v4 in addr.teredo)
        for how, v4 in embedded:
            kind = address_kind(v4)
            if kind:
                return f"{_article(how)} {kind.split(' ', 1)[1]} ({v4})"
    for attr, label in _CHECKS:
        if getattr(addr, attr):
            return _article(label) + " address"
    if not addr.is_global:
        return "not a public address"
    return None


def address_problem(ip: str | ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why this address may not be fetched ('10.0.0.1 is a private address'), or None if public."""
    kind = address_kind(ip)
    return None if kind is None else f"{str(ip).split('%', 1)[0]} is {kind}"


def parse_allow_host(entry: str) -> tuple[str, int]:
    """'127.0.0.1:8000' or '[::1]:8000' -> (host, port); raises ValueError with a usable message."""
    m = re.fullmatch(r"\[([0-9A-Fa-f:.]+)\]:(\d{1,5})|([^\s:/\[\]]+):(\d{1,5})", entry.strip())
    if not m:
        raise ValueError(f"{entry!r}: expected HOST:PORT, e.g. 127.0.0.1:8000")
    host, port = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    if not 0 < int(port) < 65536:
        raise ValueError(f"{entry!r}: port must be 1-65535")
    return host.lower(), int(port)


def system_resolver(host: str, port: int) -> list[tuple[int, tuple]]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
    out: list[tuple[int, tuple]] = []
    for family, _type, _proto, _canon, sockaddr in infos:
        if family in (socket.AF_INET, socket.AF_INET6) and (family, sockaddr) not in out:
            out.append((family, sockaddr))
    return out


# --- policy, results ------------------------------------------------------------------------


@dataclass(frozen=True)
class FetchPolicy:
    """How pages are fetched; built from Settings (where the defaults live) by `from_settings`."""

    timeout: float
    """Seconds to connect, and at most between two reads."""
    total_timeout: float
    """Seconds for a whole attempt, redirects and body included."""
    max_bytes: int
    max_redirects: int
    retries: int
    """Further attempts after a timeout, dropped connection or 5xx answer."""
    backoff: float
    """First retry delay in seconds; doubled each retry, with jitter."""
    per_domain: int
    """Concurrent connections to one host."""
    allow_private: bool = False
    allow_hosts: frozenset[tuple[str, int]] = frozenset()
    user_agent: str = USER_AGENT
    resolver: Resolver = system_resolver

    @classmethod
    def from_settings(cls, settings: "Settings", resolver: Resolver | None = None) -> "FetchPolicy":
        return cls(
            timeout=settings.fetch_timeout,
            total_timeout=settings.fetch_total_timeout,
            max_bytes=settings.max_file_bytes,
            max_redirects=settings.fetch_max_redirects,
            retries=settings.fetch_retries,
            backoff=settings.fetch_backoff,
            per_domain=settings.fetch_per_domain,
            allow_private=settings.allow_private,
            allow_hosts=frozenset(parse_allow_host(h) for h in settings.allow_hosts),
            resolver=resolver or system_resolver,
        )


@dataclass(frozen=True)
class FetchResult:
    """The outcome of fetching one URL (kept in the `fetches` history, raw page in `raw_pages`)."""

    url: str
    """The URL asked for (as in the manifest)."""
    ok: bool
    status: int | None
    """HTTP status of the last answer; None when no answer came (refused, timeout, DNS)."""
    reason: str
    """'ok', or the one-line reason it failed."""
    fetched_at: datetime
    final_url: str | None = None
    """URL after redirects."""
    data: bytes | None = field(default=None, repr=False)
    content_type: str | None = None
    sha256: str | None = None
    """sha256 of `data`: the key of the page in raw_pages."""
    attempts: int = 1
    elapsed: float = 0.0
    stored: bool = False
    """Read back from the warehouse's raw_pages rather than fetched now."""
    etag: str | None = None
    last_modified: str | None = None
    """Validators of the answer, for a later conditional GET."""

    @property
    def kind(self) -> str:
        ct = (self.content_type or "").split(";")[0].strip().lower()
        return "txt" if ct in _TEXT_TYPES else "html"

    @property
    def charset(self) -> str | None:
        """The charset parameter of the Content-Type header ('text/html; charset=Shift_JIS')."""
        return content_charset(self.content_type)


def content_charset(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header, lowercased ('text/html; charset=Shift_JIS')."""
    m = re.search(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", content_type or "", re.I)
    return m.group(1).lower() if m else None


def failure(url: str, err: FetchError, started: float | None = None) -> FetchResult:
    """A FetchResult recording a failed fetch."""
    return FetchResult(
        url=url,
        ok=False,
        status=err.status,
        reason=err.reason,
        fetched_at=_now(),
        final_url=err.final_url,
        attempts=err.attempts,
        elapsed=(time.monotonic() - started) if started else 0.0,
    )


def _now() -> datetime:
    return datetime.now(timezone.utc)


# --- per-host concurrency -------------------------------------------------------------------


class HostLimiter:
    """At most `limit` concurrent connections per host, across threads (Prefect tasks share it)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sems: dict[tuple[str, int], threading.BoundedSemaphore] = {}

    @contextmanager
    def slot(self, host: str, limit: int) -> Iterator[None]:
        key = (host.lower(), max(1, limit))
        with self._lock:
            sem = self._sems.setdefault(key, threading.BoundedSemaphore(key[1]))
        with sem:
            yield


HOSTS = HostLimiter()
"""The process-wide limiter: connections to one host are bounded whoever opens them."""


# --- one attempt ----------------------------------------------------------------------------


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to an already-checked address; the Host header still names the host."""

    def __init__(self, host: str, port: int, addrs: Sequence[tuple[int, tuple]], timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._addrs = addrs

    def _open(self) -> socket.socket:
        last: OSError | None = None
        for family, sockaddr in self._addrs:
            sock = socket.socket(family, socket.SOCK_STREAM)
            sock.settimeout(self.timeout)
            try:
                sock.connect(sockaddr)
                return sock
            except OSError as e:
                sock.close()
                last = e
        raise last or OSError(errno.EHOSTUNREACH, "no address to connect to")

    def connect(self) -> None:
        self.sock = self._open()


class _PinnedHTTPSConnection(_PinnedHTTPConnection):
    default_port = 443

    def __init__(self, host: str, port: int, addrs: Sequence[tuple[int, tuple]], timeout: float) -> None:
        super().__init__(host, port, addrs, timeout)
        self._context = ssl.create_default_context()

    def connect(self) -> None:
        self.sock = self._context.wrap_socket(self._open(), server_hostname=self.host)


@dataclass(frozen=True)
class _Target:
    url: str
    scheme: str
    host: str
    port: int
    request_target: str


def _target(url: str, original: str, hop: str = "") -> _Target:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as e:
        raise FetchError(original, f"{hop}invalid URL {url!r} ({e})") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(original, f"{hop}refused: only http and https URLs are fetched")
    if not parts.hostname:
        raise FetchError(original, f"{hop}no host in URL")
    if parts.username or parts.password:
        raise FetchError(original, f"{hop}refused: URLs with credentials are not fetched")
    host = parts.hostname
    try:
        host.encode("ascii")
    except UnicodeEncodeError:
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            raise FetchError(original, f"{hop}invalid host name") from None
    path = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
    query = quote(parts.query, safe="/%:@!$&'()*+,;=-._~?")
    return _Target(
        url=url,
        scheme=scheme,
        host=host.lower(),
        port=port or (443 if scheme == "https" else 80),
        request_target=path + (f"?{query}" if query else ""),
    )


def _checked_addresses(t: _Target, policy: FetchPolicy, original: str, hop: str) -> list[tuple[int, tuple]]:
    try:
        addrs = list(policy.resolver(t.host, t.port))
    except socket.gaierror as e:
        transient = e.errno == socket.EAI_AGAIN
        raise FetchError(original, f"{hop}cannot resolve {t.host} ({e.strerror})", retryable=transient) from None
    if not addrs:
        raise FetchError(original, f"{hop}cannot resolve {t.host} (no address)")
    if policy.allow_private or (t.host, t.port) in policy.allow_hosts:
        return addrs
    for _family, sockaddr in addrs:
        ip = str(sockaddr[0]).split("%", 1)[0]
        kind = address_kind(ip)
        if kind:
            what = f"{ip} is {kind}" if _same_ip(t.host, ip) else f"{t.host} resolves to {ip}, {kind}"
            raise AddressRefused(original, f"{hop}refused: {what} (use --allow-private to fetch it)", final_url=t.url)
    return addrs


def _same_ip(host: str, ip: str) -> bool:
    try:
        return ipaddress.ip_address(host) == ipaddress.ip_address(ip)
    except ValueError:
        return False


def _read_body(resp: http.client.HTTPResponse, policy: FetchPolicy, deadline: float, url: str, original: str) -> bytes:
    length = resp.getheader("Content-Length")
    if length and length.strip().isdigit() and int(length) > policy.max_bytes:
        raise FetchError(
            original,
            f"page is {int(length):,} bytes, over the {policy.max_bytes:,}-byte limit; refused",
            status=resp.status,
            final_url=url,
        )
    encoding = (resp.getheader("Content-Encoding") or "identity").strip().lower()
    if encoding not in ("identity", "gzip", "x-gzip", "deflate"):
        raise FetchError(original, f"unsupported Content-Encoding {encoding!r}", status=resp.status, final_url=url)
    inflater = zlib.decompressobj(47) if encoding != "identity" else None  # 47: gzip or zlib header
    chunks: list[bytes] = []
    size = received = 0
    while True:
        if time.monotonic() > deadline:
            raise FetchError(
                original,
                f"timed out (page not complete within {policy.total_timeout:g} s)",
                status=resp.status,
                retryable=True,
                final_url=url,
            )
        # read1: what has come, after one receive at most; read(n) would wait for n bytes or the end, so
        # a server that drips its body would hold the fetch far past the deadline
        chunk = resp.read1(_CHUNK)
        if not chunk:
            break
        received += len(chunk)
        if inflater is not None:
            try:
                chunk = inflater.decompress(chunk, policy.max_bytes + 1 - size)
            except zlib.error:
                raise FetchError(original, f"corrupt {encoding} body", status=resp.status, final_url=url) from None
        chunks.append(chunk)
        size += len(chunk)
        if size > policy.max_bytes:
            raise FetchError(
                original,
                f"page is over the {policy.max_bytes:,}-byte limit; refused (stopped reading)",
                status=resp.status,
                final_url=url,
            )
    # http.client's read(n) returns what it got when the server hangs up early, without an error
    announced = int(length) if length and length.strip().isdigit() else None
    if (announced is not None and received < announced) or (inflater is not None and not inflater.eof):
        of = f" of the {announced:,} announced" if announced is not None else ""
        raise FetchError(
            original,
            f"connection closed after {received:,} bytes{of}; page incomplete",
            status=resp.status,
            retryable=True,
            final_url=url,
        )
    return b"".join(chunks)


def fetch_once(
    url: str,
    policy: FetchPolicy,
    limiter: HostLimiter = HOSTS,
    *,
    headers: Mapping[str, str] | None = None,
    content_types: Sequence[str] | None = None,
) -> FetchResult:
    """One attempt: follow redirects by hand, checking each hop; raises FetchError.

    `headers` are added to the request (e.g. If-None-Match / If-Modified-Since for a conditional
    GET: a 304 answer then comes back as ok with status 304 and no data); `content_types` replaces
    the accepted media types (default: HTML and plain text; "*/*" accepts any).
    """
    started = time.monotonic()
    deadline = started + policy.total_timeout
    current = url
    accepted = tuple(content_types) if content_types is not None else _HTML_TYPES + _TEXT_TYPES
    conditional = any(k.lower() in ("if-none-match", "if-modified-since") for k in (headers or {}))
    request_headers = {
        "User-Agent": policy.user_agent,
        "Accept": (
            "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5,*/*;q=0.1"
            if content_types is None
            else ",".join(accepted) + ";q=0.9,*/*;q=0.1"
        ),
        "Accept-Encoding": "identity",
        "Connection": "close",
        **(headers or {}),
    }
    for hop_n in range(policy.max_redirects + 1):
        hop = "" if hop_n == 0 else f"redirect to {current} "
        t = _target(current, url, hop)
        addrs = _checked_addresses(t, policy, url, hop)
        conn_cls = _PinnedHTTPSConnection if t.scheme == "https" else _PinnedHTTPConnection
        timeout = max(0.001, min(policy.timeout, deadline - time.monotonic()))
        with limiter.slot(t.host, policy.per_domain):
            conn = conn_cls(t.host, t.port, addrs, timeout)
            try:
                conn.request("GET", t.request_target, headers=request_headers)
                resp = conn.getresponse()
                status = resp.status
                validators = {"etag": resp.getheader("ETag"), "last_modified": resp.getheader("Last-Modified")}
                if status == 304 and conditional:
                    return FetchResult(
                        url=url,
                        ok=True,
                        status=304,
                        reason="not modified",
                        fetched_at=_now(),
                        final_url=current,
                        elapsed=time.monotonic() - started,
                        **validators,
                    )
                if status in REDIRECT_CODES:
                    location = resp.getheader("Location")
                    if not location:
                        raise FetchError(
                            url, f"HTTP {status} redirect without a Location", status=status, final_url=current
                        )
                    try:
                        current = urljoin(current, location.strip())
                    except ValueError as e:  # 'Location: //[::1' from a hostile or broken server
                        raise FetchError(
                            url,
                            f"HTTP {status} redirect to an invalid URL {location!r} ({e})",
                            status=status,
                            final_url=current,
                        ) from None
                    log.info("%s: HTTP %s redirect to %s", url, status, current)
                    continue
                if status >= 500 or status == 429:  # 429 Too Many Requests: come back later, as 5xx
                    raise FetchError(
                        url,
                        f"HTTP {status} {resp.reason}".strip(),
                        status=status,
                        retryable=True,
                        final_url=current,
                        retry_after=retry_after_seconds(resp.getheader("Retry-After")),
                    )
                if status >= 400:
                    raise FetchError(url, f"HTTP {status} {resp.reason}".strip(), status=status, final_url=current)
                if not 200 <= status < 300 or status == 204:
                    raise FetchError(
                        url, f"HTTP {status} {resp.reason}: no page".strip(), status=status, final_url=current
                    )
                ctype = resp.getheader("Content-Type")
                base = (ctype or "").split(";")[0].strip().lower()
                if base and base not in accepted and "*/*" not in accepted:
                    what = "an HTML page" if content_types is None else "an accepted type"
                    raise FetchError(url, f"not {what} (Content-Type {base})", status=status, final_url=current)
                data = _read_body(resp, policy, deadline, current, url)
            except FetchError:
                raise
            except TimeoutError:
                raise FetchError(
                    url,
                    f"timed out (no answer from {t.host} within {timeout:.3g} s)",
                    retryable=True,
                    final_url=current,
                ) from None
            except ssl.SSLError as e:
                raise FetchError(url, f"TLS error with {t.host} ({e.reason or e})", final_url=current) from None
            except (http.client.HTTPException, OSError) as e:
                said = " ".join(str(e).split())[:80]  # 'got more than 100 headers', a bad status line
                detail = getattr(e, "strerror", None) or (f"{type(e).__name__}: {said}" if said else type(e).__name__)
                raise FetchError(
                    url, f"connection to {t.host} failed ({detail})", retryable=True, final_url=current
                ) from None
            finally:
                conn.close()
        if not data.strip():
            raise FetchError(url, "empty response", status=status, final_url=current)
        if looks_binary(data, content_charset(ctype)):
            raise FetchError(
                url,
                "binary data, not " + ("an HTML page" if content_types is None else "text"),
                status=status,
                final_url=current,
            )
        return FetchResult(
            url=url,
            ok=True,
            status=status,
            reason="ok",
            fetched_at=_now(),
            final_url=current,
            data=data,
            content_type=ctype,
            sha256=hashlib.sha256(data).hexdigest(),
            elapsed=time.monotonic() - started,
            **validators,
        )
    raise FetchError(url, f"more than {policy.max_redirects} redirects (last to {current})", final_url=current)


def fetch_page(
    url: str,
    policy: FetchPolicy,
    retries: int | None = None,
    sleep: Callable[[float], None] = time.sleep,
    limiter: HostLimiter = HOSTS,
    *,
    headers: Mapping[str, str] | None = None,
    content_types: Sequence[str] | None = None,
) -> FetchResult:
    """Fetch with a bounded retry loop (timeouts, dropped connections, 5xx); raises FetchError.

    Under Prefect the flow passes retries=0 and lets task retries do this instead. `headers` and
    `content_types` are passed to fetch_once (conditional GETs, feeds).
    """
    retries = policy.retries if retries is None else retries
    attempt = 0
    while True:
        attempt += 1
        try:
            return replace(
                fetch_once(url, policy, limiter, headers=headers, content_types=content_types), attempts=attempt
            )
        except FetchError as e:
            e.attempts = attempt
            if not e.retryable or attempt > retries:
                raise
            delay = retry_delay(e, policy.backoff * (2 ** (attempt - 1)) * (0.5 + random.random()))
            asked = (
                f" (the server's Retry-After, {e.retry_after:g} s, capped at {RETRY_AFTER_CAP:g} s)"
                if e.retry_after is not None and e.retry_after > RETRY_AFTER_CAP
                else ""
            )
            log.warning(
                "%s: %s; retrying in %.1f s%s (attempt %d of %d)", url, e.reason, delay, asked, attempt + 1, retries + 1
            )
            sleep(delay)


def fetch_recorded(url: str, policy: FetchPolicy, retries: int | None = None) -> FetchResult:
    """fetch_page, with a failure returned as a FetchResult (ok=False) instead of raised."""
    started = time.monotonic()
    try:
        return fetch_page(url, policy, retries)
    except FetchError as e:
        log.info("%s", e)  # the article's skip is warned about where the page is used
        return failure(url, e, started)


def fetch_all(urls: Iterable[str], policy: FetchPolicy, max_workers: int = 8) -> dict[str, FetchResult]:
    """Fetch several URLs concurrently (bounded per host); every URL gets a result."""
    todo = list(dict.fromkeys(urls))
    if not todo:
        return {}
    with ThreadPoolExecutor(max_workers=min(max_workers, len(todo)), thread_name_prefix="fetch") as pool:
        return dict(zip(todo, pool.map(lambda u: fetch_recorded(u, policy), todo)))


# --- from fetched pages to articles ---------------------------------------------------------


def story_urls(specs: Iterable[StorySpec]) -> list[str]:
    """URLs of the URL-only articles of these stories (those that must be fetched), in order."""
    return list(dict.fromkeys(a.url for s in specs for a in s.articles if a.file is None and a.url))


def fetch_for_stories(specs: Sequence[StorySpec], settings: "Settings") -> dict[str, FetchResult]:
    """Pages of every URL-only article: fetched, or read back from raw_pages with `reuse_pages`."""
    urls = story_urls(specs)
    if not urls:
        return {}
    if settings.reuse_pages:
        return stored_pages(settings, urls)
    return fetch_all(urls, FetchPolicy.from_settings(settings))


def stored_pages(settings: "Settings", urls: Sequence[str]) -> dict[str, FetchResult]:
    """The latest successfully fetched page of each URL from the warehouse (no network)."""
    from .store import latest_raw_pages

    found = latest_raw_pages(settings.db_path, urls, settings.lock_wait_seconds)
    out: dict[str, FetchResult] = {}
    for u in urls:
        if u in found:
            data, ctype, sha, final_url, at = found[u]
            out[u] = FetchResult(
                url=u,
                ok=True,
                status=200,
                reason="ok",
                fetched_at=at,
                final_url=final_url,
                data=data,
                content_type=ctype,
                sha256=sha,
                stored=True,
            )
        else:
            out[u] = FetchResult(
                url=u,
                ok=False,
                status=None,
                fetched_at=_now(),
                stored=True,
                reason=f"no stored page in {settings.db_path} (run without --reuse-pages first)",
            )
    return out


def domain_outlet(url: str) -> str:
    """'https://www.example.co.uk/x' -> 'example.co.uk' (the outlet when the page names none)."""
    host = (urlsplit(url).hostname or url).lower()
    return host[4:] if host.startswith("www.") else host


def raw_article(spec: ArticleSpec, result: FetchResult) -> RawArticle:
    """The RawArticle of a fetched page; raises ArticleError (naming the URL) for a failed fetch.

    Without an outlet in the manifest, the outlet is the page's site name, else its domain.
    """
    assert spec.url is not None
    if not result.ok or result.data is None:
        raise ArticleError(f"{spec.url}: fetch failed: {result.reason}")
    if spec.outlet is None:
        from .extract import page_metadata

        head = result.data[:500_000]
        wide = wide_codec(result.charset, head)
        text = head[: len(head) // 4 * 4].decode(wide, "replace") if wide else head.decode("utf-8", "replace")
        site = page_metadata(text).get("sitename", "").strip()
        spec = replace(spec, outlet=site or domain_outlet(result.final_url or spec.url))
    return RawArticle(
        spec=spec, source=spec.url, data=result.data, kind=result.kind, url=spec.url, charset=result.charset
    )


def fetch_article(spec: ArticleSpec, settings: "Settings") -> RawArticle:
    """Fetch one article page (with retries) outside a batch."""
    assert spec.url is not None
    return raw_article(spec, fetch_page(spec.url, FetchPolicy.from_settings(settings)))


def page_for(spec: ArticleSpec, pages: Mapping[str, FetchResult] | None, settings: "Settings") -> RawArticle:
    """An article's page from a batch fetched earlier, else fetched now."""
    assert spec.url is not None
    if pages is not None and spec.url in pages:
        return raw_article(spec, pages[spec.url])
    return fetch_article(spec, settings)


# --- stories made of URLs -------------------------------------------------------------------

_URL = re.compile(r"^https?://[^\s/?#]+[^\s]*$", re.I)


def is_url(arg: str) -> bool:
    return bool(re.match(r"^https?://", arg, re.I))


def url_story(story_id: str, urls: Sequence[str], folder: Path | None = None) -> StorySpec:
    """One story of the given URLs (outlets from each page's site name, else its domain)."""
    sid = (story_id or "").strip()
    if not sid:
        raise StoryError("--story: the story id must be a non-empty string")
    if len(sid) > 200 or any(ord(c) < 32 for c in sid):
        raise StoryError(f"--story {story_id!r}: the story id must be at most 200 printable characters")
    if not urls:
        raise StoryError(f"story {sid!r}: no URLs")
    for u in urls:
        if not _URL.match(u):
            raise StoryError(f"{u!r}: not an http(s) URL")
        why = url_syntax_problem(u)
        if why:
            raise StoryError(f"{u!r}: not a valid URL ({why})")
    uniq = list(dict.fromkeys(urls))
    if len(uniq) != len(urls):
        dup = next(u for u in urls if urls.count(u) > 1)
        raise StoryError(f"{dup}: URL given twice for story {sid!r}")
    arts = tuple(ArticleSpec(outlet=None, file=None, url=u, published=None, index=i) for i, u in enumerate(uniq, 1))
    return StorySpec(story_id=sid, title=None, folder=(folder or Path.cwd()).resolve(), articles=arts, manifest=None)


def is_url_story(spec: StorySpec) -> bool:
    """A story made of URLs only (from `run URL... --story ID` or a watchlist), not a folder."""
    return spec.manifest is None and all(a.file is None for a in spec.articles)


__all__ = [
    "AddressRefused",
    "FetchError",
    "FetchPolicy",
    "FetchResult",
    "HOSTS",
    "RETRY_AFTER_CAP",
    "USER_AGENT",
    "address_problem",
    "fetch_all",
    "fetch_for_stories",
    "fetch_once",
    "fetch_page",
    "fetch_recorded",
    "page_for",
    "parse_allow_host",
    "raw_article",
    "retry_after_seconds",
    "retry_delay",
    "url_story",
]
