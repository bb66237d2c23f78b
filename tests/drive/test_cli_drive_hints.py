"""``backupgui-cli … --dest gdrive`` without a saved sign-in: the hint says what a person at a
terminal can do (the library's hint offered "sign in for this session only", which only the app
can do), with and without a Google client in the build. Real subprocesses, real exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NO_KEYRING = "keyring.backends.fail.Keyring"
EMPTY_KEYRING = "tests.memory_keyring.MemoryKeyring"  # usable, nothing saved in it


def _cli(tmp_path: Path, keyring: str, *args: str, client: bool = False):
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("BACKUPGUI_", "PYTHON_KEYRING"))}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local/share"), PYTHON_KEYRING_BACKEND=keyring,
               PYTHONPATH=os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]))
    if client:  # a build or an environment with a Google client of its own
        env.update(BACKUPGUI_GOOGLE_CLIENT_ID="cli-test.apps.googleusercontent.com",
                   BACKUPGUI_GOOGLE_CLIENT_SECRET="cli-test-secret")
    secret = tmp_path / "pw"
    secret.write_text("correct horse battery staple")
    argv = [sys.executable, "-m", "backupgui.cli", *args]
    if args[0] == "backup":
        (tmp_path / "lib").mkdir(exist_ok=True)
        argv += ["--library", str(tmp_path / "lib"), "--password-file", str(secret)]
    return subprocess.run(argv, env=env, cwd=tmp_path, capture_output=True, text=True,
                          timeout=120)


@pytest.fixture(autouse=True)
def _no_embedded_client():
    """The checkout has no embedded client (``pip install .`` from it has none either)."""
    from backupgui.destinations import google_auth

    if google_auth.embedded_client_config() is not None:
        pytest.skip("this checkout embeds a Google client")


@pytest.mark.parametrize("command", ["backup", "list"])
def test_no_keyring_and_no_client(tmp_path, command):
    r = _cli(tmp_path, NO_KEYRING, command, "--dest", "gdrive")
    assert r.returncode == 15, r.stderr
    err = r.stderr
    assert "session only" not in err
    assert "Traceback" not in err and r.stdout == ""
    assert "The command line uses the Google sign-in that the app saves in this computer's "\
           "keyring." in err
    assert "This copy of backupgui has no Google sign-in built in." in err
    assert "Install or unlock a password store" in err
    assert "\"Use your own Google Cloud client…\"; docs/DRIVE.md has the steps" in err
    assert "--dest FOLDER" in err and "BACKUPGUI_DRIVE_TOKEN" in err


def test_no_keyring_with_a_client(tmp_path):
    r = _cli(tmp_path, NO_KEYRING, "backup", "--dest", "gdrive", client=True)
    assert r.returncode == 15, r.stderr
    assert "session only" not in r.stderr
    assert "then sign in once in the app (Settings → Google Drive → Sign in…), and run this "\
           "command again." in r.stderr
    assert "no Google sign-in built in" not in r.stderr
    assert "own Google Cloud client" not in r.stderr


def test_a_keyring_without_a_sign_in(tmp_path):
    """A keyring, nothing saved in it: the same advice without the password store."""
    r = _cli(tmp_path, EMPTY_KEYRING, "backup", "--dest", "gdrive")
    assert r.returncode != 0 and r.returncode != 15, r.stderr
    assert "Not signed in to Google Drive." in r.stderr
    assert "none is saved there" in r.stderr
    assert "Install or unlock a password store" not in r.stderr
    assert "Sign in once in the app with your own Google Cloud client" in r.stderr
    r = _cli(tmp_path, EMPTY_KEYRING, "backup", "--dest", "gdrive", client=True)
    assert "Sign in once in the app (Settings → Google Drive → Sign in…)" in r.stderr


def test_a_folder_is_not_touched_by_the_drive_hints(tmp_path):
    (tmp_path / "dest").mkdir()
    r = _cli(tmp_path, NO_KEYRING, "list", "--dest", str(tmp_path / "dest"))
    assert r.returncode == 0, r.stderr
