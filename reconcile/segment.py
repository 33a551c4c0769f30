"""Split article text into sentences with character offsets (rules, no downloads).

Survives titles and initials ("U.S. President", "Mr. Coale", "J.K. Rowling"), abbreviated dates
("Jan. 5", "Sept. 11"), decimals ("3.5 million"), numbered items ("No. 2"), and quotes whose full
stop sits inside the quote marks. Japanese and Chinese sentences end at 。！？ (no space follows).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reconcile.facts.lexicon import ABBREVIATED_TITLES, NONFINAL_ABBREVIATIONS, SENTENCE_STARTERS

_CANDIDATE = re.compile(r"""[.!?…؟]+["”’'»)\]]*(?=\s+)|[。！？।॥۔]+[」』”’"')）\]]*""")
_CJK_STOP = re.compile(r"[。！？।॥۔]")
"""Japanese and Chinese sentence ends, and the Devanagari danda and Urdu full stop: always a
boundary, with or without a space after."""
_NEXT = re.compile(r"""\s+(["“‘'«(\[]*)(\S+)""")
_TOKEN_BEFORE = re.compile(r"""(\S+?)[.!?…]+["”’'»)\]]*$""")


def _is_boundary(text: str, end: int) -> bool:
    """Decide whether the punctuation run ending at `end` closes a sentence."""
    run_start = end
    while run_start > 0 and text[run_start - 1] in "\"”’'»)]":
        run_start -= 1
    punct_end = run_start
    while run_start > 0 and text[run_start - 1] in ".!?…؟":
        run_start -= 1
    punct = text[run_start:punct_end]
    closing = text[punct_end:end]
    m = _NEXT.match(text, end)
    if not m:
        return True
    opener, nxt = m.group(1), m.group(2)
    first = nxt[0]
    # A sentence starts with an upper-case letter, a digit, or a quote/bracket; in a script without
    # letter case (Arabic, Hebrew, Devanagari, Thai) with any letter.
    caseless = first.isalpha() and not (first.isupper() or first.islower())
    if not (first.isupper() or first.isdigit() or opener or caseless):
        return False
    if "!" in punct or "?" in punct or "…" in punct or "؟" in punct:
        # '"Are you free?" he asked.' -> the next word is lower case and was rejected above.
        return True
    # A full stop: look at the token it ends.
    word_start = run_start
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    token = text[word_start:run_start].lstrip("\"“‘'«([")
    low = token.lower()
    if closing:
        return True  # 'he said "free." The next...' - a quote closed after the stop
    if not token:
        return True
    if low in ABBREVIATED_TITLES:
        return False
    if len(token) == 1 and token.isalpha() and token.isupper():
        # an initial: "John F. Kennedy" (but "... Plan B. The" is rare enough to accept)
        return False
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", token):
        # acronyms with dots: U.S, U.K, a.m, p.m, e.g, i.e
        nxt_word = re.sub(r"^\W+", "", nxt).lower().rstrip(".,;:")
        if low in ("e.g", "i.e"):
            return False
        return first.isupper() and nxt_word in SENTENCE_STARTERS or (first.isdigit() and low in ("a.m", "p.m"))
    if low in NONFINAL_ABBREVIATIONS:
        if first.isdigit():
            return False
        nxt_word = re.sub(r"^\W+", "", nxt).lower().rstrip(".,;:")
        return nxt_word in SENTENCE_STARTERS
    return True


def split_paragraph(par: str) -> Iterator[tuple[int, int]]:
    """(start, end) offsets of each sentence of one paragraph, whitespace trimmed."""
    start = 0
    n = len(par)
    for m in _CANDIDATE.finditer(par):
        end = m.end()
        if _CJK_STOP.search(m.group()):
            # 「行く。」と言った: a quoted sentence that a particle carries on is not the end
            if m.group()[-1] in "」』”’\"')）]" and end < n and "\u3040" <= par[end] <= "\u309f":
                continue
        elif not _is_boundary(par, end):
            continue
        s, e = _trim(par, start, end)
        if e > s:
            yield s, e
        start = end
    s, e = _trim(par, start, n)
    if e > s:
        yield s, e


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def split_text(text: str) -> list[tuple[int, int, int]]:
    """(paragraph, start, end) for every sentence of a text whose paragraphs are blank-line separated."""
    out: list[tuple[int, int, int]] = []
    for pi, m in enumerate(re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text)):
        par = m.group(0)
        if not par.strip():
            continue
        for s, e in split_paragraph(par):
            out.append((pi, m.start() + s, m.start() + e))
    # Renumber paragraphs densely.
    dense: dict[int, int] = {}
    return [(dense.setdefault(p, len(dense)), s, e) for p, s, e in out]
