"""The example queries of `warehouse/queries/`: loading, running, and showing them in the README."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from .store import SQL_DIR

QUERIES_DIR = SQL_DIR / "queries"
START, END = "<!-- queries:start -->", "<!-- queries:end -->"


@dataclass(frozen=True)
class Query:
    """One example query file."""

    name: str
    """File name, e.g. '01_number_disagreements.sql'."""
    question: str
    """The first line of its header comment: the question it answers."""
    sql: str
    """The whole file, header comment included, without trailing whitespace."""


def load_queries(folder: Traversable | Path = QUERIES_DIR) -> list[Query]:
    """Every `*.sql` file of the folder (package data by default), in file-name order."""
    out = []
    for path in sorted((p for p in folder.iterdir() if p.name.endswith(".sql")), key=lambda p: p.name):
        sql = path.read_text(encoding="utf-8").rstrip()
        first = next((ln for ln in sql.splitlines() if ln.strip()), "")
        if not first.startswith("--"):
            raise ValueError(f"{path}: an example query starts with a '-- question' header comment")
        out.append(Query(path.name, first.lstrip("-").strip(), sql))
    return out


def run_query(con: Any, query: Query) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Column names and rows of the query on an open connection."""
    cur = con.execute(query.sql)
    return [d[0] for d in cur.description], cur.fetchall()


def _cell(value: Any, width: int) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, float):
        text = f"{value:g}"
    elif isinstance(value, (list, tuple)):
        text = ", ".join(str(v) for v in value)
    else:
        text = str(value)
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) > width:
        text = text[: width - 1].rstrip() + "\u2026"
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")


def markdown_table(columns: list[str], rows: list[tuple[Any, ...]], width: int = 90) -> str:
    """A Markdown table; cells longer than `width` characters are cut with an ellipsis."""
    lines = ["| " + " | ".join(columns) + " |", "|" + "|".join("---" for _ in columns) + "|"]
    lines += ["| " + " | ".join(_cell(v, width) for v in row) + " |" for row in rows]
    if not rows:
        lines.append("(no rows)")
    return "\n".join(lines)


def readme_block(query: Query, columns: list[str], rows: list[tuple[Any, ...]]) -> str:
    """The README's text for one query: question, file, SQL and its output."""
    return "\n".join(
        [
            f"<!-- query: {query.name} -->",
            f"**{query.question}** (`warehouse/queries/{query.name}`)",
            "",
            "```sql",
            query.sql,
            "```",
            "",
            markdown_table(columns, rows),
            f"<!-- /query: {query.name} -->",
        ]
    )


def replace_region(readme: str, body: str) -> str:
    """`readme` with the text between the queries markers replaced by `body`."""
    i, j = readme.find(START), readme.find(END)
    if i < 0 or j < i:
        raise ValueError(f"the README has no {START} ... {END} region")
    return readme[: i + len(START)] + "\n" + body.strip() + "\n" + readme[j:]


def render_region(con: Any, queries: list[Query]) -> str:
    """Every query's README block, run on an open connection."""
    blocks = []
    for q in queries:
        cols, rows = run_query(con, q)
        blocks.append(readme_block(q, cols, rows))
    return "\n\n".join(blocks)
