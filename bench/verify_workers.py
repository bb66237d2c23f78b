"""Verify with one worker against verify with two, in one process, alternating.

    python -m bench.verify_workers [--size 256MiB] [--pairs 4]

Backs a working copy of the cached bench library up once into a temporary folder, then
runs ``engine.verify`` with ``_WORKERS`` set to 1 and to 2 in turn (which goes first
alternates), printing wall and CPU time per run and the per-pair wall ratio 2 / 1. In
process, so start-up is left out and both variants read the same backup from the same page
cache.
"""

from __future__ import annotations

import argparse
import importlib
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from . import dataset


def main(argv: list[str] | None = None) -> int:
    from backupgui.crypto.keys import generate_key
    from backupgui.crypto.material import RawKey
    from backupgui.destinations.folder import FolderDestination
    from backupgui.engine import BackupRequest, VerifyRequest, backup, verify

    ap = argparse.ArgumentParser(prog="python -m bench.verify_workers")
    ap.add_argument("--size", default="256MiB")
    ap.add_argument("--pairs", type=int, default=4)
    args = ap.parse_args(argv)
    mod = importlib.import_module("backupgui.engine.verify")
    info = dataset.build_library(dataset.parse_size(args.size), 1,
                                 log=lambda m: print(m, file=sys.stderr))
    tmp = Path(tempfile.mkdtemp(prefix="verify-workers-", dir=dataset.out_dir()))
    saved = mod._WORKERS
    try:
        lib = dataset.working_copy(Path(info.path), tmp / "library")
        key = RawKey(generate_key())
        dest = FolderDestination(tmp / "dest")
        backup(BackupRequest(lib, dest, key, device_name="bench"))
        walls: dict[int, list[float]] = {1: [], 2: []}
        for i in range(args.pairs):
            for w in ((1, 2) if i % 2 == 0 else (2, 1)):
                mod._WORKERS = w
                c0, t0 = time.process_time(), time.monotonic()
                verify(VerifyRequest(dest, key))
                wall, cpu = time.monotonic() - t0, time.process_time() - c0
                walls[w].append(wall)
                print(f"workers={w} wall={wall:.3f} s cpu={cpu:.3f} s cpu/wall={cpu / wall:.2f}"
                      f" load={os.getloadavg()[0]:.1f}", flush=True)
        ratios = [b / a for a, b in zip(walls[1], walls[2], strict=True)]
        print(f"wall 2 workers / 1 worker, per pair: {[round(r, 3) for r in ratios]};"
              f" median {statistics.median(ratios):.3f}")
    finally:
        mod._WORKERS = saved
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
