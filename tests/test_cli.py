"""The CLI through its real entry point: exit codes, one-line errors, nothing lost."""

import shutil
import subprocess
import sys
import textwrap
import tomllib

import pytest
from conftest import STORIES, run_cli

from reconcile.store import connect


def copy_story(src, dst):
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("expected", "truth.toml"))
    return dst


def manifest(folder):
    return tomllib.loads((folder / "story.toml").read_text(encoding="utf-8"))


def write_manifest(folder, doc):
    lines = [f"id = {doc['id']!r}".replace("'", '"')] if "id" in doc else []
    for a in doc["articles"]:
        lines.append("[[articles]]")
        lines += [f'{k} = "{v}"' for k, v in a.items()]
    (folder / "story.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_help_is_instant_and_lists_commands():
    r = run_cli("--help")
    assert r.returncode == 0 and "run" in r.stdout and "eval" in r.stdout


def test_no_arguments_is_a_usage_error():
    r = run_cli("run")
    assert r.returncode == 2
    assert r.stderr.startswith("reconcile: error: the following arguments are required: PATH")


def test_missing_path_and_bad_manifest_stop_before_any_work(tmp_path):
    r = run_cli("run", str(tmp_path / "nope"), "--db", str(tmp_path / "w.duckdb"))
    assert r.returncode == 2
    assert r.stderr.strip().splitlines()[-1] == f"reconcile: error: {tmp_path / 'nope'}: no such file or directory"
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "story.toml").write_text('id = "x"\n[[articles]]\noutlet = "BBC"\n', encoding="utf-8")
    good = copy_story(STORIES[0], tmp_path / "good")
    r = run_cli("run", str(good), str(bad), "--db", str(tmp_path / "w.duckdb"))
    assert r.returncode == 2
    assert (
        r.stderr.strip().splitlines()[-1]
        == f"reconcile: error: {bad / 'story.toml'}: article 1: article has neither 'file' nor 'url'"
    )
    assert "Traceback" not in r.stderr
    assert not (tmp_path / "w.duckdb").exists()


