"""Story discovery end to end: feeds -> pages -> stories -> reconciliation, on the labelled fixtures
(fixtures/discovery) and on feeds served over HTTP."""

import json
import re
import shutil

import pytest
from conftest import FIXTURES, run_cli
from local_server import HARBOUR_A, HARBOUR_B, PageServer, article_html, send

from reconcile.discover import DiscoverySettings, discover, evaluate_grouping, stories_due
from reconcile.store import connect

DISCOVERY = FIXTURES / "discovery"
GROUPING_F1_FLOOR = 0.95
"""Pinned floor of pairwise grouping F1 on fixtures/discovery (measured: 1.0). Raise it, never lower it silently."""

QUAKE = "20260303-strong-quake-strikes-off-varnholm-island-4490d2"
CALDER = "20260310-magnitude-5-8-quake-shakes-calder-6c0dbd"


def test_grouping_quality_floor(settings):
    r = evaluate_grouping(DISCOVERY, settings)
    assert r["unresolved"] == [] and r["articles"] == 28 and r["events"] == 8
    assert r["grouping"]["f1"] >= GROUPING_F1_FLOOR, r["misgrouped"]
    assert r["syndication"] == {"tp": 1, "fp": 0, "fn": 0}


def test_without_the_time_window_two_earthquakes_merge(settings):
    r = evaluate_grouping(DISCOVERY, settings, DiscoverySettings(window_hours=1e6))
    assert r["grouping"]["precision"] < 1.0
    assert any("calder" in m and "varnholm" in m for m in r["misgrouped"])


@pytest.fixture(scope="module")
def first(tmp_path_factory, settings):
    s = settings.replace(db_path=tmp_path_factory.mktemp("discovery") / "w.duckdb")
    return s, discover(DISCOVERY / "outlets.toml", s)


