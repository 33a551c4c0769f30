"""The Prefect side of a run: how each stage is submitted (tasks, retries, task runner) and what a run
publishes. The flows (reconcile_flow.py, discover_flow.py) wire these to the library's driver.

Stages run as Prefect tasks. The heavy ones (driver.WORKER_STAGES: extraction; embedding, alignment
and comparison) go to Dask workers when the settings name a cluster (`dask_workers` for a local one,
`dask_address` for an existing scheduler), through prefect-dask's DaskTaskRunner; the rest (fetching,
discovery's feed stages, the warehouse writes) stay in the flow process, on the flow's own task runner.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

# Offline hygiene and library logs in the run logs; set before prefect is imported.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_LOGGING_EXTRA_LOGGERS", "reconcile")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")

from prefect import task  # noqa: E402
from prefect.artifacts import create_markdown_artifact, create_table_artifact  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.runtime import task_run  # noqa: E402
from prefect.tasks import exponential_backoff  # noqa: E402
from prefect.utilities.annotations import quote  # noqa: E402
from prefect.utilities.callables import get_call_parameters  # noqa: E402

from reconcile import fetch, monitor  # noqa: E402
from reconcile.driver import WORKER_STAGES  # noqa: E402
from reconcile.records import StoryResult, StorySpec  # noqa: E402
from reconcile.settings import Settings  # noqa: E402

log = logging.getLogger("reconcile.flows")

LOST_WORKER_RETRIES = 2
"""Times a batch is submitted again after Dask gave up on it (its workers died, see _lost_worker).
Dask itself first re-runs a task whose worker died on another worker (distributed.scheduler.allowed-failures)."""


def _library_logs_to_runs() -> None:
    """Send `reconcile` logs (INFO and up) to the run logs even when prefect was imported (and its
    logging set up) before this module set PREFECT_LOGGING_EXTRA_LOGGERS, e.g. by a script or a test harness."""
    lib = logging.getLogger("reconcile")
    if lib.level == logging.NOTSET or lib.level > logging.INFO:
        lib.setLevel(logging.INFO)  # the per-story INFO lines belong in the run logs; handlers filter the rest
    for handler in logging.getLogger("prefect.extra").handlers:
        if handler not in lib.handlers:
            lib.addHandler(handler)


_library_logs_to_runs()


# --- stages as tasks ------------------------------------------------------------------------


def _lost_worker(exc: BaseException) -> bool:
    """Whether a stage failed because the machine or process running it went away (not its own error)."""
    try:
        from distributed import KilledWorker
        from distributed.comm import CommClosedError
    except ImportError:
        return False
    return isinstance(exc, (KilledWorker, CommClosedError)) or type(exc).__name__ == "FutureCancelledError"


class _Submitted:
    """A stage's Prefect future, submitted again when Dask lost the workers running it."""

    def __init__(self, stage: str, start: Callable[[], Any]) -> None:
        self.stage, self.start = stage, start
        self.future = start()

    def result(self) -> Any:
        for attempt in range(LOST_WORKER_RETRIES + 1):
            try:
                return self.future.result()
            except Exception as e:
                if attempt == LOST_WORKER_RETRIES or not _lost_worker(e):
                    raise
                log.warning("%s: lost its Dask worker (%s); the batch is submitted again", self.stage, e)
                self.future = self.start()
        raise AssertionError("unreachable")


def _story_ids(args: Sequence[Any]) -> list[str]:
    """The story ids a stage's arguments carry (specs, results, or (spec, ...) tuples)."""
    ids: list[str] = []
    for arg in args:
        if not isinstance(arg, (list, tuple)):
            continue
        for item in arg:
            first = item[0] if isinstance(item, tuple) and item else item
            sid = getattr(first, "story_id", None) or getattr(getattr(first, "spec", None), "story_id", None)
            if isinstance(sid, str) and sid not in ids:
                ids.append(sid)
    return ids


def _run_name(stage: str, args: Sequence[Any]) -> str:
    """A task run's name in the UI: the stage and its stories ('extract mine-rescue',
    'reconcile airline-merger +7'), so a failed or slow batch says which stories it holds."""
    ids = _story_ids(args)
    if not ids:
        return stage
    return f"{stage} {ids[0]}" + (f" +{len(ids) - 1}" if len(ids) > 1 else "")


class PrefectStages:
    """driver.Stages as Prefect tasks; heavy stages on `runner` (a started DaskTaskRunner) when given."""

    def __init__(self, runner: Any = None) -> None:
        self.runner = runner
        # One batch per worker thread: while the flow process writes one batch, the next ones embed.
        self.parallel = max(1, sum(runner.client.nthreads().values())) if runner is not None else 1
        self._tasks: dict[tuple[str, Callable[..., Any]], Any] = {}

    def fetch(self, specs: Sequence[StorySpec], settings: Settings) -> dict[str, fetch.FetchResult]:
        return fetch_pages(specs, settings)

    def submit(self, stage: str, fn: Callable[..., Any], *args: Any) -> _Submitted:
        key = (stage, fn)
        if key not in self._tasks:
            self._tasks[key] = task(fn, name=stage, cache_policy=NO_CACHE)
        t = self._tasks[key].with_options(task_run_name=_run_name(stage, args))
        params = get_call_parameters(fn, args, {})
        if self.runner is not None and stage in WORKER_STAGES:
            return _Submitted(stage, lambda: self.runner.submit(t, parameters=params))
        # quote(): the stories are plain data, no futures inside; Prefect need not walk them. (Not on
        # Dask: it rebuilds quote, a named tuple, wrongly.)
        quoted = {k: quote(v) for k, v in params.items()}
        return _Submitted(stage, lambda: t.submit(**quoted))


