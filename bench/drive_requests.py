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

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

if __package__:
    from bench.drive_seed import (
        count,
        kinds_text,
        parser,
        retention_backup,
        seed_backups,
        side_env,
        start_emulator,
    )
else:  # a child, run by its path: its PYTHONPATH is one side's code, which may predate it
    from drive_seed import (  # type: ignore[no-redef]
        count,
        kinds_text,
        parser,
        retention_backup,
        seed_backups,
        side_env,
        start_emulator,
    )

ROOT = Path(__file__).resolve().parent.parent
OPS = ("list", "restore", "restore-id", "verify", "backup", "retention")
ENV_SNAPSHOT = "BENCH_REQUESTS_SNAPSHOT"  # (restore-id: the backup it names)


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
        retention_backup(Path(lib), key)
    else:
        from backupgui.engine import BackupRequest, backup
        from backupgui.library.demo import add_demo_messages
        from backupgui.library.store import Library

        with Library(Path(lib)) as library:
            add_demo_messages(library, library.chat_ids()[0], 1, seed=len(os.listdir(out)) + 900)
        Path(out, str(len(os.listdir(out)))).touch()
        backup(BackupRequest(Path(lib), open_drive_from_env(), key, keep=1000))


def main(argv: list[str] | None = None) -> int:
    ap = parser("python -m bench.drive_requests", __doc__, backups=20)
    ap.add_argument("--base", help="a commit to compare with (e.g. main)")
    args = ap.parse_args(argv)

    from bench.pairs import export

    work = Path(tempfile.mkdtemp(prefix="backupgui-requests-"))
    emu = None
    try:
        sides: dict[str, Path] = {"this": ROOT}
        base = None
        if args.base:
            base = export(args.base, work / "base")
            sides = {"base": work / "base", **sides}
        emu = start_emulator(work / "drive")
        seed = seed_backups(work, emu, args.backups)
        lib, key_file, warm, made = seed.lib, seed.key_file, seed.cache, seed.snapshots
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
                    side_emu = start_emulator(work / f"drive-{side}")
                assert side_emu is not None
                try:
                    env = side_env(code, cache, side_emu, work / "spool")
                    side_emu.clear_log()
                    run = subprocess.run([sys.executable, __file__, "--child", op,
                                          str(side_lib), str(key_file), str(out)], env=env,
                                         capture_output=True, text=True)
                    if run.returncode:
                        raise RuntimeError(f"{side} {op}: {run.stderr[-2000:]}")
                    counts.setdefault(op, {})[side] = count(side_emu.requests)
                finally:
                    if side_emu is not emu:
                        side_emu.stop()
        for op, by_side in counts.items():
            for side, c in by_side.items():
                extra = f" (before the first upload: {c['start']})" if op == "backup" else ""
                print(f"{op:8s} {side:5s} requests {c['total']:4d}{extra}: {kinds_text(c)}")
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
