"""The eighth hostile pass (SECURITY.md 2.12): the storage provider, or anyone who writes the
destination, against what a failed or changing answer leaves behind. A real Drive emulator on
127.0.0.1 (its fault plan for the failures) and real folders; the engine's own API."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import (
    BackupRequest,
    RestoreRequest,
    backup,
    change_key_protection,
    restore,
    rotate_key,
    verify,
)
from backupgui.engine.repository import Repo, scan_sets
from backupgui.engine.types import VerifyRequest
from backupgui.errors import DestinationError, DestinationFullError, WrongKeyError
from backupgui.library.demo import create_demo_library
from backupgui.library.model import Message
from backupgui.library.store import Library
from backupgui.services.drive_emulator import Fault
from tests.drive import conftest as _drive
from tests.engine.helpers import OTHER_PASSWORD, pw

from .conftest import make_library

# The Drive emulator's fixtures (tests/drive/conftest.py), used here by name.
_clean_google_env, emulator, fake_time, make_dest = (
    _drive._clean_google_env, _drive.emulator, _drive.fake_time, _drive.make_dest)

OLD = RawKey(bytes(range(32)))
NEW = RawKey(bytes(range(1, 33)))
ONE_REQUEST = 5 << 20  # the app's multipart_max: a config goes in one request


def _no_faults(emulator) -> None:
    emulator.faults = type(emulator.faults)()


def _grow(lib: Path, n: int) -> None:
    with Library(lib) as library, library.transaction() as w:
        w.add_messages([Message(f"x{n}", "chat-1", 1_700_000_100_000 + n, "alice", "text", f"more {n}")])


# -- a config write that Drive failed ----------------------------------------------------------

@pytest.mark.parametrize("multipart_max", [-1, ONE_REQUEST], ids=["session", "one-request"])
def test_a_protection_change_drive_failed_never_lands_later(emulator, make_dest, tmp_path,
                                                            multipart_max):
    """A password change whose config upload Drive kept failing was said to have failed
    ("a failure leaves the old password working"), but its upload stayed journaled, and the
    next open of Drive (any backup, listing or restore) sent it: the new password took
    effect without a word, and the old one was "not correct". Before the fix the second
    ``verify`` below raised ``WrongKeyError``."""
    lib = tmp_path / "lib"
    make_library(lib)
    backup(BackupRequest(lib, make_dest(multipart_max=multipart_max), pw()))
    emulator.add_faults(Fault("503", match="upload|update", count=50))
    with pytest.raises(DestinationError, match="kept failing"):
        change_key_protection(make_dest(multipart_max=multipart_max), pw(), pw(OTHER_PASSWORD))
    _no_faults(emulator)
    for _ in range(2):  # each a new open, which finishes what its journal holds
        verify(VerifyRequest(make_dest(multipart_max=multipart_max), pw()))
    with pytest.raises(WrongKeyError):
        verify(VerifyRequest(make_dest(multipart_max=multipart_max), pw(OTHER_PASSWORD)))
    assert list((tmp_path / "spool").rglob("*.json")) == []


def test_a_rotation_drive_failed_at_its_last_write_keeps_the_old_set(emulator, make_dest, tmp_path,
                                                                    monkeypatch):
    """A key rotation whose new set's config (its last write, after the new set's backup)
    Drive kept failing was said to have failed, and the user kept the old key; but the
    config stayed journaled, the next backup's open of Drive sent it, and that backup,
    finishing the "interrupted" rotation, found the new set complete and removed the old
    one: every backup then opened only with the new key of a rotation said to have failed
    ("The 64-digit key is not correct for this backup" for the key this computer kept).
    Before the fix the backup with the old key below raised ``WrongKeyError``."""
    lib = tmp_path / "lib"
    make_library(lib)
    first = backup(BackupRequest(lib, make_dest(), OLD))
    write_config = Repo.write_config

    def drive_fails_from_here(self, data):
        emulator.add_faults(Fault("503", match="any", count=60))  # the clean-up's look too
        write_config(self, data)

    monkeypatch.setattr(Repo, "write_config", drive_fails_from_here)
    with pytest.raises(DestinationError, match="kept failing"):
        rotate_key(BackupRequest(lib, make_dest(), NEW), OLD)
    monkeypatch.setattr(Repo, "write_config", write_config)
    _no_faults(emulator)

    again = backup(BackupRequest(lib, make_dest(), OLD))
    assert again.set_id == first.set_id
    assert [s.config.set_id for s in scan_sets(make_dest())] == [first.set_id]
    verify(VerifyRequest(make_dest(), OLD))


def test_a_config_write_that_landed_despite_its_error_counts_as_written(emulator, make_dest,
                                                                        tmp_path):
    """Drive applied the change but its answer was cut, and every retry failed: the write
    did happen, so the change is reported done (the destination holds exactly the new
    config), not "failed" with the new password in effect."""
    lib = tmp_path / "lib"
    make_library(lib)
    backup(BackupRequest(lib, make_dest(multipart_max=ONE_REQUEST), OLD))
    # (the change's first upload is its lock object, FORMAT.md 10.3; the config's is next)
    emulator.add_faults(Fault("reset-response", match="upload-simple", cut=0.0, skip=1),
                        Fault("503", match="upload-simple", count=50))
    # (a key set's config is shorter than a password set's: the read must see the new size)
    assert change_key_protection(make_dest(multipart_max=ONE_REQUEST), OLD, pw()) == "password"
    _no_faults(emulator)
    verify(VerifyRequest(make_dest(multipart_max=ONE_REQUEST), pw()))


def test_a_config_that_must_land_stays_pending(emulator, make_dest, tmp_path):
    """The one config written after the world changed for it (a v1 vault record bound to the
    account on the way in: ``Repo._unlock``'s upgrade) keeps Drive's journal: the next open
    sends it, as before this pass."""
    lib = tmp_path / "lib"
    make_library(lib)
    backup(BackupRequest(lib, make_dest(), OLD))
    repo = Repo.open(make_dest(), OLD)
    data = repo.dest.read(repo.prefix + "config")
    emulator.add_faults(Fault("503", match="upload|update", count=50))
    with pytest.raises(DestinationError, match="kept failing"):
        repo.write_config(data + b" ", must_land=True)
    _no_faults(emulator)
    assert len(list((tmp_path / "spool").rglob("*.json"))) == 1
    assert make_dest().read(repo.prefix + "config") == data + b" "  # (landed at the open)


# -- objects listed, then gone when read ----------------------------------------------------------

class _GoneAfterListing(FolderDestination):
    """A real folder whose object ``victim`` is removed right after the listing of
    ``prefix`` that shows it (another computer's rotation or retention at that moment)."""

    def __init__(self, root: Path, prefix: str, victim: Path) -> None:
        super().__init__(root)
        self._prefix, self._victim = prefix, victim

    def list(self, prefix: str = ""):
        out = super().list(prefix)
        if prefix == self._prefix and self._victim.exists():
            self._victim.unlink()
        return out


def test_a_set_whose_config_is_gone_when_read_does_not_stop_the_others(tmp_path):
    """Another set's config listed, then gone when read (the other computer's rotation
    removing that set, or a provider answering so): every open of the destination failed
    with "The backup object sets/…/config is missing", the user's own set unreachable."""
    lib = tmp_path / "lib"
    make_library(lib)
    dest = tmp_path / "dest"
    mine = backup(BackupRequest(lib, FolderDestination(dest), OLD))
    other = dest / "sets" / ("ee" * 16)
    (other / "snapshots").mkdir(parents=True)
    shutil.copyfile(dest / "sets" / mine.set_id / "config", other / "config")
    racy = _GoneAfterListing(dest, "sets/", other / "config")
    assert Repo.open(racy, OLD).set_id == mine.set_id
    assert [s.config.set_id for s in scan_sets(racy)] == [mine.set_id]


def test_an_index_gone_when_read_is_ignored_and_its_packs_adopted(tmp_path):
    """An index listed, then gone when read (another computer's retention writing one
    index for many at that moment): the backup failed with "The backup object …/index/… is
    missing". Now it is ignored as gone; its packs, still there, are adopted by their
    trailers, so nothing is sent again and the backup is complete."""
    lib = tmp_path / "lib"
    make_library(lib)
    dest = tmp_path / "dest"
    first = backup(BackupRequest(lib, FolderDestination(dest), OLD))
    (index,) = (dest / "sets" / first.set_id / "index").iterdir()
    _grow(lib, 1)
    racy = _GoneAfterListing(dest, f"sets/{first.set_id}/index/", index)
    second = backup(BackupRequest(lib, racy, OLD))
    assert (second.new_blobs, second.reused_blobs) == (1, 1)  # the new month; the photo reused
    restore(RestoreRequest(FolderDestination(dest), tmp_path / "restored", OLD))
    verify(VerifyRequest(FolderDestination(dest), OLD))


# -- what held (each with why: SECURITY.md 2.12) --------------------------------------------------

@pytest.mark.parametrize("kind", ["500", "403-ratelimit", "429", "quota"])
def test_the_last_write_failing_keeps_the_last_good_backup(emulator, make_dest, tmp_path, fake_time,
                                                          kind):
    """The manifest (the write that makes a backup exist) answered with a 5xx, a rate limit
    for ever or a full quota: a clear error after a bounded number of attempts, the last
    good backup intact, and the next backup clean (no rollback warning). A manifest whose
    upload stayed journaled may land at the next open: it is a complete backup of its own
    (its packs and index were written first), and the next backup continues after it."""
    lib = tmp_path / "lib"
    make_library(lib)
    first = backup(BackupRequest(lib, make_dest(), OLD, keep=1))
    emulator.add_faults(Fault(kind, match="upload", count=1000))  # nothing changed: only the manifest
    with pytest.raises(DestinationFullError if kind == "quota" else DestinationError) as failed:
        backup(BackupRequest(lib, make_dest(), OLD, keep=1))
    assert ("is full" if kind == "quota" else "kept failing") in str(failed.value)
    assert len(fake_time.sleeps) <= 10 and sum(fake_time.sleeps) < 600
    _no_faults(emulator)
    snaps = [s.snapshot_id for s in Repo.open(make_dest(), OLD).snapshots().infos]
    assert snaps[0] == first.snapshot_id and len(snaps) <= 2
    third = backup(BackupRequest(lib, make_dest(), OLD, keep=1))
    assert third.warnings == ()
    restore(RestoreRequest(make_dest(), tmp_path / "restored", OLD))


def test_uploads_that_keep_failing_do_not_pile_up(emulator, make_dest, tmp_path, fake_time):
    """Drive fails every upload for a while (5xx after every retry: an outage, or a provider
    answering so). Each failed backup left its packs journaled and the next open retried
    each of them with its whole retry budget before the backup made the same packs again:
    the spool grew by a run's packs per failed run (five runs: 32 MB for a 6.5 MB change,
    without end) and so did each open's wait (596 s of backoff in the first run, 3,220 s in
    the fifth). Now the first pending upload that still fails drops the pending new
    objects (the next backup packs them again): one run's worth, each run as long."""
    lib = tmp_path / "lib"
    create_demo_library(lib, chats=3, seed=3, media_mb=0)
    backup(BackupRequest(lib, make_dest(), OLD))
    create_demo_library(lib, chats=2, seed=4, media_mb=6)
    emulator.add_faults(Fault("503", match="upload", count=100_000))
    spool, waited = [], []
    for _ in range(5):
        slept = sum(fake_time.sleeps)
        with pytest.raises(DestinationError, match="kept failing"):
            backup(BackupRequest(lib, make_dest(), OLD, pack_size=1 << 20))
        waited.append(sum(fake_time.sleeps) - slept)
        spool.append(sum(f.stat().st_size for f in (tmp_path / "spool").rglob("*.spool")))
    assert spool[-1] <= 1.5 * spool[0] and waited[-1] <= 1.5 * waited[0], (spool, waited)
    _no_faults(emulator)
    done = backup(BackupRequest(lib, make_dest(), OLD, pack_size=1 << 20))
    assert done.warnings == () and list((tmp_path / "spool").rglob("*.spool")) == []
    restore(RestoreRequest(make_dest(), tmp_path / "restored", OLD))
    with Library(lib) as a, Library(tmp_path / "restored") as b:
        assert sorted(a.chat_ids()) == sorted(b.chat_ids())


def test_a_delete_that_answers_204_and_leaves_the_file(emulator, make_dest, tmp_path, monkeypatch):
    """Retention's deletes answered 204 with the files left in place: the kept backup is
    never touched, and the next backup's retention deletes what is still there."""
    lib = tmp_path / "lib"
    make_library(lib)
    first = backup(BackupRequest(lib, make_dest(), OLD, keep=1))
    with monkeypatch.context() as m:
        m.setattr(emulator.store, "delete", lambda file_id: True)
        second = backup(BackupRequest(lib, make_dest(), OLD, keep=1))
    assert second.removed_snapshots == (first.snapshot_id,)  # (what was asked, not what was done)
    assert {s.snapshot_id for s in Repo.open(make_dest(), OLD).snapshots().infos} == {
        first.snapshot_id, second.snapshot_id}
    third = backup(BackupRequest(lib, make_dest(), OLD, keep=1))
    assert [s.snapshot_id for s in Repo.open(make_dest(), OLD).snapshots().infos] == [third.snapshot_id]
    restore(RestoreRequest(make_dest(), tmp_path / "restored", OLD))
    verify(VerifyRequest(make_dest(), OLD))


def test_a_second_file_under_the_newest_manifests_name_is_a_rollback_not_a_cached_head(
        emulator, make_dest, tmp_path):
    """Drive holds names twice: the provider adds a newer file under the newest manifest's
    name, of another size. The listing takes the newer file, whose size no cache entry has,
    so it is read, fails authentication and is ignored: the newest backup is hidden, which
    the next backup says (a rollback), exactly as a deletion; the summary cache never
    answers for it."""
    lib = tmp_path / "lib"
    make_library(lib)
    backup(BackupRequest(lib, make_dest(), OLD))
    _grow(lib, 2)
    newest = backup(BackupRequest(lib, make_dest(), OLD))
    name = f"sets/{newest.set_id}/snapshots/{newest.snapshot_id}"
    up = make_dest().upload_new(name)  # (a new file: no look-up, so a second one of that name)
    up.write(os.urandom(777))
    up.commit()
    assert [f["name"] for f in emulator.store.all_views()].count(name) == 2
    repo = Repo.open(make_dest(), OLD, summaries=True)
    assert newest.snapshot_id not in [s.snapshot_id for s in repo.snapshots().infos]
    _grow(lib, 3)
    after = backup(BackupRequest(lib, make_dest(), OLD))
    assert any("rolled back" in w for w in after.warnings), after.warnings
