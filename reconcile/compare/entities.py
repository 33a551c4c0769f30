"""Entity conflicts: two names, places or nationalities in one role (`compare_entities`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import timedelta
from functools import lru_cache

from rapidfuzz import fuzz

from reconcile.facts import (
    STOPWORDS,
    TITLES,
    EntityMention,
    SentenceFacts,
    stem,
    syn,
)
from reconcile.facts.entities import FIRM_NOUNS as _FIRM_NOUNS
from reconcile.facts.lexicon import (
    COUNTRIES,
    DEMONYMS,
    EVENT_PAST_FORMS,
    IRREGULAR,
    IRREGULAR_PAST,
    OF_HEADS,
    TYPE_NOUNS,
)
from reconcile.facts.places import city_in_country
from reconcile.facts.tokens import strip_accents

from .shared import (
    _GENERIC_HEADS,
    _PARTY_NICKNAMES,
    _VENUE_HEADS,
    Conflict,
    _clip,
    _given_name_variant,
    _last_word_derived,
    _name_like,
    _one_spelling,
    _same_entity,
    _same_name_tokens,
    _same_token,
    nicknamed,
    per_text,
)

_FEATURE_HEADS = frozenset(
    "river lake sea ocean mountains mountain mount forest gulf delta desert peninsula strait glacier canal reservoir".split()
)


def _natural_feature(e: EntityMention) -> bool:
    """Whether a name is a river, a lake, a mountain range or another feature of the land or sea ('the Vistula River',
    'Lake Kariba', 'Mount Kenya'): a town on it or near it is no rival to it. ('Coast', 'Bay', 'Valley', 'Hills' and
    'Island' also end names of towns and regions: 'Gold Coast', 'Byron Bay', 'Beverly Hills'.)"""
    return len(e.tokens) >= 2 and (e.tokens[-1] in _FEATURE_HEADS or e.tokens[0] in {"lake", "mount", "river"})


def _spelling_variant(a: EntityMention, b: EntityMention) -> bool:
    """Near-identical spellings of one name ('Kowalski' / 'Kowalczyk')."""
    ta, tb = list(a.tokens), list(b.tokens)
    if not ta or not tb:
        return False
    la, lb = ta[-1].replace("'s", ""), tb[-1].replace("'s", "")
    if la == lb and la in _GENERIC_HEADS | _VENUE_HEADS:
        return False  # 'Rajadamnern Stadium' / 'Ratchadamnoen Stadium': a place's name romanised two ways
    if la == lb and len(ta) == len(tb) == 2:
        return _given_name_variant(ta[0], tb[0])
    if la == lb or len(la) < 4 or len(lb) < 4 or _one_spelling(la, lb):
        return False  # 'Van Dijck' / 'van Dyck', 'Barre' / 'Bare': one name
    if len(ta) >= 2 and len(tb) >= 2 and (la.startswith(lb) or lb.startswith(la)) and abs(len(la) - len(lb)) >= 3:
        return False  # 'Vanuatu Meteorology' / 'Vanuatu Meteo': a short form, not another spelling
    if _last_word_derived(ta, tb, la, lb):
        return False  # 'Kwangyang Deep Sea Fishing' / 'Kwangyang Deep-Sea Fisheries': one name, its last word derived
        # two ways
    if la[0] != lb[0]:
        return False
    if _plural_of(la, lb) or _plural_of(lb, la):
        return False  # 'the Tea Parties' / 'the Tea Party': one name, once in the plural
    if a.text.isupper() or b.text.isupper():
        return False
    sim = float(fuzz.ratio(la, lb))
    if len(ta) >= 2 and len(tb) >= 2:
        # same first name(s), near-identical surname: 'Mark Owens' / 'Mark Owen'
        if ta[:-1] != tb[:-1] and fuzz.ratio(" ".join(ta[:-1]), " ".join(tb[:-1])) < 90:
            return False
        return sim >= 60
    # 'Democrat' / 'Democratic', 'Iran' / 'Iranian', 'Afghans' / 'Afghanistan': a derived word, not a misspelling
    a0, b0 = la.removesuffix("s"), lb.removesuffix("s")
    if la.startswith(lb) or lb.startswith(la) or a0.startswith(b0) or b0.startswith(a0):
        return False
    if a.title and b.title and a.title == b.title:
        return sim >= 65
    return sim >= 75 and max(len(la), len(lb)) >= 6


def _plural_of(x: str, y: str) -> bool:
    """Whether a word is the other's plural, or its people, by a change no surname makes ('parties' / 'party',
    'churches' / 'church', 'partiers' / 'party'; not 'Owens' / 'Owen', two surnames)."""
    return (y.endswith("y") and x in (y[:-1] + "ies", y[:-1] + "iers")) or (
        y.endswith(("s", "sh", "ch", "x", "z")) and x == y + "es"
    )  # ('Tea Partiers' / 'Tea Party': the movement's people, named from it)


_MANY_HOLDERS = frozenset(
    "senator sen representative rep justice judge congressman congresswoman mp mep councillor councilman"
    " councilwoman assemblyman assemblywoman alderman alderwoman dr professor prof officer agent detective"
    " spokesman spokeswoman spokesperson".split()
)
"""Titles many people hold at once: 'Sen. X said' / 'Sen. Y said' may both be true."""

_ROLE_TYPES = {
    "company",
    "firm",
    "operator",
    "contractor",
    "airline",
    "carrier",
    "manufacturer",
    "maker",
    "supplier",
    "insurer",
    "lender",
    "subsidiary",
    "town",
    "village",
    "city",
    "district",
    "province",
    "region",
    "county",
    "department",
    "municipality",
}


def _lone_in_prep(e: EntityMention, pool: list[EntityMention]) -> bool:
    """The only unmatched name of its sentence after this preposition."""
    prep = e.slot.partition("|")[0]
    return sum(1 for x in pool if x.slot.partition("|")[0] == prep) == 1


def _verb_head(slot_text: str) -> bool:
    """Whether the word a place's preposition hangs on is a verb ('driven into', 'taken to', 'flew
    to'), not a noun ('a trip to Afghanistan', 'an address to Congress'), which names another relation."""
    words = slot_text.split()
    if len(words) < 2:
        return True  # no head word found before the preposition: nothing says it is a noun
    w = words[0].lower()
    return w.endswith(("ed", "en")) or w in IRREGULAR or w in IRREGULAR_PAST or w in EVENT_PAST_FORMS


_REGIONS = {
    ("europe",), ("asia",), ("africa",), ("oceania",), ("antarctica",), ("america",), ("americas",),
    ("north", "america"), ("south", "america"), ("latin", "america"), ("central", "america"),
    ("middle", "east"), ("balkans",), ("scandinavia",), ("caribbean",), ("world",),
    ("southeast", "asia"), ("south", "asia"), ("east", "asia"), ("central", "asia"), ("west", "africa"),
    ("east", "africa"), ("southern", "africa"), ("north", "africa"), ("eastern", "europe"), ("western", "europe"),
    ("central", "europe"), ("southern", "europe"), ("northern", "europe"), ("gulf",), ("sahel",), ("pacific",),
}  # fmt: skip
"""Continents and world regions: wider than any country or city they are named with."""

_COUNTRY_PART = re.compile(
    r"\b(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central|northern|southern)\s+$", re.I
)


def _wider_scope(text: str, e: EntityMention) -> bool:
    """A continent or world region, or a place written as a part of it ('southeastern France', 'north-western
    Stockholm'): a scope that may hold the other side's town or district."""
    if tuple(t for t in e.tokens if t != "the") in _REGIONS:
        return True
    return e.slot.startswith("prep:") and (
        bool(_COUNTRY_PART.search(text[: e.span[0]])) or bool(_POSSESSOR.match(text, e.span[1]))
    )


_POSSESSOR = re.compile(
    r"['’]s\s+(?:[a-z][\w-]*\s+){0,3}?(?:area|region|cities|city|capital|towns?|ports?|coast|heartland|"
    r"provinces?|states?|districts?|suburbs?|outskirts|hospitals|regions|areas"
    r"|(?:north|south)(?:-?(?:east|west))?|east|west)\b"
)
"""A place written as a possessor of a part of it ('in Bolivia's largest metropolitan area')."""


_DIVISION_WORDS = frozenset(
    "prefecture province state county region oblast governorate district department canton territory"
    " voivodeship municipality".split()
)
_DIVISION_AFTER = re.compile(
    rf"\s+(?:{'|'.join(sorted(_DIVISION_WORDS))}|(?:(?:metro(?:politan)?\s+)?area|metro(?:plex)?)(?!\s+(?:of|in)\b))\b"
)
"""After a place's name, the division or the area around a city it names ('in the Phoenix area', 'the Dallas metro
area'): a region that may hold the other side's town."""


_LOWER_DIVISIONS = frozenset("county district municipality co".split())
"""Divisions of a division ('Ostrzeszów County' in 'the Wielkopolska region'), below the others' rank."""


def _admin_division(text: str, e: EntityMention) -> int:
    """The rank of a place named as a division of a country ('Fukuoka Prefecture', 'in Sindh province': 2; 'Co
    Clare', 'Ostrzeszów County': 1), 0 for none: a region that may hold the town the other sentence names, or a
    county the other's region may hold, not a rival to it."""
    if e.tokens and e.tokens[0] == "islamic":
        return 0  # 'Islamic State' is a group
    word = ""
    if len(e.tokens) >= 2 and e.tokens[-1] in _DIVISION_WORDS:
        word = e.tokens[-1]
    elif len(e.tokens) >= 2 and e.tokens[0] in _DIVISION_BEFORE:
        word = e.tokens[0]
    elif m := _DIVISION_AFTER.match(text, e.span[1]):
        word = m.group().strip().lower()
    return 0 if not word else 1 if word in _LOWER_DIVISIONS else 2


_SITE_WORDS = frozenset(
    "station plant refinery terminal airport airbase stadium arena hospital prison reactor depot smelter"
    " oilfield gasfield park".split()
)
"""Nouns that make a name a site's when they close it ('Kilroot Power Station')."""
_SITE_AFTER = re.compile(
    r"\s+(?:(?:power|pumping|gas|oil|nuclear|coal|steel|water|treatment)\s+)?"
    rf"(?:{'|'.join(sorted(_SITE_WORDS | {'mine', 'works'}))})s?\b",
    re.I,
)
"""The same nouns, and 'mine' and 'works', after a name ('the Orot Rabin power station')."""


_ANY_SITE = re.compile(
    r"\b(?:stations?|plants?|refiner(?:y|ies)|terminals?|airports?|air\s*bases?|stadi(?:um|ums|a)|arenas?|gymnasium|"
    r"halls?|centres?|centers?|hospitals?|clinics?|prisons?|jails?|mines?|dams?|reactors?|depots?|smelters?|works|"
    r"(?:oil|gas)?fields?|bases?|ports?|harbou?rs?|venues?|grounds?|parks?|facilit(?:y|ies)|factor(?:y|ies)|sites?)\b",
    re.I,
)


_SMALL_WORDS = frozenset("of the and for de du des la le les et di del della da do dos van von für der".split())


def _spelled_acronym(text: str, x: EntityMention, y: EntityMention) -> bool:
    """Whether y's acronym (before any hyphen: 'FSU' of 'FSU-SNUipp') is the initials of the words x opens in its
    sentence, up to the next punctuation ('Fédération syndicale unitaire')."""
    head = re.split(r"[-–]", y.text)[0]
    titled = 3 <= len(head) <= 4 and head[0].isupper() and head[1:].islower()  # 'Cas', as some papers write 'CAS'
    if not (2 <= len(head) <= 8 and (head.isupper() or titled) and head.isalpha()):
        return False
    phrase = re.split(r"[,;:()\[\]\"“”]", text[x.span[0] :])[0]
    words = [w for w in re.findall(r"[^\W\d_]+", phrase) if w.lower() not in _SMALL_WORDS]
    initials = "".join(w[0] for w in words[: len(head)]).lower()
    if titled and not all(w[0].isupper() for w in words[: len(head)]):
        return False  # a title-case acronym spells a name's capitalised words only ('Court of Arbitration for Sport')
    return len(words) >= len(head) and initials == head.lower()


def _site_apart(text_a: str, a: EntityMention, text_b: str, b: EntityMention) -> bool:
    """A site's name on one side ('two units at the Orot Rabin power station') against a place on the other
    whose sentence names no site at all ('two generating units at Hadera'): the town and a site that may be in
    it, not two rival places."""
    sa, sb = _named_site(text_a, a), _named_site(text_b, b)
    return (sa and not sb and (not _names_a_site(text_b) or _located_site(text_b, b))) or (
        sb and not sa and (not _names_a_site(text_a) or _located_site(text_a, a))
    )


def _site_by_town(text: str, town: EntityMention, site: EntityMention) -> bool:
    """Whether a name stands before a lower-case site noun ('the Lagos airport') that closes the other side's name
    ('Murtala Muhammed International Airport'): the kind of site told by where it is, against its own name. The
    town is one word: 'the Pierre Wertheimer hospital' is a site's own name, written in lower case."""
    m = re.match(r"\s+([a-z]+)\b", text[town.span[1] :])
    return (
        m is not None
        and len(town.tokens) == 1
        and len(site.tokens) >= 2
        and site.tokens[-1] == m.group(1)
        and m.group(1) in _SITE_WORDS | _SITE_CLOSERS | {"mine", "works"}
    )


_SITE_CLOSERS = frozenset({"centre", "center", "spaceport", "cosmodrome", "base", "port", "harbour", "harbor"})
"""Words that close a site's name besides _SITE_WORDS ('Guiana Space Centre', 'Baikonur Cosmodrome')."""


def _named_after(site: EntityMention, place: EntityMention) -> bool:
    """Whether a site's name ('Guiana Space Centre') holds the last word of the other side's place ('French
    Guiana'): a site named after the place it lies in, not a rival to it."""
    if len(site.tokens) < 2 or site.tokens[-1] not in _SITE_WORDS | _SITE_CLOSERS:
        return False
    head = place.tokens[-1] if place.tokens else ""
    # the place's own last word, not a building's name word ('Cockermouth Leisure Centre' / 'Cockermouth School')
    return len(head) >= 4 and head in site.tokens[:-1] and not set(place.tokens) & (_SITE_WORDS | _SITE_CLOSERS)


_IN_HOSPITAL = re.compile(r"\b(?:in|to|from|out\s+of)\s+hospital\b", re.I)


def _names_a_site(text: str) -> bool:
    """Whether a sentence speaks of a site ('at the plant', 'the stadium'); 'left 11 people in hospital' does not."""
    return bool(_ANY_SITE.search(_IN_HOSPITAL.sub(" ", text)))


def _named_site(text: str, e: EntityMention) -> bool:
    """A name given as a site's ('the Orot Rabin power station', 'Kilroot Power Station'): a place within a town or
    region, not a rival to the town the other sentence names. A place before the site noun after 'a' ('a Moranbah
    coal mine') says where a site is, not which it is (`_located_site`)."""
    if _located_site(text, e):
        return False
    return bool(e.tokens and e.tokens[-1] in _SITE_WORDS) or bool(_SITE_AFTER.match(text, e.span[1]))


_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.I)
_COMMON_AFTER = re.compile(r"[\s-]+([a-z]{3,})\b")


def _kind_named(text: str, e: EntityMention) -> bool:
    """A one-word name after 'a' or 'an' that describes the common noun after it ('a Camorra clan', 'a Labour
    councillor'): which kind of thing, not which one ('a Rafael Neves penalty' names who took it)."""
    nxt = _COMMON_AFTER.match(text, e.span[1])
    return (
        len(e.tokens) == 1
        and bool(_INDEFINITE_BEFORE.search(text[max(0, e.span[0] - 4) : e.span[0]]))
        and nxt is not None
        and nxt.group(1) not in STOPWORDS
        and not nxt.group(1).endswith("ed")
    )


def _located_site(text: str, e: EntityMention) -> bool:
    """A place written before a site noun after 'a' or 'an' ('at a Bowen Basin coal mine'): the site is described by
    where it lies, which a site's own name on the other side ('the Carrington North mine') does not contradict."""
    return bool(_INDEFINITE_BEFORE.search(text[max(0, e.span[0] - 4) : e.span[0]])) and bool(
        _SITE_AFTER.match(text, e.span[1])
    )


_DIVISION_BEFORE = frozenset({"co", "county"})
"""A division word written before its name ('Co Clare', 'County Durham')."""


def _owning_country(text: str, e: EntityMention, others: list[EntityMention]) -> bool:
    """A country written as the owner of what follows ("Poland's state development fund") while the
    other sentence names a body by the country's adjective ('the Polish Development Fund')."""
    if not (len(e.tokens) == 1 and e.tokens[0] in COUNTRIES and re.match(r"['’]s\b", text[e.span[1] :])):
        return False
    country = e.tokens[0]
    return any(len(o.tokens) >= 2 and o.tokens[0][:3] == country[:3] and o.tokens[0] != country for o in others)


def _years(f: SentenceFacts) -> set[int]:
    """The calendar years a sentence's dates fall in (not deadlines or other open bounds; the start of a 'since')."""
    out: set[int] = set()
    for t in f.times:
        if t.anchor != "absolute" or t.start is None or t.end is None:
            continue
        if t.modifier == "since":
            out.add(t.start.year)  # 'since June 2019, when a train left the tracks': the year of that event
        elif not t.modifier and (last := (t.end - timedelta(seconds=1)).year) - t.start.year <= 3:
            out.update(range(t.start.year, last + 1))
    return out


