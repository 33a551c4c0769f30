"""Quantities: counts, money, percentages, measures and hedged ranges, with the noun they count."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from reconcile.facts.lexicon import (
    CURRENCY_PREFIX,
    CURRENCY_WORDS,
    ID_LABELS,
    MEASURE_UNITS,
    MULTS,
    NATIONAL_CURRENCY,
    NATIONAL_WORDS,
    NOUN_SKIP,
    NOUN_STOP,
    ORDINALS,
    STOPWORDS,
    SYNONYMS,
    TIME_UNITS,
    UNITS,
)
from reconcile.facts.numbers import (
    NUMBER_WORD,
    NormText,
    fmt_num,
    number_words,
    simple_number_word,
    unit_of,
)
from reconcile.facts.records import Quantity
from reconcile.facts.tokens import Tok, stem

INF = math.inf

_RISE_UP = "picked ticked edged inched crept moved go goes going went gone jumped shot stepped ramped revised sped speeded".split()
_NOT_AFTER_RISE = "".join(rf"(?<!\b{w}\s)" for w in _RISE_UP)
"""'picked up to 3.4%', 'revised up to 2%', 'fares will go up to $7.50': a rise to a figure, not 'up to' as a
maximum."""

_UP_TO_NO_HEDGE = re.compile(
    r"(?:\bfrom\s+(?:[$€£]|[A-Z]{1,3}\$)?\d[\d.,]*\s*(?:%|per\s?cent|percent|[a-z]+)?\s+"
    r"|\b(?:push|pushes|pushed|pushing|bump|bumps|bumped|hike|hikes|hiked|ratchet(?:s|ed)?|jack(?:s|ed)?)\b"
    r"(?:\s+(?!up\b)[\w'’-]+){0,7}\s+)$",
    re.I,
)
"""Before 'up to', the start of a range ('run from 18.6 percent up to 48.2 percent') or a verb whose particle the
'up' is, its object between ('has pushed the duty on imported frozen chicken up to 82 percent'): the figure is
the range's end or the level reached, no maximum."""

_LIMITED_TO_WORDS = r"(?:limited|capped|restricted)\s+to|capped\s+at"
"""A limit told by its participle ('limited to $300', 'capped at 350,000'): an 'up to' hedge, and a limit's own level."""
LIMIT_HEDGES = frozenset({"cap", "floor"})
"""The hedges of a figure a rule sets as a limit (`_rule_limit`): a cap ('no more than $400') or a floor ('at least
£38,700')."""
_HEDGES: list[tuple[str, str]] = [
    # (regex on the words before the number, normalised hedge)
    (r"(?:just|slightly|a\s+little|a\s+bit)\s+(?:over|above|more\s+than)", "just over"),
    (r"(?:just|slightly|a\s+little)\s+(?:under|below|less\s+than|fewer\s+than|short\s+of)", "just under"),
    (
        r"(?:well\s+)?(?:more\s+than|(?<!\broll\s)(?<!\brolls\s)(?<!\brolled\s)(?<!\brolling\s)over|above|upwards\s+of"
        r"|in\s+excess\s+of|exceeding|exceeded|exceeds|topped|tops|topping|surpassed|surpassing|crossed|crossing"
        r"|north\s+of|greater\s+than)",
        "more than",  # not the verb 'rolled over' ('The jackpot had rolled over 19 times')
    ),
    (r"(?:at\s+least|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of|not\s+less\s+than)", "at least"),
    (r"(?:fewer\s+than|less\s+than|under|below)", "less than"),
    (
        _NOT_AFTER_RISE
        + r"(?:up\s+to|within|as\s+many\s+as|as\s+much\s+as|as\s+(?:high|large|big|long|deep|tall|wide|heavy)\s+as|at\s+most|no\s+more\s+than|a\s+maximum\s+of|not\s+more\s+than|"
        + _LIMITED_TO_WORDS
        + r"|a\s+(?:cap|ceiling|limit)\s+of)",
        "up to",
    ),
    (
        r"(?:nearly|almost|close\s+to|approaching|not\s+quite|just\s+shy\s+of|getting\s+on\s+for|the\s+best\s+part\s+of)",
        "nearly",
    ),
    (
        r"(?:about|around|roughly|some|near(?!ly)|approximately|approx\.?|an\s+estimated|estimated|circa|c\.|~|in\s+the\s+region\s+of|on\s+the\s+order\s+of|close\s+on|or\s+so|upward\s+of|of\s+about|of\s+around|of\s+roughly|of\s+some|at\s+about|at\s+around|at\s+roughly|at\s+approximately|at\s+an\s+estimated|put\s+at)",
        "about",
    ),
]
_HEDGE_RE = re.compile(
    r"(?:" + "|".join(f"(?P<h{i}>\\b{p})" for i, (p, _) in enumerate(_HEDGES)) + r")\s*$", re.IGNORECASE
)

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
_VAGUE_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<v{i}>{p})" for i, (p, _, _) in enumerate(_VAGUE)) + r")\b", re.IGNORECASE
)

_VAGUE_GATE = re.compile(r"[htmbds](?:undred|housand|illion|ozen|core)", re.IGNORECASE)
"""What every match of _VAGUE_RE holds: a cheap scan that spares the slow one most sentences."""

_NUM_RE = re.compile(
    r"(?P<cur>(?:US\$|(?<![\w.])(?:BDS|BD|TT|EC|NT|RD|J|G|B|L|N)\$|AU?\$|CA?\$|NZ\$|HK\$|S\$|R\$)\s?|[€$£¥₹₽]\s?|\b(?:EUR|USD|GBP|JPY|CHF|CNY|INR|AUD|CAD|RUB|SEK|NOK|DKK|PLN|ISK)\s?"
    r"|\bRs\.?\s?|\bSFr\.?\s?(?=\d)|(?<![\w.])(?-i:KShs?|Shs?|Tk|Rp|RM|GH[¢₵]|GHS|[₦₩₱])\s?|(?<![\w./])(?-i:S/)\s?(?=\d)"
    r"|(?<![\w.])(?-i:OMR|QAR|SAR|AED|KWD|BHD|EGP|JOD|MAD|TND|TRY|ILS|NIS|GEL|AZN|AMD|KZT|UZS|KGS|SDR|RO|QR|SR|KD|BD|JD|LE|Dhs?|F?CFA|XOF|XAF"
    r"|ZMW|MWK|PGK|UGX|TZS|KES|NGN|ZAR|ETB|RWF|BWP|MZN|AOA|NAD|BRL|MXN|ARS|CLP|COP|PEN|PHP|IDR|MYR|THB|VND|KRW|TWD"
    r"|HKD|SGD|NZD|PKR|BDT|LKR|NPR|HUF|CZK|RON|BGN|UAH|MK|SKr|NKr|DKr)\s?(?=\d)"
    r"|(?<![\w.])(?-i:[NWRPKQ])(?=\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s?|-(?=[mbt]illion))(?:trillion|billion|million|bn|tn|mn|m)\b"
    r"|\d+(?:\.\d+)?\s+(?:per|each|for\s+each|a\s+(?:day|week|month|year|kilo|litre|head)|an\s+hour)\b|\d+(?:\.\d+)?/[A-Za-z])"
    r"|(?:(?<=\bup\sfrom\s)|(?<=\bdown\sfrom\s))(?-i:[NRPKQ])(?=\d{2,}(?:\.\d+)?(?![\w.]\w)))?"
    r"(?P<num>(?<![\d.,])\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,])|(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,-]|\.\d)"  # '85 000 households': spaces between thousands
    r"|(?<![\d.,])\d+(?:\.\d+)?)"
    r"(?P<mult>(?:[”\"]\s(?=(?:trillion|billion|million)\b)|\s?|-(?=(?:trillion|billion|million|crores?|lakhs?)\b))(?:(?:lakhs?|thousand)[\s-]+crores?|trillion|billion|million|thousand|crores?|lakhs?|bn|tn|mn|mln|mil|bil|m|k|b)\b)?"
    r"(?P<pct>\s?(?:%|per\s?cent\b|percent\b|pc\b|percentage\s+points?\b|points?\b))?",
    re.IGNORECASE,
)


_DIGIT = re.compile(r"\d")
_LONGEST_PREFIX = 8
"""More than the longest text _NUM_RE takes before a figure's digits ('KShs ', 'SFr. ', 'FCFA ': five characters)."""

_COUNT_UNITS = {
    "teu", "people", "tonnes", "tons", "barrels", "passengers", "visitors", "users", "votes",
    "children", "men", "women", "cattle", "livestock", "sheep",
}  # fmt: skip
"""Count nouns a glued 'm' before them makes millions of, besides plurals in 's': units, and plurals without a final
's' ('4.2m children under five')."""


def _millions_of(m: re.Match[str], nt: str) -> bool:
    """Whether a glued 'm' after a figure reads as million: a plural count noun follows, and no
    article comes before the figure (which makes it a measure: 'a 1.8m wall')."""
    if m.group("mult") != m.group("mult").strip():
        return False  # '1.6 m' with a space: metres
    nxt = re.match(r"\s+([a-z]+)", nt[m.end("mult") :].lower())  # 'TEUs', 'Americans' too
    if not nxt or not (nxt.group(1) in _COUNT_UNITS or (len(nxt.group(1)) > 3 and nxt.group(1).endswith("s"))):
        return False
    return not re.search(r"\b(?:a|an)\s+$", nt[max(0, m.start() - 4) : m.start()], re.IGNORECASE)


_SWISS_THOUSANDS = re.compile(r"(?<=\d)['’](?=\d{3}(?!\d))")
"""A thousands separator written as an apostrophe ("112'400", the Swiss way): read as a comma, one character for one."""


_DECADE_WORDS = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80,
    "nineties": 90,
}  # fmt: skip
_AGE_DECADE_RE = re.compile(
    r"\b(?:in|into)\s+(?P<pron>his|her|their)\s+(?P<age>(?:(?P<part>early|mid|late)[\s-]+)?(?:(?P<d>[2-9])0s|(?P<w>"
    + "|".join(_DECADE_WORDS)
    + r")))\b",
    re.I,
)
"""An age told by its decade ('in his 70s', 'in her late sixties'): a range of ages."""


