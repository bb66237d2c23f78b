"""Changing how K is protected, and key rotation (issue 2, §8.8)."""

from __future__ import annotations

import pytest

from backupgui.crypto.keys import generate_key
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import (
    BackupRequest,
    change_key_protection,
    export_key,
    list_backups,
    rotate_key,
    verify,
)
from backupgui.engine.summaries import cache_path
from backupgui.engine.types import VerifyRequest
from backupgui.errors import DestinationError, WeakPasswordError, WrongKeyError

from .helpers import (
    OTHER_PASSWORD,
    RecordingDest,
    backup_to,
    chat_contents,
    config_fields,
    dest_files,
    pw,
    restore_from,
)


def _data_objects(dest_dir) -> dict[str, bytes]:
    return {n: b for n, b in dest_files(dest_dir).items() if not n.endswith("/config")}


def _config(dest_dir, set_id) -> dict:
    return config_fields(dest_dir / "sets" / set_id / "config")


def test_change_password_rewraps_only(demo_lib, dest, dest_dir, tmp_path):
    res = backup_to(demo_lib, dest, pw())
    k = export_key(dest, pw())
    data_before = _data_objects(dest_dir)
    cfg_before = _config(dest_dir, res.set_id)

    assert change_key_protection(dest, pw(), pw(OTHER_PASSWORD)) == "password"
    assert _data_objects(dest_dir) == data_before  # byte for byte, nothing re-uploaded
    cfg = _config(dest_dir, res.set_id)
    assert cfg["set_id"] == res.set_id and cfg["created"] == cfg_before["created"]
    for field in ("nonce", "wrapped_key"):
        assert cfg["password"][field] != cfg_before["password"][field]
    assert cfg["password"]["kdf"]["salt"] != cfg_before["password"]["kdf"]["salt"]

    with pytest.raises(WrongKeyError):
        verify(VerifyRequest(dest, pw()))
    verify(VerifyRequest(dest, pw(OTHER_PASSWORD)))
    assert export_key(dest, pw(OTHER_PASSWORD)) == k
    restore_from(dest, tmp_path / "r", pw(OTHER_PASSWORD))
    assert chat_contents(tmp_path / "r") == chat_contents(demo_lib)
    # A later backup with the new password goes on in the same set, incrementally.
    again = backup_to(demo_lib, dest, pw(OTHER_PASSWORD))
    assert again.set_id == res.set_id and again.packs_written == 0


def test_switch_password_to_key_and_back(demo_lib, dest, dest_dir, tmp_path):
    res = backup_to(demo_lib, dest, pw())
    data_before = _data_objects(dest_dir)
    k = export_key(dest, pw())

    assert change_key_protection(dest, pw(), RawKey(k)) == "key"
    cfg = _config(dest_dir, res.set_id)
    assert cfg["key_mode"] == "key" and "password" not in cfg
    assert list_backups(dest)[0].key_mode == "key"
    with pytest.raises(WrongKeyError):
        verify(VerifyRequest(dest, pw()))
    verify(VerifyRequest(dest, RawKey(k)))
    assert _data_objects(dest_dir) == data_before

    assert change_key_protection(dest, RawKey(k), pw(OTHER_PASSWORD)) == "password"
    assert list_backups(dest)[0].key_mode == "password"
    with pytest.raises(WrongKeyError):
        verify(VerifyRequest(dest, pw()))
    verify(VerifyRequest(dest, pw(OTHER_PASSWORD)))
    verify(VerifyRequest(dest, RawKey(k)))  # the 64-digit key opens any mode
    assert _data_objects(dest_dir) == data_before
    restore_from(dest, tmp_path / "r", pw(OTHER_PASSWORD))
    assert chat_contents(tmp_path / "r") == chat_contents(demo_lib)


def test_refused_changes_leave_the_config_alone(demo_lib, dest, dest_dir):
    res = backup_to(demo_lib, dest, pw())
    before = (dest_dir / "sets" / res.set_id / "config").read_bytes()
    with pytest.raises(WrongKeyError):  # K cannot be replaced by another 64-digit key
        change_key_protection(dest, pw(), RawKey(generate_key()))
    with pytest.raises(WeakPasswordError):
        change_key_protection(dest, pw(), pw("password"))
    with pytest.raises(WrongKeyError):
        change_key_protection(dest, pw(OTHER_PASSWORD), pw("a new good passphrase"))
    assert (dest_dir / "sets" / res.set_id / "config").read_bytes() == before
    verify(VerifyRequest(dest, pw()))


def test_rotate_key_makes_a_new_set_and_removes_the_old_one(demo_lib, dest, dest_dir, tmp_path):
    old = backup_to(demo_lib, dest, pw())
    old_k = export_key(dest, pw())
    new_material = pw(OTHER_PASSWORD)
    assert cache_path(old.set_id).is_file()  # (this computer's summaries of the old set)
    r = rotate_key(BackupRequest(demo_lib, dest, new_material, device_name="t"), pw())
    assert r.set_id != old.set_id
    assert not cache_path(old.set_id).exists() and cache_path(r.set_id).is_file()
    assert not (dest_dir / "sets" / old.set_id).exists() or not any(
        p.is_file() for p in (dest_dir / "sets" / old.set_id).rglob("*"))
    assert [b.set_id for b in list_backups(dest)] == [r.set_id]
    new_k = export_key(dest, new_material)
    assert new_k != old_k
    with pytest.raises(WrongKeyError):
        verify(VerifyRequest(dest, RawKey(old_k)))
    with pytest.raises(WrongKeyError):
        verify(VerifyRequest(dest, pw()))
    restore_from(dest, tmp_path / "r", new_material)
    assert chat_contents(tmp_path / "r") == chat_contents(demo_lib)


def test_failed_rotation_keeps_the_old_set(demo_lib, dest_dir, tmp_path):
    dest = FolderDestination(dest_dir)
    old = backup_to(demo_lib, dest, pw(), pack_size=1 << 20)
    old_files = {n: b for n, b in dest_files(dest_dir).items() if old.set_id in n}
    failing = RecordingDest(dest_dir, fail_after_packs=1)
    with pytest.raises(DestinationError):
        rotate_key(BackupRequest(demo_lib, failing, pw(OTHER_PASSWORD), pack_size=1 << 20), pw())
    # The old set is complete and still the current one.
    assert {n: b for n, b in dest_files(dest_dir).items() if old.set_id in n} == old_files
    latest = list_backups(dest)[0]
    assert (latest.set_id, latest.snapshot_id) == (old.set_id, old.snapshot_id)
    restore_from(dest, tmp_path / "r", pw())
    assert chat_contents(tmp_path / "r") == chat_contents(demo_lib)
    # Retrying succeeds and only then removes the old set.
    r = rotate_key(BackupRequest(demo_lib, dest, pw(OTHER_PASSWORD)), pw())
    assert not any(old.set_id in n for n in dest_files(dest_dir))
    assert list_backups(dest)[0].set_id == r.set_id
    verify(VerifyRequest(dest, pw(OTHER_PASSWORD)))
