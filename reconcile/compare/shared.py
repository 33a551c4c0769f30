"""Helpers and the `Conflict` record shared by more than one kind of comparison (numbers, dates,
entities, negation): moments and clock times, names, clipped clauses, opposite acts."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from reconcile.facts import (
    MONTHS,
    STOPWORDS,
    TITLES,
    WEEKDAYS,
    EntityMention,
    Quantity,
    SentenceFacts,
    TimeRef,
    stem,
    syn,
)
from reconcile.facts.lexicon import (
    ORDINALS,
)
from reconcile.facts.quantities import LIMIT_HEDGES, about_margin
from reconcile.facts.times import OPEN_FUTURE
from reconcile.facts.tokens import strip_accents

PER_TEXT: list[Callable[[str], tuple[re.Match[str], ...]]] = []
"""Every per-text cache (`PerText`, `matches_in`, `found_in`), for `reconcile.compare.clear_caches`."""


class PerText:
    """A compiled pattern whose scans of a whole text are kept per text (as `matches_in`): the rules ask the same
    of one sentence for every other sentence it is compared with. A scan from a position, or anything else asked
    of the pattern, goes to the pattern itself; matches are the pattern's own, whichever way they are found."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.re = pattern
        self._search = lru_cache(maxsize=1024)(pattern.search)
        self._match = lru_cache(maxsize=1024)(pattern.match)
        self._all = lru_cache(maxsize=1024)(lambda text: tuple(pattern.finditer(text)))
        PER_TEXT.extend((self._search, self._match, self._all))  # type: ignore[arg-type]

    def search(self, text: str, *at: int) -> re.Match[str] | None:
        return self.re.search(text, *at) if at else self._search(text)

    def match(self, text: str, *at: int) -> re.Match[str] | None:
        return self.re.match(text, *at) if at else self._match(text)

    def finditer(self, text: str, *at: int) -> Iterator[re.Match[str]]:
        return self.re.finditer(text, *at) if at else iter(self._all(text))

    def findall(self, text: str, *at: int) -> list[Any]:
        if at:
            return self.re.findall(text, *at)
        n = self.re.groups
        return [m.group() if n == 0 else m.group(1) if n == 1 else m.groups() for m in self._all(text)]

    def __getattr__(self, name: str) -> Any:  # fullmatch, sub, split, pattern, flags, groups ...
        return getattr(self.re, name)


def per_text(pattern: re.Pattern[str]) -> PerText:
    """`pattern`, its whole-text scans kept per text (`PerText`)."""
    return PerText(pattern)


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


_YEAR = per_text(
    re.compile(r"(?<![\d.,$€£])\b(1[89]\d\d|20\d\d)\b(?![.,]?\d)(?!\s*(?:people|miners|troops|%|percent))")
)


_HAD_DONE = re.compile(
    r"\bhad\s+(?:(?:already|previously|also|last)\s+)?(?!been\b|had\b)(?:\w+(?:ed|en|wn|nt)|cut|set|hit|put|won|lost"
    r"|paid|made|sold|held|raised|kept|spent|bought|brought|sent|lent|met|told|struck|shut)\b",
    re.I,
)
"""An act told in the past perfect ('had cut', 'had already raised'): done before the moment the story tells."""


def _page_week(published: datetime) -> datetime:
    """The start of the week a page tells as its present (naive, like the times' bounds compared with it): an act
    told in the past perfect and over by then is an earlier one."""
    return published.replace(tzinfo=None) - timedelta(days=7)


def _one_tenure(text_a: str, text_b: str) -> bool:
    """Whether each sentence names one span of years and nothing else by year, and the two spans
    are a year or two apart at both ends: one tenure told twice ('served from 1967 to 1979' / 'held
    the seat from 1966 to 1978'), whatever the verbs."""
    sa, sb = _YEAR_SPAN.findall(text_a), _YEAR_SPAN.findall(text_b)
    if not (len(sa) == len(sb) == 1 and len(set(_YEAR.findall(text_a))) == len(set(_YEAR.findall(text_b))) == 2):
        return False
    (a0, a1), (b0, b1) = sa[0], sb[0]
    return abs(int(a0) - int(b0)) <= 2 and abs(int(a1) - int(b1)) <= 2


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


_MONTHS_AND_DAYS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


_BARE_DEGREES = re.compile(r"degrees?", re.I)
"""A temperature told in bare 'degrees', its scale unsaid ('95 degrees'): Fahrenheit in one country, Celsius in another."""


def _fahrenheit_read(q: Quantity) -> Quantity:
    """A bare-degrees temperature read as Fahrenheit, in degrees Celsius."""

    def c(x: float) -> float:
        return (x - 32.0) * 5.0 / 9.0

    return replace(q, value=c(q.value), low=c(q.low), high=c(q.high), precision=q.precision * 5.0 / 9.0 + 0.5)


def _overlap(a: Quantity, b: Quantity) -> bool:
    if a.dimension == b.dimension == "measure:deg":
        bare_a, bare_b = (bool(_BARE_DEGREES.fullmatch(q.text.split()[-1])) for q in (a, b))
        if bare_a != bare_b and _overlap_plain(
            _fahrenheit_read(a) if bare_a else a, _fahrenheit_read(b) if bare_b else b
        ):
            return True  # 'had reached 95 degrees' / 'about 35 degrees Celsius': one heat, in two scales
    return _overlap_plain(a, b)


_RULE_STEMS = frozenset(stem(w) for w in "limit cap ceiling maximum minimum threshold".split())
"""Words of a limit beside a figure told bare ('The general salary threshold was raised to £41,700', 'capped new
asylum permits at 25,000'); not 'required' ('requiring Gorsuch to garner 60 votes' / 'must earn the support of at
least eight Democrats': two bars)."""


def _two_limits(a: Quantity, b: Quantity) -> bool:
    """Whether two figures are limits of one rule, either way round (`_limit_and_its_like`)."""
    return _limit_and_its_like(a, b) or _limit_and_its_like(b, a)


