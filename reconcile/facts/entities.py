"""Named-entity mentions and the syntactic slot they fill (subject, object, place after a preposition)."""

from __future__ import annotations

import re
from collections.abc import Callable

from reconcile.facts.lexicon import (
    ACT_SYNONYMS,
    ALIASES,
    ATTRIBUTION,
    COMMON_CAPS,
    CONNECTORS,
    COUNTRIES,
    DEMONYMS,
    GEO_ADJ,
    HONORIFICS,
    IRREGULAR_PAST,
    MONTHS,
    NAME_ABBR,
    OF_HEADS,
    OUTLETS,
    PREP_CLASS,
    ROUTE_WORDS,
    SLOT_PREPS,
    STOPWORDS,
    TITLE_ABBR,
    TITLE_HEADS,
    TITLES,
    TYPE_NOUNS,
    WEEKDAYS,
)
from reconcile.facts.places import countries_of, is_state_or_province
from reconcile.facts.quantities import modifier_like
from reconcile.facts.records import EntityMention
from reconcile.facts.tokens import Tok, stem, strip_accents

SEAT_WORDS = ("based", "headquartered", "registered", "incorporated", "located")
"""Words that give a thing's seat ('based in X', 'an X-based firm'): a place in the 'based' slot."""
SEAT_RE = re.compile(r"\b(?:" + "|".join(SEAT_WORDS) + r")\b", re.IGNORECASE)
"""Any seat word: sentences without one hold no 'based' slot."""
FIRM_NOUNS = (
    "company|firm|operator|airline|carrier|bank|lender|insurer|manufacturer|maker|supplier|contractor|start-?up"
    "|retailer|developer|broker"
)
"""Nouns of a business, whose seat a place told with them gives ('a family company from Tilburg', 'a Chennai firm')."""
_ORG_FROM = re.compile(rf"\b(?:{FIRM_NOUNS}|shipowner)\s+from\s+$", re.IGNORECASE)
"""A business 'from' a place ('a family company from Tilburg'): its seat, like 'based in'."""
_BASED_RE = re.compile(r"^\s*-\s*(?:based|headquartered|registered)\b", re.IGNORECASE)


def _norm_name(s: str) -> str:
    s = strip_accents(s).lower().strip()
    s = re.sub(r"'s$", "", s)
    s = re.sub(r"\s+", " ", s)
    return s


def entity_key(s: str) -> str:
    """Comparison key for a name: accents stripped, lowercase, aliases mapped."""
    n = _norm_name(s)
    n = n.removeprefix("the ")
    if n in ALIASES:
        return ALIASES[n]
    nd = n.replace(".", "")
    if nd in ALIASES:
        return ALIASES[nd]
    return n


_NAME_ADJECTIVES = frozenset(
    "former late then ex acting veteran fellow senior top new longtime outgoing incoming interim retired"
    " current embattled disgraced powerful influential prominent".split()
)
"""Words that describe the person or place named next ('former U.S. ambassador'), not a verb whose
object the name is."""


_MEMBERS = frozenset("mps mlcs mlas meps msps mss tds mpps mhas mnas mks".split())
"""Members of a chamber, in the plural ('Labour MPs', 'two MLCs'): a role, not a name."""


