"""Time limits and Stop for network requests: a request ends by its deadline, and Stop ends
it at once, however slowly the other end trickles its answer.

A socket timeout bounds each wait for the next byte, not the request: a server that sends
one byte before every timeout holds a request open for as long as it likes. Here each
request is watched (``Guard``): one watchdog thread shuts the request's socket down when its
deadline passes, and a ``Scope`` (one per job, tied to its ``CancelToken``) shuts down every
request of the job when the job is stopped. ``shutdown`` from another thread wakes a thread
blocked in ``recv``/``send`` on that socket at once (it reads the end of the stream or gets
an error); the connection is then closed, never used again. The failed request raises
``DeadlineExceeded`` (a ``TimeoutError``: retried like a dropped connection) or
``CancelledError``.

A TCP connect is watched too (``connect``): the socket is the guard's from its creation and
the connect waits in short slices, so Stop and the deadline end a connect to an address that
never answers at once, not at the connect timeout. The name lookup before it runs on a worker
thread the request stops waiting for at its deadline or on Stop (``resolve``; at most
``MAX_LOOKUPS`` at once), and a proxy's handshake is read on a watched socket: an HTTP
proxy's answer to ``CONNECT`` (``tunnel``) or SOCKS5's (``socks5``). Which proxy applies is
decided here for every client (``proxy_for``, ``open_connection``): a proxy the user set is
used or the request fails (``ProxyUnusable``), never bypassed, except for a loopback
destination (``is_loopback``: a literal loopback address or the exact name ``localhost``),
which never leaves this computer and goes direct, as browsers and Go's net/http do.

Used by the Drive client (``gdrive_http.SingleAttemptHttp``, the token refresh included), the
key-vault client and the vault service's fetches of the ID-token issuer (``urlopen``), and by
the Drive emulator for its limits on slow clients.
"""

from __future__ import annotations

import base64
import contextlib
import errno
import functools
import heapq
import http.client
import ipaddress
import itertools
import math
import os
import selectors
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from typing import Any

from ..errors import CancelledError

#: The Drive client's limits (docs/DRIVE.md "Time limits"). A request may take
#: ``DEADLINE_BASE`` seconds plus its bytes (sent and asked for) at ``MIN_RATE`` bytes a second.
DEADLINE_BASE = 60.0
MIN_RATE = 8 << 10  # 8 KiB/s = 64 kbit/s: slower than the slowest mobile data link still in use
#: Bytes every answer may have besides a download's range: a page of a listing (1000 entries,
#: ~250 kB of JSON before Drive's gzip), a file's metadata.
ANSWER_ALLOWANCE = 256 << 10