def extract_quantities(text: str, toks: list[Tok], time_spans: list[tuple[int, int]]) -> list[Quantity]:
    text = _SWISS_THOUSANDS.sub(",", text)
    norm = NormText(text, number_words(text, toks))
    nt = norm.text
    out: list[Quantity] = []
    used: list[tuple[int, int]] = []

    def overlaps_time(os_: int, oe: int) -> bool:
        return any(os_ < te and ts < oe for ts, te in time_spans)

    # match scores: 'beat Valencia 3-1' (only with sports wording around); later figures skip them
    scores = _score_quantities(text, toks, overlaps_time)
    out += scores
    time_spans = [*time_spans, *(q.span for q in scores)]

    # places in a ranking: 'No. 8 in Monday's rankings', 'a career-high eighth in the WTA rankings'
    ranks = _rank_quantities(text, toks, overlaps_time)
    out += ranks
    time_spans = [*time_spans, *(q.span for q in ranks)]

    # bowling figures: 'his six for 58', 'took five for 48' (wickets for runs conceded: one figure)
    bowling = [
        Quantity(
            text[m.start(1) : m.end()],
            (m.start(1), m.end()),
            v,
            v,
            v,
            "bowling",
            "",
            "",
            _context(toks, m.start(1), m.end()),
            "",
            False,
            0.5,
        )
        for m in _BOWLING_RE.finditer(text)
        if not overlaps_time(m.start(1), m.end())
        for v in [float(UNITS.get(m.group(1).lower(), m.group(1))) * 1000 + float(m.group(2))]
    ]
    out += bowling
    time_spans = [*time_spans, *(q.span for q in bowling)]

    # an age told by its decade: 'a man in his 70s', 'a woman in her late sixties' (a range of ages)
    decades = []
    for m in _AGE_DECADE_RE.finditer(text):
        if overlaps_time(*m.span("age")):
            continue
        tens = int(m.group("d")) * 10 if m.group("d") else _DECADE_WORDS[m.group("w").lower()]
        lo, hi = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}.get((m.group("part") or "").lower(), (0, 9))
        who = {"his": "man", "her": "woman"}.get(m.group("pron").lower(), "")  # whose age: a girl's is not his
        q = Quantity(m.group("age"), m.span("age"), tens + (lo + hi) / 2, tens + lo, tens + hi, "age", who, who,
                     _context(toks, *m.span("age")), "", True, 0.5)  # fmt: skip
        decades.append(q)
    out += decades
    time_spans = [*time_spans, *(q.span for q in decades)]

    # race times: 'won in 2:03:48' (hours, minutes, seconds; a clock time has no seconds in news prose)
    races = [
        Quantity(m.group(), m.span(), v, v, v, "duration", "", "", _context(toks, m.start(), m.end()), "", False, p)
        for m in (_RACE_TIME_RE.finditer(text) if _RACE_TIME_GATE.search(text) else ())
        if not overlaps_time(*m.span())
        for v, p in [(_race_seconds(m) / 86400, 0.5 * 10 ** -len(m.group(4) or m.group(10) or "") / 86400)]
    ]
    out += races
    time_spans = [*time_spans, *(q.span for q in races)]

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
    for m in _VAGUE_RE.finditer(nt) if _VAGUE_GATE.search(nt) else ():
        os_, oe = norm.to_orig(m.start()), norm.to_orig(m.end(), True)
        if overlaps_time(os_, oe):
            continue
        out.append(_vague_quantity(m, norm, text, toks))
        used.append((m.start(), m.end()))

    for m in _figure_matches(norm) if _DIGIT.search(nt) else ():  # every figure has a digit
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
    joined = _shared_unit(text, _compound_durations(text, kept))
    return [q for q in joined if not (q.dimension == "count" and _SCALE_SIZE_BEFORE.search(text, 0, q.span[0]))]


def _figure_matches(norm: NormText) -> Iterator[re.Match[str]]:
    """The figures of `_NUM_RE` in the normalised text, not joining a number word to the digits after it as
    thousands grouped by a space ('four 100 MHz blocks' is 4 blocks of 100 MHz, not 4,100)."""
    nt, pos = norm.text, 0
    while d := _DIGIT.search(nt, pos):
        # a figure's match opens at most _LONGEST_PREFIX characters before its first digit (the currency
        # written before it), so the scan starts there and skips the text before, where no match can open
        if not (m := _NUM_RE.search(nt, max(pos, d.start() - _LONGEST_PREFIX))):
            return
        ns, ne = m.span("num")
        word_end = next((e for s, e, _, _, k in norm.segs if k == "number" and s == ns and e < ne), None)
        if word_end is not None:
            m = _NUM_RE.search(nt, pos, word_end) or m
        yield m
        pos = max(m.end(), pos + 1)


_UNIT_SHARED_AFTER = re.compile(r"\s+(?:and|or)\s+(?=\d|[a-z])")
_COMMA_BETWEEN = re.compile(r",\s+(?=\d|[a-z])")
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
_TO_BETWEEN = re.compile(r"\s+to\s+(?=\d|[a-z])")
_LEADING_NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)", re.I)


def written_number(qtext: str) -> float | None:
    """The number a quantity's text opens with, as written ('10 years' -> 10, 'seven' -> 7), before its unit."""
    if not (m := _LEADING_NUMBER.match(qtext)):
        return None
    raw = m.group(1).replace(",", "")
    return float(raw) if raw[0].isdigit() else simple_number_word(raw.lower())


def _shared_unit(text: str, qs: list[Quantity]) -> list[Quantity]:
    """A bare figure joined by 'and' or 'or' to a figure with a unit ('prison terms of seven and six years', 'by 2
    and 3 per cent') is in that unit too."""
    out = list(qs)
    joined: set[int] = set()
    for k in reversed(range(len(out) - 1)):  # from the end of a list, where the unit is written, back to its start
        q, r = out[k], out[k + 1]
        if q.dimension != "count" or q.noun or r.dimension == "count" or r.dimension.startswith(("money", "id")):
            continue
        gap = _UNIT_SHARED_AFTER.match(text, q.span[1])
        if gap is None and k + 1 in joined:
            gap = _COMMA_BETWEEN.match(text, q.span[1])  # 'tenors of five, 10 and 30 years': a list, one unit
        if gap is None and _FROM_BEFORE.search(text, 0, q.span[0]):
            gap = _TO_BETWEEN.match(text, q.span[1])  # 'cut the sentence from 15 to 10 years': a change in one unit
        if gap is None or gap.end() != r.span[0] or not (number := written_number(r.text)):
            continue
        f = r.value / number
        out[k] = replace(q, value=q.value * f, low=q.low * f, high=q.high * f, precision=q.precision * f,
                         dimension=r.dimension, noun=r.noun, noun_text=r.noun_text)  # fmt: skip
        joined.add(k)
    for k in range(len(out) - 1):
        # 'cut from 14 years to seven': the bare figure a change ends at is in the unit of the one it starts from
        q, r = out[k], out[k + 1]
        if r.dimension != "count" or r.noun or q.dimension != "duration" or not _FROM_BEFORE.search(text, 0, q.span[0]):
            continue
        gap = _TO_BETWEEN.match(text, q.span[1])
        if gap is None or gap.end() != r.span[0] or not _BARE_END.match(text, r.span[1]):
            continue
        if not (number := written_number(q.text)):
            continue
        f = q.value / number
        out[k + 1] = replace(r, value=r.value * f, low=r.low * f, high=r.high * f, precision=q.precision,
                             dimension=q.dimension, noun=q.noun, noun_text=q.noun_text)  # fmt: skip
    return out


_BARE_END = re.compile(r"\s*(?:[.,;:!?)]|$|\s+(?:and|but|on|in|after|for|when|while|with|by)\b)")
"""What may follow a bare figure that ends a change ('from 14 years to seven.', '... to seven on appeal')."""


def _compound_durations(text: str, qs: list[Quantity]) -> list[Quantity]:
    """'two hours and 41 minutes', '2 hours, 3 minutes, and 12 seconds': one span, its parts summed,
    each part in a smaller unit than the one before."""
    out: list[Quantity] = []
    for q in qs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.dimension == q.dimension == "duration"
            and not q.hedge
            and q.value < prev.precision * 2  # a smaller unit: '41 minutes' after 'two hours'
            and re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)", text[prev.span[1] : q.span[0]])
        ):
            v = prev.value + q.value
            out[-1] = replace(
                prev,
                text=text[prev.span[0] : q.span[1]],
                span=(prev.span[0], q.span[1]),
                value=v,
                low=prev.low + q.value if prev.low == prev.value else prev.low,
                high=prev.high + q.value if prev.high == prev.value else prev.high,
                precision=q.precision,
            )
            continue
        lead = _AN_UNIT_AND.search(text, 0, q.span[0]) if q.dimension == "duration" and not q.hedge else None
        add = _DURATION_UNITS[lead.group(1).lower()] if lead is not None else 0.0
        if add > q.precision * 2:
            # 'an hour and 14 minutes': 'an hour' has no digit of its own to be read as a figure
            q = replace(q, text=text[lead.start() : q.span[1]], span=(lead.start(), q.span[1]), value=q.value + add,
                        low=q.low + add, high=q.high + add)  # fmt: skip
        if q.dimension == "count" and not q.hedge and _SUSPENDED_HYPHEN.match(text, q.span[1]):
            continue  # 'targets 10- to 14-year-olds', 'the 5- and 10-year bonds': the unit is told with the next figure
        out.append(_dot_grouped(q))
    return out


_SUSPENDED_HYPHEN = re.compile(r"-\s+(?:to|and|or|through)\s+\d")
"""A figure whose hyphen waits for the unit of the next one ('10- to 14-year-olds')."""


_DOT_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,]*\d)")
_DOT_GROUP_CURRENCIES = frozenset({"money:IDR", "money:VND"})
"""Currencies whose sums are written with a dot between thousands ('Rp14.000', '250.000 đồng') and never with
cents: a dot there groups digits."""


def _dot_grouped(q: Quantity) -> Quantity:
    """A rupiah or dong sum written with dots between thousands ('Rp14.000'), read as 14,000, not 14."""
    m = _DOT_GROUPED.search(q.text)
    if q.dimension not in _DOT_GROUP_CURRENCIES or m is None or "," in q.text:
        return q
    k = 1000.0 ** m.group().count(".")
    return replace(q, value=q.value * k, low=q.low * k, high=q.high * k, precision=q.precision * k)


_AN_UNIT_AND = re.compile(r"\b(?:an?|one)\s+(hour|minute|day|week)\s+and\s+$", re.I)
_DURATION_UNITS = {"hour": 1 / 24, "minute": 1 / 1440, "day": 1.0, "week": 7.0}
"""'an hour and 14 minutes': the span of 'an hour' in days, as durations are counted."""


_BOWLING_RE = re.compile(
    r"\b(?:his|her|took|taking|with|figures\s+of|returned)\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s+for\s+(\d{1,3})\b(?!\s+runs)",
    re.I,
)
"""A bowler's figures: 'his six for 58', 'took five for 48' (not 'six wickets for 39 runs', a collapse)."""


