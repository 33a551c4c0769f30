"""Number words to digits (with a map back to the original offsets), fractions and number formatting."""

from __future__ import annotations

from dataclasses import dataclass

from reconcile.facts.lexicon import (
    FRACTION_WORDS,
    HEDGE_WORDS,
    ID_LABELS,
    SCALES,
    STOPWORDS,
    TENS,
    TIME_UNITS,
    UNITS,
)
from reconcile.facts.tokens import Tok


def simple_number_word(w: str) -> float | None:
    if w in UNITS:
        return UNITS[w]
    if w in TENS:
        return TENS[w]
    if "-" in w:
        a, _, b = w.partition("-")
        if a in TENS and b in UNITS and 0 < UNITS[b] < 10:
            return TENS[a] + UNITS[b]
    return None


NUMBER_WORD = rf"(?:{'|'.join(TENS)})-(?:{'|'.join(w for w, v in UNITS.items() if 0 < v < 10)})|" + "|".join(
    sorted([*UNITS, *TENS], key=len, reverse=True)
)
"""A number written in words as `simple_number_word` reads it ('two', 'seventeen', 'twenty-one'), as a regex."""


@dataclass(frozen=True)
class _Repl:
    start: int
    end: int
    text: str
    kind: str  # 'number' | 'fraction'


class NormText:
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


_STARTS = frozenset({"a", "an", "one", "half", *UNITS, *TENS})
"""The words a number or fraction phrase can start with, besides digits and hyphenated words
('two-thirds', 'twenty-five'): every rule of `number_words` and `_fraction_at` needs one."""


def number_words(text: str, toks: list[Tok]) -> list[_Repl]:
    """Find spelled-out numbers and fractions; return replacements with digit text."""
    repls: list[_Repl] = []
    n = len(toks)
    i = 0

    def low(j: int) -> str:
        return toks[j].low if 0 <= j < n else ""

    while i < n:
        w = low(i)
        if w not in _STARTS and "-" not in w and not w.isdigit():
            i += 1  # no rule below starts at a word that is none of these
            continue
        # 'a quarter of a million', 'three quarters of a billion': a fraction of a large number is a number
        k = 1 if w in {"a", "one"} else (3 if w == "three" else 0)
        part = {"quarter": 0.25, "quarters": 0.25, "third": 1 / 3, "thirds": 1 / 3}.get(low(i + 1))
        if (
            k
            and part
            and low(i + 2) == "of"
            and low(i + 3) in {"a", "an"}
            and low(i + 4) in {"million", "billion"}
            and (k == 1 or low(i + 1).endswith("s"))
        ):
            # written as a decimal of its scale ('0.25 million'), a figure told to that scale's precision, as
            # '0.5 million' is: 'half a million' / '503,000' is one figure rounded
            val = round(k * part, 2)
            repls.append(_Repl(toks[i].start, toks[i + 4].end, f"{fmt_num(val)} {low(i + 4)}", "number"))
            i += 5
            continue
        # fractions: 'two-thirds', 'a third of', 'one in five', 'half of', 'nearly half'
        frac = _fraction_at(toks, i)
        if frac is not None:
            value, j = frac
            repls.append(_Repl(toks[i].start, toks[j - 1].end, f"{fmt_num(value)}%", "fraction"))
            i = j
            continue
        # 'a year of free credit monitoring' (one year of it, against 'two years of'); not 'a year ago'
        if w in {"a", "an"} and low(i + 1) in {"year", "month", "week", "day", "hour"} and low(i + 2) == "of":
            repls.append(_Repl(toks[i].start, toks[i].end, "1", "number"))
            i += 1
            continue
        # 'spent a night in a snow cave', 'takes roughly a year', 'banned for a week': one unit of time as a span
        # (not 'a year ago', 'once a year', '$5 a year', 'a week later')
        if (
            w in {"a", "an"}
            and low(i + 1) in TIME_UNITS
            and low(i + 1) != "second"  # 'for a second day': the ordinal
            and i > 0
            and low(i - 1) in _SPAN_BEFORE_A
            and low(i + 2) not in _NOT_SPAN_AFTER
        ):
            repls.append(_Repl(toks[i].start, toks[i].end, "1", "number"))
            i += 1
            continue
        # 'a pair of air tankers', 'a trio of gunmen': two, three
        if w == "a" and low(i + 1) in {"pair", "trio"} and low(i + 2) == "of":
            repls.append(_Repl(toks[i].start, toks[i + 2].end, "2" if low(i + 1) == "pair" else "3", "number"))
            i += 3
            continue
        # 'a dozen', 'half a dozen', 'two dozen'
        if w in {"a", "one"} and low(i + 1) == "dozen":
            repls.append(_Repl(toks[i].start, toks[i + 1].end, "12", "number"))
            i += 2
            continue
        if w == "half" and low(i + 1) in {"a", "an"} and low(i + 2) in {"dozen", "million", "billion"}:
            told = "6" if low(i + 2) == "dozen" else f"0.5 {low(i + 2)}"
            repls.append(_Repl(toks[i].start, toks[i + 2].end, told, "number"))
            i += 3
            continue
        if w == "half" and low(i + 1) in {"a", "an"} and unit_of(low(i + 2)) in TIME_UNITS:
            repls.append(_Repl(toks[i].start, toks[i + 1].end, "0.5", "number"))
            i += 2
            continue
        # 'a year and a half' -> '1.5 year'
        if (
            w in {"a", "an", "one"}
            and unit_of(low(i + 1)) in TIME_UNITS
            and low(i + 2) == "and"
            and low(i + 3) == "a"
            and low(i + 4) == "half"
        ):
            repls.append(_Repl(toks[i].start, toks[i].end, "1.5", "number"))
            repls.append(_Repl(toks[i + 1].end, toks[i + 4].end, "", "number"))
            i += 5
            continue
        # 'a hundred', 'a million'
        if w in {"a", "an"} and low(i + 1) in SCALES:
            repls.append(_Repl(toks[i].start, toks[i + 1].end, fmt_num(SCALES[low(i + 1)]), "number"))
            i += 2
            continue
        # 'a three-year sentence', 'the five-week trial', 'a four-year-old panda', 'the twenty-five-year-old
        # striker': the number word of a hyphenated span, before its time unit (or the size of a body: 'a
        # three-member committee')
        if "-" in w and (hyphened := _number_before_time_unit(w)):
            num_w, v = hyphened
            repls.append(_Repl(toks[i].start, toks[i].start + len(num_w), fmt_num(v), "number"))
            i += 1
            continue
        if simple_number_word(w) is not None:
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
                repls.append(_Repl(toks[i].start, toks[j - 1].end, fmt_num(val), "number"))
                i = j
                continue
        # digits followed by 'and a half' -> decimal
        if w.isdigit() and low(i + 1) == "and" and low(i + 2) == "a" and low(i + 3) == "half":
            repls.append(_Repl(toks[i].start, toks[i + 3].end, fmt_num(int(w) + 0.5), "number"))
            i += 4
            continue
        if w.isdigit() and low(i + 1) == "dozen":
            repls.append(_Repl(toks[i].start, toks[i + 1].end, fmt_num(int(w) * 12), "number"))
            i += 2
            continue
        i += 1
    return repls


