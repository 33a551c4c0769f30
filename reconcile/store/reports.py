"""What a story's report reads: its articles, claims with their member sentences, the conflicts the
views show (dismissed ones left out, confirmed ones marked) and the changes of its latest run."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..errors import WarehouseError


@dataclass(frozen=True)
class StoryRows:
    """One story's rows, as report.read_report turns them into a StoryReport."""

    title: str | None
    run_id: str | None
    updated_at: datetime | None
    articles: list[tuple[Any, ...]]
    """(article_id, outlet_id, outlet, title, url, source, published_at), by publication time."""
    members: list[tuple[Any, ...]]
    """(claim_id, claim position, sentence_id, outlet_id, article_id, sentence position, text), in reading order."""
    discrepancies: list[tuple[Any, ...]]
    """(claim_id, kind, sentence_id_a, sentence_id_b, value_a, value_b, norm_a, norm_b, explanation, confirmed)."""
    changes: list[tuple[str, str | None]]
    """(change, detail) of story_changes for the story's latest run (a new conflict a person dismissed left out)."""


def story_ids(con: Any, db_label: str) -> list[str]:
    """Every story id in the warehouse, sorted."""
    import duckdb

    try:
        return [r[0] for r in con.execute("SELECT story_id FROM stories ORDER BY story_id").fetchall()]
    except duckdb.CatalogException:
        raise WarehouseError(f"{db_label}: not a reconcile warehouse (no stories table)") from None


def _discrepancies(con: Any, story_id: str) -> list[tuple[Any, ...]]:
    """The story's reported conflicts but those a person dismissed (verdicts), each with whether one
    was confirmed; every reported conflict, none confirmed, in a warehouse older than verdicts."""
    import duckdb

    cols = (
        "d.claim_id, d.kind, d.sentence_id_a, d.sentence_id_b, d.value_a, d.value_b, d.norm_a, d.norm_b, d.explanation"
    )
    order = "ORDER BY d.claim_id, d.kind, d.discrepancy_id"
    try:
        return con.execute(
            f"SELECT {cols}, coalesce(v.verdict = 'confirmed', FALSE) FROM discrepancies d "
            "LEFT JOIN (SELECT discrepancy_id, verdict FROM v_discrepancies_all WHERE story_id = ? AND reported "
            "AND verdict IS NOT NULL) v USING (discrepancy_id) "
            f"WHERE d.story_id = ? AND v.verdict IS DISTINCT FROM 'not-a-conflict' {order}",
            [story_id, story_id],
        ).fetchall()
    except (duckdb.CatalogException, duckdb.BinderException):  # opened read-only before its migration
        return con.execute(
            f"SELECT {cols}, FALSE FROM discrepancies d WHERE d.story_id = ? {order}", [story_id]
        ).fetchall()


def story_rows(con: Any, story_id: str, db_label: str) -> StoryRows | None:
    """One story's rows through an open connection; None when the warehouse does not hold it."""
    import duckdb

    try:
        row = con.execute("SELECT title, run_id, updated_at FROM stories WHERE story_id = ?", [story_id]).fetchone()
    except duckdb.CatalogException:
        raise WarehouseError(f"{db_label}: not a reconcile warehouse (no stories table)") from None
    if row is None:
        return None
    title, run_id, updated_at = row
    articles = con.execute(
        "SELECT article_id, outlet_id, outlet, title, url, source, published_at FROM articles "
        "WHERE story_id = ? ORDER BY published_at NULLS LAST, outlet, article_id",
        [story_id],
    ).fetchall()
    members = con.execute(
        "SELECT c.claim_id, c.position, s.sentence_id, s.outlet_id, s.article_id, s.position, s.text "
        "FROM claims c JOIN claim_sentences cs ON cs.claim_id = c.claim_id "
        "JOIN sentences s ON s.sentence_id = cs.sentence_id "
        "WHERE c.story_id = ? ORDER BY c.position, c.claim_id, s.position, s.sentence_id",
        [story_id],
    ).fetchall()
    try:
        changes = con.execute(
            "SELECT change, detail FROM story_changes WHERE story_id = ? AND run_id = ? "
            "AND NOT (change = 'discrepancy_new' AND item_id IN "
            "(SELECT discrepancy_id FROM v_dismissed_discrepancies WHERE story_id = ?)) ORDER BY change, detail",
            [story_id, run_id, story_id],
        ).fetchall()
    except duckdb.CatalogException:  # before schema version 7 (no verdicts) or 4 (no story_changes), read-only
        try:
            changes = con.execute(
                "SELECT change, detail FROM story_changes WHERE story_id = ? AND run_id = ? ORDER BY change, detail",
                [story_id, run_id],
            ).fetchall()
        except duckdb.CatalogException:
            changes = []
    return StoryRows(title, run_id, updated_at, articles, members, _discrepancies(con, story_id), changes)
