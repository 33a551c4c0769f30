"""Score alignment, discrepancies and extraction against the labelled fixtures (truth.toml)."""

from __future__ import annotations

import json
import logging
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Annotated, Any, ClassVar

import numpy as np
from pydantic import BeforeValidator, ValidationError, model_validator

from .errors import ReconcileError, StoryError
from .records import StoryResult
from .segment import split_text
from .settings import CALIBRATION_FILE, Settings
from .sources import read_toml
from .validation import Bool, NonEmptyStr, Str, Table, first_problem, plain, problem, type_name

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
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class StoryTruth:
    pairs: set[frozenset[str]] = field(default_factory=set)
    discrepancies: set[tuple[frozenset[str], str]] = field(default_factory=set)
    hard: set[tuple[frozenset[str], str]] = field(default_factory=set)
    """Labelled conflicts that need world knowledge or arithmetic to see ("hard": true)."""
    unresolved: list[str] = field(default_factory=list)


def label_path(folder: Path, gold: Path | None = None) -> Path:
    """Where a story's labels live: truth.toml beside story.toml, or gold/<folder name>.json."""
    return gold / f"{folder.name}.json" if gold is not None else folder / "truth.toml"


def fixture_stories(root: Path, gold: Path | None = None) -> list[Path]:
    """Story folders under root that have labels (truth.toml, or a file in the gold folder)."""
    root = Path(root)
    if not root.is_dir():
        if root.exists():
            raise StoryError(f"{root}: not a folder; give the folder that holds the labelled story folders")
        raise StoryError(f"{root}: no such stories folder")
    if gold is not None and not Path(gold).is_dir():
        raise StoryError(f"{gold}: no such gold labels folder")
    # a label file that is there but no regular file (a link to a device) is read, and refused with a line,
    # rather than its story left out of the scores unsaid
    stories = sorted(
        p
        for p in root.iterdir()
        if (p / "story.toml").is_file() and (label_path(p, gold).is_file() or label_path(p, gold).is_symlink())
    )
    if not stories:
        want = f"a label file in {gold}" if gold is not None else "truth.toml"
        raise StoryError(f"{root}: no story folders with story.toml and {want}")
    return stories


def _tables(what: str) -> Any:
    def check(v: Any) -> Any:
        if not isinstance(v, list):
            raise problem(f"must be an array of tables ({what}), got {type_name(v)}")
        for i, t in enumerate(v, 1):
            if not isinstance(t, dict):
                raise problem(f"must be an array of tables ({what}); its item {i} is {type_name(t)}")
        return v

    return BeforeValidator(check)


def _cite_table(v: Any) -> Any:
    if not isinstance(v, dict):
        raise problem(f'must be a table {{ outlet = "...", text = "..." }}, got {type_name(v)}')
    return v


def _kind(v: Any) -> str:
    if v not in KINDS:
        raise problem(f"must be one of {', '.join(KINDS)}, got {v!r}")
    return v


class Citation(Table):
    """{ outlet = "...", text = "..." }: a quoted substring of one sentence of that outlet's article."""

    outlet: NonEmptyStr
    text: NonEmptyStr


Cite = Annotated[Citation, BeforeValidator(_cite_table)]


class LabelledClaim(Table):
    """A [[claims]] table of truth.toml: the sentences of several outlets that state one claim."""

    NESTED: ClassVar[dict[str, type[Table]]] = {"sentences": Citation}
    id: Str = ""
    sentences: Annotated[list[Citation], _tables("{ outlet, text } tables")]


class LabelledPair(Table):
    """A [[discrepancies]] or [[traps]] table of truth.toml: two cited sentences of one claim."""

    NESTED: ClassVar[dict[str, type[Table]]] = {"a": Citation, "b": Citation}
    kind: Annotated[str, BeforeValidator(_kind)]
    claim: Str = ""
    a: Cite
    b: Cite
    note: Str = ""
    hard: Bool = False

    @model_validator(mode="after")
    def _two(self) -> LabelledPair:
        if (norm(self.a.outlet), norm(self.a.text)) == (norm(self.b.outlet), norm(self.b.text)):
            raise plain("'a' and 'b' cite the same sentence")
        return self


