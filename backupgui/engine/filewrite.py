"""Writing a restored file: the restore's media workers stage every file through a
``FileWriter`` (docs/ARCHITECTURE.md, "Restore and verify")."""

from __future__ import annotations

import os
from pathlib import Path

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)


def write_all(fd: int, data: memoryview | bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


class FileWriter:
    """Writes a media worker's staged files, one at a time, through the page cache (the
    restore starts each file's writeback and fsyncs it before the commit: ``restore``).
    (A direct-I/O path, ``O_DIRECT``, was here until s19: off since s16, where it made the
    quiet machine's restore slower, docs/PERFORMANCE.md "Issue 24, phase 9", and unused
    since.)"""

    def __init__(self) -> None:
        self.fd = -1

    def create(self, path: Path) -> None:
        """Create ``path`` (owner-only, like every file of the library; never through a
        symlink; never a file that exists) and make it the one written."""
        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY, 0o600)

    def write(self, data: memoryview | bytes) -> None:
        write_all(self.fd, data)

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1
