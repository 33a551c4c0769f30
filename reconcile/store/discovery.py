"""Story discovery's rows: outlets, feeds, feed entries, discovered articles and stories.

Rows with natural keys (outlets, feeds, feed entries, discovered stories) are written with
`INSERT ... ON CONFLICT (key) DO UPDATE`; discovered articles only grow. A discovered page's
bytes are kept once, in raw_pages (discovered_articles.raw_sha256 names them; rows written before
schema version 6 keep theirs in discovered_articles.raw).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np

from .cache import insert_cache
from .connection import SCHEMA_FILE, connect, insert_arrow, sql_file, transaction, upsert_arrow, utc, vector_rows
from .history import append_history, insert_raw_pages, page_bytes
from .schema import ensure_schema

log = logging.getLogger(__name__)

DISCOVERY_TABLES = ("outlets", "feeds", "feed_entries", "discovered_articles", "discovered_stories")
STORY_KEEP = ("created_at", "reconciled_at", "reconciled_articles", "reconcile_status")
"""discovered_stories columns a grouping write leaves as they were (set when formed or reconciled)."""


def has_discovery_tables(con: Any) -> bool:
    rows = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name IN (SELECT unnest(?::VARCHAR[]))",
        [list(DISCOVERY_TABLES)],
    ).fetchall()
    return rows[0][0] == len(DISCOVERY_TABLES)


def ensure_discovery_tables(con: Any, model: str, dim: int) -> None:
    """The schema, migrated, with the discovery tables (a warehouse made before they existed gets them)."""
    ensure_schema(con, model, dim)
    if not has_discovery_tables(con):
        # schema.sql is all CREATE ... IF NOT EXISTS: running it again adds only what is missing.
        con.execute(sql_file(SCHEMA_FILE).replace("{dim}", str(int(dim))))


def _read(db_path: Path, wait_seconds: float, fn: Callable[[Any], Any], default: Any) -> Any:
    """Run fn on a read-only connection when the warehouse and its discovery tables exist."""
    if not Path(db_path).exists():
        return default
    with connect(db_path, read_only=True, wait_seconds=wait_seconds) as con:
        if not has_discovery_tables(con):
            return default
        return fn(con)


def feed_state(
    db_path: Path, wait_seconds: float, feed_ids: Sequence[str]
) -> dict[str, tuple[str | None, str | None, str | None, int]]:
    """Per stored feed: (etag, last_modified, content_hash, n_entries) of its last read."""

    def q(con: Any) -> dict[str, tuple[str | None, str | None, str | None, int]]:
        rows = con.execute(
            "SELECT feed_id, etag, last_modified, content_hash, n_entries FROM feeds "
            "WHERE feed_id IN (SELECT unnest(?::VARCHAR[]))",
            [list(feed_ids)],
        ).fetchall()
        return {r[0]: (r[1], r[2], r[3], int(r[4] or 0)) for r in rows}

    return _read(db_path, wait_seconds, q, {})


def seen_entries(db_path: Path, wait_seconds: float, keys: Sequence[str]) -> dict[str, tuple[str, int]]:
    """Per entry key already stored: (status, attempts)."""

    def q(con: Any) -> dict[str, tuple[str, int]]:
        rows = con.execute(
            "SELECT entry_key, status, attempts FROM feed_entries WHERE entry_key IN (SELECT unnest(?::VARCHAR[]))",
            [list(keys)],
        ).fetchall()
        return {r[0]: (r[1], int(r[2] or 0)) for r in rows}

    return _read(db_path, wait_seconds, q, {}) if keys else {}


def retry_entries(
    db_path: Path, wait_seconds: float, outlet_ids: Sequence[str], max_attempts: int
) -> list[tuple[Any, ...]]:
    """Failed entries due for another try: (outlet_id, feed, entry_id, link, is_file, title,
    published_at, attempts), oldest first."""

    def q(con: Any) -> list[tuple[Any, ...]]:
        return con.execute(
            "SELECT outlet_id, feed, entry_id, link, is_file, title, published_at, attempts FROM feed_entries "
            "WHERE status = 'failed' AND attempts < ? AND outlet_id IN (SELECT unnest(?::VARCHAR[])) "
            "ORDER BY first_seen_at",
            [max_attempts, list(outlet_ids)],
        ).fetchall()

    return _read(db_path, wait_seconds, q, [])


def known_pages(
    db_path: Path, wait_seconds: float, page_keys: Sequence[str], hashes: Sequence[tuple[str, str]]
) -> tuple[set[str], dict[tuple[str, str], str]]:
    """Page keys already extracted, and (outlet_id, content hash) -> article id already stored."""

    def q(con: Any) -> tuple[set[str], dict[tuple[str, str], str]]:
        pages = {
            r[0]
            for r in con.execute(
                "SELECT page_key FROM feed_entries WHERE status = 'article' AND page_key IN (SELECT unnest(?::VARCHAR[]))",
                [list(page_keys)],
            ).fetchall()
        }
        found = {}
        if hashes:
            for o, h, a in con.execute(
                "SELECT outlet_id, content_hash, article_id FROM discovered_articles "
                "WHERE content_hash IN (SELECT unnest(?::VARCHAR[]))",
                [[h for _, h in hashes]],
            ).fetchall():
                found[(o, h)] = a
        return pages, found

    return _read(db_path, wait_seconds, q, (set(), {}))


def window_stories(db_path: Path, wait_seconds: float, lo: float, hi: float) -> list[dict[str, Any]]:
    """Stored stories whose publication span reaches [lo, hi] (epoch seconds): story_id, vector_sum,
    n_articles, first, last (epoch seconds), title, founder. A range filter, not a scan of vectors."""

    def q(con: Any) -> list[dict[str, Any]]:
        tbl = con.sql(
            "SELECT story_id, vector_sum, n_articles, epoch(first_published_at) AS first, "
            "epoch(last_published_at) AS last, title, founder_article_id AS founder "
            "FROM discovered_stories WHERE last_published_at >= to_timestamp($lo) "
            "AND first_published_at <= to_timestamp($hi)",
            params={"lo": lo, "hi": hi},
        ).to_arrow_table()
        if tbl.num_rows == 0:
            return []
        vecs = vector_rows(tbl, "vector_sum")
        rows = tbl.drop_columns(["vector_sum"]).to_pylist()
        for row, v in zip(rows, vecs):
            row["vector_sum"] = v
        return rows

    return _read(db_path, wait_seconds, q, [])


def story_members(db_path: Path, wait_seconds: float, story_ids: Sequence[str]) -> list[tuple[Any, ...]]:
    """(story_id, article_id, outlet_id, published_at, text, syndicated_of) of these stories' stored members."""

    def q(con: Any) -> list[tuple[Any, ...]]:
        return con.execute(
            "SELECT story_id, article_id, outlet_id, published_at, text, syndicated_of "
            "FROM discovered_articles WHERE story_id IN (SELECT unnest(?::VARCHAR[]))",
            [list(story_ids)],
        ).fetchall()

    return _read(db_path, wait_seconds, q, []) if story_ids else []


