"""Creating the schema, named and recorded migrations, and the embedding model a warehouse holds.

A new warehouse is created from warehouse/schema.sql (the current shape) with every migration
recorded as applied. An older one is brought up to date by the migrations it has not recorded
(`schema_migrations`; a warehouse from before that table counts those up to its
`schema_info.version`), in one transaction: each migration changes what the warehouse already
has (adds a column, a key), then schema.sql adds the tables it lacks (all `CREATE ... IF NOT
EXISTS`, with their comments) and views.sql recreates the views. An up-to-date warehouse gets its
views recreated from views.sql by the first write of each process, not by every batch's write.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from ..errors import ModelError, WarehouseError
from .connection import SCHEMA_FILE, VIEWS_FILE, sql_file, transaction

log = logging.getLogger(__name__)


def schema_info(con: Any) -> dict[str, str]:
    """The warehouse's settings (version, model, dim); empty for a file that is no warehouse yet."""
    present = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_catalog = current_database() "
        "AND table_schema = 'main' AND table_name = 'schema_info'"
    ).fetchone()
    if not present or not present[0]:
        return {}
    # read, not guarded: a damaged file's IO error is not 'no warehouse here' (connect() names it)
    rows = con.execute("SELECT key, value FROM schema_info").fetchall()
    return {k: v for k, v in rows}


def check_model(info: dict[str, str], model: str, dim: int | None = None) -> None:
    """Refuse a model (or vector size) other than the one the warehouse was created with."""
    held = info.get("model")
    if held is None:
        return
    if held != model or (dim is not None and int(info.get("dim", dim)) != dim):
        raise ModelError(
            f"this warehouse holds embeddings of model {held!r} "
            f"({info.get('dim')} dimensions), not {model!r}; use --model {held} "
            "or another --db"
        )


def _table_exists(con: Any, table: str) -> bool:
    return bool(
        con.execute(
            "SELECT count(*) FROM duckdb_tables() WHERE table_name = ? AND schema_name = 'main' "
            "AND database_name = current_database()",
            [table],
        ).fetchone()[0]
    )


def _columns(con: Any, table: str) -> dict[str, bool]:
    """Column name -> nullable, of a table of the warehouse."""
    rows = con.execute(
        "SELECT column_name, is_nullable FROM duckdb_columns() WHERE table_name = ? "
        "AND schema_name = 'main' AND database_name = current_database()",
        [table],
    ).fetchall()
    return {c: bool(n) for c, n in rows}


def add_column(con: Any, table: str, column: str, sql_type: str) -> None:
    """ALTER TABLE ... ADD COLUMN, when the table exists and lacks it (its comment comes from schema.sql)."""
    if _table_exists(con, table) and column not in _columns(con, table):
        con.execute(f"ALTER TABLE {table} ADD COLUMN {column} {sql_type}")


def add_primary_key(con: Any, table: str, *key: str) -> None:
    """Give an existing table its primary key; duplicate rows of a key (which the hand-written
    upserts of earlier versions could not leave, but a crash might) keep the last one written."""
    if not _table_exists(con, table):
        return
    has_key = con.execute(
        "SELECT count(*) FROM duckdb_constraints() WHERE table_name = ? AND "
        "constraint_type = 'PRIMARY KEY' AND database_name = current_database()",
        [table],
    ).fetchone()[0]
    if has_key:
        return
    cols = ", ".join(key)
    dups = con.execute(
        f"SELECT count(*) FROM (SELECT {cols} FROM {table} GROUP BY ALL HAVING count(*) > 1)"
    ).fetchone()[0]
    if dups:
        # Rows deleted in this transaction still count when the index is built: rebuild the table.
        nullable = _columns(con, table)
        con.execute(
            f"CREATE TABLE {table}__dedup AS SELECT * FROM {table} "
            f"QUALIFY row_number() OVER (PARTITION BY {cols} ORDER BY rowid DESC) = 1"
        )
        con.execute(f"DROP TABLE {table}")
        con.execute(f"ALTER TABLE {table}__dedup RENAME TO {table}")
        for col, null in nullable.items():
            if not null:
                con.execute(f"ALTER TABLE {table} ALTER COLUMN {col} SET NOT NULL")
        log.warning("%s: %d duplicate key(s) dropped (kept the last row written)", table, dups)
    con.execute(f"ALTER TABLE {table} ADD PRIMARY KEY ({cols})")