class TruthFile(Table):
    """truth.toml (fixtures/README.md): claims, discrepancies and traps, sentences cited by quote."""

    ALLOWED: ClassVar[str] = "[[claims]], [[discrepancies]], [[traps]]"
    NESTED: ClassVar[dict[str, type[Table]]] = {
        "claims": LabelledClaim,
        "discrepancies": LabelledPair,
        "traps": LabelledPair,
    }
    claims: Annotated[list[LabelledClaim], _tables("[[claims]]")] = []
    discrepancies: Annotated[list[LabelledPair], _tables("[[discrepancies]]")] = []
    traps: Annotated[list[LabelledPair], _tables("[[traps]]")] = []

    @model_validator(mode="after")
    def _claims_named(self) -> TruthFile:
        if not self.model_fields_set:
            raise plain("no labels: give [[claims]] (and [[discrepancies]], [[traps]]) as fixtures/README.md shows")
        ids = {c.id for c in self.claims}
        for table, pairs in (("discrepancies", self.discrepancies), ("traps", self.traps)):
            for i, p in enumerate(pairs, 1):
                if p.claim and p.claim not in ids:
                    raise plain(f"{_ITEM[table]} {i}: 'claim' {p.claim!r} names no [[claims]] id")
        return self


_ITEM = {"claims": "claim", "sentences": "sentence", "discrepancies": "discrepancy", "traps": "trap"}


def _label_place(doc: dict[str, Any]) -> Any:
    """'claim 3 ('rescued'): sentence 2: ' for a location inside truth.toml."""

    def where(loc: tuple) -> str:
        out, node = [], doc
        for name, i in zip(loc[::2], loc[1::2]):
            node = node.get(name)[i] if isinstance(node, dict) else {}
            label = f" ({node['id']!r})" if name == "claims" and isinstance(node.get("id"), str) else ""
            out.append(f"{_ITEM.get(name, name)} {i + 1}{label}: ")
        return "".join(out)

    return where


def read_truth_toml(path: Path) -> dict[str, Any]:
    """A truth.toml, checked: StoryError naming the file and the first problem in it."""
    doc = read_toml(path, StoryError, "label file")
    try:
        TruthFile.model_validate(doc)
    except ValidationError as e:
        raise StoryError(f"{path}: {first_problem(e, TruthFile, _label_place(doc))}") from None
    return doc


def check_truth_outlets(path: Path, truth: dict[str, Any], outlets: Sequence[str]) -> None:
    """StoryError when a citation names an outlet the story's manifest does not list."""
    known = {norm(o) for o in outlets}
    where = _label_place(truth)
    cites = [
        (("claims", i, "sentences", j), r)
        for i, c in enumerate(truth.get("claims", []))
        for j, r in enumerate(c["sentences"])
    ]
    cites += [((t, i), d[s]) for t in ("discrepancies", "traps") for i, d in enumerate(truth.get(t, [])) for s in "ab"]
    for loc, ref in cites:
        if norm(ref["outlet"]) not in known:
            raise StoryError(
                f"{path}: {where(loc)}outlet {ref['outlet']!r} is not an outlet of its story.toml "
                f"({', '.join(outlets)})"
            )


