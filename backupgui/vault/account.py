"""Who may spend a vault record's attempts: the account a record is bound to (docs/VAULT.md 1.6).

A backup holds the vault record's id in the clear, so the id cannot be what allows attempts.
A record is bound, at registration, to something the backup does not contain:

* ``oidc`` - an OpenID Connect account (the user's Google account, for Drive backups). Proof:
  an ID token signed by the issuer (RS256, key from its JWKS), ``aud`` = one of the app's
  client ids, not expired. The binding is SHA-256 over the issuer and ``sub`` (stable; the
  email address can change), so the vault keeps no address.
* ``secret`` - up to four random 32-byte secrets (for folder backups: the device credential
  kept in the OS keyring and the recovery code the user keeps on paper). Proof: one of the
  secrets. The vault keeps only their verifiers ``SHA-256("backupgui-vault/secret/v1" 0 s)``.
* ``sig`` - the same secrets, never sent: each gives an Ed25519 key per vault (HKDF over the
  secret and the vault's server key) and a proof is a signature over one login's KE1 or one
  request's body, with a time (docs/VAULT.md 1.9). The vault keeps only the public keys.
* ``mac`` - how this client proves a secret to a ``secret`` record (one not converted yet)
  without sending it: an HMAC keyed with the secret's verifier over the same message a
  signature would cover. The secret itself never leaves the client (docs/VAULT.md 1.9, item 5).

The binding string stored per record is ``oidc:<b64url hash>``,
``secret:<b64url verifier>[.<b64url verifier>...]`` (verifiers sorted), ``sig:<b64url public
key>[...]`` (keys sorted), or, while a ``secret`` record is being converted, ``sig:<keys>;secret:
<verifiers>``. No Qt, no HTTP server.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import http.client
import json
import logging
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger("backupgui.vault.account")

OIDC = "oidc"
SECRET = "secret"
SIG = "sig"
MAC = "mac"
#: A signed proof's time may differ from the vault's clock by this much (seconds).
SIG_WINDOW = 120
#: How long an accepted login proof's SHA-256(KE1) is remembered (two windows).
SIG_REPLAY_TTL = 240
SIGN_INFO = b"backupgui-vault/sign/v2\x00"
LOGIN_CONTEXT = b"backupgui-vault/login/v2"
PASSWORD_CONTEXT = b"backupgui-vault/password/v2"
DEVICE_CONTEXT = b"backupgui-vault/device/v2"
SEQUENCE_CONTEXT = b"backupgui-vault/sequence/v2"
REGISTER_CONTEXT = b"backupgui-vault/register/v2"
UPGRADE_CONTEXT = b"backupgui-vault/upgrade/v2"
#: Prefixed to a MAC proof's message (the same message a signature covers) before the HMAC.
MAC_PREFIX = b"backupgui-vault/mac/v2\x00"
SECRET_LEN = 32
MAX_SECRETS = 4
MAX_ID_TOKEN = 8192
GOOGLE_ISSUER = "https://accounts.google.com"
#: Google signs ID tokens with either form of its issuer (both are valid, per Google's docs).
GOOGLE_ISSUER_ALIASES = ("https://accounts.google.com", "accounts.google.com")
GOOGLE_CERTS_URL = "https://www.googleapis.com/oauth2/v3/certs"
MAX_JWKS_BYTES = 256 * 1024
_B64_32 = re.compile(r"[A-Za-z0-9_-]{43}")
_KINDS = (OIDC, SECRET, SIG, MAC)


class ProofError(Exception):
    """An account proof that is malformed, unsupported or not valid (never says more)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def _b64e(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _b64_32(value: object, what: str) -> bytes:
    if not isinstance(value, str) or not _B64_32.fullmatch(value):
        raise ProofError("bad_proof", f"{what} must be 32 bytes in base64url")
    try:
        return base64.urlsafe_b64decode(value + "=")
    except (binascii.Error, ValueError):
        raise ProofError("bad_proof", f"{what} must be 32 bytes in base64url") from None


def secret_verifier(secret: bytes) -> bytes:
    """What the vault keeps of a device credential or recovery code."""
    if len(secret) != SECRET_LEN:
        raise ValueError("an account secret has 32 bytes")
    return hashlib.sha256(b"backupgui-vault/secret/v1\x00" + secret).digest()


def oidc_binding(issuer: str, subject: str) -> str:
    digest = hashlib.sha256(
        b"backupgui-vault/oidc/v1\x00" + issuer.encode() + b"\x00" + subject.encode()
    ).digest()
    return f"{OIDC}:{_b64e(digest)}"


def secret_binding(verifiers: Sequence[bytes]) -> str:
    return f"{SECRET}:" + ".".join(sorted(_b64e(v) for v in verifiers))


def sig_binding(public_keys: Sequence[bytes], verifiers: Sequence[bytes] = ()) -> str:
    """``sig:`` + the sorted public keys; verifiers not converted yet follow (``;secret:``)."""
    text = f"{SIG}:" + ".".join(sorted(_b64e(k) for k in public_keys))
    return text + (";" + secret_binding(list(verifiers)) if verifiers else "")


def binding_parts(binding: str | None) -> dict[str, list[str]]:
    """{kind: [entries]} of a binding: ``{"sig": [...], "secret": [...]}``, ``{"oidc": [h]}``."""
    parts: dict[str, list[str]] = {}
    for part in (binding or "").split(";"):
        kind, _, entries = part.partition(":")
        if kind and entries:
            parts[kind] = entries.split(".")
    return parts


def binding_kind(binding: str | None) -> str | None:
    return None if binding is None else binding.split(":", 1)[0]


# ---------------------------------------------------------------------------- signed proofs


def signing_seed(secret: bytes, server_public_key: bytes) -> bytes:
    """The Ed25519 seed of ``secret`` (D or R) for the vault with ``server_public_key``."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    if len(secret) != SECRET_LEN or len(server_public_key) != 32:
        raise ValueError("a signing key needs a 32-byte secret and a 32-byte server key")
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=SIGN_INFO + server_public_key).derive(secret)


def signing_public_key(secret: bytes, server_public_key: bytes) -> bytes:
    """P(S): what the vault keeps of ``secret`` for a ``sig`` binding."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.from_private_bytes(signing_seed(secret, server_public_key))
    return key.public_key().public_bytes(serialization.Encoding.Raw,
                                         serialization.PublicFormat.Raw)


def canonical_body(body: dict) -> bytes:
    """A request body as a signed proof covers it: every field but ``account``, keys sorted,
    no whitespace, ASCII only (``\\u`` escapes)."""
    rest = {k: v for k, v in body.items() if k != "account"}
    return json.dumps(rest, sort_keys=True, separators=(",", ":"), ensure_ascii=True,
                      allow_nan=False).encode("ascii")


def login_payload(ke1: bytes) -> bytes:
    return hashlib.sha256(ke1).digest()


def signed_message(context: bytes, server_public_key: bytes, user_id: str, payload: bytes,
                   when: int) -> bytes:
    """``context 0 server_public_key user_id 0 payload T(8, big-endian)``."""
    return (context + b"\x00" + server_public_key + user_id.encode("ascii") + b"\x00" + payload
            + when.to_bytes(8, "big"))


def sig_proof(secret: bytes, server_public_key: bytes, context: bytes, user_id: str,
              payload: bytes, when: int | None = None, **extra: object) -> dict:
    """``{"kind": "sig", "public_key", "time", "signature"}`` for one login or request."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    when = int(time.time()) if when is None else when
    key = Ed25519PrivateKey.from_private_bytes(signing_seed(secret, server_public_key))
    sig = key.sign(signed_message(context, server_public_key, user_id, payload, when))
    return {"kind": SIG, **extra, "public_key": _b64e(signing_public_key(secret, server_public_key)),
            "time": when, "signature": _b64e(sig)}


def mac_of(verifier: bytes, message: bytes) -> bytes:
    """HMAC-SHA-256 keyed with a secret's verifier over ``MAC_PREFIX || message``."""
    return hmac.new(verifier, MAC_PREFIX + message, hashlib.sha256).digest()


def mac_proof(secret: bytes, server_public_key: bytes, context: bytes, user_id: str,
              payload: bytes, when: int | None = None) -> dict:
    """``{"kind": "mac", "time", "mac"}``: proves ``secret`` to a record that keeps its
    verifier V(secret) without sending the secret (docs/VAULT.md 1.9, item 5). Whoever
    receives it learns neither the secret nor its signing key; it is good for this one login
    or request, at the vault whose key is ``server_public_key``."""
    if len(server_public_key) != 32:
        raise ValueError("a MAC proof needs the 32-byte server key")
    when = int(time.time()) if when is None else when
    tag = mac_of(secret_verifier(secret),
                 signed_message(context, server_public_key, user_id, payload, when))
    return {"kind": MAC, "time": when, "mac": _b64e(tag)}


# ---------------------------------------------------------------------------- ID tokens


#: Seconds a fetch of the issuer's keys or discovery document may take as a whole.
FETCH_DEADLINE = 20.0


def _fetch_json(url: str, timeout: float) -> tuple[dict, float | None]:
    """GET a small JSON document (bounded read); returns (object, max-age seconds or None)."""
    from ..destinations import netguard

    req = urllib.request.Request(url, headers={"Accept": "application/json"})
    try:
        # The whole answer within FETCH_DEADLINE (a trickling issuer would hold the request
        # that is waiting for its keys), each wait for data at most ``timeout``.
        status, body, headers = netguard.urlopen(req, idle=timeout, deadline=FETCH_DEADLINE,
                                                 limit=MAX_JWKS_BYTES + 1, redirects=False)
    except http.client.HTTPException as exc:  # not HTTP, or a chunked body cut short
        raise ValueError(f"not an HTTP answer ({type(exc).__name__})") from None
    if status != 200:
        raise ValueError(f"HTTP {status}")
    cache_control = headers.get("Cache-Control", "") if headers is not None else ""
    if len(body) > MAX_JWKS_BYTES:
        raise ValueError("document too large")
    try:
        obj = json.loads(body)
    except RecursionError:  # nested deeper than Python parses: as any other malformed answer
        raise ValueError("not valid JSON") from None
    if not isinstance(obj, dict):
        raise ValueError("not a JSON object")
    m = re.search(r"max-age=(\d+)", cache_control)
    return obj, float(m.group(1)) if m else None


def _check_url(url: str, what: str) -> str:
    parts = urllib.parse.urlsplit(url)
    loopback = parts.hostname in ("127.0.0.1", "localhost", "::1")
    if parts.scheme != "https" and not (parts.scheme == "http" and loopback):
        raise ValueError(f"{what} must be an https URL (http only on the loopback address)")
    return url


class JwksCache:
    """The issuer's signing keys by ``kid``; refetched when stale or when an unknown kid
    appears (at most once per ``min_refresh`` seconds, so forged kids cannot flood it)."""

    def __init__(self, url: str, *, timeout: float = 10.0, min_refresh: float = 30.0) -> None:
        self.url = _check_url(url, "the JWKS URL")
        self.timeout = timeout
        self.min_refresh = min_refresh
        self._keys: dict[str, Any] = {}
        self._fetched = 0.0
        self._expires = 0.0
        self._lock = threading.Lock()

    def _refresh(self, now: float) -> None:
        from jwt import PyJWKSet
        from jwt.exceptions import PyJWKSetError

        self._fetched = now
        try:
            doc, max_age = _fetch_json(self.url, self.timeout)
            keyset = PyJWKSet.from_dict(doc)
        except (OSError, ValueError, PyJWKSetError) as exc:
            log.warning("could not fetch the ID token signing keys: %s", type(exc).__name__)
            return
        self._keys = {k.key_id: k for k in keyset.keys if k.key_id}
        self._expires = now + min(max(max_age or 3600.0, 60.0), 86400.0)

    def key(self, kid: str, now: float | None = None) -> Any | None:
        now = time.time() if now is None else now
        with self._lock:
            stale = now >= self._expires
            if (stale or kid not in self._keys) and now - self._fetched >= self.min_refresh:
                self._refresh(now)
            return self._keys.get(kid)


@dataclass(frozen=True)
class OidcConfig:
    """Which ID tokens the vault accepts."""

    issuer: str
    audiences: tuple[str, ...]
    certs_url: str = ""  # empty: Google's for the Google issuer, else the issuer's discovery
    leeway: float = 60.0  # seconds of clock skew allowed for exp/iat
    max_lifetime: float = 86400.0  # exp - iat; Google's tokens live one hour

    def issuers(self) -> tuple[str, ...]:
        return GOOGLE_ISSUER_ALIASES if self.issuer in GOOGLE_ISSUER_ALIASES else (self.issuer,)


def discover_certs_url(issuer: str, timeout: float = 10.0) -> str:
    """``jwks_uri`` from the issuer's ``/.well-known/openid-configuration``."""
    if issuer in GOOGLE_ISSUER_ALIASES:
        return GOOGLE_CERTS_URL
    url = _check_url(issuer.rstrip("/"), "the issuer") + "/.well-known/openid-configuration"
    doc, _ = _fetch_json(url, timeout)
    if doc.get("issuer") != issuer:
        raise ValueError("the issuer's discovery document names another issuer")
    jwks = doc.get("jwks_uri")
    if not isinstance(jwks, str):
        raise ValueError("the issuer's discovery document has no jwks_uri")
    return jwks


class IdTokenVerifier:
    """Verifies ID tokens with PyJWT against the issuer's JWKS (RS256 only)."""

    def __init__(self, config: OidcConfig) -> None:
        if not config.audiences:
            raise ValueError("at least one accepted audience (client id) is needed")
        self.config = config
        self._jwks: JwksCache | None = None
        self._lock = threading.Lock()

    def _cache(self) -> JwksCache:
        with self._lock:
            if self._jwks is None:
                url = self.config.certs_url or discover_certs_url(self.config.issuer)
                self._jwks = JwksCache(url)
            return self._jwks

    def verify(self, token: object) -> tuple[str, str]:
        """(issuer, subject) of a valid token; ``ProofError`` otherwise."""
        import jwt

        if not isinstance(token, str) or not 0 < len(token) <= MAX_ID_TOKEN:
            raise ProofError("bad_proof", "the ID token is missing or too long")
        try:
            header = jwt.get_unverified_header(token)
        except jwt.exceptions.PyJWTError:
            raise ProofError("invalid_account", "the ID token is malformed") from None
        kid = header.get("kid")
        if header.get("alg") != "RS256" or not isinstance(kid, str):
            raise ProofError("invalid_account", "the ID token is not signed as expected")
        try:
            key = self._cache().key(kid)
        except (OSError, ValueError):
            key = None
        if key is None:
            raise ProofError("invalid_account", "the ID token's signing key is unknown")
        cfg = self.config
        try:
            claims = jwt.decode(
                token, key, algorithms=["RS256"], audience=list(cfg.audiences),
                issuer=cfg.issuers(), leeway=cfg.leeway,
                options={"require": ["exp", "iat", "iss", "aud", "sub"]},
            )  # fmt: skip
        except jwt.exceptions.PyJWTError:
            raise ProofError("invalid_account", "the ID token is not valid") from None
        sub = claims.get("sub")
        if not isinstance(claims.get("aud"), str):  # one audience, as Google issues them
            raise ProofError("invalid_account", "the ID token names several audiences")
        iat, exp = claims.get("iat"), claims.get("exp")
        if not isinstance(sub, str) or not 0 < len(sub) <= 255:
            raise ProofError("invalid_account", "the ID token has no usable subject")
        if not isinstance(iat, int | float) or not isinstance(exp, int | float):
            raise ProofError("invalid_account", "the ID token's times are malformed")
        if exp - iat > cfg.max_lifetime:
            raise ProofError("invalid_account", "the ID token lives implausibly long")
        issuer = GOOGLE_ISSUER if claims["iss"] in GOOGLE_ISSUER_ALIASES else claims["iss"]
        return issuer, sub


# ---------------------------------------------------------------------------- the vault side


class AccountVerifier:
    """Turns account proofs into bindings (registration) and checks them (every attempt)."""

    def __init__(self, oidc: OidcConfig | None = None) -> None:
        self.id_tokens = IdTokenVerifier(oidc) if oidc else None

    def kinds(self) -> list[str]:
        return ([OIDC] if self.id_tokens else []) + [SECRET, SIG, MAC]

    @staticmethod
    def _kind(proof: object) -> str:
        if not isinstance(proof, dict) or proof.get("kind") not in _KINDS:
            raise ProofError("bad_proof",
                             "account must be an object of kind oidc, secret, sig or mac")
        return proof["kind"]

    @staticmethod
    def _time(proof: dict, now: float | None) -> int:
        when = proof.get("time")
        if type(when) is not int or not 0 <= when < 1 << 63:
            raise ProofError("bad_proof", "time must be a non-negative integer")
        now = time.time() if now is None else now
        if abs(now - when) > SIG_WINDOW:
            raise ProofError("invalid_account", "the proof's time is too far from the vault's")
        return when

    @classmethod
    def _mac(cls, proof: dict, message: Any, now: float | None) -> str:
        """A MAC proof's (tag, message) as the value ``matches`` checks against verifiers."""
        if message is None:
            raise ProofError("bad_proof", "this request takes no MAC proof")
        tag = _b64_32(proof.get("mac"), "mac")
        when = cls._time(proof, now)
        return _b64e(tag) + "." + _b64e(message(when))

    @staticmethod
    def _signed(proof: dict, message: Any, now: float | None) -> bytes:
        """The public key of a valid signed proof; ``ProofError`` otherwise.

        ``message(T)`` is what the proof must sign for this request (None: a request that
        takes no signed proof). The time is checked before the signature.
        """
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

        if message is None:
            raise ProofError("bad_proof", "this request takes no signed proof")
        public_key = _b64_32(proof.get("public_key"), "public_key")
        raw = proof.get("signature")
        if type(proof.get("time")) is not int:
            raise ProofError("bad_proof", "time must be a non-negative integer")
        if not isinstance(raw, str) or not re.fullmatch(r"[A-Za-z0-9_-]{86}", raw):
            raise ProofError("bad_proof", "signature must be 64 bytes in base64url")
        signature = base64.urlsafe_b64decode(raw + "==")
        when = AccountVerifier._time(proof, now)
        try:
            Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message(when))
        except (InvalidSignature, ValueError):
            raise ProofError("invalid_account", "the proof's signature is not valid") from None
        return public_key

    def _oidc(self, proof: dict) -> str:
        if self.id_tokens is None:
            raise ProofError("account_unsupported", "this vault does not accept ID tokens")
        return oidc_binding(*self.id_tokens.verify(proof.get("id_token")))

    def binding_for_registration(self, proof: object, message: Any = None,
                                 now: float | None = None) -> str:
        """The binding a new record gets from the registrant's proof (``ProofError`` if bad).

        A ``secret`` registration lists the verifiers to bind (1..4, distinct) and proves it
        holds one of them, so nobody else can finish or hijack the pending registration; a
        ``sig`` registration lists the public keys and signs the request with one of them.
        """
        kind = self._kind(proof)
        assert isinstance(proof, dict)
        if kind == OIDC:
            return self._oidc(proof)
        if kind == MAC:
            raise ProofError("bad_proof", "a registration lists public keys (kind sig)")
        if kind == SIG:
            raw = proof.get("public_keys")
            if not isinstance(raw, list) or not 0 < len(raw) <= MAX_SECRETS:
                raise ProofError("bad_proof", f"public_keys must list 1 to {MAX_SECRETS} values")
            keys = [check_public_key(_b64_32(k, "a public key")) for k in raw]
            if len(set(keys)) != len(keys):
                raise ProofError("bad_proof", "public keys must be distinct")
            if self._signed(proof, message, now) not in keys:
                raise ProofError("bad_proof", "the proof's key is not among public_keys")
            return sig_binding(keys)
        raw = proof.get("verifiers")
        if not isinstance(raw, list) or not 0 < len(raw) <= MAX_SECRETS:
            raise ProofError("bad_proof", f"verifiers must list 1 to {MAX_SECRETS} values")
        verifiers = [_b64_32(v, "a verifier") for v in raw]
        if len(set(verifiers)) != len(verifiers):
            raise ProofError("bad_proof", "verifiers must be distinct")
        secret = _b64_32(proof.get("secret"), "secret")
        if secret_verifier(secret) not in verifiers:
            raise ProofError("bad_proof", "the secret does not match any verifier")
        return secret_binding(verifiers)

    def present(self, proof: object, message: Any = None,
                now: float | None = None) -> tuple[str, str]:
        """What a proof shows: (kind, value), checked against a binding by ``matches``.

        Done before any database transaction: an ID token may need the issuer's keys fetched.
        A ``sig`` proof must sign ``message(T)`` (what this request signs) within the window.
        """
        kind = self._kind(proof)
        assert isinstance(proof, dict)
        if kind == OIDC:
            return OIDC, self._oidc(proof)
        if kind == SIG:
            return SIG, _b64e(self._signed(proof, message, now))
        if kind == MAC:
            return MAC, self._mac(proof, message, now)
        return SECRET, _b64e(secret_verifier(_b64_32(proof.get("secret"), "secret")))

    @staticmethod
    def matching_entry(binding: str, presented: tuple[str, str]) -> str | None:
        """The binding entry a presented proof matches (a ``secret`` or ``mac`` proof: the
        verifier; ``sig``: the public key; ``oidc``: the binding), or None. Constant-time
        compares; every entry is tried."""
        kind, value = presented
        if kind == OIDC:
            same = binding_kind(binding) == OIDC and hmac.compare_digest(
                value.encode(), binding.encode())
            return binding if same else None
        found = None
        if kind == MAC:
            tag_text, _, message_text = value.partition(".")
            tag = base64.urlsafe_b64decode(tag_text + "=")
            message = base64.urlsafe_b64decode(message_text + "=" * (-len(message_text) % 4))
            for v in binding_parts(binding).get(SECRET, []):
                verifier = base64.urlsafe_b64decode(v + "=" * (-len(v) % 4))
                if hmac.compare_digest(mac_of(verifier, message), tag):
                    found = v
            return found
        for v in binding_parts(binding).get(kind, []):
            if hmac.compare_digest(value.encode(), v.encode()):
                found = v
        return found

    @classmethod
    def matches(cls, binding: str, presented: tuple[str, str]) -> bool:
        """Whether a presented proof names the account ``binding`` (constant-time compares)."""
        return cls.matching_entry(binding, presented) is not None


