"""A test encoder for WhatsApp's Android backup files, written from the public format facts
(docs/IMPORT.md, "File formats"), independently of the decoder under test.

crypt15/14: length byte, feature byte 0x01, protobuf BackupPrefix {1: key type, 2: crypt14
cipher {1 cipher version, 2 key version, 3 server salt, 4 Google id, 5 IV} or 3: crypt15
{1 IV}, 4: BackupExpiry {1 app version, 3 phone end, 4 backup version, 5..39 features}},
AES-256-GCM(zlib(db)), tag, MD5(all before). crypt12: 00 01, key version, salt, Google id,
IV, ciphertext, tag, MD5, 4 bytes of the phone number's end.
"""

from __future__ import annotations

import hashlib
import os
import zlib

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from backupgui.library.importers.whatsapp_db.keyfile import java_byte_array
from backupgui.library.importers.whatsapp_db.protobuf import encode_field


def crypt15_cipher_key(root: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, b"\x00" * 32, b"backup encryption").derive(root)


def _info(app_version: str = "2.24.8.85", features: bool = True) -> bytes:
    body = encode_field(1, app_version.encode()) + encode_field(3, b"42") + encode_field(4, 1)
    if features:
        for f in (5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
                  25, 26, 27, 28, 29, 30, 31, 32, 33, 35, 36, 37, 39):
            body += encode_field(f, 1)
    return body


def _seal(prefix: bytes, key: bytes, iv: bytes, plain: bytes, md5: bool) -> bytes:
    sealed = AESGCM(key).encrypt(iv, zlib.compress(plain, 1), None)  # ciphertext || tag
    out = prefix + sealed
    if md5:
        out += hashlib.md5(out).digest()
    return out


def encrypt_crypt15(db: bytes, root: bytes, *, iv: bytes | None = None, md5: bool = True,
                    features: bool = True) -> bytes:
    iv = iv or os.urandom(16)
    proto = (encode_field(1, 1) + encode_field(3, encode_field(1, iv))
             + encode_field(4, _info(features=features)))
    assert len(proto) < 256
    head = bytes([len(proto)]) + (b"\x01" if features else b"") + proto
    return _seal(head, crypt15_cipher_key(root), iv, db, md5)


def crypt14_key_payload(salt: bytes, google_id: bytes, key: bytes, version: int = 3) -> bytes:
    return (b"\x00\x01" + bytes([version]) + salt + google_id + hashlib.sha256(google_id).digest()
            + b"\x00" * 16 + key)


def crypt14_key_file(salt: bytes, google_id: bytes, key: bytes) -> bytes:
    data = java_byte_array(crypt14_key_payload(salt, google_id, key))
    assert len(data) == 158
    return data


def encrypt_crypt14(db: bytes, salt: bytes, google_id: bytes, key: bytes, *,
                    iv: bytes | None = None) -> bytes:
    iv = iv or os.urandom(16)
    cipher = (encode_field(1, b"\x00\x01") + encode_field(2, b"3") + encode_field(3, salt)
              + encode_field(4, google_id) + encode_field(5, iv))
    proto = encode_field(1, 0) + encode_field(2, cipher) + encode_field(4, _info())
    head = bytes([len(proto)]) + b"\x01" + proto
    return _seal(head, key, iv, db, True)


def encrypt_crypt12(db: bytes, salt: bytes, google_id: bytes, key: bytes, *,
                    iv: bytes | None = None) -> bytes:
    iv = iv or os.urandom(16)
    head = b"\x00\x01\x03" + salt + google_id + iv
    assert len(head) == 67
    return _seal(head, key, iv, db, True) + b"4242"
