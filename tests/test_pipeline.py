"""The whole pipeline on the fixture stories: ids, provenance, replacement, stored figures."""

from dataclasses import replace

import pytest

from conftest import STORIES
from reconcile.pipeline import load_stories, run_stories
from reconcile.store import connect

TABLES = ("articles", "sentences", "claims", "discrepancies")


def snapshot(path):
    with connect(path, read_only=True) as con:
        ids = {t: sorted(r[0] for r in con.execute(f"SELECT {t[:-1] if t != 'discrepancies' else 'discrepancy'}_id FROM {t}").fetchall())
               for t in TABLES}
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
                             OR NOT EXISTS (SELECT 1 FROM claim_sentences x WHERE x.claim_id = d.claim_id AND x.sentence_id = d.sentence_id_b)""").fetchone()[0]
        dup = con.execute("SELECT count(*) - count(DISTINCT (sentence_id_a, sentence_id_b, kind)) FROM discrepancies").fetchone()[0]
        assert bad == 0 and dup == 0
        # every sentence belongs to exactly one claim, and a claim holds at most one sentence per outlet
        assert con.execute("""SELECT count(*) FROM sentences s WHERE (SELECT count(*) FROM claim_sentences x
                              WHERE x.sentence_id = s.sentence_id) <> 1""").fetchone()[0] == 0
        assert con.execute("""SELECT count(*) FROM (SELECT claim_id, outlet_id, count(*) n FROM claim_sentences
                              JOIN sentences USING (sentence_id) GROUP BY ALL) WHERE n > 1""").fetchone()[0] == 0
        # stories' summary figures agree with their rows
        assert con.execute("""SELECT count(*) FROM stories s WHERE n_sentences <> (SELECT count(*) FROM sentences x WHERE x.story_id = s.story_id)
                              OR n_claims <> (SELECT count(*) FROM claims c WHERE c.story_id = s.story_id)
                              OR n_shared_claims <> (SELECT count(*) FROM claims c WHERE c.story_id = s.story_id AND n_outlets >= 2)""").fetchone()[0] == 0


@pytest.mark.slow
def test_rerun_gives_the_same_ids_and_counts(tmp_path, settings):
    s = replace(settings, db_path=tmp_path / "w.duckdb")
    specs = load_stories(STORIES[:3])
    first = run_stories(specs, s)
    before = snapshot(s.db_path)
    again = run_stories(specs, s)  # unchanged: not reprocessed at all
    assert sorted(again.unchanged) == sorted(x.story_id for x in specs)
    forced = run_stories(specs, replace(s, force=True))  # redone from scratch (embeddings from the cache)
    assert forced.embed.encoded == 0 and not forced.unchanged
    assert snapshot(s.db_path) == before
    assert first.run_id != forced.run_id
    with connect(s.db_path, read_only=True) as con:
        assert {r[0] for r in con.execute("SELECT DISTINCT run_id FROM claims").fetchall()} == {forced.run_id}
        assert con.execute("SELECT count(*) FROM runs").fetchone()[0] == 3
