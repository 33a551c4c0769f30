"""Number conflicts: two values for one counted, measured or priced fact slot (`compare_numbers`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from functools import lru_cache

from rapidfuzz import fuzz

from reconcile.facts import (
    MONTHS,
    STOPWORDS,
    WEEKDAYS,
    EntityMention,
    Quantity,
    SentenceFacts,
    TimeRef,
    stem,
    syn,
)
from reconcile.facts.entities import entity_key
from reconcile.facts.lexicon import (
    COUNTRIES,
    DEMONYMS,
    EVENT_PAST_FORMS,
    ORDINALS,
    OUTLETS,
    TIME_UNITS,
    UNITS,
)
from reconcile.facts.numbers import NUMBER_WORD, simple_number_word
from reconcile.facts.places import countries_of
from reconcile.facts.quantities import HEDGE_WORD, LIMIT_HEDGES, LY_NOUNS, modifier_like, tally_sides, written_number
from reconcile.facts.tokens import strip_accents

from .entities import _nation_key
from .shared import (
    _BODY_WORDS,
    _CLAUSE_END,
    _DEADLINE_TALK,
    _EVENT_WORD,
    _FALL_WORDS,
    _HAD_DONE,
    _HEDGE_WORDS,
    _LOCAL_ZONES,
    _MARKET_WORDS,
    _MONTHS_AND_DAYS,
    _RISE_WORDS,
    _SPLIT_VOTE,
    _STATE_MOMENT,
    _UNANIMOUS,
    _YEAR,
    AREA_HECTARES,
    Conflict,
    _as_of,
    _capacity,
    _clip,
    _content_stems,
    _hours,
    _minute_window,
    _only_each,
    _over_threshold,
    _overlap,
    _page_week,
    _read_at_two_parts_of_day,
    _same_name_tokens,
    _time_overlap,
    _two_limits,
    _window_ends,
    found_in,
    matches_in,
    per_text,
    shares_complement,
)

_ASKED = re.compile(
    r"\b(?:ask(?:s|ed|ing)?\s+for|demand(?:s|ed|ing)?|seek(?:s|ing)?|sought|want(?:s|ed)?|call(?:s|ed|ing)?\s+for"
    r"|push(?:es|ed|ing)?\s+for|request(?:s|ed|ing)?"
    r"|claim(?:s|ed|ing)?(?=\s*$|\s+(?:for|of|damages|compensation|back|about|around|up\s+to|more\s+than|\S*\d)))\b",
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
    r"|profit\s+before\s+tax|revenues?|sales|turnover|ebitda|(?:net\s+|public\s+|gross\s+)?debt|deficit|loss|losses)\b",
    re.I,
)
_SAME_ITEM = {"net income": "net profit", "net earnings": "net profit", "revenues": "revenue", "turnover": "revenue",
              "sales": "revenue", "pre-tax profit": "pretax profit", "profit before tax": "pretax profit",
              "losses": "loss", "net loss": "loss"}  # fmt: skip
_LOST_BEFORE = re.compile(r"\blost\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|some\s+)?$", re.I)
"""Right before a sum, its loss told by the verb ('Orrin lost $42 million in the quarter')."""


_YEAR_WHEN = re.compile(r"(?<![\d.,$€£])\b(1[89]\d\d|20\d\d),?\s+when\b[^.;]*$")


def _year_back(f: SentenceFacts, q: Quantity) -> bool:
    """Whether a figure is told in a clause that a year two or more before its page's opens ('memories of 2002,
    when the river reached 9.40 metres'). A year elsewhere in the figure's clause may name the act itself ('the
    lawsuit was brought in 2024 on behalf of 14') or a thing ('the 2023 mining code', 'Act 2019'): not read."""
    if f.published is None:
        return False
    years = [m.group(1) for m in _YEAR_WHEN.finditer(f.text[max(0, q.span[0] - 120) : q.span[0]])]
    if (m := _YEAR_OPENING.match(f.text)) and m.end() <= q.span[0]:
        years.append(m.group(1))  # 'In 2012, an avalanche on the same mountain killed 11 climbers'
    return any(int(y) <= f.published.year - 2 for y in years)


_YEAR_OPENING = re.compile(r"\s*(?:Back\s+)?[Ii]n\s+(1[89]\d\d|20\d\d),")


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
    if sa == sb or {syn(wa), syn(sa)} & {syn(wb), syn(sb)}:
        return False  # 'Firms that break it face fines' / 'Companies that fail to comply face fines': one party
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
    if ha and hb and (a.noun == b.noun if a.dimension == "count" else a.dimension == b.dimension):
        return False  # 'the 604-bed building' / "Corrib Living's 640-bed scheme", 'A 10-mile stretch' / 'a 15-mile
        # section': one unit told of one thing under two names
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


@lru_cache(maxsize=1 << 14)
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


_AS_OF_HOUR = per_text(re.compile(r"\d[^.;,]{0,40}?\bas\s+of\s+\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b", re.I))
"""A figure read as of a clock time, in its own clause ('a record snow depth of 112 centimeters as of 7 a.m.
Wednesday'; not 'carrying about 1,100 passengers ..., and those on board were still waiting as of 1pm')."""


_FX_MARKET = per_text(
    re.compile(r"\b(parallel|black|official|interbank|informal|street|spot|futures)\s+(?:market|rate)s?\b", re.I)
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


_ANNUAL_AFTER = re.compile(
    r"\s+(?:(?:more\s+)?(?:a|per|each|every)\s+(?:year|season)|annual|yearly|annually)\b"
    r"|[^.;:\d]{0,40}?\b(?:annually|each\s+year|every\s+year|a\s+season|per\s+season)\b",
    re.I,
)
_TOTAL_OVER = re.compile(
    r"\bover\s+(?:its|the|a|their|his|her)?\s*(?:\d+|[a-z]+)[\s-](?:years?|seasons?)\b"
    r"|\b(?:\d+|[a-z]+)-(?:year|season)\s+(?:term|deal|contract|agreement|period)\b|\bworth\b|\bin\s+total\b",
    re.I,
)


def _rate_against_total(text_x: str, x: Quantity, text_y: str, y: Quantity) -> bool:
    """Whether x is a yearly rate ('$2.5 million a year', 'a 6 per cent annual rise') and y, with no rate of its
    own, a total over a span of years or a deal's worth ('Over its 15-year term ... worth $37.5 million', 'a 15 per
    cent rise over three years', 'a deal worth 108 million euros'; not 'worth 1.3 billion dollars last year')."""
    if not (x.dimension.startswith("money:") or x.dimension == "percent"):
        return False
    if not _ANNUAL_AFTER.match(text_x, x.span[1]) or _ANNUAL_AFTER.match(text_y, y.span[1]):
        return False
    return bool(_TOTAL_OVER.search(text_y)) and not _ONE_YEAR.search(text_y)


_ONE_YEAR = re.compile(r"\b(?:last|this|next|a|per|each|every)\s+(?:year|season)\b|\bannual(?:ly)?\b", re.I)


def _per_year(q: Quantity, period: str) -> Quantity:
    """A rate over a period as a rate over a year ('$7 a month': $84 a year)."""
    k = _PERIODS_A_YEAR[period]
    return replace(q, value=q.value * k, low=q.low * k, high=q.high * k)


def _distance_role(text: str, q: Quantity) -> str:
    """'depth' for a depth ('at a depth of 11.3 kilometres', '10 km deep'), 'width', 'length' or 'height' for a
    size told by its axis ('12 meters across', '40 metres long', '30 m high'), 'away' for a distance from a place
    ('some 50 kilometres south-east of the city'), else ''."""
    if not q.dimension.startswith("measure:") or q.dimension[8:] not in ("km", "m", "mi"):
        return ""
    if re.search(
        r"\bdepth\s+of\s+(?:about\s+|some\s+|around\s+)?$", text[max(0, q.span[0] - 25) : q.span[0]], re.I
    ) or re.match(r"\s+(?:deep|below|underground|beneath)\b", text[q.span[1] :], re.I):
        return "depth"
    if re.match(r"\s+(?:across|wide|in\s+(?:diameter|width))\b", text[q.span[1] :], re.I):
        return "width"  # 'roughly 12 meters across' is no depth ('about 8 meters deep')
    if re.match(r"\s+(?:long|in\s+length)\b", text[q.span[1] :], re.I):
        return "length"
    if re.match(r"\s+(?:high|tall|in\s+height)\b", text[q.span[1] :], re.I):
        return "height"
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


_PLACES_JOINED = re.compile(
    r"\b(?:across|in|throughout|over)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:area\s+|region\s+)?and\s+"
    r"(?:the\s+)?[A-Z][\w'’-]+"
)
_IN_ONE_PLACE = re.compile(
    r"\b(?:across|in|throughout)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b(?!\s+and\b|,\s+[A-Z])"
)


def _wider_by_a_place(narrow_text: str, narrow: Quantity, wide_text: str, wide: Quantity) -> bool:
    """Whether one side counts in one place ('in the Moreton Bay area') and the other, no lower, counts across that
    place and another ('across Moreton Bay and Brisbane's north'): the count of a wider area."""
    if wide.high < narrow.low:
        return False  # the wider area's count below the narrower one's: not so
    w = _PLACES_JOINED.search(wide_text)
    n = _IN_ONE_PLACE.search(narrow_text)
    return bool(w and n and n.group(1) == w.group(1) and not _PLACES_JOINED.search(narrow_text))


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
    if not (_AN_AVERAGE.search(left) or (a.span[0] <= 60 and _AVERAGE_OPENS.match(left))):
        return False
    if _AVERAGE.search(left_b):
        return False
    return bool(
        (_OWNER_BEFORE.search(left_b) and not _AVERAGE.search(text_b))
        or _SET_AT.search(left_b)  # 'Rents are to be set at 7.50 euros': a figure decided, which no average is
        or _BESIDE_AVERAGE.match(text_b, b.span[1])  # '€7.50 per square metre, less than half the city's average'
    )


_AN_AVERAGE = re.compile(r"\b(?:the|an?)\s+(?:average|mean|median|typical)\b", re.I)
_AVERAGE_OPENS = re.compile(r"\s*(?:average|mean|median|typical)\b", re.I)
"""A sentence that opens on its average ('Average asking rents for new leases passed 22 euros')."""
_SET_AT = re.compile(
    r"\b(?:(?:be|been|is|are|was|were)\s+(?:set|fixed|capped|pegged)|(?:start|starts|starting)|(?:set|fix|cap)s?\s+"
    r"(?:it|them|the\s+\w+))\s+at\s+(?:(?:about|around|some|roughly)\s+)?$",
    re.I,
)
"""A figure someone decides ('are to be set at', 'will start at', 'capped at')."""
_BESIDE_AVERAGE = re.compile(
    r"[^.;:]{0,40}?\b(?:than|below|above|under|over|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:average|mean|median)\b",
    re.I,
)
"""A figure set beside an average right after it ('less than half the city's average', 'well below the national
average'): it is not that average."""
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


_THRESHOLD_AFTER = re.compile(
    r"\s+(?:hurdle|threshold|barrier|bar|cut-?off|minimum)\b"
    r"|\s+(?:seats\s+|votes\s+)?(?:needed|required)\s+(?:for|to)\b",  # 'the 233 needed for a majority'
    re.I,
)


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
    r"\b(?:beat|beats|beaten|won|win|wins|lost|lose|loses|defeated|edged|trailed|trails?|led|leads?|ahead|behind)\b"
    r"[^.;]{0,40}\bby\s+$",
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
        re.search(
            r"\b(?:by|majority|margin|ahead|clear|advantage)\b|\b(?:a|the|her|his|their|its|final|narrow|winning)\s+lead\b",
            _clause_before(text, q)[-60:],
            re.I,
        )
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
    if not found and q.dimension.startswith("money:") and _LOST_BEFORE.search(before):
        return "loss"  # 'Orrin lost $42 million' / 'revenue of $318 million'
    if not found:
        return ""
    item = re.sub(r"\s+", " ", found[-1])
    return _SAME_ITEM.get(item, item)


_PHASE = re.compile(r"^[^,;:.]{0,40}?\b(during|after)\b", re.I)


_PLACE_AFTER = re.compile(
    r"^\s+(?:[a-z]+\s+){0,3}?in\s+((?:[A-Z][\w'’-]+\s?){1,3})"
    r"|^\s+(?:of\s+the\s+)?(?:[A-Z]?[a-z]+\s+){1,2}(?:have|has|had|were|was)\s+been\s+[a-z]+\s+(?:in|across|throughout)\s+"
    r"((?:[A-Z][\w'’-]+\s?){1,3})"
)
"""Right after a figure, the place its things are in ('two people in Terrebonne Parish'), or where what they
underwent happened ('About 38,500 of the seats have been sold in Germany', '400,000 Orbit seats have been sold
across Europe')."""
_SENT_TO_AFTER = re.compile(
    r"^\s+(?:[a-z]+\s+){0,4}?(?:diverted|redirected|rerouted|sent|taken|flown|moved|transferred)\s+to\s+(?:the\s+)?"
    r"((?:[A-Z][\w'’-]+\s?){1,3})"
)


def _demonym(q: Quantity) -> str:
    """The nationality or party a counted noun is told of ('two Kenyan diplomats': 'kenyan'), else ''."""
    words = q.noun_text.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return ""
    w = words[0].lower()
    return w if w in DEMONYMS or _DEMONYM_SHAPE.fullmatch(words[0]) else ""


_DEMONYM_SHAPE = re.compile(r"[A-Z][a-z]+(?:ian|an|ese|ish|i)")


def _place_of(text: str, q: Quantity, where: re.Pattern[str] = _PLACE_AFTER) -> set[str]:
    """The words of the place named right after a figure ('two people in Terrebonne Parish'), else none; with
    `_SENT_TO_AFTER`, of where its things were taken ('Two incoming flights were diverted to El Salvador's
    international airport')."""
    m = where.match(text[q.span[1] : q.span[1] + 80])
    place = next((g for g in m.groups() if g), "") if m else ""
    if not place or place.split()[0].lower() in _MONTHS_AND_DAYS:
        return set()  # '1.4% in August': a time, not a place
    return {re.sub(r"['’]s$", "", w.lower()) for w in place.split()} - _PLACE_KIND_WORDS


_PLACE_KIND_WORDS = frozenset({"parish", "county", "province", "district", "state"})
"""Words that say what kind of place a name is, not which ('Terrebonne Parish' / 'Lafourche Parish')."""


def _phase(text: str, q: Quantity) -> str:
    """'during' or 'after' when the words right after a figure put it in a phase of an event ('no
    arrests were made during the match', '32 arrests after clashes'), else ''."""
    m = _PHASE.match(text[q.span[1] :])
    return m.group(1).lower() if m else ""


_AWARDED = re.compile(
    r"\b(?:order(?:s|ed|ing)?|award(?:s|ed|ing)?|grant(?:s|ed|ing)?|fin(?:es|ed)|sentenc(?:es|ed)|agreed\s+to\s+pay"
    r"|settled|won|receive[sd]?|paid|set\s+at|fixed\s+at)\b",
    re.I,
)


_EXTREME_BEFORE = re.compile(
    r"\bas\s+(?:much|low|high|far|little)\s+as\s+(?:[\w.,%-]+\s+){0,3}?to\s+$"
    r"|\b(?:intraday|session|day['’]s)\s+(?:low|high)\s+of\s+$",
    re.I,
)


def _extreme_reading(text: str, q: Quantity) -> bool:
    """Whether a figure is the furthest a market price went in a session ('fell as much as 0.9% to 19.51 per dollar',
    'an intraday low of 19.6'), not where it stood."""
    return bool(_EXTREME_BEFORE.search(text[max(0, q.span[0] - 50) : q.span[0]]))


_TRANCHE_BEFORE = re.compile(
    r"\b(?:unlock(?:s|ed|ing)?|(?:tranche|instal?ment)s?\s+of)\s+$",
    re.I,
)


def _tranche(text: str, q: Quantity) -> bool:
    """Whether a sum is one payment out of a larger one ('unlocking about $1.2 billion', 'a tranche of $820 million');
    not a sum 'released', which is as often all of it ('The ministry has released €1.5 million for emergency
    works'). Set apart only from a sum told as a whole loan or programme (`_whole_sum`): two tranches, or a sum
    unlocked and one released, are one payment."""
    return bool(_TRANCHE_BEFORE.search(text[max(0, q.span[0] - 30) : q.span[0]]))


_WHOLE_SUM_AFTER = re.compile(
    r"(?:\s+[\w-]+)?\s+(?:programme|program|loan|package|facility|bailout|arrangement|deal)s?\b", re.I
)


def _whole_sum(text: str, q: Quantity) -> bool:
    """Whether a sum is told as the size of a whole loan or programme ("Egypt's $8 billion programme", 'a $3 billion
    extended fund facility')."""
    return bool(_WHOLE_SUM_AFTER.match(text, q.span[1]))


_PRICE_MEASURE = re.compile(
    r"\b(?:(?P<core>core|underlying|trimmed[\s-]+mean|weighted\s+median)|(?P<headline>headline))\b", re.I
)
_PRICES = re.compile(r"\b(?:inflation|consumer\s+prices|cpi)\b", re.I)


def _price_measure(text: str, q: Quantity) -> str:
    """Which measure of inflation a figure is, read in the words before it ('Core inflation ... reached 3.4 per cent':
    'core'; 'Headline inflation was 3.2%': 'headline'), '' when none is named or no prices are (plain 'inflation' may
    be either)."""
    left = re.split(r";|\bwhile\b|\bbut\b|\bwhereas\b", text[max(0, q.span[0] - 90) : q.span[0]])[-1]
    if not _PRICES.search(left):
        return ""
    found = list(_PRICE_MEASURE.finditer(left))
    return ("core" if found[-1].group("core") else "headline") if found else ""


_ADDED = re.compile(
    r"\b(?:add(?:s|ed|ing)?(?!\s+that\b|\s*[.,;:\"'”’])|creat(?:e|es|ed|ing)|hir(?:e|es|ed|ing)|introduc(?:e|es|ed|ing))\b",
    re.I,
)
_REMOVED = re.compile(
    r"\b(?:cancell?(?:ed|ing)|canceled|axed|axing|scrap(?:s|ped|ping)|remov(?:e|es|ed|ing)|cut(?:s|ting)?|shed(?:s|ding)?"
    r"|slash(?:es|ed|ing)|eliminat(?:e|es|ed|ing)|laid\s+off|lay(?:s|ing)?\s+off|withdrawn|dropped)\b",
    re.I,
)


def _added_against_removed(text_a: str, text_b: str) -> bool:
    """Whether one sentence only adds or creates things ('added about 80 new weekday services', 'hired 40 staff') and
    the other only takes them away ('More than 300 services were cancelled', 'cut 120 jobs'): two counts of two
    acts, not one count told twice."""
    return _only_each(_ADDED, _REMOVED, text_a, text_b) or _only_each(_ADDED, _REMOVED, text_b, text_a)


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
    r"|\binsurance\s+(?:cover|coverage|policy|payout|claim)\s+(?:of|worth)\s+(?:about\s+|around\s+|some\s+)?$"
    r"|\binsured\s+(?:value|sum|amount)\s+(?:was|is|of|stood\s+at)\s+(?:about\s+|around\s+|some\s+)?$",  # 'Its insured value was
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


_MONEY_IN = re.compile(
    r"\b(?:raised|raising|collected|collecting|received|gathered|took\s+in|brought\s+in)\s+(?:[\w'’-]+\s+){0,3}?$", re.I
)
_MONEY_OUT = re.compile(
    r"\b(?:spent|spending|paid\s+out|disbursed|distributed|handed\s+out|used)\s+(?:[\w'’-]+\s+){0,3}?$", re.I
)


def _money_flow(text: str, q: Quantity) -> str:
    """Whether a sum is money taken in ('collected 640 million liras': 'in'), paid out ('had spent 410 million
    liras': 'out'), or neither told ('')."""
    before = _CLAUSE_END.split(text[max(0, q.span[0] - 50) : q.span[0]])[-1]
    return "in" if _MONEY_IN.search(before) else "out" if _MONEY_OUT.search(before) else ""


def _pair_similarity(text_a: str, a: Quantity, text_b: str, b: Quantity, both_capacities: bool) -> float:
    """How alike two figures' nouns and leads are, and whether both are capacities ('has capacity for 1,200 inmates' /
    'against a capacity of 1,072'): what makes them partners."""
    return _similarity(a, b) + _same_lead(text_a, a, text_b, b) + (1.0 if both_capacities else 0.0)


_WHOLE_INCLUDING = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2}?,?\s+(?:including|among\s+them|among\s+whom)\s+(?:the\s+|its\s+|their\s+)?([a-z]+)\b"
)


def _whole_including(text: str, q: Quantity, other: Quantity) -> bool:
    """Whether a count is told with 'including' a group ('230 people, including the crew') and the other figure counts
    that group ('43 crew members'): a part against its whole."""
    if q.dimension != "count":
        return False
    m = _WHOLE_INCLUDING.match(text, q.span[1])
    if m is None or not other.noun_text or other.noun == q.noun:
        return False
    group = stem(m.group(1))
    return group != stem(q.noun) and any(stem(w) == group for w in other.noun_text.lower().split())


_INCLUDED_ITEMS = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2}?,?\s+including\s+([a-z][\w-]*(?:\s+(?!and\b|or\b)[a-z][\w-]*){1,2})"
)


def _total_of_listed(text: str, q: Quantity, other_text: str, other: Quantity) -> bool:
    """Whether a count is told as a total 'including' items ('convicted on four counts, including abuse of office') that
    the other sentence lists on their own before its figure ('found guilty of abuse of office, conspiracy ... and two
    counts of fraudulent acquisition'): the other figure counts one item of the list, not the total."""
    m = _INCLUDED_ITEMS.match(text, q.span[1])
    if m is None or q.noun != other.noun:
        return False
    items = " ".join(m.group(1).lower().split())
    before = " ".join(other_text[max(0, other.span[0] - 150) : other.span[0]].lower().split())
    return items in before


_KINDS_OF = {
    "vehicl": frozenset({"bus", "car", "truck", "lorry", "van", "coach", "tram", "taxi"}),
    "vessel": frozenset({"ship", "boat", "ferry", "tanker", "trawler"}),
    "aircraft": frozenset({"plan", "jet", "helicopter"}),
}
"""Stems of nouns of a class, and of the kinds it holds ('vehicles' holds 'buses')."""


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
        if _compound_of(a, b.noun) or _compound_of(b, a.noun):
            return 1.5  # 'All 23 crew members' / 'All 21 crew'
        if b.noun == a.noun + "land" or a.noun == b.noun + "land":
            return 1.5  # 'hectares of cropland' / 'hectares of crops', 'farmland' / 'farms': the land the noun is on
        if _KINDS_OF.get(a.noun, frozenset()) & {b.noun} or _KINDS_OF.get(b.noun, frozenset()) & {a.noun}:
            return 1.0  # 'more than 2,700 vehicles' / '2,740 buses': a kind and the class it belongs to
        if a.dimension.startswith("measure:") and (
            _in_noun_phrase(b.noun, a) or _in_noun_phrase(a.noun, b) or _phrases_meet(a, b)
        ):
            return 1.5  # 'Twelve thousand hectares of banana and palm plantations' / '21,000 hectares of plantations'
        return -1.0
    return 0.0


