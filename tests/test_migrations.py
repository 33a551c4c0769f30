"""Named, recorded migrations: a warehouse built with the schema of the last release (version 4, kept
in tests/data/warehouse_v4 as `git show` printed it) opens with this version, in place, keeping its rows."""

import hashlib
import zlib
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pytest

from reconcile.errors import WarehouseError
from reconcile.store import MIGRATIONS, SCHEMA_VERSION, connect, ensure_schema, schema_info
from reconcile.store import discovery as store_discovery

OLD = Path(__file__).parent / "data" / "warehouse_v4"
DIM = 8
PAGE = b"<html><body><p>Old page bytes.</p></body></html>"


def build_v4(path: Path) -> None:
    """A version-4 warehouse as reconcile 4 left it, with discovery rows (one outlet written twice)."""
    con = duckdb.connect(str(path))
    con.execute((OLD / "schema.sql").read_text(encoding="utf-8").replace("{dim}", str(DIM)))
    con.executemany("INSERT INTO schema_info VALUES (?, ?)", [("version", "4"), ("model", "m"), ("dim", str(DIM))])
    con.execute((OLD / "views.sql").read_text(encoding="utf-8"))
    now = datetime(2026, 3, 2, tzinfo=timezone.utc)
    con.execute("INSERT INTO runs (run_id, started_at, model) VALUES ('r1', ?, 'm')", [now])
    for name in ("Old Name", "New Name"):
        con.execute(
            "INSERT INTO outlets (outlet_id, name, feeds, updated_at) VALUES ('harbour', ?, ['f.xml'], ?)", [name, now]
        )
    con.execute(
        "INSERT INTO discovered_stories (story_id, first_published_at, last_published_at, n_articles, "
        "n_outlets, vector_sum, reconcile_status) VALUES ('s1', ?, ?, 1, 1, ?, 'ok')",
        [now, now, [0.5] * DIM],
    )
    con.execute(
        "INSERT INTO discovered_articles (article_id, story_id, outlet, outlet_id, url, source, raw_kind, raw, "
        "published_at) VALUES ('a1', 's1', 'New Name', 'harbour', NULL, 'pages/a1.html', 'html', ?, ?)",
        [zlib.compress(PAGE), now],
    )
    con.execute("INSERT INTO embedding_cache VALUES ('m', 'h1', ?)", [[0.1] * DIM])
    con.close()


def test_the_migrations_are_named_numbered_and_end_at_the_schema_version():
    names = [m.name for m in MIGRATIONS]
    assert len(set(names)) == len(names)
    assert [m.number for m in MIGRATIONS] == sorted(m.number for m in MIGRATIONS)
    assert all(m.name.startswith(f"{m.number:03d}_") for m in MIGRATIONS)
    assert MIGRATIONS[-1].number == SCHEMA_VERSION


def test_a_version_4_warehouse_is_migrated_in_place(tmp_path):
    path = tmp_path / "v4.duckdb"
    build_v4(path)
    with connect(path) as con:
        ensure_schema(con, "m", DIM)
        assert schema_info(con)["version"] == str(SCHEMA_VERSION)
        applied = [r[0] for r in con.execute("SELECT name FROM schema_migrations ORDER BY version").fetchall()]
        assert applied == [m.name for m in MIGRATIONS]
        # 006 added a column to a table the old warehouse had, with its comment from schema.sql
        cols = dict(
            con.execute(
                "SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'discovered_articles'"
            ).fetchall()
        )
        assert cols.get("raw_sha256"), "raw_sha256 missing or uncommented"
        # 005 gave the natural keys; the outlet written twice keeps its last row
        keys = {
            r[0]
            for r in con.execute(
                "SELECT table_name FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'"
            ).fetchall()
        }
        assert {
            "schema_info",
            "outlets",
            "feeds",
            "feed_entries",
            "discovered_stories",
            "raw_pages",
            "embedding_cache",
            "verdicts",
            "schema_migrations",
        } <= keys
        assert con.execute("SELECT outlet_id, name FROM outlets").fetchall() == [("harbour", "New Name")]
        assert con.execute(
            "SELECT count(*) FROM information_schema.columns WHERE table_name = 'outlets' "
            "AND column_name = 'name' AND is_nullable = 'NO'"
        ).fetchone() == (1,)
        con.execute(
            "INSERT INTO outlets (outlet_id, name) VALUES ('harbour', 'Renamed') "
            "ON CONFLICT (outlet_id) DO UPDATE SET name = excluded.name"
        )
        assert con.execute("SELECT name FROM outlets").fetchall() == [("Renamed",)]
        # the rows and their history survive; every view works; 007 added the verdicts table
        assert con.execute("SELECT run_id FROM runs").fetchall() == [("r1",)]
        assert con.execute("SELECT count(*) FROM verdicts").fetchone() == (0,)
        views = [r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()]
        for v in views:
            con.execute(f"SELECT count(*) FROM {v}").fetchone()
        assert {"v_dismissed_discrepancies", "v_discrepancies", "v_changes"} <= set(views)
        uncommented = con.execute(
            "SELECT table_name, column_name FROM duckdb_columns() WHERE comment IS NULL "
            "AND table_name IN (SELECT table_name FROM duckdb_tables())"
        ).fetchall()
        assert uncommented == []
    # the page the old version kept in discovered_articles.raw moved to raw_pages, and reads back
    sha = hashlib.sha256(PAGE).hexdigest()
    with connect(path, read_only=True) as con:
        assert con.execute("SELECT raw IS NULL, raw_sha256 FROM discovered_articles").fetchall() == [(True, sha)]
        assert con.execute("SELECT url, n_bytes FROM raw_pages").fetchall() == [("pages/a1.html", len(PAGE))]
    arts, stories = store_discovery.story_pages(path, 5, ["s1"])
    assert arts[0][6] == PAGE and stories == [("s1", None, 1)]
    # opening again applies nothing more
    with connect(path) as con:
        before = con.execute("SELECT name, applied_at FROM schema_migrations ORDER BY name").fetchall()
        ensure_schema(con, "m", DIM)
        assert con.execute("SELECT name, applied_at FROM schema_migrations ORDER BY name").fetchall() == before