def load_truth(folder: Path, gold: Path | None = None) -> dict[str, Any]:
    """A story's labels in truth.toml's shape (claims of cited sentences, discrepancies).

    Gold files for real stories (JSON, see eval/README.md) cite sentences with "quote" and list
    conflicts under "conflicts"; they are read into the same shape.
    """
    path = label_path(folder, gold)
    if gold is None:
        return read_truth_toml(path)
    from .sources import read_settings_file

    try:  # bounded and regular-file only: a label file linked to /dev/zero was read until memory ran out
        data = json.loads(read_settings_file(path, what="JSON label file").decode("utf-8"))
    except OSError as e:
        raise StoryError(f"{path}: cannot read labels ({e.strerror or e})") from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, ValueError) as e:
        raise StoryError(f"{path}: cannot read labels ({e})") from None
    if not isinstance(data, dict):
        raise StoryError(f"{path}: labels must be a JSON object")
    for key in ("claims", "conflicts"):
        if not isinstance(data.get(key, []), list):
            raise StoryError(f"{path}: {key!r} must be a JSON array, got {type_name(data[key])}")

    def ref(r: Any) -> dict[str, str]:
        r = r if isinstance(r, dict) else {}
        return {"outlet": str(r.get("outlet", "")), "text": str(r.get("quote", ""))}

    return {
        "claims": [
            {"id": c.get("label", ""), "sentences": [ref(m) for m in c.get("members", [])]}
            for c in data.get("claims", [])
            if isinstance(c, dict)
        ],
        "discrepancies": [
            {"kind": d.get("kind", ""), "a": ref(d.get("a")), "b": ref(d.get("b")), "hard": bool(d.get("hard", False))}
            for d in data.get("conflicts", [])
            if isinstance(d, dict)
        ],
    }


def resolve_truth(truth: dict[str, Any], res: StoryResult) -> StoryTruth:
    """Turn (outlet, quoted substring) citations into sentence ids of the extracted story."""
    by_outlet: dict[str, list[tuple[str, str]]] = {}
    article_outlet = {a.article_id: a.outlet for a in res.articles}
    for s in res.sentences:
        by_outlet.setdefault(norm(article_outlet[s.article_id]), []).append((s.sentence_id, norm(s.text)))
    out = StoryTruth()

    def find(ref: dict[str, str], where: str) -> str | None:
        key, needle = norm(ref.get("outlet", "")), norm(ref.get("text", ""))
        hits = [sid for sid, text in by_outlet.get(key, []) if needle and needle in text]
        if len(hits) != 1:
            if key not in by_outlet:
                why = "no article of this outlet was read"
            elif hits:
                why = f"matches {len(hits)} sentences; quote more of one"
            elif needle and needle in " ".join(text for _, text in by_outlet[key]):
                why = "runs across two or more sentences; quote within one"
            else:
                why = "matches no sentence of its article"
            out.unresolved.append(f"{where}: {ref.get('outlet')}: {ref.get('text')!r} {why}")
            return None
        return hits[0]

    outlet_of = {s.sentence_id: s.outlet_id for s in res.sentences}
    for n, claim in enumerate(truth.get("claims", []), 1):
        where = f"claim {n}" + (f" ({claim['id']!r})" if claim.get("id") else "")
        sids = [sid for sid in (find(r, where) for r in claim.get("sentences", [])) if sid]
        for i, a in enumerate(sids):
            for b in sids[i + 1 :]:
                if outlet_of[a] != outlet_of[b]:
                    out.pairs.add(frozenset((a, b)))
    for n, d in enumerate(truth.get("discrepancies", []), 1):
        a, b = find(d.get("a", {}), f"discrepancy {n} a"), find(d.get("b", {}), f"discrepancy {n} b")
        if a and b:
            out.discrepancies.add((frozenset((a, b)), d.get("kind", "")))
            if d.get("hard"):
                out.hard.add((frozenset((a, b)), d.get("kind", "")))
    return out


MIN_QUOTE = 25
"""The shortest quote the labelling guide for real coverage allows (eval/README.md). A sentence
shorter than that cannot be cited in a JSON gold file, so a pair holding one is neither right nor
wrong there: `evaluate` leaves such pairs out of the scores (and counts them) for JSON labels."""


def uncitable(res: StoryResult) -> set[str]:
    """Ids of the sentences too short to be cited under the JSON labelling guide (MIN_QUOTE)."""
    return {s.sentence_id for s in res.sentences if len(s.text.strip()) < MIN_QUOTE}


