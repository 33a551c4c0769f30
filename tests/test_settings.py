"""Settings: the calibration file is required and checked; no silent fallback to default thresholds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import STORIES

from reconcile import cli
from reconcile import settings as settings_mod
from reconcile.errors import CalibrationError
from reconcile.settings import Settings


def test_the_shipped_calibration_is_used():
    cal = json.loads(settings_mod.CALIBRATION_FILE.read_text(encoding="utf-8"))
    s = Settings()
    assert s.align_threshold == cal["align_threshold"]
    assert s.align_weights == tuple(cal["align_weights"])


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (None, "calibration file missing"),
        ("{not json", "corrupt calibration file, not JSON"),
        ("[0.6]", "corrupt calibration file (not a JSON object)"),
        ('{"align_weights": [1.0]}', "corrupt calibration file, 'align_threshold' is missing"),
        ('{"align_threshold": "high"}', "corrupt calibration file (could not convert string to float: 'high')"),
        ('{"align_threshold": 7}', "corrupt calibration file (align_threshold 7.0 is outside 0..1)"),
        ('{"align_threshold": 0.6, "discrepancy_gates": {"number": "x"}}', "corrupt calibration file"),
    ],
)
def test_a_missing_or_corrupt_calibration_is_an_error_naming_the_file(tmp_path, monkeypatch, content, says):
    path = tmp_path / "calibration.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    monkeypatch.setattr(settings_mod, "CALIBRATION_FILE", path)
    with pytest.raises(CalibrationError) as e:
        Settings()
    msg = str(e.value)
    assert msg.startswith(f"{path}: {says}")
    assert "\n" not in msg


def test_the_cli_reports_a_corrupt_calibration_in_one_line(tmp_path, monkeypatch, capsys):
    path = tmp_path / "calibration.json"
    path.write_text("{", encoding="utf-8")
    monkeypatch.setattr(settings_mod, "CALIBRATION_FILE", path)
    code = cli.main(["run", str(STORIES[0]), "--db", str(tmp_path / "w.duckdb")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert len(err) == 1
    assert err[0].startswith(f"reconcile: error: {path}: corrupt calibration file, not JSON")
    assert not (tmp_path / "w.duckdb").exists()


# --- where settings come from: defaults < config file < RECONCILE_* variables < flags ----------------


@pytest.fixture()
def clean_env(monkeypatch, tmp_path):
    """No RECONCILE_* variable of the caller's, and a working directory without reconcile.toml."""
    import os

    for name in list(os.environ):
        if name.startswith("RECONCILE_") and name != "RECONCILE_CACHE_DIR":
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    return monkeypatch


def test_flags_override_the_environment_which_overrides_the_file(clean_env, tmp_path):
    cfg = tmp_path / "conf" / "settings.toml"
    cfg.parent.mkdir()
    cfg.write_text(
        'db_path = "w.duckdb"\nstory_batch = 4\nfetch_retries = 5\nmodel = "all-MiniLM-L6-v2"\n'
        "[discrepancy_gates]\nnumber = 0.25\n",
        encoding="utf-8",
    )
    s = Settings.from_env(config=cfg)
    assert (s.db_path, s.story_batch, s.fetch_retries) == (cfg.parent / "w.duckdb", 4, 5)  # relative to the file
    assert s.discrepancy_gates == {"number": 0.25} and s.fetch_timeout == Settings().fetch_timeout
    clean_env.setenv("RECONCILE_STORY_BATCH", "6")
    clean_env.setenv("RECONCILE_DB", "/data/env.duckdb")
    clean_env.setenv("RECONCILE_ALLOW_HOSTS", '["127.0.0.1:8000"]')
    s = Settings.from_env(config=cfg, fetch_retries=None)  # None: flag not given
    assert (s.db_path, s.story_batch, s.fetch_retries) == (Path("/data/env.duckdb"), 6, 5)
    assert s.allow_hosts == ("127.0.0.1:8000",)
    s = Settings.from_env(config=cfg, story_batch=7, db_path=Path("flag.duckdb"))
    assert (s.db_path, s.story_batch, s.fetch_retries) == (Path("flag.duckdb"), 7, 5)
    # Without --config: $RECONCILE_CONFIG, else ./reconcile.toml, else defaults only.
    clean_env.delenv("RECONCILE_STORY_BATCH")
    assert Settings.from_env().story_batch == Settings().story_batch
    (tmp_path / "reconcile.toml").write_text("story_batch = 9\n", encoding="utf-8")
    assert Settings.from_env().story_batch == 9
    clean_env.setenv("RECONCILE_CONFIG", str(cfg))
    assert Settings.from_env().story_batch == 4
    # Settings() and copies read neither environment nor file.
    assert Settings().story_batch == 32 and Settings().db_path == Path("warehouse/reconcile.duckdb")
    assert s.replace(force=True).story_batch == 7