class DeadlineExceeded(TimeoutError):
    """A request was still unfinished at its deadline (the server answered too slowly)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"no complete answer within {seconds:.0f} s")
        self.seconds = seconds


def deadline_for(sent: int, asked: int, base: float | None = None,
                 rate: float | None = None) -> float:
    """Seconds a request that sends ``sent`` bytes and asks for ``asked`` may take."""
    base = DEADLINE_BASE if base is None else base
    rate = MIN_RATE if rate is None else rate
    return base + (max(0, sent) + max(0, asked) + ANSWER_ALLOWANCE) / rate


def _shut(sock: Any) -> None:
    """Shut a socket down from any thread (a TLS socket too: at its file descriptor, leaving
    the TLS object to the thread that uses it)."""
    try:
        socket.socket.shutdown(sock, socket.SHUT_RDWR)
    except (OSError, TypeError, ValueError):
        pass


_DEADLINE, _CANCELLED = "deadline", "cancelled"


class Guard:
    """One request: its socket (``attach``) is shut down at its deadline or on Stop."""

    def __init__(self, seconds: float, scope: Scope | None) -> None:
        self.seconds, self.scope = seconds, scope
        self.reason: str | None = None
        self.sent = False  # a byte of the request was handed to its socket (``urlopen``)
        self._socks: list[Any] = []
        self._wakers: list[threading.Event] = []
        self._finished = False
        self._lock = threading.Lock()

    def attach(self, sock: Any) -> None:
        """Watch ``sock``; shut it down at once if the request has already been ended."""
        if sock is None:
            return
        with self._lock:
            self._socks.append(sock)
            ended = self.reason is not None
        if ended:
            _shut(sock)

    def wake(self, event: threading.Event) -> None:
        """Set ``event`` when the request is ended (at once if it already is): a wait on
        something other than a socket (a name lookup) ends with it."""
        with self._lock:
            self._wakers.append(event)
            ended = self.reason is not None
        if ended:
            event.set()

    def abort(self, reason: str) -> None:
        with self._lock:
            if self.reason is not None or self._finished:
                return
            self.reason = reason
            socks, wakers = list(self._socks), list(self._wakers)
        for s in socks:
            _shut(s)
        for e in wakers:
            e.set()

    def finish(self) -> None:
        """The request is over: nothing is shut down after this (its connection may serve
        the next request), so ``reason`` is final."""
        with self._lock:
            self._finished = True
            self._socks.clear()
            self._wakers.clear()

    def check(self) -> None:
        """Raise what ended the request, if something did."""
        if self.reason == _CANCELLED:
            raise CancelledError("The job was cancelled.")
        if self.reason == _DEADLINE:
            raise DeadlineExceeded(self.seconds)


class _Watchdog:
    """One daemon thread for the process: ends each request whose deadline has passed.

    It is woken only when a request comes with a deadline earlier than the one it sleeps
    until: a stream of short requests (a server's) does not wake it once per request. A
    finished request's entry stays in the heap until it comes to the top or the finished
    ones are half of it (then the heap is rebuilt without them), so the heap stays within
    about twice the requests under way."""

    #: Fewer finished entries than this are never worth a rebuild.
    COMPACT_MIN = 64

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int, Guard]] = []
        self._done: set[int] = set()
        self._seq = itertools.count()
        self._thread: threading.Thread | None = None
        self._until = math.inf  # when the watchdog wakes by itself

    def add(self, guard: Guard, at: float) -> int:
        with self._cond:
            n = next(self._seq)
            heapq.heappush(self._heap, (at, n, guard))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="backupgui-net-deadlines",
                                                daemon=True)
                self._thread.start()
            if at < self._until:  # earlier than the watchdog's wait: it must shorten
                self._until = at
                self._cond.notify()
        return n

    def remove(self, n: int) -> None:
        with self._cond:
            self._done.add(n)
            if len(self._done) >= self.COMPACT_MIN and 2 * len(self._done) >= len(self._heap):
                self._heap = [e for e in self._heap if e[1] not in self._done]
                heapq.heapify(self._heap)
                self._done.clear()  # (and any entry already ended by its deadline)

    def _run(self) -> None:
        while True:
            due: list[Guard] = []
            with self._cond:
                now = time.monotonic()
                purged = math.inf  # the earliest deadline of a finished request dropped here
                while self._heap and (self._heap[0][1] in self._done or self._heap[0][0] <= now):
                    at, n, guard = heapq.heappop(self._heap)
                    if n in self._done:
                        self._done.discard(n)
                        if at > now:
                            purged = min(purged, at)
                    else:
                        due.append(guard)
                if not due:
                    # (sleeping until a dropped deadline, not for ever, when nothing is left:
                    # the next request, whose deadline is likely later, need not wake it)
                    self._until = min(self._heap[0][0] if self._heap else math.inf, purged)
                    self._cond.wait(None if self._until == math.inf else self._until - now)
            for guard in due:
                guard.abort(_DEADLINE)


_watchdog = _Watchdog()


class Scope:
    """The requests of one job: ``interrupt`` (Stop) ends every one of them at once, and every
    request started after it fails at once with ``CancelledError``. Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._live: set[Guard] = set()
        self._stopped = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._stopped.is_set()

    def interrupt(self) -> None:
        with self._lock:
            self._stopped.set()
            live = list(self._live)
        for guard in live:
            guard.abort(_CANCELLED)

    def check(self) -> None:
        if self._stopped.is_set():
            raise CancelledError("The job was cancelled.")

    def sleep(self, seconds: float) -> None:
        """Wait ``seconds`` (a retry's backoff), or until Stop (``CancelledError``)."""
        if self._stopped.wait(seconds):
            raise CancelledError("The job was cancelled.")

    def _add(self, guard: Guard) -> None:
        with self._lock:
            if self._stopped.is_set():
                raise CancelledError("The job was cancelled.")
            self._live.add(guard)

    def _discard(self, guard: Guard) -> None:
        with self._lock:
            self._live.discard(guard)


@contextlib.contextmanager
def guarded(seconds: float, scope: Scope | None = None) -> Iterator[Guard]:
    """Watch one request: ``attach`` its socket(s). After the block nothing is shut down any
    more; ``check`` then tells whether the deadline or Stop ended it (the caller drops the
    connection)."""
    guard = Guard(seconds, scope)
    if scope is not None:
        scope._add(guard)
    n = _watchdog.add(guard, time.monotonic() + seconds)
    try:
        yield guard
    finally:
        guard.finish()
        _watchdog.remove(n)
        if scope is not None:
            scope._discard(guard)


_local = threading.local()


def current_scope() -> Scope | None:
    """The Stop scope of the job running on this thread (``job_scope``), if any."""
    return getattr(_local, "scope", None)


@contextlib.contextmanager
def job_scope(on_cancel: Callable[[Callable[[], None]], Callable[[], None]]) -> Iterator[Scope]:
    """Run a job's code on this thread with a ``Scope`` that its Stop interrupts:
    ``on_cancel`` registers a callback with the job's ``CancelToken`` and returns its
    removal. A Drive destination opened inside takes this scope for all its threads."""
    scope = Scope()
    previous = current_scope()
    _local.scope = scope
    remove = on_cancel(scope.interrupt)
    try:
        yield scope
    finally:
        remove()
        _local.scope = previous


#: The longest a pending TCP connect waits before it looks at its guard again (Stop and the
#: deadline also shut its socket down, which wakes the wait at once on Linux; the slice is the
#: bound elsewhere).
CONNECT_SLICE = 0.1
_IN_PROGRESS = {errno.EINPROGRESS, errno.EWOULDBLOCK, errno.EAGAIN, errno.EALREADY,
                getattr(errno, "WSAEWOULDBLOCK", errno.EWOULDBLOCK)}


#: The most name lookups that may be under way at once in the process. A lookup the request
#: no longer waits for (Stop, the deadline) runs on until the resolver gives up; while this
#: many are still running, a new lookup waits for one of them to end (within its own
#: deadline and Stop), so a resolver that never answers costs at most this many threads.
MAX_LOOKUPS = 8
_lookup_slots = threading.BoundedSemaphore(MAX_LOOKUPS)
_NUMERIC = socket.AI_NUMERICHOST | getattr(socket, "AI_NUMERICSERV", 0)


class _Lookup:
    """One ``getaddrinfo`` on its own daemon thread, which holds a slot and gives it back
    when the lookup ends; ``woken`` is set then."""

    def __init__(self, host: str, port: Any, woken: threading.Event) -> None:
        self.done = False
        self.result: list[Any] | None = None
        self.error: BaseException | None = None
        self._args, self._woken = (host, port), woken
        threading.Thread(target=self._run, name="backupgui-name-lookup", daemon=True).start()

    def _run(self) -> None:
        try:
            self.result = socket.getaddrinfo(*self._args, 0, socket.SOCK_STREAM)
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting request
            self.error = exc
        finally:
            self.done = True
            _lookup_slots.release()
            self._woken.set()


def resolve(host: str, port: Any, timeout: float | None, *, guard: Guard) -> list[Any]:
    """``getaddrinfo(host, port)`` for a TCP connect, under the request's deadline and Stop:
    the lookup runs on a worker thread, and the request stops waiting for it at once when
    the guard ends it (``DeadlineExceeded``, ``CancelledError``) or after ``timeout``
    seconds (``TimeoutError``). An address needs no lookup and gets none."""
    try:  # (an IP address: no resolver is asked, nothing can hang)
        return socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM, 0, _NUMERIC)
    except (socket.gaierror, UnicodeError):
        pass
    end = None if timeout is None else time.monotonic() + timeout
    woken = threading.Event()
    guard.wake(woken)
    while not _lookup_slots.acquire(timeout=CONNECT_SLICE):  # (all taken: a hung resolver)
        guard.check()
        if end is not None and time.monotonic() >= end:
            raise TimeoutError(f"the name lookup of {host} timed out")
    try:
        guard.check()
        lookup = _Lookup(host, port, woken)  # (its thread gives the slot back)
    except BaseException:  # (ended meanwhile, or no thread could be started)
        _lookup_slots.release()
        raise
    woken.wait(None if end is None else max(0.0, end - time.monotonic()))
    if not lookup.done:
        guard.check()
        raise TimeoutError(f"the name lookup of {host} timed out")
    guard.check()
    if lookup.error is not None:
        raise lookup.error
    return lookup.result or []


