"""The embedded store: one SQLite file holding articles, what was found in them, and failures.

SQLite from the standard library, in WAL mode with foreign keys on and an FTS5 index over title
and body. The schema is versioned (``PRAGMA user_version``) and upgraded by the ordered
migrations in :mod:`dateline.store.migrations`. Ingest is idempotent (an article is keyed by its
id; the same content is skipped) and commits one transaction per batch, so a crash loses nothing
already committed and never leaves half a document behind.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dateline.model import DatelineError, Document, Failure
from dateline.store.migrations import migrate

DEFAULT_DB = "dateline.db"
BATCH_SIZE = 64


def default_path() -> str:
    """The store used when none is named: ``$DATELINE_DB``, else ``./dateline.db``."""
    return os.environ.get("DATELINE_DB", DEFAULT_DB)


@dataclass
class IngestStats:
    """What one ingest run did; ``failures`` keeps each failed record for the report."""

    processed: int = 0
    skipped: int = 0
    failed: int = 0
    failures: list[Failure] = field(default_factory=list)


class Store:
    """A dateline store file. Use as a context manager, or call :meth:`close`."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path or default_path())
        if self.path.parent and not self.path.parent.exists():
            raise DatelineError(f"cannot create store {self.path}: folder does not exist")
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.execute("PRAGMA busy_timeout=5000")
            migrate(self.db)
        except sqlite3.DatabaseError as exc:
            raise DatelineError(f"{self.path} is not a dateline store: {exc}") from exc

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    # -- writing -----------------------------------------------------------------------------

    def ingest(
        self, items: Iterable[Document | Failure], *, batch_size: int = BATCH_SIZE
    ) -> IngestStats:
        """Store documents and failures, one transaction per batch of ``batch_size`` items."""
        stats = IngestStats()
        batch: list[Document | Failure] = []
        for item in items:
            batch.append(item)
            if len(batch) >= batch_size:
                self._write_batch(batch, stats)
                batch = []
        if batch:
            self._write_batch(batch, stats)
        return stats

    def _write_batch(self, batch: list[Document | Failure], stats: IngestStats) -> None:
        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for item in batch:
                if isinstance(item, Failure):
                    self._write_failure(item, now)
                    stats.failed += 1
                    stats.failures.append(item)
                elif self._write_document(item, now):
                    stats.processed += 1
                else:
                    stats.skipped += 1
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def _write_failure(self, failure: Failure, now: str) -> None:
        self.db.execute(
            "INSERT INTO failures (record, record_id, error, failed_at) VALUES (?, ?, ?, ?)",
            (failure.key, failure.id, failure.error, now),
        )

    def _write_document(self, doc: Document, now: str) -> bool:
        """Insert or replace one article; False when the same content is already stored."""
        row = self.db.execute("SELECT hash FROM articles WHERE id = ?", (doc.id,)).fetchone()
        if row is not None and row["hash"] == doc.hash:
            return False
        if row is not None:
            self.db.execute("DELETE FROM articles WHERE id = ?", (doc.id,))
        self.db.execute(
            "INSERT INTO articles (id, hash, title, published, updated, site, url, language, "
            "body, document, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc.id,
                doc.hash,
                doc.title,
                doc.published,
                doc.updated,
                doc.site,
                doc.url,
                doc.language,
                doc.body,
                doc.to_json(),
                now,
            ),
        )
        return True

    # -- reading -----------------------------------------------------------------------------

    def articles(self, *, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Article summaries, newest publication first."""
        rows = self.db.execute(
            "SELECT id, title, published, site, language, length(body) AS chars FROM articles "
            "ORDER BY published IS NULL, published DESC, id LIMIT ? OFFSET ?",
            (-1 if limit is None else limit, offset),
        )
        return [dict(r) for r in rows]

    def search(self, query: str, *, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search over title and body, best match first, with a highlighted snippet.

        FTS5 syntax works ("exact phrase", a OR b, NEAR, prefix*); a query that is not valid
        FTS5 (say ``U.S.`` or an unbalanced quote) is searched as plain words instead.
        """
        sql = (
            "SELECT a.id, a.title, a.published, a.site, "
            "snippet(articles_fts, 1, '[', ']', ' ... ', 12) AS snippet "
            "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
            "WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts), a.id LIMIT ?"
        )
        try:
            rows = self.db.execute(sql, (query, limit)).fetchall()
        except sqlite3.OperationalError:
            words = [w.replace('"', "") for w in query.split()]
            plain = " ".join(f'"{w}"' for w in words if w)
            if not plain:
                raise DatelineError(f"empty search query {query!r}") from None
            rows = self.db.execute(sql, (plain, limit)).fetchall()
        return [dict(r) for r in rows]

    def get(self, doc_id: str) -> Document:
        """The stored document with this id (or a unique id prefix of at least 6 characters)."""
        row = self.db.execute("SELECT document FROM articles WHERE id = ?", (doc_id,)).fetchone()
        if row is None and len(doc_id) >= 6:
            rows = self.db.execute(
                "SELECT document FROM articles WHERE id LIKE ? || '%' LIMIT 2", (doc_id,)
            ).fetchall()
            row = rows[0] if len(rows) == 1 else None
        if row is None:
            raise DatelineError(f"no article with id {doc_id!r} in {self.path}")
        return Document.from_dict(json.loads(row["document"]))

    def failures(self) -> list[dict[str, Any]]:
        """Every record that failed, in the order it failed."""
        rows = self.db.execute(
            "SELECT record, record_id, error, failed_at FROM failures ORDER BY id"
        )
        return [dict(r) for r in rows]

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def documents(self) -> Iterator[Document]:
        """Every stored document, in id order (for re-processing and export)."""
        for row in self.db.execute("SELECT document FROM articles ORDER BY id"):
            yield Document.from_dict(json.loads(row["document"]))
