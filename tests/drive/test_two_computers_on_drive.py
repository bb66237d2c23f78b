"""Two computers backing up into one set on Google Drive at the same time (docs/FORMAT.md
10.2), over real HTTP to the emulator: each computer its own destination instance and spool,
one held after its packs are uploaded while the other backs up with retention; the pack ages
are Drive's own ``modifiedTime``."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from google.oauth2.credentials import Credentials

from backupgui.destinations.gdrive import DriveOptions, GoogleDriveDestination
from backupgui.destinations.gdrive_retry import RetryPolicy
from backupgui.engine import BackupRequest, backup, locks
from backupgui.engine.repository import Repo
from backupgui.library.demo import add_demo_messages, create_demo_library
from backupgui.library.store import Library
from tests.drive.conftest import TOKEN
from tests.engine.test_two_computers import (
    KEY,
    Gate,
    assert_all_restore,
    interleave,
    snapshot_ids,
    unlocked,
)

pytestmark = pytest.mark.pack_margin  # the real safety margin, not the suite's 0


@pytest.fixture
def computer(emulator, tmp_path: Path):
    """Factory: computer ``name``'s Drive destination (its own spool), held by ``gate``."""
    made: list[GoogleDriveDestination] = []

    def factory(name: str, gate: Gate | None = None, old: bool = False) -> GoogleDriveDestination:
        opts = DriveOptions(timeout=10.0, spool_dir=tmp_path / f"spool-{name}",
                            retry=RetryPolicy(max_attempts=3, sleep=lambda s: None,
                                              rand=lambda: 0.5))
        args = (Credentials(token=TOKEN),)
        kw = {"api_root": emulator.root_url, "options": opts}
        if old:  # a version that knows no locks (docs/FORMAT.md 10.3)
            d = unlocked(GoogleDriveDestination, *args, **kw)
        elif gate:
            d = gate.wrap(GoogleDriveDestination, *args, **kw)
        else:
            d = GoogleDriveDestination(*args, **kw)
        made.append(d)
        return d

    yield factory
    for d in made:
        d.close()


