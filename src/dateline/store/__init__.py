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
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from dateline import corpus
from dateline.model import DatelineError, Document, Failure
from dateline.store.migrations import migrate

DEFAULT_DB = "dateline.db"
FOUND = ("entities", "places", "times", "quotes", "facts", "events")
BATCH_SIZE = 64
# The events columns a stored match key is rebuilt from (see _stored_key).
_KEY_COLUMNS = "id, type, modality, date, geonameid, country_code, actor_codes, recipient_codes"


def _countries(parties: list[dict[str, Any]] | None) -> str:
    """Space-separated country codes of an event's parties, for filtering."""
    return " ".join(sorted({p["country"] for p in parties or [] if p.get("country")}))


def _alpha2(code: str) -> str:
    """A country given as alpha-2, alpha-3 or name, as the alpha-2 code GeoNames uses."""
    import pycountry

    try:
        return pycountry.countries.lookup(code).alpha_2
    except LookupError as exc:
        raise DatelineError(f"unknown country {code!r}") from exc


def _event_row(row: sqlite3.Row) -> dict[str, Any]:
    """A merged event as the query API returns it: the representative record plus counts."""
    record = json.loads(row["record"])
    return {
        "id": row["id"],
        **record,
        "num_mentions": row["num_mentions"],
        "num_articles": row["num_articles"],
        "num_sources": row["num_sources"],
        "article_id": row["article_id"],
        "url": row["url"],
    }


