"""Bad inputs, second audit: the leftovers of the first (tests/test_bad_inputs_audit.py) and new ones an
outside tester gives, through the real CLI: a one-line error naming the file or URL and the problem, the
exit code DECISIONS.md sets, the warehouse's earlier stories intact, one bad article never sinking the run."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

import duckdb
import pytest
from conftest import FIXTURES, ROOT, run_cli
from local_server import HARBOUR_A, HARBOUR_B, PageServer, article_html, send

from reconcile import fetch

MINE = FIXTURES / "mine-rescue"


def copy_story(dst, story_id):
    shutil.copytree(MINE, dst, ignore=shutil.ignore_patterns("expected", "truth.toml"))
    toml = (dst / "story.toml").read_text(encoding="utf-8").replace('id = "mine-rescue"', f'id = "{story_id}"')
    (dst / "story.toml").write_text(toml, encoding="utf-8")
    return dst


@pytest.fixture(scope="module")
def base_db(tmp_path_factory):
    """A warehouse holding the good mine-rescue story, written once through the CLI."""
    path = tmp_path_factory.mktemp("base") / "w.duckdb"
    r = run_cli("run", str(MINE), "--db", str(path))
    assert r.returncode == 0, r.stderr
    return path


@pytest.fixture()
def wh(tmp_path, base_db):
    path = tmp_path / "w.duckdb"
    shutil.copy(base_db, path)
    return path


def rows(db, sql):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def assert_base_intact(db):
    assert rows(db, "SELECT count(*) FROM articles WHERE story_id = 'mine-rescue'") == [(4,)]
    assert rows(db, "SELECT count(*) FROM sentences WHERE story_id = 'mine-rescue'") == [(54,)]


def errors(stderr):
    """stderr without the in-process notice."""
    return [line for line in stderr.splitlines() if not line.startswith("reconcile: running in-process")]


# --- the first audit's leftovers ------------------------------------------------------------


@pytest.mark.parametrize("content, what", [(b"", "an empty file"), (b"\0" * 5000, "a file of NUL bytes only")])
@pytest.mark.parametrize("command", ["run", "report"])
def test_an_empty_warehouse_file_fails_at_once(tmp_path, content, what, command):
    """An empty file (`touch`, `mktemp`) was taken for a warehouse another process was creating: 10 s
    of waiting, then DuckDB's 'exists, but it is not a valid DuckDB database file!'."""
    db = tmp_path / "w.duckdb"
    db.write_bytes(content)
    started = time.monotonic()
    args = ("run", str(MINE)) if command == "run" else ("report", "mine-rescue")
    r = run_cli(*args, "--db", str(db))
    assert time.monotonic() - started < 8
    assert r.returncode == 1
    assert errors(r.stderr) == [
        f"reconcile: error: {db}: {what}, not a DuckDB warehouse; delete it (`reconcile run` creates the "
        "warehouse) or give another --db"
    ]
    assert db.read_bytes() == content


def _outlets(tmp_path, homepage, feed):
    path = tmp_path / "outlets.toml"
    path.write_text(f'[[outlets]]\nname = "Harbour Gazette"\nhomepage = "{homepage}"\nfeeds = ["{feed}"]\n')
    return path


@pytest.mark.parametrize(
    "homepage, feed, message",
    [
        (
            "https://gazette.example/",
            "http://[::1/rss",
            "outlet 1 ('Harbour Gazette'): feed 1 'http://[::1/rss': not a valid URL (Invalid IPv6 URL)",
        ),
        (
            "https://gazette.example/",
            "https://gazette.example:99999/rss",
            "outlet 1 ('Harbour Gazette'): feed 1 'https://gazette.example:99999/rss': not a valid URL "
            "(Port out of range 0-65535)",
        ),
        (
            "https://gazette.example/",
            "http://@/rss",
            "outlet 1 ('Harbour Gazette'): feed 1 'http://@/rss': not a valid URL (no host)",
        ),
        (
            "https://[::1/",
            "https://gazette.example/rss",
            "outlet 1 ('Harbour Gazette'): 'homepage' is not a valid URL: 'https://[::1/' (Invalid IPv6 URL)",
        ),
    ],
)
def test_a_malformed_url_in_an_outlets_file_or_its_watchlist_is_a_usage_error(tmp_path, wh, homepage, feed, message):
    """A feed 'http://[::1/rss' was a failed feed at fetch time (exit 1, 'every feed failed'); a homepage
    'https://[::1/' passed. story.toml URLs get this check; outlets.toml URLs now do too."""
    outlets = _outlets(tmp_path, homepage, feed)
    r = run_cli("watch", str(outlets), "--db", str(wh))
    assert r.returncode == 2
    assert errors(r.stderr) == [f"reconcile: error: {outlets}: {message}"]
    watchlist = tmp_path / "watch.toml"
    watchlist.write_text('[schedule]\ninterval = "1h"\n[discovery]\noutlets = "outlets.toml"\n', encoding="utf-8")
    r = run_cli("serve", str(watchlist), "--check", "--db", str(wh))
    assert r.returncode == 2
    assert errors(r.stderr) == [f"reconcile: error: {watchlist}: [discovery] {outlets}: {message}"]
    assert_base_intact(wh)


