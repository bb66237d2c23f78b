"""Issue 19 section 2: names are not trusted, the snapshot chain, key rotation leaves nothing
behind. Each test names the format v1 behaviour it fails on."""

from __future__ import annotations

import json
import os
import secrets
import shutil

import pytest

from backupgui.crypto.keys import generate_key
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import (
    BackupRequest,
    VerifyRequest,
    backup,
    list_authenticated,
    list_backups,
    rotate_key,
    verify,
)
from backupgui.engine.keys import _ROTATION, finish_rotation
from backupgui.engine.repository import Repo
from backupgui.errors import DestinationError
from backupgui.library.demo import add_demo_messages
from backupgui.library.store import Library

from .helpers import (
    OTHER_PASSWORD,
    RecordingDest,
    backup_to,
    chat_contents,
    pw,
    restore_from,
    run_cli,
)

LATER = "20991231T235959.999Z-"  # a snapshot name later than any real one


def _later_name() -> str:
    return LATER + secrets.token_hex(4)


def _add(lib, n: int = 2, seed: int = 5) -> None:
    with Library(lib) as L:
        add_demo_messages(L, L.chat_ids()[0], n, seed=seed)


def _snapshot_files(dest_dir, set_id) -> list[str]:
    return sorted(os.listdir(dest_dir / "sets" / set_id / "snapshots"))


def test_planted_snapshot_names_do_not_make_retention_delete_real_ones(demo_lib, dest, dest_dir):
    """Two empty files named after later snapshot ids made v1's retention (keep 2) delete
    every real manifest, the one just written included, while the backup exited 0."""
    key = RawKey(generate_key())
    first = backup_to(demo_lib, dest, key, keep=2)
    snaps = dest_dir / "sets" / first.set_id / "snapshots"
    planted = [_later_name(), _later_name()]
    for name in planted:
        (snaps / name).write_bytes(b"")
    _add(demo_lib)
    second = backup_to(demo_lib, dest, key, keep=2)
    assert second.removed_snapshots == ()
    assert _snapshot_files(dest_dir, first.set_id) == sorted([first.snapshot_id, second.snapshot_id,
                                                             *planted])
    _add(demo_lib, seed=6)
    third = backup_to(demo_lib, dest, key, keep=2)  # retention removes the oldest real one only
    assert third.removed_snapshots == (first.snapshot_id,)
    assert _snapshot_files(dest_dir, first.set_id) == sorted([second.snapshot_id, third.snapshot_id,
                                                             *planted])
    # 'latest' is the newest snapshot that authenticates, not the greatest name.
    r = restore_from(dest, demo_lib.parent / "r", key)
    assert r.snapshot_id == third.snapshot_id
    assert chat_contents(demo_lib.parent / "r") == chat_contents(demo_lib)


def test_the_snapshot_just_written_is_never_deleted(demo_lib, dest, dest_dir):
    """Even with keep=1 and planted later names, the new snapshot survives its own backup."""
    key = RawKey(generate_key())
    first = backup_to(demo_lib, dest, key)
    (dest_dir / "sets" / first.set_id / "snapshots" / _later_name()).write_bytes(os.urandom(200))
    _add(demo_lib)
    second = backup_to(demo_lib, dest, key, keep=1)
    assert second.snapshot_id in _snapshot_files(dest_dir, first.set_id)
    assert second.removed_snapshots == (first.snapshot_id,)
    verify(VerifyRequest(dest, key))


def _foreign_set(dest_dir, tmp_path, name_later: bool = True) -> str:
    """A whole set made by someone else (their own key and library) with a later name."""
    tag = secrets.token_hex(4)
    other_dest = FolderDestination(tmp_path / f"other-{tag}")
    other_lib = tmp_path / f"other-lib-{tag}"
    shutil.copytree(tmp_path / "lib", other_lib)
    res = backup(BackupRequest(other_lib, other_dest, RawKey(generate_key())))
    src = tmp_path / f"other-{tag}" / "sets" / res.set_id
    if name_later:
        snaps = src / "snapshots"
        os.rename(snaps / res.snapshot_id, snaps / _later_name())
    shutil.copytree(src, dest_dir / "sets" / res.set_id)
    return res.set_id


def test_a_planted_set_with_a_later_name_does_not_become_current(demo_lib, dest, dest_dir, tmp_path):
    """On v1 a planted set with a later snapshot name became 'current': every later backup
    tried to open it with the user's key and failed (WrongKeyError), and 'latest' was it."""
    key = RawKey(generate_key())
    first = backup_to(demo_lib, dest, key)
    planted = _foreign_set(dest_dir, tmp_path)
    assert list_backups(dest)[0].set_id == planted  # by name it looks newest
    _add(demo_lib)
    second = backup_to(demo_lib, dest, key)
    assert second.set_id == first.set_id
    r = restore_from(dest, tmp_path / "r", key)
    assert r.snapshot_id == second.snapshot_id
    listing = list_authenticated(dest, key)
    assert [b.snapshot_id for b in listing.backups] == [second.snapshot_id, first.snapshot_id]
    assert any(planted in w and "does not open" in w for w in listing.warnings)
    # The same with a password: the planted set is tried (it does not open) and skipped.
    pdest = FolderDestination(tmp_path / "pdest")
    pfirst = backup_to(demo_lib, pdest, pw())
    _foreign_set(tmp_path / "pdest", tmp_path)
    assert backup_to(demo_lib, pdest, pw()).set_id == pfirst.set_id


