"""The SQLite store: idempotent ingest, search, failures, migrations and crash safety."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from dateline.model import DatelineError, Document, Failure
from dateline.store import Store
from dateline.store.migrations import MIGRATIONS


def _doc(n: int, body: str | None = None, source_id: str | None = None) -> Document:
    return Document(
        body=body or f"Article number {n} reports a ceasefire in region {n}.",
        title=f"Title {n}",
        published=f"2024-01-{n:02d}",
        source_id=source_id,
    )


def test_ingest_is_idempotent(store: Store) -> None:
    docs = [_doc(n) for n in range(1, 4)]
    first = store.ingest(docs)
    again = store.ingest(docs)
    assert (first.processed, first.skipped) == (3, 0)
    assert (again.processed, again.skipped) == (0, 3)
    assert store.count() == 3


def test_changed_content_under_the_same_id_replaces_the_row(store: Store) -> None:
    store.ingest([_doc(1, source_id="rec-1")])
    stats = store.ingest([_doc(1, body="A corrected version of the story.", source_id="rec-1")])
    assert stats.processed == 1
    assert store.count() == 1
    assert store.get("rec-1").body == "A corrected version of the story."
    assert store.search("corrected")[0]["id"] == "rec-1"
    assert store.search("ceasefire") == []


def test_get_round_trips_the_document(store: Store) -> None:
    doc = _doc(2)
    store.ingest([doc])
    assert store.get(doc.id).to_json() == doc.to_json()
    assert store.get(doc.id[:8]).id == doc.id
    with pytest.raises(DatelineError, match="no article"):
        store.get("nope")


def test_search_ranks_and_tolerates_plain_queries(store: Store) -> None:
    store.ingest([_doc(1), _doc(2, body="Talks in Geneva. Talks again about talks.")])
    assert [r["title"] for r in store.search("talks")] == ["Title 2"]
    assert store.search('U.S. "unbalanced') == []
    assert store.search("ceasefire")[0]["snippet"].count("[") == 1


def test_articles_newest_first(store: Store) -> None:
    store.ingest([_doc(n) for n in (3, 1, 2)])
    assert [a["published"] for a in store.articles()] == ["2024-01-03", "2024-01-02", "2024-01-01"]
    assert len(store.articles(limit=1)) == 1


def test_failures_are_recorded_and_the_run_goes_on(store: Store) -> None:
    stats = store.ingest([_doc(1), Failure(key="bad.txt", error="binary file"), _doc(2)])
    assert (stats.processed, stats.failed) == (2, 1)
    assert store.failures()[0]["record"] == "bad.txt"
    assert store.failures()[0]["error"] == "binary file"


def test_a_crash_keeps_committed_batches_and_no_half_batch(tmp_path: Path) -> None:
    def items() -> Iterator[Document]:
        yield from (_doc(n) for n in range(1, 6))
        raise RuntimeError("killed")

    with Store(tmp_path / "c.db") as store, pytest.raises(RuntimeError):
        store.ingest(items(), batch_size=2)
    with Store(tmp_path / "c.db") as store:
        assert store.count() == 4  # two full batches committed, the fifth never half-written
        assert len(store.search("ceasefire", limit=50)) == 4


def test_schema_is_versioned_and_wal(store: Store) -> None:
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_newer_store_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    db.close()
    with pytest.raises(DatelineError, match="newer"):
        Store(path)


def test_a_file_that_is_not_a_store_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(DatelineError, match="not a dateline store"):
        Store(path)