def _connect_one(sock: socket.socket, address: Any, timeout: float | None, guard: Guard) -> None:
    """Connect ``sock`` (non-blocking) to ``address``, waiting at most ``timeout`` seconds
    (None: until the guard ends it), in slices that look at the guard."""
    end = None if timeout is None else time.monotonic() + timeout
    sock.setblocking(False)
    rc = sock.connect_ex(address)
    if rc == 0:
        return
    if rc not in _IN_PROGRESS:
        raise OSError(rc, os.strerror(rc))
    with selectors.DefaultSelector() as sel:
        sel.register(sock, selectors.EVENT_WRITE)
        while True:
            guard.check()
            left = CONNECT_SLICE if end is None else min(CONNECT_SLICE, end - time.monotonic())
            if left <= 0:
                raise TimeoutError("timed out")
            if sel.select(left):
                guard.check()  # (a shutdown by the guard also reads as "ready")
                rc = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
                if rc:
                    raise OSError(rc, os.strerror(rc))
                return


def connect(address: tuple[str, int], timeout: Any,
            source_address: tuple[str, int] | None = None, *, guard: Guard,
            loopback_only: bool = False) -> socket.socket:
    """``socket.create_connection`` whose TCP connect the guard watches from the socket's
    creation: Stop or the deadline ends it at once (``CancelledError``,
    ``DeadlineExceeded``), not at ``timeout``. The socket returned is blocking with
    ``timeout``. The name lookup before it is watched too (``resolve``). With
    ``loopback_only``, an address the lookup gives that is not loopback is never connected
    to (``localhost`` bypasses the proxy: a resolver that answers it with an outside
    address must not send the connection around the proxy)."""
    host, port = address
    if not isinstance(timeout, int | float):  # (None, or http.client's "the default")
        timeout = None
    error: OSError | None = None
    for family, kind, proto, _name, addr in resolve(host, port, timeout, guard=guard):
        guard.check()
        if loopback_only and not _loopback_ip(addr[0]):
            error = OSError(f"{host} resolves to an address that is not loopback")
            continue
        sock = socket.socket(family, kind, proto)
        try:
            guard.attach(sock)
            if source_address:
                sock.bind(source_address)
            _connect_one(sock, addr, timeout, guard)
            sock.settimeout(timeout)
            return sock
        except BaseException as exc:
            sock.close()
            if not isinstance(exc, OSError) or guard.reason is not None:
                guard.check()
                raise
            error = exc
    raise error or OSError(f"no address for {host}")


