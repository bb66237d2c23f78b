"""A name server that answers late or never holds no request past its deadline, and Stop
ends a request waiting for a name lookup at once (``netguard.resolve``).

The resolver is the real one (glibc's ``getaddrinfo`` over UDP), asking a real name server
on 127.0.0.1:53 that answers when the test says (``slow_dns.SlowNameServer``). That needs a
network and a ``resolv.conf`` of the child's own: it runs in user, network and mount
namespaces (``unshare``), and the test is skipped where the system allows none. Before
``resolve`` the lookup ran on the request's own thread: a Drive listing, a backup or a key
vault request waited for the resolver's 30 s, the deadline did not end it, and Stop neither.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .slow_dns import RESOLV_CONF

ROOT = Path(__file__).resolve().parents[2]
DEADLINE = 0.6  # as in slow_dns._drive's "deadline" scenario
STOP_WITHIN = 1.5


def _namespaces_allowed() -> str | None:
    if not sys.platform.startswith("linux") or not shutil.which("unshare"):
        return "needs Linux and unshare"
    probe = subprocess.run(["unshare", "-r", "-n", "-m", "true"], capture_output=True, timeout=30)
    return None if probe.returncode == 0 else "user namespaces are not allowed here"


_SKIP = _namespaces_allowed()
pytestmark = pytest.mark.skipif(_SKIP is not None, reason=_SKIP or "")


def _child(scenario: str, tmp_path: Path) -> dict:
    conf = tmp_path / "resolv.conf"
    conf.write_text(RESOLV_CONF)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        ["unshare", "-r", "-n", "-m", "sh", "-c",
         'mount --bind "$0" /etc/resolv.conf && exec "$1" -m tests.security.slow_dns "$2"',
         str(conf), sys.executable, scenario],
        capture_output=True, text=True, timeout=120, cwd=ROOT, env=env)
    assert proc.returncode == 0, proc.stderr[-4000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_a_lookup_answered_in_time_is_used(tmp_path):
    out = _child("in-time", tmp_path)
    assert out["listed"] == []  # the name was resolved through the worker, and the emulator answered
    assert out["queries"] >= 1


def test_a_lookup_that_never_ends_ends_at_the_deadline(tmp_path):
    out = _child("deadline", tmp_path)
    # Three attempts, each ended at its 0.6 s deadline (the resolver itself would wait 30 s).
    assert out["error"].startswith("DestinationError: Google Drive answered too slowly"), out
    assert "gave up after 3 attempts" in out["error"]
    assert out["took"] < 3 * DEADLINE + 3.0, out


def test_stop_during_a_lookup_returns_at_once(tmp_path):
    out = _child("stop", tmp_path)
    assert out["asked"], "the backup never asked the name server"
    assert out["cancelled"], out
    assert out["stop_took"] < STOP_WITHIN, out


def test_the_vault_and_sign_in_client_ends_a_lookup_at_its_deadline_and_on_stop(tmp_path):
    out = _child("urlopen", tmp_path)
    assert out["error"] == "DeadlineExceeded"
    assert out["took"] < 0.5 + 1.0, out
    assert out["stopped"] == "CancelledError"
    assert out["stop_took"] < STOP_WITHIN, out


def test_lookups_left_behind_are_bounded(tmp_path):
    out = _child("bounded", tmp_path)
    # 24 requests ended while their lookups ran on: never more than MAX_LOOKUPS threads,
    # the later requests waited for a free one within their own deadline.
    assert 0 < out["most_threads"] <= out["max_lookups"], out
    assert out["errors"] == ["DestinationError"]
    assert out["threads_after"] == 0  # the resolver answered: each lookup thread ended
    assert out["listed_after"] == []
