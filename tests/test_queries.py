"""The example queries of warehouse/queries/: exact answers on the hand-made warehouse, every
query run on the demo warehouse, and the README showing every one (like sqlite-utils' test_docs)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from handmade import SCRIPT_SENTENCE, handmade_fixture

from reconcile.queries import END, QUERIES_DIR, START, load_queries, markdown_table, run_query
from reconcile.store import VIEWS_FILE, connect

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
QUERIES = load_queries()

handmade_db = handmade_fixture()

# Each query's answer on the hand-made warehouse (tests/handmade.py), counted by hand.
EXPECTED = {
    "01_number_disagreements.sql": [
        ("AP", "BBC", 1, 1, 0.0),
        ("Los Angeles Times", "Reuters", 1, 1, 0.0),
        ("BBC", "Reuters", 1, 4, 0.75),
        ("AP", "Reuters", 0, 2, 0.5),
        ("BBC", "Los Angeles Times", 0, 2, 0.5),
    ],
    "02_only_one_outlet_this_week.sql": [
        ("quake", "Reuters", "2026-03-05 08:30", "Insurers expect claims to rise."),
        ("mine", "AP", "2026-03-02 16:00", SCRIPT_SENTENCE),
        ("mine", "BBC", "2026-03-02 09:00", "A local choir sang outside the hospital."),
    ],
    "03_claims_every_outlet_carries.sql": [
        ("mine", 3, 2, "Rescuers brought 14 miners to the surface on Tuesday."),
        ("quake", 3, 2, "The earthquake killed dozens of people, officials said."),
    ],
    "04_conflicts_hours_apart.sql": [
        ("mine", "number", "BBC", "14", "AP", "12", 7.0),
        ("mine", "date", "Reuters", "March 1", "AP", "March 2", 6.0),
    ],
    "05_stories_most_conflicts.sql": [
        ("mine", 3, 3, 2, 3, 2, 1, 0, 0),
        ("quake", 3, 3, 2, 3, 1, 0, 1, 1),
    ],
    "06_outlet_agreement.sql": [
        ("BBC", 3, 7, 4, 3, 0.571),
        ("Reuters", 3, 7, 4, 4, 0.571),
        ("AP", 2, 3, 1, 2, 0.333),
        ("Los Angeles Times", 2, 3, 1, 3, 0.333),
    ],
    "07_outlet_exclusives.sql": [
        ("AP", 1, 3, 1, 0.333),
        ("BBC", 2, 6, 1, 0.167),
        ("Reuters", 2, 6, 1, 0.167),
        ("Los Angeles Times", 1, 2, 0, 0.0),
    ],
}


def test_at_least_six_queries_each_with_a_question_and_an_expectation():
    assert len(QUERIES) >= 6
    assert {q.name for q in QUERIES} == set(EXPECTED), "every query file needs a hand-counted expectation"
    for q in QUERIES:
        assert q.question and not q.question.startswith("-"), q.name
        header = [ln for ln in q.sql.splitlines() if ln.startswith("--")]
        assert len(header) >= 2, f"{q.name}: a question line and at least one line saying what it shows"


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_query_answers_hand_counted(handmade_db, query):
    with connect(handmade_db, read_only=True) as con:
        _cols, got = run_query(con, query)
    assert [tuple(r) for r in got] == EXPECTED[query.name]


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_query_runs_on_demo_warehouse(demo_db, query):
    with connect(demo_db, read_only=True) as con:
        cols, got = run_query(con, query)
        n_stories = con.execute("SELECT count(*) FROM stories").fetchone()[0]
    assert cols and len(set(cols)) == len(cols)
    assert all(len(r) == len(cols) for r in got)
    if query.name.startswith("05_"):  # every story listed, most conflicts first
        assert len(got) == n_stories
        conflicts = [r[cols.index("conflicts")] for r in got]
        assert conflicts == sorted(conflicts, reverse=True)
    if query.name.startswith("03_"):  # claims carried by every outlet exist in a multi-outlet fixture
        assert got


def test_queries_only_read():
    """Queries run on a read-only connection: none of them writes."""
    for q in QUERIES:
        code = "\n".join(ln.split("--")[0] for ln in q.sql.splitlines())
        assert not re.search(r"\b(INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|COPY|ATTACH)\b", code, re.IGNORECASE), q.name


# ----------------------------------------------------------------------------------------
# The README shows every query with its output
# ----------------------------------------------------------------------------------------


def readme_region() -> str:
    text = README.read_text(encoding="utf-8")
    assert START in text and END in text, "README needs the example-queries region"
    return text[text.index(START) : text.index(END)]


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_readme_shows_query_and_output(demo_db, query):
    region = readme_region()
    start, end = f"<!-- query: {query.name} -->", f"<!-- /query: {query.name} -->"
    assert start in region and end in region, f"README does not show {query.name}: run `make readme-queries`"
    block = region[region.index(start) : region.index(end)]
    assert f"```sql\n{query.sql}\n```" in block, f"README shows an old version of {query.name}"
    with connect(demo_db, read_only=True) as con:
        cols, _ = run_query(con, query)
    header = markdown_table(cols, []).splitlines()[0]
    assert header in block, f"README's output of {query.name} has other columns than the query"


def test_readme_lists_every_view():
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Querying the warehouse") :]
    for view in re.findall(r"CREATE OR REPLACE VIEW (\w+)", VIEWS_FILE.read_text(encoding="utf-8")):
        assert f"`{view}`" in section, f"README's view table misses {view}"


def test_readme_tool_rewrites_region(handmade_db, tmp_path):
    """tools/readme_queries.py fills the region from a warehouse and then reports it current."""
    readme = tmp_path / "README.md"
    readme.write_text(f"# x\n\n{START}\nstale\n{END}\n\ntail\n", encoding="utf-8")
    tool = [
        sys.executable,
        str(ROOT / "tools" / "readme_queries.py"),
        "--db",
        str(handmade_db),
        "--readme",
        str(readme),
    ]
    out = subprocess.run(tool, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    text = readme.read_text(encoding="utf-8")
    assert "stale" not in text and text.endswith("\ntail\n")
    for q in QUERIES:
        assert f"```sql\n{q.sql}\n```" in text
    assert "| AP | BBC | 1 | 1 | 0 |" in text  # 01 on the hand-made warehouse
    assert "&lt;script&gt;" in text and "<script>" not in text
    check = subprocess.run(tool + ["--check"], capture_output=True, text=True, timeout=120)
    assert check.returncode == 0 and check.stdout.strip() == "README queries are current"


def test_queries_dir_is_the_one_loaded():
    assert sorted(p.name for p in QUERIES_DIR.glob("*.sql")) == [q.name for q in QUERIES]
