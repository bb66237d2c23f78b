"""A key vault, an ID-token issuer, a Google token endpoint or a local process on the sign-in's
loopback page that trickles or never answers: each request ends at its deadline with a clear
error, and Stop / Cancel ends it at once (``netguard``). Real servers on 127.0.0.1
(``Trickler``); deadlines shrunk through the module constants.

Before: the vault client and the issuer fetch waited for each byte up to their socket
timeouts (30 s, 10 s) for ever, the code exchange of the sign-in had no timeout at all, and a
local process trickling a request to the loopback page held the sign-in's wait (its Cancel
and its time limit) for as long as it trickled."""

from __future__ import annotations

import base64
import json
import socket
import threading
import time
import urllib.parse

import pytest

from backupgui.destinations import google_auth, netguard
from backupgui.errors import VaultError
from backupgui.jobs import CancelToken
from backupgui.vault import account, client
from backupgui.vault.client import VaultBinding, vault_fetch_key

from .trickle import NoAnswer, Trickler, in_thread, stop_returns_at_once

DEADLINE = 0.6
STOP_WITHIN = 1.5
MODES = ["trickle", "headers", "hang"]


def _binding(url: str) -> VaultBinding:
    key = base64.urlsafe_b64encode(bytes(32)).rstrip(b"=").decode()
    return VaultBinding.from_dict({"url": url, "user_id": "A" * 24, "access_token": "t" * 43,
                                   "server_public_key": key})


@pytest.mark.parametrize("mode", MODES)
def test_a_vault_that_trickles_ends_at_the_deadline_with_a_clear_error(monkeypatch, mode):
    monkeypatch.setattr(client, "DEADLINE", DEADLINE)
    with Trickler(mode) as srv:
        t0 = time.monotonic()
        with pytest.raises(VaultError) as ei:
            vault_fetch_key(_binding(srv.url), "a password")
        took = time.monotonic() - t0
    assert str(ei.value) == f"The key vault at 127.0.0.1:{srv.port} answered too slowly."
    assert DEADLINE - 0.05 < took < DEADLINE + 2.0, took


@pytest.mark.parametrize("mode", MODES)
def test_stop_ends_a_trickling_vault_request_at_once(mode):
    token = CancelToken()

    def job() -> bytes:
        with netguard.job_scope(token.on_cancel):  # what the GUI's task runner does
            return vault_fetch_key(_binding(srv.url), "a password")

    with Trickler(mode) as srv:
        t, out = in_thread(job)
        assert srv.started.wait(10)
        time.sleep(0.3)
        stop_returns_at_once(token.cancel, t, out, STOP_WITHIN, what="the vault")


def test_stop_ends_a_vault_connect_that_is_never_answered_at_once():
    """A TCP connect whose SYN is never answered held Stop for the connect timeout (30 s):
    the socket was watched only once connected."""
    token = CancelToken()

    def job() -> bytes:
        with netguard.job_scope(token.on_cancel):
            return vault_fetch_key(_binding(hole.url), "a password")

    with NoAnswer() as hole:
        t, out = in_thread(job)
        _wait_until(lambda: hole.connecting() > 0)
        time.sleep(0.3)
        stop_returns_at_once(token.cancel, t, out, STOP_WITHIN, what="the connect")


def test_a_vault_connect_that_is_never_answered_ends_at_the_deadline(monkeypatch):
    monkeypatch.setattr(client, "DEADLINE", DEADLINE)  # the connect timeout stays 30 s
    with NoAnswer() as hole:
        t0 = time.monotonic()
        with pytest.raises(VaultError) as ei:
            vault_fetch_key(_binding(hole.url), "a password")
        took = time.monotonic() - t0
    assert str(ei.value) == f"The key vault at 127.0.0.1:{hole.port} answered too slowly."
    assert DEADLINE - 0.05 < took < DEADLINE + 2.0, took


def _wait_until(cond, seconds: float = 10.0) -> None:
    end = time.monotonic() + seconds
    while not cond():
        assert time.monotonic() < end, "the connect never started"
        time.sleep(0.02)


@pytest.mark.parametrize("mode", MODES)
def test_an_issuer_that_trickles_ends_at_the_deadline(monkeypatch, mode):
    """The vault service fetches the issuer's keys while a login waits for them."""
    monkeypatch.setattr(account, "FETCH_DEADLINE", DEADLINE)
    with Trickler(mode) as srv:
        t0 = time.monotonic()
        with pytest.raises(OSError):
            account._fetch_json(srv.url + "/certs", timeout=5.0)
        assert time.monotonic() - t0 < DEADLINE + 2.0
        cache = account.JwksCache(srv.url + "/certs", timeout=5.0)
        t0 = time.monotonic()
        assert cache.key("kid") is None  # no key: the ID token is refused, nothing hangs
        assert time.monotonic() - t0 < DEADLINE + 2.0