_HEIGHT_BASE = re.compile(
    r"\s+(?:above|over|below|beneath|under)\s+(sea\s+level|ground(?:\s+level)?|(?:the|its)\s+(?:[a-z]+\s+)?[a-z]+)\b",
    re.I,
)


def _height_base(text: str, q: Quantity) -> str:
    """What a height or depth is measured from, when told right after it: 'sea' ('4,800 metres above sea level'),
    'ground', or 'summit' ('1,000 metres above the crater'), else ''."""
    if not q.dimension.startswith("measure:"):
        return ""
    m = _HEIGHT_BASE.match(text, q.span[1])
    if m is None:
        return ""
    words = m.group(1).lower().split()
    return words[0] if words[0] in ("sea", "ground") else _SUMMITS.get(words[-1], "")


_SUMMITS = {"crater": "summit", "summit": "summit", "vent": "summit", "peak": "summit"}
"""Bases of a height that differ by far from sea level and the ground ('the crater'); a gauge's marks and levels, whose
words vary, are not read as bases."""


_AGE_BEFORE = re.compile(
    r"\b(?:since|when|until|before|after)\s+(?:the\s+[a-z]+|he|she|they|[A-Z][a-z]+)\s+(?:was|were|is|turned)\s+$"
)


_NO_AGE_AFTER = re.compile(r"\s+(?:times|years|months|days|per|percent|%)")
"""After a figure: what makes it a count, a span or a share, not an age ('when she was 12 times ...')."""


def _age_told(text: str, q: Quantity) -> bool:
    """Whether a bare figure is someone's age at a moment ('since the player was 19', 'when she was 12')."""
    return bool(_AGE_BEFORE.search(text[max(0, q.span[0] - 40) : q.span[0]])) and not _NO_AGE_AFTER.match(
        text, q.span[1]
    )


_NOW_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:have|has)\s+now\b", re.I)


def _now_told(text: str, q: Quantity) -> bool:
    """Whether a count is told as it stands now, after earlier ones ('Eight people have now died')."""
    return bool(_NOW_AFTER.match(text, q.span[1]))


_MORE_OF_THEM = re.compile(r"\s+more\s+of\s+(?:the|those|them|these)\b", re.I)
_SINCE_OPENER = r"\b(?:after|as|since|when)\s+"
_MORE_NOUN = r"\s+more\s+(?!than\b)[a-z]"
_MORE_SINCE = re.compile(_MORE_NOUN, re.I)
_SINCE_BEFORE = re.compile(_SINCE_OPENER + "$", re.I)
_MORE_TOLD = re.compile(_SINCE_OPENER + r"(?P<n>\d+|[a-z]+)" + _MORE_NOUN, re.I)
"""'after two more residents sought care': how many were added, told in a clause of what came since."""


def _more_of_them(text: str, q: Quantity) -> bool:
    """Whether a count is of more of a group named after it ('as two more of the injured died'), or of more told in
    a clause of what came since ('after two more residents sought care overnight'): some added to an earlier count,
    not a count of the group."""
    return bool(_MORE_OF_THEM.match(text, q.span[1])) or bool(
        _MORE_SINCE.match(text, q.span[1]) and _SINCE_BEFORE.search(text[max(0, q.span[0] - 7) : q.span[0]])
    )


def _grown_by_told(text: str, q: Quantity, other: Quantity) -> bool:
    """Whether a sentence tells its count to have grown by as many as it exceeds the other side's ('Forty-eight
    people were treated, after two more residents sought care overnight' / 'Forty-six people'): the other count is
    the one before the rise."""
    for m in _MORE_TOLD.finditer(text):
        n = m.group("n")
        v = float(n) if n.isdigit() else simple_number_word(n.lower())
        if v and q.low == q.high and other.low == other.high and abs(q.value - other.value - v) < 1e-9:
            return True
    return False


_AND_ONE_MORE = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:and|plus)\s+(?:the|a|its|their|one)\s+(?:driver|pilot|captain|skipper|boatman|operator"
    r"|guide|conductor|helmsman|instructor)\b",
    re.I,
)
"""After a count: one more person told apart ('three passengers and the driver')."""


def _one_more_told(text: str, q: Quantity, other: Quantity) -> bool:
    """Whether a count is told with one more person after it ('carrying three passengers and the driver') and the other
    side's count is that sum ('four people on the water taxi')."""
    return bool(_AND_ONE_MORE.match(text, q.span[1])) and other.low <= q.value + 1 <= other.high


_RISE_CAUSE = re.compile(r",?\s+after\s+(?:[\w'-]+\s+){0,6}?(?:more|another|bod(?:y|ies))\b", re.I)
"""After a count that rose: what added to it since ('after two more victims died', 'after the body of a woman was
found')."""


def _rise_explained(text: str, q: Quantity, other: Quantity) -> bool:
    """Whether a count is told as risen to a value above the other side's, by what was added since ('The death toll
    has risen to 21 after two more victims died in hospital' / 'Seventeen people died'): the other count is one
    read before the rise."""
    return (
        q.low > other.high
        and bool(_ROSE_TO.search(text[max(0, q.span[0] - 30) : q.span[0]]))
        and bool(_RISE_CAUSE.match(text, q.span[1]))
    )


def _other_thing_named(text_a: str, a: Quantity, text_b: str, b: Quantity) -> bool:
    """Whether a measure of one stuff stands in a sentence that names the other side's stuff apart from it ('Along
    with the ivory, the container held about 120 kilograms of rhino horn' against '2,100kg of ivory'); both told as
    measures 'of' a stuff (not 'The 148km stage' / 'the final stage, a 162-kilometre run', one thing in apposition)."""
    return (
        a.dimension.startswith("measure:")
        and bool(a.noun and b.noun)
        and bool(_OF_STUFF.match(text_a, a.span[1]) and _OF_STUFF.match(text_b, b.span[1]))
        and b.noun in a.context
        and not _in_noun_phrase(b.noun, a)
        and _noun_score(a, b) < 0
    )


_OF_STUFF = re.compile(r"\s+of\s+(?!the\b|a\b|an\b)[a-z]", re.I)


def _noun_phrase(q: Quantity) -> set[str]:
    """The three words of a measure's context from its own noun on ('hectares of banana and palm plantations': banana,
    palm, plantation), not the words of the clause before it ('The race covered ... the 14.1km circuit')."""
    words = list(q.context)
    return set(words[words.index(q.noun) : words.index(q.noun) + 3]) if q.noun in words else set()


def _in_noun_phrase(noun: str, q: Quantity) -> bool:
    """Whether a noun is a word of a measure's noun phrase ('plantation' of 'banana and palm plantations')."""
    return noun in _noun_phrase(q)


def _phrases_meet(a: Quantity, b: Quantity) -> bool:
    """Whether two measures' noun phrases end in one word ('an 18-inch gas pipeline' / 'A 24-inch diameter SSGC
    pipeline')."""
    return bool(_noun_phrase(a) & _noun_phrase(b))


def _compound_of(q: Quantity, noun: str) -> bool:
    """Whether a noun is a word of the figure's compound noun ('crew members', 'melanoma diagnoses'). (The word after
    the noun was measured too, 'fuel oil' read as 'fuel': it also took a subject's verb, 'more than 60 Democrats
    voted' / '43 votes', and added a false firing on real coverage.)"""
    words = re.findall(r"[a-z]+", q.noun_text.lower())
    return len(words) >= 2 and syn(noun) in {syn(w) for w in words} | {syn(stem(w)) for w in words}


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
_OF_THESE = re.compile(r"\b[Oo]f\s+(?:these|those|them),\s+(?:about\s+|some\s+|around\s+)?$")
"""'Of these, 312 were confirmed': a part, as '321 of them had been confirmed' is."""


def _one_part_told(text_a: str, a: Quantity, text_b: str, b: Quantity) -> bool:
    """Whether two parts are told by the same word right after 'of them' ('two of them seriously' / 'one of them
    seriously'): one part of the group, counted twice."""
    ma, mb = _PART_OF.match(text_a, a.span[1]), _PART_OF.match(text_b, b.span[1])
    if not ma or not mb:
        return False
    wa, wb = (re.match(r"\s*([a-z]+)", t[m.end() :]) for t, m in ((text_a, ma), (text_b, mb)))
    return bool(wa and wb and wa.group(1) == wb.group(1) and wa.group(1) not in STOPWORDS)


_UNNAMED_SOURCE_AFTER = re.compile(
    r"[^.;:]{0,45}?\b(?:asked|declined|requested|spoke|speaking)\s+(?:not\s+to\s+be\s+(?:named|identified)"
    r"|to\s+be\s+(?:named|identified)|anonymity|on\s+(?:the\s+)?condition\s+of\s+anonymity)"
    r"|\s+(?:people|persons|sources|officials)\s+(?:familiar\s+with|with\s+knowledge\s+of)\b",
    re.I,
)


def _source_count(text: str, q: Quantity) -> bool:
    """Whether a count counts unnamed sources ('Two workers at the plant, who asked not to be named', 'two people
    familiar with the matter')."""
    return bool(_UNNAMED_SOURCE_AFTER.match(text, q.span[1]))


def _part_opening(text: str, q: Quantity) -> bool:
    """Whether the figure follows an opening that names its whole ('Of these, 312', 'Of the 47 children ..., seven')."""
    return bool(_OF_THESE.search(text, 0, q.span[0]) or _OF_THE_WHOLE_BEFORE.match(text[: q.span[0]]))


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


def _part_of_another(f: SentenceFacts, q: Quantity, other: Quantity) -> bool:
    """Whether q counts a part of a whole its sentence counts before it (`_included_part`: 'a record 16,214 people ...,
    including more than 5,000 children') and the other figure counts another thing (its 'people'): no partner for
    the other figure, whatever values agree."""
    return bool(q.noun) and q.noun != other.noun and _included_part(f.text, q, f.quantities)


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


_MODAL_BEFORE = re.compile(r"\b(?:would|could|might|(?-i:may))\s+(?:[\w'’-]+\s+){0,6}$", re.IGNORECASE)
"""A modal before a figure in its clause ('could cost'), not the month ('The May 2025 fire burned')."""
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


_RANGE_END_BEFORE = re.compile(
    r"\bfrom\s+(?:[$€£]|[A-Z]{1,3}\$)?\d[\d.,]*(?:\s*(?:%|per\s?cent|percent|million|billion))?\s+(?:up\s+)?to\s+$",
    re.I,
)


def _range_end(text: str, q: Quantity) -> bool:
    """Whether a figure closes a range told by 'from ... to' ('ranging from 18.6% to 62.4%')."""
    return bool(_RANGE_END_BEFORE.search(text[max(0, q.span[0] - 40) : q.span[0]]))


def _modal(text: str, q: Quantity) -> bool:
    """Whether a figure is what would, could or might happen ('would cut Medicare by $800 billion'),
    not what did: a plan or a possibility is no value of the fact itself. A rule's limit after 'may' or 'can'
    ('customers may take out no more than $400 a month') is what the rule allows, no possibility."""
    left = _CLAUSE_END.split(text[: q.span[0]])[-1]
    win = left[-60:]
    m = _MODAL_BEFORE.search(win)
    if m and q.hedge in LIMIT_HEDGES and m.group().lower().startswith("may"):
        return False
    if m and m.group().lower().startswith("would") and _REPORTED_WILL.search(left[: len(left) - len(win) + m.start()]):
        return False  # 'said on Tuesday it would cut 1,200 jobs' reports a 'will', not a possibility
    if m and q.hedge == "up to" and PENALTY_CEILING.search(win):
        return False  # 'He could face up to 20 years behind bars' tells the law's ceiling, as 'He faces up to 25 years'
    return bool(m)


PENALTY_CEILING = re.compile(
    r"\b(?:could|might|may)\s+(?:also\s+|now\s+)?(?:face|incur|attract|carry|lead\s+to|result\s+in"
    r"|be\s+(?:jailed|imprisoned|fined|sentenced)(?:\s+for|\s+to)?)"
    r"(?:\s+(?:an?\s+)?(?:fines?|penalt(?:y|ies)|jail\s+terms?|prison\s+terms?|sentences?)\s+of)?"
    r"(?:\s+(?:up\s+to|a\s+maximum\s+of|as\s+(?:many|much)\s+as))?\s+$",
    re.IGNORECASE,
)
"""The penalty a charge carries told with a modal ('could face up to 20 years', 'may be fined up to $5,000'): the
ceiling the law sets, the same fact as 'faces up to'."""


_WILL_BEFORE = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:set\s+|due\s+)?to|plans?\s+to|planned\s+to|intends?\s+to|proposals?\s+to)\s+"
    r"(?:[\w'’-]+\s+){0,6}$",
    re.IGNORECASE,
)
"""What is ahead, told as sure or planned ('will rise by £20', 'confirmed plans to shorten the holidays by one week'):
against a figure after 'would', both tell what is ahead."""


_ESTIMATE_BEFORE = re.compile(
    r"\b(?:put|puts|estimated?|estimates|projected|forecast|expected\s+to)\b(?:\s+[\w'’-]+){0,8}?\s+(?:at\s+)?$",
    re.IGNORECASE,
)
"""An estimate's figure ('A feasibility study put the cost of the Games at', 'is expected to cost')."""


def _would_will(text_x: str, x: Quantity, text_y: str, y: Quantity) -> bool:
    """Whether a figure after 'would' meets one after 'will' ('Residents' parking permits would rise by £30' /
    'will rise by £20 a year') or an estimate ('The Games would cost about $9.1 billion' / 'A feasibility study
    put the cost of the Games at $7.2 billion'): both tell what is ahead, not a plan against a fact."""
    m = _MODAL_BEFORE.search(_clause_before(text_x, x, 60))
    before_y = _clause_before(text_y, y, 80)
    if not (m and m.group().lower().startswith("would")):
        return False
    if _WILL_BEFORE.search(before_y[-60:]) or _ESTIMATE_BEFORE.search(before_y):
        return True
    # 'It would give teachers a 12% raise' / 'The deal gives teachers a 14% raise': what a text provides, told
    # of it once as a plan and once as it stands
    v = _WOULD_VERB.match(m.group())
    return (
        bool(v)
        and re.search(rf"\b{re.escape(v.group(1).lower())}(?:s|es)\s+(?:[\w'’-]+\s+){{0,6}}$", before_y, re.I)
        is not None
    )


_WOULD_VERB = re.compile(r"would\s+(?:also\s+)?([a-z]{3,})\b", re.I)


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


@lru_cache(maxsize=1 << 14)
def _count_period(text: str) -> float:
    """Days a count is said to cover ('in the first three weeks of November': 21, 'in the week to
    November 20': 7, 'over the past 24 hours': 1), or 0 when no such period is named."""
    m = _COUNT_PERIOD.search(text)
    if not m:
        return 0.0
    return round(_how_many(m.group("n")) * _PERIOD_DAYS[m.group("unit").lower()], 3)


def _how_many(n: str | None) -> float:
    """A small count written in digits or words ('24', 'three'), one when none is written ('in the past week')."""
    return float(n) if n and n.isdigit() else float(UNITS.get((n or "one").lower(), 1))


_N_UNITS = per_text(
    re.compile(
        r"\b(?:in|over|during)\s+(?:the\s+(?:past|last|previous)\s+)?(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine"
        r"|ten|eleven|twelve)\s+(?P<unit>week|month|season|year)s\b"
        r"|\b(?:last|this|past)\s+(?P<one>season|year)\b(?!s)",
        re.I,
    )
)
_SINCE_YEAR = per_text(re.compile(r"\bsince\s+((?:19|20)\d\d)\b", re.I))
_DAY_TOTAL = per_text(
    re.compile(
        r"\b(?P<n>\d{1,2}|two|three|four|five|six|seven|ten)-day\s+(?:total|haul|tally|collection|run)\b"
        r"|\bon\s+(?:its|the)\s+(?:opening|first)\s+day\b",
        re.I,
    )
)
"""A count's window of days ('a three-day total of ₹214 crore', 'collected ₹67.5 crore on its opening day')."""
_UNIT_DAYS = {**_PERIOD_DAYS, "season": 365, "year": 365}


def _window_days(f: SentenceFacts) -> float | None:
    """Days of the one window a sentence counts over, told in units ('over the past two seasons': 730, 'last season':
    365, 'in twelve months': 360) or from a year to its page ('since 2000' on a page of 2026: 26 years); None when it
    names none, or more than one."""
    found = [(_how_many(m.group("n")), m.group("unit") or m.group("one")) for m in _N_UNITS.finditer(f.text)]
    found += [(_how_many(m.group("n")) if m.group("n") else 1.0, "day") for m in _DAY_TOTAL.finditer(f.text)]
    since = _SINCE_YEAR.findall(f.text)
    if since and f.published is None:
        return None  # 'since 2000' without a page's year: a window of unknown length
    found += [(365.0 * (f.published.year - int(y)), "day") for y in since]  # type: ignore[union-attr]
    if len(found) != 1:
        return None
    n, unit = found[0]
    return n * _UNIT_DAYS.get(unit.lower(), 1)


def _windows_apart(fa: SentenceFacts, fb: SentenceFacts) -> bool:
    """Whether the two sentences count over windows of clearly different lengths ('He had 23 goals last season' /
    'He scored 41 goals over the past two seasons'; 'have lost 3% of their volume in twelve months' / 'Since 2000,
    glaciers have lost 42%'): two figures, not two values of one (a window of seven years and 'since 2019' on a
    page of 2026 are one)."""
    da, db = _window_days(fa), _window_days(fb)
    return bool(da and db) and max(da, db) > 1.5 * min(da, db)  # type: ignore[operator]


_OTHER_AFTER = re.compile(r"\s+other\b", re.I)


def _others_of_one(text: str, q: Quantity, other_text: str, other: Quantity) -> bool:
    """Whether a count of 'N other' things, besides one named in its sentence, is one short of the other
    sentence's count of all of them ('four other cabinet members' besides the finance minister / 'five'); not when the
    other side counts others too ('Three other climbers were injured' / 'Two other climbers')."""
    return (
        bool(_OTHER_AFTER.match(text, q.span[1]))
        and not _OTHER_AFTER.match(other_text, other.span[1])
        and abs(other.value - (q.value + 1)) < 1e-9
    )


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


_SINCE_TIME = re.compile(
    r"\bsince\s+(?:noon|midnight|dawn|early|late|last|the|\w+day\b|\d"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)",
    re.I,
)
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
    r"\b(?:by|as\s+of)\s+(the\s+time\s+[^,.;]{3,60}|(?:early\s+|late\s+|mid-?)?(?:dawn|daybreak|sunrise|nightfall|dusk|sunset|midday"
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
    if (sa and not sb and _stands_at_page(fb, fa)) or (sb and not sa and _stands_at_page(fa, fb)):
        return True
    if not (sa and sb):
        return False
    ta = [t for t in fa.times if t.start is not None and t.level <= 1]
    tb = [t for t in fb.times if t.start is not None and t.level <= 1]
    known = [o for o in (_time_overlap(x, y) for x in ta for y in tb) if o is not None]
    return bool(known) and not any(known)


_HAS_DONE = re.compile(r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+)?\w+(?:ed|en|wn|nt)\b", re.I)
"""A count in the present perfect ('The fire has burned about 650 hectares'): as it stands when the page is written."""


def _stands_at_page(f: SentenceFacts, other: SentenceFacts) -> bool:
    """Whether f tells a count as it stands at its page's moment (the present perfect, no moment of its own: 'The fire
    has burned about 650 hectares since Tuesday') and the other side's count stood by a moment more than an hour away
    from that page ('had burned about 300 hectares by 5pm', on a page of the evening before): two readings. The caller
    asks it only of a count with no moment of its own (not `_count_so_far`)."""
    if f.published is None or not _HAS_DONE.search(f.text):
        return False
    if any(t.level <= 1 and t.modifier != "since" for t in f.times):
        return False
    moments = [
        t for t in other.times
        if t.level <= 1 and t.start is not None and t.end is not None
        and (t.modifier in {"by", "as of"} or _as_of(other.text, t))
    ]  # fmt: skip
    hour = timedelta(hours=1)
    return bool(moments) and all(t.end + hour < f.published or f.published + hour < t.start for t in moments)


_MEASURED = {
    stem(w): k
    for k, words in {
        "supply": "supply", "demand": "demand", "shortfall": "shortfall deficit gap", "surplus": "surplus",
        "capacity": "capacity",
    }.items()
    for w in words.split()
}  # fmt: skip
"""What a figure measures, when its words name it: two of these are two figures, not one told twice ('shortfall' and
'deficit' are one)."""


def _measured(q: Quantity) -> set[str]:
    """The measures (`_MEASURED`) a figure's context words name."""
    return {_MEASURED[w] for w in q.context if w in _MEASURED}


_MAN_WOMAN = re.compile(r"\b(man|woman)\b", re.I)


def _age_of(text: str, q: Quantity) -> str:
    """Whose an age is, as a man's or a woman's: a decade's own pronoun ('in his 70s'), else 'man' or 'woman' right
    before or after it ('A man aged 84', 'an 87-year-old man'), else ''."""
    if q.noun in ("man", "woman"):
        return q.noun
    near = _MAN_WOMAN.search(text[q.span[1] : q.span[1] + 12]) or _MAN_WOMAN.search(
        text[max(0, q.span[0] - 12) : q.span[0]]
    )
    return near.group(1).lower() if near else ""


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
    if _closed_periods(fa) & _closed_periods(fb):
        return False  # 'a survey published on Monday found that spending rose to €31,000 last year' / 'data released
        # on Tuesday': the days of two reports of one past year's figure, not two readings of a running count
    # a clock time cannot be set against a day ('by midday' / 'as of Thursday morning'): the days decide
    known = [o for o in (_time_overlap(x, y) for x in ta for y in tb) if o is not None]
    return bool(known) and not any(known)


def _closed_periods(f: SentenceFacts) -> frozenset[tuple[datetime, datetime]]:
    """The months, quarters and years a sentence names that had ended by its page's day ('last year', 'in 2025')."""
    if f.published is None:
        return frozenset()
    day = datetime(f.published.year, f.published.month, f.published.day)
    return frozenset(
        (t.start, t.end) for t in f.times if t.level >= 2 and t.start is not None and t.end is not None and t.end <= day
    )


_AT_PEAK = per_text(re.compile(r"\bat\s+(?:the|its)\s+(?:peak|height)\b", re.I))
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


_REGISTERED_AFTER = re.compile(r"\s+(?:officially\s+)?(?:registered|documented|recorded\s+as)\b", re.I)
"""After a count: those on a register ('755,000 registered Syrian refugees')."""


def _registered_and_all(text_x: str, x: Quantity, text_y: str, y: Quantity) -> bool:
    """Whether one count is of those on a register ('about 755,000 registered Syrian refugees') and the other, of
    other people by its noun, names no register at all ('about 1.5 million Syrians live in Lebanon')."""
    return (
        bool(_REGISTERED_AFTER.match(text_x, x.span[1]))
        and not _REGISTER_WORD.search(text_y)
        and syn(x.noun) != syn(y.noun)
    )


