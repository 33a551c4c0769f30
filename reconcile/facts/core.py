"""The public entry point `extract_facts`: all extractors over one sentence."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime
from typing import TypeVar

from reconcile.facts.entities import extract_entities
from reconcile.facts.negation import extract_negation
from reconcile.facts.quantities import extract_quantities
from reconcile.facts.records import (
    EntityMention,
    Predicate,
    Quantity,
    SentenceFacts,
    TimeRef,
)
from reconcile.facts.times import extract_times
from reconcile.facts.tokens import clean, tokenize

logger = logging.getLogger(__name__)


def extract_facts(text: str, published: datetime | None = None) -> SentenceFacts:
    """Quantities, time references, named entities and negated predicates of one sentence.

    `published` is the article's publication datetime; it anchors relative references
    ('on Monday', 'yesterday', 'in March'). Spans index into `text` as given.
    """
    if published is not None and published.tzinfo is not None:
        published = published.replace(tzinfo=None)
    ctext = clean(text)
    toks = tokenize(ctext)
    times = extract_times(ctext, published)
    time_spans = [t.span for t in times]
    quantities = extract_quantities(ctext, toks, time_spans)
    q_spans = [q.span for q in quantities]
    entities = [
        e
        for e in extract_entities(ctext, toks, time_spans)
        if not any(e.span[0] < qe and qs < e.span[1] and e.span[0] >= qs for qs, qe in q_spans)
    ]
    preds, words = extract_negation(ctext, toks)
    # items keep the text as written in the caller's string (clean() preserves offsets)
    quantities = [_retext(q, text) for q in quantities]
    times = [_retext(t, text) for t in times]
    entities = [_retext(e, text) for e in entities]
    preds = [_retext(p, text) for p in preds]
    facts = SentenceFacts(text, published, tuple(quantities), tuple(times), tuple(entities), tuple(preds), tuple(words))
    logger.debug("facts for %r: %d quantities, %d times, %d entities, %d predicates", text[:60], len(quantities),
                 len(times), len(entities), len(preds))  # fmt: skip
    return facts


_Item = TypeVar("_Item", Quantity, TimeRef, EntityMention, Predicate)


def _retext(item: _Item, text: str) -> _Item:
    """Quote the item from the caller's string (clean() swapped typographic characters)."""
    s, e = item.span
    written = text[s:e]
    return item if written == item.text else replace(item, text=written)