#: The most a proxy's answer to CONNECT may be (status line and headers).
MAX_TUNNEL_ANSWER = 16 << 10


class ProxyRefused(ConnectionError):
    """The proxy did not open the tunnel (its status code is in the message, nothing else of
    its answer)."""


def tunnel(sock: socket.socket, host: str, port: int, authorization: str | None = None) -> None:
    """Open an HTTP ``CONNECT`` tunnel to ``host:port`` through the proxy connected on
    ``sock`` (from ``connect``, so its guard watches every byte: a proxy that trickles or
    never sends its answer is ended by the deadline and Stop). The proxy resolves ``host``.
    Its answer is read up to its blank line, at most ``MAX_TUNNEL_ANSWER`` bytes, and
    nothing after it (the tunnel's bytes belong to the TLS handshake). Raises
    ``ProxyRefused`` for any status but 2xx, ``ConnectionError`` for a cut or oversized
    answer."""
    target = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    head = f"CONNECT {target} HTTP/1.1\r\nHost: {target}\r\n"
    if authorization:
        head += f"Proxy-Authorization: {authorization}\r\n"
    sock.sendall((head + "\r\n").encode("ascii"))
    answer = b""
    while not answer.endswith(b"\r\n\r\n"):
        if len(answer) >= MAX_TUNNEL_ANSWER:
            raise ConnectionError("the proxy's answer to CONNECT is too long")
        # (what a well-behaved proxy sends comes in one or two pieces; peeking first
        # keeps a byte of the tunnel from being read as the answer's)
        piece = sock.recv(MAX_TUNNEL_ANSWER - len(answer), socket.MSG_PEEK)
        if not piece:
            raise ConnectionError("the proxy closed the connection during CONNECT")
        end = (answer + piece).find(b"\r\n\r\n")
        take = len(piece) if end < 0 else end + 4 - len(answer)
        answer += sock.recv(take)
    status = answer.split(b"\r\n", 1)[0].split()
    if len(status) < 2 or not status[0].startswith(b"HTTP/1.") or not status[1].isdigit() \
            or len(status[1]) != 3:
        raise ConnectionError("the proxy's answer to CONNECT is not HTTP")
    if not status[1].startswith(b"2"):
        raise ProxyRefused(f"the proxy refused the tunnel to {target}: {status[1].decode()}")


