"""Where the time goes: py-spy profiles of a backup, an unchanged re-backup and a restore,
summarized per thread.

    python -m bench.profile [--size 1GiB] [--rate 100] [--steps backup,rebackup,restore]

Uses the cached bench library (built if missing), runs ``py-spy record -f raw --threads``
around ``backupgui-cli backup`` (to a fresh folder), the same backup again (unchanged) and
``restore`` (into an empty library),
keeps the raw files under bench/out/ and prints, for each thread, the share of its active
samples per leaf frame and per deepest ``backupgui/`` frame (the line of ours responsible,
including time spent in the C code it called). py-spy does not sample idle threads (blocked
in a queue, lock or sleep), so a thread's sample count is its busy time.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

from . import dataset

_THREAD = re.compile(r"^thread \((\w+)\)(?::\s*([^;]*))?")


def summarize(raw: Path, top: int = 8) -> dict:
    """{thread name: {"samples", "pct_of_all", "leaf": [...], "ours": [...]}} from a raw file."""
    leaf: dict[str, Counter] = defaultdict(Counter)
    ours: dict[str, Counter] = defaultdict(Counter)
    total: Counter = Counter()
    names: dict[str, str] = {}
    for line in raw.read_text(errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        n = int(count)
        frames = stack.split(";")
        m = _THREAD.match(frames[0])
        if not m:
            continue
        tid = m.group(1)
        if m.group(2):
            names[tid] = m.group(2).strip()
            frames = frames[1:]
        else:
            frames = frames[1:]
        total[tid] += n
        if frames:
            leaf[tid][frames[-1]] += n
        mine = [f for f in frames if "(backupgui/" in f]
        ours[tid][mine[-1] if mine else "(outside backupgui: start-up, imports)"] += n
    everything = sum(total.values()) or 1
    out = {}
    for tid, n in total.most_common():
        name = names.get(tid, tid)
        key = name if name not in out else f"{name} ({tid})"
        out[key] = {
            "samples": n, "pct_of_all": round(100 * n / everything, 1),
            "leaf": [(f, c, round(100 * c / n, 1)) for f, c in leaf[tid].most_common(top)],
            "ours": [(f, c, round(100 * c / n, 1)) for f, c in ours[tid].most_common(top)],
        }
    return out


def print_summary(title: str, summary: dict, file=sys.stdout) -> None:
    file.write(f"\n== {title}\n")
    for name, t in summary.items():
        file.write(f"-- thread {name}: {t['samples']} samples ({t['pct_of_all']}% of all)\n")
        file.write("   deepest backupgui frame:\n")
        for f, c, p in t["ours"]:
            file.write(f"     {p:5.1f}%  {c:6d}  {f}\n")
        file.write("   leaf frame:\n")
        for f, c, p in t["leaf"][:5]:
            file.write(f"     {p:5.1f}%  {c:6d}  {f}\n")


def record(cmd: list[str], raw: Path, rate: int) -> None:
    subprocess.run(["py-spy", "record", "-f", "raw", "--threads", "-r", str(rate), "-o", str(raw),
                    "--", *cmd], check=True, capture_output=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.profile")
    ap.add_argument("--size", default="1GiB")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--rate", type=int, default=100, help="samples per second")
    ap.add_argument("--steps", default="backup,rebackup,restore",
                    help="comma-separated subset of backup,rebackup,restore (rebackup needs backup)")
    args = ap.parse_args(argv)
    if not shutil.which("py-spy"):
        print("py-spy is not installed", file=sys.stderr)
        return 1
    info = dataset.build_library(dataset.parse_size(args.size), args.seed)
    out = dataset.out_dir()
    work = out / "profile-work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    from backupgui.crypto.keys import format_key, generate_key

    key = work / "key.txt"
    key.write_text(format_key(generate_key()) + "\n")
    key.chmod(0o600)
    cli = [sys.executable, "-m", "backupgui.cli"]
    lib = dataset.working_copy(Path(info.path), work / "library")
    results = {}
    try:
        backup_cmd = [*cli, "backup", "--library", str(lib), "--dest", str(work / "dest"),
                      "--key-file", str(key), "-q"]
        steps = [
            ("backup", backup_cmd),
            ("rebackup", backup_cmd),  # the same library again, unchanged
            ("restore", [*cli, "restore", "--dest", str(work / "dest"), "--library",
                         str(work / "restored"), "--key-file", str(key), "-q"]),
        ]
        wanted = set(args.steps.split(","))
        for name, cmd in steps:
            if name not in wanted:
                continue
            raw = out / f"profile-{name}.raw.txt"
            record(cmd, raw, args.rate)
            results[name] = summarize(raw)
            print_summary(f"{name}: {' '.join(cmd[2:5])} ... (py-spy raw: {raw})", results[name])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    (out / "profile-summary.json").write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
