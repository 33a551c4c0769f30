"""History tables (fetches, raw_pages, article_versions), stories of URLs, and re-runs that embed nothing."""

from __future__ import annotations

import time
import zlib

import pytest
from conftest import ROOT, STORIES
from local_server import HARBOUR_A, HARBOUR_B, PageServer, article_html, fail_then, send

from reconcile import fetch
from reconcile.pipeline import load_stories, run_stories
from reconcile.store import SCHEMA_VERSION, connect, ensure_schema, schema_info


def readme_changes_query() -> str:
    """The article-changes query exactly as the README shows it."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("<!-- article-changes:start -->", 1)[1].split("<!-- article-changes:end -->", 1)[0]
    return block.split("```sql", 1)[1].split("```", 1)[0]


def rows(db, sql, params=None):
    with connect(db, read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


@pytest.fixture()
def harbour(db):
    """A story of three URLs on a local server: two articles and a 404; the toll can be changed."""
    toll = {"word": "Three"}
    with PageServer() as s:
        s.route(
            "/gazette",
            lambda h, n: send(
                h,
                200,
                article_html(
                    "Fire at the northern harbour",
                    [p.replace("Three", toll["word"]) for p in HARBOUR_A],
                    site="Harbour Gazette",
                ),
            ),
        )
        s.route("/port-daily", fail_then(article_html("Harbour blaze", HARBOUR_B, site="Port Daily"), failures=1))
        spec = fetch.url_story("harbour-fire", [s.url("/gazette"), s.url("/port-daily"), s.url("/gone")])
        settings = db.replace(allow_hosts=(s.host,), fetch_backoff=0.01)
        yield s, spec, settings, toll


def test_a_story_of_urls_is_reconciled_from_the_pages_that_arrived(harbour):
    server, spec, settings, _ = harbour
    summary = run_stories([spec], settings)
    assert not summary.failed
    (line,) = summary.lines
    assert line["articles"] == 2 and line["outlets"] == 2 and line["skipped"] == 1
    (skip,) = summary.skips
    gone = server.url("/gone")
    assert skip.where == gone and skip.reason == f"{gone}: fetch failed: HTTP 404 Not Found"
    assert server.counts == {"/gazette": 1, "/port-daily": 2, "/gone": 1}
    db = settings.db_path
    assert sorted(rows(db, "SELECT outlet FROM articles")) == [("Harbour Gazette",), ("Port Daily",)]
    fetched = rows(db, "SELECT url, ok, status, reason, attempts FROM fetches ORDER BY url")
    assert fetched == [
        (server.url("/gazette"), True, 200, "ok", 1),
        (gone, False, 404, "HTTP 404 Not Found", 1),
        (server.url("/port-daily"), True, 200, "ok", 2),
    ]
    assert rows(db, "SELECT source, reason FROM article_skips") == [(gone, skip.reason)]
    assert rows(db, "SELECT status FROM runs") == [("partial",)]
    # The raw pages are kept compressed, keyed by their sha256.
    ((sha, data, comp),) = rows(
        db,
        "SELECT p.sha256, p.data, p.compression FROM raw_pages p JOIN fetches f "
        "ON f.raw_sha256 = p.sha256 WHERE f.url = ?",
        [server.url("/gazette")],
    )
    assert comp == "zlib" and b"Harbour Gazette" in zlib.decompress(data) and len(sha) == 64


def test_article_versions_record_changed_text_only(harbour):
    server, spec, settings, toll = harbour
    run_stories([spec], settings)
    run_stories([spec], settings.replace(force=True))  # same pages: no new version
    toll["word"] = "Four"
    run_stories([spec], settings)
    db = settings.db_path
    versions = rows(db, "SELECT outlet, version FROM article_versions ORDER BY outlet, version")
    assert versions == [("Harbour Gazette", 1), ("Harbour Gazette", 2), ("Port Daily", 1)]
    assert rows(db, "SELECT count(*) FROM fetches")[0][0] == 9  # history: every fetch appended
    assert rows(db, "SELECT count(*) FROM raw_pages")[0][0] == 3  # one row per distinct page
    (change,) = rows(db, readme_changes_query())
    assert change[0] == "Harbour Gazette" and change[1] == 2
    assert change[3] == ["Four people were killed and eleven were taken to hospital with smoke injuries."]
    assert change[4] == ["Three people were killed and eleven were taken to hospital with smoke injuries."]


def test_extraction_reruns_from_stored_pages_without_fetching(harbour):
    server, spec, settings, _ = harbour
    run_stories([spec], settings)
    before = dict(server.counts)
    summary = run_stories([spec], settings.replace(reuse_pages=True, force=True))
    assert dict(server.counts) == before
    assert summary.lines[0]["articles"] == 2 and summary.embed.encoded == 0
    assert "no stored page" in summary.skips[0].reason
    assert rows(settings.db_path, "SELECT count(*) FROM fetches")[0][0] == 3  # reading back is not a fetch


def test_file_articles_get_versions_too(tmp_path, db):
    story = tmp_path / "quake"
    story.mkdir()
    (story / "north-herald.txt").write_text("\n\n".join(HARBOUR_A), encoding="utf-8")
    (story / "south-post.txt").write_text("\n\n".join(HARBOUR_B), encoding="utf-8")
    run_stories(load_stories([story]), db)
    (story / "north-herald.txt").write_text("\n\n".join(HARBOUR_A).replace("Three", "Four"), encoding="utf-8")
    run_stories(load_stories([story]), db)
    assert rows(db.db_path, "SELECT outlet, version FROM article_versions ORDER BY outlet, version") == [
        ("north herald", 1),
        ("north herald", 2),
        ("south post", 1),
    ]


@pytest.mark.slow
def test_a_rerun_over_unchanged_articles_embeds_nothing_and_is_fast(db):
    specs = load_stories(STORIES)
    t = time.perf_counter()
    first = run_stories(specs, db)
    first_s = time.perf_counter() - t
    assert first.embed.encoded > 0
    t = time.perf_counter()
    again = run_stories(specs, db)
    rerun_s = time.perf_counter() - t
    assert again.embed.encoded == 0 and sorted(again.unchanged) == sorted(s.story_id for s in specs)
    # Even when the stories are reprocessed, every sentence comes from the embedding cache.
    forced = run_stories(specs, db.replace(force=True))
    assert forced.embed.encoded == 0 and forced.embed.from_cache == forced.embed.unique_texts > 0
    assert rerun_s < first_s


def test_migration_from_version_1_adds_the_history_tables(tmp_path):
    path = tmp_path / "old.duckdb"
    with connect(path) as con:
        ensure_schema(con, "test-model", 4)
        con.execute("INSERT INTO runs (run_id, started_at, model) VALUES ('r1', now(), 'test-model')")
        for t in ("fetches", "raw_pages", "article_versions"):
            con.execute(f"DROP TABLE {t}")
        con.execute("UPDATE schema_info SET value = '1' WHERE key = 'version'")
        con.execute("DROP TABLE schema_migrations")  # as before named migrations
    with connect(path) as con:
        ensure_schema(con, "test-model", 4)
        assert schema_info(con)["version"] == str(SCHEMA_VERSION)
        tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        assert {"fetches", "raw_pages", "article_versions"} <= tables
        assert con.execute("SELECT run_id FROM runs").fetchall() == [("r1",)]
