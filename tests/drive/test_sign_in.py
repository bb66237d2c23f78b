"""Google sign-in out of the box (issue 21): the client embedded at build time, the person's
own client winning over it, and a browser step that can be cancelled, times out and ignores
stray visits. Google itself cannot run here: the emulator's OAuth endpoints stand in for it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from pathlib import Path

import pytest

from backupgui.destinations import google_auth
from backupgui.destinations.google_auth import NoClientError, SignInError
from backupgui.errors import CancelledError
from backupgui.jobs import CancelToken

from .test_auth import Browser

REPO = Path(__file__).resolve().parents[2]
EMBED = REPO / "packaging" / "embed_google_client.py"


@pytest.fixture(autouse=True)
def no_client_around(monkeypatch, tmp_path):
    """No client from the environment, the config folder or the build, unless a test adds one."""
    for var in (google_auth.ENV_CLIENT_ID, google_auth.ENV_CLIENT_SECRET, google_auth.ENV_CLIENT_FILE):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(google_auth, "_embedded_client_text", lambda: None)


@pytest.fixture
def emulator_for(tmp_path):
    """An emulator whose OAuth accepts one given client id (it accepts only its own)."""
    from backupgui.services.drive_emulator import DriveEmulator

    started = []

    def make(client_id: str) -> DriveEmulator:
        emu = DriveEmulator(tmp_path / f"emu-{len(started)}", client_id=client_id)
        emu.start()
        started.append(emu)
        return emu

    yield make
    for emu in started:
        emu.stop()


def embed(monkeypatch, cfg: dict) -> None:
    """What a build with BACKUPGUI_GOOGLE_CLIENT_ID/_SECRET ships, read as the app reads it."""
    monkeypatch.setattr(google_auth, "_embedded_client_text", lambda: json.dumps(cfg))


def test_without_any_client_sign_in_says_so_in_plain_words():
    assert not google_auth.builtin_client_available()
    with pytest.raises(NoClientError, match="no Google sign-in built in") as ei:
        google_auth.sign_in(remember=False, on_url=lambda u: None)
    assert "Use your own Google Cloud client" in ei.value.hint and "DRIVE.md" in ei.value.hint


def test_embedded_client_signs_in_without_any_setup(emulator_for, monkeypatch):
    emulator = emulator_for("built-in.apps.googleusercontent.com")
    embed(monkeypatch, emulator.client_config())
    assert google_auth.builtin_client_available()
    browser = Browser()
    signed = google_auth.sign_in(remember=False, api_root=emulator.root_url, on_url=browser,
                                 timeout_seconds=30)
    assert signed.email == "user@example.com" and not browser.errors
    q = urllib.parse.parse_qs(urllib.parse.urlsplit(browser.urls[0]).query)
    assert q["client_id"] == ["built-in.apps.googleusercontent.com"]


def test_the_persons_own_client_wins(emulator_for, monkeypatch, tmp_path):
    emulator = emulator_for("mine.apps.googleusercontent.com")
    embed(monkeypatch, emulator.client_config(client_id="built-in.apps.googleusercontent.com"))
    own = tmp_path / "mine.json"
    own.write_text(json.dumps(emulator.client_config()))
    browser = Browser()
    google_auth.sign_in(own, remember=False, api_root=emulator.root_url, on_url=browser, timeout_seconds=30)
    q = urllib.parse.parse_qs(urllib.parse.urlsplit(browser.urls[0]).query)
    assert q["client_id"] == ["mine.apps.googleusercontent.com"]
    # The environment's pair also stands behind the person's own file.
    monkeypatch.setenv(google_auth.ENV_CLIENT_ID, "env.apps.googleusercontent.com")
    monkeypatch.setenv(google_auth.ENV_CLIENT_SECRET, "env-secret")
    assert google_auth.resolve_client_config(own)["installed"]["client_id"] == "mine.apps.googleusercontent.com"
    assert google_auth.resolve_client_config()["installed"]["client_id"] == "env.apps.googleusercontent.com"


def test_a_client_with_plain_http_to_another_host_is_refused(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"installed": {"client_id": "x", "auth_uri": "http://evil.example/auth",
                                             "token_uri": "https://oauth2.googleapis.com/token"}}))
    with pytest.raises(SignInError, match="unsafe auth_uri"):
        google_auth.load_client_config(bad)


def test_cancel_ends_the_wait_at_once(emulator, tmp_path):
    own = tmp_path / "c.json"
    own.write_text(json.dumps(emulator.client_config()))
    token = CancelToken()
    urls: list[str] = []

    def nobody_signs_in(url: str) -> None:  # the browser never comes back
        urls.append(url)
        threading.Timer(0.3, token.cancel).start()

    t0 = time.monotonic()
    with pytest.raises(CancelledError):
        google_auth.sign_in(own, remember=False, api_root=emulator.root_url, on_url=nobody_signs_in,
                            timeout_seconds=60, cancel=token)
    assert time.monotonic() - t0 < 5
    # The loopback server is gone: the redirect address no longer answers.
    redirect = urllib.parse.parse_qs(urllib.parse.urlsplit(urls[0]).query)["redirect_uri"][0]
    with pytest.raises(OSError):
        urllib.request.urlopen(redirect + "?state=x&code=y", timeout=2)


def test_the_wait_times_out_with_a_clear_message(emulator, tmp_path):
    own = tmp_path / "c.json"
    own.write_text(json.dumps(emulator.client_config()))
    with pytest.raises(SignInError, match="did not finish within 1 seconds") as ei:
        google_auth.sign_in(own, remember=False, api_root=emulator.root_url, on_url=lambda u: None,
                            timeout_seconds=1)
    assert "copy the sign-in link" in ei.value.hint


def test_a_silent_connection_does_not_hold_up_the_time_limit(emulator, tmp_path):
    """A local process that connects to the loopback page and sends nothing is dropped after
    a few seconds; the time limit still ends the wait."""
    import socket

    own = tmp_path / "c.json"
    own.write_text(json.dumps(emulator.client_config()))
    held: list[socket.socket] = []

    def squat(url: str) -> None:
        redirect = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)["redirect_uri"][0]
        port = int(urllib.parse.urlsplit(redirect).port)
        held.append(socket.create_connection(("127.0.0.1", port)))

    t0 = time.monotonic()
    with pytest.raises(SignInError, match="did not finish within 2 seconds"):
        google_auth.sign_in(own, remember=False, api_root=emulator.root_url, on_url=squat,
                            timeout_seconds=2)
    assert time.monotonic() - t0 < 15
    for s in held:
        s.close()


def test_stray_visits_are_ignored_and_a_refusal_is_explained(emulator, tmp_path):
    own = tmp_path / "c.json"
    own.write_text(json.dumps(emulator.client_config()))

    def visit_wrongly_then_deny(url: str) -> None:
        q = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
        redirect, state = q["redirect_uri"][0], q["state"][0]

        def go() -> None:
            for path in ("favicon.ico", "?state=forged&code=stolen", f"?state={state}&error=access_denied"):
                try:
                    urllib.request.urlopen(redirect + path, timeout=5).read()
                except urllib.error.HTTPError as exc:
                    assert exc.code == 404  # not ours: ignored, the wait goes on

        threading.Thread(target=go, daemon=True).start()

    with pytest.raises(SignInError, match="You did not allow backupgui"):
        google_auth.sign_in(own, remember=False, api_root=emulator.root_url,
                            on_url=visit_wrongly_then_deny, timeout_seconds=20)


def test_saved_sign_in_works_from_the_cli_without_the_client_file(emulator, tmp_path, monkeypatch):
    """The keyring entry keeps what refreshing needs, so `--dest gdrive` works after signing in
    in the app with any client (own file, emulator, embedded)."""
    from tests.memory_keyring import memory_keyring

    own = tmp_path / "c.json"
    own.write_text(json.dumps(emulator.client_config()))
    with memory_keyring():
        google_auth.sign_in(own, api_root=emulator.root_url, on_url=Browser(), timeout_seconds=30)
        own.unlink()
        creds = google_auth.load_saved_credentials()
        assert creds is not None and creds.token_uri == emulator.root_url + "token"
        info = google_auth.account_info(creds, emulator.root_url)
        assert info.email == "user@example.com"


# -- the build step ------------------------------------------------------------------------------
def test_embed_script_writes_the_resource_and_pip_install_ships_it(tmp_path):
    """packaging/embed_google_client.py turns the build environment into the resource; a wheel
    built from that tree (what `pip install .` installs) contains it."""
    import shutil

    tree = tmp_path / "src"
    shutil.copytree(REPO / "backupgui", tree / "backupgui",
                    ignore=shutil.ignore_patterns("__pycache__", "google-oauth-client.json"))
    for f in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / f, tree / f)
    out = tree / "backupgui" / "resources" / "google-oauth-client.json"
    env = dict(os.environ, BACKUPGUI_GOOGLE_CLIENT_ID="1234-abc.apps.googleusercontent.com",
               BACKUPGUI_GOOGLE_CLIENT_SECRET="GOCSPX-test")
    r = subprocess.run([sys.executable, str(EMBED), "--out", str(out)], env=env,
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "GOCSPX-test" not in r.stdout + r.stderr, "the secret is never printed"
    cfg = google_auth.check_client_config(json.loads(out.read_text()), "test")
    assert cfg["installed"]["client_id"] == "1234-abc.apps.googleusercontent.com"
    assert cfg["installed"]["token_uri"] == "https://oauth2.googleapis.com/token"
    # Only one of the pair set is a build error; none set writes nothing.
    half = dict(os.environ, BACKUPGUI_GOOGLE_CLIENT_ID="1234-abc.apps.googleusercontent.com")
    half.pop("BACKUPGUI_GOOGLE_CLIENT_SECRET", None)
    assert subprocess.run([sys.executable, str(EMBED), "--out", str(tmp_path / "x.json")],
                          env=half, capture_output=True).returncode == 2
    assert not (tmp_path / "x.json").exists()

    wheels = tmp_path / "wheels"
    # As `pip install .` builds it (in an isolated build environment).
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels),
                        str(tree)], capture_output=True, text=True, timeout=600)
    if r.returncode != 0 and ("No matching distribution" in r.stderr or "Could not find" in r.stderr):
        pytest.skip(f"no build tools from the package index here: {r.stderr.strip()[-200:]}")
    assert r.returncode == 0, r.stderr[-2000:]
    (wheel,) = wheels.glob("backupgui-*.whl")
    with zipfile.ZipFile(wheel) as z:
        assert "backupgui/resources/google-oauth-client.json" in z.namelist()


@pytest.mark.parametrize("case", ["unknown client", "unknown code", "no answer"])
def test_a_failed_code_exchange_is_said_by_its_kind(emulator_for, tmp_path, qapp, case):
    """The browser step succeeds at one emulator, the code is exchanged at another that
    answers invalid_client (it knows another client), invalid_grant (it never issued that
    code), or at a closed port: each in words a person can act on, in German, with no OAuth
    words ("The Google sign-in failed." for all three before)."""
    import socket

    from backupgui.ui import language

    client = "mine.apps.googleusercontent.com"
    here = emulator_for(client)
    cfg = here.client_config()
    if case == "no answer":
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]  # closed again when the exchange tries it
        cfg["installed"]["token_uri"] = f"http://127.0.0.1:{port}/token"
    else:
        other = emulator_for("another.apps.googleusercontent.com" if case == "unknown client"
                             else client)
        cfg["installed"]["token_uri"] = other.root_url + "token"
    own = tmp_path / "client.json"
    own.write_text(json.dumps(cfg))
    with pytest.raises(SignInError) as ei:
        google_auth.sign_in(own, remember=False, api_root=here.root_url, on_url=Browser(),
                            timeout_seconds=30)
    expected, german = {
        "unknown client": ("Google does not accept this OAuth client", "OAuth-Client"),
        "unknown code": ("Google did not accept the sign-in's answer", "Antwort"),
        "no answer": ("Google could not be reached", "nicht erreichbar")}[case]
    assert str(ei.value).startswith(expected), str(ei.value)
    language.install_language("de", qapp)
    try:
        said = language.translate_message(str(ei.value))
    finally:
        language.install_language("en", qapp)
    assert german in said, said
    for word in ("invalid_", "Error", "Connection", "refused", "sign-in"):
        assert word not in said, said


@pytest.mark.parametrize("error, english, german", [
    ("admin_policy_enforced",
     "The administrator of this Google Workspace account (a work or school account) does not "
     "allow backupgui to sign in with it.", "Administrator"),
    ("access_not_configured",
     "The administrator of this Google Workspace for Education account (a school account) has "
     "not set up access for backupgui.", "Administrator"),
    ("org_internal",
     "This OAuth client is only for the Google accounts of its own organization, and this "
     "account is not one of them.", "Organisation"),
    ("access_denied", "You did not allow backupgui to use Google Drive.", "Google Drive"),
])
def test_a_refusal_at_the_consent_page_is_said_by_its_kind(emulator, tmp_path, qapp, error,
                                                            english, german):
    """Google's consent page sends the browser back with ``error=…`` instead of a code: a
    Workspace admin who blocks the app (``admin_policy_enforced``), a Workspace for Education
    admin who has not set the app up (``access_not_configured``) and a client limited to
    another organization (``org_internal``) are said as such, with whom to ask, in the
    person's language ("Google refused the sign-in." for all three before); no code is
    exchanged."""
    from backupgui.ui import language

    emulator.consent_error = error
    own = tmp_path / "c.json"
    own.write_text(json.dumps(emulator.client_config()))
    browser = Browser()
    with pytest.raises(SignInError) as ei:
        google_auth.sign_in(own, remember=False, api_root=emulator.root_url, on_url=browser,
                            timeout_seconds=30)
    assert str(ei.value) == english
    assert not browser.errors
    assert not any(r.get("path") == "/token" for r in emulator.requests)
    hint = ei.value.hint or ""
    if error == "admin_policy_enforced":
        assert "administrator" in hint and "another Google account" in hint
    if error == "access_not_configured":
        assert "administrator to set up access" in hint and "another Google account" in hint
    language.install_language("de", qapp)
    try:
        said = language.translate_message(str(ei.value))
        said_hint = language.translate_message(hint)
    finally:
        language.install_language("en", qapp)
    assert said != str(ei.value) and german in said, said
    assert said_hint != hint, said_hint
    for word in (error, "Error", "sign-in", "policy"):
        assert word not in said + said_hint, (said, said_hint)


@pytest.mark.parametrize("error", ["admin_policy_enforced\u202e", "ADMIN_POLICY_ENFORCED",
                                   "admin_policy_enforced_x", "x" * 5000,
                                   "Access_Not_Configured", " access_not_configured"])
def test_an_error_name_that_is_not_exactly_googles_is_the_general_refusal(emulator, tmp_path,
                                                                          error):
    """The redirect's ``error`` comes from whoever reaches the loopback port: only Google's
    exact names pick a sentence; anything else is the general refusal, and the value is never
    put into it."""
    emulator.consent_error = error
    own = tmp_path / "c.json"
    own.write_text(json.dumps(emulator.client_config()))
    with pytest.raises(SignInError) as ei:
        google_auth.sign_in(own, remember=False, api_root=emulator.root_url, on_url=Browser(),
                            timeout_seconds=30)
    assert str(ei.value) == "Google refused the sign-in."


@pytest.mark.parametrize("error", ["admin_policy_enforced", "access_not_configured"])
def test_the_emulators_command_line_plays_a_workspace_admins_block(tmp_path, error):
    """``--consent-error admin_policy_enforced`` (or ``access_not_configured``): the emulator
    process's consent page sends the browser back with Google's error and the state, no code;
    a name Google does not use is refused at start."""
    import subprocess as sp

    from backupgui.services.drive_emulator.server import DEFAULT_CLIENT_ID

    cmd = [sys.executable, "-m", "backupgui.services.drive_emulator", "--port", "0",
           "--data", str(tmp_path / "emu")]
    bad = sp.run(cmd + ["--consent-error", "something_else"], capture_output=True, text=True,
                 timeout=60)
    assert bad.returncode == 2 and "--consent-error" in bad.stderr
    env = dict(os.environ, BACKUPGUI_DRIVE_TOKEN="cli-token")
    proc = sp.Popen(cmd + ["--consent-error", error], stdout=sp.PIPE, text=True, env=env)
    try:
        line = proc.stdout.readline()
        root = line.split("listening on ")[1].split()[0]
        url = root + "o/oauth2/auth?" + urllib.parse.urlencode({
            "response_type": "code", "client_id": DEFAULT_CLIENT_ID, "state": "s-1",
            "redirect_uri": "http://127.0.0.1:9/", "scope": google_auth.SCOPE})

        class NoFollow(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args, **kwargs):
                return None

        with pytest.raises(urllib.error.HTTPError) as ei:
            urllib.request.build_opener(NoFollow).open(url, timeout=10)
        assert ei.value.code == 302
        back = urllib.parse.urlsplit(ei.value.headers["Location"])
        assert back.netloc == "127.0.0.1:9"
        assert urllib.parse.parse_qs(back.query) == {"error": [error], "state": ["s-1"]}
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert proc.returncode == 0