def _event_place_apart(fa: SentenceFacts, a: EntityMention, fb: SentenceFacts, b: EntityMention) -> bool:
    """Whether two places where something happened ('left the tracks at JFK/UMass' / 'at Kenmore') are told
    in sentences dated to different years: two events, each with its place. A seat ('Omaha-based'), an
    employer ('an economist at BCR') or a name is no event's, and holds across years."""
    for e in (a, b):
        head = e.slot_text.split()[0].lower() if e.slot_text.split() else ""
        if (
            not e.slot.startswith("prep:")
            or head in TITLES
            or head in _AFFILIATION_HEADS
            or head.endswith(("ist", "yst"))
        ):
            return False
    ya, yb = _years(fa), _years(fb)
    return bool(ya and yb and not ya & yb)


_AFFILIATION_HEADS = frozenset(
    {"director", "manager", "officer", "head", "chief", "researcher", "professor", "lecturer", "adviser", "advisor",
     "spokesman", "spokeswoman", "spokesperson", "fellow", "partner", "worker", "employee", "student", "member"}
)  # fmt: skip


_EXAMPLE_BEFORE = re.compile(r"\b(?:including|such\s+as|among\s+them)\b[^.;:()]{0,45}$", re.I)
"""Before a name: the list it opens names examples, not the whole ('including crews from New Brunswick')."""


_PLACE_OF_COUNTRY = re.compile(
    r"['’]s?\s+(?:(?:largest|biggest|second|second-largest|main|commercial|financial|ancient|former|northern|southern"
    r"|eastern|western|central)\s+)?(?:capital|city|port|region|province|state|island|coast|highway|road|motorway"
    r"|railway|airport|border|river|lake)\b"
)
"""A name as the owner of a place it holds ("Romania's capital", "Brazil's largest city")."""


_CAPITAL_OF = re.compile(r"(?:['’]s)?\s+(?:regional\s+|provincial\s+|state\s+)?capital\b")
_KNOWN_AS = re.compile(r",?\s+(?:also\s+)?(?:known|called)\s+(?:\w+\s+){0,4}?as\b")


def compare_entities(fa: SentenceFacts, fb: SentenceFacts) -> Conflict | None:
    ea = list(fa.entities)
    eb = list(fb.entities)
    if not ea or not eb:
        # 'a 52-year-old British man' / 'a 52-year-old Dutch national': a nationality needs no name
        return _anchored(_nationality_swap(fa.text, fb.text)) or _role_nationality_swap(fa.text, fb.text)
    # drop mentions that the other sentence names too (any form)
    lower_b = fb.text.lower()
    lower_a = fa.text.lower()
    ua = [a for a in ea if not any(_same_entity(a, b) for b in eb)]
    ub = [b for b in eb if not any(_same_entity(a, b) for a in ea)]
    # a capitalised word that the other sentence uses in lower case is a common word
    ua = [a for a in ua if not (len(a.tokens) == 1 and f" {a.tokens[0]} " in f" {lower_b} ")]
    ub = [b for b in ub if not (len(b.tokens) == 1 and f" {b.tokens[0]} " in f" {lower_a} ")]
    # a continent, or a part of a country ('in southeastern France'), is a scope that holds the other
    # sentence's place ('the largest seizure in Belgium' / 'in Europe'; 'in the Drôme' / 'in France')
    ua = [a for a in ua if not _wider_scope(fa.text, a)]
    ub = [b for b in ub if not _wider_scope(fb.text, b)]
    # "mayor of Romania's capital" / 'mayor of Bucharest': a place described by the country it is in
    ua = [a for a in ua if not _PLACE_OF_COUNTRY.match(fa.text, a.span[1])]
    ub = [b for b in ub if not _PLACE_OF_COUNTRY.match(fb.text, b.span[1])]
    # 'rents in the Catalan capital' / 'rents in Barcelona': a city told by the land it is the capital of
    ua = [a for a in ua if not _CAPITAL_OF.match(fa.text, a.span[1])]
    ub = [b for b in ub if not _CAPITAL_OF.match(fb.text, b.span[1])]
    # 'crews from other provinces, including New Brunswick': an example of a set the sentence does not list whole
    ua = [a for a in ua if not _EXAMPLE_BEFORE.search(fa.text[max(0, a.span[0] - 50) : a.span[0]])]
    ub = [b for b in ub if not _EXAMPLE_BEFORE.search(fb.text[max(0, b.span[0] - 50) : b.span[0]])]
    # 'Poland's development fund' / 'the Polish Development Fund': the country's own body, named twice
    ua = [a for a in ua if not _owning_country(fa.text, a, ub)]
    ub = [b for b in ub if not _owning_country(fb.text, b, ua)]
    # 'summoned ANI officials' / 'summoned Salcedo': a body's people, of whom the other side may name one
    people_a = [a for a in ua if _ITS_PEOPLE.match(fa.text, a.span[1])]
    people_b = [b for b in ub if _ITS_PEOPLE.match(fb.text, b.span[1])]
    if bool(people_a) != bool(people_b):  # ('two National Police officers' / 'two Guardia Civil officers': both bodies)
        ua = [a for a in ua if a not in people_a]
        ub = [b for b in ub if b not in people_b]
    # 'near Huangyan Island, known in the Philippines as Scarborough Shoal': a place with names of its own, of which the
    # other sentence may use a third ('near Bajo de Masinloc')
    ua = [a for a in ua if not _KNOWN_AS.match(fa.text, a.span[1])]
    ub = [b for b in ub if not _KNOWN_AS.match(fb.text, b.span[1])]
    best: Conflict | None = (
        _list_swap(fa.text, ea, fb.text, eb)
        or _agent_swap(ea, eb)
        or _one_count_two_doers(fa.text, ea, fb.text, eb)
        or _quote_speakers(fa, fb, ua, ub)
        or _anchored(_nationality_swap(fa.text, fb.text))
        or _role_nationality_swap(fa.text, fb.text)
        or _flag_swap(fa.text, fb.text)
        or _subtype_swap(fa.text, fb.text)
        or _affiliation_swap(fa.text, fb.text)
        or _party_swap(fa.text, fb.text)
        or _party_after_swap(fa.text, fb.text)
        or _party_office_swap(fa.text, fb.text)
        or _given_name_swap(fa, ea, fb, eb)
        or _surname_swap(fa, ea, fb, eb)
        or _rank_swap(fa, ea, fb, eb)
        or _one_office_two_holders(fa, ea, fb, eb)
        or _one_holder_two_offices(fa, ea, fb, eb)
        or _one_office_two_territories(fa, ea, fb, eb)
        or _one_minister_two_portfolios(fa, ea, fb, eb)
        or _route_reversed(fa.text, fb.text)
        or _qualified_twins(ea, eb)
    )
    if not ua or not ub:
        return best
    if best is None:
        best = _one_kind_two_names(ua, ub)
    for a in ua:
        for b in ub:
            c = _entity_pair(a, b, ua, ub)
            if c is not None and _nickname(fa.text, a) != _nickname(fb.text, b):
                continue  # 'Montana State beat Montana' / 'beat the Grizzlies': a team's name and its nickname
            if c is not None and _admin_division(fa.text, a) != _admin_division(fb.text, b):
                continue  # 'its factories in Fukuoka Prefecture' / 'its plant in Kitakyushu': a region, a town in it;
                # 'in Ostrzeszów County' / 'in the Wielkopolska region': a county, a region that may hold it
            if c is not None and (_spelled_acronym(fa.text, a, b) or _spelled_acronym(fb.text, b, a)):
                continue  # 'the Fédération syndicale unitaire' / 'the FSU-SNUipp': a name in its own language, whose
                # lower-case words the name reader leaves out, and its acronym
            if c is not None and _kind_named(fa.text, a) != _kind_named(fb.text, b) and not a.slot == b.slot == "based":
                continue  # 'an operation against a Camorra clan' / 'against the Vitale clan': a kind, which the
                # other side's one of that kind does not contradict
            if c is not None and (city_in_country(a.key, b.key) or city_in_country(b.key, a.key)):
                continue  # 'a company based in Aveiro' / 'registered in Portugal': a city and the country it is in
            if c is not None and (_told_of_country(fa.text, a, b) or _told_of_country(fb.text, b, a)):
                continue  # 'to Mostakbal Misr, the Egyptian state agency' / 'to Egypt': a body the sentence itself
                # places in the other side's country
            if c is not None and (_chamber_of(a, b) or _chamber_of(b, a)):
                continue  # 'its three seats in Congress' / 'its two seats in the Chamber of Representatives': a
                # legislature and one of its chambers
            if c is not None and _natural_feature(a) != _natural_feature(b):
                continue  # 'near the Vistula River' / 'near Płock': a river and a town on it
            if c is not None and (_named_after(a, b) or _named_after(b, a)):
                continue  # 'lifted off from French Guiana' / 'from the Guiana Space Centre in Kourou': a site that
                # bears the other side's place in its name, and lies in it
            if c is not None and (_site_by_town(fa.text, a, b) or _site_by_town(fb.text, b, a)):
                continue  # 'at the Lagos airport' / 'at the Murtala Muhammed International Airport': one site, named
                # by its town on one side and by its own name on the other
            if (
                c is not None
                and _numbered_road(fa.text, a) != _numbered_road(fb.text, b)
                and (_ROAD_HEADS & {a.tokens[-1], b.tokens[-1]})
            ):
                continue  # 'on the Inter-American Highway' / 'on Route 2': a road by its name and by its number
            if (
                c is not None
                and _numbered_road(fa.text, a)
                and _numbered_road(fb.text, b)
                and _ROAD_NUMBER.match(fa.text, a.span[1]).group().strip(" -")  # type: ignore[union-attr]
                == _ROAD_NUMBER.match(fb.text, b.span[1]).group().strip(" -")  # type: ignore[union-attr]
            ):
                continue  # 'closed Highway 178' / 'closed State Route 178': one road's number, under two of its kinds
            if (
                c is not None
                and a.slot == b.slot
                and a.slot.removeprefix("subj:") in _ESTIMATING
                and set(_FIGURES.findall(fa.text)) != set(_FIGURES.findall(fb.text))
            ):
                continue  # 'the Met Office estimated that about 15 million' / 'Civil Protection estimated that 18
                # million': two bodies' estimates, each its own ('Meridian estimates $6 billion to $9 billion' /
                # 'Karlin estimated $6 billion to $9 billion' credit one estimate to two)
            if c is not None and _site_apart(fa.text, a, fb.text, b):
                continue  # 'two generating units at Hadera' / 'two units at the Orot Rabin power station': a
                # town, a site that may be in it
            if c is not None and _two_role_owners(fa.text, a, ea, fb.text, b, eb):
                continue  # 'Płock goalkeeper Mirko Alić' / 'Veszprém goalkeeper Rodrigo Carrasco': each side's own
            if c is not None and _event_place_apart(fa, a, fb, b):
                continue  # 'since June 2019, when a train left the tracks at JFK/UMass' / 'after Green Line cars left
                # the tracks at Kenmore in March': two events of two years, each with its place
            if c is not None and (_later_step(fa.text, a) or _later_step(fb.text, b)):
                continue  # 'taken to Prince Hashem hospital in Aqaba' / 'four of them were later flown to
                # Amman': a later step of the story, not the same one told twice
            if c is not None and a.slot == b.slot == "based":
                oa, ob = _owner(fa.text, a, ea), _owner(fb.text, b, eb)
                if (
                    oa is not None
                    and ob is not None
                    and fa.text[oa.span[1] :].startswith(",")
                    and fb.text[ob.span[1] :].startswith(",")
                    and not _same_entity(oa, ob)
                ):
                    continue  # 'Norrvik, a Sweden-based maker' / 'Saimaa, the Lappeenranta-based maker': two seats of two firms
                if (oa is not None and ob is None and _trade_names_other(fb.text, b, oa, ea)) or (
                    ob is not None and oa is None and _trade_names_other(fa.text, a, ob, eb)
                ):
                    continue  # 'Calloway Foods, the Chicago-based maker of frozen meals, is offering $5.1 billion for
                    # Brightmoor Snacks' / 'the Columbus, Ohio-based snack maker': the trade named is the other firm's
            if c is not None and (best is None or c.confidence > best.confidence):
                best = c
            if c is not None and a.slot == b.slot == "based":
                oa, ob = _owner(fa.text, a, ea), _owner(fb.text, b, eb)
                if oa is not None and ob is not None and _same_entity(oa, ob):
                    expl = f"entity: {oa.text} based in {a.text} vs {b.text}"
                    return replace(c, anchored=True, explanation=_clip(expl))
                da, db = _definite_owner(fa.text, a), _definite_owner(fb.text, b)
                if oa is None and ob is None and da and da == db:
                    expl = f"entity: the {da} based in {a.text} vs {b.text}"
                    return replace(c, anchored=True, explanation=_clip(expl))
    return best


_LEGISLATURES = frozenset({"congress", "parliament", "legislature"})
_CHAMBERS = frozenset({"chamber", "house", "senate", "commons", "lords", "assembly"})


def _chamber_of(whole: EntityMention, part: EntityMention) -> bool:
    """Whether one name is a legislature told whole ('Congress', 'Parliament') and the other a chamber ('the Chamber of
    Representatives', 'the Senate'), which may be of it."""
    return bool(set(whole.tokens) & _LEGISLATURES) and len(whole.tokens) <= 2 and bool(set(part.tokens) & _CHAMBERS)


_ROLE_BETWEEN = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+){1,2}")


def _role_owner(text: str, e: EntityMention, pool: Sequence[EntityMention]) -> EntityMention | None:
    """The name a person's role is qualified by, right before it ('Płock goalkeeper Mirko Alić',
    'Barcelona's coach Juan Pérez'), else None."""
    for x in pool:
        gap = text[x.span[1] : e.span[0]]
        if x.span[1] <= e.span[0] and _ROLE_BETWEEN.fullmatch(gap):
            role = gap.split()[-1]
            if role not in STOPWORDS and not role.endswith(("ed", "ing")):
                return x  # a role noun, not a verb and its preposition ('LePage took to Twitter')
    return None


def _two_role_owners(
    text_a: str,
    a: EntityMention,
    ea: Sequence[EntityMention],
    text_b: str,
    b: EntityMention,
    eb: Sequence[EntityMention],
) -> bool:
    """Whether two people hold one role for two different owners ('Płock goalkeeper' / 'Veszprém
    goalkeeper'): two roles, not one told with two names."""
    oa, ob = _role_owner(text_a, a, ea), _role_owner(text_b, b, eb)
    if oa is not None and ob is not None and (_common_word_owner(oa, text_b) or _common_word_owner(ob, text_a)):
        return False  # 'Leverkusen fire chief Hartmut Seidel' / 'Fire chief Hartmut Seifert': a capitalised first word
    return oa is not None and ob is not None and not _same_entity(oa, ob)


def _common_word_owner(o: EntityMention, other: str) -> bool:
    """An owner that is only a sentence's capitalised first word, which the other sentence writes in lower case
    ('Fire chief ...' / '... fire chief ...')."""
    return o.span[0] == 0 and len(o.tokens) == 1 and f" {o.tokens[0]} " in f" {other.lower()} "


_LATER = re.compile(r"\b(?:later|subsequently|afterwards|then)\s+(?:\w+\s+){0,3}$", re.I)


def _later_step(text: str, e: EntityMention) -> bool:
    """Whether the clause naming a place or body says it came later ('were later flown to Amman')."""
    clause = re.split(r"[,;:]|\band\b", text[: e.span[0]])[-1]
    return bool(_LATER.search(clause))


_QUOTED = per_text(re.compile(r"[“\"]([^”\"]{12,})[”\"]"))
_QUOTE_RUN = 5
"""Words in a row two quotations must share to be one quotation."""


def _quoted_runs(text: str) -> set[tuple[str, ...]]:
    runs: set[tuple[str, ...]] = set()
    for m in _QUOTED.finditer(text):
        w = re.findall(r"[a-z0-9']+", m.group(1).lower().replace("’", "'"))
        runs |= {tuple(w[k : k + _QUOTE_RUN]) for k in range(len(w) - _QUOTE_RUN + 1)}
    return runs


_SPEECH = re.compile(r"\b(?:said|says|told|added|tweeted|wrote)\b")
_BEFORE_SPEECH = re.compile(r"\s*(?:,\s*)?(?:[^,;:\"“”]{1,80},\s*)?")
"""What may stand between a speaker's name and the verb: nothing, the comma closing an apposition
('Voltrek's chief operating officer, Raj Menon, said') or an apposition ('Luca Ravaglia, the mayor
of Faenza, said')."""
_AFTER_SPEECH = re.compile(
    r"\s+(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s\s+|(?:the|his|her|their|its)\s+(?:[a-z]+['’]s\s+)?)?"
    r"(?:[a-z-]+\s+){0,4}?(?:[a-z-]+,\s+)?"
    r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt)\.?\s+)?"
)
"""What may stand between the verb and the speaker's name: a title ('said Labour's parliamentary
leader Tonje Hagen', 'said the government spokesman, Nikos Vlachos', 'said Dr. Miriam Okafor', 'said
his coach, Haile Bekele', 'said the company's chair, Ingrid Solberg')."""


