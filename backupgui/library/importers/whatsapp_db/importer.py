"""Open a phone backup, preview it, and import it into the library.

``open_phone_backup`` decrypts (Android) or locates (iPhone) the message database in a
private work folder and returns a ``PhoneBackup``: ``preview()`` lists its chats,
``import_into(library)`` writes them in one transaction, and ``close()`` removes the work
folder. Ids are stable, so importing a newer backup adds only what is new:

* chat ``wa-`` + hash of the chat's jid; message ``wp-<chat tag>-<WhatsApp message key>``
  (the key is the same on Android and iPhone); person ``wa-u-`` + hash of the jid, and
  ``wa-u-me`` for the phone's owner;
* a chat already in the library from an "Export chat" text file of the same conversation
  (same name) receives the backup's messages instead, without the ones it already has, and
  so does the backup's own chat when an export was merged into it (``merge.py``).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from .... import oswords
from ....errors import BackupError, NotFoundError
from ....jobs import Progress, ProgressFn
from ....process.memory import release_free_memory
from ...model import SELF_ACTOR, Chat, Participant
from ...store import SCHEMA_VERSION, Library
from ..common import (
    ChatPreview,
    ImportPreview,
    ImportResult,
    derived_id,
    same_message,
    stable_id,
)
from ..merge import ChatNames, MergeLog, TextChatIndex, fix_senders, name_key
from . import crypt
from .errors import KEY_DIGITS, PhoneBackupFormatError, WhatsAppKeyFormError
from .hostile import HostileDatabaseError, open_database, translate
from .keyfile import WhatsAppKey
from .media import MediaFolder
from .model import Attachment, ChatCount, ChatInfo, Rec, number_of
from .workdir import WorkDir

if TYPE_CHECKING:
    from ....jobs import CancelToken

# The library keeps an attachment whose file is missing as a media row without a file
# (sha256 '': "not on this computer"), and orders same-time messages by a per-chat sequence.
assert SCHEMA_VERSION >= 4
_BATCH = 2000
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
    def messages(self) -> Iterator[tuple[ChatInfo, Rec]]: ...
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
        oswords.logged(path.name, exc)
        raise PhoneBackupFormatError(f"Cannot read {path.name}: {oswords.problem(exc)}.") from None
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

    def set_media_dir(self, media_dir: Path | None) -> None:
        """Look for media files in another folder (no need to decrypt again)."""
        folder = MediaFolder(media_dir)
        if hasattr(self.media, "folder"):
            self.media.folder = folder  # type: ignore[attr-defined]  # iPhone: backup first
        else:
            self.media = folder

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
        counts = self.reader.counts()
        total = sum(c.messages for c in counts)
        sink = _Sink(library, self.media, _phase(progress, "Importing", "messages"), total,
                     cancel, getattr(self.reader, "name", None))
        sink.name_counts = Counter(name_key(c.name) for c in counts)
        db = library._db
        old_cache = db.execute("PRAGMA cache_size").fetchone()[0]
        db.execute("PRAGMA cache_size=-65536")
        try:
            # Into an empty library: foreign keys checked once at the end, the id index
            # built by sorting (as a restore does; Library.fill_if_empty).
            with library.fill_if_empty(), library.transaction("phone") as writer, writer.bulk():
                sink.writer = writer
                sink.run(self.reader.messages())
                sink.finish()
                # Leaving bulk() may rebuild the time index of an empty library by sorting,
                # which takes as much memory again as the page cache allows: keep that small
                # and hand the pages it held back to the system first.
                db.execute("PRAGMA cache_size=-16384")
                release_free_memory()
        except BaseException:
            sink.remove_new_files()
            raise
        finally:
            db.execute(f"PRAGMA cache_size={int(old_cache)}")
        # Filling an empty library, bulk() keeps the first of messages that came twice (the
        # same key in a chat) when it builds the id index at the end.
        repeated = getattr(sink.writer, "repeated_ids", 0)
        sink.added -= repeated
        sink.present += repeated
        return sink.result(self.reader.skipped)


class _Notes(list[str]):
    """An import's warnings; the sentences given to ``warn`` are extracted for translation
    (``i18n/extract.py``), so the GUI shows them in the user's language."""

    def warn(self, text: str) -> None:
        self.append(text)


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
            f"{path.name} is encrypted: give the {KEY_DIGITS}-digit key (or the key file) that "
            "opens it.")
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
    stop = cancel.checkpoint if cancel is not None else None
    if req.contacts is not None:
        cpath = _decrypted(Path(req.contacts), work, "wa.db", req.key, progress, cancel)
        ccon = open_database(cpath, progress=stop)
        try:
            if not is_contacts_db(ccon):
                raise HostileDatabaseError(f"{Path(req.contacts).name} is not WhatsApp's contact "
                                           "database (wa.db).")
            contacts = read_contacts(ccon, Path(req.contacts).name)
        finally:
            ccon.close()
    con = open_database(db_path, progress=stop)
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
    """The library id of the message with WhatsApp key ``key`` in the chat tagged ``tag``:
    the key itself when it is plain (letters and digits, as WhatsApp makes them), else its
    hash."""
    if len(key) <= 64 and key.isascii() and key.isalnum():
        return f"wp-{tag}-{key}"
    return f"wp-{tag}-~{hashlib.sha256(key.encode('utf-8', 'replace')).hexdigest()[:32]}"


