"""Purpose-separated subkeys of the backup key K (HKDF-SHA256)."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


def hkdf(ikm: bytes, salt: bytes, info: bytes, length: int = 32) -> bytes:
    """HKDF-SHA256."""
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(ikm)


@dataclass(frozen=True, slots=True)
class SetKeys:
    """The subkeys of one backup set, derived from K with the set id as HKDF salt."""

    objects: bytes = field(repr=False)
    blob_id: bytes = field(repr=False)
    config: bytes = field(repr=False)
    key_check: bytes = field(repr=False)
    #: Seed of the Ed25519 key that signs the key vault's sequence record (format v2).
    sequence: bytes = field(repr=False, default=b"")
    #: MAC key of this computer's cache of the set's snapshot summaries (never stored in a
    #: backup: docs/SECURITY.md 2.11).
    summaries: bytes = field(repr=False, default=b"")

    @classmethod
    def derive(cls, key: bytes, set_id: bytes) -> SetKeys:
        return cls(
            objects=hkdf(key, set_id, b"backupgui/v1/objects"),
            blob_id=hkdf(key, set_id, b"backupgui/v1/blob-id"),
            config=hkdf(key, set_id, b"backupgui/v1/config-mac"),
            key_check=hkdf(key, set_id, b"backupgui/v1/key-check"),
            sequence=hkdf(key, set_id, b"backupgui/v2/vault-sequence"),
            summaries=hkdf(key, set_id, b"backupgui/local/snapshot-summaries"),
        )

    def blob_name(self, content_sha256: bytes) -> str:
        """Blob id: HMAC-SHA256(blob-id key, SHA-256 of the plaintext), hex."""
        return hmac.new(self.blob_id, content_sha256, hashlib.sha256).hexdigest()

    def check_value(self) -> str:
        """A value stored with the set that tells a right key from a wrong one."""
        return hmac.new(self.key_check, b"backupgui key check", hashlib.sha256).hexdigest()

    def config_mac(self, canonical: bytes) -> str:
        return hmac.new(self.config, canonical, hashlib.sha256).hexdigest()
