"""One driver for a run's stories, a batch at a time: read, extract, embed and align, write.

The in-process run (`pipeline.run_stories`), the Prefect flows and discovery all run their stories
through `run_batches`. What differs between them is passed in, not copied:

- where the stories come from, a `StorySource`: manifests, files and fetched pages (the base
  class), or the pages discovery stored in the warehouse (`discover.DiscoveredSource`);
- how each stage is carried out, a `Stages`: in this process (`InProcess`, the default), or as
  Prefect tasks on the flow's task runner or on Dask workers (flows/tasks.py).

The heavy stages (`WORKER_STAGES`) are plain functions of their arguments: pages travel with the
batch and vectors come back as float32 arrays, so they may run in another process or on another
machine. Everything that reads or writes the warehouse stays with the caller, one access at a time:
each batch is written by one writer, in one transaction (every story whole), in batch order, while
the next batch embeds (the write stage may run on a thread: no warehouse read overlaps it). Memory
is bounded by the batch size: at most `Stages.parallel + 2` batches are held at once (one being
written, `parallel` embedding, the next one read and extracting).
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Protocol, TypeVar

import numpy as np

from . import embed, pipeline
from .pipeline import EmbedStats, RunSummary, StoryResult
from .records import Skip, StorySpec
from .settings import Settings
from .sources import RawArticle

log = logging.getLogger(__name__)

R = TypeVar("R")
Read = tuple[list[RawArticle], list[Skip]]
Progress = Callable[[str, int, int], None]

WORKER_STAGES = ("extract", "reconcile")
"""Stages that read nothing from this machine's disk or warehouse: they may run on other machines.
Every other stage (fetching, discovery's feed and page stages, writing) runs where the run runs."""


class Pending(Protocol[R]):
    """A submitted stage: `result()` waits for it (and raises what it raised)."""

    def result(self) -> R: ...


class Stages(Protocol):
    """How a run's stages are carried out."""

    parallel: int
    """Batches whose heavy stages may run at once (1 in-process; the number of workers on Dask)."""

    def fetch(self, specs: Sequence[StorySpec], settings: Settings) -> dict[str, Any]:
        """Pages of the URL-only articles of these stories (fetch.FetchResult by URL)."""
        ...

    def submit(self, stage: str, fn: Callable[..., R], *args: Any) -> Pending[R]:
        """Start `fn(*args)` as the named stage (see WORKER_STAGES for where it may run)."""
        ...


class _Done:
    def __init__(self, value: Any) -> None:
        self.value = value

    def result(self) -> Any:
        return self.value


class InProcess:
    """Stages in this process: extraction on one background thread (the next batch is extracted
    while the model embeds this one), writes on one writer thread (a batch is written while the
    model embeds the next one; one thread, so writes run one at a time, in the order submitted),
    every other stage on the calling thread when submitted."""

    parallel = 1
    THREADED = {"extract": "reconcile-prepare", "write": "reconcile-write"}

    def __init__(self) -> None:
        self._pools: dict[str, ThreadPoolExecutor] = {}

    def fetch(self, specs: Sequence[StorySpec], settings: Settings) -> dict[str, Any]:
        from .fetch import fetch_for_stories

        return fetch_for_stories(specs, settings)  # URL-only articles, concurrently

    def submit(self, stage: str, fn: Callable[..., R], *args: Any) -> Pending[R]:
        name = self.THREADED.get(stage)
        if name is None:
            return _Done(fn(*args))
        if stage not in self._pools:
            self._pools[stage] = ThreadPoolExecutor(1, thread_name_prefix=name)
        fut: Future[R] = self._pools[stage].submit(fn, *args)
        return fut

    def close(self) -> None:
        for pool in self._pools.values():
            pool.shutdown(wait=True)
        self._pools.clear()


# --- where stories come from ----------------------------------------------------------------


@dataclass
class Batch:
    """One batch of a run's stories, as read where the run runs (pages included)."""

    index: int
    specs: list[StorySpec]
    reads: list[Read]
    """Per story: its articles' bytes and the articles that could not be read."""
    fingerprints: dict[str, str] = field(default_factory=dict)
    """Per story id: story_fingerprint (stored as stories.input_hash)."""
    unchanged: dict[str, dict[str, object]] = field(default_factory=dict)
    """Stories not reprocessed (inputs unchanged since their last run), with their stored summary line."""
    fetches: list[Any] = field(default_factory=list)
    """fetch.FetchResult of this batch's pages, for the fetch history."""
    context: Any = None
    """The source's own data about the batch (discovery: the originals of syndicated copies)."""

    def todo(self) -> list[tuple[StorySpec, Read, str | None]]:
        return [
            (s, r, self.fingerprints.get(s.story_id))
            for s, r in zip(self.specs, self.reads)
            if s.story_id not in self.unchanged
        ]


class StorySource:
    """Stories given as validated specs: files read and pages fetched when their batch is read;
    stories whose inputs, settings and code are unchanged since their last run are not redone."""

    def __init__(self, specs: Sequence[StorySpec]) -> None:
        self.items: list[Any] = list(specs)

    def read(self, index: int, chunk: Sequence[Any], settings: Settings, stages: Stages) -> Batch:
        pages = stages.fetch(chunk, settings)
        reads = [pipeline.read_story(spec, settings, pages) for spec in chunk]
        prints = {s.story_id: pipeline.story_fingerprint(s, r[0], settings) for s, r in zip(chunk, reads)}
        same = pipeline.unchanged_stories(chunk, reads, settings, prints)
        return Batch(index, list(chunk), reads, prints, same, list(pages.values()))

    def finish(self, batch: Batch, res: StoryResult) -> None:
        """Last touches to a reconciled story before it is written."""

    def line(self, batch: Batch, res: StoryResult) -> dict[str, object]:
        return pipeline.story_line(res)

    def written(
        self, batch: Batch, ok: Sequence[StoryResult], failed: Sequence[tuple[str, str]], settings: Settings
    ) -> None:
        """Called once a batch is written."""


# --- the heavy stages (plain functions of their arguments) ----------------------------------


def extract_batch(todo: Sequence[tuple[StorySpec, Read, str | None]], settings: Settings) -> list[StoryResult]:
    """Extract and segment every article of the batch's stories (bad articles become skips)."""
    return [pipeline.prepare_story(spec, settings, read, fingerprint) for spec, read, fingerprint in todo]


@dataclass
class Reconciled:
    """What the reconcile stage sends back: the stories with their claims, and compact vectors."""

    results: list[StoryResult]
    vectors: np.ndarray
    """float32 (sentences, dim): one row per sentence of `results`, in order."""
    new_hashes: list[str]
    new_vectors: np.ndarray
    """float32 rows of the texts newly encoded (`new_hashes`), for the warehouse's embedding cache."""
    stats: EmbedStats
    timings: dict[str, float]


def sentence_texts(results: Sequence[StoryResult], settings: Settings) -> tuple[dict[str, str], list[str]]:
    """(text by hash of every unique clipped sentence, the hash of each sentence in order)."""
    by_hash: dict[str, str] = {}
    hashes: list[str] = []
    for res in results:
        for s in res.sentences:
            h = embed.text_hash(embed.clip(s.text, settings.max_sentence_chars))
            by_hash.setdefault(h, s.text)
            hashes.append(h)
    return by_hash, hashes


EMBED_GROUP = 768
"""Texts to encode per group of stories in `reconcile_batch`: a group is aligned while the next one
embeds. Smaller groups overlap more but pad more (the encoder sorts each call's texts by length):
on 2,208 bench sentences, groups of 256 encode 15% slower than one call, of 768 about 3%."""


def story_groups(starts: Sequence[int], hashes: Sequence[str], todo: set[str]) -> list[list[int]]:
    """The stories of a batch in order, in groups of at least EMBED_GROUP texts still to encode (the
    last group takes the rest); a group is a list of story indexes. Story i's sentences are
    hashes[starts[i]:starts[i + 1]]."""
    groups: list[list[int]] = [[]]
    seen: set[str] = set()
    for i in range(len(starts) - 1):
        if len(seen) >= EMBED_GROUP:
            groups.append([])
            seen = set()
        groups[-1].append(i)
        seen.update(h for h in hashes[starts[i] : starts[i + 1]] if h in todo)
    return groups


def reconcile_batch(
    results: list[StoryResult],
    cached_hashes: list[str],
    cached: np.ndarray,
    settings: Settings,
    progress: Callable[[int, int], None] | None = None,
) -> Reconciled:
    """Embed the batch's sentences (those not in `cached`), then align and compare each story.

    The model is loaded once per process (embed.load_onnx / load_model are cached). The stories go
    through in groups (`story_groups`): while the model embeds a group, one thread extracts the facts
    of its sentences and aligns and compares the group before it (pure-Python work that the
    model's matrix products leave room for). `progress(done, total)` counts unique texts, those
    found in the cache first. `timings`: "embed" until the last text is encoded, "align" the wait for
    the alignment after it.
    """
    from .compare import prepare_facts

    t = time.perf_counter()
    by_hash, hashes = sentence_texts(results, settings)
    vectors = dict(zip(cached_hashes, cached))
    todo = [h for h in by_hash if h not in vectors]
    stats = EmbedStats(
        sentences=len(hashes), unique_texts=len(by_hash), from_cache=len(by_hash) - len(todo), encoded=len(todo)
    )
    starts = np.cumsum([0] + [len(r.sentences) for r in results])
    groups = story_groups(starts, hashes, set(todo))
    done = stats.from_cache
    if progress:
        progress(done, len(by_hash))

    def align_group(members: list[int], embeddings: dict[str, np.ndarray]) -> None:
        for i in members:
            pipeline.reconcile_story(results[i], embeddings, settings)

    new_hashes: list[str] = []
    new_rows: list[np.ndarray] = []
    with ThreadPoolExecutor(1, thread_name_prefix="reconcile-align") as pool, embed.quick_gil_handoff():
        work = [pool.submit(prepare_facts, pipeline.fact_items([results[i] for i in groups[0]]))]
        for g, members in enumerate(groups):
            wanted = [hashes[k] for i in members for k in range(starts[i], starts[i + 1])]
            fresh = list(dict.fromkeys(h for h in wanted if h not in vectors))
            if fresh:
                base = done

                def step(n: int, base: int = base) -> None:
                    progress(base + n, len(by_hash))  # type: ignore[misc]

                rows = pipeline.encode_texts([by_hash[h] for h in fresh], settings, step if progress else None)
                vectors.update(zip(fresh, rows))
                new_hashes += fresh
                new_rows.append(rows)
                done += len(fresh)
            if g + 1 < len(groups):
                work.append(pool.submit(prepare_facts, pipeline.fact_items([results[i] for i in groups[g + 1]])))
            embeddings = {
                s.sentence_id: np.asarray(vectors[hashes[k]], np.float32)
                for i in members
                for k, s in zip(range(starts[i], starts[i + 1]), results[i].sentences)
            }
            work.append(pool.submit(align_group, members, embeddings))
        embedded = time.perf_counter()
        for w in work:
            w.result()
    dim = len(next(iter(vectors.values()))) if vectors else 1
    matrix = (
        np.stack([vectors[h] for h in hashes]).astype(np.float32, copy=False)
        if hashes
        else np.zeros((0, dim), np.float32)
    )
    fresh_matrix = (
        np.concatenate(new_rows).astype(np.float32, copy=False) if new_rows else np.zeros((0, dim), np.float32)
    )
    return Reconciled(
        results,
        matrix,
        new_hashes,
        fresh_matrix,
        stats,
        {"embed": embedded - t, "align": time.perf_counter() - embedded},
    )


# --- the driver -----------------------------------------------------------------------------


def write_batch(
    settings: Settings,
    run_id: str,
    started: datetime,
    results: Sequence[StoryResult],
    embeddings: dict[str, np.ndarray],
    new: dict[str, np.ndarray],
    failed: int,
    orchestrator: str,
    finished: bool = True,
    skipped: int | None = None,
    stories_ok: int | None = None,
    fetches: Sequence[Any] = (),
) -> float:
    """pipeline.store_run of one batch (one transaction, every story whole); returns its seconds."""
    t = time.perf_counter()
    pipeline.store_run(
        settings,
        run_id,
        started,
        results,
        embeddings,
        new,
        failed,
        orchestrator,
        finished,
        skipped,
        stories_ok,
        fetches,
    )
    return time.perf_counter() - t


@dataclass
class _InFlight:
    batch: Batch
    extract: Pending[list[StoryResult]]
    prepared: list[StoryResult] | None = None
    failed: list[tuple[str, str]] = field(default_factory=list)
    inputs: tuple[list[StoryResult], list[str], np.ndarray] | None = None
    """The reconcile stage's arguments: the usable stories, and the hashes and vectors cached for them."""
    reconcile: Pending[Reconciled] | None = None


@dataclass
class _Write:
    """A reconciled batch on its way to the writer."""

    fl: _InFlight
    out: Reconciled
    args: tuple[Any, ...]
    """write_batch's arguments."""
    new: dict[str, np.ndarray]
    """The vectors the batch encoded (text hash -> vector), cached by its write."""
    pending: Pending[float] | None = None


def run_batches(
    source: StorySource,
    settings: Settings,
    run_id: str | None = None,
    stages: Stages | None = None,
    orchestrator: str = "in-process",
    progress: Progress | None = None,
    on_written: Callable[[list[StoryResult], list[tuple[str, str]]], None] | None = None,
) -> RunSummary:
    """Reconcile the source's stories into the warehouse, `settings.story_batch` stories at a time.

    Per batch: read (files, fetched pages, unchanged check) here; extract (a stage); look up cached
    vectors here; embed, align and compare (a stage); write (a stage), in one transaction. Up to
    `stages.parallel` batches are extracted and reconciled at once, the next one read ahead, and the
    batch before is written meanwhile. The warehouse reads of the batches ahead come before that
    write starts, so no read overlaps a write; a batch's cache look-up also sees the vectors of the
    batch still to be written (the warehouse's cache holds them once it is), so a run embeds and
    stores exactly what it would with one stage at a time. `progress(stage, done, total)` is told
    ("extracted", stories, of), ("sentences", embedded, of so far) and ("stories", written, of).
    `on_written(results, failed)` is called after each batch is written (the results are then
    dropped: the summary keeps one line per story).

    A failing write stops the run with its error once the batch after is reconciled; the batches
    written before stay. When another stage fails, the batch already reconciled is still written.
    `summary.timings`: "write" is the writer's own seconds, "write_wait" the part of them the run
    waited for (the rest overlapped the next batch's embedding).
    """
    own = stages is None
    stages = stages or InProcess()
    run_id = run_id or uuid.uuid4().hex
    pipeline.check_warehouse_model(settings)
    started = datetime.now(timezone.utc)
    summary = RunSummary(run_id=run_id)
    summary.timings = dict.fromkeys(("extract", "embed", "align", "write", "write_wait"), 0.0)
    timings = summary.timings
    items = source.items
    size = max(1, settings.story_batch)
    chunks = [items[lo : lo + size] for lo in range(0, len(items), size)]
    ahead = max(1, stages.parallel)
    flight: dict[int, _InFlight] = {}
    queue: list[_Write] = []  # at most one: the batch reconciled last, to be written or being written
    counts = {"read": 0, "extracted": 0, "embedded": 0, "done": 0}
    here = isinstance(stages, InProcess)  # models are loaded in this process
    created = False  # the warehouse was created by this run, before its first batch
    if here and items:
        from .language import preload

        preload()  # the CLI may have started it already

    def start(j: int) -> None:
        batch = source.read(j, chunks[j], settings, stages)
        flight[j] = _InFlight(batch, stages.submit("extract", extract_batch, batch.todo(), settings))

    def embed_progress(n: int, of: int) -> None:
        if progress:
            progress("sentences", counts["embedded"] + n, counts["embedded"] + of)

    def prepare(fl: _InFlight) -> None:
        fl.prepared = fl.extract.result()
        counts["extracted"] += len(fl.batch.specs)
        if progress:
            progress("extracted", counts["extracted"], len(items))
        if isinstance(source, StorySource):  # discovery's stories are read from the warehouse already
            for res in fl.prepared:
                pipeline.keep_stored_articles(res, settings)
        ok, fl.failed = pipeline.split_usable(fl.prepared)
        hashes = list(sentence_texts(ok, settings)[0])
        cache = {} if created and fl.batch.index == 0 else pipeline.cached_vectors(settings, hashes)
        if settings.use_cache and queue:  # the batch before, not written yet: its vectors as its write caches them
            cache.update({h: queue[0].new[h] for h in hashes if h not in cache and h in queue[0].new})
        cached_hashes = list(cache)
        cached = (
            np.stack([cache[h] for h in cached_hashes]).astype(np.float32) if cache else np.zeros((0, 1), np.float32)
        )
        fl.inputs = (ok, cached_hashes, cached)

    def write_next() -> None:
        queue[0].pending = stages.submit("write", write_batch, *queue[0].args)

    def written() -> None:
        """Wait for the batch handed to the writer (its error raised here), then account for it."""
        w = queue.pop(0)
        assert w.pending is not None
        t = time.perf_counter()
        timings["write"] += w.pending.result()
        timings["write_wait"] += time.perf_counter() - t
        _written(w, source, settings, summary)
        if on_written:
            on_written(w.out.results, w.fl.failed)
        counts["done"] += len(w.fl.batch.specs)
        if progress:
            progress("stories", counts["done"], len(items))

    try:
        t = time.perf_counter()
        for k in range(len(chunks)):
            # Warehouse reads first (the batches ahead: pages, unchanged stories, cached vectors), then
            # the write of the batch before, which runs while this one embeds.
            while counts["read"] < len(chunks) and counts["read"] <= k + ahead:
                start(counts["read"])
                counts["read"] += 1
            if k == 0 and here and _will_encode(flight[0].batch, settings):
                # While the first batch is extracted: the model, and a new warehouse's schema (no
                # vectors to look up in it then).
                embed.load(settings.model, settings.embed_backend)
                created = pipeline.create_warehouse(settings)
            for j in range(k, min(k + ahead, len(chunks))):
                if flight[j].inputs is None:
                    prepare(flight[j])
            if queue:
                write_next()
            for j in range(k, min(k + ahead, len(chunks))):
                fj = flight[j]
                if fj.reconcile is None:
                    assert fj.inputs is not None
                    fj.reconcile = stages.submit(
                        "reconcile", reconcile_batch, *fj.inputs, settings, embed_progress if progress else None
                    )
            fl = flight.pop(k)
            assert fl.reconcile is not None and fl.prepared is not None
            out = fl.reconcile.result()
            # Reading and extracting: the time until this batch was reconciled, less its embedding and
            # alignment (which ran meanwhile, here or on a worker).
            timings["extract"] += max(0.0, time.perf_counter() - t - out.timings["embed"] - out.timings["align"])
            counts["embedded"] += out.stats.unique_texts
            for key in ("sentences", "unique_texts", "from_cache", "encoded"):
                setattr(summary.embed, key, getattr(summary.embed, key) + getattr(out.stats, key))
            timings["embed"] += out.timings["embed"]
            timings["align"] += out.timings["align"]
            if queue:
                written()
            queue.append(
                _to_write(fl, out, source, settings, summary, run_id, started, orchestrator, k + 1 == len(chunks))
            )
            t = time.perf_counter()
        if queue:
            write_next()
            written()
        if not chunks:
            stages.submit("write", pipeline.store_run, settings, run_id, started, [], {}, {}, 0, orchestrator).result()
    except BaseException:
        # A batch reconciled before the failure is still written, as it was before the next batch
        # started when stages ran one at a time (a failed write was taken off the queue: not again).
        if queue:
            if queue[0].pending is None:
                write_next()
            written()
        raise
    finally:
        if own:
            stages.close()  # type: ignore[attr-defined]
    pipeline.log_story_lines(summary.lines)  # the caller reports failed stories (the CLI as errors)
    return summary


def _will_encode(batch: Batch, settings: Settings) -> bool:
    """Whether the batch's sentences will be encoded, so far as is known before extraction: it has
    stories to reconcile and no embedding cache to find them in (a fresh warehouse, or no cache)."""
    return bool(batch.todo()) and (not settings.use_cache or not Path(settings.db_path).exists())


def _to_write(
    fl: _InFlight,
    out: Reconciled,
    source: StorySource,
    settings: Settings,
    summary: RunSummary,
    run_id: str,
    started: datetime,
    orchestrator: str,
    last: bool,
) -> _Write:
    """A reconciled batch ready for the writer, its unchanged and failed stories added to the summary."""
    batch, prepared = fl.batch, fl.prepared or []
    for spec, read in zip(batch.specs, batch.reads):
        if spec.story_id in batch.unchanged:
            summary.unchanged.append(spec.story_id)
            summary.lines.append(batch.unchanged[spec.story_id])
            summary.skips += read[1]
    summary.failed += fl.failed
    for res in out.results:
        source.finish(batch, res)
    sids = [s.sentence_id for r in out.results for s in r.sentences]
    embeddings = dict(zip(sids, out.vectors))
    new = dict(zip(out.new_hashes, out.new_vectors))
    args = (
        settings,
        run_id,
        started,
        out.results,
        embeddings,
        new,
        len(summary.failed),
        orchestrator,
        last,
        len(summary.skips) + sum(len(r.skips) for r in prepared),
        len(summary.lines) - len(summary.unchanged) + len(out.results),
        batch.fetches,
    )
    return _Write(fl, out, args, new)


def _written(w: _Write, source: StorySource, settings: Settings, summary: RunSummary) -> None:
    """Add a written batch's stories to the summary."""
    batch, out, prepared = w.fl.batch, w.out, w.fl.prepared or []
    summary.lines += [source.line(batch, r) for r in out.results]
    summary.skips += [k for r in prepared for k in r.skips]
    summary.reconciled_skips += [k for r in out.results for k in r.skips]
    source.written(batch, out.results, w.fl.failed, settings)
