"""The storage provider's answers are hostile too: a "Drive" on 127.0.0.1 that answers the
real destination with listings that never end, malformed file entries, nesting deeper than
Python parses, bodies far larger than any Drive answer (declared, chunked, until-close,
gzip bombs), ranges longer than asked, and redirects to another host. Each must end in a
clear ``DestinationError`` with bounded memory and time, never a crash, a hang, a wrong
read or a token sent elsewhere."""

from __future__ import annotations

import functools
import gzip
import json
import resource
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
from google.oauth2.credentials import Credentials

from backupgui.destinations import gdrive
from backupgui.destinations.gdrive import DriveOptions, GoogleDriveDestination
from backupgui.destinations.gdrive_retry import RetryPolicy
from backupgui.errors import BackupError, DestinationError

TOKEN = "hostile-test-token"
NAME = "sets/" + "ab" * 16 + "/config"
ENTRY = {"id": "f1", "name": NAME, "size": "100", "modifiedTime": "2026-01-01T00:00:00.000Z",
         "appProperties": {"bg": "1"}}
ABOUT = {"user": {"emailAddress": "someone@example.com"}}

Route = Callable[["_Handler"], None]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        parts = urlsplit(self.path)
        self.query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        self.server.seen.append((self.command, self.path, dict(self.headers)))  # type: ignore[attr-defined]
        self.rfile.read(int(self.headers.get("Content-Length") or 0))  # (an upload's body)
        route = self.server.routes.get(parts.path)  # type: ignore[attr-defined]
        if route is None:
            self.send_json({"error": {"code": 404, "message": "no"}}, 404)
        else:
            route(self)

    do_POST = do_DELETE = do_PATCH = do_PUT = do_GET

    def send_json(self, doc: object, status: int = 200) -> None:
        self.send_body(json.dumps(doc).encode(), status)

    def send_body(self, body: bytes, status: int = 200, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for k, v in {"Content-Type": "application/json", "Content-Length": str(len(body)),
                     **(headers or {})}.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)


class HostileDrive:
    """A server that answers as the test says; ``about`` answers a normal account."""

    def __init__(self) -> None:
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.httpd.routes = {"/drive/v3/about": lambda h: h.send_json(ABOUT)}  # type: ignore[attr-defined]
        self.httpd.seen = []  # type: ignore[attr-defined]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    @property
    def routes(self) -> dict[str, Route]:
        return self.httpd.routes  # type: ignore[attr-defined]

    @property
    def seen(self) -> list:
        return self.httpd.seen  # type: ignore[attr-defined]

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def drive() -> Iterator[HostileDrive]:
    d = HostileDrive()
    try:
        yield d
    finally:
        d.stop()


def _dest(drive: HostileDrive, tmp_path, folder: str | None = None,
          timeout: float = 5.0) -> GoogleDriveDestination:
    retry = RetryPolicy(max_attempts=3, sleep=lambda s: None, rand=lambda: 0.5)
    options = DriveOptions(timeout=timeout, spool_dir=tmp_path / "spool", retry=retry,
                           download_chunk=1 << 20)
    return GoogleDriveDestination(Credentials(token=TOKEN), api_root=drive.root, folder=folder,
                                  options=options, resume_pending=False)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- listings ----------------------------------------------------------------------------------
def test_a_listing_whose_next_page_token_repeats_is_refused(drive, tmp_path, caplog):
    """files.list answering the same nextPageToken forever looped (and grew) without end."""
    drive.routes["/drive/v3/files"] = lambda h: h.send_json({"files": [ENTRY], "nextPageToken": "again"})
    d = _dest(drive, tmp_path)
    t0 = time.monotonic()
    caplog.set_level("INFO", logger="backupgui.destinations")
    with pytest.raises(DestinationError, match="^Google Drive gave an unusable answer.$"):
        d.list("sets/")
    assert "while listing the backup" in caplog.text  # the step: in the log, not the message
    assert time.monotonic() - t0 < 30
    assert len(drive.seen) <= 4  # about, the first page, the page that repeats its token


def test_a_listing_that_never_ends_is_refused(drive, tmp_path, monkeypatch):
    """A new token on every (empty) page: the number of pages is bounded (10,000 in the
    app, about ten million files; 50 here, so that the test is quick)."""
    monkeypatch.setattr(gdrive, "_MAX_LIST_PAGES", 50)
    counter = iter(range(10**9))
    drive.routes["/drive/v3/files"] = lambda h: h.send_json({"files": [], "nextPageToken": f"t{next(counter)}"})
    d = _dest(drive, tmp_path)
    with pytest.raises(DestinationError, match="unusable answer"):
        d.list("sets/")
    assert len([s for s in drive.seen if s[1].startswith("/drive/v3/files")]) == 50


