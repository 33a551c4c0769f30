"""Rule-based extraction of checkable facts from one sentence.

`extract_facts` turns a sentence into quantities (counts, money, percentages, durations,
ages, measures), time references (resolved to intervals when the publication datetime is
known), named-entity mentions with the syntactic slot they fill, and negated predicates.
Every item keeps the text as written and its character span in the input sentence, so the
comparison stage can quote the sentence back. No model is loaded: everything is plain rules.
"""

from __future__ import annotations

import logging
import math
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from datetime import date, datetime, timedelta
from typing import TypeVar

logger = logging.getLogger(__name__)

INF = math.inf

# --------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------


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
    'age', 'measure:km', 'id:category'. Only equal dimensions are compared."""
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


# --------------------------------------------------------------------------------------
# Tokens and small word lists
# --------------------------------------------------------------------------------------

_CLEAN_MAP = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00a0": " ",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u2009": " ",
        "\u202f": " ",
    }
)


def clean(text: str) -> str:
    """Replace typographic characters one-for-one so that spans stay valid."""
    return text.translate(_CLEAN_MAP)


_TOKEN_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., p.m., a.m.
    r"|[^\W\d_]+(?:'[^\W\d_]+|-(?!(?:based|headquartered|born|led|owned|run|registered)\b)[^\W\d_]+)*(?:'s|')?"
    r"|\d+(?:[.,:]\d+)*"  # numbers
    r"|\S",
    re.UNICODE,
)


@dataclass(frozen=True)
class _Tok:
    text: str
    low: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_cap(self) -> bool:
        return self.text[0].isupper()


def tokenize(text: str) -> list[_Tok]:
    """Word/number/punctuation tokens with spans."""
    return [_Tok(m.group(), m.group().lower(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for from with without into onto over under
    about above after before since until during as than then that this these those there here
    it its it's he she they them his her their hers theirs we us our you your i me my mine
    is are was were be been being am has have had having do does did done will would shall
    should can could may might must not no nor never also too very just only even still yet
    so such which who whom whose what when where why how while although though because
    all any some each every both either neither one ones other others another more most
    less least much many few several said says say told tells according per via up down out
    off again further once s t don't won't didn't isn't wasn't aren't weren't hasn't haven't
    hadn't doesn't can't couldn't wouldn't shouldn't""".split()
)

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
_WD_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MON_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

