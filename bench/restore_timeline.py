"""Where a full restore's wall time goes at a given size: one restore in this process, sampled.

    python -m bench.restore_timeline [--size 10GiB] [--dest DIR --key-file FILE] [--keep]
                                     [--message-bytes N] [--places N] [--json FILE]

Backs the cached bench library up once (``backupgui-cli backup``; or takes ``--dest`` and
``--key-file`` of a backup made before), says how much of the backup is in the page cache
(``fincore``: a restore that reads its packs from the disk is measured cold), then runs
``engine.restore.restore`` into an empty library in this process while a sampler thread
reads, every 0.25 s: each thread's user and system CPU (``/proc/self/task``), the bytes this
process read from and wrote to the disk (``/proc/self/io``), the machine's free, cached,
dirty and writeback memory (``/proc/meminfo``) and its direct-reclaim counters
(``/proc/vmstat``), and the job's progress phase. Reports per-thread CPU, when each stage
ended, how long the message stage waited for a checked blob, and the disk reads.

``--message-bytes`` sets the message stage's byte bound (``restore._MESSAGE_BYTES``) for
this run, to see what the bound costs, ``--places`` its places (2 x the checkers + 2 unless told);
nothing else in the engine is changed.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import shutil
import sys
import threading
import time
from pathlib import Path

from . import dataset
from .measure import cached_bytes, private_config, run_measured

CLI = [sys.executable, "-m", "backupgui.cli"]
TICK = os.sysconf("SC_CLK_TCK")


def _log(msg: str) -> None:
    print(f"[timeline {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def thread_cpu() -> dict[str, tuple[float, float]]:
    """Python thread name (pool threads by prefix) -> (user, system) CPU seconds of this
    process's live threads, summed by name."""
    out: dict[str, tuple[float, float]] = {}
    for t in threading.enumerate():
        try:
            with open(f"/proc/self/task/{t.native_id}/stat") as fh:
                stat = fh.read()
        except OSError:
            continue
        f = stat[stat.rindex(")") + 2:].split()
        u, s = int(f[11]) / TICK, int(f[12]) / TICK
        name = t.name.rsplit("_", 1)[0] if "_" in t.name else t.name
        pu, ps = out.get(f"{name}#{t.native_id}", (0.0, 0.0))
        out[f"{name}#{t.native_id}"] = (pu + u, ps + s)
    return out


def proc_io() -> dict[str, int]:
    with open("/proc/self/io") as fh:
        return {k: int(v) for k, v in (line.split(": ") for line in fh)}


def meminfo() -> dict[str, int]:
    keys = {"MemFree", "Cached", "Dirty", "Writeback", "Active(file)", "Inactive(file)"}
    out = {}
    with open("/proc/meminfo") as fh:
        for line in fh:
            k, v = line.split(":")
            if k in keys:
                out[k] = int(v.split()[0]) << 10
    return out


def vmstat() -> dict[str, int]:
    keys = ("pgscan_direct", "pgsteal_direct", "allocstall_normal", "allocstall_movable",
            "pgscan_kswapd", "pgsteal_kswapd", "pgmajfault")
    out = {}
    with open("/proc/vmstat") as fh:
        for line in fh:
            k, v = line.split()
            if k in keys:
                out[k] = int(v)
    return out


class Sampler(threading.Thread):
    def __init__(self, period: float = 0.25) -> None:
        super().__init__(name="timeline-sampler", daemon=True)
        self.period = period
        self.samples: list[dict] = []
        self.phase = ""
        self.stop = threading.Event()
        self.peak_cpu: dict[str, tuple[float, float]] = {}
        self.t0 = time.perf_counter()
        self.start_cpu = thread_cpu()  # (the main thread's CPU before the restore)

    def take(self) -> dict:
        cpu = thread_cpu()
        for k, (u, s) in cpu.items():  # a thread's last reading (threads end before the job),
            u0, s0 = self.start_cpu.get(k, (0.0, 0.0))  # less what it had used before it
            self.peak_cpu[k] = (u - u0, s - s0)
        io = proc_io()
        return {"t": round(time.perf_counter() - self.t0, 3), "phase": self.phase,
                "read_bytes": io["read_bytes"], "write_bytes": io["write_bytes"],
                "rchar": io["rchar"], **meminfo(), **vmstat()}

    def run(self) -> None:
        while not self.stop.wait(self.period):
            self.samples.append(self.take())


