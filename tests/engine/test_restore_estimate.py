"""The restore's space estimate against what real restores write (docs/RELIABILITY.md, "The
free-space check before a restore"): the wizard names every chat it restores, so every chat
named is estimated as the whole set; a picked subset's estimate is within the documented
margin of the bytes the restore then writes, fresh and merged into chats already here."""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path

import pytest

from backupgui.crypto.keys import generate_key
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import BackupRequest, RestoreRequest, backup, estimate_restore_space, restore
from backupgui.engine.restore import _SPACE_MARGIN
from backupgui.library.model import Message
from backupgui.library.store import Library

#: The documented margins (RELIABILITY.md): the estimate without its 8 MiB margin is within
#: 1 % + 16 KiB of the blocks a fresh restore writes, and within 25 % + 256 KiB of the peak
#: a merged one reaches (its WAL before the checkpoint included); with the margin it is never
#: under the peak.
FRESH = (0.01, 16 << 10)
MERGED = (0.25, 256 << 10)


def _allocated(root: Path) -> int:
    """Blocks allocated under ``root``; files and folders that come and go while a restore
    runs (its staging folder) are skipped, not an error in the sampling thread."""
    total = 0
    for folder, _dirs, files in os.walk(root):  # (os.walk skips a folder that went)
        for name in files:
            with contextlib.suppress(FileNotFoundError):
                total += os.lstat(os.path.join(folder, name)).st_blocks * 512
    return total


@pytest.fixture
def backed_up(demo_lib, tmp_path):
    dest = tmp_path / "dest"
    dest.mkdir()
    key = RawKey(generate_key())
    backup(BackupRequest(demo_lib, FolderDestination(dest), key))
    with Library(demo_lib, create=False) as lib:
        chats = {cid: lib.chat(cid) for cid in sorted(lib.chat_ids())}
    return dest, key, chats


def _estimate(dest: Path, key: RawKey, lib: Path, chats) -> int:
    return estimate_restore_space(RestoreRequest(FolderDestination(dest), lib, key,
                                                 chats=chats)).needed


def _restored(dest: Path, key: RawKey, lib: Path, chats) -> tuple[int, int]:
    """(bytes the library's folder grew by, its peak growth while the restore ran)."""
    before = _allocated(lib)
    peak = [before]
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(0.005):
            peak[0] = max(peak[0], _allocated(lib))

    t = threading.Thread(target=sample)
    t.start()
    try:
        restore(RestoreRequest(FolderDestination(dest), lib, key, chats=chats))
    finally:
        stop.set()
        t.join()
    after = _allocated(lib)
    return after - before, max(peak[0], after) - before


def test_every_chat_named_is_estimated_as_the_whole_set(backed_up, tmp_path):
    """Into a library that already has one chat's files: the whole set counts only the
    files it lacks (a subset's figure would count that chat's files again)."""
    dest, key, chats = backed_up
    lib = tmp_path / "lib"
    with Library(dest.parent / "lib", create=False) as old:
        biggest = max(chats, key=lambda c: sum(m.size for m in old.media_for_chats([c])))
    restore(RestoreRequest(FolderDestination(dest), lib, key, chats=(biggest,)))
    whole = _estimate(dest, key, lib, None)
    assert _estimate(dest, key, lib, tuple(chats)) == whole
    # (and in another order, as a list model may give them)
    assert _estimate(dest, key, lib, tuple(reversed(chats))) == whole
    # every chat but the one restored is a subset: its own figure, counted per chat
    assert _estimate(dest, key, lib, tuple(c for c in chats if c != biggest)) > 0


def test_a_picked_chat_is_estimated_within_the_margin(backed_up, tmp_path):
    dest, key, chats = backed_up
    for i, cid in enumerate(chats):
        lib = tmp_path / f"fresh-{i}"
        needed = _estimate(dest, key, lib, (cid,))  # (creates the library, as restore would)
        written, peak = _restored(dest, key, lib, (cid,))
        rel, absolute = FRESH
        assert abs(needed - _SPACE_MARGIN - written) <= rel * written + absolute, (cid, needed, written)
        assert needed >= peak


def test_a_merged_chat_is_estimated_within_the_margin(backed_up, tmp_path):
    """Into a chat that already has a message of its own, every month goes in row by row."""
    dest, key, chats = backed_up
    for i, (cid, chat) in enumerate(chats.items()):
        lib = tmp_path / f"merged-{i}"
        with Library(lib) as here, here.transaction() as w:
            w.upsert_chat(chat)
            w.add_messages([Message(f"here-{i}", cid, 1_600_000_000_000, None, "system", "hi")])
        needed = _estimate(dest, key, lib, (cid,))
        written, peak = _restored(dest, key, lib, (cid,))
        with Library(lib, create=False) as here:
            assert here.has_messages(cid)
        rel, absolute = MERGED
        assert abs(needed - _SPACE_MARGIN - peak) <= rel * peak + absolute, (cid, needed, peak)
        assert needed >= peak, (cid, needed, peak)
