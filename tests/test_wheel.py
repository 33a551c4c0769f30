"""The package installs: a wheel built from the source, installed non-editable into a fresh venv,
carries the SQL and the calibration it reads and runs one fixture story."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, STORIES

pytestmark = pytest.mark.slow

SOURCE = ("pyproject.toml", "README.md", "reconcile", "flows", "warehouse")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    """Build the wheel from a copy of the source (the checkout gets no build/ or egg-info)."""
    src = tmp_path_factory.mktemp("src")
    for name in SOURCE:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.duckdb*"))
        else:
            shutil.copy2(ROOT / name, src / name)
    out = tmp_path_factory.mktemp("dist")
    # no build isolation: the project venv's setuptools builds it, nothing is downloaded
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--disable-pip-version-check",
            "-w",
            str(out),
            str(src),
        ],
        check=True,
        timeout=300,
    )
    (whl,) = out.glob("reconcile-*.whl")
    return whl


def test_the_wheel_carries_the_files_the_code_reads(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "reconcile/calibration.json",
        "warehouse/schema.sql",
        "warehouse/views.sql",
        "reconcile/facts/__init__.py",
        "reconcile/facts/lexicon.py",
        "reconcile/store/__init__.py",
        "reconcile/store/schema.py",
        "flows/reconcile_flow.py",
        "flows/alerts.py",
        "reconcile/templates/report.html.j2",
        "reconcile/templates/report.css",
    }
    expected |= {f"warehouse/queries/{p.name}" for p in (ROOT / "warehouse" / "queries").glob("*.sql")}
    # every module of the source, subpackages too ('packages' in pyproject.toml lists each one)
    expected |= {
        p.relative_to(ROOT).as_posix()
        for top in ("reconcile", "flows")
        for p in (ROOT / top).rglob("*.py")
        if "__pycache__" not in p.parts
    }
    assert expected <= names, sorted(expected - names)
    assert not any(n.endswith(".duckdb") for n in names)


def test_installed_wheel_runs_a_fixture_story(wheel, tmp_path, onnx_cache):
    venv = tmp_path / "venv"
    # A fresh venv of the base interpreter that sees the project's dependencies through a .pth
    # line (no re-download of torch); only the wheel itself is installed, without dependencies.
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    vpy = venv / "bin" / "python"
    purelib = subprocess.run(
        [str(vpy), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    deps = sysconfig.get_paths()["purelib"]
    Path(purelib, "_project_deps.pth").write_text(deps + "\n", encoding="utf-8")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(vpy),
            "install",
            "--quiet",
            "--no-deps",
            "--disable-pip-version-check",
            str(wheel),
        ],
        check=True,
        timeout=300,
    )

    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_API", "PYTHONPATH"))}
    env.update(HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", RECONCILE_CACHE_DIR=str(onnx_cache))
    where = subprocess.run(
        [str(vpy), "-c", "import reconcile, warehouse; print(reconcile.__file__); print(warehouse.__file__)"],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    assert all(Path(p).is_relative_to(venv) for p in where), where  # the wheel, not the checkout

    db = tmp_path / "w.duckdb"
    r = subprocess.run(
        [str(venv / "bin" / "reconcile"), "run", str(STORIES[0]), "--db", str(db)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert r.returncode == 0, r.stderr
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM sentences").fetchone()[0] > 0
        assert con.execute("SELECT count(*) FROM v_discrepancies").fetchone() is not None
    finally:
        con.close()
    # The HTML report renders from the templates the wheel carries.
    rep = subprocess.run(
        [str(venv / "bin" / "reconcile"), "report", "--all", "--out", str(tmp_path / "reports"), "--db", str(db)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert rep.returncode == 0, rep.stderr
    (page,) = (tmp_path / "reports").glob("*.html")
    assert '<table class="matrix' in page.read_text(encoding="utf-8")
