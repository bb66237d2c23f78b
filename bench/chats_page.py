"""GUI-thread CPU time to show the restore wizard's chats page for a backup of many chats,
against another revision in alternating runs.

    python -m bench.chats_page --base REV [--chats 32000,200000,300000] [--pairs 3] [--json FILE]

Each run is a child process (offscreen Qt) that builds the chat list in memory (ids of 32 hex
digits, names of 8-100 characters, as the chat-list bound's figures assume), then measures
``time.process_time`` around the page's ``initializePage``, showing it and half a second of
events (its layout and first paint), and around one tick by ``setData``/``setCheckState``
and its events. Code as in
``bench.pairs``: ``REV`` by ``git archive``, the other side a copy of the working tree.
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
from .measure import private_config
from .pairs import export, snapshot_tree

_CHILD = r"""
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from types import SimpleNamespace
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from backupgui.engine import BackupDetails
from backupgui.ui.restore import wizard as W

n = int(sys.argv[1])
app = QApplication([])
chats = tuple((f"{i:032x}", f"Chat {i} " + "x" * (i % 90), i % 50) for i in range(n))
d = BackupDetails(snapshot_id="20260101T000000Z-0000000000000000", set_id="s" * 32,
                  created="2026-01-01T00:00:00Z", device="Maria's laptop", app_version="1.0",
                  include_videos=True, chats=n, messages=0, media_files=0, media_bytes=0,
                  chat_names=chats)
u = W.Unlocked(key=bytes(32), backups=[], present={c[0] for c in chats[:1000]})
wiz = SimpleNamespace(unlocked=u, details=d, chats=(), policy="merge")
page = W.ChatsPage(wiz)
page.resize(720, 540)


def settle():
    # Events for 0.5 s (the view lays out and paints from posted events and 0 ms timers);
    # the sleeps cost no CPU, so process_time counts the GUI thread's work only.
    end = time.monotonic() + 0.5
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)


t0 = time.process_time()
page.initializePage()
page.show()
settle()
shown = time.process_time() - t0
t0 = time.process_time()
if hasattr(page, "model"):
    page.model.setData(page.model.index(0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
else:
    page.list.item(0).setCheckState(Qt.CheckState.Unchecked)
settle()
tick = time.process_time() - t0
assert len(page.chosen()) == n - 1
print(json.dumps({"show_cpu_s": round(shown, 3), "tick_cpu_s": round(tick, 4)}))
"""


def run(base_rev: str, sizes: list[int], pairs: int) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="chats-page-", dir=dataset.out_dir()))
    try:
        private_config(tmp)
        codes = {"base": tmp / "base-code", "new": tmp / "new-code"}
        export(base_rev, codes["base"])
        snapshot_tree(codes["new"])
        runs: dict[str, dict[int, list[dict]]] = {"base": {}, "new": {}}
        for n in sizes:
            for i in range(pairs):
                for side in (("base", "new") if i % 2 == 0 else ("new", "base")):
                    out = subprocess.run([sys.executable, "-c", _CHILD, str(n)], check=True,
                                         capture_output=True, text=True, cwd=codes[side],
                                         env=dict(os.environ, PYTHONPATH=str(codes[side])),
                                         timeout=3600).stdout
                    runs[side].setdefault(n, []).append(json.loads(out.strip().splitlines()[-1]))
                    print(side, n, runs[side][n][-1], file=sys.stderr, flush=True)
        med = {s: {n: {k: statistics.median(x[k] for x in r[n]) for k in r[n][0]} for n in r}
               for s, r in runs.items()}
        return {"base": base_rev, "new": "working tree", "pairs": pairs, "median": med,
                "runs": runs}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.chats_page", description=__doc__.split("\n")[0])
    ap.add_argument("--base", required=True)
    ap.add_argument("--chats", default="32000,200000,300000")
    ap.add_argument("--pairs", type=int, default=3)
    ap.add_argument("--json")
    a = ap.parse_args(argv)
    r = run(a.base, [int(x) for x in a.chats.split(",")], a.pairs)
    print(json.dumps({k: v for k, v in r.items() if k != "runs"}))
    if a.json:
        Path(a.json).write_text(json.dumps(r, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
