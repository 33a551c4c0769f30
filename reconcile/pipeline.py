"""The stages of a run as plain functions; the CLI and the Prefect flow both call these."""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np

from . import embed
from .align import DEFAULT_WEIGHTS, PairScores, align_story, story_features
from .errors import ArticleError, ModelError, ReconcileError, StoryError, StoryErrors
from .records import Article, Discrepancy, Sentence, Skip, StoryResult, StorySpec, slugify, stable_id
from .segment import split_text
from .settings import CALIBRATION_FILE, Settings
from .sources import RawArticle, load_story, read_article_file
from .store import (
    RunRecord,
    cached_embeddings,
    check_model,
    connect,
    ensure_schema,
    schema_info,
    stored_articles,
    stored_dimension,
    stored_fingerprints,
    write_run,
)

log = logging.getLogger(__name__)


def load_stories(paths: Sequence[Path | str]) -> list[StorySpec]:
    """Validate every path and manifest up front (no heavy imports); raises StoryError, or StoryErrors
    naming every bad path and manifest when there are several (one run finds them all)."""
    specs: list[StorySpec] = []
    problems: list[str] = []
    for p in paths:
        try:
            specs.append(load_story(p))
        except StoryError as e:
            problems.append(str(e))
    seen: dict[str, Path] = {}
    for s in specs:
        if s.story_id in seen:
            problems.append(f"{s.manifest or s.folder}: story id {s.story_id!r} is also used by {seen[s.story_id]}")
        else:
            seen[s.story_id] = s.manifest or s.folder
    if len(problems) == 1:
        raise StoryError(problems[0])
    if problems:
        raise StoryErrors(problems)
    return specs


def read_raw(spec: StorySpec, art, settings: Settings, pages: Mapping[str, Any] | None = None) -> RawArticle:
    """Bytes of one article: its file, else its URL (from `pages` fetched earlier, else fetched now)."""
    if art.file is not None:
        return read_article_file(spec, art, settings.max_file_bytes)
    from .fetch import page_for

    return page_for(art, pages, settings)


def segment_article(article: Article) -> list[Sentence]:
    out = []
    for pos, (par, s, e) in enumerate(split_text(article.text)):
        text = article.text[s:e]
        out.append(
            Sentence(
                sentence_id=stable_id(article.article_id, pos, text),
                article_id=article.article_id,
                outlet_id=article.outlet_id,
                position=pos,
                paragraph=par,
                start=s,
                end=e,
                text=text,
            )
        )
    return out


def read_story(
    spec: StorySpec, settings: Settings, pages: Mapping[str, Any] | None = None
) -> tuple[list[RawArticle], list[Skip]]:
    """Read (or fetch) every article's bytes; unreadable ones become skips."""
    raws, skips = [], []
    for art in spec.articles:
        try:
            raws.append(read_raw(spec, art, settings, pages))
        except ArticleError as e:
            log.warning("%s", e)
            skips.append(Skip(spec.story_id, str(art.file or art.url), str(e)))
    return raws, skips


RESULT_CODE = (
    "sources.py",
    "extract.py",
    "language.py",
    "extraction_eval.py",
    "segment.py",
    "facts",
    "embed.py",
    "align.py",
    "compare",
    "records.py",
    "pipeline.py",
)
"""The modules (and packages) of `reconcile/` whose code shapes a story's derived rows. The CLI, flows,
store, reports, discovery and monitoring are left out: editing them does not re-run unchanged stories."""

