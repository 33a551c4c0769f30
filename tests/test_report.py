"""Reports: the HTML matrix (parsed and rendered by headless Chromium), the credited Markdown
digest, the `reconcile report` and `reconcile export` commands through the real entry point."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import duckdb
import pytest
from conftest import run_cli
from handmade import SCRIPT_SENTENCE, STORIES, handmade_fixture

from reconcile.records import slugify
from reconcile.report import (
    attribute,
    credit,
    load_all_reports,
    load_report,
    natural_list,
    render_html,
    render_markdown,
)

handmade_db = handmade_fixture()


# ----------------------------------------------------------------------------------------
# Words
# ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "items, text",
    [
        ([], ""),
        (["Reuters"], "Reuters"),
        (["Reuters", "the BBC"], "Reuters and the BBC"),
        (["Reuters", "the BBC", "AP"], "Reuters, the BBC and AP"),
        (["A", "B", "C", "D"], "A, B, C and D"),
    ],
)
def test_natural_list(items, text):
    assert natural_list(items) == text


@pytest.mark.parametrize(
    "name, text",
    [
        ("Reuters", "Reuters"),
        ("BBC", "the BBC"),
        ("Los Angeles Times", "the Los Angeles Times"),
        ("Associated Press", "the Associated Press"),
        ("The Guardian", "The Guardian"),
        ("NPR", "NPR"),
        ("Al Jazeera", "Al Jazeera"),
    ],
)
def test_credit_reads_naturally(name, text):
    assert credit(name) == text


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("Belarus freed 52 prisoners.", "Belarus freed 52 prisoners, according to X."),
        ('He said "we are free."', 'He said "we are free," according to X.'),
        ("She said \u201cit is over.\u201d", "She said \u201cit is over,\u201d according to X."),
        ("Is it over?", "Is it over? (according to X)."),
        ("No final stop", "No final stop, according to X."),
        # one sentence of a multi-sentence quote: the quotation marks are balanced in the digest
        ("\u201cThe talks are over.", "\u201cThe talks are over,\u201d according to X."),
        ("Now the work begins,\u201d he said.", "\u201cNow the work begins,\u201d he said, according to X."),
        ('"We are not leaving.', '"We are not leaving," according to X.'),
    ],
)
def test_attribute(sentence, text):
    assert attribute(sentence, "according to X") == text


# ----------------------------------------------------------------------------------------
# The HTML page, parsed
# ----------------------------------------------------------------------------------------


class Page(HTMLParser):
    """Collects the claims matrix, the sources table, marks and every tag name seen."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs_seen: list[tuple[str, str | None]] = []
        self.columns: list[tuple[str, str]] = []  # (outlet_id, name) of the matrix header
        self.rows: list[dict] = []  # {"class", "id", "cells": {outlet_id: text}, "notes": {...}, "marks": {...}}
        self.sources: list[list[str]] = []
        self._table: str | None = None
        self._cell: tuple[str, str | None] | None = None  # (kind, outlet_id)
        self._buf: list[str] = []
        self._in_notes = 0
        self._in_mark = False
        self._mark_buf: list[str] = []
        self._head = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        self.attrs_seen.extend(attrs)
        if tag == "table":
            self._table = a.get("id")
        elif tag == "thead":
            self._head = True
        elif tag == "tbody":
            self._head = False
        elif tag == "tr" and self._table == "claims" and not self._head:
            self.rows.append({"class": a.get("class", ""), "id": a.get("id"), "cells": {}, "notes": {}, "marks": {}})
        elif tag == "tr" and self._table == "sources" and not self._head:
            self.sources.append([])
        elif tag in ("td", "th"):
            self._cell = (tag, a.get("data-outlet-id"))
            self._buf = []
            self._notes: list[str] = []
        elif tag == "ul" and "notes" in (a.get("class") or ""):
            self._in_notes += 1
        elif tag == "mark":
            self._in_mark, self._mark_buf = True, []

    def handle_endtag(self, tag):
        if tag == "ul" and self._in_notes:
            self._in_notes -= 1
        elif tag == "mark":
            self._in_mark = False
            if self.rows and self._cell and self._cell[1]:
                self.rows[-1]["marks"].setdefault(self._cell[1], []).append("".join(self._mark_buf))
        elif tag in ("td", "th") and self._cell:
            kind, oid = self._cell
            text = " ".join("".join(self._buf).split())
            if self._table == "claims" and self._head and kind == "th" and oid:
                self.columns.append((oid, text))
            elif self._table == "claims" and not self._head and kind == "td":
                self.rows[-1]["cells"][oid] = text
                self.rows[-1]["notes"][oid] = " ".join("".join(self._notes).split())
            elif self._table == "claims" and not self._head and kind == "th":
                self.rows[-1]["header"] = text
            elif self._table == "sources" and not self._head:
                self.sources[-1].append(text)
            self._cell = None
        elif tag == "table":
            self._table = None

    def handle_data(self, data):
        if self._cell is not None:
            (self._notes if self._in_notes else self._buf).append(data)
        if self._in_mark:
            self._mark_buf.append(data)


