"""Opening a file under a name someone else may have chosen: only a regular file, and the
open never waits (SECURITY.md 3). One place for what the importers, the phone-backup reader,
the summary cache and the folder destination each did by hand."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
          | getattr(os, "O_CLOEXEC", 0))


class NotRegularFile(Exception):
    """The name is a FIFO, a device, a socket or a folder, not a regular file."""


def open_regular(path: str | Path, *, follow: bool = True,
                 dir_fd: int | None = None) -> BinaryIO:
    """``path`` opened for binary reading, only if it is a regular file.

    The open is non-blocking: a FIFO under a file's name would otherwise wait for a writer for
    ever (a device would never end); the file, once known regular, reads as usual (blocking
    again, which a network file system may honour). With ``follow=False`` a symbolic link is
    refused by the open itself (``OSError`` ``ELOOP``). ``dir_fd``: ``path`` is one name in
    that open folder (a folder reached without following links: the folder destination's
    ``_parent``), so no folder on its way can be swapped for a link. What is checked is the
    file opened (``fstat``), so a name swapped after an earlier check cannot slip through.
    ``OSError`` if it cannot be opened, ``NotRegularFile`` if it is not a regular file."""
    fd = os.open(path, _FLAGS | (0 if follow else getattr(os, "O_NOFOLLOW", 0)), dir_fd=dir_fd)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotRegularFile(os.fspath(path))
        if hasattr(os, "O_NONBLOCK"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular(path: str | Path, limit: int, *, tail: bool = False,
                 follow: bool = True) -> bytes:
    """The bytes of the regular file ``path`` (``open_regular``), at most ``limit`` of them:
    its first, or with ``tail`` its last (from the start of a line: a cut first line is
    dropped). For the app's own small files (the schedule, the run history, the lock's note),
    which another program may have replaced by a FIFO, a device or a huge file."""
    with open_regular(path, follow=follow) as fh:
        size = os.fstat(fh.fileno()).st_size
        if not tail or size <= limit:
            return fh.read(limit)
        fh.seek(size - limit - 1)
        data = fh.read(limit + 1)
    cut = data.find(b"\n")
    return data[cut + 1:] if cut >= 0 else b""
