"""Opening an attachment safely (no Qt): decide by content, copy privately, mark as foreign.

An attachment comes from a chat partner, and its name from the export. Opened under that
name with the system's default app, ``Invoice.pdf.bat``, ``.hta``, ``.js``, ``.desktop`` or
``.command`` would run. So:

* what a file *is* is decided by its first bytes (``sniff``), against a short allow-list of
  media types whose default apps only display (photos, videos, audio, PDF). Text is not on
  it: a script or a ``.desktop`` file is text too;
* an allowed file is opened as a copy named ``<sha256>.<extension of that type>`` in a
  private folder (``mkdtemp``: 0700), created 0600 with ``O_EXCL | O_NOFOLLOW``, and marked
  as coming from elsewhere where the platform has such a mark (Windows: the
  ``Zone.Identifier`` stream, macOS: ``com.apple.quarantine``);
* anything else is never opened by backupgui: the viewer offers "Save as…" (``save_copy``).

docs/SECURITY.md lists what this does not defend (a bug in the image or PDF viewer itself).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from ..device.fileperms import PRIVATE_FILE
from ..device.stale import is_stale, owned_name
from .model import MediaRef
from .store import media_path

_SNIFF_BYTES = 64
_OPEN_PREFIX = "backupgui-open-"


@dataclass(frozen=True, slots=True)
class FileType:
    """A media type backupgui may hand to the system's default app."""

    mime: str
    extension: str  # without the dot


# ISO base media files (MP4, MOV, HEIC, ...) by their major brand (bytes 8..12).
_FTYP_BRANDS = {
    **dict.fromkeys((b"isom", b"iso2", b"iso4", b"iso5", b"iso6", b"mp41", b"mp42", b"avc1",
                     b"dash", b"M4V ", b"MSNV", b"f4v "), FileType("video/mp4", "mp4")),
    b"qt  ": FileType("video/quicktime", "mov"),
    **dict.fromkeys((b"3gp4", b"3gp5", b"3gp6", b"3gp7", b"3gs7", b"3ge6", b"3gg6"),
                    FileType("video/3gpp", "3gp")),
    **dict.fromkeys((b"M4A ", b"M4B "), FileType("audio/mp4", "m4a")),
    **dict.fromkeys((b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"),
                    FileType("image/heic", "heic")),
    **dict.fromkeys((b"avif", b"avis"), FileType("image/avif", "avif")),
}
_PREFIXES = (
    (b"\xff\xd8\xff", FileType("image/jpeg", "jpg")),
    (b"\x89PNG\r\n\x1a\n", FileType("image/png", "png")),
    (b"GIF87a", FileType("image/gif", "gif")),
    (b"GIF89a", FileType("image/gif", "gif")),
    (b"OggS", FileType("audio/ogg", "ogg")),
    (b"fLaC", FileType("audio/flac", "flac")),
    (b"#!AMR\n", FileType("audio/amr", "amr")),
    (b"ID3", FileType("audio/mpeg", "mp3")),
    (b"%PDF-", FileType("application/pdf", "pdf")),
)


def sniff(head: bytes) -> FileType | None:
    """The allowed type of a file whose first bytes are ``head`` (at least the first 64, or
    the whole file if shorter), or None: only a signature at the very start counts."""
    for prefix, ftype in _PREFIXES:
        if head.startswith(prefix):
            return ftype
    if len(head) >= 12 and head[4:8] == b"ftyp":
        return _FTYP_BRANDS.get(head[8:12])
    if head[:4] == b"RIFF" and len(head) >= 12:
        return {b"WEBP": FileType("image/webp", "webp"),
                b"WAVE": FileType("audio/wav", "wav")}.get(head[8:12])
    if head[:4] == b"\x1a\x45\xdf\xa3":  # EBML: WebM or Matroska, by its DocType
        doc = head[:64]
        if b"webm" in doc:
            return FileType("video/webm", "webm")
        if b"matroska" in doc:
            return FileType("video/x-matroska", "mkv")
        return None
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xF6 == 0xF0:  # AAC ADTS
        return FileType("audio/aac", "aac")
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0 and head[1] & 0x06:
        return FileType("audio/mpeg", "mp3")  # an MPEG audio frame (layer bits set)
    return None


@dataclass(frozen=True, slots=True)
class Opening:
    """What the viewer may do with an attachment."""

    source: Path  # the file in the media store
    file_type: FileType | None  # None: not on the allow-list, offer "Save as…" only
    suggested_name: str  # a safe file name for "Save as…"
    path: Path | None = None  # the private copy to open (allowed types only)


def prepare(library_dir: Path, ref: MediaRef) -> Opening:
    """Decide how an attachment may be opened; for an allowed type, make its private copy.
    ``FileNotFoundError`` if the file is not in the media store. Runs off the GUI thread."""
    src = media_path(Path(library_dir) / "media", ref.sha256)
    with open(src, "rb") as fh:
        head = fh.read(_SNIFF_BYTES)
    ftype = sniff(head)
    name = safe_name(ref.filename, ref.sha256, ftype)
    if ftype is None:
        return Opening(src, None, name)
    return Opening(src, ftype, name, _private_copy(src, f"{ref.sha256}.{ftype.extension}"))


_session_dir: Path | None = None


def _private_dir() -> Path:
    """This process's private folder for opened copies: ``mkdtemp`` (0700, a fresh name no
    one else can have made), under the system's temp folder. Folders of earlier runs that
    are gone are removed the first time."""
    global _session_dir
    if _session_dir is None or not _session_dir.is_dir():
        tmp = Path(tempfile.gettempdir())
        with contextlib.suppress(OSError):
            for old in tmp.glob(_OPEN_PREFIX + "*"):
                if is_stale(old.name[len(_OPEN_PREFIX):]) and old.lstat().st_uid == _uid():
                    shutil.rmtree(old, ignore_errors=True)
        _session_dir = Path(tempfile.mkdtemp(prefix=f"{_OPEN_PREFIX}{owned_name()}-"))
    return _session_dir


def _uid() -> int:
    return os.getuid() if hasattr(os, "getuid") else 0


def _private_copy(src: Path, name: str) -> Path:
    """A copy of ``src`` named ``name`` in the private folder, created 0600 with
    ``O_EXCL | O_NOFOLLOW`` and marked as foreign (opened before in this run: reused)."""
    dst = _private_dir() / name
    flags = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
             | getattr(os, "O_BINARY", 0))
    try:
        fd = os.open(dst, flags, PRIVATE_FILE)
    except FileExistsError:
        return dst  # made by this function, in a folder only this user can write to
    try:
        with os.fdopen(fd, "wb") as out, open(src, "rb") as fh:
            shutil.copyfileobj(fh, out, 1 << 20)
    except BaseException:
        with contextlib.suppress(OSError):
            dst.unlink()
        raise
    mark_foreign(dst)
    return dst


