"""One Drive backup by the CLI against the emulator, every request and journal step timed.

    python -m bench.drive_timeline [--size 1GiB] [--lines]

Backs the cached bench library up once to the Drive emulator (a child process on 127.0.0.1,
as the harness runs it) with ``backupgui.cli`` in a child process whose destination and
engine functions are wrapped from outside (nothing in the code changes): each HTTP request
(``GoogleDriveDestination._raw``), journal save and removal, ``_open_set``,
``Committer.wait`` (the tail after the last pack), ``Committer.submit`` (a packer handing a
finished pack over: time spent there is a packer waiting for the commit threads),
``_commit_snapshot`` and ``_remember``, with its start, wall time and the CPU time of its
thread. Prints a summary per kind (count, summed wall and thread CPU, first start and last
end) and, with ``--lines``, every step in order (docs/PERFORMANCE.md, issue 21, s13).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from . import dataset
from .harness import DriveEmulator

#: Run in the child: the CLI with the steps wrapped; the steps go to $TIMELINE as JSON lines.
_CHILD = r"""
import atexit, json, os, sys, threading, time
T0 = time.monotonic()
import backupgui.destinations.gdrive as g
from backupgui.destinations.gdrive_journal import Journal
from backupgui.engine.pipeline import Committer
import backupgui.engine.backup
bk = sys.modules["backupgui.engine.backup"]  # (the package's name "backup" is the function)
steps = []
def wrap(owner, name, kind):
    real = getattr(owner, name, None)
    if real is None:
        return
    def timed(*a, **k):
        t, c = time.monotonic(), time.thread_time()
        try:
            return real(*a, **k)
        finally:
            what = kind
            if name == "_raw":  # method, the URL's last path part, a chunk's range
                what = f"{a[1]} {a[2].split('?')[0].rsplit('/', 1)[-1][:12]}"
                if a[3] and a[3].get("Content-Range"):
                    what += " chunk"
            steps.append((t - T0, time.monotonic() - t, time.thread_time() - c,
                          threading.current_thread().name, what))
    setattr(owner, name, timed)
wrap(g.GoogleDriveDestination, "_raw", "request")
wrap(Journal, "save", "journal save")
wrap(Journal, "remove", "journal remove")
wrap(Committer, "wait", "tail (Committer.wait)")
wrap(Committer, "submit", "pack handed over (Committer.submit: a packer waiting for the commit threads)")
for n in ("_open_set", "_commit_snapshot", "_remember"):
    wrap(bk, n, n)
@atexit.register
def dump():
    with open(os.environ["TIMELINE"], "w") as fh:
        for s in sorted(steps):
            fh.write(json.dumps([round(s[0], 4), round(s[1], 4), round(s[2], 4), s[3], s[4]]) + "\n")
        fh.write(json.dumps(["end", round(time.monotonic() - T0, 4), round(time.process_time(), 3)]) + "\n")
import backupgui.cli as cli
sys.exit(cli.main(sys.argv[1:]))
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", default="1GiB")
    ap.add_argument("--lines", action="store_true", help="print every step, not only the summary")
    args = ap.parse_args()
    info = dataset.build_library(dataset.parse_size(args.size), 1)
    work = Path(tempfile.mkdtemp(prefix="drive-timeline-", dir=dataset.out_dir()))
    try:
        key = dataset.write_key_file(work / "key.txt")
        emu = DriveEmulator(work / "drive")
        try:
            env = dict(emu.env(), BACKUPGUI_CONFIG_DIR=str(work / "config"),
                       BACKUPGUI_DRIVE_SPOOL=str(work / "spool"), TIMELINE=str(work / "steps.jsonl"))
            subprocess.run([sys.executable, "-c", _CHILD, "backup", "--library", str(info.path),
                            "--key-file", str(key), "--json", "-q", "--device", "bench",
                            "--dest", "gdrive", "--drive-folder", "bench"],
                           env=env, check=True, stdout=subprocess.DEVNULL)
        finally:
            emu.stop()
        rows = [json.loads(line) for line in (work / "steps.jsonl").read_text().splitlines()]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    end = rows.pop()
    summary: dict[str, list[float]] = collections.defaultdict(lambda: [0, 0.0, 0.0, 1e9, 0.0])
    for start, wall, cpu, thread, what in rows:
        if args.lines:
            print(f"{start:8.3f} {wall * 1000:8.1f} ms {cpu * 1000:6.1f} ms cpu  {thread[-12:]:>12}  {what}")
        s = summary[what]
        s[0] += 1
        s[1] += wall
        s[2] += cpu
        s[3] = min(s[3], start)
        s[4] = max(s[4], start + wall)
    print(json.dumps({"wall_s": end[1], "cpu_s": end[2], "load": round(os.getloadavg()[0], 1),
                      "steps": {k: {"n": v[0], "wall_s": round(v[1], 3), "thread_cpu_s": round(v[2], 3),
                                    "first_s": round(v[3], 3), "last_end_s": round(v[4], 3)}
                                for k, v in sorted(summary.items(), key=lambda kv: kv[1][3])}},
                     indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
