"""The Prefect flow: one task per stage, each a thin wrapper over a library call."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

# Offline hygiene and library logs in the run logs; set before prefect is imported.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_LOGGING_EXTRA_LOGGERS", "reconcile")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")

from prefect import flow, task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.runtime import flow_run  # noqa: E402

from reconcile import pipeline  # noqa: E402
from reconcile.records import StoryResult, StorySpec  # noqa: E402
from reconcile.settings import Settings  # noqa: E402


@task(name="load manifests", cache_policy=NO_CACHE)
def load_task(paths: list[str]) -> list[StorySpec]:
    return pipeline.load_stories(paths)


@task(name="extract", task_run_name="extract {spec.story_id}", cache_policy=NO_CACHE)
def extract_task(spec: StorySpec, settings: Settings) -> StoryResult:
    return pipeline.prepare_story(spec, settings)


@task(name="embed", cache_policy=NO_CACHE)
def embed_task(results: list[StoryResult], settings: Settings, stats: pipeline.EmbedStats) -> tuple[dict, dict]:
    return pipeline.embed_sentences(results, settings, stats)


@task(name="align", task_run_name="align {res.spec.story_id}", cache_policy=NO_CACHE)
def align_task(res: StoryResult, embeddings: dict, settings: Settings) -> StoryResult:
    return pipeline.reconcile_story(res, embeddings, settings)


@task(name="store", cache_policy=NO_CACHE)
def store_task(settings: Settings, run_id: str, started: Any, results: list[StoryResult],
               embeddings: dict, new: dict, failed: int) -> None:
    pipeline.store_run(settings, run_id, started, results, embeddings, new, failed, "prefect")


def _run_name() -> str:
    params = flow_run.parameters or {}
    ids = [Path(p).name for p in params.get("paths", [])]
    shown = ", ".join(ids[:3]) + (f" +{len(ids) - 3}" if len(ids) > 3 else "")
    return f"reconcile {shown}" if shown else "reconcile"


@flow(name="reconcile-stories", flow_run_name=_run_name, log_prints=False)
def reconcile_stories(paths: list[str], db: str | None = None, model: str | None = None,
                      use_cache: bool = True) -> pipeline.RunSummary:
    """Reconcile story folders into the DuckDB warehouse."""
    from datetime import datetime, timezone
    from dataclasses import replace

    settings = replace(Settings.from_env(db_path=db, model=model), use_cache=use_cache)
    run_id = str(flow_run.id or "") or None
    started = datetime.now(timezone.utc)
    specs = load_task(paths)
    pipeline.check_warehouse_model(settings)
    summary = pipeline.RunSummary(run_id=run_id or "")
    prepared = [extract_task.submit(s, settings) for s in specs]
    ok, summary.failed = pipeline.split_usable([f.result() for f in prepared])
    embeddings, new = embed_task(ok, settings, summary.embed)
    aligned = [align_task.submit(r, embeddings, settings) for r in ok]
    summary.results = [f.result() for f in aligned]
    store_task(settings, summary.run_id, started, summary.results, embeddings, new, len(summary.failed))
    return summary


def run_flow(specs: list[StorySpec], settings: Settings) -> pipeline.RunSummary:
    """Entry point for the CLI: run the flow over already-validated story specs."""
    paths = [str(s.manifest or s.folder) for s in specs]
    return reconcile_stories(paths, db=str(settings.db_path), model=settings.model, use_cache=settings.use_cache)
