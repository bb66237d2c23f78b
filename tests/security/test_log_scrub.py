"""Finding 10: no code, token, state, key or password in any log file or in the settings.

Before the fix, after a Drive sign-in the log held the OAuth authorization code and state
(google-auth-oauthlib logs its loopback redirect, ``GET /?state=...&code=...``). This test
plays a whole session through the app's own functions, at DEBUG for every logger: sign in
to Drive through the emulator's OAuth (the browser is a thread that follows the consent
redirect, remembering the code and state it carried), back up with a password (the GUI's
backup job, which keeps K in the keyring), restore with the password, save the settings;
then it greps every log file and the QSettings file for each secret the session used.
"""

from __future__ import annotations

import base64
import logging
import threading
import urllib.parse
import urllib.request
import webbrowser
from pathlib import Path

import pytest

from backupgui.crypto.keys import KdfParams, format_key
from backupgui.crypto.material import Password
from backupgui.engine import RestoreRequest, export_key, restore
from tests.drive.conftest import _clean_google_env, emulator  # noqa: F401 - fixtures
from tests.memory_keyring import memory_keyring

PASSWORD = "Quokka-Lantern 5512 meadow"
LOGGERS = ("", "backupgui", "google", "googleapiclient", "google_auth_oauthlib", "oauthlib",
           "requests_oauthlib", "urllib3", "httplib2", "requests")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    """The user's browser: opens the consent URL, notes the redirect's code and state, then
    follows it to the app's loopback server, on a thread, as a browser would."""

    def __init__(self) -> None:
        self.seen: dict[str, str] = {}
        self.errors: list[BaseException] = []

    def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        threading.Thread(target=self._visit, args=(url,), daemon=True).start()
        return True

    def _visit(self, url: str) -> None:
        try:
            q = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
            self.seen["state (request)"] = q["state"][0]
            opener = urllib.request.build_opener(_NoRedirect)
            try:
                opener.open(url, timeout=20)
                raise AssertionError("the consent page did not redirect")
            except urllib.error.HTTPError as e:
                location = e.headers["Location"]
            back = urllib.parse.parse_qs(urllib.parse.urlsplit(location).query)
            self.seen["authorization code"] = back["code"][0]
            self.seen["state"] = back["state"][0]
            with urllib.request.urlopen(location, timeout=20) as resp:
                resp.read()
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            self.errors.append(exc)


@pytest.fixture
def debug_logging():
    from backupgui.ui.logging_setup import setup_logging

    path = setup_logging("DEBUG")
    levels = {n: logging.getLogger(n).level for n in LOGGERS}
    for n in LOGGERS:
        logging.getLogger(n).setLevel(logging.DEBUG)
    yield path
    for n, lvl in levels.items():
        logging.getLogger(n).setLevel(lvl)
    for h in logging.getLogger().handlers:
        h.flush()


