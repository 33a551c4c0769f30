"""The DuckDB warehouse: schema, migrations, bounded waits for the lock, and story writes."""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import numpy as np

from .errors import ModelError, WarehouseBusy, WarehouseError
from .records import Discrepancy, StoryResult

log = logging.getLogger(__name__)

SQL_DIR: Traversable = resources.files("warehouse")
"""The SQL shipped as package data (the repository's `warehouse/` folder): schema, views, example queries."""
SCHEMA_FILE = SQL_DIR / "schema.sql"
VIEWS_FILE = SQL_DIR / "views.sql"
SCHEMA_VERSION = 4

# Per-story tables, deleted and rewritten together when a story is re-run.
STORY_TABLES = ("discrepancies", "held_back_discrepancies", "claim_sentences", "claims", "sentences", "article_skips", "articles", "stories")


def _sql_file(path: Traversable) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as e:  # pragma: no cover - packaging error
        raise WarehouseError(f"{path}: cannot read the schema ({e.strerror})") from None


def _is_lock_error(e: Exception) -> bool:
    msg = str(e).lower()
    return "lock" in msg and ("conflicting" in msg or "could not set" in msg)


@contextmanager
def connect(db_path: Path, read_only: bool = False, wait_seconds: float = 60.0) -> Iterator[Any]:
    """Open the warehouse, waiting (bounded, with backoff) while another process holds its lock."""
    import duckdb

    db_path = Path(db_path)
    if read_only and not db_path.exists():
        raise WarehouseError(f"{db_path}: no warehouse here (run `reconcile run` first)")
    if not read_only:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait_seconds
    delay = 0.05
    while True:
        try:
            con = duckdb.connect(str(db_path), read_only=read_only)
            break
        except duckdb.IOException as e:
            if not _is_lock_error(e):
                raise WarehouseError(f"{db_path}: cannot open the warehouse ({str(e).splitlines()[0]})") from None
            if time.monotonic() >= deadline:
                raise WarehouseBusy(f"{db_path}: warehouse is busy (another process held its lock for "
                                    f"more than {wait_seconds:g} s); try again later") from None
            time.sleep(delay * (0.5 + random.random()))
            delay = min(delay * 1.6, 1.0)
        except duckdb.Error as e:
            raise WarehouseError(f"{db_path}: not a usable DuckDB warehouse ({str(e).splitlines()[0]})") from None
    try:
        yield con
    finally:
        con.close()


def schema_info(con: Any) -> dict[str, str]:
    try:
        rows = con.execute("SELECT key, value FROM schema_info").fetchall()
    except Exception:
        return {}
    return {k: v for k, v in rows}


def check_model(info: dict[str, str], model: str, dim: int | None = None) -> None:
    """Refuse a model (or vector size) other than the one the warehouse was created with."""
    held = info.get("model")
    if held is None:
        return
    if held != model or (dim is not None and int(info.get("dim", dim)) != dim):
        raise ModelError(f"this warehouse holds embeddings of model {held!r} "
                         f"({info.get('dim')} dimensions), not {model!r}; use --model {held} "
                         "or another --db")


def ensure_schema(con: Any, model: str, dim: int) -> None:
    """Create the schema on a new warehouse, migrate an older one, refuse another model."""
    info = schema_info(con)
    if not info:
        con.execute("BEGIN")
        con.execute(_sql_file(SCHEMA_FILE).replace("{dim}", str(int(dim))))
        con.executemany("INSERT INTO schema_info VALUES (?, ?)",
                        [("version", str(SCHEMA_VERSION)), ("model", model), ("dim", str(int(dim)))])
        con.execute(_sql_file(VIEWS_FILE))
        con.execute("COMMIT")
        return
    check_model(info, model, dim)
    version = int(info.get("version", "1"))
    if version > SCHEMA_VERSION:
        raise WarehouseError(f"warehouse schema version {version} is newer than this reconcile "
                             f"({SCHEMA_VERSION}); upgrade reconcile")
    if version < SCHEMA_VERSION:
        migrate(con, version, int(info["dim"]))
    else:
        con.execute(_sql_file(VIEWS_FILE))


