"""Signing in to Google Drive: OAuth 2.0 for installed apps, refresh token in the OS keyring.

* Sign-in uses google-auth-oauthlib's ``InstalledAppFlow.run_local_server``: the system browser,
  a loopback redirect on 127.0.0.1 and PKCE. The client config comes from the "Desktop app"
  client-secret JSON (see docs/DRIVE.md); Google does not treat that secret as confidential.
* The refresh token is stored in the OS keyring (service ``backupgui``, user = account email);
  the access token lives only in memory. Without a working keyring we raise
  ``KeyringUnavailableError`` so the GUI can offer "sign in for this session only". We never
  fall back to a file.
* Signing out revokes the grant at Google and forgets the keyring entry.

No Qt here: the GUI runs these functions on a worker thread.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import urllib.error
import urllib.parse
import urllib.request
import webbrowser
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import BackupError, DestinationError
from .gdrive_http import DEFAULT_ROOT, SCOPE, build_service, make_http

log = logging.getLogger(__name__)

# openid + email: the ID token that proves the account to a key vault (google_identity.py).
# The email scope is spelled as Google echoes it, so oauthlib sees no "scope changed".
SCOPES = ["openid", "https://www.googleapis.com/auth/userinfo.email", SCOPE]
_OLD_SCOPES = [SCOPE]  # sign-ins saved before the vault needed the account
KEYRING_SERVICE = "backupgui"
_LAST_ACCOUNT = "__google_account__"  # keyring user under which the last account's email sits
GOOGLE_REVOKE_URI = "https://oauth2.googleapis.com/revoke"
ENV_CLIENT_SECRET = "BACKUPGUI_GOOGLE_CLIENT_SECRET"
CLIENT_SECRET_FILE = "google-client-secret.json"


class KeyringUnavailableError(BackupError):
    """No usable OS password store: the sign-in cannot be remembered."""

    exit_code = 15
    hint = ("Install or unlock a password store (GNOME Keyring, KWallet, macOS Keychain, "
            "Windows Credential Manager), or sign in for this session only.")


class SignInError(DestinationError):
    """The Google sign-in did not complete."""

    hint = "Try signing in again."


@dataclass(frozen=True)
class SignedIn:
    """The result of a sign-in: credentials (access token in memory), account, and whether the
    refresh token was saved in the keyring."""

    credentials: Any
    email: str
    remembered: bool


@dataclass(frozen=True)
class AccountInfo:
    email: str
    used: int
    total: int | None


# ---- client config ---------------------------------------------------------------------------
def default_client_secret_path() -> Path:
    """``$BACKUPGUI_GOOGLE_CLIENT_SECRET`` or ``<user config dir>/backupgui/google-client-secret.json``."""
    env = os.environ.get(ENV_CLIENT_SECRET)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir("backupgui")) / CLIENT_SECRET_FILE


def load_client_config(path: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """Read and check a "Desktop app" client-secret JSON (``{"installed": {...}}``)."""
    p = Path(path) if path is not None else default_client_secret_path()
    try:
        cfg = json.loads(p.read_text())
    except FileNotFoundError:
        raise SignInError(f"The Google OAuth client file {p} does not exist.",
                          hint="Download the Desktop app client JSON from Google Cloud console "
                               "(see docs/DRIVE.md) and put it there.") from None
    except (OSError, ValueError) as exc:
        raise SignInError(f"The Google OAuth client file {p} cannot be read: {exc}.") from None
    inst = cfg.get("installed") if isinstance(cfg, dict) else None
    if not isinstance(inst, dict):
        raise SignInError(f"The Google OAuth client file {p} is not for a Desktop app.",
                          hint='Create an OAuth client of type "Desktop app" (not "Web application").')
    for key in ("client_id", "auth_uri", "token_uri"):
        if not inst.get(key):
            raise SignInError(f"The Google OAuth client file {p} lacks {key}.")
    return cfg


# ---- keyring ---------------------------------------------------------------------------------
def keyring_status() -> tuple[bool, str]:
    """(usable, description). Unusable: the fail/null backends, an empty chainer, or any
    plaintext/file backend (keyrings.alt), which we refuse on purpose."""
    import keyring

    from ..keystore import secure_backends  # the one check, shared with the backup key's store

    usable, _ = secure_backends(keyring.get_keyring())
    if not usable:
        return False, "No secure password store (keyring) is available on this system."
    return True, ", ".join(f"{type(b).__module__}.{type(b).__name__}" for b in usable)


def _require_keyring() -> None:
    ok, why = keyring_status()
    if not ok:
        raise KeyringUnavailableError(why + " The Google sign-in cannot be remembered.")


@contextlib.contextmanager
def _keyring_errors() -> Iterator[None]:
    from keyring.errors import KeyringError

    try:
        yield
    except KeyringError as exc:
        # A locked collection whose unlock prompt was dismissed, a dead D-Bus, ...
        raise KeyringUnavailableError(
            f"The password store refused the request ({type(exc).__name__}).") from None


def _save_refresh_token(email: str, refresh_token: str, client_id: str) -> None:
    import keyring

    _require_keyring()
    with _keyring_errors():
        keyring.set_password(KEYRING_SERVICE, email,
                             json.dumps({"refresh_token": refresh_token, "client_id": client_id,
                                         "scopes": SCOPES}))
        keyring.set_password(KEYRING_SERVICE, _LAST_ACCOUNT, email)


def saved_account() -> str | None:
    """The email of the account whose sign-in is saved, if any."""
    import keyring

    _require_keyring()
    with _keyring_errors():
        return keyring.get_password(KEYRING_SERVICE, _LAST_ACCOUNT)


# ---- sign in / out ---------------------------------------------------------------------------
def _is_loopback(url: str) -> bool:
    return urllib.parse.urlsplit(url).hostname in ("127.0.0.1", "localhost", "::1")


@contextlib.contextmanager
def _allow_http_for_loopback(cfg: dict[str, Any]) -> Iterator[None]:
    """oauthlib insists on https; the local emulator's token endpoint is plain http."""
    inst = cfg["installed"]
    if not (_is_loopback(inst["token_uri"]) and inst["token_uri"].startswith("http://")):
        yield
        return
    old = os.environ.get("OAUTHLIB_INSECURE_TRANSPORT")
    os.environ["OAUTHLIB_INSECURE_TRANSPORT"] = "1"
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("OAUTHLIB_INSECURE_TRANSPORT", None)
        else:
            os.environ["OAUTHLIB_INSECURE_TRANSPORT"] = old


