"""Group sentences of different outlets that state the same claim.

Each cross-outlet sentence pair gets a score: a logistic combination of the embeddings' cosine
similarity, whether the pair are each other's best match, and how many content words, numbers
and names they share. The weights and the decision threshold are fitted on the labelled
fixtures (`reconcile calibrate`, stored in calibration.json). Claims are then formed greedily,
best pairs first: two groups merge only when they share no outlet (a claim holds at most one
sentence per outlet) and their mean pair score reaches the threshold.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .records import Claim, Sentence, stable_id

FEATURES = ("cosine", "mutual_best", "gap_to_best", "shared_words", "shared_numbers", "shared_names",
            "position_gap", "bias")
DEFAULT_WEIGHTS = (4.0, 2.5, 4.0, 3.0, 3.0, 1.0, -1.0, -6.0)

_STOP = set("""a an the and or but of to in on at by for with from as is are was were be been being has have had
it its this that these those he she they we i you his her their our said says say told according after before
over under about into than then there here not no will would could should may might can also which who whom
what when where while more most other some such only own same so too very just do does did up out new one two""".split())
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_NUM = re.compile(r"\d+(?:[.,]\d+)*")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w’'-]+")
_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
                 "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "dozen": "12",
                 "thirteen": "13", "fourteen": "14", "fifteen": "15", "twenty": "20", "thirty": "30",
                 "hundred": "100", "thousand": "1000", "half": "0.5", "quarter": "0.25"}


def _stem(w: str) -> str:
    w = w.lower().replace("’", "'")
    for suf in ("'s", "ing", "ed", "es", "s", "ly"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)][:7]
    return w[:7]


def sentence_tokens(text: str) -> tuple[set[str], set[str], set[str]]:
    """(content-word stems, numbers, names) of a sentence."""
    words = [w for w in _WORD.findall(text)]
    stems = {_stem(w) for w in words if w.lower() not in _STOP and len(w) > 2}
    nums = {n.replace(",", "").rstrip("0").rstrip(".") if "." in n else n.replace(",", "") for n in _NUM.findall(text)}
    nums |= {_NUMBER_WORDS[w.lower()] for w in words if w.lower() in _NUMBER_WORDS}
    names = {m.group(0).lower() for m in _NAME.finditer(text)}
    return stems, nums, names


def _incidence(sets: Sequence[set[str]]) -> np.ndarray:
    vocab: dict[str, int] = {}
    for s in sets:
        for t in s:
            vocab.setdefault(t, len(vocab))
    m = np.zeros((len(sets), max(len(vocab), 1)), dtype=np.float32)
    for i, s in enumerate(sets):
        for t in s:
            m[i, vocab[t]] = 1.0
    return m


@dataclass
class StoryFeatures:
    """Per-sentence data needed to score pairs of one story."""

    emb: np.ndarray
    words: np.ndarray
    numbers: np.ndarray
    names: np.ndarray
    position: np.ndarray
    """Relative place of each sentence in its article, 0 (lead) to 1 (last)."""

    @classmethod
    def build(cls, texts: Sequence[str], emb: np.ndarray,
              position: Sequence[float] | None = None) -> "StoryFeatures":
        toks = [sentence_tokens(t) for t in texts]
        pos = np.asarray(position if position is not None else np.zeros(len(texts)), dtype=np.float32)
        return cls(emb, *(_incidence([t[k] for t in toks]) for k in range(3)), pos)


def _overlap(m: np.ndarray, ia: np.ndarray, ib: np.ndarray) -> np.ndarray:
    """Dice overlap of the two sides' items (0 when both have none)."""
    inter = m[ia] @ m[ib].T
    total = m[ia].sum(1)[:, None] + m[ib].sum(1)[None, :]
    return np.where(total > 0, 2 * inter / np.maximum(total, 1), 0.0)


def block_features(f: StoryFeatures, ia: np.ndarray, ib: np.ndarray) -> np.ndarray:
    """Feature tensor (len(ia), len(ib), len(FEATURES)) for pairs between two outlets."""
    cos = f.emb[ia] @ f.emb[ib].T
    row_best = cos.max(1, keepdims=True)
    col_best = cos.max(0, keepdims=True)
    mutual = ((cos >= row_best) & (cos >= col_best)).astype(np.float32)
    gap = cos - np.maximum(row_best, col_best)
    feats = [cos, mutual, gap, _overlap(f.words, ia, ib), _overlap(f.numbers, ia, ib),
             _overlap(f.names, ia, ib), np.abs(f.position[ia][:, None] - f.position[ib][None, :]),
             np.ones_like(cos)]
    return np.stack(feats, axis=-1).astype(np.float32)


def block_scores(f: StoryFeatures, ia: np.ndarray, ib: np.ndarray, weights: Sequence[float]) -> np.ndarray:
    z = block_features(f, ia, ib) @ np.asarray(weights, dtype=np.float32)
    return 1.0 / (1.0 + np.exp(-z))