# Each migration takes a warehouse from version N to N+1. Append, never edit.
MIGRATIONS: dict[int, str] = {
    # 1 -> 2: the history tables fetches, raw_pages and article_versions (created from schema.sql).
    1: "SELECT 1",
    # 2 -> 3: held_back_discrepancies (created from schema.sql) and v_discrepancies_all.
    2: "SELECT 1",
    # 3 -> 4: story_changes (created from schema.sql) and v_changes.
    3: "SELECT 1",
}


def migrate(con: Any, version: int, dim: int) -> None:
    con.execute("BEGIN")
    try:
        while version < SCHEMA_VERSION:
            log.info("migrating warehouse schema %s -> %s", version, version + 1)
            con.execute(MIGRATIONS[version].replace("{dim}", str(dim)))
            version += 1
        # New tables of later versions come from schema.sql (all CREATE ... IF NOT EXISTS).
        con.execute(_sql_file(SCHEMA_FILE).replace("{dim}", str(dim)))
        con.execute("UPDATE schema_info SET value = ? WHERE key = 'version'", [str(SCHEMA_VERSION)])
        con.execute(_sql_file(VIEWS_FILE))
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def cached_embeddings(db_path: Path, model: str, hashes: Sequence[str], wait_seconds: float,
                      key: str | None = None) -> dict[str, np.ndarray]:
    """Embeddings already in the warehouse for these (model, text hash) keys.

    `key` is the cache's model key (embed.cache_key: the model label, plus the backend for a
    backend other than torch); it defaults to the model label.
    """
    import pyarrow as pa

    if not Path(db_path).exists() or not hashes:
        return {}
    with connect(db_path, read_only=True, wait_seconds=wait_seconds) as con:
        if schema_info(con).get("model") != model:
            return {}
        keys = pa.table({"text_hash": pa.array(sorted(set(hashes)), pa.string())})
        con.register("wanted", keys)
        tbl = con.sql(
            "SELECT c.text_hash, c.embedding FROM embedding_cache c JOIN wanted w USING (text_hash) "
            "WHERE c.model = ?", params=[key or model]).to_arrow_table()
    if tbl.num_rows == 0:
        return {}
    vecs = np.asarray(tbl.column("embedding").combine_chunks().flatten().to_numpy(zero_copy_only=False),
                      dtype=np.float32).reshape(tbl.num_rows, -1)
    return dict(zip(tbl.column("text_hash").to_pylist(), vecs))


def stored_dimension(db_path: Path) -> int | None:
    """The embedding size of an existing warehouse, without waiting for its lock."""
    if not Path(db_path).exists():
        return None
    try:
        with connect(db_path, read_only=True, wait_seconds=0) as con:
            dim = schema_info(con).get("dim")
    except WarehouseError:
        return None
    return int(dim) if dim else None


def stored_fingerprints(db_path: Path, story_ids: Sequence[str], wait_seconds: float) -> dict[str, dict[str, Any]]:
    """Per stored story: its input fingerprint and summary figures (as pipeline.story_line)."""
    if not Path(db_path).exists() or not story_ids:
        return {}
    with connect(db_path, read_only=True, wait_seconds=wait_seconds) as con:
        if not schema_info(con):
            return {}
        rows = con.execute(
            "SELECT s.story_id, s.input_hash, s.n_outlets, s.n_articles, s.n_sentences, s.n_claims, "
            "s.n_shared_claims, (SELECT count(*) FROM discrepancies d WHERE d.story_id = s.story_id), "
            "(SELECT count(*) FROM article_skips k WHERE k.story_id = s.story_id) "
            "FROM stories s WHERE s.story_id IN (SELECT unnest(?::VARCHAR[]))", [list(story_ids)]).fetchall()
    keys = ("story_id", "input_hash", "outlets", "articles", "sentences", "claims", "shared_claims",
            "discrepancies", "skipped")
    return {r[0]: dict(zip(keys, r)) for r in rows}


@dataclass(frozen=True)
class RunRecord:
    run_id: str
    started_at: datetime
    model: str
    parameters: dict[str, Any]
    orchestrator: str
    cache_key: str | None = None
    """Model key of new embedding cache rows (embed.cache_key); the model label when None."""