@pytest.mark.slow
def test_bad_articles_are_skipped_and_a_dead_story_keeps_its_old_rows(tmp_path):
    db = str(tmp_path / "w.duckdb")
    a = copy_story(STORIES[0], tmp_path / "a")
    b = copy_story(STORIES[1], tmp_path / "b")
    r = run_cli("run", str(a), str(b), "--db", db)
    assert r.returncode == 0, r.stderr
    with connect(tmp_path / "w.duckdb", read_only=True) as con:
        before_b = con.execute(
            "SELECT count(*) FROM sentences s JOIN articles x USING (article_id) WHERE x.story_id = ?",
            [manifest(b).get("id", "b")],
        ).fetchone()[0]
    # Story a: add broken entries beside the good ones.
    (a / "empty.html").write_text("", encoding="utf-8")
    (a / "binary.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 4)
    (a / "latin1.txt").write_bytes("Caf\xe9 ".encode("latin-1") * 400)
    (tmp_path / "outside.html").write_text("<p>secret</p>", encoding="utf-8")
    doc = manifest(a)
    doc["articles"] += [
        {"outlet": "Empty", "file": "empty.html"},
        {"outlet": "Binary", "file": "binary.html"},
        {"outlet": "Latin", "file": "latin1.txt"},
        {"outlet": "Escape", "file": "../outside.html"},
        {"outlet": "Gone", "file": "gone.html"},
    ]
    write_manifest(a, doc)
    # Story b: every article broken.
    for art in manifest(b)["articles"]:
        (b / art["file"]).write_text("   ", encoding="utf-8")
    r = run_cli("run", str(a), str(b), "--db", db)
    assert r.returncode == 1
    err = r.stderr
    assert "Traceback" not in err
    for needle in (
        "empty.html: file is empty",
        "binary.html: binary data, not an HTML or text page",
        "latin1.txt: not valid UTF-8 text",
        "outside.html: file is outside the story folder",
        "gone.html: no such file",
    ):
        assert sum(needle in line for line in err.splitlines()) >= 1, needle
    assert f"story {manifest(b).get('id', 'b')!r} not reconciled: no usable article" in err
    with connect(tmp_path / "w.duckdb", read_only=True) as con:
        after_b = con.execute(
            "SELECT count(*) FROM sentences s JOIN articles x USING (article_id) WHERE x.story_id = ?",
            [manifest(b).get("id", "b")],
        ).fetchone()[0]
        outlets_a = {
            o
            for (o,) in con.execute(
                "SELECT outlet FROM articles WHERE story_id = ?", [manifest(a).get("id", "a")]
            ).fetchall()
        }
        skips = con.execute(
            "SELECT count(*) FROM article_skips WHERE story_id = ?", [manifest(a).get("id", "a")]
        ).fetchone()[0]
    assert after_b == before_b > 0  # the dead story's earlier rows are intact
    assert outlets_a == {x["outlet"] for x in manifest(STORIES[0])["articles"]}
    assert skips == 5


@pytest.mark.slow
def test_an_article_that_cannot_be_read_again_keeps_its_stored_version(tmp_path):
    db = tmp_path / "w.duckdb"
    a = copy_story(STORIES[0], tmp_path / "a")
    r = run_cli("run", str(a), "--db", str(db))
    assert r.returncode == 0, r.stderr
    story_id = manifest(a).get("id", "a")
    query = (
        "SELECT a.outlet, s.sentence_id, s.text FROM sentences s JOIN articles a USING (article_id) "
        "WHERE a.story_id = ? ORDER BY 2"
    )
    with connect(db, read_only=True) as con:
        before = con.execute(query, [story_id]).fetchall()
        claims = con.execute("SELECT count(*) FROM claims WHERE story_id = ?", [story_id]).fetchone()
    first, second = manifest(a)["articles"][:2]
    (a / first["file"]).write_text("", encoding="utf-8")  # emptied
    (a / second["file"]).write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")  # no article
    r = run_cli("run", str(a), "--db", str(db))
    assert r.returncode == 0, r.stderr
    for art, why in ((first, "file is empty"), (second, "no article text found")):
        path = a / art["file"]
        assert f"reconcile: warning: {path}: {why}" in r.stderr.splitlines()
        assert f"{path}: kept {art['outlet']}'s article as run " in r.stderr
    with connect(db, read_only=True) as con:
        assert con.execute(query, [story_id]).fetchall() == before
        assert con.execute("SELECT count(*) FROM claims WHERE story_id = ?", [story_id]).fetchone() == claims
        assert con.execute("SELECT count(*) FROM article_skips WHERE story_id = ?", [story_id]).fetchone() == (2,)


@pytest.mark.slow
def test_one_article_story_is_reconciled_with_a_warning(tmp_path):
    a = copy_story(STORIES[0], tmp_path / "solo")
    doc = manifest(a)
    doc["articles"] = doc["articles"][:1]
    write_manifest(a, doc)
    r = run_cli("run", str(a), "--db", str(tmp_path / "w.duckdb"), "--json")
    assert r.returncode == 0, r.stderr
    assert "only one outlet's article is usable; all its claims are unique" in r.stderr
    import json

    line = json.loads(r.stdout)["stories"][0]
    assert line["outlets"] == 1 and line["shared_claims"] == 0 and line["claims"] == line["sentences"]


def test_a_glob_of_no_story_is_a_usage_error_after_the_notices(tmp_path):
    (tmp_path / "README.md").write_text("# notes\n", encoding="utf-8")
    (tmp_path / "discovery").mkdir()
    (tmp_path / "discovery" / "outlets.toml").write_text("", encoding="utf-8")
    r = run_cli("run", str(tmp_path / "README.md"), str(tmp_path / "discovery"), "--db", str(tmp_path / "w.duckdb"))
    assert r.returncode == 2
    assert r.stderr.splitlines() == [
        f"reconcile: skipping {tmp_path / 'README.md'}: not a story folder or story.toml",
        f"reconcile: skipping {tmp_path / 'discovery'}: not a story folder (no story.toml, no .html/.htm/.txt/.md "
        "pages and no story folders in it)",
        "reconcile: error: no story among the 2 paths given",
    ]
    # Given alone, a path that is no story is the error it always was.
    r = run_cli("run", str(tmp_path / "README.md"), "--db", str(tmp_path / "w.duckdb"))
    assert r.returncode == 2
    assert r.stderr.splitlines() == [
        f"reconcile: error: {tmp_path / 'README.md'}: expected a story folder or a story.toml file"
    ]


@pytest.mark.slow
def test_a_folder_of_story_folders_and_a_glob_with_other_files(tmp_path):
    import json

    root = tmp_path / "stories"
    root.mkdir()
    a = copy_story(STORIES[0], root / "a-story")
    b = copy_story(STORIES[1], root / "b-story")
    (root / "README.md").write_text("# notes\n", encoding="utf-8")
    (root / "discovery").mkdir()
    (root / "discovery" / "outlets.toml").write_text("", encoding="utf-8")
    db = str(tmp_path / "w.duckdb")
    # The shell expands fixtures/* to every entry of the folder, sorted.
    r = run_cli("run", *sorted(str(p) for p in root.iterdir()), "--db", db, "--json")
    assert r.returncode == 0, r.stderr
    assert r.stderr.splitlines()[:2] == [
        f"reconcile: skipping {root / 'README.md'}: not a story folder or story.toml",
        f"reconcile: skipping {root / 'discovery'}: not a story folder (no story.toml, no .html/.htm/.txt/.md "
        "pages and no story folders in it)",
    ]
    ids = [manifest(a).get("id", "a-story"), manifest(b).get("id", "b-story")]
    assert [ln["story_id"] for ln in json.loads(r.stdout)["stories"]] == ids
    # The folder itself stands for its story folders (its README.md is not read as a page).
    r = run_cli("run", str(root), "--db", db, "--json")
    assert r.returncode == 0, r.stderr
    assert "skipping" not in r.stderr
    lines = json.loads(r.stdout)["stories"]
    assert [(ln["story_id"], ln.get("unchanged")) for ln in lines] == [(ids[0], True), (ids[1], True)]
    # Reprocessed, each story says what changed since its last run (here: nothing).
    r = run_cli("run", str(root), "--db", db, "--force")
    assert r.returncode == 0, r.stderr
    out = r.stdout.splitlines()
    assert out[-3:-1] == [f"{ids[0]}: since its last run: none", f"{ids[1]}: since its last run: none"]


@pytest.mark.slow
def test_busy_warehouse_exits_3(tmp_path):
    db = tmp_path / "w.duckdb"
    import duckdb

    duckdb.connect(str(db)).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
        import duckdb, time
        con = duckdb.connect({str(db)!r}); print("locked", flush=True); time.sleep(60)"""),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        r = run_cli("run", str(STORIES[0]), "--db", str(db), env={"RECONCILE_LOCK_WAIT": "1"})
    finally:
        holder.kill()
        holder.wait()
    assert r.returncode == 3
    assert r.stderr.strip().splitlines()[-1] == (
        f"reconcile: error: {db}: warehouse is busy (another process held its lock for more than 1 s); try again later"
    )


def test_unknown_model_is_one_line(tmp_path):
    r = run_cli("run", str(STORIES[0]), "--db", str(tmp_path / "w.duckdb"), "--model", str(tmp_path / "no-model"))
    assert r.returncode == 1
    last = r.stderr.strip().splitlines()[-1]
    assert last.startswith(f"reconcile: error: model '{tmp_path / 'no-model'}' could not be loaded offline")
    assert "Traceback" not in r.stderr


# --- progress of long runs --------------------------------------------------------------------


def test_no_progress_bar_when_not_a_terminal_or_with_json(onnx_cache):
    stories = [str(p) for p in STORIES[:4]]
    r = run_cli("run", *stories, "--db", str(onnx_cache / "plain.duckdb"), "--backend", "onnx-int8")
    assert r.returncode == 0, r.stderr
    assert r.stderr.splitlines() == [
        "reconcile: running in-process (no Prefect API configured; use --prefect or set "
        "PREFECT_API_URL to run as a Prefect flow)"
    ]
    assert "\r" not in r.stdout + r.stderr and "\x1b" not in r.stdout + r.stderr


def test_progress_bar_shows_stories_sentences_rate_on_a_terminal(onnx_cache):
    import os
    import pty

    stories = [str(p) for p in STORIES[:4]]
    master, slave = pty.openpty()
    env = {**os.environ, "COLUMNS": "160"}
    env.pop("PREFECT_API_URL", None)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "reconcile",
            "run",
            *stories,
            "--db",
            str(onnx_cache / "tty.duckdb"),
            "--backend",
            "onnx-int8",
        ],
        stdout=slave,
        stderr=slave,
        env=env,
    )
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    assert proc.wait(timeout=300) == 0
    text = out.decode("utf-8", "replace")
    assert "reconciling" in text and "4/4 stories" in text and "sentences" in text
    assert "run " in text and "4 stories written" in text


def test_progress_bar_is_for_runs_of_more_than_a_few_stories(monkeypatch):
    from reconcile import cli

    class Terminal:
        def __init__(self, tty):
            self.tty = tty

        def isatty(self):
            return self.tty

        def write(self, s):
            return len(s)

        def flush(self):
            pass

    monkeypatch.setattr(cli.sys, "stdout", Terminal(True))
    monkeypatch.setattr(cli.sys, "stderr", Terminal(True))
    assert isinstance(cli._progress_bar(cli.FEW_STORIES + 1, as_json=False), cli._ProgressBar)
    with cli._progress_bar(cli.FEW_STORIES, as_json=False) as p:
        assert p is None
    with cli._progress_bar(50, as_json=True) as p:
        assert p is None
    monkeypatch.setattr(cli.sys, "stdout", Terminal(False))  # output piped: nothing extra
    with cli._progress_bar(50, as_json=False) as p:
        assert p is None


def test_unknown_backend_is_a_usage_error():
    r = run_cli("run", str(STORIES[0]), "--backend", "fp16")
    assert r.returncode == 2 and "invalid choice: 'fp16'" in r.stderr
    r = run_cli("run", str(STORIES[0]), env={"RECONCILE_EMBED_BACKEND": "fp16"})
    assert r.returncode == 2
    assert r.stderr == "reconcile: error: RECONCILE_EMBED_BACKEND='fp16': embed_backend: not one of torch, onnx-int8\n"


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["run", "no/such/story"],
        ["report", "x", "--db", "no/such.duckdb"],
        ["export", "--parquet", "out", "--db", "no/such.duckdb"],
    ],
)
def test_commands_that_need_no_model_load_none(argv, tmp_path):
    code = (
        "import sys\nfrom reconcile.cli import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('torch', 'onnxruntime', 'sentence_transformers', 'transformers', 'prefect') "
        "if m in sys.modules))"
    )
    r = subprocess.run([sys.executable, "-c", code, *argv], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert r.stdout.splitlines()[-1] == "[]", r.stderr


@pytest.mark.slow
def test_a_symlink_loop_is_a_skipped_article_not_a_traceback(tmp_path):
    db = str(tmp_path / "w.duckdb")
    good = copy_story(STORIES[0], tmp_path / "good")
    looped = copy_story(STORIES[1], tmp_path / "looped")
    (looped / "loop.html").symlink_to("loop2.html")
    (looped / "loop2.html").symlink_to("loop.html")
    doc = manifest(looped)
    doc["articles"].append({"outlet": "Loop Daily", "file": "loop.html"})
    write_manifest(looped, doc)
    r = run_cli("run", str(good), str(looped), "--db", db)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    assert f"reconcile: warning: {looped / 'loop.html'}: a symlink loop" in r.stderr.splitlines()
    with connect(tmp_path / "w.duckdb", read_only=True) as con:
        stored = {s for (s,) in con.execute("SELECT story_id FROM stories").fetchall()}
    assert stored == {manifest(good).get("id", "good"), doc.get("id", "looped")}


def test_a_story_path_that_is_a_symlink_loop_or_dangling_says_so(tmp_path):
    (tmp_path / "a").symlink_to("b")
    (tmp_path / "b").symlink_to("a")
    (tmp_path / "gone").symlink_to("nowhere")
    for name, why in (("a", "a symlink loop"), ("gone", "a symlink to 'nowhere', which does not exist")):
        r = run_cli("run", str(tmp_path / name), "--db", str(tmp_path / "w.duckdb"))
        assert r.returncode == 2
        assert r.stderr.splitlines() == [f"reconcile: error: {tmp_path / name}: {why}"]


@pytest.mark.slow
def test_a_story_given_twice_is_run_once_with_a_notice(tmp_path):
    good = copy_story(STORIES[0], tmp_path / "good")
    r = run_cli("run", str(good), str(good), str(good / "story.toml"), "--db", str(tmp_path / "w.duckdb"), "--json")
    assert r.returncode == 0, r.stderr
    assert [line for line in r.stderr.splitlines() if "skipping" in line] == [
        f"reconcile: skipping {good}: given twice",
        f"reconcile: skipping {good / 'story.toml'}: the same story as {good}, given before",
    ]
    import json

    assert [s["story_id"] for s in json.loads(r.stdout)["stories"]] == [manifest(good).get("id", "good")]


def test_every_bad_manifest_of_a_run_is_reported_at_once(tmp_path):
    """A folder of fifty stories with three wrong manifests takes one run to fix, not three."""
    good = copy_story(STORIES[0], tmp_path / "a-good")
    for name, text in (
        ("b-syntax", 'id = "b"\n[[articles]\n'),
        ("c-no-file", 'id = "c"\n[[articles]]\noutlet = "BBC"\n'),
        ("d-same-id", f'id = "{manifest(good).get("id", "a-good")}"\n[[articles]]\noutlet = "BBC"\nfile = "x.html"\n'),
    ):
        (tmp_path / name).mkdir()
        (tmp_path / name / "story.toml").write_text(text, encoding="utf-8")
    db = tmp_path / "w.duckdb"
    r = run_cli("run", str(tmp_path), "--db", str(db))
    assert r.returncode == 2
    assert r.stderr.splitlines() == [
        f"reconcile: error: {tmp_path / 'b-syntax' / 'story.toml'}: invalid TOML: Expected ']]' at the end of an "
        "array declaration (at line 2, column 11)",
        f"reconcile: error: {tmp_path / 'c-no-file' / 'story.toml'}: article 1: article has neither 'file' nor 'url'",
        f"reconcile: error: {(tmp_path / 'd-same-id' / 'story.toml').resolve()}: story id "
        f"{manifest(good).get('id', 'a-good')!r} is also used by {(good / 'story.toml').resolve()}",
    ]
    assert not db.exists()


@pytest.mark.parametrize(
    "line, problem",
    [
        (
            'outlet = "Alpha\\u0007News"',
            "article 1: 'outlet' holds a control character (U+0007); use printable characters only",
        ),
        (
            'outlet = "Alpha\\nNews"',
            "article 1: 'outlet' holds a control character (U+000A); use printable characters only",
        ),
        (f'outlet = "{"A" * 201}"', "article 1: 'outlet' is 201 characters long; at most 200"),
    ],
)
def test_an_outlet_name_with_control_characters_is_a_manifest_error(tmp_path, line, problem):
    """An outlet's name is shown in tables and reports and made into file names; a bell or a newline in it
    was stored as is."""
    folder = tmp_path / "s"
    folder.mkdir()
    (folder / "a.html").write_text("<html><body><p>Text.</p></body></html>", encoding="utf-8")
    (folder / "story.toml").write_text(f'id = "s"\n[[articles]]\n{line}\nfile = "a.html"\n', encoding="utf-8")
    r = run_cli("run", str(folder), "--db", str(tmp_path / "w.duckdb"))
    assert r.returncode == 2
    assert r.stderr.splitlines() == [f"reconcile: error: {folder / 'story.toml'}: {problem}"]


@pytest.mark.parametrize("command", ["eval", "calibrate"])
def test_eval_given_one_story_folder_says_which_folder_it_wants(tmp_path, command):
    """It said 'no story folders with story.toml and truth.toml' of a folder holding both."""
    story = tmp_path / "stories" / "one"
    shutil.copytree(STORIES[0], story)
    r = run_cli(command, str(story))
    assert r.returncode == 2
    assert r.stderr.splitlines() == [
        f"reconcile: error: {story}: a story folder; `reconcile {command}` reads the folder that holds story "
        f"folders (here {tmp_path / 'stories'})"
    ]