# ---- Proxies from the environment ----------------------------------------------------------
class ProxyUnusable(OSError):
    """The proxy setting that applies cannot be used (SOCKS4, a TLS proxy, an address that is
    not a proxy URL): the request fails with this rather than going out directly. Its text
    (``unusable_proxy_message``) names the setting, never its value (it may hold a
    password). Not a ``ConnectionError``: retrying cannot help."""

    def __init__(self, setting: str, scheme: str | None) -> None:
        self.setting, self.scheme = setting, scheme
        super().__init__(unusable_proxy_message(setting, scheme))


def unusable_proxy_message(setting: str, scheme: str | None) -> str:
    """The sentence for ``ProxyUnusable`` (one per case: a template the GUI translates)."""
    if scheme is None:
        return f"The proxy set in {setting} cannot be used: it is not a proxy address."
    # translators: %1: where the proxy is set (an environment variable such as HTTPS_PROXY), %2:
    # the kind of proxy given (such as socks4)
    return (f"The proxy set in {setting} cannot be used: {scheme} proxies are not supported "
            "(only http, socks5 and socks5h).")


#: Proxy URL schemes and how each is spoken. ``socks5`` sends the destination's name to the
#: proxy as ``socks5h`` does (no local lookup: docs/SECURITY.md section 5 says why).
_PROXY_KINDS = {"http": "http", "socks5": "socks5", "socks5h": "socks5", "socks": "socks5"}
#: Schemes of ``*_proxy`` settings whose proxy is refused by name (not a malformed value).
_REFUSED_SCHEMES = ("socks4", "socks4a", "https")


class Proxy:
    """A proxy from the environment: ``kind`` "http" (CONNECT) or "socks5"; ``setting`` is the
    variable it came from. The password is kept out of ``repr``."""

    def __init__(self, kind: str, host: str, port: int, user: str | None,
                 password: str | None, setting: str) -> None:
        self.kind, self.host, self.port, self.setting = kind, host, port, setting
        self.user, self.password = user, password

    def __repr__(self) -> str:
        return f"Proxy({self.kind}, {self.host}:{self.port}, from {self.setting})"

    def authorization(self) -> str | None:
        """HTTP Basic credentials for CONNECT, from the URL's user and password."""
        if not self.user:
            return None
        pair = f"{self.user}:{self.password or ''}".encode()
        return "Basic " + base64.b64encode(pair).decode("ascii")


def _loopback_ip(text: str) -> bool:
    try:
        return ipaddress.ip_address(text).is_loopback
    except ValueError:
        return False


def is_loopback(host: str) -> bool:
    """True for a destination that cannot leave this computer: a literal loopback address
    (127.0.0.0/8, ``::1``, with or without brackets) or exactly the name ``localhost`` (any
    case). Nothing is looked up: a name whose DNS answer is 127.0.0.1, ``localhost.``,
    ``localhost.example.com``, ``127.1`` or ``::ffff:127.0.0.1`` are not loopback here (the
    proxy, if one is set, gets them), and ``localhost`` is connected to only on loopback
    addresses (``open_connection``)."""
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    return host.lower() == "localhost" or _loopback_ip(host)


