"""A key vault node that answers with a redirect (s20, the tenth hostile pass).

The vault's API never redirects. Before, the client followed whatever ``Location`` a node
named (urllib's default): a ``POST /v1/login/finish`` answered ``302`` became a ``GET`` of
another URL, whose answer the client then took as the answer to the POST (an answer to
another request); a redirect to another host sent the request there with that host's name
(the connection itself stays on the node's address, or goes through the proxy to the named
host where one applies). Now any 3xx is the node refusing the request, and nothing else is
asked. Real servers on 127.0.0.1.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from http.server import ThreadingHTTPServer

import pytest

from backupgui.errors import VaultError
from backupgui.vault.client import _request
from tests.httpserve import QuietHandler, serving


class _Recorder(QuietHandler):
    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        srv = self.server
        srv.seen.append((self.command, self.path, self.headers.get("Host")))  # type: ignore[attr-defined]
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.path.startswith("/v1/"):
            self.send_response(srv.status)  # type: ignore[attr-defined]
            self.send_header("Location", srv.location)  # type: ignore[attr-defined]
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = json.dumps({"server_public_key": "of another request", "envelope": "x"}).encode()
        self.answer(200, body)

    do_POST = do_GET


@pytest.fixture
def servers() -> Iterator[tuple[ThreadingHTTPServer, ThreadingHTTPServer]]:
    with serving(_Recorder, seen=[]) as vault, serving(_Recorder, seen=[]) as elsewhere:
        yield vault, elsewhere


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("where", ["same node", "another host"])
@pytest.mark.parametrize("path", ["/v1/info", "/v1/login/finish"])
def test_a_redirect_is_a_refusal_and_is_not_followed(servers, status, where, path):
    vault, elsewhere = servers
    port = (vault if where == "same node" else elsewhere).server_address[1]
    vault.status, vault.location = status, f"http://127.0.0.1:{port}/elsewhere"  # type: ignore[attr-defined]
    payload = None if path == "/v1/info" else {"user_id": "A" * 24}
    node = f"127.0.0.1:{vault.server_address[1]}"
    with pytest.raises(VaultError) as err:
        _request(f"http://{node}", path, payload)
    assert str(err.value) == f"The key vault at {node} refused the request (HTTP {status})."
    assert [p for _m, p, _h in vault.seen] == [path]  # asked once, and nothing else
    assert elsewhere.seen == []
