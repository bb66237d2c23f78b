"""The single-instance channel's bounds (s20, the tenth hostile pass).

Only this user's processes reach the socket (a private folder, the peer's uid: finding 9),
but any of them could, and the running app kept every connection for as long as its peer
held it: a process that opened connections and never sent (or never stopped sending) held
a descriptor of the app's each, for ever, until the app could open no file (its library,
its backups); and one connection's stream of ``activate`` lines brought the window forward
again and again. Now a connection gives at most one message of ``len(activate\\n)`` bytes,
is closed after it or after ``CONNECTION_MS``, and at most ``MAX_CONNECTIONS`` are open at
once (the next ones closed at once). Real sockets, the real ``SingleInstance`` under
pytest-qt.
"""

from __future__ import annotations

import socket
import sys
import time

import pytest

from .test_single_instance import instances, runtime  # noqa: F401 - fixtures

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Unix-domain sockets")


def _connect(qtbot, path: str) -> socket.socket:
    """A connection to the app's socket, the event loop running while the listen queue is
    full (a blocking connect would wait for an app that cannot accept meanwhile)."""
    for _ in range(500):
        c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        c.setblocking(False)
        try:
            c.connect(path)
        except BlockingIOError:  # (EAGAIN: the queue is full)
            c.close()
            qtbot.wait(10)
            continue
        c.setblocking(True)
        return c
    raise AssertionError("the app accepted no connection")


def _closed_by_the_app(c: socket.socket) -> bool:
    """True once the app closed its end (EOF or a reset), without waiting."""
    c.setblocking(False)
    try:
        return c.recv(1) == b""
    except BlockingIOError:
        return False
    except OSError:
        return True


def test_connections_that_never_send_are_closed(qtbot, runtime, instances, monkeypatch):  # noqa: F811
    from backupgui.ui import single_instance as si

    monkeypatch.setattr(si, "CONNECTION_MS", 500, raising=False)  # (raising: the code before)
    first = instances()
    assert first.listen()
    idle = []
    for _ in range(100):
        idle.append(_connect(qtbot, si.server_name()))
    try:
        qtbot.waitUntil(lambda: all(_closed_by_the_app(c) for c in idle), timeout=5000)
        with qtbot.waitSignal(first.activated, timeout=5000):  # a real launch still works
            assert si.notify_running_instance() is True
    finally:
        for c in idle:
            c.close()


def test_at_most_so_many_connections_are_held_at_once(qtbot, runtime, instances):  # noqa: F811
    from backupgui.ui import single_instance as si

    first = instances()
    assert first.listen()
    held = []
    try:
        limit = getattr(si, "MAX_CONNECTIONS", 16)  # (getattr: the code before had none)
        for _ in range(limit + 50):
            held.append(_connect(qtbot, si.server_name()))
        qtbot.wait(300)
        open_now = [c for c in held if not _closed_by_the_app(c)]
        assert len(open_now) <= limit, len(open_now)
    finally:
        for c in held:
            c.close()


def test_a_stream_of_bytes_is_cut_off_and_activates_once(qtbot, runtime, instances):  # noqa: F811
    from backupgui.ui import single_instance as si

    first = instances()
    assert first.listen()
    fired: list[bool] = []
    first.activated.connect(lambda: fired.append(True))
    c = _connect(qtbot, si.server_name())
    c.setblocking(False)
    chunk = b"activate\n" * 7000  # ~64 KB a write
    sent, cut, t0 = 0, False, time.monotonic()
    try:
        while time.monotonic() - t0 < 10 and sent < 256 << 20:
            try:
                sent += c.send(chunk)
            except BlockingIOError:
                qtbot.wait(5)  # (the app reads meanwhile)
            except OSError:  # EPIPE / ECONNRESET: the app closed the connection
                cut = True
                break
        qtbot.wait(200)
    finally:
        c.close()
    assert cut, f"the app took {sent} bytes on one connection and kept it open"
    assert sent < 16 << 20, sent  # (the kernel's buffers, not the app's memory)
    assert fired == [True], len(fired)