# ---- the sign-in -------------------------------------------------------------------------
@pytest.fixture
def client_file(tmp_path, monkeypatch):
    """An OAuth client whose token endpoint is ``srv`` (set by the test)."""
    for var in (google_auth.ENV_CLIENT_ID, google_auth.ENV_CLIENT_SECRET,
                google_auth.ENV_CLIENT_FILE):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(google_auth, "_embedded_client_text", lambda: None)

    def make(token_uri: str) -> str:
        path = tmp_path / "client.json"
        path.write_text(json.dumps({"installed": {
            "client_id": "cid.apps.googleusercontent.com", "client_secret": "s",
            "auth_uri": "http://127.0.0.1:9/o/oauth2/auth", "token_uri": token_uri,
            "redirect_uris": ["http://127.0.0.1"]}}))
        return str(path)

    return make


def _come_back(url: str) -> None:
    """The browser step: straight back to the loopback page with a code and the state."""
    q = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
    redirect, state = q["redirect_uri"][0], q["state"][0]

    def go() -> None:
        import urllib.request

        urllib.request.urlopen(f"{redirect}?state={state}&code=4/abc", timeout=10).read()

    threading.Thread(target=go, daemon=True).start()


@pytest.mark.parametrize("mode", MODES)
def test_a_trickling_token_endpoint_ends_the_sign_in_at_the_deadline(client_file, monkeypatch,
                                                                      mode):
    monkeypatch.setattr(netguard, "DEADLINE_BASE", DEADLINE)
    monkeypatch.setattr(netguard, "MIN_RATE", 1 << 30)  # (the answer's allowance: no time)
    with Trickler(mode) as srv:
        own = client_file(srv.url + "/token")
        t0 = time.monotonic()
        with pytest.raises(google_auth.SignInError) as ei:
            google_auth.sign_in(own, remember=False, on_url=_come_back, timeout_seconds=30)
        took = time.monotonic() - t0
    assert str(ei.value) == "Google did not answer the sign-in in time."
    assert took < DEADLINE + 3.0, took


def test_cancel_ends_a_trickling_code_exchange_at_once(client_file):
    token = CancelToken()
    with Trickler("trickle") as srv:
        own = client_file(srv.url + "/token")
        t, out = in_thread(lambda: google_auth.sign_in(own, remember=False, on_url=_come_back,
                                                        timeout_seconds=60, cancel=token))
        assert srv.started.wait(10)
        time.sleep(0.3)
        stop_returns_at_once(token.cancel, t, out, STOP_WITHIN, what="the token endpoint")


def test_a_local_process_trickling_to_the_loopback_page_holds_up_nothing(client_file, monkeypatch):
    """One byte of a request every 0.1 s (inside the page's 5 s socket timeout): the page
    drops the connection at LOOPBACK_DEADLINE, and Cancel ends the wait at once."""
    monkeypatch.setattr(google_auth, "LOOPBACK_DEADLINE", 1.0)
    token = CancelToken()
    dripping, done = threading.Event(), threading.Event()

    def squat(url: str) -> None:
        redirect = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)["redirect_uri"][0]
        port = int(urllib.parse.urlsplit(redirect).port)

        def drip() -> None:  # connection after connection, each trickling a request
            while not done.is_set():
                try:
                    s = socket.create_connection(("127.0.0.1", port))
                except OSError:
                    return  # the sign-in is over: its page is gone
                dripping.set()
                try:
                    for b in b"GET /?" + b"x" * 1000:
                        if done.is_set():
                            break
                        s.sendall(bytes([b]))
                        time.sleep(0.1)
                except OSError:
                    pass  # dropped by the page: the next one
                finally:
                    s.close()

        threading.Thread(target=drip, daemon=True).start()

    own = client_file("http://127.0.0.1:9/token")
    t0 = time.monotonic()
    with pytest.raises(google_auth.SignInError, match="did not finish within 2 seconds"):
        google_auth.sign_in(own, remember=False, on_url=squat, timeout_seconds=2)
    assert time.monotonic() - t0 < 2 + 1.0 + 1.0  # the time limit, at most one deadline late
    t, out = in_thread(lambda: google_auth.sign_in(own, remember=False, on_url=squat,
                                                    timeout_seconds=60, cancel=token))
    assert dripping.wait(10)
    dripping.clear()
    assert dripping.wait(10)  # (a second connection: the page dropped the first)
    stop_returns_at_once(token.cancel, t, out, STOP_WITHIN)
    done.set()


