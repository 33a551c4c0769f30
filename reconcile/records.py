"""Frozen records passed between the stages."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path


def stable_id(*parts: object, length: int = 16) -> str:
    """A short hex id derived from content, identical across runs for identical input."""
    h = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:length]


def slugify(name: str) -> str:
    """'Los Angeles Times' -> 'los-angeles-times' (the outlet_id used for joins)."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "outlet-" + stable_id(name, length=8)


@dataclass(frozen=True)
class ArticleSpec:
    """One article of a story as the manifest (or folder) describes it."""

    outlet: str | None
    """Outlet name as given; None when it must come from page metadata or the file name."""
    file: Path | None
    """Resolved path inside the story folder, or None for a URL-only entry."""
    url: str | None
    published: str | None
    """Publication date/time as written in the manifest, if any."""
    index: int
    """1-based position in the manifest, for error messages."""


@dataclass(frozen=True)
class StorySpec:
    """A story to reconcile: its id, title and articles."""

    story_id: str
    title: str | None
    folder: Path
    articles: tuple[ArticleSpec, ...]
    manifest: Path | None
    """The story.toml read, or None for a folder of pages."""


@dataclass(frozen=True)
class Article:
    """An extracted article."""

    article_id: str
    story_id: str
    outlet: str
    outlet_id: str
    source: str
    """The file path or URL the text came from."""
    url: str | None
    title: str | None
    author: str | None
    published_at: datetime | None
    sitename: str | None
    text: str
    """Body text, paragraphs separated by a blank line; dateline and boilerplate removed."""
    dateline: str | None
    """Wire dateline removed from the first paragraph, e.g. 'MINSK, Sept 11 (Reuters)'."""
    language: str | None
    content_hash: str
    """sha256 of `text`."""


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article with its offsets into `Article.text`."""

    sentence_id: str
    article_id: str
    outlet_id: str
    position: int
    """0-based order within the article."""
    paragraph: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Claim:
    """Sentences of one story that state the same claim, at most one per outlet."""

    claim_id: str
    story_id: str
    sentence_ids: tuple[str, ...]
    similarities: tuple[float | None, ...]
    """Per member: mean cosine similarity to the other members (None for a one-sentence claim)."""
    n_outlets: int


@dataclass(frozen=True)
class Discrepancy:
    """Two sentences of one claim whose values conflict."""

    discrepancy_id: str
    story_id: str
    claim_id: str
    kind: str
    sentence_id_a: str
    sentence_id_b: str
    value_a: str
    value_b: str
    norm_a: str
    norm_b: str
    explanation: str
    confidence: float
    reason: str = ""
    """Why the conflict is held back (below its kind's calibrated gate), or '' when it is reported."""


@dataclass(frozen=True)
class Skip:
    """An article left out of a story, with the one-line reason."""

    story_id: str
    where: str
    reason: str


@dataclass
class StoryResult:
    """Everything one story's reconciliation produced, ready to be written."""

    spec: StorySpec
    articles: list[Article] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    discrepancies: list[Discrepancy] = field(default_factory=list)
    """Conflicts that clear their kind's calibrated gates: what reports and v_discrepancies show."""
    held_back: list[Discrepancy] = field(default_factory=list)
    """Conflicts the rules found but the calibration does not support (v_discrepancies_all)."""
    skips: list[Skip] = field(default_factory=list)
    input_hash: str | None = None
    """Fingerprint of the inputs, settings, model and code that produced this result."""
    changes: dict[str, int] | None = None
    """Once written: counts of what changed since the story's previous run (store.change_counts),
    None for a story new to the warehouse."""
    dismissed: list[Discrepancy] = field(default_factory=list)
    """Once written: the conflicts a person dismissed (reconcile verdict ID not-a-conflict), moved out
    of `discrepancies` so run summaries and artifacts leave them out as the views and reports do."""
