"""The discovery flow: poll outlets' feeds, read new pages, group them into stories, reconcile the
stories that are due. One task per stage, each a thin wrapper over a reconcile.discover call.

The run publishes a markdown artifact (key `discovery-<outlets file>`) with the feeds read, the
stories formed or grown and the stories reconciled, a table artifact of the stories reconciled
(key `discovery-<outlets file>-stories`, the columns of the reconcile run summary) and ends with
a message counting them ("8 stories: 8 changed, 0 unchanged, 0 failed, 0 articles skipped; ...").
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

# Importing the reconcile flow sets the offline/logging environment before prefect is imported
# and routes `reconcile` logs to the run logs.
from flows.reconcile_flow import reconcile_stories as _reconcile_flow  # noqa: F401
from prefect import flow, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run
from prefect.states import Completed

from reconcile import discover, monitor
from reconcile.outlets import OutletsFile, load_outlets
from reconcile.settings import Settings


@task(name="load outlets", cache_policy=NO_CACHE)
def load_task(path: str) -> OutletsFile:
    return load_outlets(path)


@task(name="poll feeds", cache_policy=NO_CACHE)
def poll_task(of: OutletsFile, settings: Settings, ds: discover.DiscoverySettings) -> discover.PollResult:
    return discover.poll_feeds(of, settings, ds)


@task(name="read pages", cache_policy=NO_CACHE)
def read_task(poll: discover.PollResult, of: OutletsFile, settings: Settings,
              ds: discover.DiscoverySettings) -> tuple[list, list, list]:
    return discover.read_entries(poll.entries, of, settings, ds, poll.attempts)


@task(name="embed and group", cache_policy=NO_CACHE)
def group_task(cands: list, settings: Settings, ds: discover.DiscoverySettings) -> tuple[list, Any, dict]:
    new_cache = discover.embed_candidates(cands, settings, ds)
    group = discover.group_candidates(cands, settings, ds)
    return cands, group, new_cache


@task(name="write discovery", cache_policy=NO_CACHE)
def write_task(of: OutletsFile, poll: discover.PollResult, cands: list, outcomes: list, group: Any,
               new_cache: dict, settings: Settings, run_id: str, fetches: list) -> None:
    discover.write_discovery(of, poll, cands, outcomes, group, new_cache, settings, run_id, fetches)


@task(name="reconcile stories", cache_policy=NO_CACHE)
def reconcile_task(story_ids: list[str], settings: Settings, run_id: str, of: OutletsFile) -> Any:
    return discover.reconcile_discovered(story_ids, settings, run_id, of, orchestrator="prefect")


def _run_name() -> str:
    params = flow_run.parameters or {}
    return f"discover {Path(str(params.get('outlets', ''))).name or 'outlets'}"


def summary_markdown(summary: discover.DiscoverySummary, outlets: str) -> str:
    d = summary.as_dict()
    lines = [f"# Discovery from `{Path(outlets).name}`", "",
             f"Run `{summary.run_id}`: {d['entries_new']} new entries, {d['articles']} articles read, "
             f"{len(d['stories_formed'])} stories formed, {len(d['stories_grown'])} grown, "
             f"{len(d['stories_reconciled'])} reconciled, {d['stories_waiting']} waiting for more outlets, "
             f"{d['syndicated']} syndicated copies.", "",
             "| outlet | feed | status | entries | new |", "|---|---|---|---|---|"]
    lines += [f"| {f['outlet_id']} | {f['feed']} | {f['status']} | {f['entries']} | {f['new']} |" for f in d["feeds"]]
    if d["stories_reconciled"]:
        lines += ["", "| story | outlets | claims | shared | conflicts |", "|---|---|---|---|---|"]
        lines += [f"| {s['story_id']} | {s['outlets']} | {s['claims']} | {s['shared_claims']} | {s['discrepancies']} |"
                  for s in d["stories_reconciled"]]
    return "\n".join(lines) + "\n"


@flow(name="discover-stories", flow_run_name=_run_name, log_prints=False)
def discover_stories(outlets: str, db: str | None = None, model: str | None = None,
                     window_hours: float | None = None, min_outlets: int | None = None,
                     threshold: float | None = None, force: bool = False, allow_private: bool = False,
                     allow_hosts: list[str] | None = None, embed_backend: str | None = None) -> Any:
    """Follow the feeds of an outlets.toml: group new articles into stories and reconcile them."""
    settings = replace(Settings.from_env(db_path=db, model=model, embed_backend=embed_backend),
                       allow_private=allow_private,
                       allow_hosts=tuple(allow_hosts or ()))
    ds = discovery_settings(window_hours, min_outlets, threshold, force)
    run_id = str(flow_run.id or "")
    of = load_task(outlets)
    discover.check_warehouse_model(settings)
    summary = discover.DiscoverySummary(run_id=run_id)
    poll = poll_task(of, settings, ds)
    summary.feeds, summary.entries_seen, summary.entries_new = poll.feeds, poll.seen, len(poll.entries)
    cands, outcomes, fetches = read_task(poll, of, settings, ds)
    cands, group, new_cache = group_task(cands, settings, ds)
    write_task(of, poll, cands, outcomes, group, new_cache, settings, run_id, fetches)
    discover.fill_summary(summary, cands, outcomes, group, ds)
    due = discover.stories_due(settings, ds, None if ds.force else group.formed + group.grown)
    if due:
        summary.reconcile = reconcile_task(due, settings, run_id, of)
    key = "discovery-" + discover.slugify(Path(outlets).stem)
    create_markdown_artifact(markdown=summary_markdown(summary, outlets), key=key,
                             description=f"Discovery from {Path(outlets).name}")
    rec = summary.reconcile
    rows = monitor.summary_rows(rec.story_lines() if rec is not None else [], summary.failed)
    message = (monitor.run_message(rows, summary.failed, rec.all_skips() if rec is not None else [])
               + f"; {summary.entries_new} new entries, {summary.articles} articles read")
    create_table_artifact(table=rows or {c: [] for c in monitor.SUMMARY_COLUMNS}, key=key + "-stories",
                          description=message.split("; ", 1)[0])
    if summary.failed:
        return Completed(name="Partial", message=message, data=summary)
    return Completed(message=message, data=summary)


def discovery_settings(window_hours: float | None = None, min_outlets: int | None = None,
                       threshold: float | None = None, force: bool = False) -> discover.DiscoverySettings:
    ds = discover.DiscoverySettings(force=force)
    overrides = {"window_hours": window_hours, "min_outlets": min_outlets, "group_threshold": threshold}
    return replace(ds, **{k: v for k, v in overrides.items() if v is not None})


def flow_parameters(outlets: Path | str, settings: Settings, ds: discover.DiscoverySettings) -> dict[str, Any]:
    """Flow parameters (JSON) for an already-validated outlets file and settings."""
    return {"outlets": str(Path(outlets).resolve()), "db": str(settings.db_path), "model": settings.model,
            "window_hours": ds.window_hours, "min_outlets": ds.min_outlets, "threshold": ds.group_threshold,
            "force": ds.force, "allow_private": settings.allow_private, "allow_hosts": list(settings.allow_hosts),
            "embed_backend": settings.embed_backend}


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
    opts = {**options, "parameters": flow_parameters(cfg.outlets.path, settings, ds),
            "description": f"Watchlist {wl.path.name}: discovery from {cfg.outlets.path.name} "
                           f"({len(cfg.outlets.outlets)} outlets, {wl.describe()})",
            "tags": ["reconcile", "watchlist", "discovery"], "concurrency_limit": 1}
    return discover_stories.to_deployment(**opts)
