"""Export every table and view of the warehouse as Parquet files (one file per relation)."""

from __future__ import annotations

from pathlib import Path

from .errors import ReconcileError
from .store.export import copy_to_parquet


def export_parquet(db_path: Path, out_dir: Path, wait_seconds: float = 60.0) -> list[tuple[str, Path, int]]:
    """Write `<out_dir>/<name>.parquet` for every table and view; returns (name, file, rows)."""
    out_dir = Path(out_dir)
    try:
        if out_dir.exists() and not out_dir.is_dir():
            raise ReconcileError(f"{out_dir}: is a file, not a folder; give a folder for the Parquet files")
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ReconcileError(f"{out_dir}: cannot create the export folder ({e.strerror})") from None
    return copy_to_parquet(db_path, out_dir, wait_seconds)
