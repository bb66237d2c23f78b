"""A local HTTP emulator of the Google Drive v3 endpoints backupgui uses, plus fake OAuth.

Runs on 127.0.0.1 with the stdlib ``ThreadingHTTPServer``. See ``docs/DRIVE.md`` for the
list of endpoints and the fault-injection grammar (``faults.py``).
"""

from __future__ import annotations

import base64
import errno
import hashlib
import json
import logging
import os
import re
import secrets
import select as _select
import socket
import struct
import sys
import threading
import time
import urllib.parse
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from ...destinations import netguard
from ...device.localpeer import another_user
from . import oidc
from .faults import Fault, FaultPlan, RandomFaults
from .query import QueryError, compile_query, parse_fields, select
from .store import Store, has_content

log = logging.getLogger(__name__)

CHUNK_GRANULARITY = 256 * 1024
#: The OAuth client the consent endpoint serves unless another is configured (the app's
#: settings write a client config with this id for the emulator).
DEFAULT_CLIENT_ID = oidc.DEFAULT_CLIENT_ID
# Routes anyone may call without an access token: the OAuth endpoints (each checks what it
# is given: the configured client id, a code, a refresh token) and the issuer's public
# OpenID metadata and keys. Everything else, test control included, needs a token.
_PUBLIC_PREFIXES = ("/o/oauth2/", "/token", "/revoke", "/.well-known/", "/oauth2/v3/certs")
_FILE_DEFAULT_FIELDS = "kind,id,name,mimeType"
#: Every Drive scope (drive, drive.appdata, drive.file, ...) starts so; a token with none of
#: them gets 403 ``insufficientPermissions`` from every Drive route, as from Google.
DRIVE_SCOPE_PREFIX = "https://www.googleapis.com/auth/drive"
#: Sign-in scopes: Google's consent page shows them first, without a box to untick
#: ("How to handle granular permissions"); only the others can be left out of a grant.
SIGN_IN_SCOPES = frozenset({"openid", "email", "profile",
                            "https://www.googleapis.com/auth/userinfo.email",
                            "https://www.googleapis.com/auth/userinfo.profile"})
#: The errors Google's consent page may send the browser back with instead of a code ("OAuth
#: 2.0 for iOS & Desktop Apps"; "Understand & fix error codes"): the person chose Cancel; a
#: Google Workspace admin does not allow the app; a Workspace for Education admin has not
#: set the app up; the client is limited to the accounts of its own organization.
CONSENT_ERRORS = ("access_denied", "admin_policy_enforced", "access_not_configured",
                  "org_internal")
#: Google's bounds of ``files.list``'s ``pageSize`` (a value outside is 400 ``invalid``).
PAGE_SIZE_MAX = 1000
#: Google's limits of a file's appProperties ("Add custom file properties").
PROP_BYTES_MAX = 124
PROPS_MAX = 30
_LIST_DEFAULT_FIELDS = "kind,incompleteSearch,nextPageToken,files(kind,id,name,mimeType)"
_STATUS_FAULTS = {
    "500": (500, "backendError", "Internal Error"),
    "502": (502, "badGateway", "Bad Gateway"),
    "503": (503, "backendError", "Service Unavailable"),
    "429": (429, "rateLimitExceeded", "Too Many Requests"),
    "403-rate": (403, "userRateLimitExceeded", "User Rate Limit Exceeded"),
    "403-ratelimit": (403, "rateLimitExceeded", "Rate Limit Exceeded"),
    "quota": (403, "storageQuotaExceeded", "The user's Drive storage quota has been exceeded."),
    "403-forbidden": (403, "appNotAuthorizedToFile",
                      "The user has not granted the app write access to the file."),
    "403-scope": (403, "insufficientPermissions", "Request had insufficient authentication scopes."),
    "403-daily": (403, "dailyLimitExceeded", "Daily Limit Exceeded"),
    "403-domain": (403, "domainPolicy", "The domain administrators have disabled Drive apps."),
    "400": (400, "badRequest", "Bad Request"),
    "413": (413, "uploadTooLarge", "Request Entity Too Large"),
}
_LIMIT_FAULTS = {"429", "403-rate", "403-ratelimit", "quota", "403-daily"}  # Google's domain
# Query keys that carry secrets: never stored in the request log.
_SECRET_KEYS = {"token", "code", "access_token", "refresh_token", "client_secret", "code_verifier",
                "id_token"}


@dataclass
class _FileRange:
    path: Path
    offset: int
    length: int


