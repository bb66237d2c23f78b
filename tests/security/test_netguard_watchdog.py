"""The deadline watchdog (``netguard._Watchdog``) under a stream of short requests, as the
Drive emulator makes: the heap stays small, and a request with a short deadline that comes
after long ones is still ended on time (real sockets, the process's own watchdog)."""

from __future__ import annotations

import socket
import time

import pytest

from backupgui.destinations import netguard


def test_a_stream_of_finished_requests_leaves_the_heap_small():
    a, b = socket.socketpair()
    with a, b:
        for _ in range(5000):
            with netguard.guarded(30.0) as guard:
                guard.attach(a)
        wd = netguard._watchdog
        # (without the rebuild: 5000 entries, each holding its Guard, for 30 s)
        assert len(wd._heap) <= 2 * wd.COMPACT_MIN + 8, len(wd._heap)


def test_a_short_deadline_after_long_ones_still_ends_its_request_on_time():
    a, b = socket.socketpair()
    with a, b:
        for _ in range(200):  # many long deadlines (finished), the watchdog asleep till late
            with netguard.guarded(600.0) as guard:
                guard.attach(a)
        t0 = time.monotonic()
        with netguard.guarded(0.3) as guard:
            guard.attach(a)
            assert a.recv(1) == b""  # blocked until the deadline shuts the socket down
        assert 0.25 < time.monotonic() - t0 < 1.5
        with pytest.raises(netguard.DeadlineExceeded):
            guard.check()