def q(s, sql, params=None):
    with connect(s.db_path, read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def test_first_run_forms_stories_and_reconciles_those_with_two_outlets(first):
    s, summary = first
    assert summary.entries_new == 29 and summary.articles == 28
    assert [(o.status, o.entry.title) for o in summary.skipped] == [
        ("skipped", "Watch: Eastmouth port at a standstill")
    ]
    assert len(summary.formed) == 13 and summary.grown == [] and summary.syndicated == 1
    assert summary.waiting == 5 and not summary.failed
    lines = {ln["story_id"]: ln for ln in summary.reconcile.story_lines()}
    assert len(lines) == 8 and QUAKE in lines and CALDER in lines
    assert lines[QUAKE]["copies"] == 1 and lines[QUAKE]["articles"] == 4
    assert all(f.status == "ok" for f in summary.feeds)


def test_warehouse_rows_of_the_first_run(first):
    s, summary = first
    assert q(s, "SELECT outlet_id, name, country, labels->>'ownership' FROM outlets ORDER BY outlet_id")[0] == (
        "coastline-daily",
        "Coastline Daily",
        "IE",
        "private",
    )
    assert q(s, "SELECT status, count(*) FROM feed_entries GROUP BY ALL ORDER BY 1") == [
        ("article", 28),
        ("skipped", 1),
    ]
    assert q(s, "SELECT format, count(*) FROM feeds GROUP BY ALL ORDER BY 1") == [("atom", 2), ("json", 1), ("rss", 2)]
    # Reconciled articles keep the discovered article's id, and every article's outlet is in outlets.
    assert q(s, "SELECT count(*) FROM articles a JOIN discovered_articles d USING (article_id, story_id)") == [(23,)]
    assert q(s, "SELECT count(*) FROM articles a JOIN outlets o USING (outlet_id)") == [(23,)]
    assert q(
        s, "SELECT count(*) FROM discovered_stories WHERE reconcile_status = 'ok' AND reconciled_articles = n_articles"
    ) == [(8,)]
    assert q(s, "SELECT count(*) FROM stories") == [(8,)]
    assert q(s, "SELECT orchestrator, status, stories_ok FROM runs") == [("in-process", "completed", 8)]
    # Analysts slice by outlet metadata.
    by_bias = dict(
        q(s, "SELECT o.labels->>'bias', count(*) FROM articles a JOIN outlets o USING (outlet_id) GROUP BY ALL")
    )
    assert by_bias[None] == 5 and sum(by_bias.values()) == 23  # the wire agency has no bias label


def test_the_syndicated_copy_counts_once(first):
    s, _ = first
    (copy,) = q(
        s,
        "SELECT d.outlet_id, o.outlet_id, d.syndication_score FROM discovered_articles d "
        "JOIN discovered_articles o ON o.article_id = d.syndicated_of",
    )
    assert copy == ("valley-tribune", "meridian-wire", 1.0)
    assert q(s, "SELECT n_articles, n_outlets FROM discovered_stories WHERE story_id = ?", [QUAKE]) == [(4, 3)]
    # Four outlets' articles, but a claim stated by the wire and its reprint counts the wire once.
    assert q(s, "SELECT max(n_outlets) FROM claims WHERE story_id = ?", [QUAKE]) == [(3,)]
    per_claim = q(
        s,
        "SELECT c.n_outlets, count(DISTINCT a.outlet_id), bool_or(a.outlet_id = 'valley-tribune') "
        "FROM claims c JOIN claim_sentences USING (claim_id) JOIN sentences USING (sentence_id) "
        "JOIN articles a USING (article_id) WHERE c.story_id = ? GROUP BY c.claim_id, c.n_outlets",
        [QUAKE],
    )
    with_copy = [(n, members) for n, members, has_copy in per_claim if has_copy]
    assert len(with_copy) == 4 and all(n == members - 1 for n, members in with_copy)
    assert all(n == members for n, members, has_copy in per_claim if not has_copy)


def test_a_second_run_reads_nothing_new(first):
    s, _ = first
    again = discover(DISCOVERY / "outlets.toml", s)
    assert again.entries_new == 0 and again.articles == 0 and again.reconcile is None
    assert {f.status for f in again.feeds} == {"unchanged"}
    assert stories_due(s, DiscoverySettings()) == []
    assert q(s, "SELECT count(*) FROM runs") == [(1,)]


def drop_entries(folder, feed, *slugs):
    path = folder / "feeds" / feed
    text = path.read_text(encoding="utf-8")
    for slug in slugs:
        text, n = re.subn(r"\s*<(item|entry)>(?:(?!</\1>).)*?" + re.escape(slug) + r".*?</\1>", "", text, flags=re.S)
        assert n == 1, slug
    path.write_text(text, encoding="utf-8")


def test_stories_grow_keep_their_ids_and_are_reconciled_again(tmp_path, settings):
    folder = shutil.copytree(DISCOVERY, tmp_path / "discovery")
    drop_entries(folder, "harbour-herald.rss", "varnholm-earthquake-at-least-11-killed")
    drop_entries(folder, "northern-ledger.atom", "earthquake-on-varnholm-leaves-at-least-11-dead")
    drop_entries(folder, "coastline-daily.rss", "earthquake-in-calder-cuts-power-to-40000-homes")
    s = settings.replace(db_path=tmp_path / "w.duckdb")
    one = discover(folder / "outlets.toml", s)
    assert one.articles == 25
    # The quake story holds the wire and its reprint: one independent outlet, so it waits.
    assert q(s, "SELECT n_articles, n_outlets, reconciled_at FROM discovered_stories WHERE story_id = ?", [QUAKE]) == [
        (2, 1, None)
    ]
    assert q(s, "SELECT n_articles, n_outlets, reconciled_at FROM discovered_stories WHERE story_id = ?", [CALDER]) == [
        (1, 1, None)
    ]
    assert q(s, "SELECT count(*) FROM stories WHERE story_id IN (?, ?)", [QUAKE, CALDER]) == [(0,)]

    for feed in ("harbour-herald.rss", "northern-ledger.atom", "coastline-daily.rss"):
        shutil.copy(DISCOVERY / "feeds" / feed, folder / "feeds" / feed)
    two = discover(folder / "outlets.toml", s)
    assert two.entries_new == 3 and two.formed == [] and sorted(two.grown) == sorted([QUAKE, CALDER])
    assert sorted(ln["story_id"] for ln in two.reconcile.story_lines()) == sorted([QUAKE, CALDER])
    assert q(
        s,
        "SELECT story_id, n_articles, n_outlets, reconciled_articles FROM discovered_stories "
        "WHERE story_id IN (?, ?) ORDER BY 1",
        [QUAKE, CALDER],
    ) == [(QUAKE, 4, 3, 4), (CALDER, 2, 2, 2)]
    assert q(s, "SELECT count(*) FROM articles WHERE story_id = ?", [QUAKE]) == [(4,)]
    assert q(s, "SELECT count(*) FROM discovered_stories") == [(13,)]


def test_min_outlets_is_configurable(tmp_path, settings):
    s = settings.replace(db_path=tmp_path / "w.duckdb")
    summary = discover(DISCOVERY / "outlets.toml", s, DiscoverySettings(min_outlets=3))
    reconciled = {ln["story_id"] for ln in summary.reconcile.story_lines()}
    assert len(reconciled) == 5 and QUAKE in reconciled and CALDER not in reconciled


def test_cli_watch_prints_progress_summary_and_json(tmp_path):
    db = tmp_path / "w.duckdb"
    r = run_cli("watch", str(DISCOVERY / "outlets.toml"), "--db", str(db), "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["entries_new"] == 29 and out["articles"] == 28 and len(out["stories_formed"]) == 13
    assert len(out["stories_reconciled"]) == 8 and out["syndicated"] == 1 and out["failed"] == []
    assert "reconcile: running in-process" in r.stderr
    assert "video-eastmouth-port-at-a-standstill.html: no article text found" in r.stderr
    r = run_cli("watch", str(DISCOVERY / "outlets.toml"), "--db", str(db))
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[:2] == [
        "feeds: 5 (0 read, 5 unchanged, 0 failed); entries: 0 new, 0 seen before; articles: 0 read",
        "stories: 0 formed, 0 grown, 0 reconciled, 0 waiting for 2 outlets; 0 syndicated copies (counted once)",
    ]


# --- over HTTP: conditional GET, the address guard, retries of failed pages ------------------


def rss(items):
    body = "".join(
        f"<item><title>{t}</title><link>{u}</link><guid>{u}</guid>"
        f"<pubDate>Tue, 03 Mar 2026 0{i}:00:00 GMT</pubDate></item>"
        for i, (t, u) in enumerate(items)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{body}</channel></rss>'


def feed_route(server, path, items):
    data = rss(items)

    def handler(h, n):
        if h.headers.get("If-None-Match") == '"f1"':
            h.send_response(304)
            h.send_header("Content-Length", "0")
            h.send_header("Connection", "close")
            h.end_headers()
            return
        send(h, 200, data, ctype="application/rss+xml", headers={"ETag": '"f1"'})

    return server.route(path, handler)


def test_cli_watch_exits_1_when_every_feed_fails(tmp_path):
    with PageServer() as server:
        good = feed_route(server, "/ok.rss", [])
        page = server.page("/page.html", article_html("Not a feed", HARBOUR_A))
        outlets = tmp_path / "outlets.toml"
        outlets.write_text(
            f'[[outlets]]\nname = "Harbour Post"\nfeeds = ["{server.url("/gone.rss")}", "{page}"]\n',
            encoding="utf-8",
        )
        args = ("watch", str(outlets), "--db", str(tmp_path / "w.duckdb"), "--allow-host", server.host)
        r = run_cli(*args, env={"RECONCILE_FETCH_RETRIES": "0"})
        assert r.returncode == 1 and "Traceback" not in r.stderr
        err = r.stderr.splitlines()
        assert f"reconcile: warning: {server.url('/gone.rss')}: fetch failed: HTTP 404 Not Found" in err
        assert err[-1] == "reconcile: error: every feed failed (2; see the warnings above); nothing was read"
        assert r.stdout.startswith("feeds: 2 (0 read, 0 unchanged, 2 failed)")
        # one feed that answers is enough: the failed one is a warning
        outlets.write_text(
            f'[[outlets]]\nname = "Harbour Post"\nfeeds = ["{server.url("/gone.rss")}", "{good}"]\n',
            encoding="utf-8",
        )
        r = run_cli(*args, env={"RECONCILE_FETCH_RETRIES": "0"})
        assert r.returncode == 0, r.stderr
        assert "every feed failed" not in r.stderr


def test_http_feeds_pages_conditional_get_and_retries(tmp_path, settings):
    with PageServer() as server:
        page_a = server.page("/a/fire.html", article_html("Harbour warehouse fire kills three", HARBOUR_A))

        def page_b(h, n):
            if n == 1:
                send(h, 503, "<p>busy</p>")
            else:
                send(h, 200, article_html("Three dead in harbour warehouse blaze", HARBOUR_B))

        page_b_url = server.route("/b/fire.html", page_b)
        feed_a = feed_route(server, "/a.rss", [("Harbour warehouse fire kills three", page_a)])
        feed_b = feed_route(server, "/b.rss", [("Three dead in harbour warehouse blaze", page_b_url)])
        outlets = tmp_path / "outlets.toml"
        outlets.write_text(
            f'[[outlets]]\nname = "Harbour Post"\nfeeds = ["{feed_a}"]\n'
            f'[[outlets]]\nname = "Bay News"\nfeeds = ["{feed_b}"]\n',
            encoding="utf-8",
        )
        s = settings.replace(db_path=tmp_path / "w.duckdb", fetch_retries=0)

        refused = discover(outlets, s)  # 127.0.0.1 is not public: every feed is refused
        assert {f.status for f in refused.feeds} == {"failed"} and server.counts["/a.rss"] == 0

        s = s.replace(allow_hosts=(server.host,))
        one = discover(outlets, s)
        assert one.articles == 1 and [o.status for o in one.skipped] == ["failed"]
        assert "HTTP 503" in one.skipped[0].reason and one.reconcile is None

        two = discover(outlets, s)  # feeds answer 304; the failed page is retried and joins the story
        assert {f.status for f in two.feeds} == {"not-modified"}
        assert server.counts["/a.rss"] == 2 and server.counts["/b.rss"] == 2  # once each run since allowed
        assert two.articles == 1 and two.grown == one.formed
        (line,) = two.reconcile.story_lines()
        assert line["outlets"] == 2 and line["shared_claims"] >= 3
        assert server.counts["/a/fire.html"] == 1 and server.counts["/b/fire.html"] == 2
    assert q(s, "SELECT status, attempts FROM feed_entries ORDER BY outlet_id") == [("article", 2), ("article", 1)]
    assert q(s, "SELECT etag FROM feeds") == [('"f1"',), ('"f1"',)]
    assert q(s, "SELECT source = url FROM discovered_articles") == [(True,), (True,)]
    history = q(s, "SELECT url, ok FROM fetches ORDER BY fetched_at")
    assert (page_b_url, False) in history and (page_b_url, True) in history


# --- the Prefect flow (one temporary API for this module) ------------------------------------


@pytest.fixture(scope="module")
def prefect_harness():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.mark.slow
def test_discovery_flow_runs_the_same_stages(prefect_harness, tmp_path, settings):
    from flows.discover_flow import discover_stories

    state = discover_stories(
        outlets=str(DISCOVERY / "outlets.toml"),
        settings=settings.replace(db_path=tmp_path / "flow.duckdb"),
        return_state=True,
    )
    assert state.is_completed()
    summary = state.result()
    assert summary.articles == 28 and len(summary.formed) == 13
    assert len(summary.reconcile.story_lines()) == 8
    assert state.message == (
        "8 stories: 8 changed, 0 unchanged, 0 failed, 0 articles skipped; "
        f"{summary.entries_new} new entries, 28 articles read"
    )
    from prefect.artifacts import Artifact

    table = Artifact.get("discovery-outlets-stories")
    rows = json.loads(table.data) if isinstance(table.data, str) else table.data
    assert sorted(r["story"] for r in rows) == sorted(ln["story_id"] for ln in summary.reconcile.story_lines())
    s = settings.replace(db_path=tmp_path / "flow.duckdb")
    assert q(s, "SELECT DISTINCT orchestrator FROM runs") == [("prefect",)]
    assert q(s, "SELECT count(*) FROM discovered_articles") == [(28,)]


def test_a_warehouse_without_the_discovery_tables_gets_them(tmp_path):
    from reconcile.discover import DISCOVERY_TABLES, ensure_tables
    from reconcile.store import ensure_schema

    db = tmp_path / "old.duckdb"
    with connect(db) as con:
        ensure_schema(con, "some-model", 4)
        for table in DISCOVERY_TABLES:
            con.execute(f"DROP TABLE {table}")
    with connect(db) as con:
        ensure_tables(con, "some-model", 4)
        names = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        comments = con.execute(
            "SELECT count(*) FROM duckdb_columns() WHERE table_name IN "
            "(SELECT unnest(?::VARCHAR[])) AND comment IS NULL",
            [list(DISCOVERY_TABLES)],
        ).fetchall()
    assert set(DISCOVERY_TABLES) <= names and comments == [(0,)]
