"""The flow's heavy stages on a real local Dask cluster (worker processes, no mocks).

A killed worker: Dask runs its task again on the other worker (or the flow submits the batch again),
and since only the flow process writes, one batch at a time in one transaction, no story is ever
half-written. Both tests compare every story row with an in-process run of the same stories.
"""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest
from conftest import STORIES, run_cli
from rows import story_rows

from reconcile.pipeline import load_stories, run_stories
from reconcile.store import connect


def _same_rows(a, b) -> None:
    here, there = story_rows(a), story_rows(b)
    assert here["claims"] and here["sentences"]
    for table in here:
        assert there[table] == here[table], table


@pytest.mark.slow
def test_a_two_worker_cluster_writes_the_rows_of_an_in_process_run(prefect_harness, tmp_path, settings):
    from flows.reconcile_flow import reconcile_stories

    here = settings.replace(db_path=tmp_path / "here.duckdb", story_batch=3)
    run_stories(load_stories(STORIES), here)
    on_dask = here.replace(db_path=tmp_path / "dask.duckdb", dask_workers=2)
    state = reconcile_stories(paths=[str(p) for p in STORIES], settings=on_dask, return_state=True)
    assert state.is_completed() and state.name == "Completed", state.message
    assert state.message.startswith(f"{len(STORIES)} stories: {len(STORIES)} changed, 0 unchanged, 0 failed")
    _same_rows(here.db_path, tmp_path / "dask.duckdb")


def _kill_a_busy_worker(address: str, pids: dict[str, int], stop: threading.Event, killed: list[str]) -> None:
    """Kill (SIGKILL) the first worker seen embedding a batch (the reconcile stage), once."""
    from distributed import Client

    with Client(address, timeout=60) as client:
        while not stop.is_set():
            busy = [
                w
                for w, keys in client.processing().items()
                if w in pids and any("reconcile_batch" in str(k) for k in keys)
            ]
            if busy:
                os.kill(pids[busy[0]], signal.SIGKILL)
                killed.append(busy[0])
                return
            time.sleep(0.02)


@pytest.mark.slow
def test_a_killed_worker_costs_a_retry_never_a_story(prefect_harness, tmp_path, settings):
    from distributed import Client, LocalCluster

    from flows.reconcile_flow import reconcile_stories

    stories = STORIES[:4]
    here = settings.replace(db_path=tmp_path / "here.duckdb", story_batch=1)
    run_stories(load_stories(stories), here)
    with LocalCluster(n_workers=2, threads_per_worker=2, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            pids = client.run(os.getpid)
        stop, killed = threading.Event(), []
        killer = threading.Thread(target=_kill_a_busy_worker, args=(cluster.scheduler_address, pids, stop, killed))
        killer.start()
        try:
            on_dask = here.replace(db_path=tmp_path / "dask.duckdb", dask_address=cluster.scheduler_address)
            state = reconcile_stories(paths=[str(p) for p in stories], settings=on_dask, return_state=True)
        finally:
            stop.set()
            killer.join(60)
    assert killed, "no worker was busy long enough to be killed"
    assert state.is_completed() and state.name == "Completed", state.message
    with connect(tmp_path / "dask.duckdb", read_only=True) as con:
        assert con.execute("SELECT status, stories_ok, stories_failed FROM runs").fetchall() == [("completed", 4, 0)]
    _same_rows(here.db_path, tmp_path / "dask.duckdb")


@pytest.mark.parametrize(
    ("option", "message"),
    [
        (["--workers", "0"], "--workers must be at least 1"),
        (
            ["--dask-address", "10.0.0.5"],
            "--dask-address '10.0.0.5': not a Dask scheduler address such as tcp://host:8786",
        ),
    ],
)
def test_a_bad_cluster_option_is_a_usage_error(tmp_path, option, message):
    r = run_cli("run", str(STORIES[0]), "--db", str(tmp_path / "w.duckdb"), *option)
    assert r.returncode == 2 and r.stderr.strip() == f"reconcile: error: {message}"
