"""One backup at a time across processes."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading

import pytest

from backupgui.automation.runlock import (
    acquire_backup_lock,
    busy_message,
    is_locked,
    lock_path,
    read_holder,
)
from backupgui.errors import BusyError

HOLDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from backupgui.automation.runlock import acquire_backup_lock
    with acquire_backup_lock(sys.argv[2], program="backupgui-cli", path=Path(sys.argv[1])):
        print("locked", flush=True)
        sys.stdin.readline()
""")


@pytest.fixture
def holder(tmp_path):
    procs = []

    def start(purpose: str = "backup"):
        path = tmp_path / "backup.lock"
        p = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), purpose],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        procs.append(p)
        assert p.stdout.readline().strip() == "locked"
        return p, path

    yield start
    for p in procs:
        if p.poll() is None:
            p.kill()
        p.wait(10)


def test_second_process_is_told_who_runs(holder):
    proc, path = holder()
    with pytest.raises(BusyError) as ei:
        with acquire_backup_lock(path=path):
            pass
    msg = str(ei.value)
    assert msg.startswith("Another backup is already running (started by backupgui-cli, "
                          f"process {proc.pid}, at ")
    assert ei.value.exit_code == 13 and ei.value.hint
    info = is_locked(path=path)
    assert info is not None and info.pid == proc.pid and info.purpose == "backup"
    # once the holder finishes, the lock is free again
    proc.stdin.write("\n")
    proc.stdin.flush()
    proc.wait(10)
    with acquire_backup_lock(path=path) as lock:
        assert lock.held
    assert is_locked(path=path) is None


def test_lock_is_released_when_the_holder_dies(holder):
    proc, path = holder()
    proc.kill()
    proc.wait(10)
    with acquire_backup_lock(path=path):
        pass


def test_restore_holder_is_named(holder):
    _proc, path = holder("restore")
    with pytest.raises(BusyError, match="A restore is already running"):
        with acquire_backup_lock(path=path):
            pass


def test_same_process_second_request_is_refused(tmp_path):
    path = tmp_path / "x.lock"
    with acquire_backup_lock(path=path, program="backupgui"):
        errors: list[BaseException] = []

        def other():
            try:
                with acquire_backup_lock(path=path):
                    pass
            except BusyError as e:
                errors.append(e)

        t = threading.Thread(target=other)
        t.start()
        t.join()
        assert len(errors) == 1
    assert read_holder(path) is None  # the note is cleared on release


def test_default_path_follows_the_config_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("BACKUPGUI_CONFIG_DIR", str(tmp_path))
    assert lock_path() == tmp_path / "run" / "backup.lock"
    with acquire_backup_lock():
        assert is_locked() is not None


def test_busy_message_without_a_note():
    assert busy_message(None) == "Another backup is already running."
