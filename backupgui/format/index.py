"""Index objects: which blobs live in which pack, at which offset.

Content of an index object: a zstd frame holding JSON
``{"v": 2, "packs": [{"id": ..., "size": ..., "blobs": [[id, off, len, raw_len, comp], ...]}]}``
(``"v": 1`` in format v1 sets).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..errors import damage_of, marked
from . import names
from .compress import compress, decompress
from .pack import BlobEntry, PackInfo, check_entries
from .strictjson import exact_keys, loads

VERSION = 2

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

    def preferring(self, pack_ids: tuple[str, ...]) -> Index:
        """This union with each blob of ``pack_ids`` (a snapshot's own packs, from its
        authenticated manifest) found in one of them: a blob that another index places
        first in some other pack, perhaps one that is gone (an index brought back after
        retention deleted it and its packs), is read where the snapshot put it. One pass
        over those packs' entries; ``self`` when nothing moves (the usual case)."""
        preferred = set(pack_ids)
        moved: dict[str, BlobLocation] = {}
        for pid in pack_ids:
            pack = self.packs.get(pid)
            for e in pack.blobs if pack is not None else ():
                loc = self.blobs.get(e.blob_id)
                if loc is not None and loc.pack_id not in preferred and e.blob_id not in moved:
                    moved[e.blob_id] = BlobLocation(pid, e)
        if not moved:
            return self
        out = Index()
        out.packs = self.packs
        out.blobs = {**self.blobs, **moved}
        return out

    def without(self, pack_ids: set[str]) -> Index:
        """The same union without ``pack_ids`` (packs that are not at the destination): a
        blob listed in one of them and in another pack is then found in the other."""
        out = Index()
        for pid, pack in self.packs.items():
            if pid not in pack_ids:
                out.add_pack(pack)
        return out

    def __contains__(self, blob_id: str) -> bool:
        return blob_id in self.blobs

    def locate(self, blob_id: str) -> BlobLocation | None:
        return self.blobs.get(blob_id)


def encode_index(packs: list[PackInfo]) -> bytes:
    doc = {"v": VERSION, "packs": [{"id": p.pack_id, "size": p.size,
                              "blobs": [e.to_list() for e in p.blobs]} for p in packs]}
    raw = json.dumps(doc, separators=(",", ":")).encode()
    if len(raw) > MAX_INDEX_PLAINTEXT:  # no reader would take it
        raise ValueError("the index is larger than the format allows")
    return compress(raw)


def decode_index(data: bytes) -> list[PackInfo]:
    """Parse an index object's plaintext; ``ValueError`` if malformed."""
    try:
        raw = decompress(data, MAX_INDEX_PLAINTEXT)
        doc = loads(raw)
        if type(doc) is not dict or type(doc.get("v")) is not int or doc["v"] not in (1, 2):
            raise ValueError("unsupported index version")
        strict = doc["v"] == 2  # v1 indexes: unknown fields are ignored (FORMAT v1, section 11)
        if strict:
            exact_keys(doc, {"v", "packs"}, what="index")
        if type(doc["packs"]) is not list:
            raise ValueError("the pack list is not a list")
        out = []
        seen: set[str] = set()
        for p in doc["packs"]:
            if strict:
                exact_keys(p, {"id", "size", "blobs"}, what="index entry")
            pid, size = names.pack_id(p["id"]), p["size"]
            if type(size) is not int or not 0 <= size < 1 << 63:
                raise ValueError("bad pack size")
            if type(p["blobs"]) is not list:
                raise ValueError("a blob list is not a list")
            entries = tuple(BlobEntry.from_list(b) for b in p["blobs"])
            if strict:
                if pid in seen:
                    raise ValueError("the index lists a pack twice")
                seen.add(pid)
                check_entries(entries)
            out.append(PackInfo(pid, size, entries))
        return out
    except (KeyError, TypeError, AttributeError, OverflowError, RecursionError, ValueError) as exc:
        raise marked(ValueError(f"index is malformed ({exc})"), damage_of(exc)) from None