def _speaker(text: str, pool: list[EntityMention]) -> EntityMention | None:
    """The named person a sentence credits with its words: the name right before a verb of saying
    (with an apposition between at most) or right after it ('said Ana Portela')."""
    people = sorted(
        (e for e in pool if not re.match(r"['’]s\b", text[e.span[1] :])),  # not 'Labour's' in 'Labour's leader X'
        key=lambda e: e.span,
    )
    for v in _SPEECH.finditer(text):
        if re.search(r"\b(?:he|she|they|I|we|it)\s+$", text[: v.start()], re.I):
            continue  # 'she told MSNBC's Joy Reid': the speaker is not named here
        for e in people:
            if e.span[1] <= v.start() and _BEFORE_SPEECH.fullmatch(text[e.span[1] : v.start()]):
                return e
            gap = text[v.end() : e.span[0]]
            if (
                e.span[0] >= v.end()
                and v.group() != "told"  # 'told Joy Reid': the listener
                and _AFTER_SPEECH.fullmatch(gap)
                and not any(
                    w in STOPWORDS
                    for w in re.findall(r"\b[a-z]{2,}\b", re.sub(r"^\s+(?:the|his|her|their|its)\b", "", gap))
                )
            ):
                later = [x for x in people if x.span[0] >= e.span[1] and x.title]
                if later and re.fullmatch(r"\s+(?:[a-z-]+\s+){1,3}", text[e.span[1] : later[0].span[0]]):
                    return later[0]  # 'said RFS spokesman Liam Corrigan': the organisation, then its speaker
                return e
            if (
                e.span[0] >= v.end()
                and e.title
                and v.group() != "told"
                and re.fullmatch(r"\s+(?:[A-Z][\w.'’-]*\s+){1,4}", gap)
            ):
                return e  # 'said Kansas Agriculture Secretary Hollis Brandeberry': a title in capitals
    return None


def _quote_speakers(
    fa: SentenceFacts, fb: SentenceFacts, ua: list[EntityMention], ub: list[EntityMention]
) -> Conflict | None:
    """One quotation credited to two people: '"The train had no way of stopping in time," said Ana
    Portela' / 'CP spokeswoman Ana Pereira said the driver "had no way of stopping in time"'. Each
    sentence's speaker is a name the other sentence does not mention at all."""
    if not _quoted_runs(fa.text) & _quoted_runs(fb.text):
        return None
    a, b = _speaker(fa.text, list(fa.entities)), _speaker(fb.text, list(fb.entities))
    if a is None or b is None:
        return None  # no named speaker
    if a.etype or b.etype:
        return None  # 'the Austin-based company': not a person
    if _same_name_tokens(a, b):
        return None  # 'Tariq Al Mansoori' / 'Tareq Al Mansouri': one speaker, transliterated twice
    if _names_person(fb.text, a) or _names_person(fa.text, b):
        return None  # the other sentence names this person too ('Trump said' / 'Sanders said Trump had said');
        # as an owner it does not ("said Lindqvist's campaign manager, Priya Sandoval")
    expl = f"entity: {a.text} vs {b.text} (quoted)"
    return Conflict("entity", a.text, b.text, a.key, b.key, _clip(expl), 0.75, a.span, b.span)


def _names_person(text: str, e: EntityMention) -> bool:
    """Whether a sentence names the person e other than as an owner ('Lindqvist's campaign manager')."""
    return re.search(rf"\b{re.escape(e.tokens[-1])}\b(?!['’]s\b)", strip_accents(text).lower()) is not None


_DEFINITE_BEFORE = re.compile(r"\b[Tt]he\s+([a-z]+)\s*,\s*(?:which\s+is\s+)?$")
_TYPE_AFTER = re.compile(r"\s*([a-z]+)\b")


def _definite_owner(text: str, e: EntityMention) -> str:
    """The kind of thing an unnamed owner of a seat is, when the sentence names it 'the <kind>' around
    the seat ('The Austin-based company', 'The company, headquartered in San Jose'), else ''."""
    if e.slot_text.endswith("-based"):  # 'The Austin, Texas-based company'
        m = _TYPE_AFTER.match(text, e.span[1] + len("-based") if text[e.span[1] :].startswith("-based") else e.span[1])
        head = text[: e.span[0]]
        if m and m.group(1) in TYPE_NOUNS and re.search(r"\b[Tt]he\s+(?:[A-Z][\w.]*,?\s+){0,3}$", head):
            return m.group(1)
        return ""
    m = _DEFINITE_BEFORE.search(text[: max(0, e.span[0] - len(e.slot_text) - 1)])
    return m.group(1) if m and m.group(1) in TYPE_NOUNS else ""


_APPOSITION = re.compile(r",\s+(?:a|an|the|which|that|who)\b[^,;.()]{0,40}$", re.IGNORECASE)


def _owner(text: str, e: EntityMention, pool: Sequence[EntityMention]) -> EntityMention | None:
    """Whose seat a 'based' place is: the name right before it in an apposition or relative clause
    ('Gulfstar, a Dubai-based operator', 'NordLift, which is based in Trondheim'), else None."""
    if m := _BASED_BEFORE_NAME.match(text, e.span[1]):
        after = [x for x in pool if x.span[0] >= m.end() - 1 and x.slot != "based"]
        return min(after, key=lambda x: x.span[0]) if after else None  # 'the Stuttgart-based group Kessler Holding'
    before = [x for x in pool if x.span[1] <= e.span[0] and x.slot != "based"]
    if not before:
        return None
    owner = max(before, key=lambda x: x.span[1])
    if re.match(r"['’]s?\b", text[owner.span[1] :]):
        return None  # "Nimbara's largest shareholder, the Stuttgart-based ...": the seat of what the name owns
    return owner if _APPOSITION.search(text[owner.span[1] : e.span[0]]) else None


_TRADE_AFTER_BASED = re.compile(r"-based\s+((?:[a-z][a-z-]*\s+){1,3})")


def _trade_names_other(text: str, e: EntityMention, owner: EntityMention, pool: Sequence[EntityMention]) -> bool:
    """Whether a seat with no named owner ('the Columbus, Ohio-based snack maker') names by its trade a firm of the
    other sentence ('Brightmoor Snacks') that is not the one the other sentence's seat belongs to ('Calloway Foods')."""
    m = _TRADE_AFTER_BASED.match(text, e.span[1])
    if m is None:
        return False
    trade = {stem(w) for w in m.group(1).split()} - {stem(w) for w in TYPE_NOUNS} - STOPWORDS
    if not trade or trade & {stem(w) for w in owner.tokens}:
        return False
    return any(x is not owner and x.slot != "based" and trade & {stem(w) for w in x.tokens} for x in pool)


_BASED_BEFORE_NAME = re.compile(rf"(?:-based\s+(?:[a-z-]+\s+){{0,3}}|\s+(?:{_FIRM_NOUNS}|group)\s+)(?=[A-Z])")
"""'the Stuttgart-based investment group Kessler Holding', 'Sydney firm Harbourline Constructions': the name the seat
belongs to comes after it."""


_NOT_NATIONALITY = {
    "democratic", "republican", "conservative", "socialist", "communist", "catholic", "muslim", "christian",
    "jewish", "western", "eastern", "northern", "southern", "soviet", "federal", "national", "european",
    "african", "asian", "arab", "latin", "nordic", "baltic",
}  # fmt: skip
_NAME = r"[A-Z][\w&'’.]*(?:[ -][A-Z][\w&'’.]*){0,3}"
_DEMONYM = r"[A-Z][a-z]+(?![\w-])"
_NATIONALITY_PATTERNS = (
    # 'Fjordlink, a Norwegian operator'
    re.compile(
        rf"(?=(?P<name>{_NAME}),\s+(?:a|an|the)\s+(?P<dem>{_DEMONYM})\s+(?:[a-z]+\s+){{0,2}}?(?P<noun>[a-z]+)\b)"
    ),
    # 'the Norwegian operator Fjordlink', 'built by Austrian manufacturer Alpenlift', 'Swiss drugmaker Halden
    # Therapeutics', 'the American investment fund Calder Ridge Partners'
    re.compile(
        rf"(?=(?:\b(?:[Aa]|[Aa]n|[Tt]he|by|from|of|with|to|for|and)\s+|^)(?P<dem>{_DEMONYM})\s+(?:[a-z]+\s+)?"
        rf"(?P<noun>[a-z]+)\s+(?P<name>{_NAME}))"
    ),
)


@lru_cache(maxsize=1 << 14)
def _nationalities(text: str) -> tuple[tuple[str, str, str, tuple[int, int]], ...]:
    """(name, nationality, noun, span of the nationality) for each named thing the sentence gives a
    nationality in apposition or before its name ('Fjordlink, a Norwegian operator')."""
    out = []
    for pat in _NATIONALITY_PATTERNS:
        for m in pat.finditer(text):  # overlapping: 'the French arm of Belgian group Vandermeer Energy'
            dem = m.group("dem").lower()
            if dem in _NOT_NATIONALITY or not (dem in DEMONYMS or dem.endswith(("ian", "ish", "ese", "ean"))):
                continue
            if m.group("noun") not in TYPE_NOUNS and not m.group("noun").endswith(("maker", "firm", "fund", "group")):
                continue
            out.append((m.group("name").lower().rstrip(".’'"), dem, m.group("noun"), m.span("dem")))
    return tuple(out)


_PERSON = r"(?P<name>[A-Z][\w'’-]+?(?:\s+[A-Z][\w'’-]+?){1,2})(?=['’]s\b|(?![\w'’-]))"
_PERSON_NATIONALITY_PATTERNS = (
    # 'Kenya's Joyline Chebet'
    re.compile(rf"\b(?P<dem>[A-Z][a-z]+)['’]s\s+{_PERSON}(?!['’]s)"),
    # 'Joyline Chebet of Kenya' (not 'of Kenya's ...')
    re.compile(rf"{_PERSON}\s+of\s+(?P<dem>[A-Z][a-z]+)\b(?!['’]s|\s+[A-Z])"),
    # 'Frenchman Hugo Lemaire', 'Brazilian director Caio Mendonça', 'Czech second seed Tereza Halkova'
    re.compile(rf"(?:^|(?<=[\s(]))(?P<dem>[A-Z][a-z]+)(?:\s+(?:[a-z]+\s+)?(?P<role>[a-z]+))?\s+{_PERSON}"),
    # 'Mette Bjerregaard, the Danish director'
    re.compile(rf"{_PERSON},\s+(?:a|an|the)\s+(?P<dem>[A-Z][a-z]+)\s+(?P<role>[a-z]+)\b"),
)
_AGED_NATIONAL = per_text(
    re.compile(
        r"\b(?P<age>\d{1,3})-year-old\s+(?P<dem>[A-Z][a-z]+)(?:\s+(?P<noun>man|woman|national|citizen|driver|tourist"
        r"|resident|student|pilot))?\b"
    )
)
"""'a 52-year-old British man', 'The 27-year-old Dutchman': one person by age and nationality."""
_ROLE_WORDS = {
    "star", "coach", "captain", "champion", "national", "citizen", "student", "envoy", "diplomat", "tycoon",
    "chef", "pilot", "poet", "cyclist", "artist", "novelist", "journalist", "tourist", "activist", "scientist",
    "forward", "midfielder", "goalkeeper", "grandmaster", "veteran", "rookie", "actress", "heiress", "chief",
    "seed", "shuttler", "skier", "swimmer", "boxer", "golfer", "sprinter", "climber",
}  # fmt: skip
_NOT_ROLE = {"never", "later", "after", "over", "under", "rather", "either", "neither", "whether", "other", "ever"}


def _is_role(word: str | None) -> bool:
    """A noun that may stand between a nationality and a name ('Brazilian director Caio Mendonça'), not a
    verb ('the Indian overcame Fabiano Caruana')."""
    if word is None:
        return True
    return word in _ROLE_WORDS or (word.endswith(("er", "or", "ist", "man", "woman")) and word not in _NOT_ROLE)


_NOT_PERSON_WORD = {w.title() for w in TYPE_NOUNS} | {
    "President", "Prime", "Minister", "Ministry", "Republic", "Kingdom", "Embassy", "Government", "Council",
    "Cup", "Open", "Grand", "Prix", "League", "Championship", "Games", "Olympics", "Festival", "Prize",
    "Award", "Awards", "Police", "Army", "Navy", "Force", "Authority", "Office", "Commission", "Committee",
    "National", "Federal", "Central", "Supreme", "High", "Airways", "Airlines", "Railways", "Group",
    "Institute", "Foundation", "Museum", "Station", "Street", "Road", "Square", "Park", "River", "Lake",
}  # fmt: skip
_DEMONYM_FOR = {
    "france": "french", "netherlands": "dutch", "holland": "dutch", "spain": "spanish", "switzerland": "swiss",
    "denmark": "danish", "finland": "finnish", "poland": "polish", "ireland": "irish", "philippines": "filipino",
    "england": "british", "scotland": "british", "wales": "british", "britain": "british", "english": "british",
    "scottish": "british", "welsh": "british", "america": "american", "iceland": "icelandic",
}  # fmt: skip


_COUNTRY_STARTS = {c[:4] for c in COUNTRIES}


def _told_of_country(text: str, e: EntityMention, country: EntityMention) -> bool:
    """Whether a sentence tells its own name as being of the other side's country, in an apposition right after it
    ('Mostakbal Misr, the Egyptian state agency' against 'Egypt'); the name itself no country."""
    key = _nation_key(country.text)
    if key is None or _nation_key(e.text) is not None:
        return False
    m = re.match(r",\s+(?:the|an?)\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)", text[e.span[1] :])
    return m is not None and any(_nation_key(w) == key for w in re.findall(r"[A-Z][a-z]+", m.group(1)))


def _nation_key(word: str) -> str | None:
    """A country or a person's nationality, one form for both ('Kenya', 'Kenyan' -> 'keny'), or None
    when the word is neither."""
    w = word.lower()
    w = re.sub(r"(?:wo)?m[ae]n$", "", w) if w.endswith(("man", "men")) and len(w) > 6 else w  # 'Frenchman'
    if w in _NOT_NATIONALITY:
        return None
    if w in COUNTRIES or w in _DEMONYM_FOR or w in DEMONYMS:
        return _DEMONYM_FOR.get(w, w)[:4]
    if w.endswith(("ian", "ean", "an", "ese", "i")) and w[:4] in _COUNTRY_STARTS:
        return w[:4]  # 'Kenyan', 'Ethiopian', 'Belgian': the country's own first letters
    return None


@lru_cache(maxsize=1 << 14)
def _person_nationalities(text: str) -> tuple[tuple[str, str, tuple[int, int]], ...]:
    """(name, nationality key, span of the nationality) for each named person the sentence gives a
    country ('Kenya's Joyline Chebet', 'Joyline Chebet of Kenya', 'Frenchman Hugo Lemaire')."""
    out = []
    for pat in _PERSON_NATIONALITY_PATTERNS:
        for m in pat.finditer(text):
            name = m.group("name").split()
            if any(w in _NOT_PERSON_WORD or w.upper() == w for w in name):
                continue  # 'Kenya's Supreme Court', 'Spain's La Liga', 'Italy's ENI Group'
            if "role" in m.groupdict() and not _is_role(m.group("role")):
                continue
            key = _nation_key(m.group("dem"))
            if key is None or (pat is _PERSON_NATIONALITY_PATTERNS[2] and m.group("dem").lower() in COUNTRIES):
                continue  # 'Kenya Airways chief Allan Kilavuka': a country before a name is not a nationality
            out.append((" ".join(name).lower(), key, m.span("dem")))
    return tuple(out)


def _name_key(name: str) -> str:
    """A person's name without accents, the Nordic å written aa ('Bjerregård' / 'Bjerregaard')."""
    return strip_accents(name.replace("å", "aa").replace("Å", "Aa")).lower()


_FLAGGED = per_text(
    re.compile(r"\b(?!(?:The|A|An|Its|Their)\b)([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)[- ]flagged\s+([\w'’-]+)")
)


def _flag_swap(text_a: str, text_b: str) -> Conflict | None:
    """One ship under two flags: 'The Liberian-flagged Pacific Meridian' / 'The Panama-flagged vessel, the
    Pacific Meridian'. Each sentence flags one ship, the same one (the word after the flag, or a name both
    sentences use), and neither names the other's flag state."""
    ma, mb = list(_FLAGGED.finditer(text_a)), list(_FLAGGED.finditer(text_b))
    if len(ma) != 1 or len(mb) != 1:
        return None
    a, b = ma[0], mb[0]
    fa, fb = a.group(1).lower(), b.group(1).lower()
    if _same_token(fa, fb) or _same_token(fb, fa):
        return None
    low_a, low_b = text_a.lower(), text_b.lower()
    if any(_same_token(w, fb) for w in re.findall(r"[a-z]+", low_a)) or any(
        _same_token(w, fa) for w in re.findall(r"[a-z]+", low_b)
    ):
        return None  # 'reflagged from Panama to Liberia': both flags told
    names_a = set(re.findall(r"(?<=\s)[A-Z][a-z]+", text_a)) - set(a.group(1).split())
    names_b = set(re.findall(r"(?<=\s)[A-Z][a-z]+", text_b)) - set(b.group(1).split())
    if a.group(2).lower() != b.group(2).lower() and not names_a & names_b:
        return None  # two ships, or no telling
    expl = f"entity: flag {a.group(1)} vs {b.group(1)}"
    return Conflict("entity", a.group(1), b.group(1), fa, fb, _clip(expl), 0.8, a.span(1), b.span(1))


_FLU_SUBTYPE = per_text(re.compile(r"\bH\d{1,2}N\d{1,2}\b"))
"""An influenza A subtype by its two surface proteins ('H5N1', 'H7N9')."""


def _subtype_swap(text_a: str, text_b: str) -> Conflict | None:
    """One virus given two subtypes: 'genetic tests showed the H5N1 subtype' / 'confirmed the H5N8 subtype'. Each
    sentence names one subtype, and neither names the other's."""
    ma, mb = set(_FLU_SUBTYPE.findall(text_a)), set(_FLU_SUBTYPE.findall(text_b))
    if len(ma) != 1 or len(mb) != 1 or ma == mb:
        return None
    a, b = _FLU_SUBTYPE.search(text_a), _FLU_SUBTYPE.search(text_b)
    assert a is not None and b is not None
    expl = f"entity: subtype {a.group()} vs {b.group()}"
    return Conflict(
        "entity", a.group(), b.group(), a.group().lower(), b.group().lower(), _clip(expl), 0.8, a.span(), b.span()
    )


