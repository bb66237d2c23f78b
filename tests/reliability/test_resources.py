"""Resources (issue 9): a full disk or a file-size limit during restore, and a read-only
destination, fail cleanly (documented error, exit code) with the library unchanged.

The file-size limit (RLIMIT_FSIZE in the restore subprocess) runs everywhere; the small tmpfs
and the read-only mount need root (CI containers usually are) and are skipped otherwise.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
from pathlib import Path

import pytest

from backupgui.crypto.keys import format_key
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import BackupRequest, RestoreRequest, backup, restore
from backupgui.errors import DestinationError
from backupgui.library.demo import create_demo_library
from tests.engine.helpers import cli_argv

from .conftest import content, library_state

KEY = bytes.fromhex("4d" * 32)
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("resources")
    create_demo_library(root / "lib", chats=3, seed=8, media_mb=4)
    create_demo_library(root / "other", chats=1, seed=9, media_mb=0.2)
    (root / "key").write_text(format_key(KEY))
    backup(BackupRequest(root / "lib", FolderDestination(root / "dest"), RawKey(KEY)))
    return root


def _cli(*args: object, limit: int | None = None) -> subprocess.CompletedProcess:
    def pre() -> None:
        if limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = {k: v for k, v in os.environ.items() if k != "BACKUPGUI_PASSWORD"}
    return subprocess.run(cli_argv() + [str(a) for a in args], capture_output=True, text=True,
                          env=env, stdin=subprocess.DEVNULL, preexec_fn=pre, timeout=300)


@pytest.mark.parametrize("limit_kib", [64, 700, 1500])
def test_file_size_limit_during_restore_fails_cleanly(world, tmp_path, limit_kib):
    lib = tmp_path / "lib"
    shutil.copytree(world / "other", lib)
    before = library_state(lib)
    p = _cli("restore", "--library", lib, "--dest", world / "dest", "--key-file", world / "key",
             "-q", limit=limit_kib * 1024)
    assert p.returncode == 7, (p.returncode, p.stderr)  # DiskFullError
    assert "unexpected" not in p.stderr and "Traceback" not in p.stderr
    assert library_state(lib) == before
    assert not list(lib.glob(".restore-*"))


@pytest.fixture
def small_tmpfs(tmp_path):
    if not IS_ROOT:
        pytest.skip("mounting a tmpfs needs root")
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mnt)],
                      capture_output=True).returncode != 0:
        pytest.skip("mount is not permitted here")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_full_disk_is_refused_before_the_restore(world, small_tmpfs):
    lib = small_tmpfs / "lib"
    shutil.copytree(world / "other", lib)
    before = library_state(lib)
    p = _cli("restore", "--library", lib, "--dest", world / "dest", "--key-file", world / "key", "-q")
    assert p.returncode == 17, (p.returncode, p.stderr)  # NotEnoughSpaceError, nothing written
    assert "Not enough free space to restore" in p.stderr
    assert library_state(lib) == before
    assert not list(lib.glob(".restore-*"))


def test_full_disk_during_restore_fails_cleanly(world, small_tmpfs):
    """Past the check (--skip-space-check: the disk fills while it runs)."""
    lib = small_tmpfs / "lib"
    shutil.copytree(world / "other", lib)
    before = library_state(lib)
    p = _cli("restore", "--library", lib, "--dest", world / "dest", "--key-file", world / "key",
             "--skip-space-check", "-q")
    assert p.returncode == 7, (p.returncode, p.stderr)
    assert "disk" in p.stderr.lower()
    assert library_state(lib) == before
    assert not list(lib.glob(".restore-*"))
    # After freeing space (a bigger disk), the same restore completes.
    shutil.rmtree(small_tmpfs / "lib")


@pytest.fixture
def read_only_dest(world, tmp_path):
    """A copy of the backup on a read-only filesystem (root: ro tmpfs; else: chmod)."""
    if IS_ROOT:
        mnt = tmp_path / "ro"
        mnt.mkdir()
        if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(mnt)],
                          capture_output=True).returncode != 0:
            pytest.skip("mount is not permitted here")
        shutil.copytree(world / "dest", mnt / "dest")
        subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True)
        try:
            yield mnt / "dest"
        finally:
            subprocess.run(["umount", "-l", str(mnt)], check=False)
    else:
        d = tmp_path / "dest"
        shutil.copytree(world / "dest", d)
        for p in [d, *d.rglob("*")]:
            p.chmod(0o555 if p.is_dir() else 0o444)
        yield d


def test_backup_to_read_only_destination_fails_cleanly(world, tmp_path, read_only_dest):
    lib = tmp_path / "lib"
    shutil.copytree(world / "lib", lib)
    create_demo_library(lib, chats=1, seed=44, media_mb=0.1)  # something new to back up
    before_lib, before_dest = library_state(lib), library_state_of_dest(read_only_dest)
    with pytest.raises(DestinationError) as e:
        backup(BackupRequest(lib, FolderDestination(read_only_dest), RawKey(KEY)))
    assert "read-only" in str(e.value) or "cannot be written" in str(e.value)
    p = _cli("backup", "--library", lib, "--dest", read_only_dest, "--key-file", world / "key", "-q")
    assert p.returncode == 6, (p.returncode, p.stderr)
    assert library_state(lib) == before_lib
    assert library_state_of_dest(read_only_dest) == before_dest
    # Restoring from it still works: restore only reads.
    restore(RestoreRequest(FolderDestination(read_only_dest), tmp_path / "r", RawKey(KEY)))
    assert content(tmp_path / "r") == content(world / "lib")


def library_state_of_dest(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}
