"""The vault's storage: one interface, two databases (SQLite embedded, PostgreSQL shared).

Stored per user: the SHA-256 of the access token (records from before account binding), the
account the record is bound to (``account``: a hash of the Google account or the verifiers
of the device credential and recovery code, see ``account.py``), the record's state, the
attempt counter, two version numbers and one sealed blob (OPAQUE registration record +
wrapped K, bound to the account, the counter and the versions) that only the HSM can open. Login sessions and password-change
grants live here too (sealed), and the login proofs accepted in the last minutes (replay),, so any node of a vault can serve any step of a login, and so
do the rate-limit buckets, so N nodes do not give N times the budget. Nothing here is secret
in the clear.

Every change runs as a *serialisable* transaction through :meth:`Store.run`: the function
given sees a :class:`Tx`, may run several times (a serialisation failure or a lost
connection re-runs it from the start) and its result is returned only after the commit
succeeded, so nothing decided inside it can leave the vault before it is durable.

``open_store("vault.sqlite")`` or ``open_store("postgresql://host1,host2/vault?...")``.
"""

from __future__ import annotations

import abc
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")

#: How long a node keeps retrying while the database cannot be reached (a failover takes
#: a few seconds); after that the request fails with "unavailable" and nothing is answered.
UNAVAILABLE_TIMEOUT = 30.0
#: Serialisation failures are retried (with growing, jittered pauses) for this long before
#: the request is refused "busy".
CONFLICT_TIMEOUT = 10.0


class Rollback:
    """Returned (not raised) by a transaction function that refuses: the store rolls the
    transaction back and hands this object back. Returning keeps the connection's pipeline
    in order; an exception would abort it."""

    def __init__(self, value: object) -> None:
        self.value = value


class StorageError(Exception):
    """The database is unusable (wrong schema, newer schema, bad URL)."""


class StorageUnavailable(StorageError):
    """The database could not be reached (or no primary was found) in time."""


class StorageBusy(StorageError):
    """A transaction kept failing to serialise against concurrent ones."""


class HistoryBehind(Exception):
    """A connection's server is a primary on an older timeline, or behind a WAL position,
    than the database was seen on: not used (the connection is dropped and the transaction
    tried on another, as for a standby) while that may be an old primary about to be
    demoted."""


@dataclass(frozen=True)
class History:
    """Where a PostgreSQL primary's history stands (docs/VAULT.md 10.6)."""

    system: int  # pg_control_system().system_identifier: a cluster and its physical copies
    timeline: int  # of the WAL being written now
    lsn: int  # pg_current_wal_insert_lsn(), in bytes
    started: float  # pg_postmaster_start_time(): one run of one server


@dataclass(frozen=True)
class Row:
    user_id: str
    token_hash: bytes
    state: str
    sealed: bytes | None
    #: The record's version: raised by a password change (it ends pending logins/grants).
    generation: int
    attempts: int
    created: float
    #: The database-wide write generation of the last change (None: sealed before schema 2).
    write_gen: int | None = None
    #: None: bound to nothing but the access token (a record from before account binding).
    account: str | None = None


_ROW_COLUMNS = (
    "user_id, token_hash, state, sealed, generation, attempts, created, write_gen, account"
)


def _row(r: Sequence[Any]) -> Row:
    return Row(
        r[0], bytes(r[1]), r[2], None if r[3] is None else bytes(r[3]), int(r[4]), int(r[5]),
        float(r[6]), None if r[7] is None else int(r[7]), r[8],
    )  # fmt: skip


@dataclass(frozen=True)
class SequenceRow:
    """The highest backup sequence number recorded for a record's set (VAULT.md 2.1)."""

    user_id: str
    public_key: bytes
    set_id: str
    seq: int
    snapshot_id: str
    signature: bytes


