"""Interoperability with wa-crypt-tools (PyPI), an outside implementation of the same file
formats: it decrypts what the test encoder makes, and backupgui decrypts what it encrypts,
with key files made by either side. Run as its own command-line tools, as a user would."""

from __future__ import annotations

import subprocess
import sys

import pytest

from backupgui.library import Library
from backupgui.library.importers.whatsapp_db import (
    PhoneBackupRequest,
    import_phone_backup,
    read_key_file,
)
from backupgui.library.importers.whatsapp_db import crypt as wacrypt
from backupgui.library.importers.whatsapp_db.keyfile import Crypt14Key, Crypt15Key, java_byte_array

from . import encoder
from .conftest import build_android

pytest.importorskip("wa_crypt_tools", reason="the test extra installs wa-crypt-tools")

ROOT = bytes.fromhex("c0ffee00" * 8)
SALT, GID, KEY14 = bytes(range(1, 33)), bytes(range(40, 56)), bytes(range(200, 232))


def tool(name: str, *args: str) -> subprocess.CompletedProcess:
    p = subprocess.run([sys.executable, "-m", f"wa_crypt_tools.{name}", *args],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    problems = [line for line in p.stderr.splitlines()
                if any(w in line.lower() for w in ("mismatch", "error", "corrupt", "fatal",
                                                    "not successful"))]
    assert not problems, p.stderr
    return p


def their_key_file(path, crypt14: bool = False, hex_key: str | None = None) -> None:
    """A key file written by wa-crypt-tools' key classes (its wacreatekey command fails to
    write to any file in 0.1.0: it hands an open file to Path())."""
    from wa_crypt_tools.lib.key.key14 import Key14
    from wa_crypt_tools.lib.key.key15 import Key15

    if crypt14:
        key = Key14(cipher_version=b"\x00\x01", key_version=b"\x03")
    else:
        key = Key15(keyarray=bytes.fromhex(hex_key)) if hex_key else Key15()
    key.file_dump(path)


@pytest.fixture
def msgstore(tmp_path):
    return build_android(tmp_path / "msgstore.db", "current")


def test_wa_crypt_tools_decrypts_our_crypt15(tmp_path, msgstore):
    key_file = tmp_path / "encrypted_backup.key"
    key_file.write_bytes(java_byte_array(ROOT))
    enc = tmp_path / "msgstore.db.crypt15"
    enc.write_bytes(encoder.encrypt_crypt15(msgstore.read_bytes(), ROOT))
    out = tmp_path / "theirs.db"
    tool("wadecrypt", str(key_file), str(enc), str(out))
    assert out.read_bytes() == msgstore.read_bytes()
    # And with the 64-digit key as the tool takes it.
    out.unlink()
    tool("wadecrypt", ROOT.hex(), str(enc), str(out))
    assert out.read_bytes() == msgstore.read_bytes()


@pytest.mark.parametrize("version", [14, 12])
def test_wa_crypt_tools_decrypts_our_crypt14_and_12(tmp_path, msgstore, version):
    key_file = tmp_path / "key"
    key_file.write_bytes(encoder.crypt14_key_file(SALT, GID, KEY14))
    make = encoder.encrypt_crypt14 if version == 14 else encoder.encrypt_crypt12
    enc = tmp_path / f"msgstore.db.crypt{version}"
    enc.write_bytes(make(msgstore.read_bytes(), SALT, GID, KEY14))
    out = tmp_path / "theirs.db"
    tool("wadecrypt", str(key_file), str(enc), str(out))
    assert out.read_bytes() == msgstore.read_bytes()


def test_we_decrypt_wa_crypt_tools_crypt15(tmp_path, msgstore):
    key_file = tmp_path / "encrypted_backup.key"
    their_key_file(key_file)
    key = read_key_file(key_file)
    assert isinstance(key, Crypt15Key)
    enc = tmp_path / "msgstore.db.crypt15"
    tool("waencrypt", "--type", "15", str(key_file), str(msgstore), str(enc))
    out = tmp_path / "ours.db"
    info = wacrypt.decrypt_database(enc, key, out)
    assert info.version == 15 and info.checksum
    assert out.read_bytes() == msgstore.read_bytes()
    # The whole import, from the file it made.
    with Library(tmp_path / "library") as lib:
        r = import_phone_backup(lib, PhoneBackupRequest(enc, key))
        assert r.chats == 2 and r.messages_added > 10


def test_we_decrypt_wa_crypt_tools_crypt14(tmp_path, msgstore):
    key_file = tmp_path / "key"
    their_key_file(key_file, crypt14=True)
    assert key_file.stat().st_size == 158
    key = read_key_file(key_file)
    assert isinstance(key, Crypt14Key)
    enc = tmp_path / "msgstore.db.crypt14"
    tool("waencrypt", "--type", "14", str(key_file), str(msgstore), str(enc))
    out = tmp_path / "ours.db"
    assert wacrypt.decrypt_database(enc, key, out).version == 14
    assert out.read_bytes() == msgstore.read_bytes()


def test_their_hex_key_file_and_ours_agree(tmp_path):
    key_file = tmp_path / "encrypted_backup.key"
    their_key_file(key_file, hex_key=ROOT.hex())
    assert key_file.read_bytes() == java_byte_array(ROOT)
    assert read_key_file(key_file) == Crypt15Key(ROOT)
