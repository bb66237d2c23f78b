"""How many requests Drive answers for a listing, a restore, a verify, a backup's start and
a backup whose retention deletes (docs/PERFORMANCE.md s18, "Drive reads by listed id", and
s19, "Drive deletes by listed id"; docs/DRIVE.md 5).

    python -m bench.drive_requests [--backups 20] [--base REV] [--json FILE]

Makes a small demo library and backs it up ``--backups`` times to the Drive emulator (a
message more each time, all kept). Then, each in a fresh interpreter with ``PYTHONPATH`` on
one side's code (``--base REV``: that commit, ``git archive``; and this tree), against the
same emulator:

* ``list``: ``backupgui-cli list --dest gdrive --json`` with a cold summary cache;
* ``restore``: a restore of the latest backup into an empty library, cold cache;
* ``restore-id``: a restore of an older backup named by its id (the middle one of the
  seed backups), into an empty library, cold cache;
* ``verify``: a verify, cold cache;
* ``backup``: a backup of one new message with the cache the seed backups left (this
  computer's), counted whole and up to its first upload (its start);
* ``retention``: then (last, on each side's own copy of the emulator's files) one chat
  cleared and a backup keeping only the newest 2: its retention deletes the other backups,
  the cleared chat's packs (the one-day margin of unused packs set to 0 in that process) and
  the old indexes.

Prints the requests by kind (``list`` = ``files.list``, of which ``lookup`` looked one name
up; ``media`` = a download, ...). The counts do not depend on the machine's load: no timing
is taken.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "bench-requests-token"
OPS = ("list", "restore", "restore-id", "verify", "backup", "retention")
ENV_SNAPSHOT = "BENCH_REQUESTS_SNAPSHOT"  # (restore-id: the backup it names)
_UPLOADS = ("upload-start", "upload-simple", "upload-chunk", "create")


def _child(op: str, lib: str, key_file: str, out: str) -> None:
    from backupgui.crypto.keys import key_from_text
    from backupgui.crypto.material import RawKey
    from backupgui.destinations.gdrive import open_drive_from_env

    if op == "list":
        from backupgui.cli import main

        with open(os.devnull, "w") as null:
            old, sys.stdout = sys.stdout, null
            try:
                rc = main(["list", "--dest", "gdrive", "--library", lib, "--key-file", key_file,
                           "--json"])
            finally:
                sys.stdout = old
        if rc:
            raise SystemExit(f"list: {rc}")
        return
    key = RawKey(key_from_text(Path(key_file).read_text()))
    if op == "restore":
        from backupgui.engine import RestoreRequest, restore

        restore(RestoreRequest(open_drive_from_env(), Path(out), key))
    elif op == "restore-id":
        from backupgui.engine import RestoreRequest, restore

        restore(RestoreRequest(open_drive_from_env(), Path(out), key,
                               snapshot=os.environ[ENV_SNAPSHOT]))
    elif op == "verify":
        from backupgui.engine import verify
        from backupgui.engine.types import VerifyRequest

        verify(VerifyRequest(open_drive_from_env(), key))
    elif op == "retention":
        from backupgui.engine import BackupRequest, backup, retention
        from backupgui.library.store import Library

        retention.PACK_MARGIN_S = 0  # (packs made seconds ago count as old: a day's margin)
        with Library(Path(lib)) as library, library.transaction() as w:
            w.clear_chat(library.chat_ids()[1])
        result = backup(BackupRequest(Path(lib), open_drive_from_env(), key, keep=2))
        if not result.removed_snapshots:
            raise SystemExit("retention: nothing removed")
    else:
        from backupgui.engine import BackupRequest, backup
        from backupgui.library.demo import add_demo_messages
        from backupgui.library.store import Library

        with Library(Path(lib)) as library:
            add_demo_messages(library, library.chat_ids()[0], 1, seed=len(os.listdir(out)) + 900)
        Path(out, str(len(os.listdir(out)))).touch()
        backup(BackupRequest(Path(lib), open_drive_from_env(), key, keep=1000))


def _count(requests: list[dict]) -> dict:
    kinds = Counter(r["category"] for r in requests)
    lookups = sum(r["category"] == "list" and "name = '" in (r.get("query") or {}).get("q", "")
                  for r in requests)
    if lookups:
        kinds["lookup"] = lookups
    first_upload = next((i for i, r in enumerate(requests) if r["category"] in _UPLOADS),
                        len(requests))
    out = {"total": len(requests), **dict(sorted(kinds.items()))}
    out["start"] = first_upload
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.drive_requests", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--backups", type=int, default=20)
    ap.add_argument("--base", help="a commit to compare with (e.g. main)")
    ap.add_argument("--json", type=Path, help="write the counts here")
    args = ap.parse_args(argv)

    from google.oauth2.credentials import Credentials

    from backupgui.crypto.keys import key_from_text
    from backupgui.crypto.material import RawKey
    from backupgui.destinations.gdrive import DriveOptions, GoogleDriveDestination
    from backupgui.engine import BackupRequest, backup
    from backupgui.library.demo import add_demo_messages, create_demo_library
    from backupgui.library.store import Library
    from backupgui.services.drive_emulator import DriveEmulator
    from bench.dataset import write_key_file
    from bench.pairs import export

    work = Path(tempfile.mkdtemp(prefix="backupgui-requests-"))
    emu = None
    try:
        sides: dict[str, Path] = {"this": ROOT}
        base = None
        if args.base:
            base = export(args.base, work / "base")
            sides = {"base": work / "base", **sides}
        key_file = write_key_file(work / "key")
        key = RawKey(key_from_text(key_file.read_text()))
        lib = work / "lib"
        create_demo_library(lib, chats=3, seed=7, media_mb=0.5)
        emu = DriveEmulator(work / "drive", static_tokens=(TOKEN,)).start()
        warm = work / "cache-warm"
        os.environ["XDG_CACHE_HOME"] = str(warm)  # (the seed's summary cache: this computer's)
        made: list[str] = []
        for i in range(args.backups):
            with Library(lib) as library:
                add_demo_messages(library, library.chat_ids()[0], 1, seed=100 + i)
            dest = GoogleDriveDestination(Credentials(token=TOKEN), api_root=emu.root_url,
                                          options=DriveOptions(spool_dir=work / "spool"))
            try:
                made.append(backup(BackupRequest(lib, dest, key, keep=1000)).snapshot_id)
            finally:
                dest.close()
        os.environ[ENV_SNAPSHOT] = made[len(made) // 2]
        counts: dict[str, dict[str, dict]] = {}
        marks = work / "marks"
        marks.mkdir()
        for op in OPS:  # (each read on both sides before the backups change the set)
            if op == "retention":  # (it deletes: each side on its own copy of the set)
                emu.stop()
                emu = None
            for side, code in sides.items():
                cache = warm if op == "backup" else work / f"cache-{side}-{op}"
                out = marks if op == "backup" else work / f"restored-{side}-{op}"
                side_lib, side_emu = lib, emu
                if op == "retention":
                    side_lib = work / f"lib-{side}"
                    shutil.copytree(lib, side_lib)
                    shutil.copytree(work / "drive", work / f"drive-{side}")
                    side_emu = DriveEmulator(work / f"drive-{side}",
                                             static_tokens=(TOKEN,)).start()
                assert side_emu is not None
                try:
                    env = dict(os.environ, PYTHONPATH=str(code), XDG_CACHE_HOME=str(cache),
                               BACKUPGUI_DRIVE_ROOT=side_emu.root_url,
                               BACKUPGUI_DRIVE_TOKEN=TOKEN,
                               BACKUPGUI_DRIVE_SPOOL=str(work / "spool"))
                    side_emu.clear_log()
                    run = subprocess.run([sys.executable, __file__, "--child", op,
                                          str(side_lib), str(key_file), str(out)], env=env,
                                         capture_output=True, text=True)
                    if run.returncode:
                        raise RuntimeError(f"{side} {op}: {run.stderr[-2000:]}")
                    counts.setdefault(op, {})[side] = _count(side_emu.requests)
                finally:
                    if side_emu is not emu:
                        side_emu.stop()
        for op, by_side in counts.items():
            for side, c in by_side.items():
                kinds = ", ".join(f"{k} {v}" for k, v in c.items() if k not in ("total", "start"))
                extra = f" (before the first upload: {c['start']})" if op == "backup" else ""
                print(f"{op:8s} {side:5s} requests {c['total']:4d}{extra}: {kinds}")
        if args.json:
            args.json.write_text(json.dumps({"backups": args.backups, "base": base,
                                             "counts": counts}, indent=1))
    finally:
        if emu is not None:
            emu.stop()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        _child(*sys.argv[2:6])
    else:
        sys.exit(main())