def cluster(outlets: Sequence[str], f: StoryFeatures, threshold: float, weights: Sequence[float]) -> list[list[int]]:
    """Indices grouped into claims; every index appears in exactly one group.

    Pairs at or above the threshold are taken best first; two groups merge when they share no
    outlet and the mean score of all their cross pairs still reaches the threshold.
    """
    n = len(outlets)
    by_outlet: dict[str, list[int]] = {}
    for i, o in enumerate(outlets):
        by_outlet.setdefault(o, []).append(i)
    keys = sorted(by_outlet)
    local = {i: k for o in keys for k, i in enumerate(by_outlet[o])}
    blocks: dict[tuple[str, str], np.ndarray] = {}
    edges: list[tuple[float, int, int]] = []
    for a in range(len(keys)):
        ia = np.asarray(by_outlet[keys[a]])
        for b in range(a + 1, len(keys)):
            ib = np.asarray(by_outlet[keys[b]])
            sc = block_scores(f, ia, ib, weights)
            blocks[(keys[a], keys[b])] = sc
            rows, cols = np.nonzero(sc >= threshold)
            edges.extend((float(sc[r, c]), int(ia[r]), int(ib[c])) for r, c in zip(rows, cols))
    edges.sort(key=lambda e: (-e[0], e[1], e[2]))

    def pair(i: int, j: int) -> float:
        oi, oj = outlets[i], outlets[j]
        if oi > oj:
            i, j, oi, oj = j, i, oj, oi
        return float(blocks[(oi, oj)][local[i], local[j]])

    owner = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    for _, i, j in edges:
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


def align_story(story_id: str, sentences: Sequence[Sentence], emb: np.ndarray, threshold: float,
                weights: Sequence[float] = DEFAULT_WEIGHTS) -> list[Claim]:
    """Claims of one story, in reading order (by each claim's earliest sentence)."""
    if not sentences:
        return []
    outlets = [s.outlet_id for s in sentences]
    f = StoryFeatures.build([s.text for s in sentences], emb, relative_positions(sentences))
    groups = cluster(outlets, f, threshold, weights)
    groups.sort(key=lambda g: min((sentences[k].position, outlets[k]) for k in g))
    claims = []
    for g in groups:
        sids = tuple(sentences[k].sentence_id for k in g)
        if len(g) > 1:
            sims = emb[g] @ emb[g].T
            sim = tuple(float((sims[r].sum() - sims[r, r]) / (len(g) - 1)) for r in range(len(g)))
        else:
            sim = (None,)
        claims.append(Claim(claim_id=stable_id(story_id, *sorted(sids)), story_id=story_id,
                            sentence_ids=sids, similarities=sim,
                            n_outlets=len({outlets[k] for k in g})))
    return claims


def relative_positions(sentences: Sequence[Sentence]) -> list[float]:
    last: dict[str, int] = {}
    for s in sentences:
        last[s.article_id] = max(last.get(s.article_id, 0), s.position)
    return [s.position / last[s.article_id] if last[s.article_id] else 0.0 for s in sentences]


def member_pair_scores(sentences: Sequence[Sentence], emb: np.ndarray, claims: Sequence[Claim],
                       weights: Sequence[float], features: StoryFeatures | None = None) -> dict[tuple[str, str], float]:
    """Pair score of every cross-outlet pair of claim members, keyed by sorted sentence ids."""
    index = {s.sentence_id: k for k, s in enumerate(sentences)}
    wanted = [(a, b) for c in claims if c.n_outlets > 1
              for i, a in enumerate(sorted(c.sentence_ids)) for b in sorted(c.sentence_ids)[i + 1:]
              if sentences[index[a]].outlet_id != sentences[index[b]].outlet_id]
    if not wanted:
        return {}
    f = features or StoryFeatures.build([s.text for s in sentences], emb, relative_positions(sentences))
    by_outlet: dict[str, np.ndarray] = {}
    for k, s in enumerate(sentences):
        by_outlet.setdefault(s.outlet_id, []).append(k)  # type: ignore[arg-type]
    by_outlet = {o: np.asarray(ix) for o, ix in by_outlet.items()}
    local = {int(i): k for ix in by_outlet.values() for k, i in enumerate(ix)}
    blocks: dict[tuple[str, str], np.ndarray] = {}  # features such as mutual-best need the whole block
    out = {}
    for a, b in wanted:
        ia, ib = index[a], index[b]
        key = (sentences[ia].outlet_id, sentences[ib].outlet_id)
        if key not in blocks:
            blocks[key] = block_scores(f, by_outlet[key[0]], by_outlet[key[1]], weights)
        out[(a, b)] = float(blocks[key][local[ia], local[ib]])
    return out
