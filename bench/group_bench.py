"""Benchmark: story grouping over a growing archive.

Usage: python bench/group_bench.py [--articles N] [--days D] [--batch B]

Groups N synthetic articles (clustered random unit vectors of the model's size, publication times
spread over D days) three ways and prints articles/second for the first and the last 5,000:

- in memory: reconcile.group.Grouper with its 48 h sliding-window index;
- warehouse: runs of B articles, each loading its window's stories from DuckDB
  (discover.window_stories), grouping, and writing the touched stories back (as `reconcile watch`);
- full scan: the same grouper without a window (every story ever seen is a candidate), for contrast.

A flat rate from the first to the last 5,000 shows the cost per article does not grow with the archive.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reconcile.group import Grouper, Item, pairwise_scores  # noqa: E402

DIM = 384


def synthetic(n: int, days: float, seed: int = 7) -> tuple[list[Item], dict[str, str]]:
    """n articles in stories of 1-8 articles (a story's articles within 36 h), times over `days`."""
    rng = np.random.default_rng(seed)
    items: list[Item] = []
    truth: dict[str, str] = {}
    story = 0
    while len(items) < n:
        size = int(min(8, rng.geometric(0.35)))
        start = rng.uniform(0, days * 86400)
        center = rng.normal(size=DIM).astype(np.float32)
        center /= np.linalg.norm(center)
        for _ in range(min(size, n - len(items))):
            noise = rng.normal(size=DIM).astype(np.float32) * (0.7 / np.sqrt(DIM))  # same-story cosine ~0.67
            v = center + noise
            key = f"a{len(items):06d}"
            items.append(
                Item(
                    key=key,
                    vector=(v / np.linalg.norm(v)).astype(np.float32),
                    time=float(start + rng.uniform(0, 36 * 3600)),
                )
            )
            truth[key] = f"s{story}"
        story += 1
    items.sort(key=lambda it: it.time)
    return items, truth


def rate(marks: list[tuple[int, float]], lo: int, hi: int) -> float:
    """Median articles/second over the chunks between article counts lo and hi.

    Marks are (articles done, process CPU seconds so far): CPU time of this process, and the median
    of chunks, so other processes on a shared machine skew the figures less than wall time would.
    """
    rates = [(b - a) / max(tb - ta, 1e-9) for (a, ta), (b, tb) in zip(marks, marks[1:]) if a >= lo and b <= hi]
    return float(np.median(rates))


def in_memory(
    items: list[Item], window_hours: float, threshold: float, step: int = 1000
) -> tuple[list[tuple[int, float]], Grouper, dict[str, str]]:
    g = Grouper(DIM, window_hours, threshold)
    marks = [(0, 0.0)]
    placed: dict[str, str] = {}
    t0 = time.process_time()
    for i, it in enumerate(items, 1):
        placed[it.key] = g.assign(it.key, it.vector, it.time, it.key).story_id
        if i % step == 0 or i == len(items):
            marks.append((i, time.process_time() - t0))
    return marks, g, placed


def warehouse(
    items: list[Item], window_hours: float, threshold: float, batch: int, db: Path
) -> list[tuple[int, float]]:
    """Runs of `batch` articles through the warehouse: load the window, group, write stories back."""
    from reconcile import discover
    from reconcile.settings import Settings
    from reconcile.store import connect

    settings = Settings().replace(db_path=db)
    with connect(db) as con:
        discover.ensure_tables(con, "synthetic", DIM)
    marks = [(0, 0.0)]
    t0 = time.process_time()
    for lo in range(0, len(items), batch):
        chunk = items[lo : lo + batch]
        window = window_hours * 3600
        stored, _ = discover.window_stories(settings, chunk[0].time - window, chunk[-1].time + window)
        g = Grouper(DIM, window_hours, threshold, stored)
        for it in chunk:
            g.assign(it.key, it.vector, it.time, it.key)
        rows = [
            discover.StoryRow(
                story_id=s.story_id,
                title=None,
                founder_article_id=None,
                first=datetime.fromtimestamp(s.first, tz=timezone.utc),
                last=datetime.fromtimestamp(s.last, tz=timezone.utc),
                n_articles=s.n,
                n_outlets=s.n,
                vector_sum=s.vector_sum,
                is_new=False,
            )
            for s in g.touched.values()
        ]
        with connect(db) as con:
            discover.upsert_stories(con, rows, "bench")
        marks.append((lo + len(chunk), time.process_time() - t0))
    return marks


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=20_000)
    ap.add_argument("--days", type=float, default=180.0, help="span of publication times")
    ap.add_argument("--batch", type=int, default=1000, help="articles per warehouse run")
    ap.add_argument("--full-scan", type=int, default=1, help="also time the no-window full scan (0 to skip)")
    args = ap.parse_args()
    from reconcile.discover import DiscoverySettings

    ds = DiscoverySettings()
    n, k = args.articles, min(5000, args.articles // 2)
    items, truth = synthetic(n, args.days)
    print(
        f"group_bench: {n} synthetic articles (dim {DIM}) in {len(set(truth.values()))} stories over "
        f"{args.days:g} days; window {ds.window_hours:g} h, threshold {ds.group_threshold}"
    )

    wall = time.perf_counter()
    marks, g, placed = in_memory(items, ds.window_hours, ds.group_threshold)
    first, last = rate(marks, 0, k), rate(marks, n - k, n)
    f1 = pairwise_scores(placed, truth)["f1"]
    print(
        f"group_in_memory_articles_per_s_first_{k}={first:.0f} last_{k}={last:.0f} "
        f"last_vs_first={last / first:.2f} (index rows used: {g.index.slots}, stories evicted: {g.evicted}, "
        f"pairwise f1 vs synthetic truth: {f1:.3f})"
    )

    with tempfile.TemporaryDirectory() as tmp:
        wm = warehouse(items, ds.window_hours, ds.group_threshold, args.batch, Path(tmp) / "group.duckdb")
    first, last = rate(wm, 0, k), rate(wm, n - k, n)
    print(
        f"group_warehouse_articles_per_s_first_{k}={first:.0f} last_{k}={last:.0f} last_vs_first={last / first:.2f} "
        f"(runs of {args.batch}: window stories loaded from DuckDB, touched stories written back)"
    )

    if args.full_scan:
        fm, fg, _ = in_memory(items, 1e9, ds.group_threshold)
        first, last = rate(fm, 0, k), rate(fm, n - k, n)
        print(
            f"group_full_scan_articles_per_s_first_{k}={first:.0f} last_{k}={last:.0f} "
            f"last_vs_first={last / first:.2f} (no window: {fg.index.slots} stories scanned per article at the end)"
        )
    print(f"group_bench_seconds={time.perf_counter() - wall:.1f} (rates: median over chunks of 1000, process CPU time)")


if __name__ == "__main__":
    main()