def check_public_key(key: bytes) -> bytes:
    """An Ed25519 public key that ``cryptography`` accepts (32 bytes); ``ProofError`` if not."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(key)
    except ValueError:
        raise ProofError("bad_proof", "a public key is not an Ed25519 key") from None
    return key


# ---------------------------------------------------------------------------- the client side


def new_secret() -> bytes:
    """A fresh device credential or recovery code (32 random bytes)."""
    import secrets

    return secrets.token_bytes(SECRET_LEN)


@dataclass(frozen=True)
class VaultAccess:
    """What a client can present to prove it may spend a record's attempts.

    Every member is optional and asked for only when needed:
    ``id_token`` returns a fresh Google ID token (Drive backups); ``recovery_code`` returns the
    recovery code the user typed (a folder backup on a new computer); ``devices`` keeps device
    credentials in the OS keyring (``keystore.KeyStore``); ``new_recovery_code`` is the code to
    register when a record for a folder backup is created or upgraded (the caller shows it to
    the user, before or through ``on_recovery_code``, which is called once it is registered).
    """

    id_token: Any = field(default=None, repr=False)  # Callable[[], str | None] | None
    recovery_code: Any = field(default=None, repr=False)  # Callable[[], bytes | None] | None
    devices: Any = field(default=None, repr=False)  # KeyStore | None
    new_recovery_code: bytes | None = field(default=None, repr=False)
    on_recovery_code: Any = field(default=None, repr=False)  # Callable[[bytes], None] | None
    #: Which vaults get proofs (``trust.TrustedVaults``; None: this computer's list).
    trust: Any = field(default=None, repr=False)
    #: Asked before a proof goes to a vault not trusted yet: ``confirm(url, server key)``;
    #: True when the user explicitly confirmed this vault (it is then trusted from now on).
    confirm: Any = field(default=None, repr=False)

    def merged(self, other: VaultAccess | None) -> VaultAccess:
        """Members of ``self``, filled in from ``other`` where ``self`` has none."""
        if other is None:
            return self
        pick = {n: getattr(self, n) if getattr(self, n) is not None else getattr(other, n)
                for n in ("id_token", "recovery_code", "devices", "new_recovery_code",
                          "on_recovery_code", "trust", "confirm")}
        return VaultAccess(**pick)


def parse_recovery_code(text: str) -> bytes:
    """A recovery code typed by a person (64 hex digits; spaces, dashes, case ignored).

    ``MalformedKeyError`` saying what is wrong, never echoing the code.
    """
    from ..crypto.keys import parse_key
    from ..errors import GROUP_DIGITS, KEY_DIGITS, KEY_GROUPS, MalformedKeyError

    try:
        return parse_key(text)
    except MalformedKeyError:
        raise MalformedKeyError(
            f"A key vault recovery code has {KEY_DIGITS} digits 0-9 and a-f ({KEY_GROUPS} groups "
            f"of {GROUP_DIGITS}); this text is not one.",
            hint="Type it as it was shown when the key vault was set up; spaces and dashes "
                 "are ignored.") from None