def _limit_and_its_like(x: Quantity, y: Quantity) -> bool:
    """Whether x is a rule's limit (a cap or a floor) and y one of the same rule: a limit too, a bound of the same
    side, or a figure told bare among a rule's words. A count of what happened is none ('requires the support of
    at least six justices' / 'Five of the eight justices voted')."""
    if x.hedge not in LIMIT_HEDGES:
        return False
    if y.hedge in LIMIT_HEDGES:
        return y.hedge == x.hedge
    if y.hedge == ("up to" if x.hedge == "cap" else "at least"):
        return True
    return not y.hedge and bool(_RULE_STEMS & set(y.context))


_BELOW = frozenset({"nearly", "just under"})
_ABOVE = frozenset({"more than", "just over"})
"""Hedges that put a figure just below, or above, the number told ('less than' is left out: 'keep charging below 80
percent' / 'not to charge above 80 percent' tell one limit)."""


def _overlap_plain(a: Quantity, b: Quantity) -> bool:
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
    for x, y in ((a, b), (b, a)):
        if x.hedge in _BELOW and y.hedge in _ABOVE and abs(x.value - y.value) <= eps:
            return False  # 'Nearly 1,500' / 'More than 1,500': one bound from below, one from above, of one figure
    if a.hedge == b.hedge == "up to":
        # two stated maxima of one count ('up to 1.6 million' / 'as many as 1.5 million') agree only
        # when the maxima do
        return abs(a.high - b.high) <= max(a.precision, b.precision) + eps
    if _two_limits(a, b):
        # a rule's cap or floor against another limit of it ('can be fined up to VND100 million' / 'face fines of
        # up to VND200 million'; 'require a salary of at least £38,700' / 'The minimum salary ... is now £41,700')
        return abs(a.value - b.value) <= max(a.precision, b.precision) + eps
    if (
        a.dimension == b.dimension == "duration"
        and a.hedge == b.hedge
        and a.hedge in {"less than", "more than", "at least"}
    ):
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
        if abs(a.value - b.value) < max(a.precision, b.precision) - eps:
            return True  # 'about 3 kilometres' / 'about 3.4 kilometres': the one the other rounded (not 2.5 to 3)
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
        if x.hedge in ("nearly", "up to") and not y.hedge and x.value >= 100 and x.value < y.value <= 1.005 * x.value:
            return True  # 'nearly 4,800' said of 4,812, a ship that 'carries up to 1,600 passengers' of one that 'can
            # carry 1,604': a writer's rounding slip just past the figure
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
    if a.dimension == b.dimension == "duration" and not a.hedge and not b.hedge:
        coarse = max(a.precision, b.precision)
        if coarse and abs(abs(a.value - b.value) - coarse) <= 0.02 * coarse:
            # a span half a unit off a whole number of units is told as such ('18 months', 'six months', '90
            # minutes'), not rounded to 'two years', 'one year' or 'two hours'
            return False
    for x, y in ((a, b), (b, a)):
        if x.dimension == "duration":
            continue
        if x.hedge in ("more than", "at least") and y.high < x.value - eps:
            return False  # 'More than 1 million cases' / 'Some 920,000 cases': a bound told, the other figure under
            # it, however round the bound is
        if x.hedge in ("nearly", "just under", "less than") and y.low > 1.02 * x.value + eps:
            return False  # 'almost half a million pounds' / '£540,000': over the bound, by more than a writer's
            # slip ('Nearly 28,000 people' of 28,400)
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
            # nor a figure said to be a little over or under it or about it: 'just over 41%' is not 43.1%, 'just under 1.9
            # million' not 1,989,000, 'around 2 million euros' not 2.8 million
            and c.hedge not in ("nearly", "just under", "just over", "about")
            # nor one told with its fraction: 'one and a half metres' is not 2.5 metres cut short
            and not _FRACTION_TOLD.search(c.text)
            and c.precision >= 5 * f.precision
            # a span cut short by less than its unit, not by more ('three weeks to file' / '30 days to lodge an
            # appeal'), unless it is a mark a running count nears or passes ('closed in on the two-week mark' / '22
            # days')
            and c.low - eps
            <= f.value
            < c.high + (2 if a.dimension == "duration" and c.noun != "mark" else 3) * c.precision
        ):
            return True
    return False


_FRACTION_TOLD = re.compile(r"\b(?:half|quarters?|thirds?)\b|[½¼¾]", re.I)
"""A figure told with its fraction ('one and a half metres', '2½ miles'), which no writer cuts short."""


_IMPERIAL = re.compile(r"\b(?:miles?|mph|feet|foot|ft|inch(?:es)?|gallons?|acres?|pounds?|lbs?)\b", re.I)


def _imperial(text: str) -> bool:
    """Whether a measure is written in miles, feet, inches, gallons, acres or pounds (the other side's may be
    its conversion)."""
    return bool(_IMPERIAL.search(text))


def _half_up(coarse: Quantity, fine: float, precision: float, eps: float) -> bool:
    """Whether the finer figure lies exactly half a unit off the coarser one where it would not be rounded to it:
    above it ('3%' does not round '3.5%', which is 4% rounded), or below it by more than a fiftieth of it (a figure
    told to the half, '$2.5 million', is round already, and a writer who has it does not write '$3 million'; but
    '215 billion won' may round '214.5 billion won'; a rate told to the half is not rounded, '39 percent' /
    '38.5%')."""
    if coarse.hedge:
        return False
    if abs(fine - (coarse.value + precision)) <= eps:
        return True
    return abs(fine - (coarse.value - precision)) <= eps and (
        precision > 0.02 * abs(coarse.value) or coarse.dimension in ("percent", "pp")
    )


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


_HEDGE_WORDS = r"(?:(?:almost|nearly|about|around|roughly|some|more\s+than|over|just\s+(?:over|under)|less\s+than)\s+)?"
"""A hedge before a price move's figure ('closed almost 25 percent higher')."""


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


_WINDOW_END_BEFORE = per_text(
    re.compile(
        r"\b(?:in|over|during)\s+(?:the\s+)?(?:past\s+|last\s+|previous\s+)?(?:\d{1,3}|twenty-four|forty-eight|seventy-two)"
        r"[\s-]+hours?\s+(?:up\s+)?(?:to|until|till|ending(?:\s+at)?)\s+(?:[^,;.]{0,20}?\s(?:on\s+)?)?$",
        re.I,
    )
)
"""Before a time: the end of a window of hours a count is read over ('in the 24 hours to 8am on Tuesday')."""


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


