"""A SOCKS proxy the user configured is used or the request fails: never a direct connection.

Before this, a ``socks5://`` (or ``socks4://``) proxy in ``https_proxy``/``http_proxy`` was
silently ignored by httplib2 (the app does not ship PySocks) and Drive was reached directly;
``ALL_PROXY`` was ignored by every client. Now ``netguard.socks5`` speaks SOCKS5 itself,
every byte of its handshake under the request's deadline and Stop.

Real parts on 127.0.0.1: ``microsocks`` (a SOCKS5 server; its outgoing connections bound to
127.0.0.2 with ``-b``, so the Drive emulator, which records each client's address, tells a
connection through the proxy from a direct one), and ``_Hostile``, a SOCKS server written
here that trickles, withholds, refuses, or answers garbage. Each hostile case points Drive at
``_Listener``, which records every connection: none may reach it.

A loopback destination (127.0.0.1, ``localhost``) goes direct past any proxy, so the
emulator and the listener are named by ``loopback_alias()``: another name of 127.0.0.1,
which the app sends to the proxy like any outside name, and which a direct connection would
reach too (so "never directly" is still seen).
"""

from __future__ import annotations

import http.client
import json
import logging
import shutil
import socket
import subprocess
import threading
import time
import urllib.parse
import urllib.request

import pytest
from google.oauth2.credentials import Credentials

from backupgui.destinations import netguard
from backupgui.destinations.gdrive import DriveOptions, GoogleDriveDestination
from backupgui.destinations.gdrive_retry import RetryPolicy
from backupgui.errors import DestinationError, VaultError
from backupgui.jobs import CancelToken
from backupgui.services.drive_emulator import DriveEmulator
from backupgui.vault import client as vault_client
from tests.drive.conftest import TOKEN
from tests.ports import free_port, release_ports

from .conftest import loopback_alias
from .trickle import in_thread, stop_returns_at_once

DEADLINE = 0.6
STOP_WITHIN = 1.5
PROXY_VARS = ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy",
              "ALL_PROXY", "no_proxy", "NO_PROXY")


@pytest.fixture(autouse=True)
def _no_proxy_env(monkeypatch):
    for name in PROXY_VARS:
        monkeypatch.delenv(name, raising=False)


def _open(tmp_path, root: str, *, deadline: float = DEADLINE,
          attempts: int = 3) -> GoogleDriveDestination:
    """Open a Drive destination (which asks Drive for the account at once)."""
    opts = DriveOptions(create_rate=0.0, timeout=5.0, deadline_base=deadline,
                        min_rate=float(1 << 30), spool_dir=tmp_path / "spool",
                        retry=RetryPolicy(max_attempts=attempts, sleep=lambda _s: None))
    return GoogleDriveDestination(Credentials(token=TOKEN), api_root=root, options=opts)


@pytest.fixture
def emulator(tmp_path):
    """The Drive emulator, recording the address every connection to it comes from."""
    emu = DriveEmulator(tmp_path / "drive-data", token_ttl=3600, host=loopback_alias())
    emu.add_static_token(TOKEN)
    emu.start()
    emu.peers = []

    def verify(_request, address) -> bool:
        emu.peers.append(address[0])
        return True

    emu._server.verify_request = verify
    try:
        yield emu
    finally:
        emu.stop()


class _Microsocks:
    """microsocks on 127.0.0.1, its connections onward from 127.0.0.2."""

    def __init__(self, user: str | None = None, password: str | None = None) -> None:
        exe = shutil.which("microsocks")
        if exe is None:
            pytest.skip("microsocks is not installed (apt-get install microsocks)")
        # Reserved until close(): a port found free by bind(0) and given back could be taken
        # by another test process before microsocks bound it.
        self.port = free_port()
        argv = [exe, "-i", "127.0.0.1", "-p", str(self.port), "-b", "127.0.0.2"]
        if user:
            argv += ["-u", user, "-P", password or ""]
        self.proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        end = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > end or self.proc.poll() is not None:
                    self.close()
                    raise RuntimeError("microsocks did not start") from None
                time.sleep(0.05)

    def close(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)
        release_ports([self.port])


@pytest.fixture
def microsocks():
    made: list[_Microsocks] = []

    def start(user: str | None = None, password: str | None = None) -> _Microsocks:
        made.append(_Microsocks(user, password))
        return made[-1]

    yield start
    for m in made:
        m.close()