def _by_name(cpu: dict[str, tuple[float, float]]) -> dict[str, list[float]]:
    """Per thread name (threads of one name summed): [user, system] CPU seconds."""
    out: dict[str, list[float]] = {}
    for k, (u, s) in cpu.items():
        row = out.setdefault(k.split("#")[0], [0.0, 0.0])
        row[0], row[1] = round(row[0] + u, 2), round(row[1] + s, 2)
    return dict(sorted(out.items()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.restore_timeline")
    ap.add_argument("--size", default="10GiB")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--dest", type=Path, help="a backup made before (with --key-file)")
    ap.add_argument("--key-file", type=Path)
    ap.add_argument("--keep", action="store_true", help="keep the backup made here")
    ap.add_argument("--message-bytes", type=int)
    ap.add_argument("--places", type=int)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)

    work = dataset.out_dir() / "timeline-work"
    work.mkdir(parents=True, exist_ok=True)
    private_config(work)
    if args.dest is None:
        info = dataset.build_library(dataset.parse_size(args.size), args.seed, log=_log)
        key_file = dataset.write_key_file(work / "key.txt")
        dest = work / "dest"
        shutil.rmtree(dest, ignore_errors=True)
        lib = dataset.working_copy(Path(info.path), work / "library")
        _log("backing up once")
        m = run_measured([*CLI, "backup", "--library", str(lib), "--dest", str(dest),
                          "--key-file", str(key_file), "-q"], timeout=3600).check()
        shutil.rmtree(lib, ignore_errors=True)
        _log(f"backup {m.wall_s:.1f} s (CPU {m.cpu_s:.1f})")
    else:
        dest, key_file = args.dest, args.key_file
    target = work / "restored"
    shutil.rmtree(target, ignore_errors=True)

    from backupgui.crypto.keys import key_from_text
    from backupgui.crypto.material import RawKey
    from backupgui.destinations.factory import open_destination
    from backupgui.engine.types import RestoreRequest

    R = importlib.import_module("backupgui.engine.restore")

    if args.message_bytes:
        R._MESSAGE_BYTES = args.message_bytes
    if args.places:  # (the stage's places are 2 * workers + 2 unless told)
        budget_of = R._ByteBudget
        R._ByteBudget = lambda limit, _places: budget_of(limit, args.places)
    os.sync()
    cached, total = cached_bytes(dest) or (0, 1)
    _log(f"backup {total / 1e9:.2f} GB, {cached / total:.0%} in the page cache")
    key = RawKey(key_from_text(key_file.read_text()))
    req = RestoreRequest(open_destination(str(dest)), target, key)
    sampler = Sampler()
    stage_end: dict[str, float] = {}
    waits = {"n": 0, "s": 0.0}
    orig = R._decoded_text_blobs

    def timed_blobs(*a, **k):  # how long the SQLite thread waited for each checked blob
        it = orig(*a, **k)
        while True:
            t = time.perf_counter()
            try:
                item = next(it)
            except StopIteration:
                return
            waits["n"] += 1
            waits["s"] += time.perf_counter() - t
            yield item

    R._decoded_text_blobs = timed_blobs

    def progress(p) -> None:
        if p.phase != sampler.phase:
            if sampler.phase:
                stage_end[sampler.phase] = round(time.perf_counter() - sampler.t0, 2)
            sampler.phase = p.phase

    first = sampler.take()
    c0 = os.times()
    sampler.start()
    t0 = time.perf_counter()
    res = R.restore(req, progress)
    wall = time.perf_counter() - t0
    c1 = os.times()
    sampler.stop.set()
    sampler.join()
    last = sampler.take()
    stage_end[sampler.phase] = round(time.perf_counter() - sampler.t0, 2)
    shutil.rmtree(target, ignore_errors=True)
    if args.dest is None and not args.keep:
        shutil.rmtree(dest, ignore_errors=True)

    report = {
        "size": args.size if args.dest is None else str(args.dest), "backup_bytes": total, "backup_cached_bytes": cached,
        "message_bytes": R._MESSAGE_BYTES,
        "places": args.places or 2 * R._CHECK_WORKERS + 2,
        "wall_s": round(wall, 2), "user_s": round(c1.user - c0.user, 2),
        "sys_s": round(c1.system - c0.system, 2),
        "disk_read_mb": round((last["read_bytes"] - first["read_bytes"]) / 1e6),
        "disk_write_mb": round((last["write_bytes"] - first["write_bytes"]) / 1e6),
        "vmstat_delta": {k: last[k] - first[k] for k in vmstat()},
        "stage_end_s": stage_end,
        "message_waits": {"blobs": waits["n"], "wait_s": round(waits["s"], 2)},
        "thread_cpu": _by_name(sampler.peak_cpu),
        "restored_messages": res.messages_added, "load_avg": list(os.getloadavg()),
        "samples": sampler.samples,
    }
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=1))
    print(json.dumps({k: v for k, v in report.items() if k != "samples"}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
