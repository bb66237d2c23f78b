"""Finding 1: a restore must not write outside the library, whatever names a backup holds.

The attacker holds K (a backup handed over with its key, a leaked key) and writes a backup
whose media hashes are paths. Before the fix the blob's bytes landed wherever the name
pointed, before any check, and stayed after the "damaged" error; the existence check and the
staging write resolved a relative name one folder apart, so an existing file was rewritten.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from backupgui.engine import RestoreRequest, restore
from backupgui.errors import DamagedBackupError
from backupgui.format.canonical import match_canonical_blob
from backupgui.format.index import decode_index
from backupgui.format.manifest import check_text_block, decode_manifest, encode_text_blob
from backupgui.format.pack import BlobEntry
from backupgui.library.model import MediaRef, Message
from backupgui.library.store import Library

from .conftest import KEY, PNG
from .crafted import craft_backup

GOOD_SHA = hashlib.sha256(PNG).hexdigest()


def _files(root: Path) -> set[str]:
    return {os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(root) for f in fs}


@pytest.fixture
def home(tmp_path) -> Path:
    """A user's home with a dotfile, the library two folders down."""
    home = tmp_path / "home" / "user"
    home.mkdir(parents=True)
    (home / ".bashrc").write_text("the user's own file\n")
    return home


@pytest.mark.parametrize("where", ["manifest", "message blob", "both"])
@pytest.mark.parametrize("chats", [None, ("chat-1",)], ids=["all chats", "one chat"])
def test_relative_media_name_cannot_rewrite_a_file_outside(home, tmp_path, dest, where, chats):
    evil = "../../.bashrc"  # staging/../../.bashrc is home/.bashrc; has_media looked elsewhere
    craft_backup(dest, KEY, manifest_sha=evil if where != "message blob" else GOOD_SHA,
                 text_sha=evil if where != "manifest" else GOOD_SHA, payload=b"echo owned\n")
    before = _files(tmp_path)
    lib = home / "lib"
    with pytest.raises(DamagedBackupError):
        restore(RestoreRequest(dest, lib, KEY, chats=chats))
    assert (home / ".bashrc").read_text() == "the user's own file\n"
    assert _files(tmp_path) - before <= {f"home/user/lib/{n}" for n in ("library.db", "library.db-wal",
                                                                       "library.db-shm")}


@pytest.mark.parametrize("chats", [None, ("chat-1",)], ids=["all chats", "one chat"])
def test_absolute_media_name_writes_nothing(home, tmp_path, dest, chats):
    target = tmp_path / "elsewhere" / "planted"
    target.parent.mkdir()
    craft_backup(dest, KEY, manifest_sha=str(target), text_sha=str(target), payload=b"payload")
    with pytest.raises(DamagedBackupError):
        restore(RestoreRequest(dest, home / "lib", KEY, chats=chats))
    assert not target.exists()
    assert list(target.parent.iterdir()) == []


def test_a_good_crafted_backup_still_restores(home, dest):
    """The same hand-made backup with honest names restores: the checks refuse names, not
    backups that were not made by backupgui."""
    craft_backup(dest, KEY, manifest_sha=GOOD_SHA, text_sha=GOOD_SHA, payload=PNG)
    result = restore(RestoreRequest(dest, home / "lib", KEY))
    assert result.media_restored == 1
    with Library(home / "lib") as lib:
        assert lib.media_path(GOOD_SHA).read_bytes() == PNG


# -- the gate itself (format/names.py, new with the fix) ----------------------------------------
BAD_DIGESTS = ["../../.bashrc", "/etc/passwd", "..", "", GOOD_SHA.upper(), GOOD_SHA[:-1],
               GOOD_SHA + "0", GOOD_SHA[:-1] + "\n", "ab/" + GOOD_SHA[3:], GOOD_SHA[:-1] + "\0",
               "C:" + GOOD_SHA[2:], "\\\\server\\share", 0, None, ["x"],
               # the red-team's other spellings: digits that are digits to Unicode only, a
               # leading newline, Windows separators, a dot-dot prefix of the right length
               "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in GOOD_SHA),
               "".join(chr(0x660 + int(c)) if c.isdigit() else c for c in GOOD_SHA),
               "\n" + GOOD_SHA[1:], "..\\..\\home\\victim.txt", ".." + GOOD_SHA[2:],
               "a" * 100_000]