_SPAN_BEFORE_A = frozenset(
    "roughly about around than over under spent spend spends spending takes take took taking lasted"
    " last lasts lasting for by".split()
)
"""Words before 'a' and a unit of time that make it a span ('spent a night', 'roughly a year', 'for a week', a change's
size 'shortened by a fortnight'); not
'nearly' or 'almost' ('nearly a month passed' tells time gone by more often than an act's length)."""
_NOT_SPAN_AFTER = frozenset("ago earlier later before after since on in of and".split())
"""Words after 'a year' that make it a moment or a part of something ('a year ago', 'a year of free credit'), or
start a longer span read on its own ('a year and a half')."""


def _number_before_time_unit(w: str) -> tuple[str, float] | None:
    """The number word opening a hyphenated span and its value, when a time unit follows it ('three-year',
    'four-year-old', 'twenty-five-year-old'), else None."""
    parts = w.split("-")
    for k in range(min(2, len(parts) - 1), 0, -1):  # 'twenty-five' before 'twenty'
        num_w = "-".join(parts[:k])
        v = simple_number_word(num_w)
        if v is not None and (
            unit_of(parts[k]) in TIME_UNITS or parts[k] in _GROUP_SIZE_NOUNS or parts[k] in _HYPHEN_MEASURES
        ):
            return num_w, v
    return None


_GROUP_SIZE_NOUNS = frozenset(
    {"member", "person", "man", "woman", "judge", "storey", "story", "floor", "bedroom", "lane", "carriage"}
)
"""After a number word and a hyphen, the size of a body ('a three-member probe committee', 'a five-judge bench') or of
a building, road or train ('an eight-storey block', 'a four-lane road'), read as its digits are ('a 3-member
committee', 'a 12-storey block')."""


_HYPHEN_MEASURES = frozenset(
    {"kilometre", "kilometer", "km", "mile", "metre", "meter", "foot", "hectare", "acre", "tonne", "ton", "litre"}
)
"""After a number word and a hyphen, a measure's unit ('a three-kilometre radius', 'a five-mile stretch'), read as its
digits are ('a 3-kilometre radius')."""


def _one_is_number(toks: list[Tok], i: int) -> bool:
    prev = toks[i - 1].low if i > 0 else ""
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if prev in {"no", "any", "every", "some", "the", "this", "that", "which", "each", "someone", "at"}:
        return False
    if nxt == "of" and i + 2 < len(toks) and toks[i + 2].low in {"them", "whom"} and prev == ",":
        return True  # 'Seven people were injured, one of them seriously': a part of a count, counted
    if nxt in {"another", "'s", "of", "day", "thing", "way", "point", "side", "time"}:
        return False
    if prev == "on" and nxt == "foot":
        return False  # 'balancing on one foot': a body's foot, not a length
    if nxt in SCALES or simple_number_word(nxt) is not None or nxt in {"point", "and"}:
        return True
    # 'one person', 'one miner' - a following word that is not a function word
    return bool(nxt) and nxt[0].isalpha() and nxt not in STOPWORDS


