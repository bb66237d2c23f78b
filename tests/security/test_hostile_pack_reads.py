"""The eighth hostile pass against the restore's readers of packs (SECURITY.md 2.12): whoever
writes the destination changes packs, also between two ranged reads of one restore, and the
restore must name the first damage in pack order, leave nothing behind and never hang. Black
box at the engine's API (``restore``), so that they hold whatever the message stage's
checkers look like inside: a real folder, a real Drive emulator on 127.0.0.1."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import BackupRequest, RestoreRequest, backup, restore
from backupgui.engine.repository import Repo
from backupgui.errors import DamagedBackupError
from backupgui.library.demo import create_demo_library
from backupgui.services.drive_emulator import Fault
from tests.drive import conftest as _drive

# The Drive emulator's fixtures (tests/drive/conftest.py), used here by name.
_clean_google_env, emulator, fake_time, make_dest = (
    _drive._clean_google_env, _drive.emulator, _drive.fake_time, _drive.make_dest)

KEY = RawKey(bytes(range(32)))
KiB = 1024


def _packs(dest, key) -> tuple[list[str], list[str]]:
    """The newest snapshot's text packs and media packs, each sorted by id."""
    repo = Repo.open(dest, key)
    m = repo.load_manifest(repo.snapshots().newest.snapshot_id)
    index, _ = repo.load_index()
    text = {index.locate(t.blob).pack_id for c in m.chats for t in c.text_blobs}
    media = {index.locate(e.blob).pack_id for e in m.media} - text
    return sorted(text), sorted(media)


def _flip(path: Path, at: float) -> None:
    data = bytearray(path.read_bytes())
    data[int(len(data) * at)] ^= 0x20
    path.write_bytes(bytes(data))


def _restore_in_time(req: RestoreRequest, seconds: float = 120) -> BaseException | None:
    """The restore's outcome; fails the test if it has not ended within ``seconds``."""
    done: list[BaseException | None] = []

    def run() -> None:
        try:
            restore(req)
            done.append(None)
        except BaseException as exc:  # noqa: BLE001 - the caller inspects it
            done.append(exc)

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(seconds)
    assert done, "the restore did not end"
    return done[0]


def test_the_first_damaged_pack_in_pack_order_is_the_one_reported(tmp_path):
    """Every text pack changed at the destination: each restore names the first of them in
    pack order, however its checker threads ran, and writes nothing."""
    lib = tmp_path / "lib"
    create_demo_library(lib, chats=10, seed=5, media_mb=0)
    dest_dir = tmp_path / "dest"
    res = backup(BackupRequest(lib, FolderDestination(dest_dir), KEY))
    text, _ = _packs(FolderDestination(dest_dir), KEY)
    if len(text) < 2:
        pytest.skip("the library made one text pack")
    for p in text:
        _flip(dest_dir / "sets" / res.set_id / "data" / p, 0.5)
    for i in range(4):
        target = tmp_path / f"restored-{i}"
        err = _restore_in_time(RestoreRequest(FolderDestination(dest_dir), target, KEY))
        assert isinstance(err, DamagedBackupError), err
        assert f"pack {text[0]} " in str(err), (str(err), text)
        assert not (target / "media").exists() or not any((target / "media").rglob("*"))


def test_a_pack_that_changes_between_two_ranged_reads_is_damage(emulator, make_dest, tmp_path):
    """Drive serves a pack's first ranges as written, then the rest changed (a provider, or a
    sync tool rewriting it meanwhile): each range is authenticated where it is used, so the
    restore stops with that pack's damage; it does not hang and restores nothing."""
    lib = tmp_path / "lib"
    create_demo_library(lib, chats=3, seed=9, media_mb=0.6)
    res = backup(BackupRequest(lib, make_dest(), KEY))
    _, media = _packs(make_dest(), KEY)
    by_name = {f["name"].rsplit("/", 1)[-1]: f["id"] for f in emulator.store.all_views()}
    victim = max(media, key=lambda p: emulator.store.blob_path(by_name[p]).stat().st_size)
    path = emulator.store.blob_path(by_name[victim])
    assert path.stat().st_size > 4 * 64 * KiB, "the pack is read in one range"
    record = emulator._record
    flipped = threading.Event()

    def after_first_range(entry) -> None:
        record(entry)
        if (entry.get("category") == "media" and by_name[victim] in entry.get("path", "")
                and not flipped.is_set()):
            flipped.set()
            _flip(path, 0.9)  # a range read later

    emulator._record = after_first_range
    target = tmp_path / "restored"
    err = _restore_in_time(RestoreRequest(make_dest(download_chunk=64 * KiB), target, KEY))
    assert flipped.is_set()
    assert isinstance(err, DamagedBackupError), err
    assert victim[:12] in str(err) or "wrong content" in str(err), str(err)
    assert res.set_id


def test_ranged_reads_cut_short_are_resumed_not_taken_whole(emulator, make_dest, tmp_path):
    """Drive cuts some ranged answers short (headers and part of the body, then a reset): the
    rest is asked for again, and the restore is whole and right."""
    lib = tmp_path / "lib"
    create_demo_library(lib, chats=3, seed=9, media_mb=0.6)
    backup(BackupRequest(lib, make_dest(), KEY))
    emulator.add_faults(Fault("reset-response", match="media", count=6, skip=1, cut=0.3))
    target = tmp_path / "restored"
    err = _restore_in_time(RestoreRequest(make_dest(download_chunk=64 * KiB), target, KEY))
    assert err is None, err
    from backupgui.library.store import Library

    with Library(lib) as a, Library(target) as b:
        assert sorted(a.chat_ids()) == sorted(b.chat_ids())
