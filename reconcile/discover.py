"""Story discovery: follow outlets' feeds, group new articles into stories, reconcile each story.

The stages, as plain functions (the CLI runs them in-process through `discover`; the Prefect
flow in flows/discover_flow.py wraps each in a task):

1. `poll_feeds`: read every feed (local file, or HTTP with conditional GET) and keep the entries
   not seen before (`feed_entries`), plus earlier failed fetches due for a retry.
2. `read_entries`: read or fetch each new entry's page and extract it with the pipeline's
   extraction; pages without an article are skipped, duplicates dropped.
3. `embed_candidates`: embed each article's title and lead sentences (through the embedding
   cache, so reconciliation reuses them) into one unit vector.
4. `group_candidates`: place each article, in publication order, into the most similar story of
   its time window or a new story (reconcile.group), then mark syndicated copies.
5. `write_discovery`: outlets, feeds, entries, articles (with their raw page) and stories in one
   transaction.
6. `reconcile_discovered`: every story with articles from at least `min_outlets` independent
   outlets whose membership changed since it was last reconciled goes through the existing
   pipeline (extract, embed, align, compare, store), from the stored raw pages.

Syndication: an article whose body is a near copy of an earlier article of another outlet in the
same story (word-shingle containment at or above `syndication_containment`) gets
`discovered_articles.syndicated_of` set to the original's id. A copy counts once towards
agreement: it does not count towards a story's `n_outlets` (so a wire story and its reprint are
one outlet for the `min_outlets` rule), and the `n_outlets` of every claim of a discovered story
counts an original and its copies as one outlet (claims.n_outlets, hence v_agreements and
v_unique_claims).
"""

from __future__ import annotations

import hashlib
import logging
import re
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np

from .errors import ArticleError, ReconcileError
from .feeds import FeedEntry, FeedError, content_hash, fetch_feed, parse_feed, read_local_feed
from .outlets import Feed, Outlet, OutletsFile, load_outlets
from .records import Article, ArticleSpec, Sentence, StoryResult, StorySpec, slugify, stable_id
from .settings import Settings
from .sources import RawArticle, read_article_file
from .store import discovery as store_discovery
from .store.connection import vectors

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class DiscoverySettings:
    """Options of story discovery (the embedding and pipeline options stay in Settings)."""

    window_hours: float = 48.0
    """An article joins a story only if published within this many hours of the story's articles."""
    group_threshold: float = 0.55
    """Minimum cosine similarity of an article's vector to a story centroid to join it. On
    fixtures/discovery same-event pairs score 0.67 or more and different events of one window 0.33
    or less; pairwise F1 is 1.0 for thresholds 0.40-0.65, and 0.55 sits mid-range."""
    min_outlets: int = 2
    """A story is reconciled once it has articles from this many independent outlets."""
    lead_sentences: int = 3
    """Sentences after the title that make up an article's grouping vector."""
    syndication_containment: float = 0.6
    """Share of the shorter article's word 5-grams found in the other above which it is a copy."""
    shingle_words: int = 5
    max_entries_per_feed: int = 300
    """Newest entries read from one feed; older ones are ignored."""
    max_entry_attempts: int = 3
    """A page whose fetch failed is retried on later runs up to this many attempts in all."""
    force: bool = False
    """Reconcile every eligible story again, changed or not."""

    def parameters(self) -> dict[str, Any]:
        return {
            "window_hours": self.window_hours,
            "group_threshold": self.group_threshold,
            "min_outlets": self.min_outlets,
            "lead_sentences": self.lead_sentences,
            "syndication_containment": self.syndication_containment,
        }


# --- records of a discovery run -------------------------------------------------------------


@dataclass
class FeedOutcome:
    """What reading one feed gave (a row of the `feeds` table)."""

    feed: Feed
    status: str
    """'ok', 'unchanged' (same bytes as last time), 'not-modified' (HTTP 304) or 'failed'."""
    reason: str = "ok"
    format: str | None = None
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None
    n_entries: int = 0
    n_new: int = 0
    checked_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def feed_id(self) -> str:
        return feed_id(self.feed)


def feed_id(feed: Feed) -> str:
    return stable_id("feed", feed.outlet_id, feed.spec)


@dataclass
class EntryOutcome:
    """What became of one feed entry (a row of `feed_entries`)."""

    entry: FeedEntry
    status: str
    """'article' (extracted and grouped), 'skipped' (no article), 'duplicate' or 'failed' (retried later)."""
    reason: str = "ok"
    attempts: int = 1
    article_id: str | None = None


@dataclass
class Candidate:
    """A new article read from a feed entry, extracted and (later) embedded and grouped."""

    entry: FeedEntry
    outlet: Outlet
    raw: RawArticle
    article: Article
    """Extracted with a placeholder story id; the reconciliation extracts it again under its story."""
    sentences: list[Sentence]
    published: datetime
    title: str | None
    attempts: int = 1
    lead: list[str] = field(default_factory=list)
    """Title and lead sentences, as embedded for grouping."""
    vector: np.ndarray | None = None
    story_id: str | None = None
    article_id: str | None = None
    similarity: float | None = None
    new_story: bool = False
    syndicated_of: str | None = None
    syndication_score: float | None = None

    @property
    def key(self) -> str:
        return self.entry.key

    def lead_texts(self, k: int) -> list[str]:
        texts = [self.title] if self.title else []
        return texts + [s.text for s in self.sentences[:k]]


