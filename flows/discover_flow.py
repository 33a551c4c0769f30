"""The discovery flow: reconcile.discover.discover with its stages as Prefect tasks (flows/tasks.py):
poll the outlets' feeds, read new pages, group them into stories, reconcile the stories that are due
(extraction and embedding on Dask workers when the settings name a cluster, as in the reconcile flow).

The run publishes a markdown artifact (key `discovery-<outlets file>`) with the feeds read, the
stories formed or grown and the stories reconciled, a table artifact of the stories reconciled
(key `discovery-<outlets file>-stories`, the columns of the reconcile run summary) and ends with
a message counting them ("8 stories: 8 changed, 0 unchanged, 0 failed, 0 articles skipped; ...").
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run
from prefect.states import Completed

from flows.alerts import new_conflicts_task
from flows.tasks import PrefectStages, task_runner  # sets the offline/logging environment before prefect
from reconcile import discover, monitor
from reconcile.outlets import OutletsFile, load_outlets
from reconcile.settings import Settings


@task(name="load outlets", cache_policy=NO_CACHE)
def load_task(path: str) -> OutletsFile:
    return load_outlets(path)


def _run_name() -> str:
    params = flow_run.parameters or {}
    return f"discover {Path(str(params.get('outlets', ''))).name or 'outlets'}"


def summary_markdown(summary: discover.DiscoverySummary, outlets: str) -> str:
    d = summary.as_dict()
    lines = [
        f"# Discovery from `{Path(outlets).name}`",
        "",
        f"Run `{summary.run_id}`: {d['entries_new']} new entries, {d['articles']} articles read, "
        f"{len(d['stories_formed'])} stories formed, {len(d['stories_grown'])} grown, "
        f"{len(d['stories_reconciled'])} reconciled, {d['stories_waiting']} waiting for more outlets, "
        f"{d['syndicated']} syndicated copies.",
        "",
        "| outlet | feed | status | entries | new |",
        "|---|---|---|---|---|",
    ]
    lines += [f"| {f['outlet_id']} | {f['feed']} | {f['status']} | {f['entries']} | {f['new']} |" for f in d["feeds"]]
    if d["stories_reconciled"]:
        lines += ["", "| story | outlets | claims | shared | conflicts |", "|---|---|---|---|---|"]
        lines += [
            f"| {s['story_id']} | {s['outlets']} | {s['claims']} | {s['shared_claims']} | {s['discrepancies']} |"
            for s in d["stories_reconciled"]
        ]
    return "\n".join(lines) + "\n"


@flow(name="discover-stories", flow_run_name=_run_name, log_prints=False)
def discover_stories(
    outlets: str,
    settings: Settings | None = None,
    window_hours: float | None = None,
    min_outlets: int | None = None,
    threshold: float | None = None,
    force: bool = False,
) -> Any:
    """Follow the feeds of an outlets.toml: group new articles into stories and reconcile them.

    `settings` is the whole settings object (without it, Settings.from_env of the run's environment);
    the other parameters are discovery's own (window, outlets needed, grouping threshold, force)."""
    settings = settings if settings is not None else Settings.from_env()
    ds = discovery_settings(window_hours, min_outlets, threshold, force)
    of = load_task(outlets)
    with task_runner(settings) as runner:
        summary = discover.discover(
            of, settings, ds, str(flow_run.id or ""), orchestrator="prefect", stages=PrefectStages(runner)
        )
    key = "discovery-" + discover.slugify(Path(outlets).stem)
    create_markdown_artifact(
        markdown=summary_markdown(summary, outlets), key=key, description=f"Discovery from {Path(outlets).name}"
    )
    rec = summary.reconcile
    written = [ln for ln in rec.story_lines() if not ln.get("unchanged")] if rec is not None else []
    if written:  # the event `reconcile alerts` automations watch (flows/alerts.py)
        new_conflicts_task(
            settings, str(flow_run.id or ""), [str(ln["story_id"]) for ln in written if ln.get("changes") is None]
        )
    rows = monitor.summary_rows(rec.story_lines() if rec is not None else [], summary.failed)
    message = (
        monitor.run_message(rows, summary.failed, rec.reconciled_skips if rec is not None else [])
        + f"; {summary.entries_new} new entries, {summary.articles} articles read"
    )
    create_table_artifact(
        table=rows or {c: [] for c in monitor.SUMMARY_COLUMNS},
        key=key + "-stories",
        description=message.split("; ", 1)[0],
    )
    if summary.failed:
        return Completed(name="Partial", message=message, data=summary)
    return Completed(message=message, data=summary)


def discovery_settings(
    window_hours: float | None = None,
    min_outlets: int | None = None,
    threshold: float | None = None,
    force: bool = False,
) -> discover.DiscoverySettings:
    ds = discover.DiscoverySettings(force=force)
    overrides = {"window_hours": window_hours, "min_outlets": min_outlets, "group_threshold": threshold}
    return replace(ds, **{k: v for k, v in overrides.items() if v is not None})


def flow_parameters(outlets: Path | str, settings: Settings, ds: discover.DiscoverySettings) -> dict[str, Any]:
    """Flow parameters (JSON) for an already-validated outlets file and settings."""
    return {
        "outlets": str(Path(outlets).resolve()),
        "settings": settings.model_dump(mode="json"),
        "window_hours": ds.window_hours,
        "min_outlets": ds.min_outlets,
        "threshold": ds.group_threshold,
        "force": ds.force,
    }


def run_discovery_flow(outlets: Path | str, settings: Settings, ds: discover.DiscoverySettings) -> Any:
    """Entry point for the CLI: one discovery run as a Prefect flow; returns its DiscoverySummary."""
    state = discover_stories(**flow_parameters(outlets, settings, ds), return_state=True)
    summary = state.result(raise_on_failure=False)
    if isinstance(summary, BaseException):
        raise summary
    return summary


def discovery_deployment(wl: Any, settings: Settings, options: dict[str, Any]) -> Any:
    """The discovery deployment of a watchlist with a [discovery] table (served by `reconcile serve`).

    `options` are the watchlist deployment's (schedule, entrypoint type); parameters, description
    and tags are the discovery flow's. One run at a time: runs write the same warehouse.
    """
    cfg = wl.discovery
    ds = discovery_settings(cfg.window_hours, cfg.min_outlets, cfg.threshold)
    opts = {
        **options,
        "parameters": flow_parameters(cfg.outlets.path, settings, ds),
        "description": f"Watchlist {wl.path.name}: discovery from {cfg.outlets.path.name} "
        f"({len(cfg.outlets.outlets)} outlets, {wl.describe()})",
        "tags": ["reconcile", "watchlist", "discovery"],
        "concurrency_limit": 1,
    }
    return discover_stories.to_deployment(**opts)
