"""Negation conflicts: one predicate denied in one sentence and affirmed in the other (`compare_negation`)."""

from __future__ import annotations

import re

from reconcile.facts import (
    NEG_VERB_STEMS,
    NON_PREDICATES,
    STOPWORDS,
    EntityMention,
    Predicate,
    Quantity,
    SentenceFacts,
    TimeRef,
    stem,
    syn,
)
from reconcile.facts.lexicon import (
    CLAUSE_SCOPE_END,
    IRREGULAR_PAST,
)
from reconcile.zero_claims import EVIDENCE_NOUNS, NO_EVIDENCE, zero_against_some

from .shared import (
    _ACCEPTED_PLEA,
    _ACQUITTED,
    _ADMITTED,
    _BODY_WORDS,
    _CHECK_AFTER,
    _CONTINUING,
    _DECISION_ANTONYMS,
    _EVENT_WORD,
    _FALL_WORDS,
    _GRANTED,
    _HEDGE_WORDS,
    _KEPT,
    _OPEN_STATES,
    _PASSED_CHECK,
    _RISE_WORDS,
    _SPLIT_VOTE,
    _SURVIVED,
    _UNANIMOUS,
    _UNHURT,
    _UNTIL_AFTER,
    Conflict,
    _clip,
    _content_stems,
    _name_like,
    _opposite_acts,
    _same_entity,
    _shared_near,
    _time_overlap,
    complementary_shares,
    found_in,
    matches_in,
    per_text,
)

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
        "fall": ("fall", "decrease", "drop", "decline"),
        "rise": ("rise", "rose", "risen", "increase", "climb", "grow", "grew"),
        # keyed by the stem of its first word, which keeps that word's own pairs as they were
        "clos": ("close", "shut"),
        "cut": ("cut", "trim", "slash"),
        "propos": ("propose", "introduce", "unveil", "submit"),
        "challeng": ("challenge", "contest", "appeal"),
        "extend": ("extend", "prolong"),
        "postpon": ("postpone", "delay", "defer"),
        "deduct": ("deduct", "dock"),
        "switch": ("switch", "swap", "substitute"),
        "suspend": ("suspend", "halt", "pause", "stop"),
        "lift": (
            "lift",
            "scrap",
            "abolish",
            "repeal",
            "rescind",
            "axe",
            "cancel",
            "cancelled",
        ),  # a duty, a ban, an exam
    }.items()
    for w in words
}


def _pred_key(st: str) -> str:
    return _PRED_SYNONYMS.get(st, st)


_SEEK = stem("seek")
_FALL = _pred_key(stem("fall"))


def _declined_to(text: str, end: int) -> bool:
    """Whether a word is 'decline' in its sense of refusing ('declined to comment'), not of falling."""
    return text[max(0, end - 12) : end].lower().rstrip().endswith(
        ("declined", "decline", "declines", "declining")
    ) and bool(re.match(r"\s+to\b", text[end:]))


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


_DETERMINER_AND_WORD = re.compile(r"\b(?:the|a|an|this|that|its|their|his|her|our)\s+[a-z]+\s+$", re.I)
"""A determiner and one word before an -ing word ('a cabinet meeting'): a noun with its modifier, when a stop or
a preposition follows it (`_NOUN_END`; not 'a legally binding treaty', 'the charges during the trial')."""
_NOUN_END = re.compile(r"\s*(?:[.,;:]|$|\s(?:of|for|with|in|on|at)\b)")


_MEANT_TO = re.compile(r"\b(?:meant|designed|supposed|built|engineered)\s+to\s+$", re.I)
_EXPECTED_TO = re.compile(
    r"\b(?:was|were|is|are)\s+(?:expected|due|scheduled)\s+to\s+$"
    r"|\b(?:has|have|had)\s+(?:\w+\s+){0,2}(?:hours?|days?|weeks?|months?|years?)\s+(?:\w+\s+){0,3}?to\s+$",
    re.I,
)
"""'was expected to publish', and a time allowed for an act ('has 20 days to ask for a rehearing'): no act asserted."""
_STOPPED_BEFORE_IT = re.compile(
    r"\b(?:stopped|halted|contained|intercepted|blocked|caught|turned\s+back|diverted|prevented)\b[^.;]{0,40}?"
    r"\bbefore\s+(?:it|they|he|she|the\s+\w+)\s+(?:could\s+)?$",
    re.I,
)
"""Before a verb: something stopped before the act ('was stopped before it reached the reservoir'), which did not
happen."""
_ATTEMPTED_TO = re.compile(
    r"\b(?:try|tries|tried|trying|attempt|attempts|attempted|attempting|struggl\w+|efforts?|bid|seeking|seeks|sought)"
    r"\s+to\s+$",
    re.I,
)
"""An attempt at an act ('trying to revive him'), or a request for it ('filed a petition seeking to suspend the new
rates'): the act is not asserted."""
_NO_SUBJECT = re.compile(
    r"\b(?:no|none\s+of\s+the|none\s+of\s+its)\s+(?!doubt\b)"
    r"(?:(?!(?:and|but|that|which|who|he|she|they|it|we|you|i|said|says|confirmed)\b)[\w'’-]+\s+){1,6}?"
    r"(?:(?:will|would|can|could|should|may|might|must|shall|has|have|had|was|were|is|are|did|do|does)\s+)?(?:be\s+)?$"
    r"|\bnobody\s+(?:(?:will|would|can|could|should|may|might|must|has|had|was|is|did|does)\s+)?(?:be\s+)?$",
    re.I,
)
"""A subject denied by 'no' right before its verb ('no care homes will close', 'cars that nobody orders')."""
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


_FROM_SOURCE = re.compile(
    r"\s+from\s+((?:[\w'’-]+\s+){0,4}?[\w'’-]+)(?=\s*(?:[.,;:]|$|\s(?:to|for|and|but|after|before|on|in|by|until|because|which|that)\b))"
)
"""A source told right after a verb ('will be paid from a separate ring-fenced account')."""


_PAID_VERB = re.compile(r"\b(?:paid|pay|pays|funded|fund|financed|finance|drawn|met|covered|cover|sourced)$", re.I)
"""Verbs whose 'from' names where money or means come from ('will be paid from', 'funded from')."""


def _two_sources(text_a: str, end_a: int, text_b: str, end_b: int) -> bool:
    """Whether each verb is followed by 'from' and a source, the two sources sharing no content word ('will be paid from
    a separate account' / 'will not be paid from the relief budget': two sources, one of them denied)."""
    if not (
        _PAID_VERB.search(text_a[max(0, end_a - 12) : end_a]) and _PAID_VERB.search(text_b[max(0, end_b - 12) : end_b])
    ):
        return False  # 'not exempt from the ban' / 'exempt from the restrictions': one exemption, whatever its name
    ma, mb = _FROM_SOURCE.match(text_a, end_a), _FROM_SOURCE.match(text_b, end_b)
    if ma is None or mb is None:
        return False
    wa, wb = (
        {stem(w) for w in re.findall(r"[\w'’-]+", m.group(1).lower()) if w not in STOPWORDS and len(w) > 2}
        for m in (ma, mb)
    )
    return bool(wa and wb and not wa & wb)


_NONE_FOUND = re.compile(
    r"\b(reported|recorded|confirmed|registered|detected|found|made)\s+no\s+(?:new\s+|further\s+)?([a-z]{3,})\b", re.I
)


_NOT_UNANIMOUS = re.compile(
    r"\b(?:not|n['’]t|far\s+from)\s+(?:been\s+|a\s+)?unanimous(?:ly)?\b|\b(?:was|were)\s+(?:split|divided)\b"
    r"|\bwith\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:votes?\s+|members?\s+)?against\b",
    re.I,
)
_UNANIMOUS_TOLD = re.compile(
    _UNANIMOUS.pattern + r"|\bwithout\s+(?:a\s+single\s+|any\s+)?(?:dissent|dissenting\s+votes?|a\s+vote\s+against)\b",
    re.I,
)
"""A decision told as unanimous ('unanimously', 'without dissent')."""
_DECISION_WORDS = _BODY_WORDS | {"decision", "vote", "ruling", "verdict", "judges", "members"}


def _unanimity_denied(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    """One decision told as unanimous and as not unanimous or split, with no tally of the split ('The decision
    was taken unanimously by the board' / 'The decision was not unanimous'; 'The board was split')."""
    if not any(w in t for t in (fa.text, fb.text) for w in ("nanim", "dissent", "vote against")):
        return None  # neither sentence says unanimous: the common case, settled before any pattern runs
    for x, y, x_is_a in ((fa, fb, True), (fb, fa, False)):
        u = _UNANIMOUS_TOLD.search(x.text)
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
        for m in _none_found_in(x.text):
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
    found = zero_against_some(fa, fb)
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
_TIMING_CLAUSE = re.compile(r"(?:[^,;:.]|(?<=\d)\.(?=\d)){0,60}")
"""The rest of a clause, a decimal point kept in it ('by more than 4.99 per cent without a local referendum')."""


_ONLY_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+)?only\s+(?:by|if|when|for|to|in|on|under|through|with|after|from|at|via)\b", re.I
)
"""A predicate affirmed for one case only ('are covered only by a tenant policy', 'will open only to pedestrians')."""


def _timing_denied(neg_text: str, neg_end: int, aff_text: str) -> bool:
    """Whether a denied act carries a word of timing or a condition in its clause ('had not been informed about
    the plan in advance', 'would not support the government without a guarantee of extra money') that the
    affirming sentence does not carry: the denial is of the timing or holds on a condition, not of the act. A
    condition the affirming sentence lifts in its own words is one ('cannot switch antibiotics without the
    prescriber's approval' / 'are now allowed to swap antibiotics without calling the prescriber')."""
    m = _TIMING.search(_TIMING_CLAUSE.match(neg_text, neg_end).group())  # type: ignore[union-attr]
    if m is not None and m.group().lower().startswith(("without", "unless")) and _CONDITION.search(aff_text):
        return False
    return m is not None and not _TIMING.search(aff_text)


_CONDITION = re.compile(r"\b(?:without|unless)\b", re.I)


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
    """One named person's (or party's) vote told two ways ('Board President Marcus Delgado voted against the closures' /
    'Marcus Delgado, who voted in favor, called ...'; 'The Socialist Party abstained' / 'The Socialist Party voted
    against the budget'): a denial of the vote the other side tells."""
    if not (("vot" in fa.text or "abstain" in fa.text) and ("vot" in fb.text or "abstain" in fb.text)):
        return None
    for ea, sa, spa in _person_votes(fa):
        for eb, sb, spb in _person_votes(fb):
            if sa != sb and _same_entity(ea, eb) and _name_like(ea) and _name_like(eb):
                va, vb = fa.text[spa[0] : spa[1]], fb.text[spb[0] : spb[1]]
                expl = f'negation: {ea.text} "{va}" vs "{vb}"'
                return Conflict("negation", va, vb, f"{sa}: {ea.key}", f"{sb}: {eb.key}", _clip(expl), 0.8, spa, spb)
    return None


_FEW_BEFORE = re.compile(r"(?<![Aa]\s)\b(?:[Ff]ew|[Hh]ardly\s+any|[Bb]arely\s+any)\s+(?:[\w'’-]+\s+){0,5}$")
"""A subject of few or hardly any ('few growers had insured'): the act told as mostly not done."""
_PART_BEFORE = re.compile(
    r"(?:^|[.;:]\s|\b(?:and|but)\s)(?P<q>[Mm]ost|[Mm]any|[Ss]ome(?!\s+\d)|[Ss]everal|[Aa]\s+few|[Aa]\s+number)\s+"
    r"(?:of\s+(?:the|them)\s+)?"
    r"(?:(?!(?:told|said|says|say|that|there)\b)[\w'’-]+\s+){0,4}?(?:were|was|are|is|had|have|did|do|could|would)\s+"
    r"(?:\w+\s+)?$"
)
"""Before a denial: a subject that is part of a whole ('Most passengers were not wearing'), which leaves the rest."""


def _parts_agree(before_denied: str, before_affirmed: str) -> bool:
    """Whether a denial and an affirmation are each told of a part of a whole, and the parts can both hold: 'Most
    passengers were not wearing life jackets' / 'Some passengers were wearing them' (not 'most' on both sides, nor an
    'All passengers were wearing' against it, nor 'Some 412 patients', a count)."""
    n, a = _PART_BEFORE.search(before_denied), _PART_BEFORE.search(before_affirmed)
    if n is None or a is None:
        return False
    return not (n.group("q").lower() in _MAJORITY and a.group("q").lower() in _MAJORITY)


