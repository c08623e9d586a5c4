"""Run the stages over records: the Python API that the CLI only wraps."""

from __future__ import annotations

from dateline.clean import clean_record
from dateline.model import DatelineError, Document, Record
from dateline.read import decode, sniff_kind


def process_record(record: Record, *, clean: bool = True, published: str | None = None) -> Document:
    """Turn one raw record into a cleaned :class:`Document`.

    Raises :class:`DatelineError` with a message naming the problem when the record cannot be
    used (empty, binary, too large); callers turn that into a per-record failure.
    """
    text = record.content if isinstance(record.content, str) else decode(record.content, record.encoding)
    if not text.strip():
        raise DatelineError("empty document: no text after decoding")
    kind = record.kind if record.kind != "unknown" else sniff_kind(text)
    return clean_record(
        text,
        kind=kind,
        clean=clean,
        published=published or record.published,
        title=record.title,
        url=record.url,
        site=record.site,
        source_id=record.id,
    )


def process(
    text_or_html: str | bytes,
    *,
    published: str | None = None,
    clean: bool = True,
    url: str | None = None,
    title: str | None = None,
) -> Document:
    """Process one page (HTML or scraped text, detected from the content) into a Document."""
    record = Record(key="<input>", content=text_or_html, url=url, title=title)
    return process_record(record, clean=clean, published=published)
