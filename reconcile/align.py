"""Group sentences of different outlets that state the same claim.

Each cross-outlet sentence pair gets a score: a logistic combination of the embeddings' cosine
similarity, whether the pair are each other's best match, how many content words, numbers and
names they share, how rare within the story the shared words are (outlets covering one event all
use its topic words; two sentences stating one claim share its rare ones), shared word trigrams
(the same quote), and how much the story's outlets rewrite each other (wire copy vs independent
coverage). The weights and the decision threshold are fitted on labelled fixtures and real
coverage (`reconcile calibrate`, stored in calibration.json). Claims are then formed greedily,
best pairs first: two groups merge only when they share no outlet (a claim holds at most one
sentence per outlet) and their mean pair score reaches the threshold.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .facts.lexicon import ALIGN_STOPWORDS, NUMBER_WORD_DIGITS
from .records import Claim, Sentence, stable_id

FEATURES = (
    "cosine",
    "mutual_best",
    "gap_to_best",
    "shared_words",
    "shared_numbers",
    "shared_names",
    "position_gap",
    "idf_overlap",
    "rarest_shared",
    "shared_trigrams",
    "rewrite_density",
    "density_x_cosine",
    "density_x_mutual",
    "density_x_words",
    "bias",
)
DEFAULT_WEIGHTS = (4.0, 2.5, 4.0, 3.0, 3.0, 1.0, -1.0, 1.0, 1.0, 1.0, 0.0, 2.0, 0.0, 0.0, -7.0)
REWRITE_COSINE = 0.7
"""Cosine at which two outlets' mutually best-matching sentences count as one rewritten from the other."""
_TRIWORD = re.compile(r"\w+")

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_NUM = re.compile(r"\d+(?:[.,]\d+)*")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w’'-]+")


@lru_cache(maxsize=1 << 16)
def _stem(w: str) -> str:
    w = w.lower().replace("’", "'")
    for suf in ("'s", "ing", "ed", "es", "s", "ly"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)][:7]
    return w[:7]


def sentence_tokens(text: str) -> tuple[set[str], set[str], set[str]]:
    """(content-word stems, numbers, names) of a sentence."""
    words = _WORD.findall(text)
    lows = [w.lower() for w in words]
    stems = {_stem(w) for w, low in zip(words, lows) if low not in ALIGN_STOPWORDS and len(w) > 2}
    nums = {n.replace(",", "").rstrip("0").rstrip(".") if "." in n else n.replace(",", "") for n in _NUM.findall(text)}
    nums |= {NUMBER_WORD_DIGITS[low] for low in lows if low in NUMBER_WORD_DIGITS}
    names = {m.group(0).lower() for m in _NAME.finditer(text)}
    return stems, nums, names


def _incidence(sets: Sequence[set[str]]) -> np.ndarray:
    vocab: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    for i, s in enumerate(sets):
        for t in s:
            rows.append(i)
            cols.append(vocab.setdefault(t, len(vocab)))
    m = np.zeros((len(sets), max(len(vocab), 1)), dtype=np.float32)
    m[rows, cols] = 1.0
    return m


def word_trigrams(text: str) -> set[tuple[str, str, str]]:
    """Lower-cased consecutive word triples, stopwords kept (a shared one is usually a shared quote)."""
    w = [x.lower() for x in _TRIWORD.findall(text)]
    return set(zip(w, w[1:], w[2:]))


@dataclass
class StoryFeatures:
    """Per-sentence data needed to score pairs of one story."""

    emb: np.ndarray
    words: np.ndarray
    numbers: np.ndarray
    names: np.ndarray
    position: np.ndarray
    """Relative place of each sentence in its article, 0 (lead) to 1 (last)."""
    idf: np.ndarray
    """Per word of `words`: log((N + 1) / (sentences of the story using it + 0.5))."""
    trigrams: np.ndarray
    density: float = 0.0
    """How much the story's outlets rewrite each other: mutual best matches at REWRITE_COSINE or
    more per sentence of the smaller article, averaged over outlet pairs (0 when unknown)."""

    @classmethod
    def build(
        cls,
        texts: Sequence[str],
        emb: np.ndarray,
        position: Sequence[float] | None = None,
        outlets: Sequence[str] | None = None,
    ) -> "StoryFeatures":
        toks = [sentence_tokens(t) for t in texts]
        pos = np.asarray(position if position is not None else np.zeros(len(texts)), dtype=np.float32)
        words, numbers, names = (_incidence([t[k] for t in toks]) for k in range(3))
        idf = np.log((len(texts) + 1) / (words.sum(0) + 0.5)).astype(np.float32)
        f = cls(emb, words, numbers, names, pos, idf, _incidence([word_trigrams(t) for t in texts]))
        if outlets is not None:
            f.density = rewrite_density(emb, outlets)
        return f