_MAJORITY = frozenset({"most", "many"})
_FUTURE_NOT = re.compile(r"\b(?:will|shall)\s+(?:not|never)\s+(?:\S+\s+)?$|\bwon['’]t\s+(?:\S+\s+)?$", re.I)
"""Before a denied word: a denial of what will happen ('will not open for several years')."""
_BOUND_AFTER_DENIAL = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:more\s+than|in\s+excess\s+of)\s+(?:[A-Za-z]{1,3}\s?)?[\d$€£₹₦]"
)
"""After a denied verb: the ceiling of what is denied ('could not pay more than Tk 16,000')."""
_PAST_DENIED = re.compile(
    r"\b(?:failed|did\s+not|didn['’]t|could\s+not|couldn['’]t|were\s+unable|was\s+unable)\s+(?:to\s+)?(?:\S+\s+)?$",
    re.I,
)
"""Before a denied word: what was tried or due and did not happen ('failed to refloat')."""
_PLAN_AFFIRMED = re.compile(
    r"\b(?:plans?|planned|planning|aims?|aiming|intends?|hopes?|hoping|expects?|expected|due|set|scheduled|will\s+try)\s+to"
    r"\s+(?:\S+\s+)?$|\b(?:will|shall)\s+(?:try\s+(?:again\s+)?to\s+)?$",
    re.I,
)
"""Before an affirmed word: what is planned, not done ('plan to refloat the tanker')."""
_FUTURE_AFFIRMED = re.compile(r"(?:\b(?:will|shall)|['’]ll)\s+(?!not\b|never\b)(?:\S+\s+){0,2}$", re.I)
"""Before an affirmed word: what will happen ('will be freed', 'will also be released')."""
_WOULD_BEFORE = re.compile(r"\bwould\s+(?!not\b|never\b|have\b)(?:\S+\s+){0,2}$", re.I)
_REPORTED = re.compile(r"\b(?:according\s+to|said|says|told|reported)\b", re.I)
"""A 'would' in reported speech tells what will happen ('said the plaza would be demolished', 'would be automated from
July, according to an internal briefing')."""
_MODAL_NOT = re.compile(r"\b(?:may|might|must|should|shall|ought\s+to)\s+(?:not|never)\s+(?:\S+\s+)?$", re.I)
"""Before a denied word: a rule or a possibility ('may not create', 'must not exceed'), not a denied act."""
_RULE_NOT = re.compile(r"\b(?:may|must)\s+not\s+(?:be\s+)?$", re.I)
_PERMITTED = re.compile(
    r"\b(?:may|can|(?:are|is)\s+(?:now\s+|still\s+)?(?:allowed|permitted)\s+to)\s+(?:still\s+|also\s+|now\s+)?(?:be\s+)?$",
    re.I,
)
"""Before an affirmed word: a rule that permits it ('may be topped up', 'can still be filled')."""


_TO_VERB = re.compile(r"\s+to\s+(?!(?:the|a|an|his|her|its|their|our|this|that|be)\b)([a-z]+)\b")
"""The verb a predicate governs ('expected to change', 'agreed to pay')."""
_OBJECT_NOUN = re.compile(r"\s+(?:a|an|any|the|its|their|his|her|our|my|your)\s+[a-z-]+", re.I)
"""A noun phrase right after a verb ('need a visa'), where the other side's verb governs a verb ('need to apply')."""


_CLAUSE_GOES_ON = re.compile(r"[,;:]|\s(?:must|will|would|can|could|should|is|are|was|were|has|have|had|said)\b", re.I)


def _thing_and_act(text_x: str, span_x: tuple[int, int], text_y: str, span_y: tuple[int, int]) -> bool:
    """Whether one verb takes a thing ('do not need a visa') and the other, in lower case, an act ('will need to apply
    for a travel authorisation') with no content word of the thing's phrase in it: two things needed ('had not
    threatened a strike' / 'had threatened to strike', 'needs the approval of the Senate' / 'does not need to go back
    to the Senate' are one)."""
    to_x = _TO_VERB.match(text_x, span_x[1])
    (nt, ns), (vt, vs) = ((text_y, span_y), (text_x, span_x)) if to_x else ((text_x, span_x), (text_y, span_y))
    if not _OBJECT_NOUN.match(nt, ns[1]) or not vt[vs[0] : vs[1]].islower():
        return False
    thing = _word_stems(_CLAUSE_GOES_ON.split(" ".join(nt[ns[1] :].split()[:5]))[0])
    act = _word_stems(" ".join(vt[vs[1] :].split()[:6]))
    return bool(thing) and not thing & act


_RAISING_STEMS = {
    stem(w)
    for w in ("expected", "likely", "planned", "intended", "agreed", "decided", "wanted", "hoped", "aimed", "sought",
              "promised", "pledged", "vowed", "threatened", "offered", "refused", "set", "due", "tried", "needed")
}  # fmt: skip
"""Predicates that govern another verb ('expected to', 'agreed to'): what they deny is that verb."""


_OBLIGED_WORDS = r"\b(?:had|has|have|having|needs?|needed|ought)\s+to\b|\b(?:must|should)\b"
"""What must or should be done ('had to', 'needs to', 'must'), read right before a word and anywhere in a clause."""
_OBLIGED_TO = re.compile(rf"(?:{_OBLIGED_WORDS})\s+(?:be\s+)?$", re.I)
_OBLIGED_ANY = re.compile(rf"{_OBLIGED_WORDS}|\brequired\b", re.I)


_UNAFFECTED = re.compile(
    r"\b(?:(?:was|were|is|are|been|be|has|have|had)\s+(?:not|never)\s+(?:been\s+)?(?:affected|disrupted|hit|interrupted)"
    r"|(?:(?:will|would|should|can|could|must)\s+not|won['’]t)\s+be\s+(?:affected|disrupted|hit|interrupted)"
    r"|(?:was|were|is|are|remain(?:ed|s)?|been|stayed|stays?)\s+unaffected"
    r"|(?:continu(?:e|es|ed|ing)|ran|run(?:s|ning)?|operat(?:e|es|ed|ing)|work(?:ed|s|ing)?|sail(?:ed|s|ing)?|flew|fl(?:y|ies|ying)"
    r"|went\s+ahead|go(?:es|ing)?\s+ahead|proceed(?:ed|s|ing)?|function(?:ed|s|ing)?)\s+(?:as\s+(?:normal|usual)|normally)"
    r"|(?:kept|keeps?|keeping)\s+(?:running|operating|working|flying|sailing|going))\b",
    re.I,
)
"""A thing said to go on untouched ('Ferries to Tallinn were not affected', 'Ferry services are continuing as
normal', 'The other furnaces kept running')."""
_DISRUPTED = re.compile(
    r"\b(?:(?:was|were|is|are|been|be|got)\s+(?:also\s+|briefly\s+|temporarily\s+|partly\s+|partially\s+|all\s+)?"
    r"(?:closed|shut(?:\s+down)?|cancell?ed|suspended|halted|stopped|disrupted|hit|affected|grounded|interrupted"
    r"|paraly[sz]ed|called\s+off)"
    r"|(?:closed|halted|stopped|suspended|cancell?ed|ground\s+to\s+a\s+halt|came\s+to\s+a\s+(?:halt|standstill)|stood\s+still)"
    r"|will\s+(?:also\s+)?(?:close|shut(?:\s+down)?|halt|stop|be\s+(?:closed|shut|suspended|cancell?ed|halted|stopped)))\b",
    re.I,
)
"""A thing said to be stopped ('were cancelled because of the strike', 'grain loading stopped on Tuesday', 'La Aurora
airport suspended flights')."""
_NOT_BEFORE_DISRUPTED = re.compile(r"\b(?:not|never|no|n['’]t|could|may|might|if|unless|whether)\b[^,;.]{0,25}$", re.I)
_OTHER_PART = re.compile(r"\b(?:other|rest|remaining|remainder|only|except|apart)\b", re.I)
_GENERIC_THING = frozenset(
    stem(w)
    for w in (
        "service services traffic operations operation work works activity activities strike walkout stoppage action"
        " ban closure outage said says also some several most many all part number day week month today yesterday"
        " time hours because cause caused affected disrupted hit interrupted unaffected normal normally usual"
        " continue continued continuing kept keep keeps running ran operating operated working closed close shut"
        " cancelled canceled suspended halted stopped grounded paralysed paralyzed"
    ).split()
)
"""Words too general to say that two sentences speak of one thing ('Rail services' / 'Ferry services')."""
_THING_SAME = {stem("rail"): stem("train"), stem("railway"): stem("train"), stem("trains"): stem("train")}
"""Words of one thing ('Rail services' / 'Train services')."""
_SAID_TAIL = re.compile(
    r",\s+(?:[^,;]{0,80}?\b(?:said|says|added|told|reported|confirmed|announced)\b|according\s+to\b)[^,;]*$", re.I
)
_CLAUSE_CUT = re.compile(r"[;:]|,\s+(?:and|but|while|whereas)\b|\b(?:but|while|whereas|although)\b", re.I)


def _thing_window(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around a predicate: back to the last clause break before it, on to the next one after it."""
    left = 0
    for m in _CLAUSE_CUT.finditer(text, 0, start):
        left = m.end()
    nxt = _CLAUSE_CUT.search(text, end)
    return left, (nxt.start() if nxt else len(text))


def _thing_words(text: str, span: tuple[int, int]) -> tuple[set[str], set[str]]:
    """The content stems of a clause (not the general ones) and its capitalised names, sentence start left out."""
    words, names = set(), set()
    clause = text[span[0] : span[1]]
    said = _SAID_TAIL.search(clause)
    for m in re.finditer(r"[A-Za-zÀ-ÿĀ-ž][\w’']*", clause):  # ('Lumding-Badarpur': two names)
        w = m.group().lower().removesuffix("'s").removesuffix("’s")
        st = _THING_SAME.get(stem(w), stem(w))
        if w in STOPWORDS or len(w) < 3 or st in _GENERIC_THING:
            continue
        words.add(st)
        if m.group()[0].isupper() and span[0] + m.start() > 0 and not (said and m.start() >= said.start()):
            names.add(st)  # (not the body a closing 'BKK said' credits)
    return words, names


def _disrupted_against_unaffected(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    """One thing said to go on as normal (or not to be affected) on one side and to be stopped on the other
    ('Passenger ferries to Tallinn were not affected' / 'Some passenger ferry departures to Tallinn were cancelled';
    'Ferry services between Lewoleba and Larantuka are continuing as normal' / '... were suspended'). The two
    clauses share a content word that is not a general one ('services', 'traffic'), and a side that names places or
    bodies there shares one with the other; 'the other terminals', a modal or a denial before the stop, or two
    times apart tell of two things or two moments."""
    for x, y, x_is_a in ((fa, fb, True), (fb, fa, False)):
        if _unaffected_in(y.text):
            continue  # both told on one side: two things
        for u in _unaffected_in(x.text):
            wx = _thing_window(x.text, u.start(), u.end())
            if _OTHER_PART.search(x.text, wx[0], u.start()):
                continue  # 'The other furnaces kept running': a part the other side's stop may leave out
            if any(not (u.start() <= o.start() < u.end()) for o in _DISRUPTED.finditer(x.text, wx[0], wx[1])):
                continue  # a stop told beside it on its side: two things ('not be affected' is no stop)
            words_x, names_x = _thing_words(x.text, wx)
            for d in _DISRUPTED.finditer(y.text):
                if _NOT_BEFORE_DISRUPTED.search(y.text[max(0, d.start() - 40) : d.start()]):
                    continue
                wy = _thing_window(y.text, d.start(), d.end())
                words_y, names_y = _thing_words(y.text, wy)
                if not (words_x & words_y) - names_x - names_y:
                    if not names_x & names_y:
                        continue
                    sx, nx = _thing_words(x.text, (wx[0], u.start()))
                    sy, ny = _thing_words(y.text, (wy[0], d.start()))
                    sx, sy = sx - nx - ny, sy - nx - ny  # (a name on either side is a name: 'Iryo and Ouigo ...')
                    if sx and sy and not sx & sy:
                        continue  # 'Its head office in Bremen' / 'Customers in Bremen-Nord': one place, two things
                if names_x and names_y and not names_x & names_y:
                    continue  # 'flights at JFK' / 'flights at LaGuardia': two places
                tx = [t for t in x.times if t.start is not None]
                ty = [t for t in y.times if t.start is not None]
                if tx and ty and not any(_time_overlap(a, b) for a in tx for b in ty):
                    continue  # 'halted on Monday' / 'running normally on Wednesday': one after the other
                xv, yv = u.group(0), d.group(0)
                expl = f'negation: "{xv}" vs "{yv}" (unaffected / stopped)'
                c = Conflict(
                    "negation",
                    xv,
                    yv,
                    "unaffected: " + xv.lower(),
                    "stopped: " + yv.lower(),
                    _clip(expl),
                    0.7,
                    u.span(),
                    d.span(),
                )
                return c if x_is_a else c.swapped()
    return None


_LEFT_OPEN = re.compile(
    r"\b(?:(?:did|does|do|has|have|had|would|will|could)\s+not|didn['’]t|won['’]t|wouldn['’]t|refused\s+to|declined\s+to)"
    r"\s+rule\s+out\s+(?:a\s+|an\s+|the\s+|any\s+|further\s+|new\s+)?(?P<noun>[a-z][a-z-]{3,})\b",
    re.I,
)
"""A possibility left open ('did not rule out rationing', 'refused to rule out a cyberattack')."""
_NO_BEFORE_NOUN = re.compile(
    r"(?:\bno|\bnot\s+(?:the\s+)?(?:result|cause|work|fault)\s+of|\bnot\s+(?:caused\s+by|due\s+to))\s+(?:an?\s+|any\s+)?"
    r"(?:[a-z-]+\s+){0,2}$",
    re.I,
)
_NOT_AFTER_NOUN = re.compile(
    r"(?:\s+[a-z-]+){0,3}?\s+(?:would|will|is|was|were|are|has|have|had|could|can)\s+not\b|(?:\s+[a-z-]+){0,3}?\s+"
    r"(?:won['’]t|isn['’]t|wasn['’]t|weren['’]t|aren['’]t)\b",
    re.I,
)
_UNDECIDED = re.compile(
    r"\b(?:whether|decided|decide|yet|might|may|could|possible|possibly|rul(?:e|ed|es|ing)\s+out)\b", re.I
)


def _left_open_against_denied(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    """A possibility one side leaves open and the other denies ('did not rule out rationing in Bishkek' / 'said
    rationing would not be introduced in Bishkek'; 'did not rule out a cyberattack' / 'the outage was not the result
    of a cyberattack'): the noun left open, denied in its clause on the other side, which leaves nothing undecided."""
    for x, y, x_is_a in ((fa, fb, True), (fb, fa, False)):
        for m in _left_open_in(x.text):
            noun = stem(m.group("noun").lower())
            if noun in STOPWORDS or noun in _GENERIC_THING or _UNDECIDED.search(y.text):
                continue
            for w in re.finditer(r"[A-Za-z][a-z-]+", y.text):
                if stem(w.group().lower()) != noun:
                    continue
                lo, hi = _thing_window(y.text, w.start(), w.end())
                if not (
                    _NO_BEFORE_NOUN.search(y.text[max(lo, w.start() - 40) : w.start()])
                    or _NOT_AFTER_NOUN.match(y.text, w.end())
                ):
                    continue  # the noun itself denied ('no compulsory redundancies', 'rationing would not be
                    # introduced'), not another act done to it ('did not consider a rate rise')
                xv, yv = m.group(0), y.text[lo:hi].strip(" ,.")
                expl = f'negation: "{xv}" vs "{_clip(yv, 50)}" (left open / denied)'
                c = Conflict(
                    "negation",
                    xv,
                    yv,
                    "open: " + noun,
                    "denied: " + noun,
                    _clip(expl),
                    0.7,
                    m.span(),
                    (lo, hi),
                )
                return c if x_is_a else c.swapped()
    return None


_RULED_OUT_NOUN = re.compile(
    r"\brul(?:e|es|ed|ing)\s+out\s+(?:a\s+|an\s+|the\s+|any\s+)?(?P<noun>[a-z][a-z-]{3,})\b", re.I
)
_RULE_OUT_OPEN = re.compile(r"\b(?:not|n['’]t|never|refus\w*|declin\w*|without|whether|to)\s+$", re.I)
"""Before 'rule out': what leaves the thing open ('did not rule out', 'refused to rule out', 'asked to rule out')."""
_TO_HAPPEN = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+to|(?:is|are)\s+(?:due|set|scheduled)\s+to"
    r"|(?:is|are|has\s+been|have\s+been)\s+(?:scheduled|planned|ordered))\b",
    re.I,
)
"""What tells a thing as going to happen ('A rerun will hold', 'a rerun has been scheduled')."""
_DENIED_IN_CLAUSE = re.compile(
    r"\b(?:not|no|never|n['’]t|nor|without|unless|if|whether|rul(?:e|ed|es|ing)\s+out)\b", re.I
)


def _word_stems(text: str) -> set[str]:
    """The stems of a text's words that are not stopwords, names included ('talks with Hamas')."""
    return {stem(w) for w in re.findall(r"[a-z][a-z-]+", text.lower()) if w not in STOPWORDS}


def _ruled_out_against_planned(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    """A thing one side says was ruled out and the other tells as going to happen ('The commission has ruled out a
    rerun in the affected wards' / 'A rerun will hold in the affected wards within two weeks'): the noun ruled out,
    told in a plain clause of what will be on the other side (not denied, not hedged with 'if' or 'whether')."""
    for x, y, x_is_a in ((fa, fb, True), (fb, fa, False)):
        for m in _ruled_out_in(x.text):
            if _RULE_OUT_OPEN.search(x.text[max(0, m.start() - 30) : m.start()]):
                continue  # 'did not rule out a rerun': left open
            noun = stem(m.group("noun").lower())
            if noun in STOPWORDS or noun in _GENERIC_THING or _UNDECIDED.search(y.text):
                continue
            # what the ruled-out thing is told with ('a rerun in the affected wards', 'talks with the rebels')
            told_with = _word_stems(x.text[m.end() : _thing_window(x.text, m.start(), m.end())[1]]) - {noun}
            for w in re.finditer(r"[A-Za-z][a-z-]+", y.text):
                if stem(w.group().lower()) != noun:
                    continue
                lo, hi = _thing_window(y.text, w.start(), w.end())
                clause = y.text[lo:hi]
                if not _TO_HAPPEN.search(clause) or _DENIED_IN_CLAUSE.search(clause):
                    continue
                if told_with and not told_with & _word_stems(clause):
                    continue  # 'ruled out talks with the rebels' / 'will hold talks with unions': two things
                xv, yv = m.group(0), clause.strip(" ,.")
                expl = f'negation: "{xv}" vs "{_clip(yv, 50)}" (ruled out / planned)'
                c = Conflict(
                    "negation", xv, yv, "ruled out: " + noun, "planned: " + noun, _clip(expl), 0.7, m.span(), (lo, hi)
                )
                return c if x_is_a else c.swapped()
    return None


_NOT_ADJECTIVE = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?P<noun>[a-z]{4,})\s+(?:was|is|were|are|has\s+been|had\s+been)"
    r"\s+not\s+(?P<adj>[a-z]{4,})\b"
)
"""A thing said not to be of a kind ('The ballot was not secret')."""
_NOT_ADJECTIVES = frozenset(
    "only just enough clear sure known done over able likely unusual uncommon immediately yet always expected".split()
)


