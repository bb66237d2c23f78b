"""The sign-in's loopback page and another local user (s20, the tenth hostile pass).

The page (127.0.0.1, a random port anyone on the computer can see) serves one connection at
a time, each for at most ``LOOPBACK_DEADLINE`` seconds. Before, another local user who kept
a few connections queued ahead of the browser's, each trickling a request, held the
browser's redirect behind them until the sign-in's time limit: the sign-in never finished.
Now a connection from another user is closed unread (Linux tells the owner of the other end
of a loopback connection), so the browser's request is served at once.

A real other user: the squatter is a process run as ``nobody``, which needs root (CI runs
as root; skipped otherwise)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request

import pytest

from backupgui.destinations import google_auth

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or os.geteuid() != 0,
    reason="another local user can only be made as root on Linux")

NOBODY = 65534
#: Another user's program: PARALLEL connections, each trickling a request that never ends,
#: a new one as soon as one is dropped; prints "ready" once the first ones are open.
SQUATTER = r"""
import socket, sys, threading, time
port, parallel = int(sys.argv[1]), int(sys.argv[2])
def hold():
    while True:
        try:
            s = socket.create_connection(("127.0.0.1", port))
        except OSError:
            return
        try:
            for b in b"GET /?" + b"x" * 10000:
                s.sendall(bytes([b]))
                time.sleep(0.2)
        except OSError:
            pass
        finally:
            s.close()
for _ in range(parallel):
    threading.Thread(target=hold, daemon=True).start()
time.sleep(0.5)
print("ready", flush=True)
time.sleep(120)
"""


@pytest.fixture
def client_file(tmp_path, monkeypatch):
    for var in (google_auth.ENV_CLIENT_ID, google_auth.ENV_CLIENT_SECRET,
                google_auth.ENV_CLIENT_FILE):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(google_auth, "_embedded_client_text", lambda: None)
    path = tmp_path / "client.json"
    path.write_text(json.dumps({"installed": {
        "client_id": "cid.apps.googleusercontent.com", "client_secret": "s",
        "auth_uri": "http://127.0.0.1:9/o/oauth2/auth",
        "token_uri": "http://127.0.0.1:9/token",  # (nothing listens: the exchange fails)
        "redirect_uris": ["http://127.0.0.1"]}}))
    return str(path)


def test_another_users_connections_do_not_hold_up_the_browsers_redirect(client_file,
                                                                         monkeypatch):
    monkeypatch.setattr(google_auth, "LOOPBACK_DEADLINE", 2.0)
    squatters: list[subprocess.Popen] = []
    came_back: dict[str, float] = {}

    def on_url(url: str) -> None:
        q = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
        redirect, state = q["redirect_uri"][0], q["state"][0]
        port = urllib.parse.urlsplit(redirect).port
        p = subprocess.Popen(["/usr/bin/python3", "-c", SQUATTER, str(port), "6"], user=NOBODY,
                             stdout=subprocess.PIPE, text=True, cwd="/")
        squatters.append(p)

        def browser() -> None:  # this user's browser, once the squatter's connections queue
            assert p.stdout is not None and p.stdout.readline().strip() == "ready"
            t0 = time.monotonic()
            try:
                urllib.request.urlopen(f"{redirect}?state={state}&code=4/abc", timeout=30).read()
            except OSError:
                return
            came_back["after"] = time.monotonic() - t0

        threading.Thread(target=browser, daemon=True).start()

    try:
        t0 = time.monotonic()
        with pytest.raises(google_auth.SignInError) as err:
            google_auth.sign_in(client_file, remember=False, on_url=on_url, timeout_seconds=10)
        took = time.monotonic() - t0
    finally:
        for p in squatters:
            p.kill()
            p.wait()
    # Past the browser step: the code exchange failed (nothing listens at the token endpoint).
    assert "did not finish within" not in str(err.value), (str(err.value), took)
    assert str(err.value) == "Google could not be reached to finish the sign-in.", str(err.value)
    assert came_back["after"] < 1.5, came_back
