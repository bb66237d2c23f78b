"""Where a Drive backup's time goes, beside a folder backup of the same library.

    python -m bench.drive_split [--size 1GiB] [--rounds 3]

Backs up the cached bench library (built if missing) in this process to the Drive emulator
(``backupgui-cli drive-emulator`` in a child process on 127.0.0.1, as the harness runs it) and
to a folder, alternating, and prints per round: wall time of each, this process's CPU and the
emulator's CPU, the time spent in the Drive destination's steps (waiting for the pacer,
sending chunks, starting sessions, looking names up) and the emulator's requests by kind and
per GiB uploaded. The steps' times add up across threads (two uploads run at once), so they
can exceed the wall time.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import shutil
import tempfile
import time
import urllib.request
from pathlib import Path

from . import dataset
from .harness import DriveEmulator

GiB = 1 << 30


def _cpu_of(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _timed(stats: dict, cls: type, name: str) -> None:
    real = getattr(cls, name)

    def wrapper(*a, **k):
        t = time.perf_counter()
        try:
            return real(*a, **k)
        finally:
            s = stats[name]
            s[0] += 1
            s[1] += time.perf_counter() - t

    setattr(cls, name, wrapper)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", default="1GiB")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    from google.oauth2.credentials import Credentials

    import backupgui.destinations.gdrive as g
    from backupgui.crypto.material import RawKey
    from backupgui.destinations.folder import FolderDestination
    from backupgui.destinations.gdrive_retry import Pacer
    from backupgui.engine import BackupRequest, backup

    info = dataset.build_library(dataset.parse_size(args.size), args.seed)
    stats: dict = collections.defaultdict(lambda: [0, 0.0])
    for name in ("_send", "_start_session", "_find", "_list_files"):
        _timed(stats, g.GoogleDriveDestination, name)
    _timed(stats, Pacer, "wait")
    key = os.urandom(32)
    for rnd in range(args.rounds):
        work = Path(tempfile.mkdtemp(prefix="drive-split-"))
        emu = DriveEmulator(work / "drive")
        try:
            os.environ["BACKUPGUI_DRIVE_SPOOL"] = str(work / "spool")
            stats.clear()
            dest = g.GoogleDriveDestination(Credentials(token=emu.token), api_root=emu.url, folder="bench")
            c0, e0, t0 = os.times(), _cpu_of(emu.proc.pid), time.perf_counter()
            r = backup(BackupRequest(Path(info.path), dest, RawKey(key), device_name="bench"))
            wall = time.perf_counter() - t0
            c1 = os.times()
            drive = {"wall_s": round(wall, 2),
                     "client_cpu_s": round(c1.user + c1.system - c0.user - c0.system, 2),
                     "emulator_cpu_s": round(_cpu_of(emu.proc.pid) - e0, 2),
                     "steps_s": {k: round(v[1], 2) for k, v in stats.items()},
                     "step_calls": {k: v[0] for k, v in stats.items()}}
            req = urllib.request.Request(emu.url + "__emulator/log",
                                         headers={"Authorization": f"Bearer {emu.token}"})
            with urllib.request.urlopen(req) as resp:
                log = json.loads(resp.read())
            kinds = collections.Counter(e["category"] for e in log if e["category"] != "control")
            gib = r.uploaded_bytes / GiB
            drive["requests"] = dict(kinds)
            drive["requests_per_gib"] = round(sum(kinds.values()) / gib)
            dest.close()
            t0, c0 = time.perf_counter(), os.times()
            backup(BackupRequest(Path(info.path), FolderDestination(work / "folder"), RawKey(key),
                                 device_name="bench"))
            c1 = os.times()
            folder = {"wall_s": round(time.perf_counter() - t0, 2),
                      "cpu_s": round(c1.user + c1.system - c0.user - c0.system, 2)}
            print(json.dumps({"round": rnd, "drive": drive, "folder": folder,
                              "drive_vs_folder_time": round(drive["wall_s"] / folder["wall_s"], 2),
                              "load": os.getloadavg()[0]}), flush=True)
        finally:
            emu.stop()
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
