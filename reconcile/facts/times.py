"""Time references: dates, clock times, periods and relative days, resolved against the publication date."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from reconcile.facts.lexicon import (
    DAYPARTS,
    FUTURE_MARKERS,
    INTENT_VERBS,
    IRREGULAR_PAST,
    MON_ABBR,
    MONTHS,
    QORD,
    WD_NAMES,
    WEEKDAYS,
)
from reconcile.facts.numbers import simple_number_word
from reconcile.facts.records import TimeRef

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
            r"(?!-(?i:month|week|day|hour|year|minute)s?\b)"  # 'the bureau's August 24-Month Study' names no day
            rf"(?:(?:\s*[-–]\s*|\s+(?:to|until|till|through)\s+)(?P<day2>\d{{1,2}}){_ORD}\b(?!\s*(?:[:.]\d|%|"
            r"(?i:a\.?m\b|p\.?m\b|per\s*cent|percent|o'clock))))?(?:,?\s+(?P<year>(?:19|20)\d{2})\b)?"
        ),
    ),
    (
        "dmy",
        re.compile(
            rf"\b(?:(?P<wd>{_WEEKDAY_RE}),?\s+)?(?:the\s+)?(?P<day>\d{{1,2}}){_ORD}"
            rf"(?:(?:\s*[-–]\s*|\s+(?:to|and|until|till|through)\s+)(?P<day2>\d{{1,2}}){_ORD})?\s+(?:of\s+)?"
            rf"(?P<month>{_MONTH_RE})(?:,?\s+(?P<year>(?:19|20)\d{{2}})\b)?"
        ),
    ),
]

_ZONE_PLACES = (
    r"Japan|Tokyo|Beijing|China|Moscow|Paris|Berlin|London|Korea|Seoul|Hong\s+Kong|Singapore|Sydney|UK|U\.K\.|British"
)
"""Places whose name with 'time' names a zone ('Japan time')."""

_CLOCK_RE = re.compile(
    r"(?P<mod>(?:(?:at\s+)?(?:shortly|just|soon|right|sometime|some\s+time|not\s+long)\s+(?:after|before)"
    r"|after|before|by|until|till|around|about|at\s+about|at\s+around|approximately|roughly|circa"
    r"|between|from)\s+)?"
    r"(?:(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?\s?(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)"
    r"|(?<![\d:.,])(?P<h24>[01]?\d|2[0-3])(?:[:h]|(?=[0-5]\d\s*(?:GMT|UTC|BST|CET|CEST|JST)\b)"  # '0700 GMT'
    r"|\.(?=[0-5]\d\s*(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|JST|IST|local\s+time)\b)"  # '03.41 local time'
    # 'shortly before 23.30', 'at 14.00': a time preposition before it is required below (_clock_ref)
    r"|(?P<dot>\.)(?=[0-5]\d\b(?![.,]\d)(?!\s*(?:%|per\b|percent|million|billion|bn|mn|kroner|kronor|krone|euros?"
    r"|dollars?|pounds?|crowns?|points?|metres?|meters?|km|kg|tonnes?|litres?|degrees?|seconds?|minutes?|hours?"
    r"|years?|a\s+share|per\s+share)\b)))"
    r"(?P<m24>[0-5]\d)\b(?![:.]\d)"  # not a race time's '2:03:48'"
    r"|\b(?P<word>noon|midday|midnight)\b"  # not the 'noon' of 'afternoon'
    r"|(?P<hoc>\d{1,2})\s+o'clock\b)"
    r"(?:\s*(?P<tz>GMT|BST|UTC|CET|CEST|EST|EDT|ET|PST|PDT|PT|CST|CDT|MSK|IST|JST|AEST|AEDT|AWST|ACST|ACDT|NZT|NZST|NZDT|local\s+time"
    r"|(?:Eastern|Pacific|Central|Mountain)(?:\s+(?:Standard|Daylight))?\s+time|(?:Eastern|Pacific)(?!\s+(?-i:[A-Z]))"
    rf"|(?:{_ZONE_PLACES})\s+time"
    r"|(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+time\b"  # 'New Zealand time': a zone, unknown here
    r"|\(\d{1,2}[:.]\d{2}\s*(?:GMT|UTC)\)))?",
    re.IGNORECASE,
)

_NIGHT_BEFORE = re.compile(r"\b(?:night|nightly|evening|tonight)\b[^.;,]{0,20}$", re.I)
"""Just before an hour told by the clock alone: the part of the day it falls in ('each night from 10 o'clock')."""

_LATE_ZONE = re.compile(
    rf"\s+on\s+[A-Z][a-z]+day,\s+(?P<tz>(?:{_ZONE_PLACES}|Eastern|Pacific|Central|Mountain|local)\s+time)\b"
)
"""A zone written after the day of a clock time: 'at 4:12 a.m. on Thursday, Japan time'."""

_PERIOD_RE = re.compile(
    r"(?P<mod>\b(?:by|before|after|until|till|since|from|in|during|through|throughout|for)\s+)?"
    r"(?:"
    r"(?:the\s+)?(?P<qord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+quarter(?!ly)"
    r"(?:\s+of\s+(?:(?P<qyear>(?:19|20)\d{2})|(?P<qrel>the\s+year|this\s+year|next\s+year|last\s+year)))?"
    r"|\bQ(?P<qnum>[1-4])(?!\d|,\d)(?:\s+(?P<qyear2>(?:19|20)\d{2}))?"
    r"|(?:the\s+)?(?P<hord>first|second|1st|2nd|latter)\s+half(?:\s+of\s+(?:(?P<hyear>(?:19|20)\d{2})|(?P<hrel>the\s+year|this\s+year|next\s+year|last\s+year)))?"
    r"|\bH(?P<hnum>[12])\s+(?P<hyear2>(?:19|20)\d{2})"
    r"|(?:the\s+)?(?:(?P<dmod>early|mid|late)[\s-]+)?(?P<decade>(?:19|20)\d0)['’]?s\b"
    r"|(?P<ymod>early|mid|late|the\s+end\s+of|end\s+of|the\s+start\s+of|start\s+of|the\s+beginning\s+of|beginning\s+of|the\s+middle\s+of|the\s+turn\s+of)[\s-]+(?P<yyear>(?:19|20)\d{2}(?!['’]?s\b|[-–/]\d{2}\b)|the\s+year|this\s+year|next\s+year)"  # not a decade ('the early 1980s'), nor a year across two ('the end of 2026-27')
    r"|(?P<smod>this|next|last|the|early|late|mid|the\s+coming)?[\s-]*\b(?P<season>spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?(?P<syear>(?:19|20)\d{2}))?"
    r"|(?P<mmod>early|mid|late|the\s+end\s+of|end\s+of|the\s+start\s+of|start\s+of|the\s+beginning\s+of|beginning\s+of|the\s+middle\s+of)?[\s-]*"
    rf"(?P<month>{_MONTH_RE})(?:\s*[-–]\s*(?P<month2>{_MONTH_RE}))?"
    r"(?:,?\s+(?P<myear>(?:19|20)\d{2})|\s+(?:of\s+)?(?P<myrel>last|this|next)\s+year\b)?"
    r"|(?P<rel>this|next|last)\s+(?P<relunit>year|month|week)"
    r"|\b(?P<ayear>(?:19|20)\d{2})[-–/](?P<ayear2>\d{2})(?=\s+(?:school|academic|fiscal|financial|budget|tax|crop|marketing)\s+years?\b)"
    r"|(?P<year>\b(?:1[5-9]|20)\d{2})\b(?!\s*[-/]\s*\d)"
    r")",
    re.IGNORECASE,
)

_RELDAY_RE = re.compile(
    r"\b(?P<mod>early|late|earlier|later)?\s*(?P<rel>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
    r"|yesterday|today|tonight|tomorrow|last\s+night|overnight"
    r"|this\s+(?:morning|afternoon|evening)|(?:two|three|four|five|six|[2-6])\s+days\s+ago)\b"
    r"(?:\s+(?P<part>morning|afternoon|evening|night))?",
    re.IGNORECASE,
)

_RELDAY_GATE = re.compile(
    r"\b(?:yesterday|today|tonight|tomorrow|last\s+night|overnight|this\s+(?:morning|afternoon|evening)|days\s+ago)\b",
    re.IGNORECASE,
)
"""What every match of _RELDAY_RE holds: a sentence without it is not searched."""
_DIGIT = re.compile(r"\d")

_INDEFINITE = re.compile(r"\b(?:a|an|any|every|each)\s+$", re.IGNORECASE)
"""Before a weekday: 'on a Friday evening in May 2021' names no particular week."""
_WEEKDAY_FULL_RE = re.compile(
    r"(?P<pre>\b(?:(?:early|late)\s+(?:on\s+)?|(?:last|this|next|on|by|until|since|from|overnight|the\s+night\s+of|the\s+early\s+hours\s+of)\s+)*)"
    rf"(?P<wd>{_WEEKDAY_RE})"
    r"(?P<post>\s+(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night|overnight))?",
)


# Cheap necessary conditions for _PERIOD_RE and _CLOCK_RE, which are slow to scan: each lists a
# piece that every match of its pattern contains, in lower case, so a sentence without one of
# them is not scanned. They read the lower-cased text, which IGNORECASE matching agrees with for
# every character but these four (then the full pattern runs): each matches an ASCII letter under
# IGNORECASE although its lower case is not that letter.
_FOLDS_ODDLY = re.compile("[\u0130\u0131\u017f\u212a]")
_PERIOD_GATE = re.compile(
    r"quarter|half|q[1-4]|h[12]|(?:1[5-9]|20)\d\d|year|month|week|spring|summer|autumn|fall|winter"
    r"|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b"
)
_CLOCK_GATE = re.compile(
    r"\d\s?[ap]\.?m|\d[:h]\d|(?:at|until|till|before|after)\s+\d{1,2}\.\d\d\b"
    r"|\d\d\s*(?:gmt|utc|bst|cet|cest|jst|eet|eest|msk|ist|local\s+time)\b|noon|midday|midnight"
    r"|o'clock"
)


_WEEKDAY_GATE = re.compile(_WEEKDAY_RE)
"""What every match of _WEEKDAY_FULL_RE holds."""


def _may_match(gate: re.Pattern[str], text: str, lower: str) -> bool:
    """False only when `gate`'s pattern cannot match `text` (`lower` is text.lower())."""
    return gate.search(lower) is not None or _FOLDS_ODDLY.search(text) is not None


_NO_PAST_AFTER = frozenset(
    "be been being to is are get will remain remains stay stays become becomes keep keeps"  # 'will be held', 'to hold'
    " the a an its their his her our my your this these those".split()  # 'its defined benefit scheme'
)
"""Words after which a past form is no past tense: a participle after 'be', an infinitive, or a participle as an
adjective after a determiner ('the injured driver')."""


def _is_past_word(w: str, prev: str) -> bool:
    if prev in _NO_PAST_AFTER and w not in {"was", "were", "had", "did"}:
        return False
    if w in IRREGULAR_PAST:
        return True
    if w in _PAST_LIKE_PRESENT and prev and prev not in _NOT_THIRD_SINGULAR and not prev.endswith("s"):
        return True  # 'Water burst into the mine on Tuesday': a singular subject would take 'bursts' in the present
    return (w.endswith("ed") and len(w) > 4) or w in _SHORT_PAST


_SHORT_PAST = frozenset({"died", "used", "owed", "tied", "lied"})
"""Past forms of four letters, which the length check leaves out ('The victim died ... in March')."""
_PAST_LIKE_PRESENT = frozenset("burst hit cut put shut split spread cast cost hurt quit upset beat".split())
"""Verbs whose past is their present form: past after a singular subject, which the present would give an -s."""
_NOT_THIRD_SINGULAR = frozenset(
    "i you we they to will would can could may might must should shall do does did not n't never also".split()
)


def _before(words: list[str], k: int) -> str:
    """The word before words[k], an adverb in between passed over ('will be formally declared')."""
    j = k - 1
    while j > 0 and words[j].endswith("ly") and len(words[j]) > 4:
        j -= 1
    return words[j] if j >= 0 else ""


_NOUN_MARKERS = {"plan", "plans", "set", "due", "hopes", "aims"}
"""Future markers that are nouns after a determiner ('the plan', 'its aims')."""
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "our", "whose"}


