"""Readers: every input format and every kind of bad input, with fixtures built in tmp_path."""

from __future__ import annotations

import gzip
import io
import json
import sys
import zipfile
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dateline.model import Failure, Record
from dateline.read import decode, iter_records

PAGE = "<html><head><title>T</title></head><body><p>Storm hits the coast.</p></body></html>"


def read(*paths: Path | str, max_bytes: int | None = None) -> list[Record | Failure]:
    kwargs = {} if max_bytes is None else {"max_bytes": max_bytes}
    return list(iter_records([str(p) for p in paths], **kwargs))


def only(items: list[Record | Failure]) -> Record | Failure:
    assert len(items) == 1, items
    return items[0]


def jsonl(*lines: object) -> bytes:
    return b"".join((x if isinstance(x, bytes) else json.dumps(x).encode()) + b"\n" for x in lines)


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def warc_bytes(*, compress: bool) -> bytes:
    """A small CC-NEWS-like WARC: warcinfo, two HTML responses, a request, an image, a 404."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)
    writer.write_record(writer.create_warcinfo_record("news.warc", {"software": "test"}))

    def response(url: str, body: bytes, content_type: str, status: str = "200 OK") -> None:
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=headers
        )
        writer.write_record(record)

    response("https://news.example/a", PAGE.encode(), "text/html; charset=utf-8")
    request = writer.create_warc_record(
        "https://news.example/a",
        "request",
        payload=io.BytesIO(b""),
        http_headers=StatusAndHeaders(
            "GET /a HTTP/1.1", [("Host", "news.example")], is_http_request=True
        ),
    )
    writer.write_record(request)
    response("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n\x00", "image/png")
    response("https://news.example/gone", b"<html>gone</html>", "text/html", "404 Not Found")
    body_b = "<html><body><p>Zürich “talks”</p></body></html>".encode("cp1252")
    response("https://news.example/b", body_b, "text/html; charset=windows-1252")
    return out.getvalue()


# --- plain pages -------------------------------------------------------------------------------


def test_text_and_html_files(tmp_path: Path) -> None:
    text = write(tmp_path / "page.txt", b"ISLAMABAD: Talks resumed.\n")
    html = write(tmp_path / "page.html", PAGE.encode())
    sniffed = write(tmp_path / "page.dat", PAGE.encode())
    got = read(text, html, sniffed)
    assert [r.key for r in got] == [str(text), str(html), str(sniffed)]
    assert [r.kind for r in got] == ["unknown", "html", "unknown"]
    assert got[0].content == b"ISLAMABAD: Talks resumed.\n"


def test_empty_file(tmp_path: Path) -> None:
    failure = only(read(write(tmp_path / "empty.txt", b"")))
    assert isinstance(failure, Failure) and failure.error == "empty file"


def test_binary_files_renamed_txt(tmp_path: Path) -> None:
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("story.txt", "hello")
    png = write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    zipped = write(tmp_path / "archive.txt", archive.getvalue())
    got = read(png, zipped)
    assert [(f.key, f.error) for f in got] == [
        (str(png), "binary file, not text or HTML"),
        (str(zipped), "binary file, not text or HTML"),
    ]


def test_nonexistent_path() -> None:
    failure = only(read("/no/such/dir/story.txt"))
    assert isinstance(failure, Failure)
    assert (failure.key, failure.error) == ("/no/such/dir/story.txt", "no such file")


def test_too_large_file_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "big.html", b"<p>" + b"x" * 5000 + b"</p>")
    failure = only(read(path, max_bytes=1000))
    assert isinstance(failure, Failure)
    assert failure.error == "too large: 5007 bytes > limit 1000 (raise with --max-bytes)"


def test_too_large_gzip_is_refused_without_decompressing_it_all(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt.gz", gzip.compress(b"word " * 2_000_000))
    failure = only(read(path, max_bytes=1000))
    assert isinstance(failure, Failure)
    assert failure.error.startswith("too large: more than 1000 bytes > limit 1000")


def test_mixed_encoding_file_decodes(tmp_path: Path) -> None:
    data = "“Peace” in Zürich\n".encode() + "“Truce” in Genève\n".encode("cp1252")
    record = only(read(write(tmp_path / "mixed.txt", data)))
    assert isinstance(record, Record) and isinstance(record.content, bytes)
    assert decode(record.content) == "“Peace” in Zürich\n“Truce” in Genève\n"


# --- JSON lines and JSON -----------------------------------------------------------------------


def test_jsonl_ids_order_and_bad_lines(tmp_path: Path) -> None:
    path = write(
        tmp_path / "in.jsonl",
        jsonl(
            {"id": "b-2", "text": "Second story.", "published": "2024-03-01", "title": "T2"},
            b"{not json",
            {"id": "a-1", "html": "<p>First</p>", "url": "https://x.example/1", "site": "X"},
            {"id": "no-text", "title": "missing body"},
            {"id": "bad-type", "text": ["not", "a", "string"]},
            b"",
            [1, 2],
            {"id": 7, "text": "Numeric id."},
        ),
    )
    got = read(path)
    summary = [(type(r).__name__, r.key, r.id) for r in got]
    assert summary == [
        ("Record", f"{path}:1", "b-2"),
        ("Failure", f"{path}:2", None),
        ("Record", f"{path}:3", "a-1"),
        ("Failure", f"{path}:4", "no-text"),
        ("Failure", f"{path}:5", "bad-type"),
        ("Failure", f"{path}:7", None),
        ("Record", f"{path}:8", "7"),
    ]
    first, third = got[0], got[2]
    assert (first.content, first.kind, first.published, first.title) == (
        "Second story.",
        "text",
        "2024-03-01",
        "T2",
    )
    assert (third.kind, third.url, third.site) == ("html", "https://x.example/1", "X")
    assert got[1].error.startswith("invalid JSON")
    assert got[3].error == "no 'text' or 'html' field"
    assert got[4].error == "field 'text' must be a string, not list"


def test_jsonl_line_over_limit_is_skipped_and_reading_goes_on(tmp_path: Path) -> None:
    path = write(
        tmp_path / "in.jsonl",
        jsonl({"id": "big", "text": "x" * 5000}, {"id": "small", "text": "ok"}),
    )
    big, small = read(path, max_bytes=1000)
    assert isinstance(big, Failure) and big.error.startswith("too large")
    assert isinstance(small, Record) and small.id == "small"


def test_jsonl_with_long_lines_is_sniffed_on_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    data = jsonl(
        {"id": "long", "html": "<p>" + "word " * 5000 + "</p>"}, {"id": "next", "text": "."}
    )
    monkeypatch.setattr(sys, "stdin", io.BytesIO(data))
    assert [r.id for r in read("-", max_bytes=len(data) - 10)] == ["long", "next"]


def test_json_record_and_array(tmp_path: Path) -> None:
    single = write(
        tmp_path / "one.json", json.dumps({"id": "s", "text": "One."}, indent=2).encode()
    )
    array = write(
        tmp_path / "many.json",
        json.dumps([{"id": "a", "text": "A."}, {"text": "no id"}, "oops"]).encode(),
    )
    got = read(single, array)
    assert [(r.key, r.id) for r in got] == [
        (str(single), "s"),
        (f"{array}#1", "a"),
        (f"{array}#2", None),
        (f"{array}#3", None),
    ]
    assert isinstance(got[3], Failure)


def test_invalid_json_file(tmp_path: Path) -> None:
    failure = only(read(write(tmp_path / "bad.json", b'{"id": "x", "text": ')))
    assert isinstance(failure, Failure) and failure.error.startswith("invalid JSON")


# --- gzip --------------------------------------------------------------------------------------


def test_gzipped_jsonl_by_extension_and_by_magic(tmp_path: Path) -> None:
    data = gzip.compress(jsonl({"id": "1", "text": "A."}, {"id": "2", "text": "B."}))
    named = write(tmp_path / "in.jsonl.gz", data)
    unnamed = write(tmp_path / "download", data)
    got = read(named, unnamed)
    assert [(r.key, r.id) for r in got] == [
        (f"{named}:1", "1"),
        (f"{named}:2", "2"),
        (f"{unnamed}:1", "1"),
        (f"{unnamed}:2", "2"),
    ]


def test_truncated_gzip_yields_complete_records_then_a_failure(tmp_path: Path) -> None:
    lines = [{"id": str(i), "text": f"Story number {i} " + "word " * i} for i in range(400)]
    data = gzip.compress(jsonl(*lines))
    got = read(write(tmp_path / "cut.jsonl.gz", data[: len(data) // 2]))
    records, last = got[:-1], got[-1]
    assert len(records) > 10
    assert [r.id for r in records if isinstance(r, Record)] == [str(i) for i in range(len(records))]
    assert isinstance(last, Failure) and last.error.startswith("truncated gzip")


def test_corrupt_gzip(tmp_path: Path) -> None:
    data = bytearray(gzip.compress(b"Some story text. " * 200))
    data[20:40] = b"\xff" * 20
    failure = only(read(write(tmp_path / "bad.txt.gz", bytes(data))))
    assert isinstance(failure, Failure) and failure.error.startswith("corrupt gzip")


def test_gzipped_page(tmp_path: Path) -> None:
    record = only(read(write(tmp_path / "page.html.gz", gzip.compress(PAGE.encode()))))
    assert isinstance(record, Record)
    assert (record.content, record.kind) == (PAGE.encode(), "html")


# --- WARC --------------------------------------------------------------------------------------


@pytest.mark.parametrize("compress", [True, False])
def test_warc_html_responses_only(tmp_path: Path, compress: bool) -> None:
    name = "news.warc.gz" if compress else "news.warc"
    path = write(tmp_path / name, warc_bytes(compress=compress))
    got = read(path)
    assert all(isinstance(r, Record) for r in got), got
    assert [(r.key, r.url, r.encoding, r.kind) for r in got] == [
        (f"{path}#2", "https://news.example/a", "utf-8", "html"),
        (f"{path}#6", "https://news.example/b", "windows-1252", "html"),
    ]
    assert got[0].content == PAGE.encode()  # HTTP headers stripped
    assert (
        decode(got[1].content, got[1].encoding) == "<html><body><p>Zürich “talks”</p></body></html>"
    )


def test_warc_record_over_limit_fails_alone(tmp_path: Path) -> None:
    path = write(tmp_path / "news.warc.gz", warc_bytes(compress=True))
    got = read(path, max_bytes=130)
    assert [(r.key, type(r).__name__) for r in got] == [
        (f"{path}#2", "Failure"),
        (f"{path}#6", "Record"),
    ]
    assert got[0].error.startswith("too large")


@pytest.mark.parametrize("compress", [True, False])
def test_truncated_warc(tmp_path: Path, compress: bool) -> None:
    data = warc_bytes(compress=compress)
    path = write(tmp_path / "cut.warc", data[: len(data) - 60])
    got = read(path)
    assert [r.url for r in got[:-1]] == ["https://news.example/a"]
    assert isinstance(got[-1], Failure)
    assert got[-1].error.startswith("truncated gzip" if compress else "truncated WARC")


# --- feeds -------------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example News</title><link>https://news.example/</link>
<item><title>Floods in Sindh</title><link>https://news.example/floods</link>
<pubDate>Tue, 05 Mar 2024 10:30:00 +0500</pubDate>
<description>&lt;p&gt;Rains displaced thousands.&lt;/p&gt;</description></item>
<item><title>Empty item</title><link>https://news.example/empty</link></item>
<item><title>Talks resume</title><link>https://news.example/talks</link>
<description>Negotiators met in Doha.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:wire</id>
<updated>2024-03-06T08:00:00Z</updated>
<entry><title>Ceasefire holds</title><id>urn:wire:1</id>
<link href="https://wire.example/1"/><updated>2024-03-06T08:00:00Z</updated>
<content type="html">&lt;p&gt;The ceasefire held overnight.&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_feed(tmp_path: Path) -> None:
    path = write(tmp_path / "feed.xml", RSS.encode())
    first, empty, third = read(path)
    assert isinstance(first, Record) and isinstance(third, Record)
    assert (first.key, first.title, first.url) == (
        f"{path}#1",
        "Floods in Sindh",
        "https://news.example/floods",
    )
    assert first.published == "2024-03-05T05:30:00+00:00"
    assert "Rains displaced thousands." in first.content and first.kind == "html"
    assert isinstance(empty, Failure) and empty.key == f"{path}#2"
    assert third.content == "Negotiators met in Doha."


def test_atom_feed_sniffed_without_extension(tmp_path: Path) -> None:
    record = only(read(write(tmp_path / "wire", ATOM.encode())))
    assert isinstance(record, Record)
    assert (record.title, record.url, record.published) == (
        "Ceasefire holds",
        "https://wire.example/1",
        "2024-03-06T08:00:00+00:00",
    )
    assert "ceasefire held overnight" in record.content


# --- directories and stdin ---------------------------------------------------------------------


def test_directory_recursion_is_sorted_and_skips_hidden(tmp_path: Path) -> None:
    for name in ["b.txt", "a/z.txt", "a/c/d.txt", "a/b.txt", ".hidden.txt", ".git/x.txt", "c.txt"]:
        write(tmp_path / name, b"Some text.\n")
    keys = [r.key for r in read(tmp_path)]
    rel = [str(Path(k).relative_to(tmp_path)) for k in keys]
    assert rel == ["a/b.txt", "a/c/d.txt", "a/z.txt", "b.txt", "c.txt"]


def test_empty_directory(tmp_path: Path) -> None:
    failure = only(read(tmp_path))
    assert isinstance(failure, Failure) and failure.error.startswith("no files in directory")


@pytest.mark.parametrize("wrap", [True, False])
def test_stdin_is_sniffed(monkeypatch: pytest.MonkeyPatch, wrap: bool) -> None:
    data = gzip.compress(jsonl({"id": "s1", "text": "From a pipe."}, {"id": "s2", "text": "Two."}))
    stream = io.TextIOWrapper(io.BytesIO(data)) if wrap else io.BytesIO(data)
    monkeypatch.setattr(sys, "stdin", stream)
    got = read("-")
    assert [(r.key, r.id) for r in got] == [("<stdin>:1", "s1"), ("<stdin>:2", "s2")]


def test_stdin_html(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE.encode())))
    record = only(read("-"))
    assert isinstance(record, Record) and record.key == "<stdin>"
    assert record.content == PAGE.encode()
