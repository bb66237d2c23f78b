"""What a time-spread history costs at the destination: the bench library backed up once a
day for N simulated days, with a day's realistic changes before each backup, into two
folders side by side: one under the default retention policy (the newest 3, and one backup of
each of the last 7 days, 4 weeks and 12 months), one keeping only the newest 2 (the old
default). Bytes, not seconds (the machine may be shared).

    python -m bench.retention_cost [--size 64MiB] [--days 60] [--seed 1] [--json FILE]

A day's changes (seeded, the same for both sides): new messages in about 8 chats (chosen by
the library's Zipf-like activity), 5-25 each, about 2 new photos of 150-600 kB (WhatsApp's
size), and 15 days before the end one chat cleared (deleted by mistake, noticed two weeks
later: is it still in a backup kept?). The backups run with the engine's
clock set to noon of each day (``BackupRequest.clock``), so retention buckets them by day as it
would over two months. Prints, per side: the bytes at the destination at the end, the
snapshots kept, the bytes uploaded over all the days, and how many kept backups still hold
the deleted chat; and the ratio of stored bytes.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.dataset import build_library, dir_bytes, parse_size, working_copy


def _day_changes(lib, rng: random.Random, day: int, chat_ids: list[str], weights,
                 delete_day: int) -> None:
    from backupgui.library.demo import add_demo_messages

    for cid in set(rng.choices(chat_ids, weights, k=8)):
        if cid == chat_ids[1] and day > delete_day:
            continue  # (deleted: nobody writes there again, so its old messages are told apart)
        photo = rng.random() < 0.25
        add_demo_messages(lib, cid, rng.randint(5, 25), seed=day * 1000 + chat_ids.index(cid),
                          with_photo=photo)
    if day == delete_day:
        with lib.transaction() as w:  # a chat deleted by mistake (its messages and media gone)
            w.clear_chat(chat_ids[1])


def _a_day_passes(dest: Path) -> None:
    """The destination's clock moves on a day with the engine's: every pack's time (what
    retention ages unused packs by, FORMAT.md 10.2) goes a day back."""
    import os

    for p in dest.glob("sets/*/data/*"):
        st = p.stat()
        os.utime(p, (st.st_atime - 86_400, st.st_mtime - 86_400))


def run(size: int, days: int, seed: int) -> dict:
    from backupgui.crypto.keys import generate_key
    from backupgui.crypto.material import RawKey
    from backupgui.destinations.folder import FolderDestination
    from backupgui.engine import BackupRequest, backup
    from backupgui.engine.repository import Repo
    from backupgui.engine.types import DEFAULT_RETENTION
    from backupgui.library.store import Library

    info = build_library(size, seed, log=lambda m: print(m, file=sys.stderr))
    tmp = Path(tempfile.mkdtemp(prefix="retention-cost-"))
    try:
        lib = working_copy(Path(info.path), tmp / "lib")
        key = RawKey(generate_key())
        sides = {"policy": {"dest": tmp / "policy", "req": {"retention": DEFAULT_RETENTION}},
                 "keep2": {"dest": tmp / "keep2", "req": {"keep": 2}}}
        for s in sides.values():
            s.update(uploaded=0, kept=0)
        rng = random.Random(f"retention-cost/{seed}")
        with Library(lib) as db:
            chats = db.list_chats()
        chat_ids = [c.id for c in chats]
        weights = [max(1, c.message_count) for c in chats]
        start = datetime(2026, 1, 5, 12, tzinfo=UTC)
        cpu0 = resource.getrusage(resource.RUSAGE_SELF)
        for day in range(days):
            if day:
                with Library(lib) as db:
                    _day_changes(db, rng, day, chat_ids, weights, days - 15)
            when = start + timedelta(days=day)
            for s in sides.values():
                r = backup(BackupRequest(lib, FolderDestination(s["dest"]), key,
                                         device_name="bench", clock=lambda when=when: when,
                                         **s["req"]))
                s["uploaded"] += r.uploaded_bytes
                _a_day_passes(s["dest"])
        cpu1 = resource.getrusage(resource.RUSAGE_SELF)
        out: dict = {"size_requested": size, "days": days, "seed": seed,
                     "library_bytes_start": info.total_bytes, "library_bytes_end": dir_bytes(lib),
                     "cpu_s": round(cpu1.ru_utime + cpu1.ru_stime - cpu0.ru_utime - cpu0.ru_stime, 1)}
        for name, s in sides.items():
            snaps = [p for p in Path(s["dest"]).glob("sets/*/snapshots/*")]
            repo = Repo.open(FolderDestination(s["dest"]), key)
            holding = sum(1 for i in repo.snapshots().infos
                          if any(c.id == chat_ids[1] and c.message_count
                                 for c in repo.load_manifest(i.snapshot_id).chats))
            out[name] = {"stored_bytes": dir_bytes(s["dest"]), "snapshots": len(snaps),
                         "manifest_bytes": sum(p.stat().st_size for p in snaps),
                         "uploaded_bytes": s["uploaded"], "hold_deleted_chat": holding}
        out["stored_ratio"] = round(out["policy"]["stored_bytes"] / out["keep2"]["stored_bytes"], 3)
        return out
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", default="64MiB")
    ap.add_argument("--days", type=int, default=60)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    res = run(parse_size(args.size), args.days, args.seed)
    if args.json:
        args.json.write_text(json.dumps(res, indent=1))
    mb = 1e6
    print(f"library: {res['library_bytes_start'] / mb:.1f} MB at the start, "
          f"{res['library_bytes_end'] / mb:.1f} MB after {res['days']} days")
    for name, label in (("policy", "default policy (3 + 7 daily + 4 weekly + 12 monthly)"),
                        ("keep2", "keep=2 (the old default)")):
        s = res[name]
        print(f"{label}: {s['stored_bytes'] / mb:.1f} MB stored, {s['snapshots']} backups "
              f"(manifests {s['manifest_bytes'] / 1e3:.0f} kB), {s['uploaded_bytes'] / mb:.1f} MB "
              f"uploaded in all; the chat deleted 15 days ago is in {s['hold_deleted_chat']} of them")
    print(f"stored bytes, policy / keep=2: {res['stored_ratio']:.3f} (CPU {res['cpu_s']} s for "
          "both sides, shared machine)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