def test_a_whole_session_leaves_no_secret_in_logs_or_settings(qtbot, emulator, library,  # noqa: F811
                                                            tmp_path, monkeypatch, debug_logging):
    from backupgui.device.keystore import KeyStore
    from backupgui.device.settings import GDRIVE, AppSettings, config_dir, log_dir, settings_file
    from backupgui.ui.backup.jobs import BackupJob, run_backup
    from backupgui.ui.settings.destinations import DestinationSpec, open_destination, sign_in_drive
    from backupgui.ui.settings.store import save_settings

    browser = Browser()
    monkeypatch.setattr(webbrowser, "get", lambda using=None: browser)
    monkeypatch.setenv("BACKUPGUI_DRIVE_SPOOL", str(tmp_path / "spool"))
    with memory_keyring() as ring:
        spec = DestinationSpec(GDRIVE, emulator_url=emulator.root_url)
        email, remembered = sign_in_drive(spec)
        assert browser.errors == [] and remembered and email == "user@example.com"
        settings = AppSettings(destination=GDRIVE, gdrive_emulator_url=emulator.root_url,
                               gdrive_account=email, key_mode="password")
        spec = DestinationSpec.from_settings(settings)
        material = Password(PASSWORD, kdf=KdfParams(1024, 1, 1))
        job = BackupJob(spec, library, ("chat-1",), True, "test-device", 2, "", KeyStore(),
                        material=material)
        from backupgui.jobs import CancelToken

        outcome = run_backup(job, lambda p: None, CancelToken())
        assert outcome.key_saved
        settings.set_id = outcome.result.set_id
        save_settings(settings)
        dest = open_destination(spec)
        try:
            restored = restore(RestoreRequest(dest, tmp_path / "restored", Password(PASSWORD)))
            assert restored.messages_added == 3
            key = export_key(dest, Password(PASSWORD))
        finally:
            dest.close()
        saved_signin = ring.items[("backupgui", email)]
    for h in logging.getLogger().handlers:
        h.flush()

    import json

    refresh = json.loads(saved_signin)["refresh_token"]
    secrets = dict(browser.seen)
    secrets.update({"password": PASSWORD, "refresh token": refresh, "K hex": key.hex(),
                    "K grouped": format_key(key), "K base64": base64.b64encode(key).decode()})
    for i, token in enumerate(sorted(emulator._access)):
        secrets[f"access token {i}"] = token
    assert len(secrets) >= 9 and all(len(v) >= 8 for v in secrets.values()), secrets

    files = [p for p in Path(log_dir()).rglob("*") if p.is_file()]
    files += [settings_file()] + [p for p in config_dir().rglob("*") if p.is_file()]
    log_text = debug_logging.read_text(encoding="utf-8")
    # The code exchange was logged (so the test sees a line that carried the code and the
    # PKCE verifier), scrubbed. (The sign-in's own loopback page logs no request at all.)
    assert "Request body was grant_type=authorization_code" in log_text, \
        "the code exchange is no longer logged: test is blind"
    assert "GET /?state=" not in log_text
    assert settings_file().is_file() and "gdrive_account" in settings_file().read_text()
    leaks = [(str(p), name) for p in set(files) for name, value in secrets.items()
             if value.encode() in p.read_bytes()]
    assert leaks == []


def test_the_scrubber_masks_each_kind_of_secret():
    from backupgui.process.logscrub import scrub

    key = bytes(range(32))
    cases = {
        "GET /?state=st4te-xyz&code=4/0AeanS0-abcdefghijkl&scope=drive HTTP/1.1": ("st4te-xyz", "4/0Aean"),
        '{"access_token": "ya29.a0AfH6", "refresh_token": "1//0gXYZabc"}': ("ya29.a0", "1//0gX"),
        "{'Authorization': 'Bearer any-static-token'}": ("any-static-token",),
        "Authorization: Basic dXNlcjpwYXNz": ("dXNlcjpwYXNz",),
        f"key {key.hex()} and {format_key(key)}": (key.hex(), format_key(key)),
        f"kept {base64.b64encode(key).decode()}": (base64.b64encode(key).decode(),),
        "upload?uploadType=resumable&upload_id=ABCdef123": ("ABCdef123",),
        "client_secret=GOCSPX-abc123 code_verifier=verif1er": ("GOCSPX-abc123", "verif1er"),
        "password=hunter2hunter2": ("hunter2hunter2",),
    }
    for text, gone in cases.items():
        out = scrub(text)
        assert not [g for g in gone if g in out], (text, out)
    # Useful things stay: set ids (32 hex digits), short hashes, URLs without secrets.
    keep = "set 0123456789abcdef0123456789abcdef blob 3fa2c1d0e9b8 GET /drive/v3/files?alt=media"
    assert scrub(keep) == keep


def test_every_record_is_scrubbed_message_args_and_traceback():
    from backupgui.process.logscrub import SecretScrubber

    got: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record):
            got.append(self.format(record))

    h = Keep()
    h.setFormatter(logging.Formatter("%(message)s"))
    h.addFilter(SecretScrubber())
    log = logging.getLogger("tests.security.scrub")
    log.addHandler(h)
    log.propagate = False
    try:
        log.warning("redirect %s", "/?code=4/secretcode123456&state=s3cr3tstate")
        try:
            raise RuntimeError("token=abcdef123456 refused")
        except RuntimeError:
            log.exception("failed with %r", {"refresh_token": "1//refresh-token-value"})
    finally:
        log.removeHandler(h)
    text = "\n".join(got)
    for secret in ("secretcode123456", "s3cr3tstate", "abcdef123456", "refresh-token-value"):
        assert secret not in text
    assert "RuntimeError" in text and "***" in text