def test_another_model_defaults_to_the_torch_backend_unless_one_is_given(clean_env):
    assert Settings.from_env().embed_backend == "onnx-int8"
    assert Settings.from_env(model="/models/other").embed_backend == "torch"
    clean_env.setenv("RECONCILE_EMBED_BACKEND", "onnx-int8")
    assert Settings.from_env(model="/models/other").embed_backend == "onnx-int8"


@pytest.mark.parametrize(
    ("env", "file", "flags", "message"),
    [
        (
            {"RECONCILE_STORY_BATCH": "many"},
            None,
            {},
            "RECONCILE_STORY_BATCH='many': story_batch: input should be a valid integer, unable to parse string as an integer",
        ),
        (
            {"RECONCILE_LOCK_WAIT": "-1"},
            None,
            {},
            "RECONCILE_LOCK_WAIT='-1': lock_wait_seconds: input should be greater than or equal to 0",
        ),
        (
            {"RECONCILE_EMBED_BACKEND": "gpu"},
            None,
            {},
            "RECONCILE_EMBED_BACKEND='gpu': embed_backend: not one of torch, onnx-int8",
        ),
        (
            {"RECONCILE_ALLOW_HOSTS": "127.0.0.1:80"},
            None,
            {},
            "RECONCILE_ALLOW_HOSTS='127.0.0.1:80': allow_hosts: not valid JSON (give a list or table as JSON, e.g. [\"127.0.0.1:8000\"])",
        ),
        ({}, "fetch_retries = -2\n", {}, "{file}: fetch_retries: input should be greater than or equal to 0 (got -2)"),
        (
            {},
            "align_threshold = 1.5\n",
            {},
            "{file}: align_threshold: input should be less than or equal to 1 (got 1.5)",
        ),
        (
            {},
            'allow_hosts = ["nohost"]\n',
            {},
            "{file}: allow_hosts: value error, 'nohost': expected HOST:PORT, e.g. 127.0.0.1:8000 (got ['nohost'])",
        ),
        ({}, "story_bach = 3\n", {}, "{file}: unknown setting 'story_bach' (did you mean 'story_batch'?)"),
        ({}, "[fetch]\nretries = 3\n", {}, "{file}: [fetch]: settings are top-level keys (db_path = ..., model = ...)"),
        ({}, "story_batch = \n", {}, "{file}: not a TOML file (Invalid value (at line 1, column 15))"),
        (
            {"RECONCILE_STORY_BATCH": "3"},
            "story_batch = 0\n",
            {"story_batch": -1},
            "story_batch=-1: input should be greater than or equal to 1",
        ),
    ],
)
def test_a_bad_value_is_one_line_naming_its_source_and_field(clean_env, tmp_path, env, file, flags, message):
    from reconcile.errors import SettingsError

    for k, v in env.items():
        clean_env.setenv(k, v)
    cfg = tmp_path / "bad.toml"
    if file is not None:
        cfg.write_text(file, encoding="utf-8")
    with pytest.raises(SettingsError) as e:
        Settings.from_env(config=cfg if file is not None else None, **flags)
    assert str(e.value) == message.format(file=cfg)