class _Reset(Exception):
    """Abort the connection with a TCP reset (fault injection)."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    emu: DriveEmulator


class DriveEmulator:
    """An in-process Drive emulator; ``start()`` it, use ``root_url``, then ``stop()``."""

    def __init__(
        self,
        data_dir: str | os.PathLike[str],
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        quota: int | None = None,
        email: str = "user@example.com",
        token_ttl: float = 3600.0,
        session_ttl: float = 7 * 86400.0,
        static_tokens: tuple[str, ...] = (),
        client_id: str = DEFAULT_CLIENT_ID,
    ) -> None:
        self.store = Store(data_dir, quota=quota, email=email)
        self.client_id = client_id
        self.host = host
        self.port = port
        self.token_ttl = token_ttl
        self.session_ttl = session_ttl
        self.faults = FaultPlan()
        self._log: list[dict[str, Any]] = []
        self._log_lock = threading.Lock()
        self._tokens_lock = threading.Lock()
        self._static = set(static_tokens)
        self._access: dict[str, tuple[float, str | None]] = {}  # token -> (expiry, grant key)
        self._codes: dict[str, dict[str, Any]] = {}
        #: Scopes the consent screen leaves unticked (Google's granular consent: the person
        #: may untick a scope; the token then comes without it, and Drive refuses it with 403
        #: ``insufficientPermissions``). Tests and ``--untick-scope`` set it.
        self.unticked_scopes: set[str] = set()
        #: The consent page sends the browser back with this OAuth error instead of a code
        #: (``CONSENT_ERRORS``: a person who chose Cancel, a Workspace admin's block, an app
        #: a Workspace for Education admin has not set up, an organization-only client). Tests and ``--consent-error`` set it; None: a code.
        self.consent_error: str | None = None
        #: At most this many files per ``files.list`` page, whatever ``pageSize`` asks (Google:
        #: "Partial or empty result pages are possible even before the end of the files list
        #: has been reached"). None: ``pageSize`` files.
        self.page_limit: int | None = None
        self.oidc = oidc.Issuer()  # ID tokens for "openid" grants (oidc.py)
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # ---- lifecycle -----------------------------------------------------------------------
    def start(self) -> DriveEmulator:
        srv = _Server((self.host, self.port), _Handler)
        srv.emu = self
        self._server = srv
        self.port = srv.server_address[1]
        self._thread = threading.Thread(target=srv.serve_forever, args=(0.05,), name="drive-emulator", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        self.store.close()

    def __enter__(self) -> DriveEmulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def root_url(self) -> str:
        return f"http://{self.host}:{self.port}/"

    @property
    def issuer(self) -> str:
        """The OpenID Connect issuer identifier (``iss`` of the ID tokens it signs)."""
        return self.root_url.rstrip("/")

    def issue_id_token(self, email: str | None = None, client_id: str = oidc.DEFAULT_CLIENT_ID,
                       ttl: float = oidc.ID_TOKEN_TTL, **claims: Any) -> str:
        """An ID token signed by this emulator, as its token endpoint would issue it."""
        return self.oidc.mint(self.issuer, email=email or self.store.email, audience=client_id,
                              ttl=ttl, **claims)

    # ---- test API ------------------------------------------------------------------------
    @property
    def quota(self) -> int | None:
        return self.store.quota

    @quota.setter
    def quota(self, value: int | None) -> None:
        self.store.quota = value

    def add_faults(self, *faults: Fault) -> None:
        self.faults.add(*faults)

    def set_random_faults(self, rnd: RandomFaults | None) -> None:
        self.faults.set_random(rnd)

    @property
    def requests(self) -> list[dict[str, Any]]:
        """A copy of the request log (method, path, query, content_range, range, bytes_received,
        status, fault)."""
        with self._log_lock:
            return [dict(e) for e in self._log]

    def clear_log(self) -> None:
        with self._log_lock:
            self._log.clear()

    def add_static_token(self, token: str) -> None:
        """Accept ``token`` as a never-expiring access token (for BACKUPGUI_DRIVE_TOKEN)."""
        with self._tokens_lock:
            self._static.add(token)

    def issue_access_token(self, ttl: float | None = None) -> str:
        tok = "ya29.emu-" + secrets.token_urlsafe(24)
        with self._tokens_lock:
            self._access[tok] = (time.time() + (self.token_ttl if ttl is None else ttl), None)
        return tok

    def expire_access_tokens(self) -> None:
        """Make every issued (non-static) access token invalid now."""
        with self._tokens_lock:
            self._access = {t: (0.0, g) for t, (_, g) in self._access.items()}

    def grants(self) -> int:
        """How many refresh-token grants are live (sign-out tests check revocation)."""
        return len(self.store.grants)

    def client_config(self, client_id: str | None = None,
                      client_secret: str = "emulator-secret") -> dict[str, Any]:
        """An installed-app client config whose OAuth endpoints point at this emulator (for
        its configured client id unless another is asked for)."""
        return {"installed": {
            "client_id": client_id or self.client_id,
            "client_secret": client_secret,
            "auth_uri": self.root_url + "o/oauth2/auth",
            "token_uri": self.root_url + "token",
            "revoke_uri": self.root_url + "revoke",
            "redirect_uris": ["http://localhost", "http://127.0.0.1"],
        }}

    # ---- internals -----------------------------------------------------------------------
    def _record(self, entry: dict[str, Any]) -> None:
        with self._log_lock:
            self._log.append(entry)
            if len(self._log) > 100_000:  # a long-running CLI emulator must not grow forever
                del self._log[:50_000]

    def _token_ok(self, token: str) -> bool:
        with self._tokens_lock:
            if token in self._static:
                return True
            exp = self._access.get(token)
            return exp is not None and exp[0] > time.time()

    def _token_has_drive(self, token: str) -> bool:
        """Whether a valid ``token`` may call Drive: the dev token and tokens issued by
        ``issue_access_token`` may; one from a sign-in only if its grant has a Drive scope."""
        with self._tokens_lock:
            hit = None if token in self._static else self._access.get(token)
        if hit is None or hit[1] is None:
            return True
        grant = self.store.grants.get(hit[1]) or {}
        return any(s.startswith(DRIVE_SCOPE_PREFIX) for s in str(grant.get("scope", "")).split())

    def _issue_for_grant(self, grant_key: str) -> str:
        tok = "ya29.emu-" + secrets.token_urlsafe(24)
        with self._tokens_lock:
            self._access[tok] = (time.time() + self.token_ttl, grant_key)
        return tok

    def _revoke_grant(self, grant_key: str) -> None:
        with self.store.lock:
            self.store.grants.pop(grant_key, None)
            self.store.save()
        with self._tokens_lock:
            self._access = {t: v for t, v in self._access.items() if v[1] != grant_key}


def _page_token(start: int) -> str:
    """An opaque page token, new for every page (Google's are): the place and a nonce."""
    return f"{start}~{secrets.token_hex(4)}"


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _classify(method: str, path: str, query: dict[str, str]) -> str:
    if path.startswith("/__emulator/"):
        return "control"
    if path.startswith(("/o/oauth2", "/token", "/revoke", "/oauth2/", "/.well-known/")):
        return "oauth"
    if path.startswith("/upload/"):
        if "upload_id" in query:
            return "upload-chunk"
        return "upload-start" if query.get("uploadType") == "resumable" else "upload-simple"
    m = re.fullmatch(r"/drive/v3/files(?:/([^/]+))?", path)
    if m:
        if m.group(1) is None:
            return "create" if method == "POST" and query.get("_override") != "GET" else "list"
        if method == "GET":
            return "media" if query.get("alt") == "media" else "get"
        return {"PATCH": "update", "DELETE": "delete"}.get(method, "get")
    if path.startswith("/drive/v3/about"):
        return "about"
    return "other"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in separate writes
    server: _Server
    server_version = "DriveEmulator/1.0"

    def handle(self) -> None:
        # Another local user is not served at all: the consent endpoint gives a token to
        # whoever asks with the (public) client id, as Google would after its sign-in page,
        # which the emulator does not have. Where the system tells who is on the other end
        # of a loopback connection (Linux), only this user (and root) may connect.
        uid = another_user(self.connection)
        if uid is not None:
            log.warning("refused a connection from another local user (uid %d)", uid)
            self.close_connection = True
            return
        super().handle()

    #: Time limits on what a client sends (a slow or stalled local process must not hold a
    #: server thread for ever): the next request on a kept-alive connection must start within
    #: ``KEEPALIVE_MAX`` seconds, its request line and headers be complete ``HEADERS_MAX``
    #: seconds after their first byte, and its body within ``BODY_BASE`` seconds plus its
    #: length at ``BODY_MIN_RATE`` bytes a second (its answer must be taken as fast). The
    #: keep-alive wait is a socket timeout; the others are deadlines (``netguard``: the
    #: socket is shut down when one passes), as a socket timeout would only bound each wait
    #: for the next byte, and would make the socket non-blocking, which the upload path's
    #: ``splice`` cannot use.
    _body_guard: netguard.Guard | None = None
    KEEPALIVE_MAX = 600.0
    HEADERS_MAX = 30.0
    BODY_BASE = 60.0
    BODY_MIN_RATE = 64 << 10

    def handle_one_request(self) -> None:
        """The stdlib's, with the time limits above; a connection past one is closed."""
        conn = self.connection
        self._body_guard = None
        try:
            conn.settimeout(self.KEEPALIVE_MAX)
            try:
                waiting = self.rfile.peek(1)  # (bytes already buffered: at once)
            finally:
                conn.settimeout(None)
        except OSError:
            waiting = b""
        if not waiting:
            self.close_connection = True
            return
        parsed = False
        with netguard.guarded(self.HEADERS_MAX) as guard:
            guard.attach(conn)
            try:
                self.raw_requestline = self.rfile.readline(65537)
                if len(self.raw_requestline) > 65536:
                    self.requestline = self.request_version = self.command = ""
                    self.send_error(414)
                    return
                if not self.raw_requestline:
                    self.close_connection = True
                    return
                parsed = self.parse_request()
            except OSError:
                self.close_connection = True
                return
        if guard.reason is not None:  # (the headers were cut at their deadline)
            self.close_connection = True
            return
        if not parsed:
            return  # (an error was sent)
        method = getattr(self, "do_" + self.command, None)
        if method is None:
            self.send_error(501, f"Unsupported method ({self.command!r})")
            return
        try:
            length = max(0, int(self.headers.get("Content-Length") or 0))
        except ValueError:
            length = 0
        with netguard.guarded(self.BODY_BASE + length / self.BODY_MIN_RATE) as guard:
            guard.attach(conn)
            self._body_guard = guard
            try:
                method()
                self.wfile.flush()
            except (TimeoutError, OSError):
                self.close_connection = True
        if guard.reason is not None:  # (the body was cut at its deadline)
            self.close_connection = True
            entry = getattr(self, "entry", None)
            if entry is not None:
                entry["timed_out"] = True

    def _body_read(self) -> None:
        """Nothing more of the request is read: its deadline no longer applies (a slow
        answer, a held fault, is the emulator's own doing)."""
        if self._body_guard is not None:
            self._body_guard.finish()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        return  # the request log replaces stderr chatter (and never holds secrets)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = lambda self: self._dispatch()  # noqa: E731

    # ---- plumbing ------------------------------------------------------------------------
    @property
    def emu(self) -> DriveEmulator:
        return self.server.emu

    def _dispatch(self) -> None:
        url = urlsplit(self.path)
        self.url_path = url.path
        self.query = {k: v[-1] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
        self.method = self.command
        self.remaining = int(self.headers.get("Content-Length") or 0)
        self.entry: dict[str, Any] = {"bytes_received": 0}
        override = self.headers.get("X-HTTP-Method-Override")
        if override and self.method == "POST":
            # The client turns a GET with a long URL into a form-encoded POST.
            body = self._read_all()
            self.query.update({k: v[-1] for k, v in parse_qs(body.decode(), keep_blank_values=True).items()})
            self.method = override.upper()
            self.query["_override"] = self.method
        category = _classify(self.method, self.url_path, self.query)
        self.entry = {
            "method": self.method,
            "path": self.url_path,
            "query": {k: ("***" if k in _SECRET_KEYS else v) for k, v in self.query.items()},
            "category": category,
            "content_range": self.headers.get("Content-Range"),
            "range": self.headers.get("Range"),
            "content_length": int(self.headers.get("Content-Length") or 0),
            "bytes_received": self.entry["bytes_received"],
            "status": None,
            "fault": None,
        }
        self.emu._record(self.entry)  # logged now, updated in place (a slow request shows at once)
        self.fault = None
        if not self._admitted(category):
            return  # before any fault, file or session is touched
        fault = self.emu.faults.take(category) if category not in ("control", "other") else None
        if fault is not None:
            self.entry["fault"] = fault.kind
        self.fault = fault
        try:
            if fault is not None:
                if fault.kind == "slow":
                    time.sleep(fault.delay)
                elif fault.kind in ("trickle", "hang"):
                    self._drain()  # (an upload's bytes are not stored)
                    self._hold(fault.kind, fault.delay)
                    return
                elif fault.kind in _STATUS_FAULTS:
                    self._drain()
                    code, reason, msg = _STATUS_FAULTS[fault.kind]
                    headers = {}
                    if fault.kind == "429" and fault.retry_after is not None:
                        headers["Retry-After"] = str(int(fault.retry_after) if fault.retry_after == int(fault.retry_after) else fault.retry_after)
                    self._error(code, reason, msg, headers=headers,
                                domain="usageLimits" if fault.kind in _LIMIT_FAULTS else "global")
                    return
                elif fault.kind == "keep-part" and category == "upload-chunk":
                    self._chunk(cut=fault.cut)
                    if self.entry.get("status") is None:  # (not answered: part of it kept)
                        self._drain()
                        uid = self.query.get("upload_id", "")
                        self._incomplete(self.emu.store.session_received(uid))
                    return
                elif fault.kind == "expire-session" and category == "upload-chunk":
                    self.emu.store.drop_session(self.query.get("upload_id", ""))
                elif fault.kind == "reset-request":
                    if category == "upload-chunk":
                        self._chunk(cut=fault.cut)
                    else:
                        self._read_all(limit=int(self.remaining * fault.cut))
                    raise _Reset()
            self._route(category)
        except _Reset:
            self._reset()
        except (ConnectionError, TimeoutError):
            self.close_connection = True

    #: The longest a "trickle" or "hang" fault holds a connection (the client should end it).
    HOLD_MAX = 30.0

    def _hold(self, kind: str, delay: float) -> None:
        """A hostile server: "trickle" sends a 200 and its headers, then one byte of a body
        that never ends every ``delay`` seconds; "hang" never answers. Either ends when the
        client goes away (or after ``HOLD_MAX``)."""
        self._body_read()
        self.entry["status"] = kind
        self.close_connection = True
        end = time.monotonic() + self.HOLD_MAX
        try:
            if kind == "trickle":
                self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                 b"Content-Length: 1000000\r\n\r\n")
                self.wfile.flush()
            while time.monotonic() < end:
                readable, _, _ = _select.select([self.connection], [], [], delay)
                if readable and not self.connection.recv(1 << 16):
                    return  # the client closed or shut down its end
                if kind == "trickle":
                    self.connection.sendall(b" ")
        except OSError:
            return

    def _reset(self) -> None:
        self.entry["status"] = "reset"
        self.close_connection = True
        try:
            self.wfile.flush()
            # SO_LINGER 0: close() sends RST, like a dropped connection on the real network.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        except OSError:
            pass

    def _read_into(self, sink: Any, limit: int | None = None) -> int:
        """Read up to ``limit`` (default: all remaining) body bytes into ``sink.write``."""
        want = self.remaining if limit is None else min(limit, self.remaining)
        got = 0
        while got < want:
            piece = self.rfile.read(min(256 * 1024, want - got))
            if not piece:
                self.close_connection = True
                break
            sink.write(piece)
            got += len(piece)
            self.remaining -= len(piece)
            self.entry["bytes_received"] += len(piece)
        return got

    def _read_all(self, limit: int | None = None) -> bytes:
        buf = bytearray()

        class _Sink:
            write = buf.extend

        self._read_into(_Sink, limit)
        return bytes(buf)

    def _drain(self) -> None:
        class _Null:
            @staticmethod
            def write(_: bytes) -> None:
                return None

        self._read_into(_Null)

    def _send(self, status: int, body: bytes | _FileRange | None = None,
              headers: dict[str, str] | None = None, content_type: str = "application/json; charset=UTF-8") -> None:
        self._body_read()
        length = 0 if body is None else (body.length if isinstance(body, _FileRange) else len(body))
        # (a client that does not read its answer is bounded the same way as one that does not
        # send its body: the connection is shut down and closed)
        with netguard.guarded(self.BODY_BASE + length / self.BODY_MIN_RATE) as guard:
            guard.attach(self.connection)
            try:
                self._send_answer(status, body, headers, content_type, length)
            finally:
                if guard.reason is not None:
                    self.close_connection = True
                    self.entry["timed_out"] = True

    def _send_answer(self, status: int, body: bytes | _FileRange | None,
                     headers: dict[str, str] | None, content_type: str, length: int) -> None:
        self.entry["status"] = status
        if self.remaining:
            self.close_connection = True  # unread request body: this connection is unusable
        self.send_response(status)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        if body is not None and status != 204:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(length if status != 204 else 0))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if status == 204 or body is None:
            return
        cut = length
        if self.fault is not None and self.fault.kind == "reset-response":
            cut = int(length * self.fault.cut)
        if isinstance(body, _FileRange):
            with open(body.path, "rb") as fh:
                fh.seek(body.offset)
                left = cut
                while left > 0:
                    piece = fh.read(min(1 << 20, left))
                    if not piece:
                        break
                    self.wfile.write(piece)
                    left -= len(piece)
        else:
            self.wfile.write(body[:cut])
        if cut < length:
            # Close with FIN after the partial body (the client reads what arrived, then EOF):
            # a connection dropped part-way through a download.
            self.entry["status"] = "cut"
            self.close_connection = True
            self.wfile.flush()
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def _json(self, status: int, obj: Any, headers: dict[str, str] | None = None) -> None:
        self._send(status, json.dumps(obj).encode(), headers)

    def _error(self, code: int, reason: str, message: str, domain: str = "global",
               headers: dict[str, str] | None = None, **extra: str) -> None:
        err = {"domain": domain, "reason": reason, "message": message, **extra}
        self._json(code, {"error": {"code": code, "message": message, "errors": [err]}}, headers)

    def _not_found(self, file_id: str) -> None:
        self._error(404, "notFound", f"File not found: {file_id}.", locationType="parameter", location="fileId")

    def _fields(self, default: str) -> Any:
        return parse_fields(self.query.get("fields") or default)

    def _file_json(self, f: dict[str, Any], spec: Any) -> Any:
        """A file resource selected by ``spec``, with its MD5 computed if asked for."""
        view = self.emu.store.view(f)
        _fill_checksums(self.emu.store, view, spec)
        return select(view, spec)

    def _authorized(self) -> bool:
        auth = self.headers.get("Authorization", "")
        if auth.startswith("Bearer ") and self.emu._token_ok(auth[7:].strip()):
            return True
        self._drain()
        self._json(401, {"error": {
            "code": 401,
            "message": "Request had invalid authentication credentials. Expected OAuth 2 access token.",
            "errors": [{"message": "Invalid Credentials", "domain": "global", "reason": "authError",
                        "location": "Authorization", "locationType": "header"}],
            "status": "UNAUTHENTICATED"}}, headers={"WWW-Authenticate": 'Bearer realm="https://accounts.google.com/"'})
        return False

    # ---- admission: who may ask anything at all -------------------------------------------
    def _host_ok(self) -> bool:
        """The Host header names this emulator itself (its host or a loopback name, with its
        port): a web page that rebinds its own DNS name to 127.0.0.1 sends its own name."""
        host = (self.headers.get("Host") or "").strip().lower()
        port = self.emu.port
        names = {self.emu.host.lower(), "127.0.0.1", "localhost", "[::1]"}
        return host in {f"{n}:{port}" for n in names} | ({*names} if port == 80 else set())

    def _admitted(self, category: str) -> bool:
        """Refuse (and answer) a request from outside, before anything else runs: a foreign
        Host header, or no valid access token on any route but the public OAuth ones. Test
        control and resumable-upload chunks included: an upload id is not a credential."""
        if not self._host_ok():
            self._drain()
            self.close_connection = True
            self._send(421, b"This server answers only for its own address.", content_type="text/plain")
            return False
        if self.url_path.startswith(_PUBLIC_PREFIXES) and not self.url_path.endswith("userinfo"):
            return True
        if not self._authorized():
            return False
        if category in ("control", "oauth", "other"):
            return True
        token = self.headers.get("Authorization", "")[7:].strip()
        if self.emu._token_has_drive(token):
            return True
        # What Drive answers a token granted without any Drive scope (the person unticked
        # it on the consent screen): never retried, the same for every Drive route.
        self._drain()
        self._json(403, {"error": {
            "code": 403, "message": "Request had insufficient authentication scopes.",
            "errors": [{"message": "Insufficient Permission", "domain": "global",
                        "reason": "insufficientPermissions"}],
            "status": "PERMISSION_DENIED"}})
        return False

    # ---- routing -------------------------------------------------------------------------
    def _route(self, category: str) -> None:
        p = self.url_path
        if category == "control":
            return self._control()
        if category == "oauth":
            return self._oauth()
        try:
            if category == "about":
                return self._about()
            if category == "list":
                return self._list()
            if category == "create":
                return self._create_metadata()
            if category == "upload-chunk":
                return self._chunk()
            if category == "upload-start":
                return self._start_resumable()
            if category == "upload-simple":
                return self._simple_upload()
            m = re.fullmatch(r"/drive/v3/files/([^/]+)", p)
            if m:
                fid = m.group(1)
                if category in ("get", "media"):
                    return self._get(fid)
                if category == "update":
                    return self._update_metadata(fid)
                if category == "delete":
                    return self._delete(fid)
        except QueryError as exc:
            self._drain()
            return self._error(400, "invalid", str(exc), locationType="parameter", location="q")
        self._drain()
        return self._error(404, "notFound", f"Not Found: {self.method} {p}")

    # ---- Drive: metadata -----------------------------------------------------------------
    def _about(self) -> None:
        self._drain()
        if not self.query.get("fields"):
            return self._error(400, "required", "The 'fields' parameter is required for this method.",
                               locationType="parameter", location="fields")
        st = self.emu.store
        used = st.used()
        quota: dict[str, str] = {"usage": str(used), "usageInDrive": str(used), "usageInDriveTrash": "0"}
        if st.quota is not None:
            quota["limit"] = str(st.quota)
        about = {"kind": "drive#about",
                 "user": {"kind": "drive#user", "displayName": st.email.split("@")[0], "me": True,
                          "permissionId": "0" * 20, "emailAddress": st.email},
                 "storageQuota": quota}
        self._json(200, select(about, self._fields("")))

    def _list(self) -> None:
        self._drain()
        st = self.emu.store
        spaces = set(self.query.get("spaces", "drive").split(","))
        pred = compile_query(self.query.get("q"))
        raw_size = self.query.get("pageSize", "100")
        if not (raw_size.isascii() and raw_size.isdigit() and 1 <= int(raw_size) <= PAGE_SIZE_MAX):
            # Google answers a pageSize outside [1, 1000] so; it does not cut it to 1000.
            return self._error(400, "invalid", f"Invalid value '{raw_size}'. Values must be within "
                               f"the range: [1, {PAGE_SIZE_MAX}]", locationType="parameter",
                               location="pageSize")
        page_size = int(raw_size)
        if self.emu.page_limit is not None:
            page_size = min(page_size, self.emu.page_limit)
        token = self.query.get("pageToken") or ""
        m = re.fullmatch(r"(\d{1,12})~[0-9a-f]{8}", token)
        if token and m is None:
            return self._error(400, "invalid", "Invalid Value", locationType="parameter",
                               location="pageToken")
        start = int(m.group(1)) if m else 0
        if self.fault is not None and self.fault.kind == "empty-page":
            # A page with no files that is not the last (Google: "partial or empty result
            # pages are possible"): a new token, the same place.
            return self._json(200, select({"kind": "drive#fileList", "incompleteSearch": False,
                                           "files": [], "nextPageToken": _page_token(start)},
                                          self._fields(_LIST_DEFAULT_FIELDS)))
        items = [v for v in st.all_views() if v["spaces"][0] in spaces and pred(v)]
        for key in reversed([k.strip() for k in self.query.get("orderBy", "").split(",") if k.strip()]):
            field, _, desc = key.partition(" ")
            items.sort(key=lambda v, f=field: str(v.get(f, "")), reverse=desc.strip() == "desc")
        for v in items:
            v.pop("_parent_aliases", None)
        page = items[start:start + page_size]
        spec = self._fields(_LIST_DEFAULT_FIELDS)
        files_spec = spec.get("files", False) if isinstance(spec, dict) and "*" not in spec else None
        if files_spec is not False:
            for v in page:
                _fill_checksums(st, v, files_spec)
        out: dict[str, Any] = {"kind": "drive#fileList", "incompleteSearch": False, "files": page}
        if start + page_size < len(items):
            out["nextPageToken"] = _page_token(start + page_size)
        self._json(200, select(out, spec))

    def _create_metadata(self) -> None:
        body = self._read_all()
        meta = json.loads(body or b"{}")
        if self._bad_properties(meta):
            return None
        f = self.emu.store.create(meta, None, 0, "")
        self._json(200, self._file_json(f, self._fields(_FILE_DEFAULT_FIELDS)))

    def _update_metadata(self, fid: str) -> None:
        body = self._read_all()
        meta = json.loads(body or b"{}")
        if self._bad_properties(meta):
            return None
        f = self.emu.store.update(fid, meta, add_parents=self.query.get("addParents", ""),
                                  remove_parents=self.query.get("removeParents", ""))
        if f is None:
            return self._not_found(fid)
        self._json(200, self._file_json(f, self._fields(_FILE_DEFAULT_FIELDS)))

    def _delete(self, fid: str) -> None:
        self._drain()
        if not self.emu.store.delete(fid):
            return self._not_found(fid)
        self._send(204)

    def _get(self, fid: str) -> None:
        self._drain()
        st = self.emu.store
        f = st.get(fid) or st.special_folder(fid)
        if f is None:
            return self._not_found(fid)
        if self.query.get("alt") != "media":
            return self._json(200, self._file_json(f, self._fields(_FILE_DEFAULT_FIELDS)))
        if not has_content(f["mimeType"]):  # (a folder, a Docs Editors file, a shortcut)
            return self._error(403, "fileNotDownloadable",
                               "Only files with binary content can be downloaded. Use Export "
                               "with Docs Editors files.")
        size = int(f.get("size", 0))
        rng = self.headers.get("Range")
        if not rng:
            return self._send(200, _FileRange(st.blob_path(f["id"]), 0, size), content_type=f["mimeType"])
        m = re.fullmatch(r"\s*bytes=(\d*)-(\d*)\s*", rng)
        if not m or (m.group(1) == "" and m.group(2) == ""):
            return self._error(400, "badRange", "Invalid Range header")
        if m.group(1) == "":
            start = max(0, size - int(m.group(2)))
            end = size - 1
        else:
            start = int(m.group(1))
            end = min(size - 1, int(m.group(2))) if m.group(2) else size - 1
        if start >= size or end < start:
            return self._error(416, "requestedRangeNotSatisfiable", "Request range not satisfiable",
                               headers={"Content-Range": f"bytes */{size}"})
        self._send(206, _FileRange(st.blob_path(f["id"]), start, end - start + 1),
                   headers={"Content-Range": f"bytes {start}-{end}/{size}"}, content_type=f["mimeType"])

    # ---- Drive: uploads ------------------------------------------------------------------
    def _bad_properties(self, meta: Any) -> bool:
        """Answer 400 (and say True) for custom properties over Google's limits: "Maximum of
        124 bytes size per property (including both key and value) string in UTF-8
        encoding", and at most 30 private (app) properties per file from one app."""
        props = meta.get("appProperties") if isinstance(meta, dict) else None
        if not isinstance(props, dict):
            return False
        if len(props) > PROPS_MAX:
            self._error(400, "badRequest", f"A file may have at most {PROPS_MAX} appProperties.")
            return True
        for key, value in props.items():
            if value is not None and len(str(key).encode()) + len(str(value).encode()) > PROP_BYTES_MAX:
                self._error(400, "badRequest", f"The property {key} exceeds the maximum size of "
                            f"{PROP_BYTES_MAX} bytes (key and value together).")
                return True
        return False

    def _quota_exceeded(self, extra: int) -> bool:
        st = self.emu.store
        return st.quota is not None and st.used() + extra > st.quota

    def _quota_error(self) -> None:
        self._error(403, "storageQuotaExceeded", "The user's Drive storage quota has been exceeded.",
                    domain="usageLimits")

    def _upload_target(self) -> str | None:
        m = re.fullmatch(r"/upload/drive/v3/files(?:/([^/]+))?", self.url_path)
        return m.group(1) if m else None

    def _start_resumable(self) -> None:
        body = self._read_all()
        meta = json.loads(body or b"{}")
        if self._bad_properties(meta):
            return None
        st = self.emu.store
        fid = self._upload_target()
        old_size = 0
        if fid is not None:
            f = st.get(fid)
            if f is None:
                return self._not_found(fid)
            old_size = int(f.get("size", 0))
        total_hdr = self.headers.get("X-Upload-Content-Length")
        total = int(total_hdr) if total_hdr else None
        if total is not None and self._quota_exceeded(total - old_size):
            return self._quota_error()
        uid = st.new_session({
            "file_id": fid, "meta": meta, "total": total,
            "content_type": self.headers.get("X-Upload-Content-Type") or meta.get("mimeType"),
            "fields": self.query.get("fields") or "",
            "add_parents": self.query.get("addParents", ""),
            "remove_parents": self.query.get("removeParents", ""),
        })
        host = self.headers.get("Host") or f"{self.emu.host}:{self.emu.port}"
        path = self.url_path + "?" + urlencode({"uploadType": "resumable", "upload_id": uid})
        self._send(200, b"", headers={"Location": f"http://{host}{path}", "X-GUploader-UploadID": uid})

    def _simple_upload(self) -> None:
        ctype = self.headers.get("Content-Type", "")
        utype = self.query.get("uploadType", "media")
        tmp = self.emu.store.uploads / ("simple-" + secrets.token_hex(8))
        meta: dict[str, Any] = {}
        if utype == "multipart" and self.remaining > _MULTIPART_HEAD_MAX:
            # A large body (a pack sent in one request): streamed into the file like a chunk
            # (the media part by splice), the metadata part read first and bounded.
            try:
                meta = self._receive_multipart(ctype, tmp)
            except ValueError as exc:
                tmp.unlink(missing_ok=True)
                self._drain()
                return self._error(400, "badContent", f"Invalid multipart request: {exc}")
            except (ConnectionError, TimeoutError):
                tmp.unlink(missing_ok=True)
                self.close_connection = True
                raise _Reset() from None
        else:
            body = self._read_all()
            content = body
            if utype == "multipart":
                try:
                    meta, content = _parse_multipart(ctype, body)
                except ValueError as exc:
                    return self._error(400, "badContent", f"Invalid multipart request: {exc}")
            elif utype != "media":
                return self._error(400, "invalid", f"Invalid value for uploadType: {utype}")
            tmp.write_bytes(content)
        self._finalize({"file_id": self._upload_target(), "meta": meta, "fields": self.query.get("fields", ""),
                        "add_parents": self.query.get("addParents", ""),
                        "remove_parents": self.query.get("removeParents", "")}, tmp, None)

    def _receive_multipart(self, ctype: str, path: Path) -> dict[str, Any]:
        """A multipart/related body into ``path``: what ``_parse_multipart`` takes from a
        body in memory, with the media part written to the file as it comes. The head (the
        metadata part and the media part's headers) must lie within ``_MULTIPART_HEAD_MAX``
        bytes; after the media, the close delimiter must end the body. Returns the metadata;
        ``path`` then holds exactly the media bytes."""
        delim = _multipart_delimiter(ctype)
        # The media part's headers end the head: the second part's delimiter line, its
        # headers, a blank line (LF or CRLF, as _parse_multipart takes them). Read in small
        # steps, so that little of the media goes through here rather than the splice.
        head = b""
        while True:
            piece = self._read_all(limit=min(_MULTIPART_HEAD_MAX - len(head), 64 << 10))
            head += piece
            first = head.find(delim)
            second = head.find(delim, first + len(delim)) if first >= 0 else -1
            start = second + len(delim)
            if second >= 0 and head.startswith(b"\r\n", start):
                start += 2
            elif second >= 0 and head.startswith(b"\n", start):
                start += 1
            sep = _BLANK_LINE.search(head, start) if second >= 0 else None
            if sep is not None or len(head) >= _MULTIPART_HEAD_MAX or not piece or not self.remaining:
                break
        if sep is None or head.startswith(b"--", second + len(delim)):
            raise ValueError("expected two parts (metadata and media)")
        meta_part = head[first + len(delim):second]
        meta_part = meta_part[2:] if meta_part.startswith(b"\r\n") else meta_part[1:] if meta_part.startswith(b"\n") else meta_part
        msep = _BLANK_LINE.search(meta_part)
        if msep is None:
            raise ValueError("part without headers")
        meta_raw = meta_part[msep.end():]
        meta_raw = meta_raw[:-2] if meta_raw.endswith(b"\r\n") else meta_raw[:-1] if meta_raw.endswith(b"\n") else meta_raw
        meta = json.loads(meta_raw or b"{}")
        if not isinstance(meta, dict):
            raise ValueError("the metadata part is no JSON object")
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(fd)
        with open(path, "ab") as fh:
            fh.write(head[sep.end():])
        want = self.remaining
        if self._receive_into(path, want) != want:
            raise ConnectionResetError("the body broke off")
        # The body ends with the close delimiter (and perhaps a line end): the media is
        # what comes before the line end in front of it.
        size = path.stat().st_size
        tail_len = min(size, len(delim) + 8)
        with open(path, "rb") as fh:
            fh.seek(size - tail_len)
            tail = fh.read()
        m = re.search(rb"(\r?\n)" + re.escape(delim) + rb"--(\r?\n)?\Z", tail)
        if m is None:
            raise ValueError("the body does not end with the close delimiter")
        os.truncate(path, size - tail_len + m.start())
        return meta

    def _finalize(self, sess: dict[str, Any], data: Path, uid: str | None) -> None:
        st = self.emu.store
        if uid is None and self._bad_properties(sess.get("meta")):  # (a session checked at its start)
            data.unlink(missing_ok=True)
            return None
        size = data.stat().st_size
        # Checksums are computed when a response first asks for them (Store.checksum_of).
        fid = sess.get("file_id")
        old = 0
        if fid is not None:
            f = st.get(fid)
            if f is None:
                data.unlink(missing_ok=True)
                if uid:
                    st.drop_session(uid)
                return self._not_found(fid)
            old = int(f.get("size", 0))
        if self._quota_exceeded(size - old):
            data.unlink(missing_ok=True)
            if uid:
                st.drop_session(uid)
            return self._quota_error()
        meta = dict(sess.get("meta") or {})
        if fid is None:
            if sess.get("content_type") and not meta.get("mimeType"):
                meta["mimeType"] = sess["content_type"]
            f = st.create(meta, data, size, "")
        else:
            f = st.update(fid, meta, data, size, "", sess.get("add_parents", ""),
                          sess.get("remove_parents", ""))
            assert f is not None
        if uid:
            st.finish_session(uid, f["id"])
        self._json(200, self._file_json(f, parse_fields(sess.get("fields") or _FILE_DEFAULT_FIELDS)))

    def _chunk(self, cut: float | None = None) -> None:
        """One PUT to a resumable session: data, a status query, or (with ``cut``) a body that
        breaks off part-way, keeping what arrived in whole 256 KiB units as Google does."""
        st = self.emu.store
        uid = self.query.get("upload_id", "")
        sess = st.session(uid)
        if sess is not None and time.time() - sess["created"] > self.emu.session_ttl:
            st.drop_session(uid)
            sess = None
        if sess is None:
            self._drain()
            return self._error(404, "notFound", "The upload session was not found or has expired.")
        if sess.get("done_file"):
            self._drain()
            f = st.get(sess["done_file"])
            if f is None:
                return self._not_found(sess["done_file"])
            return self._json(200, self._file_json(f, parse_fields(sess.get("fields") or _FILE_DEFAULT_FIELDS)))
        received = st.session_received(uid)
        cr = (self.headers.get("Content-Range") or "").strip()
        clen = self.remaining
        if not cr:
            if received != 0:
                self._drain()
                return self._error(400, "badContent", "Missing Content-Range for a partly uploaded session.")
            start, end, total = 0, clen - 1, clen
        else:
            m = re.fullmatch(r"bytes (?:(\d+)-(\d+)|\*)/(\d+|\*)", cr)
            if not m:
                self._drain()
                return self._error(400, "badContent", f"Invalid Content-Range: {cr}")
            total = None if m.group(3) == "*" else int(m.group(3))
            if m.group(1) is None:  # status query
                self._drain()
                if total is not None and received == total:
                    return self._finalize(sess, st.session_path(uid), uid)
                return self._incomplete(received)
            start, end = int(m.group(1)), int(m.group(2))
            if end - start + 1 != clen:
                self._drain()
                return self._error(400, "badContent", "Content-Range does not match Content-Length.")
        if sess.get("total") is not None and total is not None and total != sess["total"]:
            self._drain()
            return self._error(400, "badContent", "The total size does not match the session's.")
        final = total is not None and end + 1 == total
        if not final and clen % CHUNK_GRANULARITY:
            self._drain()
            return self._error(400, "badContent",
                               "Invalid request. The number of bytes uploaded is required to be equal or "
                               "greater than 262144, except for the final request (it's recommended to be "
                               "the exact multiple of 262144).")
        if start > received:
            self._drain()
            return self._error(400, "badContent", f"Chunk starts at {start} but only {received} bytes were received.")
        # Skip bytes the server already has (a client re-sending an overlapping chunk).
        skip = received - start
        path = st.session_path(uid)
        if skip == 0 and cut is None:  # the usual case: the whole body goes to the file's end
            try:
                got = self._receive_into(path, clen)
            except (ConnectionError, TimeoutError):
                got = -1
            return self._chunk_received(sess, path, uid, received, got, clen, final)
        with open(path, "ab") as fh:
            class _Skip:
                left = skip

                @classmethod
                def write(cls, piece: bytes) -> None:
                    if cls.left:
                        n = min(cls.left, len(piece))
                        cls.left -= n
                        piece = piece[n:]
                    if piece:
                        fh.write(piece)

            limit = None if cut is None else int(clen * cut)
            try:
                got = self._read_into(_Skip, limit)
            except (ConnectionError, TimeoutError):
                got = -1
        if got != clen and cut is not None:
            self._keep_whole_units(path, received)
            return None  # the caller resets the connection
        return self._chunk_received(sess, path, uid, received, got, clen, final)

    def _chunk_received(self, sess: dict[str, Any], path: Path, uid: str, received: int, got: int,
                        clen: int, final: bool) -> None:
        if got != clen:
            self._keep_whole_units(path, received)
            self.close_connection = True
            raise _Reset()
        if final:
            return self._finalize(sess, path, uid)
        return self._incomplete(self.emu.store.session_received(uid))

    @staticmethod
    def _keep_whole_units(path: Path, received: int) -> None:
        """The body broke off: keep whole 256 KiB units only, as Google does."""
        have = path.stat().st_size
        os.truncate(path, max(received, have - (have % CHUNK_GRANULARITY)))

    def _receive_into(self, path: Path, want: int) -> int:
        """Append ``want`` body bytes to the file at ``path``; returns how many came.

        The bulk of a chunk goes from the socket to the file inside the kernel (``splice``
        through a pipe, Linux) instead of through Python objects: in a loopback benchmark the
        emulator shares the machine with the client it serves, and what it spends on copies
        is charged to the client. Elsewhere, or where splice is refused, a reused buffer."""
        got = 0
        fd = os.open(path, os.O_WRONLY)
        try:
            os.lseek(fd, 0, os.SEEK_END)
            if want > 0:  # first what the header parser read ahead (peek reads at most once)
                got = _write_all(fd, self.rfile.read(len(self.rfile.peek(1)[:want])))
                self._count(got)
            if got < want and _SPLICE:  # the read-ahead buffer is empty now
                got += self._splice_into(fd, want - got)
            if got < want:
                buf = memoryview(bytearray(min(want - got, 1 << 20)))
                while got < want:
                    n = self.rfile.readinto(buf[:min(len(buf), want - got)])
                    if not n:
                        self.close_connection = True
                        break
                    got += self._count(_write_all(fd, buf[:n]))
        finally:
            os.close(fd)
        return got

    def _count(self, n: int) -> int:
        self.remaining -= n
        self.entry["bytes_received"] += n
        return n

    def _splice_into(self, fd: int, want: int) -> int:
        """Socket -> pipe -> file in the kernel. Returns the bytes moved: fewer than ``want``
        at the end of the stream, or where the kernel refuses to splice (the caller reads the
        rest itself; nothing taken from the socket is lost)."""
        got = 0
        r, w = _pipe()
        try:
            sock = self.connection.fileno()
            while got < want:
                try:
                    n = os.splice(sock, w, min(want - got, _PIPE_SIZE))
                except OSError as exc:
                    if exc.errno in _NO_SPLICE and got == 0:
                        return 0
                    raise ConnectionResetError(str(exc)) from None
                if n == 0:
                    self.close_connection = True
                    break
                left = n
                while left:
                    try:
                        left -= os.splice(r, fd, left)
                    except OSError as exc:
                        if exc.errno not in _NO_SPLICE:
                            raise
                        left -= _write_all(fd, os.read(r, left))
                got += self._count(n)
        finally:
            _unpipe(r, w)
        return got

    def _incomplete(self, received: int) -> None:
        headers = {"Range": f"bytes=0-{received - 1}"} if received else {}
        self._send(308, b"", headers=headers)

    # ---- fake OAuth ----------------------------------------------------------------------
    def _oauth(self) -> None:
        p = self.url_path
        emu = self.emu
        doc = emu.oidc.document(emu.issuer, p) if self.method == "GET" else None
        if doc is not None:  # the issuer's JWKS and discovery document: public
            self._drain()
            return self._json(200, doc, headers={"Cache-Control": "public, max-age=3600"})
        if p.startswith("/o/oauth2") and p.endswith("/auth") and self.method == "GET":
            self._drain()
            q = self.query
            redirect = q.get("redirect_uri", "")
            if not re.match(r"http://(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(/|$)", redirect):
                return self._send(400, b"redirect_uri must be a loopback address", content_type="text/plain")
            if q.get("response_type") != "code" or not q.get("client_id"):
                return self._send(400, b"invalid request", content_type="text/plain")
            if q["client_id"] != emu.client_id:  # serves only the client it was set up for
                return self._send(401, b"invalid_client: The OAuth client was not found.",
                                  content_type="text/plain")
            sep = "&" if "?" in redirect else "?"
            if emu.consent_error is not None:  # refused at the consent page (RFC 6749 4.1.2.1)
                loc = redirect + sep + urlencode({"error": emu.consent_error,
                                                  "state": q.get("state", "")})
                return self._send(302, b"", headers={"Location": loc}, content_type="text/plain")
            code = "4/emu-" + secrets.token_urlsafe(24)
            # Granular consent: the person may untick a scope; the grant (the redirect's
            # and the token's ``scope``) then lacks it, and nothing else says so.
            granted = " ".join(s for s in q.get("scope", "").split()
                               if s in SIGN_IN_SCOPES or s not in emu.unticked_scopes)
            emu._codes[code] = {"client_id": q["client_id"], "redirect_uri": redirect,
                                "challenge": q.get("code_challenge"), "method": q.get("code_challenge_method", "plain"),
                                "scope": granted, "expires": time.time() + 600,
                                # The account that signs in (Google's login_hint picks one).
                                "email": q.get("login_hint") or emu.store.email,
                                "nonce": q.get("nonce")}
            loc = redirect + sep + urlencode({"state": q.get("state", ""), "code": code, "scope": granted})
            return self._send(302, b"", headers={"Location": loc}, content_type="text/plain")
        if p == "/token" and self.method == "POST":
            form = {k: v[-1] for k, v in parse_qs(self._read_all().decode()).items()}
            auth = self.headers.get("Authorization", "")
            if auth.startswith("Basic ") and "client_id" not in form:
                # Client credentials may come as HTTP Basic auth instead of form fields.
                try:
                    cid, _, _ = base64.b64decode(auth[6:]).decode().partition(":")
                    form["client_id"] = urllib.parse.unquote(cid)
                except ValueError:
                    pass
            return self._token(form)
        if p == "/revoke" and self.method == "POST":
            form = {k: v[-1] for k, v in parse_qs(self._read_all().decode()).items()}
            tok = form.get("token") or self.query.get("token", "")
            key = _hash(tok)
            if key in emu.store.grants:
                emu._revoke_grant(key)
                return self._json(200, {})
            with emu._tokens_lock:
                hit = emu._access.get(tok)
            if hit is not None:
                if hit[1]:
                    emu._revoke_grant(hit[1])
                with emu._tokens_lock:
                    emu._access.pop(tok, None)
                return self._json(200, {})
            return self._json(400, {"error": "invalid_token", "error_description": "Token expired or revoked"})
        if p.startswith("/oauth2/") and p.endswith("userinfo"):
            if not self._authorized():
                return None
            return self._json(200, {"sub": oidc.subject_for(emu.store.email), "email": emu.store.email,
                                    "email_verified": True})
        self._drain()
        return self._send(404, b"not found", content_type="text/plain")

    def _token(self, form: dict[str, str]) -> None:
        emu = self.emu
        if form.get("client_id") != emu.client_id:
            return self._json(401, {"error": "invalid_client", "error_description": "The OAuth client was not found."})
        grant_type = form.get("grant_type")
        if grant_type == "authorization_code":
            info = emu._codes.pop(form.get("code", ""), None)
            if info is None or info["expires"] < time.time():
                return self._json(400, {"error": "invalid_grant", "error_description": "Malformed auth code."})
            if form.get("redirect_uri") != info["redirect_uri"] or form.get("client_id") != info["client_id"]:
                return self._json(400, {"error": "invalid_grant", "error_description": "Bad Request"})
            if info["challenge"]:
                verifier = form.get("code_verifier", "")
                if info["method"] == "S256":
                    calc = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
                else:
                    calc = verifier
                if calc != info["challenge"]:
                    return self._json(400, {"error": "invalid_grant", "error_description": "Invalid code verifier."})
            refresh = "1//emu-" + secrets.token_urlsafe(32)
            key = _hash(refresh)
            with emu.store.lock:
                emu.store.grants[key] = {"client_id": info["client_id"], "scope": info["scope"],
                                         "email": info["email"]}
                emu.store.save()
            return self._json(200, {"access_token": emu._issue_for_grant(key), "expires_in": int(emu.token_ttl),
                                    "refresh_token": refresh, "scope": info["scope"], "token_type": "Bearer",
                                    **self._id_token(info, info.get("nonce"))})
        if grant_type == "refresh_token":
            key = _hash(form.get("refresh_token", ""))
            grant = emu.store.grants.get(key)
            if grant is None or grant["client_id"] != form.get("client_id"):
                return self._json(400, {"error": "invalid_grant", "error_description": "Token has been expired or revoked."})
            return self._json(200, {"access_token": emu._issue_for_grant(key), "expires_in": int(emu.token_ttl),
                                    "scope": grant["scope"], "token_type": "Bearer",
                                    **self._id_token(grant, None)})
        return self._json(400, {"error": "unsupported_grant_type", "error_description": "Invalid grant_type"})

    def _id_token(self, grant: dict[str, Any], nonce: str | None) -> dict[str, str]:
        """``{"id_token": ...}`` for a grant whose scope includes openid, else nothing."""
        if not oidc.wants_id_token(grant.get("scope", "")):
            return {}
        emu = self.emu
        return {"id_token": emu.oidc.mint(emu.issuer, email=grant.get("email") or emu.store.email,
                                          audience=grant["client_id"], nonce=nonce)}

    # ---- control (CLI mode) --------------------------------------------------------------
    def _control(self) -> None:
        p = self.url_path
        if p == "/__emulator/log" and self.method == "GET":
            self._drain()
            return self._json(200, self.emu.requests)
        if p == "/__emulator/faults" and self.method == "POST":
            spec = self._read_all().decode()
            try:
                self.emu.faults.load_spec(spec)
            except ValueError as exc:
                return self._send(400, str(exc).encode(), content_type="text/plain")
            return self._json(200, {"pending": len(self.emu.faults.pending())})
        if p == "/__emulator/faults" and self.method == "DELETE":
            self._drain()
            self.emu.faults.clear()
            return self._send(204)
        self._drain()
        return self._send(404, b"not found", content_type="text/plain")


