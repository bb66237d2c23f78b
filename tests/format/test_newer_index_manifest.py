"""An index or snapshot manifest whose header version is greater than this app reads, sealed
under the set's key, was written by a newer backupgui: restore, verify, list and backup stop
with "update backupgui" (NewerFormatError, exit 16) instead of ignoring it, which would
restore an older snapshot as the newest or write a backup into a set this version cannot
understand. The same version byte in an object that does not authenticate stays damage,
ignored as before; a leftover newer pack is named as a newer version's (FORMAT.md 9.5, 11)."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from backupgui.crypto.keys import format_key
from backupgui.crypto.material import RawKey
from backupgui.crypto.segments import HEADER_SIZE, ObjectType, decrypt_stream, encrypt_bytes
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import (
    RestoreRequest,
    VerifyRequest,
    backup,
    list_authenticated,
    restore,
    verify,
)
from backupgui.engine.repository import Repo
from backupgui.engine.types import BackupRequest
from backupgui.errors import DamagedBackupError, NewerFormatError
from backupgui.library.store import Library

from .test_missing_attachments_hostile import KEY, _library
from .test_newer_pack import reseal

NEWER = "made by a newer version of backupgui"


def _state(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` and its bytes (to show that nothing was written)."""
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _two_backups(tmp_path: Path) -> tuple[FolderDestination, Path, list[str]]:
    """A set with two snapshots (oldest first) of a real library."""
    _library(tmp_path / "lib", True)
    dest = FolderDestination(tmp_path / "dest")
    ids = []
    for device in ("first", "second"):
        r = backup(BackupRequest(tmp_path / "lib", dest, RawKey(KEY), device_name=device))
        ids.append(r.snapshot_id)
    return dest, tmp_path / "dest" / "sets" / r.set_id, ids


def _newer(set_dir: Path, rel: str, *, sealed: bool) -> None:
    """Make the object at ``rel`` say version 3: sealed again under K, or only the byte."""
    path = set_dir / rel
    data = path.read_bytes()
    if sealed:
        repo = Repo.open(FolderDestination(set_dir.parents[1]), RawKey(KEY), set_dir.name)
        path.write_bytes(reseal(repo.keys.objects, rel, data, 3))
    else:
        path.write_bytes(data[:4] + bytes([3]) + data[5:])


def _newer_snapshot(set_dir: Path, sid: str) -> str:
    """A newer backupgui's snapshot beside ``sid``: ``sid``'s content sealed in version 3
    under a new, later name (a writer never writes a name twice: this computer's summary
    cache of the names it authenticated relies on that, FORMAT.md 10). Its name."""
    new_sid = "2099" + sid[4:-8] + "0123abcd"
    repo = Repo.open(FolderDestination(set_dir.parents[1]), RawKey(KEY), set_dir.name)
    plaintext = repo.get_object(f"snapshots/{sid}", ObjectType.SNAPSHOT)
    rel = f"snapshots/{new_sid}"
    (set_dir / rel).write_bytes(reseal(repo.keys.objects, rel,
                                       encrypt_bytes(repo.keys.objects, ObjectType.SNAPSHOT, rel,
                                                     plaintext), 3))
    return new_sid


def _restore_fails_and_library_untouched(dest, tmp_path: Path, snapshot: str, exc, match: str):
    with pytest.raises(exc, match=match) as e:
        restore(RestoreRequest(dest, tmp_path / "new", RawKey(KEY), snapshot=snapshot))
    with Library(tmp_path / "new") as lib:  # nothing half-restored
        assert lib.list_chats() == [] and not any(lib.media_dir.rglob("*.*"))
    return e.value


# -- a newer snapshot manifest -------------------------------------------------------------------

def test_a_newer_manifest_stops_restore_verify_list_and_backup(tmp_path) -> None:
    dest, set_dir, (old, _) = _two_backups(tmp_path)
    new = _newer_snapshot(set_dir, _)
    before = _state(tmp_path / "dest")
    what = f"its snapshot {new} is in format version 3"
    # The newest is not silently the older one, nor may the older one be restored by id
    # (whoever asks for it cannot know that a newer one exists).
    for snapshot in ("latest", old):
        e = _restore_fails_and_library_untouched(dest, tmp_path, snapshot, NewerFormatError, what)
        assert not isinstance(e, DamagedBackupError) and e.exit_code == 16
        with pytest.raises(NewerFormatError, match=what):
            verify(VerifyRequest(dest, RawKey(KEY), snapshot=snapshot))
    with pytest.raises(NewerFormatError, match=what):
        list_authenticated(dest, RawKey(KEY))
    with pytest.raises(NewerFormatError, match=what):
        backup(BackupRequest(tmp_path / "lib", dest, RawKey(KEY), device_name="old app"))
    assert _state(tmp_path / "dest") == before  # no object written, none deleted (retention)