def test_an_old_warehouse_opened_read_only_reads_its_pages(tmp_path):
    path = tmp_path / "v4.duckdb"
    build_v4(path)
    arts, _ = store_discovery.story_pages(path, 5, ["s1"])
    assert arts[0][6] == PAGE


def test_a_new_warehouse_records_every_migration(tmp_path):
    with connect(tmp_path / "new.duckdb") as con:
        ensure_schema(con, "m", DIM)
        assert {r[0] for r in con.execute("SELECT name FROM schema_migrations").fetchall()} == {
            m.name for m in MIGRATIONS
        }


def test_a_warehouse_of_a_newer_reconcile_is_refused(tmp_path):
    path = tmp_path / "newer.duckdb"
    with connect(path) as con:
        ensure_schema(con, "m", DIM)
        con.execute("INSERT INTO schema_migrations VALUES ('099_from_the_future', 99, '', now())")
    with connect(path) as con, pytest.raises(WarehouseError, match="newer than this reconcile"):
        ensure_schema(con, "m", DIM)


def test_pages_are_stored_once(tmp_path):
    """A discovered page's bytes go to raw_pages (keyed by their sha256), not into discovered_articles too."""
    import pyarrow as pa

    from reconcile.store.connection import vectors

    path = tmp_path / "w.duckdb"
    now = datetime(2026, 3, 2, tzinfo=timezone.utc)
    sha = hashlib.sha256(PAGE).hexdigest()
    empty = pa.table({"x": pa.array([], pa.int32())}).slice(0, 0)
    articles = pa.table(
        {
            "article_id": ["a1"],
            "story_id": ["s1"],
            "outlet": ["H"],
            "outlet_id": ["h"],
            "source": ["pages/a1.html"],
            "raw_kind": ["html"],
            "raw_sha256": [sha],
        }
    )
    for _ in range(2):  # the same page twice: one row
        store_discovery.write_discovery(
            path,
            5,
            "m",
            "m",
            DIM,
            outlets=pa.table({"outlet_id": ["h"], "name": ["H"]}),
            feeds=empty,
            entries=empty,
            articles=articles if _ == 0 else articles.slice(0, 0),
            pages=[(PAGE, "pages/a1.html", None, now)],
            stories=pa.table(
                {
                    "story_id": ["s1"],
                    "first_published_at": [now],
                    "last_published_at": [now],
                    "n_articles": pa.array([1], pa.int32()),
                    "n_outlets": pa.array([1], pa.int32()),
                    "vector_sum": vectors(__import__("numpy").ones((1, DIM))),
                }
            ),
            syndication=empty,
            new_cache={},
        )
    with connect(path, read_only=True) as con:
        assert con.execute("SELECT sha256, n_bytes FROM raw_pages").fetchall() == [(sha, len(PAGE))]
        assert con.execute("SELECT raw IS NULL, raw_sha256 FROM discovered_articles").fetchall() == [(True, sha)]
    assert store_discovery.story_pages(path, 5, ["s1"])[0][0][6] == PAGE