def _utc(dt: datetime | None) -> datetime | None:
    if dt is None:
        return None
    return dt.replace(tzinfo=timezone.utc) if dt.tzinfo is None else dt.astimezone(timezone.utc)


def _vectors(emb: np.ndarray) -> Any:
    import pyarrow as pa

    emb = np.ascontiguousarray(emb, dtype=np.float32)
    return pa.FixedSizeListArray.from_arrays(pa.array(emb.ravel(), pa.float32()), emb.shape[1])


def write_run(db_path: Path, run: RunRecord, results: Sequence[StoryResult],
              embeddings: dict[str, np.ndarray], new_cache: dict[str, np.ndarray], dim: int,
              failed: int, skipped: int, wait_seconds: float, finished: bool = True,
              stories_ok: int | None = None, fetches: Sequence[Any] = ()) -> dict[str, dict[str, int] | None]:
    """Write a batch of a run's stories in one transaction (each story's rows replaced), then the
    history and, with the last batch, the run row. Returns, per story, its change counts since its
    previous run (story_changes), or None for a story the warehouse did not hold.

    `embeddings` maps sentence_id to its vector; `new_cache` maps text hash to vectors newly
    computed (added to the embedding cache).
    """
    with connect(db_path, wait_seconds=wait_seconds) as con:
        ensure_schema(con, run.model, dim)
        if new_cache:
            _insert_cache(con, run.cache_key or run.model, new_cache)
        ids = [res.spec.story_id for res in results]
        present = {r[0] for r in con.execute(
            "SELECT story_id FROM stories WHERE story_id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()}
        con.execute("BEGIN")
        try:
            stage: dict[str, list[Any]] = {}
            changes = {res.spec.story_id: write_story(con, run, res, embeddings,
                                                      replace=res.spec.story_id in present, stage=stage)
                       for res in results}
            insert_staged(con, stage)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        append_history(con, run, results, fetches)
        if not finished:
            return changes
        finished_at = datetime.now(timezone.utc)
        ok = len(results) if stories_ok is None else stories_ok
        status = "completed" if not failed and not skipped else ("failed" if not ok else "partial")
        con.execute(
            "INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [run.run_id, _utc(run.started_at), finished_at, run.model, json.dumps(run.parameters),
             status, ok, failed, skipped, run.orchestrator])
    return changes


def append_history(con: Any, run: RunRecord, results: Sequence[StoryResult], fetches: Sequence[Any]) -> None:
    """Append fetch outcomes, new raw pages and changed article texts (history, never replaced).

    `fetches` are fetch.FetchResult objects; pages read back from raw_pages (`stored`) are not
    new fetches. An article gets a new version only when its text differs from its latest one.
    """
    import zlib

    import pyarrow as pa

    now = datetime.now(timezone.utc)
    fresh = [f for f in fetches if not getattr(f, "stored", False)]
    fetched_at = {f.url: f.fetched_at for f in fresh if f.ok}
    arts = [(res.spec.story_id, a) for res in results for a in res.articles]
    con.execute("BEGIN")
    try:
        if fresh:
            con.executemany(
                "INSERT INTO fetches VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [[run.run_id, f.url, f.final_url, f.ok, f.status, f.reason, f.attempts,
                  len(f.data) if f.data is not None else None, f.sha256, round(f.elapsed * 1000, 1),
                  _utc(f.fetched_at)] for f in fresh])
            pages = {f.sha256: f for f in fresh if f.ok and f.data is not None}
            if pages:
                known = {r[0] for r in con.execute(
                    "SELECT sha256 FROM raw_pages WHERE sha256 IN (SELECT unnest(?::VARCHAR[]))",
                    [list(pages)]).fetchall()}
                new = [f for h, f in pages.items() if h not in known]
                if new:
                    con.executemany("INSERT INTO raw_pages VALUES (?, ?, ?, ?, 'zlib', ?, ?)",
                                    [[f.sha256, f.url, f.content_type, len(f.data), zlib.compress(f.data, 6),
                                      _utc(f.fetched_at)] for f in new])
        if arts:
            staged = pa.table({
                "article_id": [a.article_id for _, a in arts], "story_id": [sid for sid, _ in arts],
                "outlet": [a.outlet for _, a in arts], "outlet_id": [a.outlet_id for _, a in arts],
                "url": [a.url for _, a in arts], "source": [a.source for _, a in arts],
                "content_hash": [a.content_hash for _, a in arts], "text": [a.text for _, a in arts],
                "first_seen": pa.array([_utc(fetched_at.get(a.source, now)) for _, a in arts],
                                       pa.timestamp("us", tz="UTC")),
            })
            con.register("staged_versions", staged)
            con.execute(
                "INSERT INTO article_versions "
                "SELECT n.article_id, n.story_id, n.outlet, n.outlet_id, n.url, n.source, "
                "       coalesce(l.n_versions, 0) + 1, n.content_hash, n.text, n.first_seen, ? "
                "FROM staged_versions n LEFT JOIN ("
                "    SELECT article_id, count(*) AS n_versions, arg_max(content_hash, version) AS last_hash "
                "    FROM article_versions GROUP BY article_id) l USING (article_id) "
                "WHERE l.last_hash IS DISTINCT FROM n.content_hash", [run.run_id])
            con.unregister("staged_versions")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def latest_raw_pages(db_path: Path, urls: Sequence[str], wait_seconds: float
                     ) -> dict[str, tuple[bytes, str | None, str, str | None, datetime]]:
    """Per URL, its latest successfully fetched page: (bytes, content type, sha256, final URL, fetched at)."""
    import zlib

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
            [list(urls)]).fetchall()
    out = {}
    for url, data, comp, ctype, sha, final_url, at in rows:
        raw = zlib.decompress(data) if comp == "zlib" else bytes(data)
        out[url] = (raw, ctype, sha, final_url, at)
    return out