def _natural_keys(con: Any, dim: int) -> None:
    for table, key in (
        ("schema_info", ("key",)),
        ("outlets", ("outlet_id",)),
        ("feeds", ("feed_id",)),
        ("feed_entries", ("entry_key",)),
        ("discovered_stories", ("story_id",)),
        ("raw_pages", ("sha256",)),
        ("embedding_cache", ("model", "text_hash")),
    ):
        add_primary_key(con, table, *key)


def _pages_stored_once(con: Any, dim: int) -> None:
    """discovered_articles.raw_sha256; the pages older rows hold in discovered_articles.raw move to
    raw_pages (once per content), their raw set to NULL."""
    import hashlib
    import zlib

    from .history import insert_raw_pages

    add_column(con, "discovered_articles", "raw_sha256", "VARCHAR")
    if not (_table_exists(con, "discovered_articles") and _table_exists(con, "raw_pages")):
        return
    last = -1
    while True:
        rows = con.execute(
            "SELECT rowid, raw, source, coalesce(discovered_at, now()) FROM discovered_articles "
            "WHERE raw IS NOT NULL AND rowid > ? ORDER BY rowid LIMIT 500",
            [last],
        ).fetchall()
        if not rows:
            return
        last = rows[-1][0]
        moved = []
        for rowid, raw, source, at in rows:
            try:
                moved.append((rowid, (zlib.decompress(raw), source, None, at)))
            except zlib.error:  # unreadable: left where it is
                log.warning("discovered_articles row %s: its raw page does not decompress; left in place", rowid)
        insert_raw_pages(con, [page for _, page in moved])
        con.executemany(
            "UPDATE discovered_articles SET raw_sha256 = ?, raw = NULL WHERE rowid = ?",
            [[hashlib.sha256(page[0]).hexdigest(), rowid] for rowid, page in moved],
        )


@dataclass(frozen=True)
class Migration:
    """One named step of the schema's history. Append, never edit or reorder."""

    number: int
    """The schema version a warehouse has once this migration is applied."""
    name: str
    """Recorded in schema_migrations.name."""
    apply: Callable[[Any, int], None] | None
    """Changes what an older warehouse already has, given (connection, vector size); skips what it
    lacks (those tables come from schema.sql in their current shape). None: new tables only."""
    description: str


MIGRATIONS: tuple[Migration, ...] = (
    Migration(2, "002_history_tables", None, "fetches, raw_pages and article_versions"),
    Migration(3, "003_held_back_discrepancies", None, "held_back_discrepancies and v_discrepancies_all"),
    Migration(4, "004_story_changes", None, "story_changes and v_changes"),
    Migration(
        5,
        "005_natural_keys",
        _natural_keys,
        "primary keys on schema_info, outlets, feeds, feed_entries, discovered_stories, raw_pages and "
        "embedding_cache (writes become INSERT ... ON CONFLICT); schema_migrations",
    ),
    Migration(
        6,
        "006_pages_stored_once",
        _pages_stored_once,
        "discovered_articles.raw_sha256: a discovered page's bytes are kept once, in raw_pages (older rows' "
        "pages move there from discovered_articles.raw)",
    ),
    Migration(7, "007_verdicts", None, "verdicts (reconcile verdict) and the views that apply them"),
)
SCHEMA_VERSION = MIGRATIONS[-1].number


def applied_migrations(con: Any, info: dict[str, str]) -> set[str]:
    """Names of the migrations a warehouse has; before schema_migrations existed, those up to its version."""
    if _table_exists(con, "schema_migrations"):
        return {r[0] for r in con.execute("SELECT name FROM schema_migrations").fetchall()}
    version = int(info.get("version", "1"))
    return {m.name for m in MIGRATIONS if m.number <= version}


