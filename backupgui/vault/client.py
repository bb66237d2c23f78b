"""Client of the Backup Key Vault: store, fetch, re-password and delete the backup key K.

K is wrapped under a key derived from OPAQUE's export_key, so the vault holds neither the
password nor K. The vault's public key is pinned in the :class:`VaultBinding`. No Qt here.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import json
import os
import secrets
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field

from backupgui.errors import KeyDestroyedError, VaultError, WrongKeyError

from . import opaque
from .keywrap import UnwrapError, unwrap_key, wrap_key
from .ksf import DEFAULT_ARGON2ID, MINIMUM_ARGON2ID, Argon2idParams, is_at_least

TIMEOUT = 30.0
_DESTROYED_MSG = (
    "The key vault destroyed this backup's key after too many wrong passwords. "
    "The password can no longer open this backup; only its 64-digit key, if you saved one, can."
)


def _b64e(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _b64d(text: object, what: str = "field") -> bytes:
    if not isinstance(text, str):
        raise VaultError(f"The key vault sent an invalid response ({what} missing).")
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise VaultError(f"The key vault sent an invalid response ({what}).") from None


@dataclass(frozen=True)
class VaultBinding:
    """How a backup set finds its key in the vault. Stored in the clear in the backup config.

    ``access_token`` lets its holder make (counted, rate-limited) login attempts; it does not
    allow offline guessing. ``server_public_key`` pins the vault (base64url). ``ksf`` is the
    Argon2id cost used by this client for the OPAQUE key stretching.
    """

    url: str
    user_id: str
    access_token: str
    server_public_key: str
    ksf: str = field(default=DEFAULT_ARGON2ID.to_string())

    def to_dict(self) -> dict:
        return {
            "url": self.url,
            "user_id": self.user_id,
            "access_token": self.access_token,
            "server_public_key": self.server_public_key,
            "ksf": self.ksf,
        }

    @classmethod
    def from_dict(cls, d: dict) -> VaultBinding:
        try:
            binding = cls(
                url=str(d["url"]),
                user_id=str(d["user_id"]),
                access_token=str(d["access_token"]),
                server_public_key=str(d["server_public_key"]),
                ksf=str(d.get("ksf") or DEFAULT_ARGON2ID.to_string()),
            )
            Argon2idParams.from_string(binding.ksf)
        except (KeyError, TypeError, ValueError):
            raise VaultError(
                "The vault settings of this backup are incomplete or damaged."
            ) from None
        return binding

    def __repr__(self) -> str:  # keep the token out of logs and tracebacks
        return f"VaultBinding(url={self.url!r}, user_id={self.user_id!r}, access_token=<hidden>)"


# ---------------------------------------------------------------------------- transport


def _host(url: str) -> str:
    return urllib.parse.urlsplit(url).netloc or url


def _request(url: str, path: str, payload: dict | None = None) -> dict:
    """GET (payload None) or POST JSON; returns the JSON body or raises a typed error."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise VaultError("The key vault address is not an http(s) URL.")
    full = url.rstrip("/") + path
    data = None if payload is None else json.dumps(payload).encode()
    req = urllib.request.Request(full, data=data, method="GET" if data is None else "POST")
    req.add_header("Accept", "application/json")
    if data is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:
            body = resp.read(1 << 20)
            status = resp.status
    except urllib.error.HTTPError as exc:
        status, body = exc.code, exc.read(1 << 20)
    except OSError:  # URLError, timeouts and connection errors are all OSErrors
        raise VaultError(f"The key vault at {_host(url)} could not be reached.") from None
    try:
        obj = json.loads(body) if body else {}
    except (ValueError, UnicodeDecodeError):
        obj = {}
    if not isinstance(obj, dict):
        obj = {}
    if status == 200:
        return obj
    _raise_for(status, obj, url)
    raise AssertionError  # unreachable


