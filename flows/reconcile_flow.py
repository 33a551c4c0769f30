"""The Prefect flow: the library's batch driver with its stages as Prefect tasks (flows/tasks.py).

Fetching is one task per URL, retried by Prefect (timeouts, dropped connections, 5xx, 429; never
another 4xx or a refused address). Each batch of stories is extracted, then embedded, aligned and compared,
by tasks on the flow's task runner, or on Dask workers (`workers` for a local cluster, `dask_address`
for a running one), then written by the flow process. Each story publishes a markdown artifact
(claims by outlets) and a table artifact (its discrepancies) under keys derived from its id, so the
UI keeps their history. A run that left out an article or a story ends Completed with the name
"Partial" and a message naming what was left out; a run that reconciled no story ends Failed.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run
from prefect.states import Completed, Failed

from flows.alerts import new_conflicts_task
from flows.tasks import PrefectStages, publisher, summary_task, task_runner  # sets the environment first
from reconcile import driver, fetch, monitor, pipeline
from reconcile.records import StorySpec
from reconcile.settings import Settings

log = logging.getLogger("reconcile.pipeline")  # the line pipeline.log_story_lines wrote, marked for the CLI


@task(name="load manifests", cache_policy=NO_CACHE)
def load_task(paths: list[str]) -> list[StorySpec]:
    return pipeline.load_stories(paths)


@task(name="write reports", cache_policy=NO_CACHE)
def reports_task(settings: Settings, story_ids: list[str], out_dir: str) -> dict[str, str]:
    return pipeline.write_reports(settings, story_ids, Path(out_dir))


def _story_name(path: str) -> str:
    p = Path(path)
    return p.parent.name if p.name == "story.toml" else (p.stem if p.suffix == ".toml" else p.name)


def _run_name() -> str:
    params = flow_run.parameters or {}
    ids = [_story_name(p) for p in params.get("paths") or []]
    ids += [str(s.get("id", "")) for s in params.get("url_stories") or []]
    shown = ", ".join(ids[:3]) + (f" +{len(ids) - 3}" if len(ids) > 3 else "")
    return f"reconcile {shown}" if shown else "reconcile"


@flow(name="reconcile-stories", flow_run_name=_run_name, log_prints=False)
def reconcile_stories(
    paths: list[str] | None = None,
    url_stories: list[dict[str, Any]] | None = None,
    settings: Settings | None = None,
    reports: str | None = None,
) -> Any:
    """Reconcile story folders, and stories made of URLs ({"id": ..., "urls": [...]}), into the warehouse.

    `settings` is the whole settings object (a deployment stores it as JSON); without it, the flow
    builds one with Settings.from_env (the run's config file and RECONCILE_* variables). With
    `reports` (a folder), each reconciled story's HTML report and Markdown digest are written there and
    the run summary gives their paths. With settings.dask_workers (a local Dask cluster of that many
    processes) or settings.dask_address (a running scheduler), extraction and embedding run on Dask workers.
    """
    settings = settings if settings is not None else Settings.from_env()
    run_id = str(flow_run.id or "")
    specs = load_task(list(paths or [])) if paths else []
    specs += [fetch.url_story(s["id"], list(s["urls"])) for s in url_stories or []]
    with task_runner(settings) as runner:
        summary = driver.run_batches(
            driver.StorySource(specs), settings, run_id, PrefectStages(runner), "prefect", on_written=publisher(run_id)
        )
    for story_id, reason in summary.failed:  # for the run's Prefect logs; `reconcile run` prints its own error line
        log.warning("story %s: not reconciled: %s", story_id, reason, extra={"reported_by_caller": True})
    lines = summary.story_lines()
    written = [ln for ln in lines if not ln.get("unchanged")]
    if written:  # the event `reconcile alerts` automations watch (flows/alerts.py)
        new_conflicts_task(settings, run_id, [str(ln["story_id"]) for ln in written if ln.get("changes") is None])
    reports_at = reports_task(settings, [str(ln["story_id"]) for ln in lines], reports) if reports else {}
    rows = monitor.summary_rows(lines, summary.failed, reports_at)
    # Failed stories' reasons already name their articles; skips are those of reconciled stories.
    message = monitor.run_message(rows, summary.failed, summary.reconciled_skips)
    summary_task(rows, message, run_id, summary.failed)
    if specs and not written and not summary.unchanged:
        return Failed(message=message, data=summary)
    if summary.failed or summary.reconciled_skips:
        return Completed(name="Partial", message=message, data=summary)
    return Completed(message=message, data=summary)


def flow_parameters(specs: list[StorySpec], settings: Settings, reports: Path | str | None = None) -> dict[str, Any]:
    """Flow parameters (JSON) for already-validated stories and settings (every field of the settings)."""
    return {
        "paths": [
            str(s.folder if s.manifest is None or s.manifest.name == "story.toml" else s.manifest)
            for s in specs
            if not fetch.is_url_story(s)
        ],
        "url_stories": [
            {"id": s.story_id, "urls": [a.url for a in s.articles]} for s in specs if fetch.is_url_story(s)
        ],
        "settings": settings.model_dump(mode="json"),
        "reports": str(reports) if reports else None,
    }


def run_flow(specs: list[StorySpec], settings: Settings, reports: Path | str | None = None) -> pipeline.RunSummary:
    """Entry point for the CLI: run the flow over already-validated story specs."""
    state = reconcile_stories(**flow_parameters(specs, settings, reports), return_state=True)
    summary = state.result(raise_on_failure=False)
    if isinstance(summary, BaseException):
        raise summary
    return summary