@pytest.mark.slow
def test_a_prefect_run_reports_an_unreconcilable_story_once(tmp_path, wh):
    """`run --prefect` printed 'warning: story bad: not reconciled: ...' (the flow's log line for the UI)
    and then the CLI's own 'error: story 'bad' not reconciled: ...'."""
    folder = copy_story(tmp_path / "bad", "bad")
    for name in ("ap.html", "reuters.html", "guardian.html", "aljazeera.html"):
        (folder / name).write_bytes(b"")
    r = run_cli("run", str(folder), str(MINE), "--db", str(wh), "--prefect", "--force")
    assert r.returncode == 1
    said = [line for line in r.stderr.splitlines() if "not reconciled" in line and "Finished in state" not in line]
    assert len(said) == 1 and said[0].startswith("reconcile: error: story 'bad' not reconciled: no usable article")
    assert_base_intact(wh)


def test_ctrl_c_once_the_summary_is_printed_leaves_the_runs_exit_code(tmp_path, wh):
    """A Ctrl-C as the run ended (its summary printed, the interpreter shutting down) killed the process
    (exit -2) or printed a KeyboardInterrupt traceback from the exit handlers."""
    folder = copy_story(tmp_path / "s", "late-interrupt")
    for _ in range(2):
        p = subprocess.Popen(
            [sys.executable, "-m", "reconcile", "run", str(folder), "--db", str(wh), "--force"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1", "PREFECT_API_URL": ""},
        )
        assert p.stdout is not None
        for line in p.stdout:
            if line.startswith("run "):
                p.send_signal(signal.SIGINT)
                break
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        assert "Traceback" not in err and "Exception ignored" not in err
    assert rows(wh, "SELECT count(*) FROM articles WHERE story_id = 'late-interrupt'") == [(4,)]
    assert_base_intact(wh)


def test_ctrl_c_during_a_run_is_the_interrupted_line_and_130(tmp_path, wh):
    """A Ctrl-C landing in code that dataclasses or namedtuple exec() as modules import printed the
    'interrupted' line and then died of SIGINT at exit (-2): CPython took the caught interrupt as unhandled."""
    folder = copy_story(tmp_path / "s", "early-interrupt")
    for _ in range(4):
        p = subprocess.Popen(
            [sys.executable, "-m", "reconcile", "run", str(folder), "--db", str(wh), "--force"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1", "PREFECT_API_URL": ""},
        )
        assert p.stderr is not None
        assert p.stderr.readline().startswith("reconcile: running in-process")
        p.send_signal(signal.SIGINT)
        _, err = p.communicate(timeout=120)
        assert p.returncode == 130
        assert err == "reconcile: interrupted; the warehouse keeps its last complete stories\n"
    assert_base_intact(wh)


def _utf16_page(paragraphs, site):
    return article_html("Harbour fire", paragraphs, site=site).replace('<meta charset="utf-8">', "")


@pytest.mark.parametrize(
    "codec, charset",
    [("utf-16-le", "UTF-16"), ("utf-16-be", "utf-16"), ("utf-16-be", "UTF-16BE"), ("utf-32-le", "utf-32")],
)
def test_a_utf16_page_named_only_in_its_content_type_header_is_decoded(wh, codec, charset):
    """A page in UTF-16 without a byte-order mark, its charset named only by the Content-Type header,
    was refused at fetch as 'binary data, not an HTML page' (its NULs)."""
    page = _utf16_page(HARBOUR_B, "Port News").encode(codec)
    with PageServer() as server:
        a = server.page("/a", article_html("Harbour fire", HARBOUR_A, site="Harbour Gazette"))
        b = server.route("/b", lambda h, n: send(h, 200, page, f"text/html; charset={charset}"))
        lie = server.route(
            "/lie",
            lambda h, n: send(
                h, 200, article_html("Fire", HARBOUR_A[:3], site="Third Paper"), "text/html; charset=utf-16"
            ),
        )
        r = run_cli(*("run", a, b, lie, "--story", "harbour16", "--db", str(wh), "--allow-host", server.host))
        assert r.returncode == 0, r.stderr
        assert errors(r.stderr) == [
            f"reconcile: warning: {lie}: UTF-8 text though it declares charset 'utf-16'; read as UTF-8"
        ]
        texts = dict(rows(wh, "SELECT outlet, text FROM articles WHERE story_id = 'harbour16'"))
        assert HARBOUR_B[1] in texts["Port News"] and HARBOUR_A[1] in texts["Third Paper"]
        again = run_cli(*("run", a, b, lie, "--story", "harbour16", "--db", str(wh), "--reuse-pages", "--force"))
        assert again.returncode == 0, again.stderr
    assert HARBOUR_B[1] in dict(rows(wh, "SELECT outlet, text FROM articles WHERE story_id = 'harbour16'"))["Port News"]
    assert_base_intact(wh)


def test_a_page_whose_utf16_header_fits_no_byte_of_it_is_skipped_with_a_line(wh):
    page = _utf16_page(HARBOUR_B, "Port News").encode("utf-16-le")[:-1] + b"\xff\xd8"  # odd, ends mid-character
    with PageServer() as server:
        a = server.page("/a", article_html("Harbour fire", HARBOUR_A, site="Harbour Gazette"))
        c = server.page("/c", article_html("Harbour blaze", HARBOUR_B, site="Port News"))
        b = server.route("/b", lambda h, n: send(h, 200, page, "text/html; charset=utf-16le"))
        r = run_cli(*("run", a, b, c, "--story", "harbour16", "--db", str(wh), "--allow-host", server.host))
    assert r.returncode == 0, r.stderr
    assert errors(r.stderr) == [
        f"reconcile: warning: {b}: not UTF-16-LE text though its Content-Type header declares charset 'utf-16le'"
    ]
    assert rows(wh, "SELECT count(*) FROM articles WHERE story_id = 'harbour16'") == [(2,)]
    assert_base_intact(wh)


def test_a_429_with_retry_after_is_retried_after_that_wait(wh):
    """429 Too Many Requests was a 4xx, never retried, and Retry-After was not read."""
    with PageServer() as server:
        a = server.page("/a", article_html("Harbour fire", HARBOUR_A, site="Harbour Gazette"))
        page = article_html("Harbour blaze", HARBOUR_B, site="Port News")
        b = server.route(
            "/b",
            lambda h, n: (
                send(h, 429, "<p>slow down</p>", headers={"Retry-After": "1"}) if n == 1 else send(h, 200, page)
            ),
        )
        started = time.monotonic()
        r = run_cli(
            *("run", a, b, "--story", "busy", "--db", str(wh), "--allow-host", server.host),
            env={"RECONCILE_FETCH_BACKOFF": "0.01"},
        )
        assert server.counts["/b"] == 2
    assert time.monotonic() - started >= 1
    assert r.returncode == 0, r.stderr
    assert errors(r.stderr)[0].startswith(f"reconcile: warning: {b}: HTTP 429 Too Many Requests; retrying in 1.0 s")
    assert rows(wh, "SELECT count(*) FROM articles WHERE story_id = 'busy'") == [(2,)]


@pytest.mark.parametrize(
    "header, waited",
    [
        ("3600", fetch.RETRY_AFTER_CAP),
        ("99999999999999999999999", fetch.RETRY_AFTER_CAP),
        ("Fri, 31 Dec 9999 23:59:59 GMT", fetch.RETRY_AFTER_CAP),
        ("Thu, 01 Jan 1970 00:00:00 GMT", None),
        ("soon", None),
        ("-5", None),
    ],
)
def test_a_servers_retry_after_is_capped(header, waited):
    """A Retry-After of an hour, or of years, would have held the run that long."""
    slept: list[float] = []
    with PageServer() as server:
        url = server.route("/b", lambda h, n: send(h, 503, "<p>later</p>", headers={"Retry-After": header}))
        policy = fetch.FetchPolicy(
            timeout=5,
            total_timeout=10,
            max_bytes=100_000,
            max_redirects=3,
            retries=1,
            backoff=0.01,
            per_domain=2,
            allow_hosts=frozenset({("127.0.0.1", server.port)}),
        )
        with pytest.raises(fetch.FetchError) as e:
            fetch.fetch_page(url, policy, sleep=slept.append)
    assert e.value.reason == "HTTP 503 Service Unavailable" and e.value.attempts == 2
    assert len(slept) == 1
    if waited is None:
        assert slept[0] < 0.1
    else:
        assert slept[0] == waited


# --- new bad inputs -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args, option, command",
    [
        (["run", str(MINE), "--db", ""], "--db", "run"),
        (["run", str(MINE), "--config", ""], "--config", "run"),
        (["report", "mine-rescue", "--out", ""], "--out", "report"),
        (["export", "--parquet", ""], "--parquet", "export"),
        (["eval", "", "--threshold", "0.5"], "STORIES_DIR", "eval"),
    ],
)
def test_an_empty_path_argument_is_a_usage_error(wh, args, option, command):
    """'--db ""' (an unset shell variable) was Path('') = the current folder: '.: a folder, not a DuckDB
    warehouse file'; '--config ""' was '.: cannot read the config file (Is a directory)'."""
    extra = [] if "--db" in args or command == "eval" else ["--db", str(wh)]
    r = run_cli(*args, *extra)
    assert r.returncode == 2
    assert r.stderr == (
        f"reconcile: error: argument {option}: an empty path; give a file or folder name "
        f"(see reconcile {command} --help)\n"
    )
    assert_base_intact(wh)


def test_a_story_toml_saved_as_utf16_or_latin1_says_which(tmp_path, wh):
    """Both were '<file>: not valid UTF-8', without what the file is or where."""
    folder = copy_story(tmp_path / "s", "encodings")
    manifest = folder / "story.toml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_bytes(text.encode("utf-16"))
    r = run_cli("run", str(folder), "--db", str(wh))
    assert r.returncode == 2
    assert errors(r.stderr) == [
        f"reconcile: error: {manifest}: UTF-16 text, not UTF-8; save it as UTF-8 (TOML files are UTF-8)"
    ]
    manifest.write_bytes(text.encode("utf-8") + 'title = "Café"\n'.encode("latin-1"))
    r = run_cli("run", str(folder), "--db", str(wh))
    assert r.returncode == 2
    at = len(text.encode("utf-8")) + len('title = "Caf')
    assert errors(r.stderr) == [f"reconcile: error: {manifest}: not valid UTF-8 (byte {at}: b'\\xe9')"]
    assert_base_intact(wh)


def test_an_empty_outlet_name_says_empty(tmp_path, wh):
    """Was "'outlet' must be a non-empty string, got a string"."""
    folder = copy_story(tmp_path / "s", "no-outlet")
    manifest = folder / "story.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace('outlet = "Associated Press"', 'outlet = ""'))
    r = run_cli("run", str(folder), "--db", str(wh))
    assert r.returncode == 2
    assert errors(r.stderr) == [
        f"reconcile: error: {manifest}: article 1: 'outlet' must be a non-empty string, got an empty string"
    ]


@pytest.fixture()
def labelled(tmp_path):
    root = tmp_path / "labelled"
    shutil.copytree(MINE, root / "mine-rescue", ignore=shutil.ignore_patterns("expected"))
    return root


def test_eval_given_a_file_or_a_truth_toml_linked_to_a_device(labelled):
    """'eval truth.toml' said 'no such stories folder' of a file that is there; a truth.toml linked to
    /dev/zero left its story out of the scores without a word ('no story folders with ...')."""
    truth = labelled / "mine-rescue" / "truth.toml"
    r = run_cli("eval", str(truth))
    assert r.returncode == 2
    assert (
        r.stderr == f"reconcile: error: {truth}: not a folder; give the folder that holds the labelled story folders\n"
    )
    truth.unlink()
    truth.symlink_to("/dev/zero")
    r = run_cli("eval", str(labelled), timeout=60)
    assert r.returncode == 2
    assert r.stderr == f"reconcile: error: {truth}: not a regular file (a device or a pipe)\n"


@pytest.mark.parametrize(
    "interval, shown", [("nan", "nan"), ("inf", "inf"), ("1e-9", "1e-09"), ('"99999999999d"', "'99999999999d'")]
)
def test_a_schedule_interval_of_nan_forever_or_no_time_is_refused(tmp_path, interval, shown):
    """nan and 1e-9 passed the check ('every nans'); inf and a huge one passed it and overflowed
    Python's timedelta when serving: a traceback."""
    path = tmp_path / "watch.toml"
    path.write_text(f'[schedule]\ninterval = {interval}\n[[stories]]\npath = "{MINE}"\n', encoding="utf-8")
    r = run_cli("serve", str(path), "--check")
    assert r.returncode == 2
    assert r.stderr == (
        f"reconcile: error: {path}: schedule.interval {shown}: expected a positive number of seconds or a "
        "duration such as '90s', '30m', '6h', '1d' (from 1 s to 366 days)\n"
    )


def test_a_retry_count_that_would_hold_a_run_for_days_is_refused(tmp_path, wh):
    """fetch_retries = 1e9 was taken: a dead server was retried with a doubling backoff for ever."""
    config = tmp_path / "c.toml"
    config.write_text("fetch_retries = 1e9\n", encoding="utf-8")
    r = run_cli("run", str(MINE), "--db", str(wh), "--config", str(config))
    assert r.returncode == 2
    assert errors(r.stderr) == [
        f"reconcile: error: {config}: fetch_retries: input should be less than or equal to 10 (got 1000000000.0)"
    ]
    assert_base_intact(wh)


def test_an_empty_path_among_a_runs_arguments_is_a_usage_error(tmp_path, wh):
    """A quoted unset variable ('reconcile run "$STORY"') ran every story folder of the current folder."""
    r = run_cli("run", "", "--db", str(wh), cwd=tmp_path)
    assert r.returncode == 2
    assert errors(r.stderr) == [
        "reconcile: error: PATH_OR_URL: an empty argument; give a story folder, a story.toml or a page URL"
    ]
    assert_base_intact(wh)


@pytest.mark.parametrize(
    "extra, message",
    [
        (
            [],
            "{root}: 1 labelled story; calibration leaves one story out at a time and needs at least two "
            "(add labelled sets with --gold-set)",
        ),
        (["--min-precision", "2"], "--min-precision 2: give a number from 0 to 1 (see reconcile calibrate --help)"),
        (
            ["--verdicts", "nowhere.duckdb"],
            "--verdicts nowhere.duckdb: no such warehouse file (see reconcile calibrate --help)",
        ),
    ],
)
def test_calibrate_on_one_story_or_with_impossible_options_is_a_usage_error(labelled, extra, message):
    """One labelled story (nothing to train on when it is left out) was a ValueError traceback from
    numpy after loading the model; --min-precision 2 and a missing --verdicts file were the same."""
    r = run_cli("calibrate", str(labelled), "--dry-run", *extra)
    assert r.returncode == 2
    assert r.stderr == f"reconcile: error: {message.format(root=labelled)}\n"


@pytest.fixture()
def truncated(tmp_path, base_db):
    path = tmp_path / "cut.duckdb"
    path.write_bytes(base_db.read_bytes()[:300_000])
    return path


@pytest.mark.parametrize(
    "args",
    [
        ["run", str(MINE), "--force"],
        ["report", "mine-rescue"],
        ["export", "--parquet", "OUT"],
        ["verdict", "abc", "confirmed"],
    ],
)
def test_a_truncated_warehouse_is_named_damaged_and_left_alone(tmp_path, truncated, args):
    """run called it 'a DuckDB database of other tables (article_skips, ...), not a reconcile warehouse'
    (its schema_info unreadable taken for missing); report, export and verdict were IOException tracebacks."""
    before = truncated.read_bytes()
    args = [str(tmp_path / "out") if a == "OUT" else a for a in args]
    r = run_cli(*args, "--db", str(truncated))
    assert r.returncode == 1
    lines = errors(r.stderr)
    assert len(lines) == 1 and "Traceback" not in r.stderr
    assert lines[0].startswith(f"reconcile: error: {truncated}: the warehouse file is damaged or truncated (IO Error: ")
    assert lines[0].endswith("); restore it from a copy or give another --db")
    assert truncated.read_bytes() == before


@pytest.mark.parametrize("command", ["run", "report"])
def test_a_device_or_a_pipe_as_the_warehouse_is_refused_not_to_be_deleted(tmp_path, command):
    """--db /dev/null was 'an empty file ...; delete it'."""
    fifo = tmp_path / "pipe.duckdb"
    os.mkfifo(fifo)
    for db in ("/dev/null", str(fifo)):
        args = ("run", str(MINE)) if command == "run" else ("report", "mine-rescue")
        r = run_cli(*args, "--db", db, timeout=60)
        assert r.returncode == 1
        assert errors(r.stderr) == [
            f"reconcile: error: {db}: not a regular file (a device or a pipe); give a warehouse file to --db"
        ]


def test_an_export_with_a_folder_in_the_way_of_a_parquet_file_is_one_line(tmp_path, wh):
    """Was an IOException traceback from DuckDB's COPY."""
    out = tmp_path / "out"
    (out / "articles.parquet").mkdir(parents=True)
    r = run_cli("export", "--db", str(wh), "--parquet", str(out))
    assert r.returncode == 1
    assert r.stderr == f"reconcile: error: {out / 'articles.parquet'}: a folder is in the way of the Parquet file\n"
    assert_base_intact(wh)


@pytest.mark.parametrize("option", ["--html", "--markdown"])
def test_a_report_written_over_the_warehouse_is_refused(tmp_path, wh, option):
    """'report STORY --db w.duckdb --html w.duckdb' overwrote the warehouse with the HTML page: every
    story lost, and the next command's 'not a valid DuckDB database file'."""
    link = tmp_path / "link.duckdb"
    link.symlink_to(wh)
    for target in (wh, link):
        r = run_cli("report", "mine-rescue", "--db", str(wh), option, str(target))
        assert r.returncode == 1
        assert (
            r.stderr == f"reconcile: error: {target}: is the warehouse's own file; give another file for the report\n"
        )
    assert_base_intact(wh)


def test_a_cache_folder_that_is_a_file_is_one_line(tmp_path):
    """RECONCILE_CACHE_DIR naming a file was a NotADirectoryError traceback from the ONNX export."""
    cache = tmp_path / "cache"
    cache.write_text("not a folder", encoding="utf-8")
    r = run_cli("run", str(MINE), "--db", str(tmp_path / "w.duckdb"), env={"RECONCILE_CACHE_DIR": str(cache)})
    assert r.returncode == 1
    lines = errors(r.stderr)
    assert "Traceback" not in r.stderr
    assert lines[-1].startswith(f"reconcile: error: {cache}/onnx/") and lines[-1].endswith(": Not a directory")
    assert cache.read_text(encoding="utf-8") == "not a folder"


def test_a_billion_laughs_feed_is_read_safely(tmp_path, wh):
    """An XML entity bomb in a local feed: refused as not well-formed, in under a second of parsing."""
    lol = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    (tmp_path / "feeds").mkdir()
    (tmp_path / "feeds" / "bomb.xml").write_text(
        f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY l0 "lol">{lol}]>'
        '<rss version="2.0"><channel><title>&l9;</title></channel></rss>',
        encoding="utf-8",
    )
    outlets = tmp_path / "outlets.toml"
    outlets.write_text('[[outlets]]\nname = "Bomb"\nfeeds = ["feeds/bomb.xml"]\n', encoding="utf-8")
    r = run_cli("watch", str(outlets), "--db", str(wh), timeout=60)
    assert r.returncode == 0, r.stderr
    assert errors(r.stderr)[0].startswith("reconcile: warning: feeds/bomb.xml: feed is not well-formed")
    assert_base_intact(wh)


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: p.symlink_to("/dev/zero"), "cannot read labels (not a regular file (a device or a pipe))"),
        (lambda p: p.write_text('{"claims": "x"}'), "'claims' must be a JSON array, got a string"),
        (lambda p: p.write_text('{"conflicts": {"a": 1}}'), "'conflicts' must be a JSON array, got a table"),
    ],
)
def test_a_json_gold_label_file_that_never_ends_or_is_the_wrong_shape(tmp_path, labelled, make, message):
    """A gold file linked to /dev/zero was read until the process was killed (exit 137); '"claims": "x"'
    was scored as a story without labels, exit 0."""
    (labelled / "mine-rescue" / "truth.toml").unlink()
    gold = tmp_path / "gold"
    gold.mkdir()
    make(gold / "mine-rescue.json")
    r = run_cli("eval", str(labelled), "--gold", str(gold), timeout=120)
    assert r.returncode == 2
    assert r.stderr == f"reconcile: error: {gold / 'mine-rescue.json'}: {message}\n"