def _libs(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "lib-a", tmp_path / "lib-b"
    create_demo_library(a, chats=2, seed=31, media_mb=0.5)
    create_demo_library(b, chats=2, seed=32, media_mb=0.3)
    return a, b


def _age_packs(emulator, seconds: float, part: str = "/data/") -> None:
    """Time passes at Drive: its ``modifiedTime`` of every pack (or other objects: ``part``)
    there is ``seconds`` earlier."""
    then = (datetime.now(UTC) - timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    with emulator.store.lock:
        for f in emulator.store.files.values():
            if part in f.get("name", ""):
                f["modifiedTime"] = then


def _names(emulator, part: str) -> set[str]:
    with emulator.store.lock:
        return {f["name"] for f in emulator.store.files.values() if part in f.get("name", "")}


def test_a_long_backup_holding_its_lock_keeps_its_packs_on_drive(emulator, computer, tmp_path,
                                                                 monkeypatch) -> None:
    """A's backup has run for two days by Drive's clock (its packs' ``modifiedTime``), its
    lock refreshed meanwhile: B's retention (keep 1) skips and says so, none of A's packs
    goes, and A completes; every snapshot restores."""
    monkeypatch.setattr(locks, "REFRESH_S", 0.05)
    lib_a, lib_b = _libs(tmp_path)
    first = backup(BackupRequest(lib_a, computer("a0"), KEY, device_name="old-laptop"))
    with Library(lib_a) as lib:
        add_demo_messages(lib, lib.chat_ids()[0], 5, seed=7, with_photo=True)
    gate = Gate()
    seen: dict = {}

    def other():
        _age_packs(emulator, 2 * 24 * 3600)
        _age_packs(emulator, 2 * 24 * 3600, "/locks/")
        aged = _names(emulator, "/locks/")
        # A refreshes: a new lock object, Drive's time now (waited for, not slept: on a
        # loaded machine 0.5 s was not always enough, and B then rightly took the aged lock
        # for stale)
        deadline = time.monotonic() + 30
        while not _names(emulator, "/locks/") - aged and time.monotonic() < deadline:
            time.sleep(0.02)
        assert _names(emulator, "/locks/") - aged, "A's lock was not refreshed"
        seen["before"] = _names(emulator, "/data/")
        b = backup(BackupRequest(lib_b, computer("b"), KEY, device_name="new-laptop", keep=1))
        seen["after"] = _names(emulator, "/data/")
        return b

    out = interleave(computer("a", gate), lib_a, gate, other)
    assert "error" not in out, out.get("error")
    assert seen["before"] <= seen["after"]
    b = out["b"]
    assert b.retention_skipped and first.snapshot_id not in b.removed_snapshots
    assert any("(old-laptop)" in w for w in b.warnings)
    assert_all_restore(computer("r"), tmp_path,
                       {out["a"].snapshot_id: lib_a, b.snapshot_id: lib_b})
    assert not _names(emulator, "/locks/")


def test_a_lock_left_behind_goes_stale_by_drives_time(emulator, computer, tmp_path,
                                                      monkeypatch) -> None:
    """Another computer's process took a lock and died (nobody refreshes it): retention
    skips while Drive lists it as fresh, runs once its ``modifiedTime`` is 30 minutes old,
    and removes it."""
    lib_a, _ = _libs(tmp_path)
    backup(BackupRequest(lib_a, computer("a0"), KEY, device_name="old-laptop"))
    with monkeypatch.context() as m:  # (written as another computer's process)
        m.setattr(locks, "host_id", lambda: "other-host#00")
        left = locks.acquire(Repo.open(computer("dead"), KEY), locks.BACKUP, "dead-laptop")
    left.stop_refreshing()  # (its process is gone: it is never refreshed or released)
    locks._HELD.discard(left.lock_id)
    with Library(lib_a) as lib:
        add_demo_messages(lib, lib.chat_ids()[0], 5, seed=7)
    r = backup(BackupRequest(lib_a, computer("a1"), KEY, device_name="old-laptop", keep=1))
    assert r.retention_skipped and any("(dead-laptop)" in w for w in r.warnings)
    _age_packs(emulator, locks.STALE_S + 60, "/locks/")
    with Library(lib_a) as lib:
        add_demo_messages(lib, lib.chat_ids()[0], 5, seed=8)
    r = backup(BackupRequest(lib_a, computer("a2"), KEY, device_name="old-laptop", keep=1))
    assert not r.retention_skipped and len(r.removed_snapshots) == 2
    assert not _names(emulator, "/locks/")


def test_fresh_packs_of_a_running_backup_survive_on_drive(emulator, computer, tmp_path) -> None:
    lib_a, lib_b = _libs(tmp_path)
    first = backup(BackupRequest(lib_a, computer("a0"), KEY, device_name="old-laptop"))
    with Library(lib_a) as lib:
        add_demo_messages(lib, lib.chat_ids()[0], 5, seed=7, with_photo=True)
    gate = Gate()
    out = interleave(computer("a", gate), lib_a, gate, lambda: backup(
        BackupRequest(lib_b, computer("b", old=True), KEY, device_name="new-laptop", keep=1)))
    assert "error" not in out, out.get("error")
    assert first.snapshot_id in out["b"].removed_snapshots
    assert_all_restore(computer("r"), tmp_path,
                       {out["a"].snapshot_id: lib_a, out["b"].snapshot_id: lib_b})


def test_a_snapshot_written_meanwhile_keeps_its_old_packs_on_drive(emulator, computer,
                                                                    tmp_path) -> None:
    lib_a, lib_b = _libs(tmp_path)
    backup(BackupRequest(lib_a, computer("a0"), KEY, device_name="old-laptop"))
    _age_packs(emulator, 2 * 24 * 3600)
    gate = Gate()
    out: dict = {}

    def run_b() -> None:
        try:
            out["b"] = backup(BackupRequest(lib_b, computer("b", gate), KEY,
                                            device_name="new-laptop", keep=1))
        except BaseException as exc:
            out["error"] = exc

    t = threading.Thread(target=run_b, daemon=True)
    t.start()
    try:
        assert gate.reached.wait(120), out.get("error")
        time.sleep(0.01)
        a = backup(BackupRequest(lib_a, computer("a"), KEY, device_name="old-laptop"))
    finally:
        gate.go.set()
        t.join(120)
    assert "error" not in out, out.get("error")
    assert a.new_blobs == 0 and a.reused_blobs > 0
    assert {a.snapshot_id, out["b"].snapshot_id} <= snapshot_ids(computer("l"))
    assert_all_restore(computer("r"), tmp_path, {a.snapshot_id: lib_a, out["b"].snapshot_id: lib_b})


def test_unused_packs_go_once_drive_says_they_are_old(emulator, computer, tmp_path) -> None:
    """Drive's own times age the packs: unused ones stay while young, go once old."""
    lib_a, lib_b = _libs(tmp_path)
    backup(BackupRequest(lib_a, computer("a"), KEY, device_name="old-laptop"))

    def packs() -> set[str]:
        return {f["name"] for f in emulator.store.files.values()
                if "/data/" in f.get("name", "") and not f.get("trashed")}

    a_packs = packs()
    backup(BackupRequest(lib_b, computer("b1"), KEY, device_name="new-laptop", keep=1))
    assert a_packs <= packs()
    _age_packs(emulator, 2 * 24 * 3600)
    last = backup(BackupRequest(lib_b, computer("b2"), KEY, device_name="new-laptop", keep=1))
    assert not a_packs & packs()
    assert_all_restore(computer("r"), tmp_path, {last.snapshot_id: lib_b})


@pytest.mark.parametrize("stamp", ["", "yesterday", "2026-13-01T00:00:00.000Z",
                                   "2026-12-07T09:00:00.000+05:00", "9" * 30 + "Z",
                                   "２０２６-12-07T09:00:00.000Z", "2026-12-07T09:00:00.000Z" * 3])
def test_a_drive_time_that_does_not_parse_is_no_time(stamp) -> None:
    """A hostile or odd ``modifiedTime`` gives no age, so no pack is deleted by it."""
    from backupgui.destinations.gdrive import _drive_time

    assert _drive_time(stamp) is None
    assert _drive_time("2026-12-07T09:00:00.000Z") == datetime(2026, 12, 7, 9, tzinfo=UTC).timestamp()


def test_a_stopped_backup_or_key_rotation_removes_its_lock_from_drive(emulator, computer, tmp_path,
                                                                   monkeypatch) -> None:
    """Stop (the GUI's Cancel) ends every request of the job's destination at once; the
    lock is still deleted (a request of its own), so no other computer waits 30 minutes:
    for a backup's shared lock and a key rotation's exclusive one on the old set. (Before,
    the delete was refused as cancelled and the lock stayed.)"""
    from backupgui.engine import rotate_key
    from backupgui.errors import CancelledError
    from backupgui.jobs import CancelToken

    lib_a, _ = _libs(tmp_path)
    backup(BackupRequest(lib_a, computer("a0"), KEY, device_name="laptop"))
    reread = Repo.reread_config
    token = CancelToken()

    def stop_once_locked(self, *a, **k):
        reread(self, *a, **k)
        token.cancel()

    monkeypatch.setattr(Repo, "reread_config", stop_once_locked)
    with pytest.raises(CancelledError):
        backup(BackupRequest(lib_a, computer("a1"), KEY, device_name="laptop"), cancel=token)
    assert not _names(emulator, "/locks/")
    monkeypatch.setattr(Repo, "reread_config", reread)

    token = CancelToken()

    def stop_in_the_new_backup(p) -> None:  # (the new set's backup has begun)
        if p.phase != "Creating the new key":
            token.cancel()

    from backupgui.crypto.material import RawKey

    with pytest.raises(CancelledError):
        rotate_key(BackupRequest(lib_a, computer("a2"), RawKey(bytes(range(2, 34))),
                                 device_name="laptop"), KEY, stop_in_the_new_backup, token)
    assert not _names(emulator, "/locks/")
    assert len(snapshot_ids(computer("a3"))) == 1  # (the old set as it was)


def test_a_lock_whose_delete_hangs_is_left_in_bounded_time(emulator, computer, tmp_path,
                                                          monkeypatch) -> None:
    """Drive stops answering as the lock is released: the release gives up after
    ``RELEASE_S`` (the backup's result stands), the lock goes stale by Drive's time."""
    from backupgui.services.drive_emulator import Fault

    monkeypatch.setattr(locks, "RELEASE_S", 1.5, raising=False)
    lib_a, _ = _libs(tmp_path)
    backup(BackupRequest(lib_a, computer("a0"), KEY, device_name="laptop"))
    held = locks.acquire(Repo.open(computer("a1"), KEY), locks.BACKUP, "laptop")
    emulator.add_faults(Fault("hang", match="delete|list", count=10))
    t0 = time.monotonic()
    held.release()
    assert time.monotonic() - t0 < 1.5 + 3  # (+ the bounded join of the refresh thread)
    emulator.faults.clear()
    assert len(_names(emulator, "/locks/")) == 1


def test_the_lock_refresh_during_a_drive_backup_sends_every_request_whole(
        emulator, computer, tmp_path, monkeypatch) -> None:
    """The refresh thread writes and deletes lock objects through the backup's own Drive
    destination while its two upload threads send packs: each thread has its own
    connection (``httplib2.Http`` is not thread-safe), so with a refresh every few
    milliseconds every request the emulator logged arrived whole and was answered, the
    backup restores, and no lock is left."""
    monkeypatch.setattr(locks, "REFRESH_S", 0.002)
    lib = tmp_path / "lib"
    from backupgui.library.demo import create_demo_library

    create_demo_library(lib, chats=4, seed=51, media_mb=10)
    real_write = locks._write
    refreshes: list[str] = []

    def counted(*a):
        info = real_write(*a)
        if threading.current_thread().name == "backupgui-lock-refresh":
            refreshes.append(a[3])
        return info

    monkeypatch.setattr(locks, "_write", counted)
    emulator.clear_log()
    dest = computer("a")
    # (a backup of this size can end in 0.1 s, before five refreshes: the first pack's upload
    # waits for them, so they run while the other upload thread sends, whatever the load)
    real_upload_new = dest.upload_new
    waited: list[bool] = []

    def upload_new(name, *a, **kw):
        if "/data/" in name and not waited:
            waited.append(True)
            deadline = time.monotonic() + 30
            while len(refreshes) < 5 and time.monotonic() < deadline:
                time.sleep(0.005)
        return real_upload_new(name, *a, **kw)

    monkeypatch.setattr(dest, "upload_new", upload_new)
    r = backup(BackupRequest(lib, dest, KEY, device_name="laptop", pack_size=128 * 1024))
    monkeypatch.setattr(locks, "_write", real_write)
    log = emulator.requests
    uploads = [e for e in log if e["category"].startswith("upload")]
    assert waited and r.packs_written >= 2 and len(refreshes) >= 5, (r.packs_written, len(refreshes))
    assert len(uploads) >= r.packs_written + len(refreshes)
    for e in log:
        assert e["status"] in (200, 204, 308) and e["fault"] is None, e
        assert e["bytes_received"] == e["content_length"], e
    assert not _names(emulator, "/locks/")
    assert_all_restore(computer("check"), tmp_path, {r.snapshot_id: lib})


def test_a_lock_on_drive_is_never_journaled(emulator, computer, tmp_path, monkeypatch) -> None:
    """A lock is worth nothing once its writer is gone: its upload saves no journal entry
    (no fsync before a backup's first pack), and one that fails leaves no spool and is
    never sent by a later open."""
    from backupgui.destinations.gdrive_journal import Journal
    from backupgui.services.drive_emulator import Fault

    lib_a, _ = _libs(tmp_path)
    backup(BackupRequest(lib_a, computer("a0"), KEY, device_name="laptop"))
    dest = computer("a1")
    repo = Repo.open(dest, KEY)
    saved: list[str] = []
    real_save = Journal.save
    monkeypatch.setattr(Journal, "save", lambda self, job: saved.append(job.name) or
                        real_save(self, job))
    locks.acquire(repo, locks.BACKUP, "laptop").release()
    assert saved == [] and not _names(emulator, "/locks/")
    emulator.add_faults(Fault("503", match="upload", count=10))
    with pytest.raises(Exception):  # noqa: B017 - Drive's refusal, as it goes up
        locks.acquire(repo, locks.BACKUP, "laptop")
    emulator.faults.clear()
    assert saved == [] and dest.journal.pending() == []
    assert not list(dest.journal.dir.glob("*.spool"))
    computer("a2")  # (a later open: nothing pending to finish)
    assert not _names(emulator, "/locks/")


def _config_reads(emulator, set_id: str) -> int:
    (fid,) = [v["id"] for v in emulator.store.all_views() if v["name"] == f"sets/{set_id}/config"]
    return sum(r["category"] == "media" and fid in r["path"] for r in emulator.requests)


@pytest.mark.parametrize("listed", ["sha256", "md5 only", "no checksum"])
def test_a_backup_reads_its_config_again_only_when_the_lock_listing_cannot_vouch_for_it(
        emulator, computer, tmp_path, monkeypatch, listed) -> None:
    """Under its lock a backup needs the config as it is then (FORMAT.md 10.3). The listing
    that takes the lock lists the config too: with Drive's SHA-256 (or, where Drive gives
    none, its MD5) of the very bytes read at the unlock, the config is not downloaded again;
    without a checksum it is (docs/DRIVE.md 5)."""
    from backupgui.services.drive_emulator import server

    lib_a, _ = _libs(tmp_path)
    first = backup(BackupRequest(lib_a, computer("a0"), KEY, device_name="laptop"))
    if listed == "md5 only":
        monkeypatch.setattr(server, "_CHECKSUMS", {"md5Checksum": "md5"})
    elif listed == "no checksum":
        monkeypatch.setattr(server, "_fill_checksums", lambda *a: None)
    emulator.clear_log()
    backup(BackupRequest(lib_a, computer("a1"), KEY, device_name="laptop", keep=100))
    assert _config_reads(emulator, first.set_id) == (2 if listed == "no checksum" else 1)


@pytest.mark.parametrize("what", ["a backup", "a password change"])
def test_a_password_change_between_the_unlock_and_the_lock_is_seen_on_drive(
        emulator, computer, tmp_path, monkeypatch, what) -> None:
    """Another computer changes the password after this operation unlocked the set with the
    old one and before it took its lock: the lock's listing shows another checksum, the
    config is read again, the old password no longer opens it, and nothing is written (a
    backup sends nothing; a second password change does not undo the first)."""
    import sys

    from backupgui.crypto.keys import KdfParams
    from backupgui.crypto.material import Password
    from backupgui.engine import change_key_protection
    from backupgui.errors import WrongKeyError

    kdf = KdfParams(memory_kib=1024, iterations=1, lanes=1)
    old, new = Password("the old long password 1", kdf=kdf), Password("a new long password 2", kdf=kdf)
    lib_a, _ = _libs(tmp_path)
    first = backup(BackupRequest(lib_a, computer("a0"), old, device_name="laptop"))
    real, changed = locks.acquire, []

    def interleaved(repo, kind, device, **kw):
        if not changed:
            changed.append(True)
            change_key_protection(computer("other"), old, new)
        return real(repo, kind, device, **kw)

    monkeypatch.setattr(locks, "acquire", interleaved)
    backup_module = sys.modules["backupgui.engine.backup"]
    monkeypatch.setattr(backup_module.locks, "acquire", interleaved)
    with pytest.raises(WrongKeyError):
        if what == "a backup":
            backup(BackupRequest(lib_a, computer("a1"), old, device_name="laptop"))
        else:
            change_key_protection(computer("a1"), old, Password("a third long password 3",
                                                                 kdf=kdf))
    assert changed
    opened = Repo.open(computer("check"), new)
    assert opened.set_id == first.set_id and len(opened.snapshots().infos) == 1
    assert not _names(emulator, "/locks/")
