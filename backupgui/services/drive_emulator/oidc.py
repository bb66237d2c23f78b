"""The emulator as an OpenID Connect issuer, standing in for Google's in tests.

It has its own RS256 signing key (made at start, never written to disk), publishes it as a
JWKS at ``/oauth2/v3/certs`` (Google's path) with a discovery document at
``/.well-known/openid-configuration``, and its token endpoint adds an ``id_token`` when the
grant's scope includes ``openid`` - on the code exchange and on every refresh, as Google does.
The issuer identifier is the emulator's root URL without the trailing slash. Signing uses
PyJWT over ``cryptography``; nothing is hand-written.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import time
from typing import Any

from cryptography.hazmat.primitives.asymmetric import rsa

CERTS_PATH = "/oauth2/v3/certs"
DISCOVERY_PATH = "/.well-known/openid-configuration"
DEFAULT_CLIENT_ID = "emulator-client.apps.googleusercontent.com"
ID_TOKEN_TTL = 3600.0  # Google's ID tokens live one hour


def _b64(n: int) -> str:
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def subject_for(email: str) -> str:
    """A stable numeric ``sub`` per account address, shaped like Google's (21 digits)."""
    n = int.from_bytes(hashlib.sha256(email.lower().encode()).digest()[:8], "big")
    return "1" + str(n).zfill(20)


def wants_id_token(scope: str) -> bool:
    return "openid" in scope.split()


class Issuer:
    """Signing key, JWKS and ID tokens of the emulated account service."""

    def __init__(self) -> None:
        self._key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.kid = secrets.token_hex(8)

    def jwks(self) -> dict[str, Any]:
        pub = self._key.public_key().public_numbers()
        return {"keys": [{"kty": "RSA", "alg": "RS256", "use": "sig", "kid": self.kid,
                          "n": _b64(pub.n), "e": _b64(pub.e)}]}

    @staticmethod
    def discovery(issuer: str) -> dict[str, Any]:
        return {
            "issuer": issuer,
            "authorization_endpoint": issuer + "/o/oauth2/v2/auth",
            "token_endpoint": issuer + "/token",
            "userinfo_endpoint": issuer + "/oauth2/v3/userinfo",
            "revocation_endpoint": issuer + "/revoke",
            "jwks_uri": issuer + CERTS_PATH,
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "scopes_supported": ["openid", "email", "profile"],
            "claims_supported": ["aud", "email", "email_verified", "exp", "iat", "iss", "sub"],
        }

    def mint(self, issuer: str, *, email: str, audience: str, ttl: float = ID_TOKEN_TTL,
             nonce: str | None = None, now: float | None = None, **extra: Any) -> str:
        """A signed ID token for ``email`` addressed to the client ``audience``."""
        import jwt

        iat = int(time.time() if now is None else now)
        claims: dict[str, Any] = {
            "iss": issuer, "aud": audience, "azp": audience, "sub": subject_for(email),
            "email": email, "email_verified": True, "iat": iat, "exp": iat + int(ttl),
        }
        if nonce:
            claims["nonce"] = nonce
        claims.update(extra)
        return jwt.encode(claims, self._key, algorithm="RS256", headers={"kid": self.kid})

    def document(self, issuer: str, path: str) -> dict[str, Any] | None:
        """The JSON served at ``path`` (JWKS or discovery), or None if the path is not ours."""
        if path == CERTS_PATH:
            return self.jwks()
        if path == DISCOVERY_PATH:
            return self.discovery(issuer)
        return None