def test_a_page_whose_file_name_is_not_utf8_is_skipped_and_the_rest_reconciled(tmp_path, wh):
    """A page named b'bad\\xff.html' in a folder without story.toml sank the run with a UnicodeEncodeError
    traceback (its lone surrogate hashed into the story's fingerprint); a folder so named likewise."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in ("ap.html", "reuters.html", "guardian.html"):
        shutil.copy(MINE / name, folder / name)
    raw = os.fsencode(folder) + b"/bad\xff.html"
    shutil.copy(MINE / "aljazeera.html", raw)
    r = run_cli("run", str(folder), "--db", str(wh))
    assert r.returncode == 0, r.stderr
    assert errors(r.stderr) == [
        f"reconcile: warning: {folder}/bad\\udcff.html: file name is not valid UTF-8; skipped (rename it)"
    ]
    assert rows(wh, "SELECT count(*) FROM articles WHERE story_id = 'pages'") == [(3,)]
    odd = os.fsdecode(os.fsencode(tmp_path) + b"/odd\xfe")
    shutil.copytree(folder, odd)
    r = run_cli("run", odd, "--db", str(wh))
    assert r.returncode == 2
    assert errors(r.stderr) == [
        f"reconcile: error: {tmp_path}/odd\\udcfe: the path is not valid UTF-8 (a byte no character stands for); rename it"
    ]
    assert_base_intact(wh)


@pytest.mark.parametrize("args", [["export", "--parquet", "OUT"], ["report", "mine-rescue"]])
def test_a_reader_that_leaves_early_is_no_traceback(tmp_path, wh, args):
    """`reconcile export ... | head -1` ended in a BrokenPipeError traceback, exit 1."""
    args = [str(tmp_path / "out") if a == "OUT" else a for a in args]
    p = subprocess.Popen(
        [sys.executable, "-m", "reconcile", *args, "--db", str(wh)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert p.stdout is not None and p.stderr is not None
    p.stdout.close()  # the reader is gone before the first line
    err = p.stderr.read().decode()
    assert p.wait(timeout=120) == 141
    assert err == ""
    assert_base_intact(wh)


def test_a_terminal_that_cannot_show_a_character_gets_it_escaped(wh):
    """With PYTHONIOENCODING=ascii the report's curly quotes were a UnicodeEncodeError traceback."""
    r = run_cli("report", "mine-rescue", "--db", str(wh), env={"PYTHONIOENCODING": "ascii"})
    assert r.returncode == 0, r.stderr
    assert "\\u201cTwelve miners rescued alive" in r.stdout