def _insert_cache(con: Any, model: str, new_cache: dict[str, np.ndarray]) -> None:
    import pyarrow as pa

    hashes = list(new_cache)
    tbl = pa.table({"text_hash": pa.array(hashes, pa.string()),
                    "embedding": _vectors(np.stack([new_cache[h] for h in hashes]))})
    con.register("new_cache", tbl)
    con.execute("BEGIN")
    con.execute("INSERT INTO embedding_cache SELECT ?, n.text_hash, n.embedding FROM new_cache n "
                "WHERE NOT EXISTS (SELECT 1 FROM embedding_cache c WHERE c.model = ? AND c.text_hash = n.text_hash)",
                [model, model])
    con.execute("COMMIT")
    con.unregister("new_cache")


CHANGE_KINDS = ("claim_added", "claim_removed", "discrepancy_new", "discrepancy_resolved", "article_updated")
"""Values of story_changes.change; their counts are keyed by the plural (claims_added, ...)."""


def change_counts(changes: Sequence[tuple[str, str, str]]) -> dict[str, int]:
    """{'claims_added': n, 'claims_removed': n, 'discrepancies_new': n, ...} of (change, item id, detail) rows."""
    plural = {"claim": "claims", "discrepancy": "discrepancies", "article": "articles"}
    out = {}
    for kind in CHANGE_KINDS:
        noun, verb = kind.split("_", 1)
        out[f"{plural[noun]}_{verb}"] = sum(1 for c in changes if c[0] == kind)
    return out


