"""None against some: one outlet says that nothing of a kind happened ('No arrests have been made',
'No one was injured', 'There were no casualties', 'Police made no arrests', 'No tornado warning had been
issued'), another that it did ('Police arrested two men', 'Two passengers were taken to hospital with minor injuries',
'The weather service had issued a tornado warning').

Such a pair is a conflict however differently the two sentences read, so the pipeline looks for it
between any two sentences of two outlets, not only inside a claim (`pipeline.anchored_pairs`). The
rule is narrow on purpose, each limit from a pair the fixture-style sets label as no conflict:

- the denied act and the affirmed one are one verb ('issued' / 'issued') or one family of the acts
  a story counts (arrested / detained / arrests; injured / hurt / wounded / injuries / suffered burns,
  a wound or a broken leg / treated for smoke inhalation; killed / died / dead / deaths / a body
  found), and the other sentence names the denied thing too ('warning');
- words that narrow the denial are in the other sentence as well ('no criminal investigation' is
  not denied by 'a preliminary investigation'; 'no animal deaths' by a count of people's deaths),
  and a denial narrowed by a word of its own ('no further arrests', 'no one was seriously hurt',
  'no arrests were made outside Spain') is no denial of the act as such;
- the affirmation is asserted: not itself denied ('nobody died'), not under a modal or a condition
  ('could be arrested', 'if'), and a noun of the act holds a count ('32 arrests', 'two officers were
  treated for minor injuries', not 'demanded the arrest of the owner');
- one occasion: a year or 'years ago' on one side only is another event ('In 2014 ... though nobody
  was killed'), and a running denial ('no arrests had been made so far', 'by Tuesday evening') is
  no conflict with a page published more than an hour after it.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from typing import NamedTuple

from reconcile.facts.quantities import syn
from reconcile.facts.records import SentenceFacts, TimeRef
from reconcile.facts.tokens import stem

_AUX = r"(?:(?:has|have|had)\s+(?:yet\s+|so\s+far\s+|also\s+|ever\s+)?been|was|were|is|are)"
_ADVERB = r"(?:(?:yet|so\s+far|also|ever|immediately|officially|actually)\s+)?"
_NONE_OF = r"(?<![\w-])(?:[Nn]o|[Nn]one\s+of\s+the)\s+(?P<mods>(?:[a-z][\w-]*\s+){0,3}?)"
"""'No' or 'none of the' and up to three words before the noun denied ('No board members', 'none of the', 'No state of
natural disaster')."""
_NO_THING = re.compile(
    _NONE_OF
    + r"(?P<noun>[a-z][\w-]*)\s+"
    + _AUX
    + r"\s+"
    + _ADVERB
    + r"(?P<verb>[a-z]+)\b(?:\s+(?P<state>missing|injured|hurt|dead|killed)\b)?"
)
"""'No arrests have been made', 'No tornado warning had been issued', 'none of the passengers were hurt'."""
_NO_THING_DID = re.compile(
    _NONE_OF + r"(?P<noun>[a-z][\w-]*[^s\W]s)\s+(?P<verb>[a-z]{3,}ed)\b(?!\s+(?:by|to|with|in|on|at|for)\b)"
)
"""People or things none of whom did something, in the active voice ('No board members abstained')."""
_NO_THING_HAD = re.compile(
    _NONE_OF + r"(?P<noun>[a-z][\w-]*)\s+(?:had|has|have)\s+(?:yet\s+|so\s+far\s+|ever\s+)?(?P<verb>[a-z]{3,}ed)\b"
    r"(?!\s+by\b)(?![^.;,]{0,40}\b(?:when|before|until|by\s+the\s+time|as|yet)\b)"
)
"""A thing none of which did something, in the perfect ('no fuel had leaked from the tanker'), not up to a moment
('No passengers had boarded when the fire started')."""
_THERE_WERE_NO = re.compile(
    r"(?<![\w-])[Tt]here\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+no\s+(?:reported\s+)?"
    r"(?P<noun>injuries|deaths|casualties|fatalities|arrests)\b"
)
"""'There were no injuries', 'there had been no deaths'."""
_MADE_NO = re.compile(
    r"\b(?:made|make|makes|reported|reports|recorded|records|confirmed|confirms)\s+no\s+(?:reported\s+)?"
    r"(?P<noun>injuries|deaths|casualties|fatalities|arrests)\b"
    r"(?!\s+(?:on|among|in)\s+(?:its|their|our|his|her)\b)"
)
"""'Police made no arrests', 'Officials reported no deaths': the act denied by its noun after a reporting verb; not
one side's own ('Baku reported no casualties on its side')."""
_NO_ONE = re.compile(
    r"(?<![\w-])(?:[Nn]o\s+one|[Nn]obody)\s+" + _AUX + r"\s+(?:(?:reported|believed|thought)\s+)?"
    r"(?P<verb>injured|hurt|wounded|killed|arrested|detained|missing|evacuated|rescued|charged)\b"
    r"(?!\s+(?:worse|more\s+(?:seriously|badly)|further|badly|seriously|critically)\b)"
)
"""'No one was injured', 'Nobody was hurt', 'No one was reported missing'; not narrowed after the verb ('nobody was
hurt worse', 'no one was injured seriously')."""
_NONE_DIED = re.compile(
    r"(?<![\w-])(?:[Nn]o\s+one|[Nn]obody|(?:[Nn]o|[Nn]one\s+of\s+(?:the|its|their))\s+"
    r"(?P<mods>(?:[a-z][\w-]*\s+){0,2}?)(?P<noun>[a-z][\w-]*))\s+"
    r"(?:(?:has|have|had)\s+)?(?:yet\s+|so\s+far\s+|ever\s+)?died\b"
)
"""'No one died', 'No trial participant died', 'None of the miners died': a death denied by its active verb."""


def might_deny(text: str) -> bool:
    """Whether a sentence holds a denial of any of these shapes: the pipeline's cheap test of which
    sentences to pair with every other outlet's."""
    return bool(
        _NO_THING.search(text)
        or _THERE_WERE_NO.search(text)
        or _MADE_NO.search(text)
        or _NO_ONE.search(text)
        or _NONE_DIED.search(text)
        or _NO_THING_HAD.search(text)
    )


_LIGHT_VERBS = frozenset(
    "made reported recorded confirmed registered announced carried filed found seen observed detected".split()
)
"""Verbs that only report the noun's act ('No arrests have been made'): the noun names the act."""
_FAMILIES = {
    "arrest": r"arrest(?:ed|s)?|detained|detentions?",
    "injury": r"injur(?:ed|ies|y)|hurt|wounded"
    r"|(?:suffered|treated\s+for)\s+(?:[a-z]+\s+){0,2}?(?:burns|cuts|bruises|fractures|smoke\s+inhalation"
    r"|wounds?|(?:broken|fractured)\s+(?:leg|arm|ankle|wrist|hip|ribs?|collarbone|nose|jaw))",
    "death": r"died|drowned|killed|dead|deaths?|fatalit(?:y|ies)|bod(?:y|ies)(?=[^.;]{0,40}\b(?:found|recovered|pulled|retrieved)\b)",
}
_NOUN_FAMILY = {
    "arrests": "arrest",
    "arrest": "arrest",
    "detentions": "arrest",
    "injuries": "injury",
    "injury": "injury",
    "deaths": "death",
    "death": "death",
    "casualties": "death",
    "fatalities": "death",
}
_VERB_FAMILY = {
    "injured": "injury",
    "hurt": "injury",
    "wounded": "injury",
    "killed": "death",
    "dead": "death",
    "arrested": "arrest",
    "detained": "arrest",
}
_ONE_ACT = {
    "cancelled": "cancell?ed",
    "canceled": "cancell?ed",
    "issued": "issued|granted",
    "granted": "issued|granted",
    "submitted": "submitted|lodged|filed",
    "lodged": "submitted|lodged|filed",
    "filed": "submitted|lodged|filed",
}
"""Verbs of one act told two ways ('No import permits have yet been issued' / 'Import permits ... have been granted';
'No planning application has been submitted' / 'A planning application was lodged')."""
_NARROWING = re.compile(
    r"\b(?:other|further|new|more|additional|else|serious|seriously|major|significant|critically|badly|fatal"
    r"|immediate|official|formal|direct)\b",
    re.I,
)
_SCOPE_AFTER = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:outside|beyond|abroad|other\s+than|apart\s+from|except|besides|among)\b", re.I
)
_PARTICIPLE = re.compile(
    r"[a-z]+(?:ed|en|wn)|made|paid|held|sent|hurt|found|shot|struck|built|sold|told|brought|kept|done|spent|lost"
    r"|won|run|set|put|cut|hit|led|met|left|read|heard|caught|bought|laid|said"
)
_NOT_MODIFIERS = frozenset({"the", "a", "an", "evidence", "that", "sign", "indication"})
"""Words between 'no' and the noun that are no narrowing of it ('no evidence the boat had been overloaded')."""
_DENIED_BEFORE = re.compile(
    r"\b(?:no|not|n't|never|without|nor|none|nobody|neither)\b[^,;.]{0,40}$|\b(?:none|neither)\s+of\b[^,;.]{0,70}$",
    re.I,
)
"""A denial before the affirming word: 'nobody was hurt', and a long subject after 'none of' ('None of the
twenty-three seafarers on board was injured')."""
EVIDENCE_NOUNS = r"(?:evidence|proof|signs?|indication|suggestion)"
"""What a finding of nothing is told with ('no evidence', 'no signs', 'no indication')."""
NO_EVIDENCE = re.compile(
    r"\b(?:no|little|scant|not\s+find\s+any|not\s+found\s+any)\s+" + EVIDENCE_NOUNS + r"\s+(?:that\s+)?[^.;]{0,60}$",
    re.I,
)
"""Before an affirmed word: a finding that nothing shows it ('found no evidence that she had intended', 'There is no
indication that any of the crew has been hurt'). Read here and by the negation rule."""
_MODAL_BEFORE = re.compile(
    r"\b(?:may|might|could|would|should|will|if|whether|unless|fears?|feared|possibly|likely|expected|plans?|planned)\b"
    r"[^,;.]{0,40}$",
    re.I,
)
_VESSEL_BEFORE = re.compile(
    r"\b(?:boat|ship|vessel|trawler|tanker|ferry|yacht|dhow|barge|freighter|aircraft|plane|jet|truck|lorry|cargo"
    r"|consignment|shipment|container)s?(?:\s+(?:has|have|had|was|were|is|are|been|also|later|then))*\s+$",
    re.I,
)
"""A vessel or a load right before 'detained': held, not a person arrested."""
_NONE_AFTER = re.compile(r"\s+(?:no|none|nothing|nobody|no\s+one)\b", re.I)
_ACT_NOUN = re.compile(r"arrests?|detentions?|injur(?:ies|y)|deaths?|fatalit(?:y|ies)", re.I)
_COUNTED = re.compile(
    r"\b\d[\d,]*\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|several|many|scores?"
    r"|a|an)\s+(?:[a-z-]+\s+){0,2}(?:people|persons?|passengers|members|officers?|workers?|firefighters?|men|women"
    r"|children|man|woman|child|residents?|crew|staff|soldiers?|police(?:men|man)?|guards?|employees?|suspects?"
    r"|others?|crew\s?members?|sailors?|seafarers?|deckhands?|drivers?|pilots?|students?|patients?|climbers?|hikers?|trampers?|walkers?|skiers?|tourists?|visitors?"
    r"|cyclists?|pedestrians?|motorists?|spectators?|fans?|protesters?|demonstrators?|miners?|villagers?|farmers?"
    r"|fishermen|fisherman|boys?|girls?|teenagers?|teachers?|nurses?|doctors?|rescuers?|guides?|porters?)\b",
    re.I,
)
_COUNT_BEFORE = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several|many)\b)"
    r"(?:\s+of)?\s+(?:[a-z-]+\s+)?$",
    re.I,
)
"""A count right before an adjective and its noun ('Two dead birds', 'hundreds of dead fish')."""
_OTHER_TIME = re.compile(r"\b(?:19|20)\d\d\b|(?<=\b[Ii]n\s)1[5-8]\d\d\b|\byears?\s+ago\b|\blast\s+year\b")
"""A year (an older one after 'in': 'In 1871, a tsunami ...') or a time years back: another occasion than the story's."""
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:yet\s+)?been\b", re.I)
"""A denial in the present perfect ('Nobody has been arrested', 'No arrests have been made'), true as of its page."""


