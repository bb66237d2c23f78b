"""Hostile message blobs about attachments without their file (FORMAT.md 8.1), written into a
real backup with a valid key: a writer that breaks a rule of 8.1 still makes blobs that
authenticate, so only the reader's checks stand between them and the library. Verify and
restore (the engine) and the independent decryptor (written from FORMAT.md alone) each call
such a backup damaged, and the restore leaves nothing behind."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from backupgui.crypto.keys import format_key
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import RestoreRequest, VerifyRequest, backup, restore, verify
from backupgui.engine.types import BackupRequest
from backupgui.errors import DamagedBackupError
from backupgui.library import store
from backupgui.library.model import Chat, MediaRef, Message, Participant
from backupgui.library.store import Library
from backupgui.library.textjson import MonthText

KEY = bytes(range(32))
DECRYPTOR = Path(__file__).resolve().parents[1] / "vectors" / "independent_decryptor.py"
TS = 1_699_990_000_000
NULL = b'"sha256":null,"size":0}'

CASES = {
    # (library has an attachment without its file, how the written blob is changed)
    "null entry in a version 1 blob": (True, lambda raw: raw.replace(b',"v":2}', b',"v":1}')),
    "null sha256 with a size": (True, lambda raw: raw.replace(NULL, b'"sha256":null,"size":3}')),
    "null entry with an unknown key": (True, lambda raw: raw.replace(NULL, NULL[:-1] + b',"x":1}')),
    "null entry without its size": (True, lambda raw: raw.replace(NULL, b'"sha256":null}')),
    "empty sha256 string": (True, lambda raw: raw.replace(NULL, b'"sha256":"","size":0}')),
    "version 2 blob without a null entry": (False, lambda raw: raw.replace(b',"v":1}', b',"v":2}')),
    # (a greater version that authenticates is a newer app's blob: test_newer_version.py)
}


def change_written_blobs(monkeypatch, change) -> list[bool]:
    """Make the backup write ``change(plaintext)`` for each month it reads from the library
    (named and encrypted as usual); returns, per month, whether ``change`` changed it."""
    real = store.month_texts
    changed: list[bool] = []

    def changing(db, chat_id, *args):  # what the backup reads
        for t in real(db, chat_id, *args):
            raw = b"".join(t.pieces())
            new = change(raw)
            changed.append(new != raw)
            yield MonthText.whole(chat_id, t.month, t.count, new)

    monkeypatch.setattr(store, "month_texts", changing)
    return changed


def _library(path: Path, missing: bool) -> None:
    chat = Chat("c", "Ana", "direct", "whatsapp", None, (Participant("me", "Me", True),
                                                         Participant("ana", "Ana", False)))
    with Library(path) as lib:
        sha, size = lib.add_media_bytes(b"\xff\xd8\xff photo")
        refs = (MediaRef("image", sha, size, "image/jpeg", "IMG-1.jpg", 0),)
        if missing:
            refs += (MediaRef("file", "", 0, "text/vcard", "Alex.vcf", 1),)
        with lib.transaction() as w:
            w.upsert_chat(chat)
            w.add_messages([Message("m1", "c", TS, "ana", "media", "", media=refs),
                            Message("m2", "c", TS + 1, "me", "text", "thanks")])


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_hostile_blob_is_damage_to_every_reader(case, tmp_path, monkeypatch):
    missing, change = CASES[case]
    _library(tmp_path / "lib", missing)
    changed = change_written_blobs(monkeypatch, change)
    dest = FolderDestination(tmp_path / "dest")
    backup(BackupRequest(tmp_path / "lib", dest, RawKey(KEY), device_name="hostile"))
    monkeypatch.undo()
    assert changed == [True]

    with pytest.raises(DamagedBackupError, match="malformed"):
        verify(VerifyRequest(dest, RawKey(KEY)))
    with pytest.raises(DamagedBackupError, match="malformed"):
        restore(RestoreRequest(dest, tmp_path / "new", RawKey(KEY)))
    with Library(tmp_path / "new") as lib:
        assert lib.list_chats() == [] and not any(lib.media_dir.rglob("*.*"))

    (tmp_path / "key.txt").write_text(format_key(KEY) + "\n")
    p = subprocess.run([sys.executable, str(DECRYPTOR), str(tmp_path / "dest"),
                        "--key-file", str(tmp_path / "key.txt")],
                       capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert p.returncode == 5, (p.stdout, p.stderr)
    assert p.stderr.startswith("damaged:")


def test_the_same_backup_unchanged_reads_everywhere(tmp_path):
    """The control: without the change every reader takes it."""
    _library(tmp_path / "lib", True)
    dest = FolderDestination(tmp_path / "dest")
    backup(BackupRequest(tmp_path / "lib", dest, RawKey(KEY), device_name="hostile"))
    verify(VerifyRequest(dest, RawKey(KEY)))
    restore(RestoreRequest(dest, tmp_path / "new", RawKey(KEY)))
    with Library(tmp_path / "new") as lib:
        (m, _) = lib.messages("c")
        assert [r.filename for r in m.media] == ["IMG-1.jpg", "Alex.vcf"] and m.media[1].sha256 == ""
    (tmp_path / "key.txt").write_text(format_key(KEY) + "\n")
    p = subprocess.run([sys.executable, str(DECRYPTOR), str(tmp_path / "dest"),
                        "--key-file", str(tmp_path / "key.txt")],
                       capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert p.returncode == 0, p.stderr
