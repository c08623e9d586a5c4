"""Numeric facts: how many were killed, arrested, displaced, how much money, how big a place.

:func:`annotate` fills :attr:`Document.facts` with one dict per figure the text states; for
"Police said at least 12,000 people have been detained." it gives::

    {"type": "DETAIN", "value": 12000, "min": 12000, "max": None, "qualifier": "at_least",
     "hedge": None, "unit": "people", "who": None, "currency": None, "trigger": "detained",
     "text": "at least 12,000", "start": 12, "end": 27}

Design:

- ``type`` is one of KILL, WOUND, ARREST, DETAIN, ABDUCT, DISPLACE, PROTEST (crowd size),
  MISSING, AFFECTED, POPULATION, MONEY. It comes from the word that governs the number in the
  dependency parse (see :mod:`dateline.facts.classify`); numbers with no such word (durations,
  counts of things) give no fact, so every fact is a figure someone can query.
- ``value`` is the single number the text states, or None for a range or a vague quantity.
  ``min``/``max`` are the bounds the text commits to: an exact figure has both equal to the
  value; "at least"/"more than" set only ``min``; "up to"/"less than" only ``max``; "about"
  sets neither (it is no bound); a range "2-3 billion" or "between 10 and 20" sets both; a vague
  quantity sets ``min`` to a conservative floor ("several" 3, "dozens" 24, "scores" 40,
  "hundreds" 200, "thousands" 2,000, "tens of thousands" 20,000, "millions" 2 million).
- ``qualifier``: at_least, more_than, at_most, less_than, approx, vague, or None for a plain
  figure. ``hedge`` is the word that marks it unconfirmed ("reportedly", "allegedly", "could").
- ``unit`` is "people" for counts of persons, with the counted noun's lemma in ``who``
  ("journalist", "schoolgirl"; None for plain "people"); a group noun is its own unit
  ("family", "household"); MONEY has unit "money".
- ``currency`` (MONEY only) is an ISO 4217 code: "$" and "dollars" are USD, "€" EUR, "£" and
  "pounds" GBP unless a country is named ("Egyptian pounds", "A$"); a sign several countries
  share ("Rs", "rupees") is settled by the story's site domain (".pk") or by the only country
  using it that the story names, and is "unknown" when neither tells ("¥" always is).
- ``trigger`` is the word that decided the type (None for MONEY, decided by the currency);
  ``text``/``start``/``end`` cover qualifier, currency and number in :attr:`Document.body`.

Cost: a regular expression finds candidate numbers first; documents without any are never
parsed by this stage, and the shared parse is only read around each candidate.
"""

from __future__ import annotations

from typing import Any

from dateline.facts.classify import Reading, classify
from dateline.facts.numbers import Amount, find_amounts
from dateline.model import Document
from dateline.nlp import ensure_parsed

__all__ = ["annotate", "facts_in"]


def annotate(doc: Document) -> Document:
    """Fill ``doc.facts`` from ``doc.body`` (English only; other languages get no facts)."""
    doc.facts = facts_in(doc)
    return doc


def facts_in(doc: Document) -> list[dict[str, Any]]:
    """The facts of one document, in text order, without changing it beyond its parse."""
    amounts = find_amounts(doc.body, doc.url)
    if not amounts:
        return []
    parsed = ensure_parsed(doc).parsed
    if parsed is None:
        return []
    facts = []
    for amount in amounts:
        reading = classify(parsed, amount)
        if reading is not None:
            facts.append(_fact(doc.body, amount, reading))
    return facts


def _number(x: float | None) -> int | float | None:
    """Whole numbers as ints, so 1.8 million serialises as 1800000, not 1800000.0."""
    if x is None:
        return None
    whole = round(x)
    return whole if abs(x - whole) <= 1e-9 * max(1.0, abs(x)) else x  # 2.3 * 1e9 is not exact


def _bounds(amount: Amount) -> tuple[float | None, float | None, float | None]:
    """``(value, min, max)`` following the rules in the module docstring."""
    if amount.vague:
        return None, amount.low, None
    if amount.high != amount.low:
        return None, amount.low, amount.high
    value = amount.low
    if amount.qualifier in ("at_least", "more_than"):
        return value, value, None
    if amount.qualifier in ("at_most", "less_than"):
        return value, None, value
    if amount.qualifier == "approx":
        return value, None, None
    return value, value, value


def _fact(body: str, amount: Amount, reading: Reading) -> dict[str, Any]:
    value, low, high = _bounds(amount)
    return {
        "type": reading.type,
        "value": _number(value),
        "min": _number(low),
        "max": _number(high),
        "qualifier": amount.qualifier,
        "hedge": reading.hedge,
        "unit": reading.unit,
        "who": reading.who,
        "currency": amount.currency,
        "trigger": reading.trigger.text if reading.trigger is not None else None,
        "text": body[amount.start : amount.end],
        "start": amount.start,
        "end": amount.end,
    }
