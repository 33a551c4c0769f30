"""Benchmark: pipeline throughput per embedding backend against one bare fp32 encode, re-run cost, memory.

Usage: python bench/bench.py [--stories N] [--load-stories M] [--backends torch,onnx-int8]

For each backend the whole pipeline (read, extract, segment, embed, align, compare, write a fresh
warehouse) runs over the same synthetic stories (at least 2,000 distinct sentences). Every ratio
divides that pipeline's sentences/s by the same baseline: a bare fp32 `SentenceTransformer.encode`
of exactly the sentences the pipeline embedded. Each figure is the fastest of `--reps` runs,
interleaved, all measured in this process after imports and model loads. Peak memory per backend
comes from a separate process per backend (the load run), so one backend's model does not count
against the other's. The last line is always `pipeline_vs_encode_ratio=...` for the default backend.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from bench.corpus import write_corpus  # noqa: E402

MIN_SENTENCES = 2000


def peak_mb() -> float:
    """Peak resident memory of this process. VmHWM, not ru_maxrss: Linux carries ru_maxrss over
    exec, so a child started by a large parent would report the parent's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}"


def warm(settings) -> None:
    from reconcile import embed

    embed.encode(["warm up the model once"], settings.model, backend=settings.embed_backend)


def load_run(n_stories: int, backend: str) -> None:
    """Many stories in one process of one backend: wall time, and peak memory as the run goes."""
    from reconcile.pipeline import load_stories, run_stories
    from reconcile.settings import Settings

    settings = Settings().replace(embed_backend=backend)
    warm(settings)
    base = peak_mb()
    with tempfile.TemporaryDirectory() as tmp:
        folders = write_corpus(Path(tmp) / "load", n_stories, seed=11)
        specs = load_stories(folders)
        ls = settings.replace(db_path=Path(tmp) / "load.duckdb")
        marks: list[tuple[int, float]] = []
        t = time.perf_counter()
        load = run_stories(
            specs, ls, progress=lambda stage, i, total: marks.append((i, peak_mb())) if stage == "stories" else None
        )
        load_s = time.perf_counter() - t
        size = ls.db_path.stat().st_size / 1e6
    first, mid, last = marks[0], marks[len(marks) // 2], marks[-1]
    print(
        f"load[{backend}]: {len(specs)} stories x 4 outlets, {load.embed.sentences} sentences in {load_s:.1f} s "
        f"({load.embed.sentences / load_s:.1f} sentences/s, batches of {ls.story_batch} stories)"
    )
    print(
        f"load_peak_rss_mb[{backend}]: after model load {base:.0f}, after {first[0]} stories {first[1]:.0f}, "
        f"after {mid[0]} {mid[1]:.0f}, after {last[0]} {last[1]:.0f} (warehouse file {size:.1f} MB)"
    )
    print(
        f"peak_rss_mb[{backend}]={last[1]:.0f} load_memory_growth_mb_first_to_last_batch[{backend}]="
        f"{last[1] - first[1]:.0f}"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--stories", type=int, default=48, help="stories of 4 outlets for the throughput runs")
    ap.add_argument("--load-stories", type=int, default=200, help="stories for the load runs (0 to skip)")
    ap.add_argument("--backends", default="torch,onnx-int8", help="comma-separated embedding backends")
    ap.add_argument("--reps", type=int, default=2, help="interleaved repetitions; the fastest of each is kept")
    ap.add_argument("--load-only", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--backend", default="torch", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.load_only:
        load_run(args.load_only, args.backend)
        return

    from reconcile.settings import Settings

    default = Settings().embed_backend
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    if default not in backends:
        backends.insert(0, default)
    print(f"machine: {machine()}; load average at start {os.getloadavg()[0]:.1f}")
    t0 = time.perf_counter()
    from reconcile.compare import clear_caches
    from reconcile.embed import load_model
    from reconcile.pipeline import load_stories, run_stories

    settings = Settings()
    model = load_model(settings.model)  # the fp32 baseline's model, whatever the backends measured
    model.encode(["warm up the model once"], show_progress_bar=False)
    print(f"startup_seconds[torch]={time.perf_counter() - t0:.2f} (imports + model load, not in the ratio)")
    for b in backends:
        if b != "torch":
            t = time.perf_counter()
            warm(settings.replace(embed_backend=b))
            print(f"startup_seconds[{b}]={time.perf_counter() - t:.2f} (its model load; export built first if missing)")

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        folders = write_corpus(tmp / "corpus", args.stories)
        specs = load_stories(folders)
        import duckdb

        from reconcile import embed

        def sentence_texts(path: Path) -> list[str]:
            con = duckdb.connect(str(path), read_only=True)
            try:
                return [r[0] for r in con.execute("SELECT text FROM sentences ORDER BY sentence_id").fetchall()]
            finally:
                con.close()

        # Interleaved repetitions, the fastest of each measurement: on a shared machine a busy
        # neighbour slows whatever runs at that moment, and interleaving spreads that over all of them.
        pipe: dict[str, tuple[float, object, Path]] = {}
        bare: dict[str, float] = {}
        texts: list[str] = []
        vecs: dict[str, object] = {}
        for rep in range(args.reps):
            for b in backends:
                s = settings.replace(embed_backend=b, db_path=tmp / f"bench-{b}-{rep}.duckdb")
                clear_caches()  # each run extracts and compares its sentences' facts itself
                t = time.perf_counter()
                summary = run_stories(specs, s)
                sec = time.perf_counter() - t
                if b not in pipe or sec < pipe[b][0]:
                    pipe[b] = (sec, summary, s.db_path)
                got = sentence_texts(s.db_path)
                texts = texts or got
                assert got == texts, f"{b} embedded other sentences than {backends[0]}"
            # The baseline: a bare fp32 SentenceTransformer.encode of exactly these sentences.
            t = time.perf_counter()
            vecs["fp32"] = model.encode(
                texts, batch_size=settings.batch_size, show_progress_bar=False, normalize_embeddings=True
            )
            bare["fp32"] = min(bare.get("fp32", float("inf")), time.perf_counter() - t)
            for b in backends:
                if b != "torch":
                    t = time.perf_counter()
                    vecs[b] = embed.encode(texts, settings.model, settings.batch_size, backend=b)
                    bare[b] = min(bare.get(b, float("inf")), time.perf_counter() - t)

        distinct = len(set(texts))
        print(
            f"corpus: {len(specs)} stories, {sum(len(x.articles) for x in specs)} pages, {len(texts)} sentences "
            f"({distinct} distinct)"
            + ("" if distinct >= MIN_SENTENCES else f"; fewer than {MIN_SENTENCES}: raise --stories")
        )
        for b in backends:
            sec, summary, _ = pipe[b]
            stages = " ".join(f"{k}={v:.2f}" for k, v in summary.timings.items())  # type: ignore[attr-defined]
            print(f"pipeline[{b}]: {sec:.2f} s, {len(texts) / sec:.1f} sentences/s (stage seconds: {stages})")
        base = len(texts) / bare["fp32"]
        print(f"bare_encode_fp32_torch: {bare['fp32']:.2f} s, {base:.1f} sentences/s (the baseline of every ratio)")
        for b in backends:
            if b != "torch":
                cos = (vecs[b] * vecs["fp32"]).sum(axis=1)  # type: ignore[operator]
                print(
                    f"bare_encode[{b}]: {bare[b]:.2f} s, {len(texts) / bare[b]:.1f} sentences/s "
                    f"({bare['fp32'] / bare[b]:.2f}x fp32); cosine to fp32 mean {cos.mean():.4f}, "
                    f"min {cos.min():.4f}"
                )

        s = settings.replace(embed_backend=default, db_path=pipe[default][2])
        pipe_s = pipe[default][0]
        t = time.perf_counter()
        clear_caches()
        again = run_stories(specs, s)
        rerun_s = time.perf_counter() - t
        print(f"rerun_seconds={rerun_s:.2f} rerun_encoded={again.embed.encoded} rerun_vs_first={rerun_s / pipe_s:.3f}")
        # Reprocessing everything (--force): sentences still come from the embedding cache.
        t = time.perf_counter()
        clear_caches()
        forced = run_stories(specs, s.replace(force=True))
        forced_s = time.perf_counter() - t
        print(
            f"rerun_forced_seconds={forced_s:.2f} rerun_forced_encoded={forced.embed.encoded} "
            f"rerun_forced_from_cache={forced.embed.from_cache} rerun_forced_vs_first={forced_s / pipe_s:.3f}"
        )
        print(f"peak_rss_mb_this_process={peak_mb():.0f} (every backend's model and the baseline's together)")

    if args.load_stories:
        # One process per backend, so each peak is that backend's own.
        for b in backends:
            out = subprocess.run(
                [sys.executable, __file__, "--load-only", str(args.load_stories), "--backend", b],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            print(out.rstrip())

    print(f"load average at end {os.getloadavg()[0]:.1f} (2 cores: above 2, other work shared the machine)")
    ratios = {b: (len(texts) / pipe[b][0]) / base for b in backends}
    for b in backends:
        print(f"pipeline_vs_encode_ratio[{b}]={ratios[b]:.3f}")
    print(f"pipeline_vs_encode_ratio={ratios[default]:.3f}")


if __name__ == "__main__":
    main()