@dataclass
class PollResult:
    feeds: list[FeedOutcome] = field(default_factory=list)
    entries: list[FeedEntry] = field(default_factory=list)
    """Entries to read: new ones, and failed ones due for a retry."""
    attempts: dict[str, int] = field(default_factory=dict)
    """Entry key -> attempts made before this run (retries only)."""
    seen: int = 0
    """Entries skipped because an earlier run handled them."""


@dataclass
class StoryRow:
    """A discovered story as written to `discovered_stories`."""

    story_id: str
    title: str | None
    founder_article_id: str | None
    first: datetime
    last: datetime
    n_articles: int
    n_outlets: int
    vector_sum: np.ndarray
    is_new: bool


@dataclass
class GroupResult:
    stories: list[StoryRow] = field(default_factory=list)
    syndication: dict[str, tuple[str | None, float | None]] = field(default_factory=dict)
    """Stored articles of grown stories whose syndication mark changed: id -> (original id, score)."""

    @property
    def formed(self) -> list[str]:
        return [s.story_id for s in self.stories if s.is_new]

    @property
    def grown(self) -> list[str]:
        return [s.story_id for s in self.stories if not s.is_new]


@dataclass
class DiscoverySummary:
    run_id: str
    feeds: list[FeedOutcome] = field(default_factory=list)
    entries_new: int = 0
    entries_seen: int = 0
    articles: int = 0
    skipped: list[EntryOutcome] = field(default_factory=list)
    formed: list[str] = field(default_factory=list)
    grown: list[str] = field(default_factory=list)
    syndicated: int = 0
    waiting: int = 0
    """Stories touched by this run that still lack `min_outlets` independent outlets."""
    reconcile: Any = None
    """pipeline.RunSummary of the reconciliation, or None when no story was due."""

    @property
    def failed(self) -> list[tuple[str, str]]:
        return list(self.reconcile.failed) if self.reconcile is not None else []

    def as_dict(self) -> dict[str, Any]:
        rec = self.reconcile
        return {
            "run_id": self.run_id,
            "feeds": [
                {
                    "outlet_id": f.feed.outlet_id,
                    "feed": f.feed.spec,
                    "status": f.status,
                    "reason": f.reason,
                    "format": f.format,
                    "entries": f.n_entries,
                    "new": f.n_new,
                }
                for f in self.feeds
            ],
            "entries_new": self.entries_new,
            "entries_seen": self.entries_seen,
            "articles": self.articles,
            "skipped": [
                {"entry": o.entry.entry_id or o.entry.link, "status": o.status, "reason": o.reason}
                for o in self.skipped
            ],
            "stories_formed": self.formed,
            "stories_grown": self.grown,
            "syndicated": self.syndicated,
            "stories_waiting": self.waiting,
            "stories_reconciled": rec.story_lines() if rec is not None else [],
            "failed": [{"story_id": s, "reason": r} for s, r in self.failed],
        }


# --- warehouse state (the SQL is in reconcile/store/discovery.py) ------------------------------

DISCOVERY_TABLES = store_discovery.DISCOVERY_TABLES

FeedState = tuple[str | None, str | None, str | None, int]
"""A feed's stored (etag, last_modified, content_hash, n_entries)."""


def _feed_state(settings: Settings, ids: Sequence[str]) -> dict[str, FeedState]:
    return store_discovery.feed_state(settings.db_path, settings.lock_wait_seconds, ids)


def _seen_entries(settings: Settings, keys: Sequence[str]) -> dict[str, tuple[str, int]]:
    return store_discovery.seen_entries(settings.db_path, settings.lock_wait_seconds, keys)


def _retry_entries(settings: Settings, ds: DiscoverySettings, outlet_ids: Sequence[str]) -> list[tuple[FeedEntry, int]]:
    rows = store_discovery.retry_entries(
        settings.db_path, settings.lock_wait_seconds, outlet_ids, ds.max_entry_attempts
    )
    return [
        (
            FeedEntry(
                outlet_id=r[0],
                feed=r[1],
                entry_id=r[2],
                link=r[3],
                is_file=bool(r[4]),
                title=r[5],
                summary=None,
                published=r[6],
            ),
            int(r[7]),
        )
        for r in rows
    ]


def _known_pages(
    settings: Settings, page_keys: Sequence[str], hashes: Sequence[tuple[str, str]]
) -> tuple[set[str], dict[tuple[str, str], str]]:
    """Page keys already extracted, and (outlet_id, content hash) -> article id already stored."""
    return store_discovery.known_pages(settings.db_path, settings.lock_wait_seconds, page_keys, hashes)


# --- 1. feeds -------------------------------------------------------------------------------


def poll_feeds(
    of: OutletsFile, settings: Settings, ds: DiscoverySettings, progress: Progress | None = None
) -> PollResult:
    """Read every feed; keep entries not seen before and failed ones due for a retry."""
    result = PollResult()
    pairs = of.feeds()
    state = _feed_state(settings, [feed_id(f) for _, f in pairs])
    for n, (_, feed) in enumerate(pairs, 1):
        result.feeds.append(_read_feed(of, feed, settings, ds, state.get(feed_id(feed)), result))
        if progress:
            progress("feeds", n, len(pairs))
    keys = [e.key for e in result.entries]
    seen = _seen_entries(settings, keys)
    fresh: list[FeedEntry] = []
    counts: dict[str, int] = {}
    for e in result.entries:
        prev = seen.get(e.key)
        if prev is None:
            fresh.append(e)
            counts[e.feed] = counts.get(e.feed, 0) + 1
        else:
            result.seen += 1
    for fo in result.feeds:
        fo.n_new = counts.get(fo.feed.spec, 0) if fo.status == "ok" else 0
    retries = _retry_entries(settings, ds, [o.outlet_id for o in of.outlets])
    fresh_keys = {e.key for e in fresh}
    for entry, attempts in retries:
        if entry.key not in fresh_keys:
            fresh.append(entry)
            result.attempts[entry.key] = attempts
    result.entries = fresh
    return result