def extract_entities(text: str, toks: list[Tok], time_spans: list[tuple[int, int]]) -> list[EntityMention]:
    out: list[EntityMention] = []
    n = len(toks)
    i = 0
    first_word = next((k for k, t in enumerate(toks) if t.is_word or t.text[0].isdigit()), 0)

    def in_time(t: Tok) -> bool:
        return any(t.start < te and ts < t.end for ts, te in time_spans)

    index = {id(t): k for k, t in enumerate(toks)}

    def is_name_tok(t: Tok) -> bool:
        if not t.is_word or not t.is_cap:
            return False
        base = t.low.removesuffix("'s")
        if in_time(t) or base in WEEKDAYS:
            return False
        if base in MONTHS:
            # a month's name that dates nothing and stands before a capitalised name is a given name
            # ('goalkeeper Jan Moravec', 'April Jones')
            k = index[id(t)] + 1
            nxt = toks[k] if k < n else None
            return bool(nxt and nxt.is_word and nxt.is_cap and not in_time(nxt) and nxt.low not in MONTHS)
        return True

    while i < n:
        t = toks[i]
        if not is_name_tok(t) and not (t.low in {"al", "el"} and i + 1 < n and toks[i + 1].text == "-"):
            i += 1
            continue
        j, parts = _name_run(text, toks, i, is_name_tok)
        i = j + 1
        while parts and toks[parts[-1]].low in _MEMBERS:
            parts = parts[:-1]  # 'the two Legalise Cannabis MPs': the party, and its members' role
        if not parts:
            continue
        name_idx, title_words = _split_titles(toks, parts)
        s_tok, e_tok = toks[name_idx[0]], toks[name_idx[-1]]
        name_text = text[s_tok.start : e_tok.end]
        if name_text.endswith("'s"):
            name_text = name_text[:-2]
        elif name_text.endswith("'"):
            name_text = name_text[:-1]
        span = (s_tok.start, s_tok.start + len(name_text))
        low_tokens = [toks[p].low.removesuffix("'s") for p in name_idx if toks[p].low not in CONNECTORS]
        i0 = name_idx[0]
        initial = i0 <= first_word or (i0 > 0 and toks[i0 - 1].text in {'"', ":", "(", "'"})
        if _not_a_name(text, toks, name_idx, title_words, low_tokens, initial, name_text):
            continue
        title = _mention_title(text, toks, name_idx, title_words, span)
        slot, slot_text, etype = _entity_slot(text, toks, name_idx[0] if not title_words else parts[0], span)
        etype = etype or _type_after(text, span[1])
        seat = _city_as_seat(text, span, name_text, out[-1].span if out and not out[-1].title else None)
        if seat:
            slot, slot_text = "based", seat
        if (
            slot.startswith("prep:by")
            and _OWNER_OF_NOUN.match(text, span[1])
            and (name_text.lower() in COUNTRIES or countries_of(name_text) or title)
        ):
            # 'fined by Ireland's data regulator': the agent is one of the place's bodies, not the place; 'by FBI
            # Director James Comey's decision': the person's act (a group's own body is still its: 'run by the
            # Taliban's refugee ministry' / 'by the International Organization for Migration')
            slot = "owner:" + slot
        tokens = tuple(strip_accents(w).rstrip("'") for w in low_tokens)
        out.append(
            EntityMention(name_text, span, entity_key(name_text), tokens, title, slot, slot_text, initial, etype)
        )
    return out


_OWNER_OF_NOUN = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*(?=[\s,.;:]|$)")
"""A possessive before a lower-case noun phrase ("Ireland's data regulator"): the name owns the thing named after it."""


_ELIDED = re.compile(r"(?:[dDlL]|[dD]ell|[dD]all)['’][A-ZÀ-ÖØ-Þ]")
"""An elided particle glued to the next word ("d'Ivoire", "l'Aquila"), which continues a name."""


def _possessive_place(toks: list[Tok], parts: list[int], nxt: Tok) -> bool:
    """Whether a run ending in a possessive and the word after it name a place of the city table ("Cox's Bazar")."""
    return bool(countries_of(" ".join([*(toks[p].text for p in parts), nxt.text])))


