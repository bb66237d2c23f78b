"""One engine change against its parent: the same CLI operation, the two versions in turn.

    python -m bench.pairs --base REV [--size 1GiB] [--ops backup,restore,verify,one_chat]
                          [--pairs 5] [--wait-idle 0.75] [--json FILE]

``REV`` (a commit, e.g. ``HEAD~1``) is exported with ``git archive`` into a temporary
folder and run with that folder first on ``PYTHONPATH``; the other side is ``--new REV``, or
a copy of the working tree taken at the start. Each side first backs the cached bench library up once with its own code (so a change
of what the backup writes is measured by its own reader), then, ``--pairs`` times, runs each
operation once per side, alternating which side goes first. Every run is a child process
measured from outside (``bench.measure.run_measured``: wall time, user and system CPU, peak
RSS, bytes read from and written to the disk, after an untimed ``os.sync()``). Prints per-pair ratios (new / base) and their median:
on a shared machine CPU seconds and the per-pair ratios are the figures to decide by.
``--wait-idle F``: each run starts only after a second in which the machine's CPUs were at
least F idle (at most 10 minutes' wait; each run records the idle fraction it saw), so that
wall times of multi-threaded jobs mean something between other people's work.
``one_chat`` runs ``bench.one_chat`` (the restore call's own time and the bytes read).
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
from .measure import byte_compile, private_config, run_measured, wait_idle

ROOT = Path(__file__).resolve().parent.parent


def _log(msg: str) -> None:
    print(f"[pairs {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def export(rev: str, into: Path) -> str:
    """``git archive`` of ``rev`` unpacked into ``into``; returns the full commit id."""
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", rev], check=True,
                            capture_output=True, text=True).stdout.strip()
    into.mkdir(parents=True)
    arch = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "backupgui", "bench"],
                          check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=arch, check=True)
    byte_compile(into / "backupgui")
    return commit


class Side:
    def __init__(self, name: str, code: Path, work: Path, lib: Path, key_file: Path) -> None:
        self.name, self.code, self.work, self.lib, self.key_file = name, code, work, lib, key_file
        self.env = dict(os.environ, PYTHONPATH=str(code))
        self.dest = work / f"dest-{name}"

    def cli(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "backupgui.cli", *args]

    def run(self, op: str, chat: str | None = None, wait: float | None = None) -> dict:
        idle = wait_idle(wait) if wait else None
        key = ["--key-file", str(self.key_file), "-q"]
        out = self.work / f"out-{self.name}"
        shutil.rmtree(out, ignore_errors=True)
        if op == "backup":
            cmd = self.cli("backup", "--library", str(self.lib), "--dest", str(out), *key)
        elif op == "restore":
            cmd = self.cli("restore", "--dest", str(self.dest), "--library", str(out), *key)
        elif op == "verify":
            cmd = self.cli("verify", "--dest", str(self.dest), *key)
        elif op == "one_chat":
            cmd = [sys.executable, "-m", "bench.one_chat", "--dest", str(self.dest), "--library",
                   str(out), "--key-file", str(self.key_file), "--chat", str(chat)]
        else:
            raise ValueError(op)
        m = run_measured(cmd, env=self.env, cwd=self.code, timeout=3600).check()
        shutil.rmtree(out, ignore_errors=True)
        fig = {"wall_s": round(m.wall_s, 3), "cpu_s": round(m.cpu_s, 3), "user_s": round(m.user_s, 3),
               "sys_s": round(m.sys_s, 3), "peak_rss_mib": round(m.peak_rss_bytes / (1 << 20), 1),
               "disk_read_mb": round(m.disk_read_bytes / 1e6, 1),
               "disk_write_mb": round(m.disk_write_bytes / 1e6, 1)}
        if idle is not None:
            fig["idle_before"] = idle
        if op == "one_chat":
            r = json.loads(m.stdout.strip().splitlines()[-1])
            fig.update(restore_s=r["restore_s"], bytes_read=r["bytes_read"],
                       chat_stored_bytes=r["chat_stored_bytes"])
        return fig


def snapshot_tree(into: Path) -> None:
    """A copy of the working tree's ``backupgui`` and ``bench`` (so edits made while the
    pairs run do not change what is measured)."""
    into.mkdir(parents=True)
    for d in ("backupgui", "bench"):
        shutil.copytree(ROOT / d, into / d, ignore=shutil.ignore_patterns("out", "__pycache__"))
    byte_compile(into / "backupgui")


def run(base_rev: str, size: int, ops: list[str], pairs: int, seed: int = 1,
        new_rev: str | None = None, wait_idle_for: float | None = None) -> dict:
    info = dataset.build_library(size, seed, log=_log)
    tmp = Path(tempfile.mkdtemp(prefix="pairs-", dir=dataset.out_dir()))
    try:
        private_config(tmp)
        key_file = dataset.write_key_file(tmp / "key.txt")
        lib = dataset.working_copy(Path(info.path), tmp / "library")
        commit = export(base_rev, tmp / "base-code")
        if new_rev is None:
            snapshot_tree(tmp / "new-code")
            new_commit = "working tree"
        else:
            new_commit = export(new_rev, tmp / "new-code")
        sides = [Side("base", tmp / "base-code", tmp, lib, key_file),
                 Side("new", tmp / "new-code", tmp, lib, key_file)]
        chat = None
        if "one_chat" in ops:  # the harness's choice: the median chat with media
            from backupgui.library.store import Library

            with Library(lib, create=False) as L:
                chats = sorted((c for c in L.list_chats() if c.media_count),
                               key=lambda c: (c.message_count, c.id))
            chat = chats[len(chats) // 2].id
        for s in sides:
            _log(f"{s.name}: backing up once")
            run_measured(s.cli("backup", "--library", str(lib), "--dest", str(s.dest),
                               "--key-file", str(key_file), "-q"), env=s.env, cwd=s.code,
                         timeout=3600).check()
        load0 = os.getloadavg()
        results: dict[str, dict[str, list[dict]]] = {op: {"base": [], "new": []} for op in ops}
        for i in range(pairs):
            order = sides if i % 2 == 0 else sides[::-1]
            for op in ops:
                for s in order:
                    results[op][s.name].append(s.run(op, chat, wait_idle_for))
            _log(f"pair {i + 1}/{pairs} done (load {os.getloadavg()[0]:.1f})")
        summary = {}
        for op, r in results.items():
            row = {}
            for k in ("wall_s", "cpu_s", "user_s", "sys_s", "peak_rss_mib", "disk_read_mb",
                      "disk_write_mb", "restore_s", "bytes_read"):
                if k not in r["base"][0]:
                    continue
                b = [x[k] for x in r["base"]]
                n = [x[k] for x in r["new"]]
                ratios = [round(y / x, 3) if x else None for x, y in zip(b, n, strict=True)]
                row[k] = {"base_median": statistics.median(b), "new_median": statistics.median(n),
                          "ratios": ratios,
                          "ratio_median": statistics.median([x for x in ratios if x is not None] or [0])}
            summary[op] = row
        return {"base": base_rev, "base_commit": commit, "new": new_rev, "new_commit": new_commit, "size": size, "pairs": pairs,
                "chat": chat, "load_avg_start": list(load0), "load_avg_end": list(os.getloadavg()),
                "summary": summary, "runs": results}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def print_report(r: dict, file=sys.stdout) -> None:
    w = file.write
    w(f"\n{r['pairs']} pairs, new ({r['new_commit'][:10]}) / base ({r['base']} = {r['base_commit'][:10]}); "
      f"load {r['load_avg_start'][0]:.1f} -> {r['load_avg_end'][0]:.1f}\n")
    for op, row in r["summary"].items():
        w(f"  {op}\n")
        for k, v in row.items():
            w(f"    {k:13} base {v['base_median']:>12} new {v['new_median']:>12}  "
              f"new/base median {v['ratio_median']:.3f}  pairs {v['ratios']}\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.pairs")
    ap.add_argument("--base", required=True, help="the commit to compare with (e.g. HEAD~1)")
    ap.add_argument("--new", help="the commit measured against it (default: the working tree)")
    ap.add_argument("--size", default="1GiB")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--ops", default="backup,restore,verify")
    ap.add_argument("--pairs", type=int, default=5)
    ap.add_argument("--wait-idle", type=float, metavar="F",
                    help="start each run after a second with the CPUs at least F idle")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    r = run(args.base, dataset.parse_size(args.size), args.ops.split(","), args.pairs, args.seed,
            args.new, args.wait_idle)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(r, indent=1))
    print_report(r)
    return 0


if __name__ == "__main__":
    sys.exit(main())