def chat_id_of(jid: str) -> str:
    return stable_id("wa-", "whatsapp-jid", jid)


def person_id(jid: str) -> str:
    return "wa-u-" + hashlib.sha256(f"whatsapp-jid\x1f{jid}".encode()).hexdigest()[:16]


_MAYBE_MAX = 200_000  # ids held as "perhaps met before" until they are settled


def _bloom_size(expected: int) -> int:
    """Bits of the filter of ids met while loading an empty library (see ``_Sink.run``):
    16 an expected message, at least 2**20 and at most 2**27 (16 MiB)."""
    size = 1 << 20
    while size < expected * 16 and size < 1 << 27:
        size <<= 1
    return size


class _Chat:
    """What the importer keeps about one chat while its messages stream in."""

    __slots__ = ("id", "tag", "info", "people", "pids", "index", "matched", "last_ts", "seq",
                 "base", "pos", "known")

    def __init__(self, chat_id: str, tag: str, info: ChatInfo) -> None:
        self.id = chat_id
        self.tag = tag
        self.info = info
        self.people: dict[str, str] = {ME: SELF_ACTOR}  # person id -> name ("You")
        self.pids: dict[str, str] = {}  # jid -> person id
        self.index: TextChatIndex | None = None  # the export's messages to merge with
        self.matched: dict[str, str] = {}  # backup message id -> the export's message id
        self.last_ts = -1
        self.seq = 0
        self.base = 0  # merging: the seq of the chat's first added message (merge_base)
        self.pos = 0  # merging: this chat's messages so far in the backup
        self.known: dict[str, str] = {}  # the chat's persons' names in the library


