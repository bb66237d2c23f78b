"""Two computers backing up into the same set at the same time lose nothing (docs/FORMAT.md
10.2): one computer's backup is held at its dangerous point (packs uploaded, index and
manifest not written yet) while the other runs a whole backup with retention; every snapshot
reported good then restores byte-identically, and a backup whose reused packs were deleted
meanwhile fails clearly without writing a snapshot. Real folders, real SQLite, real engine
runs on two threads with separate libraries and separate destination instances."""

from __future__ import annotations

import os
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import BackupRequest, backup
from backupgui.engine.repository import Repo
from backupgui.errors import BackupError
from backupgui.library.demo import add_demo_messages, create_demo_library
from backupgui.library.store import Library

from .helpers import chat_contents, restore_from

KEY = RawKey(bytes(range(1, 33)))
DAY = 24 * 3600

pytestmark = pytest.mark.pack_margin  # the real safety margin, not the suite's 0


class Gate:
    """Holds a backup (its next ``holds`` times) when it is about to write an index: after
    its packs are uploaded, before its index and manifest (the window another computer's
    retention hits)."""

    def __init__(self, holds: int = 1) -> None:
        self.reached = threading.Event()
        self.go = threading.Event()
        self.holds = holds

    def wrap(self, base: type, *args, **kw):
        gate = self

        class Held(base):
            def upload_new(self, name, progress=None):
                if gate.holds > 0 and "/index/" in name:
                    gate.holds -= 1
                    gate.go.clear()
                    gate.reached.set()
                    assert gate.go.wait(120), "the other computer never finished"
                return super().upload_new(name, progress)

        return Held(*args, **kw)


def unlocked(base: type, *args, **kw):
    """A destination as an older backupgui uses it, which knows no locks (FORMAT.md 10.3):
    it sees none of the set's lock objects, so it never waits for another computer. The
    rules of FORMAT.md 10.2 are what keeps a backup safe from its retention."""

    class Unlocked(base):
        def list(self, prefix=""):
            return [o for o in super().list(prefix) if "/locks/" not in o.name]

        def list_with(self, prefix, name):  # (the listing that takes a lock)
            listed, found = super().list_with(prefix, name)
            return [o for o in listed if "/locks/" not in o.name], found

    return Unlocked(*args, **kw)


def interleave(dest_a, lib_a: Path, gate: Gate, other, rounds: int = 1) -> dict:
    """Run computer A's backup on a thread; each time ``gate`` holds it, run ``other()``
    (the other computer's whole backup), then let A go on; A's result or error."""
    out: dict = {}

    def run_a() -> None:
        try:
            out["a"] = backup(BackupRequest(lib_a, dest_a, KEY, device_name="old-laptop"))
        except BaseException as exc:  # handed to the test thread
            out["error"] = exc

    t = threading.Thread(target=run_a, daemon=True)
    t.start()
    try:
        for _ in range(rounds):
            assert gate.reached.wait(120), out.get("error")
            gate.reached.clear()
            out["b"] = other()
            gate.go.set()
    finally:
        gate.holds = 0
        gate.go.set()
        t.join(120)
    assert not t.is_alive()
    return out


def age_packs(dest_dir: Path, seconds: float) -> None:
    """Time passes at the destination: every pack there now was written ``seconds`` ago
    (its own clock, the folder's mtime, is what retention ages packs by)."""
    for p in dest_dir.glob("sets/*/data/*"):
        st = p.stat()
        os.utime(p, (st.st_atime - seconds, st.st_mtime - seconds))


def snapshot_ids(dest) -> set[str]:
    """The set's authenticated snapshots."""
    return {i.snapshot_id for i in Repo.open(dest, KEY).snapshots().infos}


def assert_all_restore(dest, tmp: Path, made_by: dict[str, Path]) -> None:
    """Every snapshot of the set restores, byte-identical to the library that made it."""
    ids = sorted(snapshot_ids(dest))
    assert ids
    for n, sid in enumerate(ids):
        out = tmp / f"restored-{n}"
        assert restore_from(dest, out, KEY, snapshot=sid).snapshot_id == sid
        if sid in made_by:
            assert chat_contents(out) == chat_contents(made_by[sid])


