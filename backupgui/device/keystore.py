"""The backup key K kept on this device in the OS keyring (no Qt).

Like WhatsApp keeps its key on the phone, the app stores K (never the password) in the
platform keyring under service ``backupgui``, one entry per backup set, so scheduled and
one-click backups run without asking. When no real keyring backend works (Linux without
Secret Service, headless boxes), ``available()`` is False with a reason, and the app asks for
the password or 64-digit key at every backup instead. There is deliberately no plaintext
fallback.

Every call to the keyring has a time limit (``CALL_TIMEOUT_S``) and any failure of it counts as
"the keyring refused": a Secret Service that never answers (a hung daemon, another process
holding its bus name) or answers with D-Bus errors must neither hold a backup forever nor end
it with an internal error. ``fetch`` tells which it was, so a scheduled backup can say why it
cannot run by itself.
"""

from __future__ import annotations

import base64
import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend
else:
    KeyringBackend = Any

log = logging.getLogger(__name__)

SERVICE = "backupgui"
KEY_BYTES = 32
#: Seconds one keyring call may take: long enough for the user to answer the keyring's own
#: unlock prompt, short enough that a keyring that never answers does not hold a backup.
CALL_TIMEOUT_S = 60.0

#: Why ``fetch`` found no key: not stored, the keyring refused or failed (locked, a D-Bus
#: error), or it did not answer within the time limit.
MISSING, REFUSED, TIMEOUT = "missing", "refused", "timeout"


@dataclass(frozen=True)
class KeystoreStatus:
    available: bool
    backend: str
    reason: str = ""


@dataclass(frozen=True)
class KeyLookup:
    key: bytes | None
    problem: str = ""  # "" when key is set, else MISSING, REFUSED or TIMEOUT


class KeyringNoAnswer(Exception):
    """A keyring call did not return within its time limit (``bounded_call``)."""


def bounded_call(fn: Callable[..., Any], *args: Any, timeout: float) -> Any:
    """``fn(*args)`` on a helper thread, waited for at most ``timeout`` seconds; its result,
    or its exception raised here, or ``KeyringNoAnswer``. The one bound on password-store
    calls (the key's ``KeyStore``, the Google sign-in's refresh token). A call that does not
    return is left behind (a daemon thread blocked on the keyring's socket): there is no way
    to cancel a D-Bus call that secretstorage made without one."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = fn(*args)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller below
            box["error"] = exc

    t = threading.Thread(target=run, name="keyring-call", daemon=True)
    t.start()
    t.join(timeout)
    if t.is_alive():
        raise KeyringNoAnswer
    if "error" in box:
        raise box["error"]
    return box.get("value")


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

    def __init__(self, backend: KeyringBackend | None = None,
                 timeout: float = CALL_TIMEOUT_S) -> None:
        self._backend = backend
        self._timeout = timeout

    @property
    def timeout(self) -> float:
        """Seconds one keyring call may take."""
        return self._timeout

    def _call(self, fn: Callable[..., Any], *args: Any) -> Any:
        """``fn(*args)`` bounded by this store's time limit (``bounded_call``)."""
        return bounded_call(fn, *args, timeout=self._timeout)

    def _failed(self, what: str, exc: BaseException) -> str:
        """Log a failed call without its message (it may quote the item) and classify it."""
        if isinstance(exc, KeyringNoAnswer):
            log.warning("%s: the keyring did not answer within %.0f s", what, self._timeout)
            return TIMEOUT
        log.warning("%s: %s", what, type(exc).__name__)
        return REFUSED

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
        entry = _entry(set_id)
        try:
            self._call(store.set_password, SERVICE, entry, base64.b64encode(key).decode())
        except Exception as exc:  # noqa: BLE001 - any keyring failure is "not saved"
            self._failed("could not save the backup key in the keyring", exc)
            return False
        return True

    def load(self, set_id: str) -> bytes | None:
        """K of a set, or None if it is not stored (or the keyring cannot be used)."""
        return self.fetch(set_id).key

    def fetch(self, set_id: str) -> KeyLookup:
        """K of a set, or why there is none (``KeyLookup.problem``)."""
        store = self._store() if set_id else None
        if store is None:
            return KeyLookup(None, MISSING if not set_id else REFUSED)
        entry = _entry(set_id)
        try:
            text = self._call(store.get_password, SERVICE, entry)
        except Exception as exc:  # noqa: BLE001 - a D-Bus error is not a KeyringError
            return KeyLookup(None, self._failed("could not read the keyring", exc))
        if not text:
            return KeyLookup(None, MISSING)
        try:
            key = base64.b64decode(text, validate=True)
        except ValueError:
            log.warning("the keyring entry for set %s is not a key; ignoring it", set_id[:8])
            return KeyLookup(None, MISSING)
        return KeyLookup(key, "") if len(key) == KEY_BYTES else KeyLookup(None, MISSING)

    def forget(self, set_id: str) -> None:
        """Remove K of a set from this device (missing entries are fine)."""
        store = self._store() if set_id else None
        if store is None:
            return
        import keyring.errors

        entry = _entry(set_id)
        try:
            self._call(store.delete_password, SERVICE, entry)
        except keyring.errors.PasswordDeleteError:
            pass
        except Exception as exc:  # noqa: BLE001 - logged; the caller cannot do more
            self._failed("could not remove the key from the keyring", exc)

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
        entry = self._vault_entry(user_id)
        try:
            self._call(store.set_password, SERVICE, entry, base64.b64encode(secret).decode())
        except Exception as exc:  # noqa: BLE001 - any keyring failure is "not saved"
            self._failed("could not save the vault device credential", exc)
            return False
        return True

    def mark_vault_signed(self, user_id: str) -> None:
        """Remember that this device's credential for the record proves itself only by
        signatures (docs/VAULT.md 1.9), so it is never sent as it is again (a vault that
        refused the signature would learn the key it derives). Nothing secret is stored."""
        store = self._store()
        if store is None:
            return
        entry = "vault-signed-" + self._vault_entry(user_id)[13:]
        try:
            self._call(store.set_password, SERVICE, entry, "1")
        except Exception as exc:  # noqa: BLE001 - logged; the caller cannot do more
            self._failed("could not save the vault credential's state", exc)

    def vault_signed(self, user_id: str) -> bool:
        """Whether :meth:`mark_vault_signed` was called for the record on this computer."""
        store = self._store()
        if store is None:
            return False
        entry = "vault-signed-" + self._vault_entry(user_id)[13:]
        try:
            return self._call(store.get_password, SERVICE, entry) == "1"
        except Exception as exc:  # noqa: BLE001 - any keyring failure is "not marked"
            self._failed("could not read the keyring", exc)
            return False

    def load_vault_credential(self, user_id: str) -> bytes | None:
        """This device's credential for a vault record, or None."""
        store = self._store()
        if store is None:
            return None
        entry = self._vault_entry(user_id)
        try:
            text = self._call(store.get_password, SERVICE, entry)
        except Exception as exc:  # noqa: BLE001 - a D-Bus error is not a KeyringError
            self._failed("could not read the keyring", exc)
            return None
        try:
            secret = base64.b64decode(text or "", validate=True)
        except ValueError:
            return None
        return secret if len(secret) == KEY_BYTES else None