_ZONE_NAMED = per_text(
    re.compile(r"\b(?:(?:UK|US|(?!Local\b)[A-Z][a-z]+)\s+time|GMT|UTC|BST|CET|CEST|[ECMP][SD]T|IST|JST|AEST|AEDT)\b")
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


def _window_ends(f: SentenceFacts) -> list[TimeRef]:
    """The days that end a sentence's windows of hours ('in the 24 hours to Wednesday morning')."""
    return [
        t
        for t in f.times
        if t.start is not None
        and t.level >= 1
        and _WINDOW_END_BEFORE.search(f.text[max(0, t.span[0] - 70) : t.span[0]])
    ]


AREA_HECTARES = {"ha": 1.0, "acre": 0.40468564, "km2": 100.0, "sqmi": 258.998811}
"""Units of an area (as `Quantity.dimension` names them after 'measure:'), in hectares."""
_MARKET_WORDS = r"shares?|stocks?|index|indices|prices?|traded|trading"
_AHEAD_WORDS = r"will|shall|(?:is|are)\s+(?:due|set|scheduled)\s+to"
"""Words that tell of what is still to come ('will cost', 'is due to', 'is set to')."""


_BODY_WORDS = frozenset(
    "committee board council senate house parliament assembly court bench jury panel cabinet commission"
    " legislature chamber congress".split()
)
_SPLIT_VOTE = re.compile(
    r"\b(\d{1,3})\s?[-–]\s?(\d{1,3})\s+(?:vote|votes|voted|decision|ruling|majority)\b|\b(?:voted|ruled|decided|sided)\s+(\d{1,3})\s?[-–]\s?(\d{1,3})\b",
    re.I,
)
_UNANIMOUS = re.compile(r"\bunanimous(?:ly)?\b", re.I)


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


_DEICTIC = re.compile(r"(?:last|this|next|past|coming)\s", re.I)


def _shifts(a: TimeRef, b: TimeRef) -> list[timedelta]:
    """Offsets to try on b when a year or week was only inferred on both sides: 'ship in
    March' (future) and 'start in March' (tense unclear) name the same month whatever year
    the tense rules picked; 'on Friday' and 'until Friday' the same weekday."""
    if not (a.inferred and b.inferred) or a.anchor != "absolute" or b.anchor != "absolute":
        return [timedelta(0)]
    if _DEICTIC.match(a.text) and _DEICTIC.match(b.text) and a.kind != "weekday" and b.kind != "weekday":
        return [timedelta(0)]  # 'Last winter' / 'This autumn': each placed from its page by its own word, no guess
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
    2030), the last quarter of a period ('by the end of 2027'), the minute of a clock time ('until 4pm'), or None for
    other granularities."""
    end = t.end
    if end is None:
        return None
    if t.level == 0 and t.anchor == "clock":  # 'had until 4pm to leave': the minute it ends
        start = end - timedelta(minutes=1)
    elif t.level == 1:
        start = end - timedelta(days=1)
    elif t.level == 2:  # the month the end falls in ('by mid-July' ends in July, 'by the end of June' in June)
        last = end - timedelta(days=1)
        start = datetime(last.year, last.month, 1)
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
            elif abs(a.level - b.level) > 1 and a.anchor == b.anchor == "absolute":
                # 'until March 31, 2028' / 'until the end of 2027': the day lies outside the quarter the other closes
                return a.start < b.end and b.start < a.end  # type: ignore[operator]
    if _year_and_month_written(a, b):
        # a year against a month of another year disagrees ('was launched in 2023' / 'in March 2024'); against a
        # month of its own, it is only told less precisely, and left as the two levels apart were
        disjoint = a.end <= b.start or b.end <= a.start  # type: ignore[operator]
        return False if disjoint else None
    iv = _intervals(a, b)
    if iv is None:
        return None
    (s1, e1), (s2, e2) = iv
    if a.anchor == b.anchor == "clock" and _ABOUT_CLOCK.search(a.text) and _ABOUT_CLOCK.search(b.text):
        if min(e1, e2) - max(s1, s2) <= timedelta(minutes=1):
            return False  # 'at about 9.30pm' / 'at about 10.30pm': two round times an hour apart, each half an hour
            # wide, meet only at the minute between them
    if _day_range(a) and _day_range(b):  # 'June 3-5' / 'June 4-6': two spans of days agree only whole
        return any(s1 == s2 + d and e1 == e2 + d for d in _shifts(a, b))
    return any(s1 < e2 + d and s2 + d < e1 for d in _shifts(a, b))


_ABOUT_CLOCK = re.compile(r"\b(?:about|around|approximately|roughly|circa)\b", re.I)
_WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


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


def _day_range(t: TimeRef) -> bool:
    """A written span of days ('June 3-5', '4-6 June', 'between 7 and 16 September', 'from 7 to 16 September'):
    a date the parser read as more than one day."""
    return t.kind == "date" and t.start is not None and t.end is not None and t.end - t.start > timedelta(days=1)


_STATE_MOMENT = per_text(
    re.compile(
        r"\b(?:as of|so far|still|remain(?:s|ed)?(?!\s+(?:[\w-]+\s+){0,3}?(?:until|till)\b)|condition)\b|\b(?:were|was)\s+(?:still\s+)?(?:without\s+(?:power|electricity|water)"
        r"|waiting|queuing|queueing|stranded"
        r"|trapped|sheltering|stuck|missing|burning|blocked|awaiting|idle|at\s+anchor|in\s+(?:hospital|shelters?))\b",
        re.I,
    )
)
"""Wording of a state that lasts, observed at a moment ('still missing on Sunday', '47 ships were
waiting by Tuesday evening', 'Twenty-eight ships were at anchor off Dakar on Wednesday', 'in a serious but stable
condition on Sunday afternoon')."""


_AS_OF = re.compile(r"\b(?:by|as\s+of|as\s+at)\s+(?:late\s+|early\s+|the\s+end\s+of\s+)?$", re.IGNORECASE)


_DEADLINE_TALK = re.compile(
    r"\b(?:will|would|shall|expects?|expected|plans?|planned|due|deadline|scheduled|aims?|must|to\s+be)\b", re.I
)


def _as_of(text: str, t: TimeRef) -> bool:
    """Whether a time is the moment something stood so ('had burnt 12,000 hectares by Saturday
    evening', 'as of Monday'), not a deadline ('to be completed by the end of June')."""
    if _deadline_talk(text):
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
_DAY_PART = re.compile(r"\b(morning|afternoon|evening|night|midday|noon|overnight)\b", re.I)


_CAPACITY_AFTER = per_text(re.compile(r"[-\s]capacity\b|-seat(?:er)?\b", re.I))
_CAPACITY_BEFORE = per_text(
    re.compile(
        r"(?:\bcapacity\s+(?:of\s+|is\s+|was\s+|for\s+|stands\s+at\s+|of\s+up\s+to\s+)?|\b(?:built|designed)\s+"
        r"to\s+(?:hold|house|accommodate)\s+(?:up\s+to\s+)?|\bcan\s+(?:make|produce|process|handle|refine|"
        r"generate|turn\s+out)\s+(?:up\s+to\s+)?)(?:about\s+|some\s+|around\s+|nearly\s+)?$",
        re.I,
    )
)
_HOLDS_BEFORE = per_text(
    re.compile(
        r"\b(?:which|that)\s+(?:holds|seats|can\s+hold|can\s+seat)\s+(?:up\s+to\s+|about\s+|some\s+|around\s+)?$", re.I
    )
)
"""Before a count only: what a place holds ('the ground, which holds 5,800'; not 'which holds 18% of Tessmar')."""


def _capacity(text: str, q: Quantity) -> bool:
    """Whether a figure is a capacity ('the 40,000-capacity stadium', 'a capacity of 40,000', '40,000 seats', 'Its
    nameplate capacity is 125,000 barrels a day', 'has capacity for 1,200 inmates', 'built to hold 800 prisoners', 'the
    ground, which holds 5,800'), or what a plant can make ('can make 350,000 tons a year')."""
    before = text[max(0, q.span[0] - 35) : q.span[0]]
    return bool(
        _CAPACITY_AFTER.match(text[q.span[1] : q.span[1] + 12])
        or _CAPACITY_BEFORE.search(before)
        or (q.dimension == "count" and _HOLDS_BEFORE.search(before))
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


_OVER_THRESHOLD = re.compile(
    r"^[^.;]{0,40}?\b(?:wait(?:ed|ing|s)?|been\s+waiting|queued|stayed|spent)\s+(?:for\s+)?(?:more\s+than|over|longer\s+than|"
    r"at\s+least|in\s+excess\s+of|beyond)\s+(?:a|an|one|\d+|[a-z]+)\s+(?:years?|months?|weeks?|days?|hours?)\b",
    re.I,
)


def _over_threshold(text: str, q: Quantity) -> bool:
    """Whether a count is of those past a length of time ('3,240 have waited over a year for treatment', '412
    patients spent more than 12 hours in the emergency department'): a part of the whole count."""
    return bool(_OVER_THRESHOLD.search(text[q.span[1] :]))


def _hours(t: TimeRef) -> float:
    return (t.end - t.start).total_seconds() / 3600 if t.start is not None and t.end is not None else 0.0


_CLAUSE_END = re.compile(r"[;:—–()\"“”]|,\s")
_EVENT_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


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
_OCCUR = {stem(w): "occur" for w in ("happen", "happened", "happens", "occur", "occurred", "occurs")} | {
    stem(w): stem("left") for w in ("depart", "departed", "departs", "departing")
}
"""Verbs that only say an event took place, and verbs of setting off ('departed Sadarghat at 10pm' / 'left Sadarghat
at 9pm'): one act however it is worded."""


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


_DERIVED_ENDINGS = (
    "n",
    "an",
    "ian",
    "ns",
    "ans",
    "ians",
    "ese",
    "i",
    "is",
    "ish",
    "e",
    "es",
    "s",
    "lese",
    "olese",
    "anian",
    "vian",
    "onian",
    "onians",  # 'Toronto' / 'Torontonians', 'Boston' / 'Bostonians'
    "ers",  # 'London' / 'Londoners', 'Berlin' / 'Berliners' (never 'er' alone: 'Mill' / 'Miller' are two names)
    "ites",  # 'Durban' / 'Durbanites'
)
"""A name word's endings as a people or a plural ('Togo' / 'Togolese', 'Congo' / 'Congolese', 'Panama' / 'Panamanian',
'Peru' / 'Peruvian')."""


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
    kx, ky = _skeleton(_k_sound(x)), _skeleton(_k_sound(y))
    return (
        min(len(x), len(y)) >= 5 and x[0] == y[0] and len(kx) >= 3 and kx == ky
    )  # 'Yousef' / 'Yusuf', 'Khalek' / 'Khaleque', not 'Kwon' / 'Kwan'


def _one_spelling(x: str, y: str) -> bool:
    """Two spellings of one name word: the Dutch ij written y ('Dijck' / 'Dyck'), or a letter
    doubled in one ('Barre' / 'Bare', 'Mansoori' / 'Mansori'; words of four letters or more)."""
    if x.replace("ij", "y") == y.replace("ij", "y"):
        return True
    if min(len(x), len(y)) >= 4 and _single_letters(x) == _single_letters(y):
        return True
    # one romanisation's spellings: 'N'Yaaqoub' / 'Nyakoub', 'Qassem' / 'Kassem' (apostrophes, ou for u, q for k)
    return min(len(x), len(y)) >= 5 and _romanised(x) == _romanised(y)


@lru_cache(maxsize=1 << 16)
def _romanised(word: str) -> str:
    """A romanised name word in one spelling: no apostrophes or hyphens, 'ou'/'oo' as 'u', 'q' and 'c'
    (not in 'ch') as 'k', 'wu' after a consonant as 'u', each run of one letter once. Vowels stay: 'Hassan' /
    'Hussein' are two names."""
    w = re.sub(r"['’‘-]", "", strip_accents(word).lower())
    w = re.sub(r"c(?!h)", "k", re.sub(r"ou|oo", "u", w)).replace("q", "k")
    w = re.sub(r"(?<=[bdgjklmnprst])wu", "u", w)  # Korean 'Dong-wook' / 'Dong-uk': one syllable romanised two ways
    return _single_letters(w)


@lru_cache(maxsize=1 << 16)
def _single_letters(word: str) -> str:
    """A word with each run of one letter written once ('Barre' -> 'bare')."""
    return re.sub(r"(.)\1+", r"\1", word.lower())


@lru_cache(maxsize=1 << 16)
def _k_sound(word: str) -> str:
    """A name word with its k sound written one way: 'que' at the end, 'qu', 'q' and 'ck' as 'k' ('Khaleque' /
    'Khalek', 'Tariq' / 'Tarik')."""
    return re.sub(r"que$|qu|q|ck", "k", word)


@lru_cache(maxsize=1 << 16)
def _skeleton(word: str) -> str:
    """A word's consonants, doubled ones once: transliterations of one name agree on it ('Yousef' /
    'Yusuf' -> 'ysf', 'Tavakoli' / 'Tavakkoli' -> 'tvkl')."""
    return _single_letters(re.sub(r"[aeiou'’-]", "", strip_accents(word).lower()))


@lru_cache(maxsize=1 << 16)
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
    " state city river street square church authority administration centre center"
    " stadium arena hall park station port harbour harbor temple mosque cathedral palace market mall hotel camp"
    " dam mine prison library museum theatre theater road highway avenue bridge".split()
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
    if len(ta) != len(tb) or len(ta) < 2 or ta == tb:
        return False
    if ta[-1] != tb[-1]:
        # the head word itself clipped is another name ('Park Sung-ho' / 'Park Sung-hoon'), but for a plural clipped
        # with its 's' kept, every word before it clipped too ('Lib Dems' / 'Liberal Democrats')
        return all(_clipped_plural(x, y) for x, y in zip(ta, tb))
    return all(x == y or (min(len(x), len(y)) >= 4 and (x.startswith(y) or y.startswith(x))) for x, y in zip(ta, tb))


def _clipped_plural(x: str, y: str) -> bool:
    """Whether one word is the other's first three letters or more, both plural or neither ('dems' / 'democrats',
    'lib' / 'liberal')."""
    if x.endswith("s") and y.endswith("s"):
        x, y = x[:-1], y[:-1]
    elif x.endswith("s") or y.endswith("s"):
        return False
    short, full = sorted((x, y), key=len)
    return len(short) >= 3 and len(full) > len(short) and full.startswith(short)


def _word_abbreviated(text: str, ta: list[str], tb: list[str]) -> bool:
    """Whether two names differ in one word only, written on the first side as a capitals abbreviation of the other
    side's word ('PV' / 'Photovoltaic', 'MFG' / 'Manufacturing'): its letters in order, the first one first."""
    if len(ta) != len(tb) or len(ta) < 2:
        return False
    diff = [(x, y) for x, y in zip(ta, tb) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    if not 2 <= len(x) <= 4 or len(y) < len(x) + 3 or x[0] != y[0] or x.upper() not in text.split():
        return False
    rest = iter(y[1:])
    return all(ch in rest for ch in x[1:])


def _same_entity(a: EntityMention, b: EntityMention) -> bool:
    """Whether two mentions name one thing. It reads only their names (text, key, tokens), so the answer is kept per
    pair of names: one sentence pair asks it of the same names many times, and a story of many pairs more."""
    if a.key == b.key:
        return True
    return _same_named((a.text, a.key, a.tokens), (b.text, b.key, b.tokens))


@lru_cache(maxsize=1 << 16)
def _same_named(na: tuple[str, str, tuple[str, ...]], nb: tuple[str, str, tuple[str, ...]]) -> bool:
    a = EntityMention(na[0], (0, 0), na[1], na[2], "", "", "", False)
    b = EntityMention(nb[0], (0, 0), nb[1], nb[2], "", "", "", False)
    return _same_entity_read(a, b)


_ROAD_WORDS = {
    "st": "street", "rd": "road", "ave": "avenue", "av": "avenue", "blvd": "boulevard", "hwy": "highway",
    "sq": "square", "ln": "lane", "pl": "place", "cres": "crescent", "tce": "terrace", "pde": "parade", "dr": "drive",
    "ct": "court", "pkwy": "parkway", "expy": "expressway", "fwy": "freeway",
}  # fmt: skip
"""A road's kind written short, as the last word of its name ('Cuba St', 'Queen St.')."""


_LEGAL_FORMS = frozenset(
    "co company inc incorporated ltd limited corp corporation plc llc sa ag gmbh nv bv spa pty".split()
)
"""Last words of a firm's name that tell its legal form, written in full or short."""


_ACRONYM_PLURAL = re.compile(r"(?P<a>[A-Z]{2,})\|(?P=a)s")
"""An acronym and its plural with a lower-case 's' ('VPN|VPNs')."""
_PARTY_NICKNAMES = {"tory": "conservative", "tories": "conservative", "conservatives": "conservative"}
"""A party's nickname, read as its name: the Tories are the Conservatives (in Britain and Canada alike)."""


def nicknamed(words: Sequence[str]) -> list[str]:
    """A name's words with a party's nickname read as its name ('tories' -> 'conservative')."""
    return [_PARTY_NICKNAMES.get(w, w) for w in words]


def _same_entity_read(a: EntityMention, b: EntityMention) -> bool:
    if a.key == b.key or a.key.replace(".", "") == b.key.replace(".", ""):
        return True
    if _ACRONYM_PLURAL.fullmatch(a.text + "|" + b.text) or _ACRONYM_PLURAL.fullmatch(b.text + "|" + a.text):
        return True  # 'a VPN' / 'VPNs': one kind of thing, in the singular and the plural
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
    if nicknamed(ta) == nicknamed(tb):
        return True  # 'Scottish Tories' / 'Scottish Conservatives': a party by its nickname
    if (len(ta) == 1 and len(ta[0]) == 1 and tb[0].startswith(ta[0])) or (
        len(tb) == 1 and len(tb[0]) == 1 and ta[0].startswith(tb[0])
    ):
        return True  # 'an outbreak of C difficile' / 'of Clostridioides difficile': a name cut to its initial
    if len(ta) >= 2 and ta[:-1] == tb[:-1] and _ROAD_WORDS.get(ta[-1], ta[-1]) == _ROAD_WORDS.get(tb[-1], tb[-1]):
        return True  # 'Cuba St' / 'Cuba Street': a road's kind written short
    if ta[-1] in _LEGAL_FORMS and tb[-1] in _LEGAL_FORMS and len(ta) >= 2 and ta[:-1] == tb[:-1]:
        return True  # 'Bayou Sorrel Chemical Company' / 'Bayou Sorrel Chemical Co.': one firm, its legal form written two ways
    if _acronym_inside(a.tokens, b.tokens) or _acronym_inside(b.tokens, a.tokens):
        return True  # 'European Union Solidarity Fund' / 'EU Solidarity Fund': a part of the name shortened
    if _clipped_words(ta, tb):
        return True  # 'Metro Council' / 'Metropolitan Council': a word of the name clipped
    if _word_abbreviated(a.text, ta, tb) or _word_abbreviated(b.text, tb, ta):
        return True  # 'Sunvale PV' / 'Sunvale Photovoltaic': one word of the name abbreviated
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
    if (
        (core := _club_core(ta, a.text))
        and core == _club_core(tb, b.text)
        and not (_DE_TOWN.search(a.text) and _DE_TOWN.search(b.text))
    ):
        return True  # 'Vitória de Guimarães' / 'Vitória SC': one club, by its town and by its letters
    if _place_words(ta) == _place_words(tb) and len(ta) >= 2 and len(tb) >= 2:
        return True  # 'Pulau Karimun Besar' / 'Great Karimun Island': one island, its generic words in two languages
    # 'CalMac Ferries' / 'Caledonian MacBrayne': the name's words cut to their first syllables and joined
    if _syllable_short(a.text, b.text) or _syllable_short(b.text, a.text):
        return True
    if _firm_tail_variant(a.tokens, b.tokens):
        return True  # 'Keystone Valley Coach Lines' / 'Keystone Valley Coaches': one firm, its trade word told two ways
    # acronyms: 'European Union' ~ 'EU'
    for x, y in ((a, b), (b, a)):
        if _MIXED_ACRONYM.fullmatch(x.text) and not x.text.isupper() and len(y.tokens) >= 2:
            acronym = x.text.lower()
            initials = "".join(w[0] for w in re.findall(r"[^\W\d_][\w'’-]*", y.text.lower()) if w != "the")
            if initials == acronym or (len(acronym) >= 3 and initials.endswith(acronym)):
                return True  # 'CoE' / 'BCCI Centre of Excellence': the initials with the small word's in lower case,
                # of the whole name or of its last words after its owner's
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


_STREET_BEFORE = frozenset(
    "rue place avenue av boulevard bd chaussee quai impasse via viale piazza corso calle plaza paseo avenida rua praca"
    " largo ulica aleja plac".split()
)
_STREET_LINKS = frozenset("du de la des del della dello di da do dos das d le les".split())
_STREET_GLUED = re.compile(r"(?:straat|plein|laan|kade|gracht|strasse|straße|platz|gasse|weg|allee|markt|gatan|gata)$")


_CLUB_LETTERS = frozenset("fc sc cf ac afc sk fk bk cd ud sd if ff ca sv vfb vfl".split())
"""The letters a club's name carries before or after it ('Vitória SC', 'FC Porto', 'SV Werder')."""


_DE_TOWN = re.compile(r"\s(?:de|do|da)\s+\S+$")


def _club_core(tokens: Sequence[str], text: str) -> list[str]:
    """A club's name without its letters or its town after 'de' ('Vitória SC', 'Vitória de Guimarães' -> 'vitoria');
    [] when the name has neither. Two names that each keep a town ('Vitória de Setúbal' / 'Vitória de Guimarães')
    are two clubs: only one side's town is set aside."""
    t = [w for w in tokens if w not in _CLUB_LETTERS]
    if len(t) == 2 and _DE_TOWN.search(text):
        t = t[:1]
    return t if t and len(t) < len(tokens) else []


_PLACE_WORDS = {
    **dict.fromkeys("pulau isla ilha ile île insel isola ostrov nusa".split(), "island"),
    **dict.fromkeys("sungai rio río fleuve fluss".split(), "river"),
    **dict.fromkeys("gunung monte mont berg".split(), "mount"),
    **dict.fromkeys("tanjung cabo capo cap".split(), "cape"),
    **dict.fromkeys("danau lago lac see".split(), "lake"),
    **dict.fromkeys("teluk bahia bahía baie".split(), "bay"),
    **dict.fromkeys("selat estrecho détroit".split(), "strait"),
    **dict.fromkeys("besar grande gran grand big".split(), "great"),
    **dict.fromkeys("kecil pequeña pequeno petit petite small".split(), "little"),
}
"""The generic words of a geographic name in other languages, in English ('Pulau ... Besar' is 'Great ... Island')."""


def _place_words(tokens: Sequence[str]) -> frozenset[str]:
    """A name's words with the generic words of geography put in English, in any order."""
    return frozenset(_PLACE_WORDS.get(t, t) for t in tokens)


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


_MIXED_ACRONYM = re.compile(r"[A-Z](?:[a-z]?[A-Z])+")
"""An acronym that writes a small word's initial in lower case ('CoE', 'MoU', 'DfE')."""


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


_CAMEL_PART = re.compile(r"[A-Z][a-z]+")


_SHORT_SKIPPED = frozenset({"the", "of", "and", "on", "for"})


def _heads_of(short: str, words: list[str]) -> bool:
    """Whether `short` is the heads of `words` in order, each of two letters or more and shorter than its word, one of
    them of three letters or more (not a plain initialism)."""

    def split(s: str, ws: list[str], long_head: bool) -> bool:
        if not ws:
            return not s and long_head
        w = ws[0]
        return any(
            s.startswith(w[:k]) and split(s[k:], ws[1:], long_head or k >= 3)
            for k in range(2, min(len(w) - 1, len(s)) + 1)
        )

    return split(short, words, False)


def _syllable_short(short: str, long_: str) -> bool:
    """Whether one name writes the other's words cut to their heads and joined in one word ('CalMac' for 'Caledonian
    MacBrayne', 'NatWest' for 'National Westminster'), with at most one word of its own beside it ('Ferries'); or, in
    capitals, cut to heads of two letters or more ('NAPOLCOM' for 'National Police Commission', 'COMELEC' for
    'Commission on Elections')."""
    if re.fullmatch(r"[A-Z]{6,}", short.strip()):
        full = [w.lower() for w in re.findall(r"[^\W\d_][\w'’-]*", long_) if w.lower() not in _SHORT_SKIPPED]
        return len(full) >= 2 and _heads_of(short.strip().lower(), full)
    words = re.findall(r"[^\W\d_][\w'’-]*", short)
    camel = [w for w in words if len(parts := _CAMEL_PART.findall(w)) >= 2 and "".join(parts) == w]
    if len(camel) != 1 or len(words) > 2:
        return False
    heads = [p.lower() for p in _CAMEL_PART.findall(camel[0])]
    full = [w.lower() for w in re.findall(r"[^\W\d_][\w'’-]*", long_) if w.lower() not in {"the", "of", "and"}]
    return len(full) == len(heads) and all(
        len(h) >= 3 and f.startswith(h) and len(f) > len(h) for h, f in zip(heads, full, strict=True)
    )


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


def _name_like(e: EntityMention) -> bool:
    return bool(e.title) or len(e.tokens) >= 2


_OPEN_STATES = {stem(w) for w in ("open", "opened", "reopen", "reopened")}
_UNTIL_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,6}?(?:until|till)\s+(?!further\b|at\s+least\b)", re.I)
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


_ACQUITTED = {stem("acquitted"), stem("cleared")}
"""The state of a verdict of not guilty, against which a split verdict is read by the charges it names."""
_RISE_WORDS = r"rais\w*|rose|risen|ris(?:e|es|ing)|increas\w*|climb\w*|lift\w*|hik\w*|grew|grown|grow(?:s|ing)?|jump\w*|soar\w*|surg\w*|up"
_FALL_WORDS = (
    r"lower\w*|cut|cuts|reduc\w*|decreas\w*|fell|fallen|fall(?:s|ing)?|drop\w*|trimm?\w*|slash\w*|slipp?\w*|slid|slides?"
    r"|sliding|shr[iau]nk\w*|dipp?\w*|declin\w*|plung\w*|tumbl\w*|down"
)
"""Verbs (and adverbs) of a figure's change, by direction: 'raised to', 'up 8 per cent'; 'cut to', 'down 2%'."""
_SURVIVED = {stem("survived"), stem("alive")}
"""Having lived through an event ('survived', 'was still alive'), against dying in it: said of one subject only
(`_state_antonym`)."""
_UNHURT = {stem(w) for w in ("unhurt", "unharmed", "uninjured")}
"""Coming through an event without injury, against being hurt in it: said of one subject only (`_state_antonym`)."""
ONCE = re.compile(r"\b(?:first\s+(?:elected|entered|took\s+office)|(?:was|were)\s+(?:born|founded))\b", re.I)
"""An act that happens once to its subject: two years told for it are two values of one fact."""


def once_in_both(text_a: str, text_b: str) -> bool:
    """Whether both sentences tell the same act that happens once ('was first elected'), as `ONCE` reads it."""
    return bool((m := ONCE.search(text_a)) and m.group().lower() in {x.lower() for x in ONCE.findall(text_b)})


_KEPT = {stem("kept"), stem("retained")}
"""Keeping a thing, against losing it ('kept his deposit' / 'lost his deposit'); not a count lost ('lost nearly 60
seats'), which is no state of one thing."""
_CONTINUING = {stem("continuing")}
"""A service or act going on, against its suspension; not 'continued to' (a verb that carries another). A side that
tells both ('haulage had been paused but mining continued') tells two things, and a resumption on either side
('resumed at first light after it was halted overnight', 'will resume once ...') a suspension's end."""
_ADMITTED = {stem("admitted"), stem("accepted")}
"""Admitting a charge, against denying or contesting it; read only with a charge or an allegation right after both
verbs ('the widely accepted narrative' / 'has denied having said that' is no plea)."""
_ACCEPTED_PLEA = {stem("accepted")}
"""Accepting a charge, against denying it (read as `_ADMITTED` is)."""
_STATE_ANTONYMS = [
    (_OPEN_STATES, {stem(w) for w in ("closed", "shut")}),
    ({stem("accepted")}, {stem("rejected")}),
    ({stem("approved")}, {stem("rejected"), stem("blocked")}),
    (_ACQUITTED, {stem("convicted"), stem("sentenced"), stem("guilty")}),  # a sentence is a conviction's
    ({stem("upheld")}, {stem("overturned"), stem("quashed"), stem("reversed"), stem("rejected")}),
    ({stem("exempt"), stem("exempted")}, {stem("counted")}),  # 'exempt from the cap' / 'counted under the cap'
    # 'The driver ... survived' / 'The driver was among those killed', 'was among the dead'
    (_SURVIVED, {stem("killed"), stem("died"), stem("dead")}),
    (_UNHURT, {stem(w) for w in ("injured", "hurt", "wounded", "killed", "died")}),  # 'escaped unhurt' / 'injured'
    (_KEPT, {stem("lost"), stem("lose")}),  # 'kept his deposit' / 'lost his deposit'
    (_CONTINUING, {stem("suspended"), stem("halted"), stem("paused")}),  # 'is continuing' / 'has been suspended'
    ({stem("positive")}, {stem("negative")}),  # 'returned a negative breath test' / 'returned a positive breath test'
    (_ADMITTED, {stem("contested"), stem("disputed")}),  # 'accepted the charge' / 'contested the charge'
    (_ACCEPTED_PLEA, {stem("denied")}),  # ('admitted' / 'denied' is the denial rule's: 'deny' is a negation)
    # 'The repayment threshold will be frozen' / 'The loan repayment threshold will rise'
    ({stem("frozen")}, {stem(w) for w in ("rise", "rises", "raised", "increase", "increased")}),
    ({stem("bail"), stem("bailed")}, {stem("remanded")}),  # 'granted Prescott bail' / 'remanded him in custody'
    ({stem("attended")}, {stem("boycotted"), stem("skipped")}),  # 'attended a meeting' / 'boycotted a meeting'
]
"""Opposite states or decisions of one thing ('the motorway was closed' / 'stayed open'). Only
pairs that cannot both hold of one thing at one moment; 'rose' / 'fell' can (two periods)."""
_GRANTED = {stem("granted")}
"""A decision granted, read only in its past forms ('granted a stay'; 'applying for grants' is no decision)."""
_PASSED_CHECK = {stem("passed")}
"""A test passed, read only with a test or an inspection right after the verb ('passed a safety inspection'; a bill
that 'passed' and one that 'failed' are read by the vote rules)."""
_CHECK_AFTER = re.compile(
    r"\s+(?:a|an|the|its|his|her|their)?\s*(?:[\w-]+\s+){0,2}?(?:test|tests|inspection|inspections|exam|examination|audit|"
    r"check|checks|assessment|review|trial)\b",
    re.I,
)
_KEPT_OR_GRANTED = [
    (_KEPT, {stem("scrapped"), stem("dropped"), stem("axed")}),  # 'was kept in the budget' / 'was scrapped'
    (_GRANTED, {stem("rejected"), stem("refused")}),  # 'rejected an application for a stay' / 'granted a stay'
    (_PASSED_CHECK, {stem("failed")}),  # 'had failed a safety inspection in July' / 'had passed a safety inspection'
]
"""Opposite decisions on one thing, read by the denial rule only: the date rule does not take them for two steps of a
story ('backed the policy on Monday, rejecting calls to scrap it' / 'voted today to keep' is one vote, dated twice)."""
_DECISION_ANTONYMS = _STATE_ANTONYMS + _KEPT_OR_GRANTED


_RATHER_THAN = re.compile(r"\b(?:rather\s+than|instead\s+of)\s+(?:in\s+|on\s+)?$", re.I)
_SET_ASIDE = per_text(
    re.compile(
        r"\b(?:unconstitutional|struck\s+down|strikes?\s+down|overturn\w*|overrul\w*|annull?\w*|scrap\w*|reject\w*"
        r"|cancel\w*|block(?:ed|s)|originally|initially|had\s+planned|had\s+been\s+(?:set|planned|scheduled))\b",
        re.I,
    )
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


_ACCEPTED_ASK = per_text(
    re.compile(
        r"\baccept(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?(?:resignation|request|application|plea)s?\b",
        re.I,
    )
)
"""A request or a resignation accepted: a step after the one that made it."""
_EVENT_START = per_text(
    re.compile(
        r"\b(?:broke\s+out|break(?:s|ing)?\s+out|began|begun|begins?|started|starts?|erupted|ignited|caught\s+fire"
        r"|(?:brought|ground|came)\s+(?:[\w-]+\s+){0,6}?to\s+a\s+(?:standstill|halt)|cancelled|canceled|suspended)\b",
        re.I,
    )
)
_EVENT_END = re.compile(
    r"\b(?:put\s+out|extinguish(?:ed|es)?|brought\s+under\s+control|under\s+control|was\s+contained|were\s+contained"
    r"|ended|ends|was\s+over|called\s+off|lifted|returned\s+to\s+normal|back\s+to\s+normal|resumed|resumes|resume)\b",
    re.I,
)


def _only_each(first: re.Pattern[str], then: re.Pattern[str], text_a: str, text_b: str) -> bool:
    """Whether the first sentence holds only the first pattern of two and the second sentence only the other."""
    return bool(first.search(text_a) and not then.search(text_a) and then.search(text_b) and not first.search(text_b))


def _outbreak_against_end(text_a: str, text_b: str) -> bool:
    """Whether one sentence tells how an event started ('broke out', 'began') and the other only how it ended
    ('put out', 'extinguished', 'brought under control')."""
    return _only_each(_EVENT_START, _EVENT_END, text_a, text_b)


def _opposite_acts(
    words_a: set[str], words_b: set[str], pairs: Sequence[tuple[set[str], set[str]]] = _STATE_ANTONYMS
) -> bool:
    """Whether two sets of stems hold opposite states ('closed' / 'reopened')."""
    return any((words_a & pos and words_b & neg) or (words_a & neg and words_b & pos) for pos, neg in pairs)


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


def _clip(s: str, n: int = 100) -> str:
    return s if len(s) <= n else s[: n - 1] + "\u2026"


def matches_in(pattern: re.Pattern[str]) -> Callable[[str], tuple[re.Match[str], ...]]:
    """A function giving the matches of `pattern` in a text, kept per text: a rule that scans each of two sentences
    for the same words asks again of a sentence for every other sentence it is compared with."""
    found = lru_cache(maxsize=1 << 15)(lambda text: tuple(pattern.finditer(text)))
    PER_TEXT.append(found)
    return found


def found_in(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    """A function telling whether `pattern` occurs in a text, kept per text (as `matches_in`)."""
    found = lru_cache(maxsize=1 << 15)(lambda text: pattern.search(text) is not None)
    PER_TEXT.append(found)  # type: ignore[arg-type]
    return found


_deadline_talk = found_in(_DEADLINE_TALK)


_DENIED_AFTER_SHARE = re.compile(r"[^,.;:]{0,50}?\b(?:not|n't|never|no\s+longer)\b", re.I)


def shares_complement(text_a: str, a: Quantity, text_b: str, b: Quantity) -> bool:
    """Two shares of one whole that make it up together, one told of what did not happen: 'Four out of five
    long-distance trains will not run' / 'Only around one in five long-distance trains ran' say one thing."""
    if a.dimension != "percent" or b.dimension != "percent" or not a.low + b.low - 1 <= 100 <= a.high + b.high + 1:
        return False
    if a.value == b.value == 50:
        return False
    return bool(_DENIED_AFTER_SHARE.match(text_a, a.span[1])) != bool(_DENIED_AFTER_SHARE.match(text_b, b.span[1]))


def complementary_shares(fa: SentenceFacts, fb: SentenceFacts) -> bool:
    """Whether any share of one sentence and one of the other make up one whole so (`shares_complement`)."""
    return any(shares_complement(fa.text, a, fb.text, b) for a in fa.quantities for b in fb.quantities)
