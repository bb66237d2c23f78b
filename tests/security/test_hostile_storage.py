"""What the storage provider can still do with what it kept: a replayed old set config.

Documents a limit (SECURITY.md section 4, FORMAT.md 3.3), not a defence: the config is the
one object a provider can replace with an older authentic copy that is still "right" (its
MAC and key check are those of the same K). After a password change, an old config brings
the old password back. What holds: the data are untouched and nothing is lost (the old
password restores everything), the new password gets a clear "wrong password", and a new
key (rotation) ends it (the old config opens nothing of the new set)."""

from __future__ import annotations

import pytest

from backupgui.engine import BackupRequest, change_key_protection, rotate_key, verify
from backupgui.engine.types import VerifyRequest
from backupgui.errors import DamagedBackupError, WrongKeyError
from tests.engine.helpers import OTHER_PASSWORD, backup_to, pw, restore_from

from .conftest import make_library


def _configs(root) -> dict:
    return {p: p.read_bytes() for p in root.rglob("config")}


def test_a_replayed_old_config_brings_the_old_password_back(tmp_path, dest):
    lib = tmp_path / "lib"
    make_library(lib)
    backup_to(lib, dest, pw())
    old = _configs(tmp_path / "dest")
    change_key_protection(dest, pw(), pw(OTHER_PASSWORD))
    for path, data in old.items():  # the provider puts its copy back
        path.write_bytes(data)
    with pytest.raises(WrongKeyError):
        verify(VerifyRequest(dest, pw(OTHER_PASSWORD)))
    verify(VerifyRequest(dest, pw()))  # the old password opens the set again (not defended)
    res = restore_from(dest, tmp_path / "restored", pw())
    assert res.messages_added == 3  # nothing lost


def test_after_a_new_key_an_old_config_opens_nothing(tmp_path, dest):
    lib = tmp_path / "lib"
    make_library(lib)
    backup_to(lib, dest, pw())
    old = _configs(tmp_path / "dest")
    rotate_key(BackupRequest(lib, dest, pw(OTHER_PASSWORD), device_name="t"), pw())
    for path, data in old.items():  # the old set's config, put back beside the new set
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    # The old password opens only the replayed old config, whose set has no data left.
    with pytest.raises(DamagedBackupError, match="No backup .* authenticates with this key"):
        restore_from(dest, tmp_path / "restored", pw())
    verify(VerifyRequest(dest, pw(OTHER_PASSWORD)))