class _Listener:
    """A destination that only records connections (a direct one would land here)."""

    def __init__(self) -> None:
        self.connections = 0
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        self.root = f"http://{loopback_alias()}:{self.port}/"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._sock.close()


class _Hostile:
    """A SOCKS5 server that never connects anywhere. ``greeting`` and ``reply`` are what it
    sends after reading the client's greeting and its request; ``every`` (seconds) sends them
    one byte at a time; ``None`` withholds. The client's bytes are recorded (``requests``)."""

    def __init__(self, greeting: bytes | None = b"\x05\x00", reply: bytes | None = b"",
                 every: float = 0.0, endless: bytes = b"") -> None:
        self.greeting, self.reply, self.every, self.endless = greeting, reply, every, endless
        self.requests: list[bytes] = []
        self.started = threading.Event()
        self._stop = threading.Event()
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def url(self, scheme: str = "socks5h", userinfo: str = "") -> str:
        return f"{scheme}://{userinfo}127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _send(self, conn: socket.socket, data: bytes) -> None:
        if not self.every:
            conn.sendall(data)
            return
        for i in range(len(data)):
            if self._stop.wait(self.every):
                return
            conn.sendall(data[i:i + 1])

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            try:
                conn.settimeout(15)
                got = conn.recv(512)
                self.started.set()
                if self.greeting is None:
                    self._stop.wait(15)
                    return
                self._send(conn, self.greeting)
                if len(self.greeting) < 2:  # (a greeting cut short: the proxy hangs up)
                    return
                got += conn.recv(512)
                self.requests.append(got)
                if self.reply is None:
                    self._stop.wait(15)
                    return
                self._send(conn, self.reply)
                end = time.monotonic() + 15
                while self.endless and time.monotonic() < end and not self._stop.is_set():
                    conn.sendall(self.endless)
                self._stop.wait(2)
            except OSError:
                return

    def close(self) -> None:
        self._stop.set()
        self._sock.close()


@pytest.fixture
def listener():
    lst = _Listener()
    yield lst
    lst.close()


def _store_and_read(dest: GoogleDriveDestination) -> bytes:
    dest.put("sets/abc/manifest", b"through the proxy")
    return dest.read("sets/abc/manifest")


# ---- the happy path: a real SOCKS5 server -------------------------------------------------
@pytest.mark.parametrize("setting,scheme", [("http_proxy", "socks5h"), ("HTTP_PROXY", "socks5"),
                                            ("ALL_PROXY", "socks5h"), ("all_proxy", "socks")])
def test_drive_goes_through_a_socks5_proxy_and_never_directly(tmp_path, monkeypatch, emulator,
                                                              microsocks, setting, scheme):
    proxy = microsocks()
    monkeypatch.setenv(setting, f"{scheme}://127.0.0.1:{proxy.port}")
    dest = _open(tmp_path, emulator.root_url, deadline=30.0)
    try:
        assert _store_and_read(dest) == b"through the proxy"
    finally:
        dest.close()
    assert emulator.peers and set(emulator.peers) == {"127.0.0.2"}, emulator.peers


def test_a_socks5_proxy_with_a_user_and_password(tmp_path, monkeypatch, emulator, microsocks,
                                                 caplog):
    caplog.set_level(logging.INFO)
    proxy = microsocks("alice", "s3cret:pw")
    monkeypatch.setenv("http_proxy", f"socks5h://alice:s3cret%3Apw@127.0.0.1:{proxy.port}")
    dest = _open(tmp_path, emulator.root_url, deadline=30.0)
    try:
        assert _store_and_read(dest) == b"through the proxy"
    finally:
        dest.close()
    assert emulator.peers and set(emulator.peers) == {"127.0.0.2"}, emulator.peers
    # A wrong password: refused by the proxy, nothing reaches Drive, the password nowhere.
    emulator.peers.clear()
    monkeypatch.setenv("http_proxy", f"socks5h://alice:wr0ng-pw@127.0.0.1:{proxy.port}")
    with pytest.raises(DestinationError) as ei:
        _open(tmp_path, emulator.root_url)
    assert emulator.peers == []
    text = f"{ei.value} {ei.value.hint} {caplog.text}"
    assert "wr0ng" not in text and "s3cret" not in text
    assert "refused the user name and password" in caplog.text