def test_an_unauthenticated_newer_manifest_is_ignored_as_before(tmp_path) -> None:
    dest, set_dir, (old, new) = _two_backups(tmp_path)
    _newer(set_dir, f"snapshots/{new}", sealed=False)
    listing = list_authenticated(dest, RawKey(KEY))
    assert [b.snapshot_id for b in listing.backups] == [old]
    assert any(new in w and "is ignored: it fails its authentication check" in w
               for w in listing.warnings)
    assert not any("newer" in w for w in listing.warnings)
    assert verify(VerifyRequest(dest, RawKey(KEY))).snapshot_id == old
    assert restore(RestoreRequest(dest, tmp_path / "new", RawKey(KEY))).snapshot_id == old


# -- a newer index -----------------------------------------------------------------------------

def test_a_newer_index_stops_restore_verify_and_backup(tmp_path) -> None:
    dest, set_dir, (_, new) = _two_backups(tmp_path)
    index = sorted((set_dir / "index").iterdir())[0].name
    _newer(set_dir, f"index/{index}", sealed=True)
    before = _state(tmp_path / "dest")
    what = f"its index {index} is in format version 3"
    e = _restore_fails_and_library_untouched(dest, tmp_path, "latest", NewerFormatError, what)
    assert NEWER in str(e) and "Update backupgui" in e.hint
    with pytest.raises(NewerFormatError, match=what):
        verify(VerifyRequest(dest, RawKey(KEY)))
    with pytest.raises(NewerFormatError, match=what):
        backup(BackupRequest(tmp_path / "lib", dest, RawKey(KEY), device_name="old app"))
    assert _state(tmp_path / "dest") == before


def test_an_unauthenticated_newer_index_is_ignored_as_before(tmp_path) -> None:
    dest, set_dir, _ = _two_backups(tmp_path)
    for p in (set_dir / "index").iterdir():
        _newer(set_dir, f"index/{p.name}", sealed=False)
    # No index is read: the restore misses its blobs (damage), the next backup adopts the
    # packs again by their trailers and writes a new index, as for any damaged index.
    e = _restore_fails_and_library_untouched(dest, tmp_path, "latest", DamagedBackupError,
                                             "are missing|is missing")
    assert not isinstance(e, NewerFormatError)
    r = backup(BackupRequest(tmp_path / "lib", dest, RawKey(KEY), device_name="third"))
    assert any("is ignored: it fails its authentication check" in w
               for w in verify(VerifyRequest(dest, RawKey(KEY))).warnings)
    assert restore(RestoreRequest(dest, tmp_path / "new", RawKey(KEY))).snapshot_id == r.snapshot_id


# -- a leftover pack of a newer version ----------------------------------------------------------

def _leftover_pack(set_dir: Path, *, sealed: bool) -> str:
    """A pack no index lists (as an interrupted backup leaves one): a copy of the set's
    smallest pack under a new id, sealed under K with version 3 (``sealed``), or with only
    its version byte changed."""
    src = min((set_dir / "data").iterdir(), key=lambda p: p.stat().st_size)
    data = src.read_bytes()
    pack_id = os.urandom(16).hex()  # (an object id: 32 hex digits, 1.1)
    if not sealed:
        (set_dir / "data" / pack_id).write_bytes(data[:4] + bytes([3]) + data[5:])
        return pack_id
    repo = Repo.open(FolderDestination(set_dir.parents[1]), RawKey(KEY), set_dir.name)
    objects_key = repo.keys.objects
    head = bytearray(data[:HEADER_SIZE])
    plaintext = b"".join(decrypt_stream(objects_key, f"data/{src.name}", ObjectType.PACK, [data]))
    head[4] = 3
    rel = f"data/{pack_id}"
    key = HKDF(hashes.SHA256(), 32, bytes(head[8:40]), b"backupgui/v1/object-key").derive(objects_key)
    aead, aad, seg = AESGCM(key), bytes(head) + rel.encode(), 1 << head[6]
    pieces = [plaintext[i:i + seg] for i in range(0, len(plaintext), seg)] or [b""]
    out = [bytes(head)] + [aead.encrypt(bytes(head[40:47]) + struct.pack(">IB", i, i == len(pieces) - 1),
                                        piece, aad) for i, piece in enumerate(pieces)]
    (set_dir / "data" / pack_id).write_bytes(b"".join(out))
    return pack_id


