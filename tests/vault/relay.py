"""The vault's one address in front of its nodes (what a load balancer is): a real HTTP relay
on 127.0.0.1, shared by the failure drill and the clock-skew test."""

from __future__ import annotations

import http.client
import http.server
import socket
import threading
from collections.abc import Callable

from .conftest import VaultProcess


class HttpRelay:
    """Forwards each request to the node ``pick()`` names (None: the address answers
    nothing, its connection is closed). ``answered(path, node)``, called once the node has
    answered, may return False: the answer is then dropped and the client's connection
    closed unanswered."""

    def __init__(self, pick: Callable[[], VaultProcess | None],
                 answered: Callable[[str, VaultProcess], bool] | None = None) -> None:
        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def _cut(self) -> None:
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)

            def _forward(self) -> None:
                size = min(int(self.headers.get("Content-Length") or 0), 1 << 16)
                body = self.rfile.read(size) if size else None
                node = pick()
                if node is None:
                    return self._cut()
                c = http.client.HTTPConnection("127.0.0.1", node.port, timeout=30)
                c.request(self.command, self.path, body,
                          {"Content-Type": "application/json"} if body else {})  # fmt: skip
                r = c.getresponse()
                status, answer = r.status, r.read()
                c.close()
                if answered is not None and not answered(self.path, node):
                    return self._cut()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            do_GET = do_POST = _forward

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
