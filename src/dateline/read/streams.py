"""Byte streams for the readers: peeking without seeking, strict gunzip, bounded reads.

Inputs may be pipes (stdin) or decompressed on the fly, so nothing here seeks; and every read is
bounded, so one huge input costs at most ``max_bytes`` of memory.
"""

from __future__ import annotations

import io
import zlib
from typing import BinaryIO

from dateline.model import DatelineError

GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 64 * 1024
_GZIP_WBITS = 16 + zlib.MAX_WBITS


class _Rejoined(io.RawIOBase):
    """The bytes already read from a stream (its head), followed by the rest of it."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        return self._rest.readinto(buffer)  # type: ignore[attr-defined]


def peek(stream: BinaryIO, size: int) -> tuple[bytes, BinaryIO]:
    """Read up to ``size`` bytes for sniffing, and a stream that still yields them first."""
    head = stream.read(size)
    return head, io.BufferedReader(_Rejoined(head, stream), buffer_size=_CHUNK)


class _Gunzip(io.RawIOBase):
    """Decompress gzip (any number of members) and raise :class:`DatelineError` on truncation.

    Python's ``GzipFile`` signals truncation with ``EOFError``, which warcio takes for a clean
    end of archive; raising our own error, and only once all complete data has been handed out,
    lets every reader yield what was complete and then report the break.
    """

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._inflater = zlib.decompressobj(_GZIP_WBITS)
        self._input = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while True:
            if self._inflater.eof:
                self._input = self._inflater.unused_data or self._raw.read(_CHUNK)
                if not self._input.strip(b"\x00"):  # end, or the zero padding some tools add
                    return 0
                self._inflater = zlib.decompressobj(_GZIP_WBITS)
            if not self._input:
                self._input = self._raw.read(_CHUNK)
                if not self._input:
                    raise DatelineError(
                        "truncated gzip: the compressed data ends before its end marker "
                        "(the file was cut short)"
                    )
            try:
                out = self._inflater.decompress(self._input, len(buffer))
            except zlib.error as exc:
                raise DatelineError(f"corrupt gzip data: {exc}") from exc
            self._input = self._inflater.unconsumed_tail
            if out:
                buffer[: len(out)] = out
                return len(out)


def gunzip(stream: BinaryIO) -> BinaryIO:
    """A streaming, strictly checked gzip decompressor over ``stream``."""
    return io.BufferedReader(_Gunzip(stream), buffer_size=_CHUNK)


def too_large(size: int | None, limit: int) -> str:
    """The message for an input over the size limit (``size`` is None when not known)."""
    shown = f"{size} bytes" if size is not None else f"more than {limit} bytes"
    return f"too large: {shown} > limit {limit} (raise with --max-bytes)"


def read_bounded(stream: BinaryIO, limit: int, size: int | None = None) -> bytes:
    """Read a whole single-document input, refusing (without reading it all) one over ``limit``.

    ``size`` is the file size when known, so an oversized file is refused before any read.
    """
    if size is not None and size > limit:
        raise DatelineError(too_large(size, limit))
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise DatelineError(too_large(size, limit))
    return data
