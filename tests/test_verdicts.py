"""Verdicts through the real CLI on a fixture story: a dismissed conflict leaves the views, the report
and the run summary and stays dismissed after a re-run that renumbers ids; a confirmed one is marked;
bad ids are one-line usage errors."""

import json
import shutil

import pytest
from conftest import FIXTURES, run_cli

from reconcile.store import connect

NEW_PARAGRAPH = (
    '<p class="dcr-16w5gq9">Rescue teams from three provinces worked through the night at the '
    "entrance of the San Isidro mine, where families waited for news.</p>\n"
)


def differences(digest):
    """The digest's 'Where they differ' section."""
    return digest.split("## Where they differ")[1].split("## ")[0]


def rows(db, sql, params=()):
    with connect(db, read_only=True) as con:
        return con.execute(sql, list(params)).fetchall()


@pytest.fixture(scope="module")
def judged(tmp_path_factory):
    """mine-rescue reconciled, its entity conflicts dismissed and one number conflict confirmed. The Guardian's
    'Hernán Quintana' conflicts with Reuters' and the Associated Press's 'Hernán Quintero': two rows of one
    disagreement, each dismissed."""
    tmp = tmp_path_factory.mktemp("verdicts")
    story = tmp / "mine-rescue"
    shutil.copytree(FIXTURES / "mine-rescue", story, ignore=shutil.ignore_patterns("expected", "truth.toml"))
    db = tmp / "w.duckdb"
    first = run_cli("run", str(story), "--db", str(db))
    assert first.returncode == 0, first.stderr
    entities = rows(
        db,
        "SELECT discrepancy_id, verdict_key, 'Reuters' IN (outlet_a, outlet_b) FROM v_discrepancies_all "
        "WHERE kind = 'entity' AND reported ORDER BY 3 DESC",
    )
    assert len(entities) == 2 and entities[0][2], entities
    entity = entities[0][:2]
    (number,) = rows(
        db,
        "SELECT discrepancy_id FROM v_discrepancies WHERE kind = 'number' "
        "AND 'Reuters' IN (outlet_a, outlet_b) AND 'Associated Press' IN (outlet_a, outlet_b)",
    )
    dismissed, other = (
        run_cli(
            "verdict",
            e[0],
            "not-a-conflict",
            "--note",
            "same man, two spellings in use",
            "--by",
            "desk-editor",
            "--db",
            str(db),
        )
        for e in entities
    )
    assert other.returncode == 0, other.stderr
    confirmed = run_cli(
        "verdict", number[0], "confirmed", "--db", str(db), "--json", env={"RECONCILE_USER": "fact-checker"}
    )
    return {
        "db": db,
        "story": story,
        "first": first,
        "entity": entity,
        "entity_keys": sorted(e[1] for e in entities),
        "number": number[0],
        "dismissed": dismissed,
        "confirmed": confirmed,
    }


def test_a_dismissed_conflict_leaves_the_views_and_the_report(judged):
    db, (did, key) = judged["db"], judged["entity"]
    assert judged["dismissed"].returncode == 0, judged["dismissed"].stderr
    assert f"discrepancy {did} of story mine-rescue (entity: " in judged["dismissed"].stdout
    assert "not-a-conflict by desk-editor; hidden from v_discrepancies" in judged["dismissed"].stdout
    assert rows(db, "SELECT count(*) FROM v_discrepancies WHERE discrepancy_id = ?", [did]) == [(0,)]
    assert sorted(rows(db, "SELECT verdict_key, verdict_note, verdict_by FROM v_dismissed_discrepancies")) == [
        (k, "same man, two spellings in use", "desk-editor") for k in judged["entity_keys"]
    ]
    assert key in judged["entity_keys"]
    digest = run_cli("report", "mine-rescue", "--db", str(db))
    assert digest.returncode == 0 and "Quintana" not in differences(digest.stdout)


def test_a_confirmed_conflict_is_marked(judged):
    db = judged["db"]
    out = json.loads(judged["confirmed"].stdout)
    assert out["verdict"] == "confirmed" and out["by"] == "fact-checker" and out["target"] == "discrepancy"
    assert rows(db, "SELECT discrepancy_id FROM v_discrepancies WHERE confirmed") == [(judged["number"],)]
    digest = run_cli("report", "mine-rescue", "--db", str(db)).stdout
    assert "A reviewer confirmed this conflict." in digest
    html = judged["story"].parent / "mine.html"
    assert run_cli("report", "mine-rescue", "--db", str(db), "--html", str(html)).returncode == 0
    page = html.read_text(encoding="utf-8")
    assert "(confirmed)" in page and "Quintana (The Guardian)" not in page