_RACE_TIME_RE = re.compile(
    r"(?<![\d:.])(\d{1,2}):([0-5]\d):([0-5]\d)(?:\.(\d{1,2}))?(?![\d:])"
    # the same time written with unit letters ('2h 03min 41s', '2h03m41s', '2 h 3 min 41 s')
    r"|(?<![\w:.])(\d{1,2})\s?h\s?([0-5]?\d)\s?(?:min|m|')\s?([0-5]?\d)\s?(?:s|sec|\")(?!\w)"
    # minutes and seconds with their fraction ('touched in 1:52.48', 'won in 3:31.2'), which no clock time has
    r"|(?<![\d:.])(\d{1,2}):([0-5]\d)\.(\d{1,2})(?![\d:])"
)
_RACE_TIME_GATE = re.compile(r"\d(?::\d|\s?h)")
"""What every match of _RACE_TIME_RE holds (a digit, then a colon and a digit, or an 'h')."""


def _race_seconds(m: re.Match[str]) -> float:
    if m.group(8) is not None:  # '1:52.48'
        return int(m.group(8)) * 60 + int(m.group(9)) + float("0." + m.group(10))
    if m.group(1) is None:  # '2h 03min 41s'
        return int(m.group(5)) * 3600 + int(m.group(6)) * 60 + int(m.group(7))
    return int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3)) + float("0." + (m.group(4) or "0"))


_SCORE_RE = re.compile(r"(?<![\d.,-])(\d{1,2}(?:½|\.5)?)\s?[-–]\s?(\d{1,2}(?:½|\.5)?)(?![\d%½-]|[.,]\d)")
_SPORTS_RE = re.compile(
    r"\b(?:beat|beats|beaten|beating|won|win|wins|winning|lost|lose|loses|losing|drew|draw|victory|defeat|defeated|"
    r"prevail\w*|triumph\w*|"
    r"thrash\w*|edged|held\s+off|hold\s+off|outlasted|downed|routed|tie-?breaks?|championship|tournament|"
    r"half-?time|full-?time|at\s+the\s+break|at\s+the\s+interval|"
    r"score\w*|scoreline|match(?:es)?|games?|finals?|semi-?finals?|quarter-?finals?|seed(?:ed)?|stunned|upset|league|cup|goals?|points?|voted|votes?|passed|approved|adopted|carried|split(?=\s+\d)|ruled|ruling|decision|majority)\b",
    re.IGNORECASE,
)
_ZERO_RE = re.compile(
    r"\b(?P<q>[Nn]o\s+one|[Nn]obody|(?:[Nn]o\s+(?:(?:other|further|new|serious|major)\s+)?"
    r"|[Nn]one\s+of\s+(?:the|its|their|those|these)\s+(?:[a-z-]+\s+)?)(?P<noun>[a-z]+(?:ies|[^s]s)))\b"
    r"(?=\s+(?:were|was|have|has|had|died|survived|remain|remained|is|are|would|will|could|can|did)\b)"
)


def _hedge_name(m: re.Match[str]) -> str:
    for k, v in m.groupdict().items():
        if v:
            name = _HEDGES[int(k[1:])][1]
            if name == "up to" and re.search(r"(?i)\bwithin\s*$", m.group()):
                return "within"  # 'within 24 months' is up to 24; 'within 12 to 24 months' is the range itself
            return name
    return ""


def _rounding(value: float) -> float:
    """Half the place of a whole figure's last non-zero digit (30 -> 5, 1,400 -> 50), 0 for others."""
    if value <= 0 or value != int(value):
        return 0.0
    unit, v = 1, int(value)
    while v % 10 == 0:
        v //= 10
        unit *= 10
    return unit / 2 if unit > 1 else 0.0


def about_margin(value: float) -> float:
    """How far 'about' reaches from a figure of 100 or more: a tenth of it when it is written round
    ('about 300' holds 320), else as far as its last written digit and at least a twentieth ('about
    2,900' holds 3,000 but not 3,100)."""
    return min(0.1 * value, max(2 * _rounding(value), 0.05 * value))


def _written_out_margin(value: float) -> float | None:
    """How far 'about' reaches from a figure written out in digits with three or more significant ones
    ('some 412,600', 'some 421,000'): a hundredth of it, as meant as written; None for other figures
    ('roughly $141 million' is rounded already)."""
    digits = f"{value:.0f}".rstrip("0")
    if value >= 100 and value == int(value) and len(digits) >= 3:
        return max(2 * _rounding(value), 0.01 * value)
    return None


_LIMITED_TO = re.compile(rf"(?:{_LIMITED_TO_WORDS})\b", re.I)
"""A limit told by its participle ('limited to $300'): the level something is held at, a rule's or not."""
_LIMIT_HEDGE = re.compile(rf"(?:{_LIMITED_TO_WORDS})\b|an?\s+(?:cap|ceiling|limit|maximum|minimum)\s+of\b", re.I)
"""A hedge that names a limit itself ('limited to $300', 'capped at 350,000', 'a minimum of 30 hours')."""
_RULE_BEFORE = {
    "up to": re.compile(
        r"\b(?:may|can|allow(?:s|ed)?|permit(?:s|ted)?|entitled|limit(?:s|ed)?|caps?|capped|ceiling|maximum"
        r"|restrict(?:s|ed)?)\b(?:\s+[\w'’$£€-]+){0,6}?\s*$",
        re.I,
    ),
    "at least": re.compile(
        r"\b(?:requir(?:e|es|ed|ing)|must|minimum|threshold)\b(?:\s+[\w'’$£€-]+){0,6}?\s*$"
        r"|\b(?:patients|people|adults|children|pupils|students|applicants|claimants|households|families|workers|those"
        r"|anyone|women|men)\s+(?:with|who\s+(?:have|has|had)|having)\s+$",
        re.I,
    ),
}
"""Before a hedged figure, in its clause, the word of a rule that sets it as a limit ('customers may take out no
more than $400 a month', 'Most roles now require a salary of at least £38,700'), or those a floor admits ('patients
with at least eight migraine days a month')."""


def _rule_limit(text: str, start: int, hedge: str) -> bool:
    """Whether a hedged figure is a limit a rule sets (a cap or a floor): against another limit of the rule it
    is as exact as any figure ('limited to $300 in cash each month' / 'no more than $400 a month' differ), unlike
    a bound on a figure nobody knows ('up to 1.6 million women' holds 1.5 million)."""
    if hedge not in _RULE_BEFORE:
        return False
    if _LIMIT_HEDGE.match(text, start):
        return True
    left = re.split(r"[.;:!?,]\s", text[max(0, start - 80) : start])[-1]
    return bool(_RULE_BEFORE[hedge].search(left))


_METRES_AXIS = re.compile(r"\s?m(?:\s+|-)(?:deep|high|tall|long|wide|across|below|above|thick)\b", re.I)
"""A bare 'm' after a figure followed by the axis it measures ('4m deep', 'a 20m-long crack'): metres."""


def _thousands_k(m: re.Match[str], nt: str) -> bool:
    """Whether a 'k' glued to a whole figure counts thousands ('from 270k this year'), not a race's kilometres ('a 10k
    run') or a unit's letter."""
    mult = m.group("mult") or ""
    return (
        mult in ("k", "K")
        and "." not in m.group("num")
        and not re.match(r"[\w-]|\s+(?:runs?|races?|walks?|fun\s+run)\b", nt[m.end() :], re.I)
    )


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
        return lo * 0.9, hi
    if hedge == "about":
        # a small round figure is as wide as its rounding: 'around 30' holds 34 (a tenth would not), within
        # a fifth either side; from 100 up a tenth is already as wide as a writer rounds
        margin = max(0.1 * lo, min(_rounding(lo), 0.2 * lo)) if lo == hi and lo < 100 else about_margin(lo)
        return lo - margin, hi + margin * (hi / lo if lo else 1.0)
    if hedge == "just over":
        return lo, hi * 1.1
    if hedge == "just under":
        return lo * 0.9, hi
    return lo, hi


_ORDINAL_WORDS = {w: k + 1 for k, w in enumerate(ORDINALS)}
_RANK_RE = re.compile(
    r"\b(?:No\.?\s?(?P<num>\d{1,3})|(?P<ord>\d{1,3})(?:st|nd|rd|th)|(?P<word>" + "|".join(_ORDINAL_WORDS) + r"))\b"
    r"(?=[^.;:]{0,40}?\b(?:rankings?|standings|seedings)\b)",
    re.IGNORECASE,
)
_RANK_GATE = re.compile(r"ranking|standing|seeding", re.IGNORECASE)
"""What every match of _RANK_RE holds after it: the ranking named."""


def _rank_quantities(text: str, toks: list[Tok], overlaps_time: Callable[[int, int], bool]) -> list[Quantity]:
    """A place in a ranking, when the ranking is named just after it ('No. 8 in Monday's rankings',
    'rise to a career-high eighth in the WTA rankings'); other 'No. 9's (a shirt, a street) are no
    quantity."""
    out: list[Quantity] = []
    for m in _RANK_RE.finditer(text) if _RANK_GATE.search(text) else ():
        if overlaps_time(m.start(), m.end()):
            continue
        raw = m.group("num") or m.group("ord")
        v = float(raw) if raw else float(_ORDINAL_WORDS[m.group("word").lower()])
        ctx = _context(toks, m.start(), m.end())
        out.append(Quantity(m.group(), m.span(), v, v, v, "rank", "rank", "rank", ctx, "", False, 0.0))
    for m in _PLACE_RE.finditer(text):
        g = "o" if m.group("o") else "o2" if m.group("o2") else "o3"
        if overlaps_time(*m.span(g)) or any(q.span[0] <= m.start(g) < q.span[1] for q in out):
            continue
        o = m.group(g).lower()
        v = float(o[:-2]) if o[:1].isdigit() else float(_ORDINAL_WORDS[o])
        ctx = _context(toks, *m.span(g))
        out.append(Quantity(m.group(g), m.span(g), v, v, v, "rank", "place", "place", ctx, "", False, 0.0))
    return out


_ORDINAL = r"\d{1,2}(?:st|nd|rd|th)|" + "|".join(_ORDINAL_WORDS)
_PLACE_RE = re.compile(
    rf"\b(?:finished|placed|came\s+(?:in\s+)?|crossed\s+the\s+line\s+in|ended\s+the\s+race\s+in)\s+(?P<o>{_ORDINAL})\b"
    rf"|\b(?:was|were)\s+(?P<o3>{_ORDINAL})(?=\s+(?:in|at|behind|with|on)\s+(?:\d|the\s+\w+\s+(?:race|final|standings))|\s*[,.;])"
    rf"|\bin\s+(?P<o2>{_ORDINAL})\s+place\b",
    re.IGNORECASE,
)
"""A finishing position: 'finished ninth', 'crossed the line in eighth', 'in sixth place', 'was fifth in
2:05:12' (not 'was first elected')."""