@pytest.mark.parametrize("bad", BAD_DIGESTS, ids=lambda v: repr(v)[:40])
def test_every_digest_kind_refuses_what_is_not_64_lowercase_hex(bad, tmp_path):
    from backupgui.format import names
    from backupgui.library.store import media_path

    for check in (names.sha256, names.blob_id):
        with pytest.raises(ValueError):
            check(bad)
    with pytest.raises(ValueError):
        media_path(tmp_path / "media", bad)


def test_media_path_is_one_function_and_stays_inside(tmp_path):
    """The existence check and the write go through the same path function."""
    from backupgui.format import names

    with Library(tmp_path / "lib") as lib:
        p = lib.media_path(GOOD_SHA)
        assert p == tmp_path / "lib" / "media" / GOOD_SHA[:2] / GOOD_SHA
        assert not lib.has_media(GOOD_SHA)
        sha, _ = lib.add_media_bytes(PNG)
        assert sha == GOOD_SHA and lib.has_media(GOOD_SHA) and p.is_file()
        for bad in ("../../x", "/abs"):
            with pytest.raises(ValueError):
                lib.has_media(bad)
    with pytest.raises(ValueError):
        names.child_path(tmp_path, "..")
    with pytest.raises(ValueError):
        names.child_path(tmp_path, "a/../../b")


def test_other_names_from_a_backup_have_their_grammar():
    from backupgui.format import names

    ok_snap = "20261127T014856.821Z-5eee0add"
    assert names.snapshot_id(ok_snap) == ok_snap
    for bad in ("../x", "20261127T014856.821Z-5eee0adg", ok_snap + "/..", "latest"):
        with pytest.raises(ValueError):
            names.snapshot_id(bad)
    assert names.set_id("ab" * 16) and names.pack_id("cd" * 16)
    for bad in ("AB" * 16, "ab" * 15, "../" + "a" * 29, "ab" * 16 + " "):
        with pytest.raises(ValueError):
            names.set_id(bad)
        with pytest.raises(ValueError):
            names.pack_id(bad)
    with pytest.raises(ValueError):
        BlobEntry.from_list(["../" + "a" * 61, 0, 1, 1, 0])


def test_index_and_message_blobs_refuse_bad_names():
    import json

    from backupgui.format.compress import compress

    good = {"id": "cd" * 16, "size": 1, "blobs": [["ef" * 32, 0, 1, 1, 0]]}

    assert decode_index(compress(json.dumps({"v": 1, "packs": [good]}).encode()))
    for pack in ({**good, "id": "../../" + "c" * 26}, {**good, "blobs": [["../" + "e" * 61, 0, 1, 1, 0]]}):
        with pytest.raises(ValueError):
            decode_index(compress(json.dumps({"v": 1, "packs": [pack]}).encode()))
    for sha in ("../../.bashrc", GOOD_SHA.upper(), "/etc/passwd"):
        msg = Message("m1", "c", 1, "a", "media", "", media=(MediaRef("image", sha, 1, "image/png", "x"),))
        raw = encode_text_blob("c", "1970-01", [msg])
        assert match_canonical_blob(raw) is None  # the fast path leaves it to the full check,
        with pytest.raises(ValueError):
            check_text_block(raw)  # which refuses it


@pytest.mark.parametrize("field", ["media sha256", "media blob", "text blob", "pack", "set id",
                                   "snapshot id"])
def test_manifest_names_are_checked_when_it_is_read(dest, field):
    import dataclasses

    from backupgui.crypto.segments import ObjectType
    from backupgui.format.manifest import encode_manifest

    repo = craft_backup(dest, KEY, manifest_sha=GOOD_SHA, text_sha=GOOD_SHA, payload=PNG)
    (sid,) = repo.snapshot_names()
    m = decode_manifest(repo.get_object(f"snapshots/{sid}", ObjectType.SNAPSHOT))
    bad = "../../" + "a" * 58
    if field == "media sha256":
        m = dataclasses.replace(m, media=(dataclasses.replace(m.media[0], sha256=bad),))
    elif field == "media blob":
        m = dataclasses.replace(m, media=(dataclasses.replace(m.media[0], blob=bad),))
    elif field == "text blob":
        c = m.chats[0]
        t = dataclasses.replace(c.text_blobs[0], blob=bad)
        m = dataclasses.replace(m, chats=(dataclasses.replace(c, text_blobs=(t,)),))
    elif field == "pack":
        m = dataclasses.replace(m, packs=("../" + "c" * 29,))
    elif field == "set id":
        m = dataclasses.replace(m, set_id="../" + "c" * 29)
    else:
        m = dataclasses.replace(m, snapshot_id="../" + sid[3:])
    with pytest.raises(ValueError, match="bad"):
        decode_manifest(encode_manifest(m))
