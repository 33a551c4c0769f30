"""The Prefect flow under Prefect's test harness (one temporary API per session)."""

import pytest
from conftest import STORIES

from reconcile.sources import load_story
from reconcile.store import connect


@pytest.mark.slow
def test_flow_reconciles_and_names_the_run(prefect_harness, tmp_path, settings):
    from prefect.client.orchestration import get_client

    from flows.reconcile_flow import reconcile_stories

    story = STORIES[0]
    db = tmp_path / "flow.duckdb"
    reports = tmp_path / "reports"
    state = reconcile_stories(
        paths=[str(story)], settings=settings.replace(db_path=db), reports=str(reports), return_state=True
    )
    assert state.is_completed() and state.name == "Completed"
    assert state.message == "1 story: 1 changed, 0 unchanged, 0 failed, 0 articles skipped"
    summary = state.result()
    assert summary.lines and not summary.unchanged and not summary.failed
    with connect(db, read_only=True) as con:
        run = con.execute("SELECT run_id, orchestrator, status FROM runs").fetchall()
        n_claims = con.execute("SELECT count(*) FROM claims").fetchone()[0]
    assert run[0][1] == "prefect" and run[0][0] == summary.run_id
    assert n_claims > 0
    from prefect.artifacts import Artifact

    html = reports / f"{load_story(story).story_id}.html"
    assert html.is_file() and (reports / f"{load_story(story).story_id}.md").is_file()
    assert Artifact.get("reconcile-run-summary").data.splitlines()[-1].endswith(f" | {html} |")

    import asyncio

    async def flow_run_name():
        async with get_client() as client:
            fr = await client.read_flow_run(summary.run_id)
            return fr.name

    assert story.name in asyncio.run(flow_run_name())

    async def task_run_names():
        from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

        async with get_client() as client:
            runs = await client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[summary.run_id])))
            return {r.name for r in runs}

    # the stage tasks are named by the stories of their batch, not by a random suffix
    names = asyncio.run(task_run_names())
    sid = load_story(story).story_id
    assert {f"extract {sid}", f"reconcile {sid}", f"publish {sid}"} <= names, names

    # A second run over unchanged pages does not redo the story, and says so.
    again = reconcile_stories(paths=[str(story)], settings=settings.replace(db_path=db), return_state=True)
    assert again.is_completed()
    second = again.result()
    assert second.unchanged == [load_story(story).story_id] and len(second.lines) == 1
    assert second.story_lines()[0]["unchanged"] is True
    # ... in its final state message and in the run summary artifacts.
    from prefect.artifacts import Artifact

    sid = load_story(story).story_id
    assert again.message == "1 story: 0 changed, 1 unchanged, 0 failed, 0 articles skipped"
    md = Artifact.get("reconcile-run-summary")
    assert md.flow_run_id == again.state_details.flow_run_id
    assert md.data.splitlines()[2].endswith(" · 1 story: 0 changed, 1 unchanged, 0 failed, 0 articles skipped")
    assert any(
        ln.startswith(f"| {sid} | unchanged | ") and ln.endswith(" | none (unchanged) |  |")
        for ln in md.data.splitlines()
    )
    with connect(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM runs").fetchone()[0] == 2
        assert con.execute("SELECT count(*) FROM claims").fetchone()[0] == n_claims
