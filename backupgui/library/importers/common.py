"""Shared machinery of the chat-export importers.

A format parser walks an export and reports what it finds to a *sink*: ``begin_chat``,
``message`` (one at a time, so memory stays flat), ``end_chat`` and ``skip``. Two sinks exist:
one that only counts (for ``preview_export``) and one that writes the library in a single
transaction (for ``import_export``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import functools
import hashlib
import logging
import lzma
import mimetypes
import os
import posixpath
import re
import secrets
import stat
import sys
import tempfile
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import IO, TYPE_CHECKING, Protocol

from ... import oswords, safeopen
from ...errors import BackupError, NotFoundError
from ..model import Chat, MediaRef, Message, Participant
from ..store import Library
from .merge import ChatNames, ExportMerge, MergeLog, holds_phone_messages, phone_chat_named

if TYPE_CHECKING:
    from ...jobs import CancelToken

ProgressCb = Callable[[int, int], None]
log = logging.getLogger(__name__)


class ImportFormatError(BackupError):
    """The file is not a chat export we can read; the message names the problem and line."""

    exit_code = 14
    hint = "Choose the .txt or .zip from WhatsApp's \"Export chat\", or Telegram Desktop's result.json."

    def __init__(self, message: str, *, line: int | None = None, hint: str = "") -> None:
        super().__init__(message, hint=hint)
        self.line = line


# -- results --------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ChatPreview:
    """What an export holds for one chat."""

    name: str
    kind: str  # 'direct' | 'group'
    participants: tuple[str, ...]
    message_count: int
    first_ms: int | None
    last_ms: int | None
    media_found: int
    media_missing: int


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What ``import_export`` would import, without touching the library.

    The single-value properties (``name``, ``message_count``...) summarise all chats, which for
    the usual one-chat export are simply that chat's values.
    """

    format: str  # 'whatsapp' | 'telegram'
    chats: tuple[ChatPreview, ...]
    warnings: tuple[str, ...] = ()
    skipped: tuple[tuple[str, str], ...] = ()  # (line or item, reason)

    @property
    def name(self) -> str:
        if len(self.chats) == 1:
            return self.chats[0].name
        return f"{len(self.chats)} chats"

    @property
    def kind(self) -> str:
        return self.chats[0].kind if len(self.chats) == 1 else "group"

    @property
    def participants(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for c in self.chats:
            seen.update(dict.fromkeys(c.participants))
        return tuple(seen)

    @property
    def message_count(self) -> int:
        return sum(c.message_count for c in self.chats)

    @property
    def first_ms(self) -> int | None:
        return min((c.first_ms for c in self.chats if c.first_ms is not None), default=None)

    @property
    def last_ms(self) -> int | None:
        return max((c.last_ms for c in self.chats if c.last_ms is not None), default=None)

    @property
    def media_found(self) -> int:
        return sum(c.media_found for c in self.chats)

    @property
    def media_missing(self) -> int:
        return sum(c.media_missing for c in self.chats)


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What ``import_export`` did."""

    chats: int
    messages_added: int
    messages_present: int  # already in the library (same stable id), left unchanged
    media_added: int  # attachments stored with this import
    media_missing: int = 0  # attachments named in the export whose file was not in it
    skipped: tuple[tuple[str, str], ...] = ()  # (line or item, reason)
    warnings: tuple[str, ...] = ()
    chat_ids: tuple[str, ...] = ()
    # Added beside a message the library held under the same id with another chat, sender,
    # text or attachment (SECURITY.md 2.13): counted in messages_added too.
    messages_differ: int = 0


# -- what parsers report ----------------------------------------------------------------------
@dataclass(slots=True)
class ParsedMedia:
    kind: str
    mime: str  # '' when the export does not say what it was (Android's "<Media omitted>")
    filename: str
    member: str | None  # path inside the export; None when the file is not in it


@dataclass(slots=True)
class ParsedMessage:
    id: str
    ts_ms: int
    sender: str | None
    kind: str
    text: str
    reply_to: str | None = None
    media: list[ParsedMedia] = field(default_factory=list)
    seq: int = 0  # its place in the export: orders messages with the same time


def missing_media_row(message_id: str, seq: int, chat_id: str, m: ParsedMedia) -> tuple:
    """The library's row for an attachment the export named but did not include: its name
    and kind, and sha256 '' (size 0) for "not included" (schema.sql)."""
    return (message_id, seq, chat_id, m.kind, m.mime, m.filename, 0, "")


class Sink(Protocol):
    def begin_chat(self, chat: Chat) -> None: ...
    def message(self, msg: ParsedMessage) -> None: ...
    def end_chat(self, chat: Chat) -> None: ...
    def rows(self, rows: list[tuple], media: list[tuple] | None = None) -> None: ...
    def skip(self, item: str, reason: str) -> None: ...
    def warn(self, text: str) -> None: ...
    def progress(self, done: int, total: int) -> None: ...


# -- identity helpers -----------------------------------------------------------------------
def stable_id(prefix: str, *parts: object) -> str:
    """A short, stable identifier derived from the given parts."""
    raw = "\x1f".join(str(p) for p in parts).encode("utf-8", "surrogatepass")
    return prefix + hashlib.sha256(raw).hexdigest()[:32]


#: The places in ``temp.import_batch`` whose id the library holds for a message that is
#: perhaps another one, and that message: ``same_message`` without its edit-time rule (not
#: ``any_sender``), in SQL, as a first sieve; ``same_message`` decides for those it finds.
_DIFFERING = ("SELECT b.pos, m.chat_id, m.sender, m.kind, m.text FROM temp.import_batch AS b"
              " JOIN messages AS m ON m.id = b.id WHERE NOT (m.chat_id = b.chat AND"
              " ((m.kind = 'system' AND b.kind = 'system')"
              " OR (m.sender IS b.sender AND m.text = b.text)))")

#: The last line a Telegram message edited since it was sent ends with (telegram._edited):
#: its time is written in this computer's time zone.
_EDITED = re.compile(r"\(edited(?: [0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2})?\)\Z")

#: Ids derived from one message's id (``differing_id``) tried before one made by chance:
#: each is taken by another message only if someone planted it there.
DERIVED_TRIES = 8


def differing_id(mid: str, chat_id: str, sender: str | None, text: str, round_: int) -> str:
    """The id an import gives its message when the library holds another message under
    ``mid`` (another chat, sender, text or attachment: SECURITY.md 2.13): ``mid``, then a
    hash of the message as the import has it and of ``round_`` (1, 2, ...: one further for
    each derived id that holds yet another message). The same export imported again derives
    the same id and finds its copy there, so nothing is added twice."""
    who = "\x00" if sender is None else sender
    return f"{mid}~{stable_id('', 'differs', mid, chat_id, who, text, round_)[:16]}"


def derived_id(mid: str, chat_id: str, sender: str | None, text: str,
               there: Callable[[str], tuple | None], same: Callable[[str, tuple], bool]
               ) -> tuple[str, tuple | None, bool]:
    """The id under which an import keeps its message ``mid`` when the library holds another
    message under it (SECURITY.md 2.13): the first derived id (``differing_id``) that is
    free or holds this very message (``same(id, there(id))``: an import before kept it
    there). Returns (id, what the library holds there if it is this message, whether the id
    is free). After ``DERIVED_TRIES`` ids holding yet other messages (only a planted library
    has them), an id made by chance: the message is kept, not hidden, and a later import of
    it adds it again."""
    for k in range(1, DERIVED_TRIES + 1):
        cand = differing_id(mid, chat_id, sender, text, k)
        held = there(cand)
        if held is None:
            return cand, None, True
        if same(cand, held):
            return cand, held, False
    return f"{mid}~r{secrets.token_hex(8)}", None, True


def same_message(there: tuple, chat_id: str, sender: str | None, kind: str, text: str, *,
                 any_sender: bool = False) -> bool:
    """Whether the library's message ``there`` ((chat, sender, kind, text) under an id) is
    the one an import would add under that id (SECURITY.md 2.13). Not by its time (an
    export's times follow this computer's time zone; a merge moves them within a minute).
    A system line (a group event, a reaction) by its chat alone: its text spells people's
    names as the contacts file or the export names them at each import. A last line
    "(edited DATE)" by its words alone: DATE is in the importing computer's time zone.
    ``any_sender``: a sender on both or neither (a merge writes the chat's person for an
    arriving one)."""
    if there[0] != chat_id:
        return False
    if there[2] == "system" and kind == "system":
        return True
    if any_sender:
        if (there[1] is None) != (sender is None):
            return False
    elif there[1] != sender:
        return False
    old = there[3]
    if old == text:
        return True
    a, b = _EDITED.search(old), _EDITED.search(text)
    return a is not None and b is not None and old[:a.start()] == text[:b.start()]


def local_ms(y: int, mo: int, d: int, h: int = 0, mi: int = 0, s: int = 0) -> int:
    """Epoch ms of a wall-clock time as shown in an export (which has no time zone).

    Exports show the phone's local time; we read it in this computer's time zone, which is
    the same one for nearly everybody. Message ids never depend on this (they hash the wall
    clock), so a different zone cannot cause duplicates.
    """
    return int(dt.datetime(y, mo, d, h, mi, s).timestamp()) * 1000


_MIME_EXTRA = {".opus": "audio/ogg", ".webp": "image/webp", ".vcf": "text/vcard",
               ".m4a": "audio/mp4", ".3gp": "video/3gpp", ".tgs": "application/x-tgsticker",
               ".webm": "video/webm", ".heic": "image/heic", ".aac": "audio/aac"}


def guess_mime(filename: str) -> str:
    return _mime_of_ext(posixpath.splitext(filename)[1].lower())


@functools.lru_cache(maxsize=256)
def _mime_of_ext(ext: str) -> str:
    return _MIME_EXTRA.get(ext) or mimetypes.guess_type("x" + ext)[0] or "application/octet-stream"


def guess_media_kind(filename: str, mime: str | None = None) -> str:
    """image | video | voice | audio | file | sticker from a file name (and mime type)."""
    base = posixpath.basename(filename)
    upper = base.upper()
    mime = mime or guess_mime(base)
    if "STICKER" in upper or base.lower().endswith((".webp", ".tgs")):
        return "sticker"
    if upper.startswith("PTT-") or "-AUDIO-" in upper or base.lower().endswith(".opus"):
        return "voice"
    major = mime.split("/", 1)[0]
    if major == "image":
        return "image"
    if major == "video":
        return "video"
    if major == "audio":
        return "audio"
    return "file"


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# -- export containers ----------------------------------------------------------------------
_DRIVE = re.compile(r"[A-Za-z]:")  # C:, C:/..., C:... (drive-relative)
_CONTROL = re.compile("[\x00-\x1f\x7f]")
# Folders Telegram Desktop writes media into, next to result.json (and the same inside each
# chats/chat_NNN/ of a full export). Nothing else beside a result.json is taken.
TELEGRAM_FOLDERS = frozenset({
    "photos", "video_files", "voice_messages", "round_video_messages", "stickers", "files",
    "animations", "audio_files", "contacts", "profile_pictures", "stories", "userpics"})


class RefusedAttachment(ImportFormatError):
    """An attachment path that does not lead to a file of the export; ``link``: it became
    a symbolic link while importing (else it is no longer a regular file)."""

    def __init__(self, message: str, *, link: bool = False) -> None:
        super().__init__(message)
        self.link = link


def attachment_path(name: str, *, flat: bool) -> tuple[str | None, str]:
    """An attachment name from an export as a clean relative POSIX path, or ``(None,
    reason)``: absolute, drive-qualified (``C:``) and UNC (``\\\\host``) names are refused,
    and so are ``..``, hidden components (``.ssh``), control characters and, with ``flat``
    (WhatsApp names files, never paths), any folder at all."""
    if not name or _CONTROL.search(name):
        return None, "not a file name"
    unix = name.replace("\\", "/")
    if unix.startswith("//"):
        return None, "a network (UNC) path"
    if _DRIVE.match(unix):
        return None, "a path on a drive"
    if unix.startswith("/"):
        return None, "an absolute path"
    parts = [p for p in unix.split("/") if p not in ("", ".")]
    if not parts:
        return None, "not a file name"
    if ".." in parts:
        return None, "a path outside the export"
    if any(p.startswith(".") for p in parts):
        return None, "a hidden file"
    if flat and len(parts) > 1:
        return None, "a path, not a file of the export"
    return "/".join(parts), ""


class ExportSource:
    """Read access to an export: a folder, a .zip, or a single file (with its folder).

    Member names are POSIX-style relative paths. An attachment is taken only if its name
    passes ``attachment_path`` and, outside a zip, it is a regular file (not a symbolic link,
    nor reached through one) inside the export: the folder chosen, or for a single chosen
    file the folder it is in (a WhatsApp .txt: only files beside it; a Telegram result.json:
    only files in Telegram's media folders beside it). Refused names are reported through
    ``on_refused(name, reason)`` (the parsers pass their sink's ``skip``), never read.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        if not self.path.exists():
            raise NotFoundError(f"{self.path} does not exist.")
        self._zip: zipfile.ZipFile | None = None
        self._by_name: dict[str, str] | None = None
        self.primary: str | None = None  # the file the user pointed at, if not a container
        self.on_refused: Callable[[str, str], None] | None = None
        self._refused: set[str] = set()
        if self.path.is_dir():
            self.root: Path | None = self.path
        elif zipfile.is_zipfile(self.path):
            try:
                self._zip = zipfile.ZipFile(self.path)
            except (zipfile.BadZipFile, OSError, NotImplementedError) as exc:
                raise ImportFormatError(zip_damaged(self.path.name, exc)) from None
            self.root = None
        elif _starts_like_zip(self.path):
            # A zip whose end (the central directory) is missing: cut off while downloading
            # or copying. Read as text it would be "line 1 contains binary data".
            raise ImportFormatError(
                f"{self.path.name} is an incomplete zip file: its end is missing.",
                hint="It may not have finished downloading or copying. Export or copy the chat "
                     "again, then import the new file.")
        else:
            self.root = self.path.parent
            self.primary = self.path.name
        self._real_root = os.path.realpath(self.root) if self.root is not None else ""
        self._listing: dict[str, str] | None = None  # NFC name -> name, of the root folder

    @property
    def is_zip(self) -> bool:
        return self._zip is not None

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()

    def __enter__(self) -> ExportSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def names(self) -> list[str]:
        """Members of a zip, or the regular files directly in a folder (not recursive, no
        symbolic links)."""
        if self._zip is not None:
            return [i.filename for i in self._zip.infolist() if i.filename and not i.is_dir()]
        assert self.root is not None
        if self.primary is not None:
            return [self.primary]
        return sorted(p.name for p in self.root.iterdir()
                      if stat.S_ISREG(p.lstat().st_mode))

    def _refuse(self, name: str, reason: str) -> None:
        if name not in self._refused:
            self._refused.add(name)
            if self.on_refused is not None:
                # translators: %1: an attachment's file name, in quotes
                self.on_refused(f"attachment {name!r}", f"refused: {reason}")

    def find(self, member: str, *, flat: bool = False, base: str = "") -> str | None:
        """The real name of an attachment if the export holds it (zip: also matched by NFC
        name and by base name), else None; refused names are reported (see the class).
        ``flat``: a file name only (WhatsApp). ``base``: the folder of result.json inside
        the export, which Telegram's paths are relative to."""
        norm, why = attachment_path(member, flat=flat)
        if norm is None:
            self._refuse(member, why)
            return None
        if self._zip is not None:
            if base:
                norm = posixpath.join(base, norm)
            if self._by_name is None:
                self._by_name = {}
                for name in self.names():
                    self._by_name.setdefault(nfc(name), name)
                    self._by_name.setdefault(nfc(posixpath.basename(name)), name)
            return self._by_name.get(nfc(norm)) or self._by_name.get(nfc(posixpath.basename(norm)))
        assert self.root is not None
        if not flat and self.primary is not None:
            # A lone result.json: only Telegram's media folders beside it.
            parts = norm.split("/")
            if len(parts) > 2 and parts[0] == "chats" and parts[1].startswith("chat_"):
                parts = parts[2:]
            if len(parts) < 2 or parts[0] not in TELEGRAM_FOLDERS:
                self._refuse(member, "not in a media folder of the export")
                return None
        if base:
            norm = posixpath.join(base, norm)
        if flat and sys.platform.startswith("linux"):
            # A WhatsApp export names thousands of files, most of them often not there: one
            # listing of the folder instead of a failed lstat (and an exception) each.
            # (Elsewhere the file system may match names regardless of case or normal form.)
            listing = self._root_listing()
            if listing is not None:
                real = listing.get(nfc(norm))
                if real is None:
                    return None
                norm = real
        full = os.path.join(self.root, *norm.split("/"))
        try:
            st = os.lstat(full)
        except OSError as exc:
            if (exc.errno in (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP,
                              errno.ENAMETOOLONG)
                    or getattr(exc, "winerror", None) in (21, 123, 1921)):
                return None
            raise
        except ValueError:
            return None
        if stat.S_ISLNK(st.st_mode):
            self._refuse(member, "a symbolic link")
            return None
        if not stat.S_ISREG(st.st_mode):
            return None  # a folder or a device by that name: the file is not there
        # No symbolic link (or Windows junction) on the way either.
        expected = os.path.join(self._real_root, *norm.split("/"))
        if os.path.normcase(os.path.realpath(full)) != os.path.normcase(expected):
            self._refuse(member, "a path through a symbolic link")
            return None
        return norm

    def _root_listing(self) -> dict[str, str] | None:
        """The root folder's names by their NFC form, listed once; None to look files up one
        by one (a folder too big to hold in memory, or one that cannot be listed)."""
        if self._listing is None:
            assert self.root is not None
            names: dict[str, str] = {}
            try:
                with os.scandir(self.root) as it:
                    for entry in it:
                        names.setdefault(nfc(entry.name), entry.name)
                        if len(names) > 500_000:
                            names = {}
                            break
            except OSError:
                names = {}
            self._listing = names
        return self._listing or None

    def open(self, member: str) -> IO[bytes]:
        if self._zip is not None:
            if self._zip.getinfo(member).flag_bits & 0x1:
                raise ImportFormatError(f"{self.path.name} is password-protected; export the chat "
                                        "again without a password.")
            try:
                return _ZipReader(self._zip.open(member), self.path.name)  # type: ignore[return-value]
            except (zipfile.BadZipFile, OSError) as exc:  # e.g. a member offset out of range
                raise ImportFormatError(zip_damaged(self.path.name, exc)) from None
        assert self.root is not None
        if member == self.primary:
            return open(self.root / member, "rb")  # the file the user chose
        # An attachment find() accepted: not through a link that appeared since, and still
        # a regular file (a FIFO would block, a device never end).
        try:
            return safeopen.open_regular(os.path.join(self.root, *member.split("/")),
                                         follow=False)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise RefusedAttachment(f"{member} became a symbolic link while importing.",
                                        link=True) from None
            raise
        except safeopen.NotRegularFile:
            raise RefusedAttachment(f"{member} is no longer a regular file.") from None

    def modified(self, member: str) -> tuple[int, int, int] | None:
        """The (year, month, day) a zip says its member was written (the phone's clock when
        it made the export), or None outside a zip (a file's time on this computer says
        when it was copied here, not when it was exported)."""
        if self._zip is None:
            return None
        y, mo, d = self._zip.getinfo(member).date_time[:3]
        return (y, mo, d) if y > 1980 and 1 <= mo <= 12 and 1 <= d <= 31 else None

    def size(self, member: str) -> int:
        if self._zip is not None:
            return self._zip.getinfo(member).file_size
        assert self.root is not None
        return (self.root / member).stat().st_size


# What decompressing a damaged zip member raises: bad CRC, broken deflate/bzip2/LZMA stream,
# cut short, unknown method. bz2 reports a broken stream as a bare OSError.
def _starts_like_zip(path: Path) -> bool:
    """True when the file begins as a zip does (a local file header, "PK\\3\\4")."""
    try:
        with open(path, "rb") as fh:
            return fh.read(4) == b"PK\x03\x04"
    except OSError:
        return False


ZIP_DAMAGE = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, NotImplementedError,
              OSError)


def zip_damaged(name: str, exc: BaseException) -> str:
    """Why the zip export ``name`` cannot be read, as one whole sentence per category
    (cut short, a compression method zipfile lacks, the disk's error, damaged); the zip
    module's own words go to the log only."""
    oswords.logged(f"zip export {name}", exc)
    if isinstance(exc, NotImplementedError):
        return (f"{name} is compressed in a way backupgui cannot read; unpack it with another "
                "program and choose the folder.")
    if isinstance(exc, EOFError):
        return f"{name} is cut short (the download or copy did not finish); copy it again."
    if isinstance(exc, OSError) and exc.errno is not None:
        # translators: %1: a file's name, %2: why, a lower-case clause (such as: the disk is full)
        return f"Cannot read {name}: {oswords.problem(exc)}."
    return f"{name} is a damaged zip file."


class _ZipReader:
    """A zip member whose read errors become ``ImportFormatError``.

    Translating here, where the zip is read, keeps real I/O errors elsewhere (e.g. the disk
    filling up while media are stored) from being reported as a damaged export.
    """

    def __init__(self, raw: IO[bytes], name: str) -> None:
        self._raw = raw
        self._name = name

    def read(self, n: int = -1) -> bytes:
        try:
            return self._raw.read(n)
        except ZIP_DAMAGE as exc:
            raise ImportFormatError(zip_damaged(self._name, exc)) from None

    def close(self) -> None:
        self._raw.close()

    def __enter__(self) -> _ZipReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# -- sinks ----------------------------------------------------------------------------------
class _ChatTally:
    __slots__ = ("chat", "count", "first", "last", "found", "missing")

    def __init__(self, chat: Chat) -> None:
        self.chat = chat
        self.count = self.found = self.missing = 0
        self.first: int | None = None
        self.last: int | None = None

    def add(self, msg: ParsedMessage) -> None:
        self.count += 1
        ts = msg.ts_ms
        if self.first is None or ts < self.first:
            self.first = ts
        if self.last is None or ts > self.last:
            self.last = ts
        for m in msg.media:
            if m.member is None:
                self.missing += 1
            else:
                self.found += 1

    def add_rows(self, rows: list[tuple], media: list[tuple] | None = None) -> None:
        if media:
            self.missing += len(media)  # rows go with attachments only when none was found
        if not rows:
            return
        self.count += len(rows)
        times = list(map(itemgetter(2), rows))
        lo, hi = min(times), max(times)
        if self.first is None or lo < self.first:
            self.first = lo
        if self.last is None or hi > self.last:
            self.last = hi

    def preview(self) -> ChatPreview:
        c = self.chat
        return ChatPreview(c.name, c.kind, tuple(p.name for p in c.participants), self.count,
                           self.first, self.last, self.found, self.missing)


class BaseSink:
    """Counts everything; subclasses store it."""

    _CHECK_EVERY = 512

    def __init__(self, progress: ProgressCb | None = None,
                 cancel: CancelToken | None = None) -> None:
        self._progress = progress
        self._cancel = cancel
        self.tallies: dict[str, _ChatTally] = {}
        self.skipped: list[tuple[str, str]] = []
        self.warnings: list[str] = []
        self._n = 0
        self._current = ""

    def checkpoint(self) -> None:
        if self._cancel is not None:
            self._cancel.checkpoint()

    def begin_chat(self, chat: Chat) -> None:
        self.tallies.setdefault(chat.id, _ChatTally(chat))
        self._current = chat.id
        self.checkpoint()

    def message(self, msg: ParsedMessage) -> None:
        self.tallies[self._current].add(msg)
        self._n += 1
        if self._n % self._CHECK_EVERY == 0:
            self.checkpoint()

    def rows(self, rows: list[tuple], media: list[tuple] | None = None) -> None:
        """Messages without attachment files, in bulk: ``(id, chat_id, ts_ms, sender, kind,
        text, reply_to, seq)`` row tuples of the current chat (the sink may keep the list),
        and ``media``: rows of attachments they name that the export did not include
        (``missing_media_row``)."""
        self.tallies[self._current].add_rows(rows, media)
        self._n += len(rows)
        self.checkpoint()

    def end_chat(self, chat: Chat) -> None:
        self.tallies[chat.id].chat = chat

    def skip(self, item: str, reason: str) -> None:
        self.skipped.append((item, reason))

    def warn(self, text: str) -> None:
        if text not in self.warnings:
            self.warnings.append(text)

    def progress(self, done: int, total: int) -> None:
        # Parsers report progress at least once per block they read, even in the middle of
        # a very long line: a cancel takes effect there too.
        self.checkpoint()
        if self._progress is not None:
            self._progress(done, total)


class PreviewSink(BaseSink):
    def preview(self, fmt: str) -> ImportPreview:
        return ImportPreview(fmt, tuple(t.preview() for t in self.tallies.values()),
                             tuple(self.warnings), tuple(self.skipped))


class LibrarySink(BaseSink):
    """Writes into an open library transaction; media files are stored as messages arrive.

    Media are stored only for messages that are new (or lack their media so far), and every
    file that did not exist before is remembered so a failed import can remove it again.
    A message whose id the library holds is "already here" only if the library's message
    is this one: the same chat, sender and text, and no other file for an attachment both
    have a file of (not the time: an export's times follow this computer's time zone).
    Else the export's message is added beside it under a derived id (``differing_id``) and
    counted in ``ImportResult.messages_differ`` (SECURITY.md 2.13).
    Into a chat that has messages already (an export imported again, a newer one), the
    messages this export adds are put in its order among those there (``order_merged``).
    A WhatsApp export of a chat that holds a phone backup's messages (the same name, or its
    own chat merged into by a backup) goes into it without the messages it has
    (``merge.ExportMerge``).
    """

    _BATCH = 2000

    def __init__(self, lib: Library, source: ExportSource, writer: object,
                 progress: ProgressCb | None = None, cancel: CancelToken | None = None) -> None:
        super().__init__(progress, cancel)
        self.lib = lib
        self.source = source
        self.w = writer  # LibraryWriter
        self.added = self.present = self.media_added = self.differ = 0
        self.new_files: list[str] = []
        self._batch: list[tuple] = []  # message rows not written yet (no attachment files)
        self._media_batch: list[tuple] = []  # their attachments the export did not include
        self._chat_id = ""
        self._base = 0  # seq base of a merge into messages already there (0: none)
        self._merge: ExportMerge | None = None  # into a chat holding a phone backup's messages
        self._log: MergeLog | None = None
        self._targets: dict[str, str] = {}  # the export's chat id -> the library's
        self._names: ChatNames | None = None
        # The export's ids this chat keeps under a derived id (the library held another
        # message under them): a reply to one of them is a reply to the export's copy.
        self._renamed: dict[str, str] = {}
        self._has_messages = lib._db.execute(
            "SELECT 1 FROM messages UNION ALL SELECT 1 FROM message_blocks LIMIT 1").fetchone() is not None

    # The library has no "does this message exist" query; the importer lives inside the
    # library package and uses its connection for these reads.
    def _existing(self, mid: str) -> tuple[bool, dict[int, str]]:
        """Whether the message is there, and its attachments' seq -> sha256 ('' missing)."""
        row = self.lib._db.execute("SELECT 1 FROM messages WHERE id = ?", (mid,)).fetchone()
        if row is None:
            return False, {}
        return True, self._files_there(mid)

    def _there(self, mid: str) -> tuple[str, str | None, str, str] | None:
        """(chat, sender, kind, text) of the library's message ``mid``, or None."""
        return self.lib._db.execute("SELECT chat_id, sender, kind, text FROM messages"
                                    " WHERE id = ?", (mid,)).fetchone()

    def _files_there(self, mid: str) -> dict[int, str]:
        return dict(self.lib._db.execute("SELECT seq, sha256 FROM media WHERE message_id = ?",
                                         (mid,)))

    def _differing(self, rows: list[tuple]) -> list[int]:
        """The places in ``rows`` (message rows of this chat) whose id the library holds
        for another message: ``same_message`` for a batch, in SQL (about half the CPU of
        reading every row back to compare in Python)."""
        db = self.lib._db
        db.execute("CREATE TEMP TABLE IF NOT EXISTS import_batch (pos INTEGER PRIMARY KEY,"
                   " id TEXT NOT NULL, chat TEXT NOT NULL, sender TEXT, kind TEXT NOT NULL,"
                   " text TEXT NOT NULL)")
        db.execute("DELETE FROM temp.import_batch")
        db.executemany("INSERT INTO temp.import_batch VALUES (?,?,?,?,?,?)",
                       [(i, r[0], r[1], r[3], r[4], r[5]) for i, r in enumerate(rows)])
        return [pos for pos, *there in db.execute(_DIFFERING)
                if not same_message(there, rows[pos][1], rows[pos][3], rows[pos][4],
                                    rows[pos][5])]

    def _derived(self, mid: str, sender: str | None, text: str,
                 same: Callable[[str, tuple], bool]) -> tuple[str, bool]:
        """``derived_id`` in this chat: (id, whether it is free: add the message there)."""
        cand, _, fresh = derived_id(mid, self._chat_id, sender, text, self._there, same)
        return cand, fresh

    def _files_agree(self, mid: str, msg: ParsedMessage) -> bool:
        """Whether the library's message ``mid`` holds no other file than the export's for
        each attachment both have a file of (one kept without its file takes the export's:
        an export imported as .txt, then as .zip). Reads and hashes those files of the
        export: the same size could hold other bytes."""
        have = self._files_there(mid)
        for seq, m in enumerate(msg.media):
            sha = have.get(seq)
            if m.member is not None and sha:
                digest = self._digest(m.member)
                if digest is not None and digest != sha:
                    return False
        return True

    def _same_message(self, mid: str, there: tuple, msg: ParsedMessage) -> bool:
        """Whether the library's message ``mid`` (``there``: ``_there(mid)``) is the
        export's ``msg``: ``same_message``, and no other file for an attachment."""
        if not same_message(there, self._chat_id, msg.sender, msg.kind, msg.text,
                            any_sender=self._merge is not None):
            return False
        return not msg.media or self._files_agree(mid, msg)

    def _settle(self, msg: ParsedMessage) -> bool:
        """Give ``msg`` the id it has in the library: its own, or a derived one when the
        library holds another message under it (``_derived``). True: it is new there under
        a derived id (counted as differing; the caller adds it)."""
        there = self._there(msg.id)
        if there is None or self._same_message(msg.id, there, msg):
            return False
        orig = msg.id
        msg.id, fresh = self._derived(msg.id, msg.sender, msg.text,
                                      lambda i, t: self._same_message(i, t, msg))
        self._renamed[orig] = msg.id
        if fresh:
            self.differ += 1
        return fresh

    def _digest(self, member: str) -> str | None:
        """SHA-256 of an attachment of the export (None: it is refused now, see _store)."""
        self.checkpoint()
        h = hashlib.sha256()
        try:
            src = self.source.open(member)
        except RefusedAttachment:
            return None
        with src:
            while chunk := src.read(1 << 20):
                self.checkpoint()
                h.update(chunk)
        return h.hexdigest()

    def begin_chat(self, chat: Chat) -> None:
        self._flush()
        super().begin_chat(chat)
        self._renamed = {}
        db = self.lib._db
        target = chat.id
        phone = False
        if chat.source == "whatsapp" and self._has_messages:
            self.w.unblock({chat.id})  # type: ignore[attr-defined]
            if db.execute("SELECT 1 FROM chats WHERE id=?", (chat.id,)).fetchone():
                phone = holds_phone_messages(db, chat.id)
            else:
                if self._names is None:
                    self._names = ChatNames(db)
                other = phone_chat_named(db, self.w, self._names, chat.name, chat.id)
                if other is not None:
                    target, phone = other, True
        self._chat_id = self._targets[chat.id] = target
        if target == chat.id:
            self.w.upsert_chat(chat)  # type: ignore[attr-defined]
        self.w.unblock({target})  # type: ignore[attr-defined]  # _existing reads rows only
        self._base = self.w.merge_base(target)  # type: ignore[attr-defined]
        if phone and self._base:
            if self._log is None:
                self._log = MergeLog(db)
            self._merge = ExportMerge(db, self.w, target, self._base, self._log)
            self.warn("The chat was merged with the same chat imported from a phone backup.")
        elif self._base:
            # This export's order of every message, for putting new ones among the old.
            db = self.lib._db
            db.execute("CREATE TEMP TABLE IF NOT EXISTS import_order"
                       " (ts INTEGER NOT NULL, seq INTEGER NOT NULL, id TEXT NOT NULL)")
            db.execute("DELETE FROM temp.import_order")

    def end_chat(self, chat: Chat) -> None:
        self._flush()
        super().end_chat(chat)
        if self._merge is not None:
            merge, self._merge = self._merge, None
            people = merge.finish(chat.participants)
            name, kind = merge.chat
            self.w.upsert_chat(Chat(merge.target, name,  # type: ignore[attr-defined]
                                    "group" if chat.kind == "group" else kind, chat.source,
                                    None, people))
            self._base = 0
            return
        self.w.upsert_chat(chat)  # type: ignore[attr-defined]
        if self._base:
            db = self.lib._db
            db.execute("CREATE INDEX IF NOT EXISTS temp.import_order_ts ON import_order (ts, seq)")

            def source(ts: int) -> list[str]:
                return [i for (i,) in db.execute(
                    "SELECT id FROM temp.import_order WHERE ts=? ORDER BY seq", (ts,))]

            self.w.order_merged(chat.id, self._base, source)  # type: ignore[attr-defined]
            db.execute("DROP TABLE temp.import_order")
            self._base = 0

    def message(self, msg: ParsedMessage) -> None:
        super().message(msg)
        if self._merge is not None and not self._merged(msg):
            return
        found = [m for m in msg.media if m.member is not None] if msg.media else None
        if not found:
            self._batch.append((msg.id, self._chat_id, msg.ts_ms, msg.sender, msg.kind, msg.text,
                                msg.reply_to, msg.seq))
            for seq, m in enumerate(msg.media):
                self._media_batch.append(missing_media_row(msg.id, seq, self._chat_id, m))
            if len(self._batch) >= self._BATCH:
                self._flush()
            return
        self._flush()
        if self._merge is None:
            self._settle(msg)
        if msg.reply_to in self._renamed:
            self._point_replies([(msg.id, msg.reply_to)])
            msg.reply_to = self._renamed[msg.reply_to]
        exists, have = self._existing(msg.id)
        if exists and have and all(have.get(seq) for seq, m in enumerate(msg.media)
                                   if m.member is not None):
            self.present += 1
            return
        refs = []
        for seq, m in enumerate(msg.media):
            if m.member is None:
                refs.append(MediaRef(m.kind, "", 0, m.mime, m.filename, seq))
            elif have.get(seq):
                continue  # stored before
            else:
                ref = self._store(m, seq)
                if ref is not None:
                    refs.append(ref)
                    if seq in have:  # named before without its file: now it has one
                        self.lib._db.execute("DELETE FROM media WHERE message_id=? AND seq=?",
                                             (msg.id, seq))
        message = Message(msg.id, self._chat_id, msg.ts_ms, msg.sender, msg.kind, msg.text,
                          msg.reply_to, tuple(refs), msg.seq)
        merging = self._merge is not None  # (then msg.seq holds the base already)
        if self._base and not merging:
            self._remember([(msg.ts_ms, msg.seq, msg.id)])
        # For a message imported before without its files (the .txt first, now the .zip),
        # add_messages adds just the media rows (it ignores the message, not its media).
        n = self.w.add_messages([message], 0 if merging else self._base)  # type: ignore[attr-defined]
        self.added += n
        self.present += 1 - n
        self.media_added += sum(1 for r in refs if r.sha256)

    def rows(self, rows: list[tuple], media: list[tuple] | None = None) -> None:
        super().rows(rows, media)
        if self._merge is not None:
            self._merge_rows(rows, media or [])
            return
        if self._batch:
            self._batch.extend(rows)
        else:
            self._batch = rows
        if media:
            self._media_batch.extend(media)
        if len(self._batch) >= self._BATCH:
            self._flush()

    # -- into a chat holding a phone backup's messages --------------------------------------
    def _merged(self, msg: ParsedMessage) -> bool:
        """A message with files (``message``) arriving in a merge: False when it needs no
        writing (the chat has it: its files go to the chat's copy); else it is rewritten to
        be added (the chat's id, sender and seq) and True."""
        merge = self._merge
        assert merge is not None and self._log is not None
        self._flush()
        fresh = self._settle(msg)
        had = None if fresh else merge.known(msg.id)
        if had is not None:  # imported before: its files, as any import again
            self._log.note(merge.target, msg.ts_ms, msg.seq, had, msg.id, False)
            msg.seq += self._base
            return True
        other = merge.match(msg.ts_ms, msg.sender, msg.kind, msg.text)
        if other is not None:
            oid, ots = other
            self._log.note(merge.target, msg.ts_ms, msg.seq, ots, oid, False)
            self.present += 1
            self.differ -= fresh  # (the chat has it from the phone backup)
            if merge.needs_files(oid):
                for seq, m in enumerate(msg.media):
                    ref = self._store(m, seq) if m.member is not None else None
                    if ref is not None and merge.fill(oid, seq, ref.kind, ref.mime,
                                                      ref.filename, ref.size, ref.sha256):
                        self.media_added += 1
            return False
        self._log.note(merge.target, msg.ts_ms, msg.seq, msg.ts_ms, msg.id, True)
        msg.sender = merge.sender(msg.sender)
        msg.seq += self._base
        return True

    def _merge_rows(self, rows: list[tuple], media: list[tuple]) -> None:
        """``rows`` arriving in a merge: those the chat has are left out, the rest added."""
        merge = self._merge
        log = self._log
        assert merge is not None and log is not None
        target, base = merge.target, self._base
        files: dict[str, list[tuple]] = {}
        for m in media:
            files.setdefault(m[0], []).append(m)
        for mid, _chat, ts, sender, kind, text, reply, seq in rows:
            orig = mid
            there = self._there(mid)
            fresh = False
            if there is not None and not same_message(there, target, sender, kind, text,
                                                      any_sender=True):
                mid, fresh = self._derived(
                    mid, sender, text, lambda _i, t, s=sender, k=kind, x=text: same_message(
                        t, target, s, k, x, any_sender=True))
            had = None if fresh else merge.known(mid)
            if had is not None:
                log.note(target, ts, seq, had, mid, False)
                self.present += 1
                continue
            other = merge.match(ts, sender, kind, text)
            if other is not None:
                log.note(target, ts, seq, other[1], other[0], False)
                self.present += 1
                continue
            self.differ += fresh
            log.note(target, ts, seq, ts, mid, True)
            self._batch.append((mid, target, ts, merge.sender(sender), kind, text, reply,
                                base + seq))
            for m in files.get(orig, ()):
                self._media_batch.append((mid, m[1], target, *m[3:]))
        if len(self._batch) >= self._BATCH:
            self._flush()

    def _remember(self, order: list[tuple]) -> None:
        self.lib._db.executemany("INSERT INTO temp.import_order VALUES (?,?,?)", order)

    def _store(self, media: ParsedMedia, seq: int) -> MediaRef | None:
        assert media.member is not None
        self.checkpoint()
        fd, tmp = tempfile.mkstemp(dir=self.lib.root, prefix=".import-")
        try:
            h = hashlib.sha256()
            try:
                src = self.source.open(media.member)
            except RefusedAttachment as exc:
                os.close(fd)
                why = ("refused: it became a symbolic link while importing" if exc.link
                       else "refused: it is no longer a regular file")
                self.skip(f"attachment {media.member!r}", why)
                return None
            with os.fdopen(fd, "wb") as out, src:
                while chunk := src.read(1 << 20):
                    # Stop between pieces, not after the file: a zip member inflates up to
                    # ~1,000 times its stored size (a 0.5 MB export wrote 512 MiB here).
                    self.checkpoint()
                    h.update(chunk)
                    out.write(chunk)
            existed = self.lib.has_media(h.hexdigest())
            sha, size = self.lib.add_media_file(tmp, move=True)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        if not existed:
            self.new_files.append(sha)
        return MediaRef(media.kind, sha, size, media.mime, media.filename, seq)

    def _flush(self) -> None:
        if self._merge is not None:  # (rows carry their seq with the base, and are logged)
            if self._batch or self._media_batch:
                n = self.w.add_message_rows(self._batch, self._media_batch)  # type: ignore[attr-defined]
                self.added += n
                self.present += len(self._batch) - n
                self._batch = []
                self._media_batch = []
            return
        if self._batch:
            rows, media = self._batch, self._media_batch
            self._batch, self._media_batch = [], []
            n = self.w.add_message_rows(rows, [], self._base)  # type: ignore[attr-defined]
            if n < len(rows):  # some ids were there: for the same messages?
                rows, media, more = self._settle_rows(rows, media)
                n += more
            if media:
                self.w.add_message_rows([], media)  # type: ignore[attr-defined]
            if self._base:
                self._remember([(r[2], r[7], r[0]) for r in rows])
            if self._renamed:
                self._point_replies([(r[0], r[6]) for r in rows if r[6] in self._renamed])
            self.added += n
            self.present += len(rows) - n

    def _point_replies(self, replies: list[tuple[str, str]]) -> None:
        """Messages of this chat, ``(id, reply_to)``, written (or found there) with a reply to
        an id the export's message is kept under a derived id for: they reply to the
        export's copy, not to the library's different message under the original id
        (SECURITY.md 2.13). Also a reply the library held already (the same message)."""
        self.lib._db.executemany(
            "UPDATE messages SET reply_to=?1 WHERE id=?2 AND chat_id=?3 AND reply_to=?4",
            [(self._renamed[to], mid, self._chat_id, to) for mid, to in replies])

    def _settle_rows(self, rows: list[tuple], media: list[tuple]
                     ) -> tuple[list[tuple], list[tuple], int]:
        """After ``rows`` were written (``INSERT OR IGNORE``, so some ids were there): each
        row whose id the library holds for another message (another chat, sender or text)
        is written under a derived id (``_derived``). Returns the rows and their attachment
        rows as the library has them now, and how many of the derived were added."""
        differing = set(self._differing(rows))
        renamed: dict[str, str] = {}
        out: list[tuple] = []
        fresh: list[tuple] = []
        for i, r in enumerate(rows):
            if i not in differing:  # written now, or the same message was there
                out.append(r)
                continue
            sender, kind, text = r[3], r[4], r[5]
            new, add = self._derived(
                r[0], sender, text, lambda _i, t, s=sender, k=kind, x=text: same_message(
                    t, self._chat_id, s, k, x))
            renamed[r[0]] = self._renamed[r[0]] = new
            row = (new, *r[1:])
            out.append(row)
            if add:
                fresh.append(row)
        n = self.w.add_message_rows(fresh, [], self._base) if fresh else 0  # type: ignore[attr-defined]
        self.differ += n
        if renamed:
            media = [(renamed.get(m[0], m[0]), *m[1:]) for m in media]
        return out, media, n

    def finish(self) -> None:
        self._flush()
        self.lib._db.execute("DROP TABLE IF EXISTS temp.import_batch")
        if self.differ:
            # Ids only: a message's text is the user's, never the log's.
            log.info("import: %d message(s) differ from the library's message under the same id"
                     " (another chat, sender, text or file); both kept", self.differ)
            self.warn("Some messages of this export differ from the library's copy of the same "
                      "message (edited since, or changed elsewhere). Both versions were kept.")

    def remove_new_files(self) -> None:
        """After a rollback: delete media files this import added that nothing refers to."""
        for sha in self.new_files:
            row = self.lib._db.execute("SELECT 1 FROM media WHERE sha256 = ? LIMIT 1",
                                       (sha,)).fetchone()
            if row is None:
                with contextlib.suppress(OSError):
                    self.lib.media_path(sha).unlink()

    def result(self) -> ImportResult:
        return ImportResult(
            chats=len(self.tallies), messages_added=self.added, messages_present=self.present,
            media_added=self.media_added,
            media_missing=sum(t.missing for t in self.tallies.values()),
            skipped=tuple(self.skipped), warnings=tuple(self.warnings),
            chat_ids=tuple(dict.fromkeys(self._targets.get(c, c) for c in self.tallies)),
            messages_differ=self.differ)


def participants_of(names: dict[str, str], me: str | None) -> tuple[Participant, ...]:
    """Participants from person_id -> name, flagging ``me`` (a person_id) as the user."""
    return tuple(Participant(pid, name, pid == me) for pid, name in names.items())


def iter_lines(fh: IO[bytes]) -> Iterator[bytes]:
    """Lines of a binary stream without their line ending (LF, CRLF or lone CR)."""
    for raw in fh:
        line = raw.rstrip(b"\n")
        if line.endswith(b"\r"):
            line = line[:-1]
        # Old Mac-style lone CRs inside a line separate lines too.
        if b"\r" in line:
            yield from line.split(b"\r")
        else:
            yield line
