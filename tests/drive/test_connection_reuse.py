"""A connection on which a request failed is never used again (``SingleAttemptHttp``).

httplib2 keeps one connection per host and re-raises some failures without closing it: a
body cut short (``IncompleteRead``), a request whose upload the server reset. The next request
then went out on that connection and failed too (``RequestDropped``: with one attempt left, a
spurious error; the cause of a rare failure of
``test_resume.py::test_restart_after_failed_commit_resumes`` under load). A real server on
127.0.0.1 does each of these once, then answers the next request correctly: that request must
succeed, on a new connection. (A body that stalls past the timeout was already dropped by
httplib2, which closes a connection on a timeout; kept here so that it stays so: a request on
it would read the rest of the stalled answer as its own.)"""

from __future__ import annotations

import http.client
import socket
import struct
import threading
import time
from collections.abc import Iterator

import pytest

from backupgui.destinations.gdrive_http import SingleAttemptHttp

BODY = b"x" * 100_000


class _Server:
    """Serves HTTP/1.1 keep-alive connections; each request takes the next action of
    ``script`` ("ok" once the script is used up) and is recorded with its connection."""

    def __init__(self, script: list[str]) -> None:
        self.script = list(script)
        self.seen: list[tuple[int, str, str]] = []  # (connection number, path, action)
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        self._lock = threading.Lock()
        self._conns = 0
        self._stop = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        self._stop.set()
        self._sock.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            with self._lock:
                self._conns += 1
                n = self._conns
            threading.Thread(target=self._serve, args=(conn, n), daemon=True).start()

    def _serve(self, conn: socket.socket, n: int) -> None:
        f = conn.makefile("rb")
        try:
            while True:
                line = f.readline()
                if not line:
                    return
                path = line.split()[1].decode()
                length = 0
                while (h := f.readline()) not in (b"\r\n", b"\n", b""):
                    name, _, value = h.decode().partition(":")
                    if name.strip().lower() == "content-length":
                        length = int(value)
                with self._lock:
                    action = self.script.pop(0) if self.script else "ok"
                    self.seen.append((n, path, action))
                if action == "reset-upload":  # read a little of the body, then RST
                    f.read(min(length, 1000))
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    return
                f.read(length)
                head = f"HTTP/1.1 200 OK\r\nContent-Length: {len(BODY)}\r\n\r\n".encode()
                if action == "cut":  # half the body, then the connection closes
                    conn.sendall(head + BODY[:len(BODY) // 2])
                    return
                if action == "stall":  # half the body, a pause past the client's timeout,
                    conn.sendall(head + BODY[:len(BODY) // 2])  # then the rest: a later
                    time.sleep(1.0)  # request on this connection would read it
                    conn.sendall(BODY[len(BODY) // 2:])
                    continue
                conn.sendall(head + BODY)
        except OSError:
            return
        finally:
            f.close()
            conn.close()


@pytest.fixture
def server() -> Iterator[_Server]:
    s = _Server([])
    yield s
    s.close()


@pytest.mark.parametrize("action, body", [("cut", None), ("stall", None),
                                          ("reset-upload", b"u" * (8 << 20))])
def test_the_request_after_a_failed_one_gets_a_fresh_connection(server, action, body):
    http = SingleAttemptHttp(timeout=0.5)
    url = f"http://127.0.0.1:{server.port}/"
    resp, content = http.request(url + "warm-up")  # a kept-alive connection to reuse
    assert resp.status == 200 and content == BODY
    server.script = [action]
    with pytest.raises((OSError, *http_errors())):
        http.request(url + "fails", method="PUT" if body else "GET", body=body)
    resp, content = http.request(url + "next")
    assert resp.status == 200 and content == BODY
    (warm, *_), (failed, *_), (nxt, *_) = server.seen
    assert warm == failed != nxt  # the failed connection was dropped, not reused


def http_errors() -> tuple[type[BaseException], ...]:
    import httplib2

    return (http.client.HTTPException, httplib2.HttpLib2Error, ConnectionError)