def test_a_nul_in_a_manifests_file_or_a_watchlists_path_is_one_line(tmp_path, wh):
    """'file = "ap\\u0000.html"' and a watchlist 'path = "a\\u0000b"' were ValueError tracebacks ('embedded
    null byte') from os.path.realpath and os.stat."""
    folder = copy_story(tmp_path / "s", "nul")
    manifest = folder / "story.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace('file = "ap.html"', 'file = "ap\\u0000.html"'))
    r = run_cli("run", str(folder), "--db", str(wh))
    assert r.returncode == 2
    assert errors(r.stderr) == [
        f"reconcile: error: {manifest}: article 1: 'file' holds a NUL character, which no file name can: 'ap\\x00.html'"
    ]
    watchlist = tmp_path / "watch.toml"
    watchlist.write_text('[schedule]\ninterval = "1h"\n[[stories]]\npath = "a\\u0000b"\n', encoding="utf-8")
    r = run_cli("serve", str(watchlist), "--check")
    assert r.returncode == 2
    assert r.stderr == (
        f"reconcile: error: {watchlist}: story 1: {tmp_path}/a\\x00b: holds a NUL character, which no file name can\n"
    )
    assert_base_intact(wh)


def test_an_empty_db_path_in_a_config_file_is_a_settings_error(tmp_path):
    """Was taken as the config file's folder: '<folder>: a folder, not a DuckDB warehouse file'."""
    config = tmp_path / "c.toml"
    config.write_text('db_path = ""\n', encoding="utf-8")
    r = run_cli("run", str(MINE), "--config", str(config))
    assert r.returncode == 2
    assert errors(r.stderr) == [
        f"reconcile: error: {config}: db_path: value error, empty; give the warehouse's file name (got '')"
    ]