_SAYING_AFTER = re.compile(
    r"[^,.;]{0,20},\s+(?:(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,4}?(?:said|says|decided|announced|told|reported|confirmed|added)"
    r"|according\s+to)\b",
    re.I,
)
"""After a time: a clause of saying set off by a comma ('..., the city council decided on Sunday', '..., according to
a regulation published in the Official Journal')."""


_SET_FOR = re.compile(r"\bfor\s+$", re.I)
"""Right before a day: the day something is set for ('a strike for Saturday', 'mourning for 16 November')."""
_TASK_BY = re.compile(r"\bto\s+[a-z]+\b[^.;,]{0,50}?\b(?:by|before)\s+(?:next\s+)?$", re.I)
"""Right before a day: the deadline of a task set in an infinitive ('ordered the committee to submit its report by')."""
_TASK_AFTER = re.compile(r"\s+to\s+(?!(?:the|a|an|be|its|their|his|her)\b)[a-z]+\b", re.I)
"""Right after a day bounded by 'until': the task it is the deadline of ('gave the committee until 19 March to
report')."""


_RECENT_UNTIL = re.compile(
    r"\b(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today)\s+(?:until|till|through)\s+$", re.I
)
"""Right before a day: 'until' after a weekday of the page's week ('suspended on Monday until 30 June'): the end of a
state just begun."""


def _task_deadline(text: str, start: int, end: int) -> bool:
    """Whether a day is the deadline of a task set ('to submit its report by Thursday', 'until 19 March to report'):
    ahead of the setting, whatever its tense."""
    if _TASK_BY.search(text[max(0, start - 80) : start]):
        return True
    return bool(re.search(r"\buntil\s+$", text[max(0, start - 7) : start], re.I) and _TASK_AFTER.match(text, end))


_MEETING_FOR = re.compile(
    r"\bfor\s+(?:(?:fresh|new|further|more|crisis|emergency)\s+)?(?:talks|negotiations|discussions|an?\s+(?:meeting"
    r"|vote|hearing)|meetings?)\s+(?:on\s+)?$",
    re.I,
)
"""Before a day: the day a meeting is called for ('has called the unions for talks on Thursday'), ahead of the
calling whatever its tense."""
_INVITED_TO = re.compile(
    r"\b(?:invit(?:e|es|ed|ing)|call(?:s|ed|ing)?|summon(?:s|ed|ing)?)\s+(?:[\w'’-]+\s+){0,4}?to\s+"
    r"(?:(?:fresh|new|further|more|crisis|emergency|joint)\s+)?(?:talks|negotiations|discussions|an?\s+(?:meeting"
    r"|hearing)|meetings?|appear|testify|give\s+evidence)\s+(?:before\s+(?:[\w'’-]+\s+){1,4}?)?(?:on\s+)?$",
    re.I,
)
"""Before a day: the day of a meeting the parties are invited or called to, or one summoned to appear at ('has invited
both sides to talks on Thursday', 'summoned Salcedo to appear on Thursday'), ahead of the invitation whatever its tense
('returned to talks on Thursday' is no invitation)."""
_STRIKE_CALLED = re.compile(
    r"\b(?:call(?:s|ed|ing)?|announc(?:e|es|ed|ing))\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?(?:strikes?|walkouts?|stoppages?)"
    r"\b[^.;,]{0,45}?\s(?:on\s+)?$",
    re.I,
)
"""Before a day: the day of a strike called ('has called a 24-hour warning strike at German airports on Thursday'),
ahead of the calling whatever its tense."""
_MEASURE_FROM = re.compile(
    r"\b(?:warnings?|alerts?|bans?|curfews?|closures?|restrictions?|rules|measures?|orders?|lockdowns?|limits?|caps?"
    r"|suspensions?|advisor(?:y|ies))\b[^.;]{0,50}\bfrom\s+$",
    re.I,
)
"""A measure and the 'from' that starts it, right before a day ('issued a red warning for the countryside from')."""
_DECLARED_BEFORE = re.compile(r"\b(?:declared|declares|declare|proclaimed|proclaims|named|designated)\s+$", re.I)
_DAY_OF_AFTER = re.compile(r"\s+(?:as\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:day|holiday)\b", re.I)
"""Around a weekday: the day a government names ('declared Thursday a day of national mourning')."""


