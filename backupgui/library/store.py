"""The local chat library: SQLite for chats and messages, a content-addressed media folder.

Layout of a library directory::

    library.db            SQLite database (schema.sql)
    media/ab/abcdef...    media files named by their SHA-256

Writes go through ``Library.transaction()``; a failure inside rolls everything back.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..device.fileperms import narrow, private_dir, private_file
from ..errors import BackupError, DiskFullError, LibraryLockedError, NotFoundError
from ..format import names
from ..oswords import OsProblem, os_problem
from . import textjson
from .model import (
    Chat,
    ChatSummary,
    MediaRef,
    Message,
    Origin,
    OtherVersion,
    Participant,
    Versions,
    bounded_name,
    original_id,
    version_relation,
)
from .textjson import MonthText, month_blobs, month_texts

log = logging.getLogger(__name__)

# 2: message ids unique through their own index (messages_id), not the table's primary key.
# Schema 1 libraries keep working as they are; an older backupgui refuses a schema 2 one
# (its bulk loads would drop that index while attachments still refer to it).
# 3: message_blocks, and media rows no longer refer to messages(id) (they may belong to a
# message in a block). Opening an older library converts it; an older backupgui refuses it.
# 4: messages.seq, the display order among a chat's messages with the same ts_ms (exports
# give many a minute), and media rows with sha256 '' for attachments an export named but did
# not include (not counted in media_count). Opening an older library adds the column (seq 0:
# ties keep the message-id order they had) and replaces the (chat_id, ts_ms, id) index.
# 5: origins, messages.origin and message_blocks.origin: which import or restore on this
# computer added a message, and when (the viewer's mark on two versions of a message,
# SECURITY.md 2.13). Opening an older library adds them (origin 0: not recorded); an older
# backupgui refuses it.
SCHEMA_VERSION = 5

#: The kinds of ``origins`` rows (schema.sql): an export's import, a phone backup's, a restore.
ORIGIN_KINDS = ("whatsapp", "telegram", "phone", "restore")
_BUSY_TIMEOUT_MS = 3000


def _schema_sql() -> str:
    from importlib import resources  # (a library being created or upgraded: not every job)

    return resources.files("backupgui.library").joinpath("schema.sql").read_text("utf-8")


def _statements(sql: str) -> Iterator[str]:
    """The statements of an SQL script, each with its semicolon."""
    buf = ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            yield buf
            buf = ""


# Recomputes the summary columns of the chats matching {where}; messages in rows and in blocks.
_SUMMARIES = (
    "UPDATE chats SET"
    " message_count = (SELECT count(*) FROM messages WHERE chat_id = chats.id)"
    " + (SELECT coalesce(sum(count), 0) FROM message_blocks WHERE chat_id = chats.id),"
    " last_ms = (SELECT max(t) FROM (SELECT max(ts_ms) AS t FROM messages WHERE chat_id = chats.id"
    " UNION ALL SELECT max(last_ms) FROM message_blocks WHERE chat_id = chats.id)),"
    " media_count = (SELECT count(*) FROM media WHERE chat_id = chats.id AND sha256 != ''),"
    " media_bytes = (SELECT coalesce(sum(size), 0) FROM media WHERE chat_id = chats.id),"
    " video_bytes = (SELECT coalesce(sum(size), 0) FROM media WHERE chat_id = chats.id AND kind = 'video'),"
    " rev = rev + 1"
    " WHERE {where}")


#: Gives an attachment kept without its file (sha256 '') the file of an attachment row
#: ``(message_id, seq, chat_id, kind, mime, filename, size, sha256)`` of the same chat: one
#: lookup by the primary key (message_id, seq), the chat then checked on the row found.
_FILL_MEDIA = ("UPDATE media SET sha256=?8, size=?7 WHERE message_id=?1 AND seq=?2"
               " AND chat_id=?3 AND sha256=''")

#: The most other versions of one message ``Library.versions`` looks up (an import makes at
#: most ``importers.common.DERIVED_TRIES`` + 1 per message and export).
_MAX_VERSIONS = 64

#: (base, id) of the ids derived from each id of a JSON list (``?1``), at most ``?2`` each:
#: one range on the message-id index per base.
_DERIVED_IDS = ("SELECT b.value, d.id FROM json_each(?1) AS b JOIN messages AS d ON d.rowid IN"
                " (SELECT rowid FROM messages WHERE id >= b.value || '~'"
                " AND id < b.value || char(127) LIMIT ?2)")

#: A message block from this size on is written into its row in place (``add_message_block``).
_BLOCK_WRITE_IN_PLACE = 256 << 10


def media_path(media_dir: Path, sha256: str) -> Path:
    """Where the media file with this SHA-256 lives in a media store (``media/ab/abcd...``):
    the one place that turns a hash into a path, for the existence check, the write and the
    read alike. ``format.names.BadName`` (a ValueError) unless ``sha256`` is 64 lowercase hex
    digits; the result is asserted to stay inside ``media_dir``."""
    return names.child_path(media_dir, names.sha256(sha256)[:2], sha256)


def default_library_dir() -> Path:
    """The library location used when none is given (per-user data dir)."""
    import platformdirs  # (only where no library folder is given: not on a job's path)

    return Path(platformdirs.user_data_dir("backupgui", appauthor=False)) / "library"


def _is_locked(exc: sqlite3.OperationalError) -> bool:
    msg = str(exc).lower()
    return "locked" in msg or "busy" in msg


def _is_full(exc: BaseException, where: Path | None = None) -> bool:
    if "full" in str(exc).lower() or getattr(exc, "errno", None) == 28:
        return True
    # SQLite reports a write refused for lack of room (ENOSPC in a temp file, EFBIG under a
    # file-size limit) as a plain I/O error; tell that apart from a failing disk by looking.
    return "disk i/o error" in str(exc).lower() and _out_of_room(where)


def _out_of_room(where: Path | None) -> bool:
    try:
        import resource

        if resource.getrlimit(resource.RLIMIT_FSIZE)[0] != resource.RLIM_INFINITY:
            return True
    except (ImportError, OSError, ValueError):  # no resource module on Windows
        pass
    try:
        dirs = {tempfile.gettempdir(), os.fspath(where or os.getcwd())}
        return any(shutil.disk_usage(d).free < 64 << 20 for d in dirs)
    except OSError:
        return False


_FULL = "There is not enough free disk space for the chat library."
_DAMAGED = "The chat library file is damaged."
_DAMAGED_HINT = ("Restore the library from a backup, or move the file away to start a new "
                 "library.")


def library_damaged(detail: object) -> BackupError:
    """The library's file holds data no valid library has (a message block that does not
    decode, SQLite's "malformed"): said in words, the detail kept in the log."""
    log.warning("the chat library file is damaged: %s", detail)
    return BackupError(_DAMAGED, hint=_DAMAGED_HINT)


