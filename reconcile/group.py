"""Group articles into stories, online: each new article joins the most similar story of its time
window, or starts a new one.

An article is a unit vector (its embedded title and lead sentences) and a publication time. A
story is the sum of its members' vectors (its direction is the centroid) and the time span of its
members. Candidates for an article are only the stories whose span comes within `window` of the
article's time, held in a sliding-window index: a numpy matrix of their centroids, with stories
evicted once the sweep has moved past their window. The cost of placing an article therefore
depends on how many stories are active around its time, not on the size of the archive.

Articles are placed in publication order; stories never merge or split, so a story id, once
given, stays.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np


@dataclass
class WindowStory:
    """A story as the grouper sees it."""

    story_id: str
    vector_sum: np.ndarray
    """Sum of the members' unit vectors; its direction is the centroid."""
    n: int
    """Number of member articles."""
    first: float
    """Earliest member publication time (epoch seconds)."""
    last: float
    """Latest member publication time (epoch seconds)."""


@dataclass(frozen=True)
class Assignment:
    """Where one article went."""

    key: str
    story_id: str
    similarity: float | None
    """Cosine similarity to the story's centroid when it joined; None when it founded the story."""
    new_story: bool


@dataclass(frozen=True)
class Item:
    """An article to place: its key, unit vector and publication time (epoch seconds)."""

    key: str
    vector: np.ndarray
    time: float


class StoryIndex:
    """Stories of a sliding time window with their centroids in one preallocated matrix.

    Slots of evicted stories are reused, so the matrix grows with the number of stories active at
    once, not with the number of stories seen.
    """

    def __init__(self, dim: int, window_seconds: float, capacity: int = 256) -> None:
        self.dim = dim
        self.window = float(window_seconds)
        self._c = np.zeros((capacity, dim), dtype=np.float32)
        self._first = np.full(capacity, np.inf)
        self._last = np.full(capacity, -np.inf)
        self._alive = np.zeros(capacity, dtype=bool)
        self._hi = 0
        self._free: list[int] = []
        self._slot: dict[str, int] = {}
        self._ids: list[str | None] = [None] * capacity
        self.stories: dict[str, WindowStory] = {}
        self._heap: list[tuple[float, str]] = []

    def __len__(self) -> int:
        return len(self._slot)

    @property
    def slots(self) -> int:
        """Matrix rows ever used: the most stories active at once (a candidate search scans these)."""
        return self._hi

    def _grow(self) -> None:
        cap = len(self._c) * 2
        c = np.zeros((cap, self.dim), dtype=np.float32)
        c[: len(self._c)] = self._c
        self._c = c
        self._first = np.concatenate([self._first, np.full(cap - len(self._first), np.inf)])
        self._last = np.concatenate([self._last, np.full(cap - len(self._last), -np.inf)])
        self._alive = np.concatenate([self._alive, np.zeros(cap - len(self._alive), dtype=bool)])
        self._ids.extend([None] * (cap - len(self._ids)))

    def put(self, story: WindowStory) -> None:
        """Add a story, or refresh its centroid and span after it gained an article."""
        slot = self._slot.get(story.story_id)
        if slot is None:
            if self._free:
                slot = self._free.pop()
            else:
                if self._hi == len(self._c):
                    self._grow()
                slot = self._hi
                self._hi += 1
            self._slot[story.story_id] = slot
            self._ids[slot] = story.story_id
        self.stories[story.story_id] = story
        norm = float(np.linalg.norm(story.vector_sum))
        self._c[slot] = story.vector_sum / norm if norm > 0 else story.vector_sum
        self._first[slot] = story.first
        self._last[slot] = story.last
        self._alive[slot] = True
        heapq.heappush(self._heap, (story.last, story.story_id))

    def evict_before(self, t: float) -> list[WindowStory]:
        """Drop stories whose latest article is more than a window before time t (the sweep moved on)."""
        out = []
        limit = t - self.window
        while self._heap and self._heap[0][0] < limit:
            last, sid = heapq.heappop(self._heap)
            story = self.stories.get(sid)
            if story is None or story.last != last or sid not in self._slot:
                continue  # stale heap entry: the story grew since
            slot = self._slot.pop(sid)
            self._alive[slot] = False
            self._first[slot], self._last[slot] = np.inf, -np.inf
            self._ids[slot] = None
            self._free.append(slot)
            out.append(self.stories.pop(sid))
        return out

    def best(self, vector: np.ndarray, t: float) -> tuple[str | None, float]:
        """The most similar story whose span comes within the window of t, and its similarity."""
        hi = self._hi
        if not hi:
            return None, -1.0
        sims = self._c[:hi] @ vector
        ok = self._alive[:hi] & (self._first[:hi] - self.window <= t) & (self._last[:hi] + self.window >= t)
        if not ok.any():
            return None, -1.0
        sims = np.where(ok, sims, -np.inf)
        slot = int(np.argmax(sims))
        return self._ids[slot], float(sims[slot])


