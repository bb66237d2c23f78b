"""Wrapping the backup key K under a key derived from OPAQUE's export_key.

The vault stores only the wrapped blob: it never sees export_key (derived from the password
on the client), so it can neither read K nor test password guesses against the blob.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

_VERSION = b"\x01"
_INFO = b"backupgui vault key wrap v1\x00"
_AAD = b"backupgui-vault/K/v1\x00"
KEY_LEN = 32
BLOB_LEN = 1 + 12 + KEY_LEN + 16


class UnwrapError(ValueError):
    """The blob does not decrypt under this export key (or was modified)."""


def _wrapping_key(export_key: bytes, user_id: str) -> bytes:
    return HKDF(hashes.SHA512(), 32, salt=None, info=_INFO + user_id.encode()).derive(export_key)


def wrap_key(export_key: bytes, user_id: str, key: bytes) -> bytes:
    """AES-256-GCM(HKDF(export_key), K) bound to the user id."""
    if len(key) != KEY_LEN:
        raise ValueError("the backup key must be 32 bytes")
    nonce = os.urandom(12)
    ct = AESGCM(_wrapping_key(export_key, user_id)).encrypt(nonce, key, _AAD + user_id.encode())
    return _VERSION + nonce + ct


def unwrap_key(export_key: bytes, user_id: str, blob: bytes) -> bytes:
    """Inverse of :func:`wrap_key`."""
    if len(blob) != BLOB_LEN or blob[:1] != _VERSION:
        raise UnwrapError("wrapped key has the wrong format")
    try:
        return AESGCM(_wrapping_key(export_key, user_id)).decrypt(
            blob[1:13], blob[13:], _AAD + user_id.encode()
        )
    except InvalidTag as exc:
        raise UnwrapError("wrapped key failed authentication") from exc
