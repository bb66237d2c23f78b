"""SQLite storage for the vault: one file, every change in a ``BEGIN IMMEDIATE`` transaction.

Stored per user: the SHA-256 of the access token (records from before account binding), the
account the record is bound to (``account``: a hash of the Google account or the verifiers
of the device credential and recovery code, see ``account.py``), the record's state, the
attempt counter, a generation number and one sealed blob (OPAQUE registration record +
wrapped K) that only the HSM can open. Nothing here is secret in the clear.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    name  TEXT PRIMARY KEY,
    value BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS records (
    user_id    TEXT PRIMARY KEY,
    token_hash BLOB NOT NULL,
    state      TEXT NOT NULL CHECK (state IN ('pending', 'active', 'destroyed', 'deleted')),
    sealed     BLOB,
    generation INTEGER NOT NULL DEFAULT 0,
    attempts   INTEGER NOT NULL DEFAULT 0,
    created    REAL NOT NULL,
    updated    REAL NOT NULL,
    account    TEXT
);
"""


@dataclass(frozen=True)
class Row:
    user_id: str
    token_hash: bytes
    state: str
    sealed: bytes | None
    generation: int
    attempts: int
    created: float
    account: str | None = None  # None: bound to nothing but the access token (v1 record)


class Store:
    """A serialised connection to the vault database.

    ``transaction()`` takes SQLite's write lock up front (BEGIN IMMEDIATE), so a read-modify-
    write of the attempt counter cannot interleave with another one, even across processes.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._conn = sqlite3.connect(
            str(self.path), isolation_level=None, check_same_thread=False, timeout=30
        )
        self._lock = threading.RLock()
        c = self._conn
        c.execute("PRAGMA journal_mode=WAL")
        c.execute("PRAGMA synchronous=FULL")
        c.execute("PRAGMA secure_delete=ON")
        c.execute("PRAGMA busy_timeout=30000")
        c.executescript(SCHEMA)
        columns = {r[1] for r in c.execute("PRAGMA table_info(records)")}
        if "account" not in columns:  # a database from before account binding
            c.execute("ALTER TABLE records ADD COLUMN account TEXT")

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT (or ROLLBACK on any exception)."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    # ------------------------------------------------------------------ meta

    def get_meta(self, name: str) -> bytes | None:
        with self._lock:
            row = self._conn.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return None if row is None else bytes(row[0])

    def put_meta_once(self, values: dict[str, bytes]) -> bool:
        """Insert all values unless the first key already exists; True if inserted."""
        with self.transaction() as c:
            first = next(iter(values))
            if c.execute("SELECT 1 FROM meta WHERE name = ?", (first,)).fetchone():
                return False
            c.executemany("INSERT INTO meta (name, value) VALUES (?, ?)", list(values.items()))
            return True

    # ------------------------------------------------------------------ records

    @staticmethod
    def get(c: sqlite3.Connection, user_id: str) -> Row | None:
        r = c.execute(
            "SELECT user_id, token_hash, state, sealed, generation, attempts, created, account"
            " FROM records WHERE user_id = ?",
            (user_id,),
        ).fetchone()
        if r is None:
            return None
        sealed = None if r[3] is None else bytes(r[3])
        return Row(r[0], bytes(r[1]), r[2], sealed, r[4], r[5], r[6], r[7])

    @staticmethod
    def insert_pending(
        c: sqlite3.Connection, user_id: str, token_hash: bytes, account: str | None = None
    ) -> None:
        now = time.time()
        c.execute(
            "INSERT INTO records (user_id, token_hash, state, created, updated, account)"
            " VALUES (?, ?, 'pending', ?, ?, ?)",
            (user_id, token_hash, now, now, account),
        )

    @staticmethod
    def refresh_pending(c: sqlite3.Connection, user_id: str) -> None:
        c.execute(
            "UPDATE records SET created = ?, updated = ? WHERE user_id = ? AND state = 'pending'",
            (time.time(), time.time(), user_id),
        )

    @staticmethod
    def activate(c: sqlite3.Connection, user_id: str, sealed: bytes) -> None:
        c.execute(
            "UPDATE records SET state = 'active', sealed = ?, attempts = 0, updated = ?"
            " WHERE user_id = ? AND state = 'pending'",
            (sealed, time.time(), user_id),
        )

    @staticmethod
    def replace(c: sqlite3.Connection, user_id: str, sealed: bytes, generation: int) -> None:
        c.execute(
            "UPDATE records SET sealed = ?, generation = ?, attempts = 0, updated = ?"
            " WHERE user_id = ? AND state = 'active'",
            (sealed, generation, time.time(), user_id),
        )

    @staticmethod
    def bind(
        c: sqlite3.Connection, user_id: str, account: str, sealed: bytes, generation: int
    ) -> None:
        """Bind an active v1 record to an account (re-sealed: the account is in its AAD)."""
        c.execute(
            "UPDATE records SET account = ?, sealed = ?, generation = ?, updated = ?"
            " WHERE user_id = ? AND state = 'active' AND account IS NULL",
            (account, sealed, generation, time.time(), user_id),
        )

    @staticmethod
    def set_attempts(c: sqlite3.Connection, user_id: str, attempts: int) -> None:
        c.execute(
            "UPDATE records SET attempts = ?, updated = ? WHERE user_id = ?",
            (attempts, time.time(), user_id),
        )

    @staticmethod
    def destroy(c: sqlite3.Connection, user_id: str, state: str) -> None:
        """Erase the sealed blob for good, keeping a tombstone so the id is never reused."""
        c.execute(
            "UPDATE records SET state = ?, sealed = NULL, updated = ? WHERE user_id = ?",
            (state, time.time(), user_id),
        )

    @staticmethod
    def expire_pending(c: sqlite3.Connection, older_than: float) -> None:
        c.execute("DELETE FROM records WHERE state = 'pending' AND created < ?", (older_than,))

    def checkpoint(self) -> None:
        """Fold the WAL into the main file and truncate it (drops old page images)."""
        with self._lock:
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
