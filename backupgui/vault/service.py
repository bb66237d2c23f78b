"""The vault's protocol logic, independent of HTTP.

Rules enforced here (in software; see docs/VAULT.md for what the HSM enforces):
- every login attempt is counted and committed *before* KE2 leaves the vault;
- a login is verified end-to-end (the client's KE3 MAC) before the wrapped key is released;
- ``max_attempts`` consecutive unverified attempts destroy the record for good;
- attempts, registration and password changes need proof of the account the record is bound
  to (an ID token or a device/recovery secret, ``account.py``); records from before account
  binding ("v1") need their access token until their owner binds them after a verified login;
- the OPRF is never evaluated for an existing record without a counted, verified login.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import logging
import os
import re
import threading
import time
from dataclasses import dataclass
from typing import NoReturn

from backupgui import __version__

from . import opaque
from .account import AccountVerifier, ProofError, binding_kind
from .hsm import IntegrityError, Sealer
from .keywrap import BLOB_LEN as WRAPPED_KEY_LEN
from .ksf import identity_ksf
from .store import Row, Store

log = logging.getLogger("backupgui.vault")

PROTOCOL = "OPAQUE-3DH RFC 9807, OPRF ristretto255-SHA512, 3DH ristretto255, context ''"
DEFAULT_MAX_ATTEMPTS = 10
SESSION_TTL = 120.0
GRANT_TTL = 300.0
PENDING_TTL = 600.0
MAX_SESSIONS = 10000

_USER_ID_RE = re.compile(r"[A-Za-z0-9_-]{16,64}")
_RECORD_VERSION = b"\x01"
# The vault's OPAQUE configuration. The server never stretches passwords, so its KSF is
# irrelevant here; clients choose theirs and keep it in the binding.
SERVER_SUITE = opaque.Suite(identity_ksf)


class ApiError(Exception):
    """An expected refusal, mapped to an HTTP status and a machine-readable code."""

    def __init__(self, status: int, code: str, message: str, **extra: object) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.extra = extra

    def body(self) -> dict:
        return {"error": self.code, "message": str(self), **self.extra}


def b64d(value: object, what: str, size: int | None = None) -> bytes:
    """Strict base64url (no padding required) decoding of a request field."""
    if not isinstance(value, str) or len(value) > 4096:
        raise ApiError(400, "bad_request", f"{what} is missing or not a string")
    try:
        data = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
    except (binascii.Error, ValueError) as exc:
        raise ApiError(400, "bad_request", f"{what} is not base64url") from exc
    if size is not None and len(data) != size:
        raise ApiError(400, "bad_request", f"{what} has the wrong length")
    return data


def b64e(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def check_user_id(value: object) -> str:
    if not isinstance(value, str) or not _USER_ID_RE.fullmatch(value):
        raise ApiError(400, "bad_request", "user_id is malformed")
    return value


def token_hash(token: bytes) -> bytes:
    return hashlib.sha256(b"backupgui-vault/token/v1\x00" + token).digest()


@dataclass
class _Session:
    user_id: str
    generation: int
    attempt_no: int
    state: opaque.ServerLoginState
    expires: float


@dataclass
class _Grant:
    user_id: str
    generation: int
    expires: float
    started: bool = False


def load_or_create_server_keys(store: Store, sealer: Sealer) -> opaque.ServerKeys:
    """Unseal the vault's OPRF seed and AKE key, generating them on first start."""
    aad = b"server-keys/v1"
    if store.get_meta("server_keys") is None:
        keys = opaque.ServerKeys.generate(SERVER_SUITE)
        sealed = sealer.seal(keys.oprf_seed + keys.private_key, aad + keys.public_key)
        if store.put_meta_once({"server_keys": sealed, "server_public_key": keys.public_key}):
            log.info("generated new server keys")
    sealed = store.get_meta("server_keys")
    public_key = store.get_meta("server_public_key")
    assert sealed is not None and public_key is not None
    secret = sealer.unseal(sealed, aad + public_key)  # IntegrityError if anything was changed
    oprf_seed, private_key = secret[: opaque.NH], secret[opaque.NH :]
    if SERVER_SUITE.group.public_key(private_key) != public_key:
        raise IntegrityError("server public key does not match its private key")
    return opaque.ServerKeys(oprf_seed, private_key, public_key)


