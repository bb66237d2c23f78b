"""PostgreSQL storage (psycopg 3 + psycopg-pool): what several vault nodes share.

Every change is a ``SERIALIZABLE`` transaction. A serialisation failure (two logins racing
for one counter) re-runs the whole transaction function, so the loser re-reads the counter
the winner committed: a conflict can cost time, never a free guess. A lost connection
(primary killed, failover in progress) is retried against whatever host libpq finds next,
until ``UNAVAILABLE_TIMEOUT``; only then does the request fail, and it fails without an
answer. A commit whose outcome is unknown (the connection broke during ``COMMIT``) is
re-run too; the service's transaction functions detect their own earlier commit, so a retry
never counts one attempt twice.

Give the URL in libpq syntax; with several hosts and ``target_session_attrs=read-write``
libpq connects to whichever is the primary now, which is how nodes follow a failover::

    postgresql://vault@db1:5432,db2:5432,db3:5432/vault?target_session_attrs=read-write

Keep the password out of the URL (it would be visible in the process list; the vault warns):
use ``PGPASSFILE``/``~/.pgpass`` or ``PGPASSWORD``. libpq's ``key=value`` form works too.
"""

from __future__ import annotations

import contextlib
import logging
import os
import random
import re
import socket
import threading
import time
import weakref
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

import psycopg
import psycopg_pool
from psycopg import errors as pgerr
from psycopg.conninfo import conninfo_to_dict
from psycopg.pq import TransactionStatus
from psycopg_pool import ConnectionPool

from ..destinations import netguard
from .store import (
    _ROW_COLUMNS,
    CONFLICT_TIMEOUT,
    UNAVAILABLE_TIMEOUT,
    History,
    HistoryBehind,
    Rollback,
    Row,
    StorageBusy,
    StorageError,
    StorageUnavailable,
    Store,
    Tx,
    _row,
    rate_take_params,
    rate_take_sql,
)

T = TypeVar("T")
log = logging.getLogger("backupgui.vault.store")

_RATE_TAKE = rate_take_sql("least", "greatest").replace("?", "%s")
#: Retried from the start: the transaction lost a race (or hit a unique key a concurrent
#: one just inserted, which a retry sees as an existing row).
_CONFLICT = (pgerr.SerializationFailure, pgerr.DeadlockDetected, pgerr.UniqueViolation)
#: Retried on another connection: the server went away or is not (or no longer) primary.
_UNAVAILABLE = (psycopg.OperationalError, pgerr.ReadOnlySqlTransaction)
#: A statement psycopg prepared in a pipeline that a conflict aborted: the connection is
#: dropped and the transaction runs again on another.
_STALE_PREPARED = (pgerr.InvalidSqlStatementName, pgerr.DuplicatePreparedStatement)
_ADVISORY_KEY = 0x6267_7661_756C_7431  # "bgvault1": the migration lock
#: The longest one transaction (or rate-limit statement) may wait for the database. A primary
#: that hangs instead of dying (a frozen machine or VM, SIGSTOP) answers nothing while its
#: kernel still acknowledges every packet, so no TCP timeout ends the wait and every request
#: of the node would hang with it. At this deadline the connection's socket is shut down: the
#: transaction counts as lost with its outcome unknown and runs again on another connection
#: (the next primary), as for a primary that died (VAULT.md 10.8). Well above a commit's
#: wait for its standby during a failover (5.6-8 s measured, 10.3).
TRANSACTION_DEADLINE = 10.0


@contextlib.contextmanager
def _deadline(conn: psycopg.Connection, seconds: float) -> Iterator[None]:
    """Shut ``conn``'s socket down if the block is still running after ``seconds``."""
    sock = socket.socket(fileno=os.dup(conn.pgconn.socket))  # (shutting it down reaches libpq's)
    try:
        with netguard.guarded(seconds) as guard:
            guard.attach(sock)
            yield
    finally:
        sock.close()

# psycopg-pool re-tries a failed connection after 1 s, 2 s, 4 s...: after a failover that
# leaves a node idle for many seconds once the new primary is up. Start at 0.1 s, grow by
# half each time. (A class attribute of the pool's retry policy; pinned versions.)
psycopg_pool.base.AttemptWithBackoff.INITIAL_DELAY = 0.1
psycopg_pool.base.AttemptWithBackoff.DELAY_BACKOFF = 1.5


