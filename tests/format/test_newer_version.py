"""A message blob that authenticates under K but has a greater version than this app reads was
written by a newer backupgui: verify, restore and the CLI say so (update the app, exit 16)
instead of calling the backup damaged. Without authentication the same bytes stay damage."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from backupgui.crypto.keys import format_key
from backupgui.crypto.material import RawKey
from backupgui.crypto.subkeys import SetKeys
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import RestoreRequest, VerifyRequest, backup, restore, verify
from backupgui.engine.repository import Repo
from backupgui.engine.types import BackupRequest
from backupgui.errors import DamagedBackupError, NewerFormatError
from backupgui.format.manifest import ChatEntry, TextBlobRef
from backupgui.format.pack import COMP_NONE, BlobEntry
from backupgui.format.reader import BlobDamage, read_message_blob
from backupgui.library.store import Library

from .test_missing_attachments_hostile import KEY, _library, change_written_blobs

BLOB = (b'{"chat":"c","messages":[{"id":"m1","kind":"text","sender":"ana","text":"hi",'
        b'"ts":1699990000000}],"month":"2023-11","v":%d}')


def _backup_with_version(tmp_path: Path, monkeypatch, version: bytes) -> FolderDestination:
    """A real backup whose message blob says ``"v": version``, written (and so named and
    encrypted) with K, as a newer backupgui would write it."""
    _library(tmp_path / "lib", True)  # its blob is version 2 (an attachment without its file)
    changed = change_written_blobs(
        monkeypatch, lambda raw: raw.replace(b',"v":2}', b',"v":' + version + b"}"))
    dest = FolderDestination(tmp_path / "dest")
    backup(BackupRequest(tmp_path / "lib", dest, RawKey(KEY), device_name="newer app"))
    monkeypatch.undo()
    assert changed == [True]
    return dest


def test_verify_and_restore_say_a_newer_backupgui_made_it(tmp_path, monkeypatch) -> None:
    dest = _backup_with_version(tmp_path, monkeypatch, b"3")
    with pytest.raises(NewerFormatError, match="made by a newer version of backupgui") as e:
        verify(VerifyRequest(dest, RawKey(KEY)))
    assert not isinstance(e.value, DamagedBackupError) and "version 3" in str(e.value)
    assert e.value.exit_code == 16 and "Update backupgui" in e.value.hint
    with pytest.raises(NewerFormatError):
        restore(RestoreRequest(dest, tmp_path / "new", RawKey(KEY)))
    with Library(tmp_path / "new") as lib:  # nothing half-restored
        assert lib.list_chats() == [] and not any(lib.media_dir.rglob("*.*"))


@pytest.mark.parametrize("command", ["verify", "restore"])
def test_the_cli_says_update_with_its_own_exit_code(tmp_path, monkeypatch, command) -> None:
    _backup_with_version(tmp_path, monkeypatch, b"7")
    (tmp_path / "key.txt").write_text(format_key(KEY) + "\n")
    args = [sys.executable, "-m", "backupgui.cli", command, "--dest", str(tmp_path / "dest"),
            "--key-file", str(tmp_path / "key.txt"), "-q"]
    if command == "restore":
        args += ["--library", str(tmp_path / "new")]
    p = subprocess.run(args, capture_output=True, text=True, timeout=120,
                       env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert p.returncode == 16, (p.stdout, p.stderr)
    assert "made by a newer version of backupgui" in p.stderr and "version 7" in p.stderr
    assert "Update backupgui" in p.stderr and "damaged" not in p.stderr


def _entry(keys: SetKeys, raw: bytes, *, authentic: bool = True) -> BlobEntry:
    name = keys.blob_name(hashlib.sha256(raw if authentic else raw + b" ").digest())
    return BlobEntry(name, 0, len(raw), len(raw), COMP_NONE)


def test_the_reader_tells_a_newer_blob_from_damage() -> None:
    keys = SetKeys.derive(KEY, bytes(16))
    chat = ChatEntry("c", "Ana", "direct", "whatsapp", None, (), 1, 1, 0, 1699990000000,
                     (TextBlobRef("x" * 64, "2023-11", 1),))
    ref = chat.text_blobs[0]
    ok = BLOB % 1
    assert read_message_blob(keys, _entry(keys, ok), ok, chat, ref).checked.count == 1
    newer = BLOB % 3
    with pytest.raises(NewerFormatError, match="format version 3"):
        read_message_blob(keys, _entry(keys, newer), newer, chat, ref)
    # Not authenticated (its name is not its keyed hash): damage, whatever it says.
    with pytest.raises(BlobDamage, match="fail their authentication check"):
        read_message_blob(keys, _entry(keys, newer, authentic=False), newer, chat, ref)
    # Authenticated, but no greater version: damage as before.
    for bad in (BLOB % 0, BLOB.replace(b"%d", b'"3"'), b"[3]", b"not json"):
        with pytest.raises(BlobDamage, match="malformed"):
            read_message_blob(keys, _entry(keys, bad), bad, chat, ref)


# -- the set config -----------------------------------------------------------------------

def newer_config(data: bytes, material, version: int, *, sign: bool = True,
                 drop: str | None = None) -> bytes:
    """``data`` (a v2 config) as a newer backupgui would write it: format ``version`` outside
    and in the body, a field this app does not know, MAC'd under the set's K (or, with
    ``sign`` False, left with the old MAC); ``drop`` removes a v2 body field."""
    import json

    from backupgui.format.config import parse_config, unlock

    _key, keys = unlock(parse_config(data), material)
    outer = json.loads(data)
    body = json.loads(outer["body"])
    body.update(version=version, new_field="only a newer app knows")
    if drop:
        del body[drop]
    text = json.dumps(body, sort_keys=True, separators=(",", ":"))
    outer.update(version=version, body=text,
                 mac=keys.config_mac(text.encode()) if sign else outer["mac"])
    return json.dumps(outer, sort_keys=True, indent=1).encode()


def _set_with_newer_config(tmp_path: Path, version: int, **kw) -> tuple[FolderDestination, Path]:
    _library(tmp_path / "lib", False)
    dest = FolderDestination(tmp_path / "dest")
    result = backup(BackupRequest(tmp_path / "lib", dest, RawKey(KEY), device_name="old app"))
    path = tmp_path / "dest" / "sets" / result.set_id / "config"
    path.write_bytes(newer_config(path.read_bytes(), RawKey(KEY), version, **kw))
    return dest, path


def test_an_authentic_newer_config_says_update(tmp_path) -> None:
    dest, path = _set_with_newer_config(tmp_path, 3)
    stored = path.read_bytes()
    for run in (lambda: verify(VerifyRequest(dest, RawKey(KEY))),
                lambda: restore(RestoreRequest(dest, tmp_path / "new", RawKey(KEY))),
                lambda: backup(BackupRequest(tmp_path / "lib", dest, RawKey(KEY),
                                             device_name="old app"))):
        with pytest.raises(NewerFormatError, match="settings say format version 3") as e:
            run()
        assert not isinstance(e.value, DamagedBackupError) and e.value.exit_code == 16
    assert path.read_bytes() == stored  # the old app never rewrites (downgrades) it


@pytest.mark.parametrize("case", ["unsigned", "missing key_check", "missing set_id"])
def test_an_unauthenticated_or_malformed_newer_config_is_damage(tmp_path, case) -> None:
    kw = {"sign": False} if case == "unsigned" else {"drop": case.split()[1]}
    dest, _path = _set_with_newer_config(tmp_path, 3, **kw)
    with pytest.raises(DamagedBackupError, match="settings") as e:
        Repo.open(dest, RawKey(KEY), dest.list("sets/")[0].name.split("/")[1])
    assert not isinstance(e.value, NewerFormatError)


def test_the_cli_says_update_for_a_newer_config(tmp_path) -> None:
    _set_with_newer_config(tmp_path, 4)
    (tmp_path / "key.txt").write_text(format_key(KEY) + "\n")
    p = subprocess.run([sys.executable, "-m", "backupgui.cli", "verify", "--dest",
                        str(tmp_path / "dest"), "--key-file", str(tmp_path / "key.txt"), "-q"],
                       capture_output=True, text=True, timeout=120,
                       env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert p.returncode == 16, (p.stdout, p.stderr)
    assert "format version 4" in p.stderr and "Update backupgui" in p.stderr
    assert "damaged" not in p.stderr
