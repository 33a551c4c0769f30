"""The analysis views: exact figures on a hand-made warehouse, consistency on the demo warehouse."""

from __future__ import annotations

import re
from collections import Counter
from itertools import combinations

import pytest
from handmade import handmade_fixture

from reconcile.store import VIEWS_FILE, connect

handmade_db = handmade_fixture()

KINDS = ("number", "date", "entity", "negation")


def rows(path, sql, params=()):
    with connect(path, read_only=True) as con:
        cur = con.execute(sql, list(params))
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]


# (outlet_id_a, outlet_id_b): stories, claims shared, agreed, claims in conflict, number, date,
# entity, negation, conflicts, agreement rate -- counted by hand in tests/handmade.py
PAIRS = {
    ("ap", "bbc"): (1, 1, 0, 1, 1, 0, 0, 0, 1, 0.0),
    ("ap", "reuters"): (1, 2, 1, 1, 0, 1, 0, 0, 1, 0.5),
    ("bbc", "los-angeles-times"): (1, 2, 1, 1, 0, 0, 0, 1, 1, 0.5),
    ("bbc", "reuters"): (2, 4, 3, 1, 1, 0, 0, 0, 1, 0.75),
    ("los-angeles-times", "reuters"): (1, 1, 0, 1, 1, 0, 1, 0, 2, 0.0),
}


def test_outlet_pairs_hand_counted(handmade_db):
    got = rows(handmade_db, "SELECT * FROM v_outlet_pairs ORDER BY outlet_id_a, outlet_id_b")
    assert {(r["outlet_id_a"], r["outlet_id_b"]) for r in got} == set(PAIRS)  # ap/los-angeles-times never met
    for r in got:
        assert (
            r["stories_shared"],
            r["claims_shared"],
            r["claims_agreed"],
            r["claims_in_conflict"],
            r["number_conflicts"],
            r["date_conflicts"],
            r["entity_conflicts"],
            r["negation_conflicts"],
            r["conflicts"],
            r["agreement_rate"],
        ) == PAIRS[(r["outlet_id_a"], r["outlet_id_b"])], r
    names = {(r["outlet_id_a"], r["outlet_a"]) for r in got} | {(r["outlet_id_b"], r["outlet_b"]) for r in got}
    assert names == {("ap", "AP"), ("bbc", "BBC"), ("reuters", "Reuters"), ("los-angeles-times", "Los Angeles Times")}


# outlet_id: stories, articles, claims reported, shared, unique, claims in conflict, conflicts, unique share
COVERAGE = {
    "ap": (1, 1, 3, 2, 1, 2, 2, 0.333),
    "bbc": (2, 2, 6, 5, 1, 2, 3, 0.167),
    "los-angeles-times": (1, 1, 2, 2, 0, 2, 3, 0.0),
    "reuters": (2, 2, 6, 5, 1, 3, 4, 0.167),
}


def test_outlet_coverage_hand_counted(handmade_db):
    got = rows(handmade_db, "SELECT * FROM v_outlet_coverage ORDER BY outlet_id")
    assert [r["outlet_id"] for r in got] == sorted(COVERAGE)
    for r in got:
        assert (
            r["stories"],
            r["articles"],
            r["claims_reported"],
            r["claims_shared"],
            r["claims_unique"],
            r["claims_in_conflict"],
            r["conflicts"],
            r["unique_share"],
        ) == COVERAGE[r["outlet_id"]], r
    assert {r["outlet_id"]: r["sentences"] for r in got} == {"ap": 3, "bbc": 6, "los-angeles-times": 2, "reuters": 6}


def test_unique_claims_and_agreements_hand_counted(handmade_db):
    unique = rows(
        handmade_db,
        "SELECT story_id, outlet, outlet_id, text, url, published_at FROM v_unique_claims ORDER BY story_id, position",
    )
    assert [(r["story_id"], r["outlet"], r["outlet_id"]) for r in unique] == [
        ("mine", "BBC", "bbc"),
        ("mine", "AP", "ap"),
        ("quake", "Reuters", "reuters"),
    ]
    assert unique[0]["text"] == "A local choir sang outside the hospital."
    assert unique[1]["url"] == "https://apnews.example/article/mine"
    assert unique[2]["published_at"].isoformat().startswith("2026-03-05")
    agreements = rows(handmade_db, "SELECT story_id, n_outlets, outlets FROM v_agreements ORDER BY story_id, position")
    assert [(r["story_id"], r["n_outlets"], r["outlets"]) for r in agreements] == [
        ("mine", 2, ["BBC", "Reuters"]),
        ("quake", 2, ["BBC", "Reuters"]),
    ]


