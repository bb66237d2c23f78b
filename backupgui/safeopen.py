"""Opening a file under a name someone else may have chosen: only a regular file, and the
open never waits (SECURITY.md 3). One place for what the importers, the phone-backup reader
and the summary cache each did by hand."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
          | getattr(os, "O_CLOEXEC", 0))


class NotRegularFile(Exception):
    """The name is a FIFO, a device, a socket or a folder, not a regular file."""


def open_regular(path: str | Path, *, follow: bool = True) -> BinaryIO:
    """``path`` opened for binary reading, only if it is a regular file.

    The open is non-blocking: a FIFO under a file's name would otherwise wait for a writer for
    ever (a device would never end); regular files ignore the flag. With ``follow=False`` a
    symbolic link is refused by the open itself (``OSError`` ``ELOOP``). What is checked is the
    file opened (``fstat``), so a name swapped after an earlier check cannot slip through.
    ``OSError`` if it cannot be opened, ``NotRegularFile`` if it is not a regular file."""
    fd = os.open(path, _FLAGS | (0 if follow else getattr(os, "O_NOFOLLOW", 0)))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotRegularFile(os.fspath(path))
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