def test_an_index_that_does_not_authenticate_is_ignored_not_fatal(demo_lib, dest, dest_dir):
    """v1 read every object under index/ and failed every backup and restore on a planted
    one ('The backup index ... is damaged')."""
    key = RawKey(generate_key())
    first = backup_to(demo_lib, dest, key)
    (dest_dir / "sets" / first.set_id / "index" / secrets.token_hex(16)).write_bytes(os.urandom(300))
    _add(demo_lib)
    second = backup_to(demo_lib, dest, key)
    r = restore_from(dest, demo_lib.parent / "r", key)
    assert r.snapshot_id == second.snapshot_id
    v = verify(VerifyRequest(dest, key))
    assert any(w.startswith("index ") and "is ignored: it fails its authentication check" in w
               for w in v.warnings)


def test_cli_verify_warns_about_each_unknown_object_and_exits_0(demo_lib, dest, dest_dir, tmp_path):
    """'backupgui-cli verify' reports each object that is no part of the backup as one
    warning line and says the backup is intact (exit 0). v1 exited 5 on the planted index
    and snapshot ('damaged') and never mentioned the other files."""
    key_bytes = generate_key()
    key = RawKey(key_bytes)
    res = backup_to(demo_lib, dest, key)
    keyfile = tmp_path / "key.txt"
    keyfile.write_text(key_bytes.hex())
    s = dest_dir / "sets" / res.set_id
    planted = {
        "junk name": s / "notes.txt",
        "junk in data": s / "data" / "README",
        "bad index": s / "index" / secrets.token_hex(16),
        "bad snapshot": s / "snapshots" / _later_name(),
        "bad pack": s / "data" / secrets.token_hex(16),
        "junk set": dest_dir / "sets" / "not-a-set" / "x",
        "set without config": dest_dir / "sets" / secrets.token_hex(16) / "data" / secrets.token_hex(16),
    }
    for p in planted.values():
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(os.urandom(120))
    r = run_cli("verify", "--dest", dest_dir, "--key-file", keyfile)
    assert r.returncode == 0, r.stderr
    assert "is intact" in r.stdout
    warnings = [line for line in r.stderr.splitlines() if line.startswith("warning: ")]
    assert len(warnings) == len(planted), r.stderr
    for p in planted.values():
        rel = p.relative_to(dest_dir).as_posix()
        named = [w for w in warnings if p.name in w or rel.split("/")[1] in w]
        assert named, (rel, warnings)


def test_manifests_form_a_chain(demo_lib, dest):
    key = RawKey(generate_key())
    first = backup_to(demo_lib, dest, key)
    _add(demo_lib)
    second = backup_to(demo_lib, dest, key)
    repo = Repo.open(dest, key)
    m1, m2 = repo.snapshots().infos
    assert (m1.snapshot_id, m1.seq, m1.prev) == (first.snapshot_id, 1, None)
    assert (m2.snapshot_id, m2.seq, m2.prev) == (second.snapshot_id, 2, first.snapshot_id)


def test_order_is_by_sequence_not_by_clock(demo_lib, dest, dest_dir, monkeypatch):
    """A computer whose clock is behind writes snapshot names that sort earlier; v1 took the
    greatest name as 'latest' and retention deleted the newest backup. The chain decides."""
    import importlib

    from backupgui.engine.repository import snapshot_name

    backup_mod = importlib.import_module("backupgui.engine.backup")

    key = RawKey(generate_key())
    backup_to(demo_lib, dest, key)
    from datetime import UTC, datetime

    monkeypatch.setattr(backup_mod, "snapshot_name",
                        lambda now: snapshot_name(datetime(2001, 1, 1, tzinfo=UTC)))
    _add(demo_lib)
    late = backup_to(demo_lib, dest, key)  # written 'in 2001' by a computer with a bad clock
    assert Repo.open(dest, key).snapshots().head.snapshot_id == late.snapshot_id
    r = restore_from(dest, demo_lib.parent / "r", key)
    assert r.snapshot_id == late.snapshot_id
    monkeypatch.undo()
    _add(demo_lib, seed=9)
    third = backup_to(demo_lib, dest, key, keep=2)
    assert late.snapshot_id in _snapshot_files(dest_dir, third.set_id)