def _dated_after(times: tuple[TimeRef, ...], published: datetime | None, denial_page: datetime | None) -> bool:
    """Whether a sentence (its time references, read on its page of `published`) dates its act, by a day of its own,
    after the denial's page was published."""
    if published is None or denial_page is None:
        return False
    times = [t for t in times if t.start is not None and t.level <= 1]
    page = denial_page.replace(tzinfo=None) if denial_page.tzinfo else denial_page
    return bool(times) and all(t.start >= page for t in times)


_RUNNING = re.compile(
    r"\b(?:so\s+far|yet|as\s+of|by\s+(?:late\s+|early\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|this|the\s+time|\d|nightfall|dusk|dawn|midnight|noon|midday|mid-?(?:morning|afternoon)))\b",
    re.I,
)


class ZeroConflict(NamedTuple):
    denial: str
    """The denial as written ('No arrests have been made')."""
    denial_span: tuple[int, int]
    affirmed: str
    """The word that affirms the act in the other sentence ('arrested')."""
    affirmed_span: tuple[int, int]


class _Denial(NamedTuple):
    match: re.Match[str]
    act: str
    """A pattern of the words that affirm the denied act."""
    noun: str | None
    """The denied thing the other sentence must name too, None when the act names it ('arrests')."""
    verb_end: int


