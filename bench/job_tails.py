"""The ends of a restore and of a verify, two versions in turn: what the last seconds wait for.

    python -m bench.job_tails --base REV [--new REV] [--ops restore,verify] [--rounds 5]
                              [--size 1GiB] [--wait-idle 0.75] [--json FILE]

Backs the cached bench library up once (with the base's code), then, ``--rounds`` times and
alternating which goes first, runs each job in a child process per side (each side's code
from ``git archive``, as ``bench.pairs`` does; ``--new`` defaults to the working tree) with
the engine's stages timed from outside (functions wrapped, nothing in the engine changed):

* restore: seconds from the job's start to the end of the message stage, of the media wait,
  of the move into the store, and of the commit (the library closed); ``tail`` is the move's
  end to the job's end (the commit, with its fsync of the library database);
* verify: ``idle_end``, the last pack job's end minus the other worker's last end (one
  worker busy, the other with nothing left to do); ``text_span``, the first message pack's
  start to the last one's end, and ``text_cores``, the process's CPU seconds per second in
  that span (2.0: both cores busy).

Both in process time (``wall``, ``cpu``): on a shared machine compare within a round.
``--wait-idle F`` starts each run after a second with the CPUs at least F idle (as
``bench.pairs``).
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
import time
from pathlib import Path

from . import dataset
from .measure import private_config, run_measured, wait_idle
from .pairs import export, snapshot_tree

_CHILD = r"""
import importlib, json, os, shutil, sys, threading, time
from pathlib import Path
from backupgui.crypto.keys import key_from_text
from backupgui.crypto.material import RawKey
from backupgui.destinations.factory import open_destination
op, dest, key_file, target = sys.argv[1], sys.argv[2], sys.argv[3], Path(sys.argv[4])
key = RawKey(key_from_text(Path(key_file).read_text()))
marks = {}
def wrap(obj, name, mark):
    orig = getattr(obj, name)
    def f(*a, **k):
        r = orig(*a, **k)
        marks[mark] = time.perf_counter()
        return r
    setattr(obj, name, f)
if op == "restore":
    from backupgui.engine.types import RestoreRequest
    from backupgui.library.store import Library
    J = importlib.import_module("backupgui.engine.restore")
    wrap(J, "_restore_messages", "messages_done")
    wrap(J._MediaStager, "wait", "media_done")
    wrap(J, "_move_into_store", "moved")
    close = Library.close
    def closing(self):
        marks.setdefault("closed", time.perf_counter())
        return close(self)
    Library.close = closing
    shutil.rmtree(target, ignore_errors=True)
    run = lambda: J.restore(RestoreRequest(open_destination(dest), target, key))
else:
    from backupgui.engine.types import VerifyRequest
    J = importlib.import_module("backupgui.engine.verify")
    ends, text = {}, []
    check = J._PackChecker._check_pack
    def timed(self, pack_id, entries, *a):
        t, c = time.perf_counter(), time.process_time()
        r = check(self, pack_id, entries, *a)
        ends[threading.current_thread().name] = time.perf_counter()
        if any(e.blob_id in self.refs for e in entries):
            text.append((t, c, ends[threading.current_thread().name], time.process_time()))
        return r
    J._PackChecker._check_pack = timed
    run = lambda: J.verify(VerifyRequest(open_destination(dest), key))
os.sync()
c0, t0 = os.times(), time.perf_counter()
run()
t1, c1 = time.perf_counter(), os.times()
out = {k: round(v - t0, 3) for k, v in sorted(marks.items(), key=lambda kv: kv[1])}
out.update(wall=round(t1 - t0, 3), cpu=round(c1.user - c0.user + c1.system - c0.system, 2))
if op == "restore":
    out["tail"] = round(t1 - marks["moved"], 3)
    shutil.rmtree(target, ignore_errors=True)
else:
    e = sorted(ends.values())
    out["idle_end"] = round(e[-1] - e[0], 3) if len(e) > 1 else 0.0
    if text:  # first message pack's start to the last one's end, and the cores used meanwhile
        first, last = min(text), max(text, key=lambda x: x[2])
        out["text_span"] = round(last[2] - first[0], 3)
        out["text_cores"] = round((last[3] - first[1]) / max(1e-9, last[2] - first[0]), 2)
print(json.dumps(out))
"""


def _log(msg: str) -> None:
    print(f"[tails {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.job_tails")
    ap.add_argument("--base", required=True)
    ap.add_argument("--new")
    ap.add_argument("--ops", default="restore,verify")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--size", default="1GiB")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--wait-idle", type=float, metavar="F")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    info = dataset.build_library(dataset.parse_size(args.size), args.seed, log=_log)
    tmp = Path(tempfile.mkdtemp(prefix="tails-", dir=dataset.out_dir()))
    try:
        private_config(tmp)
        key_file = dataset.write_key_file(tmp / "key.txt")
        lib = dataset.working_copy(Path(info.path), tmp / "library")
        codes = {"base": tmp / "base-code", "new": tmp / "new-code"}
        export(args.base, codes["base"])
        if args.new:
            export(args.new, codes["new"])
        else:
            snapshot_tree(codes["new"])
        dest = tmp / "dest"
        env = {s: dict(os.environ, PYTHONPATH=str(c)) for s, c in codes.items()}
        _log("backing up once (base's code)")
        run_measured([sys.executable, "-m", "backupgui.cli", "backup", "--library", str(lib),
                      "--dest", str(dest), "--key-file", str(key_file), "-q"],
                     env=env["base"], cwd=codes["base"], timeout=3600).check()
        shutil.rmtree(lib, ignore_errors=True)
        runs: dict[str, dict[str, list[dict]]] = {op: {"base": [], "new": []} for op in args.ops.split(",")}
        for i in range(args.rounds):
            for op in runs:
                for side in (("base", "new") if i % 2 == 0 else ("new", "base")):
                    idle = wait_idle(args.wait_idle) if args.wait_idle else None
                    out = subprocess.run([sys.executable, "-c", _CHILD, op, str(dest), str(key_file),
                                          str(tmp / "restored")], env=env[side], cwd=codes[side],
                                         capture_output=True, text=True, timeout=3600)
                    if out.returncode != 0:
                        raise SystemExit(out.stderr)
                    runs[op][side].append(json.loads(out.stdout.strip().splitlines()[-1]))
                    if idle is not None:
                        runs[op][side][-1]["idle_before"] = idle
            _log(f"round {i + 1}/{args.rounds} (load {os.getloadavg()[0]:.1f})")
        summary = {}
        for op, sides in runs.items():
            keys = [k for k in sides["base"][0] if k in sides["new"][0]]
            summary[op] = {k: {s: statistics.median(r[k] for r in sides[s]) for s in sides} for k in keys}
        report = {"base": args.base, "new": args.new or "working tree", "rounds": args.rounds,
                  "summary": summary, "runs": runs, "load_avg_end": list(os.getloadavg())}
        if args.json:
            args.json.parent.mkdir(parents=True, exist_ok=True)
            args.json.write_text(json.dumps(report, indent=1))
        for op, row in summary.items():
            print(op)
            for k, v in row.items():
                print(f"  {k:14} base {v['base']:>8}  new {v['new']:>8}")
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
