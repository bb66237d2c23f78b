"""Writing a restored file straight to the disk (direct I/O), where the file system takes it.

The restore's media workers stage every file through a ``FileWriter``
(docs/ARCHITECTURE.md, "Restore and verify"; docs/PERFORMANCE.md, "Issue 24, phase 9")."""

from __future__ import annotations

import contextlib
import errno
import mmap
import os
from pathlib import Path

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)


def write_all(fd: int, data: memoryview | bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


#: Direct I/O (Linux, the BSDs): a staged file's bytes go from the worker's buffer to the
#: disk, not through the page cache. 0: not offered here (then through the page cache).
O_DIRECT = getattr(os, "O_DIRECT", 0)
#: What direct I/O asks to be aligned: a buffer's address, a write's offset and its length
#: (a page: every logical block size up to 4 KiB).
DIRECT_ALIGN = 4096
#: Bytes a media worker gathers before one direct write.
DIRECT_CHUNK = 1 << 20
#: Whether the restore's media workers write directly. **Off**: on the quiet machine direct
#: writes made the restore slower (s16, AMD EPYC: `python -m bench.pairs --base 0fe3894 --ops
#: restore --pairs 5`, wall 1.174x in 5 of 5 pairs, CPU 1.085x, user time 1.225x, system time
#: 0.806x); they won only on a machine whose memory was under pressure (wall 0.696x at load
#: 15-20), where the page cache's copy-in and write-back cost most (docs/PERFORMANCE.md,
#: "Issue 24, phase 9"). The writer is kept, tested, for that case.
RESTORE_DIRECT = False
#: Files smaller than this go through the page cache: a direct write waits for the disk, so
#: a restore of many stickers would wait once per file, and their bytes are few.
DIRECT_MIN = 256 << 10


class FileWriter:
    """Writes a media worker's staged files, one at a time: straight to the disk
    (``O_DIRECT``) where the file system takes it, else through the page cache. Through the
    page cache, every GiB restored was copied into it, written back from it
    (``restore._start_writeback``, ``_MediaStager._settle``) and dropped again: kernel work
    that was up to ~40 % of a restore's CPU on a 2-core host, depending on the state of the
    machine's memory (docs/PERFORMANCE.md, "Issue 24, phase 9"). A file of at least ``DIRECT_MIN`` bytes is written directly from an aligned
    buffer of ``DIRECT_CHUNK`` bytes; its last partial block is written padded and the file
    cut to its length. Durability is unchanged: each file is still fsynced before the commit
    (direct I/O leaves the disk's cache and the file's size to the fsync). A file system that
    refuses direct I/O (``EINVAL``: tmpfs, some network and FUSE file systems) gets the page
    cache, for that file and the rest."""

    def __init__(self, direct: bool | None = None) -> None:
        self.direct = bool(O_DIRECT) if direct is None else direct
        self.fd = -1
        self._file_direct = False
        self._buf: mmap.mmap | None = None  # (page-aligned: what direct I/O needs)
        self._fill = 0  # bytes gathered in _buf
        self._pos = 0  # bytes of the file written before them

    def create(self, path: Path, size: int) -> None:
        """Create ``path`` for ``size`` bytes (owner-only, like every file of the library;
        never through a symlink; never a file that exists) and make it the one written."""
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY
        self._fill = self._pos = 0
        if self.direct and size >= DIRECT_MIN:
            try:
                self.fd = os.open(path, flags | O_DIRECT, 0o600)
                self._file_direct = True
                if self._buf is None:
                    self._buf = mmap.mmap(-1, DIRECT_CHUNK)
                return
            except OSError as exc:
                if exc.errno != errno.EINVAL:
                    raise
                self.direct = False  # (the refusal may come after the file was created)
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(path)
        self._file_direct = False
        self.fd = os.open(path, flags, 0o600)

    def write(self, data: memoryview | bytes) -> None:
        if not self._file_direct:
            write_all(self.fd, data)
            return
        assert self._buf is not None
        view = memoryview(data)
        while view:
            n = min(len(view), DIRECT_CHUNK - self._fill)
            self._buf[self._fill:self._fill + n] = view[:n]
            self._fill += n
            view = view[n:]
            if self._fill == DIRECT_CHUNK:
                self._flush(DIRECT_CHUNK)
                if not self._file_direct:  # refused after all: the rest through the cache
                    write_all(self.fd, view)
                    return

    def finish(self) -> bool:
        """The file's last bytes written; True if it was written directly (nothing of it
        waits in the page cache), False if through the page cache."""
        if not self._file_direct:
            return False
        if self._fill:
            size = self._pos + self._fill
            padded = -(-self._fill // DIRECT_ALIGN) * DIRECT_ALIGN
            assert self._buf is not None
            self._buf[self._fill:padded] = bytes(padded - self._fill)
            self._flush(padded)
            os.ftruncate(self.fd, size)  # the padding goes; the fsync makes the size durable
        return self._file_direct

    def _flush(self, n: int) -> None:
        """Write ``_buf[:n]`` (``n`` aligned) at ``_pos``."""
        assert self._buf is not None
        view = memoryview(self._buf)
        try:
            done = 0
            while done < n:
                try:
                    done += os.pwrite(self.fd, view[done:n], self._pos + done)
                except OSError as exc:
                    if exc.errno != errno.EINVAL or not self._file_direct:
                        raise
                    # Direct I/O refused after all (an alignment this disk does not take):
                    # the rest of this file, and the next files, through the page cache.
                    self.direct = self._file_direct = False
                    import fcntl  # (POSIX only, as O_DIRECT)
                    fcntl.fcntl(self.fd, fcntl.F_SETFL,
                                fcntl.fcntl(self.fd, fcntl.F_GETFL) & ~O_DIRECT)
            self._pos += n
            self._fill = 0
            if not self._file_direct:  # (the next writes are at the file's offset)
                os.lseek(self.fd, self._pos, os.SEEK_SET)
        finally:
            view.release()

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    def release(self) -> None:
        self.close()
        if self._buf is not None:
            self._buf.close()
            self._buf = None
