"""outlets.toml: loading, labels, and one-line errors naming the file and the entry (exit 2)."""

import subprocess
import sys
import textwrap

import pytest
from conftest import FIXTURES, ROOT, run_cli

from reconcile.errors import StoryError
from reconcile.outlets import load_outlets

DISCOVERY = FIXTURES / "discovery"


def test_fixture_outlets_load_with_slugs_feeds_and_labels():
    of = load_outlets(DISCOVERY / "outlets.toml")
    ids = [o.outlet_id for o in of.outlets]
    assert ids == ["harbour-herald", "the-northern-ledger", "meridian-wire", "coastline-daily", "valley-tribune"]
    herald = of.by_id()["harbour-herald"]
    assert herald.name == "Harbour Herald" and herald.country == "GB" and herald.language == "en"
    assert herald.labels == {"ownership": "trust", "bias": "centre"}
    assert herald.homepage == "https://www.harbourherald.example/"
    (feed,) = herald.feeds
    assert feed.is_local and feed.path == (DISCOVERY / "feeds" / "harbour-herald.rss").resolve()
    assert feed.spec == "feeds/harbour-herald.rss" and feed.outlet_id == "harbour-herald"
    assert len(of.feeds()) == 5
    assert of.by_id()["meridian-wire"].labels["kind"] == "wire agency"