_RELATIVE = frozenset({"who", "that", "which", "whom"})
"""Words that open a relative clause after 'none of the ...': its verb is not what is denied."""


def _act_of(verb: str) -> str:
    """The act a denied verb names: its family's pattern ('hurt' -> the injury words), else its one act's."""
    family = _VERB_FAMILY.get(verb)
    return _FAMILIES[family] if family else _ONE_ACT.get(verb, verb)


@lru_cache(maxsize=1 << 14)
def _denials(text: str) -> tuple[_Denial, ...]:
    out = []
    for m in _NO_THING.finditer(text):
        noun, verb = m.group("noun").lower(), m.group("verb").lower()
        if noun in ("one", "body") or _NARROWING.search(m.group("mods") or ""):
            continue  # 'no one' and 'nobody' are read by _NO_ONE; 'no further arrests' is narrowed
        if noun in _RELATIVE:
            continue  # 'None of the people who were hurt had insurance': the act names whom the denial is of
        if not _PARTICIPLE.fullmatch(verb):
            continue  # 'No heat stress warning was in force', 'No one is a better tactician'
        state = m.group("state")
        if verb in _LIGHT_VERBS and noun in _NOUN_FAMILY:
            out.append(_Denial(m, _FAMILIES[_NOUN_FAMILY[noun]], None, m.end("verb")))
        elif verb in _LIGHT_VERBS and state:
            family = _VERB_FAMILY.get(state)
            out.append(_Denial(m, _FAMILIES[family] if family else state, noun, m.end("state")))
        else:
            out.append(_Denial(m, _act_of(verb), noun, m.end("verb")))
    for m in _NO_THING_DID.finditer(text):
        noun, verb = m.group("noun").lower(), m.group("verb").lower()
        if noun in _RELATIVE or _NARROWING.search(m.group("mods") or ""):
            continue
        out.append(_Denial(m, _act_of(verb), noun, m.end("verb")))
    for m in _NO_THING_HAD.finditer(text):
        noun, verb = m.group("noun").lower(), m.group("verb").lower()
        if noun in _RELATIVE or noun in ("one", "body") or _NARROWING.search(m.group("mods") or ""):
            continue
        if verb in _VERB_FAMILY or verb in _ONE_ACT:
            continue  # read by the patterns above, or an act of a family of its own
        out.append(_Denial(m, rf"{verb}|did\s+(?:{verb[:-2]}|{verb[:-1]})", noun, m.end("verb")))
    for m in (*_THERE_WERE_NO.finditer(text), *_MADE_NO.finditer(text)):
        out.append(_Denial(m, _FAMILIES[_NOUN_FAMILY[m.group("noun").lower()]], None, m.end()))
    for m in _NONE_DIED.finditer(text):
        noun = m.group("noun")
        if noun and (noun.lower() in ("one", "body") or _NARROWING.search(m.group("mods") or "")):
            continue  # 'no further deaths'; 'no one' is read by the first branch of the pattern
        if noun and noun.lower() in _RELATIVE:
            continue  # 'None of the children who died had been vaccinated': the deaths are told, the vaccination denied
        out.append(_Denial(m, _FAMILIES["death"], noun.lower() if noun else None, m.end()))
    for m in _NO_ONE.finditer(text):
        verb = m.group("verb").lower()
        family = _VERB_FAMILY.get(verb)
        out.append(_Denial(m, _FAMILIES[family] if family else verb, None, m.end()))
    return tuple(out)


