"""Discrepancy detection between two sentences that state the same claim.

`compare_pair` extracts facts from both sentences (see `reconcile.facts`) and reports at
most one `Conflict` per kind (number, date, entity, negation): the most confident one.
Format differences ('12' / 'twelve', '€1.8bn' / '1.8 billion euros', 'Monday' / 'March 2'
for an article published that Monday) are never conflicts; hedged figures become ranges
and only ranges that cannot overlap conflict.

One module per kind holds its rules: `numbers` (`compare_numbers`), `dates` (`compare_dates`),
`entities` (`compare_entities`) and `negation` (`compare_negation`); `shared` holds the `Conflict`
record and the helpers more than one kind reads (moments and clock times, names, clipped clauses).
This module runs them on a pair and settles what several kinds report at once.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from functools import lru_cache

from reconcile.facts import (
    MONTHS,
    STOPWORDS,
    Quantity,
    SentenceFacts,
    TimeRef,
    extract_facts,
    stem,
)
from reconcile.facts.quantities import LIMIT_HEDGES

from ..zero_claims import _denials
from .dates import (
    _opponents,
    compare_dates,
    opening_year_act,
)
from .entities import (
    _name_phrases,
    _nationalities,
    _office_qualifiers,
    _person_nationalities,
    _role_nationalities,
    compare_entities,
)
from .negation import (
    compare_negation,
)
from .numbers import (
    PENALTY_CEILING,
    _bare_ordinals,
    _count_period,
    _first_change_verb,
    _has_daily,
    _later_state,
    _moments,
    _one_age_owner,
    _ordinals,
    _scopes_apart,
    _unanimous_clauses,
    _vote_clauses,
    compare_numbers,
)
from .shared import (
    _AHEAD_WORDS,
    _CLAUSE_END,
    _EVENT_WORD,
    _YEAR,
    PER_TEXT,
    Conflict,
    _clip,
    _content_stems,
    _k_sound,
    _one_tenure,
    _overlap,
    _participle_lowered,
    _romanised,
    _same_named,
    _same_token,
    _single_letters,
    _skeleton,
    _syllable,
    found_in,
    once_in_both,
)

logger = logging.getLogger(__name__)


KINDS = ("number", "date", "entity", "negation")


def compare_pair(
    text_a: str,
    text_b: str,
    published_a: datetime | None = None,
    published_b: datetime | None = None,
) -> list[Conflict]:
    """Conflicts between two sentences already judged to state the same claim.

    Sentences anchored to different years ("a 2015 earthquake" vs "in November 2023") describe
    different occasions, however alike they read: their values are not compared.
    """
    return list(_compared(text_a, text_b, published_a, published_b))


def clear_caches() -> None:
    """Forget every sentence's facts and every pair's comparison (benchmarks time each run's own work)."""
    _facts.cache_clear()
    _compared.cache_clear()
    _same_token.cache_clear()
    _scopes_apart.cache_clear()
    _has_daily.cache_clear()
    _opponents.cache_clear()
    _first_change_verb.cache_clear()
    _has_revised.cache_clear()
    _nationalities.cache_clear()
    _person_nationalities.cache_clear()
    _same_named.cache_clear()
    # what the rules read from one sentence, asked again for every pair it is in
    for per_text in (
        _ordinals,
        _bare_ordinals,
        _vote_clauses,
        _count_period,
        _later_state,
        _office_qualifiers,
        _name_phrases,
        _role_nationalities,
        _denials,
        _romanised,
        _single_letters,
        _k_sound,
        _skeleton,
        _syllable,
        _moments,
        _unanimous_clauses,
        *PER_TEXT,
    ):
        per_text.cache_clear()  # type: ignore[attr-defined]


@lru_cache(maxsize=1 << 14)
def _compared(
    text_a: str, text_b: str, published_a: datetime | None, published_b: datetime | None
) -> tuple[Conflict, ...]:
    # the pipeline asks twice of a pair: when it links claims and when it lists their conflicts
    if different_occasions(text_a, text_b):
        return ()
    try:
        fa = _facts(text_a, published_a)
        fb = _facts(text_b, published_b)
    except Exception:  # a rule bug on odd text must not sink the story: no conflicts claimed
        logger.exception("fact extraction failed on %r / %r", text_a[:80], text_b[:80])
        return ()
    return tuple(compare_facts(fa, fb))


_AUX_NOT = re.compile(
    r"\s*(?:did|does|do|has|have|had|was|were|is|are|would|will|could|can)?\s*(?:not|never|n['’]t)?\s*", re.I
)
"""Between a name and its denied verb: only the auxiliary and the denial ('did not'), so the name is its subject."""


def _one_denial_each(fa: SentenceFacts, fb: SentenceFacts, c: Conflict) -> bool:
    """Whether both sentences deny one predicate right after the two names the entity conflict sets apart ('Semmelweis
    University did not join' / 'Corvinus University did not join'): the denial is told of each."""

    def denied_after(f: SentenceFacts, end: int) -> set[str]:
        return {
            p.stem
            for p in f.predicates
            if p.negated and 0 <= p.span[0] - end <= 25 and _AUX_NOT.fullmatch(f.text[end : p.span[0]])
        }

    return bool(denied_after(fa, c.span_a[1]) & denied_after(fb, c.span_b[1]))


def different_occasions(text_a: str, text_b: str) -> bool:
    """Both sentences name calendar years and share none of them, unless each names one year in
    the same frame ('led the party since 2003' / 'since 2002', 'his term ends in 2019' / 'ends in
    2018'), or after the same preposition and a year apart ('due to be completed in 2030' / 'expected to
    be finished in 2031'): then the years are two values of one fact, for the date rule to compare."""
    ya, yb = set(_YEAR.findall(text_a)), set(_YEAR.findall(text_b))
    if not (ya and yb) or ya & yb:
        return False
    if _one_tenure(text_a, text_b):
        return False  # 'served from 1967 to 1979' / 'held the seat from 1966 to 1978': one tenure
    if len(ya) == 1 and len(yb) == 1:
        (year_a,), (year_b,) = ya, yb
        if once_in_both(text_a, text_b):
            return False  # 'was first elected in 2016' / 'was first elected to the Senedd in 2021': once in a life
        # the frame read right before the year ('the end of 2026'), and before a part of the year told with it ('in
        # the second half of 2027' is framed by 'in', as 'in 2028' is)
        return not any(_one_frame(text_a, year_a, text_b, year_b, past_part) for past_part in (False, True))
    # several years on a side: one pair in one frame makes one fact of them ('The hotel, which opened in 1989' / 'The
    # hotel opened in 1991 and was renovated in 2018'), if that frame names an act
    done = _past_verbs(text_a) & _past_verbs(text_b)
    if not done:
        return True
    return not any(
        _one_frame(text_a, year_a, text_b, year_b, False)
        and _year_frame(text_a, year_a)[1] & _year_frame(text_b, year_b)[1] & done
        for year_a in ya
        for year_b in yb
    )


def _past_verbs(text: str) -> set[str]:
    """The stems of a sentence's past-tense words ('opened' -> 'open')."""
    return _content_stems([w for w in _EVENT_WORD.findall(text) if w.islower() and w.endswith("ed")])


def _one_frame(text_a: str, year_a: str, text_b: str, year_b: str, past_part: bool) -> bool:
    """Whether two sentences' years are in one frame (`different_occasions`)."""
    prep_a, words_a, place_a = _year_frame(text_a, year_a, past_part)
    prep_b, words_b, place_b = _year_frame(text_b, year_b, past_part)
    if prep_a and prep_a == prep_b and (prep_a in _SPAN_PREPS or words_a & words_b):
        return True
    if past_part and {prep_a, prep_b} <= _WHEN_PREPS and words_a & words_b:
        return True  # 'expected to close by the end of 2026' / 'expected to close in the first half of 2027'
    if {prep_a, prep_b} in ({"in", "since"}, {"on", "since"}) and abs(int(year_a) - int(year_b)) <= 1:
        if (words_a if prep_a != "since" else words_b) & _START_STEMS:
            return True  # 'started on site in January 2024' / 'has been working on the site since January 2025'
    return bool(
        prep_a
        and prep_a == prep_b
        and abs(int(year_a) - int(year_b)) <= 1
        and not (place_a and place_b and place_a != place_b)
    )  # 'ordered Westerbank in 2021' / 'was ordered ... to improve its controls in 2020': one act told with two years
    # a year apart (two apart are two occasions more often: 'announced in April 2023' / 'began unwinding in April
    # 2025'; 'after Doha in March 2023' / 'came in Dubai in March 2022' are two, each in its place)


_START_STEMS = {stem(w) for w in ("started", "began", "begun", "commenced", "launched")}
"""Verbs of a start, which 'since' tells too ('started work in 2024' / 'has worked there since 2025')."""
_SPAN_PREPS = {"since", "until", "till", "through"}
_WHEN_PREPS = {"in", "by", "to", "for", "before"}
"""Prepositions that tell when one act falls ('close in', 'close by', 'postponed to')."""
_PART_OF_YEAR = re.compile(
    r"(?:\bthe\s+(?:first|second|third|fourth|last)\s+(?:half|quarter)\s+of|\bthe\s+(?:end|start|beginning|middle)\s+of"
    r"|\b(?:early|late|mid)|\bmid-|\b(?:(?:early|late)\s+)?(?:spring|summer|autumn|fall|winter))\s*$",
    re.I,
)
"""A part of a year before it ('in the second half of 2027', 'in early 2029', 'in spring 2028'): the year's frame is
the preposition before that part."""


_DAY_COMMA_YEAR = re.compile(
    r"(\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2}(?:st|nd|rd|th)?),(?=\s+\d{4}\b)"
)


_OPENING_PREPS = frozenset({"In", "Since", "Until", "By"})


def _year_frame(text: str, year: str, past_part: bool = False) -> tuple[str, set[str], str]:
    """What a year is the time of: the preposition right before it ('since', 'in'), the lower-case
    content words among the three before that, in its clause ('term ends'), with a name right before
    the preposition ('Hobart in January 2025'), and that name alone, lower case, or ''. With `past_part`, a part of
    the year told before it ('the second half of', 'early') is passed over to reach the preposition."""
    text = _DAY_COMMA_YEAR.sub(r"\1", _participle_lowered(text))  # 'until March 31, 2028': one date, no clause's end
    m = re.search(rf"\b{year}\b", text)
    if not m:
        return "", set(), ""
    left = _CLAUSE_END.split(text[: m.start()])[-1]
    if past_part:
        left = _PART_OF_YEAR.sub("", left)
    words = _EVENT_WORD.findall(left)
    if words and words[-1][0].isupper() and words[-1].lower() in MONTHS:
        words.pop()  # 'until June 2030' is framed by 'until', as 'until 2031' is
    if len(words) == 1 and words[0] in _OPENING_PREPS and not past_part:
        # 'In 2019 the plant was fined $48,000': the year opens the sentence, the act it dates comes after it
        return words[0].lower(), opening_year_act(text[m.end() :]), ""
    if not words or not words[-1].islower() or words[-1] not in STOPWORDS:
        return "", set(), ""
    stems = _content_stems(words[-4:-1])
    place = ""
    if len(words) >= 2 and words[-2][0].isupper() and words[-2].lower() not in STOPWORDS:
        place = words[-2].lower()
        stems.add(place)  # 'after Hobart in January 2025' / 'came in Hobart in January 2024'
    return words[-1], stems, place


def prepare_facts(items: "list[tuple[str, datetime | None]]") -> None:
    """Extract (and cache) the facts of many sentences ahead of comparing them; pure CPU work
    that the pipeline runs in a thread while the model embeds."""
    for text, published in items:
        try:
            _facts(text, published)
        except Exception:  # reported again, once, when the pair is compared
            pass


@lru_cache(maxsize=1 << 15)
def _facts(text: str, published: datetime | None) -> SentenceFacts:
    # the pipeline compares every sentence of a claim with every other: extract once
    return extract_facts(text, published)


def compare_facts(fa: SentenceFacts, fb: SentenceFacts) -> list[Conflict]:
    """Like `compare_pair`, on already extracted facts (lets callers cache extraction)."""
    out: list[Conflict] = []
    for fn in (compare_numbers, compare_dates, compare_entities, compare_negation):
        try:
            c = fn(fa, fb)
        except Exception:  # a rule bug must not sink the whole run
            logger.exception("%s failed on %r / %r", fn.__name__, fa.text[:80], fb.text[:80])
            c = None
        if c is not None:
            out.append(c)
    if any(c.kind == "negation" and c.anchored for c in out):
        # 'no flights had been diverted' / 'diverted 17 flights': the denial, not a count of none against 17
        out = [c for c in out if c.kind != "number"]
    # 'GRU Unit 74455' / 'GRU Unit 26165', 'Terminal 2' / 'Terminal 1': two numbered things, named by their numbers
    # 'heavy on Route 16 and the Chelsea Street Bridge' / 'heavy traffic on Route 1 and in Charlestown': two numbered
    # things each listed with another place, two lists of places, not two values of one
    out = [
        c
        for c in out
        if not (c.kind == "number" and _numbered_thing(c) and _listed_apart(fa.text, c.span_a, fb.text, c.span_b))
    ]
    out = [replace(c, kind="entity", explanation=_clip("entity: " + c.explanation.removeprefix("number: ")))
           if c.kind == "number" and (_numbered_thing(c) or _model_numbers(fa.text, fb.text, c)) else c
           for c in out]  # fmt: skip
    # 'dates to the 7th century BC' / 'to the 5th century BC': two centuries are two dates; so are two years
    # before the era ('around 1000 BC' / 'around 650 BC')
    out = [replace(c, kind="date", explanation=_clip("date: " + c.explanation.removeprefix("number: ")))
           if c.kind == "number" and ((_CENTURY.fullmatch(c.value_a) and _CENTURY.fullmatch(c.value_b))
                                      or (c.norm_a.endswith(_BC) and c.norm_b.endswith(_BC))) else c
           for c in out]  # fmt: skip
    if not any(c.kind == "negation" for c in out):
        # 'No protests were held' / 'About 20 protesters gathered': none against some is a denial, as
        # `reconcile.zero_claims` reports it, not a count
        out = [_none_as_denial(c) if c.kind == "number" and _none_written(c) else c for c in out]
    if any(c.kind == "entity" and _one_denial_each(fa, fb, c) for c in out):
        # 'Semmelweis University did not join the strike' / 'Corvinus University did not join the strike': one act
        # denied of two names, each of which may hold
        out = [c for c in out if c.kind != "entity"]
    if _other_place_like(fa.text) or _other_place_like(fb.text):
        # 'A federal judge in Tennessee blocked part of that state's law in 2024': another state's like case, whose
        # date and court are no values of this one's
        out = [c for c in out if c.kind not in ("date", "entity")]
    # 'temperatures could reach 44 degrees by Wednesday' / 'reached 41 degrees on Monday': a forecast
    # and a reading are two moments, not two values of one
    out = [c for c in out if c.kind not in ("date", "number") or not _prediction_mismatch(fa, fb, c)]
    if _revised_against_other(fa, fb) or _revised_against_other(fb, fa):
        # 'now expects the river to peak at 14.1 metres on Tuesday night, higher than its earlier forecast' /
        # 'expected to peak at 13.4 metres on Tuesday afternoon': the earlier forecast, which the revision
        # itself says was different
        out = [c for c in out if c.kind not in ("date", "number")]
    # 'It was due to enter service in 2021' / 'is now expected to enter service in spring 2027': the plan that slipped,
    # and the plan now
    out = [c for c in out if c.kind != "date" or _past_plan(fa.text, c.span_a) == _past_plan(fb.text, c.span_b)]
    # 'The Bank of England ... next sets rates on 17 December' / 'held rates at 3.75 per cent last month': the next
    # sitting, and one told
    out = [c for c in out if c.kind != "date" or not _next_against_past(fa, c.span_a, fb, c.span_b)]
    if any(c.kind == "date" for c in out) and _periodic_figures(fa, fb, next(c for c in out if c.kind == "date")):
        # 'inflation was 2.8% in January' / '2.4% in February': each month's figure, two facts
        out = [c for c in out if c.kind not in ("date", "number")]
    return out


_PAST_PLAN = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:originally\s+|initially\s+|first\s+)?(?:due|scheduled|supposed|meant|set|planned"
    r"|expected|slated)\s+to\b[^.;]{0,60}$",
    re.I,
)


