"""A client that trickles its request, sends nothing or takes no answer holds a Drive
emulator thread only until the request's time limit: its request line and headers, its
body, its answer, the wait for the next request on a kept-alive connection
(``_Handler.KEEPALIVE_MAX``, ``HEADERS_MAX``, ``BODY_BASE`` + length / ``BODY_MIN_RATE``). Before them a connection was held for as long
as the client liked, one thread each.

Real parts: the emulator on 127.0.0.1 and a raw TCP client that sends one byte every 50 ms,
far inside any per-byte timeout; the limits are shrunk through the handler's class attributes.
"""

from __future__ import annotations

import http.client
import json
import select
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from backupgui.services.drive_emulator import DriveEmulator
from backupgui.services.drive_emulator import server as emulator_server
from tests.drive.conftest import TOKEN

LIMIT = 0.5  # seconds (each limit, shrunk)
HOLD = 10.0  # how long the client would go on trickling


@pytest.fixture(name="emu")
def _emu(tmp_path: Path, monkeypatch) -> Iterator[DriveEmulator]:
    monkeypatch.setattr(emulator_server._Handler, "KEEPALIVE_MAX", LIMIT)
    monkeypatch.setattr(emulator_server._Handler, "HEADERS_MAX", LIMIT)
    monkeypatch.setattr(emulator_server._Handler, "BODY_BASE", LIMIT)
    monkeypatch.setattr(emulator_server._Handler, "BODY_MIN_RATE", float(1 << 30))
    emu = DriveEmulator(tmp_path / "drive-data")
    emu.add_static_token(TOKEN)
    emu.start()
    try:
        yield emu
    finally:
        emu.stop()


def _held_for(port: int, head: bytes, drip: bytes = b"a", every: float = 0.05) -> float:
    """Send ``head``, then ``drip`` every ``every`` seconds (nothing if empty) until the
    server closes the connection; the seconds it kept it open (at most ``HOLD``)."""
    with socket.create_connection(("127.0.0.1", port)) as s:
        t0 = time.monotonic()
        if head:
            s.sendall(head)
        while time.monotonic() - t0 < HOLD:
            readable, _, _ = select.select([s], [], [], every)
            try:
                if readable and not s.recv(65536):
                    return time.monotonic() - t0  # the server closed it
                if drip:
                    s.sendall(drip)
            except OSError:  # (reset, broken pipe: closed too)
                return time.monotonic() - t0
        return HOLD


def _timed_out(emu: DriveEmulator, category: str) -> dict:
    """The request log's entry of the request cut at its deadline (the handler marks it
    once it has seen the end of its stream, a moment after the client saw it)."""
    end = time.monotonic() + 5
    while time.monotonic() < end:
        cut = [e for e in emu.requests if e.get("category") == category and e.get("timed_out")]
        if cut:
            return cut[-1]
        time.sleep(0.02)
    raise AssertionError(f"no {category} request was cut: {emu.requests}")


def _served(emu: DriveEmulator) -> None:
    """The emulator still answers a well-behaved client."""
    conn = http.client.HTTPConnection("127.0.0.1", emu.port, timeout=5)
    conn.request("GET", "/drive/v3/about?fields=user", headers={"Authorization": f"Bearer {TOKEN}"})
    resp = conn.getresponse()
    assert resp.status == 200 and b"emailAddress" in resp.read()
    conn.close()


def test_trickled_headers_are_cut_at_their_deadline(emu):
    head = f"GET /drive/v3/about HTTP/1.1\r\nHost: 127.0.0.1:{emu.port}\r\nX-Slow: ".encode()
    took = _held_for(emu.port, head)
    assert took < LIMIT + 1.5, took  # (it would trickle for HOLD seconds)
    _served(emu)


def test_a_trickled_request_line_is_cut_too(emu):
    took = _held_for(emu.port, b"G")
    assert took < LIMIT + 1.5, took
    _served(emu)


def test_a_connection_that_sends_nothing_is_closed(emu):
    took = _held_for(emu.port, b"", drip=b"")
    assert LIMIT * 0.8 < took < LIMIT + 1.5, took


def test_a_kept_alive_connection_is_closed_when_idle_and_serves_until_then(emu):
    conn = http.client.HTTPConnection("127.0.0.1", emu.port, timeout=5)
    for _ in range(3):  # requests in a row within the limit: one connection serves them all
        conn.request("GET", "/drive/v3/about?fields=user",
                     headers={"Authorization": f"Bearer {TOKEN}"})
        assert conn.getresponse().read()
        time.sleep(LIMIT / 5)
    sock = conn.sock
    readable, _, _ = select.select([sock], [], [], LIMIT + 1.5)
    assert readable and sock.recv(1) == b""  # closed by the emulator after the idle limit
    conn.close()