_SCHEDULED_BARE = {"begin", "start", "open", "finish", "end", "conclude", "resume", "close"}
_SCHEDULED_S = {w + ("es" if w.endswith("sh") else "s") for w in _SCHEDULED_BARE} | {"kicks", "takes"}
"""Verbs of a timetable in the present tense ('begins', 'finishes', 'kicks off', 'takes place'); the bare forms
only after 'which' or 'that' ('the Finals, which begin in Turin')."""


_WORDS = re.compile(r"(?:[^\W\d_]|')+(?:-(?:[^\W\d_]|')+)*")


_END_BOUND = frozenset({"through", "thru", "until", "till", "to"})
_SETTING_AHEAD = ("extend", "prolong", "fix", "schedul")
"""Stems of verbs that set or stretch a timetable: the end bound after them ('extended ... through Thursday', 'fixed
15 further hearing dates until March') lies ahead of the page."""


_INVITED_TO_TALKS = re.compile(
    r"\b(?:has|have)\s+(?:\w+\s+)?(?:invited|called|summoned)\b[^.;]{0,50}?\b(?:for|to)\s+(?:a\s+|fresh\s+|further\s+)?"
    r"(?:talks|meeting|negotiations|consultations)\b[^.;,]{0,40}$",
    re.I,
)
"""An invitation to talks, its day ahead of the page ('has called farm leaders to talks in New Delhi on Friday')."""

_OFFER_VERBS = frozenset({"offered", "offers", "offering", "proposed", "proposes", "promised", "promises", "pledged"})
_AWAITING = frozenset({"until", "till", "pending", "ahead"})
_ADVISE_VERBS = frozenset({"advised", "urged", "encouraged"})
_COURT_DATE_VERBS = frozenset({"appear", "reappear", "face", "stand", "return"})
_COURT_STEPS = frozenset({"sentencing", "trial", "sentence", "hearing", "verdict", "judgment", "judgement"})


_CLAUSE_CUT = re.compile(
    r"[,;:]|\b(?:and|but|which|who|that|where|when|after|before|because|while|since|as|if|said|says)\b", re.I
)
_EARLIEST_AFTER = re.compile(r",?\s+at\s+the\s+(?:very\s+)?(?:earliest|latest)\b", re.I)
_WILL_IN_CLAUSE = re.compile(r"\b(?:will|shall)\b|['’]ll\b", re.I)


def _tense(text: str, start: int, end: int) -> str:
    """'future', 'past' or '' (no marker) for the time reference at [start, end)."""
    # a hyphenated compound is one word: 'cholera-hit' is no past tense
    # letters of any script: 'Peñarol' is one word, not two that push the verb out of reach
    left = _WORDS.findall(text[max(0, start - 80) : start].lower())[-10:]
    if left and left[-1] in _END_BOUND and any(w.startswith(_SETTING_AHEAD) for w in left):
        return "future"  # 'extended a heat advisory for the region through Thursday': the end of what was extended;
        # 'fixed 15 further hearing dates until March': the end of a timetable set
    if _STRIKE_CALLED.search(text[max(0, start - 90) : start]):
        return "future"  # 'The unions have announced another national strike on 14 December': the day set ahead
    if _INVITED_TO_TALKS.search(text[max(0, start - 100) : start]):
        return "future"  # 'The Union agriculture ministry has invited farm leaders for talks in Chandigarh on Friday'
    if _EARLIEST_AFTER.match(text, end):
        return "future"  # 'the line could reopen on Friday at the earliest': a bound on a day ahead
    starts_from = (left and left[-1] == "from") or text[start:end].lower().startswith("from ")
    if starts_from and any(w in _OFFER_VERBS for w in left):
        return "future"  # 'has offered a 15 percent pay rise from January': the start of what is offered lies ahead
    tail = left[:-1] if left and left[-1] in ("in", "on") else left
    if len(tail) >= 2 and tail[-2] in _AWAITING and tail[-1] in _COURT_STEPS:
        return "future"  # 'was granted bail until sentencing in April': the step awaited lies ahead
    if left and left[-1] in ("until", "till") and any(w in ("has", "have") for w in left) and "had" not in left:
        return "future"  # 'The school has replaced cafeteria meals with bread and milk until December 4': a state
        # begun and still going, its end ahead of the page
    for k in range(len(left) - 1, -1, -1):
        w = left[k]
        if w == "set" and (k + 1 >= len(left) or left[k + 1] not in ("to", "for")):
            continue  # 'was looted and set alight on Wednesday night': the act done, not a day set ahead ('is set to')
        if (w in FUTURE_MARKERS or w.endswith("'ll")) and not (
            w in _NOUN_MARKERS and k > 0 and left[k - 1] in _DETERMINERS
        ):
            return "future"  # ('approved the plan in October': a noun, no future)
        if w == "to" and k > 0 and left[k - 1] in INTENT_VERBS:
            return "future"  # 'agreed to hold talks in the autumn'
        if w == "to" and any(left[j] in _ADVISE_VERBS for j in range(max(0, k - 3), k)):
            return "future"  # 'advised travellers to allow three hours at the airport on Wednesday': the day the
            # advice is for lies ahead of its giving
        if w == "to" and k + 1 < len(left) and left[k + 1] in _COURT_DATE_VERBS:
            return "future"  # 'granted him conditional bail to appear at Gosford Local Court in February': the day
            # a court sets someone to come back on lies ahead
        if w in _SCHEDULED_S or (w in _SCHEDULED_BARE and k > 0 and left[k - 1] in {"which", "that"}):
            return "future"  # 'The race finishes in Cardiff on Sunday', 'the Finals, which begin on 8 November': a
            # timetable told in the present, ahead of the page
        if _is_past_word(w, _before(left, k)):
            if _WILL_IN_CLAUSE.search(_CLAUSE_CUT.split(text[max(0, start - 200) : start])[-1]):
                return "future"  # 'will cap the retail price of imported regular milled rice at ₱45 per kilo starting
                # Thursday': a participle read as an adjective, inside a clause a 'will' governs
            return "past"
    after = text[end : end + 60]
    if _SAYING_AFTER.match(after):
        after = after.split(",")[0]  # ', the city council decided on Sunday': the tense of the saying, not of this time
    right = _WORDS.findall(after.lower())[:6]
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
        # a day just before the page's own ('Runners set off on 29 November' on a page of 30 November): a text
        # written before the day and published after it, or a present tense read as future, not next year's day
        return y if cand >= pub - timedelta(days=_FUTURE_SLACK_DAYS) else y + 1
    if day is None:
        return y if month <= pub.month else y - 1
    # a past act on a day just after the page's own ('declared a day of mourning on December 3' on a page of 2
    # December): the page's date is its first stamp or another zone's, not a year later than the act
    return y if cand <= pub + timedelta(days=_PAST_SLACK_DAYS) else y - 1


_PAST_SLACK_DAYS = 3
"""How many days after the page's date a day told in the past tense is still read in the page's year."""
_FUTURE_SLACK_DAYS = 2
"""How many days before the page's date a day told in the future (or present) tense is still read in the page's
year."""