def _read_feed(
    of: OutletsFile, feed: Feed, settings: Settings, ds: DiscoverySettings, state: FeedState | None, result: PollResult
) -> FeedOutcome:
    etag, modified, old_hash, old_n = state or (None, None, None, 0)
    out = FeedOutcome(feed=feed, status="ok", etag=etag, last_modified=modified, content_hash=old_hash, n_entries=old_n)
    try:
        if feed.is_local:
            data = read_local_feed(feed, settings.max_file_bytes)
        else:
            assert feed.url is not None
            got = fetch_feed(feed.url, settings, etag, modified)
            if got.status == "failed":
                out.status, out.reason = "failed", got.reason
                return out
            out.etag, out.last_modified = got.etag or etag, got.last_modified or modified
            if got.status == "not-modified":
                out.status, out.reason = "not-modified", "HTTP 304 not modified"
                return out
            data = got.data or b""
        digest = content_hash(data)
        out.content_hash = digest
        parsed = parse_feed(data, feed, of.root, max_entries=ds.max_entries_per_feed)
    except FeedError as e:
        log.warning("%s", e)
        out.status, out.reason = "failed", str(e)
        return out
    out.format, out.title, out.n_entries = parsed.format, parsed.title, len(parsed.entries)
    for reason in parsed.skipped:
        log.warning("%s", reason)
    if digest == old_hash and not ds.force:
        out.status, out.reason = "unchanged", "same content as the last read"
        return out
    result.entries.extend(parsed.entries)
    return out


# --- 2. pages -------------------------------------------------------------------------------


def read_entries(
    entries: Sequence[FeedEntry],
    of: OutletsFile,
    settings: Settings,
    ds: DiscoverySettings,
    attempts: dict[str, int] | None = None,
    progress: Progress | None = None,
) -> tuple[list[Candidate], list[EntryOutcome], list[Any]]:
    """Read or fetch and extract each entry's page; returns (candidates, other outcomes, fetch results)."""
    attempts = attempts or {}
    outlets = of.by_id()
    cands: list[Candidate] = []
    outcomes: list[EntryOutcome] = []
    # Entries of outlets still in the file, one per page; a page read before is not fetched again.
    known_pages, _ = _known_pages(settings, [e.page_key for e in entries], [])
    todo: list[FeedEntry] = []
    batch_pages: set[str] = set()
    for entry in entries:
        if entry.outlet_id not in outlets:  # a retry of an outlet since removed from the file
            continue
        if entry.page_key in known_pages or entry.page_key in batch_pages:
            outcomes.append(
                EntryOutcome(entry, "duplicate", "page already read from another entry", attempts.get(entry.key, 0) + 1)
            )
            continue
        batch_pages.add(entry.page_key)
        todo.append(entry)
    urls = [e.link for e in todo if not e.is_file]
    pages: dict[str, Any] = {}
    if urls:
        from . import fetch

        pages = fetch.fetch_all(urls, fetch.FetchPolicy.from_settings(settings))
    folder = StorySpec(story_id="discovery", title=None, folder=of.root, articles=(), manifest=of.path)
    for n, entry in enumerate(todo, 1):
        tries = attempts.get(entry.key, 0) + 1
        outlet = outlets[entry.outlet_id]
        spec = ArticleSpec(
            outlet=outlet.name,
            file=Path(entry.link) if entry.is_file else None,
            url=None if entry.is_file else entry.link,
            published=None,
            index=n,
        )
        try:
            if entry.is_file:
                raw = read_article_file(folder, spec, settings.max_file_bytes)
            else:
                from . import fetch

                raw = fetch.raw_article(spec, pages[entry.link])
        except ArticleError as e:
            status = "skipped" if entry.is_file else "failed"
            log.warning("%s", e)
            outcomes.append(EntryOutcome(entry, status, str(e), tries))
        else:
            try:
                cands.append(_extract(entry, outlet, raw, settings, tries))
            except ArticleError as e:
                log.warning("%s", e)
                outcomes.append(EntryOutcome(entry, "skipped", str(e), tries))
        if progress:
            progress("pages", n, len(todo))
    # The same text under one outlet twice (a URL with tracking parameters, a re-posted page).
    _, stored = _known_pages(settings, [], [(c.outlet.outlet_id, c.article.content_hash) for c in cands])
    kept: list[Candidate] = []
    seen_text: dict[tuple[str, str], str] = {}
    for c in cands:
        k = (c.outlet.outlet_id, c.article.content_hash)
        if k in stored or k in seen_text:
            outcomes.append(
                EntryOutcome(
                    c.entry,
                    "duplicate",
                    f"same text as an article already read from {c.outlet.name}",
                    c.attempts,
                    stored.get(k),
                )
            )
            continue
        seen_text[k] = c.key
        kept.append(c)
    return kept, outcomes, [p for p in pages.values()]


def _extract(entry: FeedEntry, outlet: Outlet, raw: RawArticle, settings: Settings, tries: int) -> Candidate:
    from .pipeline import extract_one

    article, sentences = extract_one(raw, "discovery", settings)
    published = _utc(article.published_at) or entry.published or datetime.now(timezone.utc)
    return Candidate(
        entry=entry,
        outlet=outlet,
        raw=raw,
        article=article,
        sentences=sentences,
        published=published,
        title=entry.title or article.title,
        attempts=tries,
    )