RESULT_LIBRARIES = {
    "torch": ("trafilatura", "lxml", "torch", "transformers", "sentence-transformers", "tokenizers"),
    "onnx-int8": ("trafilatura", "lxml", "onnxruntime", "tokenizers"),
}
"""Per embedding backend, the libraries whose version shapes results: extraction, then embeddings
(onnx-int8 runs a cached export through onnxruntime; torch is used only once, to export it)."""


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of the result-shaping code (RESULT_CODE) and the calibration: results change when these do."""
    return code_hash(Path(__file__).resolve().parent, CALIBRATION_FILE)


def code_hash(root: Path, calibration: Path) -> str:
    """Hash of the RESULT_CODE files under `root` (a copy of `reconcile/`) and of the calibration file."""
    files: list[Path] = []
    for name in RESULT_CODE:
        path = root / name
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    h = hashlib.sha256()
    for path in files:
        if path.is_file():
            h.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    h.update(b"calibration.json\0" + calibration.read_bytes())
    return h.hexdigest()


@lru_cache(maxsize=4)
def library_versions(embed_backend: str) -> tuple[str, ...]:
    """'name==version' of the libraries that shape results with this backend ('name==absent' if missing)."""
    from importlib.metadata import PackageNotFoundError, version

    out = []
    for name in RESULT_LIBRARIES.get(embed_backend, RESULT_LIBRARIES["torch"]):
        try:
            out.append(f"{name}=={version(name)}")
        except PackageNotFoundError:
            out.append(f"{name}==absent")
    return tuple(out)


def story_fingerprint(spec: StorySpec, raws: Sequence[RawArticle], settings: Settings) -> str:
    """Everything a story's derived rows depend on: inputs, settings, model, code and library versions."""
    parts: list[object] = [
        code_fingerprint(),
        library_versions(settings.embed_backend),
        sorted(settings.parameters().items()),
        spec.story_id,
        spec.title,
    ]
    for raw in raws:
        parts += [
            raw.spec.outlet,
            raw.spec.url,
            raw.spec.published,
            raw.source.rsplit("/", 1)[-1],
            hashlib.sha256(raw.data).hexdigest(),
        ]
    return stable_id(*parts, length=32)


def extract_one(raw: RawArticle, story_id: str, settings: Settings) -> tuple[Article, list[Sentence]]:
    """Extract and segment one article; raises ArticleError when it has no usable text."""
    from .extract import extract_article

    article = extract_article(raw, story_id)
    sentences = segment_article(article)
    if len(sentences) < settings.min_article_sentences:
        raise ArticleError(
            f"{raw.source}: no article found (only {len(sentences)} sentence(s) of text; "
            f"min_article_sentences is {settings.min_article_sentences})"
        )
    if len(sentences) > settings.max_article_sentences:
        raise ArticleError(
            f"{raw.source}: {len(sentences):,} sentences, over the "
            f"{settings.max_article_sentences:,}-sentence limit for one article; refused"
        )
    return article, sentences


def prepare_story(
    spec: StorySpec,
    settings: Settings,
    read: tuple[list[RawArticle], list[Skip]] | None = None,
    fingerprint: str | None = None,
) -> StoryResult:
    """Read, extract and segment every article of a story; bad articles become skips.

    `fingerprint` (story_fingerprint) is computed here when not given: a worker on another machine
    is given the one computed where the run runs, whose code and libraries it describes."""
    raws, skips = read if read is not None else read_story(spec, settings)
    res = StoryResult(spec=spec, skips=list(skips), input_hash=fingerprint or story_fingerprint(spec, raws, settings))
    seen_hashes: dict[str, str] = {}
    for raw in raws:
        try:
            article, sentences = extract_one(raw, spec.story_id, settings)
        except ArticleError as e:
            log.warning("%s", e)
            res.skips.append(Skip(spec.story_id, raw.source, str(e)))
            continue
        if article.article_id in {a.article_id for a in res.articles}:
            msg = f"{raw.source}: the same outlet and source appear twice in story {spec.story_id!r}; kept the first"
            log.warning("%s", msg)
            res.skips.append(Skip(spec.story_id, raw.source, msg))
            continue
        if article.content_hash in seen_hashes:
            log.warning("%s: same text as %s", raw.source, seen_hashes[article.content_hash])
        seen_hashes[article.content_hash] = raw.source
        res.articles.append(article)
        res.sentences.extend(sentences)
    return res


