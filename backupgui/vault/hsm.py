"""Sealing with a non-extractable AES-256 key held in a PKCS#11 token (python-pkcs11).

Every secret the vault stores (its OPRF seed, its AKE private key, each user record) is
AES-256-GCM encrypted *inside the token* with a key that is ``CKA_SENSITIVE`` and not
``CKA_EXTRACTABLE``; the associated data binds each blob to its purpose and user id.
SoftHSM2 is the development default; any PKCS#11 module with CKM_AES_GCM works.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import threading
from dataclasses import dataclass

import pkcs11
from pkcs11 import Attribute, KeyType, Mechanism, ObjectClass, TokenFlag
from pkcs11.mechanisms import GCMParams

DEFAULT_MODULE = "/usr/lib/softhsm/libsofthsm2.so"
DEFAULT_KEY_LABEL = "backupgui-vault-seal"
#: Label of the token's data objects holding each vault database's high-water mark.
FLOOR_LABEL = "backupgui-vault-floor"
#: Label of the data objects holding the highest PostgreSQL timeline each vault database was
#: seen on, per database system (docs/VAULT.md 10.6).
TIMELINE_LABEL = "backupgui-vault-timeline"
_BLOB_VERSION = b"\x01"
_AAD_PREFIX = b"backupgui-vault/seal/v1\x00"
_IV_LEN = 12
_TAG_BITS = 128


class HsmError(Exception):
    """The token is missing, locked, misconfigured or refused an operation."""


class IntegrityError(HsmError):
    """A sealed blob failed authentication: modified, truncated or moved to another record."""


def _load(module: str) -> pkcs11.lib:
    try:
        return pkcs11.lib(module)
    except Exception as exc:  # python-pkcs11 raises several types for a bad module
        raise HsmError(f"cannot load PKCS#11 module {module}") from exc


def _find_token(lib: pkcs11.lib, label: str) -> pkcs11.Token:
    try:
        return lib.get_token(token_label=label)
    except pkcs11.NoSuchToken as exc:
        raise HsmError(f"no PKCS#11 token labelled {label!r}") from exc


@dataclass(frozen=True)
class KeyReport:
    """The security-relevant attributes of the sealing key, as the token reports them."""

    sensitive: bool
    extractable: bool
    always_sensitive: bool
    never_extractable: bool

    @property
    def ok(self) -> bool:
        return (
            self.sensitive
            and not self.extractable
            and self.always_sensitive
            and self.never_extractable
        )


class Sealer:
    """AES-256-GCM seal/unseal with a key that never leaves the token.

    Calls are serialised with a lock: a PKCS#11 session must not run two operations at once.
    """

    def __init__(
        self, module: str, token_label: str, pin: str, key_label: str = DEFAULT_KEY_LABEL
    ) -> None:
        self._lib = _load(module)
        token = _find_token(self._lib, token_label)
        try:
            # Read-write: the high-water mark (a token object) is raised by the vault.
            self._session = token.open(rw=True, user_pin=pin)
        except (pkcs11.PinIncorrect, pkcs11.PinInvalid, pkcs11.PinLenRange) as exc:
            raise HsmError("the token refused the PIN") from exc
        except pkcs11.PinLocked as exc:
            raise HsmError("the token PIN is locked") from exc
        try:
            self._key = self._session.get_key(
                object_class=ObjectClass.SECRET_KEY, key_type=KeyType.AES, label=key_label
            )
        except (pkcs11.NoSuchKey, pkcs11.MultipleObjectsReturned) as exc:
            self._session.close()
            raise HsmError(
                f"no unique AES sealing key labelled {key_label!r} in the token"
            ) from exc
        self._lock = threading.Lock()
        report = self.key_report()
        if not report.ok:
            self._session.close()
            raise HsmError("the sealing key is extractable or not sensitive; refusing to use it")
        if self._key.key_length != 256:
            self._session.close()
            raise HsmError("the sealing key is not AES-256")

    def key_report(self) -> KeyReport:
        k = self._key
        return KeyReport(
            sensitive=bool(k[Attribute.SENSITIVE]),
            extractable=bool(k[Attribute.EXTRACTABLE]),
            always_sensitive=bool(k[Attribute.ALWAYS_SENSITIVE]),
            never_extractable=bool(k[Attribute.NEVER_EXTRACTABLE]),
        )

    def seal(self, plaintext: bytes, aad: bytes) -> bytes:
        """Encrypt and authenticate ``plaintext``, binding it to ``aad``."""
        iv = os.urandom(_IV_LEN)
        params = GCMParams(iv, _AAD_PREFIX + _BLOB_VERSION + aad, _TAG_BITS)
        with self._lock:
            try:
                ct = self._key.encrypt(
                    plaintext, mechanism=Mechanism.AES_GCM, mechanism_param=params
                )
            except pkcs11.PKCS11Error as exc:
                raise HsmError("the token failed to seal data") from exc
        return _BLOB_VERSION + iv + bytes(ct)

    def unseal(self, blob: bytes, aad: bytes) -> bytes:
        """Decrypt a sealed blob; IntegrityError if it was modified or belongs elsewhere."""
        if len(blob) < 1 + _IV_LEN + _TAG_BITS // 8 or blob[:1] != _BLOB_VERSION:
            raise IntegrityError("sealed data is malformed")
        iv, ct = blob[1 : 1 + _IV_LEN], blob[1 + _IV_LEN :]
        params = GCMParams(iv, _AAD_PREFIX + _BLOB_VERSION + aad, _TAG_BITS)
        with self._lock:
            try:
                return bytes(
                    self._key.decrypt(ct, mechanism=Mechanism.AES_GCM, mechanism_param=params)
                )
            except pkcs11.PKCS11Error as exc:
                raise IntegrityError("sealed data failed authentication") from exc

    # ------------------------------------------------------------------ high-water mark

    def _mark_objects(self, label: str, ident: bytes) -> list[tuple[pkcs11.Object, int]]:
        """The token's ``label`` objects for ``ident`` with their values (normally one)."""
        out = []
        for obj in self._session.get_objects(
            {Attribute.CLASS: ObjectClass.DATA, Attribute.LABEL: label,
             Attribute.OBJECT_ID: ident}
        ):  # fmt: skip
            try:
                value = bytes(obj[Attribute.VALUE])
            except pkcs11.ObjectHandleInvalid:
                continue  # another node replaced it just now
            if len(value) != 8:
                raise HsmError("the high-water mark in the token is malformed")
            out.append((obj, int.from_bytes(value, "big")))
        return out

    def _new_mark(self, label: str, ident: bytes, value: int) -> None:
        self._session.create_object(
            {
                Attribute.CLASS: ObjectClass.DATA,
                Attribute.TOKEN: True,
                Attribute.PRIVATE: True,
                Attribute.MODIFIABLE: False,
                Attribute.LABEL: label,
                Attribute.APPLICATION: "backupgui-vault",
                Attribute.OBJECT_ID: ident,
                Attribute.VALUE: value.to_bytes(8, "big"),
            }
        )

    def read_floor(self, ident: bytes, label: str = FLOOR_LABEL) -> int | None:
        """The high-water mark stored in the token for database ``ident`` (None: never set)."""
        with self._lock:
            try:
                values = [v for _, v in self._mark_objects(label, ident)]
            except pkcs11.PKCS11Error as exc:
                raise HsmError("the token failed to read the high-water mark") from exc
        return max(values) if values else None

    def raise_floor(self, ident: bytes, value: int, label: str = FLOOR_LABEL) -> int:
        """Raise the mark to ``value`` unless it is already higher; returns the mark now.

        The vault only ever raises it. A token object lives inside the token (for SoftHSM2:
        its files; for a hardware HSM: its tamper-resistant storage), out of the database's
        reach, so restoring an old database does not bring an old mark back.

        A data object's value cannot be changed in place, so a higher mark is a new object,
        created before the lower ones are destroyed: at every moment the token holds the
        highest mark any node wrote (nodes may race; readers take the largest).
        """
        with self._lock:
            try:
                found = self._mark_objects(label, ident)
                current = max((v for _, v in found), default=None)
                if current is not None and current >= value:
                    return current
                self._new_mark(label, ident, value)
                for obj, old in found:
                    if old < value:
                        try:
                            obj.destroy()
                        except pkcs11.ObjectHandleInvalid:
                            pass  # another node removed it first
                return value
            except pkcs11.PKCS11Error as exc:
                raise HsmError("the token failed to store the high-water mark") from exc

    def reset_floor(self, ident: bytes, value: int, label: str) -> None:
        """Set the mark to ``value``, lower or not: only an operator's accept-rollback does."""
        with self._lock:
            try:
                found = self._mark_objects(label, ident)
                self._new_mark(label, ident, value)
                for obj, _ in found:
                    with contextlib.suppress(pkcs11.ObjectHandleInvalid):
                        obj.destroy()
            except pkcs11.PKCS11Error as exc:
                raise HsmError("the token failed to store the high-water mark") from exc

    def close(self) -> None:
        with self._lock:
            self._session.close()