def _utc(dt: datetime | None) -> datetime | None:
    if dt is None:
        return None
    return dt.replace(tzinfo=timezone.utc) if dt.tzinfo is None else dt.astimezone(timezone.utc)


# --- 3. embeddings --------------------------------------------------------------------------


def embed_candidates(cands: Sequence[Candidate], settings: Settings, ds: DiscoverySettings) -> dict[str, np.ndarray]:
    """Set each candidate's grouping vector (mean of its title and lead sentence embeddings).

    Returns the embeddings newly computed, by text hash, for the warehouse's embedding cache.
    """
    from . import embed
    from .store import cached_embeddings

    if not cands:
        return {}
    texts: dict[str, str] = {}
    per: list[list[str]] = []
    for c in cands:
        hs = []
        c.lead = c.lead_texts(ds.lead_sentences)
        for t in c.lead:
            h = embed.text_hash(embed.clip(t, settings.max_sentence_chars))
            texts.setdefault(h, t)
            hs.append(h)
        per.append(hs)
    label = embed.model_label(settings.model)
    key = embed.cache_key(settings.model, settings.embed_backend)
    cache = (
        cached_embeddings(settings.db_path, label, list(texts), settings.lock_wait_seconds, key)
        if settings.use_cache
        else {}
    )
    todo = [h for h in texts if h not in cache]
    new: dict[str, np.ndarray] = {}
    if todo:
        vecs = embed.encode(
            [texts[h] for h in todo],
            settings.model,
            settings.batch_size,
            settings.max_sentence_chars,
            backend=settings.embed_backend,
        )
        new = dict(zip(todo, vecs))
    vectors = {**cache, **new}
    for c, hs in zip(cands, per):
        v = np.mean(np.stack([vectors[h] for h in hs]), axis=0).astype(np.float32)
        c.vector = v / (float(np.linalg.norm(v)) or 1.0)
    return new


# --- 4. grouping ----------------------------------------------------------------------------


def story_id_for(c: Candidate) -> str:
    """A readable, stable story id from its founding article: date, title words, hash of the entry."""
    words, slug = (slugify(c.title) if c.title else "story").split("-"), ""
    for w in words:
        if slug and len(slug) + 1 + len(w) > 40:
            break
        slug = f"{slug}-{w}" if slug else w[:40]
    return f"{c.published:%Y%m%d}-{slug}-{stable_id('story', c.key)[:6]}"


def article_id_for(story_id: str, c: Candidate) -> str:
    """The id the pipeline gives this article in `articles` (extract.extract_article's formula)."""
    return stable_id(story_id, c.outlet.name, c.raw.url or c.raw.source.replace("\\", "/").rsplit("/", 1)[-1])


def window_stories(settings: Settings, lo: float, hi: float) -> tuple[list[Any], dict[str, dict[str, Any]]]:
    """Stored stories whose span reaches [lo, hi] (epoch seconds), and their titles and founders.

    The only stories the grouping of new articles ever reads: a range filter on the publication
    span, not a scan of the archive's vectors.
    """
    from .group import WindowStory

    rows = store_discovery.window_stories(settings.db_path, settings.lock_wait_seconds, lo, hi)
    stories = [
        WindowStory(
            story_id=r["story_id"],
            vector_sum=r["vector_sum"],
            n=int(r["n_articles"]),
            first=float(r["first"]),
            last=float(r["last"]),
        )
        for r in rows
    ]
    meta = {r["story_id"]: {"title": r["title"], "founder": r["founder"]} for r in rows}
    return stories, meta


def _members(settings: Settings, story_ids: Sequence[str]) -> list[tuple[Any, ...]]:
    """(story_id, article_id, outlet_id, published_at, text, syndicated_of) of these stories' stored members."""
    return store_discovery.story_members(settings.db_path, settings.lock_wait_seconds, story_ids)


def group_candidates(
    cands: Sequence[Candidate], settings: Settings, ds: DiscoverySettings, with_warehouse: bool = True
) -> GroupResult:
    """Place each candidate into a story (stored stories of its window, or new ones); mark copies."""
    from .group import Grouper, Item

    result = GroupResult()
    todo = [c for c in cands if c.vector is not None]
    if not todo:
        return result
    window = ds.window_hours * 3600.0
    times = [c.published.timestamp() for c in todo]
    stories, meta = window_stories(settings, min(times) - window, max(times) + window) if with_warehouse else ([], {})
    dim = len(todo[0].vector)  # type: ignore[arg-type]
    grouper = Grouper(dim, ds.window_hours, ds.group_threshold, stories)
    by_key = {c.key: c for c in todo}
    items = [Item(key=c.key, vector=c.vector, time=t) for c, t in zip(todo, times)]  # type: ignore[arg-type]
    for a in grouper.group(items, lambda it: story_id_for(by_key[it.key])):
        c = by_key[a.key]
        c.story_id, c.similarity, c.new_story = a.story_id, a.similarity, a.new_story
        c.article_id = article_id_for(a.story_id, c)
    # Syndication and outlet counts over every member of each touched story.
    touched = list(grouper.touched)
    stored = _members(settings, [s for s in touched if s in meta]) if with_warehouse else []
    members: dict[str, list[tuple[str, str, float, str]]] = {s: [] for s in touched}
    stored_marks: dict[str, str | None] = {}
    for sid, aid, oid, pub, text, orig in stored:
        members[sid].append((aid, oid, _utc(pub).timestamp() if pub else 0.0, text))
        stored_marks[aid] = orig
    for c in todo:
        members[c.story_id].append((c.article_id, c.outlet.outlet_id, c.published.timestamp(), c.article.text))  # type: ignore[index]
    new_ids = {c.article_id: c for c in todo}
    founder_of = {c.story_id: c for c in todo if c.new_story}
    for sid in touched:
        marks = find_syndicated(members[sid], ds.syndication_containment, ds.shingle_words)
        for aid, _oid, _, _ in members[sid]:
            orig, score = marks.get(aid, (None, None))
            if aid in new_ids:
                new_ids[aid].syndicated_of, new_ids[aid].syndication_score = orig, score
            elif stored_marks.get(aid) != orig:  # an earlier original arrived late
                result.syndication[aid] = (orig, score)
        w = grouper.touched[sid]
        founder = founder_of.get(sid)
        result.stories.append(
            StoryRow(
                story_id=sid,
                title=founder.title if founder else meta.get(sid, {}).get("title"),
                founder_article_id=founder.article_id if founder else meta.get(sid, {}).get("founder"),
                first=datetime.fromtimestamp(w.first, tz=timezone.utc),
                last=datetime.fromtimestamp(w.last, tz=timezone.utc),
                n_articles=w.n,
                n_outlets=len({oid for aid, oid, _, _ in members[sid] if aid not in marks}),
                vector_sum=w.vector_sum,
                is_new=founder is not None,
            )
        )
    return result


