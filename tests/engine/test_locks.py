"""Lock objects in a backup set (docs/FORMAT.md 10.3), with real parts: real folders, real
SQLite, engine runs on two threads with separate libraries and destination instances, a
real process killed with SIGKILL. A backup holds a shared lock; retention takes an
exclusive one and skips while another computer's backup runs, however long that backup
has run (the destination's clock is faked through the listed times, never by sleeping);
a backup waits for an exclusive lock, then fails saying who holds it; a lock goes stale by
the destination's listed time only; planted locks are a denial of service at most."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from backupgui.crypto.keys import KdfParams
from backupgui.crypto.material import Password
from backupgui.crypto.segments import encrypt_bytes
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import BackupRequest, backup, change_key_protection, locks
from backupgui.engine.repository import Repo
from backupgui.errors import BusyError

from .test_two_computers import (
    DAY,
    KEY,
    Gate,
    _grow,
    age_packs,
    assert_all_restore,
    interleave,
    snapshot_ids,
)
from .test_two_computers import two_libs as two_libs  # noqa: F401 - a fixture

pytestmark = pytest.mark.pack_margin  # the real safety margin, not the suite's 0


def _locks(dest_dir: Path) -> list[Path]:
    return sorted(dest_dir.glob("sets/*/locks/*"))


def _age(paths, seconds: float) -> None:
    """Time passes at the destination: these objects were listed ``seconds`` earlier."""
    for p in paths:
        st = p.stat()
        os.utime(p, (st.st_atime - seconds, st.st_mtime - seconds))


def _packs(dest_dir: Path) -> set[str]:
    return {p.name for p in dest_dir.glob("sets/*/data/*")}


def test_retention_skips_while_another_computers_long_backup_holds_its_lock(
        tmp_path, two_libs, monkeypatch) -> None:
    """A's backup has uploaded its packs and runs on (held before its index); by the
    folder's clock its packs are two days old, longer than the 24 h margin, but its lock is
    refreshed. B's backup (keep 1) completes and its retention skips, saying so in its
    warnings and result: A's packs and A's old snapshot stay; A then completes without
    sending anything again, and every snapshot restores. (Before the lock, B deleted the
    packs of A's running backup once they were older than the margin.)"""
    monkeypatch.setattr(locks, "REFRESH_S", 0.05)
    lib_a, lib_b = two_libs
    dest_dir = tmp_path / "dest"
    first = backup(BackupRequest(lib_a, FolderDestination(dest_dir), KEY, device_name="old-laptop"))
    _grow(lib_a, 5)
    gate = Gate()
    seen: dict = {}

    def other():
        age_packs(dest_dir, 2 * DAY)  # A has been running for two days
        aged = set(_locks(dest_dir))
        _age(aged, 2 * DAY)  # ... and its lock was written then
        # (a refresh writes it again: its listed time is now; waited for, not slept, so that
        # a loaded machine does not leave B an aged lock it rightly takes for stale)
        deadline = time.monotonic() + 30
        while not set(_locks(dest_dir)) - aged and time.monotonic() < deadline:
            time.sleep(0.02)
        assert set(_locks(dest_dir)) - aged, "A's lock was not refreshed"
        seen["before"] = _packs(dest_dir)
        b = backup(BackupRequest(lib_b, FolderDestination(dest_dir), KEY,
                                 device_name="new-laptop", keep=1))
        seen["after"] = _packs(dest_dir)
        return b

    out = interleave(gate.wrap(FolderDestination, dest_dir), lib_a, gate, other)
    assert "error" not in out, out.get("error")
    a, b = out["a"], out["b"]
    assert seen["before"] <= seen["after"]  # nothing of A's running backup was deleted
    assert first.snapshot_id not in b.removed_snapshots
    assert b.retention_skipped and not b.removed_snapshots
    assert any("another computer (old-laptop) is using this backup set" in w for w in b.warnings)
    assert first.snapshot_id in snapshot_ids(FolderDestination(dest_dir))
    assert_all_restore(FolderDestination(dest_dir), tmp_path,
                       {a.snapshot_id: lib_a, b.snapshot_id: lib_b})
    assert not _locks(dest_dir)  # every lock released


def test_a_backup_waits_for_an_exclusive_lock_then_fails_saying_who(tmp_path, two_libs) -> None:
    """Another computer is cleaning up the set (its exclusive lock, fresh): a backup waits
    (bounded), then fails with a clear message naming that computer, having written no
    snapshot and no pack. When the lock is released while it waits, the backup goes on."""
    lib_a, _ = two_libs
    dest_dir = tmp_path / "dest"
    first = backup(BackupRequest(lib_a, FolderDestination(dest_dir), KEY, device_name="old-laptop"))
    _grow(lib_a, 5)
    packs = _packs(dest_dir)
    repo = Repo.open(FolderDestination(dest_dir), KEY)
    held = locks.acquire(repo, locks.RETENTION, "other-laptop")
    try:
        with pytest.raises(BusyError) as err:
            backup(BackupRequest(lib_a, FolderDestination(dest_dir), KEY, device_name="old-laptop"))
    finally:
        held.release()
    assert str(err.value) == ("Another computer (other-laptop) is cleaning up this backup set; "
                              "try again in a few minutes.")
    assert err.value.exit_code == 13
    assert snapshot_ids(FolderDestination(dest_dir)) == {first.snapshot_id}
    assert _packs(dest_dir) == packs and not _locks(dest_dir)

    held = locks.acquire(repo, locks.ROTATION, "other-laptop")
    threading.Timer(0.3, held.release).start()
    phases: list[str] = []
    done = backup(BackupRequest(lib_a, FolderDestination(dest_dir), KEY, device_name="old-laptop"),
                  lambda p: phases.append(p.phase))
    assert "Waiting for another computer to finish with the backup set" in phases
    assert done.snapshot_id in snapshot_ids(FolderDestination(dest_dir))


def test_a_password_change_waits_for_a_running_backup_and_changes_nothing(tmp_path,
                                                                         two_libs) -> None:
    """A change of the set's protection replaces its config: not while another computer's
    backup holds its lock. It fails clearly and the config is untouched."""
    lib_a, _ = two_libs
    dest_dir = tmp_path / "dest"
    backup(BackupRequest(lib_a, FolderDestination(dest_dir), KEY, device_name="old-laptop"))
    repo = Repo.open(FolderDestination(dest_dir), KEY)
    config = (dest_dir / repo.prefix / "config").read_bytes()
    with locks.acquire(repo, locks.BACKUP, "old-laptop"):
        with pytest.raises(BusyError) as err:
            change_key_protection(FolderDestination(dest_dir), KEY, Password("a new long password 7", kdf=KdfParams(memory_kib=1024, iterations=1, lanes=1)))
    assert str(err.value) == ("Another computer (old-laptop) is backing up into this backup "
                              "set; try again when it has finished.")
    assert (dest_dir / repo.prefix / "config").read_bytes() == config
    change_key_protection(FolderDestination(dest_dir), KEY, Password("a new long password 7", kdf=KdfParams(memory_kib=1024, iterations=1, lanes=1)))
    assert (dest_dir / repo.prefix / "config").read_bytes() != config
    assert not _locks(dest_dir)


_HOLDER = r"""
import sys, time
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import locks
from backupgui.crypto.segments import encrypt_bytes
from backupgui.engine.repository import Repo
if sys.argv[2] == "other":  # another computer's process (a lock only time can end)
    locks.host_id = lambda: "other-host#0123456789abcdef"
repo = Repo.open(FolderDestination(sys.argv[1]), RawKey(bytes(range(1, 33))))
locks.acquire(repo, locks.BACKUP, "killed-laptop")
print("locked", flush=True)
time.sleep(600)
"""


def _killed_holder(dest_dir: Path, host: str) -> None:
    """A real process takes a backup lock on the set and is killed (SIGKILL): its lock
    stays at the destination, nobody refreshes or releases it."""
    proc = subprocess.Popen([sys.executable, "-c", _HOLDER, str(dest_dir), host],
                            stdout=subprocess.PIPE, text=True, env={**os.environ})
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    assert len(_locks(dest_dir)) == 1


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_process_of_another_computer_leaves_a_lock_that_goes_stale(tmp_path,
                                                                            two_libs) -> None:
    """Killed on another computer: its lock holds retention off while fresh (nobody here
    can tell it is dead), counts as stale once 30 minutes old by the folder's clock, and is
    then removed by the next retention, which runs. A lock listed in the future (a clock
    ahead) is not stale."""
    lib_a, _ = two_libs
    dest_dir = tmp_path / "dest"
    backup(BackupRequest(lib_a, FolderDestination(dest_dir), KEY, device_name="old-laptop"))
    _killed_holder(dest_dir, "other")
    left = _locks(dest_dir)
    _grow(lib_a, 5)
    r = backup(BackupRequest(lib_a, FolderDestination(dest_dir), KEY, device_name="old-laptop",
                             keep=1))
    assert r.retention_skipped and any("(killed-laptop)" in w for w in r.warnings)
    _age(left, -3600)  # an hour in the future of the folder's clock: fresh
    _grow(lib_a, 6)
    r = backup(BackupRequest(lib_a, FolderDestination(dest_dir), KEY, device_name="old-laptop",
                             keep=1))
    assert r.retention_skipped
    _age(left, 3600 + locks.STALE_S + 60)  # 31 minutes without a refresh
    _grow(lib_a, 7)
    r = backup(BackupRequest(lib_a, FolderDestination(dest_dir), KEY, device_name="old-laptop",
                             keep=1))
    assert not r.retention_skipped and len(r.removed_snapshots) == 3
    assert not _locks(dest_dir)  # the stale lock was removed by the exclusive operation
    assert snapshot_ids(FolderDestination(dest_dir)) == {r.snapshot_id}


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_process_of_this_computer_is_known_dead_at_once(tmp_path, two_libs) -> None:
    """Killed on this computer: its process no longer runs, so its lock is no lock: the
    next backup's retention runs at once and removes it."""
    lib_a, _ = two_libs
    dest_dir = tmp_path / "dest"
    backup(BackupRequest(lib_a, FolderDestination(dest_dir), KEY, device_name="old-laptop"))
    _killed_holder(dest_dir, "this")
    _grow(lib_a, 5)
    r = backup(BackupRequest(lib_a, FolderDestination(dest_dir), KEY, device_name="old-laptop",
                             keep=1))
    assert not r.retention_skipped and r.removed_snapshots
    assert not _locks(dest_dir)


def test_planted_lock_objects_are_ignored_and_never_deleted(tmp_path, two_libs) -> None:
    """What someone who can write the destination (without K) plants under ``locks/``: a
    huge body, one that does not authenticate, a lock of another name moved here, names
    that break the grammar (upper case, a folder): none is read beyond its bound, none
    holds anything off, none is deleted."""
    lib_a, _ = two_libs
    dest_dir = tmp_path / "dest"
    backup(BackupRequest(lib_a, FolderDestination(dest_dir), KEY, device_name="old-laptop"))
    repo = Repo.open(FolderDestination(dest_dir), KEY)
    d = dest_dir / repo.prefix / "locks"
    with locks.acquire(repo, locks.BACKUP, "real-laptop") as real:
        genuine = (d / real.lock_id).read_bytes()
    (d / ("a" * 32)).write_bytes(os.urandom(locks.MAX_LOCK_OBJECT + 1))  # huge: never read
    (d / ("b" * 32)).write_bytes(os.urandom(600))  # does not authenticate
    (d / ("c" * 32)).write_bytes(genuine)  # authentic, but under another name
    (d / ("D" * 32)).write_bytes(genuine)  # a name outside the grammar
    (d / "sub").mkdir()
    (d / "sub" / ("e" * 32)).write_bytes(genuine)
    planted = sorted(p.relative_to(d) for p in d.rglob("*") if p.is_file())
    reads: list[str] = []

    class Counting(FolderDestination):
        def read(self, name, offset=0, length=None):
            if "/locks/" in name:
                reads.append(name)
                assert length is not None and length <= locks.MAX_LOCK_OBJECT + 1
            return super().read(name, offset, length)

    _grow(lib_a, 5)
    r = backup(BackupRequest(lib_a, Counting(dest_dir), KEY, device_name="old-laptop", keep=1))
    assert not r.retention_skipped and r.removed_snapshots
    assert not any(n.endswith("a" * 32) for n in reads)
    assert sorted(p.relative_to(d) for p in d.rglob("*") if p.is_file()) == planted


def test_a_replayed_lock_is_a_denial_of_service_only(tmp_path, two_libs) -> None:
    """An authentic exclusive lock copied aside and put back under its name (a provider
    replaying an old object: its listed time is fresh again) keeps backups waiting and
    then failing, until it is 30 minutes old; it never makes anything be deleted."""
    lib_a, _ = two_libs
    dest_dir = tmp_path / "dest"
    first = backup(BackupRequest(lib_a, FolderDestination(dest_dir), KEY, device_name="old-laptop"))
    repo = Repo.open(FolderDestination(dest_dir), KEY)
    with locks.acquire(repo, locks.RETENTION, "cleaner") as held:
        name = dest_dir / repo.prefix / "locks" / held.lock_id
        saved = name.read_bytes()
    name.write_bytes(saved)  # (replayed: this process no longer holds it, so make it
    locks._HELD.add(held.lock_id)  # look like a live process's on another computer)
    try:
        before = {p: p.read_bytes() for p in dest_dir.rglob("*") if p.is_file()}
        _grow(lib_a, 5)
        with pytest.raises(BusyError, match=r"Another computer \(cleaner\) is cleaning up"):
            backup(BackupRequest(lib_a, FolderDestination(dest_dir), KEY,
                                 device_name="old-laptop", keep=1))
        assert {p: p.read_bytes() for p in dest_dir.rglob("*") if p.is_file()} == before
        _age([name], locks.STALE_S + 60)
        r = backup(BackupRequest(lib_a, FolderDestination(dest_dir), KEY, device_name="old-laptop",
                                 keep=1))
        assert first.snapshot_id in r.removed_snapshots and not name.exists()
    finally:
        locks._HELD.discard(held.lock_id)


def test_a_flood_of_fresh_lock_objects_is_refused_not_read(tmp_path, two_libs) -> None:
    """Thousands of lock objects: more than ``MAX_LOCKS`` fresh ones are not read (one
    listing), the backup fails saying so, and nothing is deleted; once they are stale by
    the folder's clock they cost nothing."""
    lib_a, _ = two_libs
    dest_dir = tmp_path / "dest"
    backup(BackupRequest(lib_a, FolderDestination(dest_dir), KEY, device_name="old-laptop"))
    repo = Repo.open(FolderDestination(dest_dir), KEY)
    d = dest_dir / repo.prefix / "locks"
    d.mkdir(exist_ok=True)
    for n in range(3000):
        (d / f"{n:032x}").write_bytes(b"x" * 100)
    with pytest.raises(BusyError, match="3000 fresh lock objects"):
        backup(BackupRequest(lib_a, FolderDestination(dest_dir), KEY, device_name="old-laptop"))
    assert len(list(d.iterdir())) == 3000
    _age(list(d.iterdir()), locks.STALE_S + 60)
    _grow(lib_a, 5)
    r = backup(BackupRequest(lib_a, FolderDestination(dest_dir), KEY, device_name="old-laptop"))
    assert r.snapshot_id in snapshot_ids(FolderDestination(dest_dir))
    assert len(list(d.iterdir())) == 3000  # unauthenticated: never deleted


def test_a_lock_holds_exactly_its_fields_under_its_name() -> None:
    """The lock's JSON (FORMAT.md 10.3) is read by its exact grammar."""
    sid, lid = "1" * 32, "2" * 32
    data = locks.encode_lock(lid, sid, locks.BACKUP, "é" * 300, "h", 7, 1)
    i = locks.decode_lock(data, lid, sid, 5.0)
    assert (i.kind, i.device, i.pid, i.mtime, i.exclusive) == (locks.BACKUP, "é" * 200, 7, 5.0,
                                                                False)
    longest = locks.encode_lock(lid, sid, locks.PROTECTION, "\U0001f600" * 300 + "\ud800",
                                "h" * 99, 2**63 - 1, 2**63 - 1)
    assert len(longest) <= locks.MAX_LOCK_PLAINTEXT
    stored = encrypt_bytes(b"k" * 32, locks.LOCK_TYPE, "locks/" + lid, longest,
                           locks.LOCK_SEGMENT_EXP)
    assert len(stored) <= locks.MAX_LOCK_OBJECT  # the largest lock passes the reader's bound
    for bad in (data.replace(b'"v":1', b'"v":2'), data.replace(b'"pid":7', b'"pid":7.0'),
                data.replace(b'"kind":"backup"', b'"kind":"other"'), data[:-1] + b',"x":1}',
                data.replace(b'"pid":7', b'"pid":-1')):
        with pytest.raises(ValueError):
            locks.decode_lock(bad, lid, sid, None)
    with pytest.raises(ValueError):
        locks.decode_lock(data, "3" * 32, sid, None)  # another lock's content


def test_a_key_rotation_holds_the_old_set_and_waits_for_a_running_backup(tmp_path,
                                                                         two_libs) -> None:
    """A key rotation removes the old set at its end: it is refused while another computer
    backs up into it (nothing made, the old set as it was), and while it runs, another
    computer's backup into the old set fails clearly instead of being lost with it."""
    from backupgui.crypto.material import RawKey
    from backupgui.engine import rotate_key

    lib_a, lib_b = two_libs
    dest_dir = tmp_path / "dest"
    first = backup(BackupRequest(lib_a, FolderDestination(dest_dir), KEY, device_name="old-laptop"))
    new_key = RawKey(bytes(range(3, 35)))
    repo = Repo.open(FolderDestination(dest_dir), KEY)
    with locks.acquire(repo, locks.BACKUP, "old-laptop"):
        with pytest.raises(BusyError, match=r"Another computer \(old-laptop\) is backing up"):
            rotate_key(BackupRequest(lib_a, FolderDestination(dest_dir), new_key,
                                     device_name="new-laptop"), KEY)
    assert [p.name for p in (dest_dir / "sets").iterdir()] == [repo.set_id]
    assert snapshot_ids(FolderDestination(dest_dir)) == {first.snapshot_id}

    other: dict = {}

    def meanwhile(p) -> None:
        if not other:
            try:
                other["r"] = backup(BackupRequest(lib_b, FolderDestination(dest_dir), KEY,
                                                  device_name="old-laptop"))
            except BusyError as exc:
                other["error"] = exc

    rotated = rotate_key(BackupRequest(lib_a, FolderDestination(dest_dir), new_key,
                                       device_name="new-laptop"), KEY, meanwhile)
    assert "r" not in other
    assert str(other["error"]) == ("Another computer (new-laptop) is changing this backup "
                                   "set's key or password; try again in a few minutes.")
    assert [p.name for p in (dest_dir / "sets").iterdir()] == [rotated.set_id]
    assert {i.snapshot_id for i in Repo.open(FolderDestination(dest_dir), new_key)
            .snapshots().infos} == {rotated.snapshot_id}


class _RefreshedBetween(FolderDestination):
    """A folder where the holder's refresh lands between another computer's listing of the
    locks and its read of one: the first read of a lock object first runs ``hook``."""

    def __init__(self, root, hook) -> None:
        super().__init__(root)
        self.hook, self.reads = hook, []

    def read(self, name: str, offset: int = 0, length: int | None = None) -> bytes:
        if "/locks/" in name:
            self.reads.append(name)
            if len(self.reads) == 1:
                self.hook()
        return super().read(name, offset, length)


def test_a_lock_refreshed_while_another_computer_reads_it_still_holds_the_set(
        tmp_path, two_libs) -> None:
    """A's backup holds its lock; B's clean-up lists the locks, and A's refresh (a new object
    written, the old one deleted) lands before B reads the old one. B must still see A's
    lock: it lists again and is refused, naming A. (Before, the vanished object was taken
    for a released lock and B's clean-up went ahead while A's backup ran.)"""
    lib_a, _ = two_libs
    dest_dir = tmp_path / "dest"
    backup(BackupRequest(lib_a, FolderDestination(dest_dir), KEY, device_name="old-laptop"))
    held = locks.acquire(Repo.open(FolderDestination(dest_dir), KEY), locks.BACKUP, "old-laptop")
    try:
        before = held.lock_id
        dest_b = _RefreshedBetween(dest_dir, held.refresh)
        repo_b = Repo.open(dest_b, KEY)
        with pytest.raises(locks.SetBusyError) as err:
            locks.acquire(repo_b, locks.RETENTION, "cleaner", wait_s=0)
        assert held.lock_id != before  # the refresh ran between B's listing and its read
        assert err.value.holder is not None and err.value.holder.lock_id == held.lock_id
        assert len(dest_b.reads) == 2  # the vanished object, then A's new one
    finally:
        held.release()
    assert not _locks(dest_dir)