def keep_stored_articles(res: StoryResult, settings: Settings) -> None:
    """Put back, as the warehouse holds them, the articles that could not be read this time but that
    the story's last run stored: a page that went missing, empty, corrupt or unreachable does not
    drop its outlet's earlier article (and its claims) from the story. Each one is a warning; its
    skip is still recorded. A story with no article read this time is left to fail as it is."""
    if not res.articles or not res.skips:
        return
    by_source = {str(a.file or a.url): a for a in res.spec.articles}
    missing = [by_source[k.where] for k in res.skips if k.where in by_source]
    if not missing:
        return
    read = {a.outlet_id for a in res.articles}
    stored = stored_articles(settings.db_path, res.spec.story_id, settings.lock_wait_seconds)
    for spec in missing:
        source = str(spec.file or spec.url)
        for row in stored:
            same = row["outlet_id"] == slugify(spec.outlet) if spec.outlet else row["source"] == source
            if not same or row["outlet_id"] in read:
                continue
            article = Article(**{k: v for k, v in row.items() if k != "run_id"})
            res.articles.append(article)
            res.sentences.extend(segment_article(article))
            read.add(article.outlet_id)
            log.warning(
                "%s: kept %s's article as run %s stored it (this run could not read it)",
                source,
                article.outlet,
                row["run_id"],
            )
            break


def unchanged_stories(
    specs: Sequence[StorySpec],
    reads: Sequence[tuple[list[RawArticle], list[Skip]]],
    settings: Settings,
    fingerprints: Mapping[str, str] | None = None,
) -> dict[str, dict[str, object]]:
    """Stories whose fingerprint (given, else computed) matches the warehouse's, with their stored summary line."""
    if settings.force or not specs:
        return {}
    stored = stored_fingerprints(settings.db_path, [s.story_id for s in specs], settings.lock_wait_seconds)
    out: dict[str, dict[str, object]] = {}
    for spec, (raws, _) in zip(specs, reads):
        line = dict(stored.get(spec.story_id) or {})
        known = (fingerprints or {}).get(spec.story_id)
        if line and line.pop("input_hash") == (known or story_fingerprint(spec, raws, settings)):
            out[spec.story_id] = {**line, "unchanged": True}
    return out


@dataclass
class EmbedStats:
    sentences: int = 0
    unique_texts: int = 0
    from_cache: int = 0
    encoded: int = 0