_TALLY_NUMBER = rf"(\d{{1,3}}|{NUMBER_WORD})"
"""A side of a tally, in figures or words ('22', 'nine', 'twenty-two')."""
_VOTES_TO_RE = re.compile(
    rf"(?<![\d.,])\b{_TALLY_NUMBER}\s+votes?\s+to\s+{_TALLY_NUMBER}\b(?![.,]\d)|(?<=\bvote\sof\s){_TALLY_NUMBER}\s+to\s+{_TALLY_NUMBER}\b"
    rf"|(?:(?<=\bvoted\sby\s)|(?<=\bpassed\sby\s)|(?<=\bapproved\sby\s)|(?<=\brejected\sby\s)|(?<=\badopted\sby\s))"
    r"(\d{2,3})\s+to\s+(\d{2,3})\b(?![.,]\d|\s*%|\s+per\s*cent)"  # 'voted by 289 to 215': a chamber's tally
    rf"|(?:(?<=\bvoted\s)|(?<=\bvote\swas\s)|(?<=\bvote\swent\s)){_TALLY_NUMBER}\s+to\s+{_TALLY_NUMBER}\b(?![.,]\d|\s*%|\s+per\s*cent)"
    rf"|(?<![\d.])(?<!\bby\s){_TALLY_NUMBER}\s+(?:points|goals)\s+to\s+{_TALLY_NUMBER}\b(?![.,]\d|\s*%|\s+per\s*cent)",
    re.IGNORECASE,
)
"""A tally in words: 'by 21 votes to 8', 'by a vote of five to two', 'voted eight to three', 'The vote was 28 to 14',
'beat Zimbabwe 38 points to 17'."""
_VOTE_WAS_RE = re.compile(
    r"\bvote\s+(?:[a-z]+\s+){1,3}?(?:was|went)\s+(?P<tally>(?P<x>\d{1,3})\s+to\s+(?P<y>\d{1,3}))\b(?![.,]\d|\s*%|\s+per\s*cent)",
    re.I,
)
"""A tally after a vote told with its moment or place between ('The vote this evening was 22 to 8'); 'The vote was 28
to 14' is `_VOTES_TO_RE`'s."""
_RESULT_BEFORE = re.compile(
    r"\b(?:beat|beats|beaten|beating|defeat\w*|won|win|wins|edged|thrash\w*|downed|routed|lost\s+to|lose\s+to)\b"
    r"[^.;]{0,40}$",
    re.I,
)
"""A game's result told just before its score ('beat Zimbabwe 38 points to 17')."""


_BIG_TALLY_RE = re.compile(r"(?<![\d.,-])(\d{3}|\d{2}(?=[-–]\d{3}))[-–](\d{2,3})(?![\d%½-]|[.,]\d)")
"""A chamber's tally written with a dash, with a number of three digits ('a 104-99 vote', '218-214'), else read
as one count and a lost number; '104 to 99' stays two counts, which a tally told in words ('142 votes in favour,
while 121 voted against') meets figure by figure. Tallies of two digits are read as scores ('beat Valencia 3-1')."""
_VOTE_WORD_RE = re.compile(r"\b(?:vote[sd]?|voting|passed|approved|adopted|carried|majority)\b", re.I)


def tally_value(winner: float, loser: float) -> float:
    """A score or a tally as one value: winner * 100 + loser, or * 1000 when the winner has three digits ('a vote of
    178 to 143', a chamber's '218-214')."""
    return winner * (1000 if winner >= 100 else 100) + loser


def tally_sides(value: float) -> tuple[int, int]:
    """The winner's and the loser's figures of a value `tally_value` made."""
    winner, loser = divmod(int(value), 1000 if value >= 100_000 else 100)
    return winner, loser


def _score_quantities(text: str, toks: list[Tok], overlaps_time: Callable[[int, int], bool]) -> list[Quantity]:
    """Match scores ('beat Valencia 3-1'), only in sentences with sports wording; value winner * 100 + loser."""
    out: list[Quantity] = []
    if not _SPORTS_RE.search(text):
        return out
    for m in _VOTES_TO_RE.finditer(text):  # 'four votes to two': a tally, like 4-2
        if re.search(r"(?i)\b(?:points|goals)\b", m.group()) and not _RESULT_BEFORE.search(text[: m.start()]):
            continue  # 'fell 5 points to 60': a move to a level, not a game's score
        x, y = (float(g) if g[0].isdigit() else float(simple_number_word(g.lower()) or 0) for g in m.groups() if g)
        hi_, lo_ = max(x, y), min(x, y)
        v = tally_value(hi_, lo_)  # 'a vote of 178 to 143' is the tally '178-143'
        out.append(
            Quantity(m.group(), m.span(), v, v, v, "score", "", "", _context(toks, m.start(), m.end()), "", False, 0.0)
        )
    for m in _VOTE_WAS_RE.finditer(text):  # 'The vote this evening was 22 to 8'
        span = m.span("tally")
        if any(q.span[0] < span[1] and span[0] < q.span[1] for q in out):
            continue
        x, y = float(m.group("x")), float(m.group("y"))
        v = tally_value(max(x, y), min(x, y))
        ctx = _context(toks, *span)
        out.append(Quantity(m.group("tally"), span, v, v, v, "score", "", "", ctx, "", False, 0.0))
    if _VOTE_WORD_RE.search(text):
        for m in _BIG_TALLY_RE.finditer(text):  # 'a 218-214 vote': a chamber's tally
            if overlaps_time(m.start(), m.end()) or re.search(r"(?i)\b(?:from|between)\s+$", text[: m.start()]):
                continue  # 'rose from 104-99 to ...': not a tally
            x, y = float(m.group(1)), float(m.group(2))
            v = max(x, y) * 1000 + min(x, y)  # one side has three digits ('218-214')
            ctx = _context(toks, m.start(), m.end())
            out.append(Quantity(m.group(), m.span(), v, v, v, "score", "", "", ctx, "", False, 0.0))
    for m in _SCORE_RE.finditer(text):
        if overlaps_time(m.start(), m.end()) or any(q.span[0] <= m.start() < q.span[1] for q in out):
            continue
        x, y = (float(g.replace("½", ".5")) for g in (m.group(1), m.group(2)))  # '2½-1½' (a chess match)
        hi_, lo_ = max(x, y), min(x, y)
        ctx = _context(toks, m.start(), m.end())
        v = hi_ * 100 + lo_
        out.append(Quantity(m.group(), m.span(), v, v, v, "score", "", "", ctx, "", False, 0.0))
    return _set_scores(text, toks, out)


_SET_JOIN = re.compile(r"(?:\s*\(\d{1,2}\))?(?:,\s*|\s+)")


def _set_scores(text: str, toks: list[Tok], scores: list[Quantity]) -> list[Quantity]:
    """A run of set scores ('6-4, 3-6, 7-6 (5)') is one result, in its order: one 'sets' figure whose
    value holds each set as written, so '6-4, 3-6' and '6-4, 4-6' differ."""
    out: list[Quantity] = []
    run: list[Quantity] = []

    def flush() -> None:
        if len(run) >= 2:
            start, end = run[0].span[0], run[-1].span[1]
            tb = re.match(r"\s*\(\d{1,2}\)", text[end:])
            end += tb.end() if tb else 0
            v = 0.0
            for q in run:
                x, y = (float(g) for g in re.findall(r"\d+(?:\.5)?", q.text.replace("½", ".5"))[:2])
                v = v * 10000 + x * 100 + y
            ctx = _context(toks, start, end)
            out.append(Quantity(text[start:end], (start, end), v, v, v, "sets", "", "", ctx, "", False, 0.0))
        else:
            out.extend(run)
        run.clear()

    for q in scores:
        if q.dimension == "score" and run and _SET_JOIN.fullmatch(text[run[-1].span[1] : q.span[0]]):
            run.append(q)
            continue
        flush()
        if q.dimension == "score":
            run.append(q)
        else:
            out.append(q)
    flush()
    return out


def _vague_quantity(m: re.Match[str], norm: NormText, text: str, toks: list[Tok]) -> Quantity:
    """A vague quantity ('dozens of', 'hundreds of thousands'), its bounds narrowed by a hedge before it."""
    nt = norm.text
    os_, oe = norm.to_orig(m.start()), norm.to_orig(m.end(), True)
    key = next(k for k, v in m.groupdict().items() if v)
    lo, hi = _VAGUE[int(key[1:])][1:]
    after = nt[m.end() :]
    cur = ""
    cw = re.match(r"\s+(?:of\s+)?([^\W\d_]+)", after)
    if cw and cw.group(1).lower() in CURRENCY_WORDS:
        cur = CURRENCY_WORDS[cw.group(1).lower()]
    cur = cur or _national_currency(after)
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
    mid = (lo + min(hi, lo * 3)) / 2
    return Quantity(text[q_start:oe], (q_start, oe), mid, lo, hi, dim, noun_s, noun_text, ctx, hedge, True)


_SECOND_DAY_BEFORE = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:and|or|to|-|–|&)\s*$",
    re.I,
)


_HOUR_OF_DAY_AFTER = re.compile(r"\s+in\s+the\s+(?:morning|afternoon|evening)\b|\s+at\s+night\b", re.I)
_HOUR_OF_DAY_BEFORE = re.compile(
    r"\b(?:at|after|before|around|about|until|till|by|from|to|past)\s+(?:(?:about|around|roughly)\s+)?$", re.I
)