def _anchored(c: Conflict | None) -> Conflict | None:
    return replace(c, anchored=True) if c is not None else None


def _nationality_swap(text_a: str, text_b: str) -> Conflict | None:
    """One named company, party or person of one kind given two nationalities: 'Fjordlink, a Norwegian
    operator' / 'Fjordlink, a Danish operator'; 'Kenya's Joyline Chebet' / 'Ethiopia's Joyline Chebet'."""
    for name_a, dem_a, noun_a, span_a in _nationalities(text_a):
        for name_b, dem_b, noun_b, span_b in _nationalities(text_b):
            if (
                name_a == name_b
                and dem_a != dem_b
                and (syn(stem(noun_a)) == syn(stem(noun_b)) or len(name_a.split()) >= 2)
            ):
                expl = f"entity: {name_a.title()} {dem_a.title()} vs {dem_b.title()}"
                a, b = text_a[span_a[0] : span_a[1]], text_b[span_b[0] : span_b[1]]
                return Conflict("entity", a, b, dem_a, dem_b, _clip(expl), 0.8, span_a, span_b)
    for name_a, key_a, span_a in _person_nationalities(text_a):
        for name_b, key_b, span_b in _person_nationalities(text_b):
            if _name_key(name_a) == _name_key(name_b) and key_a != key_b:
                a, b = text_a[span_a[0] : span_a[1]], text_b[span_b[0] : span_b[1]]
                expl = f"entity: {name_a.title()}: {a} vs {b}"
                return Conflict("entity", a, b, key_a, key_b, _clip(expl), 0.8, span_a, span_b)
    aged_a, aged_b = list(_AGED_NATIONAL.finditer(text_a)), list(_AGED_NATIONAL.finditer(text_b))
    if len(aged_a) == len(aged_b) == 1:
        # 'The alleged ringleader, a 52-year-old British man' / 'The suspected ringleader, a 52-year-old Dutch
        # national': one person, one age, two nationalities
        ma, mb = aged_a[0], aged_b[0]
        key_a, key_b = _nation_key(ma.group("dem")), _nation_key(mb.group("dem"))
        if ma.group("age") == mb.group("age") and key_a and key_b and key_a != key_b:
            a, b = ma.group("dem"), mb.group("dem")
            expl = f"entity: the {ma.group('age')}-year-old: {a} vs {b}"
            return Conflict("entity", a, b, key_a, key_b, _clip(expl), 0.8, ma.span("dem"), mb.span("dem"))
    return None


_PERSON_ROLES = frozenset(
    stem(w)
    for w in (
        "guide", "climber", "mountaineer", "tourist", "hiker", "skier", "trekker", "porter", "sherpa", "national",
        "citizen", "man", "woman", "boy", "girl", "worker", "soldier", "pilot", "sailor", "fisherman", "student",
        "driver", "journalist", "passenger", "volunteer", "engineer", "aid", "nurse", "doctor", "diver", "cyclist",
    )
)  # fmt: skip
"""Nouns for people told apart by nationality when a story lists its victims or its crew ('an Argentine guide and a
Brazilian climber')."""
_ROLE_NATIONAL = re.compile(
    r"\b(?:a|an|the|their|his|her|its|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:[\w-]*\d[\w-]*\s+)?(?P<dem>[A-Z][a-z]+)\s+(?:[a-z]+\s+)?(?P<role>[a-z]+)\b"
    r"|\b(?P<role2>[a-z]+)\s+from\s+(?P<dem2>[A-Z][a-z]+)\b(?![\w-])"
)
"""'two British climbers', 'their Swiss guide', 'a 24-year-old Austrian tourist', 'a tourist from Germany'."""


@lru_cache(maxsize=1 << 14)
def _role_nationalities(text: str) -> dict[str, set[str]]:
    """The nationalities a sentence gives to people of each role ('an Argentine guide and a Brazilian climber':
    guide -> {arge}, climber -> {braz})."""
    out: dict[str, set[str]] = {}
    for m in _ROLE_NATIONAL.finditer(text):
        dem, role = (m.group("dem"), m.group("role")) if m.group("dem") else (m.group("dem2"), m.group("role2"))
        key = _nation_key(dem)
        r = stem(role)
        if key is None or r not in _PERSON_ROLES:
            continue
        out.setdefault(r, set()).add(key)
    return out


def _role_nationality_swap(text_a: str, text_b: str) -> Conflict | None:
    """People of one role given other nationalities by the two sentences ('an Argentine guide and a Brazilian
    climber' / 'an Argentine guide and a Chilean climber'; 'their Swiss guide' / 'an Italian guide'). Neither
    sentence may name the other's nationality anywhere ('a Swiss guide working for an Italian agency'); a
    conflict of one fact slot only where the pair scores as one claim (not anchored)."""
    ra, rb = _role_nationalities(text_a), _role_nationalities(text_b)
    roles = ra.keys() & rb.keys()
    if not roles:
        return None
    # every capitalised word of each side with the nation it names, if any
    words_a = [(m, _nation_key(m.group())) for m in re.finditer(r"[A-Z][a-z]+", text_a)]
    words_b = [(m, _nation_key(m.group())) for m in re.finditer(r"[A-Z][a-z]+", text_b)]
    na, nb = {k for _, k in words_a}, {k for _, k in words_b}
    for role in roles:
        xa, xb = ra[role], rb[role]
        if xa & xb or xb & na or xa & nb:
            continue
        va, vb = sorted(xa)[0], sorted(xb)[0]
        ma = next(m for m, k in words_a if k == va)
        mb = next(m for m, k in words_b if k == vb)
        expl = f"entity: the {role}: {ma.group()} vs {mb.group()}"
        return Conflict("entity", ma.group(), mb.group(), va, vb, _clip(expl), 0.75, ma.span(), mb.span())
    return None


def names_nationality(text: str) -> bool:
    """Whether a sentence gives a named thing or a person of some age a nationality: the pipeline pairs such
    sentences whatever their pair score (`_nationality_swap` is a conflict of one named thing)."""
    return bool(_nationalities(text) or _person_nationalities(text) or _AGED_NATIONAL.search(text))


_INSTITUTION = (
    r"(?:University|Institute|College|Hospital|Observatory|Laboratory|Academy|Museum|School|Bank|Capital|Securities"
    r"|Management|Partners|Investments|Advisers|Advisors|Economics|Research|Consulting|Analytics)"
)
_AFFILIATION = per_text(
    re.compile(
        r"(?P<person>[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+){0,2})(?:,\s+(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,2}[a-z-]+)?"
        r",?\s+(?:at|of|from)\s+(?:the\s+)?"
        rf"(?P<org>(?:[A-Z][\w'’&.-]*\s+){{0,3}}{_INSTITUTION}(?:\s+(?:of|for)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})?)"
    )
)


_PARTY_WORDS = frozenset(
    "labour conservative tory green liberal democrat democratic republican independent socialist communist"
    " centrist unionist nationalist".split()
)
_PARTY_TITLE = per_text(
    re.compile(
        r"\b(?P<party>[A-Z][a-z]+|[A-Z]{2,5})\s+(?P<title>councillor|councilor|MP|MSP|MEP|senator|Sen\.|Rep\."
        r"|representative|assemblyman|assemblywoman|congressman|congresswoman|lawmaker|mayor|candidate)"
        r"\s+(?P<person>(?:[A-Z][\w'’-]+\s?){1,3})"
    )
)


def _party_swap(text_a: str, text_b: str) -> Conflict | None:
    """One person given two parties before one title: 'Green councillor Heather Marsh' / 'Labour
    councillor Heather Marsh' (the words of parties, or an acronym: 'SNP MSP')."""
    for ma in _PARTY_TITLE.finditer(text_a):
        for mb in _PARTY_TITLE.finditer(text_b):
            pa, pb = ma.group("party"), mb.group("party")
            if ma.group("title").lower() != mb.group("title").lower() or pa == pb:
                continue
            if ma.group("person").split()[-1] != mb.group("person").split()[-1]:
                continue
            if not all(p.lower() in _PARTY_WORDS or p.isupper() for p in (pa, pb)):
                continue
            expl = f"entity: {mb.group('person').strip()}: {pa} vs {pb}"
            return Conflict(
                "entity", pa, pb, pa.lower(), pb.lower(), _clip(expl), 0.8, ma.span("party"), mb.span("party")
            )
    return None


_PARTY_AFTER = per_text(
    re.compile(
        r"(?P<person>[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)(?:\s+\((?P<p1>[A-ZÄÖÜ]{2,6})\)|\s+of\s+the\s+(?P<p2>[A-ZÄÖÜ]{2,6})\b(?!\s+[A-Z])"
        r"|,\s+an?\s+(?P<p3>[A-ZÄÖÜ]{2,6}|[A-Z][a-z]+)\s+(?:politician|member|lawmaker|legislator|councillor|councilor|deputy"
        r"|MP|senator))"
    )
)
"""A person's party told after the name: 'Katrin Dahlmann (CDU)', 'Katrin Dahlmann of the CDU', 'Katrin Dahlmann, an SPD
politician'."""


_BODY_NAME_WORDS = frozenset(
    "situations emergency emergencies inspectorate authority service services police institute group company"
    " corporation council committee management protection affairs relations security safety".split()
)
"""Words of a body's name beside OF_HEADS ('General Inspectorate for Emergency Situations (IGSU)')."""


def _parties_told(text: str) -> dict[str, tuple[str, tuple[int, int]]]:
    """Each person named in full with a party, before ('Labour councillor Heather Marsh') or after the name: the name's
    last two words in lower case -> (party, its span)."""
    out: dict[str, tuple[str, tuple[int, int]]] = {}
    for m in _PARTY_AFTER.finditer(text):
        if {w.lower() for w in m.group("person").split()} & (OF_HEADS | _BODY_NAME_WORDS):
            continue  # 'the Monetary Policy Council (RPP)': a body and its acronym, not a person and a party
        group = next(g for g in ("p1", "p2", "p3") if m.group(g))
        party = m.group(group)
        if party.isupper() or party.lower() in _PARTY_WORDS:
            out[" ".join(m.group("person").lower().split()[-2:])] = (party, m.span(group))
    for m in _PARTY_TITLE.finditer(text):
        person = m.group("person").split()
        party = m.group("party")
        if len(person) >= 2 and (party.isupper() or party.lower() in _PARTY_WORDS):
            out.setdefault(" ".join(w.lower() for w in person[-2:]), (party, m.span("party")))
    return out


def _party_after_swap(text_a: str, text_b: str) -> Conflict | None:
    """One person, named in full on both sides, given two parties, one of them told after the name ('Mayor Katrin
    Dahlmann of the CDU' / 'Mayor Katrin Dahlmann, an SPD politician')."""
    if not _PARTY_AFTER.search(text_a) and not _PARTY_AFTER.search(text_b):
        return None
    ta, tb = _parties_told(text_a), _parties_told(text_b)
    for person, (pa, sa) in ta.items():
        if person not in tb:
            continue
        pb, sb = tb[person]
        if pa.lower() == pb.lower() or pa.lower() in pb.lower() or pb.lower() in pa.lower():
            continue
        expl = f"entity: {person.title()}: {pa} vs {pb}"
        return Conflict("entity", pa, pb, pa.lower(), pb.lower(), _clip(expl), 0.8, sa, sb)
    return None


_PARTY_NAMES = (
    r"Liberal\s+Democrats?|Lib\s+Dems?|Labour|Conservatives?|Tory|Tories|Greens?|SNP|Plaid\s+Cymru|Reform\s+UK"
)
_PARTY_OFFICE = per_text(
    re.compile(
        rf"\b(?P<party>{_PARTY_NAMES})\s+(?:[a-z]+\s+){{0,3}}?(?P<office>secretary|spokesperson|spokesman|spokeswoman"
        r"|minister|leader|chair|whip)\b(?:,)?\s+(?P<person>[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)"
        rf"|(?P<person2>[A-Z][\w'’-]+\s+[A-Z][\w'’-]+),\s+(?:the|a)\s+(?P<party2>{_PARTY_NAMES})\s+(?:[a-z]+\s+){{0,3}}?"
        r"(?:secretary|spokesperson|spokesman|spokeswoman|minister|leader|chair|whip)\b"
    )
)
"""A party's office holder named in full, the party before the office ('Conservative shadow housing secretary Tom
Reddaway', 'The Liberal Democrat housing spokesperson, Tom Reddaway') or after the name ('Tom Reddaway, the
Conservative spokesman on housing')."""
_PARTY_SAME = _PARTY_NICKNAMES | {
    "lib dem": "liberal democrat", "lib dems": "liberal democrat", "liberal democrats": "liberal democrat", "greens": "green"
}  # fmt: skip
"""A party's names read as one ('Tory' / 'Conservative', 'Lib Dem' / 'Liberal Democrat')."""


def _party_office_swap(text_a: str, text_b: str) -> Conflict | None:
    """One party office holder, named in full on both sides, given two parties ('Conservative shadow housing
    secretary Tom Reddaway' / 'The Liberal Democrat housing spokesperson, Tom Reddaway')."""
    told = []
    for text in (text_a, text_b):
        found = {}
        for m in _PARTY_OFFICE.finditer(text):
            g = "" if m.group("person") else "2"
            party = " ".join(m.group("party" + g).lower().split())
            found[m.group("person" + g).lower()] = (
                _PARTY_SAME.get(party, party),
                m.group("party" + g),
                m.span("party" + g),
            )
        told.append(found)
    for person, (pa, wa, sa) in told[0].items():
        if person in told[1] and told[1][person][0] != pa:
            _, wb, sb = told[1][person]
            expl = f"entity: {person.title()}: {wa} vs {wb}"
            return Conflict("entity", wa, wb, pa, told[1][person][0], _clip(expl), 0.8, sa, sb)
    return None


def _org_of(text: str, e: EntityMention) -> str:
    """The institution or firm a name is placed at ('Sipho Ndlovu of Table Mountain Capital'), if any."""
    for m in _AFFILIATION.finditer(text):
        if m.end("person") == e.span[1]:
            return m.group("org").lower()
    return ""


def _affiliation_swap(text_a: str, text_b: str) -> Conflict | None:
    """One person placed at two institutions: 'Dr Amara Okafor at the University of Bern' / 'Amara
    Okafor of the University of Geneva'."""
    for ma in _AFFILIATION.finditer(text_a):
        for mb in _AFFILIATION.finditer(text_b):
            pa, pb = ma.group("person").split(), mb.group("person").split()
            if pa[-1] != pb[-1] or len(pa) + len(pb) < 3:
                continue  # one surname, a full name on one side at least ('Marta Zielonka' / 'Zielonka, an economist')
            oa, ob = ma.group("org").strip(), mb.group("org").strip()
            if oa.lower() in ob.lower() or ob.lower() in oa.lower():
                continue
            wa, wb = set(oa.lower().split()) - _SMALL_WORDS, set(ob.lower().split()) - _SMALL_WORDS
            if wa <= wb or wb <= wa:
                continue  # 'Fitzwilliam Economic Partners' / 'Fitzwilliam Partners': one firm, a word of its name left out
            expl = f"entity: {mb.group('person').split()[-1]} at {oa} vs {ob}"
            return Conflict("entity", oa, ob, oa.lower(), ob.lower(), _clip(expl), 0.8, ma.span("org"), mb.span("org"))
    return None


_LEAD_VERBS = {"head": "lead", "chair": "lead", "command": "lead", "direct": "lead", "captain": "lead"}


def _act(e: EntityMention) -> str:
    """The slot of an agent, with the verbs of leading as one ('headed by' / 'led by'), and the subject of an active
    verb in the slot of the agent of its passive ('The International Trade Minister signed' / 'signed by the Foreign
    Affairs Minister')."""
    verb = e.slot.removeprefix("prep:by|verb:").removeprefix("subj:")
    return "prep:by|verb:" + _LEAD_VERBS.get(verb, verb) if verb != e.slot else e.slot


def _nickname(text: str, e: EntityMention) -> bool:
    """Whether a name is a team's or a group's plural nickname ('the Grizzlies', 'the Bobcats'), not a
    country ('the Philippines')."""
    return (
        len(e.tokens) == 1
        and e.text.endswith("s")
        and text[max(0, e.span[0] - 4) : e.span[0]].lower() == "the "
        and text[e.span[1] : e.span[1] + 1] != "-"  # 'The Leeds-based company'
        and not e.slot.startswith(("prep:", "based", "mod:"))  # 'in the Midlands', 'The Paris prosecutor': a place
        and not _is_country(e)
    )


_COURTESY = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "lord", "brother", "sister", "father"})
"""Titles that say how a person is addressed, not which office they hold."""


