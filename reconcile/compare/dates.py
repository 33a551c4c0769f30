"""Date conflicts: two moments for one dated act (`compare_dates`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from functools import lru_cache

from reconcile.facts import (
    MONTHS,
    STOPWORDS,
    TITLES,
    WEEKDAYS,
    Quantity,
    SentenceFacts,
    TimeRef,
    stem,
    syn,
)
from reconcile.facts.lexicon import (
    IRREGULAR_PAST,
    ORDINALS,
)
from reconcile.facts.numbers import simple_number_word
from reconcile.facts.tokens import strip_accents

from .shared import (
    _ACCEPTED_ASK,
    _AHEAD_WORDS,
    _CLAUSE_END,
    _EVENT_WORD,
    _HAD_DONE,
    _LOCAL_ZONES,
    _MARKET_WORDS,
    _MONTHS_AND_DAYS,
    _STATE_ANTONYMS,
    _STATE_MOMENT,
    AREA_HECTARES,
    Conflict,
    _as_of,
    _clip,
    _clock_zones_apart,
    _closure_end,
    _content_stems,
    _hours,
    _minute_window,
    _names_the_rejected,
    _near_midnight_in_zones,
    _nth_day_agrees,
    _one_tenure,
    _opposite_acts,
    _outbreak_against_end,
    _overlap,
    _page_week,
    _participle_lowered,
    _time_overlap,
    _window_ends,
    _year_and_month_written,
    once_in_both,
    per_text,
)

_RANGE_OPEN = re.compile(r"\b(?:between|from)\s+$", re.I)
_RANGE_NEXT = re.compile(r"\s*(?:and|to|until|till|through|[-–])\s+", re.I)
_RANGE_CLOSE = re.compile(r"\b(?:between|from)\s+[^,;.]{1,30}?\s(?:and|to|until|till|through|[-–])\s+$", re.I)


def _range_end(text: str, t: TimeRef) -> bool:
    """Whether a time is an end of a span ('between 2018 and 2020', 'from March 2023 to August 2025')."""
    before = text[max(0, t.span[0] - 50) : t.span[0]]
    return bool((_RANGE_OPEN.search(before) and _RANGE_NEXT.match(text, t.span[1])) or _RANGE_CLOSE.search(before))


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
    for k, t in enumerate(ts):
        m = _DAYS_LONG_FROM.search(text[max(0, t.span[0] - 80) : t.span[0]])
        if m is None or t.level > 1 or t.start is None:
            continue
        days = m.group(1) or m.group(2)
        n = int(days) if days.isdigit() else simple_number_word(days.lower())
        if n and 1 < n <= 31:
            return t.start, t.start + timedelta(days=n), {k}  # 'A two-day strike ... began on Wednesday evening'
    return None


_DAYS_LONG_FROM = per_text(
    re.compile(
        r"\b(\d{1,2}|[a-z]+)-day\s+(?:[\w'’-]+\s+){0,7}?(?:began|begins|started|starts|opened|opens|"
        r"(?:will|is\s+due\s+to|is\s+set\s+to)\s+(?:begin|start|open))\s+(?:on\s+)?$"
        r"|\b(?:began|begins|started|starts|launched|opened|staged)\s+(?:a|an|their|its|the)\s+(\d{1,2}|[a-z]+)-day\s+"
        r"(?:[\w'’-]+\s+){0,6}?on\s+$",
        re.I,
    )
)
"""An event of some days said to start on a day ('a two-day strike by air traffic controllers began on'): it spans
that day and the ones after it."""
_STARTED = re.compile(r"\b(?:began|begins|begin|started|starts|start|opened|opens|open|kicked\s+off|launched)\b", re.I)


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


_CONVERSION = per_text(re.compile(r"\((?:[^()]*?\s)?\d{1,2}[:.]?\d{2}\s*(?:GMT|UTC)\b[^()]*\)"))
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


_PRICE_TALK = per_text(
    re.compile(rf"\b(?:{_MARKET_WORDS}|market|futures|(?:metal|stock|mercantile)\s+exchange)\b", re.I)
)
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


_RELEASE_TOLD = re.compile(r"\b(?:was|were|has\s+been|had\s+been)\s+(?:published|released|issued)\s+(?:on\s+)?$", re.I)
"""A release told as the sentence's own act, its day closing the sentence ('The report ... was published on Tuesday.')."""
_CLAIMED_BEFORE = re.compile(
    r"\b(?:(?:was|were|has\s+been|had\s+been)\s+claimed|claimed\s+responsibility)\s+(?:on\s+|in\s+)?$",
    re.I,
)
"""A claim of responsibility for an act, dated ('was claimed in September', 'claimed responsibility on Sunday'; not
'claimed responsibility for the attack on Sunday', where the day may be the attack's)."""
_CLOSING_ATTRIBUTION = re.compile(
    r",\s+(?:[\w.'’()-]+\s+){1,8}(?:announced|reported|confirmed|stated|added|heard)\s+(?:on\s+|late\s+on\s+)?$", re.I
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
    if _RELEASE_TOLD.search(text[max(0, t.span[0] - 40) : t.span[0]]) and not text[t.span[1] :].strip(" ."):
        return False  # 'The report on Oxley Park Academy was published on Wednesday.': the release is what is told
    if _SAID_BEFORE.search(text[max(0, t.span[0] - 90) : t.span[0]]):
        return True
    if _CLAIMED_BEFORE.search(text[max(0, t.span[0] - 90) : t.span[0]]):
        return True  # 'The kidnapping was claimed in September by ...': when the act was claimed, not done
    # '..., the Department for Emergency Situations (DSU) announced on Friday evening.': an attribution that
    # closes the sentence
    return bool(_CLOSING_ATTRIBUTION.search(text[max(0, t.span[0] - 80) : t.span[0]])) and not text[t.span[1] :].strip(
        " ."
    )


_CONTINUING = re.compile(r"\b(?:remain(?:s|ed)?|stayed|still|continued\s+to|continues\s+to)\b[^.;,]{0,60}$", re.I)
_IN_FORCE = re.compile(
    r"\b(?:was|were|is|are)\s+(?:still\s+)?(?:in\s+(?:place|force|effect|progress)|under\s*way|ongoing)\b[^.;,]{0,60}$",
    re.I,
)
"""Before a day: a measure in force on it ('A hazardous surf warning was in place for the coast on Saturday'), or a
thing going on ('A manhunt was under way in the Lyon region on Tuesday evening'), a state that lasts, which its day does
not start (its hours, 'from 03:00 until 15:00', and its end, 'through Saturday', do bound it)."""


_PRICE_MOVED = re.compile(
    r"\bprices?\b[^.;,]{0,40}?\b(?:rose|jumped|climbed|soared|surged|spiked|fell|dropped|slumped|eased|tumbled)"
    r"(?:\s+(?:again|sharply|further|steeply))?\s+(?:on\s+|early\s+|late\s+)*$",
    re.I,
)


def _price_moved_on(text: str, t: TimeRef) -> bool:
    """Whether a time dates a price's move ('Flour prices across Punjab jumped again on Tuesday')."""
    return bool(_PRICE_MOVED.search(text[max(0, t.span[0] - 80) : t.span[0]]))


_GOING_ON_BEFORE = re.compile(r"\b(?:was|were)\s+(?:still\s+)?(?:on\s+)?$", re.I)
_ING_AFTER = re.compile(r"\s+[a-z]{3,}ing\b")


def _going_on(text: str, t: TimeRef) -> bool:
    """Whether a time, set between a past 'was' or 'were' and the verb it goes with, dates something going on at
    that moment ('Residents were on Sunday mourning victims of a fire'), not an act done then."""
    return bool(_GOING_ON_BEFORE.search(text[max(0, t.span[0] - 20) : t.span[0]]) and _ING_AFTER.match(text, t.span[1]))


_HOPE_WORDS = r"hop(?:e|es|ed|ing)|aim(?:s|ed|ing)?|intend(?:s|ed|ing)?|want(?:s|ed)?|wish(?:es|ed)?"
_HOPED_BEFORE = re.compile(rf"\b(?:{_HOPE_WORDS})\s+to\s+(?:[\w'’-]+\s+){{0,6}}?(?:by|at|on|before|in)?\s*$", re.I)
_INTENT_ANY = re.compile(
    rf"\b(?:{_HOPE_WORDS}|expect(?:s|ed|ing)?|plan(?:s|ned|ning)?|due|scheduled|will|would|shall)\b|['’]ll\b", re.I
)
"""Anywhere in a sentence: a plan, a hope or what is to be, against which a time hoped for is compared as it is."""


def _hoped_for(text: str, t: TimeRef) -> bool:
    """Whether a time is the one someone hopes or aims to do something by ('hoped to reopen the runways by 06:00')."""
    return bool(_HOPED_BEFORE.search(_CLAUSE_END.split(text[max(0, t.span[0] - 80) : t.span[0]])[-1]))


def _continuing(text: str, t: TimeRef) -> bool:
    """Whether a time dates a state that still holds ('remained closed on Wednesday')."""
    before = text[: t.span[0]]
    if re.search(r"\b(?:until|till)\s+(?:at\s+least\s+)?$", before, re.I):
        return False  # 'will remain closed until Friday': the end of the state, a slot of its own
    if (
        not t.modifier
        and t.anchor != "clock"
        and _IN_FORCE.search(before)
        and not re.search(r"\b(?:through|thru|until|till|to|from|between|by)\s+$", before, re.I)
    ):
        return True
    return bool(_CONTINUING.search(before) or _CONTINUING_AFTER.match(text, t.span[1]))


_CONTINUING_AFTER = re.compile(r"[^.;]{0,12}\bas\s+[^.;,]{0,40}?\b(?:remain(?:s|ed)?|stayed|still)\b", re.I)
"""'faced long delays on Wednesday as the bridge remained closed': the day of a lasting state."""


_SEQUENCES = [
    ({stem(w) for w in ("seized", "abducted", "kidnapped", "snatched", "taken", "arrested", "detained", "picked")},
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
    ({stem(w) for w in ("shut", "closed", "closure", "closures", "grounded", "halted", "washed", "flooded", "blocked",
                        "holiday")},
     {stem(w) for w in ("reopened", "reopen", "reopens", "normal", "resumed", "restored")}),
    # 'high winds shut the airport for most of Saturday' / 'the airport returned to normal on Sunday'; 'was washed away
    # by heavy swells on Sunday night' / 'reopened to light vehicles yesterday afternoon'; 'declared a holiday for
    # schools on Thursday' / 'schools would reopen on Friday'
    ({stem(w) for w in ("burst", "ruptured", "failed", "failure", "outage", "leak", "leaked", "lost")},
     {stem(w) for w in ("restored", "repaired", "fixed", "reconnected")}),
    # 'The burst was reported at 5.50pm' / 'had restored supply to most customers by 06:00 on Tuesday'
    ({stem(w) for w in ("aground", "grounded", "grounding", "stuck", "stranded")},
     {stem(w) for w in ("refloated", "refloat", "refloating", "freed")}),
    # 'ran aground off Pulau Bukom at about 4.10am on Wednesday' / 'was refloated at about 9.40am on Thursday'
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
     {stem(w) for w in ("finish", "finishes", "finished", "complete", "completed", "completion", "ready", "end", "ends",
                        "ended", "ending")}),
    # 'Work is due to start next summer' / 'The work is due to finish in 2029': the two ends of one piece of work;
    # 'The strike began on Sunday' / 'the strike would end on Friday'
    ({stem(w) for w in ("attacked", "attack", "raided", "raid", "robbed", "robbery", "heist", "stormed", "ambushed",
                        "shot", "stabbed", "murdered", "killed", "bombed", "torched", "looted", "hijacked")},
     {stem(w) for w in ("arrested", "arrest", "arrests", "detained", "caught", "captured", "charged", "apprehended")}),
    # 'robbers attacked bank branches in Botucatu ... on Thursday' / 'Four suspects were arrested on Friday'
    ({stem(w) for w in ("evacuated", "evacuate", "evacuation", "fled", "displaced")},
     {stem(w) for w in ("returned", "return", "returning", "resettled")}),
    # 'More than 200 patients were evacuated ... on Thursday morning' / 'Patients returned ... on Thursday evening'
    ({stem(w) for w in ("imposed", "imposes", "impose", "introduced", "introduces", "introduce")},
     {stem(w) for w in ("ended", "ends", "lifted", "lifts", "expired", "expires", "scrapped", "revoked", "relaxed",
                        "relax", "eased", "ease", "eases")}),
    # 'The three-month suspension was imposed in July' / 'The suspension lasted three months and ended in October';
    # 'A curfew was imposed at 10 pm on Sunday' / 'The curfew will be relaxed from 10 am to noon tomorrow'
    ({stem(w) for w in ("raised", "hoisted", "upgraded")},
     {stem(w) for w in ("lowered", "cancelled", "canceled", "replaced", "downgraded")}),
    # 'The No 8 signal was raised at 3.20pm yesterday' / 'lowered the No 8 signal at 10.20am on Tuesday': a warning
    # put up, then taken down
    ({stem(w) for w in ("conducted", "surveyed")},
     {stem(w) for w in ("released", "published", "unveiled")}),
    # 'The count was conducted over three nights in late February' / 'released its annual count on July 9'
    ({stem(w) for w in ("convicted", "guilty", "verdict")},
     {stem(w) for w in ("sentenced", "sentencing", "jailed", "imposed")}),
    # 'was found guilty ... on Thursday' / 'An eight-year jail term was imposed ... today': a verdict, then a sentence
    ({stem(w) for w in ("entered", "escaped", "strayed", "wandered", "sighted", "spotted", "absconded", "climbed",
                        "fled", "vanished", "disappeared")},
     {stem(w) for w in ("captured", "caught", "tranquilised", "tranquillised", "sedated", "culled", "removed")}),
    # 'A bear entered a supermarket ... on Tuesday morning' / 'was captured early Wednesday': an animal loose, then
    # caught; 'climbed out of the exercise yard ... on Wednesday, September 9' / 'was captured on September 18': an
    # inmate's escape, then the capture
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
    ({stem(w) for w in ("filed", "lodged", "filing")},
     {stem(w) for w in ("heard", "hearing", "hear", "ruled", "ruling", "notices", "summoned", "admitted")}),
    # 'A creditor filed a winding-up petition in September' / 'The petition will be heard on Dec. 7': a case brought,
    # then heard ('issued notices to the PTA ... on a petition' / 'A petition ... was filed on Tuesday afternoon')
    ({stem(w) for w in ("match", "game", "loss", "defeat", "win", "victory", "clash", "fixture")},
     {stem(w) for w in ("hearing", "tribunal", "panel", "suspended", "suspension", "banned", "ban", "sanctioned")}),
    # 'a high shoulder charge in Saturday's loss to the Crusaders' / 'after a judicial hearing on Wednesday': the
    # offence in a match, then the hearing that judged it
]  # fmt: skip
"""Acts that follow one another in one story: their dates are two moments, not one event dated twice."""
_SEQUENCES = [(first | {syn(w) for w in first}, then | {syn(w) for w in then}) for first, then in _SEQUENCES]
# the event words read near a date are stems passed through `syn` ('vote' for 'voted'): so are these


_BACKGROUND_PARTICIPLE = re.compile(
    r"\b(?!(?:was|were|is|are|be|been|being|had|has|have|and|or|not)\b)[a-z]+\s+([a-z]{3,}ed)\s+"
    r"(?:in|at|off|near|on|from|by|during|over|outside|inside)\s+(?:(?!(?:after|before|when|while|as|since|until|because|"
    r"and|but|who|which|that)\b)[^,;:.\s]+\s+)*?([a-z]{3,}ed)\s",
    re.I,
)
"""A past participle after a noun, then a past verb ('A foreign trawler detained in Arctic waters arrived ...'): the
participle names the subject by an earlier act, the verb tells this one."""


def _participle_background(text: str, t: TimeRef, other: str, u: TimeRef) -> bool:
    """Whether the act the other sentence dates is told in this one only by a participle naming the subject, before
    the verb this time dates ('A foreign trawler detained in Arctic waters arrived in Tromsø on Tuesday evening' /
    'The Coast Guard detained the trawler on Monday'): the detention and the arrival, two acts; or by a relative
    clause on the subject ('A woman who went missing while picking mushrooms was found alive on Tuesday evening' /
    'She went missing on September 20')."""
    m = _BACKGROUND_PARTICIPLE.search(text[: t.span[0]])
    if m:
        act = syn(stem(m.group(1).lower()))
        if act not in _dated_act_words(other, u.span) or act in _event_words(text, t.span, 5):
            return False
        return any(
            syn(stem((v.group(1) or v.group(2)).lower())) == act
            for v in _FINITE_PAST.finditer(other)  # the other sentence tells that act as its own, not as a description
        )
    r = _BACKGROUND_RELATIVE.search(text[: t.span[0]])
    if r is None:
        return False
    acts = _content_stems([r.group(1)])
    return (
        bool(acts)
        and acts <= _dated_act_words(other, u.span)
        and not acts & _event_words(text, t.span, 5)
        and not re.search(rf"\b(?:who|which|that)\s+(?:had\s+)?{re.escape(r.group(1))}\b", other, re.I)
    )


_REDUCED_PASSIVE = re.compile(
    r"\b([A-Za-z]+)\s+(?:([A-Za-z]+)\s+)?([a-z]{3,}ed)\s+by\s+(?:(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}|the\s+(?:[a-z]+\s+){1,2}?)$"
)
_AUX = frozenset("was were is are be been being has have had it he she they".split())


def _dates_reduced_passive(text: str, t: TimeRef, other: str, u: TimeRef) -> bool:
    """Whether a time dates a thing's making, told as a participle right after its noun ('suspended the amendments
    passed by Parliament last month'), an act the other sentence does not date ('The High Court on Tuesday suspended
    the Act'); not a passive with its auxiliary ('was first spotted by a whale-watching boat on Saturday')."""
    before = re.sub(r"\s+(?:on|in|at)\s+$", " ", text[max(0, t.span[0] - 80) : t.span[0]])
    m = _REDUCED_PASSIVE.search(before)
    if m is None or m.group(1).lower() in _AUX or (m.group(2) or "").lower() in _AUX:
        return False
    act = syn(stem(m.group(3)))
    return act not in _dated_act_words(other, u.span) and act not in _event_words(other, u.span, 5)


_BACKGROUND_RELATIVE = re.compile(
    r"\b(?:who|which|that)\s+(?:had\s+)?([a-z]{3,})\b[^,;:.]*?\s(?:was|were|has\s+been|have\s+been)\s+[a-z]{3,}\b[^,;:.]*$",
    re.I,
)


_FINITE_PAST = re.compile(
    r"\b(?:was|were|has|have|had|been)\s+(?:[a-z]+ly\s+)?([a-z]{3,}ed)\b|\b([a-z]{3,}ed)\s+(?=(?:the|a|an|his|her|their|its)\s)",
    re.I,
)


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


_SUBJECT_TIME = re.compile(r"\s+(?:had\s+|has\s+)?(?:[a-z]+ed|saw|brought|left|was|were|took|hit)\b")


_PREVIOUS_DAY = re.compile(
    r"\bthe\s+(?:previous|preceding)\s+(?:day|morning|afternoon|evening|night)\b|\bthe\s+(?:day|night)\s+before\b(?!\s+yesterday)",
    re.I,
)
"""A day told only relative to the sentence's other date ('the previous afternoon')."""


_NO_SUBJECT_AUX = (
    r"(?:^|[,;:]\s*)(?:no\s+(?:(?!when\b|that\b|where\b|which\b|after\b|before\b|until\b)[a-z-]+\s+){1,3}?"
    r"|nobody\s+|no\s+one\s+|none\s+)(?:had|has|have|was|were|is|are|will)\b"
)
"""A denial by its subject ('No whales had been refloated', 'nobody was allowed')."""


_NOT_WORD = r"\b(?:not|never)\b|n['’]t\b"


def _denied_when(text: str, t: TimeRef) -> bool:
    """Whether a time dates what its clause denies ('would not propose new measures this year')."""
    left = _CLAUSE_END.split(text[: t.span[0]])[-1]
    neg = list(re.finditer(_NOT_WORD + "|" + _NO_SUBJECT_AUX, left, re.I))
    if neg and _RELATIVE_JUST_BEFORE.search(left[: neg[-1].start()]) and _MAIN_AUX.search(left[neg[-1].end() :]):
        return False  # 'Visitors who do not need a visa will have to apply ... from March 1': the denial is the
        # relative clause's, the time the main verb's
    if not neg and re.fullmatch(r"\s*(?:[Bb]y|[Oo]n|[Aa]s\s+of)?\s*", left):
        # 'By Monday morning services had not returned': a time opening its clause dates what the clause denies
        right = _CLAUSE_END.split(text[t.span[1] :])[0]
        return bool(re.search(_NOT_WORD, right, re.I)) and not re.search(r"\b(?:until|till)\b", right, re.I)
    # 'did not reopen until shortly before noon' tells when it reopened; 'did not start after withdrawing Thursday':
    # the time dates the act of a clause of its own, which is told
    return bool(neg) and not re.search(
        r"\b(?:until|till|before)\b|\b(?:after|since|having)\s+[a-z]+ing\b", left[neg[-1].end() :], re.I
    )


_RELATIVE_JUST_BEFORE = re.compile(r"\b(?:who|which|that)\s+(?:[a-z]+\s+)?$", re.I)
_MAIN_AUX = re.compile(r"\s(?:will|would|must|shall|can|has|have|had|is|are|was|were)\s", re.I)


def _subject_after_conjunction(text: str, t: TimeRef) -> bool:
    """Whether a time after 'after' or 'before' is the subject of a verb of its own ('after 2022 killed
    hundreds of animals'): a clause of background, read as a bound ('after 2022') by mistake."""
    return t.modifier in {"after", "before"} and bool(_SUBJECT_TIME.match(text, t.span[1]))


_READING_UNITS = frozenset({"measure:cm", "measure:mm", "measure:deg", "measure:degF"})
"""Units of what is read off a gauge: snow and rain depths, temperatures."""


def _two_readings(fa: SentenceFacts, fb: SentenceFacts) -> bool:
    """Whether both sentences give a gauge reading in one unit ('90 cm', '68 centimeters') and no
    value of it agrees: readings, each dated by its own moment."""
    ma = [q for q in fa.quantities if q.dimension in _READING_UNITS or _micrograms(fa.text, q)]
    mb = [q for q in fb.quantities if q.dimension in _READING_UNITS or _micrograms(fb.text, q)]
    aa = [_in_hectares(q) for q in fa.quantities if q.dimension in _AREA_HECTARES]
    ab = [_in_hectares(q) for q in fb.quantities if q.dimension in _AREA_HECTARES]
    if (
        aa
        and ab
        and not any(x[0] <= y[1] and y[0] <= x[1] for x in aa for y in ab)
        and any(_same_day(x, y) for x in fa.times for y in fb.times if x.level <= 1 and y.level <= 1)
    ):
        return True  # 'put the burned area at 9,500 hectares on Monday afternoon' / 'has burned some 40 sq km,
        # officials estimated on Monday morning': a growing area, measured at two moments of one day
    common = {q.dimension for q in ma} & {q.dimension for q in mb}
    if not common:
        return False
    sa, sb = _gauge_sites(fa.text), _gauge_sites(fb.text)
    if sa and sb and not sa & sb:
        return True  # 'flowing 74 cm above the danger level at Sylhet point on Wednesday' / 'at Kanaighat on
        # Thursday': two gauges, each read at its own moment
    return not any(_overlap(a, b) for a in ma for b in mb if a.dimension == b.dimension)


_AREA_HECTARES = {f"measure:{unit}": k for unit, k in AREA_HECTARES.items()}
"""Area dimensions, in hectares."""


def _in_hectares(q: Quantity) -> tuple[float, float]:
    """An area's bounds in hectares, widened by a twentieth for rounding across units."""
    k = _AREA_HECTARES[q.dimension]
    return q.low * k * 0.95, q.high * k * 1.05


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
_NEXT_EVENT = per_text(
    re.compile(
        r"\b(?:next|upcoming)\s+(?:[\w-]+\s+){0,3}?(?:meeting|session|hearing|round|game|match|fixture|race|review|sitting"
        r"|vote|election|summit|talks)\b",
        re.I,
    )
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


def _dates_old_value(text: str, t: TimeRef) -> bool:
    """Whether a time dates the old value of a change ('now costs Shs5,950, up from Shs5,700 in October')."""
    return bool(_OLD_VALUE_TIME.search(text[max(0, t.span[0] - 40) : t.span[0]]))


_EFFECT_FROM = re.compile(
    r"\b(?:from|as\s+of|(?:starting|beginning)(?:\s+(?:on|in|from))?|effective(?:\s+from)?|takes?\s+effect(?:\s+on)?"
    r"|comes?\s+into\s+force"
    r"(?:\s+on)?|applies?\s+from)\s+$",
    re.I,
)
_DECIDED = re.compile(
    r"\b(?:approved|passed|adopted|announced|agreed|signed|decided|voted|endorsed|backed|ratified|enacted|authori[sz]ed"
    r"|submitted|tendered|scrapped|abolished|lifted|eased|relaxed)\b",
    re.I,
)


def _takes_effect(text: str, t: TimeRef) -> bool:
    """Whether a time is when a measure applies ('from 15 December', 'takes effect on Monday')."""
    return bool(_EFFECT_FROM.search(text[max(0, t.span[0] - 30) : t.span[0]]))


_START_VERBS = "start|starts|begin|begins|open|opens|resume|resumes"
"""A start told in the present, of what is ahead ('talks start on Tuesday')."""
_STARTS_ON = re.compile(rf"\b(?:{_START_VERBS}|started|began|begun)(?:\s+on)?\s*$", re.I)


def _starts_on(text: str, t: TimeRef) -> bool:
    """Whether a time dates a start, next to its verb ('The cuts begin on Thursday', 'talks resume on Monday')."""
    return bool(_STARTS_ON.search(text[max(0, t.span[0] - 20) : t.span[0]]))


_HELD_UNTIL = re.compile(
    r"\b(?:stay|stays|stayed|remain|remains|remained|last|lasts|run|runs|continue|continues|be)\s+"
    r"(?:(?:open|closed|shut|in\s+place|in\s+force|in\s+effect)\s+)?(?:until|till|through|thru)\s+"
    r"(?:at\s+least\s+)?(?:the\s+end\s+of\s+)?$",
    re.I,
)


def _held_until(text: str, t: TimeRef) -> bool:
    """Whether a time ends a state, right after it ('would stay open through September', 'remains in force until'); not
    when the state is denied ('will not run until at least Wednesday' tells when it starts)."""
    before = text[max(0, t.span[0] - 60) : t.span[0]]
    m = _HELD_UNTIL.search(before)
    return m is not None and not re.search(rf"(?:{_NOT_WORD})\s+$", before[: m.start()])


_AT_MEETING = re.compile(
    r"\s+(?:at|in|during)\s+(?:a|an|its|their|the|his|her)\s+(?:[\w-]+\s+)?(?:meeting|session|sitting|vote|hearing)"
    r"(?:\s+(?:on|of|held\s+on))?\s*$",
    re.I,
)
"""'at a meeting on', 'in a board vote on': the occasion a decision was taken at, passed over to reach its verb."""


_BY_AGENT = re.compile(r"\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?:on\s+)?$", re.I)
"""'signed by the health minister on': the agent of a passive decision, passed over to reach its verb."""


def _dates_decision(text: str, t: TimeRef) -> bool:
    """Whether a time dates a decision in its clause ('approved on Tuesday', 'on Tuesday approved', 'agreed the
    move at a meeting on 22 September', 'signed by the health minister on Monday')."""
    left = _BY_AGENT.sub("", _AT_MEETING.sub("", _CLAUSE_END.split(text[: t.span[0]])[-1]))
    right = _CLAUSE_END.split(text[t.span[1] :])[0]
    return bool(_DECIDED.search(" ".join(left.split()[-4:]))) or bool(_DECIDED.match(right.strip()))


_TO_ACT = re.compile(
    r"(?:(?:agreed|decided|voted|promised|pledged|resolved)\s+)?to\s+(?!(?:the|a|an|be|its|their|his|her)\b)[a-z]+\b"
)
"""Right after a decision's day: the act decided, as an infinitive ('to open negotiations', 'agreed to strike')."""


def _decided_to(text: str, t: TimeRef) -> bool:
    """Whether a time dates a decision to do something ('agreed on Friday to open negotiations', 'voted on Monday to
    strike'): the decision's day, not the day of the act decided."""
    return _dates_decision(text, t) and bool(_TO_ACT.match(_CLAUSE_END.split(text[t.span[1] :])[0].strip()))


_AHEAD_BEFORE = re.compile(
    rf"(?:\b(?:{_AHEAD_WORDS})\b[^.;,]{{0,60}}"
    rf"|\b(?:{_START_VERBS})(?:\s+on)?\s*)$",
    re.I,
)


def _act_ahead(text: str, t: TimeRef) -> bool:
    """Whether a time dates an act still ahead, on a day ('will begin formal talks on Monday', 'talks start on
    Tuesday'), not by a deadline ('will deliver by the end of February')."""
    return (
        t.modifier != "by"
        and not _dates_decision(text, t)
        and bool(_AHEAD_BEFORE.search(text[max(0, t.span[0] - 80) : t.span[0]]))
    )


_ORDERED = re.compile(r"\border(?:ed|s)\b", re.I)
_ORDERED_ON = re.compile(
    r"(?:\bordered|(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!ing\s)\borders)\s+(?:on\s+|at\s+)?$", re.I
)
"""The verb of an order right before a time ('ordered on Monday'); not the noun ('issued the blocking orders on
Monday': the time is the issuing's)."""


def _dates_order(text: str, t: TimeRef) -> bool:
    """Whether a time dates an order, next to its verb ('A court on Thursday ordered the arrest', 'was ordered on
    Monday to pay'), not the act ordered ('ordered closed until 15 June' dates the closure; 'ordered the rerun in
    June' is left to the other rules)."""
    right = _CLAUSE_END.split(text[t.span[1] :])[0]
    return bool(_ORDERED_ON.search(text[max(0, t.span[0] - 14) : t.span[0]])) or bool(_ORDERED.match(right.strip()))


_ORDER_OBJECT = re.compile(
    r"\border(?:ed|s)\s+(?:the\s+|an?\s+)?(?:(?:[a-z]+wide|full|immediate|partial|temporary|total|voluntary|mandatory"
    r"|precautionary|new)\s+)?([a-z]+)|\b(?:issued|issues|signed|signs)\s+(?:the\s+|an?\s+)?([a-z]+)\s+order\b",
    re.I,
)
"""The thing ordered: 'ordered a nationwide recall of', 'issued the recall order'."""


def _one_order(text_a: str, a: TimeRef, text_b: str, b: TimeRef) -> bool:
    """Whether both sentences tell one order of one thing in the clause of their times ('A court on Monday ordered
    the liquidation of Jinhai' / 'A court ordered the liquidation of Jinhai on Tuesday', 'on Tuesday ordered a
    nationwide recall' / 'issued the recall order ... on Monday'): the time at the clause's end dates the order too,
    the thing ordered being the same."""
    objects = []
    for text, t in ((text_a, a), (text_b, b)):
        clause = _CLAUSE_END.split(text[: t.span[0]])[-1] + text[t.span[0] : t.span[1]]
        clause += _CLAUSE_END.split(text[t.span[1] :])[0]
        m = _ORDER_OBJECT.search(clause)
        if m is None:
            return False
        objects.append(stem((m.group(1) or m.group(2)).lower()))
    return objects[0] == objects[1] and objects[0] not in STOPWORDS


_SEASONS = frozenset({"spring", "summer", "autumn", "fall", "winter"})


def _season_near(x: TimeRef, y: TimeRef) -> bool:
    """Whether x is a season and y touches it: the month before a winter is not apart from it ('next month', told in
    October, / 'over the coming winter'); where a season begins is loosely told. A month between is apart ('in January
    2027' / 'in spring 2027')."""
    if (
        not _SEASONS & set(x.label.lower().split())
        or None in (x.start, x.end, y.start, y.end)
        or x.modifier
        or y.modifier
    ):
        return False  # a deadline ('by spring 2027' / 'by the end of 2027') is compared as one
    edge = timedelta(days=3)
    return y.start < x.end + edge and x.start - edge < y.end  # type: ignore[operator]


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


_PERIOD_TO = re.compile(
    r"\b(?:year|twelve\s+months|12\s+months|(?:six|three|nine|6|3|9)\s+months|half[-\s]year|quarter|weeks?)"
    r"\s+(?:to|ended|ending|until)\s+(?:in\s+|on\s+|the\s+end\s+of\s+)?$",
    re.I,
)


_RECORD_BEFORE = re.compile(r"\bthe\s+(?:[a-z]+est|most\s+[a-z]+)\s+$", re.I)


def _record_period(text: str, t: TimeRef) -> bool:
    """Whether a month or season is named for a record ('the driest July in decades', 'the wettest winter')."""
    return t.level in (2, 3) and bool(_RECORD_BEFORE.search(text[max(0, t.span[0] - 30) : t.span[0]]))


def _period_end(text: str, t: TimeRef) -> bool:
    """Whether a time reference ends the period a figure covers ('in the year to June 2025', 'the 12 months ended
    March'), not the time of an event."""
    return bool(_PERIOD_TO.search(text[max(0, t.span[0] - 40) : t.span[0]]))


_GOES_ON = re.compile(
    r"\bcontinu(?:e|es|ed|ing)\s+(?:on|at)?\s*$"
    r"|\bextend(?:s|ed|ing)?\s+(?:(?:its|their|the)\s+)?(?:gains|losses|rally|slide|declines?|falls|advance|rise)"
    r"\s+(?:on|at)?\s*$"
    r"|\b(?:rose|fell|climbed|dropped|slipped|gained|jumped|slid)\s+(?:further|again)\s+(?:on|at)?\s*$",
    re.I,
)


_STATE_HELD = re.compile(
    r"\b(?:were|was|are|is|remained|remain|remains)\s+(?:still\s+)?under\s+(?:an?\s+)?"
    r"(?:evacuation|curfew|lockdown|boil[\s-]water|stay[\s-]at[\s-]home)"
    r"(?:\s+(?:orders?|notices?|warnings?|alerts?|advisor(?:y|ies)))?\b"
    r"(?:(?!\b(?:after|as|when|because|before|following|since|until)\b)[^,;]){0,60}$",
    re.I,
)


def _state_seen_at(text: str, t: TimeRef) -> bool:
    """Whether a time reference dates the state an order leaves in force, told right before it in its clause
    ('were under evacuation order on Wednesday morning'): the moment it was seen at, not when the order was given."""
    return bool(_STATE_HELD.search(text[max(0, t.span[0] - 90) : t.span[0]]))


def _goes_on(text: str, t: TimeRef) -> bool:
    """Whether a time reference dates a later sitting of something already begun ('Talks under the national
    conciliator continue on Tuesday', 'Poultry shares extended gains on Tuesday'), not its first. ('resumed' is left
    out: 'Normal service resumed at 1:45pm' is often the one event the other side dates, 'returned to normal at
    3:45pm'; so is 'continue until Friday', the end of the one spell.)"""
    return bool(_GOES_ON.search(text[max(0, t.span[0] - 30) : t.span[0]]))


def _since_is_after(a: TimeRef, b: TimeRef) -> bool:
    """Whether 'since' a period and 'after' it bound one span ('built since 2009' / 'built after 2009'): the 'after'
    side opens where the 'since' side's period ends, and neither says more."""
    return a.modifier == "since" and b.modifier == "after" and b.start == a.end and a.level == b.level


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
    r"\b(?:unlikely\s+to|not\s+(?:expected|likely|due)|(?:will|would|could|can)\s+not|cannot)\b"
    r"|\b(?:won|wouldn|couldn|can)['’]t\b|\b(?:isn|aren)['’]t\s+(?:expected|likely|due)\b",
    re.I,
)


def _not_before(text: str, t: TimeRef) -> TimeRef:
    """'unlikely to start cutting rates before the second quarter of 2027': not before a time is from that
    time on, the bound turned round (from the end of a month or longer; from the day itself for a day: 'will not
    return to class before March 23' returns on the 23rd)."""
    if t.modifier != "before" or t.end is None:
        return t
    if not _UNLIKELY_BEFORE.search(_CLAUSE_END.split(text[: t.span[0]])[-1]):
        return t
    if t.level >= 2 and t.start is not None and (t.end - t.start).days <= 1:
        return t  # 'not expected before next week', held as the span from the page to its next day: no bound to turn
    start = t.start if t.level <= 1 and t.kind in ("date", "weekday") else t.end  # a day is its own first day
    return replace(t, modifier="from", start=start, end=datetime(2200, 1, 1, tzinfo=t.end.tzinfo))


_AT_THE_EARLIEST = per_text(re.compile(r"\s+at\s+the\s+earliest\b", re.I))


def _at_the_earliest(text: str, t: TimeRef) -> TimeRef:
    """'could open in 2034 at the earliest': from that time on."""
    if t.modifier or t.start is None or t.level < 2 or not _AT_THE_EARLIEST.match(text, t.span[1]):
        return t
    return replace(t, modifier="from", end=datetime(2200, 1, 1, tzinfo=t.start.tzinfo))


_DAYS_AFTER = re.compile(
    r",?\s+(?:[\w'’/-]+,?\s+){0,12}?(?:(?:a|one|the)\s+day|(?P<n>two|three|four|[2-7])\s+days)\s+(?:after|since)\b",
    re.I,
)
"""After a day, the days since another event, a few words on ('resumed on Sunday with extra staff a day after a
float overturned'; 'on Friday passed the 2026/27 national budget by 112 votes to 68, a day after the minister
resigned')."""
_AFTER_THE_DAY_BEFORE = re.compile(
    r",?\s+(?:[\w'’-]+\s+){0,3}?after\s+(?P<event>[^.;]{3,80}?)\s+(?:the\s+(?:previous|preceding)\s+day|the\s+day\s+before)\b",
    re.I,
)
"""After an event told as the day before ('resumed on Wednesday morning after a blizzard forced the cancellation of
236 flights the previous day')."""
_DAY_EARLIER = re.compile(
    r",?\s+(?:that|which|when|after)\s+(?P<event>[^.;,]{3,60}?)\s+(?:a|one)\s+day\s+(?:earlier|before)\b", re.I
)
"""An event told right after the day as one day earlier ('refloated the ship on Thursday morning that had run aground
a day earlier')."""


def _day_after_agrees(text: str, t: TimeRef, other_text: str, other: TimeRef) -> bool:
    """Whether a day is told as some days after another event ('on Tuesday, a day after the vessel ran
    aground', 'on Wednesday morning after a blizzard forced the cancellation of 236 flights the previous day'), the
    other sentence dates that event (its words next to its day are the event's: 'ran aground
    early on Monday') and its day is that earlier day."""
    m = _DAYS_AFTER.match(text, t.span[1])
    prev = None if m else _AFTER_THE_DAY_BEFORE.match(text, t.span[1]) or _DAY_EARLIER.match(text, t.span[1])
    if not (m or prev) or t.level > 1 or other.level > 1 or t.start is None or other.start is None:
        return False
    if m:
        n = {"two": 2, "three": 3, "four": 4}.get((m.group("n") or "1").lower()) or int(m.group("n") or 1)
        told = _CLAUSE_END.split(text[m.end() :])[0]
    else:
        n, told = 1, prev.group("event")
    if (t.start - timedelta(days=n)).date() != other.start.date():
        return False
    event = _content_stems(_EVENT_WORD.findall(told))
    # the other's words next to its day, names passed over ('A float overturned during the Kishiwada Danjiri
    # Festival in Osaka Prefecture on Saturday'); words of one step of a sequence name one event ('a day after it
    # became stuck' / 'ran aground ... on Wednesday')
    near = _event_words(other_text, other.span, 5) | _event_words(other_text, other.span, 8, past_names=True)
    return bool(event & near) or any(event & step and near & step for pair in _SEQUENCES for step in pair)


_CLAUSE_BREAK = re.compile(r"[;:—–\"“”]|,\s")
"""A clause's end, a bracket not among them ('the Central Bank of the Republic of Türkiye (CBRT) had cut')."""


def _clause_of(text: str, span: tuple[int, int]) -> str:
    """The clause a span stands in, between the clause ends around it."""
    return _CLAUSE_BREAK.split(text[: span[0]])[-1] + text[span[0] : span[1]] + _CLAUSE_BREAK.split(text[span[1] :])[0]


_EARLIER_INSTANCE = re.compile(
    r"\b(?:bring(?:s|ing)?\s+back|brought\s+back|re-?introduc\w*|reinstat\w*|reviv\w*|re-?impos\w*|repeat\s+of"
    r"|return\s+of)\s+[^,;.]{0,60}?\b(?:that|which)\s+(?:\w+\s+){0,3}?(?:applied|ran|was|were|had|existed|operated"
    r"|lasted|came|held|stood)\b[^;.]{0,40}$",
    re.I,
)
"""A thing brought back, and the time the one before it held ('ruled out bringing back the eviction ban that
applied during the winter of 2022-23'): that time is the earlier one's, not the story's."""


def _earlier_instance(text: str, t: TimeRef) -> bool:
    return _EARLIER_INSTANCE.search(text[: t.span[0]]) is not None


def _earlier_told(fx: SentenceFacts, x: TimeRef, fy: SentenceFacts, y: TimeRef) -> bool:
    """Whether one time dates an act told in the past perfect at least a week before its page ('In September the
    bank had cut by 200 basis points') and the other, in a clause without the past perfect, falls in the week of
    the page ('cut rates by 300 basis points yesterday, a larger move than many had predicted'): an earlier act and
    the one the story tells."""
    if fx.published is None or fy.published is None or x.end is None or y.start is None:
        return False
    if not x.anchor == y.anchor == "absolute":
        return False
    if not _HAD_DONE.search(_clause_of(fx.text, x.span)) or _HAD_DONE.search(_clause_of(fy.text, y.span)):
        return False
    return x.end.replace(tzinfo=None) <= _page_week(fx.published) and y.start.replace(tzinfo=None) >= _page_week(
        fy.published
    )


_BUDGET_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:draft|city|state|national|annual|spending|capital)\s+)?budgets?\b", re.I
)
_BUDGET_BEFORE = per_text(re.compile(r"\bbudgets?\s+(?:plan\s+|proposal\s+|bill\s+)?for\s+(?:the\s+)?$", re.I))