def _year_of_weekday(month: int, day: int, wd: int, pub: date, year: int) -> int:
    """The year, next to the page's, in which the written day falls on the written weekday ('Friday,
    November 20' on a page of 18 November 2026: 2026, although talks 'called for' it read as past);
    `year` when none or it does."""
    fits = []
    for cy in (pub.year - 1, pub.year, pub.year + 1):
        try:
            d = date(cy, month, day)
        except ValueError:
            continue
        if d.weekday() == wd:
            fits.append((abs((d - pub).days), cy))
    if not fits or any(cy == year for _, cy in fits):
        return year
    return min(fits)[1]


def _day_label(d: date) -> str:
    return f"{WD_NAMES[d.weekday()]} {d.day} {MON_ABBR[d.month - 1]} {d.year}"


def _clock_label(minutes: float) -> str:
    m = int(minutes) % 1440
    return f"{m // 60:02d}:{m % 60:02d}"


_BASE_WEEK = datetime(2001, 1, 1)  # a Monday
_BASE_YEAR = 2000


def extract_times(text: str, published: datetime | None) -> list[TimeRef]:
    refs: list[TimeRef] = []
    taken: list[tuple[int, int]] = []
    pub = _pub_date(published)

    def free(s: int, e: int) -> bool:
        return all(e <= ts or s >= te for ts, te in taken)

    def add(ref: TimeRef | None) -> None:
        if ref is not None:
            refs.append(ref)
            taken.append(ref.span)

    # 1. full dates (each pattern needs a digit)
    for _name, pat in _DATE_PATTERNS if _DIGIT.search(text) else ():
        for m in pat.finditer(text):
            if free(m.start(), m.end()):
                add(_date_ref(m, text, pub))

    # 2. weekdays (not already inside a date)
    for m in _WEEKDAY_FULL_RE.finditer(text) if _WEEKDAY_GATE.search(text) else ():
        if free(*m.span("wd")) and not _INDEFINITE.search(text, 0, m.start("wd")):
            add(_weekday_ref(m, text, pub))

    # 3. yesterday / today / last night ...
    for m in _RELDAY_RE.finditer(text) if _RELDAY_GATE.search(text) else ():
        if free(m.start("rel"), m.end("rel")):
            add(_relday_ref(m, text, pub))

    lower = text.lower()
    # 4. clock times
    for m in _CLOCK_RE.finditer(text) if _may_match(_CLOCK_GATE, text, lower) else ():
        core_start = (
            m.start("h")
            if m.group("h")
            else m.start("h24")
            if m.group("h24")
            else (m.start("word") if m.group("word") else m.start("hoc"))
        )
        if free(core_start, m.end()):
            add(_clock_ref(m, text))

    # 5. months, seasons, quarters, years
    for m in _PERIOD_RE.finditer(text) if _may_match(_PERIOD_GATE, text, lower) else ():
        core_start = m.end("mod") if m.group("mod") else m.start()
        # trim leading whitespace of optional empty groups
        while core_start < m.end() and text[core_start].isspace():
            core_start += 1
        if core_start < m.end() and free(core_start, m.end()):
            add(_period_ref(m, text, published, core_start))

    refs.sort(key=lambda r: r.span)
    return [_not_until(text, r) for r in refs]


_NOT_BEFORE_UNTIL = re.compile(
    r"(?<!\bmay\s)(?<!might\s)(?<!could\s)(?:\bnot|n['’]t|\bnever)\b(?!\s+(?:be\s+)?wait)[^.;:,]{0,60}$", re.I
)


def _not_until(text: str, t: TimeRef) -> TimeRef:
    """A day denied its act until then is the day the act comes: 'does not expect to reopen its runway until Sunday'
    dates the reopening to Sunday, not to any day up to it ('some customers may not have power back until Thursday'
    is a bound, and 'are not waiting until Friday' tells of acting before it: both left as they are)."""
    if t.modifier != "until" or t.level != 1 or t.end is None or not _NOT_BEFORE_UNTIL.search(text, 0, t.span[0]):
        return t
    start = t.end - timedelta(days=1)
    return replace(t, start=start, modifier="", label=t.label.removeprefix("until "))


_DATE_REL_YEAR = re.compile(r"\s+(?:of\s+)?(last|this|next)\s+year\b", re.IGNORECASE)
"""A year named after a date by its distance from the page's ('July 22 of last year')."""


def _date_ref(m: re.Match[str], text: str, pub: date | None) -> TimeRef | None:
    """A full date ('March 2', '2 March 2026', '3/2'), its year resolved against `pub` when not written."""
    gd = m.groupdict()
    if "mon" in gd and gd.get("mon"):
        month = int(gd["mon"])
    else:
        month = MONTHS[gd["month"].rstrip(".").lower()]
    day = int(gd["day"])
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    wd = WEEKDAYS.get((gd.get("wd") or "").lower().removesuffix("'s"))
    future = _is_future(text, m.start(), m.end())
    if _SET_FOR.search(text[max(0, m.start() - 6) : m.start()]):
        future = True  # 'announced a strike for September 19': the day set ahead, whatever the tense of the setting
    if _task_deadline(text, m.start(), m.end()):
        future = True  # 'gave the committee until 19 March to report': a deadline set ahead
    elif _RECENT_UNTIL.search(text[max(0, m.start() - 40) : m.start()]):
        future = True  # 'banned wheat exports on Monday until June 30': what began this week lasts until a day ahead
    elif re.search(r"\bthe\s+$", text[max(0, m.start() - 5) : m.start()]) and re.match(r"\s+[A-Z]", text[m.end() :]):
        future = None  # 'will recount votes ... in the September 22 Mzuzu City by-election': a date naming an event,
        # the nearest such day whatever the tense around it
    rel_year = _DATE_REL_YEAR.match(text, m.end())
    inferred = not gd.get("year") and not rel_year and pub is not None  # the year guessed, not written
    if gd.get("year"):
        year = int(gd["year"])
        anchor = "absolute"
    elif pub is not None and rel_year:  # 'on July 22 of last year', 'March 3 next year'
        year = _rel_year(f"{rel_year.group(1)} year", pub) or pub.year
        anchor = "absolute"
    elif pub is not None:
        year = _resolve_year_for(month, day, pub, future)
        if wd is not None:
            year = _year_of_weekday(month, day, wd, pub, year)
        anchor = "absolute"
    else:
        year = _BASE_YEAR
        anchor = "monthday"
    try:
        d = date(year, month, day)
    except ValueError:
        return None
    start = datetime(d.year, d.month, d.day)
    part = _daypart_after(text, m.end())
    s, e = _apply_daypart(start, part)
    if gd.get("day2"):  # 'June 3-5', '3-5 June': the days from the first to the last
        last = int(gd["day2"])
        if not day < last <= 31:
            return None
        try:
            s, e = start, datetime(d.year, d.month, last) + timedelta(days=1)
        except ValueError:
            return None
        label = f"{d.day}-{last} {MON_ABBR[month - 1]}" + (f" {d.year}" if anchor == "absolute" else "")
        mod = _bound_modifier(text, m.start())
        return TimeRef(m.group(), m.span(), "date", 1, s, e, anchor, label, None, "", mod, inferred)
    label = _day_label(d) if anchor == "absolute" else f"{d.day} {MON_ABBR[month - 1]}"
    mod = _bound_modifier(text, m.start())
    return TimeRef(m.group(), m.span(), "date", 1, s, e, anchor, label, wd, "", mod, inferred)


_WOULD_UNTIL = re.compile(
    r"\b(?:would|will|remains?|stays?|(?:is|are)\s+(?:still\s+)?in\s+(?:place|force|effect))\b[^.,;]{0,40}"
    r"\b(?:until|till|through)\s+(?:at\s+least\s+)?(?:(?:early|late)\s+)?$",
    re.I,
)
"""Before a weekday, an end told ahead ('would last until at least Friday', 'will stay shut until Friday'), or the end
of a state that holds as the sentence is written ('An amber warning issued by the Met Office remains in place until
Sunday afternoon', whatever the tense of a participle before it)."""