def test_a_config_file_with_a_byte_order_mark_is_read(clean_env, tmp_path):
    cfg = tmp_path / "bom.toml"
    cfg.write_bytes(b"\xef\xbb\xbfstory_batch = 7\r\n")
    assert Settings.from_env(config=cfg).story_batch == 7


def test_a_variable_that_names_no_setting_is_a_warning(clean_env, caplog):
    import logging

    from reconcile import settings as settings_module

    clean_env.setattr(logging.getLogger("reconcile"), "propagate", True)  # the CLI's tests turn it off
    clean_env.setattr(settings_module, "_warned", set())
    clean_env.setenv("RECONCILE_LOCKWAIT", "5")
    clean_env.setenv("RECONCILE_USER", "ann")  # read by `reconcile verdict`, not a setting: no warning
    with caplog.at_level("WARNING", logger="reconcile"):
        s = Settings.from_env()
        Settings.from_env()
    assert s.lock_wait_seconds == Settings().lock_wait_seconds
    assert sorted({r.getMessage() for r in caplog.records}) == [  # distinct: a handler of the CLI's tests may stay
        "RECONCILE_LOCKWAIT: not a reconcile setting (did you mean RECONCILE_LOCK_WAIT?); ignored"
    ]


def test_the_cli_names_the_flag_variable_or_file_and_exits_2(clean_env, tmp_path, capsys):
    db = str(tmp_path / "w.duckdb")
    assert cli.main(["run", str(STORIES[0]), "--db", db, "--config", str(tmp_path / "none.toml")]) == 2
    assert capsys.readouterr().err == f"reconcile: error: {tmp_path / 'none.toml'}: config file not found\n"
    clean_env.setenv("RECONCILE_FETCH_TIMEOUT", "0")
    assert cli.main(["export", "--parquet", str(tmp_path / "out"), "--db", db]) == 2
    assert capsys.readouterr().err == (
        "reconcile: error: RECONCILE_FETCH_TIMEOUT='0': fetch_timeout: input should be greater than 0\n"
    )
    clean_env.delenv("RECONCILE_FETCH_TIMEOUT")
    assert cli.main(["eval", str(tmp_path), "--threshold", "2"]) == 2
    assert (
        capsys.readouterr().err
        == "reconcile: error: --threshold 2.0: align_threshold: input should be less than or equal to 1\n"
    )
    assert not (tmp_path / "w.duckdb").exists() and not (tmp_path / "out").exists()


@pytest.mark.slow
def test_non_default_settings_reach_the_flow_whole(prefect_harness, tmp_path, settings, monkeypatch):
    """Through the CLI's entry point (flow parameters as a deployment stores them): every field arrives."""
    from prefect.client.orchestration import get_client

    from flows.reconcile_flow import flow_parameters, run_flow
    from reconcile import driver
    from reconcile.pipeline import load_stories
    from reconcile.store import connect

    specs = load_stories([STORIES[0]])
    sent = settings.replace(
        db_path=tmp_path / "flow.duckdb",
        story_batch=3,
        fetch_retries=5,
        fetch_backoff=0.25,
        fetch_timeout=4.0,
        max_sentence_chars=400,
        max_file_bytes=4_000_000,
        use_cache=False,
        lock_wait_seconds=12.5,
        allow_hosts=("127.0.0.1:9",),
        discrepancy_gates={"number": 0.3},
    )
    params = flow_parameters(specs, sent)
    assert Settings.model_validate(params["settings"]) == sent  # JSON there and back, nothing lost
    received = []

    def spy(source, settings, *args, **kwargs):  # the real driver, called through
        received.append(settings)
        return run_batches(source, settings, *args, **kwargs)

    run_batches = driver.run_batches
    monkeypatch.setattr(driver, "run_batches", spy)
    summary = run_flow(specs, sent)
    assert not summary.failed
    assert received == [sent]
    with connect(sent.db_path, read_only=True) as con:
        stored = json.loads(con.execute("SELECT parameters FROM runs").fetchone()[0])
    assert stored["max_sentence_chars"] == 400 and stored["discrepancy_gates"] == {"number": 0.3}
    with get_client(sync_client=True) as client:
        run = client.read_flow_run(summary.run_id)
    assert Settings.model_validate(run.parameters["settings"]) == sent


