"""Watchlists (reconcile/watchlist.py) and the fetch-related CLI, through the real entry point."""

from __future__ import annotations

import json
import re
import sys

import pytest
from conftest import ROOT, run_cli
from local_server import HARBOUR_A, HARBOUR_B, PageServer, article_html

from reconcile.watchlist import WatchlistError, cron_problem, load_watchlist, parse_interval

STORY = '[[stories]]\npath = "story"\n'


@pytest.fixture()
def folder(tmp_path):
    story = tmp_path / "story"
    story.mkdir()
    (story / "north-herald.txt").write_text("\n\n".join(HARBOUR_A), encoding="utf-8")
    (story / "south-post.txt").write_text("\n\n".join(HARBOUR_B), encoding="utf-8")
    return tmp_path


def write(folder, text: str):
    path = folder / "watch.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_cron_watchlist(folder):
    wl = load_watchlist(
        write(
            folder,
            'name = "night"\ndb = "w.duckdb"\n[schedule]\ncron = "0  3 * * mon-fri"\n'
            'timezone = "Europe/London"\n'
            + STORY
            + '[[stories]]\nid = "fire"\nurls = ["https://a.example/1", "https://b.example/2"]\n',
        )
    )
    assert wl.name == "night" and wl.cron == "0 3 * * mon-fri" and wl.interval is None
    assert wl.db == folder / "w.duckdb" and [s.story_id for s in wl.stories] == ["story", "fire"]
    assert wl.describe() == "cron '0 3 * * mon-fri' (Europe/London)"


@pytest.mark.parametrize(
    "value, seconds",
    [(1800, 1800.0), ("30m", 1800.0), ("2h", 7200.0), ("90s", 90.0), ("1d", 86400.0), ("1.5h", 5400.0)],
)
def test_intervals(folder, value, seconds):
    wl = load_watchlist(write(folder, f"[schedule]\ninterval = {json.dumps(value)}\n" + STORY))
    assert wl.interval == seconds and wl.name == "watch" and wl.cron is None
    assert parse_interval(value) == seconds


@pytest.mark.parametrize(
    "expr",
    ["* * * * *", "*/15 * * * *", "0 9-17 * * 1-5", "0 0 1,15 jan,jul *", "@hourly", "30 6 * * sun", "0 0 * * 7"],
)
def test_valid_cron(expr):
    assert cron_problem(expr) is None


@pytest.mark.parametrize(
    "body, msg",
    [
        (STORY, 'no [schedule] table (give cron = "..." or interval = "...")'),
        (
            '[schedule]\ncron = "* * * * *"\ninterval = 60\n' + STORY,
            "[schedule] needs exactly one of 'cron' and 'interval'",
        ),
        (
            '[schedule]\ncron = "* * *"\n' + STORY,
            "schedule.cron '* * *': expected 5 fields (minute hour day-of-month month day-of-week), got 3",
        ),
        (
            '[schedule]\ncron = "0 25 * * *"\n' + STORY,
            "schedule.cron '0 25 * * *': hour field '25': 25 is outside 0-23",
        ),
        (
            '[schedule]\ncron = "*/0 * * * *"\n' + STORY,
            "schedule.cron '*/0 * * * *': minute field '*/0': step must be a positive number",
        ),
        (
            '[schedule]\ncron = "0 0 * foo *"\n' + STORY,
            "schedule.cron '0 0 * foo *': month field 'foo': 'foo' is not a number or a name",
        ),
        (
            '[schedule]\ncron = "5-1 * * * *"\n' + STORY,
            "schedule.cron '5-1 * * * *': minute field '5-1': range 5-1 is backwards",
        ),
        (
            '[schedule]\ninterval = "soon"\n' + STORY,
            "schedule.interval 'soon': expected a positive number of seconds or a duration such as '90s', '30m', '6h', '1d' (from 1 s to 366 days)",
        ),
        (
            "[schedule]\ninterval = 0\n" + STORY,
            "schedule.interval 0: expected a positive number of seconds or a duration such as '90s', '30m', '6h', '1d' (from 1 s to 366 days)",
        ),
        (
            '[schedule]\ncron = "@daily"\ntimezone = "Mars/Olympus"\n' + STORY,
            "schedule.timezone 'Mars/Olympus': not a known time zone (use an IANA name such as 'Europe/London')",
        ),
        (
            '[schedule]\ncron = "@daily"\nevery = 3\n' + STORY,
            "unknown key(s) in [schedule]: 'every' (allowed: cron, interval, timezone)",
        ),
        (
            'colour = "red"\n[schedule]\ncron = "@daily"\n' + STORY,
            "unknown key(s) 'colour' (allowed: allow_hosts, allow_private, db, discovery, model, name, schedule, stories)",
        ),
        (
            'name = "a/b"\n[schedule]\ncron = "@daily"\n' + STORY,
            "'name' must be 1-100 letters, digits, spaces, '.', '_' or '-', got 'a/b'",
        ),
        ('[schedule]\ncron = "@daily"\n', "no [[stories]] entries"),
        (
            '[schedule]\ncron = "@daily"\n[[stories]]\npath = "story"\nurls = ["https://a.example/"]\n',
            "story 1: give either 'path' or 'id' with 'urls', not both",
        ),
        (
            '[schedule]\ncron = "@daily"\n[[stories]]\nurls = ["https://a.example/"]\n',
            "story 1: needs 'path', or 'id' (a non-empty string) with 'urls'",
        ),
        (
            '[schedule]\ncron = "@daily"\n[[stories]]\nid = "x"\nurls = ["ftp://a.example/"]\n',
            "story 1: 'ftp://a.example/': not an http(s) URL",
        ),
        (
            '[schedule]\ncron = "@daily"\n' + STORY + '[[stories]]\nid = "story"\nurls = ["https://a.example/"]\n',
            "story 2: story id 'story' is also used by story 1",
        ),
        (
            'allow_hosts = ["localhost"]\n[schedule]\ncron = "@daily"\n' + STORY,
            "allow_hosts: 'localhost': expected HOST:PORT, e.g. 127.0.0.1:8000",
        ),
        (
            'allow_private = "yes"\n[schedule]\ncron = "@daily"\n' + STORY,
            "'allow_private' must be true or false, got a string",
        ),
        ("[schedule\n", None),
    ],
)
def test_malformed_watchlists(folder, body, msg):
    path = write(folder, body)
    with pytest.raises(WatchlistError) as e:
        load_watchlist(path)
    if msg is None:
        assert str(e.value).startswith(f"{path}: invalid TOML: ")
    else:
        assert str(e.value) == f"{path}: {msg}"