def rewrite_density(emb: np.ndarray, outlets: Sequence[str]) -> float:
    by: dict[str, list[int]] = {}
    for i, o in enumerate(outlets):
        by.setdefault(o, []).append(i)
    keys = sorted(by)
    vals = []
    for a in range(len(keys)):
        for b in range(a + 1, len(keys)):
            cos = emb[by[keys[a]]] @ emb[by[keys[b]]].T
            mutual = (cos >= cos.max(1, keepdims=True)) & (cos >= cos.max(0, keepdims=True))
            vals.append(float((mutual & (cos >= REWRITE_COSINE)).sum()) / min(cos.shape))
    return float(np.mean(vals)) if vals else 0.0


def _overlap(m: np.ndarray, ia: np.ndarray, ib: np.ndarray) -> np.ndarray:
    """Dice overlap of the two sides' items (0 when both have none)."""
    inter = m[ia] @ m[ib].T
    total = m[ia].sum(1)[:, None] + m[ib].sum(1)[None, :]
    return np.where(total > 0, 2 * inter / np.maximum(total, 1), 0.0)


def _rarest_shared(ma: np.ndarray, mb: np.ndarray, idf: np.ndarray, chunk: int = 64) -> np.ndarray:
    """Per pair, the highest idf among the words both sentences use (0 when none)."""
    out = np.zeros((ma.shape[0], mb.shape[0]), dtype=np.float32)
    both = np.nonzero((ma.sum(0) > 0) & (mb.sum(0) > 0))[0]
    if not len(both):
        return out
    wb = mb[:, both] * idf[both]
    for r in range(0, ma.shape[0], chunk):  # rows in chunks bound the (rows, nb, words) product
        out[r : r + chunk] = (ma[r : r + chunk, None, both] * wb[None, :, :]).max(-1)
    return out


def block_features(f: StoryFeatures, ia: np.ndarray, ib: np.ndarray) -> np.ndarray:
    """Feature tensor (len(ia), len(ib), len(FEATURES)) for pairs between two outlets."""
    cos = f.emb[ia] @ f.emb[ib].T
    row_best = cos.max(1, keepdims=True)
    col_best = cos.max(0, keepdims=True)
    mutual = ((cos >= row_best) & (cos >= col_best)).astype(np.float32)
    gap = cos - np.maximum(row_best, col_best)
    wa, wb = f.words[ia] * f.idf, f.words[ib] * f.idf
    shared = wa @ f.words[ib].T
    idf_overlap = shared / np.sqrt(np.maximum(wa.sum(1)[:, None] * wb.sum(1)[None, :], 1e-9))
    rarest = _rarest_shared(f.words[ia], f.words[ib], f.idf) / 5.0
    tri = np.minimum(f.trigrams[ia] @ f.trigrams[ib].T, 5.0) / 5.0
    words = _overlap(f.words, ia, ib)
    feats = [
        cos,
        mutual,
        gap,
        words,
        _overlap(f.numbers, ia, ib),
        _overlap(f.names, ia, ib),
        np.abs(f.position[ia][:, None] - f.position[ib][None, :]),
        idf_overlap,
        rarest,
        tri,
        np.full_like(cos, f.density),
        f.density * cos,
        f.density * mutual,
        f.density * words,
        np.ones_like(cos),
    ]
    return np.stack(feats, axis=-1).astype(np.float32)


def block_scores(f: StoryFeatures, ia: np.ndarray, ib: np.ndarray, weights: Sequence[float]) -> np.ndarray:
    z = block_features(f, ia, ib) @ np.asarray(weights, dtype=np.float32)
    return 1.0 / (1.0 + np.exp(-z))


