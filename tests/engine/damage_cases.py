"""Really damaged backups, made from a real one, for the tests of what a person is told
(tests/engine/test_cli_damage.py, tests/ui/test_damage_list_i18n.py): bytes flipped in a
pack, a pack cut short, a manifest whose compressed body is not zstd any more (sealed again
with the set's key, so it authenticates), and a message blob that is not compressed data."""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from backupgui.crypto.keys import format_key, generate_key
from backupgui.crypto.material import RawKey
from backupgui.crypto.segments import ObjectType
from backupgui.destinations.folder import FolderDestination
from backupgui.engine.repository import Repo, snapshot_name
from backupgui.format.manifest import TextBlobRef, created_fields
from backupgui.format.pack import COMP_ZSTD, PackWriter
from backupgui.library.demo import create_demo_library

from .helpers import backup_to


@dataclass
class Made:
    """A backup of two snapshots (the older one first) in its own folder."""

    root: Path
    key: RawKey
    keyfile: Path
    set_id: str
    snapshots: tuple[str, str]

    @property
    def dest(self) -> FolderDestination:
        return FolderDestination(self.root)

    @property
    def set_dir(self) -> Path:
        return self.root / "sets" / self.set_id

    def packs(self) -> list[str]:
        """The packs of the newest snapshot, in name order."""
        return sorted(Repo.open(self.dest, self.key).load_index()[0].packs)

    def copy(self, to: Path) -> Made:
        shutil.copytree(self.root, to)
        return replace(self, root=to)


def make_backup(tmp: Path) -> Made:
    """A demo library of 5 chats backed up twice with a 64-digit key, packs of 1 MiB."""
    create_demo_library(tmp / "lib", chats=5, seed=31, media_mb=4)
    raw = generate_key()
    key = RawKey(raw)
    keyfile = tmp / "key.txt"
    keyfile.write_text(format_key(raw) + "\n")
    dest = FolderDestination(tmp / "dest")
    first = backup_to(tmp / "lib", dest, key, pack_size=1 << 20)
    second = backup_to(tmp / "lib", dest, key, pack_size=1 << 20)
    assert first.snapshot_id != second.snapshot_id
    return Made(tmp / "dest", key, keyfile, first.set_id, (first.snapshot_id, second.snapshot_id))


def flip_pack(made: Made, pack: str) -> None:
    """One byte of the pack's middle changed (a segment no longer authenticates)."""
    f = made.set_dir / "data" / pack
    raw = bytearray(f.read_bytes())
    raw[len(raw) // 2] ^= 0x40
    f.write_bytes(bytes(raw))


def cut_pack(made: Made, pack: str) -> None:
    """The pack's last 1000 bytes gone (an upload that stopped early)."""
    f = made.set_dir / "data" / pack
    f.write_bytes(f.read_bytes()[:-1000])


def corrupt_manifest(made: Made, snapshot_id: str) -> None:
    """The manifest's compressed body replaced, past its frame header, by zeros, then sealed
    again with the set's key: it authenticates, but is no zstd frame any more."""
    repo = Repo.open(made.dest, made.key)
    rel = f"snapshots/{snapshot_id}"
    body = repo.get_object(rel, ObjectType.SNAPSHOT)
    (made.set_dir / rel).unlink()
    repo.put_object(rel, ObjectType.SNAPSHOT, body[:6] + bytes(len(body) - 6))


def bad_message_blob(made: Made) -> tuple[str, str]:
    """A newest snapshot whose first chat gains a month stored as bytes that are no zstd
    frame (written with the set's key, as whoever holds it could): (chat name, month)."""
    repo = Repo.open(made.dest, made.key)
    stored = b"\x28\xb5\x2f\xfd" + bytes(range(200))  # zstd's magic, then no valid frame
    blob = repo.keys.blob_name(hashlib.sha256(b"not these messages").digest())
    w = PackWriter(repo.dest, repo.prefix, repo.keys.objects)
    w.add(blob, stored, 1000, COMP_ZSTD)
    pack = w.finish()
    repo.write_index([pack])
    m = repo.snapshots().head
    chat = m.chats[0]
    last = max(t.month for t in chat.text_blobs)
    year, mon = int(last[:4]), int(last[5:7])
    month = f"{year + mon // 12:04d}-{mon % 12 + 1:02d}"
    chat = replace(chat, text_blobs=(*chat.text_blobs, TextBlobRef(blob, month, 0)))
    now = datetime.now(UTC)
    created, created_ms = created_fields(now)
    repo.write_manifest(replace(m, snapshot_id=snapshot_name(now), created=created,
                                created_ms=created_ms, seq=m.seq + 1, prev=m.snapshot_id,
                                chats=(chat, *m.chats[1:]),
                                packs=tuple(sorted((*m.packs, pack.pack_id)))))
    return chat.name, month