# --- Prefect or in-process: Prefect's own settings decide ---------------------------------------------

_DECIDE = "import sys\nfrom reconcile import cli\nprint(cli._prefect_configured(), 'prefect' in sys.modules)\n"


def _decide(cwd, home, **env):
    import os
    import subprocess
    import sys

    e = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    e.update(HOME=str(home), PYTHONPATH=str(Path(cli.__file__).resolve().parent.parent), **env)
    r = subprocess.run([sys.executable, "-c", _DECIDE], cwd=cwd, env=e, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return r.stdout.split()


@pytest.mark.slow
@pytest.mark.parametrize("where", ["prefect.toml", ".env", "PREFECT_HOME", "PREFECT_PROFILES_PATH", "pyproject.toml"])
def test_prefect_is_used_when_its_own_settings_name_an_api(tmp_path, where):
    cwd, home = tmp_path / "work", tmp_path / "home"
    cwd.mkdir()
    home.mkdir()
    url = "http://127.0.0.1:9/api"
    profiles = f'active = "desk"\n[profiles.desk]\nPREFECT_API_URL = "{url}"\n'
    env = {}
    if where == "prefect.toml":
        (cwd / "prefect.toml").write_text(f'[api]\nurl = "{url}"\n', encoding="utf-8")
    elif where == ".env":
        (cwd / ".env").write_text(f"PREFECT_API_URL={url}\n", encoding="utf-8")
    elif where == "pyproject.toml":
        (cwd / "pyproject.toml").write_text(f'[tool.prefect.api]\nurl = "{url}"\n', encoding="utf-8")
    elif where == "PREFECT_HOME":
        (tmp_path / "prefect-home").mkdir()
        (tmp_path / "prefect-home" / "profiles.toml").write_text(profiles, encoding="utf-8")
        env["PREFECT_HOME"] = str(tmp_path / "prefect-home")
    else:
        (tmp_path / "elsewhere.toml").write_text(profiles, encoding="utf-8")
        env["PREFECT_PROFILES_PATH"] = str(tmp_path / "elsewhere.toml")
    assert _decide(cwd, home, **env) == ["True", "True"]


def test_without_any_prefect_source_the_run_is_in_process_and_prefect_not_imported(tmp_path):
    cwd, home = tmp_path / "work", tmp_path / "home"
    cwd.mkdir()
    (home / ".prefect").mkdir(parents=True)
    assert _decide(cwd, home) == ["False", "False"]
    # A profiles file whose active profile names no API: Prefect is asked, and says no.
    (home / ".prefect" / "profiles.toml").write_text(
        'active = "quiet"\n[profiles.quiet]\nPREFECT_LOGGING_LEVEL = "WARNING"\n'
        '[profiles.other]\nPREFECT_API_URL = "http://127.0.0.1:9/api"\n',
        encoding="utf-8",
    )
    assert _decide(cwd, home) == ["False", "True"]


def test_the_readme_table_lists_every_setting_with_its_variable_and_flag():
    from reconcile.settings import ENV_NAMES

    readme = (Path(cli.__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Settings\n", 1)[1].split("\n## ", 1)[0]
    rows = {line.split("|")[1].strip(" `"): line for line in section.splitlines() if line.startswith("| `")}
    assert list(rows) == list(Settings.model_fields)
    for name, line in rows.items():
        assert f"`{ENV_NAMES[name]}`" in line, name
        if name in cli.FLAGS:
            assert f"`{cli.FLAGS[name]}`" in line, name