def _names(text: str, word: str) -> bool:
    key = syn(stem(word))
    return any(syn(stem(w)) == key for w in re.findall(r"[A-Za-z][\w'-]*", text))


_ANIMALS_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(sheep|cattle|cow|goat|bird|fish|dog|livestock|animal|horse|chicken|pig|poultry|camel|donkey"
    r"|deer|elephant|whale|dolphin)s?\b",
    re.I,
)
"""Right after a death word: the animals it befell ('two dead sheep', 'killed 40 head of cattle')."""
_REGION_IN = re.compile(
    r"\bin\s+(?:the\s+)?((?:[A-Z][\w'’-]+\s+){1,3})(?:Province|County|Region|State|District|Prefecture|Governorate)\b"
)
"""A region an affirmation names ('in North Gyeongsang Province'), by its name."""
_IN_THE_CITY = re.compile(r"\bin\s+the\s+(?:city|town|capital|village|municipality)\b", re.I)
"""A denial told of a city ('in the city since June, though no deaths have been reported')."""
_BY_NONE_AFTER = re.compile(r"\s+by\s+(?:no|nobody|none)\b", re.I)
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:on|of|for|with|by|to|the|a|an)\s+$", re.I)
_PLURAL_AFTER = re.compile(r"\s+[a-z]{3,}s\b")


