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
from tests.signals import as_started_from_a_terminal, signal_and_wait

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
                            stderr=subprocess.PIPE, text=True, env={**os.environ},
                            preexec_fn=as_started_from_a_terminal)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
        assert len(_locks(dest)) == 1
    except BaseException:
        proc.kill()
        proc.wait()
        raise
    err = signal_and_wait(proc, sig)
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


_NS_HOLDER = r"""
import os, subprocess, sys
# (inside a new PID namespace: the holder gets pid N + 1, a pid no process has outside)
with open("/proc/sys/kernel/ns_last_pid", "w") as f:
    f.write(sys.argv[1])
holder = subprocess.Popen([sys.executable, "-c", sys.argv[2], sys.argv[3], "this"])
sys.exit(holder.wait())
"""


def _unshare_works() -> bool:
    try:
        return subprocess.run(["unshare", "-Urpf", "--mount-proc", "true"],
                              capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux") or not _unshare_works(),
                    reason="needs unprivileged PID namespaces (unshare -Urpf)")
def test_a_lock_from_another_pid_namespace_is_never_taken_for_a_dead_process(tmp_path,
                                                                             backed_up) -> None:
    """A sandbox or container on this computer (Flatpak, Docker: the same host name and
    machine id, pids of its own) holds a backup lock with a pid that no process has out
    here. Its lock still counts: our retention skips. (Before, the lock was taken for a
    killed process of this computer, and retention deleted it and would delete the packs
    of that running backup.)"""
    from .test_locks import _HOLDER

    lib, dest, _ = backed_up
    free = next(n for n in range(30000, 1000, -1) if not Path(f"/proc/{n}").exists()
                and not Path(f"/proc/{n + 1}").exists())
    proc = subprocess.Popen(["unshare", "-Urpf", "--mount-proc", sys.executable, "-c",
                             _NS_HOLDER, str(free), _HOLDER, str(dest)],
                            stdout=subprocess.PIPE, text=True, env={**os.environ})
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
        assert len(_locks(dest)) == 1
        from backupgui.library.demo import add_demo_messages
        from backupgui.library.store import Library

        with Library(lib) as library:
            add_demo_messages(library, library.chat_ids()[0], 5, seed=9)
        r = backup(BackupRequest(lib, FolderDestination(dest), KEY, device_name="laptop",
                                 keep=1))
        assert r.retention_skipped and not r.removed_snapshots
        assert len(_locks(dest)) == 1
    finally:
        proc.kill()
        proc.wait(30)


def test_pid_reuse_and_another_users_process_keep_a_lock_fresh() -> None:
    """A lock of this computer whose pid now belongs to another process (reused), or to a
    process of another user (no permission to signal it), is never taken for a dead one:
    it counts as fresh, and goes stale by listed time like another computer's."""
    for pid in (os.getppid(), 1):  # (a live process of ours; init, another user's)
        info = locks.LockInfo("0" * 32, locks.BACKUP, "x", locks.host_id(), pid, 0, None)
        assert not locks.dead(info)
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    assert locks.dead(locks.LockInfo("0" * 32, locks.BACKUP, "x", locks.host_id(), gone.pid,
                                     0, None))
