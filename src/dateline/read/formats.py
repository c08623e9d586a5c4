"""One reader per input format, each turning a byte stream into Records and Failures.

Every reader takes the same arguments (see :data:`Reader`), streams where the format allows it
(JSON lines, WARC), and reports a bad item as a :class:`Failure` keyed by its position so the
rest of the input is still read. Whole-input problems raise :class:`DatelineError`.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from typing import Any, Literal

import feedparser
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from dateline.model import DatelineError, Failure, Record, RecordKind
from dateline.read.decode import looks_binary, repair, sniff_kind, to_text
from dateline.read.streams import ByteStream, read_bounded, too_large

Format = Literal["warc", "jsonl", "json", "feed", "page", "binary"]
Item = Record | Failure
Reader = Callable[..., Iterator[Item]]

_EXT_FORMAT: dict[str, Format] = {
    ".warc": "warc",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".rss": "feed",
    ".atom": "feed",
    ".html": "page",
    ".htm": "page",
    ".xhtml": "page",
    ".txt": "page",
}
_HTML_EXTS = (".html", ".htm", ".xhtml")
_FEED_ROOT = re.compile(
    rb"^\s*(?:<\?[^>]*>\s*|<!--.*?-->\s*|<!doctype[^>]*>\s*)*<(?:rss|feed|rdf:rdf)\b",
    re.IGNORECASE | re.DOTALL,
)
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_STRING_FIELDS = ("title", "url", "site", "published")
_DRAIN = 64 * 1024


def sniff_format(head: bytes, ext: str) -> Format:
    """Choose the reader from the file extension, else from the first bytes of the content."""
    if head.startswith(b"WARC/") or ext == ".warc":
        return "warc"
    if looks_binary(head):
        return "binary"
    if ext in _EXT_FORMAT:
        return _EXT_FORMAT[ext]
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"["):
        return "json"
    if start.startswith(b"{"):
        first_line, newline, _ = start.partition(b"\n")
        if not newline:  # one line longer than the head: JSON lines with big pages in them
            return "jsonl"
        try:
            json.loads(first_line)
        except ValueError:
            return "json"  # a pretty-printed object spanning lines
        return "jsonl"
    return "feed" if _FEED_ROOT.match(start) else "page"


def read_page(
    stream: ByteStream, key: str, *, ext: str, max_bytes: int, size: int | None
) -> Iterator[Item]:
    """A whole file is one page: raw bytes, decoded later by the pipeline."""
    kind: RecordKind = "html" if ext in _HTML_EXTS else "unknown"
    yield Record(key=key, content=read_bounded(stream, max_bytes, size), kind=kind)


def _optional_str(obj: dict[str, Any], name: str) -> str | None:
    value = obj.get(name)
    if value is not None and not isinstance(value, str):
        raise DatelineError(f"field {name!r} must be a string, not {type(value).__name__}")
    return value


def _json_record(obj: Any, key: str) -> Item:
    """Validate one ``{"id", "text"|"html", "published"?, "title"?, "url"?, "site"?}`` item."""
    if not isinstance(obj, dict):
        return Failure(key, f"expected a JSON object, got {type(obj).__name__}")
    raw_id = obj.get("id")
    if raw_id is not None and (isinstance(raw_id, bool) or not isinstance(raw_id, str | int)):
        return Failure(key, f"field 'id' must be a string or integer, not {type(raw_id).__name__}")
    record_id = None if raw_id is None else str(raw_id)
    try:
        html, text = _optional_str(obj, "html"), _optional_str(obj, "text")
        fields = {name: _optional_str(obj, name) for name in _STRING_FIELDS}
    except DatelineError as exc:
        return Failure(key, str(exc), id=record_id)
    if html is None and text is None:
        return Failure(key, "no 'text' or 'html' field", id=record_id)
    content, kind = (html, "html") if html is not None else (text, "text")
    if fields["title"]:
        fields["title"] = repair(fields["title"])
    return Record(key=key, content=repair(content or ""), kind=kind, id=record_id, **fields)


def _bounded_lines(stream: ByteStream, max_bytes: int) -> Iterator[bytes]:
    """Lines of a stream, each cut at ``max_bytes + 1`` (the rest skipped unread into memory).

    A last line without a newline is checked to be the true end, so a line cut off by a broken
    gzip is reported as the break rather than as invalid JSON.
    """
    while line := stream.readline(max_bytes + 1):
        if not line.endswith(b"\n"):
            if len(line) > max_bytes:
                while (rest := stream.readline(_DRAIN)) and not rest.endswith(b"\n"):
                    pass
            else:
                stream.confirm_end()
        yield line


def _jsonl_items(lines: Iterable[bytes], key: str, max_bytes: int) -> Iterator[Item]:
    """One item per non-blank line, keyed ``key:LINE``; a bad line is a Failure, not a stop."""
    for number, line in enumerate(lines, 1):
        line_key = f"{key}:{number}"
        if len(line) > max_bytes:
            yield Failure(line_key, too_large(None, max_bytes))
            continue
        text = to_text(line).strip()
        if not text:
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Failure(line_key, f"invalid JSON: {exc.msg} (column {exc.colno})")
            continue
        yield _json_record(obj, line_key)


def read_jsonl(
    stream: ByteStream, key: str, *, ext: str, max_bytes: int, size: int | None
) -> Iterator[Item]:
    """JSON lines, streamed line by line; ``max_bytes`` limits each line, not the file."""
    yield from _jsonl_items(_bounded_lines(stream, max_bytes), key, max_bytes)


def read_json(
    stream: ByteStream, key: str, *, ext: str, max_bytes: int, size: int | None
) -> Iterator[Item]:
    """One JSON record, or an array of them (items keyed ``key#N``); JSON lines named .json too."""
    data = read_bounded(stream, max_bytes, size)
    try:
        obj = json.loads(to_text(data))
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # several objects: JSON lines in a .json file
            yield from _jsonl_items(data.splitlines(), key, max_bytes)
            return
        raise DatelineError(
            f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from exc
    if isinstance(obj, list):
        for number, item in enumerate(obj, 1):
            yield _json_record(item, f"{key}#{number}")
    else:
        yield _json_record(obj, key)


def _iso(parsed: Any) -> str | None:
    """feedparser's UTC ``struct_time`` as an ISO 8601 timestamp."""
    return datetime(*parsed[:6], tzinfo=UTC).isoformat() if parsed else None


def _feed_item(entry: Any, key: str) -> Item:
    """One feed entry: its full content when the feed carries it, else its summary."""
    bodies = [(c.get("value"), c.get("type", "")) for c in entry.get("content") or []]
    if entry.get("summary"):
        bodies.append((entry["summary"], entry.get("summary_detail", {}).get("type", "")))
    bodies = [(value, kind) for value, kind in bodies if value and value.strip()]
    if not bodies:
        return Failure(key, "feed item has no content or summary")
    value, mime = bodies[0]
    return Record(
        key=key,
        content=repair(value),
        kind="text" if mime == "text/plain" else "html",
        title=repair(entry["title"]) if entry.get("title") else None,
        url=entry.get("link"),
        published=_iso(entry.get("published_parsed") or entry.get("updated_parsed")),
    )


def read_feed(
    stream: ByteStream, key: str, *, ext: str, max_bytes: int, size: int | None
) -> Iterator[Item]:
    """An RSS or Atom feed: one record per item, keyed ``key#N``."""
    parsed = feedparser.parse(read_bounded(stream, max_bytes, size))
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise DatelineError(f"not a readable feed: {problem}" if problem else "feed has no items")
    for number, entry in enumerate(parsed.entries, 1):
        yield _feed_item(entry, f"{key}#{number}")


def _drain(stream: Any) -> None:
    while stream.read(_DRAIN):
        pass


def _warc_response(record: Any, key: str, max_bytes: int) -> Item | None:
    """The HTML page in one WARC record, a Failure, or None for records we skip."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    status = record.http_headers.get_statuscode() or ""
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if not status.startswith("2") or (content_type and "html" not in content_type):
        return None
    if (record.length or 0) > max_bytes:
        return Failure(key, too_large(record.length, max_bytes))
    try:
        content = record.content_stream().read()
    except zlib.error as exc:
        return Failure(key, f"cannot decompress the HTTP body: {exc}")
    if not content_type and sniff_kind(content[:4096].decode("latin-1")) != "html":
        return None
    charset = _CHARSET.search(content_type)
    return Record(
        key=key,
        content=content,
        kind="html",
        url=record.rec_headers.get_header("WARC-Target-URI"),
        encoding=charset.group(1) if charset else None,
    )


def read_warc(
    stream: ByteStream, key: str, *, ext: str, max_bytes: int, size: int | None
) -> Iterator[Item]:
    """WARC (e.g. CC-NEWS) HTML responses, keyed ``key#N`` by position in the archive.

    Requests, metadata and non-HTML or non-2xx responses are skipped. A record whose bytes end
    before its declared length means the archive was cut short: what came before is yielded,
    then the break is reported.
    """
    try:
        for number, record in enumerate(ArchiveIterator(stream), 1):
            item = _warc_response(record, f"{key}#{number}", max_bytes)
            _drain(record.raw_stream)
            if getattr(record.raw_stream, "limit", 0) > 0:
                raise DatelineError(f"truncated WARC: record {number} ends before its length")
            if item is not None:
                yield item
    except ArchiveLoadFailed as exc:
        raise DatelineError(f"not a readable WARC archive: {exc}") from exc


READERS: dict[Format, Reader] = {
    "warc": read_warc,
    "jsonl": read_jsonl,
    "json": read_json,
    "feed": read_feed,
    "page": read_page,
}