def _record(con: Any, migrations: tuple[Migration, ...] | list[Migration]) -> None:
    now = datetime.now(timezone.utc)
    con.executemany(
        "INSERT INTO schema_migrations VALUES (?, ?, ?, ?) ON CONFLICT (name) DO NOTHING",
        [[m.name, m.number, m.description, now] for m in migrations],
    )


def _create(con: Any, dim: int) -> None:
    con.execute(sql_file(SCHEMA_FILE).replace("{dim}", str(int(dim))))


def ensure_schema(con: Any, model: str, dim: int) -> None:
    """Create the schema on a new warehouse, migrate an older one, refuse another model."""
    info = schema_info(con)
    if not info:
        others = [
            r[0]
            for r in con.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_catalog = current_database() "
                "ORDER BY table_name LIMIT 4"
            ).fetchall()
        ]
        if others:  # someone else's database: reconcile's tables are not added to it
            raise WarehouseError(
                f"{_database_file(con)}: a DuckDB database of other tables ({', '.join(others)}), "
                "not a reconcile warehouse; give another --db"
            )
        with transaction(con):
            _create(con, dim)
            con.executemany(
                "INSERT INTO schema_info VALUES (?, ?)",
                [("version", str(SCHEMA_VERSION)), ("model", model), ("dim", str(int(dim)))],
            )
            _record(con, MIGRATIONS)
            con.execute(sql_file(VIEWS_FILE))
        _VIEWS_CURRENT.add(_database_file(con))
        return
    check_model(info, model, dim)
    version = int(info.get("version", "1"))
    applied = applied_migrations(con, info)
    unknown = applied - {m.name for m in MIGRATIONS}
    if version > SCHEMA_VERSION or unknown:
        raise WarehouseError(
            f"warehouse schema version {version} is newer than this reconcile ({SCHEMA_VERSION}); upgrade reconcile"
        )
    pending = [m for m in MIGRATIONS if m.name not in applied]
    if pending:
        # A warehouse from before schema_migrations records the migrations its version implies too.
        migrate(con, pending, int(info.get("dim", dim)), [m for m in MIGRATIONS if m.name in applied])
    elif not _views_current(con):
        con.execute(sql_file(VIEWS_FILE))
    _VIEWS_CURRENT.add(_database_file(con))


_VIEWS_CURRENT: set[str] = set()
"""Warehouse files whose views this process has created or recreated from views.sql: a later write
in the same process leaves them be (recreating them costs every batch's write 70-150 ms)."""


def _database_file(con: Any) -> str:
    """The warehouse's file, resolved ('' for a database in memory)."""
    row = con.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()").fetchone()
    return os.path.realpath(row[0]) if row and row[0] else ""


def _views_current(con: Any) -> bool:
    path = _database_file(con)
    return bool(path) and path in _VIEWS_CURRENT


def migrate(con: Any, pending: list[Migration], dim: int, applied: list[Migration] | None = None) -> None:
    """Apply migrations in one transaction, then add missing tables, record them (with `applied`,
    those the warehouse already has) and recreate the views."""
    with transaction(con):
        for m in pending:
            log.info("migrating the warehouse: %s (%s)", m.name, m.description)
            if m.apply is not None:
                m.apply(con, dim)
        _create(con, dim)
        _record(con, list(applied or []) + pending)
        con.execute("UPDATE schema_info SET value = ? WHERE key = 'version'", [str(SCHEMA_VERSION)])
        con.execute(sql_file(VIEWS_FILE))


def ensure_existing_schema(con: Any) -> dict[str, str]:
    """Migrate a warehouse to this version with the model and vector size it holds (for writers that
    embed nothing, such as `reconcile verdict`); returns its schema_info."""
    info = schema_info(con)
    if not info:
        raise WarehouseError("not a reconcile warehouse (no schema_info table)")
    ensure_schema(con, info["model"], int(info["dim"]))
    return schema_info(con)
