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


def secure_backends(backend: KeyringBackend) -> tuple[list[KeyringBackend], str]:
    """The backends behind ``backend`` that keep secrets in a real password store, best
    first, and the reason when there is none. A chainer is looked into: what counts is what
    it chains to. Never secure: the fail and null backends, any plaintext or keyrings.alt
    backend (files), one that says it is not recommended (priority <= 0), a chainer inside
    a chainer. The one check for K here and for the Google sign-in
    (``google_auth.keyring_status``)."""
    from keyring.backends import chainer, fail, null

    chained = list(backend.backends) if isinstance(backend, chainer.ChainerBackend) else [backend]
    good: list[KeyringBackend] = []
    why = "no keyring service is available"
    for b in chained:
        if isinstance(b, fail.Keyring | null.Keyring | chainer.ChainerBackend):
            continue
        module = type(b).__module__.lower()
        if "plaintext" in module or module.startswith("keyrings.alt"):
            why = "the only keyring found stores secrets in a plain file"
            continue
        try:
            if b.priority <= 0:  # type: ignore[operator]
                why = "the keyring backend is not recommended for secrets"
                continue
        except Exception:  # noqa: BLE001 - some backends compute priority lazily and may fail
            pass
        good.append(b)
    return good, "" if good else why


class KeyStore:
    """Save, load and forget K per backup set in the OS keyring."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> KeyringBackend:
        import keyring  # imported on first use: it is slow to import and to resolve

        return self._backend or keyring.get_keyring()

    def _store(self) -> KeyringBackend | None:
        """The secure backend K goes to: the best one behind the configured backend, used
        directly (a chainer would fall through to the next backend, plaintext included,
        when one refuses)."""
        good, _ = secure_backends(self.backend)
        return good[0] if good else None

    def status(self) -> KeystoreStatus:
        b = self.backend
        good, reason = secure_backends(b)
        return KeystoreStatus(bool(good), type(good[0] if good else b).__name__, reason)

    def available(self) -> bool:
        return self.status().available

    def save(self, set_id: str, key: bytes) -> bool:
        """Store K for a set; False (and logged, without the key) if the keyring refused."""
        if len(key) != KEY_BYTES:
            raise ValueError("a backup key has 32 bytes")
        store = self._store()
        if store is None:
            return False
        import keyring.errors

        try:
            store.set_password(SERVICE, _entry(set_id), base64.b64encode(key).decode())
        except (keyring.errors.KeyringError, NotImplementedError) as exc:
            log.warning("could not save the backup key in the keyring: %s", type(exc).__name__)
            return False
        return True

    def load(self, set_id: str) -> bytes | None:
        """K of a set, or None if it is not stored (or the keyring cannot be used)."""
        store = self._store() if set_id else None
        if store is None:
            return None
        import keyring.errors

        try:
            text = store.get_password(SERVICE, _entry(set_id))
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
        store = self._store() if set_id else None
        if store is None:
            return
        import keyring.errors

        try:
            store.delete_password(SERVICE, _entry(set_id))
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
        store = self._store()
        if store is None:
            return False
        import keyring.errors

        try:
            store.set_password(SERVICE, self._vault_entry(user_id), base64.b64encode(secret).decode())
        except (keyring.errors.KeyringError, NotImplementedError) as exc:
            log.warning("could not save the vault device credential: %s", type(exc).__name__)
            return False
        return True

    def mark_vault_signed(self, user_id: str) -> None:
        """Remember that this device's credential for the record proves itself only by
        signatures (docs/VAULT.md 1.9), so it is never sent as it is again (a vault that
        refused the signature would learn the key it derives). Nothing secret is stored."""
        store = self._store()
        if store is None:
            return
        import keyring.errors

        try:
            store.set_password(SERVICE, "vault-signed-" + self._vault_entry(user_id)[13:], "1")
        except (keyring.errors.KeyringError, NotImplementedError) as exc:
            log.warning("could not save the vault credential's state: %s", type(exc).__name__)

    def vault_signed(self, user_id: str) -> bool:
        """Whether :meth:`mark_vault_signed` was called for the record on this computer."""
        store = self._store()
        if store is None:
            return False
        import keyring.errors

        try:
            return store.get_password(
                SERVICE, "vault-signed-" + self._vault_entry(user_id)[13:]) == "1"
        except keyring.errors.KeyringError:
            return False

    def load_vault_credential(self, user_id: str) -> bytes | None:
        """This device's credential for a vault record, or None."""
        store = self._store()
        if store is None:
            return None
        import keyring.errors

        try:
            text = store.get_password(SERVICE, self._vault_entry(user_id))
        except keyring.errors.KeyringError as exc:
            log.warning("could not read the keyring: %s", type(exc).__name__)
            return None
        try:
            secret = base64.b64decode(text or "", validate=True)
        except ValueError:
            return None
        return secret if len(secret) == KEY_BYTES else None
