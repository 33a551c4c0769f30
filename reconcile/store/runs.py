"""A run's stories: each story's derived rows replaced in one transaction, what changed since its
previous run (story_changes), the run row, and the stored fingerprints of unchanged stories."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np

from ..records import Discrepancy, StoryResult
from .cache import insert_cache
from .connection import connect, transaction, utc, vectors
from .history import append_history
from .schema import ensure_schema, schema_info

# Per-story tables, deleted and rewritten together when a story is re-run.
STORY_TABLES = (
    "discrepancies",
    "held_back_discrepancies",
    "claim_sentences",
    "claims",
    "sentences",
    "article_skips",
    "articles",
    "stories",
)


ARTICLE_FIELDS = (
    "article_id",
    "story_id",
    "outlet",
    "outlet_id",
    "source",
    "url",
    "title",
    "author",
    "published_at",
    "sitename",
    "text",
    "dateline",
    "language",
    "content_hash",
)
"""The columns of `articles` that make a records.Article (same names)."""


def stored_articles(db_path: Path, story_id: str, wait_seconds: float) -> list[dict[str, Any]]:
    """A story's articles as its last run stored them (ARTICLE_FIELDS and run_id); [] if none."""
    if not Path(db_path).exists():
        return []
    with connect(db_path, read_only=True, wait_seconds=wait_seconds) as con:
        if not schema_info(con):
            return []
        cur = con.execute(f"SELECT {', '.join(ARTICLE_FIELDS)}, run_id FROM articles WHERE story_id = ?", [story_id])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]


def stored_fingerprints(db_path: Path, story_ids: Sequence[str], wait_seconds: float) -> dict[str, dict[str, Any]]:
    """Per stored story: its input fingerprint and summary figures (as pipeline.story_line)."""
    if not Path(db_path).exists() or not story_ids:
        return {}
    with connect(db_path, read_only=True, wait_seconds=wait_seconds) as con:
        info = schema_info(con)
        if not info:
            return {}
        # Conflicts a person dismissed do not count (verdicts, schema version 7 on).
        judged = _judged_stories(con, info, story_ids)
        shown = (
            "AND d.discrepancy_id NOT IN (SELECT discrepancy_id FROM v_dismissed_discrepancies "
            "WHERE story_id IN (SELECT unnest(?::VARCHAR[])))"
            if judged
            else ""
        )
        rows = con.execute(
            "SELECT s.story_id, s.input_hash, s.n_outlets, s.n_articles, s.n_sentences, s.n_claims, "
            f"s.n_shared_claims, (SELECT count(*) FROM discrepancies d WHERE d.story_id = s.story_id {shown}), "
            "(SELECT count(*) FROM article_skips k WHERE k.story_id = s.story_id) "
            "FROM stories s WHERE s.story_id IN (SELECT unnest(?::VARCHAR[]))",
            ([judged] if judged else []) + [list(story_ids)],
        ).fetchall()
    keys = (
        "story_id",
        "input_hash",
        "outlets",
        "articles",
        "sentences",
        "claims",
        "shared_claims",
        "discrepancies",
        "skipped",
    )
    return {r[0]: dict(zip(keys, r)) for r in rows}


def new_conflicts(db_path: Path, run_id: str, first_seen: Sequence[str], wait_seconds: float) -> list[dict[str, Any]]:
    """The reported conflicts (rows of v_discrepancies) a run found new: those story_changes records as
    'discrepancy_new' for the run, and every conflict of the stories in `first_seen` (new to the
    warehouse in this run, so story_changes holds nothing for them). Highest confidence first."""
    with connect(db_path, read_only=True, wait_seconds=wait_seconds) as con:
        rows = con.execute(
            "SELECT story_id, discrepancy_id, kind, outlet_a, value_a, outlet_b, value_b, explanation, confidence "
            "FROM v_discrepancies WHERE list_contains(CAST(? AS VARCHAR[]), story_id) OR discrepancy_id IN "
            "(SELECT item_id FROM story_changes WHERE run_id = ? AND change = 'discrepancy_new') "
            "ORDER BY confidence DESC, story_id, discrepancy_id",
            [list(first_seen), run_id],
        )
        cols = [c[0] for c in rows.description]
        return [dict(zip(cols, r)) for r in rows.fetchall()]


