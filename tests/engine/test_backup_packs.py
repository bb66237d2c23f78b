"""How a backup lays its blobs out in packs (what a restore reads back is the same)."""

from __future__ import annotations

import sys

from backupgui.crypto.keys import generate_key
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine.repository import Repo

from .helpers import backup_to, chat_contents, restore_from

B = sys.modules["backupgui.engine.backup"]  # (the package exports a function of that name)


def _packs(dest, key):
    """(text packs, media packs) of the set's newest snapshot: [(size, [blob lengths])]."""
    repo = Repo.open(dest, key)
    manifest = repo.snapshots().head
    index, _ = repo.load_index()
    media = {m.blob for m in manifest.media}
    text, other = [], []
    for p in index.packs.values():
        lengths = [e.length for e in p.blobs]
        (other if any(e.blob_id in media for e in p.blobs) else text).append((p.size, lengths))
    return text, other


def test_text_packs_are_rolled_at_their_own_size(demo_lib, tmp_path, monkeypatch):
    """Message packs are rolled at ``_TEXT_PACK_SIZE`` whatever the request's pack size, so
    the packs left to flush when the last month is packed are small; media packs are not."""
    key = RawKey(generate_key())
    big = FolderDestination(tmp_path / "big")
    backup_to(demo_lib, big, key)
    text_big, media_big = _packs(big, key)
    assert len(text_big) <= B._MESSAGE_WORKERS  # the demo's messages fit one pack per worker

    target = 16 << 10
    monkeypatch.setattr(B, "_TEXT_PACK_SIZE", target)
    small = FolderDestination(tmp_path / "small")
    backup_to(demo_lib, small, key)
    text, media = _packs(small, key)
    assert len(text) > 2 * len(text_big)
    # A pack is rolled once it reaches the target: at most its last blob (and the trailer)
    # goes past it.
    assert all(sum(lengths[:-1]) < target for _, lengths in text)
    # the media packs are not rolled (one per media worker that took a file, as before)
    assert len(media) <= B._MEDIA_WORKERS and len(media_big) <= B._MEDIA_WORKERS
    assert sum(len(b) for _, b in media) == sum(len(b) for _, b in media_big)

    restore_from(small, tmp_path / "restored", key)
    assert chat_contents(tmp_path / "restored") == chat_contents(demo_lib)


def test_message_packs_have_small_segments_media_packs_the_usual_ones(demo_lib, tmp_path):
    """A one-chat restore reads whole segments: message packs are written with 64 KiB
    segments (a chat's months are a few hundred KiB side by side), media packs with 256 KiB
    (FORMAT.md 4.3); the reader takes each pack's own exponent."""
    from backupgui.crypto.segments import Header
    from backupgui.format.pack import PACK_SEGMENT_EXP, TEXT_PACK_SEGMENT_EXP

    key = RawKey(generate_key())
    dest = FolderDestination(tmp_path / "dest")
    backup_to(demo_lib, dest, key)
    repo = Repo.open(dest, key)
    manifest = repo.snapshots().head
    index, _ = repo.load_index()
    media = {m.blob for m in manifest.media}
    exps = {"text": set(), "media": set()}
    for pid, p in index.packs.items():
        header = Header.parse(dest.read(f"{repo.prefix}data/{pid}", 0, 48))
        exps["media" if any(e.blob_id in media for e in p.blobs) else "text"].add(header.segment_exp)
    assert exps == {"text": {TEXT_PACK_SEGMENT_EXP}, "media": {PACK_SEGMENT_EXP}}
    assert TEXT_PACK_SEGMENT_EXP == 16 and PACK_SEGMENT_EXP == 18

    restore_from(dest, tmp_path / "restored", key)
    assert chat_contents(tmp_path / "restored") == chat_contents(demo_lib)