def parse(html_text: str) -> Page:
    p = Page()
    p.feed(html_text)
    p.close()
    return p


def test_html_matrix_rows_are_claims_columns_are_outlets(handmade_db):
    page = parse(render_html(load_report(handmade_db, "mine")))
    assert page.columns == [("bbc", "BBC"), ("reuters", "Reuters"), ("ap", "AP")]  # by publication time
    expected = []
    for _label, members in STORIES["mine"]["claims"]:
        expected.append({slugify(o): members.get(o, "\u2014") for o in ("BBC", "Reuters", "AP")})
    assert [r["cells"] for r in page.rows] == expected
    assert [r["class"] for r in page.rows] == [
        "claim conflict",
        "claim shared",
        "claim conflict",
        "claim unique",
        "claim unique",
    ]
    assert "only BBC" in page.rows[3]["header"] and "only AP" in page.rows[4]["header"]


def test_html_marks_conflicting_values_and_names_both(handmade_db):
    page = parse(render_html(load_report(handmade_db, "mine")))
    first = page.rows[0]
    assert first["marks"] == {"bbc": ["14"]}  # only the outlet that differs: 14 against 12 from the other two
    assert first["notes"]["bbc"] == "number: 14 here vs 12 (Reuters and AP)"
    assert first["notes"]["reuters"] == "number: 12 here vs 14 (BBC)"
    date_row = page.rows[2]
    assert date_row["marks"] == {"reuters": ["March 1"], "ap": ["March 2"]}
    assert "March 2 (AP)" in date_row["notes"]["reuters"]


def test_html_escapes_article_text(handmade_db):
    text = render_html(load_report(handmade_db, "mine"))
    page = parse(text)
    assert "script" not in page.tags  # the page has no script element at all
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert page.rows[4]["cells"]["ap"] == SCRIPT_SENTENCE  # shown as text, exactly
    # self-contained: no external assets, no event handlers
    for tag in ("link", "img", "iframe", "object", "embed"):
        assert tag not in page.tags
    assert not [k for k, _ in page.attrs_seen if k == "src" or k.startswith("on")]
    assert "@import" not in text and "url(" not in text


def test_html_header_has_story_and_outlet_metadata(handmade_db):
    text = render_html(load_report(handmade_db, "mine"))
    page = parse(text)
    assert "<h1>Miners rescued after shaft collapse</h1>" in text
    assert page.sources == [
        ["BBC", "Fourteen miners rescued", "2026-03-02 09:00 UTC", "https://www.bbc.example/news/mine-rescue"],
        ["Reuters", "Miners brought to surface", "2026-03-02 10:00 UTC", "https://www.reuters.example/world/mine"],
        ["AP", "Rescue ends at mine", "2026-03-02 16:00 UTC", "https://apnews.example/article/mine"],
    ]
    assert "5 claims, 3 reported by two or more outlets, 2 by one only" in text


