"""A restore of some chats reads only the segments that hold their blobs, each still
authenticated; a failure or cancel in one of the restore's threads stops all of them, with
nothing left behind (no staging folder, no thread, the library as before)."""

from __future__ import annotations

import sys
import threading
import time

import pytest

from backupgui.crypto.keys import generate_key
from backupgui.crypto.material import RawKey
from backupgui.crypto.segments import HEADER_SIZE, TAG_SIZE
from backupgui.destinations.folder import FolderDestination
from backupgui.engine.repository import Repo
from backupgui.errors import CancelledError, DamagedBackupError
from backupgui.format.pack import PACK_SEGMENT_EXP
from backupgui.jobs import CancelToken
from backupgui.library.demo import create_demo_library
from backupgui.library.store import Library

from .helpers import backup_to, chat_contents, library_state, restore_from

SEG = 1 << PACK_SEGMENT_EXP  # what the backup writes


def _pool_threads() -> list[threading.Thread]:
    """The restore's helper threads still running (media workers, message prefetch)."""
    time.sleep(0)
    return [t for t in threading.enumerate()
            if t.name.startswith(("backupgui-media", "backupgui-prefetch"))]


# -- the restore --------------------------------------------------------------------------
@pytest.fixture(scope="module")
def media_set(tmp_path_factory):
    """A library with more media than the demo (packs of several segments), backed up."""
    root = tmp_path_factory.mktemp("pool")
    lib = root / "lib"
    create_demo_library(lib, chats=6, seed=21, media_mb=10)
    key = RawKey(generate_key())
    dest = FolderDestination(root / "dest")
    # One media packer: which pack a file lands in then follows the file order, not the
    # threads' timing (with three, a loaded machine could put a chat's media in packs of
    # their own, and the one-chat tests below would have nothing to skip).
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(sys.modules["backupgui.engine.backup"], "_MEDIA_WORKERS", 1)
        res = backup_to(lib, dest, key)
    return lib, dest, key, res


def _chat_segments(dest, key, res, chat_id: str, lib) -> tuple[dict[str, set[int]], dict[str, int]]:
    """Per pack the segments holding the chat's blobs, and every such pack's stored size."""
    repo = Repo.open(dest, key)
    index, _ = repo.load_index()
    m = repo.load_manifest(res.snapshot_id)
    chat = next(c for c in m.chats if c.id == chat_id)
    with Library(lib, create=False) as L:
        shas = {x.sha256 for x in L.media_for_chats([chat_id], include_videos=True)}
    blob_of = {x.sha256: x.blob for x in m.media}
    blobs = [t.blob for t in chat.text_blobs] + [blob_of[s] for s in shas if s in blob_of]
    segs: dict[str, set[int]] = {}
    for b in blobs:
        loc = index.locate(b)
        e = loc.entry
        segs.setdefault(loc.pack_id, set()).update(
            range(e.offset // SEG, (e.offset + max(e.length, 1) - 1) // SEG + 1))
    return segs, {p: index.packs[p].size for p in segs}


def _chat_with_most_media(lib) -> str:
    with Library(lib, create=False) as L:
        return max(L.list_chats(), key=lambda c: (c.media_count, c.id)).id


def test_one_chat_restore_reads_only_its_segments(media_set, tmp_path):
    lib, dest, key, res = media_set
    chat_id = _chat_with_most_media(lib)
    segs, sizes = _chat_segments(dest, key, res, chat_id, lib)
    ranged = sum(HEADER_SIZE + len(s) * (SEG + TAG_SIZE) for s in segs.values())
    assert ranged < sum(sizes.values())  # (the data makes the difference visible)
    out = tmp_path / "one"
    r = restore_from(dest, out, key, chats=(chat_id,))
    assert r.bytes_downloaded <= ranged
    assert chat_contents(out)[chat_id] == chat_contents(lib)[chat_id]
    assert _pool_threads() == []


def test_one_chat_restore_still_authenticates_what_it_reads(media_set, tmp_path):
    """A segment the chat needs, changed: damage, and the library is as before; a segment
    of the same pack it does not need, changed: no concern of this restore (verify and a
    full restore report it)."""
    lib, dest, key, res = media_set
    chat_id = _chat_with_most_media(lib)
    segs, sizes = _chat_segments(dest, key, res, chat_id, lib)
    pack, used = next((p, s) for p, s in sorted(segs.items())
                      if set(range(-(-(sizes[p] - HEADER_SIZE) // (SEG + TAG_SIZE)))) - s)
    unused = min(set(range(-(-(sizes[pack] - HEADER_SIZE) // (SEG + TAG_SIZE)))) - used)
    path = dest.root / "sets" / res.set_id / "data" / pack
    original = path.read_bytes()
    target = tmp_path / "used"
    create_demo_library(target, chats=1, seed=99, media_mb=0.2)  # something to keep
    before = library_state(target)
    try:
        raw = bytearray(original)
        raw[HEADER_SIZE + unused * (SEG + TAG_SIZE) + 10] ^= 1
        path.write_bytes(bytes(raw))
        out = tmp_path / "unused"
        restore_from(dest, out, key, chats=(chat_id,))
        assert chat_contents(out)[chat_id] == chat_contents(lib)[chat_id]
        with pytest.raises(DamagedBackupError):
            restore_from(dest, tmp_path / "full", key)

        raw = bytearray(original)
        raw[HEADER_SIZE + min(used) * (SEG + TAG_SIZE) + 10] ^= 1
        path.write_bytes(bytes(raw))
        with pytest.raises(DamagedBackupError, match=pack):
            restore_from(dest, target, key, chats=(chat_id,))
        assert library_state(target) == before
    finally:
        path.write_bytes(original)
    assert _pool_threads() == []


def test_full_restore_stops_every_worker_on_damage(media_set, tmp_path):
    """A media pack damaged in its last segment: the worker reading it fails, the others
    stop, the transaction rolls back, no staging folder or thread is left."""
    lib, dest, key, res = media_set
    repo = Repo.open(dest, key)
    index, _ = repo.load_index()
    m = repo.load_manifest(res.snapshot_id)
    pack = max({index.locate(x.blob).pack_id for x in m.media}, key=lambda p: index.packs[p].size)
    path = dest.root / "sets" / res.set_id / "data" / pack
    original = path.read_bytes()
    target = tmp_path / "target"
    restore_from(dest, target, key, chats=(sorted(chat_contents(lib))[0],))
    before = library_state(target)
    try:
        raw = bytearray(original)
        raw[-40] ^= 1
        path.write_bytes(bytes(raw))
        with pytest.raises(DamagedBackupError):
            restore_from(dest, target, key)
    finally:
        path.write_bytes(original)
    assert library_state(target) == before
    assert not list(target.glob(".restore-*"))
    assert _pool_threads() == []


def test_cancel_mid_way_stops_every_worker(media_set, tmp_path):
    lib, dest, key, res = media_set
    token = CancelToken()
    seen: list[str] = []

    def progress(p) -> None:
        seen.append(p.phase)
        if p.phase == "Restoring messages":
            token.cancel()

    target = tmp_path / "target"
    from backupgui.engine import RestoreRequest, restore

    with pytest.raises(CancelledError):
        restore(RestoreRequest(dest, target, key), progress, token)
    assert "Restoring messages" in seen
    assert not list(target.glob(".restore-*"))
    with Library(target) as L:
        assert L.chat_ids() == []
    assert _pool_threads() == []