# ---------------------------------------------------------------------------- token setup


def _init_token_ctypes(module: str, slot_id: int, so_pin: str, label: str) -> None:
    """C_InitToken through ctypes (python-pkcs11 has no binding for it).

    Called while python-pkcs11 holds the module initialised, so C_Initialize is not repeated.
    """
    lib = ctypes.CDLL(module)
    fn = lib.C_InitToken
    fn.argtypes = [ctypes.c_ulong, ctypes.c_char_p, ctypes.c_ulong, ctypes.c_char_p]
    fn.restype = ctypes.c_ulong
    pin = so_pin.encode()
    padded = label.encode().ljust(32, b" ")
    if len(padded) > 32:
        raise HsmError("token label longer than 32 bytes")
    rv = fn(slot_id, pin, len(pin), padded)
    if rv != 0:
        raise HsmError(f"C_InitToken failed (CKR 0x{rv:x})")


def init_token(module: str, token_label: str, so_pin: str, user_pin: str) -> None:
    """Initialise the first free slot as ``token_label`` and set its user PIN."""
    lib = _load(module)
    for slot in lib.get_slots(token_present=True):
        token = slot.get_token()
        if token.label == token_label and token.flags & TokenFlag.TOKEN_INITIALIZED:
            raise HsmError(f"a token labelled {token_label!r} already exists")
    free = [
        s
        for s in lib.get_slots(token_present=True)
        if not s.get_token().flags & TokenFlag.TOKEN_INITIALIZED
    ]
    if not free:
        raise HsmError("no free PKCS#11 slot to initialise")
    _init_token_ctypes(module, free[0].slot_id, so_pin, token_label)
    token = _find_token(lib, token_label)
    with token.open(rw=True, so_pin=so_pin) as session:
        session.init_pin(user_pin)


def create_sealing_key(
    module: str, token_label: str, pin: str, key_label: str = DEFAULT_KEY_LABEL
) -> None:
    """Generate the token-resident, non-extractable, sensitive AES-256 sealing key."""
    lib = _load(module)
    token = _find_token(lib, token_label)
    with token.open(rw=True, user_pin=pin) as session:
        existing = list(
            session.get_objects(
                {Attribute.CLASS: ObjectClass.SECRET_KEY, Attribute.LABEL: key_label}
            )
        )
        if existing:
            raise HsmError(f"a key labelled {key_label!r} already exists in the token")
        session.generate_key(
            KeyType.AES,
            256,
            label=key_label,
            store=True,
            template={
                Attribute.TOKEN: True,
                Attribute.PRIVATE: True,
                Attribute.SENSITIVE: True,
                Attribute.EXTRACTABLE: False,
                Attribute.ENCRYPT: True,
                Attribute.DECRYPT: True,
                Attribute.WRAP: False,
                Attribute.UNWRAP: False,
                Attribute.SIGN: False,
                Attribute.VERIFY: False,
                Attribute.DERIVE: False,
                Attribute.MODIFIABLE: False,
            },
        )