def embed_sentences(
    results: Sequence[StoryResult],
    settings: Settings,
    stats: EmbedStats | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """Embed every sentence of the run in batches; returns (by sentence id, newly encoded by text hash).

    Vectors come from the warehouse's cache when it has them for this model and backend.
    `progress(done, total)` counts unique texts, those found in the cache first.
    """
    stats = stats if stats is not None else EmbedStats()
    by_hash: dict[str, str] = {}
    sid_hash: dict[str, str] = {}
    for res in results:
        for s in res.sentences:
            h = embed.text_hash(embed.clip(s.text, settings.max_sentence_chars))
            by_hash.setdefault(h, s.text)
            sid_hash[s.sentence_id] = h
    stats.sentences = len(sid_hash)
    stats.unique_texts = len(by_hash)
    cache = cached_vectors(settings, list(by_hash))
    stats.from_cache = len(cache)
    todo = [h for h in by_hash if h not in cache]
    new: dict[str, np.ndarray] = {}
    if progress:
        progress(len(cache), len(by_hash))
    if todo:
        step = (lambda n: progress(len(cache) + n, len(by_hash))) if progress else None
        new = dict(zip(todo, encode_texts([by_hash[h] for h in todo], settings, step)))
    stats.encoded = len(todo)
    vectors = {**cache, **new}
    return {sid: vectors[h] for sid, h in sid_hash.items()}, new


def encode_texts(texts: list[str], settings: Settings, progress: Callable[[int], None] | None = None) -> np.ndarray:
    """Unit-length vectors of the texts with the run's model, backend, batch size and clipping."""
    return embed.encode(
        texts,
        settings.model,
        settings.batch_size,
        settings.max_sentence_chars,
        backend=settings.embed_backend,
        progress=progress,
    )


def cached_vectors(settings: Settings, hashes: Sequence[str]) -> dict[str, np.ndarray]:
    """Vectors the warehouse's embedding cache holds for these text hashes (this model and backend)."""
    if not settings.use_cache or not hashes:
        return {}
    return cached_embeddings(
        settings.db_path,
        embed.model_label(settings.model),
        list(hashes),
        settings.lock_wait_seconds,
        embed.cache_key(settings.model, settings.embed_backend),
    )


def fact_items(results: Sequence[StoryResult]) -> list[tuple[str, datetime | None]]:
    """(sentence, its article's publication time) for every sentence, to extract facts ahead."""
    items: list[tuple[str, datetime | None]] = []
    for r in results:
        published = {a.article_id: a.published_at for a in r.articles}
        items += [(s.text, published.get(s.article_id)) for s in r.sentences]
    return items


LINK_FLOOR = 0.1
"""Pairs scoring below this are never compared for conflicts, whatever the calibrated gates say."""


def reconcile_story(res: StoryResult, embeddings: dict[str, np.ndarray], settings: Settings) -> StoryResult:
    """Align the story's sentences into claims and find discrepancies within them."""
    from .compare import compare_pair

    if not res.sentences:
        return res
    emb = np.stack([embeddings[s.sentence_id] for s in res.sentences])
    weights = settings.align_weights or DEFAULT_WEIGHTS
    gates = settings.discrepancy_gates or {}
    published = {a.article_id: a.published_at for a in res.articles}
    sents = res.sentences

    def same_slot(i: int, j: int, score: float) -> bool:
        # Two sentences that give one fact slot different values are one claim, even when the
        # differing value keeps their similarity below the threshold.
        a, b = sents[i], sents[j]
        cosine = float(emb[i] @ emb[j])
        return any(
            links_one_slot(c.kind, c.confidence, score, cosine, settings)
            for c in compare_pair(a.text, b.text, published.get(a.article_id), published.get(b.article_id))
        )

    floor = max(LINK_FLOOR, min(gates.values(), default=LINK_FLOOR))  # only pairs at or above it are offered
    pairs = PairScores([s.outlet_id for s in sents], story_features(sents, emb), weights)
    anchored = anchored_pairs(sents, published)
    res.claims = align_story(
        res.spec.story_id,
        sents,
        emb,
        settings.align_threshold,
        weights,
        link=same_slot,
        link_floor=floor,
        scores=pairs,
        anchored=anchored,
        link_close=(CLOSE_COSINE, LINK_FLOOR),
    )
    index = {s.sentence_id: k for k, s in enumerate(sents)}
    found: list[Discrepancy] = []
    held: list[Discrepancy] = []
    for claim in res.claims:
        if claim.n_outlets < 2:
            continue
        members = sorted(claim.sentence_ids)
        for i, a_id in enumerate(members):
            for b_id in members[i + 1 :]:
                a, b = sents[index[a_id]], sents[index[b_id]]
                if a.outlet_id == b.outlet_id:
                    continue
                for c in compare_pair(a.text, b.text, published.get(a.article_id), published.get(b.article_id)):
                    # A conflict needs the pair itself to score as one claim (at least CLAIM_GATE, or its
                    # kind's gate when lower), not only its group, and the rule that found it enough
                    # confidence; the others are kept, held back.
                    # (an attribute of one named thing needs no more: 'Gulfstar, a Dubai-based operator' /
                    # 'Gulfstar, which is headquartered in Abu Dhabi')
                    pair = 1.0 if c.anchored else pairs(index[a_id], index[b_id])
                    reason = held_back_reason(c.kind, pair, c.confidence, settings, in_claim=True)
                    if not reason and c.kind == "entity" and (full := name_holding_both(c.value_a, c.value_b, sents)):
                        reason = f"the story names one person '{full}', whose name holds both"
                    d = Discrepancy(
                        # From the two sentences and the values, not the claim: a conflict keeps its id when
                        # another outlet's sentence of the claim changes (story_changes compares ids).
                        discrepancy_id=stable_id(res.spec.story_id, a_id, b_id, c.kind, c.norm_a, c.norm_b),
                        story_id=res.spec.story_id,
                        claim_id=claim.claim_id,
                        kind=c.kind,
                        sentence_id_a=a_id,
                        sentence_id_b=b_id,
                        value_a=c.value_a,
                        value_b=c.value_b,
                        norm_a=c.norm_a,
                        norm_b=c.norm_b,
                        explanation=c.explanation,
                        confidence=float(c.confidence),
                        reason=reason,
                    )
                    (held if reason else found).append(d)
    res.discrepancies = found
    res.held_back = held
    return res


_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+")


def name_holding_both(value_a: str, value_b: str, sents: Sequence[Sentence]) -> str:
    """A name in the story's sentences that holds every word of two names sharing a word: two shortenings of one
    person's longer name ('Gabriel Nyok' / 'Gabriel Lual' where another outlet writes 'Gabriel Lual Nyok'), or ''."""
    words_a, words_b = set(value_a.split()), set(value_b.split())
    if len(words_a) < 2 or len(words_b) < 2 or not words_a & words_b or words_a <= words_b or words_b <= words_a:
        return ""
    both = words_a | words_b
    return next((m.group() for s in sents for m in _NAME_RUN.finditer(s.text) if both <= set(m.group().split())), "")


def anchored_pairs(sents: Sequence[Sentence], published: Mapping[str, datetime | None]) -> list[tuple[int, int]]:
    """Cross-outlet sentence pairs that give one named thing two seats ('Gulfstar, a Dubai-based
    operator' / 'Gulfstar, which is headquartered in Abu Dhabi') or one named person two ages
    ('Kessler, 44, represents ...' / 'Kessler, 47, is in his third term') or two nationalities ('built by
    Austrian manufacturer Alpenlift' / 'Swiss manufacturer Alpenlift'): a conflict however differently
    the rest of the two sentences reads; and a denial against its affirmation ('No arrests
    have been made' / 'Police arrested two men', `reconcile.zero_claims`). Only sentences naming a seat
    or an age or a nationality are compared with each other, and a sentence holding a denial with every other
    outlet's."""
    from .compare import compare_pair
    from .compare.entities import names_nationality
    from .compare.numbers import AGE_APPOSITION
    from .facts.entities import SEAT_RE
    from .zero_claims import might_deny

    seats = {
        k
        for k, s in enumerate(sents)
        if SEAT_RE.search(s.text) or AGE_APPOSITION.search(s.text) or names_nationality(s.text)
    }
    denials = {k for k, s in enumerate(sents) if might_deny(s.text)}
    # two sentences naming a seat, an age or a nationality, or a denial against any other sentence
    candidates = set(combinations(sorted(seats), 2))
    candidates |= {(min(d, k), max(d, k)) for d in denials for k in range(len(sents)) if k != d}
    out = []
    for i, j in sorted(candidates):
        a, b = sents[i], sents[j]
        if a.outlet_id == b.outlet_id:
            continue
        conflicts = compare_pair(a.text, b.text, published.get(a.article_id), published.get(b.article_id))
        if any(c.anchored for c in conflicts):
            out.append((i, j))
    return out


CLAIM_GATE = 0.1
"""Inside one claim a pair of sentences needs a pair score of only this much (or its kind's gate when
lower; LINK_FLOOR, below which no pair is compared at all) for a conflict the rules find between them to be
reported: the claim already says the two state one fact. Measured on the fixtures, the 374 fixture-style sets
and the 88 real stories against 0.3: 0.2 finds 89 labelled conflicts more for 7 flags the labels count false,
0.1 finds 160 for 12, 0.0 finds 261 for 24; none of them changes anything on real coverage, where no pair
inside a claim scores that low while the rules fire on it. On the fixtures 0.2 and lower add one flag the
labels count false ('Hernán Quintana' / a third outlet's 'Hernán Quintero', a misspelling the labels name
on the other pair) and one labelled conflict."""


CLOSE_COSINE = 0.75
"""A cosine as high as that of 0.3% of the cross-outlet sentence pairs of the 88 real stories."""
CLOSE_CONFIDENCE = 0.85
CLOSE_KINDS = frozenset({"number", "date", "entity"})


def links_one_slot(kind: str, confidence: float, pair_score: float, cosine: float, settings: Settings) -> bool:
    """Whether a conflict the rules found between two sentences of two claims makes them one fact slot: the pair
    clears its kind's gates, or the two sentences are as close in meaning as CLOSE_COSINE and the rule is sure of
    a figure, a date or a name ('dozens of boxes filled with 50,000 pages of printed emails ... were delivered' /
    'it had received 55,000 pages of Clinton's emails': cosine 0.82, a pair score of 0.35 held down by the
    story's other sentences on the emails); such pairs are offered down to LINK_FLOOR, below the lowest gate.
    Negation is left to the gates: on the real stories none of the 15 negation firings between sentences that
    close is a labelled conflict."""
    if not held_back_reason(kind, pair_score, confidence, settings):
        return True
    return cosine >= CLOSE_COSINE and kind in CLOSE_KINDS and confidence >= CLOSE_CONFIDENCE


def held_back_reason(
    kind: str, pair_score: float, confidence: float, settings: Settings, in_claim: bool = False
) -> str:
    """Why a conflict the rules found is not reported, or '' when it clears its kind's gates (inside
    one claim the pair-score gate is at most CLAIM_GATE)."""
    gate = (settings.discrepancy_gates or {}).get(kind, 0.0)
    if in_claim:
        gate = min(gate, CLAIM_GATE)
    floor = (settings.discrepancy_min_confidence or {}).get(kind, 0.0)
    if pair_score < gate:
        return (
            f"pair score {pair_score:.2f} is below the {kind} gate {gate:.2f}: the sentences may state different facts"
        )
    if confidence < floor:
        return f"rule confidence {confidence:.2f} is below the {kind} floor {floor:.2f}"
    return ""


@dataclass
class RunSummary:
    run_id: str
    results: list[StoryResult] = field(default_factory=list)
    """Full results, when the caller keeps them (the flow); run_stories keeps only `lines`."""
    lines: list[dict[str, object]] = field(default_factory=list)
    """Per-story summary figures (story_line) of the stories written."""
    skips: list[Skip] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    """Stories whose inputs, settings and code match what the warehouse holds: not reprocessed."""
    failed: list[tuple[str, str]] = field(default_factory=list)
    """(story id, reason) of stories that could not be reconciled."""
    reconciled_skips: list[Skip] = field(default_factory=list)
    """The skipped articles of the stories reconciled (those of failed stories are in their reason)."""
    embed: EmbedStats = field(default_factory=EmbedStats)
    timings: dict[str, float] = field(default_factory=dict)

    def story_lines(self) -> list[dict[str, object]]:
        return self.lines + [story_line(r) for r in self.results]

    def all_skips(self) -> list[Skip]:
        return self.skips or [k for r in self.results for k in r.skips]

    @property
    def skipped(self) -> int:
        return len(self.all_skips())


def split_usable(prepared: Sequence[StoryResult]) -> tuple[list[StoryResult], list[tuple[str, str]]]:
    """Stories with at least one usable article, and the failed ones with their reason."""
    ok, failed = [], []
    for res in prepared:
        if res.articles:
            if len({a.outlet_id for a in res.articles}) < 2:
                log.warning(
                    "story %s: only one outlet's article is usable; all its claims are unique", res.spec.story_id
                )
            ok.append(res)
        else:
            reasons = "; ".join(k.reason for k in res.skips) or "no articles"
            failed.append((res.spec.story_id, f"no usable article ({reasons})"))
    return ok, failed


def run_stories(
    specs: Sequence[StorySpec],
    settings: Settings,
    run_id: str | None = None,
    orchestrator: str = "in-process",
    progress: Callable[[str, int, int], None] | None = None,
) -> RunSummary:
    """Prepare, embed, reconcile and store stories in-process, a batch of stories at a time.

    `progress(stage, done, total)` is told, as the run goes: ("extracted", stories read and
    extracted, stories), ("sentences", sentences embedded, sentences extracted so far) and
    ("stories", stories finished and written, stories).

    Memory is bounded by the batch size, not by the number of stories: at most three batches are
    held at once. While the model embeds a batch, a thread extracts the facts of its sentences,
    another the articles of the next batch, and a writer thread writes the batch before (in one
    transaction, every story whole, in batch order): CPU work the model's matrix products leave
    room for. Warehouse accesses run one at a time: the reads of the batches ahead come before
    the write starts. The batches are driven by driver.run_batches, as in the Prefect flows.
    """
    from .driver import StorySource, run_batches

    return run_batches(StorySource(specs), settings, run_id, orchestrator=orchestrator, progress=progress)


def create_warehouse(settings: Settings) -> bool:
    """Create the warehouse file with the schema for the settings' model when there is no file yet
    (the first write would), so that it can be done while other work runs; True if created."""
    if Path(settings.db_path).exists():
        return False
    with connect(settings.db_path, wait_seconds=settings.lock_wait_seconds) as con:
        ensure_schema(con, embed.model_label(settings.model), embed.dimension(settings.model))
    return True


def check_warehouse_model(settings: Settings) -> None:
    """Fail before any embedding work when the warehouse holds another model's vectors."""
    if not Path(settings.db_path).exists():
        return
    with connect(settings.db_path, read_only=True, wait_seconds=settings.lock_wait_seconds) as con:
        info = schema_info(con)
    try:
        check_model(info, embed.model_label(settings.model))
    except ModelError as e:
        raise ModelError(f"{settings.db_path}: {e}") from None


def store_run(
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
) -> dict[str, dict[str, int] | None]:
    """Write a run's stories; the run row is written with the last batch (`finished`).

    Sets each result's `changes` (since its previous run) and returns them by story id."""
    label = embed.model_label(settings.model)
    # The vector size comes from the vectors themselves; the model is loaded only when there are none.
    dim = len(next(iter(embeddings.values()))) if embeddings else stored_dimension(settings.db_path)
    if dim is None:
        dim = embed.dimension(settings.model)
    run = RunRecord(
        run_id=run_id,
        started_at=started,
        model=label,
        parameters=settings.parameters(),
        orchestrator=orchestrator,
        cache_key=embed.cache_key(settings.model, settings.embed_backend),
    )
    if skipped is None:
        skipped = sum(len(r.skips) for r in results)
    changes = write_run(
        settings.db_path,
        run,
        results,
        embeddings,
        new,
        dim,
        failed,
        skipped,
        settings.lock_wait_seconds,
        finished=finished,
        stories_ok=stories_ok,
        fetches=fetches,
    )
    for res in results:
        res.changes = changes.get(res.spec.story_id)
    return changes


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
        "changes": res.changes,
    }


