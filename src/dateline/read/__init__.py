"""Readers: turn paths, directories, archives, feeds and stdin into a stream of raw records.

:func:`iter_records` is the one entry point. The reader for each input is chosen by content
first (gzip and WARC magic, binary bytes, JSON, feed roots) and extension second, so renamed
and piped files still read right. Inputs are streamed: a directory or archive is never held in
memory, and a single document is never read past ``max_bytes``. Anything unreadable becomes a
:class:`Failure` naming the input and the problem, and the run goes on.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from dateline.model import DatelineError, Failure, Record
from dateline.read.decode import decode, sniff_kind
from dateline.read.formats import READERS, sniff_format
from dateline.read.streams import GZIP_MAGIC, ByteStream, gunzip, open_stream

__all__ = ["MAX_BYTES", "decode", "iter_records", "sniff_kind"]

MAX_BYTES = 20 * 1024 * 1024
STDIN = "-"
_HEAD_BYTES = 8192


def _extension(name: str) -> str:
    return os.path.splitext(name)[1].lower()


def _read_stream(
    stream: ByteStream, key: str, name: str, size: int | None, max_bytes: int
) -> Iterator[Record | Failure]:
    """Sniff one input (unwrapping gzip, by magic bytes) and hand it to its format's reader."""
    head = stream.peek(_HEAD_BYTES)
    if not head:
        stream.confirm_end()  # a gzip broken from its first bytes reports that, not emptiness
        raise DatelineError("empty file")
    if head.startswith(GZIP_MAGIC):
        inner = name[: -len(".gz")] if name.lower().endswith(".gz") else name
        yield from _read_stream(gunzip(stream), key, inner, None, max_bytes)
        return
    ext = _extension(name)
    fmt = sniff_format(head, ext)
    if fmt == "binary":
        raise DatelineError("binary file, not text or HTML")
    yield from READERS[fmt](stream, key, ext=ext, max_bytes=max_bytes, size=size)


def _guarded(
    stream: BinaryIO, key: str, name: str, size: int | None, max_bytes: int
) -> Iterator[Record | Failure]:
    """Read one input; a problem with the whole input becomes one Failure after what was read."""
    try:
        yield from _read_stream(open_stream(stream), key, name, size, max_bytes)
    except DatelineError as exc:
        yield Failure(key, str(exc))
    except OSError as exc:
        yield Failure(key, f"cannot read: {exc.strerror or exc}")


def _read_file(path: str, max_bytes: int) -> Iterator[Record | Failure]:
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed by the with below, after the checks
    except FileNotFoundError:
        yield Failure(path, "no such file")
        return
    except OSError as exc:
        yield Failure(path, f"cannot open: {exc.strerror or exc}")
        return
    with handle:
        size = os.fstat(handle.fileno()).st_size
        yield from _guarded(handle, path, path, size, max_bytes)


def _walk(directory: str) -> Iterator[str]:
    """Files under ``directory``, recursively, in sorted order; hidden files and folders skipped.

    Symlinked folders are not followed, so a link loop cannot make the walk endless.
    """
    with os.scandir(directory) as scan:
        entries = sorted(scan, key=lambda entry: entry.name)
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path)
        elif entry.is_file():
            yield entry.path


def _read_directory(directory: str, max_bytes: int) -> Iterator[Record | Failure]:
    found = False
    try:
        for path in _walk(directory):
            found = True
            yield from _read_file(path, max_bytes)
    except OSError as exc:
        yield Failure(directory, f"cannot list directory: {exc.strerror or exc}")
        return
    if not found:
        yield Failure(directory, "no files in directory")


def iter_records(paths: Iterable[str], *, max_bytes: int = MAX_BYTES) -> Iterator[Record | Failure]:
    """Yield one Record (or Failure) per input item, streaming, in input order.

    ``paths`` holds files, directories (read recursively) and ``"-"`` for stdin. Keys name each
    item: the path, ``path:LINE`` for JSON lines, ``path#N`` for WARC, feed and JSON-array items.
    """
    for path in paths:
        if path == STDIN:
            stdin = getattr(sys.stdin, "buffer", sys.stdin)
            yield from _guarded(stdin, "<stdin>", "", None, max_bytes)
        elif os.path.isdir(path):
            yield from _read_directory(path, max_bytes)
        else:
            yield from _read_file(path, max_bytes)
