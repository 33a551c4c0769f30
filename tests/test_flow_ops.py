"""Prefect operations under the session's test harness: retried fetch tasks, a Partial end state,
artifacts read back through the client, and the schedule `reconcile serve` registers.

The serve test starts the real `reconcile serve WATCHLIST` in a subprocess pointed at the harness's
API, waits for its deployment to appear through the client, checks the schedule and stops it with
SIGINT: that exercises the command users run (validation, parameters, module entrypoint) rather
than a stand-in, and costs a few seconds.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import signal
import subprocess
import sys
import time

import pytest
from conftest import ROOT
from local_server import HARBOUR_A, HARBOUR_B, PageServer, article_html, fail_then

from reconcile.store import connect

pytestmark = pytest.mark.slow


async def _artifacts(flow_run_id: str) -> dict[str, object]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    async with get_client() as client:
        arts = await client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id]))
        )
    return {a.key: a for a in arts}


async def _log_lines(flow_run_id: str) -> list[tuple[str, str]]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import LogFilter, LogFilterFlowRunId

    async with get_client() as client:
        logs = await client.read_logs(log_filter=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[flow_run_id])))
    return [(lg.name, lg.message) for lg in logs]


async def _log_records(flow_run_id: str) -> list[tuple[str, int, str]]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import LogFilter, LogFilterFlowRunId

    async with get_client() as client:
        logs = await client.read_logs(log_filter=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[flow_run_id])))
    return [(lg.name, lg.level, lg.message) for lg in logs]


async def _flow_run(flow_run_id: str):
    from prefect.client.orchestration import get_client

    async with get_client() as client:
        return await client.read_flow_run(flow_run_id)


def test_flow_fetches_with_retries_ends_partial_and_publishes_artifacts(prefect_harness, tmp_path, settings):
    from flows.reconcile_flow import reconcile_stories

    empty = tmp_path / "empty-story"
    empty.mkdir()
    (empty / "wire.txt").write_text("", encoding="utf-8")
    db = tmp_path / "flow.duckdb"
    with PageServer() as s:
        s.page("/gazette", article_html("Fire at the northern harbour", HARBOUR_A, site="Harbour Gazette"))
        s.route("/port-daily", fail_then(article_html("Harbour blaze", HARBOUR_B, site="Port Daily"), failures=1))
        urls = [s.url("/gazette"), s.url("/port-daily"), s.url("/gone")]
        state = reconcile_stories(
            paths=[str(empty)],
            url_stories=[{"id": "harbour-fire", "urls": urls}],
            settings=settings.replace(db_path=db, allow_hosts=(s.host,), fetch_backoff=0.01),
            return_state=True,
        )
        counts = dict(s.counts)

    # Retried by Prefect on the 500, never on the 404.
    assert counts == {"/gazette": 1, "/port-daily": 2, "/gone": 1}
    assert state.is_completed() and state.name == "Partial"
    assert state.message.startswith(
        "2 stories: 1 changed, 0 unchanged, 1 failed, 1 article skipped; "
        "not reconciled: empty-story (no usable article ("
    )
    assert state.message.endswith(f"; harbour-fire: 1 article skipped ({urls[2]}: fetch failed: HTTP 404 Not Found)")
    summary = state.result()
    assert [ln["story_id"] for ln in summary.lines] == ["harbour-fire"]

    # Library logs (PREFECT_LOGGING_EXTRA_LOGGERS=reconcile) are in the run's logs.
    from prefect.logging.handlers import APILogHandler

    APILogHandler().flush()
    logs = asyncio.run(_log_lines(summary.run_id))
    assert ("reconcile.pipeline", f"{urls[2]}: fetch failed: HTTP 404 Not Found") in logs
    # An expected fetch failure is one WARNING line, no task failure with a traceback; one INFO line per story.
    records = asyncio.run(_log_records(summary.run_id))
    about_gone = [
        (name, level) for name, level, msg in records if "/gone" in msg and not msg.startswith("Finished in state")
    ]
    assert about_gone == [("reconcile.pipeline", logging.WARNING)], records
    assert not [r for r in records if "Traceback" in r[2]]
    fig = summary.story_lines()[0]
    assert [msg for name, level, msg in records if level == logging.INFO and msg.startswith("story ")] == [
        f"story harbour-fire: 2 outlets, {fig['sentences']} sentences, {fig['claims']} claims, "
        f"{fig['shared_claims']} shared, {fig['discrepancies']} conflicts, 1 article(s) skipped"
    ]
    assert (
        "reconcile.pipeline",
        logging.WARNING,
        "story empty-story: not reconciled: " + summary.failed[0][1],
    ) in records

    # The run summary: one row per story, as markdown and as a table, read back by key.
    from prefect.artifacts import Artifact

    md = Artifact.get("reconcile-run-summary")
    assert md.type == "markdown" and md.flow_run_id == state.state_details.flow_run_id
    line = summary.story_lines()[0]
    assert (
        f"| harbour-fire | changed | 2 | {line['claims']} | {line['shared_claims']} | {line['discrepancies']} "
        "| 1 | first run |  |"
    ) in md.data.splitlines()
    assert "| empty-story | failed | 0 | 0 | 0 | 0 | 0 |  |  |" in md.data.splitlines()
    table = Artifact.get("reconcile-run-summary-table")
    rows = json.loads(table.data) if isinstance(table.data, str) else table.data
    assert [(r["story"], r["status"]) for r in rows] == [("harbour-fire", "changed"), ("empty-story", "failed")]

    fr = asyncio.run(_flow_run(summary.run_id))
    assert "harbour-fire" in fr.name and "empty-story" in fr.name
    with connect(db, read_only=True) as con:
        fetched = con.execute("SELECT url, ok, status, attempts FROM fetches ORDER BY url").fetchall()
        run = con.execute("SELECT run_id, status, orchestrator FROM runs").fetchall()
    assert fetched == [(urls[0], True, 200, 1), (urls[2], False, 404, 1), (urls[1], True, 200, 2)]
    assert run == [(summary.run_id, "partial", "prefect")]

    arts = asyncio.run(_artifacts(summary.run_id))
    assert {"harbour-fire-claims", "harbour-fire-discrepancies", "empty-story-claims"} <= set(arts)
    md = arts["harbour-fire-claims"]
    assert md.type == "markdown"
    assert "| Harbour Gazette | Port Daily |" in md.data and "✓" in md.data
    assert f"- {urls[2]}: fetch failed: HTTP 404 Not Found" in md.data
    table = arts["harbour-fire-discrepancies"]
    assert table.type == "table"
    data = json.loads(table.data) if isinstance(table.data, str) else table.data
    assert isinstance(data, (list, dict))
    assert "Not reconciled" in arts["empty-story-claims"].data


def test_serve_registers_the_watchlist_schedule(prefect_harness, tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL

    story = ROOT / "fixtures"
    wl = tmp_path / "watch.toml"
    stories = sorted(p.parent for p in story.glob("*/story.toml"))[:1]
    wl.write_text(
        'name = "harbour-watch"\n[schedule]\ncron = "0 3 * * *"\ntimezone = "Europe/London"\n'
        + "".join(f'[[stories]]\npath = "{p}"\n' for p in stories)
        + '[[stories]]\nid = "harbour-fire"\nurls = ["https://news.example/fire"]\n',
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "PREFECT_API_URL": PREFECT_API_URL.value(),
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
    }
    log = (tmp_path / "serve.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "reconcile", "serve", str(wl), "--db", str(tmp_path / "w.duckdb")],
        cwd=tmp_path,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )

    async def find():
        async with get_client() as client:
            try:
                return await client.read_deployment_by_name("reconcile-stories/harbour-watch")
            except Exception:  # not there yet
                return None

    try:
        deadline = time.monotonic() + 120
        dep = None
        while dep is None and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.5)
            dep = asyncio.run(find())
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
        log.close()
    assert dep is not None, (tmp_path / "serve.log").read_text()[-3000:]
    (sched,) = dep.schedules
    assert sched.schedule.cron == "0 3 * * *" and sched.schedule.timezone == "Europe/London"
    assert dep.entrypoint == "flows.reconcile_flow.reconcile_stories"
    assert dep.parameters["url_stories"] == [{"id": "harbour-fire", "urls": ["https://news.example/fire"]}]
    assert dep.parameters["paths"] == [str(p) for p in stories]
    assert dep.parameters["settings"]["db_path"] == str(tmp_path / "w.duckdb")
