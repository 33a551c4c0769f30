"""Online grouping over a sliding time window, the window index, pairwise scores, syndication."""

import numpy as np
import pytest

from reconcile.discover import find_syndicated, shingles
from reconcile.group import Grouper, Item, StoryIndex, WindowStory, pairwise_scores

H = 3600.0
DIM = 16


def unit(*weights):
    v = np.zeros(DIM, dtype=np.float32)
    v[: len(weights)] = weights
    return v / np.linalg.norm(v)


A, B, A2 = unit(1), unit(0, 1), unit(1, 0.3)  # A2 is close to A (cos 0.96), B is orthogonal


def test_similar_articles_join_and_different_ones_start_stories():
    g = Grouper(DIM, window_hours=48, threshold=0.8)
    a = g.assign("a", A, 0, "s-a")
    b = g.assign("b", A2, 2 * H, "s-b")
    c = g.assign("c", B, 3 * H, "s-c")
    assert (a.story_id, a.new_story, a.similarity) == ("s-a", True, None)
    assert (b.story_id, b.new_story) == ("s-a", False) and b.similarity == pytest.approx(0.958, abs=0.01)
    assert (c.story_id, c.new_story) == ("s-c", True)
    story = g.touched["s-a"]
    assert story.n == 2 and (story.first, story.last) == (0, 2 * H)
    assert np.allclose(story.vector_sum, A + A2)


def test_the_window_separates_the_same_topic_days_apart():
    g = Grouper(DIM, window_hours=48, threshold=0.8)
    g.assign("a", A, 0, "s-a")
    g.assign("b", A, 40 * H, "s-b")  # within 48 h of s-a's last article: joins
    late = g.assign("c", A, (40 + 49) * H, "s-c")  # 49 h after the story's last article: new story
    assert g.touched["s-a"].n == 2 and late.story_id == "s-c" and late.new_story


def test_a_story_spans_as_it_grows():
    g = Grouper(DIM, window_hours=48, threshold=0.8)
    for i in range(5):  # one article a day: each within 48 h of the previous one
        g.assign(f"a{i}", A, i * 24 * H, f"s{i}")
    assert list(g.touched) == ["s0"] and g.touched["s0"].n == 5


def test_group_places_in_publication_order_and_ids_come_from_the_first_article():
    g = Grouper(DIM, window_hours=48, threshold=0.8)
    items = [Item("late", A, 5 * H), Item("early", A2, 1 * H), Item("other", B, 3 * H)]
    out = g.group(items, lambda it: f"story-of-{it.key}")
    assert [a.key for a in out] == ["early", "other", "late"]
    assert {a.key: a.story_id for a in out} == {
        "early": "story-of-early",
        "other": "story-of-other",
        "late": "story-of-early",
    }


def test_stories_loaded_from_the_warehouse_keep_their_ids_as_they_grow():
    stored = WindowStory("20260302-port-strike-abc123", A.copy(), n=3, first=0.0, last=5 * H)
    g = Grouper(DIM, window_hours=48, threshold=0.8, stories=[stored])
    a = g.assign("new", A2, 20 * H, "would-be-new")
    assert a.story_id == "20260302-port-strike-abc123" and not a.new_story
    assert g.touched["20260302-port-strike-abc123"].n == 4
    with pytest.raises(ValueError, match="already exists"):
        g.assign("clash", B, 21 * H, "20260302-port-strike-abc123")


def test_an_article_earlier_than_a_stored_story_still_finds_it():
    stored = WindowStory("s", A.copy(), n=1, first=100 * H, last=100 * H)
    g = Grouper(DIM, window_hours=48, threshold=0.8, stories=[stored])
    assert g.assign("x", A, 60 * H, "new").story_id == "s"
    assert g.touched["s"].first == 60 * H
    assert g.assign("y", A, 0, "new2").story_id == "new2"  # more than 48 h before the story's first article


def test_the_index_holds_only_the_window_and_reuses_slots():
    rng = np.random.default_rng(0)
    g = Grouper(DIM, window_hours=48, threshold=0.99)
    sizes = []
    for i in range(3000):  # a new unrelated story every hour for four months
        v = rng.normal(size=DIM).astype(np.float32)
        g.assign(f"a{i}", v / np.linalg.norm(v), i * H, f"s{i}")
        sizes.append(len(g.index))
    assert max(sizes) <= 50  # 48 stories in the window, whatever the length of the archive
    assert g.index.slots <= 50 and g.evicted == 3000 - len(g.index)


def test_story_index_candidates_respect_both_ends_of_the_span():
    idx = StoryIndex(DIM, window_seconds=10 * H)
    idx.put(WindowStory("s", A.copy(), 1, first=100 * H, last=120 * H))
    assert idx.best(A, 115 * H)[0] == "s"
    assert idx.best(A, 91 * H)[0] == "s" and idx.best(A, 129 * H)[0] == "s"
    assert idx.best(A, 89 * H) == (None, -1.0) and idx.best(A, 131 * H) == (None, -1.0)


def test_pairwise_scores():
    truth = {"a": "e1", "b": "e1", "c": "e1", "d": "e2", "e": "x"}
    assert pairwise_scores(truth, truth)["f1"] == 1.0
    pred = {"a": "s1", "b": "s1", "c": "s2", "d": "s2", "e": "s3"}
    s = pairwise_scores(pred, truth)
    assert (s["tp"], s["fp"], s["fn"]) == (1, 1, 2)
    assert s["precision"] == 0.5 and s["recall"] == pytest.approx(0.3333, abs=1e-4)
    alone = pairwise_scores({k: k for k in truth}, {k: k for k in truth})
    assert alone["f1"] == 1.0 and alone["tp"] == 0


WIRE = (
    "A magnitude 6.4 earthquake struck off the coast of Varnholm island early on Tuesday, killing at least "
    "nine people and damaging hundreds of buildings, officials said. The quake hit at a depth of about 10 km, "
    "roughly 25 km south-west of the island's main town, the national seismology institute said. A tsunami "
    "warning issued after the quake was lifted about two hours later."
)
OWN = (
    "At least 11 people have been killed after a powerful earthquake struck off the island of Varnholm, local "
    "officials say. The 6.4-magnitude tremor hit in the early hours of Tuesday, shaking buildings in the main "
    "town. A tsunami alert was issued shortly afterwards but was later withdrawn."
)


def test_syndicated_copies_point_to_the_earliest_original():
    cut = WIRE.rsplit(" A tsunami", 1)[0]  # a trimmed reprint
    members = [
        ("copy", "tribune", 2.0, cut),
        ("wire", "wire", 1.0, WIRE),
        ("own", "herald", 3.0, OWN),
        ("copy2", "ledger", 4.0, WIRE.upper()),
    ]
    marks = find_syndicated(members, 0.6)
    assert marks == {"copy": ("wire", 1.0), "copy2": ("wire", 1.0)}


def test_a_late_earlier_original_takes_over():
    # The reprint was stored first; the wire's own page, published earlier, arrives in a later run.
    marks = find_syndicated([("reprint", "tribune", 5.0, WIRE), ("wire", "wire", 1.0, WIRE)], 0.6)
    assert marks == {"reprint": ("wire", 1.0)}


def test_the_same_outlet_twice_is_not_syndication_and_short_texts_are_safe():
    assert find_syndicated([("a", "wire", 1.0, WIRE), ("b", "wire", 2.0, WIRE)], 0.6) == {}
    assert find_syndicated([("a", "x", 1.0, ""), ("b", "y", 2.0, "")], 0.6) == {}
    assert shingles("Three short words", 5) == {"three short words"}