def test_a_trickled_body_is_cut_at_its_deadline(emu):
    body_head = (f"POST /token HTTP/1.1\r\nHost: 127.0.0.1:{emu.port}\r\n"
                 "Content-Type: application/x-www-form-urlencoded\r\n"
                 "Content-Length: 100000\r\n\r\ngrant_type=").encode()
    took = _held_for(emu.port, body_head)
    assert took < LIMIT + 1.5, took
    assert _timed_out(emu, "oauth")["bytes_received"] < 100000
    _served(emu)


def test_a_trickled_upload_chunk_is_cut_at_its_deadline(emu):
    """The chunk's body goes to its file by ``splice`` on a blocking socket (no socket
    timeout there): the deadline shuts the socket down, which ends the splice."""
    conn = http.client.HTTPConnection("127.0.0.1", emu.port, timeout=5)
    conn.request("POST", "/upload/drive/v3/files?uploadType=resumable",
                 body=json.dumps({"name": "x", "parents": ["appDataFolder"]}),
                 headers={"Authorization": f"Bearer {TOKEN}",
                          "Content-Type": "application/json; charset=UTF-8",
                          "X-Upload-Content-Length": str(1 << 20)})
    resp = conn.getresponse()
    resp.read()
    assert resp.status == 200
    location = resp.getheader("Location")
    conn.close()
    path = location.split(str(emu.port), 1)[1]
    head = (f"PUT {path} HTTP/1.1\r\nHost: 127.0.0.1:{emu.port}\r\n"
            f"Authorization: Bearer {TOKEN}\r\nContent-Length: {1 << 20}\r\nContent-Range: bytes 0-{(1 << 20) - 1}/{1 << 20}\r\n"
            "\r\n").encode() + bytes(300 << 10)  # a whole 256 KiB unit arrives, then a trickle
    took = _held_for(emu.port, head)
    assert took < LIMIT + 1.5, took
    chunk = _timed_out(emu, "upload-chunk")
    assert 300 << 10 <= chunk["bytes_received"] < 1 << 20
    _served(emu)
    # The session keeps whole units of what arrived, as after a dropped connection.
    conn = http.client.HTTPConnection("127.0.0.1", emu.port, timeout=5)
    conn.request("PUT", path, headers={"Content-Range": f"bytes */{1 << 20}", "Content-Length": "0",
                                       "Authorization": f"Bearer {TOKEN}"})
    resp = conn.getresponse()
    resp.read()
    assert resp.status == 308 and resp.getheader("Range") == f"bytes=0-{(256 << 10) - 1}"
    conn.close()


def test_a_client_that_does_not_take_its_answer_is_cut_at_the_deadline(emu, monkeypatch):
    """A download the client never reads: the emulator's writes block once the socket
    buffers are full (tens of MiB here are far more than they hold), until the deadline."""
    size = 48 << 20
    # The set-up upload gets the real limits (48 MiB within the shrunk 0.5 s failed on a
    # loaded machine before the test began); the download below gets the shrunk ones.
    monkeypatch.setattr(emulator_server._Handler, "BODY_BASE", 60.0)
    conn = http.client.HTTPConnection("127.0.0.1", emu.port, timeout=10)
    conn.request("POST", "/upload/drive/v3/files?uploadType=media", body=bytes(size),
                 headers={"Authorization": f"Bearer {TOKEN}",
                          "Content-Type": "application/octet-stream"})
    resp = conn.getresponse()
    file_id = json.loads(resp.read())["id"]
    conn.close()
    monkeypatch.setattr(emulator_server._Handler, "BODY_BASE", LIMIT)
    with socket.create_connection(("127.0.0.1", emu.port)) as s:
        s.sendall(f"GET /drive/v3/files/{file_id}?alt=media HTTP/1.1\r\n"
                  f"Host: 127.0.0.1:{emu.port}\r\nAuthorization: Bearer {TOKEN}\r\n\r\n".encode())
        t0 = time.monotonic()
        cut = _timed_out(emu, "media")  # (nothing read meanwhile)
        took = time.monotonic() - t0
    assert took < LIMIT + 1.5, took
    assert cut["status"] == 200
    _served(emu)