_WORD = re.compile(r"[a-z0-9]+")


def shingles(text: str, k: int = 5) -> set[str]:
    """The text's word k-grams (lower case, letters and digits only); a shorter text is one shingle."""
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def find_syndicated(
    members: Sequence[tuple[str, str, float, str]], containment: float, k: int = 5
) -> dict[str, tuple[str, float]]:
    """Copies among one story's articles: article id -> (id of the original, containment score).

    `members` are (article id, outlet id, publication time, text). Two articles of different
    outlets are one text when the share of the shorter one's word k-grams found in the other is
    at least `containment`; the earliest published (then the smallest id) is the original, and
    every later one is marked as its copy (chains resolve to the first original).
    """
    order = sorted(members, key=lambda m: (m[2], m[0]))
    sh = [shingles(m[3], k) for m in order]
    marks: dict[str, tuple[str, float]] = {}
    for j in range(len(order)):
        if not sh[j]:
            continue
        for i in range(j):
            if order[i][1] == order[j][1] or not sh[i] or order[i][0] in marks:
                continue
            score = len(sh[i] & sh[j]) / min(len(sh[i]), len(sh[j]))
            if score >= containment:
                marks[order[j][0]] = (order[i][0], round(score, 4))
                break
    return marks


# --- 5. writing -----------------------------------------------------------------------------


def ensure_tables(con: Any, model: str, dim: int) -> None:
    """The warehouse schema, migrated, with the discovery tables."""
    store_discovery.ensure_discovery_tables(con, model, dim)