def story_changes(con: Any, res: StoryResult) -> tuple[str, list[tuple[str, str, str]]] | None:
    """(previous run id, [(change, item id, detail)]) of a story against the rows the warehouse holds
    for it, or None when it holds none. Claim and discrepancy ids are derived from content, so an
    unchanged claim keeps its id across runs."""
    sid = res.spec.story_id
    prev = con.execute("SELECT run_id FROM stories WHERE story_id = ?", [sid]).fetchone()
    if prev is None:
        return None
    old_claims = dict(con.execute(
        "SELECT c.claim_id, first(s.text ORDER BY s.position, s.outlet_id) FROM claims c "
        "JOIN claim_sentences cs USING (claim_id) JOIN sentences s USING (sentence_id) "
        "WHERE c.story_id = ? GROUP BY c.claim_id", [sid]).fetchall())
    old_discs = dict(con.execute(
        "SELECT discrepancy_id, kind || ': ' || value_a || ' vs ' || value_b FROM discrepancies WHERE story_id = ?",
        [sid]).fetchall())
    old_arts = dict(con.execute("SELECT article_id, content_hash FROM articles WHERE story_id = ?", [sid]).fetchall())
    by_id = {s.sentence_id: s for s in res.sentences}
    new_claims = {}
    for c in res.claims:
        members = [by_id[x] for x in c.sentence_ids if x in by_id]
        new_claims[c.claim_id] = min(members, key=lambda s: (s.position, s.outlet_id)).text if members else ""
    new_discs = {d.discrepancy_id: f"{d.kind}: {d.value_a} vs {d.value_b}" for d in res.discrepancies}
    out = [("claim_added", cid, text) for cid, text in new_claims.items() if cid not in old_claims]
    out += [("claim_removed", cid, text) for cid, text in old_claims.items() if cid not in new_claims]
    out += [("discrepancy_new", did, text) for did, text in new_discs.items() if did not in old_discs]
    out += [("discrepancy_resolved", did, text) for did, text in old_discs.items() if did not in new_discs]
    out += [("article_updated", a.article_id, a.outlet) for a in res.articles
            if a.article_id in old_arts and old_arts[a.article_id] != a.content_hash]
    return prev[0], out


