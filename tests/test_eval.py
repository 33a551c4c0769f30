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
    # the held-out estimates recorded by `reconcile calibrate`: the threshold keeps every labelled
    # set's leave-one-story-out precision at the calibrated floor (real coverage included)
    for name, figures in cal["sets"].items():
        assert figures["leave_one_story_out"]["precision"] >= 0.85, name
    assert cal["sets"]["fixtures"]["leave_one_story_out"]["f1"] >= 0.78


def test_gold_json_labels_are_read_like_truth_toml(tmp_path):
    """`reconcile eval DIR --gold GOLD`: JSON labels (eval/README.md) resolve against the stories."""
    from reconcile.evaluate import fixture_stories, load_truth

    story = FIXTURES / "mine-rescue"
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "mine-rescue.json").write_text(
        json.dumps(
            {
                "story": "mine-rescue",
                "claims": [
                    {
                        "label": "rescued",
                        "members": [
                            {"outlet": "Associated Press", "quote": "brought 14 miners out alive"},
                            {"outlet": "Reuters", "quote": "pulled 12 miners alive from a collapsed coal mine"},
                        ],
                    }
                ],
                "conflicts": [
                    {
                        "kind": "number",
                        "a": {"outlet": "Associated Press", "quote": "brought 14 miners out alive"},
                        "b": {"outlet": "Reuters", "quote": "pulled 12 miners alive from a collapsed coal mine"},
                        "note": "14 vs 12",
                    }
                ],
            }
        )
    )
    assert fixture_stories(FIXTURES, gold) == [story]
    truth = load_truth(story, gold)
    assert truth["claims"][0]["sentences"][1] == {
        "outlet": "Reuters",
        "text": "pulled 12 miners alive from a collapsed coal mine",
    }
    assert truth["discrepancies"][0]["kind"] == "number"
    (gold / "mine-rescue.json").write_text("{not json")
    with pytest.raises(Exception, match="mine-rescue.json: cannot read labels"):
        load_truth(story, gold)