_REGISTER_WORD = re.compile(r"\b(?:regist\w*|listed|enrolled)\b", re.I)


_THING_AFTER = re.compile(
    r"(?:\s*\([^)]{0,30}\))?\s+(?:[a-z-]+\s+){0,2}?(?:plant|factory|project|facility|scheme|programme|program"
    r"|development|complex|terminal|mine|stadium|hospital|bridge|port|refinery|fab|campus|upgrade|expansion)\b",
    re.I,
)
_CONTRIBUTION_BEFORE = re.compile(
    r"\b(?:pledged|pledges|pledging|contribute|contributes|contributing|contribution\s+of|provide|provides|providing"
    r"|put\s+up|chip\s+in|grant(?:ed|s)?|give|gives|giving|subsidy\s+of)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
_CONTRIBUTION_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:towards?|to\s+help|to\s+fund|to\s+support)\b", re.I)


def _thing_size(text: str, q: Quantity) -> bool:
    """Whether a sum is what a thing costs, told before it ('a 650 million euro plant', 'a $2bn project')."""
    return bool(re.search(r"\b(?:a|an|the|its)\s+$", text[max(0, q.span[0] - 5) : q.span[0]], re.I)) and bool(
        _THING_AFTER.match(text, q.span[1])
    )


def _contribution(text: str, q: Quantity) -> bool:
    """Whether a sum is one party's share of something ('pledged €180m to help build', 'will contribute 180 million
    euros towards a new factory')."""
    return bool(_CONTRIBUTION_BEFORE.search(text[max(0, q.span[0] - 40) : q.span[0]])) or bool(
        _CONTRIBUTION_AFTER.match(text, q.span[1])
    )


def _grown_on_later_page(fx: SentenceFacts, x: Quantity, fy: SentenceFacts, y: Quantity) -> bool:
    """Whether both figures are told as what a thing grew to, and the larger as grown overnight on a page hours later
    (without 'overnight', two pages' figures of one growth are as often the same moment told two ways)."""
    if fx.published is None or fy.published is None or fx.published - fy.published < timedelta(hours=3):
        return False
    if not _OVERNIGHT.search(fx.text):
        return False
    return (
        x.low > y.high
        and bool(_ROSE_TO.search(fx.text[max(0, x.span[0] - 30) : x.span[0]]))
        and bool(_ROSE_TO.search(fy.text[max(0, y.span[0] - 30) : y.span[0]]))
    )


_OVERNIGHT = re.compile(r"\bovernight\b", re.I)
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

_TRADING_MOMENT = re.compile(
    r"\b(?:in|during|by)\s+(?:(?:early|late)[\s-]+(?=(?:morning|afternoon|evening)\s))?(early|late|mid-?day|midday|mid-?morning|mid-?afternoon|morning|afternoon|evening|after-hours"
    r"|pre-?market|extended"
    r"|overnight|opening|closing)\s+(?:(?-i:[A-Z])[\w-]+\s+){0,2}(?:trading|trade|deals|dealings|session)\b"
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
    r"|\b(closed|closing|ended|finished|settled)\s+(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?"
    r"(?:the\s+day\s+)?at\s+[\d$€£]"
    r"|\b(?:by|at|as\s+of)\s+(\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\d{1,2}[:.]?\d{2}\s*(?:gmt|utc|bst|cet|cest|et)\b"
    r"|[01]?\d[:.][0-5]\d(?![\d%]|[.,]\d|\s*(?:%|percent|per\s+cent)))",  # 'fell 6.2 percent on Oslo Børs by 10.30'
    re.IGNORECASE,
)
"""When in a trading day a price move was measured (its last group: a clock time, 'by 1100 GMT')."""
_CLOCK_GROUP = _TRADING_MOMENT.groups


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


_SUBJECT_HEAD = re.compile(r"(?:The|A|An)\s+([a-z]+)\b(?:,\s+[^,]{3,60},)?\s+(?:is|was|,\s+aged)\s+$")


def _one_subject_aged(text_a: str, a: Quantity, text_b: str, b: Quantity) -> bool:
    """Whether both sentences open on one noun whose age they give ('The fugitive, Peter Mwangi Kamau, is 34 years
    old' / 'The fugitive is 43 years old'): one person's age told twice."""
    ma, mb = _SUBJECT_HEAD.match(text_a[: a.span[0]]), _SUBJECT_HEAD.match(text_b[: b.span[0]])
    if ma is not None and mb is not None and ma.group(1) == mb.group(1):
        return True
    # 'The 87-year-old had broken her hip' / 'The 84-year-old, from Logan, had a broken hip': the person the story is
    # about, named by age as the subject of both
    return all(
        re.fullmatch(r"the\s+", t[: q.span[0]], re.I) and q.text.endswith("-year-old")
        for t, q in ((text_a, a), (text_b, b))
    )


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


def _two_bulletins(fa: SentenceFacts, fb: SentenceFacts) -> bool:
    """Whether each sentence reads its figures over a window of hours that ends at a moment of its own ('1,084
    patients ... in the 24 hours to Wednesday morning' / '1,136 ... in the 24 hours to Tuesday morning'): two
    daily bulletins."""
    ea, eb = _window_ends(fa), _window_ends(fb)
    return bool(ea and eb) and not any(_time_overlap(x, y) for x in ea for y in eb)


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
    return q.value != int(q.value) and _read_otherwise(q, other)


def _none_of_apart(text_z: str, z: Quantity, text_o: str, o: Quantity) -> bool:
    """Whether a 'None of the ...' count and the other side's count of that group say different things of it: no word
    of what follows the one in its clause ('was in critical condition') follows the other in its own."""
    if z.value != 0 or not z.text.lower().startswith("none of"):
        return False

    def after(text: str, q: Quantity) -> set[str]:
        return _content_stems(_EVENT_WORD.findall(_CLAUSE_END.split(text[q.span[1] :])[0]))

    return not after(text_z, z) & after(text_o, o)


def _written_alike(text_a: str, a: Quantity, text_b: str, b: Quantity) -> bool:
    """Whether two figures of two values are written the same, with the letters glued after them ('A 10K race' / 'the
    Thames Embankment 10K'): one of the two readings is wrong."""

    def written(text: str, q: Quantity) -> str:
        return re.sub(r"\s+", "", q.text + re.match(r"\w*", text[q.span[1] :]).group()).lower()  # type: ignore[union-attr]

    return a.value != b.value and written(text_a, a) == written(text_b, b)


def _read_otherwise(q: Quantity, other: SentenceFacts) -> bool:
    """Whether a figure stands on the other side too, read there as another kind of figure: when each side's figure
    is so on the other ('Year 11 and 13 students' / 'Year 11 and Year 13 pupils'), both tell the same figures, and
    pairing one with the other is a leftover of reading them differently."""
    return any(o.value == q.value and o.dimension != q.dimension for o in other.quantities)


def _bracketed(text: str, q: Quantity) -> bool:
    """Whether a figure stands alone in brackets, as a conversion of the figure before it does."""
    return bool(re.search(r"\(\s*$", text[: q.span[0]]) and re.match(r"\s*\)", text[q.span[1] :]))


_COSTS_AFTER = re.compile(
    r"\s+(?:in|towards|toward|for)\s+(?:the\s+)?(?:[\w-]+['’]s?\s+)?(?:legal\s+|court\s+|prosecution\s+)?costs\b", re.I
)
"""A sum of a court's costs ('£148,000 in costs', "€6,500 towards the prosecution's costs"), ordered beside a fine or
damages."""


def _court_costs(text: str, q: Quantity) -> bool:
    """Whether a sum is a court's costs ('£148,000 in costs', 'awarded costs of GH₵50,000')."""
    return bool(
        _COSTS_AFTER.match(text, q.span[1])
        or re.search(r"\bcosts\s+of\s+$", text[max(0, q.span[0] - 20) : q.span[0]], re.I)
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


_OWNER_IN = re.compile(
    r"\s*In\s+(?P<x>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s+(?:the|its)\s+(?P<n>[a-z]+(?:\s+[a-z]+)?)\b"
)
_OWNER_OF = re.compile(r"\s*(?P<x>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)['’]s\s+(?P<n>[a-z]+(?:\s+[a-z]+)?)\b")


def _owner_opening(text: str) -> tuple[str, str] | None:
    """The place or body a sentence opens on as the owner of its measure ('In Alberta, the jobless rate', "Ontario's
    jobless rate"): (owner, measure)."""
    m = _OWNER_IN.match(text) or _OWNER_OF.match(text)
    return (m.group("x").lower(), m.group("n").lower()) if m else None


def _two_owners(text_a: str, text_b: str) -> bool:
    """Whether two sentences open on one measure of two owners ('In Alberta, the jobless rate climbed to 7.1%' /
    "Ontario's jobless rate was 7.6%"), neither naming the other's."""
    oa, ob = _owner_opening(text_a), _owner_opening(text_b)
    return bool(
        oa
        and ob
        and oa[1] == ob[1]
        and entity_key(oa[0]) != entity_key(ob[0])  # 'Cabo Verde's ruling party' / "Cape Verde's ruling party": one
        and oa[0] not in text_b.lower()
        and ob[0] not in text_a.lower()
    )


def _two_agents(fa: SentenceFacts, a: Quantity, fb: SentenceFacts, b: Quantity) -> bool:
    """Whether two counts have two different named doers: each one's own count."""
    ea, eb = _agent(fa, a), _agent(fb, b)
    if ea is None or eb is None:
        return False
    if any(t in OUTLETS for t in (ea.key, eb.key)):
        return False  # 'Reuters counted 45' / 'AFP tallied 50': two tallies of one thing
    if any(re.search(rf"\b(?:at|in)\s+(?:the\s+)?{re.escape(x.text)}\b", f.text) for x, f in ((ea, fb), (eb, fa))):
        return False  # 'Cork Airport recorded 89mm' / 'Met Éireann recorded 98mm of rain at Cork Airport': one reading
    if a.dimension == b.dimension == "score" and (ea.text in fb.text or eb.text in fa.text):
        return False  # 'Ruhrstadt lost 2-1 to Holstein Nord' / 'The match against Holstein Nord ended 1-1': one game's
        # two sides, each named on the other side
    return not _same_name_tokens(ea, eb)


_IS_AN_AGE = re.compile(r"(?<!\bwho\s)\b(?:is|was)\s+(?:a|an)\s+$", re.I)
"""Before an age: the subject's own ('Tsiklauri was a 34-year-old serving a sentence')."""


def _two_age_owners(fa: SentenceFacts, a: Quantity, fb: SentenceFacts, b: Quantity) -> bool:
    """Whether two ages are given to two differently named people, or one to a named person and the other to
    someone unnamed ('a 22-year-old man', not set after a name with a comma: 'Haruka Moriyama, a 52-year-old
    official') in a sentence that names that person apart ('found Brayden Hollis guilty of manslaughter in the
    death of a 22-year-old man' / 'Brayden Hollis, 27,'), unless the age is the subject's ('Tsiklauri was a
    34-year-old')."""
    ea, eb = _age_owner(fa, a), _age_owner(fb, b)
    if ea is not None and eb is not None:
        return not _same_name_tokens(ea, eb)
    for f, q, named in ((fa, a, eb), (fb, b, ea)):
        if (
            named is not None
            and re.search(r"(?<!,)\s(?:a|an)\s+$", f.text[max(0, q.span[0] - 5) : q.span[0]], re.I)
            and not _IS_AN_AGE.search(f.text[max(0, q.span[0] - 16) : q.span[0]])
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


_EARLIER_MOMENT = re.compile(r"\bearlier\s+(?:in\s+the\s+day|today|this\s+(?:morning|week)|on\s+[A-Z]\w+)\b", re.I)
_SO_FAR = re.compile(r"\b(?:so\s+far|to\s+date|now|thus\s+far)\b", re.I)


def _earlier_reading(fx: SentenceFacts, fy: SentenceFacts) -> bool:
    """A count told as it stood at an earlier moment of the story ('Earlier in the day, about 9,000 hectares had been
    treated') against a count that runs to now ('Teams have so far treated about 12,500 hectares'): two readings."""
    return bool(_EARLIER_MOMENT.search(fx.text) and _HAD_SO_FAR.search(fx.text) and _SO_FAR.search(fy.text))


_BY_THE_END = re.compile(
    r"\s*By\s+the\s+time\s+[^,]{0,60}\b(?:under\s+control|out|extinguished|contained|over|ended|finished)\s*,", re.I
)
"""'By the time it was under control,': the count at the end of the event, its total, not a reading along the way."""


def _running_against_timeless(fa: SentenceFacts, fb: SentenceFacts) -> bool:
    """A count so far at a moment of its own against a figure told with no day or hour at all
    ('By noon, about 180 flights had been cancelled' / 'More than 300 flights were cancelled'), or against one told
    with no part of the day either when the moment is a 'By <moment>,' opening words ('By the evening, Lufthansa put
    the number of affected passengers at 95,000' / 'About 70,000 passengers were affected'; but 'By dawn, 187 people
    had been pulled from the water' / 'rescued 178 people during the night' is one night's count)."""
    for f, g in ((fa, fb), (fb, fa)):
        if any(t.level <= 1 and t.modifier != "since" for t in g.times) or _BY_THE_END.match(f.text):
            continue  # (a day the count runs from, 'since Sunday', is no moment it was read at)
        if _count_so_far(f) or (_by_opening(f) and not _DAY_PART_WORD.search(g.text) and not _BY_MOMENT.search(g.text)):
            return True
    return False


def _part_of_the_days(fx: SentenceFacts, x: Quantity, fy: SentenceFacts, y: Quantity) -> bool:
    """Whether a count is told as it stood by an hour of the day and the other as the day's own, at least as large
    ('Seven flights had been cancelled by lunchtime' / 'Eleven flights were cancelled on Tuesday'; but 'had cancelled
    212 flights by midday' / 'cancelled 180 flights over the course of Monday' is more along the way than in all)."""
    dated = [t for t in fy.times if t.level <= 1 and t.modifier != "since"]
    return (
        _by_hour_of_day(fx)
        and bool(dated)
        and all(t.level == 1 and not _DAY_PART_WORD.search(t.label) for t in dated)
        and x.high <= y.low
    )


_BY_HOUR = re.compile(
    r"\bby\s+(?:lunchtime|noon|midday|mid-?morning|mid-?afternoon|the\s+(?:morning|afternoon)|\d{1,2}(?::\d\d)?\s*"
    r"(?:a\.?m\b|p\.?m\b)|\d{1,2}[:.]\d\d\b)",
    re.I,
)


def _by_hour_of_day(f: SentenceFacts) -> bool:
    """Whether a count is told as it stood by an hour of the day ('had been cancelled by lunchtime')."""
    return bool(_HAD_SO_FAR.search(f.text) and _BY_HOUR.search(f.text) and not _DEADLINE_TALK.search(f.text))


def _by_opening(f: SentenceFacts) -> bool:
    m = _BY_MOMENT.match(f.text)
    return bool(f.quantities) and m is not None and f.text[m.end() : m.end() + 1] == ","


_HAD_SO_FAR = re.compile(
    r"\bhad\s+(?:(?:already|so\s+far)\s+)?(?:been\s+)?(?:\w+(?:ed|en|wn|nt)|sold|made|paid|found|lost|left|built"
    r"|sent|cut|hit|set|kept|brought|bought|caught|won|held|told|fled|led|met|put|shut|struck)\b|\bso\s+far\b"
    r"|\b(?:were|was|remained)\s+(?:still\s+)?(?:without|missing|stranded)\b|\b(?:were|was)\s+confirmed\s+(?:dead|killed)\b",
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
    if _quoted_price(text_a, text_b) and _quoted_price(text_b, text_a):
        qa, qb = _quote_moment(text_a), _quote_moment(text_b)
        if qa and qb and qa != qb:
            return True  # 'the dollar fell to 64.1 US cents after the announcement' / 'was trading at 64.4 US
            # cents early on Wednesday': a rate quoted at two moments
    ma, mb = _TRADING_MOMENT.search(text_a), _TRADING_MOMENT.search(text_b)
    if (
        bool(ma) != bool(mb)
        and (_MARKET.search(text_a) or _quoted_price(text_a, text_b))
        and (_MARKET.search(text_b) or _quoted_price(text_b, text_a))
    ):
        # 'rose 22 per cent in midday trading' / 'had jumped almost 25 per cent on Monday': a move during the
        # day against the day's own; 'rose 2.1% after the announcement' / 'closed 1.4 percent higher'
        word = _moment_word(ma or mb)  # type: ignore[arg-type]
        other = text_b if ma else text_a
        if word == "clock" and _MARKET.search(text_a) and _MARKET.search(text_b):
            return True  # 'shares fell 3.1% in Frankfurt trading by 0900 GMT' / 'fell 4.2% on Tuesday': a move read
            # at an hour of the day against the day's own
        return word in _INTRADAY_WORDS or (word == "close" and bool(_AFTER_NEWS.search(other)))
    if not ma or not mb:
        return False
    wa, wb = _moment_word(ma), _moment_word(mb)
    on_day = ma.group().lower().startswith("on ") or mb.group().lower().startswith("on ")
    if "clock" in (wa, wb) and not (_MARKET.search(text_a) and _MARKET.search(text_b)):
        return False
    if on_day and not (_quoted_price(text_a, text_b) and _quoted_price(text_b, text_a)):
        return False  # 'said on Wednesday afternoon' times a statement, not a price
    return wa != wb


_QUOTED_PRICE = re.compile(
    r"\b(?:shares?|stocks?|index|prices?|traded|trading|dollar|yen|euro|pound|sterling|rupee|ringgit|rupiah"
    r"|(?:(?<=\d\s)|(?<=\d)|(?<=illion\s)|(?<=\bthe\s)|(?<=korean\s))won"  # the currency, not the verb ('won 18 of 63 seats')
    r"|peso|yuan|franc|currency|bond\s+yields?|crown|krona|krone|koruna|forint|zloty|lira|rand|shekel|naira|cedi"
    r"|hryvnia|tenge|lari|baht|dirham|riyal|dinar)\b",
    re.I,
)
"""A sentence about a market price or an exchange rate."""
_SUM_BEFORE = re.compile(r"(?:\d|\b(?:trillion|billion|million|thousand|bn|tn|mn))\s*$", re.I)
_MARKET_NOUNS = re.compile(r"shares?|stocks?|index|prices?|traded|trading|currency|bond\s+yields?", re.I)


def _quoted_price(text: str, other: str) -> bool:
    """Whether a sentence is about a market price or an exchange rate: a currency word counts unless it is the unit
    of a sum and neither sentence speaks of a market ('set the hourly minimum wage at 10,780 won' is no rate of the
    won; 'Hanbit Semicon ended its debut at 64,100 won' against 'Shares of Hanbit Semicon soared' is a share price)."""
    if _MARKET.search(text) or _MARKET.search(other):
        return bool(_QUOTED_PRICE.search(text))
    return any(
        _MARKET_NOUNS.fullmatch(m.group()) or not _SUM_BEFORE.search(text[max(0, m.start() - 12) : m.start()])
        for m in _QUOTED_PRICE.finditer(text)
    )


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


_INTRADAY_PEAK = re.compile(
    r"\b(?:as\s+much\s+as|as\s+high\s+as|as\s+low\s+as|intraday|at\s+one\s+point"
    r"|before\s+(?:recovering|paring|trimming|regaining|recouping|giving\s+up|easing|slipping\s+back))\b",
    re.I,
)
"""A move's peak within the day: 'jumped as much as 33%', 'fell 6 per cent ... before recovering some of the loss'."""
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
    if any(x.noun in _REPORT_NOUNS and y.noun in x.context for x, y in ((a, b), (b, a))):
        return False  # '14 reports of fires' / 'Eleven fires have been reported': the fires, counted by their reports
    return a.dimension == "count" and plural and _noun_score(a, b) < 0


_REPORT_NOUNS = frozenset(stem(w) for w in ("reports", "incidents", "instances"))
"""Nouns that count what they are reports of ('14 reports of fires')."""


def _scale_top(text: str, q: Quantity) -> bool:
    """Whether a figure is the top of the scale another figure is read on ('200 out of 400'), or the whole a count is
    part of ('211 votes in favor out of 282 lawmakers present')."""
    return bool(re.search(r"\d[^.;,]{0,30}\bout\s+of\s+$", text[max(0, q.span[0] - 50) : q.span[0]], re.I))


_NEXT_CLAUSE = re.compile(r"\b(?:and|but|while|whereas|as)\b|[;:,—–()]")


_PLIGHTS = frozenset({"caught", "missing", "aboard"})
"""Fates that, written just before or after the noun, name whom a count counts ('94 stranded whales', 'three missing
hikers', '21 crew aboard the carrier') rather than what befell them."""


_RELATIVE_WORD = re.compile(r"\b(?:who|that|which)\b", re.I)


def _fate(text: str, q: Quantity) -> str:
    """What befell the people a figure counts: the fate word after it, before the next clause and
    within five words ('nine others injured', 'eleven patients have now tested positive'), else the
    nearest one before it in its clause ('killed at least four people and injured more than 40':
    'dead', 'injured'), else one anywhere before a count that has risen to it ('the number of people
    who have died ... has risen to 37')."""
    s0, e0 = q.span
    words = _NEXT_CLAUSE.split(text[e0 : e0 + 60])[0].split()
    right = " ".join(words)
    five, eight = len(" ".join(words[:5])), len(" ".join(words[:8]))
    found = [m for m in _FATE_RE.finditer(right) if m.start() < eight]  # begun within five words ('were taken to the
    # Nakuru Level Five Hospital'), or the verb after a plight within eight
    if found and found[0].start() < five:
        if found[0].lastgroup in _PLIGHTS and _RELATIVE_WORD.search(right[: found[0].start()]):
            verb = list(_FATE_RE.finditer(_NEXT_CLAUSE.split(text[max(0, s0 - 40) : s0])[-1]))
            if verb:
                return verb[-1].lastgroup or ""  # 'freed a dozen miners who were trapped': the plight describes them,
                # the verb before the count tells what befell them
        if len(found) > 1 and (
            (len(right[: found[0].start()].split()) <= 2 and found[0].lastgroup in _PLIGHTS)
            or right[: found[0].start()].lower().endswith("of the ")
        ):
            return found[1].lastgroup or ""  # 'the 12 trapped miners were rescued', '21 crew aboard the carrier
            # were hurt', 'Two of the injured were taken to hospital': the plight or the group names them, the verb
            # after it tells what befell them
        return found[0].lastgroup or ""
    left = _NEXT_CLAUSE.split(text[max(0, s0 - 40) : s0])[-1]
    found = list(_FATE_RE.finditer(left))
    if found:
        return found[-1].lastgroup or ""
    before = text[:s0]
    if _RISEN_TO.search(before):
        m = _FATE_RE.search(before)
        return (m.lastgroup or "") if m else ""
    return ""


_MISSING_COUNT = re.compile(
    rf"(?<![^\W_])(\d{{1,4}}|{NUMBER_WORD})\s+(?:more\s+|others?\s+|other\s+[a-z]+\s+|[a-z]+\s+)?(?:(?:are|is|were"
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


_STATE_VERB_BEFORE = re.compile(
    r"\b(?:held|holds|housed|houses|hosted|hosts|sheltered|shelters|stood|stands|numbered|totall?ed|remained|rated|kept"
    r"|were\s+(?:waiting|stranded|sheltering|staying|living)|was\s+holding|were\s+holding)\b[^.;:]{0,40}$",
    re.I,
)


_STATE_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:were|was|are|is|remained|remain|remains)\s+(?:still\s+)?"
    r"(?:without|stranded|trapped|displaced|cut\s+off|in\s+(?:shelters?|hospital|custody))\b",
    re.I,
)
"""A count of those in a state, the state told after it ('About 150,000 customers were still without power')."""


def _state_told(text: str, q: Quantity) -> bool:
    return bool(_STATE_VERB_BEFORE.search(text[: q.span[0]]) or _STATE_AFTER.match(text, q.span[1]))


_STILL_NOW = re.compile(r"\b(?:are|is|remain|remains)\s+still\b|\bstill\s+(?:are|is|remain|remains)\b", re.I)
_STILL_THEN = re.compile(r"\b(?:were|was)\s+still\b|\bstill\s+(?:were|was)\b", re.I)


_STILL_WITHOUT = re.compile(r"\b(?:still|remain(?:s|ed)?)\s+(?:\w+\s+)?without\b", re.I)
_LOST_SUPPLY = re.compile(r"\b(?:lost|losing|lose|cut\s+off|left\s+without|knocked\s+out)\b", re.I)


def _left_without_against_lost(text_x: str, x: Quantity, text_y: str, y: Quantity) -> bool:
    """Whether one side counts those still without a supply ('About 9,000 customers were still without power Sunday
    morning') and the other, a larger number, those who lost it ('More than 14,000 customers lost power as the storm
    moved through'): what was left at a later moment, not the count of the loss (more left than ever lost is a
    conflict)."""
    return (
        bool(_STILL_WITHOUT.search(text_x) and _LOST_SUPPLY.search(text_y))
        and not _STILL_WITHOUT.search(text_y)
        and not _LOST_SUPPLY.search(text_x)
        and x.high < y.low
    )


def _still_then_and_now(fx: SentenceFacts, fy: SentenceFacts) -> bool:
    """Whether one side tells how many are still in a state now ('15 cats are still wearing working collars') and the
    other how many still were at a moment it dates ('Nineteen of the cats were still being tracked at the end of
    August'): two readings of a count that falls."""
    return bool(
        _STILL_NOW.search(fx.text) and _STILL_THEN.search(fy.text) and fy.times and not _STILL_THEN.search(fx.text)
    )


def _state_on_two_days(fa: SentenceFacts, a: Quantity, fb: SentenceFacts, b: Quantity) -> bool:
    """Whether each figure is the size of a state ('the centre held 1,910 people', 'stood at') in a sentence dated by
    one day of its own, and the two days differ: two readings of one state, not one fact told twice."""
    if not (_state_told(fa.text, a) and _state_told(fb.text, b)):
        return False
    x, y = _day_of(fa, a), _day_of(fb, b)
    if x is None or y is None or x.start is None or y.start is None or x.end is None or y.end is None:
        return False
    if x.anchor != "absolute" or y.anchor != "absolute":
        return False  # 'at 08:00' / 'At 8am on Friday': a time of day is on no day of its own
    return x.start.date() != y.start.date() and (x.end <= y.start or y.end <= x.start)


_CLAUSE_APART = re.compile(r",\s+(?:after|as|when|while|before|since|because|until)\b|;", re.I)


def _day_of(f: SentenceFacts, q: Quantity) -> TimeRef | None:
    """The day (or part of one) nearest a figure in its clause ('after more boats arrived overnight' is another
    clause's), within 60 characters of it."""
    near = [
        (min(abs(t.span[0] - q.span[1]), abs(q.span[0] - t.span[1])), t)
        for t in f.times
        if t.start is not None and t.level <= 1
    ]
    near = [
        (d, t)
        for d, t in near
        if d <= 60 and not _CLAUSE_APART.search(f.text[min(t.span[1], q.span[1]) : max(t.span[0], q.span[0])])
    ]
    return min(near, key=lambda dt: dt[0])[1] if near else None


def _toll_moved(fa: SentenceFacts, a: Quantity, fb: SentenceFacts, b: Quantity) -> bool:
    """Whether two death tolls each come with a count of the missing and the two sums agree: the same
    people, some found dead between the two readings."""
    ma, mb = _missing_count(fa.text), _missing_count(fb.text)
    if ma is None or mb is None or ma == mb:
        return False
    return abs((a.value + ma) - (b.value + mb)) < 1e-9


_CHANGE_VERB = re.compile(
    rf"\b(?:{_RISE_WORDS}|{_FALL_WORDS}|slow\w*|eas\w*|(?:takes|took|brings|brought)(?=\s[^.;]*?\bto\s+(?:about\s+)?\w))\b",
    re.I,
)
"""A verb of change ('rose', 'cut'), or one that takes a total to a new figure ('The birth takes the herd to eight')."""


@lru_cache(maxsize=4096)
def _first_change_verb(text: str) -> int:
    """Where the first verb of change in a sentence ends, or -1."""
    m = _CHANGE_VERB.search(text)
    return m.end() - 1 if m else -1


_FROM_N_TO = re.compile(
    r"\bfrom\s+(?:about\s+)?[\d.,]+(?:%|\s?(?:km|kilomet(?:re|er)s|miles|metres|meters|kg|minutes|hours))?\s+to\s+$",
    re.I,
)
"""'from 60 to', 'from 198 km to': the old value of a change, told before its new one."""


def _change_role(text: str, q: Quantity) -> str:
    """In a sentence telling a change ('lowered its base rate to 5.5% from 6%', 'dropped by 390 dong to 19,120
    dong'), 'to' for the new value, 'from' for the old one, 'by' for the change, else ''."""
    before = text[max(0, q.span[0] - 12) : q.span[0]]
    if re.search(r"\b(?:unchanged|steady)\s+at\s+$", text[max(0, q.span[0] - 30) : q.span[0]], re.I):
        return "to"  # 'left unchanged at Rs 272.80': the level now, as 'raised to' tells it
    if re.search(r"\b(?:add|adds|added|adding)\s+(?:an?\s+(?:extra|further|additional)\s+)?$", before, re.I):
        return "by"  # 'The increase will add around €26 a year to the bill': the change, against 'rise to about €340'
    if _UNDONE_AFTER.match(text, q.span[1]):
        return "from"  # 'has had her two-year ban overturned' / 'ban has been cut to 12 months': the value undone
    first = _first_change_verb(text)
    if first < 0 or first >= q.span[0]:
        if _FROM_N_TO.search(text, max(0, q.span[0] - 30), q.span[0]):
            return "to"  # 'would push back the age ... from 60 to 63': a change, whatever its verb
        return ""
    if re.search(r"\bfrom\s+$", before, re.I):
        return "from"
    if re.search(r"\bto\s+$", before, re.I):
        return "to"
    if re.search(r"\b(?:by|down|up)\s+$", before, re.I):
        return "by"
    return ""


_WITH_INTEREST = re.compile(r",?\s+\(?(?:once|when|after|with|including|plus)\s+(?:[\w-]+\s+){0,2}?interest\b", re.I)
"""After a sum, the interest it holds ('$346,000 once interest is added', '£1.2m including interest')."""


_UNDONE_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){1,2}?(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+)?"
    r"(?:overturned|quashed|reduced|shortened|lowered|slashed|scrapped)\b"
)
"""After a figure, its noun undone or cut ('her two-year ban overturned', 'the 2% levy was reduced'): the value before
the change."""


