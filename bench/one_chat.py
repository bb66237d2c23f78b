"""Restore one chat out of a backup and count the bytes read from the destination.

    python -m bench.one_chat --dest DIR --library DIR --key-file FILE --chat ID

Runs the engine's ``restore`` (what ``backupgui-cli restore --chats ID`` calls) in this
process over a ``CountingDestination``: a wrapper around the folder destination, through the
``Destination`` interface only, that counts every byte handed to the engine by ``read`` and
``stream`` (per object kind: config, snapshots, index, data). The engine is not changed or
instrumented. Prints one JSON line: the bytes read, the time of the ``restore`` call itself
(the process also pays for start-up and imports, which the parent measures as wall time),
and the chat's own bytes in the backup (its message blobs and its media files as stored in
the packs, from the index), measured afterwards through an uncounted destination.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from backupgui.crypto.segments import HEADER_SIZE, TAG_SIZE
from backupgui.destinations.base import Destination, ObjectInfo, StorageInfo, Upload


def _kind(name: str) -> str:
    """'data', 'index', 'snapshots', 'config' (sets/<id>/<kind>/...), else 'other'."""
    parts = name.split("/")
    return parts[2] if len(parts) >= 3 and parts[0] == "sets" else "other"


class CountingDestination(Destination):
    """Passes every call to ``inner`` and counts the bytes read (safe from several threads)."""

    def __init__(self, inner: Destination) -> None:
        self.inner = inner
        self.label = inner.label
        self.concurrent_reads = inner.concurrent_reads
        self.stream_chunk = inner.stream_chunk
        self._lock = threading.Lock()
        self.bytes_by_kind: Counter[str] = Counter()
        self.calls: Counter[str] = Counter()
        self.objects: set[str] = set()

    def _count(self, call: str, name: str, n: int) -> None:
        with self._lock:
            self.bytes_by_kind[_kind(name)] += n
            self.calls[call] += 1
            self.objects.add(name)

    @property
    def bytes_read(self) -> int:
        return sum(self.bytes_by_kind.values())

    def upload(self, name: str, progress: Callable[[int], None] | None = None) -> Upload:
        return self.inner.upload(name, progress)

    def read(self, name: str, offset: int = 0, length: int | None = None) -> bytes:
        data = self.inner.read(name, offset, length)
        self._count("read", name, len(data))
        return data

    def stream(self, name: str, chunk_size: int = 8 << 20) -> Iterator[bytes]:
        with self._lock:
            self.calls["stream"] += 1
            self.objects.add(name)
        for chunk in self.inner.stream(name, chunk_size):
            with self._lock:
                self.bytes_by_kind[_kind(name)] += len(chunk)
            yield chunk

    def list(self, prefix: str = "") -> list[ObjectInfo]:
        with self._lock:
            self.calls["list"] += 1
        return self.inner.list(prefix)

    def delete(self, name: str) -> None:
        self.inner.delete(name)

    def exists(self, name: str) -> bool:
        return self.inner.exists(name)

    def size(self, name: str) -> int:
        return self.inner.size(name)

    def storage(self) -> StorageInfo | None:
        return self.inner.storage()

    def close(self) -> None:
        self.inner.close()


def chat_stored_bytes(dest: Destination, key, chat_id: str, library: Path) -> dict:
    """The chat's own bytes in the latest snapshot: its message blobs and the media files its
    restored messages refer to, as stored in the packs (index lengths)."""
    from backupgui.engine.snapshots import open_snapshot
    from backupgui.library.store import Library

    repo, manifest = open_snapshot(dest, key, "latest")
    index, _ = repo.load_index()
    chat = next(c for c in manifest.chats if c.id == chat_id)
    text = sum(index.locate(t.blob).entry.length for t in chat.text_blobs)
    blob_of = {m.sha256: m.blob for m in manifest.media}
    with Library(library, create=False) as lib:
        shas = {m.sha256 for m in lib.media_for_chats([chat_id], include_videos=True)}
    media = sum(index.locate(blob_of[s]).entry.length for s in shas if s in blob_of)
    # Packs the chat's blobs sit in, and their total size: what reading whole packs costs.
    packs = {index.locate(t.blob).pack_id for t in chat.text_blobs}
    packs |= {index.locate(blob_of[s]).pack_id for s in shas if s in blob_of}
    # What reading only the segments that hold the chat's blobs would cost (computed from the
    # index, not measured): per pack, the union of the segments its wanted blobs touch, at
    # today's segment size (1 MiB) and smaller ones the same packs could have been written
    # with.
    ranges: dict[str, list[tuple[int, int]]] = {}
    for blob in [t.blob for t in chat.text_blobs] + [blob_of[s] for s in shas if s in blob_of]:
        loc = index.locate(blob)
        ranges.setdefault(loc.pack_id, []).append((loc.entry.offset, loc.entry.length))
    model = {}
    for exp in (20, 18, 16, 14):
        seg = 1 << exp
        total = 0
        for rs in ranges.values():
            segs = set()
            for off, n in rs:
                segs.update(range(off // seg, (off + max(n, 1) - 1) // seg + 1))
            total += HEADER_SIZE + len(segs) * (seg + TAG_SIZE)
        model[f"{seg >> 10}KiB"] = total
    return {"ranged_read_model_data_bytes": model,
            "chat_text_stored_bytes": text, "chat_media_stored_bytes": media,
            "chat_stored_bytes": text + media, "chat_text_blobs": len(chat.text_blobs),
            "chat_media_files": len(shas), "chat_messages": chat.message_count,
            "chat_packs": len(packs), "chat_packs_bytes": sum(index.packs[p].size for p in packs),
            "backup_packs": len(index.packs)}


def run(dest_dir: Path, library: Path, key_file: Path, chat_id: str) -> dict:
    from backupgui.crypto.keys import parse_key
    from backupgui.crypto.material import RawKey
    from backupgui.destinations.folder import FolderDestination
    from backupgui.engine import RestoreRequest, restore

    key = RawKey(parse_key(key_file.read_text().strip()))
    counting = CountingDestination(FolderDestination(dest_dir))
    t = time.perf_counter()
    r = restore(RestoreRequest(counting, library, key, "latest", (chat_id,)))
    restore_s = time.perf_counter() - t
    out = {"restore_s": round(restore_s, 4), "bytes_read": counting.bytes_read,
           "bytes_read_by_kind": dict(counting.bytes_by_kind), "calls": dict(counting.calls),
           "objects_read": len(counting.objects), "messages_added": r.messages_added,
           "media_restored": r.media_restored, "engine_downloaded_bytes": r.bytes_downloaded}
    out.update(chat_stored_bytes(FolderDestination(dest_dir), key, chat_id, library))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.one_chat")
    ap.add_argument("--dest", type=Path, required=True)
    ap.add_argument("--library", type=Path, required=True)
    ap.add_argument("--key-file", type=Path, required=True)
    ap.add_argument("--chat", required=True)
    args = ap.parse_args(argv)
    print(json.dumps(run(args.dest, args.library, args.key_file, args.chat)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