class Grouper:
    """Online grouping of articles into stories over a sliding time window."""

    def __init__(self, dim: int, window_hours: float, threshold: float, stories: Iterable[WindowStory] = ()) -> None:
        self.threshold = float(threshold)
        self.index = StoryIndex(dim, window_hours * 3600.0)
        self.touched: dict[str, WindowStory] = {}
        """Stories founded or grown by this grouper (to be written back)."""
        self.evicted = 0
        self._sweep = -math.inf
        for s in stories:
            self.index.put(s)

    def assign(self, key: str, vector: np.ndarray, t: float, new_story_id: str) -> Assignment:
        """Place one article; `new_story_id` names the story it founds if it joins none."""
        if t > self._sweep:
            self._sweep = t
            self.evicted += len(self.index.evict_before(t))
        sid, sim = self.index.best(vector, t)
        if sid is not None and sim >= self.threshold:
            story = self.index.stories[sid]
            story.vector_sum = story.vector_sum + vector
            story.n += 1
            story.first, story.last = min(story.first, t), max(story.last, t)
            self.index.put(story)
            self.touched[sid] = story
            return Assignment(key=key, story_id=sid, similarity=sim, new_story=False)
        if new_story_id in self.index.stories or new_story_id in self.touched:
            raise ValueError(f"story id {new_story_id!r} already exists")
        story = WindowStory(story_id=new_story_id, vector_sum=vector.astype(np.float32).copy(), n=1, first=t, last=t)
        self.index.put(story)
        self.touched[new_story_id] = story
        return Assignment(key=key, story_id=new_story_id, similarity=None, new_story=True)

    def group(self, items: Sequence[Item], story_id_for: Callable[[Item], str]) -> list[Assignment]:
        """Place articles in publication order (ties by key); returns assignments in that order."""
        order = sorted(items, key=lambda it: (it.time, it.key))
        return [self.assign(it.key, it.vector, it.time, story_id_for(it)) for it in order]


def pairwise_scores(predicted: dict[str, str], truth: dict[str, str]) -> dict[str, float | int]:
    """Pairwise precision/recall/F1 of a clustering: items map to cluster labels.

    A pair of items is positive when both are in one cluster; only items present in both
    mappings count.
    """
    keys = sorted(set(predicted) & set(truth))

    def pairs(labels: dict[str, str]) -> set[tuple[str, str]]:
        by: dict[str, list[str]] = {}
        for k in keys:
            by.setdefault(labels[k], []).append(k)
        return {(a, b) for g in by.values() for i, a in enumerate(g) for b in g[i + 1 :]}

    p, t = pairs(predicted), pairs(truth)
    tp, fp, fn = len(p & t), len(p - t), len(t - p)
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {
        "precision": round(prec, 4),
        "recall": round(rec, 4),
        "f1": round(f1, 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "articles": len(keys),
    }