@pytest.fixture
def two_libs(tmp_path: Path) -> tuple[Path, Path]:
    """Two computers' libraries with different chats (two people's computers, or an old and a
    new one that has not restored everything)."""
    a, b = tmp_path / "lib-a", tmp_path / "lib-b"
    create_demo_library(a, chats=3, seed=21, media_mb=1)
    create_demo_library(b, chats=2, seed=22, media_mb=0.5)
    return a, b


def _grow(lib_dir: Path, seed: int) -> None:
    with Library(lib_dir) as lib:
        add_demo_messages(lib, lib.chat_ids()[0], 5, seed=seed, with_photo=True)


def test_fresh_packs_of_a_running_backup_survive_the_other_computers_retention(
        tmp_path, two_libs) -> None:
    """A's packs are uploaded, its manifest not yet written; B (a version that takes no
    locks) backs up, adopts them as leftovers, and its retention (keep 1) finds no snapshot
    using them: they are younger than the margin, so they stay, and A's snapshot restores
    (the code before the margin deleted them)."""
    lib_a, lib_b = two_libs
    dest_dir = tmp_path / "dest"
    first = backup(BackupRequest(lib_a, FolderDestination(dest_dir), KEY, device_name="old-laptop"))
    _grow(lib_a, 5)
    gate = Gate()
    out = interleave(gate.wrap(FolderDestination, dest_dir), lib_a, gate, lambda: backup(
        BackupRequest(lib_b, unlocked(FolderDestination, dest_dir), KEY, device_name="new-laptop",
                      keep=1)))
    assert "error" not in out, out.get("error")
    a, b = out["a"], out["b"]
    assert first.snapshot_id in b.removed_snapshots  # B's retention did run, on A's old one
    assert_all_restore(FolderDestination(dest_dir), tmp_path,
                       {a.snapshot_id: lib_a, b.snapshot_id: lib_b})
    assert snapshot_ids(FolderDestination(dest_dir)) >= {
        a.snapshot_id, b.snapshot_id}


def test_reused_packs_deleted_meanwhile_are_sent_again(tmp_path, two_libs) -> None:
    """A reuses day-old packs through its index; B's retention (keep 1; a version that takes
    no locks) deletes them while A runs. A finds them gone before its manifest and backs up once more from the start,
    sending what they held again (the old code wrote a snapshot that could not be
    restored); every snapshot restores."""
    lib_a, lib_b = two_libs
    dest_dir = tmp_path / "dest"
    first = backup(BackupRequest(lib_a, FolderDestination(dest_dir), KEY, device_name="old-laptop"))
    age_packs(dest_dir, 2 * DAY)
    _grow(lib_a, 6)
    gate = Gate()
    out = interleave(gate.wrap(FolderDestination, dest_dir), lib_a, gate, lambda: backup(
        BackupRequest(lib_b, unlocked(FolderDestination, dest_dir), KEY,
                      device_name="new-laptop", keep=1)))
    assert "error" not in out, out.get("error")
    assert first.snapshot_id in out["b"].removed_snapshots
    a = out["a"]
    assert snapshot_ids(FolderDestination(dest_dir)) == {out["b"].snapshot_id, a.snapshot_id}
    assert_all_restore(FolderDestination(dest_dir), tmp_path,
                       {a.snapshot_id: lib_a, out["b"].snapshot_id: lib_b})


