"""The whole pipeline on the fixture stories: ids, provenance, replacement, stored figures."""

from pathlib import Path

import pytest
from conftest import STORIES

from reconcile.pipeline import load_stories, run_stories
from reconcile.store import connect

TABLES = ("articles", "sentences", "claims", "discrepancies")


def snapshot(path):
    with connect(path, read_only=True) as con:
        ids = {
            t: sorted(
                r[0]
                for r in con.execute(
                    f"SELECT {t[:-1] if t != 'discrepancies' else 'discrepancy'}_id FROM {t}"
                ).fetchall()
            )
            for t in TABLES
        }
        members = con.execute("SELECT count(*) FROM claim_sentences").fetchone()[0]
    return ids, members


def test_offsets_and_provenance(demo_db):
    with connect(demo_db, read_only=True) as con:
        rows = con.execute("""SELECT s.text, a.text, s.start_char, s.end_char FROM sentences s
                              JOIN articles a USING (article_id)""").fetchall()
        assert rows and all(art[start:end] == text for text, art, start, end in rows)
        assert con.execute("SELECT count(*) FROM claims WHERE run_id IS NULL").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM discrepancies WHERE run_id IS NULL").fetchone()[0] == 0
        # a pair is stored once per kind, with sentence_id_a < sentence_id_b, inside one claim
        bad = con.execute("""SELECT count(*) FROM discrepancies d WHERE NOT sentence_id_a < sentence_id_b
                             OR NOT EXISTS (SELECT 1 FROM claim_sentences x WHERE x.claim_id = d.claim_id AND x.sentence_id = d.sentence_id_a)
                             OR NOT EXISTS (SELECT 1 FROM claim_sentences x WHERE x.claim_id = d.claim_id AND x.sentence_id = d.sentence_id_b)""").fetchone()[
            0
        ]
        dup = con.execute(
            "SELECT count(*) - count(DISTINCT (sentence_id_a, sentence_id_b, kind)) FROM discrepancies"
        ).fetchone()[0]
        assert bad == 0 and dup == 0
        # every sentence belongs to exactly one claim, and a claim holds at most one sentence per outlet
        assert (
            con.execute("""SELECT count(*) FROM sentences s WHERE (SELECT count(*) FROM claim_sentences x
                              WHERE x.sentence_id = s.sentence_id) <> 1""").fetchone()[0]
            == 0
        )
        assert (
            con.execute("""SELECT count(*) FROM (SELECT claim_id, outlet_id, count(*) n FROM claim_sentences
                              JOIN sentences USING (sentence_id) GROUP BY ALL) WHERE n > 1""").fetchone()[0]
            == 0
        )
        # stories' summary figures agree with their rows
        assert (
            con.execute("""SELECT count(*) FROM stories s WHERE n_sentences <> (SELECT count(*) FROM sentences x WHERE x.story_id = s.story_id)
                              OR n_claims <> (SELECT count(*) FROM claims c WHERE c.story_id = s.story_id)
                              OR n_shared_claims <> (SELECT count(*) FROM claims c WHERE c.story_id = s.story_id AND n_outlets >= 2)""").fetchone()[
                0
            ]
            == 0
        )


@pytest.mark.slow
def test_rerun_gives_the_same_ids_and_counts(tmp_path, settings):
    s = settings.replace(db_path=tmp_path / "w.duckdb")
    specs = load_stories(STORIES[:3])
    first = run_stories(specs, s)
    before = snapshot(s.db_path)
    again = run_stories(specs, s)  # unchanged: not reprocessed at all
    assert sorted(again.unchanged) == sorted(x.story_id for x in specs)
    forced = run_stories(specs, s.replace(force=True))  # redone from scratch (embeddings from the cache)
    assert forced.embed.encoded == 0 and not forced.unchanged
    assert snapshot(s.db_path) == before
    assert first.run_id != forced.run_id
    with connect(s.db_path, read_only=True) as con:
        assert {r[0] for r in con.execute("SELECT DISTINCT run_id FROM claims").fetchall()} == {forced.run_id}
        assert con.execute("SELECT count(*) FROM runs").fetchone()[0] == 3


def test_conflicts_below_the_calibrated_gates_are_held_back_not_lost(tmp_path, settings):
    """Gates no conflict can clear: reports and v_discrepancies show none, v_discrepancies_all keeps
    every one with its reason; the calibrated gates report some of the same conflicts (not all:
    under them, a conflict can also join two claims into one, which the strict gates never do)."""
    kinds = ("number", "date", "entity", "negation")
    story = [p for p in STORIES if p.name == "mine-rescue"]
    strict = settings.replace(
        db_path=tmp_path / "strict.duckdb",
        discrepancy_gates={k: 0.999 for k in kinds},
        discrepancy_min_confidence={k: 0.999 for k in kinds},
    )
    run_stories(load_stories(story), strict)
    calibrated = settings.replace(db_path=tmp_path / "calibrated.duckdb")
    run_stories(load_stories(story), calibrated)
    with connect(strict.db_path, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM v_discrepancies").fetchone()[0] == 0
        held = con.execute(
            "SELECT kind, value_a, value_b, held_back_reason FROM v_discrepancies_all WHERE NOT reported"
        ).fetchall()
    assert held and all("below the" in r[3] for r in held)
    with connect(calibrated.db_path, read_only=True) as con:
        shown = con.execute("SELECT kind, value_a, value_b FROM v_discrepancies").fetchall()
        everything = con.execute("SELECT count(*) FROM v_discrepancies_all").fetchone()[0]
    assert shown and set(shown) & {r[:3] for r in held} and everything >= len(shown)


def _copy_of_the_library(tmp_path):
    import shutil

    import reconcile

    src = Path(reconcile.__file__).resolve().parent
    dst = tmp_path / "reconcile"
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("__pycache__"))
    return dst


