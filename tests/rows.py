"""The warehouse's story rows, comparable across runs: run ids and timestamps of the run left out."""

from __future__ import annotations

from pathlib import Path

from reconcile.store import connect

TABLES = (
    "stories",
    "articles",
    "article_skips",
    "sentences",
    "claims",
    "claim_sentences",
    "discrepancies",
    "held_back_discrepancies",
    "embedding_cache",
    "article_versions",
    "story_changes",
)
RUN_COLUMNS = {"run_id", "previous_run_id", "updated_at", "first_seen", "changed_at"}
"""Columns that name or time the run that wrote a row, not what it found."""


def story_rows(db: Path) -> dict[str, list[tuple]]:
    """Every row of the story tables, sorted, without the columns that identify the run."""
    out = {}
    with connect(db, read_only=True) as con:
        for table in TABLES:
            cols = [
                r[0]
                for r in con.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                    [table],
                ).fetchall()
                if r[0] not in RUN_COLUMNS
            ]
            names = ", ".join(cols)
            out[table] = con.execute(f"SELECT {names} FROM {table} ORDER BY ALL").fetchall()
    return out
