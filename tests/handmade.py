"""A small warehouse written by hand, whose figures are counted below (no model needed).

Two stories, four outlets:

mine  (BBC 09:00, Reuters 10:00, AP 16:00 UTC on 2 March 2026)
  c1  BBC, Reuters, AP   number: BBC 14 vs Reuters 12, BBC 14 vs AP 12
  c2  BBC, Reuters       agree
  c3  Reuters, AP        date: Reuters March 1 vs AP March 2
  c4  BBC only
  c5  AP only            (its sentence contains a <script> element)
quake (BBC 08:00, Reuters 08:30, Los Angeles Times 09:00 UTC on 5 March 2026)
  d1  BBC, Reuters, LAT  number: Reuters 32 vs LAT 30; entity: Reuters Ana Ruiz vs LAT Ana Rios
  d2  BBC, LAT           negation: BBC "not damaged" vs LAT "damaged"
  d3  Reuters only
  d4  BBC, Reuters       agree

Hand-counted figures (the tests assert exactly these):

pair                          stories claims agreed conflict-claims number date entity negation rate
ap / bbc                         1       1      0         1           1     0     0      0      0.0
ap / reuters                     1       2      1         1           0     1     0      0      0.5
bbc / los-angeles-times          1       2      1         1           0     0     0      1      0.5
bbc / reuters                    2       4      3         1           1     0     0      0      0.75
los-angeles-times / reuters      1       1      0         1           1     0     1      0      0.0
(ap and los-angeles-times never cover the same story: no row)

outlet             stories claims shared unique conflict-claims conflicts
ap                    1      3      2      1         2              2
bbc                   2      6      5      1         2              3
los-angeles-times     1      2      2      0         2              3
reuters               2      6      5      1         3              4
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from reconcile.records import Article, Claim, Discrepancy, Sentence, StoryResult, StorySpec, slugify, stable_id
from reconcile.store import RunRecord, write_run

DIM = 8
SCRIPT_SENTENCE = 'A witness wrote <script>alert("owned")</script> on a wall & left.'

STORIES = {
    "mine": {
        "title": "Miners rescued after shaft collapse",
        "outlets": {
            "BBC": ("2026-03-02T09:00:00", "https://www.bbc.example/news/mine-rescue", "Fourteen miners rescued"),
            "Reuters": ("2026-03-02T10:00:00", "https://www.reuters.example/world/mine", "Miners brought to surface"),
            "AP": ("2026-03-02T16:00:00", "https://apnews.example/article/mine", "Rescue ends at mine"),
        },
        "claims": [
            (
                "c1",
                {
                    "BBC": "Rescuers brought 14 miners to the surface on Tuesday.",
                    "Reuters": "Rescuers brought 12 miners to the surface on Tuesday.",
                    "AP": "Rescue teams brought 12 miners to the surface on Tuesday.",
                },
            ),
            (
                "c2",
                {
                    "BBC": "The mine had been closed for inspections last year.",
                    "Reuters": "The mine was shut for inspections last year.",
                },
            ),
            (
                "c3",
                {
                    "Reuters": "The company said the shaft collapsed on March 1.",
                    "AP": "The company said the shaft collapsed on March 2.",
                },
            ),
            ("c4", {"BBC": "A local choir sang outside the hospital."}),
            ("c5", {"AP": SCRIPT_SENTENCE}),
        ],
        "discrepancies": [
            ("c1", "number", "BBC", "14", "Reuters", "12"),
            ("c1", "number", "BBC", "14", "AP", "12"),
            ("c3", "date", "Reuters", "March 1", "AP", "March 2"),
        ],
    },
    "quake": {
        "title": "Earthquake strikes coastal city",
        "outlets": {
            "BBC": ("2026-03-05T08:00:00", "https://www.bbc.example/news/quake", "Deadly quake hits coast"),
            "Reuters": ("2026-03-05T08:30:00", "https://www.reuters.example/world/quake", "Quake kills 32"),
            "Los Angeles Times": ("2026-03-05T09:00:00", "https://www.latimes.example/world/quake", "Quake kills 30"),
        },
        "claims": [
            (
                "d1",
                {
                    "BBC": "The earthquake killed dozens of people, officials said.",
                    "Reuters": "The earthquake killed 32 people, said Mayor Ana Ruiz.",
                    "Los Angeles Times": "The earthquake killed 30 people, said Mayor Ana Rios.",
                },
            ),
            (
                "d2",
                {
                    "BBC": "The governor said the port was not damaged.",
                    "Los Angeles Times": "The governor said the port was damaged.",
                },
            ),
            ("d3", {"Reuters": "Insurers expect claims to rise."}),
            ("d4", {"BBC": "Aftershocks continued through the night.", "Reuters": "Aftershocks went on overnight."}),
        ],
        "discrepancies": [
            ("d1", "number", "Reuters", "32", "Los Angeles Times", "30"),
            ("d1", "entity", "Reuters", "Ana Ruiz", "Los Angeles Times", "Ana Rios"),
            ("d2", "negation", "BBC", "not damaged", "Los Angeles Times", "damaged"),
        ],
    },
}


def story_result(story_id: str, rng: np.random.Generator) -> tuple[StoryResult, dict[str, np.ndarray]]:
    spec_data = STORIES[story_id]
    spec = StorySpec(
        story_id=story_id, title=spec_data["title"], folder=Path("/fixtures") / story_id, articles=(), manifest=None
    )
    res = StoryResult(spec=spec)
    emb: dict[str, np.ndarray] = {}
    # each outlet's article is its sentences in claim order
    by_outlet: dict[str, list[tuple[str, str]]] = {o: [] for o in spec_data["outlets"]}
    for label, members in spec_data["claims"]:
        for outlet, text in members.items():
            by_outlet[outlet].append((label, text))
    sentence_of: dict[tuple[str, str], Sentence] = {}
    for outlet, (published, url, title) in spec_data["outlets"].items():
        oid = slugify(outlet)
        aid = stable_id(story_id, oid, url)
        text = " ".join(t for _, t in by_outlet[outlet])
        res.articles.append(
            Article(
                article_id=aid,
                story_id=story_id,
                outlet=outlet,
                outlet_id=oid,
                source=f"/fixtures/{story_id}/{oid}.html",
                url=url,
                title=title,
                author=None,
                published_at=datetime.fromisoformat(published).replace(tzinfo=timezone.utc),
                sitename=outlet,
                text=text,
                dateline=None,
                language="en",
                content_hash=stable_id(text),
            )
        )
        offset = 0
        for pos, (label, sent) in enumerate(by_outlet[outlet]):
            sid = stable_id(aid, pos, sent)
            s = Sentence(sid, aid, oid, pos, 0, offset, offset + len(sent), sent)
            offset += len(sent) + 1
            res.sentences.append(s)
            sentence_of[(label, outlet)] = s
            v = rng.normal(size=DIM).astype(np.float32)
            emb[sid] = v / np.linalg.norm(v)
    claim_ids: dict[str, str] = {}
    for label, members in spec_data["claims"]:
        ids = tuple(sentence_of[(label, o)].sentence_id for o in members)
        claim_ids[label] = stable_id(story_id, *ids)
        sims = (None,) if len(ids) == 1 else (0.8,) * len(ids)
        res.claims.append(Claim(claim_ids[label], story_id, ids, sims, len(members)))
    for label, kind, oa, va, ob, vb in spec_data["discrepancies"]:
        sa, sb = sentence_of[(label, oa)], sentence_of[(label, ob)]
        na, nb = va.lower(), vb.lower()
        if kind == "negation":  # reconcile.compare's form: 'denied: <phrase>' / 'affirmed: <phrase>'
            na, nb = (("denied: " if v.startswith("not ") else "affirmed: ") + v.removeprefix("not ") for v in (va, vb))
        if sa.sentence_id > sb.sentence_id:  # stored once, with sentence_id_a < sentence_id_b
            sa, sb, va, vb, na, nb = sb, sa, vb, va, nb, na
        res.discrepancies.append(
            Discrepancy(
                discrepancy_id=stable_id(claim_ids[label], sa.sentence_id, sb.sentence_id, kind),
                story_id=story_id,
                claim_id=claim_ids[label],
                kind=kind,
                sentence_id_a=sa.sentence_id,
                sentence_id_b=sb.sentence_id,
                value_a=va,
                value_b=vb,
                norm_a=na,
                norm_b=nb,
                explanation=f"{kind}: {va} vs {vb}",
                confidence=0.9,
            )
        )
    return res, emb


def build(path: Path) -> Path:
    """Write both stories into a new warehouse at `path`."""
    rng = np.random.default_rng(7)
    results, embeddings = [], {}
    for sid in STORIES:
        res, emb = story_result(sid, rng)
        results.append(res)
        embeddings.update(emb)
    run = RunRecord("handmade-run", datetime(2026, 3, 6, tzinfo=timezone.utc), "handmade-model", {}, "test")
    write_run(path, run, results, embeddings, {}, DIM, 0, 0, 5)
    return path


def handmade_fixture():
    """A pytest fixture building the hand-made warehouse once per test module."""
    import pytest

    @pytest.fixture(scope="module")
    def handmade_db(tmp_path_factory):
        return build(tmp_path_factory.mktemp("handmade") / "handmade.duckdb")

    return handmade_db
