"""Resolve a speaker mention to the fullest name the document gives that speaker.

News names a person in full once ("Kazakh President Kassym-Jomart Tokayev") and then by
surname ("Tokayev"), title ("the president") or pronoun ("he"). Analysts need the full name
on every quote, so each mention is mapped back to the full-name mention, whose offsets we
keep so the name stays traceable to the text. Names come from the entity recogniser and,
because a small model mislabels or misses names, from runs of proper nouns too.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

TITLE_FILE = Path(__file__).resolve().parents[1] / "data" / "quotes" / "titles.txt"
PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
NAME_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
SUBJECTS = {"nsubj", "nsubjpass"}


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Words that title a person (see data/quotes/README.md)."""
    lines = TITLE_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


@dataclass
class Name:
    """A named mention: its text and character span, whether it names a person, and
    whether it is a clause subject (the preferred antecedent of "he")."""

    text: str
    start: int
    end: int
    person: bool
    subject: bool
    titles: frozenset[str]


def _is_title(tok: Token) -> bool:
    return tok.lower_.rstrip(".") in titles() or tok.ent_type_ == "NORP" or tok.lower_ == "of"


def name_span(head: Token) -> Span | None:
    """The name a token belongs to: its entity, else its run of proper nouns (joined
    through hyphens: "Kassym-Jomart")."""
    for ent in head.doc.ents:
        if ent.start <= head.i < ent.end and ent.label_ in NAME_LABELS:
            return ent
    if head.pos_ != "PROPN":
        return None
    doc = head.doc

    def joined(i: int) -> bool:
        tok = doc[i]
        return tok.pos_ == "PROPN" or (tok.text == "-" and not tok.whitespace_)

    start = head.i
    while start > 0 and joined(start - 1):
        start -= 1
    end = head.i + 1
    while end < len(doc) and joined(end):
        end += 1
    return doc[start:end]


def _to_name(span: Span) -> Name:
    """Strip leading titles and nationalities: "Kazakh President Kassym-Jomart Tokayev"
    names the person "Kassym-Jomart Tokayev", titled president."""
    cut = max((t.i + 1 for t in span if _is_title(t)), default=span.start)
    rest = span.doc[cut : span.end]
    if not len(rest) or any(t.pos_ not in ("PROPN", "PUNCT") for t in rest):
        cut = span.start  # "the health ministry" is not a titled person
    window = span.doc[max(0, span.start - 4) : span.end]
    named = span.doc[cut : span.end]
    given = frozenset(t.lower_.rstrip(".") for t in window if t.lower_.rstrip(".") in titles())
    return Name(
        named.text,
        named.start_char,
        named.end_char,
        person=span.label_ == "PERSON" or bool(given) or cut > span.start,
        subject=any(t.dep_ in SUBJECTS for t in span),
        titles=given,
    )


def mention_span(head: Token) -> Span:
    """The speaker mention around a subject head: its name with any title before it, else
    the noun phrase up to the head (``a senior official``), leaving out appositions and
    relative clauses that follow the head."""
    name = name_span(head)
    start = min(name.start, head.left_edge.i) if name is not None else head.left_edge.i
    end = max(name.end, head.i + 1) if name is not None else head.i + 1
    while start < head.i and head.doc[start].is_punct:
        start += 1  # "— Reuters"
    return head.doc[start:end]


class Resolver:
    """Maps speaker heads of one parsed document to canonical names."""

    def __init__(
        self, parsed: Doc, entities: list[dict[str, Any]], quoted: list[tuple[int, int]]
    ) -> None:
        self.entities = entities
        spans = [e for e in parsed.ents if e.label_ in NAME_LABELS]
        taken = {t.i for e in spans for t in e}
        for tok in parsed:
            if tok.pos_ == "PROPN" and tok.i not in taken:
                run = name_span(tok)
                if run is not None:
                    spans.append(run)
                    taken.update(t.i for t in run)
        # names inside quotation marks are the quoted speaker's words, never antecedents
        self.names = sorted(
            (_to_name(s) for s in spans if not any(a <= s.start_char < b for a, b in quoted)),
            key=lambda n: n.start,
        )

    def fullest(self, name: Name) -> Name:
        """The longest name in the document ending with this name's last word
        ("Tokayev" -> "Kassym-Jomart Tokayev"); of equal ones, the first mention."""
        last = name.text.lower().split()[-1:]
        best = name
        for other in self.names:
            if other.text.lower().split()[-1:] != last:
                continue
            if len(other.text) > len(best.text) or (
                len(other.text) == len(best.text) and other.start < best.start
            ):
                best = other
        return best

    def _person_before(self, pos: int, title: str | None = None) -> Name | None:
        """The nearest person named before ``pos``, preferring a clause subject (the
        nearest preceding subject); with ``title``, only a person the text gave that title
        ("President Vladimir Putin" for "the president")."""
        fallback: Name | None = None
        for name in reversed(self.names):
            if not name.person or name.end > pos:
                continue
            if title is not None and title not in name.titles:
                continue
            if name.subject:
                return name
            fallback = fallback or name
        return fallback

    def resolve(self, head: Token) -> dict[str, Any]:
        """The speaker dict for a subject head: canonical ``text`` with the ``start``/``end``
        of the mention naming it in full, the local ``mention``, and any entity-linking
        fields the entity stage put on that mention."""
        local = mention_span(head)
        mention = {"text": local.text, "start": local.start_char, "end": local.end_char}
        span = name_span(head)
        target: Name | None = None
        if span is not None:
            target = _to_name(span)
        elif head.lower_ in PERSON_PRONOUNS:
            target = self._person_before(head.idx)
        elif head.pos_ == "NOUN" and any(c.lower_ == "the" for c in head.lefts):
            target = self._person_before(head.idx, title=head.lemma_.lower())
        if target is None:
            return {**mention, "mention": mention, **self._linked(local.start_char, local.end_char)}
        name = self.fullest(target)
        speaker = {"text": name.text, "start": name.start, "end": name.end, "mention": mention}
        speaker.update(self._linked(name.start, name.end))
        return speaker

    def _linked(self, start: int, end: int) -> dict[str, Any]:
        """``kb_id`` and ``country`` of the entity-stage entity at a mention: the one with
        exactly these bounds, else the first overlapping one."""
        overlapping = [
            e
            for e in self.entities
            if e.get("start") is not None and e["start"] < end and e.get("end", 0) > start
        ]
        overlapping.sort(key=lambda e: (e["start"], e["end"]) != (start, end))
        if not overlapping:
            return {}
        ent = overlapping[0]
        return {k: ent[k] for k in ("kb_id", "country") if ent.get(k) is not None}
