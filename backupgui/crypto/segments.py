"""Streaming authenticated encryption of one object (the STREAM construction).

An object is a 48-byte clear header followed by segments. Segment ``i`` holds up to
``2**exp`` plaintext bytes and is sealed with AES-256-GCM under a per-object key, with the
nonce ``prefix(7) || i (u32 big-endian) || last (1 byte)`` and the associated data
``header || name``. Binding the index and the last-segment flag detects truncation,
reordering and duplication; binding the header and the object's name detects objects moved
between names or sets. See docs/FORMAT.md, "Encrypted objects".

Version 2 objects (format v2) end their plaintext with Padmé padding: zero bytes and their
count as a u64, so that the whole stored object is a Padmé length (``padme.py``). Readers
take version 1 objects (unpadded, from format v1 sets) as well.

A greater version is sealed the same way (FORMAT.md 4.1, 11): a reader authenticates its
segment and then raises ``NewerObjectError`` (made by a newer backupgui) instead of using
it; an unknown version byte alone, never authenticated, is damage like any other.
"""

from __future__ import annotations

import secrets
import struct
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..errors import Damage
from .padme import padme

MAGIC = b"BGUO"
VERSION = 2  # what writers produce
VERSIONS = (1, 2)  # what readers accept
PAD_LENGTH_SIZE = 8  # version 2: the plaintext ends with u64be(number of padding bytes)
HEADER_SIZE = 48
TAG_SIZE = 16
DEFAULT_SEGMENT_EXP = 20  # 1 MiB plaintext segments
MIN_SEGMENT_EXP, MAX_SEGMENT_EXP = 12, 24
OBJECT_KEY_INFO = b"backupgui/v1/object-key"


class ObjectType:
    PACK = 1
    INDEX = 2
    SNAPSHOT = 3


class SegmentError(Exception):
    """An object failed authentication or is malformed; ``str`` says how (for the log),
    ``damage`` in which of the categories a person is told (``errors.Damage``)."""

    def __init__(self, message: str, damage: Damage = Damage.AUTHENTICATION) -> None:
        super().__init__(message)
        self.damage = damage


class NewerObjectError(SegmentError):
    """An object whose header version is greater than any this reader knows, and whose
    segment authenticated under the set's key: written by a newer backupgui, not damaged.
    (A ``SegmentError``, so a caller that does not tell the two apart refuses it.)"""

    def __init__(self, version: int) -> None:
        super().__init__(f"object version {version} is newer than this version of backupgui reads")
        self.version = version


@dataclass(frozen=True, slots=True)
class Header:
    obj_type: int
    segment_exp: int
    salt: bytes
    nonce_prefix: bytes
    version: int = VERSION

    def pack(self) -> bytes:
        return (MAGIC + bytes([self.version, self.obj_type, self.segment_exp, 0]) + self.salt
                + self.nonce_prefix + b"\x00")

    @classmethod
    def parse(cls, raw: bytes) -> Header:
        if len(raw) < HEADER_SIZE:
            raise SegmentError("object is shorter than its header", Damage.CUT_SHORT)
        if raw[:4] != MAGIC:
            raise SegmentError("object does not start with the backupgui magic")
        if raw[4] not in VERSIONS and raw[4] < max(VERSIONS):
            raise SegmentError(f"unsupported object version {raw[4]}")
        # (a greater version is parsed: only a segment that authenticates can say "newer")
        exp = raw[6]
        if not MIN_SEGMENT_EXP <= exp <= MAX_SEGMENT_EXP or raw[7] != 0 or raw[47] != 0:
            raise SegmentError("object header has invalid fields")
        return cls(raw[5], exp, bytes(raw[8:40]), bytes(raw[40:47]), raw[4])

    @property
    def segment_size(self) -> int:
        return 1 << self.segment_exp

    @property
    def padded(self) -> bool:
        return self.version >= 2

    @property
    def newer(self) -> bool:
        """Written by a newer backupgui, if a segment authenticates (nothing of it is used)."""
        return self.version > max(VERSIONS)

    def check_known(self) -> None:
        """After a segment authenticated: ``NewerObjectError`` for a newer version."""
        if self.newer:
            raise NewerObjectError(self.version)


