"""Finding 5: what is private stays private from other users of the computer.

Before the fix ``library.db`` was created 0644 (another user could read every message
wherever home folders are traversable), logs followed the umask, the saved key file too,
and the key's save dialog opened in the current folder. Now the library folder is 0700,
the database (with its -wal and -shm), the logs and the key file 0600, whatever the umask,
and older libraries and logs are narrowed when opened.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from backupgui.library.store import Library

from .conftest import make_library

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


def _mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


@pytest.fixture(autouse=True)
def usual_umask():
    old = os.umask(0o022)  # the common default: new files 0644, folders 0755
    yield
    os.umask(old)


def test_a_new_library_is_owner_only(tmp_path):
    root = tmp_path / "lib"
    make_library(root)
    with Library(root) as lib:  # a second connection: the WAL files exist now
        lib.put_meta("touched", "1")
        assert _mode(root) == 0o700
        files = [p for p in root.iterdir() if p.name.startswith("library.db")]
        assert {p.name for p in files} >= {"library.db", "library.db-wal", "library.db-shm"}
        for p in files:
            assert _mode(p) == 0o600, p.name


def test_an_older_library_is_narrowed_when_opened(tmp_path):
    root = tmp_path / "lib"
    make_library(root)
    os.chmod(root, 0o755)
    os.chmod(root / "library.db", 0o644)
    Library(root, create=False).close()
    assert _mode(root) == 0o700 and _mode(root / "library.db") == 0o600


_LOGS = r"""
import logging, sys
from backupgui.ui.logging_setup import setup_logging
path = setup_logging("INFO")
log = logging.getLogger("backupgui.test")
for i in range(2500):  # more than 1 MB: the file rotates
    log.info("line %d %s", i, "x" * 500)