def _weekday_part(pre: list[str], post: list[str]) -> str:
    """The part of the day around a weekday ('early Monday', 'Monday night', 'late Monday night')."""
    part = ""
    for w in post:
        if w in DAYPARTS:
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
    if ("early" in post or "early" in pre) and part == "morning":
        part = "early"  # 'early on Thursday morning', 'Thursday early morning': the small hours too
    return part


_WEEK_AFTER = re.compile(r"\s+(next|last|this)\s+week\b", re.I)


def _weekday_ref(m: re.Match[str], text: str, pub: date | None) -> TimeRef:
    """A weekday ('on Monday', 'last Friday night'), the nearest such day to `pub` in the tense of the clause."""
    pre = (m.group("pre") or "").lower().split()
    post = (m.group("post") or "").lower().split()
    if "last" in pre and pre[-1] != "last":
        pre = [w for w in pre if w != "last"]  # 'would last until Friday': the verb, not 'last Friday'
    wd = WEEKDAYS[m.group("wd").lower().removesuffix("'s")]
    future = True if "next" in pre else (False if "last" in pre else _is_future(text, m.start("wd"), m.end()))
    if not {"last", "since"} & set(pre) and _WOULD_UNTIL.search(text[max(0, m.start("wd") - 60) : m.start("wd")]):
        future = True  # 'said the heat would last until at least Friday': an end ahead of the saying
    if not pre and _SET_FOR.search(text[max(0, m.start("wd") - 6) : m.start("wd")]):
        future = True  # 'declared a day of mourning for Monday': the day set ahead, whatever the tense of the setting
    if "last" not in pre and _task_deadline(text, m.start("wd"), m.end()):
        future = True  # 'ordered the committee to submit its report by Thursday': a deadline set ahead
    if (
        _MEETING_FOR.search(text[max(0, m.start("wd") - 60) : m.start("wd")])
        or _INVITED_TO.search(text[max(0, m.start("wd") - 80) : m.start("wd")])
        or _STRIKE_CALLED.search(text[max(0, m.start("wd") - 90) : m.start("wd")])
    ) and "last" not in pre:
        future = True  # 'has called the unions for talks on Thursday': the day set for the talks
    if pre == ["from"] and future is False and _MEASURE_FROM.search(text[max(0, m.start("wd") - 70) : m.start("wd")]):
        future = None  # 'AEMET issued a red warning for the Seville countryside from Friday': the day a measure
        # issued starts, the nearest such day, not the one before its issuing
    if (
        not pre
        and _DECLARED_BEFORE.search(text[max(0, m.start("wd") - 16) : m.start("wd")])
        and _DAY_OF_AFTER.match(text, m.end())
    ):
        future = True  # 'declared Thursday a day of national mourning': the day named, ahead of its naming
    if future is None:
        # no tense marker: the nearest such day (ties to the past)
        future = (wd - pub.weekday()) % 7 < (pub.weekday() - wd) % 7 if pub is not None else False
    part = _weekday_part(pre, post)
    s_span = m.start("wd")
    if any(w in {"early", "late", "overnight", "last", "this", "next"} for w in pre):
        s_span = m.start()
        if (m.group("pre") or "").lower().startswith(("on ", "by ", "until ", "since ", "from ")):
            s_span = m.start() + len((m.group("pre") or "").split()[0]) + 1
    e_span = m.end()
    span = (s_span, e_span)
    mod = _bound_modifier(text, m.start("wd") if not pre else m.start())
    if pre and pre[0] in {"until", "till", "since"}:
        mod = "since" if pre[0] == "since" else "until"  # 'closed until Friday': the bound is inside the match
    if mod == "since":
        future = False  # 'has been falling since Thursday': a state begun already (its tense may read ahead)
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
        if wk := _WEEK_AFTER.match(text, m.end()):
            # 'a nationwide protest for Tuesday next week': that weekday of the week named, not the nearest one
            monday = pub - timedelta(days=pub.weekday())
            d = monday + timedelta(weeks={"next": 1, "last": -1}.get(wk.group(1).lower(), 0), days=wd)
        base = datetime(d.year, d.month, d.day)
        s, e = _apply_daypart(base, part)
        both_weeks = not future and "last" in pre and 0 < delta <= pub.weekday()
        if both_weeks:
            # 'last Tuesday' on a Wednesday page: yesterday to some, the Tuesday of last week to others
            s -= timedelta(days=7)
        both_ahead = future and "next" in pre and not wk and 0 < (wd - pub.weekday()) % 7 <= 6 - pub.weekday()
        if mod == "until":
            s = _OPEN_PAST  # the end of a state: 'schools stay closed until Friday' holds on Tuesday too
        label = (f"{mod} " if mod in {"until", "since"} else "") + _day_label(d) + (f" {part}" if part else "")
        if both_weeks:
            label = f"{_day_label(d - timedelta(days=7))} or {label}"
        if both_ahead:
            # 'next Friday' on a Thursday page: tomorrow to some, the Friday of next week to others (the label names
            # both; the comparison takes the day a week after the first as agreeing: `compare.dates._next_week_day`)
            label = f"{label} or {_day_label(d + timedelta(days=7))}"
        return TimeRef(text[span[0] : span[1]], span, "weekday", 1, s, e, "absolute", label, wd, "", mod, True)
    base = _BASE_WEEK + timedelta(days=wd)
    s, e = _apply_daypart(base, part)
    label = WD_NAMES[wd] + (f" {part}" if part else "")
    return TimeRef(text[span[0] : span[1]], span, "weekday", 1, s, e, "weekday", label, wd, "", mod)


def _relday_ref(m: re.Match[str], text: str, pub: date | None) -> TimeRef:
    """'yesterday', 'today', 'last night', 'this morning'..., one day from `pub`."""
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    part = (m.group("part") or "").lower()
    mod = (m.group("mod") or "").lower()
    offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "last night": -1, "overnight": 0}.get(rel, 0)
    if rel.startswith("the day "):  # 'The day before yesterday six suspects were arrested'
        offset = -2 if rel.endswith("yesterday") else 2
    if rel.endswith(" days ago"):  # 'the ferry that ran aground off Paros two days ago'
        n = rel.split()[0]
        offset = -int(n if n.isdigit() else simple_number_word(n) or 0)
    if rel.startswith("this "):
        part = rel.split()[1]
    if rel in {"tonight", "last night"}:
        part = "night"
    if rel == "overnight":
        part = "overnight"
        offset = -1
    if mod in {"early", "late"} and not part:
        part = mod
    elif mod == "early" and part == "morning":
        part = "early"  # 'early yesterday morning': the small hours too ('at 2:17am')
    span = (m.start("mod") if m.group("mod") and mod in {"early", "late"} else m.start("rel"), m.end())
    if pub is None:
        return TimeRef(text[span[0] : span[1]], span, "relative", 1, None, None, "none", rel)
    d = pub + timedelta(days=offset)
    s, e = _apply_daypart(datetime(d.year, d.month, d.day), part)
    return TimeRef(
        text[span[0] : span[1]], span, "relative", 1, s, e, "absolute", _day_label(d) + (f" {part}" if part else "")
    )


_BOUND_WORDS = {"by", "before", "after", "until", "till", "since"}
_OPEN_PAST = datetime(1900, 1, 1)
OPEN_FUTURE = datetime(2200, 1, 1)
"""The ends of an interval open towards the past ('until Friday') or the future ('after May')."""


def _bound_modifier(text: str, start: int) -> str:
    left: list[str] = re.findall(r"[A-Za-z]+", text[max(0, start - 20) : start].lower())
    if left and left[-1] in _BOUND_WORDS:
        return "until" if left[-1] == "till" else left[-1]
    return ""


