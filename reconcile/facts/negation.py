"""Negated predicates: negation cues, their scope and the head word they deny."""

from __future__ import annotations

import re

from reconcile.facts.lexicon import SCOPE_SKIP, SCOPE_STOP
from reconcile.facts.records import Predicate
from reconcile.facts.tokens import Tok, stem

_NEG_VERBS = {stem(w) for w in ("refuse", "decline", "fail", "deny", "unable")}
NEG_VERB_STEMS = frozenset(_NEG_VERBS)
"""Stems of verbs that negate their complement ('refused to sign', 'denied taking')."""
_NEG_NOUNS = {stem(w) for w in ("refusal", "failure")}
"""Their nouns, which negate an infinitive after them as the verbs do ('his refusal to step down',
'Failure to register is punishable')."""
NON_PREDICATES = {
    stem(w)
    for w in (
        "say",
        "tell",
        "according",
        "report",
        "quote",
        "cite",
        "add",
        "note",
        "state",
        "claim",
        "write",
        "post",
        "announce",
        "comment",
        "speak",
        "explain",
        "describe",
        "respond",
        "disclose",
        "specify",
        "elaborate",
        "reveal",
        "identify",
        "know",
        "return",
        "answer",
        "reply",
        "detail",
        "give",
        "provide",
        "immediately",
        "indicate",
        "clarify",
        "address",
        "discuss",
        "mention",
        "name",
    )
}
"""Stems whose negation says nothing about the claim itself ('did not say whether',
'declined to comment', 'did not name the victim')."""


def _is_neg_cue(toks: list[Tok], i: int) -> tuple[str, int] | None:
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
    if w == "free" and nxt == "of" and i + 2 < len(toks) and toks[i + 2].low in _FREE_OF:
        return "hedge", 2  # 'will replace the battery free of charge': no charge made, nor any affirmed
    if w == "no":
        # 'had no immediate plans to appeal': the act after 'to' is denied, as after 'refused to'
        k = i + 1
        while k < len(toks) and toks[k].low in {"immediate", "current", "further"}:
            k += 1
        if (
            k + 1 < len(toks)
            and toks[k].low in {"plan", "plans", "intention", "intentions"}
            and toks[k + 1].low == "to"
        ):
            return "verb", k - i + 1
    st = stem(w)
    if st in _NEG_VERBS and i and toks[i - 1].low in _DETERMINERS:
        return None  # 'the decline followed the sixth mass bleaching': a noun, no act refused
    if st in _NEG_VERBS and w.endswith("s") and nxt in {"in", "of"}:
        return None  # '64 reported monthly declines in new home prices': falls, no act refused
    if (
        st in _NEG_VERBS
        and i
        and toks[i - 1].low in {"who", "that", "which"}
        and nxt != "to"
        and not nxt.endswith("ing")
    ):
        return None  # 'Developers that refused saw their apps demoted': the refusal ends its relative clause
    if st == _FAIL and nxt != "to":
        return None  # 'a packing house whose lot fails will have its code suspended': failing a test, no act denied
    if (
        nxt == "to"
        and (st in _NEG_VERBS or st in _NEG_NOUNS)
        and i + 2 < len(toks)
        and (toks[i + 2].low in _NOT_A_VERB or toks[i + 2].low[:1].isdigit())
    ):
        return None  # 'traced the failure to a line in Santa Isabel', 'declined to 3.1%': no infinitive, no act denied
    if st == _STOP and nxt == "short" and i + 2 < len(toks) and toks[i + 2].low == "of":
        return "hedge", 3  # 'stopped short of conceding': the act after it is neither done nor denied
    if (st in _NEG_VERBS or (st in _NEG_NOUNS and nxt == "to")) and not (i and t.text[0].isupper()):
        return "verb", 1  # not a capitalised word inside the sentence: a name ('Fianna Fáil', 'Decline Inc.')
    if st == _RULE and nxt == "out":
        return "verb", 2  # 'ruled out playing' (a gerund only: 'ruled out new taxes' denies no act)
    if st in _CHOSE and nxt == "against" and i + 2 < len(toks) and toks[i + 2].low.endswith("ing"):
        return "verb", 2  # 'decided against challenging the ban': the act not to be done
    return None