def test_reused_packs_deleted_twice_fail_the_backup_clearly(tmp_path, two_libs) -> None:
    """The same (B takes no locks), and again during the retry (a clock set a day wrong:
    every pack looks old to the other computer): the backup stops before its manifest with a clear error and
    writes no snapshot; every snapshot left restores, and A's next backup restores."""
    lib_a, lib_b = two_libs
    dest_dir = tmp_path / "dest"
    backup(BackupRequest(lib_a, FolderDestination(dest_dir), KEY, device_name="old-laptop"))
    age_packs(dest_dir, 2 * DAY)
    _grow(lib_a, 6)
    gate = Gate(holds=2)
    rounds: list[int] = []

    def other():
        if rounds:  # during the retry: A's packs of its first attempt look old too
            age_packs(dest_dir, 2 * DAY)
        rounds.append(1)
        return backup(BackupRequest(lib_b, unlocked(FolderDestination, dest_dir), KEY,
                                    device_name="new-laptop", keep=1))

    out = interleave(gate.wrap(FolderDestination, dest_dir), lib_a, gate, other, rounds=2)
    err = out.get("error")
    assert isinstance(err, BackupError), out.get("a")
    assert "were removed while it ran" in str(err) and "Back up again" in err.hint
    assert snapshot_ids(FolderDestination(dest_dir)) == {out["b"].snapshot_id}  # none of A's
    again = backup(BackupRequest(lib_a, FolderDestination(dest_dir), KEY, device_name="old-laptop"))
    assert_all_restore(FolderDestination(dest_dir), tmp_path,
                       {again.snapshot_id: lib_a, out["b"].snapshot_id: lib_b})


def test_a_snapshot_written_meanwhile_keeps_its_old_packs(tmp_path, two_libs) -> None:
    """B is held before its manifest; A completes a backup that reuses day-old packs; B's
    retention (keep 1), whose listing of the set predates A's snapshot, lists the snapshots
    again before deleting packs: A's reported-good snapshot keeps them and restores (the old
    code deleted them)."""
    lib_a, lib_b = two_libs
    dest_dir = tmp_path / "dest"
    backup(BackupRequest(lib_a, FolderDestination(dest_dir), KEY, device_name="old-laptop"))
    age_packs(dest_dir, 2 * DAY)
    gate = Gate()
    out: dict = {}

    def run_b() -> None:
        try:
            out["b"] = backup(BackupRequest(lib_b, gate.wrap(FolderDestination, dest_dir), KEY,
                                            device_name="new-laptop", keep=1))
        except BaseException as exc:
            out["error"] = exc

    t = threading.Thread(target=run_b, daemon=True)
    t.start()
    try:
        assert gate.reached.wait(120), out.get("error")
        time.sleep(0.01)  # (A's snapshot id sorts after B's open)
        a = backup(BackupRequest(lib_a, FolderDestination(dest_dir), KEY, device_name="old-laptop"))
    finally:
        gate.go.set()
        t.join(120)
    assert "error" not in out, out.get("error")
    b = out["b"]
    assert a.new_blobs == 0 and a.reused_blobs > 0  # all of it in the day-old packs
    ids = snapshot_ids(FolderDestination(dest_dir))
    assert {a.snapshot_id, b.snapshot_id} <= ids
    assert_all_restore(FolderDestination(dest_dir), tmp_path,
                       {a.snapshot_id: lib_a, b.snapshot_id: lib_b})


def test_unused_packs_go_once_older_than_the_margin(tmp_path, two_libs) -> None:
    """The margin delays, it does not leak: packs no snapshot uses stay while young and are
    deleted by the first retention after they are older than a day by the folder's clock."""
    lib_a, lib_b = two_libs
    dest_dir = tmp_path / "dest"
    backup(BackupRequest(lib_a, FolderDestination(dest_dir), KEY, device_name="old-laptop"))
    a_packs = {p.name for p in dest_dir.glob("sets/*/data/*")}
    backup(BackupRequest(lib_b, FolderDestination(dest_dir), KEY, device_name="new-laptop", keep=1))
    assert a_packs <= {p.name for p in dest_dir.glob("sets/*/data/*")}  # unused, young: kept
    age_packs(dest_dir, 2 * DAY)
    last = backup(BackupRequest(lib_b, FolderDestination(dest_dir), KEY, device_name="new-laptop",
                                keep=1))
    assert not a_packs & {p.name for p in dest_dir.glob("sets/*/data/*")}  # old: gone
    assert_all_restore(FolderDestination(dest_dir), tmp_path, {last.snapshot_id: lib_b})


