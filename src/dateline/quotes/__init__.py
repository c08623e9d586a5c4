"""Quotes: direct, indirect and mixed speech with its cue and resolved speaker.

``annotate(doc)`` fills ``doc.quotes`` with one dict per attribution::

    {"text", "start", "end", "kind", "speaker", "cue"}

``start``/``end`` bound the quoted content in ``doc.body`` (inside the quotation marks for
direct speech); a quotation split by its attribution or running over paragraphs also has
``parts``, the list of its ``[start, end]`` pieces, and ``text`` joins them. ``kind`` is
``direct``, ``indirect`` or ``mixed`` (reported speech holding quoted words). ``cue`` is the
``{text, start, end}`` of the verb, phrase or punctuation that attributes it. ``speaker`` is
the fullest name the document gives the speaker with the offsets of that mention, plus the
local ``mention`` by the cue, and ``kb_id``/``country`` when the entity stage linked it.
"""

from __future__ import annotations

from typing import Any

from dateline.model import Document
from dateline.nlp import ensure_parsed
from dateline.quotes.attribution import (
    Attribution,
    attribute_quoted,
    join_split,
    merge_quoted,
    parsed_attributions,
)
from dateline.quotes.marks import find_quoted
from dateline.quotes.speakers import Resolver

__all__ = ["annotate"]


def annotate(doc: Document) -> Document:
    """Fill ``doc.quotes``; documents the parser cannot read (not English) get none."""
    ensure_parsed(doc)
    if doc.parsed is None:
        doc.quotes = []
        return doc
    quoted = find_quoted(doc.body)
    found = parsed_attributions(doc.parsed, quoted)
    rest = merge_quoted(doc.body, found, quoted)
    attribute_quoted(doc.parsed, rest, found)
    found = join_split(doc.body, found)
    spans = [part for q in quoted for part in q.parts]
    resolver = Resolver(doc.parsed, doc.entities, spans)
    unique: dict[tuple[tuple[int, int], ...], Attribution] = {}
    for att in sorted(found, key=lambda a: a.start):
        unique.setdefault(tuple(att.parts), att)
    doc.quotes = [_as_dict(doc.body, att, resolver) for att in unique.values()]
    return doc


def _as_dict(body: str, att: Attribution, resolver: Resolver) -> dict[str, Any]:
    quote: dict[str, Any] = {
        "text": " ".join(body[s:e] for s, e in att.parts),
        "start": att.start,
        "end": att.end,
        "kind": att.kind,
        "speaker": resolver.resolve(att.speaker) if att.speaker is not None else None,
        "cue": None,
    }
    if att.cue is not None:
        start, end = att.cue
        quote["cue"] = {"text": body[start:end], "start": start, "end": end}
    if len(att.parts) > 1:
        quote["parts"] = [list(p) for p in att.parts]
    return quote
