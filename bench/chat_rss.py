"""Peak RSS of backing up one chat (the busiest month decides the message workers' memory),
or of a full backup (``--chat all``): an engine change against its parent, alternating runs.

    python -m bench.chat_rss --base REV [--size 10GiB] [--chat bench-1-008|all] [--pairs 3]
                             [--json FILE]

Like ``bench.pairs``: ``REV`` is exported with ``git archive``, the other side is a copy of
the working tree taken at the start (or ``--new REV``); both back up the same chat of a
working copy of the cached bench library (``bench.dataset``: database copied, media
hard-linked) into a fresh folder per run, measured from outside (``bench.measure``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from . import dataset
from .measure import private_config, run_measured
from .pairs import export, snapshot_tree


def run(base_rev: str, size: int, chat: str, pairs: int, new_rev: str | None = None) -> dict:
    info = dataset.build_library(size, 1, log=lambda m: print(m, file=sys.stderr))
    tmp = Path(tempfile.mkdtemp(prefix="chat-rss-", dir=dataset.out_dir()))
    try:
        private_config(tmp)
        key = dataset.write_key_file(tmp / "key.txt")
        lib = dataset.working_copy(Path(info.path), tmp / "library")
        codes = {"base": tmp / "base-code", "new": tmp / "new-code"}
        export(base_rev, codes["base"])
        if new_rev is None:
            snapshot_tree(codes["new"])
        else:
            export(new_rev, codes["new"])
        runs: dict[str, list[dict]] = {"base": [], "new": []}
        for i in range(pairs):
            for side in (("base", "new") if i % 2 == 0 else ("new", "base")):
                dest = tmp / f"dest-{side}"
                shutil.rmtree(dest, ignore_errors=True)
                only = [] if chat == "all" else ["--chats", chat]
                m = run_measured(
                    [sys.executable, "-m", "backupgui.cli", "backup", "--library", str(lib),
                     "--dest", str(dest), "--key-file", str(key), "-q", *only],
                    env=dict(os.environ, PYTHONPATH=str(codes[side])), cwd=codes[side],
                    timeout=3600).check()
                shutil.rmtree(dest, ignore_errors=True)
                runs[side].append({"wall_s": round(m.wall_s, 2), "cpu_s": round(m.cpu_s, 2),
                                   "user_s": round(m.user_s, 2),
                                   "peak_rss_mib": round(m.peak_rss_bytes / (1 << 20), 1)})
                print(side, runs[side][-1], file=sys.stderr, flush=True)
        med = {s: statistics.median(x["peak_rss_mib"] for x in r) for s, r in runs.items()}
        return {"base": base_rev, "new": new_rev or "working tree", "size": size, "chat": chat,
                "pairs": pairs, "peak_rss_mib_median": med, "runs": runs}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.chat_rss")
    ap.add_argument("--base", required=True)
    ap.add_argument("--new")
    ap.add_argument("--size", default="10GiB")
    ap.add_argument("--chat", default="bench-1-008", help="a chat id, or all (a full backup)")
    ap.add_argument("--pairs", type=int, default=3)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    r = run(args.base, dataset.parse_size(args.size), args.chat, args.pairs, args.new)
    if args.json:
        args.json.write_text(json.dumps(r, indent=1))
    print(json.dumps(r["peak_rss_mib_median"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
