"""A pack whose header version is greater than this app reads, sealed under the set's key,
was written by a newer backupgui: verify, restore and the CLI say so (update the app, exit
16), as for a newer set config or message blob. The same version byte in a pack that does
not authenticate is damage: an unauthenticated byte never chooses the message
(docs/FORMAT.md 4.1, 11)."""

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

from backupgui.crypto import segments
from backupgui.crypto.keys import format_key
from backupgui.crypto.material import RawKey
from backupgui.crypto.segments import (
    HEADER_SIZE,
    NewerObjectError,
    ObjectType,
    SegmentError,
    SegmentOpener,
    decrypt_range,
    decrypt_stream,
    encrypt_bytes,
)
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import RestoreRequest, VerifyRequest, backup, restore, verify
from backupgui.engine.repository import Repo
from backupgui.engine.types import BackupRequest
from backupgui.errors import DamagedBackupError, NewerFormatError
from backupgui.library.store import Library

from .test_missing_attachments_hostile import KEY, _library

OBJ_KEY = bytes(range(100, 132))


def reseal(objects_key: bytes, rel: str, data: bytes, version: int) -> bytes:
    """``data`` (a stored object) sealed again with header version ``version``, the same
    plaintext and layout, as a newer backupgui that keeps 4.1-4.3 would write it (written
    from FORMAT.md, not with the app's writer, which refuses unknown versions)."""
    head = bytearray(data[:HEADER_SIZE])
    exp = head[6]
    plaintext = b"".join(decrypt_stream(objects_key, rel, head[5], [data]))
    head[4] = version
    salt, prefix = bytes(head[8:40]), bytes(head[40:47])
    key = HKDF(hashes.SHA256(), 32, salt, b"backupgui/v1/object-key").derive(objects_key)
    aead, aad, seg = AESGCM(key), bytes(head) + rel.encode(), 1 << exp
    pieces = [plaintext[i:i + seg] for i in range(0, len(plaintext), seg)] or [b""]
    out = [bytes(head)]
    for i, piece in enumerate(pieces):
        last = i == len(pieces) - 1
        out.append(aead.encrypt(prefix + struct.pack(">IB", i, last), piece, aad))
    return b"".join(out)


# -- the reader -----------------------------------------------------------------------------

@pytest.mark.parametrize("how", ["stream", "opener", "range"])
def test_the_object_reader_tells_a_newer_object_from_damage(how) -> None:
    rel = "data/" + "ab" * 32
    data = encrypt_bytes(OBJ_KEY, ObjectType.PACK, rel, os.urandom(20_000), segment_exp=12)
    newer = reseal(OBJ_KEY, rel, data, 3)
    assert len(newer) == len(data) and newer[4] == 3

    def read(obj: bytes):
        if how == "stream":
            return b"".join(decrypt_stream(OBJ_KEY, rel, ObjectType.PACK, [obj[:100], obj[100:]]))
        if how == "range":
            return decrypt_range(OBJ_KEY, rel, ObjectType.PACK, len(obj),
                                 lambda pos, n: obj[pos:pos + n], 5000, 100)
        op = SegmentOpener(OBJ_KEY, rel, ObjectType.PACK, obj[:HEADER_SIZE], len(obj))
        start, n = op.ciphertext_span(1, 1)
        return op.open_into(1, obj[start:start + n], bytearray(1 << 12))

    read(data)  # (version 2: read as before)
    with pytest.raises(NewerObjectError, match="object version 3 is newer") as e:
        read(newer)
    assert e.value.version == 3
    # The version byte changed, nothing sealed again: the header is authenticated data.
    flipped = data[:4] + bytes([3]) + data[5:]
    with pytest.raises(SegmentError, match="failed authentication") as e:
        read(flipped)
    assert not isinstance(e.value, NewerObjectError)
    # Sealed under another key: not this set's object, whatever its version says.
    other = reseal(OBJ_KEY, rel, data, 3)
    with pytest.raises(SegmentError) as e:
        b"".join(decrypt_stream(bytes(32), rel, ObjectType.PACK, [other]))
    assert not isinstance(e.value, NewerObjectError)
    # Version 0 is older than any backupgui: refused before any authentication.
    with pytest.raises(SegmentError, match="unsupported object version 0"):
        read(reseal(OBJ_KEY, rel, data, 0))


