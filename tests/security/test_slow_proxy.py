"""Drive through an HTTP proxy from the environment (``https_proxy``): the proxy's answer to
CONNECT is under the request's deadline and Stop like every other byte (``netguard.tunnel``).

Real proxies on 127.0.0.1: ``Trickler`` answering the CONNECT one header byte every 0.1 s
("headers") or never ("hang"); a relay that opens the tunnel to a server trickling its TLS
handshake (the ClientHello must arrive through it); a proxy that refuses the tunnel or
answers without end. Drive's name (``drive.proxied.test``) is never looked up here: the
proxy is told it. Before this, httplib2 tunnelled only with PySocks (which the app does not
ship; without it the proxy was ignored), its socket unwatched until the tunnel was open.
SOCKS5 proxies: ``test_socks_proxy.py``.
"""

from __future__ import annotations

import select
import socket
import threading
import time
import urllib.request

import pytest
from google.oauth2.credentials import Credentials

from backupgui.destinations import netguard
from backupgui.destinations.gdrive import DriveOptions, GoogleDriveDestination
from backupgui.destinations.gdrive_retry import RetryPolicy
from backupgui.errors import DestinationError
from backupgui.jobs import CancelToken
from tests.drive.conftest import TOKEN

from .conftest import loopback_alias
from .trickle import Trickler, in_thread, stop_returns_at_once

ROOT = "https://drive.proxied.test/"
DEADLINE = 0.6
STOP_WITHIN = 1.5


