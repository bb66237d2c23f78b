"""CPU time of the chat viewer's page load (``ui.chats.viewer.load_page``, run off the GUI
thread) on one chat of many messages, against another revision in alternating runs.

    python -m bench.viewer_page --base REV [--messages 20000] [--loads 30] [--pairs 3]

Each run is a child process that makes its own demo library (the same seed on both sides:
a library of one revision's schema may not open in the other's), then measures
``time.process_time`` around ``loads`` times the newest page and a page from the middle.
Code as in ``bench.pairs``: ``REV`` by ``git archive``, the other side a copy of the working
tree. The page load of s19 also asks which messages have other versions and what replies
quote (``Library.versions``, ``Library.replied``).
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
import json, sys, time
from pathlib import Path
from backupgui.library.demo import add_demo_messages, create_demo_library
from backupgui.library.store import Library
from backupgui.ui.chats.viewer import load_page

root, n, loads = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
if not (root / "library.db").exists():
    create_demo_library(root, chats=1, seed=3)
    with Library(root) as lib:
        (c,) = lib.list_chats()
        add_demo_messages(lib, c.id, n, seed=4)
with Library(root) as lib:
    (c,) = lib.list_chats()
t0 = time.process_time()
for _ in range(loads):
    load_page(root, c.id, None, True)
    load_page(root, c.id, n // 2, False)
print(json.dumps({"cpu_s": round(time.process_time() - t0, 4), "pages": 2 * loads}))
"""


def run(base_rev: str, messages: int, loads: int, pairs: int) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="viewer-page-", dir=dataset.out_dir()))
    try:
        private_config(tmp)
        codes = {"base": tmp / "base-code", "new": tmp / "new-code"}
        export(base_rev, codes["base"])
        snapshot_tree(codes["new"])
        runs: dict[str, list[dict]] = {"base": [], "new": []}
        for i in range(pairs):
            for side in (("base", "new") if i % 2 == 0 else ("new", "base")):
                out = subprocess.run(
                    [sys.executable, "-c", _CHILD, str(tmp / f"lib-{side}"), str(messages),
                     str(loads)], check=True, capture_output=True, text=True, cwd=codes[side],
                    env=dict(os.environ, PYTHONPATH=str(codes[side]), QT_QPA_PLATFORM="offscreen"),
                    timeout=3600).stdout
                runs[side].append(json.loads(out.strip().splitlines()[-1]))
                print(side, runs[side][-1], file=sys.stderr, flush=True)
        ratios = [n["cpu_s"] / b["cpu_s"] for b, n in zip(runs["base"], runs["new"], strict=True)]
        return {"base": base_rev, "new": "working tree", "pairs": pairs, "messages": messages,
                "median_cpu_s": {s: statistics.median(x["cpu_s"] for x in r)
                                 for s, r in runs.items()},
                "ratios": [round(r, 3) for r in ratios], "runs": runs}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.viewer_page", description=__doc__.split("\n")[0])
    ap.add_argument("--base", required=True)
    ap.add_argument("--messages", type=int, default=20_000)
    ap.add_argument("--loads", type=int, default=30)
    ap.add_argument("--pairs", type=int, default=3)
    ap.add_argument("--json")
    a = ap.parse_args(argv)
    r = run(a.base, a.messages, a.loads, a.pairs)
    print(json.dumps({k: v for k, v in r.items() if k != "runs"}))
    if a.json:
        Path(a.json).write_text(json.dumps(r, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
