"""Score alignment, discrepancies and extraction against the labelled fixtures (truth.toml)."""

from __future__ import annotations

import json
import logging
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from .errors import StoryError
from .records import StoryResult
from .segment import split_text
from .settings import CALIBRATION_FILE, Settings

log = logging.getLogger(__name__)

KINDS = ("number", "date", "entity", "negation")


def norm(text: str) -> str:
    """Whitespace, quotes and dashes folded so citations match extracted text."""
    t = text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
    t = t.replace("–", "-").replace("—", "-").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", t).strip().lower()


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, predicted: set, truth: set) -> None:
        self.tp += len(predicted & truth)
        self.fp += len(predicted - truth)
        self.fn += len(truth - predicted)

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class StoryTruth:
    pairs: set[frozenset[str]] = field(default_factory=set)
    discrepancies: set[tuple[frozenset[str], str]] = field(default_factory=set)
    unresolved: list[str] = field(default_factory=list)


def fixture_stories(root: Path) -> list[Path]:
    root = Path(root)
    if not root.is_dir():
        raise StoryError(f"{root}: no such fixtures folder")
    stories = sorted(p for p in root.iterdir() if (p / "story.toml").is_file() and (p / "truth.toml").is_file())
    if not stories:
        raise StoryError(f"{root}: no story folders with story.toml and truth.toml")
    return stories


def load_truth(folder: Path) -> dict[str, Any]:
    path = folder / "truth.toml"
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise StoryError(f"{path}: cannot read labels ({e})") from None


def resolve_truth(truth: dict[str, Any], res: StoryResult) -> StoryTruth:
    """Turn (outlet, quoted substring) citations into sentence ids of the extracted story."""
    by_outlet: dict[str, list[tuple[str, str]]] = {}
    article_outlet = {a.article_id: a.outlet for a in res.articles}
    for s in res.sentences:
        by_outlet.setdefault(norm(article_outlet[s.article_id]), []).append((s.sentence_id, norm(s.text)))
    out = StoryTruth()

    def find(ref: dict[str, str]) -> str | None:
        key, needle = norm(ref.get("outlet", "")), norm(ref.get("text", ""))
        hits = [sid for sid, text in by_outlet.get(key, []) if needle and needle in text]
        if len(hits) != 1:
            out.unresolved.append(f"{ref.get('outlet')}: {ref.get('text')!r} "
                                  f"({'not found' if not hits else 'ambiguous'})")
            return None
        return hits[0]

    outlet_of = {s.sentence_id: s.outlet_id for s in res.sentences}
    for claim in truth.get("claims", []):
        sids = [sid for sid in (find(r) for r in claim.get("sentences", [])) if sid]
        for i, a in enumerate(sids):
            for b in sids[i + 1:]:
                if outlet_of[a] != outlet_of[b]:
                    out.pairs.add(frozenset((a, b)))
    for d in truth.get("discrepancies", []):
        a, b = find(d.get("a", {})), find(d.get("b", {}))
        if a and b:
            out.discrepancies.add((frozenset((a, b)), d.get("kind", "")))
    return out


def predicted_pairs(res: StoryResult) -> set[frozenset[str]]:
    outlet_of = {s.sentence_id: s.outlet_id for s in res.sentences}
    pairs = set()
    for c in res.claims:
        ids = c.sentence_ids
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                if outlet_of[a] != outlet_of[b]:
                    pairs.add(frozenset((a, b)))
    return pairs


def extraction_score(res: StoryResult) -> Score:
    """Sentence-level agreement of the extracted text with expected/<file-stem>.txt."""
    score = Score()
    for a in res.articles:
        expected = res.spec.folder / "expected" / (Path(a.source).stem + ".txt")
        if not expected.is_file():
            continue
        text = expected.read_text(encoding="utf-8")
        want = {norm(text[s:e]) for _, s, e in split_text(text)}
        got = {norm(a.text[s:e]) for _, s, e in split_text(a.text)}
        score.add(got, want)
    return score


@dataclass
class EvalReport:
    stories: int
    alignment: Score
    discrepancies: dict[str, Score]
    extraction: Score
    per_story: dict[str, dict[str, Any]]
    unresolved: list[str]
    threshold: float

    def as_dict(self) -> dict[str, Any]:
        overall = Score()
        for s in self.discrepancies.values():
            overall.tp, overall.fp, overall.fn = overall.tp + s.tp, overall.fp + s.fp, overall.fn + s.fn
        return {
            "stories": self.stories,
            "align_threshold": self.threshold,
            "alignment": self.alignment.as_dict(),
            "discrepancies": {"overall": overall.as_dict(),
                              **{k: v.as_dict() for k, v in self.discrepancies.items()}},
            "extraction": self.extraction.as_dict(),
            "per_story": self.per_story,
            "unresolved_citations": self.unresolved,
        }