def _past_plan(text: str, span: tuple[int, int]) -> bool:
    """Whether a date is that of a plan told in the past and since overtaken ('It was due to enter service in 2021 and
    is now five years late'); a plan told as 'was due to' alone may still hold ('was due to dock on Thursday')."""
    return bool(_PAST_PLAN.search(text[max(0, span[0] - 90) : span[0]]) and _OVERTAKEN.search(text, span[1]))


_NEXT_ONE = re.compile(
    r"\bnext\s+(?:[a-z]+s|meeting|sitting|decision|review|hearing|announcement|vote)\b[^.;,]{0,40}$", re.I
)


def _next_one(text: str, span: tuple[int, int]) -> bool:
    """Whether a date is that of the next sitting of something recurring ('next sets rates on 17 December')."""
    return bool(_NEXT_ONE.search(text[max(0, span[0] - 60) : span[0]]))


def _next_against_past(fa: SentenceFacts, span_a: tuple[int, int], fb: SentenceFacts, span_b: tuple[int, int]) -> bool:
    """Whether one date is the next sitting of something and the other a sitting already past by the other side's
    page ('next sets rates on 17 December' / 'held rates at 3.75 per cent last month'): two sittings. (Two next
    sittings, or a next one against 'will meet again on', are one, and compared.)"""
    for fx, sx, fy, sy in ((fa, span_a, fb, span_b), (fb, span_b, fa, span_a)):
        if not _next_one(fx.text, sx) or _next_one(fy.text, sy) or fy.published is None:
            continue
        t = next((u for u in fy.times if u.span == sy), None)
        if t is not None and t.end is not None and t.end <= fy.published.replace(tzinfo=None):
            return True
    return False