class PairScores:
    """Scores of every cross-outlet sentence pair of one story, computed once per pair of outlets."""

    def __init__(self, outlets: Sequence[str], f: StoryFeatures, weights: Sequence[float]):
        by_outlet: dict[str, list[int]] = {}
        for i, o in enumerate(outlets):
            by_outlet.setdefault(o, []).append(i)
        self.outlets = list(outlets)
        self.index = {o: np.asarray(ix) for o, ix in by_outlet.items()}
        self.local = {i: k for ix in by_outlet.values() for k, i in enumerate(ix)}
        keys = sorted(by_outlet)
        self.blocks = {
            (a, b): block_scores(f, self.index[a], self.index[b], weights)
            for n, a in enumerate(keys)
            for b in keys[n + 1 :]
        }

    def edges(self, min_score: float) -> list[tuple[float, int, int]]:
        """(score, i, j) of the pairs scoring at least min_score, best first."""
        out: list[tuple[float, int, int]] = []
        for (a, b), sc in self.blocks.items():
            ia, ib = self.index[a], self.index[b]
            rows, cols = np.nonzero(sc >= min_score)
            out.extend((float(sc[r, c]), int(ia[r]), int(ib[c])) for r, c in zip(rows, cols))
        out.sort(key=lambda e: (-e[0], e[1], e[2]))
        return out

    def __call__(self, i: int, j: int) -> float:
        oi, oj = self.outlets[i], self.outlets[j]
        if oi > oj:
            i, j, oi, oj = j, i, oj, oi
        return float(self.blocks[(oi, oj)][self.local[i], self.local[j]])


def cluster(outlets: Sequence[str], f: StoryFeatures, threshold: float, weights: Sequence[float]) -> list[list[int]]:
    """Indices grouped into claims; every index appears in exactly one group (see cluster_scores)."""
    return cluster_scores(outlets, PairScores(outlets, f, weights), threshold)


def cluster_scores(outlets: Sequence[str], pair: PairScores, threshold: float) -> list[list[int]]:
    """Indices grouped into claims; every index appears in exactly one group.

    Pairs at or above the threshold are taken best first; two groups merge when they share no
    outlet and the mean score of all their cross pairs still reaches the threshold.
    """
    owner = list(range(len(outlets)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(outlets))}
    for _, i, j in pair.edges(threshold):
        ci, cj = owner[i], owner[j]
        if ci == cj:
            continue
        mi, mj = members[ci], members[cj]
        if {outlets[k] for k in mi} & {outlets[k] for k in mj}:
            continue
        if np.mean([pair(x, y) for x in mi for y in mj]) < threshold:
            continue
        keep, gone = (ci, cj) if len(mi) >= len(mj) else (cj, ci)
        for k in members[gone]:
            owner[k] = keep
        members[keep].extend(members.pop(gone))
    return [sorted(m) for m in members.values()]


def align_story(
    story_id: str,
    sentences: Sequence[Sentence],
    emb: np.ndarray,
    threshold: float,
    weights: Sequence[float] = DEFAULT_WEIGHTS,
    link: Callable[[int, int, float], bool] | None = None,
    link_floor: float = 1.0,
    scores: PairScores | None = None,
    anchored: Sequence[tuple[int, int]] = (),
    link_close: tuple[float, float] = (2.0, 1.0),
) -> list[Claim]:
    """Claims of one story, in reading order (by each claim's earliest sentence).

    With `link`, a cross-outlet pair scoring at least `link_floor` but left in two claims is
    offered to `link(i, j, score)` (best pairs first); when it says the two sentences state one
    fact slot (e.g. the same count with another value), their claims merge if they share no outlet.
    So is a pair scoring below `link_floor` but at least `link_close[1]` whose cosine reaches
    `link_close[0]`, after those.
    `anchored` pairs state one attribute of one named thing (where it is based) whatever their
    score: their claims merge likewise.
    """
    if not sentences:
        return []
    outlets = [s.outlet_id for s in sentences]
    scores = scores or PairScores(outlets, story_features(sentences, emb), weights)
    groups = cluster_scores(outlets, scores, threshold)
    if link is not None:
        groups = _link_groups(
            groups, outlets, scores, link, link_floor, _close_pairs(emb, outlets, scores, *link_close, link_floor)
        )
    if anchored:
        groups = _merge_pairs(groups, outlets, anchored)
    return claims_from_groups(story_id, sentences, emb, groups)


def _link_groups(
    groups: list[list[int]],
    outlets: Sequence[str],
    scores: PairScores,
    link: Callable[[int, int, float], bool],
    floor: float,
    close: Sequence[tuple[float, int, int]] = (),
) -> list[list[int]]:
    merging = _Merging(groups, outlets)
    for score, i, j in [*scores.edges(floor), *close]:
        if merging.apart(i, j) and link(i, j, score):
            merging.merge(i, j)
    return merging.groups()


