"""Bad inputs as an outside tester gives them, through the real CLI: a one-line error naming the file
or URL and the problem, the exit code DECISIONS.md sets, the warehouse's earlier stories intact, and
one bad article never sinking the rest of a run."""

from __future__ import annotations

import os
import shutil

import duckdb
import pytest
from conftest import FIXTURES, run_cli
from local_server import HARBOUR_A, HARBOUR_B, PageServer, article_html, redirect, send

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


@pytest.mark.parametrize(
    "published",
    ['"9999-12-31T23:59:59-14:00"', "9999-12-31T23:59:59-14:00", '"0001-01-01"', "0001-01-01T00:00:00+14:00"],
)
def test_a_manifest_date_beyond_any_news_page_is_a_manifest_error(tmp_path, wh, published):
    """Python's datetime overflowed converting it to UTC: a traceback and exit 1 from the warehouse write."""
    folder = copy_story(tmp_path / "s", "far-dates")
    toml = (folder / "story.toml").read_text(encoding="utf-8")
    (folder / "story.toml").write_text(
        toml.replace('published = "2026-03-10T20:45:00-05:00"', f"published = {published}"), encoding="utf-8"
    )
    r = run_cli("run", str(folder), "--db", str(wh))
    assert r.returncode == 2
    value = published.strip('"')
    assert errors(r.stderr) == [
        f"reconcile: error: {folder / 'story.toml'}: article 1: 'published' is out of range: "
        f"'{value}' (a publication date lies between 1800 and 2200)"
    ]
    assert_base_intact(wh)


@pytest.mark.parametrize("stamp", ["9999-12-31T23:59:59-14:00", "0001-01-01", "Fri, 31 Dec 9999 23:59:59 -1400"])
def test_a_page_date_beyond_any_news_page_is_ignored_not_fatal(tmp_path, wh, stamp):
    """A hostile page's meta date sank the whole run with a traceback (or printed one as a warning)."""
    folder = copy_story(tmp_path / "s", "page-dates")
    ap = (folder / "ap.html").read_text(encoding="utf-8")
    ap = ap.replace('"datePublished": "2026-03-10T20:45:00-05:00"', f'"datePublished": "{stamp}"')
    ap = ap.replace(
        '<meta charset="UTF-8">', f'<meta charset="UTF-8"><meta property="article:published_time" content="{stamp}">'
    )
    (folder / "ap.html").write_text(ap, encoding="utf-8")
    toml = (folder / "story.toml").read_text(encoding="utf-8")
    (folder / "story.toml").write_text(toml.replace('published = "2026-03-10T20:45:00-05:00"\n', ""), encoding="utf-8")
    r = run_cli("run", str(folder), "--db", str(wh))
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr and "Error" not in r.stderr
    stored = dict(rows(wh, "SELECT outlet, published_at FROM articles WHERE story_id = 'page-dates'"))
    assert len(stored) == 4 and stored["Associated Press"] is None
    assert_base_intact(wh)


@pytest.mark.parametrize(
    "url, message",
    [
        ("http://[::1/news", "'http://[::1/news': not a valid URL (Invalid IPv6 URL)"),
        (
            "http://example.org:99999/news",
            "'http://example.org:99999/news': not a valid URL (Port out of range 0-65535)",
        ),
        (
            "ftp://example.org/news",
            "'ftp://example.org/news': not an http(s) URL; only http and https pages are fetched",
        ),
        ("file:///etc/hostname", "'file:///etc/hostname': not an http(s) URL; only http and https pages are fetched"),
    ],
)
def test_a_malformed_or_non_http_url_argument_is_a_usage_error(tmp_path, wh, url, message):
    """Were a fetch failure (exit 0, or 1 alone), or 'ftp:/example.org/news: no such file or directory'."""
    r = run_cli("run", url, "https://example.org/other", "--story", "web", "--db", str(wh))
    assert r.returncode == 2
    assert errors(r.stderr) == [f"reconcile: error: {message}"]
    assert_base_intact(wh)


@pytest.mark.parametrize(
    "url, why",
    [("http://[::1/news", "Invalid IPv6 URL"), ("http://example.org:99999/news", "Port out of range 0-65535")],
)
def test_a_malformed_url_in_a_manifest_is_a_manifest_error(tmp_path, wh, url, why):
    folder = copy_story(tmp_path / "s", "bad-url")
    toml = (folder / "story.toml").read_text(encoding="utf-8")
    toml = toml.replace(
        'file = "guardian.html"\nurl = "https://www.theguardian.com/world/2026/mar/10/'
        'colombia-coal-mine-collapse-cucunuba-miners-rescued"',
        f'url = "{url}"',
    )
    (folder / "story.toml").write_text(toml, encoding="utf-8")
    r = run_cli("run", str(folder), "--db", str(wh))
    assert r.returncode == 2
    assert errors(r.stderr) == [
        f"reconcile: error: {folder / 'story.toml'}: article 3: 'url' is not a valid URL: '{url}' ({why})"
    ]
    assert_base_intact(wh)


