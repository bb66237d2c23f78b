"""The vault service's fetches of the ID-token issuer (its discovery document, its keys) and
the sign-out's revocation follow no redirect (docs/SECURITY.md 2.18).

OpenID Connect Discovery names the document's place (the issuer + ``/.well-known/
openid-configuration``) and the keys' (its ``jwks_uri``); RFC 7009's revocation is one POST
to Google's endpoint. None has a use for a redirect, and a followed one is an answer from
another URL (another host) taken as the issuer's or as the revocation's. A real HTTP server
on 127.0.0.1 answers each with every kind of 3xx; the target it names must never be asked.
"""

from __future__ import annotations

import http.server
import json
import threading

import pytest

from backupgui.destinations import google_auth
from backupgui.vault import account

REDIRECTS = (301, 302, 303, 307, 308)
JWKS = {"keys": []}


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, code: int) -> None:
        self.code = code
        self.asked: list[str] = []
        super().__init__(("127.0.0.1", 0), _Handler)
        self.url = f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, *_args) -> None:  # (quiet)
        pass

    def _answer(self) -> None:
        self.server.asked.append(f"{self.command} {self.path}")
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        if self.path.startswith("/elsewhere"):
            body = json.dumps(self.server.elsewhere).encode()  # type: ignore[attr-defined]
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        self.send_response(self.server.code)
        self.send_header("Location", self.server.url + "/elsewhere" + self.path)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_POST = _answer


@pytest.fixture
def server(request):
    srv = _Server(request.param)
    srv.elsewhere = {}  # type: ignore[attr-defined]
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def _elsewhere(srv: _Server) -> list[str]:
    return [a for a in srv.asked if " /elsewhere" in a]


@pytest.mark.parametrize("server", REDIRECTS, indirect=True)
def test_the_issuer_keys_fetch_follows_no_redirect(server):
    server.elsewhere = JWKS
    with pytest.raises(ValueError, match=f"HTTP {server.code}"):
        account._fetch_json(server.url + "/certs", timeout=5.0)
    assert _elsewhere(server) == [] and server.asked == ["GET /certs"]
    keys = account.JwksCache(server.url + "/certs", min_refresh=0.0)
    assert keys.key("any") is None  # (no keys: "could not fetch", logged)
    assert _elsewhere(server) == []


@pytest.mark.parametrize("server", REDIRECTS, indirect=True)
def test_the_issuer_discovery_follows_no_redirect(server):
    issuer = server.url
    server.elsewhere = {"issuer": issuer, "jwks_uri": issuer + "/elsewhere/keys"}
    with pytest.raises(ValueError, match=f"HTTP {server.code}"):
        account.discover_certs_url(issuer, timeout=5.0)
    assert server.asked == ["GET /.well-known/openid-configuration"]


@pytest.mark.parametrize("server", REDIRECTS, indirect=True)
def test_the_sign_out_revocation_follows_no_redirect(server, tmp_path, monkeypatch):
    for var in (google_auth.ENV_CLIENT_ID, google_auth.ENV_CLIENT_SECRET,
                google_auth.ENV_CLIENT_FILE):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(google_auth, "_embedded_client_text", lambda: None)
    # (no keyring in this test: the refresh token is the one handed in)
    monkeypatch.setattr(google_auth, "keyring_status", lambda: (False, "not in this test"))
    path = tmp_path / "client.json"
    path.write_text(json.dumps({"installed": {
        "client_id": "cid.apps.googleusercontent.com", "client_secret": "s",
        "auth_uri": "http://127.0.0.1:9/auth", "token_uri": "http://127.0.0.1:9/token",
        "revoke_uri": server.url + "/revoke", "redirect_uris": ["http://127.0.0.1"]}}))

    class Creds:
        refresh_token = "1//refresh-token"

    assert google_auth.sign_out(credentials=Creds(), client_secret=str(path)) is False
    assert server.asked == ["POST /revoke"]


def test_a_direct_answer_is_still_taken():
    srv = _Server(200)
    srv.elsewhere = JWKS  # type: ignore[attr-defined]
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        doc, _ = account._fetch_json(srv.url + "/elsewhere/certs", timeout=5.0)
        assert doc == JWKS
    finally:
        srv.shutdown()
        srv.server_close()