def _name_run(text: str, toks: list[Tok], i: int, is_name_tok: Callable[[Tok], bool]) -> tuple[int, list[int]]:
    """The run of name tokens from `i` ('Bank of England', 'St. Louis', 'Dr. Abena Mensah'): (last index, token indices)."""
    n = len(toks)
    j = i
    parts = [i]
    while j + 1 < n:
        nt_ = toks[j + 1]
        # stop at a possessive inside the run: "Okafor's" ends the name, unless the run and the next word are a
        # place's own name ("Cox's Bazar", "Martha's Vineyard")
        if toks[j].text.endswith("'s") or toks[j].text.endswith("'"):
            if not (is_name_tok(nt_) and toks[j].end == nt_.start - 1 and _possessive_place(toks, parts, nt_)):
                break
            j += 1
            parts.append(j)
            continue
        if (is_name_tok(nt_) or _ELIDED.match(nt_.text)) and toks[j].end == nt_.start - 1 and text[toks[j].end] == " ":
            # an elided particle glued to a capital continues the name: "Côte d'Ivoire", "Val d'Isère"
            j += 1
            parts.append(j)
            continue
        # an ampersand glued between capitals: 'P&O Ferries', 'AT&T'
        if (
            nt_.text == "&"
            and nt_.start == toks[j].end
            and toks[j].low not in STOPWORDS
            and j + 2 < n
            and toks[j + 2].start == nt_.end
            and toks[j + 2].text[:1].isupper()
        ):
            j += 2
            parts.extend([j - 1, j])
            continue
        # abbreviations with a dot inside a name: 'St. Louis', 'Dr. Abena Mensah', 'Ald. Ortiz', 'John G. Roberts'
        if (
            nt_.text == "."
            and nt_.start == toks[j].end
            and (toks[j].low in NAME_ABBR or (len(toks[j].text) == 1 and toks[j].text.isupper() and j > i))
            and j + 2 < n
            and is_name_tok(toks[j + 2])
            and toks[j + 2].start == nt_.end + 1
        ):
            j += 2
            parts.extend([j - 1, j])
            continue
        if (
            nt_.low in CONNECTORS - {"of", "and", "&"}
            and j + 3 < n
            and toks[j + 2].low in (CONNECTORS | {"los", "las", "les"}) - {"of", "and", "&"}
            and is_name_tok(toks[j + 3])
        ):
            # two particles inside a name: 'Place de la Bastille', 'Ursula von der Leyen', 'Plaza de los Héroes'
            j += 3
            parts.extend([j - 2, j - 1, j])
            continue
        if nt_.low in CONNECTORS and j + 2 < n and is_name_tok(toks[j + 2]) and nt_.low not in {"and", "&"}:
            # 'Bank of England', 'Ministry of Health' - but not 'Ray Kowalski of Greater Manchester'
            if nt_.low == "of" and toks[j].low not in OF_HEADS:
                break
            j += 2
            parts.extend([j - 1, j])
            continue
        break
    return j, parts


_FIRM_TAILS = frozenset(
    "lines line airlines airways company co inc ltd limited plc llc corp corporation group holdings services partners"
    " motors bank trust industries enterprises associates".split()
)
"""Last words of a firm's name: a title word before them is part of the name, not a role."""


_TITLE_RANKS = frozenset({"vice", "deputy", "pro", "assistant", "associate"})


def _ranked_title(w: str) -> bool:
    """A title with its rank joined by a hyphen ('vice-president', 'pro-rector', 'deputy-governor')."""
    rank, _, office = w.partition("-")
    return rank in _TITLE_RANKS and (office in TITLES or _ranked_title(office))


def _split_titles(toks: list[Tok], parts: list[int]) -> tuple[list[int], list[str]]:
    """Split leading titles off a name run ('Inspector Ray Kowalski', 'Foreign Minister Anna Berg'):
    (the name's token indices, the title words)."""
    name_idx = [p for p in parts]
    title_words: list[str] = []
    # a capitalised sentence opener glued to a name ('The Lyon-based ...', 'But Smith ...')
    while len(name_idx) > 1 and toks[name_idx[0]].low in STOPWORDS:
        name_idx = name_idx[1:]
    name_idx = [p for p in name_idx if toks[p].text != "." or p == name_idx[-1]]
    # titles lead the name, possibly after an affiliation: 'Milbrook Mayor Dolores
    # Whitfield', 'Lorvanian Foreign Minister Idris Bektash', 'Health Minister Dr. Mensah'
    title_like = TITLES | set(TITLE_ABBR)

    def is_title(w: str) -> bool:
        return w in title_like or _ranked_title(w)

    if len(name_idx) > 2 and toks[name_idx[-1]].low in _FIRM_TAILS and not is_title(toks[name_idx[0]].low):
        return name_idx, title_words  # 'Keystone Valley Coach Lines': a firm whose name holds a title word
    last_title = max((k for k in range(len(name_idx) - 1) if is_title(toks[name_idx[k]].low)), default=-1)
    if last_title >= 0:
        for k in range(last_title + 1):
            w = toks[name_idx[k]].low
            if is_title(w) or w in TITLE_HEADS:
                title_words.append(TITLE_ABBR.get(w, w))
        name_idx = name_idx[last_title + 1 :]
    while len(name_idx) > 1 and (
        toks[name_idx[0]].low in (TITLES | set(TITLE_HEADS) | set(TITLE_ABBR)) or _ranked_title(toks[name_idx[0]].low)
    ):
        title_words.append(TITLE_ABBR.get(toks[name_idx[0]].low, toks[name_idx[0]].low))
        name_idx = name_idx[1:]
    return name_idx, title_words


