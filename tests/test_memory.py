"""The allocator tuning that keeps backups and restores flat in memory
(backupgui/process/memory.py)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from backupgui.process.memory import Releaser, release_free_memory, tune_allocator

CHILD = r"""
import os, sys
from backupgui.process.memory import tune_allocator
def rss():
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
if sys.argv[1] == "tuned":
    assert tune_allocator()
big = bytearray(24 << 20)  # freeing an mmapped block raises glibc's dynamic threshold...
del big
bufs, small = [], []
for i in range(30):  # ...so these 5 MiB buffers land on the heap, between small blocks
    b = bytearray(5 << 20)
    b[::4096] = b"x" * len(b[::4096])
    bufs.append(b)
    small.append(bytearray(1000))  # long-lived, outside pymalloc: pins the heap
bufs.clear()
print(rss())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc tuning only")
def test_tuning_returns_freed_buffers_to_the_system():
    def rss_after(mode: str) -> int:
        out = subprocess.run([sys.executable, "-c", CHILD, mode], capture_output=True, text=True, check=True)
        return int(out.stdout)

    # With the fixed mmap threshold, the freed buffers (150 MiB) are unmapped at once;
    # without it they stay resident in the heap.
    assert rss_after("default") - rss_after("tuned") > 100 << 20


def test_tuning_is_safe_to_repeat():
    first = tune_allocator()
    assert tune_allocator() == first


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc only")
def test_release_and_releaser():
    assert release_free_memory()
    r = Releaser(interval=0.0)
    r.tick()  # calls through without error
