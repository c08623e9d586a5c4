"""Temporal expressions: find them in the body and normalise them TIMEX3-style.

``annotate(doc)`` fills ``doc.times`` with ``{text, start, end, value, granularity}``: offsets
into ``doc.body``; ``value`` like ``2022-01-13`` (day), ``2022-W01`` (week), ``2022-01``
(month), ``2022-Q1``, ``2022``, ``199`` (decade), ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``,
``P3Y`` (duration). Relative expressions ("last week", "on Wednesday", "a January 22 deadline")
are resolved against ``doc.published``; without it their value is None but they are still
found. Extraction is rules over the text; the spaCy parse is consulted only for the tense of
the clause around a bare weekday, month or season, and only when the text has one.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from dateline.model import Document
from dateline.nlp import ensure_parsed
from dateline.times.calendar import Direction, parse_anchor
from dateline.times.rules import Context, find
from dateline.times.tense import tense_at

__all__ = ["annotate"]


def annotate(doc: Document) -> Document:
    """Fill ``doc.times`` for an English document (other languages get an empty list)."""
    if doc.language not in (None, "en"):
        doc.times = []
        return doc

    @cache
    def tense(start: int, end: int) -> Direction:
        ensure_parsed(doc)
        return tense_at(doc.parsed, start, end) if doc.parsed is not None else None

    ctx = Context(text=doc.body, anchor=parse_anchor(doc.published), tense=tense)
    times: list[dict[str, Any]] = []
    for m, rule in find(doc.body):
        value, granularity = rule.normalise(m, ctx)
        if rule.antecedent:
            ctx.remember(value, m.end())
        times.append(
            {
                "text": m.group(),
                "start": m.start(),
                "end": m.end(),
                "value": value,
                "granularity": granularity,
            }
        )
    doc.times = times
    return doc
