"""Start a private D-Bus session bus with gnome-keyring-daemon (an unlocked login keyring).

Used by the keyring tests so they exercise a REAL Secret Service. Needs the Debian packages
``dbus`` (dbus-daemon) and ``gnome-keyring``. If an unlocked Secret Service is already on the
session bus (e.g. run under ``tests/drive/run_with_secret_service.sh``), that one is used.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _usable() -> str | None:
    """None if the Secret Service on the current session bus works, else why not."""
    try:
        from keyring.backends import SecretService

        kr = SecretService.Keyring()
        kr.priority  # noqa: B018 - raises if the service is missing
        kr.set_password("backupgui-test-probe", "probe", "x")
        kr.delete_password("backupgui-test-probe", "probe")
        return None
    except Exception as exc:  # noqa: BLE001 - any failure means "not usable"
        return f"{type(exc).__name__}: {exc}"


@contextmanager
def private_secret_service(base: Path) -> Iterator[str | None]:
    """Yield None when a working Secret Service is reachable (started here if needed), or the
    reason it is not. Environment changes are undone on exit."""
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS") and _usable() is None:
        yield None
        return
    missing = [b for b in ("dbus-daemon", "gnome-keyring-daemon") if not shutil.which(b)]
    if missing:
        yield f"{', '.join(missing)} not installed (apt-get install dbus gnome-keyring)"
        return
    home, run = base / "home", base / "run"
    home.mkdir(parents=True, exist_ok=True)
    run.mkdir(parents=True, exist_ok=True, mode=0o700)
    env = dict(os.environ, HOME=str(home), XDG_RUNTIME_DIR=str(run),
               XDG_DATA_HOME=str(home / ".local/share"), XDG_CONFIG_HOME=str(home / ".config"))
    dbus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    keyring_proc: subprocess.Popen[str] | None = None
    saved = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    try:
        address = dbus.stdout.readline().strip() if dbus.stdout else ""
        if not address:
            yield "dbus-daemon did not start"
            return
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        keyring_proc = subprocess.Popen(
            ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True, env=env)
        assert keyring_proc.stdin is not None
        keyring_proc.stdin.write("test-login-password")  # creates and unlocks the login keyring
        keyring_proc.stdin.close()
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
        why: str | None = "timed out"
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            why = _usable()
            if why is None:
                break
            time.sleep(0.2)
        yield why
    finally:
        if saved is None:
            os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
        else:
            os.environ["DBUS_SESSION_BUS_ADDRESS"] = saved
        for proc in (keyring_proc, dbus):
            if proc is not None and proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    proc.kill()