@pytest.mark.parametrize("entry", [
    {**ENTRY, "size": "12x"}, {**ENTRY, "size": 12}, {**ENTRY, "size": "9" * 400},
    {k: v for k, v in ENTRY.items() if k != "id"}, {**ENTRY, "name": 7}, {**ENTRY, "modifiedTime": []},
    {**ENTRY, "appProperties": ["bg"]}, {**ENTRY, "appProperties": {"bg": 1}}, "a string", None,
], ids=["size-text", "size-number", "size-huge", "no-id", "name-number", "time-list", "props-list",
        "props-number", "entry-string", "entry-null"])
def test_malformed_file_entries_are_a_destination_error(drive, tmp_path, entry):
    """Was a ValueError, KeyError or TypeError out of the destination (a crash to the user)."""
    drive.routes["/drive/v3/files"] = lambda h: h.send_json({"files": [ENTRY, entry]})
    d = _dest(drive, tmp_path)
    with pytest.raises(DestinationError, match="unusable answer"):
        d.list("sets/")
    with pytest.raises(DestinationError):
        d.read(NAME)


@pytest.mark.parametrize("doc", [{"files": {"id": "x"}}, {"files": [ENTRY], "nextPageToken": 5}],
                         ids=["files-object", "token-number"])
def test_a_listing_of_another_shape_is_a_destination_error(drive, tmp_path, doc):
    drive.routes["/drive/v3/files"] = lambda h: h.send_json(doc)
    with pytest.raises(DestinationError):
        _dest(drive, tmp_path).list("sets/")


def test_an_answer_nested_deeper_than_python_parses_is_a_destination_error(drive, tmp_path):
    """json.loads raises RecursionError, which the client did not count as a bad answer."""
    deep = b"[" * 100_000 + b"]" * 100_000
    drive.routes["/drive/v3/files"] = lambda h: h.send_body(deep)
    with pytest.raises(DestinationError):
        _dest(drive, tmp_path).list("sets/")
    # ... and as an error answer (its body is read for the reason)
    drive.routes["/drive/v3/files"] = lambda h: h.send_body(deep, 400)
    with pytest.raises(DestinationError):
        _dest(drive, tmp_path).list("sets/")


@pytest.mark.parametrize("about", [{"user": "x"}, {"user": {"emailAddress": ["a"]}}, {"user": None}])
def test_an_account_answer_of_another_shape_is_a_destination_error(drive, tmp_path, caplog, about):
    drive.routes["/drive/v3/about"] = lambda h: h.send_json(about)
    caplog.set_level("INFO", logger="backupgui.destinations")
    with pytest.raises(DestinationError, match="^Google Drive gave an unusable answer.$"):
        _dest(drive, tmp_path)
    assert "while asking for the account" in caplog.text  # the step: in the log, not the message


@pytest.mark.parametrize("quota", [{"limit": "lots"}, {"usage": -1}, {"usage": "1e9"}, "full",
                                   # Third hostile pass (s13): more digits than int() takes
                                   # (4,300) came out as ValueError, not an unusable answer.
                                   {"limit": "9" * 5000}, {"usage": "1" * 4301}])
def test_a_quota_of_another_shape_is_a_destination_error(drive, tmp_path, quota):
    d = _dest(drive, tmp_path)
    drive.routes["/drive/v3/about"] = lambda h: h.send_json({**ABOUT, "storageQuota": quota})
    with pytest.raises(DestinationError, match="unusable answer"):
        d.storage()


def test_a_folder_answer_of_another_shape_is_a_destination_error(drive, tmp_path, caplog):
    drive.routes["/drive/v3/files"] = lambda h: h.send_json({"files": [{"id": 5}]})
    caplog.set_level("INFO", logger="backupgui.destinations")
    with pytest.raises(DestinationError, match="^Google Drive gave an unusable answer.$"):
        _dest(drive, tmp_path, folder="backups")
    assert "while looking for the folder" in caplog.text  # the step: in the log, not the message


# -- bodies ------------------------------------------------------------------------------------
def _listing(h: _Handler) -> None:
    h.send_json({"files": [ENTRY]})


def _huge_declared(h: _Handler) -> None:
    """Declares a terabyte and sends zeros until the client hangs up."""
    h.send_response(200)
    h.send_header("Content-Type", "application/json")
    h.send_header("Content-Length", str(1 << 40))
    h.end_headers()
    _pour(h)