@contextmanager
def task_runner(settings: Settings) -> Iterator[Any]:
    """The Dask task runner the settings ask for, started (None: the flow's own task runner).

    `dask_address` connects to a running scheduler; `dask_workers` starts a local cluster of that
    many worker processes, two threads each: a worker extracts or embeds two batches at once, so its
    cores stay busy while the flow process reads and writes (PrefectStages.parallel: one batch per thread).
    """
    if not settings.dask_address and settings.dask_workers <= 0:
        yield None
        return
    from prefect_dask import DaskTaskRunner

    if settings.dask_address:
        runner = DaskTaskRunner(address=settings.dask_address)
    else:
        runner = DaskTaskRunner(
            cluster_kwargs={
                "n_workers": settings.dask_workers,
                "threads_per_worker": 2,
                "processes": True,
                "dashboard_address": None,
            }
        )
    with runner, _api_for_workers():
        yield runner


@contextmanager
def _api_for_workers() -> Iterator[None]:
    """Tasks submitted here carry the API of this run in their context, so workers report to it. Without
    a configured API (PREFECT_API_URL), that is the temporary server this process started: on this
    machine's loopback, reachable from a local cluster's workers, not from other machines (those need a
    Prefect server they can reach)."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    if PREFECT_API_URL.value():
        yield
        return
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()  # the one this process's client started (one per process)
    server.start()
    with temporary_settings({PREFECT_API_URL: server.api_url}):
        yield


# --- fetching, in the flow process ------------------------------------------------------------


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
    """Retry condition: only timeouts, dropped connections, 5xx and 429 answers are worth retrying."""
    exc = _exception(state)
    return isinstance(exc, fetch.FetchError) and exc.retryable


@task(name="fetch", task_run_name="fetch {url}", cache_policy=NO_CACHE, retry_condition_fn=_transient)
def fetch_task(url: str, policy: fetch.FetchPolicy, attempts: int = 1) -> fetch.FetchResult:
    """One attempt per task run; Prefect's retries (with_options in fetch_pages) do the rest.

    An expected failure (a 4xx other than 429, a refused address, or a transient one on the last of `attempts`)
    is returned as a failed FetchResult rather than raised, so the run logs it as one warning
    (when the article is skipped) instead of a task failure with a traceback.
    """
    n = task_run.run_count or 1
    try:
        result = fetch.fetch_page(url, policy, retries=0)
    except fetch.FetchError as e:
        e.attempts = n
        if e.retryable and n < attempts:
            if e.retry_after:  # Prefect's own delay follows; the server's Retry-After (capped) comes first
                time.sleep(min(e.retry_after, fetch.RETRY_AFTER_CAP))
            raise
        return fetch.failure(url, e)
    return replace(result, attempts=n)


def fetch_pages(specs: Sequence[StorySpec], settings: Settings) -> dict[str, fetch.FetchResult]:
    """Every URL-only article's page: one retried task per URL (or raw_pages with reuse_pages)."""
    urls = fetch.story_urls(specs)
    if not urls:
        return {}
    if settings.reuse_pages:
        return fetch.stored_pages(settings, urls)
    policy = fetch.FetchPolicy.from_settings(settings)
    retried = fetch_task.with_options(
        retries=settings.fetch_retries,
        retry_delay_seconds=exponential_backoff(backoff_factor=settings.fetch_backoff),
        retry_jitter_factor=0.5,
    )
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


# --- what a run publishes -------------------------------------------------------------------

SUMMARY_KEY = "reconcile-run-summary"
"""Key of the run summary artifact (markdown); its table is SUMMARY_KEY + "-table"."""


@task(name="publish run summary", cache_policy=NO_CACHE)
def summary_task(rows: list[dict[str, Any]], message: str, run_id: str, failed: list[tuple[str, str]]) -> None:
    """The run's summary: one row per story, as markdown and as a table, under stable keys."""
    create_markdown_artifact(
        markdown=monitor.summary_markdown(rows, message, run_id, failed),
        key=SUMMARY_KEY,
        description=message.split("; ", 1)[0],
    )
    create_table_artifact(
        table=rows or {c: [] for c in monitor.SUMMARY_COLUMNS},
        key=SUMMARY_KEY + "-table",
        description=message.split("; ", 1)[0],
    )


@task(name="publish", task_run_name="publish {story_id}", cache_policy=NO_CACHE)
def publish_task(story_id: str, run_id: str, res: StoryResult | None, reason: str | None) -> None:
    """The story's artifacts: claims by outlets (markdown) and its discrepancies (table)."""
    if res is None:
        create_markdown_artifact(
            markdown=monitor.failed_story_markdown(story_id, reason or "", run_id),
            key=monitor.artifact_key(story_id, "claims"),
            description=f"{story_id}: not reconciled",
        )
        return
    create_markdown_artifact(
        markdown=monitor.claims_markdown(res, run_id),
        key=monitor.artifact_key(story_id, "claims"),
        description=f"{story_id}: claims by outlets",
    )
    rows = monitor.discrepancy_rows(res)
    create_table_artifact(
        table=rows or {c: [] for c in monitor.DISCREPANCY_COLUMNS},
        key=monitor.artifact_key(story_id, "discrepancies"),
        description=f"{story_id}: {len(rows)} discrepancies",
    )


def publisher(run_id: str) -> Callable[[list[StoryResult], list[tuple[str, str]]], None]:
    """driver.run_batches' on_written: each story's artifacts as soon as its batch is written."""

    def publish(results: list[StoryResult], failed: list[tuple[str, str]]) -> None:
        for res in results:
            publish_task(res.spec.story_id, run_id, res, None)
        for story_id, reason in failed:
            publish_task(story_id, run_id, None, reason)

    return publish
