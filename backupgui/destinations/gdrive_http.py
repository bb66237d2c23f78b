"""The HTTP layer both the Drive destination and the sign-in use: the API root, the scope,
an authorized ``httplib2`` connection and the Drive v3 client built from the bundled
discovery document. It imports neither ``gdrive`` nor ``google_auth``, so those two do not
import each other.
"""

from __future__ import annotations

import functools
import http.client
import json
import re
import socket
import zlib
from collections.abc import Iterator
from importlib import resources
from typing import Any

import httplib2

from . import netguard

DEFAULT_ROOT = "https://www.googleapis.com/"
SCOPE = "https://www.googleapis.com/auth/drive.appdata"
#: The largest answer body read (after decompression): a download range (8 MiB), a page of
#: a thousand file entries (under 1 MiB) and everything else Drive sends fit many times over.
MAX_ANSWER = 64 << 20


def normalize_root(api_root: str) -> str:
    """``api_root`` with exactly one trailing slash."""
    return api_root if api_root.endswith("/") else api_root + "/"


class RequestDropped(ConnectionError):
    """The connection failed after the request was (perhaps partly) sent; httplib2 wanted to
    send it again at once, and we do not let it (see ``SingleAttemptHttp``)."""


class UnusableAnswer(httplib2.HttpLib2Error):
    """The server's answer is larger than any Drive answer may be, or malformed (a hostile
    or broken server): it is refused, never read further."""


