"""The backup key K kept on this device in the OS keyring (no Qt).

Like WhatsApp keeps its key on the phone, the app stores K (never the password) in the
platform keyring under service ``backupgui``, one entry per backup set, so scheduled and
one-click backups run without asking. When no real keyring backend works (Linux without
Secret Service, headless boxes), ``available()`` is False with a reason, and the app asks for
the password or 64-digit key at every backup instead. There is deliberately no plaintext
fallback.
"""

from __future__ import annotations

import base64
import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend
else:
    KeyringBackend = Any

log = logging.getLogger(__name__)

SERVICE = "backupgui"
KEY_BYTES = 32


@dataclass(frozen=True)
class KeystoreStatus:
    available: bool
    backend: str
    reason: str = ""


def _entry(set_id: str) -> str:
    if not set_id or not all(c in "0123456789abcdef" for c in set_id.lower()):
        raise ValueError("a backup set id is a hex string")
    return f"set-{set_id.lower()}"


def _is_usable(backend: KeyringBackend) -> tuple[bool, str]:
    """Whether a backend really stores secrets (not the fail backend or an empty chainer)."""
    from keyring.backends import chainer, fail

    if isinstance(backend, fail.Keyring):
        return False, "no keyring service is available"
    if isinstance(backend, chainer.ChainerBackend):
        usable = [b for b in backend.backends if not isinstance(b, fail.Keyring)]
        if not usable:
            return False, "no keyring service is available"
    name = type(backend).__module__
    if "plaintext" in name.lower() or "keyrings.alt.file" in name:
        return False, "the only keyring found stores secrets in a plain file"
    try:
        if backend.priority <= 0:  # type: ignore[operator]
            return False, "the keyring backend is not recommended for secrets"
    except Exception:  # noqa: BLE001 - some backends compute priority lazily and may fail
        pass
    return True, ""


class KeyStore:
    """Save, load and forget K per backup set in the OS keyring."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> KeyringBackend:
        import keyring  # imported on first use: it is slow to import and to resolve

        return self._backend or keyring.get_keyring()

    def status(self) -> KeystoreStatus:
        b = self.backend
        ok, reason = _is_usable(b)
        return KeystoreStatus(ok, type(b).__name__, reason)

    def available(self) -> bool:
        return self.status().available

    def save(self, set_id: str, key: bytes) -> bool:
        """Store K for a set; False (and logged, without the key) if the keyring refused."""
        if len(key) != KEY_BYTES:
            raise ValueError("a backup key has 32 bytes")
        if not self.available():
            return False
        import keyring.errors

        try:
            self.backend.set_password(SERVICE, _entry(set_id), base64.b64encode(key).decode())
        except keyring.errors.KeyringError as exc:
            log.warning("could not save the backup key in the keyring: %s", type(exc).__name__)
            return False
        return True

    def load(self, set_id: str) -> bytes | None:
        """K of a set, or None if it is not stored (or the keyring cannot be used)."""
        if not set_id or not self.available():
            return None
        import keyring.errors

        try:
            text = self.backend.get_password(SERVICE, _entry(set_id))
        except keyring.errors.KeyringError as exc:
            log.warning("could not read the keyring: %s", type(exc).__name__)
            return None
        if not text:
            return None
        try:
            key = base64.b64decode(text, validate=True)
        except ValueError:
            log.warning("the keyring entry for set %s is not a key; ignoring it", set_id[:8])
            return None
        return key if len(key) == KEY_BYTES else None

    def forget(self, set_id: str) -> None:
        """Remove K of a set from this device (missing entries are fine)."""
        if not set_id or not self.available():
            return
        import keyring.errors

        try:
            self.backend.delete_password(SERVICE, _entry(set_id))
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            log.warning("could not remove the key from the keyring: %s", type(exc).__name__)

    # -- key vault device credentials (docs/VAULT.md 1.6) --------------------------------------
    @staticmethod
    def _vault_entry(user_id: str) -> str:
        if not re.fullmatch(r"[A-Za-z0-9_-]{16,64}", user_id or ""):
            raise ValueError("a vault user id is 16 to 64 base64url characters")
        return f"vault-device-{user_id}"

    def save_vault_credential(self, user_id: str, secret: bytes) -> bool:
        """Keep this device's credential for a vault record; False if the keyring refused."""
        if len(secret) != KEY_BYTES:
            raise ValueError("a device credential has 32 bytes")
        if not self.available():
            return False
        import keyring.errors

        try:
            self.backend.set_password(SERVICE, self._vault_entry(user_id),
                                      base64.b64encode(secret).decode())
        except keyring.errors.KeyringError as exc:
            log.warning("could not save the vault device credential: %s", type(exc).__name__)
            return False
        return True

    def load_vault_credential(self, user_id: str) -> bytes | None:
        """This device's credential for a vault record, or None."""
        if not self.available():
            return None
        import keyring.errors

        try:
            text = self.backend.get_password(SERVICE, self._vault_entry(user_id))
        except keyring.errors.KeyringError as exc:
            log.warning("could not read the keyring: %s", type(exc).__name__)
            return None
        try:
            secret = base64.b64decode(text or "", validate=True)
        except ValueError:
            return None
        return secret if len(secret) == KEY_BYTES else None