def test_verdicts_survive_a_rerun_that_renumbers_ids(judged):
    db, story, (old_id, key) = judged["db"], judged["story"], judged["entity"]
    page = story / "guardian.html"
    html = page.read_text(encoding="utf-8")
    anchor = '<p class="dcr-16w5gq9">Twelve miners'
    page.write_text(html.replace(anchor, NEW_PARAGRAPH + anchor, 1), encoding="utf-8")
    rerun = run_cli("run", str(story), "--db", str(db))
    assert rerun.returncode == 0, rerun.stderr
    # The Guardian's sentences moved down one place: new sentence and discrepancy ids, same content key.
    assert rows(db, "SELECT count(*) FROM v_discrepancies_all WHERE discrepancy_id = ?", [old_id]) == [(0,)]
    (new_id,) = rows(db, "SELECT discrepancy_id FROM v_dismissed_discrepancies WHERE verdict_key = ?", [key])
    assert new_id[0] != old_id
    assert rows(db, "SELECT count(*) FROM v_discrepancies WHERE kind = 'entity'") == [(0,)]
    assert rows(db, "SELECT count(*) FROM v_discrepancies WHERE confirmed") == [(1,)]
    # the run's table counts the conflicts the views show (5 found, 2 dismissed)
    line = next(ln for ln in rerun.stdout.splitlines() if ln.startswith("mine-rescue"))
    assert line.split()[-1] == "3", rerun.stdout
    digest = run_cli("report", "mine-rescue", "--db", str(db)).stdout
    assert "Quintana" not in differences(digest)
    # its new id is no 'new conflict' among the changes since the previous run
    assert not any(ln.startswith("- New conflict: entity") for ln in digest.splitlines()), digest


@pytest.mark.parametrize(
    "args, message",
    [
        (
            ("no-such-id", "confirmed"),
            "reconcile: error: 'no-such-id' is no discrepancy_id (v_discrepancies) or claim_id (v_claims) of ",
        ),
        (("{claim}", "confirmed"), "is a claim: its verdict is split or same-claim, not 'confirmed'"),
        (("{number}", "split"), "is a discrepancy: its verdict is not-a-conflict or confirmed, not 'split'"),
    ],
)
def test_a_bad_id_or_verdict_is_a_one_line_usage_error(judged, args, message):
    db = judged["db"]
    (claim,) = rows(db, "SELECT claim_id FROM v_claims ORDER BY claim_id LIMIT 1")
    item = args[0].format(claim=claim[0], number=judged["number"])
    r = run_cli("verdict", item, args[1], "--db", str(db))
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.count("\n") == 1 and message in r.stderr, r.stderr


def test_a_claim_verdict_is_stored_under_its_content(judged):
    db = judged["db"]
    (claim,) = rows(db, "SELECT claim_id FROM v_claims WHERE n_outlets >= 2 ORDER BY position LIMIT 1")
    r = run_cli("verdict", claim[0], "split", "--note", "two different shifts", "--db", str(db))
    assert r.returncode == 0, r.stderr
    assert rows(db, "SELECT verdict, verdict_note FROM v_claims WHERE claim_id = ?", [claim[0]]) == [
        ("split", "two different shifts")
    ]
    assert rows(db, "SELECT target, story_id FROM verdicts WHERE item_id = ?", [claim[0]]) == [("claim", "mine-rescue")]


def test_calibration_reads_the_verdicts_as_labels(judged, settings):
    from reconcile.evaluate import calibrate_gates, verdict_labels

    (story,) = verdict_labels(judged["db"], settings)
    assert story.story_id == "mine-rescue"
    assert sorted((kind, ok) for kind, _, _, _, ok in story.judged) == [
        ("entity", False),
        ("entity", False),
        ("number", True),
    ]
    # Labelled only by the verdicts: the confirmed number conflict passes its gate, F1 1 on its own.
    gates, floors, _ = calibrate_gates([], {}, [], settings, [story])
    (_, a, b, conf, _) = next(j for j in story.judged if j[0] == "number")
    assert floors["number"] <= conf


@pytest.mark.slow
def test_a_verdict_hides_a_conflict_from_the_next_flow_runs_report(prefect_harness, tmp_path, settings):
    """The same under the Prefect flow: the re-run's summary, written report and digest leave it out."""
    from flows.reconcile_flow import reconcile_stories
    from reconcile.store import record_verdict

    story = tmp_path / "mine-rescue"
    shutil.copytree(FIXTURES / "mine-rescue", story, ignore=shutil.ignore_patterns("expected", "truth.toml"))
    db, reports = tmp_path / "flow.duckdb", tmp_path / "reports"
    s = settings.replace(db_path=db)
    first = reconcile_stories(paths=[str(story)], settings=s, reports=str(reports), return_state=True).result()
    assert first.story_lines()[0]["discrepancies"] == 5
    assert "Quintana" in differences((reports / "mine-rescue.md").read_text(encoding="utf-8"))
    entities = rows(db, "SELECT discrepancy_id FROM v_discrepancies WHERE kind = 'entity'")
    assert len(entities) == 2
    for (entity,) in entities:
        record_verdict(db, entity, "not-a-conflict", by="flow-test")
    page = story / "guardian.html"
    anchor = '<p class="dcr-16w5gq9">Twelve miners'
    page.write_text(page.read_text(encoding="utf-8").replace(anchor, NEW_PARAGRAPH + anchor, 1), encoding="utf-8")
    again = reconcile_stories(paths=[str(story)], settings=s, reports=str(reports), return_state=True)
    assert again.is_completed()
    line = again.result().story_lines()[0]
    assert line["discrepancies"] == 3 and not line.get("unchanged")
    assert "Quintana" not in differences((reports / "mine-rescue.md").read_text(encoding="utf-8"))
    assert rows(db, "SELECT verdict_by FROM v_dismissed_discrepancies") == [("flow-test",), ("flow-test",)]