def _budget_period(text: str, t: TimeRef) -> bool:
    """Whether a time names the period a budget is for ('next year's budget', 'the 2027 budget', 'the city's budget for
    next year'): which budget, not when anything was done to it."""
    return bool(_BUDGET_AFTER.match(text, t.span[1]) or _BUDGET_BEFORE.search(text[max(0, t.span[0] - 30) : t.span[0]]))


_EXPECTED_BY = re.compile(
    r"\b(?:expect\w*|due|hope[sd]?|hoping|aim\w*|plan\w*|should|will|set)\b[^.;:]{0,40}?\bby\s+(?:late\s+|early\s+)?$",
    re.I,
)
_BY_RIGHT_BEFORE = re.compile(r"\bby\s+(?:the\s+)?(?:(?:end|middle|start)\s+of\s+)?$", re.I)
_AHEAD_WORDS = re.compile(
    r"\b(?:will|would|shall|expect\w*|due|plan\w*|should|could|may|might|hope\w*|aim\w*)\b|['’]ll\b", re.I
)
_DONE_PAST = re.compile(
    r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:[a-z]+\s+)?[a-z]+ed\b|\b[a-z]{3,}ed\b", re.I
)


_ENDING_BEFORE = re.compile(
    r",\s+ending\s+(?:[\w'’-]+\s+){0,3}?(?:on|at|in)\s+$",
    re.I,
)