def write_discovery(
    of: OutletsFile,
    poll: PollResult,
    cands: Sequence[Candidate],
    outcomes: Sequence[EntryOutcome],
    group: GroupResult,
    new_cache: dict[str, np.ndarray],
    settings: Settings,
    run_id: str,
    fetches: Sequence[Any] = (),
) -> None:
    """Write outlets, feeds, entries, discovered articles and stories in one transaction."""
    import json

    import pyarrow as pa

    from . import embed
    from .store import RunRecord, stored_dimension

    label = embed.model_label(settings.model)
    key = embed.cache_key(settings.model, settings.embed_backend)
    dim = len(cands[0].vector) if cands and cands[0].vector is not None else stored_dimension(settings.db_path)
    if dim is None:
        dim = embed.dimension(settings.model)
    now = datetime.now(timezone.utc)
    outlets = pa.table(
        {
            "outlet_id": [o.outlet_id for o in of.outlets],
            "name": [o.name for o in of.outlets],
            "homepage": [o.homepage for o in of.outlets],
            "country": [o.country for o in of.outlets],
            "language": [o.language for o in of.outlets],
            "feeds": pa.array([[f.spec for f in o.feeds] for o in of.outlets], pa.list_(pa.string())),
            "labels": [json.dumps(o.labels, sort_keys=True) for o in of.outlets],
            "source": [str(of.path) for _ in of.outlets],
            "updated_at": pa.array([now] * len(of.outlets), pa.timestamp("us", tz="UTC")),
        }
    )
    fo = poll.feeds
    feeds = pa.table(
        {
            "feed_id": [f.feed_id for f in fo],
            "outlet_id": [f.feed.outlet_id for f in fo],
            "feed": [f.feed.spec for f in fo],
            "url": [f.feed.url for f in fo],
            "format": [f.format for f in fo],
            "title": [f.title for f in fo],
            "etag": [f.etag for f in fo],
            "last_modified": [f.last_modified for f in fo],
            "content_hash": [f.content_hash for f in fo],
            "last_checked_at": pa.array([f.checked_at for f in fo], pa.timestamp("us", tz="UTC")),
            "last_status": [f.status for f in fo],
            "last_reason": [f.reason for f in fo],
            "n_entries": pa.array([f.n_entries for f in fo], pa.int32()),
            "n_new": pa.array([f.n_new for f in fo], pa.int32()),
        }
    )
    rows = [EntryOutcome(c.entry, "article", "ok", c.attempts, c.article_id) for c in cands] + list(outcomes)
    entries = pa.table(
        {
            "entry_key": [r.entry.key for r in rows],
            "outlet_id": [r.entry.outlet_id for r in rows],
            "feed": [r.entry.feed for r in rows],
            "entry_id": [r.entry.entry_id for r in rows],
            "link": [r.entry.link for r in rows],
            "is_file": pa.array([r.entry.is_file for r in rows], pa.bool_()),
            "page_key": [r.entry.page_key for r in rows],
            "title": [r.entry.title for r in rows],
            "published_at": pa.array([_utc(r.entry.published) for r in rows], pa.timestamp("us", tz="UTC")),
            "first_seen_at": pa.array([now] * len(rows), pa.timestamp("us", tz="UTC")),
            "status": [r.status for r in rows],
            "reason": [r.reason for r in rows],
            "attempts": pa.array([r.attempts for r in rows], pa.int32()),
            "article_id": [r.article_id for r in rows],
            "run_id": [run_id] * len(rows),
        }
    )
    cs = [c for c in cands if c.story_id is not None]
    vecs = np.stack([c.vector for c in cs]) if cs else np.zeros((0, dim), np.float32)
    articles = pa.table(
        {
            "article_id": [c.article_id for c in cs],
            "story_id": [c.story_id for c in cs],
            "outlet": [c.outlet.name for c in cs],
            "outlet_id": [c.outlet.outlet_id for c in cs],
            "entry_key": [c.key for c in cs],
            "url": [c.raw.url or c.article.url for c in cs],
            "source": [c.raw.source for c in cs],
            "title": [c.title for c in cs],
            "published_at": pa.array([c.published for c in cs], pa.timestamp("us", tz="UTC")),
            "discovered_at": pa.array([now] * len(cs), pa.timestamp("us", tz="UTC")),
            "lead": ["\n".join(c.lead) for c in cs],
            "text": [c.article.text for c in cs],
            "content_hash": [c.article.content_hash for c in cs],
            "raw_kind": [c.raw.kind for c in cs],
            "raw_sha256": [hashlib.sha256(c.raw.data).hexdigest() for c in cs],
            "embedding": vectors(vecs) if cs else pa.array([], pa.list_(pa.float32())),
            "similarity": pa.array([c.similarity for c in cs], pa.float64()),
            "syndicated_of": [c.syndicated_of for c in cs],
            "syndication_score": pa.array([c.syndication_score for c in cs], pa.float64()),
            "run_id": [run_id] * len(cs),
        }
    )
    stories = stories_table(group.stories, run_id, now)
    synd = pa.table(
        {
            "article_id": list(group.syndication),
            "syndicated_of": [v[0] for v in group.syndication.values()],
            "syndication_score": pa.array([v[1] for v in group.syndication.values()], pa.float64()),
        }
    )
    ctypes = {f.url: f.content_type for f in fetches if getattr(f, "ok", False)}
    pages = [(c.raw.data, c.raw.source, ctypes.get(c.raw.source), now) for c in cs]
    run = RunRecord(
        run_id=run_id, started_at=now, model=label, parameters=settings.parameters(), orchestrator="discovery"
    )
    store_discovery.write_discovery(
        settings.db_path,
        settings.lock_wait_seconds,
        label,
        key,
        dim,
        outlets=outlets,
        feeds=feeds,
        entries=entries,
        articles=articles,
        pages=pages,
        stories=stories,
        syndication=synd,
        new_cache=new_cache,
        run=run,
        fetches=fetches,
    )


def stories_table(st: Sequence[StoryRow], run_id: str, now: datetime) -> Any:
    """Arrow table of discovered_stories rows."""
    import pyarrow as pa

    return pa.table(
        {
            "story_id": [s.story_id for s in st],
            "title": [s.title for s in st],
            "founder_article_id": [s.founder_article_id for s in st],
            "first_published_at": pa.array([s.first for s in st], pa.timestamp("us", tz="UTC")),
            "last_published_at": pa.array([s.last for s in st], pa.timestamp("us", tz="UTC")),
            "n_articles": pa.array([s.n_articles for s in st], pa.int32()),
            "n_outlets": pa.array([s.n_outlets for s in st], pa.int32()),
            "vector_sum": vectors(np.stack([s.vector_sum for s in st])) if st else pa.array([], pa.list_(pa.float32())),
            "created_at": pa.array([now] * len(st), pa.timestamp("us", tz="UTC")),
            "updated_at": pa.array([now] * len(st), pa.timestamp("us", tz="UTC")),
            "run_id": [run_id] * len(st),
        }
    )


def upsert_stories(con: Any, rows: Sequence[StoryRow], run_id: str) -> None:
    """Write discovered_stories rows in one transaction, keeping each story's reconciliation fields."""
    from .store import transaction

    with transaction(con):
        store_discovery.upsert_stories(con, stories_table(rows, run_id, datetime.now(timezone.utc)))


# --- 6. reconciliation ----------------------------------------------------------------------


def stories_due(settings: Settings, ds: DiscoverySettings, story_ids: Iterable[str] | None = None) -> list[str]:
    """Stories with enough independent outlets whose membership changed since last reconciled."""
    return store_discovery.stories_due(
        settings.db_path,
        settings.lock_wait_seconds,
        ds.min_outlets,
        ds.force,
        None if story_ids is None else list(story_ids),
    )


