"""The warehouse: schema, replacement per story, model guard, lock waits, migrations."""

import re
import subprocess
import sys
import textwrap
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import numpy as np
import pytest

from reconcile.errors import ModelError, WarehouseBusy, WarehouseError
from reconcile.records import Article, Claim, Sentence, StoryResult, StorySpec, stable_id
from reconcile.store import SCHEMA_FILE, VIEWS_FILE, RunRecord, connect, write_run

DIM = 8


def make_result(story_id: str, n_outlets: int = 2, n_sent: int = 3, seed: int = 0):
    rng = np.random.default_rng(seed)
    spec = StorySpec(story_id=story_id, title=f"title {story_id}", folder=Path("/tmp"), articles=(), manifest=None)
    res = StoryResult(spec=spec)
    emb = {}
    for o in range(n_outlets):
        outlet = f"Outlet {o}"
        aid = stable_id(story_id, outlet)
        text = " ".join(f"Sentence {i} of {outlet}." for i in range(n_sent))
        res.articles.append(
            Article(
                aid,
                story_id,
                outlet,
                f"outlet-{o}",
                f"/x/{o}.html",
                None,
                None,
                None,
                datetime(2026, 3, 2, tzinfo=timezone.utc),
                None,
                text,
                None,
                "en",
                "h",
            )
        )
        for i in range(n_sent):
            sid = stable_id(aid, i)
            res.sentences.append(Sentence(sid, aid, f"outlet-{o}", i, 0, 0, 1, f"Sentence {i} of {outlet}."))
            v = rng.normal(size=DIM).astype(np.float32)
            emb[sid] = v / np.linalg.norm(v)
    for i in range(n_sent):
        ids = tuple(s.sentence_id for s in res.sentences if s.position == i)
        res.claims.append(Claim(stable_id(story_id, *ids), story_id, ids, (0.9,) * len(ids), n_outlets))
    return res, emb


def run(run_id="r1", model="m"):
    return RunRecord(run_id, datetime.now(timezone.utc), model, {}, "test")


def counts(path, story_id):
    with connect(path, read_only=True) as con:
        return {
            t: con.execute(f"SELECT count(*) FROM {t} WHERE story_id = ?", [story_id]).fetchone()[0]
            for t in ("stories", "articles", "sentences", "claims")
        }


def test_rerun_replaces_one_story_and_leaves_others(tmp_path):
    path = tmp_path / "w.duckdb"
    a, ea = make_result("a", seed=1)
    b, eb = make_result("b", seed=2)
    write_run(path, run("r1"), [a, b], {**ea, **eb}, {}, DIM, 0, 0, 5)
    before_b = counts(path, "b")
    a2, ea2 = make_result("a", n_outlets=3, n_sent=2, seed=3)
    write_run(path, run("r2"), [a2], ea2, {}, DIM, 0, 0, 5)
    assert counts(path, "a") == {"stories": 1, "articles": 3, "sentences": 6, "claims": 2}
    assert counts(path, "b") == before_b
    with connect(path, read_only=True) as con:
        members = con.execute(
            "SELECT count(*) FROM claim_sentences cs JOIN claims c USING (claim_id) WHERE c.story_id = 'a'"
        ).fetchone()[0]
        orphans = con.execute(
            "SELECT count(*) FROM claim_sentences WHERE claim_id NOT IN (SELECT claim_id FROM claims)"
        ).fetchone()[0]
        runs = con.execute("SELECT run_id FROM runs ORDER BY started_at").fetchall()
    assert members == 6 and orphans == 0
    assert [r[0] for r in runs] == ["r1", "r2"]


def test_embeddings_round_trip(tmp_path):
    path = tmp_path / "w.duckdb"
    a, ea = make_result("a")
    write_run(path, run(), [a], ea, {}, DIM, 0, 0, 5)
    with connect(path, read_only=True) as con:
        rows = con.execute("SELECT sentence_id, embedding FROM sentences").fetchall()
        typ = con.execute("SELECT typeof(embedding) FROM sentences LIMIT 1").fetchone()[0]
    assert typ == f"FLOAT[{DIM}]"
    for sid, vec in rows:
        assert np.allclose(np.array(vec, dtype=np.float32), ea[sid])