def _after_and_until_meet(x: TimeRef, y: TimeRef) -> bool:
    """Whether x is a day after which something stops and y the day until which it goes on, one day apart or the same
    day: one end told from its two sides."""
    return (
        x.modifier == "after"
        and y.modifier == "until"
        and x.level <= 1
        and y.level <= 1
        and x.start is not None
        and y.start is not None
        and timedelta(0) <= y.start - x.start <= timedelta(days=1)
    )


def _after_the_end(x: TimeRef, y: TimeRef) -> bool:
    """Whether x is 'after the end of' a period and y the last day of that period."""
    return (
        x.modifier == "after"
        and bool(re.match(r"(?:the\s+)?end\s+of\b", x.text, re.I))
        and x.start is not None
        and y.end is not None
        and y.level <= 1
        and y.end == x.start
    )


def _ended_after(text_x: str, x: TimeRef, text_y: str, y: TimeRef) -> bool:
    """Whether x dates the end of an act ('ending the action on Tuesday morning'), y on the other side dates it without
    saying it ended then, and y falls before x: the start and the end of one act."""
    if x.start is None or y.start is None or not _ENDING_BEFORE.search(text_x[max(0, x.span[0] - 50) : x.span[0]]):
        return False
    return y.start < x.start and not _ENDING_BEFORE.search(text_y[max(0, y.span[0] - 50) : y.span[0]])