def predicted_pairs(res: StoryResult) -> set[frozenset[str]]:
    outlet_of = {s.sentence_id: s.outlet_id for s in res.sentences}
    pairs = set()
    for c in res.claims:
        ids = c.sentence_ids
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
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
    not_hard: Score = field(default_factory=Score)
    """All kinds, leaving out labelled conflicts marked hard (world knowledge, arithmetic)."""
    alignment_all: Score | None = None
    """With JSON labels: alignment counting every predicted pair, those holding an uncitable
    sentence (shorter than MIN_QUOTE) as false. `alignment` leaves those out."""
    unscored: int = 0
    """Predicted pairs (claims and conflicts) left out of the scores as uncitable."""

    def as_dict(self) -> dict[str, Any]:
        overall = Score()
        for s in self.discrepancies.values():
            overall.merge(s)
        return {
            "stories": self.stories,
            "align_threshold": self.threshold,
            "alignment": self.alignment.as_dict(),
            **(
                {
                    "alignment_every_pair": self.alignment_all.as_dict(),
                    "uncitable_pairs_not_scored": self.unscored,
                    "min_quote_chars": MIN_QUOTE,
                }
                if self.alignment_all is not None
                else {}
            ),
            "discrepancies": {
                "overall": overall.as_dict(),
                "not_hard": self.not_hard.as_dict(),
                **{k: v.as_dict() for k, v in self.discrepancies.items()},
            },
            "extraction": self.extraction.as_dict(),
            "per_story": self.per_story,
            "unresolved_citations": self.unresolved,
        }


def prepare_fixtures(
    root: Path, settings: Settings, gold: Path | None = None
) -> tuple[list[StoryResult], dict[str, np.ndarray], list[dict]]:
    """Extract, segment and embed every labelled story (no warehouse involved)."""
    from .pipeline import embed_sentences, load_stories, prepare_story

    folders = fixture_stories(root, gold)
    specs = load_stories(folders)
    truths = [load_truth(f, gold) for f in folders]  # label errors before any work
    for folder, spec, truth in zip(folders, specs, truths):
        outlets = [a.outlet for a in spec.articles]
        if gold is None and all(outlets):
            check_truth_outlets(label_path(folder), truth, outlets)
    results = [prepare_story(s, settings) for s in specs]
    embeddings, _ = embed_sentences(results, settings.replace(use_cache=False))
    return results, embeddings, truths


def evaluate(root: Path, settings: Settings, gold: Path | None = None) -> EvalReport:
    from .pipeline import reconcile_story

    results, embeddings, truths = prepare_fixtures(root, settings, gold)
    align, extraction, not_hard = Score(), Score(), Score()
    align_all = Score() if gold is not None else None
    unscored = 0
    disc = {k: Score() for k in KINDS}
    per_story: dict[str, dict[str, Any]] = {}
    unresolved: list[str] = []
    folders = fixture_stories(root, gold)  # the folders prepare_fixtures read, in its order, as given
    for folder, res, truth in zip(folders, results, truths):
        reconcile_story(res, embeddings, settings)
        t = resolve_truth(truth, res)
        unresolved += [f"{label_path(folder, gold)}: {u}" for u in t.unresolved]
        pred_a = predicted_pairs(res)
        pred_d = {(frozenset((d.sentence_id_a, d.sentence_id_b)), d.kind) for d in res.discrepancies}
        if align_all is not None:
            align_all.add(pred_a, t.pairs)
            short = uncitable(res)
            kept_a = {p for p in pred_a if not p & short}
            kept_d = {p for p in pred_d if not p[0] & short}
            unscored += len(pred_a) - len(kept_a) + len(pred_d) - len(kept_d)
            pred_a, pred_d = kept_a, kept_d
        s_align = Score()
        s_align.add(pred_a, t.pairs)
        align.merge(s_align)
        s_disc = Score()
        s_disc.add(pred_d, t.discrepancies)
        # the hard ones left out of the truth, and not counted against a prediction that finds one
        not_hard.add(pred_d - t.hard, t.discrepancies - t.hard)
        for k in KINDS:
            disc[k].add({p for p in pred_d if p[1] == k}, {p for p in t.discrepancies if p[1] == k})
        ex = extraction_score(res)
        extraction.merge(ex)
        per_story[res.spec.story_id] = {
            "alignment_f1": round(s_align.f1, 4),
            "discrepancy_f1": round(s_disc.f1, 4),
            "extraction_f1": round(ex.f1, 4),
            "skipped": [k.reason for k in res.skips],
        }
    return EvalReport(
        len(results),
        align,
        disc,
        extraction,
        per_story,
        unresolved,
        settings.align_threshold,
        not_hard,
        align_all,
        unscored,
    )


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