def test_a_control_character_in_a_file_name_stays_on_one_line(tmp_path, wh):
    """The warning for a page named 'a<newline>b.html' spanned two lines of stderr; an escape sequence
    in a name reached the terminal."""
    folder = copy_story(tmp_path / "s", "odd-names")
    (folder / "guardian.html").rename(folder / "guard\nian.html")
    (folder / "aljazeera.html").write_bytes(b"")
    (folder / "aljazeera.html").rename(folder / "al\x1b[31mjazeera.html")
    toml = (folder / "story.toml").read_text(encoding="utf-8")
    toml = toml.replace('file = "guardian.html"', 'file = "guard\\nian.html"')
    toml = toml.replace('file = "aljazeera.html"', 'file = "al\\u001b[31mjazeera.html"')
    (folder / "story.toml").write_text(toml, encoding="utf-8")
    r = run_cli("run", str(folder), "--db", str(wh))
    assert r.returncode == 0, r.stderr
    assert errors(r.stderr) == [f"reconcile: warning: {folder}/al\\x1b[31mjazeera.html: file is empty"]
    assert rows(wh, "SELECT count(*) FROM articles WHERE story_id = 'odd-names'") == [(3,)]
    assert_base_intact(wh)


def test_a_folder_name_with_a_control_character_is_no_story_id(tmp_path, wh):
    """A folder without story.toml named 'fire<newline>2026' made a story id with a newline in it,
    which a manifest's 'id' may not hold; the summary table broke across lines."""
    folder = tmp_path / "fire\n2026"
    folder.mkdir()
    for name in ("ap.html", "reuters.html"):
        shutil.copy(MINE / name, folder / name)
    r = run_cli("run", str(folder), "--db", str(wh))
    assert r.returncode == 2
    assert errors(r.stderr) == [
        f"reconcile: error: {tmp_path}/fire\\n2026: the folder's name, the story's id, holds a control character "
        "(U+000A); rename the folder or give the story an id in its story.toml"
    ]
    assert_base_intact(wh)


def test_a_page_that_lies_about_its_charset_is_read_and_the_warning_says_so(tmp_path, wh):
    folder = copy_story(tmp_path / "s", "charset-lie")
    page = (folder / "guardian.html").read_text(encoding="utf-8")
    assert 'charset="utf-8"' in page
    (folder / "guardian.html").write_bytes(page.encode("cp1252", "replace"))
    r = run_cli("run", str(folder), "--db", str(wh))
    assert r.returncode == 0, r.stderr
    assert errors(r.stderr) == [
        f"reconcile: warning: {folder / 'guardian.html'}: not UTF-8 though it declares charset 'utf-8'; "
        "read as Windows-1252 (Latin-1)"
    ]
    texts = dict(rows(wh, "SELECT outlet, text FROM articles WHERE story_id = 'charset-lie'"))
    assert len(texts) == 4 and "Hernán" in texts["The Guardian"]
    assert_base_intact(wh)


@pytest.mark.parametrize(
    "var, value, message",
    [
        ("RECONCILE_FETCH_BACKOFF", "inf", "fetch_backoff: input should be a finite number"),
        ("RECONCILE_FETCH_TIMEOUT", "1e309", "fetch_timeout: input should be a finite number"),
        ("RECONCILE_LOCK_WAIT", "1e12", "lock_wait_seconds: input should be less than or equal to 86400"),
    ],
)
def test_an_endless_wait_setting_is_a_settings_error(tmp_path, wh, var, value, message):
    """RECONCILE_FETCH_BACKOFF=inf reached time.sleep at the first retry: an OverflowError traceback, exit 1."""
    r = run_cli("run", str(MINE), "--db", str(wh), env={var: value})
    assert r.returncode == 2
    assert errors(r.stderr) == [f"reconcile: error: {var}={value!r}: {message}"]
    assert_base_intact(wh)


def test_a_verdict_on_a_missing_warehouse_is_a_warehouse_error_as_for_report(tmp_path):
    """Was exit 2 with '(see reconcile verdict --help)' after it, as if the arguments were wrong."""
    db = tmp_path / "nothing.duckdb"
    r = run_cli("verdict", "a3a02881a8daacb6", "confirmed", "--db", str(db))
    assert r.returncode == 1
    assert r.stderr == f"reconcile: error: {db}: no warehouse here (run `reconcile run` first)\n"
    assert not db.exists()