def ciphertext_size(plaintext_size: int, segment_exp: int) -> int:
    """The stored size of an object whose (padded) plaintext has ``plaintext_size`` bytes."""
    segments = max(1, -(-plaintext_size // (1 << segment_exp)))
    return HEADER_SIZE + plaintext_size + TAG_SIZE * segments


def padded_plaintext_size(content_size: int, segment_exp: int) -> int:
    """The plaintext size (content, padding and its u64 length) of a version 2 object
    holding ``content_size`` bytes: the smallest one whose stored size is a Padmé length.

    Stored sizes step by 17 where a segment begins, so a few Padmé lengths cannot be made;
    the next Padmé length is taken then (docs/FORMAT.md 4.4)."""
    minimum = content_size + PAD_LENGTH_SIZE
    target = padme(ciphertext_size(minimum, segment_exp))
    seg = 1 << segment_exp
    while True:
        n = max(1, -(-(target - HEADER_SIZE) // (seg + TAG_SIZE)))
        for segments in (n - 1, n, n + 1):
            size = target - HEADER_SIZE - TAG_SIZE * segments
            if (segments >= 1 and size >= minimum
                    and ciphertext_size(size, segment_exp) == target):
                return size
        target = padme(target + 1)


def padding_of(plaintext_tail: bytes, plaintext_size: int) -> int:
    """The number of padding bytes a version 2 object declares, from the last 8 bytes of
    its plaintext; ``SegmentError`` if that cannot be right."""
    if plaintext_size < PAD_LENGTH_SIZE or len(plaintext_tail) != PAD_LENGTH_SIZE:
        raise SegmentError("object is too short for its padding", Damage.MALFORMED)
    (pad,) = struct.unpack(">Q", plaintext_tail)
    if pad > plaintext_size - PAD_LENGTH_SIZE:
        raise SegmentError("object's padding length is invalid", Damage.MALFORMED)
    return pad


def unpad(header: Header, plaintext: bytes) -> bytes:
    """The content of a whole decrypted object: a version 2 object's padding removed (its
    bytes must be zero), a version 1 object as it is."""
    if not header.padded:
        return plaintext
    pad = padding_of(plaintext[-PAD_LENGTH_SIZE:], len(plaintext))
    end = len(plaintext) - PAD_LENGTH_SIZE - pad
    if plaintext.count(0, end, end + pad) != pad:
        raise SegmentError("object's padding is not zero", Damage.MALFORMED)
    return plaintext[:end]


def _object_key(objects_key: bytes, salt: bytes) -> AESGCM:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=OBJECT_KEY_INFO).derive(objects_key)
    return AESGCM(key)


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", index, 1 if last else 0)


class SegmentWriter:
    """Encrypts a stream of plaintext into segments, handing ciphertext to ``sink``."""

    def __init__(self, objects_key: bytes, obj_type: int, name: str,
                 sink: Callable[[bytes], None], segment_exp: int = DEFAULT_SEGMENT_EXP,
                 version: int = VERSION) -> None:
        if version not in VERSIONS:
            raise ValueError("unknown object version")
        self.header = Header(obj_type, segment_exp, secrets.token_bytes(32), secrets.token_bytes(7),
                             version)
        head = self.header.pack()
        self._aad = head + name.encode("utf-8")
        self._aead = _object_key(objects_key, self.header.salt)
        self._sink = sink
        self._seg = self.header.segment_size
        self._buf = bytearray()
        self._held: bytes | bytearray | memoryview | None = None  # a full segment not yet known to be last
        self._index = 0
        self.plaintext_size = 0
        self.ciphertext_size = HEADER_SIZE
        self._closed = False
        sink(head)

    def _emit(self, data: bytes | bytearray | memoryview, last: bool) -> None:
        if self._index >= 2**32 - 1:
            raise SegmentError("object too large", Damage.TOO_LARGE)
        ct = self._aead.encrypt(_nonce(self.header.nonce_prefix, self._index, last), data, self._aad)
        self._index += 1
        self.ciphertext_size += len(ct)
        self._sink(ct)

    def write(self, data: bytes | bytearray | memoryview, more: bool = False) -> None:
        """Add plaintext; a full segment is sealed once more data shows it is not the last.

        ``more``: the caller promises that more plaintext follows this call (a pack's blob
        is always followed by its trailer), so every full segment is sealed at once; none
        is held back, and nothing of ``data`` is kept or copied but a partial segment."""
        self.plaintext_size += len(data)
        seg = self._seg
        view = memoryview(data)
        if self._buf:
            take = min(seg - len(self._buf), len(view))
            self._buf += view[:take]
            view = view[take:]
            if len(self._buf) < seg:
                return
            full, self._buf = self._buf, bytearray()
            self._hold(full)  # (a buffer of its own now: nobody changes it)
        # Whole segments go straight from the caller's buffer, without copying.
        while len(view) >= seg:
            self._hold(view[:seg])
            view = view[seg:]
        if len(view):
            self._buf += view
        if more:
            self._release()
        elif isinstance(self._held, memoryview) and not isinstance(data, bytes):
            self._held = bytes(self._held)  # the caller may reuse its buffer

    def _hold(self, segment: bytes | bytearray | memoryview) -> None:
        if self._held is not None:
            self._emit(self._held, False)
        self._held = segment

    def _release(self) -> None:
        """Seal the held segment: more plaintext is certain to follow it."""
        if self._held is not None:
            self._emit(self._held, False)
            self._held = None

    def close(self) -> None:
        """Pad (version 2) and seal the final segment (possibly empty)."""
        if self._closed:
            return
        if self.header.padded:
            content = self.plaintext_size
            pad = padded_plaintext_size(content, self.header.segment_exp) - content - PAD_LENGTH_SIZE
            zeros = bytes(min(pad, self._seg))
            left = pad
            while left:
                n = min(left, len(zeros))
                self.write(zeros[:n] if n < len(zeros) else zeros)
                left -= n
            self.write(struct.pack(">Q", pad))
        self._closed = True
        if self._buf:
            if self._held is not None:
                self._emit(self._held, False)
            self._emit(self._buf, True)
        elif self._held is not None:
            self._emit(self._held, True)
        else:
            self._emit(b"", True)
        self._held = None
        self._buf = bytearray()


def encrypt_bytes(objects_key: bytes, obj_type: int, name: str, plaintext: bytes,
                  segment_exp: int = DEFAULT_SEGMENT_EXP, version: int = VERSION) -> bytes:
    """Encrypt a whole small object in memory."""
    out: list[bytes] = []
    w = SegmentWriter(objects_key, obj_type, name, out.append, segment_exp, version)
    w.write(plaintext)
    w.close()
    return b"".join(out)


class SegmentReader:
    """Decrypts an object fed as ciphertext chunks; yields plaintext segments in order."""

    def __init__(self, objects_key: bytes, name: str, expected_type: int) -> None:
        self._key = objects_key
        self._name = name.encode("utf-8")
        self._type = expected_type
        self._buf = bytearray()
        self._header: Header | None = None
        self._aead: AESGCM | None = None
        self._aad = b""
        self._index = 0
        self._finished = False

    @property
    def header(self) -> Header | None:
        """The object's header, once its first 48 bytes have arrived."""
        return self._header

    def _open(self, ct: bytes | bytearray | memoryview, last: bool) -> bytes:
        assert self._aead is not None and self._header is not None
        try:
            pt = self._aead.decrypt(_nonce(self._header.nonce_prefix, self._index, last), ct, self._aad)
        except InvalidTag:
            if isinstance(ct, memoryview):
                ct.release()  # else the traceback keeps the buffer exported and feed() can't trim it
            raise SegmentError(
                "final segment failed authentication (modified, truncated or reordered)" if last
                else f"segment {self._index} failed authentication (modified, truncated or "
                "reordered)") from None
        self._header.check_known()
        self._index += 1
        return pt

    def feed(self, chunk: bytes) -> Iterator[bytes]:
        """Add ciphertext; yield every plaintext segment that is now certainly not the last."""
        if self._header is None:
            self._buf += chunk
            if len(self._buf) < HEADER_SIZE:
                return
            self._header = Header.parse(bytes(self._buf[:HEADER_SIZE]))
            if self._header.obj_type != self._type:
                raise SegmentError("object has the wrong type for its name")
            self._aad = bytes(self._buf[:HEADER_SIZE]) + self._name
            self._aead = _object_key(self._key, self._header.salt)
            chunk, self._buf = bytes(self._buf[HEADER_SIZE:]), bytearray()
        elif not isinstance(chunk, bytes):
            chunk = bytes(chunk)  # the views below need an object nobody resizes
        ct_seg = self._header.segment_size + TAG_SIZE
        # Segments are decrypted straight from the chunk; only one that straddles two chunks
        # is put together in the buffer. Copying every chunk into the buffer, slicing each
        # segment out and trimming the rest copied everything three times with the GIL held:
        # a 1 GiB restore took 5.18 s on average against 5.49 s, faster in 5 of 5 pairs.
        # A segment is decrypted as not the last only once a byte after it has arrived.
        data = memoryview(chunk)
        if self._buf:
            need = ct_seg - len(self._buf)
            if len(data) <= need:
                self._buf += data
                return
            self._buf += data[:need]
            data = data[need:]
            pt = self._open(bytes(self._buf), False)
            self._buf = bytearray()
            yield pt
        pos = 0
        while len(data) - pos > ct_seg:
            pt = self._open(data[pos:pos + ct_seg], False)
            pos += ct_seg
            yield pt
        self._buf += data[pos:]

    def finish(self) -> bytes:
        """Decrypt and return the final segment; raises if the object is incomplete."""
        if self._header is None:
            raise SegmentError("object is shorter than its header", Damage.CUT_SHORT)
        if len(self._buf) < TAG_SIZE:
            raise SegmentError("object is truncated", Damage.CUT_SHORT)
        self._finished = True
        pt = self._open(self._buf, True)
        self._buf = bytearray()
        return pt


def decrypt_stream(objects_key: bytes, name: str, expected_type: int,
                   chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Yield the plaintext of an object, segment by segment, authenticating everything.

    A version 2 object's plaintext includes its padding (``decrypt_object`` removes it)."""
    reader = SegmentReader(objects_key, name, expected_type)
    for chunk in chunks:
        yield from reader.feed(chunk)
    yield reader.finish()


def decrypt_object(objects_key: bytes, name: str, expected_type: int, chunks: Iterable[bytes],
                   limit: int | None = None) -> bytes:
    """The content of a whole object (padding removed), authenticating everything;
    ``SegmentError`` also when the plaintext grows past ``limit`` bytes (reading stops)."""
    reader = SegmentReader(objects_key, name, expected_type)
    out = bytearray()
    for chunk in chunks:
        for seg in reader.feed(chunk):
            out += seg
            if limit is not None and len(out) > limit + PAD_LENGTH_SIZE + limit // 8 + 4096:
                raise SegmentError("it is larger than the format allows", Damage.TOO_LARGE)
    out += reader.finish()
    assert reader.header is not None
    content = unpad(reader.header, bytes(out))
    if limit is not None and len(content) > limit:
        raise SegmentError("it is larger than the format allows", Damage.TOO_LARGE)
    return content


def decrypt_bytes(objects_key: bytes, name: str, expected_type: int, data: bytes) -> bytes:
    """Decrypt a whole small object (its content: padding removed)."""
    return decrypt_object(objects_key, name, expected_type, [data])


def segment_layout(ciphertext_size: int, segment_exp: int) -> tuple[int, int]:
    """(number of segments, plaintext size) of an object of the given size."""
    body = ciphertext_size - HEADER_SIZE
    ct_seg = (1 << segment_exp) + TAG_SIZE
    if body < TAG_SIZE:
        raise SegmentError("object is truncated", Damage.CUT_SHORT)
    n = max(1, -(-body // ct_seg))
    last_ct = body - (n - 1) * ct_seg
    if last_ct < TAG_SIZE:
        raise SegmentError("object is truncated", Damage.CUT_SHORT)
    return n, (n - 1) * (1 << segment_exp) + last_ct - TAG_SIZE


_HAS_DECRYPT_INTO = hasattr(AESGCM, "decrypt_into")


class SegmentOpener:
    """Random access to an object's segments: each one authenticated on its own, with the
    index and ``last`` flag its position gives (4.3, "Random access"), so a segment read
    out of order, moved, or taken for the last one fails authentication.

    ``head``: the object's first 48 bytes; ``ciphertext_size``: its stored size as an
    authenticated source gives it (a pack's size in the index). An object whose real size
    differs fails when its final segment (by that size) is opened, or reads short."""

    def __init__(self, objects_key: bytes, name: str, expected_type: int, head: bytes,
                 ciphertext_size: int) -> None:
        self.header = Header.parse(head)
        if self.header.obj_type != expected_type:
            raise SegmentError("object has the wrong type for its name")
        self.segments, self.plaintext_size = segment_layout(ciphertext_size, self.header.segment_exp)
        self.segment_size = self.header.segment_size
        self._aead = _object_key(objects_key, self.header.salt)
        self._aad = bytes(head[:HEADER_SIZE]) + name.encode("utf-8")

    def ciphertext_span(self, first: int, last: int) -> tuple[int, int]:
        """(offset, length) of segments ``first``..``last`` in the stored object."""
        start = HEADER_SIZE + first * (self.segment_size + TAG_SIZE)
        end = HEADER_SIZE + (last + 1) * (self.segment_size + TAG_SIZE)
        if last == self.segments - 1:
            end = HEADER_SIZE + self.plaintext_size + TAG_SIZE * self.segments
        return start, end - start

    def open_into(self, index: int, ciphertext: bytes | memoryview, out: memoryview | bytearray) -> int:
        """Authenticate and decrypt segment ``index`` into ``out``; the plaintext length."""
        if not 0 <= index < self.segments:
            raise SegmentError("requested range lies outside the object", Damage.CUT_SHORT)
        if len(ciphertext) < TAG_SIZE:
            raise SegmentError("object is truncated", Damage.CUT_SHORT)
        nonce = _nonce(self.header.nonce_prefix, index, index == self.segments - 1)
        try:
            if _HAS_DECRYPT_INTO:
                n = self._aead.decrypt_into(nonce, ciphertext, self._aad, out)
            else:
                pt = self._aead.decrypt(nonce, ciphertext, self._aad)  # cryptography < 45
                out[:len(pt)] = pt
                n = len(pt)
        except InvalidTag:
            raise SegmentError(f"segment {index} failed authentication") from None
        self.header.check_known()
        return n


def decrypt_range(objects_key: bytes, name: str, expected_type: int, ciphertext_size: int,
                  read: Callable[[int, int], bytes], offset: int, length: int) -> bytes:
    """Decrypt plaintext bytes [offset, offset+length) reading only the segments needed.

    ``read(pos, n)`` returns ciphertext bytes of the object.
    """
    head = read(0, HEADER_SIZE)
    header = Header.parse(head)
    if header.obj_type != expected_type:
        raise SegmentError("object has the wrong type for its name")
    n, pt_size = segment_layout(ciphertext_size, header.segment_exp)
    if offset < 0 or length < 0 or offset + length > pt_size:
        raise SegmentError("requested range lies outside the object", Damage.CUT_SHORT)
    if length == 0:
        return b""  # (at the very end, ``first`` would name a segment that does not exist)
    seg = header.segment_size
    aead = _object_key(objects_key, header.salt)
    aad = head + name.encode("utf-8")
    first = offset // seg
    last_needed = max(first, (offset + length - 1) // seg) if length else first
    start = HEADER_SIZE + first * (seg + TAG_SIZE)
    end = min(ciphertext_size, HEADER_SIZE + (last_needed + 1) * (seg + TAG_SIZE))
    raw = read(start, end - start)
    if len(raw) != end - start:
        raise SegmentError("object is truncated", Damage.CUT_SHORT)
    out = bytearray()
    for i in range(first, last_needed + 1):
        rel = (i - first) * (seg + TAG_SIZE)
        ct = raw[rel:rel + seg + TAG_SIZE]
        try:
            out += aead.decrypt(_nonce(header.nonce_prefix, i, i == n - 1), ct, aad)
        except InvalidTag:
            raise SegmentError(f"segment {i} failed authentication") from None
        header.check_known()
    skip = offset - first * seg
    return bytes(out[skip:skip + length])