_SHORT_FORMS = {
    "william": "bill billy will willie liam",
    "robert": "bob bobby rob robbie bert",
    "richard": "dick rick ricky rich richie",
    "james": "jim jimmy jamie",
    "john": "jack johnny",
    "michael": "mike mick mickey",
    "edward": "ted teddy ed eddie ned",
    "elizabeth": "liz lizzie beth betty eliza libby bess",
    "margaret": "maggie meg peggy marge",
    "charles": "chuck charlie chas",
    "benjamin": "ben benny bibi",
    "joseph": "joe joey",
    "thomas": "tom tommy",
    "daniel": "dan danny",
    "anthony": "tony",
    "katherine": "kate kathy katie kay",
    "catherine": "cathy cate",
    "christopher": "chris kit",
    "patricia": "pat patty trish",
    "jennifer": "jen jenny",
    "rebecca": "becky becca",
    "alexander": "alex sasha sandy",
    "nicholas": "nick nicky",
    "samuel": "sam sammy",
    "steven": "steve",
    "stephen": "steve",
    "gregory": "greg",
    "timothy": "tim",
    "matthew": "matt",
    "andrew": "andy drew",
    "theodore": "ted teddy theo",
    "lawrence": "larry",
    "henry": "harry hank",
    "harold": "harry hal",
    "susan": "sue susie",
    "deborah": "deb debbie",
    "victoria": "vicky tori",
    "abraham": "abe",
    "frederick": "fred freddie",
    "donald": "don donnie",
    "ronald": "ron ronnie",
    "gerald": "gerry jerry",
    "kenneth": "ken kenny",
    "douglas": "doug",
    "raymond": "ray",
    "walter": "walt wally",
    "vladimir": "vova volodya",
    "aleksandr": "sasha",
    "francisco": "paco pancho",
    "jose": "pepe",
}
"""Short forms of given names used in the news ('Jim Mattis' / 'James Mattis', 'Bibi Netanyahu'): one person."""
_FULL_NAMES: dict[str, set[str]] = {}
for _full, _shorts in _SHORT_FORMS.items():
    for _short in _shorts.split():
        _FULL_NAMES.setdefault(_short, set()).add(_full)  # 'ted' is Edward's and Theodore's


def _one_name_shortened(x: str, y: str) -> bool:
    """Whether two given names are one name: the same, a short form and its full name ('Jim' / 'James'), or two short
    forms of one name ('Bill' / 'Will')."""
    return bool(_FULL_NAMES.get(x, {x}) & _FULL_NAMES.get(y, {y}))


def _given_and_surname(e: EntityMention) -> list[str]:
    """A name's words without its titles and without a middle initial between two words."""
    words = [t for t in e.tokens if t not in TITLES]
    if len(words) == 3 and len(words[1]) == 1 and min(len(words[0]), len(words[2])) > 1:
        return [words[0], words[2]]
    return words


def _two_word_names(
    ea: list[EntityMention], eb: list[EntityMention]
) -> Iterator[tuple[EntityMention, EntityMention, list[str], list[str]]]:
    """Each pair of names, one from each side, that is a given name and a surname once titles and a middle
    initial ('Linda T. Sánchez') are set aside, with those two words."""
    for a in ea:
        ta = _given_and_surname(a)
        if len(ta) != 2:
            continue
        for b in eb:
            tb = _given_and_surname(b)
            if len(tb) == 2 and nicknamed(ta) != nicknamed(tb):  # ('Scottish Tories' / 'Scottish Conservatives')
                yield a, b, ta, tb


def _one_given_name(x: str, y: str) -> bool:
    """Whether two given names are one person's: a prefix ('Greg' / 'Gregory'), a short form ('Bill' / 'William'),
    or one letter apart ('Rudy' / 'Rudi', 'Alun' / 'Alan')."""
    if x.startswith(y) or y.startswith(x):
        return True
    if _one_name_shortened(x, y):
        return True
    return len(x) == len(y) and sum(p != q for p, q in zip(x, y)) == 1


_ROLE_SAME = {"spokesman": "spokesperson", "spokeswoman": "spokesperson", "chairman": "chair", "chairwoman": "chair"}
_TITLE_RUN = per_text(re.compile(r"((?:[\w'’.&-]+\s+){1,5})$"))
_ROLE_APPOSITION = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?([^,.;:()]{0,70})")


_OFFICE_THEN_COMMA = per_text(
    re.compile(
        r"(?:\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?)\s+|\b[A-Z]{2,}(?:['’]s)?\s+|\b[A-Z][\w-]*['’]s\s+)"
        r"(?:[\w'’-]+\s+){0,4}[\w'’-]+"
        r"(?P<comma>,\s+)(?:(?:Professor|Prof\.|Dr\.?|Doctor)\s+)?$"
    )
)
"""A definite office, or one of a body named by its acronym or in the possessive, set off by a comma before a name, a
scholar's title between ('The festival secretary, ', "ASUU's vice-president, Professor ", "Beira's mayor, ")."""


@lru_cache(maxsize=1 << 14)
def _name_phrases(text: str, e: EntityMention, through_comma: bool = False) -> tuple[str, str]:
    """The run of words just before a name (where its titles stand) and the apposition just after it, '' for
    either missing. With `through_comma`, a definite office set off by a comma before the name counts as the run
    ('The festival secretary, Mohammad-Reza Kiani', "ASUU's vice-president, Professor Adebayo Ogunleye")."""
    before = text[max(0, e.span[0] - 60) : e.span[0]]
    if through_comma and (m := _OFFICE_THEN_COMMA.search(before)):
        before = before[: m.start("comma")] + " "
    run = _TITLE_RUN.search(before)
    apposition = _ROLE_APPOSITION.match(text, e.span[1])
    return (run.group(1) if run else ""), (apposition.group(1) if apposition else "")


def _office(text: str, e: EntityMention) -> set[str]:
    """The office words bound to a name: the title run just before it ('COCOBOD chief executive Kwabena ...',
    'Police spokesperson Efua ...') and an apposition just after it (', the Accra Regional Police spokesperson')."""
    run, apposition = _name_phrases(text, e)
    words = ([e.title] if e.title else []) + run.lower().split() + apposition.lower().split()
    words = [part for w in words for part in (w.split("-") if w.count("-") == 1 else [w])]  # 'director-general'
    out = {_ROLE_SAME.get(w.strip(".'’"), w.strip(".'’")) for w in words}
    return {w for w in out if w in TITLES and w not in _COURTESY}


def _given_name_swap(
    fa: SentenceFacts, ea: list[EntityMention], fb: SentenceFacts, eb: list[EntityMention]
) -> Conflict | None:
    """One surname after two given names, each name bound to one office ('Police spokesperson Efua
    Tenkorang-Asante' / 'Esi Tenkorang-Asante, the police spokesperson'): the office holder's given name told two
    ways. People who share a surname ('Hillary Clinton' / 'Bill Clinton') hold offices of their own or none told;
    a short surname is too common to say one person; a short form ('Jim' / 'James') or a name spelt two ways is one
    person; a sentence that names the surname apart from the name ('Victoria Kennedy, Sen. Kennedy's widow') or
    both given names speaks of two people."""
    for a, b, ta, tb in _two_word_names(ea, eb):
        named = _named_as(fa.text, a) and _named_as(fb.text, b)
        if ta[1] != tb[1] or (len(ta[1]) < 6 and not named) or ta[0] == tb[0]:
            continue
        if min(len(ta[0]), len(tb[0])) < 3 or _same_token(ta[0], tb[0]) or _given_name_variant(ta[0], tb[0]):
            continue  # an initial, one name's spellings, or a variant the spelling rule weighs
        if _one_given_name(ta[0], tb[0]):
            continue
        surname = rf"\b{re.escape(a.text.split()[-1])}\b"
        if len(re.findall(surname, fa.text)) > 1 or len(re.findall(surname, fb.text)) > 1:
            continue  # the surname named apart from the name: two people of one family
        if re.search(rf"\b{re.escape(tb[0])}\b", fa.text, re.I) or re.search(rf"\b{re.escape(ta[0])}\b", fb.text, re.I):
            continue  # 'Efua and Esi Tenkorang-Asante': both named on one side
        roles = _office(fa.text, a) & _office(fb.text, b)
        if not roles and (org := _org_of(fa.text, a)) and org == _org_of(fb.text, b):
            roles = {org}  # 'Sipho Ndlovu of Table Mountain Capital' / 'Lerato Ndlovu of Table Mountain Capital'
        if not roles and named:
            roles = {"named"}  # 'He has been named locally as Callum Reddy' / 'The dead man was named as Connor Reddy'
        if not roles:
            roles = _office_given(fa.text, a) & _office_given(fb.text, b)  # 'Peris Chepkoech was elected vice
            # president' / 'Winnie Chepkoech was elected vice president unopposed'
        if roles:
            return _office_conflict(a, b, "given name", roles)
    return None


_GIVEN_OFFICE = re.compile(
    r"\s+(?:was|has\s+been|had\s+been|is)\s+(?:re-?)?(?:elected|appointed|named|chosen|picked|sworn\s+in)\s+(?:as\s+)?"
    r"(?:the\s+)?(?:new\s+)?((?:[a-z]+[\s-]){0,2}[a-z]+)",
    re.I,
)


def _office_given(text: str, e: EntityMention) -> set[str]:
    """The office a name is told to have been elected or appointed to, right after it ('Peris Chepkoech was elected
    vice president': 'vice president'), if its last word is an office."""
    m = _GIVEN_OFFICE.match(text, e.span[1])
    words = re.split(r"([\s-])", m.group(1).lower()) if m else []
    for k in range(len(words) - 1, -1, -2):  # the words, not the separators re.split keeps between them
        if words[k] in TITLES:
            return {"".join(words[: k + 1])}  # up to its last office word ('vice president unopposed', 'deputy mayor')
    return set()


_NAMED_AS = re.compile(r"\b(?:named|identified)\s+(?:locally\s+|by\s+(?:police|his\s+family|her\s+family)\s+)?as\s+$")
_ONE_OF_MANY = re.compile(
    r"\b(?:second|third|other|another|both|also|brother|sister|son|daughter|wife|husband|father|mother|cousin)\b", re.I
)


def _named_as(text: str, e: EntityMention) -> bool:
    """Whether a name is the one someone was named or identified as ('The dead man was named as Connor Reddy'), in a
    sentence that tells of no second person ('the second victim', 'his brother')."""
    return bool(_NAMED_AS.search(text[max(0, e.span[0] - 40) : e.span[0]])) and not _ONE_OF_MANY.search(text)


def _office_conflict(a: EntityMention, b: EntityMention, part: str, roles: set[str]) -> Conflict:
    """The conflict of one office holder's name told two ways, in the `part` of the name that differs."""
    expl = f"entity: {part} {a.text} vs {b.text} ({sorted(roles)[0]})"
    return Conflict("entity", a.text, b.text, a.key, b.key, _clip(expl), 0.75, a.span, b.span)


_OFFICE_STOP = frozenset(
    "a an the then now its his her their our that as who which and or of to for by with at in on from into said says"
    " told according was were is are has had have will would been being after before when while about".split()
)


_ACADEMIC = frozenset({"professor", "prof", "dr"})
_RANK_HYPHEN = re.compile(r"\b(vice|deputy|assistant|pro)-(?=[a-z])", re.I)
"""A rank joined to its office ('vice-president', 'pro-rector': a university's deputy head)."""
_GENERAL_OFFICE = re.compile(r"\b(director|secretary|attorney|inspector|auditor|solicitor|surgeon)\s+(general)\b", re.I)


_GENERAL_BEFORE = re.compile(r"\bgeneral\s+(secretary)\b", re.I)
"""'General secretary', the same office as 'secretary general'."""


def _office_words(phrase: str) -> list[str]:
    """A phrase's words in lower case, without dots, quotes or a possessive 's ('The festival's' -> 'festival'); a
    rank joined to its office is read apart ('vice-president' -> 'vice president') and a 'general' office whole
    ('Director General' -> 'director-general')."""
    phrase = _GENERAL_OFFICE.sub(r"\1-\2", _RANK_HYPHEN.sub(r"\1 ", _GENERAL_BEFORE.sub(r"\1 general", phrase)))
    return [re.sub(r"['’]s$", "", w.strip(".'’")).lower() for w in phrase.split()]


@lru_cache(maxsize=1 << 14)
def _office_qualifiers(text: str, e: EntityMention) -> frozenset[tuple[str, tuple[str, ...]]]:
    """The office told of a name just before it ('Deputy Mayor Jane Doe') or as the head of an apposition just
    after it ('Moore, then an assistant district attorney'), with the words that qualify it ('assistant',
    'district'): each office word with up to three words before it and nothing else between it and the name."""
    out = set()
    run, apposition = _name_phrases(text, e, through_comma=True)
    if run and (field := _field_office(run)):
        # 'head of corporate affairs', 'chief economist'; with a rank before it, its second ('deputy chief meteorologist')
        rank = [w for w in _office_words(run[: run.lower().rindex(field.split()[0])])[-1:] if w in _RANKS]
        out.add((field, tuple(rank)))
    elif run:
        words = _office_words(run)
        if len(words) >= 2 and words[-1] in _ACADEMIC and words[-2] in TITLES:
            words = words[:-1]  # 'Vice-chancellor Professor Ruth ...': the office, then how she is addressed
        if words and words[-1] in TITLES:
            j = len(words) - 1
            while j > 0 and len(words) - 1 - j < 3 and words[j - 1].isalpha() and words[j - 1] not in _OFFICE_STOP:
                j -= 1
            if not (j > 0 and words[j - 1] in ("and", "of", "&")):
                out.add((words[-1], tuple(words[j:-1])))
            else:  # 'Ways and Means chair', 'Board of Education Superintendent': the office, its body read whole (a
                # rank kept: "the Securities and Investments Commission's deputy chair")
                out.add((words[-1], tuple(w for w in words[j:-1] if w in _RANKS)))
    if apposition and (field := _field_office(_AT_BODY.sub("", apposition) + " ", chief=False)):
        out.add((field, ()))  # ", CCEA's director of qualifications,", ', director of policy at Epilepsy Action,'
    elif apposition:
        words = _office_words(apposition)
        start = next((k for k, w in enumerate(words) if w not in _OFFICE_STOP), len(words))
        for k in range(start, min(start + 4, len(words))):
            if not (words[k].isalpha() or words[k] in TITLES) or words[k] in _OFFICE_STOP:
                break  # ('secretary-general' is an office, hyphen and all)
            if words[k] in TITLES:
                # the office's last word ('chief executive of Qualifications Scotland', 'chief operating officer')
                while (
                    k + 1 < min(start + 4, len(words))
                    and words[k + 1] not in _OFFICE_STOP
                    and (words[k + 1] in TITLES or words[k + 1] in _CHIEF_OF and words[k] == "chief")
                ):
                    k += 1
                out.add((words[k], tuple(words[start:k])))
                break
    return frozenset(
        (f"{h} of {q[-1]}", q[:-1]) if h in ("director", "manager") and q[-1:] and q[-1] in _FIELDS else (h, q)
        for h, q in ((_ROLE_SAME.get(h, h), q) for h, q in out if h not in _COURTESY and h not in _RANKS)
    )  # 'Finance director Marian Colley': the director of finance


_FIELD_OFFICE = per_text(
    re.compile(
        r"\b(?:[Hh]ead|[Dd]irector|[Mm]anager|officer|[Mm]ember)\s+(?:of|for)\s+(?!(?:the|a|an|its|his|her|their|this|that)\b)"
        r"[a-z][\w'’-]*(?:\s+(?:(?:and|&)\s+)?[a-z][\w'’-]*){0,3}(?=\s+$)"
    )
)
"""An office over one field of a body's work, told before a name or after it ('head of corporate affairs Rowan ...',
', CCEA's director of qualifications,'); not the head of a body named ('director of the FBI', 'of Qualifications
Scotland')."""
_AT_BODY = re.compile(r"\s+(?:at|of)\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|and|&))*\s*$")
"""A named body an office is held at, told after its field (' at Epilepsy Action', ' of the Royal College of Nursing')."""
_CHIEF_OF_FIELD = re.compile(r"(?<![\w-])(?:[Cc]hief)\s+(?!(?:executive|officer|of)\b)[a-z]{4,}(?=\s+$)")
"""A chief of one field told before a name ('RACQ chief economist Ingrid ...', 'chief examiner')."""


_FIELDS = frozenset(
    "finance financial operations commercial sales marketing safety medical clinical nursing research legal strategy"
    " engineering technology production programme program policy planning housing education football sport"
    " security digital editorial".split()
)
"""Fields of a body's work named before a director or a manager ('finance director', 'operations manager')."""


def _field_office(phrase: str, chief: bool = True) -> str:
    """The office over one field a phrase ends with ('head of corporate affairs'; with `chief`, 'chief economist'), in
    lower case, or ''; a field told with a preposition or a clause ('head of security at the plant') is none."""
    m = _FIELD_OFFICE.search(phrase) or (_CHIEF_OF_FIELD.search(phrase) if chief else None)
    if m is None:
        return ""
    words = m.group(0).lower().split()
    if any(w in _OFFICE_STOP and w != "and" for w in words[2:]):
        return ""
    return " ".join(words)


def _rank_swap(
    fa: SentenceFacts, ea: list[EntityMention], fb: SentenceFacts, eb: list[EntityMention]
) -> Conflict | None:
    """One person told to hold an office by one side and to be its deputy or assistant by the other ('Moore, then
    an assistant district attorney' / 'Mr. Moore, then a district attorney'). The side without the rank word must
    not use it anywhere (a deputy named beside the office holder is another person)."""
    for a in ea:
        for b in eb:
            if not _same_entity(a, b):
                continue
            for ha, qa in _office_qualifiers(fa.text, a):
                for hb, qb in _office_qualifiers(fb.text, b):
                    if ha != hb or [w for w in qa if w not in _RANKS] != [w for w in qb if w not in _RANKS]:
                        continue
                    ra, rb = _RANKS & set(qa), _RANKS & set(qb)
                    if bool(ra) == bool(rb) or ra == rb:
                        continue
                    lonely = fb.text if ra else fa.text
                    if re.search(rf"\b(?:{'|'.join(ra | rb)})\b", lonely, re.I):
                        continue
                    va, vb = " ".join((*qa, ha)), " ".join((*qb, hb))
                    expl = f"entity: {a.text} {va} vs {vb}"
                    return Conflict("entity", va, vb, va, vb, _clip(expl), 0.75, a.span, b.span)
    return None