def _raise_for(status: int, obj: dict, url: str) -> None:
    code = obj.get("error")
    if code == "destroyed" or status == 410:
        raise KeyDestroyedError(_DESTROYED_MSG)
    if code == "wrong_password":
        _raise_wrong(_int(obj.get("attempts_left")))
    if code == "rate_limited":
        wait = obj.get("retry_after", "a few")
        raise VaultError(f"The key vault is limiting requests; try again in {wait} seconds.")
    if code == "unauthorized":
        raise VaultError("The key vault does not recognise this backup's access token.")
    if code == "not_found":
        raise VaultError("The key vault has no key for this backup (it may have been deleted).")
    if code == "record_integrity":
        raise VaultError("The key vault found its stored record modified or damaged.")
    if code == "exists":
        raise VaultError("The key vault already has a key under this identifier.")
    raise VaultError(f"The key vault at {_host(url)} refused the request (HTTP {status}).")


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _raise_wrong(attempts_left: int) -> None:
    if attempts_left <= 0:
        raise KeyDestroyedError(_DESTROYED_MSG)
    plural = "attempt" if attempts_left == 1 else "attempts"
    err = WrongKeyError(
        f"Wrong password. The key vault allows {attempts_left} more {plural} "
        "before it destroys the key."
    )
    err.attempts_left = attempts_left  # type: ignore[attr-defined]
    raise err


def _server_key(url: str) -> bytes:
    info = _request(url, "/v1/info")
    return _b64d(info.get("server_public_key"), "server key")


def _suite(ksf: Argon2idParams) -> opaque.Suite:
    return opaque.Suite(ksf)


def _check_pin(binding: VaultBinding, actual: bytes) -> None:
    if not secrets.compare_digest(_b64d(binding.server_public_key, "pinned key"), actual):
        raise VaultError(
            "The key vault's identity (server key) differs from the one this backup was made "
            "with. Nothing was sent; check the vault address or restore with the 64-digit key."
        )


# ---------------------------------------------------------------------------- operations


def _register(
    url: str,
    path_prefix: str,
    user_id: str,
    token: str,
    password: bytes,
    key: bytes,
    ksf: Argon2idParams,
    pinned: bytes,
    extra: dict,
) -> None:
    suite = _suite(ksf)
    blind, request = opaque.create_registration_request(password)
    base = {"user_id": user_id, "access_token": token, **extra}
    resp = _request(url, f"{path_prefix}/start", {**base, "registration_request": _b64e(request)})
    try:
        record, export_key, spk = opaque.finalize_registration_request(
            suite, password, blind, _b64d(resp.get("registration_response"), "registration")
        )
    except opaque.OpaqueError:
        raise VaultError("The key vault sent an invalid registration response.") from None
    if not secrets.compare_digest(spk, pinned):
        raise VaultError("The key vault answered with a different server key; nothing was stored.")
    wrapped = wrap_key(export_key, user_id, key)
    _request(
        url,
        f"{path_prefix}/finish",
        {**base, "record": _b64e(record), "wrapped_key": _b64e(wrapped)},
    )


def vault_store_key(
    url: str,
    password: str,
    key: bytes,
    *,
    ksf: Argon2idParams | None = None,
    server_public_key: str | None = None,
) -> VaultBinding:
    """Register a new vault record protecting ``key`` (32 bytes) with ``password``.

    ``server_public_key`` (base64url) pins the vault up front; otherwise the key the vault
    presents now is pinned (trust on first use). ``ksf`` defaults to Argon2id 64 MiB, t=3, p=4.
    """
    if len(key) != 32:
        raise ValueError("the backup key must be 32 bytes")
    params = ksf or DEFAULT_ARGON2ID
    actual = _server_key(url)
    if server_public_key is not None and not secrets.compare_digest(
        _b64d(server_public_key, "pinned key"), actual
    ):
        raise VaultError("The key vault's server key is not the expected one; nothing was stored.")
    user_id = _b64e(os.urandom(18))
    token = _b64e(os.urandom(32))
    _register(url, "/v1/register", user_id, token, password.encode(), key, params, actual, {})
    return VaultBinding(url, user_id, token, _b64e(actual), params.to_string())