_BANNED_ACT = re.compile(
    r"\s*(?P<act>[A-Z][a-z]+ing)\b[^.;:,]{0,60}?\b(?:is|are|was|were|will\s+be|has\s+been|have\s+been)\s+"
    r"(?:now\s+)?(?P<cue>banned|prohibited|forbidden|outlawed)\b"
)
"""A sentence whose subject is an act it says is banned ('Filling private swimming pools is now banned')."""
_BANS_ACT = re.compile(
    r"\b(?P<cue>ban|bans|banned|banning|prohibit|prohibits|prohibited|prohibiting|forbid|forbids|forbade)\s+"
    r"(?P<act>[a-z]+ing)(?=\s+(?:in|on|at|from|within|across|for|during|near|until|under|the|a|an|any|all|of)\b|\s*[.,;])"
)
"""A ban whose object is an act ('have banned fishing in the park'): the act denied, as its ban as subject denies it;
not a noun's modifier ('forbids shooting clubs from operating')."""
_FREE_OF = frozenset({"charge", "cost"})
"""What 'free of' takes away ('free of charge'): the word is left out of those compared, neither made nor denied."""
_CHOSE = frozenset(stem(w) for w in ("decided", "decide", "decides", "opted", "opt", "chose", "choose", "advised"))


_FAIL = stem("fail")
_DETERMINERS = frozenset("the a an its their this his her our any sharp steep further".split())
_RULE = stem("rule")
_STOP = stem("stop")
_NOT_A_VERB = frozenset("a an the its their his her our this that these those some".split())
_GERUND_CUES = {stem("deny"), _RULE}
"""Negating verbs that deny an act only when it follows as a gerund ('denied taking', 'ruled out playing')."""


def _find_head(toks: list[Tok], i: int, verb_cue: bool) -> int | None:
    """The predicate a negation cue ending before token i applies to."""
    n = len(toks)
    j = i
    steps = 0
    while j < n and steps < 9:
        t = toks[j]
        w = t.low
        if not t.is_word:
            if t.text in {"-", "\u201c", "\u2018", '"'} and j + 1 < n and toks[j + 1].is_word:
                j += 1  # 'does not "ask that ...': the quote mark opens the denied words
                continue
            return None
        if w == "going" and j + 1 < n and toks[j + 1].low == "to":
            j += 2  # 'is not going to live from budget to budget': the denied verb follows
            steps += 1
            continue
        if w in SCOPE_STOP:
            return None
        if w in SCOPE_SKIP or (
            w.endswith("ly")
            and len(w) > 4
            and w not in {"apply", "rely", "fly", "supply", "reply", "ally", "comply", "imply", "multiply"}
        ):
            j += 1
            steps += 1
            continue
        if verb_cue and (
            t.is_cap or w in {"reports", "claims", "allegations", "suggestions", "accusations", "charges"}
        ):
            # 'denied claims that he had taken ...' -> look inside the that-clause
            j += 1
            steps += 1
            continue
        return j
    return None


_PARTICIPLES_AFTER_NOUN = {"done", "carried", "completed", "performed", "made", "delivered", "supplied", "ordered"}
"""Participles that open a phrase of their own after a noun ('work done before ...'), which a later 'before' dates."""
_NOT_A_NOUN = {"be", "been", "being", "to", "was", "were", "is", "are", "have", "has", "had", "not", "never", "yet"}
_INTENT_VERBS = {"plan", "plans", "planned", "planning", "intend", "intends", "intended", "intending"}
"""Verbs of intent whose denial denies the act intended ('did not plan to appeal'), unlike 'did not expect to win'."""
_UNTIL = {"until", "till", "til"}
_GERUND_AFTER_BEFORE = re.compile(r"(?!(?:morning|evening|spring)$)[a-z]{3,}ing")
"""A gerund after 'before' ('before announcing'): an act the denied one should have come before, not a time."""
_WH = {"whether", "if", "how", "why", "what", "who", "when", "where", "which"}


def _delayed(toks: list[Tok], head: int, reach: int = 8) -> bool:
    """Whether 'until' or 'before' follows the denied word within its clause ('did not reopen until
    shortly before noon', 'was not found until the next morning', 'did not expect it to resume before
    mid-January'): the event happened, or is to happen, later."""
    for q in range(head + 1, min(len(toks), head + 1 + reach)):
        low = toks[q].low
        if low == "before" and q + 1 < len(toks) and _GERUND_AFTER_BEFORE.fullmatch(toks[q + 1].low):
            return False  # 'had not consulted the council before announcing the plan': the act denied, not delayed
        if low in _UNTIL or low == "before":
            return True  # 'did not expect Fab 3 to resume any output before mid-January': later, not never
        if (
            q > head + 1
            and low in _PARTICIPLES_AFTER_NOUN
            and toks[q - 1].is_word
            and not toks[q - 1].is_cap
            and toks[q - 1].low not in _NOT_A_NOUN
        ):
            return False  # 'will not be paid for work done before the examiner was appointed': the time is the work's
        if (not toks[q].is_word and low not in {"-", "'"} and not low.isdigit()) or (
            low in SCOPE_STOP and low not in _UNTIL
        ):
            return False
    return False


