"""Shared test fixtures: the real model (loaded once), fixture stories, a demo warehouse."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
STORIES = sorted(p.parent for p in FIXTURES.glob("*/story.toml"))


@pytest.fixture(scope="session")
def settings():
    from reconcile.embed import load_model
    from reconcile.settings import Settings

    load_model(Settings().model)  # once per session
    return Settings()


@pytest.fixture(scope="session")
def onnx_cache(tmp_path_factory):
    """The int8 ONNX export, built once per session in a temporary cache (never the user's)."""
    from reconcile import embed

    cache = tmp_path_factory.mktemp("onnx-cache")
    old = os.environ.get("RECONCILE_CACHE_DIR")
    os.environ["RECONCILE_CACHE_DIR"] = str(cache)
    embed.load_onnx.cache_clear()
    embed.ensure_onnx_export(cache)
    yield cache
    embed.load_onnx.cache_clear()
    if old is None:
        os.environ.pop("RECONCILE_CACHE_DIR", None)
    else:
        os.environ["RECONCILE_CACHE_DIR"] = old


@pytest.fixture()
def db(tmp_path, settings):
    return settings.replace(db_path=tmp_path / "w.duckdb")


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory, settings):
    """All fixture stories reconciled once into a warehouse file (read-only use)."""
    from reconcile.pipeline import load_stories, run_stories

    path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    s = settings.replace(db_path=path)
    summary = run_stories(load_stories(STORIES), s)
    assert not summary.failed
    return path


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect API for the whole session (it costs ~20 s to start); shared by the flow tests."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


def run_cli(*args: str, cwd: Path | None = None, env: dict | None = None, timeout: int = 300):
    """The real console entry point in a subprocess."""
    e = {**os.environ, **(env or {})}
    e.pop("PREFECT_API_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "reconcile", *args],
        cwd=cwd or ROOT,
        env=e,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
