"""Keep the process's memory flat on glibc (Linux).

Backups and restores pass through many short-lived buffers of up to a few MiB (download
chunks, message blobs and their JSON). glibc serves those from its heap once its dynamic
mmap threshold has grown (it grows to the size of any mapped block freed, up to 32 MiB), and a
heap with freed holes between live blocks cannot give the memory back: at 4 GiB the restore's
peak RSS was 162 MiB, ~40 MiB of it freed-but-held heap. A fixed threshold keeps blocks of
4 MiB and more as separate mappings, returned to the system on free: 132 MiB. (256 KiB gave
119 MiB but doubled the kernel time spent faulting fresh pages in.)
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

_M_MMAP_THRESHOLD = -3  # from <malloc.h>
MMAP_THRESHOLD = 4 << 20


def tune_allocator() -> bool:
    """Apply the fixed mmap threshold; True if it was set (glibc only, best effort)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # not glibc (e.g. musl has no mallopt)
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD))