def _daypart_after(text: str, end: int) -> str:
    m = re.match(r"\s+(morning|afternoon|evening|night)\b", text[end:], re.IGNORECASE)
    return m.group(1).lower() if m else ""


def _apply_daypart(base: datetime, part: str) -> tuple[datetime, datetime]:
    if part == "late night":
        return base + timedelta(hours=21), base + timedelta(hours=30)
    if part in DAYPARTS:
        a, b = DAYPARTS[part]
        return base + timedelta(hours=a), base + timedelta(hours=b)
    return base, base + timedelta(days=1)


_EVENING_AFTER = re.compile(
    r"\s+(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)?"
    r"(?:night|evening|in\s+the\s+(?:evening|afternoon)|at\s+night|(?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)?afternoon)\b",
    re.I,
)
"""A part of the day after a clock time that says it is after noon ('9:40 Tuesday night')."""


_LAST_NIGHT_AFTER = re.compile(r"\s+(?:last\s+night|tonight|this\s+evening|yesterday\s+evening)\b", re.I)
"""A night told relative to the page after a clock time ('10:47 last night')."""


_GAME_CLOCK_AFTER = re.compile(
    r"\s+(?:of|into|left\s+in|remaining\s+in|to\s+go\s+in)\s+(?:overtime|OT|extra\s+time|stoppage\s+time|the\s+extra\s+"
    r"(?:period|session|time)|sudden[- ]death|the\s+"
    r"(?:first|second|third|fourth|final)\s+(?:period|quarter|half|set)|the\s+(?:period|quarter|half))\b",
    re.I,
)
"""After a figure in minutes and seconds: time on a game's clock ('at 2:41 of overtime', '2:14 into
overtime'), not a time of day."""


_MARKET_WORDS = re.compile(
    r"\b(?:shares?|stocks?|index|prices?|priced|costs?|sold|sells|fees?|fares?|tariffs?|traded|trading|closed|opened"
    r"|per\s+(?:euro|dollar)|rates?|yields?|odds|scored?|points|goals?|runs)\b",
    re.I,
)
"""Words of a sentence whose 'at 23.30' may be a price."""


_BOUND_DAY_AT = re.compile(
    r"\b(by|before|until|till)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun|to)day|tomorrow)\s+at\s+$", re.I
)
"""A bound set on a day, then its hour ('by Tuesday at noon')."""


def _clock_ref(m: re.Match[str], text: str) -> TimeRef | None:
    if _GAME_CLOCK_AFTER.match(text, m.end()):
        return None
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
        if m.group("dot") and (
            not (
                re.match(r"(?:(?:at\s+)?(?:shortly|just)\s+)?(?:at|before|after|until|till)\b", mod)
                or re.search(r"\b(?:at|until|till|before|after)\s+$", text[max(0, m.start() - 8) : m.start()], re.I)
            )
            or _MARKET_WORDS.search(text)
        ):
            return None  # a dotted time needs 'at', 'until', 'before' ... before it, and no price in the sentence
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
    if 1 <= h <= 11 and not m.group("ampm") and _EVENING_AFTER.match(text, m.end()):
        h += 12  # '9:40 Tuesday night', '8.15 in the evening': after noon
    elif 6 <= h <= 11 and not m.group("ampm") and _LAST_NIGHT_AFTER.match(text, m.end()):
        h += 12  # 'hit at 10:47 last night': an evening hour (an hour after midnight may be told so too: '1:30')
    elif 1 <= h <= 11 and m.group("hoc") and _NIGHT_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
        h += 12  # 'each night from 10 o'clock': the hour of the night it names
    t = h * 60 + mi
    if (
        m.group("word")
        and m.group("word").lower() == "midnight"
        and (mod.endswith("before") or mod in {"by", "until", "till"})
    ):
        t = 24 * 60  # 'just before midnight on 9 August': the midnight that ends the day, not the one that starts it
    if mod in {"between", "from"}:
        mod = ""
    if not mod and (bound := _BOUND_DAY_AT.search(text[max(0, m.start() - 30) : m.start()])):
        mod = bound.group(1).lower()  # 'expected to reopen the lanes by Tuesday at noon': the bound is the hour's too
    if mod.endswith("after") and (
        "shortly" in mod or "just" in mod or "soon" in mod or "right" in mod or "not long" in mod
    ):
        lo, hi = t, t + 45
    elif mod.endswith("before") and (
        "shortly" in mod or "just" in mod or "soon" in mod or "right" in mod or "not long" in mod
    ):
        lo, hi = t - 45, t + 1  # ('shortly before 14:00' / 'at 14:00', rounded)
    elif mod.endswith("after"):
        lo, hi = t, t + 360
    elif mod.endswith("before") or mod in {"by", "until", "till"}:
        lo, hi = t - 720, t
    elif mod in {"around", "about", "at about", "at around", "approximately", "roughly", "circa"}:
        # 'about 4 p.m.', 'about 10:30' may be half an hour out; 'about 10:20' is told to ten minutes
        width = 30 if mi % 30 == 0 else 10
        lo, hi = t - width, t + width + 1
    elif exact:
        lo, hi = t, t + 1
    else:
        lo, hi = t - 10, t + 31
    tz_text = (m.group("tz") or "").strip()
    if not tz_text:
        # 'at 4:12 a.m. on Thursday, Japan time': the zone closes the phrase
        late = _LATE_ZONE.match(text, m.end())
        tz_text = late.group("tz") if late else ""
    tz = re.sub(r"\s+", " ", tz_text.upper())
    if tz.startswith("("):
        tz = ""
    base = _BASE_WEEK
    s = base + timedelta(minutes=lo)
    e = base + timedelta(minutes=hi)
    label = (mod + " " if mod else "") + _clock_label(t) + (f" {tz_text}" if tz else "")
    span_start = m.start() if mod else (m.start("h") if m.group("h") else m.start())
    return TimeRef(text[span_start : m.end()].strip(), (span_start, m.end()), "clock", 0, s, e, "clock", label, None, tz,
                   mod if mod in {"by", "before", "after", "until"} else "")  # fmt: skip


def _rel_year(rel: str | None, pub: date | None) -> int | None:
    if not rel:
        return None
    rel = re.sub(r"\s+", " ", rel.lower())
    if pub is None:
        return None
    return {"the year": pub.year, "this year": pub.year, "next year": pub.year + 1, "last year": pub.year - 1}.get(rel)


_Period = tuple[datetime, datetime, int, str, str]
"""(start, end, level, label, anchor) of a resolved period; level 2 month, 3 period, 4 year."""


_SET_AHEAD_BEFORE = re.compile(rf"\b(?:{'|'.join(_SETTING_AHEAD)})\w*\b[^.;]*$", re.I)


