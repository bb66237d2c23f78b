"""A hostile HTTP server on 127.0.0.1 that never finishes an answer (``Trickler``).

Modes: ``trickle`` (a 200 and its headers, then one body byte every ``every`` seconds of a
body that never ends), ``headers`` (the status line, then one header byte at a time), ``hang``
(reads the request, never answers), ``tls`` (reads a TLS ClientHello, then sends the header
of a 16 KiB handshake record and one byte of it at a time). Each connection ends when the client goes away or after
``hold`` seconds.
"""

from __future__ import annotations

import select
import socket
import threading
import time

from backupgui.errors import CancelledError


def in_thread(fn) -> tuple[threading.Thread, dict]:
    """Run ``fn`` on a daemon thread; its result or error lands in the returned dict (a test
    that presses Stop meanwhile joins the thread with a bound)."""
    out: dict = {}

    def run() -> None:
        try:
            out["result"] = fn()
        except BaseException as exc:  # noqa: BLE001 - inspected by the test
            out["error"] = exc

    t = threading.Thread(target=run, daemon=True)
    t.start()
    return t, out


def stop_returns_at_once(stop, t: threading.Thread, out: dict, within: float,
                         what: str = "the server") -> None:
    """Press Stop (``stop()``) on the job running in ``t`` (from ``in_thread``): it must end
    within ``within`` seconds, with ``CancelledError``."""
    t0 = time.monotonic()
    stop()
    t.join(within)
    assert not t.is_alive(), f"Stop waited for {what}"
    assert time.monotonic() - t0 < within
    assert isinstance(out.get("error"), CancelledError), out


class Trickler:
    def __init__(self, mode: str, every: float = 0.1, hold: float = 15.0) -> None:
        assert mode in ("trickle", "headers", "hang", "tls")
        self.mode, self.every, self.hold = mode, every, hold
        self.started = threading.Event()  # a request was read and is being held
        self.connections = 0
        self.request_lines: list[bytes] = []  # the first line of each request read
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._stop = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        self._stop.set()
        self._sock.close()

    def __enter__(self) -> Trickler:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        try:
            conn.settimeout(5)
            got = b""
            while b"\r\n\r\n" not in got and not (self.mode == "tls" and got):  # the request's headers (its body is not needed)
                piece = conn.recv(65536)
                if not piece:
                    return
                got += piece
            self.request_lines.append(got.split(b"\r\n", 1)[0])
            self.started.set()
            drip = {"trickle": b" ", "headers": b"X", "hang": b"", "tls": b"\x00"}[self.mode]
            if self.mode == "trickle":
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                             b"Content-Length: 100000\r\n\r\n")
            elif self.mode == "tls":  # a ServerHello that never completes
                conn.sendall(b"\x16\x03\x03\x40\x00")
            elif self.mode == "headers":
                conn.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
            end = time.monotonic() + self.hold
            while time.monotonic() < end and not self._stop.is_set():
                readable, _, _ = select.select([conn], [], [], self.every)
                if readable and not conn.recv(65536):
                    return  # the client closed or shut down its end
                if drip:
                    conn.sendall(drip)
        except OSError:
            return
        finally:
            conn.close()


class NoAnswer:
    """A port on 127.0.0.1 where a TCP connect never completes: a listening socket that
    accepts nothing, its accept queue filled (``listen(0)`` plus one connection), so the
    kernel drops every further SYN and the client waits in its connect. No root needed."""

    def __init__(self, port: int = 0) -> None:
        self._sock = socket.create_server(("127.0.0.1", port), backlog=0)
        self.port = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._fill: list[socket.socket] = []
        for _ in range(16):
            c = socket.socket()
            c.settimeout(0.3)
            try:
                c.connect(("127.0.0.1", self.port))
            except OSError:  # the queue is full: this SYN was dropped
                c.close()
                return
            self._fill.append(c)
        raise AssertionError("the accept queue never filled")

    def connecting(self) -> int:
        """Connects to the port now waiting for an answer (Linux: SYN_SENT in /proc/net/tcp)."""
        with open("/proc/net/tcp", encoding="ascii") as f:
            rows = [line.split() for line in f.readlines()[1:]]
        return sum(1 for r in rows if r[2] == f"0100007F:{self.port:04X}" and r[3] == "02")

    def close(self) -> None:
        for c in self._fill:
            c.close()
        self._sock.close()

    def __enter__(self) -> NoAnswer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
