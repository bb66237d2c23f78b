"""Sign-in: loopback OAuth flow against the emulator's fake OAuth, refresh, sign-out, keyring.

The keyring tests use a REAL Secret Service (gnome-keyring on a private D-Bus, started by the
``secret_service`` fixture). They skip, saying why, only when dbus/gnome-keyring are missing.
"""

from __future__ import annotations

import json
import os
import threading
import urllib.error
import urllib.parse
import urllib.request
import webbrowser

import google.auth.jwt
import keyring
import pytest
from keyring.backends import fail

from backupgui.destinations import google_auth
from backupgui.destinations.gdrive import GoogleDriveDestination, open_drive_from_env
from backupgui.destinations.google_auth import KeyringUnavailableError, SignInError
from backupgui.errors import DestinationError

from .secret_service import private_secret_service

REFRESH_MARK = "1//emu-"  # the emulator's refresh tokens start with this


class Browser:
    """Plays the user's browser: follows the sign-in URL (and its redirect to the loopback
    server) from a thread, as the real browser would."""

    def __init__(self) -> None:
        self.urls: list[str] = []
        self.threads: list[threading.Thread] = []
        self.errors: list[BaseException] = []

    def __call__(self, url: str) -> None:
        self.urls.append(url)

        def visit() -> None:
            try:
                with urllib.request.urlopen(url, timeout=20) as resp:
                    resp.read()
            except BaseException as exc:  # noqa: BLE001 - reported by the test
                self.errors.append(exc)

        t = threading.Thread(target=visit, daemon=True)
        t.start()
        self.threads.append(t)


@pytest.fixture
def client_secret(emulator, tmp_path):
    path = tmp_path / "client_secret.json"
    path.write_text(json.dumps(emulator.client_config()))
    return path


@pytest.fixture
def secret_service(tmp_path_factory):
    # One private D-Bus and gnome-keyring per test: in a full run the session-wide daemon once
    # vanished after the first test, and D-Bus activation then started a locked one
    # (InitError, then KeyringLocked in every later test of the module).
    with private_secret_service(tmp_path_factory.mktemp("secret-service")) as why:
        if why is not None:
            pytest.skip(f"no Secret Service ({why}); install dbus and gnome-keyring, "
                        "or run tests/drive/run_with_secret_service.sh")
        yield


