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

    def merge(self, other: "Score") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

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
            overall.merge(s)
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
        align.merge(s_align)
        pred_d = {(frozenset((d.sentence_id_a, d.sentence_id_b)), d.kind) for d in res.discrepancies}
        s_disc = Score()
        s_disc.add(pred_d, t.discrepancies)
        for k in KINDS:
            disc[k].add({p for p in pred_d if p[1] == k}, {p for p in t.discrepancies if p[1] == k})
        ex = extraction_score(res)
        extraction.merge(ex)
        per_story[res.spec.story_id] = {"alignment_f1": round(s_align.f1, 4),
                                        "discrepancy_f1": round(s_disc.f1, 4),
                                        "extraction_f1": round(ex.f1, 4),
                                        "skipped": [k.reason for k in res.skips]}
    return EvalReport(len(results), align, disc, extraction, per_story, unresolved, settings.align_threshold)


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, iters: int = 50) -> np.ndarray:
    """L2-regularised logistic regression by Newton's method (the bias column is not penalised)."""
    w = np.zeros(x.shape[1])
    pen = np.full(x.shape[1], l2)
    pen[-1] = 0.0
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + pen * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(pen + 1e-6)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def calibrate_gates(results: list[StoryResult], embeddings: dict[str, np.ndarray], truths: list[dict],
                    settings: Settings) -> tuple[dict[str, float], dict[str, Any]]:
    """Per kind, the minimum pair score below which a detected conflict is dropped.

    Chosen to maximise that kind's F1 over all stories (ties: the lowest gate); the report gives
    precision/recall when each story's gate is chosen on the other stories only.
    """
    from .align import member_pair_scores
    from .pipeline import reconcile_story

    grid = [round(x, 2) for x in np.arange(0.0, 0.91, 0.05)]
    per_story = []  # (truth set, [(key, kind, pair score)])
    for res, truth in zip(results, truths):
        reconcile_story(res, embeddings, settings)
        emb = np.stack([embeddings[s.sentence_id] for s in res.sentences])
        scores = member_pair_scores(res.sentences, emb, res.claims, settings.align_weights or ())
        t = resolve_truth(truth, res)
        found = [((frozenset((d.sentence_id_a, d.sentence_id_b)), d.kind), d.kind,
                  scores.get((d.sentence_id_a, d.sentence_id_b), 1.0)) for d in res.discrepancies]
        per_story.append((t.discrepancies, found))

    def score(stories, kind: str, gate: float) -> Score:
        sc = Score()
        for truth_set, found in stories:
            sc.add({k for k, kd, p in found if kd == kind and p >= gate}, {k for k in truth_set if k[1] == kind})
        return sc

    def best(stories, kind: str) -> float:
        return max(grid, key=lambda g: (round(score(stories, kind, g).f1, 6), -g))

    gates = {kind: best(per_story, kind) for kind in KINDS}
    report: dict[str, Any] = {}
    for kind in KINDS:
        held = Score()
        for i in range(len(per_story)):
            g = best(per_story[:i] + per_story[i + 1:], kind)
            held.merge(score([per_story[i]], kind, g))
        report[kind] = {"precision": round(held.precision, 4), "recall": round(held.recall, 4)}
    return gates, report


def calibrate(root: Path, settings: Settings, grid: Iterable[float] | None = None,
              write: bool = True) -> dict[str, Any]:
    """Fit the alignment pair scorer and its threshold on the labelled fixtures.

    The weights come from a logistic regression over every cross-outlet pair (same claim or not);
    the threshold maximises pooled pair F1 of the resulting claims. Leave-one-story-out F1 (both
    fitted without the held-out story) is reported as the honest estimate.
    """
    from .align import FEATURES, StoryFeatures, block_features, cluster, relative_positions

    grid = list(grid if grid is not None else np.round(np.arange(0.10, 0.91, 0.05), 2))
    results, embeddings, truths = prepare_fixtures(root, settings)
    stories = []
    for res, truth in zip(results, truths):
        t = resolve_truth(truth, res)
        ids = [s.sentence_id for s in res.sentences]
        outlets = [s.outlet_id for s in res.sentences]
        f = StoryFeatures.build([s.text for s in res.sentences], np.stack([embeddings[i] for i in ids]),
                                relative_positions(res.sentences))
        groups: dict[str, list[int]] = {}
        for i, o in enumerate(outlets):
            groups.setdefault(o, []).append(i)
        keys = sorted(groups)
        xs, ys = [], []
        for a in range(len(keys)):
            for b in range(a + 1, len(keys)):
                ia, ib = np.asarray(groups[keys[a]]), np.asarray(groups[keys[b]])
                feats = block_features(f, ia, ib)
                xs.append(feats.reshape(-1, len(FEATURES)))
                ys.append(np.array([frozenset((ids[i], ids[j])) in t.pairs for i in ia for j in ib], dtype=float))
        stories.append((ids, outlets, f, t.pairs, np.concatenate(xs), np.concatenate(ys)))

    def counts(story, w, th) -> tuple[int, int, int]:
        ids, outlets, f, truth_pairs, _, _ = story
        pred = set()
        for g in cluster(outlets, f, float(th), w):
            for i, a in enumerate(g):
                for b in g[i + 1:]:
                    pred.add(frozenset((ids[a], ids[b])))
        return len(pred & truth_pairs), len(pred - truth_pairs), len(truth_pairs - pred)

    def fit(train) -> tuple[np.ndarray, float, float]:
        w = fit_logistic(np.concatenate([s[4] for s in train]), np.concatenate([s[5] for s in train]))
        best_th, best_f1 = grid[0], -1.0
        for th in grid:
            c = [counts(s, w, th) for s in train]
            f1 = Score(sum(x[0] for x in c), sum(x[1] for x in c), sum(x[2] for x in c)).f1
            if f1 > best_f1 + 1e-9:
                best_th, best_f1 = th, f1
        return w, float(best_th), best_f1

    weights, threshold, f1 = fit(stories)
    gates, gate_report = calibrate_gates(results, embeddings, truths,
                                         replace(settings, align_threshold=threshold,
                                                 align_weights=tuple(float(x) for x in weights),
                                                 discrepancy_gates={}))
    held = Score()
    for i in range(len(stories)):
        w, th, _ = fit(stories[:i] + stories[i + 1:])
        held.merge(Score(*counts(stories[i], w, th)))
    out = {
        "align_threshold": threshold,
        "align_weights": [round(float(x), 4) for x in weights],
        "features": list(FEATURES),
        "model": settings.model,
        "stories": len(stories),
        "f1_at_threshold": round(f1, 4),
        "leave_one_story_out_f1": round(held.f1, 4),
        "leave_one_story_out_precision": round(held.precision, 4),
        "leave_one_story_out_recall": round(held.recall, 4),
        "discrepancy_gates": gates,
        "discrepancy_gates_leave_one_story_out": gate_report,
        "calibrated_on": str(root),
        "date": date.today().isoformat(),
    }
    if write:
        CALIBRATION_FILE.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return out