def test_a_leftover_newer_pack_is_named_by_verify_and_stops_a_backup(tmp_path) -> None:
    dest, set_dir, (_, new) = _two_backups(tmp_path)
    pack_id = _leftover_pack(set_dir, sealed=True)
    warnings = verify(VerifyRequest(dest, RawKey(KEY))).warnings
    mine = [w for w in warnings if pack_id in w]
    assert len(mine) == 1 and NEWER in mine[0] and "format version 3" in mine[0]
    assert "does not authenticate" not in mine[0]
    before = _state(tmp_path / "dest")
    with pytest.raises(NewerFormatError, match=f"its pack {pack_id} is in format version 3"):
        backup(BackupRequest(tmp_path / "lib", dest, RawKey(KEY), device_name="old app"))
    assert _state(tmp_path / "dest") == before
    # What this version wrote can still be restored: that pack is no part of it.
    assert restore(RestoreRequest(dest, tmp_path / "new", RawKey(KEY))).snapshot_id == new


def test_an_unauthenticated_leftover_pack_is_ignored_as_before(tmp_path) -> None:
    dest, set_dir, _ = _two_backups(tmp_path)
    pack_id = _leftover_pack(set_dir, sealed=False)
    mine = [w for w in verify(VerifyRequest(dest, RawKey(KEY))).warnings if pack_id in w]
    assert len(mine) == 1 and "does not authenticate" in mine[0] and "newer" not in mine[0]
    backup(BackupRequest(tmp_path / "lib", dest, RawKey(KEY), device_name="third"))
    assert (set_dir / "data" / pack_id).exists()  # not adopted, not deleted


# -- the CLI -----------------------------------------------------------------------------------

def _cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    (tmp_path / "key.txt").write_text(format_key(KEY) + "\n")
    return subprocess.run([sys.executable, "-m", "backupgui.cli", *args, "--dest", str(tmp_path / "dest"),
                           "--key-file", str(tmp_path / "key.txt")],
                          capture_output=True, text=True, timeout=180,
                          env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})


def test_the_cli_says_update_for_a_newer_manifest_or_index(tmp_path) -> None:
    dest, set_dir, (old, _) = _two_backups(tmp_path)
    new = _newer_snapshot(set_dir, _)
    before = _state(tmp_path / "dest")
    runs = {
        "restore": _cli(tmp_path, "restore", "--library", str(tmp_path / "new"), "-q"),
        "restore old": _cli(tmp_path, "restore", "--backup", old, "--library", str(tmp_path / "new"), "-q"),
        "verify": _cli(tmp_path, "verify", "-q"),
        "list": _cli(tmp_path, "list", "--json", "-q"),
        "backup": _cli(tmp_path, "backup", "--library", str(tmp_path / "lib"), "-q"),
    }
    for what, p in runs.items():
        assert p.returncode == 16, (what, p.stdout, p.stderr)
        assert NEWER in p.stderr and f"snapshot {new}" in p.stderr, (what, p.stderr)
        assert "Update backupgui" in p.stderr and "damaged" not in p.stderr, (what, p.stderr)
    assert runs["list"].stdout.strip() in ("", "[]")  # no older snapshot offered as the newest
    assert _state(tmp_path / "dest") == before
    assert not (tmp_path / "new").exists() or Library(tmp_path / "new").list_chats() == []

    # A newer index (the newer manifest gone): the same answer, naming the index.
    (set_dir / "snapshots" / new).unlink()
    index = sorted((set_dir / "index").iterdir())[0].name
    _newer(set_dir, f"index/{index}", sealed=True)
    p = _cli(tmp_path, "verify", "-q")
    assert p.returncode == 16 and f"its index {index} is in format version 3" in p.stderr, p.stderr