def test_code_hash_covers_result_shaping_code_only(tmp_path):
    from reconcile.pipeline import code_hash

    lib = _copy_of_the_library(tmp_path)
    cal = lib / "calibration.json"
    before = code_hash(lib, cal)
    # the CLI's help, the report, the store and the flows do not shape a story's rows
    for name in ("cli.py", "report.py", "store/runs.py", "monitor.py"):
        with open(lib / name, "a", encoding="utf-8") as f:
            f.write("\n# edited help text\n")
    assert code_hash(lib, cal) == before
    # the rules, the alignment and the calibration do
    for name in ("facts/quantities.py", "align.py", "extract.py", "language.py", "calibration.json"):
        path = lib / name
        original = path.read_bytes()
        path.write_bytes(original + (b"\n# changed\n" if name.endswith(".py") else b" "))
        assert code_hash(lib, cal) != before, name
        path.write_bytes(original)
    assert code_hash(lib, cal) == before


def test_story_fingerprint_follows_the_versions_of_result_shaping_libraries(monkeypatch):
    import importlib.metadata

    from reconcile import pipeline
    from reconcile.settings import Settings

    s = Settings(embed_backend="onnx-int8")
    assert [v.split("==")[0] for v in pipeline.library_versions("onnx-int8")] == [
        "trafilatura",
        "lxml",
        "onnxruntime",
        "tokenizers",
    ]
    assert "torch" in [v.split("==")[0] for v in pipeline.library_versions("torch")]
    assert "sentence-transformers" in [v.split("==")[0] for v in pipeline.library_versions("torch")]
    spec = load_stories([STORIES[0]])[0]
    raws, _ = pipeline.read_story(spec, s)
    before = pipeline.story_fingerprint(spec, raws, s)
    assert pipeline.story_fingerprint(spec, raws, s) == before
    # another backend reads other libraries (and is another setting)
    assert pipeline.story_fingerprint(spec, raws, s.replace(embed_backend="torch")) != before

    real_version = importlib.metadata.version
    monkeypatch.setattr(
        importlib.metadata, "version", lambda name: "99.0" if name == "trafilatura" else real_version(name)
    )
    pipeline.library_versions.cache_clear()
    try:
        assert "trafilatura==99.0" in pipeline.library_versions("onnx-int8")
        assert pipeline.story_fingerprint(spec, raws, s) != before
    finally:
        pipeline.library_versions.cache_clear()


def test_inside_a_claim_a_pair_needs_at_most_the_claim_gate() -> None:
    from reconcile.pipeline import CLAIM_GATE, held_back_reason
    from reconcile.settings import Settings

    s = Settings().replace(discrepancy_gates={"number": 0.55, "date": CLAIM_GATE / 2})
    assert held_back_reason("number", 0.45, 0.9, s)  # two sentences of two claims: the kind's gate
    assert not held_back_reason("number", 0.45, 0.9, s, in_claim=True)
    assert held_back_reason("number", CLAIM_GATE - 0.01, 0.9, s, in_claim=True)
    assert not held_back_reason("date", CLAIM_GATE * 0.6, 0.9, s, in_claim=True)  # a lower gate of its kind stays
    assert held_back_reason("date", CLAIM_GATE * 0.4, 0.9, s, in_claim=True)


def test_two_sentences_close_in_meaning_with_a_sure_conflict_are_one_slot() -> None:
    from reconcile.pipeline import CLOSE_COSINE, links_one_slot
    from reconcile.settings import Settings

    s = Settings().replace(discrepancy_gates={"number": 0.55, "date": 0.3, "entity": 0.4, "negation": 0.5})
    # a pair score below the gate links only sentences as close as CLOSE_COSINE, and only a sure rule
    assert not links_one_slot("number", 0.9, 0.35, CLOSE_COSINE - 0.05, s)
    assert links_one_slot("number", 0.9, 0.35, CLOSE_COSINE + 0.05, s)
    assert links_one_slot("date", 0.85, 0.1, CLOSE_COSINE, s)
    assert not links_one_slot("date", 0.7, 0.1, CLOSE_COSINE + 0.1, s)
    # negation stays with its gate, however close the two sentences
    assert not links_one_slot("negation", 0.95, 0.3, 0.95, s)
    assert links_one_slot("negation", 0.95, 0.6, 0.2, s)  # the gate alone still links


def test_two_shortenings_of_one_longer_name_told_in_the_story() -> None:
    from reconcile.pipeline import name_holding_both
    from reconcile.records import Sentence

    def sent(outlet: str, text: str) -> Sentence:
        return Sentence(f"{outlet}-0", f"{outlet}-a", outlet, 0, 0, 0, len(text), text)

    full = sent("a", "The county's health chief, Maria Okello Atim, said two clinics had closed.")
    shorter = [sent("b", "Maria Atim, the health chief, said two clinics had closed."), full]
    assert name_holding_both("Maria Atim", "Maria Okello", shorter) == "Maria Okello Atim"
    assert name_holding_both("Maria Atim", "Maria Okello", shorter[:1]) == ""
    assert name_holding_both("Maria Atim", "Maria Otieno", shorter) == ""
