"""crypt15 / crypt14 / crypt12: decrypted and authenticated as a stream; a flipped byte
anywhere is refused; a wrong key is told apart from a damaged file."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import zipfile
import zlib

import pytest

from backupgui.library.importers.whatsapp_db import crypt
from backupgui.library.importers.whatsapp_db.errors import (
    DamagedPhoneBackupError,
    PhoneBackupFormatError,
    WhatsAppKeyError,
    WhatsAppKeyFormError,
)
from backupgui.library.importers.whatsapp_db.keyfile import Crypt15Key, parse_key_bytes

from . import encoder

ROOT = bytes.fromhex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff")
SALT, GID, KEY14 = bytes(range(32)), bytes(range(16)), bytes(range(100, 132))


def small_db(tmp_path, rows=20) -> bytes:
    p = tmp_path / "small.db"
    con = sqlite3.connect(p)
    con.execute("CREATE TABLE t (x TEXT)")
    con.executemany("INSERT INTO t VALUES (?)", [(f"row {i}",) for i in range(rows)])
    con.commit()
    con.close()
    return p.read_bytes()


def decrypt(tmp_path, data: bytes, key, **kw) -> bytes:
    src = tmp_path / "in.crypt"
    src.write_bytes(data)
    dst = tmp_path / "out.db"
    if dst.exists():
        dst.unlink()
    crypt.decrypt_database(src, key, dst, **kw)
    return dst.read_bytes()


@pytest.mark.parametrize("md5", [True, False])
@pytest.mark.parametrize("features", [True, False])
def test_crypt15_roundtrip(tmp_path, md5, features):
    db = small_db(tmp_path)
    data = encoder.encrypt_crypt15(db, ROOT, md5=md5, features=features)
    assert decrypt(tmp_path, data, Crypt15Key(ROOT)) == db


def test_crypt14_and_crypt12_roundtrip(tmp_path):
    db = small_db(tmp_path)
    key = parse_key_bytes(encoder.crypt14_key_file(SALT, GID, KEY14))
    assert decrypt(tmp_path, encoder.encrypt_crypt14(db, SALT, GID, KEY14), key) == db
    assert decrypt(tmp_path, encoder.encrypt_crypt12(db, SALT, GID, KEY14), key) == db


def test_header_kinds_are_told_apart():
    db = b"SQLite format 3\x00" + bytes(100)
    assert crypt.sniff(encoder.encrypt_crypt15(db, ROOT)[:257]) == 15
    assert crypt.sniff(encoder.encrypt_crypt14(db, SALT, GID, KEY14)[:257]) == 14
    assert crypt.sniff(encoder.encrypt_crypt12(db, SALT, GID, KEY14)[:257]) == 12
    assert crypt.sniff(db) is None
    assert crypt.sniff(b"PK\x03\x04" + bytes(300)) is None
    assert crypt.sniff(b"") is None


@pytest.mark.parametrize("kind", ["crypt15", "crypt15-nomd5", "crypt14", "crypt12"])
def test_a_flipped_byte_anywhere_is_refused(tmp_path, kind):
    db = small_db(tmp_path, rows=3)
    if kind.startswith("crypt15"):
        key = Crypt15Key(ROOT)
        data = encoder.encrypt_crypt15(db, ROOT, md5=kind == "crypt15")
    else:
        key = parse_key_bytes(encoder.crypt14_key_file(SALT, GID, KEY14))
        make = encoder.encrypt_crypt14 if kind == "crypt14" else encoder.encrypt_crypt12
        data = make(db, SALT, GID, KEY14)
    assert decrypt(tmp_path, data, key) == db
    positions = range(len(data))
    if kind == "crypt15-nomd5":
        # Without the MD5 trailer the clear header's informational values (key type, app
        # version, feature flags), which are not used, are covered by nothing; every other
        # byte still is (the length, the field tags, the IV, ciphertext and tag).
        head = data[0] + 2
        info = data.index(b"2.24.8.85")
        assert data[2:4] == b"\x08\x01"  # key type 1
        positions = [i for i in positions if i != 3 and not (info - 2 <= i < head)]
    elif kind == "crypt12":
        # crypt12 ends with 4 bytes of the phone number that neither the tag nor the MD5
        # cover (and that are not used).
        positions = range(len(data) - 4)
    for i in positions:
        for bit in (0x01, 0x80):
            bad = bytearray(data)
            bad[i] ^= bit
            with pytest.raises((DamagedPhoneBackupError, WhatsAppKeyError, PhoneBackupFormatError,
                                WhatsAppKeyFormError)):
                decrypt(tmp_path, bytes(bad), key)
            assert not (tmp_path / "out.db").exists()  # nothing left on failure


def test_cut_short_or_extended_is_refused(tmp_path):
    db = small_db(tmp_path)
    data = encoder.encrypt_crypt15(db, ROOT)
    for bad in (data[:-1], data[:-17], data[:len(data) // 2], data[:40], data + b"\x00"):
        with pytest.raises((DamagedPhoneBackupError, WhatsAppKeyError, PhoneBackupFormatError)):
            decrypt(tmp_path, bad, Crypt15Key(ROOT))


def test_wrong_key_told_apart_from_damage(tmp_path):
    db = small_db(tmp_path, rows=2000)
    data = encoder.encrypt_crypt15(db, ROOT)
    with pytest.raises(WhatsAppKeyError, match="file itself is whole"):
        decrypt(tmp_path, data, Crypt15Key(os.urandom(32)))
    damaged = bytearray(data)
    damaged[len(data) // 2] ^= 0x10  # in the ciphertext: the key still opens the start
    with pytest.raises(DamagedPhoneBackupError, match="the key is right"):
        decrypt(tmp_path, bytes(damaged), Crypt15Key(ROOT))
    # No MD5 trailer: a wrong key cannot be told from damage at the start; both are said.
    plain = encoder.encrypt_crypt15(db, ROOT, md5=False)
    with pytest.raises(WhatsAppKeyError, match="or the file is damaged"):
        decrypt(tmp_path, plain, Crypt15Key(os.urandom(32)))


def test_other_kind_of_key_is_refused_clearly(tmp_path):
    db = small_db(tmp_path)
    key14 = parse_key_bytes(encoder.crypt14_key_file(SALT, GID, KEY14))
    with pytest.raises(WhatsAppKeyFormError, match="64-digit key"):
        decrypt(tmp_path, encoder.encrypt_crypt15(db, ROOT), key14)
    with pytest.raises(WhatsAppKeyFormError, match="158-byte"):
        decrypt(tmp_path, encoder.encrypt_crypt14(db, SALT, GID, KEY14), Crypt15Key(ROOT))
    other = parse_key_bytes(encoder.crypt14_key_file(bytes(32), GID, KEY14))
    with pytest.raises(WhatsAppKeyError, match="another backup"):
        decrypt(tmp_path, encoder.encrypt_crypt14(db, SALT, GID, KEY14), other)


def _seal15(plain: bytes) -> bytes:
    """A crypt15 file whose (authentic) content is ``plain`` as is (no zlib by us)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from backupgui.library.importers.whatsapp_db.protobuf import encode_field

    iv = os.urandom(16)
    proto = encode_field(1, 1) + encode_field(3, encode_field(1, iv))
    head = bytes([len(proto)]) + b"\x01" + proto
    out = head + AESGCM(encoder.crypt15_cipher_key(ROOT)).encrypt(iv, plain, None)
    return out + hashlib.md5(out).digest()