def _quantity_from_match(m: re.Match[str], norm: NormText, text: str, toks: list[Tok]) -> Quantity | None:
    nt = norm.text
    raw_num = m.group("num")
    ns, ne = m.start("num"), m.end("num")
    os_num, oe_num = norm.to_orig(ns), norm.to_orig(ne, True)
    from_fraction = norm.kind_at(ns, ne) == "fraction"
    from_words = norm.kind_at(ns, ne) == "number"
    try:
        value = float(re.sub(r"[, \u00a0\u202f]", "", raw_num))
    except ValueError:
        return None
    if "," in raw_num and not re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?", raw_num):
        return None  # digits grouped in thousands, or the Indian way ('6,24,000' is 624,000)
    cur_raw = (m.group("cur") or "").strip()
    mult_raw = re.sub(r"[\s-]+", " ", (m.group("mult") or "").strip().lower().lstrip('-”"').strip())
    pct_raw = re.sub(r"\s+", " ", (m.group("pct") or "").strip().lower())
    before = nt[max(0, m.start() - 30) : m.start()]
    orig_before = text[max(0, os_num - 30) : os_num]
    orig_after = text[oe_num : oe_num + 40]

    if (
        not from_words
        and not from_fraction
        and _glued_identifier(orig_before, orig_after, value, cur_raw, mult_raw, pct_raw)
    ):
        return None
    if (
        not cur_raw
        and not pct_raw
        and not mult_raw
        and not from_words
        and _phone_or_hour(raw_num, orig_before, orig_after)
    ):
        return None
    cur = _currency(m, nt, cur_raw, pct_raw)
    # 'm', 'k', 'b' only as multipliers when money is involved, or 'm' glued to a figure that counts
    # a plural thing ('about 1.3m customers', '1.6m teu'; not 'a 1.8m thigh bone', metres)
    if (
        mult_raw in {"m", "k", "b"}
        and not cur
        and not (mult_raw == "m" and _millions_of(m, nt))
        and not _thousands_k(m, nt)
    ):
        mult_raw = ""
    mult = MULTS.get(mult_raw, 1.0)
    id_label = _id_label(orig_before, os_num, not cur and not pct_raw and not mult_raw, from_words, orig_after)
    if id_label is None:
        return None
    if id_label and "," in m.group("num") and not re.search(r"\d,\d{2}(?!\d)", m.group("num")):
        id_label = ""  # 'fined Áridos Maipo Sur 1,840 UTA': digits grouped in thousands count, they name nothing
        # ('Route 38', 'Flight 421', 'Boeing 737' never group their digits)
    value *= mult

    if not cur and not pct_raw and not mult_raw and value <= 31 and _SECOND_DAY_BEFORE.search(orig_before):
        return None  # 'meets on December 8 and 9': the second day of a date
    if not cur and not pct_raw and not mult_raw and not from_words and _bare_year(raw_num, orig_after, orig_before):
        return None

    decimals = len(raw_num.split(".")[1]) if "." in raw_num else 0
    # where the number (with its multiplier / percent sign) ends in the normalised text
    base_end = m.end("pct") if m.group("pct") else (m.end("mult") if m.group("mult") and mult_raw else ne)
    # ranges: 'between 300 and 400', '300-400', '300 to 400', '10-15%'
    is_between = bool(re.search(r"(?i)\bbetween\s+(?:US\$|[€$£])?$", nt[max(0, m.start() - 12) : m.start()]))
    range_hi, base_end, pct_raw, shared = _range_after(m, nt, base_end, value, mult, pct_raw, is_between)
    if shared:
        mult_raw, mult, value = shared, MULTS[shared], value * MULTS[shared]
    span_end = norm.to_orig(base_end, True)
    after_base = nt[base_end:]
    cwm = re.match(r"\s*(?:of\s+)?([^\W\d_]+)", after_base) if not pct_raw else None
    if not cur and cwm and cwm.group(1).lower() in CURRENCY_WORDS:
        cur = CURRENCY_WORDS[cwm.group(1).lower()]
    if not cur and not pct_raw:
        cur = _national_currency(after_base)
    dimension = _dimension(text, nt, norm, base_end, span_end, value, cur, cwm, pct_raw, id_label,
                           (from_fraction, from_words), (before, orig_before, orig_after))  # fmt: skip
    if dimension is None:
        return None
    dim, span_end, noun_s, noun_text, unit_factor = dimension
    in_cents = False
    if dim == "count" and not cur and cwm is not None and cwm.group(1).lower() in ("cents", "cent"):
        # '48 cents per $1,000' is $0.48: money in the sentence's currency (the dollar when none is written)
        in_cents = True
        sym = re.search(r"[€$]", text)
        dim, noun_s, noun_text = f"money:{'EUR' if sym and sym.group() == '€' else 'USD'}", "", ""
        span_end = norm.to_orig(base_end + cwm.end(), True)
    elif dim.startswith("money:") and not cur_raw and (ct := re.match(r"\s+cents?\b", text[span_end:], re.I)):
        in_cents = True  # '14.2 euro cents per kilowatt-hour' is €0.142
        span_end += ct.end()
        noun_s, noun_text = _noun_after(text, span_end, skip_of=True, money=True)
    if dim in ("duration", "pp") or (dim == "percent" and unit_factor != 1.0):
        value = value * unit_factor
        if range_hi is not None:
            range_hi *= unit_factor
    if (
        dim == "count"
        and not from_words
        and not cur
        and re.match(r"\s*(?:a\.m|p\.m|am\b|pm\b|o'clock|GMT|BST|UTC|hrs\b|h\b)", orig_after, re.I)
    ):
        return None
    if (
        dim == "count"
        and not cur
        and value <= 12
        and _HOUR_OF_DAY_AFTER.match(orig_after)
        and _HOUR_OF_DAY_BEFORE.search(orig_before)
    ):
        return None  # 'collapsed shortly after 4 in the morning': an hour, not a count

    hedge, q_start = _hedge_around(m, nt, norm, os_num, base_end, cur_raw, range_hi is not None and is_between)
    # 'Tsikhanouski and 13 others' is 14 people in all
    # unless what comes before 'and' is a clause of its own ('Five people died and three others were missing')
    and_others = (
        dim == "count"
        and re.search(r"\band\s+$", orig_before)
        and not re.search(
            r"\b(?:\w+ed|hurt|dead|missing|shot|taken|held|stuck|trapped|unaccounted for),?\s+and\s+$", orig_before
        )
        and re.match(r"\s+(?:other|others)\b", orig_after)
    )
    # a fraction of a percentage point, or of a percent, is exact ('a quarter of a percentage point' is 0.25)
    exact_part = dim == "pp" or unit_factor != 1.0
    if hedge == "within" and dim in _ZONE_RADII and range_hi is None and _ZONE_AROUND.search(text):
        hedge = ""  # 'killing all poultry within a three-kilometre radius', 'the evacuation of an area within 10
        # kilometres of the crater': a zone's edge, drawn at that distance, no more than a bound
    hedge, lo, hi, approximate = _bounds(hedge, value, range_hi, from_fraction and not exact_part, bool(and_others))
    if range_hi is None and _rule_limit(text, q_start, hedge):
        if _LIMITED_TO.match(text, q_start):
            lo = hi = value  # 'State power had been limited to four hours a day': what is left, as told
            approximate = False
        hedge = "cap" if hedge == "up to" else "floor"  # other bounds stay: against a count told, a limit is a bound
    ctx = _context(toks, q_start, span_end)
    qtext = text[q_start:span_end]
    # a figure in words with its scale ('half a million', 'two million') is told to that scale, as its digits are
    precision = 0.5 * 10 ** (-decimals) * mult * unit_factor if not from_words or mult > 1 else 0.5 * unit_factor
    if hedge == "about" and lo < value < hi and mult == 1 and not from_words and not decimals and unit_factor == 1:
        tight = _written_out_margin(value)
        if tight is not None:
            lo, hi = max(lo, value - tight), min(hi, value + tight)
    elif (
        hedge == "about"
        and lo < value < hi
        and mult > 1
        and decimals
        and len(raw_num.replace(",", "").replace(".", "").lstrip("0")) >= 4
    ):
        # 'an estimated 232.7 million': four figures written, as meant as written, a hundredth either side
        tight = max(2 * 0.5 * 10 ** (-decimals) * mult * unit_factor, 0.01 * value)
        lo, hi = max(lo, value - tight), min(hi, value + tight)
    if in_cents:
        value, lo, hi, precision = value / 100, lo / 100, hi / 100, precision / 100
    if (
        dim == "percent"
        and range_hi is None
        and not from_fraction
        and not from_words
        and hedge in ("nearly", "just under", "just over")
    ):
        # a share a little under or over a figure is within two points or so of it ('nearly 49%' is not 44.9%,
        # 'just over 41%' not 43.1%), not a tenth of the figure away
        width = max(2.0, (0.06 if hedge == "nearly" else 0.03) * value)  # ('almost 40%' holds 37.8%, 'almost 10%'
        # not 7.99%)
        lo, hi = (value - width, value) if hedge != "just over" else (value, value + width)
    if dim == "percent" and range_hi is None and not from_fraction and not from_words and hedge == "about":
        # a share told as about a figure is rounded to its last digit or to five ('about 83 percent' is not 78%,
        # 'about 30%' holds 33%), not a tenth of the figure either side
        width = max(2.0, min(_rounding(value), 0.2 * value), 0.03 * value)
        lo, hi = max(lo, value - width), min(hi, value + width)
    if from_fraction and range_hi is None and hedge == "nearly" and not mult_raw:
        # a fraction word is itself a rounding: 'nearly half' is said of 44% (three twentieths under it, not a
        # tenth); 'just under' or 'just over half' keeps to a tenth ('just over half' is not 56.2%)
        lo = value * 0.85
    abbr = _VOLUME_ABBR.get(noun_text.lower()) if dim == "count" and not mult_raw else None
    if abbr is not None:
        # '6 bcm of gas' is 6 billion cubic metres: the scale and the unit in one abbreviation
        f, noun_s, noun_text = abbr
        value, lo, hi, precision = value * f, lo * f, hi * f, precision * f
        unit = _VOLUME_ABBR_AFTER.match(text, span_end)
        if unit:
            span_end = unit.end()
            qtext = text[q_start:span_end]
    return Quantity(
        qtext, (q_start, span_end), value, lo, hi, dim, noun_s, noun_text, ctx, hedge, approximate, precision
    )


_VOLUME_ABBR = {
    "mcm": (1e6, "metr", "cubic metres"), "bcm": (1e9, "metr", "cubic metres"), "tcm": (1e12, "metr", "cubic metres"),
    "mmcm": (1e6, "metr", "cubic metres"), "mmcf": (1e6, "feet", "cubic feet"),
    "bcf": (1e9, "feet", "cubic feet"), "tcf": (1e12, "feet", "cubic feet"),
}  # fmt: skip
"""Gas and water volumes written as one abbreviation of a scale and a unit ('6 bcm', '2.1 bcf', '300 MCM'): their
value and unit."""
_VOLUME_ABBR_AFTER = re.compile(rf"\s*(?:{'|'.join(_VOLUME_ABBR)})\b", re.I)


_NATIONAL_CURRENCY_RE = re.compile(rf"(?:\s*|-)(?:of\s+)?{NATIONAL_WORDS}\s+([a-z]+)\b", re.IGNORECASE)


def _national_currency(after: str) -> str:
    """The currency of a currency word behind a national word ('4.5 million Danish kroner': DKK;
    'Swiss francs': CHF; '46 million Norwegian crowns': NOK, where 'crowns' alone is no currency), or ''."""
    m = _NATIONAL_CURRENCY_RE.match(after)
    if not m:
        return ""
    nation = m.group(0).split()[-2].lower()
    if (nation, m.group(1).lower()) in NATIONAL_CURRENCY:
        return NATIONAL_CURRENCY[(nation, m.group(1).lower())]
    return CURRENCY_WORDS.get(m.group(1).lower(), "")


