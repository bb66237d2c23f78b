"""The backup engine end to end on the Drive destination, over real HTTP to the emulator."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from backupgui.crypto.keys import format_key, generate_key
from backupgui.crypto.material import RawKey
from backupgui.engine import (
    BackupRequest,
    RestoreRequest,
    VerifyRequest,
    backup,
    list_backups,
    restore,
    verify,
)
from backupgui.errors import DestinationFullError
from backupgui.library.demo import add_demo_messages, create_demo_library
from backupgui.library.store import Library
from backupgui.services.drive_emulator.faults import Fault, RandomFaults
from tests.drive.conftest import TOKEN

KEY = RawKey(bytes(range(32)))


def _content(lib_dir: Path) -> dict:
    with Library(lib_dir, create=False) as lib:
        out = {}
        for c in lib.list_chats():
            msgs = lib.messages(c.id)
            out[c.id] = [(m.id, m.ts_ms, m.text, tuple(r.sha256 for r in m.media)) for m in msgs]
            for m in msgs:
                for r in m.media:
                    p = lib.media_path(r.sha256)
                    assert p.is_file()
        return out


def _media_bytes(lib_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (lib_dir / "media").rglob("*") if p.is_file()}


def test_backup_restore_verify_with_random_faults(make_dest, emulator, tmp_path: Path) -> None:
    create_demo_library(tmp_path / "lib", chats=3, seed=11, media_mb=1.5)
    dest = make_dest(chunk_size=256 * 1024)
    emulator.set_random_faults(RandomFaults(p=0.15, seed=3, kinds=(
        "500", "502", "503", "429", "403-rate", "reset-request", "reset-response")))
    backup(BackupRequest(tmp_path / "lib", dest, KEY, pack_size=512 * 1024))
    verify(VerifyRequest(make_dest(), KEY))
    restore(RestoreRequest(make_dest(), tmp_path / "new", KEY))
    emulator.set_random_faults(None)
    assert _content(tmp_path / "new") == _content(tmp_path / "lib")
    assert _media_bytes(tmp_path / "new") == _media_bytes(tmp_path / "lib")
    failed = [r for r in emulator.requests if r.get("fault")]
    assert failed, "the run should really have met injected faults"


def test_full_drive_fails_cleanly_and_keeps_last_backup(make_dest, emulator, tmp_path: Path) -> None:
    create_demo_library(tmp_path / "lib", chats=2, seed=12, media_mb=0.5)
    dest = make_dest()
    first = backup(BackupRequest(tmp_path / "lib", dest, KEY))
    with Library(tmp_path / "lib") as lib:
        chat = lib.list_chats()[0].id
        add_demo_messages(lib, chat, 20, seed=5, with_photo=True)
    emulator.add_faults(Fault("quota", match="upload", count=100))
    with pytest.raises(DestinationFullError) as e:
        backup(BackupRequest(tmp_path / "lib", make_dest(), KEY))
    assert "Google Drive is full" in str(e.value)
    emulator.add_faults()  # nothing more
    backups = list_backups(make_dest())
    assert [b.snapshot_id for b in backups] == [first.snapshot_id]


def test_cli_with_dest_gdrive(emulator, tmp_path: Path) -> None:
    create_demo_library(tmp_path / "lib", chats=2, seed=13, media_mb=0.3)
    (tmp_path / "key.txt").write_text(format_key(generate_key()))
    env = {**os.environ, "BACKUPGUI_DRIVE_ROOT": emulator.root_url, "BACKUPGUI_DRIVE_TOKEN": TOKEN,
           "XDG_CACHE_HOME": str(tmp_path / "cache")}
    cli = [sys.executable, "-m", "backupgui.cli"]
    common = ["--dest", "gdrive", "--drive-folder", "phone", "--key-file", str(tmp_path / "key.txt")]
    for args in (["backup", "--library", str(tmp_path / "lib"), *common],
                 ["verify", *common],
                 ["restore", "--library", str(tmp_path / "new"), *common]):
        out = subprocess.run([*cli, *args], env=env, capture_output=True, text=True, timeout=180)
        assert out.returncode == 0, out.stderr
        assert TOKEN not in out.stdout + out.stderr
    assert _content(tmp_path / "new") == _content(tmp_path / "lib")


def test_pack_session_lost_mid_pack_is_recovered_in_the_same_backup(make_dest, emulator,
                                                                     tmp_path: Path,
                                                                     monkeypatch) -> None:
    """Drive forgets an upload session (404: expired, or the server restarted) after part of
    a pack went up: the same backup starts that pack's upload again from its spool and
    finishes; the restore is exact and Drive holds each pack once."""
    create_demo_library(tmp_path / "lib", chats=2, seed=5, media_mb=3)
    dest = make_dest(chunk_size=256 * 1024)
    dest.concurrent_uploads = 1  # one upload at a time: the newest chunk logged is this one
    real_take, lost = emulator.faults.take, []

    def take(category: str):
        """The emulator's expire-session fault on the first chunk that does not start a pack."""
        if category == "upload-chunk" and not lost:
            rng = [r for r in emulator.requests if r["category"] == category][-1]["content_range"]
            if rng and rng.startswith("bytes ") and not rng.startswith(("bytes 0-", "bytes */")):
                lost.append(rng)
                return Fault("expire-session", match="upload-chunk")
        return real_take(category)

    monkeypatch.setattr(emulator.faults, "take", take)
    from backupgui.engine import locks

    lock_writes, real_write = [], locks._write
    monkeypatch.setattr(locks, "_write", lambda *a: lock_writes.append(1) or real_write(*a))
    result = backup(BackupRequest(tmp_path / "lib", dest, KEY, pack_size=1 << 20))
    assert len(lost) == 1
    assert [r["content_range"] for r in emulator.requests if r.get("fault")] == lost
    packs = [f["name"] for f in emulator.store.all_views() if "/data/" in f["name"]]
    assert len(packs) == len(set(packs)) == result.packs_written
    starts = [r for r in emulator.requests if r["category"] == "upload-start"]
    resumable = [f for f in emulator.store.all_views() if f["name"].startswith("sets/")]
    # one object started twice; each lock object (docs/FORMAT.md 10.3) started once, and was
    # removed again
    assert len(starts) == len(resumable) + len(lock_writes) + 1
    restore(RestoreRequest(make_dest(), tmp_path / "new", KEY))
    assert _content(tmp_path / "new") == _content(tmp_path / "lib")
    assert _media_bytes(tmp_path / "new") == _media_bytes(tmp_path / "lib")
    assert not list((tmp_path / "spool").rglob("*.json"))  # nothing left pending