_SPLICE = hasattr(os, "splice") and sys.platform.startswith("linux")
_NO_SPLICE = {errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP}
_PIPE_SIZE = 1 << 20


def _pipe() -> tuple[int, int]:
    r, w = os.pipe()
    try:  # a bigger pipe: fewer splice calls (the default is 64 KiB)
        import fcntl

        fcntl.fcntl(w, getattr(fcntl, "F_SETPIPE_SZ", 1031), _PIPE_SIZE)
    except OSError:
        pass
    return r, w


def _unpipe(r: int, w: int) -> None:
    os.close(r)
    os.close(w)


def _write_all(fd: int, data: bytes | memoryview) -> int:
    view = memoryview(data)
    done = 0
    while done < len(view):
        done += os.write(fd, view[done:])
    return done


_CHECKSUMS = {"md5Checksum": "md5", "sha1Checksum": "sha1", "sha256Checksum": "sha256"}


def _fill_checksums(store: Store, view: dict[str, Any], spec: Any) -> None:
    """Put into a file's view the checksums a field selection asks for (None or "*": all):
    only for content stored in Drive, never for Google's own types (Drive documents them
    "only populated for files with content stored in Google Drive")."""
    if "size" not in view or not has_content(view.get("mimeType", "")):
        return  # a folder, a shortcut, a Docs Editors file
    everything = spec is None or not isinstance(spec, dict) or "*" in spec
    for key, algorithm in _CHECKSUMS.items():
        if key not in view and (everything or key in spec):
            view[key] = store.checksum_of(view["id"], algorithm)