_NOT_SOLE_HOLDER = re.compile(
    r"\b(?:former|ex|acting|interim|outgoing|incoming|new|newly|previous|late|then|past|caretaker|designate|elect)\b",
    re.I,
)


def _not_sole_holder(text: str, e: EntityMention) -> bool:
    """Whether the words around a name tell its office as past, acting or new ('former', 'interim', 'incoming'): in
    its clause before it, or in an apposition after it ('Moira Lennox, the outgoing chief executive,'), not in what
    the person is told to have said ('said punctuality would be the test of the new operator')."""
    after = _APPOSITION_END.split(text[e.span[1] : e.span[1] + 50].lstrip(" ,"))[0]
    return bool(_NOT_SOLE_HOLDER.search(text[max(0, e.span[0] - 70) : e.span[0]] + " " + after))


_APPOSITION_END = re.compile(r"[,;.:]|\b(?:said|says|told|added|who|which|that)\b")


def _one_office_two_holders(
    fa: SentenceFacts, ea: list[EntityMention], fb: SentenceFacts, eb: list[EntityMention]
) -> Conflict | None:
    """One office, qualified by whose it is, held by two people with nothing of their names in common ('Blantyre
    District Health Officer Grace Mphande' / 'Loveness Kalua, the Blantyre district health officer'). An office
    without an owner named ('Sen. John Thune' / 'Sen. John Cornyn'), one told as past, acting or new, or a side that
    names both people may speak of two holders."""
    for a in ea:
        if len(a.tokens) < 2 or any(_same_entity(a, b) for b in eb):
            continue
        for b in eb:
            if len(b.tokens) < 2 or set(a.tokens) & set(b.tokens) or any(_same_entity(x, b) for x in ea):
                continue
            if a.text in fb.text or b.text in fa.text or a.tokens[-1] in fb.text.lower().split():
                continue
            offices = {o for o in _office_qualifiers(fa.text, a) if o[1]} & _office_qualifiers(fb.text, b)
            if not offices:
                continue
            if _not_sole_holder(fa.text, a) or _not_sole_holder(fb.text, b):
                continue
            head, qual = sorted(offices)[0]
            office = " ".join((*qual, head))
            expl = f"entity: {office}: {a.text} vs {b.text}"
            return Conflict("entity", a.text, b.text, a.key, b.key, _clip(expl), 0.75, a.span, b.span)
    return None


_BOARD_OFFICES = frozenset({"chair", "secretary", "secretary-general", "treasurer"})
"""A body's officers, one person each: a secretary is not its chair."""
_CHAIR_OR_EXECUTIVE = frozenset({"chair", "chief executive", "managing director", "director-general"})
"""A board's chair and the executive who runs the body under it: two people, unless one is told to be both."""
_BOTH_OFFICES = re.compile(
    r"\bchair(?:man|woman|person)?\s+(?:and|&)\s+(?:chief\s+executive|managing\s+director|ceo)\b"
    r"|\b(?:chief\s+executive|managing\s+director|ceo)\s+(?:and|&)\s+chair",
    re.I,
)
"""One person told to hold both a board's chair and its executive office ('chairman and chief executive')."""


def _chair_and_executive(oa: set[str], ob: set[str]) -> bool:
    """A board's chair on one side, its chief executive or managing director on the other."""
    return _one_each(oa, ob, lambda o: o in _CHAIR_OR_EXECUTIVE) and "chair" in oa | ob


_LEAD_OFFICES = frozenset({"chair", "president"})
"""A body's leading offices, which one person may hold together, but not with its secretary's or treasurer's."""


def _two_offices_apart(oa: set[str], ob: set[str]) -> bool:
    """Whether one person's offices told on two sides cannot both be right: a spokesperson on one side only (one
    who speaks for a body is not its director or secretary), or two of its officers (chair or president, secretary
    or secretary-general, treasurer). Offices one person often holds together ('president and chief executive',
    'chairman and president') are not apart."""
    if not oa or not ob or oa & ob:
        return False
    if ("spokesperson" in oa) != ("spokesperson" in ob):
        return {_field_split(o)[0] for o in (oa | ob) - {"spokesperson"}} <= _NAMED_OFFICES  # 'director of ...'
    if _two_territories(oa, ob):
        return True
    if _two_fields(oa, ob):
        return True  # 'head of corporate affairs Rowan Pettigrew' / 'general manager Rowan Pettigrew'
    if _two_chief_officers(oa, ob) or _two_police_ranks(oa, ob):
        return True  # 'Chief investment officer Ingrid Solheim' / 'Chief executive Ingrid Solheim'
    if oa <= _LEAD_OFFICES and ob <= _LEAD_OFFICES:
        return False  # 'chairman and president': one person may lead a body under both names
    if _chair_and_executive(oa, ob):
        return True  # "Gordon Rennie, the club's chairman" / 'Club chief executive Gordon Rennie'
    return oa | ob <= _BOARD_OFFICES | _LEAD_OFFICES


_POLICE_RANKS = frozenset({"constable", "sergeant", "inspector", "superintendent"})
"""A police officer's ranks ('Detective Chief Superintendent' / 'Detective Chief Inspector'): one at a time."""


def _one_each(oa: set[str], ob: set[str], of_kind: Callable[[str], bool]) -> bool:
    """Whether each side tells one office, the two different and both of one kind."""
    return len(oa) == len(ob) == 1 and oa != ob and all(of_kind(o) for o in oa | ob)


def _two_police_ranks(oa: set[str], ob: set[str]) -> bool:
    """One police rank on each side, two of them ('chief superintendent' / 'chief inspector')."""
    return _one_each(oa, ob, lambda o: o.removeprefix("chief ") in _POLICE_RANKS)


def _two_chief_officers(oa: set[str], ob: set[str]) -> bool:
    """One chief officer of a company on each side, two of them ('chief executive' / 'chief finance officer')."""
    return _one_each(oa, ob, lambda o: o.startswith("chief "))


_FIELD_JOIN = re.compile(r" (?:of|for) ")


def _field_split(office: str) -> tuple[str, str]:
    """An office key split at its field ('director of qualifications' -> ('director', 'qualifications')); the field is
    '' for an office over none."""
    parts = _FIELD_JOIN.split(office, maxsplit=1)
    return (parts[0], parts[1]) if len(parts) == 2 else (office, "")


def _field_words(office: str) -> set[str]:
    """The stems of the field an office runs ('head of corporate affairs' -> corporate, affair; 'chief finance officer'
    -> financ), empty for an office over no one field."""
    field = _field_split(office)[1]
    if field:
        words = field.split()
    elif office.startswith("chief ") and office != "chief executive":
        words = office.split()[1:]
    else:
        return set()
    return {stem(_CHIEF_OF.get(w, w)) for w in words if w not in STOPWORDS and w not in ("officer", "&")}


def _named_body(run: str, apposition: str) -> set[str]:
    """The capitalised words, other than office words, of a name's title run and of its apposition before any verb of
    saying: the body named with its office ('Leeds City Council chief executive'), empty for 'Its chief executive'."""
    apposition = re.split(r"\b(?:said|says|told|added)\b", apposition, maxsplit=1)[0]
    words = re.findall(r"\b[A-Z][\w'’-]*", run + " " + apposition)
    return {
        w
        for w in words
        if (low := w.lower().strip("'’")) not in TITLES
        and low not in _OFFICE_STOP
        and low not in _FIELDS
        and low not in _RANKS
        and low not in ("managing", "general", "senior", "executive")
    }


def _two_fields(oa: set[str], ob: set[str]) -> bool:
    """One office on each side, at least one over a field of the body's work ('director of qualifications', 'chief
    economist'), the other over another field or the whole body ('chief executive', 'manager'): two posts. Fields that
    share a word ('general manager of operations' / 'chief operating officer') may be one."""
    if len(oa) != 1 or len(ob) != 1 or oa == ob:
        return False
    (a,), (b,) = oa, ob
    fa, fb = _field_words(a), _field_words(b)
    if fa and fb:
        return not fa & fb
    if not (fa or fb):
        return False
    return (b if fa else a) in ("chief executive", "managing director", "manager", "leader")


_TERRITORY_OFFICES = frozenset({"governor", "mayor", "regent", "premier", "prefect"})
"""Heads of a territory's government: one person heads one territory at a time."""


def _two_territories(oa: set[str], ob: set[str]) -> bool:
    """Whether one person is told to head a territory under one office on one side and under another on the other
    ('Ternate mayor Rizal Marsaoly' / 'North Maluku governor Rizal Marsaoly'): two posts, whatever places they name."""
    return _one_each(oa, ob, _TERRITORY_OFFICES.__contains__)


_NAMED_OFFICES = (
    _BOARD_OFFICES
    | frozenset(
        "director president ceo minister governor mayor commissioner administrator superintendent registrar"
        " director-general secretary-general principal dean ombudsman premier chancellor ambassador".split()
    )
    | {"managing director", "chief executive"}
)
"""Offices that say what their holder does: a 'head', 'chief' or 'officer' may speak for the body too."""
_SPEAKS = re.compile(r"\b(?:communications?|press|media|public\s+(?:affairs|relations)|information)\b", re.I)
"""An office that speaks for its body ('director of communications', 'chief information officer')."""


def _body_words(run: str, apposition: str) -> set[str]:
    """The words naming the body around a name's office ('Health Ministry', 'the PSN Lagos branch'): those of its
    title run and apposition (`_name_phrases`) without office words, stopwords or words shorter than three letters."""
    words = _office_words(run) + _office_words(apposition)[:8]
    return {w for w in words if len(w) > 2 and w.isalpha() and w not in TITLES and w not in _OFFICE_STOP}


_RANKS = frozenset({"deputy", "vice", "assistant", "associate", "junior", "pro", "depute"})
"""Words that make an office a second to the one they qualify: a deputy mayor is not the mayor."""


def _rank_apart(qa: set[tuple[str, tuple[str, ...]]], qb: set[tuple[str, tuple[str, ...]]]) -> tuple[str, str] | None:
    """One office told on one side and its second on the other, as written before or after the name ('Deputy
    Mayor' / 'Inzai Mayor', 'Assistant coroner' / 'Senior coroner'): the two offices as written, or None. Two
    fields of one kind ('Environment Minister' / 'Transport Minister') are not read: one minister may hold both."""
    for ha, wa in sorted(qa):
        for hb, wb in sorted(qb):
            if ha == hb and ha not in _RANKS and ha not in _SPOKEN_FOR and _rank_of(wa) != _rank_of(wb):
                return " ".join((*wa, ha)), " ".join((*wb, hb))
    return None


_SPOKEN_FOR = frozenset({"spokesperson", "spokesman", "spokeswoman"})
"""Offices whose second is called by the office itself in the news ('The spokeswoman, Marie Harf' / 'Deputy
Spokeswoman Marie Harf')."""


_RANK_CLASS = {"vice": "deputy", "depute": "deputy", "pro": "deputy"}
"""Rank words of one meaning ('vice-chair' / 'deputy chair'); 'assistant', 'associate' and 'junior' are other seconds."""


def _rank_of(qualifiers: tuple[str, ...]) -> tuple[str, ...]:
    """The seconds an office's qualifiers make it, in order, one word per meaning ('deputy returning officer' ->
    ('deputy',); 'deputy vice chancellor' -> ('deputy', 'deputy'), the deputy of the vice-chancellor; 'assistant
    governor' -> ('assistant',)); () when the last rank word is bound to another office word after it ('vice chancellor
    professor' is a professor who is vice-chancellor; 'general' before 'manager' is no office of its own)."""
    ranks = [k for k, w in enumerate(qualifiers) if w in _RANKS]
    if not ranks or any(w in TITLES and w != "general" for w in qualifiers[ranks[-1] + 1 :]):
        return ()
    return tuple(_RANK_CLASS.get(qualifiers[k], qualifiers[k]) for k in ranks)


_OFFICE_AHEAD = re.compile(
    r"\b(?:(?:set|expected|tipped|poised|due|likely|in\s+line|nominated|named|chosen|elected)\s+to\s+(?:become|be|head|lead)"
    r"|will\s+(?:become|be\s+the\s+next|head|lead)|to\s+become)\b",
    re.I,
)
"""An office told ahead of its holding ('is set to become head of government')."""


def _one_holder_two_offices(
    fa: SentenceFacts, ea: list[EntityMention], fb: SentenceFacts, eb: list[EntityMention]
) -> Conflict | None:
    """One person, named in full, holding two different offices of one body ('Health Ministry spokesman Jonas
    Reber' / 'Jonas Reber, a state secretary in the Health Ministry'; 'secretary of the PSN Lagos branch' /
    'chairman of the PSN Lagos branch'): offices `_two_offices_apart`, where a press secretary or a shadow minister
    is a spokesperson, or an office and its second (`_rank_apart`, 'Deputy Mayor' / 'Inzai Mayor'); an office told
    as past, acting or new may be another than today's."""
    for a in ea:
        if len(a.tokens) < 2:
            continue
        for b in eb:
            if len(b.tokens) < 2 or not _same_entity(a, b):
                continue
            qa, qb = _office_qualifiers(fa.text, a), _office_qualifiers(fb.text, b)
            oa, ob = {_office_key(h, q) for h, q in qa}, {_office_key(h, q) for h, q in qb}
            ranked = _rank_apart(qa, qb)
            if ranked is None and not _two_offices_apart(oa, ob):
                continue  # no two offices that one person cannot hold at once
            pa, pb = _name_phrases(fa.text, a, through_comma=True), _name_phrases(fb.text, b, through_comma=True)
            if _SPEAKS.search(" ".join((*pa, *pb))):
                continue  # an office that speaks for the body
            if _OFFICE_AHEAD.search(" ".join(pa)) or _OFFICE_AHEAD.search(" ".join(pb)):
                continue  # 'Markus Frommelt, is set to become head of government' / 'ABP leader Markus Frommelt': an
                # office to come beside one held
            if _not_sole_holder(fa.text, a) or _not_sole_holder(fb.text, b):
                continue
            if _chair_and_executive(oa, ob) and (_BOTH_OFFICES.search(fa.text) or _BOTH_OFFICES.search(fb.text)):
                continue  # 'the club's chairman and chief executive': both offices, one person
            if ranked is not None:
                va, vb = ranked
            elif (
                not (ba := _body_words(*pa)) & (bb := _body_words(*pb))
                and not _two_territories(oa, ob)
                and not (_two_chief_officers(oa, ob) and not (ba | bb) - _CHIEF_OF.keys())
                and not (_chair_and_executive(oa, ob) and not (ba and bb))
                and not _two_police_ranks(oa, ob)
                and not (_two_fields(oa, ob) and not (_named_body(*pa) and _named_body(*pb)))
            ):
                continue  # no word of one body on both sides (a company's two chief officers need none named: 'Chief
                # investment officer Ingrid Solheim' / 'Chief executive Ingrid Solheim'; nor does a field's office
                # against another where one side names no body: 'Its chief executive, Clare Whitby')
            else:
                va, vb = sorted(oa)[0], sorted(ob)[0]
            expl = f"entity: {a.text}: {va} vs {vb}"
            return Conflict("entity", va, vb, va, vb, _clip(expl), 0.75, a.span, b.span)
    return None


