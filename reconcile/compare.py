"""Discrepancy detection between two sentences that state the same claim.

`compare_pair` extracts facts from both sentences (see `reconcile.facts`) and reports at
most one `Conflict` per kind (number, date, entity, negation): the most confident one.
Format differences ('12' / 'twelve', '€1.8bn' / '1.8 billion euros', 'Monday' / 'March 2'
for an article published that Monday) are never conflicts; hedged figures become ranges
and only ranges that cannot overlap conflict.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import lru_cache

from rapidfuzz import fuzz

from reconcile.facts import (
    MONTHS,
    NEG_VERB_STEMS,
    NON_PREDICATES,
    STOPWORDS,
    TITLES,
    WEEKDAYS,
    EntityMention,
    Predicate,
    Quantity,
    SentenceFacts,
    TimeRef,
    extract_facts,
    stem,
    syn,
)
from reconcile.facts.lexicon import (
    CLAUSE_SCOPE_END,
    COUNTRIES,
    DEMONYMS,
    EVENT_PAST_FORMS,
    IRREGULAR,
    IRREGULAR_PAST,
    ORDINALS,
    OUTLETS,
    TENS,
    TYPE_NOUNS,
    UNITS,
)
from reconcile.facts.numbers import simple_number_word
from reconcile.facts.quantities import about_margin
from reconcile.facts.times import OPEN_FUTURE
from reconcile.facts.tokens import strip_accents
from reconcile.zero_claims import zero_against_some

logger = logging.getLogger(__name__)

KINDS = ("number", "date", "entity", "negation")


@dataclass(frozen=True)
class Conflict:
    """One discrepancy between two sentences of the same claim."""

    kind: str
    """'number' | 'date' | 'entity' | 'negation'."""
    value_a: str
    """The conflicting value as written in sentence a."""
    value_b: str
    """The conflicting value as written in sentence b."""
    norm_a: str
    """Normalised form of value_a, e.g. '12 miners', 'EUR 1.8e9', '2026-03-02', '[300, inf)'."""
    norm_b: str
    """Normalised form of value_b."""
    explanation: str
    """Short human-readable account, e.g. 'number: 14 vs 12 (miners rescued)'."""
    confidence: float
    """0..1: about 0.9 for clear exact conflicts, lower for fuzzy pairings."""
    span_a: tuple[int, int] = (0, 0)
    """Character span of value_a in sentence a."""
    span_b: tuple[int, int] = (0, 0)
    """Character span of value_b in sentence b."""
    anchored: bool = False
    """True when both values are one attribute of one named thing ('Gulfstar, a Dubai-based
    operator' / 'Gulfstar, which is headquartered in Abu Dhabi'): a conflict whatever else the two
    sentences say, so the pipeline does not ask that the pair read as one claim."""

    def swapped(self) -> Conflict:
        """The same conflict told from the other sentence's side: values, forms and spans of a and b exchanged."""
        return replace(
            self,
            value_a=self.value_b,
            value_b=self.value_a,
            norm_a=self.norm_b,
            norm_b=self.norm_a,
            span_a=self.span_b,
            span_b=self.span_a,
        )


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


_YEAR = re.compile(r"(?<![\d.,$€£])\b(1[89]\d\d|20\d\d)\b(?![.,]?\d)(?!\s*(?:people|miners|troops|%|percent))")


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
        prep_a, words_a, place_a = _year_frame(text_a, year_a)
        prep_b, words_b, place_b = _year_frame(text_b, year_b)
        if prep_a and prep_a == prep_b and (prep_a in _SPAN_PREPS or words_a & words_b):
            return False
        if (
            prep_a
            and prep_a == prep_b
            and abs(int(year_a) - int(year_b)) <= 1
            and not (place_a and place_b and place_a != place_b)
        ):
            return False  # 'ordered Westerbank in 2021' / 'was ordered ... to improve its controls in 2020': one act
            # told with two years a year apart (two apart are two occasions more often: 'announced in April 2023'
            # / 'began unwinding in April 2025'; 'after Doha in March 2023' / 'came in Dubai in March 2022' are two,
            # each in its place)
    return True


def _one_tenure(text_a: str, text_b: str) -> bool:
    """Whether each sentence names one span of years and nothing else by year, and the two spans
    are a year or two apart at both ends: one tenure told twice ('served from 1967 to 1979' / 'held
    the seat from 1966 to 1978'), whatever the verbs."""
    sa, sb = _YEAR_SPAN.findall(text_a), _YEAR_SPAN.findall(text_b)
    if not (len(sa) == len(sb) == 1 and len(set(_YEAR.findall(text_a))) == len(set(_YEAR.findall(text_b))) == 2):
        return False
    (a0, a1), (b0, b1) = sa[0], sb[0]
    return abs(int(a0) - int(b0)) <= 2 and abs(int(a1) - int(b1)) <= 2


_SPAN_PREPS = {"since", "until", "till", "through"}
_YEAR_SPAN = re.compile(
    r"\b(?:from\s+|between\s+)?((?:19|20)\d\d)\s*(?:to|until|till|through|and|-|–)\s*((?:19|20)\d\d)\b"
)


_OPENING_PARTICIPLE = re.compile(
    r"[A-Z][a-z]+(?:ed|lt|wn|en|rn)\s+(?:in|on|at|by|from|after|as|with|to|during|for|under|near|since|between|around)\b"
)
"""A participle opening a sentence before its preposition ('Founded in 1962,', 'Built by Hyundai'); a given name is
followed by a surname instead ('Helen Ramsay', 'Ahmed Khan')."""


def _participle_lowered(text: str) -> str:
    """The sentence with a participle that opens it in lower case ('Founded in 1962, the theatre ...'): the act of its
    clause, not a name."""
    return text[0].lower() + text[1:] if _OPENING_PARTICIPLE.match(text) else text


def _year_frame(text: str, year: str) -> tuple[str, set[str], str]:
    """What a year is the time of: the preposition right before it ('since', 'in'), the lower-case
    content words among the three before that, in its clause ('term ends'), with a name right before
    the preposition ('Hobart in January 2025'), and that name alone, lower case, or ''."""
    text = _participle_lowered(text)
    m = re.search(rf"\b{year}\b", text)
    if not m:
        return "", set(), ""
    left = _CLAUSE_END.split(text[: m.start()])[-1]
    words = _EVENT_WORD.findall(left)
    if words and words[-1][0].isupper() and words[-1].lower() in MONTHS:
        words.pop()  # 'until June 2030' is framed by 'until', as 'until 2031' is
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
    out = [replace(c, kind="entity", explanation=_clip("entity: " + c.explanation.removeprefix("number: ")))
           if c.kind == "number" and _numbered_thing(c) else c for c in out]  # fmt: skip
    if not any(c.kind == "negation" for c in out):
        # 'No protests were held' / 'About 20 protesters gathered': none against some is a denial, as
        # `reconcile.zero_claims` reports it, not a count
        out = [_none_as_denial(c) if c.kind == "number" and _none_written(c) else c for c in out]
    if _OTHER_PLACE_LIKE.search(fa.text) or _OTHER_PLACE_LIKE.search(fb.text):
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
    if any(c.kind == "date" for c in out) and _periodic_figures(fa, fb, next(c for c in out if c.kind == "date")):
        # 'inflation was 2.8% in January' / '2.4% in February': each month's figure, two facts
        out = [c for c in out if c.kind not in ("date", "number")]
    return out


_NUMBERED_THINGS = frozenset(
    "unit terminal line gate platform runway pier berth reactor block ward bay exit junction"
    " building tower hall wing complex pad".split()
)
"""Labels whose number names one thing of several ('Terminal 2', 'Unit 74455'), not a value on a scale ('Category 3',
'Stage 4'): two numbers there are two things, an entity conflict, as the labels of the sets call it."""


def _numbered_thing(c: Conflict) -> bool:
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
_EXPECTS = re.compile(r"\b(?:[Ee]xpects|[Ee]xpected\s+to)\b")


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


def _prediction_mismatch(fa: SentenceFacts, fb: SentenceFacts, c: Conflict) -> bool:
    """Whether exactly one of the two values is predicted (a forecast, an expectation, 'could reach')
    in the words just before it or around it."""

    def predicted(text: str, span: tuple[int, int]) -> bool:
        before = _PREDICTION_CUT.split(text[max(0, span[0] - 80) : span[0]])[-1]
        if c.kind == "number" and _EXPECTS.search(before):
            return True  # 'expects the deficit to reach 3.8%': a forecast of a value (of a date, a schedule)
        if c.kind == "number" and re.search(r"\bwill\s+have\s+(?:been\s+)?\w+\s+$", before, re.I):
            return True  # 'By the end of construction, the project will have employed 10,000': a total ahead
        if c.kind == "number" and _AIMED_AT.search(before) and _BY_YEAR.match(text, span[1]):
            return True  # 'wants to carry 10 million passengers a year by 2028': a goal for a year ahead, not a count
        if _PREDICTED_AFTER.match(text, span[1]):
            return True  # 'a $5.2 billion shortfall projected in the budget'
        return bool(_PREDICTION.search(before + text[span[0] : span[1]]))

    pa, pb = predicted(fa.text, c.span_a), predicted(fb.text, c.span_b)
    if pa != pb and _predicts_all(fa.text, c.span_a) and _predicts_all(fb.text, c.span_b):
        return False  # 'forecasts growth of 1.9%' / 'foresees a surplus of 0.3% and growth of 2.1%': one verb
        # predicts every figure it lists
    if pa != pb and _ahead(*((fb.text, c.span_b) if pa else (fa.text, c.span_a)), c.kind):
        return False  # 'expects about 32,000 flats to be completed this year' / 'Some 23,000 flats will be finished
        # in the current financial year': both look ahead, to one moment
    return pa != pb


_AHEAD = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:due|set|scheduled)\s+to|estimates?)\b", re.I)
"""A figure told of what is still to come ('will cost', 'is due to', 'the council estimates'), not of what was."""
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


def _periodic_figures(fa: SentenceFacts, fb: SentenceFacts, date: Conflict) -> bool:
    """Whether a date conflict between two periods (a month or longer) sits in sentences that each
    give a different figure of one kind: the figures are per-period statistics, each for its period."""
    ta = next((t for t in fa.times if t.span == date.span_a), None)
    tb = next((t for t in fb.times if t.span == date.span_b), None)
    if ta is None or tb is None or ta.level < 2 or tb.level < 2:
        return False
    for qa in fa.quantities:
        for qb in fb.quantities:
            if qa.dimension == qb.dimension and not _overlap(qa, qb):
                if qa.dimension == "age" and _one_age_owner(fa, qa, fb, qb):
                    continue  # 'Hemi Te Rangi, aged 34, died in March 2024' / '..., 36, was killed in May
                    # 2024': one person's age, no statistic of a period
                return True
    return False


# --------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------


_ASKED = re.compile(
    r"\b(?:ask(?:s|ed|ing)?\s+for|demand(?:s|ed|ing)?|seek(?:s|ing)?|sought|want(?:s|ed)?|call(?:s|ed|ing)?\s+for"
    r"|push(?:es|ed|ing)?\s+for|request(?:s|ed|ing)?|claim(?:s|ed|ing)?)\b",
    re.I,
)
_OFFERED = re.compile(r"\b(?:offer(?:s|ed|ing)?|propos(?:e|es|ed|ing)|put\s+forward|tabled)\b", re.I)


_MARGIN_AFTER = re.compile(
    r"\s+(?:points?\s+|goals?\s+|seats?\s+|votes?\s+)?(?:ahead\s+of|clear\s+of|behind)\b"
    r"|\s+(?:(?:points?|goals?|seats?|votes?|lengths?|strokes?|shots?)\s+)?(?:clear|ahead)\b(?!\s+of)"
    r"|(?:[- ]points?)?\s+(?:lead|margin|advantage|gap)\b"
    r"|\s+(?:overs|balls|laps|minutes|seconds)\s+to\s+spare\b",  # 'with 14 overs to spare': a margin of a chase
    re.I,
)
"""After a figure: a lead over someone ('two ahead of Hungary', '11 points clear of'), not a count."""
_LINE_ITEM = re.compile(
    r"\b(?P<item>(?:net|operating|pre-?tax|gross|core|underlying)\s+(?:profit|income|loss|earnings)"
    r"|profit\s+before\s+tax|revenues?|sales|turnover|ebitda|(?:net\s+|public\s+|gross\s+)?debt|deficit)\b",
    re.I,
)
_SAME_ITEM = {"net income": "net profit", "net earnings": "net profit", "revenues": "revenue", "turnover": "revenue",
              "sales": "revenue", "pre-tax profit": "pretax profit", "profit before tax": "pretax profit"}  # fmt: skip


def _clause_before(text: str, q: Quantity, reach: int = 80) -> str:
    """The words of a figure's clause before it, at most `reach` characters back."""
    return _CLAUSE_END.split(text[max(0, q.span[0] - reach) : q.span[0]])[-1]


_PENALTY_BEFORE = re.compile(
    r"^\W*(?:(?:the|a|an|any|all)\s+)?([a-z]+)\b[^;]{0,60}?\b(?:will\s+|would\s+|could\s+|may\s+|can\s+|now\s+)?"
    r"(?:face|faces|facing|risk|risks|risking)\s+(?:a\s+|an\s+)?(?:maximum\s+|possible\s+)?"
    r"(?:fines?|penalt(?:y|ies)|sentences?|jail\s+terms?|prison\s+terms?)\s+of\s+(?:up\s+to\s+)?(?:[A-Z]{2,4}\s?)?$",
    re.I,
)
"""A sentence whose figure is the penalty its subject faces ('Violators will face fines of')."""


def _two_bearers(text_a: str, a: Quantity, text_b: str, b: Quantity) -> bool:
    """Whether two penalties are faced by two parties, each named only in its own sentence
    ('Violators will face fines of GEL 300' / 'Platforms that publish ... will face fines of GEL 5,000')."""
    ma = _PENALTY_BEFORE.search(text_a[: a.span[0]])
    mb = _PENALTY_BEFORE.search(text_b[: b.span[0]])
    if not ma or not mb:
        return False
    wa, wb = ma.group(1).lower(), mb.group(1).lower()
    if wa in STOPWORDS or wb in STOPWORDS:
        return False  # 'Those that do not comply face fines of': the party is the other sentence's
    sa, sb = stem(wa), stem(wb)
    if sa == sb:
        return False
    return sa not in {stem(w) for w in re.findall(r"[a-z]+", text_b.lower())} and sb not in {
        stem(w) for w in re.findall(r"[a-z]+", text_a.lower())
    }


_COMPOUND = re.compile(r"-([a-z]+)\s+([a-z]{3,})\b")


def _compound_head(text: str, q: Quantity) -> str:
    """The noun a figure joined to its unit by a hyphen describes ('a 12-yard run' -> 'run', 'the 38-word
    oath' -> 'oath'), else ''."""
    m = _COMPOUND.match(text, q.span[1])
    if not m or m.group(2) in STOPWORDS or m.group(2).endswith(("ed", "ly")):
        return ""
    return syn(stem(m.group(2)))


def _other_compound(text_a: str, a: Quantity, text_b: str, b: Quantity) -> bool:
    """Whether one figure describes a thing the other sentence never names ('a 12-yard run' against
    'threw for 284 yards'); 'a 15-member delegation' / 'a delegation of 12' still compare."""
    ha, hb = _compound_head(text_a, a), _compound_head(text_b, b)
    if ha == hb:
        return False
    words_a = {syn(stem(w)) for w in re.findall(r"[a-z]+", text_a.lower())}
    words_b = {syn(stem(w)) for w in re.findall(r"[a-z]+", text_b.lower())}
    return bool((ha and ha not in words_b) or (hb and hb not in words_a))


_LATER_STATE = re.compile(
    r"\b(?:by|as\s+of)\s+(?:the\s+)?(?:late\s+|early\s+|mid-?)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?"
    r"(?:afternoon|evening|morning|night|nightfall|midday|noon|lunchtime)\b.*\b(?:still|remain(?:s|ed)?|(?:were|was)\s+being)\b"
    r"|\b(?:still|remain(?:s|ed)?)\b.*\b(?:by|as\s+of)\s+(?:the\s+)?"
    r"(?:late\s+|early\s+|mid-?)?(?:afternoon|evening|morning|night|nightfall|midday|noon|lunchtime)\b",
    re.I,
)


def _later_state(text: str) -> bool:
    """Whether a sentence tells what was still so by a part of the day ('By the afternoon, 3,500 homes
    were still without power'; 'By Wednesday morning, 19 injured miners were being treated in hospital')."""
    return bool(_LATER_STATE.search(text))


_READ_BY_HOUR = re.compile(
    r"^\W*(?:by|as\s+of)\s+(?:the\s+)?(?:late\s+|early\s+|mid-?)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?"
    r"(?:afternoon|morning|midday|noon|lunchtime|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b\.?)"
    r"(?:\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)?,",
    re.I,
)
"""A sentence opening on the hour its figures were read at ('By mid-morning, the ministry counted 21% of
teachers on strike', 'By 10 a.m., ...', 'By 6pm on Tuesday, ...')."""
_HOUR_WORD = re.compile(
    r"\b(?:morning|afternoon|evening|night|overnight|noon|midday|lunchtime|dawn|dusk|nightfall)\b"
    r"|\d\s*[ap]\.?m\b|\b\d{1,2}[:.]\d\d\b",
    re.I,
)


def _read_by_hour_apart(text_a: str, text_b: str) -> bool:
    """Whether one sentence's figures were read by an hour of the day it opens on and the other names no
    hour at all ('By mid-morning, the ministry counted 21% of primary teachers on strike' / '28.4% of
    teachers were on strike on Thursday'): a count in the course of the day, and one told for the day."""
    by_a = _READ_BY_HOUR.search(text_a) or _AS_OF_HOUR.search(text_a)
    by_b = _READ_BY_HOUR.search(text_b) or _AS_OF_HOUR.search(text_b)
    return bool((by_a and not _HOUR_WORD.search(text_b)) or (by_b and not _HOUR_WORD.search(text_a)))


_AS_OF_HOUR = re.compile(r"\d[^.;,]{0,40}?\bas\s+of\s+\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b", re.I)
"""A figure read as of a clock time, in its own clause ('a record snow depth of 112 centimeters as of 7 a.m.
Wednesday'; not 'carrying about 1,100 passengers ..., and those on board were still waiting as of 1pm')."""


_FX_MARKET = re.compile(
    r"\b(parallel|black|official|interbank|informal|street|spot|futures)\s+(?:market|rate)s?\b", re.I
)


def _two_markets(text_a: str, text_b: str) -> bool:
    """Whether the two sentences quote two different markets ('the parallel market' / 'the interbank market')."""
    ma = {m.lower() for m in _FX_MARKET.findall(text_a)}
    mb = {m.lower() for m in _FX_MARKET.findall(text_b)}
    return bool(ma and mb and not ma & mb)


_DAILY = re.compile(r"\b(?:per\s+day|a\s+day|each\s+day|every\s+day|daily|bpd|b/d)\b(?!['’]s)|/day\b", re.I)
"""A rate per day; not 'a day's ride', a distance told in days."""


@lru_cache(maxsize=4096)
def _has_daily(text: str) -> bool:
    return bool(_DAILY.search(text))


_PER_DAY = re.compile(r"(?:\s+[a-z]+){0,2}?\s*(?:per\s+day|a\s+day|/day|bpd|b/d|daily)\b(?!['’]s)", re.I)


_PER_PERIOD = re.compile(r"\s+(?:more\s+)?(?:a|per|each|every)\s+(day|week|month|year)\b", re.I)
_PERIODS_A_YEAR = {"day": 365.0, "week": 52.0, "month": 12.0, "year": 1.0}


def _per_period(text: str, q: Quantity) -> str:
    """The period a figure is a rate over, written right after it ('$7 a month', '$84 a year'), else ''."""
    m = _PER_PERIOD.match(text, q.span[1])
    return m.group(1).lower() if m else ""


def _per_year(q: Quantity, period: str) -> Quantity:
    """A rate over a period as a rate over a year ('$7 a month': $84 a year)."""
    k = _PERIODS_A_YEAR[period]
    return replace(q, value=q.value * k, low=q.low * k, high=q.high * k)


def _distance_role(text: str, q: Quantity) -> str:
    """'depth' for a depth ('at a depth of 11.3 kilometres', '10 km deep'), 'away' for a distance from a place
    ('some 50 kilometres south-east of the city'), else ''."""
    if not q.dimension.startswith("measure:") or q.dimension[8:] not in ("km", "m", "mi"):
        return ""
    if re.search(
        r"\bdepth\s+of\s+(?:about\s+|some\s+|around\s+)?$", text[max(0, q.span[0] - 25) : q.span[0]], re.I
    ) or re.match(r"\s+(?:deep|below|underground|beneath)\b", text[q.span[1] :], re.I):
        return "depth"
    if re.match(
        r"\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?|away|from|outside|off)\b", text[q.span[1] :], re.I
    ):
        return "away"
    return ""


_FROM_PLACE = re.compile(
    r"\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|away\s+from|from|outside|off|of)\s+"
    r"(?:the\s+)?(?:[a-z]+\s+){0,3}?(?P<place>[A-Z][\w'’-]+)"
)


def _distance_from(text: str, q: Quantity) -> str:
    """The place a distance is measured from ('about 60 km off the coastal town of Camaná': 'camaná'), else ''."""
    if _distance_role(text, q) != "away":
        return ""
    m = _FROM_PLACE.match(text, q.span[1])
    return strip_accents(m.group("place")).lower() if m else ""


_WIDE_SCOPE = re.compile(r"\b(?:across|throughout|all\s+over)\s+(?:the\s+)?([A-Z][\w'’-]+)")
_IN_PLACE = re.compile(r"\bin\s+(?:the\s+)?([A-Z][\w'’-]+)")


@lru_cache(maxsize=4096)
def _scopes_apart(narrow: str, wide: str) -> bool:
    """Whether one sentence counts in a place the other does not name and the other counts across a whole
    country ('hunters in Värmland shot nine wolves' / 'About 30 wolves were shot ... across Sweden')."""
    w = _WIDE_SCOPE.search(wide)
    if _WIDE_SCOPE.search(narrow) or not w or strip_accents(w.group(1)).lower() not in COUNTRIES:
        return False  # across a country, not across three districts
    places = [m.group(1) for m in _IN_PLACE.finditer(narrow) if m.group(1).lower() not in MONTHS | WEEKDAYS]
    return bool(places) and all(strip_accents(p).lower() not in strip_accents(wide).lower() for p in places)


_MEASURES = {
    "inflation": r"inflation|consumer[\s-]+prices?|price\s+growth|cpi",
    "growth": r"grow|grew|grown|(?<!price\s)(?<!prices\s)(?<!price-)growth|gdp|economy|economic\s+output|expand(?:ed|s)?|contract(?:ed|s)?",
    "unemployment": r"unemployment|jobless(?:ness)?",
    "turnout": r"turnout",
    "rate": r"interest\s+rates?|policy\s+rate|repo\s+rate|base\s+rate|benchmark\s+rate|key\s+rate|deposit\s+rate",
    "deficit": r"deficit",
}
_MEASURE_RE = {k: re.compile(rf"\b(?:{v})\b", re.I) for k, v in _MEASURES.items()}


def _measure(text: str, q: Quantity) -> str:
    """What a percentage measures, named last before it in its sentence ('expects the economy to grow by',
    'inflation to average'; 'against 2.3 percent in its previous forecast' after 'grow by 2.1 percent'), else ''."""
    before = text[: q.span[0]]
    best, at = "", -1
    for k, rx in _MEASURE_RE.items():
        for m in rx.finditer(before):
            if m.start() > at:
                best, at = k, m.start()
    return best


_AVERAGE = re.compile(r"\b(?:averag\w*|mean|median|typical)\b", re.I)


def _average_apart(text_a: str, a: Quantity, text_b: str, b: Quantity) -> bool:
    """Whether a figure is an average ('The average two-year fixed rate stands at 4.62%') and the other is one
    owner's own ('The society's two-year fixed rate will drop to 3.89 per cent') in a sentence that names no
    average at all: a whole market's figure, one member's."""
    left = _NEXT_CLAUSE.split(text_a[max(0, a.span[0] - 60) : a.span[0]])[-1]
    left_b = _NEXT_CLAUSE.split(text_b[max(0, b.span[0] - 60) : b.span[0]])[-1]
    return bool(_AN_AVERAGE.search(left) and _OWNER_BEFORE.search(left_b) and not _AVERAGE.search(text_b))


_AN_AVERAGE = re.compile(r"\b(?:the|an?)\s+(?:average|mean|median|typical)\b", re.I)
_OWNER_BEFORE = re.compile(r"\b(?:[A-Z][\w-]*|society|bank|lender|company|firm|group)['’]s?\s|\b(?:its|their)\s", re.I)


def _two_measures(text_a: str, a: Quantity, text_b: str, b: Quantity) -> bool:
    """Whether two percentages measure two things, each named only in its own sentence (growth / inflation)."""
    ma, mb = _measure(text_a, a), _measure(text_b, b)
    return bool(ma and mb and ma != mb and not _MEASURE_RE[ma].search(text_b) and not _MEASURE_RE[mb].search(text_a))


_MACHINES = frozenset(
    stem(w) for w in "boat helicopter vehicle truck lorry bus aircraft plane ship vessel drone ambulance tent".split()
)


def _people_and_machines(a: Quantity, b: Quantity) -> bool:
    """A count of people against a count of boats, vehicles or aircraft: two counts."""
    pa, pb = syn(a.noun) in {"person", "worker"}, syn(b.noun) in {"person", "worker"}
    return (pa and b.noun in _MACHINES) or (pb and a.noun in _MACHINES)


_THRESHOLD_AFTER = re.compile(r"\s+(?:hurdle|threshold|barrier|bar|cut-?off|minimum)\b", re.I)


def _threshold(text: str, q: Quantity) -> bool:
    """Whether a figure is a bar something is measured against ('the 5 percent threshold')."""
    return _THRESHOLD_AFTER.match(text, q.span[1]) is not None


def _millions_apart(text_a: str, a: Quantity, text_b: str, b: Quantity) -> bool:
    """One figure read once in millions and once bare ('14.2m' after the noun, '14.2 million passengers')."""
    (lo, lo_text), (hi, _) = sorted(((a, text_a), (b, text_b)), key=lambda x: x[0].value)
    return lo.value > 0 and hi.value == lo.value * 1e6 and lo_text[lo.span[1] : lo.span[1] + 1] in ("m", "M")


def _all_but(text: str, q: Quantity) -> bool:
    """Whether a figure is what is left out ('restored to all but around 600 households')."""
    return bool(re.search(r"\ball\s+but\s+$", text[max(0, q.span[0] - 12) : q.span[0]], re.I))


_MARGIN_BEFORE = re.compile(
    r"\b(?:beat|beats|beaten|won|win|wins|lost|lose|loses|defeated|edged|trailed|trails?|led|leads?)\b[^.;]{0,40}\bby\s+$",
    re.I,
)


def _is_margin(text: str, q: Quantity) -> bool:
    """Whether a figure is a lead or a margin ('two ahead of Hungary', 'beat Anadolu Efes by eight points',
    'a first-innings lead of 25'), not a count."""
    before = text[max(0, q.span[0] - 60) : q.span[0]]
    return (
        _MARGIN_AFTER.match(text, q.span[1]) is not None
        or bool(_MARGIN_BEFORE.search(before))
        or bool(re.search(r"\b(?:lead|margin|majority)\s+of\s+$", before, re.I))
    )


def _margin_cue(text: str, q: Quantity) -> bool:
    """Whether a figure's clause reads it as a margin in any wording ('majority fell to 1,482', 'declared
    the winner by 1,146 votes'): then two figures are compared as two margins."""
    return _is_margin(text, q) or bool(
        re.search(r"\b(?:by|majority|margin|ahead|clear|advantage)\b", _clause_before(text, q)[-60:], re.I)
    )


_MOVE_CLAUSE = re.compile(
    r"^\s*(?:up|down|a\s+(?:rise|fall|drop|jump|decline)\s+of|an\s+(?:increase|decrease)\s+of|rising|falling|"
    r"increasing|decreasing|declining|climbing|jumping)\b(?:\s+(?:by|of))?\s*$",
    re.I,
)
"""A clause that opens with the move itself, no subject of its own ('up', 'a rise of')."""


def _line_item(text: str, q: Quantity) -> str:
    """The line of an account a figure gives, named before it in its clause ('Net profit for the quarter
    rose 35% to ¥31.5 billion': 'net profit'), else ''."""
    before = _clause_before(text, q)
    found = [m.group("item").lower() for m in _LINE_ITEM.finditer(before)]
    if not found and _MOVE_CLAUSE.match(before):
        # 'Operating profit ... came to 5.6 billion kronor, up 9% from a year earlier': a move told in a clause
        # of its own is the line the sentence opened with
        found = [m.group("item").lower() for m in _LINE_ITEM.finditer(text[: max(0, q.span[0] - len(before))])]
    if not found:
        return ""
    item = re.sub(r"\s+", " ", found[-1])
    return _SAME_ITEM.get(item, item)


_PHASE = re.compile(r"^[^,;:.]{0,40}?\b(during|after)\b", re.I)


_PLACE_AFTER = re.compile(r"^\s+(?:[a-z]+\s+){0,3}?in\s+((?:[A-Z][\w'’-]+\s?){1,3})")


def _place_of(text: str, q: Quantity) -> set[str]:
    """The words of the place named right after a figure ('two people in Terrebonne Parish'), else none."""
    m = _PLACE_AFTER.match(text[q.span[1] : q.span[1] + 80])
    if not m or m.group(1).split()[0].lower() in _MONTHS_AND_DAYS:
        return set()  # '1.4% in August': a time, not a place
    return {w.lower() for w in m.group(1).split()} - {"parish", "county", "province", "district", "state"}


_MONTHS_AND_DAYS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def _phase(text: str, q: Quantity) -> str:
    """'during' or 'after' when the words right after a figure put it in a phase of an event ('no
    arrests were made during the match', '32 arrests after clashes'), else ''."""
    m = _PHASE.match(text[q.span[1] :])
    return m.group(1).lower() if m else ""


_AWARDED = re.compile(
    r"\b(?:order(?:s|ed|ing)?|award(?:s|ed|ing)?|grant(?:s|ed|ing)?|fin(?:es|ed)|sentenc(?:es|ed)|agreed\s+to\s+pay"
    r"|settled|won|receive[sd]?|paid)\b",
    re.I,
)


def _asked_against_awarded(text_a: str, a: Quantity, text_b: str, b: Quantity) -> bool:
    """Whether one figure is what someone asked for ('had asked for damages of 50 million francs') and the
    other what a court, a board or a deal gave ('ordered him to pay 5 million francs')."""
    return (
        _proposal_side(text_a, a) == "asked"
        and not _proposal_side(text_b, b)
        and bool(_AWARDED.search(_clause_before(text_b, b)))
    )


_TOTAL_OF = re.compile(r"\b(?:a\s+)?total\s+of\s+$", re.I)
_NAMED_OWNER_BEFORE = re.compile(r"\b[A-Z][\w.&-]*['’]s\s+$")
_TALLY_BEFORE = re.compile(r"\d\s*(?:to|-|–)\s*$")


def _owner_part(text: str, q: Quantity) -> bool:
    """Whether a count is one named owner's ("GRB's nine MPs")."""
    return bool(_NAMED_OWNER_BEFORE.search(text[max(0, q.span[0] - 30) : q.span[0]]))


_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|risen|rises|increased|increases|decreased|decreases|grew|grown|grows|dropped|drops|declined|declines"
    r"|fell|fallen|falls|climbed|climbs|jumped|jumps|slipped|slips|dipped|dips|soared|plunged|surged|slumped"
    r"|edged\s+(?:up|down)|(?:was|were|is|are)\s+(?:up|down)"
    # the plain form after 'will', 'to', 'would' ('The single adult fare will rise by 30 cents')
    r"|(?:will|would|to|could|may|might|should)\s+(?:rise|increase|decrease|grow|drop|decline|fall|climb|jump|go\s+(?:up|down))"
    r")\s+(?:by\s+)?(?:a\s+further\s+|another\s+)?$"
    r"|\b(?:an?\s+)?(?:increase|rise|fall|drop|decline|decrease|jump)\s+of\s+$"
    # a transitive move with its object between ('raised the petroleum levy by Rs2')
    r"|\b(?:raised|raises|raising|lowered|lowers|cut|cuts|reduced|reduces|increased|hiked|hikes|slashed|trimmed"
    r"|lifted|lifts)\s+(?:[\w'’-]+\s+){1,5}?by\s+$",
    re.I,
)
_CHANGE_AFTER = re.compile(
    r"[\s-]*(?:(?:year-on-year|annual|monthly|quarterly|weekly|overall)\s+)?(?:increase|rise|fall|drop|decline|decrease"
    r"|jump)\b",
    re.I,
)


def _change_amount(text: str, q: Quantity) -> bool:
    """Whether a figure is how much something moved ('rose by 14,000', 'an increase of £72 a year', 'a 3%
    rise'), not where it stands ('three million people are out of work'). 'rose to 14,000' is a level."""
    return bool(_CHANGE_BEFORE.search(text[max(0, q.span[0] - 40) : q.span[0]])) or bool(
        _CHANGE_AFTER.match(text, q.span[1])
    )


_ON_OFFER = re.compile(r"\b(?:offered|on\s+offer|up\s+for\s+(?:sale|auction)|made\s+available|put\s+up\s+for)\b", re.I)
_TAKEN_UP = re.compile(r"\b(?:sold|bought|purchased|taken\s+up|took\s+up|snapped\s+up)\b", re.I)


def _offered_against_taken(text_a: str, a: Quantity, text_b: str, b: Quantity) -> bool:
    """Whether one figure is what was put on offer ('The auction offered 7.2 million units') and the other
    what was taken up ('It sold 2.1 million of the units on offer')."""
    ca, cb = _clause_of(text_a, a), _clause_of(text_b, b)
    return bool(_ON_OFFER.search(ca) and not _TAKEN_UP.search(ca) and _TAKEN_UP.search(cb))


def _clause_of(text: str, q: Quantity) -> str:
    """The words of a figure's clause, at most 80 characters either side of it."""
    return _clause_before(text, q) + _CLAUSE_END.split(text[q.span[0] : q.span[1] + 80])[0]


_STOCK_LEVEL = re.compile(
    r"\b(?:stands?|stood|standing)\s+(?:at\s+)?(?:(?:about|around|roughly|some|nearly|almost|just\s+over|just\s+under|more\s+than|"
    r"less\s+than)\s+)?$",
    re.I,
)
_MOVED = re.compile(
    r"\b(?:draw(?:s|n|ing)?|drew|tap(?:s|ped|ping)?|withdr[ae]w(?:s|n|ing)?|transferr?(?:s|ed|ing)?|borrow(?:s|ed|ing)?|"
    r"spen[dt]s?|spending|us(?:es|ed|ing)|tak(?:e|es|en|ing)|took)\b",
    re.I,
)


_INSURED_BEFORE = re.compile(
    r"\b(?:insured|insures|underwritten|reinsured)\s+(?:it\s+|them\s+)?(?:for|at)\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$"
    r"|\binsurance\s+(?:cover|coverage|policy|payout|claim)\s+(?:of|worth)\s+(?:about\s+|around\s+|some\s+)?$",
    re.I,
)


def _insured_sum(text: str, q: Quantity) -> bool:
    """Whether a sum is what something is insured for ('insured for about $310 million')."""
    return bool(_INSURED_BEFORE.search(text[max(0, q.span[0] - 40) : q.span[0]]))


def _level_against_moved(text_a: str, a: Quantity, text_b: str, b: Quantity) -> bool:
    """Whether one figure is the level a stock stands at ('the rainy day fund, which stands at roughly $540
    million') and the other an amount drawn from or put into it ('draws on the rainy day fund for $60 million')."""
    return bool(_STOCK_LEVEL.search(text_a[max(0, a.span[0] - 40) : a.span[0]])) and bool(
        _MOVED.search(_clause_before(text_b, b))
    )


def _proposal_side(text: str, q: Quantity) -> str:
    """'asked' when the figure is what someone asks for ('has asked for raises of 22 percent'),
    'offered' when it is what someone offers ('latest offer included raises of 10.5 percent'), else ''."""
    before = _clause_before(text, q)
    asked, offered = _ASKED.search(before), _OFFERED.search(before)
    if asked and not offered:
        return "asked"
    if offered and not asked:
        return "offered"
    return ""


def _overlap(a: Quantity, b: Quantity) -> bool:
    if a.dimension == "sets":
        return a.value == b.value  # set scores in order, each exact ('6-4, 3-6, 7-5' / '6-4, 3-6, 7-6')
    if (
        a.dimension == b.dimension == "points"
        and not a.hedge
        and not b.hedge
        and (2 * a.value).is_integer()
        and (2 * b.value).is_integer()
        and max(abs(a.value), abs(b.value)) < 100  # an index's points ('118,400 points') may be rounded
    ):
        return a.value == b.value  # a score counted in half points is exact: '7.5 points out of 9' / '8 points'

    eps = 1e-9 * max(1.0, abs(a.value), abs(b.value))
    if a.hedge == b.hedge == "up to":
        # two stated maxima of one count ('up to 1.6 million' / 'as many as 1.5 million') agree only
        # when the maxima do
        return abs(a.high - b.high) <= max(a.precision, b.precision) + eps
    if a.dimension == b.dimension == "duration" and a.hedge == b.hedge and a.hedge in {"less than", "more than"}:
        # two bounds of one span ('a 9.5% raise over three years' / 'over four years'; 'passengers who
        # spend less than 24 hours' / 'less than 12 hours') agree only when the bounds do
        return abs(a.value - b.value) <= max(a.precision, b.precision) + eps
    if a.hedge == b.hedge == "range":
        # two stated ranges of one figure ('an estimate of £10 million to £15 million' / '£12 million to
        # £18 million') agree only when their ends do
        tol = max(a.precision, b.precision) + eps
        for x, y in ((a, b), (b, a)):
            if x.low < x.value - tol and abs(x.value - y.value) <= tol and x.low <= y.low and y.high <= x.high:
                return True  # 'from about $60 to $110' (its ends widened) / 'between $60 and $110': one range
        return abs(a.low - b.low) <= tol and abs(a.high - b.high) <= tol
    if a.hedge == b.hedge == "about" and a.dimension == b.dimension:
        # two approximations of one figure agree within one margin, not two: 'some 30,000 nurses' /
        # 'about 36,000 nurses' differ, 'about 300' / 'around 320' agree
        top = max(abs(a.value), abs(b.value))
        tol = 0.1 * top if top < 100 else max(about_margin(abs(a.value)), about_margin(abs(b.value)))
        return abs(a.value - b.value) <= tol + eps  # 'around a third' / 'about 30%' agree
    if a.dimension == b.dimension == "duration":
        lo, hi = sorted((a.value, b.value))
        if hi >= 7 and abs(hi / 7 - round(hi / 7)) < 1e-6 and abs(lo - hi * 5 / 7) < 1e-6:
            return True  # 'a two-week walkout' / '10 days of strike action': the working days of the weeks
    if a.dimension.startswith("measure:") and _imperial(a.text) != _imperial(b.text):
        # one figure converted from the other's unit is as precise as a writer's conversion, about 2%
        # ('120 miles per hour' is 193 km/h, given as 'near 195 km/h')
        eps = max(eps, 0.02 * max(abs(a.value), abs(b.value)))
    if a.dimension == "duration" and max(a.precision, b.precision) >= 1 / 1440:
        # months and years are not fixed lengths: '60 days' ~ 'two months' (a race time to the second,
        # '2:03:48', is exact)
        eps = 0.025 * max(abs(a.value), abs(b.value))
    if a.low <= b.high + eps and b.low <= a.high + eps:
        return True
    for x, y in ((a, b), (b, a)):
        if x.hedge == "nearly" and not y.hedge and x.value >= 100 and x.value < y.value <= 1.005 * x.value:
            return True  # 'nearly 4,800' said of 4,812: a writer's rounding slip just past the figure
    if (
        a.dimension == b.dimension == "duration"
        and min(a.value, b.value) >= 180
        and not a.hedge
        and not b.hedge
        and any(re.search(r"\s(?:and|&)\s|\bhalf\b", q.text) for q in (a, b))
    ):
        # a term told to the month is exact, and so is the whole-year term against it: 'five years in prison'
        # does not round 'four years and six months' ('nearly five years' may; 'two years' may round '22 months')
        return False
    # a figure written less precisely may round the other: '13 per cent' ~ '12.8%', '95,000' ~ '95,200'
    ra, rb = _as_rounded(a), _as_rounded(b)
    if ra.precision != rb.precision and abs(a.value - b.value) <= max(ra.precision, rb.precision) + eps:
        cr, fr = (ra, rb) if ra.precision > rb.precision else (rb, ra)
        if not _half_up(cr, fr.value, cr.precision, eps):
            return True
    if a.precision and b.precision and abs(a.precision - b.precision) > eps:
        c, f = (a, b) if a.precision > b.precision else (b, a)
        if abs(a.value - b.value) <= c.precision + eps and not _half_up(c, f.value, c.precision, eps):
            return True
        # a round figure may also truncate: '$5 billion' for '$5.7 billion' ('more than $5 billion')
        if (
            # 'five years' (a term) does not stand for '72 months' as '$5 billion' may for '$5.7 billion';
            # a running count of days or weeks ('the two-week mark' / '22 days') may round so
            not (a.dimension == "duration" and min(a.value, b.value) >= 180)
            # a rate is not cut short so: '3%' does not stand for '3.5%'
            and not (a.dimension in ("percent", "pp") and not c.hedge and c.value < 20)
            # nor a figure said to be a little over or under it: 'just over 41%' is not 43.1%, 'just under 1.9 million' not 1,989,000
            and c.hedge not in ("nearly", "just under", "just over")
            and c.precision >= 5 * f.precision
            and c.low - eps <= f.value < c.high + 3 * c.precision
        ):
            return True
    return False


_IMPERIAL = re.compile(r"\b(?:miles?|mph|feet|foot|ft|inch(?:es)?|gallons?|acres?|pounds?|lbs?)\b", re.I)


def _imperial(text: str) -> bool:
    """Whether a measure is written in miles, feet, inches, gallons, acres or pounds (the other side's may be
    its conversion)."""
    return bool(_IMPERIAL.search(text))


def _half_up(coarse: Quantity, fine: float, precision: float, eps: float) -> bool:
    """Whether the finer figure lies exactly half a unit above the coarser one, which it would round up from
    ('3%' does not round '3.5%', which is 4% rounded; '3%' may round '2.5%')."""
    return not coarse.hedge and abs(fine - (coarse.value + precision)) <= eps


def _as_rounded(q: Quantity) -> Quantity:
    """A whole figure in round thousands with two or more significant digits ('95,000 children',
    '120,000 tonnes') as a rounding to its last non-zero digit, which '95,200' or '121,500' agree
    with; '1,000' (one digit) stays exact."""
    if (q.dimension not in ("count", "points") and not q.dimension.startswith("money")) or q.precision >= 1:
        return q
    v = abs(q.value)
    if v < 10_000 or v != int(v) or int(v) % 100:
        return q  # round hundreds too: '38,400 elephants' / 'risen to 38,412'
    if int(v) % 1000 and len(str(int(v)).rstrip("0")) < 3:
        return q
    digits = str(int(v)).rstrip("0")
    if len(digits) < 2:
        return q
    return replace(q, precision=0.5 * 10 ** (len(str(int(v))) - len(digits)))


def _noun_score(a: Quantity, b: Quantity) -> float:
    if a.noun and b.noun:
        if a.noun == b.noun or (a.noun_text and _compound(a.noun_text) == _compound(b.noun_text)):
            return 2.0  # one noun, or one compound written open and hyphenated ('light years' / 'light-years')
        if syn(a.noun) == syn(b.noun):
            return 1.5
        if syn(a.noun) in {"person", "worker"} and syn(b.noun) in {"person", "worker"}:
            return 0.5
        if fuzz.ratio(a.noun, b.noun) >= 85:
            return 1.5
        return -1.0
    return 0.0


def _compound(noun_text: str) -> str:
    return re.sub(r"[\s-]+", "", noun_text.lower()).removesuffix("s")


def _context_score(a: Quantity, b: Quantity) -> float:
    ca, cb = set(a.context), set(b.context)
    if a.noun:
        ca.add(syn(a.noun))
    if b.noun:
        cb.add(syn(b.noun))
    common = ca & cb
    if not common:
        return 0.0
    return min(2.0, 0.75 * len(common))


_PART_OF = re.compile(r"\s+of\s+(?:those|them|these|whom|which)\b", re.IGNORECASE)
_AMONG = re.compile(r"\bamong\s+(?:those|them|these|the)\b[^,;]*?\b(?:were|are|was|is)\s+$", re.IGNORECASE)


def _whole_for_part(f: SentenceFacts, q: Quantity, other: Quantity) -> bool:
    """Whether q is a part ('two of them') of a whole counted just before it in its sentence ('three
    match points, two of them with service winners'), and the other sentence's figure names that
    whole's thing with nothing more ('saved two match points'): the other figure is the whole's
    value, not the part's. ('seven commercial payloads' against 'nine payloads, seven of them for
    paying customers' names a subset: the part is its partner.)"""
    if _PART_OF.match(f.text, q.span[1]) is None or not other.noun_text:
        return False
    wholes = [x for x in f.quantities if x.span[1] <= q.span[0] and x.noun and x.dimension == q.dimension]
    if not wholes:
        return False
    whole = wholes[-1]
    return set(other.noun_text.lower().split()) <= set(whole.noun_text.lower().split())


def _partitive(text: str, q: Quantity, other: Quantity) -> bool:
    """A figure that counts part of a group named elsewhere ('Six of those released', 'Among those
    freed were 14 foreign nationals'): a subset, to set only against a count of the same subset
    ('four of them children' / 'six children')."""
    m = _PART_OF.match(text, q.span[1])
    if not m:
        return bool(_AMONG.search(text[max(0, q.span[0] - 80) : q.span[0]]))
    after = re.findall(r"[A-Za-z]+", text[m.end() : m.end() + 50])[:5]
    other_mod = other.noun_text.split()[0].lower() if len(other.noun_text.split()) > 1 else ""
    for k, w in enumerate(after):
        if other.noun and syn(stem(w.lower())) == syn(other.noun):
            # 'Fourteen of those freed were foreign citizens' counts the other's 'foreign nationals';
            # 'Six of those released were Lithuanian citizens' counts some of them
            mod = after[k - 1] if k else ""
            return bool(mod[:1].isupper() and mod.lower() != other_mod)
    return True


_MODAL_BEFORE = re.compile(r"\b(?:would|could|might|may)\s+(?:[\w'’-]+\s+){0,6}$", re.IGNORECASE)
_WHOLE_SCOPE = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:(?:in|across)\s+all\s+(?:competitions|formats|tournaments|games|matches|races)"
    r"|in\s+total|overall|altogether)\b",
    re.IGNORECASE,
)


_REPORTED_WILL = re.compile(
    r"\b(?:said|says|announced|confirmed|estimated|estimates|calculated|projected|told\s+[\w.]+(?:\s+[\w.]+)?)\b[^,;]{0,30}?\b(?:that\s+)?"
    r"(?:it|he|she|they|we|the(?:\s+\w+){1,2}(?:\s+(?:of|in|for|on)\s+(?:the\s+)?\w+(?:\s+\w+)?){0,2})?\s*$",
    re.I,
)
"""A report of what someone said would happen, its subject up to a noun and its complement ('said the state of
emergency in the prison system would be extended'): a 'will' reported, not a possibility."""


_TARIFF_CLASS = (
    ("off-peak", re.compile(r"\boff[- ]?peak\b", re.I)),
    (
        "peak",
        re.compile(
            r"(?<![-\w])(?<!off )peak(?:[- ](?:hours?|times?|periods?|fares?|rates?))\b|\bat\s+peak\b|\brush[- ]hours?\b",
            re.I,
        ),
    ),
    ("weekend", re.compile(r"\bweekends?\b|\bon\s+(?:saturdays|sundays)\b", re.I)),
    ("weekday", re.compile(r"\bweekdays?\b", re.I)),
    ("one-way", re.compile(r"\bone[- ]way\b", re.I)),
    ("return", re.compile(r"\breturn\s+(?:tickets?|fares?|trips?|journeys?)\b|\bround[- ]trip\b", re.I)),
)
"""Classes of one fare or toll that are priced apart: peak and off-peak, weekday and weekend, one way and return."""


def _tariff_classes(text: str) -> set[str]:
    """The fare classes a sentence names ('in peak hours' -> {'peak'}); a sentence naming both of a kind has both."""
    return {name for name, rx in _TARIFF_CLASS if rx.search(text)}


def _modal(text: str, q: Quantity) -> bool:
    """Whether a figure is what would, could or might happen ('would cut Medicare by $800 billion'),
    not what did: a plan or a possibility is no value of the fact itself."""
    left = _CLAUSE_END.split(text[: q.span[0]])[-1]
    win = left[-60:]
    m = _MODAL_BEFORE.search(win)
    if m and m.group().lower().startswith("would") and _REPORTED_WILL.search(left[: len(left) - len(win) + m.start()]):
        return False  # 'said on Tuesday it would cut 1,200 jobs' reports a 'will', not a possibility
    return bool(m)


def _whole_scope(text: str, q: Quantity) -> bool:
    """Whether a count is said to cover everything ('22 goals in all competitions', '40 in total', 'a
    combined 40'),
    which a count of one part ('19 goals in Ligue 1') does not contradict."""
    return bool(
        _WHOLE_SCOPE.match(text, q.span[1])
        or _WHOLE_BEFORE.search(text[: q.span[0]])
        # 'Outside groups on both sides spent more than $2 million': the two sides' sum
        or _BOTH_SIDES.search(_CLAUSE_END.split(text[: q.span[0]])[-1])
    )


_BOTH_SIDES = re.compile(r"\b(?:on|from)\s+both\s+(?:sides|parties|camps)\b", re.I)


_ALONE = re.compile(
    r"\b(?:(?:on|in|at|during|from|for|over|by)\s+(?:the\s+|this\s+|that\s+|last\s+|its\s+)?"
    r"[\w'’.-]+(?:\s+[\w'’.-]+){0,2}|(?:this|last|that)\s+(?:year|month|week|season|morning|day))\s+alone\b",
    re.IGNORECASE,
)
"""A figure's scope narrowed to one day, place or group ('on Monday alone', 'in Kyiv alone')."""


_COUNT_PERIOD = re.compile(
    r"\b(?:in|over|during|for)\s+the\s+(?:first\s+|past\s+|last\s+|previous\s+|latest\s+)?"
    r"(?:(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+)?(?P<unit>hour|day|week|month)s?\b"
    r"(?=\s+(?:to|of|ending|up\s+to|through|before|since)\b|[\s,.;]|$)",
    re.I,
)
_PERIOD_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30}


def _count_period(text: str) -> float:
    """Days a count is said to cover ('in the first three weeks of November': 21, 'in the week to
    November 20': 7, 'over the past 24 hours': 1), or 0 when no such period is named."""
    m = _COUNT_PERIOD.search(text)
    if not m:
        return 0.0
    n = m.group("n")
    k = float(n) if n and n.isdigit() else float(UNITS.get((n or "one").lower(), 1))
    return round(k * _PERIOD_DAYS[m.group("unit").lower()], 3)


def _others_of_one(text: str, q: Quantity, other: Quantity) -> bool:
    """Whether a count of 'N other' things, besides one named in its sentence, is one short of the other
    sentence's count of all of them ('four other cabinet members' besides the finance minister / 'five')."""
    return bool(re.match(r"\s+other\b", text[q.span[1] :], re.I)) and abs(other.value - (q.value + 1)) < 1e-9


_AGO = re.compile(
    r"\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+(?:days?|weeks?|months?|years?)"
    r"\s+(?:ago|earlier))\b",
    re.I,
)


def _reading_ago(text: str, q: Quantity) -> bool:
    """Whether a figure is said of a moment some time back ('were at 476.3 metres a week ago', 'A year
    earlier, it stood at 12%'): an earlier reading, not a second value of a reading dated to a day."""
    right = re.split(r"\d|\b(?:from|than|on|over|against|compared)\b", _CLAUSE_END.split(text[q.span[1] :])[0])[0]
    # up to the next figure or a comparison's basis ('rose to 2.86 percent from a year earlier'): its own words
    left = re.split(r"\d", _clause_before(text, q))[-1]
    opening = _AGO.match(text.lstrip()) and not re.search(r"\d", text[: q.span[0]])  # 'A week ago, the lake stood at'
    return bool(_AGO.search(right[:60]) or _AGO.search(left) or opening)


def _alone_part(f: SentenceFacts, q: Quantity) -> str:
    """The part a figure counts, when it counts one only ('Some 120 operations were postponed on Monday
    alone', 'In Kyiv alone, 40 buildings were damaged'), else '': a count of the whole, or of another
    part, does not contradict it. The 'alone' phrase belongs to the figure nearest to it in the sentence."""
    for m in _ALONE.finditer(f.text):
        near = min(f.quantities, key=lambda o: min(abs(o.span[0] - m.end()), abs(m.start() - o.span[1])), default=None)
        if near is not None and near.span == q.span:
            return " ".join(m.group().lower().split())
    return ""


_WHOLE_BEFORE = re.compile(r"\b(?:a|their|its|the)\s+combined\s+$", re.IGNORECASE)
"""'a combined €8.1 million': the figure covers everything, as '€8.1 million in total' does ('a total of 37' is only wording)."""


_SINCE_TIME = re.compile(r"\bsince\s+(?:noon|midnight|dawn|early|late|last|the|\w+day\b|\d)", re.I)
_NOW = re.compile(r"\b(?:is|are|was|were|has|have)\s+now\b|\bnow\s+(?:stands?|totals?|numbers?)\b", re.I)


_STANDS_AT = re.compile(r"\b(?:stands|stand|sits|sit)\s+(?:now\s+)?at\b", re.I)


def _standing_against_dated(fa: SentenceFacts, fb: SentenceFacts) -> bool:
    """A level said to stand at a figure now, with no time of its own ('Hospital occupancy in Belo Horizonte stands
    at 92 percent'), against one read on a day ('On Tuesday morning, occupancy had reached 97 percent'): a level
    that moves, read at two moments."""
    return (
        bool(_STANDS_AT.search(fa.text))
        and not fa.times
        and any(t.level <= 1 for t in fb.times)
        and bool(_HAD_MOVED.search(fb.text))
    )


_HAD_MOVED = re.compile(
    r"\bhad\s+(?:reached|risen|climbed|fallen|dropped|hit|grown|increased|decreased|soared)\b", re.I
)
"""A level told as moved to a figure by a moment ('had reached 97 percent'): one reading of a moving level."""


def _now_against_since(fa: SentenceFacts, fb: SentenceFacts) -> bool:
    """A state said to hold now against one said to hold since a moment ('Farmers have been blocking
    three crossings since noon on Sunday' / 'Farmers are now blocking four crossings'): the 'now' marks
    a state that has changed since."""
    since_a = any(t.modifier == "since" for t in fa.times) or bool(fa.times and _SINCE_TIME.search(fa.text))
    since_b = any(t.modifier == "since" for t in fb.times) or bool(fb.times and _SINCE_TIME.search(fb.text))
    return bool(
        (_NOW.search(fb.text) and since_a and not since_b) or (_NOW.search(fa.text) and since_b and not since_a)
    )


_DAYS_RE = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_BY_MOMENT = re.compile(
    r"\bby\s+(the\s+time\s+[^,.;]{3,60}|(?:early\s+|late\s+|mid-?)?(?:dawn|daybreak|sunrise|nightfall|dusk|sunset|midday"
    rf"|noon|midnight|lunchtime|(?:(?:the|this|that)\s+)?(?:(?:early|late)\s+|mid-?)?(?:morning|afternoon|evening|night)"
    rf"|(?:{_DAYS_RE})"
    r"(?:\s+(?:morning|afternoon|evening|night))?|\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)))(?![\w-])",
    re.I,
)


def _by_moments_apart(text_a: str, text_b: str) -> bool:
    """Whether each sentence tells how things stood by a moment of its own, written in words that are not a day on
    both sides ('By dawn, 32 ships had queued' / 'By the time traffic resumed, 54 ships were waiting'; 'By Wednesday
    morning, the slick had spread to 5 square kilometres' / 'covered about 2 square kilometres by the afternoon'):
    a running count read twice (two days are weighed by their dates)."""
    ma, mb = _BY_MOMENT.findall(text_a), _BY_MOMENT.findall(text_b)
    if len(ma) != 1 or len(mb) != 1:
        return False
    na, nb = (" ".join(m.lower().split()) for m in (ma[0], mb[0]))
    if _A_DAY.match(na) and _A_DAY.match(nb):
        return False
    pa, pb = _part_of_day(na), _part_of_day(nb)
    if pa and pa == pb:
        return False  # 'rescued 23 people alive by evening' / '32 by Thursday night': one end of one day
    return na != nb


_A_DAY = re.compile(rf"^(?:early\s+|late\s+)?(?:{_DAYS_RE})\b")
_PART_OF_DAY_WORDS = {
    "morning": "dawn daybreak sunrise morning",
    "midday": "midday noon lunchtime",
    "afternoon": "afternoon",
    "evening": "dusk sunset nightfall evening night midnight",
}
"""The words of each part of the day a moment may be told by."""
_PARTS_OF_DAY = tuple(
    (name, re.compile(rf"\b(?:{'|'.join(words.split())})\b")) for name, words in _PART_OF_DAY_WORDS.items()
)
_DAY_PART_WORD = re.compile(rf"\b(?:{'|'.join(' '.join(_PART_OF_DAY_WORDS.values()).split())}|overnight)\b", re.I)
"""Any part of the day named ('during the night', 'overnight', 'in the evening')."""


def _part_of_day(moment: str) -> str:
    return next((name for name, p in _PARTS_OF_DAY if p.search(moment)), "")


def _two_moments_so_far(fa: SentenceFacts, fb: SentenceFacts) -> bool:
    """Two counts so far, each as it stood at a moment of its own, the moments apart ('had burnt more than
    21,000 hectares by early Wednesday' / 'had burnt 18,000 hectares by Tuesday night'), or one of them
    said to stand now ('It has now burnt through 23,500 hectares'): a running count read twice."""
    sa, sb = _count_so_far(fa), _count_so_far(fb)
    if (sa and _NOW.search(fb.text)) or (sb and _NOW.search(fa.text)):
        return True
    if not (sa and sb):
        return False
    ta = [t for t in fa.times if t.start is not None and t.level <= 1]
    tb = [t for t in fb.times if t.start is not None and t.level <= 1]
    known = [o for o in (_time_overlap(x, y) for x in ta for y in tb) if o is not None]
    return bool(known) and not any(known)


def _stated_apart(fa: SentenceFacts, fb: SentenceFacts) -> bool:
    """Whether the two sentences date what they say to different days and to no common one ('has
    grown to 48 cases, officials said Tuesday' / 'had passed 50 cases by Wednesday morning'): their
    figures describe two moments, as a running count does."""
    if not (_RUNNING.search(fa.text) or _RUNNING.search(fb.text)):
        return False  # 'On Sunday, 14 miners were brought out' / 'On Monday, 12': one rescue, two days, two counts
    ta = [t for t in fa.times if t.start is not None and t.level <= 1]
    tb = [t for t in fb.times if t.start is not None and t.level <= 1]
    if not ta or not tb:
        return False
    # a clock time cannot be set against a day ('by midday' / 'as of Thursday morning'): the days decide
    known = [o for o in (_time_overlap(x, y) for x in ta for y in tb) if o is not None]
    return bool(known) and not any(known)


_AT_PEAK = re.compile(r"\bat\s+(?:the|its)\s+(?:peak|height)\b", re.I)
"""A running figure at its highest ('More than 52,000 properties lost power at the peak of the storm'):
another moment than a figure read at any other time ('38,000 were without power on Friday morning')."""
_PEAK_VERB = re.compile(r"\bpeak(?:s|ed|ing)?\s+at\b", re.I)
"""The verb of a peak ('the river is expected to peak at 8.6 metres'): against 'at its peak' on the other side, the
same highest point (against any other reading it may be a high one, like 'reached')."""


def _read_on_another_day(fa: SentenceFacts, fb: SentenceFacts) -> bool:
    """A running count read on a day of its own against a figure told with no day, on a page of
    another day ('The death toll ... rose to 14 on Monday' / 'Eleven people have died', published
    on Sunday): two moments of one count."""
    return _day_of_reading_apart(fa, fb) or _day_of_reading_apart(fb, fa)


_ROSE_TO = re.compile(r"\b(?:risen|rose|climbed|grown|grew|increased|jumped)\s+to\s+$", re.I)
"""A running count read as it rose ('The death toll ... rose to 14'); a figure that stood at a value
('Turnout stood at 68 percent') may be final."""


def _day_of_reading_apart(f: SentenceFacts, other: SentenceFacts) -> bool:
    if other.published is None or any(t.level <= 1 for t in other.times):
        return False
    if not any(_ROSE_TO.search(f.text[max(0, q.span[0] - 30) : q.span[0]]) for q in f.quantities):
        return False
    days = [t.start.date() for t in f.times if t.level == 1 and t.start is not None and t.anchor == "absolute"]
    return bool(days) and other.published.date() not in days


_RUNNING = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:grown|risen|climbed|increased|reached|passed|topped)|rose|climbed|grew|up\s+from"
    r"|so\s+far|as\s+of|by\s+(?:late\s+|early\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    re.I,
)
"""Wording of a count that changes over time: a figure at one moment of it."""


_INSTALMENT_BEFORE = re.compile(
    r"\b(?:initial|initially|upfront|up-front|guaranteed|basic|base)\s+(?:fee\s+of\s+|payment\s+of\s+)?$", re.I
)
_INSTALMENT_AFTER = re.compile(r"\s+(?:up\s?front|initially|in\s+guaranteed|before\s+add-ons)\b", re.I)


_HEDGE_WORDS = r"(?:(?:almost|nearly|about|around|roughly|some|more\s+than|over|just\s+(?:over|under)|less\s+than)\s+)?"
"""A hedge before a price move's figure ('closed almost 25 percent higher')."""

_TRADING_MOMENT = re.compile(
    r"\b(?:in|during|by)\s+(?:(?:early|late)[\s-]+(?=(?:morning|afternoon|evening)\s))?(early|late|mid-?day|midday|mid-?morning|mid-?afternoon|morning|afternoon|evening|after-hours"
    r"|pre-?market|extended"
    r"|overnight|opening|closing)\s+(?:trading|trade|deals|dealings|session)\b"
    r"|\b(?:at|by)\s+the\s+(open|opening\s+bell|close|closing\s+bell)\b|\b(?:at|by)\s+(midday|noon|lunchtime)\b"
    r"|\b(closed|settled|ended(?:\s+the\s+day)?|finished(?:\s+the\s+day)?)\s+"
    rf"{_HEDGE_WORDS}"
    r"(?:[\d.,]+\s*(?:%|percent|per\s+cent|points?)\s+)?"
    r"(?:up|down|higher|lower)\b"
    r"|\b(opened)\s+(?:[\d.,]+\s*(?:%|percent|per\s+cent)\s+)?(?:at|up|down|higher|lower)\b"
    r"|\bin\s+the\s+(morning|afternoon|evening)\b|\b(shortly|soon|minutes|immediately|just)\s+after\b"
    r"|\bin\s+the\s+(first|opening)\s+(?:few\s+)?(?:minutes|hour|half-hour)\b"  # 'fell 12 percent in the first minutes of trading'
    r"|\bon\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(morning|afternoon|evening)\b"  # 'rose 3.4% on Friday morning'
    r"|\b(?:trading|traded|stood|quoted)\s+at\s+[\d.,]+[^.;]{0,30}?\bon\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+"
    r"(morning|afternoon|evening)\b"
    r"|\b(closed|closing|ended|finished|settled)\s+(?:the\s+day\s+)?at\s+[\d$€£]"
    r"|\b(?:by|at|as\s+of)\s+(\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\d{1,2}[:.]?\d{2}\s*(?:gmt|utc|bst|cet|cest|et)\b"
    r"|[01]?\d[:.][0-5]\d(?![\d%]|[.,]\d|\s*(?:%|percent|per\s+cent)))",  # 'fell 6.2 percent on Oslo Børs by 10.30'
    re.IGNORECASE,
)
"""When in a trading day a price move was measured (its last group: a clock time, 'by 1100 GMT')."""
_CLOCK_GROUP = _TRADING_MOMENT.groups


def _minute_window(t: TimeRef, reading: bool = False) -> tuple[int, int] | None:
    """The minutes of the day a clock time or a part of a day covers ('at 2 p.m.', 'on Monday
    evening'), else None (a whole day, a month). With `reading`, a time after 'by' is the moment a
    reading was taken ('was up 0.8% by 1400 GMT'), not the hours before it."""
    if t.start is None:
        return None
    start = t.start.hour * 60 + t.start.minute
    if reading and t.anchor == "clock" and t.modifier == "by" and t.end is not None:
        end = t.end.hour * 60 + t.end.minute
        return end - 1, end  # 'was up 0.8% by 1400 GMT': a reading taken then
    if t.anchor == "clock":
        return start, start + (max(1, int((t.end - t.start).total_seconds() // 60)) if t.end is not None else 1)
    if t.anchor == "absolute" and t.level == 1 and 0 < _hours(t) < 24:
        return start, start + int(_hours(t) * 60)
    return None


_OPENS_WINDOW = re.compile(r"\b(?:since|between)\s+(?:[\w:.]+\s*)?$|\bbetween\s", re.I)


def _day_windows(f: SentenceFacts) -> tuple[list[tuple[int, int]], set[str]]:
    """The times of day a sentence names, as minute windows, and the named zones of its clock
    times ('' for local hours and parts of a day)."""
    out, zones = [], set()
    for t in f.times:
        if t.start is None or t.end is None:
            continue
        if t.modifier == "since" or _OPENS_WINDOW.search(f.text[max(0, t.span[0] - 9) : t.span[0]] + t.text):
            continue  # 'recorded since midnight', 'between midnight and 8am': where a count began, not when it was read
        window = _minute_window(t, reading=True)
        if window is not None:
            out.append(window)
            zones.add(t.tz.upper() if t.anchor == "clock" and t.tz not in _LOCAL_ZONES else "")
    return out, zones


def _hours_apart(fa: SentenceFacts, fb: SentenceFacts) -> bool:
    """Whether both sentences time what they say to a time of day and no two of the times can meet
    ('peak demand reached 41,200 MW at 2 p.m.' / 'peaked at 40,100 MW on Monday evening'; 'by 1400
    GMT' / 'by 0700 GMT'): two readings at two moments, on one day or two. A time in a named zone
    is set only against times in the same zone."""
    (wa, za), (wb, zb) = _day_windows(fa), _day_windows(fb)
    if not wa or not wb:
        return False
    if za | zb != {""} and len(za | zb) > 1:
        return False  # '0700 GMT' cannot be set against local hours or another zone's
    if any(
        x.anchor == y.anchor == "absolute" and x.start < y.end and y.start < x.end  # type: ignore[operator]
        for x in fa.times
        for y in fb.times
        if None not in (x.start, x.end, y.start, y.end) and 0 < _hours(x) < 24 and 0 < _hours(y) < 24
    ):
        return False  # 'late on Friday' and 'early on Saturday' meet across midnight
    return all(not (a0 < b1 and b0 < a1) for a0, a1 in wa for b0, b1 in wb)


AGE_APPOSITION = re.compile(r"\b[A-Z][\w'’-]+,\s+(?:aged\s+)?\d{1,3},")
"""A person's age in apposition ('Kessler, 47, is ...'): what `_age_owner` reads."""


def _age_owner(f: SentenceFacts, q: Quantity) -> EntityMention | None:
    """The person whose age an apposition gives: 'Hemi Te Rangi, 36,' / 'Hemi Te Rangi, aged 34,'."""
    for e in f.entities:
        if re.fullmatch(r",\s+(?:aged\s+)?", f.text[e.span[1] : q.span[0]]):
            return e
    return None


def _one_age_owner(fa: SentenceFacts, a: Quantity, fb: SentenceFacts, b: Quantity) -> bool:
    """Whether two ages are given to one named person ('Hemi Te Rangi, aged 34,' / 'Hemi Te Rangi, 36,')."""
    ea, eb = _age_owner(fa, a), _age_owner(fb, b)
    return ea is not None and eb is not None and _same_name_tokens(ea, eb)


_EITHER_FATE = re.compile(
    r"[^.;:]{0,60}?\b(?:were|was|have\s+been|had\s+been|got|been)\s+\w+(?:ed|en|wn)\s+or\s+\w+(?:ed|en|wn)\b", re.I
)


def _either_fate(text: str, q: Quantity) -> bool:
    """Whether a count is of things that met one of two fates ('20 trains were cancelled or diverted')."""
    return bool(_EITHER_FATE.match(text, q.span[1]))


_WINDOW_BEFORE = re.compile(r"\b(?:in|over|during|within)\s+(?:the\s+)?(?:past\s+|last\s+|previous\s+)?$", re.I)


def _window(text: str, q: Quantity) -> bool:
    """Whether a span is written as a window ('in the 24 hours to', 'over 48 hours')."""
    return bool(_WINDOW_BEFORE.search(text[: q.span[0]]) or re.match(r"(?:over|within)\s", q.text, re.I))


def _windows_of_readings(fa: SentenceFacts, a: Quantity, fb: SentenceFacts, b: Quantity) -> bool:
    """Whether two spans are each the window of a reading in its sentence ('542 mm of rain fell in
    the 24 hours to 9 a.m.' / 'about 600 mm fell over 48 hours') and the readings are not the same
    figure: two measurements over two spans, not one span told twice."""
    if not (_window(fa.text, a) and _window(fb.text, b)):
        return False
    ra, rb = _reading_before(fa, a), _reading_before(fb, b)
    return (
        ra is not None
        and rb is not None
        and ra.dimension == rb.dimension
        and (ra.dimension == "count" or ra.dimension.startswith("measure"))  # a rise over a term is a term
        and ra.value != rb.value
    )


def _window_after(f: SentenceFacts, reading: Quantity) -> Quantity | None:
    """The window a count or measure is read over ('310 mm of rain fell in the 24 hours to 6 a.m.')."""
    if not (reading.dimension == "count" or reading.dimension.startswith("measure")):
        return None
    for q in f.quantities:
        if q.dimension == "duration" and q.span[0] >= reading.span[1] and _window(f.text, q):
            return q if _reading_before(f, q) is reading else None
    return None


def _over_two_windows(fa: SentenceFacts, a: Quantity, fb: SentenceFacts, b: Quantity) -> bool:
    """Whether two readings are each read over a window and the windows differ."""
    wa, wb = _window_after(fa, a), _window_after(fb, b)
    return wa is not None and wb is not None and not _overlap(wa, wb)


_WINDOW_END_BEFORE = re.compile(
    r"\b(?:in|over|during)\s+(?:the\s+)?(?:past\s+|last\s+|previous\s+)?(?:\d{1,3}|twenty-four|forty-eight|seventy-two)"
    r"[\s-]+hours?\s+(?:up\s+)?(?:to|until|till|ending(?:\s+at)?)\s+(?:[^,;.]{0,20}?\s(?:on\s+)?)?$",
    re.I,
)
"""Before a time: the end of a window of hours a count is read over ('in the 24 hours to 8am on Tuesday')."""


_OCCASION = re.compile(
    r"\b(?:at|in|during|on)\s+(?:the\s+)?(?P<label>first|opening|inaugural|second|third|last|final|latest"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day's)\s+(?P<noun>auction|session|sale|sitting|round|leg|stage|heat)s?\b",
    re.I,
)
"""An occasion of a series named by its place or its day ('at the first auction', 'At Friday's auction')."""


def _two_occasions(text_a: str, text_b: str) -> bool:
    """Whether the two sentences name one kind of occasion by two labels ('The saury fetched 1,650 yen at the
    first auction' / 'At Friday's auction, prices fell to around 900 yen'): two occasions of a series."""
    la = {(m.group("noun").lower(), m.group("label").lower()) for m in _OCCASION.finditer(text_a)}
    lb = {(m.group("noun").lower(), m.group("label").lower()) for m in _OCCASION.finditer(text_b)}
    return any(n == m and x != y for n, x in la for m, y in lb) and not la & lb


_NTH_DAY = re.compile(
    r"\b(?:a|the|its|their)\s+(second|third|fourth|fifth|sixth|seventh)\s+(?:straight\s+|consecutive\s+|successive\s+)?"
    r"day\b",
    re.I,
)
"""A day counted within a state that lasts ('a second day of rolling blackouts', 'entered its second day')."""


def _nth_day_agrees(text: str, t: TimeRef, other: TimeRef) -> bool:
    """Whether a day is told as the n-th day of a state and the other day is the state's first ('on Wednesday to
    a second day of blackouts' / 'imposed the cuts on Tuesday')."""
    m = _NTH_DAY.search(text)
    if not m or t.level != 1 or other.level != 1 or t.start is None or other.start is None:
        return False
    n = ORDINALS.index(m.group(1).lower()) + 1
    return (t.start - timedelta(days=n - 1)).date() == other.start.date()


def _clock_zones_apart(fa: SentenceFacts, fb: SentenceFacts) -> bool:
    """Whether both sentences tell one exact clock time each, in two zones, one of them named, and the two
    times lie whole or half hours apart, as zones do ('10:42 pm local time' / '01:42 GMT'): their days may
    differ by one for one moment. ('shortly before 3am' / '23:12 GMT' tells no exact time.)"""
    ca = [t for t in fa.times if t.kind == "clock" and t.start is not None and t.end is not None]
    cb = [t for t in fb.times if t.kind == "clock" and t.start is not None and t.end is not None]
    if len(ca) != 1 or len(cb) != 1 or ca[0].tz == cb[0].tz or not (ca[0].tz or cb[0].tz):
        return False
    a, b = ca[0], cb[0]
    if a.end - a.start > timedelta(minutes=1) or b.end - b.start > timedelta(minutes=1):
        return False
    minutes = (a.start.hour * 60 + a.start.minute) - (b.start.hour * 60 + b.start.minute)
    return minutes % 30 == 0


_ZONE_NAMED = re.compile(
    r"\b(?:(?:UK|US|(?!Local\b)[A-Z][a-z]+)\s+time|GMT|UTC|BST|CET|CEST|[ECMP][SD]T|IST|JST|AEST|AEDT)\b"
)
"""A named zone ('UK time', 'EDT'); 'local time' is not one: it may be the other side's zone."""


_LOCAL_TIME = re.compile(r"\blocal\s+time\b", re.I)


def _near_midnight_in_zones(fa: SentenceFacts, fb: SentenceFacts) -> bool:
    """Whether one sentence tells a clock time in a named zone within five hours of midnight ('at 9:42 pm EDT on
    Tuesday') and the other names a zone of its own ('early on Wednesday UK time'): in another zone the same moment
    may fall on the next or the previous day."""
    clocks = [t for t in fa.times if t.kind == "clock" and _ZONE_NAMED.fullmatch(t.tz) and t.start is not None]
    zone_b = _ZONE_NAMED.search(fb.text)
    if len(clocks) != 1:
        return False
    if zone_b is None:
        # the other side tells no zone and no hour ('launched the satellite early Nov. 3' / 'lifted off at 10:42
        # p.m. EST on Monday'): a day that may be told in another zone, not the local one it does not name
        if (
            clocks[0].tz.upper() in ("GMT", "UTC")
            or _LOCAL_TIME.search(fb.text)
            or any(t.kind == "clock" for t in fb.times)
        ):
            return False
    elif zone_b.group().lower() == clocks[0].tz.lower():
        return False  # one zone on both sides: no day line between them
    minutes = clocks[0].start.hour * 60 + clocks[0].start.minute
    return minutes >= 19 * 60 or minutes < 5 * 60


def _two_bulletins(fa: SentenceFacts, fb: SentenceFacts) -> bool:
    """Whether each sentence reads its figures over a window of hours that ends at a moment of its own ('1,084
    patients ... in the 24 hours to Wednesday morning' / '1,136 ... in the 24 hours to Tuesday morning'): two
    daily bulletins."""
    ea, eb = _window_ends(fa), _window_ends(fb)
    return bool(ea and eb) and not any(_time_overlap(x, y) for x in ea for y in eb)


def _window_ends(f: SentenceFacts) -> list[TimeRef]:
    """The days that end a sentence's windows of hours ('in the 24 hours to Wednesday morning')."""
    return [
        t
        for t in f.times
        if t.start is not None
        and t.level >= 1
        and _WINDOW_END_BEFORE.search(f.text[max(0, t.span[0] - 70) : t.span[0]])
    ]


def _reading_before(f: SentenceFacts, window: Quantity) -> Quantity | None:
    """The figure a window spans: the last other figure before it ('542 mm of rain fell in the 24 hours'),
    else an occurrence counted in it, as a count ('their third final in five years': 3)."""
    before = [q for q in f.quantities if q.span[1] <= window.span[0] and q.dimension != "duration"]
    if before:
        return before[-1]
    m = _ORDINAL_BEFORE.search(_CLAUSE_END.split(f.text[: window.span[0]])[-1])
    if not m:
        return None
    word = m.group("ord").lower()
    n = float(word[:-2]) if word[:1].isdigit() else float(_ORDINALS.index(word) + 1)
    return Quantity(m.group("ord"), m.span("ord"), n, n, n, "count", "", "", (), "", False, 0.5)


_ORDINALS = ORDINALS[:10]
_ORDINAL_BEFORE = re.compile(rf"\b(?P<ord>{'|'.join(_ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))\s+[\w'’ -]{{1,40}}$", re.I)


_PURPOSES = r"(reparations?|compensation|damages|costs|back\s+pay|fines?|penalt(?:y|ies)|bail|bonus(?:es)?|reward)"
_PURPOSE_AFTER = re.compile(rf"\s+in\s+(?:[a-z-]+\s+){{0,2}}?{_PURPOSES}\b", re.I)
_PURPOSE_BEFORE = re.compile(
    rf"\b(?:{_PURPOSES}\s+(?:of|totalling|totaling|worth)|(fined|penali[sz]ed|repay|refund|pay\s+back))\s+"
    r"(?:a\s+(?:total\s+of\s+)?)?$",
    re.I,
)
_PURPOSE_SAME = {
    "fined": "fine",
    "penalised": "fine",
    "penalized": "fine",
    "penalty": "fine",
    "penalties": "fine",
    "repay": "repayment",
    "refund": "repayment",
    "pay back": "repayment",
}


def _odd_value_elsewhere(q: Quantity, other: SentenceFacts) -> bool:
    """Whether a figure with decimals ('2.41') stands on the other side too, as another kind of figure."""
    return q.value != int(q.value) and any(o.value == q.value and o.dimension != q.dimension for o in other.quantities)


def _bracketed(text: str, q: Quantity) -> bool:
    """Whether a figure stands alone in brackets, as a conversion of the figure before it does."""
    return bool(re.search(r"\(\s*$", text[: q.span[0]]) and re.match(r"\s*\)", text[q.span[1] :]))


_COSTS_AFTER = re.compile(r"\s+in\s+(?:legal\s+|court\s+|prosecution\s+)?costs\b", re.I)
"""A sum of a court's costs ('£148,000 in costs'), ordered beside a fine or damages."""


def _court_costs(text: str, q: Quantity) -> bool:
    """Whether a sum is a court's costs ('£148,000 in costs', 'awarded costs of GH₵50,000')."""
    return bool(
        _COSTS_AFTER.match(text, q.span[1]) or re.search(r"\bcosts\s+of\s+$", text[max(0, q.span[0] - 20) : q.span[0]])
    )


_GROSS_NET = re.compile(r"\b(gross|net)\b", re.I)


def _gross_or_net(text: str, q: Quantity) -> str:
    """'gross' or 'net' when a sum is said to be one, right after it or just before it ('€1,452 net a month', 'the
    gross monthly Smic ... €1,832'), else ''."""
    after = re.match(r"\s+(gross|net)\b", text[q.span[1] :], re.I)
    if after:
        return after.group(1).lower()
    found = _GROSS_NET.findall(_clause_before(text, q, 60))
    return found[-1].lower() if found else ""


_PAY_PERIOD_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:per|an?|each|every)\s+(hour|day|week|month|year)\b", re.I)
_PAY_PERIOD_BEFORE = re.compile(r"\b(hourly|daily|weekly|monthly|annual|yearly)\b", re.I)


def _pay_period(text: str, q: Quantity) -> str:
    """The period a sum is paid or earned over, after it ('€12.08 gross per hour') or as an adjective before it in its
    clause ('the gross monthly Smic ... will be €1,832.17'), else ''."""
    m = _PAY_PERIOD_AFTER.match(text, q.span[1])
    if m:
        return m.group(1).lower()
    found = _PAY_PERIOD_BEFORE.findall(_clause_before(text, q, 60))
    if not found:
        return ""
    word = found[-1].lower()
    return {"hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month", "annual": "year"}.get(word, "year")


_PER_SHARE = re.compile(r"\s+(?:a|per)\s+(?:ordinary\s+)?share\b", re.I)


def _per_share(text: str, q: Quantity) -> bool:
    """Whether a sum is a price for one share ('for €14.60 a share'), which a total ('about €2.3 billion') is not."""
    return bool(_PER_SHARE.match(text, q.span[1]))


def _money_purpose(text: str, q: Quantity) -> str:
    """What a sum is paid as, when the sentence says ('fined $385,000', '$140,000 in reparations',
    'reparations of $150,000'), else ''."""
    m = _PURPOSE_AFTER.match(text, q.span[1]) or _PURPOSE_BEFORE.search(text[: q.span[0]])
    if not m:
        return ""
    word = re.sub(r"\s+", " ", next(g for g in m.groups() if g).lower())
    word = _PURPOSE_SAME.get(word, word)
    return {"fines": "fine", "reparations": "reparation", "bonuses": "bonus"}.get(word, word)


def _two_sums(text_a: str, a: Quantity, text_b: str, b: Quantity) -> bool:
    """Whether two sums of money are two measures, not one told twice: paid as two things ('was fined $385,000' /
    'ordered to pay $140,000 in reparations'), a court's costs beside a penalty ('ordered to pay £3.6 million for a
    sewage spill' / '£148,000 in costs'), net and gross pay ('roughly €1,452 net a month' / '€1,832 gross a month'), a
    price per share and the whole deal ('for €14.60 a share' / 'for about €2.3 billion in cash'), pay over two periods
    ('€12.08 gross per hour' / 'the gross monthly Smic ... €1,832.17'), or a value with debt and one without
    ('including debt, about 2.8 billion euros' / 'the cash offer, 2.3 billion')."""
    return (
        len({_money_purpose(text_a, a), _money_purpose(text_b, b)} - {""}) == 2
        or _court_costs(text_a, a) != _court_costs(text_b, b)
        or len({_gross_or_net(text_a, a), _gross_or_net(text_b, b)} - {""}) == 2
        or (
            _per_share(text_a, a) != _per_share(text_b, b) and max(a.high, b.high) > 1000 * max(min(a.low, b.low), 0.01)
        )
        or len({_pay_period(text_a, a), _pay_period(text_b, b)} - {""}) == 2
        or bool(_WITH_DEBT.search(text_a)) != bool(_WITH_DEBT.search(text_b))
    )


def _agent(f: SentenceFacts, q: Quantity) -> EntityMention | None:
    """The named doer or holder right before the verb of a count ('Montreal-Trudeau International Airport
    canceled more than 200 flights', 'Lithuania now have three wins'), else None."""
    for e in f.entities:
        if re.search(r"\b(?:in|at|near|of|from)\s+(?:the\s+)?$", f.text[max(0, e.span[0] - 12) : e.span[0]]):
            continue  # 'Honister in the Lake District recorded 186mm': a place the doer is in, not the doer
        m = re.fullmatch(
            r"\s+(?:(\d{2,4})\s+)?(?:also\s+|now\s+|still\s+)?(?:(?:will|would)\s+(?:lose|gain|get|receive|pay|keep)"
            r"|[a-z]+(?:ed|led)|have|has|had|holds?|held|owns?|made|makes"
            r"|took|takes|won|wins|lost|loses|gave|gives|got|gets|threw|throws|ran|runs|hit|hits)\s+(?:only\s+|just\s+)?"
            # the moment of someone's own act ('Bhagwandin fell with 30 runs still needed', 'was out for 112 with')
            r"|\s+(?:was\s+)?(?:fell|out|dismissed|departed|left|retired|crashed)(?:\s+for\s+\d+)?\s+with\s+"
            r"|\s+(?:was\s+)?(?:out|dismissed|bowled|caught|stumped)\s+for\s+",
            f.text[e.span[1] : q.span[0]],
        )
        if m and e.tokens:
            # an index named with its number ('the Nasdaq 100 climbed 2.7%'): the number is part of the name
            return replace(e, tokens=(*e.tokens, m.group(1))) if m.group(1) else e
    return None


def _two_agents(fa: SentenceFacts, a: Quantity, fb: SentenceFacts, b: Quantity) -> bool:
    """Whether two counts have two different named doers: each one's own count."""
    ea, eb = _agent(fa, a), _agent(fb, b)
    if ea is None or eb is None:
        return False
    if any(t in OUTLETS for t in (ea.key, eb.key)):
        return False  # 'Reuters counted 45' / 'AFP tallied 50': two tallies of one thing
    return not _same_name_tokens(ea, eb)


def _two_age_owners(fa: SentenceFacts, a: Quantity, fb: SentenceFacts, b: Quantity) -> bool:
    """Whether two ages are given to two differently named people, or one to a named person and the other to
    someone unnamed ('a 22-year-old man', not set after a name with a comma: 'Haruka Moriyama, a 52-year-old
    official') in a sentence that names that person apart ('found Brayden Hollis guilty of manslaughter in the
    death of a 22-year-old man' / 'Brayden Hollis, 27,')."""
    ea, eb = _age_owner(fa, a), _age_owner(fb, b)
    if ea is not None and eb is not None:
        return not _same_name_tokens(ea, eb)
    for f, q, named in ((fa, a, eb), (fb, b, ea)):
        if (
            named is not None
            and re.search(r"(?<!,)\s(?:a|an)\s+$", f.text[max(0, q.span[0] - 5) : q.span[0]], re.I)
            and any(_same_name_tokens(e, named) for e in f.entities)
        ):
            return True
    return False


def _count_so_far(f: SentenceFacts) -> bool:
    """Whether the sentence gives a count as it stood at a moment of its own ('By noon, about 180
    flights had been cancelled', 'had risen to 41 as of Monday', '310,000 households were without
    power by midday'), which a figure told without a moment (the day's total: 'More than 300
    flights were cancelled') does not contradict."""
    if not _HAD_SO_FAR.search(f.text) or _DEADLINE_TALK.search(f.text):
        return False
    return any(t.modifier in {"by", "as of"} or _as_of(f.text, t) for t in f.times if t.level <= 1)


def _running_against_timeless(fa: SentenceFacts, fb: SentenceFacts) -> bool:
    """A count so far at a moment of its own against a figure told with no day or hour at all
    ('By noon, about 180 flights had been cancelled' / 'More than 300 flights were cancelled'), or against one told
    with no part of the day either when the moment is a 'By <moment>,' opening words ('By the evening, Lufthansa put
    the number of affected passengers at 95,000' / 'About 70,000 passengers were affected'; but 'By dawn, 187 people
    had been pulled from the water' / 'rescued 178 people during the night' is one night's count)."""
    for f, g in ((fa, fb), (fb, fa)):
        if any(t.level <= 1 for t in g.times):
            continue
        if _count_so_far(f) or (_by_opening(f) and not _DAY_PART_WORD.search(g.text) and not _BY_MOMENT.search(g.text)):
            return True
    return False


def _by_opening(f: SentenceFacts) -> bool:
    m = _BY_MOMENT.match(f.text)
    return bool(f.quantities) and m is not None and f.text[m.end() : m.end() + 1] == ","


_HAD_SO_FAR = re.compile(
    r"\bhad\s+(?:(?:already|so\s+far)\s+)?(?:been\s+)?(?:\w+(?:ed|en|wn|nt)|sold|made|paid|found|lost|left|built"
    r"|sent|cut|hit|set|kept|brought|bought|caught|won|held|told|fled|led|met|put|shut|struck)\b|\bso\s+far\b"
    r"|\b(?:were|was|remained)\s+(?:still\s+)?(?:without|missing|stranded)\b",
    re.I,
)


_AFTER_NEWS = re.compile(r"\bafter\s+the\s+(?:announcement|news|decision|ruling|report|results|statement)\b", re.I)
"""A move told as the market's answer to news, a moment before the close."""
_INTRADAY_WORDS = frozenset(
    {"early", "midday", "mid-day", "morning", "afternoon", "noon", "lunchtime", "opening", "open"}
)
"""Moments of a trading day before its close."""


def _trading_moments_differ(text_a: str, text_b: str) -> bool:
    """Whether both sentences time a market move to a moment of the trading day and the moments
    differ ('fell 14% in early trading' / 'down about 9% in afternoon trading'; 'rose 4.2% by 1100
    GMT' / 'gained 3.1% at the close'): prices move all day. A clock time is such a moment only in
    a sentence about shares or prices, and two clock times are left to the date rule."""
    if (
        _MARKET.search(text_a)
        and _MARKET.search(text_b)
        and bool(_INTRADAY_PEAK.search(text_a)) != bool(_INTRADAY_PEAK.search(text_b))
    ):
        return True  # 'jumped as much as 33% to €13.72' (the day's peak) / 'closed 35.1% higher'
    if _QUOTED_PRICE.search(text_a) and _QUOTED_PRICE.search(text_b):
        qa, qb = _quote_moment(text_a), _quote_moment(text_b)
        if qa and qb and qa != qb:
            return True  # 'the dollar fell to 64.1 US cents after the announcement' / 'was trading at 64.4 US
            # cents early on Wednesday': a rate quoted at two moments
    ma, mb = _TRADING_MOMENT.search(text_a), _TRADING_MOMENT.search(text_b)
    if (
        bool(ma) != bool(mb)
        and (_MARKET.search(text_a) or _QUOTED_PRICE.search(text_a))
        and (_MARKET.search(text_b) or _QUOTED_PRICE.search(text_b))
    ):
        # 'rose 22 per cent in midday trading' / 'had jumped almost 25 per cent on Monday': a move during the
        # day against the day's own; 'rose 2.1% after the announcement' / 'closed 1.4 percent higher'
        word = _moment_word(ma or mb)  # type: ignore[arg-type]
        other = text_b if ma else text_a
        return word in _INTRADAY_WORDS or (word == "close" and bool(_AFTER_NEWS.search(other)))
    if not ma or not mb:
        return False
    wa, wb = _moment_word(ma), _moment_word(mb)
    on_day = ma.group().lower().startswith("on ") or mb.group().lower().startswith("on ")
    if "clock" in (wa, wb) and not (_MARKET.search(text_a) and _MARKET.search(text_b)):
        return False
    if on_day and not (_QUOTED_PRICE.search(text_a) and _QUOTED_PRICE.search(text_b)):
        return False  # 'said on Wednesday afternoon' times a statement, not a price
    return wa != wb


_QUOTED_PRICE = re.compile(
    r"\b(?:shares?|stocks?|index|prices?|traded|trading|dollar|yen|euro|pound|sterling|rupee|won|ringgit|rupiah"
    r"|peso|yuan|franc|currency|bond\s+yields?|crown|krona|krone|koruna|forint|zloty|lira|rand|shekel|naira|cedi"
    r"|hryvnia|tenge|lari|baht|dirham|riyal|dinar)\b",
    re.I,
)
"""A sentence about a market price or an exchange rate."""
_QUOTE_MOMENT = re.compile(
    r"\b(after|following|on)\s+the\s+(?:announcement|decision|news|statement|release|data|figures|report|cut|hike)\b"
    r"|\b(early|late)\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|trade|trading|morning"
    r"|afternoon|evening)\b",
    re.I,
)


def _quote_moment(text: str) -> str:
    """When a price was quoted: 'news' (right after an announcement) or 'early'/'late' in a day; the last
    named ('weakened after the announcement, trading at 24.41 per euro in the late afternoon': 'late')."""
    found = list(_QUOTE_MOMENT.finditer(text))
    if not found:
        return ""
    m = found[-1]
    return "news" if m.group(1) else m.group(2).lower()


_INTRADAY_PEAK = re.compile(r"\b(?:as\s+much\s+as|as\s+high\s+as|as\s+low\s+as|intraday|at\s+one\s+point)\b", re.I)
_MARKET_WORDS = r"shares?|stocks?|index|indices|prices?|traded|trading"
_MARKET = re.compile(rf"\b(?:{_MARKET_WORDS})\b", re.I)


def _moment_word(m: re.Match[str]) -> str:
    if m.lastindex and m.group(m.lastindex) and m.lastindex == _CLOCK_GROUP:
        return "clock"
    word = next(g for g in m.groups() if g).lower().split()[0]
    return _MOMENT_SAME.get(word, word)


_MOMENT_SAME = {
    "settled": "close",
    "ended": "close",
    "finished": "close",
    "closed": "close",
    "closing": "close",
    "opened": "open",
    "opening": "open",
}
"""Words for one moment of the trading day ('closed up', 'ended lower', 'at the close')."""


def _instalment(text: str, q: Quantity) -> bool:
    """Whether a sum is written as a first or fixed part of a deal ('an initial £52m', '£40m up
    front'), which a figure for the whole ('a club-record £56m') does not contradict."""
    before = text[max(0, q.span[0] - 30) : q.span[0]]
    return bool(_INSTALMENT_BEFORE.search(before) or _INSTALMENT_AFTER.match(text, q.span[1]))


def _local_dollar(f: SentenceFacts, q: Quantity, other: SentenceFacts) -> bool:
    """Whether a bare '$' figure equals the other sentence's figure in another dollar (NZ$, A$, C$...)."""
    if not re.match(r"\$", q.text.lstrip("~ ")) and not re.search(r"(?<![A-Z])\$\s?\d", q.text):
        return False
    return any(
        o.dimension.startswith("money:") and o.dimension != "money:USD" and o.dimension.endswith("D")
        and abs(o.value - q.value) <= max(o.precision, q.precision) + 1e-9 * max(1.0, o.value)
        for o in other.quantities
    )  # fmt: skip


_IRREGULAR_PLURALS = frozenset({"children"})


def _two_plurals(a: Quantity, b: Quantity) -> bool:
    """Two counts of plainly different things: each names its plural noun, and the nouns differ."""
    plural = all(
        (q.noun_text.endswith("s") and not q.noun_text.endswith("ss")) or q.noun_text.lower() in _IRREGULAR_PLURALS
        for q in (a, b)
    )
    return a.dimension == "count" and plural and _noun_score(a, b) < 0


def _scale_top(text: str, q: Quantity) -> bool:
    """Whether a figure is the top of the scale another figure is read on ('200 out of 400'), or the whole a count is
    part of ('211 votes in favor out of 282 lawmakers present')."""
    return bool(re.search(r"\d[^.;,]{0,30}\bout\s+of\s+$", text[max(0, q.span[0] - 50) : q.span[0]], re.I))


_NEXT_CLAUSE = re.compile(r"\b(?:and|but|while|whereas|as)\b|[;:,—–()]")


def _fate(text: str, q: Quantity) -> str:
    """What befell the people a figure counts: the fate word after it, before the next clause and
    within five words ('nine others injured', 'eleven patients have now tested positive'), else the
    nearest one before it in its clause ('killed at least four people and injured more than 40':
    'dead', 'injured'), else one anywhere before a count that has risen to it ('the number of people
    who have died ... has risen to 37')."""
    s0, e0 = q.span
    right = _NEXT_CLAUSE.split(text[e0 : e0 + 60])[0]
    m = _FATE_RE.search(" ".join(right.split()[:5]))
    if m:
        return m.lastgroup or ""
    left = _NEXT_CLAUSE.split(text[max(0, s0 - 40) : s0])[-1]
    found = list(_FATE_RE.finditer(left))
    if found:
        return found[-1].lastgroup or ""
    before = text[:s0]
    if _RISEN_TO.search(before):
        m = _FATE_RE.search(before)
        return (m.lastgroup or "") if m else ""
    return ""


_NUMBER_WORD = rf"(?:{'|'.join(TENS)})-(?:{'|'.join(w for w, v in UNITS.items() if 0 < v < 10)})|" + "|".join(
    sorted([*UNITS, *TENS], key=len, reverse=True)
)
"""A number written in words as simple_number_word reads it ('two', 'seventeen', 'twenty-one')."""
_MISSING_COUNT = re.compile(
    rf"(?<![^\W_])(\d{{1,4}}|{_NUMBER_WORD})\s+(?:more\s+|others?\s+|other\s+[a-z]+\s+|[a-z]+\s+)?(?:(?:are|is|were"
    r"|was|remain|remains|remained)\s+)?(?:still\s+)?(?:missing|unaccounted)\b",
    re.I,
)


def _missing_count(text: str) -> float | None:
    """The count the sentence gives as still missing ('two are still missing', 'one more still unaccounted
    for'), else None."""
    m = _MISSING_COUNT.search(text)
    if not m:
        return None
    w = m.group(1).lower()
    return float(w) if w.isdigit() else simple_number_word(w)


def _toll_moved(fa: SentenceFacts, a: Quantity, fb: SentenceFacts, b: Quantity) -> bool:
    """Whether two death tolls each come with a count of the missing and the two sums agree: the same
    people, some found dead between the two readings."""
    ma, mb = _missing_count(fa.text), _missing_count(fb.text)
    if ma is None or mb is None or ma == mb:
        return False
    return abs((a.value + ma) - (b.value + mb)) < 1e-9


_CHANGE_VERB = re.compile(
    r"\b(?:rais\w*|rose|risen|lower\w*|cut|cuts|reduc\w*|increas\w*|decreas\w*|fell|fallen|climb\w*|drop\w*|"
    r"lift\w*|hik\w*|trimm?\w*|slash\w*|grew|grown|slow\w*|eas\w*|jump\w*|down|up)\b",
    re.I,
)


@lru_cache(maxsize=4096)
def _first_change_verb(text: str) -> int:
    """Where the first verb of change in a sentence ends, or -1."""
    m = _CHANGE_VERB.search(text)
    return m.end() - 1 if m else -1


def _change_role(text: str, q: Quantity) -> str:
    """In a sentence telling a change ('lowered its base rate to 5.5% from 6%', 'dropped by 390 dong to 19,120
    dong'), 'to' for the new value, 'from' for the old one, 'by' for the change, else ''."""
    before = text[max(0, q.span[0] - 12) : q.span[0]]
    if re.search(r"\b(?:unchanged|steady)\s+at\s+$", text[max(0, q.span[0] - 30) : q.span[0]], re.I):
        return "to"  # 'left unchanged at Rs 272.80': the level now, as 'raised to' tells it
    first = _first_change_verb(text)
    if first < 0 or first >= q.span[0]:
        return ""
    if re.search(r"\bfrom\s+$", before, re.I):
        return "from"
    if re.search(r"\bto\s+$", before, re.I):
        return "to"
    if re.search(r"\b(?:by|down|up)\s+$", before, re.I):
        return "by"
    return ""


_VOTE_AFTER = re.compile(
    r"\s+(?:(?:mps|members|lawmakers|deputies|senators|councillors|councilors|votes|of\s+them)\s+)?(?:voted\s+|were\s+)?"
    r"(?P<side>against|in\s+favou?r|for\s+(?:the\s+)?(?:motion|bill|law|proposal|resolution)|abstain\w*|abstentions?)\b",
    re.I,
)
_VOTE_BEFORE = re.compile(r"\b(?P<side>backed|supported|opposed)\s+by\s+$", re.I)
_VOTES_WON = re.compile(r"\b(?:received|won|got|secured|obtained|garnered|drew)\s+$", re.I)
_VOTES_NOUN = re.compile(r"\s+votes\b", re.I)


def _vote_side(text: str, q: Quantity) -> str:
    """Which side of a vote a count is ('131 voted against', 'with 129 against', 'backed by 98 MPs'), else ''."""
    if _VOTES_WON.search(text[max(0, q.span[0] - 20) : q.span[0]]) and _VOTES_NOUN.match(text, q.span[1]):
        return "for"  # 'the coalition received 55 votes', 'won 421,356 votes against 298,140': the votes won
    m = _VOTE_AFTER.match(text, q.span[1]) or _VOTE_BEFORE.search(text[max(0, q.span[0] - 20) : q.span[0]])
    if not m:
        return ""
    side = m.group("side").lower()
    if side.startswith(("against", "opposed")):
        return "against"
    if side.startswith("abstain") or side.startswith("abstention"):
        return "abstain"
    return "for"


_LIMIT_NOUNS = frozenset({"limit", "cap"})
"""A limit set for a measure ('the 80 km/h limit'): no reading of it, whatever values the two give."""
_BENCHMARK_NOUNS = frozenset({"target", "goal", "ceiling", "threshold", "benchmark"}) | _LIMIT_NOUNS


def _benchmark(q: Quantity) -> bool:
    """Whether a figure is a target or a threshold set for a measure ('the bank's 2 percent target')."""
    return q.noun in _BENCHMARK_NOUNS


_REMAINING = re.compile(
    r"\A(?:\s+of\s+(?:the|those|them)(?:\s+[\w-]+){0,2}?)?\s+(?:(?:people|patients|passengers|of\s+them|[a-z]+ers)\s+)?"
    r"(?:remain(?:s|ed)?|stay(?:s|ed)?|(?:are|were|was|is)\s+still)\s+(?:in|at|under)\b"
    r"|\A\s+(?:[a-z-]+\s+){1,2}?(?:remain(?:s|ed)?|(?:are|were|was|is)\s+still)\s+(?:without|cut\s+off|in\s+the\s+dark)\b",
    re.I,
)
_STILL_OUT_BEFORE = re.compile(r"\bstill\s+(?:out|off|down|without\s+\w+)\s+(?:in|at|for)\s+(?:\w+\s+){0,2}$", re.I)
_INITIAL = re.compile(
    r"\binitially\s+(?:put|placed|estimated|given|reported|set)\b|\bput\s+initial\s+(?:[a-z]+\s+){0,2}at\b", re.I
)


_POPULATION = re.compile(
    r"\b(?:(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:town|city|village|country|nation|island|community|county"
    r"|region|province|municipality|borough|district|parish|state)|population)\s+of\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|just\s+over|just\s+under|more\s+than|fewer\s+than|under|over)\s+)?"
    r"\d[\d.,]*(?:\s*(?:million|billion|thousand|m|bn))?$",
    re.I,
)


def _population(text: str, q: Quantity) -> bool:
    """Whether a count is how many live in a place ('in a town of about 11,000 people', 'a population of
    2.1 million'; the figure's text may hold its 'of about'): a property of the place, no count of what the
    story tells ('1,140 jobs')."""
    return bool(_POPULATION.search(text[max(0, q.span[0] - 60) : q.span[1]]))


_ID_SYSTEM = re.compile(r"\b([A-Z][\w.-]*)\s+(?:highway|route|road|motorway|interstate)\s+$", re.I)
"""The system an identifier's label belongs to ('State Highway 37', 'US Highway 14', 'Provincial Road 622')."""


def _id_system(text: str, q: Quantity) -> str:
    m = _ID_SYSTEM.search(text[max(0, q.span[0] - 40) : q.span[0]])
    return m.group(1).lower().replace(".", "") if m and m.group(1)[0].isupper() else ""


def _remaining(text: str, q: Quantity) -> bool:
    """Whether a count is of those still somewhere ('Two of the injured remained at Boston Medical Center',
    '12 were still in hospital', '9,000 homes were still without power', 'power was still out in around 4,000
    homes'): later than the act that put them there ('still missing' is the state itself); or of what is still
    to come ('with four rounds left', 'six games remaining'), not what was done."""
    if _REMAINING.match(text[q.span[1] :]) or _STILL_OUT_BEFORE.search(text[max(0, q.span[0] - 60) : q.span[0]]):
        return True
    if _T_MINUS.search(text[max(0, q.span[0] - 10) : q.span[0]]):
        return True  # 'at T-minus 42 seconds' / 'with 38 seconds remaining'
    m = _STILL_TO_GO.match(text, q.span[1])
    # 'left' only after 'with': 'four rounds left' is still to come, 'two men left the scene' went
    return m is not None and (
        m.group(1).lower() != "left" or bool(_WITH_BEFORE.search(text[max(0, q.span[0] - 20) : q.span[0]]))
    )


_STILL_TO_GO = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(left|remaining|to\s+go|to\s+play)\b", re.I)
_WITH_BEFORE = re.compile(r"\bwith\s+(?:only\s+|just\s+)?$", re.I)
_T_MINUS = re.compile(r"\bT\s?-\s?(?:minus\s+)?$|\bT\s+minus\s+$")


def _similarity(a: Quantity, b: Quantity) -> float:
    return _noun_score(a, b) + _context_score(a, b)


def _same_lead(text_a: str, a: Quantity, text_b: str, b: Quantity) -> float:
    """0.5 when the two figures follow the same words, a content word and its verb ('Turnout was
    31.4%' / 'Turnout was 34.1%') or a noun and 'of': one slot filled twice."""
    la = re.findall(r"[a-z]+", text_a[max(0, a.span[0] - 40) : a.span[0]].lower())[-2:]
    lb = re.findall(r"[a-z]+", text_b[max(0, b.span[0] - 40) : b.span[0]].lower())[-2:]
    if len(la) < 2 or len(lb) < 2 or la[0] != lb[0] or la[0] in STOPWORDS:
        return 0.0
    if la[1] in _LEAD_LINKS and lb[1] in _LEAD_LINKS and (len(la[0]) >= 4 or la[1] == lb[1] != "of"):
        return 0.5  # ... or the same noun and 'of' ('losses of £63.1m' / 'losses of £61.3m'; 'rate was 1.4%' /
        # 'a vacancy rate of 1.6 per cent')
    return 0.0


_LEAD_LINKS = frozenset({"was", "is", "were", "are", "stood", "stands", "reached", "of"})


def _describe_quantity(q: Quantity) -> str:
    return q.text.strip()


_UNIT_BASE = {
    "km": ("km", 1.0), "mile": ("km", 1.609344), "m": ("km", 0.001), "ft": ("km", 0.0003048), "cm": ("km", 1e-5),
    "mm": ("km", 1e-6), "in": ("km", 0.0000254), "kg": ("kg", 1.0), "t": ("kg", 1000.0), "ha": ("ha", 1.0),
    "acre": ("ha", 0.40468564), "mph": ("kph", 1.609344), "kph": ("kph", 1.0), "l": ("l", 1.0), "gal": ("l", 3.785411784),
}  # fmt: skip
"""Units of one kind on one scale, so '25 miles of shoreline' meets 'nearly 60 kilometres of the coast'."""


def _equal_left(q: Quantity, others: Sequence[Quantity], used: set[int]) -> bool:
    """Whether the other side still holds, unpaired, a sum, share or measure (or a figure of 100 or more) of the
    very same value and hedge as q ('two' guards killed and 'two' wounded agree by chance)."""
    if q.dimension == "count" and abs(q.value) < 100:
        return False
    return any(k not in used and o.value == q.value and o.hedge == q.hedge for k, o in enumerate(others))


def _on_one_scale(qs: Sequence[Quantity]) -> list[Quantity]:
    """Lengths, weights, areas, speeds and volumes in one unit of their kind each."""
    out = []
    for q in qs:
        unit = q.dimension.removeprefix("measure:")
        base = _UNIT_BASE.get(unit) if q.dimension.startswith("measure:") else None
        if base is None or base[1] == 1.0:
            out.append(replace(q, dimension=f"measure:{base[0]}") if base else q)
            continue
        f = base[1]
        out.append(
            replace(
                q,
                dimension=f"measure:{base[0]}",
                value=q.value * f,
                low=q.low * f,
                high=q.high * f,
                precision=q.precision * f,
            )
        )
    # a conversion in brackets right after its figure ('25m (82ft)', '984 feet (300 meters)') is that figure again
    return [
        q
        for k, q in enumerate(out)
        if not any(
            p.dimension == q.dimension
            and p.dimension.startswith("measure:")
            and 0 <= q.span[0] - p.span[1] <= 3
            and abs(p.value - q.value) <= 0.03 * max(abs(p.value), abs(q.value))
            for p in out[:k]
        )
    ]


_BARE_KRONE = re.compile(r"\b(?:kroner|krone|kronor|krona|kronur|krónur)$", re.I)
_KRONE_CODES = {"money:DKK", "money:NOK", "money:SEK", "money:ISK"}
_BARE_FRANC = re.compile(r"(?<!CFA )\bfrancs?$", re.I)
_FRANC_CODES = {"money:CHF", "money:XOF"}


def _bare_currency_as_other(qs: Sequence[Quantity], other: Sequence[Quantity]) -> tuple[Quantity, ...]:
    """Sums in a bare 'kroner' or 'kronor' (no country named: 'an investment of 3.4 billion kroner') read in
    the krone the other sentence names ('DKK 2.4bn'), when it names exactly one; so are sums in bare 'francs'
    ('up from 650 francs') in the franc it names ('650 CFA francs')."""
    out = tuple(qs)
    for bare, codes in ((_BARE_KRONE, _KRONE_CODES), (_BARE_FRANC, _FRANC_CODES)):
        named = {q.dimension for q in other if q.dimension in codes and not bare.search(q.text)}
        if len(named) != 1:
            continue
        code = next(iter(named))
        out = tuple(replace(q, dimension=code) if q.dimension in codes and bare.search(q.text) else q for q in out)
    return out


_AGO_AFTER = re.compile(r"\s+ago\b", re.I)


_BEARING = r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of"
_AFTER_LENGTH = r"(?:\s*\([^)]{0,24}\))?\s+(?:to\s+the\s+)?"
"""What may stand between a length and its bearing: a bracketed conversion, 'to the'."""
_HOW_FAR_AFTER = re.compile(rf"{_AFTER_LENGTH}{_BEARING}\b", re.I)
"""A compass bearing after a length ('about 60 km (37 miles) south of Guatemala City'): the length places something."""
_PLACED_AFTER = re.compile(
    rf"{_AFTER_LENGTH}(?:{_BEARING}|from|off|away|outside|offshore|inland|upstream|downstream)\b", re.I
)
"""A length that places something, by a bearing or by 'from', 'off', 'away': with one on the other side, lengths are
compared as distances."""


def _placed(text: str, q: Quantity) -> bool:
    return q.dimension.startswith("measure:") and bool(_PLACED_AFTER.match(text, q.span[1]))


def _how_far(text: str, q: Quantity) -> bool:
    """A length that places something ('about 60 km south of Guatemala City'): a distance from a place."""
    return q.dimension.startswith("measure:") and bool(_HOW_FAR_AFTER.match(text, q.span[1]))


def _without(f: SentenceFacts, drop: Callable[[str, Quantity], bool]) -> SentenceFacts:
    """The sentence's facts less the quantities `drop` picks out in its text."""
    return replace(f, quantities=tuple(q for q in f.quantities if not drop(f.text, q)))


def _time_ago(text: str, q: Quantity) -> bool:
    """A span told back from a moment ('abandoned its negative rate policy two years ago'): when, not how long."""
    return q.dimension == "duration" and bool(_AGO_AFTER.match(text, q.span[1]))


_NUMBER_WORDS = {v: w for w, v in UNITS.items() if 1 <= v <= 12}
"""'two' for 2, up to 'twelve': how a small part of a count is written out ('two of them')."""


def _part_of_them(text: str, norm: str) -> bool:
    """Whether a sentence gives a value as a part of a count it names ('and two of them required surgery')."""
    m = re.match(r"(\d+) ", norm)
    if not m:
        return False
    n = int(m.group(1))
    forms = "|".join(re.escape(f) for f in (str(n), _NUMBER_WORDS.get(n, str(n))))
    return bool(
        re.search(
            rf"\b(?:{forms})\s+of\s+(?:them|those|whom|these)\s+(?:were|was|are|is|had|have|has|remain\w*|\w+ed)\b",
            text,
            re.I,
        )
    )  # 'two of them required surgery' (not 'Six people, five of them students': what the five are)


def _read_at_two_moments(fa: SentenceFacts, fb: SentenceFacts) -> bool:
    """Whether both sentences give a count as it stood by a moment of its own ('By Thursday afternoon, 124 properties
    had been flooded', 'As at the end of August, 11 applications were awaiting a decision') and neither moment holds
    the other: parts of one day ('afternoon' / 'evening') or a month and a day, where `_two_moments_so_far` asks for
    days that do not overlap at all."""

    def moments(f: SentenceFacts) -> list[TimeRef]:
        if not (_HAD_SO_FAR.search(f.text) or _STATE_MOMENT.search(f.text)) or _DEADLINE_TALK.search(f.text):
            return []
        return [
            replace(t, modifier="")
            for t in f.times
            if t.level <= 2 and t.start is not None and t.end is not None
            and (t.modifier in {"by", "as of"} or _as_of(f.text, t))
        ]  # fmt: skip

    ta, tb = moments(fa), moments(fb)
    return bool(ta and tb) and not any(
        (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)  # type: ignore[operator]
        for a in ta
        for b in tb
    )


def _since_against_within(fa: SentenceFacts, fb: SentenceFacts) -> bool:
    """Whether one sentence counts since a start in a year ('since the start of 2024 had reached 16') and the other
    within that year, written out ('died ... in 2024'), with no 'since' of its own: a running total and one year's
    count, two windows. ('since January' / 'this year' is one window.)"""
    starts = {t.start.year for t in fa.times if t.modifier == "since" and t.start is not None}
    return any(
        t.level == 4 and not t.modifier and not t.inferred and t.start is not None and t.start.year in starts
        and re.fullmatch(r"(?:19|20)\d\d", t.text)
        for t in fb.times
    ) and not any(t.modifier == "since" for t in fb.times)  # fmt: skip


def compare_numbers(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    if _read_at_two_moments(fa, fb):
        return None  # 'By Thursday afternoon, 124 properties had been flooded' / 'By Thursday evening, 210': a running
        # count read at two moments
    if _since_against_within(fa, fb) or _since_against_within(fb, fa):
        return None  # '16 overdose deaths since the start of 2024' / 'Nine died of overdoses in 2024'
    off_a = any(_how_far(fa.text, q) for q in fa.quantities) and not any(_placed(fb.text, q) for q in fb.quantities)
    off_b = any(_how_far(fb.text, q) for q in fb.quantities) and not any(_placed(fa.text, q) for q in fa.quantities)
    if off_a or off_b:  # 'about 60 km south of Guatemala City' against 'The 280-foot span': where, not how long
        fa, fb = _without(fa, _how_far), _without(fb, _how_far)
    ago_a, ago_b = any(_time_ago(fa.text, q) for q in fa.quantities), any(_time_ago(fb.text, q) for q in fb.quantities)
    if ago_a != ago_b:  # 'two years ago' against 'eight years of ultra-loose policy': a moment, not a length
        fa, fb = _without(fa, _time_ago), _without(fb, _time_ago)
    given_a, given_b = fa.quantities, fb.quantities
    fa = replace(fa, quantities=tuple(_on_one_scale(_bare_currency_as_other(given_a, given_b))))
    fb = replace(fb, quantities=tuple(_on_one_scale(_bare_currency_as_other(given_b, given_a))))
    best: Conflict | None = None
    dims = {q.dimension for q in fa.quantities} & {q.dimension for q in fb.quantities}
    shares = [q for q in (*fa.quantities, *fb.quantities) if q.dimension == "percent" and 0 < q.value < 100]
    apart: bool | None = None
    periods = (_count_period(fa.text), _count_period(fb.text))  # the span each sentence's counts cover, if named
    # '88 mm of rain in the 24 hours ending 8.30 am' / '112 mm of rain since Monday': two windows
    window_and_since = bool(periods[0]) != bool(periods[1]) and bool(
        _SINCE_TIME.search(fb.text if periods[0] else fa.text)
    )
    peak_a, peak_b = bool(_AT_PEAK.search(fa.text)), bool(_AT_PEAK.search(fb.text))
    peak_a, peak_b = (
        peak_a or (peak_b and bool(_PEAK_VERB.search(fa.text))),
        peak_b or (peak_a and bool(_PEAK_VERB.search(fb.text))),
    )
    later_apart = _later_state(fa.text) != _later_state(fb.text) or _read_by_hour_apart(fa.text, fb.text)
    two_markets = _two_markets(fa.text, fb.text)
    initial_apart = bool(_INITIAL.search(fa.text)) != bool(_INITIAL.search(fb.text))
    for dim in sorted(dims):
        qa = [q for q in fa.quantities if q.dimension == dim]
        qb = [q for q in fb.quantities if q.dimension == dim]
        # duplicate mentions of one figure on one side ('1.2 million (1,200,000)') count once
        pairs: list[tuple[float, int, int]] = []
        fates_a = [_fate(fa.text, q) if dim == "count" else "" for q in qa]
        fates_b = [_fate(fb.text, q) if dim == "count" else "" for q in qb]
        roles_a = [_change_role(fa.text, q) for q in qa]
        roles_b = [_change_role(fb.text, q) for q in qb]
        for i, a in enumerate(qa):
            for j, b in enumerate(qb):
                if {roles_a[i], roles_b[j]} in ({"to", "from"}, {"to", "by"}):
                    continue  # 'lowered its base rate to 5.5% from 6%' / 'cut ... to 5.75%': the old rate is no
                    # partner for the new one
                if _fates_apart(fates_a[i], fates_b[j]):
                    continue  # 'killed at least four and injured more than 40' / '27 people were hurt': the
                    # dead and the hurt are two counts, whatever values agree
                sim = _similarity(a, b) + _same_lead(fa.text, a, fb.text, b)
                # agreeing values are the likeliest partners, unless the nouns clearly differ, or they
                # agree only as a rounding and share nothing ('3.4% in February' / 'the new 3% target')
                agree = (
                    _overlap(a, b)
                    and (sim > 0 or (a.low <= b.high and b.low <= a.high))
                    and _benchmark(a) == _benchmark(b)
                )
                # a part of a group named on its own side ('three match points, two of them with
                # service winners') is no partner for the other side's whole count ('saved two')
                part = _whole_for_part(fa, a, b) or _whole_for_part(fb, b, a)
                # one specific figure on both sides is one fact, whatever nouns follow ('208 temporary relief
                # centres' / '208 PPS')
                same = a.value == b.value and abs(a.value) >= 100 and a.hedge == b.hedge == ""
                bonus = 10.0 if agree and (_noun_score(a, b) >= 0 or same) and not part else 0.0
                pairs.append((sim + bonus, i, j))
        pairs.sort(key=lambda p: -p[0])
        used_a: set[int] = set()
        used_b: set[int] = set()
        single = len(qa) == 1 and len(qb) == 1
        for _score, i, j in pairs:
            if i in used_a or j in used_b:
                continue
            a, b = qa[i], qb[j]
            sim = _similarity(a, b) + _same_lead(fa.text, a, fb.text, b)
            ok = _overlap(a, b)
            if ok and _benchmark(a) != _benchmark(b):
                continue  # '1.7 percent' / 'below the bank's 2 percent target': the target is no reading of it
            if ok:
                used_a.add(i)
                used_b.add(j)
                continue
            if {a.noun, b.noun} & _LIMIT_NOUNS and _benchmark(a) != _benchmark(b):
                continue  # 'a speed of 89 km/h' / 'above the 80 km/h limit': a reading and the limit set for it
            if _equal_left(a, qb, used_b | {j}) or _equal_left(b, qa, used_a | {i}):
                continue  # 'a planned €50 increase in the semester fee' / 'a €50 rise in the fee, which is currently
                # €321': the same figure written on the other side is its partner, not the fee
            if dim.startswith("id:") and (sa := _id_system(fa.text, a)) and (sb := _id_system(fb.text, b)) and sa != sb:
                continue  # 'State Highway 37' / 'US Highway 14': two systems' roads, each numbered in its own
            per_a, per_b = _per_period(fa.text, a), _per_period(fb.text, b)
            if per_a and per_b and per_a != per_b:
                if _overlap(_per_year(a, per_a), _per_year(b, per_b)):
                    used_a.add(i)
                    used_b.add(j)
                continue  # 'about $7 a month more' / 'about $84 a year': one rate told over two periods
            if _population(fa.text, a) != _population(fb.text, b):
                continue  # 'About 1,100 people ... will lose their jobs' / 'in a town of about 11,000 people'
            if initial_apart:
                continue  # 'Damage was initially placed at 1.2 billion pesos' / 'now stands at 2.4 billion pesos': a
                # first estimate, and the figure it grew to
            if _remaining(fa.text, a) != _remaining(fb.text, b):
                continue  # 'Four people were taken to hospital' / 'Two of the injured remained in hospital late
                # Wednesday morning': an act, and how many it still holds later
            va, vb = _vote_side(fa.text, a), _vote_side(fb.text, b)
            if dim == "count" and va and va == vb:
                sim = max(sim, 1.0)  # '131 voted against' / 'with 129 against': one side of one vote
            if dim == "duration" and _is_margin(fa.text, a) and _is_margin(fb.text, b):
                sim = max(sim, 1.0)  # '19 seconds ahead' / 'nine seconds clear of Gudeta': one winning margin
            if roles_a[i] == roles_b[j] == "to" and any(r in ("from", "by") for r in roles_a + roles_b):
                sim = max(sim, 1.0)  # 'lowered its base rate to 5.5% from 6%' / 'cut ... to 5.75%': the new value
            if sim < 1.0 and not (single and sim >= 0.0 and dim != "count") and not (single and sim >= 0.5):
                if not (single and dim == "count" and sim >= 0.0 and _count_fallback_ok(a, b)):
                    # the last figure left on each side after agreeing ones were paired off
                    if not (_last_left(i, qa, used_a) and _last_left(j, qb, used_b) and sim >= 0.5):
                        continue
            if sim < 1.0 and (_vague(a) or _vague(b)) and not (a.noun and b.noun):
                continue  # 'dozens of family fishing operations' / 'only in two 12-hour periods': a vague count
                # pairs only with a figure that says what it counts
            if (
                dim == "score"
                and (_in_play(fa.text, a) or _in_play(fb.text, b))
                and not _one_moment_of_play(fa.text, a, fb.text, b)
            ):
                continue  # 'served for the match at 5-4' / 'fell behind 5-2 in the tiebreak': two moments of the game
            if _partitive_whole(fa.text, a) != _partitive_whole(fb.text, b) and (sim < 1.5 or not (a.noun and b.noun)):
                continue  # 'three of the train's six carriages' / 'one ended up on its side': the whole, a part
            part_a, part_b = _included_part(fa.text, a, qa), _included_part(fb.text, b, qb)
            if part_a != part_b:
                # 'at least three deaths, including two men who collapsed' / 'three people died': the
                # part is nobody's partner here, and leaves its whole to the other side's figure
                (used_a if part_a else used_b).add(i if part_a else j)
                continue
            if (_partitive(fa.text, a, b) or _partitive(fb.text, b, a)) and _noun_score(a, b) < 1.5:
                continue  # 'Six of those released were Lithuanians' / '14 foreign nationals among them': two parts
            if apart is None:
                # properties of the two sentences: asked once, when first needed
                # ('48 cases, officials said Tuesday' / 'passed 50 cases by Wednesday morning'; 'shares fell
                # 14% in early trading' / 'were down 9% in afternoon trading': two moments)
                apart = (
                    _now_against_since(fa, fb)
                    or _two_moments_so_far(fa, fb)
                    or _standing_against_dated(fa, fb)
                    or _standing_against_dated(fb, fa)
                    or _stated_apart(fa, fb)
                    or _trading_moments_differ(fa.text, fb.text)
                    or _hours_apart(fa, fb)
                    or _running_against_timeless(fa, fb)
                    or _read_on_another_day(fa, fb)
                    or _two_bulletins(fa, fb)
                    or _two_occasions(fa.text, fb.text)
                    or _by_moments_apart(fa.text, fb.text)
                )
            if apart and not (dim == "duration" and "-" in a.text and "-" in b.text):
                continue  # (but 'a 48-hour strike from 6am' / 'a 24-hour strike starting at midnight': one event's
                # length, however far apart the hours it is told with)
            if peak_a != peak_b and (a.low > b.high if peak_a else b.low > a.high):
                continue  # 'More than 52,000 properties lost power at the peak of the storm' / '38,000 were
                # without power on Friday morning': the peak is above any other reading (below one, it conflicts)
            if dim == "count" and _other_compound(fa.text, a, fb.text, b):
                continue  # 'threw for 284 yards' / 'a 12-yard run': a total, and the length of one play
            if later_apart:
                continue  # 'By the afternoon, 3,500 homes were still without power' / 'Some 8,000 homes were
                # without electricity': what was left by a later moment, not the count
            if two_markets:
                continue  # 'traded at about 38 to the dollar on the parallel market' / 'at 26.8 on the interbank
                # market': two markets' rates
            if dim == "count" and _people_and_machines(a, b):
                continue  # 'rescued 340 people' / 'deployed four boats'
            if _threshold(fa.text, a) != _threshold(fb.text, b):
                continue  # 'won 4.2 percent ... cleared the 5 percent hurdle': a result and the bar it is measured by
            if _millions_apart(fa.text, a, fb.text, b):
                continue  # 'Passenger numbers reached 14.2m' / '14.2 million passengers': one figure, 'm' read twice
            if dim == "count" and _over_threshold(fa.text, a) != _over_threshold(fb.text, b):
                continue  # '3,240 have waited over a year for treatment' / 'the waiting list has reached 68,412':
                # those past a threshold, a part of the count
            if _all_but(fa.text, a) != _all_but(fb.text, b):
                continue  # 'About 9,800 households lost power' / 'restored to all but around 600 households':
                # those left, not the count
            if dim in ("count", "points") and (
                (_is_margin(fa.text, a) and not _margin_cue(fb.text, b))
                or (_is_margin(fb.text, b) and not _margin_cue(fa.text, a))
            ):
                continue  # 'six points, two ahead of Hungary' / 'six points from three games': a margin, a count
            la, lb = _line_item(fa.text, a), _line_item(fb.text, b)
            if la and lb and la != lb:
                continue  # 'Net profit for the quarter rose 35% to ¥31.5 billion' / 'Operating profit ... came to
                # 46.8 billion yen': two lines of one account
            pl_a, pl_b = _place_of(fa.text, a), _place_of(fb.text, b)
            if pl_a and pl_b and not pl_a & pl_b:
                continue  # 'two people in Terrebonne Parish died' / 'One man died in Lafourche Parish': two places' counts
            if {_phase(fa.text, a), _phase(fb.text, b)} == {"during", "after"}:
                continue  # '32 arrests after clashes between fans' / 'no arrests were made during the match'
            if dim.startswith("money:") and _insured_sum(fa.text, a) != _insured_sum(fb.text, b):
                continue  # 'was insured for about $310 million' / 'is valued at $350 million': the cover, not the value
            if _level_against_moved(fa.text, a, fb.text, b) or _level_against_moved(fb.text, b, fa.text, a):
                continue  # 'the fund, which stands at roughly $540 million' / 'draws on the fund for $60 million'
            if _asked_against_awarded(fa.text, a, fb.text, b) or _asked_against_awarded(fb.text, b, fa.text, a):
                continue  # 'had asked for damages of 50 million francs' / 'ordered him to pay 5 million francs in
                # damages': what was claimed, and what was awarded
            if {_proposal_side(fa.text, a), _proposal_side(fb.text, b)} == {"asked", "offered"}:
                continue  # 'The union has asked for raises of 22 percent' / 'has offered raises totaling 12%':
                # two sides' proposals
            if (
                _change_amount(fa.text, a) != _change_amount(fb.text, b)
                and dim not in ("percent", "pp")
                and min(a.high, b.high) < 0.2 * max(a.low, b.low)
            ):
                continue  # 'The number of unemployed rose by 14,000' / 'Just over three million people are out of
                # work': how much a figure moved, and where it stands, far apart (a move and a level of one size,
                # 'a per-pupil increase of $290' / 'about $260 more per student', are read as one figure)
            if (
                va
                and vb
                and va != vb
                and not _TALLY_BEFORE.search(fa.text[max(0, a.span[0] - 6) : a.span[0]])
                and not _TALLY_BEFORE.search(fb.text[max(0, b.span[0] - 6) : b.span[0]])
            ):
                continue  # 'A total of 152 MPs voted for the motion' / '68 MPs voted against the motion'
            if _owner_part(fa.text, a) != _owner_part(fb.text, b) and (
                _TOTAL_OF.search(fa.text[max(0, a.span[0] - 12) : a.span[0]])
                or _TOTAL_OF.search(fb.text[max(0, b.span[0] - 12) : b.span[0]])
            ):
                continue  # "GRB's nine MPs voted against the motion" / 'A total of 68 MPs voted against the motion': one
                # party's share of the whole
            if _offered_against_taken(fa.text, a, fb.text, b) or _offered_against_taken(fb.text, b, fa.text, a):
                continue  # 'The auction offered 7.2 million units' / 'It sold 2.1 million of the units on offer'
            if _modal(fa.text, a) != _modal(fb.text, b):
                continue  # 'his plan would cut Medicare by $800 billion' / 'Obama has cut $716 billion': a plan, a fact
            ca, cb = _tariff_classes(fa.text), _tariff_classes(fb.text)
            if ca and cb and not ca & cb:
                continue  # 'Trucks pay $33.60 in peak hours' / 'will pay $22.40 off-peak': two fares of one toll
            if _whole_scope(fa.text, a) != _whole_scope(fb.text, b):
                continue  # '22 goals in all competitions' / '19 goals in Ligue 1': the whole and a part
            if window_and_since:
                continue  # a count in a window of hours against one since a day
            if periods[0] and periods[1] and periods[0] != periods[1]:
                continue  # '6,840 cases in the first three weeks of November' / '2,000 in the week to November
                # 20': counts over periods of two lengths
            if _others_of_one(fa.text, a, b) or _others_of_one(fb.text, b, a):
                continue  # 'ousted the finance minister ... and four other cabinet members' / 'replaced five members'
            ago_a, ago_b = _reading_ago(fa.text, a), _reading_ago(fb.text, b)
            if ago_a != ago_b and any(t.level <= 1 for t in (fa if ago_b else fb).times):
                continue  # 'stood at 476.1 metres on Monday' / 'were at 476.3 metres a week ago': two moments
            if _alone_part(fa, a) != _alone_part(fb, b):
                continue  # 'Some 120 operations were postponed on Monday alone' / 'More than 300': a part, the whole;
                # 'in the past 24 hours alone' / 'last week alone': two parts
            if _instalment(fa.text, a) != _instalment(fb.text, b):
                continue  # 'paying an initial £52m' / 'for a club-record £56m': a first payment and the whole
            if (
                dim == "count"
                and bool(fates_a[i]) != bool(fates_b[j])
                and max(a.low, b.low) >= 100 * max(min(a.high, b.high), 1)
            ):
                continue  # 'Authorities counted 3,080,000 pilgrims' / 'Four pilgrims died of heatstroke': a crowd, and
                # the few of it a fate befell
            if _two_plurals(a, b) and sim < 1.5 and not (va and va == vb):
                continue  # '16 gold objects' / '14 Roman gold coins': two counted things, though told alike (not
                # one side of one vote: '53 deputies voted in favour' / 'received 55 votes')
            if _scale_top(fa.text, a) != _scale_top(fb.text, b):
                continue  # 'scored below 200 out of 400' / 'Of the 1,942,600 candidates': the top of a scale, no count
            if (a.value == 0 or b.value == 0) and sim < 1.5:
                continue  # 'no one was hurt' only against the same people/thing
            if (
                dim == "age"
                and not (set(a.context) & set(b.context)) - {"aged", "age", "old"}
                and not _one_age_owner(fa, a, fb, b)
            ):
                continue  # an age is a person's: '16' (the daughters) and '31' (the aide) are two people's
            if dim == "age" and _two_age_owners(fa, a, fb, b):
                continue  # 'Hana Moore, 41,' / 'Rua Tane, 44,': two named people's ages
            if dim == "money:USD" and (_local_dollar(fa, a, fb) or _local_dollar(fb, b, fa)):
                continue  # 'a $12 million upgrade' / 'NZ$12 million ($7 million)': the bare $ was local dollars
            if _odd_value_elsewhere(a, fb) or _odd_value_elsewhere(b, fa):
                continue  # '2.41 Swedish crowns' / 'area 4, ... set at 2.41 kronor': the figure is on the other
                # side, read as another kind, and this pairing is a leftover
            if (
                _bracketed(fa.text, a)
                and _bracketed(fb.text, b)
                and abs(a.value - b.value) <= 0.02 * max(abs(a.value), abs(b.value))
            ):
                continue  # 'VND11.2 trillion (US$440 million)' / '11.2 trillion dong ($441 million)': two
                # conversions of one sum at two rates
            if dim.startswith("money") and _two_sums(fa.text, a, fb.text, b):
                continue  # 'was fined $385,000' / 'ordered to pay $140,000 in reparations': two sums, not one twice
            if _rate_and_total(fa.text, fb.text) or _rate_and_total(fb.text, fa.text):
                continue  # 'each day of strike costs four million euros' / 'has cost more than 10 million since Monday'
            if _capacity(fa.text, a) != _capacity(fb.text, b):
                continue  # 'The 40,000-capacity stadium' / 'in front of a crowd of 38,500': room for, not present
            if _read_at_two_parts_of_day(fa.text, a, fb.text, b):
                continue  # 'The Rhine at Kaub fell to 35 centimetres on Tuesday evening' / 'the level at the Kaub gauge
                # fell to 41 centimetres in the morning': a gauge read twice in one day
            if _partial_count(fa.text) != _partial_count(fb.text):
                continue  # 'with 180 of 221 polls reporting, she led by about 900 votes' / 'finished 1,412
                # votes ahead': a count under way and its end
            if dim in ("count", "percent") and _two_estimators(fa.text, fb.text):
                continue  # 'organisers said about 1,000 people joined' / 'police put the number at 300'
            if dim == "count" and _either_fate(fa.text, a) != _either_fate(fb.text, b):
                either, one = (a, b) if _either_fate(fa.text, a) else (b, a)
                if either.high >= one.low:
                    continue  # 'At least 20 trains were cancelled or diverted' / 'Eighteen trains were
                    # cancelled': one count holds two fates, the other one of them ('23 cancelled or
                    # diverted' / 'more than 40 cancelled' still conflict)
            if _two_bearers(fa.text, a, fb.text, b):
                continue  # 'Violators will face fines of GEL 300' / 'Platforms that publish unregistered
                # listings will face fines of GEL 5,000': two parties' penalties
            if dim not in ("age", "duration") and _two_agents(fa, a, fb, b):
                continue  # 'Ottawa airport cancelled 140 flights' / 'Montreal-Trudeau airport canceled more
                # than 200 flights': two places' counts
            if dim == "count" and (_scopes_apart(fa.text, fb.text) or _scopes_apart(fb.text, fa.text)):
                continue  # 'hunters in Värmland shot nine wolves' / 'About 30 wolves were shot ... across Sweden':
                # a region's count and the country's
            if (bool(_PER_DAY.match(fa.text, a.span[1])) and not _has_daily(fb.text)) or (
                bool(_PER_DAY.match(fb.text, b.span[1])) and not _has_daily(fa.text)
            ):
                continue  # '3.45 million barrels per day' / '101.4 million barrels ... in November': a rate, a total
            if len({_distance_from(fa.text, a), _distance_from(fb.text, b)} - {""}) == 2:
                continue  # 'about 60 km off the coastal town of Camaná' / '42 km south-west of the town of Chivay':
                # two distances from two places
            if {_distance_role(fa.text, a), _distance_role(fb.text, b)} == {"depth", "away"}:
                continue  # 'at a depth of 11.3 kilometres' / 'some 50 kilometres south-east of the city': two distances
            if _average_apart(fa.text, a, fb.text, b) or _average_apart(fb.text, b, fa.text, a):
                continue  # 'The average two-year fixed rate stands at 4.62%' / 'The society's two-year fixed rate
                # will drop to 3.89 per cent': a market's average, one lender's own figure
            if dim == "percent" and _two_measures(fa.text, a, fb.text, b):
                continue  # 'expects the economy to grow by 2.1 percent' / 'expects inflation to average 2.4
                # percent': two rates
            if dim == "count" and _fate(fa.text, a) == _fate(fb.text, b) == "dead" and _toll_moved(fa, a, fb, b):
                continue  # 'Five miners have died, with one more still unaccounted for' / 'Four miners were
                # killed and two are still missing': one toll of six, read before and after a body was found
            if dim == "count" and len({_severity(fa.text, a), _severity(fb.text, b)} - {""}) == 2:
                continue  # 'Three passengers were taken to hospital with serious injuries' / 'Two passengers were
                # treated for minor cuts and released': two groups of the hurt
            if dim == "count" and _fates_differ(fa.text, a, fb.text, b):
                continue  # 'eleven patients have tested positive' / 'two patients have died': two counts
            if _scope_of(fa.text) and _scope_of(fb.text) and _scope_of(fa.text) != _scope_of(fb.text):
                continue  # 'before this haul, 38 tonnes' / 'including this haul, 52 tonnes': two totals
            if _framed_apart(fa, a, fb, b) and not (dim == "age" and _one_age_owner(fa, a, fb, b)):
                continue  # '310 cases so far this year' / '2,000 cases last year': two periods' figures
            pa, pb = _period(fa.text, a), _period(fb.text, b)
            if (
                pa != pb
                and {pa, pb} not in ({"yoy", ""}, {"mom", ""}, {"p2p", ""})
                and not roles_a[i] == roles_b[j] == "to"
            ):
                continue  # 'fell 22% over the past 12 months' measures another span than 'rose 13% on Tuesday'

            used_a.add(i)
            used_b.add(j)
            if _part_and_total(a, b, qa, qb, shares if dim != "percent" else (), fa.text, fb.text) or _complement(
                a, b, fa, fb
            ):
                continue  # '£52m, with a further £6m in add-ons' / 'could rise to £58m': a part and its total
            if dim == "duration" and _windows_of_readings(fa, a, fb, b):
                continue  # '542 mm of rain fell in the 24 hours to 9 a.m.' / '600 mm fell over 48 hours': two
                # readings over two spans
            if dim != "duration" and _over_two_windows(fa, a, fb, b):
                continue  # and the readings themselves
            if dim == "duration" and max(a.value, b.value) > 6 * max(min(a.value, b.value), 1e-9):
                continue  # 'the second flood in three years' / 'after two days of rain': two spans
            if _LOOSE_MAGNITUDE.fullmatch(a.text.strip()) or _LOOSE_MAGNITUDE.fullmatch(b.text.strip()):
                continue  # 'billions of dollars' is a manner of speaking, not a figure to hold against '$1.4 billion'
            conf = _number_confidence(a, b, sim, single)
            if conf < 0.5:
                continue
            ctx = _number_context(a, b, fa)
            expl = f"number: {_describe_quantity(a)} vs {_describe_quantity(b)}" + (f" ({ctx})" if ctx else "")
            c = Conflict("number", a.text, b.text, a.norm, b.norm, _clip(expl), round(conf, 2), a.span, b.span)
            if dim == "age" and _one_age_owner(fa, a, fb, b):
                # one named person's age ('Kessler, 44,' / 'Kessler, 47,'): a conflict whatever else the two
                # sentences say
                c = replace(
                    c, anchored=True, explanation=_clip(f"number: {_age_owner(fa, a).text}, {a.text} vs {b.text}")
                )  # type: ignore[union-attr]
            if best is None or c.confidence > best.confidence:
                best = c
    if best is not None and (_part_of_them(fb.text, best.norm_a) or _part_of_them(fa.text, best.norm_b)):
        return None  # 'Two children needed surgery' / 'Four children swallowed magnets, and two of them required
        # surgery': the other sentence counts the same part of its whole
    return best or _ordinal_conflict(fa.text, fb.text) or _unanimous_against_split(fa.text, fb.text)


_ORDINAL_WORDS = ORDINALS[1:]
_ORDINAL = re.compile(
    r"\b(?:(\d{1,3})(?:st|nd|rd|th)|(" + "|".join(_ORDINAL_WORDS) + r"))[\s-]+([a-z]+)\b"
    r"(?:(?=[\s-]+(?!since\b)(?P<next>[a-z]+)\b))?",  # the word after, looked at, not taken: 'the fifth and sixth
    # floors' keeps 'sixth floors' for the next match
    re.I,
)
_SINCE_AFTER = re.compile(r"[^.;,]{0,30}\bsince\s+(?:the\s+)?([\w-]+)", re.I)
"""An ordinal and the noun it numbers ('the third floor', 'her 41st veto', 'a second-term lawmaker');
'first' is left out (too often no count: 'for the first time'). A count since an event ('its second flight
since the failure') is one series only with another count since the same ('the fifth mass bleaching event
since 2016' / 'the sixth mass bleaching event since 2016')."""
_STREAK_WORDS = frozenset({"consecutive", "straight", "successive"})
_RANK_WORDS = frozenset({"lowest", "highest", "largest", "biggest", "smallest", "most", "least", "best", "worst"})
_NOT_ORDINAL_NOUNS = {
    "half", "quarter", "time", "times", "day", "week", "month", "year", "largest", "biggest", "most", "best",
    "highest", "lowest", "place", "one", "two", "three", "four", "five", "consecutive", "straight", "successive",
    "such", "of", "in", "and", "or",
}  # fmt: skip
"""Words after an ordinal that make it no count of one thing: a period ('second half'), a rank ('third
largest', 'fifth place'), a series ('second straight', 'third consecutive'). `_ordinals` still reads a place in
a table ('fifth place'), a rank joined by a hyphen ('second-lowest', 'third-most expensive') and a run's length
('fifth straight win') each as a series of its own."""


def _ordinals(text: str) -> dict[str, list[tuple[int, str, tuple[int, int]]]]:
    out: dict[str, list[tuple[int, str, tuple[int, int]]]] = {}
    for m in _ORDINAL.finditer(text):
        noun, nxt = m.group(3).lower(), (m.group("next") or "").lower()
        if m.group(0)[0].isupper() and m.group(3)[0].isupper() and m.start():
            continue  # 'the Third Division', 'Fifth Avenue': a name, not a place in a series
        if noun in _STREAK_WORDS and nxt and nxt not in _NOT_ORDINAL_NOUNS:
            key = "streak " + stem(nxt)  # 'its fifth straight win' / 'the fourth consecutive win': one run's length
        elif noun in _RANK_WORDS and "-" in text[m.end(3) - len(noun) - 1 : m.end(3)] and nxt:
            # 'its second-lowest extent on record' / 'the third-lowest summer extent': one rank on one scale
            key = "rank " + noun + (" " + nxt if noun in ("most", "least") else "")
        elif noun == "place":
            key = "rank place"  # 'lifted Freiburg to fifth place' / 'Freiburg climbed to sixth place with the win'
        elif noun in _NOT_ORDINAL_NOUNS:
            continue
        else:
            key = stem(noun)
        if since := _SINCE_AFTER.match(text, m.end(3)):
            key += " since " + since.group(1).lower()
        value = int(m.group(1)) if m.group(1) else _ORDINAL_WORDS.index(m.group(2).lower()) + 2
        out.setdefault(key, []).append((value, m.group(0)[: m.end(3) - m.start()], (m.start(), m.end(3))))
    if _SCORING.search(text):
        for m in _AFTER_MINUTES.finditer(text):
            # 'opened the scoring after 34 minutes' ('at 34 minutes') is the 34th minute of the match
            out.setdefault(stem("minute"), []).append((int(m.group(1)), m.group(0), m.span()))
    return out


_AFTER_MINUTES = re.compile(r"\b(?:after|on|at)\s+(\d{1,3})\s+minutes\b", re.I)
_SCORING = re.compile(
    r"\b(?:scor\w*|goals?|equali[sz]\w*|penalty|header|headed|netted|try|tries|ahead|in\s+front)\b", re.I
)


_BODY_WORDS = frozenset(
    "committee board council senate house parliament assembly court bench jury panel cabinet commission"
    " legislature chamber congress".split()
)
_BODY_OF_MEMBERS = {
    "judges": "court", "justices": "court", "jurors": "jury", "councillors": "council", "councilors": "council",
    "senators": "senate", "directors": "board", "commissioners": "commission", "lawmakers": "legislature",
}  # fmt: skip
"""A body named by its members ('The judges ruled by a 4-1 majority' / 'The court ruled unanimously')."""
_SPLIT_VOTE = re.compile(
    r"\b(\d{1,3})\s?[-–]\s?(\d{1,3})\s+(?:vote|votes|voted|decision|ruling|majority)\b|\b(?:voted|ruled|decided|sided)\s+(\d{1,3})\s?[-–]\s?(\d{1,3})\b",
    re.I,
)
_UNANIMOUS = re.compile(r"\bunanimous(?:ly)?\b", re.I)


def _vote_clauses(text: str) -> list[str]:
    return [c for c in re.split(r";|,\s+and\s+|,\s+while\s+|,\s+but\s+", text) if c.strip()]


def _bodies(clause: str) -> set[str]:
    """The voting bodies a clause names: its body nouns and capitalised words ('the Senate', 'MPC')."""
    words = re.findall(r"[A-Za-z][\w'’-]*", clause)
    members = {_BODY_OF_MEMBERS[w.lower()] for w in words if w.lower() in _BODY_OF_MEMBERS}
    return (
        members
        | {w.lower() for w in words if w.lower() in _BODY_WORDS}
        | {w.lower() for k, w in enumerate(words) if k and w[0].isupper() and w.lower() not in STOPWORDS}
    )


def _unanimous_against_split(text_a: str, text_b: str) -> Conflict | None:
    """One body's vote told as unanimous and as split ('The Monetary Policy Committee voted unanimously'
    / 'in a 5-1 vote of its Monetary Policy Committee'; 'the Senate passed it unanimously' / 'the Senate
    followed with a 38-1 vote'): a clause of each, naming the same body."""
    for x, y, flip in ((text_a, text_b, False), (text_b, text_a, True)):
        for cu in _vote_clauses(x):
            if not _UNANIMOUS.search(cu):
                continue
            for cs in _vote_clauses(y):
                m = _SPLIT_VOTE.search(cs)
                if not m or _UNANIMOUS.search(cs):
                    continue
                won, lost = (int(g) for g in (m.group(1, 2) if m.group(1) else m.group(3, 4)))
                if lost == 0 or lost >= won or not (_bodies(cu) & _bodies(cs)):
                    continue
                u = _UNANIMOUS.search(x)
                assert u is not None
                va, vb = u.group(), m.group().strip()
                sa, sb = (u.start(), u.end()), (y.find(cs) + m.start(), y.find(cs) + m.end())
                expl = f"number: {va} vs {vb}"
                if flip:
                    return Conflict("number", vb, va, f"{won}-{lost}", "unanimous", _clip(expl), 0.8, sb, sa)
                return Conflict("number", va, vb, "unanimous", f"{won}-{lost}", _clip(expl), 0.8, sa, sb)
    return None


_BARE_ORDINAL = re.compile(
    rf"\b({'|'.join(_ORDINAL_WORDS)})\b(?=\s*(?:[,.;:)]|$)|\s+(?:following|after|before|when|with|and|but|as|in|on|at|to)\b)",
    re.I,
)


def _bare_ordinals(text: str) -> set[int]:
    """Ordinals a sentence uses with no noun after them ('late in the second')."""
    return {_ORDINAL_WORDS.index(m.group(1).lower()) + 2 for m in _BARE_ORDINAL.finditer(text)}


_NEGATED_BEFORE = re.compile(r"\b(?:not|never|no\s+longer)\b|n['’]t\b", re.I)


_HOME_BEFORE = re.compile(r"\b(?:lived|lives|living|resident|residents|home|grew\s+up|born)\b[^.;]{0,40}$", re.I)


def _ordinal_conflict(text_a: str, text_b: str) -> Conflict | None:
    """One numbered thing given two places in its series ('on the third floor' / 'on the fourth floor',
    'the fourth round of talks' / 'the third round of negotiations', 'in the 74th minute' / 'in the 77th
    minute'): the same noun after two different ordinals, and no ordinal the two share for it."""
    oa, ob = _ordinals(text_a), _ordinals(text_b)
    for noun in sorted(oa.keys() & ob.keys()):
        va, vb = {v for v, _, _ in oa[noun]}, {v for v, _, _ in ob[noun]}
        if va & vb or len(va) > 1 or len(vb) > 1:
            continue
        if _NEGATED_BEFORE.search(_CLAUSE_END.split(text_a[: oa[noun][0][2][0]])[-1][-40:]) or _NEGATED_BEFORE.search(
            _CLAUSE_END.split(text_b[: ob[noun][0][2][0]])[-1][-40:]
        ):
            continue  # 'left the game in the second period' / 'did not play in the third period': what did not
            # happen there, not another place in the series for what did
        if _bare_ordinals(text_b) & va or _bare_ordinals(text_a) & vb:
            continue  # 'did not return after the second period' / 'returned for the third period after leaving
            # late in the second': both places named, two moments
        (x, tx, sx), (y, ty, sy) = oa[noun][0], ob[noun][0]
        if bool(_HOME_BEFORE.search(text_a[max(0, sx[0] - 50) : sx[0]])) != bool(
            _HOME_BEFORE.search(text_b[max(0, sy[0] - 50) : sy[0]])
        ):
            continue  # 'was shot ... in the 14th arrondissement' / 'lived with his parents in the 15th arrondissement':
            # where someone lives, and where something happened
        expl = f"number: {tx} vs {ty}"
        return Conflict("number", tx, ty, f"#{x} {noun}", f"#{y} {noun}", _clip(expl), 0.8, sx, sy)
    return None


_FATES = {
    "dead": r"died|dead|killed|deaths?|lost\s+their\s+lives|perished|fatalities|bodies",
    "infected": r"tested\s+positive|infected|contracted|fell\s+ill|sickened|(?:confirmed\s+|suspected\s+)?cases",
    "hospital": r"hospitali[sz]ed|in\s+hospital|admitted|taken\s+to\s+hospital",
    "injured": r"injured|hurt|wounded",
    "treated": r"treated\s+for",
    "missing": r"missing|unaccounted",
    "rescued": r"rescued|saved|pulled\s+out|brought\s+out",
    "arrested": r"arrested|detained|in\s+custody",
    "evacuated": r"evacuated|forced\s+to\s+(?:leave|flee)|displaced|ordered\s+out|(?:driven\s+)?from\s+their\s+homes|homeless"
    r"|under\s+(?:an?\s+)?(?:mandatory\s+)?evacuation\s+orders?",
    "alerted": r"(?:on|under)\s+(?:an?\s+)?(?:evacuation\s+)?(?:alert|standby|watch)|evacuation\s+(?:alerts?|warnings?|watch)",
    "aboard": r"on\s+board|aboard|carrying",
    "caught": r"buried|trapped|swept\s+(?:away|over|up)|engulfed|caught\s+(?:in|up|by)",
}
_FATE_RE = re.compile(r"\b(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _FATES.items()) + r")\b", re.IGNORECASE)


_RISEN_TO = re.compile(r"\b(?:risen|rose|climbed|increased|reached|stands?|stood|jumped)\s+(?:to|at)\s+$", re.I)


_SEVERE = re.compile(r"\b(?:serious(?:ly)?|critical(?:ly)?|severe(?:ly)?|life-threatening|grave(?:ly)?)\b", re.I)
_SLIGHT = re.compile(r"\b(?:minor|slight(?:ly)?|light(?:ly)?|superficial)\b", re.I)


def _severity(text: str, q: Quantity) -> str:
    """How badly the people a count counts were hurt, as its clause tells: 'severe', 'slight' or ''."""
    window = _NEXT_CLAUSE.split(text[q.span[1] : q.span[1] + 80])[0]
    window = text[max(0, q.span[0] - 20) : q.span[0]].rsplit(",", 1)[-1] + " " + window
    severe, slight = bool(_SEVERE.search(window)), bool(_SLIGHT.search(window))
    return "severe" if severe and not slight else "slight" if slight and not severe else ""


def _fates_differ(text_a: str, a: Quantity, text_b: str, b: Quantity) -> bool:
    """Two counts of people to whom two different things happened (died / tested positive), or a count of those
    only told to be ready ('Another 3,000 properties are on evacuation alert') against one that says nothing of
    an alert ('About 250 more properties were placed under evacuation order'): two tiers of one warning."""
    x, y = _fate(text_a, a), _fate(text_b, b)
    if (x == "alerted") != (y == "alerted"):
        other = text_b if x == "alerted" else text_a
        if not _ALERT_WORD.search(other):
            return True
    return _fates_apart(x, y)


_ALERT_WORD = re.compile(r"\b(?:alerts?|standby|watch(?:es)?|warnings?|be\s+ready|prepared?\s+to\s+leave)\b", re.I)


def _fates_apart(x: str, y: str) -> bool:
    """Two fates, neither holding the other: those treated for something may be the hurt or those taken to
    hospital ('Eleven people were treated for smoke inhalation' / 'Fourteen passengers were taken to hospital'),
    not those on board."""
    return bool(x and y and x != y) and {x, y} not in ({"treated", "hospital"}, {"treated", "injured"})


_PARTIAL_COUNT = re.compile(
    r"\bwith\s+(?:\d[\d,.]*%?|[a-z]+(?:-[a-z]+)?)\s+(?:per\s*cent\s+|percent\s+)?(?:of\s+(?:the\s+)?(?:\d[\d,]*\s+)?)?"
    r"(?:polls?|polling\s+(?:stations|divisions|places)|precincts|ballots|votes|constituencies|districts|wards)\s+"
    r"(?:reporting|counted|declared|tallied)\b"
    r"|\b(?:partial|early)\s+(?:results|returns|count)\b|\bas\s+counting\s+continued\b",
    re.IGNORECASE,
)


def _partial_count(text: str) -> bool:
    """Whether a sentence gives an election's figures while the count is under way ('with 180 of 221
    polls reporting', 'partial results')."""
    return bool(_PARTIAL_COUNT.search(text))


_IN_PLAY = re.compile(r"\b(?:at|behind|led|leading|trailed|trailing|down|up|level\s+at)\s+$", re.I)


def _in_play(text: str, q: Quantity) -> bool:
    """Whether a score is one of a match under way ('at 5-4 in the third set', 'fell behind 5-2'), not its result."""
    return bool(_IN_PLAY.search(text[max(0, q.span[0] - 15) : q.span[0]]))


def _one_moment_of_play(text_a: str, a: Quantity, text_b: str, b: Quantity) -> bool:
    """Two in-play scores of one moment: both in play, after the same words ('served for the
    championship at 6-5' / 'had served for the title at 5-4'), or both the score at the break ('led 2-0 at the
    break' / 'were 2-1 up at half-time')."""
    if _AT_THE_BREAK.match(text_a, a.span[1]) and _AT_THE_BREAK.match(text_b, b.span[1]):
        return True
    if not (_in_play(text_a, a) and _in_play(text_b, b)):
        return False

    def lead(text: str, q: Quantity) -> set[str]:
        words = re.findall(r"\b[a-z]+\b", text[max(0, q.span[0] - 40) : q.span[0]])  # not the players' names
        return {stem(w) for w in words if w not in STOPWORDS and len(w) > 2}

    return bool(lead(text_a, a) & lead(text_b, b))


_AT_THE_BREAK = re.compile(
    r"\s+(?:up\s+|down\s+|ahead\s+|behind\s+)?(?:at\s+(?:the\s+)?(?:break|interval|half-?time)|going\s+into\s+the\s+break)\b",
    re.I,
)


_OF_WHOLE = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|most|all|half|none|some|several)"
    r"\s+of\s+(?:(?:the\s+|its\s+|their\s+|his\s+|her\s+)(?:[\w.-]+['’]s\s+)?|[A-Z][\w.-]*['’]s\s+)$",
    re.I,
)


def _partitive_whole(text: str, q: Quantity) -> bool:
    """Whether a figure is the whole of a part named before it ('three of the train's six carriages')."""
    return bool(_OF_WHOLE.search(text[max(0, q.span[0] - 40) : q.span[0]]))


_INCLUDING = re.compile(
    r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them|of\s+which)\s+"
    r"(?:at\s+least\s+|some\s+|about\s+|around\s+)?$",
    re.I,
)


def _included_part(text: str, q: Quantity, same_kind: Sequence[Quantity]) -> bool:
    """Whether a figure counts a part of another figure of its sentence ('three deaths, including two
    men', '230 injured, of whom 64 were hospitalised', '14 people, four of them children')."""
    named = bool(_INCLUDING.search(text[max(0, q.span[0] - 30) : q.span[0]])) or bool(
        re.match(r"\s+(?:of\s+(?:them|whom|those|which|it)|among\s+them)\b", text[q.span[1] :], re.I)
    )  # 'including two men', 'four of them children'
    return named and any(o.span[1] <= q.span[0] for o in same_kind if o is not q)


_ORGANISERS = re.compile(r"\b(?:organi[sz]ers?|unions?|campaigners|protest\s+leaders|activists)\b", re.I)
_AUTHORITIES = re.compile(
    r"\b(?:police|authorities|prefecture|interior\s+ministry|city\s+hall\s+said"
    r"|according\s+to\s+the\s+(?:\w+\s+){0,3}?(?:ministry|conselleria|department|government|management|company|employer)"
    r"|(?:ministry|conselleria|department|government|management|company|employer)\s+said)\b",
    re.I,
)


def _two_estimators(text_a: str, text_b: str) -> bool:
    """A crowd counted by its organisers in one sentence and by the police in the other, or a strike's following
    by the union and by the ministry or the employer ('58% according to the union' / '18% ... according to the
    Conselleria de Sanidad'): two estimates that routinely differ, each true of its source."""

    def side(text: str) -> str:
        org, auth = bool(_ORGANISERS.search(text)), bool(_AUTHORITIES.search(text))
        return "org" if org and not auth else "auth" if auth and not org else ""

    return {side(text_a), side(text_b)} == {"org", "auth"}


_WITH_DEBT = re.compile(
    r"\b(?:including|includes|plus|with|counting)\s+(?:its\s+|net\s+|the\s+)?debts?\b|\benterprise\s+value\b"
    r"|\bdebt\s+included\b",
    re.I,
)
"""A deal's value with the target's debt (enterprise value), which is not the price of its shares."""


_RATE = re.compile(r"\b(?:each|every|per)\s+(?:day|week|month|hour|night)\b|\ba\s+(?:day|week|night)\b|\bdaily\b", re.I)
_RUNNING_TOTAL = re.compile(r"\b(?:since|so\s+far|already|in\s+total|altogether|to\s+date)\b", re.I)


def _rate_and_total(rate_text: str, total_text: str) -> bool:
    """One sentence gives a rate per day (or week, hour), the other a running total, and not the
    other way round: two different quantities."""
    return bool(_RATE.search(rate_text)) and not _RATE.search(total_text) and bool(_RUNNING_TOTAL.search(total_text))


_SCOPE = re.compile(
    r"\b(?:(?P<incl>including|counting|with)|(?P<excl>before|excluding|not\s+counting|without|apart\s+from))\s+"
    r"(?:this|the\s+latest|today['’]s|the\s+new|these|those)\b",
    re.IGNORECASE,
)


def _scope_of(text: str) -> str:
    """'incl' or 'excl' when a total is said to count, or not, the event at hand ('including this
    haul', 'before this seizure'), else ''."""
    m = _SCOPE.search(text)
    return ("incl" if m.group("incl") else "excl") if m else ""


_FRAME_REACH = 60
"""How far (characters) from a figure a month, quarter or year is read as the period it counts."""


def _frames(f: SentenceFacts, q: Quantity) -> list[TimeRef]:
    """The placed months, quarters and years written next to a figure and nearer to it than to any
    other figure ('so far this year, 310 cases'; not the 2000 of 'to 400,000 from a peak of 1.6
    million in 2000'), except those it is compared with ('the most since 1992')."""

    def gap(t: TimeRef, x: Quantity) -> int:
        return max(t.span[0] - x.span[1], x.span[0] - t.span[1], 0)

    return [
        t
        for t in f.times
        if t.level >= 2
        and t.start is not None
        and t.anchor == "absolute"
        and not t.modifier
        and gap(t, q) < _FRAME_REACH
        and all(gap(t, q) <= gap(t, x) for x in f.quantities if x.span != q.span)
    ]


def _framed_apart(fa: SentenceFacts, a: Quantity, fb: SentenceFacts, b: Quantity) -> bool:
    """Whether each figure is framed by its own month, quarter or year and no frame of one overlaps
    one of the other: the counts of two periods, not two values of one."""
    ta, tb = _frames(fa, a), _frames(fb, b)
    return bool(ta and tb) and all(_time_overlap(x, y) is False for x in ta for y in tb)


def _part_and_total(
    a: Quantity,
    b: Quantity,
    qa: list[Quantity],
    qb: list[Quantity],
    shares: Sequence[Quantity] = (),
    text_a: str = "",
    text_b: str = "",
) -> bool:
    """Whether one figure is the other plus a figure of the same kind beside it: an instalment and
    the total ('£52m plus £6m in add-ons' / 'rising to £58m'), or a share of it ('a $2.5 million
    prize fund, 60 percent to the winner' / 'takes home $1.5 million'): not two values of one fact."""
    for x, y, others, y_side, y_text in ((a, b, qa, qb, text_b), (b, a, qb, qa, text_a)):
        tol = max(x.precision, y.precision, 1e-9 * abs(y.value))
        for o in others:
            if o is x:
                continue
            if any(
                q is not y
                and abs(q.value - o.value) <= max(tol, o.precision)
                and not _INCLUDING.search(y_text[max(0, q.span[0] - 16) : q.span[0]])
                for q in y_side
            ):
                continue  # 'four died and 31 were injured' / 'four died and 27 were injured': the other side
                # states that figure apart, so its figure is no total of the two (but '11 people injured,
                # including four police officers' / 'Seven protesters and four police officers were hurt'
                # gives the part inside the total)
            if abs(x.value + o.value - y.value) <= max(tol, o.precision):
                return True
        for p in shares:
            if abs(x.value * p.value / 100 - y.value) <= max(tol, x.value * p.precision / 100):
                return True
    return False


_SHORTFALL = re.compile(r"\s*(?:less|fewer|lower|short|below|under|smaller)\b", re.IGNORECASE)


def _complement(a: Quantity, b: Quantity, fa: SentenceFacts, fb: SentenceFacts) -> bool:
    """'as little as 88% of the labelled amount' / 'about 12% less than labelled': one share and the
    shortfall from the whole, not two values."""
    if a.dimension != "percent" or abs(a.value + b.value - 100) > max(a.precision, b.precision, 0.5):
        return False
    return bool(_SHORTFALL.match(fa.text, a.span[1]) or _SHORTFALL.match(fb.text, b.span[1]))


_PERIOD = re.compile(
    r"\b(?:(?:over|in|during|for) the (?:past|last|previous) (?!(?:fiscal|financial|calendar|tax) )(?:\w+ )?"
    r"(?:days?|weeks?|months?|quarters?|years?|decades?)"
    r"|(?:so far )?this year|year[- ]to[- ]date"
    r"|(?<!biggest )(?<!largest )(?<!highest )(?<!lowest )(?<!most )(?<!best )(?<!worst )"
    r"since (?:the start of |the beginning of )?(?:january(?:\s+1\b)?|jan\.?(?:\s+1\b)?|the year|\d{4})"
    r"|in (?:a|one) year|a year (?:ago|earlier)"
    r"|(?:month|quarter|week)[- ]on[- ](?:month|quarter|week)|from the previous (?:month|quarter|week))\b",
    re.I,
)
_YEAR_ON_YEAR = re.compile(r"\s*(?:[,(]\s*)?(?:year[- ]on[- ]year|y/y)\b", re.I)


_LOOSE_MAGNITUDE = re.compile(
    r"(?:tens\s+of\s+|hundreds\s+of\s+)?(?:thousands|millions|billions|trillions)", re.IGNORECASE
)


_BASIS_BEFORE = re.compile(
    r"\b(?P<span>(?:month|quarter|week)[- ]on[- ](?:month|quarter|week)|monthly|quarterly)\b"
    r"|\b(?P<yoy>annual|year[- ]on[- ]year|yearly|twelve-month|12-month)\b"
    r"|\b(?P<p2p>point[- ]to[- ]point)\b",
    re.I,
)


def _period(text: str, q: Quantity) -> str:
    """How the words after a figure qualify it: 'span' for a span of time or another basis ('over the
    past 12 months', 'this year', 'month on month'), 'yoy' for 'year on year' right after it (the
    usual basis of a rate such as inflation, which a figure without a basis is read on), else ''. A
    basis named before the figure in its clause counts too: 'mom' ('month-on-month inflation slowed to
    1.3 percent', 'monthly'), 'yoy' ('Annual inflation ... was 92 percent'). A figure without a basis
    is compared with either; two bases apart are two figures."""
    if _YEAR_ON_YEAR.match(text, q.span[1]):
        return "yoy"
    if q.dimension == "percent" and (m := _BASIS_BEFORE.search(_clause_before(text, q))):
        # 'Point-to-point inflation reached 45 percent' is another basis than 'annual inflation' (Iran's
        # twelve-month average)
        return "mom" if m.group("span") else "p2p" if m.group("p2p") else "yoy"
    # within the figure's clause: 'by 100 basis points on Wednesday, its fifth reduction this year' gives
    # the cut no span
    clause = re.split(r"[,;:(]", text[q.span[1] : q.span[1] + 60], maxsplit=1)[0]
    if q.dimension == "percent" and _YOY_AFTER.search(clause):
        return "yoy"  # 'rose 2.86 percent in November from a year earlier': the year-on-year basis, told in words
    if q.dimension == "percent" and _FROM_MONTH.search(clause):
        return "mom"  # 'rose 4.3% in October from September': the month before, not a year
    return "span" if _PERIOD.search(clause) else ""


_FROM_MONTH = re.compile(
    r"\bfrom\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"(?!\s+(?:\d{4}|last\s+year|a\s+year))"
)


_YOY_AFTER = re.compile(
    r"\b(?:from|than|compared\s+(?:with|to)|on|over)\s+(?:a\s+year|the\s+same\s+(?:month|quarter|period)\s+a\s+year)"
    r"\s+(?:earlier|ago|before)\b|\byear[- ]on[- ]year\b",
    re.I,
)


def _last_left(i: int, items: list[Quantity], used: set[int]) -> bool:
    return all(k in used for k in range(len(items)) if k != i)


def _count_fallback_ok(a: Quantity, b: Quantity) -> bool:
    """Two lone counts with no noun evidence: pair them only if neither names a different thing."""
    return not (a.noun and b.noun and _noun_score(a, b) < 0)


def _vague(q: Quantity) -> bool:
    """A count written without a figure as a span ('dozens', 'hundreds', 'several thousand')."""
    return q.dimension == "count" and q.hedge == "vague"


def _number_confidence(a: Quantity, b: Quantity, sim: float, single: bool) -> float:
    conf = 0.9
    if a.approximate or b.approximate:
        conf -= 0.07
    if a.approximate and b.approximate:
        conf -= 0.05
    if sim >= 2.0:
        pass
    elif sim >= 1.0:
        conf -= 0.05
    elif single:
        conf -= 0.15
    else:
        conf -= 0.3
    # nearly-touching ranges are less certain than far-apart values
    gap = max(a.low - b.high, b.low - a.high)
    scale = max(abs(a.value), abs(b.value), 1e-9)
    if gap / scale < 0.03:
        conf -= 0.1
    return max(0.0, min(1.0, conf))


def _number_context(a: Quantity, b: Quantity, fa: SentenceFacts) -> str:
    words: list[str] = []
    if a.noun_text:
        words.append(a.noun_text.lower())
    elif b.noun_text:
        words.append(b.noun_text.lower())
    # one shared context word helps ('rescued'), quoted as written in sentence a
    # one shared verb helps ('rescued', 'killed'), quoted as written in sentence a
    other_nouns = {syn(q.noun) for q in fa.quantities if q.noun} - {syn(a.noun)}
    shared = [w for w in a.context if w in set(b.context) and w not in {syn(a.noun), a.noun} and w not in other_nouns]
    for st in shared:
        written = next((w[1] for w in fa.words if syn(w[0]) == st and w[1].lower() not in words), "")
        if written.lower().endswith("ed") or written.lower() in EVENT_PAST_FORMS:
            words.append(written.lower())
            break
    return " ".join(words)[:40]


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------


def _project(t: TimeRef, year: int) -> tuple[datetime, datetime] | None:
    """Place an absolute reference into `year` (for comparing with a year-less date)."""
    if t.start is None or t.end is None:
        return None
    try:
        s = t.start.replace(year=year + (t.start.year - t.start.year))
        e = s + (t.end - t.start)
    except ValueError:
        return None
    return s, e


def _intervals(a: TimeRef, b: TimeRef) -> tuple[tuple[datetime, datetime], tuple[datetime, datetime]] | None:
    """The two intervals on a common footing, or None when they are not comparable."""
    if a.start is None or b.start is None or a.end is None or b.end is None:
        return None
    if (a.anchor == "clock") != (b.anchor == "clock"):
        return None
    if a.anchor == "clock":
        if a.tz.replace("LOCAL TIME", "") != b.tz.replace("LOCAL TIME", ""):
            return _in_utc(a, b)  # '11:47 p.m.' (local) vs '11:32 pm IST': zones may differ
        return (a.start, a.end), (b.start, b.end)
    if abs(a.level - b.level) > 1:
        return None
    # a weekday-only or year-only bound ('by Friday') against a full date is fine when both
    # are absolute; unresolved references only compare with their own kind
    if a.anchor == b.anchor:
        return (a.start, a.end), (b.start, b.end)
    if {a.anchor, b.anchor} == {"monthday", "absolute"}:
        md, ab = (a, b) if a.anchor == "monthday" else (b, a)
        if ab.level > 2 or md.level > 2 or ab.start is None or ab.end is None:
            return None
        if ab.start.year != (ab.end - timedelta(seconds=1)).year and ab.level >= 2:
            return None
        pa = _project(ab, md.start.year)  # type: ignore[union-attr]
        if pa is None:
            return None
        return ((md.start, md.end), pa) if a is md else (pa, (md.start, md.end))  # type: ignore[return-value]
    return None


_TZ_HOURS = {
    "GMT": (0, 0), "UTC": (0, 0), "BST": (1, 1), "CET": (1, 1), "CEST": (2, 2), "MSK": (3, 3), "JST": (9, 9),
    "AEST": (10, 10), "AEDT": (11, 11), "EST": (-5, -5), "EDT": (-4, -4), "ET": (-5, -4), "EASTERN": (-5, -4),
    "CDT": (-5, -5), "CENTRAL": (-6, -5), "MOUNTAIN": (-7, -6), "PST": (-8, -8), "PDT": (-7, -7), "PT": (-8, -7),
    "PACIFIC": (-8, -7), "JAPAN": (9, 9), "TOKYO": (9, 9), "KOREA": (9, 9), "SEOUL": (9, 9), "BEIJING": (8, 8),
    "CHINA": (8, 8), "HONG KONG": (8, 8), "SINGAPORE": (8, 8), "MOSCOW": (3, 3), "PARIS": (1, 2),
    "BERLIN": (1, 2), "LONDON": (0, 1), "SYDNEY": (10, 11), "AWST": (8, 8), "ACST": (9.5, 9.5),
    "ACDT": (10.5, 10.5), "NZT": (12, 13), "NZST": (12, 12), "NZDT": (13, 13), "NEW ZEALAND": (12, 13),
}  # fmt: skip
"""Hours east of UTC of the zones written after clock times (winter, summer); 'IST' and 'CST' name
several zones and are left out."""


def _in_utc(a: TimeRef, b: TimeRef) -> tuple[tuple[datetime, datetime], tuple[datetime, datetime]] | None:
    """Two clock times in two named zones as UTC intervals ('3:12 p.m. Eastern' / '4:12 a.m. Japan
    time' are one moment), the second moved by a day to the first when midnight falls between; None
    when either zone is unknown or unnamed."""

    def hours(t: TimeRef) -> tuple[float, float] | None:
        key = re.sub(r"\s+(?:STANDARD|DAYLIGHT)\b|\s+TIME$", "", t.tz)
        return _TZ_HOURS.get(key)

    ha, hb = hours(a), hours(b)
    if ha is None or hb is None or None in (a.start, a.end, b.start, b.end):
        return None
    sa, ea = a.start - timedelta(hours=ha[1]), a.end - timedelta(hours=ha[0])  # type: ignore[operator]
    sb, eb = b.start - timedelta(hours=hb[1]), b.end - timedelta(hours=hb[0])  # type: ignore[operator]
    day = timedelta(days=1)
    while sb - sa > day / 2:
        sb, eb = sb - day, eb - day
    while sa - sb > day / 2:
        sb, eb = sb + day, eb + day
    return (sa, ea), (sb, eb)


def _shifts(a: TimeRef, b: TimeRef) -> list[timedelta]:
    """Offsets to try on b when a year or week was only inferred on both sides: 'ship in
    March' (future) and 'start in March' (tense unclear) name the same month whatever year
    the tense rules picked; 'on Friday' and 'until Friday' the same weekday."""
    if not (a.inferred and b.inferred) or a.anchor != "absolute" or b.anchor != "absolute":
        return [timedelta(0)]
    if a.kind == "weekday" and b.kind == "weekday" and a.weekday == b.weekday:
        return [timedelta(0), timedelta(days=7), timedelta(days=-7)]
    if a.kind != "weekday" and b.kind != "weekday" and a.start is not None and b.start is not None:
        years = a.start.year - b.start.year
        if years:
            try:
                delta = b.start.replace(year=b.start.year + years) - b.start
            except ValueError:
                return [timedelta(0)]
            return [timedelta(0), delta]
    return [timedelta(0)]


def _end_unit(t: TimeRef) -> TimeRef | None:
    """The day, month or year that an 'until' reference names as the end ('until June 2030': June
    2030), the last quarter of a period ('by the end of 2027'), or None for other granularities."""
    end = t.end
    if end is None:
        return None
    if t.level == 1:
        start = end - timedelta(days=1)
    elif t.level == 2:
        start = datetime(end.year - (end.month == 1), (end.month - 2) % 12 + 1, 1)
    elif t.level == 4:
        start = datetime(end.year - 1, 1, 1)
    elif t.level == 3:
        start = end - timedelta(days=90)  # 'by the end of 2027': the quarter the deadline closes
    else:
        return None
    return replace(t, start=start, modifier="")


def _time_overlap(a: TimeRef, b: TimeRef) -> bool | None:
    if _year_only_guessed(a, b) or _year_only_guessed(b, a):
        return True  # 'The first day of the new calendar is April 2' / 'on 2 April 2027': one day, its year
        # guessed on one side from the page's date
    if _month_year_guessed(a, b) or _month_year_guessed(b, a):
        return True  # 'bills mailed in February' / 'early next year': one month, its year guessed on one side
    if _month_end_and_next_day(a, b) or _month_end_and_next_day(b, a):
        return True  # 'will close at the end of January' / 'is to close from February 1st': one boundary
    if _same_weekday_named(a, b) or _same_weekday_named(b, a):
        return True  # 'takes effect from Monday' / 'starts on Monday, December 7': the week was only guessed
    if _at_deadline(a, b) or _at_deadline(b, a):
        return True  # 'classes would finish at 11:00' / 'will end classes by 11am': the deadline's own moment
    if {a.modifier, b.modifier} == {"since", "by"}:
        return None  # 'shut since late November' / 'to return by mid-December': a state's start, a deadline
    if (a.modifier == "since") != (b.modifier == "since") and "" in (a.modifier, b.modifier):
        # 'three have died since Sunday' holds a death on Monday: a start against a moment after it
        # agrees (two starts, 'since 2003' / 'since 2002', are compared as they are)
        a, b = (replace(t, end=OPEN_FUTURE) if t.modifier == "since" and t.end is not None else t for t in (a, b))
    deadlines = a.modifier == b.modifier == "by" and a.level in (2, 3, 4) and b.level in (2, 3, 4)
    if a.modifier == b.modifier == "until" or deadlines:
        # two ends of one span ('a contract until 2031' / 'that runs until June 2030'), or two deadlines of
        # months or years ('capacity of 4 million tonnes by 2032' / 'by 2030'), agree only when the named
        # ends do; as open intervals they would always overlap (a deadline of days is a moment a count
        # was seen at)
        ua, ub = _end_unit(a), _end_unit(b)
        if ua is not None and ub is not None:
            a, b = ua, ub
            if max(a.level, b.level) == 4:  # 'until 2031' / 'until June 2030': compare the years
                a, b = (replace(t, start=datetime(t.start.year, 1, 1), level=4) for t in (a, b))  # type: ignore[union-attr]
    if _year_and_month_written(a, b):
        # a year against a month of another year disagrees ('was launched in 2023' / 'in March 2024'); against a
        # month of its own, it is only told less precisely, and left as the two levels apart were
        disjoint = a.end <= b.start or b.end <= a.start  # type: ignore[operator]
        return False if disjoint else None
    iv = _intervals(a, b)
    if iv is None:
        return None
    (s1, e1), (s2, e2) = iv
    if _day_range(a) and _day_range(b):  # 'June 3-5' / 'June 4-6': two spans of days agree only whole
        return any(s1 == s2 + d and e1 == e2 + d for d in _shifts(a, b))
    return any(s1 < e2 + d and s2 + d < e1 for d in _shifts(a, b))


_WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


_RANGE_OPEN = re.compile(r"\b(?:between|from)\s+$", re.I)
_RANGE_NEXT = re.compile(r"\s*(?:and|to|until|till|through|[-–])\s+", re.I)
_RANGE_CLOSE = re.compile(r"\b(?:between|from)\s+[^,;.]{1,30}?\s(?:and|to|until|till|through|[-–])\s+$", re.I)


def _range_end(text: str, t: TimeRef) -> bool:
    """Whether a time is an end of a span ('between 2018 and 2020', 'from March 2023 to August 2025')."""
    before = text[max(0, t.span[0] - 50) : t.span[0]]
    return bool((_RANGE_OPEN.search(before) and _RANGE_NEXT.match(text, t.span[1])) or _RANGE_CLOSE.search(before))


def _year_and_month_written(a: TimeRef, b: TimeRef) -> bool:
    """A year against a month of a year, both written out and neither a bound ('In 2022, 53 migrants died' / 'In June
    2023, 53 migrants died'): comparable, though two levels apart."""
    return (
        {a.level, b.level} == {2, 4}
        and {a.kind, b.kind} == {"year", "month"}
        and a.anchor == b.anchor == "absolute"
        and a.modifier == b.modifier == ""
        and not a.inferred
        and not b.inferred
        and bool(_WRITTEN_YEAR.search(a.text))
        and bool(_WRITTEN_YEAR.search(b.text))
    )


def _at_deadline(a: TimeRef, b: TimeRef) -> bool:
    """A clock time set as a deadline ('by 11am') against the same clock time told plainly ('at 11:00')."""
    return (
        a.modifier == "by"
        and not b.modifier
        and a.anchor == b.anchor == "clock"
        and a.end is not None
        and b.start is not None
        and b.end is not None
        and b.start <= a.end < b.end
    )


def _year_only_guessed(a: TimeRef, b: TimeRef) -> bool:
    """A date written without its year (the year guessed from the page and the tense) against the same day and
    month written with one."""
    return (
        a.kind == b.kind == "date"
        and a.inferred
        and not b.inferred
        and a.start is not None
        and b.start is not None
        and (a.start.month, a.start.day) == (b.start.month, b.start.day)
        and a.start.year != b.start.year
        and not a.modifier
        and not b.modifier
    )


_RELATIVE_YEAR = re.compile(r"\b(?:next|this|last|coming)\s+year\b", re.I)


def _month_year_guessed(a: TimeRef, b: TimeRef) -> bool:
    """A month written without its year (the year guessed from the page and the tense) inside the other side's
    period of a year named relative to the page ('early next year'), once moved to the year before or after ('bills
    mailed in February' / 'will go out early next year' on a November page): the guess, not the outlets, puts them
    apart."""
    if not (a.inferred and not b.inferred and a.level == 2 and b.level in (3, 4) and not a.modifier):
        return False
    if not _RELATIVE_YEAR.search(b.text):
        return False  # 'October 2027', 'the 2027-28 school year': a year written out, against which a month's guessed
        # year may well be the writer's
    if a.start is None or a.end is None or b.start is None or b.end is None or b.anchor != "absolute":
        return False
    for years in (-1, 1):
        try:
            start, end = a.start.replace(year=a.start.year + years), a.end.replace(year=a.end.year + years)
        except ValueError:
            continue
        if start >= b.start and end <= b.end:
            return True
    return False


def _month_end_and_next_day(a: TimeRef, b: TimeRef) -> bool:
    """The end of a month against the first day of the next ('at the end of January' / 'from February 1')."""
    return (
        a.level == 2
        and b.level == 1
        and a.end is not None
        and b.start is not None
        and a.end == b.start
        and bool(re.match(r"(?:the\s+)?end\s+of\b", a.text, re.I))
    )


def _day_span(text: str, ts: Sequence[TimeRef]) -> tuple[datetime, datetime, set[int]] | None:
    """The days a sentence spans from one date to another ('from 10 p.m. on Friday, Oct. 16, until 5 a.m. on
    Monday, Oct. 19'), with the indices of its two ends, or None."""
    days = sorted(
        (t.span[0], k) for k, t in enumerate(ts) if t.level == 1 and t.start is not None and t.end is not None
    )
    for (_, i), (_, j) in zip(days, days[1:]):
        x, y = ts[i], ts[j]
        between = text[x.span[1] : y.span[0]]
        if (
            re.search(r"\b(?:from|between)\b", text[max(0, x.span[0] - 30) : x.span[0]], re.I)
            and re.search(r"\b(?:until|till|to|through|and)\b", between, re.I)
            and len(between) <= 40
            and x.start < y.start  # type: ignore[operator]
        ):
            return x.start, y.end, {i, j}  # type: ignore[return-value]
    return None


def _same_weekday_named(a: TimeRef, b: TimeRef) -> bool:
    """A bare weekday whose week was inferred against a date that names the same weekday."""
    return (
        a.kind == "weekday"
        and a.inferred
        and a.weekday is not None
        and b.kind == "date"
        and b.weekday == a.weekday
        and b.level == a.level == 1
    )


_LOCAL_ZONES = {"", "LOCAL TIME", "LOCAL"}


_PLANNED = re.compile(
    r"\b(?:will|shall|is\s+due|are\s+due|scheduled|expected|plans?\s+to|set\s+to|going\s+to)\b|['’]ll\b", re.I
)
"""A plan or a schedule in a sentence ('will make the announcement at 11am')."""


def _clock_in_day_part(
    a: TimeRef, b: TimeRef, ta: list[TimeRef], tb: list[TimeRef], text_a: str = "", text_b: str = ""
) -> bool | None:
    """A clock time against a part of a day ('at 4 p.m. local time Saturday' / 'on Saturday
    morning'): when the clock's sentence names that same day, whether the hour falls in the part.
    None when it cannot tell (another day, a named foreign zone, no part of a day, a plan against
    the event: 'will make the announcement at 11am' / 'made it on Tuesday afternoon')."""
    if bool(_PLANNED.search(text_a)) != bool(_PLANNED.search(text_b)):
        return None
    for clock, part, refs in ((a, b, ta), (b, a, tb)):
        if clock.anchor != "clock" or part.anchor != "absolute" or part.level != 1:
            continue
        if clock.tz not in _LOCAL_ZONES or part.end is None:
            continue
        cw, pw = _minute_window(clock), _minute_window(part)
        if cw is None or pw is None:
            continue  # a whole day, not a part of one
        days = [
            t for t in refs if t.anchor == "absolute" and t.level == 1 and t.start is not None and t.end is not None
        ]
        if not any(t.start.date() == part.start.date() for t in days):  # type: ignore[union-attr]
            continue
        return cw[0] < pw[1] and pw[0] < cw[1]
    return None


def _day_range(t: TimeRef) -> bool:
    """A written span of days ('June 3-5', '4-6 June', 'between 7 and 16 September', 'from 7 to 16 September'):
    a date the parser read as more than one day."""
    return t.kind == "date" and t.start is not None and t.end is not None and t.end - t.start > timedelta(days=1)


_CONVERSION = re.compile(r"\((?:[^()]*?\s)?\d{1,2}[:.]?\d{2}\s*(?:GMT|UTC)\b[^()]*\)")
"""A clock time given again in another zone, in brackets: '(1912 GMT on Wednesday)'."""


def _quoted_relative(text: str, t: TimeRef) -> bool:
    """Whether a relative day ('tonight', 'yesterday') is inside a quotation: the speaker's day, which the
    page's publication date does not fix ('"The car was perfect tonight," he said')."""
    if t.kind != "relative":
        return False
    before = text[: t.span[0]]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _converted(text: str, t: TimeRef) -> bool:
    """Whether a reference sits in a bracketed conversion to GMT or UTC, which restates the moment
    the sentence gives (its day there may be the day before or after)."""
    return any(m.start() < t.span[0] and t.span[1] < m.end() for m in _CONVERSION.finditer(text))


_PRICE_TALK = re.compile(rf"\b(?:{_MARKET_WORDS}|market|futures|(?:metal|stock|mercantile)\s+exchange)\b", re.I)
"""A sentence about a price on a market: its figure is the price of one day, and days differ."""
_PRICE_FIGURE = re.compile(r"\d[\d,.]*\s*(?:%|per\s*cent|percent)|[$€£¥₹₦]\s?\d|\b[A-Z]{0,2}\d[\d,.]*\d\b")

_PRICE_MOVE_VERB = re.compile(
    r"\b(?:rose|fell|eased|gained|slipped|climbed|dropped|jumped|rallied|slumped|edged|traded|closed|opened)\b"
    r"[^.;]{0,30}\b(?:trading|higher|lower|up|down|\d)",
    re.I,
)
"""A market price's move ('rose in early trading', 'eased 0.4%'): a day's price, as a figure is."""

_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told\s+(?:reporters|journalists|the\s+\w+)|(?:were|was)\s+told|(?:data|figures|statistics|report)\s+(?:[\w()'’-]+\s+){0,8}?"
    r"(?:released|published|issued)|(?:data|figures|statistics)\s+released"
    r"|(?:results|returns|figures|data|count|tally|polls?)\s+(?:showed|show|indicated)"
    r"|\b(?:according\s+to\s+(?:a|an|the|its|their)|in\s+(?:a|an))\s+(?:[\w-]+\s+){0,2}?(?:statement|release|filing|announcement"
    r"|press\s+conference|briefing|interview)(?:\s+(?:issued|released|published|given|held))?)\s+(?:on\s+)?$",
    re.I,
)
"""A verb of saying before a time, the release of figures ('data from the Malaysian Palm Oil Board (MPOB) released
on Tuesday showed'), or a statement the sentence cites ('according to a statement on Thursday', 'in a statement on Monday'; not 'in the
fall economic statement on Monday', which is itself the event)."""


_EXTENDED = re.compile(r"\b(?:extended|prolonged)\s+(?:\w+\s+){0,2}?(?:until|till|to|through)\b[^.;,]{0,25}$", re.I)


def _extended(text: str, t: TimeRef) -> bool:
    """Whether a time is the new end of something extended ('has been extended until Sunday at
    12:00'): a later end than the one first set, not another date of it."""
    return bool(_EXTENDED.search(text[max(0, t.span[0] - 50) : t.span[0]]))


_CLOSING_ATTRIBUTION = re.compile(
    r",\s+(?:[\w.'’()-]+\s+){1,8}(?:announced|reported|confirmed|stated|added)\s+(?:on\s+|late\s+on\s+)?$", re.I
)


_FIRST_SEEN = re.compile(r"\bfirst\s+(?:detected|spotted|sighted|observed|discovered|seen|identified)\b", re.I)
_CONFIRMED = re.compile(r"\b(?:confirmed|verified)\b", re.I)


def _first_seen_and_confirmed(text: str, t: TimeRef, other: str, u: TimeRef) -> bool:
    """Whether one time dates a first sighting ('first detected the object on Sept. 11') and the other its
    confirmation ('confirmed the discovery on Wednesday')."""
    return bool(_FIRST_SEEN.search(text[max(0, t.span[0] - 60) : t.span[0]])) and bool(
        _CONFIRMED.search(_CLAUSE_END.split(other[: u.span[0]])[-1][-60:])
    )


_AFTER_NEXT = re.compile(r"[\s,]+(?:(?:just|shortly|soon|hours|days|a\s+day|one\s+day)\s+)?after\b", re.I)


_OWN_VERB = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|its\s+|their\s+)?(?:[\w.'’-]+\s+){0,4}?(?:[a-z]+ed|quit|left|lost|won|"
    r"fled|fell|broke|stepped\s+down)\b"
)
"""An 'after' clause with a subject and its own past verb ('after Finance Minister Avraham Dagan resigned')."""


def _dates_main_not_after(text: str, t: TimeRef, other: str, u: TimeRef) -> bool:
    """Whether a time right before 'after' dates its main clause ('was scrambling on Tuesday after the minister
    resigned'), whose act the other sentence's dated act does not share: the other side dates the event
    of the 'after' clause."""
    m = _AFTER_NEXT.match(text, t.span[1])
    v = _OWN_VERB.match(text, m.end()) if m else None
    if m is None or v is None:
        return False  # 'lifted the cup on Sunday night after a 2-1 win': a noun, no event of its own
    subject = {w.lower() for w in re.findall(r"\b[A-Z][\w'’-]+", text[m.end() : v.end()]) if w.lower() not in TITLES}
    if not subject or not subject & {w.lower() for w in re.findall(r"\b[A-Z][\w'’-]+", other)}:
        return False  # the 'after' clause's actor, named, is the other sentence's too ('after Dagan resigned')
    main = _dated_act_words(text, t.span)
    theirs = _dated_act_words(other, u.span)
    after = _content_stems(_EVENT_WORD.findall(text[m.end() :]))
    return bool(main) and bool(theirs & after) and not (main & theirs)


_ANNOUNCING_BEFORE = re.compile(
    r"\b(?:announced|announces|said|says|reported|reports|confirmed|confirms|disclosed|revealed|stated)\s+(?:on\s+)?$",
    re.I,
)
_THAT_CLAUSE = re.compile(r"\s*,?\s*that\s+([^;:]+)", re.I)


def _announced_content(text: str, t: TimeRef) -> set[str] | None:
    """The content stems of what was announced, when a time dates a verb of announcing followed by 'that'
    ('announced on Thursday that its net profit ... fell 38%'); else None."""
    if not _ANNOUNCING_BEFORE.search(text[max(0, t.span[0] - 30) : t.span[0]]):
        return None
    m = _THAT_CLAUSE.match(text, t.span[1])
    if not m:
        return None
    words = _content_stems(_EVENT_WORD.findall(m.group(1)))
    return words if len(words) >= 2 else None


def _two_announcements(text_a: str, a: TimeRef, text_b: str, b: TimeRef) -> bool:
    """Whether two dates each date an announcement and the two say things with no content word in common."""
    ca, cb = _announced_content(text_a, a), _announced_content(text_b, b)
    return ca is not None and cb is not None and not (ca & cb)


def _dates_saying(text: str, t: TimeRef) -> bool:
    """Whether a time reference dates a verb of saying ('..., the government said Wednesday'): when
    something was said, not when what was said happened."""
    if t.level < 1:
        return False
    if _SAID_BEFORE.search(text[max(0, t.span[0] - 90) : t.span[0]]):
        return True
    # '..., the Department for Emergency Situations (DSU) announced on Friday evening.': an attribution that
    # closes the sentence
    return bool(_CLOSING_ATTRIBUTION.search(text[max(0, t.span[0] - 80) : t.span[0]])) and not text[t.span[1] :].strip(
        " ."
    )


_STATE_MOMENT = re.compile(
    r"\b(?:as of|so far|still|remain(?:s|ed)?)\b|\b(?:were|was)\s+(?:still\s+)?(?:without\s+(?:power|electricity|water)"
    r"|waiting|queuing|queueing|stranded"
    r"|trapped|sheltering|stuck|missing|burning|blocked|awaiting|idle|at\s+anchor|in\s+(?:hospital|shelters?))\b",
    re.I,
)
"""Wording of a state that lasts, observed at a moment ('still missing on Sunday', '47 ships were
waiting by Tuesday evening', 'Twenty-eight ships were at anchor off Dakar on Wednesday')."""


_AS_OF = re.compile(r"\b(?:by|as\s+of|as\s+at)\s+(?:late\s+|early\s+|the\s+end\s+of\s+)?$", re.IGNORECASE)


_DEADLINE_TALK = re.compile(
    r"\b(?:will|would|shall|expects?|expected|plans?|planned|due|deadline|scheduled|aims?|must|to\s+be)\b", re.I
)


_CONTINUING = re.compile(r"\b(?:remain(?:s|ed)?|stayed|still|continued\s+to|continues\s+to)\b[^.;,]{0,60}$", re.I)


def _continuing(text: str, t: TimeRef) -> bool:
    """Whether a time dates a state that still holds ('remained closed on Wednesday')."""
    before = text[: t.span[0]]
    if re.search(r"\b(?:until|till)\s+(?:at\s+least\s+)?$", before, re.I):
        return False  # 'will remain closed until Friday': the end of the state, a slot of its own
    return bool(_CONTINUING.search(before) or _CONTINUING_AFTER.match(text, t.span[1]))


_CONTINUING_AFTER = re.compile(r"[^.;]{0,12}\bas\s+[^.;,]{0,40}?\b(?:remain(?:s|ed)?|stayed|still)\b", re.I)
"""'faced long delays on Wednesday as the bridge remained closed': the day of a lasting state."""


_SEQUENCES = [
    ({stem(w) for w in ("seized", "abducted", "kidnapped", "snatched", "taken", "arrested", "detained")},
     {stem(w) for w in ("freed", "released", "rescued", "escaped", "charged", "convicted", "sentenced", "appear",
                        "appearance", "arraigned", "judge", "bail")}),
    ({stem(w) for w in ("won", "drawn", "drawing", "draw")}, {stem(w) for w in ("claimed", "claim", "collected")}),
    ({stem(w) for w in ("departed", "departing", "departure", "left", "leaving", "took", "launched")},
     {stem(w) for w in ("landed", "landing", "arrived", "arriving", "arrival", "returned", "touched", "docked", "sank",
                        "sunk", "capsized", "overturned")}),
    # 'had left Sadarghat in Dhaka at noon' / 'sank around 5pm': the voyage's start, then
    # its end
    # 'the first flight leaving Addis Ababa on 30 November' / 'touched down in Western Australia on Tuesday'
    ({stem(w) for w in ("control", "contained")}, {stem(w) for w in ("extinguished", "out")}),
    ({stem(w) for w in ("broke", "break", "started", "erupted", "ignited", "began", "begun", "sparked")},
     {stem(w) for w in ("control", "contained", "extinguished")}),  # 'broke out before 4am' / 'under control after 7'
    ({stem(w) for w in ("broke", "collapsed", "stalled", "suspended", "adjourned", "halted", "paused", "began",
                        "begun", "started", "launched", "joined", "ended")},
     {stem(w) for w in ("resume", "resumed", "resumes", "reconvene", "reconvened", "restart", "restarted")}),
    # 'talks broke down on Wednesday afternoon' / 'talks are due to resume on Thursday'; 'joined the search
    # on Sunday' / 'resumed the search on Monday'; 'subsidies, which ended in September' / 'resumed in October'
    ({stem(w) for w in ("shut", "closed", "closure", "closures", "grounded", "halted")},
     {stem(w) for w in ("reopened", "reopen", "reopens", "normal", "resumed", "restored")}),
    # 'high winds shut the airport for most of Saturday' / 'the airport returned to normal on Sunday'
    ({stem(w) for w in ("expire", "expires", "expired", "expiry", "lapse", "lapses", "lapsed")},
     {stem(w) for w in ("extended", "extend", "extends", "extension", "renewed", "renew", "renewal", "prolonged")}),
    # 'Visa exemptions ..., which expire in March' / 'The visa waiver ... was extended in October'
    ({stem(w) for w in ("cleared", "approved", "approval", "sanctioned", "authorised", "authorized", "agreed",
                        "signed")},
     {stem(w) for w in ("completed", "completion", "finalised", "finalized")}),
    # 'The deal was cleared by the league on 27 November' / 'The deal was completed on 30 November'
    ({stem(w) for w in ("tabled", "tabling", "introduced", "presented", "unveiled", "submitted")},
     {stem(w) for w in ("vote", "voted", "voting", "debate", "debated", "passed", "passage")}),
    # 'The government tabled the budget on Thursday' / 'Parliament will vote on the budget next month'
    ({stem(w) for w in ("start", "starts", "started", "starting", "begin", "begins", "began", "begun", "commence",
                        "commences", "commenced", "groundbreaking")},
     {stem(w) for w in ("finish", "finishes", "finished", "complete", "completed", "completion", "ready")}),
    # 'Work is due to start next summer' / 'The work is due to finish in 2029': the two ends of one piece of work
    ({stem(w) for w in ("convicted", "guilty", "verdict")},
     {stem(w) for w in ("sentenced", "sentencing", "jailed", "imposed")}),
    # 'was found guilty ... on Thursday' / 'An eight-year jail term was imposed ... today': a verdict, then a sentence
    ({stem(w) for w in ("stranded", "stuck", "trapped", "swept", "hit", "struck", "buried")},
     {stem(w) for w in ("rescued", "freed", "evacuated", "airlifted", "pulled")}),
    # 'A blizzard swept across Hokkaido on Tuesday, leaving 40 cars stuck' / 'the last drivers were rescued early
    # Wednesday': the plight, then the rescue
    ({stem(w) for w in ("joined", "appointed", "hired", "elected", "named")},
     {stem(w) for w in ("left", "resigned", "quit", "retired", "dismissed", "sacked", "ousted")}),
    # 'joined the board in 2019' / 'left the board in 2021': a tenure's start, then its end
    ({stem(w) for w in ("explosion", "blast", "fire", "blaze", "crash", "collapse", "derailment", "leak", "spill")},
     {stem(w) for w in ("investigators", "investigation", "inquiry", "probe")}),
    # 'killed in an explosion at a chemical plant on Thursday morning' / 'investigators began work Friday at the
    # plant': the accident, then the inquiry into it
]  # fmt: skip
"""Acts that follow one another in one story: their dates are two moments, not one event dated twice."""
_SEQUENCES = [(first | {syn(w) for w in first}, then | {syn(w) for w in then}) for first, then in _SEQUENCES]
# the event words read near a date are stems passed through `syn` ('vote' for 'voted'): so are these


def _sequence_acts(acts_a: set[str], acts_b: set[str]) -> bool:
    return any(
        (acts_a & first and acts_b & then and not acts_a & then and not acts_b & first)
        or (acts_a & then and acts_b & first and not acts_a & first and not acts_b & then)
        for first, then in _SEQUENCES
    )


_WITH_EFFECT = re.compile(
    r"\b(?:with\s+(?:immediate\s+)?effect\s+from|,\s+effective(?:\s+(?:from|on|as\s+of))?)\s+$", re.I
)
_EFFECT_TALK = re.compile(
    r"\b(?:effect|effective|kicks?\s+in|kicked\s+in|apply\s+from|applies\s+from|into\s+force|in\s+force)\b", re.I
)


_NEWS_ACTS = frozenset(
    stem(w) for w in "announced published released declared unveiled reported confirmed certified revealed".split()
)
_NEWS_NOUNS = frozenset({"announcement", "statement", "release", "results", "figures", "report", "publication"})


def _event_and_its_news(text_a: str, a: TimeRef, text_b: str, b: TimeRef) -> bool:
    """Whether a day is written as an event's own label ('in Saturday's legislative election') and the other
    sentence's day dates news of something (results 'were announced on Sunday'): two days, the event's and the
    announcement's."""
    if not re.search(r"['’]s?$", a.text):
        return False
    label = text_a[a.span[1] :].split()[:3]
    if not label or any(stem(w) in _NEWS_ACTS or w.lower() in _NEWS_NOUNS for w in label):
        return False  # "Sunday's announcement of the results": the news itself, named by its day
    return bool(_dated_act_words(text_b, b.span) & _NEWS_ACTS) and not re.search(r"['’]s?$", b.text)


def _effect_only(fa: SentenceFacts, a: TimeRef, fb: SentenceFacts) -> bool:
    """Whether a date is only the day a step takes effect ('has resigned with effect from November 30',
    'resigned, effective Nov. 30') and the other sentence dates the step itself ('resigned on
    Monday'), not when anything takes effect."""
    return bool(_WITH_EFFECT.search(fa.text[: a.span[0]])) and not _EFFECT_TALK.search(fb.text)


def _as_of(text: str, t: TimeRef) -> bool:
    """Whether a time is the moment something stood so ('had burnt 12,000 hectares by Saturday
    evening', 'as of Monday'), not a deadline ('to be completed by the end of June')."""
    if _DEADLINE_TALK.search(text):
        return False
    before = text[: t.span[0]]
    return bool(
        _AS_OF.search(before)
        or _READING_BEFORE.search(before)
        or _READING_AFTER.match(text, t.span[1])
        or _RETURNS_OF.search(before[-60:])
    ) or t.modifier in {"by", "as of"}


_RETURNS_OF = re.compile(
    r"\b(?:returns|results|count|tally)\s+(?:(?:released|published|posted|issued)\s+)?(?:on\s+|at\s+|by\s+)?$", re.I
)
"""Before a time: the moment of a count's reading ('in unofficial returns Wednesday morning')."""


_READING_BEFORE = re.compile(
    r"\b(?:stood|stands|rose|risen|climbed|reached|eased|fell|dropped|traded|trading|offered|quoted|was|were)\s+"
    r"(?:(?:at|to)\s+)?(?:about\s+|around\s+|some\s+)?[\d$€£][\d,.]*\b[^.;]{0,50}?\b(?:on|at|in)?\s*$",
    re.I,
)
"""A reading taken at the time that follows: 'the toll stood at 27 on Thursday morning', 'the dollar was
offered at 12.30 bolivianos on Monday night'."""
_READING_AFTER = re.compile(
    r"[\s,]*(?:[\w'’-]+\s+){0,6}?(?:stood|stands|was|were|reached|read)\s+(?:at\s+)?(?:about\s+|around\s+|some\s+)?"
    r"[\d$€£][\d,.]*",
    re.I,
)
"""A reading taken at the time before it: 'At noon the river stood at 8.3 metres'."""


_SUBJECT_TIME = re.compile(r"\s+(?:had\s+|has\s+)?(?:[a-z]+ed|saw|brought|left|was|were|took|hit)\b")


_PREVIOUS_DAY = re.compile(
    r"\bthe\s+(?:previous|preceding)\s+(?:day|morning|afternoon|evening|night)\b|\bthe\s+(?:day|night)\s+before\b", re.I
)
"""A day told only relative to the sentence's other date ('the previous afternoon')."""


_NO_SUBJECT_AUX = (
    r"(?:^|[,;:]\s*)(?:no\s+(?:(?!when\b|that\b|where\b|which\b|after\b|before\b|until\b)[a-z-]+\s+){1,3}?"
    r"|nobody\s+|no\s+one\s+|none\s+)(?:had|has|have|was|were|is|are|will)\b"
)
"""A denial by its subject ('No whales had been refloated', 'nobody was allowed')."""


def _denied_when(text: str, t: TimeRef) -> bool:
    """Whether a time dates what its clause denies ('would not propose new measures this year')."""
    left = _CLAUSE_END.split(text[: t.span[0]])[-1]
    neg = list(re.finditer(r"\b(?:not|never)\b|n['’]t\b|" + _NO_SUBJECT_AUX, left, re.I))
    # 'did not reopen until shortly before noon' tells when it reopened
    return bool(neg) and not re.search(r"\b(?:until|till|before)\b", left[neg[-1].end() :], re.I)


def _subject_after_conjunction(text: str, t: TimeRef) -> bool:
    """Whether a time after 'after' or 'before' is the subject of a verb of its own ('after 2022 killed
    hundreds of animals'): a clause of background, read as a bound ('after 2022') by mistake."""
    return t.modifier in {"after", "before"} and bool(_SUBJECT_TIME.match(text, t.span[1]))


_READING_UNITS = frozenset({"measure:cm", "measure:mm", "measure:deg", "measure:degF"})
"""Units of what is read off a gauge: snow and rain depths, temperatures."""
_DAY_PART = re.compile(r"\b(morning|afternoon|evening|night|midday|noon|overnight)\b", re.I)


def _capacity(text: str, q: Quantity) -> bool:
    """Whether a figure is a capacity ('the 40,000-capacity stadium', 'a capacity of 40,000', '40,000 seats', 'Its
    nameplate capacity is 125,000 barrels a day')."""
    return bool(
        re.match(r"[-\s]capacity\b|-seat(?:er)?\b", text[q.span[1] : q.span[1] + 12], re.I)
        or re.search(
            r"\bcapacity\s+(?:of\s+|is\s+|was\s+|stands\s+at\s+|of\s+up\s+to\s+)?(?:about\s+|some\s+|around\s+|nearly\s+)?$",
            text[max(0, q.span[0] - 35) : q.span[0]],
            re.I,
        )
    )


_GAUGE = re.compile(r"(?:cm|mm|centimet|millimet|degree|°|microgram|µg|ppm|aqi)", re.I)


def _gauge_unit(text: str, q: Quantity) -> bool:
    """Whether a figure is read off a gauge, by its unit as written, whatever it is converted to ('35 centimetres',
    '342 micrograms of PM2.5 per cubic metre')."""
    return bool(_GAUGE.search(q.text) or _GAUGE.search(text[q.span[1] : q.span[1] + 12]))


def _read_at_two_parts_of_day(text_a: str, a: Quantity, text_b: str, b: Quantity) -> bool:
    """Whether two gauge readings (a depth, a level, a temperature) are each told at a part of the day and the
    parts differ ('35 centimetres on Tuesday evening' / '41 centimetres in the morning')."""
    if not (_gauge_unit(text_a, a) and _gauge_unit(text_b, b)):
        return False
    pa = {m.lower() for m in _DAY_PART.findall(text_a)}
    pb = {m.lower() for m in _DAY_PART.findall(text_b)}
    return bool(pa and pb and not pa & pb)


def _two_readings(fa: SentenceFacts, fb: SentenceFacts) -> bool:
    """Whether both sentences give a gauge reading in one unit ('90 cm', '68 centimeters') and no
    value of it agrees: readings, each dated by its own moment."""
    ma = [q for q in fa.quantities if q.dimension in _READING_UNITS or _micrograms(fa.text, q)]
    mb = [q for q in fb.quantities if q.dimension in _READING_UNITS or _micrograms(fb.text, q)]
    common = {q.dimension for q in ma} & {q.dimension for q in mb}
    if not common:
        return False
    sa, sb = _gauge_sites(fa.text), _gauge_sites(fb.text)
    if sa and sb and not sa & sb:
        return True  # 'flowing 74 cm above the danger level at Sylhet point on Wednesday' / 'at Kanaighat on
        # Thursday': two gauges, each read at its own moment
    return not any(_overlap(a, b) for a in ma for b in mb if a.dimension == b.dimension)


_AT_SITE = re.compile(r"\bat\s+(?:the\s+)?([A-Z][\w'’-]+)")


def _gauge_sites(text: str) -> set[str]:
    """First words of the places a sentence reads a gauge at ('at Sylhet point', 'at Kanaighat')."""
    return {strip_accents(m).lower() for m in _AT_SITE.findall(text)} - _MONTHS_AND_DAYS


def _micrograms(text: str, q: Quantity) -> bool:
    """An air-quality reading ('342 micrograms of PM2.5 per cubic metre'), read like a gauge."""
    return bool(re.match(r"\s*(?:micrograms?|µg)\b", text[q.span[1] : q.span[1] + 14], re.I))


_OPPONENT = re.compile(
    r"\b(?:against|versus|vs\.?|away\s+(?:at|to|against)|at\s+home\s+(?:to|against)|host(?:s|ing)?|fac(?:e|es|ing)"
    r"|visit(?:s|ing)?|travel(?:s|ling|ing)?\s+to)\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
)


@lru_cache(maxsize=4096)
def _opponents(text: str) -> frozenset[str]:
    return frozenset(strip_accents(m).lower() for m in _OPPONENT.findall(text))


def _two_opponents(text_a: str, text_b: str) -> bool:
    """Whether each sentence's game is against a side the other sentence does not name ('away at Barça' /
    'at home against Magdeburg'): two games. Forms of one name ('Barça' / 'Barcelona') are one side."""
    oa, ob = _opponents(text_a), _opponents(text_b)
    if not oa or not ob:
        return False
    la, lb = strip_accents(text_a).lower(), strip_accents(text_b).lower()

    def named(o: str, other: set[str], text: str) -> bool:
        first = o.split()[0]
        return first[:4] in text or any(x.split()[0][:4] == first[:4] for x in other)

    return not any(named(o, ob, lb) for o in oa) and not any(named(o, oa, la) for o in ob)


_STARTED_AT = re.compile(r"\b(?:since|from)\s+(?:about\s+|around\s+)?$", re.I)
_ENDED = re.compile(
    r"\b(?:lowered|lifted|ended|cancell?ed|downgraded|called\s+off|withdrawn|stood\s+down|reopened|resumed|restored)\b",
    re.I,
)


def _start_against_end(text: str, t: TimeRef, other: str) -> bool:
    """Whether a time is when a state began ('in force since 5.40am', 'from 5.20am') and the other
    sentence tells the state's end ('was lowered to No 8 at 2.10pm'), which this one does not."""
    return bool(_STARTED_AT.search(text[: t.span[0]])) and bool(_ENDED.search(other)) and not _ENDED.search(text)


_OLD_VALUE_TIME = re.compile(
    r"\bfrom\s+(?:[A-Za-z]{0,4}[$€£₹]?\s?)\d[\d,.]*\s*(?!a\.?m\b|p\.?m\b)(?:%|percent|per\s+cent|[a-z]+)?\s+"
    r"(?:in|on|at|last)\s+$",
    re.I,
)
_NEXT_EVENT = re.compile(
    r"\b(?:next|upcoming)\s+(?:[\w-]+\s+){0,3}?(?:meeting|session|hearing|round|game|match|fixture|race|review|sitting"
    r"|vote|election|summit|talks)\b",
    re.I,
)
_LATER_ANY = re.compile(r"\b(?:next|again|upcoming|will|scheduled|due|set\s+to|is\s+to|are\s+to)\b", re.I)


_BASE_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|than(?:\s+(?:in|on|at))?|relative\s+to|versus|vs\.?)\s+(?:the\s+same\s+\w+\s+(?:of|in)\s+)?$",
    re.I,
)
_PLAN_NOT_KEPT = re.compile(
    r"\b(?:had\s+been|was|were)\s+(?:due|scheduled|supposed|meant|set|planned)\s+to\s+\w+\s+(?:on\s+|at\s+|by\s+|in\s+)?$",
    re.I,
)


def _comparison_base(text: str, t: TimeRef) -> bool:
    """Whether a time is what a figure is compared with ('down a quarter compared with 2019', 'higher than in
    2024'), not when anything in the story happened."""
    return bool(_BASE_BEFORE.search(text[max(0, t.span[0] - 40) : t.span[0]]))


def _plan_not_kept(text: str, t: TimeRef) -> bool:
    """Whether a time is a plan the clause says was not kept ('had been due to end on Friday but ran over the
    weekend')."""
    return bool(_PLAN_NOT_KEPT.search(text[max(0, t.span[0] - 50) : t.span[0]])) and bool(
        re.match(r"[^.;]{0,30}?\bbut\b", text[t.span[1] :])
    )


_OVER_THRESHOLD = re.compile(
    r"^[^.;]{0,40}?\b(?:wait(?:ed|ing|s)?|been\s+waiting|queued|stayed|spent)\s+(?:for\s+)?(?:more\s+than|over|longer\s+than|"
    r"at\s+least|in\s+excess\s+of|beyond)\s+(?:a|an|one|\d+|[a-z]+)\s+(?:years?|months?|weeks?|days?|hours?)\b",
    re.I,
)


def _over_threshold(text: str, q: Quantity) -> bool:
    """Whether a count is of those past a length of time ('3,240 have waited over a year for treatment', '412
    patients spent more than 12 hours in the emergency department'): a part of the whole count."""
    return bool(_OVER_THRESHOLD.search(text[q.span[1] :]))


def _dates_old_value(text: str, t: TimeRef) -> bool:
    """Whether a time dates the old value of a change ('now costs Shs5,950, up from Shs5,700 in October')."""
    return bool(_OLD_VALUE_TIME.search(text[max(0, t.span[0] - 40) : t.span[0]]))


_EFFECT_FROM = re.compile(
    r"\b(?:from|as\s+of|starting(?:\s+on)?|effective(?:\s+from)?|takes?\s+effect(?:\s+on)?|comes?\s+into\s+force"
    r"(?:\s+on)?|applies?\s+from)\s+$",
    re.I,
)
_DECIDED = re.compile(
    r"\b(?:approved|passed|adopted|announced|agreed|signed|decided|voted|endorsed|backed|ratified|enacted|authori[sz]ed|submitted|tendered)\b",
    re.I,
)


def _takes_effect(text: str, t: TimeRef) -> bool:
    """Whether a time is when a measure applies ('from 15 December', 'takes effect on Monday')."""
    return bool(_EFFECT_FROM.search(text[max(0, t.span[0] - 30) : t.span[0]]))


_AT_MEETING = re.compile(
    r"\s+(?:at|in|during)\s+(?:a|an|its|their|the|his|her)\s+(?:[\w-]+\s+)?(?:meeting|session|sitting|vote|hearing)"
    r"(?:\s+(?:on|of|held\s+on))?\s*$",
    re.I,
)
"""'at a meeting on', 'in a board vote on': the occasion a decision was taken at, passed over to reach its verb."""


def _dates_decision(text: str, t: TimeRef) -> bool:
    """Whether a time dates a decision in its clause ('approved on Tuesday', 'on Tuesday approved', 'agreed the
    move at a meeting on 22 September')."""
    left = _AT_MEETING.sub("", _CLAUSE_END.split(text[: t.span[0]])[-1])
    right = _CLAUSE_END.split(text[t.span[1] :])[0]
    return bool(_DECIDED.search(" ".join(left.split()[-4:]))) or bool(_DECIDED.match(right.strip()))


_ORDERED = re.compile(r"\border(?:ed|s)\b", re.I)
_ORDERED_ON = re.compile(r"\border(?:ed|s)\s+(?:on\s+|at\s+)?$", re.I)


def _dates_order(text: str, t: TimeRef) -> bool:
    """Whether a time dates an order, next to its verb ('A court on Thursday ordered the arrest', 'was ordered on
    Monday to pay'), not the act ordered ('ordered closed until 15 June' dates the closure; 'ordered the rerun in
    June' is left to the other rules)."""
    right = _CLAUSE_END.split(text[t.span[1] :])[0]
    return bool(_ORDERED_ON.search(text[max(0, t.span[0] - 14) : t.span[0]])) or bool(_ORDERED.match(right.strip()))


def _page_night(fx: SentenceFacts, x: TimeRef, fy: SentenceFacts, y: TimeRef) -> bool:
    """A bare 'overnight', dated by its own page, against a day the other sentence names, the pages of two days (the
    night meant may be the one before the other page's day as well as the one before its own), or a day whose hours
    fall in the night before the page's."""
    if not (x.kind == "relative" and x.text.lower() == "overnight" and y.kind in ("weekday", "date")):
        return False
    if fx.published is not None and fy.published is not None and fx.published.date() != fy.published.date():
        return True
    # 'overflowed overnight' (a Monday page) / 'in the early hours of Sunday': the night before the page's, which a
    # page written after a night of news may mean as well
    day = timedelta(days=1)
    return (
        x.start is not None
        and x.end is not None
        and y.start is not None
        and y.end is not None
        and y.start < x.end - day
        and x.start - day < y.end
    )


def _same_day(a: TimeRef, b: TimeRef) -> bool:
    """Two references to one calendar day, each of it or of an hour of it."""
    return (
        a.level <= 1
        and b.level <= 1
        and a.start is not None
        and b.start is not None
        and a.anchor == b.anchor
        and a.start.date() == b.start.date()
    )


_LAST_TIME = re.compile(
    r"\blast\s+(?:\w+ed|\w+en|held|set|met|won|paid|cut|raised|seen)\s+(?:in|on|at)?\s*$",
    re.I,
)


def _last_time(text: str, t: TimeRef) -> bool:
    """Whether a time reference dates the last time something happened before ('which was last increased in
    August'), not the time of the sentence's own event."""
    return bool(_LAST_TIME.search(text[max(0, t.span[0] - 40) : t.span[0]]))


_GOES_ON = re.compile(r"\bcontinu(?:e|es|ed|ing)\s+(?:on|at)?\s*$", re.I)


def _goes_on(text: str, t: TimeRef) -> bool:
    """Whether a time reference dates a later sitting of something already begun ('Talks under the national
    conciliator continue on Tuesday'), not its first. ('resumed' is left out: 'Normal service resumed at 1:45pm' is
    often the one event the other side dates, 'returned to normal at 3:45pm'; so is 'continue until Friday', the end
    of the one spell.)"""
    return bool(_GOES_ON.search(text[max(0, t.span[0] - 30) : t.span[0]]))


def _plain(t: TimeRef) -> bool:
    """A month, a quarter or a year of the calendar itself, not counted from the day of writing ('this week',
    'last month'); days and hours are left to the rules of their own ('erupted on Saturday morning' / 'at about 4
    p.m. local time Saturday')."""
    return (
        t.kind != "relative"
        and t.level >= 2
        and t.modifier not in ("until", "since")  # an open span's end or start meets any time on its open side
        and not re.search(r"\b(?:this|last|next|past|coming|earlier|later)\b", t.text, re.I)
    )


_UNLIKELY_BEFORE = re.compile(
    r"\b(?:unlikely\s+to|not\s+(?:expected|likely)\s+to|(?:will|would|could|can)\s+not|cannot)\b|\b(?:won|wouldn|couldn|can)['’]t\b",
    re.I,
)


def _not_before(text: str, t: TimeRef) -> TimeRef:
    """'unlikely to start cutting rates before the second quarter of 2027': not before a time is from that
    time on, the bound turned round."""
    if t.modifier != "before" or t.end is None:
        return t
    if not _UNLIKELY_BEFORE.search(_CLAUSE_END.split(text[: t.span[0]])[-1]):
        return t
    return replace(t, modifier="from", start=t.end, end=datetime(2200, 1, 1, tzinfo=t.end.tzinfo))


_DAYS_AFTER = re.compile(
    r",?\s+(?:[\w'’-]+\s+){0,6}?(?:(?:a|one|the)\s+day|(?P<n>two|three|four|[2-7])\s+days)\s+(?:after|since)\b", re.I
)
"""After a day, the days since another event, a few words on ('resumed on Sunday with extra staff a day after a
float overturned')."""


def _day_after_agrees(text: str, t: TimeRef, other_text: str, other: TimeRef) -> bool:
    """Whether a day is told as some days after another event ('on Tuesday, a day after the vessel ran
    aground'), the other sentence dates that event (its words next to its day are the event's: 'ran aground
    early on Monday') and its day is that earlier day."""
    m = _DAYS_AFTER.match(text, t.span[1])
    if not m or t.level > 1 or other.level > 1 or t.start is None or other.start is None:
        return False
    n = {"two": 2, "three": 3, "four": 4}.get((m.group("n") or "1").lower()) or int(m.group("n") or 1)
    if (t.start - timedelta(days=n)).date() != other.start.date():
        return False
    event = _content_stems(_EVENT_WORD.findall(_CLAUSE_END.split(text[m.end() :])[0]))
    # the other's words next to its day, names passed over ('A float overturned during the Kishiwada Danjiri
    # Festival in Osaka Prefecture on Saturday')
    return bool(event & _event_words(other_text, other.span, 5)) or bool(
        event & _event_words(other_text, other.span, 8, past_names=True)
    )


def compare_dates(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    fa = replace(fa, times=tuple(t for t in fa.times if not _subject_after_conjunction(fa.text, t)))
    fb = replace(fb, times=tuple(t for t in fb.times if not _subject_after_conjunction(fb.text, t)))
    if any(t.modifier == "before" for t in fa.times):
        fa = replace(fa, times=tuple(_not_before(fa.text, t) for t in fa.times))
    if any(t.modifier == "before" for t in fb.times):
        fb = replace(fb, times=tuple(_not_before(fb.text, t) for t in fb.times))
    if (_NEXT_EVENT.search(fa.text) and not _LATER_ANY.search(fb.text)) or (
        _NEXT_EVENT.search(fb.text) and not _LATER_ANY.search(fa.text)
    ):
        return None  # 'The next Monetary Policy Committee meeting is scheduled for February 2027' / 'The decision was
        # taken at a meeting held on November 25': the next one of a kind, which the other sentence does not tell
    ta = [
        t for t in fa.times if t.start is not None and not _converted(fa.text, t) and not _quoted_relative(fa.text, t)
    ]
    tb = [
        t for t in fb.times if t.start is not None and not _converted(fb.text, t) and not _quoted_relative(fb.text, t)
    ]
    if not ta or not tb:
        return None
    if _opposite_acts({w[0] for w in fa.words}, {w[0] for w in fb.words}):
        return _closure_end(fa, fb)  # 'closed on Friday' / 'reopened on Saturday': two acts in sequence, not one
        # dated twice; but 'closed until Wednesday' / 'will reopen on Tuesday' dates one reopening twice
    if (
        _PRICE_TALK.search(fa.text)
        and _PRICE_TALK.search(fb.text)
        and (fa.quantities or fb.quantities)
        and (_PRICE_FIGURE.search(fa.text) or _PRICE_MOVE_VERB.search(fa.text))
        and (_PRICE_FIGURE.search(fb.text) or _PRICE_MOVE_VERB.search(fb.text))
    ):
        return None  # 'the naira traded at 1,518 per dollar on Monday' / 'closed at N1,512 on Friday': two trading days
    if _two_readings(fa, fb):
        return None  # 'The snow was nearly 90 cm deep early Monday' / 'had piled up to 68 centimeters on Sunday
        # evening': a measure read at two moments, not one event dated twice
    if _STATE_MOMENT.search(fa.text) and _STATE_MOMENT.search(fb.text):
        return None  # 'remained missing as of Monday morning' / 'were still missing on Sunday afternoon': a state
        # observed at two moments, not one event dated twice
    if _names_the_rejected(fa, fb, tb) or _names_the_rejected(fb, fa, ta):
        return None  # 'will hold its next local elections in June 2028 rather than March' / 'the decision to hold
        # local elections in March 2028 was unconstitutional': the date set aside, named on both sides
    if bool(_ACCEPTED_ASK.search(fa.text)) != bool(_ACCEPTED_ASK.search(fb.text)):
        return None  # 'submitted his resignation on November 18' / 'on Thursday issued a notification accepting the
        # resignation': the act and its acceptance, each dated
    if _outbreak_against_end(fa.text, fb.text) or _outbreak_against_end(fb.text, fa.text):
        return None  # 'A fire broke out at the refinery at about 7:20 p.m. on Monday' / 'Firefighters put out a fire at
        # the refinery at 1:50 a.m. on Tuesday': the start and the end of one event, each dated
    if (_PREVIOUS_ONE.match(fa.text) and not _PREVIOUS_ANY.search(fb.text)) or (
        _PREVIOUS_ONE.match(fb.text) and not _PREVIOUS_ANY.search(fa.text)
    ):
        return None  # 'The previous one, in June, broke up in Huixtla' / 'In a statement on Monday night, the INM
        # said ...': another event of its kind, which the other sentence does not tell
    if _habitual_months(fa) != _habitual_months(fb):
        return None  # 'The river usually starts to rise again in November' / 'was unlikely to start rising before late
        # December': what happens most years, not this year's date
    if _other_ordinal_labels(fa, fb):
        return None  # 'presents its fourth-quarter results on 17 February' / 'presented its third-quarter results on
        # Tuesday': two events of one series, each dated
    if _two_opponents(fa.text, fb.text):
        return None  # 'next game is away at Barça on December 3' / 'next match is at home against Magdeburg on
        # December 4': two games, each dated
    one_act_object = bool(_verb_objects(fa.text) & _verb_objects(fb.text))
    one_record = bool(set(_SUPERLATIVE.findall(fa.text.lower())) & set(_SUPERLATIVE.findall(fb.text.lower())))
    best: Conflict | None = None
    best_shared = False
    # a reference that agrees with some reference on the other side is settled
    # (by a reference at least as precise: 'earlier this week' does not settle 'on Friday' against
    # 'Saturday')
    settled_a = {i for i, a in enumerate(ta) if any(_time_overlap(a, b) and _settles(b, a) for b in tb)}
    settled_b = {j for j, b in enumerate(tb) if any(_time_overlap(a, b) and _settles(a, b) for a in ta)}
    # 'overnight' / 'overnight' on pages of two days: the same words, no two dates told
    settled_a |= {i for i, a in enumerate(ta) if any(_same_words(a, b) for b in tb)}
    settled_b |= {j for j, b in enumerate(tb) if any(_same_words(a, b) for a in ta)}
    # a span of days told from one date to another settles a day inside it on the other side ('from Friday,
    # Oct. 16, until Monday, Oct. 19' / 'on the weekend of Oct. 17 and 18'), and its two ends with it
    for ts, others, mine, theirs in ((ta, tb, settled_a, settled_b), (tb, ta, settled_b, settled_a)):
        span = _day_span((fa if ts is ta else fb).text, ts)
        if span is None or _day_span((fb if ts is ta else fa).text, others) is not None:
            continue  # two spans ('from Thursday until March 24' / 'from Thursday until March 22') are compared end by end
        inside = {
            j
            for j, o in enumerate(others)
            if o.level == 1 and o.start is not None and o.end is not None and span[0] <= o.start and o.end <= span[1]
        }
        if inside:
            theirs |= inside
            mine |= span[2]
    # of those, the ones met by a reference of their own sort: a label that meets a date ('its 2026 budget' /
    # 'its budget for the 2026-27 fiscal year') agrees on the thing named, not on when anything happened
    lab_a = {i for i, a in enumerate(ta) if _labels_event(fa.text, a)}
    lab_b = {j for j, b in enumerate(tb) if _labels_event(fb.text, b)}
    dated_a = {
        i for i in settled_a if any(_time_overlap(ta[i], b) and (i in lab_a) == (j in lab_b) for j, b in enumerate(tb))
    }
    dated_b = {
        j for j in settled_b if any(_time_overlap(a, tb[j]) and (i in lab_a) == (j in lab_b) for i, a in enumerate(ta))
    }
    # one reference written alike on both sides ('his 2016 Democratic rival' / 'his 2016 election opponent')
    dated_a |= {i for i in settled_a if any(ta[i].text.lower() == b.text.lower() for b in tb)}
    dated_b |= {j for j in settled_b if any(a.text.lower() == tb[j].text.lower() for a in ta)}
    # a reference that overlaps one on the other side is that one, told more or less precisely ('at the end of
    # 2027' / 'in December 2027'): not a second date against the other side's other references
    met_a = {i for i, a in enumerate(ta) if _plain(a) and any(_time_overlap(a, b) for b in tb if _plain(b))}
    met_b = {j for j, b in enumerate(tb) if _plain(b) and any(_time_overlap(a, b) for a in ta if _plain(a))}
    # so is a day told on both sides, each at another hour ('estimated at 3,900 hectares on Wednesday morning' /
    # 'had grown to 5,200 hectares by Wednesday evening, more than double its size on Monday')
    day_a = {i for i, a in enumerate(ta) if a.level <= 1 and any(_same_day(a, b) for b in tb)}
    day_b = {j for j, b in enumerate(tb) if b.level <= 1 and any(_same_day(a, b) for a in ta)}
    ends_a, ends_b = _window_ends(fa), _window_ends(fb)
    zones_apart = _clock_zones_apart(fa, fb) or _near_midnight_in_zones(fa, fb) or _near_midnight_in_zones(fb, fa)
    for i, a in enumerate(ta):
        if i in settled_a:
            continue
        for j, b in enumerate(tb):
            if j in settled_b:
                continue
            if (j in met_b and i not in met_a) or (i in met_a and j not in met_b):
                continue
            if (
                (j in day_b and i not in day_a) or (i in day_a and j not in day_b)
            ) and a.anchor == b.anchor == "absolute":
                continue
            if _goes_on(fa.text, a) != _goes_on(fb.text, b):
                continue  # 'invited both sides to talks on Monday afternoon' / 'Talks ... continue on Tuesday': the
                # first sitting and a later one
            if _dates_order(fa.text, a) != _dates_order(fb.text, b):
                continue  # 'A court on Thursday ordered the arrest of the mayor' / 'was taken into custody on 25
                # November': an order and the act it orders, two events
            if _page_night(fa, a, fb, b) or _page_night(fb, b, fa, a):
                continue  # 'fares rose from 300 to 400 francs overnight' (a Sunday page) / 'went up on Saturday
                # morning' (a Saturday page): which night a later page means is not told
            if _last_time(fa.text, a) != _last_time(fb.text, b):
                continue  # 'will rise by 10% from 1 February' / 'which was last increased in August': the
                # previous time, not this one
            if (_takes_effect(fa.text, a) and _dates_decision(fb.text, b)) or (
                _takes_effect(fb.text, b) and _dates_decision(fa.text, a)
            ):
                continue  # 'will have to cut back on water from 15 December' / 'approved on Tuesday': when a measure
                # applies and when it was decided
            if _comparison_base(fa.text, a) != _comparison_base(fb.text, b):
                continue  # 'Ridership is down more than a quarter compared with 2019' / 'relief money that ran out
                # this summer': the year a figure is measured against, not a date of the story
            if _plan_not_kept(fa.text, a) or _plan_not_kept(fb.text, b):
                continue  # 'talks that had been due to end on Friday but ran over the weekend': a plan that did
                # not hold, not when it happened
            if _dates_old_value(fa.text, a) != _dates_old_value(fb.text, b):
                continue  # 'rose to Shs5,950 this week' / 'now costs Shs5,950, up from Shs5,700 in October': the
                # old value's date against the new one's
            if a.level == b.level == 1 and abs((a.start.date() - b.start.date()).days) == 1 and zones_apart:
                continue  # 'at 10:42 pm local time on Tuesday' / 'at 01:42 GMT on Wednesday': one moment, two zones
            if _nth_day_agrees(fa.text, a, b) or _nth_day_agrees(fb.text, b, a):
                continue  # 'woke up on Wednesday to a second day of stage six blackouts' / 'imposed Stage 6 on
                # Tuesday': the day a state began, counted back
            if a in ends_a and b in ends_b:
                continue  # 'in the 24 hours to Wednesday morning' / 'in the 24 hours to Tuesday morning': two
                # bulletins, each dated by the end of its window
            if _dates_main_not_after(fa.text, a, fb.text, b) or _dates_main_not_after(fb.text, b, fa.text, a):
                continue  # 'The coalition was scrambling on Tuesday after Dagan resigned' / 'Dagan resigned on Monday':
                # the day of what followed, not of the resignation
            if _first_seen_and_confirmed(fa.text, a, fb.text, b) or _first_seen_and_confirmed(fb.text, b, fa.text, a):
                continue  # 'first detected the object on Sept. 11' / 'confirmed the discovery on Wednesday': a first
                # sighting and its confirmation, two steps
            if _two_announcements(fa.text, a, fb.text, b):
                continue  # 'announced on Thursday that its net profit fell 38%' / 'announced on Wednesday that it will
                # cut 1,800 jobs': two announcements of two things, each dated
            if _dates_saying(fa.text, a) or _dates_saying(fb.text, b):
                continue  # 'the government said Wednesday': the day of a statement, not of the event
            if _denied_when(fa.text, a) != _denied_when(fb.text, b):
                continue  # 'would not propose new measures this year' / 'would present measures in the spring':
                # when something will not happen says nothing against when it will
            if a.modifier == b.modifier == "since" and _other_counts(fa, fb):
                continue  # '14 airspace violations since the start of the year' / 'since the summer, at least
                # eight drones have crashed': the starts of two counts of two things
            if _day_after_agrees(fa.text, a, fb.text, b) or _day_after_agrees(fb.text, b, fa.text, a):
                continue  # 'boarded the ferry on Tuesday, a day after the vessel ran aground' / 'ran aground early on
                # Monday': the day after the other side's day, which the sentence itself counts back to
            if _event_and_its_news(fa.text, a, fb.text, b) or _event_and_its_news(fb.text, b, fa.text, a):
                continue  # 'in Saturday's legislative election' / 'Preliminary results ... were announced on Sunday':
                # an event named by its day, and the day news of it was given
            if _effect_only(fa, a, fb) or _effect_only(fb, b, fa):
                continue  # 'has resigned with effect from November 30' / 'resigned on Monday': the day a
                # step takes effect, not the day it was taken
            if a.level == b.level == 4 and _planned(fa.text, a) != _planned(fb.text, b):
                continue  # 'had planned to launch a fifth satellite in 2028' / 'was launched in 2021': a plan's
                # year and a done act's, two events
            if (_done_for_later(fa, a) and _past_of_page(fb, b)) or (_done_for_later(fb, b) and _past_of_page(fa, a)):
                continue  # 'The state has set aside $4.5 million for reef restoration next year' / 'Lawmakers approved
                # $4.5M in the spring session': the year the money is for, and when it was voted
            if _continuing(fa.text, a) or _continuing(fb.text, b):
                continue  # 'Sarsfield Bridge remained closed on Wednesday': a state still holding, not its start
            if (
                _sequence_acts(_event_words(fa.text, a.span, 5), _event_words(fb.text, b.span, 5))
                or _sequence_acts(
                    _event_words(fa.text, a.span, 5, past_names=True), _event_words(fb.text, b.span, 5, past_names=True)
                )
                or _sequence_acts(_dated_act_words(fa.text, a.span), _dated_act_words(fb.text, b.span))
                or _sequence_acts(
                    _dated_act_words(_before_relative(fa.text, a.span), a.span),
                    _dated_act_words(_before_relative(fb.text, b.span), b.span),
                )
            ):
                continue  # 'was seized on Thursday evening' / 'was freed on Sunday night': two steps of one story
                # (small words and names passed over: 'resumed the search for the missing on Monday')
            if (_as_of(fa.text, a) and fa.quantities) or (_as_of(fb.text, b) and fb.quantities):
                continue  # '68 people had been rescued by Sunday morning': the moment of a running count
            if (_as_of(fa.text, a) and _STATE_MOMENT.search(fb.text)) or (
                _as_of(fb.text, b) and _STATE_MOMENT.search(fa.text)
            ):
                continue  # 'was partially contained by Wednesday afternoon' / 'was still burning on Wednesday
                # morning': a state seen at one moment, and how things stood at another
            if _as_of(fa.text, a) and _as_of(fb.text, b):
                continue  # 'had burnt 12,000 hectares by Saturday evening' / 'had grown to 21,000 hectares by
                # Sunday morning': two moments a state was seen at, not one event dated twice
            ov = _time_overlap(a, b)
            if ov is None:
                ov = _clock_in_day_part(a, b, ta, tb, fa.text, fb.text)
            if ov is None or ov:
                continue
            conf = _date_confidence(a, b, ta, tb)
            if conf < 0.5:
                continue
            if _start_against_end(fa.text, a, fb.text) or _start_against_end(fb.text, b, fa.text):
                continue  # 'the No 10 signal had been in force since 5.40am' / 'was lowered to No 8 at 2.10pm':
                # the start and the end of one state
            if _extended(fa.text, a) != _extended(fb.text, b):
                continue  # 'a red warning until Saturday at 18:00' / 'has been extended until Sunday at 12:00'
            if _labels_event(fa.text, a) or _labels_event(fb.text, b):
                continue  # 'Thursday night's meeting', 'the July 2018 indictment': one of several events
            shared = _event_words(fa.text, a.span) & _event_words(fb.text, b.span)
            if not shared and (a.level == b.level == 0 or (a.kind == b.kind == "date" and a.level == b.level == 1)):
                # a time of day or a day of the month dates one act, however many names stand between ('made
                # landfall in Quang Ngai at about 6 a.m.' / '... at around 4 a.m. on Tuesday'; 'will publish November's
                # figure on 11 December' / 'is due to publish November's data on 14 December')
                shared = _event_words(fa.text, a.span, past_names=True) & _event_words(fb.text, b.span, past_names=True)
            shared_act = bool(shared)
            if shared_act and _other_objects(fa.text, a.span, fb.text, b.span, shared):
                continue  # 'beat Barcelona in the semi-finals on Saturday' / 'Barcelona beat Veszprém on
                # Sunday': one verb, two matches
            if (
                not shared_act
                and a.level <= 1
                and b.level <= 1
                and _one_result(fa, fb)
                and _dates_result(fa, a)
                and _dates_result(fb, b)
            ):
                shared_act = True  # 'won the derby against Club Africain 2-1 on Saturday' / 'beat Club Africain 2-1
                # in the capital derby on Sunday': one match, its result told alike
            if not shared_act and a.level == b.level == 4 and _one_tenure(fa.text, fb.text):
                shared_act = True  # the two spans of years were read as one tenure
            if not shared_act and a.level <= 1 and b.level <= 1 and one_act_object:
                shared_act = True  # 'signed a protocol in Doha on Monday' / 'on Sunday signed a protocol in Doha':
                # one act on one object, dated twice
            if not shared_act and not (_single_event(fa.text) and _single_event(fb.text)):
                continue  # in a long sentence the date may belong to another event ('met Sunday' / 'voted Monday')
            if not shared_act and a.modifier == b.modifier == "since" and one_record:
                shared_act = True  # 'the highest number for any September since 2019' / 'the highest total for
                # September since 2020': one record, measured from two years
            year_and_month = _year_and_month_written(a, b)
            if year_and_month and (_range_end(fa.text, a) or _range_end(fb.text, b)):
                continue  # 'between 2018 and 2020' / 'between March 2018 and June 2020': ends of one span, each told
                # to its own precision
            if not shared_act and year_and_month:
                continue  # 'began the investigation in 2023' / 'was arrested in March 2024': a year and a month of two
                # acts
            if not shared_act and a.level == b.level == 4 and not (_year_act(fa.text, a) & _year_act(fb.text, b)):
                continue  # two years with no act in common date two things ('posted a loss last year' / 'was
                # bought in 2021'), as background facts usually are
            if (
                not shared_act
                and (dated_a or dated_b)
                and not _span_ends(fa.text, a, ta)
                and not _span_ends(fb.text, b, tb)
            ):
                continue  # 'signed in March 2025 and due to take effect in July' / 'signed in March last year,
                # made public in January': one event's dates agree, the others date two other events
            if not shared_act and (_PREVIOUS_DAY.search(fa.text) or _PREVIOUS_DAY.search(fb.text)):
                continue  # 'Investigators on Wednesday began examining the tracks where a train derailed the
                # previous afternoon': the sentence tells two days, the date is not the other sentence's event's
            if not shared_act and _reported_apart(fa.text, a, fb.text, b):
                continue  # 'Whitford said strong winds pushed the fire eight kilometres on Monday' / 'Whitfield said crews
                # had been pulled back for safety on Tuesday': one speaker, two reported events
            if not shared_act and _other_actors(fa.text, a.span, fb.text, b.span):
                continue  # 'Trump tweeted Tuesday' / 'On Wednesday, Mr. Fox expressed': two people, two acts
            if _other_antecedent(fa.text, a, fb.text) or _other_antecedent(fb.text, b, fa.text):
                continue
            if not shared_act and (_time_clause_apart(fa.text, a, fb.text) or _time_clause_apart(fb.text, b, fa.text)):
                continue  # 'told the Post after the summary was released Sunday' / 'told the Post on Tuesday'
            expl = f"date: {a.label} vs {b.label}"
            c = Conflict("date", a.text, b.text, a.norm, b.norm, _clip(expl), round(conf, 2), a.span, b.span)
            # the pair of references that date one named act is the one to show ('began at 8am' / 'began at
            # 7am'), before a likelier-looking pair of other acts ('will end ... tomorrow' / 'on Wednesday')
            if best is None or (shared_act, c.confidence) > (best_shared, best.confidence):
                best, best_shared = c, shared_act
    return best


_SUPERLATIVE = re.compile(
    r"\b(?:highest|lowest|largest|biggest|smallest|worst|best|deadliest|strongest|weakest|hottest|coldest"
    r"|wettest|driest|fastest|slowest)\b"
)
"""A record ('the highest since 2019'): two 'since' years with it date the same record."""


_VERB_OBJECT = re.compile(r"\b([a-z]+)\s+(?:(?:a|an|the|its|their|his|her|a\s+new)\s+)?([a-z]{4,})\b")


def _verb_objects(text: str) -> set[tuple[str, str]]:
    """(verb, object) stems of the past-tense verbs followed by their object ('signed a protocol')."""
    out = set()
    for m in _VERB_OBJECT.finditer(text):
        v, o = m.group(1), m.group(2)
        if not (v.endswith("ed") or v in IRREGULAR_PAST) or v in STOPWORDS or o in STOPWORDS:
            continue
        if o.endswith("ed") or o.endswith("ing") or o in IRREGULAR_PAST:
            continue  # 'was expected to', 'had been': no object
        out.add((syn(stem(v)), syn(stem(o))))
    return out


_HABITUAL = re.compile(r"\b(?:usually|normally|typically|traditionally|generally|customarily)\b", re.I)
"""A sentence about what happens most times ('The river usually starts to rise again in November')."""


def _habitual_months(f: SentenceFacts) -> bool:
    """A sentence about what happens most years, dated by a month or a season only ('usually starts to rise again
    in November'; not 'begins on February 16, and factories usually close a week earlier')."""
    if not _HABITUAL.search(f.text) or re.search(r"\b(?:would|will)\s+(?:normally|usually)\b", f.text, re.I):
        return False
    return all(t.level >= 2 for t in f.times if t.start is not None)


_PREVIOUS_ONE = re.compile(
    r"\s*(?:The|An?|Its|Their)\s+(?:previous|earlier|prior|last)\s+"
    r"(?!(?:[a-z]+\s+)?(?:record|passengers?|survivors?|victims?|persons?|people|patients?|players?|runners?|climbers?|workers?"
    r"|miners?|vehicles?|cars?|trains?|boats?|buses)\b)(?:one|\w+)\b(?!\s+(?:of|to)\b)"
)
"""A sentence about the previous one of a kind ('The previous one, in June, broke up'): its dates are
another event's."""
_PREVIOUS_ANY = re.compile(r"\b(?:previous|earlier|prior|last|before)\b", re.I)


def _same_words(a: TimeRef, b: TimeRef) -> bool:
    return a.kind == b.kind == "relative" and a.text.lower() == b.text.lower()


def _other_counts(fa: SentenceFacts, fb: SentenceFacts) -> bool:
    """Whether both sentences count something and no counted noun is shared ('14 airspace violations' /
    'eight drones')."""
    na = {syn(q.noun) for q in fa.quantities if q.noun}
    nb = {syn(q.noun) for q in fb.quantities if q.noun}
    return bool(na and nb and not na & nb)


_SPAN_JOIN = re.compile(r"\s*(?:and|to|through|until|till|-|–)\s*", re.I)


def _span_ends(text: str, t: TimeRef, refs: list[TimeRef]) -> bool:
    """Whether a reference is one end of a span written with another ('from October 2025 through
    March 2026', 'between September and March'): one event's start or end, not another event."""
    for o in refs:
        if o is t:
            continue
        lo, hi = sorted((t.span, o.span))
        if _SPAN_JOIN.fullmatch(text[lo[1] : hi[0]]):
            return True
    return False


def _hours(t: TimeRef) -> float:
    return (t.end - t.start).total_seconds() / 3600 if t.start is not None and t.end is not None else 0.0


def _settles(x: TimeRef, y: TimeRef) -> bool:
    """Whether reference x, agreeing with y, settles it: x is at least as precise, or names a
    calendar month or year ('held in September and October' settles 'opened on September 7'); a
    relative stretch ('earlier this week') does not settle 'Friday' against 'Saturday'."""
    if x.level == y.level == 1 and _hours(x) >= 24 > _hours(y):
        return False  # 'Saturday' does not settle 'Saturday morning' against 'at 4 p.m.'
    if x.level <= y.level:
        return True
    named = re.search(r"\b(?:[A-Z][a-z]+|(?:19|20)\d\d)\b", x.text)  # 'September', '2025', not 'this week'
    return x.kind in ("month", "year") and bool(named) and not re.search(r"\b(?:this|last|next)\b", x.text, re.I)


_CLAUSE_END = re.compile(r"[;:—–()\"“”]|,\s")
_EVENT_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


def _one_result(fa: SentenceFacts, fb: SentenceFacts) -> bool:
    """Whether the two sentences give one result of one match: a single score each, the same, and a
    name both use ('beat Club Africain 2-1')."""
    sa = [q for q in fa.quantities if q.dimension == "score"]
    sb = [q for q in fb.quantities if q.dimension == "score"]
    if len(sa) != 1 or len(sb) != 1 or sa[0].value != sb[0].value:
        return False
    return bool({e.key for e in fa.entities} & {e.key for e in fb.entities})


_SEQUENCE_WORD = re.compile(r"\b(?:after|before|following|since|until)\b|[;:]", re.I)


def _dates_result(f: SentenceFacts, t: TimeRef) -> bool:
    """Whether a date and the sentence's score are told together, with no 'after' or 'before' between
    them ('came to an end on Sunday evening, less than a day after the Owls were beaten 3-0': the date
    is of another event)."""
    score = next(q for q in f.quantities if q.dimension == "score")
    lo, hi = sorted((t.span[1], score.span[0])) if t.span[0] < score.span[0] else (score.span[1], t.span[0])
    return not _SEQUENCE_WORD.search(f.text[lo:hi])


_PERFECT_ACT = re.compile(
    r"\b(?:has|have)\s+(?:already\s+|now\s+|also\s+)?(?:[a-z]+ed|[a-z]+en|set|put|cut|spent|paid|sold|made|won|built"
    r"|sent|bought|kept|lost|held|brought|found|earmarked|set\s+aside)\b",
    re.I,
)
_LATER_WORDS = re.compile(
    r"\b(?:will|would|shall|going\s+to|due|expect(?:s|ed)?|plan(?:s|ned)?|scheduled|set\s+to|aim(?:s|ed)?|hope(?:s|d)?"
    r"|until|delay(?:s|ed)?|postpone(?:s|d)?|moved?|push(?:es|ed)?\s+back)\b",
    re.I,
)


_FOR_BEFORE = re.compile(r"\bfor\s+(?:[a-z-]+\s+){0,3}$")


def _done_for_later(f: SentenceFacts, t: TimeRef) -> bool:
    """Whether a time after the page's date closes a 'for' phrase in a sentence whose act is done already (present
    perfect, no future or delay word): the period the act is for ('has set aside $4.5 million for reef restoration
    next year'), not when it was done ('has offered to regrade the staff from April next year' dates the regrading)."""
    if f.published is None or t.start is None or t.start.date() <= f.published.date():
        return False
    before = f.text[: t.span[0]]
    return bool(_PERFECT_ACT.search(before) and _FOR_BEFORE.search(before)) and not _LATER_WORDS.search(f.text)


def _past_of_page(f: SentenceFacts, t: TimeRef) -> bool:
    """Whether a time ends on or before its page's date."""
    return f.published is not None and t.end is not None and t.end.date() <= f.published.date() + timedelta(days=1)


_PLANNED_BEFORE = re.compile(
    r"\b(?:plan(?:s|ned)?|aim(?:s|ed)?|intend(?:s|ed)?|hope(?:s|d)?|expect(?:s|ed)?|scheduled|due)\s+to\s+"
    r"(?:[\w'’-]+\s+){0,6}?(?:in|by)\s+$",
    re.I,
)


def _planned(text: str, t: TimeRef) -> bool:
    """Whether a time is the year of a plan ('planned to launch a fifth satellite in 2028')."""
    return bool(_PLANNED_BEFORE.search(text[max(0, t.span[0] - 80) : t.span[0]]))


_EARLIER_STEP = re.compile(r"\b(?:after|before|following|since)\b", re.I)


_RELATIVE_AFTER = re.compile(r",?\s+(?:where|which|who|whose)\b", re.I)


def _before_relative(text: str, span: tuple[int, int]) -> str:
    """The sentence up to the first relative clause after a time ('began work Friday at a plant where an explosion
    injured six': the explosion describes the place, it is not the act dated)."""
    m = _RELATIVE_AFTER.search(text, span[1])
    return text[: m.start()] if m else text


def _dated_act_words(text: str, span: tuple[int, int]) -> set[str]:
    """The words of the act a time dates, read up to an 'after' or 'before' that names another step ('returned
    to normal on Sunday after a day of closures': 'returned', 'normal', not 'closures')."""
    m = _EARLIER_STEP.search(text, span[1])
    return _event_words(text[: m.start()] if m else text, span, 5, past_names=True)


def _event_words(text: str, span: tuple[int, int], width: int = 3, past_names: bool = False) -> set[str]:
    """Content-word stems next to a time reference, within its clause: what happened then. `past_names`:
    names and small words are passed over in the count ('made landfall in Quang Ngai at about 6 a.m.')."""
    left = _CLAUSE_END.split(text[: span[0]])[-1]
    right = _CLAUSE_END.split(text[span[1] :])[0]
    lw, rw = _EVENT_WORD.findall(left), _EVENT_WORD.findall(right)
    if past_names:
        lw = [w for w in lw if not w[0].isupper() and w.lower() not in STOPWORDS]
        rw = [w for w in rw if not w[0].isupper() and w.lower() not in STOPWORDS]
    return _content_stems(lw[-width:] + rw[:width])


_LEAD_PREP = re.compile(r"\b(?:since|in|from|until|till|by|during|through|for)\s*$", re.I)


def _year_act(text: str, t: TimeRef) -> set[str]:
    """The act a year-level reference dates: the content words of its clause just before it, read
    across the preposition that introduces it ('has led House Democrats since 2002'), and after it."""
    text = _participle_lowered(text)
    left = _LEAD_PREP.sub("", text[: t.span[0]].rstrip())
    return _event_words(left + " @ " + text[t.span[1] :], (len(left) + 1, len(left) + 2))


def _act_object(text: str, span: tuple[int, int], acts: set[str]) -> set[str] | None:
    """The name right after the dated clause's act ('beat Barcelona' -> {'barcelona'}), or None."""
    left = _CLAUSE_END.split(text[: span[0]])[-1]
    right = _CLAUSE_END.split(text[span[1] :])[0]
    words = re.findall(r"[\w'’-]+", left + " " + right)
    for k, w in enumerate(words):
        if w[0].isupper() or (syn(stem(w.lower())) not in acts and stem(w.lower()) not in acts):
            continue
        j = k + 1
        while j < len(words) and words[j].lower() in {"the", "a", "an"}:
            j += 1
        name = []
        while j < len(words) and words[j][0].isupper():
            name.append(words[j].lower().removesuffix("'s").removesuffix("’s"))
            j += 1
        return set(name) if name else None
    return None


_ORDINAL_LABEL = re.compile(
    rf"\b({'|'.join(ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))[- ]"
    r"(quarter|half|round|leg|stage|phase|reading|ballot|session|semester|heat|instalment|installment|tranche|wave)s?\b",
    re.I,
)
"""An ordinal before the noun of a series: which one of it ('fourth-quarter results', 'the second round')."""


def _ordinal_labels(f: SentenceFacts) -> set[tuple[str, str]]:
    """The series members a sentence names, but not in a time reference that dates its event ('in the
    first half of 2027'); one that labels a thing counts ('its fourth-quarter results')."""
    spans = [t.span for t in f.times if not _labels_event(f.text, t)]
    return {
        (m.group(1).lower(), m.group(2).lower())
        for m in _ORDINAL_LABEL.finditer(f.text)
        if not any(lo <= m.start() < hi for lo, hi in spans)
    }


def _other_ordinal_labels(fa: SentenceFacts, fb: SentenceFacts) -> bool:
    """Whether the two sentences name different members of one series ('fourth-quarter' / 'third-quarter',
    'the first round' / 'the second round') and neither names the other's: two events."""
    la, lb = _ordinal_labels(fa), _ordinal_labels(fb)
    return not (la & lb) and any(n == m and o != p for o, n in la for p, m in lb)


def _other_objects(text_a: str, span_a: tuple[int, int], text_b: str, span_b: tuple[int, int], acts: set[str]) -> bool:
    """Whether the act both dated clauses share has a named object on each side, and not the same one:
    two acts of one kind ('beat Barcelona on Saturday' / 'beat Veszprém on Sunday')."""
    oa, ob = _act_object(text_a, span_a, acts), _act_object(text_b, span_b, acts)
    return oa is not None and ob is not None and not (oa & ob)


def _content_stems(words: list[str]) -> set[str]:
    """Stems of the words that say what happened: names, stopwords and time words passed over."""
    out = set()
    for k, w in enumerate(words):
        low = w.lower().strip("'’")
        if w[0].isupper():
            continue  # names say who, not what happened ('tweeted on Thursday that Defense Secretary ...')
        if low == "place" and k and words[k - 1].lower() in _TAKE:
            out.add("occur")  # 'which took place at 2:30 a.m.' / 'happened at about 3:40 a.m.'
            continue
        if low in STOPWORDS or low in MONTHS or low in WEEKDAYS or len(low) < 3 or low in _TIME_CONTEXT:
            continue
        st = syn(stem(low))
        out.add(_OCCUR.get(st, st))
    return out


_TAKE = {"take", "takes", "took", "taken", "taking"}
_OCCUR = {stem(w): "occur" for w in ("happen", "happened", "happens", "occur", "occurred", "occurs")}
"""Verbs that only say an event took place: one act however it is worded."""


_DATED_CLAUSE_CUT = re.compile(
    r"[;:()\"“”—–]|\b(?:that|who|whom|which|after|before|following|since|until|when|while|because|as|once)\b"
)


def _dated_subject(text: str, span: tuple[int, int]) -> set[str] | None:
    """The person who acted at a time reference, when the clause names one plainly: a run of at
    most three capitalised words (titles aside) opening the clause and followed by a past-tense verb
    ('Trump tweeted Tuesday'; 'On Friday, Mr. Fox said', read after a reference that opens the
    clause; commas do not end a clause here). None when the clause has no such subject: a
    description ('health officials'), an organisation's long name, a pronoun, a future."""
    part = _DATED_CLAUSE_CUT.split(text[: span[0]])[-1]
    if not any(w.lower() not in STOPWORDS for w in re.findall(r"[A-Za-z]+", part)):
        part = _DATED_CLAUSE_CUT.split(text[span[1] :])[0]
    names: list[str] = []
    for tok in re.findall(r"[\w'’.-]+", part):
        w = tok.strip("'’.").lower().removesuffix("'s").removesuffix("’s")
        if not w or w in MONTHS or w in WEEKDAYS:
            continue
        if tok[0].isupper():
            if w not in STOPWORDS and w not in TITLES:
                names.append(w)
            continue
        if names and w not in STOPWORDS - IRREGULAR_PAST and (w.endswith("ed") or w in IRREGULAR_PAST):
            return set(names) if len(names) <= 3 else None
        if names or w not in STOPWORDS:
            return None
    return None


_PRONOUN_SUBJECTS = frozenset("he she it they we i you there this that these those".split())
_REPORTED_OPEN = re.compile(r"\b(?:said|says|told\s+[\w.'’ ]{1,40}?)(?:\s+that)?\s+", re.I)


def _reported_clause(text: str, t: TimeRef) -> set[str] | None:
    """The content stems of the reported clause a time reference closes ('said strong winds pushed the fire about
    eight kilometres on Monday'), when it has two or more and opens with its own subject, not a pronoun; else None."""
    left = text[: t.span[0]]
    opens = list(_REPORTED_OPEN.finditer(left))
    if not opens:
        return None
    body = left[opens[-1].end() :]
    if re.search(r"[;:\"“”]", body) or not body or body.split()[0].lower() in _PRONOUN_SUBJECTS:
        return None  # 'said it would resume its tour on Monday' / 'said he would continue ...': who is not told
    words = _content_stems(_EVENT_WORD.findall(body))
    return words if len(words) >= 2 else None


def _reported_apart(text_a: str, a: TimeRef, text_b: str, b: TimeRef) -> bool:
    """Whether each date closes a reported clause and the two clauses share no content word: what two
    spokespeople said happened on two days, not one event dated twice."""
    ra, rb = _reported_clause(text_a, a), _reported_clause(text_b, b)
    return ra is not None and rb is not None and not (ra & rb)


def _other_actors(text_a: str, span_a: tuple[int, int], text_b: str, span_b: tuple[int, int]) -> bool:
    """Whether two dated clauses each name the person who acted, and not the same person."""
    na, nb = _dated_subject(text_a, span_a), _dated_subject(text_b, span_b)
    return na is not None and nb is not None and not ({stem(w) for w in na} & {stem(w) for w in nb})


_WHICH_CLAUSE = re.compile(r"\bwhich\s+(?:[\w.'’-]+\s+){1,4}(?:on\s+|in\s+|last\s+)?$")
"""A relative clause ending at the time reference: the date describes the noun before 'which'."""


def _other_antecedent(text: str, t: TimeRef, other: str) -> bool:
    """Whether a date in a relative clause ('his decision about Syria, which Mr. Trump announced
    Wednesday') dates a thing the other sentence does not mention: then the two dates belong to two
    events. The thing is the content words just before 'which'."""
    m = _WHICH_CLAUSE.search(text[: t.span[0]])
    if not m:
        return False
    before = text[: m.start()].rstrip(" ,")
    of = _OF_PHRASE_END.search(before)
    # 'the term of the late Senator Festus Obaseki, which ends in June 2027': the term, not the senator
    thing = _content_stems([of.group(1)] if of else _EVENT_WORD.findall(before)[-3:])
    return bool(thing) and not (thing & _content_stems(_EVENT_WORD.findall(other)))


_OF_PHRASE_END = re.compile(
    r"\b([a-z]{3,})\s+of\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w.'’-]+\s+){0,4}[\w.'’-]+$"
)
"""A noun phrase 'X of Y' closing the text: its head X (lower case: not a name's 'Bank of England')."""


_TIME_CLAUSE = re.compile(
    r"\b(?:after|before|when|once|until|following|where)\s+(?P<body>(?:[\w.'’-]+\s+){1,14}?)$", re.I
)
_CLAUSE_VERB = re.compile(r"^(?:was|were|is|are|had|has|have|been)$|^\w{3,}ed$", re.I)


def _time_clause_apart(text: str, t: TimeRef, other: str) -> bool:
    """Whether a time reference ends a subordinate clause of time, or of place ('in Madrid, where he
    arrived on Sunday'), with a verb of its own ('after Barr's summary was released Sunday') whose
    words the other sentence does not use: the date is that clause's event's, not the act both
    sentences report. ('hours after the envoy met Lukashenko on Thursday' against 'the envoy met
    Lukashenko on Wednesday' still dates one meeting.)"""
    left = _CLAUSE_END.split(text[: t.span[0]])[-1]
    m = _TIME_CLAUSE.search(left)
    if not m:
        return False
    words = [w.strip(".,'’") for w in m.group("body").split()]
    if not any(_CLAUSE_VERB.match(w) or w.lower() in IRREGULAR_PAST for w in words):
        return False
    mine = {stem(w.lower().removesuffix("'s").removesuffix("’s")) for w in words if w.lower() not in STOPWORDS}
    theirs = {stem(w.lower().removesuffix("'s").removesuffix("’s")) for w in _EVENT_WORD.findall(other)}
    return not (mine & theirs)


_RECURRENCE = re.compile(r"\b(?:first|second|third|fourth|fifth|another)\s+time\b", re.IGNORECASE)


_LABEL_ADJ = r"(?:regular|annual|usual|traditional|scheduled|planned|original|special|extra|final|normal)"
"""An adjective between a determiner and a date that labels an event ('the regular February exam')."""


def _labels_event(text: str, t: TimeRef) -> bool:
    """Whether a time reference names one of several events rather than dating the sentence's act:
    a date used as a noun's modifier ('Thursday night's meeting', 'the July 2018 indictment'), or a
    sentence that counts the event's occurrences ('the second time in a week')."""
    if _RECURRENCE.search(text):
        return True
    before = text[max(0, t.span[0] - 20) : t.span[0]].lower()
    follows = text[t.span[1] : t.span[1] + 30]
    possessive = bool(re.match(r"(?:\s*(?:morning|afternoon|evening|night))?(?:'s|’s)\b", follows, re.IGNORECASE))
    premodifier = bool(
        re.search(rf"\b(?:the|a|an|this|that|its|his|her|their)\s+(?:{_LABEL_ADJ}\s+)?$", before)
    ) and bool(
        re.match(r",?\s+(?!(?:and|or|to|in|on|at|by|of|for|with|that|when|was|were|is|are)\b)[a-z][\w-]*", follows)
    )  # 'the July 2018 indictment', 'the Saturday, March 28, drawing', 'the regular February exam'
    if premodifier and re.match(
        r"\s+(?:school|academic|fiscal|financial|budget|tax|crop|marketing)\s+years?\b", follows, re.I
    ):
        premodifier = False  # 'the 2026-27 school year' names the period itself
    return possessive or premodifier


def _single_event(text: str, max_words: int = 25) -> bool:
    """A sentence no longer than a typical news sentence (about 25 words), whose time reference dates
    its one main event; longer ones often carry several events."""
    return len(text.split()) <= max_words and not _TWO_CLAUSES.search(text)


_TWO_CLAUSES = re.compile(
    r",\s+(?:while|whereas)\s+[A-Z]|;\s"
    r"|,\s+and\s+(?!(?:was|were|is|are|has|had|have|will|would|could|can)\b)(?:[a-z]+\s+){1,3}?"
    r"(?:can|could|will|would|must|should|may|might)\s+"
)
"""Two main clauses side by side, the second with a named subject of its own ('beat Barcelona on
Saturday, while Magdeburg knocked out Veszprém'; 'closes on September 1, and students can view their scripts
the following week'; not 'at 11:47 p.m., while most residents were
asleep'): two events, whichever one a time reference dates."""


_TIME_CONTEXT = {
    "morning",
    "afternoon",
    "evening",
    "night",
    "late",
    "early",
    "last",
    "next",
    "this",
    "day",
    "week",
    "month",
    "year",
    "today",
    "yesterday",
    "tomorrow",
    "ago",
    "earlier",
    "later",
}


def _date_confidence(a: TimeRef, b: TimeRef, ta: list[TimeRef], tb: list[TimeRef]) -> float:
    if a.anchor == "clock":
        conf = 0.85
        if bool(a.tz) != bool(b.tz):
            conf = 0.6
    elif a.level == 1 and b.level == 1:
        conf = 0.9
        if a.kind != "date" or b.kind != "date":
            conf = 0.85
        if a.anchor == "weekday":
            conf = 0.8
    elif a.level == b.level:
        conf = 0.8
    else:
        conf = 0.7
    if a.modifier or b.modifier:
        conf -= 0.05
    # several candidates on a side make the pairing less certain
    same_a = sum(1 for t in ta if (t.anchor == "clock") == (a.anchor == "clock"))
    same_b = sum(1 for t in tb if (t.anchor == "clock") == (b.anchor == "clock"))
    if same_a > 1 or same_b > 1:
        conf -= 0.1
    return conf


# --------------------------------------------------------------------------------------
# Entities
# --------------------------------------------------------------------------------------


_METONYMS = {
    # a court's or a law's word for the government as a party ('ordered the State to pay' / 'ordered the
    # Government to pay')
    "state": {"government", "crown"},
    "government": {"crown"},
    "brussels": {"eu", "european commission", "commission"},
    "washington": {"us", "white house"},
    "white house": {"us"},
    "moscow": {"russia", "kremlin"},
    "kremlin": {"russia"},
    "beijing": {"china"},
    "london": {"uk", "downing street"},
    "downing street": {"uk"},
    "paris": {"france", "elysee", "elysee palace"},
    "berlin": {"germany"},
    "kyiv": {"ukraine"},
    "tokyo": {"japan"},
    "tehran": {"iran"},
    "pyongyang": {"north korea"},
    "seoul": {"south korea"},
    "ankara": {"turkey"},
    "new delhi": {"india"},
    "delhi": {"india", "new delhi"},
    "minsk": {"belarus"},
    "warsaw": {"poland"},
    "rome": {"italy"},
    "madrid": {"spain"},
    "ottawa": {"canada"},
    "canberra": {"australia"},
    "pentagon": {"us"},
    "whitehall": {"uk"},
    "westminster": {"uk", "parliament"},
    "capitol hill": {"congress", "us"},
}
# a city's exchange and its index ('on the Seoul bourse' / 'on the Kospi')
for _city, _indices in {
    "seoul": {"kospi", "kosdaq", "korea exchange"},
    "tokyo": {"nikkei", "topix"},
    "taipei": {"taiex"},
    "hong kong": {"hang seng"},
    "mumbai": {"sensex", "nifty", "bse", "nse"},
    "frankfurt": {"dax"},
    "sydney": {"asx"},
}.items():
    _METONYMS[_city] = _METONYMS.get(_city, set()) | _indices


_DERIVED_ENDINGS = ("n", "an", "ian", "ns", "ans", "ians", "ese", "i", "is", "ish", "e", "es", "s")


@lru_cache(maxsize=65536)
def _same_token(x: str, y: str) -> bool:
    """One word of a name in two forms: 'F.B.I.'/'FBI', 'Arabia'/'Arabian', 'Moammar'/'Muammar',
    'Dijck'/'Dyck' (Dutch ij written y)."""
    x, y = x.replace(".", "").removesuffix("'s"), y.replace(".", "").removesuffix("'s")
    if x == y or _one_spelling(x, y):
        return True

    short, long_ = sorted((x, y), key=len)
    stem_ = short.rstrip("aeiou") if len(short) > 4 else short
    if len(stem_) >= 4 and long_.startswith(stem_) and long_[len(stem_) :] in _DERIVED_ENDINGS + ("", "a"):
        return True  # demonyms and plurals ('Argentina'/'Argentine', 'Store'/'Stores')
    if min(len(x), len(y)) >= 5 and x[0] == y[0] and fuzz.ratio(x, y) >= 80:
        return True  # transliterations
    kx, ky = _skeleton(x), _skeleton(y)
    return (
        min(len(x), len(y)) >= 5 and x[0] == y[0] and len(kx) >= 3 and kx == ky
    )  # 'Yousef' / 'Yusuf', not 'Kwon' / 'Kwan'


def _one_spelling(x: str, y: str) -> bool:
    """Two spellings of one name word: the Dutch ij written y ('Dijck' / 'Dyck'), or a letter
    doubled in one ('Barre' / 'Bare', 'Mansoori' / 'Mansori'; words of four letters or more)."""
    if x.replace("ij", "y") == y.replace("ij", "y"):
        return True
    if min(len(x), len(y)) >= 4 and _single_letters(x) == _single_letters(y):
        return True
    # one romanisation's spellings: 'N'Yaaqoub' / 'Nyakoub', 'Qassem' / 'Kassem' (apostrophes, ou for u, q for k)
    return min(len(x), len(y)) >= 5 and _romanised(x) == _romanised(y)


def _romanised(word: str) -> str:
    """A romanised name word in one spelling: no apostrophes or hyphens, 'ou'/'oo' as 'u', 'q' and 'c'
    (not in 'ch') as 'k', each run of one letter once. Vowels stay: 'Hassan' / 'Hussein' are two names."""
    w = re.sub(r"['’‘-]", "", strip_accents(word).lower())
    w = re.sub(r"c(?!h)", "k", re.sub(r"ou|oo", "u", w)).replace("q", "k")
    return _single_letters(w)


def _single_letters(word: str) -> str:
    """A word with each run of one letter written once ('Barre' -> 'bare')."""
    return re.sub(r"(.)\1+", r"\1", word.lower())


def _skeleton(word: str) -> str:
    """A word's consonants, doubled ones once: transliterations of one name agree on it ('Yousef' /
    'Yusuf' -> 'ysf', 'Tavakoli' / 'Tavakkoli' -> 'tvkl')."""
    return _single_letters(re.sub(r"[aeiou'’-]", "", strip_accents(word).lower()))


def _syllable(word: str) -> str:
    """A romanised East Asian syllable in one spelling: the vowels written eo, u, oo or ou alike, and
    a voiced first consonant as its voiceless twin ('Seong' / 'Sung', 'Geun' / 'Keun', 'Jin' / 'Chin')."""
    w = re.sub(r"eo|oo|ou|u", "o", word.lower())
    return {"g": "k", "b": "p", "d": "t", "j": "ch"}.get(w[:1], w[:1]) + w[1:] if w else w


def _romanised_same(x: str, y: str) -> bool:
    """Two romanisations of one hyphenated given name ('Sung-ho' / 'Seong-ho', 'Jong-un' / 'Jung-un'):
    as many syllables, one of them written alike, each the same in one spelling."""
    if x == y or "-" not in x or "-" not in y:
        return False
    px, py = x.split("-"), y.split("-")
    return (
        len(px) == len(py)
        and any(p == q for p, q in zip(px, py))
        and all(_syllable(p) == _syllable(q) for p, q in zip(px, py))
    )


def _same_name_tokens(a: EntityMention, b: EntityMention) -> bool:
    """Every word of the shorter name (titles aside) stands, in some form, in the other."""
    # two romanisations of one hyphenated given name ('Sung-ho' / 'Seong-ho') are one word
    a_tokens = [next((u for u in b.tokens if _romanised_same(t, u)), t) for t in a.tokens]
    # hyphenated names count word by word ('Édouard-Herriot Hospital' / 'Edouard Herriot hospital')
    ta = [w for t in a_tokens if t not in TITLES and t.replace(".", "") for w in t.split("-") if w]
    tb = [w for t in b.tokens if t not in TITLES and t.replace(".", "") for w in t.split("-") if w]
    if not ta or not tb:
        return False
    short, long_ = sorted((ta, tb), key=len)
    return all(any(_same_token(x, y) for y in long_) for x in short)


def _in_order(short: str, long_: str) -> bool:
    """Whether the letters of `short` appear in `long_` in order, the first letters alike."""
    if not short or short[0] != long_[:1]:
        return False
    rest = iter(long_)
    return all(ch in rest for ch in short)


_GENERIC_HEADS = frozenset(
    "party alliance front movement union league coalition bloc council committee commission ministry"
    " department agency institute university college school hospital bank fund group company corporation"
    " association federation foundation court airport airlines airline province district county region"
    " state city river street square church".split()
)
"""Last words of names that say what kind of thing is named, not which one."""


_LEGAL_SUFFIXES = frozenset("ltd limited inc plc llc corp co sa ag gmbh nv bv pty".split())


def _spaced_alike(ta: Sequence[str], tb: Sequence[str]) -> bool:
    """Whether the words of one name, run together without legal suffixes, are those of the other's first words
    run together, spaced otherwise ('green belt waste' / 'greenbelt waste solutions')."""
    kept = [t for t in ta if t not in _LEGAL_SUFFIXES]
    ja = "".join(kept)
    if len(ja) < 8:
        return False
    run = ""
    for k, t in enumerate(tb, 1):
        run += t
        if len(run) >= len(ja):
            return run == ja and len(kept) != k  # the same letters in another number of words
    return False


def _clipped_words(ta: Sequence[str], tb: Sequence[str]) -> bool:
    """Two names of as many words, word for word equal but for one or more before the same last word clipped to
    their first four letters or more ('metro council' / 'metropolitan council'; 'intl airport' is not one: three
    letters)."""
    if len(ta) != len(tb) or len(ta) < 2 or ta == tb or ta[-1] != tb[-1]:
        return False  # the head word itself clipped is another name ('Park Sung-ho' / 'Park Sung-hoon')
    return all(x == y or (min(len(x), len(y)) >= 4 and (x.startswith(y) or y.startswith(x))) for x, y in zip(ta, tb))


def _same_entity(a: EntityMention, b: EntityMention) -> bool:
    if a.key == b.key or a.key.replace(".", "") == b.key.replace(".", ""):
        return True
    if _same_name_tokens(a, b):
        return True
    if b.key in _METONYMS.get(a.key, ()) or a.key in _METONYMS.get(b.key, ()):
        return True
    ta = [t for t in a.tokens if t not in TITLES]
    tb = [t for t in b.tokens if t not in TITLES]
    if not ta or not tb:
        return False
    sa, sb = set(ta), set(tb)
    if sa <= sb or sb <= sa:
        return True
    if _acronym_inside(a.tokens, b.tokens) or _acronym_inside(b.tokens, a.tokens):
        return True  # 'European Union Solidarity Fund' / 'EU Solidarity Fund': a part of the name shortened
    if _clipped_words(ta, tb):
        return True  # 'Metro Council' / 'Metropolitan Council': a word of the name clipped
    if _spaced_alike(ta, tb) or _spaced_alike(tb, ta):
        return True  # 'Greenbelt Waste Solutions' / 'Green Belt Waste Ltd': one firm, its name spaced two ways
    if (
        len(ta) == len(tb) == 2
        and ta[-1] == tb[-1]
        and ta[-1] in _VENUE_HEADS
        and ta[0][0] == tb[0][0]
        and fuzz.ratio(ta[0], tb[0]) >= 70
    ):
        return True  # 'Rajadamnern Stadium' / 'Ratchadamnoen Stadium': one venue romanised two ways
    if ta[-1] == tb[-1]:
        # 'Barack Obama' ~ 'Michelle Obama' is left to the roles; but 'Progress Party' and 'Freedom
        # Party' share only a generic head: the words before it tell which party
        if len(ta) == len(tb) == 2 and _given_name_variant(ta[0], tb[0]):
            return False  # 'Mustafa Rahman' / 'Mustari Rahman': one given name spelt two ways
        if ta[-1] not in _GENERIC_HEADS or len(ta) < 2 or len(tb) < 2:
            return True
        return _same_name_tokens(replace(a, tokens=tuple(ta[:-1])), replace(b, tokens=tuple(tb[:-1])))
    if _last_word_derived(ta, tb, ta[-1], tb[-1]):
        return True  # 'Kwangyang Fishing' / 'Kwangyang Fisheries': one name, its last word derived two ways
    if (street := _street_core(a.tokens)) and street == _street_core(b.tokens):
        return True  # 'Rue Belliard' / 'Belliardstraat', 'Place du Luxembourg' / 'Luxemburgplein': one street in two
        # languages
    if _firm_tail_variant(a.tokens, b.tokens):
        return True  # 'Keystone Valley Coach Lines' / 'Keystone Valley Coaches': one firm, its trade word told two ways
    # acronyms: 'European Union' ~ 'EU'
    for x, y in ((a, b), (b, a)):
        if len(x.tokens) == 1 and x.text.replace(".", "").isupper() and len(y.tokens) >= 2:
            initials = "".join(t[0] for t in y.tokens if t not in {"of", "the", "and", "for"})
            acronym = x.tokens[0].replace(".", "")
            if initials == acronym:
                return True
            if "".join(w[0] for w in y.text.lower().split() if w != "the") == acronym:
                return True  # 'DOB' / 'Department of Buildings': the 'of' kept in the initials
            if len(acronym) >= 3 and sorted(initials) == sorted(acronym):
                return True  # 'PRM' / 'Modern Revolutionary Party': the initials in the order of the name's
                # own language (Partido Revolucionario Moderno), as 'OTAN' is NATO's
            if (
                len(acronym) >= 4
                and len(initials) - len(acronym) == 2
                and acronym[-1] == initials[-1]
                and _in_order(acronym, initials)
            ):
                return True  # 'PCEF' / 'Portland Clean Energy Community Benefits Fund': the acronym of the name's
                # short form, its first and last words kept
            if len(acronym) >= 3 and len(initials) - len(acronym) == 1 and _in_order(acronym, initials):
                return True  # 'UNN' / 'University Hospital of North Norway': the initials of the name in its own
                # language (Universitetssykehuset Nord-Norge), one word joined into another
            if len(initials) >= 2 and initials in acronym and len(acronym) - len(initials) <= 2:
                return (
                    True  # 'IRCS' / 'the Red Crescent': the acronym of the full name ('Iranian Red Crescent Society')
                )
    # hyphen/space variants ('Saint-Denis' / 'Saint Denis')
    return "".join(ta).replace("-", "") == "".join(tb).replace("-", "")


_FEATURE_HEADS = frozenset(
    "river lake sea ocean mountains mountain mount forest gulf delta desert peninsula strait glacier canal reservoir".split()
)


def _natural_feature(e: EntityMention) -> bool:
    """Whether a name is a river, a lake, a mountain range or another feature of the land or sea ('the Vistula River',
    'Lake Kariba', 'Mount Kenya'): a town on it or near it is no rival to it. ('Coast', 'Bay', 'Valley', 'Hills' and
    'Island' also end names of towns and regions: 'Gold Coast', 'Byron Bay', 'Beverly Hills'.)"""
    return len(e.tokens) >= 2 and (e.tokens[-1] in _FEATURE_HEADS or e.tokens[0] in {"lake", "mount", "river"})


_STREET_BEFORE = frozenset(
    "rue place avenue av boulevard bd chaussee quai impasse via viale piazza corso calle plaza paseo avenida rua praca"
    " largo ulica aleja plac".split()
)
_STREET_LINKS = frozenset("du de la des del della dello di da do dos das d le les".split())
_STREET_GLUED = re.compile(r"(?:straat|plein|laan|kade|gracht|strasse|straße|platz|gasse|weg|allee|markt|gatan|gata)$")


def _street_core(tokens: Sequence[str]) -> str:
    """The proper part of a street or square's name written in one of several languages, its spelling loosened
    ('rue belliard' and 'belliardstraat' -> 'beliard'; 'place du luxembourg' and 'luxemburgplein' -> 'luxemburg'),
    or '' when the name has no street word."""
    t = list(tokens)
    if len(t) >= 2 and t[0] in _STREET_BEFORE:
        t = [w for w in t[1:] if w not in _STREET_LINKS]
    elif len(t) == 1 and _STREET_GLUED.search(t[0]) and len(_STREET_GLUED.sub("", t[0])) >= 4:
        t = [_STREET_GLUED.sub("", t[0])]
    else:
        return ""
    core = "".join(t).replace("-", "")
    return re.sub(r"(.)\1", r"\1", core.replace("ou", "u").replace("ck", "k"))


def _acronym_inside(long_: Sequence[str], short: Sequence[str]) -> bool:
    """Whether one name is the other with a run of its words written as their initials, the rest alike
    ('european union solidarity fund' / 'eu solidarity fund')."""
    if len(short) < 2 or len(long_) <= len(short):
        return False
    for k, t in enumerate(short):
        n = len(t)
        if not 2 <= n <= 5 or not t.isalpha():
            continue
        for i in range(len(long_) - n + 1):
            run = long_[i : i + n]
            if "".join(w[0] for w in run) == t and [*long_[:i], *long_[i + n :]] == [*short[:k], *short[k + 1 :]]:
                return True
    return False


_FIRM_TAIL_WORDS = frozenset("lines line services service".split())


def _firm_tail_variant(ta: Sequence[str], tb: Sequence[str]) -> bool:
    """Whether two names of at least three words are one once a trailing word of a firm's kind is dropped and the
    last word is read in the singular ('keystone valley coach lines' / 'keystone valley coaches')."""

    def core(t: Sequence[str]) -> tuple[str, ...]:
        t = [w for w in t if w not in _LEGAL_SUFFIXES]
        while t and t[-1] in _FIRM_TAIL_WORDS:
            t = t[:-1]
        return (*t[:-1], re.sub(r"(?:es|s)$", "", t[-1])) if t else ()

    ca, cb = core(ta), core(tb)
    return len(ca) >= 2 and ca == cb and (len(ta) >= 3 or len(tb) >= 3) and list(ta) != list(tb)


_VENUE_HEADS = frozenset(
    "stadium arena hall centre center park bridge station port harbour harbor temple mosque cathedral palace market"
    " mall hotel camp dam mine valley mountain lake island bay beach road highway avenue".split()
)


def _spelling_variant(a: EntityMention, b: EntityMention) -> bool:
    """Near-identical spellings of one name ('Kowalski' / 'Kowalczyk')."""
    ta, tb = list(a.tokens), list(b.tokens)
    if not ta or not tb:
        return False
    la, lb = ta[-1].replace("'s", ""), tb[-1].replace("'s", "")
    if la == lb and la in _GENERIC_HEADS | _VENUE_HEADS:
        return False  # 'Rajadamnern Stadium' / 'Ratchadamnoen Stadium': a place's name romanised two ways
    if la == lb and len(ta) == len(tb) == 2:
        return _given_name_variant(ta[0], tb[0])
    if la == lb or len(la) < 4 or len(lb) < 4 or _one_spelling(la, lb):
        return False  # 'Van Dijck' / 'van Dyck', 'Barre' / 'Bare': one name
    if len(ta) >= 2 and len(tb) >= 2 and (la.startswith(lb) or lb.startswith(la)) and abs(len(la) - len(lb)) >= 3:
        return False  # 'Vanuatu Meteorology' / 'Vanuatu Meteo': a short form, not another spelling
    if _last_word_derived(ta, tb, la, lb):
        return False  # 'Kwangyang Deep Sea Fishing' / 'Kwangyang Deep-Sea Fisheries': one name, its last word derived
        # two ways
    if la[0] != lb[0]:
        return False
    if a.text.isupper() or b.text.isupper():
        return False
    sim = float(fuzz.ratio(la, lb))
    if len(ta) >= 2 and len(tb) >= 2:
        # same first name(s), near-identical surname: 'Mark Owens' / 'Mark Owen'
        if ta[:-1] != tb[:-1] and fuzz.ratio(" ".join(ta[:-1]), " ".join(tb[:-1])) < 90:
            return False
        return sim >= 60
    # 'Democrat' / 'Democratic', 'Iran' / 'Iranian': a derived word, not a misspelling
    if la.startswith(lb) or lb.startswith(la):
        return False
    if a.title and b.title and a.title == b.title:
        return sim >= 65
    return sim >= 75 and max(len(la), len(lb)) >= 6


_DERIVING = ("y", "ery", "eri", "ies", "ing", "al", "ic", "ics", "s")


def _last_word_derived(ta: list[str], tb: list[str], la: str, lb: str) -> bool:
    """Two names of two words or more, the words before the last one the same (hyphens aside), the last ones
    `la` and `lb` one word derived two ways ('Kwangyang Deep Sea Fishing' / 'Kwangyang Deep-Sea Fisheries')."""
    return (
        len(ta) >= 2
        and len(tb) >= 2
        and "".join(ta[:-1]).replace("-", "") == "".join(tb[:-1]).replace("-", "")
        and _derived(stem(la), stem(lb))
    )


def _derived(x: str, y: str) -> bool:
    """Two stems of one word ('fish' / 'fishery', 'industry' / 'industrial'): one is the other with a suffix that
    derives a noun or an adjective of it; surnames that merely begin alike ('Kowalski' / 'Kowalczyk') are not."""
    short, long = sorted((x, y), key=len)
    return len(short) >= 4 and short != long and long.startswith(short) and long[len(short) :] in _DERIVING


def _given_name_variant(x: str, y: str) -> bool:
    """Two given names before one surname, alike but not one name's spellings ('Mustafa Rahman' /
    'Mustari Rahman', 'Anneke' / 'Annelies'): a short form ('Alex' / 'Alexander'), a transliteration
    ('Mohammed' / 'Muhammad': one consonant skeleton) or a doubled letter is one name, and spellings
    closer still ('Marisol' / 'Marysol') are one name's too (`_same_token`, asked first)."""
    if x == y or min(len(x), len(y)) < 5 or x[0] != y[0] or x.startswith(y) or y.startswith(x):
        return False  # 'Rudy' / 'Rudi': short given names are spelt many ways
    if _one_spelling(x, y) or _skeleton(x) == _skeleton(y) or _romanised_same(x, y):
        return False
    return fuzz.ratio(x, y) >= 70


_MANY_HOLDERS = frozenset(
    "senator sen representative rep justice judge congressman congresswoman mp mep councillor councilman"
    " councilwoman assemblyman assemblywoman alderman alderwoman dr professor prof officer agent detective"
    " spokesman spokeswoman spokesperson".split()
)
"""Titles many people hold at once: 'Sen. X said' / 'Sen. Y said' may both be true."""

_ROLE_TYPES = {
    "company",
    "firm",
    "operator",
    "contractor",
    "airline",
    "carrier",
    "manufacturer",
    "maker",
    "supplier",
    "insurer",
    "lender",
    "subsidiary",
    "town",
    "village",
    "city",
    "district",
    "province",
    "region",
    "county",
    "department",
    "municipality",
}


def _lone_in_prep(e: EntityMention, pool: list[EntityMention]) -> bool:
    """The only unmatched name of its sentence after this preposition."""
    prep = e.slot.partition("|")[0]
    return sum(1 for x in pool if x.slot.partition("|")[0] == prep) == 1


def _name_like(e: EntityMention) -> bool:
    return bool(e.title) or len(e.tokens) >= 2


def _verb_head(slot_text: str) -> bool:
    """Whether the word a place's preposition hangs on is a verb ('driven into', 'taken to', 'flew
    to'), not a noun ('a trip to Afghanistan', 'an address to Congress'), which names another relation."""
    words = slot_text.split()
    if len(words) < 2:
        return True  # no head word found before the preposition: nothing says it is a noun
    w = words[0].lower()
    return w.endswith(("ed", "en")) or w in IRREGULAR or w in IRREGULAR_PAST or w in EVENT_PAST_FORMS


_REGIONS = {
    ("europe",), ("asia",), ("africa",), ("oceania",), ("antarctica",), ("america",), ("americas",),
    ("north", "america"), ("south", "america"), ("latin", "america"), ("central", "america"),
    ("middle", "east"), ("balkans",), ("scandinavia",), ("caribbean",), ("world",),
    ("southeast", "asia"), ("south", "asia"), ("east", "asia"), ("central", "asia"), ("west", "africa"),
    ("east", "africa"), ("southern", "africa"), ("north", "africa"), ("eastern", "europe"), ("western", "europe"),
    ("central", "europe"), ("southern", "europe"), ("northern", "europe"), ("gulf",), ("sahel",), ("pacific",),
}  # fmt: skip
"""Continents and world regions: wider than any country or city they are named with."""

_COUNTRY_PART = re.compile(
    r"\b(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central|northern|southern)\s+$", re.I
)


def _wider_scope(text: str, e: EntityMention) -> bool:
    """A continent or world region, or a place written as a part of it ('southeastern France', 'north-western
    Stockholm'): a scope that may hold the other side's town or district."""
    if tuple(t for t in e.tokens if t != "the") in _REGIONS:
        return True
    return e.slot.startswith("prep:") and (
        bool(_COUNTRY_PART.search(text[: e.span[0]])) or bool(_POSSESSOR.match(text, e.span[1]))
    )


_POSSESSOR = re.compile(
    r"['’]s\s+(?:[a-z][\w-]*\s+){0,3}?(?:area|region|cities|city|capital|towns?|ports?|coast|heartland|"
    r"provinces?|states?|districts?|suburbs?|outskirts|hospitals|regions|areas)\b"
)
"""A place written as a possessor of a part of it ('in Bolivia's largest metropolitan area')."""


_DIVISION_WORDS = frozenset(
    "prefecture province state county region oblast governorate district department canton territory"
    " voivodeship municipality".split()
)
_DIVISION_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(_DIVISION_WORDS))})\b")


def _admin_division(text: str, e: EntityMention) -> bool:
    """A place named as a division of a country ('Fukuoka Prefecture', 'in Sindh province', 'Co Clare'): a region
    that may hold the town the other sentence names, not a rival to it."""
    if e.tokens and e.tokens[0] == "islamic":
        return False  # 'Islamic State' is a group
    return (len(e.tokens) >= 2 and (e.tokens[-1] in _DIVISION_WORDS or e.tokens[0] in _DIVISION_BEFORE)) or bool(
        _DIVISION_AFTER.match(text, e.span[1])
    )


_SITE_WORDS = frozenset(
    "station plant refinery terminal airport airbase stadium arena hospital prison reactor depot smelter"
    " oilfield gasfield park".split()
)
"""Nouns that make a name a site's when they close it ('Kilroot Power Station')."""
_SITE_AFTER = re.compile(
    r"\s+(?:(?:power|pumping|gas|oil|nuclear|coal|steel|water|treatment)\s+)?"
    rf"(?:{'|'.join(sorted(_SITE_WORDS | {'mine', 'works'}))})s?\b",
    re.I,
)
"""The same nouns, and 'mine' and 'works', after a name ('the Orot Rabin power station')."""


_ANY_SITE = re.compile(
    r"\b(?:stations?|plants?|refiner(?:y|ies)|terminals?|airports?|air\s*bases?|stadi(?:um|ums|a)|arenas?|gymnasium|"
    r"halls?|centres?|centers?|hospitals?|clinics?|prisons?|jails?|mines?|dams?|reactors?|depots?|smelters?|works|"
    r"(?:oil|gas)?fields?|bases?|ports?|harbou?rs?|venues?|grounds?|parks?|facilit(?:y|ies)|factor(?:y|ies)|sites?)\b",
    re.I,
)


_SMALL_WORDS = frozenset("of the and for de du des la le les et di del della da do dos van von für der".split())


def _spelled_acronym(text: str, x: EntityMention, y: EntityMention) -> bool:
    """Whether y's acronym (before any hyphen: 'FSU' of 'FSU-SNUipp') is the initials of the words x opens in its
    sentence, up to the next punctuation ('Fédération syndicale unitaire')."""
    head = re.split(r"[-–]", y.text)[0]
    if not (2 <= len(head) <= 8 and head.isupper() and head.isalpha()):
        return False
    phrase = re.split(r"[,;:()\[\]\"“”]", text[x.span[0] :])[0]
    words = [w for w in re.findall(r"[^\W\d_]+", phrase) if w.lower() not in _SMALL_WORDS]
    initials = "".join(w[0] for w in words[: len(head)]).lower()
    return len(words) >= len(head) and initials == head.lower()


def _site_apart(text_a: str, a: EntityMention, text_b: str, b: EntityMention) -> bool:
    """A site's name on one side ('two units at the Orot Rabin power station') against a place on the other
    whose sentence names no site at all ('two generating units at Hadera'): the town and a site that may be in
    it, not two rival places."""
    sa, sb = _named_site(text_a, a), _named_site(text_b, b)
    return (sa and not sb and (not _names_a_site(text_b) or _located_site(text_b, b))) or (
        sb and not sa and (not _names_a_site(text_a) or _located_site(text_a, a))
    )


_SITE_CLOSERS = frozenset({"centre", "center", "spaceport", "cosmodrome", "base", "port", "harbour", "harbor"})
"""Words that close a site's name besides _SITE_WORDS ('Guiana Space Centre', 'Baikonur Cosmodrome')."""


def _named_after(site: EntityMention, place: EntityMention) -> bool:
    """Whether a site's name ('Guiana Space Centre') holds the last word of the other side's place ('French
    Guiana'): a site named after the place it lies in, not a rival to it."""
    if len(site.tokens) < 2 or site.tokens[-1] not in _SITE_WORDS | _SITE_CLOSERS:
        return False
    head = place.tokens[-1] if place.tokens else ""
    # the place's own last word, not a building's name word ('Cockermouth Leisure Centre' / 'Cockermouth School')
    return len(head) >= 4 and head in site.tokens[:-1] and not set(place.tokens) & (_SITE_WORDS | _SITE_CLOSERS)


_IN_HOSPITAL = re.compile(r"\b(?:in|to|from|out\s+of)\s+hospital\b", re.I)


def _names_a_site(text: str) -> bool:
    """Whether a sentence speaks of a site ('at the plant', 'the stadium'); 'left 11 people in hospital' does not."""
    return bool(_ANY_SITE.search(_IN_HOSPITAL.sub(" ", text)))


def _named_site(text: str, e: EntityMention) -> bool:
    """A name given as a site's ('the Orot Rabin power station', 'Kilroot Power Station'): a place within a town or
    region, not a rival to the town the other sentence names. A place before the site noun after 'a' ('a Moranbah
    coal mine') says where a site is, not which it is (`_located_site`)."""
    if _located_site(text, e):
        return False
    return bool(e.tokens and e.tokens[-1] in _SITE_WORDS) or bool(_SITE_AFTER.match(text, e.span[1]))


_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.I)
_COMMON_AFTER = re.compile(r"[\s-]+([a-z]{3,})\b")


def _kind_named(text: str, e: EntityMention) -> bool:
    """A one-word name after 'a' or 'an' that describes the common noun after it ('a Camorra clan', 'a Labour
    councillor'): which kind of thing, not which one ('a Rafael Neves penalty' names who took it)."""
    nxt = _COMMON_AFTER.match(text, e.span[1])
    return (
        len(e.tokens) == 1
        and bool(_INDEFINITE_BEFORE.search(text[max(0, e.span[0] - 4) : e.span[0]]))
        and nxt is not None
        and nxt.group(1) not in STOPWORDS
        and not nxt.group(1).endswith("ed")
    )


def _located_site(text: str, e: EntityMention) -> bool:
    """A place written before a site noun after 'a' or 'an' ('at a Bowen Basin coal mine'): the site is described by
    where it lies, which a site's own name on the other side ('the Carrington North mine') does not contradict."""
    return bool(_INDEFINITE_BEFORE.search(text[max(0, e.span[0] - 4) : e.span[0]])) and bool(
        _SITE_AFTER.match(text, e.span[1])
    )


_DIVISION_BEFORE = frozenset({"co", "county"})
"""A division word written before its name ('Co Clare', 'County Durham')."""


def _owning_country(text: str, e: EntityMention, others: list[EntityMention]) -> bool:
    """A country written as the owner of what follows ("Poland's state development fund") while the
    other sentence names a body by the country's adjective ('the Polish Development Fund')."""
    if not (len(e.tokens) == 1 and e.tokens[0] in COUNTRIES and re.match(r"['’]s\b", text[e.span[1] :])):
        return False
    country = e.tokens[0]
    return any(len(o.tokens) >= 2 and o.tokens[0][:3] == country[:3] and o.tokens[0] != country for o in others)


def _years(f: SentenceFacts) -> set[int]:
    """The calendar years a sentence's dates fall in (not deadlines or other open bounds; the start of a 'since')."""
    out: set[int] = set()
    for t in f.times:
        if t.anchor != "absolute" or t.start is None or t.end is None:
            continue
        if t.modifier == "since":
            out.add(t.start.year)  # 'since June 2019, when a train left the tracks': the year of that event
        elif not t.modifier and (last := (t.end - timedelta(seconds=1)).year) - t.start.year <= 3:
            out.update(range(t.start.year, last + 1))
    return out


def _event_place_apart(fa: SentenceFacts, a: EntityMention, fb: SentenceFacts, b: EntityMention) -> bool:
    """Whether two places where something happened ('left the tracks at JFK/UMass' / 'at Kenmore') are told
    in sentences dated to different years: two events, each with its place. A seat ('Omaha-based'), an
    employer ('an economist at BCR') or a name is no event's, and holds across years."""
    for e in (a, b):
        head = e.slot_text.split()[0].lower() if e.slot_text.split() else ""
        if (
            not e.slot.startswith("prep:")
            or head in TITLES
            or head in _AFFILIATION_HEADS
            or head.endswith(("ist", "yst"))
        ):
            return False
    ya, yb = _years(fa), _years(fb)
    return bool(ya and yb and not ya & yb)


_AFFILIATION_HEADS = frozenset(
    {"director", "manager", "officer", "head", "chief", "researcher", "professor", "lecturer", "adviser", "advisor",
     "spokesman", "spokeswoman", "spokesperson", "fellow", "partner", "worker", "employee", "student", "member"}
)  # fmt: skip


_EXAMPLE_BEFORE = re.compile(r"\b(?:including|such\s+as|among\s+them)\b[^.;:()]{0,45}$", re.I)
"""Before a name: the list it opens names examples, not the whole ('including crews from New Brunswick')."""


_PLACE_OF_COUNTRY = re.compile(
    r"['’]s?\s+(?:(?:largest|biggest|second|second-largest|main|commercial|financial|ancient|former|northern|southern"
    r"|eastern|western|central)\s+)?(?:capital|city|port|region|province|state|island|coast|highway|road|motorway"
    r"|railway|airport|border|river|lake)\b"
)
"""A name as the owner of a place it holds ("Romania's capital", "Brazil's largest city")."""


def compare_entities(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    ea = list(fa.entities)
    eb = list(fb.entities)
    if not ea or not eb:
        # 'a 52-year-old British man' / 'a 52-year-old Dutch national': a nationality needs no name
        return _anchored(_nationality_swap(fa.text, fb.text)) or _role_nationality_swap(fa.text, fb.text)
    # drop mentions that the other sentence names too (any form)
    lower_b = fb.text.lower()
    lower_a = fa.text.lower()
    ua = [a for a in ea if not any(_same_entity(a, b) for b in eb)]
    ub = [b for b in eb if not any(_same_entity(a, b) for a in ea)]
    # a capitalised word that the other sentence uses in lower case is a common word
    ua = [a for a in ua if not (len(a.tokens) == 1 and f" {a.tokens[0]} " in f" {lower_b} ")]
    ub = [b for b in ub if not (len(b.tokens) == 1 and f" {b.tokens[0]} " in f" {lower_a} ")]
    # a continent, or a part of a country ('in southeastern France'), is a scope that holds the other
    # sentence's place ('the largest seizure in Belgium' / 'in Europe'; 'in the Drôme' / 'in France')
    ua = [a for a in ua if not _wider_scope(fa.text, a)]
    ub = [b for b in ub if not _wider_scope(fb.text, b)]
    # "mayor of Romania's capital" / 'mayor of Bucharest': a place described by the country it is in
    ua = [a for a in ua if not _PLACE_OF_COUNTRY.match(fa.text, a.span[1])]
    ub = [b for b in ub if not _PLACE_OF_COUNTRY.match(fb.text, b.span[1])]
    # 'crews from other provinces, including New Brunswick': an example of a set the sentence does not list whole
    ua = [a for a in ua if not _EXAMPLE_BEFORE.search(fa.text[max(0, a.span[0] - 50) : a.span[0]])]
    ub = [b for b in ub if not _EXAMPLE_BEFORE.search(fb.text[max(0, b.span[0] - 50) : b.span[0]])]
    # 'Poland's development fund' / 'the Polish Development Fund': the country's own body, named twice
    ua = [a for a in ua if not _owning_country(fa.text, a, ub)]
    ub = [b for b in ub if not _owning_country(fb.text, b, ua)]
    best: Conflict | None = (
        _list_swap(fa.text, ea, fb.text, eb)
        or _agent_swap(ea, eb)
        or _quote_speakers(fa, fb, ua, ub)
        or _anchored(_nationality_swap(fa.text, fb.text))
        or _role_nationality_swap(fa.text, fb.text)
        or _flag_swap(fa.text, fb.text)
        or _affiliation_swap(fa.text, fb.text)
        or _party_swap(fa.text, fb.text)
    )
    if not ua or not ub:
        return best
    if best is None:
        best = _one_kind_two_names(ua, ub)
    for a in ua:
        for b in ub:
            c = _entity_pair(a, b, ua, ub)
            if c is not None and _nickname(fa.text, a) != _nickname(fb.text, b):
                continue  # 'Montana State beat Montana' / 'beat the Grizzlies': a team's name and its nickname
            if c is not None and _admin_division(fa.text, a) != _admin_division(fb.text, b):
                continue  # 'its factories in Fukuoka Prefecture' / 'its plant in Kitakyushu': a region, a town in it
            if c is not None and (_spelled_acronym(fa.text, a, b) or _spelled_acronym(fb.text, b, a)):
                continue  # 'the Fédération syndicale unitaire' / 'the FSU-SNUipp': a name in its own language, whose
                # lower-case words the name reader leaves out, and its acronym
            if c is not None and _kind_named(fa.text, a) != _kind_named(fb.text, b):
                continue  # 'an operation against a Camorra clan' / 'against the Vitale clan': a kind, which the
                # other side's one of that kind does not contradict
            if c is not None and _natural_feature(a) != _natural_feature(b):
                continue  # 'near the Vistula River' / 'near Płock': a river and a town on it
            if c is not None and (_named_after(a, b) or _named_after(b, a)):
                continue  # 'lifted off from French Guiana' / 'from the Guiana Space Centre in Kourou': a site that
                # bears the other side's place in its name, and lies in it
            if c is not None and _site_apart(fa.text, a, fb.text, b):
                continue  # 'two generating units at Hadera' / 'two units at the Orot Rabin power station': a
                # town, a site that may be in it
            if c is not None and _two_role_owners(fa.text, a, ea, fb.text, b, eb):
                continue  # 'Płock goalkeeper Mirko Alić' / 'Veszprém goalkeeper Rodrigo Carrasco': each side's own
            if c is not None and _event_place_apart(fa, a, fb, b):
                continue  # 'since June 2019, when a train left the tracks at JFK/UMass' / 'after Green Line cars left
                # the tracks at Kenmore in March': two events of two years, each with its place
            if c is not None and (_later_step(fa.text, a) or _later_step(fb.text, b)):
                continue  # 'taken to Prince Hashem hospital in Aqaba' / 'four of them were later flown to
                # Amman': a later step of the story, not the same one told twice
            if c is not None and a.slot == b.slot == "based":
                oa, ob = _owner(fa.text, a, ea), _owner(fb.text, b, eb)
                if (
                    oa is not None
                    and ob is not None
                    and fa.text[oa.span[1] :].startswith(",")
                    and fb.text[ob.span[1] :].startswith(",")
                    and not _same_entity(oa, ob)
                ):
                    continue  # 'Norrvik, a Sweden-based maker' / 'Saimaa, the Lappeenranta-based maker': two seats of two firms
            if c is not None and (best is None or c.confidence > best.confidence):
                best = c
            if c is not None and a.slot == b.slot == "based":
                oa, ob = _owner(fa.text, a, ea), _owner(fb.text, b, eb)
                if oa is not None and ob is not None and _same_entity(oa, ob):
                    expl = f"entity: {oa.text} based in {a.text} vs {b.text}"
                    return replace(c, anchored=True, explanation=_clip(expl))
                da, db = _definite_owner(fa.text, a), _definite_owner(fb.text, b)
                if oa is None and ob is None and da and da == db:
                    expl = f"entity: the {da} based in {a.text} vs {b.text}"
                    return replace(c, anchored=True, explanation=_clip(expl))
    return best


_ROLE_BETWEEN = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+){1,2}")


def _role_owner(text: str, e: EntityMention, pool: Sequence[EntityMention]) -> EntityMention | None:
    """The name a person's role is qualified by, right before it ('Płock goalkeeper Mirko Alić',
    'Barcelona's coach Juan Pérez'), else None."""
    for x in pool:
        gap = text[x.span[1] : e.span[0]]
        if x.span[1] <= e.span[0] and _ROLE_BETWEEN.fullmatch(gap):
            role = gap.split()[-1]
            if role not in STOPWORDS and not role.endswith(("ed", "ing")):
                return x  # a role noun, not a verb and its preposition ('LePage took to Twitter')
    return None


def _two_role_owners(
    text_a: str,
    a: EntityMention,
    ea: Sequence[EntityMention],
    text_b: str,
    b: EntityMention,
    eb: Sequence[EntityMention],
) -> bool:
    """Whether two people hold one role for two different owners ('Płock goalkeeper' / 'Veszprém
    goalkeeper'): two roles, not one told with two names."""
    oa, ob = _role_owner(text_a, a, ea), _role_owner(text_b, b, eb)
    if oa is not None and ob is not None and (_common_word_owner(oa, text_b) or _common_word_owner(ob, text_a)):
        return False  # 'Leverkusen fire chief Hartmut Seidel' / 'Fire chief Hartmut Seifert': a capitalised first word
    return oa is not None and ob is not None and not _same_entity(oa, ob)


def _common_word_owner(o: EntityMention, other: str) -> bool:
    """An owner that is only a sentence's capitalised first word, which the other sentence writes in lower case
    ('Fire chief ...' / '... fire chief ...')."""
    return o.span[0] == 0 and len(o.tokens) == 1 and f" {o.tokens[0]} " in f" {other.lower()} "


_LATER = re.compile(r"\b(?:later|subsequently|afterwards|then)\s+(?:\w+\s+){0,3}$", re.I)


def _later_step(text: str, e: EntityMention) -> bool:
    """Whether the clause naming a place or body says it came later ('were later flown to Amman')."""
    clause = re.split(r"[,;:]|\band\b", text[: e.span[0]])[-1]
    return bool(_LATER.search(clause))


_QUOTED = re.compile(r"[“\"]([^”\"]{12,})[”\"]")
_QUOTE_RUN = 5
"""Words in a row two quotations must share to be one quotation."""


def _quoted_runs(text: str) -> set[tuple[str, ...]]:
    runs: set[tuple[str, ...]] = set()
    for m in _QUOTED.finditer(text):
        w = re.findall(r"[a-z0-9']+", m.group(1).lower().replace("’", "'"))
        runs |= {tuple(w[k : k + _QUOTE_RUN]) for k in range(len(w) - _QUOTE_RUN + 1)}
    return runs


_SPEECH = re.compile(r"\b(?:said|says|told|added|tweeted|wrote)\b")
_BEFORE_SPEECH = re.compile(r"\s*(?:,\s*)?(?:[^,;:\"“”]{1,80},\s*)?")
"""What may stand between a speaker's name and the verb: nothing, the comma closing an apposition
('Voltrek's chief operating officer, Raj Menon, said') or an apposition ('Luca Ravaglia, the mayor
of Faenza, said')."""
_AFTER_SPEECH = re.compile(
    r"\s+(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s\s+|(?:the|his|her|their|its)\s+(?:[a-z]+['’]s\s+)?)?"
    r"(?:[a-z-]+\s+){0,4}?(?:[a-z-]+,\s+)?"
    r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt)\.?\s+)?"
)
"""What may stand between the verb and the speaker's name: a title ('said Labour's parliamentary
leader Tonje Hagen', 'said the government spokesman, Nikos Vlachos', 'said Dr. Miriam Okafor', 'said
his coach, Haile Bekele', 'said the company's chair, Ingrid Solberg')."""


def _speaker(text: str, pool: list[EntityMention]) -> EntityMention | None:
    """The named person a sentence credits with its words: the name right before a verb of saying
    (with an apposition between at most) or right after it ('said Ana Portela')."""
    people = sorted(
        (e for e in pool if not re.match(r"['’]s\b", text[e.span[1] :])),  # not 'Labour's' in 'Labour's leader X'
        key=lambda e: e.span,
    )
    for v in _SPEECH.finditer(text):
        if re.search(r"\b(?:he|she|they|I|we|it)\s+$", text[: v.start()], re.I):
            continue  # 'she told MSNBC's Joy Reid': the speaker is not named here
        for e in people:
            if e.span[1] <= v.start() and _BEFORE_SPEECH.fullmatch(text[e.span[1] : v.start()]):
                return e
            gap = text[v.end() : e.span[0]]
            if (
                e.span[0] >= v.end()
                and v.group() != "told"  # 'told Joy Reid': the listener
                and _AFTER_SPEECH.fullmatch(gap)
                and not any(
                    w in STOPWORDS
                    for w in re.findall(r"\b[a-z]{2,}\b", re.sub(r"^\s+(?:the|his|her|their|its)\b", "", gap))
                )
            ):
                later = [x for x in people if x.span[0] >= e.span[1] and x.title]
                if later and re.fullmatch(r"\s+(?:[a-z-]+\s+){1,3}", text[e.span[1] : later[0].span[0]]):
                    return later[0]  # 'said RFS spokesman Liam Corrigan': the organisation, then its speaker
                return e
            if (
                e.span[0] >= v.end()
                and e.title
                and v.group() != "told"
                and re.fullmatch(r"\s+(?:[A-Z][\w.'’-]*\s+){1,4}", gap)
            ):
                return e  # 'said Kansas Agriculture Secretary Hollis Brandeberry': a title in capitals
    return None


def _quote_speakers(
    fa: SentenceFacts, fb: SentenceFacts, ua: list[EntityMention], ub: list[EntityMention]
) -> Conflict | None:
    """One quotation credited to two people: '"The train had no way of stopping in time," said Ana
    Portela' / 'CP spokeswoman Ana Pereira said the driver "had no way of stopping in time"'. Each
    sentence's speaker is a name the other sentence does not mention at all."""
    if not _quoted_runs(fa.text) & _quoted_runs(fb.text):
        return None
    a, b = _speaker(fa.text, list(fa.entities)), _speaker(fb.text, list(fb.entities))
    if a is None or b is None:
        return None  # no named speaker
    if a.etype or b.etype:
        return None  # 'the Austin-based company': not a person
    if _same_name_tokens(a, b):
        return None  # 'Tariq Al Mansoori' / 'Tareq Al Mansouri': one speaker, transliterated twice
    if _names_person(fb.text, a) or _names_person(fa.text, b):
        return None  # the other sentence names this person too ('Trump said' / 'Sanders said Trump had said');
        # as an owner it does not ("said Lindqvist's campaign manager, Priya Sandoval")
    expl = f"entity: {a.text} vs {b.text} (quoted)"
    return Conflict("entity", a.text, b.text, a.key, b.key, _clip(expl), 0.75, a.span, b.span)


def _names_person(text: str, e: EntityMention) -> bool:
    """Whether a sentence names the person e other than as an owner ('Lindqvist's campaign manager')."""
    return re.search(rf"\b{re.escape(e.tokens[-1])}\b(?!['’]s\b)", strip_accents(text).lower()) is not None


_DEFINITE_BEFORE = re.compile(r"\b[Tt]he\s+([a-z]+)\s*,\s*(?:which\s+is\s+)?$")
_TYPE_AFTER = re.compile(r"\s*([a-z]+)\b")


def _definite_owner(text: str, e: EntityMention) -> str:
    """The kind of thing an unnamed owner of a seat is, when the sentence names it 'the <kind>' around
    the seat ('The Austin-based company', 'The company, headquartered in San Jose'), else ''."""
    if e.slot_text.endswith("-based"):  # 'The Austin, Texas-based company'
        m = _TYPE_AFTER.match(text, e.span[1] + len("-based") if text[e.span[1] :].startswith("-based") else e.span[1])
        head = text[: e.span[0]]
        if m and m.group(1) in TYPE_NOUNS and re.search(r"\b[Tt]he\s+(?:[A-Z][\w.]*,?\s+){0,3}$", head):
            return m.group(1)
        return ""
    m = _DEFINITE_BEFORE.search(text[: max(0, e.span[0] - len(e.slot_text) - 1)])
    return m.group(1) if m and m.group(1) in TYPE_NOUNS else ""


_APPOSITION = re.compile(r",\s+(?:a|an|the|which|that|who)\b[^,;.()]{0,40}$", re.IGNORECASE)


def _owner(text: str, e: EntityMention, pool: Sequence[EntityMention]) -> EntityMention | None:
    """Whose seat a 'based' place is: the name right before it in an apposition or relative clause
    ('Gulfstar, a Dubai-based operator', 'NordLift, which is based in Trondheim'), else None."""
    if m := _BASED_BEFORE_NAME.match(text, e.span[1]):
        after = [x for x in pool if x.span[0] >= m.end() - 1 and x.slot != "based"]
        return min(after, key=lambda x: x.span[0]) if after else None  # 'the Stuttgart-based group Kessler Holding'
    before = [x for x in pool if x.span[1] <= e.span[0] and x.slot != "based"]
    if not before:
        return None
    owner = max(before, key=lambda x: x.span[1])
    if re.match(r"['’]s?\b", text[owner.span[1] :]):
        return None  # "Nimbara's largest shareholder, the Stuttgart-based ...": the seat of what the name owns
    return owner if _APPOSITION.search(text[owner.span[1] : e.span[0]]) else None


_BASED_BEFORE_NAME = re.compile(r"-based\s+(?:[a-z-]+\s+){0,3}(?=[A-Z])")
"""'the Stuttgart-based investment group Kessler Holding': the name the seat belongs to comes after it."""


_NOT_NATIONALITY = {
    "democratic", "republican", "conservative", "socialist", "communist", "catholic", "muslim", "christian",
    "jewish", "western", "eastern", "northern", "southern", "soviet", "federal", "national", "european",
    "african", "asian", "arab", "latin", "nordic", "baltic",
}  # fmt: skip
_NAME = r"[A-Z][\w&'’.]*(?:[ -][A-Z][\w&'’.]*){0,3}"
_DEMONYM = r"[A-Z][a-z]+(?![\w-])"
_NATIONALITY_PATTERNS = (
    # 'Fjordlink, a Norwegian operator'
    re.compile(
        rf"(?=(?P<name>{_NAME}),\s+(?:a|an|the)\s+(?P<dem>{_DEMONYM})\s+(?:[a-z]+\s+){{0,2}}?(?P<noun>[a-z]+)\b)"
    ),
    # 'the Norwegian operator Fjordlink', 'built by Austrian manufacturer Alpenlift', 'Swiss drugmaker Halden
    # Therapeutics', 'the American investment fund Calder Ridge Partners'
    re.compile(
        rf"(?=(?:\b(?:[Aa]|[Aa]n|[Tt]he|by|from|of|with|to|for|and)\s+|^)(?P<dem>{_DEMONYM})\s+(?:[a-z]+\s+)?"
        rf"(?P<noun>[a-z]+)\s+(?P<name>{_NAME}))"
    ),
)


@lru_cache(maxsize=1 << 14)
def _nationalities(text: str) -> tuple[tuple[str, str, str, tuple[int, int]], ...]:
    """(name, nationality, noun, span of the nationality) for each named thing the sentence gives a
    nationality in apposition or before its name ('Fjordlink, a Norwegian operator')."""
    out = []
    for pat in _NATIONALITY_PATTERNS:
        for m in pat.finditer(text):  # overlapping: 'the French arm of Belgian group Vandermeer Energy'
            dem = m.group("dem").lower()
            if dem in _NOT_NATIONALITY or not (dem in DEMONYMS or dem.endswith(("ian", "ish", "ese", "ean"))):
                continue
            if m.group("noun") not in TYPE_NOUNS and not m.group("noun").endswith(("maker", "firm", "fund", "group")):
                continue
            out.append((m.group("name").lower().rstrip(".’'"), dem, m.group("noun"), m.span("dem")))
    return tuple(out)


_PERSON = r"(?P<name>[A-Z][\w'’-]+?(?:\s+[A-Z][\w'’-]+?){1,2})(?=['’]s\b|(?![\w'’-]))"
_PERSON_NATIONALITY_PATTERNS = (
    # 'Kenya's Joyline Chebet'
    re.compile(rf"\b(?P<dem>[A-Z][a-z]+)['’]s\s+{_PERSON}(?!['’]s)"),
    # 'Joyline Chebet of Kenya' (not 'of Kenya's ...')
    re.compile(rf"{_PERSON}\s+of\s+(?P<dem>[A-Z][a-z]+)\b(?!['’]s|\s+[A-Z])"),
    # 'Frenchman Hugo Lemaire', 'Brazilian director Caio Mendonça', 'Czech second seed Tereza Halkova'
    re.compile(rf"(?:^|(?<=[\s(]))(?P<dem>[A-Z][a-z]+)(?:\s+(?:[a-z]+\s+)?(?P<role>[a-z]+))?\s+{_PERSON}"),
    # 'Mette Bjerregaard, the Danish director'
    re.compile(rf"{_PERSON},\s+(?:a|an|the)\s+(?P<dem>[A-Z][a-z]+)\s+(?P<role>[a-z]+)\b"),
)
_AGED_NATIONAL = re.compile(
    r"\b(?P<age>\d{1,3})-year-old\s+(?P<dem>[A-Z][a-z]+)(?:\s+(?P<noun>man|woman|national|citizen|driver|tourist"
    r"|resident|student|pilot))?\b"
)
"""'a 52-year-old British man', 'The 27-year-old Dutchman': one person by age and nationality."""
_ROLE_WORDS = {
    "star", "coach", "captain", "champion", "national", "citizen", "student", "envoy", "diplomat", "tycoon",
    "chef", "pilot", "poet", "cyclist", "artist", "novelist", "journalist", "tourist", "activist", "scientist",
    "forward", "midfielder", "goalkeeper", "grandmaster", "veteran", "rookie", "actress", "heiress", "chief",
    "seed", "shuttler", "skier", "swimmer", "boxer", "golfer", "sprinter", "climber",
}  # fmt: skip
_NOT_ROLE = {"never", "later", "after", "over", "under", "rather", "either", "neither", "whether", "other", "ever"}


def _is_role(word: str | None) -> bool:
    """A noun that may stand between a nationality and a name ('Brazilian director Caio Mendonça'), not a
    verb ('the Indian overcame Fabiano Caruana')."""
    if word is None:
        return True
    return word in _ROLE_WORDS or (word.endswith(("er", "or", "ist", "man", "woman")) and word not in _NOT_ROLE)


_NOT_PERSON_WORD = {w.title() for w in TYPE_NOUNS} | {
    "President", "Prime", "Minister", "Ministry", "Republic", "Kingdom", "Embassy", "Government", "Council",
    "Cup", "Open", "Grand", "Prix", "League", "Championship", "Games", "Olympics", "Festival", "Prize",
    "Award", "Awards", "Police", "Army", "Navy", "Force", "Authority", "Office", "Commission", "Committee",
    "National", "Federal", "Central", "Supreme", "High", "Airways", "Airlines", "Railways", "Group",
    "Institute", "Foundation", "Museum", "Station", "Street", "Road", "Square", "Park", "River", "Lake",
}  # fmt: skip
_DEMONYM_FOR = {
    "france": "french", "netherlands": "dutch", "holland": "dutch", "spain": "spanish", "switzerland": "swiss",
    "denmark": "danish", "finland": "finnish", "poland": "polish", "ireland": "irish", "philippines": "filipino",
    "england": "british", "scotland": "british", "wales": "british", "britain": "british", "english": "british",
    "scottish": "british", "welsh": "british", "america": "american", "iceland": "icelandic",
}  # fmt: skip


_COUNTRY_STARTS = {c[:4] for c in COUNTRIES}


def _nation_key(word: str) -> str | None:
    """A country or a person's nationality, one form for both ('Kenya', 'Kenyan' -> 'keny'), or None
    when the word is neither."""
    w = word.lower()
    w = re.sub(r"(?:wo)?m[ae]n$", "", w) if w.endswith(("man", "men")) and len(w) > 6 else w  # 'Frenchman'
    if w in _NOT_NATIONALITY:
        return None
    if w in COUNTRIES or w in _DEMONYM_FOR or w in DEMONYMS:
        return _DEMONYM_FOR.get(w, w)[:4]
    if w.endswith(("ian", "ean", "an", "ese", "i")) and w[:4] in _COUNTRY_STARTS:
        return w[:4]  # 'Kenyan', 'Ethiopian', 'Belgian': the country's own first letters
    return None


@lru_cache(maxsize=1 << 14)
def _person_nationalities(text: str) -> tuple[tuple[str, str, tuple[int, int]], ...]:
    """(name, nationality key, span of the nationality) for each named person the sentence gives a
    country ('Kenya's Joyline Chebet', 'Joyline Chebet of Kenya', 'Frenchman Hugo Lemaire')."""
    out = []
    for pat in _PERSON_NATIONALITY_PATTERNS:
        for m in pat.finditer(text):
            name = m.group("name").split()
            if any(w in _NOT_PERSON_WORD or w.upper() == w for w in name):
                continue  # 'Kenya's Supreme Court', 'Spain's La Liga', 'Italy's ENI Group'
            if "role" in m.groupdict() and not _is_role(m.group("role")):
                continue
            key = _nation_key(m.group("dem"))
            if key is None or (pat is _PERSON_NATIONALITY_PATTERNS[2] and m.group("dem").lower() in COUNTRIES):
                continue  # 'Kenya Airways chief Allan Kilavuka': a country before a name is not a nationality
            out.append((" ".join(name).lower(), key, m.span("dem")))
    return tuple(out)


def _name_key(name: str) -> str:
    """A person's name without accents, the Nordic å written aa ('Bjerregård' / 'Bjerregaard')."""
    return strip_accents(name.replace("å", "aa").replace("Å", "Aa")).lower()


_FLAGGED = re.compile(r"\b(?!(?:The|A|An|Its|Their)\b)([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)[- ]flagged\s+([\w'’-]+)")


def _flag_swap(text_a: str, text_b: str) -> Conflict | None:
    """One ship under two flags: 'The Liberian-flagged Pacific Meridian' / 'The Panama-flagged vessel, the
    Pacific Meridian'. Each sentence flags one ship, the same one (the word after the flag, or a name both
    sentences use), and neither names the other's flag state."""
    ma, mb = list(_FLAGGED.finditer(text_a)), list(_FLAGGED.finditer(text_b))
    if len(ma) != 1 or len(mb) != 1:
        return None
    a, b = ma[0], mb[0]
    fa, fb = a.group(1).lower(), b.group(1).lower()
    if _same_token(fa, fb) or _same_token(fb, fa):
        return None
    low_a, low_b = text_a.lower(), text_b.lower()
    if any(_same_token(w, fb) for w in re.findall(r"[a-z]+", low_a)) or any(
        _same_token(w, fa) for w in re.findall(r"[a-z]+", low_b)
    ):
        return None  # 'reflagged from Panama to Liberia': both flags told
    names_a = set(re.findall(r"(?<=\s)[A-Z][a-z]+", text_a)) - set(a.group(1).split())
    names_b = set(re.findall(r"(?<=\s)[A-Z][a-z]+", text_b)) - set(b.group(1).split())
    if a.group(2).lower() != b.group(2).lower() and not names_a & names_b:
        return None  # two ships, or no telling
    expl = f"entity: flag {a.group(1)} vs {b.group(1)}"
    return Conflict("entity", a.group(1), b.group(1), fa, fb, _clip(expl), 0.8, a.span(1), b.span(1))


def _anchored(c: Conflict | None) -> Conflict | None:
    return replace(c, anchored=True) if c is not None else None


def _nationality_swap(text_a: str, text_b: str) -> Conflict | None:
    """One named company, party or person of one kind given two nationalities: 'Fjordlink, a Norwegian
    operator' / 'Fjordlink, a Danish operator'; 'Kenya's Joyline Chebet' / 'Ethiopia's Joyline Chebet'."""
    for name_a, dem_a, noun_a, span_a in _nationalities(text_a):
        for name_b, dem_b, noun_b, span_b in _nationalities(text_b):
            if (
                name_a == name_b
                and dem_a != dem_b
                and (syn(stem(noun_a)) == syn(stem(noun_b)) or len(name_a.split()) >= 2)
            ):
                expl = f"entity: {name_a.title()} {dem_a.title()} vs {dem_b.title()}"
                a, b = text_a[span_a[0] : span_a[1]], text_b[span_b[0] : span_b[1]]
                return Conflict("entity", a, b, dem_a, dem_b, _clip(expl), 0.8, span_a, span_b)
    for name_a, key_a, span_a in _person_nationalities(text_a):
        for name_b, key_b, span_b in _person_nationalities(text_b):
            if _name_key(name_a) == _name_key(name_b) and key_a != key_b:
                a, b = text_a[span_a[0] : span_a[1]], text_b[span_b[0] : span_b[1]]
                expl = f"entity: {name_a.title()}: {a} vs {b}"
                return Conflict("entity", a, b, key_a, key_b, _clip(expl), 0.8, span_a, span_b)
    aged_a, aged_b = list(_AGED_NATIONAL.finditer(text_a)), list(_AGED_NATIONAL.finditer(text_b))
    if len(aged_a) == len(aged_b) == 1:
        # 'The alleged ringleader, a 52-year-old British man' / 'The suspected ringleader, a 52-year-old Dutch
        # national': one person, one age, two nationalities
        ma, mb = aged_a[0], aged_b[0]
        key_a, key_b = _nation_key(ma.group("dem")), _nation_key(mb.group("dem"))
        if ma.group("age") == mb.group("age") and key_a and key_b and key_a != key_b:
            a, b = ma.group("dem"), mb.group("dem")
            expl = f"entity: the {ma.group('age')}-year-old: {a} vs {b}"
            return Conflict("entity", a, b, key_a, key_b, _clip(expl), 0.8, ma.span("dem"), mb.span("dem"))
    return None


_PERSON_ROLES = frozenset(
    stem(w)
    for w in (
        "guide", "climber", "mountaineer", "tourist", "hiker", "skier", "trekker", "porter", "sherpa", "national",
        "citizen", "man", "woman", "boy", "girl", "worker", "soldier", "pilot", "sailor", "fisherman", "student",
        "driver", "journalist", "passenger", "volunteer", "engineer", "aid", "nurse", "doctor", "diver", "cyclist",
    )
)  # fmt: skip
"""Nouns for people told apart by nationality when a story lists its victims or its crew ('an Argentine guide and a
Brazilian climber')."""
_ROLE_NATIONAL = re.compile(
    r"\b(?:a|an|the|their|his|her|its|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:[\w-]*\d[\w-]*\s+)?(?P<dem>[A-Z][a-z]+)\s+(?:[a-z]+\s+)?(?P<role>[a-z]+)\b"
    r"|\b(?P<role2>[a-z]+)\s+from\s+(?P<dem2>[A-Z][a-z]+)\b(?![\w-])"
)
"""'two British climbers', 'their Swiss guide', 'a 24-year-old Austrian tourist', 'a tourist from Germany'."""


def _role_nationalities(text: str) -> dict[str, set[str]]:
    """The nationalities a sentence gives to people of each role ('an Argentine guide and a Brazilian climber':
    guide -> {arge}, climber -> {braz})."""
    out: dict[str, set[str]] = {}
    for m in _ROLE_NATIONAL.finditer(text):
        dem, role = (m.group("dem"), m.group("role")) if m.group("dem") else (m.group("dem2"), m.group("role2"))
        key = _nation_key(dem)
        r = stem(role)
        if key is None or r not in _PERSON_ROLES:
            continue
        out.setdefault(r, set()).add(key)
    return out


def _role_nationality_swap(text_a: str, text_b: str) -> Conflict | None:
    """People of one role given other nationalities by the two sentences ('an Argentine guide and a Brazilian
    climber' / 'an Argentine guide and a Chilean climber'; 'their Swiss guide' / 'an Italian guide'). Neither
    sentence may name the other's nationality anywhere ('a Swiss guide working for an Italian agency'); a
    conflict of one fact slot only where the pair scores as one claim (not anchored)."""
    ra, rb = _role_nationalities(text_a), _role_nationalities(text_b)
    roles = ra.keys() & rb.keys()
    if not roles:
        return None
    # every capitalised word of each side with the nation it names, if any
    words_a = [(m, _nation_key(m.group())) for m in re.finditer(r"[A-Z][a-z]+", text_a)]
    words_b = [(m, _nation_key(m.group())) for m in re.finditer(r"[A-Z][a-z]+", text_b)]
    na, nb = {k for _, k in words_a}, {k for _, k in words_b}
    for role in roles:
        xa, xb = ra[role], rb[role]
        if xa & xb or xb & na or xa & nb:
            continue
        va, vb = sorted(xa)[0], sorted(xb)[0]
        ma = next(m for m, k in words_a if k == va)
        mb = next(m for m, k in words_b if k == vb)
        expl = f"entity: the {role}: {ma.group()} vs {mb.group()}"
        return Conflict("entity", ma.group(), mb.group(), va, vb, _clip(expl), 0.75, ma.span(), mb.span())
    return None


def names_nationality(text: str) -> bool:
    """Whether a sentence gives a named thing or a person of some age a nationality: the pipeline pairs such
    sentences whatever their pair score (`_nationality_swap` is a conflict of one named thing)."""
    return bool(_nationalities(text) or _person_nationalities(text) or _AGED_NATIONAL.search(text))


_INSTITUTION = r"(?:University|Institute|College|Hospital|Observatory|Laboratory|Academy|Museum|School)"
_AFFILIATION = re.compile(
    r"(?P<person>[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+){1,2}),?\s+(?:at|of|from)\s+(?:the\s+)?"
    rf"(?P<org>(?:[A-Z][\w'’&.-]*\s+){{0,3}}{_INSTITUTION}(?:\s+(?:of|for)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})?)"
)


_PARTY_WORDS = frozenset(
    "labour conservative tory green liberal democrat democratic republican independent socialist communist"
    " centrist unionist nationalist".split()
)
_PARTY_TITLE = re.compile(
    r"\b(?P<party>[A-Z][a-z]+|[A-Z]{2,5})\s+(?P<title>councillor|councilor|MP|MSP|MEP|senator|Sen\.|Rep\."
    r"|representative|assemblyman|assemblywoman|congressman|congresswoman|lawmaker|mayor|candidate)"
    r"\s+(?P<person>(?:[A-Z][\w'’-]+\s?){1,3})"
)


def _party_swap(text_a: str, text_b: str) -> Conflict | None:
    """One person given two parties before one title: 'Green councillor Heather Marsh' / 'Labour
    councillor Heather Marsh' (the words of parties, or an acronym: 'SNP MSP')."""
    for ma in _PARTY_TITLE.finditer(text_a):
        for mb in _PARTY_TITLE.finditer(text_b):
            pa, pb = ma.group("party"), mb.group("party")
            if ma.group("title").lower() != mb.group("title").lower() or pa == pb:
                continue
            if ma.group("person").split()[-1] != mb.group("person").split()[-1]:
                continue
            if not all(p.lower() in _PARTY_WORDS or p.isupper() for p in (pa, pb)):
                continue
            expl = f"entity: {mb.group('person').strip()}: {pa} vs {pb}"
            return Conflict(
                "entity", pa, pb, pa.lower(), pb.lower(), _clip(expl), 0.8, ma.span("party"), mb.span("party")
            )
    return None


def _affiliation_swap(text_a: str, text_b: str) -> Conflict | None:
    """One person placed at two institutions: 'Dr Amara Okafor at the University of Bern' / 'Amara
    Okafor of the University of Geneva'."""
    for ma in _AFFILIATION.finditer(text_a):
        for mb in _AFFILIATION.finditer(text_b):
            if ma.group("person").split()[-1] != mb.group("person").split()[-1]:
                continue
            oa, ob = ma.group("org").strip(), mb.group("org").strip()
            if oa.lower() in ob.lower() or ob.lower() in oa.lower():
                continue
            expl = f"entity: {mb.group('person').split()[-1]} at {oa} vs {ob}"
            return Conflict("entity", oa, ob, oa.lower(), ob.lower(), _clip(expl), 0.8, ma.span("org"), mb.span("org"))
    return None


_LEAD_VERBS = {"head": "lead", "chair": "lead", "command": "lead", "direct": "lead", "captain": "lead"}


def _act(e: EntityMention) -> str:
    """The slot of an agent, with the verbs of leading as one ('headed by' / 'led by')."""
    verb = e.slot.removeprefix("prep:by|verb:")
    return "prep:by|verb:" + _LEAD_VERBS.get(verb, verb) if verb != e.slot else e.slot


def _nickname(text: str, e: EntityMention) -> bool:
    """Whether a name is a team's or a group's plural nickname ('the Grizzlies', 'the Bobcats'), not a
    country ('the Philippines')."""
    return (
        len(e.tokens) == 1
        and e.text.endswith("s")
        and text[max(0, e.span[0] - 4) : e.span[0]].lower() == "the "
        and text[e.span[1] : e.span[1] + 1] != "-"  # 'The Leeds-based company'
        and not e.slot.startswith(("prep:", "based"))  # 'in the Midlands': a place
        and not _is_country(e)
    )


def _one_kind_two_names(ua: list[EntityMention], ub: list[EntityMention]) -> Conflict | None:
    """The one name each sentence has that the other lacks, of one kind and otherwise worded apart
    ('Coastline Stevedoring' / 'Bayline Stevedoring', 'the First Panel' / 'the Second Panel')."""
    if len(ua) != 1 or len(ub) != 1:
        return None
    a, b = ua[0], ub[0]
    ta, tb = a.tokens, b.tokens
    if len(ta) < 2 or len(tb) < 2 or ta[-1] != tb[-1] or set(ta[:-1]) & set(tb[:-1]):
        return None
    if a.title or b.title or ta[-1] not in _GENERIC_HEADS | TYPE_NOUNS:
        return None  # people ('Barack Obama' / 'Michelle Obama'): their roles decide
    expl = f"entity: {a.text} vs {b.text}"
    return Conflict("entity", a.text, b.text, a.key, b.key, _clip(expl), 0.7, a.span, b.span)


def _agent_swap(ea: list[EntityMention], eb: list[EntityMention]) -> Conflict | None:
    """The same act credited to two agents: 'tabled by the National Rally' / 'tabled by the New
    Popular Front ... supported by the National Rally'. A name the other sentence also mentions is
    no conflict by itself; here each sentence's agent of the act is named by the other in another
    role or not at all, so the two agents are two values of one slot."""
    for a in ea:
        if not a.slot.startswith("prep:by|verb:") or len(a.tokens) < 2:
            continue
        for b in eb:
            if _act(b) != _act(a) or len(b.tokens) < 2 or _same_entity(a, b):
                continue
            if any(_same_entity(a, y) and _act(y) == _act(a) for y in eb) or any(
                _same_entity(x, b) and _act(x) == _act(b) for x in ea
            ):
                continue  # both agents credited on one side ('tabled by X and by Y'; 'headed by X ... led by Y')
            if any(_same_entity(a, y) and 0 < y.span[0] - b.span[1] <= 12 for y in eb) or any(
                _same_entity(x, b) and 0 < x.span[0] - a.span[1] <= 12 for x in ea
            ):
                continue  # 'brought by the NC NAACP' / 'by the North Carolina State Conference of the NAACP': a
                # branch named with its body on one side
            if sum(_act(x) == _act(a) for x in ea) > 1 or sum(_act(y) == _act(b) for y in eb) > 1:
                continue
            expl = f"entity: {a.text} vs {b.text} ({a.slot_text.lower()})"
            return Conflict("entity", a.text, b.text, a.key, b.key, _clip(expl), 0.7, a.span, b.span)
    return None


def _lists(text: str, pool: list[EntityMention]) -> list[list[EntityMention]]:
    """Runs of names joined by 'and', 'or' or commas ('from Kazakhstan and Turkmenistan'), the first
    of each run filling a slot."""
    runs: list[list[EntityMention]] = []
    for e in sorted(pool, key=lambda x: x.span):
        if runs and re.fullmatch(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)", text[runs[-1][-1].span[1] : e.span[0]]):
            runs[-1].append(e)
        else:
            runs.append([e])
    return [
        r
        for r in runs
        if len(r) >= 2
        and r[0].slot
        and not r[0].slot.startswith("prep:between")  # 'trains between Bologna and Rimini': a route
        and not any(x.slot for x in r[1:])
        and re.search(r"\b(?:and|or)\s+$", text[r[-2].span[1] : r[-1].span[0]])  # not 'Hope, Arkansas'
    ]


def _list_swap(text_a: str, ea: list[EntityMention], text_b: str, eb: list[EntityMention]) -> Conflict | None:
    """Two lists of one slot, of one length, that agree on all names but one each: 'a bridge loan
    from Danske Bank and Deutsche Bank' / 'from Danske Bank and Commerzbank'."""
    if set(re.findall(r"\b(?:19|20)\d\d\b", text_a)) != set(re.findall(r"\b(?:19|20)\d\d\b", text_b)):
        return None  # 'in 2014, mostly in Knox and Holmes counties' / 'now in Holmes and Wayne': two moments
    for la in _lists(text_a, ea):
        for lb in _lists(text_b, eb):
            if len(la) != len(lb) or not _same_slot(la[0].slot, lb[0].slot):
                continue
            only_a = [x for x in la if not any(_same_entity(x, y) for y in lb)]
            only_b = [y for y in lb if not any(_same_entity(x, y) for x in la)]
            if len(only_a) == len(only_b) == 1 and not (only_a[0].etype and only_a[0].etype != only_b[0].etype):
                a, b = only_a[0], only_b[0]
                if _admin_division(text_a, a) != _admin_division(text_b, b):
                    continue  # 'hotels in Limerick and Ennis' / 'in Co Clare and Co Limerick': a town, the county
                    # that may hold it
                expl = f"entity: {a.text} vs {b.text} (listed {la[0].slot_text.lower()})"
                return Conflict("entity", a.text, b.text, a.key, b.key, _clip(expl), 0.75, a.span, b.span)
    return None


_HEAD_SAME = {
    "plant": "factory", "facility": "factory", "works": "factory", "mill": "factory", "site": "factory",
    "electricity": "power", "energy": "power", "gas": "power", "lender": "bank", "firm": "company",
    "truc": "agreement", "ceasefir": "agreement", "deal": "agreement", "accord": "agreement", "pact": "agreement",
    "treaty": "agreement", "armistic": "agreement",  # 'signed a ceasefire agreement in' / 'signed a truce in'
    "vessel": "ship", "boat": "ship",  # 'diverted two ships to' / 'diverted two vessels to'
}  # fmt: skip
"""Head words after which a place or source fills one slot ('its plant in Nijmegen' / 'its factory in
Tilburg'; 'importing electricity from' / 'importing power from')."""


def _same_slot(x: str, y: str) -> bool:
    if x == y:
        return True
    px, _, hx = x.partition("|verb:")
    py, _, hy = y.partition("|verb:")
    return bool(hx and hy and px == py and _HEAD_SAME.get(hx, hx) == _HEAD_SAME.get(hy, hy))


def _is_country(e: EntityMention) -> bool:
    return any(t in COUNTRIES for t in e.tokens)


_RELATIONS = [
    {stem(w) for w in ("owned", "own", "controlled", "held")},
    {stem(w) for w in ("operated", "operate", "run", "managed", "manage")},
    {stem(w) for w in ("built", "build", "constructed", "construct")},
    {stem(w) for w in ("designed", "design")},
    {stem(w) for w in ("funded", "financed", "fund", "finance", "backed")},
]
"""Relations a company may have to one thing, each held by another party ('operated by X' / 'owned by Y')."""


def _two_relations(slot_a: str, slot_b: str) -> bool:
    """Whether two 'by' slots name two different relations ('operated by' / 'owned by')."""
    va, vb = slot_a.partition("|verb:")[2], slot_b.partition("|verb:")[2]
    ga = next((k for k, g in enumerate(_RELATIONS) if va in g), None)
    gb = next((k for k, g in enumerate(_RELATIONS) if vb in g), None)
    return ga is not None and gb is not None and ga != gb


def _entity_pair(
    a: EntityMention, b: EntityMention, ua: list[EntityMention], ub: list[EntityMention]
) -> Conflict | None:
    if (
        _spelling_variant(a, b)
        and not (a.initial and len(a.tokens) == 1 and not a.title)
        and not (b.initial and len(b.tokens) == 1 and not b.title)
    ):
        la, lb = a.tokens[-1], b.tokens[-1]
        conf = 0.85 if (_name_like(a) or _name_like(b)) else 0.7
        k = -1 if la != lb else 0  # the word spelt two ways: the surname, or the given name before one surname
        wa = a.text.split()[k]
        wb = b.text.split()[k]
        expl = f"entity: spelling of name {wa} vs {wb}"
        if la and lb:
            return Conflict("entity", a.text, b.text, a.key, b.key, _clip(expl), conf, a.span, b.span)
    conf = 0.0
    why = ""
    if a.etype and b.etype and a.etype != b.etype:
        return None  # 'X, a town' vs 'Y department': different things, both may be right
    if a.title and b.title and a.title == b.title:
        # same role, different person: 'Inspector X said' vs 'Inspector Y said'; a title alone is no role
        # (many senators, presidents past and present), so the slot must match too
        if _name_like(a) and _name_like(b) and a.slot and a.slot == b.slot:
            if not (a.slot.startswith("speaker:") and a.title in _MANY_HOLDERS):
                conf, why = 0.8, a.title
        elif (
            len(a.tokens) == len(b.tokens) == 2
            and a.tokens[0] == b.tokens[0]
            and (a.tokens[1][:3] == b.tokens[1][:3] or fuzz.ratio(a.tokens[1], b.tokens[1]) >= 70)
            and _name_like(a)
            and _name_like(b)
        ):
            # one title, one first name, two surnames that begin alike: 'Dr. Karen Whitfield' / 'Dr. Karen
            # Whitcomb' is one person's name garbled or two people; 'Sen. John Kerry' / 'Sen. John McCain'
            # are two senators
            conf, why = 0.75, "surname"
    if not conf and a.slot and b.slot:
        if a.slot == "based" and b.slot == "based":
            conf, why = 0.85, "based in"
        elif _same_slot(a.slot, b.slot):
            if "|verb:" in a.slot:
                conf, why = 0.8, a.slot_text.lower()
            elif a.slot.startswith("verb:"):
                conf, why = 0.7, a.slot_text.lower()
            elif (
                a.slot.startswith("subj:")
                and _lone_in_prep(a, ua)
                and _lone_in_prep(b, ub)
                and _is_country(a) == _is_country(b)  # 'Cerro Aleste produced' / 'Chile produced'
            ):
                conf, why = 0.65, a.slot_text.lower()
            elif a.slot.startswith("prep:"):
                if (
                    _lone_in_prep(a, ua)
                    and _lone_in_prep(b, ub)
                    and a.slot.split(":")[1] in {"to", "from", "near", "outside"}
                ):
                    conf, why = 0.6, a.slot_text.lower()
        elif a.slot.startswith("prep:") and b.slot.startswith("prep:"):
            pa = a.slot.partition("|")[0]
            pb = b.slot.partition("|")[0]
            # same destination/origin after different verbs ('driven into X' / 'taken to Y')
            if (
                pa == pb
                and pa in {"prep:to", "prep:from"}
                and _lone_in_prep(a, ua)
                and _lone_in_prep(b, ub)
                and _verb_head(a.slot_text)
                and _verb_head(b.slot_text)
            ):
                conf, why = 0.6, pa.split(":")[1]
            # agent of the same action in other words ('supplied by X' / 'donated by Y')
            elif (
                pa == pb == "prep:by"
                and _lone_in_prep(a, ua)
                and _lone_in_prep(b, ub)
                and len(a.tokens) >= 2
                and len(b.tokens) >= 2
                and not _two_relations(a.slot, b.slot)
            ):
                conf, why = 0.55, "by"
    if not conf and a.etype and a.etype == b.etype and a.etype in _ROLE_TYPES:
        # 'X, a private company' vs 'a company called Y' (both operate the mine)
        conf, why = 0.65, a.etype
    if not conf:
        return None
    # a lone capitalised sentence opener is often a common word (unless its slot says place)
    for e in (a, b):
        if (
            e.initial
            and len(e.tokens) == 1
            and not e.title
            and e.slot != "based"
            and not e.slot.startswith("prep:")
            and e.tokens[0] not in COUNTRIES
        ):
            conf -= 0.2
            break
    if conf < 0.5:
        return None
    expl = f"entity: {a.text} vs {b.text}" + (f" ({why})" if why else "")
    return Conflict("entity", a.text, b.text, a.key, b.key, _clip(expl), round(conf, 2), a.span, b.span)


# --------------------------------------------------------------------------------------
# Negation
# --------------------------------------------------------------------------------------


_PRED_SYNONYMS = {
    stem(w): g
    for g, words in {
        "seek": ("seek", "run", "stand", "contest"),
        "request": ("request", "ask"),
        "resign": ("resign", "quit", "step", "leave"),
        "sign": ("sign", "ink"),
        "approve": (
            "approve",
            "grant",
            "authorise",
            "authorize",
            "permit",
            "allow",
            "license",
            "licence",
            "sanction",
            "adopt",
        ),
        "release": ("release", "free", "freed"),
        "arrest": ("arrest", "detain"),
        "admit": ("admit", "acknowledge", "concede"),
        "attend": ("attend",),
    }.items()
    for w in words
}


def _pred_key(st: str) -> str:
    return _PRED_SYNONYMS.get(st, st)


_SEEK = stem("seek")


def _seek_as_request(x: str, y: str) -> bool:
    """'seek' read as asking for something, against 'ask' or 'request' (its other sense, standing for office, is
    the 'seek' group's)."""
    return {_pred_key(x), _pred_key(y)} == {"seek", "request"} and _SEEK in (x, y)


_BOUND = re.compile(
    r"^[^.;,]{0,40}?\b(?:(?P<below>(?:below|under|less\s+than|fewer\s+than|lower\s+than|younger\s+than)\s+[\w$€£])"
    r"|(?P<above>(?:above|over|more\s+than|higher\s+than|beyond|in\s+excess\s+of|older\s+than)\s+[\w$€£]"
    r"|\d+\s+(?:and|or)\s+(?:older|over|above|more)\b))",
    re.I,
)
"""A figure bounding what a verb covers, from below or above ('charge above 80 percent', 'children under 12', 'those
aged 12 and older')."""


def _bound_after(text: str, end: int) -> str:
    """'below' or 'above' when a verb is bounded by a figure soon after it ('charge above 80
    percent'), else ''."""
    m = _BOUND.match(text[end:])
    return (m.lastgroup or "") if m else ""


_VOTE_WAY = re.compile(r"\s+(?:(?P<for>for|in\s+favou?r\b|yes\b)|(?P<against>against|no\b))", re.I)
"""The side a vote takes, right after its verb ('voted against', 'vote for', 'voted in favour')."""


def _vote_way(text: str, end: int) -> str:
    """'for' or 'against' when a verb is followed by the side it voted, else ''."""
    m = _VOTE_WAY.match(text, end)
    return (m.lastgroup or "") if m else ""


_PLACE_PREP = re.compile(r"\b(?:to|in|from|at|into|of)\s+$", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|its|their|his|her|our)\s+$|\w['’]s\s+$", re.I)
"""A determiner or a possessive right before a word: it is a noun there ('after the vote', "the bank's checks"), not a
verb."""


_MEANT_TO = re.compile(r"\b(?:meant|designed|supposed|built|engineered)\s+to\s+$", re.I)
_EXPECTED_TO = re.compile(
    r"\b(?:was|were|is|are)\s+(?:expected|due|scheduled)\s+to\s+$"
    r"|\b(?:has|have|had)\s+(?:\w+\s+){0,2}(?:hours?|days?|weeks?|months?|years?)\s+(?:\w+\s+){0,3}?to\s+$",
    re.I,
)
"""'was expected to publish', and a time allowed for an act ('has 20 days to ask for a rehearing'): no act asserted."""
_NO_SUBJECT = re.compile(
    r"\b(?:no|none\s+of\s+the|none\s+of\s+its)\s+(?!doubt\b)"
    r"(?:(?!(?:and|but|that|which|who|he|she|they|it|we|you|i|said|says|confirmed)\b)[\w'’-]+\s+){1,6}?"
    r"(?:(?:will|would|can|could|should|may|might|must|shall|has|have|had|was|were|is|are|did|do|does)\s+)?(?:be\s+)?$",
    re.I,
)
"""A subject denied by 'no' right before its verb ('no care homes will close')."""
_UNDER_DENIAL = re.compile(
    r"(?:\bnot|\bnever|n['’]t)\s+(?!(?:yet\s+|so\s+far\s+)?(?:rul\w*|den\w*|exclud\w*|refus\w*|reject\w*|stop\w*)\b)"
    r"(?:[\w'’-]+\s+){1,6}$",
    re.I,
)
"""A word a few words after a denial in its clause ('will not use fossil diesel as their main fuel'), which the denial
holds; not after a denied denial ('had not ruled out paying': paying stays open)."""
_DENIAL_CLAUSE_CUT = re.compile(
    r"[,;:—–()\"“”]|\b(?:but|while|although|though|whereas|and|which|who|that|when|after|before|because|if|unless)\b",
    re.I,
)
_DENIED_JUST_BEFORE = re.compile(
    r"(?:\bnot|\bnever|n['’]t)\s+(?:[a-z]+\s+)?(?:(?:to|of|in|about)\s+)?(?:(?:any|the|a|an)\s+)?$|\bno\s+$"
    r"|\brather\s+than\s+$|\binstead\s+of\s+$"  # 'had paused rather than cancelled the project'
    r"|(?:\bnot|\bnever|n['’]t)\s+[^.;,:]{0,60}?\b(?:or|nor)\s+(?:(?:any|the|a|an)\s+)?$"  # 'will not engage ... or pay'
    r"|(?:\bnot|\bnever|n['’]t)\s+(?:give|gave|given|offer(?:ed)?|allow(?:ed)?|grant(?:ed)?|leave|left|afford(?:ed)?)"
    r"\s+(?:[a-z]+\s+){1,2}$"
    r"|(?:(?:\bnot|\bnever|n['’]t)\s+(?:have|has|had|hold|holds|get|got|given)|\bno|\bwithout)\s+(?:the\s+|a\s+|any\s+)?"
    r"(?:legal\s+)?(?:right|power|authority|ability|permission|freedom|mandate)\s+to\s+$"
    r"|(?:\bnot|\bnever|n['’]t)\s+(?:use|used|using|need|needed|take|took|seek|sought)\s+(?:[\w'’-]+\s+){0,4}to\s+$",
    re.I,
)
"""A denial right before a word, across a verb's preposition and article ('did not admit to any wrongdoing') or a
giving verb and whom it gives to ('did not give hospitals enough time'), a right denied ('do not have the right
to strike'), or a means not used to an end ('will not use its golden power to block the merger')."""


_NAMED_OBJECT = re.compile(r"\s+(?:the\s+)?((?:[A-Z][\w'’-]+\s*){1,4})")


def _two_named_objects(text_a: str, end_a: int, text_b: str, end_b: int) -> bool:
    """Whether each verb is followed by a name and the two names share no word: two objects."""
    ma, mb = _NAMED_OBJECT.match(text_a, end_a), _NAMED_OBJECT.match(text_b, end_b)
    if ma is None or mb is None:
        return False
    return not ({w.lower() for w in ma.group(1).split()} & {w.lower() for w in mb.group(1).split()})


_NONE_FOUND = re.compile(
    r"\b(reported|recorded|confirmed|registered|detected|found|made)\s+no\s+(?:new\s+|further\s+)?([a-z]{3,})\b", re.I
)


_NOT_UNANIMOUS = re.compile(
    r"\b(?:not|n['’]t|far\s+from)\s+(?:been\s+|a\s+)?unanimous(?:ly)?\b|\b(?:was|were)\s+(?:split|divided)\b", re.I
)
_DECISION_WORDS = _BODY_WORDS | {"decision", "vote", "ruling", "verdict", "judges", "members"}


def _unanimity_denied(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    """One decision told as unanimous and as not unanimous or split, with no tally of the split ('The decision
    was taken unanimously by the board' / 'The decision was not unanimous'; 'The board was split')."""
    if "nanim" not in fa.text and "nanim" not in fb.text:
        return None  # neither sentence says unanimous: the common case, settled before any pattern runs
    for x, y, x_is_a in ((fa, fb, True), (fb, fa, False)):
        u = _UNANIMOUS.search(x.text)
        n = _NOT_UNANIMOUS.search(y.text)
        if not u or not n or _NOT_UNANIMOUS.search(x.text) or _SPLIT_VOTE.search(y.text):
            continue
        if re.search(r"\b(?:not|n['’]t|never)\b", x.text[max(0, u.start() - 25) : u.start()], re.I):
            continue
        wx = {w.lower() for w in re.findall(r"[A-Za-z]+", x.text)} & _DECISION_WORDS
        wy = {w.lower() for w in re.findall(r"[A-Za-z]+", y.text)} & _DECISION_WORDS
        if not wx & wy:
            continue
        expl = f'negation: "{u.group()}" affirmed vs denied'
        sx, sy = (u.start(), u.end()), (n.start(), n.end())
        c = Conflict("negation", u.group(), n.group(), "affirmed: unanimous", "denied: unanimous", expl, 0.75, sx, sy)
        return c if x_is_a else c.swapped()
    return None


_NONE_VOTED_AGAINST = re.compile(
    r"\b(?:(?:[Nn]o|[Nn]one\s+of\s+the)\s+(?:[\w-]+\s+){0,8}?|(?:[Nn]o\s+one|[Nn]obody)\s+(?:[\w-]+\s+){0,4}?)"
    r"(?:voted|votes?)\s+against\s+(?:the\s+|it\b)?(?P<obj>[a-z]*)"
)
_SOME_VOTED_AGAINST = re.compile(
    r"(?<![\w-])(?P<n>\d+|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)\s+(?:[\w-]+\s+){0,8}?"
    r"voted\s+against\s+(?:the\s+|it\b)?(?P<obj>[a-z]*)"
)


def _none_voted_against(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    """'No members of the board voted against the cut' / 'Two members of the board voted against the cut':
    one vote, no dissent on one side and a count of it on the other (the object voted on named alike)."""
    if "against" not in fa.text or "against" not in fb.text:
        return None
    for x, y, x_is_a in ((fa, fb, True), (fb, fa, False)):
        n, s = _NONE_VOTED_AGAINST.search(x.text), _SOME_VOTED_AGAINST.search(y.text)
        if not n or not s or n.group("obj") != s.group("obj") or _NONE_VOTED_AGAINST.search(y.text):
            continue
        if re.search(r"\b(?:not|n['’]t|never|if|would|could)\b", y.text[max(0, s.start() - 30) : s.start()], re.I):
            continue
        expl = _clip(f'negation: "{n.group()}" vs "{s.group()}"')
        sx, sy = (n.start(), n.end()), (s.start(), s.end())
        c = Conflict(
            "negation", n.group(), s.group(), "denied: voted against", "affirmed: voted against", expl, 0.75, sx, sy
        )
        return c if x_is_a else c.swapped()
    return None


def _none_against_some(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    """'Burundi has so far reported no cases' / 'Burundi has reported three cases': one verb, one counted
    noun, none on one side and some on the other, the subject before the verb named alike (or not at all)."""
    for x, y, flip in ((fa, fb, False), (fb, fa, True)):
        for m in _NONE_FOUND.finditer(x.text):
            verb, noun = stem(m.group(1).lower()), syn(stem(m.group(2).lower()))
            for q in y.quantities:
                if q.dimension != "count" or q.value < 1 or syn(q.noun) != noun:
                    continue
                before = y.text[max(0, q.span[0] - 30) : q.span[0]].split()
                if not before or stem(before[-1].lower()) != verb:
                    continue  # the same verb right before the figure ('reported three cases')
                # capitalised words before the verb, the sentence's first word aside ('Neighbouring')
                names_x = set(re.findall(r"(?<=\s)[A-Z][a-z]+", x.text[: m.start()]))
                names_y = set(re.findall(r"(?<=\s)[A-Z][a-z]+", y.text[: q.span[0]]))
                if names_x and names_y and not names_x & names_y:
                    continue  # 'Uganda reported no cases' / 'Kenya reported three cases': two reporters
                va, vb = m.group(0), q.text
                expl = f"negation: {va} vs {vb}"
                if flip:
                    return Conflict("negation", vb, va, f"some: {q.text}", "none", _clip(expl), 0.75, q.span, m.span())
                return Conflict("negation", va, vb, "none", f"some: {q.text}", _clip(expl), 0.75, m.span(), q.span)
    return None


def _zero_conflict(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    """'No arrests have been made' / 'Police arrested two men' (`reconcile.zero_claims`): a conflict whatever
    else the two sentences say."""
    found = zero_against_some(fa.text, fb.text, fa.published, fb.published)
    if found is None:
        return None
    z, flipped = found
    expl = _clip(f'negation: "{z.denial}" vs "{z.affirmed}"')
    c = Conflict(
        "negation", z.denial, z.affirmed, "denied", "affirmed", expl, 0.8, z.denial_span, z.affirmed_span, True
    )
    return c.swapped() if flipped else c  # flipped: the denial is in b


_TIMING = re.compile(
    r"\b(?:in\s+advance|beforehand|ahead\s+of\s+time|in\s+time|on\s+time|in\s+good\s+time)\b"
    r"|\b(?:without|unless)\s+(?:a|an|the|its|their|his|her|some|any|more|extra|further|new)\b",
    re.I,
)
_TIMING_CLAUSE = re.compile(r"[^,;:.]{0,60}")


def _timing_denied(neg_text: str, neg_end: int, aff_text: str) -> bool:
    """Whether a denied act carries a word of timing or a condition in its clause ('had not been informed about
    the plan in advance', 'would not support the government without a guarantee of extra money') that the
    affirming sentence does not carry: the denial is of the timing or holds on a condition, not of the act."""
    m = _TIMING.search(_TIMING_CLAUSE.match(neg_text, neg_end).group())  # type: ignore[union-attr]
    return m is not None and not _TIMING.search(aff_text)


_PERSON_VOTE = re.compile(
    r"\A(?:,\s+(?:the\s+)?[\w\s'’-]{0,40}?,)?\s*(?:,\s+who\s+)?(?:had\s+)?(?P<v>voted\s+(?:(?P<for>for|in\s+favou?r|yes)|"
    r"(?P<against>against|no\b))|(?P<against2>dissented|abstained)|(?P<for2>backed|supported)\s+(?:the|it|them)\b)",
    re.I,
)
"""How the named person right before it voted ('Marcus Delgado voted against the closures', 'Delgado, who voted
in favor,', 'Delgado, the board president, voted for it'); not 'with the majority', whose side the sentence may not
tell."""


def _person_votes(f: SentenceFacts) -> list[tuple[EntityMention, str, tuple[int, int]]]:
    out = []
    for e in f.entities:
        m = _PERSON_VOTE.match(f.text[e.span[1] :])
        if m:
            side = (
                "for"
                if (m.group("for") or m.group("for2"))
                else ("abstain" if "abstain" in m.group("v").lower() else "against")
            )
            out.append((e, side, (e.span[1] + m.start("v"), e.span[1] + m.end("v"))))
    return out


def _vote_swap(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    """One named person's vote told both ways ('Board President Marcus Delgado voted against the closures' /
    'Marcus Delgado, who voted in favor, called ...'): a denial of the vote the other side tells."""
    if "vot" not in fa.text or "vot" not in fb.text:
        return None
    for ea, sa, spa in _person_votes(fa):
        for eb, sb, spb in _person_votes(fb):
            if sa != sb and _same_entity(ea, eb) and _name_like(ea) and _name_like(eb):
                va, vb = fa.text[spa[0] : spa[1]], fb.text[spb[0] : spb[1]]
                expl = f'negation: {ea.text} "{va}" vs "{vb}"'
                return Conflict("negation", va, vb, f"{sa}: {ea.key}", f"{sb}: {eb.key}", _clip(expl), 0.8, spa, spb)
    return None


_NO_EVIDENCE = re.compile(
    r"\b(?:no|little|scant|not\s+find\s+any|not\s+found\s+any)\s+(?:evidence|proof|signs?|indication|suggestion)\s+"
    r"(?:that\s+)?[^.;]{0,60}$",
    re.I,
)
"""Before an affirmed word: a finding that nothing shows it ('found no evidence that she had intended')."""
_FUTURE_NOT = re.compile(r"\b(?:will|shall)\s+(?:not|never)\s+(?:\S+\s+)?$|\bwon['’]t\s+(?:\S+\s+)?$", re.I)
"""Before a denied word: a denial of what will happen ('will not open for several years')."""
_MODAL_NOT = re.compile(r"\b(?:may|might|must|should|shall|ought\s+to)\s+(?:not|never)\s+(?:\S+\s+)?$", re.I)
"""Before a denied word: a rule or a possibility ('may not create', 'must not exceed'), not a denied act."""


_TO_VERB = re.compile(r"\s+to\s+(?!(?:the|a|an|his|her|its|their|our|this|that|be)\b)([a-z]+)\b")
"""The verb a predicate governs ('expected to change', 'agreed to pay')."""
_RAISING_STEMS = {
    stem(w)
    for w in ("expected", "likely", "planned", "intended", "agreed", "decided", "wanted", "hoped", "aimed", "sought",
              "promised", "pledged", "vowed", "threatened", "offered", "refused", "set", "due", "tried", "needed")
}  # fmt: skip
"""Predicates that govern another verb ('expected to', 'agreed to'): what they deny is that verb."""


_OBLIGED_TO = re.compile(r"\b(?:had|has|have|having|needs?|needed)\s+to\s+$|\bmust\s+$", re.I)
_OBLIGED_ANY = re.compile(r"\b(?:had|has|have|having|needs?|needed)\s+to\b|\bmust\b|\brequired\b", re.I)


def compare_negation(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    best: Conflict | None = (
        _antonym_conflict(fa, fb)
        or _none_against_some(fa, fb)
        or _unanimity_denied(fa, fb)
        or _none_voted_against(fa, fb)
        or _zero_conflict(fa, fb)
        or _vote_swap(fa, fb)
        or _no_object_conflict(fa, fb)
    )
    for x, y, x_is_a in ((fa, fb, True), (fb, fa, False)):
        for p in x.predicates:
            if p.stem in NON_PREDICATES or p.stem in STOPWORDS or len(p.stem) < 2:
                continue
            if x.text[p.span[0] : p.span[0] + 1].isupper() and _PLACE_PREP.search(
                x.text[max(0, p.span[0] - 8) : p.span[0]]
            ):
                continue  # 'have never been to Somalia': a place, not the denied act ('not Hartsock' still is)
            key = _pred_key(p.stem)
            # polarity of the same predicate in the other sentence ('seek' is also a request: 'would not seek a
            # recount' / 'has asked for a recount', though 'run' and 'ask' are two acts)
            occ = [w for w in y.words if _pred_key(w[0]) == key or _seek_as_request(p.stem, w[0])]
            if not occ:
                c = _negated_object(x, y, p, x_is_a)
                if c is not None and (best is None or c.confidence > best.confidence):
                    best = c
                continue
            if any(w[4] == p.negated for w in occ):
                continue  # same polarity somewhere: no contradiction
            if any(w[0] == p.stem and w[4] != p.negated for w in x.words):
                continue  # both polarities on this side ('we get the best deal, and if we don't get it'): no stance
            other = next((w for w in occ if w[0] == p.stem), occ[0])  # the same word before a synonym
            aff_text, aff_start = (y.text, other[2]) if p.negated else (x.text, p.span[0])
            aff_end = other[3] if p.negated else p.span[1]
            # the denied side's sentence and word
            neg_text, neg_start, neg_end = (x.text, p.span[0], p.span[1]) if p.negated else (y.text, other[2], other[3])
            if _NO_OBJECT.match(aff_text, aff_end):
                continue  # 'had received no reports' is as negative as 'had not received any'
            if _EXPECTED_TO.search(aff_text[max(0, aff_start - 30) : aff_start]):
                continue  # 'was expected to publish new tariff tables': a prediction, not an assertion
            if _OBLIGED_TO.search(aff_text[max(0, aff_start - 30) : aff_start]) and not _OBLIGED_ANY.search(
                neg_text[max(0, neg_start - 30) : neg_start]
            ):
                continue  # 'the €23 billion in savings that the parties had to agree on' / 'could not agree': what was
                # required, not done ('will not have to pay' / 'must pay' still deny one obligation)
            if _REJECTED_ASK.search(aff_text[max(0, aff_start - 120) : aff_start]):
                continue  # 'rejected a request by ArmGasNet to raise household tariffs' / 'the regulator's refusal to
                # raise tariffs': the act asked for and refused, denied on both sides
            if _UNLIKE_WHICH.search(aff_text[max(0, aff_start - 90) : aff_start]):
                continue  # 'given in a single dose, unlike Qdenga, which needs two' / 'does not need a second dose':
                # what the thing set against it does
            if _MEANT_TO.search(aff_text[max(0, aff_start - 30) : aff_start]):
                continue  # 'a small component meant to shut the heater down': what a thing is for, not what it did
            if _NO_SUBJECT.search(aff_text[max(0, aff_start - 60) : aff_start]):
                continue  # 'no care homes will close' is as negative as 'would not close any of its care homes'
            if _DENIED_JUST_BEFORE.search(aff_text[max(0, aff_start - 60) : aff_start]):
                continue  # '..., and we will not reopen the runway': denied there too, a second denial in
                # its sentence that the word polarities missed
            if _UNDER_DENIAL.search(_DENIAL_CLAUSE_CUT.split(aff_text[max(0, aff_start - 60) : aff_start])[-1]):
                continue  # 'The ships will not use fossil diesel as their main fuel' / 'Fossil diesel will not be the main
                # fuel': the word stands inside its clause's own denial, a few words after it
            if _neg_verb_before(aff_text[max(0, aff_start - 30) : aff_start]):
                continue  # 'refuse service' / 'deny service': a negative verb on both sides
            if _HALTED_AFTER.match(aff_text, aff_end):
                continue  # 'Trading in its shares had been suspended since March 2025' / 'which have not traded since
                # March last year': halted, as denied
            if _KEPT_FROM.search(aff_text[max(0, aff_start - 50) : aff_start]):
                continue  # 'the conviction bars him from standing' / 'cannot stand': kept from it, as denied
            if _WITHOUT.search(aff_text[max(0, aff_start - 30) : aff_start]):
                continue  # 'without seeking' is as negative as 'did not seek'
            if _STEP_AHEAD.search(aff_text[max(0, aff_start - 60) : aff_start]):
                continue  # 'would study the ruling before deciding whether to appeal' is as undecided as 'has not
                # decided whether to appeal': a step still ahead
            if _HEARSAY.search(aff_text[max(0, aff_start - 200) : aff_start]):
                continue  # 'many have speculated that the White House offered': not asserted
            if _NO_EVIDENCE.search(aff_text[max(0, aff_start - 80) : aff_start]):
                continue  # 'found no evidence that she had intended to cheat' is as negative as 'had not intended'
            before_denied = neg_text[max(0, neg_start - 30) : neg_start]
            if _FUTURE_NOT.search(before_denied) and re.fullmatch(r"[a-z]+ed", aff_text[aff_start:aff_end].lower()):
                continue  # 'will not open for several years' / 'the tunnel, which opened in 1959': what will not
                # happen says nothing against what did
            if _MODAL_NOT.search(before_denied):
                continue  # 'a partial veto may not create a new one': a rule or a possibility, not a denied act
            if _EXHORTED.search(neg_text[max(0, neg_start - 60) : neg_end]):
                continue  # 'urged Mr. Trump not to declare': a request, not a denial
            if {_bound_after(aff_text, aff_end), _bound_after(neg_text, neg_end)} == {"below", "above"}:
                continue  # 'keep charging below 80 percent' / 'not to charge above 80 percent': one advice
            if {_vote_way(aff_text, aff_end), _vote_way(neg_text, neg_end)} == {"for", "against"}:
                continue  # 'Hrubec voted against the new cabinet' / 'Hrubec did not vote for the new cabinet': one vote
            if _DETERMINER_BEFORE.search(
                aff_text[max(0, aff_start - 12) : aff_start]
            ) and not _DETERMINER_BEFORE.search(neg_text[max(0, neg_start - 12) : neg_start]):
                continue  # 'those who did not vote for me' / 'said after the vote': a noun, not the act
            if _particle(x.text, p.span[1]) != _particle(y.text, other[3]):
                continue  # 'could not break the deadlock' / 'the meeting broke up': another verb
            to_x, to_y = _TO_VERB.match(x.text, p.span[1]), _TO_VERB.match(y.text, other[3])
            if (
                p.stem in _RAISING_STEMS
                and to_x
                and to_y
                and stem(to_x.group(1).lower()) != stem(to_y.group(1).lower())
            ):
                continue  # 'is not expected to change' / 'are expected to meet the manager': two acts expected
            if _COUNTERFACTUAL.search(neg_text[max(0, neg_start - 40) : neg_start]):
                continue  # 'the fine would have been £48m had the bank not agreed': a condition contrary to fact
            if _IF_BEFORE.search(neg_text[max(0, neg_start - 40) : neg_start]):
                continue  # 'If it does not pay, the fund is meant to step in': a denial under a condition, not asserted
            if _PLUPERFECT_NEG.search(neg_text[max(0, neg_start - 30) : neg_start]) and not _PLUPERFECT.search(
                aff_text[max(0, aff_start - 30) : aff_start]
            ):
                continue  # 'who had never won Comrades' / 'won the women's race': before the event, not about it
            if _HAD_NOT.search(neg_text[max(0, neg_start - 30) : neg_start]) and _FIRST_TIME.search(
                aff_text[max(0, aff_start - 60) : aff_start]
            ):
                continue  # 'The reactor had not operated since 2011' / 'the first time the reactor has operated since
                # March 2011': the one says what the other presupposes
            if (
                _NOUN_NEGATION.search(neg_text[max(0, neg_start - 40) : neg_start])
                and not _copula_denied(neg_text, neg_start, aff_text, aff_start)
            ) or (
                _COMMA_NOT.search(neg_text[max(0, neg_start - 40) : neg_start])
                and neg_text[neg_start : neg_start + 1].islower()
            ):
                continue  # 'border security, but not the wall': a contrast, not a denied predicate
            if _two_named_objects(x.text, p.span[1], y.text, other[3]):
                continue  # 'had not reached the Iowa River' / 'had reached Wolf Creek': two places reached
            if _timing_denied(neg_text, neg_end, aff_text):
                continue  # 'had not been informed about the plan in advance' / 'had been informed about the plan
                # only shortly before': what is denied is the timing, which the other sentence does not claim;
                # 'would not support the government without a guarantee' / 'would support the government'
                # (announced later): a condition
            conf = 0.85
            if (y if p.negated else x).negated:
                conf -= 0.2  # the affirming sentence negates something too ('..., that was never the case')
            if not _shared_content(x, y, p.stem):
                conf = 0.6
            elif not _shared_near(x, p.span, y, (other[2], other[3]), p.stem):
                conf = 0.6  # the same word, but what surrounds it differs: maybe another act
            if p.stem in {stem("confirm"), stem("accept")}:
                conf -= 0.15
            if not _same_actor(x.text, p.span[0], y.text, other[2]):
                conf = min(conf, 0.55)  # 'Lorvania signed' / 'Moldova did not sign': two actors
            if _passive(x.text, p.span[0]) != _passive(y.text, other[2]):
                conf = min(conf, 0.55)  # 'a photo was sent' / 'he did not send a photo': other roles
            if key != p.stem or _pred_key(other[0]) != other[0]:
                conf -= 0.05
            x_phrase = p.phrase
            y_phrase = _phrase_at(y.text, other[2], other[3])
            # quote the affirmed wording
            affirmed = y_phrase if p.negated else x_phrase
            x_val = f"{p.cue} {p.text}" if p.negated else p.text
            y_val = other[1]
            x_norm = ("denied: " if p.negated else "affirmed: ") + x_phrase.lower()
            y_norm = ("affirmed: " if p.negated else "denied: ") + y_phrase.lower()
            a_neg = p.negated if x_is_a else not p.negated
            expl = f'negation: "{affirmed}" ' + ("denied vs affirmed" if a_neg else "affirmed vs denied")
            sx, sy = p.span, (other[2], other[3])
            c = Conflict("negation", x_val, y_val, x_norm, y_norm, _clip(expl), round(conf, 2), sx, sy)
            c = c if x_is_a else c.swapped()
            if best is None or c.confidence > best.confidence:
                best = c
    return best


_COUNTERFACTUAL = re.compile(
    r"\b(?:had|were|should)\s+(?:the\s+|its\s+|their\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+not\s+$", re.I
)
_PLUPERFECT_NEG = re.compile(r"\bhad\s+never(?:\s+(?:once|previously|before))?\s+$", re.I)
_PLUPERFECT = re.compile(r"\bhad\s+(?:\w+\s+)?$", re.I)
_HAD_NOT = re.compile(r"\bhad\s+(?:not|never)\s+(?:\w+\s+)?$|\bhadn['’]t\s+(?:\w+\s+)?$", re.I)
_FIRST_TIME = re.compile(r"\b(?:first\s+time|first\s+\w+\s+since)\b", re.I)
"""'the first time ... since': what happens now, against a past in which it had not."""


_UNLIKE_WHICH = re.compile(r"\bunlike\s+[^.;:]{1,60}?,?\s+(?:which|who|whose\s+\w+)\s+(?:\w+\s+){0,2}$", re.I)
"""A verb in a relative clause on the thing after 'unlike' ('unlike the Qdenga vaccine, which needs two')."""
_REJECTED_ASK = re.compile(
    r"\b(?:reject(?:s|ed|ing)?|rebuff(?:s|ed)?|turn(?:s|ed)?\s+down|refus(?:es|ed|al\s+of)|den(?:y|ies|ied))\s+(?:an?\s+|the\s+|its\s+|"
    r"their\s+|his\s+|her\s+)?(?:\w+\s+){0,2}?(?:request|bid|application|proposal|plan|call|demand|appeal|offer|motion)s?\b"
    r"[^.;]{0,70}?\bto\s+$",
    re.I,
)
"""A request turned down before the act it asked for ('rejected a request by the distributor to raise tariffs')."""
_NO_OBJECT = re.compile(r"\s+(?:no|none|nothing|nobody|neither)\b", re.IGNORECASE)
_DENY = stem("deny")
_REJECT = stem("reject")
_ADMIT = {stem(w) for w in ("admit", "acknowledge", "confirm", "concede")}


_NEAR_SENSE = re.compile(r"\s+(?:to|by)\b")
_OPEN_STATES = {stem(w) for w in ("open", "opened", "reopen", "reopened")}
_REOPENED = {stem(w) for w in ("reopen", "reopened", "reopens")}
_STILL_STATE = re.compile(r"\b(?:remains?|stays?|is|are)\s+(?:still\s+)?$|\bstill\s+$", re.I)
_UNTIL_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:until|till)\s+(?!further\b|at\s+least\b)", re.I)
"""A closing told with its end ('closed to traffic until 3 p.m.'; not 'until further notice')."""
_CLOSED_UNTIL = re.compile(r"\b(?:closed|shut)" + _UNTIL_AFTER.pattern, re.I)
_REOPENS = re.compile(r"\b(?:reopen(?:s|ed|ing)?|re-open(?:s|ed|ing)?)\b", re.I)


def _closure_end(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    """A closing's end against the reopening of the same thing told for another time ('Schools will stay closed
    until Wednesday' / 'Schools will reopen on Tuesday'; 'closed until 3 p.m. Tuesday' / 'reopened at noon'):
    a date conflict, not opposite states."""
    for x, y, x_is_a in ((fa, fb, True), (fb, fa, False)):
        m = _CLOSED_UNTIL.search(x.text)
        r = _REOPENS.search(y.text)
        if not m or not r or _REOPENS.search(x.text) or _CLOSED_UNTIL.search(y.text):
            continue
        until = next((t for t in x.times if t.modifier == "until" and m.start() < t.span[1] <= m.end() + 30), None)
        again = next(
            (t for t in y.times if not t.modifier and t.start is not None and 0 <= t.span[0] - r.end() <= 40), None
        )
        if until is None or again is None or until.end is None or again.end is None:
            continue
        if until.anchor != again.anchor or (until.level == 0) != (again.level == 0):
            continue  # a clock time against a day: not comparable
        if not _shared_near(x, m.span(), y, r.span(), "", width=50):
            continue  # 'Schools ... closed' / 'the airport reopened': two things
        if until.level == 0:  # 'until 3 p.m.' / 'at noon': an hour apart or more
            apart = abs((until.end - again.start).total_seconds()) > 3600 and not again.start < until.end <= again.end
        else:  # 'until Wednesday' reopens on Wednesday or the day after, not on Tuesday
            apart = not until.end - timedelta(days=1) <= again.start <= until.end
        if not apart:
            continue
        expl = _clip(f"date: closed {until.text} vs reopens {again.text}")
        c = Conflict("date", until.text, again.text, until.norm, again.norm, expl, 0.8, until.span, again.span)
        return c if x_is_a else c.swapped()
    return None


_STATE_ANTONYMS = [
    (_OPEN_STATES, {stem(w) for w in ("closed", "shut")}),
    ({stem("accepted")}, {stem("rejected")}),
    ({stem("approved")}, {stem("rejected"), stem("blocked")}),
    ({stem("acquitted")}, {stem("convicted"), stem("sentenced"), stem("guilty")}),  # a sentence is a conviction's
    ({stem("upheld")}, {stem("overturned"), stem("quashed"), stem("reversed")}),
]
"""Opposite states or decisions of one thing ('the motorway was closed' / 'stayed open'). Only
pairs that cannot both hold of one thing at one moment; 'rose' / 'fell' can (two periods)."""

_NOT_UNTIL_BEFORE = re.compile(r"(?:\bnot|n['’]t)\s+(?:\w+\s+){0,2}$", re.I)
_NOT_UNTIL_AFTER = re.compile(r"[^.;,]{0,40}?\b(?:until|till|before)\b", re.I)
_REVERSED_BEFORE = re.compile(
    r"\b(?:overturn(?:s|ed|ing)?|quash(?:es|ed|ing)?|revers(?:es|ed|ing)|annull?(?:s|ed|ing)?|set(?:ting)?\s+aside|"
    r"scrap(?:s|ped|ping)?|lift(?:s|ed|ing)?|cancell?(?:s|ed|ing)?)\s+(?:\S+\s+){0,3}$",
    re.I,
)
"""A verb undoing the state word that follows ('overturning an 18-month sentence', 'quashed his conviction')."""

_KIND_OF_EVENT = re.compile(
    r"[\s-]+(?:doors?|briefings?|meetings?|sessions?|hearings?|letters?|house|day\b|court|verdict|ballots?|primar(?:y|ies)|"
    r"season|questions?|circuit|caption(?:ing|s)?|book)\b",
    re.I,
)
"""A state word before one of these nouns names a kind of event or thing ('at a closed briefing', 'an open
letter', 'behind closed doors'), not the state of the story's subject."""


_STEP_AHEAD = re.compile(
    r"\b(?:would|will|wants?\s+to|plans?\s+to|intends?\s+to|is\s+going\s+to)\s+[^.;]{0,40}?\b"
    r"(?:before|until|till|ahead\s+of|prior\s+to)\s+(?:\S+\s+){0,2}$",
    re.I,
)
"""Before a verb: a step a plan puts after another, not yet taken ('would study the ruling before deciding')."""

_IF_BEFORE = re.compile(r"\b(?:if|unless|in\s+case)\s+(?:\S+\s+){0,4}$", re.I)
_UNASSERTED = re.compile(
    r"(?:\b(?:if|unless|either|whether|would|could|might|may|should|to)\b(?:\s+\S+){0,6}\s*$)|\bif\b[^.;]*,[^.;]*$",
    re.IGNORECASE,
)
"""Before a verb: a condition, a possibility or a purpose ('to open the government'), not a state."""


_RATHER_THAN = re.compile(r"\b(?:rather\s+than|instead\s+of)\s+(?:in\s+|on\s+)?$", re.I)
_SET_ASIDE = re.compile(
    r"\b(?:unconstitutional|struck\s+down|strikes?\s+down|overturn\w*|overrul\w*|annull?\w*|scrap\w*|reject\w*"
    r"|cancel\w*|block(?:ed|s)|originally|initially|had\s+planned|had\s+been\s+(?:set|planned|scheduled))\b",
    re.I,
)


def _names_the_rejected(f: SentenceFacts, other: SentenceFacts, times: Sequence[TimeRef]) -> bool:
    """Whether the sentence sets aside a time ('in June 2028 rather than March') that the other sentence names as
    set aside too ('the decision to hold local elections in March 2028 was unconstitutional')."""
    if not _SET_ASIDE.search(other.text):
        return False
    rejected = [t for t in f.times if _RATHER_THAN.search(f.text[max(0, t.span[0] - 20) : t.span[0]])]
    return any(
        _time_overlap(r, o)
        or (  # 'rather than March' with its year guessed from the page: the month is what it names
            r.inferred
            and r.level == o.level == 2
            and r.start is not None
            and o.start is not None
            and r.start.month == o.start.month
        )
        for r in rejected
        for o in times
    )


_ACCEPTED_ASK = re.compile(
    r"\baccept(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?(?:resignation|request|application|plea)s?\b",
    re.I,
)
"""A request or a resignation accepted: a step after the one that made it."""
_EVENT_START = re.compile(
    r"\b(?:broke\s+out|break(?:s|ing)?\s+out|began|begun|begins?|started|starts?|erupted|ignited|caught\s+fire)\b", re.I
)
_EVENT_END = re.compile(
    r"\b(?:put\s+out|extinguish(?:ed|es)?|brought\s+under\s+control|under\s+control|was\s+contained|were\s+contained"
    r"|ended|ends|was\s+over|called\s+off|lifted)\b",
    re.I,
)


def _outbreak_against_end(text_a: str, text_b: str) -> bool:
    """Whether one sentence tells how an event started ('broke out', 'began') and the other only how it ended
    ('put out', 'extinguished', 'brought under control')."""
    return bool(
        _EVENT_START.search(text_a)
        and not _EVENT_END.search(text_a)
        and _EVENT_END.search(text_b)
        and not _EVENT_START.search(text_b)
    )


def _opposite_acts(words_a: set[str], words_b: set[str]) -> bool:
    """Whether two sets of stems hold opposite states ('closed' / 'reopened')."""
    return any((words_a & pos and words_b & neg) or (words_a & neg and words_b & pos) for pos, neg in _STATE_ANTONYMS)


_PRICE_MOVE = re.compile(
    rf"\s+(?:{_HEDGE_WORDS}[\d.,]+\s*(?:%|percent|per\s+cent)|up|down|higher|lower|flat|at\s+[\d€$£])", re.I
)
"""After 'opened' or 'closed': a price at the open or the close ('closed 12.6% higher', 'opened at
44.50 zlotys'), not a state of a place."""


def _market_moment(text: str, start: int, end: int) -> bool:
    """Whether 'opened' / 'closed' / 'open' is a moment of a trading day: a price move after it
    ('closed almost 25 percent higher') or 'at the open' / 'at the close'."""
    return bool(_PRICE_MOVE.match(text, end) or re.search(r"\bat\s+the\s+$", text[max(0, start - 8) : start], re.I))


_BY_HOUR_AFTER = re.compile(
    r"\s+by\s+(?:the\s+)?(?:late\s+|early\s+|mid-?)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?"
    r"(?:morning|afternoon|evening|night|nightfall|midday|noon|lunchtime|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b)",
    re.I,
)
"""Right after a verb of state, the hour of the day the state was reached by ('were closed by mid-afternoon')."""


_CHARGE_OF = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+of\s+((?:[\w'’-]+[\s,]*){1,8})")
_CHARGE_END = re.compile(r"\b(?:on|in|at|but|after|before|for|by|when|while|which|who)\b.*", re.I)


def _charge_of(text: str, end: int) -> set[str]:
    """The content words of what a verdict is 'of', right after its verb ('acquitted Brayden Hollis of
    second-degree murder on Wednesday': {'second', 'degree', 'murder'}), else an empty set."""
    m = _CHARGE_OF.match(text, end)
    if not m:
        return set()
    words = re.findall(r"[a-z]+", _CHARGE_END.sub("", m.group(1)).lower())
    return {stem(w) for w in words if w not in STOPWORDS and w not in _NOT_CHARGE}


_NOT_CHARGE = {"all", "charge", "charges", "count", "counts", "today", "yesterday"} | {
    d + "day" for d in ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
}
"""Words after 'of' that name no charge ('acquitted of all charges' names none; 'convicted of manslaughter
Wednesday': its day)."""


def _state_antonym(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    """'Schools will stay closed on Monday' vs 'Schools will reopen on Monday': opposite states of the
    same thing (content words shared near both verbs, one actor), neither verb negated, at no two
    different times ('closed on Friday' / 'reopened on Saturday' is a sequence)."""
    if not _opposite_acts({w[0] for w in fa.words}, {w[0] for w in fb.words}):
        return None  # the common case, settled by set lookups before any time or word-by-word work
    ta = [t for t in fa.times if t.start is not None]
    tb = [t for t in fb.times if t.start is not None]
    if ta and tb and not any(_time_overlap(a, b) for a in ta for b in tb):
        return None
    for pos, neg in _STATE_ANTONYMS:
        for x, y, x_is_a in ((fa, fb, True), (fb, fa, False)):
            for w in x.words:
                if w[0] not in pos or w[4] or _market_moment(x.text, w[2], w[3]) or _KIND_OF_EVENT.match(x.text, w[3]):
                    continue
                for v in y.words:
                    if (
                        v[0] not in neg
                        or v[4]
                        or _market_moment(y.text, v[2], v[3])
                        or _KIND_OF_EVENT.match(y.text, v[3])
                        or (v[1].lower() == "close" and _NEAR_SENSE.match(y.text, v[3]))
                    ):
                        continue  # 'close to Hungary's border': near, not shut
                    if pos is _OPEN_STATES and (
                        any(u[0] in pos and not u[4] for u in y.words) or any(u[0] in neg and not u[4] for u in x.words)
                    ):
                        continue  # 'The festival, which opened on November 28, closed on Saturday': both states,
                        # one after the other, told on one side
                    if any(u[0] in neg and u[4] and u[2] != v[2] for u in y.words):
                        continue  # 'The Bruce Highway was not closed, but the Wide Bay Highway was shut' / 'The Bruce
                        # Highway remained open': the other side denies the state too, of one of two things it names
                    if _NO_SUBJECT.search(x.text[max(0, w[2] - 60) : w[2]]) or _NO_SUBJECT.search(
                        y.text[max(0, v[2] - 60) : v[2]]
                    ):
                        continue  # 'No schools in Darwin will open on Tuesday' / 'All Darwin schools will be closed'
                    if _NOT_UNTIL_BEFORE.search(x.text[max(0, w[2] - 25) : w[2]]) and _NOT_UNTIL_AFTER.match(
                        x.text, w[3]
                    ):
                        continue  # 'The tunnel was not open to traffic until the evening' / 'was closed for most of the
                        # day': shut until then, as the other side says
                    if _REVERSED_BEFORE.search(x.text[max(0, w[2] - 40) : w[2]]) or _REVERSED_BEFORE.search(
                        y.text[max(0, v[2] - 40) : v[2]]
                    ):
                        continue  # 'acquitted him, overturning an 18-month sentence': the state undone, not held
                    if (
                        w[0] in _REOPENED
                        and not any(t.start is not None for t in y.times)
                        and not _STILL_STATE.search(y.text[max(0, v[2] - 20) : v[2]])
                    ):
                        continue  # 'Highway 30 was closed while crews worked' / 'reopened Thursday afternoon':
                        # reopening follows a closing; only a closing told for its time ('remains closed': now)
                        # denies it
                    if bool(_BY_HOUR_AFTER.match(x.text, w[3])) != bool(_BY_HOUR_AFTER.match(y.text, v[3])):
                        continue  # 'Shelters were closed by mid-afternoon' / 'opened 26 temporary shelters': a state
                        # reached by an hour of the day, a step after (or before) the other
                    if pos is _OPEN_STATES and _UNTIL_AFTER.match(y.text, v[3]):
                        continue  # 'will stay closed until Wednesday' / 'will reopen on Tuesday': the closing's end
                        # told, two days for one reopening (the date rule's)
                    ca, cb = _charge_of(x.text, w[3]), _charge_of(y.text, v[3])
                    if ca and cb and not ca & cb:
                        continue  # 'acquitted him of second-degree murder' / 'was convicted of manslaughter': two
                        # charges, each with its verdict
                    if not _shared_near(x, (w[2], w[3]), y, (v[2], v[3]), w[0], width=50):
                        continue
                    if not _same_actor(x.text, w[2], y.text, v[2]):
                        continue
                    if _HEARSAY.search(x.text[max(0, w[2] - 200) : w[2]]) or _HEARSAY.search(
                        y.text[max(0, v[2] - 200) : v[2]]
                    ):
                        continue
                    if _UNASSERTED.search(x.text[: w[2]]) or _UNASSERTED.search(y.text[: v[2]]):
                        continue  # 'if we don't get a deal, the government will shut down', 'a bill to open it'
                    xv, yv = _phrase_at(x.text, w[2], w[3]), _phrase_at(y.text, v[2], v[3])
                    expl = f'negation: "{xv}" vs "{yv}" (opposite states)'
                    xn, yn = "affirmed: " + xv.lower(), "denied: " + xv.lower()
                    c = Conflict("negation", xv, yv, xn, yn, _clip(expl), 0.7, (w[2], w[3]), (v[2], v[3]))
                    return c if x_is_a else c.swapped()
    return None


_SET_THING = (
    r"(?P<obj>(?:its|the|their|a)\s+(?:[\w-]+\s+){0,4}?(?:rates?|ratio|tax|taxes|prices?|fees?|tariffs?|target))"
)
"""What a board or a government sets: 'its benchmark rate', 'the reserve requirement ratio'."""
_CHANGED = re.compile(
    r"\b(?:cut|cuts|lowered|lowers|reduced|reduces|raised|raises|increased|increases|hiked|hikes)\s+"
    + _SET_THING
    + r"\b",
    re.I,
)
_UNCHANGED = re.compile(
    r"\b(?:left|leaves|kept|keeps|held|holds)\s+" + _SET_THING + r"\s+(?:unchanged|steady|on\s+hold|at\b)", re.I
)


def _changed_against_unchanged(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    """'lowered the reserve requirement ratio to 16 percent' vs 'left the reserve requirement ratio
    unchanged': one thing changed and left as it was."""
    for x, y, x_is_a in ((fa, fb, True), (fb, fa, False)):
        for m in _CHANGED.finditer(x.text):
            for u in _UNCHANGED.finditer(y.text):
                ox = _content_stems(_EVENT_WORD.findall(m.group("obj")))
                oy = _content_stems(_EVENT_WORD.findall(u.group("obj")))
                if not ox or ox != oy:
                    continue
                xv, yv = m.group(0), u.group(0)
                expl = f'negation: "{xv}" vs "{yv}" (changed / unchanged)'
                xn, yn = "changed: " + m.group("obj").lower(), "unchanged: " + u.group("obj").lower()
                c = Conflict("negation", xv, yv, xn, yn, _clip(expl), 0.7, m.span(), u.span())
                return c if x_is_a else c.swapped()
    return None


def _antonym_conflict(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    """'denied the charges' vs 'admitted the charges': opposite verbs on the same object."""
    state = _state_antonym(fa, fb) or _changed_against_unchanged(fa, fb)
    if state is not None:
        return state
    for x, y, x_is_a in ((fa, fb, True), (fb, fa, False)):
        for k, w in enumerate(x.words):
            if w[0] != _DENY or w[4]:
                continue
            for m, v in enumerate(y.words):
                if v[0] not in _ADMIT or v[4]:
                    continue
                obj_x = {t[0] for t in x.words[k + 1 : k + 5] if t[0] not in STOPWORDS and len(t[0]) > 2}
                obj_y = {t[0] for t in y.words[m + 1 : m + 5] if t[0] not in STOPWORDS and len(t[0]) > 2}
                if not obj_x & obj_y:
                    continue
                aff = _phrase_at(y.text, v[2], v[3])
                expl = f'negation: "{aff}" ' + ("denied vs affirmed" if x_is_a else "affirmed vs denied")
                xv, yv = x.text[w[2] : w[3]], aff
                xn, yn = "denied: " + xv.lower(), "affirmed: " + aff.lower()
                c = Conflict("negation", xv, yv, xn, yn, _clip(expl), 0.7, (w[2], w[3]), (v[2], v[3]))
                return c if x_is_a else c.swapped()
    return None


_NO_THING = re.compile(r"\s+no\s+(?:(?:[a-z]+-)?[a-z]+\s+){0,2}?(?P<noun>[a-z]{4,})\b", re.IGNORECASE)


def _no_object_conflict(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    """One verb, affirmed on both sides, with 'no' before its object on one side only: 'inspected the mine and
    found no violations' / 'Inspectors had found safety violations at the mine'. The object's noun must follow the
    same verb on the other side, with no denial of its own there."""
    for x, y, x_is_a in ((fa, fb, True), (fb, fa, False)):
        for v in x.words:
            if v[4] or v[0] in NON_PREDICATES or v[0] in STOPWORDS or len(v[0]) < 3:
                continue
            m = _NO_THING.match(x.text, v[3])
            if not m:
                continue
            noun = stem(m.group("noun").lower())
            if noun in STOPWORDS or noun in NON_PREDICATES:
                continue
            key = _pred_key(v[0])
            for w in y.words:
                if _pred_key(w[0]) != key or w[4] or _NO_OBJECT.match(y.text, w[3]):
                    continue
                after = y.text[w[3] : w[3] + 40]
                clause = re.split(r"[,;:.]", after)[0]
                hit = next((t for t in re.finditer(r"[A-Za-z]+", clause) if stem(t.group().lower()) == noun), None)
                if hit is None:
                    continue
                end = w[3] + hit.end()
                if re.search(r"\b(?:not|never|no|any|without)\b", y.text[max(0, w[2] - 25) : end], re.I):
                    continue
                neg_phrase = x.text[v[2] : m.end()]
                return _denial_conflict(
                    neg_phrase, neg_phrase, (v[2], m.end()), y.text[w[2] : end], (w[2], end), 0.7, x_is_a
                )
    return None


def _denial_conflict(
    neg_value: str,
    neg_phrase: str,
    neg_span: tuple[int, int],
    aff_phrase: str,
    aff_span: tuple[int, int],
    confidence: float,
    x_is_a: bool,
) -> Conflict:
    """The negation conflict of a phrase denied on one side (x) and affirmed on the other, oriented a/b."""
    expl = f'negation: "{neg_phrase}" ' + ("denied vs affirmed" if x_is_a else "affirmed vs denied")
    xn, yn = "denied: " + neg_phrase.lower(), "affirmed: " + aff_phrase.lower()
    c = Conflict("negation", neg_value, aff_phrase, xn, yn, _clip(expl), confidence, neg_span, aff_span)
    return c if x_is_a else c.swapped()


def _negated_object(x: SentenceFacts, y: SentenceFacts, p: Predicate, x_is_a: bool) -> Conflict | None:
    """'did not hold a valid operating licence' vs 'was operating with a valid licence': the
    verb differs but the negated scope's content words are affirmed in the other sentence."""
    if not p.negated or y.negated or p.stem in NON_PREDICATES or p.stem in NEG_VERB_STEMS:
        return None  # 'never failed to pay': the negations cancel
    if any(w[0] in NEG_VERB_STEMS or w[0] == _REJECT for w in y.words):
        return None  # 'pleaded not guilty to X' ~ 'denied X': the other side negates lexically
    if re.search(r"\bwithout\b", y.text, re.IGNORECASE):
        return None  # 'did not seek approval' ~ 'without first conferring': both negative
    scope = [w for w in x.words if w[2] > p.span[1] and w[2] < p.span[1] + 45]
    content: list[tuple[str, str, int, int, bool]] = []
    prev_end = p.span[1]
    for w in scope:
        if w[1].lower() in CLAUSE_SCOPE_END or re.search(r"[,;:.()\"]", x.text[prev_end : w[2]]):
            break
        prev_end = w[3]
        if w[0] not in STOPWORDS and len(w[0]) > 2:
            content.append(w)
    if len(content) < 2:
        return None
    ystems = {w[0] for w in y.words}
    hits = [w for w in content if w[0] in ystems]
    if len(hits) < 2 or len(hits) < len(content) - 1:
        return None
    last = content[-1]
    neg_phrase = x.text[p.span[0] : last[3]]
    aff = next((w for w in y.words if w[0] == hits[-1][0]), None)
    if aff is None:
        return None
    first_hit = next((w for w in y.words if w[0] == hits[0][0]), aff)
    aff_span = (min(first_hit[2], aff[2]), max(first_hit[3], aff[3]))
    return _denial_conflict(
        f"{p.cue} {neg_phrase}", neg_phrase, (p.span[0], last[3]), y.text[slice(*aff_span)], aff_span, 0.6, x_is_a
    )


def _phrase_at(text: str, start: int, end: int) -> str:
    tail = text[end : end + 50].split()
    extra = []
    for w in tail[:3]:
        wl = w.strip(",.;:").lower()
        if not wl or wl in {"on", "in", "at", "by", "that", "and", "but", "or", "to", "as", "after", "before"}:
            break
        extra.append(w.strip(",.;:"))
        if w != w.rstrip(",.;:") or wl not in {
            "the",
            "a",
            "an",
            "his",
            "her",
            "its",
            "their",
            "out",
            "up",
            "down",
            "off",
        }:
            break
    return " ".join([text[start:end], *extra])


_WITHOUT = re.compile(r"\bwithout\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_HEARSAY = re.compile(
    r"\b(?:speculat\w*|rumou?r\w*|alleg\w*|suggest\w*|promis\w*|predict\w*|hop(?:e|es|ed|ing)|whether|if|accus\w*)\b(?:\s+[\w'’.,-]+){0,8}\s*$"
    r"|\bwhether\b[^.;:?!]{0,200}$",  # 'announces whether he ... or will ... seek a second term'
    re.IGNORECASE,
)
_EXHORTED = re.compile(
    r"\b(?:urg\w*|ask\w*|told|tell\w*|warn\w*|press\w*|call\w* on|implor\w*|begg?\w*)\b"
    r"(?:\s+[\w'’.,-]+){0,4}\s+not\s+to\s+\S*$",
    re.IGNORECASE,
)


_SUBJECT_CUT = re.compile(
    r"[;:()\"“”]|,\s|\b(?:that|who|which|and|but|while|whether|if|said|says|told|tells)\b", re.IGNORECASE
)
_PRONOUNS = {"i", "you", "he", "she", "it", "we", "they", "this", "that", "who", "which", "one's", "he's", "she's"}
_INCLUSIVE = {"both", "all", "each", "every", "everyone", "neither"}
_AUX = {
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "not",
    "never",
    "no",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "also",
    "still",
    "then",
    "now",
    "already",
    "to",
    "refused",
    "declined",
    "failed",
    "denied",
}


def _actor_words(text: str, start: int) -> tuple[set[str], bool]:
    """Who does what the predicate at `start` says, by name: the capitalised words of its clause before
    it (at most six words), and whether that actor is open (a pronoun, 'both', 'all', a description
    such as 'the mayor', which may name anyone, or nothing written)."""
    left = _SUBJECT_CUT.split(text[:start])[-1]
    words = [w.strip("'’.") for w in re.findall(r"[\w'’.-]+", left)][-6:]
    low = [w.lower() for w in words if w]
    if not low or any(w in _PRONOUNS or w in _INCLUSIVE for w in low):
        return set(), True
    names = [w for w in words if w[:1].isupper() and w.lower() not in STOPWORDS and w.lower() not in _AUX]
    content = {w.lower().removesuffix("'s").removesuffix("’s").replace(".", "") for w in names}
    if len(names) >= 2:
        content.add("".join(w[0].lower() for w in names))  # 'the United States' ~ 'the US'
    return content, not content


_INDEFINITE = {"one", "another", "some", "a", "an", "other", "several", "many"}


def _indefinite_subject(text: str, start: int) -> bool:
    """Whether the clause before the predicate opens with an indefinite subject ('One party won't',
    'Another lawmaker said'): an actor left unnamed, not a description of a named one."""
    left = _SUBJECT_CUT.split(text[:start])[-1]
    words = re.findall(r"[A-Za-z]+", left)
    return bool(words) and words[0].lower() in _INDEFINITE


def _same_actor(text_x: str, start_x: int, text_y: str, start_y: int) -> bool:
    """Whether two predicates may have one actor: their named subjects share a word, or one is open."""
    wx, open_x = _actor_words(text_x, start_x)
    wy, open_y = _actor_words(text_y, start_y)
    if (open_x and wy and _indefinite_subject(text_x, start_x)) or (
        open_y and wx and _indefinite_subject(text_y, start_y)
    ):
        return False  # 'One party won't tax' / 'The Democrats tax and spend': some actor, not the one named
    if open_x or open_y:
        return True
    return bool({stem(w) for w in wx} & {stem(w) for w in wy})


_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|is|are|be|been|being|get|got|gets)\s+(?:(?:not|never|\w+ly)\s+)*$", re.IGNORECASE
)


def _passive(text: str, start: int) -> bool:
    """Whether the predicate at `start` is a passive participle ('was sent', 'were not felt'); a
    present participle after the same auxiliaries is active ('are not taking part')."""
    word = re.match(r"[A-Za-z]+", text[start:])
    if word and word.group().lower().endswith("ing"):
        return False
    return bool(_PASSIVE_BEFORE.search(text[max(0, start - 40) : start]))


_HALTED_AFTER = re.compile(
    r"(?:\s+(?:in|of)\s+[^.;,]{1,30}?)?\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been|remains?|remained)\s+"
    r"(?:suspended|halted|stopped|frozen|banned|barred|blocked)\b",
    re.I,
)
"""After an act named as a noun, its halt ('Trading in its shares had been suspended'): the act is not going on."""
_KEPT_FROM = re.compile(
    r"\b(?:bar|bars|barred|barring|ban|bans|banned|banning|prevent\w*|stop|stops|stopped|stopping|block\w*"
    r"|prohibit\w*|disqualif\w*|exclud\w*|keep|keeps|kept|keeping|suspend\w*)\s+(?:[\w'’-]+\s+){0,3}?from\s+$",
    re.I,
)
"""A verb that keeps someone from what follows ('bars him from standing', 'prevented the ship from docking')."""


_DENIED_THAT = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses)\s+(?:(?:the\s+)?(?:claims?|suggestions?|"
    r"reports?|allegations?)\s+)?that\s+(?:[\w'’-]+\s+){0,5}$",
    re.I,
)


def _neg_verb_before(text: str) -> bool:
    """A verb that negates what follows ('deny', 'refused to') among the last few words, or a denial of the
    clause the word stands in ('denied that the reform privatised health care')."""
    if _DENIED_THAT.search(text):
        return True
    words = re.findall(r"[A-Za-z]+", text)
    last = words[-3:]
    if any(w.lower() in {"let", "allow", "allowing", "permit"} for w in last):
        last = words[-5:]  # 'refused to let Texas enforce a law': the refusal reaches past whom it lets
    return any(stem(w.lower()) in NEG_VERB_STEMS or w.lower() in _LACK_VERBS for w in last)


_LACK_VERBS = frozenset(
    "skip skips skipped skipping lack lacks lacked lacking omit omits omitted omitting forgo forgoes forwent forgoing"
    " bypass bypasses bypassed bypassing".split()
)
"""Verbs of going without ('it skips the tadpole stage'): as negative as 'does not have a tadpole stage'."""


_PARTICLES = {"up", "out", "off", "down", "away", "over", "back"}
_NOUN_DETERMINER = r"(?:the|a|an|this|that|these|those|his|her|their|its|our|any)"
_NOUN_NEGATION = re.compile(r"\bnot\s+" + _NOUN_DETERMINER + r"\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_COPULA = r"\b(?:is|was|are|were|be|been)\s+"
_COPULA_NOT = re.compile(_COPULA + r"not\s+" + _NOUN_DETERMINER + r"\s+(?:[\w'’-]+\s+){0,2}$", re.I)
"""'The bridge is not a listed structure': what the subject is, denied (no contrast of two nouns)."""
_COPULA_BEFORE = re.compile(_COPULA + _NOUN_DETERMINER + r"?\s*(?:[\w'’-]+\s+){0,2}$", re.I)
"""'The bridge is a listed structure': what the subject is, affirmed."""
_OPEN_QUOTE = re.compile(r"[\"“”]")


def _copula_denied(neg_text: str, neg_start: int, aff_text: str, aff_start: int) -> bool:
    """'The bridge is not a listed structure' / 'The bridge is a listed structure': what a thing is, denied and
    affirmed, each with its copula, the denial not inside a quotation (a speaker's 'it is not a hoax' answers
    another's words, not another outlet's fact)."""
    return (
        bool(_COPULA_NOT.search(neg_text[max(0, neg_start - 40) : neg_start]))
        and bool(_COPULA_BEFORE.search(aff_text[max(0, aff_start - 40) : aff_start]))
        and len(_OPEN_QUOTE.findall(neg_text[:neg_start])) % 2 == 0
    )


_COMMA_NOT = re.compile(r"\b[a-z]+,\s+not\s+$")
"""'price, not volume': two common nouns in contrast, no act denied (a name after it, 'Her husband, not
Hartsock, bought the ticket', still denies the act of the name)."""


def _particle(text: str, end: int) -> str:
    """The adverb particle right after a verb ('broke up'), or ''."""
    nxt = text[end : end + 12].split()
    word = nxt[0].strip(",.;:").lower() if nxt else ""
    return word if word in _PARTICLES else ""


def _shared_near(
    x: SentenceFacts, span_x: tuple[int, int], y: SentenceFacts, span_y: tuple[int, int], pred: str, width: int = 40
) -> bool:
    """Some content word (not the predicate) stands near the predicate in both sentences."""

    def near(f: SentenceFacts, span: tuple[int, int]) -> set[str]:
        return {
            w[0]
            for w in f.words
            if w[0] not in STOPWORDS
            and len(w[0]) > 2
            and w[0] != pred
            and span[0] - width <= w[2]
            and w[3] <= span[1] + width
        }

    return bool(near(x, span_x) & near(y, span_y))


def _shared_content(x: SentenceFacts, y: SentenceFacts, pred: str) -> bool:
    cx = {w[0] for w in x.words if w[0] not in STOPWORDS and len(w[0]) > 2 and w[0] != pred}
    cy = {w[0] for w in y.words if w[0] not in STOPWORDS and len(w[0]) > 2 and w[0] != pred}
    return len(cx & cy) >= 1


def _clip(s: str, n: int = 100) -> str:
    return s if len(s) <= n else s[: n - 1] + "\u2026"


__all__ = ["KINDS", "Conflict", "compare_facts", "compare_pair"]
