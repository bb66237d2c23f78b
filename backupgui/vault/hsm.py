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
import time
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
#: Label of the data objects holding, per vault database and database system, the highest WAL
#: position a commit had passed (docs/VAULT.md 10.6).
WAL_LABEL = "backupgui-vault-wal"
_BLOB_VERSION = b"\x01"
_AAD_PREFIX = b"backupgui-vault/seal/v1\x00"
_IV_LEN = 12
_TAG_BITS = 128
_TOKEN_TRIES = 10
#: How often a search of the mark objects starts again after an object it found vanished
#: before it was read (another node destroyed it: a higher mark replaced it).
_SEARCH_TRIES = 100
_ABSENT_WAIT = 0.3


def _pause(seconds: float) -> None:
    """Wait ``seconds``. (Not ``time.sleep``: under libfaketime, which the clock-skew tests
    run a node with, Python's ``time.sleep`` fails with EINVAL in ``clock_nanosleep``.)"""
    threading.Event().wait(seconds)


class HsmError(Exception):
    """The token is missing, locked, misconfigured or refused an operation."""


class MarksUnavailable(HsmError):
    """The marks token did not answer in time, or its process failed (marks.MarkKeeper)."""


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


#: What SoftHSM2 answered a process that initialised it or logged in while other processes
#: opened or changed the same token (it rewrites the token's file at each login and reads it
#: without waiting for a writer): the token missing from the slot list, "user PIN not
#: initialised", a general error. Seen in 3 of 140 starts of 4 processes at once (s18).
_TRANSIENT_OPEN = (pkcs11.NoSuchToken, pkcs11.UserPinNotInitialized, pkcs11.GeneralError,
                   pkcs11.TokenNotRecognised, pkcs11.DeviceError)  # fmt: skip


def _open_session(lib: pkcs11.lib, label: str, pin: str) -> pkcs11.Session:
    """A logged-in read-write session on the token ``label``.

    A start that met another process's write (_TRANSIENT_OPEN) initialises the module again
    and retries, up to ``_TOKEN_TRIES`` times. A refused PIN is never retried: each try would
    count against the token's PIN."""
    for attempt in range(_TOKEN_TRIES):
        try:
            token = lib.get_token(token_label=label)
            # Read-write: the high-water mark (a token object) is raised by the vault.
            return token.open(rw=True, user_pin=pin)
        except (pkcs11.PinIncorrect, pkcs11.PinInvalid, pkcs11.PinLenRange) as exc:
            raise HsmError("the token refused the PIN") from exc
        except pkcs11.PinLocked as exc:
            raise HsmError("the token PIN is locked") from exc
        except _TRANSIENT_OPEN as exc:
            if attempt == _TOKEN_TRIES - 1:
                if isinstance(exc, pkcs11.NoSuchToken):
                    raise HsmError(f"no PKCS#11 token labelled {label!r}") from exc
                raise HsmError("the token could not be opened") from exc
            _pause(0.05 + 0.1 * attempt)
            lib.reinitialize()
    raise AssertionError("unreachable")


