"""The keys that open WhatsApp's Android backups, in the three forms WhatsApp uses.

* The **64-digit key** of an end-to-end encrypted backup (crypt15): 32 bytes written as 64
  hex digits, shown by WhatsApp in 16 groups of 4.
* **encrypted_backup.key** (crypt15): the same 32 bytes as a serialized Java ``byte[]``.
* The **key** file of crypt14/crypt12 backups (158 bytes): a serialized ``byte[131]``
  holding cipher version (2), key version (1), server salt (32), Google id salt (16), its
  SHA-256 (32), a zero IV (16) and the AES-256 key (32).

A file is told apart by its content, never by its name. Keys never appear in ``repr`` or in
error text.
"""

from __future__ import annotations

import os
import string
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .... import oswords
from .errors import KEY_DIGITS, ROOT_KEY_BYTES, WhatsAppKeyFormError

# ObjectOutputStream.writeObject(byte[]): stream magic and version, TC_ARRAY, TC_CLASSDESC
# "[B" with its serialVersionUID, SC_SERIALIZABLE, no fields, TC_ENDBLOCKDATA, TC_NULL
# superclass; then the array length (int32, big-endian) and the bytes.
JAVA_BYTE_ARRAY = bytes.fromhex("aced0005" "7572" "0002" "5b42" "acf317f8060854e0" "02" "0000"
                                "7870")
_SEPARATORS = " -\t\n\r_"
MAX_KEY_FILE = 4096  # bytes read from a key file at most (the real ones have 59 or 158)
_SUPPORTED_CIPHER_VERSION = b"\x00\x01"
_CRYPT14_PAYLOAD = 131  # the byte[] inside the 158-byte key file


@dataclass(frozen=True, slots=True)
class Crypt15Key:
    """The 32-byte root key of an end-to-end encrypted backup (the 64-digit key)."""

    root: bytes

    def __post_init__(self) -> None:
        if len(self.root) != ROOT_KEY_BYTES:
            raise WhatsAppKeyFormError(f"The WhatsApp key must be {ROOT_KEY_BYTES} bytes "
                                       f"({KEY_DIGITS} digits).")

    def cipher_key(self) -> bytes:
        """The AES-256-GCM key of the backup file: HKDF-SHA256(root, salt = 32 zero bytes,
        info = "backup encryption")."""
        return HKDF(hashes.SHA256(), 32, b"\x00" * 32, b"backup encryption").derive(self.root)

    def __repr__(self) -> str:
        return "Crypt15Key(…)"


@dataclass(frozen=True, slots=True)
class Crypt14Key:
    """The contents of a crypt14/crypt12 ``key`` file."""

    cipher_version: bytes
    key_version: int
    server_salt: bytes
    google_id: bytes
    key: bytes

    def __repr__(self) -> str:
        return f"Crypt14Key(key_version={self.key_version}, …)"


WhatsAppKey = Crypt15Key | Crypt14Key


def java_byte_array(data: bytes) -> bytes:
    """``data`` serialized as Java does ``byte[]`` (the key files' form; tests write it too)."""
    return JAVA_BYTE_ARRAY + len(data).to_bytes(4, "big") + data


def _java_payload(data: bytes) -> bytes | None:
    """The bytes of a serialized Java ``byte[]``, or None if ``data`` is not exactly one."""
    n = len(JAVA_BYTE_ARRAY)
    if len(data) < n + 4 or data[:n] != JAVA_BYTE_ARRAY:
        return None
    length = int.from_bytes(data[n:n + 4], "big")
    payload = data[n + 4:]
    return payload if length == len(payload) else None


def parse_key_text(text: str) -> Crypt15Key:
    """The 64-digit key as typed or kept in a text file: spaces, dashes and case ignored."""
    cleaned = "".join(ch for ch in text if ch not in _SEPARATORS).lower()
    bad = sorted({ch for ch in cleaned if ch not in string.hexdigits.lower()})
    if bad:
        # Name the kind of character, never the key's own characters.
        raise WhatsAppKeyFormError("The WhatsApp key holds only the digits 0-9 and the letters "
                                   "a-f; the text given has other characters.")
    if len(cleaned) != KEY_DIGITS:
        raise WhatsAppKeyFormError(
            f"The WhatsApp key has {KEY_DIGITS} digits; the text given has {len(cleaned)}.")
    return Crypt15Key(bytes.fromhex(cleaned))


def parse_key_bytes(data: bytes) -> WhatsAppKey:
    """A key from a key file's content: encrypted_backup.key, the 158-byte ``key`` file, or
    text holding the 64-digit key."""
    payload = _java_payload(data)
    if payload is not None:
        if len(payload) == ROOT_KEY_BYTES:
            return Crypt15Key(payload)
        if len(payload) == _CRYPT14_PAYLOAD:
            return _crypt14_key(payload)
        raise WhatsAppKeyFormError(
            f"This key file holds {len(payload)} bytes; WhatsApp's hold {ROOT_KEY_BYTES} "
            f"(encrypted_backup.key) or {_CRYPT14_PAYLOAD} (key).")
    if data[:4] == JAVA_BYTE_ARRAY[:4]:
        raise WhatsAppKeyFormError("This key file is damaged or not one WhatsApp made.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise WhatsAppKeyFormError("This file is not a WhatsApp key: neither a key file nor text "
                                   f"holding the {KEY_DIGITS}-digit key.") from None
    return parse_key_text(text)


def _crypt14_key(payload: bytes) -> Crypt14Key:
    cipher_version, key_version = payload[:2], payload[2]
    server_salt, google_id, hashed_id = payload[3:35], payload[35:51], payload[51:83]
    if cipher_version != _SUPPORTED_CIPHER_VERSION or key_version not in (1, 2, 3):
        raise WhatsAppKeyFormError("This key file is of a version backupgui does not know.")
    # The file carries the SHA-256 of its Google id salt: a cheap check that it is whole.
    from hashlib import sha256

    if sha256(google_id).digest() != hashed_id:
        raise WhatsAppKeyFormError("This key file is damaged (its internal check fails).")
    return Crypt14Key(cipher_version, key_version, server_salt, google_id, payload[99:131])


def read_key_file(path: str | os.PathLike[str]) -> WhatsAppKey:
    """Read a key file (any of the three forms), reading at most ``MAX_KEY_FILE`` bytes."""
    p = Path(path)
    try:
        with open(p, "rb") as fh:
            data = fh.read(MAX_KEY_FILE + 1)
    except OSError as exc:
        try:
            parse_key_text(str(path))
        except WhatsAppKeyFormError:
            oswords.logged("key file", exc)
            raise WhatsAppKeyFormError(
                f"Cannot read the key file {p.name}: {oswords.problem(exc)}.") from None
        # The key itself was given where a file name belongs: never repeat it.
        raise WhatsAppKeyFormError("A key file is expected here, not the key itself; put the "
                                   "key in a file, or use BACKUPGUI_WHATSAPP_KEY.") from None
    if len(data) > MAX_KEY_FILE:
        raise WhatsAppKeyFormError(f"{p.name} is too big to be a WhatsApp key file.")
    return parse_key_bytes(data)