def test_a_first_backup_lists_nothing_in_the_set_it_creates(make_dest, emulator, tmp_path: Path) -> None:
    """A set made in this backup (a fresh random id) has no config to replace and no
    snapshots, indexes or packs to list when it is opened: one listing of the sets, then
    writes. The next backup of the same set lists all three and continues from the first."""
    create_demo_library(tmp_path / "lib", chats=2, seed=5, media_mb=0.5)
    first = backup(BackupRequest(tmp_path / "lib", make_dest(), KEY))
    log = emulator.requests
    lists = [e["query"].get("q", "") for e in log if e["category"] == "list"]
    assert "key='d1' and value='sets'" in lists[0]
    assert not [q for q in lists if "/index'" in q or "/data'" in q or q.endswith("/config'")]
    assert len(lists) == 1  # (retention, too, knows the one snapshot without a listing)
    emulator.clear_log()
    with Library(tmp_path / "lib") as lib:
        add_demo_messages(lib, lib.list_chats()[0].id, 5, seed=6)
    second = backup(BackupRequest(tmp_path / "lib", make_dest(), KEY))
    lists = [e["query"].get("q", "") for e in emulator.requests if e["category"] == "list"]
    assert {sub for sub in ("snapshots", "index", "data") if any(f"/{sub}' }}" in q for q in lists)} \
        == {"snapshots", "index", "data"}
    assert second.set_id == first.set_id and second.uploaded_bytes < first.uploaded_bytes
    restore(RestoreRequest(make_dest(), tmp_path / "new", KEY))
    assert _content(tmp_path / "new") == _content(tmp_path / "lib")
