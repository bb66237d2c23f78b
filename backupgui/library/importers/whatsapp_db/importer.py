"""Open a phone backup, preview it, and import it into the library.

``open_phone_backup`` decrypts (Android) or locates (iPhone) the message database in a
private work folder and returns a ``PhoneBackup``: ``preview()`` lists its chats,
``import_into(library)`` writes them in one transaction, and ``close()`` removes the work
folder. Ids are stable, so importing a newer backup adds only what is new:

* chat ``wa-`` + hash of the chat's jid; message ``wp-<chat tag>-<WhatsApp message key>``
  (the key is the same on Android and iPhone); person ``wa-u-`` + hash of the jid, and
  ``wa-u-me`` for the phone's owner;
* a chat already in the library from an "Export chat" text file of the same conversation
  (same name) receives the backup's messages instead, without the ones it already has
  (``merge.py``).
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import os
import re
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from ....errors import BackupError, NotFoundError
from ....jobs import Progress, ProgressFn
from ...model import Chat, Participant
from ...store import SCHEMA_VERSION, Library
from ..common import ChatPreview, ImportPreview, ImportResult, nfc, stable_id
from . import crypt
from .errors import PhoneBackupFormatError, WhatsAppKeyFormError
from .hostile import HostileDatabaseError, open_database, translate
from .keyfile import WhatsAppKey
from .media import MediaFolder
from .merge import TextChatIndex
from .model import Attachment, ChatCount, ChatInfo, Rec, number_of
from .workdir import WorkDir

if TYPE_CHECKING:
    from ....jobs import CancelToken

# Schema 4 libraries keep an attachment whose file is missing as a media row without a
# file (sha256 ''), and order same-time messages by a per-chat sequence.
_MISSING_ROWS = SCHEMA_VERSION >= 4
_BATCH = 2000
_PROBE = 64
_KEY = re.compile(r"[0-9A-Za-z_.:\-]{1,64}")
ME = "wa-u-me"


@dataclass(frozen=True)
class PhoneBackupRequest:
    """What to import: a backup file or iPhone backup folder, and what opens and completes it."""

    path: Path
    key: WhatsAppKey | None = None
    media_dir: Path | None = None
    contacts: Path | None = None
    iphone_password: str | None = field(default=None, repr=False)


class Reader(Protocol):
    format: str
    skipped: Counter[str]

    def counts(self) -> list[ChatCount]: ...
    def chats(self) -> Iterator[tuple[ChatInfo, Iterator[Rec]]]: ...
    def media_paths(self) -> Iterator[tuple[str | None, str]]: ...


class MediaSource(Protocol):
    def find(self, path: str | None, filename: str = "") -> Path | None: ...


def detect(path: Path) -> str:
    """'android' (a .crypt15/14/12 file, or a decrypted msgstore.db) or 'iphone' (a
    Finder/iTunes backup folder), told by content."""
    if path.is_dir():
        from .iphone import find_backup_folder

        if find_backup_folder(path) is not None:
            return "iphone"
        raise PhoneBackupFormatError(f"{path.name} is a folder but not an iPhone backup "
                                     "(it has no Manifest.db).")
    try:
        with open(path, "rb") as fh:
            head = fh.read(2 + 255)
    except FileNotFoundError:
        raise NotFoundError(f"{path} does not exist.") from None
    except OSError as exc:
        raise PhoneBackupFormatError(f"Cannot read {path.name}: {exc.strerror}.") from None
    if head.startswith(crypt.SQLITE_MAGIC):
        return "android"  # a database decrypted already: read as it is
    if crypt.sniff(head) is not None:
        return "android"
    raise PhoneBackupFormatError(f"{path.name} is neither a WhatsApp backup file (.crypt15, "
                                 ".crypt14, .crypt12) nor an iPhone backup folder.")


def needs_key(path: Path) -> bool:
    """Whether the file at ``path`` is an encrypted Android backup."""
    try:
        with open(path, "rb") as fh:
            return crypt.sniff(fh.read(2 + 255)) is not None
    except OSError:
        return False


def _phase(progress: ProgressFn | None, phase: str, unit: str = "bytes"):
    if progress is None:
        return None
    return lambda done, total: progress(Progress(phase, done, total, unit=unit))


class PhoneBackup:
    """An opened phone backup (its database decrypted into a private work folder)."""

    def __init__(self, reader: Reader, media: MediaSource, work: WorkDir,
                 closers: list[Any]) -> None:
        self.reader = reader
        self.media = media
        self._work = work
        self._closers = closers

    @property
    def format(self) -> str:
        return self.reader.format

    def close(self) -> None:
        for c in self._closers:
            with contextlib.suppress(Exception):
                c.close()
        self._closers = []
        self._work.close()

    def __enter__(self) -> PhoneBackup:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def preview(self, cancel: CancelToken | None = None) -> ImportPreview:
        """The chats with their counts and dates, and how many media files are found."""
        counts = self.reader.counts()
        found = missing = 0
        exists = getattr(self.media, "exists", None) or (
            lambda p, n: self.media.find(p, n) is not None)
        for i, (path, name) in enumerate(self.reader.media_paths()):
            if cancel is not None and i % 512 == 0:
                cancel.checkpoint()
            if exists(path, name):
                found += 1
            else:
                missing += 1
        chats = []
        for c in sorted(counts, key=lambda c: -(c.last_ms or 0)):
            people = tuple(self.reader_names(c))
            chats.append(ChatPreview(c.name, c.kind, people, c.messages, c.first_ms, c.last_ms,
                                     0, 0))
        # The media counts are for the whole backup: given once, on the first chat.
        if chats:
            first = chats[0]
            chats[0] = ChatPreview(first.name, first.kind, first.participants,
                                   first.message_count, first.first_ms, first.last_ms,
                                   found, missing)
        return ImportPreview(self.format, tuple(chats), (), _skipped(self.reader.skipped))

    def reader_names(self, c: ChatCount) -> list[str]:
        name = getattr(self.reader, "name", None)
        if c.kind == "direct":
            return [c.name]
        return [name(j) if name else j for j in c.members[:200]]

    def import_into(self, library: Library, progress: ProgressFn | None = None,
                    cancel: CancelToken | None = None) -> ImportResult:
        """Import every chat in one transaction; on any failure or cancel the library is
        left as it was (media files this import added are removed again)."""
        total = sum(c.messages for c in self.reader.counts())
        sink = _Sink(library, self.media, _phase(progress, "Importing", "messages"), total,
                     cancel, getattr(self.reader, "name", None))
        db = library._db
        old_cache = db.execute("PRAGMA cache_size").fetchone()[0]
        db.execute("PRAGMA cache_size=-65536")
        try:
            with library.transaction() as writer, writer.bulk():
                sink.writer = writer
                for info, recs in self.reader.chats():
                    sink.chat(info, recs)
                sink.finish()
        except BaseException:
            sink.remove_new_files()
            raise
        finally:
            db.execute(f"PRAGMA cache_size={int(old_cache)}")
        return sink.result(self.reader.skipped)


def _skipped(counter: Counter[str]) -> tuple[tuple[str, str], ...]:
    return tuple((f"{n} item{'s' if n != 1 else ''}", reason) for reason, n in counter.items())


def open_phone_backup(req: PhoneBackupRequest, progress: ProgressFn | None = None,
                      cancel: CancelToken | None = None) -> PhoneBackup:
    """Open the backup ``req.path``: decrypt it into a private work folder (Android) or
    find WhatsApp's database in it (iPhone). Raises the importer's typed errors."""
    path = Path(req.path)
    kind = detect(path)
    work = WorkDir()
    closers: list[Any] = []
    try:
        if kind == "iphone":
            from .iphone import open_iphone_backup

            reader, media = open_iphone_backup(path, work, req, progress, cancel, closers)
        else:
            reader, media = _open_android(path, work, req, progress, cancel, closers)
        return PhoneBackup(reader, media, work, closers)
    except BaseException:
        for c in closers:
            with contextlib.suppress(Exception):
                c.close()
        work.close()
        raise


def _decrypted(path: Path, work: WorkDir, name: str, key: WhatsAppKey | None,
               progress: ProgressFn | None, cancel: CancelToken | None) -> Path:
    """``path`` itself if it is a plain database, else its decryption in ``work``."""
    with open(path, "rb") as fh:
        head = fh.read(2 + 255)
    if head.startswith(crypt.SQLITE_MAGIC):
        return path
    if key is None:
        raise WhatsAppKeyFormError(
            f"{path.name} is encrypted: give the 64-digit key (or the key file) that opens it.")
    dst = work.file(name)
    crypt.decrypt_database(path, key, dst, progress=_phase(progress, "Decrypting"),
                           cancel=cancel)
    return dst


def _open_android(path: Path, work: WorkDir, req: PhoneBackupRequest,
                  progress: ProgressFn | None, cancel: CancelToken | None,
                  closers: list[Any]) -> tuple[Reader, MediaSource]:
    from .android import AndroidReader
    from .contacts import is_contacts_db, read_contacts

    db_path = _decrypted(path, work, "msgstore.db", req.key, progress, cancel)
    contacts: dict[str, str] = {}
    if req.contacts is not None:
        cpath = _decrypted(Path(req.contacts), work, "wa.db", req.key, progress, cancel)
        ccon = open_database(cpath)
        try:
            if not is_contacts_db(ccon):
                raise HostileDatabaseError(f"{Path(req.contacts).name} is not WhatsApp's contact "
                                           "database (wa.db).")
            contacts = read_contacts(ccon, Path(req.contacts).name)
        finally:
            ccon.close()
    con = open_database(db_path, progress=cancel.checkpoint if cancel is not None else None)
    closers.append(con)
    return AndroidReader(con, contacts), MediaFolder(req.media_dir)


def preview_phone_backup(req: PhoneBackupRequest, progress: ProgressFn | None = None,
                         cancel: CancelToken | None = None) -> ImportPreview:
    with open_phone_backup(req, progress, cancel) as backup:
        return backup.preview(cancel)


def import_phone_backup(library: Library, req: PhoneBackupRequest,
                        progress: ProgressFn | None = None,
                        cancel: CancelToken | None = None) -> ImportResult:
    """Open, import and close: the whole job, for the CLI."""
    with open_phone_backup(req, progress, cancel) as backup:
        return backup.import_into(library, progress, cancel)


# -- writing ------------------------------------------------------------------------------
def chat_tag(jid: str) -> str:
    return hashlib.sha256(f"whatsapp-jid\x1f{jid}".encode()).hexdigest()[:12]


def message_id(tag: str, key: str) -> str:
    """The library id of the message with WhatsApp key ``key`` in the chat tagged ``tag``."""
    if _KEY.fullmatch(key):
        return f"wp-{tag}-{key}"
    return f"wp-{tag}-~{hashlib.sha256(key.encode('utf-8', 'replace')).hexdigest()[:32]}"


def chat_id_of(jid: str) -> str:
    return stable_id("wa-", "whatsapp-jid", jid)


def person_id(jid: str) -> str:
    return "wa-u-" + hashlib.sha256(f"whatsapp-jid\x1f{jid}".encode()).hexdigest()[:16]


class _Sink:
    """Writes chats into the open transaction."""

    def __init__(self, lib: Library, media: MediaSource, progress: Any, total: int,
                 cancel: CancelToken | None, name_of: Any = None) -> None:
        self.lib = lib
        self.name_of = name_of or number_of
        self.db = lib._db  # a few reads inside the transaction (as LibrarySink does)
        self.media = media
        self.writer: Any = None
        self.cancel = cancel
        self.progress = progress
        self.total = total
        self.done = 0
        self.added = self.present = self.media_added = self.media_missing = 0
        self.new_files: list[str] = []
        self.chat_ids: list[str] = []
        self.merged = 0
        self._stored: dict[Path, tuple[str, int]] = {}
        self._empty = not self.db.execute(
            "SELECT 1 FROM messages UNION ALL SELECT 1 FROM message_blocks LIMIT 1").fetchone()

    def checkpoint(self) -> None:
        if self.cancel is not None:
            self.cancel.checkpoint()

    # -- which chat ------------------------------------------------------------------------
    def _target(self, info: ChatInfo, first: list[Rec], tag: str) -> tuple[str, bool]:
        """(library chat id, whether it holds an export's messages to merge with)."""
        own = chat_id_of(info.jid)
        if self._empty:
            return own, False
        if self.db.execute("SELECT 1 FROM chats WHERE id=?", (own,)).fetchone():
            return own, False
        ids = [message_id(tag, r[0]) for r in first]
        if ids:
            row = self.db.execute(
                f"SELECT chat_id FROM messages WHERE id IN ({','.join('?' * len(ids))})"
                " GROUP BY chat_id ORDER BY count(*) DESC LIMIT 1", ids).fetchone()
            if row is not None:
                return row[0], self._has_export_messages(row[0])
        text_id = stable_id("wa-", "whatsapp-chat", nfc(info.name))
        row = self.db.execute("SELECT source FROM chats WHERE id=?", (text_id,)).fetchone()
        if row is not None and row[0] == "whatsapp":
            return text_id, True
        return own, False

    def _has_export_messages(self, chat_id: str) -> bool:
        self.writer.unblock({chat_id})
        return bool(self.db.execute(
            "SELECT 1 FROM messages WHERE chat_id=? AND id NOT LIKE 'wp-%' LIMIT 1",
            (chat_id,)).fetchone())

    def _export_index(self, chat_id: str) -> TextChatIndex:
        self.writer.unblock({chat_id})
        chat = self.lib.chat(chat_id)
        rows = self.db.execute(
            "SELECT id, ts_ms, sender, kind, text, reply_to FROM messages"
            " WHERE chat_id=? AND id NOT LIKE 'wp-%'", (chat_id,))
        with_media = {r[0] for r in self.db.execute(
            "SELECT message_id FROM media WHERE chat_id=?"
            + (" AND sha256 != ''" if _MISSING_ROWS else ""), (chat_id,))}
        me = next((p.person_id for p in chat.participants if p.is_me), None)
        return TextChatIndex(rows, {p.person_id: p.name for p in chat.participants}, me,
                             with_media)

    # -- one chat --------------------------------------------------------------------------
    def chat(self, info: ChatInfo, recs: Iterator[Rec]) -> None:
        self.checkpoint()
        tag = chat_tag(info.jid)
        first = list(itertools.islice(recs, _PROBE))
        chat_id, merging = self._target(info, first, tag)
        recs = itertools.chain(first, recs)
        people: dict[str, str] = {ME: "You"}
        pids: dict[str, str] = {}

        def pid_of(jid: str) -> str:
            pid = pids.get(jid)
            if pid is None:
                pid = pids[jid] = person_id(jid)
                people[pid] = info.names.get(jid) or self.name_of(jid)
            return pid

        for j in info.members:
            pid_of(j)
        if info.kind == "direct":
            pid_of(info.jid)
        index = self._export_index(chat_id) if merging else None
        if index is not None:
            self.merged += 1
            if index.me is not None:
                index.senders[ME] = index.me
            index.learn_names(people)
        self.chat_ids.append(chat_id)
        self.writer.upsert_chat(self._chat(chat_id, info, people, index))
        self.writer.unblock({chat_id})
        matched: dict[str, str] = {}  # backup message id -> the export message it is
        rows: list[tuple] = []
        last_ts, seq = -1, 0
        for key, ts, from_me, sender, kind, text, quoted, atts in recs:
            mid = message_id(tag, key)
            if kind == "system":
                spid = None
            elif from_me:
                spid = ME
            elif sender is not None:
                spid = pid_of(sender)
            else:
                spid = None
            reply = message_id(tag, quoted) if quoted is not None else None
            if reply is not None and matched:
                reply = matched.get(reply, reply)
            if index is not None:
                other = index.match(ts, spid, kind, text) if (spid or kind == "system") else None
                if other is not None:
                    matched[mid] = other
                    self.present += 1
                    self._count(1)
                    if atts and other not in index.with_media:
                        self._attach(chat_id, other, atts)
                        index.with_media.add(other)
                    continue
                if spid is not None:
                    spid = index.senders.get(spid, spid)
            if ts == last_ts:
                seq += 1
            else:
                last_ts, seq = ts, 0
            row = (mid, chat_id, ts, spid, kind, text, reply, seq) if _MISSING_ROWS else \
                (mid, chat_id, ts, spid, kind, text, reply)
            if atts:
                self._flush(rows)
                self._media_message(chat_id, row, atts)
                continue
            rows.append(row)
            if len(rows) >= _BATCH:
                self._flush(rows)
        self._flush(rows)
        # Senders first met in messages join the participants.
        self.writer.upsert_chat(self._chat(chat_id, info, people, index))

    def _chat(self, chat_id: str, info: ChatInfo, people: dict[str, str],
              index: TextChatIndex | None) -> Chat:
        parts = []
        for pid, name in people.items():
            if index is not None and pid in index.senders:
                continue  # the export's participant stands for them
            parts.append(Participant(pid, name, pid == ME))
        return Chat(chat_id, info.name, info.kind, "whatsapp", info.created_ms, tuple(parts))

    def _count(self, n: int) -> None:
        before = self.done
        self.done += n
        if self.progress is not None and self.done // _BATCH != before // _BATCH:
            self.progress(self.done, self.total)
        if self.done // 512 != before // 512:
            self.checkpoint()

    def _flush(self, rows: list[tuple]) -> None:
        if not rows:
            return
        n = self.writer.add_message_rows(rows, [])
        self.added += n
        self.present += len(rows) - n
        self._count(len(rows))
        rows.clear()

    # -- media -----------------------------------------------------------------------------
    def _media_message(self, chat_id: str, row: tuple, atts: tuple[Attachment, ...]) -> None:
        mid = row[0]
        have = self.db.execute(
            "SELECT 1, (SELECT count(*) FROM media WHERE message_id = ?1"
            + (" AND sha256 != ''" if _MISSING_ROWS else "") + ") FROM messages WHERE id = ?1",
            (mid,)).fetchone()
        if have is not None and have[1] >= len(atts):
            self.present += 1
            self._count(1)
            return
        media = self._media_rows(chat_id, mid, atts)
        n = self.writer.add_message_rows([row], media)
        if n == 0 and media:
            self._fill_missing(mid, media)
        self.added += n
        self.present += 1 - n
        self._count(1)

    def _attach(self, chat_id: str, mid: str, atts: tuple[Attachment, ...]) -> None:
        """Files of the backup for an export message that has none."""
        media = [m for m in self._media_rows(chat_id, mid, atts) if m[7]]
        if media:
            self.writer.add_message_rows([], media)
            self._fill_missing(mid, media)

    def _fill_missing(self, mid: str, media: list[tuple]) -> None:
        """An attachment kept as missing before (by an export or an earlier import without
        the media folder) gets the file found now."""
        if not _MISSING_ROWS:
            return
        for _mid, seq, _chat, kind, mime, name, size, sha in media:
            if sha:
                self.db.execute(
                    "UPDATE media SET sha256=?, size=?, kind=?, mime=?, filename=?"
                    " WHERE message_id=? AND seq=? AND sha256=''",
                    (sha, size, kind, mime, name, mid, seq))

    def _media_rows(self, chat_id: str, mid: str, atts: tuple[Attachment, ...]) -> list[tuple]:
        rows = []
        for seq, att in enumerate(atts):
            stored = self._store(att)
            if stored is None:
                self.media_missing += 1
                if _MISSING_ROWS:
                    rows.append((mid, seq, chat_id, att.kind, att.mime, att.filename, 0, ""))
                continue
            sha, size = stored
            self.media_added += 1
            rows.append((mid, seq, chat_id, att.kind, att.mime, att.filename, size, sha))
        return rows

    def _store(self, att: Attachment) -> tuple[str, int] | None:
        """Store an attachment's bytes in the media store: (sha256, size), or None when
        its file is not on this computer."""
        self.checkpoint()
        if att.data is not None:
            sha = hashlib.sha256(att.data).hexdigest()
            existed = self.lib.has_media(sha)
            sha, size = self.lib.add_media_bytes(att.data)
            if not existed:
                self.new_files.append(sha)
            return sha, size
        src = self.media.find(att.path, att.filename)
        if src is None:
            return None
        known = self._stored.get(src)
        if known is not None:
            return known
        fd, tmp = tempfile.mkstemp(dir=self.lib.root, prefix=".import-")
        try:
            h = hashlib.sha256()
            with os.fdopen(fd, "wb") as out, open(src, "rb") as fh:
                while chunk := fh.read(1 << 20):
                    h.update(chunk)
                    out.write(chunk)
            sha = h.hexdigest()
            existed = self.lib.has_media(sha)
            sha, size = self.lib.add_media_file(tmp, move=True)
        except OSError as exc:
            if getattr(exc, "errno", None) == 28:
                raise
            return None  # unreadable: kept as "not on this computer"
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            release = getattr(self.media, "release", None)
            if release is not None:
                release(src)
        if not existed:
            self.new_files.append(sha)
        if len(self._stored) < 100_000:
            self._stored[src] = (sha, size)
        return sha, size

    # -- end -------------------------------------------------------------------------------
    def finish(self) -> None:
        if self.progress is not None:
            self.progress(self.total, self.total)

    def remove_new_files(self) -> None:
        for sha in self.new_files:
            try:
                row = self.db.execute("SELECT 1 FROM media WHERE sha256 = ? LIMIT 1",
                                      (sha,)).fetchone()
            except Exception:  # noqa: BLE001 - the database may be unusable now
                row = None
            if row is None:
                with contextlib.suppress(OSError):
                    self.lib.media_path(sha).unlink()

    def result(self, skipped: Counter[str]) -> ImportResult:
        warnings = ()
        if self.merged:
            warnings = (f"{self.merged} chat(s) merged with chats imported from exports.",)
        return ImportResult(len(self.chat_ids), self.added, self.present, self.media_added,
                            self.media_missing, _skipped(skipped), warnings,
                            tuple(dict.fromkeys(self.chat_ids)))


def translate_errors(name: str):
    """Reading errors of the phone database as typed errors (re-exported for callers)."""
    return translate(name)


__all__ = ["BackupError", "PhoneBackup", "PhoneBackupRequest", "detect", "import_phone_backup",
           "open_phone_backup", "preview_phone_backup"]