def test_no_proxy_still_lets_a_host_be_reached_directly(tmp_path, monkeypatch, emulator,
                                                         microsocks):
    proxy = microsocks()
    monkeypatch.setenv("all_proxy", f"socks5h://127.0.0.1:{proxy.port}")
    monkeypatch.setenv("no_proxy", emulator.host)
    dest = _open(tmp_path, emulator.root_url, deadline=30.0)
    try:
        assert _store_and_read(dest) == b"through the proxy"
    finally:
        dest.close()
    assert set(emulator.peers) == {"127.0.0.1"}


# ---- a loopback destination goes direct: it cannot leave this computer --------------------
@pytest.mark.parametrize("name", ["127.0.0.1", "localhost", "LocalHost"])
def test_a_loopback_destination_goes_direct_and_another_name_of_it_through_the_proxy(
        tmp_path, monkeypatch, emulator, microsocks, name):
    proxy = microsocks()
    for setting in ("http_proxy", "all_proxy"):
        monkeypatch.setenv(setting, f"socks5h://127.0.0.1:{proxy.port}")
    dest = _open(tmp_path, f"http://{name}:{emulator.port}/", deadline=30.0)
    try:
        assert _store_and_read(dest) == b"through the proxy"
    finally:
        dest.close()
    assert emulator.peers and set(emulator.peers) == {"127.0.0.1"}, emulator.peers  # direct
    req = urllib.request.Request(f"http://{name}:{emulator.port}/no-such-page")
    assert netguard.urlopen(req, idle=10.0, deadline=30.0, limit=1 << 16)[0] == 401
    assert set(emulator.peers) == {"127.0.0.1"}, emulator.peers
    # The same server under another name whose answer is 127.0.0.1: not loopback to the app
    # (a DNS answer proves nothing), so through the proxy and never directly.
    emulator.peers.clear()
    dest = _open(tmp_path, emulator.root_url, deadline=30.0)
    try:
        assert _store_and_read(dest) == b"through the proxy"
    finally:
        dest.close()
    req = urllib.request.Request(emulator.root_url + "no-such-page")
    assert netguard.urlopen(req, idle=10.0, deadline=30.0, limit=1 << 16)[0] == 401
    assert emulator.peers and set(emulator.peers) == {"127.0.0.2"}, emulator.peers


def test_a_loopback_destination_goes_direct_past_an_unusable_proxy_too(tmp_path, monkeypatch,
                                                                      emulator):
    monkeypatch.setenv("http_proxy", "socks4://127.0.0.1:9")
    dest = _open(tmp_path, f"http://127.0.0.1:{emulator.port}/", deadline=30.0)
    try:
        assert _store_and_read(dest) == b"through the proxy"
    finally:
        dest.close()
    assert set(emulator.peers) == {"127.0.0.1"}
    emulator.peers.clear()
    with pytest.raises(DestinationError) as ei:
        _open(tmp_path, emulator.root_url)
    assert str(ei.value) == netguard.unusable_proxy_message("http_proxy", "socks4")
    assert emulator.peers == []


@pytest.mark.parametrize("host,loopback", [
    ("127.0.0.1", True), ("127.255.0.9", True), ("::1", True), ("[::1]", True),
    ("localhost", True), ("LOCALHOST", True),
    ("localhost.", False), ("localhost.evil.com", False), ("evil-localhost", False),
    ("localhost.localdomain", False), ("127.0.0.1.nip.io", False), ("127.1", False),
    ("2130706433", False), ("::ffff:127.0.0.1", False), ("0.0.0.0", False),
    ("192.0.2.1", False), ("www.googleapis.com", False), ("", False),
])
def test_only_literal_loopback_addresses_and_localhost_go_direct(host, loopback):
    env = {"https_proxy": "http://proxy.test:3128"}
    assert netguard.is_loopback(host) is loopback
    assert (netguard.proxy_for("https", host, env) is None) is loopback