def _deadline_met(text_x: str, x: TimeRef, text_y: str, y: TimeRef) -> bool:
    """Whether x is a time something is expected by ('are expected to resume by Monday evening') and y, on the other
    side, dates it as done no later than that ('were restored late on Sunday night'): the deadline met, one story."""
    if x.end is None or y.end is None or not _EXPECTED_BY.search(text_x[max(0, x.span[0] - 70) : x.span[0]]):
        return False
    before_y = text_y[max(0, y.span[0] - 60) : y.span[0]]
    if _BY_RIGHT_BEFORE.search(before_y):
        return False  # 'has been asked to report back by 20 October': a deadline too, not a day it was done
    return (
        y.end <= x.end
        and not _AHEAD_WORDS.search(before_y)
        and not _EXPECTED_BY.search(before_y)
        and bool(_DONE_PAST.search(before_y))
    )


_UPDATE_DATED = per_text(
    re.compile(
        r"\b(?:toll|tally|count|number)\b[^.;]{0,40}?\b(?:rose|risen|climbed|increased|jumped|grew|reached)\s+to\s+"
        r"(?:[\w,.]+\s+){1,2}?(?:on\s+|by\s+|early\s+|late\s+|overnight\s+)?$",
        re.I,
    )
)
"""Before a time, a count's rise to it ('The death toll ... rose to four on Tuesday morning'): the day of the update,
not of the event counted."""


