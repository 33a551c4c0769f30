"""History tables, appended to and never replaced: fetches, raw pages (each distinct page once) and
article versions."""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..records import StoryResult
from .connection import connect, insert_arrow, transaction, utc
from .schema import schema_info


def raw_pages_table(pages: Sequence[tuple[bytes, str | None, str | None, datetime]]) -> Any:
    """Arrow rows of raw_pages for (bytes, URL or file, content type, first seen) pages, once per content."""
    import pyarrow as pa

    seen: dict[str, tuple[bytes, str | None, str | None, datetime]] = {}
    for page in pages:
        seen.setdefault(hashlib.sha256(page[0]).hexdigest(), page)
    return pa.table(
        {
            "sha256": list(seen),
            "url": [p[1] for p in seen.values()],
            "content_type": pa.array([p[2] for p in seen.values()], pa.string()),
            "n_bytes": pa.array([len(p[0]) for p in seen.values()], pa.int64()),
            "compression": ["zlib"] * len(seen),
            "data": pa.array([zlib.compress(p[0], 6) for p in seen.values()], pa.binary()),
            "first_seen": pa.array([utc(p[3]) for p in seen.values()], pa.timestamp("us", tz="UTC")),
        }
    )


def insert_raw_pages(con: Any, pages: Sequence[tuple[bytes, str | None, str | None, datetime]]) -> None:
    """Keep pages' bytes, compressed, once per distinct content (a page already held is not added)."""
    if pages:
        insert_arrow(con, "raw_pages", raw_pages_table(pages), "ON CONFLICT (sha256) DO NOTHING")


def append_history(con: Any, run: Any, results: Sequence[StoryResult], fetches: Sequence[Any]) -> None:
    """Append fetch outcomes, new raw pages and changed article texts (history, never replaced).

    `run` is a RunRecord; `fetches` are fetch.FetchResult objects; pages read back from raw_pages
    (`stored`) are not new fetches. An article gets a new version only when its text differs from
    its latest one.
    """
    import pyarrow as pa

    now = datetime.now(timezone.utc)
    fresh = [f for f in fetches if not getattr(f, "stored", False)]
    fetched_at = {f.url: f.fetched_at for f in fresh if f.ok}
    arts = [(res.spec.story_id, a) for res in results for a in res.articles]
    with transaction(con):
        if fresh:
            con.executemany(
                "INSERT INTO fetches VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    [
                        run.run_id,
                        f.url,
                        f.final_url,
                        f.ok,
                        f.status,
                        f.reason,
                        f.attempts,
                        len(f.data) if f.data is not None else None,
                        f.sha256,
                        round(f.elapsed * 1000, 1),
                        utc(f.fetched_at),
                    ]
                    for f in fresh
                ],
            )
            insert_raw_pages(
                con, [(f.data, f.url, f.content_type, f.fetched_at) for f in fresh if f.ok and f.data is not None]
            )
        if arts:
            staged = pa.table(
                {
                    "article_id": [a.article_id for _, a in arts],
                    "story_id": [sid for sid, _ in arts],
                    "outlet": [a.outlet for _, a in arts],
                    "outlet_id": [a.outlet_id for _, a in arts],
                    "url": [a.url for _, a in arts],
                    "source": [a.source for _, a in arts],
                    "content_hash": [a.content_hash for _, a in arts],
                    "text": [a.text for _, a in arts],
                    "first_seen": pa.array(
                        [utc(fetched_at.get(a.source, now)) for _, a in arts], pa.timestamp("us", tz="UTC")
                    ),
                }
            )
            con.register("staged_versions", staged)
            con.execute(
                "INSERT INTO article_versions "
                "SELECT n.article_id, n.story_id, n.outlet, n.outlet_id, n.url, n.source, "
                "       coalesce(l.n_versions, 0) + 1, n.content_hash, n.text, n.first_seen, ? "
                "FROM staged_versions n LEFT JOIN ("
                "    SELECT article_id, count(*) AS n_versions, arg_max(content_hash, version) AS last_hash "
                "    FROM article_versions GROUP BY article_id) l USING (article_id) "
                "WHERE l.last_hash IS DISTINCT FROM n.content_hash",
                [run.run_id],
            )
            con.unregister("staged_versions")


def latest_raw_pages(
    db_path: Path, urls: Sequence[str], wait_seconds: float
) -> dict[str, tuple[bytes, str | None, str, str | None, datetime]]:
    """Per URL, its latest successfully fetched page: (bytes, content type, sha256, final URL, fetched at)."""
    if not Path(db_path).exists() or not urls:
        return {}
    with connect(db_path, read_only=True, wait_seconds=wait_seconds) as con:
        if int(schema_info(con).get("version", "1")) < 2:
            return {}
        rows = con.execute(
            "SELECT f.url, p.data, p.compression, p.content_type, p.sha256, f.final_url, f.fetched_at "
            "FROM fetches f JOIN raw_pages p ON p.sha256 = f.raw_sha256 "
            "WHERE f.ok AND f.url IN (SELECT unnest(?::VARCHAR[])) "
            "QUALIFY row_number() OVER (PARTITION BY f.url ORDER BY f.fetched_at DESC) = 1",
            [list(urls)],
        ).fetchall()
    out = {}
    for url, data, comp, ctype, sha, final_url, at in rows:
        out[url] = (page_bytes(data, comp), ctype, sha, final_url, at)
    return out


def page_bytes(data: bytes, compression: str | None) -> bytes:
    """A raw_pages row's bytes, uncompressed."""
    return zlib.decompress(data) if compression == "zlib" else bytes(data)