_OVERTAKEN = re.compile(r"\b(?:now|late|delayed|behind\s+schedule|postponed|pushed\s+back|slipped)\b", re.I)


_BC = (" bc", " bce")
"""The end of a figure's norm when it is a year before the era ('[900, 1100] bc')."""
_CENTURY = re.compile(r"\d{1,2}(?:st|nd|rd|th)[ -]century", re.I)
"""An ordinal century ('the 7th century', '17th-century'): a date, not a count."""


_NUMBERED_THINGS = frozenset(
    "unit terminal line gate platform runway pier berth reactor block ward bay exit junction"
    " building tower hall wing complex pad route".split()
)
"""Labels whose number names one thing of several ('Terminal 2', 'Unit 74455', 'Route 96'), not a value on a scale
('Category 3', 'Stage 4'): two numbers there are two things, an entity conflict, as the labels of the sets call it.
(A flight's number was measured too: the sets label 'Flight 421' / 'Flight 412' a number conflict.)"""


_MODEL_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+)\s+$")
_SCALE_WORDS = frozenset(
    "category level stage phase grade class tier division round game week day line route section article chapter"
    " unit terminal gate platform runway pier berth reactor block ward bay exit junction building tower hall wing"
    " number no act title schedule paragraph clause part volume season episode match leg heat lap hole signal"
    " constituency district zone alert warning force".split()
)
"""Capitalised words before a number that make it a value on a scale or a numbered thing, not a model's name."""