def _parse_word_number(toks: list[Tok], i: int) -> tuple[float, int] | None:
    """Parse 'one hundred and twenty-five thousand' from token i; return (value, next index)."""
    total = 0.0
    current = 0.0
    j = i
    seen = False
    n = len(toks)
    while j < n:
        w = toks[j].low
        v = simple_number_word(w)
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
        if w in SCALES and seen:
            scale = SCALES[w]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
            j += 1
            continue
        if w == "and" and seen and j + 1 < n and simple_number_word(toks[j + 1].low) is not None:
            if (total + current) >= 100:
                j += 1
                continue
            break
        if w == "point" and seen and j + 1 < n and simple_number_word(toks[j + 1].low) is not None:
            digits = []
            k = j + 1
            while k < n and toks[k].low in UNITS and UNITS[toks[k].low] < 10:
                digits.append(str(UNITS[toks[k].low]))
                k += 1
            if digits:
                current += float("0." + "".join(digits))
                j = k
                # a scale may follow: 'one point eight billion'
                if j < n and toks[j].low in SCALES and SCALES[toks[j].low] > 100:
                    total += current * SCALES[toks[j].low]
                    current = 0
                    j += 1
                break
        break
    if not seen:
        return None
    return total + current, j


def _fraction_at(toks: list[Tok], i: int) -> tuple[float, int] | None:
    """Recognise fraction wording at token i; return (percent value, next index)."""
    n = len(toks)

    def low(j: int) -> str:
        return toks[j].low if 0 <= j < n else ""

    w = low(i)
    # 'one in five', 'three out of four'
    a = simple_number_word(w) if not (w.isascii() and w.isdigit()) else float(w)
    if a is not None and low(i + 1) in {"in", "out"} and low(i - 1) not in ID_LABELS:  # not 'level 4 out of 5
        k = i + 2
        if low(i + 1) == "out" and low(k) == "of":
            k += 1
        if low(k) == "every":
            k += 1
        b_w = low(k)
        b = simple_number_word(b_w) if not (b_w.isascii() and b_w.isdigit()) else float(b_w)
        if b and 1 < b <= 20 and a < b:
            return 100.0 * a / b, k + 1
    # 'two-thirds', 'three-quarters', 'one-fifth'
    if "-" in w:
        num_w, _, den_w = w.partition("-")
        num = simple_number_word(num_w)
        if num is not None and den_w in FRACTION_WORDS and num < FRACTION_WORDS[den_w]:
            return 100.0 * num / FRACTION_WORDS[den_w], i + 1
    # 'two thirds', 'three quarters of' (not 'the first three quarters of the year': a period)
    num = simple_number_word(w)
    if low(i - 1) in {"first", "last", "past", "final", "latest", "previous"} and low(i + 1) in {"quarters", "halves"}:
        return None
    if num is not None and num >= 1 and low(i + 1) in FRACTION_WORDS and low(i + 1) not in {"half"}:
        den = FRACTION_WORDS[low(i + 1)]
        if num < den and (num > 1 or low(i + 2) == "of"):
            return 100.0 * num / den, i + 2
    # 'a third of', 'a quarter of', 'one third'
    if w in {"a", "one"} and low(i + 1) in FRACTION_WORDS and low(i + 1) != "half":
        if low(i + 2) == "of" and not (
            low(i + 1) == "quarter" and low(i + 3) in {"a", "the"} and low(i + 4) == "century"
        ):
            return 100.0 / FRACTION_WORDS[low(i + 1)], i + 2
    # 'reduced by a quarter', 'cut by a third', 'by about a quarter': a change told as a share of the whole ('by a
    # quarter point' is a rate)
    if (
        w in {"a", "one"}
        and (low(i - 1) == "by" or low(i - 1) in HEDGE_WORDS and low(i - 2) == "by")
        and low(i + 1) in FRACTION_WORDS
        and low(i + 1) != "half"
        and low(i + 2) not in {"point", "points", "percentage", "of", "-"}
    ):
        return 100.0 / FRACTION_WORDS[low(i + 1)], i + 2
    # 'half of', 'nearly half', 'half the'
    if w == "half":
        prev = low(i - 1)
        nxt = low(i + 1)
        if prev in {"first", "second", "latter", "former", "and", "the", "a", "one", "last"}:
            return None
        if nxt in {"a", "an"} or unit_of(nxt) in TIME_UNITS or nxt in {"-", "time"}:
            return None
        if nxt in {"of", "the", "its", "their", "his", "her", "all"} or prev in HEDGE_WORDS or prev in {"by", "than"}:
            return 50.0, i + 1
    return None


def fmt_num(v: float) -> str:
    if abs(v - round(v)) < 1e-9:
        return str(int(round(v)))
    return f"{v:.4f}".rstrip("0").rstrip(".")


def unit_of(word: str) -> str:
    """Map a time-unit word to its singular key ('years' -> 'year')."""
    w = word.lower()
    if w.endswith("s") and w[:-1] in TIME_UNITS:
        return w[:-1]
    if w == "centuries":
        return "century"
    return w
