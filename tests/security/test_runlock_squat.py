"""Another local user cannot stop every backup by making the lock's folder first
(docs/SECURITY.md 2.7).

The one-backup-at-a-time lock lived in platformdirs' runtime folder. Where
``$XDG_RUNTIME_DIR`` is set but not this user's private folder (``/tmp`` in some containers
and sessions, another user's after ``su``), platformdirs falls back to the predictable
``<temp>/runtime-<uid>`` and raises ``PermissionError`` when another user owns it (or it is
a symlink): every backup and restore, the scheduled ones too, failed with that internal
error. The lock now goes where the single-instance socket does (``fileperms.user_runtime_dir``,
checked), else into the user's own state folder. The other user is real here: the test
runs as root in CI and gives the planted folder another uid; elsewhere it is skipped."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from backupgui.automation.runlock import acquire_backup_lock, lock_path

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or os.geteuid() != 0,
    reason="needs Linux and root to plant a folder owned by another user")

OTHER_UID = 54_321


@pytest.fixture
def shared_tmp(tmp_path, monkeypatch):
    """A sticky, world-writable temp folder (as /tmp) that is also $XDG_RUNTIME_DIR, and a
    home of the test's own for the state folder."""
    import tempfile

    shared = tmp_path / "tmp"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    monkeypatch.delenv("BACKUPGUI_CONFIG_DIR", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))
    monkeypatch.setenv("TMPDIR", str(shared))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "home" / ".local" / "state"))
    monkeypatch.setattr(tempfile, "tempdir", None)
    return shared


@pytest.mark.parametrize("planted", ["folder", "symlink"])
def test_a_runtime_folder_planted_by_another_user_does_not_stop_backups(shared_tmp, tmp_path,
                                                                        planted):
    squat = shared_tmp / f"runtime-{os.geteuid()}"
    if planted == "folder":
        squat.mkdir()
        os.chmod(squat, 0o777)
        os.chown(squat, OTHER_UID, OTHER_UID)
    else:
        (tmp_path / "theirs").mkdir()
        squat.symlink_to(tmp_path / "theirs")
        os.lchown(squat, OTHER_UID, OTHER_UID)
    with acquire_backup_lock("backup", program="backupgui-cli") as lock:
        assert lock.held
    path = lock_path()
    assert squat not in path.parents and (tmp_path / "theirs") not in path.resolve().parents
    folder = os.lstat(path.parent)
    assert folder.st_uid == os.geteuid() and not stat.S_IMODE(folder.st_mode) & 0o077
    if planted == "symlink":
        assert not any((tmp_path / "theirs").iterdir())  # nothing made in their folder
