"""Start the kernel's writeback of a file's dirty pages early (Linux ``sync_file_range``).

Python has no wrapper. Durability still comes from the fsync that follows; this only moves
the disk's work earlier, so that it overlaps the work that produced the bytes instead of
all waiting for the fsync at the end.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable


def _load() -> Callable[[int, int, int, int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        fn = ctypes.CDLL(None, use_errno=True).sync_file_range
    except (OSError, AttributeError):
        return None
    fn.argtypes = [ctypes.c_int, ctypes.c_int64, ctypes.c_int64, ctypes.c_uint]
    fn.restype = ctypes.c_int
    return fn


_SYNC_FILE_RANGE = _load()
_SYNC_FILE_RANGE_WRITE = 2  # start writeback of the range's dirty pages; does not wait for it


def start_writeback(fd: int, offset: int = 0, length: int = 0) -> bool:
    """Start writing ``length`` bytes from ``offset`` back (0: to the end of the file);
    False where that is not possible (the caller's fsync then does it all)."""
    if _SYNC_FILE_RANGE is None:
        return False
    return _SYNC_FILE_RANGE(fd, offset, length, _SYNC_FILE_RANGE_WRITE) == 0
