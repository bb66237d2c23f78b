"""Desktops without a working keyring, on a real (private) D-Bus session bus: no Secret Service
at all, one that never answers, one that answers every call with an error, a real
gnome-keyring that loses the item after saying it stored it, and keyring's fail backend. In
each the key store neither hangs nor raises, nothing secret lands anywhere else, and a
scheduled backup says why it cannot run by itself (docs/DRIVE.md, docs/SCHEDULE.md).

Skipped, saying so, without dbus-daemon (apt-get install dbus; gnome-keyring for the last).
"""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from keyring.backends import SecretService, fail

from backupgui.device.keystore import MISSING, REFUSED, SERVICE, TIMEOUT, KeyStore

REPO = Path(__file__).resolve().parent.parent
SET = "0123456789abcdef0123456789abcdef"
KEY = bytes(range(100, 132))

#: A session bus with no service folders: nothing is started on demand (a real session
#: would D-Bus-activate gnome-keyring), so only what a test starts owns a name.
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={dir}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""

#: A process that takes the Secret Service's bus name and then never answers ("hang") or
#: answers every call with an error ("refuse"), as a hung or broken keyring daemon does.
BAD_SERVICE = """
import sys
from jeepney import new_error
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection
conn = open_dbus_connection(bus="SESSION")
conn.send_and_get_reply(message_bus.RequestName("org.freedesktop.secrets"))
print("ready", flush=True)
while True:
    msg = conn.receive()
    if sys.argv[1] == "refuse" and msg.header.message_type.name == "method_call":
        conn.send(new_error(msg, "org.freedesktop.DBus.Error.AccessDenied", "s", ("no",)))
"""