def stories_due(
    db_path: Path, wait_seconds: float, min_outlets: int, force: bool, story_ids: Sequence[str] | None = None
) -> list[str]:
    """Stories with enough independent outlets whose membership changed since last reconciled
    (every such story with `force`), oldest first."""

    def q(con: Any) -> list[str]:
        sql = (
            "SELECT story_id FROM discovered_stories WHERE n_outlets >= ? "
            "AND (? OR reconciled_articles IS DISTINCT FROM n_articles)"
        )
        params: list[Any] = [min_outlets, force]
        if story_ids is not None:
            sql += " AND story_id IN (SELECT unnest(?::VARCHAR[]))"
            params.append(list(story_ids))
        return [r[0] for r in con.execute(sql + " ORDER BY first_published_at, story_id", params).fetchall()]

    return _read(db_path, wait_seconds, q, [])


def story_pages(
    db_path: Path, wait_seconds: float, story_ids: Sequence[str]
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Stored articles of these stories with their page bytes: (story_id, article_id, outlet, outlet_id,
    url, source, page bytes, raw_kind, published_at, syndicated_of), by story and publication time;
    and the stories' (story_id, title, n_articles)."""

    def q(con: Any) -> tuple[list[Any], list[Any]]:
        import duckdb

        cols = "d.story_id, d.article_id, d.outlet, d.outlet_id, d.url, d.source"
        tail = "d.raw_kind, d.published_at, d.syndicated_of"
        where = "WHERE d.story_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY d.story_id, d.published_at, d.article_id"
        try:
            arts = con.execute(
                f"SELECT {cols}, coalesce(p.data, d.raw), CASE WHEN p.data IS NULL THEN 'zlib' ELSE p.compression END, "
                f"{tail} FROM discovered_articles d LEFT JOIN raw_pages p ON p.sha256 = d.raw_sha256 {where}",
                [list(story_ids)],
            ).fetchall()
        except duckdb.BinderException:  # read-only, before migration 006: the pages are in raw
            arts = con.execute(
                f"SELECT {cols}, d.raw, 'zlib', {tail} FROM discovered_articles d {where}", [list(story_ids)]
            ).fetchall()
        stories = con.execute(
            "SELECT story_id, title, n_articles FROM discovered_stories "
            "WHERE story_id IN (SELECT unnest(?::VARCHAR[]))",
            [list(story_ids)],
        ).fetchall()
        return arts, stories

    arts, stories = _read(db_path, wait_seconds, q, ([], []))
    return [(*r[:6], page_bytes(r[6], r[7]), *r[8:]) for r in arts], stories


def _unique(data: Any, key: str) -> Any:
    """The rows of an Arrow table with the first occurrence of each key (one INSERT ... ON CONFLICT
    may not touch a row twice)."""
    keys = data.column(key).to_pylist()
    first: dict[Any, int] = {}
    for i, k in enumerate(keys):
        first.setdefault(k, i)
    return data if len(first) == len(keys) else data.take(sorted(first.values()))


def upsert_stories(con: Any, stories: Any) -> None:
    """Write discovered_stories rows (an Arrow table), keeping each stored story's STORY_KEEP columns."""
    upsert_arrow(con, "discovered_stories", _unique(stories, "story_id"), "story_id", keep=STORY_KEEP)


def write_discovery(
    db_path: Path,
    wait_seconds: float,
    model: str,
    cache_key: str,
    dim: int,
    *,
    outlets: Any,
    feeds: Any,
    entries: Any,
    articles: Any,
    pages: Sequence[tuple[Any, ...]],
    stories: Any,
    syndication: Any,
    new_cache: dict[str, np.ndarray],
    run: Any = None,
    fetches: Sequence[Any] = (),
) -> None:
    """Write a discovery run's rows (Arrow tables of the tables' columns) in one transaction; then
    the fetch history (fetches, raw_pages) as `reconcile run` records it, best effort.

    `pages` are the discovered articles' pages as (bytes, URL or file, content type, read at), kept
    in raw_pages; `articles` name them by raw_sha256. `run` is the RunRecord of the fetch history.
    """
    with connect(db_path, wait_seconds=wait_seconds) as con:
        ensure_discovery_tables(con, model, dim)
        with transaction(con):
            upsert_arrow(con, "outlets", _unique(outlets, "outlet_id"), "outlet_id")
            if feeds.num_rows:
                upsert_arrow(con, "feeds", _unique(feeds, "feed_id"), "feed_id")
            if entries.num_rows:
                upsert_arrow(con, "feed_entries", _unique(entries, "entry_key"), "entry_key", keep=("first_seen_at",))
            insert_raw_pages(con, pages)
            if articles.num_rows:
                insert_arrow(con, "discovered_articles", articles)
            if syndication.num_rows:
                con.register("staged_synd", syndication)
                con.execute(
                    "UPDATE discovered_articles AS d SET syndicated_of = s.syndicated_of, "
                    "syndication_score = s.syndication_score FROM staged_synd s "
                    "WHERE d.article_id = s.article_id"
                )
                con.unregister("staged_synd")
            if stories.num_rows:
                upsert_stories(con, stories)
            insert_cache(con, cache_key, new_cache)
        if fetches and run is not None:
            try:
                append_history(con, run, [], fetches)
            except Exception as e:  # history is best effort; the discovery rows are committed
                log.warning("fetch history not recorded (%s)", str(e).splitlines()[0][:160])


def mark_reconciled(db_path: Path, wait_seconds: float, marks: Sequence[tuple[datetime, int | None, str, str]]) -> None:
    """Record stories' last reconciliation: (when, n_articles then, 'ok' or 'failed: reason', story_id)."""
    if not marks:
        return
    with connect(db_path, wait_seconds=wait_seconds) as con:
        con.executemany(
            "UPDATE discovered_stories SET reconciled_at = ?, reconciled_articles = ?, "
            "reconcile_status = ? WHERE story_id = ?",
            [[utc(m[0]), *m[1:]] for m in marks],
        )