_NTH_DAY_BEFORE = per_text(
    re.compile(
        r"\b(?:\d{1,3}(?:st|nd|rd|th)|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
        r"|\w+teenth|\w+tieth))\s+(?:straight\s+|consecutive\s+|full\s+)?(?:day|week|night)\s+(?:on\s+)?$",
        re.I,
    )
)
"""Before a time, the running count of days it is read at ('reached its tenth day on Wednesday', 'was on its eighth day
Tuesday'): a moment the count is read, not the date of an event."""


def _dates_an_act(text: str, t: TimeRef) -> bool:
    """Whether a time of a sentence may date the act it tells: placed, and none of a conversion, a quoted relative
    day, a budget's period, a count's update or a running count's day."""
    return (
        t.start is not None
        and not _converted(text, t)
        and not _quoted_relative(text, t)
        and not _budget_period(text, t)
        and not _UPDATE_DATED.search(text[max(0, t.span[0] - 60) : t.span[0]])
        and not _NTH_DAY_BEFORE.search(text[max(0, t.span[0] - 40) : t.span[0]])
    )


def compare_dates(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    if not (fa.times and fb.times):
        return None  # (asked first: most pairs date at most one side, and nothing below finds a conflict then)
    fa = replace(fa, times=tuple(t for t in fa.times if not _subject_after_conjunction(fa.text, t)))
    fb = replace(fb, times=tuple(t for t in fb.times if not _subject_after_conjunction(fb.text, t)))
    if any(t.modifier == "before" for t in fa.times):
        fa = replace(fa, times=tuple(_not_before(fa.text, t) for t in fa.times))
    if any(t.modifier == "before" for t in fb.times):
        fb = replace(fb, times=tuple(_not_before(fb.text, t) for t in fb.times))
    if _AT_THE_EARLIEST.search(fa.text):
        fa = replace(fa, times=tuple(_at_the_earliest(fa.text, t) for t in fa.times))
    if _AT_THE_EARLIEST.search(fb.text):
        fb = replace(fb, times=tuple(_at_the_earliest(fb.text, t) for t in fb.times))
    if (_NEXT_EVENT.search(fa.text) and not _LATER_ANY.search(fb.text)) or (
        _NEXT_EVENT.search(fb.text) and not _LATER_ANY.search(fa.text)
    ):
        return None  # 'The next Monetary Policy Committee meeting is scheduled for February 2027' / 'The decision was
        # taken at a meeting held on November 25': the next one of a kind, which the other sentence does not tell
    ta = [t for t in fa.times if _dates_an_act(fa.text, t)]
    tb = [t for t in fb.times if _dates_an_act(fb.text, t)]
    if not _PREVIOUS_ANY.search(fb.text):
        ta = [t for t in ta if not _EARLIER_ONES.search(fa.text[max(0, t.span[0] - 50) : t.span[0]])]
    if not _PREVIOUS_ANY.search(fa.text):
        tb = [t for t in tb if not _EARLIER_ONES.search(fb.text[max(0, t.span[0] - 50) : t.span[0]])]
    if not ta or not tb:
        return None
    if _opposite_acts({w[0] for w in fa.words}, {w[0] for w in fb.words}) and not (
        _dated_state_told(fa, fb) or _dated_state_told(fb, fa)
    ):
        return _closure_end(fa, fb)  # 'closed on Friday' / 'reopened on Saturday': two acts in sequence, not one
        # dated twice; but 'closed until Wednesday' / 'will reopen on Tuesday' dates one reopening twice
    if (
        _PRICE_TALK.search(fa.text)
        and _PRICE_TALK.search(fb.text)
        and (fa.quantities or fb.quantities)
        and (_PRICE_FIGURE.search(fa.text) or _PRICE_MOVE_VERB.search(fa.text))
        and (_PRICE_FIGURE.search(fb.text) or _PRICE_MOVE_VERB.search(fb.text))
        and not (any(_takes_effect(fa.text, t) for t in ta) and any(_takes_effect(fb.text, t) for t in tb))
        and not (any(_dates_decision(fa.text, t) for t in ta) and any(_dates_decision(fb.text, t) for t in tb))
    ):
        return None  # 'the naira traded at 1,518 per dollar on Monday' / 'closed at N1,512 on Friday': two trading days
        # (a price set from a day on, 'will raise the price of the loaf from 1 November', is no trading day's, nor is
        # the day a cap on prices was signed: 'under a determination the health minister signed on Friday')
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
    if (_previous_one(fa.text) and not _PREVIOUS_ANY.search(fb.text)) or (
        _previous_one(fb.text) and not _PREVIOUS_ANY.search(fa.text)
    ):
        return None  # 'The previous one, in June, broke up in Huixtla' / 'In a statement on Monday night, the INM
        # said ...': another event of its kind, which the other sentence does not tell
    if (_NTH_EVENT.search(fa.text) and not _NEXT_ROUND.search(fb.text)) or (
        _NTH_EVENT.search(fb.text) and not _NEXT_ROUND.search(fa.text)
    ):
        return None  # 'has already announced a second 24-hour walkout for March 24' / 'The walkout begins at 04:00 on
        # Tuesday': another round of the act, dated on its own
    if bool(_FURTHER_COUNT.search(fa.text)) != bool(_FURTHER_COUNT.search(fb.text)):
        return None  # 'cancelled 312 flights on Saturday' / 'cancelled another 290 flights on Sunday': a further
        # round of the act, each dated
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
    one_record = bool(_records(fa.text) & _records(fb.text))
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
        if len(span[2]) == 1 and _STARTED.search((fb if ts is ta else fa).text):
            continue  # 'The five-day campaign began on 12 October' / 'started on 13 October': two starts of one event
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
            if _next_week_day(a, b) or _next_week_day(b, a):
                continue  # 'end next Friday' on a Thursday page / 'end on November 27': the Friday of next week
            if _after_and_until_meet(a, b) or _after_and_until_meet(b, a):
                continue  # 'forecast to ease after Thursday' / 'will continue until June 12' (a Friday): one end, told
                # from each side of the night between
            if _after_the_end(a, b) or _after_the_end(b, a):
                continue  # 'will be suspended after the end of October' / 'will end on 31 October': the end, and
                # what follows it
            if _ended_after(fa.text, a, fb.text, b) or _ended_after(fb.text, b, fa.text, a):
                continue  # 'blocked the bridge for 14 hours on Monday' / 'for 12 hours, ending the action on Tuesday
                # morning': the act's start, and its end after it
            if _deadline_met(fa.text, a, fb.text, b) or _deadline_met(fb.text, b, fa.text, a):
                continue  # 'are expected to resume by Monday evening' / 'were restored late on Sunday night': done
                # before the time it was expected by
            if _goes_on(fa.text, a) != _goes_on(fb.text, b):
                continue  # 'invited both sides to talks on Monday afternoon' / 'Talks ... continue on Tuesday': the
                # first sitting and a later one
            if _dates_order(fa.text, a) != _dates_order(fb.text, b) and not _one_order(fa.text, a, fb.text, b):
                continue  # 'A court on Thursday ordered the arrest of the mayor' / 'was taken into custody on 25
                # November': an order and the act it orders, two events
            if _page_night(fa, a, fb, b) or _page_night(fb, b, fa, a):
                continue  # 'fares rose from 300 to 400 francs overnight' (a Sunday page) / 'went up on Saturday
                # morning' (a Saturday page): which night a later page means is not told
            if _record_period(fa.text, a) != _record_period(fb.text, b):
                continue  # 'after the driest July in decades' / 'to protect supplies for the autumn': a period named for
                # its record, not when the act was done
            if _period_end(fa.text, a) != _period_end(fb.text, b):
                continue  # 'lost £2.3 million in the year to June 2025' / 'its accounts, published in January': the
                # end of the period a figure covers, not when anything happened
            if _last_time(fa.text, a) != _last_time(fb.text, b):
                continue  # 'will rise by 10% from 1 February' / 'which was last increased in August': the
                # previous time, not this one
            if (
                (_takes_effect(fa.text, a) or _starts_on(fa.text, a))
                and _dates_decision(fb.text, b)
                and not _starts_on(fb.text, b)
            ) or (
                (_takes_effect(fb.text, b) or _starts_on(fb.text, b))
                and _dates_decision(fa.text, a)
                and not _starts_on(fa.text, a)
            ):
                continue  # 'will have to cut back on water from 15 December' / 'approved on Tuesday': when a measure
                # applies and when it was decided; so 'The cuts begin on Thursday' / 'the board decided on Tuesday'
            if (_held_until(fa.text, a) and _starts_on(fb.text, b)) or (
                _held_until(fb.text, b) and _starts_on(fa.text, a)
            ):
                continue  # 'said the center would stay open through September' / 'would open Thursday': the end of a
                # state and its start
            if (_decided_to(fa.text, a) and _act_ahead(fb.text, b)) or (
                _decided_to(fb.text, b) and _act_ahead(fa.text, a)
            ):
                continue  # 'agreed on Friday to open negotiations' / 'will begin coalition talks on Monday': the day
                # of the decision and the day of what it decided
            if _earlier_told(fa, a, fb, b) or _earlier_told(fb, b, fa, a):
                continue  # 'In September the bank had cut by 200 basis points' / 'cut rates by 300 basis points
                # yesterday': an earlier act, told as such, and the one the story tells
            if _earlier_instance(fa.text, a) != _earlier_instance(fb.text, b):
                continue  # 'examining a temporary ban on evictions over the winter' / 'bringing back the eviction
                # ban that applied during the winter of 2022-23': the ban before, not the one the story weighs
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
            if _deadline_meets_start(fa.text, a, fb.text, b) or _deadline_meets_start(fb.text, b, fa.text, a):
                continue  # 'The branches will shut by the end of March 2027' / 'are expected to close from April
                # 2027': done by one bound, in force from the day after it
            if {a.modifier, b.modifier} == {"before", "after"} and a.text == b.text and fa.negated != fb.negated:
                continue  # 'Homes built before 2009 are eligible' / 'Homes built after 2009 are not covered': one rule,
                # told from each side of its date
            if _since_is_after(a, b) or _since_is_after(b, a):
                continue  # 'Homes built since 2009' / 'Homes built after 2009': one bound, told two ways
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
            if _price_moved_on(fa.text, a) != _price_moved_on(fb.text, b):
                continue  # 'Flour prices jumped again on Tuesday as the decision to halt exports failed' / 'banned
                # wheat exports on Monday': a day's price move, and the act it followed
            if (_hoped_for(fa.text, a) and not _INTENT_ANY.search(fb.text)) or (
                _hoped_for(fb.text, b) and not _INTENT_ANY.search(fa.text)
            ):
                continue  # 'The operator said it hoped to reopen the runways by 06:00 tomorrow' / 'The runways
                # reopened at 7:30 on Tuesday morning': the time hoped for, and when it was done
            if _continuing(fa.text, a) or _continuing(fb.text, b):
                continue  # 'Sarsfield Bridge remained closed on Wednesday': a state still holding, not its start
            if _going_on(fa.text, a) != _going_on(fb.text, b):
                continue  # 'Residents were on Sunday mourning victims of a fire' / 'died on Saturday when fire swept
                # through a mosque': what was going on that day, not the day of the event it follows
            if (
                _steps_either_way(fa.text, a.span, fb.text, b.span, past_names=False)
                or _steps_either_way(fa.text, a.span, fb.text, b.span, past_names=True)
                or _sequence_acts(_dated_act_words(fa.text, a.span), _dated_act_words(fb.text, b.span))
                or _sequence_acts(
                    _dated_act_words(_before_relative(fa.text, a.span), a.span),
                    _dated_act_words(_before_relative(fb.text, b.span), b.span),
                )
                or _participle_background(fa.text, a, fb.text, b)
                or _participle_background(fb.text, b, fa.text, a)
                or _dates_reduced_passive(fa.text, a, fb.text, b)
                or _dates_reduced_passive(fb.text, b, fa.text, a)
            ):
                continue  # 'was seized on Thursday evening' / 'was freed on Sunday night': two steps of one story
                # (small words and names passed over: 'resumed the search for the missing on Monday')
            if ((_as_of(fa.text, a) and fa.quantities) or (_as_of(fb.text, b) and fb.quantities)) and not (
                a.level == b.level == 4 and a.modifier == b.modifier == "by" and _one_target(fa, fb)
            ):
                continue  # '68 people had been rescued by Sunday morning': the moment of a running count (but 'promised
                # 620 new spaces by 2030' / '620 new prison spaces would be delivered by 2031': one target's deadline)
            if (_as_of(fa.text, a) and _STATE_MOMENT.search(fb.text)) or (
                _as_of(fb.text, b) and _STATE_MOMENT.search(fa.text)
            ):
                continue  # 'was partially contained by Wednesday afternoon' / 'was still burning on Wednesday
                # morning': a state seen at one moment, and how things stood at another
            if _state_seen_at(fa.text, a) != _state_seen_at(fb.text, b):
                continue  # 'More than 900 properties were under evacuation order on Wednesday morning' / 'Evacuation
                # orders were expanded Tuesday': a lasting state seen at a moment, and the act that began it
            if (
                _as_of(fa.text, a)
                and _as_of(fb.text, b)
                and not (a.level == b.level == 4 and a.modifier == b.modifier == "by" and _one_target(fa, fb))
            ):
                continue  # 'had burnt 12,000 hectares by Saturday evening' / 'had grown to 21,000 hectares by
                # Sunday morning': two moments a state was seen at, not one event dated twice
            ov = _times_agree(a, b, ta, tb, fa.text, fb.text)
            if ov is None or ov:
                continue
            if _season_near(a, b) or _season_near(b, a):
                continue  # 'to begin ... next month' (November) / 'over the coming winter': a season's edge is loose
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
            if _other_time_owns_act(fa, a, ta, fb, b, tb) or _other_time_owns_act(fb, b, tb, fa, a, ta):
                continue  # 'The jury retired on Thursday morning and delivered its verdict just after 3pm' /
                # 'returning its verdict on Thursday afternoon': the verdict's own time agrees; the morning is another act's
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
            if (
                not shared_act
                and a.level <= 1
                and b.level <= 1
                and (act := _one_counted_act(fa, fb))
                and _dates_count(fa, a, act[0])
                and _dates_count(fb, b, act[1])
            ):
                shared_act = True  # 'has released nine people ..., handing them to a humanitarian mission on Thursday'
                # / 'released nine captives in Arauca on Wednesday': one act on one group, dated twice
            if not shared_act and a.level == b.level == 4 and once_in_both(fa.text, fb.text):
                shared_act = True  # 'was first elected in 2016' / 'was first elected to the Senedd in 2021'
            if not shared_act and a.level == b.level == 4 and _one_tenure(fa.text, fb.text):
                shared_act = True  # the two spans of years were read as one tenure
            if not shared_act and a.level <= 1 and b.level <= 1 and one_act_object:
                shared_act = True  # 'signed a protocol in Doha on Monday' / 'on Sunday signed a protocol in Doha':
                # one act on one object, dated twice
            if not shared_act and not (_single_event(fa.text) and _single_event(fb.text)) and not _one_load(fa, fb):
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
            if not shared_act and a.level == b.level == 4 and a.modifier == b.modifier == "by":
                shared_act = _one_target(fa, fb)  # '620 new spaces by 2030' / '620 new prison spaces ... by 2031'
            if (
                not shared_act
                and a.level == b.level == 4
                and _planned(fa.text, a)
                and _planned(fb.text, b)
                and _one_project(fa.text, a, fb.text, b)
            ):
                shared_act = True  # 'A desalination plant at Koeberg is due to come online in 2028' / 'The Koeberg
                # desalination plant is expected to be completed in 2027': one project's planned year
            if not shared_act and a.level == b.level == 4 and not (_year_act(fa.text, a) & _year_act(fb.text, b)):
                continue  # two years with no act in common date two things ('posted a loss last year' / 'was
                # bought in 2021'), as background facts usually are
            if (
                not shared_act
                and (dated_a or dated_b)
                and not _span_ends(fa.text, a, ta)
                and not _span_ends(fb.text, b, tb)
                and not _one_hour_two_days(fa, a, fb, b)
            ):
                continue  # 'signed in March 2025 and due to take effect in July' / 'signed in March last year,
                # made public in January': one event's dates agree, the others date two other events (but 'at 6:12
                # am on Monday' / 'at 6:12 am on Tuesday' is one moment told on two days)
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
    return best or _bound_two_ways(fa, ta, fb, tb)


def _dated_state_told(x: SentenceFacts, y: SentenceFacts) -> bool:
    """Whether x tells two opposite states and dates the one y tells alone ('has been closed and is expected to reopen
    on Thursday' / 'would reopen on Friday'): one act dated twice, not two acts in sequence."""
    if not x.times:
        return False
    wx, wy = {w[0] for w in x.words}, {w[0] for w in y.words}
    for pos, neg in _STATE_ANTONYMS:
        if not (wx & pos and wx & neg) or bool(wy & pos) == bool(wy & neg):
            continue
        told = pos if wy & pos else neg
        # the first time that is no bare year of a past event ('Sarsfield Bridge, which opened in 1835, will close to
        # vehicles from Monday': the close is the one dated)
        first = next((t for t in x.times if t.level < 4), x.times[0])
        before = [w for w in x.words if w[3] <= first.span[0] and (w[0] in pos or w[0] in neg)]
        return bool(before) and before[-1][0] in told
    return False


_ENDS_ON = re.compile(
    r"\b(?:end|ends|ended|ending|finish|finishes|finished|conclude|concludes|concluded)\s+(?:on\s+)?$", re.I
)
_LASTS_UNTIL = re.compile(
    r"\b(?:last|lasts|run|runs|continue|continues|go\s+on|persist|persists)\s+(?:until|till|through)\s+(?:at\s+least\s+)?$",
    re.I,
)
_STARTED_ON = re.compile(r"\b(?:start|starts|started|began|begun|begins|commenced|launched)\s+(?:(?:on|in)\s+)?$", re.I)


def _bound_two_ways(fa: SentenceFacts, ta: list[TimeRef], fb: SentenceFacts, tb: list[TimeRef]) -> Conflict | None:
    """One end or start told on one side as the day something lasts until or has held since ('expected to last until
    Sunday', 'has been enforced since 1 June 2023') and on the other as the day it ends or starts ('expects it to end on
    Friday', 'Enforcement started on 1 June 2024'): two days, a conflict. An open span meets any day on its open side,
    so the rule above cannot see it. One time on each side; an end by whole days, a start by days or hours only
    ('authored ... since 2006' / 'was started in 2007' may tell two things begun)."""
    if len(ta) != 1 or len(tb) != 1:
        return None
    for x, u, y, v, x_is_a in ((fa, ta[0], fb, tb[0], True), (fb, tb[0], fa, ta[0], False)):
        if v.modifier or v.start is None:
            continue
        before_v = y.text[max(0, v.span[0] - 25) : v.span[0]]
        if u.modifier == "until":
            if u.level != 1 or v.level != 1 or u.end is None or v.end is None:
                continue
            if not _LASTS_UNTIL.search(x.text[max(0, u.span[0] - 40) : u.span[0]]) or not _ENDS_ON.search(before_v):
                continue
            if v.start.date() <= (u.end - timedelta(seconds=1)).date() < v.end.date():
                continue  # the last day it lasts is the day it ends
        elif u.modifier == "since":
            if u.level != v.level or u.level > 1 or u.start is None:
                continue
            if not _STARTED_ON.search(before_v) or u.start == v.start:
                continue
        else:
            continue
        a, b = (u, v) if x_is_a else (v, u)
        expl = f"date: {a.label} vs {b.label}"
        return Conflict("date", a.text, b.text, a.norm, b.norm, _clip(expl), 0.75, a.span, b.span)
    return None


def _one_load(fa: SentenceFacts, fb: SentenceFacts) -> bool:
    """Whether both sentences name one thing by the same specific measure, and no other measure ('A ship carrying
    52,000 tonnes of urea reached Djibouti last Wednesday, but ...' / 'A vessel carrying 52,000 tonnes of urea
    docked ... on Tuesday, the first of five shipments ...'): one event, however long the sentences."""
    qa = [q for q in fa.quantities if q.dimension.startswith("measure:")]
    qb = [q for q in fb.quantities if q.dimension.startswith("measure:")]
    return (
        len(qa) == len(qb) == 1
        and qa[0].dimension == qb[0].dimension
        and qa[0].value == qb[0].value >= 100
        and not (qa[0].hedge or qb[0].hedge)
    )


def _one_target(fa: SentenceFacts, fb: SentenceFacts) -> bool:
    """Whether both sentences give one figure each, the same (a target told twice, its deadline the only difference)."""
    return len(fa.quantities) == len(fb.quantities) == 1 and fa.quantities[0].value == fb.quantities[0].value


_SUPERLATIVE = per_text(
    re.compile(
        r"\b(?:highest|lowest|largest|biggest|smallest|worst|best|deadliest|strongest|weakest|hottest|coldest"
        r"|wettest|driest|fastest|slowest|greatest|most\s+(?:powerful|intense|violent))\b"
    )
)
"""A record ('the highest since 2019'): two 'since' years with it date the same record."""
_OF_SIZE = frozenset({"largest", "biggest", "strongest", "greatest", "most powerful", "most intense", "most violent"})
"""Records of one size, in other words ('the biggest since 2013' / 'the most powerful eruption since 2019')."""


def _records(text: str) -> set[str]:
    return {
        "size" if w in _OF_SIZE else w for w in (re.sub(r"\s+", " ", m) for m in _SUPERLATIVE.findall(text.lower()))
    }


_VERB_OBJECT = per_text(re.compile(r"\b([a-z]+)\s+(?:(?:a|an|the|its|their|his|her|a\s+new)\s+)?([a-z]{4,})\b"))


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


_HABITUAL = per_text(re.compile(r"\b(?:usually|normally|typically|traditionally|generally|customarily)\b", re.I))
"""A sentence about what happens most times ('The river usually starts to rise again in November')."""


def _habitual_months(f: SentenceFacts) -> bool:
    """A sentence about what happens most years, dated by a month or a season only ('usually starts to rise again
    in November'; not 'begins on February 16, and factories usually close a week earlier')."""
    if not _HABITUAL.search(f.text) or re.search(r"\b(?:would|will)\s+(?:normally|usually)\b", f.text, re.I):
        return False
    return all(t.level >= 2 for t in f.times if t.start is not None)


def _previous_one(text: str) -> bool:
    """Whether the sentence opens on the previous one of a kind (`_PREVIOUS_ONE`); 'The last print edition will appear'
    is the final one, still to come."""
    m = _PREVIOUS_ONE.match(text)
    return m is not None and not (re.search(r"\blast\s", m.group(), re.I) and _FINAL_AHEAD.search(text))


_FINAL_AHEAD = re.compile(r"\b(?:will|shall)\b|\b(?:is|are)\s+(?:due|set|expected|scheduled|to)\b", re.I)


_PREVIOUS_ONE = re.compile(
    r"\s*(?:Before|Prior\s+to)\s+(?:that|then|this)\s*,"  # 'Before that, Lithuania play Estonia in Tallinn on 25 February'
    r"|\s*(?:The|An?|Its|Their)\s+(?:previous|earlier|prior|last)\s+"
    r"(?!(?:[a-z]+\s+)?(?:record|passengers?|survivors?|victims?|persons?|people|patients?|players?|runners?|climbers?|workers?"
    r"|miners?|vehicles?|cars?|trains?|boats?|buses)\b)(?:one|\w+)\b(?!\s+(?:of|to)\b)"
)
"""A sentence about the previous one of a kind ('The previous one, in June, broke up') or opening on what came
before the story's event ('Before that, Lithuania play Estonia in Tallinn on 25 February'): its dates are another
event's."""
_COUNT_WORD = (
    r"(?:\d[\d,.]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety|hundred|dozen)\b)(?![\w-])"
)
_NTH_EVENT = per_text(
    re.compile(
        r"\b(?:a\s+(?:second|third|fourth|fifth|further|new)|another)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:walkouts?|strikes?|stoppages?|protests?|marches|march|rallies|rally|blockades?|shutdowns?)\b",
        re.I,
    )
)
"""A later round of a collective action told as one more ('a second 24-hour walkout', 'a further strike'), dated on
its own; 'the third federal university march' names this one's place in a series."""
_NEXT_ROUND = re.compile(r"\b(?:another|next|new|again|further|second|third|fourth|fifth)\b", re.I)
"""Any word telling one more round of an act: when both sides have one, they may tell the same round."""
_FURTHER_COUNT = per_text(
    re.compile(
        rf"\b(?:another|a\s+further)\s+{_COUNT_WORD}|\b\d[\d,.]*\s+(?:more|further)\s+[a-z]",
        re.I,
    )
)
"""A count told as added to an earlier one ('cancelled another 290 flights on Sunday', 'a further 40', '12 more
people', '15 further hearing dates'): a further round of the act, with a date of its own. Not a length ('a further
24-hour strike'), nor a span to come told in words ('for three more seasons', 'one more semester')."""
_PREVIOUS_ANY = per_text(re.compile(r"\b(?:previous|earlier|prior|last|before)\b", re.I))
_EARLIER_ONES = per_text(
    re.compile(
        r"\b(?:earlier|previous|prior)\s+(?:(?!(?:was|were|is|are|had|has|have|been)\b)[a-z-]+\s+)?"
        r"(?!(?:was|were|is|are|had|has|have|been)\b)[a-z-]+(?<!ed)\s+(?:in|on)\s+$",
        re.I,
    )
)
"""Events of the story's kind before this one, dated ('after two earlier strike days in September'), which the
other sentence does not tell; not the earlier thing's own act ('The pilots' previous contract expired on April 30')."""


def _same_words(a: TimeRef, b: TimeRef) -> bool:
    return a.kind == b.kind == "relative" and a.text.lower() == b.text.lower()


def _other_counts(fa: SentenceFacts, fb: SentenceFacts) -> bool:
    """Whether both sentences count something and no counted noun is shared ('14 airspace violations' /
    'eight drones'); one figure on both sides is one count, whatever its noun ('the ground holds 6,500 supporters' /
    'the 6,500-capacity ground')."""
    na = {syn(q.noun) for q in fa.quantities if q.noun}
    nb = {syn(q.noun) for q in fb.quantities if q.noun}
    if not (na and nb) or na & nb:
        return False
    return not {q.value for q in fa.quantities if q.noun} & {q.value for q in fb.quantities if q.noun}


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


def _one_result(fa: SentenceFacts, fb: SentenceFacts) -> bool:
    """Whether the two sentences give one result of one match: a single score each, the same, and a
    name both use ('beat Club Africain 2-1')."""
    sa = [q for q in fa.quantities if q.dimension == "score"]
    sb = [q for q in fb.quantities if q.dimension == "score"]
    if len(sa) != 1 or len(sb) != 1 or sa[0].value != sb[0].value:
        return False
    return bool({e.key for e in fa.entities} & {e.key for e in fb.entities})


def _one_counted_act(fa: SentenceFacts, fb: SentenceFacts) -> tuple[Quantity, Quantity] | None:
    """The two sentences' counts when each gives one count, the same and told exactly (two or more), right after one
    verb ('released nine people' / 'released nine captives'), or None."""
    qa = [q for q in fa.quantities if q.dimension == "count"]
    qb = [q for q in fb.quantities if q.dimension == "count"]
    if len(qa) != 1 or len(qb) != 1 or qa[0].value != qb[0].value or qa[0].value < 2 or qa[0].hedge or qb[0].hedge:
        return None
    va, vb = _verb_right_before(fa, qa[0]), _verb_right_before(fb, qb[0])
    return (qa[0], qb[0]) if va and va == vb else None


def _verb_right_before(f: SentenceFacts, q: Quantity) -> str:
    """The stem of a verb in the past tense right before a count ('released nine'), or ''."""
    w = next((w for w in f.words if 0 <= q.span[0] - w[3] <= 1), None)
    if w is None or w[4] or not w[1].islower() or not w[1].endswith("ed") or w[1] in STOPWORDS:
        return ""
    return syn(w[0])


def _dates_count(f: SentenceFacts, t: TimeRef, q: Quantity) -> bool:
    """Whether a date and a figure are told together, with no 'after' or 'before' between them ('released nine captives
    in Arauca on Wednesday'; not 'came to an end on Sunday evening, less than a day after the Owls were beaten 3-0')."""
    lo, hi = sorted((t.span[1], q.span[0])) if t.span[0] < q.span[0] else (q.span[1], t.span[0])
    return not _SEQUENCE_WORD.search(f.text[lo:hi])


_SEQUENCE_WORD = re.compile(r"\b(?:after|before|following|since|until)\b|[;:]", re.I)


def _dates_result(f: SentenceFacts, t: TimeRef) -> bool:
    """Whether a date and the sentence's score are told together, with no 'after' or 'before' between
    them ('came to an end on Sunday evening, less than a day after the Owls were beaten 3-0': the date
    is of another event)."""
    return _dates_count(f, t, next(q for q in f.quantities if q.dimension == "score"))


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


_FROM_BEFORE = re.compile(r"\b(?:from|as\s+of|starting|beginning|effective)\s+(?:the\s+)?$", re.I)


def _deadline_meets_start(text_x: str, x: TimeRef, text_y: str, y: TimeRef) -> bool:
    """Whether a deadline ('by the end of March 2027') ends where the other side's 'from' reference starts ('from
    April 2027'): what is done by one is in force from the other."""
    return (
        x.modifier == "by"
        and x.end is not None
        and y.start is not None
        and abs((y.start - x.end).total_seconds()) <= 86400
        and bool(_FROM_BEFORE.search(text_y[max(0, y.span[0] - 20) : y.span[0]]))
    )


def _past_of_page(f: SentenceFacts, t: TimeRef) -> bool:
    """Whether a time ends on or before its page's date."""
    return f.published is not None and t.end is not None and t.end.date() <= f.published.date() + timedelta(days=1)


_PLANNED_HEAD = (
    r"(?:\b(?:plan(?:s|ned)?|aim(?:s|ed)?|intend(?:s|ed)?|hope(?:s|d)?|expect(?:s|ed)?|scheduled|due)\s+to"
    r"|\b(?:scheduled|slated|planned|earmarked)\s+for"
    r"|\b(?:will|shall|should|due)|['’]ll)\s+(?:[\w'’-]+\s+){0,6}?"
)
_PLANNED_BEFORE = re.compile(_PLANNED_HEAD + r"(?:in|by|before)\s+$", re.I)
_PLANNED_RIGHT_BEFORE = re.compile(_PLANNED_HEAD + r"$", re.I)
"""Before a year: a plan or what is to be ('planned to launch a fifth satellite in 2028', 'is due in 2027', 'should
be finished in 2027', 'is scheduled for completion in 2030')."""


_CLOCK_DAY_GAP = re.compile(r"\s*,?\s*(?:on|from|at)?\s*")


def _clock_beside(text: str, day: TimeRef, times: Sequence[TimeRef]) -> TimeRef | None:
    """A time of day told right beside a day ('at 6:12 am on Monday', 'on Friday, September 25, from 1 pm')."""
    for t in times:
        if t.level != 0:
            continue
        lo, hi = (t.span[1], day.span[0]) if t.span[1] <= day.span[0] else (day.span[1], t.span[0])
        if 0 <= hi - lo <= 8 and _CLOCK_DAY_GAP.fullmatch(text, lo, hi):
            return t
    return None


def _one_hour_two_days(fa: SentenceFacts, a: TimeRef, fb: SentenceFacts, b: TimeRef) -> bool:
    """Two days, each told with the same time of day beside it ('took off ... at 6:12 am on Monday' / 'lifted off ...
    at 6:12 am on Tuesday'): one moment dated twice."""
    if not (a.level == b.level == 1):
        return False
    ca, cb = _clock_beside(fa.text, a, fa.times), _clock_beside(fb.text, b, fb.times)
    return ca is not None and cb is not None and bool(_time_overlap(ca, cb))


def _one_project(text_a: str, a: TimeRef, text_b: str, b: TimeRef) -> bool:
    """Whether two sentences plan one thing: the subjects of their clauses share two content words, a name among them
    ('A desalination plant at Koeberg' / 'The Koeberg desalination plant')."""

    def subject(text: str, t: TimeRef) -> set[str]:
        clause = re.split(r"[,;:]\s|\b(?:is|are|was|were|will|would|has|have|had)\b", text[: t.span[0]])[0]
        return {w.lower() for w in re.findall(r"[A-Za-z][\w-]+", clause) if w.lower() not in STOPWORDS}

    sa, sb = subject(text_a, a), subject(text_b, b)
    if len(sa) == len(sb) == 1 and sa == sb and _THE_ONE.match(text_a) and _THE_ONE.match(text_b):
        return True  # 'The stadium is scheduled for completion in 2030' / 'The stadium is due to be completed in 2029':
        # the story's one thing of its kind, named alike
    shared = sa & sb
    return len(shared) >= 2 and any(w.lower() in shared for w in re.findall(r"[A-Z][\w-]+", text_a))


_THE_ONE = re.compile(r"The\s+[a-z]+\s+(?:is|was|will|would)\b")


def _planned(text: str, t: TimeRef) -> bool:
    """Whether a time is the year of a plan ('planned to launch a fifth satellite in 2028', 'is expected to burn up in
    the atmosphere next year')."""
    before = text[max(0, t.span[0] - 80) : t.span[0]]
    if _PLANNED_BEFORE.search(before):
        return True
    return t.text.lower().startswith(("next ", "this ")) and bool(_PLANNED_RIGHT_BEFORE.search(before))


_EARLIER_STEP = re.compile(r"\b(?:after|before|following|since|in\s+connection\s+with)\b", re.I)


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


def _times_agree(a: TimeRef, b: TimeRef, ta: list[TimeRef], tb: list[TimeRef], text_a: str, text_b: str) -> bool | None:
    """Whether two times agree: their intervals, else a clock time read in the other's part of the day; None when
    neither can tell."""
    ov = _time_overlap(a, b)
    return _clock_in_day_part(a, b, ta, tb, text_a, text_b) if ov is None else ov


def _other_time_owns_act(
    fa: SentenceFacts, a: TimeRef, ta: list[TimeRef], fb: SentenceFacts, b: TimeRef, tb: list[TimeRef]
) -> bool:
    """Whether another time of the first sentence agrees with the second's and dates the act the second's dates
    (their words meet), where this one dates another act (words of its own, none of them the second's)."""
    act_b, act_a = _event_words(fb.text, b.span), _event_words(fa.text, a.span)
    if not act_b or not act_a or act_a & act_b:
        return False  # (a time with no words of its own may date the same act: 'on Sunday afternoon at about 3:15pm')
    for other in ta:
        if other is a or not _event_words(fa.text, other.span) & act_b:
            continue
        if _times_agree(other, b, ta, tb, fa.text, fb.text):
            return True
    return False


_AND_NEXT_ACT = re.compile(r"\s(?:and|then)\s+(?:was\s+|were\s+|later\s+)?(?=[a-z]+ed\b)")


def _steps_either_way(
    text_a: str, span_a: tuple[int, int], text_b: str, span_b: tuple[int, int], past_names: bool
) -> bool:
    """Whether the acts next to two dates are two steps of a story (`_sequence_acts`) whether or not a verb after 'and'
    is read as dated with the first ('was convicted ... in June 2024 and sentenced to 10 years' / 'had been convicted
    in July 2024' is one conviction; 'freed a dhow on Thursday and arrested nine' / 'arrested 11 on Wednesday' is one
    arrest)."""
    return all(
        _sequence_acts(
            _event_words(text_a, span_a, 5, past_names=past_names, cut_and=cut),
            _event_words(text_b, span_b, 5, past_names=past_names, cut_and=cut),
        )
        for cut in (False, True)
    )


def _event_words(
    text: str, span: tuple[int, int], width: int = 3, past_names: bool = False, cut_and: bool = False
) -> set[str]:
    """Content-word stems next to a time reference, within its clause: what happened then. `past_names`:
    names and small words are passed over in the count ('made landfall in Quang Ngai at about 6 a.m.')."""
    left = _CLAUSE_END.split(text[: span[0]])[-1]
    right = _CLAUSE_END.split(text[span[1] :])[0]
    if cut_and:
        right = _AND_NEXT_ACT.split(right, maxsplit=1)[0]  # 'convicted ... in June 2024 and sentenced to 10 years':
        # read for a sequence of steps, the verb after 'and' is the next step, not the dated one
    lw, rw = _EVENT_WORD.findall(left), _EVENT_WORD.findall(right)
    if past_names:
        lw = [w for w in lw if not w[0].isupper() and w.lower() not in STOPWORDS]
        rw = [w for w in rw if not w[0].isupper() and w.lower() not in STOPWORDS]
    return _content_stems(lw[-width:] + rw[:width])


_LEAD_PREP = re.compile(r"\b(?:since|in|from|until|till|by|during|through|for)\s*$", re.I)


def opening_year_act(after: str) -> set[str]:
    """The verb of the act a year opening its sentence dates: the first past-tense word of the clause after it ('In
    2019 the plant was fined $48,000': {'fin'}), or none."""
    for w in _EVENT_WORD.findall(_CLAUSE_END.split(after)[0])[:6]:
        if w.islower() and w not in STOPWORDS and (w.endswith("ed") or w in IRREGULAR_PAST):
            return _content_stems([w])
    return set()


def _year_act(text: str, t: TimeRef) -> set[str]:
    """The act a year-level reference dates: the content words of its clause just before it, read
    across the preposition that introduces it ('has led House Democrats since 2002'), and after it; past the names
    when those words are names ('have played at Forge Park since 1923')."""
    text = _participle_lowered(text)
    left = _LEAD_PREP.sub("", text[: t.span[0]].rstrip())
    joined, at = left + " @ " + text[t.span[1] :], (len(left) + 1, len(left) + 2)
    if not left.strip():  # 'In 2019 the plant was fined': the act follows the year
        return opening_year_act(text[t.span[1] :])
    return _event_words(joined, at) or _event_words(joined, at, past_names=True)


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


_ORDINAL_LABEL = per_text(
    re.compile(
        rf"\b({'|'.join(ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))[- ]"
        r"(quarter|half|round|leg|stage|phase|reading|ballot|session|semester|heat|instalment|installment|tranche|wave)s?\b",
        re.I,
    )
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


_RECURRENCE = per_text(
    re.compile(r"\b(?:(?<!\bfor\sthe\s)first|second|third|fourth|fifth|another)\s+time\b", re.IGNORECASE)
)


_PAST_ONE_TOLD = re.compile(r",\s+(?:which|who)\s+(?:had\s+)?(?:paid|was|were|received|got|faced)\b[^,;]*$", re.I)
"""After the count of occurrences, a clause that tells the earlier one ('It is the second time the FCA has fined
Harrowgate, which paid a £7.2 million penalty in 2021'): its date is that occurrence's own."""


_LABEL_ADJ = r"(?:regular|annual|usual|traditional|scheduled|planned|original|special|extra|final|normal)"
"""An adjective between a determiner and a date that labels an event ('the regular February exam')."""


def _labels_event(text: str, t: TimeRef) -> bool:
    """Whether a time reference names one of several events rather than dating the sentence's act:
    a date used as a noun's modifier ('Thursday night's meeting', 'the July 2018 indictment'), or a
    sentence that counts the event's occurrences ('the second time in a week')."""
    if (m := _RECURRENCE.search(text)) and not _PAST_ONE_TOLD.search(text[m.end() : t.span[0]]):
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
    r"|\b(?:has|have|had)\s+[a-z]+\b[^.;,]{0,80}?\s+and\s+(?:will|would)\s+"
)
"""Two main clauses side by side, the second with a named subject of its own ('beat Barcelona on
Saturday, while Magdeburg knocked out Veszprém'; 'closes on September 1, and students can view their scripts
the following week'; not 'at 11:47 p.m., while most residents were
asleep'), or a done act and one still to come ('has kept the resignation in abeyance and will hold talks on
Thursday'): two events, whichever one a time reference dates."""


def _next_week_day(a: TimeRef, b: TimeRef) -> bool:
    """Whether `a` is a 'next Friday' told early in a week, which may be that week's Friday or the next one's (its label
    names both), and `b` is the later one."""
    return (
        a.kind == "weekday"
        and a.anchor == "absolute"
        and " or " in a.label
        and a.start is not None
        and b.start is not None
        and b.end is not None
        and b.end - b.start <= timedelta(days=1)
        and (b.start.date() - a.start.date()).days == 7
    )


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
