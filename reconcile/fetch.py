"""Fetch article pages over HTTP(S)."""

from __future__ import annotations

import logging

from .errors import ArticleError
from .records import ArticleSpec
from .sources import RawArticle, looks_binary

log = logging.getLogger(__name__)


def fetch_article(spec: ArticleSpec, max_bytes: int) -> RawArticle:
    """Download one article page with trafilatura's fetcher."""
    import trafilatura

    assert spec.url is not None
    resp = trafilatura.fetch_response(spec.url, decode=False)
    if resp is None:
        raise ArticleError(f"{spec.url}: fetch failed (no response)")
    if resp.status != 200:
        raise ArticleError(f"{spec.url}: fetch failed (HTTP {resp.status})")
    data = resp.data or b""
    if len(data) > max_bytes:
        raise ArticleError(f"{spec.url}: page is over the {max_bytes:,}-byte limit; refused")
    if not data.strip():
        raise ArticleError(f"{spec.url}: empty response")
    if looks_binary(data):
        raise ArticleError(f"{spec.url}: binary data, not an HTML page")
    return RawArticle(spec=spec, source=spec.url, data=data, kind="html", url=spec.url)