def _huge_chunked(h: _Handler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "application/json")
    h.send_header("Transfer-Encoding", "chunked")
    h.end_headers()
    piece = b" " * (1 << 20)
    try:
        while True:
            h.wfile.write(b"%x\r\n" % len(piece) + piece + b"\r\n")
    except OSError:
        pass


def _huge_until_close(h: _Handler) -> None:
    """HTTP/1.0 style: no length, the body ends when the connection does (never, here)."""
    h.protocol_version = "HTTP/1.0"
    h.send_response(200)
    h.send_header("Content-Type", "application/json")
    h.end_headers()
    _pour(h)


def _pour(h: _Handler) -> None:
    piece = b" " * (1 << 20)
    try:
        for _ in range(4096):  # 4 GiB at most, should the client read on
            h.wfile.write(piece)
    except OSError:
        pass


@functools.cache
def _bomb() -> bytes:
    """256 MiB of JSON blanks, gzipped to about 256 KiB."""
    z = zlib.compressobj(9, zlib.DEFLATED, 31)
    piece = b" " * (1 << 20)
    return z.compress(b"[") + b"".join(z.compress(piece) for _ in range(256)) + z.compress(b"]") + z.flush()


def _gzip_bomb(h: _Handler) -> None:
    h.send_body(_bomb(), headers={"Content-Encoding": "gzip"})


@pytest.mark.parametrize("answer", [_huge_declared, _huge_chunked, _huge_until_close, _gzip_bomb],
                         ids=["declared-terabyte", "chunked-forever", "until-close", "gzip-bomb"])
def test_an_answer_larger_than_any_drive_answer_is_refused_with_bounded_memory(drive, tmp_path, caplog, answer):
    """httplib2 read the whole body (and inflated a gzip one up to 100 times its size)."""
    drive.routes["/drive/v3/files"] = answer
    _bomb()  # (made before the request, not within the client's socket timeout)
    d = _dest(drive, tmp_path)
    before = _peak_rss_mb()
    t0 = time.monotonic()
    caplog.set_level("INFO", logger="backupgui.destinations")
    with pytest.raises(DestinationError, match="^Google Drive gave an unusable answer.$"):
        d.list("sets/")
    assert "while listing the backup" in caplog.text  # the step: in the log, not the message
    assert time.monotonic() - t0 < 60
    # The bound is 64 MiB of body (at most two copies of it while joining pieces).
    assert _peak_rss_mb() - before < 400, f"memory grew by {_peak_rss_mb() - before:.0f} MB"
    d.close()


