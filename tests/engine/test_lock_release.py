"""Every way an operation ends removes its own lock from the set (docs/FORMAT.md 10.3), with
real parts: the CLI as a real process stopped by SIGTERM and by Ctrl+C (SIGINT) while it
holds its lock (a backup's shared one, a change of protection's exclusive one), real
folders. Only SIGKILL leaves a lock (tests/engine/test_locks.py: the "process gone" rule on
this computer, 30 minutes by listed time on another)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from backupgui.crypto.keys import format_key
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import BackupRequest, backup, locks
from backupgui.engine.repository import Repo
from backupgui.errors import CancelledError
from backupgui.jobs import CancelToken
from backupgui.library.demo import create_demo_library

from .test_two_computers import KEY

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

# The CLI, held once it holds its lock: the config read under the lock (a backup's, and a
# change of protection's) waits for the test's signal.
_HELD_CLI = r"""
import sys, time
from backupgui import cli
from backupgui.engine.repository import Repo
from backupgui.errors import CancelledError
real = Repo.reread_config
def held(self, *a, **k):
    real(self, *a, **k)
    print("locked", flush=True)
    time.sleep(600)
Repo.reread_config = held
sys.exit(cli.main(sys.argv[1:]))
"""


def _locks(dest_dir: Path) -> list[Path]:
    return sorted(dest_dir.glob("sets/*/locks/*"))


@pytest.fixture
def backed_up(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A library, a folder destination with one backup of it, and the key in a file."""
    lib, dest = tmp_path / "lib", tmp_path / "dest"
    create_demo_library(lib, chats=2, seed=41, media_mb=0.2)
    backup(BackupRequest(lib, FolderDestination(dest), KEY, device_name="laptop"))
    key_file = tmp_path / "key.txt"
    key_file.write_text(format_key(KEY.key) + "\n")
    return lib, dest, key_file


@pytest.mark.parametrize("sig, code", [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
@pytest.mark.parametrize("command", ["backup", "change-password"])
def test_a_stopped_cli_removes_its_lock(backed_up, sig, code, command) -> None:
    """SIGTERM (a logout, a service manager) and Ctrl+C while the CLI holds its lock: it
    ends with 143 / 130 and its lock is gone, so that no other computer waits 30 minutes.
    (Before, SIGTERM ended the process at once, leaving the lock.)"""
    lib, dest, key_file = backed_up
    args = (["backup", "--library", str(lib), "--dest", str(dest), "--key-file", str(key_file),
             "-q"] if command == "backup" else
            ["change-password", "--dest", str(dest), "--key-file", str(key_file), "--to-key"])
    proc = subprocess.Popen([sys.executable, "-c", _HELD_CLI, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ})
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
        assert len(_locks(dest)) == 1
        proc.send_signal(sig)
        _out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == code, err
    assert _locks(dest) == []


def test_a_stopped_or_failed_backup_removes_its_lock(tmp_path, backed_up, monkeypatch) -> None:
    """Stop (the GUI's Cancel) and an exception while the backup holds its lock: the lock
    is gone, the refresh thread has ended, and the next backup runs at once."""
    lib, dest, _ = backed_up
    token = CancelToken()
    monkeypatch.setattr(locks, "REFRESH_S", 0.01)  # (refreshing while it is stopped)

    reread = Repo.reread_config

    def stop_once_locked(self, *a, **k):  # (the user presses Stop once the lock is held)
        reread(self, *a, **k)
        token.cancel()

    monkeypatch.setattr(Repo, "reread_config", stop_once_locked)
    with pytest.raises(CancelledError):
        backup(BackupRequest(lib, FolderDestination(dest), KEY, device_name="laptop"),
               cancel=token)
    assert _locks(dest) == []
    monkeypatch.setattr(Repo, "reread_config", reread)
    real = Repo.write_manifest

    def broken(self, m):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(Repo, "write_manifest", broken)
    with pytest.raises(Exception):  # noqa: B017 - the error as it goes up
        backup(BackupRequest(lib, FolderDestination(dest), KEY, device_name="laptop"))
    assert _locks(dest) == []
    monkeypatch.setattr(Repo, "write_manifest", real)
    assert not [t for t in threading.enumerate()
                if t.name == "backupgui-lock-refresh" and t.is_alive()]
    r = backup(BackupRequest(lib, FolderDestination(dest), KEY, device_name="laptop", keep=1))
    assert not r.retention_skipped