class Tx(abc.ABC):
    """The operations of one transaction. SQL is written once with ``?`` placeholders."""

    #: True when an earlier run of the same function lost its connection, possibly during
    #: COMMIT: its changes may be in the database already (the function should look).
    outcome_unknown: bool = False

    @abc.abstractmethod
    def _x(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Execute one statement; returns a cursor."""

    @abc.abstractmethod
    def next_gen(self) -> int:
        """A new database-wide write generation, larger than every one given out before."""

    # ------------------------------------------------------------------ records

    def get(self, user_id: str, *, for_change: bool = False) -> Row | None:
        """The record; ``for_change``: a change (a new write generation) will likely follow,
        which an engine may fetch in the same round trip (:meth:`next_gen` returns it)."""
        r = self._x(f"SELECT {_ROW_COLUMNS} FROM records WHERE user_id = ?", (user_id,)).fetchone()
        return None if r is None else _row(r)

    def insert_pending(
        self, user_id: str, token_hash: bytes, now: float, account: str | None = None
    ) -> None:
        self._x(
            "INSERT INTO records (user_id, token_hash, state, created, updated, account)"
            " VALUES (?, ?, 'pending', ?, ?, ?)",
            (user_id, token_hash, now, now, account),
        )

    def activate(self, user_id: str, sealed: bytes, write_gen: int, now: float) -> None:
        self._x(
            "UPDATE records SET state = 'active', sealed = ?, attempts = 0, write_gen = ?,"
            " updated = ? WHERE user_id = ? AND state = 'pending'",
            (sealed, write_gen, now, user_id),
        )

    def update_record(
        self,
        user_id: str,
        *,
        sealed: bytes,
        attempts: int,
        write_gen: int,
        generation: int,
        now: float,
    ) -> None:
        """Store a re-sealed active record with its new counter and versions."""
        self._x(
            "UPDATE records SET sealed = ?, attempts = ?, write_gen = ?, generation = ?,"
            " updated = ? WHERE user_id = ? AND state = 'active'",
            (sealed, attempts, write_gen, generation, now, user_id),
        )

    def bind(self, user_id: str, account: str, sealed: bytes, *, write_gen: int,
             generation: int, now: float) -> None:  # fmt: skip
        """Bind an active record from before account binding to an account (re-sealed: the
        account is in its associated data)."""
        self._x(
            "UPDATE records SET account = ?, sealed = ?, write_gen = ?, generation = ?,"
            " updated = ? WHERE user_id = ? AND state = 'active' AND account IS NULL",
            (account, sealed, write_gen, generation, now, user_id),
        )

    def rebind(self, user_id: str, old_account: str, account: str, sealed: bytes, *,
               write_gen: int, generation: int, now: float) -> None:
        """Replace the account binding of an active, bound record (a device enrolled)."""
        self._x(
            "UPDATE records SET account = ?, sealed = ?, write_gen = ?, generation = ?,"
            " updated = ? WHERE user_id = ? AND state = 'active' AND account = ?",
            (account, sealed, write_gen, generation, now, user_id, old_account),
        )

    def destroy(self, user_id: str, state: str, now: float, attempts: int | None = None) -> None:
        """Erase the sealed blob for good, keeping a tombstone so the id is never reused.

        Sessions and grants of the record stay until they expire: every step that uses one
        reads the record's state first (and a login in flight learns "destroyed").
        """
        self._x(
            "UPDATE records SET state = ?, sealed = NULL, updated = ?,"
            " attempts = coalesce(?, attempts) WHERE user_id = ?",
            (state, now, attempts, user_id),
        )

    def expire_pending(self, older_than: float) -> None:
        self._x("DELETE FROM records WHERE state = 'pending' AND created < ?", (older_than,))

    def max_write_gen(self) -> int:
        r = self._x("SELECT max(write_gen) FROM records").fetchone()
        return 0 if r is None or r[0] is None else int(r[0])

    # ------------------------------------------------------------------ login sessions

    def put_session(self, id_hash: bytes, user_id: str, sealed: bytes, expires: float) -> None:
        self._x(
            "INSERT INTO sessions (id_hash, user_id, sealed, expires) VALUES (?, ?, ?, ?)",
            (id_hash, user_id, sealed, expires),
        )

    def get_session(self, id_hash: bytes) -> tuple[str, bytes, float] | None:
        r = self._x(
            "SELECT user_id, sealed, expires FROM sessions WHERE id_hash = ?", (id_hash,)
        ).fetchone()
        return None if r is None else (r[0], bytes(r[1]), float(r[2]))

    def rewrite_session(self, id_hash: bytes) -> None:
        """Write the session's row again, unchanged: the transaction then has something to
        commit, and a COMMIT that wrote waits for the synchronous standby (VAULT.md 10.8)."""
        self._x("UPDATE sessions SET expires = expires WHERE id_hash = ?", (id_hash,))

    def take_session(self, id_hash: bytes) -> tuple[str, bytes, float] | None:
        """Delete a session and return (user_id, sealed state, expiry), or None."""
        r = self._x(
            "DELETE FROM sessions WHERE id_hash = ? RETURNING user_id, sealed, expires",
            (id_hash,),
        ).fetchone()
        return None if r is None else (r[0], bytes(r[1]), float(r[2]))

    # ------------------------------------------------------------------ grants

    def put_grant(self, id_hash: bytes, user_id: str, generation: int, expires: float) -> None:
        self._x(
            "INSERT INTO grants (id_hash, user_id, generation, started, expires)"
            " VALUES (?, ?, ?, 0, ?)",
            (id_hash, user_id, generation, expires),
        )

    def get_grant(self, id_hash: bytes) -> tuple[str, int, bool, float] | None:
        """(user_id, record generation, started, expiry) or None."""
        r = self._x(
            "SELECT user_id, generation, started, expires FROM grants WHERE id_hash = ?",
            (id_hash,),
        ).fetchone()
        return None if r is None else (r[0], int(r[1]), bool(r[2]), float(r[3]))

    def start_grant(self, id_hash: bytes) -> None:
        self._x("UPDATE grants SET started = 1 WHERE id_hash = ?", (id_hash,))

    def delete_grant(self, id_hash: bytes) -> None:
        self._x("DELETE FROM grants WHERE id_hash = ?", (id_hash,))

    # ------------------------------------------------------------------ signed login proofs

    def claim_login_proof(self, user_id: str, ke1_hash: bytes, now: float,
                          expires: float) -> bool:
        """Remember a signed login proof until ``expires``; False if it is remembered already
        (a replay). Called in the transaction that counts the attempt, which a refusal rolls
        back. One statement, no read first: a read of the index would make unrelated logins
        conflict under SERIALIZABLE (the predicate lock covers an index page)."""
        r = self._x(
            "INSERT INTO login_proofs (user_id, ke1_hash, expires) VALUES (?, ?, ?)"
            " ON CONFLICT (user_id, ke1_hash) DO UPDATE SET expires = excluded.expires"
            " WHERE login_proofs.expires < ? RETURNING expires",
            (user_id, ke1_hash, expires, now),
        ).fetchone()
        return r is not None

    # ------------------------------------------------------------------ backup sequences

    def get_sequence(self, user_id: str) -> SequenceRow | None:
        r = self._x(
            "SELECT user_id, public_key, set_id, seq, snapshot_id, signature FROM sequences"
            " WHERE user_id = ?",
            (user_id,),
        ).fetchone()
        if r is None:
            return None
        return SequenceRow(r[0], bytes(r[1]), r[2], int(r[3]), r[4], bytes(r[5]))

    def put_sequence(self, row: SequenceRow, now: float) -> None:
        """Insert or raise the record's sequence row (the caller checked that it is higher)."""
        self._x(
            "INSERT INTO sequences (user_id, public_key, set_id, seq, snapshot_id, signature,"
            " updated) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET"
            " set_id = excluded.set_id, seq = excluded.seq, snapshot_id = excluded.snapshot_id,"
            " signature = excluded.signature, updated = excluded.updated",
            (row.user_id, row.public_key, row.set_id, row.seq, row.snapshot_id, row.signature,
             now),
        )

    def purge_expired(self, now: float, pending_before: float) -> None:
        self._x("DELETE FROM sessions WHERE expires < ?", (now,))
        self._x("DELETE FROM grants WHERE expires < ?", (now,))
        self._x("DELETE FROM login_proofs WHERE expires < ?", (now,))
        self.expire_pending(pending_before)


# Token bucket in one statement: refill by elapsed time (never negative: a node whose
# clock runs behind adds nothing), take one token if there is one, and say whether it did.
# ``created`` equals the request time only on the row's first insert.
def rate_take_sql(least: str, greatest: str) -> str:
    """The statement, with the engine's two-argument min/max functions."""
    refill = f"{least}(?, r.tokens + {greatest}(0.0, ? - r.stamp) * ?)"
    return (
        "INSERT INTO rate_limits AS r (prefix, tokens, stamp, ok, created)"
        " VALUES (?, ? - 1, ?, 1, ?)"
        " ON CONFLICT (prefix) DO UPDATE SET"
        f" tokens = CASE WHEN {refill} >= 1 THEN {refill} - 1 ELSE {refill} END,"
        f" ok = CASE WHEN {refill} >= 1 THEN 1 ELSE 0 END,"
        f" stamp = {greatest}(r.stamp, ?)"
        " RETURNING ok, tokens, created"
    )


def rate_take_params(key: str, now: float, rate: float, burst: float) -> tuple:
    refill = (burst, now, rate)
    return (key, burst, now, now, *refill, *refill, *refill, *refill, now)


# Keep the ``keep`` most recently used buckets (the cut-off is the stamp of the keep-th
# most recent; with fewer rows the sub-select is empty and nothing is deleted).
RATE_SWEEP_SQL = (
    "DELETE FROM rate_limits WHERE stamp < ("
    "SELECT stamp FROM rate_limits ORDER BY stamp DESC LIMIT 1 OFFSET ?)"
)


class Store(abc.ABC):
    """A vault database: serialisable transactions with retries, metadata, rate buckets."""

    #: "sqlite" or "postgresql"
    dialect: str = ""

    @abc.abstractmethod
    def run(self, fn: Callable[[Tx], T]) -> T:
        """Run ``fn`` in a serialisable transaction and commit; retried as a whole on a
        serialisation failure (``StorageBusy`` after too many) or a lost connection
        (``StorageUnavailable`` after ``UNAVAILABLE_TIMEOUT``). A :class:`Rollback` result
        rolls back and is returned; exceptions from ``fn`` roll back and propagate."""

    @abc.abstractmethod
    def exclusive(self, fn: Callable[[Tx], T]) -> T:
        """Run ``fn`` once, holding a database-wide lock, each statement seeing the latest
        committed state (for migrations and other one-at-a-time work)."""

    @abc.abstractmethod
    def rate_take(self, key: str, now: float, rate: float, burst: float) -> tuple[bool, float, bool]:
        """Take a token from ``key``'s bucket: (allowed, tokens left, bucket was created)."""

    def rate_sweep(self, keep: int) -> int:
        """Delete all but the ``keep`` most recently used buckets; returns how many went."""
        return self.run(lambda tx: tx._x(RATE_SWEEP_SQL, (keep - 1,)).rowcount or 0)

    @abc.abstractmethod
    def sequence_value(self) -> int:
        """The write generation most recently given out (without taking a new one)."""

    def database_history(self) -> History | None:
        """Where the database's history stands, for databases that have one: PostgreSQL's
        primary now. None: no such thing (SQLite)."""
        return None

    def check_history(  # noqa: B027
        self, check: Callable[[Callable[[], History]], None] | None,
        committed: Callable[[int, int], None] | None = None,
    ) -> None:  # fmt: skip
        """Have ``check(read)`` run on every database connection before its first
        transaction and again after :meth:`recheck_history_below` asks for it; ``read()``
        gives the connection's server's history now (the check reads it when it has taken
        what it compares with); whatever the check raises ends that transaction
        (HistoryBehind: tried on another connection).
        ``committed(system, lsn)`` is told, after each commit of a transaction that wrote, a
        WAL position the commit's server had passed before its commit record. SQLite:
        nothing."""

    def recheck_history_below(self, timeline: int) -> None:  # noqa: B027
        """Connections checked on a timeline lower than ``timeline`` are checked again."""

    def get_meta(self, name: str) -> bytes | None:
        def read(tx: Tx) -> bytes | None:
            r = tx._x("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
            return None if r is None else bytes(r[0])

        return self.run(read)

    def put_meta_once(self, values: dict[str, bytes]) -> bool:
        """Insert all values unless the first key already exists; True if inserted."""

        def put(tx: Tx) -> bool:
            first = next(iter(values))
            if tx._x("SELECT 1 FROM meta WHERE name = ?", (first,)).fetchone():
                return False
            for k, v in values.items():
                tx._x("INSERT INTO meta (name, value) VALUES (?, ?)", (k, v))
            return True

        return self.run(put)

    def purge_expired(self, pending_ttl: float, now: float | None = None) -> None:
        """Delete expired sessions, grants and abandoned registrations. Not serialisable on
        purpose (nothing read here decides an answer): a range delete under SERIALIZABLE
        would conflict with the logins inserting sessions meanwhile. ``now``: the vault's
        time (the database's clock, VAULT.md 10.8)."""
        now = time.time() if now is None else now
        self.exclusive(lambda tx: tx.purge_expired(now, now - pending_ttl))

    def clock_offset(self) -> float:
        """The database server's clock minus this process's, in seconds. Every node of a
        vault reads and writes the same expiry times (sessions, grants, replay rows), so they
        must agree on what "now" is: they take the database's. One SQLite file is on this
        machine: 0."""
        return 0.0

    def after_erase(self) -> None:  # noqa: B027 - most engines have nothing to do
        """Push erased data out of the database's files where the engine allows it."""

    def schema_version(self) -> int:
        from .migrations import current_version

        return self.run(lambda tx: current_version(tx, self.dialect))

    @abc.abstractmethod
    def close(self) -> None: ...

    def describe(self) -> str:
        """Where the data is, for logs (no password)."""
        return self.dialect


_LIBPQ_KEYWORDS = re.compile(r"\s*(host|hostaddr|port|dbname|user|service)\s*=")


def is_postgres_url(spec: str) -> bool:
    """A ``postgresql://`` URL, or a libpq ``key=value`` string (``host=... dbname=...``)."""
    return spec.startswith(("postgresql://", "postgres://")) or bool(_LIBPQ_KEYWORDS.match(spec))


def open_store(spec: str, *, pool_size: int = 10, migrate: bool = True) -> Store:
    """A SQLite file path or a ``postgresql://`` URL (libpq syntax, several hosts allowed).

    Schema migrations run first unless ``migrate`` is false.
    """
    store: Store
    if is_postgres_url(spec):
        from .store_pg import PostgresStore

        store = PostgresStore(spec, pool_size=pool_size)
    else:
        from .store_sqlite import SqliteStore

        store = SqliteStore(spec)
    if migrate:
        from .migrations import migrate as run_migrations

        try:
            run_migrations(store)
        except BaseException:
            store.close()
            raise
    return store