def write_story(con: Any, run: RunRecord, res: StoryResult, embeddings: dict[str, np.ndarray],
                replace: bool = True, stage: dict[str, list[Any]] | None = None) -> dict[str, int] | None:
    """Replace one story's rows and record what changed since its previous run (story_changes);
    the caller holds the transaction (see write_run). Returns the change counts (change_counts),
    or None for a story the warehouse did not hold.

    `replace=False` skips deleting earlier rows, for a story the warehouse does not hold yet.
    With `stage`, the story's row tables are appended to it for one insert per table of the
    whole batch (insert_staged) instead of being inserted here.
    """
    import pyarrow as pa

    sid = res.spec.story_id
    arts = res.articles
    n_sent_by_article: dict[str, int] = {}
    for s in res.sentences:
        n_sent_by_article[s.article_id] = n_sent_by_article.get(s.article_id, 0) + 1
    now = datetime.now(timezone.utc)
    articles = pa.table({
        "article_id": [a.article_id for a in arts], "story_id": [sid] * len(arts),
        "outlet": [a.outlet for a in arts], "outlet_id": [a.outlet_id for a in arts],
        "url": [a.url for a in arts], "source": [a.source for a in arts],
        "title": [a.title for a in arts], "author": [a.author for a in arts],
        "published_at": pa.array([_utc(a.published_at) for a in arts], pa.timestamp("us", tz="UTC")),
        "sitename": [a.sitename for a in arts], "language": [a.language for a in arts],
        "dateline": [a.dateline for a in arts], "text": [a.text for a in arts],
        "content_hash": [a.content_hash for a in arts],
        "n_sentences": pa.array([n_sent_by_article.get(a.article_id, 0) for a in arts], pa.int32()),
        "run_id": [run.run_id] * len(arts),
    }, schema=None)
    sents = res.sentences
    dim = next(iter(embeddings.values())).shape[0] if embeddings else 0
    emb = np.stack([embeddings[s.sentence_id] for s in sents]) if sents else np.zeros((0, max(dim, 1)), np.float32)
    sentences = pa.table({
        "sentence_id": [s.sentence_id for s in sents], "article_id": [s.article_id for s in sents],
        "story_id": [sid] * len(sents), "outlet_id": [s.outlet_id for s in sents],
        "position": pa.array([s.position for s in sents], pa.int32()),
        "paragraph": pa.array([s.paragraph for s in sents], pa.int32()),
        "start_char": pa.array([s.start for s in sents], pa.int32()),
        "end_char": pa.array([s.end for s in sents], pa.int32()),
        "text": [s.text for s in sents],
        "embedding": _vectors(emb) if sents else pa.array([], pa.list_(pa.float32())),
    })
    claims = pa.table({
        "claim_id": [c.claim_id for c in res.claims], "story_id": [sid] * len(res.claims),
        "n_outlets": pa.array([c.n_outlets for c in res.claims], pa.int32()),
        "n_sentences": pa.array([len(c.sentence_ids) for c in res.claims], pa.int32()),
        "position": pa.array(list(range(len(res.claims))), pa.int32()),
        "run_id": [run.run_id] * len(res.claims),
    })
    members = [(c.claim_id, s, sim) for c in res.claims for s, sim in zip(c.sentence_ids, c.similarities)]
    claim_sentences = pa.table({
        "claim_id": [m[0] for m in members], "sentence_id": [m[1] for m in members],
        "similarity": pa.array([m[2] for m in members], pa.float64()),
    })
    def discrepancy_table(ds: Sequence[Discrepancy], with_reason: bool) -> Any:
        cols = {
            "discrepancy_id": [d.discrepancy_id for d in ds], "story_id": [sid] * len(ds),
            "claim_id": [d.claim_id for d in ds], "kind": [d.kind for d in ds],
            "sentence_id_a": [d.sentence_id_a for d in ds], "sentence_id_b": [d.sentence_id_b for d in ds],
            "value_a": [d.value_a for d in ds], "value_b": [d.value_b for d in ds],
            "norm_a": [d.norm_a for d in ds], "norm_b": [d.norm_b for d in ds],
            "explanation": [d.explanation for d in ds],
            "confidence": pa.array([d.confidence for d in ds], pa.float64()),
        }
        if with_reason:
            cols["reason"] = [d.reason for d in ds]
        cols["run_id"] = [run.run_id] * len(ds)
        return pa.table(cols)

    discrepancies = discrepancy_table(res.discrepancies, False)
    held_back = discrepancy_table(res.held_back, True)
    skips = pa.table({
        "story_id": [sid] * len(res.skips), "source": [k.where for k in res.skips],
        "reason": [k.reason for k in res.skips], "run_id": [run.run_id] * len(res.skips),
    })
    outlets = {a.outlet_id for a in arts}
    story_row = [sid, res.spec.title, str(res.spec.manifest or res.spec.folder), len(outlets), len(arts),
                 len(sents), len(res.claims), sum(1 for c in res.claims if c.n_outlets >= 2), run.run_id, now,
                 res.input_hash]
    staged = {"articles": articles, "sentences": sentences, "claims": claims,
              "claim_sentences": claim_sentences, "discrepancies": discrepancies,
              "held_back_discrepancies": held_back, "article_skips": skips}
    diff = story_changes(con, res) if replace else None
    if diff is not None and diff[1]:
        con.executemany("INSERT INTO story_changes VALUES (?, ?, ?, ?, ?, ?, ?)",
                        [[sid, run.run_id, diff[0], change, item, detail, now] for change, item, detail in diff[1]])
    if replace:
        con.execute("DELETE FROM claim_sentences WHERE claim_id IN "
                    "(SELECT claim_id FROM claims WHERE story_id = ?)", [sid])
        for table in STORY_TABLES:
            if table != "claim_sentences":
                con.execute(f"DELETE FROM {table} WHERE story_id = ?", [sid])
    con.execute("INSERT INTO stories (story_id, title, source, n_outlets, n_articles, n_sentences, n_claims, "
                "n_shared_claims, run_id, updated_at, input_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", story_row)
    if stage is None:
        insert_staged(con, {table: [data] for table, data in staged.items()})
    else:
        for table, data in staged.items():
            stage.setdefault(table, []).append(data)
    return change_counts(diff[1]) if diff is not None else None


def insert_staged(con: Any, stage: dict[str, list[Any]]) -> None:
    """Insert each table's staged Arrow tables in one statement."""
    import pyarrow as pa

    for table, parts in stage.items():
        parts = [p for p in parts if p.num_rows]
        if not parts:
            continue
        data = pa.concat_tables(parts, promote_options="permissive") if len(parts) > 1 else parts[0]
        con.register("staged", data)
        cols = ", ".join(data.column_names)
        con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM staged")
        con.unregister("staged")