def _model_numbers(text_a: str, text_b: str, c: Conflict) -> bool:
    """Whether a number conflict is two models of one named product ('the Ariane 64 version' / 'its Ariane 62
    configuration'): each value a bare number right after the same capitalised name, which is no scale word ('Category
    3', 'Stage 4') and does not open the sentence."""
    if not (c.value_a.isdigit() and c.value_b.isdigit()):
        return False
    ma = _MODEL_BEFORE.search(text_a[max(0, c.span_a[0] - 30) : c.span_a[0]]) if c.span_a[0] > 0 else None
    mb = _MODEL_BEFORE.search(text_b[max(0, c.span_b[0] - 30) : c.span_b[0]]) if c.span_b[0] > 0 else None
    if ma is None or mb is None or ma.group(1) != mb.group(1) or ma.group(1).lower() in _SCALE_WORDS:
        return False
    return c.span_a[0] - len(ma.group()) > 0 and c.span_b[0] - len(mb.group()) > 0


_ORDINAL_STREETS = {
    stem(w)
    for w in (
        "avenue", "street", "division", "circuit", "battalion", "brigade", "regiment", "fleet", "army", "corps",
        "squadron", "chamber", "branch",
    )
}  # fmt: skip
"""Things named by an ordinal ('43rd Avenue', "the CA's 19th Division", 'the Ninth Circuit'): two of them are two
streets, courts or units, an entity. Not a district or a ward: a numbered seat ('the 13th Assembly District') is read
as a number."""


