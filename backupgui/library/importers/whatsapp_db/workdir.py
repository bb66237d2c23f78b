"""The private folder where a decrypted phone database lives while it is read.

Each import gets ``<cache>/phone-backup/wa-<host>~<pid>~<random>`` (mode 0700, in a parent
of mode 0700), removed when the import ends, whatever way it ends. A process that was killed
cannot remove its own: every later phone import (and the app at start) removes the folders
of processes that no longer run, recognised by the name ``stale.owned_name`` gives them.
The folder is on disk in the user's cache, not in /tmp, which is often memory (tmpfs) and
would hold a multi-gigabyte database in RAM.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import stat
from pathlib import Path

import platformdirs

from .... import oswords
from ....device.fileperms import private_dir
from ....device.stale import is_stale, owned_name
from ....errors import BackupError

log = logging.getLogger(__name__)
_PREFIX = "wa-"


def work_root() -> Path:
    """The parent of all work folders, created private (0700) if missing."""
    root = Path(platformdirs.user_cache_dir("backupgui", appauthor=False)) / "phone-backup"
    try:
        private_dir(root.parent)  # its missing parents owner-only too, not by the umask
        with contextlib.suppress(FileExistsError):
            root.mkdir(mode=0o700)
        st = os.lstat(root)
        if not stat.S_ISDIR(st.st_mode):
            raise BackupError(f"{root} is not a folder; remove it and try again.")
        if hasattr(os, "getuid") and st.st_uid != os.getuid():
            raise BackupError(f"{root} belongs to another user; remove it and try again.")
        if st.st_mode & 0o077:
            os.chmod(root, 0o700)
    except OSError as exc:
        oswords.logged(str(root), exc)
        raise BackupError(f"Cannot prepare the folder {root}: {oswords.problem(exc)}.") from None
    return root


def remove_stale() -> int:
    """Remove work folders of processes that no longer run; return how many."""
    try:
        root = work_root()
        entries = list(os.scandir(root))
    except (BackupError, OSError):
        return 0
    removed = 0
    for entry in entries:
        if entry.name.startswith(_PREFIX) and is_stale(entry.name[len(_PREFIX):]):
            shutil.rmtree(entry.path, ignore_errors=True)
            removed += not os.path.lexists(entry.path)
    if removed:
        log.info("removed %d phone-backup work folder(s) left by stopped processes", removed)
    return removed


class WorkDir:
    """A fresh private folder for one import; ``close()`` (or leaving ``with``) removes it."""

    def __init__(self) -> None:
        remove_stale()
        root = work_root()
        self.path = root / f"{_PREFIX}{owned_name()}"
        try:
            self.path.mkdir(mode=0o700)
        except OSError as exc:
            oswords.logged(str(root), exc)
            raise BackupError(f"Cannot create a private work folder in {root}: "
                              f"{oswords.problem(exc)}.") from None

    def file(self, name: str) -> Path:
        """A path inside the folder for one of our own fixed names."""
        if not name or "/" in name or "\\" in name or name in (".", ".."):
            raise ValueError("work file names are fixed simple names")
        p = self.path / name
        assert p.parent == self.path
        return p

    def close(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)

    def __enter__(self) -> WorkDir:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