def proxy_for(scheme: str, host: str, environ: Any = None) -> Proxy | None:
    """The proxy the environment sets for a ``scheme`` ("http"/"https") connection to
    ``host``, or None (none set, ``host`` is loopback (``is_loopback``), or ``host`` matches
    ``no_proxy``/``NO_PROXY``, urllib's rules). Looked at, in order: ``{scheme}_proxy``,
    ``{SCHEME}_PROXY``, ``all_proxy``, ``ALL_PROXY`` (curl's order). Raises
    ``ProxyUnusable`` for a setting that applies but cannot be used: the caller must not
    connect directly then (a loopback destination goes direct before the setting is read:
    it cannot go around the proxy to the outside)."""
    if is_loopback(host):
        return None
    env = os.environ if environ is None else environ
    for setting in (f"{scheme}_proxy", f"{scheme.upper()}_PROXY", "all_proxy", "ALL_PROXY"):
        value = (env.get(setting) or "").strip()
        if value:
            break
    else:
        return None
    no_proxy = env.get("no_proxy") or env.get("NO_PROXY") or ""
    if no_proxy and urllib.request.proxy_bypass_environment(host, {"no": no_proxy}):
        return None
    if "://" not in value:
        value = "http://" + value  # (curl's and urllib's reading of a bare host:port)
    try:
        url = urllib.parse.urlsplit(value)
        port = url.port
    except ValueError:
        raise ProxyUnusable(setting, None) from None
    scheme_of = url.scheme.lower()
    if scheme_of in _REFUSED_SCHEMES:
        raise ProxyUnusable(setting, scheme_of)
    kind = _PROXY_KINDS.get(scheme_of)
    if kind is None or not url.hostname:
        raise ProxyUnusable(setting, None)
    user = urllib.parse.unquote(url.username) if url.username else None
    password = urllib.parse.unquote(url.password) if url.password is not None else None
    if kind == "socks5" and (len((user or "").encode()) > 255
                             or len((password or "").encode()) > 255):
        raise ProxyUnusable(setting, None)  # (RFC 1929: each at most 255 bytes)
    return Proxy(kind, url.hostname, port or (1080 if kind == "socks5" else 80), user,
                 password, setting)


#: SOCKS5 reply codes (RFC 1928 section 6), said in words.
SOCKS5_REPLIES = {
    1: "general SOCKS server failure",
    2: "connection not allowed by the proxy's rules",
    3: "network unreachable",
    4: "host unreachable",
    5: "connection refused",
    6: "TTL expired",
    7: "command not supported",
    8: "address type not supported",
}


def _recv_exactly(sock: socket.socket, n: int, what: str) -> bytes:
    """Exactly ``n`` bytes (n is small: a handshake field), or ``ConnectionError``."""
    data = b""
    while len(data) < n:
        piece = sock.recv(n - len(data))
        if not piece:
            raise ConnectionError(f"the SOCKS proxy closed the connection during {what}")
        data += piece
    return data


def socks5(sock: socket.socket, host: str, port: int, user: str | None = None,
           password: str | None = None) -> None:
    """Open a SOCKS5 (RFC 1928) connection to ``host:port`` through the proxy connected on
    ``sock`` (from ``connect``: its guard watches every byte, so a proxy that trickles or
    withholds its answers ends at the deadline and on Stop). A name is sent to the proxy,
    never looked up here; an IP address is sent as one. With ``user``, the proxy may ask for
    RFC 1929 user name and password. Every answer is read to its exact length (at most 262
    bytes), nothing after it. Raises ``ProxyRefused`` (the reply in words, no credentials)
    or ``ConnectionError`` for an answer that is not SOCKS5's."""
    target = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    methods = b"\x00\x02" if user else b"\x00"
    sock.sendall(b"\x05" + bytes([len(methods)]) + methods)
    version, method = _recv_exactly(sock, 2, "its greeting")
    if version != 5:
        raise ConnectionError("the proxy's answer is not SOCKS5")
    if method == 0x02 and user:
        name, secret = user.encode(), (password or "").encode()
        sock.sendall(b"\x01" + bytes([len(name)]) + name + bytes([len(secret)]) + secret)
        _version, status = _recv_exactly(sock, 2, "the sign-in")
        if status != 0:
            raise ProxyRefused("the SOCKS proxy refused the user name and password")
    elif method == 0xFF:
        raise ProxyRefused("the SOCKS proxy accepts none of the offered ways to sign in"
                           + ("" if user else " (it may need a user name and password)"))
    elif method != 0x00:
        raise ConnectionError(f"the SOCKS proxy chose a way to sign in not offered ({method})")
    try:
        address = b"\x01" + socket.inet_pton(socket.AF_INET, host)
    except OSError:
        try:
            address = b"\x04" + socket.inet_pton(socket.AF_INET6, host)
        except OSError:
            try:
                name = host.encode("idna")
            except UnicodeError:
                raise ConnectionError("a host name SOCKS5 cannot carry") from None
            if not 0 < len(name) <= 255:
                raise ConnectionError("a host name too long for SOCKS5") from None
            address = b"\x03" + bytes([len(name)]) + name
    sock.sendall(b"\x05\x01\x00" + address + port.to_bytes(2, "big"))
    version, reply, _reserved, kind = _recv_exactly(sock, 4, "its reply")
    if version != 5:
        raise ConnectionError("the proxy's reply is not SOCKS5")
    if reply != 0:
        words = SOCKS5_REPLIES.get(reply, "an unassigned reply code")
        raise ProxyRefused(f"the SOCKS proxy refused the connection to {target}: "
                           f"{words} (reply {reply})")
    if kind == 1:
        rest = 4
    elif kind == 4:
        rest = 16
    elif kind == 3:
        rest = _recv_exactly(sock, 1, "its reply")[0]
    else:
        raise ConnectionError(f"the SOCKS proxy's reply has an unknown address type ({kind})")
    _recv_exactly(sock, rest + 2, "its reply")  # (the bound address and port: unused)


