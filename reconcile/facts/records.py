"""The records `extract_facts` returns: quantities, time references, entity mentions, negated predicates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Quantity:
    """A number with what it measures."""

    text: str
    """The quantity as written, hedge included (e.g. 'more than 300 miners')."""
    span: tuple[int, int]
    """Character span of `text` in the sentence."""
    value: float
    """Central value in base units (money in currency units, durations in days, % as 0-100)."""
    low: float
    """Lower bound of the range the wording allows (may equal `value`)."""
    high: float
    """Upper bound of the range the wording allows (`math.inf` for 'more than N')."""
    dimension: str
    """What kind of thing is measured: 'count', 'money:EUR', 'percent', 'pp', 'duration',
    'age', 'measure:km', 'score' (a match score), 'rank' (a place in a ranking), 'id:category'.
    Only equal dimensions are compared."""
    noun: str
    """Stem of the counted noun or head word after the number ('' if none), e.g. 'miner'."""
    noun_text: str
    """The counted noun phrase as written ('' if none), e.g. 'miners'."""
    context: tuple[str, ...]
    """Stems of content words near the number, used to pair quantities across sentences."""
    hedge: str
    """Normalised hedge ('more than', 'about', 'nearly', ... or '' for an exact figure)."""
    approximate: bool
    """True when the wording is vague (a hedge, 'dozens', a fraction word)."""
    precision: float = 0.0
    """Half a unit of the last digit written, in base units ('13%' -> 0.5, '12.8%' -> 0.05,
    '€1.8bn' -> 5e7): a less precise figure may be a rounding of a more precise one."""

    @property
    def norm(self) -> str:
        """Canonical form, e.g. '12 miners', 'EUR 1.8e9', '[300, inf) people', '15%'."""
        from reconcile.facts.quantities import format_quantity  # noqa: PLC0415 (quantities imports this module)

        return format_quantity(self)


@dataclass(frozen=True)
class TimeRef:
    """A reference to a point or period in time, as an interval when it can be resolved."""

    text: str
    span: tuple[int, int]
    kind: str
    """'date', 'weekday', 'relative', 'month', 'period', 'year' or 'clock'."""
    level: int
    """Granularity: 0 clock time, 1 day, 2 month, 3 quarter/season/half, 4 year."""
    start: datetime | None
    """Inclusive start of the interval; None when it cannot be placed (see `anchor`)."""
    end: datetime | None
    """Exclusive end of the interval."""
    anchor: str
    """How the interval is placed: 'absolute' (real calendar), 'monthday' (year unknown,
    placed in the year 2000), 'weekday' (week unknown, placed in the week of Mon 1 Jan 2001),
    'clock' (time of day only, placed on 1 Jan 2001), 'none' (unresolvable)."""
    label: str
    """Human form for explanations, e.g. 'Monday 2 Mar 2026', '22:15', 'Q3 2026'."""
    weekday: int | None = None
    """Weekday number (Monday=0) when the text names one."""
    tz: str = ""
    """Time-zone label written with a clock time ('GMT', 'local time'), else ''."""
    modifier: str = ""
    """'by', 'before', 'after', 'since', 'until' or '' - how the reference bounds the event."""
    inferred: bool = False
    """True when the year (or, for a weekday, the week) was inferred from the publication date
    and the tense rather than written."""

    @property
    def norm(self) -> str:
        """Canonical form: ISO date(s) or clock interval."""
        from reconcile.facts.times import format_timeref  # noqa: PLC0415 (times imports this module)

        return format_timeref(self)


@dataclass(frozen=True)
class EntityMention:
    """A capitalised name (person, place, organisation) and the slot it fills."""

    text: str
    """The name as written, without a leading title ('Ray Kowalski')."""
    span: tuple[int, int]
    key: str
    """Normalised comparison key: lowercase, accents stripped, aliases mapped ('us', 'uk')."""
    tokens: tuple[str, ...]
    """Lowercase accent-free tokens of the name, particles dropped."""
    title: str
    """Role word written before or in apposition to the name ('inspector', 'judge'), or ''."""
    slot: str
    """Syntactic slot: 'based' (X-based / based in X), 'prep:to|verb:fly' style, 'verb:meet',
    'next:police' (following head noun), or ''."""
    slot_text: str
    """The slot words as written, for explanations ('flew to', 'headquartered in')."""
    initial: bool
    """True when the name is the first word of the sentence (may be a capitalised common word)."""
    etype: str = ""
    """Kind of thing the text says it is ('company' in 'X, a private company' or 'a company
    called X'; 'department' in 'X department'), or ''."""


@dataclass(frozen=True)
class Predicate:
    """A content word under (or outside) negation: the head the negation attaches to."""

    text: str
    span: tuple[int, int]
    stem: str
    """Crude lemma/stem used to find the same predicate in another sentence."""
    negated: bool
    """True when an odd number of negation cues apply to it."""
    cue: str
    """The negation cue(s) as written ('not', "didn't", 'refused to', 'never'), '' if none."""
    phrase: str
    """A short phrase around the predicate for explanations ('seek re-election')."""


@dataclass(frozen=True)
class SentenceFacts:
    """Everything checkable that was found in one sentence."""

    text: str
    published: datetime | None
    quantities: tuple[Quantity, ...]
    times: tuple[TimeRef, ...]
    entities: tuple[EntityMention, ...]
    predicates: tuple[Predicate, ...]
    """Heads of negation scopes (negated or double-negated) found in the sentence."""
    words: tuple[tuple[str, str, int, int, bool], ...]
    """(stem, text, start, end, negated) for every word: lets another sentence look up a
    predicate and its polarity here."""

    @property
    def negated(self) -> bool:
        """True when at least one predicate of the sentence is negated."""
        return any(p.negated for p in self.predicates)