def _use_proxy(monkeypatch, url: str) -> None:
    for name in ("https_proxy", "HTTPS_PROXY"):
        monkeypatch.setenv(name, url)
    for name in ("no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)


def _open(tmp_path, *, deadline: float = DEADLINE, attempts: int = 3) -> GoogleDriveDestination:
    """Open a Drive destination (which asks Drive for the account at once)."""
    opts = DriveOptions(create_rate=0.0, timeout=5.0, deadline_base=deadline,
                        min_rate=float(1 << 30), spool_dir=tmp_path / "spool",
                        retry=RetryPolicy(max_attempts=attempts, sleep=lambda _s: None))
    return GoogleDriveDestination(Credentials(token=TOKEN), api_root=ROOT, options=opts)


class _Relay:
    """A proxy that records each CONNECT head, answers ``answer`` and, for a 200, relays the
    tunnel to ``target`` (a port on 127.0.0.1, whatever the client asked for)."""

    def __init__(self, answer: bytes, target: int | None = None) -> None:
        self.answer, self.target = answer, target
        self.heads: list[bytes] = []
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(10)
            head = b""
            while b"\r\n\r\n" not in head:
                piece = conn.recv(4096)
                if not piece:
                    return
                head += piece
            self.heads.append(head)
            conn.sendall(self.answer)
            peer = socket.create_connection(("127.0.0.1", self.target)) if self.target else None
            ends = [conn] + ([peer] if peer else [])
            end = time.monotonic() + 10
            try:
                while time.monotonic() < end:
                    readable, _, _ = select.select(ends, [], [], 0.1)
                    for s in readable:
                        data = s.recv(65536)
                        if not data:
                            return
                        if peer is not None:
                            (peer if s is conn else conn).sendall(data)
            except OSError:
                return
            finally:
                if peer is not None:
                    peer.close()

    def close(self) -> None:
        self._sock.close()


@pytest.mark.parametrize("mode", ["headers", "hang"])
def test_a_proxy_that_trickles_or_withholds_its_answer_to_connect_ends_at_the_deadline(
        tmp_path, monkeypatch, mode):
    with Trickler(mode, every=0.1) as proxy:
        _use_proxy(monkeypatch, proxy.url)
        t0 = time.monotonic()
        with pytest.raises(DestinationError) as ei:
            _open(tmp_path)
        took = time.monotonic() - t0
    assert str(ei.value).startswith("Google Drive answered too slowly:"), ei.value
    assert "gave up after 3 attempts" in str(ei.value)
    assert took < 3 * DEADLINE + 3.0, took  # (it would trickle for 15 s per attempt)
    assert proxy.request_lines == [b"CONNECT drive.proxied.test:443 HTTP/1.1"] * 3


def test_stop_during_a_connect_through_a_trickling_proxy_returns_at_once(tmp_path, monkeypatch):
    with Trickler("headers", every=0.1) as proxy:
        _use_proxy(monkeypatch, proxy.url)
        token = CancelToken()

        def job() -> None:
            with netguard.job_scope(token.on_cancel):  # what the app's task runner does
                _open(tmp_path, deadline=60.0)

        t, out = in_thread(job)
        assert proxy.started.wait(20)
        time.sleep(0.3)
        stop_returns_at_once(token.cancel, t, out, STOP_WITHIN, what="the proxy")


def test_the_tunnel_carries_the_tls_handshake_and_a_trickled_one_ends_too(tmp_path, monkeypatch):
    with Trickler("tls", every=0.1) as drive:
        relay = _Relay(b"HTTP/1.1 200 Connection established\r\n\r\n", target=drive.port)
        try:
            _use_proxy(monkeypatch, relay.url)
            t0 = time.monotonic()
            with pytest.raises(DestinationError) as ei:
                _open(tmp_path)
            took = time.monotonic() - t0
        finally:
            relay.close()
    assert "answered too slowly" in str(ei.value)
    assert took < 3 * DEADLINE + 3.0, took
    assert relay.heads[0].startswith(b"CONNECT drive.proxied.test:443 HTTP/1.1\r\n")
    assert b"Proxy-Authorization" not in relay.heads[0]
    # The TLS ClientHello went through the tunnel (a handshake record), for Drive's name.
    assert drive.request_lines and drive.request_lines[0].startswith(b"\x16\x03")


def test_a_proxy_that_refuses_the_tunnel_gets_its_credentials_and_leaks_them_nowhere(
        tmp_path, monkeypatch, caplog):
    relay = _Relay(b"HTTP/1.1 407 Proxy Authentication Required\r\nX-Junk: \x1b[31m\r\n\r\n")
    try:
        host = relay.url.removeprefix("http://")
        _use_proxy(monkeypatch, f"http://alice:s3cret-pw@{host}")
        with pytest.raises(DestinationError) as ei:
            _open(tmp_path)
    finally:
        relay.close()
    assert b"\r\nProxy-Authorization: Basic YWxpY2U6czNjcmV0LXB3\r\n" in relay.heads[0]
    assert len(relay.heads) == 3  # refused: retried as a dropped connection, then given up
    text = f"{ei.value} {ei.value.hint} {caplog.text}"
    assert "s3cret" not in text and "YWxpY2U6" not in text and "\x1b" not in text


def test_an_endless_answer_to_connect_is_refused_at_its_bound(tmp_path, monkeypatch):
    relay = _Relay(b"HTTP/1.1 200 OK\r\nX-Long: " + b"a" * (netguard.MAX_TUNNEL_ANSWER + 10))
    try:
        _use_proxy(monkeypatch, relay.url)
        t0 = time.monotonic()
        with pytest.raises(DestinationError):
            _open(tmp_path, deadline=60.0)  # (not the deadline: the bound ends it)
        assert time.monotonic() - t0 < 10
    finally:
        relay.close()
    assert len(relay.heads) == 3


def test_the_vault_client_through_a_trickling_proxy_ends_at_its_deadline_and_on_stop(monkeypatch):
    # urllib (the key vault, the issuer's keys, the revocation) tunnels with http.client,
    # whose connect to the proxy is netguard's: the CONNECT answer is watched from the start.
    with Trickler("headers", every=0.1) as proxy:
        _use_proxy(monkeypatch, proxy.url)
        req = urllib.request.Request("https://vault.proxied.test/v1/login/start", data=b"{}")
        t0 = time.monotonic()
        with pytest.raises(netguard.DeadlineExceeded):
            netguard.urlopen(req, idle=5.0, deadline=DEADLINE, limit=1 << 10)
        assert time.monotonic() - t0 < DEADLINE + 1.5
        assert proxy.request_lines[0].startswith(b"CONNECT vault.proxied.test:443 HTTP/1.")
        scope = netguard.Scope()
        t, out = in_thread(lambda: netguard.urlopen(req, idle=60.0, deadline=60.0,
                                                    limit=1 << 10, scope=scope))
        time.sleep(0.5)
        stop_returns_at_once(scope.interrupt, t, out, STOP_WITHIN, what="the proxy")


def test_a_plain_http_root_goes_through_an_http_proxy_too(tmp_path, monkeypatch):
    # (httplib2 without PySocks reached an http:// root directly, whatever http_proxy said)
    from backupgui.services.drive_emulator import DriveEmulator

    # (the emulator under another name of 127.0.0.1: 127.0.0.1 and localhost go direct)
    emu = DriveEmulator(tmp_path / "drive-data", token_ttl=3600, host=loopback_alias())
    emu.add_static_token(TOKEN)
    emu.start()
    relay = _Relay(b"HTTP/1.1 200 Connection established\r\n\r\n", target=emu.port)
    try:
        for name in ("no_proxy", "NO_PROXY"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("http_proxy", relay.url)
        opts = DriveOptions(create_rate=0.0, timeout=10.0, spool_dir=tmp_path / "spool")
        dest = GoogleDriveDestination(Credentials(token=TOKEN), api_root=emu.root_url,
                                      options=opts)
        try:
            dest.put("sets/abc/manifest", b"via CONNECT")
            assert dest.read("sets/abc/manifest") == b"via CONNECT"
        finally:
            dest.close()
        heads = list(relay.heads)
        # A loopback destination goes direct: the proxy is asked for nothing.
        for name in ("127.0.0.1", "localhost"):
            dest = GoogleDriveDestination(Credentials(token=TOKEN), options=opts,
                                          api_root=f"http://{name}:{emu.port}/")
            try:
                assert dest.read("sets/abc/manifest") == b"via CONNECT"
            finally:
                dest.close()
        assert relay.heads == heads
    finally:
        relay.close()
        emu.stop()
    assert heads and all(h.startswith(f"CONNECT {emu.host}:{emu.port} HTTP/1.1\r\n".encode())
                         for h in heads)


def test_another_name_of_127_0_0_1_never_goes_direct_past_an_http_proxy(tmp_path, monkeypatch):
    # A name whose DNS answer is loopback is not a loopback destination: a proxy that refuses
    # the tunnel fails the request, and the server (reachable directly) sees nothing.
    from backupgui.services.drive_emulator import DriveEmulator

    emu = DriveEmulator(tmp_path / "drive-data", token_ttl=3600, host=loopback_alias())
    emu.add_static_token(TOKEN)
    emu.start()
    emu.peers = []
    emu._server.verify_request = lambda _request, address: emu.peers.append(address) or True
    relay = _Relay(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
    try:
        for name in ("no_proxy", "NO_PROXY"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("http_proxy", relay.url)
        opts = DriveOptions(create_rate=0.0, timeout=10.0, spool_dir=tmp_path / "spool",
                            retry=RetryPolicy(max_attempts=2, sleep=lambda _s: None))
        with pytest.raises(DestinationError):
            GoogleDriveDestination(Credentials(token=TOKEN), api_root=emu.root_url, options=opts)
    finally:
        relay.close()
        emu.stop()
    assert relay.heads and emu.peers == []