def open_connection(scheme: str, address: tuple[str, int], timeout: Any,
                    source_address: tuple[str, int] | None = None, *,
                    guard: Guard, connect_to: Any = None,
                    connect_timeout: float | None = None) -> socket.socket:
    """A TCP connection for a ``scheme`` ("http"/"https") request to ``address``: through the
    proxy the environment sets for it (``proxy_for``: an HTTP proxy's ``CONNECT`` tunnel or
    SOCKS5), else directly (``connect``). Every byte to the proxy is watched by ``guard``.
    A proxy setting that applies but cannot be used raises ``ProxyUnusable``: never a
    direct connection instead. ``connect_to``: one ``getaddrinfo`` entry of ``address``'s
    host to connect to (directly only; the host name still names the server for TLS),
    waiting at most ``connect_timeout`` seconds for the connect. A loopback destination
    goes direct (``is_loopback``), the name ``localhost`` only to loopback addresses."""
    host, port = address
    proxy = proxy_for(scheme, host)
    if proxy is None and connect_to is not None:
        family, kind, proto, _name, addr = connect_to
        if is_loopback(host) and not _loopback_ip(addr[0]):
            raise OSError(f"{host} resolves to an address that is not loopback")
        sock = socket.socket(family, kind, proto)
        try:
            guard.attach(sock)
            if source_address:
                sock.bind(source_address)
            wait = timeout if isinstance(timeout, int | float) else None
            _connect_one(sock, addr, connect_timeout if connect_timeout is not None else wait,
                         guard)
            sock.settimeout(wait)
        except BaseException as exc:
            sock.close()
            if not isinstance(exc, OSError) or guard.reason is not None:
                guard.check()
            raise
        return sock
    if proxy is None:
        return connect(address, timeout, source_address, guard=guard,
                       loopback_only=is_loopback(host))
    sock = connect((proxy.host, proxy.port), timeout, source_address, guard=guard)
    try:
        if proxy.kind == "socks5":
            socks5(sock, host, port, proxy.user, proxy.password)
        else:
            tunnel(sock, host, port, proxy.authorization())
    except BaseException:
        sock.close()
        raise
    return sock


# ---- urllib (the key-vault client, the vault service's issuer fetches) -------------------
def _watched(base: type, guard: Guard, scheme: str, **where: Any) -> type:
    class Conn(base):  # type: ignore[misc, valid-type]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            # (the TCP connect too: Stop ends a connect to an address that never answers;
            # and the proxy, urllib's ProxyHandler being left out: see ``urlopen``)
            self._create_connection = functools.partial(open_connection, scheme, guard=guard,
                                                        **where)
            ctx = getattr(self, "_context", None)
            if ctx is not None:  # (TLS) watched during the handshake too
                self._context = AttachingContext(ctx, guard)

        def connect(self) -> None:
            super().connect()
            guard.attach(self.sock)

        def send(self, data: Any) -> None:
            if self.sock is None and self.auto_open:  # (http.client connects in its first
                self.connect()  # send: a refused connect has sent nothing)
            guard.sent = True  # (before: a send that fails half-way may have reached the peer)
            super().send(data)

    return Conn


