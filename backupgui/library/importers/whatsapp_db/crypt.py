"""Open WhatsApp's Android backup files: ``.crypt15``, ``.crypt14`` and ``.crypt12``.

Layout (public format facts; see docs/IMPORT.md):

* crypt15 / crypt14: one length byte ``n``; for a message database a ``0x01`` byte (the
  feature table is present); a protobuf ``BackupPrefix`` of ``n`` bytes whose field 3
  (crypt15) or field 2 (crypt14) carries the 16-byte IV; then AES-256-GCM ciphertext of the
  zlib-compressed SQLite file, its 16-byte tag, and usually a 16-byte MD5 of everything
  before it. crypt15's AES key is HKDF-SHA256 of the 32-byte root key (the 64-digit key);
  crypt14's is the last 32 bytes of the ``key`` file, whose server salt the header repeats.
* crypt12: a fixed 67-byte header (cipher version 00 01, key version, server salt, Google id
  salt, IV), the ciphertext, the tag, an MD5 and 4 bytes of the phone number's end.

The file is read once, in 1 MiB pieces: the plaintext is inflated as it comes (bounded
output per step) into a file in a private folder, while the MD5 and the GCM tag are
computed. Nothing from it is used before both check out. Whether an MD5 is present cannot
be known before the end, so the tag is computed for both layouts (the keystream is the same;
the second computation is cheap) and the file is accepted only as "MD5 present and right and
tag right" or "no MD5 and tag right": a flipped byte anywhere fails one or the other.
"""

from __future__ import annotations

import hashlib
import os
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from .... import oswords
from ....errors import DiskFullError
from .errors import (
    KEY_DIGITS,
    KEY_FILE_BYTES,
    DamagedPhoneBackupError,
    PhoneBackupFormatError,
    WhatsAppKeyError,
    WhatsAppKeyFormError,
)
from .keyfile import Crypt14Key, Crypt15Key, WhatsAppKey
from .protobuf import LEN, VARINT, ProtoError, fields

if TYPE_CHECKING:
    from ....jobs import CancelToken

CHUNK = 1 << 20
_INFLATE_STEP = 4 << 20  # plaintext produced per inflate call at most
DEFAULT_MAX_OUTPUT = 256 << 30  # a decrypted database bigger than this is refused
SQLITE_MAGIC = b"SQLite format 3\x00"
_TAG = 16
_MD5 = 16
_CRYPT12_HEADER = 67
_CRYPT12_TRAILER = _TAG + _MD5 + 4


@dataclass(frozen=True, slots=True)
class Header:
    """What the clear header of a backup file says."""

    version: int  # 12, 14 or 15
    iv: bytes
    offset: int  # where the ciphertext starts
    server_salt: bytes = b""  # crypt14/12: must equal the key file's
    features: bool = False  # crypt14/15: the feature-table byte is present (msgstore)


@dataclass(frozen=True, slots=True)
class DecryptInfo:
    """What ``decrypt_database`` found."""

    version: int
    checksum: bool  # an MD5 trailer was present and right
    encrypted_bytes: int
    database_bytes: int


def sniff(head: bytes) -> int | None:
    """12, 14 or 15 if ``head`` (the file's first bytes) is a WhatsApp backup header."""
    try:
        return parse_header(head).version
    except PhoneBackupFormatError:
        return None


def parse_header(head: bytes) -> Header:
    """The header at the start of ``head`` (at least its first 257 bytes, or the file)."""
    if len(head) >= _CRYPT12_HEADER and head[:2] == b"\x00\x01" and head[2] in (1, 2, 3):
        return Header(12, head[51:67], _CRYPT12_HEADER, head[3:35])
    if len(head) < 2:
        raise PhoneBackupFormatError("This file is too short to be a WhatsApp backup.")
    n = head[0]
    features = head[1] == 1
    start = 2 if features else 1
    proto = head[start:start + n]
    if n == 0 or len(proto) < n:
        raise PhoneBackupFormatError("This file is not a WhatsApp backup (no header found).")
    try:
        version, iv, salt = _backup_prefix(proto)
    except ProtoError:
        raise PhoneBackupFormatError(
            "This file is not a WhatsApp backup (its header cannot be read).") from None
    return Header(version, iv, start + n, salt, features)


def _backup_prefix(proto: bytes) -> tuple[int, bytes, bytes]:
    """(version, IV, server salt) from a BackupPrefix message."""
    seen: set[int] = set()
    c14 = c15 = None
    for number, wire, value in fields(proto):
        if number in (1, 2, 3, 4):
            if number in seen:
                raise ProtoError("field repeated")
            seen.add(number)
            if wire != (VARINT if number == 1 else LEN):
                raise ProtoError("field of the wrong type")
            if number == 2:
                c14 = value
            elif number == 3:
                c15 = value
            elif number == 4:
                _check_message(value)  # BackupExpiry: app version, phone end, features
        # Unknown fields (newer app versions) are skipped: they are bounded and unused.
    if (c14 is None) == (c15 is None):
        raise ProtoError("neither or both of the crypt14 and crypt15 parts")
    assert isinstance(c14, bytes | None) and isinstance(c15, bytes | None)
    if c15 is not None:
        iv = _only_bytes(c15, {1: "iv"})["iv"]
        salt = b""
        version = 15
    else:
        assert c14 is not None
        parts = _only_bytes(c14, {1: "cipher", 2: "key_version", 3: "salt", 4: "google", 5: "iv"})
        iv, salt = parts["iv"], parts.get("salt", b"")
        version = 14
        if len(salt) != 32:
            raise ProtoError("server salt of the wrong size")
    if len(iv) != 16:
        raise ProtoError("IV of the wrong size")
    return version, iv, salt