def test_views_are_made_once_per_process_and_file(tmp_path, monkeypatch):
    """A run's later batches do not recreate the views its first write made (a commit per batch);
    another warehouse file gets its own, and a file the process has not written yet is brought
    up to date."""
    from reconcile.store import schema

    made = []
    real = schema.sql_file
    monkeypatch.setattr(schema, "sql_file", lambda f: made.append(f.name) or real(f))
    first, second = tmp_path / "w.duckdb", tmp_path / "other.duckdb"
    for i in range(3):
        a, ea = make_result("a", seed=i)
        write_run(first, run(f"r{i}"), [a], ea, {}, DIM, 0, 0, 5)
    assert made.count("views.sql") == 1
    write_run(second, run(), [a], ea, {}, DIM, 0, 0, 5)
    assert made.count("views.sql") == 2
    with connect(first) as con:  # views dropped by hand, then a process that has not written this file
        con.execute("DROP VIEW v_unique_claims")
    schema._VIEWS_CURRENT.clear()
    write_run(first, run("r9"), [a], ea, {}, DIM, 0, 0, 5)
    with connect(first, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM v_unique_claims").fetchone()[0] >= 0


def test_another_model_is_refused(tmp_path):
    path = tmp_path / "w.duckdb"
    a, ea = make_result("a")
    write_run(path, run(model="model-one"), [a], ea, {}, DIM, 0, 0, 5)
    with pytest.raises(ModelError, match="holds embeddings of model 'model-one'"):
        write_run(path, run(model="model-two"), [a], ea, {}, DIM, 0, 0, 5)
    assert counts(path, "a")["sentences"] == 6


def test_failed_write_keeps_previous_version(tmp_path):
    path = tmp_path / "w.duckdb"
    a, ea = make_result("a")
    write_run(path, run("r1"), [a], ea, {}, DIM, 0, 0, 5)
    a2, ea2 = make_result("a", n_outlets=3, seed=9)
    ea2.pop(next(iter(ea2)))  # a missing vector makes the write fail half-way through staging
    with pytest.raises(KeyError):
        write_run(path, run("r2"), [a2], ea2, {}, DIM, 0, 0, 5)
    assert counts(path, "a") == {"stories": 1, "articles": 2, "sentences": 6, "claims": 3}


def sqlite_file(path: Path) -> Path:
    import sqlite3

    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    return path


@pytest.mark.parametrize(
    "make, db, message",
    [
        (lambda d: sqlite_file(d / "w.duckdb"), "w.duckdb", "{db}: an SQLite database, not a DuckDB warehouse"),
        (lambda d: (d / "w.duckdb").mkdir(), "w.duckdb", "{db}: a folder, not a DuckDB warehouse file"),
        (
            lambda d: (d / "taken").write_text("x"),
            "taken/w.duckdb",
            "{db}: cannot create its folder {parent} (a file is in the way)",
        ),
        (lambda d: (d / "w.duckdb").write_text("not a database\n"), "w.duckdb", "not a valid DuckDB database file"),
        (
            lambda d: duckdb.connect(str(d / "w.duckdb")).execute("CREATE TABLE sales (x INT)").close(),
            "w.duckdb",
            "{db}: a DuckDB database of other tables (sales), not a reconcile warehouse",
        ),
    ],
)
def test_a_path_that_is_no_warehouse_is_one_line_and_left_alone(tmp_path, make, db, message):
    make(tmp_path)
    path = tmp_path / db
    before = path.read_bytes() if path.is_file() else None
    a, ea = make_result("a")
    for read_only in (False, True) if "other tables" not in message else (False,):  # reading it is fine
        with pytest.raises(WarehouseError) as e:
            if read_only:
                with connect(path, read_only=True):
                    pass
            else:
                write_run(path, run(), [a], ea, {}, DIM, 0, 0, 5)
        text = str(e.value)
        if read_only and db.startswith("taken/"):
            assert text == f"{path}: no warehouse here (run `reconcile run` first)"
        else:
            assert message.format(db=path, parent=path.parent) in text and "\n" not in text
    assert (path.read_bytes() if path.is_file() else None) == before


def test_busy_warehouse_waits_then_fails(tmp_path):
    path = tmp_path / "w.duckdb"
    duckdb.connect(str(path)).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
        import duckdb, sys, time
        con = duckdb.connect({str(path)!r})
        print("locked", flush=True)
        time.sleep(30)
    """),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(WarehouseBusy, match="warehouse is busy"):
            with connect(path, wait_seconds=1.0):
                pass
    finally:
        holder.kill()
        holder.wait()
    with connect(path, wait_seconds=5.0) as con:  # free again
        assert con.execute("SELECT 1").fetchone() == (1,)


def test_every_table_and_column_is_commented(tmp_path):
    path = tmp_path / "w.duckdb"
    a, ea = make_result("a")
    write_run(path, run(), [a], ea, {}, DIM, 0, 0, 5)
    with connect(path, read_only=True) as con:
        tables = con.execute("SELECT table_name, comment FROM duckdb_tables()").fetchall()
        cols = con.execute(
            "SELECT table_name, column_name, comment FROM duckdb_columns() "
            "WHERE table_name IN (SELECT table_name FROM duckdb_tables())"
        ).fetchall()
        views = con.execute("SELECT view_name, comment FROM duckdb_views() WHERE NOT internal").fetchall()
    assert tables and all(c for _, c in tables), [t for t, c in tables if not c]
    assert all(c for _, _, c in cols), [(t, c) for t, c, cm in cols if not cm]
    assert views and all(c for _, c in views)
    # the schema file really is the source: every table it creates exists
    created = set(re.findall(r"CREATE TABLE IF NOT EXISTS (\w+)", SCHEMA_FILE.read_text()))
    assert created == {t for t, _ in tables}
    assert set(re.findall(r"CREATE OR REPLACE VIEW (\w+)", VIEWS_FILE.read_text())) <= {v for v, _ in views}


def test_migration_from_version_2_adds_held_back_discrepancies(tmp_path):
    """A version-2 warehouse (no held-back conflicts) opens, keeps its rows and gains the table and view."""
    from reconcile.store import SCHEMA_VERSION, connect, ensure_schema, schema_info

    path = tmp_path / "v2.duckdb"
    with connect(path) as con:
        ensure_schema(con, "test-model", 4)
        con.execute("INSERT INTO runs (run_id, started_at, model) VALUES ('r1', now(), 'test-model')")
        con.execute("DROP VIEW v_discrepancies_all")
        con.execute("DROP TABLE held_back_discrepancies")
        con.execute("UPDATE schema_info SET value = '2' WHERE key = 'version'")
        con.execute("DROP TABLE schema_migrations")  # as before named migrations
    with connect(path) as con:
        ensure_schema(con, "test-model", 4)
        assert schema_info(con)["version"] == str(SCHEMA_VERSION)
        tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        views = {r[0] for r in con.execute("SELECT view_name FROM duckdb_views()").fetchall()}
        assert "held_back_discrepancies" in tables and "v_discrepancies_all" in views
        assert con.execute("SELECT run_id FROM runs").fetchall() == [("r1",)]


def test_migration_from_version_3_adds_story_changes(tmp_path):
    """A version-3 warehouse (no story_changes) opens, keeps its rows and gains the table and v_changes."""
    from reconcile.store import SCHEMA_VERSION, ensure_schema, schema_info

    path = tmp_path / "v3.duckdb"
    a, ea = make_result("a", seed=1)
    write_run(path, run("r1"), [a], ea, {}, DIM, 0, 0, 5)
    with connect(path) as con:
        con.execute("DROP VIEW v_changes")
        con.execute("DROP TABLE story_changes")
        con.execute("UPDATE schema_info SET value = '3' WHERE key = 'version'")
        con.execute("DROP TABLE schema_migrations")  # as before named migrations
    with connect(path) as con:
        ensure_schema(con, "m", DIM)
        assert schema_info(con)["version"] == str(SCHEMA_VERSION)
        assert con.execute("SELECT count(*) FROM story_changes").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM v_changes").fetchone() == (0,)
        comments = con.execute(
            "SELECT count(*) FROM duckdb_columns() WHERE table_name = 'story_changes' AND comment IS NULL"
        ).fetchone()
    assert comments == (0,)
    assert counts(path, "a")["claims"] == 3
    # The migrated warehouse records changes from its next run on.
    a2, ea2 = make_result("a", n_sent=2, seed=1)
    assert write_run(path, run("r2"), [a2], ea2, {}, DIM, 0, 0, 5)["a"]["claims_removed"] == 1


def test_story_changes_since_the_previous_run(tmp_path):
    """Claims added/removed, discrepancies new/resolved, articles updated: stored with both run ids in the
    story's transaction, counted in write_run's answer; an identical re-run changes nothing."""
    from dataclasses import replace as dc_replace

    from reconcile.records import Discrepancy

    path = tmp_path / "w.duckdb"
    a, ea = make_result("a", seed=1)
    c0, c1, c2 = a.claims
    d_old = Discrepancy(
        "d-old", "a", c0.claim_id, "number", c0.sentence_ids[0], c0.sentence_ids[1], "3", "4", "3", "4", "", 0.9
    )
    a.discrepancies = [d_old]
    assert write_run(path, run("r1"), [a], ea, {}, DIM, 0, 0, 5) == {"a": None}  # first run: nothing to compare

    same = write_run(path, run("r2"), [a], ea, {}, DIM, 0, 0, 5)
    assert same == {
        "a": {
            "claims_added": 0,
            "claims_removed": 0,
            "discrepancies_new": 0,
            "discrepancies_resolved": 0,
            "articles_updated": 0,
        }
    }

    b, eb = make_result("a", seed=1)
    merged = Claim(
        stable_id("a", *c1.sentence_ids, *c2.sentence_ids), "a", c1.sentence_ids + c2.sentence_ids, (0.9,) * 4, 2
    )
    b.claims = [c0, merged]
    b.discrepancies = [
        Discrepancy(
            "d-new",
            "a",
            merged.claim_id,
            "date",
            c1.sentence_ids[0],
            c2.sentence_ids[1],
            "Monday",
            "Tuesday",
            "mon",
            "tue",
            "",
            0.8,
        )
    ]
    b.articles[1] = dc_replace(b.articles[1], content_hash="h2")
    got = write_run(path, run("r3"), [b], eb, {}, DIM, 0, 0, 5)
    assert got == {
        "a": {
            "claims_added": 1,
            "claims_removed": 2,
            "discrepancies_new": 1,
            "discrepancies_resolved": 1,
            "articles_updated": 1,
        }
    }
    with connect(path, read_only=True) as con:
        rows = con.execute(
            "SELECT run_id, previous_run_id, change, item_id, detail FROM v_changes ORDER BY change, item_id"
        ).fetchall()
    assert rows == sorted(
        [
            ("r3", "r2", "article_updated", b.articles[1].article_id, "Outlet 1"),
            ("r3", "r2", "claim_added", merged.claim_id, "Sentence 1 of Outlet 0."),
            ("r3", "r2", "claim_removed", c1.claim_id, "Sentence 1 of Outlet 0."),
            ("r3", "r2", "claim_removed", c2.claim_id, "Sentence 2 of Outlet 0."),
            ("r3", "r2", "discrepancy_new", "d-new", "date: Monday vs Tuesday"),
            ("r3", "r2", "discrepancy_resolved", "d-old", "number: 3 vs 4"),
        ],
        key=lambda r: (r[2], r[3]),
    )


def test_a_warehouse_another_process_is_creating_is_waited_for(tmp_path):
    # the window in which a concurrent run has created the file but not yet written its headers
    import os
    import threading
    import time

    ready = tmp_path / "ready.duckdb"
    duckdb.connect(str(ready)).close()
    db = tmp_path / "shared.duckdb"
    db.write_bytes(b"")

    def finish() -> None:
        time.sleep(0.5)
        os.replace(ready, db)

    t = threading.Thread(target=finish)
    t.start()
    with connect(db, wait_seconds=10) as con:
        assert con.execute("SELECT 1").fetchone() == (1,)
    t.join()


def test_a_young_file_that_is_no_warehouse_fails_at_once(tmp_path):
    import time

    db = tmp_path / "notes.duckdb"
    db.write_text("my notes, not a database\n" * 20)
    t0 = time.monotonic()
    with pytest.raises(WarehouseError, match="notes.duckdb"):
        with connect(db, wait_seconds=10):
            pass
    assert time.monotonic() - t0 < 5
