"""reconcile/monitor.py: the content of the Prefect artifacts, built from plain records."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reconcile import monitor
from reconcile.records import Article, Claim, Discrepancy, Sentence, Skip, StoryResult, StorySpec


def _story() -> StoryResult:
    spec = StorySpec(story_id="Harbour Fire", title="Fire | harbour", folder=Path("/tmp"), articles=(), manifest=None)
    arts = [
        Article(
            article_id=f"a{i}",
            story_id=spec.story_id,
            outlet=name,
            outlet_id=oid,
            source=f"{oid}.html",
            url=None,
            title=None,
            author=None,
            published_at=None,
            sitename=None,
            text="",
            dateline=None,
            language="en",
            content_hash=f"h{i}",
        )
        for i, (name, oid) in enumerate(
            [("Harbour Gazette", "harbour-gazette"), ("Port Daily", "port-daily"), ("Coast FM", "coast-fm")]
        )
    ]
    texts = {
        "s1": ("a0", "harbour-gazette", 0, "Three people were killed in the fire."),
        "s2": ("a1", "port-daily", 0, "Four people died in the fire."),
        "s3": ("a2", "coast-fm", 1, "The fire killed three people."),
        "s4": ("a0", "harbour-gazette", 1, "Shipping resumes on Thursday."),
        "s5": ("a1", "port-daily", 1, "Port traffic restarts on Thursday."),
        "s6": ("a2", "coast-fm", 0, "A crowd | gathered at the gates."),
    }
    sents = [
        Sentence(sentence_id=sid, article_id=a, outlet_id=o, position=p, paragraph=0, start=0, end=len(t), text=t)
        for sid, (a, o, p, t) in texts.items()
    ]
    claims = [
        Claim("c1", spec.story_id, ("s1", "s2", "s3"), (0.8, 0.8, 0.8), 3),
        Claim("c2", spec.story_id, ("s4", "s5"), (0.7, 0.7), 2),
        Claim("c3", spec.story_id, ("s6",), (None,), 1),
    ]
    ds = [
        Discrepancy(
            "d1",
            spec.story_id,
            "c1",
            "number",
            "s1",
            "s2",
            "Three",
            "Four",
            "3",
            "4",
            "Harbour Gazette says 3 killed, Port Daily says 4",
            0.9,
        ),
        Discrepancy(
            "d2",
            spec.story_id,
            "c1",
            "number",
            "s2",
            "s3",
            "Four",
            "three",
            "4",
            "3",
            "Port Daily says 4, Coast FM says 3",
            0.9,
        ),
    ]
    return StoryResult(
        spec=spec,
        articles=arts,
        sentences=sents,
        claims=claims,
        discrepancies=ds,
        skips=[Skip(spec.story_id, "http://x/gone", "http://x/gone: fetch failed: HTTP 404 Not Found")],
    )


@pytest.mark.parametrize(
    "story_id, key",
    [
        ("belarus-prisoners", "belarus-prisoners-claims"),
        ("Harbour Fire (2025)", "harbour-fire-2025-claims"),
        ("Zürich Flood", "zurich-flood-claims"),
        ("!!!", None),
        ("x" * 300, None),
    ],
)
def test_artifact_keys_are_lowercase_letters_digits_and_dashes(story_id, key):
    k = monitor.artifact_key(story_id, "claims")
    assert re.fullmatch(r"[a-z0-9-]+", k) and k.endswith("-claims") and len(k) <= 90
    if key:
        assert k == key
    assert k == monitor.artifact_key(story_id, "claims")  # stable across runs


def test_claims_markdown_marks_agreement_and_conflict():
    md = monitor.claims_markdown(_story(), run_id="run-1")
    lines = md.splitlines()
    assert lines[0] == "## Fire \\| harbour"
    assert "story `Harbour Fire` · run `run-1` · 3 outlets, 3 articles, 6 sentences" in md
    assert "**3 claims**: 1 agreed by two or more outlets, 1 in conflict, 1 reported by one outlet only." in md
    assert "| # | claim | Harbour Gazette | Port Daily | Coast FM | status |" in lines
    # Only the outlet that differs is marked: Port Daily's four against three from the other two.
    assert "| 1 | Three people were killed in the fire. | ✓ | ⚠ | ✓ | conflict: number (Three vs Four) |" in lines
    assert "| 2 | Shipping resumes on Thursday. | ✓ | ✓ |  | agree (2) |" in lines
    assert "| 3 | A crowd \\| gathered at the gates. |  |  | ✓ | one outlet |" in lines
    assert "- http://x/gone: fetch failed: HTTP 404 Not Found" in lines


@pytest.mark.parametrize(
    "values, differ",
    [
        ({"A": "12", "B": "12", "C": "12", "D": "14"}, {"D"}),  # three against one
        ({"A": "3", "B": "4"}, {"A", "B"}),  # one against one: no majority
        ({"A": "3", "B": "3", "C": "4", "D": "4"}, {"A", "B", "C", "D"}),  # two against two
        ({"A": "3", "B": "3", "C": "4", "D": "5"}, {"C", "D"}),  # a plurality
    ],
)
def test_only_the_outlets_that_differ_are_marked(values, differ):
    outlets = sorted(values)
    ds = [
        Discrepancy(f"d{a}{b}", "s", "c", "number", a, b, values[a], values[b], values[a], values[b], "", 0.9)
        for i, a in enumerate(outlets)
        for b in outlets[i + 1 :]
        if values[a] != values[b]
    ]
    assert monitor.differing_outlets(ds, {o: o for o in outlets}) == differ


def test_claims_markdown_can_be_capped():
    md = monitor.claims_markdown(_story(), max_rows=1)
    assert "… and 2 more claims (see the warehouse)." in md and "| 2 |" not in md


def test_discrepancy_rows_name_outlets_and_values():
    rows = monitor.discrepancy_rows(_story())
    assert [tuple(r) for r in rows] == [monitor.DISCREPANCY_COLUMNS] * 2
    assert rows[0] == {
        "kind": "number",
        "outlet_a": "Harbour Gazette",
        "value_a": "Three",
        "outlet_b": "Port Daily",
        "value_b": "Four",
        "explanation": "Harbour Gazette says 3 killed, Port Daily says 4",
        "confidence": 0.9,
        "sentence_a": "Three people were killed in the fire.",
        "sentence_b": "Four people died in the fire.",
    }


def _lines():
    return [
        {
            "story_id": "quake",
            "outlets": 4,
            "sentences": 40,
            "claims": 20,
            "shared_claims": 9,
            "discrepancies": 3,
            "skipped": 1,
            "changes": {
                "claims_added": 2,
                "claims_removed": 1,
                "discrepancies_new": 1,
                "discrepancies_resolved": 0,
                "articles_updated": 1,
            },
        },
        {
            "story_id": "flood",
            "outlets": 3,
            "articles": 3,
            "sentences": 30,
            "claims": 12,
            "shared_claims": 5,
            "discrepancies": 0,
            "skipped": 0,
            "unchanged": True,
        },
    ]


def test_summary_rows_one_per_story_with_status_and_report():
    rows = monitor.summary_rows(_lines(), [("storm", "no usable article (empty)")], {"quake": "reports/quake.html"})
    assert [tuple(r) for r in rows] == [monitor.SUMMARY_COLUMNS] * 3
    assert rows == [
        {
            "story": "quake",
            "status": "changed",
            "outlets": 4,
            "claims": 20,
            "shared": 9,
            "conflicts": 3,
            "skipped": 1,
            "changes": "+2 claims, -1 claim, 1 new conflict, 1 article updated",
            "report": "reports/quake.html",
        },
        {
            "story": "flood",
            "status": "unchanged",
            "outlets": 3,
            "claims": 12,
            "shared": 5,
            "conflicts": 0,
            "skipped": 0,
            "changes": "none (unchanged)",
            "report": "",
        },
        {
            "story": "storm",
            "status": "failed",
            "outlets": 0,
            "claims": 0,
            "shared": 0,
            "conflicts": 0,
            "skipped": 0,
            "changes": "",
            "report": "",
        },
    ]


@pytest.mark.parametrize(
    "changes, unchanged, text",
    [
        (None, False, "first run"),
        (None, True, "none (unchanged)"),
        (
            {
                "claims_added": 0,
                "claims_removed": 0,
                "discrepancies_new": 0,
                "discrepancies_resolved": 0,
                "articles_updated": 0,
            },
            False,
            "none",
        ),
        (
            {
                "claims_added": 1,
                "claims_removed": 3,
                "discrepancies_new": 2,
                "discrepancies_resolved": 1,
                "articles_updated": 2,
            },
            False,
            "+1 claim, -3 claims, 2 new conflicts, 1 resolved, 2 articles updated",
        ),
    ],
)
def test_changes_in_words(changes, unchanged, text):
    assert monitor.changes_text(changes, unchanged) == text


def test_run_message_counts_first_then_names_stories():
    rows = monitor.summary_rows(_lines()[1:])
    assert monitor.run_message(rows) == "1 story: 0 changed, 1 unchanged, 0 failed, 0 articles skipped"
    skips = [Skip("quake", "http://x/gone", "http://x/gone: fetch failed: HTTP 404 Not Found")]
    failed = [("storm", "no usable article (empty)")]
    rows = monitor.summary_rows(_lines(), failed)
    assert monitor.run_message(rows, failed, skips) == (
        "3 stories: 1 changed, 1 unchanged, 1 failed, 1 article skipped; "
        "not reconciled: storm (no usable article (empty)); "
        "quake: 1 article skipped (http://x/gone: fetch failed: HTTP 404 Not Found)"
    )


def test_summary_markdown_has_a_row_per_story():
    failed = [("storm", "no usable article (empty)")]
    rows = monitor.summary_rows(_lines(), failed, {"quake": "reports/quake.html"})
    md = monitor.summary_markdown(rows, monitor.run_message(rows, failed), "r1", failed)
    lines = md.splitlines()
    assert lines[2] == "run `r1` · 3 stories: 1 changed, 1 unchanged, 1 failed, 0 articles skipped"
    assert (
        "| story | status | outlets | claims | shared | conflicts | skipped | changes since last run | report |"
        in lines
    )
    assert (
        "| quake | changed | 4 | 20 | 9 | 3 | 1 | +2 claims, -1 claim, 1 new conflict, 1 article updated "
        "| reports/quake.html |"
    ) in lines
    assert "| flood | unchanged | 3 | 12 | 5 | 0 | 0 | none (unchanged) |  |" in lines
    assert "- storm: no usable article (empty)" in lines


def test_a_failed_story_says_why():
    assert monitor.failed_story_markdown("quake", "no usable article", "r9") == (
        "## quake\n\n**Not reconciled** (run `r9`): no usable article\n"
    )