def _affirmations(text: str, act: str, denial: str = "") -> list[re.Match[str]]:
    out = []
    for m in re.finditer(r"(?<![\w-])(?:" + act + r")(?![\w-])", text, re.I):
        left = text[max(0, m.start() - 80) : m.start()]
        if _DENIED_BEFORE.search(left) or NO_EVIDENCE.search(left) or _MODAL_BEFORE.search(left):
            continue
        if _NONE_AFTER.match(text, m.end()):
            continue  # 'the recount found no irregularities': the act told with nothing found is a denial too
        if _BY_NONE_AFTER.match(text, m.end()):
            continue  # 'The attack was claimed by no group': denied by its agent
        if _ATTRIBUTIVE_BEFORE.search(left) and _PLURAL_AFTER.match(text, m.end()):
            continue  # 'the law on guaranteed services': a participle describing a noun, no act told
        if _ACT_NOUN.fullmatch(m.group()) and not _COUNTED.search(text):
            continue  # 'demanded the arrest of the factory owner': no act told as done
        if m.group().lower() == "dead" and _PLURAL_AFTER.match(text, m.end()) and not _COUNT_BEFORE.search(left):
            continue  # 'keep children away from sick or dead birds': a kind of thing, no death told ('Two dead
            # birds were found' tells one)
        if re.fullmatch(_FAMILIES["death"], m.group(), re.I) and (animals := _ANIMALS_AFTER.match(text, m.end())):
            if not re.search(rf"\b{re.escape(animals.group(1))}", denial, re.I):
                continue  # 'compensation for a damaged fence and two dead sheep': animals, no casualties (but 'No
                # fish deaths have been recorded' / 'dozens of dead fish')
        if (
            re.fullmatch(_FAMILIES["arrest"], m.group(), re.I)
            and (vessel := _VESSEL_BEFORE.search(left))
            and not re.search(r"\bof\s+(?:[\w'’-]+\s+){0,4}$", left[: vessel.start()])
        ):
            continue  # 'An Irish fishing boat has been detained': a boat held, no one arrested
        out.append(m)
    return out


