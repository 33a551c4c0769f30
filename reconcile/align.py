"""Group sentences of different outlets that state the same claim.

Greedy average-linkage clustering over cross-outlet cosine similarities: the most similar
pairs are joined first; two groups merge only when they share no outlet (a claim holds at most
one sentence per outlet) and their mean cross similarity reaches the calibrated threshold.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .records import Claim, Sentence, stable_id


def candidate_edges(outlets: Sequence[str], emb: np.ndarray, threshold: float) -> list[tuple[float, int, int]]:
    """Cross-outlet pairs (similarity, i, j) at or above the threshold, most similar first."""
    groups: dict[str, list[int]] = {}
    for i, o in enumerate(outlets):
        groups.setdefault(o, []).append(i)
    keys = sorted(groups)
    edges: list[tuple[float, int, int]] = []
    for a in range(len(keys)):
        ia = np.asarray(groups[keys[a]])
        for b in range(a + 1, len(keys)):
            ib = np.asarray(groups[keys[b]])
            sims = emb[ia] @ emb[ib].T
            rows, cols = np.nonzero(sims >= threshold)
            edges.extend((float(sims[r, c]), int(ia[r]), int(ib[c])) for r, c in zip(rows, cols))
    edges.sort(key=lambda e: (-e[0], e[1], e[2]))
    return edges


def cluster(outlets: Sequence[str], emb: np.ndarray, threshold: float) -> list[list[int]]:
    """Indices grouped into claims; every index appears in exactly one group."""
    n = len(outlets)
    owner = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    for _, i, j in candidate_edges(outlets, emb, threshold):
        ci, cj = owner[i], owner[j]
        if ci == cj:
            continue
        mi, mj = members[ci], members[cj]
        if {outlets[k] for k in mi} & {outlets[k] for k in mj}:
            continue
        if float((emb[mi] @ emb[mj].T).mean()) < threshold:
            continue
        keep, gone = (ci, cj) if len(mi) >= len(mj) else (cj, ci)
        for k in members[gone]:
            owner[k] = keep
        members[keep].extend(members.pop(gone))
    return [sorted(m) for m in members.values()]


def align_story(story_id: str, sentences: Sequence[Sentence], emb: np.ndarray, threshold: float) -> list[Claim]:
    """Claims of one story, in reading order (by each claim's earliest sentence)."""
    if not sentences:
        return []
    outlets = [s.outlet_id for s in sentences]
    groups = cluster(outlets, emb, threshold)
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