def test_localhost_is_connected_to_only_on_loopback_addresses():
    # (a resolver answering "localhost" with an outside address must not send the
    # connection around the proxy: here an address that is not loopback, refused unsent)
    with netguard.guarded(5.0) as guard:
        with pytest.raises(OSError, match="not loopback"):
            netguard.connect(("192.0.2.1", 9), 5.0, guard=guard, loopback_only=True)
        with pytest.raises(OSError, match="not loopback"):  # (the vault client's own lookup)
            netguard.open_connection("http", ("localhost", 9), 5.0, guard=guard, connect_to=(
                socket.AF_INET, socket.SOCK_STREAM, 6, "", ("192.0.2.1", 9)))


def test_the_urllib_clients_go_through_the_socks5_proxy(monkeypatch, emulator, microsocks):
    # (the key vault, the issuer's keys, the revocation: ``netguard.urlopen``)
    proxy = microsocks()
    monkeypatch.setenv("ALL_PROXY", f"socks5h://127.0.0.1:{proxy.port}")
    req = urllib.request.Request(emulator.root_url + "no-such-page")
    status, _body, _headers = netguard.urlopen(req, idle=10.0, deadline=30.0, limit=1 << 16)
    assert status == 401  # (the emulator's answer: no token was sent)
    assert emulator.peers and set(emulator.peers) == {"127.0.0.2"}, emulator.peers


# ---- a hostile SOCKS server ---------------------------------------------------------------
def _use(monkeypatch, url: str) -> None:
    monkeypatch.setenv("http_proxy", url)
    monkeypatch.setenv("https_proxy", url)


@pytest.mark.parametrize("mode", ["trickle-greeting", "trickle-reply", "withhold-greeting",
                                  "withhold-reply"])
def test_a_socks_proxy_that_trickles_or_withholds_ends_at_the_deadline(tmp_path, monkeypatch,
                                                                       listener, mode):
    long_reply = b"\x05\x00\x00\x03\xff" + b"a" * 255 + b"\x01\xbb"
    hostile = {
        "trickle-greeting": lambda: _Hostile(b"\x05\x00", long_reply, every=0.1),
        "trickle-reply": lambda: _Hostile(b"\x05\x00", long_reply, every=0.01),
        "withhold-greeting": lambda: _Hostile(None),
        "withhold-reply": lambda: _Hostile(b"\x05\x00", None),
    }[mode]()
    try:
        _use(monkeypatch, hostile.url())
        t0 = time.monotonic()
        with pytest.raises(DestinationError) as ei:
            _open(tmp_path, listener.root)
        took = time.monotonic() - t0
    finally:
        hostile.close()
    assert str(ei.value).startswith("Google Drive answered too slowly:"), ei.value
    assert took < 3 * DEADLINE + 3.0, took  # (the trickled reply would take 26 s or 2.6 s)
    assert listener.connections == 0


def test_stop_during_a_socks_handshake_returns_at_once(tmp_path, monkeypatch, listener):
    hostile = _Hostile(b"\x05\x00", b"\x05\x00\x00\x03\xff" + b"a" * 257, every=0.1)
    try:
        _use(monkeypatch, hostile.url())
        token = CancelToken()

        def job() -> None:
            with netguard.job_scope(token.on_cancel):
                _open(tmp_path, listener.root, deadline=60.0)

        t, out = in_thread(job)
        assert hostile.started.wait(20)
        time.sleep(0.3)
        stop_returns_at_once(token.cancel, t, out, STOP_WITHIN, what="the SOCKS proxy")
    finally:
        hostile.close()
    assert listener.connections == 0


def _handshake(url: str, host: str, port: int, deadline: float = 10.0) -> None:
    """One connection through the proxy ``url`` (from http_proxy) under a deadline."""
    with netguard.guarded(deadline) as guard:
        try:
            netguard.open_connection("http", (host, port), 5.0, guard=guard).close()
        except OSError:
            guard.check()
            raise