def prepare_fixtures(root: Path, settings: Settings) -> tuple[list[StoryResult], dict[str, np.ndarray], list[dict]]:
    """Extract, segment and embed every labelled story (no warehouse involved)."""
    from .pipeline import embed_sentences, load_stories, prepare_story

    folders = fixture_stories(root)
    specs = load_stories(folders)
    results = [prepare_story(s, settings) for s in specs]
    embeddings, _ = embed_sentences(results, replace(settings, use_cache=False))
    truths = [load_truth(f) for f in folders]
    return results, embeddings, truths


def evaluate(root: Path, settings: Settings) -> EvalReport:
    from .pipeline import reconcile_story

    results, embeddings, truths = prepare_fixtures(root, settings)
    align, extraction = Score(), Score()
    disc = {k: Score() for k in KINDS}
    per_story: dict[str, dict[str, Any]] = {}
    unresolved: list[str] = []
    for res, truth in zip(results, truths):
        reconcile_story(res, embeddings, settings)
        t = resolve_truth(truth, res)
        unresolved += [f"{res.spec.story_id}: {u}" for u in t.unresolved]
        s_align = Score()
        s_align.add(predicted_pairs(res), t.pairs)
        align.tp, align.fp, align.fn = align.tp + s_align.tp, align.fp + s_align.fp, align.fn + s_align.fn
        pred_d = {(frozenset((d.sentence_id_a, d.sentence_id_b)), d.kind) for d in res.discrepancies}
        s_disc = Score()
        s_disc.add(pred_d, t.discrepancies)
        for k in KINDS:
            disc[k].add({p for p in pred_d if p[1] == k}, {p for p in t.discrepancies if p[1] == k})
        ex = extraction_score(res)
        extraction.tp, extraction.fp, extraction.fn = extraction.tp + ex.tp, extraction.fp + ex.fp, extraction.fn + ex.fn
        per_story[res.spec.story_id] = {"alignment_f1": round(s_align.f1, 4),
                                        "discrepancy_f1": round(s_disc.f1, 4),
                                        "extraction_f1": round(ex.f1, 4),
                                        "skipped": [k.reason for k in res.skips]}
    return EvalReport(len(results), align, disc, extraction, per_story, unresolved, settings.align_threshold)


def calibrate(root: Path, settings: Settings, grid: Iterable[float] | None = None,
              write: bool = True) -> dict[str, Any]:
    """Choose the alignment threshold that maximises pooled pair F1; report leave-one-story-out F1."""
    from .align import cluster

    grid = list(grid if grid is not None else np.round(np.arange(0.30, 0.91, 0.01), 2))
    results, embeddings, truths = prepare_fixtures(root, settings)
    # Per story and threshold: (tp, fp, fn)
    table: list[list[tuple[int, int, int]]] = []
    for res, truth in zip(results, truths):
        # Truth pairs need sentence ids only; claims are irrelevant for resolving citations.
        t = resolve_truth(truth, res)
        emb = np.stack([embeddings[s.sentence_id] for s in res.sentences])
        outlets = [s.outlet_id for s in res.sentences]
        ids = [s.sentence_id for s in res.sentences]
        row = []
        for th in grid:
            pred = set()
            for g in cluster(outlets, emb, float(th)):
                for i, a in enumerate(g):
                    for b in g[i + 1:]:
                        if outlets[a] != outlets[b]:
                            pred.add(frozenset((ids[a], ids[b])))
            row.append((len(pred & t.pairs), len(pred - t.pairs), len(t.pairs - pred)))
        table.append(row)

    def f1_at(rows: Sequence[list[tuple[int, int, int]]], k: int) -> float:
        s = Score(sum(r[k][0] for r in rows), sum(r[k][1] for r in rows), sum(r[k][2] for r in rows))
        return s.f1

    best = max(range(len(grid)), key=lambda k: (round(f1_at(table, k), 6), -abs(grid[k] - 0.6)))
    # Leave one story out: pick the threshold on the others, score the held-out story.
    held = Score()
    for i in range(len(table)):
        others = table[:i] + table[i + 1:]
        k = max(range(len(grid)), key=lambda k: (round(f1_at(others, k), 6), -abs(grid[k] - 0.6)))
        tp, fp, fn = table[i][k]
        held.tp, held.fp, held.fn = held.tp + tp, held.fp + fp, held.fn + fn
    out = {
        "align_threshold": float(grid[best]),
        "model": settings.model,
        "stories": len(results),
        "f1_at_threshold": round(f1_at(table, best), 4),
        "leave_one_story_out_f1": round(held.f1, 4),
        "calibrated_on": str(root),
        "date": date.today().isoformat(),
        "curve": {f"{grid[k]:.2f}": round(f1_at(table, k), 4) for k in range(len(grid))},
    }
    if write:
        CALIBRATION_FILE.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return out
