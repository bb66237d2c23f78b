"""A format v1 set keeps working and is upgraded by its next backup (issue 19): the committed
v1 vectors restore, back up again as v2 without re-sending what is there, and both the v1
and the v2 snapshot stay readable."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from backupgui.crypto.keys import parse_key
from backupgui.crypto.material import Password, RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import (
    BackupRequest,
    RestoreRequest,
    VerifyRequest,
    backup,
    list_authenticated,
    restore,
    verify,
)
from backupgui.engine.repository import Repo
from backupgui.library.store import Library

HERE = Path(__file__).resolve().parent / "v1"
EXPECTED = json.loads((HERE / "expected.json").read_text("utf-8"))
KEY = RawKey(parse_key((HERE / "key.txt").read_text("utf-8")))
PASSWORD = (HERE / "password.txt").read_text("utf-8").rstrip("\n")


@pytest.mark.parametrize("how", ["key", "password"])
def test_a_v1_set_is_upgraded_by_its_next_backup(how, tmp_path):
    material = KEY if how == "key" else Password(PASSWORD)
    root = tmp_path / "dest"
    shutil.copytree(HERE / "backup", root)
    set_dir = root / "sets" / EXPECTED["set_id"]
    v1_objects = {p.relative_to(root).as_posix(): p.read_bytes()
                  for p in set_dir.rglob("*") if p.is_file() and p.parent.name in ("data", "snapshots")}
    dest = FolderDestination(root)
    lib = tmp_path / "lib"
    restore(RestoreRequest(dest, lib, material))  # v1 restores as before
    with Library(lib) as L, L.transaction() as w:
        from backupgui.library.model import Message

        w.add_messages([Message("new-1", "vec-direct", 1_800_000_000_000, "me", "text", "later")])

    r = backup(BackupRequest(lib, dest, material, device_name="new laptop"))
    assert r.set_id == EXPECTED["set_id"]
    outer = json.loads((set_dir / "config").read_text())
    assert outer["version"] == 2 and json.loads(outer["body"])["key_mode"] == "password"
    # Nothing that was there is written again: one new month blob (and the index/manifest;
    # retention merges the two indexes into one v2 index).
    for name, data in v1_objects.items():
        assert (root / name).read_bytes() == data
    repo = Repo.open(dest, material)
    old, new = (repo.load_manifest(i.snapshot_id) for i in repo.snapshots().infos)
    assert (old.version, old.seq, old.snapshot_id) == (1, 0, EXPECTED["snapshot_id"])
    assert (new.version, new.seq, new.prev) == (2, 1, EXPECTED["snapshot_id"])
    assert r.new_blobs == 1
    for name in ("data", "snapshots"):
        heads = {p.read_bytes()[4] for p in (set_dir / name).iterdir()}
        assert heads == {1, 2}  # v1 objects stay, new ones are v2
    assert {p.read_bytes()[4] for p in (set_dir / "index").iterdir()} == {2}
    verify(VerifyRequest(dest, material))
    verify(VerifyRequest(dest, material, snapshot=EXPECTED["snapshot_id"]))
    restore(RestoreRequest(dest, tmp_path / "again", material))
    with Library(tmp_path / "again") as L:
        assert [m.id for m in L.messages("vec-direct")][-1] == "new-1"
    listing = list_authenticated(dest, material)
    assert [(b.seq, b.device) for b in listing.backups] == [(1, "new laptop"), (0, "vector-device")]
