"""Benchmark: the Prefect flow on a local Dask cluster of 1 and 2 workers, and the single writer's share.

Usage: python bench/scale.py [--stories N] [--factors 1,4] [--workers 1,2] [--batch B]

The same synthetic corpus (bench/corpus.py; N stories, then N x 4 for the 4x run) first runs
in-process (pipeline.run_stories: no Prefect, no Dask; the reference), then through the
reconcile flow with its extraction and embedding on Dask workers (`dask_address` of a LocalCluster of
worker processes, two threads each) and its writes in this process. Before the clock starts, each
worker loads the model and one untimed flow run warms the flow and its workers; Prefect runs against
a temporary local API (prefect_test_harness), started once. Per (workers, corpus): stories/s over the
whole flow run, and the writer's share of it (the time the flow process spent writing batches, in
their transactions, over the run's wall time). Two workers on a 2-core machine cannot be twice as
fast (one worker's model already uses both cores): the figure to watch is that the second worker
costs no throughput, and how the writer's share grows with the corpus.
The last line is `scale_2_vs_1=R`: stories/s with 2 workers over 1 worker, on the largest corpus.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW", "ignore")

from bench.corpus import write_corpus  # noqa: E402


def warm_worker(model: str, backend: str) -> int:
    """Load the embedding model in a worker process (cached there for the tasks that follow), and import
    what its tasks import (the flow's module, extraction, comparison), so the clock measures work."""
    import flows.reconcile_flow  # noqa: F401
    from reconcile import compare, embed, extract  # noqa: F401

    embed.encode(["warm up the model once"], model, backend=backend)
    return os.getpid()


def run_once(folders: list[Path], settings: Any) -> tuple[float, dict[str, float], int]:
    """(wall seconds, stage seconds, stories written) of one flow run with these settings."""
    from flows.reconcile_flow import reconcile_stories

    t = time.perf_counter()
    state = reconcile_stories(paths=[str(f) for f in folders], settings=settings, return_state=True)
    wall = time.perf_counter() - t
    summary = state.result(raise_on_failure=False)
    if isinstance(summary, BaseException) or not state.is_completed():
        raise SystemExit(f"flow run failed: {state.message}")
    return wall, summary.timings, len(summary.lines)


def line(label: str, wall: float, timings: dict[str, float], done: int) -> str:
    write = timings.get("write", 0.0)
    stages = " ".join(f"{k}={v:.1f}" for k, v in timings.items())
    return (
        f"{label} stories={done} seconds={wall:.1f} stories_per_s={done / wall:.2f} writer_seconds={write:.2f} "
        f"writer_share={write / wall:.3f} (stage seconds: {stages})"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--stories", type=int, default=16, help="stories of 4 outlets in the 1x corpus")
    ap.add_argument("--factors", default="1,4", help="corpus sizes, as multiples of --stories")
    ap.add_argument(
        "--workers",
        default="0,1,2",
        help="worker counts of the local Dask cluster (0: the flow without Dask, on its own task runner)",
    )
    ap.add_argument("--batch", type=int, default=8, help="stories per batch (story_batch)")
    args = ap.parse_args()
    factors = [int(x) for x in args.factors.split(",")]
    counts = [int(x) for x in args.workers.split(",")]

    from distributed import Client, LocalCluster
    from prefect.testing.utilities import prefect_test_harness

    from reconcile.settings import Settings

    settings = Settings()
    print(
        f"machine: {os.cpu_count()} cores; load average at start {os.getloadavg()[0]:.1f}; "
        f"backend {settings.embed_backend}; story_batch {args.batch}"
    )
    rates: dict[tuple[int, int], float] = {}
    with tempfile.TemporaryDirectory() as tmp, prefect_test_harness(server_startup_timeout=180):
        root = Path(tmp)
        corpora = {f: write_corpus(root / f"corpus{f}", args.stories * f, seed=23) for f in factors}
        warmup = write_corpus(root / "warmup", 2 * max(counts), seed=5)
        from reconcile.pipeline import load_stories, run_stories

        run_stories(load_stories(warmup), settings.replace(db_path=root / "warm0.duckdb"))  # model load, imports
        for f in factors:
            t = time.perf_counter()
            summary = run_stories(
                load_stories(corpora[f]), settings.replace(db_path=root / f"w0-{f}.duckdb", story_batch=args.batch)
            )
            print(
                line(f"in-process corpus={f}x", time.perf_counter() - t, summary.timings, len(summary.lines)),
                flush=True,
            )
        for n in [c for c in counts if c == 0]:  # the flow on its own task runner, in this process
            run_once(warmup, settings.replace(db_path=root / "warm-flow.duckdb", story_batch=1))
            for f in factors:
                run = settings.replace(db_path=root / f"flow-{f}.duckdb", story_batch=args.batch)
                wall, timings, done = run_once(corpora[f], run)
                rates[(n, f)] = done / wall
                print(line(f"flow without Dask corpus={f}x", wall, timings, done), flush=True)
        for n in [c for c in counts if c > 0]:
            with LocalCluster(n_workers=n, threads_per_worker=2, processes=True, dashboard_address=None) as cluster:
                with Client(cluster) as client:
                    client.run(warm_worker, settings.model, settings.embed_backend)
                # One untimed run first: the flow's and the workers' first tasks pay one-time costs.
                run_once(
                    warmup,
                    settings.replace(
                        db_path=root / f"warm{n}.duckdb", story_batch=1, dask_address=cluster.scheduler_address
                    ),
                )
                for f in factors:
                    folders = corpora[f]
                    run = settings.replace(
                        db_path=root / f"w{n}-{f}.duckdb",
                        story_batch=args.batch,
                        dask_address=cluster.scheduler_address,
                    )
                    wall, timings, done = run_once(folders, run)
                    rates[(n, f)] = done / wall
                    print(line(f"workers={n} corpus={f}x", wall, timings, done), flush=True)
    big = max(factors)
    if 1 in counts and 2 in counts:
        print(f"scale_2_vs_1={rates[(2, big)] / rates[(1, big)]:.2f}")


if __name__ == "__main__":
    main()