_VOTE_AFTER = re.compile(
    r"\s+(?:(?:mps|members|lawmakers|legislators|deputies|senators|councillors|councilors|votes|of\s+them)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?\s+)?(?:voted\s+|voting\s+|were\s+)?"
    r"(?:(?P<side>against|in\s+favou?r|for\s+(?:the\s+)?(?:motion|bill|law|proposal|resolution)|abstain\w*|abstentions?)"
    r"|(?-i:(?P<act>backed|backing|supported|supporting|opposed|opposing|rejected|rejecting))"
    r"\s+(?:the|a|an|it|its|this|that)\b)",
    re.I,
)
_VOTE_BEFORE = re.compile(r"\b(?P<side>backed|supported|opposed)\s+by\s+$", re.I)
_VOTED_TO_AFTER = re.compile(
    r"\s+(?:mps|members|lawmakers|legislators|deputies|senators|councillors|councilors)\b[^,.;]{0,50}?\bvoted\s+"
    r"(?:on\s+\w+\s+)?(?:in\s+favou?r\s+of|to\s+(?!reject|block|oppose|throw|vote)[a-z]+)",
    re.I,
)
"""Members told to have voted for a motion by what it does ('More than 80 lawmakers in Lithuania's parliament voted
on Thursday to launch impeachment proceedings')."""
_VOTED_SCORE_FOR = re.compile(r"\bvoted\s+$", re.I)
_VOTED_SCORE_AGAINST = re.compile(r"\bvoted\s+\d{1,4}\s*(?:to|-|–)\s*$", re.I)
_SCORE_REST = re.compile(r"\s*(?:to|-|–)\s*\d")
_OF_THE_BEFORE = re.compile(r"\bof\s+(?:[\w'’-]+\s+){0,3}$", re.I)
"""A whole after a part ('23 of the 30 senators', "21 of the council's 31 members")."""
_VOTES_WON = re.compile(r"\b(?:received|won|got|secured|obtained|garnered|drew)\s+$", re.I)
_VOTES_NOUN = re.compile(r"\s+votes\b", re.I)


def _vote_side(text: str, q: Quantity) -> str:
    """Which side of a vote a count is ('131 voted against', 'with 129 against', 'backed by 98 MPs', '78 lawmakers
    backed the bill', 'while 21 opposed it', '74 lawmakers backing a censure motion', 'voted 79 to 21'), else ''."""
    if _VOTES_WON.search(text[max(0, q.span[0] - 20) : q.span[0]]) and _VOTES_NOUN.match(text, q.span[1]):
        return "for"  # 'the coalition received 55 votes', 'won 421,356 votes against 298,140': the votes won
    before = text[max(0, q.span[0] - 20) : q.span[0]]
    if _VOTED_SCORE_FOR.search(before) and _SCORE_REST.match(text, q.span[1]):
        return "for"  # 'voted 79 to 21': the first figure is those for
    if _VOTED_SCORE_AGAINST.search(before):
        return "against"
    if _VOTED_TO_AFTER.match(text, q.span[1]) and not _OF_THE_BEFORE.search(before):
        return "for"  # not 'of the 30 senators voted to override': the whole body, of which some voted
    m = _VOTE_AFTER.match(text, q.span[1]) or _VOTE_BEFORE.search(before)
    if not m:
        return ""
    side = (m.group("side") or m.groupdict().get("act") or "").lower()
    if side.startswith(("against", "opposed", "rejected")):
        return "against"
    if side.startswith("abstain") or side.startswith("abstention"):
        return "abstain"
    return "for"


_LIMIT_NOUNS = frozenset({"limit", "cap"})
"""A limit set for a measure ('the 80 km/h limit'): no reading of it, whatever values the two give."""
_BENCHMARK_NOUNS = frozenset({"target", "goal", "ceiling", "threshold", "benchmark", "band"}) | _LIMIT_NOUNS


def _benchmark(q: Quantity) -> bool:
    """Whether a figure is a target or a threshold set for a measure ('the bank's 2 percent target')."""
    return q.noun in _BENCHMARK_NOUNS


_MAX_HEDGES = frozenset({"cap", "up to"})
_MAXIMUM_BEFORE = re.compile(r"\b(?:maximum|peak|top)\s+(?:[a-z-]+\s+){0,2}?(?:of\s+)?$", re.I)
"""Before a figure, that it is a maximum ('Maximum gusts of 144 kph', 'peak winds of'), like 'up to'."""
_TIME_GIVEN = re.compile(r"\s+(?:in\s+which\s+)?to\s+(?!be\b|date\b)[a-z]+")
"""A span given to do something ('12 months to carry out the consultation'), the deadline a 'within' tells too."""
_CAP_BEFORE = re.compile(
    r"\b(?:quota|cap|ceiling|limit|maximum|guarantees?\s+worth|guarantee|top\s+speed|maximum\s+speed)\s+(?:of\s+)?$",
    re.I,
)
"""A figure set as a most ('an annual export quota of five million tonnes', 'guarantees worth S/1.2 billion', 'a top
speed of 230 kilometres per hour')."""


def _maxima_read(text_a: str, a: Quantity, text_b: str, b: Quantity) -> tuple[Quantity, Quantity]:
    """Two figures as compared: a maximum ('up to 8 million tonnes', 'as much as £1,500') read as its bound when the
    other is a cap set at a figure told bare ('an annual export quota of five million tonnes'): one most, two values.
    (Two maxima are compared as bounds by `_overlap` itself.)"""

    def cap_set(text: str, q: Quantity) -> bool:
        return q.hedge == "" and bool(
            _CAP_BEFORE.search(text[max(0, q.span[0] - 30) : q.span[0]])
            or (q.dimension == "duration" and _TIME_GIVEN.match(text, q.span[1]))
        )  # 'has six months to pay the surcharge' / 'must pay the surcharge within seven months': one deadline

    if a.hedge == "up to" and not b.hedge and _MAXIMUM_BEFORE.search(text_b[max(0, b.span[0] - 30) : b.span[0]]):
        b = replace(b, hedge="up to", low=0.0)  # 'Gusts of up to 162 kph' / 'Maximum gusts of 144 kph': two maxima
    elif b.hedge == "up to" and not a.hedge and _MAXIMUM_BEFORE.search(text_a[max(0, a.span[0] - 30) : a.span[0]]):
        a = replace(a, hedge="up to", low=0.0)
    if a.hedge in _MAX_HEDGES and cap_set(text_b, b):
        a = replace(a, low=a.high)
    elif b.hedge in _MAX_HEDGES and cap_set(text_a, a):
        b = replace(b, low=b.high)
    if (
        a.hedge == b.hedge
        and a.hedge in ("less than", "more than")
        and _condition_bound(text_a, a)
        and _condition_bound(text_b, b)
    ):
        # 'applies whenever spodumene trades below US$1,500 a tonne' / 'kick in when prices are below US$1,200': two
        # thresholds of one condition, each a point
        a, b = replace(a, low=a.value, high=a.value), replace(b, low=b.value, high=b.value)
    return a, b


_CONDITION_BEFORE = re.compile(r"\b(?:when|whenever|if|once|unless)\b[^.;,]{0,60}$", re.I)


def _condition_bound(text: str, q: Quantity) -> bool:
    """Whether a bounded figure is the threshold of a condition ('whenever spodumene trades below US$1,500')."""
    return bool(_CONDITION_BEFORE.search(text[max(0, q.span[0] - 70) : q.span[0]]))


_LIMIT_SUBJECT = re.compile(
    r"\b(?:limits?|caps?)\b[^,.;]{0,50}?\b(?:stay|stays|remain|remains|be|is|are|was|were|set|fixed|kept|held)"
    r"\s+(?:\w+\s+)?(?:at|to)\s+$",
    re.I,
)


def _limit_told(text: str, q: Quantity) -> bool:
    """Whether a figure is a limit set for a measure, its noun after it ('a 40mph limit') or the limit the subject of
    the clause that sets it at the figure ('Speed limits on the approach roads will stay at 50mph')."""
    return _benchmark(q) or bool(_LIMIT_SUBJECT.search(text[max(0, q.span[0] - 90) : q.span[0]]))


_REMAINING = re.compile(
    r"\A(?:\s+of\s+(?:the|those|them)(?:\s+[\w-]+){0,2}?)?\s+(?:(?:people|patients|passengers|of\s+them|[a-z]+ers)\s+)?"
    r"(?:remain(?:s|ed)?|stay(?:s|ed)?|(?:are|were|was|is)\s+still)\s+(?:in|at|under)\b"
    r"|\A\s+(?:[a-z-]+\s+){1,2}?(?:remain(?:s|ed)?|(?:are|were|was|is)\s+still)\s+(?:without|cut\s+off|in\s+the\s+dark)\b",
    re.I,
)
_STILL_OUT_BEFORE = re.compile(r"\bstill\s+(?:out|off|down|without\s+\w+)\s+(?:in|at|for)\s+(?:\w+\s+){0,2}$", re.I)
_BEFORE_EVENT = re.compile(
    r"\s+(?:(?:a|an|per|each)\s+)?(?:[\w/-]+\s+){0,3}?(?:just\s+)?before\s+(?:the|its|their|this|that)\s+"
    r"(?!(?:end|start|beginning|close|middle)\b)[a-z]+",
    re.I,
)


def _before_event(text: str, q: Quantity, stood: bool, other_told: bool) -> bool:
    """Whether a figure is a level as it stood before an event: told so after it ('stood at ₹4,200 per quintal before
    the notification'), or in a sentence that opens on it when the other side's figure is the new level or one told
    as before it too ('Before the birth, the zoo's herd numbered seven' / 'The birth takes the herd to eight'; an act
    before the event, 'Before the declaration, the commission ordered a recount in three polling stations', is the
    other side's act)."""
    if other_told and (m := _BEFORE_OPENS.match(text)) and q.span[0] >= m.end():
        return True
    if other_told and _HAD_ALREADY.search(text, 0, q.span[0]):
        return True  # 'Supply had already fallen to about two hours a day': as it stood before
    return stood


def _stood_before(text: str, q: Quantity) -> bool:
    return _STOOD.search(text[max(0, q.span[0] - 40) : q.span[0]]) is not None and bool(
        _BEFORE_EVENT.match(text, q.span[1])
    )


_PREVIOUS_OCCASION = re.compile(
    r"\b(?:at|in|for|during)\s+the\s+(?:last|previous|preceding)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:elections?|votes?|polls?|census|season|edition|race|contest|referendum|tournament|games)\b",
    re.I,
)
"""The occasion before this one ('at the last full council elections in the ward')."""


def _of_previous_occasion(text: str, q: Quantity) -> bool:
    """Whether a figure is told of the occasion before this one, named ahead of it in its clause ('Turnout at the
    last full council elections in the ward, in May 2024, was 38 per cent'), not set beside it ('lower than at the
    previous local election', 'down from 76 per cent in the previous election')."""
    m = next(reversed(list(_PREVIOUS_OCCASION.finditer(text, 0, q.span[0]))), None)
    return m is not None and not _THAN_BEFORE.search(text, 0, m.start()) and ";" not in text[m.end() : q.span[0]]


_THAN_BEFORE = re.compile(r"\b(?:than|from|with|since)\s+$", re.I)
_CURRENTLY = re.compile(r"\b(?:currently|at\s+present|presently)\b", re.I)
_PROSPECTIVE = re.compile(r"\b(?:will|would|brings?|is\s+to|are\s+to|set\s+to|plans?\s+to|proposed|planned)\b", re.I)
"""A change still to come ('That brings the fare down to Rs 200'), not a level reached ('is down to 240 million')."""
_HAD_ALREADY = re.compile(r"\bhad\s+already\b", re.I)
_BEFORE_OPENS = re.compile(
    r"\s*(?:(?:[Ee]ven|[Jj]ust|[Ss]hortly|[Ll]ong|[Ww]ell)\s+before|Before)\s+(?:the|its|their|this|that)\s+[^,;.]{1,40},"
)


_STOOD = re.compile(
    r"\b(?:stood|was|were|had\s+been|traded|sold|cost)\s+(?:(?:the|its|their)\s+[a-z]+\s+)?(?:at\s+|for\s+)?"
    r"(?:about\s+|around\s+)?$",
    re.I,
)
"""A level as it stood, not an act's figure ('cut 200 jobs before the merger')."""


_INITIAL = per_text(
    re.compile(
        r"\binitially\s+(?:put|placed|estimated|given|reported|set)\b|\bput\s+initial\s+(?:[a-z]+\s+){0,2}at\b"
        r"|\baccording\s+to\s+(?:the\s+|a\s+)?(?:first|initial)\s+(?:\w+\s+)?(?:reports?|figures?|counts?|tally)\b",
        re.I,
    )
)
"""A figure told as a first estimate ('initially put at', 'according to the first police report'), not the one it grew to."""


_UP_FROM_YEAR = per_text(
    re.compile(r"\b(?:up|down|risen|grown|fallen)\s+from\b(?!\s+(?:a|an)\b)[^.;\d]*?\b((?:19|20)\d\d)\b", re.I)
)
"""'up from the amount first seized in 2022': an earlier figure not told, only its year ('up from 54% in 2020' tells it)."""


def _grown_since(text_a: str, text_b: str) -> bool:
    """Whether one side tells its figure as changed since a year the other side's figure is dated by ('Assets worth R19
    million have now been frozen, up from the amount first seized in 2022' / 'froze R12 million of her assets in
    2022')."""
    for x, y in ((text_a, text_b), (text_b, text_a)):
        m = _UP_FROM_YEAR.search(x)
        if m and re.search(rf"\b{m.group(1)}\b", y) and not _UP_FROM_YEAR.search(y):
            return True
    return False


_POPULATION = re.compile(
    r"\b(?:(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:town|city|village|country|nation|island|community|county"
    r"|region|province|municipality|borough|district|parish|state)|population)\s+of\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|just\s+over|just\s+under|more\s+than|fewer\s+than|under|over)\s+)?"
    r"\d[\d.,]*(?:\s*(?:million|billion|thousand|m|bn))?$",
    re.I,
)


_PRESENT_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:present|in\s+attendance)\b", re.I)


def _present_only(text: str, q: Quantity) -> bool:
    """Whether a count is of members present ('79 of the 141 lawmakers present', '120 members in attendance')."""
    return bool(_PRESENT_AFTER.match(text, q.span[1]))


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
    if _LEAVING.search(text[max(0, q.span[0] - 20) : q.span[0]]) and _IN_OPERATION.match(text, q.span[1]):
        return True  # 'will shut blast furnace 9, leaving two furnaces in operation' / 'one of its three furnaces'
    m = _STILL_TO_GO.match(text, q.span[1])
    # 'left' only after 'with': 'four rounds left' is still to come, 'two men left the scene' went
    return m is not None and (
        m.group(1).lower() != "left" or bool(_WITH_BEFORE.search(text[max(0, q.span[0] - 20) : q.span[0]]))
    )


_STILL_TO_GO = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(left|remaining|to\s+go|to\s+play)\b", re.I)
_WITH_BEFORE = re.compile(r"\bwith\s+(?:only\s+|just\s+)?$", re.I)
_TENURE = re.compile(
    r"\bwho\s+(?:had\s+|has\s+)?(?:ran|run|led|headed|served|chaired|managed|held|owned|coached)\b[^,;:]*?"
    r"\bfor\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$",
    re.I,
)