@pytest.fixture
def real_keyring(secret_service):
    from keyring.backends import SecretService

    old = keyring.get_keyring()
    keyring.set_keyring(SecretService.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(old)


@pytest.fixture
def no_keyring():
    old = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(old)


def _dest(emulator, creds, tmp_path, fake_time):
    from backupgui.destinations.gdrive import DriveOptions
    from backupgui.destinations.gdrive_retry import RetryPolicy

    opts = DriveOptions(chunk_size=256 * 1024, create_rate=0, timeout=10, spool_dir=tmp_path / "spool",
                        retry=RetryPolicy(max_attempts=3, sleep=fake_time.sleep, clock=fake_time.clock))
    return GoogleDriveDestination(creds, api_root=emulator.root_url, options=opts)


def _token_requests(emulator) -> int:
    return sum(1 for e in emulator.requests if e["path"] == "/token")


def _files_containing(root, needle: bytes) -> list[str]:
    hits = []
    for dirpath, _, files in os.walk(root):
        for f in files:
            p = os.path.join(dirpath, f)
            try:
                with open(p, "rb") as fh:
                    if needle in fh.read():
                        hits.append(p)
            except OSError:
                pass
    return hits


def test_full_sign_in_refresh_and_sign_out_with_secret_service(
        emulator, client_secret, real_keyring, tmp_path, fake_time):
    browser = Browser()
    signed = google_auth.sign_in(client_secret, api_root=emulator.root_url, on_url=browser, timeout_seconds=30)
    assert browser.errors == []
    assert signed.email == "user@example.com" and signed.remembered
    q = urllib.parse.parse_qs(urllib.parse.urlsplit(browser.urls[0]).query)
    assert q["code_challenge_method"] == ["S256"] and q["redirect_uri"][0].startswith("http://127.0.0.1:")  # the loopback IP Google recommends
    # openid + email with the Drive scope: the ID token a key vault asks for (VAULT.md 1.6).
    assert q["scope"] == ["openid https://www.googleapis.com/auth/userinfo.email "
                          "https://www.googleapis.com/auth/drive.appdata"]
    assert signed.credentials.id_token and signed.credentials.id_token.count(".") == 2
    refresh = signed.credentials.refresh_token
    assert refresh.startswith(REFRESH_MARK)
    # Saved in the Secret Service, never in a file.
    stored = json.loads(keyring.get_password("backupgui", "user@example.com"))
    assert stored["refresh_token"] == refresh
    assert google_auth.saved_account() == "user@example.com"
    assert _files_containing(tmp_path, refresh.encode()) == []

    # A later run: credentials from the keyring; the access token is fetched on first use.
    creds = google_auth.load_saved_credentials(client_secret=client_secret)
    assert creds.token is None
    before = _token_requests(emulator)
    dest = _dest(emulator, creds, tmp_path, fake_time)
    dest.put("sets/a/config", b"hello")
    assert _token_requests(emulator) == before + 1
    # The access token expires (server side): the next call refreshes and succeeds.
    emulator.expire_access_tokens()
    assert dest.read("sets/a/config") == b"hello"
    assert _token_requests(emulator) == before + 2
    info = google_auth.account_info(creds, emulator.root_url)
    assert info.email == "user@example.com" and info.used == 5 and info.total is None
    # The saved sign-in also yields the account's ID token for a key vault.
    token = dest.id_token()
    assert token and google.auth.jwt.decode(token, verify=False)["aud"] == creds.client_id
    assert stored["scopes"] == google_auth.SCOPES
    # A sign-in saved before the vault needed the account keeps refreshing with its own scope.
    keyring.set_password("backupgui", "user@example.com", json.dumps(
        {"refresh_token": refresh, "client_id": stored["client_id"]}))
    old = google_auth.load_saved_credentials(client_secret=client_secret)
    assert old.scopes == ["https://www.googleapis.com/auth/drive.appdata"]

    # Sign out: revoked at the server, forgotten locally, the old credentials stop working.
    assert google_auth.sign_out(client_secret=client_secret) is True
    assert emulator.grants() == 0
    assert keyring.get_password("backupgui", "user@example.com") is None
    assert google_auth.load_saved_credentials(client_secret=client_secret) is None
    emulator.expire_access_tokens()
    with pytest.raises(DestinationError, match="sign-in"):
        dest.read("sets/a/config")


def test_sign_in_via_patched_system_browser_with_secret_service(
        emulator, client_secret, real_keyring, monkeypatch):
    browser = Browser()

    class FakeController:
        def open(self, url, new=0, autoraise=True):
            browser(url)
            return True

    monkeypatch.setattr(webbrowser, "get", lambda using=None: FakeController())
    signed = google_auth.sign_in(client_secret, api_root=emulator.root_url, timeout_seconds=30)
    assert signed.remembered and len(browser.urls) == 1
    assert google_auth.sign_out(client_secret=client_secret)


def test_no_keyring_offers_session_only_sign_in(emulator, client_secret, no_keyring, tmp_path, fake_time):
    ok, why = google_auth.keyring_status()
    assert not ok and "keyring" in why
    browser = Browser()
    with pytest.raises(KeyringUnavailableError):
        google_auth.sign_in(client_secret, api_root=emulator.root_url, on_url=browser)
    assert browser.urls == [], "must fail before sending the user to the browser"
    signed = google_auth.sign_in(client_secret, remember=False, api_root=emulator.root_url, on_url=browser,
                                 timeout_seconds=30)
    assert not signed.remembered and signed.email == "user@example.com"
    dest = _dest(emulator, signed.credentials, tmp_path, fake_time)
    dest.put("x", b"session only")
    assert dest.read("x") == b"session only"
    with pytest.raises(KeyringUnavailableError):
        google_auth.load_saved_credentials(client_secret=client_secret)
    assert _files_containing(tmp_path, signed.credentials.refresh_token.encode()) == []
    # Sign-out still revokes the in-memory grant.
    assert google_auth.sign_out(credentials=signed.credentials, client_secret=client_secret)
    assert emulator.grants() == 0


def test_plaintext_keyrings_are_refused():
    class Plain(keyring.backend.KeyringBackend):
        priority = 1

        def get_password(self, service, username):
            return None

        def set_password(self, service, username, password):
            raise AssertionError("must not be used")

        def delete_password(self, service, username):
            return None

    Plain.__module__ = "keyrings.alt.file"
    old = keyring.get_keyring()
    keyring.set_keyring(Plain())
    try:
        assert google_auth.keyring_status()[0] is False
        with pytest.raises(KeyringUnavailableError):
            google_auth._save_refresh_token("a@b", "r", "c")
    finally:
        keyring.set_keyring(old)


def test_bad_client_secret_files(tmp_path):
    with pytest.raises(SignInError, match="does not exist"):
        google_auth.load_client_config(tmp_path / "missing.json")
    web = tmp_path / "web.json"
    web.write_text(json.dumps({"web": {"client_id": "x"}}))
    with pytest.raises(SignInError, match="Desktop app"):
        google_auth.load_client_config(web)


def test_emulator_oauth_enforces_pkce(emulator):
    cfg = emulator.client_config()["installed"]
    q = urllib.parse.urlencode({"client_id": cfg["client_id"], "redirect_uri": "http://127.0.0.1:9/",
                                "response_type": "code", "state": "s", "code_challenge": "abc",
                                "code_challenge_method": "S256"})

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *a, **k):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    with pytest.raises(urllib.error.HTTPError) as ei:
        opener.open(cfg["auth_uri"] + "?" + q)
    code = urllib.parse.parse_qs(urllib.parse.urlsplit(ei.value.headers["Location"]).query)["code"][0]
    body = urllib.parse.urlencode({"grant_type": "authorization_code", "code": code, "client_id": cfg["client_id"],
                                   "redirect_uri": "http://127.0.0.1:9/", "code_verifier": "wrong"}).encode()
    with pytest.raises(urllib.error.HTTPError) as ei:
        urllib.request.urlopen(cfg["token_uri"], data=body)
    assert ei.value.code == 400 and json.loads(ei.value.read())["error"] == "invalid_grant"