_TERRITORY_RUN = per_text(
    re.compile(
        r"(?P<place>(?:[A-Z][\w'’-]+\s+){1,3})(?P<office>[Gg]overnor|[Mm]ayor|[Rr]egent|[Pp]remier|[Pp]refect)\s+$"
    )
)
_TERRITORY_APPOSITION = re.compile(
    r",\s+(?:the\s+)?(?P<office>governor|mayor|regent|premier|prefect)\s+of\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)


def _territory(text: str, e: EntityMention) -> tuple[str, str] | None:
    """The territorial office told of a name and the place it heads ('Balikesir Governor Hakan Yilmazer', 'Hakan
    Yilmazer, the governor of Izmir'), or None."""
    m = _TERRITORY_RUN.search(text[max(0, e.span[0] - 50) : e.span[0]])
    if m is None:
        m = _TERRITORY_APPOSITION.match(text, e.span[1])
    if m is None:
        return None
    return m.group("office").lower(), m.group("place").strip()


_NOT_PLACE_WORDS = frozenset(
    "regional provincial state city district county deputy former acting local federal national municipal interim"
    " the".split()
)


def _territory_words(place: str) -> set[str]:
    """A place's words, folded ('Kadıköy' / 'Kadikoy'), without words of a rank or a level ('Regional governor')."""
    folded = strip_accents(place.replace("ı", "i")).lower().split()
    return {w for w in folded if w not in _NOT_PLACE_WORDS}


def _one_office_two_territories(
    fa: SentenceFacts, ea: list[EntityMention], fb: SentenceFacts, eb: list[EntityMention]
) -> Conflict | None:
    """One person, named in full, heading one kind of territory at two places ('Hakan Yilmazer, the governor of
    Izmir' / 'Balikesir Governor Hakan Yilmazer'): one heads one province at a time. Places that share a word ('New
    York' / 'New York State') or an office told as past, acting or new are no two."""
    for a in ea:
        if len(a.tokens) < 2 or (ta := _territory(fa.text, a)) is None:
            continue
        for b in eb:
            if len(b.tokens) < 2 or not _same_entity(a, b) or (tb := _territory(fb.text, b)) is None:
                continue
            wa, wb = _territory_words(ta[1]), _territory_words(tb[1])
            if ta[0] != tb[0] or not wa or not wb or wa & wb:
                continue
            if any(w.isupper() for w in (*ta[1].split(), *tb[1].split())):
                continue  # 'RMWB Mayor' / 'Wood Buffalo Mayor': a place and its acronym
            if _not_sole_holder(fa.text, a) or _not_sole_holder(fb.text, b):
                continue
            expl = f"entity: {a.text}: {ta[0]} of {ta[1]} vs {tb[1]}"
            return Conflict("entity", ta[1], tb[1], ta[1].lower(), tb[1].lower(), _clip(expl), 0.75, a.span, b.span)
    return None


def _office_key(head: str, qualifiers: tuple[str, ...]) -> str:
    """A press secretary and a shadow minister or secretary speak for their side: all are its spokesperson. A company's
    chief officers are read by what they run ('chief executive' -> 'chief executive', 'chief financial officer' ->
    'chief finance officer')."""
    if (head == "secretary" and {"press", "shadow"} & set(qualifiers)) or (
        head == "minister" and "shadow" in qualifiers
    ):
        return "spokesperson"
    if head in _POLICE_RANKS:
        return ("chief " if qualifiers[-1:] == ("chief",) else "") + head  # 'Detective Chief Inspector'
    if qualifiers[-1:] == ("chief",) and head == "executive":
        return "chief executive"
    if qualifiers[-1:] == ("managing",) and head == "director":
        return "managing director"
    if len(qualifiers) >= 2 and qualifiers[-2] == "chief" and head == "officer" and qualifiers[-1] in _CHIEF_OF:
        run = _CHIEF_OF[qualifiers[-1]]
        return "chief executive" if run == "executive" else "chief " + run + " officer"
    return head


_CHIEF_OF = {
    "executive": "executive", "financial": "finance", "finance": "finance", "operating": "operating",
    "operations": "operating", "investment": "investment", "technology": "technology", "information": "information",
}  # fmt: skip
"""What a company's chief officers run ('chief financial officer'): one person is one of them at a time."""


_ROAD_HEADS = frozenset(
    "route highway motorway expressway freeway interstate road autoroute autobahn ruta carretera".split()
)
_ROAD_NUMBER = re.compile(r"[\s-]*(?:[A-Z]{0,2}-?)?\d{1,4}[A-Z]?\b")


def _numbered_road(text: str, e: EntityMention) -> bool:
    """Whether a name is a road's word before its number ('Route 2', 'Highway 101', 'Interstate 95'), which the
    road's own name ('the Inter-American Highway') may name too."""
    return e.tokens[-1] in _ROAD_HEADS and bool(_ROAD_NUMBER.match(text, e.span[1]))


def _surname_swap(
    fa: SentenceFacts, ea: list[EntityMention], fb: SentenceFacts, eb: list[EntityMention]
) -> Conflict | None:
    """One given name before two surnames, each name bound to one office that one person holds ('Managing
    director Fiona Askew' / 'Managing director Fiona Ashby'; 'Grzegorz Malinowski, the president of the water
    company' / 'Grzegorz Malewski, the company's president'): the office holder's surname told two ways. An
    office many hold at once ('Sen. John Thune' / 'Sen. John Cornyn') may be two people's; one name spelt two
    ways is the spelling rule's; a sentence that names both surnames speaks of two people."""
    for a, b, ta, tb in _two_word_names(ea, eb):
        if ta[1] == tb[1] or min(len(ta[0]), len(tb[0])) < 3:
            continue
        if not _one_name_shortened(ta[0], tb[0]):
            continue  # 'Ronald Reagan' / 'Donald Trump': one given name, or its short form ('Jim' / 'James')
        if min(len(ta[1]), len(tb[1])) < 3 or _same_token(ta[1], tb[1]) or _spelling_variant(a, b):
            continue  # one surname's forms, or a spelling the spelling rule weighs
        if ta[1].startswith(tb[1]) or tb[1].startswith(ta[1]):
            continue
        if re.search(rf"\b{re.escape(b.text.split()[-1])}\b", fa.text, re.I) or re.search(
            rf"\b{re.escape(a.text.split()[-1])}\b", fb.text, re.I
        ):
            continue  # both surnames named on one side: two people
        roles = (_office(fa.text, a) & _office(fb.text, b)) - _MANY_HOLDERS
        if roles:
            return _office_conflict(a, b, "surname", roles)
    return None


def _one_kind_two_names(ua: list[EntityMention], ub: list[EntityMention]) -> Conflict | None:
    """The one name each sentence has that the other lacks, of one kind and otherwise worded apart
    ('Coastline Stevedoring' / 'Bayline Stevedoring', 'the First Panel' / 'the Second Panel')."""
    if len(ua) != 1 or len(ub) != 1:
        return None
    a, b = ua[0], ub[0]
    ta, tb = a.tokens, b.tokens
    if len(ta) < 2 or len(tb) < 2 or ta[-1] != tb[-1] or set(ta[:-1]) & set(tb[:-1]):
        return None
    if a.title or b.title or ta[-1] not in _GENERIC_HEADS | TYPE_NOUNS:
        return None  # people ('Barack Obama' / 'Michelle Obama'): their roles decide
    if _initials_of(ta, tb) or _initials_of(tb, ta):
        return None  # 'Dallas Fort Worth International Airport' / 'DFW Airport': a name and its acronym
    expl = f"entity: {a.text} vs {b.text}"
    return Conflict("entity", a.text, b.text, a.key, b.key, _clip(expl), 0.7, a.span, b.span)


def _initials_of(long: tuple[str, ...] | list[str], short: tuple[str, ...] | list[str]) -> bool:
    """Whether a name of two words opens with the initials of the other's first words before the same closing noun
    ('dfw airport' of 'dallas fort worth international airport')."""
    words = [w for w in long[:-1] if w not in _SMALL_WORDS]
    return len(short) == 2 and 2 <= len(short[0]) <= len(words) and "".join(w[0] for w in words).startswith(short[0])


_FOREIGN_LINK = re.compile(
    r"\s(?:de|del|della|di|da|do|dos|das|la|le|les|des|du|y|et|e|sans|für|der|die|und|och|og)\s", re.I
)


def _foreign_name(name: str) -> bool:
    """Whether a name of several words is written in a language other than English, as a joining word inside it tells
    ('Cámara de Diputados', 'Patronato de la Alhambra y Generalife', 'Médecins Sans Frontières')."""
    return bool(_FOREIGN_LINK.search(name))


_ITS_PEOPLE = re.compile(
    r"\s+(?:officials|representatives|staff|executives|members|leaders|employees|officers|lawyers|spokespeople)\b"
)
"""After a body's name: its people ('ANI officials'), not the body itself."""


def _agent_swap(ea: list[EntityMention], eb: list[EntityMention]) -> Conflict | None:
    """The same act credited to two agents: 'tabled by the National Rally' / 'tabled by the New
    Popular Front ... supported by the National Rally'. A name the other sentence also mentions is
    no conflict by itself; here each sentence's agent of the act is named by the other in another
    role or not at all, so the two agents are two values of one slot."""
    for a in ea:
        if not a.slot.startswith(("prep:by|verb:", "subj:")) or len(a.tokens) < 2:
            continue
        for b in eb:
            if _act(b) != _act(a) or len(b.tokens) < 2 or _same_entity(a, b):
                continue
            if not (a.slot.startswith("prep:by|") or b.slot.startswith("prep:by|")):
                continue  # two subjects of one verb are often two doers ('Russia said' / 'Ukraine said')
            if _foreign_name(a.text) != _foreign_name(b.text):
                continue  # 'run by Médecins Sans Frontières' / 'Doctors Without Borders runs': one body, its name
                # in its own language and translated
            if any(_same_entity(a, y) and _act(y) == _act(a) for y in eb) or any(
                _same_entity(x, b) and _act(x) == _act(b) for x in ea
            ):
                continue  # both agents credited on one side ('tabled by X and by Y'; 'headed by X ... led by Y')
            if any(_same_entity(a, y) and 0 < y.span[0] - b.span[1] <= 12 for y in eb) or any(
                _same_entity(x, b) and 0 < x.span[0] - a.span[1] <= 12 for x in ea
            ):
                continue  # 'brought by the NC NAACP' / 'by the North Carolina State Conference of the NAACP': a
                # branch named with its body on one side
            if sum(_act(x) == _act(a) for x in ea) > 1 or sum(_act(y) == _act(b) for y in eb) > 1:
                continue
            expl = f"entity: {a.text} vs {b.text} ({a.slot_text.lower()})"
            return Conflict("entity", a.text, b.text, a.key, b.key, _clip(expl), 0.7, a.span, b.span)
    return None


_COUNT_ACT = per_text(
    re.compile(
        r"\b(?!(?:about|almost|most|least|first|last|next|past|just|without)\b)(?P<verb>[a-z]{3,}(?:ed|t))\s+"
        r"(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|at\s+least\s+)?"
        r"(?P<num>\d[\d,.]*\d|\d{2,})\s+(?P<noun>[a-z]{3,})\b"
    )
)
"""A past act on a count of things ('cancelled 210 flights', 'kicked 12 points'; not 'about 210 flights')."""
_DOER_GAP = re.compile(
    r"(?:,[^,;]{1,50},)?\s+(?:said\s+(?:it|they|he|she)\s+(?:had|has|have)\s+|(?:had|has|have)\s+(?:also\s+)?)?"
)
"""Between a doer and its act: an apposition, 'said it had', an auxiliary ('Alpina Air, the low-cost carrier,
cancelled'; 'Azur Connect said it had cancelled')."""


_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|of|from|on|across|around)\s+(?:the\s+)?$", re.I)


def _doer_of(text: str, pool: list[EntityMention], at: int) -> EntityMention | None:
    """The name right before an act, across an apposition or 'said it had' (`_DOER_GAP`): a name of two words or more,
    or of one that does not open the sentence (a capitalised opener may be a common word)."""
    for e in sorted(pool, key=lambda x: -x.span[1]):
        if e.span[1] > at:
            continue
        if _PLACE_BEFORE.search(text[max(0, e.span[0] - 12) : e.span[0]]):
            return None  # 'Temperatures near Sierra Blanca reached 104 degrees': a place, not the doer
        if _DOER_GAP.fullmatch(text[e.span[1] : at]) and (len(e.tokens) >= 2 or e.span[0] > 0):
            return e
        return None
    return None


def _one_count_two_doers(text_a: str, ea: list[EntityMention], text_b: str, eb: list[EntityMention]) -> Conflict | None:
    """One act on one count of things credited to two doers, neither named on the other side ('Alpina Air, the
    low-cost carrier, cancelled 210 flights' / 'Azur Connect said it had cancelled 210 flights'; 'Beauden Barrett
    kicked 12 points' / 'Damian McKenzie kicked 12 points')."""
    acts_b = [(stem(m.group("verb")), m.group("num").replace(",", ""), stem(m.group("noun")), m.start("verb"))
              for m in _COUNT_ACT.finditer(text_b)]  # fmt: skip
    for m in _COUNT_ACT.finditer(text_a):
        key = (stem(m.group("verb")), m.group("num").replace(",", ""), stem(m.group("noun")))
        for vb, nb, ob, at_b in acts_b:
            if (vb, nb, ob) != key:
                continue
            a, b = _doer_of(text_a, ea, m.start("verb")), _doer_of(text_b, eb, at_b)
            if a is None or b is None or _same_entity(a, b):
                continue
            if any(_same_entity(a, y) for y in eb) or any(_same_entity(x, b) for x in ea):
                continue  # a doer the other side names too: two parts of one story, not two values of one doer
            expl = f"entity: {a.text} vs {b.text} ({m.group('verb')} {m.group('num')} {m.group('noun')})"
            return Conflict("entity", a.text, b.text, a.key, b.key, _clip(expl), 0.7, a.span, b.span)
    return None


def _lists(text: str, pool: list[EntityMention], bare: bool = False) -> list[list[EntityMention]]:
    """Runs of names joined by 'and', 'or' or commas ('from Kazakhstan and Turkmenistan'), the first
    of each run filling a slot (with bare, also runs that fill none: 'Dhemaji and Lakhimpur are the worst-hit')."""
    runs: list[list[EntityMention]] = []
    for e in sorted(pool, key=lambda x: x.span):
        if runs and re.fullmatch(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)", text[runs[-1][-1].span[1] : e.span[0]]):
            runs[-1].append(e)
        else:
            runs.append([e])
    return [
        r
        for r in runs
        if len(r) >= 2
        and (r[0].slot or bare)
        and not r[0].slot.startswith("prep:between")  # 'trains between Bologna and Rimini': a route
        and not any(x.slot for x in r[1:])
        and re.search(r"\b(?:and|or)\s+$", text[r[-2].span[1] : r[-1].span[0]])  # not 'Hope, Arkansas'
        and not _SOME_OF_BEFORE.search(text[max(0, r[0].span[0] - 30) : r[0].span[0]])
    ]


_SOME_OF_BEFORE = re.compile(r"\b(?:most\s+of\s+them|including|such\s+as|among\s+them)\b[^.;]{0,12}$", re.I)
"""Before a list, a word that makes it a part of the whole ('most of them in Vejle, Fredericia and Middelfart')."""


def _list_swap(text_a: str, ea: list[EntityMention], text_b: str, eb: list[EntityMention]) -> Conflict | None:
    """Two lists of one slot, of one length, that agree on all names but one each: 'a bridge loan
    from Danske Bank and Deutsche Bank' / 'from Danske Bank and Commerzbank'."""
    if set(re.findall(r"\b(?:19|20)\d\d\b", text_a)) != set(re.findall(r"\b(?:19|20)\d\d\b", text_b)):
        return None  # 'in 2014, mostly in Knox and Holmes counties' / 'now in Holmes and Wayne': two moments
    for la in _lists(text_a, ea, bare=True):
        for lb in _lists(text_b, eb, bare=True):
            if len(la) != len(lb):
                continue
            only_a = [x for x in la if not any(_same_entity(x, y) for y in lb)]
            only_b = [y for y in lb if not any(_same_entity(x, y) for x in la)]
            if not la[0].slot or not lb[0].slot:
                if la[0].slot or lb[0].slot or not _told_alike_after(text_a, la[-1], text_b, lb[-1]):
                    continue  # two lists that fill no slot are one list when the same words follow each
            elif not (
                _same_slot(la[0].slot, lb[0].slot)
                or (len(la) >= 3 and len(only_a) == 1 and _near_slot(la[0].slot, lb[0].slot))
            ):
                continue  # (three names of which two agree hold one slot under two near wordings: 'Residents of
                # Varnavas, Kapandriti and Grammatiko' / 'People in Varnavas, Kapandriti and Marathon')
            if len(only_a) == len(only_b) == 1 and not (only_a[0].etype and only_a[0].etype != only_b[0].etype):
                a, b = only_a[0], only_b[0]
                if _admin_division(text_a, a) != _admin_division(text_b, b):
                    continue  # 'hotels in Limerick and Ennis' / 'in Co Clare and Co Limerick': a town, the county
                    # that may hold it
                told = la[0].slot_text.lower() or re.split(r"[,;:.!?]", text_a[la[-1].span[1] :])[0].strip()
                expl = f"entity: {a.text} vs {b.text} (listed {told})"
                return Conflict("entity", a.text, b.text, a.key, b.key, _clip(expl), 0.75, a.span, b.span)
    return None


def _told_alike_after(text_a: str, a: EntityMention, text_b: str, b: EntityMention) -> bool:
    """Whether the same three words or more, up to a comma or the end, follow two lists ('Dhemaji and Lakhimpur are
    the worst-hit districts' / 'Dhemaji and Morigaon are the worst-hit districts, officials said')."""
    wa = re.split(r"[,;:.!?]", text_a[a.span[1] :])[0].lower().split()
    wb = re.split(r"[,;:.!?]", text_b[b.span[1] :])[0].lower().split()
    return len(wa) >= 3 and wa == wb


_HEAD_SAME = {
    "plant": "factory", "facility": "factory", "works": "factory", "mill": "factory", "site": "factory",
    "electricity": "power", "energy": "power", "gas": "power", "lender": "bank", "firm": "company",
    "truc": "agreement", "ceasefir": "agreement", "deal": "agreement", "accord": "agreement", "pact": "agreement",
    "treaty": "agreement", "armistic": "agreement",  # 'signed a ceasefire agreement in' / 'signed a truce in'
    "vessel": "ship", "boat": "ship",  # 'diverted two ships to' / 'diverted two vessels to'
}  # fmt: skip
"""Head words after which a place or source fills one slot ('its plant in Nijmegen' / 'its factory in
Tilburg'; 'importing electricity from' / 'importing power from')."""


_TWIN_QUALIFIERS = [
    {"upper", "lower"}, {"north", "south"}, {"east", "west"}, {"northern", "southern"}, {"eastern", "western"},
    {"old", "new"}, {"inner", "outer"}, {"great", "little"},
]  # fmt: skip
"""First words that tell apart two places of one name ('Upper Ncema' / 'Lower Ncema')."""


_SPLIT_LANDS = frozenset(
    "korea korean sudan sudanese ossetia ossetian cyprus cypriot yemen yemeni vietnam vietnamese america american africa"
    " african pole polar".split()
)
"""Names whose twins are countries or regions of the world ('North Korea' / 'South Korea', 'North America'): two
actors of a story, not two places told for one."""