def _tenure(text: str, q: Quantity) -> bool:
    """Whether a span is how long someone held an office, told of them in a clause of their own ('Osvaldo Prates
    Nogueira, who ran Paraná's infrastructure department for four years')."""
    return bool(_TENURE.search(text[max(0, q.span[0] - 80) : q.span[0]]))


_LEAVING = re.compile(r"\bleaving\s+(?:only\s+|just\s+)?$", re.I)
_IN_OPERATION = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:in\s+operation|in\s+service|in\s+use|open|running|operational|working|standing|intact)\b",
    re.I,
)
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
    "mm": ("km", 1e-6), "in": ("km", 0.0000254), "kg": ("kg", 1.0), "t": ("kg", 1000.0),
    **{unit: ("ha", k) for unit, k in AREA_HECTARES.items()},
    "mph": ("kph", 1.609344), "kph": ("kph", 1.0), "l": ("l", 1.0), "kl": ("l", 1000.0), "gal": ("l", 3.785411784),
    "MW": ("MW", 1.0), "GW": ("MW", 1000.0), "kW": ("MW", 0.001),
}  # fmt: skip
"""Units of one kind on one scale, so '25 miles of shoreline' meets 'nearly 60 kilometres of the coast' and '1,000
megawatts' meets '1.2 gigawatts'."""


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
    named = {q.dimension for q in other if q.dimension in _CROWN_CODES}
    if len(named) == 1:  # 'a deficit of 268 billion crowns' / 'a deficit of 286 billion CZK': the koruna in English
        code = next(iter(named))
        out = tuple(replace(q, dimension=code) if q.dimension == "count" and q.noun == _CROWN else q for q in out)
    return out


_CROWN = stem("crowns")
_CROWN_CODES = _KRONE_CODES | {"money:CZK"}
"""Currencies English calls crowns: a count of 'crowns' is a sum in the one of them the other sentence names."""


def _points_as_pp(qs: Sequence[Quantity], other: Sequence[Quantity]) -> tuple[Quantity, ...]:
    """Bare 'points' read as percentage points when the other sentence tells its figures in percentage points and
    none in bare points ('an attainment gap of 18.2 points' / 'The gap ... was 16.8 percentage points')."""
    if not any(q.dimension == "pp" for q in other) or any(q.dimension == "points" for q in other):
        return tuple(qs)
    return tuple(replace(q, dimension="pp") if q.dimension == "points" else q for q in qs)


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


_FIRST_WINDOW = re.compile(
    r"[^.;:]{0,40}?\b(?:in|within|during|over)\s+the\s+first\s+((?:\d+|[a-z]+)\s+(?:minutes?|hours?|days?|weeks?)|hour|day|week)\b",
    re.I,
)


def _first_window(text: str, q: Quantity) -> float:
    """The window from an event's start a count is told over, right after the figure, in hours ('recorded 11
    aftershocks in the first three hours': 3.0; 'in the first two days': 48.0), else 0."""
    m = _FIRST_WINDOW.match(text, q.span[1])
    if not m:
        return 0.0
    words = m.group(1).lower().split()
    n = 1.0 if len(words) == 1 else float(words[0]) if words[0].isdigit() else float(simple_number_word(words[0]) or 0)
    return n * TIME_UNITS[words[-1].rstrip("s")] * 24  # the lexicon's units are days


_PER_POPULATION = re.compile(
    r"\s+(?:[a-z]+\s+){0,3}?(?:per|for\s+every|in\s+every)\s+(?:100|1,000|10,000|100,000|1,000,000|one\s+million|million|"
    r"thousand|hundred\s+thousand|capita|head)\b"
    r"|\s+(?:[a-z]+\s+){0,3}?(?:for|in)\s+every\s+(?:[a-z]+\s+)?\d[\d,]*\s+(?:[a-z]+\s+)?"
    r"(?:people|persons|residents|inhabitants|citizens|patients|children|adults|women|men|births)\b",  # 'one nurse for
    # every 2,700 people' (not 'Sh4,000 for every 90kg bag')
    re.I,
)
"""After a figure, the population it is a rate over ('650 cases per 100,000 people')."""


_REMAINDER_BEFORE = re.compile(r"\b(?:remaining|outstanding|rest\s+of\s+the|balance\s+of\s+(?:the\s+)?)\s+\S*$", re.I)
"""Before a sum, what is left of a whole ('the remaining Sh108 million', 'the outstanding $2 million'); read for money
only ('the remaining 23 defendants' is a count of people, which outlets tell alike)."""
_CASE_OF_FINE = re.compile(
    r"\s+(?:[a-z]+\s+){0,3}?for\s+(?:repeat|second|subsequent|further|first|first-time)\s+"
    r"(?:offen[cd]es?|offenders?|violations?|violators?|breach(?:es)?|convictions?)\b",
    re.I,
)
"""After a penalty, the case it is for ('15,000 lari for repeat offenders'), which sets it apart from the penalty for
another case."""
_OFF_BENCHMARK = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:over|above|below|under|beyond|short\s+of|more\s+than|less\s+than|off)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w'’-]+\s+){0,4}?(?:target|limit|goal|threshold|benchmark|maximum|minimum)s?\b",
    re.I,
)
"""After a figure, the benchmark it is told against ('four minutes over the regional government's own target'): how far
off it, not the benchmark."""


_TALLIED = re.compile(r"\b(?:counted|recorded|registered|logged|detected|tallied)\b", re.I)
"""A count kept of things as they come ('counted 87 aftershocks by Monday night'): it stands so by its moment."""


@lru_cache(maxsize=1 << 14)
def _moments(text: str, times: tuple[TimeRef, ...]) -> tuple[TimeRef, ...]:
    """The moments a sentence's count stood so by ('By Thursday afternoon', 'As at the end of August'), for
    `_read_at_two_moments`."""
    state = _STATE_MOMENT.search(text)
    if not (state or _HAD_SO_FAR.search(text) or _TALLIED.search(text)) or _DEADLINE_TALK.search(text):
        return ()
    return tuple(
        replace(t, modifier="")
        for t in times
        if t.level <= 2 and t.start is not None and t.end is not None
        and (
            t.modifier in {"by", "as of"} or _as_of(text, t)
            # 'More than 40 tows were waiting on Tuesday evening': a lasting state seen at a part of a day
            or (state and t.level <= 1 and not t.modifier and _DAY_PART_WORD.search(t.text))
        )
    )  # fmt: skip


_AFTER_JUST_BEFORE = re.compile(r"\bafter\s+(?:[a-z]+\s+){0,2}$", re.I)
"""'after' a word or two before a figure ('after two passengers contacted a doctor'): what came after the count."""


def _difference_told(fa: SentenceFacts, fb: SentenceFacts, c: Conflict) -> bool:
    """Whether two counts differ by a count the larger one's sentence tells as what came after ('Nine people were
    injured, the police said on Wednesday, after two passengers contacted a doctor' / 'Seven people were hurt'): a
    tally and its later additions, not two values of one."""
    qa = next((q for q in fa.quantities if q.span == c.span_a), None)
    qb = next((q for q in fb.quantities if q.span == c.span_b), None)
    if qa is None or qb is None or qa.dimension != "count" or qb.dimension != "count" or qa.value == qb.value:
        return False
    big, small, f = (qa, qb, fa) if qa.value > qb.value else (qb, qa, fb)
    return any(
        q is not big
        and q.dimension == "count"
        and q.value == big.value - small.value
        and bool(q.noun)
        and syn(q.noun) == syn(big.noun)
        and q.span[0] > big.span[1]
        and _AFTER_JUST_BEFORE.search(f.text[max(0, q.span[0] - 25) : q.span[0]])
        for q in f.quantities
    )


def _read_at_two_moments(fa: SentenceFacts, fb: SentenceFacts) -> bool:
    """Whether both sentences give a count as it stood by a moment of its own ('By Thursday afternoon, 124 properties
    had been flooded', 'As at the end of August, 11 applications were awaiting a decision') and neither moment holds
    the other: parts of one day ('afternoon' / 'evening') or a month and a day, where `_two_moments_so_far` asks for
    days that do not overlap at all."""

    ta, tb = _moments(fa.text, fa.times), _moments(fb.text, fb.times)
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


def _tally_told(f: SentenceFacts, other: SentenceFacts) -> SentenceFacts:
    """The sentence without the two counts that the other side tells as one tally ('61 lawmakers backed the bill and 48
    opposed it' / 'passed by 61 votes to 48'): they are that tally's figures, no partners for its other counts ('with
    11 lawmakers absent')."""
    tallies = [tally_sides(q.value) for q in other.quantities if q.dimension == "score"]
    counts = {q.value for q in f.quantities if q.dimension == "count"}
    told = {v for hi, lo in tallies if hi in counts and lo in counts for v in (hi, lo)}
    if not told or told != counts:
        return f  # (a count told beside the tally's two, 'and 8 abstentions', keeps them all as partners)
    return replace(f, quantities=tuple(q for q in f.quantities if not (q.dimension == "count" and q.value in told)))


_VOTE_TALK = re.compile(r"\b(?:vot(?:e|es|ed|ing)|ballots?|passed|approved|adopted|rejected|majority)\b", re.I)


