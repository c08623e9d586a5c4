"""The one document model every pipeline stage reads and writes.

A stage takes a :class:`Document` and returns it with more filled in; nothing else is passed
between stages. Character offsets found by later stages (entities, places, times, quotes,
facts, events) always point into :attr:`Document.body`, so the body is never changed once the
cleaner has produced it.

Readers produce :class:`Record` objects (raw content plus whatever metadata the container
carried) or :class:`Failure` objects (a record that could not be read), so one bad record
never stops a run.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

SCHEMA = "dateline/1"

RecordKind = Literal["html", "text", "unknown"]


@dataclass
class Record:
    """One raw input item, before cleaning.

    ``key`` names the record for error messages and is stable across runs: a file path, a
    ``path:line`` for JSONL, a ``path#n`` for WARC/feed items, or the id the input gave.
    ``content`` is text when the container told us it is text, else bytes to be decoded.
    """

    key: str
    content: str | bytes
    kind: RecordKind = "unknown"
    id: str | None = None
    published: str | None = None
    title: str | None = None
    url: str | None = None
    site: str | None = None
    encoding: str | None = None


@dataclass
class Failure:
    """A record that could not be read or processed, with a message a user can act on."""

    key: str
    error: str
    id: str | None = None

    def to_dict(self) -> dict[str, str]:
        return {"id": self.id or self.key, "error": self.error}


class DatelineError(Exception):
    """A user-facing error: bad input, a limit exceeded. Printed without a traceback."""


@dataclass
class Dateline:
    """The place line that opens many wire stories ("ALMATY:", "KYIV, March 3 (Reuters) -")."""

    text: str
    place: str


@dataclass
class Removed:
    """Something the cleaner cut from the page, and why (``kind``: caption, footer, sidebar,
    navigation, share, cookie, byline, related, ...)."""

    kind: str
    text: str


@dataclass
class Document:
    """A cleaned article and everything found in it. Serialises to the ``dateline/1`` schema."""

    body: str
    title: str | None = None
    published: str | None = None
    updated: str | None = None
    site: str | None = None
    url: str | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = None
    dateline: Dateline | None = None
    captions: list[str] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    places: list[dict[str, Any]] = field(default_factory=list)
    times: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    source_id: str | None = None
    # The parsed spaCy Doc over ``body``, shared by the understanding stages; never serialised.
    parsed: Any = field(default=None, repr=False, compare=False)

    @property
    def hash(self) -> str:
        """Content hash of title and body: the same article text always hashes the same."""
        h = hashlib.sha256()
        h.update((self.title or "").strip().encode("utf-8"))
        h.update(b"\x00")
        h.update(self.body.strip().encode("utf-8"))
        return h.hexdigest()[:16]

    @property
    def id(self) -> str:
        """The id the input gave (so JSONL output lines match input lines), else the hash."""
        return self.source_id or self.hash

    def to_dict(self) -> dict[str, Any]:
        parsed, self.parsed = self.parsed, None
        try:
            d = asdict(self)
        finally:
            self.parsed = parsed
        del d["source_id"], d["parsed"]
        return {"id": self.id, "hash": self.hash, "schema": SCHEMA, **d}

    def to_json(self, indent: int | None = None) -> str:
        """Deterministic JSON: the same document always gives byte-identical output."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent, sort_keys=False)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        d = dict(d)
        if d.get("schema", SCHEMA) != SCHEMA:
            raise DatelineError(f"unsupported schema {d.get('schema')!r}; expected {SCHEMA!r}")
        doc_id, content_hash = d.pop("id", None), d.pop("hash", None)
        d.pop("schema", None)
        dl = d.pop("dateline", None)
        removed = [Removed(**r) for r in d.pop("removed", [])]
        known = set(cls.__dataclass_fields__)
        doc = cls(**{k: v for k, v in d.items() if k in known}, removed=removed)
        doc.dateline = Dateline(**dl) if dl else None
        if doc_id and doc_id != content_hash:
            doc.source_id = doc_id
        return doc