def test_alignment_weights_of_the_wrong_count_are_a_settings_error(tmp_path, wh):
    """RECONCILE_ALIGN_WEIGHTS='[1,2]' passed validation and sank the run with a numpy matmul traceback."""
    r = run_cli("run", str(MINE), "--db", str(wh), "--force", env={"RECONCILE_ALIGN_WEIGHTS": "[1,2]"})
    assert r.returncode == 2
    assert errors(r.stderr)[0].startswith(
        "reconcile: error: RECONCILE_ALIGN_WEIGHTS='[1,2]': align_weights: value error, 2 weights; give one per "
        "pair feature ("
    )
    assert_base_intact(wh)


def test_a_worker_count_that_would_fork_the_machine_is_refused(wh):
    """'--workers 100000' (or RECONCILE_DASK_WORKERS) was accepted: a local cluster of that many processes."""
    r = run_cli("serve", str(ROOT / "watchlist.example.toml"), "--check", "--workers", "100000")
    assert r.returncode == 2
    assert r.stderr == "reconcile: error: --workers 100000: at most 256 worker processes on one machine\n"
    r = run_cli("run", str(MINE), "--db", str(wh), env={"RECONCILE_DASK_WORKERS": "100000"})
    assert r.returncode == 2
    assert errors(r.stderr) == [
        "reconcile: error: RECONCILE_DASK_WORKERS='100000': dask_workers: input should be less than or equal to 256"
    ]
    assert_base_intact(wh)