def _not_a_name(text: str, toks: list[Tok], name_idx: list[int], title_words: list[str], low_tokens: list[str],
                initial: bool, name_text: str) -> bool:  # fmt: skip
    """A capitalised run that names nobody: a demonym adjective, a common word capitalised at the start of a
    sentence, a title alone, an outlet's name."""
    if len(name_idx) == 1 and not title_words and _is_demonym_adjective(text, toks, name_idx[0]):
        return True
    if len(name_idx) == 1 and not title_words and _is_demonym_noun(toks, name_idx[0]):
        return True
    if not low_tokens:  # only connector words ("de", "of") were capitalised
        return True
    if len(name_idx) == 1 and not title_words:
        w = low_tokens[0]
        if w in COMMON_CAPS or w in TITLES or w in TITLE_ABBR or (initial and w.rstrip("s") in COMMON_CAPS):
            return True
    if entity_key(name_text) in OUTLETS or _norm_name(name_text) in OUTLETS:
        return True
    return all(w in TITLES for w in low_tokens)


def _mention_title(
    text: str, toks: list[Tok], name_idx: list[int], title_words: list[str], span: tuple[int, int]
) -> str:
    """The person's role: from the title words before the name, a lowercase title ('judge Okafor') or an
    apposition after it ('Okafor, the presiding judge')."""
    title = ""
    if title_words:
        title = next((w for w in reversed(title_words) if w in TITLES and w not in HONORIFICS), "")
        title = title or next(
            (
                w
                for w in reversed(title_words)
                if w in TITLES and w not in {"chief", "deputy", "acting", "senior", "former"}
            ),
            "",
        )
        if not title:
            title = next((TITLE_HEADS.get(w, "") for w in title_words if TITLE_HEADS.get(w)), "")
        return title
    # lowercase title before the name: 'inspector Ray Kowalski', 'judge Okafor'
    k0 = name_idx[0] - 1
    if k0 > 0 and toks[k0].text == "." and toks[k0 - 1].low in TITLE_ABBR:
        title = TITLE_ABBR[toks[k0 - 1].low]
    elif k0 >= 0 and toks[k0].low in TITLES:
        title = toks[k0].low
    elif k0 >= 1 and toks[k0].text == "," and toks[k0 - 1].low in TITLES:
        title = toks[k0 - 1].low  # a role set before the name: "the company's plant manager, Hitesh Parekh"
    # apposition after: 'Okafor, the presiding judge'
    app = re.match(r",\s+(?:the|a|an|its|his|her|their)\s+((?:[a-z\-']+\s+){0,3}[a-z]+)\b", text[span[1] :])
    if app:
        role = next((w for w in app.group(1).split() if w in TITLES), "")
        title = role or title
    return title


_DEMONYM_NOUNS = frozenset(
    "swede dane finn pole scot briton turk spaniard frenchman frenchwoman dutchman dutchwoman englishman"
    " englishwoman irishman irishwoman welshman welshwoman scotsman scotswoman kiwi aussie".split()
)
"""Nouns for a person of a country ('the Swede', 'the Frenchman'), capitalised like names."""