def _tiny_objects(status: int) -> Route:
    """16 MiB of JSON that parses into five million dicts (``{},`` is 3 bytes, a dict in
    Python ~64): an answer well within the 64 MiB bound of a body."""
    body = b'{"files":[' + b"{}," * ((16 << 20) // 3) + b'{}]}' if status == 200 else (
        b'{"error":{"code":500,"errors":[' + b"{}," * ((16 << 20) // 3) + b'{}]}}')
    return lambda h: h.send_body(body, status)


@pytest.mark.parametrize("status", [200, 500], ids=["listing", "error"])
def test_an_answer_of_tiny_json_objects_is_refused_unparsed(drive, tmp_path, status):
    """Third hostile pass (s13): the 64 MiB bound is on bytes; parsed, ``{},{},...`` costs
    ~25 times its size (16 MiB took 419 MiB of peak memory, a body may have 64 MiB, on every
    attempt). JSON answers are now refused when their structure would cost more than any
    Drive answer's (as the format does for backup JSON, format/jsonbudget.py)."""
    drive.routes["/drive/v3/files"] = _tiny_objects(status)
    d = _dest(drive, tmp_path)
    tracemalloc.start()
    try:
        with pytest.raises(DestinationError):
            d.list("sets/")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 120 << 20, f"the answer cost {peak >> 20} MiB"
    d.close()


def test_a_small_gzip_answer_still_reads(drive, tmp_path):
    """Inflating bodies ourselves (bounded) keeps compressed answers working."""
    body = gzip.compress(json.dumps({"files": [ENTRY]}).encode())
    drive.routes["/drive/v3/files"] = lambda h: h.send_body(body, headers={"Content-Encoding": "gzip"})
    assert [o.name for o in _dest(drive, tmp_path).list("sets/")] == [NAME]


def test_a_download_larger_than_its_range_is_cut_to_the_range(drive, tmp_path):
    """A 206 answer with more bytes than the Range asked for made ``read`` return more
    than ``length`` (a bounded read of a config is 64 KiB + 1, whatever the server says)."""
    content = bytes(range(256)) * 4

    def media(h: _Handler) -> None:
        if h.query.get("alt") != "media":
            return h.send_json({"id": "f1"})
        h.send_body(content, 206, {"Content-Type": "application/octet-stream",
                                   "Content-Range": "bytes 0-1023/1024"})

    drive.routes["/drive/v3/files"] = lambda h: h.send_json({"files": [{**ENTRY, "size": "1024"}]})
    drive.routes["/drive/v3/files/f1"] = media
    d = _dest(drive, tmp_path)
    assert d.read(NAME, 0, 10) == content[:10]
    assert len(d.read(NAME, 5, 100)) <= 100


def test_a_download_cut_short_is_not_taken_for_the_whole(drive, tmp_path):
    """A Content-Length the body does not reach: the missing bytes are asked for again."""
    content = bytes(range(256)) * 4
    calls = []

    def media(h: _Handler) -> None:
        calls.append(h.headers["Range"])
        if len(calls) == 1:  # declares 1024 bytes, sends 100, hangs up
            h.send_response(206)
            h.send_header("Content-Length", "1024")
            h.end_headers()
            h.wfile.write(content[:100])
            h.close_connection = True
            return
        start = int(h.headers["Range"].split("=")[1].split("-")[0])
        h.send_body(content[start:], 206, {"Content-Type": "application/octet-stream"})

    drive.routes["/drive/v3/files"] = lambda h: h.send_json({"files": [{**ENTRY, "size": "1024"}]})
    drive.routes["/drive/v3/files/f1"] = media
    assert _dest(drive, tmp_path).read(NAME) == content
    assert calls[1] == "bytes=100-1023"


@pytest.mark.parametrize("challenge", ['"""', "Digest ,,, =", "Digest realm=" + "x" * 60_000,
                                       'Basic realm="r", ' * 3000])
def test_a_401_with_a_hostile_challenge_is_a_destination_error(drive, tmp_path, challenge):
    """A 401 makes httplib2 parse its WWW-Authenticate header with ``httplib2.auth`` (whose
    import is deferred to that first use since s12, backupgui/destinations/__init__.py): a
    malformed or huge challenge ends as a clear error, in bounded time (resisted: a
    coverage test of the third hostile pass)."""
    drive.routes["/drive/v3/files"] = lambda h: h.send_body(
        b'{"error":{"code":401,"message":"no"}}', 401, {"WWW-Authenticate": challenge})
    d = _dest(drive, tmp_path)
    t0 = time.monotonic()
    with pytest.raises(DestinationError):
        d.list("sets/")
    assert time.monotonic() - t0 < 30
    d.close()


def test_a_401_with_megabytes_of_valid_challenges_is_not_parsed(drive, tmp_path):
    """Third hostile pass (s13): httplib2 parses every 401's WWW-Authenticate headers (joined)
    with pyparsing, at ~10 us a byte, before it looks for credentials of its own - which
    backupgui never gives it (google-auth sets the bearer header). 30 header lines of
    60 kB, each a valid list of challenges, took 18.5 CPU s per request (67 s of wall time
    on the shared machine); http.client takes 100 such lines. A 401 is now answered without
    parsing them."""
    line = ", ".join(['Basic realm="r"'] * 3500)  # 59.5 kB: http.client takes 64 KiB a line

    def answer(h: _Handler) -> None:
        body = b'{"error":{"code":401,"message":"no"}}'
        h.send_response(401)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", str(len(body)))
        for _ in range(30):
            h.send_header("WWW-Authenticate", line)
        h.end_headers()
        h.wfile.write(body)

    drive.routes["/drive/v3/files"] = answer
    d = _dest(drive, tmp_path)
    t0 = time.process_time()
    with pytest.raises(DestinationError, match="sign-in"):
        d.list("sets/")
    assert time.process_time() - t0 < 10, f"a 401 took {time.process_time() - t0:.0f} CPU s"
    d.close()


def test_a_redirect_does_not_carry_the_token_to_another_host(drive, tmp_path):
    """A listing redirected to another server: that server never sees the access token."""
    other = HostileDrive()
    try:
        other.routes["/elsewhere"] = _listing
        drive.routes["/drive/v3/files"] = lambda h: h.send_body(
            b"", 302, {"Location": other.root + "elsewhere"})
        d = _dest(drive, tmp_path)
        try:
            d.list("sets/")
        except BackupError:
            pass  # refusing the redirect would be as good
        assert any(m == "GET" for m, _, _ in drive.seen)
        for _, _, headers in other.seen:
            assert TOKEN not in json.dumps(headers)
            assert "authorization" not in {k.lower() for k in headers}
        assert all(TOKEN in json.dumps(h) for _, p, h in drive.seen)  # (the token was in use)
    finally:
        other.stop()


def test_a_server_that_never_answers_times_out(drive, tmp_path):
    """A listing whose answer never starts ends with the socket timeout, not a hang."""
    gate = threading.Event()
    drive.routes["/drive/v3/files"] = lambda h: gate.wait(30)
    d = _dest(drive, tmp_path, timeout=1.0)
    t0 = time.monotonic()
    try:
        with pytest.raises(DestinationError):
            d.list("sets/")
        assert time.monotonic() - t0 < 20
    finally:
        gate.set()


@pytest.mark.parametrize("answer", [{"id": 5, "name": NAME, "size": "3"}, {"name": NAME, "size": "3"},
                                    {"id": "f9", "name": NAME, "size": "three"}, {"id": "f9", "name": []}],
                         ids=["id-number", "no-id", "size-text", "name-list"])
def test_a_malformed_upload_answer_is_a_destination_error(drive, tmp_path, caplog, answer):
    """The answer to a (multipart) upload: was a KeyError or ValueError out of ``commit``."""
    drive.routes["/drive/v3/files"] = lambda h: h.send_json({"files": []})
    drive.routes["/upload/drive/v3/files"] = lambda h: h.send_json(answer)
    d = _dest(drive, tmp_path)
    up = d.upload(NAME)
    up.write(b"abc")
    caplog.set_level("INFO", logger="backupgui.destinations")
    with pytest.raises(DestinationError, match="^Google Drive gave an unusable answer.$"):
        up.commit()
    assert "while uploading" in caplog.text  # the step: in the log, not the message


def test_an_upload_answer_that_is_not_json_is_a_destination_error(drive, tmp_path):
    drive.routes["/drive/v3/files"] = lambda h: h.send_json({"files": []})
    drive.routes["/upload/drive/v3/files"] = lambda h: h.send_body(b"[" * 100_000)
    up = _dest(drive, tmp_path).upload(NAME)
    up.write(b"abc")
    with pytest.raises(DestinationError):
        up.commit()


# -- resumable uploads ---------------------------------------------------------------------------
@pytest.mark.parametrize("stored", [None, "bytes=0-0", "bytes=0-99999999", f"bytes=0-{512 * 1024 - 1}",
                                    "bytes=0-abc", "bytes=5-9"],
                         ids=["no-range", "stuck", "past-the-end", "everything", "not-a-number",
                              "not-from-0"])
def test_an_upload_session_that_stores_nothing_more_ends_in_a_destination_error(drive, tmp_path,
                                                                               stored):
    """A resumable session whose every answer is '308 Resume Incomplete' without progress:
    no Range (nothing stored), a Range that does not move, one past the object's end or all
    of it (Drive answers with the file then), or one of another shape. Before: the first two
    sent the same chunk for ever (16,000 requests in 10 s against this server), the next
    two sent a negative Content-Length and raised ValueError out of ``commit``, the last
    two raised ValueError or sent from an offset Drive never said."""
    puts = []

    def session(h):
        puts.append(h.headers.get("Content-Range"))
        h.send_body(b"", 308, {} if stored is None else {"Range": stored})

    drive.routes["/drive/v3/files"] = lambda h: h.send_json({"files": []})
    drive.routes["/upload/drive/v3/files"] = lambda h: h.send_body(
        b"{}", 200, {"Location": drive.root + "session"})
    drive.routes["/session"] = session
    retry = RetryPolicy(max_attempts=3, sleep=lambda s: None, rand=lambda: 0.5)
    d = GoogleDriveDestination(Credentials(token=TOKEN), api_root=drive.root, options=DriveOptions(
        timeout=5, spool_dir=tmp_path / "spool", retry=retry, chunk_size=256 * 1024,
        chunk_max=256 * 1024, multipart_max=1), resume_pending=False)
    up = d.upload_new("sets/" + "ab" * 16 + "/data/" + "cd" * 16)
    up.write(b"x" * (512 * 1024))
    done: list[BaseException] = []

    def commit() -> None:
        try:
            up.commit()
        except BaseException as exc:  # noqa: BLE001 - inspected below
            done.append(exc)

    t = threading.Thread(target=commit, daemon=True)
    t.start()
    t.join(30)
    if t.is_alive():
        d.interrupt()
        t.join(10)
    assert done and isinstance(done[0], DestinationError), done
    assert len(puts) <= 8  # a bounded number of tries, each 'ask, then send'
    sent = [r.split()[1].split("/")[0] for r in puts if r and "*" not in r]
    assert all(0 <= int(a) <= int(b) < 512 * 1024 for a, b in (x.split("-") for x in sent))
