"""A Drive-path change against a base: CLI backups to the emulator, both versions in turn.

    python -m bench.drive_pairs --base REV [--rounds 6] [--size 1GiB]
    python -m bench.drive_pairs --base REV --startup [--rounds 8]

``REV`` is exported with ``git archive`` (``bench.pairs.export``) and run with that folder
first on ``PYTHONPATH``; the other side is this tree. Each round runs, in an order that
rotates from round to round, a folder backup (this tree, the reference), a Drive backup
with the base and a Drive backup with this tree, each to a fresh destination (the Drive
emulator of this tree in a child process, as the bench harness runs it), measured from
outside (``bench.measure.run_measured``: wall, CPU, peak RSS after an untimed sync) plus the
emulator's CPU seconds and what everything else on the machine used meanwhile
(``others_cpu_s``: the emulator, kernel threads, and on a shared machine the other users;
on a quiet one, minus ``emulator_cpu_s``, what the kernel's threads did for the backup).
Prints one JSON line per backup and the medians: on a shared machine the CPU seconds and
peak RSS are the figures to decide by. Both Drive backups use this tree's emulator: the pairs
compare the client.

``--startup`` measures only the backups' serial start-up (the same three in turn): the
process's CPU seconds and wall time from its start to the end of opening
the backup set (``engine.backup._open_set``: imports, the destination's first requests,
the set's config), and how many modules it imported by then; then the process exits.
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

from . import dataset
from .drive_split import _cpu_of
from .harness import DriveEmulator
from .measure import Measured, byte_compile, run_measured
from .pairs import export

ROOT = Path(__file__).resolve().parent.parent

#: Run by ``--startup`` in the child: the CLI with ``_open_set`` wrapped to report and exit.
_STARTUP = r"""
import json, os, sys, time
stat = open("/proc/self/stat").read().rsplit(")", 1)[1].split()
started = int(stat[19]) / os.sysconf("SC_CLK_TCK")  # (since boot)
import backupgui.cli as cli
import backupgui.engine.backup
bk = sys.modules["backupgui.engine.backup"]  # (the package's name "backup" is the function)
real = bk._open_set
def opened(*a, **k):
    real(*a, **k)
    print(json.dumps({"wall_s": round(time.clock_gettime(time.CLOCK_BOOTTIME) - started, 3),
                      "cpu_s": round(time.process_time(), 3), "modules": len(sys.modules)}))
    sys.stdout.flush()
    os._exit(0)
bk._open_set = opened
sys.exit(cli.main(sys.argv[1:]))
"""


def _machine_cpu() -> float:
    """Busy CPU seconds of the whole machine since boot (every core, every process, kernel
    threads included)."""
    ticks = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return (sum(ticks) - ticks[3] - ticks[4]) / os.sysconf("SC_CLK_TCK")  # (minus idle, iowait)


def _measured(cmd: list[str], env: dict[str, str], cwd: str, row: dict) -> Measured:
    """``run_measured``, and in ``row["others_cpu_s"]`` what the rest of the machine used
    meanwhile (the write-back of earlier rounds' data is done first, by ``os.sync``)."""
    os.sync()
    machine0 = _machine_cpu()
    m = run_measured(cmd, env=env, cwd=cwd).check()
    row["others_cpu_s"] = round(_machine_cpu() - machine0 - m.cpu_s, 2)
    return m


def _drive_env(env: dict[str, str], emu: DriveEmulator) -> dict[str, str]:
    return {**env, **{k: v for k, v in emu.env().items()
                      if k in ("BACKUPGUI_DRIVE_ROOT", "BACKUPGUI_DRIVE_TOKEN")}}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", required=True, help="the commit to compare with, e.g. main")
    ap.add_argument("--rounds", type=int, default=6)
    ap.add_argument("--size", default="1GiB")
    ap.add_argument("--startup", action="store_true", help="only the start-up, up to the open set")
    args = ap.parse_args()
    info = dataset.build_library(dataset.parse_size(args.size), 1)
    tmp = Path(tempfile.mkdtemp(prefix="drive-pairs-", dir=dataset.out_dir()))
    rows: list[dict] = []
    try:
        base = tmp / "base"
        commit = export(args.base, base)
        # This tree is byte-compiled like the export: with PYTHONDONTWRITEBYTECODE set (as
        # here) its modules were otherwise compiled from source in every run, ~0.06-0.08 s
        # of CPU on the "new" side's start-up only.
        byte_compile(ROOT / "backupgui")
        trees = {"base": str(base), "new": str(ROOT)}
        lib = dataset.working_copy(Path(info.path), tmp / "library")  # (the backup writes into it)
        key = dataset.write_key_file(tmp / "key.txt")
        kinds = [("folder", "new"), ("drive", "base"), ("drive", "new")]
        for rnd in range(args.rounds):
            for kind, side in kinds[rnd % len(kinds):] + kinds[:rnd % len(kinds)]:
                work = Path(tempfile.mkdtemp(prefix="round-", dir=tmp))
                try:
                    env = dict(os.environ, PYTHONPATH=trees[side],
                               BACKUPGUI_CONFIG_DIR=str(work / "config"),
                               BACKUPGUI_DRIVE_SPOOL=str(work / "spool"))
                    cmd = ["backup", "--library", str(lib), "--key-file", str(key), "--json", "-q",
                           "--device", "bench"]
                    row: dict = {"round": rnd, "kind": kind, "side": side}
                    if kind == "folder" and args.startup:
                        out = subprocess.run([sys.executable, "-c", _STARTUP, *cmd, "--dest",
                                              str(work / "folder")], env=env, cwd=trees[side],
                                             check=True, capture_output=True, text=True)
                        row.update(json.loads(out.stdout.strip().splitlines()[-1]))
                    elif kind == "folder":
                        m = _measured([sys.executable, "-m", "backupgui.cli", *cmd, "--dest",
                                       str(work / "folder")], env, trees[side], row)
                    else:
                        emu = DriveEmulator(work / "drive")
                        try:
                            e0 = _cpu_of(emu.proc.pid)
                            drive = [*cmd, "--dest", "gdrive", "--drive-folder", "bench"]
                            if args.startup:
                                out = subprocess.run([sys.executable, "-c", _STARTUP, *drive],
                                                     env=_drive_env(env, emu), cwd=trees[side],
                                                     check=True, capture_output=True, text=True)
                                row.update(json.loads(out.stdout.strip().splitlines()[-1]))
                            else:
                                m = _measured([sys.executable, "-m", "backupgui.cli", *drive],
                                              _drive_env(env, emu), trees[side], row)
                            row["emulator_cpu_s"] = round(_cpu_of(emu.proc.pid) - e0, 2)
                        finally:
                            emu.stop()
                    if not args.startup:
                        row.update(wall_s=round(m.wall_s, 2), cpu_s=round(m.cpu_s, 2),
                                   peak_rss_mib=round(m.peak_rss_bytes / 2**20, 1))
                    row["load"] = round(os.getloadavg()[0], 1)
                    rows.append(row)
                    print(json.dumps(row), flush=True)
                finally:
                    shutil.rmtree(work, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    keys = ("wall_s", "cpu_s", "modules") if args.startup else \
        ("wall_s", "cpu_s", "peak_rss_mib", "emulator_cpu_s", "others_cpu_s")
    median = {}
    for kind, side in sorted({(r["kind"], r["side"]) for r in rows}):
        sel = [r for r in rows if (r["kind"], r["side"]) == (kind, side)]
        median[f"{kind}-{side}"] = {k: statistics.median(r[k] for r in sel) for k in keys if k in sel[0]}
    print(json.dumps({"base": commit, "median": median}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