_LISTED_ON = re.compile(r"\s+(?:and|or)\s+(?:(?:in|on|at|the)\s+)*(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
"""After a numbered thing: another place listed with it ('Route 16 and the Chelsea Street Bridge')."""


def _listed_apart(text_a: str, span_a: tuple[int, int], text_b: str, span_b: tuple[int, int]) -> bool:
    """Whether each numbered thing is listed with another place, and the two others differ too ('Route 16 and the
    Chelsea Street Bridge' / 'Route 1 and in Charlestown'; not '43rd Avenue and Indian School Road' / '35th Avenue and
    Indian School Road', one corner told two ways)."""
    ma, mb = _LISTED_ON.match(text_a, span_a[1]), _LISTED_ON.match(text_b, span_b[1])
    return ma is not None and mb is not None and ma.group("name") != mb.group("name")


def _numbered_thing(c: Conflict) -> bool:
    if c.norm_a.startswith("#") and c.norm_b.startswith("#"):
        # 'near 43rd Avenue' / 'near 35th Avenue': two streets, named by their ordinals ('18th Division' / '19th
        # Division': two benches of a court)
        na, nb = c.norm_a.split(" ", 1)[-1], c.norm_b.split(" ", 1)[-1]
        return na == nb and na in _ORDINAL_STREETS
    la, lb = c.norm_a.rsplit(" ", 1)[0], c.norm_b.rsplit(" ", 1)[0]
    return la == lb and la in _NUMBERED_THINGS


def _none_as_denial(c: Conflict) -> Conflict:
    """A number conflict of none against some, told as the denial it is ('No protests' denied vs 'About 20'
    affirmed)."""
    a_denies = bool(_NONE.match(c.value_a))
    denied, affirmed = (c.value_a, c.value_b) if a_denies else (c.value_b, c.value_a)
    what = denied.split(None, 1)[1] if " " in denied else affirmed
    expl = f'negation: "{what}" ' + ("denied vs affirmed" if a_denies else "affirmed vs denied")
    na, nb = ("denied: ", "affirmed: ") if a_denies else ("affirmed: ", "denied: ")
    return replace(c, kind="negation", norm_a=na + c.norm_a, norm_b=nb + c.norm_b, explanation=_clip(expl))


def _none_written(c: Conflict) -> bool:
    """A number conflict whose one value is a written 'no' or 'none' ('No protests') against a count."""
    return bool(_NONE.match(c.value_a)) != bool(_NONE.match(c.value_b))


_NONE = re.compile(
    r"(?:no(?!\.?\s*\d)(?!\s+(?:more|fewer|less|later|earlier|sooner)\b)|none|zero|not\s+a\s+single)\b", re.I
)
"""A written none ('No protests', 'none', 'not a single'), not 'no more than' or 'No. 9'."""


_REVISED = re.compile(
    r"\b(?:higher|lower|more|less|later|earlier|above|below|up|down)\s+(?:than|from|on)\s+(?:its|the|an?|their|his|her)\s+"
    r"(?:earlier|previous|initial|original|first|last)\s+(?:forecasts?|estimates?|predictions?|projections?|expectations?)\b"
    r"|\brevised\s+(?:its\s+|their\s+|the\s+)?(?:forecasts?\s+|estimates?\s+)?(?:up|down|upwards?|downwards?)\b"
    r"|\b(?:ahead\s+of|short\s+of|above|below|up\s+from|down\s+from)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[A-Z][a-z]+day['’]s|earlier|initial|preliminary|weekend|studio)\s+(?:forecasts?|estimates?|projections?)\b",
    re.I,
)
"""A figure said to differ from an earlier forecast ('higher than its earlier forecast', 'revised up', 'slightly
ahead of Sunday's projections')."""


def _revised_against_other(fr: SentenceFacts, fo: SentenceFacts) -> bool:
    """Whether one sentence gives a revised forecast as one figure against an earlier forecast it does not
    quote, and the other sentence does not say it is revised: the other may tell the earlier forecast."""
    return _has_revised(fr.text) and len(fr.quantities) <= 1 and not _has_revised(fo.text)


@lru_cache(maxsize=4096)
def _has_revised(text: str) -> bool:
    return bool(_REVISED.search(text))


_OTHER_PLACE_LIKE = re.compile(
    r"\b(?:that|another|a\s+different)\s+(?:state|country|city|province|county)['’]s\b"
    r"|\ba\s+similar\s+(?:law|ban|measure|rule|case|ruling|bill)\s+in\b",
    re.I,
)


_PREDICTION = re.compile(
    r"\b(?:[Ff]orecast\w*|[Ff]oresee\w*|[Pp]redict\w*|[Pp]roject(?:ed|s|ing|ions?)|could|may|might|likely)\b"
)
"""A hedged prediction of a value ('forecast 44 degrees for Wednesday', 'could reach'); a schedule
('will start on Wednesday', 'is expected in the autumn') states a plan, which another outlet may
contradict."""


_PREDICTED_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:projected|forecast|predicted|expected)\b(?!\s+to\b)")
_EXPECTS = re.compile(r"\b(?:[Ee]xpects|[Ee]xpected\s+to|[Hh]opes?\s+to)\b")


