"""Settings: the calibration file is required and checked; no silent fallback to default thresholds."""

from __future__ import annotations

import json

import pytest

from conftest import STORIES
from reconcile import cli, settings as settings_mod
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