def test_a_newer_version_with_a_broken_header_is_damage() -> None:
    rel = "data/" + "cd" * 32
    data = encrypt_bytes(OBJ_KEY, ObjectType.PACK, rel, b"x" * 100, segment_exp=12)
    newer = bytearray(reseal(OBJ_KEY, rel, data, 9))
    newer[7] = 1  # a reserved byte: later versions keep 4.1's layout
    with pytest.raises(SegmentError, match="invalid fields") as e:
        segments.decrypt_bytes(OBJ_KEY, rel, ObjectType.PACK, bytes(newer))
    assert not isinstance(e.value, NewerObjectError)


# -- verify, restore, the CLI ----------------------------------------------------------------

def _backup_with_newer_pack(tmp_path: Path, *, sealed: bool) -> tuple[FolderDestination, Path]:
    """A real backup one of whose packs (the message pack) says object version 3: sealed
    again under K (``sealed``), or only its version byte changed."""
    _library(tmp_path / "lib", True)
    dest = FolderDestination(tmp_path / "dest")
    result = backup(BackupRequest(tmp_path / "lib", dest, RawKey(KEY), device_name="newer app"))
    repo = Repo.open(dest, RawKey(KEY), result.set_id)
    set_dir = tmp_path / "dest" / "sets" / result.set_id
    pack = min((set_dir / "data").iterdir(), key=lambda p: p.stat().st_size)
    data = pack.read_bytes()
    if sealed:
        pack.write_bytes(reseal(repo.keys.objects, f"data/{pack.name}", data, 3))
    else:
        pack.write_bytes(data[:4] + bytes([3]) + data[5:])
    return dest, pack


def test_verify_and_restore_say_a_newer_backupgui_made_the_pack(tmp_path) -> None:
    dest, pack = _backup_with_newer_pack(tmp_path, sealed=True)
    with pytest.raises(NewerFormatError, match="made by a newer version of backupgui") as e:
        verify(VerifyRequest(dest, RawKey(KEY)))
    assert not isinstance(e.value, DamagedBackupError)
    assert f"pack {pack.name} is in format version 3" in str(e.value)
    assert e.value.exit_code == 16 and "Update backupgui" in e.value.hint
    with pytest.raises(NewerFormatError, match="format version 3"):
        restore(RestoreRequest(dest, tmp_path / "new", RawKey(KEY)))
    with Library(tmp_path / "new") as lib:  # nothing half-restored
        assert lib.list_chats() == [] and not any(lib.media_dir.rglob("*.*"))


def test_an_unauthenticated_newer_version_byte_is_damage(tmp_path) -> None:
    dest, pack = _backup_with_newer_pack(tmp_path, sealed=False)
    with pytest.raises(DamagedBackupError, match=f"The backup is damaged: pack {pack.name} fails its authentication check.") as e:
        restore(RestoreRequest(dest, tmp_path / "new", RawKey(KEY)))
    assert not isinstance(e.value, NewerFormatError)
    with pytest.raises(DamagedBackupError, match=f"The backup is damaged: pack {pack.name} fails its authentication check.") as e:
        verify(VerifyRequest(dest, RawKey(KEY)))
    assert not isinstance(e.value, NewerFormatError)


def test_the_cli_says_update_for_a_newer_pack(tmp_path) -> None:
    _backup_with_newer_pack(tmp_path, sealed=True)
    (tmp_path / "key.txt").write_text(format_key(KEY) + "\n")
    p = subprocess.run([sys.executable, "-m", "backupgui.cli", "verify", "--dest",
                        str(tmp_path / "dest"), "--key-file", str(tmp_path / "key.txt"), "-q"],
                       capture_output=True, text=True, timeout=120,
                       env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert p.returncode == 16, (p.stdout, p.stderr)
    assert "made by a newer version of backupgui" in p.stderr and "format version 3" in p.stderr
    assert "Update backupgui" in p.stderr and "damaged" not in p.stderr