_IRREGULAR = {
    "was": "be", "were": "be", "is": "be", "are": "be", "been": "be", "am": "be",
    "had": "have", "has": "have", "did": "do", "does": "do", "done": "do", "went": "go",
    "gone": "go", "took": "take", "taken": "take", "made": "make", "gave": "give",
    "given": "give", "said": "say", "says": "say", "told": "tell", "found": "find",
    "left": "leave", "won": "win", "lost": "lose", "met": "meet", "paid": "pay",
    "sold": "sell", "bought": "buy", "brought": "bring", "held": "hold", "kept": "keep",
    "ran": "run", "began": "begin", "begun": "begin", "saw": "see", "seen": "see",
    "came": "come", "knew": "know", "known": "know", "thought": "think", "sent": "send",
    "spent": "spend", "built": "build", "fell": "fall", "fallen": "fall", "rose": "rise",
    "risen": "rise", "struck": "strike", "shot": "shoot", "fled": "flee", "led": "lead",
    "sought": "seek", "caught": "catch", "taught": "teach", "fought": "fight",
    "chose": "choose", "chosen": "choose", "drove": "drive", "driven": "drive",
    "wrote": "write", "written": "write", "spoke": "speak", "spoken": "speak",
    "broke": "break", "broken": "break", "stole": "steal", "stolen": "steal", "froze": "freeze",
    "frozen": "freeze", "flew": "fly", "flown": "fly", "grew": "grow", "grown": "grow",
    "threw": "throw", "thrown": "throw", "drew": "draw", "drawn": "draw",
    "withdrew": "withdraw", "withdrawn": "withdraw", "became": "become", "got": "get",
    "gotten": "get", "felt": "feel", "heard": "hear", "meant": "mean", "stood": "stand",
    "understood": "understand", "wore": "wear", "worn": "wear", "woke": "wake",
    "hid": "hide", "hidden": "hide", "bore": "bear", "born": "bear", "swore": "swear",
    "sworn": "swear", "forgave": "forgive", "forgiven": "forgive", "overtook": "overtake",
    "undertook": "undertake", "arose": "arise", "arisen": "arise", "sank": "sink",
    "sunk": "sink", "sprang": "spring", "shook": "shake", "shaken": "shake", "dealt": "deal",
    "lent": "lend", "bent": "bend", "fed": "feed", "bled": "bleed", "slept": "sleep",
    "swept": "sweep", "wept": "weep", "hung": "hang", "stuck": "stick", "struck down": "strike",
    "people": "person", "men": "man", "women": "woman", "children": "child",
    "lives": "life", "wives": "wife", "died": "die", "dying": "die", "lying": "lie",
    "lay": "lie",
}  # fmt: skip


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude lemma: irregular forms mapped, common suffixes stripped, so that
    'approved'/'approve'/'approves' and 'took'/'taken'/'take' coincide."""
    w = word.lower().strip("'")
    if w.endswith("'s"):
        w = w[:-2]
    w = _strip_accents(w)
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if "-" in w:
        head = w.rpartition("-")[0]
        if head in {"re", "co", "pre", "non", "un", "ex", "anti"}:
            return w
    for suf, rep in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            if suf == "s" and w.endswith("ss"):
                continue
            if suf == "es" and not re.search(r"(?:ss|sh|ch|x|z|o)es$", w):
                continue
            w = w[: -len(suf)] + rep
            break
    if len(w) >= 4 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]
    if w.endswith("e") and len(w) >= 4:
        w = w[:-1]
    return w


@lru_cache(maxsize=1 << 16)
def _strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# --------------------------------------------------------------------------------------
# Number words -> digits, with a map back to the original offsets
# --------------------------------------------------------------------------------------

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1e9, "trillion": 1e12}
_FRACTION_WORDS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "tenth": 10, "tenths": 10,
}  # fmt: skip
_TIME_UNITS = {
    "second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "night": 1.0,
    "week": 7.0, "fortnight": 14.0, "month": 30.4375, "year": 365.25, "decade": 3652.5,
    "century": 36525.0,
}  # fmt: skip


def _simple_number_word(w: str) -> float | None:
    if w in _UNITS:
        return _UNITS[w]
    if w in _TENS:
        return _TENS[w]
    if "-" in w:
        a, _, b = w.partition("-")
        if a in _TENS and b in _UNITS and 0 < _UNITS[b] < 10:
            return _TENS[a] + _UNITS[b]
    return None


@dataclass(frozen=True)
class _Repl:
    start: int
    end: int
    text: str
    kind: str  # 'number' | 'fraction'


class _NormText:
    """Text with number words replaced by digits, mapping offsets back to the original."""

    def __init__(self, text: str, repls: list[_Repl]):
        self.orig = text
        parts: list[str] = []
        self.segs: list[tuple[int, int, int, int, str]] = []  # norm_s, norm_e, orig_s, orig_e, kind
        pos = 0
        npos = 0
        for r in sorted(repls, key=lambda r: r.start):
            if r.start < pos:
                continue
            parts.append(text[pos : r.start])
            npos += r.start - pos
            parts.append(r.text)
            self.segs.append((npos, npos + len(r.text), r.start, r.end, r.kind))
            npos += len(r.text)
            pos = r.end
        parts.append(text[pos:])
        self.text = "".join(parts)

    def to_orig(self, npos: int, is_end: bool = False) -> int:
        """Map a normalised offset (a start, or an end when `is_end`) back to the original."""
        shift = 0
        for ns, ne, os_, oe, _ in self.segs:
            if is_end:
                if ns < npos <= ne:
                    return oe
                if npos <= ns:
                    break
            else:
                if ns <= npos < ne:
                    return os_
                if npos < ns:
                    break
            shift = oe - ne
        return npos + shift

    def kind_at(self, ns: int, ne: int) -> str:
        for s, e, _, _, k in self.segs:
            if s < ne and ns < e:
                return k
        return ""


def _number_words(text: str, toks: list[_Tok]) -> list[_Repl]:
    """Find spelled-out numbers and fractions; return replacements with digit text."""
    repls: list[_Repl] = []
    n = len(toks)
    i = 0

    def low(j: int) -> str:
        return toks[j].low if 0 <= j < n else ""

    while i < n:
        w = low(i)
        # fractions: 'two-thirds', 'a third of', 'one in five', 'half of', 'nearly half'
        frac = _fraction_at(toks, i)
        if frac is not None:
            value, j = frac
            repls.append(_Repl(toks[i].start, toks[j - 1].end, f"{_fmt_num(value)}%", "fraction"))
            i = j
            continue
        # 'a dozen', 'half a dozen', 'two dozen'
        if w in {"a", "one"} and low(i + 1) == "dozen":
            repls.append(_Repl(toks[i].start, toks[i + 1].end, "12", "number"))
            i += 2
            continue
        if w == "half" and low(i + 1) in {"a", "an"} and low(i + 2) in {"dozen", "million", "billion"}:
            val = {"dozen": 6, "million": 500_000, "billion": 5e8}[low(i + 2)]
            repls.append(_Repl(toks[i].start, toks[i + 2].end, _fmt_num(val), "number"))
            i += 3
            continue
        if w == "half" and low(i + 1) in {"a", "an"} and _unit_of(low(i + 2)) in _TIME_UNITS:
            repls.append(_Repl(toks[i].start, toks[i + 1].end, "0.5", "number"))
            i += 2
            continue
        # 'a year and a half' -> '1.5 year'
        if (
            w in {"a", "an", "one"}
            and _unit_of(low(i + 1)) in _TIME_UNITS
            and low(i + 2) == "and"
            and low(i + 3) == "a"
            and low(i + 4) == "half"
        ):
            repls.append(_Repl(toks[i].start, toks[i].end, "1.5", "number"))
            repls.append(_Repl(toks[i + 1].end, toks[i + 4].end, "", "number"))
            i += 5
            continue
        # 'a hundred', 'a million'
        if w in {"a", "an"} and low(i + 1) in _SCALES:
            repls.append(_Repl(toks[i].start, toks[i + 1].end, _fmt_num(_SCALES[low(i + 1)]), "number"))
            i += 2
            continue
        if _simple_number_word(w) is not None:
            if w == "one" and not _one_is_number(toks, i):
                i += 1
                continue
            parsed = _parse_word_number(toks, i)
            if parsed is not None:
                val, j = parsed
                # 'two dozen'
                if low(j) == "dozen":
                    val *= 12
                    j += 1
                # 'eight and a half'
                if low(j) == "and" and low(j + 1) == "a" and low(j + 2) == "half":
                    val += 0.5
                    j += 3
                repls.append(_Repl(toks[i].start, toks[j - 1].end, _fmt_num(val), "number"))
                i = j
                continue
        # digits followed by 'and a half' -> decimal
        if w.isdigit() and low(i + 1) == "and" and low(i + 2) == "a" and low(i + 3) == "half":
            repls.append(_Repl(toks[i].start, toks[i + 3].end, _fmt_num(int(w) + 0.5), "number"))
            i += 4
            continue
        if w.isdigit() and low(i + 1) == "dozen":
            repls.append(_Repl(toks[i].start, toks[i + 1].end, _fmt_num(int(w) * 12), "number"))
            i += 2
            continue
        i += 1
    return repls


def _one_is_number(toks: list[_Tok], i: int) -> bool:
    prev = toks[i - 1].low if i > 0 else ""
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if prev in {"no", "any", "every", "some", "the", "this", "that", "which", "each", "someone", "at"}:
        return False
    if nxt in {"another", "'s", "of", "day", "thing", "way", "point", "side", "time"}:
        return False
    if nxt in _SCALES or _simple_number_word(nxt) is not None or nxt in {"point", "and"}:
        return True
    # 'one person', 'one miner' - a following word that is not a function word
    return bool(nxt) and nxt[0].isalpha() and nxt not in STOPWORDS


def _parse_word_number(toks: list[_Tok], i: int) -> tuple[float, int] | None:
    """Parse 'one hundred and twenty-five thousand' from token i; return (value, next index)."""
    total = 0.0
    current = 0.0
    j = i
    seen = False
    n = len(toks)
    while j < n:
        w = toks[j].low
        v = _simple_number_word(w)
        if v is not None:
            if seen and current % 100 != 0 and current != 0 and v < 100:
                # 'twenty five' handled as tens+units; otherwise stop ('five six')
                if current % 10 == 0 and current >= 20 and v < 10:
                    current += v
                    j += 1
                    continue
                break
            current += v
            seen = True
            j += 1
            continue
        if w in _SCALES and seen:
            scale = _SCALES[w]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
            j += 1
            continue
        if w == "and" and seen and j + 1 < n and _simple_number_word(toks[j + 1].low) is not None:
            if (total + current) >= 100:
                j += 1
                continue
            break
        if w == "point" and seen and j + 1 < n and _simple_number_word(toks[j + 1].low) is not None:
            digits = []
            k = j + 1
            while k < n and toks[k].low in _UNITS and _UNITS[toks[k].low] < 10:
                digits.append(str(_UNITS[toks[k].low]))
                k += 1
            if digits:
                current += float("0." + "".join(digits))
                j = k
                # a scale may follow: 'one point eight billion'
                if j < n and toks[j].low in _SCALES and _SCALES[toks[j].low] > 100:
                    total += current * _SCALES[toks[j].low]
                    current = 0
                    j += 1
                break
        break
    if not seen:
        return None
    return total + current, j


def _fraction_at(toks: list[_Tok], i: int) -> tuple[float, int] | None:
    """Recognise fraction wording at token i; return (percent value, next index)."""
    n = len(toks)

    def low(j: int) -> str:
        return toks[j].low if 0 <= j < n else ""

    w = low(i)
    # 'one in five', 'three out of four'
    a = _simple_number_word(w) if not (w.isascii() and w.isdigit()) else float(w)
    if a is not None and low(i + 1) in {"in", "out"}:
        k = i + 2
        if low(i + 1) == "out" and low(k) == "of":
            k += 1
        if low(k) == "every":
            k += 1
        b_w = low(k)
        b = _simple_number_word(b_w) if not (b_w.isascii() and b_w.isdigit()) else float(b_w)
        if b and 1 < b <= 20 and a < b:
            return 100.0 * a / b, k + 1
    # 'two-thirds', 'three-quarters', 'one-fifth'
    if "-" in w:
        num_w, _, den_w = w.partition("-")
        num = _simple_number_word(num_w)
        if num is not None and den_w in _FRACTION_WORDS and num < _FRACTION_WORDS[den_w]:
            return 100.0 * num / _FRACTION_WORDS[den_w], i + 1
    # 'two thirds', 'three quarters of'
    num = _simple_number_word(w)
    if num is not None and num >= 1 and low(i + 1) in _FRACTION_WORDS and low(i + 1) not in {"half"}:
        den = _FRACTION_WORDS[low(i + 1)]
        if num < den and (num > 1 or low(i + 2) == "of"):
            return 100.0 * num / den, i + 2
    # 'a third of', 'a quarter of', 'one third'
    if w in {"a", "one"} and low(i + 1) in _FRACTION_WORDS and low(i + 1) != "half":
        if low(i + 2) == "of" and not (low(i + 1) == "quarter" and low(i + 3) in {"a", "the"} and low(i + 4) == "century"):
            return 100.0 / _FRACTION_WORDS[low(i + 1)], i + 2
    # 'half of', 'nearly half', 'half the'
    if w == "half":
        prev = low(i - 1)
        nxt = low(i + 1)
        if prev in {"first", "second", "latter", "former", "and", "the", "a", "one", "last"}:
            return None
        if nxt in {"a", "an"} or _unit_of(nxt) in _TIME_UNITS or nxt in {"-", "time"}:
            return None
        if nxt in {"of", "the", "its", "their", "his", "her", "all"} or prev in _HEDGE_WORDS or prev in {"by", "than"}:
            return 50.0, i + 1
    return None


_HEDGE_WORDS = {
    "nearly", "almost", "about", "around", "roughly", "approximately", "some", "over",
    "under", "than", "least", "most", "just", "barely", "only", "estimated", "little",
    "fully", "exactly", "precisely", "well",
}  # fmt: skip


def _fmt_num(v: float) -> str:
    if abs(v - round(v)) < 1e-9:
        return str(int(round(v)))
    return f"{v:.4f}".rstrip("0").rstrip(".")


def _unit_of(word: str) -> str:
    """Map a time-unit word to its singular key ('years' -> 'year')."""
    w = word.lower()
    if w.endswith("s") and w[:-1] in _TIME_UNITS:
        return w[:-1]
    if w == "centuries":
        return "century"
    return w


# --------------------------------------------------------------------------------------
# Time references
# --------------------------------------------------------------------------------------

_MONTH_RE = (
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
)
_WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s)?"
_ORD = r"(?:st|nd|rd|th)?"

_DATE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mon>\d{2})-(?P<day>\d{2})\b")),
    (
        "mdy",
        re.compile(
            rf"\b(?:(?P<wd>{_WEEKDAY_RE}),?\s+)?(?P<month>{_MONTH_RE})\s+(?P<day>\d{{1,2}}){_ORD}\b"
            rf"(?:,?\s+(?P<year>(?:19|20)\d{{2}})\b)?"
        ),
    ),
    (
        "dmy",
        re.compile(
            rf"\b(?:(?P<wd>{_WEEKDAY_RE}),?\s+)?(?:the\s+)?(?P<day>\d{{1,2}}){_ORD}\s+(?:of\s+)?"
            rf"(?P<month>{_MONTH_RE})(?:,?\s+(?P<year>(?:19|20)\d{{2}})\b)?"
        ),
    ),
]

_CLOCK_RE = re.compile(
    r"(?P<mod>(?:(?:at\s+)?(?:shortly|just|soon|right|sometime|some\s+time|not\s+long)\s+(?:after|before)"
    r"|after|before|by|until|till|around|about|at\s+about|at\s+around|approximately|roughly|circa"
    r"|between|from)\s+)?"
    r"(?:(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?\s?(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)"
    r"|(?P<h24>[01]?\d|2[0-3])[:h](?P<m24>[0-5]\d)\b"
    r"|(?P<word>noon|midday|midnight)\b"
    r"|(?P<hoc>\d{1,2})\s+o'clock\b)"
    r"(?:\s*(?P<tz>GMT|BST|UTC|CET|CEST|EST|EDT|ET|PST|PDT|PT|CST|CDT|MSK|IST|JST|AEST|AEDT|local\s+time|\(\d{1,2}[:.]\d{2}\s*(?:GMT|UTC)\)))?",
    re.IGNORECASE,
)

_PERIOD_RE = re.compile(
    r"(?P<mod>\b(?:by|before|after|until|till|since|from|in|during|through|throughout|for)\s+)?"
    r"(?:"
    r"(?:the\s+)?(?P<qord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+quarter"
    r"(?:\s+of\s+(?:(?P<qyear>(?:19|20)\d{2})|(?P<qrel>the\s+year|this\s+year|next\s+year|last\s+year)))?"
    r"|\bQ(?P<qnum>[1-4])(?:\s+(?P<qyear2>(?:19|20)\d{2}))?"
    r"|(?:the\s+)?(?P<hord>first|second|1st|2nd|latter)\s+half(?:\s+of\s+(?:(?P<hyear>(?:19|20)\d{2})|(?P<hrel>the\s+year|this\s+year|next\s+year|last\s+year)))?"
    r"|\bH(?P<hnum>[12])\s+(?P<hyear2>(?:19|20)\d{2})"
    r"|(?P<ymod>early|mid|late|the\s+end\s+of|end\s+of|the\s+start\s+of|start\s+of|the\s+beginning\s+of|beginning\s+of|the\s+middle\s+of|the\s+turn\s+of)[\s-]+(?P<yyear>(?:19|20)\d{2}|the\s+year|this\s+year|next\s+year)"
    r"|(?P<smod>this|next|last|the|early|late|mid|the\s+coming)?[\s-]*\b(?P<season>spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?(?P<syear>(?:19|20)\d{2}))?"
    r"|(?P<mmod>early|mid|late|the\s+end\s+of|end\s+of|the\s+start\s+of|start\s+of|the\s+beginning\s+of|beginning\s+of|the\s+middle\s+of)?[\s-]*"
    rf"(?P<month>{_MONTH_RE})(?:,?\s+(?P<myear>(?:19|20)\d{{2}}))?"
    r"|(?P<rel>this|next|last)\s+(?P<relunit>year|month|week)"
    r"|(?P<year>\b(?:19|20)\d{2})\b(?!\s*[-/]\s*\d)"
    r")",
    re.IGNORECASE,
)

_RELDAY_RE = re.compile(
    r"\b(?P<mod>early|late|earlier|later)?\s*(?P<rel>yesterday|today|tonight|tomorrow|last\s+night|overnight"
    r"|this\s+(?:morning|afternoon|evening))\b(?:\s+(?P<part>morning|afternoon|evening|night))?",
    re.IGNORECASE,
)

_WEEKDAY_FULL_RE = re.compile(
    r"(?P<pre>\b(?:(?:early|late)\s+(?:on\s+)?|(?:last|this|next|on|by|until|since|from|overnight|the\s+night\s+of|the\s+early\s+hours\s+of)\s+)*)"
    rf"(?P<wd>{_WEEKDAY_RE})"
    r"(?P<post>\s+(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night|overnight))?",
)

_FUTURE_MARKERS = {
    "should", "may", "might", "must",
    "will", "'ll", "shall", "would", "due", "scheduled", "expected", "plans", "planned",
    "plan", "set", "going", "next", "upcoming", "coming", "intends", "aims", "hopes",
    "expects", "tomorrow", "later",
}  # fmt: skip
_PAST_MARKERS = {"was", "were", "had", "did", "said", "told", "last", "ago", "yesterday", "earlier"}

_DAYPARTS = {
    "morning": (5, 12), "afternoon": (12, 18), "evening": (17, 24), "night": (18, 30),
    "overnight": (20, 32), "early": (0, 12), "late": (15, 27), "tonight": (18, 30),
}  # fmt: skip


_INTENT_VERBS = {
    "agreed", "agree", "agrees", "decided", "decide", "pledged", "promised", "vowed", "aims", "aimed",
    "hopes", "hoped", "intends", "intended", "wants", "wanted", "plans", "planned", "plan", "sought",
    "seeks", "expects", "expected", "is", "are", "was", "were", "has", "have", "need", "needs",
    "likely", "able", "ready", "prepared", "set", "due", "going", "offered", "threatened",
}  # fmt: skip
_IRREGULAR_PAST = {
    "was", "were", "had", "did", "went", "took", "made", "gave", "said", "told", "found", "left",
    "won", "lost", "met", "paid", "sold", "bought", "brought", "held", "kept", "ran", "began",
    "saw", "came", "knew", "thought", "sent", "spent", "built", "fell", "rose", "struck", "shot",
    "fled", "led", "sought", "caught", "taught", "fought", "chose", "drove", "wrote", "spoke",
    "broke", "stole", "froze", "flew", "grew", "threw", "drew", "withdrew", "became", "got",
    "felt", "heard", "meant", "stood", "understood", "wore", "woke", "hid", "swore", "forgave",
    "overtook", "arose", "sank", "sprang", "shook", "dealt", "lent", "bent", "fed", "slept",
    "swept", "hung", "stuck", "ago", "last", "yesterday", "earlier", "previously",
}  # fmt: skip


def _is_past_word(w: str, prev: str) -> bool:
    if prev in {"be", "been", "being", "to", "is", "are", "get", "will", "remain", "remains", "stay", "stays", "become", "becomes", "keep", "keeps"} and w not in {"was", "were", "had", "did"}:
        return False  # a participle after 'be' ('will be held') or an infinitive
    if w in _IRREGULAR_PAST:
        return True
    return w.endswith("ed") and len(w) > 4


def _tense(text: str, start: int, end: int) -> str:
    """'future', 'past' or '' (no marker) for the time reference at [start, end)."""
    left = re.findall(r"[A-Za-z']+", text[max(0, start - 80) : start].lower())[-10:]
    for k in range(len(left) - 1, -1, -1):
        w = left[k]
        if w in _FUTURE_MARKERS or w.endswith("'ll"):
            return "future"
        if w == "to" and k > 0 and left[k - 1] in _INTENT_VERBS:
            return "future"  # 'agreed to hold talks in the autumn'
        if _is_past_word(w, left[k - 1] if k > 0 else ""):
            return "past"
    right = re.findall(r"[A-Za-z']+", text[end : end + 60].lower())[:6]
    for k, w in enumerate(right):
        if w in {"will", "shall"} or w.endswith("'ll"):
            return "future"
        if _is_past_word(w, right[k - 1] if k > 0 else ""):
            return "past"
    return ""


def _is_future(text: str, start: int, end: int) -> bool | None:
    """True in a future context, False in a past one, None when the sentence does not say."""
    t = _tense(text, start, end)
    return True if t == "future" else (False if t == "past" else None)


def _pub_date(published: datetime | None) -> date | None:
    return published.date() if published is not None else None


def _month_start(y: int, m: int) -> datetime:
    return datetime(y, m, 1)


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _resolve_year_for(month: int, day: int | None, pub: date, future: bool | None) -> int:
    """The year that makes month/day the most recent (past), next (future) or nearest
    (tense unknown) occurrence."""
    y = pub.year
    if future is None:
        best = y
        best_dist = None
        for cy in (y - 1, y, y + 1):
            try:
                c0 = date(cy, month, day or 1)
            except ValueError:
                c0 = date(cy, month, 28)
            c1 = c0 if day else date(*_add_months(cy, month, 1), 1) - timedelta(days=1)
            dist = 0 if c0 <= pub <= c1 else min(abs((c0 - pub).days), abs((c1 - pub).days))
            # ties go to the past
            if best_dist is None or dist < best_dist or (dist == best_dist and cy < best):
                best, best_dist = cy, dist
        return best
    d = day or 1
    try:
        cand = date(y, month, min(d, 28) if day is None else d)
    except ValueError:
        cand = date(y, month, 28)
    if future:
        if day is None:
            return y if month >= pub.month else y + 1
        return y if cand >= pub else y + 1
    if day is None:
        return y if month <= pub.month else y - 1
    return y if cand <= pub else y - 1


def _day_label(d: date) -> str:
    return f"{_WD_NAMES[d.weekday()]} {d.day} {_MON_ABBR[d.month - 1]} {d.year}"


def _clock_label(minutes: float) -> str:
    m = int(minutes) % 1440
    return f"{m // 60:02d}:{m % 60:02d}"


_BASE_WEEK = datetime(2001, 1, 1)  # a Monday
_BASE_YEAR = 2000


def _extract_times(text: str, published: datetime | None) -> list[TimeRef]:
    refs: list[TimeRef] = []
    taken: list[tuple[int, int]] = []
    pub = _pub_date(published)

    def free(s: int, e: int) -> bool:
        return all(e <= ts or s >= te for ts, te in taken)

    def add(ref: TimeRef) -> None:
        refs.append(ref)
        taken.append(ref.span)

    # 1. full dates
    for _name, pat in _DATE_PATTERNS:
        for m in pat.finditer(text):
            if not free(m.start(), m.end()):
                continue
            gd = m.groupdict()
            if "mon" in gd and gd.get("mon"):
                month = int(gd["mon"])
            else:
                month = MONTHS[gd["month"].rstrip(".").lower()]
            day = int(gd["day"])
            if not 1 <= month <= 12 or not 1 <= day <= 31:
                continue
            wd = WEEKDAYS.get((gd.get("wd") or "").lower().removesuffix("'s"))
            future = _is_future(text, m.start(), m.end())
            if gd.get("year"):
                year = int(gd["year"])
                anchor = "absolute"
            elif pub is not None:
                year = _resolve_year_for(month, day, pub, future)
                anchor = "absolute"
            else:
                year = _BASE_YEAR
                anchor = "monthday"
            try:
                d = date(year, month, day)
            except ValueError:
                continue
            start = datetime(d.year, d.month, d.day)
            part = _daypart_after(text, m.end())
            s, e = _apply_daypart(start, part)
            label = _day_label(d) if anchor == "absolute" else f"{d.day} {_MON_ABBR[month - 1]}"
            mod = _bound_modifier(text, m.start())
            add(TimeRef(m.group(), m.span(), "date", 1, s, e, anchor, label, wd, "", mod, not gd.get("year") and pub is not None))

    # 2. weekdays (not already inside a date)
    for m in _WEEKDAY_FULL_RE.finditer(text):
        ws, we = m.span("wd")
        if not free(ws, we):
            continue
        pre = (m.group("pre") or "").lower().split()
        post = (m.group("post") or "").lower().split()
        wd = WEEKDAYS[m.group("wd").lower().removesuffix("'s")]
        future = True if "next" in pre else (False if "last" in pre else _is_future(text, m.start("wd"), m.end()))
        if future is None:
            # no tense marker: the nearest such day (ties to the past)
            future = (wd - pub.weekday()) % 7 < (pub.weekday() - wd) % 7 if pub is not None else False
        part = ""
        for w in post:
            if w in _DAYPARTS:
                part = w
        if not part:
            if "early" in pre or "hours" in pre:
                part = "early"
            elif "late" in pre:
                part = "late"
            elif "overnight" in pre or ("night" in pre and "of" in pre):
                part = "night"
        if "late" in post and part == "night":
            part = "late night"
        if "early" in post and part == "morning":
            part = "early"
        s_span = m.start("wd")
        if any(w in {"early", "late", "overnight", "last", "this", "next"} for w in pre):
            s_span = m.start()
            if (m.group("pre") or "").lower().startswith(("on ", "by ", "until ", "since ", "from ")):
                s_span = m.start() + len((m.group("pre") or "").split()[0]) + 1
        e_span = m.end()
        span = (s_span, e_span)
        mod = _bound_modifier(text, m.start("wd") if not pre else m.start())
        if pub is not None:
            delta = (pub.weekday() - wd) % 7
            if future:
                fdelta = (wd - pub.weekday()) % 7
                if "next" in pre and fdelta == 0:
                    fdelta = 7
                d = pub + timedelta(days=fdelta)
            else:
                if "last" in pre and delta == 0:
                    delta = 7
                d = pub - timedelta(days=delta)
            base = datetime(d.year, d.month, d.day)
            s, e = _apply_daypart(base, part)
            label = _day_label(d) + (f" {part}" if part else "")
            add(TimeRef(text[span[0] : span[1]], span, "weekday", 1, s, e, "absolute", label, wd, "", mod, True))
        else:
            base = _BASE_WEEK + timedelta(days=wd)
            s, e = _apply_daypart(base, part)
            label = _WD_NAMES[wd] + (f" {part}" if part else "")
            add(TimeRef(text[span[0] : span[1]], span, "weekday", 1, s, e, "weekday", label, wd, "", mod))

    # 3. yesterday / today / last night ...
    for m in _RELDAY_RE.finditer(text):
        if not free(m.start("rel"), m.end("rel")):
            continue
        rel = re.sub(r"\s+", " ", m.group("rel").lower())
        part = (m.group("part") or "").lower()
        mod = (m.group("mod") or "").lower()
        offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "last night": -1, "overnight": 0}.get(
            rel, 0
        )
        if rel.startswith("this "):
            part = rel.split()[1]
        if rel in {"tonight", "last night"}:
            part = "night"
        if rel == "overnight":
            part = "overnight"
            offset = -1
        if mod in {"early", "late"} and not part:
            part = mod
        span = (m.start("mod") if m.group("mod") and mod in {"early", "late"} else m.start("rel"), m.end())
        if pub is None:
            add(TimeRef(text[span[0] : span[1]], span, "relative", 1, None, None, "none", rel))
            continue
        d = pub + timedelta(days=offset)
        s, e = _apply_daypart(datetime(d.year, d.month, d.day), part)
        add(TimeRef(text[span[0] : span[1]], span, "relative", 1, s, e, "absolute", _day_label(d) + (f" {part}" if part else "")))

    # 4. clock times
    for m in _CLOCK_RE.finditer(text):
        core_start = m.start("h") if m.group("h") else m.start("h24") if m.group("h24") else (
            m.start("word") if m.group("word") else m.start("hoc")
        )
        if not free(core_start, m.end()):
            continue
        ref = _clock_ref(m, text)
        if ref is not None:
            add(ref)

    # 5. months, seasons, quarters, years
    for m in _PERIOD_RE.finditer(text):
        core_start = m.end("mod") if m.group("mod") else m.start()
        # trim leading whitespace of optional empty groups
        while core_start < m.end() and text[core_start].isspace():
            core_start += 1
        if core_start >= m.end() or not free(core_start, m.end()):
            continue
        ref = _period_ref(m, text, published, core_start)
        if ref is not None:
            add(ref)

    refs.sort(key=lambda r: r.span)
    return refs


def _bound_modifier(text: str, start: int) -> str:
    left: list[str] = re.findall(r"[A-Za-z]+", text[max(0, start - 20) : start].lower())
    if left and left[-1] in {"by", "before", "after", "until", "till", "since"}:
        return "until" if left[-1] == "till" else left[-1]
    return ""


def _daypart_after(text: str, end: int) -> str:
    m = re.match(r"\s+(morning|afternoon|evening|night)\b", text[end:], re.IGNORECASE)
    return m.group(1).lower() if m else ""


def _apply_daypart(base: datetime, part: str) -> tuple[datetime, datetime]:
    if part == "late night":
        return base + timedelta(hours=21), base + timedelta(hours=30)
    if part in _DAYPARTS:
        a, b = _DAYPARTS[part]
        return base + timedelta(hours=a), base + timedelta(hours=b)
    return base, base + timedelta(days=1)


def _clock_ref(m: re.Match[str], text: str) -> TimeRef | None:
    mod = re.sub(r"\s+", " ", (m.group("mod") or "").strip().lower())
    if m.group("h"):
        h = int(m.group("h"))
        mi = int(m.group("m") or 0)
        if h > 12:
            return None
        pm = m.group("ampm").lower().startswith("p")
        if h == 12:
            h = 0
        if pm:
            h += 12
        exact = m.group("m") is not None
    elif m.group("h24"):
        h, mi = int(m.group("h24")), int(m.group("m24"))
        exact = True
        # '10.15' without am/pm is too ambiguous (could be a decimal); the regex needs ':' or 'h'
    elif m.group("word"):
        w = m.group("word").lower()
        h, mi = (0, 0) if w == "midnight" else (12, 0)
        exact = False
    else:
        h, mi = int(m.group("hoc")), 0
        exact = False
        if h > 12:
            return None
    if h > 23:
        return None
    t = h * 60 + mi
    if mod in {"between", "from"}:
        mod = ""
    if mod.endswith("after") and ("shortly" in mod or "just" in mod or "soon" in mod or "right" in mod or "not long" in mod):
        lo, hi = t, t + 45
    elif mod.endswith("before") and ("shortly" in mod or "just" in mod or "soon" in mod or "right" in mod or "not long" in mod):
        lo, hi = t - 45, t
    elif mod.endswith("after"):
        lo, hi = t, t + 360
    elif mod.endswith("before") or mod in {"by", "until", "till"}:
        lo, hi = t - 720, t
    elif mod in {"around", "about", "at about", "at around", "approximately", "roughly", "circa"}:
        lo, hi = t - 30, t + 31
    elif exact:
        lo, hi = t, t + 1
    else:
        lo, hi = t - 10, t + 31
    tz = re.sub(r"\s+", " ", (m.group("tz") or "").strip().upper())
    if tz.startswith("("):
        tz = ""
    base = _BASE_WEEK
    s = base + timedelta(minutes=lo)
    e = base + timedelta(minutes=hi)
    label = (mod + " " if mod else "") + _clock_label(t)
    span_start = m.start() if mod else (m.start("h") if m.group("h") else m.start())
    return TimeRef(text[span_start : m.end()].strip(), (span_start, m.end()), "clock", 0, s, e, "clock", label, None, tz,
                   mod if mod in {"by", "before", "after", "until"} else "")  # fmt: skip


_QORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4, "last": 4}


def _rel_year(rel: str | None, pub: date | None) -> int | None:
    if not rel:
        return None
    rel = re.sub(r"\s+", " ", rel.lower())
    if pub is None:
        return None
    return {"the year": pub.year, "this year": pub.year, "next year": pub.year + 1, "last year": pub.year - 1}.get(rel)


def _period_ref(m: re.Match[str], text: str, published: datetime | None, core_start: int) -> TimeRef | None:
    g = m.groupdict()
    pub = _pub_date(published)
    mod = (g.get("mod") or "").strip().lower()
    mod = {"till": "until"}.get(mod, mod)
    bound = mod if mod in {"by", "before", "after", "until", "since"} else ""
    future = _is_future(text, m.start(), m.end())
    span = (core_start, m.end())
    span_text = text[span[0] : span[1]]
    anchor = "absolute"

    def year_or(y: str | None, rel: str | None) -> int | None:
        if y:
            return int(y)
        r = _rel_year(rel, pub)
        if r is not None:
            return r
        return None

    level = 3
    start: datetime
    end: datetime
    if g.get("qord") or g.get("qnum"):
        q = _QORD.get((g.get("qord") or "").lower()) or int(g.get("qnum") or 0)
        y = year_or(g.get("qyear") or g.get("qyear2"), g.get("qrel"))
        if y is None:
            if g.get("qord") and not (g.get("qyear") or g.get("qrel")):
                # 'the third quarter' alone: assume the publication year
                if pub is None:
                    return None
                y = pub.year
            elif pub is None:
                return None
            else:
                y = pub.year
        start = _month_start(y, 3 * (q - 1) + 1)
        ey, em = _add_months(y, 3 * (q - 1) + 1, 3)
        end = _month_start(ey, em)
        label = f"Q{q} {y}"
    elif g.get("hord") or g.get("hnum"):
        hw = (g.get("hord") or "").lower()
        hn = 2 if hw in {"second", "2nd", "latter"} else 1
        if g.get("hnum"):
            hn = int(g["hnum"])
        y = year_or(g.get("hyear") or g.get("hyear2"), g.get("hrel"))
        if y is None:
            if pub is None:
                return None
            # 'the first half' alone is often a sports half: only trust it with 'of the year'
            if not g.get("hrel"):
                return None
            y = pub.year
        start = _month_start(y, 1 if hn == 1 else 7)
        end = _month_start(y, 7) if hn == 1 else _month_start(y + 1, 1)
        label = f"H{hn} {y}"
    elif g.get("ymod"):
        ymod = re.sub(r"\s+", " ", g["ymod"].lower()).removeprefix("the ")
        yy = g["yyear"].lower()
        y = int(yy) if yy[:1].isdigit() else _rel_year(yy, pub)
        if y is None:
            return None
        a, b = {
            "early": (1, 4), "mid": (5, 9), "late": (10, 13), "end of": (10, 13),
            "start of": (1, 4), "beginning of": (1, 4), "middle of": (4, 9), "turn of": (-1, 3),
        }[ymod]  # fmt: skip
        sy, sm = _add_months(y, 1, a - 1)
        ey, em = _add_months(y, 1, b - 1)
        start, end = _month_start(sy, sm), _month_start(ey, em)
        label = f"{ymod} {y}"
    elif g.get("season"):
        season = g["season"].lower()
        smod = re.sub(r"\s+", " ", (g.get("smod") or "").lower()).strip()
        if season == "fall" and not (smod or mod in {"in", "by", "until", "during", "since"} or g.get("syear")):
            return None
        if season in {"spring", "fall"} and not (smod or mod or g.get("syear")):
            return None
        if not (smod or mod or g.get("syear")):
            return None
        rng = {"spring": (3, 1, 6, 21), "summer": (6, 1, 9, 22), "autumn": (9, 1, 12, 21), "fall": (9, 1, 12, 21),
               "winter": (12, 1, 3, 20)}[season]  # fmt: skip
        if g.get("syear"):
            y = int(g["syear"])
        elif pub is None:
            y = _BASE_YEAR
            anchor = "monthday"
        else:
            sm_ = rng[0]
            if smod == "next":
                y = pub.year if sm_ > pub.month else pub.year + 1
            elif smod == "last":
                y = pub.year if sm_ + 3 <= pub.month else pub.year - 1
            elif future or bound == "by":
                y = pub.year if pub.month < sm_ + 3 else pub.year + 1
            elif smod == "this" or smod == "the coming":
                y = pub.year
            else:
                y = pub.year if sm_ <= pub.month else pub.year - 1
        start = datetime(y, rng[0], rng[1])
        end = datetime(y + (1 if rng[2] < rng[0] else 0), rng[2], rng[3])
        if smod in {"early", "late", "mid"}:
            span_days = (end - start).days
            if smod == "early":
                end = start + timedelta(days=span_days // 2)
            elif smod == "late":
                start = start + timedelta(days=span_days // 2)
        label = f"{season} {y}" if anchor == "absolute" else season
    elif g.get("month"):
        mon_word = g["month"].rstrip(".")
        if mon_word == "May" or mon_word.lower() == "may":
            # 'May' is a modal verb too: require a date-like context
            if not (g.get("myear") or g.get("mmod") or mod in {"in", "by", "until", "since", "from", "during", "before", "after"}):
                return None
        if mon_word[0].islower():
            return None
        if mon_word.lower() in {"mar", "jan", "jun", "jul", "aug", "oct", "nov", "dec", "sep", "feb", "apr"} and not m.group().endswith(".") and not g.get("myear"):
            # short forms without a dot ('Mar') are rare in prose; skip unless dated
            if not g.get("mmod"):
                return None
        if not (g.get("myear") or g.get("mmod") or mod):
            # a bare month name mid-sentence is usually still a date ('talks resume in March')
            if core_start > 0 and text[core_start - 1 : core_start] not in {" ", "("}:
                return None
        month = MONTHS[mon_word.lower()]
        if g.get("myear"):
            y = int(g["myear"])
        elif pub is None:
            y = _BASE_YEAR
            anchor = "monthday"
        else:
            y = _resolve_year_for(month, None, pub, True if bound == "by" else future)
        start = _month_start(y, month)
        ey, em = _add_months(y, month, 1)
        end = _month_start(ey, em)
        mmod = re.sub(r"\s+", " ", (g.get("mmod") or "").lower()).removeprefix("the ")
        ndays = (end - start).days
        if mmod == "early" or mmod in {"start of", "beginning of"}:
            end = start + timedelta(days=11)
        elif mmod in {"mid", "middle of"}:
            start, end = start + timedelta(days=9), start + timedelta(days=21)
        elif mmod in {"late", "end of"}:
            start = start + timedelta(days=ndays - 12)
        level = 2
        label = (f"{mmod} " if mmod else "") + (f"{_MON_ABBR[month - 1]} {y}" if anchor == "absolute" else _MON_ABBR[month - 1])
    elif g.get("rel"):
        if pub is None:
            return None
        rel = g["rel"].lower()
        unit = g["relunit"].lower()
        k = {"this": 0, "next": 1, "last": -1}[rel]
        if unit == "year":
            start, end = datetime(pub.year + k, 1, 1), datetime(pub.year + k + 1, 1, 1)
            level = 4
            label = str(pub.year + k)
        elif unit == "month":
            y, mo = _add_months(pub.year, pub.month, k)
            ey, em = _add_months(y, mo, 1)
            start, end = _month_start(y, mo), _month_start(ey, em)
            level = 2
            label = f"{_MON_ABBR[mo - 1]} {y}"
        else:
            monday = pub - timedelta(days=pub.weekday()) + timedelta(days=7 * k)
            start = datetime(monday.year, monday.month, monday.day)
            end = start + timedelta(days=7)
            # 'last week' is used loosely in news: any time in the fortnight before publication
            if k == -1:
                start, end = datetime(pub.year, pub.month, pub.day) - timedelta(days=14), datetime(pub.year, pub.month, pub.day)
            elif k == 1:
                start, end = datetime(pub.year, pub.month, pub.day) + timedelta(days=1), datetime(pub.year, pub.month, pub.day) + timedelta(days=15)
            level = 2
            label = f"week of {monday.isoformat()}"
    elif g.get("year"):
        y = int(g["year"])
        s0 = m.start("year")
        before = text[max(0, s0 - 3) : s0]
        after = text[m.end() : m.end() + 25]
        if re.search(r"[$€£¥\d,.]\s?$", before) or re.match(r"\s*(?:%|per\s?cent|percent)", after):
            return None
        if re.match(r"(?:\s*(?:,\d{3}|\.\d))", after):
            return None
        # '1,900 people' is handled by the comma check; '1900 people' (count) vs 'in 1900'
        nxt = re.match(r"\s+([a-z]+)", after)
        if nxt and nxt.group(1).endswith("s") and nxt.group(1) not in {"was", "has", "is", "as", "its", "this"} and mod not in {"in", "since", "by", "until", "before", "after", "from", "during", "for"}:
            return None
        if not 1900 <= y <= 2100:
            return None
        start, end = datetime(y, 1, 1), datetime(y + 1, 1, 1)
        level = 4
        label = str(y)
    else:
        return None
    if bound == "by" or bound == "until" or bound == "before":
        # a deadline: any time up to the end of the period (before: up to its start)
        open_start = datetime(1900, 1, 1)
        if bound == "before":
            end = start
        if pub is not None and future:
            open_start = datetime(pub.year, pub.month, pub.day)
        start = min(open_start, start)
        label = f"{bound} {label}"
    elif bound == "after":
        start = end
        end = datetime(2200, 1, 1)
        label = f"after {label}"
    explicit = any(g.get(k) for k in ("qyear", "qyear2", "hyear", "hyear2", "yyear", "syear", "myear", "year", "qrel", "hrel", "rel"))
    return TimeRef(span_text, span, "year" if level == 4 else ("month" if level == 2 else "period"), level, start, end,
                   anchor, label, None, "", bound, anchor == "absolute" and not explicit)  # fmt: skip


def format_timeref(t: TimeRef) -> str:
    if t.start is None or t.end is None:
        return t.label
    if t.anchor == "clock":
        return f"[{_clock_label((t.start - _BASE_WEEK).total_seconds() / 60)}, {_clock_label((t.end - _BASE_WEEK).total_seconds() / 60)})"
    if t.anchor == "weekday":
        return t.label
    if t.anchor == "monthday":
        if t.level == 1:
            return t.start.strftime("--%m-%d")
        return f"--{t.start:%m}"
    if t.level == 1 and t.end - t.start == timedelta(days=1) and t.start.hour == 0:
        return t.start.date().isoformat()
    if t.start.year <= 1900:
        return f"(-inf, {t.end.date().isoformat()})"
    if t.end.year >= 2200:
        return f"[{t.start.date().isoformat()}, inf)"
    if t.level == 1:
        return f"[{t.start.isoformat(timespec='minutes')}, {t.end.isoformat(timespec='minutes')})"
    return f"[{t.start.date().isoformat()}, {t.end.date().isoformat()})"


# --------------------------------------------------------------------------------------
# Quantities
# --------------------------------------------------------------------------------------

_CURRENCY_PREFIX = {
    "us$": "USD", "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD", "nz$": "NZD", "hk$": "HKD",
    "s$": "SGD", "r$": "BRL", "€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB",
    "eur": "EUR", "usd": "USD", "gbp": "GBP", "jpy": "JPY", "chf": "CHF", "cny": "CNY", "inr": "INR",
    "aud": "AUD", "cad": "CAD", "rub": "RUB", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "pln": "PLN",
}  # fmt: skip
_CURRENCY_WORDS = {
    "euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "pound": "GBP",
    "pounds": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "rupee": "INR", "rupees": "INR", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB",
    "rubles": "RUB", "franc": "CHF", "francs": "CHF", "krona": "SEK", "kronor": "SEK",
    "krone": "NOK", "kroner": "NOK", "zloty": "PLN", "eur": "EUR", "usd": "USD", "gbp": "GBP",
}  # fmt: skip
_MULTS = {
    "trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "b": 1e9, "million": 1e6, "mn": 1e6,
    "mln": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3, "hundred": 100,
}  # fmt: skip
_MEASURE_UNITS = {
    "km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
    "miles": "mile", "mile": "mile", "metres": "m", "meters": "m", "metre": "m", "meter": "m",
    "feet": "ft", "foot": "ft", "ft": "ft", "kg": "kg", "kilograms": "kg", "kilogram": "kg",
    "kilos": "kg", "tonnes": "t", "tonne": "t", "tons": "t", "ton": "t", "litres": "l",
    "liters": "l", "litre": "l", "gallons": "gal", "barrels": "bbl", "barrel": "bbl",
    "degrees": "deg", "acres": "acre", "acre": "acre", "hectares": "ha", "hectare": "ha",
    "mph": "mph", "kph": "kph", "km/h": "kph", "cm": "cm", "centimetres": "cm", "mm": "mm",
    "inches": "in", "inch": "in", "megawatts": "MW", "mw": "MW", "gigawatts": "GW", "gw": "GW",
    "magnitude": "magnitude",
}  # fmt: skip
_ID_LABELS = {
    "no", "no.", "number", "#", "route", "article", "section", "chapter", "flight", "room",
    "page", "level", "category", "phase", "stage", "grade", "tier", "line", "gate", "platform",
    "terminal", "ward", "district", "bus", "seat", "track", "highway", "interstate", "paragraph",
    "clause", "resolution", "amendment", "unit", "block", "lot", "floor", "building", "case",
    "version", "season", "episode", "volume", "issue", "bill", "act", "decree", "rule", "item",
}  # fmt: skip
_HEDGES: list[tuple[str, str]] = [
    # (regex on the words before the number, normalised hedge)
    (r"(?:just|slightly|a\s+little|a\s+bit)\s+(?:over|above|more\s+than)", "just over"),
    (r"(?:just|slightly|a\s+little)\s+(?:under|below|less\s+than|fewer\s+than|short\s+of)", "just under"),
    (r"(?:well\s+)?(?:more\s+than|over|above|upwards\s+of|in\s+excess\s+of|exceeding|north\s+of|greater\s+than)", "more than"),
    (r"(?:at\s+least|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of|not\s+less\s+than)", "at least"),
    (r"(?:fewer\s+than|less\s+than|under|below)", "less than"),
    (r"(?:up\s+to|as\s+many\s+as|as\s+much\s+as|as\s+high\s+as|at\s+most|no\s+more\s+than|a\s+maximum\s+of|not\s+more\s+than)", "up to"),
    (r"(?:nearly|almost|close\s+to|approaching|not\s+quite|just\s+shy\s+of|getting\s+on\s+for|the\s+best\s+part\s+of)", "nearly"),
    (r"(?:about|around|roughly|some|approximately|approx\.?|an\s+estimated|estimated|circa|c\.|~|in\s+the\s+region\s+of|on\s+the\s+order\s+of|close\s+on|or\s+so|upward\s+of|of\s+about|of\s+around|of\s+roughly|of\s+some|at\s+about|at\s+around|at\s+roughly|at\s+approximately|at\s+an\s+estimated|put\s+at)", "about"),
]
_HEDGE_RE = re.compile(r"(?:" + "|".join(f"(?P<h{i}>\\b{p})" for i, (p, _) in enumerate(_HEDGES)) + r")\s*$", re.IGNORECASE)

_VAGUE = [
    # (regex at the number position, low, high, noun-bearing?)
    (r"hundreds\s+of\s+thousands", 2e5, 1.5e6),
    (r"tens\s+of\s+thousands", 2e4, 1.5e5),
    (r"tens\s+of\s+millions", 2e7, 1.5e8),
    (r"hundreds\s+of\s+millions", 2e8, 1.5e9),
    (r"several\s+hundred(?:\s+thousand)?", 200, 999),
    (r"a\s+few\s+hundred", 200, 600),
    (r"several\s+thousand", 2000, 9999),
    (r"a\s+few\s+thousand", 2000, 6000),
    (r"a\s+few\s+dozen|several\s+dozen", 24, 100),
    (r"dozens", 20, 200),
    (r"scores", 40, 200),
    (r"hundreds", 150, 1500),
    (r"thousands", 1500, 15000),
    (r"millions", 1.5e6, 1.5e7),
    (r"billions", 1.5e9, 1.5e10),
]
_VAGUE_RE = re.compile(r"\b(?:" + "|".join(f"(?P<v{i}>{p})" for i, (p, _, _) in enumerate(_VAGUE)) + r")\b", re.IGNORECASE)

_NUM_RE = re.compile(
    r"(?P<cur>US\$|AU?\$|CA?\$|NZ\$|HK\$|S\$|R\$|[€$£¥₹₽]|\b(?:EUR|USD|GBP|JPY|CHF|CNY|INR|AUD|CAD|RUB|SEK|NOK|DKK|PLN)\s?)?"
    r"(?P<num>(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d.,])\d+(?:\.\d+)?)"
    r"(?P<mult>\s?(?:trillion|billion|million|thousand|bn|tn|mn|mln|m|k|b)\b)?"
    r"(?P<pct>\s?(?:%|per\s?cent\b|percent\b|pc\b|percentage\s+points?\b|points?\b))?",
    re.IGNORECASE,
)


def _extract_quantities(text: str, toks: list[_Tok], time_spans: list[tuple[int, int]]) -> list[Quantity]:
    norm = _NormText(text, _number_words(text, toks))
    nt = norm.text
    out: list[Quantity] = []
    used: list[tuple[int, int]] = []

    def overlaps_time(os_: int, oe: int) -> bool:
        return any(os_ < te and ts < oe for ts, te in time_spans)

    # match scores: 'beat Valencia 3-1' (only with sports wording around)
    if _SPORTS_RE.search(text):
        for m in _SCORE_RE.finditer(text):
            if overlaps_time(m.start(), m.end()):
                continue
            x, y = int(m.group(1)), int(m.group(2))
            hi_, lo_ = max(x, y), min(x, y)
            ctx = _context(toks, m.start(), m.end())
            out.append(Quantity(m.group(), m.span(), hi_ * 100 + lo_, hi_ * 100 + lo_, hi_ * 100 + lo_, "score", "", "", ctx, "", False, 0.0))
            time_spans = [*time_spans, m.span()]

    # zero: 'no one was hurt', 'nobody died', 'no injuries were reported'
    for m in _ZERO_RE.finditer(text):
        if overlaps_time(m.start(), m.end()):
            continue
        if m.group("noun"):
            noun_text = m.group("noun")
            noun_s = stem(noun_text)
        else:
            noun_text, noun_s = "people", "person"
        ctx = _context(toks, m.start(), m.end())
        out.append(Quantity(m.group("q"), m.span("q"), 0.0, 0.0, 0.0, "count", noun_s, noun_text, ctx, "", False, 0.5))

    # vague quantities ('dozens of', 'hundreds of thousands')
    for m in _VAGUE_RE.finditer(nt):
        os_, oe = norm.to_orig(m.start()), norm.to_orig(m.end(), True)
        if overlaps_time(os_, oe):
            continue
        key = next(k for k, v in m.groupdict().items() if v)
        lo, hi = _VAGUE[int(key[1:])][1:]
        after = nt[m.end() :]
        cur = ""
        cw = re.match(r"\s+(?:of\s+)?([a-z]+)", after, re.IGNORECASE)
        if cw and cw.group(1).lower() in _CURRENCY_WORDS:
            cur = _CURRENCY_WORDS[cw.group(1).lower()]
        dim = f"money:{cur}" if cur else "count"
        noun_s, noun_text = _noun_after(text, oe, skip_of=True)
        hedge_m = _HEDGE_RE.search(nt[max(0, m.start() - 40) : m.start()])
        hedge = "vague"
        q_start = os_
        if hedge_m:
            hedge = _hedge_name(hedge_m)
            q_start = norm.to_orig(max(0, m.start() - 40) + hedge_m.start())
            lo, hi = _apply_hedge(hedge, lo, hi, exact=False)
        # 'dozens' with 'more than' etc: keep the vague bounds
        ctx = _context(toks, os_, oe)
        out.append(
            Quantity(
                text[q_start:oe], (q_start, oe), (lo + min(hi, lo * 3)) / 2, lo, hi, dim, noun_s, noun_text, ctx,
                hedge, True,
            )
        )
        used.append((m.start(), m.end()))

    for m in _NUM_RE.finditer(nt):
        if any(m.start() < ue and us < m.end() for us, ue in used):
            continue
        ns, ne = m.start("num"), m.end("num")
        os_, oe = norm.to_orig(ns), norm.to_orig(ne, True)
        if overlaps_time(os_, oe):
            continue
        q = _quantity_from_match(m, norm, text, toks)
        if q is not None:
            out.append(q)
    out.sort(key=lambda q: (q.span[0], -q.span[1]))
    # the upper end of a range ('300 to 400') is part of the first quantity
    kept: list[Quantity] = []
    for q in out:
        if kept and kept[-1].span[0] <= q.span[0] and q.span[1] <= kept[-1].span[1]:
            continue
        kept.append(q)
    return kept


_SCORE_RE = re.compile(r"(?<![\d.,-])(\d{1,2})\s?-\s?(\d{1,2})(?![\d.,%-])")
_SPORTS_RE = re.compile(
    r"\b(?:beat|beats|won|win|wins|lost|lose|loses|drew|draw|victory|defeat|defeated|thrash\w*|edged|"
    r"score\w*|scoreline|match|game|final|semi-final|league|cup|goals?|points?)\b",
    re.IGNORECASE,
)
_ZERO_RE = re.compile(
    r"\b(?P<q>[Nn]o\s+one|[Nn]obody|[Nn]o\s+(?:(?:other|further|new|serious|major)\s+)?(?P<noun>[a-z]+(?:ies|[^s]s)))\b"
    r"(?=\s+(?:were|was|have|has|had|died|survived|remain|remained|is|are|would|will|could|can|did)\b)"
)


def _hedge_name(m: re.Match[str]) -> str:
    for k, v in m.groupdict().items():
        if v:
            return _HEDGES[int(k[1:])][1]
    return ""


def _apply_hedge(hedge: str, lo: float, hi: float, exact: bool) -> tuple[float, float]:
    if hedge == "more than":
        return lo, INF
    if hedge == "at least":
        return lo, INF
    if hedge == "less than":
        return 0.0, hi
    if hedge == "up to":
        return 0.0, hi
    if hedge == "nearly":
        return lo * 0.88, hi
    if hedge == "about":
        return lo * 0.9, hi * 1.1
    if hedge == "just over":
        return lo, hi * 1.1
    if hedge == "just under":
        return lo * 0.9, hi
    return lo, hi


def _quantity_from_match(m: re.Match[str], norm: _NormText, text: str, toks: list[_Tok]) -> Quantity | None:
    nt = norm.text
    raw_num = m.group("num")
    ns, ne = m.start("num"), m.end("num")
    os_num, oe_num = norm.to_orig(ns), norm.to_orig(ne, True)
    from_fraction = norm.kind_at(ns, ne) == "fraction"
    from_words = norm.kind_at(ns, ne) == "number"
    try:
        value = float(raw_num.replace(",", ""))
    except ValueError:
        return None
    if "," in raw_num and not re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", raw_num):
        return None
    cur_raw = (m.group("cur") or "").strip()
    mult_raw = (m.group("mult") or "").strip().lower()
    pct_raw = re.sub(r"\s+", " ", (m.group("pct") or "").strip().lower())
    before = nt[max(0, m.start() - 30) : m.start()]
    orig_before = text[max(0, os_num - 30) : os_num]
    orig_after = text[oe_num : oe_num + 40]

    # identifiers glued to letters: 'G7', 'F-35', 'Covid-19', 'A320', '5G', '3D'
    if not from_words and not from_fraction:
        if re.search(r"[A-Za-z]-?$", orig_before) and not cur_raw and not re.search(r"(?:US|A|C|NZ|HK|S|R)\$$", orig_before):
            if not re.search(r"\b(?:EUR|USD|GBP|JPY|CHF|CNY|INR|AUD|CAD|RUB)\s?$", orig_before):
                return None
        if re.match(r"[A-Za-z]", orig_after) and not mult_raw and not re.match(
            r"(?:st|nd|rd|th|bn|tn|mn|m|k|b|km|kg|cm|mm|ft|pm|am|p\.m|a\.m|pc|mph|kph|mw|gw)\b", orig_after, re.I
        ):
            return None
        # ordinals '2nd', '21st'
        if re.match(r"(?:st|nd|rd|th)\b", orig_after):
            return None
        # scores '3-1' and '2-0' (a range needs the second number to be larger)
        sc = re.match(r"\s?-\s?(\d+)\b", orig_after)
        if sc and int(sc.group(1)) <= value and value < 100 and not pct_raw:
            return None
        scb = re.search(r"\b(\d+)\s?-\s?$", orig_before)
        if scb and int(scb.group(1)) >= value and value < 100:
            return None
        # decimal clock '10.30' handled by time extraction; phone-like numbers skipped
        if re.match(r"[/:]\d", orig_after) or re.search(r"\d[/:]$", orig_before):
            return None
    # 'm', 'k', 'b' only as multipliers when money is involved
    cur = _CURRENCY_PREFIX.get(cur_raw.lower(), "") if cur_raw else ""
    after_mult = nt[m.end("mult") if m.group("mult") else ne :]
    cw = re.match(r"\s*(?:of\s+)?([A-Za-z]+)", after_mult if not pct_raw else "")
    if not cur and cw and cw.group(1).lower() in _CURRENCY_WORDS:
        # '3.2 million pounds': pounds could be weight; treat as money (news prose)
        cur = _CURRENCY_WORDS[cw.group(1).lower()]
    if mult_raw in {"m", "k", "b"} and not cur:
        mult_raw = ""
    mult = _MULTS.get(mult_raw, 1.0)
    # label identifiers ('No. 2', 'Article 50', 'Category 4')
    prev_words = re.findall(r"[A-Za-z#.]+", orig_before)
    prev_word = prev_words[-1].lower().rstrip(".") if prev_words else ""
    if prev_words and prev_words[-1].lower() in {"no.", "no", "#", "nos."} and re.search(r"\bNo\.?\s*$|#\s*$", orig_before):
        return None
    id_label = ""
    if not cur and not pct_raw and not mult_raw and prev_word in _ID_LABELS and re.search(r"[A-Za-z#.]\s?$", orig_before):
        id_label = prev_word
    elif not cur and not pct_raw and not mult_raw and re.search(r"\b[A-Z][a-z]+\s$", orig_before) and not from_words:
        # 'Boeing 737', 'Apollo 11': capitalised word right before a bare number - unless it
        # starts the sentence or is a month (dates are removed earlier)
        cap = re.search(r"\b([A-Z][a-z]+)\s$", orig_before)
        assert cap is not None
        if os_num - len(cap.group(0)) > 0 and cap.group(1).lower() not in STOPWORDS:
            id_label = cap.group(1).lower()
    value *= mult

    # years as bare numbers are dates, handled elsewhere; skip any left
    if not cur and not pct_raw and not mult_raw and not from_words and re.fullmatch(r"(?:1[89]|20)\d{2}", raw_num):
        nxt = re.match(r"\s+([a-z]+)", orig_after)
        if not (nxt and nxt.group(1).endswith("s")):
            return None

    dim = "count"
    hedge = ""
    approximate = from_fraction
    lo = hi = value
    unit_factor = 1.0
    decimals = len(raw_num.split(".")[1]) if "." in raw_num else 0
    noun_s, noun_text = "", ""
    # where the number (with its multiplier / percent sign) ends in the normalised text
    base_end = m.end("pct") if m.group("pct") else (m.end("mult") if m.group("mult") and mult_raw else ne)
    # ranges: 'between 300 and 400', '300-400', '300 to 400', '10-15%'
    range_hi: float | None = None
    rng = re.match(
        r"\s?(-|to|and)\s?(?:US\$|[€$£])?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
        r"(\s?(?:trillion|billion|million|thousand|bn|tn|mn|m|k)\b)?",
        nt[base_end:],
    )
    is_between = bool(re.search(r"(?i)\bbetween\s+(?:US\$|[€$£])?$", nt[max(0, m.start() - 12) : m.start()]))
    if rng:
        joiner = rng.group(1)
        is_from = bool(re.search(r"(?i)\bfrom\s+(?:US\$|[€$£])?$", nt[max(0, m.start() - 12) : m.start()]))
        # 'rose 2.3% to 7,412' / 'fell from 40 to 35' are changes, not ranges
        is_change = bool(re.search(
            r"(?i)\b(?:rose|rise[sn]?|fell|fall(?:s|en)?|drop(?:ped|s)?|increas\w*|decreas\w*|climb\w*|jump\w*|"
            r"gr[eo]w\w*|declin\w*|slip\w*|slid\w*|surg\w*|plung\w*|soar\w*|rais\w*|cut|lower\w*|up|down)\b[^.;]{0,25}$",
            nt[max(0, m.start() - 40) : m.start()],
        ))
        pct_after2 = re.match(r"\s?(%|per\s?cent\b|percent\b)", nt[base_end + rng.end() :], re.IGNORECASE)
        if pct_raw and not pct_after2 and joiner != "-":
            is_change = True
        if joiner == "-" or (joiner == "to" and not is_from and not is_change) or (joiner == "and" and is_between):
            v2 = float(rng.group(2).replace(",", ""))
            m2 = _MULTS.get((rng.group(3) or "").strip().lower(), 0.0) or mult
            v2 *= m2
            if v2 > value and v2 <= value * 20:
                range_hi = v2
                base_end += rng.end()
                if not pct_raw:
                    pm = re.match(r"\s?(%|per\s?cent\b|percent\b)", nt[base_end:], re.IGNORECASE)
                    if pm:
                        pct_raw = pm.group(1).lower()
                        base_end += pm.end()
    span_end = norm.to_orig(base_end, True)
    after_base = nt[base_end:]
    cwm = re.match(r"\s*(?:of\s+)?([A-Za-z]+)", after_base) if not pct_raw else None
    if not cur and cwm and cwm.group(1).lower() in _CURRENCY_WORDS:
        cur = _CURRENCY_WORDS[cwm.group(1).lower()]
    if cur:
        dim = f"money:{cur}"
        if cwm and cwm.group(1).lower() in _CURRENCY_WORDS:
            span_end = norm.to_orig(base_end + cwm.end(), True)
        noun_s, noun_text = _noun_after(text, span_end, skip_of=False, money=True)
    elif pct_raw:
        if pct_raw.startswith("percentage point") or pct_raw.startswith("point"):
            if pct_raw.startswith("point") and not re.search(r"\bpercentage\s*$", before):
                dim = "points"  # '5 points' (a score or index points)
            else:
                dim = "pp"
        else:
            dim = "percent"
        noun_s, noun_text = _noun_after(text, span_end, skip_of=True)
    elif from_fraction:
        dim = "percent"
        noun_s, noun_text = _noun_after(text, span_end, skip_of=True)
    else:
        # units following the number
        um = re.match(r"(?:\s|-)?([A-Za-z/]+)(?:-([A-Za-z]+))?(?:-([A-Za-z]+))?", after_base)
        unit_w = um.group(1).lower() if um else ""
        tail = [um.group(2), um.group(3)] if um else []
        end_n = base_end + (um.end() if um else 0)
        if unit_w in {"year", "years"} and ((tail and tail[0] and tail[0].lower() == "old") or re.match(r"\s+old\b", nt[end_n:])):
            dim = "age"
            span_end = norm.to_orig(end_n, True)
            mo = re.match(r"\s+old\b", nt[end_n:])
            if mo:
                span_end = norm.to_orig(end_n + mo.end(), True)
        elif (_unit_of(unit_w) in _TIME_UNITS and unit_w not in {"second", "night"}) or unit_w in {"seconds", "nights"}:
            dim = "duration"
            k = _TIME_UNITS[_unit_of(unit_w)]
            unit_factor = k
            value, lo, hi = value * k, value * k, value * k
            if range_hi is not None:
                range_hi *= k
            span_end = norm.to_orig(base_end + len(re.match(r"(?:\s|-)?[A-Za-z/]+", after_base).group(0)), True)  # type: ignore[union-attr]
            noun_s, noun_text = _noun_after(text, span_end, skip_of=True)
        elif unit_w in _MEASURE_UNITS and not (unit_w == "m" and from_words):
            dim = f"measure:{_MEASURE_UNITS[unit_w]}"
            span_end = norm.to_orig(base_end + len(re.match(r"(?:\s|-)?[A-Za-z/]+", after_base).group(0)), True)  # type: ignore[union-attr]
            noun_s, noun_text = _noun_after(text, span_end, skip_of=True)
        elif re.search(r"\baged?\s+$|\bage\s+of\s+$", orig_before.lower()):
            dim = "age"
        elif re.search(r"\bmagnitude\s+(?:of\s+|at\s+)?$", orig_before, re.IGNORECASE):
            dim = "measure:magnitude"
        elif re.search(r"[A-Za-z]{2,},\s$", orig_before) and re.match(r"\s*(?:[,;)]|\.\s|\.?$)", orig_after) and value < 120 and not from_words:
            dim = "age"  # 'Jane Doe, 45, was ...', 'the striker, 29, signed'
        elif id_label:
            dim = f"id:{id_label}"
        else:
            noun_s, noun_text = _noun_after(text, span_end, skip_of=True)
            if value == 0 and not noun_s:
                return None
    if dim == "count" and not from_words and not cur and re.match(r"\s*(?:a\.m|p\.m|am\b|pm\b|o'clock|GMT|BST|UTC|hrs\b|h\b)", orig_after, re.I):
        return None

    # hedges before the number (allowing a currency symbol in between)
    q_start = os_num
    if cur_raw:
        q_start = norm.to_orig(m.start("cur"))
    hedge_m = _HEDGE_RE.search(nt[max(0, m.start() - 40) : m.start()])
    if hedge_m:
        hedge = _hedge_name(hedge_m)
        q_start = norm.to_orig(max(0, m.start() - 40) + hedge_m.start())
    # hedges after: 'or more', 'or so', '-plus', '+'
    post = nt[base_end:]
    if re.match(r"\s*(?:\+|-plus\b|or\s+more\b|and\s+(?:more|upwards|above)\b)", post):
        hedge = "at least"
    elif re.match(r"\s*(?:or\s+so|odd)\b", post):
        hedge = "about"
    elif re.match(r"\s*(?:or\s+(?:fewer|less))\b", post):
        hedge = "up to"
    if range_hi is not None and not hedge:
        hi = range_hi
        hedge = "range"
        if is_between:
            bm = re.search(r"(?i)\bbetween\s+(?:US\$|[€$£])?$", nt[max(0, m.start() - 12) : m.start()])
            assert bm is not None
            q_start = norm.to_orig(max(0, m.start() - 12) + bm.start())
    if hedge and hedge != "range":
        lo, hi = _apply_hedge(hedge, lo, hi, exact=True)
        approximate = True
    elif from_fraction:
        lo, hi = lo - 2.0, hi + 2.0
    if hedge == "range":
        approximate = True
    # 'Tsikhanouski and 13 others' is 14 people in all
    if dim == "count" and re.search(r"\band\s+$", orig_before) and re.match(r"\s+(?:other|others)\b", orig_after) and not hedge:
        hi = value + 1
        hedge = "range"
    ctx = _context(toks, q_start, span_end)
    qtext = text[q_start:span_end]
    precision = 0.5 * 10 ** (-decimals) * mult * unit_factor if not from_words else 0.5 * unit_factor
    return Quantity(qtext, (q_start, span_end), value, lo, hi, dim, noun_s, noun_text, ctx, hedge, approximate, precision)


_NOUN_SKIP = {"of", "the", "a", "an", "its", "their", "his", "her", "our", "those", "these", "all", "more", "other", "additional", "extra", "new", "further", "some"}
_NOUN_STOP = STOPWORDS | {
    "who", "which", "that", "were", "was", "had", "have", "are", "is", "in", "on", "at", "from", "to",
    "by", "for", "after", "since", "when", "remain", "remained", "make", "makes", "made", "died", "die",
    "survived", "said", "say", "told", "went", "came", "got", "took", "left", "stayed", "lived",
    "worked", "fled", "escaped", "returned", "arrived", "joined", "voted", "agreed", "received",
}  # fmt: skip
_SYNONYMS = {
    "person": "person", "people": "person", "individual": "person", "resident": "person",
    "civilian": "person", "man": "person", "woman": "person", "child": "person",
    "victim": "person", "passenger": "person", "migrant": "person", "refugee": "person",
    "worker": "worker", "employee": "worker", "staff": "worker", "miner": "worker",
    "job": "job", "post": "job", "position": "job", "role": "job",
    "dead": "death", "death": "death", "die": "death", "kill": "death", "fatality": "death",
    "live": "death", "life": "death", "bodi": "death", "body": "death",
    "injur": "injury", "injury": "injury", "wound": "injury", "hurt": "injury",
    "arrest": "arrest", "detain": "arrest", "detention": "arrest",
    "home": "home", "house": "home", "household": "home", "property": "home", "dwelling": "home",
    "prisoner": "prisoner", "detainee": "prisoner", "inmate": "prisoner",
    "soldier": "soldier", "troop": "soldier", "servicemember": "soldier",
    "vote": "vote", "ballot": "vote", "national": "citizen", "citizen": "citizen",
    "employees": "worker", "workers": "worker", "miners": "worker",
}  # fmt: skip


_SYN_STEMS = {stem(k): v for k, v in _SYNONYMS.items()} | _SYNONYMS


def syn(stem_: str) -> str:
    """Map a stem to a small synonym group (people/workers/deaths/...), else itself."""
    return _SYN_STEMS.get(stem_, stem_)


def _noun_after(text: str, pos: int, skip_of: bool, money: bool = False) -> tuple[str, str]:
    """Stem and text of the head noun right after a number ('12 injured miners' -> 'miner')."""
    # '12 of the region's 16 districts': the part counts the whole's noun
    part = re.match(
        r"\s+of\s+(?:(?:the|its|their|his|her|our)\s+)?(?:[A-Za-z-]+'s?\s+)?(?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?)\s+",
        text[pos : pos + 80],
    )
    if part and skip_of:
        numw = part.group(0).split()[-1]
        if numw[0].isdigit() or _simple_number_word(numw) is not None:
            return _noun_after(text, pos + part.end() - 1, skip_of=True)
    words = list(re.finditer(r"[A-Za-z][A-Za-z'\-]*", text[pos : pos + 60]))
    # must start right after the number (allow whitespace, hyphen, 'of the')
    chosen: list[re.Match[str]] = []
    prev_end = 0
    for w in words[:5]:
        gap = text[pos + prev_end : pos + w.start()]
        if (gap.strip(" -") and prev_end == 0) or (prev_end and gap.strip()):
            break
        lw = w.group().lower()
        if lw in _NOUN_SKIP and not chosen:
            if lw == "of" and not skip_of:
                break
            prev_end = w.end()
            continue
        if lw in _NOUN_STOP or lw.endswith("ly"):
            break
        chosen.append(w)
        prev_end = w.end()
        if len(chosen) >= 3:
            break
    if not chosen:
        return "", ""
    # head: skip leading modifiers ('trapped', 'armed', 'local'), then take a second
    # plural for compounds ('police officers'), never a following verb ('people came')
    k = 0
    while k < len(chosen) - 1 and _modifier_like(chosen[k].group().lower()):
        k += 1
    head = chosen[k]
    if head.group().lower().endswith(("ed", "ing")) and len(head.group()) > 4 and k == len(chosen) - 1:
        return "", ""  # 'fourteen of those freed were ...': no noun
    if k + 1 < len(chosen):
        nxt = chosen[k + 1].group().lower()
        hl = head.group().lower()
        if nxt.endswith("s") and not nxt.endswith("ss") and not hl.endswith("s") and hl not in {"people", "staff", "police", "personnel", "men", "women", "children"}:
            head = chosen[k + 1]
    first = chosen[0]
    if money:
        return stem(head.group()), text[pos + first.start() : pos + head.end()]
    return stem(head.group()), text[pos + first.start() : pos + head.end()]


def _modifier_like(w: str) -> bool:
    """Adjectives and participles that precede the counted noun."""
    return (len(w) > 4 and w.endswith(("ed", "ing", "al", "ive", "ful", "ous", "ic", "ian", "ese", "ish", "ary"))) or w in {
        "more", "other", "new", "old", "young", "former", "local", "foreign", "senior", "junior", "top",
        "armed", "full-time", "part-time", "extra", "further", "separate", "private", "public", "civilian",
    }


def _context(toks: list[_Tok], start: int, end: int, width: int = 6) -> tuple[str, ...]:
    idx_s = next((i for i, t in enumerate(toks) if t.end > start), len(toks))
    idx_e = next((i for i, t in enumerate(toks) if t.start >= end), len(toks))
    window = toks[max(0, idx_s - width) : idx_s] + toks[idx_e : idx_e + width]
    out = []
    for t in window:
        if t.is_word and t.low not in STOPWORDS and len(t.low) > 2:
            out.append(syn(stem(t.low)))
    return tuple(dict.fromkeys(out))


def format_quantity(q: Quantity) -> str:
    dim = q.dimension
    unit = ""
    prefix = ""
    scale = 1.0
    if dim.startswith("money:"):
        prefix = dim.split(":", 1)[1] + " "
    elif dim == "percent":
        unit = "%"
    elif dim == "pp":
        unit = " pp"
    elif dim == "duration":
        # the largest unit that divides the value evenly, else days/hours/minutes/seconds
        for name in ("year", "month", "week", "day", "hour", "minute", "second"):
            size = _TIME_UNITS[name]
            if (name == "year" and q.value >= size) or (q.value >= size and abs(q.value / size - round(q.value / size)) < 1e-6):
                scale, unit = size, f" {name}s" if abs(q.value - size) > 1e-9 else f" {name}"
                break
        else:
            for name in ("day", "hour", "minute", "second"):
                if q.value >= _TIME_UNITS[name]:
                    scale, unit = _TIME_UNITS[name], f" {name}s"
                    break
            else:
                scale, unit = _TIME_UNITS["second"], " seconds"
    elif dim == "age":
        unit = " years old"
    elif dim.startswith("measure:"):
        unit = " " + dim.split(":", 1)[1]
    elif dim.startswith("id:"):
        prefix = dim.split(":", 1)[1] + " "
    elif dim == "score":
        return f"{int(q.value) // 100}-{int(q.value) % 100}"
    noun = f" {q.noun_text.lower()}" if q.noun_text and dim in {"count"} else ""

    def num(v: float) -> str:
        if v == INF:
            return "inf"
        v = v / scale
        if prefix.startswith(("EUR", "USD", "GBP", "JPY", "CHF", "CNY", "INR", "AUD", "CAD")) or abs(v) >= 1e6:
            if abs(v) >= 1e6:
                mant = f"{v:.4g}"
                if "e" in mant:
                    a, _, b = mant.partition("e")
                    return f"{a}e{int(b)}"
                exp = int(math.floor(math.log10(abs(v))))
                return f"{_fmt_num(round(v / 10**exp, 4))}e{exp}"
        if abs(v - round(v)) < 1e-6:
            return str(int(round(v)))
        return f"{v:.2f}".rstrip("0").rstrip(".")

    if q.hedge and q.hedge not in {""} and (q.low != q.high):
        lo_b = "(" if q.hedge == "more than" else "["
        hi_b = ")" if q.high == INF or q.hedge == "less than" else "]"
        if q.hedge in {"vague"} or q.hedge == "range" or q.hedge in {"about", "nearly", "just over", "just under", "up to", "less than", "more than", "at least"}:
            return f"{prefix}{lo_b}{num(q.low)}, {num(q.high)}{hi_b}{unit}{noun}"
    if q.low != q.high and dim.startswith("money:"):
        return f"{prefix}{num(q.value)}{unit}{noun}"
    return f"{prefix}{num(q.value)}{unit}{noun}"


# --------------------------------------------------------------------------------------
# Entities
# --------------------------------------------------------------------------------------

TITLES = {
    "inspector", "judge", "justice", "minister", "president", "prime", "mr", "mrs", "ms", "miss",
    "dr", "chief", "detective", "sergeant", "sgt", "officer", "senator", "sen", "rep",
    "representative", "governor", "gov", "mayor", "general", "gen", "colonel", "col", "captain",
    "capt", "lieutenant", "lt", "commissioner", "superintendent", "chancellor", "king", "queen",
    "prince", "princess", "pope", "bishop", "archbishop", "rabbi", "imam", "sheikh", "professor",
    "prof", "coach", "manager", "ambassador", "secretary", "director", "chairman", "chairwoman",
    "chair", "ceo", "spokesman", "spokeswoman", "spokesperson", "councillor", "councilman",
    "councilwoman", "constable", "commander", "admiral", "major", "sir", "dame", "lord", "lady",
    "father", "sister", "brother", "deputy", "speaker", "attorney", "prosecutor", "sheriff",
    "marshal", "agent", "pc", "dc", "ds", "di", "dci", "supt", "cllr", "mp", "mep", "envoy",
    "editor", "founder", "executive", "head", "leader", "magistrate", "coroner", "auditor",
    "alderman", "alderwoman", "assemblyman", "assemblywoman", "congressman", "congresswoman",
    "premier", "treasurer", "registrar", "principal", "dean", "rector",
}  # fmt: skip
_TITLE_ABBR = {
    "ald": "alderman", "sen": "senator", "rep": "representative", "gov": "governor",
    "gen": "general", "col": "colonel", "capt": "captain", "lt": "lieutenant", "sgt": "sergeant",
    "insp": "inspector", "det": "detective", "supt": "superintendent", "prof": "professor",
    "cllr": "councillor", "amb": "ambassador", "adm": "admiral", "maj": "major", "cmdr": "commander",
}  # fmt: skip
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "chief", "deputy", "acting", "senior", "former"}
_NAME_ABBR = {
    "st", "mt", "ft", "dr", "mr", "mrs", "ms", "gen", "lt", "col", "sgt", "ald", "sen", "rep", "gov",
    "insp", "det", "supt", "prof", "capt", "cllr", "adm", "maj", "cmdr", "amb", "jr", "sr",
}  # fmt: skip
_TITLE_HEADS = {
    # multi-word titles reduce to their head role word
    "foreign": "minister", "defence": "minister", "defense": "minister", "finance": "minister",
    "interior": "minister", "health": "minister", "vice": "", "deputy": "", "acting": "",
    "former": "", "chief": "", "senior": "", "detective": "", "prime": "minister",
}  # fmt: skip
_ALIASES = {
    "us": "us", "u.s.": "us", "u.s": "us", "usa": "us", "u.s.a.": "us", "united states": "us",
    "united states of america": "us", "america": "us", "the united states": "us",
    "uk": "uk", "u.k.": "uk", "britain": "uk", "great britain": "uk", "united kingdom": "uk",
    "the united kingdom": "uk", "eu": "eu", "european union": "eu", "un": "un", "u.n.": "un",
    "united nations": "un", "uae": "uae", "united arab emirates": "uae", "ussr": "ussr",
    "soviet union": "ussr", "russian federation": "russia", "holland": "netherlands",
    "the netherlands": "netherlands", "czechia": "czech republic", "burma": "myanmar",
    "ivory coast": "cote d'ivoire", "nato": "nato", "who": "who", "world health organization": "who",
    "drc": "dr congo", "democratic republic of congo": "dr congo",
    "democratic republic of the congo": "dr congo", "prc": "china", "people's republic of china": "china",
    "turkiye": "turkey", "kyiv": "kyiv", "kiev": "kyiv",
}  # fmt: skip
OUTLETS = {
    "reuters", "ap", "associated press", "afp", "agence france-presse", "bbc", "cnn", "nbc", "abc",
    "cbs", "fox", "fox news", "guardian", "the guardian", "times", "the times", "bloomberg", "npr",
    "al jazeera", "le monde", "der spiegel", "spiegel", "politico", "axios", "sky news", "dpa",
    "ansa", "efe", "kyodo", "xinhua", "tass", "interfax", "telegraph", "the telegraph",
    "independent", "the independent", "financial times", "ft", "wall street journal", "wsj",
    "washington post", "new york times", "la times", "los angeles times", "euronews", "dw",
    "deutsche welle", "france 24", "rfi", "the economist", "economist", "nikkei", "yonhap",
    "anadolu", "pa", "pa media", "bbc news", "cnbc", "msnbc", "usa today", "the hill", "vox",
    "the atlantic", "newsweek", "time", "the new york times", "the washington post", "the wall street journal",
    "ukrinform", "rte", "abc news", "cbc", "sbs",
}  # fmt: skip
_COMMON_CAPS = STOPWORDS | {
    "i'm", "i've", "i'd", "i'll", "it's", "that's", "we're", "they're", "he's", "she's", "there's",
    "what's", "let's", "we've", "you're", "gmt", "utc", "bst", "cet", "est", "edt", "pst", "ist",
    "am", "pm", "a.m.", "p.m.",
    "police", "officials", "official", "authorities", "rescuers", "residents", "witnesses",
    "critics", "analysts", "experts", "investigators", "prosecutors", "lawyers", "doctors",
    "firefighters", "scientists", "researchers", "protesters", "workers", "families", "fans",
    "however", "meanwhile", "earlier", "later", "yesterday", "today", "tomorrow", "separately",
    "still", "instead", "overall", "elsewhere", "nonetheless", "despite", "although", "since",
    "once", "speaking", "asked", "according", "in", "on", "at", "after", "before", "during",
    "following", "under", "amid", "among", "last", "next", "this", "that", "some", "many",
    "several", "most", "both", "neither", "none", "nobody", "everyone", "nothing", "there",
    "here", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "mr", "mrs", "ms", "dr", "its", "his", "her", "their", "our", "your", "my", "the",
    "it", "he", "she", "they", "we", "i", "you", "a", "an", "but", "and", "or", "so",
    "if", "when", "while", "as", "because", "though", "with", "without",
    "by", "for", "from", "of", "to", "not", "no", "yes", "all", "any", "each", "every",
    "talks", "shares", "prices", "sales", "tests", "trials", "voters", "lawmakers", "leaders",
    "ministers", "members", "troops", "soldiers", "forces", "militants", "rebels", "students",
    "teachers", "parents", "children", "survivors", "victims", "passengers", "drivers",
}  # fmt: skip
_OF_HEADS = {
    "bank", "university", "department", "ministry", "institute", "republic", "museum", "church",
    "bay", "gulf", "isle", "isles", "duke", "duchess", "city", "port", "mount", "court", "house",
    "office", "board", "council", "academy", "school", "college", "society", "association",
    "federation", "union", "league", "party", "chamber", "state", "states", "kingdom", "district",
    "county", "province", "region", "sea", "straits", "strait", "cape", "lake", "river", "gate",
    "centre", "center", "hospital", "fund", "organization", "organisation", "agency", "bureau",
    "commission", "committee", "order", "army", "navy", "corps", "division", "prince", "princess",
    "king", "queen", "emirate", "sultanate", "principality", "commonwealth", "federation", "tower",
}  # fmt: skip
_CONNECTORS = {"of", "de", "del", "della", "da", "di", "du", "des", "van", "von", "der", "den", "la", "le", "bin", "ibn", "al", "el", "and", "&", "y"}
_SLOT_PREPS = {
    "to", "in", "from", "at", "for", "with", "by", "near", "outside", "inside", "into", "against",
    "on", "of", "via", "toward", "towards", "across", "through", "between", "under", "over",
    "behind", "beside", "opposite", "within", "around", "off",
}  # fmt: skip
_ATTRIBUTION = {
    "say", "tell", "according", "report", "quot", "cite", "add", "note", "state", "claim",
    "write", "post", "announce", "comment", "speak", "explain", "confirm", "describe",
}  # fmt: skip
_BASED_RE = re.compile(r"^\s*-\s*(?:based|headquartered|registered)\b", re.IGNORECASE)


def _norm_name(s: str) -> str:
    s = _strip_accents(s).lower().strip()
    s = re.sub(r"'s$", "", s)
    s = re.sub(r"\s+", " ", s)
    return s


def entity_key(s: str) -> str:
    """Comparison key for a name: accents stripped, lowercase, aliases mapped."""
    n = _norm_name(s)
    n = n.removeprefix("the ")
    if n in _ALIASES:
        return _ALIASES[n]
    nd = n.replace(".", "")
    if nd in _ALIASES:
        return _ALIASES[nd]
    return n


def _extract_entities(text: str, toks: list[_Tok], time_spans: list[tuple[int, int]]) -> list[EntityMention]:
    out: list[EntityMention] = []
    n = len(toks)
    i = 0
    first_word = next((k for k, t in enumerate(toks) if t.is_word or t.text[0].isdigit()), 0)

    def in_time(t: _Tok) -> bool:
        return any(t.start < te and ts < t.end for ts, te in time_spans)

    def is_name_tok(t: _Tok) -> bool:
        if not t.is_word or not t.is_cap:
            return False
        base = t.low.removesuffix("'s")
        return not (in_time(t) or base in MONTHS or base in WEEKDAYS)

    while i < n:
        t = toks[i]
        if not is_name_tok(t) and not (t.low in {"al", "el"} and i + 1 < n and toks[i + 1].text == "-"):
            i += 1
            continue
        j = i
        parts = [i]
        while j + 1 < n:
            nt_ = toks[j + 1]
            # stop at a possessive inside the run: "Okafor's" ends the name
            if toks[j].text.endswith("'s") or toks[j].text.endswith("'"):
                break
            if is_name_tok(nt_) and toks[j].end == nt_.start - 1 and text[toks[j].end] == " ":
                j += 1
                parts.append(j)
                continue
            # abbreviations with a dot inside a name: 'St. Louis', 'Dr. Abena Mensah', 'Ald. Ortiz'
            if (
                nt_.text == "."
                and nt_.start == toks[j].end
                and toks[j].low in _NAME_ABBR
                and j + 2 < n
                and is_name_tok(toks[j + 2])
                and toks[j + 2].start == nt_.end + 1
            ):
                j += 2
                parts.extend([j - 1, j])
                continue
            if nt_.low in _CONNECTORS and j + 2 < n and is_name_tok(toks[j + 2]) and nt_.low not in {"and", "&"}:
                # 'Bank of England', 'Ministry of Health' - but not 'Ray Kowalski of Greater Manchester'
                if nt_.low == "of" and toks[j].low not in _OF_HEADS:
                    break
                j += 2
                parts.extend([j - 1, j])
                continue
            break
        # split off leading titles ('Inspector Ray Kowalski', 'Foreign Minister Anna Berg')
        name_idx = [p for p in parts]
        title_words: list[str] = []
        # a capitalised sentence opener glued to a name ('The Lyon-based ...', 'But Smith ...')
        while len(name_idx) > 1 and toks[name_idx[0]].low in STOPWORDS:
            name_idx = name_idx[1:]
        name_idx = [p for p in name_idx if toks[p].text != "." or p == name_idx[-1]]
        # titles lead the name, possibly after an affiliation: 'Milbrook Mayor Dolores
        # Whitfield', 'Lorvanian Foreign Minister Idris Bektash', 'Health Minister Dr. Mensah'
        title_like = TITLES | set(_TITLE_ABBR)
        last_title = max((k for k in range(len(name_idx) - 1) if toks[name_idx[k]].low in title_like), default=-1)
        if last_title >= 0:
            for k in range(last_title + 1):
                w = toks[name_idx[k]].low
                if w in title_like or w in _TITLE_HEADS:
                    title_words.append(_TITLE_ABBR.get(w, w))
            name_idx = name_idx[last_title + 1 :]
        while len(name_idx) > 1 and toks[name_idx[0]].low in (TITLES | set(_TITLE_HEADS) | set(_TITLE_ABBR)):
            title_words.append(_TITLE_ABBR.get(toks[name_idx[0]].low, toks[name_idx[0]].low))
            name_idx = name_idx[1:]
        s_tok, e_tok = toks[name_idx[0]], toks[name_idx[-1]]
        name_text = text[s_tok.start : e_tok.end]
        if name_text.endswith("'s"):
            name_text = name_text[:-2]
        elif name_text.endswith("'"):
            name_text = name_text[:-1]
        span = (s_tok.start, s_tok.start + len(name_text))
        low_tokens = [toks[p].low.removesuffix("'s") for p in name_idx if toks[p].low not in _CONNECTORS]
        i0 = name_idx[0]
        initial = i0 <= first_word or (i0 > 0 and toks[i0 - 1].text in {'"', ":", "(", "'"})
        if len(name_idx) == 1 and not title_words and _is_demonym_adjective(text, toks, name_idx[0]):
            i = j + 1
            continue
        if not low_tokens:  # only connector words ("de", "of") were capitalised
            i = j + 1
            continue
        if len(name_idx) == 1 and not title_words:
            w = low_tokens[0]
            if w in _COMMON_CAPS or w in TITLES or w in _TITLE_ABBR or (initial and w.rstrip("s") in _COMMON_CAPS):
                i = j + 1
                continue
        key = entity_key(name_text)
        if key in OUTLETS or _norm_name(name_text) in OUTLETS:
            i = j + 1
            continue
        if all(w in TITLES for w in low_tokens):
            i = j + 1
            continue
        title = ""
        if title_words:
            title = next((w for w in reversed(title_words) if w in TITLES and w not in _HONORIFICS), "")
            title = title or next((w for w in reversed(title_words) if w in TITLES and w not in {"chief", "deputy", "acting", "senior", "former"}), "")
            if not title:
                title = next((_TITLE_HEADS.get(w, "") for w in title_words if _TITLE_HEADS.get(w)), "")
        else:
            # lowercase title before the name: 'inspector Ray Kowalski', 'judge Okafor'
            k0 = name_idx[0] - 1
            if k0 > 0 and toks[k0].text == "." and toks[k0 - 1].low in _TITLE_ABBR:
                title = _TITLE_ABBR[toks[k0 - 1].low]
            elif k0 >= 0 and toks[k0].low in TITLES:
                title = toks[k0].low
            # apposition after: 'Okafor, the presiding judge'
            app = re.match(r",\s+(?:the|a|an|its|his|her|their)\s+((?:[a-z\-']+\s+){0,3}[a-z]+)\b", text[span[1] :])
            if app:
                role = next((w for w in app.group(1).split() if w in TITLES), "")
                title = role or title
        slot, slot_text, etype = _entity_slot(text, toks, name_idx[0] if not title_words else parts[0], span)
        etype = etype or _type_after(text, span[1])
        tokens = tuple(_strip_accents(w).rstrip("'") for w in low_tokens)
        out.append(EntityMention(name_text, span, key, tokens, title, slot, slot_text, initial, etype))
        i = j + 1
    return out


_GEO_ADJ = {
    "neighbouring", "neighboring", "nearby", "northern", "southern", "eastern", "western",
    "central", "north", "south", "east", "west", "northeastern", "northwestern", "southeastern",
    "southwestern", "rural", "coastal", "remote", "rival", "state-owned", "private", "local",
}  # fmt: skip
_PREP_CLASS = {"into": "to", "onto": "to", "towards": "to", "toward": "to"}
_TYPE_NOUNS = {
    "town", "city", "village", "department", "province", "region", "state", "county", "district",
    "country", "capital", "municipality", "neighbourhood", "neighborhood", "suburb", "island",
    "company", "firm", "group", "party", "airline", "bank", "agency", "ministry", "club", "team",
    "court", "hospital", "university", "school", "newspaper", "broadcaster", "charity", "union",
    "operator", "contractor", "subsidiary", "carrier", "insurer", "manufacturer", "maker",
    "supplier", "lender", "prison", "port", "airport", "mine", "plant", "factory", "border",
}  # fmt: skip


_DEMONYMS = {
    "american", "british", "french", "german", "dutch", "greek", "swiss", "irish", "welsh",
    "scottish", "english", "spanish", "polish", "danish", "swedish", "finnish", "turkish",
    "israeli", "iraqi", "pakistani", "thai", "afghan", "korean", "mexican", "african", "european",
    "chinese", "japanese", "nepali", "nepalese", "saudi", "emirati", "qatari", "kuwaiti", "yemeni",
    "bangladeshi", "somali", "kazakh", "uzbek", "czech", "slovak", "asian", "arab", "democratic",
    "republican", "conservative", "socialist", "communist", "catholic", "muslim", "christian",
    "jewish", "western", "eastern", "northern", "southern", "soviet", "federal", "national",
}  # fmt: skip


def _is_demonym_adjective(text: str, toks: list[_Tok], idx: int) -> bool:
    """'Lithuanian officials', 'the Indian capital': a capitalised adjective, not a name."""
    w = toks[idx].low
    nxt = toks[idx + 1] if idx + 1 < len(toks) else None
    if nxt is None or not nxt.is_word or nxt.is_cap:
        return False
    return w in _DEMONYMS or (len(w) > 5 and w.endswith(("ian", "ese", "ish", "ean", "iot")))


def _type_after(text: str, end: int) -> str:
    """'X, a small local company' -> 'company'; 'X department' -> 'department'."""
    after = text[end : end + 80]
    m = re.match(r"\s+([a-z]+)\b", after)
    if m and m.group(1) in _TYPE_NOUNS:
        return m.group(1)
    m = re.match(r"(?:\s+[A-Z][\w.]*)*,\s+(?:a|an|the)\s+((?:[a-z][\w'-]*\s+){0,4}?)([a-z]+)(?=\s*[,.;)]|\s+(?:of|in|that|which|who|with|from|at|for|on|based|near)\b)", after)
    if m and m.group(2) in _TYPE_NOUNS:
        return m.group(2)
    return ""


def _subject_slot(toks: list[_Tok], span: tuple[int, int]) -> tuple[str, str]:
    """'Mikel Oyarzabal scored ...' -> ('subj:scor', 'scored'): a name opening the sentence,
    then its verb."""
    nxt = next((t for t in toks if t.start >= span[1]), None)
    if nxt is None or not nxt.is_word or nxt.is_cap or nxt.low in STOPWORDS or nxt.low.endswith("ly"):
        return "", ""
    st = stem(nxt.low)
    if st in _ATTRIBUTION or not (nxt.low.endswith(("ed", "s")) or nxt.low in _IRREGULAR_PAST):
        return "", ""
    return f"subj:{st}", nxt.text


def _entity_slot(text: str, toks: list[_Tok], first_idx: int, span: tuple[int, int]) -> tuple[str, str, str]:
    """(slot, slot words as written, type noun written before the name)."""
    after = text[span[1] :]
    m = _BASED_RE.match(after)
    if m:
        return "based", text[span[0] : span[1] + m.end()], ""
    before = text[max(0, span[0] - 40) : span[0]]
    bm = re.search(r"\b(?:based|headquartered|registered|incorporated|located)\s+(?:in|at)\s+(?:the\s+)?$", before, re.IGNORECASE)
    if bm:
        return "based", bm.group().strip(), ""
    # previous tokens: optional determiner/adjectives, preposition, optional verb before it
    k = first_idx - 1
    etype = ""
    skipped = 0
    while k >= 0 and (toks[k].low in {"the", "a", "an"} or (toks[k].low in _GEO_ADJ and skipped < 2)):
        skipped += toks[k].low in _GEO_ADJ
        k -= 1
    # 'a company called X', 'a town named X'
    if k >= 1 and toks[k].low in {"called", "named"} and toks[k - 1].is_word and not toks[k - 1].is_cap:
        etype = toks[k - 1].low if toks[k - 1].low in _TYPE_NOUNS else ""
        k -= 2
        while k >= 0 and (toks[k].low in {"the", "a", "an"} or toks[k].low in _GEO_ADJ or _modifier_like(toks[k].low)) and toks[k].is_word and not toks[k].is_cap:
            k -= 1
    if k < 0:
        subj, subj_text = _subject_slot(toks, span)
        return subj, subj_text, etype
    p = toks[k]
    if p.low == "to" and k >= 1 and toks[k - 1].low == "according":
        return "", "", etype
    if p.low in _SLOT_PREPS:
        prep = _PREP_CLASS.get(p.low, p.low)
        v = k - 1
        hops = 0
        # 'driven across the border into X', 'taken by bus to X', 'flew directly to X'
        while v >= 0 and hops < 4 and toks[v].is_word and (
            toks[v].low.endswith("ly") or toks[v].low in {
                "back", "out", "up", "down", "away", "off", "border", "bus", "car", "plane", "train",
                "road", "air", "sea", "boat", "ship", "helicopter", "coach", "the", "a", "by", "across",
                "over", "on", "foot",
            }
        ):
            v -= 1
            hops += 1
        if v >= 0 and toks[v].is_word and not toks[v].is_cap and toks[v].low not in STOPWORDS:
            verb = stem(toks[v].low)
            return f"prep:{prep}|verb:{verb}", text[toks[v].start : p.end], etype
        return f"prep:{prep}", p.text, etype
    if p.is_word and not p.is_cap and p.low not in STOPWORDS and p.low not in TITLES:
        st = stem(p.low)
        if st in _ATTRIBUTION:
            return "", "", etype
        return f"verb:{st}", p.text, etype
    return "", "", etype


# --------------------------------------------------------------------------------------
# Negation
# --------------------------------------------------------------------------------------

_NEG_ADVERBS = {"not", "never", "cannot", "no longer", "nt"}
_NEG_VERBS = {stem(w) for w in ("refuse", "decline", "fail", "deny")}
NEG_VERB_STEMS = frozenset(_NEG_VERBS)
"""Stems of verbs that negate their complement ('refused to sign', 'denied taking')."""
_SCOPE_SKIP = {
    "be", "been", "being", "have", "having", "do", "to", "yet", "ever", "even", "also", "actually",
    "currently", "immediately", "formally", "officially", "fully", "entirely", "necessarily",
    "really", "previously", "initially", "personally", "that", "he", "she", "it", "they", "we",
    "i", "you", "a", "an", "the", "any", "his", "her", "its", "their", "our", "in", "fact",
    "with", "at", "on", "part", "of", "for", "among", "inside", "under",
    "so", "far", "directly", "publicly", "explicitly", "specifically", "already", "again",
    "will", "would", "could", "should", "can", "may", "might", "must", "shall", "had", "has",
    "was", "were", "is", "are", "am", "did", "does", "there", "himself", "herself",
    "themselves", "itself", "him", "them", "then", "now", "longer", "quite", "always",
}  # fmt: skip
_SCOPE_STOP = {
    "but", "whether", "if", "because", "although", "though", "while", "which", "who", "whom",
    "when", "where", "why", "how", "as", "unless", "until", "since", "and", "or", "nor",
}  # fmt: skip
NON_PREDICATES = {
    stem(w)
    for w in (
        "say", "tell", "according", "report", "quote", "cite", "add", "note", "state", "claim",
        "write", "post", "announce", "comment", "speak", "explain", "describe", "respond",
        "disclose", "specify", "elaborate", "reveal", "identify", "know", "return", "answer",
        "reply", "detail", "give", "provide", "immediately", "indicate", "clarify", "address",
        "discuss", "mention", "name",
    )
}
"""Stems whose negation says nothing about the claim itself ('did not say whether',
'declined to comment', 'did not name the victim')."""


def _is_neg_cue(toks: list[_Tok], i: int) -> tuple[str, int] | None:
    """If a negation cue starts at token i, return (kind, cue length in tokens)."""
    t = toks[i]
    w = t.low
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if w in {"not", "never", "cannot"}:
        if nxt in {"only", "just", "merely", "least", "simply", "to", "all", "necessarily"} and w == "not":
            if nxt == "to":
                return "adv", 1
            return None
        return "adv", 1
    if w.endswith("n't") and len(w) > 3:
        return "adv", 1
    if w == "no" and nxt == "longer":
        return "adv", 2
    st = stem(w)
    if st in _NEG_VERBS:
        return "verb", 1
    return None


def _find_head(toks: list[_Tok], i: int, verb_cue: bool) -> int | None:
    """The predicate a negation cue ending before token i applies to."""
    n = len(toks)
    j = i
    steps = 0
    while j < n and steps < 9:
        t = toks[j]
        w = t.low
        if not t.is_word:
            if t.text in {"-"}:
                j += 1
                continue
            return None
        if w in _SCOPE_STOP:
            return None
        if w in _SCOPE_SKIP or (w.endswith("ly") and len(w) > 4 and w not in {"apply", "rely", "fly", "supply", "reply", "ally"}):
            j += 1
            steps += 1
            continue
        if verb_cue and (t.is_cap or w in {"reports", "claims", "allegations", "suggestions", "accusations", "charges"}):
            # 'denied claims that he had taken ...' -> look inside the that-clause
            j += 1
            steps += 1
            continue
        return j
    return None


def _extract_negation(text: str, toks: list[_Tok]) -> tuple[list[Predicate], list[tuple[str, str, int, int, bool]]]:
    n = len(toks)
    flip = [0] * n
    cue_of: dict[int, str] = {}
    cue_tok: set[int] = set()
    i = 0
    while i < n:
        cue = _is_neg_cue(toks, i)
        if cue is None:
            i += 1
            continue
        kind, length = cue
        cue_tok.update(range(i, i + length))
        head = _find_head(toks, i + length, kind == "verb")
        cue_text = text[toks[i].start : toks[i + length - 1].end]
        if head is not None:
            if kind == "verb" and head < n and toks[head].low == "to":
                head = _find_head(toks, head + 1, False)
        if (
            head is not None
            and kind == "verb"
            and stem(toks[i].low) == stem("deny")
            and not (toks[head].low.endswith("ing") or (i + 1 < n and toks[i + 1].low in {"that", "having", "ever"}))
        ):
            head = None  # 'denied the charges' is a plea, not 'did not (do) the charges'
        if head is not None:
            eff = 1
            if kind == "verb" and flip[i]:
                # 'did not deny taking' - the negations cancel on 'taking'
                eff = 0
            flip[head] ^= eff
            cue_of[head] = (cue_of.get(head, "") + " " + cue_text).strip()
            if head < n and flip[head] and kind == "adv" and stem(toks[head].low) in _NEG_VERBS:
                pass
        i += length
    preds: list[Predicate] = []
    words: list[tuple[str, str, int, int, bool]] = []
    for k, t in enumerate(toks):
        if not t.is_word:
            continue
        st = stem(t.low)
        neg = bool(flip[k])
        words.append((st, t.text, t.start, t.end, neg))
        if k in cue_of:
            phrase_end = min(n, k + 3)
            pe = k
            for q in range(k + 1, phrase_end):
                if toks[q].is_word and toks[q].low not in _SCOPE_STOP and toks[q].low not in {"on", "in", "at", "by", "that", "the", "a", "an"}:
                    pe = q
                else:
                    break
            phrase = text[t.start : toks[pe].end]
            preds.append(Predicate(t.text, (t.start, t.end), st, neg, cue_of[k], phrase))
    return preds, words


# --------------------------------------------------------------------------------------
# Public entry point
# --------------------------------------------------------------------------------------


def extract_facts(text: str, published: datetime | None = None) -> SentenceFacts:
    """Quantities, time references, named entities and negated predicates of one sentence.

    `published` is the article's publication datetime; it anchors relative references
    ('on Monday', 'yesterday', 'in March'). Spans index into `text` as given.
    """
    if published is not None and published.tzinfo is not None:
        published = published.replace(tzinfo=None)
    ctext = clean(text)
    toks = tokenize(ctext)
    times = _extract_times(ctext, published)
    time_spans = [t.span for t in times]
    quantities = _extract_quantities(ctext, toks, time_spans)
    q_spans = [q.span for q in quantities]
    entities = [e for e in _extract_entities(ctext, toks, time_spans) if not any(e.span[0] < qe and qs < e.span[1] and e.span[0] >= qs for qs, qe in q_spans)]
    preds, words = _extract_negation(ctext, toks)
    # items keep the text as written in the caller's string (clean() preserves offsets)
    quantities = [_retext(q, text) for q in quantities]
    times = [_retext(t, text) for t in times]
    entities = [_retext(e, text) for e in entities]
    preds = [_retext(p, text) for p in preds]
    facts = SentenceFacts(text, published, tuple(quantities), tuple(times), tuple(entities), tuple(preds), tuple(words))
    logger.debug("facts for %r: %d quantities, %d times, %d entities, %d predicates", text[:60], len(quantities),
                 len(times), len(entities), len(preds))  # fmt: skip
    return facts


_Item = TypeVar("_Item", Quantity, TimeRef, EntityMention, Predicate)


def _retext(item: _Item, text: str) -> _Item:
    """Quote the item from the caller's string (clean() swapped typographic characters)."""
    s, e = item.span
    written = text[s:e]
    return item if written == item.text else replace(item, text=written)
