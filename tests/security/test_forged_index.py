"""Someone holding K replaces the index by an authentic one whose entry for a file lies
outside its pack, overlaps the pack's trailer, claims a huge length, names a pack of another size or a pack
that does not exist. A restore (whole, or of one chat: only the segments it needs) must
refuse with ``DamagedBackupError`` naming the pack, leave the library as it was, and never
allocate what the entry claims."""

from __future__ import annotations

import hashlib
import resource

import pytest

from backupgui.crypto.segments import ObjectType
from backupgui.engine import RestoreRequest, restore
from backupgui.errors import DamagedBackupError
from backupgui.format.index import encode_index
from backupgui.format.pack import BlobEntry, PackInfo
from backupgui.library.store import Library

from .conftest import KEY, PNG
from .crafted import craft_backup

SHA = hashlib.sha256(PNG).hexdigest()


def _forge(dest, edit) -> None:
    repo = craft_backup(dest, KEY, manifest_sha=SHA, text_sha=SHA, payload=PNG)
    index, _ = repo.load_index()
    packs = []
    for _, info in sorted(index.packs.items()):
        packs.append(edit(info) if any(e.length == len(PNG) for e in info.blobs) else info)
    for name in [o.name for o in repo.list_rel("index/")]:
        dest.delete(repo.prefix + name)
    repo.put_object("index/" + "0" * 32, ObjectType.INDEX, encode_index(packs))


def _entry(info: PackInfo, **change) -> PackInfo:
    e = info.blobs[0]
    fields = {"blob_id": e.blob_id, "offset": e.offset, "length": e.length,
              "raw_length": e.raw_length, "comp": e.comp, **change}
    return PackInfo(info.pack_id, change.pop("size", info.size), (BlobEntry(**{
        k: v for k, v in fields.items() if k != "size"}),))


EDITS = {
    "outside the pack": lambda i: _entry(i, offset=1 << 40),
    "past the pack's end": lambda i: _entry(i, offset=i.blobs[0].offset + 1),
    "into the trailer": lambda i: _entry(i, length=len(PNG) + 40, raw_length=len(PNG) + 40),
    "huge length": lambda i: _entry(i, length=(1 << 62), raw_length=(1 << 62)),
    "pack of another size": lambda i: _entry(i, size=i.size + 17),
    "pack shorter than its content": lambda i: _entry(i, size=48),
    "a pack that is not there": lambda i: PackInfo("f" * 32, i.size, i.blobs),
}


@pytest.mark.parametrize("chats", [None, ("chat-1",)], ids=["whole", "one chat"])
@pytest.mark.parametrize("edit", sorted(EDITS))
def test_a_forged_index_entry_is_damage_and_changes_nothing(tmp_path, dest, edit, chats):
    _forge(dest, EDITS[edit])
    lib = tmp_path / "lib"
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(DamagedBackupError):
        restore(RestoreRequest(dest, lib, KEY, chats=chats))
    assert (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) < 256 << 10  # KiB
    with Library(lib) as L:
        assert L.chat_ids() == [] and not L.has_media(SHA)
    assert not [p for p in (lib / "media").rglob("*") if p.is_file()]