@pytest.fixture
def bus(tmp_path, monkeypatch):
    """A private session bus; DBUS_SESSION_BUS_ADDRESS points at it for the test."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("needs dbus-daemon (apt-get install dbus)")
    sock = tmp_path / "bus"
    sock.mkdir()
    conf = tmp_path / "bus.conf"
    conf.write_text(BUS_CONFIG.format(dir=sock))
    proc = subprocess.Popen(["dbus-daemon", f"--config-file={conf}", "--nofork",
                             "--print-address=1"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    address = proc.stdout.readline().strip() if proc.stdout else ""
    if not address:
        proc.kill()
        proc.wait(5)
        pytest.skip("dbus-daemon did not start")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    children: list[subprocess.Popen] = []
    try:
        yield children
    finally:
        for p in [*children, proc]:
            if p.poll() is None:
                p.terminate()
                try:
                    p.wait(5)
                except subprocess.TimeoutExpired:
                    p.kill()
                    p.wait(5)


def _bad_service(bus, mode: str) -> None:
    p = subprocess.Popen([sys.executable, "-c", BAD_SERVICE, mode], stdout=subprocess.PIPE,
                         text=True)
    bus.append(p)
    assert p.stdout is not None and p.stdout.readline().strip() == "ready"


def _scan_for_key(*roots: Path) -> list[str]:
    """Files under roots holding KEY in any spelling the app could have written."""
    needles = [KEY, KEY.hex().encode(), base64.b64encode(KEY),
               base64.urlsafe_b64encode(KEY).rstrip(b"=")]
    hits = []
    for root in roots:
        for dirpath, _dirs, files in os.walk(root):
            for f in files:
                p = Path(dirpath) / f
                try:
                    data = p.read_bytes()
                except OSError:
                    continue
                if any(n in data for n in needles):
                    hits.append(str(p))
    return hits


def test_no_secret_service_on_the_bus_resolves_to_no_keyring(bus, tmp_path):
    """A fresh process (keyring chooses its backend once) on a bus nobody serves secrets on."""
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "PYTHONPATH": str(REPO)}
    env.pop("PYTHON_KEYRING_BACKEND", None)
    for k in ("XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        env.pop(k, None)
    code = ("from backupgui.device.keystore import KeyStore; ks = KeyStore(); s = ks.status();"
            f"print(s.available, repr(s.reason), ks.save({SET!r}, {KEY!r}), ks.fetch({SET!r}))")
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("False 'no keyring service is available' False"), r.stdout
    assert _scan_for_key(home, tmp_path) == []


def test_keyrings_fail_backend_chosen_by_the_user(tmp_path):
    """PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring (keyring's documented switch)."""
    env = {**os.environ, "HOME": str(tmp_path), "PYTHONPATH": str(REPO),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    code = ("from backupgui.device.keystore import KeyStore; ks = KeyStore(); s = ks.status();"
            f"print(s.available, s.backend, ks.save({SET!r}, {KEY!r}))")
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["False", "Keyring", "False"], r.stdout
    assert _scan_for_key(tmp_path) == []


def test_a_secret_service_that_never_answers_times_out(bus, tmp_path):
    _bad_service(bus, "hang")
    ks = KeyStore(SecretService.Keyring(), timeout=2)
    assert ks.status().available  # the name is owned: it looks like a keyring
    t = time.monotonic()
    found = ks.fetch(SET)
    assert (found.key, found.problem) == (None, TIMEOUT)
    assert ks.save(SET, KEY) is False
    ks.forget(SET)  # returns too
    assert time.monotonic() - t < 15
    assert _scan_for_key(tmp_path) == []


def test_a_secret_service_that_refuses_every_call(bus, tmp_path):
    """Its D-Bus errors are not keyring errors (they came out of save/load as
    jeepney.wrappers.DBusErrorResponse before): now they are a refusal."""
    _bad_service(bus, "refuse")
    ks = KeyStore(SecretService.Keyring(), timeout=10)
    found = ks.fetch(SET)
    assert (found.key, found.problem) == (None, REFUSED)
    assert ks.load(SET) is None
    assert ks.save(SET, KEY) is False
    ks.forget(SET)
    assert ks.load_vault_credential("A" * 22) is None
    assert ks.save_vault_credential("A" * 22, KEY) is False
    assert _scan_for_key(tmp_path) == []


@pytest.fixture
def gnome_keyring(bus, tmp_path, monkeypatch):
    """A real gnome-keyring with an unlocked login keyring on the private bus."""
    if shutil.which("gnome-keyring-daemon") is None:
        pytest.skip("needs gnome-keyring (apt-get install gnome-keyring)")
    home, run = tmp_path / "gk-home", tmp_path / "gk-run"
    home.mkdir()
    run.mkdir(mode=0o700)
    env = {**os.environ, "HOME": str(home), "XDG_RUNTIME_DIR": str(run),
           "XDG_DATA_HOME": str(home / ".local/share"), "XDG_CONFIG_HOME": str(home / ".config")}
    p = subprocess.Popen(["gnome-keyring-daemon", "--foreground", "--unlock",
                          "--components=secrets"], stdin=subprocess.PIPE,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True, env=env)
    bus.append(p)
    assert p.stdin is not None
    p.stdin.write("test-login-password")
    p.stdin.close()
    ks = KeyStore(SecretService.Keyring(), timeout=10)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if ks.save("ff" * 16, bytes(32)):
            ks.forget("ff" * 16)
            return ks
        time.sleep(0.2)
    pytest.skip("gnome-keyring did not start on the private bus")


def test_a_keyring_that_loses_the_item_after_saying_yes(gnome_keyring):
    """The entry removed behind the app's back (Seahorse, a keyring reset): found missing,
    not an error, and a scheduled backup then says the key is not stored."""
    ks = gnome_keyring
    assert ks.save(SET, KEY)
    assert ks.fetch(SET).key == KEY
    r = subprocess.run(["secret-tool", "clear", "service", SERVICE, "username", f"set-{SET}"],
                       capture_output=True, text=True, timeout=30)
    if r.returncode != 0 and shutil.which("secret-tool") is None:
        pytest.skip("needs secret-tool (apt-get install libsecret-tools)")
    assert r.returncode == 0, r.stderr
    found = ks.fetch(SET)
    assert (found.key, found.problem) == (None, MISSING)


# -- what a scheduled backup says --------------------------------------------------------------
def _scheduled_run(qtbot, tmp_path, keystore):
    from datetime import timedelta

    from backupgui.automation.history import History
    from backupgui.automation.schedule import ScheduleConfig
    from backupgui.crypto.keys import generate_key
    from backupgui.crypto.material import RawKey
    from backupgui.destinations.folder import FolderDestination
    from backupgui.device.settings import AppSettings
    from backupgui.engine import BackupRequest, backup
    from backupgui.library.demo import create_demo_library
    from backupgui.ui.automation.autobackup import scheduled_job_factory
    from backupgui.ui.automation.scheduler import Scheduler
    from backupgui.ui.context import AppContext

    library = tmp_path / "library"
    create_demo_library(library, chats=1, seed=5, media_mb=0)
    dest = FolderDestination(tmp_path / "dest")
    r = backup(BackupRequest(library, dest, RawKey(generate_key())))
    dest.close()
    s = AppSettings(folder_path=str(tmp_path / "dest"), set_id=r.set_id, key_mode="key")
    ctx = AppContext(library_dir=library, settings=s, keystore=keystore)
    sched = Scheduler(ScheduleConfig(frequency="daily"), scheduled_job_factory(ctx),
                      history=History(tmp_path / "h.jsonl"), tick_s=3600,
                      catch_up_delay=timedelta(0))
    done, notes = [], []
    sched.runFinished.connect(done.append)
    sched.notify.connect(notes.append)
    sched.start([])
    try:
        sched.run_now()
        qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    finally:
        sched.stop()
        ctx.flush()
    assert (done[0].result, done[0].code) == ("failed", "password-needed"), done[0]
    assert [n.kind for n in notes] == ["password"]
    return notes[0].message


@pytest.mark.parametrize("mode", ["hang", "refuse"])
def test_a_scheduled_backup_says_why_the_keyring_failed(qtbot, bus, tmp_path, mode):
    _bad_service(bus, mode)
    message = _scheduled_run(qtbot, tmp_path, KeyStore(SecretService.Keyring(), timeout=2))
    expected = {"hang": "did not answer within 2 seconds",
                "refuse": "locked or refused to give out the backup key"}[mode]
    assert expected in message and "keyring" in message, message
    assert "cannot run by themselves" in message


def test_a_scheduled_backup_without_any_keyring(qtbot, tmp_path):
    message = _scheduled_run(qtbot, tmp_path, KeyStore(fail.Keyring()))
    assert "no keyring" in message and "cannot run by themselves" in message, message


@pytest.mark.parametrize("mode", ["hang", "refuse"])
def test_the_google_sign_in_s_keyring_calls_are_bounded_and_refused(bus, monkeypatch, mode):
    """The Google sign-in's reads and writes of its refresh token go through the key's bound
    (``keystore.bounded_call``): a Secret Service that never answers is a refusal after the time
    limit (before: the sign-in, Forget and a Drive backup's start waited forever), and one
    that answers with D-Bus errors is a refusal too (before: jeepney's error came out)."""
    import keyring

    from backupgui.destinations import google_auth as ga

    _bad_service(bus, mode)
    monkeypatch.setattr(ga, "KEYRING_TIMEOUT_S", 2.0)
    previous = keyring.get_keyring()
    keyring.set_keyring(SecretService.Keyring())
    try:
        calls = {
            "saved_account": ga.saved_account,
            "load_saved_credentials": ga.load_saved_credentials,
            "forget": ga.forget,
            "sign_out": lambda: ga.sign_out(account="user@example.com"),
            "save": lambda: ga._save_refresh_token("user@example.com", "1//refresh", "client"),
        }
        for name, call in calls.items():
            t = time.monotonic()
            with pytest.raises(ga.KeyringUnavailableError, match="refused the request"):
                call()
            assert time.monotonic() - t < 10, name
    finally:
        keyring.set_keyring(previous)