class _CallbackBrowser(webbrowser.BaseBrowser):
    """Hands the sign-in URL to the GUI (which opens it and can show it) instead of guessing."""

    def __init__(self, on_url: Callable[[str], None]) -> None:
        super().__init__("backupgui-signin")
        self._on_url = on_url

    def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        self._on_url(url)
        return True


def sign_in(
    client_secret: str | os.PathLike[str] | None = None,
    *,
    remember: bool = True,
    api_root: str = DEFAULT_ROOT,
    on_url: Callable[[str], None] | None = None,
    timeout_seconds: float | None = 300,
) -> SignedIn:
    """Run the browser sign-in and return credentials for the account.

    ``remember=True`` saves the refresh token in the keyring and raises
    ``KeyringUnavailableError`` *before* opening the browser if there is no usable keyring.
    ``on_url`` receives the sign-in URL instead of the system browser opening it.
    """
    from google_auth_oauthlib.flow import InstalledAppFlow

    cfg = load_client_config(client_secret)
    if remember:
        _require_keyring()
    flow = InstalledAppFlow.from_client_config(cfg, scopes=SCOPES)  # PKCE verifier auto-generated
    browser = None
    if on_url is not None:
        webbrowser.register("backupgui-signin", None, _CallbackBrowser(on_url))
        browser = "backupgui-signin"
    try:
        with _allow_http_for_loopback(cfg):
            creds = flow.run_local_server(
                host="localhost", bind_addr="127.0.0.1", port=0, open_browser=True, browser=browser,
                authorization_prompt_message="Sign in to Google Drive in your browser: {url}",
                success_message="Signed in to Google Drive. You can close this tab and return to backupgui.",
                timeout_seconds=timeout_seconds, prompt="consent",
            )
    except webbrowser.Error:
        raise SignInError("No web browser could be opened for the Google sign-in.") from None
    except Exception as exc:  # noqa: BLE001 - oauthlib/requests raise many types; no secrets in the name
        raise SignInError(f"The Google sign-in failed ({type(exc).__name__}).") from None
    if not getattr(creds, "refresh_token", None):
        raise SignInError("Google did not return a refresh token.",
                          hint="Remove backupgui's access in your Google Account settings and sign in again.")
    email = account_info(creds, api_root).email
    if remember:
        _save_refresh_token(email, creds.refresh_token, cfg["installed"]["client_id"])
    return SignedIn(creds, email, remember)


