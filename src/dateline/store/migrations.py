"""Ordered schema migrations for the store; ``PRAGMA user_version`` records how far a file is.

Append a migration to upgrade the schema; never edit one that has shipped, since existing
stores have already run it.
"""

from __future__ import annotations

import sqlite3

from dateline.model import DatelineError

MIGRATIONS: list[str] = [
    # 1: articles with the full document JSON, an FTS5 index kept in step by triggers, failures.
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        hash TEXT NOT NULL,
        title TEXT,
        published TEXT,
        updated TEXT,
        site TEXT,
        url TEXT,
        language TEXT,
        body TEXT NOT NULL,
        document TEXT NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX articles_published ON articles (published);
    CREATE INDEX articles_hash ON articles (hash);
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, body, content='articles', content_rowid='rowid', tokenize='unicode61'
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, body)
        VALUES ('delete', old.rowid, old.title, old.body);
    END;
    CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, body)
        VALUES ('delete', old.rowid, old.title, old.body);
        INSERT INTO articles_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body);
    END;
    CREATE TABLE failures (
        id INTEGER PRIMARY KEY,
        record TEXT NOT NULL,
        record_id TEXT,
        error TEXT NOT NULL,
        failed_at TEXT NOT NULL
    );
    """,
    # 2: wire-copy detection (MinHash bands) and events merged across articles, GDELT-style:
    # one row per event, one row per mention of it in an article.
    """
    ALTER TABLE articles ADD COLUMN duplicate_of TEXT;
    CREATE TABLE article_signatures (
        article_id TEXT PRIMARY KEY REFERENCES articles (id),
        signature BLOB NOT NULL
    );
    CREATE TABLE article_bands (
        band TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles (id),
        PRIMARY KEY (band, article_id)
    );
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        type TEXT NOT NULL,
        mode TEXT,
        modality TEXT NOT NULL,
        date TEXT,
        geonameid INTEGER,
        country_code TEXT,
        actor_codes TEXT NOT NULL,
        recipient_codes TEXT NOT NULL,
        actor_countries TEXT NOT NULL,
        recipient_countries TEXT NOT NULL,
        num_mentions INTEGER NOT NULL DEFAULT 0,
        num_articles INTEGER NOT NULL DEFAULT 0,
        num_sources INTEGER NOT NULL DEFAULT 0,
        record TEXT NOT NULL
    );
    CREATE INDEX events_type_date ON events (type, date);
    CREATE INDEX events_date ON events (date);
    CREATE TABLE event_mentions (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES events (id),
        article_id TEXT NOT NULL REFERENCES articles (id),
        seq INTEGER NOT NULL,
        sentence TEXT,
        confidence REAL,
        record TEXT NOT NULL,
        UNIQUE (article_id, seq)
    );
    CREATE INDEX event_mentions_event ON event_mentions (event_id);
    """,
]


def migrate(db: sqlite3.Connection) -> int:
    """Bring ``db`` up to the newest schema, each migration in its own transaction."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        raise DatelineError(
            f"store schema version {version} is newer than this dateline ({len(MIGRATIONS)}); "
            "upgrade dateline"
        )
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        try:
            db.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
        except sqlite3.Error:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
    return len(MIGRATIONS)