def _period_ref(m: re.Match[str], text: str, published: datetime | None, core_start: int) -> TimeRef | None:
    g = m.groupdict()
    pub = _pub_date(published)
    mod = (g.get("mod") or "").strip().lower()
    mod = {"till": "until"}.get(mod, mod)
    bound = mod if mod in {"by", "before", "after", "until", "since"} else ""
    future = _is_future(text, m.start(), m.end())
    if bound == "until" and _SET_AHEAD_BEFORE.search(text[max(0, m.start() - 80) : m.start()]):
        future = True  # 'fixed 15 further hearing dates until March': the end of a timetable set, ahead of the page
    span = (core_start, m.end())
    span_text = text[span[0] : span[1]]

    period: _Period | None
    if (g.get("qord") or g.get("hord")) and not _has_year(g) and _GAME_WORDS.search(text):
        return None  # 'levelled the game in the third quarter', 'scored 11 in the fourth quarter': a game's time
    if g.get("qord") or g.get("qnum"):
        period = _quarter_period(g, pub)
    elif g.get("hord") or g.get("hnum"):
        period = _half_period(g, pub)
    elif g.get("decade"):
        period = _decade_period(g)
    elif g.get("ymod"):
        period = _year_part_period(g, pub)
    elif g.get("season") and not g.get("syear") and _SEASON_KIND.match(text, m.end()):
        return None  # 'switched land away from winter crops', 'spring barley': a kind of crop, not a time
    elif (
        g.get("season")
        and not g.get("syear")
        and _PLACE_AFTER_SEASON.match(text, m.end())
        and m.group("season")[0].isupper()
    ):
        return None  # 'Norvale's plant in Spring Hill', 'The Fall River plant': a capitalised season opening a name
    elif g.get("season"):
        period = _season_period(g, pub, mod, bound, future)
    elif g.get("month"):
        period = _month_period(m, g, text, pub, mod, bound, future, core_start)
    elif g.get("rel"):
        period = _relative_period(g, pub)
    elif g.get("ayear"):
        period = _split_year_period(g, text[max(0, core_start - 20) : core_start])
    elif g.get("year"):
        period = _year_period(m, g, text, mod)
    else:
        period = None
    if period is None:
        return None
    start, end, level, label, anchor = period
    if bound == "by" or bound == "until" or bound == "before":
        # a deadline: any time up to the end of the period (before: up to its start)
        open_start = _OPEN_PAST
        if bound == "before" and not re.search(r"\bend\s+of$", (g.get("ymod") or g.get("mmod") or "").lower()):
            end = start  # ('before the end of 2027': up to the end of the year, as 'by')
        if pub is not None and future and bound != "until":
            # a deadline ahead starts now; a state 'until' then may have begun long before
            open_start = datetime(pub.year, pub.month, pub.day)
        start = min(open_start, start)
        label = f"{bound} {label}"
    elif bound == "after":
        start = end
        end = OPEN_FUTURE
        label = f"after {label}"
    explicit = any(
        g.get(k)
        for k in (
            "qyear",
            "qyear2",
            "hyear",
            "hyear2",
            "yyear",
            "decade",
            "syear",
            "myear",
            "myrel",
            "year",
            "ayear",
            "qrel",
            "hrel",
            "rel",
        )
    )
    return TimeRef(span_text, span, "year" if level == 4 else ("month" if level == 2 else "period"), level, start, end,
                   anchor, label, None, "", bound, anchor == "absolute" and not explicit)  # fmt: skip


def _year_or(y: str | None, rel: str | None, pub: date | None) -> int | None:
    """A written year, else the year a relative phrase ('next year') names, else None."""
    if y:
        return int(y)
    r = _rel_year(rel, pub)
    if r is not None:
        return r
    return None


_GAME_WORDS = re.compile(
    r"\b(?:scor\w*|points?|goals?|game|match|court|pitch|field|rebounds?|assists?|touchdowns?|innings?|"
    r"half-?time|overtime|levell?ed|trailed|led\s+\d|substitut\w*|minutes?\s+left)\b",
    re.I,
)
"""Words of a game: with them, 'the third quarter' or 'the second half' is a part of the game, not of a year."""


def _has_year(g: dict[str, str | None]) -> bool:
    return any(g.get(k) for k in ("qyear", "qyear2", "qrel", "hyear", "hyear2", "hrel"))


def _quarter_period(g: dict[str, str | None], pub: date | None) -> _Period | None:
    """'the third quarter (of 2025)', 'Q3 2025'."""
    q = QORD.get((g.get("qord") or "").lower()) or int(g.get("qnum") or 0)
    y = _year_or(g.get("qyear") or g.get("qyear2"), g.get("qrel"), pub)
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
    return start, end, 3, f"Q{q} {y}", "absolute"


def _half_period(g: dict[str, str | None], pub: date | None) -> _Period | None:
    """'the first half of the year', 'H2 2025'."""
    hw = (g.get("hord") or "").lower()
    hn = 2 if hw in {"second", "2nd", "latter"} else 1
    if g.get("hnum"):
        hn = int(g["hnum"])
    y = _year_or(g.get("hyear") or g.get("hyear2"), g.get("hrel"), pub)
    if y is None:
        if pub is None:
            return None
        # 'the first half' alone is often a sports half: only trust it with 'of the year'
        if not g.get("hrel"):
            return None
        y = pub.year
    start = _month_start(y, 1 if hn == 1 else 7)
    end = _month_start(y, 7) if hn == 1 else _month_start(y + 1, 1)
    return start, end, 3, f"H{hn} {y}", "absolute"


def _decade_period(g: dict[str, str | None]) -> _Period:
    """'the 1980s', 'the early 1980s' (1980 to 1983), 'the mid-1990s' (1993 to 1997), 'the late 2000s' (2006 on)."""
    y = int(g["decade"] or 0)
    dmod = (g.get("dmod") or "").lower()
    a, b = {"early": (0, 4), "mid": (3, 8), "late": (6, 10)}.get(dmod, (0, 10))
    return datetime(y + a, 1, 1), datetime(y + b, 1, 1), 4, f"{dmod + ' ' if dmod else ''}{y}s", "absolute"


def _year_part_period(g: dict[str, str | None], pub: date | None) -> _Period | None:
    """'early 2025', 'the end of the year', 'mid-2026'."""
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
    return _month_start(sy, sm), _month_start(ey, em), 3, f"{ymod} {y}", "absolute"


_PLACE_AFTER_SEASON = re.compile(r"\s+(?!(?:19|20)\d\d\b)[A-Z][a-z]+")
"""After a capitalised season, a capitalised word: the two open a name ('Spring Hill', 'Fall River')."""
_SEASON_KIND = re.compile(
    r"[\s-]+(?:crops?|wheat|barley|oats|rye|cereals?|oilseed|rapeseed|beans|sowings?|plantings?|varieties|tyres|tires)\b",
    re.I,
)
"""Nouns a season names a kind of ('winter wheat', 'spring barley', 'winter tyres'), not a time."""