@dataclass(frozen=True)
class RunRecord:
    run_id: str
    started_at: datetime
    model: str
    parameters: dict[str, Any]
    orchestrator: str
    cache_key: str | None = None
    """Model key of new embedding cache rows (embed.cache_key); the model label when None."""


def write_run(
    db_path: Path,
    run: RunRecord,
    results: Sequence[StoryResult],
    embeddings: dict[str, np.ndarray],
    new_cache: dict[str, np.ndarray],
    dim: int,
    failed: int,
    skipped: int,
    wait_seconds: float,
    finished: bool = True,
    stories_ok: int | None = None,
    fetches: Sequence[Any] = (),
) -> dict[str, dict[str, int] | None]:
    """Write a batch of a run's stories in one transaction (each story's rows replaced), then the
    history and, with the last batch, the run row. Returns, per story, its change counts since its
    previous run (story_changes), or None for a story the warehouse did not hold.

    `embeddings` maps sentence_id to its vector; `new_cache` maps text hash to vectors newly
    computed (added to the embedding cache).
    """
    with connect(db_path, wait_seconds=wait_seconds) as con:
        ensure_schema(con, run.model, dim)
        if new_cache:
            with transaction(con):
                insert_cache(con, run.cache_key or run.model, new_cache)
        ids = [res.spec.story_id for res in results]
        present = {
            r[0]
            for r in con.execute(
                "SELECT story_id FROM stories WHERE story_id IN (SELECT unnest(?::VARCHAR[]))", [ids]
            ).fetchall()
        }
        with transaction(con):
            stage: dict[str, list[Any]] = {}
            changes = {
                res.spec.story_id: write_story(
                    con, run, res, embeddings, replace=res.spec.story_id in present, stage=stage
                )
                for res in results
            }
            insert_staged(con, stage)
        set_aside_dismissed(con, results)
        append_history(con, run, results, fetches)
        if not finished:
            return changes
        finished_at = datetime.now(timezone.utc)
        ok = len(results) if stories_ok is None else stories_ok
        status = "completed" if not failed and not skipped else ("failed" if not ok else "partial")
        con.execute(
            "INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                run.run_id,
                utc(run.started_at),
                finished_at,
                run.model,
                json.dumps(run.parameters),
                status,
                ok,
                failed,
                skipped,
                run.orchestrator,
            ],
        )
    return changes


def _judged_stories(con: Any, info: dict[str, str], story_ids: Sequence[str]) -> list[str]:
    """The stories among these with a not-a-conflict verdict (none before schema version 7): only
    their conflicts need their content keys computed."""
    if int(info.get("version", "1")) < 7 or not story_ids:
        return []
    return [
        r[0]
        for r in con.execute(
            "SELECT DISTINCT story_id FROM verdicts WHERE target = 'discrepancy' AND verdict = 'not-a-conflict' "
            "AND story_id IN (SELECT unnest(?::VARCHAR[]))",
            [list(story_ids)],
        ).fetchall()
    ]


