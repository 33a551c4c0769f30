"""The Prefect flow: one task per stage, each a thin wrapper over a library call.

Fetching is one task per URL, retried by Prefect (timeouts, dropped connections, 5xx; never a
4xx or a refused address); each story publishes a markdown artifact (claims by outlets) and a
table artifact (its discrepancies) under keys derived from its id, so the UI keeps their history.
A run that left out an article or a story ends Completed with the name "Partial" and a message
naming what was left out; a run that reconciled no story ends Failed.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Any

# Offline hygiene and library logs in the run logs; set before prefect is imported.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_LOGGING_EXTRA_LOGGERS", "reconcile")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")

from prefect import flow, task  # noqa: E402
from prefect.artifacts import create_markdown_artifact, create_table_artifact  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.runtime import flow_run, task_run  # noqa: E402
from prefect.states import Completed, Failed  # noqa: E402
from prefect.tasks import exponential_backoff  # noqa: E402

from flows.alerts import new_conflicts_task  # noqa: E402
from reconcile import fetch, monitor, pipeline  # noqa: E402
from reconcile.records import StoryResult, StorySpec  # noqa: E402
from reconcile.settings import Settings  # noqa: E402


def _library_logs_to_runs() -> None:
    """Send `reconcile` logs (INFO and up) to the run logs even when prefect was imported (and its
    logging set up) before this module set PREFECT_LOGGING_EXTRA_LOGGERS, e.g. by a script or a test harness."""
    import logging

    lib = logging.getLogger("reconcile")
    if lib.level == logging.NOTSET or lib.level > logging.INFO:
        lib.setLevel(logging.INFO)  # the per-story INFO lines belong in the run logs; handlers filter the rest
    for handler in logging.getLogger("prefect.extra").handlers:
        if handler not in lib.handlers:
            lib.addHandler(handler)


_library_logs_to_runs()


def _exception(state: Any) -> BaseException | None:
    data = getattr(state, "data", None)
    if isinstance(data, BaseException):
        return data
    try:
        out = state.result(raise_on_failure=False)
    except BaseException as e:  # noqa: BLE001 - the state's own exception, re-raised by result()
        return e
    return out if isinstance(out, BaseException) else None


def _transient(task: Any, task_run: Any, state: Any) -> bool:
    """Retry condition: only timeouts, dropped connections and 5xx answers are worth retrying."""
    exc = _exception(state)
    return isinstance(exc, fetch.FetchError) and exc.retryable


@task(name="load manifests", cache_policy=NO_CACHE)
def load_task(paths: list[str]) -> list[StorySpec]:
    return pipeline.load_stories(paths)


@task(name="fetch", task_run_name="fetch {url}", cache_policy=NO_CACHE, retry_condition_fn=_transient)
def fetch_task(url: str, policy: fetch.FetchPolicy, attempts: int = 1) -> fetch.FetchResult:
    """One attempt per task run; Prefect's retries (with_options in the flow) do the rest.

    An expected failure (a 4xx, a refused address, or a transient one on the last of `attempts`)
    is returned as a failed FetchResult rather than raised, so the run logs it as one warning
    (when the article is skipped) instead of a task failure with a traceback.
    """
    n = task_run.run_count or 1
    try:
        result = fetch.fetch_page(url, policy, retries=0)
    except fetch.FetchError as e:
        e.attempts = n
        if e.retryable and n < attempts:
            raise
        return fetch.failure(url, e)
    return replace(result, attempts=n)


@task(name="extract", task_run_name="extract {spec.story_id}", cache_policy=NO_CACHE)
def extract_task(spec: StorySpec, settings: Settings, read: tuple[list, list]) -> StoryResult:
    return pipeline.prepare_story(spec, settings, read)


@task(name="embed", cache_policy=NO_CACHE)
def embed_task(results: list[StoryResult], settings: Settings, stats: pipeline.EmbedStats) -> tuple[dict, dict]:
    return pipeline.embed_sentences(results, settings, stats)


@task(name="align", task_run_name="align {res.spec.story_id}", cache_policy=NO_CACHE)
def align_task(res: StoryResult, embeddings: dict, settings: Settings) -> StoryResult:
    return pipeline.reconcile_story(res, embeddings, settings)


@task(name="store", cache_policy=NO_CACHE)
def store_task(settings: Settings, run_id: str, started: Any, results: list[StoryResult],
               embeddings: dict, new: dict, failed: int, skipped: int,
               fetches: list[fetch.FetchResult]) -> dict[str, dict[str, int] | None]:
    return pipeline.store_run(settings, run_id, started, results, embeddings, new, failed, "prefect",
                              skipped=skipped, fetches=fetches)


SUMMARY_KEY = "reconcile-run-summary"
"""Key of the run summary artifact (markdown); its table is SUMMARY_KEY + "-table"."""


@task(name="write reports", cache_policy=NO_CACHE)
def reports_task(settings: Settings, story_ids: list[str], out_dir: str) -> dict[str, str]:
    return pipeline.write_reports(settings, story_ids, Path(out_dir))


@task(name="publish run summary", cache_policy=NO_CACHE)
def summary_task(rows: list[dict[str, Any]], message: str, run_id: str, failed: list[tuple[str, str]]) -> None:
    """The run's summary: one row per story, as markdown and as a table, under stable keys."""
    create_markdown_artifact(markdown=monitor.summary_markdown(rows, message, run_id, failed),
                             key=SUMMARY_KEY, description=message.split("; ", 1)[0])
    create_table_artifact(table=rows or {c: [] for c in monitor.SUMMARY_COLUMNS}, key=SUMMARY_KEY + "-table",
                          description=message.split("; ", 1)[0])


