"""Text clean-up, tokens with character spans, and the crude lemmatiser `stem`."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from reconcile.facts.lexicon import IRREGULAR

_CLEAN_MAP = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00a0": " ",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u2009": " ",
        "\u202f": " ",
    }
)


def clean(text: str) -> str:
    """Replace typographic characters one-for-one so that spans stay valid."""
    return text.translate(_CLEAN_MAP)


_TOKEN_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., p.m., a.m.
    r"|[^\W\d_]+(?:'[^\W\d_]+|-(?!(?:based|headquartered|born|led|owned|run|registered|leased|built|backed|funded|made|operated|controlled|brokered|sponsored)\b)[^\W\d_]+)*(?:'s|')?"
    r"|\d+(?:[.,:]\d+)*"  # numbers
    r"|\S",
    re.UNICODE,
)


@dataclass(frozen=True)
class Tok:
    text: str
    low: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_cap(self) -> bool:
        return self.text[0].isupper()


def tokenize(text: str) -> list[Tok]:
    """Word/number/punctuation tokens with spans."""
    return [Tok(m.group(), m.group().lower(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude lemma: irregular forms mapped, common suffixes stripped, so that
    'approved'/'approve'/'approves' and 'took'/'taken'/'take' coincide."""
    w = word.lower().strip("'")
    if w.endswith("'s"):
        w = w[:-2]
    w = strip_accents(w)
    if w in IRREGULAR:
        return IRREGULAR[w]
    if "-" in w:
        head = w.rpartition("-")[0]
        if head in {"re", "co", "pre", "non", "un", "ex", "anti"}:
            return w
    for suf, rep in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            if suf == "s" and w.endswith("ss"):
                continue
            if suf == "es" and not re.search(r"(?:ss|sh|ch|x|z|o)es$", w):
                continue
            w = w[: -len(suf)] + rep
            break
    if len(w) >= 4 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]
    if w.endswith("e") and len(w) >= 4:
        w = w[:-1]
    return w


_UNDECOMPOSED = str.maketrans(
    {"Đ": "D", "đ": "d", "Ð": "D", "ð": "d", "Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "ß": "ss", "Æ": "AE", "æ": "ae",
     "Œ": "OE", "œ": "oe", "ı": "i", "Ħ": "H", "ħ": "h", "Þ": "Th", "þ": "th"}
)  # fmt: skip
"""Letters with no decomposition into a base letter and a mark ('Đăng' is 'Dang', 'Łódź' is 'Lodz')."""


@lru_cache(maxsize=1 << 16)
def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s.translate(_UNDECOMPOSED)) if not unicodedata.combining(c))
