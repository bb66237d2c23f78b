"""What the request-counting benches (``bench.drive_requests``, ``bench.lock_requests``) share:
their command line, the seed backups on the Drive emulator, a side's environment, the backup
whose retention deletes, and the counts of the emulator's log.

Imports only the standard library at the top: a ``drive_requests`` child runs with
``PYTHONPATH`` on another commit's code and loads this file by its folder, and it needs only
``retention_backup`` and what that imports from ``backupgui`` (the side's).
"""

from __future__ import annotations

import argparse
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TOKEN = "bench-requests-token"
#: The requests that send a file: the first of them ends a backup's start.
_UPLOADS = ("upload-start", "upload-simple", "upload-chunk", "create")


def parser(prog: str, doc: str | None, backups: int) -> argparse.ArgumentParser:
    """The benches' command line: ``--backups`` (the seed backups) and ``--json``."""
    ap = argparse.ArgumentParser(prog=prog, description=doc,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--backups", type=int, default=backups)
    ap.add_argument("--json", type=Path, help="write the counts here")
    return ap


def start_emulator(folder: Path) -> Any:
    """A Drive emulator on ``folder`` that takes the benches' token."""
    from backupgui.services.drive_emulator import DriveEmulator

    return DriveEmulator(folder, static_tokens=(TOKEN,)).start()


@dataclass
class Seed:
    """The seed: a demo library backed up ``len(snapshots)`` times, and its key and cache."""

    key_file: Path
    key: Any  # RawKey
    lib: Path
    cache: Path  # the summary cache the seed backups left: this computer's
    snapshots: list[str]


def seed_backups(work: Path, emu: Any, backups: int) -> Seed:
    """A small demo library (3 chats, 0.5 MB of media, seed 7) backed up ``backups`` times to
    ``emu``, a message more each time, all kept; ``XDG_CACHE_HOME`` is the seed's cache from
    here on (this computer's, as the seed backups leave it)."""
    from google.oauth2.credentials import Credentials

    from backupgui.crypto.keys import key_from_text
    from backupgui.crypto.material import RawKey
    from backupgui.destinations.gdrive import DriveOptions, GoogleDriveDestination
    from backupgui.engine import BackupRequest, backup
    from backupgui.library.demo import add_demo_messages, create_demo_library
    from backupgui.library.store import Library
    from bench.dataset import write_key_file

    key_file = write_key_file(work / "key")
    key = RawKey(key_from_text(key_file.read_text()))
    lib = work / "lib"
    create_demo_library(lib, chats=3, seed=7, media_mb=0.5)
    cache = work / "cache-seed"
    os.environ["XDG_CACHE_HOME"] = str(cache)
    made: list[str] = []
    for i in range(backups):
        with Library(lib) as library:
            add_demo_messages(library, library.chat_ids()[0], 1, seed=100 + i)
        dest = GoogleDriveDestination(Credentials(token=TOKEN), api_root=emu.root_url,
                                      options=DriveOptions(spool_dir=work / "spool"))
        try:
            made.append(backup(BackupRequest(lib, dest, key, keep=1000)).snapshot_id)
        finally:
            dest.close()
    return Seed(key_file, key, lib, cache, made)


def side_env(code: Path, cache: Path, emu: Any, spool: Path, **extra: str) -> dict[str, str]:
    """A child's environment: ``PYTHONPATH`` on one side's code, its summary cache, the
    emulator as its Drive."""
    return dict(os.environ, PYTHONPATH=str(code), XDG_CACHE_HOME=str(cache),
                BACKUPGUI_DRIVE_ROOT=emu.root_url, BACKUPGUI_DRIVE_TOKEN=TOKEN,
                BACKUPGUI_DRIVE_SPOOL=str(spool), **extra)


def retention_backup(lib: Path, key: Any) -> None:
    """In a child: one chat cleared and a backup keeping only the newest 2, whose retention
    deletes the other backups, the cleared chat's packs (the one-day margin of unused packs
    set to 0 in this process) and the old indexes."""
    from backupgui.destinations.gdrive import open_drive_from_env
    from backupgui.engine import BackupRequest, backup, retention
    from backupgui.library.store import Library

    retention.PACK_MARGIN_S = 0  # (packs made seconds ago count as old: a day's margin)
    with Library(lib) as library, library.transaction() as w:
        w.clear_chat(library.chat_ids()[1])
    result = backup(BackupRequest(lib, open_drive_from_env(), key, keep=2))
    if not result.removed_snapshots:
        raise SystemExit("retention: nothing removed")


def count(requests: list[dict]) -> dict:
    """The emulator's log by kind (``lookup``: the listings that looked one name up), its
    ``total``, and ``start``: the requests before the first upload."""
    kinds = Counter(r["category"] for r in requests)
    # (a lock's listing of locks/ "or name = '<config>'" lists a folder, not one name)
    lookups = sum(r["category"] == "list" and "name = '" in (q := (r.get("query") or {}).get("q", ""))
                  and " or name = '" not in q for r in requests)
    if lookups:
        kinds["lookup"] = lookups
    first_upload = next((i for i, r in enumerate(requests) if r["category"] in _UPLOADS),
                        len(requests))
    out = {"total": len(requests), **dict(sorted(kinds.items()))}
    out["start"] = first_upload
    return out


def kinds_text(counts: dict) -> str:
    """``count``'s kinds as one line: "list 3, media 4, …"."""
    return ", ".join(f"{k} {v}" for k, v in counts.items() if k not in ("total", "start"))