def test_authentic_but_not_a_database(tmp_path):
    # WhatsApp backs up other things this way too (a zip of settings or stickers).
    buf = tmp_path / "z.zip"
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("a.txt", "x")
    with pytest.raises(PhoneBackupFormatError, match="no message database"):
        decrypt(tmp_path, _seal15(buf.read_bytes()), Crypt15Key(ROOT))
    with pytest.raises(PhoneBackupFormatError, match="no message database"):
        decrypt(tmp_path, _seal15(zlib.compress(b"not sqlite at all" * 10)), Crypt15Key(ROOT))
    with pytest.raises(DamagedPhoneBackupError, match="cut short"):
        whole = zlib.compress(small_db(tmp_path))
        decrypt(tmp_path, _seal15(whole[:len(whole) // 2]), Crypt15Key(ROOT))


def test_decompression_is_bounded(tmp_path):
    bomb = zlib.compress(b"SQLite format 3\x00" + bytes(64 << 20), 9)  # 64 MiB from ~64 KiB
    assert len(bomb) < 1 << 20
    with pytest.raises(PhoneBackupFormatError, match="bigger than"):
        decrypt(tmp_path, _seal15(bomb), Crypt15Key(ROOT), max_output=16 << 20)
    # Within the bound it inflates, a few MiB at a time.
    out = decrypt(tmp_path, _seal15(bomb), Crypt15Key(ROOT))
    assert len(out) == 16 + (64 << 20)


def test_output_is_private(tmp_path):
    db = small_db(tmp_path)
    decrypt(tmp_path, encoder.encrypt_crypt15(db, ROOT), Crypt15Key(ROOT))
    assert (tmp_path / "out.db").stat().st_mode & 0o777 == 0o600


def test_progress_and_cancel(tmp_path):
    from backupgui.errors import CancelledError
    from backupgui.jobs import CancelToken

    db = small_db(tmp_path, rows=50_000)
    data = encoder.encrypt_crypt15(db, ROOT)
    seen = []
    decrypt(tmp_path, data, Crypt15Key(ROOT), progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (len(data), len(data))
    token = CancelToken()
    token.cancel()
    with pytest.raises(CancelledError):
        decrypt(tmp_path, data, Crypt15Key(ROOT), cancel=token)
    assert not (tmp_path / "out.db").exists()