def _login(binding: VaultBinding, password: str, purpose: str) -> tuple[dict, bytes]:
    """Full OPAQUE login; returns (finish response, export_key)."""
    try:
        ksf = Argon2idParams.from_string(binding.ksf)
    except ValueError:
        raise VaultError("The vault settings of this backup are damaged.") from None
    _check_pin(binding, _server_key(binding.url))  # before any attempt is spent
    suite = _suite(ksf)
    pw = password.encode()
    state, ke1 = opaque.generate_ke1(suite, pw)
    start = _request(
        binding.url,
        "/v1/login/start",
        {"user_id": binding.user_id, "access_token": binding.access_token, "ke1": _b64e(ke1)},
    )
    session_id = start.get("session_id")
    _check_pin(binding, _b64d(start.get("server_public_key"), "server key"))
    try:
        result = opaque.generate_ke3(suite, state, pw, _b64d(start.get("ke2"), "KE2"))
    except opaque.EnvelopeRecoveryError:
        settled = _request(binding.url, "/v1/login/abort", {"session_id": session_id})
        _raise_wrong(_int(settled.get("attempts_left")))
        raise AssertionError from None  # unreachable
    except opaque.OpaqueError:
        _request(binding.url, "/v1/login/abort", {"session_id": session_id})
        raise VaultError(
            "The key vault failed to prove its identity; nothing was released."
        ) from None
    _check_pin(binding, result.server_public_key)
    finish = _request(
        binding.url,
        "/v1/login/finish",
        {"session_id": session_id, "ke3": _b64e(result.ke3), "purpose": purpose},
    )
    return finish, result.export_key


def _unwrap(binding: VaultBinding, finish: dict, export_key: bytes) -> bytes:
    try:
        return unwrap_key(export_key, binding.user_id, _b64d(finish.get("wrapped_key"), "key"))
    except UnwrapError:
        raise VaultError(
            "The key returned by the vault does not decrypt; it may be damaged."
        ) from None


def vault_fetch_key(binding: VaultBinding, password: str) -> bytes:
    """Log in with ``password`` and return K. Each wrong password uses one attempt."""
    finish, export_key = _login(binding, password, "fetch")
    return _unwrap(binding, finish, export_key)


def vault_change_password(
    binding: VaultBinding,
    old_password: str,
    new_password: str,
    *,
    ksf: Argon2idParams | None = None,
) -> VaultBinding:
    """Re-protect the same K under ``new_password``; returns the binding to store.

    The new registration uses ``ksf`` if given, else the binding's parameters when they are
    at least the production floor, else the production default (weak settings get upgraded).
    """
    old_ksf = Argon2idParams.from_string(binding.ksf)
    new_ksf = ksf or (old_ksf if is_at_least(old_ksf, MINIMUM_ARGON2ID) else DEFAULT_ARGON2ID)
    finish, export_key = _login(binding, old_password, "change")
    key = _unwrap(binding, finish, export_key)
    grant = finish.get("grant")
    if not isinstance(grant, str):
        raise VaultError("The key vault did not authorise the password change.")
    pinned = _b64d(binding.server_public_key, "pinned key")
    _register(
        binding.url,
        "/v1/password",
        binding.user_id,
        binding.access_token,
        new_password.encode(),
        key,
        new_ksf,
        pinned,
        {"grant": grant},
    )
    return dataclasses.replace(binding, ksf=new_ksf.to_string())


def vault_delete(binding: VaultBinding, password: str) -> None:
    """Delete the record (after a verified login). K is then unrecoverable from the vault."""
    finish, _ = _login(binding, password, "delete")
    if finish.get("deleted") is not True:
        raise VaultError("The key vault did not confirm the deletion.")
