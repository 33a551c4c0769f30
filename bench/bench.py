"""Benchmark: pipeline throughput against bare model encode, re-run cost, memory, scale.

Usage: python bench/bench.py [--stories N] [--load-stories M]
The last line is always `pipeline_vs_encode_ratio=...` (pipeline sentences/s divided by bare
SentenceTransformer.encode sentences/s, both measured in this process after imports and model load).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from bench.corpus import write_corpus  # noqa: E402


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_run(n_stories: int) -> None:
    """Many stories in one invocation: wall time, and peak memory after the first batch vs at the end."""
    from reconcile.embed import load_model
    from reconcile.pipeline import load_stories, run_stories
    from reconcile.settings import Settings

    settings = Settings()
    load_model(settings.model).encode(["warm up"], show_progress_bar=False)
    base = peak_mb()
    with tempfile.TemporaryDirectory() as tmp:
        folders = write_corpus(Path(tmp) / "load", n_stories, seed=11)
        specs = load_stories(folders)
        ls = replace(settings, db_path=Path(tmp) / "load.duckdb")
        marks: list[tuple[int, float]] = []
        t = time.perf_counter()
        load = run_stories(specs, ls, progress=lambda stage, i, total: marks.append((i, peak_mb())))
        load_s = time.perf_counter() - t
        size = ls.db_path.stat().st_size / 1e6
    first, mid, last = marks[0], marks[len(marks) // 2], marks[-1]
    print(f"load: {len(specs)} stories x 4 outlets, {load.embed.sentences} sentences in {load_s:.1f} s "
          f"({load.embed.sentences / load_s:.1f} sentences/s, batches of {ls.story_batch} stories)")
    print(f"load_peak_rss_mb: after model load {base:.0f}, after {first[0]} stories {first[1]:.0f}, "
          f"after {mid[0]} {mid[1]:.0f}, after {last[0]} {last[1]:.0f} (warehouse file {size:.1f} MB)")
    print(f"load_memory_growth_mb_first_to_last_batch={last[1] - first[1]:.0f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--stories", type=int, default=40, help="stories of 4 outlets for the throughput run")
    ap.add_argument("--load-stories", type=int, default=200, help="stories for the load run (0 to skip)")
    ap.add_argument("--load-only", type=int, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.load_only:
        load_run(args.load_only)
        return

    t0 = time.perf_counter()
    from reconcile.embed import load_model
    from reconcile.pipeline import load_stories, run_stories
    from reconcile.settings import Settings

    settings = Settings()
    model = load_model(settings.model)
    model.encode(["warm up the model once"], show_progress_bar=False)
    print(f"startup_seconds={time.perf_counter() - t0:.2f} (imports + model load, not in the ratio)")

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        folders = write_corpus(tmp / "corpus", args.stories)
        specs = load_stories(folders)
        s = replace(settings, db_path=tmp / "bench.duckdb")

        t = time.perf_counter()
        summary = run_stories(specs, s)
        pipe_s = time.perf_counter() - t
        n = summary.embed.sentences
        print(f"corpus: {len(specs)} stories, {sum(len(x.articles) for x in specs)} pages, {n} sentences "
              f"({summary.embed.unique_texts} unique)")
        for stage, sec in summary.timings.items():
            print(f"stage_{stage}_seconds={sec:.2f}")
        print(f"pipeline_seconds={pipe_s:.2f} pipeline_sentences_per_s={n / pipe_s:.1f}")

        import duckdb
        con = duckdb.connect(str(s.db_path), read_only=True)
        texts = [r[0] for r in con.execute("SELECT text FROM sentences").fetchall()]
        con.close()
        # Bare encode of exactly the sentences the pipeline embedded; the faster of two passes,
        # so a noisy neighbour on the machine cannot flatter the ratio.
        enc_s = float("inf")
        for _ in range(2):
            t = time.perf_counter()
            model.encode(texts, batch_size=s.batch_size, show_progress_bar=False, normalize_embeddings=True)
            enc_s = min(enc_s, time.perf_counter() - t)
        print(f"bare_encode_seconds={enc_s:.2f} bare_encode_sentences_per_s={len(texts) / enc_s:.1f}")

        t = time.perf_counter()
        again = run_stories(specs, s)
        rerun_s = time.perf_counter() - t
        print(f"rerun_seconds={rerun_s:.2f} rerun_encoded={again.embed.encoded} "
              f"rerun_vs_first={rerun_s / pipe_s:.3f}")
        # Reprocessing everything (--force): sentences still come from the embedding cache.
        t = time.perf_counter()
        forced = run_stories(specs, replace(s, force=True))
        forced_s = time.perf_counter() - t
        print(f"rerun_forced_seconds={forced_s:.2f} rerun_forced_encoded={forced.embed.encoded} "
              f"rerun_forced_from_cache={forced.embed.from_cache} rerun_forced_vs_first={forced_s / pipe_s:.3f}")
        print(f"peak_rss_mb_after_throughput_run={peak_mb():.0f}")

    if args.load_stories:
        # In its own process, so its peak memory is its own and not the throughput run's.
        import subprocess
        out = subprocess.run([sys.executable, __file__, "--load-only", str(args.load_stories)],
                             capture_output=True, text=True, check=True).stdout
        print(out.rstrip())

    print(f"pipeline_vs_encode_ratio={(n / pipe_s) / (len(texts) / enc_s):.3f}")


if __name__ == "__main__":
    main()