def _check_message(value: int | bytes) -> None:
    assert isinstance(value, bytes)
    for _ in fields(value):
        pass


def _only_bytes(msg: int | bytes, names: dict[int, str]) -> dict[str, bytes]:
    assert isinstance(msg, bytes)
    out: dict[str, bytes] = {}
    for number, wire, value in fields(msg):
        name = names.get(number)
        if name is None:
            continue
        if wire != LEN or name in out:
            raise ProtoError("bad cipher field")
        assert isinstance(value, bytes)
        out[name] = value
    if "iv" not in out:
        raise ProtoError("no IV")
    return out


def _aes_key(header: Header, key: WhatsAppKey) -> bytes:
    if header.version == 15:
        if not isinstance(key, Crypt15Key):
            raise WhatsAppKeyFormError(
                "This is a .crypt15 backup (end-to-end encrypted): it opens with the "
                f"{KEY_DIGITS}-digit key or the encrypted_backup.key file, not with the key file "
                "of older backups.")
        return key.cipher_key()
    if not isinstance(key, Crypt14Key):
        raise WhatsAppKeyFormError(
            # translators: %1: the backup's kind (.crypt14 or .crypt12), %2, %3: numbers
            f"This is a {'.crypt' + str(header.version)} backup: it opens with the "
            f"{KEY_FILE_BYTES}-byte file named \"key\" from the phone, not with a "
            f"{KEY_DIGITS}-digit key.")
    if key.server_salt != header.server_salt:
        raise WhatsAppKeyError("This key file belongs to another backup (its server salt differs "
                               "from the one this backup was made with).")
    return key.key


class _Inflater:
    """Inflates plaintext as it arrives into ``out``, bounded per step and in total."""

    def __init__(self, out: BinaryIO, limit: int) -> None:
        self._d = zlib.decompressobj()
        self._out = out
        self._limit = limit
        self.written = 0
        self.head = b""  # the first bytes of the database
        self.error: str | None = None
        self.starts_right: bool | None = None  # the plaintext starts as a database does

    def feed(self, data: bytes) -> None:
        if self.starts_right is None and data:
            # Inflating the first few KiB on their own shows whether the key is right
            # (the database's header comes out) even if the stream is damaged later.
            try:
                start = zlib.decompressobj().decompress(data[:4096], len(SQLITE_MAGIC))
            except zlib.error:
                start = b""
            self.starts_right = start == SQLITE_MAGIC
        if self.error is not None or not data:
            return
        d = self._d
        try:
            while data:
                if d.eof:
                    return  # bytes after the end of the stream are ignored (authenticated)
                piece = d.decompress(data, _INFLATE_STEP)
                data = d.unconsumed_tail
                self._write(piece)
        except zlib.error:
            self.error = "zlib" if self.written else "not zlib"

    def _write(self, piece: bytes) -> None:
        if not piece:
            return
        if len(self.head) < len(SQLITE_MAGIC):
            self.head += piece[:len(SQLITE_MAGIC) - len(self.head)]
            if not SQLITE_MAGIC.startswith(self.head):
                self.error = "not sqlite"
                return
        self.written += len(piece)
        if self.written > self._limit:
            self.error = "too big"
            return
        try:
            self._out.write(piece)
        except OSError as exc:
            if oswords.os_problem(exc) in (oswords.OsProblem.FULL, oswords.OsProblem.TOO_LARGE):
                raise DiskFullError("The disk became full while decrypting the phone backup.") from None
            raise

    @property
    def complete(self) -> bool:
        return self.error is None and self._d.eof


def decrypt_database(src: str | os.PathLike[str], key: WhatsAppKey, dst: Path, *,
                     progress: Callable[[int, int], None] | None = None,
                     cancel: CancelToken | None = None,
                     max_output: int = DEFAULT_MAX_OUTPUT) -> DecryptInfo:
    """Decrypt, authenticate and inflate the backup ``src`` into the new file ``dst``.

    Raises ``WhatsAppKeyError`` (wrong key), ``DamagedPhoneBackupError`` (fails its tag or
    checksum, or its content is damaged), ``PhoneBackupFormatError`` (not a message
    database backup), ``WhatsAppKeyFormError`` (the other kind of key). ``dst`` is created
    with mode 0600 and left in place only on success.
    """
    src = Path(src)
    try:
        fh = open(src, "rb")
    except OSError as exc:
        oswords.logged(src.name, exc)
        raise PhoneBackupFormatError(f"Cannot read {src.name}: {oswords.problem(exc)}.") from None
    with fh:
        size = os.fstat(fh.fileno()).st_size
        header = parse_header(fh.read(2 + 255))
        aes_key = _aes_key(header, key)
        fd = os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        ok = False
        try:
            with os.fdopen(fd, "wb", buffering=CHUNK) as out:
                info = _decrypt(fh, src.name, size, header, aes_key, out, progress, cancel,
                                max_output)
            ok = True
            return info
        finally:
            if not ok:
                try:
                    os.unlink(dst)
                except OSError:
                    pass


