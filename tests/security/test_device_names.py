"""A backup's device name cannot freeze the restore wizard or fill a listing
(docs/SECURITY.md 2.17, the ninth hostile pass).

A manifest's ``device`` is whatever its writer chose: whoever holds K (any length within
FORMAT.md 1.2's bounds), or the settings file of the computer that made it (another program
or a sync may write ``device_name``). Found: every listing gave it whole (``list --json``,
``describe``, the wizard's summaries), and the wizard's list of backups elided it with Qt on
the GUI thread, which cannot elide one letter carrying a million combining marks: it kept
all 1,000,001 characters and laid them out at each paint of the row. Listings now give it
cut as the library cuts a chat's name (``library/model.bounded_name``), and the wizard
elides it in Python first.

``python -m tests.security.test_device_names`` measures the GUI thread's longest stall (the
gaps of a 5 ms heartbeat, as ``bench/gui_bench.py`` measures a backup's) while the wizard's
list of such backups is filled and painted.
"""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from backupgui.crypto.material import Password
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import BackupRequest, backup
from backupgui.engine.repository import Repo, snapshot_name
from backupgui.engine.snapshots import describe, list_authenticated
from backupgui.format.manifest import created_fields
from backupgui.library.model import MAX_NAME_CHARS

from ..ui.conftest import FAST_KDF

PASSWORD = "correct horse battery staple"
MARKS = "a" + "\u0301" * 1_000_000  # one letter, a million accents: no elision can cut it
LONG = "Laptop " * 150_000  # 1,050,000 characters


def _backups(library: Path, dest_dir: Path, planted: int = 6) -> tuple[Password, FolderDestination]:
    """A real backup made as 'Maria's laptop', then ``planted`` newer ones written with the
    key whose device names are MARKS and LONG in turn."""
    pw, dest = Password(PASSWORD, kdf=FAST_KDF), FolderDestination(dest_dir)
    first = backup(BackupRequest(library, dest, pw, device_name="Maria's laptop"))
    repo = Repo.open(dest, pw, first.set_id)
    m0 = repo.load_manifest(first.snapshot_id)
    start, prev = datetime.fromtimestamp(m0.created_ms / 1000, UTC), m0.snapshot_id
    for n in range(planted):
        when = start + timedelta(minutes=n + 1)
        created, created_ms = created_fields(when)
        sid = snapshot_name(when)
        repo.write_manifest(replace(m0, snapshot_id=sid, created=created, created_ms=created_ms,
                                    device=(MARKS, LONG)[n % 2], seq=m0.seq + n + 1, prev=prev))
        prev = sid
    return pw, dest


def test_listings_give_a_devices_name_bounded(tmp_path, library):
    pw, dest = _backups(library, tmp_path / "dest")
    listed = list_authenticated(dest, pw, tmp_path / "lib2").backups
    assert len(listed) == 7
    for b in listed:  # before: 1,000,001 and 1,050,000 characters
        assert len(b.device) <= MAX_NAME_CHARS, len(b.device)
    assert {b.device for b in listed} >= {"Maria's laptop", "a…"}
    assert len(describe(dest, pw).device) <= MAX_NAME_CHARS


def test_the_wizards_list_shows_them_elided(qtbot, tmp_path, library):
    from tests.memory_keyring import memory_keyring
    from tests.ui.helpers import make_ctx, open_window, submit_restore_password

    _backups(library, tmp_path / "dest")
    with memory_keyring() as ring:
        w = open_window(qtbot, make_ctx(tmp_path / "new-library", ring))
        wiz = submit_restore_password(qtbot, w, tmp_path / "dest", PASSWORD)
        qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_BACKUPS, timeout=60_000)
        tree = wiz.backups_page.tree
        assert tree.topLevelItemCount() == 7
        shown = [tree.topLevelItem(i).text(1) for i in range(7)]
        assert all(len(s) <= 120 for s in shown), [len(s) for s in shown]  # before: 1,000,001
        assert "Maria's laptop" in shown
        assert all(len(tree.topLevelItem(i).toolTip(1)) <= 1000 for i in range(7))
        wiz.close()


def _stall_ms(planted: int = 20) -> tuple[float, float]:
    """(the longest heartbeat gap, CPU s) while the wizard's backups page is filled with
    ``planted`` such backups and painted, offscreen."""
    import tempfile

    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from backupgui.engine.types import BackupSummary
    from backupgui.ui.restore import wizard as wizard_module
    from tests.memory_keyring import memory_keyring
    from tests.ui.helpers import make_ctx

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="redteam-device-") as tmp, memory_keyring() as ring:
        wiz = wizard_module.RestoreWizard(make_ctx(Path(tmp) / "lib", ring))
        start = datetime(2026, 1, 1, tzinfo=UTC)
        backups = [BackupSummary(snapshot_name(start + timedelta(minutes=n)), "ab" * 16,
                                 "2026-01-01T00:00:00Z", (MARKS, LONG)[n % 2], "backupgui",
                                 True, 1, 1, 0, 0) for n in range(planted)]
        # (summaries as made here bypass the listing's bound: this measures the wizard's own)
        wiz.unlocked = wizard_module.Unlocked(b"k" * 32, backups, set())
        wiz.show()
        page = wiz.backups_page
        clock, gaps = QElapsedTimer(), []
        clock.start()
        last = [clock.nsecsElapsed()]

        def beat() -> None:
            now = clock.nsecsElapsed()
            gaps.append((now - last[0]) / 1e6)
            last[0] = now

        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(beat)
        timer.start()
        cpu = time.process_time()
        done: list[float] = []
        QTimer.singleShot(20, lambda: (page.initializePage(), page.tree.viewport().repaint(),
                                       done.append(time.monotonic())))
        while not done or time.monotonic() < done[0] + 0.5:  # and half a second after it
            QCoreApplication.processEvents()
            time.sleep(0.001)
        cpu = time.process_time() - cpu
        timer.stop()
        wiz.close()
        del app
        return max(gaps), cpu


if __name__ == "__main__":  # the figure of SECURITY.md 2.17 (shared machine)
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    gap, cpu = _stall_ms(n)
    print(f"{n} backups named with a million characters: longest GUI stall {gap:.0f} ms, "
          f"{cpu:.2f} CPU s while the list is filled and painted")


def test_a_backup_writes_a_long_device_name_bounded(tmp_path, library, monkeypatch):
    """The engine bounds the device name when it writes a manifest (the settings' value, or
    the OS host name when none is given), with the limit a reader applies: a reader that
    does not bound it is not flooded by this app's own backups."""
    import platform

    from backupgui.device import settings as app_settings
    from backupgui.engine import types as engine_types

    pw, dest = Password(PASSWORD, kdf=FAST_KDF), FolderDestination(tmp_path / "dest")
    first = backup(BackupRequest(library, dest, pw, device_name=MARKS))
    repo = Repo.open(dest, pw, first.set_id)
    assert repo.load_manifest(first.snapshot_id).device == "a…"  # before: 1,000,001 chars
    monkeypatch.setattr(platform, "node", lambda: LONG)
    for default in (engine_types.default_device_name, app_settings.default_device_name):
        name = default()
        assert len(name) <= MAX_NAME_CHARS and name.startswith("Laptop Laptop")
    second = backup(BackupRequest(library, dest, pw))  # the host name as the device
    device = Repo.open(dest, pw, first.set_id).load_manifest(second.snapshot_id).device
    assert len(device) <= MAX_NAME_CHARS and device.startswith("Laptop Laptop"), len(device)
