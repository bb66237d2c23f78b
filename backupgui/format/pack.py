"""Pack files: many blobs in one encrypted object, with an encrypted trailer listing them.

Content of a pack: ``blob bytes... || trailer JSON || u32be(len(trailer))`` (then, in a
version 2 object, its Padmé padding). The trailer lets an interrupted backup adopt packs it
finished before its index was written.
"""

from __future__ import annotations

import json
import secrets
import struct
from collections.abc import Callable
from dataclasses import dataclass

from ..crypto.segments import (
    PAD_LENGTH_SIZE,
    Header,
    ObjectType,
    SegmentError,
    SegmentWriter,
    decrypt_range,
    padding_of,
    segment_layout,
)
from ..destinations.base import Destination, Upload
from ..errors import Damage
from . import names
from .strictjson import exact_keys, loads

COMP_NONE = 0
COMP_ZSTD = 1
COMP_SPLIT = 2  # format v2: a message blob split by sender (format/textstore.py)
MAX_TRAILER = 64 << 20


@dataclass(frozen=True, slots=True)
class BlobEntry:
    """Where a blob's stored bytes sit in a pack's plaintext."""

    blob_id: str
    offset: int
    length: int
    raw_length: int
    comp: int

    def to_list(self) -> list:
        return [self.blob_id, self.offset, self.length, self.raw_length, self.comp]

    @classmethod
    def from_list(cls, v: list) -> BlobEntry:
        if type(v) is not list or len(v) != 5:
            raise ValueError("bad blob entry")
        blob_id, offset, length, raw_length, comp = v
        names.blob_id(blob_id)
        if (type(comp) is not int or comp not in (COMP_NONE, COMP_ZSTD, COMP_SPLIT)
                or not all(type(x) is int and 0 <= x < 1 << 63 for x in (offset, length, raw_length))):
            raise ValueError("bad blob entry")
        return cls(blob_id, offset, length, raw_length, comp)


def check_entries(entries: tuple[BlobEntry, ...] | list[BlobEntry], end: int | None = None) -> None:
    """Format v2 (docs/FORMAT.md 5.2): a pack's entries in ascending offset order, none
    overlapping another, each blob listed once, all before ``end`` (the trailer's start);
    ``ValueError`` otherwise."""
    pos = 0
    seen: set[str] = set()
    for e in entries:
        if e.offset < pos or e.blob_id in seen:
            raise ValueError("blob entries overlap, are out of order or repeat a blob")
        pos = e.offset + e.length
        seen.add(e.blob_id)
    if end is not None and pos > end:
        raise ValueError("a blob entry points outside the pack")


TRAILER_VERSION = 2


#: The longest a trailer entry can be: 64 hex digits, four 64-bit integers, the JSON around.
_ENTRY_MAX = 160


def max_pack_blobs() -> int:
    """How many blobs a pack may hold so that its trailer stays within ``MAX_TRAILER``
    (FORMAT.md 1.2), whatever their ids and sizes: ~419,000, so only packs of many tiny
    files ever reach it (read at call time: tests lower ``MAX_TRAILER``)."""
    return (MAX_TRAILER - 64) // _ENTRY_MAX


def encode_trailer(entries: list[BlobEntry]) -> bytes:
    return json.dumps({"v": TRAILER_VERSION, "blobs": [e.to_list() for e in entries]},
                      separators=(",", ":")).encode()


def decode_trailer(raw: bytes, end: int) -> tuple[BlobEntry, ...]:
    """A trailer's entries; ``ValueError`` if malformed. ``end``: where the trailer starts.

    A version 1 trailer (format v1 packs) may carry fields this version does not name
    (ignored, as FORMAT v1 said); a version 2 trailer has exactly ``v`` and ``blobs``."""
    doc = loads(raw)
    if type(doc) is not dict or type(doc.get("v")) is not int or doc["v"] not in (1, 2):
        raise ValueError("unsupported trailer version")
    if doc["v"] == 2:
        exact_keys(doc, {"v", "blobs"}, what="pack trailer")
    blobs = doc["blobs"] if "blobs" in doc else None
    if type(blobs) is not list:
        raise ValueError("the trailer has no blob list")
    entries = tuple(BlobEntry.from_list(v) for v in blobs)
    if doc["v"] == 2:
        check_entries(entries, end)
    for e in entries:
        if e.offset + e.length > end:
            raise ValueError("a blob entry points outside the pack")
    return entries


@dataclass(frozen=True, slots=True)
class PackInfo:
    pack_id: str
    size: int
    blobs: tuple[BlobEntry, ...]


