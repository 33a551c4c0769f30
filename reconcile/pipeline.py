"""The stages of a run as plain functions; the CLI and the Prefect flow both call these."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from . import embed
from .align import align_story
from .errors import ArticleError, ReconcileError
from .records import Article, Discrepancy, Sentence, Skip, StoryResult, StorySpec, stable_id
from .segment import split_text
from .settings import Settings
from .sources import RawArticle, load_story, read_article_file
from .store import RunRecord, cached_embeddings, write_run

log = logging.getLogger(__name__)


def load_stories(paths: Sequence[Path | str]) -> list[StorySpec]:
    """Validate every path and manifest up front (no heavy imports); raises StoryError."""
    specs = [load_story(p) for p in paths]
    seen: dict[str, Path] = {}
    for s in specs:
        if s.story_id in seen:
            from .errors import StoryError
            raise StoryError(f"{s.manifest or s.folder}: story id {s.story_id!r} is also used by {seen[s.story_id]}")
        seen[s.story_id] = s.manifest or s.folder
    return specs


def read_raw(spec: StorySpec, art, settings: Settings) -> RawArticle:
    """Bytes of one article: its file, else its URL."""
    if art.file is not None:
        return read_article_file(spec, art, settings.max_file_bytes)
    from .fetch import fetch_article
    return fetch_article(art, settings.max_file_bytes)


def segment_article(article: Article) -> list[Sentence]:
    out = []
    for pos, (par, s, e) in enumerate(split_text(article.text)):
        text = article.text[s:e]
        out.append(Sentence(sentence_id=stable_id(article.article_id, pos, text), article_id=article.article_id,
                            outlet_id=article.outlet_id, position=pos, paragraph=par, start=s, end=e, text=text))
    return out


def prepare_article(spec: StorySpec, art, settings: Settings) -> tuple[Article, list[Sentence]]:
    """Read, extract and segment one article; raises ArticleError when it has no usable text."""
    from .extract import extract_article

    raw = read_raw(spec, art, settings)
    article = extract_article(raw, spec.story_id)
    sentences = segment_article(article)
    if len(sentences) < settings.min_article_sentences:
        raise ArticleError(f"{raw.source}: no article found (only {len(sentences)} sentence(s) of text)")
    return article, sentences


def prepare_story(spec: StorySpec, settings: Settings) -> StoryResult:
    """Extract and segment every article of a story; bad articles become skips."""
    res = StoryResult(spec=spec)
    seen_hashes: dict[str, str] = {}
    for art in spec.articles:
        where = str(art.file or art.url)
        try:
            article, sentences = prepare_article(spec, art, settings)
        except ArticleError as e:
            log.warning("%s", e)
            res.skips.append(Skip(spec.story_id, where, str(e)))
            continue
        if article.article_id in {a.article_id for a in res.articles}:
            msg = f"{where}: the same outlet and source appear twice in story {spec.story_id!r}; kept the first"
            log.warning("%s", msg)
            res.skips.append(Skip(spec.story_id, where, msg))
            continue
        if article.content_hash in seen_hashes:
            log.warning("%s: same text as %s", where, seen_hashes[article.content_hash])
        seen_hashes[article.content_hash] = where
        res.articles.append(article)
        res.sentences.extend(sentences)
    return res


@dataclass
class EmbedStats:
    sentences: int = 0
    unique_texts: int = 0
    from_cache: int = 0
    encoded: int = 0


def embed_sentences(results: Sequence[StoryResult], settings: Settings,
                    stats: EmbedStats | None = None) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """Embed every sentence of the run in batches; returns (by sentence id, newly encoded by text hash)."""
    stats = stats if stats is not None else EmbedStats()
    label = embed.model_label(settings.model)
    by_hash: dict[str, str] = {}
    sid_hash: dict[str, str] = {}
    for res in results:
        for s in res.sentences:
            h = embed.text_hash(embed.clip(s.text, settings.max_sentence_chars))
            by_hash.setdefault(h, s.text)
            sid_hash[s.sentence_id] = h
    stats.sentences = len(sid_hash)
    stats.unique_texts = len(by_hash)
    cache = cached_embeddings(settings.db_path, label, list(by_hash), settings.lock_wait_seconds) \
        if settings.use_cache else {}
    stats.from_cache = len(cache)
    todo = [h for h in by_hash if h not in cache]
    new: dict[str, np.ndarray] = {}
    if todo:
        vecs = embed.encode([by_hash[h] for h in todo], settings.model, settings.batch_size, settings.max_sentence_chars)
        new = dict(zip(todo, vecs))
    stats.encoded = len(todo)
    vectors = {**cache, **new}
    return {sid: vectors[h] for sid, h in sid_hash.items()}, new


def reconcile_story(res: StoryResult, embeddings: dict[str, np.ndarray], settings: Settings) -> StoryResult:
    """Align the story's sentences into claims and find discrepancies within them."""
    from .compare import compare_pair

    if not res.sentences:
        return res
    emb = np.stack([embeddings[s.sentence_id] for s in res.sentences])
    res.claims = align_story(res.spec.story_id, res.sentences, emb, settings.align_threshold)
    by_id = {s.sentence_id: s for s in res.sentences}
    published = {a.article_id: a.published_at for a in res.articles}
    found: list[Discrepancy] = []
    for claim in res.claims:
        if claim.n_outlets < 2:
            continue
        members = sorted(claim.sentence_ids)
        for i, a_id in enumerate(members):
            for b_id in members[i + 1:]:
                a, b = by_id[a_id], by_id[b_id]
                if a.outlet_id == b.outlet_id:
                    continue
                for c in compare_pair(a.text, b.text, published.get(a.article_id), published.get(b.article_id)):
                    found.append(Discrepancy(
                        discrepancy_id=stable_id(claim.claim_id, a_id, b_id, c.kind), story_id=res.spec.story_id,
                        claim_id=claim.claim_id, kind=c.kind, sentence_id_a=a_id, sentence_id_b=b_id,
                        value_a=c.value_a, value_b=c.value_b, norm_a=c.norm_a, norm_b=c.norm_b,
                        explanation=c.explanation, confidence=float(c.confidence)))
    res.discrepancies = found
    return res