class AttachingContext:
    """An ``SSLContext`` stand-in whose ``wrap_socket`` hands the TLS socket to ``guard``
    before its handshake: a handshake the server trickles ends at the deadline or on Stop
    too (http.client and httplib2 keep a socket to themselves until it is done)."""

    def __init__(self, context: Any, guard: Guard) -> None:
        self._ctx, self._guard = context, guard

    def wrap_socket(self, sock: Any, *args: Any, do_handshake_on_connect: bool = True,
                    **kwargs: Any) -> Any:
        tls = self._ctx.wrap_socket(sock, *args, do_handshake_on_connect=False, **kwargs)
        self._guard.attach(tls)
        if do_handshake_on_connect:
            tls.do_handshake()
        return tls

    def __getattr__(self, name: str) -> Any:
        return getattr(self._ctx, name)


class _Http(urllib.request.HTTPHandler):
    def __init__(self, guard: Guard, **where: Any) -> None:
        super().__init__()
        self.guard, self.where = guard, where

    def http_open(self, req: Any) -> Any:
        return self.do_open(_watched(http.client.HTTPConnection, self.guard, "http",
                                     **self.where), req)


class _Https(urllib.request.HTTPSHandler):
    def __init__(self, guard: Guard, **where: Any) -> None:
        super().__init__()
        self.guard, self.where = guard, where

    def https_open(self, req: Any) -> Any:
        extra = {"context": getattr(self, "_context", None)}
        if getattr(self, "_check_hostname", None) is not None:  # (Python before 3.12)
            extra["check_hostname"] = self._check_hostname
        return self.do_open(_watched(http.client.HTTPSConnection, self.guard, "https",
                                     **self.where), req, **extra)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A 3xx is the answer itself (``urlopen``'s ``redirects=False``): urllib would ask the
    ``Location`` instead, a POST as a GET of any URL, and give that answer as the POST's."""

    def redirect_request(self, *_args: Any) -> None:
        return None


class Sent:
    """Filled in by ``urlopen``: whether any byte of the request reached its socket. A
    request that failed with ``sent`` False cannot have been acted on (a refused or
    timed-out connect, a failed TLS handshake or proxy tunnel)."""

    sent = False


def urlopen(req: urllib.request.Request, *, idle: float, deadline: float, limit: int,
            scope: Scope | None = None, connect_to: Any = None,
            connect_timeout: float | None = None, sent: Sent | None = None,
            redirects: bool = True) -> tuple[int, bytes, Any]:
    """``urllib`` GET/POST whose whole answer (at most ``limit`` bytes read) must arrive
    within ``deadline`` seconds (each wait for data at most ``idle``); Stop of ``scope`` ends
    it at once. Returns (status, body, headers); an HTTP error status is an answer too.
    Through the environment's proxy (``open_connection``). Raises ``DeadlineExceeded``,
    ``CancelledError``, ``ProxyUnusable``, ``OSError`` or ``HTTPException``.
    ``connect_to``/``connect_timeout``: connect to that one resolved address of the URL's
    host (``open_connection``); ``sent`` tells afterwards whether the request went out.
    ``redirects=False``: a 3xx answer is returned as it is, its ``Location`` never asked."""
    where = {"connect_to": connect_to, "connect_timeout": connect_timeout}
    with guarded(deadline, scope) as guard:
        # (no ProxyHandler: the connection itself goes through the environment's proxy,
        # HTTP or SOCKS5, or fails with ProxyUnusable; urllib's would ignore ALL_PROXY and
        # speak HTTP to a SOCKS proxy)
        handlers: list[Any] = [urllib.request.ProxyHandler({}), _Http(guard, **where),
                               _Https(guard, **where)]
        if not redirects:
            handlers.append(_NoRedirect())
        opener = urllib.request.build_opener(*handlers)
        try:
            try:
                with opener.open(req, timeout=idle) as resp:
                    status, body, headers = resp.status, resp.read(limit), resp.headers
            except urllib.error.HTTPError as exc:
                status, body, headers = exc.code, exc.read(limit), exc.headers
                exc.close()
        except (OSError, http.client.HTTPException) as exc:
            if sent is not None:
                sent.sent = guard.sent
            guard.check()
            if isinstance(getattr(exc, "reason", None), ProxyUnusable):  # (in a URLError)
                raise exc.reason from None  # type: ignore[misc, union-attr]
            raise
        finally:
            if sent is not None:
                sent.sent = guard.sent
    guard.check()  # (a body cut by the shutdown reads as its end: never taken as whole)
    return status, body, headers