def _currency(m: re.Match[str], nt: str, cur_raw: str, pct_raw: str) -> str:
    """The currency of a figure: its symbol ('€', 'US$') or a currency word after it ('3.2 million pounds')."""
    cur = CURRENCY_PREFIX.get(cur_raw.lower(), "") if cur_raw else ""
    after_mult = nt[m.end("mult") if m.group("mult") else m.end("num") :]
    cw = re.match(r"(?:\s*|-)(?:of\s+)?([^\W\d_]+)", after_mult if not pct_raw else "")
    if not cur and cw and cw.group(1).lower() in CURRENCY_WORDS:
        # '3.2 million pounds': pounds could be weight; treat as money (news prose)
        cur = CURRENCY_WORDS[cw.group(1).lower()]
    if not cur and not pct_raw:
        cur = _national_currency(after_mult)
    if not cur and cw and cw.group(1) == "won" and m.group("mult") and m.group("mult").strip().lower() in _BIG:
        cur = "KRW"  # '4.21 trillion won'; not 'the 3 won' of a record
    return cur


_BIG = {"trillion", "billion", "million", "tn", "bn", "mn"}


def _bare_year(raw_num: str, orig_after: str, orig_before: str = "") -> bool:
    """A bare number that is a year (a date, handled elsewhere), not a count ('1900 people'); the year of
    events the article names ('since the 2024 fires around Viña del Mar') is a year."""
    if not re.fullmatch(r"(?:1[89]|20)\d{2}", raw_num):
        return False
    nxt = re.match(r"\s+([a-z]+)", orig_after)
    return not (nxt and nxt.group(1).endswith("s")) or bool(_THE_YEARS.search(orig_before))


_THE_YEARS = re.compile(r"\b[Tt]he\s+$")
"""'the 2023 fires', 'the 2019 elections': a count so told would group its digits ('the 2,023 fires')."""


_EMERGENCY_NUMBERS = frozenset({"911", "999", "112", "000", "111", "101"})
_CALL_AFTER = re.compile(
    r"\s*(?:calls?|callers?|line|dispatch\w*|operators?|emergency|services?|centre|center)\b", re.I
)
_HOUR_BEFORE = re.compile(r"\b(?:at|after|before|around|until|till|by|from)\s+(?:shortly\s+|just\s+)?$", re.I)
_HOUR_AFTER = re.compile(
    r"\s+(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:morning|afternoon|evening|night)"
    r"|in\s+the\s+(?:morning|afternoon|evening)|at\s+night|o['’]clock|tonight|this\s+(?:morning|afternoon|evening)"
    r"|last\s+night)\b",
    re.I,
)


def _phone_or_hour(raw_num: str, orig_before: str, orig_after: str) -> bool:
    """An emergency number ('The first 911 call', 'a 999 call') or an hour told by its bare number ('shortly after 6
    on Tuesday evening'): no count."""
    if raw_num in _EMERGENCY_NUMBERS and _CALL_AFTER.match(orig_after):
        return True
    return (
        raw_num.isdigit()
        and 1 <= int(raw_num) <= 12
        and bool(_HOUR_BEFORE.search(orig_before))
        and bool(_HOUR_AFTER.match(orig_after))
    )


def _glued_identifier(
    orig_before: str, orig_after: str, value: float, cur_raw: str, mult_raw: str, pct_raw: str
) -> bool:
    """An identifier glued to letters ('G7', 'F-35', 'Covid-19', '5G') or to a clause's number ('76(4)'), an
    ordinal, a score, a clock or phone number."""
    if (
        re.search(r"[A-Za-z]-?$", orig_before)
        and not cur_raw
        and not re.search(r"(?:US|A|C|NZ|HK|S|R)\$$", orig_before)
    ):
        if not re.search(r"\b(?:EUR|USD|GBP|JPY|CHF|CNY|INR|AUD|CAD|RUB)\s?$", orig_before):
            return True
    if (
        re.match(r"[A-Za-z]", orig_after)
        and not mult_raw
        and not re.match(
            r"(?:st|nd|rd|th|bn|tn|mn|m|k|b|km|kg|kl|cm|mm|ft|pm|am|p\.m|a\.m|pc|mph|kph|mw|gw|(?-i:C)(?=\W|$))\b",
            orig_after,
            re.I,
        )
    ):
        return True
    # ordinals '2nd', '21st'
    if re.match(r"(?:st|nd|rd|th)\b", orig_after):
        return True
    # scores '3-1' and '2-0' (a range needs the second number to be larger)
    sc = re.match(r"\s?-\s?(\d+)\b", orig_after)
    if sc and int(sc.group(1)) <= value and value < 100 and not pct_raw:
        return True
    scb = re.search(r"\b(\d+)\s?-\s?$", orig_before)
    if scb and int(scb.group(1)) >= value and value < 100:
        return True
    # a numbered military unit ('14 Wing Greenwood', '3 Commando Brigade', '16 Air Assault Brigade')
    if re.match(r"\s(?:Wing|Squadron|Commando|Regiment|Brigade|Battalion|Air\s+Assault)\b", orig_after):
        return True
    # a sub-clause of a law or a rule, in brackets glued to its number ('Article 76(4)', 'Section 5(2)(a)')
    if re.search(r"[\w)]\($", orig_before) and orig_after.startswith(")"):
        return True
    # decimal clock '10.30' handled by time extraction; phone-like numbers skipped
    if re.match(r"[/:]\d", orig_after) or re.search(r"\d[/:]$", orig_before):
        return True
    return False


def _range_after(m: re.Match[str], nt: str, base_end: int, value: float, mult: float, pct_raw: str,
                 is_between: bool) -> tuple[float | None, int, str, str]:  # fmt: skip
    """The upper end of a range after the number ('300-400', '300 to 400', 'between 300 and 400', '10-15%'):
    (upper value or None, where the range ends in `nt`, the percent sign found after it, and the multiplier the
    upper end gives the lower one when only it writes one: 'HK$30-40 million' is 30 million to 40 million)."""
    range_hi: float | None = None
    shared = ""
    rng = re.match(
        r"\s?(-|to|and)\s?(?:US\$|[A-Z]{1,3}\$|[€$£₹¥₦₩₱]|Rs\.?\s?|(?:KShs?|Shs?|Tk|Rp|RM|R|N|P|K)\s?(?=\d))?"
        r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
        r"(\s?(?:trillion|billion|million|thousand|bn|tn|mn|m|k)\b)?",
        nt[base_end:],
    )
    if rng:
        joiner = rng.group(1)
        is_from = bool(re.search(r"(?i)\bfrom\s+(?:US\$|[€$£])?$", nt[max(0, m.start() - 12) : m.start()]))
        # 'rose 2.3% to 7,412' / 'fell from 40 to 35' are changes, not ranges
        is_change = bool(
            re.search(
                r"(?i)\b(?:rose|rise[sn]?|fell|fall(?:s|en)?|drop(?:ped|s)?|increas\w*|decreas\w*|climb\w*|jump\w*|"
                r"gr[eo]w\w*|declin\w*|slip\w*|slid\w*|surg\w*|plung\w*|soar\w*|rais\w*|cut|lower\w*|up|down)\b[^.;]{0,25}$",
                nt[max(0, m.start() - 40) : m.start()],
            )
        )
        pct_after2 = re.match(r"\s?(%|per\s?cent\b|percent\b)", nt[base_end + rng.end() :], re.IGNORECASE)
        if pct_raw and not pct_after2 and joiner != "-":
            is_change = True
        if joiner == "-" or (joiner == "to" and not is_from and not is_change) or (joiner == "and" and is_between):
            v2 = float(rng.group(2).replace(",", ""))
            mult2 = (rng.group(3) or "").strip().lower()
            m2 = MULTS.get(mult2, 0.0) or mult
            v2 *= m2
            if mult == 1.0 and m2 > 1.0 and joiner != "and" and value < v2 / m2 <= value * 20:
                shared, value = mult2, value * m2  # 'HK$30-40 million', '30 to 40 million euros'
            if v2 > value and v2 <= value * 20:
                range_hi = v2
                base_end += rng.end()
                pm = re.match(r"\s?(%|per\s?cent\b|percent\b)", nt[base_end:], re.IGNORECASE)
                if pm:  # '10-15%'; '4%-6%' writes the sign twice
                    pct_raw = pct_raw or pm.group(1).lower()
                    base_end += pm.end()
    return range_hi, base_end, pct_raw, shared if range_hi is not None else ""


def _hedge_around(m: re.Match[str], nt: str, norm: NormText, os_num: int, base_end: int, cur_raw: str,
                  between_range: bool) -> tuple[str, int]:  # fmt: skip
    """The hedge before ('more than', 'about') or after ('or more', '-plus') the number, and where the quantity
    starts in the original text (at the hedge before it, else at 'between' of a range, else at its currency
    symbol or digits)."""
    hedge = ""
    # hedges before the number (allowing a currency symbol in between)
    q_start = os_num
    if cur_raw:
        q_start = norm.to_orig(m.start("cur"))
    hedge_m = _HEDGE_RE.search(nt[max(0, m.start() - 40) : m.start()])
    if hedge_m:
        hedge = _hedge_name(hedge_m)
        q_start = norm.to_orig(max(0, m.start() - 40) + hedge_m.start())
        if hedge == "up to" and _UP_TO_NO_HEDGE.search(nt[: max(0, m.start() - 40) + hedge_m.start()]):
            hedge, q_start = "", os_num if not cur_raw else norm.to_orig(m.start("cur"))
    # hedges after: 'or more', 'or so', '-plus', '+'
    post = nt[base_end:]
    if re.match(r"\s*(?:\+|-plus\b|or\s+more\b|and\s+(?:more|upwards|above)\b)", post):
        hedge = "at least"
    elif re.match(r"\s*(?:or\s+so|odd)\b", post):
        hedge = "about"
    elif re.match(r"\s*(?:or\s+(?:fewer|less))\b", post):
        hedge = "up to"
    if between_range and not hedge:
        bm = re.search(r"(?i)\bbetween\s+(?:US\$|[€$£])?$", nt[max(0, m.start() - 12) : m.start()])
        assert bm is not None
        q_start = norm.to_orig(max(0, m.start() - 12) + bm.start())
    return hedge, q_start