_TAKE = {stem(w) for w in ("take", "takes", "took", "taken", "taking")}
_JOIN = stem("joined")
"""'Take part' is read as 'join': one act told two ways ('did not take part in the protest' / 'joined the march').
('Participate' is not: 'did not participate in organizing the event' / 'joined in support of the company' are two
acts.)"""


def extract_negation(text: str, toks: list[Tok]) -> tuple[list[Predicate], list[tuple[str, str, int, int, bool]]]:
    n = len(toks)
    flip = [0] * n
    cue_of: dict[int, str] = {}
    cue_tok: set[int] = set()
    hedged: set[int] = set()
    i = 0
    while i < n:
        cue = _is_neg_cue(toks, i)
        if cue is None:
            i += 1
            continue
        kind, length = cue
        cue_tok.update(range(i, i + length))
        if kind == "hedge":
            head = _find_head(toks, i + length, False)
            if head is not None and (toks[head].low.endswith("ing") or toks[head].low in _FREE_OF):
                hedged.add(head)  # neither affirmed nor denied: left out of the words compared
            i += length
            continue
        head = _find_head(toks, i + length, kind == "verb")
        cue_text = text[toks[i].start : toks[i + length - 1].end]
        if head is not None:
            if kind == "verb" and head < n and toks[head].low == "to":
                head = _find_head(toks, head + 1, False)
        if (
            head is not None
            and kind == "verb"
            and stem(toks[i].low) in _GERUND_CUES
            and not (toks[head].low.endswith("ing") or (i + 1 < n and toks[i + 1].low in {"that", "having", "ever"}))
        ):
            head = None  # 'denied the charges' is a plea, not 'did not (do) the charges'
        if (
            head is not None
            and toks[head].low in _INTENT_VERBS
            and head + 2 < n
            and toks[head + 1].low == "to"
            and toks[head + 2].is_word
        ):
            head += 2  # 'did not plan to appeal': the appeal is what is denied
        if head is not None and kind != "verb" and _delayed(toks, head):
            head = None  # 'did not reopen until noon' says when it reopened, not that it did not
        if head is not None and toks[head].low == "clear" and head + 1 < n and toks[head + 1].low in _WH:
            head = None  # 'it was not clear whether ...': a doubt, not a denial
        if head is not None:
            eff = 1
            if kind == "verb" and flip[i]:
                # 'did not deny taking' - the negations cancel on 'taking'
                eff = 0
            flip[head] ^= eff
            cue_of[head] = (cue_of.get(head, "") + " " + cue_text).strip()
            if (
                eff
                and head + 2 < n
                and toks[head + 1].low in {"or", "nor"}
                and toks[head].low.endswith(("ed", "en"))
                and toks[head + 2].low.endswith(("ed", "en"))
                and not toks[head + 2].is_cap
            ):
                # 'have not been suspended or placed on restricted duties': the denial holds for both participles
                flip[head + 2] ^= 1
                cue_of[head + 2] = (cue_of.get(head + 2, "") + " " + cue_text).strip()
            if head < n and flip[head] and kind == "adv" and stem(toks[head].low) in _NEG_VERBS:
                pass
        i += length
    for ban in (_BANNED_ACT.match(text), *_BANS_ACT.finditer(text)):
        # 'Filling private swimming pools is now banned', 'have banned fishing': the act, as 'cannot fill' denies it
        if ban is None:
            continue
        k = next((k for k, t in enumerate(toks) if t.start == ban.start("act")), None)
        if k is not None and not flip[k]:
            flip[k] = 1
            cue_of[k] = ban.group("cue")
    preds: list[Predicate] = []
    words: list[tuple[str, str, int, int, bool]] = []
    for k, t in enumerate(toks):
        if not t.is_word or k in hedged:
            continue
        st = stem(t.low)
        if st in _TAKE and k + 1 < n and toks[k + 1].low == "part":
            st = _JOIN  # 'did not take part in the protest' / 'joined the march': one act
        neg = bool(flip[k])
        words.append((st, t.text, t.start, t.end, neg))
        if k in cue_of:
            phrase_end = min(n, k + 3)
            pe = k
            for q in range(k + 1, phrase_end):
                if (
                    toks[q].is_word
                    and toks[q].low not in SCOPE_STOP
                    and toks[q].low not in {"on", "in", "at", "by", "that", "the", "a", "an"}
                ):
                    pe = q
                else:
                    break
            phrase = text[t.start : toks[pe].end]
            preds.append(Predicate(t.text, (t.start, t.end), st, neg, cue_of[k], phrase))
    return preds, words
