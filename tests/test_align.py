"""Pair features and claim formation (align.py) on small hand-built stories."""

from __future__ import annotations

import numpy as np

from reconcile.align import FEATURES, StoryFeatures, _rarest_shared, align_story, block_features
from reconcile.records import Sentence


def sentences(*rows: tuple[str, str]) -> list[Sentence]:
    out, pos = [], {}
    for k, (outlet, text) in enumerate(rows):
        pos[outlet] = pos.get(outlet, -1) + 1
        out.append(Sentence(f"s{k}", f"a-{outlet}", outlet, pos[outlet], 0, 0, len(text), text))
    return out


def unit(rows: list[list[float]]) -> np.ndarray:
    m = np.asarray(rows, dtype=np.float32)
    return m / np.linalg.norm(m, axis=1, keepdims=True)


def test_rarest_shared_word_is_the_highest_idf_in_common() -> None:
    ma = np.array([[1, 1, 0], [0, 0, 1]], dtype=np.float32)
    mb = np.array([[1, 1, 1], [1, 0, 0]], dtype=np.float32)
    idf = np.array([0.5, 2.0, 3.0], dtype=np.float32)
    got = _rarest_shared(ma, mb, idf)
    assert got.tolist() == [[2.0, 0.5], [3.0, 0.0]]


def test_topic_words_weigh_less_than_rare_shared_words() -> None:
    texts = [
        "The shutdown talks failed on Friday.",
        "The shutdown talks resumed with Pelosi.",
        "Shutdown talks failed on Friday, aides said.",
        "Shutdown talks went on as Pelosi spoke.",
    ]
    emb = unit([[1, 0], [1, 0.1], [1, 0], [1, 0.1]])
    f = StoryFeatures.build(texts, emb, None, ["a", "a", "b", "b"])
    feats = block_features(f, np.array([0, 1]), np.array([2, 3]))
    assert feats.shape == (2, 2, len(FEATURES))
    idf_overlap = feats[..., FEATURES.index("idf_overlap")]
    # 'failed ... Friday' is rarer in the story than 'shutdown talks', which every sentence uses
    assert idf_overlap[0, 0] > idf_overlap[0, 1]
    assert idf_overlap[1, 1] > idf_overlap[1, 0]


def test_shared_quote_is_a_shared_trigram() -> None:
    texts = [
        'He said "we will not back down" at the rally.',
        '"We will not back down," he told supporters.',
        "Supporters cheered loudly in the square.",
    ]
    f = StoryFeatures.build(texts, unit([[1, 0], [1, 0], [0, 1]]), None, ["a", "b", "b"])
    tri = block_features(f, np.array([0]), np.array([1, 2]))[..., FEATURES.index("shared_trigrams")]
    assert tri[0, 0] > 0 and tri[0, 1] == 0


def test_link_merges_claims_of_one_fact_slot_only_across_outlets() -> None:
    sents = sentences(
        ("a", "Rescuers freed 14 miners on Monday."),
        ("b", "Twelve miners were pulled out alive."),
        ("b", "The mine is run by a small firm."),
    )
    emb = unit([[1, 0, 0], [0.6, 0.8, 0], [0, 0, 1]])
    weights = [0.0] * len(FEATURES)
    weights[FEATURES.index("cosine")] = 1.0
    weights[-1] = -0.4  # pair 0-1: sigmoid(0.6 - 0.4) ~ 0.55, under the 0.9 threshold
    plain = align_story("st", sents, emb, 0.9, weights)
    assert all(c.n_outlets == 1 for c in plain)
    asked = []

    def link(i: int, j: int, score: float) -> bool:
        asked.append((i, j))
        return (i, j) == (0, 1)

    linked = align_story("st", sents, emb, 0.9, weights, link=link, link_floor=0.5)
    assert (0, 1) in asked
    merged = [c for c in linked if c.n_outlets == 2]
    assert len(merged) == 1 and set(merged[0].sentence_ids) == {"s0", "s1"}
    assert {c.sentence_ids for c in linked if c.n_outlets == 1} == {("s2",)}


def test_anchored_pairs_merge_whatever_their_score_but_never_two_sentences_of_one_outlet() -> None:
    sents = sentences(
        ("a", "Norfrost, a Bergen-based maker, sells freezers across Europe."),
        ("b", "Norfrost, which is headquartered in Oslo, employs 900 people."),
        ("b", "Its freezers are sold in twelve countries."),
        ("a", "The firm was founded in 1971."),
    )
    emb = unit([[1, 0, 0], [0, 1, 0], [0, 0, 1], [0.1, 0.1, 1]])
    weights = [0.0] * len(FEATURES)
    weights[FEATURES.index("cosine")] = 1.0
    plain = align_story("st", sents, emb, 0.9, weights)
    assert all(c.n_outlets == 1 for c in plain)
    merged = align_story("st", sents, emb, 0.9, weights, anchored=[(0, 1), (1, 3)])
    two = [c for c in merged if c.n_outlets == 2]
    # 0-1 merge; 1-3 would put two sentences of outlet 'a' in one claim
    assert len(two) == 1 and set(two[0].sentence_ids) == {"s0", "s1"}


def test_a_denial_is_paired_with_every_other_outlets_sentence_and_anchored_to_its_affirmation() -> None:
    from reconcile.pipeline import anchored_pairs

    sents = sentences(
        ("a", "No arrests have been made, the police said."),
        ("b", "Rain fell across the valley all afternoon."),
        ("b", "Officers arrested two men near the bridge on Sunday."),
        ("a", "Two men were arrested near the bridge."),
    )
    # the denial (0) against the other outlet's affirmation (2) only: not the rain (1), not its own outlet (3)
    assert anchored_pairs(sents, {}) == [(0, 2)]


def test_link_offers_a_pair_below_the_floor_when_the_two_sentences_are_close_in_meaning() -> None:
    sents = sentences(
        ("a", "Inspectors raided 126 pharmacies in Lahore."),
        ("b", "Inspectors raided 162 pharmacies across the city."),
    )
    emb = unit([[1, 0], [0.8, 0.6]])  # cosine 0.8
    weights = [0.0] * len(FEATURES)
    weights[FEATURES.index("cosine")] = 1.0
    weights[-1] = -0.4  # sigmoid(0.8 - 0.4) ~ 0.60: under the threshold and under the link floor
    asked = []

    def link(i: int, j: int, score: float) -> bool:
        asked.append((i, j))
        return True

    def claims(**kw: object) -> list:
        asked.clear()
        return align_story("st", sents, emb, 0.9, weights, link=link, link_floor=0.7, **kw)

    assert all(c.n_outlets == 1 for c in claims()) and not asked
    assert all(c.n_outlets == 1 for c in claims(link_close=(0.85, 0.1))) and not asked  # not close enough
    assert all(c.n_outlets == 1 for c in claims(link_close=(0.75, 0.65))) and not asked  # scores too low
    linked = claims(link_close=(0.75, 0.1))
    assert asked == [(0, 1)] and [c.n_outlets for c in linked] == [2]
