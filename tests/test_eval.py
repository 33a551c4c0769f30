"""The quality gate: alignment, discrepancy and extraction scores on the labelled fixtures."""

import json
from pathlib import Path

import pytest

from conftest import FIXTURES
from reconcile.align import FEATURES
from reconcile.evaluate import evaluate
from reconcile.settings import CALIBRATION_FILE

BASELINE = json.loads((Path(__file__).with_name("eval_baseline.json")).read_text())


@pytest.fixture(scope="module")
def report(settings):
    return evaluate(FIXTURES, settings).as_dict()


def test_every_citation_resolves(report):
    assert report["unresolved_citations"] == []
    assert report["stories"] >= 5


def test_alignment_floor(report):
    for metric, floor in BASELINE["alignment"].items():
        assert report["alignment"][metric] >= floor, (metric, report["alignment"])


@pytest.mark.parametrize("kind", ["overall", "number", "date", "entity", "negation"])
def test_discrepancy_floor(report, kind):
    for metric, floor in BASELINE["discrepancies"][kind].items():
        assert report["discrepancies"][kind][metric] >= floor, (kind, metric, report["discrepancies"][kind])


def test_extraction_floor(report):
    for metric, floor in BASELINE["extraction"].items():
        assert report["extraction"][metric] >= floor, (metric, report["extraction"])


def test_calibration_matches_the_scorer():
    cal = json.loads(CALIBRATION_FILE.read_text())
    assert cal["features"] == list(FEATURES) and len(cal["align_weights"]) == len(FEATURES)
    assert 0 < cal["align_threshold"] < 1
    assert cal["leave_one_story_out_f1"] >= 0.85  # the held-out estimate, recorded by `reconcile calibrate`
