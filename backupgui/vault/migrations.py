"""Versioned schema migrations of the vault database, run at every start.

Each migration has one list of statements per engine; ``schema_version`` records which ran.
A database written before this table existed (the first SQLite vault) is version 1. A
database newer than this program is refused, never changed. Migrations run under an
exclusive lock (SQLite's write lock; a PostgreSQL advisory lock), so nodes starting together
migrate once.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from .store import StorageError, Store, Tx

#: A migration step: SQL text, or a function for what SQL cannot say conditionally.
Step = str | Callable[[Tx], None]

log = logging.getLogger("backupgui.vault.migrations")


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    sqlite: tuple[Step, ...]
    postgresql: tuple[Step, ...]

    def statements(self, dialect: str) -> tuple[Step, ...]:
        return self.sqlite if dialect == "sqlite" else self.postgresql


def _sqlite_add_account(tx: Tx) -> None:
    # The vault of the account-binding change added this column itself, unversioned.
    columns = {r[1] for r in tx._x("PRAGMA table_info(records)").fetchall()}
    if "account" not in columns:
        tx._x("ALTER TABLE records ADD COLUMN account TEXT")


_STATES = "CHECK (state IN ('pending', 'active', 'destroyed', 'deleted'))"

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "records and sealed server keys",
        (
            "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value BLOB NOT NULL)",
            "CREATE TABLE IF NOT EXISTS records ("
            " user_id TEXT PRIMARY KEY, token_hash BLOB NOT NULL,"
            f" state TEXT NOT NULL {_STATES}, sealed BLOB,"
            " generation INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0,"
            " created REAL NOT NULL, updated REAL NOT NULL)",
        ),
        (
            "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value BYTEA NOT NULL)",
            "CREATE TABLE IF NOT EXISTS records ("
            " user_id TEXT PRIMARY KEY, token_hash BYTEA NOT NULL,"
            f" state TEXT NOT NULL {_STATES}, sealed BYTEA,"
            " generation BIGINT NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0,"
            " created DOUBLE PRECISION NOT NULL, updated DOUBLE PRECISION NOT NULL)",
        ),
    ),
    Migration(
        2,
        "several nodes: sessions, grants and rate limits in the database; write generations",
        (
            "ALTER TABLE records ADD COLUMN write_gen INTEGER",
            "CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
            "INSERT INTO counters (name, value) VALUES ('write_gen', 0)",
            "CREATE TABLE sessions (id_hash BLOB PRIMARY KEY, user_id TEXT NOT NULL,"
            " sealed BLOB NOT NULL, expires REAL NOT NULL)",
            "CREATE INDEX sessions_expires ON sessions (expires)",
            "CREATE TABLE grants (id_hash BLOB PRIMARY KEY, user_id TEXT NOT NULL,"
            " generation INTEGER NOT NULL, started INTEGER NOT NULL DEFAULT 0,"
            " expires REAL NOT NULL)",
            "CREATE TABLE rate_limits (prefix TEXT PRIMARY KEY, tokens REAL NOT NULL,"
            " stamp REAL NOT NULL, ok INTEGER NOT NULL, created REAL NOT NULL)",
            "CREATE INDEX rate_limits_stamp ON rate_limits (stamp)",
        ),
        (
            "ALTER TABLE records ADD COLUMN write_gen BIGINT",
            "CREATE SEQUENCE write_gen_seq AS BIGINT",
            "CREATE TABLE sessions (id_hash BYTEA PRIMARY KEY, user_id TEXT NOT NULL,"
            " sealed BYTEA NOT NULL, expires DOUBLE PRECISION NOT NULL)",
            "CREATE INDEX sessions_expires ON sessions (expires)",
            "CREATE TABLE grants (id_hash BYTEA PRIMARY KEY, user_id TEXT NOT NULL,"
            " generation BIGINT NOT NULL, started SMALLINT NOT NULL DEFAULT 0,"
            " expires DOUBLE PRECISION NOT NULL)",
            "CREATE TABLE rate_limits (prefix TEXT PRIMARY KEY, tokens DOUBLE PRECISION NOT NULL,"
            " stamp DOUBLE PRECISION NOT NULL, ok SMALLINT NOT NULL,"
            " created DOUBLE PRECISION NOT NULL)",
            "CREATE INDEX rate_limits_stamp ON rate_limits (stamp)",
            # Room on each page for the counter updates to stay "HOT" (no new index entry):
            # index inserts are what makes unrelated serialisable logins conflict.
            "ALTER TABLE records SET (fillfactor = 50)",
            "ALTER TABLE sessions SET (fillfactor = 80)",
        ),
    ),
    Migration(
        3,
        "records bound to an account (Google account or device credential/recovery code)",
        (_sqlite_add_account,),
        ("ALTER TABLE records ADD COLUMN IF NOT EXISTS account TEXT",),
    ),
    Migration(
        4,
        "each record's highest backup sequence number, signed by the set's key (VAULT.md 2.1)",
        (
            "CREATE TABLE IF NOT EXISTS sequences (user_id TEXT PRIMARY KEY,"
            " public_key BLOB NOT NULL, set_id TEXT NOT NULL, seq INTEGER NOT NULL,"
            " snapshot_id TEXT NOT NULL, signature BLOB NOT NULL, updated REAL NOT NULL)",
        ),
        (
            "CREATE TABLE IF NOT EXISTS sequences (user_id TEXT PRIMARY KEY,"
            " public_key BYTEA NOT NULL, set_id TEXT NOT NULL, seq BIGINT NOT NULL,"
            " snapshot_id TEXT NOT NULL, signature BYTEA NOT NULL,"
            " updated DOUBLE PRECISION NOT NULL)",
        ),
    ),
    Migration(
        5,
        "signed login proofs accepted in the last minutes, refused if replayed (VAULT.md 1.9)",
        (
            "CREATE TABLE IF NOT EXISTS login_proofs (user_id TEXT NOT NULL,"
            " ke1_hash BLOB NOT NULL, expires REAL NOT NULL, PRIMARY KEY (user_id, ke1_hash))",
            "CREATE INDEX IF NOT EXISTS login_proofs_expires ON login_proofs (expires)",
        ),
        (
            "CREATE TABLE IF NOT EXISTS login_proofs (user_id TEXT NOT NULL,"
            " ke1_hash BYTEA NOT NULL, expires DOUBLE PRECISION NOT NULL,"
            " PRIMARY KEY (user_id, ke1_hash))",
            "CREATE INDEX IF NOT EXISTS login_proofs_expires ON login_proofs (expires)",
        ),
    ),
)

LATEST = MIGRATIONS[-1].version

_VERSION_TABLE = {
    "sqlite": "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
    " applied REAL NOT NULL, description TEXT NOT NULL)",
    "postgresql": "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
    " applied DOUBLE PRECISION NOT NULL, description TEXT NOT NULL)",
}


def _has_table(tx: Tx, dialect: str, name: str) -> bool:
    if dialect == "sqlite":
        sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
        return tx._x(sql, (name,)).fetchone() is not None
    return tx._x("SELECT to_regclass(?) IS NOT NULL", (name,)).fetchone()[0]


def current_version(tx: Tx, dialect: str) -> int:
    """The schema version of the database (0: empty)."""
    if _has_table(tx, dialect, "schema_version"):
        r = tx._x("SELECT max(version) FROM schema_version").fetchone()
        if r is not None and r[0] is not None:
            return int(r[0])
    return 1 if _has_table(tx, dialect, "records") else 0


def migrate(store: Store) -> int:
    """Bring the database to :data:`LATEST`; returns the version it had before."""

    def step(tx: Tx) -> int:
        before = current_version(tx, store.dialect)
        if before > LATEST:
            raise StorageError(
                f"the vault database has schema version {before}, newer than this vault "
                f"program understands ({LATEST}); upgrade the program"
            )
        if before < LATEST:
            tx._x(_VERSION_TABLE[store.dialect])
            for m in MIGRATIONS:
                if m.version <= before:
                    continue
                for step in m.statements(store.dialect):
                    if callable(step):
                        step(tx)
                    else:
                        tx._x(step)
                tx._x(
                    "INSERT INTO schema_version (version, applied, description) VALUES (?, ?, ?)",
                    (m.version, time.time(), m.description),
                )
                log.info("vault database migrated to schema %d: %s", m.version, m.description)
        return before

    return store.exclusive(step)
