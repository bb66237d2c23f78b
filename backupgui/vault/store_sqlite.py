"""SQLite storage (the default, embedded): one file, every change in ``BEGIN IMMEDIATE``.

``BEGIN IMMEDIATE`` takes SQLite's write lock up front, so a read-modify-write of the
attempt counter cannot interleave with another one, even across processes sharing the file:
SQLite transactions are serialisable. Rate-limit buckets are written through a second
connection with ``synchronous=NORMAL`` (no fsync per request; losing the last few bucket
updates in a power cut is harmless), everything else with ``synchronous=FULL``.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from .store import (
    Rollback,
    StorageBusy,
    StorageError,
    Store,
    Tx,
    rate_take_params,
    rate_take_sql,
)

T = TypeVar("T")

_RATE_TAKE = rate_take_sql("min", "max")


class SqliteTx(Tx):
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def _x(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(sql, params)

    def next_gen(self) -> int:
        r = self._x(
            "UPDATE counters SET value = value + 1 WHERE name = 'write_gen' RETURNING value"
        ).fetchone()
        return int(r[0])


def _connect(path: Path, synchronous: str) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=30)
    conn.execute("PRAGMA busy_timeout=30000")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(f"PRAGMA synchronous={synchronous}")
    conn.execute("PRAGMA secure_delete=ON")
    return conn


class SqliteStore(Store):
    dialect = "sqlite"

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self._conn = _connect(self.path, "FULL")
            self._rate_conn = _connect(self.path, "NORMAL")
        except sqlite3.Error as exc:
            raise StorageError(f"cannot open the vault database {self.path}: {exc}") from None
        self._lock = threading.RLock()
        self._rate_lock = threading.Lock()

    def describe(self) -> str:
        return f"sqlite:{self.path}"

    def close(self) -> None:
        with self._lock, self._rate_lock:
            self._conn.close()
            self._rate_conn.close()

    def run(self, fn: Callable[[Tx], T]) -> T:
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:  # still locked after busy_timeout
                raise StorageBusy(f"the vault database stayed locked: {exc}") from None
            try:
                result = fn(SqliteTx(self._conn))
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("ROLLBACK" if isinstance(result, Rollback) else "COMMIT")
            return result

    exclusive = run

    def rate_take(self, key: str, now: float, rate: float, burst: float) -> tuple[bool, float, bool]:
        with self._rate_lock:
            try:
                r = self._rate_conn.execute(
                    _RATE_TAKE, rate_take_params(key, now, rate, burst)
                ).fetchone()
            except sqlite3.OperationalError as exc:
                raise StorageBusy(f"the vault database stayed locked: {exc}") from None
        return bool(r[0]), float(r[1]), float(r[2]) == now

    def sequence_value(self) -> int:
        def read(tx: Tx) -> int:
            r = tx._x("SELECT value FROM counters WHERE name = 'write_gen'").fetchone()
            return 0 if r is None else int(r[0])

        return self.run(read)

    def after_erase(self) -> None:
        """Fold the WAL into the main file and truncate it (drops old page images)."""
        with self._lock:
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
