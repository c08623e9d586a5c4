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
