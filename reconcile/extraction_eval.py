"""Score extracted article bodies against gold bodies with word 4-gram shingles.

The measure of the public Article Extraction Benchmark (scrapinghub/article-extraction-benchmark):
per page, true/false positives and false negatives over the multiset of 4-token shingles; the
precision is averaged over the pages that return text, the recall over every page with a gold
body, and F1 is the harmonic mean of those two averages. A page that returns no text counts as
recall 0 and is reported as emptied. One change from the benchmark's tokeniser: Han, kana and
other scripts written without spaces give one token per character, so a Japanese page is measured
rather than read as a few sentence-long "words".
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

# Scripts written without spaces between words: Han (CJK ideographs and their extensions),
# hiragana, katakana (full and half width), bopomofo, Thai, Lao, Khmer, Myanmar.
_NO_SPACE = (
    "\u3005\u3006\u3040-\u30ff\u3100-\u312f\u31a0-\u31bf\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\uff66-\uff9f\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff"
    "\U00020000-\U0002fa1f"
)
_TOKEN = re.compile(rf"[{_NO_SPACE}]|(?:(?![{_NO_SPACE}])\w)+")


def tokens(text: str) -> list[str]:
    """Word tokens: runs of word characters, and single characters of scripts without spaces."""
    return _TOKEN.findall(text or "")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Multiset of n-token shingles; a text shorter than n tokens is one short shingle."""
    toks = tokens(text)
    return Counter(tuple(toks[i : i + n]) for i in range(max(1, len(toks) - n + 1)) if toks[i : i + n])


@dataclass(frozen=True)
class PageScore:
    """Shingle agreement of one page's extraction with its gold body."""

    key: str
    tp: int
    fp: int
    fn: int

    @property
    def emptied(self) -> bool:
        """The extractor returned no text for a page whose gold body has some."""
        return self.tp + self.fp == 0 and self.fn > 0

    @property
    def precision(self) -> float | None:
        """None when the extractor returned no text (the page does not count towards precision)."""
        if self.tp + self.fp == 0:
            return None if self.fn else 1.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        """None when the gold body is empty."""
        if self.tp + self.fn == 0:
            return None if self.fp else 1.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision or 0.0, self.recall or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


def score_page(key: str, gold: str, extracted: str | None) -> PageScore:
    """True positives, false positives and false negatives of one page's shingles."""
    want, got = shingles(gold), shingles(extracted or "")
    tp = sum((want & got).values())
    return PageScore(key, tp, sum(got.values()) - tp, sum(want.values()) - tp)


@dataclass(frozen=True)
class Summary:
    """Benchmark figures of one extractor over a set of pages."""

    pages: int
    precision: float
    """Mean per-page precision over pages that returned text."""
    recall: float
    """Mean per-page recall over pages with a gold body (an emptied page counts 0)."""
    f1: float
    """Harmonic mean of `precision` and `recall` (the benchmark's F1)."""
    mean_page_f1: float
    """Mean of per-page F1 (an emptied page counts 0)."""
    emptied: int
    """Pages that returned no text although their gold body has some."""


def summarise(scores: Sequence[PageScore]) -> Summary:
    ps = [s.precision for s in scores if s.precision is not None]
    rs = [s.recall if s.recall is not None else 0.0 for s in scores if s.tp + s.fn > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    return Summary(
        pages=len(scores),
        precision=p,
        recall=r,
        f1=2 * p * r / (p + r) if p + r else 0.0,
        mean_page_f1=sum(s.f1 for s in scores) / len(scores) if scores else 0.0,
        emptied=sum(s.emptied for s in scores),
    )


@dataclass(frozen=True)
class BenchmarkPage:
    """One page of an Article Extraction Benchmark folder."""

    key: str
    """The page's sha256, as in ground-truth.json."""
    url: str | None
    html: bytes
    gold: str


def load_benchmark(folder: Path | str) -> Iterator[BenchmarkPage]:
    """Pages of a folder holding ground-truth.json and html/<key>.html.gz (pages without a file are skipped)."""
    folder = Path(folder)
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(truth):
        path = folder / "html" / f"{key}.html.gz"
        if not path.is_file():
            continue
        yield BenchmarkPage(
            key, truth[key].get("url"), gzip.decompress(path.read_bytes()), truth[key].get("articleBody") or ""
        )


def score_extractor(pages: Sequence[BenchmarkPage], extract: Callable[[BenchmarkPage], str | None]) -> list[PageScore]:
    """Run `extract` on every page (None or "" is an empty result) and score it."""
    return [score_page(page.key, page.gold, extract(page)) for page in pages]