#: Packs are written with 256 KiB segments (docs/FORMAT.md 4.3): a restore of some chats
#: reads only the segments that hold their blobs, so the smaller the segment, the fewer
#: bytes it reads besides them (readers take any exponent from 12 to 24).
PACK_SEGMENT_EXP = 18
#: Message packs use 64 KiB segments: a chat's months are a few hundred KiB side by side in
#: one pack, and with 256 KiB segments where they start and end decided whether a one-chat
#: restore read 180 or 440 KiB besides them (docs/PERFORMANCE.md, s12). The cost is a
#: 16-byte tag per 64 KiB more (0.02 %) and more, smaller AES-GCM calls.
TEXT_PACK_SEGMENT_EXP = 16


def new_pack_id() -> str:
    return secrets.token_hex(16)


class PackWriter:
    """Streams blobs into one pack object at the destination."""

    def __init__(self, dest: Destination, prefix: str, objects_key: bytes,
                 progress: Callable[[int], None] | None = None,
                 segment_exp: int = PACK_SEGMENT_EXP) -> None:
        """Ciphertext goes to the destination from the thread that calls ``write``."""
        self.pack_id = new_pack_id()
        self.rel_name = f"data/{self.pack_id}"
        self._upload: Upload = dest.upload_new(prefix + self.rel_name, progress)  # random name
        try:
            self._seg = SegmentWriter(objects_key, ObjectType.PACK, self.rel_name,
                                      self._upload.write, segment_exp)
        except BaseException:
            self.abort()
            raise
        self._entries: list[BlobEntry] = []
        self._offset = 0
        self._blob_start = 0

    @property
    def size(self) -> int:
        """Plaintext bytes written so far."""
        return self._offset

    @property
    def count(self) -> int:
        return len(self._entries)

    def write(self, data: bytes | bytearray | memoryview) -> None:
        """Add bytes of the current blob (not kept: the caller may reuse its buffer)."""
        self._seg.write(data, more=True)  # the trailer always follows: no segment here is last
        self._offset += len(data)

    def end_blob(self, blob_id: str, raw_length: int, comp: int) -> BlobEntry:
        """Close the current blob (all bytes since the previous ``end_blob``)."""
        e = BlobEntry(blob_id, self._blob_start, self._offset - self._blob_start, raw_length, comp)
        self._entries.append(e)
        self._blob_start = self._offset
        return e

    def discard_blob(self) -> None:
        """Drop the current blob from the listing (its bytes stay in the pack, unreferenced)."""
        self._blob_start = self._offset

    def add(self, blob_id: str, data: bytes, raw_length: int, comp: int) -> BlobEntry:
        self.write(data)
        return self.end_blob(blob_id, raw_length, comp)

    def finish(self) -> PackInfo:
        """Write the trailer and commit the object."""
        try:
            trailer = encode_trailer(self._entries)
            if len(trailer) > MAX_TRAILER:  # (the caller rolls packs before: max_pack_blobs)
                raise ValueError("a pack trailer larger than the format allows")
            self._seg.write(trailer + struct.pack(">I", len(trailer)))
            self._seg.close()
            info = self._upload.commit()
        except BaseException:
            self.abort()
            raise
        return PackInfo(self.pack_id, info.size, tuple(self._entries))

    def abort(self) -> None:
        self._upload.abort()


def read_trailer(dest: Destination, prefix: str, objects_key: bytes, pack_id: str,
                 size: int) -> PackInfo:
    """Authenticate and parse a pack's trailer, reading only its last segments."""
    rel = f"data/{names.pack_id(pack_id)}"
    full = prefix + rel

    def read(pos: int, n: int) -> bytes:
        return dest.read(full, pos, n)

    header = Header.parse(read(0, 48))
    _, pt_size = segment_layout(size, header.segment_exp)

    def plain(offset: int, length: int) -> bytes:
        return decrypt_range(objects_key, rel, ObjectType.PACK, size, read, offset, length)

    end = pt_size  # end of the content: before the padding of a version 2 object
    if header.padded:
        if pt_size < PAD_LENGTH_SIZE:
            raise SegmentError("pack is too short", Damage.MALFORMED)
        end = pt_size - PAD_LENGTH_SIZE - padding_of(plain(pt_size - PAD_LENGTH_SIZE, PAD_LENGTH_SIZE),
                                                     pt_size)
    if end < 4:
        raise SegmentError("pack is too short", Damage.MALFORMED)
    (tlen,) = struct.unpack(">I", plain(end - 4, 4))
    if tlen > MAX_TRAILER or tlen > end - 4:
        raise SegmentError("pack trailer length is invalid", Damage.MALFORMED)
    try:
        entries = decode_trailer(plain(end - 4 - tlen, tlen), end - 4 - tlen)
    except (ValueError, KeyError, TypeError, RecursionError) as exc:
        raise SegmentError(f"pack trailer is malformed ({exc})", Damage.MALFORMED) from None
    return PackInfo(pack_id, size, entries)
