"""What taking and releasing a set's lock costs in wall time on the Drive emulator
(docs/PERFORMANCE.md, "s20: the lock's time").

    python -m bench.lock_cost [--base REV] [--locks 40] [--rounds 3]

Each side runs in a fresh interpreter: it starts the Drive emulator (in that process, on
127.0.0.1), creates a set, then ``--locks`` times takes a backup's lock on it
(``locks.acquire``: its write, the listing of ``locks/``) and releases it, timing each
part. ``--base REV`` (e.g. ``main``) runs that commit's code too, exported by ``git archive``
as ``bench.pairs`` does; the sides alternate which goes first in each round. Prints the
median milliseconds per side and round. On a shared machine these are wall times of a few
milliseconds between other people's work: compare the sides of one round.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from .pairs import export

_CHILD = r"""
import json, shutil, statistics, sys, tempfile, time
from pathlib import Path
from google.oauth2.credentials import Credentials
from backupgui.crypto.material import RawKey
from backupgui.destinations.gdrive import DriveOptions, GoogleDriveDestination
from backupgui.engine import locks
from backupgui.engine.repository import Repo
from backupgui.services.drive_emulator import DriveEmulator

tmp = Path(tempfile.mkdtemp(prefix="bench-lock-cost-"))
emu = DriveEmulator(tmp / "drive", token_ttl=3600)
emu.add_static_token("bench-token")
emu.start()
try:
    dest = GoogleDriveDestination(Credentials(token="bench-token"), api_root=emu.root_url,
                                  options=DriveOptions(spool_dir=tmp / "spool"))
    repo = Repo.create(dest, RawKey(bytes(range(1, 33))))
    take, release = [], []
    for _ in range(int(sys.argv[1])):
        t0 = time.perf_counter()
        held = locks.acquire(repo, locks.BACKUP, "bench")
        t1 = time.perf_counter()
        held.release()
        take.append(t1 - t0)
        release.append(time.perf_counter() - t1)
    print(json.dumps({"acquire_ms": round(statistics.median(take) * 1000, 1),
                      "release_ms": round(statistics.median(release) * 1000, 1)}))
finally:
    emu.stop()
    shutil.rmtree(tmp, ignore_errors=True)
"""

ROOT = Path(__file__).resolve().parent.parent


def _run(code: Path, n: int) -> dict:
    out = subprocess.run([sys.executable, "-c", _CHILD, str(n)], check=True, text=True,
                         capture_output=True, env=dict(os.environ, PYTHONPATH=str(code)))
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", help="a commit to compare with (e.g. main)")
    ap.add_argument("--locks", type=int, default=40)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-lock-cost-"))
    try:
        sides = {"new": ROOT}
        if args.base:
            sides["base"] = work / "base"
            export(args.base, sides["base"])
        rows: dict[str, list[dict]] = {s: [] for s in sides}
        for rnd in range(args.rounds):
            order = list(sides) if rnd % 2 == 0 else list(reversed(sides))
            for side in order:
                row = _run(sides[side], args.locks)
                rows[side].append(row)
                print(json.dumps({"round": rnd, "side": side, **row,
                                  "load": round(os.getloadavg()[0], 1)}), flush=True)
        print(json.dumps({"median": {s: {k: statistics.median(r[k] for r in rs)
                                         for k in ("acquire_ms", "release_ms")}
                                     for s, rs in rows.items()}}))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