def _not_adjective_against_attributive(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    """A thing said not to be of a kind on one side, and called so on the other ('The ballot was not secret' /
    'Councillors cast their votes in a secret ballot'): the same adjective right before the same noun, in a clause
    that denies nothing."""
    for x, y, x_is_a in ((fa, fb, True), (fb, fa, False)):
        for m in _not_adjective_in(x.text):
            adj, noun = m.group("adj").lower(), stem(m.group("noun").lower())
            if adj in STOPWORDS or adj in _NOT_ADJECTIVES or noun in _GENERIC_THING:
                continue
            for u in re.finditer(rf"\b{adj}\s+(?P<noun>[a-z]+)\b", y.text, re.I):
                if stem(u.group("noun").lower()) != noun:
                    continue
                lo, hi = _thing_window(y.text, u.start(), u.end())
                if _DENIED_IN_CLAUSE.search(y.text[lo:hi]):
                    continue
                xv, yv = m.group(0), u.group(0)
                expl = f'negation: "{xv}" vs "{yv}"'
                c = Conflict(
                    "negation", xv, yv, f"not {adj}: {noun}", f"{adj}: {noun}", _clip(expl), 0.7, m.span(), u.span()
                )
                return c if x_is_a else c.swapped()
    return None


_RULE_NOUNS = (
    r"ban|rule|rules|law|order|measure|measures|restrictions?|tax|levy|tariffs?|sanctions?|curfew|lockdown|scheme|deal"
    r"|agreement|amnesty|pardon|cap|freeze"
)
"""What a rule may be called ('the ban', 'the new tax'), for `_EXEMPT` and `_COVERED`."""
_EXEMPT = re.compile(
    r"(?P<thing>\b[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|will\s+be)\s+"
    r"(?:not\s+covered\s+by|not\s+included\s+in|not\s+subject\s+to|exempt(?:ed)?\s+from|excluded\s+from|left\s+out\s+of)"
    rf"\s+(?:the|this|that|its)\s+(?:[a-z-]+\s+)?(?P<rule>{_RULE_NOUNS})\b",
    re.I,
)
"""A thing said to be outside a rule ('Parboiled rice has been left out of the ban', '... is not covered by the ban')."""
_COVERED = re.compile(
    rf"\b(?P<rule>{_RULE_NOUNS})\s+(?:also\s+|will\s+also\s+|will\s+)?"
    r"(?:extends?\s+to|covers?|applies\s+to|appl(?:y|ies)\s+also\s+to|includes?)\s+(?P<thing>[\w'’-]+(?:\s+[\w'’-]+){0,3})",
    re.I,
)
"""A rule said to reach a thing ('The ban also extends to parboiled rice')."""


_QUALIFIED = re.compile(r"\s+(?:with|that|which|who|whose|over|above|under|below|more|less|if|unless|except)\b", re.I)


def _exempt_against_covered(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    """A thing one side says a rule leaves out and the other says it reaches ('Parboiled rice has been left out of the
    ban' / 'The ban also extends to parboiled rice'): one rule, and the thing named with a word in common."""
    for x, y, x_is_a in ((fa, fb, True), (fb, fa, False)):
        for m in _exempt_in(x.text):
            thing_x = _word_stems(m.group("thing")) - _GENERIC_THING
            if not thing_x:
                continue
            for u in _covered_in(y.text):
                if stem(u.group("rule").lower()) != stem(m.group("rule").lower()):
                    continue
                q = _QUALIFIED.search(y.text, u.start("thing"), u.end("thing") + 30)
                if q is not None and q.start() <= u.end("thing"):
                    continue  # 'applies to small shops with more than five staff': a part of the thing
                if thing_x != _word_stems(u.group("thing")) - _GENERIC_THING:
                    continue  # 'Basmati rice is exempt' / 'extends to parboiled rice': another thing
                lo, hi = _thing_window(y.text, u.start(), u.end())
                if re.search(r"\b(?:not|no|never|n['’]t)\b", y.text[lo:hi], re.I):
                    continue
                xv, yv = m.group(0).strip(), u.group(0)
                expl = f'negation: "{_clip(xv, 50)}" vs "{_clip(yv, 50)}" (left out / covered)'
                c = Conflict(
                    "negation", xv, yv, "outside: " + m.group("rule").lower(), "covered: " + u.group("rule").lower(),
                    _clip(expl), 0.7, m.span(), u.span(),
                )  # fmt: skip
                return c if x_is_a else c.swapped()
    return None


_PROBE = r"(?:investigation|inquiry|enquiry|probe)"
_NO_PROBE = re.compile(
    rf"\b(?:not|never)\s+(?:be\s+)?investigating\b|\b(?:not|never)\s+(?:to\s+)?investigate\b"
    rf"|\b(?:not|never)\s+(?:open|launch|start|begin|order)\s+(?:an?\s+|any\s+)?(?:[a-z]+\s+)?{_PROBE}"
    rf"|\bno\s+(?:formal\s+|criminal\s+|further\s+)?{_PROBE}\s+(?:is|was|will|would|has|had)\b",
    re.I,
)
_PROBE_OPEN = re.compile(
    rf"\b(?:is|are|was|were|been)\s+investigating\b|\bwill\s+investigate\b"
    rf"|\b(?:opened|launched|started|begun|began|ordered)\s+(?:an?\s+)?(?:[a-z]+\s+)?{_PROBE}",
    re.I,
)
_PROBE_DOUBT = re.compile(
    r"\b(?:if|unless|whether|could|may|might|would\s+consider|yet\s+to\s+decide)\b"
    r"|\bas\s+(?:suspicious|criminal|a\s+crime|a\s+homicide|terror\w*|a\s+terror\w*)\b",
    re.I,
)
"""A probe told as a possibility or a condition, or denied only as of a kind ('not investigating the crash as
suspicious'), which an inquiry opened does not contradict."""
_no_probe, _probe_open = found_in(_NO_PROBE), found_in(_PROBE_OPEN)
_FIRST_WORD = re.compile(r"^\W*\w+")


_BODY_RUN = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:(?:of|and|for|the)\s+)?[A-Z][\w’'-]*)*")


def _body_names(text: str) -> set[str]:
    """The whole capitalised names of a sentence past its first word ('Civil Aviation Authority', 'Storting', 'AAIB';
    'Office of Rail and Road' is one name), without a possessive 's."""
    return {re.sub(r"['’]s$", "", m.group()) for m in _BODY_RUN.finditer(_FIRST_WORD.sub("", text))}


_STAYED_IN_POST = per_text(
    re.compile(
        r"\b(?:remains|remained|stays|stayed|(?:will|would)\s+(?:remain|stay))\s+(?:on\s+)?in\s+"
        r"(?:post|office|charge|(?:his|her|their|the)\s+(?:post|job|role))\b",
        re.I,
    )
)
_LEFT_POST = per_text(
    re.compile(
        r"\b(?:stepped\s+down|steps\s+down|quit|quits|resigned|resigns|was\s+(?:sacked|fired|ousted|dismissed|removed))\b",
        re.I,
    )
)


def _stayed_against_left(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    """One person told as still in post ('Alison Marwood, the chief executive, remains in post') and as gone ('stepped
    down hours before the announcement', 'quit on Thursday afternoon'), the same name before both."""
    for x, y, x_is_a in ((fa, fb, True), (fb, fa, False)):
        s, g = _STAYED_IN_POST.search(x.text), _LEFT_POST.search(y.text)
        if (
            s is None
            or g is None
            or _DENIED_JUST_BEFORE.search(x.text[max(0, s.start() - 60) : s.start()])
            or _DENIED_JUST_BEFORE.search(y.text[max(0, g.start() - 60) : g.start()])
        ):
            continue
        if _STAY_BOUNDED.match(x.text, s.end()):
            continue  # 'had said he would remain in his role for more than three months': a stay until leaving
        names_x = set(_NAME_WORD.findall(x.text[: s.start()])) - _NOT_NAME_WORDS
        names_y = set(_NAME_WORD.findall(y.text[: g.start()] + " " + y.text[g.end() : g.end() + 40])) - _NOT_NAME_WORDS
        if not names_x & names_y:
            continue
        c = Conflict(
            "negation", s.group(), g.group(), "affirmed: in post", "denied: in post",
            _clip(f'negation: "{s.group()}" vs "{g.group()}"'), 0.75, s.span(), g.span(),
        )  # fmt: skip
        return c if x_is_a else c.swapped()
    return None


_STAYS_UNCHANGED = per_text(
    re.compile(
        r"\b(?:(?:will\s+)?(?:stay|stays|stayed|remain|remains|remained|be|were|was|are|is)\s+(?:left\s+)?|left\s+|kept\s+)"
        r"unchanged\b",
        re.I,
    )
)
_MOVED_BY_SHARE = per_text(
    re.compile(
        r"\b(?:rise|rises|rose|risen|go\s+up|goes\s+up|went\s+up|increase[sd]?|climb(?:s|ed)?|fall|falls|fell|fallen"
        r"|drop(?:s|ped)?|decrease[sd]?|be\s+(?:raised|cut|increased|reduced))\s+(?:by\s+)?(?:about\s+|some\s+)?"
        r"\d[\d.,]*\s*(?:%|per\s?cent|percent)",
        re.I,
    )
)


_TRADED_THINGS = re.compile(r"\b(?:shares?|stocks?|trading|traded|index|bonds?|yields?)\b", re.I)
"""Things whose price moves through the day (unlike `shared._MARKET_WORDS`, no 'prices': 'Heat prices will stay
unchanged' is a tariff)."""
_MODAL_OR_IF = re.compile(r"\b(?:if|unless|whether|would|could|might|may|should)\b[^.;,]{0,30}$", re.I)
"""Right before a verb, a condition or a possibility: `_UNASSERTED` without its 'to' of purpose, which a name such as
'Bands B to E' would trip."""


def _unchanged_against_moved(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    """One thing told as left unchanged ('District heating prices in Sofia will stay unchanged') and as moved by a
    share ('Heat prices for Sofia households will go up 4.2 per cent'), the two subjects sharing a noun, neither
    side denied."""
    for x, y, x_is_a in ((fa, fb, True), (fb, fa, False)):
        u, mv = _STAYS_UNCHANGED.search(x.text), _MOVED_BY_SHARE.search(y.text)
        if u is None or mv is None or _MOVED_BY_SHARE.search(x.text) or _STAYS_UNCHANGED.search(y.text):
            continue
        if _TRADED_THINGS.search(x.text) or _TRADED_THINGS.search(y.text):
            continue  # 'Corvan's shares were unchanged in Paris trading' / 'rose 1% in Paris on Friday': a price at
            # two moments of the market
        if _DENIED_JUST_BEFORE.search(x.text[max(0, u.start() - 40) : u.start()]) or _DENIED_JUST_BEFORE.search(
            y.text[max(0, mv.start() - 40) : mv.start()]
        ):
            continue
        subj_x = {stem(w.lower()) for w in re.findall(r"[A-Za-z]{3,}", x.text[: u.start()])} - STOPWORDS
        subj_y = {stem(w.lower()) for w in re.findall(r"[A-Za-z]{3,}", y.text[: mv.start()])} - STOPWORDS
        if (
            len(subj_x & subj_y) < 2
            or _MODAL_OR_IF.search(x.text[max(0, u.start() - 30) : u.start()])
            or _MODAL_OR_IF.search(y.text[max(0, mv.start() - 30) : mv.start()])
        ):
            continue
        c = Conflict(
            "negation", u.group(), mv.group(), "affirmed: unchanged", "denied: unchanged",
            _clip(f'negation: "{u.group()}" vs "{mv.group()}"'), 0.7, u.span(), mv.span(),
        )  # fmt: skip
        return c if x_is_a else c.swapped()
    return None


_KEEP_DOING = per_text(
    re.compile(r"\b(?:keep|keeps|kept|keeping|continue[sd]?|continuing)\s+(?:to\s+)?([a-z]{3,}ing|[a-z]{3,})\b", re.I)
)
_STOP_DOING = per_text(
    re.compile(r"\b(?:stop|stops|stopped|stopping|ceased?|ceases|halted|suspended)\s+([a-z]{3,}ing)\b", re.I)
)


def _kept_against_stopped(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    """One activity told as going on ('Kiwa said it would keep selling the seat') and as stopped ('Kiwa has stopped
    selling the seat'), the same verb and the same thing after it, neither side denied."""
    for x, y, x_is_a in ((fa, fb, True), (fb, fa, False)):
        k, s = _KEEP_DOING.search(x.text), _STOP_DOING.search(y.text)
        if k is None or s is None:
            continue
        if stem(k.group(1).lower().removesuffix("ing")) != stem(s.group(1).lower().removesuffix("ing")):
            continue
        if _DENIED_JUST_BEFORE.search(x.text[max(0, k.start() - 60) : k.start()]) or _DENIED_JUST_BEFORE.search(
            y.text[max(0, s.start() - 60) : s.start()]
        ):
            continue
        after_x = set(_CONTENT_AFTER.findall(x.text[k.end() : k.end() + 40].lower())) - STOPWORDS
        after_y = set(_CONTENT_AFTER.findall(y.text[s.end() : s.end() + 40].lower())) - STOPWORDS
        if not after_x & after_y or _UNASSERTED.search(y.text[: s.start()]):
            continue
        if _UNASSERTED.search(x.text[: k.start()]) and not _REPORTED_WOULD.search(x.text[: k.start()]):
            continue  # 'if it could keep selling', but 'said it would keep selling' reports a plan
        if not _same_actor(x.text, k.start(), y.text, s.start()):
            continue
        c = Conflict(
            "negation", k.group(), s.group(), "affirmed: " + k.group().lower(), "denied: " + k.group().lower(),
            _clip(f'negation: "{k.group()}" vs "{s.group()}"'), 0.7, k.span(), s.span(),
        )  # fmt: skip
        return c if x_is_a else c.swapped()
    return None


_CONTENT_AFTER = re.compile(r"[a-z]{3,}")
_REPORTED_WOULD = re.compile(r"\b(?:said|says|told\s+\w+)\s+(?:it|he|she|they|the\s+\w+)\s+would\s+$", re.I)


_PENDING = per_text(
    re.compile(
        r"\b(?:must\s+still|still\s+must|still\s+(?:has|have|needs?)\s+to|(?:has|have|is|are)\s+yet\s+to)\s+(?:be\s+)?"
        r"([a-z]{3,})\b",
        re.I,
    )
)
_DONE_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:already\s+)?been\s+$|\b(?:was|were)\s+(?:already\s+)?$", re.I)


def _pending_against_done(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    """A step told as still to come ('Parliament must still ratify the agreement', 'The deal must still be approved')
    and as done ('The agreement has already been ratified by Parliament', 'The deal was approved'), the thing it is
    done to named on both sides."""
    for x, y, x_is_a in ((fa, fb, True), (fb, fa, False)):
        m = _PENDING.search(x.text)
        if m is None or _PENDING.search(y.text):
            continue
        act = syn(stem(m.group(1).lower()))
        for w in y.words:
            if w[4] or syn(w[0]) != act or not w[1].lower().endswith("ed"):
                continue
            if not _DONE_BEFORE.search(y.text[max(0, w[2] - 30) : w[2]]):
                continue  # the done step in the passive ('has already been ratified', 'was approved')
            if not (_word_stems(x.text) - {w[0], act}) & (_word_stems(y.text) - {w[0], act}):
                continue
            c = Conflict(
                "negation", m.group(), w[1], f"denied: {act} (pending)", f"affirmed: {act}",
                _clip(f'negation: "{m.group()}" vs "{w[1]}"'), 0.7, m.span(), (w[2], w[3]),
            )  # fmt: skip
            return c if x_is_a else c.swapped()
    return None


_STAY_BOUNDED = re.compile(r"\s+(?:for|until|till|through|while|pending)\b", re.I)
_NAME_WORD = re.compile(r"\b[A-Z][a-z][\w'’-]+")
_NOT_NAME_WORDS = frozenset({"The", "Its", "Chief", "Former", "Mr", "Ms", "Mrs", "Dr"})


_NO_SIGN_THAT = per_text(
    re.compile(r"\b(?:no|little|scant)\s+" + EVIDENCE_NOUNS + r"\s+that\s+(?P<clause>[^.;:]{5,90})", re.I)
)
_DONE_WORD = re.compile(r"[a-z]{3,}ed")
_ANY_DENIAL = re.compile(r"\b(?:not|no|never|none|nothing|nobody|neither|nor)\b|n['’]t\b", re.I)


def _no_sign_against_done(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    """An act found without sign ('there were no signs that staff had helped the inmates') against the same act told
    as done, by one actor ('told reporters that staff had helped the prisoners escape')."""
    for x, y, x_is_a in ((fa, fb, True), (fb, fa, False)):
        m = _NO_SIGN_THAT.search(x.text)
        if m is None:
            continue
        cs, ce = m.span("clause")
        for w in x.words:
            if not cs <= w[2] < ce or w[4] or not _DONE_WORD.fullmatch(w[1]):
                continue
            subject_x = _word_stems(x.text[cs : w[2]])
            if not subject_x:
                continue
            for v in y.words:
                if v[0] != w[0] or v[4] or v[1].lower() != w[1].lower():
                    continue
                before = y.text[max(0, v[2] - 90) : v[2]]
                if NO_EVIDENCE.search(before) or _HEARSAY.search(before) or _UNASSERTED.search(y.text[: v[2]]):
                    continue
                if _ANY_DENIAL.search(y.text[: v[2]]):
                    continue  # 'The judge did not find that Mokoena had acted in bad faith', 'No patient data was
                    # accessed': denied there too
                if not subject_x & _subject_words(y.text, v[2]):
                    continue
                xv, yv = _phrase_at(x.text, w[2], w[3]), _phrase_at(y.text, v[2], v[3])
                c = Conflict(
                    "negation", xv, yv, "denied: " + xv.lower(), "affirmed: " + yv.lower(),
                    _clip(f'negation: "{xv}" without sign vs affirmed'), 0.7, (w[2], w[3]), (v[2], v[3]),
                )  # fmt: skip
                return c if x_is_a else c.swapped()
    return None


def _investigation_denied(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    """One body said not to investigate ('The AAIB said it would not open a formal investigation'; 'was not
    investigating the incident') and to investigate ('The AAIB said it was investigating what happened'; 'has launched
    an investigation into the release'): the verb against its noun. Both sides name the body (a capitalised word in
    common past the first word), neither tells it as a possibility or a condition."""
    for x, y, x_is_a in ((fa, fb, True), (fb, fa, False)):
        if not _no_probe(x.text) or not _probe_open(y.text) or _probe_open(x.text) or _no_probe(y.text):
            continue  # the common case, settled by lookups kept per sentence
        if _PROBE_DOUBT.search(x.text) or _PROBE_DOUBT.search(y.text):
            continue
        if not _body_names(x.text) & _body_names(y.text):
            continue
        d, o = _NO_PROBE.search(x.text), _PROBE_OPEN.search(y.text)
        assert d is not None and o is not None
        xv, yv = d.group(), o.group()
        expl = f'negation: "{xv}" vs "{yv}" (an investigation denied and told)'
        c = Conflict(
            "negation",
            xv,
            yv,
            "denied: investigation",
            "affirmed: investigation",
            _clip(expl),
            0.75,
            d.span(),
            o.span(),
        )
        return c if x_is_a else c.swapped()
    return None


_NOT_ALL = per_text(
    re.compile(r"\bnot\s+all\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+){0,2}?([a-z]+s)\b", re.I)
)
_ALL_OF_THEM = re.compile(
    r"(?<![Nn]ot )\b[Aa]ll\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:of\s+)?"
    r"(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+){0,2}?([a-z]+s)\b"
)


def _after_stems(text: str, end: int) -> set[str]:
    """The content stems of a clause after a position."""
    clause = re.split(r"[,;:]", text[end:])[0]
    return {stem(w.lower()) for w in re.findall(r"[A-Za-z]+", clause) if w.lower() not in STOPWORDS}


def _not_all_against_all(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    """A whole denied its 'all' on one side and told whole on the other ('Not all of the skiers carried avalanche
    transceivers' / 'All five skiers were wearing avalanche transceivers'), of one plural noun."""
    for x, y, x_is_a in ((fa, fb, True), (fb, fa, False)):
        m = _NOT_ALL.search(x.text)
        if m is None or _NOT_ALL.search(y.text):
            continue
        n = next(
            (k for k in _ALL_OF_THEM.finditer(y.text) if stem(k.group(1).lower()) == stem(m.group(1).lower())), None
        )
        if n is None or not _after_stems(x.text, m.end()) & _after_stems(y.text, n.end()):
            continue  # 'Not all members voted for it' / 'All members attended': what the whole did must be one thing
        va, vb = m.group(0), n.group(0)
        expl = _clip(f'negation: "{va}" vs "{vb}"' if x_is_a else f'negation: "{vb}" vs "{va}"')
        c = Conflict("negation", va, vb, "not all", "all", expl, 0.75, m.span(), n.span())
        return c if x_is_a else c.swapped()
    return None


_BEFORE_AFTER_YEAR = per_text(re.compile(r"\b(before|after)\s+((?:19|20)\d\d)\b", re.I))


def _two_sides_of_a_date(fa: SentenceFacts, fb: SentenceFacts) -> bool:
    """Whether one sentence tells what holds before a year and the other what holds after it ('Homes built before
    2009 are eligible' / 'Homes built after 2009 are not covered'): a rule and its complement, not one fact denied."""
    sa = {(m.group(1).lower(), m.group(2)) for m in _BEFORE_AFTER_YEAR.finditer(fa.text)}
    sb = {(m.group(1).lower(), m.group(2)) for m in _BEFORE_AFTER_YEAR.finditer(fb.text)}
    return any((("after" if w == "before" else "before"), y) in sb and (w, y) not in sb for w, y in sa)


_EMPTY_AFTER = re.compile(
    r"\s+(?:(?:was|were|is|are|lay|stood|remained|left)\s+)?(?:empty|vacant|deserted|unoccupied)\b", re.I
)
"""A place told empty right after its noun ('found the enclosure empty'): what the other side denies was in it."""


_WANTED_BEFORE = re.compile(
    r"\b(?:wants?|wanted|wanting|demands?|demanded|demanding|(?:ask|call|push|press|lobby|campaign)(?:s|ed|ing)?\s+for)"
    r"\s+(?:[\w'’%-]+\s+){0,4}$",
    re.I,
)
"""Before a thing: a demand for it ('want a 14pc pay rise', 'are calling for a public inquiry'), not the thing had."""


_AGAIN_AFTER = re.compile(r"\s+again\b", re.I)
_REOPENED_AFTER_CLOSURE = re.compile(
    r"\breopen\w*\b[^.;]{0,40}\b(?:after|following)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+)?closure\b", re.I
)


def compare_negation(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    if _two_sides_of_a_date(fa, fb) or complementary_shares(fa, fb):
        return None
    best: Conflict | None = (
        _antonym_conflict(fa, fb)
        or _disrupted_against_unaffected(fa, fb)
        or _left_open_against_denied(fa, fb)
        or _ruled_out_against_planned(fa, fb)
        or _not_adjective_against_attributive(fa, fb)
        or _exempt_against_covered(fa, fb)
        or _none_against_some(fa, fb)
        or _unanimity_denied(fa, fb)
        or _none_voted_against(fa, fb)
        or _zero_conflict(fa, fb)
        or _vote_swap(fa, fb)
        or _no_object_conflict(fa, fb)
        or _opposite_moves_to_one_figure(fa, fb)
        or _investigation_denied(fa, fb)
        or _not_all_against_all(fa, fb)
        or _no_sign_against_done(fa, fb)
        or _stayed_against_left(fa, fb)
        or _pending_against_done(fa, fb)
        or _kept_against_stopped(fa, fb)
        or _unchanged_against_moved(fa, fb)
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
            if key == _FALL and _declined_to(x.text, p.span[1]):
                continue  # 'declined to comment': a refusal, not a fall
            occ = [
                w
                for w in y.words
                if (_pred_key(w[0]) == key and not (key == _FALL and _declined_to(y.text, w[3])))
                or _seek_as_request(p.stem, w[0])
            ]
            if not occ:
                c = _negated_object(x, y, p, x_is_a)
                if c is not None and (best is None or c.confidence > best.confidence):
                    best = c
                continue
            if any(w[4] == p.negated for w in occ):
                continue  # same polarity somewhere: no contradiction
            verb_use = not _AS_NOUN.search(x.text, 0, p.span[0])
            if any(
                w[0] == p.stem and w[4] != p.negated and not (verb_use and _AS_NOUN.search(x.text, 0, w[2]))
                for w in x.words
            ):
                continue  # both polarities on this side ('we get the best deal, and if we don't get it'): no stance
            other = next((w for w in occ if w[0] == p.stem), occ[0])  # the same word before a synonym
            aff_text, aff_start = (y.text, other[2]) if p.negated else (x.text, p.span[0])
            aff_end = other[3] if p.negated else p.span[1]
            # the denied side's sentence and word
            neg_text, neg_start, neg_end = (x.text, p.span[0], p.span[1]) if p.negated else (y.text, other[2], other[3])
            if _NO_OBJECT.match(aff_text, aff_end):
                continue  # 'had received no reports' is as negative as 'had not received any'
            if _RULED_OUT_AFTER.match(aff_text, aff_end) or _RULED_OUT_BEFORE.search(
                aff_text[max(0, aff_start - 60) : aff_start]
            ):
                continue  # 'paying a ransom was out of the question' is as negative as 'ruled out paying'; 'ruled out
                # any constitutional challenge' as 'would not challenge the law'
            if _ENOUGH_AFTER.match(neg_text, neg_end) and not re.search(r"\benough\b", aff_text, re.I):
                continue  # 'had not been advertised for long enough' / 'was advertised for 21 days': done, too little
            if _owned_noun(aff_text, aff_start, aff_end) and not _AS_NOUN.search(
                neg_text[max(0, neg_start - 40) : neg_start]
            ):
                continue  # 'irregularities in the school's maintenance records' / 'had failed to record several
                # checks': a thing someone owns, no act the denial denies
            if _STOPPED_BEFORE_IT.search(aff_text[max(0, aff_start - 80) : aff_start]):
                continue  # 'The contaminated water was stopped before it reached the Brno Reservoir' / 'had not reached
                # the Brno reservoir': what was stopped before the act did not do it
            if _ATTEMPTED_TO.search(aff_text[max(0, aff_start - 30) : aff_start]):
                continue  # 'Paramedics spent more than half an hour trying to revive him' / 'could not revive him': an
                # attempt, which the denial does not deny
            if _WANTED_BEFORE.search(aff_text[max(0, aff_start - 50) : aff_start]) and not _WANTED_BEFORE.search(
                neg_text[max(0, neg_start - 50) : neg_start]
            ):
                continue  # 'Pilots want a 14pc pay rise' / 'its members have not had a pay rise since 2019': a thing
                # asked for, which the denial of having had it does not deny
            if _EXPECTED_TO.search(aff_text[max(0, aff_start - 30) : aff_start]):
                continue  # 'was expected to publish new tariff tables': a prediction, not an assertion
            if _OBLIGED_TO.search(aff_text[max(0, aff_start - 30) : aff_start]) and not _OBLIGED_ANY.search(
                neg_text[max(0, neg_start - 30) : neg_start]
            ):
                continue  # 'the €23 billion in savings that the parties had to agree on' / 'could not agree': what was
                # required, not done ('will not have to pay' / 'must pay' still deny one obligation); 'The record still
                # has to be ratified' / 'has not yet ratified the time'
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
            if _STOPPED_BEFORE.search(aff_text[max(0, aff_start - 30) : aff_start]) and aff_text[
                aff_start:aff_end
            ].lower().endswith("ing"):
                continue  # 'stopped collecting precise locations' is as negative as 'no longer collects' them
            if _neg_verb_before(aff_text[max(0, aff_start - 30) : aff_start]):
                continue  # 'refuse service' / 'deny service': a negative verb on both sides
            if _HALTED_AFTER.match(aff_text, aff_end):
                continue  # 'Trading in its shares had been suspended since March 2025' / 'which have not traded since
                # March last year': halted, as denied
            if _KEPT_FROM.search(aff_text[max(0, aff_start - 50) : aff_start]):
                continue  # 'the conviction bars him from standing' / 'cannot stand': kept from it, as denied
            if _EMPTY_AFTER.match(aff_text, aff_end):
                continue  # 'found the female's enclosure empty' is as negative as 'was not in her enclosure'
            if _WITHOUT.search(aff_text[max(0, aff_start - 30) : aff_start]):
                continue  # 'without seeking' is as negative as 'did not seek'
            if _STEP_AHEAD.search(aff_text[max(0, aff_start - 60) : aff_start]):
                continue  # 'would study the ruling before deciding whether to appeal' is as undecided as 'has not
                # decided whether to appeal': a step still ahead
            if _HEARSAY.search(aff_text[max(0, aff_start - 200) : aff_start]):
                continue  # 'many have speculated that the White House offered': not asserted
            if _FEW_BEFORE.search(aff_text[max(0, aff_start - 60) : aff_start]):
                continue  # 'few growers had insured their crops' is as negative as 'most had not insured'
            if NO_EVIDENCE.search(aff_text[max(0, aff_start - 80) : aff_start]):
                continue  # 'found no evidence that she had intended to cheat' is as negative as 'had not intended'
            if _parts_agree(neg_text[max(0, neg_start - 60) : neg_start], aff_text[max(0, aff_start - 60) : aff_start]):
                continue  # 'Most passengers were not wearing life jackets' leaves some who were ('Some passengers
                # were wearing life jackets')
            before_denied = neg_text[max(0, neg_start - 30) : neg_start]
            if (
                _FUTURE_NOT.search(before_denied)
                and re.fullmatch(r"[a-z]+ed", aff_text[aff_start:aff_end].lower())
                and not _FUTURE_AFFIRMED.search(aff_text[max(0, aff_start - 50) : aff_start])
                and not (
                    _WOULD_BEFORE.search(aff_text[max(0, aff_start - 30) : aff_start]) and _REPORTED.search(aff_text)
                )
            ):
                continue  # 'will not open for several years' / 'the tunnel, which opened in 1959': what will not
                # happen says nothing against what did (but 'will not be freed' / 'will also be freed' tell one future,
                # as 'will not be demolished' / 'said the plaza would be demolished' do)
            if _PAST_DENIED.search(before_denied) and _PLAN_AFFIRMED.search(
                aff_text[max(0, aff_start - 40) : aff_start]
            ):
                continue  # 'tried and failed to refloat the vessel this morning' / 'plan to refloat the tanker on
                # Saturday': an attempt that failed, and the next one planned
            if _MODAL_NOT.search(before_denied) and not (
                _RULE_NOT.search(before_denied) and _PERMITTED.search(aff_text[max(0, aff_start - 30) : aff_start])
            ):
                continue  # 'a partial veto may not create a new one': a rule or a possibility, not a denied act; but a
                # rule that forbids against one that permits ('may not be topped up' / 'may be topped up') is a conflict
            if _attribute_denied(neg_text, neg_end, aff_text):
                continue  # 'not charged with a capital offence' / 'the offences he is charged with are not capital':
                # what is denied is the kind of its object, which the other side denies too
            if _BOUND_AFTER_DENIAL.match(neg_text, neg_end):
                continue  # 'could not pay more than Tk 16,000': a ceiling, not a denial of paying
            if _EXHORTED.search(neg_text[max(0, neg_start - 60) : neg_end]):
                continue  # 'urged Mr. Trump not to declare', 'urged clients never to share': a request, not a denial
            if {_bound_after(aff_text, aff_end), _bound_after(neg_text, neg_end)} == {"below", "above"}:
                continue  # 'keep charging below 80 percent' / 'not to charge above 80 percent': one advice
            if {_vote_way(aff_text, aff_end), _vote_way(neg_text, neg_end)} == {"for", "against"}:
                continue  # 'Hrubec voted against the new cabinet' / 'Hrubec did not vote for the new cabinet': one vote
            if (
                _DETERMINER_BEFORE.search(aff_text[max(0, aff_start - 12) : aff_start])
                or (
                    aff_text[aff_start:aff_end].lower().endswith("ing")
                    and _DETERMINER_AND_WORD.search(aff_text[max(0, aff_start - 30) : aff_start])
                    and _NOUN_END.match(aff_text, aff_end)
                )
            ) and not _DETERMINER_BEFORE.search(neg_text[max(0, neg_start - 12) : neg_start]):
                continue  # 'those who did not vote for me' / 'said after the vote': a noun, not the act; so is 'citing
                # a cabinet meeting' against 'did not meet the protest leaders'
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
            if bool(to_x) != bool(to_y) and _thing_and_act(x.text, p.span, y.text, (other[2], other[3])):
                continue  # 'Visitors who do not need a visa' / 'will need to apply for a travel authorisation': a thing
                # needed, and an act
            if _KEPT_AWAY.search(aff_text[max(0, aff_start - 40) : aff_start]):
                continue  # 'Families with small children were kept off the first flight' / 'were not on the first
                # flight': kept away from it, as the other side says
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
            if _two_sources(x.text, p.span[1], y.text, other[3]):
                continue  # 'will be paid from a separate ring-fenced account' / 'will not be paid from the relief
                # budget': two sources
            if _DENIED_BY_PARTY.search(neg_text[max(0, neg_start - 30) : neg_start]) and _SAID_BEFORE.search(
                aff_text[max(0, aff_start - 120) : aff_start]
            ):
                continue  # 'Russia has denied using migrants' / 'the minister said Russia was still using migrants':
                # a party's denial and another's charge, each told as said
            if _AT_NO_POINT.match(aff_text, aff_end):
                continue  # 'safety had been compromised at no stage': denied after the verb, both sides negative
            if _ONLY_AFTER.match(aff_text, aff_end) and not _ONLY_AFTER.match(neg_text, neg_end):
                continue  # 'their landlord's policy does not cover their belongings' / 'are covered only by a tenant
                # policy': an act affirmed only for one case leaves it denied for the others
            if (
                _NOT_YET_BEFORE.search(neg_text[max(0, neg_start - 30) : neg_start])
                or _YET_AFTER.match(neg_text, neg_end)
            ) and _not_done(aff_text, aff_start, aff_end):
                continue  # 'The city council has not yet voted on the loan' / 'the council, which votes in December': not
                # done yet, and still to come; so 'has not moved yet' / 'when it will move across'
            if (cue := _REFUSAL_CUE.search(neg_text[max(0, neg_start - 30) : neg_start])) and re.search(
                rf"\b{cue.group(1)}\b", aff_text, re.I
            ):
                continue  # 'The council has refused planning permission' / 'Planning permission ... has been refused':
                # the refusal told on both sides, once in the passive after what was refused
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
            passive_x, passive_y = _passive(x.text, p.span[0]), _passive(y.text, other[2])
            pas, act = (x.text, p.span), (y.text, (other[2], other[3]))
            if not passive_x:
                pas, act = act, pas
            if not _same_actor(x.text, p.span[0], y.text, other[2]) and not (
                passive_x != passive_y and _undergoer_is_object(*pas, *act)
            ):
                conf = min(conf, 0.55)  # 'Lorvania signed' / 'Moldova did not sign': two actors (but 'The Namanga
                # border was not closed' / 'Tanzania closed the Namanga border crossing': the passive's subject is
                # what the other side acts on)
            if passive_x != passive_y and not (
                _same_roles(x.text, p.span, y.text, (other[2], other[3]))
                if passive_x
                else _same_roles(y.text, (other[2], other[3]), x.text, p.span)
            ):
                # 'a photo was sent' / 'he did not send a photo': other roles; but a thing denied to have undergone
                # the act at all, against someone doing it to that thing, is one ('The channel's licence was not
                # suspended' / 'It also suspended the channel's broadcasting licence')
                # the other way round, the doer denying it is the one who says the thing underwent it ('The university
                # said compulsory redundancies had been ruled out' / 'The university has not ruled out compulsory
                # redundancies'); someone else may have done it otherwise
                if not (
                    _undergoer_is_object(*pas, *act)
                    and ((passive_x if p.negated else passive_y) or _speaker_is_doer(pas[0], pas[1][0], *act))
                ):
                    conf = min(conf, 0.55)
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
_NO_OBJECT = re.compile(
    r"\s+(?:to\s+(?:have\s+(?:had\s+|been\s+|played\s+)?|be\s+)?)?(?:no|none|nothing|nobody|neither)\b", re.IGNORECASE
)
"""A denial right after the verb ('had received no reports', 'was found to have had no role')."""
_DENY = stem("deny")
_REJECT = stem("reject")
_ADMIT = {stem(w) for w in ("admit", "acknowledge", "confirm", "concede")}


_NEAR_SENSE = re.compile(r"\s+(?:to|by)\b")
_SHUT_OUT = re.compile(r"\s+out\b")
_REOPENED = {stem(w) for w in ("reopen", "reopened", "reopens")}
_STILL_STATE = re.compile(r"\b(?:remains?|stays?|is|are)\s+(?:still\s+)?$|\bstill\s+$", re.I)

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


_ALIVE = stem("alive")
_STILL_BEFORE = re.compile(r"\bstill\s+$", re.I)
_REJECT, _UPHELD = stem("rejected"), stem("upheld")
_APPEAL_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:appeals?|challenges?|petitions?|bids?|requests?|motions?|applications?)\b", re.I
)
"""After 'rejected': a challenge rejected, which leaves what was challenged standing ('rejected the appeal of ...')."""
_OTHERS_BEFORE = re.compile(r"\b(?:other|others|another|rest|remaining)\b", re.I)
"""In a subject: people besides those the other side names ('Two other climbers died')."""


def _subject_words(text: str, start: int) -> set[str]:
    """The content stems of a clause before its verb (who or what did it), names included."""
    clause = re.split(r"[;:]|,\s+(?:and|but|while|as)\s+|\bwho\b|\bwhich\b", text[:start])[-1]
    return _word_stems(clause)


_TO_AFTER = re.compile(r"\s+to\b")
_TO_OPERATE = re.compile(r"\s+to\s+(?:operate|run|function|fly|work)\s+(?:normally|as\s+normal|as\s+usual)\b", re.I)
_AT_NO_POINT = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s+(?:at\s+no\s+(?:point|stage|time|moment)|in\s+no\s+way|by\s+no\s+means)\b", re.I
)
_CHARGE_AFTER = re.compile(
    r"\s+(?:(?:the|a|all|both|each|an|its)\s+)?(?:[\w-]+\s+)?(?:charges?|allegations?|accusations?|counts?|offences?"
    r"|offenses?|misconduct)\b",
    re.I,
)
_CLEAR = stem("cleared")
_CLEARED_OF = re.compile(r"\s+(?:(?:him|her|them)\s+)?of\b")
_RESUMED = re.compile(r"\bresum(?:e|es|ed|ing|ption)\b", re.I)


def _count_right_after(f: SentenceFacts, end: int) -> bool:
    """Whether a figure starts within ten characters after a verb ending at `end` ('lost nearly 60 seats')."""
    return any(0 <= q.span[0] - end <= 10 for q in f.quantities)


_NAMED_YEAR_BEFORE = re.compile(r"\b(?:the|its|his|her|their)\s+$", re.I)
_NOUN_AFTER = re.compile(r"\s+[a-z]")


def _year_of_a_past_event(text: str, t: TimeRef) -> bool:
    """Whether a year names an event the sentence's act is about ('convicted her ... in the 2024 death of her
    partner'), not when the act was done."""
    return (
        t.level == 4
        and bool(_NAMED_YEAR_BEFORE.search(text[max(0, t.span[0] - 8) : t.span[0]]))
        and bool(_NOUN_AFTER.match(text, t.span[1]))
    )


_DENIED_BY_PARTY = re.compile(r"\b(?:has|have|had)?\s*(?:denied|denies|deny)\s+$", re.I)
"""Right before a verb, a party's denial of it ('Russia has denied using'): a claim of that party."""
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|accused|alleged|claimed|according\s+to)\b", re.I)
_WILL = re.compile(r"\bwill\b|['’]ll\b", re.I)
_DROPPED = stem("dropped")
_FELL_TO = re.compile(r"\s+(?:\w+ly\s+|further\s+|again\s+)?(?:to|by|below|under|beneath|\d)", re.I)
"""After 'dropped', a figure's fall ('the reservoir dropped to its lowest level'), no plan or thing given up: against
'will keep rationing water' or 'keeps falling' nothing kept is dropped."""


def _state_antonym(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    """'Schools will stay closed on Monday' vs 'Schools will reopen on Monday': opposite states of the
    same thing (content words shared near both verbs, one actor), neither verb negated, at no two
    different times ('closed on Friday' / 'reopened on Saturday' is a sequence)."""
    if not _opposite_acts({w[0] for w in fa.words}, {w[0] for w in fb.words}, _DECISION_ANTONYMS):
        return None  # the common case, settled by set lookups before any time or word-by-word work
    ta = [t for t in fa.times if t.start is not None and not _year_of_a_past_event(fa.text, t)]
    tb = [t for t in fb.times if t.start is not None and not _year_of_a_past_event(fb.text, t)]
    if ta and tb and not any(_time_overlap(a, b) for a in ta for b in tb):
        return None
    for dated, other, times in ((fa, fb, ta), (fb, fa, tb)):
        if times and all(t.level == 4 for t in times) and not (tb if dated is fa else ta) and _WILL.search(other.text):
            return None  # 'Line 9 opened in stages in the late 1980s' / 'The platforms for Line 9 will also close':
            # a state of years ago, and one still to come
    for pos, neg in _DECISION_ANTONYMS:
        plea = pos is _ADMITTED or pos is _ACCEPTED_PLEA  # read only with a charge right after both verbs
        for x, y, x_is_a in ((fa, fb, True), (fb, fa, False)):
            for w in x.words:
                if w[0] not in pos or w[4] or _market_moment(x.text, w[2], w[3]) or _KIND_OF_EVENT.match(x.text, w[3]):
                    continue
                if pos is _CONTINUING and (
                    (_TO_AFTER.match(x.text, w[3]) and not _TO_OPERATE.match(x.text, w[3]))
                    or _RESUMED.search(x.text + " " + y.text)
                ):
                    continue  # 'continued to rise': the verb after it tells what goes on ('continued to operate
                    # normally' is the going on itself); 'resumed': a suspension ended
                if pos is _SURVIVED and w[0] == _ALIVE and not _STILL_BEFORE.search(x.text, 0, w[2]):
                    continue  # 'was still alive on Monday morning' is one person's state; 'Six of them were rescued
                    # alive' counts a part of a group, others of which died
                if pos is _ACQUITTED and w[0] == _CLEAR and not _CLEARED_OF.match(x.text, w[3]):
                    continue  # 'cleared of manslaughter' is an acquittal; 'cleared the road' is not
                if pos is _KEPT and _count_right_after(x, w[3]):
                    continue  # 'kept 40 seats': a count, which the number rule compares
                if plea and not _CHARGE_AFTER.match(x.text, w[3]):
                    continue  # 'accepted the charge', not 'the widely accepted narrative'
                if pos is _GRANTED and not w[1].lower().endswith("ed"):
                    continue  # 'applying for grants': a noun, no decision
                if pos is _PASSED_CHECK and not _CHECK_AFTER.match(x.text, w[3]):
                    continue  # 'passed a safety inspection', not 'the bill passed'
                for v in y.words:
                    if (
                        v[0] not in neg
                        or v[4]
                        or (v[0] == _REJECT and _UPHELD in pos and _APPEAL_AFTER.match(y.text, v[3]))
                        or (pos is _KEPT and _count_right_after(y, v[3]))
                        or (plea and not _CHARGE_AFTER.match(y.text, v[3]))
                        or (pos is _GRANTED and not v[1].lower().endswith("ed"))
                        or (pos is _PASSED_CHECK and not _CHECK_AFTER.match(y.text, v[3]))
                        or _market_moment(y.text, v[2], v[3])
                        or _KIND_OF_EVENT.match(y.text, v[3])
                        or (v[1].lower() == "close" and _NEAR_SENSE.match(y.text, v[3]))
                        or (v[1].lower() == "shut" and _SHUT_OUT.match(y.text, v[3]))
                        or (pos is _KEPT and _SHUT_OUT.match(y.text, v[3]))
                        or (pos is _KEPT and v[0] == _DROPPED and _FELL_TO.match(y.text, v[3]))
                    ):
                        continue  # 'close to Hungary's border': near, not shut; 'fans were shut out': kept out; 'shoppers
                        # lose out': they are worse off, nothing is lost
                    if pos is not _ACQUITTED and (
                        any(u[0] in pos and not u[4] for u in y.words) or any(u[0] in neg and not u[4] for u in x.words)
                    ):
                        continue  # 'The festival, which opened on November 28, closed on Saturday': both states,
                        # one after the other, told on one side; 'approved a spending bill ..., rejecting most of the
                        # cuts': both decisions, of two things (a split verdict is read by the charges it names)
                    if (
                        pos is _ACQUITTED
                        and any(u[0] in pos and not u[4] for u in y.words)
                        and _PLUPERFECT_BEFORE.search(y.text[max(0, v[2] - 40) : v[2]])
                    ):
                        continue  # 'acquitted Renato Abellana, who had been serving a life sentence': the other side
                        # acquits too, and tells the sentence as the state before
                    if any(u[0] in neg and u[4] and u[2] != v[2] for u in y.words):
                        continue  # 'The Bruce Highway was not closed, but the Wide Bay Highway was shut' / 'The Bruce
                        # Highway remained open': the other side denies the state too, of one of two things it names
                    if (pos is _SURVIVED or pos is _UNHURT) and (
                        not _subject_words(x.text, w[2]) & _subject_words(y.text, v[2])
                        or _OTHERS_BEFORE.search(x.text[: w[2]] + " " + y.text[: v[2]])
                    ):
                        continue  # 'The pilot survived the crash' / 'Two passengers died in the crash': two people
                    if _NO_SUBJECT.search(x.text[max(0, w[2] - 60) : w[2]]) or _NO_SUBJECT.search(
                        y.text[max(0, v[2] - 60) : v[2]]
                    ):
                        continue  # 'No schools in Darwin will open on Tuesday' / 'All Darwin schools will be closed'
                    if any(
                        _NOT_UNTIL_BEFORE.search(s.text[max(0, u[2] - 25) : u[2]])
                        and _NOT_UNTIL_AFTER.match(s.text, u[3])
                        for s, u in ((x, w), (y, v))
                    ):
                        continue  # 'The tunnel was not open to traffic until the evening' / 'was closed for most of the
                        # day': shut until then, as the other side says; 'Fares will not rise before spring 2027' /
                        # 'Fares will be frozen until March 2027'
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
                    if _excepted(x.text, y.text) or _excepted(y.text, x.text):
                        continue  # 'The museum is open every day except Monday' / 'is closed on Mondays': the exception
                        # is the other side's state
                    if (_STILL_STATE.search(x.text[max(0, w[2] - 20) : w[2]]) and _changed_after_page(x, y)) or (
                        _STILL_STATE.search(y.text[max(0, v[2] - 20) : v[2]]) and _changed_after_page(y, x)
                    ):
                        continue  # 'Kennon Road remains closed' (a page of Friday) / 'Kennon Road was reopened to light
                        # vehicles on Saturday morning': the state at one page's moment, and a change after it
                    if bool(_BY_HOUR_AFTER.match(x.text, w[3])) != bool(_BY_HOUR_AFTER.match(y.text, v[3])):
                        continue  # 'Shelters were closed by mid-afternoon' / 'opened 26 temporary shelters': a state
                        # reached by an hour of the day, a step after (or before) the other
                    if pos is _OPEN_STATES and _REOPENED_AFTER_CLOSURE.search(x.text):
                        continue  # 'closed for six hours on Tuesday' / 'reopened on Tuesday after a closure of nearly six
                        # hours': the reopening side tells the closure too, a sequence
                    if pos is _OPEN_STATES and (_AGAIN_AFTER.match(x.text, w[3]) or _AGAIN_AFTER.match(y.text, v[3])):
                        continue  # 'closed the tunnel on Wednesday evening' / 'were open again by 1pm Thursday': the
                        # state returned to after the other, a sequence
                    if pos is _OPEN_STATES and _UNTIL_AFTER.match(y.text, v[3]):
                        continue  # 'will stay closed until Wednesday' / 'will reopen on Tuesday': the closing's end
                        # told, two days for one reopening (the date rule's)
                    pa, pb = _day_part(x.text, w[2], w[3]), _day_part(y.text, v[2], v[3])
                    if pos is _OPEN_STATES and pa and pb and pa != pb:
                        continue  # 'Highway 5 was closed overnight' / 'remained open through the afternoon': a road or a
                        # place open at one moment of the day and shut at another (a death is for good)
                    ca, cb = _charge_of(x.text, w[3]), _charge_of(y.text, v[3])
                    if ca and cb and not (ca <= cb or cb <= ca):
                        continue  # 'acquitted him of second-degree murder' / 'was convicted of manslaughter': two
                        # charges, each with its verdict ('acquitted of impaired driving causing death' / 'convicted
                        # of dangerous driving causing death': two charges that share words)
                    if not _shared_near(x, (w[2], w[3]), y, (v[2], v[3]), w[0], width=50):
                        continue
                    if not _same_actor(x.text, w[2], y.text, v[2]):
                        continue
                    if _HEARSAY.search(x.text[max(0, w[2] - 200) : w[2]]) or _HEARSAY.search(
                        y.text[max(0, v[2] - 200) : v[2]]
                    ):
                        continue
                    if _CONTESTED_AFTER.search(x.text, w[3]) or _CONTESTED_AFTER.search(y.text, v[3]):
                        continue  # 'Some fans said stewards opened exit gates, though the club has denied this': an
                        # account told with its denial, not asserted
                    if _UNASSERTED.search(x.text[: w[2]]) or _UNASSERTED.search(y.text[: v[2]]):
                        continue  # 'if we don't get a deal, the government will shut down', 'a bill to open it'
                    xv, yv = _phrase_at(x.text, w[2], w[3]), _phrase_at(y.text, v[2], v[3])
                    expl = f'negation: "{xv}" vs "{yv}" (opposite states)'
                    xn, yn = "affirmed: " + xv.lower(), "denied: " + xv.lower()
                    c = Conflict("negation", xv, yv, xn, yn, _clip(expl), 0.7, (w[2], w[3]), (v[2], v[3]))
                    return c if x_is_a else c.swapped()
    return None


_DAY_PART = re.compile(r"\b(?:(over)night|(morning|afternoon|evening|night))\b", re.I)
"""A part of the day, 'overnight' read as the night."""


def _day_part(text: str, start: int, end: int) -> str:
    """The part of the day told next to a state's verb in its clause ('was closed overnight', 'remained open
    through the afternoon'), '' for none: night, morning, afternoon or evening."""
    left = re.split(r"[,;:]", text[max(0, start - 40) : start])[-1]
    right = re.split(r"[,;:.]", text[end : end + 40])[0]
    found = {m.group(2).lower() if m.group(2) else "night" for m in _DAY_PART.finditer(left + " " + right)}
    return found.pop() if len(found) == 1 else ""


_CONTESTED_AFTER = re.compile(
    r"[,;]\s+(?:though|although|but|which|a\s+claim|an\s+account)\s+[^.;]{0,50}?\b(?:has\s+|have\s+)?"
    r"(?:denied|denies|deny|disputed|disputes|dispute|rejected|rejects|contested|contests)\s+(?:this|that|it|the\s+claim)\b",
    re.I,
)
"""After a word: the account it belongs to told as denied ('..., though the club has denied this')."""
_PLUPERFECT_BEFORE = re.compile(r"\bhad\s+(?:been\s+)?[a-z]+(?:\s+[\w-]+){0,3}\s+$", re.I)
"""A state told in the past perfect ('who had been serving a life'): what held before the act the sentence tells."""


_KEPT_AWAY = re.compile(
    r"\b(?:kept|left|taken|barred|excluded|removed|turned\s+away|banned)\s+(?:off|out\s+of|from)\s+"
    r"(?:the|a|an|its|their|this)?\s*(?:[a-z-]+\s+){0,2}?$",
    re.I,
)
"""Before an affirmed noun: someone kept away from it ('were kept off the first flight'), which denies being on it."""

_NOT_YET_BEFORE = re.compile(
    r"\b(?:not\s+yet(?:\s+been)?|yet\s+to(?:\s+be)?|still\s+(?:has|have|had)\s*n[o']t(?:\s+been)?)\s+$", re.I
)


_YET_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?yet\b", re.I)
"""After a denied verb: 'yet' closing the denial ('has not moved yet', 'had not paid them yet')."""


def _not_done(text: str, start: int, end: int) -> bool:
    """Whether an affirmed verb tells no act done: a present or a base form ('which votes in December', 'will vote'),
    not a past one ('voted', 'met', 'had voted') nor a state going on ('is producing petrol', which 'is not yet
    producing' denies)."""
    word = text[start:end].lower()
    if word.endswith(("ed", "en", "ing")) or word in IRREGULAR_PAST:
        return False
    return not re.search(r"\b(?:had|has|have|did|was|were)\s+(?:\w+\s+)?$", text[max(0, start - 20) : start], re.I)


_EXCEPT = re.compile(
    r"\b(?:except|apart\s+from|other\s+than|save\s+for)\s+(?:on\s+|for\s+|in\s+)?(?:the\s+)?([\w'’-]+)", re.I
)


def _excepted(text: str, other: str) -> bool:
    """Whether a sentence makes an exception ('open every day except Monday') of something the other sentence names
    ('closed on Mondays')."""
    return any(re.search(rf"\b{re.escape(w.lower().rstrip('s'))}s?\b", other.lower()) for w in _EXCEPT.findall(text))


def _changed_after_page(x: SentenceFacts, y: SentenceFacts) -> bool:
    """Whether one side tells a state with no time of its own (with 'remains', 'is': at its page's moment) and the
    other dates its opposite on a day after that page's ('stayed open' is some day before, which this does not
    tell)."""
    if x.published is None or any(t.start is not None for t in x.times):
        return False
    days = [t.start for t in y.times if t.start is not None]
    return bool(days) and all(d.date() > x.published.date() for d in days)


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
        for m in _changed_in(x.text):
            for u in _unchanged_in(y.text):
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


_MOVE_TO = per_text(
    re.compile(rf"\b(?:(?P<up>{_RISE_WORDS})|(?P<down>{_FALL_WORDS}))\b(?:\s+[\w%.,'’-]+){{0,6}}?\s+to\s+$", re.I)
)


_MOVE_BY = re.compile(rf"\b(?:(?P<up>{_RISE_WORDS})|(?P<down>{_FALL_WORDS}))\s+(?:by\s+)?$", re.I)
"""A change told by its size right after its verb ('rose 6%', 'fell by 7 percent')."""


def _moves_to(f: SentenceFacts) -> list[tuple[str, str, Quantity, tuple[int, int]]]:
    """Each figure a change leads to, with the change's direction ('raised by 8 per cent to 172,000 tonnes': up, 'to'),
    and each percentage a change is told by ('Permits ... rose 6% in May': up, 'by')."""
    out = []
    for q in f.quantities:
        m = _MOVE_TO.search(f.text[max(0, q.span[0] - 70) : q.span[0]])
        if m is not None and not re.search(r"[;:]|\bbut\b", m.group()):
            start = max(0, q.span[0] - 70) + m.start()
            out.append(("up" if m.group("up") else "down", "to", q, (start, start + len(m.group().split()[0]))))
        elif (
            m is None
            and q.dimension in _SHARE_MOVES
            and (m := _MOVE_BY.search(f.text[max(0, q.span[0] - 20) : q.span[0]]))
        ):
            start = max(0, q.span[0] - 20) + m.start()
            out.append(("up" if m.group("up") else "down", "by", q, (start, start + len(m.group().split()[0]))))
        elif m is None and q.dimension in _SHARE_MOVES and (m := _MOVED_AFTER.match(f.text, q.span[1])):
            out.append(("up" if m.group("up") else "down", "by", q, m.span(m.lastgroup or "up")))
    return out


_SHARE_MOVES = frozenset({"percent", "pp", "points"})
"""Dimensions a change is told by ('rose 6%', 'fell 2.1 points', '2.1 percentage points higher')."""
_MOVED_AFTER = re.compile(r"\s+(?:(?P<up>higher|up)|(?P<down>lower|down))\b(?!\s+(?:to|from)\b)", re.I)
"""Right after a change's size, its direction ('2.1 percentage points higher than a year earlier')."""


_ANAPHORIC_SUBJECT = frozenset({stem(w) for w in ("that", "this", "it", "figure", "number", "total", "tally")})


def _opposite_moves_to_one_figure(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    """One thing said to rise to a figure on one side and to fall to the same figure on the other ('The haddock quota
    was raised by 8 per cent to 172,000 tonnes' / 'The haddock quota will fall to 172,000 tonnes'), or to rise and to
    fall by one percentage ('Permits for single-family houses rose 6%' / 'Approvals for single-family homes fell 6%'):
    the figure is agreed, the direction is not. The words before the two verbs must share a content word (the thing
    moving)."""
    for da, ta, qa, sa in _moves_to(fa):
        for db, tb, qb, sb in _moves_to(fb):
            if (
                da == db
                or ta != tb
                or (qa.dimension != qb.dimension and {qa.dimension, qb.dimension} != {"pp", "points"})
                or abs(qa.value - qb.value) > max(qa.precision, qb.precision)
            ):
                continue
            end_a, end_b = min(sa[0], qa.span[0]), min(sb[0], qb.span[0])  # the words before the change and its size
            subj_a = {w[0] for w in fa.words if w[3] <= end_a and w[0] not in STOPWORDS and len(w[0]) > 2}
            subj_b = {w[0] for w in fb.words if w[3] <= end_b and w[0] not in STOPWORDS and len(w[0]) > 2}
            if not subj_a & subj_b and not (subj_a <= _ANAPHORIC_SUBJECT or subj_b <= _ANAPHORIC_SUBJECT):
                continue  # (a subject that only points back, 'That was 2.1 points higher', 'The figure was up 2.1
                # points', is the thing the other side names)
            va, vb = fa.text[sa[0] : sa[1]], fb.text[sb[0] : sb[1]]
            expl = _clip(f"negation: {va} vs {vb} {ta} {qa.text} (opposite directions)")
            return Conflict("negation", va, vb, f"{da}: {qa.norm}", f"{db}: {qb.norm}", expl, 0.75, sa, sb)
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
    # the verb the other side tells the object with ('raised the general sales tax rate'), a word or two before it
    before = [w for w in y.words if w[3] <= aff_span[0] and aff_span[0] - w[3] <= 25 and w[0] not in STOPWORDS]
    told = before[-1][0] if before else ""
    conf = 0.7 if _one_verb_group(p.stem, told) else 0.6
    return _denial_conflict(
        f"{p.cue} {neg_phrase}", neg_phrase, (p.span[0], last[3]), y.text[slice(*aff_span)], aff_span, conf, x_is_a
    )


_VERB_GROUPS = [
    {stem(w) for w in ("keep", "kept", "maintain", "retain", "preserve")},
    {stem(w) for w in ("activate", "trigger", "invoke")},
    {stem(w) for w in ("remove", "eliminate", "scrap", "abolish")},
]
"""Verbs that tell one act of one object ('would keep fuel subsidies in place' / 'will not maintain fuel subsidies')."""
_CHANGE = stem("change")
_CHANGES = {stem(w) for w in ("raise", "raised", "cut", "lower", "increase", "reduce", "hike", "alter", "adjust")}
"""Changes of a figure or a rule, which 'did not change' it denies ('did not change its dividend forecast' / 'cut its
dividend forecast')."""


def _one_verb_group(denied: str, told: str) -> bool:
    """Whether a denied verb and the verb the other side tells its object with name one act, or the denied one is
    'change' and the other a change."""
    if denied == _CHANGE:
        return told in _CHANGES
    return any(denied in g and told in g for g in _VERB_GROUPS)


_REFUSAL_CUE = re.compile(r"\b(refused|rejected|denied|vetoed|blocked|dismissed)\s+(?:\w+\s+){0,2}$", re.I)
"""A verb of refusal just before what it refuses ('has refused planning permission')."""


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
    r"\b(?:speculat\w*|rumou?r\w*|alleg\w*|suggest\w*|promis\w*|predict\w*|hop(?:e|es|ed|ing)|whether|if"
    r"|(?<!\bthe\s)accus\w*)\b(?:\s+[\w'’.,-]+){0,8}\s*$"  # ('the accused pleaded': the defendant, no hearsay)
    r"|\bwhether\b[^.;:?!]{0,200}$",  # 'announces whether he ... or will ... seek a second term'
    re.IGNORECASE,
)
_EXHORTED = re.compile(
    r"\b(?:urg\w*|ask\w*|told|tell\w*|warn\w*|press\w*|call\w* on|implor\w*|begg?\w*)\b"
    r"(?:\s+[\w'’.,-]+){0,4}\s+(?:not|never)\s+to\s+\S*$",
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


def _actor_words(text: str, start: int) -> tuple[set[str], bool, set[str]]:
    """Who does what the predicate at `start` says, by name: the capitalised words of its clause before
    it (at most six words), and whether that actor is open (a pronoun, 'both', 'all', a description
    such as 'the mayor', which may name anyone, or nothing written); then, apart, the names of that clause that say
    where ('The fire in Arganil'), which name no actor."""
    left = _SUBJECT_CUT.split(text[:start])[-1]
    words = [w.strip("'’.") for w in re.findall(r"[\w'’.-]+", left)][-6:]
    low = [w.lower() for w in words if w]
    if not low or any(w in _PRONOUNS or w in _INCLUSIVE for w in low):
        return set(), True, set()
    names = [
        (w, _placed(words, i))
        for i, w in enumerate(words)
        if w[:1].isupper() and w.lower() not in STOPWORDS and w.lower() not in _AUX
    ]
    content = _name_words([w for w, placed in names if not placed])
    return content, not content, _name_words([w for w, placed in names if placed])


def _name_words(names: list[str]) -> set[str]:
    """Names as lower-case words, with the initials of two or more ('the United States' ~ 'the US')."""
    words = {w.lower().removesuffix("'s").removesuffix("’s").replace(".", "") for w in names}
    if len(names) >= 2:
        words.add("".join(w[0].lower() for w in names))
    return words


def _placed(words: list[str], i: int) -> bool:
    """Whether the name at `words[i]` says where, after 'in', 'near', 'outside' or 'across' and lower-case words
    only ('A wildfire ... in the hills of central Portugal', 'The fire in Arganil'), not who: it names no actor."""
    for j in range(i - 1, max(-1, i - 6), -1):
        if words[j].lower() in _PLACE_PREPS:
            return True
        if not words[j][:1].islower():
            return False
    return False


_PLACE_PREPS = frozenset({"in", "near", "outside", "across"})


_INDEFINITE = {"one", "another", "some", "a", "an", "other", "several", "many"}


def _indefinite_subject(text: str, start: int) -> bool:
    """Whether the clause before the predicate opens with an indefinite subject ('One party won't',
    'Another lawmaker said'): an actor left unnamed, not a description of a named one."""
    left = _SUBJECT_CUT.split(text[:start])[-1]
    words = re.findall(r"[A-Za-z]+", left)
    return bool(words) and words[0].lower() in _INDEFINITE


def _same_actor(text_x: str, start_x: int, text_y: str, start_y: int) -> bool:
    """Whether two predicates may have one actor: their named subjects share a word, or one is open."""
    wx, open_x, placed_x = _actor_words(text_x, start_x)
    wy, open_y, placed_y = _actor_words(text_y, start_y)
    if (open_x and wy and _indefinite_subject(text_x, start_x)) or (
        open_y and wx and _indefinite_subject(text_y, start_y)
    ):
        return False  # 'One party won't tax' / 'The Democrats tax and spend': some actor, not the one named
    if open_x and open_y and _two_roles(text_x, start_x, text_y, start_y):
        return False  # 'The driver was also arrested' / 'Its owner was not arrested': two people, each by a role
    if open_x or open_y:
        return True
    if {syn(stem(w)) for w in wx} & {syn(stem(w)) for w in wy}:
        return True  # one word, or two for one actor ('Jurors acquitted' / 'A jury convicted')
    if wx & placed_y or wy & placed_x:
        return True  # 'Geneva approved the proposal' / 'Voters in Geneva rejected the proposal': a place for its people
    if (hx := _subject_head(text_x, start_x)) and hx == _subject_head(text_y, start_y):
        return True  # 'Pharmacists still cannot switch' / 'Pharmacists in Ontario are now allowed to swap'
    if (
        (ox := _opening_head(text_x, start_x))
        and ox == _opening_head(text_y, start_y)
        and not _contrasted(text_x, text_y)
    ):
        return True  # 'Public pools in Montevideo will stay closed' / 'Municipal pools have not been closed': the
        # capital opening the sentence is no name, the noun after it is the subject
    if (nx := _noun_before(text_x, start_x)) and nx == _noun_before(text_y, start_y):
        return True  # 'Jurors acquitted' / 'A Toronto jury has convicted': one body, its name right before the verb
    # "Customers' credit balances" / 'Credit balances': the owner read as the actor on one side, the thing on the other
    return len(_subject_stems(text_x, start_x) & _subject_stems(text_y, start_y)) >= 2


_AUX_BEFORE = re.compile(r"(?:\s+(?:has|have|had|was|were|is|are|will|would|also|then|later|unanimously))*\s*$", re.I)


def _noun_before(text: str, start: int) -> str:
    """The stem (as a synonym) of the word right before a verb at `start`, past auxiliaries, when it is a noun of a
    body of people ('jury', 'jurors', 'council'), else ''."""
    left = text[:start]
    left = left[: _AUX_BEFORE.search(left).start()]
    m = re.search(r"([A-Za-z]+)$", left)
    if m is None:
        return ""
    word = syn(stem(m.group(1).lower()))
    return word if word in _BODY_NOUNS else ""


_BODY_NOUNS = frozenset({"jury", "council", "committee", "panel", "court", "board", "parliament", "senate", "assembly"})


def _subject_head(text: str, start: int) -> str:
    """The stem of the first word of the clause before a verb at `start` when it opens the sentence and is no name
    ('Pharmacists in Ontario are now allowed to': 'pharmacist'), else ''."""
    left = _SUBJECT_CUT.split(text[:start])
    if len(left) != 1:
        return ""
    m = re.match(r"\s*([A-Z][a-z]+)\s+(?:[a-z]|$)", left[0])
    if m is None or m.group(1).lower() in STOPWORDS or m.group(1).lower() in _PRONOUNS:
        return ""
    return stem(m.group(1).lower())


_OPENING_PHRASE = re.compile(r"\s*[A-Z][a-z]+((?:\s+[a-z]+)+)")


_QUALIFIERS = frozenset(
    "public private state independent primary secondary domestic international foreign northern southern eastern"
    " western upper lower urban rural local national regional federal first second new old".split()
)
"""Words that set apart kinds of one thing when they open two sentences ('Public schools' / 'Private schools')."""


def _contrasted(text_x: str, text_y: str) -> bool:
    """Whether two sentences open on two different words of `_QUALIFIERS` ('Public schools' / 'Private schools')."""
    fx, fy = text_x.split(maxsplit=1)[0].lower(), text_y.split(maxsplit=1)[0].lower()
    return fx != fy and fx in _QUALIFIERS and fy in _QUALIFIERS


def _opening_head(text: str, start: int) -> str:
    """The stem of the last word of a sentence's opening noun phrase, a capitalised word and lower-case ones up to the
    first function word, when the clause before a verb at `start` opens the sentence ('Public pools in Montevideo will
    stay': 'pool'), else ''."""
    left = _SUBJECT_CUT.split(text[:start])
    m = _OPENING_PHRASE.match(left[0]) if len(left) == 1 else None
    if m is None:
        return ""
    words = []
    for w in m.group(1).split():
        if w in STOPWORDS or w in _PRONOUNS:
            break
        words.append(w)
    return stem(words[-1]) if words else ""


_ROLE_HEADS = frozenset(
    "driver owner captain pilot passenger conductor operator manager director mayor governor minister president"
    " chairman chairwoman secretary spokesman spokeswoman spokesperson suspect victim father mother husband wife"
    " son daughter brother sister landlord tenant employer coach referee teacher principal doctor nurse".split()
)
"""Nouns that name one person by the role they play in a story ('the driver', 'its owner')."""
_ROLE_SUBJECT = re.compile(r"\b(?:the|its|his|her|their)\s+(?P<role>[a-z]+)\s+(?:[a-z]+\s+){0,3}$", re.I)


def _two_roles(text_x: str, start_x: int, text_y: str, start_y: int) -> bool:
    """Whether each predicate's subject is a person named by a different role ('The driver' / 'Its owner')."""
    mx = _ROLE_SUBJECT.search(_SUBJECT_CUT.split(text_x[:start_x])[-1])
    my = _ROLE_SUBJECT.search(_SUBJECT_CUT.split(text_y[:start_y])[-1])
    if mx is None or my is None:
        return False
    rx, ry = mx.group("role").lower(), my.group("role").lower()
    return rx in _ROLE_HEADS and ry in _ROLE_HEADS and rx != ry


_STOPPED_BEFORE = re.compile(r"\b(?:stop|stops|stopped|cease|ceases|ceased|quit|quits|halted|halts)\s+$", re.I)
"""Before a gerund: the act ended ('stopped collecting'), not done."""


_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|is|are|be|been|being|get|got|gets|remain|remains|remained|stay|stays|stayed)\s+"
    r"(?:(?:not|never|no\s+longer|also|still|already|just|even|then|later|now|yet|only|again|\w+ly)\s+)*$",
    re.IGNORECASE,
)


_BY_AGENT = re.compile(r"(?:\s+[\w-]+){0,3}?\s+by\s+((?:[\w'’-]+\s*){1,3})")
_ERGATIVE = {stem(w) for w in ("close", "open", "shut", "reopen", "halt", "stop", "suspend", "resume", "cancel")}
"""Verbs whose subject is what undergoes them ('the airport did not close' / 'the airport was closed')."""
_OBJECT_AFTER = re.compile(r"\s+(?:(?:the|a|an|its|their|his|her|any|all|some)\b|(?-i:[A-Z]))", re.I)


def _subject_stems(text: str, start: int) -> set[str]:
    """The content stems of the last five words of the clause before a verb at `start`: who or what it is told of."""
    return {
        stem(w.lower())
        for w in re.findall(r"[A-Za-z]+", _SUBJECT_CUT.split(text[:start])[-1])[-5:]
        if w.lower() not in STOPWORDS
    }


def _undergoer_is_object(pt: str, ps: tuple[int, int], at: str, as_: tuple[int, int]) -> bool:
    """Whether a passive predicate's subject (in `pt` at `ps`, with no agent told) is the object of the active one (in
    `at` at `as_`): a content word of the one among the first words after the active verb, in its clause. The passive
    word must be a participle ('was not suspended'; not 'is no longer Napoli's coach'), the active one an act told, not
    an infinitive or a gerund ('in order to reach an agreement', 'policies affecting older Americans')."""
    active = at[as_[0] : as_[1]].lower()
    if active.endswith("ing") or re.search(r"\bto\s+$", at[max(0, as_[0] - 4) : as_[0]]):
        return False
    word = pt[ps[0] : ps[1]]
    if _BY_AGENT.match(pt, ps[1]) or not (
        word.islower() and (word.endswith(("ed", "en", "wn", "nt")) or word in IRREGULAR_PAST)
    ):
        return False
    subject = _subject_stems(pt, ps[0])
    after = _SUBJECT_CUT.split(at[as_[1] : as_[1] + 80])[0]
    obj = {stem(w.lower()) for w in re.findall(r"[A-Za-z]+", after)[:6] if w.lower() not in STOPWORDS}
    return bool(subject & obj)


_SPEAKER = re.compile(
    r"^\s*(?P<who>(?:[\w'’-]+\s+){1,5}?)(?:said|says|confirmed|announced|insisted)\s+(?:that\s+)?", re.I
)


def _speaker_is_doer(pt: str, pstart: int, at: str, as_: tuple[int, int]) -> bool:
    """Whether the sentence of a passive predicate at `pstart` opens with who says it ('The university said ...') and
    that speaker is the subject of the active predicate (in `at` at `as_`)."""
    m = _SPEAKER.match(pt[:pstart])
    if m is None:
        return False
    who = {stem(w.lower()) for w in re.findall(r"[A-Za-z]+", m.group("who")) if w.lower() not in STOPWORDS}
    return bool(who & _subject_stems(at, as_[0]))


def _same_roles(pt: str, ps: tuple[int, int], at: str, as_: tuple[int, int]) -> bool:
    """Whether a passive predicate (in `pt` at `ps`) and an active one (in `at` at `as_`) give their words one role
    each: the passive's agent is the active one's subject ('were affected by the strike' / 'The strike did not
    affect'), or the active verb has no object and its subject undergoes it ('Glasgow Airport did not close' / 'was
    closed for three hours')."""
    subject = _subject_stems(at, as_[0])
    if (m := _BY_AGENT.match(pt, ps[1])) and subject & {stem(w.lower()) for w in re.findall(r"[A-Za-z]+", m.group(1))}:
        return True
    verb = re.match(r"[a-z]+", at[as_[0] : as_[1]].lower())
    return bool(verb) and stem(verb.group()) in _ERGATIVE and not _OBJECT_AFTER.match(at, as_[1])


_RULED_OUT_AFTER = re.compile(
    r"[^.;:]{0,40}?\b(?:is|was|are|were|remains?|remained)\s+(?:out\s+of\s+the\s+question|ruled\s+out|off\s+the\s+table"
    r"|not\s+an\s+option)\b",
    re.I,
)
"""After an act named as a noun phrase, its rejection ('paying a ransom was out of the question')."""
_ENOUGH_AFTER = re.compile(
    r"(?:(?!\b(?:but|and|yet|while|because|as|since|not|no)\b)[^.;,]){0,30}?\b(?:enough|sufficiently)\b", re.I
)
"""After a denied act, in its clause, its measure found short ('had not been advertised for long enough'): the act
was done ('had not run out of fuel but had enough diesel for two days' denies running out; 'did not open Wednesday
night because not enough staff could be found' too: a reason with its own denial)."""
_RULED_OUT_BEFORE = re.compile(
    r"(?<!not\s)(?<!n't\s)(?<!never\s)\brul(?:e|es|ed|ing)\s+out\s+(?:(?:any|a|an|the)\s+)?(?:[a-z-]+\s+){0,2}$", re.I
)
"""Before an act named as a noun, its rejection ('ruled out any constitutional challenge'; not after a denied denial:
'had not ruled out paying the ransom' leaves paying open)."""
_OWNED = re.compile(r"\b[A-Za-z]+['’]s\s+(?P<noun>[a-z]+\s+)?$")


def _owned_noun(text: str, start: int, end: int) -> bool:
    """Whether a word is a thing someone owns: right after a possessive ('the school's records'), or after a
    possessive and a noun when it is a plural ('the school's maintenance records'; not 'Quillon's board rejected',
    a subject and its verb)."""
    m = _OWNED.search(text[max(0, start - 40) : start])
    if not m:
        return False
    word = text[start:end].lower()
    return not m.group("noun") or (word.endswith("s") and not word.endswith("ss"))


_AS_NOUN = re.compile(r"\b(?:the|a|an|its|their|his|her|these|those)\s+(?:[a-z]+(?:al|ic|ive|ous|ent|ant)\s+)?$", re.I)
"""An article (and an adjective) before a word: a noun ('the official register' beside 'was not registered' is no
second stance on the act; a denied noun, 'was not a war of Obama's choosing', still meets 'the war' as one)."""


def _passive(text: str, start: int) -> bool:
    """Whether the predicate at `start` is a passive participle ('was sent', 'were not felt') or a state after a
    verb of state ('will remain deductible' is as 'will no longer be deductible'); a present participle after
    the same auxiliaries is active ('are not taking part')."""
    word = re.match(r"[A-Za-z]+", text[start:])
    if word and word.group().lower().endswith("ing"):
        return False
    before = text[max(0, start - 40) : start]
    if m := _OR_PARTICIPLE.search(before):
        before = before[: m.start()] + " "  # 'not been suspended or placed': the auxiliaries before the first
    return bool(_PASSIVE_BEFORE.search(before))


_OR_PARTICIPLE = re.compile(r"\s+[a-z]+(?:ed|en)\s+(?:or|nor)\s+$")


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


def _attribute_denied(neg_text: str, neg_end: int, aff_text: str) -> bool:
    """Whether a word of the denied predicate's object ('not charged with a capital offence') is itself denied in
    the affirming sentence ('are not capital', 'a non-capital offence')."""
    after = re.split(r"[,;:.]", neg_text[neg_end : neg_end + 60])[0]
    for w in re.findall(r"[a-z][a-z-]{3,}", after):
        if w in STOPWORDS:
            continue
        if re.search(rf"\b(?:not|never)\s+(?:[a-z]+\s+)?{re.escape(w)}\b|\bnon-?{re.escape(w)}\b", aff_text, re.I):
            return True
    return False


def _shared_content(x: SentenceFacts, y: SentenceFacts, pred: str) -> bool:
    cx = {w[0] for w in x.words if w[0] not in STOPWORDS and len(w[0]) > 2 and w[0] != pred}
    cy = {w[0] for w in y.words if w[0] not in STOPWORDS and len(w[0]) > 2 and w[0] != pred}
    return len(cx & cy) >= 1


_none_found_in = matches_in(_NONE_FOUND)
_unaffected_in = matches_in(_UNAFFECTED)
_left_open_in = matches_in(_LEFT_OPEN)
_ruled_out_in = matches_in(_RULED_OUT_NOUN)
_not_adjective_in = matches_in(_NOT_ADJECTIVE)
_changed_in = matches_in(_CHANGED)
_unchanged_in = matches_in(_UNCHANGED)
_exempt_in = matches_in(_EXEMPT)
_covered_in = matches_in(_COVERED)