#: A multipart body larger than this is streamed to its file (``_receive_multipart``), and
#: its metadata part and the media part's headers must come within this many bytes.
_MULTIPART_HEAD_MAX = 1 << 20
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")


def _multipart_delimiter(ctype: str) -> bytes:
    m = re.search(r'boundary="?([^";]+)"?', ctype)
    if not ctype.startswith("multipart/related") or not m:
        raise ValueError("expected multipart/related with a boundary")
    return b"--" + m.group(1).encode()


def _parse_multipart(ctype: str, body: bytes) -> tuple[dict[str, Any], bytes]:
    """Split a multipart/related body (LF or CRLF line endings) into metadata and media."""
    delim = _multipart_delimiter(ctype)
    parts = body.split(delim)
    # parts[0] is the preamble, the last starts with "--" (the close delimiter).
    out: list[bytes] = []
    for part in parts[1:]:
        if part.startswith(b"--"):
            break
        if part.startswith(b"\r\n"):
            part = part[2:]
        elif part.startswith(b"\n"):
            part = part[1:]
        sep = re.search(rb"\r?\n\r?\n", part)
        if sep is None:
            raise ValueError("part without headers")
        content = part[sep.end():]
        if content.endswith(b"\r\n"):
            content = content[:-2]
        elif content.endswith(b"\n"):
            content = content[:-1]
        out.append(content)
    if len(out) != 2:
        raise ValueError("expected two parts (metadata and media)")
    return json.loads(out[0] or b"{}"), out[1]