@pytest.mark.parametrize("code", [1, 2, 3, 4, 5, 6, 7, 8, 9, 0xFF])
def test_each_socks_refusal_is_said_in_words(monkeypatch, listener, code):
    hostile = _Hostile(b"\x05\x00", bytes([5, code, 0, 1, 0, 0, 0, 0, 0, 0]))
    try:
        _use(monkeypatch, hostile.url())
        with pytest.raises(netguard.ProxyRefused) as ei:
            _handshake(hostile.url(), "192.0.2.1", listener.port)
    finally:
        hostile.close()
    words = netguard.SOCKS5_REPLIES.get(code, "an unassigned reply code")
    assert str(ei.value) == (f"the SOCKS proxy refused the connection to "
                             f"192.0.2.1:{listener.port}: {words} (reply {code})")
    # The request: SOCKS5, CONNECT, an IPv4 address and the port, nothing looked up.
    assert hostile.requests[0] == (b"\x05\x01\x00" + b"\x05\x01\x00\x01\xc0\x00\x02\x01"
                                   + listener.port.to_bytes(2, "big"))
    assert listener.connections == 0


@pytest.mark.parametrize("greeting,reply,error", [
    (b"HTTP/1.1 400 Bad Request\r\n\r\n", b"", "not SOCKS5"),
    (b"\x04\x5a", b"", "not SOCKS5"),  # (a SOCKS4 answer)
    (b"\x05\xff", b"", "accepts none of the offered ways to sign in"),
    (b"\x05\x02", b"", "a way to sign in not offered"),
    (b"\x05\x00", b"\x04\x00\x00\x01" + b"\x00" * 6, "reply is not SOCKS5"),
    (b"\x05\x00", b"\x05\x00\x00\x02" + b"\x00" * 6, "unknown address type (2)"),
    (b"\x05\x00", b"\x05\x00\x00\x07" + b"\x00" * 300, "unknown address type (7)"),
    (b"\x05\x00", b"\x05\x00\x00\x01\x7f", "closed the connection during its reply"),
    (b"\x05", b"", "closed the connection during its greeting"),
])
def test_garbage_from_a_socks_proxy_is_a_clear_error(monkeypatch, listener, greeting, reply,
                                                     error):
    hostile = _Hostile(greeting, reply)
    try:
        _use(monkeypatch, hostile.url())
        t0 = time.monotonic()
        with pytest.raises(ConnectionError) as ei:
            _handshake(hostile.url(), "192.0.2.1", listener.port)
        assert time.monotonic() - t0 < 5  # (ended by the error, not by the 10 s deadline)
    finally:
        hostile.close()
    assert error in str(ei.value)
    assert listener.connections == 0


def test_an_endless_socks_reply_is_read_to_its_bound_only(tmp_path, monkeypatch, listener):
    # The longest reply (a 255-byte name) is read to its end, and what follows is the
    # connection's: here garbage where Drive's answer should be, refused as such, quickly.
    hostile = _Hostile(b"\x05\x00", b"\x05\x00\x00\x03\xff", endless=b"\x00" * 65536)
    try:
        _use(monkeypatch, hostile.url())
        t0 = time.monotonic()
        with pytest.raises(DestinationError):
            _open(tmp_path, listener.root, deadline=60.0)
        assert time.monotonic() - t0 < 10
    finally:
        hostile.close()
    assert listener.connections == 0


@pytest.mark.parametrize("scheme", ["socks5h", "socks5"])
def test_the_proxy_is_told_the_name_never_looked_up_here(monkeypatch, scheme):
    # socks5:// too: a local lookup would tell the local resolver where the traffic goes.
    hostile = _Hostile(b"\x05\x00", bytes([5, 4, 0, 1, 0, 0, 0, 0, 0, 0]))
    try:
        monkeypatch.setenv("https_proxy", hostile.url(scheme))
        with pytest.raises(netguard.ProxyRefused, match="host unreachable"):
            with netguard.guarded(10.0) as guard:
                netguard.open_connection("https", ("drive.socks-proxied.test", 443), 5.0,
                                         guard=guard)
    finally:
        hostile.close()
    name = b"drive.socks-proxied.test"
    assert hostile.requests[0] == (b"\x05\x01\x00" + b"\x05\x01\x00\x03" + bytes([len(name)])
                                   + name + (443).to_bytes(2, "big"))