class _BoundedResponse(http.client.HTTPResponse):
    """An ``HTTPResponse`` whose whole-body read stops at ``limit`` bytes, whatever the
    server declares or sends (a Content-Length of a terabyte, a chunked or until-close body
    that never ends), and which inflates a gzip or deflate body itself, bounded the same
    way (httplib2 would inflate it whole, up to 100 times its size)."""

    def __init__(self, *args: Any, limit: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.limit = limit

    def read(self, amt: int | None = None) -> bytes:
        if amt is not None:
            return super().read(amt)
        declared = None if self.chunked else self.length
        if declared is not None:  # one read of the declared length, as http.client does it
            if declared > self.limit:
                raise UnusableAnswer(f"an answer of {declared} bytes")
            body = super().read()
        else:  # chunked, or until the connection closes: counted as it comes
            parts, got = [], 0
            while piece := super().read(min(1 << 20, self.limit + 1 - got)):
                parts.append(piece)
                got += len(piece)
                if got > self.limit:
                    raise UnusableAnswer("an answer larger than any Drive answer")
            body = b"".join(parts)
        encoding = (self.msg.get("content-encoding") or "").strip().lower()
        if encoding in ("gzip", "deflate", "zlib"):
            body = _inflate(body, self.limit)
            del self.msg["content-encoding"]  # (inflated here; httplib2 must not again)
        return body


def _inflate(body: bytes, limit: int) -> bytes:
    """A gzip, zlib or raw deflate body, at most ``limit`` bytes of it."""
    for wbits in (47, -15):  # gzip or zlib (by its header), then raw deflate
        d = zlib.decompressobj(wbits)
        try:
            out = d.decompress(body, limit + 1)
        except zlib.error:
            continue
        if len(out) > limit or d.unconsumed_tail:
            raise UnusableAnswer("a compressed answer larger than any Drive answer")
        return out
    raise UnusableAnswer("a compressed answer that does not decompress")


class SingleAttemptHttp(httplib2.Http):
    """``httplib2.Http`` that sends each request at most once.

    httplib2 re-sends a request on a fresh connection when the first one drops (up to
    ``RETRIES`` times, and once more after a "bad status line"), without delay, for every
    method: a whole 8 MiB chunk again within milliseconds, a POST or DELETE again unasked.
    Here the first failure is raised instead, so every retry goes through the client's own
    backoff (``gdrive_retry``), which asks an upload session what it has before sending more.
    Every answer body is read through ``_BoundedResponse`` (at most ``max_answer`` bytes).

    Each request has a deadline that grows with its bytes (``netguard.deadline_for``: what it
    sends and, for a ranged download, what it asks for); past it, or when ``scope`` is
    stopped, its socket is shut down from the watchdog's or the stopping thread and the
    request raises ``netguard.DeadlineExceeded`` (retried as a dropped connection) or
    ``CancelledError``. ``deadline_base``/``min_rate`` None: the module's constants.
    """

    def __init__(self, *args: Any, max_answer: int = MAX_ANSWER,
                 scope: netguard.Scope | None = None, deadline_base: float | None = None,
                 min_rate: float | None = None, **kwargs: Any) -> None:
        # (no httplib2 proxy: ``_connect`` takes the environment's, and httplib2's parse of
        # it raises ValueError on a malformed port before any request)
        kwargs.setdefault("proxy_info", None)
        super().__init__(*args, **kwargs)
        self.max_answer = max_answer
        self.scope = scope
        self.deadline_base, self.min_rate = deadline_base, min_rate

    def _deadline(self, body: Any, headers: Any) -> float:
        h = {str(k).lower(): str(v) for k, v in (headers or {}).items()}
        try:
            sent = int(h.get("content-length", "0"))
        except ValueError:
            sent = 0
        if not sent and isinstance(body, bytes | bytearray | str):
            sent = len(body)
        asked = 0
        rng = h.get("range", "")
        if rng.startswith("bytes=") and "-" in rng:
            first, _, last = rng[6:].partition("-")
            if first.isdigit() and last.isdigit():
                asked = int(last) - int(first) + 1
        return netguard.deadline_for(sent, asked, self.deadline_base, self.min_rate)

    def _auth_from_challenge(self, host: str, request_uri: str, headers: Any, response: Any,
                             content: Any) -> Iterator[Any]:
        """No httplib2 authorization to retry a 401 with: backupgui gives httplib2 no
        credentials of its own (google-auth sets the bearer header). httplib2 would parse
        the answer's WWW-Authenticate headers first anyway, with pyparsing, at ~10 us a
        byte: up to 100 lines of 64 KiB, minutes per 401 from a hostile server."""
        if not self.credentials.credentials:
            return iter(())
        return super()._auth_from_challenge(host, request_uri, headers, response, content)

    def _conn_request(self, conn: Any, request_uri: str, method: str, body: Any,
                      headers: Any) -> Any:
        seconds = self._deadline(body, headers)
        if hasattr(body, "send_to"):
            body = _SentBy(body, conn)
        conn.response_class = functools.partial(_BoundedResponse, limit=self.max_answer)
        sent = False
        send = conn.request
        with netguard.guarded(seconds, self.scope) as guard:

            def connect_watched() -> None:
                ctx = getattr(conn, "_context", None)
                if ctx is not None:  # (TLS) the socket is watched during its handshake too
                    conn._context = netguard.AttachingContext(ctx, guard)
                try:
                    _connect(conn, guard)
                finally:
                    if ctx is not None:
                        conn._context = ctx
                guard.attach(conn.sock)

            def send_once(*args: Any, **kwargs: Any) -> Any:
                nonlocal sent
                if sent:  # httplib2 is about to retry on its own
                    raise RequestDropped(f"the connection dropped during an HTTP {method}")
                sent = True
                guard.attach(conn.sock)  # (a connection kept alive from an earlier request)
                return send(*args, **kwargs)

            conn.request, conn.connect = send_once, connect_watched
            try:
                answer = super()._conn_request(conn, request_uri, method, body, headers)
            except BaseException:
                # httplib2 keeps the connection after some failures (a body cut short or
                # unread, a request whose sending failed): the next request would go out on it
                # and fail too, or take the rest of a refused answer for its own. A new one.
                conn.close()
                guard.check()  # the deadline or Stop, not the error it caused, is the cause
                raise
            finally:
                del conn.request, conn.connect  # back to the class's methods
        # (Checked once the guard is finished, so no shutdown can come later: a body cut by
        # one reads as its end and must not be taken whole, and a connection shut down must
        # not serve the next request.)
        if guard.reason is not None:
            conn.close()
            guard.check()
        return answer


def _connect(conn: Any, guard: netguard.Guard) -> None:
    """httplib2's ``connect`` with a TCP connect that Stop and the deadline end at once
    (``netguard.connect``: the guard has the socket from its creation, the name lookup
    included), through the proxy the environment sets (``netguard.open_connection``:
    ``https_proxy``/``http_proxy``, upper case, ``ALL_PROXY``, minus ``no_proxy``; an HTTP
    proxy's CONNECT tunnel or SOCKS5, every byte to the proxy watched as the request's). A
    proxy setting that cannot be used raises ``netguard.ProxyUnusable``: never a direct
    connection. httplib2's own proxy support (PySocks, which the app does not ship; without
    it httplib2 ignored the proxy) is never used."""
    tls = getattr(conn, "_context", None) is not None
    sock = netguard.open_connection("https" if tls else "http", (conn.host, conn.port),
                                    conn.timeout, guard=guard)
    _finish_connect(conn, sock)


def _finish_connect(conn: Any, sock: socket.socket) -> None:
    """``conn.sock``: ``sock`` with Nagle off, wrapped in TLS for an HTTPS connection."""
    try:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        ctx = getattr(conn, "_context", None)
        # (TLS: ``_context`` is the guard's AttachingContext; its hostname check is the context's)
        conn.sock = sock if ctx is None else ctx.wrap_socket(sock, server_hostname=conn.host)
    except BaseException:
        sock.close()
        raise


class _SentBy:
    """A request body that sends itself on the connection's socket (``body.send_to(sock)``,
    e.g. ``sendfile`` from a spool file), once http.client has sent the headers: it iterates
    as an empty body, so http.client itself writes none of it."""

    def __init__(self, body: Any, conn: Any) -> None:
        self.body, self.conn = body, conn

    def __iter__(self) -> Iterator[bytes]:
        self.body.send_to(self.conn.sock)
        return iter(())

    def __len__(self) -> int:
        return len(self.body)


def make_http(credentials: Any, timeout: float, max_answer: int = MAX_ANSWER, *,
              scope: netguard.Scope | None = None, deadline_base: float | None = None,
              min_rate: float | None = None) -> Any:
    """An AuthorizedHttp that refreshes tokens, with a socket timeout, no 308 redirects, no
    retries of its own, bounded answers and deadlines (``SingleAttemptHttp``; the token
    refresh goes over it too)."""
    import google_auth_httplib2

    raw = SingleAttemptHttp(timeout=timeout, max_answer=max_answer, scope=scope,
                            deadline_base=deadline_base, min_rate=min_rate)
    # 308 means "resume incomplete" to the upload protocol, not a redirect.
    raw.redirect_codes = raw.redirect_codes - {308}
    _check_tokens(credentials)
    return google_auth_httplib2.AuthorizedHttp(credentials, http=raw)


def _checked_refresh(credentials: Any, refresh: Any) -> Any:
    """``credentials.refresh`` whose failures on a malformed answer of the token endpoint
    (google-auth parses it unchecked: ``RecursionError`` on deep nesting, ``TypeError`` on a
    body that is no object, ``ValueError``/``OverflowError`` on an ``expires_in`` that is no
    number) are an unusable answer, and which keeps no refresh token that is not text."""
    from google.auth.exceptions import GoogleAuthError

    def checked(request: Any) -> None:
        old = getattr(credentials, "refresh_token", None)
        try:
            refresh(request)
        except GoogleAuthError:
            raise
        except (RecursionError, TypeError, ValueError, OverflowError, KeyError,
                AttributeError) as exc:
            raise UnusableAnswer("Google's token endpoint gave an answer that is not one "
                                 f"({type(exc).__name__})") from None
        new = getattr(credentials, "refresh_token", None)
        if new is not None and not (isinstance(new, str) and len(new) <= MAX_TOKEN
                                    and _TOKEN.fullmatch(new)):
            if hasattr(credentials, "_refresh_token"):
                credentials._refresh_token = old
            raise UnusableAnswer("Google's token endpoint sent a refresh token that is not "
                                 f"one ({type(new).__name__})")

    return checked


#: An access token as RFC 6750 (2.1) spells one, ``b64token``; Google's are a few hundred
#: characters.
_TOKEN = re.compile(r"[A-Za-z0-9\-._~+/]+=*")
MAX_TOKEN = 8192


def _check_tokens(credentials: Any) -> None:
    """Make ``credentials`` write only a token in its grammar into a request's header.

    google-auth takes a refresh answer's ``access_token`` as it comes (any JSON value) and
    writes it into the ``Authorization`` header: a line break there made the request raise a
    ``ValueError`` quoting the header, token and all, and NUL, escapes or non-ASCII letters
    went out as they were. Anything but ``b64token`` is now an unusable answer, raised before
    any byte goes to Drive, its text without the token."""
    apply = getattr(credentials, "apply", None)
    if apply is None or getattr(apply, "_checked", False):
        return
    refresh = getattr(credentials, "refresh", None)
    if refresh is not None:
        credentials.refresh = _checked_refresh(credentials, refresh)

    def checked(headers: dict, token: Any = None) -> None:
        value = token if token is not None else credentials.token
        if isinstance(value, bytes):
            value = value.decode("ascii", "replace")
        if not (isinstance(value, str) and len(value) <= MAX_TOKEN and _TOKEN.fullmatch(value)):
            raise UnusableAnswer("Google's token endpoint sent an access token that is not "
                                 f"one ({type(value).__name__}, not in RFC 6750's grammar)")
        apply(headers, token=token)

    checked._checked = True  # type: ignore[attr-defined]
    credentials.apply = checked


def build_service(api_root: str, http: Any) -> Any:
    """The Drive v3 client from the bundled discovery document, pointed at ``api_root``."""
    from googleapiclient.discovery import build_from_document

    root = normalize_root(api_root)
    doc = json.loads(
        resources.files("googleapiclient").joinpath("discovery_cache/documents/drive.v3.json").read_text()
    )
    # Media URLs come from rootUrl with only host:port swapped, so rewrite it for a local root.
    doc["rootUrl"] = root
    doc["mtlsRootUrl"] = root
    doc["baseUrl"] = root + doc["servicePath"]
    return build_from_document(doc, http=http, client_options={"api_endpoint": root + doc["servicePath"]})
