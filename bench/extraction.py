"""Extraction quality on Article Extraction Benchmark pages: the project against trafilatura.

Usage: python bench/extraction.py PATH [--worst N] [--json FILE]
PATH holds ground-truth.json and html/<sha256>.html.gz (scrapinghub/article-extraction-benchmark
layout). Three extractors run on every page:
  project     the code path of `reconcile run` on an HTML article (pipeline.extract_one: extraction,
              cleaning, segmentation and the minimum-sentence gate; a skipped page is emptied)
  traf        trafilatura.extract(html) with its defaults
  traf-prec   trafilatura.extract(html, include_comments=False, favor_precision=True)
Figures (reconcile/extraction_eval.py): word 4-gram shingles per page; P is the mean over pages
that return text, R the mean over all pages, F1 the harmonic mean of the two means (the
benchmark's own definition); page-F1 is the mean of per-page F1.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reconcile.errors import ArticleError  # noqa: E402
from reconcile.extraction_eval import BenchmarkPage, PageScore, load_benchmark, score_extractor, summarise  # noqa: E402


def project(page: BenchmarkPage) -> str | None:
    from reconcile.pipeline import extract_one
    from reconcile.records import ArticleSpec
    from reconcile.settings import Settings
    from reconcile.sources import RawArticle

    raw = RawArticle(ArticleSpec(None, None, page.url, None, 1), f"{page.key[:12]}.html", page.html, "html", page.url)
    try:
        article, _ = extract_one(raw, "bench", Settings())
    except ArticleError:
        return None
    return article.text


def _html(page: BenchmarkPage) -> str:
    return page.html.decode("utf-8", errors="replace")


def traf_defaults(page: BenchmarkPage) -> str | None:
    import trafilatura

    return trafilatura.extract(_html(page))


def traf_precision(page: BenchmarkPage) -> str | None:
    import trafilatura

    return trafilatura.extract(_html(page), include_comments=False, favor_precision=True)


EXTRACTORS = {"project": project, "traf": traf_defaults, "traf-prec": traf_precision}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("path", type=Path, help="folder with ground-truth.json and html/")
    ap.add_argument("--worst", type=int, default=15, help="list this many pages where the project trails traf-prec")
    ap.add_argument("--json", type=Path, help="write per-page scores here")
    args = ap.parse_args(argv)
    if not (args.path / "ground-truth.json").is_file():
        print(f"{args.path}: no ground-truth.json", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.ERROR)
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    pages = list(load_benchmark(args.path))
    results: dict[str, list[PageScore]] = {}
    print(f"{len(pages)} pages from {args.path}")
    print(f"{'extractor':<10} {'P':>7} {'R':>7} {'F1':>7} {'page-F1':>8} {'emptied':>8} {'s':>6}")
    for name, fn in EXTRACTORS.items():
        t = time.perf_counter()
        results[name] = score_extractor(pages, fn)
        s = summarise(results[name])
        print(
            f"{name:<10} {s.precision:7.4f} {s.recall:7.4f} {s.f1:7.4f} {s.mean_page_f1:8.4f} {s.emptied:8d} "
            f"{time.perf_counter() - t:6.1f}"
        )
    ref = {s.key: s for s in results["traf-prec"]}
    gaps = sorted(results["project"], key=lambda s: s.f1 - ref[s.key].f1)
    urls = {p.key: p.url or "" for p in pages}
    print("\npages where the project trails traf-prec most (page F1 project / traf-prec, P, R):")
    for s in gaps[: args.worst]:
        r = ref[s.key]
        if s.f1 >= r.f1:
            break
        p = "-" if s.precision is None else f"{s.precision:.2f}"
        print(f"  {s.key[:12]}  {s.f1:.3f} / {r.f1:.3f}  P {p} R {s.recall or 0:.2f}  {urls[s.key][:70]}")
    emptied = [s.key[:12] for s in results["project"] if s.emptied and not ref[s.key].emptied]
    print(f"\npages the project empties that traf-prec extracts: {len(emptied)} {' '.join(emptied)}")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    name: [{"key": s.key, "tp": s.tp, "fp": s.fp, "fn": s.fn} for s in sc]
                    for name, sc in results.items()
                },
                indent=1,
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