class TokenMarks:
    """The high-water marks kept as ``CKO_DATA`` objects in a token (docs/VAULT.md 10.6).

    Calls are serialised with ``lock`` (a PKCS#11 session runs one operation at a time)."""

    def __init__(self, session: pkcs11.Session, lock: threading.Lock) -> None:
        self._session, self._lock = session, lock

    @classmethod
    def open(cls, module: str, token_label: str, pin: str) -> TokenMarks:
        """A logged-in session on the token ``token_label`` of ``module``."""
        return cls(_open_session(_load(module), token_label, pin), threading.Lock())

    def _mark_objects(self, label: str, ident: bytes) -> list[tuple[pkcs11.Object, int]]:
        """The token's ``label`` objects for ``ident`` with their values (normally one).

        Nodes share the token, and a node raising a mark destroys the lower objects once
        its higher one exists. An object the search found may be gone when it is read
        (python-pkcs11 reads each one's class inside the search, then we read its value):
        the search is started again, since the higher object that replaced it may have
        come after the search began. (Before s18 the first case escaped as an HsmError, a
        500 in a switchover when every node raises the timeline mark at once, and the
        second skipped the object: a read could return less than the mark, which let a
        node take a lower timeline mark as an operator's reset. tests/vault/
        test_hsm_race.py.)"""
        for _ in range(_SEARCH_TRIES - 1):
            with contextlib.suppress(pkcs11.ObjectHandleInvalid):
                return self._mark_objects_once(label, ident)
        return self._mark_objects_once(label, ident)

    def _mark_objects_once(self, label: str, ident: bytes) -> list[tuple[pkcs11.Object, int]]:
        out = []
        for obj in self._session.get_objects(
            {Attribute.CLASS: ObjectClass.DATA, Attribute.LABEL: label,
             Attribute.OBJECT_ID: ident}
        ):  # fmt: skip
            value = bytes(obj[Attribute.VALUE])
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
        """The high-water mark stored in the token for database ``ident`` (None: never set).

        SoftHSM2 shared by processes can hide a mark from one of them for a moment while
        others replace it (no object found for up to 60 ms in tests/vault/test_hsm_race.py):
        "never set" is said only after the token showed nothing for ``_ABSENT_WAIT``. (A
        lower value seen in such a moment is the caller's to doubt: VaultService takes a
        lower timeline mark only when read twice.)"""
        deadline = time.monotonic() + _ABSENT_WAIT
        while True:
            with self._lock:
                try:
                    values = [v for _, v in self._mark_objects(label, ident)]
                except pkcs11.PKCS11Error as exc:
                    raise HsmError("the token failed to read the high-water mark") from exc
            if values or time.monotonic() >= deadline:
                return max(values) if values else None
            _pause(0.02)

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
                try:
                    self._new_mark(label, ident, value)
                except pkcs11.ObjectHandleInvalid:
                    # Created, then destroyed by a node that wrote a higher mark before
                    # python-pkcs11 read the new object back: the token holds more.
                    pass
                for obj, old in found:
                    if old < value:
                        # Another node removed it first: SoftHSM2 says ObjectHandleInvalid,
                        # or FunctionFailed when its file went between lookup and removal.
                        # A lower object left behind changes nothing (readers take the
                        # largest); the next raise removes it.
                        with contextlib.suppress(pkcs11.ObjectHandleInvalid,
                                                 pkcs11.FunctionFailed):
                            obj.destroy()
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

    def all_marks(self) -> list[tuple[str, bytes, int]]:
        """Every mark object of the three labels: (label, ident, value)."""
        out = []
        with self._lock:
            try:
                for label in (FLOOR_LABEL, TIMELINE_LABEL, WAL_LABEL):
                    for obj in self._session.get_objects(
                        {Attribute.CLASS: ObjectClass.DATA, Attribute.LABEL: label}
                    ):
                        value = bytes(obj[Attribute.VALUE])
                        if len(value) != 8:
                            raise HsmError("a high-water mark in the token is malformed")
                        out.append((label, bytes(obj[Attribute.OBJECT_ID]),
                                    int.from_bytes(value, "big")))
            except pkcs11.PKCS11Error as exc:
                raise HsmError("the token failed to read the high-water marks") from exc
        return out

    def drop_all(self) -> None:
        with self._lock:
            try:
                for label in (FLOOR_LABEL, TIMELINE_LABEL, WAL_LABEL):
                    found = list(self._session.get_objects(
                        {Attribute.CLASS: ObjectClass.DATA, Attribute.LABEL: label}))
                    for obj in found:
                        with contextlib.suppress(pkcs11.ObjectHandleInvalid):
                            obj.destroy()
            except pkcs11.PKCS11Error as exc:
                raise HsmError("the token failed to remove the high-water marks") from exc

    def close(self) -> None:
        with self._lock:
            self._session.close()


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
        self._session = _open_session(self._lib, token_label, pin)
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
        self._marks = TokenMarks(self._session, self._lock)
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
    # Marks in the sealing token: where a vault before s20 kept them (a node's start moves
    # them to the marks token, marks.py), and what VaultService uses when it is given no
    # marks keeper (in-process uses of the service, not a serving node).

    def read_floor(self, ident: bytes, label: str = FLOOR_LABEL) -> int | None:
        return self._marks.read_floor(ident, label)

    def raise_floor(self, ident: bytes, value: int, label: str = FLOOR_LABEL) -> int:
        return self._marks.raise_floor(ident, value, label)

    def reset_floor(self, ident: bytes, value: int, label: str) -> None:
        self._marks.reset_floor(ident, value, label)

    def legacy_marks(self) -> list[tuple[str, bytes, int]]:
        """Every mark object in the sealing token: (label, ident, value)."""
        return self._marks.all_marks()

    def drop_legacy_marks(self) -> None:
        """Destroy the mark objects in the sealing token (after they went to the marks token)."""
        self._marks.drop_all()

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
