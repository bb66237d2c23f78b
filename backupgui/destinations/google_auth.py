"""Signing in to Google Drive: OAuth 2.0 for installed apps, refresh token in the OS keyring.

* Sign-in uses google-auth-oauthlib's ``InstalledAppFlow`` (PKCE) with our own loopback
  server on 127.0.0.1, so the wait for the browser can be cancelled and times out. The OAuth
  client ("Desktop app") is, in this order: the user's own client file (Settings, or
  ``BACKUPGUI_GOOGLE_CLIENT_FILE``, or ``google-client-secret.json`` in the config folder),
  ``BACKUPGUI_GOOGLE_CLIENT_ID``/``BACKUPGUI_GOOGLE_CLIENT_SECRET`` in the environment, or the
  client the build embedded (``resources/google-oauth-client.json``, written by
  ``packaging/embed_google_client.py``). Google does not treat an installed app's client
  secret as confidential.
* The refresh token is stored in the OS keyring (service ``backupgui``, user = account email);
  the access token lives only in memory. Without a working keyring we raise
  ``KeyringUnavailableError`` so the GUI can offer "sign in for this session only". We never
  fall back to a file.
* ``forget`` removes the saved sign-in from the keyring only: the grant stays at Google, so
  the backups in the hidden appDataFolder stay. ``sign_out`` also revokes the grant, and Google
  then deletes that hidden data: the GUI never offers it.

No Qt here: the GUI runs these functions on a worker thread.
"""

from __future__ import annotations

import contextlib
import http.client
import http.server
import json
import logging
import os
import time
import urllib.error
import urllib.parse
import urllib.request
import webbrowser
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import oswords
from ..device.keystore import CALL_TIMEOUT_S, KeyringNoAnswer, bounded_call, secure_backends
from ..device.localpeer import another_user
from ..errors import BackupError, CancelledError, DestinationError
from ..oswords import OsProblem, os_problem
from ..process.logscrub import scrub
from . import netguard
from .gdrive_http import DEFAULT_ROOT, SCOPE, SingleAttemptHttp, build_service, make_http

log = logging.getLogger(__name__)

# openid + email: the ID token that proves the account to a key vault (google_identity.py).
# The email scope is spelled as Google echoes it, so oauthlib sees no "scope changed".
SCOPES = ["openid", "https://www.googleapis.com/auth/userinfo.email", SCOPE]
_OLD_SCOPES = [SCOPE]  # sign-ins saved before the vault needed the account
KEYRING_SERVICE = "backupgui"
_LAST_ACCOUNT = "__google_account__"  # keyring user under which the last account's email sits
GOOGLE_REVOKE_URI = "https://oauth2.googleapis.com/revoke"
GOOGLE_AUTH_URI = "https://accounts.google.com/o/oauth2/auth"
GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token"
ENV_CLIENT_ID = "BACKUPGUI_GOOGLE_CLIENT_ID"
ENV_CLIENT_SECRET = "BACKUPGUI_GOOGLE_CLIENT_SECRET"
ENV_CLIENT_FILE = "BACKUPGUI_GOOGLE_CLIENT_FILE"
CLIENT_SECRET_FILE = "google-client-secret.json"
EMBEDDED_CLIENT = "google-oauth-client.json"  # in backupgui/resources, written at build time
SIGN_IN_TIMEOUT = 300.0  # seconds the browser step may take
LOOPBACK_DEADLINE = 5.0  # seconds one connection to the loopback page may take, whole
TOKEN_IDLE = 30.0  # the code exchange's wait for the next byte (its deadline: netguard's)


class KeyringUnavailableError(BackupError):
    """No usable OS password store: the sign-in cannot be remembered."""

    exit_code = 15
    hint = ("Install or unlock a password store (GNOME Keyring, KWallet, macOS Keychain, "
            "Windows Credential Manager), or sign in for this session only.")


class SignInError(DestinationError):
    """The Google sign-in did not complete."""

    hint = "Try signing in again."


