"""Opening the warehouse (bounded waits for another process's lock) and the SQL files it runs."""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import WarehouseBusy, WarehouseError

SQL_DIR: Traversable = resources.files("warehouse")
"""The SQL shipped as package data (the repository's `warehouse/` folder): schema, views, example queries."""
SCHEMA_FILE = SQL_DIR / "schema.sql"
VIEWS_FILE = SQL_DIR / "views.sql"


def sql_file(path: Traversable) -> str:
    """The text of one of the warehouse's SQL files."""
    try:
        return path.read_text(encoding="utf-8")
    except OSError as e:  # pragma: no cover - packaging error
        raise WarehouseError(f"{path}: cannot read the schema ({e.strerror})") from None


def _is_lock_error(e: Exception) -> bool:
    msg = str(e).lower()
    return "lock" in msg and ("conflicting" in msg or "could not set" in msg)


_CREATING_SECONDS = 10.0
"""How young a file DuckDB calls invalid may be and still be another process's warehouse in the making."""
_UNLOCKED_SECONDS = 0.5
"""How long an empty file nobody holds a lock on may be waited for (a creator opens, then locks it)."""


def _locked_by_another(db_path: Path) -> bool | None:
    """Whether another process holds DuckDB's lock on the file (DuckDB locks a file with fcntl while
    it creates and uses it); None where that cannot be asked (no fcntl, unreadable)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        return None
    try:
        with db_path.open("rb") as fh:
            try:
                fcntl.lockf(fh, fcntl.LOCK_SH | fcntl.LOCK_NB)
            except OSError:
                return True
            fcntl.lockf(fh, fcntl.LOCK_UN)
            return False
    except OSError:
        return None


def _empty(head: bytes) -> bool:
    return not head.strip(b"\x00")


def _being_created(db_path: Path, e: Exception, waited: float) -> bool:
    """Whether DuckDB refused the file only because another process is creating it: a file a few
    seconds old that is still empty, zeros, or a DuckDB header ('DUCK' at byte 8) without the rest,
    and that another process holds locked (or did a moment ago). Anything else it calls invalid, an
    empty file left by `touch` or `mktemp` included, is reported at once."""
    if "not a valid duckdb database file" not in str(e).lower():
        return False
    try:
        st = db_path.stat()
        with db_path.open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    if time.time() - st.st_mtime > _CREATING_SECONDS:
        return False
    if not (_empty(head) or head[8:12] == b"DUCK"):
        return False
    locked = _locked_by_another(db_path)
    return locked is None or locked or waited < _UNLOCKED_SECONDS


def _invalid(db_path: Path, e: Exception) -> WarehouseError:
    try:
        with db_path.open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        head = b"x"
    if _empty(head):
        what = "an empty file" if not head else "a file of NUL bytes only"
        return WarehouseError(
            f"{db_path}: {what}, not a DuckDB warehouse; delete it (`reconcile run` creates the warehouse) "
            "or give another --db"
        )
    return WarehouseError(f"{db_path}: cannot open the warehouse ({str(e).splitlines()[0]})")


FOREIGN_HEADERS = {b"SQLite format 3\x00": "an SQLite database"}
"""File headers of other databases: DuckDB would try to download a scanner extension to read them."""


def _refuse_foreign_file(db_path: Path) -> None:
    import stat

    try:
        mode = db_path.stat().st_mode
    except OSError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        raise WarehouseError(f"{db_path}: not a regular file (a device or a pipe); give a warehouse file to --db")
    try:
        with db_path.open("rb") as fh:
            head = fh.read(16)
    except IsADirectoryError:
        raise WarehouseError(f"{db_path}: a folder, not a DuckDB warehouse file; give a file name to --db") from None
    except OSError:  # missing (created on connect), unreadable: DuckDB's own message says which
        return
    for magic, what in FOREIGN_HEADERS.items():
        if head.startswith(magic):
            raise WarehouseError(f"{db_path}: {what}, not a DuckDB warehouse; give another --db")


@contextmanager
def connect(db_path: Path, read_only: bool = False, wait_seconds: float = 60.0) -> Iterator[Any]:
    """Open the warehouse, waiting (bounded, with backoff) while another process holds its lock."""
    import duckdb

    # DuckDB's errors of a file it cannot read back: truncated, overwritten, its pages not what its header says
    damaged = (duckdb.IOException, duckdb.FatalException, duckdb.InternalException, duckdb.SerializationException)
    db_path = Path(db_path)
    if read_only and not db_path.exists():
        raise WarehouseError(f"{db_path}: no warehouse here (run `reconcile run` first)")
    if not read_only:
        try:
            db_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            why = "a file is in the way" if isinstance(e, (FileExistsError, NotADirectoryError)) else e.strerror
            raise WarehouseError(f"{db_path}: cannot create its folder {db_path.parent} ({why})") from None
    _refuse_foreign_file(db_path)
    started = time.monotonic()
    deadline = started + wait_seconds
    delay = 0.05
    while True:
        try:
            con = duckdb.connect(str(db_path), read_only=read_only)
            break
        except duckdb.IOException as e:
            now = time.monotonic()
            if _being_created(db_path, e, now - started) and now < deadline:
                time.sleep(0.1)  # another process is writing the new file's headers: it is usable in a moment
                continue
            if not _is_lock_error(e):
                raise _invalid(db_path, e) from None
            if time.monotonic() >= deadline:
                raise WarehouseBusy(
                    f"{db_path}: warehouse is busy (another process held its lock for "
                    f"more than {wait_seconds:g} s); try again later"
                ) from None
            time.sleep(delay * (0.5 + random.random()))
            delay = min(delay * 1.6, 1.0)
        except duckdb.Error as e:
            raise WarehouseError(f"{db_path}: not a usable DuckDB warehouse ({str(e).splitlines()[0]})") from None
    try:
        yield con
    except damaged as e:  # a truncated or overwritten file: one line, not a traceback
        raise WarehouseError(
            f"{db_path}: the warehouse file is damaged or truncated ({str(e).splitlines()[0]}); restore it from "
            "a copy or give another --db"
        ) from None
    finally:
        con.close()


@contextmanager
def transaction(con: Any) -> Iterator[Any]:
    """BEGIN ... COMMIT, rolled back on any error."""
    con.execute("BEGIN")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def utc(dt: datetime | None) -> datetime | None:
    """An aware UTC time (a naive one is taken as UTC)."""
    if dt is None:
        return None
    return dt.replace(tzinfo=timezone.utc) if dt.tzinfo is None else dt.astimezone(timezone.utc)


def vectors(emb: np.ndarray) -> Any:
    """An Arrow FixedSizeList array of float32 rows, for FLOAT[dim] columns."""
    import pyarrow as pa

    emb = np.ascontiguousarray(emb, dtype=np.float32)
    return pa.FixedSizeListArray.from_arrays(pa.array(emb.ravel(), pa.float32()), emb.shape[1])


def vector_rows(tbl: Any, column: str) -> np.ndarray:
    """A FLOAT[dim] column of an Arrow table as a (rows, dim) float32 matrix."""
    flat = tbl.column(column).combine_chunks().flatten().to_numpy(zero_copy_only=False)
    return np.asarray(flat, dtype=np.float32).reshape(tbl.num_rows, -1)


def insert_arrow(con: Any, table: str, data: Any, on_conflict: str = "") -> None:
    """INSERT an Arrow table's columns into the table of the same column names, in one statement."""
    con.register("staged", data)
    try:
        cols = ", ".join(data.column_names)
        con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM staged {on_conflict}")
    finally:
        con.unregister("staged")


def upsert_arrow(con: Any, table: str, data: Any, key: str, keep: tuple[str, ...] = ()) -> None:
    """INSERT ... ON CONFLICT (key) DO UPDATE: new rows go in, existing ones take the staged values
    except the columns in `keep`, which keep their stored value."""
    sets = ", ".join(f"{c} = excluded.{c}" for c in data.column_names if c != key and c not in keep)
    insert_arrow(
        con, table, data, f"ON CONFLICT ({key}) DO UPDATE SET {sets}" if sets else f"ON CONFLICT ({key}) DO NOTHING"
    )
