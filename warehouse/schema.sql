-- reconcile warehouse schema. The one source of truth: reconcile/store (the only code that talks to
-- DuckDB) executes this file, replacing {dim} with the embedding size of the warehouse's model. A new
-- warehouse is created from it; an older one is first migrated (reconcile/store/schema.py: named
-- migrations, recorded in schema_migrations, add columns and keys to the tables it has), then this
-- file adds the tables it lacks (every statement is CREATE ... IF NOT EXISTS or a comment).
-- Derived rows (articles, sentences, claims, claim_sentences, discrepancies, article_skips) are
-- replaced per story in one transaction; runs, fetches, raw_pages, article_versions and story_changes are
-- only appended to. Rows with a natural key have a PRIMARY KEY and are written with INSERT ... ON CONFLICT.

CREATE TABLE IF NOT EXISTS schema_info (
    key   VARCHAR NOT NULL PRIMARY KEY,
    value VARCHAR
);
COMMENT ON TABLE schema_info IS 'Warehouse metadata: schema version, embedding model and vector size.';
COMMENT ON COLUMN schema_info.key IS 'Setting name: version, model, dim.';
COMMENT ON COLUMN schema_info.value IS 'Setting value, as text.';

CREATE TABLE IF NOT EXISTS schema_migrations (
    name        VARCHAR NOT NULL PRIMARY KEY,
    version     INTEGER NOT NULL,
    description VARCHAR,
    applied_at  TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE schema_migrations IS 'Migrations this warehouse has (reconcile/store/schema.py MIGRATIONS); a warehouse created at a version records those up to it as applied when created.';
COMMENT ON COLUMN schema_migrations.name IS 'Migration name, e.g. 006_pages_stored_once.';
COMMENT ON COLUMN schema_migrations.version IS 'Schema version (schema_info.version) the warehouse has once it is applied.';
COMMENT ON COLUMN schema_migrations.description IS 'What it changes.';
COMMENT ON COLUMN schema_migrations.applied_at IS 'When it was applied (or the warehouse created).';

CREATE TABLE IF NOT EXISTS runs (
    run_id           VARCHAR NOT NULL,
    started_at       TIMESTAMPTZ NOT NULL,
    finished_at      TIMESTAMPTZ,
    model            VARCHAR NOT NULL,
    parameters       JSON,
    status           VARCHAR,
    stories_ok       INTEGER,
    stories_failed   INTEGER,
    articles_skipped INTEGER,
    orchestrator     VARCHAR
);
COMMENT ON TABLE runs IS 'One row per invocation of the pipeline (CLI or Prefect flow run).';
COMMENT ON COLUMN runs.run_id IS 'Unique id of the run (a Prefect flow run id when run under Prefect).';
COMMENT ON COLUMN runs.started_at IS 'When the run started.';
COMMENT ON COLUMN runs.finished_at IS 'When the run finished writing; NULL while running or after a crash.';
COMMENT ON COLUMN runs.model IS 'Embedding model used.';
COMMENT ON COLUMN runs.parameters IS 'Settings that shape results (thresholds, limits), as JSON.';
COMMENT ON COLUMN runs.status IS 'completed, partial (some stories or articles failed) or failed.';
COMMENT ON COLUMN runs.stories_ok IS 'Stories reconciled and written by this run.';
COMMENT ON COLUMN runs.stories_failed IS 'Stories that could not be reconciled.';
COMMENT ON COLUMN runs.articles_skipped IS 'Articles left out (unreadable, empty, refused); see article_skips.';
COMMENT ON COLUMN runs.orchestrator IS 'in-process or prefect.';

CREATE TABLE IF NOT EXISTS stories (
    story_id        VARCHAR NOT NULL,
    title           VARCHAR,
    source          VARCHAR,
    n_outlets       INTEGER,
    n_articles      INTEGER,
    n_sentences     INTEGER,
    n_claims        INTEGER,
    n_shared_claims INTEGER,
    run_id          VARCHAR,
    updated_at      TIMESTAMPTZ,
    input_hash      VARCHAR
);
COMMENT ON TABLE stories IS 'One row per reconciled story (an event covered by several outlets).';
COMMENT ON COLUMN stories.story_id IS 'Story id from story.toml, else the folder name.';
COMMENT ON COLUMN stories.title IS 'Story title from story.toml, if given.';
COMMENT ON COLUMN stories.source IS 'The story folder or manifest the story was read from.';
COMMENT ON COLUMN stories.n_outlets IS 'Outlets with at least one usable article.';
COMMENT ON COLUMN stories.n_articles IS 'Articles reconciled.';
COMMENT ON COLUMN stories.n_sentences IS 'Sentences across its articles.';
COMMENT ON COLUMN stories.n_claims IS 'Claims (groups of sentences stating the same thing).';
COMMENT ON COLUMN stories.n_shared_claims IS 'Claims reported by two or more outlets.';
COMMENT ON COLUMN stories.run_id IS 'Run that last wrote the story.';
COMMENT ON COLUMN stories.updated_at IS 'When the story was last written.';
COMMENT ON COLUMN stories.input_hash IS 'Fingerprint of the pages, manifest, settings, model and code that produced the rows; an unchanged story is not reprocessed.';

CREATE TABLE IF NOT EXISTS articles (
    article_id   VARCHAR NOT NULL,
    story_id     VARCHAR NOT NULL,
    outlet       VARCHAR NOT NULL,
    outlet_id    VARCHAR NOT NULL,
    url          VARCHAR,
    source       VARCHAR,
    title        VARCHAR,
    author       VARCHAR,
    published_at TIMESTAMPTZ,
    sitename     VARCHAR,
    language     VARCHAR,
    dateline     VARCHAR,
    text         VARCHAR NOT NULL,
    content_hash VARCHAR NOT NULL,
    n_sentences  INTEGER,
    run_id       VARCHAR
);
COMMENT ON TABLE articles IS 'One row per outlet article of a story, as extracted.';
COMMENT ON COLUMN articles.article_id IS 'Stable id derived from story id, outlet and source.';
COMMENT ON COLUMN articles.story_id IS 'Story the article belongs to.';
COMMENT ON COLUMN articles.outlet IS 'Outlet name exactly as the manifest (or page metadata) gives it.';
COMMENT ON COLUMN articles.outlet_id IS 'Outlet slug (lowercase, hyphenated) for joins across stories.';
COMMENT ON COLUMN articles.url IS 'URL of the article (given in the manifest, fetched, or from page metadata).';
COMMENT ON COLUMN articles.source IS 'File path or URL the text was read from.';
COMMENT ON COLUMN articles.title IS 'Headline from page metadata.';
COMMENT ON COLUMN articles.author IS 'Author(s) from page metadata.';
COMMENT ON COLUMN articles.published_at IS 'Publication time: manifest, else JSON-LD/meta tags, else NULL.';
COMMENT ON COLUMN articles.sitename IS 'Site name from page metadata.';
COMMENT ON COLUMN articles.language IS 'Detected language code of the text (en, fr, ...).';
COMMENT ON COLUMN articles.dateline IS 'Wire dateline removed from the first paragraph, e.g. MINSK, Sept 11 (Reuters).';
COMMENT ON COLUMN articles.text IS 'Article body, paragraphs separated by a blank line; sentences.start_char/end_char index into it.';
COMMENT ON COLUMN articles.content_hash IS 'sha256 of text.';
COMMENT ON COLUMN articles.n_sentences IS 'Number of sentences.';
COMMENT ON COLUMN articles.run_id IS 'Run that wrote this row.';

CREATE TABLE IF NOT EXISTS article_skips (
    story_id VARCHAR NOT NULL,
    source   VARCHAR NOT NULL,
    reason   VARCHAR NOT NULL,
    run_id   VARCHAR
);
COMMENT ON TABLE article_skips IS 'Articles of a story that were left out of its last run, with why.';
COMMENT ON COLUMN article_skips.story_id IS 'Story whose article was skipped.';
COMMENT ON COLUMN article_skips.source IS 'File or URL of the skipped article.';
COMMENT ON COLUMN article_skips.reason IS 'One-line reason (empty page, binary file, outside the story folder, ...).';
COMMENT ON COLUMN article_skips.run_id IS 'Run that skipped it.';

CREATE TABLE IF NOT EXISTS sentences (
    sentence_id VARCHAR NOT NULL,
    article_id  VARCHAR NOT NULL,
    story_id    VARCHAR NOT NULL,
    outlet_id   VARCHAR NOT NULL,
    position    INTEGER NOT NULL,
    paragraph   INTEGER NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    text        VARCHAR NOT NULL,
    embedding   FLOAT[{dim}]
);
COMMENT ON TABLE sentences IS 'One row per sentence of an article, with its embedding.';
COMMENT ON COLUMN sentences.sentence_id IS 'Stable id derived from article id, position and text.';
COMMENT ON COLUMN sentences.article_id IS 'Article the sentence belongs to.';
COMMENT ON COLUMN sentences.story_id IS 'Story (denormalised for quick filtering).';
COMMENT ON COLUMN sentences.outlet_id IS 'Outlet slug (denormalised).';
COMMENT ON COLUMN sentences.position IS '0-based order of the sentence in the article.';
COMMENT ON COLUMN sentences.paragraph IS '0-based paragraph number in the article.';
COMMENT ON COLUMN sentences.start_char IS 'Offset of the first character in articles.text.';
COMMENT ON COLUMN sentences.end_char IS 'Offset after the last character in articles.text.';
COMMENT ON COLUMN sentences.text IS 'The sentence as written.';
COMMENT ON COLUMN sentences.embedding IS 'Unit-length sentence embedding of the warehouse model.';

CREATE TABLE IF NOT EXISTS claims (
    claim_id    VARCHAR NOT NULL,
    story_id    VARCHAR NOT NULL,
    n_outlets   INTEGER NOT NULL,
    n_sentences INTEGER NOT NULL,
    position    INTEGER,
    run_id      VARCHAR
);
COMMENT ON TABLE claims IS 'A claim: sentences of different outlets of one story that state the same thing.';
COMMENT ON COLUMN claims.claim_id IS 'Stable id derived from the story and its member sentences.';
COMMENT ON COLUMN claims.story_id IS 'Story of the claim.';
COMMENT ON COLUMN claims.n_outlets IS 'Outlets reporting it (1 = only one outlet reports it).';
COMMENT ON COLUMN claims.n_sentences IS 'Member sentences.';
COMMENT ON COLUMN claims.position IS 'Reading order within the story (by earliest mention).';
COMMENT ON COLUMN claims.run_id IS 'Run that produced the claim.';

CREATE TABLE IF NOT EXISTS claim_sentences (
    claim_id    VARCHAR NOT NULL,
    sentence_id VARCHAR NOT NULL,
    similarity  DOUBLE
);
COMMENT ON TABLE claim_sentences IS 'Membership of sentences in claims.';
COMMENT ON COLUMN claim_sentences.claim_id IS 'The claim.';
COMMENT ON COLUMN claim_sentences.sentence_id IS 'A member sentence.';
COMMENT ON COLUMN claim_sentences.similarity IS 'Mean cosine similarity to the other members; NULL for a one-sentence claim.';

CREATE TABLE IF NOT EXISTS discrepancies (
    discrepancy_id VARCHAR NOT NULL,
    story_id       VARCHAR NOT NULL,
    claim_id       VARCHAR NOT NULL,
    kind           VARCHAR NOT NULL,
    sentence_id_a  VARCHAR NOT NULL,
    sentence_id_b  VARCHAR NOT NULL,
    value_a        VARCHAR,
    value_b        VARCHAR,
    norm_a         VARCHAR,
    norm_b         VARCHAR,
    explanation    VARCHAR,
    confidence     DOUBLE,
    run_id         VARCHAR
);
COMMENT ON TABLE discrepancies IS 'A conflict between two outlets'' sentences of one claim; a pair is stored once per kind.';
COMMENT ON COLUMN discrepancies.discrepancy_id IS 'Stable id derived from the pair and kind.';
COMMENT ON COLUMN discrepancies.story_id IS 'Story of the claim.';
COMMENT ON COLUMN discrepancies.claim_id IS 'Claim both sentences belong to.';
COMMENT ON COLUMN discrepancies.kind IS 'number, date, entity or negation.';
COMMENT ON COLUMN discrepancies.sentence_id_a IS 'First sentence (sentence_id_a < sentence_id_b).';
COMMENT ON COLUMN discrepancies.sentence_id_b IS 'Second sentence.';
COMMENT ON COLUMN discrepancies.value_a IS 'Value as written in sentence a.';
COMMENT ON COLUMN discrepancies.value_b IS 'Value as written in sentence b.';
COMMENT ON COLUMN discrepancies.norm_a IS 'Normalised value a (number range, ISO date interval, name).';
COMMENT ON COLUMN discrepancies.norm_b IS 'Normalised value b.';
COMMENT ON COLUMN discrepancies.explanation IS 'Short human-readable explanation.';
COMMENT ON COLUMN discrepancies.confidence IS 'Confidence in the conflict, 0 to 1.';
COMMENT ON COLUMN discrepancies.run_id IS 'Run that produced it.';

CREATE TABLE IF NOT EXISTS held_back_discrepancies (
    discrepancy_id VARCHAR NOT NULL,
    story_id       VARCHAR NOT NULL,
    claim_id       VARCHAR NOT NULL,
    kind           VARCHAR NOT NULL,
    sentence_id_a  VARCHAR NOT NULL,
    sentence_id_b  VARCHAR NOT NULL,
    value_a        VARCHAR,
    value_b        VARCHAR,
    norm_a         VARCHAR,
    norm_b         VARCHAR,
    explanation    VARCHAR,
    confidence     DOUBLE,
    reason         VARCHAR,
    run_id         VARCHAR
);
COMMENT ON TABLE held_back_discrepancies IS 'Conflicts the rules found but the calibration does not support (pair score or rule confidence below its kind''s gate): not in reports or v_discrepancies; see v_discrepancies_all.';
COMMENT ON COLUMN held_back_discrepancies.discrepancy_id IS 'Stable id derived from the pair and kind.';
COMMENT ON COLUMN held_back_discrepancies.story_id IS 'Story of the claim.';
COMMENT ON COLUMN held_back_discrepancies.claim_id IS 'Claim both sentences belong to.';
COMMENT ON COLUMN held_back_discrepancies.kind IS 'number, date, entity or negation.';
COMMENT ON COLUMN held_back_discrepancies.sentence_id_a IS 'First sentence (sentence_id_a < sentence_id_b).';
COMMENT ON COLUMN held_back_discrepancies.sentence_id_b IS 'Second sentence.';
COMMENT ON COLUMN held_back_discrepancies.value_a IS 'Value as written in sentence a.';
COMMENT ON COLUMN held_back_discrepancies.value_b IS 'Value as written in sentence b.';
COMMENT ON COLUMN held_back_discrepancies.norm_a IS 'Normalised value a.';
COMMENT ON COLUMN held_back_discrepancies.norm_b IS 'Normalised value b.';
COMMENT ON COLUMN held_back_discrepancies.explanation IS 'Short human-readable explanation.';
COMMENT ON COLUMN held_back_discrepancies.confidence IS 'Confidence of the rule that found it, 0 to 1.';
COMMENT ON COLUMN held_back_discrepancies.reason IS 'Why it is held back (which calibrated gate it misses).';
COMMENT ON COLUMN held_back_discrepancies.run_id IS 'Run that produced it.';

CREATE TABLE IF NOT EXISTS embedding_cache (
    model     VARCHAR NOT NULL,
    text_hash VARCHAR NOT NULL,
    embedding FLOAT[{dim}] NOT NULL,
    PRIMARY KEY (model, text_hash)
);
COMMENT ON TABLE embedding_cache IS 'Embeddings by (model, sentence text), so unchanged sentences are never embedded twice.';
COMMENT ON COLUMN embedding_cache.model IS 'Embedding model.';
COMMENT ON COLUMN embedding_cache.text_hash IS 'sha256 of the sentence text as embedded.';
COMMENT ON COLUMN embedding_cache.embedding IS 'Unit-length embedding.';

-- History (schema version 2): appended to by every run, never replaced.

CREATE TABLE IF NOT EXISTS fetches (
    run_id      VARCHAR NOT NULL,
    url         VARCHAR NOT NULL,
    final_url   VARCHAR,
    ok          BOOLEAN NOT NULL,
    status      INTEGER,
    reason      VARCHAR NOT NULL,
    attempts    INTEGER,
    n_bytes     BIGINT,
    raw_sha256  VARCHAR,
    elapsed_ms  DOUBLE,
    fetched_at  TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE fetches IS 'Every fetch of a URL-only article, successful or not (history: appended, never replaced).';
COMMENT ON COLUMN fetches.run_id IS 'Run that fetched it.';
COMMENT ON COLUMN fetches.url IS 'URL as given in the manifest, on the command line or in the watchlist.';
COMMENT ON COLUMN fetches.final_url IS 'URL after redirects (or the hop that failed).';
COMMENT ON COLUMN fetches.ok IS 'Whether a usable page arrived.';
COMMENT ON COLUMN fetches.status IS 'HTTP status of the last answer; NULL when none came (refused address, timeout, DNS).';
COMMENT ON COLUMN fetches.reason IS 'ok, or the one-line reason the fetch failed.';
COMMENT ON COLUMN fetches.attempts IS 'Attempts made (retries after timeouts and 5xx answers included).';
COMMENT ON COLUMN fetches.n_bytes IS 'Size of the page body.';
COMMENT ON COLUMN fetches.raw_sha256 IS 'Key of the page in raw_pages.';
COMMENT ON COLUMN fetches.elapsed_ms IS 'Time the fetch took, retries included.';
COMMENT ON COLUMN fetches.fetched_at IS 'When the fetch ended.';

CREATE TABLE IF NOT EXISTS raw_pages (
    sha256       VARCHAR NOT NULL PRIMARY KEY,
    url          VARCHAR,
    content_type VARCHAR,
    n_bytes      BIGINT NOT NULL,
    compression  VARCHAR NOT NULL,
    data         BLOB NOT NULL,
    first_seen   TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE raw_pages IS 'Fetched pages as received, and the pages story discovery read from files, compressed, once per distinct content; extraction can be re-run from them (reconcile run --reuse-pages; discovered_articles.raw_sha256).';
COMMENT ON COLUMN raw_pages.sha256 IS 'sha256 of the uncompressed page bytes.';
COMMENT ON COLUMN raw_pages.url IS 'URL the page was first fetched from (for a discovered page read from a file, the file).';
COMMENT ON COLUMN raw_pages.content_type IS 'Content-Type header of the answer.';
COMMENT ON COLUMN raw_pages.n_bytes IS 'Uncompressed size.';
COMMENT ON COLUMN raw_pages.compression IS 'zlib (Python zlib.decompress / DuckDB has no inflate: read it in Python).';
COMMENT ON COLUMN raw_pages.data IS 'The compressed page bytes.';
COMMENT ON COLUMN raw_pages.first_seen IS 'When this content was first fetched.';

CREATE TABLE IF NOT EXISTS article_versions (
    article_id   VARCHAR NOT NULL,
    story_id     VARCHAR NOT NULL,
    outlet       VARCHAR NOT NULL,
    outlet_id    VARCHAR NOT NULL,
    url          VARCHAR,
    source       VARCHAR,
    version      INTEGER NOT NULL,
    content_hash VARCHAR NOT NULL,
    text         VARCHAR NOT NULL,
    first_seen   TIMESTAMPTZ NOT NULL,
    run_id       VARCHAR
);
COMMENT ON TABLE article_versions IS 'Each distinct extracted text of an article over time: a new row only when the text changed (history: appended).';
COMMENT ON COLUMN article_versions.article_id IS 'The article (stable across runs: story, outlet, URL or file name).';
COMMENT ON COLUMN article_versions.story_id IS 'Story of the article.';
COMMENT ON COLUMN article_versions.outlet IS 'Outlet name as given.';
COMMENT ON COLUMN article_versions.outlet_id IS 'Outlet slug.';
COMMENT ON COLUMN article_versions.url IS 'URL of the article, if any.';
COMMENT ON COLUMN article_versions.source IS 'File path or URL the text was read from.';
COMMENT ON COLUMN article_versions.version IS '1 for the first text seen, then 2, 3, ... at each change.';
COMMENT ON COLUMN article_versions.content_hash IS 'sha256 of text.';
COMMENT ON COLUMN article_versions.text IS 'Extracted article text of this version.';
COMMENT ON COLUMN article_versions.first_seen IS 'When this text was first fetched or read.';
COMMENT ON COLUMN article_versions.run_id IS 'Run that first saw this text.';

CREATE TABLE IF NOT EXISTS story_changes (
    story_id        VARCHAR NOT NULL,
    run_id          VARCHAR NOT NULL,
    previous_run_id VARCHAR NOT NULL,
    change          VARCHAR NOT NULL,
    item_id         VARCHAR NOT NULL,
    detail          VARCHAR,
    changed_at      TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE story_changes IS 'What changed in a story between a run that reprocessed it and the run before (history: appended, written in the transaction that replaces the story''s rows; a story''s first run and runs that find it unchanged add nothing).';
COMMENT ON COLUMN story_changes.story_id IS 'Story that changed.';
COMMENT ON COLUMN story_changes.run_id IS 'Run that wrote the new version of the story.';
COMMENT ON COLUMN story_changes.previous_run_id IS 'Run that wrote the version it is compared with.';
COMMENT ON COLUMN story_changes.change IS 'claim_added, claim_removed (claim ids are derived from their sentences, so a reworded claim is one removed and one added), discrepancy_new, discrepancy_resolved or article_updated (same article id, new text).';
COMMENT ON COLUMN story_changes.item_id IS 'claim_id, discrepancy_id or article_id the change is about.';
COMMENT ON COLUMN story_changes.detail IS 'For a claim its earliest-placed sentence; for a discrepancy kind: value_a vs value_b; for an article its outlet.';
COMMENT ON COLUMN story_changes.changed_at IS 'When the change was written.';

-- Story discovery (reconcile watch OUTLETS_TOML): outlets followed, their feeds, the entries seen,
-- the articles read from them and the stories they were grouped into. Outlets, feeds, entries and
-- stories are updated in place (INSERT ... ON CONFLICT on their keys); discovered_articles only grows.

CREATE TABLE IF NOT EXISTS outlets (
    outlet_id  VARCHAR NOT NULL PRIMARY KEY,
    name       VARCHAR NOT NULL,
    homepage   VARCHAR,
    country    VARCHAR,
    language   VARCHAR,
    feeds      VARCHAR[],
    labels     JSON,
    source     VARCHAR,
    updated_at TIMESTAMPTZ
);
COMMENT ON TABLE outlets IS 'Outlets from an outlets.toml, with their metadata and user labels; articles.outlet_id joins outlet_id.';
COMMENT ON COLUMN outlets.outlet_id IS 'Slug of the name (lowercase, hyphenated), the key articles.outlet_id and discovered_articles.outlet_id join.';
COMMENT ON COLUMN outlets.name IS 'Outlet name as written in outlets.toml (articles.outlet of its discovered articles).';
COMMENT ON COLUMN outlets.homepage IS 'Home page URL.';
COMMENT ON COLUMN outlets.country IS 'Country, as given (e.g. an ISO 3166 code).';
COMMENT ON COLUMN outlets.language IS 'Main language, as given (e.g. an ISO 639-1 code).';
COMMENT ON COLUMN outlets.feeds IS 'Feeds as written in outlets.toml: http(s) URLs or paths relative to the file.';
COMMENT ON COLUMN outlets.labels IS 'User labels such as ownership or bias, as a JSON object (labels->>''ownership'').';
COMMENT ON COLUMN outlets.source IS 'The outlets.toml the row was last loaded from.';
COMMENT ON COLUMN outlets.updated_at IS 'When the row was last loaded.';

CREATE TABLE IF NOT EXISTS feeds (
    feed_id         VARCHAR NOT NULL PRIMARY KEY,
    outlet_id       VARCHAR NOT NULL,
    feed            VARCHAR NOT NULL,
    url             VARCHAR,
    format          VARCHAR,
    title           VARCHAR,
    etag            VARCHAR,
    last_modified   VARCHAR,
    content_hash    VARCHAR,
    last_checked_at TIMESTAMPTZ,
    last_status     VARCHAR,
    last_reason     VARCHAR,
    n_entries       INTEGER,
    n_new           INTEGER
);
COMMENT ON TABLE feeds IS 'One row per feed followed, with what its last read gave and the validators for the next conditional GET.';
COMMENT ON COLUMN feeds.feed_id IS 'Stable id derived from the outlet and the feed as written.';
COMMENT ON COLUMN feeds.outlet_id IS 'Outlet the feed belongs to.';
COMMENT ON COLUMN feeds.feed IS 'The feed as written in outlets.toml (URL or path relative to the file).';
COMMENT ON COLUMN feeds.url IS 'The feed URL; NULL for a local feed file.';
COMMENT ON COLUMN feeds.format IS 'rss, atom or json (JSON Feed), as last parsed.';
COMMENT ON COLUMN feeds.title IS 'The feed''s own title.';
COMMENT ON COLUMN feeds.etag IS 'ETag of the last answer, sent as If-None-Match next time.';
COMMENT ON COLUMN feeds.last_modified IS 'Last-Modified of the last answer, sent as If-Modified-Since next time.';
COMMENT ON COLUMN feeds.content_hash IS 'sha256 of the feed bytes last read; identical bytes are not parsed again.';
COMMENT ON COLUMN feeds.last_checked_at IS 'When the feed was last read.';
COMMENT ON COLUMN feeds.last_status IS 'ok, unchanged (same bytes), not-modified (HTTP 304) or failed.';
COMMENT ON COLUMN feeds.last_reason IS 'One-line reason when the read failed.';
COMMENT ON COLUMN feeds.n_entries IS 'Entries in the feed at the last read.';
COMMENT ON COLUMN feeds.n_new IS 'Entries not seen before at the last read.';

CREATE TABLE IF NOT EXISTS feed_entries (
    entry_key     VARCHAR NOT NULL PRIMARY KEY,
    outlet_id     VARCHAR NOT NULL,
    feed          VARCHAR,
    entry_id      VARCHAR,
    link          VARCHAR NOT NULL,
    is_file       BOOLEAN,
    page_key      VARCHAR,
    title         VARCHAR,
    published_at  TIMESTAMPTZ,
    first_seen_at TIMESTAMPTZ,
    status        VARCHAR NOT NULL,
    reason        VARCHAR,
    attempts      INTEGER,
    article_id    VARCHAR,
    run_id        VARCHAR
);
COMMENT ON TABLE feed_entries IS 'Every feed entry seen, once per outlet; an entry found here is not read again (failed fetches are retried a few times).';
COMMENT ON COLUMN feed_entries.entry_key IS 'Stable id derived from the outlet and the entry id (RSS guid, Atom id, JSON Feed id), else its link.';
COMMENT ON COLUMN feed_entries.outlet_id IS 'Outlet whose feed listed it.';
COMMENT ON COLUMN feed_entries.feed IS 'Feed (as written in outlets.toml) it was first seen in.';
COMMENT ON COLUMN feed_entries.entry_id IS 'The entry id from the feed, if any.';
COMMENT ON COLUMN feed_entries.link IS 'The page: an http(s) URL, or for local feeds the file path read.';
COMMENT ON COLUMN feed_entries.is_file IS 'Whether link is a local file.';
COMMENT ON COLUMN feed_entries.page_key IS 'Stable id of (outlet, link): two entries of one page are read once.';
COMMENT ON COLUMN feed_entries.title IS 'Entry title from the feed.';
COMMENT ON COLUMN feed_entries.published_at IS 'Publication (else update) time given by the feed.';
COMMENT ON COLUMN feed_entries.first_seen_at IS 'When the entry was first seen.';
COMMENT ON COLUMN feed_entries.status IS 'article (read and grouped), skipped (no article in the page), duplicate (page or text already read) or failed (fetch failed; retried).';
COMMENT ON COLUMN feed_entries.reason IS 'One-line reason for skipped, duplicate and failed entries.';
COMMENT ON COLUMN feed_entries.attempts IS 'Times its page was read or fetched.';
COMMENT ON COLUMN feed_entries.article_id IS 'The discovered article it gave (discovered_articles.article_id).';
COMMENT ON COLUMN feed_entries.run_id IS 'Run that last handled it.';

CREATE TABLE IF NOT EXISTS discovered_articles (
    article_id        VARCHAR NOT NULL,
    story_id          VARCHAR NOT NULL,
    outlet            VARCHAR NOT NULL,
    outlet_id         VARCHAR NOT NULL,
    entry_key         VARCHAR,
    url               VARCHAR,
    source            VARCHAR,
    title             VARCHAR,
    published_at      TIMESTAMPTZ,
    discovered_at     TIMESTAMPTZ,
    lead              VARCHAR,
    text              VARCHAR,
    content_hash      VARCHAR,
    raw_kind          VARCHAR,
    raw               BLOB,
    embedding         FLOAT[{dim}],
    similarity        DOUBLE,
    syndicated_of     VARCHAR,
    syndication_score DOUBLE,
    run_id            VARCHAR,
    raw_sha256        VARCHAR
);
COMMENT ON TABLE discovered_articles IS 'Articles read from feeds and the story each was grouped into (its membership never changes); the raw page is kept so reconciliation never refetches.';
COMMENT ON COLUMN discovered_articles.article_id IS 'Same id as articles.article_id once the story is reconciled (story, outlet, URL or file name).';
COMMENT ON COLUMN discovered_articles.story_id IS 'Story it was grouped into (discovered_stories, and stories once reconciled).';
COMMENT ON COLUMN discovered_articles.outlet IS 'Outlet name as in outlets.toml.';
COMMENT ON COLUMN discovered_articles.outlet_id IS 'Outlet slug (outlets.outlet_id).';
COMMENT ON COLUMN discovered_articles.entry_key IS 'The feed entry it came from (feed_entries.entry_key).';
COMMENT ON COLUMN discovered_articles.url IS 'URL of the article: the entry link, else the page''s canonical URL.';
COMMENT ON COLUMN discovered_articles.source IS 'URL fetched or file read.';
COMMENT ON COLUMN discovered_articles.title IS 'Title from the feed entry, else the page.';
COMMENT ON COLUMN discovered_articles.published_at IS 'Publication time: the page''s metadata, else the feed''s, else when it was first seen.';
COMMENT ON COLUMN discovered_articles.discovered_at IS 'When it was read.';
COMMENT ON COLUMN discovered_articles.lead IS 'Title and lead sentences, one a line: the text embedded for grouping.';
COMMENT ON COLUMN discovered_articles.text IS 'Extracted article body (as articles.text).';
COMMENT ON COLUMN discovered_articles.content_hash IS 'sha256 of text.';
COMMENT ON COLUMN discovered_articles.raw_kind IS 'html, txt or md.';
COMMENT ON COLUMN discovered_articles.raw IS 'Before schema version 6 the page bytes as read, zlib-compressed; migration 006_pages_stored_once moves them to raw_pages, so NULL but for a page that would not decompress.';
COMMENT ON COLUMN discovered_articles.raw_sha256 IS 'The page as read: its raw_pages.sha256.';
COMMENT ON COLUMN discovered_articles.embedding IS 'Grouping vector: unit-length mean of the title and lead sentence embeddings.';
COMMENT ON COLUMN discovered_articles.similarity IS 'Cosine similarity to the story centroid when it joined; NULL for the article that started the story.';
COMMENT ON COLUMN discovered_articles.syndicated_of IS 'When this is a syndicated copy (near-identical text of another outlet''s earlier article in the story): that original''s article_id. Copies count once towards agreement: not in discovered_stories.n_outlets, and claims.n_outlets of discovered stories counts an original and its copies as one outlet.';
COMMENT ON COLUMN discovered_articles.syndication_score IS 'Share of the shorter text''s word 5-grams found in the other (1 = the whole of it).';
COMMENT ON COLUMN discovered_articles.run_id IS 'Run that read it.';

CREATE TABLE IF NOT EXISTS discovered_stories (
    story_id            VARCHAR NOT NULL PRIMARY KEY,
    title               VARCHAR,
    founder_article_id  VARCHAR,
    first_published_at  TIMESTAMPTZ NOT NULL,
    last_published_at   TIMESTAMPTZ NOT NULL,
    n_articles          INTEGER NOT NULL,
    n_outlets           INTEGER NOT NULL,
    vector_sum          FLOAT[{dim}],
    created_at          TIMESTAMPTZ,
    updated_at          TIMESTAMPTZ,
    reconciled_at       TIMESTAMPTZ,
    reconciled_articles INTEGER,
    reconcile_status    VARCHAR,
    run_id              VARCHAR
);
COMMENT ON TABLE discovered_stories IS 'Stories formed by grouping discovered articles; a story keeps its id as it grows and is reconciled (rows in stories, claims, ...) once it has articles from enough outlets.';
COMMENT ON COLUMN discovered_stories.story_id IS 'Stable id from the article that started it: publication date, title words and a hash of its feed entry.';
COMMENT ON COLUMN discovered_stories.title IS 'Title of the article that started it.';
COMMENT ON COLUMN discovered_stories.founder_article_id IS 'The article that started it.';
COMMENT ON COLUMN discovered_stories.first_published_at IS 'Earliest publication time of its articles.';
COMMENT ON COLUMN discovered_stories.last_published_at IS 'Latest publication time of its articles; with first_published_at, the span new articles are matched within (plus the window).';
COMMENT ON COLUMN discovered_stories.n_articles IS 'Member articles.';
COMMENT ON COLUMN discovered_stories.n_outlets IS 'Independent outlets: outlets with an article that is not a syndicated copy.';
COMMENT ON COLUMN discovered_stories.vector_sum IS 'Sum of the members'' grouping vectors; its direction is the story centroid.';
COMMENT ON COLUMN discovered_stories.created_at IS 'When the story was formed.';
COMMENT ON COLUMN discovered_stories.updated_at IS 'When it last gained an article.';
COMMENT ON COLUMN discovered_stories.reconciled_at IS 'When it was last reconciled; NULL while it waits for enough outlets.';
COMMENT ON COLUMN discovered_stories.reconciled_articles IS 'n_articles at its last reconciliation: it is reconciled again when n_articles differs.';
COMMENT ON COLUMN discovered_stories.reconcile_status IS 'ok, or failed: reason, of the last reconciliation.';
COMMENT ON COLUMN discovered_stories.run_id IS 'Run that last changed its membership.';

-- Verdicts (reconcile verdict ID VERDICT): a person's word on a conflict or a claim, stored under a
-- key derived from content (not ids), so it still applies after re-runs that renumber ids.

CREATE TABLE IF NOT EXISTS verdicts (
    verdict_key VARCHAR NOT NULL PRIMARY KEY,
    target      VARCHAR NOT NULL,
    verdict     VARCHAR NOT NULL,
    story_id    VARCHAR NOT NULL,
    item_id     VARCHAR NOT NULL,
    kind        VARCHAR,
    detail      VARCHAR,
    note        VARCHAR,
    decided_by  VARCHAR,
    decided_at  TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE verdicts IS 'A person''s verdict on a conflict (not-a-conflict hides it from v_discrepancies and the reports; confirmed marks it) or a claim (split: its sentences are not one claim; same-claim); the latest verdict per key wins. Used by reconcile calibrate --verdicts as extra labels.';
COMMENT ON COLUMN verdicts.verdict_key IS 'Content key: v_discrepancies_all.verdict_key (story, kind, and per side outlet, sentence and value) or v_claims.verdict_key (story and its members'' outlets and sentences).';
COMMENT ON COLUMN verdicts.target IS 'discrepancy or claim.';
COMMENT ON COLUMN verdicts.verdict IS 'not-a-conflict or confirmed (a discrepancy); split or same-claim (a claim).';
COMMENT ON COLUMN verdicts.story_id IS 'Story of the item.';
COMMENT ON COLUMN verdicts.item_id IS 'The discrepancy_id or claim_id the verdict was given on (ids can change on later runs; the key does not).';
COMMENT ON COLUMN verdicts.kind IS 'Kind of the discrepancy (number, date, entity, negation); NULL for a claim.';
COMMENT ON COLUMN verdicts.detail IS 'What was judged, in words: kind: value_a (outlet) vs value_b (outlet), or the claim''s representative sentence.';
COMMENT ON COLUMN verdicts.note IS 'The --note given, if any.';
COMMENT ON COLUMN verdicts.decided_by IS 'Who gave it: --by, else $RECONCILE_USER, else the login name.';
COMMENT ON COLUMN verdicts.decided_at IS 'When it was given.';