def _bounds(
    hedge: str, value: float, range_hi: float | None, from_fraction: bool, and_others: bool
) -> tuple[str, float, float, bool]:
    """(hedge, low, high, approximate) of a quantity: a range, a hedged figure, a fraction written in
    words (two points either side) or 'N and others' (N + 1 in all)."""
    lo = hi = value
    approximate = from_fraction
    if range_hi is not None and hedge in ("about", "nearly", "up to", "less than", "more than", "at least"):
        # 'about 15 to 20 cases': the hedge widens the range, it does not replace it
        lo, hi = _apply_hedge(hedge, value, range_hi, exact=False)
        return "range", lo, hi, True
    if range_hi is not None and (not hedge or hedge == "within"):
        hi = range_hi  # 'within 12 to 24 months' is the range itself
        hedge = "range"
    if hedge == "within":
        hedge = "up to"
    if hedge and hedge != "range":
        lo, hi = _apply_hedge(hedge, lo, hi, exact=True)
        approximate = True
    elif from_fraction:
        lo, hi = lo - 2.0, hi + 2.0
    if hedge == "range":
        approximate = True
    if and_others and not hedge:
        hi = value + 1
        hedge = "range"
    return hedge, lo, hi, approximate


_PLURAL_LABEL = re.compile(r"\b([A-Za-z]+?)s\s+(?:\d+(?:\s*,\s*\d+)*\s*(?:,|,?\s*(?:and|or|&))\s*)?$")
"""A plural label right before a number, or before the numbers of a list that ends with it ('units 7 and ')."""


_SCALE_LEVEL_TO = re.compile(
    r"\b(level|stage|category|tier|phase)\s+(?:(?:for|in|across|on)\s+(?:the\s+)?[\w'’-]+\s+)?(?:to|at)\s+$", re.I
)
_SCALE_SIZE_BEFORE = re.compile(
    r"\b(?:level|stage|category|tier|phase|grade)\s+(?:\d+|[a-z]+)\s+(?:out\s+)?of\s+$", re.I
)
"""A scale's size after the level on it ('level 4 out of 5', 'level four of five'): no count of anything."""


def _id_label(orig_before: str, os_num: int, plain: bool, from_words: bool, orig_after: str = "") -> str | None:
    """The label a bare number identifies ('Article 50' -> 'article', 'Boeing 737' -> 'boeing'), '' for
    none, None for a number after 'No.' or '#' (no quantity). `plain`: no currency, percent or multiplier;
    `orig_after`: the text after the number."""
    prev_words = re.findall(r"[A-Za-z#.]+", orig_before)
    prev_word = prev_words[-1].lower().rstrip(".") if prev_words else ""
    if (
        prev_words
        and prev_words[-1].lower() in {"no.", "no", "#", "nos."}
        and re.search(r"\bNo\.?\s*$|#\s*$", orig_before)
    ):
        return None
    if plain and re.search(r"\b(?:the|a|its|their)\s+(?:[a-z]+\s+)?top\s$", orig_before, re.I):
        return None  # 'in the top 200', 'the global top 100': a ranking's band, which counts nothing
    if plain and prev_word in ID_LABELS and re.search(r"[A-Za-z#.]\s?$", orig_before):
        return prev_word
    if plain and re.search(r"\b(?:[Ff]light|[Tt]rain|[Rr]oute)\s+[A-Z0-9]{2,3}\s?$", orig_before):
        return prev_words[-2].lower() if len(prev_words) > 1 else "flight"  # 'flight SO 611': a flight's code
    if plain and (m := _SCALE_LEVEL_TO.search(orig_before)):
        return m.group(1).lower()  # 'raised the danger level to 4': the level reached, as 'to level 4' tells it
    if plain:
        # 'units 7 and 8', 'gates 3, 4 and 5': numbers a plural label lists, each one its own
        m = _PLURAL_LABEL.search(orig_before)
        stem_word = m.group(1).lower() if m else ""
        label = stem_word if stem_word in ID_LABELS else stem_word.removesuffix("e")  # 'units', 'buses'
        if label in ID_LABELS:
            return label
        if m and m.group(1)[0].isupper() and re.search(r"\d", m.group()) and label.lower() not in STOPWORDS:
            return label  # 'Ghats 4 and 5': the numbers a capitalised plural label lists
    if plain and re.search(r"\b[A-Z][a-z]+\s$", orig_before) and not from_words:
        # 'Boeing 737', 'Apollo 11': capitalised word right before a bare number - unless it
        # starts the sentence or is a month (dates are removed earlier)
        cap = re.search(r"\b([A-Z][a-z]+)\s$", orig_before)
        assert cap is not None
        if os_num - len(cap.group(0)) > 0 and cap.group(1).lower() not in STOPWORDS:
            return cap.group(1).lower()
        if (
            _LABEL_AFTER.match(orig_after)
            and cap.group(1).lower() not in STOPWORDS
            and not cap.group(1).lower().endswith("ly")
            and cap.group(1).lower() not in _COUNT_OPENERS
        ):
            return cap.group(1).lower()  # 'Doel 3 was shut down', 'Ghats 4 and 5 at Daulatdia were damaged': a name
            # opening the sentence, its number followed by a verb or by another number, counts nothing
    return ""


_ZONE_RADII = frozenset({"measure:km", "measure:mile", "measure:m"})
_ZONE_AROUND = re.compile(
    r"\b(?:radius|zone|cull(?:ed|ing)?|evacuat\w+|exclusion|cordon\w*|quarantin\w+|restricted|no-go|banned|ban)\b",
    re.I,
)
"""Words of a zone drawn around a place: a distance 'within' it is the zone's radius."""

_AREA_UNIT = re.compile(
    r"(?:\s|-)?(?:(?:sq\.?|square)[\s-]*(km|kilomet(?:re|er)s?|mi(?:les?)?)\b|(km)(?:2|²)(?!\d))", re.I
)
"""An area after a figure: square kilometres or square miles."""

_LABEL_AFTER = re.compile(
    r"\s*(?:,\s*\d+\s*)*(?:and|or|&)\s+\d+\b|\s+(?:was|were|is|are|has|have|had|will|would|remains|remained)\b"
    r"|,\s+which\b"
)
"""After a number opening a sentence behind a capitalised word, another number of its list or a verb."""
_COUNT_OPENERS = frozenset(
    "about around roughly some nearly almost over under approximately just more fewer less overall altogether"
    " combined together today yesterday tonight now still only another then later earlier between from with for"
    " after since by to of in on at among".split()
)
"""Words opening a sentence before a count ('Overall 40 were hurt', 'Between 200 and 250 people attended'), no name
the number could belong to."""

_FRACTION_OF_POINT = re.compile(r"\s*of\s+(?:a|one)\s+percentage[\s-]+points?\b", re.IGNORECASE)
_FRACTION_OF_PERCENT = re.compile(r"\s*of\s+(?:a|one)\s+(?:percent|per\s+cent)\b", re.IGNORECASE)


def _dimension(text: str, nt: str, norm: NormText, base_end: int, span_end: int, value: float, cur: str,
               cwm: re.Match[str] | None, pct_raw: str, id_label: str, flags: tuple[bool, bool],
               context: tuple[str, str, str]) -> tuple[str, int, str, str, float] | None:  # fmt: skip
    """What the number measures: (dim, end of the quantity in the original text, noun stem, noun as written,
    factor to base units) or None when it is no quantity (a bare zero with nothing counted).

    `flags` is (from_fraction, from_words); `context` is (normalised text before, original text before, after)."""
    from_fraction, from_words = flags
    before, orig_before, orig_after = context
    after_base = nt[base_end:]
    dim = "count"
    unit_factor = 1.0
    noun_s, noun_text = "", ""
    if cur:
        dim = f"money:{cur}"
        if cwm and cwm.group(1).lower() in CURRENCY_WORDS:
            span_end = norm.to_orig(base_end + cwm.end(), True)
        noun_s, noun_text = _noun_after(text, span_end, skip_of=True, money=True)
    elif pct_raw and (pp := _FRACTION_OF_POINT.match(text, span_end)):
        dim, unit_factor = "pp", 0.01  # 'a quarter of a percentage point': 0.25 points, not 25%
        span_end = pp.end()
    elif pct_raw and (pc := _FRACTION_OF_PERCENT.match(text, span_end)):
        dim, unit_factor = "percent", 0.01  # 'three-tenths of a percent': 0.3%, not 30%
        span_end = pc.end()
        noun_s, noun_text = _noun_after(text, span_end, skip_of=True)
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
        if unit_w in {"year", "years"} and (
            (tail and tail[0] and tail[0].lower() == "old") or re.match(r"\s+old\b", nt[end_n:])
        ):
            dim = "age"
            span_end = norm.to_orig(end_n, True)
            mo = re.match(r"\s+old\b", nt[end_n:])
            if mo:
                span_end = norm.to_orig(end_n + mo.end(), True)
        elif unit_w == "basis" and (bp := re.match(r"\s+points?\b", nt[end_n:])):
            dim, unit_factor = "pp", 0.01  # '25 basis points' is a quarter of a percentage point
            span_end = norm.to_orig(end_n + bp.end(), True)
        elif (unit_of(unit_w) in TIME_UNITS and unit_w not in {"second", "night"}) or unit_w in {"seconds", "nights"}:
            dim = "duration"
            k = TIME_UNITS[unit_of(unit_w)]
            unit_factor = k
            span_end = norm.to_orig(base_end + len(re.match(r"(?:\s|-)?[A-Za-z/]+", after_base).group(0)), True)  # type: ignore[union-attr]
            noun_s, noun_text = _noun_after(text, span_end, skip_of=True)
        elif (ar := _AREA_UNIT.match(after_base)) is not None:
            dim = f"measure:{'sqmi' if (ar.group(1) or '').lower().startswith('mi') else 'km2'}"  # '40 sq km', '15 square miles'
            span_end = norm.to_orig(base_end + ar.end(), True)
            noun_s, noun_text = _noun_after(text, span_end, skip_of=True)
        elif unit_w == "metric" and (mt := re.match(r"(?:\s|-)?metric\s+(?:tonnes?|tons?)\b", after_base, re.I)):
            dim = "measure:t"  # '34.2 million metric tonnes'
            span_end = norm.to_orig(base_end + mt.end(), True)
            noun_s, noun_text = _noun_after(text, span_end, skip_of=True)
        elif (unit_w in MEASURE_UNITS and not (unit_w == "m" and from_words)) or (
            unit_w == "m" and not from_words and _METRES_AXIS.match(after_base)
        ):
            dim = f"measure:{MEASURE_UNITS.get(unit_w, unit_w)}"  # 'about 4m deep': metres, told by the axis after
            span_end = norm.to_orig(base_end + len(re.match(r"(?:\s|-)?[A-Za-z/]+", after_base).group(0)), True)  # type: ignore[union-attr]
            if dim in ("measure:km", "measure:mile") and (
                per_hour := re.match(r"\s+(?:per|an|a)\s+hour\b", text[span_end:], re.I)
            ):
                dim = "measure:kph" if dim == "measure:km" else "measure:mph"  # '148 kilometres per hour'
                span_end += per_hour.end()
            if dim == "measure:deg" and (
                scale := re.match(r"\s+(fahrenheit|celsius|centigrade)\b", text[span_end:], re.I)
            ):
                dim = "measure:degF" if scale.group(1).lower() == "fahrenheit" else dim  # '10 degrees Fahrenheit'
                span_end += scale.end()
            noun_s, noun_text = _noun_after(text, span_end, skip_of=True)
        elif re.search(
            r"\baged?\s+$|\bage\s+of\s+$|\baged?\s+\d+(?:\s*,\s*\d+)*,?\s+(?:and|or)\s+$"
            r"|\bas\s+(?:young|old)\s+as\s+$|\bages\s+(?:of\s+)?$|\bages\s+\d+\s+(?:to|and|through)\s+$",
            orig_before.lower(),
        ):  # 'children as young as 5', 'ages 5 to 17'
            # 'aged 16 and 13 respectively': the second figure is an age too
            dim = "age"
        elif (marker := re.search(r"\b(kilomet(?:re|er)|km|mile)\s$", orig_before, re.IGNORECASE)) and not unit_w:
            dim = f"measure:{MEASURE_UNITS[marker.group(1).lower()]}"  # 'at kilometre 30': 30 km into the race
        elif re.search(r"\bmagnitude\s+(?:of\s+|at\s+)?$", orig_before, re.IGNORECASE) or re.match(
            r"\s+on\s+the\s+richter\s+scale\b", orig_after, re.IGNORECASE
        ):
            dim = "measure:magnitude"
        elif (
            re.search(r"[A-Za-z]{2,},\s$", orig_before)
            and re.match(r"\s*(?:[,;)]|\.\s|\.?$)", orig_after)
            and value < 120
            and not from_words
        ):
            dim = "age"  # 'Jane Doe, 45, was ...', 'the striker, 29, signed'
        elif (
            re.search(r"\b[A-Z][\w'’-]+\s\($", orig_before)
            and re.match(r"\)", orig_after)
            and 0 < value < 120
            and not from_words
        ):
            dim = "age"  # 'taxi driver Seán Daly (57)': the age in brackets after a name, as Irish and British papers print it
        elif id_label:
            dim = f"id:{id_label}"
        else:
            noun_s, noun_text = _noun_after(text, span_end, skip_of=True)
            if value == 0 and not noun_s:
                return None
            if noun_s == "point":
                dim = "points"  # '14 rating points' counts what '14 points' does
    return dim, span_end, noun_s, noun_text, unit_factor