class _Sink:
    """Writes the message stream into the open transaction."""

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
        self.differ = 0  # added beside another message the library held under the id
        self.new_files: list[str] = []
        self.chats: dict[str, _Chat] = {}
        self.merged = 0
        self._stored: dict[Path, tuple[str, int]] = {}
        self._rows: list[tuple] = []
        self._media: list[tuple] = []
        self._maybe: dict[tuple[str, int], str] = {}  # (id, time) perhaps met before -> chat
        self._later: list[tuple] = []  # their attachment rows, written once settled
        self._empty = not self.db.execute(
            "SELECT 1 FROM messages UNION ALL SELECT 1 FROM message_blocks LIMIT 1").fetchone()
        self._log: MergeLog | None = None  # what merging chats received (merge.py)
        self._names: ChatNames | None = None  # the library's WhatsApp chats by name
        self.name_counts: Counter[str] = Counter()  # this backup's chats by name_key

    def checkpoint(self) -> None:
        if self.cancel is not None:
            self.cancel.checkpoint()

    # -- which chat ------------------------------------------------------------------------
    def _target(self, info: ChatInfo, first: Rec, tag: str) -> tuple[str, bool]:
        """(library chat id, whether it holds an export's messages to merge with)."""
        own = chat_id_of(info.jid)
        if self._empty:
            return own, False
        if self.db.execute("SELECT 1 FROM chats WHERE id=?", (own,)).fetchone():
            # An export imported after the backup went into this chat: merge with it again.
            return own, self._has_export_messages(own)
        # Its messages imported before into another chat (a merge, then the contact was
        # renamed): that chat.
        row = self.db.execute("SELECT chat_id FROM messages WHERE id=?",
                              (message_id(tag, first[0]),)).fetchone()
        if row is not None:
            return row[0], self._has_export_messages(row[0])
        # The chat an export of it made, by name: one that holds an export's messages,
        # unless this backup has several chats of that name (groups often share one).
        if self.name_counts.get(name_key(info.name), 0) > 1:
            return own, False
        if self._names is None:
            self._names = ChatNames(self.db)
        found = [c for c in self._names.get(info.name)
                 if c != own and self._has_export_messages(c)]
        if len(found) == 1:
            return found[0], True
        return own, False

    def _has_export_messages(self, chat_id: str) -> bool:
        self.writer.unblock({chat_id})
        # (ids only: the chat's time index holds them, no row is read)
        return bool(self.db.execute(
            "SELECT 1 FROM messages WHERE chat_id=? AND (id < 'wp-' OR id >= 'wp.') LIMIT 1",
            (chat_id,)).fetchone())

    def _export_index(self, chat_id: str) -> TextChatIndex:
        chat = self.lib.chat(chat_id)
        rows = self.db.execute(
            "SELECT id, ts_ms, sender, kind, text FROM messages"
            " WHERE chat_id=? AND (id < 'wp-' OR id >= 'wp.')", (chat_id,))
        with_media = {r[0] for r in self.db.execute(
            "SELECT message_id FROM media WHERE chat_id=? AND sha256 != ''", (chat_id,))}
        me = next((p.person_id for p in chat.participants if p.is_me), None)
        return TextChatIndex(rows, {p.person_id: p.name for p in chat.participants}, me,
                             with_media)

    def _begin(self, info: ChatInfo, first: Rec) -> _Chat:
        self.checkpoint()
        tag = chat_tag(info.jid)
        chat_id, merging = self._target(info, first, tag)
        if not self._empty and info.name == number_of(info.jid):
            # No contact name this time: the chat keeps the name it has (a contact file
            # given before, an export's), so that a later export still finds it.
            row = self.db.execute("SELECT name FROM chats WHERE id=?", (chat_id,)).fetchone()
            if row is not None:
                info.name = row[0]
        st = _Chat(chat_id, tag, info)
        if not self._empty:
            st.known = dict(self.db.execute(
                "SELECT person_id, name FROM participants WHERE chat_id=?", (chat_id,)))
        for j in info.members:
            self._pid(st, j)
        if info.kind == "direct":
            self._pid(st, info.jid)
        self.writer.unblock({chat_id})
        if merging:
            st.index = self._export_index(chat_id)
            st.base = self.writer.merge_base(chat_id)
            if self._log is None:
                self._log = MergeLog(self.db)
            self.merged += 1
            if st.index.me is not None:
                st.index.learn(ME, st.index.me)
            st.index.learn_names(st.people)
        self.writer.upsert_chat(self._chat(st))
        self.chats[info.jid] = st
        return st

    def _pid(self, st: _Chat, jid: str) -> str:
        pid = st.pids.get(jid)
        if pid is None:
            pid = st.pids[jid] = person_id(jid)
            name = st.info.names.get(jid) or self.name_of(jid)
            if name == number_of(jid) and pid in st.known:
                name = st.known[pid]  # (as the chat's name: a name is not lost to a number)
            st.people[pid] = name
        return pid

    def _chat(self, st: _Chat) -> Chat:
        parts = []
        for pid, name in st.people.items():
            if st.index is not None and st.index.senders.get(pid, pid) != pid:
                continue  # the export's participant stands for them
            parts.append(Participant(pid, name, pid == ME))
        info = st.info
        return Chat(st.id, info.name, info.kind, "whatsapp", info.created_ms, tuple(parts))

    # -- the stream ------------------------------------------------------------------------
    def run(self, stream: Iterator[tuple[ChatInfo, Rec]]) -> None:
        chats = self.chats
        rows = self._rows
        batch = _BATCH
        # Loading an empty library runs without the message-id index (bulk()): ids met
        # twice are found by a Bloom filter, settled after the last row (_settle_repeats).
        bits: bytearray | None = None
        mask = 0
        if self._empty and not self.db.execute(
                "SELECT 1 FROM sqlite_master WHERE type='index' AND name='messages_id'").fetchone():
            size = _bloom_size(self.total)
            bits, mask = bytearray(size >> 3), size - 1
        for info, rec in stream:
            st = chats.get(info.jid)
            if st is None:
                st = self._begin(info, rec)
            key, ts, from_me, sender, kind, text, quoted, atts = rec
            tag = st.tag
            mid = (f"wp-{tag}-{key}" if len(key) <= 64 and key.isascii() and key.isalnum()
                   else message_id(tag, key))
            if bits is not None:
                # Two bits of the id's hash: both set says "perhaps met before" (about one
                # id in 70 falsely: that only holds its attachment rows back to the end).
                h = hash(mid)
                i, j = h & mask, (h >> 32) & mask
                if bits[i >> 3] & (1 << (i & 7)) and bits[j >> 3] & (1 << (j & 7)):
                    if len(self._maybe) >= _MAYBE_MAX:  # (memory stays bounded)
                        self._flush()
                        self._settle_repeats()
                    self._maybe[(mid, ts)] = st.id
                else:
                    bits[i >> 3] |= 1 << (i & 7)
                    bits[j >> 3] |= 1 << (j & 7)
            if kind == "system":
                spid = None
            elif from_me:
                spid = ME
            elif sender is not None:
                spid = st.pids.get(sender) or self._pid(st, sender)
            else:
                spid = None
            reply = None
            if quoted is not None:
                reply = message_id(tag, quoted)
                if st.matched:
                    reply = st.matched.get(reply, reply)
            if st.index is not None:
                self._merge_one(st, mid, ts, spid, kind, text, reply, atts)
                continue
            if ts == st.last_ts:
                st.seq += 1
            else:
                st.last_ts, st.seq = ts, 0
            row = (mid, st.id, ts, spid, kind, text, reply, st.seq)
            if atts and not self._media_rows(st, mid, ts, atts, (spid, text)):
                self.present += 1  # there with its files already
                self._count(1)
                continue
            rows.append(row)
            if len(rows) >= batch:
                self._flush()
        self._flush()
        self._settle_repeats()
        for st in chats.values():
            if st.index is not None:
                # The added messages in the backup's order among the export's, and senders
                # learned on the way written as the export's persons.
                assert self._log is not None
                self._log.finish(self.writer, st.id, st.base, by_time=True)
                fix_senders(self.db, st.id, st.index.senders)
                self.writer._touched([st.id])
        for st in chats.values():  # senders first met in messages join the participants
            self.writer.upsert_chat(self._chat(st))

    def _merge_one(self, st: _Chat, mid: str, ts: int, spid: str | None, kind: str,
                   text: str, reply: str | None, atts: tuple[Attachment, ...] | None) -> None:
        """A message of a chat that holds an export's messages: there already (by id, or
        the export's copy: then its files are added to that), or added to be put in place
        by ``MergeLog.finish``."""
        index = st.index
        log = self._log
        assert index is not None and log is not None
        pos = st.pos
        st.pos += 1
        # (Merging moves a message's time to the export's minute, so here the id, the chat
        # and the text say "imported before"; an id two messages share is settled only
        # outside merges.)
        mid, had, fresh = self._merged_id(st, mid, spid, kind, text)
        if had is not None:  # imported before
            log.note(st.id, ts, pos, had[0], mid, False)
            if atts:
                self._media_rows(st, mid, None, atts)  # files found since
            self.present += 1
            self._count(1)
            return
        other = index.match(ts, spid, kind, text) if spid is not None or kind == "system" \
            else None
        if other is not None:
            oid, ots = other
            st.matched[mid] = oid
            log.note(st.id, ts, pos, ots, oid, False)
            self.present += 1
            self._count(1)
            if atts and oid not in index.with_media:
                media = [m for m in self._store_all(st, oid, atts) if m[7]]
                if media:  # (add_media gives them to rows kept without their file)
                    self._media.extend(media)
                    index.with_media.add(oid)
            return
        if spid is not None:
            spid = index.senders.get(spid, spid)
        if atts:
            self._media_rows(st, mid, None, atts)
        self.differ += fresh
        log.note(st.id, ts, pos, ts, mid, True)
        self._rows.append((mid, st.id, ts, spid, kind, text, reply, st.base + pos))
        if len(self._rows) >= _BATCH:
            self._flush()

    def _merged_id(self, st: _Chat, mid: str, spid: str | None, kind: str, text: str
                   ) -> tuple[str, tuple | None, bool]:
        """In a merge: (id, (time in the chat,) if it is there, whether the id is derived
        and free). The library's message under ``mid`` is this one if it is of this chat
        with this text and a sender on both or neither (merging moves times within a
        minute and writes senders as the export's persons); else the message takes a
        derived id (``common.differing_id``: SECURITY.md 2.13)."""
        row = self._message_row(mid)
        if row is None:
            return mid, None, False
        if same_message(row[1:], st.id, spid, kind, text, any_sender=True):
            return mid, row[:1], False
        cand, held, fresh = derived_id(
            mid, st.id, spid, text, self._message_row,
            lambda _id, r: same_message(r[1:], st.id, spid, kind, text, any_sender=True))
        return cand, None if held is None else held[:1], fresh

    def _count(self, n: int) -> None:
        before = self.done
        self.done += n
        if self.progress is not None and self.done // _BATCH != before // _BATCH:
            self.progress(self.done, self.total)
        if self.done // 512 != before // 512:
            self.checkpoint()

    def _flush(self) -> None:
        rows, media = self._rows, self._media
        if not rows and not media:
            return
        n = self.writer.add_message_rows(rows, [])
        renamed: dict[tuple[str, int], str] = {}
        if n < len(rows):
            renamed = self._collisions(rows)
        again = [(renamed[(r[0], r[2])],) + r[1:] for r in rows if (r[0], r[2]) in renamed]
        # A media row carries its message's time (9th value) so that it follows a renamed
        # message; rows without it (an export's message that gets the backup's file) stay.
        fixed = [((renamed.get((m[0], m[8]), m[0]),) + m[1:8]) if len(m) == 9 else m
                 for m in media]
        n += self.writer.add_message_rows(again, fixed)
        self.added += n
        self.present += len(rows) - n
        self._count(len(rows))
        rows.clear()
        media.clear()

    def _collisions(self, rows: list[tuple]) -> dict[tuple[str, int], str]:
        """Messages of this batch whose id the library holds for another message: (id, time)
        -> the id it gets. WhatsApp's keys are unique only per chat and sender (a database
        may hold two messages of one chat with the same key, or two chats that are one
        person's: a private id and their number); a message is the same one only at the
        same time in the same chat, and with the same sender and text (a library restored
        from a backup made with the key may hold anything under an id: SECURITY.md 2.13).
        The new id depends on the key and the time (another time) or on the message (the
        same time, another sender or text: ``common.differing_id``, counted in ``differ``),
        so importing the backup again finds it."""
        have: dict[str, tuple] = {}
        ids = list({r[0] for r in rows})
        for i in range(0, len(ids), 500):
            part = ids[i:i + 500]
            have.update((r[0], r[1:]) for r in self.db.execute(
                "SELECT id, chat_id, ts_ms, sender, kind, text FROM messages WHERE id IN"
                f" ({','.join('?' * len(part))})", part))
        out: dict[tuple[str, int], str] = {}
        for r in rows:
            mid, chat, ts = r[0], r[1], r[2]
            there = have.get(mid)
            if there is None:
                continue
            if there[:2] != (chat, ts):
                new = message_id(mid[3:15], f"{mid}\x1f{ts}")
                row = self._message_row(new)
                if row is not None and not (row[0] == ts and same_message(
                        row[1:], chat, r[3], r[4], r[5])):
                    new = self._differing(r)  # (another message there too)
                out[(mid, ts)] = new
            elif not same_message((chat, *there[2:]), chat, r[3], r[4], r[5]):
                out[(mid, ts)] = self._differing(r)
        return out

    def _differing(self, r: tuple) -> str:
        """The id of the message row ``r`` whose id and time the library holds for another
        sender or text: the first derived id that is free (counted in ``differ``) or holds
        this message (an import before kept it there)."""
        mid, chat, ts, sender, kind, text = r[:6]
        cand, _, fresh = derived_id(
            mid, chat, sender, text, self._message_row,
            lambda _id, row: row[0] == ts and same_message(row[1:], chat, sender, kind, text))
        self.differ += fresh
        return cand

    def _message_row(self, mid: str) -> tuple | None:
        """(time, chat, sender, kind, text) of the library's message ``mid``, if any."""
        return self.db.execute("SELECT ts_ms, chat_id, sender, kind, text FROM messages"
                               " WHERE id=?", (mid,)).fetchone()

    # -- media -----------------------------------------------------------------------------
    def _media_rows(self, st: _Chat, mid: str, ts: int | None,
                    atts: tuple[Attachment, ...], content: tuple | None = None) -> bool:
        """Store a message's files and queue its media rows; False if the message is in the
        library with all its files already (nothing to do). ``ts``: the message's time,
        which tells it from another message with its id (None in a merge, see _merge_one);
        ``content``: its (sender, text), which must be the library's too."""
        if not self._empty:
            # (the same message: the same id at the same time, chat, sender and text;
            # another message that has its id gets one of its own in _flush)
            sender, text = content if content is not None else (None, None)
            have = self.db.execute(
                "SELECT (SELECT count(*) FROM media WHERE message_id = ?1 AND sha256 != '')"
                " FROM messages WHERE id = ?1 AND (?2 IS NULL OR ts_ms = ?2) AND (?3 = 0 OR"
                " (chat_id = ?4 AND sender IS ?5 AND text = ?6))",
                (mid, ts, content is not None, st.id, sender, text)).fetchone()
            if have is not None and have[0] >= len(atts):
                return False
            # (imported before without some of its files: add_media fills those rows)
        rows = self._store_all(st, mid, atts)
        if ts is None:
            self._media.extend(rows)
        elif self._maybe and (mid, ts) in self._maybe:
            self._later.extend(row + (ts,) for row in rows)
        else:
            self._media.extend(row + (ts,) for row in rows)
        return True

    def _settle_repeats(self) -> None:
        """Ids met more than once while loading an empty library (a key two messages of one
        chat share, see _collisions): the first message keeps the id, a later one at another
        time gets its own; a later one at the same time is the same message, which bulk()
        drops. Their attachment rows, held back, follow them."""
        if not self._maybe:
            return
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS repeat_ids (id TEXT PRIMARY KEY)")
        self.db.executemany("INSERT OR IGNORE INTO temp.repeat_ids VALUES (?)",
                            [(mid,) for mid, _ts in self._maybe])
        first: dict[str, tuple[str, int]] = {}
        renamed: dict[tuple[str, int], str] = {}
        for rowid, mid, chat, ts in self.db.execute(
                "SELECT rowid, id, chat_id, ts_ms FROM messages WHERE id IN"
                " (SELECT id FROM temp.repeat_ids) ORDER BY rowid").fetchall():
            if first.setdefault(mid, (chat, ts)) != (chat, ts):
                new = renamed[(mid, ts)] = message_id(mid[3:15], f"{mid}\x1f{ts}")
                self.db.execute("UPDATE messages SET id = ? WHERE rowid = ?", (new, rowid))
        self.db.execute("DROP TABLE temp.repeat_ids")
        self.writer.add_media([(renamed.get((m[0], m[8]), m[0]),) + m[1:8] for m in self._later])
        self._maybe.clear()
        self._later.clear()

    def _store_all(self, st: _Chat, mid: str, atts: tuple[Attachment, ...]) -> list[tuple]:
        rows = []
        for seq, att in enumerate(atts):
            stored = self._store(att)
            if stored is None:
                self.media_missing += 1
                rows.append((mid, seq, st.id, att.kind, att.mime, att.filename, 0, ""))
                continue
            sha, size = stored
            self.media_added += 1
            rows.append((mid, seq, st.id, att.kind, att.mime, att.filename, size, sha))
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
        notes = _Notes()
        if self.merged:  # a count after a colon: the GUI translates it as a template
            # translators: %1: how many chats
            notes.warn(f"Chats merged with chats imported from exports: {self.merged}.")
        ids = tuple(dict.fromkeys(st.id for st in self.chats.values()))
        if self.differ:  # (the same sentence as an export's: common.LibrarySink.finish)
            notes.warn("Some messages of this backup differ from the library's copy of the same "
                       "message (edited since, or changed elsewhere). Both versions were kept.")
        return ImportResult(len(ids), self.added, self.present, self.media_added,
                            self.media_missing, _skipped(skipped), tuple(notes), ids,
                            messages_differ=self.differ)


def translate_errors(name: str):
    """Reading errors of the phone database as typed errors (re-exported for callers)."""
    return translate(name)


__all__ = ["BackupError", "PhoneBackup", "PhoneBackupRequest", "detect", "import_phone_backup",
           "open_phone_backup", "preview_phone_backup"]