def test_links_only_web_urls_and_escape_them(handmade_db):
    rep = load_report(handmade_db, "mine")
    from dataclasses import replace

    bad = replace(rep, articles=(replace(rep.articles[0], url="javascript:alert(1)"),) + rep.articles[1:])
    text = render_html(bad)
    assert 'href="javascript' not in text and "javascript:alert(1)" in text
    tricky = replace(
        rep, articles=(replace(rep.articles[0], url="https://x.example/<script>a</script>"),) + rep.articles[1:]
    )
    assert "<script>" not in render_markdown(tricky) and "<script>" not in render_html(tricky)


# ----------------------------------------------------------------------------------------
# The page in a real browser
# ----------------------------------------------------------------------------------------


def png_pixels(path: Path) -> tuple[int, int, list[list[bytes]]]:
    """Width, height and rows of RGB(A) pixels of an 8-bit, non-interlaced PNG (standard library only)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, ihdr = 8, b"", None
    while pos < len(data):
        n, typ = struct.unpack(">I4s", data[pos : pos + 8])
        chunk = data[pos + 8 : pos + 8 + n]
        if typ == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", chunk)
        elif typ == b"IDAT":
            idat += chunk
        pos += 12 + n
    w, h, depth, ctype, _, _, interlace = ihdr
    assert depth == 8 and ctype in (2, 6) and interlace == 0, ihdr
    bpp = 3 if ctype == 2 else 4
    raw = zlib.decompress(idat)
    stride = w * bpp
    rows, prev = [], bytearray(stride)
    for y in range(h):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append([bytes(line[i : i + 3]) for i in range(0, stride, bpp)])
        prev = line
    return w, h, rows


@pytest.mark.skipif(
    shutil.which("chromium") is None,
    reason="chromium is not installed (apt-get install -y chromium; .ci/run installs it)",
)
def test_html_renders_in_headless_chromium(handmade_db, tmp_path):
    page = tmp_path / "mine.html"
    page.write_text(render_html(load_report(handmade_db, "mine")), encoding="utf-8")
    png = tmp_path / "mine.png"
    cmd = [
        "chromium",
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
        f"--screenshot={png}",
        "--window-size=1400,1000",
        page.as_uri(),
    ]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env={**os.environ, "HOME": str(tmp_path)})
    assert png.exists(), f"no screenshot (exit {out.returncode}): {out.stderr[-500:]}"
    assert png.stat().st_size > 10_000
    w, h, rows = png_pixels(png)
    assert (w, h) == (1400, 1000)
    pixels = [p for row in rows for p in row[::4]]  # every 4th column is plenty
    non_white = sum(1 for p in pixels if min(p) < 235)
    assert non_white / len(pixels) > 0.03, "the page looks blank"
    assert len(set(pixels)) > 50, "too few colours for a rendered table of text"
    # the <mark> highlight (#ffe27a) is painted somewhere
    assert any(p[0] > 240 and 210 < p[1] < 240 and 100 < p[2] < 150 for p in pixels), "no highlighted value"
    # and nothing ran: the escaped <script> would have had to execute to change the title
    assert "owned" not in out.stdout


# ----------------------------------------------------------------------------------------
# The credited digest
# ----------------------------------------------------------------------------------------


def test_markdown_digest_credits_differences_and_uniques(handmade_db):
    md = render_markdown(load_report(handmade_db, "mine"))
    paragraphs = md.split("## What the outlets report\n\n")[1].split("\n\n## Where they differ")[0].split("\n\n")
    assert paragraphs == [
        "Rescuers brought 12 miners to the surface on Tuesday, according to Reuters and AP; "
        "the BBC differs on the figure (see below).",
        "The mine had been closed for inspections last year, according to the BBC and Reuters.",
        "The company said the shaft collapsed on March 2, according to AP; Reuters differs on the date (see below).",
    ]
    differ = md.split("## Where they differ\n\n")[1].split("\n\n## ")[0]
    assert (
        "- The BBC puts the figure at 14; Reuters and AP at 12. AP published 7 hours after the BBC, "
        "so its figure may be an update rather than a conflict."
    ) in differ
    assert "- Reuters gives the date as March 1; AP as March 2." in differ
    # each side of a disagreement is quoted under it, credited, in column order
    assert differ.split("\n")[1:4] == [
        "  - The BBC: \u201cRescuers brought 14 miners to the surface on Tuesday.\u201d",
        "  - Reuters: \u201cRescuers brought 12 miners to the surface on Tuesday.\u201d",
        "  - AP: \u201cRescue teams brought 12 miners to the surface on Tuesday.\u201d",
    ]
    assert differ.split("\n")[5:] == [
        "  - Reuters: \u201cThe company said the shaft collapsed on March 1.\u201d",
        "  - AP: \u201cThe company said the shaft collapsed on March 2.\u201d",
    ]
    uniques = md.split("## Reported by one outlet only\n\n")[1]
    assert uniques.startswith(
        "Only the BBC reports:\n\n- A local choir sang outside the hospital.\n\nOnly AP reports:\n\n- "
    )
    assert "<script>" not in md and "&lt;script&gt;" in md
    assert md.startswith("# Miners rescued after shaft collapse\n")
    assert (
        "- **BBC**, \u201cFourteen miners rescued\u201d, 2026-03-02 09:00 UTC: <https://www.bbc.example/news/mine-rescue>"
        in md
    )


def test_markdown_digest_groups_values_and_polarity(handmade_db):
    md = render_markdown(load_report(handmade_db, "quake"))
    assert (
        "The earthquake killed dozens of people, officials said, according to the BBC, Reuters and "
        "the Los Angeles Times; Reuters and the Los Angeles Times disagree on the figure and a name "
        "(see below)."
    ) in md
    assert (
        "Reuters puts the figure at 32; the Los Angeles Times at 30. Reuters gives the name as Ana Ruiz; "
        "the Los Angeles Times as Ana Rios."
    ) in md
    assert (
        "- The BBC puts it in the negative (\u201cnot damaged\u201d); the Los Angeles Times in the "
        "affirmative (\u201cdamaged\u201d)."
    ) in md
    assert (
        "The governor said the port was not damaged, according to the BBC; the Los Angeles Times says otherwise" in md
    )
    assert "Only Reuters reports:\n\n- Insurers expect claims to rise." in md


# ----------------------------------------------------------------------------------------
# The commands, through the real entry point
# ----------------------------------------------------------------------------------------


def test_cli_report_writes_html_and_markdown(handmade_db, tmp_path):
    before = (handmade_db.stat().st_mtime_ns, handmade_db.stat().st_size)
    h, m = tmp_path / "out" / "mine.html", tmp_path / "mine.md"
    r = run_cli("report", "mine", "--db", str(handmade_db), "--html", str(h), "--markdown", str(m))
    assert r.returncode == 0, r.stderr
    assert r.stdout == f"report mine: {h}\ndigest mine: {m}\n"
    assert h.read_text(encoding="utf-8") == render_html(load_report(handmade_db, "mine"))
    assert m.read_text(encoding="utf-8") == render_markdown(load_report(handmade_db, "mine"))
    assert (handmade_db.stat().st_mtime_ns, handmade_db.stat().st_size) == before  # read-only


def test_cli_report_prints_digest_without_outputs(handmade_db):
    r = run_cli("report", "quake", "--db", str(handmade_db))
    assert r.returncode == 0 and r.stderr == ""
    assert r.stdout == render_markdown(load_report(handmade_db, "quake"))


def test_cli_report_all(handmade_db, tmp_path):
    out = tmp_path / "reports"
    r = run_cli("report", "--all", "--out", str(out), "--db", str(handmade_db))
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [
        f"report mine: {out / 'mine.html'} {out / 'mine.md'}",
        f"report quake: {out / 'quake.html'} {out / 'quake.md'}",
    ]
    assert sorted(p.name for p in out.iterdir()) == ["mine.html", "mine.md", "quake.html", "quake.md"]


def test_cli_report_unknown_story(handmade_db):
    r = run_cli("report", "no-such-story", "--db", str(handmade_db))
    assert r.returncode == 1
    assert r.stderr == f"reconcile: error: story 'no-such-story' is not in {handmade_db} (it holds: mine, quake)\n"
    assert r.stdout == ""


def test_cli_report_missing_warehouse(tmp_path):
    db = tmp_path / "nothing.duckdb"
    r = run_cli("report", "mine", "--db", str(db))
    assert r.returncode == 1
    assert r.stderr == f"reconcile: error: {db}: no warehouse here (run `reconcile run` first)\n"
    assert not db.exists()


def test_cli_report_not_a_warehouse(tmp_path):
    db = tmp_path / "empty.duckdb"
    duckdb.connect(str(db)).close()
    r = run_cli("report", "mine", "--db", str(db))
    assert r.returncode == 1
    assert r.stderr == f"reconcile: error: {db}: not a reconcile warehouse (no stories table)\n"


@pytest.mark.parametrize(
    "args, message",
    [
        ([], "give a STORY_ID, or --all with --out DIR"),
        (["--all"], "--all needs --out DIR"),
        (["mine", "--all", "--out", "x"], "give a STORY_ID or --all, not both"),
        (["mine", "--out", "x", "--html", "y.html"], "--out cannot be combined with --html or --markdown"),
    ],
)
def test_cli_report_usage_errors(args, message):
    r = run_cli("report", *args)
    assert r.returncode == 2
    assert r.stderr == f"reconcile: error: {message} (see reconcile report --help)\n"


def test_cli_export_parquet(handmade_db, tmp_path):
    out = tmp_path / "parquet"
    r = run_cli("export", "--parquet", str(out), "--db", str(handmade_db))
    assert r.returncode == 0, r.stderr
    con = duckdb.connect(str(handmade_db), read_only=True)
    try:
        names = [t for (t,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()]
        names += [v for (v,) in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()]
        assert {"stories", "claims", "discrepancies", "v_outlet_pairs", "v_outlet_coverage"} <= set(names)
        assert r.stdout.splitlines()[-1] == f"exported {len(names)} tables and views from {handmade_db} to {out}"
        assert sorted(p.stem for p in out.glob("*.parquet")) == sorted(names)
        for name in names:
            want = con.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
            got = con.execute(f"SELECT count(*) FROM read_parquet('{out / (name + '.parquet')}')").fetchone()[0]
            assert got == want, name
        pairs = con.execute(
            f"SELECT * FROM read_parquet('{out / 'v_outlet_pairs.parquet'}') ORDER BY outlet_id_a, outlet_id_b"
        ).fetchall()
        assert pairs == con.execute("SELECT * FROM v_outlet_pairs ORDER BY outlet_id_a, outlet_id_b").fetchall()
    finally:
        con.close()


def test_cli_export_into_a_file_says_it_is_a_file(handmade_db, tmp_path):
    out = tmp_path / "taken.parquet"
    out.write_text("not a folder", encoding="utf-8")
    r = run_cli("export", "--parquet", str(out), "--db", str(handmade_db))
    assert r.returncode == 1
    assert r.stderr == f"reconcile: error: {out}: is a file, not a folder; give a folder for the Parquet files\n"
    assert out.read_text(encoding="utf-8") == "not a folder"


def test_cli_export_missing_warehouse(tmp_path):
    db = tmp_path / "nothing.duckdb"
    r = run_cli("export", "--parquet", str(tmp_path / "p"), "--db", str(db))
    assert r.returncode == 1
    assert r.stderr == f"reconcile: error: {db}: no warehouse here (run `reconcile run` first)\n"


# ----------------------------------------------------------------------------------------
# Every fixture story
# ----------------------------------------------------------------------------------------


def test_demo_reports_show_every_claim_and_outlet(demo_db):
    reports = load_all_reports(demo_db)
    con = duckdb.connect(str(demo_db), read_only=True)
    try:
        stories = {
            sid: (n_out, n_claims)
            for sid, n_out, n_claims in con.execute("SELECT story_id, n_outlets, n_claims FROM stories").fetchall()
        }
        n_disc = dict(con.execute("SELECT story_id, count(*) FROM discrepancies GROUP BY story_id").fetchall())
    finally:
        con.close()
    assert sorted(r.story_id for r in reports) == sorted(stories)
    for rep in reports:
        page = parse(render_html(rep))
        n_out, n_claims = stories[rep.story_id]
        assert len(page.columns) == n_out and len(page.rows) == n_claims, rep.story_id
        assert all(set(r["cells"]) == {o for o, _ in page.columns} for r in page.rows)
        assert "script" not in page.tags
        assert rep.n_conflicts == n_disc.get(rep.story_id, 0)
        md = render_markdown(rep)
        for heading in (
            "## Sources",
            "## What the outlets report",
            "## Where they differ",
            "## Reported by one outlet only",
        ):
            assert heading in md, (rep.story_id, heading)
        body = md.split("## What the outlets report\n\n")[1].split("\n\n## Where they differ")[0]
        paragraphs = body.split("\n\n") if rep.shared_claims else []
        assert len(paragraphs) == len(rep.shared_claims), rep.story_id
        # every shared claim is credited: "..., according to X and Y", or "..., as reported by X" when
        # the sentence itself opens with "According to"
        assert all(("according to " in p or "as reported by " in p) and p.endswith(".") for p in paragraphs), (
            rep.story_id
        )


def test_reports_say_what_changed_since_the_previous_run(tmp_path):
    """The digest and the HTML page list the story_changes of the story's latest run."""
    from datetime import datetime, timezone

    import numpy as np
    from handmade import story_result

    from reconcile.store import RunRecord, write_run

    db = tmp_path / "w.duckdb"
    res, emb = story_result("mine", np.random.default_rng(7))
    dim = len(next(iter(emb.values())))
    first = RunRecord("r1", datetime(2026, 3, 6, tzinfo=timezone.utc), "handmade-model", {}, "test")
    write_run(db, first, [res], emb, {}, dim, 0, 0, 5)
    assert load_report(db, "mine").changes == ()
    assert "Changes since the previous run" not in render_markdown(load_report(db, "mine"))
    gone = res.discrepancies[0]
    res.discrepancies = res.discrepancies[1:]
    second = RunRecord("r2", datetime(2026, 3, 7, tzinfo=timezone.utc), "handmade-model", {}, "test")
    write_run(db, second, [res], emb, {}, dim, 0, 0, 5)
    rep = load_report(db, "mine")
    detail = f"{gone.kind}: {gone.value_a} vs {gone.value_b}"
    assert rep.changes == (("discrepancy_resolved", detail),)
    md = render_markdown(rep)
    assert md.endswith(f"## Changes since the previous run\n\n- Conflict resolved: {detail}\n")
    assert f"<li><b>Conflict resolved</b>: {detail}</li>" in render_html(rep)