def _close_pairs(
    emb: np.ndarray, outlets: Sequence[str], scores: PairScores, cosine: float, least: float, floor: float
) -> list[tuple[float, int, int]]:
    """(score, i, j) of the cross-outlet pairs scoring from `least` to below `floor` whose cosine reaches
    `cosine`, best first."""
    if cosine > 1.0:
        return []
    rows, cols = np.nonzero(np.triu(emb @ emb.T, 1) >= cosine)
    out = [(scores(i, j), int(i), int(j)) for i, j in zip(rows, cols) if outlets[i] != outlets[j]]
    return sorted((e for e in out if least <= e[0] < floor), key=lambda e: (-e[0], e[1], e[2]))


def _merge_pairs(groups: list[list[int]], outlets: Sequence[str], pairs: Sequence[tuple[int, int]]) -> list[list[int]]:
    """Merge the groups of each pair, unless the two groups share an outlet."""
    merging = _Merging(groups, outlets)
    for i, j in pairs:
        if merging.apart(i, j):
            merging.merge(i, j)
    return merging.groups()


class _Merging:
    """Groups of sentences being merged pairwise; two groups merge only if they share no outlet."""

    def __init__(self, groups: list[list[int]], outlets: Sequence[str]) -> None:
        self.outlets = outlets
        self.owner = {k: gi for gi, g in enumerate(groups) for k in g}
        self.members = {gi: list(g) for gi, g in enumerate(groups)}

    def apart(self, i: int, j: int) -> bool:
        """Whether i and j sit in two groups that may merge (no outlet in both)."""
        gi, gj = self.owner[i], self.owner[j]
        return gi != gj and not (
            {self.outlets[k] for k in self.members[gi]} & {self.outlets[k] for k in self.members[gj]}
        )

    def merge(self, i: int, j: int) -> None:
        gi, gj = self.owner[i], self.owner[j]
        for k in self.members[gj]:
            self.owner[k] = gi
        self.members[gi].extend(self.members.pop(gj))

    def groups(self) -> list[list[int]]:
        return [sorted(m) for m in self.members.values()]


def claims_from_groups(
    story_id: str, sentences: Sequence[Sentence], emb: np.ndarray, groups: list[list[int]]
) -> list[Claim]:
    outlets = [s.outlet_id for s in sentences]
    groups = sorted(groups, key=lambda g: min((sentences[k].position, outlets[k]) for k in g))
    claims = []
    for g in groups:
        sids = tuple(sentences[k].sentence_id for k in g)
        if len(g) > 1:
            sims = emb[g] @ emb[g].T
            sim = tuple(float((sims[r].sum() - sims[r, r]) / (len(g) - 1)) for r in range(len(g)))
        else:
            sim = (None,)
        claims.append(
            Claim(
                claim_id=stable_id(story_id, *sorted(sids)),
                story_id=story_id,
                sentence_ids=sids,
                similarities=sim,
                n_outlets=len({outlets[k] for k in g}),
            )
        )
    return claims


def story_features(sentences: Sequence[Sentence], emb: np.ndarray) -> StoryFeatures:
    return StoryFeatures.build(
        [s.text for s in sentences], emb, relative_positions(sentences), [s.outlet_id for s in sentences]
    )


def relative_positions(sentences: Sequence[Sentence]) -> list[float]:
    last: dict[str, int] = {}
    for s in sentences:
        last[s.article_id] = max(last.get(s.article_id, 0), s.position)
    return [s.position / last[s.article_id] if last[s.article_id] else 0.0 for s in sentences]


def member_pair_scores(
    sentences: Sequence[Sentence], emb: np.ndarray, claims: Sequence[Claim], weights: Sequence[float]
) -> dict[tuple[str, str], float]:
    """Pair score of every cross-outlet pair of claim members, keyed by sorted sentence ids."""
    index = {s.sentence_id: k for k, s in enumerate(sentences)}
    wanted = [
        (a, b)
        for c in claims
        if c.n_outlets > 1
        for i, a in enumerate(sorted(c.sentence_ids))
        for b in sorted(c.sentence_ids)[i + 1 :]
        if sentences[index[a]].outlet_id != sentences[index[b]].outlet_id
    ]
    if not wanted:
        return {}
    scores = PairScores([s.outlet_id for s in sentences], story_features(sentences, emb), weights)
    return {(a, b): scores(index[a], index[b]) for a, b in wanted}
