"""The eighth hostile pass (SECURITY.md 2.12): the storage provider, or anyone who writes the
destination, against what a failed or changing answer leaves behind. A real Drive emulator on
127.0.0.1 (its fault plan for the failures) and real folders; the engine's own API."""

from __future__ import annotations

from pathlib import Path

import pytest

from backupgui.crypto.material import RawKey
from backupgui.engine import (
    BackupRequest,
    backup,
    change_key_protection,
    rotate_key,
    verify,
)
from backupgui.engine.repository import Repo, scan_sets
from backupgui.engine.types import VerifyRequest
from backupgui.errors import DestinationError, WrongKeyError
from backupgui.library.model import Message
from backupgui.library.store import Library
from backupgui.services.drive_emulator import Fault
from tests.drive import conftest as _drive
from tests.engine.helpers import OTHER_PASSWORD, pw

from .conftest import make_library

# The Drive emulator's fixtures (tests/drive/conftest.py), used here by name.
_clean_google_env, emulator, fake_time, make_dest = (
    _drive._clean_google_env, _drive.emulator, _drive.fake_time, _drive.make_dest)

OLD = RawKey(bytes(range(32)))
NEW = RawKey(bytes(range(1, 33)))
ONE_REQUEST = 5 << 20  # the app's multipart_max: a config goes in one request


def _no_faults(emulator) -> None:
    emulator.faults = type(emulator.faults)()


def _grow(lib: Path, n: int) -> None:
    with Library(lib) as library, library.transaction() as w:
        w.add_messages([Message(f"x{n}", "chat-1", 1_700_000_100_000 + n, "alice", "text", f"more {n}")])


# -- a config write that Drive failed ----------------------------------------------------------

@pytest.mark.parametrize("multipart_max", [-1, ONE_REQUEST], ids=["session", "one-request"])
def test_a_protection_change_drive_failed_never_lands_later(emulator, make_dest, tmp_path,
                                                            multipart_max):
    """A password change whose config upload Drive kept failing was said to have failed
    ("a failure leaves the old password working"), but its upload stayed journaled, and the
    next open of Drive (any backup, listing or restore) sent it: the new password took
    effect without a word, and the old one was "not correct". Before the fix the second
    ``verify`` below raised ``WrongKeyError``."""
    lib = tmp_path / "lib"
    make_library(lib)
    backup(BackupRequest(lib, make_dest(multipart_max=multipart_max), pw()))
    emulator.add_faults(Fault("503", match="upload|update", count=50))
    with pytest.raises(DestinationError, match="kept failing"):
        change_key_protection(make_dest(multipart_max=multipart_max), pw(), pw(OTHER_PASSWORD))
    _no_faults(emulator)
    for _ in range(2):  # each a new open, which finishes what its journal holds
        verify(VerifyRequest(make_dest(multipart_max=multipart_max), pw()))
    with pytest.raises(WrongKeyError):
        verify(VerifyRequest(make_dest(multipart_max=multipart_max), pw(OTHER_PASSWORD)))
    assert list((tmp_path / "spool").rglob("*.json")) == []


def test_a_rotation_drive_failed_at_its_last_write_keeps_the_old_set(emulator, make_dest, tmp_path,
                                                                    monkeypatch):
    """A key rotation whose new set's config (its last write, after the new set's backup)
    Drive kept failing was said to have failed, and the user kept the old key; but the
    config stayed journaled, the next backup's open of Drive sent it, and that backup,
    finishing the "interrupted" rotation, found the new set complete and removed the old
    one: every backup then opened only with the new key the user was told had not been
    made ("The 64-digit key is not correct for this backup"). Before the fix the backup with
    the old key below raised ``WrongKeyError``."""
    lib = tmp_path / "lib"
    make_library(lib)
    first = backup(BackupRequest(lib, make_dest(), OLD))
    write_config = Repo.write_config

    def drive_fails_from_here(self, data):
        emulator.add_faults(Fault("503", match="any", count=60))  # the clean-up's look too
        write_config(self, data)

    monkeypatch.setattr(Repo, "write_config", drive_fails_from_here)
    with pytest.raises(DestinationError, match="kept failing"):
        rotate_key(BackupRequest(lib, make_dest(), NEW), OLD)
    monkeypatch.setattr(Repo, "write_config", write_config)
    _no_faults(emulator)

    again = backup(BackupRequest(lib, make_dest(), OLD))
    assert again.set_id == first.set_id
    assert [s.config.set_id for s in scan_sets(make_dest())] == [first.set_id]
    verify(VerifyRequest(make_dest(), OLD))


def test_a_config_write_that_landed_despite_its_error_counts_as_written(emulator, make_dest,
                                                                        tmp_path):
    """Drive applied the change but its answer was cut, and every retry failed: the write
    did happen, so the change is reported done (the destination holds exactly the new
    config), not "failed" with the new password in effect."""
    lib = tmp_path / "lib"
    make_library(lib)
    backup(BackupRequest(lib, make_dest(multipart_max=ONE_REQUEST), pw()))
    emulator.add_faults(Fault("reset-response", match="upload-simple", cut=0.0),
                        Fault("503", match="upload-simple", count=50))
    assert change_key_protection(make_dest(multipart_max=ONE_REQUEST), pw(),
                                 pw(OTHER_PASSWORD)) == "password"
    _no_faults(emulator)
    verify(VerifyRequest(make_dest(multipart_max=ONE_REQUEST), pw(OTHER_PASSWORD)))