def _decrypt(fh: BinaryIO, name: str, size: int, h: Header, aes_key: bytes, out: BinaryIO,
             progress: Callable[[int, int], None] | None, cancel: CancelToken | None,
             max_output: int) -> DecryptInfo:
    if h.version == 12:
        md5_end = size - _MD5 - 4  # the MD5 covers everything before it
        ct_a = size - _CRYPT12_TRAILER  # ciphertext end with an MD5 (always, for crypt12)
        ct_b = None
    else:
        md5_end = size - _MD5
        ct_a = size - _TAG - _MD5
        ct_b = size - _TAG
    if (ct_b if ct_b is not None else ct_a) < h.offset:
        raise DamagedPhoneBackupError(f"{name} is cut short (it ends inside its header).")
    dec_a = (Cipher(algorithms.AES(aes_key), modes.GCM(h.iv)).decryptor()
             if ct_a >= h.offset else None)
    dec_b = Cipher(algorithms.AES(aes_key), modes.GCM(h.iv)).decryptor() if ct_b else None
    md5 = hashlib.md5(usedforsecurity=False)
    inflater = _Inflater(out, max_output)
    extra_b = bytearray()  # layout B: the plaintext after layout A's ciphertext end
    tail = bytearray()  # the file's last 36 bytes at most
    fh.seek(0)
    pos = 0
    while True:
        if cancel is not None:
            cancel.checkpoint()
        chunk = fh.read(CHUNK)
        if not chunk:
            break
        end = pos + len(chunk)
        if pos < md5_end:
            md5.update(chunk[:md5_end - pos])
        if dec_a is not None and end > h.offset and pos < ct_a:
            inflater.feed(dec_a.update(chunk[max(h.offset - pos, 0):ct_a - pos]))
        if dec_b is not None and end > h.offset and pos < ct_b:  # type: ignore[operator]
            plain = dec_b.update(chunk[max(h.offset - pos, 0):ct_b - pos])  # type: ignore[operator]
            lo = max(ct_a, h.offset) - max(pos, h.offset)
            if lo < len(plain):
                extra_b += plain[max(lo, 0):]
        tail = (tail + chunk[-_CRYPT12_TRAILER:])[-_CRYPT12_TRAILER:]
        pos = end
        if progress is not None:
            progress(pos, size)
    if pos != size:
        raise DamagedPhoneBackupError(f"{name} changed while it was being read.")

    def tag_ok(dec: object, tag: bytes) -> bool:
        try:
            dec.finalize_with_tag(tag)  # type: ignore[attr-defined]
            return True
        except (InvalidTag, ValueError):
            return False

    if h.version == 12:
        md5_stored = bytes(tail[-_MD5 - 4:-4])
        tag_a = bytes(tail[-_CRYPT12_TRAILER:-_CRYPT12_TRAILER + _TAG])
    else:
        md5_stored = bytes(tail[-_MD5:])
        tag_a = bytes(tail[-_TAG - _MD5:-_MD5])
    md5_ok = md5.digest() == md5_stored
    a_ok = dec_a is not None and tag_ok(dec_a, tag_a)
    b_ok = dec_b is not None and tag_ok(dec_b, bytes(tail[-_TAG:]))
    if md5_ok and a_ok:
        checksum = True
    elif b_ok:
        checksum = False
        inflater.feed(bytes(extra_b))
    elif md5_ok:
        raise WhatsAppKeyError("The key does not open this backup (the file itself is whole: "
                               "its checksum is right).")
    elif inflater.starts_right or a_ok:
        raise DamagedPhoneBackupError(f"{name} is damaged: the key is right but the file fails "
                                      "its authentication check.")
    else:
        raise WhatsAppKeyError("The key does not open this backup, or the file is damaged "
                               "(its checksum does not match either).")
    if inflater.error == "too big":
        raise PhoneBackupFormatError(f"{name} holds a database bigger than "
                                     f"{max_output >> 30} GiB; it is refused.")
    if inflater.error in ("not zlib", "not sqlite"):
        raise PhoneBackupFormatError(f"{name} opens with this key but holds no message database "
                                     "(WhatsApp also backs up media and settings this way).")
    if not inflater.complete:
        raise DamagedPhoneBackupError(f"{name} opens with this key but its content is damaged "
                                      "or cut short.")
    return DecryptInfo(h.version, checksum, size, inflater.written)