def set_aside_dismissed(con: Any, results: Sequence[StoryResult]) -> None:
    """Move the conflicts a person dismissed (verdicts) from each written result's `discrepancies`
    to its `dismissed`, so the run's summary lines and artifacts leave them out as v_discrepancies does."""
    ids = _judged_stories(
        con, schema_info(con), [res.spec.story_id for res in results if res.discrepancies or res.dismissed]
    )
    if not ids:
        return
    dismissed = {
        r[0]
        for r in con.execute(
            "SELECT discrepancy_id FROM v_dismissed_discrepancies WHERE story_id IN (SELECT unnest(?::VARCHAR[]))",
            [ids],
        ).fetchall()
    }
    for res in results:
        every = list(res.discrepancies) + list(res.dismissed)
        res.dismissed = [d for d in every if d.discrepancy_id in dismissed]
        res.discrepancies = [d for d in every if d.discrepancy_id not in dismissed]


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
    old_claims = dict(
        con.execute(
            "SELECT c.claim_id, first(s.text ORDER BY s.position, s.outlet_id) FROM claims c "
            "JOIN claim_sentences cs USING (claim_id) JOIN sentences s USING (sentence_id) "
            "WHERE c.story_id = ? GROUP BY c.claim_id",
            [sid],
        ).fetchall()
    )
    old_discs = dict(
        con.execute(
            "SELECT discrepancy_id, kind || ': ' || value_a || ' vs ' || value_b FROM discrepancies WHERE story_id = ?",
            [sid],
        ).fetchall()
    )
    old_arts = dict(con.execute("SELECT article_id, content_hash FROM articles WHERE story_id = ?", [sid]).fetchall())
    by_id = {s.sentence_id: s for s in res.sentences}
    new_claims = {}
    for c in res.claims:
        members = [by_id[x] for x in c.sentence_ids if x in by_id]
        new_claims[c.claim_id] = min(members, key=lambda s: (s.position, s.outlet_id)).text if members else ""
    new_discs = {
        d.discrepancy_id: f"{d.kind}: {d.value_a} vs {d.value_b}" for d in (*res.discrepancies, *res.dismissed)
    }
    out = [("claim_added", cid, text) for cid, text in new_claims.items() if cid not in old_claims]
    out += [("claim_removed", cid, text) for cid, text in old_claims.items() if cid not in new_claims]
    out += [("discrepancy_new", did, text) for did, text in new_discs.items() if did not in old_discs]
    out += [("discrepancy_resolved", did, text) for did, text in old_discs.items() if did not in new_discs]
    out += [
        ("article_updated", a.article_id, a.outlet)
        for a in res.articles
        if a.article_id in old_arts and old_arts[a.article_id] != a.content_hash
    ]
    return prev[0], out