_AIMED_AT = re.compile(
    r"\b(?:wants?|wanted|aims?|aimed|hopes?|hoped|aspires?|strives?)\s+to\b|\b(?:targets?|targeting|targeted"
    r"|goal\s+(?:of|is\s+to)|ambition\s+(?:of|is\s+to|to))\b",
    re.I,
)
"""A goal set for a figure ('aims to carry', 'a target of'): what is hoped for, against a count of what was."""
_BY_YEAR = re.compile(r"[^.;:,]{0,40}?\b(?:by|in|before)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b")
"""The year a goal is set for, after its figure ('10 million passengers a year by 2028')."""


_PREDICTION_CUT = re.compile(
    r"[;:—–\"“”]|,\s|\b(?:that|who|which|after|before|following|since|until|when|while|because|once|and)\b"
)


_BOUND_AFTER = re.compile(r",?\s+at\s+the\s+(?:very\s+)?(?:earliest|latest)\b", re.I)


def _prediction_mismatch(fa: SentenceFacts, fb: SentenceFacts, c: Conflict) -> bool:
    """Whether exactly one of the two values is predicted (a forecast, an expectation, 'could reach')
    in the words just before it or around it."""

    def predicted(facts: SentenceFacts, span: tuple[int, int]) -> bool:
        text = facts.text
        before = _PREDICTION_CUT.split(text[max(0, span[0] - 80) : span[0]])[-1]
        if c.kind == "number" and _EXPECTS.search(before):
            return True  # 'expects the deficit to reach 3.8%': a forecast of a value (of a date, a schedule)
        if c.kind == "number" and any(q.span == span and q.hedge in LIMIT_HEDGES for q in facts.quantities):
            return False  # 'customers may take out no more than $400 a month': what a rule allows, no forecast
        if (
            c.kind == "number"
            and PENALTY_CEILING.search(before)
            and any(q.span == span and q.hedge == "up to" for q in facts.quantities)
        ):
            return False  # 'He could face up to 20 years behind bars': the ceiling the law sets, no forecast
        if c.kind == "number" and re.search(r"\bwill\s+have\s+(?:been\s+)?\w+\s+$", before, re.I):
            return True  # 'By the end of construction, the project will have employed 10,000': a total ahead
        if c.kind == "number" and _AIMED_AT.search(before) and _BY_YEAR.match(text, span[1]):
            return True  # 'wants to carry 10 million passengers a year by 2028': a goal for a year ahead, not a count
        if c.kind == "date" and _BOUND_AFTER.match(text, span[1]):
            return False  # 'could reopen on Friday at the earliest': a bound the speaker sets, no forecast
        if _PREDICTED_AFTER.match(text, span[1]):
            return True  # 'a $5.2 billion shortfall projected in the budget'
        return bool(_PREDICTION.search(before + text[span[0] : span[1]]))

    pa, pb = predicted(fa, c.span_a), predicted(fb, c.span_b)
    if pa != pb and c.kind == "number" and (_AIMED_AT.search(fa.text) or _AIMED_AT.search(fb.text)):
        # 'expects to sell 1.5 million units in the first year' / 'aims to sell 1.2 million units in its first year':
        # an expectation and a goal, both of a figure ahead
        aimed, at = (fb, c.span_b) if pa else (fa, c.span_a)
        if _AIMED_AT.search(_PREDICTION_CUT.split(aimed.text[max(0, at[0] - 80) : at[0]])[-1]):
            pa = pb = True
    if pa != pb and _predicts_all(fa.text, c.span_a) and _predicts_all(fb.text, c.span_b):
        return False  # 'forecasts growth of 1.9%' / 'foresees a surplus of 0.3% and growth of 2.1%': one verb
        # predicts every figure it lists
    if pa != pb and _ahead(*((fb.text, c.span_b) if pa else (fa.text, c.span_a)), c.kind):
        return False  # 'expects about 32,000 flats to be completed this year' / 'Some 23,000 flats will be finished
        # in the current financial year': both look ahead, to one moment
    return pa != pb


