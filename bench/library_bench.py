"""Benchmark: chat listing and opening time on a 10,000-chat / 5M-message library.

The big library takes ~30-40 s to build, so it is cached under ``bench/out/`` (or the
directory in ``BACKUPGUI_BENCH_DIR``) and reused when its contents match.

    python -m bench.library_bench      # from the repository root
"""

from __future__ import annotations

import os
import shutil
import statistics
import time
from pathlib import Path

from backupgui.library import Library
from backupgui.library.demo import create_large_library

CHATS = 10_000
MESSAGES = 5_000_000


def _out_dir() -> Path:
    return Path(os.environ.get("BACKUPGUI_BENCH_DIR", Path(__file__).parent / "out"))


def _cached_library(chats: int, messages: int) -> tuple[Path, float | None]:
    """Path of a ready library; the build time if it had to be built now."""
    root = _out_dir() / f"large-{chats}-{messages}"
    if (root / "library.db").exists():
        with Library(root) as lib:
            if lib.counts()[:2] == (chats, messages):
                return root, None
        shutil.rmtree(root)
    t = time.perf_counter()
    tmp = root.with_name(root.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    create_large_library(tmp, chats=chats, messages=messages)
    tmp.rename(root)  # only a finished library is ever cached
    return root, time.perf_counter() - t


def run_library_bench(chats: int = CHATS, messages: int = MESSAGES) -> dict:
    """Build (or reuse) the large library and time opening it and listing its chats."""
    root, build_s = _cached_library(chats, messages)
    opens, lists = [], []
    for _ in range(5):
        t = time.perf_counter()
        lib = Library(root, create=False)
        opens.append(time.perf_counter() - t)
        try:
            t = time.perf_counter()
            rows = lib.list_chats()
            lists.append(time.perf_counter() - t)
        finally:
            lib.close()
    assert len(rows) == chats
    return {
        "chats": chats,
        "messages": messages,
        "build_s": None if build_s is None else round(build_s, 2),
        "open_ms_median": round(statistics.median(opens) * 1000, 2),
        "list_chats_ms_median": round(statistics.median(lists) * 1000, 2),
        "db_mb": round((root / "library.db").stat().st_size / 2**20, 1),
    }


if __name__ == "__main__":
    for key, value in run_library_bench().items():
        print(f"{key:>22}: {value}")