def _season_period(
    g: dict[str, str | None], pub: date | None, mod: str, bound: str, future: bool | None
) -> _Period | None:
    """'last summer', 'autumn 2025', 'by spring': only with a modifier, a year or a preposition."""
    anchor = "absolute"
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
    if smod == "last" and pub is not None and not g.get("syear") and y == pub.year and pub.month < rng[0] + 6:
        start = datetime(y - 1, rng[0], rng[1])  # 'last spring' on a page of June: this year's, just ended, or the
        # one before ('this spring' would name this year's): either
    if smod in {"early", "late", "mid"}:
        span_days = (end - start).days
        if smod == "early":
            end = start + timedelta(days=span_days // 2)
        elif smod == "late":
            start = start + timedelta(days=span_days // 2)
    return start, end, 3, (f"{season} {y}" if anchor == "absolute" else season), anchor


def _year_before_that(text: str, core_start: int) -> int | None:
    """The year a month written 'that June' points back to: the last year named before it."""
    if not re.search(r"\b(?:that|the\s+same)\s+$", text[:core_start], re.I):
        return None
    years = re.findall(r"\b(19\d\d|20\d\d)\b", text[:core_start])
    return int(years[-1]) if years else None


_RANGE_END_MONTH = re.compile(
    r"\s+(?:and|to|through|until|till|-|–)\s+(?:(?:early|mid|late)[\s-]+)?(?P<month>January|February|March|April|May"
    r"|June|July|August|September|October|November|December),?\s+(?P<year>(?:19|20)\d{2})\b"
)


def _year_of_range_end(text: str, end: int, month: int) -> int | None:
    """The year of a bare month that opens a range of months whose other end carries a year ('between
    March and August 2027', 'from November to February 2027': the year before when the range crosses
    a new year)."""
    m = _RANGE_END_MONTH.match(text, end)
    if not m:
        return None
    year, last = int(m.group("year")), MONTHS[m.group("month").lower()]
    return year if month <= last else year - 1


_MONTH_KIND_AFTER = re.compile(r"\s+(?:records?|highs?|lows?|averages?|norms?|means?)\b", re.I)


_MONTH_THEN_MAY = re.compile(
    r"\b(?:January|February|March|April|June|July|August|September|October|November|December)\s+(?:and|to|or|-|–)\s*$"
)


_LAST_YEAR_OPENING = re.compile(r"\s*(?:Last\s+year|In\s+the\s+previous\s+year)\b")
"""A sentence opened on the year before the page's: a month it names without a year is that year's."""


_MONTH_REL_BEFORE = re.compile(r"\b(next|last)\s+$", re.I)


def _month_period(m: re.Match[str], g: dict[str, str | None], text: str, pub: date | None, mod: str, bound: str,
                  future: bool | None, core_start: int) -> _Period | None:  # fmt: skip
    """'in March', 'early March 2026', 'by the end of May' ('May' the modal verb is not a month)."""
    anchor = "absolute"
    mon_word = g["month"].rstrip(".")
    if mon_word == "May" or mon_word.lower() == "may":
        # 'May' is a modal verb too: require a date-like context
        if not (
            g.get("myear")
            or g.get("mmod")
            or mod in {"in", "by", "until", "since", "from", "during", "before", "after"}
            or _MONTH_THEN_MAY.search(text[max(0, m.start() - 20) : m.start()])
        ):
            return None  # ('in April and May': a month after another)
    if mon_word[0].islower():
        return None
    if (
        mon_word.lower() in {"mar", "jan", "jun", "jul", "aug", "oct", "nov", "dec", "sep", "feb", "apr"}
        and not m.group().endswith(".")
        and not g.get("myear")
    ):
        # short forms without a dot ('Mar') are rare in prose; skip unless dated
        if not g.get("mmod"):
            return None
    if not (g.get("myear") or g.get("mmod") or mod):
        # a bare month name mid-sentence is usually still a date ('talks resume in March')
        if core_start > 0 and text[core_start - 1 : core_start] not in {" ", "("}:
            return None
    if not g.get("myear") and _MONTH_KIND_AFTER.match(text, m.end()):
        return None  # 'the city's September record of 105 degrees': a kind of record, not a date
    month = MONTHS[mon_word.lower()]
    if g.get("myear"):
        y = int(g["myear"])
    elif g.get("myrel") and pub is not None:  # 'since February last year'
        y = pub.year + {"last": -1, "this": 0, "next": 1}[g["myrel"].lower()]
    elif (back := _year_before_that(text, core_start)) is not None:
        y = back  # 'during its 2025 session, and ... signed it that June': the year named before
    elif pub is not None and _LAST_YEAR_OPENING.match(text) and not re.search(r"\b(?:19|20)\d\d\b", text):
        y = pub.year - 1  # 'Last year the navy counted 280 ships at the peak of the season in August': that year's
    elif (ahead := _year_of_range_end(text, m.end(), month)) is not None:
        y = ahead  # 'expire between March and August 2027': the range's year, written once at its end
    elif pub is None:
        y = _BASE_YEAR
        anchor = "monthday"
    elif rel := _MONTH_REL_BEFORE.search(text[max(0, core_start - 6) : core_start]):
        # 'will return next January' written in January: the next one, a year on ('last March' in March: a year back)
        ahead = rel.group(1).lower() == "next"
        y = pub.year + (1 if month <= pub.month else 0) if ahead else pub.year - (1 if month >= pub.month else 0)
    else:
        y = _resolve_year_for(month, None, pub, True if bound == "by" else (False if bound == "since" else future))
    start = _month_start(y, month)
    ey, em = _add_months(y, month, 1)
    if g.get("month2"):  # 'the October-December quarter': to the end of the last month
        last = MONTHS[g["month2"].rstrip(".").lower()]
        ey, em = _add_months(y, month, (last - month) % 12 + 1)
    end = _month_start(ey, em)
    mmod = re.sub(r"\s+", " ", (g.get("mmod") or "").lower()).removeprefix("the ")
    ndays = (end - start).days
    if mmod == "early" or mmod in {"start of", "beginning of"}:
        end = start + timedelta(days=14)
    elif mmod in {"mid", "middle of"}:
        start, end = start + timedelta(days=9), start + timedelta(days=21)
    elif mmod in {"late", "end of"}:
        start = start + timedelta(days=ndays - 14)
    label = (f"{mmod} " if mmod else "") + (
        f"{MON_ABBR[month - 1]} {y}" if anchor == "absolute" else MON_ABBR[month - 1]
    )
    return start, end, 2, label, anchor


def _relative_period(g: dict[str, str | None], pub: date | None) -> _Period | None:
    """'this year', 'next month', 'last week' (loosely: the fortnight before publication)."""
    if pub is None:
        return None
    rel = g["rel"].lower()
    unit = g["relunit"].lower()
    k = {"this": 0, "next": 1, "last": -1}[rel]
    if unit == "year":
        return datetime(pub.year + k, 1, 1), datetime(pub.year + k + 1, 1, 1), 4, str(pub.year + k), "absolute"
    if unit == "month":
        y, mo = _add_months(pub.year, pub.month, k)
        ey, em = _add_months(y, mo, 1)
        return _month_start(y, mo), _month_start(ey, em), 2, f"{MON_ABBR[mo - 1]} {y}", "absolute"
    monday = pub - timedelta(days=pub.weekday()) + timedelta(days=7 * k)
    start = datetime(monday.year, monday.month, monday.day)
    end = start + timedelta(days=7)
    # 'last week' is used loosely in news: any time in the fortnight before publication
    if k == -1:
        start, end = datetime(pub.year, pub.month, pub.day) - timedelta(days=14), datetime(pub.year, pub.month, pub.day)
    elif k == 1:
        start, end = (
            datetime(pub.year, pub.month, pub.day) + timedelta(days=1),
            datetime(pub.year, pub.month, pub.day) + timedelta(days=15),
        )
    return start, end, 2, f"week of {monday.isoformat()}", "absolute"


def _split_year_period(g: dict[str, str | None], before: str) -> _Period | None:
    """'the 2026-27 school year', 'the 2025/26 fiscal year': a year that runs across two calendar years, placed from
    July to July (school, fiscal and crop years start in different months; their middle is what two of them
    are told apart by). Its end ('at the end of the 2026-27 school year') is the summer and early autumn of
    the second year, when such a year hands over to the next ('next fall')."""
    y = int(g["ayear"] or 0)
    if (y + 1) % 100 != int(g["ayear2"] or -1):
        return None  # '2019-21': a span of years, not one year across two
    label = f"{y}-{(y + 1) % 100:02d}"
    if re.search(r"\bend\s+of\s+(?:the\s+)?$", before, re.I):
        return datetime(y + 1, 5, 1), datetime(y + 1, 10, 1), 2, f"the end of {label}", "absolute"
    return datetime(y, 7, 1), datetime(y + 1, 7, 1), 4, label, "absolute"


def _year_period(m: re.Match[str], g: dict[str, str | None], text: str, mod: str) -> _Period | None:
    """A bare year ('in 2019'), not a count ('1900 people'), a sum ('$2020') or a percentage."""
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
    if (
        nxt
        and nxt.group(1).endswith("s")
        and nxt.group(1) not in {"was", "has", "is", "as", "its", "this"}
        and mod not in {"in", "since", "by", "until", "before", "after", "from", "during", "for"}
        and not re.search(r"\b[Tt]he\s+$", text[max(0, s0 - 4) : s0])  # 'the 2023 fires'
    ):
        return None
    if y < 1900 and not (
        _OLD_YEAR_BEFORE.search(text[max(0, s0 - 8) : s0]) and not (nxt and nxt.group(1).endswith("s"))
    ):
        return (
            None  # 'sank in a storm in 1741': a year of long ago only after its preposition ('in 1800 homes' is none)
        )
    if not 1500 <= y <= 2100:
        return None
    return datetime(y, 1, 1), datetime(y + 1, 1, 1), 4, str(y), "absolute"


_OLD_YEAR_BEFORE = re.compile(r"\b(?:in|since|from|until|till|before|after|during|of)\s+$", re.I)


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