_AHEAD = re.compile(
    rf"\b(?:{_AHEAD_WORDS}|estimates?|estimated\s+to|(?:estimated|put(?:s|ting)?)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){{0,5}}at)\b",
    re.I,
)
"""A figure told of what is still to come ('will cost', 'is due to') or as an estimate ('the council estimates',
'estimated the cost of the snap election at', 'are estimated to cost', 'puts the cost of the election at'), not of what
was."""
_WOULD = re.compile(r"\bwould\b", re.I)
"""A future told in reported speech ('said the fees would bring in about P180m'): ahead for a figure; a date after it
more often times another step ('rain would ease from Wednesday afternoon' / 'is forecast to clear by Thursday')."""


def _ahead(text: str, span: tuple[int, int], kind: str) -> bool:
    """Whether the clause a figure (or a date) stands in looks ahead: a future tense or an estimate around it."""
    before = _PREDICTION_CUT.split(text[max(0, span[0] - 80) : span[0]])[-1]
    after = _PREDICTION_CUT.split(text[span[1] : span[1] + 60])[0]
    if kind == "number" and (_WOULD.search(before) or _WOULD.search(after)):
        return True
    return bool(_AHEAD.search(before) or _AHEAD.search(after))


_LIST_CUT = re.compile(r"[;:—–\"“”]|,\s+(?:which|who|while|but|as)\b|\b(?:that|who|which|after|before|when|because)\b")