def calibrate_gates(
    results: list[StoryResult],
    embeddings: dict[str, np.ndarray],
    truths: list[dict],
    settings: Settings,
    labelled: Sequence[Any] = (),
) -> tuple[dict[str, float], dict[str, float], dict[str, Any]]:
    """Per kind, the minimum pair score and rule confidence for a found conflict to be reported.

    Chosen together to maximise that kind's F1 over all stories (ties: the lowest values); the
    report gives precision/recall when each story's values are chosen on the other stories only.
    `labelled` are warehouse stories with verdicts (store.verdicts.LabelledStory): each judged
    conflict is one more example, confirmed a true conflict, not-a-conflict a false one (the
    conflicts nobody judged are left out, being unlabelled).
    """
    from .align import member_pair_scores
    from .pipeline import reconcile_story

    gate_grid = [round(x, 2) for x in np.arange(0.1, 0.96, 0.05)]
    conf_grid = [0.0, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9]
    open_settings = settings.replace(discrepancy_gates={}, discrepancy_min_confidence={})
    per_story = []  # (truth set, [(key, kind, pair score, rule confidence)])
    for res, truth in zip(results, truths):
        reconcile_story(res, embeddings, open_settings)
        emb = np.stack([embeddings[s.sentence_id] for s in res.sentences])
        scores = member_pair_scores(res.sentences, emb, res.claims, settings.align_weights or ())
        t = resolve_truth(truth, res)
        found = [
            (
                (frozenset((d.sentence_id_a, d.sentence_id_b)), d.kind),
                d.kind,
                scores.get((d.sentence_id_a, d.sentence_id_b), 1.0),
                d.confidence,
            )
            for d in res.discrepancies
        ]
        per_story.append((t.discrepancies, found))
    for story in labelled:
        scores = member_pair_scores(story.sentences, story.embeddings, story.claims, settings.align_weights or ())
        found = [
            ((frozenset((a, b)), kind), kind, scores.get((min(a, b), max(a, b)), 1.0), conf)
            for kind, a, b, conf, _ in story.judged
        ]
        per_story.append(({f[0] for f, judged in zip(found, story.judged) if judged[4]}, found))

    def score(stories, kind: str, gate: float, floor: float) -> Score:
        sc = Score()
        for truth_set, found in stories:
            sc.add(
                {k for k, kd, p, c in found if kd == kind and p >= gate and c >= floor},
                {k for k in truth_set if k[1] == kind},
            )
        return sc

    def best(stories, kind: str) -> tuple[float, float]:
        return max(
            ((g, c) for g in gate_grid for c in conf_grid),
            key=lambda gc: (round(score(stories, kind, *gc).f1, 6), -gc[0], -gc[1]),
        )

    chosen = {kind: best(per_story, kind) for kind in KINDS}
    report: dict[str, Any] = {}
    for kind in KINDS:
        held = Score()
        for i in range(len(per_story)):
            g, c = best(per_story[:i] + per_story[i + 1 :], kind)
            held.merge(score([per_story[i]], kind, g, c))
        report[kind] = {"precision": round(held.precision, 4), "recall": round(held.recall, 4)}
    return ({k: v[0] for k, v in chosen.items()}, {k: v[1] for k, v in chosen.items()}, report)