print(path)
"""


def test_logs_are_owner_only_also_after_rotation(tmp_path):
    env = dict(os.environ, BACKUPGUI_CONFIG_DIR=str(tmp_path / "config"))
    p = subprocess.run([sys.executable, "-c", _LOGS], env=env, capture_output=True, text=True,
                       timeout=120)
    assert p.returncode == 0, p.stderr[-2000:]
    path = Path(p.stdout.strip())
    assert _mode(path.parent) == 0o700
    logs = sorted(path.parent.glob("backupgui.log*"))
    assert len(logs) >= 2, logs
    for log in logs:
        assert _mode(log) == 0o600, log.name


def test_the_key_file_is_owner_only_and_its_dialog_starts_in_documents(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    from backupgui.ui.widgets.secret_fields import KeyGrid

    target = tmp_path / "chosen" / "backupgui-key.txt"
    target.parent.mkdir()
    # An account with a Documents folder (without one, the home folder: test_walkthrough_s12).
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    (tmp_path / "home" / "Documents").mkdir(parents=True)
    asked: list[str] = []

    def fake_dialog(parent, caption, start, *a, **kw):
        asked.append(start)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    grid = KeyGrid()
    qtbot.addWidget(grid)
    key = bytes(range(32))
    grid.set_key(key)
    grid.save_to_file()
    qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 0, timeout=10_000)
    assert key.hex()[:4] in target.read_text().replace(" ", "")
    assert _mode(target) == 0o600
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(asked[0]).parent == Path(docs) == tmp_path / "home" / "Documents", asked
    # Saving over an existing, world-readable file narrows it too.
    os.chmod(target, 0o644)
    grid.save_to_file()
    qtbot.waitUntil(lambda: _mode(target) == 0o600, timeout=10_000)


def test_a_restored_library_is_owner_only_throughout(library, tmp_path):
    from backupgui.destinations.folder import FolderDestination
    from backupgui.engine import BackupRequest, RestoreRequest, backup, restore

    from .conftest import KEY

    dest = FolderDestination(tmp_path / "dest")
    backup(BackupRequest(library, dest, KEY))
    restored = tmp_path / "restored"
    assert restore(RestoreRequest(dest, restored, KEY)).media_restored == 1
    assert _mode(restored) == 0o700
    for d, _, files in os.walk(restored):
        for f in files:
            p = Path(d) / f
            assert not p.stat().st_mode & 0o077, f"{p.relative_to(restored)} is {oct(_mode(p))}"


def test_the_settings_file_and_its_folder_are_owner_only(tmp_path, monkeypatch):
    """Found by red-team: backupgui.ini (the Google account's address, the backup folder, the
    device name, chat ids) was 0644 in a 0755 folder."""
    pytest.importorskip("PySide6")
    from backupgui.device.settings import AppSettings, settings_file
    from backupgui.ui.settings.store import load_settings, save_settings

    monkeypatch.setenv("BACKUPGUI_CONFIG_DIR", str(tmp_path / "config"))
    save_settings(AppSettings(gdrive_account="someone@example.com", folder_path="/media/usb"))
    assert _mode(tmp_path / "config") == 0o700
    assert _mode(settings_file()) == 0o600
    assert load_settings().gdrive_account == "someone@example.com"
    os.chmod(tmp_path / "config", 0o755)  # made by an older version: narrowed when used
    os.chmod(settings_file(), 0o644)
    save_settings(load_settings())
    assert _mode(tmp_path / "config") == 0o700 and _mode(settings_file()) == 0o600


def test_folders_the_app_creates_above_its_private_ones_are_owner_only(tmp_path):
    """Found by re-running the red-team's permission scan: the Drive spool's per-destination
    folder was 0700, but the folders created above it (``~/.cache``, ``~/.cache/backupgui``,
    ``drive-spool``; for the logs ``~/.local/state/backupgui``) followed the umask (0755):
    any local user could list them. Folders that already existed are left as they are."""
    from backupgui.destinations.gdrive_journal import Journal
    from backupgui.device.fileperms import private_dir

    home = tmp_path / "home"
    home.mkdir(mode=0o755)
    Journal(home / ".cache" / "backupgui" / "drive-spool" / "0123456789abcdef")
    for rel in (".cache", ".cache/backupgui", ".cache/backupgui/drive-spool",
                ".cache/backupgui/drive-spool/0123456789abcdef"):
        assert _mode(home / rel) == 0o700, rel
    private_dir(home / ".local" / "state" / "backupgui" / "log")
    for rel in (".local", ".local/state", ".local/state/backupgui", ".local/state/backupgui/log"):
        assert _mode(home / rel) == 0o700, rel
    assert _mode(home) == 0o755  # existing parents are not the app's to change


def test_the_phone_backup_work_folder_and_its_missing_parents_are_owner_only(tmp_path, monkeypatch):
    """The decrypted phone database lives under ``~/.cache/backupgui/phone-backup``: the
    folders created above it are owner-only too (``mkdir(parents=True)`` used the umask)."""
    from backupgui.library.importers.whatsapp_db import workdir

    home = tmp_path / "home"
    home.mkdir(mode=0o755)
    monkeypatch.setattr(workdir.platformdirs, "user_cache_dir",
                        lambda *a, **k: str(home / ".cache" / "backupgui"))
    old = os.umask(0o022)
    try:
        root = workdir.work_root()
    finally:
        os.umask(old)
    assert root == home / ".cache" / "backupgui" / "phone-backup"
    for rel in (".cache", ".cache/backupgui", ".cache/backupgui/phone-backup"):
        assert _mode(home / rel) == 0o700, rel


def test_the_run_history_and_schedule_are_owner_only_also_after_a_trim(tmp_path, monkeypatch):
    """Found by the sixth hostile pass: ``history.jsonl`` holds each run's warnings and
    failures, which name attachments and chats ("A media file is missing from the library
    (…)"); it was created 0600, but its folder (``~/.local/share/backupgui``) followed the
    umask (0755), and the first trim rewrote the file through a temporary one made with the
    umask: 0644, readable by every local user. ``schedule.json`` the same way."""
    from datetime import UTC, datetime

    from backupgui.automation.history import History, HistoryEntry, history_file
    from backupgui.automation.schedule import ScheduleConfig, config_file, save_config

    home = tmp_path / "home"
    home.mkdir(mode=0o755)
    monkeypatch.delenv("BACKUPGUI_CONFIG_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    history = History(max_entries=3)
    entry = HistoryEntry(datetime.now(UTC), "manual", "ok",
                         warnings=("A media file is missing from the library (Anna.jpg).",) * 5)
    for _ in range(30):  # past the size that trims the file, more than once
        history.append(entry)
    assert history.path == history_file() and len(history.load()) <= 30
    assert _mode(history.path) == 0o600
    for rel in (".local", ".local/share", ".local/share/backupgui"):
        assert _mode(home / rel) == 0o700, rel
    os.chmod(history.path, 0o644)  # written by an older version: narrowed at its next write
    history.append(entry)
    assert _mode(history.path) == 0o600
    save_config(ScheduleConfig(frequency="daily"))
    assert _mode(config_file()) == 0o600 and _mode(config_file().parent) == 0o700
    assert _mode(home) == 0o755


def test_the_cache_folder_made_for_the_vaults_library_has_owner_only_parents(tmp_path, monkeypatch):
    """Found by the sixth hostile pass: the key vault's libsodium loader made
    ``~/.cache/backupgui`` with ``mkdir(parents=True)``: a missing ``~/.cache`` came out
    with the umask (0755), against the rule every other cache folder follows."""
    from backupgui.vault import sodium

    home = tmp_path / "home"
    home.mkdir(mode=0o755)
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    places = sodium._places()
    assert str(home / ".cache" / "backupgui") in places
    for rel in (".cache", ".cache/backupgui"):
        assert _mode(home / rel) == 0o700, rel