@dataclass
class RunSummary:
    run_id: str
    results: list[StoryResult] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    """(story id, reason) of stories that could not be reconciled."""
    embed: EmbedStats = field(default_factory=EmbedStats)
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def skipped(self) -> int:
        return sum(len(r.skips) for r in self.results)


def split_usable(prepared: Sequence[StoryResult]) -> tuple[list[StoryResult], list[tuple[str, str]]]:
    """Stories with at least one usable article, and the failed ones with their reason."""
    ok, failed = [], []
    for res in prepared:
        if res.articles:
            if len({a.outlet_id for a in res.articles}) < 2:
                log.warning("story %s: only one outlet's article is usable; all its claims are unique",
                            res.spec.story_id)
            ok.append(res)
        else:
            reasons = "; ".join(k.reason for k in res.skips) or "no articles"
            failed.append((res.spec.story_id, f"no usable article ({reasons})"))
    return ok, failed


def run_stories(specs: Sequence[StorySpec], settings: Settings, run_id: str | None = None,
                orchestrator: str = "in-process",
                progress: Callable[[str, int, int], None] | None = None) -> RunSummary:
    """Prepare, embed, reconcile and store a batch of stories in-process."""
    import time

    run_id = run_id or uuid.uuid4().hex
    check_warehouse_model(settings)
    started = datetime.now(timezone.utc)
    summary = RunSummary(run_id=run_id)
    t = time.perf_counter()
    prepared = []
    for i, spec in enumerate(specs, 1):
        prepared.append(prepare_story(spec, settings))
        if progress:
            progress("extract", i, len(specs))
    summary.timings["extract"] = time.perf_counter() - t
    ok, summary.failed = split_usable(prepared)
    t = time.perf_counter()
    embeddings, new = embed_sentences(ok, settings, summary.embed)
    summary.timings["embed"] = time.perf_counter() - t
    t = time.perf_counter()
    for i, res in enumerate(ok, 1):
        reconcile_story(res, embeddings, settings)
        if progress:
            progress("align", i, len(ok))
    summary.timings["align"] = time.perf_counter() - t
    t = time.perf_counter()
    store_run(settings, run_id, started, ok, embeddings, new, len(summary.failed), orchestrator)
    summary.timings["write"] = time.perf_counter() - t
    summary.results = ok
    return summary


def check_warehouse_model(settings: Settings) -> None:
    """Fail before any embedding work when the warehouse holds another model's vectors."""
    from .errors import ModelError
    from .store import connect, schema_info

    if not Path(settings.db_path).exists():
        return
    with connect(settings.db_path, read_only=True, wait_seconds=settings.lock_wait_seconds) as con:
        held = schema_info(con).get("model")
    label = embed.model_label(settings.model)
    if held and held != label:
        raise ModelError(f"{settings.db_path}: this warehouse holds embeddings of model {held!r}, "
                         f"not {label!r}; use --model {held} or another --db")


def store_run(settings: Settings, run_id: str, started: datetime, results: Sequence[StoryResult],
              embeddings: dict[str, np.ndarray], new: dict[str, np.ndarray], failed: int,
              orchestrator: str) -> None:
    label = embed.model_label(settings.model)
    # The vector size comes from the vectors themselves; the model is loaded only when there are none.
    dim = len(next(iter(embeddings.values()))) if embeddings else embed.dimension(settings.model)
    run = RunRecord(run_id=run_id, started_at=started, model=label, parameters=settings.parameters(),
                    orchestrator=orchestrator)
    skipped = sum(len(r.skips) for r in results)
    write_run(settings.db_path, run, results, embeddings, new, dim, failed, skipped, settings.lock_wait_seconds)


def story_line(res: StoryResult) -> dict[str, object]:
    """Per-story summary figures as printed by the CLI."""
    shared = sum(1 for c in res.claims if c.n_outlets >= 2)
    return {
        "story_id": res.spec.story_id,
        "outlets": len({a.outlet_id for a in res.articles}),
        "articles": len(res.articles),
        "sentences": len(res.sentences),
        "claims": len(res.claims),
        "shared_claims": shared,
        "discrepancies": len(res.discrepancies),
        "skipped": len(res.skips),
    }


__all__ = ["ReconcileError", "RunSummary", "load_stories", "prepare_story", "embed_sentences",
           "reconcile_story", "run_stories", "store_run", "story_line"]
