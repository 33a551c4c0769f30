"""Verdicts: a person's word on a conflict (not-a-conflict, confirmed) or a claim (split, same-claim).

A verdict is stored under the item's content key (v_discrepancies_all.verdict_key,
v_claims.verdict_key: the story, the kind and the sentences and values, never ids), so it keeps
applying when a later run renumbers ids; the views apply it (v_discrepancies leaves dismissed
conflicts out and marks confirmed ones). The key is computed in SQL only, in warehouse/views.sql.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ReconcileError, WarehouseError
from ..records import Claim, Sentence
from .connection import connect, vector_rows
from .schema import ensure_existing_schema, schema_info

DISCREPANCY_VERDICTS = ("not-a-conflict", "confirmed")
CLAIM_VERDICTS = ("split", "same-claim")
VERDICTS = DISCREPANCY_VERDICTS + CLAIM_VERDICTS


class UnknownItem(ReconcileError):
    """The id names no discrepancy or claim of the warehouse, or the verdict does not fit it."""


@dataclass(frozen=True)
class Verdict:
    """A verdict as stored."""

    verdict_key: str
    target: str
    """'discrepancy' or 'claim'."""
    verdict: str
    story_id: str
    item_id: str
    kind: str | None
    detail: str
    note: str | None
    decided_by: str | None
    decided_at: datetime


def _find(con: Any, item_id: str) -> tuple[str, tuple[Any, ...]] | None:
    row = con.execute(
        "SELECT verdict_key, story_id, kind, kind || ': ' || coalesce(value_a, '') || ' (' || outlet_a || ') vs ' || "
        "coalesce(value_b, '') || ' (' || outlet_b || ')' FROM v_discrepancies_all WHERE discrepancy_id = ?",
        [item_id],
    ).fetchone()
    if row is not None:
        return "discrepancy", row
    row = con.execute(
        "SELECT verdict_key, story_id, NULL, representative FROM v_claims WHERE claim_id = ?", [item_id]
    ).fetchone()
    return ("claim", row) if row is not None else None


def record_verdict(
    db_path: Path,
    item_id: str,
    verdict: str,
    note: str | None = None,
    by: str | None = None,
    wait_seconds: float = 60.0,
) -> Verdict:
    """Store a verdict on a discrepancy or claim id (replacing an earlier verdict on the same content)."""
    if verdict not in VERDICTS:
        raise UnknownItem(f"unknown verdict {verdict!r} (one of {', '.join(VERDICTS)})")
    if not Path(db_path).exists():
        raise WarehouseError(f"{db_path}: no warehouse here (run `reconcile run` first)")  # exit 1, as report
    with connect(db_path, wait_seconds=wait_seconds) as con:
        ensure_existing_schema(con)  # an older warehouse gains the verdicts table and views
        found = _find(con, item_id)
        if found is None:
            raise UnknownItem(f"{item_id!r} is no discrepancy_id (v_discrepancies) or claim_id (v_claims) of {db_path}")
        target, (key, story_id, kind, detail) = found
        allowed = DISCREPANCY_VERDICTS if target == "discrepancy" else CLAIM_VERDICTS
        if verdict not in allowed:
            raise UnknownItem(f"{item_id} is a {target}: its verdict is {' or '.join(allowed)}, not {verdict!r}")
        v = Verdict(key, target, verdict, story_id, item_id, kind, detail or "", note, by, datetime.now(timezone.utc))
        con.execute(
            "INSERT INTO verdicts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (verdict_key) DO UPDATE SET "
            "verdict = excluded.verdict, item_id = excluded.item_id, detail = excluded.detail, "
            "note = excluded.note, decided_by = excluded.decided_by, decided_at = excluded.decided_at",
            [
                v.verdict_key,
                v.target,
                v.verdict,
                v.story_id,
                v.item_id,
                v.kind,
                v.detail,
                v.note,
                v.decided_by,
                v.decided_at,
            ],
        )
    return v


def list_verdicts(db_path: Path, wait_seconds: float = 60.0) -> list[Verdict]:
    """Every stored verdict, newest first (none for a warehouse older than schema version 7)."""
    with connect(db_path, read_only=True, wait_seconds=wait_seconds) as con:
        if int(schema_info(con).get("version", "1")) < 7:
            return []
        rows = con.execute(
            "SELECT verdict_key, target, verdict, story_id, item_id, kind, detail, note, "
            "decided_by, decided_at FROM verdicts ORDER BY decided_at DESC, verdict_key"
        ).fetchall()
    return [Verdict(*r) for r in rows]


@dataclass
class LabelledStory:
    """A stored story with discrepancy verdicts, rebuilt for calibration: its sentences, their
    embeddings and claims, and per judged conflict (kind, sentence ids, rule confidence, confirmed)."""

    story_id: str
    sentences: list[Sentence]
    embeddings: np.ndarray
    claims: list[Claim]
    judged: list[tuple[str, str, str, float, bool]]


def discrepancy_verdict_stories(
    db_path: Path, wait_seconds: float = 60.0, story_ids: Sequence[str] | None = None
) -> list[LabelledStory]:
    """Stories holding conflicts (reported or held back) with a not-a-conflict or confirmed verdict."""
    with connect(db_path, read_only=True, wait_seconds=wait_seconds) as con:
        if int(schema_info(con).get("version", "1")) < 7:
            return []
        judged = con.execute(
            "SELECT story_id, kind, sentence_id_a, sentence_id_b, confidence, verdict = 'confirmed' "
            "FROM v_discrepancies_all WHERE verdict IN ('not-a-conflict', 'confirmed') "
            "ORDER BY story_id, discrepancy_id"
        ).fetchall()
        ids = sorted({r[0] for r in judged} if story_ids is None else {r[0] for r in judged} & set(story_ids))
        out = []
        for sid in ids:
            tbl = con.sql(
                "SELECT sentence_id, article_id, outlet_id, position, paragraph, start_char, end_char, "
                "text, embedding FROM sentences WHERE story_id = ? ORDER BY article_id, position",
                params=[sid],
            ).to_arrow_table()
            rows = tbl.drop_columns(["embedding"]).to_pylist()
            sentences = [
                Sentence(
                    r["sentence_id"],
                    r["article_id"],
                    r["outlet_id"],
                    r["position"],
                    r["paragraph"],
                    r["start_char"],
                    r["end_char"],
                    r["text"],
                )
                for r in rows
            ]
            members: dict[str, list[tuple[str, float | None]]] = {}
            n_out: dict[str, int] = {}
            for cid, n, s, sim in con.execute(
                "SELECT c.claim_id, c.n_outlets, cs.sentence_id, cs.similarity FROM claims c "
                "JOIN claim_sentences cs USING (claim_id) WHERE c.story_id = ? ORDER BY c.position, cs.sentence_id",
                [sid],
            ).fetchall():
                members.setdefault(cid, []).append((s, sim))
                n_out[cid] = n
            claims = [
                Claim(cid, sid, tuple(m[0] for m in ms), tuple(m[1] for m in ms), n_out[cid])
                for cid, ms in members.items()
            ]
            out.append(
                LabelledStory(
                    sid,
                    sentences,
                    vector_rows(tbl, "embedding"),
                    claims,
                    [(k, a, b, float(c or 0.0), bool(ok)) for s, k, a, b, c, ok in judged if s == sid],
                )
            )
    return out
