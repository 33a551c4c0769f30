"""One driver for the in-process run and the Prefect flow: the same fixtures give the same rows."""

from __future__ import annotations

import pytest
from conftest import STORIES
from rows import story_rows

from reconcile.driver import InProcess, StorySource, run_batches
from reconcile.pipeline import load_stories, run_stories
from reconcile.store import connect


class Recording(InProcess):
    """The in-process stages, noting which stage ran and how many batches were held at once."""

    def __init__(self) -> None:
        super().__init__()
        self.stages: list[str] = []

    def submit(self, stage, fn, *args):
        self.stages.append(stage)
        return super().submit(stage, fn, *args)


def test_batches_are_extracted_ahead_and_written_in_order(db):
    specs = load_stories(STORIES[:5])
    stages = Recording()
    written: list[list[str]] = []
    summary = run_batches(
        StorySource(specs),
        db.replace(story_batch=2),
        stages=stages,
        on_written=lambda ok, failed: written.append([r.spec.story_id for r in ok]),
    )
    stages.close()
    # Batch k+1 is extracted before batch k is written (the next batch is read while the model embeds).
    assert stages.stages == [
        "extract",
        "extract",
        "reconcile",
        "write",
        "extract",
        "reconcile",
        "write",
        "reconcile",
        "write",
    ]
    assert written == [[s.story_id for s in specs[lo : lo + 2]] for lo in (0, 2, 4)]
    assert [ln["story_id"] for ln in summary.lines] == [s.story_id for s in specs]
    with connect(db.db_path, read_only=True) as con:
        assert con.execute("SELECT status, stories_ok FROM runs").fetchall() == [("completed", 5)]


@pytest.mark.slow
def test_flow_and_in_process_runs_write_the_same_rows(prefect_harness, tmp_path, settings):
    from flows.reconcile_flow import reconcile_stories

    here = settings.replace(db_path=tmp_path / "here.duckdb", story_batch=3)
    summary = run_stories(load_stories(STORIES), here)
    assert not summary.failed and len(summary.lines) == len(STORIES)
    state = reconcile_stories(
        paths=[str(p) for p in STORIES], settings=here.replace(db_path=tmp_path / "flow.duckdb"), return_state=True
    )
    assert state.is_completed(), state.message
    flow_rows, here_rows = story_rows(tmp_path / "flow.duckdb"), story_rows(here.db_path)
    assert flow_rows["claims"] and flow_rows["discrepancies"]
    for table in here_rows:
        assert flow_rows[table] == here_rows[table], table
    with connect(tmp_path / "flow.duckdb", read_only=True) as con:
        assert con.execute("SELECT orchestrator, status, stories_ok FROM runs").fetchall() == [
            ("prefect", "completed", len(STORIES))
        ]
