"""Across articles: near-duplicate articles (wire copies) and one event from many mentions.

Many outlets run the same wire story with small edits, and many stories report the same event.
Counting each copy as a new event is how event data sets inflate (GDELT's mentions table exists
for this reason). Two tools live here, both pure functions so the store can apply them
incrementally and the same inputs always give the same grouping:

* MinHash signatures over word shingles, banded for locality-sensitive lookup, estimate the
  Jaccard similarity of two bodies without comparing every pair of articles;
* an event key and a match rule: two event mentions are one event when their type agrees, their
  actors and recipients share a code, their places agree, and their dates fall within a window.
"""

from __future__ import annotations

import hashlib
import re
import struct
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

SHINGLE = 5  # words per shingle: long enough that shared phrases, not shared words, count
PERMUTATIONS = 64
ROWS_PER_BAND = 4  # 16 bands of 4: pairs above ~0.6 Jaccard almost always share a band
DUPLICATE_JACCARD = 0.8
DATE_WINDOW_DAYS = 1
# A claimed event and an asserted one can be the same happening; a denied or planned one is not.
FACTUAL = {"asserted": "asserted", "claimed": "asserted"}

_WORD = re.compile(r"\w+")
_PRIME = (1 << 61) - 1
# Fixed coefficients for the hash permutations, derived from a constant seed so that
# signatures are stable across runs, machines and Python versions.
_COEFFS = [
    struct.unpack("<QQ", hashlib.blake2b(f"dateline-minhash-{i}".encode(), digest_size=16).digest())
    for i in range(PERMUTATIONS)
]


def shingles(text: str, size: int = SHINGLE) -> set[int]:
    """Hashes of the word ``size``-grams of ``text``, case-folded."""
    words = _WORD.findall(text.casefold())
    if len(words) < size:
        words += [""] * (size - len(words))
    return {
        int.from_bytes(
            hashlib.blake2b(" ".join(words[i : i + size]).encode(), digest_size=8).digest()
        )
        for i in range(len(words) - size + 1)
    }


def signature(text: str) -> list[int]:
    """MinHash signature of a body: one minimum per permutation."""
    grams = shingles(text)
    return [min(((a | 1) * g + b) % _PRIME for g in grams) for a, b in _COEFFS]


def bands(sig: Sequence[int], rows: int = ROWS_PER_BAND) -> list[str]:
    """Locality-sensitive keys: articles sharing any band key are duplicate candidates."""
    return [
        f"{i}:"
        + hashlib.blake2b(repr(tuple(sig[i : i + rows])).encode(), digest_size=8).hexdigest()
        for i in range(0, len(sig), rows)
    ]


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of the two bodies behind two signatures."""
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)


def pack(sig: Sequence[int]) -> bytes:
    return struct.pack(f"<{len(sig)}Q", *sig)


def unpack(blob: bytes) -> list[int]:
    return list(struct.unpack(f"<{len(blob) // 8}Q", blob))


# -- events ----------------------------------------------------------------------------------


def _codes(parties: Iterable[dict[str, Any]]) -> frozenset[str]:
    """What identifies the parties of an event: knowledge-base ids, else country codes."""
    codes = set()
    for party in parties:
        code = party.get("kb_id") or party.get("country")
        if code:
            codes.add(str(code))
    return frozenset(codes)


@dataclass(frozen=True)
class EventKey:
    """The parts of an event mention that decide whether two mentions are the same event."""

    type: str
    actors: frozenset[str]
    recipients: frozenset[str]
    place: str | None  # a GeoNames id
    country: str | None
    day: date | None
    modality: str  # "asserted" for what happened (said outright or claimed), else as coded

    @classmethod
    def of(cls, event: dict[str, Any]) -> EventKey:
        loc = event.get("location") or {}
        geonameid = loc.get("geonameid")
        value = str(event.get("date") or "")
        try:
            day = date.fromisoformat(value[:10])
        except ValueError:
            day = None
        return cls(
            type=event["type"],
            actors=_codes(event.get("actor") or []),
            recipients=_codes(event.get("recipient") or []),
            place=str(geonameid) if geonameid else None,
            country=loc.get("country_code"),
            day=day,
            modality=FACTUAL.get(event.get("modality") or "asserted", event.get("modality")),
        )

    def matches(self, other: EventKey, window_days: int = DATE_WINDOW_DAYS) -> bool:
        """Same event: same type, overlapping parties, agreeing place and a close date.

        A side missing on one mention does not block a match (one report names the police,
        another does not), but two named sides that share nothing do.
        """
        if self.type != other.type or self.modality != other.modality:
            return False
        for mine, theirs in ((self.actors, other.actors), (self.recipients, other.recipients)):
            if mine and theirs and not mine & theirs:
                return False
        if self.place and other.place and self.place != other.place:
            return False
        if self.country and other.country and self.country != other.country:
            return False
        if self.day and other.day:
            return abs((self.day - other.day).days) <= window_days
        return self.day == other.day
