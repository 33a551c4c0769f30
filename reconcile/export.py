"""Export every table and view of the warehouse as Parquet files (one file per relation)."""

from __future__ import annotations

import logging
from pathlib import Path

from .errors import ReconcileError
from .store import connect

log = logging.getLogger(__name__)


def relations(con) -> list[tuple[str, str]]:
    """(name, 'table' | 'view') of the warehouse's own tables and views, tables first."""
    tables = con.execute("SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' "
                         "AND database_name = current_database() ORDER BY table_name").fetchall()
    views = con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal AND schema_name = 'main' "
                        "AND database_name = current_database() ORDER BY view_name").fetchall()
    return [(t, "table") for (t,) in tables] + [(v, "view") for (v,) in views]


def export_parquet(db_path: Path, out_dir: Path, wait_seconds: float = 60.0) -> list[tuple[str, Path, int]]:
    """Write `<out_dir>/<name>.parquet` for every table and view; returns (name, file, rows)."""
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ReconcileError(f"{out_dir}: cannot create the export folder ({e.strerror})") from None
    written: list[tuple[str, Path, int]] = []
    with connect(db_path, read_only=True, wait_seconds=wait_seconds) as con:
        for name, _kind in relations(con):
            target = out_dir / f"{name}.parquet"
            quoted = str(target).replace("'", "''")
            row = con.execute(f'COPY (SELECT * FROM "{name}") TO \'{quoted}\' (FORMAT parquet)').fetchone()
            rows = int(row[0]) if row else 0
            log.info("exported %s (%s rows) to %s", name, rows, target)
            written.append((name, target, rows))
    return written
