"""Peak RSS of what the restore wizard does once the key is entered, on a set of many large
backups: the overview of the set (``snapshots.set_overview``), then the chats of its oldest
backup (``snapshots.backup_chats``, where the code has it), against another revision in
alternating runs.

    python -m bench.overview_rss --base REV [--snapshots 8] [--chats 20000] [--pairs 3]
                                 [--json FILE]

The set is planted once with the key (``--snapshots`` manifests of ``--chats`` chats each,
every one with its own ids and ~300-character names, as many large honest backups would
be) in a folder under ``BACKUPGUI_BENCH_DIR``; both sides read the same set, each in a child
process measured from outside (``bench.measure``). Code as in ``bench.pairs``: ``REV`` by
``git archive``, the other side a copy of the working tree.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from . import dataset
from .measure import private_config, run_measured
from .pairs import export, snapshot_tree

KEY = bytes(range(32))

_CHILD = r"""
import sys
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import snapshots as S
from backupgui.engine.repository import scan_sets
from backupgui.errors import DamagedBackupError

dest, key = FolderDestination(sys.argv[1]), RawKey(bytes.fromhex(sys.argv[2]))
set_id = scan_sets(dest)[0].config.set_id
try:
    o = S.set_overview(dest, key, set_id)
    out = f"listed {len(o.backups)}"
    if hasattr(S, "backup_chats"):
        d = S.backup_chats(dest, key, set_id, o.backups[-1].snapshot_id)
        out += f", read {len(d.chat_names)} chats of the oldest"
except DamagedBackupError as exc:
    out = "refused: " + str(exc)[:60]
print(out)
"""


def plant(root: Path, snapshots: int, chats: int) -> None:
    from backupgui.crypto.material import RawKey
    from backupgui.destinations.folder import FolderDestination
    from backupgui.engine.repository import Repo, snapshot_name
    from backupgui.format.manifest import ChatEntry, Manifest, Totals, created_fields

    repo = Repo.create(FolderDestination(root), RawKey(KEY))
    start = datetime(2026, 1, 1, tzinfo=UTC)
    words = "lorem ipsum " * 24
    prev = None
    for n in range(snapshots):
        when = start + timedelta(minutes=n)
        created, created_ms = created_fields(when)
        entries = tuple(ChatEntry(f"c{n}-{i:06d}", f"Group {n}-{i:06d} {words}", "group", "bench",
                                  None, (), 0, 0, 0, None, ()) for i in range(chats))
        sid = snapshot_name(when)
        repo.write_manifest(Manifest(sid, repo.set_id, created, created_ms, f"Phone {n}",
                                     "backupgui 0.1.0", True, entries, (), (),
                                     Totals(chats, 0, 0, 0, 0, 0), seq=n + 1, prev=prev))
        prev = sid


def run(base_rev: str, snapshots: int, chats: int, pairs: int) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="overview-rss-", dir=dataset.out_dir()))
    try:
        private_config(tmp)
        plant(tmp / "dest", snapshots, chats)
        codes = {"base": tmp / "base-code", "new": tmp / "new-code"}
        export(base_rev, codes["base"])
        snapshot_tree(codes["new"])
        runs: dict[str, list[dict]] = {"base": [], "new": []}
        for i in range(pairs):
            for side in (("base", "new") if i % 2 == 0 else ("new", "base")):
                m = run_measured([sys.executable, "-c", _CHILD, str(tmp / "dest"), KEY.hex()],
                                 env=dict(os.environ, PYTHONPATH=str(codes[side])),
                                 cwd=codes[side], timeout=3600).check()
                runs[side].append({"cpu_s": round(m.cpu_s, 2),
                                   "peak_rss_mib": round(m.peak_rss_bytes / (1 << 20), 1),
                                   "outcome": m.stdout.strip()})
                print(side, runs[side][-1], file=sys.stderr, flush=True)
        med = {s: statistics.median(x["peak_rss_mib"] for x in r) for s, r in runs.items()}
        return {"base": base_rev, "new": "working tree", "snapshots": snapshots, "chats": chats,
                "pairs": pairs, "peak_rss_mib_median": med, "runs": runs}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.overview_rss", description=__doc__.split("\n")[0])
    ap.add_argument("--base", required=True)
    ap.add_argument("--snapshots", type=int, default=8)
    ap.add_argument("--chats", type=int, default=20_000)
    ap.add_argument("--pairs", type=int, default=3)
    ap.add_argument("--json")
    a = ap.parse_args(argv)
    r = run(a.base, a.snapshots, a.chats, a.pairs)
    print(json.dumps({k: v for k, v in r.items() if k != "runs"}))
    if a.json:
        Path(a.json).write_text(json.dumps(r, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
