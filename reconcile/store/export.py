"""Copies of the warehouse's tables and views as Parquet files, through a read-only connection."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from ..errors import ReconcileError
from .connection import connect

log = logging.getLogger(__name__)


def relations(con: Any) -> list[tuple[str, str]]:
    """(name, 'table' | 'view') of the warehouse's own tables and views, tables first."""
    tables = con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' "
        "AND database_name = current_database() ORDER BY table_name"
    ).fetchall()
    views = con.execute(
        "SELECT view_name FROM duckdb_views() WHERE NOT internal AND schema_name = 'main' "
        "AND database_name = current_database() ORDER BY view_name"
    ).fetchall()
    return [(t, "table") for (t,) in tables] + [(v, "view") for (v,) in views]


def copy_to_parquet(db_path: Path, out_dir: Path, wait_seconds: float = 60.0) -> list[tuple[str, Path, int]]:
    """Write `<out_dir>/<name>.parquet` for every table and view (the folder exists); returns (name, file, rows)."""
    import duckdb

    written: list[tuple[str, Path, int]] = []
    with connect(db_path, read_only=True, wait_seconds=wait_seconds) as con:
        for name, _kind in relations(con):
            target = Path(out_dir) / f"{name}.parquet"
            quoted = str(target).replace("'", "''")
            try:
                row = con.execute(f"COPY (SELECT * FROM \"{name}\") TO '{quoted}' (FORMAT parquet)").fetchone()
            except duckdb.IOException as e:  # the target, not the warehouse: a folder in the way, a full disk
                if Path(db_path).name in str(e):  # the warehouse's own file (damaged): connect() says so
                    raise
                if target.is_dir():
                    raise ReconcileError(f"{target}: a folder is in the way of the Parquet file") from None
                raise ReconcileError(f"{target}: cannot write the Parquet file ({str(e).splitlines()[0]})") from None
            rows = int(row[0]) if row else 0
            log.info("exported %s (%s rows) to %s", name, rows, target)
            written.append((name, target, rows))
    return written
