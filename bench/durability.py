"""What making a restore durable costs, against rclone crypt's copy, which makes nothing
durable (``rclone copy`` returns with its files in the page cache).

    python -m bench.durability [--size 1GiB] [--pairs 3] [--json FILE]

In turns, ``--pairs`` times each (the order rotating from round to round), every run a child
measured from outside like ``python -m bench`` (``bench.measure.run_measured``, after an
untimed ``os.sync()``):

* ``rclone``: ``rclone copy`` from the crypt remote into an empty folder (what
  ``python -m bench`` compares the restore with);
* ``rclone_sync``: the same, then ``sync`` of every copied file (coreutils: an fsync each),
  i.e. rclone's copy made as durable as the restore;
* ``restore``: ``backupgui-cli restore`` into an empty library;
* ``restore_nosync``: the same restore with its fsyncs turned off (``bench/_nosync.py``
  replaces ``os.fsync``, the writeback start and SQLite's ``synchronous`` with no-ops: a
  measurement only, never a way to run backupgui);
* ``copy_floor``: ``cp -r`` + the same ``sync`` of the library (the copy floor of the bench).

Prints the medians and the ratios the issue's target is about (restore / rclone time).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import time
from pathlib import Path

from . import dataset
from .measure import private_config, run_measured
from .references import RcloneCrypt, copy_floor

OPS = ("rclone", "rclone_sync", "restore", "restore_nosync", "copy_floor")


def _log(msg: str) -> None:
    print(f"[durability {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def run(size: int, seed: int, pairs: int) -> dict:
    info = dataset.build_library(size, seed, log=_log)
    work = dataset.out_dir() / "durability-work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    private_config(work)
    key = dataset.write_key_file(work / "key.txt")
    lib = dataset.working_copy(Path(info.path), work / "library")
    cli = [sys.executable, "-m", "backupgui.cli"]
    nosync = [sys.executable, "-m", "bench._nosync"]
    dest = work / "dest"
    _log("backing up once (ours, rclone crypt)")
    run_measured([*cli, "backup", "--library", str(lib), "--dest", str(dest), "--key-file", str(key),
                  "-q"], timeout=3600).check()
    rc = RcloneCrypt(work)
    rc.upload(lib).check()
    out = work / "out"
    results: dict[str, list[dict]] = {op: [] for op in OPS}

    def one(op: str) -> dict:
        shutil.rmtree(out, ignore_errors=True)
        restore = ["restore", "--dest", str(dest), "--library", str(out), "--key-file", str(key), "-q"]
        t_sync = 0.0
        if op == "rclone":
            m = rc.download(out).check()
        elif op == "rclone_sync":
            m = rc.download(out).check()
            t0 = time.perf_counter()
            s = run_measured(["find", str(out), "-type", "f", "-exec", "sync", "--", "{}", "+"],
                             timeout=3600).check()
            t_sync = time.perf_counter() - t0
            m.wall_s += s.wall_s
            m.user_s += s.user_s
            m.sys_s += s.sys_s
        elif op == "restore":
            m = run_measured([*cli, *restore], timeout=3600).check()
        elif op == "restore_nosync":
            m = run_measured([*nosync, *restore], timeout=3600).check()
        else:
            m = copy_floor(lib, out)
        shutil.rmtree(out, ignore_errors=True)
        return {"wall_s": round(m.wall_s, 3), "cpu_s": round(m.cpu_s, 3),
                "user_s": round(m.user_s, 3), "sys_s": round(m.sys_s, 3),
                **({"sync_part_s": round(t_sync, 3)} if t_sync else {})}

    for i in range(pairs):
        order = OPS[i % len(OPS):] + OPS[:i % len(OPS)]
        for op in order:
            results[op].append(one(op))
        _log(f"round {i + 1}/{pairs} done")
    shutil.rmtree(work, ignore_errors=True)
    med = {op: {k: round(statistics.median(r[k] for r in rs), 3) for k in ("wall_s", "cpu_s")}
           for op, rs in results.items()}
    ratios = {
        "restore_time_vs_rclone": round(med["restore"]["wall_s"] / med["rclone"]["wall_s"], 3),
        "restore_time_vs_rclone_sync": round(med["restore"]["wall_s"] / med["rclone_sync"]["wall_s"], 3),
        "restore_nosync_time_vs_rclone": round(med["restore_nosync"]["wall_s"] / med["rclone"]["wall_s"], 3),
        "rclone_sync_time_vs_rclone": round(med["rclone_sync"]["wall_s"] / med["rclone"]["wall_s"], 3),
        "restore_time_vs_copy_floor": round(med["restore"]["wall_s"] / med["copy_floor"]["wall_s"], 3),
    }
    return {"size": size, "pairs": pairs, "runs": results, "median": med, "ratios": ratios}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.durability")
    ap.add_argument("--size", default="1GiB")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--pairs", type=int, default=3)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    if not shutil.which("rclone"):
        print("rclone is not installed", file=sys.stderr)
        return 1
    r = run(dataset.parse_size(args.size), args.seed, args.pairs)
    for op, m in r["median"].items():
        print(f"{op:16s} wall {m['wall_s']:7.3f} s  CPU {m['cpu_s']:7.3f} s")
    for k, v in r["ratios"].items():
        print(f"{k:32s} {v}")
    if args.json:
        args.json.write_text(json.dumps(r, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
