"""Read WhatsApp from an iPhone backup folder made by Finder or iTunes.

A backup folder keeps every file under a name derived from its domain and path, listed in
``Manifest.db`` (table ``Files``: fileID, domain, relativePath, flags, file). WhatsApp's
database is ``ChatStorage.sqlite`` in the domain
``AppDomainGroup-group.net.whatsapp.WhatsApp.shared``, its media ``Message/Media/...`` there.

An encrypted backup (``Manifest.plist``: IsEncrypted) is opened with the maintained
``iphone-backup-decrypt`` package: its keybag is unlocked with the backup password, and
Manifest.db and each needed file are decrypted into the private work folder (Apple's format
has no authentication: the database is checked as a hostile one like any other).

The ``ZWA*`` tables are mapped like Android's: ``ZWACHATSESSION`` (chats), ``ZWAMESSAGE``,
``ZWAGROUPMEMBER`` (senders, members), ``ZWAMEDIAITEM`` (files, captions, locations, contact
cards, and in ``ZMETADATA`` the key of the message replied to).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import plistlib
import re
import shutil
import sqlite3
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .... import oswords
from ....errors import WrongKeyError
from ....jobs import Progress, ProgressFn
from ...model import SELF_ACTOR, UNKNOWN_ACTOR
from . import events
from .contacts import read_contacts
from .errors import PhoneBackupFormatError
from .hostile import (
    HostileDatabaseError,
    open_database,
    open_regular,
    require_tables,
    translate,
)
from .media import MediaFolder, components
from .model import (
    MAX_MS,
    MIN_MS,
    Attachment,
    ChatCount,
    ChatInfo,
    Rec,
    coordinate,
    jid_or_none,
    location_text,
    name_or_none,
    number_of,
    safe_filename,
    text_or_empty,
)
from .protobuf import LEN, VARINT, ProtoError, fields
from .workdir import WorkDir

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from ....jobs import CancelToken
    from .importer import PhoneBackupRequest

DOMAIN = "AppDomainGroup-group.net.whatsapp.WhatsApp.shared"
_FILE_ID = re.compile(r"[0-9a-f]{40}")
_APPLE_EPOCH = 978_307_200  # 2001-01-01 in Unix seconds
_MAX_PLIST = 16 << 20
_MAX_FILE_PLIST = 100 * 1024
# The WhatsApp domain's file list is read once into memory (path -> row): at most this many
# rows, each path at most this long, the path strings at most this much memory together (a
# million paths of 60 characters: 110 MiB, 165 MiB with the map). A whole iPhone backup
# holds a few hundred thousand files; WhatsApp's domain a part of them.
MAX_MANIFEST_FILES = 1_000_000
MAX_MANIFEST_PATH = 1024  # iOS's PATH_MAX
MAX_MANIFEST_BYTES = 160 << 20
_TOO_MANY_FILES = (f"This iPhone backup lists more than {MAX_MANIFEST_FILES} files of WhatsApp "
                   "(Manifest.db), more than any phone keeps; it is refused.")
# 53 view-once voice note, 54 a round video message (IPED's reading).
_MEDIA_KINDS = {1: "image", 2: "video", 3: "voice", 8: "file", 11: "video", 15: "sticker",
                38: "image", 39: "video", 53: "voice", 54: "video"}
# ZMESSAGETYPE of a message whose body is ZTEXT: 0 text, 7 a link (its preview is not kept).
# Type 10 (calls, security, number and business notices, sync records whose ZTEXT holds
# jids or tokens) is read by its ZGROUPEVENTTYPE (``events.iphone_notice``), its ZTEXT
# never shown; any other type (types never seen) is skipped and counted.
_TEXT_TYPES = (0, 7)
_SYSTEM = 10
# Type 59: a call, its facts in ZWAMEDIAITEM.ZMETADATA field 87 -> 1: 1 video (0/1), 2 the
# outcome, 3 the length in seconds (``call_record``; docs/IMPORT.md, "Calls").
_CALL = 59
_MAX_CALL_METADATA = 1 << 16  # bytes of a call's metadata read (a group call's members too)
_MAX_CALL_FIELDS = 512  # fields of each of its two levels (a group call has at most 32 members)
# Outcomes (one source, read as it reads them): 0 connected, 1 not answered, 4 missed (only
# on incoming calls); 5 "failed" and anything else is not shown.
_CALL_CONNECTED, _CALL_NOT_ANSWERED, _CALL_MISSED = 0, 1, 4
_MEMBERSHIP = (2, 7, 50)  # group events whose ZTEXT may name who did it and to whom
_MAX_PARTIES = 1 << 16  # characters of such a ZTEXT read (a group has at most 1,024 members)
_MAX_LISTED = 1024
_MAX_EVENT_JSON = 1 << 14  # characters of a rename's JSON (two group names)
_MIME = re.compile(r"[a-z]{1,20}/[A-Za-z0-9.+\-]{1,100}")
# How WhatsApp joins several contact cards of one message in ZVCARDSTRING.
_VCARD_SEPARATOR = "_$!<VCard-Separator>!$_"
_NAME_SEPARATOR = "_$!<Name-Separator>!$_"
_PEOPLE_SERVERS = ("s.whatsapp.net", "lid")
_TABLES = ["ZWACHATSESSION", "ZWAMESSAGE", "ZWAGROUPMEMBER", "ZWAMEDIAITEM",
           "ZWAPROFILEPUSHNAME", "ZWAMESSAGEINFO"]
_MAX_RECEIPT = 1 << 16  # bytes of one ZRECEIPTINFO read (a message's reactions are a few dozen)
_MAX_REACTIONS = 256  # reactions read of one message (WhatsApp keeps one per member)


class IPhoneBackupPasswordError(WrongKeyError):
    """The password does not open this encrypted iPhone backup (exit code 3)."""

    hint = ("It is the password chosen in Finder or iTunes for \"Encrypt local backup\", not "
            "the phone's passcode or Apple ID password.")


def find_backup_folder(path: Path) -> Path | None:
    """The backup folder at ``path``, or the only one inside it (``MobileSync/Backup``)."""
    if (path / "Manifest.db").is_file():
        return path
    try:
        inner = [p for p in path.iterdir() if p.is_dir() and (p / "Manifest.db").is_file()]
    except OSError:
        return None
    return inner[0] if len(inner) == 1 else None


def _manifest_plist(folder: Path) -> dict[str, Any]:
    p = folder / "Manifest.plist"
    try:
        with open_regular(p) as fh:  # (not a FIFO, whose open would wait for ever)
            data = fh.read(_MAX_PLIST + 1)
    except FileNotFoundError:
        return {}
    except OSError as exc:
        oswords.logged(p.name, exc)
        raise PhoneBackupFormatError(f"Cannot read {p.name}: {oswords.problem(exc)}.") from None
    if len(data) > _MAX_PLIST:
        raise PhoneBackupFormatError("Manifest.plist is too big to be an iPhone backup's.")
    try:
        value = plistlib.loads(data)
    except Exception:  # noqa: BLE001 - plistlib raises several kinds for damaged input
        raise PhoneBackupFormatError("The backup's Manifest.plist is damaged.") from None
    return value if isinstance(value, dict) else {}


def is_encrypted_backup(path: Path) -> bool:
    folder = find_backup_folder(path)
    return folder is not None and _manifest_plist(folder).get("IsEncrypted") is True


class _Backup:
    """Files of a backup folder, by domain and path; decrypting them when needed."""

    def __init__(self, folder: Path, work: WorkDir, password: str | None,
                 progress: ProgressFn | None, cancel: CancelToken | None = None) -> None:
        self.folder = folder.resolve()
        self.work = work
        self._n = 0
        plist = _manifest_plist(folder)
        self.encrypted = plist.get("IsEncrypted") is True
        self.keybag: Any = None
        manifest = folder / "Manifest.db"
        if self.encrypted:
            if not password:
                raise IPhoneBackupPasswordError("This iPhone backup is encrypted: its password "
                                                "is needed.")
            manifest = self._unlock(plist, password, progress)
        self.con = open_database(manifest,
                                 progress=cancel.checkpoint if cancel is not None else None)
        try:
            with translate("Manifest.db"):
                cols = require_tables(self.con, ["Files"]).get("Files", set())
            if not {"fileid", "domain", "relativepath"} <= cols:
                raise PhoneBackupFormatError("This folder's Manifest.db is not an iPhone "
                                             "backup's.")
            self._has_file = "file" in cols
            self._rows = self._read_paths()
        except BaseException:
            self.con.close()
            raise

    def _read_paths(self) -> dict[str, int]:
        """WhatsApp's relativePath -> rowid in ``Files``, read in one bounded pass: one query
        whatever a crafted file lacks (an index), then every lookup in memory; the row
        itself is read again by its rowid (the table's own B-tree) when a file is used."""
        out: dict[str, int] = {}
        rows = size = 0
        with translate("Manifest.db"):
            # substr: a path longer than any real one is not taken whole into memory.
            cur = self.con.execute(
                "SELECT rowid, CASE WHEN typeof(relativePath) = 'text' THEN"
                f" substr(relativePath, 1, {MAX_MANIFEST_PATH + 1}) END FROM Files"
                f" WHERE domain = ? LIMIT {MAX_MANIFEST_FILES + 1}", (DOMAIN,))
            while batch := cur.fetchmany(4096):
                rows += len(batch)
                if rows > MAX_MANIFEST_FILES:
                    raise PhoneBackupFormatError(_TOO_MANY_FILES)
                for rowid, rel in batch:
                    if type(rowid) is not int or type(rel) is not str or \
                            not 0 < len(rel) <= MAX_MANIFEST_PATH or \
                            components(rel) != rel.split("/"):
                        continue  # not a path a message can name: never looked up
                    size += sys.getsizeof(rel)  # (4 bytes a character for some paths)
                    if size > MAX_MANIFEST_BYTES:
                        raise PhoneBackupFormatError(_TOO_MANY_FILES)
                    out.setdefault(rel, rowid)
        return out

    def _unlock(self, plist: dict[str, Any], password: str, progress: ProgressFn | None) -> Path:
        from iphone_backup_decrypt import utils as ibd

        keybag_bytes, manifest_key = plist.get("BackupKeyBag"), plist.get("ManifestKey")
        if not isinstance(keybag_bytes, bytes) or not isinstance(manifest_key, bytes) or \
                len(manifest_key) != 44:
            raise PhoneBackupFormatError("This encrypted iPhone backup has no usable keys "
                                         "(Manifest.plist).")
        if progress is not None:
            progress(Progress("Unlocking the iPhone backup", 0, 0))
        try:
            bag = ibd.BackupKeyBag(keybag_bytes)
            ok = bag.unlock_with_passphrase(password.encode("utf-8"))
        except (ValueError, KeyError, TypeError) as exc:
            # only the kind of error: the parser's words could quote the key bag's bytes
            log.info("iPhone backup key bag: %s", type(exc).__name__)
            raise PhoneBackupFormatError("The backup's key bag is damaged.") from None
        if not ok or not bag.unlocked:
            raise IPhoneBackupPasswordError("The password does not open this iPhone backup.")
        self.keybag = bag
        out = self.work.file("Manifest.db")
        try:
            key = bag.unwrap_key_for_class(int.from_bytes(manifest_key[:4], "little"),
                                           manifest_key[4:])
            ibd.aes_decrypt_chunked(in_filename=str(self.folder / "Manifest.db"), key=key,
                                    out_filepath=str(out))
        except ValueError:
            raise IPhoneBackupPasswordError("The password does not open this iPhone backup "
                                            "(its file list does not decrypt).") from None
        return out

    def close(self) -> None:
        self.con.close()

    def _row(self, relative: str) -> tuple[str, Any] | None:
        rowid = self._rows.get(relative)
        if rowid is None:
            return None
        sel = "fileID, file" if self._has_file and self.encrypted else "fileID, NULL"
        with translate("Manifest.db"):
            row = self.con.execute(f"SELECT {sel} FROM Files WHERE rowid = ?",
                                   (rowid,)).fetchone()
        if row is None or type(row[0]) is not str or not _FILE_ID.fullmatch(row[0]):
            return None
        return row[0], row[1]

    def stored(self, file_id: str) -> Path | None:
        """Where the backup keeps a file (new layout ab/abcd..., or old flat), if there."""
        for p in (self.folder / file_id[:2] / file_id, self.folder / file_id):
            try:
                real = p.resolve()
                if real.is_file() and self.folder in real.parents:
                    return real
            except (OSError, RuntimeError):
                continue
        return None

    def extract(self, relative: str, name: str | None = None) -> Path | None:
        """The file ``relative`` of WhatsApp's domain: the stored file itself (plain
        backup) or its decryption in the work folder; None if the backup lacks it."""
        row = self._row(relative)
        if row is None:
            return None
        src = self.stored(row[0])
        if src is None:
            return None
        if not self.encrypted:
            return src
        from iphone_backup_decrypt import utils as ibd

        blob = row[1]
        if type(blob) is not bytes or len(blob) > _MAX_FILE_PLIST:
            return None
        try:
            info = ibd.FilePlist(blob)
            if info.encryption_key is None:
                return None
            key = self.keybag.unwrap_key_for_class(info.protection_class, info.encryption_key)
        except Exception:  # noqa: BLE001 - a damaged entry (plist, key) means "not there"
            return None
        self._n += 1
        out = self.work.file(name or f"file-{self._n}")
        try:
            ibd.aes_decrypt_chunked(in_filename=str(src), key=key, out_filepath=str(out))
        except ValueError:
            with contextlib.suppress(OSError):
                out.unlink()
            return None
        return out


class IPhoneMedia:
    """Media of the backup (found through Manifest.db), else in a folder the user chose."""

    def __init__(self, backup: _Backup, folder: MediaFolder) -> None:
        self.backup = backup
        self.folder = folder
        self._temps: set[Path] = set()

    def _candidates(self, path: str | None) -> list[str]:
        parts = components(path) if path else None
        if not parts:
            return []
        rel = "/".join(parts)
        return [rel] if rel.startswith("Message/") else ["Message/" + rel, rel]

    def exists(self, path: str | None, filename: str = "") -> bool:
        """Whether the file is there, without decrypting it (for the preview)."""
        for candidate in self._candidates(path):
            row = self.backup._row(candidate)
            if row is not None and self.backup.stored(row[0]) is not None:
                return True
        return self.folder.find(path, filename) is not None

    def find(self, path: str | None, filename: str = "") -> Path | None:
        if path:
            for candidate in self._candidates(path):
                found = self.backup.extract(candidate)
                if found is not None:
                    if self.backup.encrypted:
                        self._temps.add(found)
                    return found
        return self.folder.find(path, filename)

    def release(self, path: Path) -> None:
        """A file handed out by ``find`` is no longer needed (decrypted copies go)."""
        if path in self._temps:
            self._temps.discard(path)
            with contextlib.suppress(OSError):
                path.unlink()


def _ms(value: Any) -> int | None:
    if type(value) not in (int, float):
        return None
    try:
        ms = int(round((float(value) + _APPLE_EPOCH) * 1000))
    except (OverflowError, ValueError):
        return None
    return ms if MIN_MS <= ms <= MAX_MS else None


def quoted_key(metadata: Any) -> str | None:
    """The key of the message replied to: field 5 of ZWAMEDIAITEM.ZMETADATA (protobuf)."""
    if type(metadata) is not bytes or len(metadata) > 1 << 16:
        return None
    try:
        for number, wire, value in fields(metadata):
            if number == 5 and wire == LEN:
                assert isinstance(value, bytes)
                key = value.decode("ascii", "strict")
                return key[:128] if key else None
    except (ProtoError, UnicodeDecodeError):
        return None
    return None


def call_record(metadata: Any) -> tuple[bool, int | None, int] | None:
    """(video, outcome or None, length in seconds) of a type-59 call's ZMETADATA, or None.

    Strict and bounded: at most 64 KiB read, two levels (field 87, its field 1) and no
    more, at most 512 fields on each; each of the three facts a varint at most once, video 0 or 1, the length at most a
    week; 87 or 1 missing, repeated or of another wire type, a value out of range, truncated
    or malformed protobuf anywhere in the two levels: None (the row is skipped and counted).
    Fields it does not know (1.5 the members of a group call, ...) are passed over, never
    parsed further."""
    if type(metadata) is not bytes or not 0 < len(metadata) <= _MAX_CALL_METADATA:
        return None
    try:
        record = _only(_bounded(metadata), 87)
        facts = _only(_bounded(record), 1) if record is not None else None
        if facts is None:
            return None
        seen: dict[int, int] = {}
        for number, wire, value in _bounded(facts):
            if number in (1, 2, 3):
                if wire != VARINT or number in seen:
                    return None
                assert isinstance(value, int)
                seen[number] = value
    except ProtoError:
        return None
    video, outcome, seconds = seen.get(1, 0), seen.get(2), seen.get(3, 0)
    if video not in (0, 1) or seconds > events.MAX_CALL_SECONDS:
        return None
    return video == 1, outcome, seconds


def _bounded(message: bytes) -> Iterator[tuple[int, int, int | bytes]]:
    """The fields of ``message``; more than ``_MAX_CALL_FIELDS`` raise (a crafted record of
    64 KiB of one-byte fields would cost a thousand times a real one's work)."""
    for i, field in enumerate(fields(message)):
        if i >= _MAX_CALL_FIELDS:
            raise ProtoError("too many fields")
        yield field


def _only(found: Iterator[tuple[int, int, int | bytes]], number: int) -> bytes | None:
    """The one length-delimited field ``number`` of a message; None if it is absent, repeated
    or not length-delimited (the whole message is read: a malformed rest raises)."""
    value: bytes | None = None
    for n, wire, v in found:
        if n == number:
            if wire != LEN or value is not None:
                return None
            assert isinstance(v, bytes)
            value = v
    return value


def _reaction_time(value: Any) -> int | None:
    """A reaction's time as one reader (IPED) reads field 4 / 3: milliseconds, as a varint or
    as digits; anything else (another reader's sample has a 1 there) is no time."""
    if type(value) is bytes and 0 < len(value) <= 20 and value.isdigit():
        value = int(value)
    return value if type(value) is int and MIN_MS <= value <= MAX_MS else None


def _ascii(value: Any, limit: int) -> str | None:
    if type(value) is not bytes or not 0 < len(value) <= limit:
        return None
    try:
        text = value.decode("ascii")
    except UnicodeDecodeError:
        return None
    return text if text.isprintable() else None


def receipt_reactions(blob: Any) -> list[tuple[str | None, str, int | None, str | None]]:
    """The reactions ``ZWAMESSAGEINFO.ZRECEIPTINFO`` keeps of a message, as (reacting jid, or
    None for the phone's owner; emoji; time in ms or None; the reaction's own key or None).

    Two published readers agree on field 7 -> 1 (repeated), someone else's reaction: 2 the
    reacting jid, 3 the emoji (IPED: 4 its time; SwiftWABackupAPI: 1 the reaction's stanza
    id); IPED reads 7 -> 2 as the owner's own: 2 the emoji, 3 its time. Anything else (an
    emoji-less entry, a jid that is nobody's, damage) is no reaction, never an error."""
    if type(blob) is not bytes or len(blob) > _MAX_RECEIPT:
        return []
    out: list[tuple[str | None, str, int | None, str | None]] = []
    try:
        for number, wire, value in fields(blob):
            if number != 7 or wire != LEN:
                continue
            assert isinstance(value, bytes)
            for inner, iwire, entry in fields(value):
                if iwire != LEN or inner not in (1, 2) or len(out) >= _MAX_REACTIONS:
                    continue
                assert isinstance(entry, bytes)
                got = {n: v for n, _w, v in fields(entry)}
                if inner == 1:
                    jid = _person(_ascii(got.get(2), 200))
                    emoji, when, key = got.get(3), got.get(4), _ascii(got.get(1), 128)
                    if jid is None:
                        continue
                else:
                    jid, emoji, when, key = None, got.get(2), got.get(3), None
                if type(emoji) is not bytes or len(emoji) > 64:
                    continue
                shown = name_or_none(emoji.decode("utf-8", "replace"))
                if shown and "\ufffd" not in shown:
                    out.append((jid, shown[:16], _reaction_time(when), key))
    except ProtoError:
        return out
    return out


class IPhoneReader:
    """Chats and messages of WhatsApp's ChatStorage.sqlite."""

    format = "whatsapp-iphone"

    def __init__(self, con: sqlite3.Connection, contacts: dict[str, str]) -> None:
        self.con = con
        self.contacts = contacts
        with translate("ChatStorage.sqlite"):
            self.t = require_tables(con, _TABLES)
        need = {"ZWACHATSESSION": {"z_pk", "zcontactjid"},
                "ZWAMESSAGE": {"z_pk", "zchatsession", "zmessagedate"}}
        if any(not cols <= self.t.get(t, set()) for t, cols in need.items()):
            raise HostileDatabaseError("This is not WhatsApp's iPhone database "
                                       "(ChatStorage.sqlite).")
        self.skipped: Counter[str] = Counter()
        self.members: dict[str, str] = {}  # jid -> name a group member entry gives
        self.push: dict[str, str] = {}
        self._infos: dict[Any, ChatInfo | None] = {}
        if self._has("ZWAPROFILEPUSHNAME", "zjid", "zpushname"):
            with translate("ChatStorage.sqlite"):
                for jid, name in con.execute("SELECT ZJID, ZPUSHNAME FROM ZWAPROFILEPUSHNAME"
                                             " LIMIT 1000000"):
                    j, n = jid_or_none(jid), name_or_none(name)
                    if j and n:
                        self.push.setdefault(j, n)

    def _has(self, table: str, *cols: str) -> bool:
        return table in self.t and all(c in self.t[table] for c in cols)

    def _col(self, alias: str, table: str, col: str) -> str:
        return f"{alias}.{col}" if self._has(table, col.lower()) else "NULL"

    def name(self, jid: str | None, from_me: bool = False) -> str:
        if from_me:
            return SELF_ACTOR  # shown as "You" in the UI's language
        if jid is None:
            return UNKNOWN_ACTOR  # shown as "Someone" in the UI's language
        return (self.contacts.get(jid) or self.members.get(jid) or self.push.get(jid)
                or number_of(jid))

    def _chat_info(self, pk: Any) -> ChatInfo | None:
        """The chat ``pk``, None to skip it (the reason counted once per chat, however often
        the preview and the import ask)."""
        if pk in self._infos:
            return self._infos[pk]
        if len(self._infos) >= 500_000:
            raise HostileDatabaseError("This database has too many chats; it is refused.")
        with translate("ChatStorage.sqlite"):  # (also called between rows of ``messages``)
            info = self._infos[pk] = self._read_chat_info(pk)
        return info

    def _read_chat_info(self, pk: Any) -> ChatInfo | None:
        row = self.con.execute(
            f"SELECT ZCONTACTJID, {self._col('s', 'ZWACHATSESSION', 'ZPARTNERNAME')},"
            f" {self._col('s', 'ZWACHATSESSION', 'ZSESSIONTYPE')} FROM ZWACHATSESSION s"
            " WHERE s.Z_PK = ?", (pk,)).fetchone()
        if row is None:
            self.skipped["chats missing from the database's chat list"] += 1
            return None
        jid = jid_or_none(row[0])
        if jid is None:
            self.skipped["a chat whose id is not a WhatsApp id"] += 1
            return None
        if jid == "status@broadcast":
            self.skipped["status updates (they are not a chat)"] += 1
            return None
        server = jid.rsplit("@", 1)[1]
        group = server in ("g.us", "broadcast", "newsletter") or row[2] == 1
        partner = name_or_none(row[1])
        names: dict[str, str] = {}
        members: list[str] = []
        if group and self._has("ZWAGROUPMEMBER", "zchatsession", "zmemberjid"):
            cn = self._col("g", "ZWAGROUPMEMBER", "ZCONTACTNAME")
            fn = self._col("g", "ZWAGROUPMEMBER", "ZFIRSTNAME")
            for mj, c, f in self.con.execute(
                    f"SELECT g.ZMEMBERJID, {cn}, {fn} FROM ZWAGROUPMEMBER g"
                    " WHERE g.ZCHATSESSION = ? LIMIT 100000", (pk,)):
                j = jid_or_none(mj)
                if j is None:
                    continue
                members.append(j)
                n = self.contacts.get(j) or name_or_none(c) or name_or_none(f) or self.push.get(j)
                if n:
                    names[j] = n
                    if len(self.members) < 1_000_000:
                        self.members.setdefault(j, n)
        if group:
            name = partner or number_of(jid)
        else:
            name = self.contacts.get(jid) or partner or self.push.get(jid) or number_of(jid)
            names[jid] = name
        return ChatInfo(jid, name, "group" if group else "direct", tuple(members), None, names)

    def counts(self) -> list[ChatCount]:
        out = []
        with translate("ChatStorage.sqlite"):
            for pk, n, first, last in self.con.execute(
                    "SELECT ZCHATSESSION, count(*), min(ZMESSAGEDATE), max(ZMESSAGEDATE)"
                    " FROM ZWAMESSAGE GROUP BY ZCHATSESSION").fetchall():
                info = self._chat_info(pk)
                if info is None or type(n) is not int:
                    continue
                out.append(ChatCount(info.jid, info.name, info.kind, n, _ms(first), _ms(last),
                                     info.members))
        return out

    def media_paths(self) -> Iterator[tuple[str | None, str]]:
        if not self._has("ZWAMEDIAITEM", "zmedialocalpath"):
            return
        with translate("ChatStorage.sqlite"):
            for (p,) in self.con.execute("SELECT ZMEDIALOCALPATH FROM ZWAMEDIAITEM"
                                         " WHERE ZMEDIALOCALPATH IS NOT NULL"):
                if type(p) is str and p:
                    yield p, safe_filename(p)

    def _rows(self) -> Iterator[tuple]:
        m = "ZWAMESSAGE"
        c = lambda col: self._col("m", m, col)  # noqa: E731
        mi = lambda col: self._col("i", "ZWAMEDIAITEM", col)  # noqa: E731
        if self._has(m, "zmediaitem") and self._has("ZWAMEDIAITEM", "z_pk"):
            media_join = "LEFT JOIN ZWAMEDIAITEM i ON i.Z_PK = m.ZMEDIAITEM"
        elif self._has("ZWAMEDIAITEM", "zmessage"):
            media_join = ("LEFT JOIN ZWAMEDIAITEM i ON i.Z_PK = (SELECT max(Z_PK) FROM ZWAMEDIAITEM"
                          " WHERE ZMESSAGE = m.Z_PK)")
        else:
            media_join = "LEFT JOIN (SELECT NULL AS Z_PK) i ON 0"
        member = (self._col("g", "ZWAGROUPMEMBER", "ZMEMBERJID")
                  if self._has(m, "zgroupmember") else "NULL")
        member_join = ("LEFT JOIN ZWAGROUPMEMBER g ON g.Z_PK = m.ZGROUPMEMBER"
                       if self._has(m, "zgroupmember") and "ZWAGROUPMEMBER" in self.t else "")
        sel = ["m.ZCHATSESSION", c("ZSTANZAID"), c("ZISFROMME"), "m.ZMESSAGEDATE",
               c("ZMESSAGETYPE"), c("ZTEXT"), member, c("ZFROMJID"), c("ZGROUPEVENTTYPE"),
               mi("ZMEDIALOCALPATH"), mi("ZVCARDSTRING"), mi("ZVCARDNAME"), mi("ZTITLE"),
               mi("ZLATITUDE"), mi("ZLONGITUDE"), mi("ZMETADATA")]
        sql = f"SELECT {', '.join(sel)} FROM ZWAMESSAGE m {media_join} {member_join}"
        with translate("ChatStorage.sqlite"):
            cur = self.con.execute(sql)
            while batch := cur.fetchmany(2048):
                yield from batch

    def messages(self) -> Iterator[tuple[ChatInfo, Rec]]:
        """Every message with its chat, in the database's own order (see android.py);
        reactions follow the messages."""
        infos = self._infos
        for row in self._rows():
            info = infos.get(row[0], False)  # (the common case without a call)
            if info is False:
                info = self._chat_info(row[0])
            if info is None:
                continue
            rec = self._rec(info, row)
            if rec is not None:
                yield info, rec
        for row in self._reaction_rows():
            info = self._chat_info(row[0])
            if info is not None:
                for rec in self._reaction_recs(info, row):
                    yield info, rec

    def _reaction_rows(self) -> Iterator[tuple]:
        """(chat, key, date, text, receipt blob) of every message with receipt information:
        the row is joined by ZWAMESSAGE.ZMESSAGEINFO (IPED), else by ZWAMESSAGEINFO.ZMESSAGE
        (SwiftWABackupAPI)."""
        if not self._has("ZWAMESSAGEINFO", "z_pk", "zreceiptinfo"):
            return
        if self._has("ZWAMESSAGE", "zmessageinfo"):
            join = "i.Z_PK = m.ZMESSAGEINFO"
        elif self._has("ZWAMESSAGEINFO", "zmessage"):
            join = "i.ZMESSAGE = m.Z_PK"
        else:
            return
        sql = (f"SELECT m.ZCHATSESSION, {self._col('m', 'ZWAMESSAGE', 'ZSTANZAID')},"
               f" m.ZMESSAGEDATE, {self._col('m', 'ZWAMESSAGE', 'ZTEXT')}, i.ZRECEIPTINFO"
               f" FROM ZWAMESSAGE m JOIN ZWAMESSAGEINFO i ON {join}"
               " WHERE i.ZRECEIPTINFO IS NOT NULL")
        with translate("ChatStorage.sqlite"):
            cur = self.con.execute(sql)
            while batch := cur.fetchmany(2048):
                yield from batch

    def _reaction_recs(self, info: ChatInfo, row: tuple) -> list[Rec]:
        """The reactions to one message, each a line of its own under it (as Android's)."""
        _chat, parent, date, text, blob = row
        ts = _ms(date)
        if ts is None or type(parent) is not str or not parent:
            return []
        out: list[Rec] = []
        for jid, emoji, when, key in receipt_reactions(blob):
            actor = SELF_ACTOR if jid is None else self.name(jid)
            # The reaction's own key when the blob has it, else one made from the message
            # and who reacted (one reaction per person and message): stable across imports.
            rkey = "r" + (key or f"{parent[:100]}~{jid or 'me'}")
            out.append((rkey[:128], when if when is not None and when >= ts else ts, False,
                        None, "system", events.reaction(actor, emoji, text_or_empty(text)),
                        parent[:128], None))
        return out

    def _rec(self, info: ChatInfo, row: tuple) -> Rec | None:
        (_chat, key, from_me, date, mtype, text, member, from_jid, event, path, vcard, vname,
         title, lat, lon, metadata) = row
        ts = _ms(date)
        if ts is None:
            self.skipped["messages without a valid date"] += 1
            return None
        from_me = from_me == 1
        mtype = mtype if type(mtype) is int else 0
        if type(key) is not str or not key:
            key = f"~{ts}-{int(from_me)}-{mtype}"
        key = key[:128]
        sender = None if from_me else (
            (jid_or_none(member) or _person(from_jid)) if info.kind == "group" else info.jid)
        quoted = quoted_key(metadata)
        event = event if type(event) is int else None
        if mtype == _SYSTEM:
            # About the chat's partner; in a group, the member the row names (if any).
            about = info.jid if info.kind != "group" else _person(member)
            line = events.iphone_notice(event, (info.names.get(about) or self.name(about))
                                        if about else None, info.kind == "group")
            if line is None:
                self.skipped["system notices of a kind backupgui does not show"] += 1
                return None
            return key, ts, False, None, "system", line, None, None
        if mtype == _CALL:
            line = self._call(info, from_me, metadata)
            if line is None:
                return None
            return key, ts, False, None, "system", line, None, None
        if mtype == 6 and event in _MEMBERSHIP:
            actor, members = _parties(text, _person(member))
            named = lambda j: info.names.get(j) or self.name(j)  # noqa: E731
            line = events.iphone_members(event, named(actor) if actor else None,
                                         [named(j) for j in members], from_me)
            return key, ts, False, None, "system", line, None, None
        if mtype == 6:
            actor = self.name(sender, from_me) if (sender or from_me) else UNKNOWN_ACTOR
            line = events.iphone_event(event, actor, _new_subject(text) if event == 56
                                       else text_or_empty(text))
            if line is None:
                self.skipped["system notices of a kind backupgui does not show"] += 1
                return None
            return key, ts, False, None, "system", line, None, None
        if mtype == 14:
            return (key, ts, from_me, sender, "text",
                    events.DELETED_BY_ME if from_me else events.DELETED, None, None)
        if mtype == 5:
            la, lo = coordinate(lat, 90.0), coordinate(lon, 180.0)
            body = location_text(la, lo, name_or_none(title)) if la is not None and \
                lo is not None else "location"
            return key, ts, from_me, sender, "text", body, quoted, None
        if mtype == 4:
            cards = _vcards(vcard)
            # ZVCARDNAME names the cards the same way; with several, a name for the list
            # comes first (WhatsApp-Chat-Exporter reads it so).
            names = [name_or_none(n) for n in vname.split(_NAME_SEPARATOR)[:65]] \
                if type(vname) is str else []
            if len(names) > len(cards) > 1:
                names = names[1:]
            label = (names[0] if len(names) == 1 else None) or name_or_none(text) or "contact"
            if cards:
                return (key, ts, from_me, sender, "media", "", quoted, tuple(
                    Attachment("file", "text/vcard",
                               safe_filename((names[i] if i < len(names) else None)
                                             or label) + ".vcf",
                               data=card.encode("utf-8")) for i, card in enumerate(cards)))
            return key, ts, from_me, sender, "text", label, quoted, None
        kind = _MEDIA_KINDS.get(mtype)
        if kind is not None:
            from ..common import guess_media_kind, guess_mime

            p = path if type(path) is str and path else None
            fname = (safe_filename(title) if mtype == 8 else "") or safe_filename(p)
            caption = "" if mtype == 8 else text_or_empty(title) or text_or_empty(text)
            # A media item keeps its MIME type in ZVCARDSTRING (the column's name is older).
            mime = vcard if type(vcard) is str and _MIME.fullmatch(vcard) else guess_mime(fname)
            if kind == "voice" and fname and guess_media_kind(fname, mime) == "audio":
                kind = "audio"
            return (key, ts, from_me, sender, "media", caption, quoted,
                    (Attachment(kind, mime, fname, p),))
        body = text_or_empty(text) if mtype in _TEXT_TYPES else ""
        if not body:
            self.skipped["messages of kinds backupgui cannot show (calls, polls, payments...)"] += 1
            return None
        return key, ts, from_me, sender, "text", body, quoted, None


    def _call(self, info: ChatInfo, from_me: bool, metadata: Any) -> str | None:
        """A type-59 call as the Android side shows calls: missed (incoming, not answered),
        "no answer" (the owner's, not answered), or answered with its length. Metadata that
        does not read, an outcome not known, or a connected call without a length: skipped
        and counted, never guessed."""
        record = call_record(metadata)
        group = info.kind == "group"
        if record is None:
            self.skipped["calls whose record cannot be read"] += 1
            return None
        video, outcome, seconds = record
        if outcome is None:
            # No outcome (older records; IPED reads only the length): a length is an
            # answered call, none a missed (incoming) or unanswered (outgoing) one.
            outcome = _CALL_CONNECTED if seconds else _CALL_NOT_ANSWERED
        if outcome == _CALL_CONNECTED and seconds > 0:
            return events.answered_call(video, group, seconds)
        if outcome in (_CALL_NOT_ANSWERED, _CALL_MISSED) and not seconds:
            if not from_me:
                return events.missed_call(video, group)
            if outcome == _CALL_NOT_ANSWERED:
                return events.unanswered_call(video, group)
        self.skipped["calls with an outcome backupgui does not show"] += 1
        return None


def _person(value: Any) -> str | None:
    """ZFROMJID as a group message's sender: only a person's jid (in a group it usually
    holds the group's own jid, which is nobody)."""
    jid = jid_or_none(value)
    return jid if jid is not None and jid.rsplit("@", 1)[1] in _PEOPLE_SERVERS else None


def _parties(text: Any, member: str | None) -> tuple[str | None, list[str]]:
    """Who did a membership event and to whom: ``ZTEXT`` holds the actor's jid, then after
    ``;`` the members' jids joined by ``,`` (IPED's reading of real databases); without a
    list the member is the row's ``ZGROUPMEMBER``. Only people's jids are taken (anything
    else in ``ZTEXT`` is no actor, never shown)."""
    members = [member] if member is not None else []
    if type(text) is not str or not text or len(text) > _MAX_PARTIES:
        return None, members
    head, sep, tail = text.partition(";")
    actor = _person(head.strip())
    if sep:
        listed: dict[str, None] = {}
        for part in tail.split(",", _MAX_LISTED)[:_MAX_LISTED]:
            j = _person(part.strip())
            if j is not None:
                listed.setdefault(j)
        if listed:
            members = list(listed)
    return actor, members


def _new_subject(text: Any) -> str:
    """The new name of a rename of newer versions (type 6, event 56): ``ZTEXT`` is JSON
    ``{"previous_subject": ..., "new_subject": ...}`` (IPED); "" when it is not that."""
    if type(text) is not str or not text.startswith("{") or len(text) > _MAX_EVENT_JSON:
        return ""
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return ""
    subject = value.get("new_subject") if isinstance(value, dict) else None
    return name_or_none(subject) or ""


def _vcards(value: Any) -> list[str]:
    """The contact cards of ZVCARDSTRING (several joined by WhatsApp's separator)."""
    if type(value) is not str or len(value) > 1 << 20:
        return []
    return [c for c in value.split(_VCARD_SEPARATOR)[:64]
            if c.lstrip().upper().startswith("BEGIN:VCARD")]


def open_iphone_backup(path: Path, work: WorkDir, req: PhoneBackupRequest,
                       progress: ProgressFn | None, cancel: CancelToken | None,
                       closers: list[Any]) -> tuple[IPhoneReader, IPhoneMedia]:
    folder = find_backup_folder(path)
    if folder is None:
        raise PhoneBackupFormatError(f"{path.name} is not an iPhone backup folder.")
    backup = _Backup(folder, work, req.iphone_password, progress, cancel)
    closers.append(backup)
    chat_db = backup.extract("ChatStorage.sqlite", "ChatStorage.sqlite")
    if chat_db is None:
        raise PhoneBackupFormatError("This iPhone backup holds no WhatsApp messages "
                                     "(no ChatStorage.sqlite in WhatsApp's domain).")
    immutable = True
    wal = backup.extract("ChatStorage.sqlite-wal", "ChatStorage.sqlite-wal.part")
    if wal is not None and wal.stat().st_size > 0:
        # Changes not yet written into the database: read them through SQLite, with both
        # files side by side in the work folder.
        if chat_db.parent != work.path:
            shutil.copyfile(chat_db, work.file("ChatStorage.sqlite"))
            chat_db = work.file("ChatStorage.sqlite")
        os.replace(wal, work.file("ChatStorage.sqlite-wal"))
        immutable = False
    stop = cancel.checkpoint if cancel is not None else None
    con = open_database(chat_db, immutable=immutable, progress=stop)
    closers.append(con)
    contacts: dict[str, str] = {}
    cfile = Path(req.contacts) if req.contacts is not None else \
        backup.extract("ContactsV2.sqlite", "ContactsV2.sqlite")
    if cfile is not None:
        ccon = open_database(cfile, progress=stop)
        try:
            contacts = read_contacts(ccon, cfile.name)
        finally:
            ccon.close()
    return IPhoneReader(con, contacts), IPhoneMedia(backup, MediaFolder(req.media_dir))