def _read_only_mount(where: Path | None) -> bool:
    """Whether the library's folder is on a filesystem mounted read-only (SQLite cannot open
    a library there: its WAL needs a shared-memory file beside it)."""
    try:
        return where is not None and bool(os.statvfs(where).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # (no statvfs on Windows)
        return False


def _sqlite_error(exc: sqlite3.Error, what: str, where: Path | None) -> BackupError:
    """An SQLite failure in a category a person can act on (locked, full, read-only, cannot
    be opened, not a library, damaged, a failing disk); SQLite's English goes to the log."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    log.info("chat library error while %s: %s (%s)", what, exc, name)
    if isinstance(exc, sqlite3.OperationalError) and _is_locked(exc):
        return LibraryLockedError("The chat library is in use by another program.")
    if _is_full(exc, where):
        return DiskFullError(_FULL)
    if name.startswith("SQLITE_READONLY") or "readonly" in str(exc).lower() or \
            (name.startswith("SQLITE_CANTOPEN") and _read_only_mount(where)):
        return BackupError("The chat library cannot be changed: its file or folder is read-only.",
                           hint="Check the folder's permissions, or whether its drive is "
                                "mounted read-only.")
    if name.startswith("SQLITE_CANTOPEN"):
        return BackupError("The chat library file cannot be opened.",
                           hint="Check that its folder exists and that you may read and write "
                                "it.")
    if name == "SQLITE_NOTADB":
        return BackupError("The chat library file is not a chat library (it is not an SQLite "
                           "database).", hint=_DAMAGED_HINT)
    if name.startswith("SQLITE_IOERR"):
        return BackupError("The disk that holds the chat library reported an error.",
                           hint="Check the drive (it may have been disconnected or be failing), "
                                "then try again.")
    if isinstance(exc, sqlite3.OperationalError | sqlite3.ProgrammingError) and \
            not name.startswith("SQLITE_CORRUPT"):
        return BackupError("The chat library could not be used.",
                           hint="Try again; if it happens again, the log has the details.")
    log.warning("the chat library file is damaged: %s", exc)
    return BackupError(_DAMAGED, hint=_DAMAGED_HINT)


@contextlib.contextmanager
def translate_errors(what: str, where: Path | None = None) -> Iterator[None]:
    """Turn SQLite/OS failures into the library's typed errors (``where``: the library;
    ``what``: the step, for the log only: it is English)."""
    try:
        yield
    except sqlite3.DatabaseError as exc:
        raise _sqlite_error(exc, what, where) from None
    except OSError as exc:
        if os_problem(exc) is OsProblem.FULL:
            log.info("chat library error while %s: %s", what, exc.strerror)
            raise DiskFullError(_FULL) from None
        raise


@dataclass(frozen=True)
class Fill:
    """What ``Library.fill_if_empty`` applied."""

    empty: bool  # foreign keys are checked at the end of bulk(), which rebuilds the id index
    single_writes: bool  # rollback journal instead of the WAL


class Library:
    """A chat library directory. Open one per thread; SQLite connections are not shared."""

    def __init__(self, root: str | os.PathLike[str], *, create: bool = True) -> None:
        self.root = Path(root).expanduser().absolute()
        self.db_path = self.root / "library.db"
        self.media_dir = self.root / "media"
        if not create and not self.db_path.exists():
            raise NotFoundError(f"There is no chat library in {self.root}.")
        with translate_errors("opening the library", self.root):
            # Owner-only: the messages are private (other users could read a 0644 database
            # wherever home folders are traversable). SQLite gives its -wal and -shm files
            # the database file's permissions.
            private_dir(self.root)
            self.media_dir.mkdir(exist_ok=True)
            private_file(self.db_path)
            for extra in ("-wal", "-shm", "-journal"):
                narrow(f"{self.db_path}{extra}")
            self._db = sqlite3.connect(self.db_path, timeout=_BUSY_TIMEOUT_MS / 1000,
                                       isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._ensure_schema()

    # -- lifecycle -----------------------------------------------------------------------
    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _ensure_schema(self) -> None:
        have = self._db.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='meta'").fetchone()
        if have:
            row = self._db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            if row and int(row[0]) > SCHEMA_VERSION:
                raise BackupError("This chat library was made by a newer version of backupgui.")
            self._migrate()
            return
        self._db.executescript("BEGIN;" + _schema_sql() + "COMMIT;")
        self._db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))

    def _migrate(self) -> None:
        """Bring libraries made by earlier builds up to date (idempotent)."""
        if self._needs_seq():
            self._add_seq()
        media_sql = self._db.execute(
            "SELECT sql FROM sqlite_master WHERE type='table' AND name='media'").fetchone()[0]
        if "REFERENCES messages" in media_sql:
            self._media_without_message_key()
        trigger = self._db.execute(
            "SELECT sql FROM sqlite_master WHERE type='trigger' AND name='media_ai'").fetchone()
        if trigger is None or "sha256" not in trigger[0]:
            self._missing_media_triggers()
        if self._needs_origin():
            self._add_origin()
        row = self._db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        if row is None or int(row[0]) < SCHEMA_VERSION:
            self._db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))

    def _needs_seq(self) -> bool:
        cols = {r[1] for r in self._db.execute("PRAGMA table_info(messages)")}
        index = self._db.execute("SELECT 1 FROM sqlite_master WHERE type='index'"
                                 " AND name='messages_chat_ts_seq'").fetchone()
        return "seq" not in cols or index is None

    def _add_seq(self) -> None:
        """Schema 4: the display-order column and the index that serves it (replacing the
        (chat_id, ts_ms, id) one, and its forerunner (chat_id, ts_ms)). Rows get seq 0, so
        ties keep the message-id order they always had."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            if self._needs_seq():  # another process may have converted it meanwhile
                cols = {r[1] for r in self._db.execute("PRAGMA table_info(messages)")}
                if "seq" not in cols:
                    self._db.execute("ALTER TABLE messages ADD COLUMN seq INTEGER NOT NULL DEFAULT 0")
                self._db.execute("CREATE INDEX IF NOT EXISTS messages_chat_ts_seq"
                                 " ON messages (chat_id, ts_ms, seq, id)")
                self._db.execute("DROP INDEX IF EXISTS messages_chat_ts_id")
                self._db.execute("DROP INDEX IF EXISTS messages_chat_ts")
        except BaseException:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _needs_origin(self) -> bool:
        have = {r[0] for r in self._db.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='origins'")}
        return not have or any(
            "origin" not in {r[1] for r in self._db.execute(f"PRAGMA table_info({t})")}
            for t in ("messages", "message_blocks"))

    def _add_origin(self) -> None:
        """Schema 5: where messages came from (schema.sql). A column added with a constant
        default rewrites no row: the messages there get 0, "not recorded"."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            if self._needs_origin():  # another process may have converted it meanwhile
                for table in ("messages", "message_blocks"):
                    cols = {r[1] for r in self._db.execute(f"PRAGMA table_info({table})")}
                    if "origin" not in cols:
                        self._db.execute(f"ALTER TABLE {table} ADD COLUMN origin INTEGER"
                                         " NOT NULL DEFAULT 0")
                for stmt in _statements(_schema_sql()):
                    if "TABLE IF NOT EXISTS origins " in stmt:
                        self._db.execute(stmt)
        except BaseException:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _missing_media_triggers(self) -> None:
        """Schema 4: the media triggers from schema.sql, which leave attachments an export did
        not include (sha256 '') out of the media count."""
        self._db.executescript(
            "BEGIN IMMEDIATE; DROP TRIGGER IF EXISTS media_ai; DROP TRIGGER IF EXISTS media_ad;"
            + "".join(stmt for stmt in _statements(_schema_sql())
                      if re.search(r"TRIGGER IF NOT EXISTS media_a[id] ", stmt))
            + "COMMIT;")

    def _media_without_message_key(self) -> None:
        """Schema 3: rebuild the media table without its reference to messages(id) (SQLite
        cannot drop a constraint in place); schema.sql adds message_blocks."""
        self._db.execute("PRAGMA foreign_keys=OFF")  # takes effect outside a transaction only
        try:
            self._db.executescript(
                "BEGIN IMMEDIATE;"
                "DROP INDEX media_chat; DROP INDEX media_sha;"
                "DROP TRIGGER media_ai; DROP TRIGGER media_ad;"
                "ALTER TABLE media RENAME TO media_v2;"
                + "".join(stmt for stmt in _statements(_schema_sql())
                          if re.search(r"(ON|EXISTS) (media|message_blocks) ", stmt)) +
                "INSERT INTO media SELECT message_id, seq, chat_id, kind, mime, filename, size,"
                " sha256 FROM media_v2;"
                "DROP TABLE media_v2;"
                + _SUMMARIES.format(where="1") + ";"  # the copy went through media_ai again
                + f"INSERT OR REPLACE INTO meta VALUES ('schema', '{SCHEMA_VERSION}');"
                "COMMIT;")
        except BaseException:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise
        finally:
            self._db.execute("PRAGMA foreign_keys=ON")

    @contextlib.contextmanager
    def transaction(self, origin: str | None = None) -> Iterator[LibraryWriter]:
        """A write transaction; everything inside commits together or not at all.
        ``origin`` (one of ``ORIGIN_KINDS``): what adds messages in it (an import, a
        restore); they are recorded as added by it, now (``origins``)."""
        if origin is not None and origin not in ORIGIN_KINDS:
            raise ValueError(f"unknown origin {origin!r}")
        with translate_errors("writing the library", self.root):
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield LibraryWriter(self, origin)
            except BaseException:
                # SQLite may already have rolled back by itself (e.g. on a full disk); the
                # error that got us here is the one to report.
                if self._db.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    @contextlib.contextmanager
    def fill_if_empty(self) -> Iterator[Fill]:
        """Around one big transaction into a library that has no messages yet (a restore on
        a new computer), two things that make it several times cheaper:

        * a rollback journal instead of the WAL, while this is the only connection: a WAL
          writes every new page twice (to the log, then at the checkpoint), a rollback
          journal saves only the few pages that existed. A crash still rolls back: SQLite
          replays the journal on the next open. WAL is restored afterwards (and on open);
        * foreign keys enforced once at the end of ``LibraryWriter.bulk()`` instead of per
          row, which lets ``bulk()`` drop the message-id index and build it by sorting.

        Yields what applied."""
        empty = single = False
        with translate_errors("preparing the library for a restore", self.root):
            empty = not self._db.execute("SELECT 1 FROM messages UNION ALL"
                                         " SELECT 1 FROM message_blocks LIMIT 1").fetchone()
            if empty:
                # Leaving WAL needs every other connection closed; if one is open, stay in
                # WAL at once rather than wait for the busy timeout.
                self._db.execute("PRAGMA busy_timeout=0")
                try:
                    mode = self._db.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
                    single = str(mode).lower() == "delete"
                except sqlite3.OperationalError:
                    pass
                finally:
                    self._db.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")
                self._db.execute("PRAGMA foreign_keys=OFF")
        try:
            yield Fill(empty, single)
        finally:
            if empty:
                with contextlib.suppress(sqlite3.Error):
                    self._db.execute("PRAGMA foreign_keys=ON")
            if single:
                with contextlib.suppress(sqlite3.Error):  # else the next open switches back
                    self._db.execute("PRAGMA journal_mode=WAL")

    # -- queries -------------------------------------------------------------------------
    def list_chats(self) -> list[ChatSummary]:
        """All chats with their counts, most recent activity first."""
        with translate_errors("listing chats"):
            rows = self._db.execute(
                "SELECT id, name, kind, message_count, media_count, media_bytes, video_bytes, last_ms"
                " FROM chats ORDER BY last_ms IS NULL, last_ms DESC, name").fetchall()
        return [ChatSummary(*r) for r in rows]

    def chat(self, chat_id: str) -> Chat:
        with translate_errors("reading a chat"):
            row = self._db.execute(
                "SELECT id, name, kind, source, created_ms FROM chats WHERE id=?", (chat_id,)).fetchone()
            if row is None:
                raise NotFoundError(f"There is no chat with id {chat_id}.")
            parts = self._db.execute(
                "SELECT person_id, name, is_me FROM participants WHERE chat_id=? ORDER BY person_id",
                (chat_id,)).fetchall()
        return Chat(*row, participants=tuple(Participant(p, n, bool(m)) for p, n, m in parts))

    def chat_ids(self) -> list[str]:
        with translate_errors("listing chats"):
            return [r[0] for r in self._db.execute("SELECT id FROM chats ORDER BY id")]

    def messages(self, chat_id: str, *, since_ms: int | None = None,
                 until_ms: int | None = None, limit: int | None = None,
                 offset: int = 0) -> list[Message]:
        """Messages of a chat in display order (time, then the chat's sequence; the id
        breaks what is left of a tie), with their media."""
        blocks = self._blocks(chat_id)
        if blocks:
            return self._block_messages(chat_id, blocks, since_ms, until_ms, limit, offset)
        sql = "SELECT id, chat_id, ts_ms, sender, kind, text, reply_to FROM messages WHERE chat_id=?"
        args: list[object] = [chat_id]
        if since_ms is not None:
            sql += " AND ts_ms >= ?"
            args.append(since_ms)
        if until_ms is not None:
            sql += " AND ts_ms < ?"
            args.append(until_ms)
        sql += " ORDER BY ts_ms, seq, id"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args += [limit, offset]
        with translate_errors("reading messages"):
            rows = self._db.execute(sql, args).fetchall()
            media: dict[str, list[MediaRef]] = {}
            if any(r[4] == "media" for r in rows):
                # The same selection as a subquery (ids are bound, never parsed: any text,
                # even U+0000, stays whole).
                msql = ("SELECT message_id, kind, sha256, size, mime, filename, seq FROM media"
                        f" WHERE chat_id=? AND message_id IN (SELECT id FROM ({sql}))"
                        " ORDER BY message_id, seq")
                for mid, *rest in self._db.execute(msql, [chat_id, *args]):
                    media.setdefault(mid, []).append(MediaRef(*rest))
        return [Message(*r, media=tuple(media.get(r[0], ()))) for r in rows]

    def _block_messages(self, chat_id: str, blocks: list[tuple[str, int, int, int]],
                        since: int | None, until: int | None, limit: int | None,
                        offset: int) -> list[Message]:
        """``messages`` of a chat kept in ``blocks``: only the blocks that the time range and
        the page reach are decoded."""
        out: list[Message] = []
        for month, count, first, last in blocks:
            if (until is not None and first >= until) or (limit is not None and len(out) >= limit):
                break
            if since is not None and last < since:
                continue
            whole = (since is None or first >= since) and (until is None or last < until)
            if whole and offset >= count:
                offset -= count
                continue
            msgs = [m for m in self._block(chat_id, month)
                    if (since is None or m.ts_ms >= since) and (until is None or m.ts_ms < until)]
            out += msgs[offset:]
            offset = max(0, offset - len(msgs))
        return out if limit is None else out[:limit]

    # -- other versions of a message, replies (the viewer) ---------------------------------
    def versions(self, chat_id: str, messages: list[Message]) -> dict[str, Versions]:
        """Of ``messages`` (a page of the chat, as ``messages`` gave it), those that have
        other versions (an import kept the export's copy beside a different message under
        the same id: SECURITY.md 2.13), with where each copy came from. A copy's link is its
        id (``model.original_id``); the other copies are looked up by id in the whole
        library (a planted original may be in another chat) and, for a chat kept as
        message blocks, on the page."""
        page = {m.id: m for m in messages}
        with translate_errors("reading messages"):
            db = self._db
            block_origin = dict(db.execute(
                "SELECT month, origin FROM message_blocks WHERE chat_id=?", (chat_id,)))
            kinds: dict[int, Origin] = {}
            origs = {mid: original_id(mid) for mid in page}
            on_page: dict[str, list[str]] = {}  # the page's derived ids by their original
            for mid, base in origs.items():
                if base is not None:
                    on_page.setdefault(base, []).append(mid)

            def origin(oid: int) -> Origin:
                if oid not in kinds:
                    row = db.execute("SELECT kind, at_ms FROM origins WHERE id=?",
                                     (oid,)).fetchone() if oid else None
                    kinds[oid] = Origin(*row) if row else Origin("")
                return kinds[oid]

            def copy(mid: str) -> tuple | None:  # (chat, sender, kind, text, origin id)
                row = db.execute("SELECT chat_id, sender, kind, text, origin FROM messages"
                                 " WHERE id=?", (mid,)).fetchone()
                m = page.get(mid)
                if row is None and m is not None and block_origin:
                    row = (m.chat_id, m.sender, m.kind, m.text,
                           block_origin.get(_month_of(m.ts_ms), 0))
                return row

            # Ids derived from each of the page's messages (or from the id one of them is
            # derived from): one statement, at most _MAX_VERSIONS each (a backup made with
            # the key may hold a million derived from one; a bound on the whole would let
            # them crowd out the others' marks). An id holding U+0000, which SQLite's JSON
            # functions cut, is looked up alone.
            import json  # (a viewer's page: not on every job's path)

            bases = list(dict.fromkeys(origs[m.id] or m.id for m in messages))
            derived_of: dict[str, list[str]] = {}
            for base, mid in db.execute(_DERIVED_IDS, (json.dumps(
                    [b for b in bases if "\x00" not in b]), _MAX_VERSIONS)):
                derived_of.setdefault(base, []).append(mid)
            for base in (b for b in bases if "\x00" in b):
                derived_of[base] = [i for (i,) in db.execute(
                    "SELECT id FROM messages WHERE id >= ? AND id < ? LIMIT ?",
                    (base + "~", base + "\x7f", _MAX_VERSIONS))]

            def derived(base: str) -> list[str]:
                ids = derived_of.get(base, []) + on_page.get(base, [])
                return [i for i in dict.fromkeys(ids) if original_id(i) == base]

            out: dict[str, Versions] = {}
            for m in messages:
                base = origs[m.id]
                if base is None and m.id not in derived_of and m.id not in on_page:
                    continue  # (most messages: nothing derived from them, derived from none)
                family = ([base] if base is not None and copy(base) is not None else []) + \
                    derived(base if base is not None else m.id)
                others = [i for i in dict.fromkeys(family) if i != m.id]
                if not others:
                    continue
                mine = copy(m.id) or (m.chat_id, m.sender, m.kind, m.text, 0)
                found = []
                for oid in others:
                    there = copy(oid)
                    if there is not None:
                        found.append(OtherVersion(oid, there[0], there[1], there[3],
                                                  origin(there[4]),
                                                  version_relation(mine, there)))
                if found:
                    out[m.id] = Versions(origin(mine[4]), tuple(found))
        return out

    def replied(self, chat_id: str, messages: list[Message]) -> dict[str, Message | None]:
        """The messages that ``messages`` (a page of the chat) reply to, by id: found on the
        page, among the chat's rows, or in its message blocks of the reply's month and the
        twelve before (a block chat: a bound on what one page decodes); None where it is not
        found there. Only in the same chat: a reply shows no other chat's text."""
        want = {m.reply_to for m in messages if m.reply_to}
        out: dict[str, Message | None] = {}
        if not want:
            return out
        page = {m.id: m for m in messages}
        blocks = self._blocks(chat_id)
        with translate_errors("reading messages"):
            for rid in want:
                found = page.get(rid)
                if found is None and not blocks:
                    row = self._db.execute(
                        "SELECT id, chat_id, ts_ms, sender, kind, text, reply_to FROM messages"
                        " WHERE id=? AND chat_id=?", (rid, chat_id)).fetchone()
                    found = Message(*row) if row else None
                out[rid] = found
        missing = [m for m in messages if m.reply_to and out.get(m.reply_to) is None]
        if blocks and missing:
            months = [b[0] for b in blocks]
            decoded: dict[str, list[Message]] = {}
            for m in missing:
                if out.get(m.reply_to) is not None:
                    continue
                at = _month_of(m.ts_ms)
                near = [mo for mo in months if mo <= at][-13:]
                for mo in reversed(near):
                    if mo not in decoded:
                        decoded[mo] = self._block(chat_id, mo)
                    hit = next((x for x in decoded[mo] if x.id == m.reply_to), None)
                    if hit is not None:
                        out[m.reply_to] = hit
                        break
        return out

    def position(self, chat_id: str, message_id: str, ts_ms: int) -> int | None:
        """Where a message of the chat is in display order (0: the first; ``messages``'s
        offset), or None if the chat does not hold it. ``ts_ms``: its time (a chat kept as
        message blocks decodes only the block of that month)."""
        blocks = self._blocks(chat_id)
        with translate_errors("reading messages"):
            if not blocks:
                row = self._db.execute("SELECT ts_ms, seq FROM messages WHERE id=? AND chat_id=?",
                                       (message_id, chat_id)).fetchone()
                if row is None:
                    return None
                # (the display order's index: a count over one range of it)
                return self._db.execute(
                    "SELECT count(*) FROM messages WHERE chat_id=? AND (ts_ms, seq, id) < (?, ?, ?)",
                    (chat_id, row[0], row[1], message_id)).fetchone()[0]
        month = _month_of(ts_ms)
        before = sum(b[1] for b in blocks if b[0] < month)
        if not any(b[0] == month for b in blocks):
            return None
        return next((before + i for i, m in enumerate(self._block(chat_id, month))
                     if m.id == message_id), None)

    def has_blocks(self, chat_id: str) -> bool:
        """Whether the chat's messages are kept in message blocks (see schema.sql)."""
        with translate_errors("reading messages"):
            return bool(self._db.execute(
                "SELECT EXISTS (SELECT 1 FROM message_blocks WHERE chat_id=?)", (chat_id,)).fetchone()[0])

    def is_empty(self) -> bool:
        """Whether the library holds no message at all (what ``fill_if_empty`` checks)."""
        with translate_errors("reading messages"):
            return not self._db.execute("SELECT 1 FROM messages UNION ALL"
                                        " SELECT 1 FROM message_blocks LIMIT 1").fetchone()

    def has_messages(self, chat_id: str) -> bool:
        """Whether the chat has any message, in rows or in blocks."""
        with translate_errors("reading messages"):
            return bool(self._db.execute(
                "SELECT EXISTS (SELECT 1 FROM messages WHERE chat_id=?1)"
                " OR EXISTS (SELECT 1 FROM message_blocks WHERE chat_id=?1)", (chat_id,)).fetchone()[0])

    def _blocks(self, chat_id: str) -> list[tuple[str, int, int, int]]:
        """(month, count, first ms, last ms) of each block of a chat, oldest first."""
        with translate_errors("reading messages"):
            return self._db.execute(
                "SELECT month, count, first_ms, last_ms FROM message_blocks WHERE chat_id=?"
                " ORDER BY month", (chat_id,)).fetchall()

    def _block_plaintext(self, chat_id: str, month: str) -> bytes:
        with translate_errors("reading messages"):
            raw = _stored_block(self._db, chat_id, month)
        if raw is None:
            # translators: %1: a chat's id, %2: a month (year-month, such as 2024-05)
            raise NotFoundError(f"The chat {chat_id} has no messages kept for {month}.")
        return raw

    def _block(self, chat_id: str, month: str) -> list[Message]:
        """A block's messages in display order: the blob's own (FORMAT.md section 8)."""
        from ..format.manifest import decode_text_blob

        try:
            _cid, _month, msgs = decode_text_blob(self._block_plaintext(chat_id, month))
        except ValueError as exc:
            raise library_damaged(exc) from None
        # Stored under the blob's own chat. A blob lists its messages in display order;
        # the (stable) sort only guards the time order of one written by another program.
        return sorted(msgs, key=lambda m: m.ts_ms)

    def message_rows(self, chat_id: str) -> Iterator[tuple]:
        """Every (id, ts_ms, sender, kind, text, reply_to) of a chat in display order, streamed."""
        blocks = self._blocks(chat_id)
        for month, *_ in blocks:
            for m in self._block(chat_id, month):
                yield m.id, m.ts_ms, m.sender, m.kind, m.text, m.reply_to
        if blocks:
            return
        with translate_errors("reading messages"):
            cur = self._db.execute(
                "SELECT id, ts_ms, sender, kind, text, reply_to FROM messages WHERE chat_id=?"
                " ORDER BY ts_ms, seq, id", (chat_id,))
            while rows := cur.fetchmany(4096):
                yield from rows

    def text_blobs(self, chat_id: str) -> Iterator[tuple[str, int, bytes]]:
        """(month, message count, plaintext) of each message blob of a chat (FORMAT.md s. 8),
        serialized by SQLite; see ``textjson``."""
        blocks = self._blocks(chat_id)
        for month, count, *_ in blocks:  # the blob the backup made, as it was
            yield month, count, self._block_plaintext(chat_id, month)
        if not blocks:
            with translate_errors("reading messages"):
                yield from month_blobs(self._db, chat_id)

    def text_months(self, chat_id: str, batch: int | None = None) -> Iterator[MonthText]:
        """``text_blobs`` for the backup: a month of ``batch`` (``textjson.BATCH``) messages
        or more comes in pieces (``textjson.month_texts``; close the iterator when stopping
        early)."""
        blocks = self._blocks(chat_id)
        for month, count, *_ in blocks:  # kept whole in the library already
            yield MonthText.whole(chat_id, month, count, self._block_plaintext(chat_id, month))
        if not blocks:
            def guard() -> contextlib.AbstractContextManager:
                return translate_errors("reading messages")

            with guard():
                yield from month_texts(self._db, chat_id, batch or textjson.BATCH, guard)

    def media_rows(self, chat_id: str) -> dict[str, list[tuple]]:
        """message id -> [(filename, kind, mime, seq, sha256, size), ...] in seq order."""
        out: dict[str, list[tuple]] = {}
        with translate_errors("reading media"):
            for mid, *rest in self._db.execute(
                    "SELECT message_id, filename, kind, mime, seq, sha256, size FROM media"
                    " WHERE chat_id=? ORDER BY message_id, seq", (chat_id,)):
                out.setdefault(mid, []).append(tuple(rest))
        return out

    def message_months(self, chat_id: str) -> list[tuple[int, int]]:
        """(first ts_ms, count) per UTC calendar month of a chat, oldest first."""
        blocks = self._blocks(chat_id)
        if blocks:
            return [(first, count) for _month, count, first, _last in blocks]
        with translate_errors("reading messages"):
            return self._db.execute(
                "SELECT min(ts_ms), count(*) FROM messages WHERE chat_id=?"
                " GROUP BY strftime('%Y-%m', ts_ms / 1000, 'unixepoch') ORDER BY 1",
                (chat_id,)).fetchall()

    def media_for_chats(self, chat_ids: Iterable[str], *, include_videos: bool = True) -> list[MediaRef]:
        """Distinct media (by sha256) attached in the given chats."""
        ids = list(dict.fromkeys(chat_ids))
        found: dict[str, MediaRef] = {}
        with translate_errors("reading media"):
            for i in range(0, len(ids), 500):  # bound parameters: any chat id stays whole
                part = ids[i:i + 500]
                sql = ("SELECT kind, sha256, max(size), mime, filename, 0 FROM media"
                       f" WHERE chat_id IN ({','.join('?' * len(part))})")
                sql += " AND sha256 != ''"  # attachments an export did not include
                if not include_videos:
                    sql += " AND kind != 'video'"
                for r in self._db.execute(sql + " GROUP BY sha256", part):
                    old = found.get(r[1])
                    if old is None or r[2] > old.size:
                        found[r[1]] = MediaRef(*r)
        return [found[k] for k in sorted(found)]

    def media_files_by_chat(self) -> dict[str, dict[str, tuple[int, bool]]]:
        """Per chat, the files a backup of it stores, as ``media_for_chats`` picks them: its
        attachments the library holds (not those an export left out), once per SHA-256:
        ``{chat_id: {sha256: (size, only_as_video)}}``. A file attached twice is one file;
        the UI sums these (a selection's union) so that its sizes are the stored ones."""
        found: dict[str, dict[str, tuple[int, bool]]] = {}
        with translate_errors("reading media"):
            for cid, sha, size, video in self._db.execute(
                    "SELECT chat_id, sha256, max(size), min(kind = 'video') FROM media"
                    " WHERE sha256 != '' GROUP BY chat_id, sha256"):
                found.setdefault(cid, {})[sha] = (size, bool(video))
        return found

    def media_path(self, sha256: str) -> Path:
        """Where the media file with this SHA-256 lives (whether or not it exists); see the
        module's ``media_path``."""
        return media_path(self.media_dir, sha256)

    def has_media(self, sha256: str) -> bool:
        return self.media_path(sha256).is_file()

    def get_meta(self, key: str) -> str | None:
        with translate_errors("reading the library"):
            row = self._db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def put_meta(self, key: str, value: str) -> None:
        """Set one meta value in its own small transaction."""
        with self.transaction() as w:
            w.set_meta(key, value)

    def counts(self) -> tuple[int, int, int]:
        """(chats, messages, media bytes) of the whole library."""
        with translate_errors("counting"):
            row = self._db.execute(
                "SELECT count(*), coalesce(sum(message_count),0), coalesce(sum(media_bytes),0) FROM chats"
            ).fetchone()
        return int(row[0]), int(row[1]), int(row[2])

    def chat_revisions(self) -> dict[str, int]:
        """Each chat's revision counter (changes whenever its messages change)."""
        with translate_errors("reading the library"):
            return dict(self._db.execute("SELECT id, rev FROM chats"))

    def text_cache(self, set_id: str) -> dict[str, tuple[int, list[list]]]:
        """The backup text-blob cache of a set: chat id -> (rev, [[month, blob, count], ...])."""
        import json

        with translate_errors("reading the backup cache"):
            rows = self._db.execute(
                "SELECT chat_id, rev, blobs FROM backup_text_cache WHERE set_id=?", (set_id,)).fetchall()
        out = {}
        for chat_id, rev, blobs in rows:
            try:
                out[chat_id] = (rev, json.loads(blobs))
            except ValueError:
                continue
        return out

    def save_text_cache(self, set_id: str, entries: dict[str, tuple[int, list[list]]]) -> None:
        """Remember the text blobs of chats just backed up (best effort)."""
        import json

        with translate_errors("saving the backup cache"):
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.executemany(
                    "INSERT OR REPLACE INTO backup_text_cache VALUES (?,?,?,?)",
                    [(set_id, cid, rev, json.dumps(blobs)) for cid, (rev, blobs) in entries.items()])
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    # -- media store ---------------------------------------------------------------------
    def add_media_file(self, src: str | os.PathLike[str], *, move: bool = False) -> tuple[str, int]:
        """Copy (or move) a file into the media store; return (sha256, size)."""
        h = hashlib.sha256()
        size = 0
        with open(src, "rb") as fh:
            while chunk := fh.read(1 << 20):
                h.update(chunk)
                size += len(chunk)
        digest = h.hexdigest()
        dst = self.media_path(digest)
        if not dst.exists():
            _place(dst, (lambda tmp: shutil.move(os.fspath(src), tmp)) if move
                   else (lambda tmp: shutil.copyfile(src, tmp)))
        return digest, size

    def add_media_bytes(self, data: bytes) -> tuple[str, int]:
        """Store bytes in the media store; return (sha256, size)."""
        digest = hashlib.sha256(data).hexdigest()
        dst = self.media_path(digest)
        if not dst.exists():
            _place(dst, lambda tmp: Path(tmp).write_bytes(data))
        return digest, len(data)


def _month_of(ts_ms: int) -> str:
    """The UTC month ("YYYY-MM") a message time falls in, as message blocks are keyed."""
    import datetime as dt

    when = dt.datetime(1970, 1, 1) + dt.timedelta(milliseconds=ts_ms)
    return f"{when.year:04d}-{when.month:02d}"


def block_plaintext(body: bytes) -> bytes:
    """A message block's blob plaintext (FORMAT.md section 8) from its stored body: plain
    JSON, one zstd frame, or the split form (FORMAT.md 5.1), as the backup stored it."""
    if body[:1] == b"{":
        return bytes(body)
    from ..format.manifest import decompress_text_blob

    try:
        return decompress_text_blob(body)
    except ValueError as exc:
        raise library_damaged(exc) from None


def _stored_block(db: sqlite3.Connection, chat_id: str, month: str) -> bytes | None:
    """The plaintext of a chat's block for ``month``, or None if there is none."""
    row = db.execute("SELECT body FROM message_blocks WHERE chat_id=? AND month=?",
                     (chat_id, month)).fetchone()
    return None if row is None else block_plaintext(row[0])


def _place(dst: Path, fill: Callable[[str], object]) -> None:
    """Create the media file ``dst`` whole or not at all: ``fill`` writes a temporary file
    next to it, which is fsynced and renamed. On disk before the rows that point at it are
    committed: after a power cut it must not be there empty yet taken for present."""
    with translate_errors("storing media"):
        dst.parent.mkdir(exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=dst.parent, prefix=".in-")
        os.close(fd)
        try:
            fill(tmp)
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(tmp, dst)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise


def insert_blob_sql(arrow: bool) -> str:
    """The statement that inserts a message blob's messages (``?1`` chat id, ``?2`` blob
    JSON, ``?3`` the first message's seq: each gets its place in the blob, which lists them
    in display order; ``?4`` their origin). SQLite 3.38+ reads fields with ``->>``, a little faster than
    ``json_extract()`` (measured 3-13% on the restore's statement) and the same for every
    JSON value."""
    get = "value->>'{}'" if arrow else "json_extract(value, '$.{}')"
    cols = ", ".join("?1" if f == "" else get.format(f)
                     for f in ("id", "", "ts", "sender", "kind", "text", "reply_to"))
    return ("INSERT OR IGNORE INTO messages (id, chat_id, ts_ms, sender, kind, text, reply_to, seq,"
            f" origin) SELECT {cols}, ?3 + key, ?4 FROM json_each(CAST(?2 AS TEXT), '$.messages')")  # bytes: no str copy


def merged_order(old: list[str], added: list[str], source: Iterable[str]) -> list[str]:
    """One order for a group of same-time messages: ``old`` (in their order) and ``added``
    (new ones, in their source's order), where ``source`` lists the source's messages of the
    group, old ones among them. Old messages keep their order; each added one goes right
    after the message before it in the source (after the added ones already put there), or,
    before any old one, just before the source's first old one; with no old one in the
    source, after all old ones."""
    olds = set(old)
    news = set(added)
    after: dict[str | None, list[str]] = {}
    last: str | None = None
    first_old: str | None = None
    placed: set[str] = set()
    for i in source:
        if i in news and i not in placed:
            after.setdefault(last, []).append(i)
            placed.add(i)
        elif i in olds:
            last = i
            if first_old is None:
                first_old = i
    # Added messages the source did not list (not expected) go last, in their own order.
    rest = [i for i in added if i not in placed]
    out: list[str] = []
    for o in old:
        if o == first_old:
            out += after.get(None, ())
        out.append(o)
        out += after.get(o, ())
    if first_old is None:
        out += after.get(None, ())
    return out + rest


_SORT_THREADS = min(2, os.cpu_count() or 1)  # helper threads for index builds (bulk())
_INSERT_BLOB_MESSAGES = insert_blob_sql(sqlite3.sqlite_version_info >= (3, 38, 0))


class LibraryWriter:
    """Write operations valid inside ``Library.transaction()``."""

    def __init__(self, lib: Library, origin: str | None = None) -> None:
        self._db = lib._db
        self._origin_kind = origin
        self._origin = 0 if origin is None else -1  # origins.id; -1: made at the first add
        self._bulk = False
        self._bulk_touched: set[str] = set()  # chats whose summaries bulk() recomputes
        self.repeated_ids = 0  # messages dropped by bulk() as a repeated id (see there)
        self._bases: dict[str, int] = {}  # chat -> seq base of this transaction's merges

    def origin(self) -> int:
        """The ``origins`` row of the messages this transaction adds (0: none given); made
        when it first writes messages, so a run that writes none leaves no row."""
        if self._origin < 0:
            import time

            self._origin = self._db.execute(
                "INSERT INTO origins (kind, at_ms) VALUES (?, ?)",
                (self._origin_kind, int(time.time() * 1000))).lastrowid or 0
        return self._origin

    def upsert_chat(self, chat: Chat) -> None:
        """Insert a chat or update its name/kind; participants are merged. Names longer
        than ``model.MAX_NAME_CHARS`` are cut (``bounded_name``: every import, merge and
        restore writes chats here)."""
        self._db.execute(
            "INSERT INTO chats (id, name, kind, source, created_ms) VALUES (?,?,?,?,?)"
            " ON CONFLICT(id) DO UPDATE SET name=excluded.name, kind=excluded.kind",
            (chat.id, bounded_name(chat.name), chat.kind, chat.source, chat.created_ms))
        self._db.executemany(
            "INSERT INTO participants (chat_id, person_id, name, is_me) VALUES (?,?,?,?)"
            " ON CONFLICT(chat_id, person_id) DO UPDATE SET name=excluded.name, is_me=excluded.is_me",
            [(chat.id, p.person_id, bounded_name(p.name), int(p.is_me)) for p in chat.participants])

    def add_messages(self, messages: Iterable[Message], seq_base: int = 0) -> int:
        """Insert messages not already present (by id); return how many were new. Each
        gets ``seq_base + Message.seq`` as its place among messages of the same time."""
        msgs = list(messages)
        return self.add_message_rows(
            [(m.id, m.chat_id, m.ts_ms, m.sender, m.kind, m.text, m.reply_to, m.seq)
             for m in msgs],
            [(m.id, r.seq, m.chat_id, r.kind, r.mime, r.filename, r.size, r.sha256)
             for m in msgs for r in m.media], seq_base)

    def add_message_rows(self, rows: list[tuple], media: list[tuple], seq_base: int = 0,
                         origin: int | None = None) -> int:
        """``add_messages`` for plain rows: ``(id, chat_id, ts_ms, sender, kind, text,
        reply_to, seq)`` (without ``seq``: 0, and the id orders ties) and ``(message_id,
        seq, chat_id, kind, mime, filename, size, sha256)``; ``seq_base`` is added to each
        message's seq (see ``merge_base``). A message already present keeps its seq.
        ``origin``: the ``origins`` row to record (default: this transaction's)."""
        self.unblock({r[1] for r in rows} | {m[2] for m in media})
        if rows:
            src = int(self.origin() if origin is None else origin)
            if len(rows[0]) == 7:
                sql = ("INSERT OR IGNORE INTO messages (id, chat_id, ts_ms, sender, kind, text,"
                       f" reply_to, seq, origin) VALUES (?,?,?,?,?,?,?,{int(seq_base)},{src})")
            else:
                sql = ("INSERT OR IGNORE INTO messages (id, chat_id, ts_ms, sender, kind, text,"
                       " reply_to, seq, origin) VALUES (?,?,?,?,?,?,?,?"
                       + (f"+{int(seq_base)}" if seq_base else "") + f",{src})")
        added = max(self._db.executemany(sql, rows).rowcount, 0) if rows else 0
        new_media = self.add_media(media)
        if self._bulk and (added or new_media):  # media of existing messages may be new
            self._touched({r[1] for r in rows} | {m[2] for m in media})
        return added

    def add_message_blob(self, chat_id: str, plaintext: bytes, media: list[tuple],
                         seq_base: int = 0, origin: int | None = None) -> int:
        """``add_message_rows`` for a whole message blob's JSON plaintext (docs/FORMAT.md
        section 8) that the caller has already checked with ``check_text_block``, which also
        gave its ``media`` rows. SQLite reads the messages in C with the GIL released, so the
        threads that download, decrypt and check the next blobs run at the same time
        (binding row by row would hold the GIL for every message).

        SQLite's JSON functions cut a string at U+0000, so a blob that holds one (escaped as
        ``\\u0000``) is refused with ``ValueError``; use ``add_message_rows`` for it.

        A message's seq is ``seq_base`` plus its place in the blob (which lists a month in
        display order), so the blob's order is kept."""
        if b"\\u0000" in plaintext:
            raise ValueError("the blob holds U+0000, which SQLite's JSON functions cut off")
        self.unblock({chat_id})
        src = self.origin() if origin is None else origin
        cur = self._db.execute(_INSERT_BLOB_MESSAGES, (chat_id, plaintext, seq_base, src))
        added = max(cur.rowcount, 0)
        new_media = self.add_media(media)
        if self._bulk and (added or new_media):
            self._touched([chat_id])
        return added

    def add_checked_blob(self, chat_id: str, plaintext: bytes, media: list[tuple],
                         seq_base: int = 0, *, merge: bool = False,
                         origin: int | None = None) -> int:
        """``add_message_blob``, or for a blob that holds U+0000 (rare) the same messages row
        by row; ``ValueError`` only if the blob is malformed. With ``merge`` (a restore into
        a chat that has messages), messages the chat did not have are put in the blob's
        order among those it had at the same time (``order_merged``)."""
        if merge:
            self.unblock({chat_id})
            seq_base = self._bases.get(chat_id, -1)
            if seq_base < 0:
                seq_base = self._bases[chat_id] = self.merge_base(chat_id)
        try:
            added = self.add_message_blob(chat_id, plaintext, media, seq_base, origin)
        except ValueError:
            from ..format.manifest import decode_text_rows

            rows = [(*r, i) for i, r in enumerate(decode_text_rows(plaintext)[2])]
            added = self.add_message_rows(rows, media, seq_base, origin)
        if merge and added and seq_base:
            import json

            by_ts: dict[int, list[str]] = {}
            for m in json.loads(plaintext)["messages"]:
                by_ts.setdefault(m["ts"], []).append(m["id"])
            self.order_merged(chat_id, seq_base, lambda ts: by_ts.get(ts, ()),
                              (min(by_ts), max(by_ts)))
        return added

    # -- order of merged messages ----------------------------------------------------------
    def merge_base(self, chat_id: str) -> int:
        """The seq base for adding messages to a chat that may hold some already (an export
        imported again or a newer one, a backup restored into it): one past its largest seq,
        so that every message added from here on is told apart from those already there;
        0 for a chat without messages in rows (nothing to merge with). Call it after
        ``unblock``; then ``order_merged`` puts each group of same-time messages that mixes
        old and new into one order."""
        row = self._db.execute("SELECT max(seq) FROM messages WHERE chat_id=?", (chat_id,)).fetchone()
        return 0 if row[0] is None else int(row[0]) + 1

    def order_merged(self, chat_id: str, base: int, source: Callable[[int], Iterable[str]],
                     span: tuple[int, int] | None = None) -> int:
        """After adding a source's messages to a chat with ``seq_base=base``: in each group
        of messages with the same time that holds both messages that were there (seq below
        ``base``) and added ones, keep the old messages' order and put each added one right
        after the message that precedes it in the source (before the first old one when
        none does). ``source(ts_ms)`` gives the ids of the source's messages with that time
        in the source's order (old ones included: they are the anchors). Renumbers the
        group from 0; returns how many groups it ordered. ``span``: only times in
        [first, last]."""
        if base <= 0:
            return 0
        lo, hi = span if span is not None else (-(1 << 63), (1 << 63) - 1)
        mixed = [ts for (ts,) in self._db.execute(
            "SELECT DISTINCT n.ts_ms FROM messages AS n WHERE n.chat_id=?1 AND n.ts_ms BETWEEN ?3"
            " AND ?4 AND n.seq>=?2 AND EXISTS (SELECT 1 FROM messages AS o WHERE o.chat_id=?1"
            " AND o.ts_ms=n.ts_ms AND o.seq<?2)", (chat_id, base, lo, hi))]
        for ts in mixed:
            group = self._db.execute(
                "SELECT id, seq, rowid FROM messages WHERE chat_id=? AND ts_ms=? ORDER BY seq, id",
                (chat_id, ts)).fetchall()
            rowids = {i: r for i, _seq, r in group}
            old = [i for i, seq, _r in group if seq < base]
            added = [i for i, seq, _r in group if seq >= base]
            order = merged_order(old, added, source(ts))
            # By rowid: a bulk load may run without the id index.
            self._db.executemany("UPDATE messages SET seq=? WHERE rowid=?",
                                 [(n, rowids[i]) for n, i in enumerate(order)])
        return len(mixed)

    def add_message_block(self, chat_id: str, month: str, count: int, span: tuple[int, int],
                          body: bytes, media: list[tuple]) -> None:
        """Keep a month of a chat as a message block: ``body`` is the blob's plaintext as one
        zstd frame, or the plain JSON; ``span`` the first and last message's ts. Only for a
        chat without messages in rows, and a blob checked with ``check_text_block``, which
        also gave its ``media`` rows. ``sqlite3.IntegrityError`` if the month is there."""
        cols = "INSERT INTO message_blocks (chat_id, month, count, first_ms, last_ms, body, origin)"
        if len(body) < _BLOCK_WRITE_IN_PLACE:
            self._db.execute(cols + " VALUES (?,?,?,?,?,?,?)",
                             (chat_id, month, count, span[0], span[1], body, self.origin()))
        else:
            # Room first, then the body written into it: a bound value is copied by SQLite
            # (kept until the statement is bound again) and once more into the record.
            row = self._db.execute(cols + " VALUES (?,?,?,?,?,zeroblob(?),?)",
                                   (chat_id, month, count, span[0], span[1], len(body),
                                    self.origin())).lastrowid
            with self._db.blobopen("message_blocks", "body", row) as blob:
                blob.write(body)
        self.add_media(media)
        self._touched([chat_id])

    def add_media(self, media: list[tuple]) -> int:
        """Write attachment rows ``(message_id, seq, chat_id, kind, mime, filename, size,
        sha256)``: the one way they are written (restore, import, merge). A row not there yet
        is inserted; a row there without its file (sha256 '') takes the file a row of the same
        chat brings; any other row there stays as it is. Returns how many rows were added or
        filled."""
        if not media:
            return 0
        new = max(self._db.executemany(
            "INSERT OR IGNORE INTO media (message_id, seq, chat_id, kind, mime, filename, size, sha256)"
            " VALUES (?,?,?,?,?,?,?,?)", media).rowcount, 0)
        with_file = [m for m in media if m[7]] if new < len(media) else []
        if with_file:
            # An attachment kept without its file (sha256 '': not in the export, or not on this
            # computer) gets it when these rows bring it (a restore, a blob that has it), as an
            # import that finds the file later does; its chat is counted and backed up again.
            # Only a row of the same chat: a backup's rows (hostile even with a valid key)
            # must not fill another chat's attachment, whose counts would then go stale.
            filled = max(self._db.executemany(_FILL_MEDIA, with_file).rowcount, 0)
            if filled:
                self._touched({m[2] for m in with_file})
                new += filled
        return new

    def holds_block(self, chat_id: str, month: str, plaintext: bytes) -> bool:
        """Whether the chat keeps exactly this blob plaintext as its block for ``month``."""
        return _stored_block(self._db, chat_id, month) == plaintext

    def _touched(self, chat_ids: Iterable[str]) -> None:
        """Chats whose summary must be recomputed: at the end of bulk(), or now."""
        if self._bulk:
            # Kept here until bulk() ends: a restore adds 1,800 blocks per GiB, and a
            # statement for each was one more GIL hand-off on the job thread.
            self._bulk_touched.update(chat_ids)
        else:
            self._db.executemany(_SUMMARIES.format(where="id = ?"), [(c,) for c in chat_ids])

    def unblock(self, chat_ids: set[str]) -> None:
        """Turn the message blocks of these chats into rows (a chat's messages are in one
        or the other). Every write that adds messages does it first."""
        for chat_id in chat_ids:
            bodies = self._db.execute(
                "SELECT body, origin FROM message_blocks WHERE chat_id=?", (chat_id,)).fetchall()
            if not bodies:
                continue
            # Gone first, so that the adds below do not come back here; their attachment
            # rows are in the media table already.
            self._db.execute("DELETE FROM message_blocks WHERE chat_id=?", (chat_id,))
            for body, origin in bodies:  # (the restore that kept them stays their origin)
                try:
                    self.add_checked_blob(chat_id, block_plaintext(body), [], origin=origin)
                except ValueError as exc:
                    raise library_damaged(exc) from None
            self._touched([chat_id])

    @contextlib.contextmanager
    def bulk(self) -> Iterator[None]:
        """Insert many messages fast: the summary triggers are suspended and the affected
        chats' summaries recomputed at the end, all inside the current transaction (so other
        connections never see a library without its triggers)."""
        triggers = self._db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type='trigger' AND tbl_name IN ('messages', 'media')"
        ).fetchall()
        # Into an empty library (a restore on a new computer, a first big import) the time
        # index is built once at the end, by sorting, instead of row by row. So is the
        # message-id index when foreign keys are off (Library.fill_if_empty): attachments
        # refer to it, so with them on it must stay; then ids are not merged while loading,
        # and a repeated one is dropped at the end. Libraries whose id is the table's
        # PRIMARY KEY keep it in any case.
        fk_on = self._db.execute("PRAGMA foreign_keys").fetchone()[0]
        indexes = [] if self._db.execute("SELECT 1 FROM messages LIMIT 1").fetchone() else [
            (n, sql) for n, sql in self._db.execute(
                "SELECT name, sql FROM sqlite_master WHERE type='index'"
                " AND tbl_name='messages' AND sql IS NOT NULL")
            if n != "messages_id" or not fk_on]
        self.repeated_ids = 0
        self._bulk_touched = set()
        self._db.execute("CREATE TEMP TABLE IF NOT EXISTS bulk_touched (chat_id TEXT PRIMARY KEY)")
        for name, _sql in triggers:
            self._db.execute(f'DROP TRIGGER "{name}"')
        for name, _sql in indexes:
            self._db.execute(f'DROP INDEX "{name}"')
        self._bulk = True
        try:
            yield
        except BaseException:
            self._bulk = False
            # Normally the transaction rolls back and brings everything back; put it back
            # here too in case a caller goes on, unless SQLite rolled back already.
            if self._db.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    for _name, sql in triggers + indexes:
                        self._db.execute(sql)
            raise
        self._bulk = False
        # Building an index sorts every row; SQLite's sorter may use helper threads for
        # that (none by default). A 1 GiB restore: 0.26 s faster on average, 7 of 8 pairs.
        self._db.execute(f"PRAGMA threads={_SORT_THREADS}")
        try:
            for name, sql in indexes:  # before the foreign-key check, which needs messages_id
                if name == "messages_id":
                    self._rebuild_id_index(sql)
                else:
                    self._db.execute(sql)
            if not fk_on:
                self._check_foreign_keys()
            for _name, sql in triggers:
                self._db.execute(sql)
        finally:
            self._db.execute("PRAGMA threads=0")
        self._db.executemany("INSERT OR IGNORE INTO temp.bulk_touched VALUES (?)",
                             [(c,) for c in sorted(self._bulk_touched)])
        self._bulk_touched = set()
        self._db.execute(_SUMMARIES.format(where="id IN (SELECT chat_id FROM temp.bulk_touched)"))
        self._db.execute("DELETE FROM temp.bulk_touched")

    def _rebuild_id_index(self, sql: str) -> None:
        """Build the unique message-id index after a load without it; keep the first row of
        an id that came more than once (merging would have)."""
        try:
            self._db.execute(sql)
        except sqlite3.IntegrityError:
            self.repeated_ids = self._db.execute(
                "DELETE FROM messages WHERE rowid NOT IN (SELECT min(rowid) FROM messages GROUP BY id)"
            ).rowcount
            self._db.execute(sql)

    def _check_foreign_keys(self) -> None:
        """What SQLite checks per row with foreign keys on, once for the whole load."""
        for table in ("messages", "media", "participants"):
            if self._db.execute(f"PRAGMA foreign_key_check({table})").fetchone():
                # translators: %1: the name of a table of the library's database (messages, media
                # or participants), as written
                raise BackupError(f"Some {table} rows being added refer to rows that do not exist.")

    def clear_chat(self, chat_id: str) -> None:
        """Delete every message (and media row) of a chat, keeping the chat itself."""
        if self._bulk:
            self._touched([chat_id])
        self._db.execute("DELETE FROM message_blocks WHERE chat_id=?", (chat_id,))
        self._db.execute("DELETE FROM media WHERE chat_id=?", (chat_id,))
        self._db.execute("DELETE FROM messages WHERE chat_id=?", (chat_id,))
        self._db.execute("UPDATE chats SET last_ms=NULL, message_count=0, media_count=0,"
                         " media_bytes=0, video_bytes=0 WHERE id=?", (chat_id,))

    @property
    def active(self) -> bool:
        """Whether this writer's transaction is still open: SQLite rolls one back by itself
        on some errors (a full disk: SQLITE_FULL), and then nothing written in it is kept."""
        return self._db.in_transaction

    def set_meta(self, key: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))