def test_html_compact_matrix_keeps_every_sentence_behind_a_mark(handmade_db, tmp_path):
    """With many outlets the matrix fits a laptop: a mark per outlet, the claim's sentence in the first
    column, each outlet's sentence (and notes) still in its cell for hover and for 'show every sentence'."""
    rep = load_report(handmade_db, "mine")
    full, compact = render_html(rep), render_html(rep, compact=True)
    assert 'class="matrix compact"' in compact and 'class="matrix compact"' not in full
    assert '<input type="checkbox" id="full">' in compact and "<input" not in full
    a, b = parse(full), parse(compact)
    assert b.columns == a.columns and [r["cells"] for r in b.rows] == [r["cells"] for r in a.rows]
    assert [r["notes"] for r in b.rows] == [r["notes"] for r in a.rows]
    assert [r["marks"] for r in b.rows] == [r["marks"] for r in a.rows]
    # the first column names the claim (its representative sentence) and who differs
    assert STORIES["mine"]["claims"][0][1]["Reuters"] in b.rows[0]["header"]  # the majority value
    assert "conflict: BBC differs" in b.rows[0]["header"]
    # default: compact only beyond COMPACT_OUTLETS outlets
    from reconcile.report import COMPACT_OUTLETS

    assert len(rep.outlets) <= COMPACT_OUTLETS