def verdict_labels(db_path: Path, settings: Settings) -> list[Any]:
    """The warehouse's stories with conflict verdicts (store.verdicts.LabelledStory), refused when the
    warehouse holds another model's embeddings (its pair scores would not be this model's)."""
    from .embed import model_label
    from .store import connect, schema_info
    from .store.verdicts import discrepancy_verdict_stories

    with connect(db_path, read_only=True, wait_seconds=settings.lock_wait_seconds) as con:
        held = schema_info(con).get("model")
    if held != model_label(settings.model):
        raise ReconcileError(
            f"{db_path}: its verdicts are on embeddings of model {held!r}, not "
            f"{model_label(settings.model)!r}; calibrate with --model {held}"
        )
    return discrepancy_verdict_stories(db_path, settings.lock_wait_seconds)


LabelledSet = tuple[Path, "Path | None"]
"""A folder of story folders and where their labels are (None: each story's truth.toml)."""


def _pair_data(res: StoryResult, truth: dict, embeddings: dict[str, np.ndarray]) -> dict[str, Any]:
    """Every cross-outlet pair of one story: features, label, and what clustering needs.

    Pairs holding a sentence the JSON labels cannot cite (see MIN_QUOTE) stay in the fit as
    non-pairs: leaving them out (2 December 2026) moved the threshold to 0.55 and lost precision on
    both sets never fitted on (held-out 0.851 -> 0.823, blind 0.872 -> 0.831)."""
    from .align import FEATURES, block_features, story_features

    t = resolve_truth(truth, res)
    ids = [s.sentence_id for s in res.sentences]
    outlets = [s.outlet_id for s in res.sentences]
    f = story_features(res.sentences, np.stack([embeddings[i] for i in ids]))
    groups: dict[str, list[int]] = {}
    for i, o in enumerate(outlets):
        groups.setdefault(o, []).append(i)
    keys = sorted(groups)
    xs, ys = [np.zeros((0, len(FEATURES)))], [np.zeros(0)]
    for a in range(len(keys)):
        for b in range(a + 1, len(keys)):
            ia, ib = np.asarray(groups[keys[a]]), np.asarray(groups[keys[b]])
            xs.append(block_features(f, ia, ib).reshape(-1, len(FEATURES)))
            ys.append(np.array([frozenset((ids[i], ids[j])) in t.pairs for i in ia for j in ib], dtype=float))
    return {
        "ids": ids,
        "outlets": outlets,
        "features": f,
        "truth": t.pairs,
        "x": np.concatenate(xs),
        "y": np.concatenate(ys),
    }


def _cluster_counts(story: dict[str, Any], weights: Sequence[float], threshold: float) -> Score:
    from .align import cluster

    ids = story["ids"]
    pred = set()
    for g in cluster(story["outlets"], story["features"], float(threshold), weights):
        for i, a in enumerate(g):
            for b in g[i + 1 :]:
                pred.add(frozenset((ids[a], ids[b])))
    sc = Score()
    sc.add(pred, story["truth"])
    return sc