def write_reports(settings: Settings, story_ids: Sequence[str], out_dir: Path) -> dict[str, str]:
    """Write each story's HTML report and Markdown digest into `out_dir`; returns story id -> HTML path."""
    from .report import load_report, report_files

    out: dict[str, str] = {}
    for sid in story_ids:
        html_file, _ = report_files(load_report(settings.db_path, sid, settings.lock_wait_seconds), out_dir)
        out[sid] = str(html_file)
    return out


def log_story_lines(lines: Sequence[Mapping[str, object]], failed: Sequence[tuple[str, str]] = ()) -> None:
    """One INFO line per story of a run with its figures (WARNING for a story not reconciled)."""
    for ln in lines:
        if ln.get("unchanged"):
            log.info(
                "story %s: unchanged since its last run (%s outlets, %s claims, %s shared, %s conflicts)",
                ln["story_id"],
                ln["outlets"],
                ln["claims"],
                ln["shared_claims"],
                ln["discrepancies"],
            )
        else:
            log.info(
                "story %s: %s outlets, %s sentences, %s claims, %s shared, %s conflicts, %s article(s) skipped",
                ln["story_id"],
                ln["outlets"],
                ln["sentences"],
                ln["claims"],
                ln["shared_claims"],
                ln["discrepancies"],
                ln["skipped"],
            )
    for story_id, reason in failed:
        log.warning("story %s: not reconciled: %s", story_id, reason)


__all__ = [
    "ReconcileError",
    "RunSummary",
    "load_stories",
    "prepare_story",
    "embed_sentences",
    "reconcile_story",
    "run_stories",
    "store_run",
    "story_line",
]