@task(name="publish", task_run_name="publish {story_id}", cache_policy=NO_CACHE)
def publish_task(story_id: str, run_id: str, res: StoryResult | None, reason: str | None) -> None:
    """The story's artifacts: claims by outlets (markdown) and its discrepancies (table)."""
    if res is None:
        create_markdown_artifact(markdown=monitor.failed_story_markdown(story_id, reason or "", run_id),
                                 key=monitor.artifact_key(story_id, "claims"),
                                 description=f"{story_id}: not reconciled")
        return
    create_markdown_artifact(markdown=monitor.claims_markdown(res, run_id), key=monitor.artifact_key(story_id, "claims"),
                             description=f"{story_id}: claims by outlets")
    rows = monitor.discrepancy_rows(res)
    create_table_artifact(table=rows or {c: [] for c in monitor.DISCREPANCY_COLUMNS},
                          key=monitor.artifact_key(story_id, "discrepancies"),
                          description=f"{story_id}: {len(rows)} discrepancies")


def _story_name(path: str) -> str:
    p = Path(path)
    return p.parent.name if p.name == "story.toml" else (p.stem if p.suffix == ".toml" else p.name)


def _run_name() -> str:
    params = flow_run.parameters or {}
    ids = [_story_name(p) for p in params.get("paths") or []]
    ids += [str(s.get("id", "")) for s in params.get("url_stories") or []]
    shown = ", ".join(ids[:3]) + (f" +{len(ids) - 3}" if len(ids) > 3 else "")
    return f"reconcile {shown}" if shown else "reconcile"


def _fetch_pages(specs: list[StorySpec], settings: Settings) -> dict[str, fetch.FetchResult]:
    """Every URL-only article's page: one retried task per URL (or raw_pages with reuse_pages)."""
    urls = fetch.story_urls(specs)
    if not urls:
        return {}
    if settings.reuse_pages:
        return fetch.stored_pages(settings, urls)
    policy = fetch.FetchPolicy.from_settings(settings)
    retried = fetch_task.with_options(retries=settings.fetch_retries,
                                      retry_delay_seconds=exponential_backoff(backoff_factor=settings.fetch_backoff),
                                      retry_jitter_factor=0.5)
    futures = {u: retried.submit(u, policy, settings.fetch_retries + 1) for u in urls}
    pages = {}
    for url, fut in futures.items():
        fut.wait()
        state = fut.state
        if state.is_completed():
            pages[url] = state.result()
            continue
        exc = _exception(state)
        err = exc if isinstance(exc, fetch.FetchError) else fetch.FetchError(url, f"{type(exc).__name__}: {exc}")
        pages[url] = fetch.failure(url, err)
    return pages


