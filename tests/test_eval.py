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
    # truth.toml cites any substring: no pair is set apart as uncitable
    assert "alignment_every_pair" not in report


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


def test_json_labels_leave_uncitable_sentences_out_of_the_scores(tmp_path, settings):
    """The labelling guide cites sentences by 25-80 character quotes, so a shorter sentence cannot be
    labelled: with --gold, predicted pairs holding one are counted apart, not scored as false."""
    from reconcile.evaluate import MIN_QUOTE

    stories, gold = tmp_path / "stories", tmp_path / "gold"
    folder = stories / "council-vote"
    folder.mkdir(parents=True)
    gold.mkdir()
    texts = {
        "a.txt": "The city council voted 9-2 on Tuesday to close the old harbour bridge to cars.\n\n"
        "The mayor called the result a victory for the waterfront.\n\n“It is wrong.”\n\n"
        "Repairs to the bridge are expected to cost about $40 million over five years.",
        "b.txt": "Cars will no longer be allowed on the old harbour bridge after the city council voted "
        "9-2 on Tuesday.\n\nShop owners near the bridge said they feared losing customers.\n\n"
        "“It is wrong.”\n\nFixing the bridge would cost roughly $40 million over five years, officials said.",
    }
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "story.toml").write_text(
        'id = "council-vote"\ntitle = "Council closes bridge"\n'
        '[[articles]]\noutlet = "Harbour Times"\nfile = "a.txt"\n'
        '[[articles]]\noutlet = "City Wire"\nfile = "b.txt"\n'
    )
    (gold / "council-vote.json").write_text(
        json.dumps(
            {
                "story": "council-vote",
                "claims": [
                    {
                        "label": "vote",
                        "members": [
                            {"outlet": "Harbour Times", "quote": "voted 9-2 on Tuesday to close the old harbour"},
                            {"outlet": "City Wire", "quote": "Cars will no longer be allowed on the old harbour"},
                        ],
                    },
                    {
                        "label": "cost",
                        "members": [
                            {"outlet": "Harbour Times", "quote": "expected to cost about $40 million"},
                            {"outlet": "City Wire", "quote": "would cost roughly $40 million over five"},
                        ],
                    },
                ],
                "conflicts": [],
            }
        )
    )
    rep = evaluate(stories, settings, gold).as_dict()
    assert rep["unresolved_citations"] == []
    assert rep["min_quote_chars"] == MIN_QUOTE
    every, scored = rep["alignment_every_pair"], rep["alignment"]
    # the two identical one-line quotes are one claim, but no label can say so
    assert rep["uncitable_pairs_not_scored"] >= 1
    assert every["fp"] == scored["fp"] + rep["uncitable_pairs_not_scored"]
    assert every["tp"] == scored["tp"] and scored["tp"] >= 1
