"""Where a Drive backup's time goes, beside a folder backup of the same library.

    python -m bench.drive_split [--size 1GiB] [--rounds 3]
    python -m bench.drive_split --cli [--size 1GiB] [--rounds 5]

Backs up the cached bench library (built if missing) in this process to the Drive emulator
(``backupgui-cli drive-emulator`` in a child process on 127.0.0.1, as the harness runs it) and
to a folder, alternating, and prints per round: wall time of each, this process's CPU and the
emulator's CPU, the time spent in the Drive destination's steps (waiting for the pacer,
sending chunks, starting sessions, multipart uploads, looking names up, saving journal
entries, and ``Committer.wait``: the tail after the last pack was built) and the emulator's
requests by kind and per GiB uploaded. The steps' times add up across threads (two uploads
run at once), so they can exceed the wall time.

``--cli`` runs both backups as the bench harness does (``backupgui-cli backup`` in a child
process, start-up included), alternating which goes first, and prints per round the wall
and CPU seconds of each, the emulator's CPU seconds and the requests per GiB, then the
medians: paired runs for a shared, noisy machine.
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


def _timed(stats: dict, cls: type, name: str, label: str | None = None) -> None:
    real = getattr(cls, name, None)
    if real is None:  # (an older tree, in a paired run against it)
        return
    key = label or name

    def wrapper(*a, **k):
        t = time.perf_counter()
        try:
            return real(*a, **k)
        finally:
            s = stats[key]
            s[0] += 1
            s[1] += time.perf_counter() - t

    setattr(cls, name, wrapper)


def _emulator_log(emu: DriveEmulator) -> list[dict]:
    req = urllib.request.Request(emu.url + "__emulator/log",
                                 headers={"Authorization": f"Bearer {emu.token}"})
    with urllib.request.urlopen(req) as resp:
        return json.loads(resp.read())


def _cli_rounds(info: dataset.DatasetInfo, rounds: int) -> int:
    """Folder and Drive backups by the CLI, alternating which goes first."""
    import statistics

    from .harness import CLI
    from .measure import run_measured

    rows = []
    for rnd in range(rounds):
        work = Path(tempfile.mkdtemp(prefix="drive-split-"))
        try:
            key_file = dataset.write_key_file(work / "key.txt")
            row: dict = {"round": rnd}
            for kind in (("drive", "folder") if rnd % 2 == 0 else ("folder", "drive")):
                cmd = [*CLI, "backup", "--library", str(info.path), "--key-file", str(key_file),
                       "--json", "-q", "--device", "bench"]
                env = dict(os.environ, BACKUPGUI_CONFIG_DIR=str(work / f"config-{kind}"),
                           BACKUPGUI_DRIVE_SPOOL=str(work / "spool"))
                if kind == "folder":
                    m = run_measured([*cmd, "--dest", str(work / "folder")], env=env).check()
                    row["folder"] = {"wall_s": round(m.wall_s, 2), "cpu_s": round(m.cpu_s, 2)}
                    continue
                emu = DriveEmulator(work / "drive")
                try:
                    e0 = _cpu_of(emu.proc.pid)
                    m = run_measured([*cmd, "--dest", "gdrive", "--drive-folder", "bench"],
                                     env={**emu.env(), **{k: env[k] for k in ("BACKUPGUI_CONFIG_DIR",
                                                                             "BACKUPGUI_DRIVE_SPOOL")}}).check()
                    emu_cpu = _cpu_of(emu.proc.pid) - e0
                    log = [e for e in _emulator_log(emu) if e["category"] != "control"]
                finally:
                    emu.stop()
                gib = sum(e.get("bytes_received") or 0 for e in log) / GiB
                row["drive"] = {"wall_s": round(m.wall_s, 2), "cpu_s": round(m.cpu_s, 2),
                                "emulator_cpu_s": round(emu_cpu, 2),
                                "requests": dict(collections.Counter(e["category"] for e in log)),
                                "requests_per_gib": round(len(log) / gib) if gib else None}
            row["drive_vs_folder_time"] = round(row["drive"]["wall_s"] / row["folder"]["wall_s"], 3)
            row["load"] = round(os.getloadavg()[0], 1)
            rows.append(row)
            print(json.dumps(row), flush=True)
        finally:
            shutil.rmtree(work, ignore_errors=True)

    def med(kind: str, key: str) -> float:
        return round(statistics.median(r[kind][key] for r in rows), 2)

    print(json.dumps({"median": {
        "folder_wall_s": med("folder", "wall_s"), "folder_cpu_s": med("folder", "cpu_s"),
        "drive_wall_s": med("drive", "wall_s"), "drive_cpu_s": med("drive", "cpu_s"),
        "emulator_cpu_s": med("drive", "emulator_cpu_s"),
        "drive_vs_folder_time": round(statistics.median(r["drive_vs_folder_time"] for r in rows), 3),
        "requests_per_gib": statistics.median(r["drive"]["requests_per_gib"] for r in rows)}}), flush=True)
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", default="1GiB")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--cli", action="store_true",
                    help="both backups by the CLI in a child process, as the bench harness runs them")
    args = ap.parse_args()
    if args.cli:
        return _cli_rounds(dataset.build_library(dataset.parse_size(args.size), args.seed), args.rounds)

    from google.oauth2.credentials import Credentials

    import backupgui.destinations.gdrive as g
    from backupgui.crypto.material import RawKey
    from backupgui.destinations.folder import FolderDestination
    from backupgui.destinations.gdrive_journal import Journal
    from backupgui.destinations.gdrive_retry import Pacer
    from backupgui.engine import BackupRequest, backup
    from backupgui.engine.pipeline import Committer

    info = dataset.build_library(dataset.parse_size(args.size), args.seed)
    stats: dict = collections.defaultdict(lambda: [0, 0.0])
    for name in ("_send", "_start_session", "_multipart", "_find", "_list_files"):
        _timed(stats, g.GoogleDriveDestination, name)
    _timed(stats, Pacer, "wait", "pacer_wait")
    _timed(stats, Journal, "save", "journal_save")  # the fsynced journal entries
    _timed(stats, Committer, "wait", "tail")  # from the last pack built to the last commit
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
            log = _emulator_log(emu)
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