def _predicts_all(text: str, span: tuple[int, int]) -> bool:
    """Whether a prediction word governs the value across a list of figures ('foresees a surplus of
    0.3% and growth of 2.1%'): it opens the clause the value ends, with no other verb of saying or
    doing in between."""
    clause = _LIST_CUT.split(text[: span[0]])[-1]
    m = _PREDICTION.search(clause)
    if not m:
        return False
    between = clause[m.end() :]
    return not re.search(r"\b(?:was|were|is|are|has|have|had|\w{3,}ed)\b", between)


_SPAN_START = re.compile(r"\b(?:between|from)\s+(?:[A-Z][a-z]+\s+)?$")
_SPAN_END = re.compile(r"^\s+(?:and|to|through|until)\s+(?:[A-Z][a-z]+\s+)?(\d{4})\b")


def _one_span_end(fa: SentenceFacts, ta: TimeRef, fb: SentenceFacts, tb: TimeRef) -> bool:
    """Whether each conflicting date opens a span ('between 2019 and 2023', 'from 2020 to 2023') and the two spans end
    in one year."""
    ends = []
    for f, t in ((fa, ta), (fb, tb)):
        if not _SPAN_START.search(f.text[max(0, t.span[0] - 20) : t.span[0]]):
            return False
        m = _SPAN_END.match(f.text[t.span[1] : t.span[1] + 30])
        if m is None:
            return False
        ends.append(m.group(1))
    return ends[0] == ends[1]


def _periodic_figures(fa: SentenceFacts, fb: SentenceFacts, date: Conflict) -> bool:
    """Whether a date conflict between two periods (a month or longer) sits in sentences that each
    give a different figure of one kind: the figures are per-period statistics, each for its period."""
    ta = next((t for t in fa.times if t.span == date.span_a), None)
    tb = next((t for t in fb.times if t.span == date.span_b), None)
    if ta is None or tb is None or ta.level < 2 or tb.level < 2:
        return False
    if _one_span_end(fa, ta, fb, tb):
        return False  # 'between 2019 and 2023' / 'from 2020 to 2023': one span's total, its start told two ways

    def told_both(q: Quantity, others: Sequence[Quantity]) -> bool:
        return q.dimension == "duration" and any(o.dimension == q.dimension and o.value == q.value for o in others)

    for qa in fa.quantities:
        for qb in fb.quantities:
            if told_both(qa, fb.quantities) or told_both(qb, fa.quantities):
                continue  # 'the Danish record of 8:41.20 she set in 2022' / 'The previous national record, 8:41.20,
                # was set in 2021': a time told on both sides is the one record, dated two ways
            if qa.dimension == qb.dimension and not _overlap(qa, qb):
                if qa.dimension == "age" and _one_age_owner(fa, qa, fb, qb):
                    continue  # 'Hemi Te Rangi, aged 34, died in March 2024' / '..., 36, was killed in May
                    # 2024': one person's age, no statistic of a period
                return True
    # 'recorded more than 1,200 kidnappings in 2025' / 'Kidnappings fell slightly in the first half of 2026': a
    # period's count against another period's move
    for x, y in ((fa, fb), (fb, fa)):
        if (
            any(q.dimension in ("count", "percent") for q in x.quantities)
            and not y.quantities
            and _MOVED.search(y.text)
        ):
            return True
    return False


_MOVED = re.compile(
    r"\b(?:fell|rose|increased|decreased|dropped|declined|climbed|grew|doubled|halved|jumped|slumped|surged)\b", re.I
)
"""A statistic's move over its period, told with no figure."""


__all__ = ["KINDS", "Conflict", "clear_caches", "compare_facts", "compare_pair", "prepare_facts"]


_other_place_like = found_in(_OTHER_PLACE_LIKE)
