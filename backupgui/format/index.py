"""Index objects: which blobs live in which pack, at which offset.

Plaintext of an index object: a zstd frame holding JSON
``{"v": 1, "packs": [{"id": ..., "size": ..., "blobs": [[id, off, len, raw_len, comp], ...]}]}``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from . import names
from .compress import compress, decompress
from .pack import BlobEntry, PackInfo

#: docs/FORMAT.md section 6: an index's JSON is at most this long (about 2.5 million blobs).
MAX_INDEX_PLAINTEXT = 256 << 20


@dataclass(frozen=True, slots=True)
class BlobLocation:
    pack_id: str
    entry: BlobEntry


class Index:
    """An in-memory union of index objects (and adopted pack trailers)."""

    def __init__(self) -> None:
        self.packs: dict[str, PackInfo] = {}
        self.blobs: dict[str, BlobLocation] = {}

    def add_pack(self, pack: PackInfo) -> None:
        self.packs[pack.pack_id] = pack
        for e in pack.blobs:
            # First location wins so the choice is stable across runs.
            self.blobs.setdefault(e.blob_id, BlobLocation(pack.pack_id, e))

    def __contains__(self, blob_id: str) -> bool:
        return blob_id in self.blobs

    def locate(self, blob_id: str) -> BlobLocation | None:
        return self.blobs.get(blob_id)


def encode_index(packs: list[PackInfo]) -> bytes:
    doc = {"v": 1, "packs": [{"id": p.pack_id, "size": p.size,
                              "blobs": [e.to_list() for e in p.blobs]} for p in packs]}
    raw = json.dumps(doc, separators=(",", ":")).encode()
    if len(raw) > MAX_INDEX_PLAINTEXT:  # no reader would take it
        raise ValueError("the index is larger than the format allows")
    return compress(raw)


def decode_index(data: bytes) -> list[PackInfo]:
    """Parse an index object's plaintext; ``ValueError`` if malformed."""
    try:
        raw = decompress(data, MAX_INDEX_PLAINTEXT)
        doc = json.loads(raw)
        if type(doc) is not dict or doc.get("v") != 1:
            raise ValueError("unsupported index version")
        out = []
        for p in doc["packs"]:
            size = p["size"]
            if type(size) is not int or not 0 <= size < 1 << 63:
                raise ValueError("bad pack size")
            out.append(PackInfo(names.pack_id(p["id"]), size,
                                tuple(BlobEntry.from_list(b) for b in p["blobs"])))
        return out
    except (KeyError, TypeError, AttributeError, OverflowError, RecursionError, ValueError) as exc:
        raise ValueError(f"index is malformed ({exc})") from None