def test_two_snapshots_written_at_once_are_both_kept_without_a_rollback_alarm(
        tmp_path, two_libs) -> None:
    """Both computers continue from the same newest snapshot: both new snapshots have its
    id as ``prev`` and the same ``seq`` (a fork, FORMAT.md 10.2); both are kept, and neither
    computer's next backup says the destination was rolled back. Each is told, by the
    authenticated device names, that another computer backs up into the set."""
    lib_a, lib_b = two_libs
    dest_dir = tmp_path / "dest"
    first = backup(BackupRequest(lib_a, FolderDestination(dest_dir), KEY, device_name="old-laptop"))
    _grow(lib_a, 8)
    gate = Gate()
    out = interleave(gate.wrap(FolderDestination, dest_dir), lib_a, gate, lambda: backup(
        BackupRequest(lib_b, FolderDestination(dest_dir), KEY, device_name="new-laptop")))
    assert "error" not in out, out.get("error")
    a, b = out["a"], out["b"]
    repo = Repo.open(FolderDestination(dest_dir), KEY)
    ma, mb = repo.load_manifest(a.snapshot_id), repo.load_manifest(b.snapshot_id)
    assert ma.prev == mb.prev == first.snapshot_id and ma.seq == mb.seq == 2
    assert {first.snapshot_id, a.snapshot_id, b.snapshot_id} == snapshot_ids(repo.dest)
    assert any("Another computer (old-laptop) also backed up" in w for w in b.warnings)
    a2 = backup(BackupRequest(lib_a, FolderDestination(dest_dir), KEY, device_name="old-laptop"))
    b2 = backup(BackupRequest(lib_b, FolderDestination(dest_dir), KEY, device_name="new-laptop"))
    a3 = backup(BackupRequest(lib_a, FolderDestination(dest_dir), KEY, device_name="old-laptop"))
    for r in (a2, b2, a3):
        assert not [w for w in r.warnings if "missing from the destination" in w], r.warnings
    # (told when the other wrote after this computer's own newest: A's of the fork is later)
    assert any("Another computer (old-laptop)" in w for w in b2.warnings)
    assert any("Another computer (new-laptop)" in w for w in a3.warnings)
    assert_all_restore(FolderDestination(dest_dir), tmp_path,
                       {a2.snapshot_id: lib_a, b2.snapshot_id: lib_b})


def test_one_computer_alone_is_not_warned_and_a_hostile_name_is_tamed(tmp_path, two_libs) -> None:
    from backupgui.engine.backup import other_writer
    from backupgui.engine.repository import SnapshotInfo

    lib_a, _ = two_libs
    dest_dir = tmp_path / "dest"
    backup(BackupRequest(lib_a, FolderDestination(dest_dir), KEY, device_name="old-laptop"))
    again = backup(BackupRequest(lib_a, FolderDestination(dest_dir), KEY, device_name="old-laptop"))
    assert not [w for w in again.warnings if "Another computer" in w]
    renamed = backup(BackupRequest(lib_a, FolderDestination(dest_dir), KEY, device_name="laptop"))
    assert not [w for w in renamed.warnings if "Another computer" in w]  # its own, renamed
    info = Repo.open(FolderDestination(dest_dir), KEY).snapshots().infos[-1]
    odd = [SnapshotInfo(*(getattr(info, f) for f in SnapshotInfo.__slots__))]
    object.__setattr__(odd[0], "device", "evil\x1b[2J\n" + "x" * 500)
    shown = other_writer(odd, "old-laptop")
    assert shown is not None and "\x1b" not in shown and "\n" not in shown and len(shown) <= 41
    long_ago = datetime.fromtimestamp(info.created_ms / 1000, UTC) + timedelta(days=8)
    assert other_writer(odd, "old-laptop", lambda: long_ago) is None