def zero_against_some(fa: SentenceFacts, fb: SentenceFacts) -> tuple[ZeroConflict, bool] | None:
    """The first denial of one sentence that the other affirms, and whether the denial is in fb."""
    text_a, text_b = fa.text, fb.text
    denials_a, denials_b = _denials(text_a), _denials(text_b)
    for x, y, px, py, times_y, denials, denials_y, flipped in (
        (text_a, text_b, fa.published, fb.published, fb.times, denials_a, denials_b, False),
        (text_b, text_a, fb.published, fa.published, fa.times, denials_b, denials_a, True),
    ):
        if not denials:
            continue
        if set(_OTHER_TIME.findall(x)) ^ set(_OTHER_TIME.findall(y)):
            return None  # 'In 2014 a train derailed ..., though nobody was killed': another occasion
        acts_denied_in_y = {d.act for d in denials_y}
        for d in denials:
            if d.act in acts_denied_in_y:
                continue  # both deny it
            if _SCOPE_AFTER.match(x, d.verb_end):
                continue  # 'No arrests were made outside Spain'
            if d.noun and not _names(y, d.noun):
                continue
            if d.noun and re.search(
                rf"\b{re.escape(d.noun)}s?\s+(?:was|were|has|have|had|is|are)\s+(?:not|never)\b", y, re.I
            ):
                continue  # 'No skull has been recovered' / 'The skull was not found, but the team recovered vertebrae':
                # the other side denies the thing too, and affirms the act of other things
            mods = [w for w in (d.match.groupdict().get("mods") or "").split() if w not in _NOT_MODIFIERS]
            if not all(_names(y, w) for w in mods):
                continue  # 'no criminal investigation' / 'a preliminary investigation'
            if _RUNNING.search(x) and px is not None and py is not None and (py - px).total_seconds() > 3600:
                continue  # 'no arrests had been made so far' / a later page: 'arrested the owner overnight'
            hits = _affirmations(y, d.act, d.match.group())
            if not hits:
                continue
            if _IN_THE_CITY.search(x) and any(place.lower() not in x.lower() for place in _REGION_IN.findall(y)):
                continue  # 'no deaths have been reported' (of the city) / 'Two people have died of heatstroke in
                # North Gyeongsang Province': deaths of a wider region the denial does not speak of
            if _PERFECT.search(d.match.group()) and _dated_after(times_y, py, px):
                continue  # 'Nobody has been arrested' (a page of Thursday night) / 'Police arrested a man in his
                # twenties on Friday morning': none so far, then one, on a day after the denial's page
            h = hits[0]
            return ZeroConflict(d.match.group().strip(), d.match.span(), h.group(), h.span()), flipped
    return None