def save_copy(source: Path, target: str | os.PathLike[str]) -> None:
    """Copy an attachment to where the user chose ("Save as…"), marked as foreign. The
    copy is written next to the target and renamed over it, so a failure leaves nothing."""
    target = Path(target)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".backupgui-save-")
    try:
        with os.fdopen(fd, "wb") as out, open(source, "rb") as fh:
            shutil.copyfileobj(fh, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o644 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    mark_foreign(target)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')
# Bidirectional controls make a name read differently than it is: "x\u202egpj.exe" shows
# as "xexe.jpg" in the dialog and in file managers, and runs when double-clicked.
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_DEVICE_NAMES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)),
                 *(f"LPT{i}" for i in range(10))}


def without_bidi_controls(name: str) -> str:
    """``name`` without bidirectional controls (marks, embeddings, overrides, isolates)."""
    return _BIDI.sub("", name)


def safe_name(filename: str, sha256: str, ftype: FileType | None) -> str:
    """A file name for "Save as…": the export's base name without path parts, characters
    that file systems refuse or bidirectional controls that disguise its extension, else the
    hash; an allowed type gets its own extension."""
    name = without_bidi_controls(filename)
    base = _UNSAFE_NAME.sub("_", name.replace("\\", "/").rsplit("/", 1)[-1]).strip(" .")
    base = base[:120] or sha256[:16]
    if base.split(".", 1)[0].strip().upper() in _DEVICE_NAMES:
        base = "_" + base  # "CON.txt", "nul.jpg": Windows devices, not files
    if ftype is not None:
        stem = base.rsplit(".", 1)[0] if "." in base else base
        return f"{stem or sha256[:16]}.{ftype.extension}"
    return base


def mark_foreign(path: Path) -> None:
    """Mark a file as coming from elsewhere where the platform has such a mark, so its apps
    apply their caution (Windows: Mark of the Web, zone 3 "Internet"; macOS: quarantine).
    Best effort: a file system without streams or extended attributes just lacks it."""
    with contextlib.suppress(OSError):
        if sys.platform == "win32":
            with open(f"{path}:Zone.Identifier", "w", encoding="ascii", newline="") as fh:
                fh.write(zone_identifier())
        elif sys.platform == "darwin":
            _setxattr(path, "com.apple.quarantine", quarantine_value())


def zone_identifier() -> str:
    """The Windows ``Zone.Identifier`` stream content for "from the Internet"."""
    return "[ZoneTransfer]\r\nZoneId=3\r\n"


def quarantine_value(now: float | None = None) -> bytes:
    """The macOS ``com.apple.quarantine`` value: flags (0x0081: quarantined, user-visible
    download), time (hex seconds), the agent that wrote the file, no event id."""
    return f"0081;{int(now if now is not None else time.time()):08x};backupgui;".encode()


def _setxattr(path: Path, name: str, value: bytes) -> None:
    """setxattr(2) on macOS (Python's os.setxattr exists on Linux only)."""
    import ctypes
    import ctypes.util

    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    fn = libc.setxattr
    fn.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_void_p, ctypes.c_size_t,
                   ctypes.c_uint32, ctypes.c_int]
    if fn(os.fsencode(path), name.encode(), value, len(value), 0, 0) != 0:
        err = ctypes.get_errno()
        raise OSError(err, os.strerror(err))