class NoClientError(SignInError):
    """This build has no Google OAuth client and the user gave none."""

    hint = ("Use your own Google Cloud client: Settings → Google Drive → \"Use your own Google "
            "Cloud client…\" (docs/DRIVE.md has the steps), or try the Drive emulator.")


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
    """The user's own client file: ``$BACKUPGUI_GOOGLE_CLIENT_FILE``, else
    ``<user config dir>/backupgui/google-client-secret.json``.

    ``$BACKUPGUI_GOOGLE_CLIENT_SECRET`` naming an existing ``.json`` file (without
    ``$BACKUPGUI_GOOGLE_CLIENT_ID``) is read the same way, as earlier versions did.
    """
    env = os.environ.get(ENV_CLIENT_FILE)
    if env:
        return Path(env).expanduser()
    legacy = os.environ.get(ENV_CLIENT_SECRET)
    if legacy and not os.environ.get(ENV_CLIENT_ID) and legacy.endswith(".json"):
        return Path(legacy).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir("backupgui")) / CLIENT_SECRET_FILE


def load_client_config(path: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """Read and check a "Desktop app" client-secret JSON (``{"installed": {...}}``)."""
    p = Path(path) if path is not None else default_client_secret_path()
    try:
        if p.stat().st_size > 64 * 1024:
            raise ValueError("too large for a client file")
        cfg = json.loads(p.read_text("utf-8"))
    except FileNotFoundError:
        raise SignInError(f"The Google OAuth client file {p} does not exist.",
                          hint="Download the Desktop app client JSON from Google Cloud console "
                               "(see docs/DRIVE.md) and choose it again.") from None
    except (OSError, ValueError, RecursionError) as exc:  # (RecursionError: nested too deeply)
        raise _unreadable_client_file(p, exc) from None
    return check_client_config(cfg, str(p))


def _unreadable_client_file(p: Path, exc: BaseException) -> SignInError:
    """Why the client file cannot be used, in words a person can act on; the OS's or the
    JSON parser's English text goes to the log (it names the file and a position, never its
    content, so no client secret reaches the log)."""
    log.info("the Google OAuth client file %s cannot be read: %s: %s", p, type(exc).__name__,
             exc.strerror if isinstance(exc, OSError) else exc)
    again = "Download the Desktop app client JSON from Google Cloud console (see docs/DRIVE.md) " \
            "and choose it again."
    if isinstance(exc, RecursionError):
        return SignInError(f"The Google OAuth client file {p} cannot be read: it is nested "
                           "too deeply.", hint=again)
    if isinstance(exc, OSError):
        problem = os_problem(exc)
        if problem is OsProblem.NO_PERMISSION:
            return SignInError(f"backupgui is not allowed to read the Google OAuth client file {p}.",
                               hint="Change the file's permissions, or choose a copy you own.")
        if problem is OsProblem.IS_A_FOLDER:
            return SignInError(f"The Google OAuth client file {p} is a folder, not a file.",
                               hint="Choose the client JSON file itself.")
        if problem is OsProblem.NOT_A_FOLDER:
            return SignInError(f"The Google OAuth client file {p} cannot be reached: a folder "
                               "on its way is a file.", hint=again)
        # The rest in the clause of its category (a loop of links, a failing disk …).
        return SignInError(f"The Google OAuth client file {p} cannot be read: "
                           f"{oswords.problem(exc)}.",
                           hint="Check the drive, then try again." if problem in (
                               OsProblem.DISK_ERROR, OsProblem.OTHER) else again)
    if isinstance(exc, UnicodeDecodeError | json.JSONDecodeError):
        return SignInError(f"The Google OAuth client file {p} is not a client file: it is not "
                           "valid JSON.", hint=again)
    return SignInError(f"The Google OAuth client file {p} is too large to be a client file.",
                       hint=again)


def check_client_config(cfg: Any, where: str) -> dict[str, Any]:
    """``cfg`` if it is a usable installed-app client config, else ``SignInError``."""
    inst = cfg.get("installed") if isinstance(cfg, dict) else None
    if not isinstance(inst, dict):
        raise SignInError(f"The Google OAuth client in {where} is not for a Desktop app.",
                          hint='Create an OAuth client of type "Desktop app" (not "Web application").')
    for key in ("client_id", "auth_uri", "token_uri"):
        if not isinstance(inst.get(key), str) or not inst.get(key):
            # translators: %1: the client file's name, %2: the name of a field of that file
            # (client_id, auth_uri, token_uri), as written
            raise SignInError(f"The Google OAuth client in {where} lacks {key}.")
    for key in ("auth_uri", "token_uri"):
        url = urllib.parse.urlsplit(inst[key])
        if url.scheme != "https" and not (url.scheme == "http" and _is_loopback(inst[key])):
            # translators: %1: the client file's name, %2: the name of a web address field of that
            # file (auth_uri, token_uri), as written
            raise SignInError(f"The Google OAuth client in {where} has an unsafe {key}.",
                              hint="Its addresses must use https (or http on this computer).")
    return cfg


def _installed(client_id: str, client_secret: str) -> dict[str, Any]:
    return {"installed": {"client_id": client_id, "client_secret": client_secret,
                          "auth_uri": GOOGLE_AUTH_URI, "token_uri": GOOGLE_TOKEN_URI,
                          "revoke_uri": GOOGLE_REVOKE_URI,
                          "redirect_uris": ["http://127.0.0.1", "http://localhost"]}}


def environment_client_config() -> dict[str, Any] | None:
    """The client from ``$BACKUPGUI_GOOGLE_CLIENT_ID``/``_SECRET`` (both set), else None."""
    cid, secret = os.environ.get(ENV_CLIENT_ID, "").strip(), os.environ.get(ENV_CLIENT_SECRET, "").strip()
    if cid and secret:
        return _installed(cid, secret)
    return None


def _embedded_client_text() -> str | None:
    from importlib import resources

    try:
        return resources.files("backupgui.resources").joinpath(EMBEDDED_CLIENT).read_text("utf-8")
    except (OSError, ModuleNotFoundError):
        return None


def embedded_client_config() -> dict[str, Any] | None:
    """The client this build embedded (``backupgui/resources/google-oauth-client.json``)."""
    raw = _embedded_client_text()
    if raw is None:
        return None
    try:
        return check_client_config(json.loads(raw), "this build")
    except (ValueError, SignInError, RecursionError):
        log.warning("Ignoring the embedded Google OAuth client: it is not a Desktop app client.")
        return None


def builtin_client_available() -> bool:
    """True when sign-in works without the user's own client (embedded or environment)."""
    return environment_client_config() is not None or embedded_client_config() is not None


def client_candidates(own: str | os.PathLike[str] | None = None) -> list[dict[str, Any]]:
    """Every usable client config, the one to sign in with first: the user's own (``own``,
    else the default client file if it exists), the environment's, the embedded one."""
    out: list[dict[str, Any]] = []
    if own:
        out.append(load_client_config(own))
    else:
        path = default_client_secret_path()
        if os.environ.get(ENV_CLIENT_FILE) or path.exists():
            out.append(load_client_config(path))
    for cfg in (environment_client_config(), embedded_client_config()):
        if cfg is not None:
            out.append(cfg)
    return out


def resolve_client_config(own: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """The client to sign in with; the user's own wins. ``NoClientError`` when there is none."""
    found = client_candidates(own)
    if not found:
        raise NoClientError("This copy of backupgui has no Google sign-in built in.")
    return found[0]


# ---- keyring ---------------------------------------------------------------------------------
def keyring_status() -> tuple[bool, str]:
    """(usable, description). Unusable: the fail/null backends, an empty chainer, or any
    plaintext/file backend (keyrings.alt), which we refuse on purpose."""
    import keyring

    usable, _ = secure_backends(keyring.get_keyring())
    if not usable:
        return False, "No secure password store (keyring) is available on this system."
    return True, ", ".join(f"{type(b).__module__}.{type(b).__name__}" for b in usable)


def _require_keyring() -> None:
    ok, why = keyring_status()
    if not ok:
        raise KeyringUnavailableError("No secure password store (keyring) is available on this "
                                      "system. The Google sign-in cannot be remembered.")


#: Seconds one call to the password store may take (as the key's: ``KeyStore``): a hung
#: Secret Service (a locked collection whose prompt never comes, a stuck daemon) froze the
#: sign-in, "Forget" and every Drive backup's start, with no end.
KEYRING_TIMEOUT_S = CALL_TIMEOUT_S


class _BoundedStore:
    """A password store whose every call runs through the key's bound
    (``keystore.bounded_call``): a helper thread waited for ``KEYRING_TIMEOUT_S`` at most (a
    call that never answers is left behind)."""

    def __init__(self, backend: Any) -> None:
        self._backend = backend
        self._timeout = KEYRING_TIMEOUT_S

    def get_password(self, service: str, user: str) -> str | None:
        return bounded_call(  # type: ignore[no-any-return]
            self._backend.get_password, service, user, timeout=self._timeout)

    def set_password(self, service: str, user: str, password: str) -> None:
        bounded_call(self._backend.set_password, service, user, password, timeout=self._timeout)

    def delete_password(self, service: str, user: str) -> None:
        bounded_call(self._backend.delete_password, service, user, timeout=self._timeout)


def _secure_keyring() -> _BoundedStore:
    """The real password store itself, never the chainer: a chainer falls through to the next
    backend (possibly a plaintext one) when the real one refuses a write. Its calls are
    bounded in time (``_BoundedStore``)."""
    import keyring

    good, why = secure_backends(keyring.get_keyring())
    if not good:  # whole sentences, for the translations
        if why.startswith("the only keyring"):
            message = ("The only keyring found stores secrets in a plain file. The Google "
                       "sign-in cannot be remembered.")
        elif why.startswith("the keyring backend"):
            message = ("This computer's keyring is not meant for secrets. The Google sign-in "
                       "cannot be remembered.")
        else:
            message = ("No keyring service is available on this system. The Google sign-in "
                       "cannot be remembered.")
        raise KeyringUnavailableError(message)
    return _BoundedStore(good[0])


@contextlib.contextmanager
def _keyring_errors() -> Iterator[None]:
    from keyring.errors import PasswordDeleteError

    try:
        yield
    except PasswordDeleteError:
        raise  # (nothing to delete: the callers' own case)
    except KeyringNoAnswer:
        log.warning("the password store did not answer within %.0f s", KEYRING_TIMEOUT_S)
        raise KeyringUnavailableError(
            "The password store refused the request: it may be locked, or its service may not "
            "be running.") from None
    except Exception as exc:  # noqa: BLE001 - as the key's store: any failure is a refusal
        # A locked collection whose unlock prompt was dismissed, a dead D-Bus, a Secret
        # Service answering with D-Bus errors (jeepney's, not keyring's), a backend that
        # cannot store right now (NotImplementedError) ...
        # (The backend's exception name is Python's word, not the person's: log only.)
        log.warning("the password store refused the request: %s", type(exc).__name__)
        raise KeyringUnavailableError(
            "The password store refused the request: it may be locked, or its service may not "
            "be running.") from None


def _save_refresh_token(email: str, refresh_token: str, client_id: str,
                        client: dict[str, Any] | None = None) -> None:
    """Keep the refresh token with what refreshing it needs (client id and secret, token
    endpoint), so the command line can use a sign-in made with any client."""
    store = _secure_keyring()
    entry: dict[str, Any] = {"refresh_token": refresh_token, "client_id": client_id, "scopes": SCOPES}
    if client is not None:
        entry["client_secret"] = client.get("client_secret", "")
        entry["token_uri"] = client["token_uri"]
        if client.get("revoke_uri"):
            entry["revoke_uri"] = client["revoke_uri"]
    with _keyring_errors():
        store.set_password(KEYRING_SERVICE, email, json.dumps(entry))
        store.set_password(KEYRING_SERVICE, _LAST_ACCOUNT, email)


def saved_account() -> str | None:
    """The email of the account whose sign-in is saved, if any."""
    store = _secure_keyring()
    with _keyring_errors():
        return store.get_password(KEYRING_SERVICE, _LAST_ACCOUNT)


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


class _Redirect(http.server.BaseHTTPRequestHandler):
    """The loopback page Google sends the browser back to: records one answer that carries
    our ``state`` and ignores everything else (favicons, stray visits)."""

    server: _LoopbackServer
    timeout = 5  # a connection that sends nothing must not hold up cancel and the time limit

    def handle(self) -> None:
        # Another local user's connection is closed unread: connections are served one at a
        # time, so a few of them queued ahead of the browser's, each trickling a request,
        # held the redirect until the sign-in's time limit. (Linux tells who is on the other
        # end; the browser is this user's.)
        if another_user(self.connection) is not None:
            self.close_connection = True
            return
        # A whole connection, not each wait for a byte, gets LOOPBACK_DEADLINE (a local
        # process trickling a request would hold the one-at-a-time loop, and with it Cancel
        # and the time limit); Cancel ends it at once.
        try:
            with netguard.guarded(LOOPBACK_DEADLINE, self.server.scope) as guard:
                guard.attach(self.connection)
                super().handle()
        except (CancelledError, OSError):
            self.close_connection = True  # (the wait loop reports a cancel itself)

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        url = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(url.query)
        srv = self.server
        if url.path == "/" and query.get("state", [""])[0] == srv.state and srv.answer is None \
                and ("code" in query or "error" in query):
            srv.answer = (self.path, query.get("error", [""])[0])
            body, status = srv.page.encode("utf-8"), 200
        else:
            body, status = b"Not found", 404
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: Any) -> None:  # the URL holds the code: never log it
        return


class _LoopbackServer(http.server.HTTPServer):
    def __init__(self, page: str, scope: netguard.Scope | None = None) -> None:
        super().__init__(("127.0.0.1", 0), _Redirect)
        self.state = ""
        self.page = page
        self.scope = scope
        self.answer: tuple[str, str] | None = None


class _GuardedTransport:
    """requests' transport for the code exchange (google-auth-oauthlib sends it with
    requests, with no time limit at all): our ``SingleAttemptHttp`` instead, so the token
    endpoint's answer is bounded in size and time and Cancel ends it at once."""

    def __init__(self, scope: netguard.Scope | None) -> None:
        self.scope = scope

    def send(self, request: Any, **_kwargs: Any) -> Any:
        import requests
        from requests.structures import CaseInsensitiveDict
        from requests.utils import get_encoding_from_headers

        http = SingleAttemptHttp(timeout=TOKEN_IDLE, max_answer=1 << 20, scope=self.scope)
        http.follow_redirects = False  # (requests decides about redirects itself)
        resp, content = http.request(request.url, method=request.method, body=request.body,
                                     headers=dict(request.headers))
        out = requests.Response()
        out.status_code = int(resp.status)
        out.reason = getattr(resp, "reason", "")
        out.headers = CaseInsensitiveDict({k: v for k, v in resp.items() if k != "status"})
        out.encoding = get_encoding_from_headers(out.headers)
        out._content = content
        out.url, out.request = request.url, request
        return out

    def close(self) -> None:
        return None


def _wait_for_browser(flow: Any, on_url: Callable[[str], None] | None, timeout_seconds: float,
                      cancel: Any, scope: netguard.Scope | None = None) -> Any:
    """Send the person to Google and wait for the redirect back (cancel and timeout checked
    four times a second); returns the credentials."""
    server = _LoopbackServer("Signed in to Google Drive. You can close this tab and return to "
                             "backupgui.", scope)
    try:
        server.timeout = 0.25
        flow.redirect_uri = f"http://127.0.0.1:{server.server_address[1]}/"
        url, server.state = flow.authorization_url(prompt="consent")
        if on_url is not None:
            on_url(url)
        else:
            try:
                if not webbrowser.get().open(url, new=1, autoraise=True):
                    raise webbrowser.Error("no browser")
            except webbrowser.Error:
                raise SignInError("No web browser could be opened for the Google sign-in.",
                                  hint="Sign in from the app, which shows the link to copy.") from None
        deadline = time.monotonic() + timeout_seconds
        while server.answer is None:
            if cancel is not None and getattr(cancel, "cancelled", False):
                raise CancelledError("The Google sign-in was cancelled.")
            if time.monotonic() >= deadline:
                limit = (f"{round(timeout_seconds / 60)} minutes" if timeout_seconds >= 120
                         else f"{round(timeout_seconds)} seconds")
                raise SignInError(
                    # translators: %1: a time limit, such as 5 minutes
                    f"The Google sign-in did not finish within {limit}.",
                    hint="Try again. If no browser window opened, copy the sign-in link into "
                         "your browser.")
            server.handle_request()
        path, error = server.answer
    finally:
        server.server_close()
    if error:
        # Google's names for the refusals a person can act on ("OAuth 2.0 for iOS & Desktop
        # Apps", Authorization errors; "Understand & fix error codes"); the value comes from
        # the browser: compared, never shown.
        if error == "access_denied":
            raise SignInError("You did not allow backupgui to use Google Drive.",
                              hint="Sign in again and choose Allow to back up to Google Drive.")
        if error == "admin_policy_enforced":
            raise SignInError(
                "The administrator of this Google Workspace account (a work or school account) "
                "does not allow backupgui to sign in with it.",
                hint="Ask your Google Workspace administrator to allow backupgui, or sign in "
                     "with another Google account.")
        if error == "access_not_configured":
            # A Workspace for Education administrator has not set the app up (Google's
            # "Understand & fix error codes"); admin_policy_enforced is a block, this is no
            # decision yet.
            raise SignInError(
                "The administrator of this Google Workspace for Education account (a school "
                "account) has not set up access for backupgui.",
                hint="Ask your Google Workspace administrator to set up access for backupgui, or "
                     "sign in with another Google account.")
        if error == "org_internal":
            raise SignInError(
                "This OAuth client is only for the Google accounts of its own organization, and "
                "this account is not one of them.",
                hint="Sign in with an account of that organization, or use another OAuth client.")
        log.warning("Google refused the sign-in: %s", scrub(error[:60]))
        raise SignInError("Google refused the sign-in.", hint="Try signing in again.")
    # oauthlib insists on https for the response URL; it never leaves this computer.
    transport = _GuardedTransport(scope)
    flow.oauth2session.mount("https://", transport)
    flow.oauth2session.mount("http://", transport)
    try:
        try:
            flow.fetch_token(authorization_response="https://127.0.0.1" + path)
        except Warning as changed:
            # oauthlib refuses a token whose scope differs from the one asked for (Google's
            # granular consent: the person may untick a scope). What was granted decides,
            # below; the token itself is the one Google gave.
            token = getattr(changed, "token", None)
            if not isinstance(token, dict) or "access_token" not in token:
                raise
            flow.oauth2session.token = token
    except netguard.DeadlineExceeded:
        raise SignInError("Google did not answer the sign-in in time.",
                          hint="Check the internet connection, then try again.") from None
    except netguard.ProxyUnusable as exc:
        raise SignInError(
            str(exc), hint="Set it to an http://, socks5:// or socks5h:// proxy address, or unset it.") from None
    creds = flow.credentials
    if not drive_granted(getattr(creds, "granted_scopes", None)):
        log.warning("The Google sign-in was granted without the Drive scope.")
        raise SignInError(
            "You did not allow backupgui to use Google Drive: the permission for its own data "
            "in Google Drive was not ticked.",
            hint="Sign in again and, on Google's page, tick the box that lets backupgui see, "
                 "create and delete its own data in your Google Drive.")
    return creds


def drive_granted(granted: Any) -> bool:
    """Whether a token answer's ``scope`` (a space-separated string or a list; None when the
    answer named none, which RFC 6749 5.1 allows only when it is the scope asked for) holds
    the Drive scope. Google grants what the person left ticked on its consent page, and
    says so only there."""
    if granted is None:
        return True
    scopes = granted.split() if isinstance(granted, str) else list(granted)
    return SCOPE in scopes


def _sign_in_failed(exc: BaseException) -> SignInError:
    """The code exchange's failure by category (OAuth's error code, or no answer at all);
    the log gets the exception's type and OAuth's code only (never the code or a token)."""
    oauth = getattr(exc, "error", None)
    oauth = oauth if isinstance(oauth, str) else ""
    log.warning("The Google sign-in failed: %s %s", type(exc).__name__, scrub(oauth[:60]))
    if oauth in ("invalid_client", "unauthorized_client"):
        return SignInError("Google does not accept this OAuth client: it was deleted, or the "
                           "client file is out of date.",
                           hint="Download the Desktop app client JSON from Google Cloud console "
                                "(see docs/DRIVE.md) and choose it again.")
    if oauth == "invalid_grant":
        return SignInError("Google did not accept the sign-in's answer: it expired or was "
                           "already used.", hint="Try signing in again.")
    if isinstance(exc, OSError | ConnectionError) or type(exc).__name__ in (
            "ConnectionError", "Timeout", "ConnectTimeout", "ReadTimeout"):
        return SignInError("Google could not be reached to finish the sign-in.",
                           hint="Check the internet connection, then try again.")
    return SignInError("The Google sign-in failed.", hint="Try signing in again.")


def sign_in(
    client_secret: str | os.PathLike[str] | None = None,
    *,
    remember: bool = True,
    api_root: str = DEFAULT_ROOT,
    on_url: Callable[[str], None] | None = None,
    timeout_seconds: float | None = SIGN_IN_TIMEOUT,
    cancel: Any = None,
) -> SignedIn:
    """Run the browser sign-in and return credentials for the account.

    ``client_secret`` is the user's own client file, if any (it wins over the environment's
    and the embedded client). ``remember=True`` saves the refresh token in the keyring and
    raises ``KeyringUnavailableError`` *before* the browser step if there is no usable
    keyring. ``on_url`` receives the sign-in URL (the GUI opens it and shows it with "Copy
    link") instead of the system browser opening it. The wait ends after ``timeout_seconds``
    (``SignInError``) or when ``cancel`` (a ``CancelToken``) is cancelled (``CancelledError``).
    """
    from google_auth_oauthlib.flow import InstalledAppFlow

    cfg = resolve_client_config(client_secret)
    if remember:
        _require_keyring()
    flow = InstalledAppFlow.from_client_config(cfg, scopes=SCOPES)  # PKCE verifier auto-generated
    # Cancel ends the code exchange and the account query at once, as it ends the wait.
    scope = netguard.current_scope() or netguard.Scope()
    on_cancel = getattr(cancel, "on_cancel", None)
    unlink = on_cancel(scope.interrupt) if callable(on_cancel) else (lambda: None)
    try:
        try:
            with _allow_http_for_loopback(cfg):
                creds = _wait_for_browser(flow, on_url, timeout_seconds or SIGN_IN_TIMEOUT,
                                          cancel, scope)
        except (SignInError, CancelledError):
            raise
        except Exception as exc:  # noqa: BLE001 - oauthlib/requests raise many types; no secrets in the name
            raise _sign_in_failed(exc) from None
        if not getattr(creds, "refresh_token", None):
            raise SignInError("Google did not give backupgui lasting access to Google Drive.",
                              hint="Remove backupgui's access in your Google Account settings and sign in again.")
        email = account_info(creds, api_root, scope=scope).email
    finally:
        unlink()
    if remember:
        _save_refresh_token(email, creds.refresh_token, cfg["installed"]["client_id"], cfg["installed"])
    return SignedIn(creds, email, remember)


def load_saved_credentials(account: str | None = None,
                           client_secret: str | os.PathLike[str] | None = None) -> Any | None:
    """Credentials from the keyring's refresh token (the access token is fetched on first use),
    or None when nothing is saved. Raises KeyringUnavailableError without a keyring."""
    from google.oauth2.credentials import Credentials

    store = _secure_keyring()
    with _keyring_errors():
        account = account or store.get_password(KEYRING_SERVICE, _LAST_ACCOUNT)
        raw = store.get_password(KEYRING_SERVICE, account) if account else None
    if not raw:
        return None
    try:
        saved = json.loads(raw)
        refresh_token = saved["refresh_token"]
        if not isinstance(refresh_token, str):
            raise TypeError("refresh_token")
        # A refresh may not ask for more than the grant has (google-auth refuses the answer).
        scopes = saved.get("scopes") if saved.get("scopes") in (SCOPES, _OLD_SCOPES) else _OLD_SCOPES
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        log.warning("Ignoring an unreadable saved Google sign-in.")
        return None
    inst = _client_for(saved, client_secret)
    # Built by hand: from_authorized_user_info would reset token_uri to Google's.
    return Credentials(token=None, refresh_token=refresh_token, token_uri=inst["token_uri"],
                       client_id=inst["client_id"], client_secret=inst.get("client_secret"), scopes=scopes)


def _client_for(saved: dict[str, Any], own: str | os.PathLike[str] | None) -> dict[str, Any]:
    """The client a saved sign-in was made with: recorded with it, or (older entries) the
    candidate with the same client id."""
    cid = saved.get("client_id")
    if isinstance(cid, str) and isinstance(saved.get("token_uri"), str):
        return {"client_id": cid, "client_secret": saved.get("client_secret") or None,
                "token_uri": saved["token_uri"]}
    candidates = [c["installed"] for c in client_candidates(own)]
    for inst in candidates:
        if not cid or inst["client_id"] == cid:
            return inst
    if not candidates:
        raise NoClientError("This copy of backupgui has no Google sign-in built in.")
    raise SignInError("The saved Google sign-in belongs to a different OAuth client.",
                      hint="Sign in to Google Drive again.")


def _delete_entries(store: Any, account: str) -> None:
    """Delete ``account``'s saved sign-in, and the last-account pointer if it names it."""
    from keyring.errors import PasswordDeleteError

    with _keyring_errors():
        for user in (account, _LAST_ACCOUNT):
            with contextlib.suppress(PasswordDeleteError):
                if user != _LAST_ACCOUNT or store.get_password(KEYRING_SERVICE, _LAST_ACCOUNT) == account:
                    store.delete_password(KEYRING_SERVICE, user)


def forget(account: str | None = None) -> str | None:
    """Remove the saved sign-in of ``account`` (default: the last one) from the keyring, without
    asking Google anything: the grant and the backups in the appDataFolder stay, and signing in
    again brings them back. Returns the account forgotten (None: nothing was saved).
    Raises KeyringUnavailableError without a usable keyring."""
    store = _secure_keyring()
    with _keyring_errors():
        account = account or store.get_password(KEYRING_SERVICE, _LAST_ACCOUNT)
    if not account:
        return None
    _delete_entries(store, account)
    return account


def sign_out(account: str | None = None, credentials: Any | None = None,
             client_secret: str | os.PathLike[str] | None = None, timeout: float = 20.0) -> bool:
    """Revoke the grant at Google and forget the saved sign-in. Returns True if Google confirmed
    the revocation (False: offline or already revoked; the local copy is forgotten anyway).

    Revoking removes backupgui's access; Google then deletes its hidden app data (backups in
    the appDataFolder). The GUI must say so before calling this.
    """
    token = getattr(credentials, "refresh_token", None) or getattr(credentials, "token", None)
    revoke_uri = GOOGLE_REVOKE_URI
    with contextlib.suppress(SignInError):
        revoke_uri = resolve_client_config(client_secret)["installed"].get("revoke_uri") or GOOGLE_REVOKE_URI
    ok, _ = keyring_status()
    store = _secure_keyring() if ok else None
    if store is not None:
        with _keyring_errors():
            account = account or store.get_password(KEYRING_SERVICE, _LAST_ACCOUNT)
            raw = store.get_password(KEYRING_SERVICE, account) if account else None
        if raw:
            with contextlib.suppress(ValueError, KeyError, TypeError, AttributeError, RecursionError):
                saved = json.loads(raw)
                token = token or saved["refresh_token"]
                if isinstance(saved.get("revoke_uri"), str):
                    revoke_uri = saved["revoke_uri"]
    revoked = False
    if token:
        body = urllib.parse.urlencode({"token": token}).encode()
        req = urllib.request.Request(revoke_uri, data=body, method="POST",
                                     headers={"Content-Type": "application/x-www-form-urlencoded"})
        try:
            # (RFC 7009: one POST to the endpoint; a 3xx is no revocation, never followed)
            status, _body, _h = netguard.urlopen(req, idle=timeout, deadline=timeout, limit=1 << 16,
                                                 scope=netguard.current_scope(), redirects=False)
            revoked = status == 200
        except (OSError, http.client.HTTPException) as exc:
            log.warning("Could not revoke the Google sign-in (%s); forgetting it locally.", type(exc).__name__)
    if store is not None and account:
        _delete_entries(store, account)
    return revoked


def account_info(credentials: Any, api_root: str = DEFAULT_ROOT, timeout: float = 30.0, *,
                 scope: netguard.Scope | None = None) -> AccountInfo:
    """The account's email and Drive storage quota (``total`` None when unlimited)."""
    from google.auth.exceptions import RefreshError
    from googleapiclient.errors import HttpError

    svc = build_service(api_root, make_http(credentials, timeout,
                                            scope=scope or netguard.current_scope()))
    try:
        about = svc.about().get(fields="user(emailAddress),storageQuota(limit,usage)").execute(num_retries=3)
    except RefreshError:
        raise SignInError("Google did not accept the saved sign-in (expired or revoked).",
                          hint="Sign in to Google Drive again.") from None
    except HttpError as exc:
        log.warning("Google Drive refused the account query: HTTP %s", exc.resp.status)
        from .gdrive_retry import as_drive_error

        err = as_drive_error(exc)
        if err is not None and err.scope_missing:
            raise SignInError(
                "The Google sign-in does not allow backupgui to use Google Drive: the "
                "permission for its own data in Google Drive was not ticked.",
                hint="Sign in to Google Drive again and, on Google's page, tick the box that "
                     "lets backupgui see, create and delete its own data in your Google "
                     "Drive.") from None
        raise DestinationError("Google Drive refused to tell the account's details.",
                               hint="Try again later, or sign in to Google Drive again.") from None
    except netguard.DeadlineExceeded:
        raise DestinationError("Google Drive answered too slowly.",
                               hint="Check the internet connection, then try again.") from None
    except netguard.ProxyUnusable as exc:
        raise DestinationError(
            str(exc), hint="Set it to an http://, socks5:// or socks5h:// proxy address, or unset it.") from None
    except OSError:
        raise DestinationError("Google Drive could not be reached.") from None
    quota = about.get("storageQuota", {})
    return AccountInfo(email=about.get("user", {}).get("emailAddress", ""),
                       used=int(quota.get("usage", 0)),
                       total=int(quota["limit"]) if quota.get("limit") else None)