def test_open_drive_from_env(emulator, monkeypatch, tmp_path, no_keyring):
    from .conftest import TOKEN

    monkeypatch.setenv("BACKUPGUI_DRIVE_ROOT", emulator.root_url)
    monkeypatch.setenv("BACKUPGUI_DRIVE_SPOOL", str(tmp_path / "spool"))
    monkeypatch.setenv("BACKUPGUI_DRIVE_TOKEN", TOKEN)
    dest = open_drive_from_env("cli-folder")
    dest.put("sets/x/config", b"c")
    assert dest.label == "Google Drive user@example.com (folder cli-folder)"
    assert [o.name for o in open_drive_from_env("cli-folder").list()] == ["sets/x/config"]
    assert open_drive_from_env().list() == []
    monkeypatch.delenv("BACKUPGUI_DRIVE_TOKEN")
    with pytest.raises(KeyringUnavailableError):
        open_drive_from_env()


def test_open_drive_from_env_uses_saved_sign_in(emulator, client_secret, real_keyring, monkeypatch, tmp_path):
    signed = google_auth.sign_in(client_secret, api_root=emulator.root_url, on_url=Browser(), timeout_seconds=30)
    monkeypatch.setenv("BACKUPGUI_DRIVE_ROOT", emulator.root_url)
    monkeypatch.setenv("BACKUPGUI_DRIVE_SPOOL", str(tmp_path / "spool"))
    monkeypatch.setenv("BACKUPGUI_GOOGLE_CLIENT_SECRET", str(client_secret))
    dest = open_drive_from_env()
    assert dest.account == signed.email
    dest.put("k", b"v")
    google_auth.sign_out(client_secret=client_secret)
    with pytest.raises(DestinationError, match="Not signed in"):
        open_drive_from_env()


def test_forget_removes_the_saved_sign_in_and_revokes_nothing(emulator, client_secret, real_keyring):
    browser = Browser()
    signed = google_auth.sign_in(client_secret, api_root=emulator.root_url, on_url=browser,
                                 timeout_seconds=30)
    assert signed.remembered and keyring.get_password("backupgui", signed.email)
    emulator.clear_log()
    assert google_auth.forget() == signed.email
    assert keyring.get_password("backupgui", signed.email) is None
    assert keyring.get_password("backupgui", google_auth._LAST_ACCOUNT) is None
    assert google_auth.load_saved_credentials(client_secret=client_secret) is None
    assert [r for r in emulator.requests if r["path"].startswith("/revoke")] == []
    assert emulator.grants() == 1, "the grant, and the app's hidden folder, stay at Google"
    assert google_auth.forget() is None  # nothing left to forget


def test_a_locked_password_store_is_said_without_pythons_words(qapp, caplog):
    """"The password store refused the request (KeyringLocked)." put the backend's Python
    class name into the sentence; now the sentence says what may be wrong, in German too,
    and the name is in the log."""
    import keyring.errors

    from backupgui.ui import language
    from tests.memory_keyring import memory_keyring

    with memory_keyring() as ring:
        def locked(*_a):
            raise keyring.errors.KeyringLocked("the collection is locked")

        ring.set_password = locked
        with pytest.raises(KeyringUnavailableError) as ei:
            google_auth._save_refresh_token("a@b", "r", "c")
    assert "KeyringLocked" not in str(ei.value) and "KeyringLocked" in caplog.text
    language.install_language("de", qapp)
    try:
        said = language.translate_message(str(ei.value))
    finally:
        language.install_language("en", qapp)
    assert "Passwortspeicher" in said and "gesperrt" in said and "Keyring" not in said, said