def _qualified_twins(ea: list[EntityMention], eb: list[EntityMention]) -> Conflict | None:
    """Two places of one name told apart by their first word, one on each side ('Upper Ncema dam was decommissioned'
    / 'Lower Ncema was taken off line'), neither side naming the other's."""
    keys_a, keys_b = {e.key for e in ea}, {e.key for e in eb}
    for a in ea:
        for b in eb:
            ta, tb = a.key.split(), b.key.split()
            if len(ta) < 2 or ta[1:] != tb[1:] or {ta[0], tb[0]} not in _TWIN_QUALIFIERS:
                continue
            if b.key in keys_a or a.key in keys_b:
                continue  # 'Upper and Lower Ncema' told on one side
            if _is_country(a) or _is_country(b) or ta[-1] in _SPLIT_LANDS:
                continue  # 'North Korea fired' / 'South Korea said': two countries, each with its part in a story
            if any(e is not a and not any(_same_entity(e, f) for f in eb) for e in ea) or any(
                f is not b and not any(_same_entity(e, f) for e in ea) for f in eb
            ):
                continue  # 'Sen. Lindsey Graham of South Carolina' / 'Senator Richard M. Burr of North Carolina': other
                # names apart too, two people each with their state
            expl = f"entity: {a.text} vs {b.text}"
            return Conflict("entity", a.text, b.text, a.key, b.key, _clip(expl), 0.7, a.span, b.span)
    return None


def _near_slot(x: str, y: str) -> bool:
    """Whether two slots may be one for a list: one preposition under two verbs or one ('were from' / 'came from'), or
    'of' and 'in' for a place's people ('Residents of' / 'People in')."""
    px, py = x.partition("|verb:")[0], y.partition("|verb:")[0]
    return bool(px) and (px == py or {px, py} == {"prep:of", "prep:in"})


def _same_slot(x: str, y: str) -> bool:
    if x == y:
        return True
    px, _, hx = x.partition("|verb:")
    py, _, hy = y.partition("|verb:")
    return bool(hx and hy and px == py and _HEAD_SAME.get(hx, hx) == _HEAD_SAME.get(hy, hy))


def _is_country(e: EntityMention) -> bool:
    return any(t in COUNTRIES for t in e.tokens)


_RELATIONS = [
    {stem(w) for w in ("owned", "own", "controlled", "held")},
    {stem(w) for w in ("operated", "operate", "run", "managed", "manage")},
    {stem(w) for w in ("built", "build", "constructed", "construct")},
    {stem(w) for w in ("designed", "design")},
    {stem(w) for w in ("funded", "financed", "fund", "finance", "backed")},
]
"""Relations a company may have to one thing, each held by another party ('operated by X' / 'owned by Y')."""


def _two_relations(slot_a: str, slot_b: str) -> bool:
    """Whether two 'by' slots name two different relations ('operated by' / 'owned by')."""
    va, vb = slot_a.partition("|verb:")[2], slot_b.partition("|verb:")[2]
    ga = next((k for k, g in enumerate(_RELATIONS) if va in g), None)
    gb = next((k for k, g in enumerate(_RELATIONS) if vb in g), None)
    return ga is not None and gb is not None and ga != gb


_ESTIMATING = frozenset(stem(w) for w in ("estimated", "forecast", "predicted", "projected", "expected", "calculated"))
"""Verbs of a figure's source ('the Icelandic Met Office estimated' / 'the Department of Civil Protection
estimated'): each body makes its own estimate, and two of them are no conflict of who made one."""
_FIGURES = re.compile(r"\d+(?:[.,]\d+)*")


def _initials(e: EntityMention) -> set[str]:
    """The first letters of a name's words, its small words passed over ('World Health Organization' -> w, h, o)."""
    return {w[0].lower() for w in e.text.split() if w.lower() not in STOPWORDS and w[0].isalpha()}


def _entity_pair(
    a: EntityMention, b: EntityMention, ua: list[EntityMention], ub: list[EntityMention]
) -> Conflict | None:
    if (
        _spelling_variant(a, b)
        and not (a.initial and len(a.tokens) == 1 and not a.title)
        and not (b.initial and len(b.tokens) == 1 and not b.title)
    ):
        la, lb = a.tokens[-1], b.tokens[-1]
        conf = 0.85 if (_name_like(a) or _name_like(b)) else 0.7
        k = -1 if la != lb else 0  # the word spelt two ways: the surname, or the given name before one surname
        wa = a.text.split()[k]
        wb = b.text.split()[k]
        expl = f"entity: spelling of name {wa} vs {wb}"
        if la and lb:
            return Conflict("entity", a.text, b.text, a.key, b.key, _clip(expl), conf, a.span, b.span)
    conf = 0.0
    why = ""
    if a.etype and b.etype and a.etype != b.etype:
        return None  # 'X, a town' vs 'Y department': different things, both may be right
    if a.title and b.title and a.title == b.title:
        # same role, different person: 'Inspector X said' vs 'Inspector Y said'; a title alone is no role
        # (many senators, presidents past and present), so the slot must match too
        if _name_like(a) and _name_like(b) and a.slot and a.slot == b.slot:
            if not (a.slot.startswith("speaker:") and a.title in _MANY_HOLDERS):
                conf, why = 0.8, a.title
        elif (
            len(a.tokens) == len(b.tokens) == 2
            and a.tokens[0] == b.tokens[0]
            and (a.tokens[1][:3] == b.tokens[1][:3] or fuzz.ratio(a.tokens[1], b.tokens[1]) >= 70)
            and _name_like(a)
            and _name_like(b)
        ):
            # one title, one first name, two surnames that begin alike: 'Dr. Karen Whitfield' / 'Dr. Karen
            # Whitcomb' is one person's name garbled or two people; 'Sen. John Kerry' / 'Sen. John McCain'
            # are two senators
            conf, why = 0.75, "surname"
    if not conf and a.slot and b.slot:
        if a.slot == "based" and b.slot == "based":
            conf, why = 0.85, "based in"
        elif a.slot == b.slot and (a.slot == "named" or a.slot.startswith("be:")):
            # 'will be named Shinano Union University' / 'will be named Shinano United University';
            # 'The buyer is Danubia Water Partners' / 'The buyer is Danubia Aqua Holding'
            conf, why = 0.75, a.slot_text.lower()
        elif _same_slot(a.slot, b.slot):
            if "|verb:" in a.slot:
                conf, why = 0.8, a.slot_text.lower()
            elif a.slot.startswith("verb:"):
                conf, why = 0.7, a.slot_text.lower()
            elif a.slot.startswith("mod:"):
                conf, why = 0.75, a.slot.removeprefix("mod:")  # 'its Kirkland studio' / 'its Redmond studio'
            elif (
                a.slot.startswith("subj:")
                and _lone_in_prep(a, ua)
                and _lone_in_prep(b, ub)
                and _is_country(a) == _is_country(b)  # 'Cerro Aleste produced' / 'Chile produced'
            ):
                conf, why = 0.65, a.slot_text.lower()
            elif a.slot.startswith("prep:"):
                if (
                    _lone_in_prep(a, ua)
                    and _lone_in_prep(b, ub)
                    and a.slot.split(":")[1] in {"to", "from", "near", "outside"}
                ):
                    conf, why = 0.6, a.slot_text.lower()
        elif a.slot.startswith("prep:") and b.slot.startswith("prep:"):
            pa = a.slot.partition("|")[0]
            pb = b.slot.partition("|")[0]
            # same destination/origin after different verbs ('driven into X' / 'taken to Y')
            if (
                pa == pb
                and pa in {"prep:to", "prep:from"}
                and _lone_in_prep(a, ua)
                and _lone_in_prep(b, ub)
                and _verb_head(a.slot_text)
                and _verb_head(b.slot_text)
            ):
                conf, why = 0.6, pa.split(":")[1]
            # agent of the same action in other words ('supplied by X' / 'donated by Y')
            elif (
                pa == pb == "prep:by"
                and _lone_in_prep(a, ua)
                and _lone_in_prep(b, ub)
                and len(a.tokens) >= 2
                and len(b.tokens) >= 2
                and not _two_relations(a.slot, b.slot)
            ):
                conf, why = 0.55, "by"
    if not conf and a.etype and a.etype == b.etype and a.etype in _ROLE_TYPES:
        # 'X, a private company' vs 'a company called Y' (both operate the mine)
        conf, why = 0.65, a.etype
    if not conf:
        return None
    # a lone capitalised sentence opener is often a common word (unless its slot says place, or it is written in
    # capitals and shares no letter with the other name's initials, so that it cannot stand for it: 'UNICEF provided
    # the first batch' / 'The World Health Organization provided'; not 'MINSA' / 'Ministry of Health')
    for e, other in ((a, b), (b, a)):
        if (
            e.initial
            and len(e.tokens) == 1
            and not e.title
            and not (len(e.text) >= 3 and e.text.isupper() and not _initials(other) & set(e.text.lower()))
            and e.slot != "based"
            and not e.slot.startswith(("prep:", "mod:"))  # ('The Lyon prosecutor': a place naming which one)
            and e.tokens[0] not in COUNTRIES
        ):
            conf -= 0.2
            break
    if conf < 0.5:
        return None
    expl = f"entity: {a.text} vs {b.text}" + (f" ({why})" if why else "")
    return Conflict("entity", a.text, b.text, a.key, b.key, _clip(expl), round(conf, 2), a.span, b.span)


_PORTFOLIOS = {
    "interior": "interior", "home": "interior", "defence": "defence", "defense": "defence", "foreign": "foreign",
    "external": "foreign", "finance": "finance", "treasury": "finance", "economy": "finance", "economic": "finance",
    "health": "health", "education": "education", "schools": "schools", "labour": "labour", "labor": "labour",
    "employment": "labour", "manpower": "labour", "justice": "justice", "law": "justice", "transport": "transport",
    "transportation": "transport", "railways": "railways", "agriculture": "agriculture", "energy": "energy",
    "power": "energy", "environment": "environment", "climate": "environment", "trade": "trade", "commerce": "trade",
    "industry": "industry", "tourism": "tourism", "housing": "housing", "information": "information",
    "communications": "information", "media": "information", "culture": "culture", "sport": "sport", "sports": "sport",
    "youth": "youth", "water": "water", "mines": "mines", "mining": "mines", "petroleum": "petroleum", "oil": "petroleum",
    "science": "science", "technology": "science", "planning": "planning", "immigration": "immigration",
    "infrastructure": "works", "works": "works", "fisheries": "fisheries", "women": "women", "gender": "women",
    "welfare": "welfare", "security": "security", "police": "security",
}  # fmt: skip
"""A minister's or a secretary of state's portfolio words, those often one ministry's read as one ('Home Minister' /
'Interior Minister', 'Labour Minister' / 'Employment Minister')."""
_PORTFOLIO_BEFORE = per_text(
    re.compile(
        r"(?P<p>(?:[A-Z][A-Za-z.]*(?:,\s+|\s+and\s+|\s+))+)(?:Minister|Secretary|Commissioner)\s+$"
        r"|\b[Tt]he\s+(?P<r>[a-z]+(?:\s+and\s+[a-z]+)?)\s+(?:minister|secretary|commissioner),\s+$"
        r"|\b(?:[Mm]inister|[Cc]ommissioner)\s+(?:of|for)\s+(?:the\s+)?(?P<q>[A-Z][a-z]+(?:(?:,\s+|\s+and\s+|\s+)[A-Z][a-z]+){0,3}),?\s+$"
    )
)
_PORTFOLIO_AFTER = re.compile(
    r",\s+(?:the|a)\s+(?:(?:country|nation|state|government)['’]s\s+)?(?P<p>[a-z]+(?:(?:,\s+|\s+and\s+|\s+)[a-z]+){0,3})"
    r"\s+(?:minister|secretary|commissioner)\b"
    r"|,\s+(?:the\s+)?(?:[Mm]inister|[Ss]ecretary|[Cc]ommissioner)\s+(?:of|for)\s+(?:the\s+)?(?P<q>[A-Za-z]+(?:(?:,\s+|\s+and\s+|\s+)[A-Za-z]+){0,3}?)"
    r"(?=[,.;]|\s+(?:said|told|who))"
)


_OFTEN_ONE_MINISTRY = frozenset(
    frozenset(pair.split("+"))
    for pair in (
        "environment+water environment+agriculture environment+energy environment+transport labour+welfare"
        " finance+planning energy+mines energy+petroleum sport+youth trade+industry science+education works+transport"
        " works+housing culture+information culture+sport culture+tourism justice+security interior+security"
    ).split()
)
"""Portfolios one ministry often holds together ('Minister of Environment, Transport, Energy and Communications',
'Labour and Social Security'), so that an outlet naming one and another the other may both be right."""


_OFFICE_OF_BEFORE = re.compile(r"\b(?:Minister|Commissioner)\s+(?:of|for)\s+$")
"""Right before a name: an office whose portfolio the name's first word may be ('Commissioner for Information ...')."""


def _portfolio(text: str, e: EntityMention) -> tuple[frozenset[str], str]:
    """The portfolio told of a minister or a secretary of state just before the name ('Labour Minister Aisha
    Bello-Adamu', 'The Minister of Education, Aisha Bello-Adamu') or in an apposition after it ('Aisha Bello-Adamu, the
    labour minister'): the portfolio words read back from the office ('US Agriculture Secretary' -> agriculture); empty
    if none ('Prime Minister', 'branch secretary') or if the words after 'of' are not all a portfolio's."""
    first = e.text.split()[0]
    if first.lower() in _PORTFOLIOS and _OFFICE_OF_BEFORE.search(
        text[max(0, e.span[0] - 20) : e.span[0]]
    ):  # 'Commissioner for Information Aminu Bashir', the portfolio read into the name
        return frozenset({_PORTFOLIOS[first.lower()]}), f"{first} " + text[: e.span[0]].split()[-2].lower()
    m = _PORTFOLIO_BEFORE.search(text[max(0, e.span[0] - 70) : e.span[0]]) or _PORTFOLIO_AFTER.match(text, e.span[1])
    if m is None:
        return frozenset(), ""
    told_as = m.group("p") or (m.groupdict().get("r") or "") or m.group("q")
    phrase = re.sub(r"\b[Ss]ocial\s+[Ss]ecurity\b", "Welfare", told_as)  # no police force
    words = [w for w in re.split(r"[\s,]+", phrase) if w]
    listed = bool(re.search(r",|\band\b", phrase))  # 'Agriculture, Rural Development and Environment Minister'
    found: set[str] = set()
    kept: list[str] = []
    for w in reversed(words):
        if w.lower() not in {"and", "affairs"} and w.lower() not in _PORTFOLIOS:
            if m.group("q"):
                return frozenset(), ""  # 'Minister of State for ...', 'Minister of the Crown'
            if listed and kept:
                kept.insert(0, w)
                continue  # a list of portfolios: all of them
            break
        kept.insert(0, w)
        found.add(_PORTFOLIOS.get(w.lower(), ""))
    while kept and kept[0].lower().rstrip(",") not in _PORTFOLIOS:
        kept.pop(0)  # 'The Agriculture and Environment Minister'
    office = re.search(r"[Mm]inister|[Ss]ecretary|[Cc]ommissioner", m.group(0))
    told = " ".join(kept).removeprefix("and ").removesuffix(" and")
    return frozenset(found - {""}), f"{told} {office.group(0).lower() if office else 'minister'}"


def _one_minister_two_portfolios(
    fa: SentenceFacts, ea: list[EntityMention], fb: SentenceFacts, eb: list[EntityMention]
) -> Conflict | None:
    """One person, named in full, given two portfolios that share nothing ('Labour Minister Aisha Bello-Adamu' /
    'Education Minister Aisha Bello-Adamu', 'Interior Minister' / 'Defence Minister'); an office told as past, acting or
    new may be another than today's, and 'Labour and Employment' holds 'Labour'."""
    told_a = [(a, *_portfolio(fa.text, a)) for a in ea if len(a.tokens) >= 2]
    told_a = [t for t in told_a if t[1]]
    if not told_a:
        return None
    told_b = [(b, *_portfolio(fb.text, b)) for b in eb if len(b.tokens) >= 2]
    for a, pa, wa in told_a:
        for b, pb, wb in told_b:
            if not pb or pa & pb or not _same_entity(a, b):
                continue
            if _not_sole_holder(fa.text, a) or _not_sole_holder(fb.text, b):
                continue
            if any(frozenset((x, y)) in _OFTEN_ONE_MINISTRY for x in pa for y in pb):
                continue  # 'Environment Minister Albert Rösti' / 'Transport Minister Albert Rösti': one department
            expl = f"entity: {min(a.text, b.text, key=len)}: {wa} vs {wb}"
            na, nb = "/".join(sorted(pa)), "/".join(sorted(pb))
            return Conflict("entity", wa, wb, na, nb, _clip(expl), 0.75, a.span, b.span)
    return None


_ROUTE = per_text(
    re.compile(
        r"\bfrom\s+(?:the\s+)?(?P<a>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})\s+to\s+(?:the\s+)?"
        r"(?P<b>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})\b"
    )
)
_BOTH_WAYS = re.compile(
    r"\b(?:return(?:ing|ed)?|back|round[- ]trip|both\s+directions|each\s+way|and\s+vice\s+versa)\b", re.I
)


def _route_reversed(text_a: str, text_b: str) -> Conflict | None:
    """One journey told in two directions ('on its way from Quetta to Karachi' / 'travelling from Karachi to Quetta'); a
    sentence that tells of a return or of both directions is no one journey."""
    if not (_ROUTE.search(text_a) and _ROUTE.search(text_b)) or _BOTH_WAYS.search(text_a) or _BOTH_WAYS.search(text_b):
        return None
    for ma in _ROUTE.finditer(text_a):
        for mb in _ROUTE.finditer(text_b):
            a1, a2, b1, b2 = (m.group(g).lower() for m in (ma, mb) for g in ("a", "b"))
            if a1 == b2 and a2 == b1 and a1 != a2:
                va, vb = f"{ma.group('a')} to {ma.group('b')}", f"{mb.group('a')} to {mb.group('b')}"
                expl = f"entity: from {va} vs from {vb}"
                return Conflict("entity", va, vb, va.lower(), vb.lower(), _clip(expl), 0.8, ma.span(), mb.span())
    return None
