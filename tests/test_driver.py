"""One driver for the in-process run and the Prefect flow: the same fixtures give the same rows."""

from __future__ import annotations

import re
import shutil

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
    # Batch k+1 is extracted while the model embeds batch k, and batch k is written while it embeds
    # batch k+1: its write is handed over after batch k+2 is read, before batch k+1 is reconciled.
    assert stages.stages == [
        "extract",
        "extract",
        "reconcile",
        "extract",
        "write",
        "reconcile",
        "write",
        "reconcile",
        "write",
    ]
    assert written == [[s.story_id for s in specs[lo : lo + 2]] for lo in (0, 2, 4)]
    assert [ln["story_id"] for ln in summary.lines] == [s.story_id for s in specs]
    with connect(db.db_path, read_only=True) as con:
        assert con.execute("SELECT status, stories_ok FROM runs").fetchall() == [("completed", 5)]


def _copies(tmp_path, n):
    """n stories of the same pages (one fixture story's folder under n ids)."""
    src = STORIES[0]
    folders = []
    for i in range(n):
        f = tmp_path / f"copy-{i}"
        shutil.copytree(src, f)
        toml = (f / "story.toml").read_text(encoding="utf-8")
        (f / "story.toml").write_text(re.sub(r'(?m)^id = ".*"$', f'id = "copy-{i}"', toml, count=1), encoding="utf-8")
        folders.append(f)
    return load_stories(folders)


def test_a_batch_finds_the_vectors_of_the_batch_still_being_written(tmp_path, db):
    """Batch 2 is looked up while batch 1 is written: the texts batch 1 encoded are not encoded again,
    as when batch 1 was written first, and the warehouse caches each text once."""
    specs = _copies(tmp_path, 3)
    summary = run_batches(StorySource(specs), db.replace(story_batch=1))
    assert not summary.failed and len(summary.lines) == 3
    texts = summary.embed.unique_texts // 3
    assert texts > 20
    assert (summary.embed.encoded, summary.embed.from_cache) == (texts, 2 * texts)
    with connect(db.db_path, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM embedding_cache").fetchone() == (texts,)


class FailingWrite(InProcess):
    """The in-process stages, the write of the second batch failing (as a full disk would)."""

    def __init__(self) -> None:
        super().__init__()
        self.writes = 0

    def submit(self, stage, fn, *args):
        if stage == "write":
            self.writes += 1
            if self.writes == 2:

                def fail(*a):
                    raise OSError("No space left on device")

                return super().submit(stage, fail, *args)
        return super().submit(stage, fn, *args)


def test_a_failing_write_stops_the_run_and_keeps_the_batches_written_before(db):
    specs = load_stories(STORIES[:5])
    stages = FailingWrite()
    written: list[list[str]] = []
    with pytest.raises(OSError, match="No space left"):
        run_batches(
            StorySource(specs),
            db.replace(story_batch=2),
            stages=stages,
            on_written=lambda ok, failed: written.append([r.spec.story_id for r in ok]),
        )
    stages.close()
    assert stages.writes == 2  # the third batch is not written after the second failed
    assert written == [[s.story_id for s in specs[:2]]]
    with connect(db.db_path, read_only=True) as con:
        stored = [r[0] for r in con.execute("SELECT story_id FROM stories ORDER BY story_id").fetchall()]
    assert stored == sorted(s.story_id for s in specs[:2])


class FailingReconcile(InProcess):
    """The in-process stages, the reconcile stage of the second batch failing."""

    def __init__(self) -> None:
        super().__init__()
        self.reconciles = 0

    def submit(self, stage, fn, *args):
        if stage == "reconcile":
            self.reconciles += 1
            if self.reconciles == 2:
                raise MemoryError("the model ran out of memory")
        return super().submit(stage, fn, *args)


def test_a_batch_reconciled_before_a_failure_is_still_written(db):
    specs = load_stories(STORIES[:4])
    stages = FailingReconcile()
    with pytest.raises(MemoryError):
        run_batches(StorySource(specs), db.replace(story_batch=2), stages=stages)
    stages.close()
    with connect(db.db_path, read_only=True) as con:
        stored = [r[0] for r in con.execute("SELECT story_id FROM stories ORDER BY story_id").fetchall()]
    assert stored == sorted(s.story_id for s in specs[:2])


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


def test_stories_are_aligned_on_a_thread_group_by_group_while_the_next_group_embeds(monkeypatch, db):
    """With groups of one story, each story is encoded by a call of its own and aligned on the
    alignment thread; every text is encoded once, progress counts up to the batch's unique texts,
    and each story comes back aligned."""
    from reconcile import driver, embed, pipeline

    monkeypatch.setattr(driver, "EMBED_GROUP", 1)
    calls: list[int] = []
    threads: set[str] = set()
    encode, align = embed.encode, pipeline.reconcile_story

    def counting_encode(texts, *a, **k):
        calls.append(len(texts))
        return encode(texts, *a, **k)

    def noting_align(res, *a, **k):
        import threading

        threads.add(threading.current_thread().name.split("_")[0])
        return align(res, *a, **k)

    monkeypatch.setattr(embed, "encode", counting_encode)
    monkeypatch.setattr(pipeline, "reconcile_story", noting_align)
    specs = load_stories(STORIES[:3])
    seen: list[tuple[int, int]] = []
    summary = run_batches(
        StorySource(specs),
        db.replace(story_batch=3),
        progress=lambda stage, i, n: seen.append((i, n)) if stage == "sentences" else None,
    )
    assert len(calls) == 3 and sum(calls) == summary.embed.encoded == summary.embed.unique_texts
    assert threads == {"reconcile-align"}
    assert [i for i, _ in seen] == sorted(i for i, _ in seen) and seen[-1] == (sum(calls), sum(calls))
    assert all(ln["claims"] > 0 for ln in summary.lines), summary.lines