def _is_demonym_noun(toks: list[Tok], idx: int) -> bool:
    """'the Swede's career', 'the Norwegian won': a person named by a nationality, after 'the'."""
    w = toks[idx].low.removesuffix("'s").removesuffix("’s")
    if idx == 0 or toks[idx - 1].low != "the":
        return False
    return w in _DEMONYM_NOUNS or w in DEMONYMS or (len(w) > 5 and w.endswith(("ian", "ese", "ean")))


def _is_demonym_adjective(text: str, toks: list[Tok], idx: int) -> bool:
    """'Lithuanian officials', 'the Indian capital': a capitalised adjective, not a name."""
    w = toks[idx].low
    nxt = toks[idx + 1] if idx + 1 < len(toks) else None
    if nxt is None or not nxt.is_word or nxt.is_cap:
        return False
    return w in DEMONYMS or w in _FAITHS or (len(w) > 5 and w.endswith(("ian", "ese", "ish", "ean", "iot")))


_FAITHS = {"hindu", "sikh", "buddhist", "jain", "shia", "sunni", "orthodox", "protestant", "evangelical", "coptic"}
"""Adjectives of a faith ('a Hindu festival'), capitalised like names."""


_SEAT_NOUN_AFTER = re.compile(rf"\s+(?:{FIRM_NOUNS}|group|trader|exporter|importer)\b", re.I)
_NAME_NEXT = re.compile(r"\s+[A-Z][\w'’-]*")


def _city_as_seat(text: str, span: tuple[int, int], name: str, previous: tuple[int, int] | None) -> str:
    """Where a well-known city is told as a firm's seat without a seat word: as the firm's kind's modifier ('a
    Chennai firm, Nilavu Space', 'Ananta Orbital, a Bengaluru start-up') or after the firm's name ('Nilavu Space of
    Coimbatore', a name without a title: 'Mayor Ed Murray of Seattle' is the city he serves). The words as written,
    or ''."""
    if not countries_of(name):
        return ""
    m = _SEAT_NOUN_AFTER.match(text, span[1])
    if m and re.search(r"\b(?:a|an)\s+$", text[max(0, span[0] - 4) : span[0]], re.I):
        return text[span[0] : m.end()]
    if m and _NAME_NEXT.match(text, m.end()) and re.search(r"(?:^|\b[a-z]+\s+)$", text[max(0, span[0] - 20) : span[0]]):
        return text[span[0] : m.end()]  # 'dug by Sydney firm Harbourline Constructions': the seat of the name after
    if previous is not None and text[previous[1] : span[0]] == " of ":
        return "of"
    return ""


def _type_after(text: str, end: int) -> str:
    """'X, a small local company' -> 'company'; 'X department' -> 'department'."""
    after = text[end : end + 80]
    m = re.match(r"\s+([a-z]+)\b", after)
    if m and m.group(1) in TYPE_NOUNS:
        return m.group(1)
    m = re.match(
        r"(?:\s+[A-Z][\w.]*)*,\s+(?:a|an|the)\s+((?:[a-z][\w'-]*\s+){0,4}?)([a-z]+)(?=\s*[,.;)]|\s+(?:of|in|that|which|who|with|from|at|for|on|based|near)\b)",
        after,
    )
    if m and m.group(2) in TYPE_NOUNS:
        return m.group(2)
    return ""


_SUBJECT_ADVERBS = frozenset({"also", "later", "then", "again", "subsequently", "previously", "earlier"})
"""Adverbs that may stand between a name opening a sentence and its verb."""


_INTRO_PREPS = frozenset({"in", "on", "at", "after", "before", "during", "since", "from", "by", "across", "near"})


def _intro_phrase(toks: list[Tok], k: int) -> bool:
    """Whether the tokens before a name up to `k` are a short phrase of place or time and its comma, opening the
    sentence ('In Tadcaster, the River Wharfe burst its banks'): the name still opens the main clause."""
    return 2 <= k <= 8 and toks[k].text == "," and toks[0].low in _INTRO_PREPS and all(t.text != "," for t in toks[1:k])