# -- key rotation ----------------------------------------------------------------------------
def test_key_rotate_leaves_no_empty_old_set(demo_lib, dest, dest_dir):
    """v1 left sets/<old>/{data,index,snapshots} as empty folders."""
    old = backup_to(demo_lib, dest, pw())
    rotate_key(BackupRequest(demo_lib, dest, pw(OTHER_PASSWORD)), pw())
    assert not (dest_dir / "sets" / old.set_id).exists()
    assert len(os.listdir(dest_dir / "sets")) == 1


def test_a_failed_rotation_leaves_no_partial_set(demo_lib, tmp_path):
    """v1 wrote the new set's config first: a rotation that failed on its second pack left a
    second set (config and packs) that the next backup took as current."""
    dest_dir = tmp_path / "d"
    old = backup_to(demo_lib, FolderDestination(dest_dir), pw())
    before = sorted(p.relative_to(dest_dir).as_posix() for p in dest_dir.rglob("*") if p.is_file())
    failing = RecordingDest(dest_dir, fail_after_packs=1)
    with pytest.raises(DestinationError):
        rotate_key(BackupRequest(demo_lib, failing, pw(OTHER_PASSWORD), pack_size=64 << 10), pw())
    after = sorted(p.relative_to(dest_dir).as_posix() for p in dest_dir.rglob("*") if p.is_file())
    assert after == before
    assert os.listdir(dest_dir / "sets") == [old.set_id]
    # The old password still opens the one set, and the next backup goes on in it.
    assert backup_to(demo_lib, FolderDestination(dest_dir), pw()).set_id == old.set_id


def test_a_killed_rotation_is_finished_by_the_next_run(demo_lib, dest, dest_dir):
    """A process killed during a rotation leaves objects of a set without config: the
    library remembers the rotation and the next backup removes them."""
    old = backup_to(demo_lib, dest, pw())
    half = Repo.create(dest, pw(OTHER_PASSWORD), write_config=False)
    half.put_object(f"index/{secrets.token_hex(16)}", 2, b"x")
    with Library(demo_lib) as lib:
        lib.put_meta(_ROTATION, json.dumps({"new": half.set_id, "old": old.set_id}))
    assert (dest_dir / "sets" / half.set_id).exists()
    again = backup_to(demo_lib, dest, pw())
    assert again.set_id == old.set_id and again.warnings == ()
    assert not (dest_dir / "sets" / half.set_id).exists()
    # A rotation killed after the new set was complete: the old set goes.
    done = backup_to(demo_lib, dest, pw(OTHER_PASSWORD), new_set=True)
    with Library(demo_lib) as lib:
        lib.put_meta(_ROTATION, json.dumps({"new": done.set_id, "old": old.set_id}))
        finish_rotation(lib, dest)
        assert not lib.get_meta(_ROTATION)
    assert os.listdir(dest_dir / "sets") == [done.set_id]


def test_cli_list_json_has_seq_created_device_and_rolled_back(demo_lib, dest, dest_dir, tmp_path):
    """backupgui-cli list --dest D --json: per snapshot `seq`, `created`, `device` and
    `rolled_back` (true / false / "unknown"). v1 listed names and times only."""
    from .helpers import PASSWORD

    env = {"BACKUPGUI_PASSWORD": PASSWORD}
    first = backup_to(demo_lib, dest, pw())
    _add(demo_lib)
    second = backup_to(demo_lib, dest, pw())

    def listing(*extra, env=env):
        r = run_cli("list", "--dest", dest_dir, "--json", *extra, env=env)
        assert r.returncode == 0, r.stderr
        return json.loads(r.stdout)

    got = listing("--library", demo_lib)
    assert [(b["id"], b["seq"], b["device"], b["rolled_back"]) for b in got] == [
        (second.snapshot_id, 2, "test-device", False), (first.snapshot_id, 1, "test-device", False)]
    assert all(b["authenticated"] and b["created"].endswith("Z") for b in got)
    # A computer with no memory of the set: unknown, written as null.
    assert {b["rolled_back"] for b in listing("--library", tmp_path / "elsewhere")} == {"unknown"}
    # The newest manifest deleted: this library remembers it.
    (dest_dir / "sets" / first.set_id / "snapshots" / second.snapshot_id).unlink()
    got = listing("--library", demo_lib)
    assert [(b["seq"], b["rolled_back"]) for b in got] == [(1, True)]
    # No key: names only, nothing authenticated, everything unknown.
    got = listing(env={})
    assert [(b["id"], b["seq"], b["device"], b["rolled_back"], b["authenticated"]) for b in got] == [
        (first.snapshot_id, None, None, "unknown", False)]
    text = run_cli("list", "--dest", dest_dir, "--library", demo_lib, env=env)
    assert "Newest backup:" in text.stdout and "test-device" in text.stdout
    assert "rolled back" in text.stderr
