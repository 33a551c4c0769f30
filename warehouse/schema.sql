-- reconcile warehouse schema. The one source of truth: reconcile/store.py executes this file,
-- replacing {dim} with the embedding size of the warehouse's model when the file is created.
-- Derived rows (articles, sentences, claims, claim_sentences, discrepancies, article_skips) are
-- replaced per story in one transaction; runs, fetches and article_versions are only appended to.

CREATE TABLE IF NOT EXISTS schema_info (
    key   VARCHAR NOT NULL,
    value VARCHAR
);
COMMENT ON TABLE schema_info IS 'Warehouse metadata: schema version, embedding model and vector size.';
COMMENT ON COLUMN schema_info.key IS 'Setting name: version, model, dim.';
COMMENT ON COLUMN schema_info.value IS 'Setting value, as text.';

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

CREATE TABLE IF NOT EXISTS embedding_cache (
    model     VARCHAR NOT NULL,
    text_hash VARCHAR NOT NULL,
    embedding FLOAT[{dim}] NOT NULL
);
COMMENT ON TABLE embedding_cache IS 'Embeddings by (model, sentence text), so unchanged sentences are never embedded twice.';
COMMENT ON COLUMN embedding_cache.model IS 'Embedding model.';
COMMENT ON COLUMN embedding_cache.text_hash IS 'sha256 of the sentence text as embedded.';
COMMENT ON COLUMN embedding_cache.embedding IS 'Unit-length embedding.';
