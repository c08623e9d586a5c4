"""The tense of the clause that governs a temporal expression, read from the spaCy parse.

Only bare names need it ("on Wednesday", "in March"): a past-tense clause points back to the
most recent one, a future or planned one ("will visit", "is to visit", "is visiting") to the
coming one.
"""

from __future__ import annotations

from typing import Any

from dateline.times.calendar import Direction

FUTURE_AUXILIARIES = {"will", "'ll", "shall", "wo", "would", "'d"}
PAST_TAGS = {"VBD", "VBN"}
# Verbs whose infinitive happens (or fails to) when they do, not after: "tried to storm the
# parliament on Monday" is last Monday, where "plans to visit on Monday" is the coming one.
IMPLICATIVE = {"fail", "manage", "try", "attempt", "begin", "start", "continue", "cease"}
MAX_HOPS = 8  # enough to climb from a date inside a noun phrase to its clause's verb


def _governing_verb(token: Any) -> Any | None:
    for _ in range(MAX_HOPS):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def tense_at(parsed: Any, start: int, end: int) -> Direction:
    """The direction (past/future/None) of the clause around characters ``start:end``."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = _governing_verb(span.root.head if span.root.dep_ != "ROOT" else span.root)
    return None if verb is None else _direction(verb)


def _direction(verb: Any) -> Direction:
    """The direction of a verb's clause from its auxiliaries and tag."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in auxiliaries}
    if words & FUTURE_AUXILIARIES or "going" in words:
        return "future"
    if any(c.lower_ == "to" and c.tag_ == "TO" for c in auxiliaries) and verb.tag_ == "VB":
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in IMPLICATIVE:
            return _direction(verb.head)  # "failed to reach a deal on Monday": when it failed
        return "future"
    if any(c.tag_ in PAST_TAGS or c.lower_ in ("has", "have", "'ve") for c in auxiliaries):
        return "past"
    present_passive = verb.tag_ == "VBN" and any(c.tag_ in ("VBZ", "VBP") for c in auxiliaries)
    if verb.tag_ in PAST_TAGS and not present_passive:  # "is planned for March" is not past
        return "past"
    if verb.tag_ == "VBG" and any(c.tag_ in ("VBZ", "VBP") for c in auxiliaries):
        return "future"
    return None