_VOTES_CAST = re.compile(
    r"\s+(?:votes?\s+for\b(?!\s+(?:the|a|an|his|her|its|their)\b)"
    r"|(?:mps|members|lawmakers|legislators|deputies|senators|councillors|councilors)\s+voted\b)",
    re.I,
)
"""After a count: votes cast ('14 votes for and 9 against', '121 lawmakers voted to keep Thapa'), not votes needed,
lost or of a majority ('the 41 votes necessary', 'a five vote majority')."""
_MARGIN_OR_WHOLE = re.compile(
    r"\b(?:majority|margin)\s+of\s+(?:just\s+|only\s+)?$|\bby\s+(?:just\s+|only\s+)?$|\bof\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
"""Before a count of votes: a margin ('by a majority of 83 votes', 'won by 12 votes') or a whole ('21 of the council's
31 members voted'), no side's count."""


def _one_vote_tally(x: SentenceFacts, y: SentenceFacts) -> Quantity | None:
    """The one tally of a vote that `x` tells ('passed by 61 votes to 48'), when `y` tells no tally of its own."""
    tallies = [q for q in x.quantities if q.dimension == "score"]
    if len(tallies) != 1 or not _VOTE_TALK.search(x.text) or any(q.dimension == "score" for q in y.quantities):
        return None
    return tallies[0]


def _tally_against_sides(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    """One vote told as a tally on one side and by its sides on the other, with a figure the tally lacks ('The vote
    was 28 to 14' / 'passed with 30 votes in favour and 12 against'; 'voted 76 to 44' / 'Forty-one lawmakers voted
    against'): the side with the tally names no other score, the other no score and one or two counts of votes cast
    (abstentions aside)."""
    for x, y, x_is_a in ((fa, fb, True), (fb, fa, False)):
        if (t := _one_vote_tally(x, y)) is None:
            continue
        cast = [
            q
            for q in y.quantities
            if q.dimension == "count"
            and (
                _vote_side(y.text, q) in ("for", "against")
                or (
                    _VOTES_CAST.match(y.text, q.span[1])
                    and not _MARGIN_OR_WHOLE.search(y.text[max(0, q.span[0] - 40) : q.span[0]])
                )
            )
        ]
        if not cast or len(cast) > 2:
            continue
        sides = tally_sides(t.value)
        off = next((q for q in cast if int(q.value) != q.value or int(q.value) not in sides), None)
        if off is None or (len(cast) == 2 and cast[0].value == cast[1].value):
            continue
        expl = (
            _clip(f"number: {t.text} vs {off.text} (vote)")
            if x_is_a
            else _clip(f"number: {off.text} vs {t.text} (vote)")
        )
        c = Conflict("number", t.text, off.text, t.norm, off.norm, expl, 0.75, t.span, off.span)
        return c if x_is_a else c.swapped()
    return None


_MARGIN_OF = re.compile(r"\b(?:majority|margin)\s+of\s+(?:just\s+|only\s+)?$", re.I)
_NOT_A_MARGIN_AFTER = re.compile(r"\s+(?:of\b|to\s+\w+)", re.I)
"""After 'a majority of' and a figure: a part of a whole ('a majority of 21 of the council's 31 members') or a tally
('by a majority of four to one'), no margin."""


def _margin_against_tally(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    """One vote told as a tally on one side and by its margin on the other ('backed the bill by 79 votes to 26' / 'passed
    ... by a margin of 17 votes'): the margin must be the tally's difference. The side with the margin names no tally."""
    for x, y, x_is_a in ((fa, fb, True), (fb, fa, False)):
        if (t := _one_vote_tally(x, y)) is None:
            continue
        margins = [
            q
            for q in y.quantities
            if q.dimension == "count"
            and _MARGIN_OF.search(y.text[max(0, q.span[0] - 30) : q.span[0]])
            and not _NOT_A_MARGIN_AFTER.match(y.text, q.span[1])
        ]
        if len(margins) != 1 or not _VOTE_TALK.search(y.text):
            continue
        hi, lo = tally_sides(t.value)
        m = margins[0]
        if m.value == hi - lo:
            continue
        expl = _clip(
            f"number: {t.text} vs a margin of {m.text}" if x_is_a else f"number: a margin of {m.text} vs {t.text}"
        )
        c = Conflict("number", t.text, m.text, t.norm, m.norm, expl, 0.75, t.span, m.span)
        return c if x_is_a else c.swapped()
    return None


_ALL_OF = per_text(re.compile(r"(?<!not )\ball\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|his\s+|her\s+)?$", re.I))
_PART_OF_WHOLE = re.compile(
    r"\s+(?:of|out\s+of)\s+(?:(?:the|its|their|his|her)\s+)?(?:[\w'’-]+['’]s\s+)?(?:[a-z-]+\s+)?$", re.I
)
"""Between a part and its whole ('five of the seven', '17 of the report's 19')."""


def _all_against_part(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    """A whole told as all of it on one side and a part of that whole on the other ('convicted on all seven counts' /
    'convicted him on five of the seven counts'; 'accepted all 19 recommendations' / '17 of the report's 19')."""
    for x, y, x_is_a in ((fa, fb, True), (fb, fa, False)):
        for q in x.quantities:
            if q.dimension != "count" or q.hedge or not _ALL_OF.search(x.text[max(0, q.span[0] - 20) : q.span[0]]):
                continue
            for part, whole in zip(y.quantities, y.quantities[1:]):
                if (
                    part.dimension == whole.dimension == "count"
                    and not part.hedge
                    and whole.value == q.value
                    and 0 < part.value < whole.value
                    and _PART_OF_WHOLE.fullmatch(y.text[part.span[1] : whole.span[0]] + " ")
                    and (not q.noun or not whole.noun or q.noun == whole.noun)
                    and not _ALL_OF.search(y.text[max(0, part.span[0] - 20) : part.span[0]])
                ):
                    va, vb = f"all {q.text}", f"{part.text} of {whole.text}"
                    expl = _clip(f"number: {va} vs {vb}" if x_is_a else f"number: {vb} vs {va}")
                    c = Conflict("number", va, vb, q.norm, part.norm, expl, 0.75, q.span, part.span)
                    return c if x_is_a else c.swapped()
    return None


_EACH = re.compile(r"\b(?:each|apiece)\b", re.I)
_ALL_TOGETHER = re.compile(r"\b(?:together(?!\s+with)|combined(?!\s+with)|altogether|in\s+total|all\s+told)\b", re.I)


def _each_against_together(fa: SentenceFacts, fb: SentenceFacts) -> bool:
    """Whether one side tells a figure for each of several things and the other for all of them together ('Each one
    weighs 47 kilograms' / 'Together they weigh 188kg'): two figures of two sizes."""
    return any(
        _each(x.text) and not _each(y.text) and _all_together(y.text) and not _all_together(x.text)
        for x, y in ((fa, fb), (fb, fa))
    )


def compare_numbers(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    if _each_against_together(fa, fb):
        return None
    if _read_at_two_moments(fa, fb):
        return None  # 'By Thursday afternoon, 124 properties had been flooded' / 'By Thursday evening, 210': a running
        # count read at two moments
    if _since_against_within(fa, fb) or _since_against_within(fb, fa):
        return None  # '16 overdose deaths since the start of 2024' / 'Nine died of overdoses in 2024'
    if not (fa.quantities and fb.quantities):
        # no two figures to pair (nor a tally against its sides): only what the words alone tell
        return _ordinal_conflict(fa.text, fb.text) or _unanimous_against_split(fa.text, fb.text)
    off_a = any(_how_far(fa.text, q) for q in fa.quantities) and not any(_placed(fb.text, q) for q in fb.quantities)
    off_b = any(_how_far(fb.text, q) for q in fb.quantities) and not any(_placed(fa.text, q) for q in fa.quantities)
    if off_a or off_b:  # 'about 60 km south of Guatemala City' against 'The 280-foot span': where, not how long
        fa, fb = _without(fa, _how_far), _without(fb, _how_far)
    ago_a, ago_b = any(_time_ago(fa.text, q) for q in fa.quantities), any(_time_ago(fb.text, q) for q in fb.quantities)
    if ago_a != ago_b:  # 'two years ago' against 'eight years of ultra-loose policy': a moment, not a length
        fa, fb = _without(fa, _time_ago), _without(fb, _time_ago)
    if (
        voted := _tally_against_sides(fa, fb) or _margin_against_tally(fa, fb) or _all_against_part(fa, fb)
    ) is not None:
        return voted
    fa, fb = _tally_told(fa, fb), _tally_told(fb, fa)
    given_a, given_b = fa.quantities, fb.quantities
    fa = replace(fa, quantities=tuple(_on_one_scale(_points_as_pp(_bare_currency_as_other(given_a, given_b), given_b))))
    fb = replace(fb, quantities=tuple(_on_one_scale(_points_as_pp(_bare_currency_as_other(given_b, given_a), given_a))))
    best: Conflict | None = None
    dims = {q.dimension for q in fa.quantities} & {q.dimension for q in fb.quantities}
    shares = [q for q in (*fa.quantities, *fb.quantities) if q.dimension == "percent" and 0 < q.value < 100]
    apart: bool | None = None
    periods = (_count_period(fa.text), _count_period(fb.text))  # the span each sentence's counts cover, if named
    # '88 mm of rain in the 24 hours ending 8.30 am' / '112 mm of rain since Monday': two windows
    window_and_since = bool(periods[0]) != bool(periods[1]) and bool(
        _SINCE_TIME.search(fb.text if periods[0] else fa.text)
    )
    windows_apart = _windows_apart(fa, fb)
    years_both = bool(_YEAR.search(fa.text) and _YEAR.search(fb.text))
    peak_a, peak_b = bool(_AT_PEAK.search(fa.text)), bool(_AT_PEAK.search(fb.text))
    peak_a, peak_b = (
        peak_a or (peak_b and bool(_PEAK_VERB.search(fa.text))),
        peak_b or (peak_a and bool(_PEAK_VERB.search(fb.text))),
    )
    later_apart = _later_state(fa.text) != _later_state(fb.text) or _read_by_hour_apart(fa.text, fb.text)
    two_markets = _two_markets(fa.text, fb.text)
    initial_apart = bool(_INITIAL.search(fa.text)) != bool(_INITIAL.search(fb.text)) or _grown_since(fa.text, fb.text)
    for dim in sorted(dims):
        qa = [q for q in fa.quantities if q.dimension == dim]
        qb = [q for q in fb.quantities if q.dimension == dim]
        # duplicate mentions of one figure on one side ('1.2 million (1,200,000)') count once
        pairs: list[tuple[float, int, int, float]] = []  # (rank, i, j, similarity)
        caps_a, caps_b = [_capacity(fa.text, q) for q in qa], [_capacity(fb.text, q) for q in qb]
        fates_a = [_fate(fa.text, q) if dim == "count" else "" for q in qa]
        fates_b = [_fate(fb.text, q) if dim == "count" else "" for q in qb]
        roles_a = [_change_role(fa.text, q) for q in qa]
        roles_b = [_change_role(fb.text, q) for q in qb]
        for i, a in enumerate(qa):
            for j, b in enumerate(qb):
                if {roles_a[i], roles_b[j]} in ({"to", "from"}, {"to", "by"}, {"from", "by"}):
                    continue  # 'lowered its base rate to 5.5% from 6%' / 'cut ... to 5.75%': the old rate is no
                    # partner for the new one, nor the change for either ('raised the fee from Tk 5,800' /
                    # 'increased by Tk 3,400')
                if _two_fates(fa.text, a, fates_a[i], fb.text, b, fates_b[j]):
                    continue  # 'killed at least four and injured more than 40' / '27 people were hurt': the
                    # dead and the hurt are two counts, whatever values agree
                sim = _pair_similarity(fa.text, a, fb.text, b, caps_a[i] and caps_b[j])
                # agreeing values are the likeliest partners, unless the nouns clearly differ, or they
                # agree only as a rounding and share nothing ('3.4% in February' / 'the new 3% target')
                agree = (
                    _overlap(a, b)
                    and (sim > 0 or (a.low <= b.high and b.low <= a.high))
                    and _benchmark(a) == _benchmark(b)
                    and not (a.hedge == "up to" != b.hedge and any(q.hedge == "up to" for q in qb))
                    and not (b.hedge == "up to" != a.hedge and any(q.hedge == "up to" for q in qa))
                )  # a maximum meets the other side's maximum before any figure under it ('import up to 450
                # megawatts' / 'import as much as 300 megawatts ... and lease a 250MW power barge')
                # a part of a group named on its own side ('three match points, two of them with
                # service winners') is no partner for the other side's whole count ('saved two')
                part = (
                    _whole_for_part(fa, a, b)
                    or _whole_for_part(fb, b, a)
                    or _part_of_another(fa, a, b)
                    or _part_of_another(fb, b, a)
                )
                # one specific figure on both sides is one fact, whatever nouns follow ('208 temporary relief
                # centres' / '208 PPS')
                same = a.value == b.value and abs(a.value) >= 100 and a.hedge == b.hedge == ""
                bonus = 10.0 if agree and (_noun_score(a, b) >= 0 or same) and not part else 0.0
                pairs.append((sim + bonus, i, j, sim))
        pairs.sort(key=lambda p: -p[0])
        used_a: set[int] = set()
        used_b: set[int] = set()
        single = len(qa) == 1 and len(qb) == 1
        for _score, i, j, sim in pairs:
            if i in used_a or j in used_b:
                continue
            a, b = qa[i], qb[j]
            ok = _overlap(*_maxima_read(fa.text, a, fb.text, b))
            if ok and _benchmark(a) != _benchmark(b):
                continue  # '1.7 percent' / 'below the bank's 2 percent target': the target is no reading of it
            if ok:
                used_a.add(i)
                used_b.add(j)
                continue
            if {a.noun, b.noun} & _LIMIT_NOUNS and _limit_told(fa.text, a) != _limit_told(fb.text, b):
                continue  # 'a speed of 89 km/h' / 'above the 80 km/h limit': a reading and the limit set for it
            if _equal_left(a, qb, used_b | {j}) or _equal_left(b, qa, used_a | {i}):
                continue  # 'a planned €50 increase in the semester fee' / 'a €50 rise in the fee, which is currently
                # €321': the same figure written on the other side is its partner, not the fee
            if dim.startswith("id:") and (sa := _id_system(fa.text, a)) and (sb := _id_system(fb.text, b)) and sa != sb:
                continue  # 'State Highway 37' / 'US Highway 14': two systems' roads, each numbered in its own
            if bool(_PER_POPULATION.match(fa.text, a.span[1])) != bool(_PER_POPULATION.match(fb.text, b.span[1])):
                continue  # 'about 650 cases per 100,000 people' / 'about 612,000 TB cases in 2025': a rate and a count
            if dim.startswith("money:") and bool(
                _REMAINDER_BEFORE.search(fa.text[max(0, a.span[0] - 25) : a.span[0]])
            ) != bool(_REMAINDER_BEFORE.search(fb.text[max(0, b.span[0] - 25) : b.span[0]])):
                continue  # 'to refund the Sh148 million' / 'the remaining Sh108 million be recovered': a whole and what is
                # left of it
            if bool(_CASE_OF_FINE.match(fa.text, a.span[1])) != bool(_CASE_OF_FINE.match(fb.text, b.span[1])):
                continue  # 'a fine of 15,000 lari for repeat offenders' / 'a fine of 5,000 lari': two cases' penalties
            if bool(_OFF_BENCHMARK.match(fa.text, a.span[1])) != bool(_OFF_BENCHMARK.match(fb.text, b.span[1])):
                continue  # 'The regional target is 15 minutes' / 'four minutes over the regional government's own
                # target': a benchmark and how far a figure is off it
            wa, wb = _first_window(fa.text, a), _first_window(fb.text, b)
            if (wa or wb) and wa != wb and (wa and wb or _BY_MOMENT.search(fb.text if wa else fa.text)):
                continue  # 'recorded 11 aftershocks in the first three hours' / 'Fourteen aftershocks had been
                # recorded by mid-morning': a count over a window from the start, and one by a moment
            if _rate_against_total(fa.text, a, fb.text, b) or _rate_against_total(fb.text, b, fa.text, a):
                continue  # 'will pay $2.5 million a year' / 'Over its 15-year term, the deal is worth $37.5 million';
                # 'a 6 per cent annual rise' / 'a 15 per cent rise over three years': a rate and a total
            per_a, per_b = _per_period(fa.text, a), _per_period(fb.text, b)
            if per_a and per_b and per_a != per_b:
                if _overlap(_per_year(a, per_a), _per_year(b, per_b)):
                    used_a.add(i)
                    used_b.add(j)
                continue  # 'about $7 a month more' / 'about $84 a year': one rate told over two periods
            if dim == "age" and {a.noun, b.noun} & {"man", "woman"}:
                if _age_of(fa.text, a) != _age_of(fb.text, b):
                    continue  # 'in his 30s' / 'a 14-year-old girl': an age told by its decade is a man's or a woman's,
                    # set only against one of the same ('A man in his 80s' / 'A man in his 70s', 'an 87-year-old man')
            if (sa := _measured(a)) and (sb := _measured(b)) and not sa & sb:
                continue  # 'Supply is 525,000 cubic metres a day' / 'a daily shortfall of about 400,000 cubic metres':
                # two measures of one thing (what is supplied, what is missing)
            if _population(fa.text, a) != _population(fb.text, b):
                continue  # 'About 1,100 people ... will lose their jobs' / 'in a town of about 11,000 people'
            if dim == "count" and _present_only(fa.text, a) != _present_only(fb.text, b):
                continue  # '79 of the 150 lawmakers' / '79 of the 141 lawmakers present': the whole body, and those
                # in the chamber
            if (
                (roles_a[i], roles_b[j]) in (("to", ""), ("", "to"))
                and _CURRENTLY.search(fb.text if roles_a[i] == "to" else fa.text)
                and _PROSPECTIVE.search(fa.text if roles_a[i] == "to" else fb.text)
            ):
                continue  # 'That brings the one-way fare down to Rs 200' / 'Commuters currently pay Rs 250': the new
                # level, and the one it replaces
            if _of_previous_occasion(fa.text, a) != _of_previous_occasion(fb.text, b):
                continue  # 'Turnout was 24.6 per cent' / 'Turnout at the last full council elections in the ward, in May
                # 2024, was 38 per cent': this occasion's figure and the one before's
            stood_a, stood_b = _stood_before(fa.text, a), _stood_before(fb.text, b)
            if _before_event(fa.text, a, stood_a, roles_b[j] == "to" or stood_b) != _before_event(
                fb.text, b, stood_b, roles_a[i] == "to" or stood_a
            ):
                continue  # 'rates stood at ₹4,200 per quintal before the notification' / 'crossed ₹4,500 a quintal on
                # Tuesday': the level before an event, and one after it
            if initial_apart:
                continue  # 'Damage was initially placed at 1.2 billion pesos' / 'now stands at 2.4 billion pesos': a
                # first estimate, and the figure it grew to
            if dim == "duration" and _tenure(fa.text, a) != _tenure(fb.text, b):
                continue  # 'who ran Paraná's infrastructure department for four years' / 'raised to more than 12 years
                # the sentence': how long an office was held, and another span
            if _remaining(fa.text, a) != _remaining(fb.text, b):
                continue  # 'Four people were taken to hospital' / 'Two of the injured remained in hospital late
                # Wednesday morning': an act, and how many it still holds later
            va, vb = _vote_side(fa.text, a), _vote_side(fb.text, b)
            if dim == "count" and va and va == vb:
                sim = max(sim, 1.0)  # '131 voted against' / 'with 129 against': one side of one vote
            if dim == "duration" and _is_margin(fa.text, a) and _is_margin(fb.text, b):
                sim = max(sim, 1.0)  # '19 seconds ahead' / 'nine seconds clear of Gudeta': one winning margin
            if dim == "count" and fates_a[i] == fates_b[j] == "arrested" and {syn(a.noun), syn(b.noun)} <= _HELD:
                sim = max(sim, 1.0)  # 'Police have arrested 23 people' / 'Detectives have arrested 21 suspects': those
                # held, however named
            if roles_a[i] == roles_b[j] == "to" and any(r in ("from", "by") for r in roles_a + roles_b):
                sim = max(sim, 1.0)  # 'lowered its base rate to 5.5% from 6%' / 'cut ... to 5.75%': the new value
            if _range_end(fa.text, a) and _range_end(fb.text, b):
                sim = max(sim, 1.0)  # 'ranging from 18.6% to 62.4%' / 'run from 18.6 percent up to 48.2 percent':
                # the top of one range
            if sim < 1.0 and not (single and sim >= 0.0 and dim != "count") and not (single and sim >= 0.5):
                if not (single and dim == "count" and sim >= 0.0 and _count_fallback_ok(a, b)):
                    # the last figure left on each side after agreeing ones were paired off
                    if not (_last_left(i, qa, used_a) and _last_left(j, qb, used_b) and sim >= 0.5):
                        continue
            ha, hb = _height_base(fa.text, a), _height_base(fb.text, b)
            if ha and hb and ha != hb:
                continue  # 'Ash rose to 4,800 metres above sea level' / 'reached 1,000 metres above the crater': two
                # heights measured from two bases
            if _age_told(fa.text, a) != _age_told(fb.text, b):
                continue  # 'has been following him since the player was 19' / 'watched Menezes three times': an age
            if dim == "count" and (_source_count(fa.text, a) or _source_count(fb.text, b)):
                continue  # 'Two workers at the plant, who asked not to be named, said' / 'said one worker, who asked
                # not to be named': how many sources spoke is no fact of the story
            if dim == "count" and _now_told(fa.text, a) != _now_told(fb.text, b):
                continue  # 'Eight people have now died' / 'Six people were killed': a toll updated since, and an
                # earlier one
            if dim == "count" and _more_of_them(fa.text, a) != _more_of_them(fb.text, b):
                continue  # 'as two more of the injured died in hospital' / 'more than 150 injured': some of them,
                # added to an earlier count
            if _other_thing_named(fa.text, a, fb.text, b) or _other_thing_named(fb.text, b, fa.text, a):
                continue  # 'Along with the ivory, the container held about 120 kilograms of rhino horn' / 'held 2,100kg
                # of ivory': the other side's thing is named apart from this measure, which is of another
            if sim < 1.0 and (_vague(a) or _vague(b)) and not (a.noun and b.noun):
                continue  # 'dozens of family fishing operations' / 'only in two 12-hour periods': a vague count
                # pairs only with a figure that says what it counts
            if (
                dim == "score"
                and (_in_play(fa.text, a) or _in_play(fb.text, b))
                and not _one_moment_of_play(fa.text, a, fb.text, b)
            ):
                continue  # 'served for the match at 5-4' / 'fell behind 5-2 in the tiebreak': two moments of the game
            if _partitive_whole(fa.text, a) != _partitive_whole(fb.text, b) and (
                sim < 1.5 or not (a.noun and b.noun) or _part_told(fa.text, a, b) or _part_told(fb.text, b, a)
            ):
                continue  # 'three of the train's six carriages' / 'one ended up on its side': the whole, a part
                # ('Three of the school's five teaching blocks' / 'Three teaching blocks have been closed': the part)
            part_a, part_b = _included_part(fa.text, a, qa), _included_part(fb.text, b, qb)
            if part_a != part_b and not _part_opening(*((fb.text, b) if part_a else (fa.text, a))):
                # 'at least three deaths, including two men who collapsed' / 'three people died': the
                # part is nobody's partner here, and leaves its whole to the other side's figure (but 'nine of them in
                # intensive care' / 'Of the 47 children ..., seven are in intensive care' are two parts)
                (used_a if part_a else used_b).add(i if part_a else j)
                continue
            part_of_a, part_of_b = _partitive(fa.text, a, b), _partitive(fb.text, b, a)
            if (
                (part_of_a or part_of_b)
                and _noun_score(a, b) < 1.5
                and not (part_of_a and _part_opening(fb.text, b))
                and not (part_of_b and _part_opening(fa.text, a))
                and not (part_of_a and part_of_b and _one_part_told(fa.text, a, fb.text, b))
            ):  # (one part told two ways: '321 of them had been confirmed' / 'Of these, 312 were confirmed', 'nine of
                # them in intensive care' / 'Of the 47 children being treated, seven are in intensive care')
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
                    or _earlier_reading(fa, fb)
                    or _earlier_reading(fb, fa)
                    or _read_on_another_day(fa, fb)
                    or _two_bulletins(fa, fb)
                    or _two_occasions(fa.text, fb.text)
                    or _by_moments_apart(fa.text, fb.text)
                )
            if dim == "count" and (_part_of_the_days(fa, a, fb, b) or _part_of_the_days(fb, b, fa, a)):
                continue  # 'had been cancelled by lunchtime' / 'were cancelled on Tuesday': a reading along the day
            if apart and not (dim == "duration" and "-" in a.text and "-" in b.text):
                continue  # (but 'a 48-hour strike from 6am' / 'a 24-hour strike starting at midnight': one event's
                # length, however far apart the hours it is told with)
            if peak_a != peak_b and (a.low > b.high if peak_a else b.low > a.high):
                continue  # 'More than 52,000 properties lost power at the peak of the storm' / '38,000 were
                # without power on Friday morning': the peak is above any other reading (below one, it conflicts)
            if dim == "count" and _other_compound(fa.text, a, fb.text, b):
                continue  # 'threw for 284 yards' / 'a 12-yard run': a total, and the length of one play
            if _grown_on_later_page(fa, a, fb, b) or _grown_on_later_page(fb, b, fa, a):
                continue  # 'The fire had grown to roughly 5,100 hectares overnight' (a page of the next morning) /
                # 'has grown to 3,400 hectares, the BC Wildfire Service said on Monday': two moments of one growth
            if later_apart:
                continue  # 'By the afternoon, 3,500 homes were still without power' / 'Some 8,000 homes were
                # without electricity': what was left by a later moment, not the count
            if two_markets:
                continue  # 'traded at about 38 to the dollar on the parallel market' / 'at 26.8 on the interbank
                # market': two markets' rates
            if dim == "count" and _people_and_machines(a, b):
                continue  # 'rescued 340 people' / 'deployed four boats'
            if not years_both and _year_back(fa, a) != _year_back(fb, b):
                continue  # 'revives memories of 2002, when the Elbe reached a record 9.40 metres' / 'The Elbe peaked at
                # 7.42 metres': a reading of a year long past against one told without a year
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
            da, db = _demonym(a), _demonym(b)
            if da and db and da != db:
                continue  # 'expelled two Kenyan diplomats' / 'expelled three Tanzanian diplomats': two countries' people
            pl_a, pl_b = _place_of(fa.text, a), _place_of(fb.text, b)
            if pl_a and pl_b and not pl_a & pl_b:
                continue  # 'two people in Terrebonne Parish died' / 'One man died in Lafourche Parish': two places' counts
            to_a, to_b = _place_of(fa.text, a, _SENT_TO_AFTER), _place_of(fb.text, b, _SENT_TO_AFTER)
            if to_a and to_b and not to_a & to_b:
                continue  # 'Two flights were diverted to El Salvador' / 'One flight was diverted to the Mundo Maya
                # airport': those taken to each place
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
            if dim == "count" and (_grown_by_told(fa.text, a, b) or _grown_by_told(fb.text, b, a)):
                continue  # 'Forty-eight people were treated in hospital ..., after two more residents sought care
                # overnight' / 'Forty-six people were taken to hospital': the count before and after the rise told
            if dim == "count" and (_one_more_told(fa.text, a, b) or _one_more_told(fb.text, b, a)):
                continue  # 'three passengers and the driver' / 'four people on the water taxi': the same people
            if dim == "count" and (_rise_explained(fa.text, a, b) or _rise_explained(fb.text, b, a)):
                continue  # 'has risen to 21 after two more victims died' / 'Seventeen people died': read before the rise
            if _left_without_against_lost(fa.text, a, fb.text, b) or _left_without_against_lost(fb.text, b, fa.text, a):
                continue  # 'About 9,000 customers were still without power Sunday morning' / 'More than 14,000 lost
                # power': what was left later, fewer than the loss
            if dim.startswith("money") and bool(_WITH_INTEREST.match(fa.text, a.span[1])) != bool(
                _WITH_INTEREST.match(fb.text, b.span[1])
            ):
                continue  # 'will receive $346,000 once interest is added' / 'awarded $310,000': the sum with its
                # interest, and the award
            if dim.startswith("money") and {_money_flow(fa.text, a), _money_flow(fb.text, b)} == {"in", "out"}:
                continue  # 'collected 640 million liras in a televised fundraiser' / 'had spent 410 million liras on
                # rent support': the money taken in, and the part paid out
            if _modal(fa.text, a) != _modal(fb.text, b) and not (
                _would_will(fa.text, a, fb.text, b) or _would_will(fb.text, b, fa.text, a)
            ):
                continue  # 'his plan would cut Medicare by $800 billion' / 'Obama has cut $716 billion': a plan, a fact
            ca, cb = _tariff_classes(fa.text), _tariff_classes(fb.text)
            if ca and cb and not ca & cb:
                continue  # 'Trucks pay $33.60 in peak hours' / 'will pay $22.40 off-peak': two fares of one toll
            if _whole_scope(fa.text, a) != _whole_scope(fb.text, b):
                continue  # '22 goals in all competitions' / '19 goals in Ligue 1': the whole and a part
            if window_and_since or (windows_apart and dim != "duration"):
                continue  # a count in a window of hours against one since a day; 'last season' / 'over the past two
                # seasons'; 'in twelve months' / 'since 2000'
            if periods[0] and periods[1] and periods[0] != periods[1]:
                continue  # '6,840 cases in the first three weeks of November' / '2,000 in the week to November
                # 20': counts over periods of two lengths
            if _others_of_one(fa.text, a, fb.text, b) or _others_of_one(fb.text, b, fa.text, a):
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
            if (
                _two_plurals(a, b)
                and sim < 1.5
                and not (va and va == vb)
                and not (fates_a[i] == fates_b[j] == "dead" and "death" in {syn(a.noun), syn(b.noun)})
            ):  # ('31 deaths' / '34 patients have died': one toll)
                continue  # '16 gold objects' / '14 Roman gold coins': two counted things, though told alike (not
                # one side of one vote: '53 deputies voted in favour' / 'received 55 votes')
            if _scale_top(fa.text, a) != _scale_top(fb.text, b):
                continue  # 'scored below 200 out of 400' / 'Of the 1,942,600 candidates': the top of a scale, no count
            if (a.value == 0 or b.value == 0) and (
                _none_of_apart(fa.text, a, fb.text, b) or _none_of_apart(fb.text, b, fa.text, a)
            ):
                continue  # 'None of the hospitalized runners was in critical condition' / 'Two of the hospitalized runners
                # were discharged': the same group, two different things said of it
            if (a.value == 0 or b.value == 0) and sim < 1.5:
                continue  # 'no one was hurt' only against the same people/thing
            if (
                dim == "age"
                and max(a.value, b.value) < 150  # '1.2 million years old': a find's age, no person's
                and not (set(a.context) & set(b.context)) - {"aged", "age", "old"}
                and not _one_age_owner(fa, a, fb, b)
                and not _one_subject_aged(fa.text, a, fb.text, b)
            ):
                continue  # an age is a person's: '16' (the daughters) and '31' (the aide) are two people's
            if dim == "age" and _two_age_owners(fa, a, fb, b):
                continue  # 'Hana Moore, 41,' / 'Rua Tane, 44,': two named people's ages
            if dim == "money:USD" and (_local_dollar(fa, a, fb) or _local_dollar(fb, b, fa)):
                continue  # 'a $12 million upgrade' / 'NZ$12 million ($7 million)': the bare $ was local dollars
            if (
                _odd_value_elsewhere(a, fb)
                or _odd_value_elsewhere(b, fa)
                or (_read_otherwise(a, fb) and _read_otherwise(b, fa))
                or _written_alike(fa.text, a, fb.text, b)
            ):
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
            if dim.startswith("money") and (
                (_thing_size(fa.text, a) and _contribution(fb.text, b))
                or (_thing_size(fb.text, b) and _contribution(fa.text, a))
            ):
                continue  # 'would back a 650 million euro plant' / 'will contribute 180 million euros towards a new
                # photonics chip factory': what the thing costs, and a share of it
            if _registered_and_all(fa.text, a, fb.text, b) or _registered_and_all(fb.text, b, fa.text, a):
                continue  # 'UNHCR has about 755,000 registered Syrian refugees' / 'about 1.5 million Syrians live in
                # Lebanon': those on a register, and all of them
            if caps_a[i] != caps_b[j]:
                continue  # 'The 40,000-capacity stadium' / 'in front of a crowd of 38,500': room for, not present
            if _read_at_two_parts_of_day(fa.text, a, fb.text, b):
                continue  # 'The Rhine at Kaub fell to 35 centimetres on Tuesday evening' / 'the level at the Kaub gauge
                # fell to 41 centimetres in the morning': a gauge read twice in one day
            if _partial_count(fa.text) != _partial_count(fb.text):
                continue  # 'with 180 of 221 polls reporting, she led by about 900 votes' / 'finished 1,412
                # votes ahead': a count under way and its end
            if dim in ("count", "percent") and _two_estimators(fa.text, fb.text):
                continue  # 'organisers said about 1,000 people joined' / 'police put the number at 300'
            if dim == "count" and (either_a := _either_fate(fa.text, a)) != _either_fate(fb.text, b):
                either, one = (a, b) if either_a else (b, a)
                if either.high >= one.low:
                    continue  # 'At least 20 trains were cancelled or diverted' / 'Eighteen trains were
                    # cancelled': one count holds two fates, the other one of them ('23 cancelled or
                    # diverted' / 'more than 40 cancelled' still conflict)
            if dim == "count" and _added_against_removed(fa.text, fb.text):
                continue  # 'More than 300 services were cancelled' / 'The timetable added about 80 new weekday
                # services': things added and things taken away, two counts
            if _extreme_reading(fa.text, a) != _extreme_reading(fb.text, b):
                continue  # 'The peso fell as much as 0.9% to 19.51 per dollar' / 'The peso weakened to 19.42 per
                # dollar after the announcement': the day's extreme, and where it stood
            if dim.startswith("money") and (
                (_tranche(fa.text, a) and _whole_sum(fb.text, b)) or (_tranche(fb.text, b) and _whole_sum(fa.text, a))
            ):
                continue  # 'approved the fifth review ..., unlocking about $1.2 billion' / "Egypt's $8 billion
                # programme": one payment of a sum, and the sum
            if {_price_measure(fa.text, a), _price_measure(fb.text, b)} == {"core", "headline"}:
                continue  # 'Core inflation, measured by the trimmed mean, reached 3.4 per cent' / 'Headline inflation
                # was 3.2%': two measures of prices
            if _two_bearers(fa.text, a, fb.text, b):
                continue  # 'Violators will face fines of GEL 300' / 'Platforms that publish unregistered
                # listings will face fines of GEL 5,000': two parties' penalties
            if _two_owners(fa.text, fb.text):
                continue  # 'In Alberta, the jobless rate climbed to 7.1%' / "Ontario's jobless rate was 7.6%"
            if dim not in ("age", "duration") and _two_agents(fa, a, fb, b):
                continue  # 'Ottawa airport cancelled 140 flights' / 'Montreal-Trudeau airport canceled more
                # than 200 flights': two places' counts
            if dim == "count" and (_scopes_apart(fa.text, fb.text) or _scopes_apart(fb.text, fa.text)):
                continue  # 'hunters in Värmland shot nine wolves' / 'About 30 wolves were shot ... across Sweden':
                # a region's count and the country's
            if dim == "count" and (
                _wider_by_a_place(fa.text, a, fb.text, b) or _wider_by_a_place(fb.text, b, fa.text, a)
            ):
                continue  # 'About 9,000 homes in the Moreton Bay area' / 'more than 20,000 homes across Moreton Bay
                # and Brisbane's north': one place's count, and the count of it and another place
            if (bool(_PER_DAY.match(fa.text, a.span[1])) and not _has_daily(fb.text)) or (
                bool(_PER_DAY.match(fb.text, b.span[1])) and not _has_daily(fa.text)
            ):
                continue  # '3.45 million barrels per day' / '101.4 million barrels ... in November': a rate, a total
            if len({_distance_from(fa.text, a), _distance_from(fb.text, b)} - {""}) == 2:
                continue  # 'about 60 km off the coastal town of Camaná' / '42 km south-west of the town of Chivay':
                # two distances from two places
            if len({_distance_role(fa.text, a), _distance_role(fb.text, b)} - {""}) == 2:
                continue  # 'at a depth of 11.3 kilometres' / 'some 50 kilometres south-east of the city': two distances;
                # 'about 8 meters deep' / 'roughly 12 meters across': two axes of one hole
            if _average_apart(fa.text, a, fb.text, b) or _average_apart(fb.text, b, fa.text, a):
                continue  # 'The average two-year fixed rate stands at 4.62%' / 'The society's two-year fixed rate
                # will drop to 3.89 per cent': a market's average, one lender's own figure
            if dim == "percent" and _two_measures(fa.text, a, fb.text, b):
                continue  # 'expects the economy to grow by 2.1 percent' / 'expects inflation to average 2.4
                # percent': two rates
            if _still_then_and_now(fa, fb) or _still_then_and_now(fb, fa):
                continue  # '15 cats are still wearing working GPS collars' / 'Nineteen of the cats were still being
                # tracked at the end of August'
            if _state_on_two_days(fa, a, fb, b):
                continue  # 'By Wednesday morning the island's reception centre held 1,910 people' / 'held 1,380
                # people on Tuesday': one state, read on two days
            if dim == "count" and fates_a[i] == fates_b[j] == "dead" and _toll_moved(fa, a, fb, b):
                continue  # 'Five miners have died, with one more still unaccounted for' / 'Four miners were
                # killed and two are still missing': one toll of six, read before and after a body was found
            if dim == "count" and len({_severity(fa.text, a), _severity(fb.text, b)} - {""}) == 2:
                continue  # 'Three passengers were taken to hospital with serious injuries' / 'Two passengers were
                # treated for minor cuts and released': two groups of the hurt
            if dim == "count" and _fates_differ(fa.text, a, fates_a[i], fb.text, b, fates_b[j]):
                continue  # 'eleven patients have tested positive' / 'two patients have died': two counts
            if _scope_of(fa.text) and _scope_of(fb.text) and _scope_of(fa.text) != _scope_of(fb.text):
                continue  # 'before this haul, 38 tonnes' / 'including this haul, 52 tonnes': two totals
            if _one_step(fa.text, a) != _one_step(fb.text, b):
                continue  # 'an 11.5 per cent increase spread across three years' / 'The first increase, of 3 per cent':
                # one step of a series, and the whole
            if dim == "count" and (_day_in_period(fa, a, fb, b) or _day_in_period(fb, b, fa, a)):
                continue  # 'Almost 24,300 people have crossed ... in 2026' / '312 people had reached Dover ... on
                # Tuesday': a day's count, and the year's that holds it
            if _framed_apart(fa, a, fb, b) and not (dim == "age" and _one_age_owner(fa, a, fb, b)):
                continue  # '310 cases so far this year' / '2,000 cases last year': two periods' figures
            if _earlier_act(fa, a, fb, b) or _earlier_act(fb, b, fa, a):
                continue  # 'In September the bank had cut by 200 basis points' / 'cut rates by 300 basis points
                # yesterday': an earlier act and the one the story tells
            pa, pb = _period(fa.text, a), _period(fb.text, b)
            if (
                pa != pb
                and {pa, pb} not in ({"yoy", ""}, {"mom", ""}, {"p2p", ""})
                and not roles_a[i] == roles_b[j] == "to"
                and not _level_this_year(fa.text, a, roles_a[i], pa, fb.text, b, roles_b[j], pb)
                and not _one_span_told(fa.text, fb.text)
            ):
                continue  # 'fell 22% over the past 12 months' measures another span than 'rose 13% on Tuesday'

            used_a.add(i)
            used_b.add(j)
            if _part_and_total(a, b, qa, qb, shares if dim != "percent" else (), fa.text, fb.text) or _complement(
                a, b, fa, fb
            ):
                continue  # '£52m, with a further £6m in add-ons' / 'could rise to £58m': a part and its total
            if {_vote_way_of(fa.text, a), _vote_way_of(fb.text, b)} == {"for", "against"}:
                continue  # '185 lawmakers voted for him' / '104 lawmakers voted against the motion': two sides' votes
            if _city_against_its_country(fa.text, fb.text):
                continue  # 'In Gothenburg, prices have fallen 19 percent' / 'Swedish prices are 14 percent below'
            if _named_and_count(fa, a, fb, b):
                continue  # 'Three people, including captain Juma Magesa' / 'the captain, Juma Magesa, and two crew'
            if (
                _whole_including(fa.text, a, b)
                or _whole_including(fb.text, b, a)
                or _total_of_listed(fa.text, a, fb.text, b)
                or _total_of_listed(fb.text, b, fa.text, a)
            ):
                continue  # 'A total of 230 people, including the crew, were rescued' / 'picked up the passengers and
                # 43 crew members': a whole said to include the group the other side counts
            if dim == "duration" and _windows_of_readings(fa, a, fb, b):
                continue  # '542 mm of rain fell in the 24 hours to 9 a.m.' / '600 mm fell over 48 hours': two
                # readings over two spans
            if dim != "duration" and _over_two_windows(fa, a, fb, b):
                continue  # and the readings themselves
            if dim == "duration" and _record_span(fa.text, a) != _record_span(fb.text, b):
                continue  # 'hit by drought for seven years' / 'its driest summer in four decades': a record's window
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
    if best is not None and _difference_told(fa, fb, best):
        # 'Seven people were hurt' / 'Nine people were injured, ... after two passengers contacted a doctor': the
        # larger count tells what added the difference
        return None
    if best is not None and (_part_of_them(fb.text, best.norm_a) or _part_of_them(fa.text, best.norm_b)):
        return None  # 'Two children needed surgery' / 'Four children swallowed magnets, and two of them required
        # surgery': the other sentence counts the same part of its whole
    return (
        best
        or _ordinal_conflict(fa.text, fb.text)
        or _unanimous_against_split(fa.text, fb.text)
        or _rank_conflict(fa.text, fb.text)
        or _one_sum_two_currencies(fa, fb)
    )


_CURRENCY_FAMILY = {
    "money:USD": "dollar", "money:EUR": "euro", "money:GBP": "pound", "money:JPY": "yen", "money:CNY": "yuan",
    "money:CHF": "franc", "money:INR": "rupee", "money:RUB": "rouble",
}  # fmt: skip
"""Currencies whose names no other shares: a bare '$' may be any dollar, so only these families are told apart
('$10 million' / '10 million euros')."""


def _one_sum_two_currencies(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    """One sum told in two currencies ('The hackers demanded $10 million' / 'demanded a ransom of 10 million euros'):
    the same figure, each side naming one sum only (no conversion given), said of the same thing (a word of their
    contexts shared); one of the two currencies is wrong. Two sums that differ are two amounts, converted or not."""
    ma = [q for q in fa.quantities if q.dimension.startswith("money:")]
    mb = [q for q in fb.quantities if q.dimension.startswith("money:")]
    if len(ma) != 1 or len(mb) != 1:
        return None
    a, b = ma[0], mb[0]
    fam_a, fam_b = _CURRENCY_FAMILY.get(a.dimension, ""), _CURRENCY_FAMILY.get(b.dimension, "")
    if not fam_a or not fam_b or fam_a == fam_b or a.value != b.value or a.value < 1000 or a.hedge != b.hedge:
        return None  # ('$750,000' / 'S$750,000', 'P16.2 billion' / '16.2 billion peso': one currency, named two ways)
    if not (set(a.context) & set(b.context)) or _modal(fa.text, a) != _modal(fb.text, b):
        return None
    expl = f"number: {a.text} vs {b.text} (one sum, two currencies)"
    return Conflict("number", a.text, b.text, a.norm, b.norm, _clip(expl), 0.75, a.span, b.span)


_ORDINAL_WORDS = ORDINALS[1:]
_ORDINAL = re.compile(
    r"\b(?:(\d{1,3})(?:st|nd|rd|th)|(" + "|".join(ORDINALS) + r"))[\s-]+([a-z]+)\b"
    r"(?:(?=[\s-]+(?!since\b)(?P<next>[a-z]+)\b))?",  # the word after, looked at, not taken: 'the fifth and sixth
    # floors' keeps 'sixth floors' for the next match
    re.I,
)
_SINCE_AFTER = re.compile(r"[^.;,]{0,30}\bsince\s+(?:the\s+)?([\w-]+)", re.I)
"""An ordinal and the noun it numbers ('the third floor', 'her 41st veto', 'a second-term lawmaker'); 'first' only
when a span frames it ('the first unplanned shutdown at the plant this year'; too often no count otherwise: 'for the
first time'). A count since an event ('its second flight since the failure') is one series only with another count
since the same ('the fifth mass bleaching event since 2016' / 'the sixth mass bleaching event since 2016'), by its
year when it names one ('since late 2023' / 'since December 2023'); a month with no year is this year's, as is 'this
year'."""
_THIS_YEAR_RIGHT_AFTER = re.compile(r"\s+(?:this|so\s+far\s+this)\s+(?:year|season)\b", re.I)
_THIS_FRAME = re.compile(r"[^.;,]{0,50}?\b(?:this|of\s+the)\s+(year|season)\b", re.I)
_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
_FIRST_TO_DO = re.compile(
    r"\s+(?:[\w-]+\s+)?to\s+(?:be\s+)?(?!(?:the|a|an|its|their|his|her|this|that|date)\b)(?P<verb>[a-z]+)\b"
)
"""A verb after the numbered noun ('the first governor to be impeached'), not a place ('her third trip to Kyiv')."""
_AT_THE = re.compile(r"\b(?:in|at|on|during|after|before|by|from|until)\s+(?:the\s+)?$", re.I)
"""A preposition before an ordinal: a moment or a place in a series ('in the 87th minute'), which no 'to' clause counts."""
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


@lru_cache(maxsize=1 << 14)
def _ordinals(text: str) -> dict[str, list[tuple[int, str, tuple[int, int]]]]:
    out: dict[str, list[tuple[int, str, tuple[int, int]]]] = {}
    for m in _ORDINAL.finditer(text):
        noun, nxt = m.group(3).lower(), (m.group("next") or "").lower()
        if m.group(0)[0].isupper() and m.group(3)[0].isupper() and m.start():
            continue  # 'the Third Division', 'Fifth Avenue': a name, not a place in a series
        such = noun == "such" and nxt and nxt not in _NOT_ORDINAL_NOUNS
        if such:
            noun, nxt = nxt, ""  # 'the third such blackout since January 2023': the series of blackouts
        if noun in _STREAK_WORDS and nxt and nxt not in _NOT_ORDINAL_NOUNS:
            key = "streak " + stem(nxt)  # 'its fifth straight win' / 'the fourth consecutive win': one run's length
        elif noun in _RANK_WORDS and "-" in text[m.end(3) - len(noun) - 1 : m.end(3)] and nxt:
            # 'its second-lowest extent on record' / 'the third-lowest summer extent': one rank on one scale
            key = "rank " + noun + (" " + nxt if noun in ("most", "least") else "")
        elif noun == "place":
            key = "rank place"  # 'lifted Freiburg to fifth place' / 'Freiburg climbed to sixth place with the win'
        elif noun == "time" and _THIS_YEAR_RIGHT_AFTER.match(text, m.end(3)):
            key = "time"  # 'the first time this year that the unit has had to close' / 'the third time this year': one
            # series of occasions, counted over the year
        elif noun in _NOT_ORDINAL_NOUNS:
            continue
        else:
            key = syn(stem(noun))  # 'the second blackout' / 'the third outage': one series
        end = m.end("next") if such else m.end(3)
        first = (m.group(2) or "").lower() == "first"
        if since := _SINCE_AFTER.match(text, end):
            suffixes = [" since " + _since_key(text, since)]
        elif this := _THIS_FRAME.match(text, end):
            # 'this season' is the span 'since the season began' counts over, and a count told without it may be one
            suffixes = [" since " + this.group(1).lower(), *([] if first else [""])]
        elif first:
            continue  # 'for the first time', 'the first stage': no count of a series
        else:
            suffixes = [""]
        if (to_do := _FIRST_TO_DO.match(text, end)) and not _AT_THE.search(text, 0, m.start()):
            # 'the first Pueblo mayor to leave office early' counts those who did a thing, not all mayors ('the fourth
            # prisoner to abscond from Ford this year' / 'the third prisoner to abscond'); not 'in the 87th minute to
            # give MC Alger a win'
            suffixes = [" to " + stem(to_do.group("verb").lower()) + suffix for suffix in suffixes]
        value = int(m.group(1)) if m.group(1) else ORDINALS.index(m.group(2).lower()) + 1
        alt = ""
        if key == syn(stem(noun)) and nxt and nxt not in STOPWORDS and nxt not in _NOT_ORDINAL_NOUNS and len(nxt) > 3:
            # the noun after a modifier ('the 11th hearing' / 'the 12th parole hearing'), read as well; after an
            # adjective it is a narrower series, met only by another so narrowed ('the third fatal accident' / 'the
            # second deadly accident'; not 'the fourth successful launch' / 'the fifth launch')
            adjective = m.group(3)[0].islower() and (
                modifier_like(noun) or (noun.endswith("ly") and noun not in LY_NOUNS)
            )
            alt = ("adj " if adjective else "") + syn(stem(nxt))
        for suffix in suffixes:
            out.setdefault(key + suffix, []).append((value, text[m.start() : end], (m.start(), end)))
            if alt:
                out.setdefault(alt + suffix, []).append(
                    (value, text[m.start() : m.end("next")], (m.start(), m.end("next")))
                )
    for m in _CARDINAL_STREAK.finditer(text):
        # 'for five straight weeks', 'for four weeks in a row': the run's length, as 'a fifth consecutive week' tells it
        n = m.group("n").lower()
        value = int(n) if n.isdigit() else int(simple_number_word(n) or 0)
        noun = m.group("a") or m.group("b")
        if value >= 2:
            out.setdefault("streak " + stem(noun.lower()), []).append((value, m.group(0), m.span()))
    for m in _RANK_MOVE.finditer(text):
        # 'The United States fell to 57th place' / 'dropped to 55th': a place in a ranking, told by its move
        out.setdefault("rank place", []).append((int(m.group(1)), m.group(0), m.span()))
    if _SCORING.search(text):
        for m in _AFTER_MINUTES.finditer(text):
            # 'opened the scoring after 34 minutes' ('at 34 minutes') is the 34th minute of the match
            out.setdefault(stem("minute"), []).append((int(m.group(1)), m.group(0), m.span()))
    return out


def _since_key(text: str, since: re.Match[str]) -> str:
    """What a count runs since: the year its phrase names, 'year' for a bare month of this year, else its first word."""
    if year := _YEAR_IN.search(text, since.start(1), since.start(1) + 30):
        return year.group()
    word = since.group(1).lower()
    return "year" if word in MONTHS else word


_CARDINAL_STREAK = re.compile(
    r"\b(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:(?:straight|consecutive|successive)\s+(?P<a>[a-z]+)|(?P<b>[a-z]+)\s+in\s+a\s+row)\b",
    re.I,
)
_RANK_MOVE = re.compile(
    r"\b(?:fell|fallen|dropped|slipped|slid|sank|rose|risen|climbed|jumped|moved)\s+(?:back\s+|up\s+|down\s+)?to\s+"
    r"(\d{1,3})(?:st|nd|rd|th)\b(?![\s-]+(?!place\b)[a-z])",
    re.I,
)
"""A place in a ranking told by a move to it, with no noun after it or 'place' ('fell to 57th place', 'rose to 21st')."""
_AFTER_MINUTES = re.compile(r"\b(?:after|on|at)\s+(\d{1,3})\s+minutes\b", re.I)
_SCORING = re.compile(
    r"\b(?:scor\w*|goals?|equali[sz]\w*|penalty|header|headed|netted|try|tries|ahead|in\s+front)\b", re.I
)
_BODY_OF_MEMBERS = {
    "judges": "court", "justices": "court", "jurors": "jury", "councillors": "council", "councilors": "council",
    "senators": "senate", "directors": "board", "commissioners": "commission", "lawmakers": "legislature",
}  # fmt: skip
"""A body named by its members ('The judges ruled by a 4-1 majority' / 'The court ruled unanimously')."""


@lru_cache(maxsize=1 << 14)
def _vote_clauses(text: str) -> tuple[str, ...]:
    return tuple(c for c in re.split(r";|,\s+and\s+|,\s+while\s+|,\s+but\s+", text) if c.strip())


def _bodies(clause: str) -> set[str]:
    """The voting bodies a clause names: its body nouns and capitalised words ('the Senate', 'MPC')."""
    words = re.findall(r"[A-Za-z][\w'’-]*", clause)
    members = {_BODY_OF_MEMBERS[w.lower()] for w in words if w.lower() in _BODY_OF_MEMBERS}
    return (
        members
        | {w.lower() for w in words if w.lower() in _BODY_WORDS}
        | {w.lower() for k, w in enumerate(words) if k and w[0].isupper() and w.lower() not in STOPWORDS}
    )


@lru_cache(maxsize=1 << 14)
def _unanimous_clauses(text: str) -> tuple[str, ...]:
    """The vote clauses of a sentence that tell a unanimous vote."""
    return tuple(c for c in _vote_clauses(text) if _UNANIMOUS.search(c))


def _unanimous_against_split(text_a: str, text_b: str) -> Conflict | None:
    """One body's vote told as unanimous and as split ('The Monetary Policy Committee voted unanimously'
    / 'in a 5-1 vote of its Monetary Policy Committee'; 'the Senate passed it unanimously' / 'the Senate
    followed with a 38-1 vote'): a clause of each, naming the same body."""
    for x, y, flip in ((text_a, text_b, False), (text_b, text_a, True)):
        for cu in _unanimous_clauses(x):
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


@lru_cache(maxsize=1 << 14)
def _bare_ordinals(text: str) -> frozenset[int]:
    """Ordinals a sentence uses with no noun after them ('late in the second')."""
    return frozenset(_ORDINAL_WORDS.index(m.group(1).lower()) + 2 for m in _BARE_ORDINAL.finditer(text))


_NEGATED_BEFORE = re.compile(r"\b(?:not|never|no\s+longer)\b|n['’]t\b", re.I)


_HOME_BEFORE = re.compile(r"\b(?:lived|lives|living|resident|residents|home|grew\s+up|born)\b[^.;]{0,40}$", re.I)


_SCOPE_AFTER = re.compile(
    r"[^.;,]{0,40}?\b(?:in|on|near|off|across|along)\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s*){1,4})(?=\b|\s|$)"
)


def _ordinal_scope(text: str, span: tuple[int, int]) -> str:
    """The named place a place in a series is counted in, right after it ('the third shark bite recorded in NSW
    waters' -> 'NSW'), or ''."""
    m = _SCOPE_AFTER.match(text, span[1])
    if m is None or m.group(1).split()[0].lower() in _DAY_OR_MONTH:
        return ""  # 'on Sunday', 'in March 2023': a time, no place
    return m.group(1).strip().lower()


_DAY_OR_MONTH = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august"
    " september october november december".split()
)


_RANKED = re.compile(
    r"\b(?:ranked|ranks|ranking|rank|sits|sat|placed|rated|lies|stands|stood|was|is)\s+(?:[A-Z][\w'’-]*\s+){0,2}"
    r"(?P<n>\d{1,3})(?:st|nd|rd|th)\b(?=\s+(?:out\s+)?of\s+\d|\s+in\s+(?:the|its)\b|\s+(?:place\s+)?on\s+the\b)"
)
_INDEX_WORDS = re.compile(r"\b(?:index|ranking|rankings|league\s+table|table|list)\b", re.I)
_ranked_in = matches_in(_RANKED)
_MAKER_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|of|Without|for))+")
"""A name of two or more words, such as a ranking's maker ('Reporters Without Borders')."""


def _rank_conflict(text_a: str, text_b: str) -> Conflict | None:
    """One place in one ranking told two ways ('Turkey is ranked 158th of 180 countries in the latest Reporters
    Without Borders index' / 'sits 159th in the Reporters Without Borders ranking'): both sentences name a ranking and
    its maker alike, and give one place each."""
    ra, rb = _ranked_in(text_a), _ranked_in(text_b)
    if len(ra) != 1 or len(rb) != 1 or ra[0].group("n") == rb[0].group("n"):
        return None
    if not (_INDEX_WORDS.search(text_a) and _INDEX_WORDS.search(text_b)):
        return None
    if not set(_MAKER_NAME.findall(text_a)) & set(_MAKER_NAME.findall(text_b)):
        return None
    ca = {w.lower() for w in re.findall(r"[A-Z][a-z]+", text_a)} & COUNTRIES
    cb = {w.lower() for w in re.findall(r"[A-Z][a-z]+", text_b)} & COUNTRIES
    if ca and cb and not ca & cb:
        return None  # 'ranked Turkey 159th' / 'ranked Russia 162nd': two countries' places
    a, b = ra[0], rb[0]
    ta, tb = text_a[a.start("n") : a.end()], text_b[b.start("n") : b.end()]
    sa, sb = (a.start("n"), a.end()), (b.start("n"), b.end())
    return Conflict(
        "number", ta, tb, f"#{a.group('n')} rank", f"#{b.group('n')} rank", f"number: {ta} vs {tb}", 0.8, sa, sb
    )


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
        pa, pb = _ordinal_scope(text_a, sx), _ordinal_scope(text_b, sy)
        if pa and pb and pa != pb and pa not in text_b.lower() and pb not in text_a.lower():
            continue  # 'the third shark bite recorded in NSW waters' / 'the second shark bite on the Mid North Coast':
            # two series, each counted in its own place
        expl = f"number: {tx} vs {ty}"
        noun = noun.removeprefix("adj ")
        return Conflict("number", tx, ty, f"#{x} {noun}", f"#{y} {noun}", _clip(expl), 0.8, sx, sy)
    return None


_FATES = {
    "dead": r"died|dead|killed|killing|deaths?|lost\s+their\s+lives|perished|fatalities|bodies",
    "infected": r"tested\s+positive|infected|contracted|fell\s+ill|sickened|(?:confirmed\s+|suspected\s+)?cases",
    "hospital": r"hospitali[sz]ed|in\s+hospital|admitted|(?:taken|sent)\s+to\s+(?:(?:the|a)\s+)?(?:[\w'’-]+\s+){0,4}?hospital"
    r"|to\s+hospital",
    "injured": r"injured|injuring|hurt|wounded|wounding",
    "onsite": r"treated\s+(?:at|on)\s+(?:the\s+)?(?:scene|site|spot|first[-\s]aid\s+\w+|aid\s+(?:posts?|stations?|tents?)"
    r"|medical\s+(?:posts?|tents?))",
    "treated": r"treated\s+for|(?:undergoing|receiving|being\s+given)\s+(?:medical\s+)?treatment"
    r"|(?:needed|needing|required|requiring|received|receiving|sought)\s+(?:medical\s+)?(?:care|treatment|attention)",
    "missing": r"missing|unaccounted",
    "rescued": r"rescued|saved|freed|(?:pulled|brought)\s+(?:[\w'’-]+\s+){0,3}?out|refloated|re-floated|alive",
    "arrested": r"arrested|detained|in\s+custody",
    "evacuated": r"evacuated|evicted|forced\s+to\s+(?:leave|flee)|displaced|ordered\s+out|(?:driven\s+)?from\s+their\s+homes|homeless"
    r"|under\s+(?:an?\s+)?(?:mandatory\s+)?evacuation\s+orders?",
    "alerted": r"(?:on|under)\s+(?:an?\s+)?(?:evacuation\s+)?(?:alert|standby|watch)|evacuation\s+(?:alerts?|warnings?|watch)",
    "aboard": r"on\s+board|aboard|carrying",
    "cancelled": r"cancell?ed|cancell?ations?\s+of|scrapped|called\s+off",
    "delayed": r"delayed|held\s+up",
    "caught": r"buried|burying|trapped|trapping|swept\s+(?:away|over|up)|engulfed|caught\s+(?:in|up|by)|beached"
    r"|washed\s+(?:up|ashore)",
}
_FATE_RE = per_text(re.compile(r"\b(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _FATES.items()) + r")\b", re.IGNORECASE))


_RISEN_TO = per_text(
    re.compile(r"\b(?:risen|rose|climbed|increased|reached|stands?|stood|jumped)\s+(?:to|at)\s+$", re.I)
)


_SEVERE = re.compile(r"\b(?:serious(?:ly)?|critical(?:ly)?|severe(?:ly)?|life-threatening|grave(?:ly)?)\b", re.I)
_SLIGHT = re.compile(r"\b(?:minor|slight(?:ly)?|light(?:ly)?|superficial)\b", re.I)


def _severity(text: str, q: Quantity) -> str:
    """How badly the people a count counts were hurt, as its clause tells: 'severe', 'slight' or ''."""
    window = _NEXT_CLAUSE.split(text[q.span[1] : q.span[1] + 80])[0]
    window = text[max(0, q.span[0] - 20) : q.span[0]].rsplit(",", 1)[-1] + " " + window
    severe, slight = bool(_SEVERE.search(window)), bool(_SLIGHT.search(window))
    return "severe" if severe and not slight else "slight" if slight and not severe else ""


def _fates_differ(text_a: str, a: Quantity, x: str, text_b: str, b: Quantity, y: str) -> bool:
    """Two counts of people to whom two different things happened (died / tested positive), or a count of those
    only told to be ready ('Another 3,000 properties are on evacuation alert') against one that says nothing of
    an alert ('About 250 more properties were placed under evacuation order'): two tiers of one warning. `x` and `y`
    are the two counts' fates (`_fate`)."""
    if (x == "alerted") != (y == "alerted"):
        other = text_b if x == "alerted" else text_a
        if not _ALERT_WORD.search(other):
            return True
    return _two_fates(text_a, a, x, text_b, b, y)


def _two_fates(text_a: str, a: Quantity, x: str, text_b: str, b: Quantity, y: str) -> bool:
    """Whether two counts' fates `x` and `y` are apart and neither is joined to the other by 'and' in its sentence:
    two groups of people, not one both things befell."""
    return _fates_apart(x, y) and not _fate_told_too(text_a, a, y, text_b, b, x)


_ALERT_WORD = re.compile(r"\b(?:alerts?|standby|watch(?:es)?|warnings?|be\s+ready|prepared?\s+to\s+leave)\b", re.I)


_HELD = frozenset({"person", "suspect"})
"""Nouns (as `syn` reads them) that name whoever was arrested, of any trade ('people', 'men', 'suspects')."""


def _fate_told_too(text_a: str, a: Quantity, fate_b: str, text_b: str, b: Quantity, fate_a: str) -> bool:
    """Whether either figure's fate is joined by 'and' to the other's ('Nine people were injured and taken to
    hospital' / 'Seven people were taken to Dong Nai General Hospital'): one count of people both things befell."""

    def joined(text: str, q: Quantity) -> set[str]:
        right = " ".join(re.split(r"[,;:.]", text[q.span[1] : q.span[1] + 90])[0].split())
        first = _FATE_RE.search(right)
        if first is None or len(right[: first.start()].split()) > 5:
            return set()
        m = _AND_FATE.match(right, first.end())
        nxt = _FATE_RE.match(right, m.end()) if m else None
        return {nxt.lastgroup or ""} if nxt else set()

    return fate_b in joined(text_a, a) or fate_a in joined(text_b, b)


_AND_FATE = re.compile(r"\s+and\s+(?:were\s+|was\s+|then\s+|later\s+)?", re.I)


def _fates_apart(x: str, y: str) -> bool:
    """Two fates, neither holding the other: those treated for something may be the hurt or those taken to
    hospital ('Eleven people were treated for smoke inhalation' / 'Fourteen passengers were taken to hospital'),
    not those on board."""
    return bool(x and y and x != y) and {x, y} not in (
        {"treated", "hospital"},
        {"treated", "injured"},
        {"treated", "infected"},  # 'treated for food poisoning' / 'fell ill with suspected food poisoning'
        {"onsite", "injured"},  # 'treated at the scene' / 'were slightly injured' (but not those taken to hospital)
        {"onsite", "treated"},
    )


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
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|most|all|half|none|some|several"
    r"|thirds?|quarters?|fifths?|tenths?)"
    r"\s+of\s+(?:(?:the\s+|its\s+|their\s+|his\s+|her\s+)(?:[\w.-]+['’]s\s+|(?!"
    + HEDGE_WORD
    + r")[a-z]+\s+)?|[A-Z][\w.-]*['’]s\s+)$",
    re.I,
)


def _partitive_whole(text: str, q: Quantity) -> bool:
    """Whether a figure is the whole of a part named before it ('three of the train's six carriages', 'three of the
    usual five lanes')."""
    return bool(_OF_WHOLE.search(text[max(0, q.span[0] - 40) : q.span[0]])) or bool(
        _OF_WHOLE_FIRST.search(text[max(0, q.span[0] - 30) : q.span[0]])
        and _PART_AFTER_WHOLE.match(text[q.span[1] : q.span[1] + 60])
    )


def _part_told(text: str, whole: Quantity, other: Quantity) -> bool:
    """Whether the part named before a whole ('three' of 'three of the train's six carriages') is the other side's
    figure: that side tells the part, and the whole is no partner of it."""
    m = _OF_WHOLE.search(text[max(0, whole.span[0] - 40) : whole.span[0]])
    return m is not None and written_number(m.group()) == other.value


_OF_WHOLE_FIRST = re.compile(r"(?:^|[.;,:]\s+)[Oo]f\s+(?:the|its|their|his|her|our|all)\s+(?:[\w'’.-]+\s+)?$")
_PART_AFTER_WHOLE = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?,\s+(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|most|all|half|none"
    r"|some|several|only|just)\b",
    re.I,
)
"""'Of the 44 branches, 31 voted to suspend the action': the whole told first, and the part after it."""


_INCLUDING = re.compile(
    r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them|of\s+which)\s+"
    r"(?:at\s+least\s+|some\s+|about\s+|around\s+)?$",
    re.I,
)


_OF_THE_WHOLE_BEFORE = re.compile(
    r"[\"“]?(?:Of|Among)\s+(?:the|those|these|its|their)\s[^,;]*,\s+(?:[\w'’-]+\s+){0,3}$"
)
"""An opening that names the whole before its part ('Of the 47 children being treated at the hospital, seven')."""


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
    r"\b(?:including|includes|plus|with|counting)\s+(?:its\s+|net\s+|the\s+)?debts?\b(?!\s+(?:of|totall?ing)\b)"
    r"|\benterprise\s+value\b"
    r"|\bdebt\s+included\b",
    re.I,
)
"""A deal's value with the target's debt (enterprise value), which is not the price of its shares; not the debts
themselves ('entered administration with debts of about $9 million')."""


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


