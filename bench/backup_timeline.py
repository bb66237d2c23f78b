"""Where a full backup's wall time goes, thread by thread: one engine version against another.

    python -m bench.backup_timeline [--base REV] [--new REV] [--size 1GiB] [--rounds 5]
                                    [--json FILE]

Each round backs the cached bench library up once per side (``backup()`` called in a child
process, a fresh folder each time; the sides alternate which goes first), with the engine's
stages timed from outside by wrapping its functions (nothing in the engine is changed): the
imports, the CPU seconds of the message and media workers and when the last of each ended,
``Committer.wait`` (the last packs' flush), the index and manifest (``_commit_snapshot``),
``_remember``, and the tail from the last message worker's end to ``backup()``'s return.
The child also samples the process's CPU every 50 ms, so a single side's run shows how many
cores were busy when (``--rounds 1`` without ``--base`` prints that curve).

``REV`` is exported with ``git archive`` (as ``bench.pairs`` does); without ``--base`` only
the working tree runs. Prints medians per side and of the per-round ratios new / base.
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

KEYS = ("wall", "cpu", "imports", "msg_cpu", "media_cpu", "msg_after_media", "wait", "commit",
        "remember", "tail", "packs")


def _child(lib: str, out: str, key_file: str) -> None:
    """One instrumented backup; prints one JSON line. (Only the standard library is imported
    before it starts, so ``imports`` is the engine's own import time.)"""
    import threading

    t_start = time.monotonic()
    samples: list[tuple[float, float]] = []
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            t = os.times()
            samples.append((time.monotonic() - t_start, t.user + t.system))
            time.sleep(0.05)

    threading.Thread(target=sample, daemon=True).start()
    import backupgui.engine.backup  # noqa: F401  (the module; the package exports a function)
    from backupgui.crypto.keys import key_from_text
    from backupgui.crypto.material import RawKey
    from backupgui.destinations.factory import open_destination
    from backupgui.engine import pipeline
    from backupgui.engine.types import BackupRequest
    from backupgui.process.memory import tune_allocator

    tune_allocator()  # as the CLI and the app do at start
    B = sys.modules["backupgui.engine.backup"]
    imports = time.monotonic() - t_start
    lock = threading.Lock()
    cpu = {"msg": 0.0, "media": 0.0}
    ends: dict[str, float] = {}
    times: dict[str, float] = {}

    def worker(cls, kind: str) -> None:
        f = cls._worker

        def wrapped(self, i):
            try:
                return f(self, i)
            finally:
                with lock:
                    cpu[kind] += time.thread_time()
                    ends[kind] = max(ends.get(kind, 0.0), time.monotonic())
        cls._worker = wrapped

    def timed(owner, name: str, key: str) -> None:
        f = getattr(owner, name)

        def wrapped(*a, **k):
            t = time.monotonic()
            try:
                return f(*a, **k)
            finally:
                times[key] = times.get(key, 0.0) + time.monotonic() - t
        setattr(owner, name, wrapped)

    worker(B._MessagePacker, "msg")
    worker(B._MediaWorkers, "media")
    timed(pipeline.Committer, "wait", "wait")
    timed(B, "_commit_snapshot", "commit")
    timed(B, "_remember", "remember")
    with open(key_file) as fh:
        key = RawKey(key_from_text(fh.read()))
    req = BackupRequest(Path(lib), open_destination(out, create=True), key)
    c0, t0 = sum(os.times()[:2]), time.monotonic()
    r = B.backup(req)
    t1, c1 = time.monotonic(), sum(os.times()[:2])
    stop.set()
    busy = []  # cores busy per 0.25 s, from the start of the process
    last = (0.0, 0.0)
    for t, c in samples:
        if t - last[0] >= 0.25:
            busy.append([round(last[0], 2), round((c - last[1]) / (t - last[0]), 2)])
            last = (t, c)
    print(json.dumps({
        "wall": round(t1 - t0, 3), "cpu": round(c1 - c0, 3), "imports": round(imports, 3),
        "msg_cpu": round(cpu["msg"], 3), "media_cpu": round(cpu["media"], 3),
        "msg_after_media": round(ends["msg"] - ends.get("media", ends["msg"]), 3),
        **{k: round(v, 3) for k, v in times.items()},
        "tail": round(t1 - ends["msg"], 3), "packs": r.packs_written, "busy": busy}))


def _run_side(code: Path, lib: Path, out: Path, key_file: Path) -> dict:
    shutil.rmtree(out, ignore_errors=True)
    env = dict(os.environ, PYTHONPATH=str(code))
    os.sync()
    p = subprocess.run([sys.executable, "-m", "bench.backup_timeline", "--child", str(lib), str(out),
                        str(key_file)], env=env, cwd=code, capture_output=True, text=True,
                       timeout=3600, check=True)
    shutil.rmtree(out, ignore_errors=True)
    return json.loads(p.stdout.strip().splitlines()[-1])


def run(base: str | None, new: str | None, size: int, rounds: int, seed: int = 1) -> dict:
    from . import dataset
    from .measure import private_config
    from .pairs import export, snapshot_tree

    info = dataset.build_library(size, seed, log=lambda m: print(m, file=sys.stderr))
    tmp = Path(tempfile.mkdtemp(prefix="timeline-", dir=dataset.out_dir()))
    try:
        private_config(tmp)
        key_file = dataset.write_key_file(tmp / "key.txt")
        lib = dataset.working_copy(Path(info.path), tmp / "library")
        sides: dict[str, Path] = {}
        commits: dict[str, str] = {}
        if base is not None:
            commits["base"] = export(base, tmp / "base-code")
            sides["base"] = tmp / "base-code"
        if new is None:
            snapshot_tree(tmp / "new-code")
            commits["new"] = "working tree"
        else:
            commits["new"] = export(new, tmp / "new-code")
        sides["new"] = tmp / "new-code"
        for code in sides.values():  # the same instrumentation for both (main may not have it)
            shutil.copyfile(__file__, code / "bench" / "backup_timeline.py")
        runs: dict[str, list[dict]] = {s: [] for s in sides}
        load0 = os.getloadavg()
        for i in range(rounds):
            order = list(sides) if i % 2 == 0 else list(sides)[::-1]
            for s in order:
                runs[s].append(_run_side(sides[s], lib, tmp / "out", key_file))
            print(f"round {i + 1}/{rounds} (load {os.getloadavg()[0]:.1f})", file=sys.stderr)
        summary = {s: {k: statistics.median(r[k] for r in rs) for k in KEYS if all(k in r for r in rs)}
                   for s, rs in runs.items()}
        if "base" in runs:
            summary["ratio"] = {k: statistics.median(n[k] / b[k] for b, n in zip(runs["base"], runs["new"], strict=True)
                                                     if b.get(k) and k in n)
                                for k in KEYS if all(r.get(k) for r in runs["base"])}
        return {"commits": commits, "size": size, "rounds": rounds, "load_avg_start": list(load0),
                "load_avg_end": list(os.getloadavg()), "summary": summary, "runs": runs}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.backup_timeline")
    ap.add_argument("--child", nargs=3, metavar=("LIB", "OUT", "KEY_FILE"), help=argparse.SUPPRESS)
    ap.add_argument("--base", help="a commit to compare with (e.g. main)")
    ap.add_argument("--new", help="the commit measured (default: the working tree)")
    ap.add_argument("--size", default="1GiB")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    if args.child:
        _child(*args.child)
        return 0
    from .dataset import parse_size

    r = run(args.base, args.new, parse_size(args.size), args.rounds, args.seed)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(r, indent=1))
    c = r["commits"]
    print(f"{r['rounds']} rounds; load {r['load_avg_start'][0]:.1f} -> {r['load_avg_end'][0]:.1f}; "
          + ", ".join(f"{s} = {v[:10]}" for s, v in c.items()))
    for s, row in r["summary"].items():
        print(f"  {s:5} " + "  ".join(f"{k} {v:.3f}" for k, v in row.items()))
    if r["rounds"] == 1 and "base" not in c:
        print("  cores busy per 0.25 s: " + " ".join(f"{t}:{b}" for t, b in r["runs"]["new"][0]["busy"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