def _stored_key(row: sqlite3.Row) -> corpus.EventKey:
    """A stored event's match key, rebuilt from its columns rather than its record JSON.

    Merging compares each new mention with every candidate in its date window, so parsing each
    candidate's record would dominate ingest. The columns hold exactly what the key reads (the
    party codes the key was built from, place, country, date and the mapped modality), so the
    row is put back into the event shape :meth:`corpus.EventKey.of` reads and the rule stays
    in one place.
    """
    return corpus.EventKey.of(
        {
            "type": row["type"],
            "modality": row["modality"],
            "date": row["date"],
            "location": {"geonameid": row["geonameid"], "country_code": row["country_code"]},
            "actor": [{"kb_id": code} for code in row["actor_codes"].split()],
            "recipient": [{"kb_id": code} for code in row["recipient_codes"].split()],
        }
    )


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
            self._remove_article(doc.id)
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
        self._index_duplicates(doc)
        self._add_mentions(doc)
        return True

    def _remove_article(self, doc_id: str) -> None:
        """Delete an article with its signature and mentions, re-counting the events it fed."""
        event_ids = [
            r[0]
            for r in self.db.execute(
                "SELECT DISTINCT event_id FROM event_mentions WHERE article_id = ?", (doc_id,)
            )
        ]
        for table in ("event_mentions", "article_bands", "article_signatures"):
            self.db.execute(f"DELETE FROM {table} WHERE article_id = ?", (doc_id,))
        self.db.execute("UPDATE articles SET duplicate_of = NULL WHERE duplicate_of = ?", (doc_id,))
        self.db.execute("DELETE FROM articles WHERE id = ?", (doc_id,))
        for event_id in event_ids:
            self._recount(event_id)

    def _index_duplicates(self, doc: Document) -> None:
        """Record the body's MinHash bands; mark the article a copy of an earlier near-twin."""
        sig = corpus.signature(doc.body)
        keys = corpus.bands(sig)
        marks = ",".join("?" * len(keys))
        candidates = self.db.execute(
            f"SELECT DISTINCT s.article_id, s.signature FROM article_bands b "
            f"JOIN article_signatures s ON s.article_id = b.article_id "
            f"WHERE b.band IN ({marks}) ORDER BY s.article_id",
            keys,
        ).fetchall()
        best = max(
            (
                (corpus.similarity(sig, corpus.unpack(c["signature"])), c["article_id"])
                for c in candidates
            ),
            default=None,
        )
        if best and best[0] >= corpus.DUPLICATE_JACCARD:
            original = self.db.execute(
                "SELECT coalesce(duplicate_of, id) FROM articles WHERE id = ?", (best[1],)
            ).fetchone()[0]
            self.db.execute("UPDATE articles SET duplicate_of = ? WHERE id = ?", (original, doc.id))
        self.db.execute(
            "INSERT INTO article_signatures (article_id, signature) VALUES (?, ?)",
            (doc.id, corpus.pack(sig)),
        )
        self.db.executemany(
            "INSERT INTO article_bands (band, article_id) VALUES (?, ?)",
            [(k, doc.id) for k in keys],
        )

    def _add_mentions(self, doc: Document) -> None:
        """Attach each event mention of ``doc`` to a matching stored event, or start one."""
        for seq, event in enumerate(doc.events):
            key = corpus.EventKey.of(event)
            event_id = self._find_event(key) or self._new_event(key, event)
            self.db.execute(
                "INSERT INTO event_mentions (event_id, article_id, seq, sentence, confidence, "
                "record) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    event_id,
                    doc.id,
                    seq,
                    event.get("sentence"),
                    event.get("confidence"),
                    json.dumps(event, ensure_ascii=False, sort_keys=True),
                ),
            )
            self._recount(event_id)

    def _find_event(self, key: corpus.EventKey) -> int | None:
        """The lowest-numbered stored event this mention matches (so grouping is stable)."""
        when = "date IS NULL"
        params: tuple[str, ...] = ()
        if key.day is not None:
            window = timedelta(days=corpus.DATE_WINDOW_DAYS)
            when = "substr(date, 1, 10) BETWEEN ? AND ?"
            params = (str(key.day - window), str(key.day + window))
        rows = self.db.execute(
            f"SELECT {_KEY_COLUMNS} FROM events WHERE type = ? AND modality = ? AND {when} "
            "ORDER BY id",
            (key.type, key.modality, *params),
        )
        for row in rows:
            if key.matches(_stored_key(row)):
                return row["id"]
        return None

    def _new_event(self, key: corpus.EventKey, event: dict[str, Any]) -> int:
        loc = event.get("location") or {}
        cursor = self.db.execute(
            "INSERT INTO events (type, mode, modality, date, geonameid, country_code, "
            "actor_codes, recipient_codes, actor_countries, recipient_countries, record) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                key.type,
                event.get("mode"),
                key.modality,
                event.get("date"),
                loc.get("geonameid"),
                loc.get("country_code"),
                " ".join(sorted(key.actors)),
                " ".join(sorted(key.recipients)),
                _countries(event.get("actor")),
                _countries(event.get("recipient")),
                json.dumps(event, ensure_ascii=False, sort_keys=True),
            ),
        )
        return int(cursor.lastrowid)

    def _recount(self, event_id: int) -> None:
        """Refresh an event's mention, article and source counts; drop it when none is left."""
        counts = self.db.execute(
            "SELECT count(*), count(DISTINCT m.article_id), "
            "count(DISTINCT coalesce(a.site, a.url, a.id)) "
            "FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ?",
            (event_id,),
        ).fetchone()
        if counts[0] == 0:
            self.db.execute("DELETE FROM events WHERE id = ?", (event_id,))
            return
        self.db.execute(
            "UPDATE events SET num_mentions = ?, num_articles = ?, num_sources = ? WHERE id = ?",
            (*counts, event_id),
        )

    # -- reading -----------------------------------------------------------------------------

    def articles(self, *, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Article summaries, newest publication first, with how much was found in each."""
        found = ", ".join(f"json_array_length(document, '$.{field}') AS {field}" for field in FOUND)
        rows = self.db.execute(
            f"SELECT id, title, published, site, language, duplicate_of, length(body) AS chars, "
            f"{found} FROM articles "
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

    def events(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        type: str | None = None,
        actor_country: str | None = None,
        recipient_country: str | None = None,
        country: str | None = None,
        text: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Merged events, oldest first, each with its counts and first mention's source.

        ``actor_country``/``recipient_country`` are ISO 3166 alpha-3 codes of the parties;
        ``country`` is where the event happened (alpha-2 or alpha-3); ``text`` matches the
        sentence of any mention.
        """
        where, params = [], []
        if since:
            where.append("substr(e.date, 1, 10) >= ?")
            params.append(since)
        if until:
            where.append("substr(e.date, 1, 10) <= ?")
            params.append(until)
        if type:
            where.append("e.type = ?")
            params.append(type.upper())
        for column, code in (
            ("actor_countries", actor_country),
            ("recipient_countries", recipient_country),
        ):
            if code:
                where.append(f"' ' || e.{column} || ' ' LIKE ?")
                params.append(f"% {code.upper()} %")
        if country:
            where.append("e.country_code = ?")
            params.append(_alpha2(country))
        if text:
            where.append(
                "EXISTS (SELECT 1 FROM event_mentions t WHERE t.event_id = e.id "
                "AND t.sentence LIKE ?)"
            )
            params.append(f"%{text}%")
        sql = (
            "SELECT e.*, (SELECT a.url FROM event_mentions m "
            "JOIN articles a ON a.id = m.article_id "
            "WHERE m.event_id = e.id ORDER BY m.id LIMIT 1) AS url, "
            "(SELECT m.article_id FROM event_mentions m WHERE m.event_id = e.id "
            "ORDER BY m.id LIMIT 1) AS article_id FROM events e"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY e.date IS NULL, e.date, e.id LIMIT ?"
        )
        rows = self.db.execute(sql, (*params, -1 if limit is None else limit)).fetchall()
        return [_event_row(r) for r in rows]

    def mentions(self, event_id: int) -> list[dict[str, Any]]:
        """Every mention of one event: the article, its site and the sentence."""
        rows = self.db.execute(
            "SELECT m.article_id, a.site, a.url, a.published, m.sentence, m.confidence "
            "FROM event_mentions m JOIN articles a ON a.id = m.article_id "
            "WHERE m.event_id = ? ORDER BY m.id",
            (event_id,),
        )
        return [dict(r) for r in rows]

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