_ONE_STEP = re.compile(
    r"\b(?:first|second|third|fourth|final|last|next)\s+(?:[a-z]+\s+)?(?:increase|rise|payment|instalment|installment"
    r"|tranche)\b[^.;]{0,15}$",
    re.I,
)


def _one_step(text: str, q: Quantity) -> bool:
    """Whether a figure is that of one step in a series ('The first increase, of 3 per cent'), not of the whole."""
    return bool(_ONE_STEP.search(text[max(0, q.span[0] - 60) : q.span[0]]))


def _day_in_period(fx: SentenceFacts, x: Quantity, fy: SentenceFacts, y: Quantity) -> bool:
    """Whether one count is framed by a month or a year (`_frames`) and the other is told with one day and no such
    frame: the day's count is a part of the period's, no other value of it. A count at least ten times the other's."""
    return (
        bool(_frames(fx, x))
        and not _frames(fy, y)
        and any(t.level == 1 and not t.modifier for t in fy.times)
        and x.low >= 10 * max(y.high, 1)
    )


def _earlier_act(fx: SentenceFacts, x: Quantity, fy: SentenceFacts, y: Quantity) -> bool:
    """Whether one figure belongs to an act told in the past perfect and dated by its own time at least a week
    before the page ('In September the bank had cut by 200 basis points') while the other figure's act is not in
    the past perfect and its sentence names no time before the page's week ('cut interest rates by 300 basis points
    yesterday'): an earlier act and the one the story tells, not two values of one."""
    if fx.published is None or not _HAD_DONE.search(_clause_before(fx.text, x, 100)):
        return False
    if _HAD_DONE.search(_clause_before(fy.text, y, 100)):
        return False
    recent = _page_week(fx.published)
    own = [
        t
        for t in fx.times
        if t.anchor == "absolute"
        and t.start is not None
        and t.end is not None
        and 1 <= t.level <= 3
        and not t.modifier
        and t.end.replace(tzinfo=None) <= recent
    ]
    return bool(own) and all(
        u.anchor == "absolute" and u.start is not None and u.start.replace(tzinfo=None) >= recent
        for u in fy.times
        if u.level <= 4
    )