def test_claim_members_and_discrepancies_hand_counted(handmade_db):
    members = rows(
        handmade_db,
        "SELECT story_id, count(*) AS n, count(DISTINCT claim_id) AS claims "
        "FROM v_claim_members GROUP BY story_id ORDER BY story_id",
    )
    assert [(r["story_id"], r["n"], r["claims"]) for r in members] == [("mine", 9, 5), ("quake", 8, 4)]
    d = rows(
        handmade_db,
        "SELECT kind, hours_apart, explanation, outlet_a, outlet_b FROM v_discrepancies "
        "WHERE story_id = 'mine' ORDER BY kind, hours_apart",
    )
    assert [(r["kind"], r["hours_apart"]) for r in d] == [("date", 6.0), ("number", 1.0), ("number", 7.0)]
    flagged = [r for r in d if "may be an update" in r["explanation"]]
    assert len(flagged) == 1 and {flagged[0]["outlet_a"], flagged[0]["outlet_b"]} == {"BBC", "AP"}
    assert "(AP) may be an update" in flagged[0]["explanation"]


def test_views_file_comments_every_view():
    sql = VIEWS_FILE.read_text(encoding="utf-8")
    created = re.findall(r"CREATE OR REPLACE VIEW (\w+)", sql)
    commented = re.findall(r"COMMENT ON VIEW (\w+)", sql)
    assert {
        "v_outlet_pairs",
        "v_outlet_coverage",
        "v_claims",
        "v_agreements",
        "v_unique_claims",
        "v_discrepancies",
    } <= set(created)
    assert sorted(created) == sorted(commented)


# ----------------------------------------------------------------------------------------
# The demo warehouse (every fixture story): the views agree with the base tables
# ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_facts(demo_db):
    """Outlets per claim and per story, and discrepancies by outlet pair, recomputed in Python."""
    claim_outlets: dict[str, set[str]] = {}
    for r in rows(
        demo_db,
        "SELECT cs.claim_id, s.outlet_id FROM claim_sentences cs JOIN sentences s ON s.sentence_id = cs.sentence_id",
    ):
        claim_outlets.setdefault(r["claim_id"], set()).add(r["outlet_id"])
    story_outlets: dict[str, set[str]] = {}
    for r in rows(demo_db, "SELECT story_id, outlet_id FROM articles"):
        story_outlets.setdefault(r["story_id"], set()).add(r["outlet_id"])
    conflicts: Counter = Counter()
    conflict_claims: dict[tuple[str, str], set[str]] = {}
    for r in rows(
        demo_db,
        "SELECT d.claim_id, d.kind, sa.outlet_id AS a, sb.outlet_id AS b FROM discrepancies d "
        "JOIN sentences sa ON sa.sentence_id = d.sentence_id_a "
        "JOIN sentences sb ON sb.sentence_id = d.sentence_id_b",
    ):
        pair = tuple(sorted((r["a"], r["b"])))
        conflicts[(pair, r["kind"])] += 1
        conflict_claims.setdefault(pair, set()).add(r["claim_id"])
    return claim_outlets, story_outlets, conflicts, conflict_claims


def test_demo_outlet_pairs_match_base_tables(demo_db, demo_facts):
    claim_outlets, story_outlets, conflicts, conflict_claims = demo_facts
    got = rows(demo_db, "SELECT * FROM v_outlet_pairs")
    expected_pairs = {p for outs in story_outlets.values() for p in combinations(sorted(outs), 2)}
    assert {(r["outlet_id_a"], r["outlet_id_b"]) for r in got} == expected_pairs
    assert got, "the demo warehouse has stories covered by several outlets"
    for r in got:
        pair = (r["outlet_id_a"], r["outlet_id_b"])
        shared = {c for c, outs in claim_outlets.items() if set(pair) <= outs}
        assert r["stories_shared"] == sum(set(pair) <= outs for outs in story_outlets.values())
        assert r["claims_shared"] == len(shared)
        assert r["claims_in_conflict"] == len(conflict_claims.get(pair, set()) & shared)
        assert r["claims_agreed"] + r["claims_in_conflict"] == r["claims_shared"]
        for kind in KINDS:
            assert r[f"{kind}_conflicts"] == conflicts[(pair, kind)]
        assert r["conflicts"] == sum(n for (p, _), n in conflicts.items() if p == pair)
        if r["claims_shared"]:
            assert r["agreement_rate"] == pytest.approx(r["claims_agreed"] / r["claims_shared"], abs=0.0011)
            assert 0.0 <= r["agreement_rate"] <= 1.0
        else:
            assert r["agreement_rate"] is None
    assert sum(r["claims_shared"] for r in got) > 0


def test_demo_outlet_coverage_match_base_tables(demo_db, demo_facts):
    claim_outlets, story_outlets, conflicts, _ = demo_facts
    got = {r["outlet_id"]: r for r in rows(demo_db, "SELECT * FROM v_outlet_coverage")}
    outlets = set().union(*story_outlets.values())
    assert set(got) == outlets
    for oid, r in got.items():
        mine = [outs for outs in claim_outlets.values() if oid in outs]
        assert r["stories"] == sum(oid in outs for outs in story_outlets.values())
        assert r["claims_reported"] == len(mine)
        assert r["claims_unique"] == sum(len(outs) == 1 for outs in mine)
        assert r["claims_shared"] + r["claims_unique"] == r["claims_reported"]
        assert r["conflicts"] == sum(n for (p, _), n in conflicts.items() if oid in p)
    n_unique = rows(demo_db, "SELECT count(*) AS n FROM v_unique_claims")[0]["n"]
    assert sum(r["claims_unique"] for r in got.values()) == n_unique