def write_story(
    con: Any,
    run: RunRecord,
    res: StoryResult,
    embeddings: dict[str, np.ndarray],
    replace: bool = True,
    stage: dict[str, list[Any]] | None = None,
) -> dict[str, int] | None:
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
    articles = pa.table(
        {
            "article_id": [a.article_id for a in arts],
            "story_id": [sid] * len(arts),
            "outlet": [a.outlet for a in arts],
            "outlet_id": [a.outlet_id for a in arts],
            "url": [a.url for a in arts],
            "source": [a.source for a in arts],
            "title": [a.title for a in arts],
            "author": [a.author for a in arts],
            "published_at": pa.array([utc(a.published_at) for a in arts], pa.timestamp("us", tz="UTC")),
            "sitename": [a.sitename for a in arts],
            "language": [a.language for a in arts],
            "dateline": [a.dateline for a in arts],
            "text": [a.text for a in arts],
            "content_hash": [a.content_hash for a in arts],
            "n_sentences": pa.array([n_sent_by_article.get(a.article_id, 0) for a in arts], pa.int32()),
            "run_id": [run.run_id] * len(arts),
        },
        schema=None,
    )
    sents = res.sentences
    dim = next(iter(embeddings.values())).shape[0] if embeddings else 0
    emb = np.stack([embeddings[s.sentence_id] for s in sents]) if sents else np.zeros((0, max(dim, 1)), np.float32)
    sentences = pa.table(
        {
            "sentence_id": [s.sentence_id for s in sents],
            "article_id": [s.article_id for s in sents],
            "story_id": [sid] * len(sents),
            "outlet_id": [s.outlet_id for s in sents],
            "position": pa.array([s.position for s in sents], pa.int32()),
            "paragraph": pa.array([s.paragraph for s in sents], pa.int32()),
            "start_char": pa.array([s.start for s in sents], pa.int32()),
            "end_char": pa.array([s.end for s in sents], pa.int32()),
            "text": [s.text for s in sents],
            "embedding": vectors(emb) if sents else pa.array([], pa.list_(pa.float32())),
        }
    )
    claims = pa.table(
        {
            "claim_id": [c.claim_id for c in res.claims],
            "story_id": [sid] * len(res.claims),
            "n_outlets": pa.array([c.n_outlets for c in res.claims], pa.int32()),
            "n_sentences": pa.array([len(c.sentence_ids) for c in res.claims], pa.int32()),
            "position": pa.array(list(range(len(res.claims))), pa.int32()),
            "run_id": [run.run_id] * len(res.claims),
        }
    )
    members = [(c.claim_id, s, sim) for c in res.claims for s, sim in zip(c.sentence_ids, c.similarities)]
    claim_sentences = pa.table(
        {
            "claim_id": [m[0] for m in members],
            "sentence_id": [m[1] for m in members],
            "similarity": pa.array([m[2] for m in members], pa.float64()),
        }
    )

    def discrepancy_table(ds: Sequence[Discrepancy], with_reason: bool) -> Any:
        cols = {
            "discrepancy_id": [d.discrepancy_id for d in ds],
            "story_id": [sid] * len(ds),
            "claim_id": [d.claim_id for d in ds],
            "kind": [d.kind for d in ds],
            "sentence_id_a": [d.sentence_id_a for d in ds],
            "sentence_id_b": [d.sentence_id_b for d in ds],
            "value_a": [d.value_a for d in ds],
            "value_b": [d.value_b for d in ds],
            "norm_a": [d.norm_a for d in ds],
            "norm_b": [d.norm_b for d in ds],
            "explanation": [d.explanation for d in ds],
            "confidence": pa.array([d.confidence for d in ds], pa.float64()),
        }
        if with_reason:
            cols["reason"] = [d.reason for d in ds]
        cols["run_id"] = [run.run_id] * len(ds)
        return pa.table(cols)

    discrepancies = discrepancy_table([*res.discrepancies, *res.dismissed], False)  # dismissed: by verdicts
    held_back = discrepancy_table(res.held_back, True)
    skips = pa.table(
        {
            "story_id": [sid] * len(res.skips),
            "source": [k.where for k in res.skips],
            "reason": [k.reason for k in res.skips],
            "run_id": [run.run_id] * len(res.skips),
        }
    )
    outlets = {a.outlet_id for a in arts}
    story_row = [
        sid,
        res.spec.title,
        str(res.spec.manifest or res.spec.folder),
        len(outlets),
        len(arts),
        len(sents),
        len(res.claims),
        sum(1 for c in res.claims if c.n_outlets >= 2),
        run.run_id,
        now,
        res.input_hash,
    ]
    staged = {
        "articles": articles,
        "sentences": sentences,
        "claims": claims,
        "claim_sentences": claim_sentences,
        "discrepancies": discrepancies,
        "held_back_discrepancies": held_back,
        "article_skips": skips,
    }
    diff = story_changes(con, res) if replace else None
    if diff is not None and diff[1]:
        con.executemany(
            "INSERT INTO story_changes VALUES (?, ?, ?, ?, ?, ?, ?)",
            [[sid, run.run_id, diff[0], change, item, detail, now] for change, item, detail in diff[1]],
        )
    if replace:
        con.execute(
            "DELETE FROM claim_sentences WHERE claim_id IN (SELECT claim_id FROM claims WHERE story_id = ?)", [sid]
        )
        for table in STORY_TABLES:
            if table != "claim_sentences":
                con.execute(f"DELETE FROM {table} WHERE story_id = ?", [sid])
    con.execute(
        "INSERT INTO stories (story_id, title, source, n_outlets, n_articles, n_sentences, n_claims, "
        "n_shared_claims, run_id, updated_at, input_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        story_row,
    )
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