def _framed_apart(fa: SentenceFacts, a: Quantity, fb: SentenceFacts, b: Quantity) -> bool:
    """Whether each figure is framed by its own month, quarter or year and no frame of one overlaps
    one of the other: the counts of two periods, not two values of one; or one is framed by a span of years and the
    other by one year only ('from 2007 through 2014' / 'for 2014'): a whole and one part of it."""
    ta, tb = _frames(fa, a), _frames(fb, b)
    if bool(ta and tb) and all(_time_overlap(x, y) is False for x in ta for y in tb):
        return True
    sa, sb = _year_span(fa, fa.times), _year_span(fb, fb.times)
    if (sa is None) == (sb is None):
        return False
    single = tb if sa else ta  # the other figure's own frames: one year, none of them a span's end
    return bool(single) and all(t.level == 4 for t in single)


_YEARS_JOIN = re.compile(r"\s*(?:through|thru|to|until|till|and|-|–)\s*", re.I)
_YEARS_OPEN = re.compile(r"\b(?:from|between)\s+$", re.I)


def _year_span(f: SentenceFacts, times: list[TimeRef]) -> tuple[TimeRef, TimeRef] | None:
    """Two years of a sentence written as the ends of one span ('from 2007 through 2014', 'between 2011 and 2014',
    '2011-2014'), or None."""
    years = sorted((t for t in times if t.level == 4 and t.anchor == "absolute"), key=lambda t: t.span)
    for x, y in zip(years, years[1:]):
        between = f.text[x.span[1] : y.span[0]]
        if _YEARS_JOIN.fullmatch(between) and (between.strip() in "-–" or _YEARS_OPEN.search(f.text[: x.span[0]])):
            return x, y
    return None


_NOT_SUPERLATIVE = frozenset(
    "interest protest forest west guest request arrest honest modest harvest contest suggest rest test nest chest "
    "quest invest digest manifest conquest unrest priest southwest northwest midwest pest vest crest zest inquest "
    "bequest tempest attest detest divest infest wrest lest latest".split()
)
_RECORD_BEFORE = re.compile(
    r"\b(?:(?P<est>[a-z]{2,}est)|worst|best|most|least|first\s+time|record)\b[^,;.]{0,40}?\b(?:in|for)\s+"
    r"(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|over\s+|about\s+|at\s+least\s+)?$",
    re.I,
)


def _record_span(text: str, q: Quantity) -> bool:
    """Whether a span of time is the window a record is set in ('its driest summer in four decades', 'for the
    first time in 12 years'): not how long anything lasted."""
    m = _RECORD_BEFORE.search(text[max(0, q.span[0] - 70) : q.span[0]])
    return bool(m) and (not m.group("est") or m.group("est").lower() not in _NOT_SUPERLATIVE)


_VOTE_WAY_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:voted|votes?|voting)\s+(?:(?P<for>for|in\s+favou?r|yes)|(?P<against>against|no))\b",
    re.I,
)


def _vote_way_of(text: str, q: Quantity) -> str:
    """'for' or 'against' when a count is of votes cast one way ('185 lawmakers voted for him'), else ''. Narrower
    than `_vote_side`, which also reads a tally's second figure ('voted 81 to 39 in favour') as a side's."""
    m = _VOTE_WAY_AFTER.match(text, q.span[1])
    return "" if m is None else "for" if m.group("for") else "against"


_CITY_SCOPE = re.compile(r"(?:^|[,;]\s+)[Ii]n\s+((?:[A-Z][\w'’-]+\s?){1,3}),")


@lru_cache(maxsize=4096)
def _city_against_its_country(text_a: str, text_b: str) -> bool:
    """Whether one sentence sets its figures in a city ('In Gothenburg, detached house prices have fallen 19 percent')
    and the other in that city's country without the city ('Swedish house prices are 14 percent below the peak'):
    a part's figure and the whole's."""
    for x, y in ((text_a, text_b), (text_b, text_a)):
        for m in _CITY_SCOPE.finditer(x):
            city = m.group(1).strip()
            countries = {k for c in countries_of(city) if (k := _nation_key(c))}
            if not countries or city in y:
                continue
            named_x = {k for w in re.findall(r"[A-Z][a-z]+", x) if (k := _nation_key(w))}
            named_y = {k for w in re.findall(r"[A-Z][a-z]+", y) if (k := _nation_key(w))}
            if countries & named_y and not countries & named_x:
                return True
    return False


_AND_BEFORE = re.compile(r"\band\s+(?:another\s+|other\s+)?$")


def _named_and_count(fa: SentenceFacts, a: Quantity, fb: SentenceFacts, b: Quantity) -> bool:
    """Whether one side counts one more than the other where the other names a person and then counts the rest
    ('Three people, including captain Juma Magesa, are in custody' / 'arrested the captain, Juma Magesa, and two
    crew members'): the named one and the rest are the first side's whole count. Where both sides name the one
    and count the rest, the rest is counted twice."""
    for fx, x, fy, y in ((fa, a, fb, b), (fb, b, fa, a)):
        if abs(x.value - y.value - 1) > 1e-9 or not _AND_BEFORE.search(fy.text[max(0, y.span[0] - 16) : y.span[0]]):
            continue
        if _AND_BEFORE.search(fx.text[max(0, x.span[0] - 16) : x.span[0]]):
            continue  # 'Haneul and three executives' / 'Haneul and two executives': the rest counted on both sides
        for e in fy.entities:
            if 0 <= y.span[0] - e.span[1] <= 60 and re.search(rf"\b{re.escape(e.text)}\b", fx.text):
                return True
    return False


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
    for x, y, others, y_side, y_text, x_text in ((a, b, qa, qb, text_b, text_a), (b, a, qb, qa, text_a, text_b)):
        tol = max(x.precision, y.precision, 1e-9 * abs(y.value))
        for o in others:
            if o is x:
                continue
            if x_text and len({_vote_side(x_text, x), _vote_side(x_text, o)} - {""}) == 2:
                continue  # '78 lawmakers backed the bill ... and nine abstained': two sides of a vote, whose sum is
                # no total of either
            if x_text and _listed_part(x_text, o, others) and not _listed_part(x_text, x, others):
                continue  # '21 suspects, including nine teachers and two officials': a part inside the figure adds
                # nothing to it (two parts of one list still add up to their whole: 'including 36 digital lending
                # apps and six betting apps' / '42 apps')
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
            if (
                y.low < y.high <= 1.25 * y.low
                and y.low <= x.value + o.value <= y.high
                and x.noun
                and o.noun
                and x.noun != o.noun
                and _people_noun(x.noun)
                and _people_noun(o.noun)
            ):
                return True  # '143 passengers and 39 crew' / 'About 180 people': two groups, whose sum the hedged
                # total holds
        for p in shares:
            if abs(x.value * p.value / 100 - y.value) <= max(tol, x.value * p.precision / 100):
                return True
    return False


def _people_noun(noun: str) -> bool:
    """Whether a count's noun counts people ('passengers', 'crew', 'workers')."""
    return syn(noun) in {"person", "worker", "soldier", "prisoner", "visitor"} or noun in {"crew", "member", "staff"}


_LATER_INCLUDED = re.compile(
    r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\s+[^.;:()]{1,40}?(?:,\s*|\s+)and\s+$", re.I
)
"""Before a figure: a later item of a list of parts ('including nine teachers and two KNEC officials')."""


def _listed_part(text: str, q: Quantity, same_kind: Sequence[Quantity]) -> bool:
    """Whether a figure is one of the parts a sentence lists of another figure ('including nine teachers and two
    officials': both)."""
    return _included_part(text, q, same_kind) or bool(_LATER_INCLUDED.search(text[max(0, q.span[0] - 60) : q.span[0]]))


_SHORTFALL = re.compile(r"\s*(?:less|fewer|lower|short|below|under|smaller)\b", re.IGNORECASE)


def _complement(a: Quantity, b: Quantity, fa: SentenceFacts, fb: SentenceFacts) -> bool:
    """'as little as 88% of the labelled amount' / 'about 12% less than labelled': one share and the
    shortfall from the whole, not two values."""
    if shares_complement(fa.text, a, fb.text, b):
        return True  # 'Four out of five trains will not run' / 'around one in five trains ran'
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
    clause = _SUBORDINATE.split(clause, maxsplit=1)[0]  # 'for 24 months after missing three tests in a year'
    if _RATE_UNIT.match(clause):
        return ""  # 'rising by 3 cm a month this year': a rate, which the year does not measure but dates
    if q.dimension == "percent" and _YOY_AFTER.search(clause):
        return "yoy"  # 'rose 2.86 percent in November from a year earlier': the year-on-year basis, told in words
    if q.dimension == "percent" and _FROM_MONTH.search(clause):
        return "mom"  # 'rose 4.3% in October from September': the month before, not a year
    return "span" if _PERIOD.search(clause) else ""


_SUBORDINATE = re.compile(r"\b(?:after|before|because|when|while|following)\b", re.I)
"""Where a clause of its own starts after a figure, whose span of time is not the figure's."""
_RATE_UNIT = re.compile(
    r"\s+(?:a|an|per|each)\s+(?:hour|day|week|month|year)\b(?!\s+(?:ago|earlier|before|later|on|after)\b)", re.I
)
"""A figure told per unit of time ('3 cm a month'): a rate."""


_THIS_YEAR_AFTER = re.compile(r"\s+this\s+year\b", re.I)


def _level_this_year(
    text_a: str, a: Quantity, role_a: str, period_a: str, text_b: str, b: Quantity, role_b: str, period_b: str
) -> bool:
    """Whether one figure is a level reached this year ('climbed to 77.4% this year') and the other a level told with
    no span ('The pass rate was 74.7%'): this year is when the level stands, not a span the figure measures."""
    if {role_a, role_b} != {"to", ""}:
        return False
    text, q, other_period = (text_a, a, period_b) if role_a == "to" else (text_b, b, period_a)
    return other_period == "" and bool(_THIS_YEAR_AFTER.match(text, q.span[1]))


_SPAN_TOLD = re.compile(
    r"\bover\s+(?:the\s+(?:past|last|next)\s+)?(\w+)\s+(days|weeks|months|quarters|years|decades)\b", re.I
)


_SINCE_YEAR = per_text(re.compile(r"\b[Ss]ince\s+((?:19|20)\d\d)\b(?!\s*[-–])"))


def _one_span_told(text_a: str, text_b: str) -> bool:
    """Whether both sentences give their figures over one span, with or without 'the past' ('over five years' /
    'over the past five years')."""
    sa = {(n.lower(), u.lower()) for n, u in _SPAN_TOLD.findall(text_a)}
    if sa and sa == {(n.lower(), u.lower()) for n, u in _SPAN_TOLD.findall(text_b)}:
        return True
    # 'and 31 deaths since 2024' / 'Since 2024, Uganda has confirmed ... and 34 patients have died'
    ya, yb = set(_SINCE_YEAR.findall(text_a)), set(_SINCE_YEAR.findall(text_b))
    if len(ya) == 1 and ya == yb:
        return True
    # 'There were 1,210 entries this year' / "This year's prize drew 1,012 entries": this year on both sides
    return bool(
        _THIS_YEAR.search(text_a)
        and _THIS_YEAR.search(text_b)
        and not _COUNT_MOMENT.search(text_a)
        and not _COUNT_MOMENT.search(text_b)
    )  # (not 'So far this year 31,200' / 'By the end of April, 27,850 ... this year': two moments of a running count)


_COUNT_MOMENT = re.compile(r"\b(?:so\s+far|to\s+date|as\s+of|by\s+the\s+end\s+of|by\s+(?:mid-?)?[A-Z][a-z]+\b)", re.I)
"""A running count's moment ('So far this year', 'By the end of April'): 'this year' on both sides is then no one span."""


_THIS_YEAR = re.compile(r"\bthis\s+year(?:['’]s)?\b", re.I)


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
    limits = _two_limits(a, b)  # two limits of a rule are exact figures
    if (a.approximate or b.approximate) and not limits:
        conf -= 0.07
    if a.approximate and b.approximate and not limits:
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
    gap = abs(a.value - b.value) if limits else max(a.low - b.high, b.low - a.high)
    scale = max(abs(a.value), abs(b.value), 1e-9)
    if gap / scale < 0.03:
        conf -= 0.1
    return max(0.0, min(1.0, conf))


def _number_context(a: Quantity, b: Quantity, fa: SentenceFacts) -> str:
    words: list[str] = []
    if a.noun and b.noun and a.noun != b.noun and a.dimension.startswith("measure:") and _in_noun_phrase(b.noun, a):
        words.append(b.noun_text.lower())  # 'barrels of light crude' / 'barrels of crude': 'crude', not 'light'
    elif a.noun_text:
        words.append(a.noun_text.lower())
    elif b.noun_text:
        words.append(b.noun_text.lower())
    # one shared verb helps ('rescued', 'killed'), quoted as written in sentence a: the one nearest the figure in its
    # own clause ('A worker has died and four others have been injured': 'injured', not 'died'; 'Five people died and
    # three others were missing': neither)
    other_nouns = {syn(q.noun) for q in fa.quantities if q.noun} - {syn(a.noun)}
    shared = [w for w in a.context if w in set(b.context) and w not in {syn(a.noun), a.noun} and w not in other_nouns]

    def _distance(w: tuple[str, str, int, int, bool]) -> int | None:
        between = fa.text[a.span[1] : w[2]] if w[2] >= a.span[1] else fa.text[w[3] : a.span[0]]
        return None if re.search(r",|\band\b|;", between) else len(between)

    named = " ".join(words).split()
    verbs = [
        (d, w[1].lower())
        for w in fa.words
        if syn(w[0]) in shared
        and w[1].lower() not in named
        and ((w[1].lower().endswith("ed") and len(w[1]) > 3) or w[1].lower() in EVENT_PAST_FORMS)  # not 'red'
        and (d := _distance(w)) is not None
    ]
    if verbs:
        words.append(min(verbs)[1])
    return " ".join(words)[:40]


_each = found_in(_EACH)
_all_together = found_in(_ALL_TOGETHER)