def write(tmp_path, text, name="outlets.toml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    (tmp_path / "feeds").mkdir(exist_ok=True)
    (tmp_path / "feeds" / "a.rss").write_text("<rss/>", encoding="utf-8")
    return path


def test_urls_labels_table_and_inline_labels(tmp_path):
    path = write(
        tmp_path,
        """
        [[outlets]]
        name = "Los Angeles Times"
        feeds = ["https://www.latimes.example/world/rss2.0.xml", "feeds/a.rss"]
        founded = 1881
        paywall = true
        labels = { bias = "centre-left" }
    """,
    )
    (o,) = load_outlets(path).outlets
    assert o.outlet_id == "los-angeles-times"
    assert o.labels == {"bias": "centre-left", "founded": 1881, "paywall": True}
    url, local = o.feeds
    assert url.url == "https://www.latimes.example/world/rss2.0.xml" and url.path is None and not url.is_local
    assert local.is_local and local.url is None


BAD = [
    ("", "no [[outlets]] entries"),
    ("title = 'x'\n", "unknown key(s) 'title' (allowed: [[outlets]])"),
    ("outlets = 3\n", "'outlets' must be an array of tables ([[outlets]])"),
    ("[[outlets]]\nhomepage = 'https://a.example/'\n", "outlet 1: 'name' is required"),
    ("[[outlets]]\nname = ''\n", "outlet 1: 'name' must be a non-empty string, got an empty string"),
    (
        "[[outlets]]\nname = 'A'\nhomepage = 'a.example'\n",
        "outlet 1 ('A'): 'homepage' must be an http(s) URL, got 'a.example'",
    ),
    (
        "[[outlets]]\nname = 'A'\nfeeds = [1]\n",
        "outlet 1 ('A'): 'feeds' must be an array of strings (URLs or file paths), got an array",
    ),
    (
        "[[outlets]]\nname = 'A'\nfeeds = ['feeds/missing.rss']\n",
        "outlet 1 ('A'): feed 1 'feeds/missing.rss': no such file",
    ),
    (
        "[[outlets]]\nname = 'A'\nfeeds = ['ftp://a.example/feed']\n",
        "outlet 1 ('A'): feed 1 'ftp://a.example/feed': only http(s) URLs or file paths are allowed",
    ),
    (
        "[[outlets]]\nname = 'A'\nfeeds = ['feeds/a.rss', 'feeds/a.rss']\n",
        "outlet 1 ('A'): the same feed is listed twice",
    ),
    (
        "[[outlets]]\nname = 'A'\nfeed = 'feeds/a.rss'\n",
        "outlet 1 ('A'): unknown key 'feed' (did you mean 'feeds'? Other keys are labels; put a label with this "
        "name under 'labels')",
    ),
    (
        "[[outlets]]\nname = 'A'\nurl = 'https://a.example/'\n",
        "outlet 1 ('A'): unknown key 'url' (did you mean 'homepage'?",
    ),
    (
        "[[outlets]]\nname = 'A'\nowners = ['x', 'y']\n",
        "outlet 1 ('A'): label 'owners' must be text, a number or a boolean, got an array",
    ),
    ("[[outlets]]\nname = 'A'\nlabels = 'x'\n", "outlet 1 ('A'): 'labels' must be a table, got a string"),
    (
        "[[outlets]]\nname = 'BBC News'\n[[outlets]]\nname = 'bbc news'\n",
        "outlet 2 ('bbc news'): same outlet_id 'bbc-news' as outlet 1; outlet names must differ",
    ),
    (
        "[[outlets]]\nname = 'A'\nfeeds = ['feeds/a.rss']\n[[outlets]]\nname = 'B'\nfeeds = ['feeds/a.rss']\n",
        "outlet 2 ('B'): feed 'feeds/a.rss' is also listed by 'A'",
    ),
    ("[[outlets]]\nname = 'A'\ncountry = 7\n", "outlet 1 ('A'): 'country' must be a non-empty string, got an integer"),
]


@pytest.mark.parametrize("text,message", BAD, ids=[m[:40] for _, m in BAD])
def test_malformed_outlets_files_name_file_and_entry(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(StoryError) as e:
        load_outlets(path)
    assert str(e.value).startswith(f"{path}: {message}")
    assert "\n" not in str(e.value)


def test_feed_file_outside_the_folder_is_refused(tmp_path):
    (tmp_path / "elsewhere.rss").write_text("<rss/>", encoding="utf-8")
    sub = tmp_path / "conf"
    sub.mkdir()
    path = write(sub, "[[outlets]]\nname = 'A'\nfeeds = ['../elsewhere.rss']\n")
    with pytest.raises(
        StoryError, match=r"feed 1 '\.\./elsewhere\.rss': file is outside the outlets folder .*; refused"
    ):
        load_outlets(path)


def test_missing_and_invalid_files(tmp_path):
    with pytest.raises(StoryError, match=r"nope\.toml: no such file$"):
        load_outlets(tmp_path / "nope.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[[outlets]\nname=", encoding="utf-8")
    with pytest.raises(StoryError, match=r"bad\.toml: invalid TOML: "):
        load_outlets(bad)


def test_cli_watch_reports_a_bad_file_in_one_line_with_exit_2(tmp_path):
    path = write(tmp_path, "[[outlets]]\nname = 'A'\nfeeds = ['feeds/missing.rss']\n")
    r = run_cli("watch", str(path), "--db", str(tmp_path / "w.duckdb"))
    assert r.returncode == 2
    assert r.stderr == f"reconcile: error: {path}: outlet 1 ('A'): feed 1 'feeds/missing.rss': no such file\n"
    assert not (tmp_path / "w.duckdb").exists()


def test_cli_watch_with_no_feeds_and_bad_options(tmp_path):
    path = write(tmp_path, "[[outlets]]\nname = 'A'\n")
    r = run_cli("watch", str(path))
    assert r.returncode == 2
    assert r.stderr == f"reconcile: error: {path}: no outlet lists any feeds; nothing to watch\n"
    r = run_cli("watch", str(DISCOVERY / "outlets.toml"), "--min-outlets", "0")
    assert r.returncode == 2
    assert r.stderr == "reconcile: error: --min-outlets must be at least 1 (see reconcile watch --help)\n"


def test_validation_imports_neither_torch_nor_prefect(tmp_path):
    path = write(tmp_path, "[[outlets]]\nname = 'A'\nfeeds = ['feeds/missing.rss']\n")
    code = (
        "import sys; from reconcile.cli import main; rc = main(['watch', sys.argv[1]]); "
        "print(rc, 'torch' in sys.modules, 'prefect' in sys.modules, 'sentence_transformers' in sys.modules)"
    )
    r = subprocess.run([sys.executable, "-c", code, str(path)], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert r.stdout.split() == ["2", "False", "False", "False"]


# --- a watchlist's [discovery] table (reconcile serve) ---------------------------------------


def watchlist(tmp_path, body):
    path = tmp_path / "watch.toml"
    top, tables = (body, "") if not body.startswith("[") else ("", body)
    path.write_text('name = "news"\n' + top + '[schedule]\ninterval = "30m"\n' + tables, encoding="utf-8")
    return path


def test_a_watchlist_with_only_discovery(tmp_path):
    from reconcile.watchlist import load_watchlist

    path = watchlist(tmp_path, f'[discovery]\noutlets = "{DISCOVERY / "outlets.toml"}"\nwindow_hours = 36\n')
    wl = load_watchlist(path)
    assert wl.stories == () and wl.discovery.window_hours == 36 and len(wl.discovery.outlets.outlets) == 5
    r = run_cli("serve", str(path), "--check", "--db", str(tmp_path / "w.duckdb"))
    assert r.returncode == 0, r.stderr
    assert r.stdout == (
        f"watchlist watch.toml: deployment discover-stories/news, feeds of 5 outlets "
        f"({(DISCOVERY / 'outlets.toml').resolve()}), every 30m, warehouse {tmp_path / 'w.duckdb'}\n"
    )


def test_the_example_watchlist_serves_discovery_too():
    from reconcile.watchlist import load_watchlist

    wl = load_watchlist(ROOT / "watchlist.example.toml")
    assert wl.stories and wl.discovery.outlets.path == (DISCOVERY / "outlets.toml").resolve()


@pytest.mark.parametrize(
    "body,message",
    [
        ("[discovery]\nwindow_hours = 3\n", "[discovery] needs 'outlets' (the outlets.toml whose feeds to follow)"),
        (
            '[discovery]\noutlets = "o.toml"\nwindow = 3\n',
            "unknown key(s) in [discovery]: 'window' (allowed: outlets, window_hours, min_outlets, threshold)",
        ),
        ('[discovery]\noutlets = "o.toml"\nmin_outlets = 0\n', "discovery.min_outlets must be at least 1"),
        ('[discovery]\noutlets = "o.toml"\nthreshold = "high"\n', "discovery.threshold must be a number, got a string"),
        ('[discovery]\noutlets = "missing.toml"\n', "[discovery] {tmp}/missing.toml: no such file"),
        ('discovery = "o.toml"\n', "'discovery' must be a table ([discovery]), got a string"),
    ],
)
def test_malformed_discovery_tables(tmp_path, body, message):
    from reconcile.watchlist import load_watchlist

    write(tmp_path, "[[outlets]]\nname = 'A'\nfeeds = ['feeds/a.rss']\n", name="o.toml")
    path = watchlist(tmp_path, body)
    with pytest.raises(StoryError) as e:
        load_watchlist(path)
    assert str(e.value) == f"{path}: " + message.format(tmp=tmp_path)
