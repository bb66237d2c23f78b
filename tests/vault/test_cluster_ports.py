"""The ports the test servers get (tests/ports.py's free_port, which cluster.py and the SOCKS
proxy tests use): outside the ephemeral range, free, and held for the server's life, so that
servers started at once in several processes never get the same port (before: bind(0)'s port
was given back and another process could take it before the server bound it, "could not
bind ... Address already in use")."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

from .. import ports
from . import cluster

ROOT = Path(__file__).resolve().parents[2]

_HOLDER = """
import sys
sys.path.insert(0, sys.argv[1])
from tests import ports
print(" ".join(map(str, ports.free_ports(int(sys.argv[2])))), flush=True)
sys.stdin.readline()  # held until the test has compared
"""


def _ephemeral() -> tuple[int, int]:
    try:
        lo, hi = Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()
        return int(lo), int(hi)
    except (OSError, ValueError):
        return 32768, 60999


def test_processes_reserving_at_once_get_distinct_ports_outside_the_ephemeral_range():
    procs = [subprocess.Popen([sys.executable, "-c", _HOLDER, str(ROOT), "40"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
             for _ in range(4)]
    try:
        got = [[int(p) for p in proc.stdout.readline().split()] for proc in procs]  # type: ignore[union-attr]
    finally:
        for proc in procs:
            proc.communicate("\n", timeout=30)
    every = [p for ports in got for p in ports]
    assert [len(ports) for ports in got] == [40] * 4
    assert len(set(every)) == len(every) == 160
    lo, hi = ports.PORT_RANGE
    elo, ehi = _ephemeral()
    assert all(lo <= p < hi and not elo <= p <= ehi for p in every)


def test_a_port_in_use_or_held_by_another_process_is_not_handed_out(monkeypatch):
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(ROOT), "1"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    listener = socket.socket()
    try:
        held = int(holder.stdout.readline())  # type: ignore[union-attr]
        mine = ports.free_port()
        ports.release_ports([mine])
        listener.bind(("127.0.0.1", mine))
        listener.listen()
        tries: list[int] = []
        real = ports.random.SystemRandom.randrange

        def first_the_taken_ones(self, lo, hi):
            tries.append(len(tries))
            return [held, mine][len(tries) - 1] if len(tries) <= 2 else real(self, lo, hi)

        monkeypatch.setattr(ports.random.SystemRandom, "randrange", first_the_taken_ones)
        port = ports.free_port()
        assert port not in (held, mine) and len(tries) >= 3
        ports.release_ports([port])
    finally:
        listener.close()
        holder.communicate("\n", timeout=30)


def test_a_released_port_can_be_reserved_again(monkeypatch):
    port = ports.free_port()
    assert not ports._reserve(port, ports._lock_folder())  # (held: not twice)
    ports.release_ports([port])
    assert ports._reserve(port, ports._lock_folder())
    ports.release_ports([port])


def test_a_real_server_starts_on_its_reserved_port_and_gives_it_back():
    why = cluster.missing_tools()
    if why:
        pytest.skip(why)
    server = cluster.PgServer().init().start()
    try:
        assert server.port in ports._held
        assert not ports._bindable(server.port)
    finally:
        server.close()
    assert server.port not in ports._held