def _story_inputs(
    settings: Settings, story_ids: Sequence[str], of: OutletsFile | None
) -> tuple[list[tuple[StorySpec, list[RawArticle]]], dict[str, dict[str, str | None]], dict[str, int]]:
    """Specs and raw pages of stories from the warehouse; per story, article id -> original id."""
    arts, stories = store_discovery.story_pages(settings.db_path, settings.lock_wait_seconds, story_ids)
    titles = {s[0]: s[1] for s in stories}
    counts = {s[0]: int(s[2]) for s in stories}
    by_story: dict[str, list[Any]] = {}
    for row in arts:
        by_story.setdefault(row[0], []).append(row)
    folder = of.root if of is not None else Path(settings.db_path).parent.resolve()
    manifest = of.path.resolve() if of is not None else None
    out = []
    synd: dict[str, dict[str, str | None]] = {}
    for sid in story_ids:
        rows = by_story.get(sid, [])
        raws = []
        for i, (_, aid, outlet, _oid, url, source, raw, kind, pub, orig) in enumerate(rows, 1):
            is_url = bool(url) and source == url
            spec = ArticleSpec(
                outlet=outlet,
                file=None if is_url else Path(source),
                url=url if is_url else None,
                published=_utc(pub).isoformat() if pub else None,
                index=i,
            )
            raws.append(RawArticle(spec=spec, source=source, data=raw, kind=kind, url=url if is_url else None))
            synd.setdefault(sid, {})[aid] = orig
        spec = StorySpec(
            story_id=sid, title=titles.get(sid), folder=folder, articles=tuple(r.spec for r in raws), manifest=manifest
        )
        out.append((spec, raws))
    return out, synd, counts


def count_copies_once(res: StoryResult, originals: dict[str, str | None]) -> StoryResult:
    """Set each claim's n_outlets to its independent outlets: a syndicated copy counts as its original."""
    outlet_of_article = {a.article_id: a.outlet_id for a in res.articles}
    source_outlet: dict[str, str] = {}
    for a in res.articles:
        orig = originals.get(a.article_id)
        source_outlet[a.article_id] = outlet_of_article.get(orig, a.outlet_id) if orig else a.outlet_id
    article_of = {s.sentence_id: s.article_id for s in res.sentences}
    res.claims = [replace(c, n_outlets=len({source_outlet[article_of[s]] for s in c.sentence_ids})) for c in res.claims]
    return res


class DiscoveredSource:
    """driver.StorySource of discovered stories: their pages read back from the warehouse; a
    syndicated copy counts once in its claims' n_outlets; each story is marked reconciled once written."""

    def __init__(self, story_ids: Sequence[str], of: OutletsFile | None = None) -> None:
        self.items: list[Any] = list(story_ids)
        self.of = of

    def read(self, index: int, chunk: Sequence[str], settings: Settings, stages: Any) -> Any:
        from . import pipeline
        from .driver import Batch

        inputs, synd, counts = _story_inputs(settings, chunk, self.of)
        prints = {spec.story_id: pipeline.story_fingerprint(spec, raws, settings) for spec, raws in inputs}
        return Batch(
            index, [spec for spec, _ in inputs], [(raws, []) for _, raws in inputs], prints, context=(synd, counts)
        )

    def finish(self, batch: Any, res: StoryResult) -> None:
        originals = batch.context[0].get(res.spec.story_id, {})
        missing = {a.article_id for a in res.articles} - set(originals)
        if missing:  # the id formula of extract.py changed: ids no longer join discovered_articles
            log.warning("story %s: %d article id(s) differ from discovered_articles", res.spec.story_id, len(missing))
        count_copies_once(res, originals)

    def line(self, batch: Any, res: StoryResult) -> dict[str, object]:
        from .pipeline import story_line

        originals = batch.context[0].get(res.spec.story_id, {})
        return {**story_line(res), "copies": sum(1 for o in originals.values() if o)}

    def written(
        self, batch: Any, ok: Sequence[StoryResult], failed: Sequence[tuple[str, str]], settings: Settings
    ) -> None:
        counts = batch.context[1]
        now = datetime.now(timezone.utc)
        marks = [[now, counts.get(r.spec.story_id), "ok", r.spec.story_id] for r in ok] + [
            [now, counts.get(s), f"failed: {why}", s] for s, why in failed
        ]
        store_discovery.mark_reconciled(settings.db_path, settings.lock_wait_seconds, marks)


def reconcile_discovered(
    story_ids: Sequence[str],
    settings: Settings,
    run_id: str,
    of: OutletsFile | None = None,
    orchestrator: str = "in-process",
    progress: Progress | None = None,
    stages: Any = None,
) -> Any:
    """Reconcile discovered stories with the pipeline, from their stored pages; returns a RunSummary.

    The batches are driven by driver.run_batches; `stages` (driver.Stages) says how each stage runs."""
    from .driver import run_batches

    return run_batches(DiscoveredSource(story_ids, of), settings, run_id, stages, orchestrator, progress)


# --- the whole run ---------------------------------------------------------------------------


def embed_and_group(
    cands: list[Candidate], settings: Settings, ds: DiscoverySettings
) -> tuple[list[Candidate], GroupResult, dict[str, np.ndarray]]:
    """Stages 3 and 4: the candidates (with their vectors and stories), the grouping, new cache vectors."""
    new_cache = embed_candidates(cands, settings, ds)
    return cands, group_candidates(cands, settings, ds), new_cache