def test_a_ctrl_c_that_duckdb_wraps_in_its_own_error_is_an_interrupt():
    """A Ctrl-C landing while DuckDB runs a query ('Query interrupted') or reads an Arrow table the run registered
    (its error naming KeyboardInterrupt) ends the run as an interrupt (exit 130), not with a traceback (exit 1)."""
    import duckdb

    from reconcile.cli import _interrupt_inside

    assert _interrupt_inside(RuntimeError("Query interrupted"))
    assert _interrupt_inside(
        duckdb.InvalidInputException(
            "Invalid Input Error: exporting a stream from the object registered as 'wanted' failed: KeyboardInterrupt: "
        )
    )
    try:
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt as inner:
            raise ValueError("while cleaning up") from inner
    except ValueError as outer:
        assert _interrupt_inside(outer)
    from reconcile.errors import ModelError

    try:  # onnxruntime, interrupted while it loads, fails as 'initialization failed', told as a ModelError
        try:
            try:
                raise KeyboardInterrupt
            except KeyboardInterrupt:
                raise ImportError("initialization failed") from None
        except ImportError:
            raise ModelError("the onnx-int8 backend needs onnxruntime and tokenizers (initialization failed)") from None
    except ModelError as e:
        assert _interrupt_inside(e)
    assert not _interrupt_inside(ModelError("the onnx-int8 backend runs the bundled all-MiniLM-L6-v2 only"))
    assert not _interrupt_inside(RuntimeError("Catalog Error: Table with name runs does not exist!"))
    assert not _interrupt_inside(duckdb.IOException("IO Error: Could not set lock on file"))
