"""Benchmark: import a generated 1,000,000-message WhatsApp export.

Reports the import time (wall, and CPU of the importing process plus the child process that
parses a big export) and the peak resident memory of the importing process (which runs in
a fresh interpreter so generation does not count) and of that parser process, plus the RSS
sampled during the import so it is visible that memory stays flat.

    python -m bench.import_bench [messages]      # from the repository root
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

_NAMES = ["Ana García", "Lukas Müller", "João Pereira", "Priya Sharma", "أحمد الفارسي",
          "田中 ゆき", "Дмитрий Иванов", "Chloé Martin", "Sam Okafor", "Mia Schneider"]
_TEXTS = ["Are you coming tonight?", "Haha 😂😂", "¿Quedamos el sábado?", "Bin gleich da 🚲",
          "Bom dia! ☕", "नमस्ते! कैसे हो?", "مرحبا! كيف حالك؟", "おはよう！☀️", "Привет! Как дела?",
          "See you at 10:30 - ok?", "👍", "Note: bring the charger"]


def write_export(path: Path, messages: int, seed: int = 1) -> None:
    """A realistic Android-style (US, 12-hour) group export with ``messages`` messages."""
    rng = random.Random(seed)
    t = dt.datetime(2019, 1, 1, 8, 0)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        buf: list[str] = ["1/1/19, 8:00\u202fAM - Messages and calls are end-to-end encrypted. "
                          "No one outside of this chat, not even WhatsApp, can read or listen "
                          "to them.\n", '1/1/19, 8:00\u202fAM - Ana García created group "Bench"\n']
        for i in range(messages - 2):
            t += dt.timedelta(seconds=rng.choice((5, 20, 60, 300, 3600)))
            h = t.hour % 12 or 12
            head = (f"{t.month}/{t.day}/{t.year % 100:02d}, {h}:{t.minute:02d}\u202f"
                    f"{'AM' if t.hour < 12 else 'PM'} - ")
            r = rng.random()
            who = rng.choice(_NAMES)
            if r < 0.01:
                buf.append(f"{head}{who} changed this group's icon\n")
            elif r < 0.04:
                buf.append(f"{head}{who}: IMG-{t:%Y%m%d}-WA{i % 10000:04d}.jpg (file attached)\n")
            elif r < 0.10:
                buf.append(f"{head}{who}: {rng.choice(_TEXTS)}\nsecond line\nthird line\n")
            else:
                buf.append(f"{head}{who}: {rng.choice(_TEXTS)}\n")
            if len(buf) >= 10_000:
                fh.write("".join(buf))
                buf.clear()
        fh.write("".join(buf))


_CHILD = r"""
import json, os, resource, sys, time
from backupgui.library import Library
from backupgui.library.importers import import_export

def rss_mb():
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20

samples = []
def progress(done, total):
    samples.append((round(done / total, 3), round(rss_mb(), 1)))

lib = Library(sys.argv[2])
before = rss_mb()
t = time.perf_counter()
cpu = time.process_time()
kids = os.times()
res = import_export(lib, sys.argv[1], progress=progress)
elapsed = time.perf_counter() - t
cpu = time.process_time() - cpu
# A big export is parsed in a child process: its CPU time and memory count too.
kids_cpu = (os.times().children_user - kids.children_user
            + os.times().children_system - kids.children_system)
# Calibration: a fixed pure-Python loop, to compare runs on busy or slow machines.
c = time.process_time()
x = 0
for i in range(10_000_000):
    x += i
calib = time.process_time() - c
print(json.dumps({"seconds": elapsed, "cpu_seconds": cpu, "child_cpu_seconds": kids_cpu,
                  "calibration_s": calib, "rss_before_mb": before,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "child_peak_rss_mb":
                      resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
                  "added": res.messages_added, "samples": samples}))
"""


def run_import_bench(messages: int = 1_000_000) -> dict:
    """Generate (or reuse) the export, import it into a fresh library, return the figures."""
    out = Path(os.environ.get("BACKUPGUI_BENCH_DIR", Path(__file__).parent / "out"))
    out.mkdir(parents=True, exist_ok=True)
    export = out / f"WhatsApp Chat with Bench {messages}.txt"
    if not export.exists():
        tmp = export.with_suffix(".partial")
        write_export(tmp, messages)
        tmp.rename(export)
    repo = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory(dir=out) as tmp:
        env = {**os.environ, "PYTHONPATH": f"{repo}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
        proc = subprocess.run([sys.executable, "-c", _CHILD, str(export), tmp], env=env,
                              capture_output=True, text=True, check=True)
        child = json.loads(proc.stdout)
        db_mb = (Path(tmp) / "library.db").stat().st_size / 2**20
    samples = child["samples"]
    # RSS at a few points through the import: flat memory means these barely move.
    marks = {f"rss_at_{int(q * 100)}pct_mb": next((r for f, r in samples if f >= q), None)
             for q in (0.25, 0.5, 0.75, 1.0)}
    return {"messages": messages, "export_mb": round(export.stat().st_size / 2**20, 1),
            "import_s": round(child["seconds"], 2),
            "import_cpu_s": round(child["cpu_seconds"] + child["child_cpu_seconds"], 2),
            "parser_process_cpu_s": round(child["child_cpu_seconds"], 2),
            "calibration_loop_s": round(child["calibration_s"], 2),
            "messages_added": child["added"],
            "rss_before_mb": round(child["rss_before_mb"], 1),
            "peak_rss_mb": round(child["peak_rss_mb"], 1),
            "parser_process_peak_rss_mb": round(child["child_peak_rss_mb"], 1), **marks,
            "db_mb": round(db_mb, 1)}


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    for key, value in run_import_bench(n).items():
        print(f"{key:>18}: {value}")
