"""The warehouse: the only code that talks to DuckDB. The SQL it runs is package data of
`warehouse/` (schema.sql, views.sql, queries/), read with importlib.resources.

- connection: opening the file (bounded waits for another process's lock), transactions, Arrow inserts
- schema: creating the schema, named and recorded migrations, the embedding model a warehouse holds
- runs: a run's stories (each story's rows replaced in one transaction), story_changes, the run row
- history: fetches, raw pages (each distinct page once) and article versions, appended to
- cache: the embedding cache
- discovery: outlets, feeds, feed entries, discovered articles and stories (reconcile watch)
- verdicts: a person's verdicts on conflicts and claims, keyed by content
- reports: what a story's report reads (conflicts as the views show them)
- export: every table and view as Parquet

Outside this package only `reconcile/queries.py` runs SQL: the README's example queries, on a
connection opened here.
"""

from .cache import cached_embeddings, insert_cache, stored_dimension
from .connection import SCHEMA_FILE, SQL_DIR, VIEWS_FILE, connect, sql_file, transaction
from .history import append_history, latest_raw_pages
from .runs import (
    CHANGE_KINDS,
    STORY_TABLES,
    RunRecord,
    change_counts,
    insert_staged,
    new_conflicts,
    stored_articles,
    stored_fingerprints,
    story_changes,
    write_run,
    write_story,
)
from .schema import (
    MIGRATIONS,
    SCHEMA_VERSION,
    Migration,
    applied_migrations,
    check_model,
    ensure_schema,
    migrate,
    schema_info,
)
from .verdicts import VERDICTS, UnknownItem, Verdict, list_verdicts, record_verdict

__all__ = [
    "CHANGE_KINDS",
    "MIGRATIONS",
    "SCHEMA_FILE",
    "SCHEMA_VERSION",
    "SQL_DIR",
    "STORY_TABLES",
    "VERDICTS",
    "VIEWS_FILE",
    "Migration",
    "RunRecord",
    "UnknownItem",
    "Verdict",
    "append_history",
    "applied_migrations",
    "cached_embeddings",
    "change_counts",
    "check_model",
    "connect",
    "ensure_schema",
    "insert_cache",
    "insert_staged",
    "latest_raw_pages",
    "list_verdicts",
    "migrate",
    "new_conflicts",
    "record_verdict",
    "schema_info",
    "sql_file",
    "story_changes",
    "stored_articles",
    "stored_dimension",
    "stored_fingerprints",
    "transaction",
    "write_run",
    "write_story",
]
