"""Rule-based extraction of checkable facts from one sentence.

`extract_facts` turns a sentence into quantities (counts, money, percentages, durations,
ages, measures), time references (resolved to intervals when the publication datetime is
known), named-entity mentions with the syntactic slot they fill, and negated predicates.
Every item keeps the text as written and its character span in the input sentence, so the
comparison stage can quote the sentence back. No model is loaded: everything is plain rules.

Modules, in the order a sentence goes through them:

- `lexicon`: the word lists (stopwords, titles, months, number words, tense markers...).
- `tokens`: clean-up, tokens with spans, `stem`.
- `numbers`: number words to digits, fractions.
- `times`: dates, clock times and periods, resolved against the publication date.
- `quantities`: counts, money, percentages, measures and hedged ranges; `syn`.
- `entities`: named-entity mentions and their slots.
- `negation`: negated predicates.
- `records`: the frozen dataclasses returned; `core`: `extract_facts`.
"""

from reconcile.facts.core import extract_facts
from reconcile.facts.lexicon import MONTHS, OUTLETS, STOPWORDS, TITLES, WEEKDAYS
from reconcile.facts.negation import NEG_VERB_STEMS, NON_PREDICATES
from reconcile.facts.quantities import format_quantity, syn
from reconcile.facts.records import (
    EntityMention,
    Predicate,
    Quantity,
    SentenceFacts,
    TimeRef,
)
from reconcile.facts.times import format_timeref
from reconcile.facts.tokens import clean, stem, tokenize

__all__ = [
    "MONTHS",
    "NEG_VERB_STEMS",
    "NON_PREDICATES",
    "OUTLETS",
    "STOPWORDS",
    "TITLES",
    "WEEKDAYS",
    "EntityMention",
    "Predicate",
    "Quantity",
    "SentenceFacts",
    "TimeRef",
    "clean",
    "extract_facts",
    "format_quantity",
    "format_timeref",
    "stem",
    "syn",
    "tokenize",
]
