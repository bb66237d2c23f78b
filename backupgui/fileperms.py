"""Files and folders only this user may read: the library, logs, saved keys (no Qt).

On POSIX systems a folder is made 0700 and a file 0600 whatever the umask, and a folder or
file of ours found with wider permissions (made by an older version) is narrowed. On Windows
the user's profile folders already carry owner-only ACLs that new files inherit; these
functions then only create.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
_POSIX = os.name == "posix"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def narrow(path: str | os.PathLike[str]) -> None:
    """Take group and other permissions away from ``path`` if it is ours (best effort; a
    symlink is left alone)."""
    if not _POSIX:
        return
    with contextlib.suppress(OSError):
        st = os.lstat(path)
        if st.st_uid == os.getuid() and not stat.S_ISLNK(st.st_mode) and st.st_mode & 0o077:
            os.chmod(path, stat.S_IMODE(st.st_mode) & ~0o077)


def private_dir(path: str | os.PathLike[str]) -> Path:
    """Create the folder ``path`` (and missing parents) owner-only, or narrow it; return it."""
    p = Path(path)
    p.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    narrow(p)
    return p


def private_file(path: str | os.PathLike[str]) -> Path:
    """Create an empty file ``path`` owner-only if it does not exist, or narrow it."""
    p = Path(path)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, PRIVATE_FILE))
    narrow(p)
    return p


def open_private(path: str | os.PathLike[str], flags: int) -> int:
    """``os.open`` for writing a file that only the owner may read: created 0600, an existing
    file narrowed (through the descriptor), a symlink at ``path`` refused (ELOOP)."""
    fd = os.open(path, flags | os.O_CREAT | _NOFOLLOW, PRIVATE_FILE)
    if _POSIX:
        try:
            st = os.fstat(fd)
            if st.st_uid == os.getuid() and st.st_mode & 0o077:
                os.fchmod(fd, stat.S_IMODE(st.st_mode) & ~0o077)
        except BaseException:
            os.close(fd)
            raise
    return fd


def write_private(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` (replacing its content) as an owner-only file, on disk."""
    fd = open_private(path, os.O_WRONLY | os.O_TRUNC | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())