def _subject_slot(toks: list[Tok], span: tuple[int, int]) -> tuple[str, str]:
    """'Mikel Oyarzabal scored ...' -> ('subj:scor', 'scored'): a name opening the sentence,
    then its verb."""
    k = next((i for i, t in enumerate(toks) if t.start >= span[1]), None)
    if k is None:
        return "", ""
    if toks[k].low in _SUBJECT_ADVERBS and k + 1 < len(toks):
        k += 1  # 'Judge Warren Kessing also ordered ...': the verb after one adverb
    nxt = toks[k]
    if not nxt.is_word or nxt.is_cap:
        return "", ""
    st = stem(nxt.low)
    st = ACT_SYNONYMS.get(st, st)
    if st in ATTRIBUTION:
        return "speaker", nxt.text
    if nxt.low in _MODALS and k + 1 < len(toks) and toks[k + 1].is_word and not toks[k + 1].is_cap:
        verb = toks[k + 1]  # 'The Department of Housing will run the scheme': the act ahead, by its verb
        if verb.low not in STOPWORDS and not verb.low.endswith("ly"):
            st = stem(verb.low)
            return f"subj:{ACT_SYNONYMS.get(st, st)}", f"{nxt.text} {verb.text}"
    if nxt.low in STOPWORDS or nxt.low.endswith("ly"):
        return "", ""
    if not (nxt.low.endswith(("ed", "s")) or nxt.low in IRREGULAR_PAST or nxt.low in _PAST_LIKE_PRESENT):
        return "", ""
    return f"subj:{st}", nxt.text


_MODALS = frozenset({"will", "would", "shall", "can", "could", "may", "might", "must", "should"})
_PAST_LIKE_PRESENT = frozenset({"burst", "cut", "hit", "put", "set", "shut", "spread", "cost", "hurt", "split", "quit"})
"""Verbs whose past is their base form ('the River Wharfe burst its banks')."""


_NAMING = frozenset({"named", "called", "renamed", "dubbed"})
_BE_FORMS = frozenset({"be", "is", "was", "are", "were", "been", "being"})
_COPULA = frozenset({"is", "was"})


PLACE_TYPES = frozenset(
    {"town", "city", "village", "province", "region", "county", "district", "capital", "municipality", "port", "island"}
)
"""Kinds of place named as 'the city of X'."""


def _describes(t: Tok) -> bool:
    """A word between a preposition and a name that describes the name: a place adjective, or a
    lower-case compound ('tabled by the left-wing New Popular Front', 'run by the state-owned X')."""
    return t.low in GEO_ADJ or (t.is_word and not t.is_cap and "-" in t.low.strip("-"))


_HEADQUARTERS_IN = re.compile(
    r"\b(?:has|have|had|with|keeps?|kept)\s+(?:its|their)\s+(?:head\s+office|headquarters|registered\s+office|seat)\s+in\s+"
    r"(?:the\s+)?$|['’]s?\s+(?:head\s+office|headquarters)\s+(?:is|are|was|were)\s+(?:based\s+)?in\s+(?:the\s+)?$",
    re.I,
)
"""Before a place: a body's seat told with a noun ('has its headquarters in Tucumã', 'with its head office in Lyon')."""


_SLOT_TIMES = frozenset("spring summer autumn winter next".split())
"""Words of a time ahead, passed over to reach the verb a place is told with ('will meet next spring in Berlin'; not
weekdays, 'found Friday in Burlingame' being as often another find than the one 'found in Florida' tells, nor a rate's
period, 'ship wheat a year to')."""


_DWELLING_AFTER = re.compile(r"\s+(apartment|flat|home|house|residence|condo|townhouse)\b", re.I)
_OWNER_BEFORE = re.compile(r"\b(?:their|his|her|the\s+(?:couple|family|victim)['’]s)\s+$", re.I)
"""Around a place: someone's home named by it ('their North York apartment', 'his Naas home')."""


_GOVERNING_BODIES = frozenset(
    "board council committee management directors governors trustees executive leadership cabinet".split()
)
"""The bodies through which an organisation acts ('by the board of X' is by X)."""


