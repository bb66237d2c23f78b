"""Open a database that came from outside (a phone's, a backup's) so that nothing in it runs.

* read-only and ``immutable`` (no locks, no journal, no writes, the file is ours alone);
* ``trusted_schema`` off, defensive mode on, ``query_only``, ``cell_size_check`` on;
* an authorizer that allows only reading tables, a short list of plain functions and a few
  read-only pragmas, and refuses anything a view or trigger of the file would run;
* limits: a field over 16 MiB, a deep expression or an attached database is an error;
* temporary tables in memory: no copy of its content in the system's temporary folder (the
  readers never sort, so these stay small);
* before a table is read, ``require_tables`` makes sure it is a real table (not a view, not a
  virtual table) without generated columns;
* a progress handler on every connection: Stop (``progress``, a cancel token's
  ``checkpoint``) interrupts a running query, and SQLite steps are counted against two
  budgets: each query (a cursor: its execute and every fetch of it) may run at most
  ``1 / QUERY_SHARE`` of the connection's, and the connection at most ``STEPS_PER_BYTE``
  per byte of its file (at least ``MIN_STEPS``); past either the query is cancelled as
  hostile. No honest reading of a file (each row visited a few times, through indexes or
  in one pass) comes near that, a query made quadratic by a crafted file (no indexes, a
  join on an unindexed column) does; one such query cannot spend what the reader's other
  queries need, and many of them still end within the connection's budget. ``translate``
  re-raises what stopped the query.

Values are still checked for their type where they are used: SQLite columns hold any type.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import logging
import os
import re
import sqlite3
import sys
import threading
import urllib.parse
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

from .... import oswords, safeopen
from ....errors import BackupError

log = logging.getLogger(__name__)

MAX_FIELD = 16 << 20
#: SQLite virtual-machine steps between two calls of the progress handler.
PROGRESS_EVERY = 20_000
#: Steps a connection may run per byte of its database file, and at least (about 8 CPU s):
#: an honest import of a message database runs fewer than 2 per byte (docs/SECURITY.md 2.10).
STEPS_PER_BYTE = 2_000
MIN_STEPS = 1_000_000_000
#: A query may spend at most this fraction (1 / QUERY_SHARE) of its connection's budget.
QUERY_SHARE = 4
_SQLITE_INTERRUPT = 9
# What made the progress handler stop the query running in this thread: SQLite reports only
# "interrupted", ``translate`` raises this instead.
_stopped = threading.local()
_DBCONFIG_DEFENSIVE = 1010
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_ALLOWED_FUNCTIONS = frozenset({
    "count", "coalesce", "ifnull", "max", "min", "length", "typeof", "json_group_array",
    "json_array", "lower", "substr", "cast", "abs",
})
_ALLOWED_PRAGMAS = frozenset({"table_info", "table_xinfo", "index_list", "schema_version"})
_READ_ONLY_PRAGMAS = frozenset({"trusted_schema", "query_only", "cell_size_check"})


class HostileDatabaseError(BackupError):
    """The database from outside is damaged, not what it claims, or tries something."""

    exit_code = 14


def _authorizer(action: int, arg1: str | None, arg2: str | None, db: str | None,
                source: str | None) -> int:
    if source is not None:  # a view or trigger of the file wants to run something
        return sqlite3.SQLITE_DENY
    if action in (sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ):
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_FUNCTION and (arg2 or "").lower() in _ALLOWED_FUNCTIONS:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA:
        name = (arg1 or "").lower()
        if name in _ALLOWED_PRAGMAS or (name in _READ_ONLY_PRAGMAS and arg2 is None):
            return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


def _set_defensive(con: sqlite3.Connection, path: Path) -> bool:
    """SQLITE_DBCONFIG_DEFENSIVE: Python 3.12+ has ``setconfig``; on 3.11 (Debian 12) it is
    set through the SQLite library itself, after checking that the handle found in the
    connection object is this connection's (its file name must be ``path``)."""
    setconfig = getattr(con, "setconfig", None)
    if setconfig is not None:
        setconfig(_DBCONFIG_DEFENSIVE, True)
        return True
    if sys.platform != "linux" or ctypes.sizeof(ctypes.c_void_p) != 8:
        return False
    try:
        lib = _sqlite_library()
        handle = ctypes.c_void_p.from_address(id(con) + object.__basicsize__).value
        if not handle:
            return False
        lib.sqlite3_db_filename.restype = ctypes.c_char_p
        lib.sqlite3_db_filename.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
        name = lib.sqlite3_db_filename(handle, b"main")
        if name is None or Path(name.decode("utf-8", "replace")).resolve() != path.resolve():
            return False
        out = ctypes.c_int(-1)
        rc = lib.sqlite3_db_config(ctypes.c_void_p(handle), ctypes.c_int(_DBCONFIG_DEFENSIVE),
                                   ctypes.c_int(1), ctypes.byref(out))
        return rc == 0 and out.value == 1
    except (OSError, AttributeError, ValueError):
        return False


@functools.cache
def _sqlite_library() -> ctypes.CDLL:
    import _sqlite3  # the extension module links the SQLite library it uses

    return ctypes.CDLL(_sqlite3.__file__)