def load_saved_credentials(account: str | None = None,
                           client_secret: str | os.PathLike[str] | None = None) -> Any | None:
    """Credentials from the keyring's refresh token (the access token is fetched on first use),
    or None when nothing is saved. Raises KeyringUnavailableError without a keyring."""
    import keyring
    from google.oauth2.credentials import Credentials

    _require_keyring()
    with _keyring_errors():
        account = account or keyring.get_password(KEYRING_SERVICE, _LAST_ACCOUNT)
        raw = keyring.get_password(KEYRING_SERVICE, account) if account else None
    if not raw:
        return None
    try:
        saved = json.loads(raw)
        refresh_token = saved["refresh_token"]
        # A refresh may not ask for more than the grant has (google-auth refuses the answer).
        scopes = saved.get("scopes") if saved.get("scopes") in (SCOPES, _OLD_SCOPES) else _OLD_SCOPES
    except (ValueError, KeyError, TypeError, AttributeError):
        log.warning("Ignoring an unreadable saved Google sign-in.")
        return None
    inst = load_client_config(client_secret)["installed"]
    if saved.get("client_id") and saved["client_id"] != inst["client_id"]:
        raise SignInError("The saved Google sign-in belongs to a different OAuth client.",
                          hint="Sign in to Google Drive again.")
    # Built by hand: from_authorized_user_info would reset token_uri to Google's.
    return Credentials(token=None, refresh_token=refresh_token, token_uri=inst["token_uri"],
                       client_id=inst["client_id"], client_secret=inst.get("client_secret"), scopes=scopes)


def sign_out(account: str | None = None, credentials: Any | None = None,
             client_secret: str | os.PathLike[str] | None = None, timeout: float = 20.0) -> bool:
    """Revoke the grant at Google and forget the saved sign-in. Returns True if Google confirmed
    the revocation (False: offline or already revoked; the local copy is forgotten anyway).

    Revoking removes backupgui's access; Google then deletes its hidden app data (backups in
    the appDataFolder). The GUI must say so before calling this.
    """
    import keyring

    token = getattr(credentials, "refresh_token", None) or getattr(credentials, "token", None)
    revoke_uri = GOOGLE_REVOKE_URI
    with contextlib.suppress(SignInError):
        revoke_uri = load_client_config(client_secret)["installed"].get("revoke_uri") or GOOGLE_REVOKE_URI
    ok, _ = keyring_status()
    if ok:
        with _keyring_errors():
            account = account or keyring.get_password(KEYRING_SERVICE, _LAST_ACCOUNT)
            raw = keyring.get_password(KEYRING_SERVICE, account) if account else None
        if raw and not token:
            with contextlib.suppress(ValueError, KeyError, TypeError):
                token = json.loads(raw)["refresh_token"]
    revoked = False
    if token:
        body = urllib.parse.urlencode({"token": token}).encode()
        req = urllib.request.Request(revoke_uri, data=body, method="POST",
                                     headers={"Content-Type": "application/x-www-form-urlencoded"})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                revoked = resp.status == 200
        except (urllib.error.URLError, OSError) as exc:
            log.warning("Could not revoke the Google sign-in (%s); forgetting it locally.", type(exc).__name__)
    if ok and account:
        from keyring.errors import PasswordDeleteError

        with _keyring_errors():
            for user in (account, _LAST_ACCOUNT):
                with contextlib.suppress(PasswordDeleteError):
                    if user != _LAST_ACCOUNT or keyring.get_password(KEYRING_SERVICE, _LAST_ACCOUNT) == account:
                        keyring.delete_password(KEYRING_SERVICE, user)
    return revoked


def account_info(credentials: Any, api_root: str = DEFAULT_ROOT, timeout: float = 60.0) -> AccountInfo:
    """The account's email and Drive storage quota (``total`` None when unlimited)."""
    from google.auth.exceptions import RefreshError
    from googleapiclient.errors import HttpError

    svc = build_service(api_root, make_http(credentials, timeout))
    try:
        about = svc.about().get(fields="user(emailAddress),storageQuota(limit,usage)").execute(num_retries=3)
    except RefreshError:
        raise SignInError("Google did not accept the saved sign-in (expired or revoked).",
                          hint="Sign in to Google Drive again.") from None
    except HttpError as exc:
        raise DestinationError(f"Google Drive refused the account query (HTTP {exc.resp.status}).") from None
    except OSError:
        raise DestinationError("Google Drive could not be reached.") from None
    quota = about.get("storageQuota", {})
    return AccountInfo(email=about.get("user", {}).get("emailAddress", ""),
                       used=int(quota.get("usage", 0)),
                       total=int(quota["limit"]) if quota.get("limit") else None)