_SITE_NAME_HEADS = frozenset(
    "hotel hospital airport station bridge port university centre center stadium park mall school college prison"
    " plant factory church mosque temple museum theatre theater cathedral market square club refinery mine".split()
)
"""Last words of a named site ('the Corrib Bay Hotel in Clifden'): the place after 'in' says where that site is."""
_SITE_AFTER = re.compile(
    r"\s+(studio|studios|plant|factory|campus|office|headquarters|hospital|prosecutor|prosecutors|refinery|warehouse"
    r"|mine|facility|site|depot)\b(?!\s+(?:of|in|at)\b)"
)
_PREP_DET_BEFORE = re.compile(
    r"\b(?:to|in|at|from|into|near|by|for|on|outside|inside)\s+(?:the|its|their|his|her)\s+$", re.I
)
"""A preposition before the determiner ('taken to the Pierre Wertheimer hospital'): the preposition's slot holds."""
_OWNER_DET_BEFORE = re.compile(r"(?:^|\b(?:(?i:its|their|his|her|the)|[A-Z][\w-]*['’]s))\s+$")
"""Before a place named as which of a thing ('its Kirkland studio', "Norvale's Smyrna plant", 'The Lyon
prosecutor')."""


def _entity_slot(text: str, toks: list[Tok], first_idx: int, span: tuple[int, int]) -> tuple[str, str, str]:
    """(slot, slot words as written, type noun written before the name)."""
    after = text[span[1] :]
    m = _BASED_RE.match(after)
    if m:
        return "based", text[span[0] : span[1] + m.end()], ""
    before = text[max(0, span[0] - 40) : span[0]]
    if (mm := _SITE_AFTER.match(after)) and _OWNER_DET_BEFORE.search(before) and not _PREP_DET_BEFORE.search(before):
        # 'closing its Kirkland studio' / 'will close its Redmond studio', 'The Lyon prosecutor': a place naming
        # which one of a thing, the thing's slot
        noun = stem(mm.group(1).lower())
        return f"mod:{noun}", text[span[0] : span[1] + mm.end()], ""
    hm = _DWELLING_AFTER.match(after)
    if hm and _OWNER_BEFORE.search(before) and not is_state_or_province(text[span[0] : span[1]]):
        # 'in their North York apartment': the place of a home, as 'in their apartment in Scarborough' tells it
        noun = stem(hm.group(1).lower())
        return f"prep:in|verb:{ACT_SYNONYMS.get(noun, noun)}", f"{hm.group(1)} in", ""
    bm = re.search(r"\b(?:" + "|".join(SEAT_WORDS) + r")\s+(?:in|at)\s+(?:the\s+)?$", before, re.IGNORECASE)
    bm = bm or _HEADQUARTERS_IN.search(before)
    if bm:
        return "based", bm.group().strip(), ""
    fm = _ORG_FROM.search(before)
    if fm:
        return "based", fm.group().strip(), ""  # 'a family company from Tilburg': where the company is based
    # previous tokens: optional determiner/adjectives, preposition, optional verb before it
    k = first_idx - 1
    etype = ""
    skipped = 0
    while k >= 0 and (toks[k].low in {"the", "a", "an"} or (_describes(toks[k]) and skipped < 2)):
        skipped += toks[k].low not in {"the", "a", "an"}
        k -= 1
    # 'will be named X', 'is called X': the name given to what the sentence is about
    if k >= 1 and toks[k].low in _NAMING and toks[k - 1].low in _BE_FORMS:
        return "named", text[toks[k - 1].start : toks[k].end], etype
    # 'The buyer is X', 'the winner was X': the name a role is said to be
    if k >= 2 and toks[k].low in _COPULA and toks[k - 1].is_word and not toks[k - 1].is_cap:
        noun = toks[k - 1].low
        det = k - 2 if toks[k - 2].low in {"the"} else k - 3 if k >= 3 and toks[k - 3].low == "the" else -1
        if (
            det >= 0
            and noun not in STOPWORDS
            and not noun.endswith("ly")
            and all(t.is_word and not t.is_cap for t in toks[det + 1 : k])
        ):
            return f"be:{stem(noun)}", text[toks[det].start : toks[k].end], etype
    # 'a company called X', 'a town named X'
    if k >= 1 and toks[k].low in {"called", "named"} and toks[k - 1].is_word and not toks[k - 1].is_cap:
        etype = toks[k - 1].low if toks[k - 1].low in TYPE_NOUNS else ""
        k -= 2
        while (
            k >= 0
            and (toks[k].low in {"the", "a", "an"} or toks[k].low in GEO_ADJ or modifier_like(toks[k].low))
            and toks[k].is_word
            and not toks[k].is_cap
        ):
            k -= 1
    # 'in the Kazakh city of Uralsk', 'near the town of Borjomi': the place's slot is the preposition's
    if (
        k >= 2
        and toks[k].low == "of"
        and toks[k - 1].low in PLACE_TYPES
        and not toks[k - 1].is_cap
        and first_idx == k + 1
    ):
        etype = toks[k - 1].low
        k -= 2
        while k >= 0 and (toks[k].low in {"the", "a", "an"} or toks[k].low in GEO_ADJ or toks[k].low in DEMONYMS):
            k -= 1
    # 'approved by the board of the Kenya National Highways Authority': the body acts through its board, the agent's
    # slot is the verb's
    if (
        k >= 3
        and toks[k].low == "of"
        and toks[k - 1].low in _GOVERNING_BODIES
        and toks[k - 2].low == "the"
        and toks[k - 3].low == "by"
    ):
        k -= 3
    if k < 0 or _intro_phrase(toks, k):
        subj, subj_text = _subject_slot(toks, span)
        if subj == "speaker":
            # who opens the sentence and says it, with the title words as written ('speaker:deputy governor')
            subj = "speaker:" + " ".join(text[toks[first_idx].start : span[0]].lower().split())
        return subj, subj_text, etype
    p = toks[k]
    if p.low == "to" and k >= 1 and toks[k - 1].low == "according":
        return "", "", etype
    if p.low in SLOT_PREPS:
        prep = PREP_CLASS.get(p.low, p.low)
        v = k - 1
        hops = 0
        # 'driven across the border into X', 'taken by bus to X', 'flew directly to X'
        while (
            v >= 0
            and hops < 4
            and toks[v].is_word
            and (toks[v].low.endswith("ly") or toks[v].low in ROUTE_WORDS or toks[v].low in _SLOT_TIMES)
        ):
            v -= 1
            hops += 1
        name = text[span[0] : span[1]]
        if (
            v >= 1
            and p.low in {"in", "at"}
            and toks[v].is_cap
            and toks[v].low in _SITE_NAME_HEADS
            and not is_state_or_province(name)  # 'Northshore University in British Columbia'
            and name.lower() not in COUNTRIES
        ):
            # 'the Corrib Bay Hotel in Oughterard' / 'the Corrib Bay Hotel in Clifden': where one named site is
            run = [v]
            while run[0] > 0 and toks[run[0] - 1].is_word and toks[run[0] - 1].is_cap and len(run) < 5:
                run.insert(0, run[0] - 1)
            key = "_".join(toks[r].low for r in run)
            return f"prep:{prep}|verb:{key}", text[toks[run[0]].start : p.end], etype
        if v >= 0 and toks[v].is_word and not toks[v].is_cap and toks[v].low not in STOPWORDS:
            verb = stem(toks[v].low)
            verb = ACT_SYNONYMS.get(verb, verb)
            return f"prep:{prep}|verb:{verb}", text[toks[v].start : p.end], etype
        return f"prep:{prep}", p.text, etype
    if p.is_word and not p.is_cap and p.low not in STOPWORDS and p.low not in TITLES and p.low not in _NAME_ADJECTIVES:
        st = stem(p.low)
        if st in ATTRIBUTION:
            return "", "", etype
        return f"verb:{st}", p.text, etype
    return "", "", etype