def open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading, only if it is a regular file: a backup folder made by
    someone else may hold a FIFO under a file's name, whose plain ``open`` waits for a
    writer for ever (a device would never end). A symbolic link is followed (a file the user
    chose may be one); what is checked is the file opened. ``OSError`` if it cannot be
    opened; ``HostileDatabaseError`` if it is not a regular file."""
    try:
        return safeopen.open_regular(path)
    except safeopen.NotRegularFile:
        raise HostileDatabaseError(f"{path.name} is not a regular file; it is not read.") from None


class _Query:
    """The SQLite steps one query (a cursor) has run, in ticks of ``PROGRESS_EVERY``."""

    __slots__ = ("ticks",)

    def __init__(self) -> None:
        self.ticks = 0


class _Budget:
    """The ticks a connection has run (and may run), and the query SQLite runs now."""

    __slots__ = ("limit", "query_limit", "ticks", "current")

    def __init__(self, limit: int, query_limit: int) -> None:
        self.limit, self.query_limit = limit, query_limit
        self.ticks = 0
        self.current = _Query()  # steps outside a cursor of ours (none but SQLite's own)


class _QueryCursor(sqlite3.Cursor):
    """A cursor whose execute and fetches are one query: SQLite's steps while they run are
    counted against this query's budget (queries interleave: the iPhone reader reads a
    chat between two batches of messages)."""

    def __init__(self, con: HostileConnection) -> None:
        super().__init__(con)
        self._budget = con.budget
        self._query = _Query()

    def _run(self, fn: Callable, *args):
        budget = self._budget
        before, budget.current = budget.current, self._query
        try:
            return fn(*args)
        finally:
            budget.current = before

    def execute(self, sql: str, parameters=(), /):  # type: ignore[override]
        self._query = _Query()  # a statement run again on this cursor is a new query
        self._run(super().execute, sql, parameters)
        return self

    def fetchone(self):
        return self._run(super().fetchone)

    def fetchmany(self, size: int = 1):  # type: ignore[override]
        return self._run(super().fetchmany, size)

    def fetchall(self):
        return self._run(super().fetchall)

    def __next__(self):
        return self._run(super().__next__)

    def __iter__(self):
        # A loop over the cursor takes its rows in batches: one budget switch per batch,
        # not per row (a per-row switch cost a loop over a million rows 0.4 CPU s).
        while batch := self.fetchmany(512):
            yield from batch


class HostileConnection(sqlite3.Connection):
    """A connection to a database from outside (``open_database``): ``execute`` runs each
    statement as a query with its own step budget."""

    budget: _Budget

    def execute(self, sql: str, parameters=(), /) -> sqlite3.Cursor:  # type: ignore[override]
        return self.cursor(_QueryCursor).execute(sql, parameters)


def open_database(path: str | Path, *, immutable: bool = True,
                  progress: Callable[[], None] | None = None,
                  max_steps: int | None = None,
                  query_steps: int | None = None) -> sqlite3.Connection:
    """Open ``path`` read-only with the protections above. ``progress`` is called every
    ``PROGRESS_EVERY`` SQLite steps (it may raise, e.g. ``CancelledError``, to stop: the
    query is interrupted and ``translate`` raises that exception); a query that runs more
    than ``query_steps`` steps (default: ``max_steps / QUERY_SHARE``), or any query once the
    connection has run more than ``max_steps`` (default: by the file's size), is stopped
    with ``HostileDatabaseError``."""
    path = Path(path)
    try:
        with open_regular(path) as fh:
            magic = fh.read(16)
            size = os.fstat(fh.fileno()).st_size
    except OSError as exc:
        oswords.logged(path.name, exc)
        raise HostileDatabaseError(f"Cannot read {path.name}: {oswords.problem(exc)}.") from None
    if magic != b"SQLite format 3\x00":
        raise HostileDatabaseError(f"{path.name} is not an SQLite database.")
    if max_steps is None:
        max_steps = max(MIN_STEPS, size * STEPS_PER_BYTE)
    if query_steps is None:
        query_steps = max_steps // QUERY_SHARE
    uri = (f"file:{urllib.parse.quote(str(path.absolute()))}?mode=ro"
           + ("&immutable=1" if immutable else ""))
    try:
        con = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False,
                              factory=HostileConnection)
    except sqlite3.Error as exc:
        raise HostileDatabaseError(database_problem(path.name, exc)) from None
    try:
        con.budget = _Budget(max(1, max_steps // PROGRESS_EVERY),
                             max(1, query_steps // PROGRESS_EVERY))
        con.set_progress_handler(_progress_handler(path.name, progress, con.budget),
                                 PROGRESS_EVERY)
        # Invalid UTF-8 in a text column becomes U+FFFD instead of stopping the whole query.
        con.text_factory = functools.partial(str, encoding="utf-8", errors="replace")
        if not _set_defensive(con, path):
            log.debug("SQLite defensive mode not available here; the other protections apply")
        con.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_FIELD)
        con.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, 1 << 20)
        con.setlimit(sqlite3.SQLITE_LIMIT_EXPR_DEPTH, 200)
        con.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
        con.setlimit(sqlite3.SQLITE_LIMIT_TRIGGER_DEPTH, 1)
        for pragma in ("trusted_schema=OFF", "query_only=ON", "cell_size_check=ON",
                       "mmap_size=0", "cache_size=-8192", "temp_store=MEMORY"):
            con.execute(f"PRAGMA {pragma}")
        con.execute("PRAGMA schema_version").fetchone()  # parses the schema now
        con.set_authorizer(_authorizer)
    except sqlite3.DatabaseError as exc:
        con.close()
        stop = _take_stop(exc)
        if stop is not None:
            raise stop from None
        raise HostileDatabaseError(database_problem(path.name, exc)) from None
    except BaseException:
        con.close()
        raise
    return con


def _progress_handler(name: str, progress: Callable[[], None] | None,
                      budget: _Budget) -> Callable[[], int]:
    """Called every ``PROGRESS_EVERY`` steps: counts them (``_Budget`` in handler calls)
    for the connection and for the query running now, and calls ``progress``."""

    def handler() -> int:
        budget.ticks += 1
        query = budget.current
        query.ticks += 1
        try:
            if budget.ticks > budget.limit or query.ticks > budget.query_limit:
                raise HostileDatabaseError(f"{name} takes far longer to read than a database of "
                                           "its size can; it is refused.")
            if progress is not None:
                progress()
        except BaseException as exc:  # noqa: BLE001 - handed to the reader by translate
            _stopped.exc = exc
            return 1  # interrupt the query
        return 0

    return handler


def _take_stop(exc: BaseException) -> BaseException | None:
    """What the progress handler stopped the query for, if ``exc`` is SQLite's interrupt."""
    stop = getattr(_stopped, "exc", None)
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    if stop is None or code != _SQLITE_INTERRUPT:
        return None
    _stopped.exc = None
    return stop


def columns(con: sqlite3.Connection, table: str) -> set[str] | None:
    """The column names of a plain table, or None if there is no such table. Views, virtual
    tables and tables with generated columns count as "not there" (they are never read)."""
    row = con.execute("SELECT type, sql FROM sqlite_master WHERE name = ? COLLATE NOCASE",
                      (table,)).fetchone()
    if row is None or row[0] != "table" or not isinstance(row[1], str):
        return None
    if row[1].lstrip()[:14].upper().startswith("CREATE VIRTUAL"):
        return None
    if not _NAME.fullmatch(table):
        raise ValueError("table names are this program's own simple names")
    cols: set[str] = set()
    # (cid, name, type, notnull, default, pk, hidden)
    for info in con.execute(f'PRAGMA table_xinfo("{table}")'):
        name, hidden = info[1], info[6]
        if hidden not in (0, None) or not isinstance(name, str):
            return None  # generated or hidden columns: computed on read, never trusted
        cols.add(name.lower())
    return cols


def require_tables(con: sqlite3.Connection, tables: Iterable[str]) -> dict[str, set[str]]:
    """Columns of each table in ``tables`` that exists as a plain table."""
    out: dict[str, set[str]] = {}
    for t in tables:
        cols = columns(con, t)
        if cols is not None:
            out[t] = cols
    return out


#: SQLite's primary result codes (sqlite3.h) that say what a person can act on.
_NOTADB, _CORRUPT, _BUSY, _LOCKED, _CANTOPEN, _IOERR, _FULL, _NOMEM = 26, 11, 5, 6, 14, 10, 13, 7


def database_problem(name: str, exc: sqlite3.Error) -> str:
    """Why the database ``name`` (a file name, or "The message database") cannot be read:
    one whole sentence per category of SQLite's error (not a database, damaged, in use,
    the disk's error, out of memory); SQLite's own words go to the log only."""
    oswords.logged(name, exc)
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    if code == _NOTADB:
        return f"{name} is not a database."
    if code == _BUSY or code == _LOCKED:
        return f"{name} is in use by another program; close it and try again."
    if code == _CANTOPEN or code == _IOERR:
        return f"{name} could not be read from the disk; copy it again and try again."
    if code == _FULL:
        return f"{name} cannot be read: the disk is full."
    if code == _NOMEM:
        return f"{name} cannot be read: there is not enough memory."
    if code == _CORRUPT:
        return f"{name} is damaged."
    return f"{name} is damaged or not a database."


@contextlib.contextmanager
def translate(name: str):
    """SQLite errors while reading a database from outside, as ``HostileDatabaseError``."""
    try:
        yield
    except sqlite3.DatabaseError as exc:
        stop = _take_stop(exc)
        if stop is not None:
            raise stop from None
        msg = str(exc)
        if "too big" in msg:
            raise HostileDatabaseError(f"{name} holds a value over {MAX_FIELD >> 20} MiB; "
                                       "it is refused.") from None
        if "not authorized" in msg or "prohibited" in msg:
            raise HostileDatabaseError(f"{name} contains views or triggers that try to run "
                                       "something; it is refused.") from None
        raise HostileDatabaseError(database_problem(name, exc)) from None
