"""Byte streams for the readers: peeking without seeking, strict gunzip, bounded reads.

Inputs may be pipes (stdin) or decompressed on the fly, so nothing here seeks; and every read is
bounded, so one huge input costs at most ``max_bytes`` of memory.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator
from functools import partial
from typing import BinaryIO

from dateline.model import DatelineError

GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 64 * 1024
_GZIP_WBITS = 16 + zlib.MAX_WBITS


class ByteStream:
    """A read-only buffered stream over a chunk source that hands out good data before errors.

    A source that breaks (a truncated gzip) raises :class:`DatelineError`; the error is kept
    until every byte read before it has been returned, so readers yield each complete item and
    only then meet the break. (``io.BufferedReader`` drops the data of a read that fails.)
    """

    def __init__(self, source: Callable[[], bytes]) -> None:
        self._source = source
        self._buffer = bytearray()
        self._error: DatelineError | None = None
        self._done = False

    def _fill(self) -> bool:
        """Append one chunk from the source; False at its end or when it broke."""
        if self._done:
            return False
        try:
            chunk = self._source()
        except DatelineError as exc:
            self._error = exc
            chunk = b""
        self._done = not chunk
        self._buffer += chunk
        return bool(chunk)

    def _take(self, size: int | None) -> bytes:
        """Remove and return ``size`` buffered bytes (all when None); raise a kept error once
        nothing is left to return."""
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        if not data and size != 0 and self._error is not None:
            error, self._error = self._error, None
            raise error
        return data

    def readable(self) -> bool:
        return True

    def peek(self, size: int) -> bytes:
        """Up to ``size`` bytes from the front, left unread (for sniffing the format)."""
        while len(self._buffer) < size and self._fill():
            pass
        return bytes(self._buffer[:size])

    def read(self, size: int = -1) -> bytes:
        while (size < 0 or len(self._buffer) < size) and self._fill():
            pass
        return self._take(None if size < 0 else size)

    def read1(self, size: int = -1) -> bytes:
        if not self._buffer:
            self._fill()
        return self._take(None if size < 0 else size)

    def readline(self, size: int = -1) -> bytes:
        searched = 0
        while (end := self._buffer.find(b"\n", searched)) < 0:
            if 0 <= size <= len(self._buffer):
                return self._take(size)
            searched = len(self._buffer)
            if not self._fill():
                return self._take(None if size < 0 else size)
        return self._take(end + 1 if size < 0 else min(end + 1, size))

    def readinto(self, target: bytearray | memoryview) -> int:
        data = self.read(len(target))
        target[: len(data)] = data
        return len(data)

    def confirm_end(self) -> None:
        """At the end of the data: raise the error that ended it early, if one did."""
        self.read(1)


def open_stream(raw: BinaryIO) -> ByteStream:
    """A :class:`ByteStream` over a binary file, pipe or buffer."""
    read = getattr(raw, "read1", raw.read)
    return ByteStream(partial(read, _CHUNK))


def _inflate(read: Callable[[], bytes]) -> Iterator[bytes]:
    """Decompressed chunks of a gzip stream of any number of members, checked strictly.

    Python's ``GzipFile`` signals truncation with ``EOFError``, which warcio takes for a clean
    end of archive; raising our own error makes every reader report the break.
    """
    inflater = zlib.decompressobj(_GZIP_WBITS)
    pending = b""
    while True:
        if inflater.eof:
            pending = inflater.unused_data or read()
            if not pending.strip(b"\x00"):  # the end, or the zero padding some tools add
                return
            inflater = zlib.decompressobj(_GZIP_WBITS)
        if not pending:
            pending = read()
            if not pending:
                raise DatelineError(
                    "truncated gzip: the compressed data ends before its end marker "
                    "(the file was cut short)"
                )
        try:
            out = inflater.decompress(pending, _CHUNK)
        except zlib.error as exc:
            raise DatelineError(f"corrupt gzip data: {exc}") from exc
        pending = inflater.unconsumed_tail
        if out:
            yield out


def gunzip(stream: ByteStream) -> ByteStream:
    """A streaming, strictly checked gzip decompressor over ``stream``."""
    return ByteStream(partial(next, _inflate(partial(stream.read1, _CHUNK)), b""))


def too_large(size: int | None, limit: int) -> str:
    """The message for an input over the size limit (``size`` is None when not known)."""
    shown = f"{size} bytes" if size is not None else f"more than {limit} bytes"
    return f"too large: {shown} > limit {limit} (raise with --max-bytes)"


def read_bounded(stream: ByteStream, limit: int, size: int | None = None) -> bytes:
    """Read a whole single-document input, refusing (without reading it all) one over ``limit``.

    ``size`` is the file size when known, so an oversized file is refused before any read; a
    document cut short (truncated gzip) raises rather than passing as complete.
    """
    if size is not None and size > limit:
        raise DatelineError(too_large(size, limit))
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise DatelineError(too_large(size, limit))
    stream.confirm_end()
    return data