def test_the_vault_service_closes_a_connection_whose_headers_trickle(monkeypatch):
    """aiohttp's keep-alive timer is the only bound on a request's headers (its default: an
    hour); the service's runner sets CONNECTION_IDLE. Real aiohttp on 127.0.0.1 with the
    service's runner (the application behind it is never reached)."""
    import asyncio

    pytest.importorskip("aiohttp")
    from aiohttp import web as aioweb

    from backupgui.vault import web

    monkeypatch.setattr(web, "CONNECTION_IDLE", 1.0)
    result: dict = {}

    async def main() -> None:
        runner = web.make_runner(aioweb.Application())
        await runner.setup()
        site = aioweb.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = runner.addresses[0][1]
        try:
            result["took"] = await asyncio.get_running_loop().run_in_executor(None, drip, port)
        finally:
            await runner.cleanup()

    def drip(port: int) -> float:
        s = socket.create_connection(("127.0.0.1", port))
        s.settimeout(0.1)
        t0 = time.monotonic()
        try:
            s.sendall(b"GET /v1/info HTTP/1.1\r\nHost: x\r\nX-Slow: ")
            while time.monotonic() - t0 < 20:
                s.sendall(b"x")
                try:
                    if not s.recv(4096):
                        break  # closed by the service
                except TimeoutError:
                    continue
        except OSError:
            pass
        finally:
            s.close()
        return time.monotonic() - t0

    asyncio.run(main())
    assert 0.9 < result["took"] < 1.0 + 2.0, result


def test_a_tls_handshake_that_trickles_ends_at_the_deadline(monkeypatch, tmp_path):
    """The sockets are watched from before their TLS handshake: a server trickling its
    ServerHello is ended by the deadline (Drive over httplib2, the vault over urllib), and
    Stop ends it at once."""
    from google.oauth2.credentials import Credentials

    from backupgui.destinations.gdrive import DriveOptions, GoogleDriveDestination
    from backupgui.destinations.gdrive_retry import RetryPolicy
    from backupgui.errors import DestinationError

    monkeypatch.setattr(client, "DEADLINE", DEADLINE)
    with Trickler("tls") as srv:
        url = f"https://127.0.0.1:{srv.port}"
        t0 = time.monotonic()
        with pytest.raises(VaultError, match="answered too slowly"):
            vault_fetch_key(_binding(url), "a password")
        assert time.monotonic() - t0 < DEADLINE + 2.0
        opts = DriveOptions(timeout=5.0, deadline_base=DEADLINE, min_rate=float(1 << 30),
                            spool_dir=tmp_path / "spool",
                            retry=RetryPolicy(max_attempts=2, sleep=lambda s: None))
        t0 = time.monotonic()
        with pytest.raises(DestinationError, match="answered too slowly"):
            GoogleDriveDestination(Credentials(token="t"), api_root=url + "/", options=opts)
        assert time.monotonic() - t0 < 2 * DEADLINE + 2.0
        token = CancelToken()

        def job() -> bytes:
            with netguard.job_scope(token.on_cancel):
                return vault_fetch_key(_binding(url), "a password")

        monkeypatch.setattr(client, "DEADLINE", 60.0)
        srv.started.clear()
        t, out = in_thread(job)
        assert srv.started.wait(10)
        time.sleep(0.3)
        stop_returns_at_once(token.cancel, t, out, STOP_WITHIN)


def test_a_normal_tls_exchange_still_works(tmp_path, monkeypatch):
    """(The watched handshake is the real one: a TLS server on 127.0.0.1 with its own
    certificate answers both clients.)"""
    import datetime
    import ipaddress
    import ssl
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    from backupgui.destinations.gdrive_http import SingleAttemptHttp

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(1)
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
            .sign(key, hashes.SHA256()))
    cert_pem = tmp_path / "cert.pem"
    key_pem = tmp_path / "key.pem"
    cert_pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_pem.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                          serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption()))

    class Info(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802 - stdlib name
            body = b'{"service": "tls-test"}'
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Info)
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert_pem, key_pem)
    httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    url = f"https://127.0.0.1:{httpd.server_address[1]}"
    try:
        monkeypatch.setenv("SSL_CERT_FILE", str(cert_pem))
        assert client._request(url, "/v1/info") == {"service": "tls-test"}
        resp, content = SingleAttemptHttp(timeout=5, ca_certs=str(cert_pem)).request(url + "/")
        assert resp.status == 200 and content == b'{"service": "tls-test"}'
        # (Drive's connect is netguard's: the certificate and the host name are still checked.)
        with pytest.raises(ssl.SSLCertVerificationError):
            SingleAttemptHttp(timeout=5).request(url + "/")
        with pytest.raises(ssl.SSLCertVerificationError):
            SingleAttemptHttp(timeout=5, ca_certs=str(cert_pem)).request(
                f"https://localhost:{httpd.server_address[1]}/")
    finally:
        httpd.shutdown()
        httpd.server_close()
