"""The signed-in Google account's ID token, the proof a key vault asks for (docs/VAULT.md).

A sign-in that asked for ``openid`` gets an ID token with every token response (the code
exchange and each refresh); google-auth keeps the latest in ``credentials.id_token``. Google's
ID tokens live one hour, so a token close to expiry is refreshed first. No Qt here.
"""

from __future__ import annotations

import logging
import time
from typing import Any

log = logging.getLogger(__name__)

MIN_VALIDITY = 300.0  # seconds a token must still be valid for when it is handed out


def _expiry(token: str) -> float | None:
    """``exp`` of a JWT, read without verifying (the vault verifies; we only schedule)."""
    from google.auth import jwt

    try:
        exp = jwt.decode(token, verify=False).get("exp")
    except (ValueError, TypeError):
        return None
    return float(exp) if isinstance(exp, int | float) else None


def fresh_id_token(credentials: Any, timeout: float = 30.0, *, scope: Any = None) -> str | None:
    """A Google ID token valid for at least five more minutes, or None when these credentials
    cannot give one (a bare access token, or a sign-in made without the ``openid`` scope).
    The refresh has a deadline and ends on Stop of ``scope`` (``netguard``)."""
    token = getattr(credentials, "id_token", None)
    exp = _expiry(token) if isinstance(token, str) else None
    if exp is not None and exp - time.time() > MIN_VALIDITY:
        return token
    if not getattr(credentials, "refresh_token", None):
        return None
    import google_auth_httplib2
    from google.auth.exceptions import RefreshError, TransportError

    from .gdrive_http import SingleAttemptHttp

    try:
        credentials.refresh(google_auth_httplib2.Request(SingleAttemptHttp(timeout=timeout,
                                                                           scope=scope)))
    except (RefreshError, TransportError, OSError) as exc:
        log.warning("could not refresh the Google sign-in for an ID token: %s", type(exc).__name__)
        return None
    token = getattr(credentials, "id_token", None)
    return token if isinstance(token, str) and token else None