class _QuietAbortedPipeline(logging.Filter):
    """psycopg warns when it leaves a pipeline that a serialisation conflict aborted; the
    conflict itself is handled (retried) here, so the warning is noise."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("error ignored terminating")


logging.getLogger("psycopg").addFilter(_QuietAbortedPipeline())


_GET_FOR_CHANGE = (
    f"SELECT {_ROW_COLUMNS}, nextval('write_gen_seq') FROM records WHERE user_id = %s"
)


class PgTx(Tx):
    """Statements go through psycopg's pipeline mode: those whose results nobody reads (the
    updates, the inserts, COMMIT) travel together, so a login costs a few round trips."""

    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn
        self._gen: int | None = None

    def _x(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(sql.replace("?", "%s"), params)

    def get(self, user_id: str, *, for_change: bool = False) -> Row | None:
        if not for_change:
            return super().get(user_id)
        # The write generation comes with the row (one round trip). Unused, it is a gap in
        # the sequence, which is harmless.
        r = self.conn.execute(_GET_FOR_CHANGE, (user_id,)).fetchone()
        if r is None:
            return None
        self._gen = int(r[-1])
        return _row(r[:-1])

    def next_gen(self) -> int:
        if self._gen is not None:
            gen, self._gen = self._gen, None
            return gen
        return int(self._x("SELECT nextval('write_gen_seq')").fetchone()[0])


#: The primary's database system (a cluster and every copy made of it by pg_basebackup or a
#: standby share it), its timeline now, from the name of the WAL file being written
#: (pg_control's timeline is the last checkpoint's, behind for a while after a promotion),
#: its WAL insert position and when this run of the server started. Any role may call these.
_HISTORY = (
    "SELECT system_identifier, CASE WHEN NOT pg_is_in_recovery() THEN"
    " ('x' || substr(pg_walfile_name(pg_current_wal_lsn()), 1, 8))::bit(32)::bigint END,"
    " CASE WHEN NOT pg_is_in_recovery() THEN pg_current_wal_insert_lsn() - '0/0' END,"
    " extract(epoch FROM pg_postmaster_start_time())"
    " FROM pg_control_system()"
)
#: A WAL position the transaction's server passed after the transaction's changes and before
#: its commit record (sent in the pipeline before COMMIT: no round trip of its own). Only for
#: a transaction that wrote (has a transaction id): its COMMIT waits for the synchronous
#: standbys to hold its commit record, hence everything before it. A read-only transaction's
#: COMMIT waits for nobody, and the position it would read includes other sessions' WAL that
#: no standby may hold yet (the rate limiter's upserts commit without waiting): remembered,
#: an honest failover that lost only those would be refused as a rollback for good.
_LSN_BEFORE_COMMIT = (
    "SELECT CASE WHEN pg_current_xact_id_if_assigned() IS NOT NULL"
    " THEN pg_current_wal_insert_lsn() - '0/0' END"
)


def _history(conn: psycopg.Connection) -> History:
    system, timeline, lsn, started = conn.execute(_HISTORY).fetchone()
    if timeline is None:  # a standby: retried on another connection, as a refused write is
        raise psycopg.OperationalError("the database server is a standby")
    return History(int(system), int(timeline), int(lsn), float(started))


def _unquoted(exc: Exception) -> str:
    """libpq's complaint about a connection string with its quoted parts left out (they may
    hold the password: 'invalid percent-encoded token: "<password>"'; from the first quote to
    the last, so that a quote inside the password cannot end the part early)."""
    return re.sub(r'".*"', '"…"', str(exc).strip(), flags=re.DOTALL) or type(exc).__name__


class PostgresStore(Store):
    dialect = "postgresql"

    def __init__(self, url: str, *, pool_size: int = 10, connect_timeout: float = 5.0) -> None:
        try:
            info = conninfo_to_dict(url)
        except psycopg.ProgrammingError as exc:
            # libpq quotes the part it could not parse, which may be the password: only what
            # kind of mistake it is goes into the operator's message.
            raise StorageError(f"the PostgreSQL URL is malformed: {_unquoted(exc)}") from None
        if info.get("password"):
            # Accepted (libpq allows it), but said: a command line is visible to other users.
            log.warning(
                "the database URL contains a password, which other users can read in the "
                "process list; put it in PGPASSFILE (~/.pgpass) or PGPASSWORD instead"
            )
        self._info = info
        base = {
            "autocommit": True,
            # Statements are prepared on the server after their second use (less parsing and
            # planning per login). Refusals return Rollback instead of raising, so only a
            # database error (mostly a serialisation conflict) aborts a pipeline.
            "prepare_threshold": 2,
            "connect_timeout": int(info.get("connect_timeout") or connect_timeout),
            "application_name": info.get("application_name") or "backupgui-vault",
        }
        # Index scans everywhere: a sequential scan takes a predicate lock on the whole table,
        # which makes unrelated logins conflict under SERIALIZABLE.
        options = "-c enable_seqscan=off -c default_transaction_isolation=serializable"
        self._pool = ConnectionPool(
            url,
            min_size=min(2, pool_size),
            max_size=pool_size,
            kwargs={**base, "options": options},
            name="vault",
            open=False,
            reconnect_timeout=3600,
        )
        # Rate-limit buckets: single statements, committed without waiting for a standby
        # (losing the last bucket updates in a failover is harmless).
        self._rate_pool = ConnectionPool(
            url,
            min_size=1,
            max_size=max(2, pool_size // 2),
            kwargs={**base, "options": "-c synchronous_commit=off -c enable_seqscan=off"},
            name="vault-rate",
            open=False,
            reconnect_timeout=3600,
        )
        self._pool.open(wait=False)
        self._rate_pool.open(wait=False)
        self._down_since: float | None = None
        self._down_lock = threading.Lock()
        # The history each pooled connection's server was checked on (VAULT.md 10.6).
        self._history_check: Callable[[Callable[[], History]], None] | None = None
        self._committed: Callable[[int, int], None] | None = None
        self._checked: weakref.WeakKeyDictionary[psycopg.Connection, History] = (
            weakref.WeakKeyDictionary()
        )
        self._recheck_below = 0
        self._checked_lock = threading.Lock()

    def describe(self) -> str:
        hosts = self._info.get("host", "")
        ports = self._info.get("port", "")
        return f"postgresql:{hosts}:{ports}/{self._info.get('dbname', '')}"

    def close(self) -> None:
        self._pool.close()
        self._rate_pool.close()

    # ------------------------------------------------------------------ transactions

    def database_history(self) -> History:
        def read(tx: Tx) -> History:
            assert isinstance(tx, PgTx)
            return _history(tx.conn)

        return self.run(read)

    def check_history(
        self, check: Callable[[Callable[[], History]], None] | None,
        committed: Callable[[int, int], None] | None = None,
    ) -> None:  # fmt: skip
        self._history_check = check
        self._committed = committed

    def recheck_history_below(self, timeline: int) -> None:
        with self._checked_lock:
            self._recheck_below = max(self._recheck_below, timeline)

    def _checked_history(self, conn: psycopg.Connection) -> None:
        """Run the history check on ``conn`` unless it passed on a timeline that is still
        current as far as this node knows. (One query per connection, not per transaction:
        a server changes its timeline only by a promotion, which raises it, or a restart,
        which ends the connection; a connection to a primary that froze and woke on an older
        timeline is checked again once any node saw a newer one, recheck_history_below.)"""
        check = self._history_check
        if check is None:
            return
        with self._checked_lock:
            seen = self._checked.get(conn)
            if seen is not None and seen.timeline >= self._recheck_below:
                return
        # The check reads the server's history itself (read): after it took what it
        # compares with, never before (VAULT.md 10.8).
        got: list[History] = []

        def read() -> History:
            got.append(_history(conn))
            return got[-1]

        check(read)
        history = got[-1] if got else _history(conn)
        with self._checked_lock:
            self._checked[conn] = history

    def _once(
        self, pool: ConnectionPool, begin: str, fn: Callable[[Tx], T], timeout: float,
        unknown: bool,
    ) -> T:  # fmt: skip
        with pool.connection(timeout=timeout) as conn:
            try:
                # (The check is inside the transaction's deadline: a node's slowest answer
                # stays the retries plus one deadline, client.ANSWER_WAIT.)
                with _deadline(conn, TRANSACTION_DEADLINE):
                    self._checked_history(conn)
                    lsn = None
                    with conn.pipeline():
                        conn.execute(begin)
                        tx = PgTx(conn)
                        tx.outcome_unknown = unknown
                        result = fn(tx)
                        if isinstance(result, Rollback):
                            conn.execute("ROLLBACK")
                        else:
                            if self._committed is not None:
                                lsn = conn.execute(_LSN_BEFORE_COMMIT)
                            conn.execute("COMMIT")
                    # Leaving the pipeline waited for every result: COMMIT succeeded.
                if lsn is not None:
                    with self._checked_lock:
                        seen = self._checked.get(conn)
                    (position,) = lsn.fetchone()
                    if seen is not None and self._committed is not None and position is not None:
                        self._committed(seen.system, int(position))
                return result
            except BaseException as exc:
                if isinstance(exc, HistoryBehind | psycopg.Error) and not isinstance(
                    exc, _CONFLICT
                ):
                    # The server is a standby or gone, or psycopg lost track of a statement
                    # it prepared in a pipeline a conflict aborted: start on a new connection.
                    conn.close()
                elif not conn.closed and conn.info.transaction_status in (
                    TransactionStatus.INTRANS,
                    TransactionStatus.INERROR,
                ):
                    try:
                        conn.execute("ROLLBACK")
                    except psycopg.Error:
                        conn.close()
                raise

    def _retrying(self, begin: str, fn: Callable[[Tx], T]) -> T:
        start = time.monotonic()
        deadline = start + UNAVAILABLE_TIMEOUT
        conflicts = 0
        unknown = False
        while True:
            try:
                remaining = max(0.1, deadline - time.monotonic())
                result = self._once(self._pool, begin, fn, min(5.0, remaining), unknown)
            except _CONFLICT as exc:
                conflicts += 1
                if time.monotonic() - start > CONFLICT_TIMEOUT:
                    log.warning("a transaction conflicted %d times (last: %s %s: %s)", conflicts,
                                type(exc).__name__, exc.sqlstate,
                                exc.diag.message_primary)  # fmt: skip
                    raise StorageBusy("a transaction kept conflicting; try again") from None
                # Exponential back-off with full jitter: racing retries spread out.
                time.sleep(random.uniform(0, min(0.2, 0.001 * 2 ** min(conflicts, 8))))
                continue
            except _STALE_PREPARED:
                conflicts += 1
                continue
            except (*_UNAVAILABLE, HistoryBehind) as exc:
                unknown = unknown or not isinstance(exc, HistoryBehind)  # (nothing was sent)
                self._note_down(exc)
                if time.monotonic() >= deadline:
                    raise StorageUnavailable(
                        "the vault database (a writable PostgreSQL primary) is unreachable"
                    ) from None
                time.sleep(min(0.2, max(0.0, deadline - time.monotonic())))
                continue
            self._note_up()
            return result

    def _note_down(self, exc: BaseException) -> None:
        with self._down_lock:
            if self._down_since is None:
                self._down_since = time.monotonic()
                log.warning("vault database unavailable (%s); retrying", type(exc).__name__)

    def _note_up(self) -> None:
        if self._down_since is not None:
            with self._down_lock:
                if self._down_since is not None:
                    log.warning(
                        "vault database reachable again after %.1f s",
                        time.monotonic() - self._down_since,
                    )
                    self._down_since = None

    def run(self, fn: Callable[[Tx], T]) -> T:
        return self._retrying("BEGIN ISOLATION LEVEL SERIALIZABLE", fn)

    def exclusive(self, fn: Callable[[Tx], T]) -> T:
        def locked(tx: Tx) -> T:
            tx._x("SELECT pg_advisory_xact_lock(?)", (_ADVISORY_KEY,))
            return fn(tx)

        return self._retrying("BEGIN ISOLATION LEVEL READ COMMITTED", locked)

    def rate_take(self, key: str, now: float, rate: float, burst: float) -> tuple[bool, float, bool]:
        try:
            with self._rate_pool.connection(timeout=2.0) as conn, \
                    _deadline(conn, 2.0):  # (a limiter in memory takes over meanwhile)
                # Checked like every connection before it writes (VAULT.md 10.6): these
                # upserts commit without waiting for a standby, so on a promoted server
                # that lacks commits they were the first writes, and moved its WAL past
                # the position the nodes remembered before any checked connection came.
                try:
                    self._checked_history(conn)
                except BaseException:
                    conn.close()
                    raise
                r = conn.execute(_RATE_TAKE, rate_take_params(key, now, rate, burst)).fetchone()
        except _CONFLICT:
            raise StorageBusy("rate limit conflict") from None
        except (*_UNAVAILABLE, HistoryBehind):
            raise StorageUnavailable("the rate limit table is unreachable") from None
        except Exception as exc:  # the check refused the primary (a rollback)
            raise StorageUnavailable(f"the rate limit table is not used: {exc}") from None
        return bool(r[0]), float(r[1]), float(r[2]) == now

    def clock_offset(self) -> float:
        """The primary's ``clock_timestamp()`` minus ours, taken at the middle of the round
        trip (its error is at most half of it)."""
        with self._rate_pool.connection(timeout=2.0) as conn, _deadline(conn, 2.0):
            before = time.time()
            (theirs,) = conn.execute("SELECT extract(epoch FROM clock_timestamp())").fetchone()
            after = time.time()
        return float(theirs) - (before + after) / 2

    def sequence_value(self) -> int:
        def read(tx: Tx) -> int:
            last, called = tx._x("SELECT last_value, is_called FROM write_gen_seq").fetchone()
            return int(last) if called else int(last) - 1

        return self.run(read)