@flow(name="reconcile-stories", flow_run_name=_run_name, log_prints=False)
def reconcile_stories(paths: list[str] | None = None, db: str | None = None, model: str | None = None,
                      use_cache: bool = True, url_stories: list[dict[str, Any]] | None = None,
                      allow_private: bool = False, allow_hosts: list[str] | None = None,
                      reuse_pages: bool = False, fetch_retries: int | None = None,
                      fetch_backoff: float | None = None, fetch_timeout: float | None = None,
                      force: bool = False, embed_backend: str | None = None, reports: str | None = None) -> Any:
    """Reconcile story folders, and stories made of URLs ({"id": ..., "urls": [...]}), into the warehouse.

    With `reports` (a folder), each reconciled story's HTML report and Markdown digest are written
    there and the run summary gives their paths.
    """
    from datetime import datetime, timezone

    settings = replace(Settings.from_env(db_path=db, model=model, fetch_retries=fetch_retries,
                                         fetch_backoff=fetch_backoff, fetch_timeout=fetch_timeout,
                                         embed_backend=embed_backend),
                       use_cache=use_cache, allow_private=allow_private, allow_hosts=tuple(allow_hosts or ()),
                       reuse_pages=reuse_pages, force=force)
    run_id = str(flow_run.id or "")
    started = datetime.now(timezone.utc)
    specs = load_task(list(paths or [])) if paths else []
    specs += [fetch.url_story(s["id"], list(s["urls"])) for s in url_stories or []]
    pipeline.check_warehouse_model(settings)
    summary = pipeline.RunSummary(run_id=run_id)
    pages = _fetch_pages(specs, settings)
    reads = [pipeline.read_story(s, settings, {a.url: pages[a.url] for a in s.articles if a.url in pages})
             for s in specs]
    # Stories whose pages, settings and code are unchanged since their last run are not redone.
    same = pipeline.unchanged_stories(specs, reads, settings)
    summary.unchanged = list(same)
    summary.lines = list(same.values())
    futures = [extract_task.submit(s, settings, read) for s, read in zip(specs, reads) if s.story_id not in same]
    prepared = [f.result() for f in futures]
    ok, summary.failed = pipeline.split_usable(prepared)
    summary.skips = [k for r in prepared for k in r.skips]
    embeddings, new = embed_task(ok, settings, summary.embed)
    aligned = [align_task.submit(r, embeddings, settings) for r in ok]
    summary.results = [f.result() for f in aligned]
    changes = store_task(settings, summary.run_id, started, summary.results, embeddings, new, len(summary.failed),
                         len(summary.skips), list(pages.values()))
    for res in summary.results:  # what changed since each story's previous run (story_changes)
        res.changes = changes.get(res.spec.story_id)
    if summary.results:  # the event `reconcile alerts` automations watch (flows/alerts.py)
        new_conflicts_task(settings, summary.run_id, [r.spec.story_id for r in summary.results if r.changes is None])
    for res in summary.results:
        publish_task(res.spec.story_id, run_id, res, None)
    for story_id, reason in summary.failed:
        publish_task(story_id, run_id, None, reason)
    lines = summary.story_lines()
    pipeline.log_story_lines(lines, summary.failed)
    written = reports_task(settings, [str(ln["story_id"]) for ln in lines], reports) if reports else {}
    rows = monitor.summary_rows(lines, summary.failed, written)
    # Failed stories' reasons already name their articles; skips are those of reconciled stories.
    message = monitor.run_message(rows, summary.failed, [k for r in summary.results for k in r.skips])
    summary_task(rows, message, run_id, summary.failed)
    if specs and not summary.results and not summary.unchanged:
        return Failed(message=message, data=summary)
    if summary.failed or any(r.skips for r in summary.results):
        return Completed(name="Partial", message=message, data=summary)
    return Completed(message=message, data=summary)


def flow_parameters(specs: list[StorySpec], settings: Settings, reports: Path | str | None = None) -> dict[str, Any]:
    """Flow parameters (JSON) for already-validated stories and settings."""
    return {
        "paths": [str(s.folder if s.manifest is None or s.manifest.name == "story.toml" else s.manifest)
                  for s in specs if not fetch.is_url_story(s)],
        "url_stories": [{"id": s.story_id, "urls": [a.url for a in s.articles]}
                        for s in specs if fetch.is_url_story(s)],
        "db": str(settings.db_path), "model": settings.model, "use_cache": settings.use_cache,
        "allow_private": settings.allow_private, "allow_hosts": list(settings.allow_hosts),
        "reuse_pages": settings.reuse_pages, "force": settings.force, "embed_backend": settings.embed_backend,
        "reports": str(reports) if reports else None,
    }


def run_flow(specs: list[StorySpec], settings: Settings, reports: Path | str | None = None) -> pipeline.RunSummary:
    """Entry point for the CLI: run the flow over already-validated story specs."""
    state = reconcile_stories(**flow_parameters(specs, settings, reports), return_state=True)
    summary = state.result(raise_on_failure=False)
    if isinstance(summary, BaseException):
        raise summary
    return summary