def calibrate(
    sets: Sequence[LabelledSet] | Path,
    settings: Settings,
    grid: Iterable[float] | None = None,
    write: bool = True,
    min_precision: float = 0.85,
    verdicts_db: Path | None = None,
) -> dict[str, Any]:
    """Fit the alignment pair scorer and choose its threshold on one or more labelled sets.

    The weights come from a logistic regression over every cross-outlet pair of every set (same
    claim or not). Each threshold of the grid is then scored leave-one-story-out (weights fitted
    without the story, its claims formed at that threshold), per set: that curve is the honest
    trade-off. The threshold is the lowest one at which every set's held-out precision reaches
    `min_precision` (a claim that groups different facts is what users notice first); when no
    threshold gets there, the one with the best mean held-out F1 across sets.

    With `verdicts_db`, the conflicts people judged in that warehouse (reconcile verdict: confirmed,
    not-a-conflict) are extra labels for the per-kind discrepancy gates (calibrate_gates).
    """
    from .align import FEATURES

    if isinstance(sets, (str, Path)):
        sets = [(Path(sets), None)]
    grid = [float(g) for g in (grid if grid is not None else np.round(np.arange(0.10, 0.96, 0.05), 2))]
    names = [str(root) for root, _ in sets]
    found = sum(len(fixture_stories(root, gold)) for root, gold in sets)  # checked before any model work
    if found < 2:
        raise StoryError(
            f"{names[0]}: {found} labelled story; calibration leaves one story out at a time and "
            "needs at least two (add labelled sets with --gold-set)"
        )
    stories: list[tuple[str, dict[str, Any]]] = []
    prepared = []
    for root, gold in sets:
        results, embeddings, truths = prepare_fixtures(root, settings, gold)
        prepared.append((str(root), results, embeddings, truths))
        stories += [(str(root), _pair_data(r, t, embeddings)) for r, t in zip(results, truths)]

    def fit(train: list[dict[str, Any]]) -> np.ndarray:
        return fit_logistic(np.concatenate([s["x"] for s in train]), np.concatenate([s["y"] for s in train]))

    curve = {n: {th: Score() for th in grid} for n in names}
    for k, (name, story) in enumerate(stories):
        w = fit([s for i, (_, s) in enumerate(stories) if i != k])
        for th in grid:
            curve[name][th].merge(_cluster_counts(story, w, th))

    def mean_f1(th: float) -> float:
        return float(np.mean([curve[n][th].f1 for n in names]))

    ok = [th for th in grid if all(curve[n][th].precision >= min_precision for n in names)]
    threshold = min(ok) if ok else max(grid, key=lambda th: (round(mean_f1(th), 6), -th))
    weights = fit([s for _, s in stories])
    in_sample = {n: Score() for n in names}
    for name, story in stories:
        in_sample[name].merge(_cluster_counts(story, weights, threshold))
    cal_settings = settings.replace(align_threshold=threshold, align_weights=tuple(float(x) for x in weights))
    labelled = verdict_labels(verdicts_db, settings) if verdicts_db is not None else []
    gates, floors, gate_report = calibrate_gates(
        [r for p in prepared for r in p[1]],
        {k: v for p in prepared for k, v in p[2].items()},
        [t for p in prepared for t in p[3]],
        cal_settings,
        labelled,
    )
    held = {n: curve[n][threshold] for n in names}
    out = {
        "align_threshold": threshold,
        "align_weights": [round(float(x), 4) for x in weights],
        "features": list(FEATURES),
        "model": settings.model,
        "stories": len(stories),
        "threshold_rule": f"lowest threshold with held-out precision >= {min_precision} on every set",
        "sets": {
            n: {
                "stories": sum(1 for m, _ in stories if m == n),
                "in_sample": in_sample[n].as_dict(),
                "leave_one_story_out": held[n].as_dict(),
            }
            for n in names
        },
        "curve": {
            n: {
                f"{th:.2f}": [
                    round(curve[n][th].precision, 4),
                    round(curve[n][th].recall, 4),
                    round(curve[n][th].f1, 4),
                ]
                for th in grid
            }
            for n in names
        },
        "leave_one_story_out_f1": round(float(np.mean([held[n].f1 for n in names])), 4),
        "leave_one_story_out_precision": round(float(np.mean([held[n].precision for n in names])), 4),
        "leave_one_story_out_recall": round(float(np.mean([held[n].recall for n in names])), 4),
        "discrepancy_gates": gates,
        "discrepancy_min_confidence": floors,
        "discrepancy_gates_leave_one_story_out": gate_report,
        "calibrated_on": names + ([f"verdicts in {verdicts_db}"] if labelled else []),
        **(
            {
                "verdicts": {
                    "stories": len(labelled),
                    "confirmed": sum(1 for s in labelled for j in s.judged if j[4]),
                    "not_a_conflict": sum(1 for s in labelled for j in s.judged if not j[4]),
                }
            }
            if verdicts_db is not None
            else {}
        ),
        "date": date.today().isoformat(),
    }
    if write:
        CALIBRATION_FILE.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return out