_SYN_STEMS = {stem(k): v for k, v in SYNONYMS.items()} | SYNONYMS


def syn(stem_: str) -> str:
    """Map a stem to a small synonym group (people/workers/deaths/...), else itself."""
    return _SYN_STEMS.get(stem_, stem_)


LY_NOUNS = frozenset(
    "family assembly rally ally supply monopoly anomaly butterfly jelly belly bully lily gully folly homily filly"
    " reply fly polly italy july".split()
)
"""Nouns ending in -ly, which the adverb test ('12 newly hired staff') would otherwise stop at."""


HEDGE_WORD = r"(?:roughly|about|around|nearly|almost|some|over|under|approximately|just|more|fewer|less|at)\b"
"""A hedge before a whole ('160 of its roughly 620 employees'), which is no adjective of the whole's noun."""


def _noun_after(text: str, pos: int, skip_of: bool, money: bool = False) -> tuple[str, str]:
    """Stem and text of the head noun right after a number ('12 injured miners' -> 'miner')."""
    # '12 of the region's 16 districts', 'three of the usual five lanes': the part counts the whole's noun
    part = re.match(
        r"\s+of\s+(?:(?:the|its|their|his|her|our)\s+)?(?:[A-Za-z-]+'s?\s+)?(?:(?!"
        + HEDGE_WORD
        + r")[a-z]+\s+)?(?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?)\s+",
        text[pos : pos + 80],
    )
    if part and skip_of:
        numw = part.group(0).split()[-1]
        if numw[0].isdigit() or simple_number_word(numw) is not None:
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
        if lw in NOUN_SKIP and not chosen:
            if lw == "of" and not skip_of:
                break
            prev_end = w.end()
            continue
        if lw in NOUN_STOP or (lw.endswith("ly") and lw.removesuffix("'s") not in LY_NOUNS):
            break
        chosen.append(w)
        prev_end = w.end()
        if len(chosen) >= 3:
            break
    if not chosen:
        return "", ""
    lead = chosen[0].group().lower()
    if lead in _STATE_VERBS and not any(_plural_like(w.group().lower()) for w in chosen[1:]):
        return "", ""  # 'left about 25 million facing acute hunger': a verb after the figure, no noun (not '12 missing
        # climbers')
    # head: skip leading modifiers ('trapped', 'armed', 'local'), then take a second
    # plural for compounds ('police officers'), never a following verb ('people came')
    k = 0
    while k < len(chosen) - 1 and (modifier_like(w := chosen[k].group().lower()) or w.endswith(("'", "'s"))):
        k += 1  # a modifier, or a possessive ('58% of the members' vote': the vote is counted)
    head = chosen[k]
    if head.group().lower().endswith(("ed", "ing")) and len(head.group()) > 4 and k == len(chosen) - 1:
        return "", ""  # 'fourteen of those freed were ...': no noun
    hl = head.group().lower()
    hyphened = (
        k == 0 and hl != "strong" and unit_of(hl) not in TIME_UNITS and text[pos : pos + head.start()] == "-"
    )  # 'The 580-bed hospital serves': the unit is the noun
    if (
        not hyphened
        and not _plural_like(hl)
        and hl not in {"people", "staff", "police", "personnel", "men", "women", "children"}
    ):
        # a compound's plural head further on: 'police officers', '14 Roman gold coins', '11 wild poliovirus cases'
        head = next((w for w in chosen[k + 1 :] if _plural_like(w.group().lower())), head)
    first = chosen[0]
    if money:
        return stem(head.group()), text[pos + first.start() : pos + head.end()]
    return stem(head.group()), text[pos + first.start() : pos + head.end()]


_STATE_VERBS = frozenset(
    "facing living waiting seeking needing fleeing sheltering awaiting requiring receiving staying remaining suffering"
    " lacking sleeping".split()
)
"""Verbs that follow a count of people with no noun between ('left about 25 million facing acute hunger')."""


def _plural_like(w: str) -> bool:
    """A word that may be a plural noun: it ends in 's', not in 'ss' ('press') nor 'us' ('virus', 'census', 'bus')."""
    return w.endswith("s") and not w.endswith(("ss", "us"))


def modifier_like(w: str) -> bool:
    """Adjectives and participles that precede the counted noun."""
    return (
        len(w) > 4 and w.endswith(("ed", "ing", "al", "ive", "ful", "ous", "ic", "ian", "ese", "ish", "ary"))
    ) or w in {
        "more",
        "other",
        "new",
        "old",
        "young",
        "former",
        "local",
        "foreign",
        "senior",
        "junior",
        "top",
        "armed",
        "full-time",
        "part-time",
        "extra",
        "further",
        "separate",
        "private",
        "public",
        "civilian",
    }


def _context(toks: list[Tok], start: int, end: int, width: int = 6) -> tuple[str, ...]:
    idx_s = next((i for i, t in enumerate(toks) if t.end > start), len(toks))
    idx_e = next((i for i, t in enumerate(toks) if t.start >= end), len(toks))
    window = toks[max(0, idx_s - width) : idx_s] + toks[idx_e : idx_e + width]
    out = []
    for k, t in enumerate(window):
        if t.low == "home" and k + 1 < len(window) and window[k + 1].low == "to":
            continue  # 'Grindavík, home to about 3,700 people': a place's people, no homes
        if t.is_word and t.low not in STOPWORDS and len(t.low) > 2:
            out.append(syn(stem(t.low)))
        elif _MODEL_LETTERS.fullmatch(t.text) and t.low not in _NOT_MODELS:
            # a model or product code, 'VX-8', 'A320': what a price or a count belongs to
            rest = window[k + 1 : k + 3]
            if rest and rest[0].start == t.end and rest[0].text == "-" and len(rest) > 1:
                rest = rest[1:]
            if rest and rest[0].text[0].isdigit() and rest[0].start - t.end <= 1:
                out.append(f"{t.low}{rest[0].text}")
    return tuple(dict.fromkeys(out))


_MODEL_LETTERS = re.compile(r"[A-Z]{1,4}")
_NOT_MODELS = {"covid", "g", "sars", "h", "n", "no", "a", "i"}
"""Letters that start codes shared by a whole story's sentences ('Covid-19', 'G7'), not a model."""


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
            size = TIME_UNITS[name]
            if (name == "year" and q.value >= size) or (
                q.value >= size and abs(q.value / size - round(q.value / size)) < 1e-6
            ):
                scale, unit = size, f" {name}s" if abs(q.value - size) > 1e-9 else f" {name}"
                break
        else:
            for name in ("day", "hour", "minute", "second"):
                if q.value >= TIME_UNITS[name]:
                    scale, unit = TIME_UNITS[name], f" {name}s"
                    break
            else:
                scale, unit = TIME_UNITS["second"], " seconds"
    elif dim == "age":
        unit = " years old"
    elif dim.startswith("measure:"):
        unit = " " + dim.split(":", 1)[1]
    elif dim.startswith("id:"):
        prefix = dim.split(":", 1)[1] + " "
    elif dim == "score":
        winner, loser = tally_sides(q.value)
        return f"{winner}-{loser}"
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
                return f"{fmt_num(round(v / 10**exp, 4))}e{exp}"
        if abs(v - round(v)) < 1e-6:
            return str(int(round(v)))
        return f"{v:.2f}".rstrip("0").rstrip(".")

    if q.hedge and q.hedge not in {""} and (q.low != q.high):
        lo_b = "(" if q.hedge == "more than" else "["
        hi_b = ")" if q.high == INF or q.hedge == "less than" else "]"
        if (
            q.hedge in {"vague"}
            or q.hedge == "range"
            or q.hedge
            in {
                "about",
                "nearly",
                "just over",
                "just under",
                "up to",
                "less than",
                "more than",
                "at least",
                *LIMIT_HEDGES,
            }
        ):
            return f"{prefix}{lo_b}{num(q.low)}, {num(q.high)}{hi_b}{unit}{noun}"
    if q.low != q.high and dim.startswith("money:"):
        return f"{prefix}{num(q.value)}{unit}{noun}"
    return f"{prefix}{num(q.value)}{unit}{noun}"