def test_a_report_folder_that_is_a_file_is_named_as_such(tmp_path, wh):
    """Was 'FILE/mine-rescue.html: cannot write the report (File exists)'."""
    out = tmp_path / "reports"
    out.write_text("not a folder", encoding="utf-8")
    r = run_cli("report", "mine-rescue", "--db", str(wh), "--out", str(out))
    assert r.returncode == 1
    assert r.stderr == f"reconcile: error: {out}: is a file, not a folder; give a folder for the reports\n"
    assert out.read_text(encoding="utf-8") == "not a folder"
    assert_base_intact(wh)


def test_a_device_or_a_name_too_long_as_a_story_path_is_one_line(tmp_path, wh):
    """'/dev/null' was listed as a folder (NotADirectoryError traceback); a 300-character name raised
    OSError 'File name too long' from Path.exists."""
    long = tmp_path / ("s" * 300)
    r = run_cli("run", "/dev/null", "--db", str(wh))
    assert r.returncode == 2
    assert errors(r.stderr) == ["reconcile: error: /dev/null: expected a story folder or a story.toml file"]
    r = run_cli("run", str(long), "--db", str(wh))
    assert r.returncode == 2
    assert errors(r.stderr) == [f"reconcile: error: {long}: cannot read (File name too long)"]
    folder = copy_story(tmp_path / "s", "beside-a-device")
    r = run_cli("run", "/dev/null", str(folder), "--db", str(wh))
    assert r.returncode == 0, r.stderr
    assert errors(r.stderr)[0] == "reconcile: skipping /dev/null: not a story folder or story.toml"
    assert rows(wh, "SELECT count(*) FROM articles WHERE story_id = 'beside-a-device'") == [(4,)]
    assert_base_intact(wh)


@pytest.mark.parametrize(
    "args",
    [["run", str(MINE)], ["report", "mine-rescue"], ["export", "--parquet", "OUT"], ["verdict", "abc", "confirmed"]],
)
def test_a_warehouse_name_too_long_is_one_line(tmp_path, args):
    db = tmp_path / ("w" * 300 + ".duckdb")
    args = [str(tmp_path / "out") if a == "OUT" else a for a in args]
    r = run_cli(*args, "--db", str(db))
    assert r.returncode == 1
    assert errors(r.stderr) == [f"reconcile: error: {db}: cannot use as the warehouse (File name too long)"]


def test_an_output_folder_name_too_long_is_one_line(tmp_path, wh):
    out = tmp_path / ("o" * 300)
    r = run_cli("report", "mine-rescue", "--db", str(wh), "--out", str(out))
    assert r.returncode == 1
    assert r.stderr == f"reconcile: error: {out}: cannot write the reports there (File name too long)\n"
    r = run_cli("export", "--db", str(wh), "--parquet", str(out))
    assert r.returncode == 1
    assert r.stderr == f"reconcile: error: {out}: cannot create the export folder (File name too long)\n"


@pytest.mark.parametrize("make", ["device", "fifo", "huge"])
def test_a_story_toml_that_never_ends_or_never_comes_is_refused(tmp_path, wh, make):
    """A story.toml linked to /dev/zero was read until memory ran out; a FIFO waited for a writer forever."""
    folder = copy_story(tmp_path / "s", "endless")
    manifest = folder / "story.toml"
    manifest.unlink()
    if make == "device":
        manifest.symlink_to("/dev/zero")
    elif make == "fifo":
        os.mkfifo(manifest)
    else:
        with manifest.open("wb") as fh:
            fh.write(b'id = "endless"\n')
            fh.truncate(10_000_001)
    r = run_cli("run", str(folder), "--db", str(wh), timeout=60)
    assert r.returncode == 2
    why = (
        "over the 10,000,000-byte limit for a TOML file; refused"
        if make == "huge"
        else "not a regular file (a device or a pipe)"
    )
    assert errors(r.stderr) == [f"reconcile: error: {manifest}: {why}"]
    assert_base_intact(wh)


def test_a_config_file_that_never_ends_is_refused_and_dev_null_is_no_settings(tmp_path, wh):
    r = run_cli("run", str(MINE), "--db", str(wh), "--config", "/dev/zero", timeout=60)
    assert r.returncode == 2
    assert errors(r.stderr) == ["reconcile: error: /dev/zero: not a regular file (a device or a pipe)"]
    r = run_cli("run", str(MINE), "--db", str(wh), "--config", "/dev/null")
    assert r.returncode == 0, r.stderr
    assert_base_intact(wh)


