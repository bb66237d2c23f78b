"""On Drive (the emulator, over real HTTP): a file of one of Google's own types (a Docs
Editors file, a shortcut, a folder: ``application/vnd.google-apps.*``) is not a backup object,
whatever its name and appProperties say. Drive lets nobody download it (``403
fileNotDownloadable``), so a provider (or another program with the account's token) that plants
one under an object's name, marked as ours, would make every read of that name fail. Listings
ask for ``mimeType`` and skip such a file like any foreign one, and say so in the log
(docs/DRIVE.md 5, "Google's own types"; SECURITY.md 2.16)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from backupgui.crypto.material import RawKey
from backupgui.engine import BackupRequest, RestoreRequest, backup, restore, verify
from backupgui.engine.repository import read_config
from backupgui.engine.types import VerifyRequest
from backupgui.library.demo import create_demo_library

KEY = RawKey(bytes(range(32)))
DOC = "application/vnd.google-apps.document"
SHORTCUT = "application/vnd.google-apps.shortcut"


def _plant(emulator, name: str, mime: str) -> str:
    """A file of ``mime`` under ``name``, marked as ours with the name's directory levels."""
    parts = name.split("/")[:-1]
    props = {"bg": "1", **{f"d{k}": "/".join(parts[:k]) for k in range(1, min(3, len(parts)) + 1)}}
    return emulator.store.create({"name": name, "mimeType": mime, "parents": ["appDataFolder"],
                                  "appProperties": props}, None, 0)["id"]


@pytest.fixture
def made(tmp_path: Path, make_dest) -> tuple[Path, str]:
    lib = tmp_path / "lib"
    create_demo_library(lib, chats=2, seed=5, media_mb=0.1)
    return lib, backup(BackupRequest(lib, make_dest(), KEY)).set_id


@pytest.mark.parametrize("mime", [DOC, SHORTCUT])
def test_a_google_type_file_under_an_objects_name_is_not_an_object(made, make_dest, emulator,
                                                                   tmp_path, caplog, mime):
    lib, set_id = made
    at = f"sets/{set_id}/"
    planted = [f"{at}config",  # (newer than the real one: a lookup by name takes the newest)
               f"{at}snapshots/29991231T235959.999Z-0badf00d",
               f"{at}data/{'f' * 32}",
               f"{at}index/{'e' * 32}"]
    for name in planted:
        _plant(emulator, name, mime)
    dest = make_dest()
    with caplog.at_level(logging.WARNING, logger="backupgui.destinations.gdrive"):
        listed = {o.name for o in dest.list(at)}
        assert not (set(planted) - {f"{at}config"}) & listed
        assert read_config(dest, set_id).set_id == set_id  # (the real config, not the doc)
    said = caplog.text
    assert mime in said and "not a backup object" in said
    # The whole paths: verify, a restore by id, another backup, all unaffected.
    verify(VerifyRequest(make_dest(), KEY))
    restore(RestoreRequest(make_dest(), tmp_path / "out", KEY))
    assert backup(BackupRequest(lib, make_dest(), KEY)).set_id == set_id
    # (and the planted files are still there: not ours to delete)
    names = [f["name"] for f in emulator.store.files.values() if f["mimeType"] == mime]
    assert sorted(names) == sorted(planted)