class VaultService:
    """Registration, login, password change and deletion over a Store and a Sealer."""

    def __init__(
        self,
        store: Store,
        sealer: Sealer,
        max_attempts: int = DEFAULT_MAX_ATTEMPTS,
        *,
        accounts: AccountVerifier | None = None,
        allow_unbound: bool = False,
    ):
        if max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        self.accounts = accounts or AccountVerifier()
        #: Accept registrations bound to nothing but an access token (clients from before
        #: account binding). Such records can be attacked by whoever reads the backup.
        self.allow_unbound = allow_unbound
        self.store = store
        self.sealer = sealer
        self.max_attempts = max_attempts
        self.keys = load_or_create_server_keys(store, sealer)
        self._sessions: dict[str, _Session] = {}
        self._grants: dict[str, _Grant] = {}
        self._mem_lock = threading.Lock()

    # ------------------------------------------------------------------ helpers

    def info(self) -> dict:
        return {
            "service": "backupgui-vault",
            "version": __version__,
            "protocol": PROTOCOL,
            "server_public_key": b64e(self.keys.public_key),
            "max_attempts": self.max_attempts,
            "accounts": self.accounts.kinds(),
        }

    def _aad(self, row_user: str, th: bytes, generation: int, account: str | None) -> bytes:
        aad = row_user.encode() + b"\x00" + th + generation.to_bytes(8, "big")
        if account is None:  # records from before account binding keep their AAD
            return b"record/v1\x00" + aad
        # The binding is authenticated by the HSM too: whoever can write the database cannot
        # move a record to their own account without re-sealing it.
        return b"record/v2\x00" + aad + b"\x00" + account.encode()

    def _seal_record(
        self,
        user_id: str,
        th: bytes,
        generation: int,
        record: bytes,
        blob: bytes,
        account: str | None,
    ) -> bytes:
        aad = self._aad(user_id, th, generation, account)
        return self.sealer.seal(_RECORD_VERSION + record + blob, aad)

    def _unseal_record(self, row: Row) -> tuple[bytes, bytes]:
        assert row.sealed is not None
        try:
            plain = self.sealer.unseal(
                row.sealed, self._aad(row.user_id, row.token_hash, row.generation, row.account)
            )
        except IntegrityError:
            log.error("record %s failed integrity check", row.user_id[:8])
            raise ApiError(
                500, "record_integrity", "the vault's stored record failed its integrity check"
            ) from None
        size = SERVER_SUITE.record_size
        if plain[:1] != _RECORD_VERSION or len(plain) != 1 + size + WRAPPED_KEY_LEN:
            raise ApiError(500, "record_integrity", "the vault's stored record is malformed")
        return plain[1 : 1 + size], plain[1 + size :]

    def _present(self, proof: object) -> tuple[str, str] | None:
        """Check an account proof's form (and an ID token's signature) before any transaction."""
        if proof is None:
            return None
        try:
            return self.accounts.present(proof)
        except ProofError as exc:
            status = 400 if exc.code == "bad_proof" else 403
            code = "unauthorized" if exc.code == "invalid_account" else exc.code
            raise ApiError(status, code, str(exc)) from None

    def _binding_for(self, proof: object) -> str:
        try:
            return self.accounts.binding_for_registration(proof)
        except ProofError as exc:
            status = 400 if exc.code == "bad_proof" else 403
            code = "unauthorized" if exc.code == "invalid_account" else exc.code
            raise ApiError(status, code, str(exc)) from None

    def _authorised_row(
        self, c, user_id: str, token: bytes | None, presented: tuple[str, str] | None
    ) -> Row:
        """The row for user_id if the caller may use it; nothing is counted otherwise.

        A bound record needs a proof of its account (the access token is ignored); a record
        from before account binding needs its access token. Unknown ids, wrong tokens and
        proofs of another account get the same refusal.
        """
        row = self.store.get(c, user_id)
        if row is None:
            raise ApiError(403, "unauthorized", "unknown user id or wrong access token")
        if row.account is None:
            if token is None or not hmac.compare_digest(row.token_hash, token_hash(token)):
                raise ApiError(403, "unauthorized", "unknown user id or wrong access token")
            return row
        if presented is None:
            raise ApiError(
                403,
                "account_required",
                "this record needs proof of the account it is bound to",
                account=binding_kind(row.account),
            )
        if not self.accounts.matches(row.account, presented):
            raise ApiError(403, "unauthorized", "this proof is not for the record's account")
        return row

    @staticmethod
    def _require_active(row: Row) -> None:
        if row.state == "destroyed":
            raise ApiError(410, "destroyed", "the key was destroyed after too many wrong passwords")
        if row.state != "active":
            raise ApiError(404, "not_found", "no key is stored for this user id")

    def _raise_destroyed(self) -> NoReturn:
        """Report a record that is gone for good (after flushing the deletion to disk)."""
        self.store.checkpoint()
        raise ApiError(410, "destroyed", "the key was destroyed after too many wrong passwords",
                       attempts_left=0)

    def _destroy(self, c, row: Row) -> None:
        self.store.destroy(c, row.user_id, "destroyed")
        log.warning("record %s destroyed after %d failed attempts", row.user_id[:8], row.attempts)

    def _gc(self, now: float) -> None:
        for table in (self._sessions, self._grants):
            for k in [k for k, v in table.items() if v.expires < now]:
                del table[k]

    def _record_failure(self, user_id: str) -> dict:
        """After an attempt failed: destroy at the limit, report what is left."""
        destroyed = False
        with self.store.transaction() as c:
            row = self.store.get(c, user_id)
            if row is None or row.state != "active":
                destroyed = row is not None and row.state == "destroyed"
                left = 0
            else:
                left = max(0, self.max_attempts - row.attempts)
                if left == 0:
                    self._destroy(c, row)
                    destroyed = True
        if destroyed:
            self._raise_destroyed()
        return {"attempts_left": left}

    # ------------------------------------------------------------------ registration

    def _registrant(self, token: bytes | None, proof: object) -> tuple[bytes, str | None]:
        """(token hash, binding) of a registration; bound unless the vault allows otherwise."""
        if proof is not None:
            return b"", self._binding_for(proof)
        if not self.allow_unbound or token is None:
            raise ApiError(
                400, "account_required", "a new record must be bound to an account (field account)"
            )
        return token_hash(token), None

    @staticmethod
    def _same_registrant(row: Row, th: bytes, binding: str | None) -> bool:
        if binding is None or row.account is None:
            return binding is None and row.account is None and hmac.compare_digest(
                row.token_hash, th
            )
        return hmac.compare_digest(row.account.encode(), binding.encode())

    def register_start(
        self, user_id: object, token: bytes | None, request: bytes, proof: object = None
    ) -> dict:
        user_id = check_user_id(user_id)
        th, binding = self._registrant(token, proof)
        now = time.time()
        with self.store.transaction() as c:
            self.store.expire_pending(c, now - PENDING_TTL)
            row = self.store.get(c, user_id)
            if row is None:
                self.store.insert_pending(c, user_id, th, binding)
            elif row.state != "pending" or not self._same_registrant(row, th, binding):
                # Never evaluate the OPRF for an existing record outside a counted login.
                raise ApiError(409, "exists", "this user id is already registered")
        try:
            response = opaque.create_registration_response(
                request, self.keys.public_key, user_id.encode(), self.keys.oprf_seed
            )
        except opaque.MessageError as exc:
            raise ApiError(400, "bad_request", str(exc)) from None
        return {"registration_response": b64e(response)}

    def _check_record(self, record: bytes, blob: bytes) -> None:
        if len(record) != SERVER_SUITE.record_size or len(blob) != WRAPPED_KEY_LEN:
            raise ApiError(400, "bad_request", "record or wrapped key has the wrong length")
        try:
            SERVER_SUITE.group.check_public(record[: SERVER_SUITE.npk])
        except opaque.MessageError:
            raise ApiError(400, "bad_request", "record contains an invalid public key") from None

    def register_finish(
        self, user_id: object, token: bytes | None, record: bytes, blob: bytes, proof: object = None
    ) -> dict:
        user_id = check_user_id(user_id)
        self._check_record(record, blob)
        th, binding = self._registrant(token, proof)
        with self.store.transaction() as c:
            row = self.store.get(c, user_id)
            if row is None or row.state != "pending" or not self._same_registrant(row, th, binding):
                raise ApiError(409, "no_registration", "no registration in progress for this id")
            sealed = self._seal_record(user_id, th, 0, record, blob, binding)
            self.store.activate(c, user_id, sealed)
        log.info("registered %s", user_id[:8])
        return {"registered": True, "max_attempts": self.max_attempts}

    # ------------------------------------------------------------------ login

    def login_start(
        self, user_id: object, token: bytes | None, ke1: bytes, proof: object = None
    ) -> dict:
        user_id = check_user_id(user_id)
        if len(ke1) != SERVER_SUITE.ke1_size:
            raise ApiError(400, "bad_request", "KE1 has the wrong length")
        presented = self._present(proof)
        destroyed = False
        with self.store.transaction() as c:
            # Refused before anything is counted unless the caller proves the account.
            row = self._authorised_row(c, user_id, token, presented)
            self._require_active(row)
            if row.attempts >= self.max_attempts:
                # The last permitted attempt was used and never verified.
                self._destroy(c, row)
                destroyed = True
            else:
                record, _ = self._unseal_record(row)
                attempt_no = row.attempts + 1
                # Counted and committed before any KE2 exists.
                self.store.set_attempts(c, user_id, attempt_no)
        if destroyed:
            self._raise_destroyed()
        try:
            state, ke2 = opaque.generate_ke2(SERVER_SUITE, self.keys, record, user_id.encode(), ke1)
        except opaque.MessageError:
            raise ApiError(400, "bad_request", "KE1 is invalid") from None
        session_id = b64e(os.urandom(32))
        now = time.time()
        with self._mem_lock:
            self._gc(now)
            if len(self._sessions) >= MAX_SESSIONS:
                raise ApiError(503, "busy", "too many logins in progress")
            self._sessions[session_id] = _Session(
                user_id, row.generation, attempt_no, state, now + SESSION_TTL
            )
        return {
            "session_id": session_id,
            "ke2": b64e(ke2),
            "server_public_key": b64e(self.keys.public_key),
            "attempts_left": self.max_attempts - attempt_no,
        }

    def _pop_session(self, session_id: object) -> _Session:
        with self._mem_lock:
            session = self._sessions.pop(session_id, None) if isinstance(session_id, str) else None
        if session is None or session.expires < time.time():
            raise ApiError(400, "no_session", "login session unknown or expired; start again")
        return session

    def login_abort(self, session_id: object) -> dict:
        """The client could not open its envelope (wrong password): settle the attempt now."""
        session = self._pop_session(session_id)
        return self._record_failure(session.user_id)

    def login_finish(self, session_id: object, ke3: bytes, purpose: object) -> dict:
        if purpose not in ("fetch", "change", "delete"):
            raise ApiError(400, "bad_request", "purpose must be fetch, change or delete")
        session = self._pop_session(session_id)
        try:
            opaque.server_finish(session.state, ke3)
        except opaque.OpaqueError:
            log.info("failed login for %s", session.user_id[:8])
            left = self._record_failure(session.user_id)
            raise ApiError(401, "wrong_password", "login failed", **left) from None
        deleted = False
        with self.store.transaction() as c:
            row = self.store.get(c, session.user_id)
            if row is None or row.state != "active" or row.generation != session.generation:
                raise ApiError(409, "stale", "the record changed during the login; start again")
            _, blob = self._unseal_record(row)
            # Attempts started after this one stay counted.
            remaining_count = max(0, row.attempts - session.attempt_no)
            self.store.set_attempts(c, row.user_id, remaining_count)
            if purpose == "delete":
                self.store.destroy(c, row.user_id, "deleted")
                deleted = True
        if deleted:
            self.store.checkpoint()
            log.info("deleted %s", row.user_id[:8])
            return {"deleted": True}
        result = {"wrapped_key": b64e(blob), "attempts_left": self.max_attempts - remaining_count}
        if purpose == "change":
            grant = b64e(os.urandom(32))
            with self._mem_lock:
                self._grants[grant] = _Grant(row.user_id, row.generation, time.time() + GRANT_TTL)
            result["grant"] = grant
        return result

    # ------------------------------------------------------------------ password change

    def _grant(self, grant: object, user_id: str, *, pop: bool) -> _Grant:
        with self._mem_lock:
            g = self._grants.get(grant) if isinstance(grant, str) else None
            if g is None or g.user_id != user_id or g.expires < time.time():
                raise ApiError(403, "no_grant", "password change not authorised; log in again")
            if pop:
                del self._grants[grant]
            return g

    def password_start(
        self,
        user_id: object,
        token: bytes | None,
        grant: object,
        request: bytes,
        proof: object = None,
    ) -> dict:
        user_id = check_user_id(user_id)
        presented = self._present(proof)
        with self.store.transaction() as c:
            self._require_active(self._authorised_row(c, user_id, token, presented))
        with self._mem_lock:
            g = self._grants.get(grant) if isinstance(grant, str) else None
            if g is None or g.user_id != user_id or g.expires < time.time() or g.started:
                raise ApiError(403, "no_grant", "password change not authorised; log in again")
            g.started = True  # one OPRF evaluation per verified login
        try:
            response = opaque.create_registration_response(
                request, self.keys.public_key, user_id.encode(), self.keys.oprf_seed
            )
        except opaque.MessageError as exc:
            raise ApiError(400, "bad_request", str(exc)) from None
        return {"registration_response": b64e(response)}

    def password_finish(
        self,
        user_id: object,
        token: bytes | None,
        grant: object,
        record: bytes,
        blob: bytes,
        proof: object = None,
    ) -> dict:
        user_id = check_user_id(user_id)
        self._check_record(record, blob)
        presented = self._present(proof)
        g = self._grant(grant, user_id, pop=True)
        with self.store.transaction() as c:
            row = self._authorised_row(c, user_id, token, presented)
            self._require_active(row)
            if row.generation != g.generation:
                raise ApiError(409, "stale", "the record changed; log in again")
            generation = row.generation + 1
            sealed = self._seal_record(
                user_id, row.token_hash, generation, record, blob, row.account
            )
            self.store.replace(c, user_id, sealed, generation)
        self.store.checkpoint()
        log.info("password changed for %s", user_id[:8])
        return {"changed": True}

    # ------------------------------------------------------------------ account binding

    def account_bind(self, user_id: object, token: bytes | None, grant: object, proof: object) -> dict:
        """Bind a v1 record (access token only) to an account, after a verified login.

        Needs the access token *and* a grant from a login that proved the password, so a
        party holding only an old backup (which contains the token) cannot bind the record to
        their own account. From then on the token grants nothing.
        """
        user_id = check_user_id(user_id)
        binding = self._binding_for(proof)
        with self._mem_lock:
            g = self._grants.get(grant) if isinstance(grant, str) else None
            if g is None or g.user_id != user_id or g.expires < time.time() or g.started:
                raise ApiError(403, "no_grant", "binding not authorised; log in again")
            del self._grants[grant]
        with self.store.transaction() as c:
            row = self.store.get(c, user_id)
            if row is not None and row.account is not None:
                raise ApiError(409, "bound", "this record is already bound to an account")
            row = self._authorised_row(c, user_id, token, None)
            self._require_active(row)
            if row.generation != g.generation:
                raise ApiError(409, "stale", "the record changed; log in again")
            record, blob = self._unseal_record(row)
            generation = row.generation + 1  # logins begun before the binding cannot finish
            sealed = self._seal_record(user_id, row.token_hash, generation, record, blob, binding)
            self.store.bind(c, user_id, binding, sealed, generation)
        self.store.checkpoint()
        log.info("bound %s to an account (%s)", user_id[:8], binding_kind(binding))
        return {"bound": True, "account": binding_kind(binding)}