def discover(
    path: Path | str | OutletsFile,
    settings: Settings,
    ds: DiscoverySettings | None = None,
    run_id: str | None = None,
    progress: Progress | None = None,
    orchestrator: str = "in-process",
    stages: Any = None,
) -> DiscoverySummary:
    """One discovery run: poll feeds, read new pages, group them, write, reconcile due stories.

    `stages` (driver.Stages) says how each stage runs: in this process by default; the Prefect flow
    (flows/discover_flow.py) passes its tasks. The feed, page and write stages use the warehouse, so
    they run where the run runs; only the reconciliation's extraction and embedding may go elsewhere."""
    from .driver import InProcess

    ds = ds or DiscoverySettings()
    of = path if isinstance(path, OutletsFile) else load_outlets(path)
    run_id = run_id or uuid.uuid4().hex
    check_warehouse_model(settings)
    own = stages is None
    stages = stages or InProcess()
    try:
        summary = DiscoverySummary(run_id=run_id)
        poll = stages.submit("poll feeds", poll_feeds, of, settings, ds, progress).result()
        summary.feeds, summary.entries_seen = poll.feeds, poll.seen
        summary.entries_new = len(poll.entries)
        cands, outcomes, fetches = stages.submit(
            "read pages", read_entries, poll.entries, of, settings, ds, poll.attempts, progress
        ).result()
        cands, group, new_cache = stages.submit("embed and group", embed_and_group, cands, settings, ds).result()
        stages.submit(
            "write discovery", write_discovery, of, poll, cands, outcomes, group, new_cache, settings, run_id, fetches
        ).result()
        fill_summary(summary, cands, outcomes, group, ds)
        due = stories_due(settings, ds, None if ds.force else group.formed + group.grown)
        if due:
            summary.reconcile = reconcile_discovered(due, settings, run_id, of, orchestrator, progress, stages)
    finally:
        if own:
            stages.close()
    return summary


def fill_summary(
    summary: DiscoverySummary,
    cands: Sequence[Candidate],
    outcomes: Sequence[EntryOutcome],
    group: GroupResult,
    ds: DiscoverySettings,
) -> DiscoverySummary:
    """Articles read, entries left out, stories formed and grown, copies found, stories waiting."""
    summary.articles = len(cands)
    summary.skipped = [o for o in outcomes if o.status != "article"]
    summary.formed, summary.grown = group.formed, group.grown
    summary.syndicated = sum(1 for c in cands if c.syndicated_of)
    summary.waiting = sum(1 for s in group.stories if s.n_outlets < ds.min_outlets)
    return summary


def check_warehouse_model(settings: Settings) -> None:
    """Fail before any embedding work when the warehouse holds another model's vectors."""
    from .pipeline import check_warehouse_model as check

    check(settings)


# --- evaluation -----------------------------------------------------------------------------


def load_grouping_truth(folder: Path) -> dict[str, Any]:
    import tomllib

    path = Path(folder) / "truth.toml"
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise ReconcileError(f"{path}: cannot read labels ({e})") from None


def evaluate_grouping(folder: Path | str, settings: Settings, ds: DiscoverySettings | None = None) -> dict[str, Any]:
    """Pairwise precision/recall/F1 of the grouping of a labelled discovery folder (no warehouse).

    The folder holds outlets.toml (local feeds) and truth.toml: `[events]` maps an event label to
    the entry ids (or links relative to the folder) of its articles; every other article is alone;
    `[[syndicated]]` lists `copy`/`original` entry pairs.
    """
    from .group import pairwise_scores

    ds = ds or DiscoverySettings()
    folder = Path(folder)
    of = load_outlets(folder / "outlets.toml")
    truth = load_grouping_truth(folder)
    off = settings.replace(db_path=Path("/nonexistent/grouping-eval.duckdb"), use_cache=False)
    poll = poll_feeds(of, off, ds)
    cands, _, _ = read_entries(poll.entries, of, off, ds)
    embed_candidates(cands, off, ds)
    group_candidates(cands, off, ds, with_warehouse=False)

    def names(c: Candidate) -> set[str]:
        out = {c.entry.link}
        if c.entry.entry_id:
            out.add(c.entry.entry_id)
        if c.entry.is_file:
            out.add(Path(c.entry.link).relative_to(of.root).as_posix())
        return out

    ref: dict[str, Candidate] = {}
    for c in cands:
        for n in names(c):
            ref[n] = c
    labels: dict[str, str] = {}
    unresolved = []
    for event, refs in (truth.get("events") or {}).items():
        for r in refs:
            c = ref.get(r)
            if c is None:
                unresolved.append(f"{event}: {r}")
            else:
                labels[c.key] = event
    for c in cands:
        labels.setdefault(c.key, "alone:" + c.key)
    predicted = {c.key: c.story_id or c.key for c in cands}
    scores = pairwise_scores(predicted, labels)
    want = set()
    for pair in truth.get("syndicated") or []:
        a, b = ref.get(pair.get("copy", "")), ref.get(pair.get("original", ""))
        if a and b:
            want.add((a.article_id, b.article_id))
        else:
            unresolved.append(f"syndicated: {pair}")
    got = {(c.article_id, c.syndicated_of) for c in cands if c.syndicated_of}
    tp = len(got & want)
    return {
        "articles": len(cands),
        "events": len(truth.get("events") or {}),
        "stories": len({c.story_id for c in cands}),
        "grouping": scores,
        "syndication": {"tp": tp, "fp": len(got - want), "fn": len(want - got)},
        "unresolved": unresolved,
        "window_hours": ds.window_hours,
        "threshold": ds.group_threshold,
        "misgrouped": sorted(
            f"{c.entry.entry_id or c.entry.link} -> {c.story_id} (truth: {labels[c.key]})"
            for c in cands
            if any(
                (predicted[c.key] == predicted[o.key]) != (labels[c.key] == labels[o.key]) for o in cands if o is not c
            )
        ),
    }
