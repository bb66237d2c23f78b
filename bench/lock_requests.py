"""How many requests the set's locks (docs/FORMAT.md 10.3) add to a backup on Google Drive:
the same backup run with locks and without (docs/PERFORMANCE.md, "Lock requests").

    python -m bench.lock_requests [--backups 5] [--json FILE]

Makes a small demo library and backs it up ``--backups`` times to the Drive emulator (a
message more each time, all kept). Then, each in a fresh interpreter on its own copy of the
emulator's files and the library, and with this computer's summary cache as the seed left it:

* ``backup``: a backup of one new message (its retention keeps everything: nothing to
  delete, no exclusive lock);
* ``retention``: one chat cleared and a backup keeping only the newest 2, whose retention
  deletes the other backups, the cleared chat's packs (the one-day margin of unused packs
  set to 0 in that process) and the old indexes: it takes the exclusive lock.

Each runs twice: with locks (the code as it is), and without (``locks.acquire`` replaced in
that process by a lock that writes, lists and deletes nothing: what a backup cost before
locks). Prints the requests by kind and the difference. Counts do not depend on the machine's
load: no timing is taken.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.drive_seed import (
    count,
    kinds_text,
    parser,
    retention_backup,
    seed_backups,
    side_env,
    start_emulator,
)

OPS = ("backup", "retention")
SIDES = ("locks", "no-locks")
_NO_LOCKS = "BENCH_NO_LOCKS"


class _NoLock:
    """What ``locks.acquire`` returns in the no-locks side: holds nothing."""

    config = None  # (no listing under it: the backup reads its config again)

    def release(self) -> None:
        pass

    def stop_refreshing(self) -> None:
        pass

    def refresh(self) -> None:
        pass

    def __enter__(self) -> _NoLock:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


def _child(op: str, lib: str, key_file: str) -> None:
    from backupgui.crypto.keys import key_from_text
    from backupgui.crypto.material import RawKey
    from backupgui.destinations.gdrive import open_drive_from_env
    from backupgui.engine import BackupRequest, backup, locks
    from backupgui.library.demo import add_demo_messages
    from backupgui.library.store import Library

    if os.environ.get(_NO_LOCKS) == "1":
        locks.acquire = lambda *a, **k: _NoLock()  # type: ignore[assignment]
    key = RawKey(key_from_text(Path(key_file).read_text()))
    if op == "retention":
        retention_backup(Path(lib), key)
    else:
        with Library(Path(lib)) as library:
            add_demo_messages(library, library.chat_ids()[0], 1, seed=900)
        backup(BackupRequest(Path(lib), open_drive_from_env(), key, keep=1000))


def main(argv: list[str] | None = None) -> int:
    args = parser("python -m bench.lock_requests", __doc__, backups=5).parse_args(argv)

    root = Path(__file__).resolve().parent.parent
    work = Path(tempfile.mkdtemp(prefix="backupgui-lock-requests-"))
    try:
        emu = start_emulator(work / "drive")
        try:
            seed = seed_backups(work, emu, args.backups)
        finally:
            emu.stop()
        lib, key_file, cache = seed.lib, seed.key_file, seed.cache
        counts: dict[str, dict[str, dict]] = {}
        for op in OPS:
            for side in SIDES:  # (each on its own copy: the same start for both)
                tag = f"{op}-{side}"
                shutil.copytree(lib, work / f"lib-{tag}")
                shutil.copytree(work / "drive", work / f"drive-{tag}")
                shutil.copytree(cache, work / f"cache-{tag}")
                side_emu = start_emulator(work / f"drive-{tag}")
                try:
                    env = side_env(root, work / f"cache-{tag}", side_emu, work / f"spool-{tag}",
                                   **{_NO_LOCKS: "1" if side == "no-locks" else "0"})
                    side_emu.clear_log()
                    run = subprocess.run([sys.executable, "-m", "bench.lock_requests", "--child",
                                          op, str(work / f"lib-{tag}"), str(key_file)],
                                         env=env, capture_output=True, text=True, cwd=root)
                    if run.returncode:
                        raise RuntimeError(f"{tag}: {run.stderr[-2000:]}")
                    counts.setdefault(op, {})[side] = count(side_emu.requests)
                finally:
                    side_emu.stop()
        for op, by_side in counts.items():
            for side, c in by_side.items():
                print(f"{op:9s} {side:8s} requests {c['total']:4d} (before the first upload: "
                      f"{c['start']}): {kinds_text(c)}")
            added = by_side["locks"]["total"] - by_side["no-locks"]["total"]
            print(f"{op:9s} locks add {added} requests")
        if args.json:
            args.json.write_text(json.dumps({"backups": args.backups, "counts": counts},
                                            indent=1))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        _child(*sys.argv[2:5])
    else:
        sys.exit(main())
