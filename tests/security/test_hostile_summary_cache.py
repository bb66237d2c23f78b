"""Hostile snapshot summary cache files against the places that now list from the cache
(docs/SECURITY.md 2.11, s18): ``backupgui-cli list --json`` (a real process) and the restore
wizard's unlock (``unlock_backup``, as the wizard runs it). Each damaged, truncated, planted,
foreign or stale file is ignored and written again, and every answer is the one given with
no cache at all; an authentic copy of the file from before a rollback (restored with the
home folder) hides nothing: the listing decides which backups exist."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from backupgui.crypto.keys import format_key
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import BackupRequest, backup
from backupgui.engine.repository import Repo
from backupgui.engine.summaries import FORMAT, MAX_FILE_BYTES, SummaryCache, cache_path, cache_root
from backupgui.ui.restore.wizard import unlock_backup
from backupgui.ui.settings.destinations import DestinationSpec

from ..engine.helpers import run_cli
from .conftest import KEY, make_library


def _cli_list(dest: Path, lib: Path, key_file: Path) -> list:
    r = run_cli("list", "--dest", dest, "--library", lib, "--key-file", key_file, "--json")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def _wizard(dest: Path, lib: Path, set_id: str) -> tuple:
    u = unlock_backup(DestinationSpec("folder", str(dest)), KEY, set_id, lib)
    return u.backups, u.newest_ms, u.rolled_back


@pytest.fixture
def scene(tmp_path: Path):
    lib, dest = tmp_path / "lib", tmp_path / "dest"
    make_library(lib)
    for _ in range(4):
        backup(BackupRequest(lib, FolderDestination(dest), KEY, keep=30))
    key_file = tmp_path / "key.txt"
    key_file.write_text(format_key(KEY.key))
    repo = Repo.open(FolderDestination(dest), KEY)
    return lib, dest, key_file, repo


def _planted(good: bytes, repo: Repo, rows) -> bytes:
    body = json.loads(good[32:])
    body["entries"] = rows(body["entries"])
    return good[:32] + json.dumps(body).encode()


def _cases(good: bytes, repo: Repo, other: bytes) -> dict[str, bytes]:
    body = json.loads(good[32:])
    fake = list(body["entries"][0])
    fake[0] = "29991231T235959.999Z-deadbeef"  # a backup that does not exist, "newest"
    fake[9] = 10**6
    v1 = dict(body, format="backupgui-snapshot-summaries/1",
              entries=[e[:12] for e in body["entries"]])
    v1_body = json.dumps(v1).encode()
    cache = SummaryCache(repo.set_id, repo.keys.summaries)
    return {
        "empty": b"",
        "truncated": good[: len(good) // 2],
        "one bit flipped": good[:50] + bytes([good[50] ^ 4]) + good[51:],
        "planted backup, old MAC": _planted(good, repo, lambda rows: [*rows, fake]),
        "checks made to match anything, old MAC": _planted(
            good, repo, lambda rows: [[*r[:12], ""] for r in rows]),
        "another set's file": other,
        "oversized": good + b" " * (MAX_FILE_BYTES + 1 - len(good)),
        "s17's format (/1), its own MAC": cache._mac(v1_body) + v1_body,
    }


def test_hostile_cache_files_change_no_listing(scene, tmp_path):
    lib, dest, key_file, repo = scene
    path = cache_path(repo.set_id)
    good = path.read_bytes()
    assert json.loads(good[32:])["format"] == FORMAT
    other_lib, other_dest = tmp_path / "other-lib", tmp_path / "other-dest"
    make_library(other_lib)
    backup(BackupRequest(other_lib, FolderDestination(other_dest), KEY))
    other = cache_path(Repo.open(FolderDestination(other_dest), KEY).set_id).read_bytes()
    shutil.rmtree(cache_root())
    truth_cli, truth_wizard = _cli_list(dest, lib, key_file), _wizard(dest, lib, repo.set_id)
    assert len(truth_cli) == 4 and all(b["authenticated"] for b in truth_cli)
    for name, data in _cases(good, repo, other).items():
        for run in ("cli", "wizard"):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            if run == "cli":
                assert _cli_list(dest, lib, key_file) == truth_cli, name
            else:
                assert _wizard(dest, lib, repo.set_id) == truth_wizard, name
            fresh = SummaryCache(repo.set_id, repo.keys.summaries).load()
            assert fresh.loaded, name  # written again, whole and this set's
            assert len(fresh._entries) == 4 and all(e.check.startswith("stat:")
                                                    for e in fresh._entries.values()), name


def test_an_authentic_cache_file_from_before_a_rollback_hides_nothing(scene, tmp_path):
    """The destination is rolled back (its two newest manifests deleted) and this computer's
    cache file replaced by its own authentic copy from when those existed: ``list`` still
    lists only what the destination holds and says it was rolled back, as without a cache."""
    lib, dest, key_file, repo = scene
    path = cache_path(repo.set_id)
    before = path.read_bytes()
    newest = [b["id"] for b in _cli_list(dest, lib, key_file)][:2]
    for sid in newest:
        os.unlink(dest / repo.prefix / "snapshots" / sid)
    path.write_bytes(before)
    warm = _cli_list(dest, lib, key_file)
    shutil.rmtree(cache_root())
    assert _cli_list(dest, lib, key_file) == warm
    assert [b["id"] for b in warm if b["id"] in newest] == []
    assert len(warm) == 2 and all(b["rolled_back"] is True for b in warm)
    path.write_bytes(before)
    backups, _, rolled_back = _wizard(dest, lib, repo.set_id)
    assert rolled_back is True and not {b.snapshot_id for b in backups} & set(newest)


def test_a_cache_file_planted_through_a_link_or_fifo_is_never_followed(scene, tmp_path):
    lib, dest, key_file, repo = scene
    path = cache_path(repo.set_id)
    shutil.rmtree(cache_root())
    truth = _cli_list(dest, lib, key_file)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_bytes(b"not a cache")
    path.unlink()
    path.symlink_to(elsewhere)
    assert _cli_list(dest, lib, key_file) == truth
    assert elsewhere.read_bytes() == b"not a cache" and not path.is_symlink()
    path.unlink()
    os.mkfifo(path)
    assert _cli_list(dest, lib, key_file) == truth  # (never blocks on it)
    assert SummaryCache(repo.set_id, repo.keys.summaries).load().loaded