def test_an_outlets_file_name_too_long_is_one_line(tmp_path, wh):
    path = tmp_path / ("o" * 300 + ".toml")
    r = run_cli("watch", str(path), "--db", str(wh))
    assert r.returncode == 2
    assert errors(r.stderr) == [f"reconcile: error: {path}: cannot read (File name too long)"]


def _many_headers(h, n):
    body = article_html("Harbour fire", HARBOUR_A, site="Third Paper").encode("utf-8")
    h.send_response(200)
    for i in range(150):
        h.send_header(f"X-Padding-{i}", "x")
    h.send_header("Content-Type", "text/html; charset=utf-8")
    h.send_header("Content-Length", str(len(body)))
    h.end_headers()
    h.wfile.write(body)


def test_a_hostile_server_costs_its_own_page_only(wh):
    """A redirect to 'Location: //[::1' raised ValueError out of urljoin: a traceback, exit 1, the
    whole run lost. A page of 150 headers read 'failed (HTTPException)', without the reason."""
    with PageServer() as server:
        a = server.page("/a", article_html("Harbour fire", HARBOUR_A, site="Harbour Gazette"))
        b = server.page("/b", article_html("Harbour blaze", HARBOUR_B, site="Port News"))
        bad_redirect = server.route("/moved", redirect("//[::1"))
        headers = server.route("/headers", _many_headers)
        r = run_cli(
            *("run", a, b, bad_redirect, headers, "--story", "harbour", "--db", str(wh)),
            *("--allow-host", server.host),
            env={"RECONCILE_FETCH_RETRIES": "0"},
        )
    assert r.returncode == 0, r.stderr
    assert errors(r.stderr) == [
        f"reconcile: warning: {bad_redirect}: fetch failed: HTTP 302 redirect to an invalid URL '//[::1' "
        "(Invalid IPv6 URL)",
        f"reconcile: warning: {headers}: fetch failed: connection to 127.0.0.1 failed "
        "(HTTPException: got more than 100 headers)",
    ]
    assert sorted(rows(wh, "SELECT outlet FROM articles WHERE story_id = 'harbour'")) == [
        ("Harbour Gazette",),
        ("Port News",),
    ]
    assert_base_intact(wh)


JAPANESE = [
    "火曜日の夜、北部の港の倉庫で大規模な火災が発生したと消防当局が発表した。",
    "この火災で3人が死亡し、11人が煙を吸って病院に搬送された。",
    "60人以上の消防士が6時間にわたって消火活動にあたった。",
    "出火原因はまだ分かっておらず、警察が調査を始めた。",
]


def test_a_charset_declared_only_in_the_http_header_is_used(wh):
    """A Shift_JIS page whose charset only its Content-Type header names was refused as 'not valid
    UTF-8 text (131 undecodable bytes ...)'; a Latin-1 one was read with 'no charset declared'."""
    page = "<html><head><title>火災</title></head><body><article>"
    page += "".join(f"<p>{p}</p>" for p in JAPANESE) + "</article></body></html>"
    with PageServer() as server:
        a = server.page("/a", article_html("Harbour fire", HARBOUR_A, site="Harbour Gazette"))
        ja = server.route("/ja", lambda h, n: send(h, 200, page.encode("shift_jis"), "text/html; charset=Shift_JIS"))
        r = run_cli(*("run", a, ja, "--story", "harbour-ja", "--db", str(wh), "--allow-host", server.host))
        assert r.returncode == 0, r.stderr
        assert errors(r.stderr) == []
        texts = dict(rows(wh, "SELECT url, text FROM articles WHERE story_id = 'harbour-ja'"))
        assert JAPANESE[1] in texts[ja]
        again = run_cli(*("run", a, ja, "--story", "harbour-ja", "--db", str(wh), "--reuse-pages", "--force"))
        assert again.returncode == 0, again.stderr
    assert JAPANESE[1] in dict(rows(wh, "SELECT url, text FROM articles WHERE story_id = 'harbour-ja'"))[ja]
    assert_base_intact(wh)


def test_an_empty_model_name_is_a_settings_error(wh):
    """Was read as a model named '' and reported as the warehouse's model mismatch."""
    r = run_cli("run", str(MINE), "--db", str(wh), env={"RECONCILE_MODEL": " "})
    assert r.returncode == 2
    assert errors(r.stderr) == [
        "reconcile: error: RECONCILE_MODEL=' ': model: value error, empty; give a sentence-transformers model name or path"
    ]
    assert_base_intact(wh)
