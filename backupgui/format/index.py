"""Index objects: which blobs live in which pack, at which offset.

Plaintext of an index object: a zstd frame holding JSON
``{"v": 1, "packs": [{"id": ..., "size": ..., "blobs": [[id, off, len, raw_len, comp], ...]}]}``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from .compress import compress, decompress
from .pack import BlobEntry, PackInfo

MAX_INDEX_PLAINTEXT = 1 << 30


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
    return compress(json.dumps(doc, separators=(",", ":")).encode())


def decode_index(data: bytes) -> list[PackInfo]:
    """Parse an index object's plaintext; ``ValueError`` if malformed."""
    try:
        raw = decompress(data, MAX_INDEX_PLAINTEXT)
        doc = json.loads(raw)
        if doc.get("v") != 1:
            raise ValueError("unsupported index version")
        out = []
        for p in doc["packs"]:
            pid = p["id"]
            if not isinstance(pid, str) or len(pid) != 32:
                raise ValueError("bad pack id")
            out.append(PackInfo(pid, int(p["size"]), tuple(BlobEntry.from_list(b) for b in p["blobs"])))
        return out
    except (KeyError, TypeError, AttributeError, OverflowError, RecursionError, json.JSONDecodeError) as exc:
        raise ValueError(f"index is malformed ({exc})") from None