def test_a_missing_story_folder_is_named(folder):
    path = write(folder, '[schedule]\ncron = "@daily"\n[[stories]]\npath = "nowhere"\n')
    with pytest.raises(WatchlistError) as e:
        load_watchlist(path)
    assert str(e.value) == f"{path}: story 1: {folder / 'nowhere'}: no such file or directory"


def test_the_example_watchlist_is_valid():
    wl = load_watchlist(ROOT / "watchlist.example.toml")
    assert wl.cron and wl.stories and all((s.manifest or s.folder).exists() for s in wl.stories)


# --- through the real entry point -----------------------------------------------------------


def _imported(stderr: str, module: str) -> bool:
    return bool(re.search(rf"\|\s+{module}(\.|$)", stderr, re.M))


def test_serve_rejects_a_bad_watchlist_before_importing_prefect(folder):
    path = write(folder, '[schedule]\ncron = "0 25 * * *"\n' + STORY)
    r = _run_py("-X", "importtime", "-m", "reconcile", "serve", str(path))
    assert r.returncode == 2
    assert r.stderr.splitlines()[-1] == (
        f"reconcile: error: {path}: schedule.cron '0 25 * * *': hour field '25': 25 is outside 0-23"
    )
    assert not _imported(r.stderr, "prefect") and _imported(r.stderr, "reconcile.watchlist")


def test_serve_check_prints_the_schedule(folder):
    path = write(folder, 'name = "harbour"\n[schedule]\ninterval = "30m"\n' + STORY)
    r = run_cli("serve", str(path), "--check", "--db", str(folder / "w.duckdb"))
    assert r.returncode == 0, r.stderr
    assert r.stdout == (
        f"watchlist watch.toml: deployment reconcile-stories/harbour, 1 stories (story), every 30m, "
        f"warehouse {folder / 'w.duckdb'}\n"
    )


def test_serve_names_a_missing_watchlist(tmp_path):
    r = run_cli("serve", str(tmp_path / "none.toml"))
    assert r.returncode == 2 and r.stderr == f"reconcile: error: {tmp_path / 'none.toml'}: no such file\n"


@pytest.mark.parametrize(
    "args, msg",
    [
        (["https://a.example/1"], "https://a.example/1: page URLs make one story; name it with --story ID"),
        (["fixtures", "--story", "x"], "--story names the story made of the URLs given; no URL was given"),
        (
            ["https://a.example/1", "--story", "x", "--allow-host", "a.example"],
            "--allow-host 'a.example': expected HOST:PORT, e.g. 127.0.0.1:8000",
        ),
        (
            ["https://a.example/1", "https://a.example/1", "--story", "x"],
            "https://a.example/1: URL given twice for story 'x'",
        ),
    ],
)
def test_run_url_usage_errors(args, msg):
    r = run_cli("run", *args)
    assert r.returncode == 2 and r.stderr == f"reconcile: error: {msg}\n"


def _run_py(*args: str):
    import os
    import subprocess

    env = {**os.environ}
    env.pop("PREFECT_API_URL", None)
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


@pytest.mark.slow
def test_run_urls_in_process_through_the_cli(tmp_path):
    """`reconcile run URL... --story ID` without a Prefect API: fetched in-process, prefect never imported."""
    with PageServer() as s:
        a = s.page("/a", article_html("Fire at the harbour", HARBOUR_A, site="Harbour Gazette"))
        b = s.page("/b", article_html("Harbour blaze", HARBOUR_B, site="Port Daily"))
        gone = s.url("/gone")
        db = tmp_path / "w.duckdb"
        r = _run_py(
            "-X",
            "importtime",
            "-m",
            "reconcile",
            "run",
            a,
            b,
            gone,
            "--story",
            "harbour-fire",
            "--db",
            str(db),
            "--allow-host",
            s.host,
            "--json",
        )
        counts = dict(s.counts)
    assert r.returncode == 0, r.stderr[-2000:]
    assert counts == {"/a": 1, "/b": 1, "/gone": 1}
    out = json.loads(r.stdout)
    assert out["stories"][0]["story_id"] == "harbour-fire" and out["stories"][0]["articles"] == 2
    errs = [ln for ln in r.stderr.splitlines() if ln.startswith("reconcile:")]
    assert f"reconcile: warning: {gone}: fetch failed: HTTP 404 Not Found" in errs
    assert errs[0].startswith("reconcile: running in-process")
    assert not _imported(r.stderr, "prefect")