def test_credentials_are_offered_and_sent_per_rfc_1929_and_leak_nowhere(tmp_path, monkeypatch,
                                                                        listener, caplog):
    caplog.set_level(logging.INFO)
    hostile = _Hostile(b"\x05\x02", b"\x01\x01")  # (asks for them, then refuses them)
    try:
        _use(monkeypatch, hostile.url(userinfo="alice:s3cret-pw@"))
        with pytest.raises(DestinationError) as ei:
            _open(tmp_path, listener.root)
    finally:
        hostile.close()
    assert hostile.requests[0] == b"\x05\x02\x00\x02" + b"\x01\x05alice\x09s3cret-pw"
    assert len(hostile.requests) == 3  # refused: retried as a dropped connection, then given up
    assert str(ei.value).startswith("Google Drive could not be reached")
    assert "the SOCKS proxy refused the user name and password" in caplog.text
    text = f"{ei.value} {ei.value.hint} {caplog.text}"
    assert "s3cret" not in text
    assert listener.connections == 0


# ---- proxies the app cannot use: a clear error, never a direct connection ----------------
@pytest.mark.parametrize("url,setting,scheme", [
    ("socks4://127.0.0.1:{port}", "https_proxy", "socks4"),
    ("socks4a://bob:pw-x@127.0.0.1:{port}", "http_proxy", "socks4a"),
    ("https://127.0.0.1:{port}", "ALL_PROXY", "https"),
    ("socks5h://127.0.0.1:notaport", "http_proxy", None),
    ("ftp://127.0.0.1:{port}", "all_proxy", None),
])
def test_a_proxy_the_app_cannot_use_is_a_clear_error_not_a_direct_connection(
        tmp_path, monkeypatch, listener, url, setting, scheme):
    monkeypatch.setenv(setting, url.format(port=listener.port))
    # (https_proxy is for https: a direct connection would still land on the listener)
    root = listener.root.replace("http:", "https:") if setting == "https_proxy" else listener.root
    t0 = time.monotonic()
    with pytest.raises(DestinationError) as ei:
        _open(tmp_path, root, attempts=10)
    assert time.monotonic() - t0 < 5  # (not retried: a setting does not heal)
    assert str(ei.value) == netguard.unusable_proxy_message(setting, scheme)
    assert setting in str(ei.value) and "pw-x" not in str(ei.value)
    assert ei.value.hint.startswith("Set it to an http://, socks5:// or socks5h://")
    # The key vault client too.
    with pytest.raises(VaultError) as vi:
        vault_client._request(root, "/v1/login/start", {})
    assert str(vi.value) == str(ei.value)
    assert listener.connections == 0


def test_which_setting_applies():
    env = {"https_proxy": "socks5h://u:p@proxy.test:1", "HTTPS_PROXY": "http://other.test:2",
           "all_proxy": "socks5://all.test", "no_proxy": "internal.test,.corp.test"}
    p = netguard.proxy_for("https", "www.googleapis.com", env)
    assert (p.kind, p.host, p.port, p.user, p.password, p.setting) == \
        ("socks5", "proxy.test", 1, "u", "p", "https_proxy")
    assert "p@" not in repr(p) and ":p" not in repr(p)
    p = netguard.proxy_for("http", "192.0.2.1", env)
    assert (p.kind, p.host, p.port, p.setting) == ("socks5", "all.test", 1080, "all_proxy")
    assert netguard.proxy_for("https", "internal.test", env) is None
    assert netguard.proxy_for("https", "a.corp.test", env) is None
    assert netguard.proxy_for("https", "x.test", {"HTTPS_PROXY": "proxy.test:3128"}).kind == "http"
    assert netguard.proxy_for("https", "x.test", {}) is None


def _loopback_client(emulator) -> str:
    """The emulator's OAuth client, its sign-in and token addresses on 127.0.0.1 (an http
    one must be loopback), so those go direct; Drive (``emulator.root_url``) does not."""
    return json.dumps(emulator.client_config()).replace(
        emulator.root_url, f"http://127.0.0.1:{emulator.port}/")


def _browse_from(source: str, url: str) -> None:
    """The user's browser (not the app): follows ``url`` and its redirects, its connections
    from ``source`` (so the emulator tells them from the app's), never through a proxy."""
    for _ in range(5):
        parts = urllib.parse.urlsplit(url)
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=20,
                                          source_address=(source, 0))
        try:
            conn.request("GET", parts.path + ("?" + parts.query if parts.query else ""))
            resp = conn.getresponse()
            resp.read()
            location = resp.getheader("Location")
        finally:
            conn.close()
        if resp.status not in (301, 302, 303, 307) or not location:
            return
        url = urllib.parse.urljoin(url, location)


