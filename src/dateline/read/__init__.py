"""Readers: turn paths, archives, feeds and stdin into a stream of raw records (stub)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from dateline.model import Failure, Record, RecordKind

MAX_BYTES = 20 * 1024 * 1024


def decode(content: bytes, declared: str | None = None) -> str:
    """Decode bytes to text."""
    return content.decode(declared or "utf-8", errors="replace")


def sniff_kind(text: str) -> RecordKind:
    """Tell HTML from plain text by content."""
    head = text[:2000].lower()
    return "html" if "<html" in head or "<body" in head or "<p>" in head else "text"


def iter_records(paths: Iterable[str], *, max_bytes: int = MAX_BYTES) -> Iterator[Record | Failure]:
    """Yield one Record (or Failure) per input item, streaming."""
    for path in paths:
        with open(path, "rb") as fh:
            yield Record(key=path, content=fh.read())