@pytest.fixture
def no_keyring():
    """No password store (the sign-in is not remembered; sign-out revokes the grant given)."""
    import keyring
    from keyring.backends import fail

    old = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(old)


def test_the_sign_in_token_refresh_id_token_and_revocation_go_through_the_proxy(
        tmp_path, monkeypatch, emulator, microsocks, no_keyring):
    from backupgui.destinations import google_auth
    from backupgui.destinations.google_identity import fresh_id_token

    proxy = microsocks()
    secret = tmp_path / "client_secret.json"
    secret.write_text(_loopback_client(emulator))
    monkeypatch.setenv("ALL_PROXY", f"socks5h://127.0.0.1:{proxy.port}")
    browser: list[threading.Thread] = []

    def on_url(url: str) -> None:
        browser.append(threading.Thread(target=_browse_from, args=("127.0.0.3", url),
                                        daemon=True))
        browser[-1].start()

    signed = google_auth.sign_in(secret, remember=False, api_root=emulator.root_url,
                                 on_url=on_url, timeout_seconds=30)
    creds = signed.credentials
    assert signed.email == "user@example.com" and creds.refresh_token
    emulator.expire_access_tokens()
    creds._id_token = None  # (as when the saved one has expired)
    assert fresh_id_token(creds)  # (the token endpoint again)
    dest = GoogleDriveDestination(creds, api_root=emulator.root_url,
                                  options=DriveOptions(create_rate=0.0, timeout=10.0,
                                                       spool_dir=tmp_path / "spool2"))
    try:
        emulator.expire_access_tokens()
        assert _store_and_read(dest) == b"through the proxy"  # (a refresh first)
    finally:
        dest.close()
    assert google_auth.sign_out(credentials=creds, client_secret=secret) is True
    assert emulator.grants() == 0
    paths = [e["path"] for e in emulator.requests]
    assert paths.count("/token") >= 3 and any("revoke" in p for p in paths), paths
    # Drive through the proxy; the token endpoint and the revocation on 127.0.0.1 direct (a
    # loopback destination); the browser from its own address.
    assert set(emulator.peers) == {"127.0.0.1", "127.0.0.2", "127.0.0.3"}, emulator.peers


def test_the_unusable_proxy_error_is_shown_translated(qapp, tmp_path, monkeypatch, listener):
    from backupgui.ui import language
    from backupgui.ui.widgets.errors import describe

    monkeypatch.setenv("https_proxy", f"socks4://127.0.0.1:{listener.port}")
    with pytest.raises(DestinationError) as ei:
        _open(tmp_path, listener.root.replace("http:", "https:"))
    language.install_language("de", qapp)
    try:
        msg, hint = describe(ei.value)
    finally:
        language.install_language("en", qapp)
    assert msg == ("Der in \u2068https_proxy\u2069 eingestellte Proxy kann nicht verwendet werden: "
                   "\u2068socks4\u2069-Proxys werden nicht unterstützt (nur http, socks5 und socks5h)."), msg
    assert hint.startswith("Trag dort eine http://-"), hint
    assert listener.connections == 0


def test_the_sign_in_through_an_unusable_proxy_says_which_setting(tmp_path, monkeypatch,
                                                                   emulator, no_keyring):
    from backupgui.destinations import google_auth
    from backupgui.destinations.google_auth import SignInError

    secret = tmp_path / "client_secret.json"
    secret.write_text(_loopback_client(emulator))
    monkeypatch.setenv("ALL_PROXY", "socks4a://127.0.0.1:9")

    def on_url(url: str) -> None:
        threading.Thread(target=_browse_from, args=("127.0.0.3", url), daemon=True).start()

    # (the code exchange on 127.0.0.1 goes direct, a loopback destination; the account's
    # query to Drive, under another name, meets the proxy: refused, nothing sent to Drive)
    with pytest.raises((SignInError, DestinationError)) as ei:
        google_auth.sign_in(secret, remember=False, api_root=emulator.root_url, on_url=on_url,
                            timeout_seconds=30)
    assert str(ei.value) == netguard.unusable_proxy_message("ALL_PROXY", "socks4a")
    assert "/drive/v3/about" not in str([e["path"] for e in emulator.requests])
    assert set(emulator.peers) == {"127.0.0.1", "127.0.0.3"}  # (the code exchange, the browser)
