"""The lean upload path: multipart for small objects, growing chunks, sendfile on the client
and splice in the emulator; each with the faults it must survive."""

from __future__ import annotations

import contextlib
import os
import socket
import threading

import pytest

import backupgui.services.drive_emulator.server as server
from backupgui.destinations.gdrive import _SpoolRange
from backupgui.errors import DestinationFullError
from backupgui.services.drive_emulator import Fault

from .conftest import TOKEN

KiB = 1024
MiB = 1 << 20


def _kinds(emulator) -> list[str]:
    return [e["category"] for e in emulator.requests]


def _copies(emulator, name: str) -> int:
    return [f["name"] for f in emulator.store.all_views()].count(name)


# ---- multipart for small objects -----------------------------------------------------------
def test_small_new_object_is_one_multipart_request(emulator, make_dest):
    dest = make_dest(multipart_max=1 * MiB)
    data = os.urandom(300 * KiB + 7)
    emulator.clear_log()
    dest.put("sets/m/index/abc", data, new=True)
    assert _kinds(emulator) == ["upload-simple"]  # no lookup, no session, no chunk
    assert dest.read("sets/m/index/abc") == data
    (f,) = [f for f in emulator.store.all_views() if f["name"] == "sets/m/index/abc"]
    assert f["appProperties"]["bg"] == "1" and f["appProperties"]["d1"] == "sets"
    assert list(dest.journal.dir.glob("*")) == []


def test_bigger_objects_still_use_a_resumable_session(emulator, make_dest):
    dest = make_dest(multipart_max=256 * KiB)
    emulator.clear_log()
    dest.put("sets/m/data/big", os.urandom(256 * KiB + 1), new=True)
    assert _kinds(emulator) == ["upload-start", "upload-chunk", "upload-chunk"]


def test_small_replacement_patches_the_one_file(emulator, make_dest):
    dest = make_dest(multipart_max=1 * MiB)
    dest.put("sets/m/config", b"v1")
    emulator.clear_log()
    dest.put("sets/m/config", b"version two")
    assert _kinds(emulator) == ["list", "upload-simple"]
    assert [e["method"] for e in emulator.requests] == ["GET", "PATCH"]
    assert dest.read("sets/m/config") == b"version two"
    assert _copies(emulator, "sets/m/config") == 1


@pytest.mark.parametrize("kind", ["500", "503", "429", "403-rate", "reset-request", "reset-response"])
def test_multipart_survives_each_fault_without_a_duplicate(kind, emulator, make_dest, fake_time):
    dest = make_dest(multipart_max=1 * MiB)
    new = os.urandom(200 * KiB)
    emulator.add_faults(Fault(kind, match="upload-simple", cut=0.5, retry_after=1))
    dest.put("sets/m/data/p", new, new=True)
    dest.put("sets/m/config", b"v1")
    emulator.add_faults(Fault(kind, match="upload-simple", cut=0.5, retry_after=1))
    dest.put("sets/m/config", b"v2")
    assert [e["fault"] for e in emulator.requests if e["fault"]] == [kind, kind]
    assert fake_time.sleeps, "a retry must back off"
    assert dest.read("sets/m/data/p") == new and dest.read("sets/m/config") == b"v2"
    assert _copies(emulator, "sets/m/data/p") == 1 and _copies(emulator, "sets/m/config") == 1


def test_multipart_answer_lost_after_the_file_was_made_is_found_not_made_twice(emulator, make_dest,
                                                                                fake_time):
    dest = make_dest(multipart_max=1 * MiB)
    data = os.urandom(100 * KiB)
    emulator.add_faults(Fault("reset-response", match="upload-simple", cut=0.0))
    dest.put("sets/m/data/q", data, new=True)
    kinds = _kinds(emulator)
    assert kinds.count("upload-simple") == 1, kinds  # found by its job id: not sent again
    assert "list" in kinds
    assert dest.read("sets/m/data/q") == data and _copies(emulator, "sets/m/data/q") == 1


def test_multipart_quota_says_how_much_is_needed(emulator, make_dest, fake_time):
    dest = make_dest(multipart_max=1 * MiB)
    emulator.quota = emulator.store.used() + 100 * KiB
    with pytest.raises(DestinationFullError, match="needs"):
        dest.put("sets/m/data/r", os.urandom(200 * KiB), new=True)
    assert _copies(emulator, "sets/m/data/r") == 0
    assert list(dest.journal.dir.glob("*.json")) == []


def test_random_faults_with_multipart_and_growing_chunks(emulator, make_dest):
    from backupgui.services.drive_emulator import RandomFaults

    dest = make_dest(max_attempts=30, multipart_max=300 * KiB, chunk_max=1 * MiB)
    emulator.set_random_faults(RandomFaults(
        p=0.25, seed=99, kinds=("500", "503", "429", "403-rate", "reset-request", "reset-response")))
    objects = {f"sets/s2/data/{i:02x}": os.urandom(n)
               for i, n in enumerate([0, 1, 300 * KiB, 300 * KiB + 1, 3 * MiB + 7])}
    for name, data in objects.items():
        dest.put(name, data, new=True)
    dest.put("sets/s2/config", b"v1")
    dest.put("sets/s2/config", b"version two")
    emulator.set_random_faults(None)
    for name, data in objects.items():
        assert dest.read(name) == data
    assert dest.read("sets/s2/config") == b"version two"
    names = [f["name"] for f in emulator.store.all_views()]
    assert all(names.count(n) == 1 for n in [*objects, "sets/s2/config"])


# ---- chunks that grow on a fast link --------------------------------------------------------
def test_chunks_grow_on_a_fast_link_in_whole_256_kib_units(emulator, make_dest):
    dest = make_dest(chunk_size=256 * KiB, chunk_max=1 * MiB)
    data = os.urandom(4 * MiB + 5)
    emulator.clear_log()
    dest.put("sets/g/data/p", data, new=True)
    sizes = [e["bytes_received"] for e in emulator.requests if e["category"] == "upload-chunk"]
    assert sizes[:3] == [256 * KiB, 512 * KiB, 1 * MiB], sizes
    assert all(s % (256 * KiB) == 0 for s in sizes[:-1]) and max(sizes) == 1 * MiB
    assert dest.read("sets/g/data/p") == data


# ---- the client sends a chunk straight from the spool -----------------------------------------
def _drain(sock: socket.socket, into: bytearray) -> None:
    while piece := sock.recv(1 << 16):
        into += piece


@pytest.mark.parametrize("plain", [True, False])
def test_spool_range_sends_exactly_its_bytes(tmp_path, plain):
    spool = tmp_path / "x.spool"
    data = os.urandom(3 * MiB + 17)
    spool.write_bytes(data)
    a, b = socket.socketpair()
    got = bytearray()
    reader = threading.Thread(target=_drain, args=(b, got))
    reader.start()

    class NotPlain:  # stands in for a TLS socket: no sendfile
        sendall = a.sendall

    _SpoolRange(spool, 1000, 2 * MiB + 3).send_to(a if plain else NotPlain())
    a.close()
    reader.join(10)
    b.close()
    assert bytes(got) == data[1000:1000 + 2 * MiB + 3]
    assert b"".join(_SpoolRange(spool, 1000, 2 * MiB + 3)) == bytes(got)


@pytest.mark.parametrize("plain", [True, False])
def test_a_short_spool_is_never_sent_short(tmp_path, plain):
    spool = tmp_path / "y.spool"
    spool.write_bytes(os.urandom(1000))
    a, b = socket.socketpair()
    got = bytearray()
    reader = threading.Thread(target=_drain, args=(b, got))
    reader.start()

    class NotPlain:
        sendall = a.sendall

    with pytest.raises(OSError, match="ended early"):
        _SpoolRange(spool, 0, 5000).send_to(a if plain else NotPlain())
    a.close()
    reader.join(10)
    b.close()


# ---- the emulator takes a chunk's body by splice, and a broken one like before ----------------
def _session(emulator, total: int) -> str:
    import json
    import urllib.request

    req = urllib.request.Request(
        emulator.root_url + "upload/drive/v3/files?uploadType=resumable", method="POST",
        data=json.dumps({"name": "s", "parents": ["appDataFolder"]}).encode(),
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json",
                 "X-Upload-Content-Length": str(total)})
    with urllib.request.urlopen(req) as resp:
        return resp.headers["Location"][len(emulator.root_url) - 1:]


def _status(emulator, path: str, total: int) -> str | None:
    import urllib.error
    import urllib.request

    req = urllib.request.Request(emulator.root_url + path.lstrip("/"), method="PUT", data=b"",
                                 headers={"Authorization": f"Bearer {TOKEN}",
                                          "Content-Range": f"bytes */{total}"})
    try:
        urllib.request.urlopen(req)
    except urllib.error.HTTPError as exc:
        assert exc.code == 308
        return exc.headers.get("Range")
    raise AssertionError("expected 308")


def test_a_chunk_that_breaks_off_keeps_whole_units_only(emulator):
    total = 2 * MiB
    path = _session(emulator, total)
    sock = socket.create_connection(("127.0.0.1", emulator.port))
    head = (f"PUT {path} HTTP/1.1\r\nHost: 127.0.0.1:{emulator.port}\r\n"
            f"Authorization: Bearer {TOKEN}\r\nContent-Length: {total}\r\n"
            f"Content-Range: bytes 0-{total - 1}/{total}\r\n\r\n").encode()
    sock.sendall(head + os.urandom(700 * KiB))  # then the connection drops
    sock.shutdown(socket.SHUT_WR)
    with contextlib.suppress(ConnectionResetError):
        assert sock.recv(1) == b""  # the emulator resets the connection, as Google does
    sock.close()
    assert _status(emulator, path, total) == f"bytes=0-{512 * KiB - 1}"


@pytest.mark.parametrize("splice", [True, False])
def test_emulator_stores_the_same_bytes_with_or_without_splice(emulator, make_dest, monkeypatch, splice):
    monkeypatch.setattr(server, "_SPLICE", splice and server._SPLICE)
    dest = make_dest(chunk_size=512 * KiB)
    data = os.urandom(3 * MiB + 3)
    dest.put("sets/e/data/p", data, new=True)
    assert dest.read("sets/e/data/p") == data


# ---- start-up: no discovery-built client for the few metadata calls ---------------------------
def test_a_drive_backup_does_not_load_the_client_library(emulator, tmp_path):
    """Opening the destination, listing, uploading and deleting go over plain JSON requests:
    importing googleapiclient's discovery (and api_core, which scans every installed package
    on import) cost each Drive backup ~0.1 s of start-up."""
    import subprocess
    import sys

    code = f"""
import os, sys
from pathlib import Path
from google.oauth2.credentials import Credentials
from backupgui.destinations.gdrive import DriveOptions, GoogleDriveDestination
d = GoogleDriveDestination(Credentials(token={TOKEN!r}), api_root={emulator.root_url!r}, folder="f",
                           options=DriveOptions(spool_dir=Path({str(tmp_path / "spool")!r})))
d.put("sets/x/config", b"v1")
d.put("sets/x/data/p", os.urandom(6 << 20), new=True)
assert [o.name for o in d.list("sets/x/")] == ["sets/x/config", "sets/x/data/p"]
d.delete("sets/x/data/p")
loaded = sorted(m for m in sys.modules if m.startswith(("googleapiclient.discovery", "google.api_core")))
print(loaded)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "[]"
    assert [f["name"] for f in emulator.store.all_views() if f["name"].startswith("sets/")] == ["sets/x/config"]


def test_a_multipart_upload_resent_after_a_token_refresh_is_the_same_bytes(emulator, make_dest, tmp_path):
    """google-auth re-sends a request refused with 401 after refreshing the token: the
    multipart body (its parts, not joined) goes again whole."""
    import json

    from backupgui.destinations import google_auth

    from .test_auth import Browser

    own = tmp_path / "client.json"
    own.write_text(json.dumps(emulator.client_config()))
    signed = google_auth.sign_in(own, remember=False, api_root=emulator.root_url, on_url=Browser(),
                                 timeout_seconds=30)
    dest = make_dest(credentials=signed.credentials, multipart_max=1 * MiB)
    data = os.urandom(300 * KiB + 1)
    emulator.expire_access_tokens()
    dest.put("sets/t/index/" + "9a" * 16, data, new=True)
    simple = [e for e in emulator.requests if e["category"] == "upload-simple"]
    assert [e["status"] for e in simple] == [401, 200]
    assert simple[1]["bytes_received"] == simple[0]["content_length"] > len(data)
    assert dest.read("sets/t/index/" + "9a" * 16) == data
    assert _copies(emulator, "sets/t/index/" + "9a" * 16) == 1


@pytest.mark.parametrize("answer", [b"not json", b"[1, 2]", b'"a string"', b"null"])
def test_a_final_upload_answer_that_is_not_a_json_object_is_a_clear_error(emulator, make_dest, fake_time,
                                                                          monkeypatch, caplog, answer):
    """The answer that finishes a resumable upload is checked like every other answer: a
    hostile one is retried with backoff (status queries), then a DestinationError (the log
    names the answer), never a raw ValueError or a TypeError on a list; and its last bytes are never
    reported as sent."""
    from backupgui.errors import DestinationError

    def hostile(self, sess, data, uid):
        if uid is None:
            return real(self, sess, data, uid)
        self._send(200, answer, content_type="application/json")
        return None

    real = server._Handler._finalize
    monkeypatch.setattr(server._Handler, "_finalize", hostile)
    chunk = 256 * KiB
    dest = make_dest(chunk_size=chunk, max_attempts=3)
    caplog.set_level("INFO", logger="backupgui.destinations")
    for new in (True, False):
        seen: list[int] = []
        up = (dest.upload_new if new else dest.upload)(
            "sets/h/data/" + ("f3" if new else "f4") * 16, progress=seen.append)
        up.write(os.urandom(2 * chunk + 1))
        with pytest.raises(DestinationError) as ei:
            up.commit()
        assert "kept failing" in str(ei.value), ei.value
        assert "badAnswer" in caplog.text and "badAnswer" not in str(ei.value)
        assert sum(seen) == 2 * chunk, seen  # the two acknowledged chunks, not the last byte
    assert len(fake_time.sleeps) == 4  # backed off between the three tries, twice


@pytest.mark.parametrize("answer", [b"not json", b"[1, 2]", b'"a string"'])
def test_a_metadata_answer_that_is_not_a_json_object_is_a_clear_error(tmp_path, fake_time, answer):
    """A hostile or broken server's answer to a metadata call: retried with backoff, then a
    DestinationError that says so; never a raw ValueError or a crash on a list."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from google.oauth2.credentials import Credentials

    from backupgui.destinations.gdrive import DriveOptions, GoogleDriveDestination
    from backupgui.destinations.gdrive_retry import RetryPolicy
    from backupgui.errors import DestinationError

    class Bad(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):  # noqa: N802 - stdlib name
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args):
            return None

    srv = ThreadingHTTPServer(("127.0.0.1", 0), Bad)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        opts = DriveOptions(spool_dir=tmp_path / "spool", timeout=10, retry=RetryPolicy(
            max_attempts=3, sleep=fake_time.sleep, clock=fake_time.clock, rand=lambda: 0.5))
        with pytest.raises(DestinationError, match="kept failing"):
            GoogleDriveDestination(Credentials(token=TOKEN), api_root=f"http://127.0.0.1:{srv.server_port}/",
                                   options=opts)
        assert len(fake_time.sleeps) == 2  # backed off between the three tries
    finally:
        srv.shutdown()
        srv.server_close()


# ---- a pack in one request on a fast link (s17) -----------------------------------------------
def _fast_dest(make_dest, **kw):
    """A destination whose chunks grow (256 KiB -> 1 MiB) and that sends new objects of up to
    the learned chunk size in one multipart request; a first 1 MiB object teaches it the link."""
    dest = make_dest(chunk_size=256 * KiB, chunk_max=1 * MiB, one_request_max=1 * MiB, **kw)
    dest.put("sets/f/data/" + "00" * 16, os.urandom(1 * MiB), new=True)  # chunks: 256K, 512K, 256K
    return dest


def test_a_pack_on_a_fast_link_goes_in_one_streamed_request(emulator, make_dest):
    dest = _fast_dest(make_dest)
    data = os.urandom(1 * MiB)
    emulator.clear_log()
    dest.put("sets/f/data/" + "11" * 16, data, new=True)
    (req,) = emulator.requests
    assert req["category"] == "upload-simple" and req["query"]["uploadType"] == "multipart"
    assert req["bytes_received"] == req["content_length"] > len(data)  # every byte came
    assert dest.read("sets/f/data/" + "11" * 16) == data
    (f,) = [f for f in emulator.store.all_views() if f["name"] == "sets/f/data/" + "11" * 16]
    assert f["appProperties"]["bg"] == "1" and f["appProperties"]["d1"] == "sets"
    assert list(dest.journal.dir.glob("*")) == []
    # A larger object (or any, with the option off) still goes in chunks.
    emulator.clear_log()
    dest.put("sets/f/data/" + "22" * 16, os.urandom(1 * MiB + 1), new=True)
    assert _kinds(emulator)[0] == "upload-start"


def test_the_first_pack_and_a_slow_link_use_chunks(emulator, make_dest, monkeypatch):
    import backupgui.destinations.gdrive as gdrive

    dest = make_dest(chunk_size=256 * KiB, chunk_max=1 * MiB, one_request_max=1 * MiB)
    emulator.clear_log()
    dest.put("sets/f/data/" + "33" * 16, os.urandom(1 * MiB), new=True)
    assert _kinds(emulator) == ["upload-start", "upload-chunk", "upload-chunk", "upload-chunk"]
    monkeypatch.setattr(gdrive, "CHUNK_FAST_S", 0.0)  # every request now counts as slow
    emulator.clear_log()
    dest.put("sets/f/data/" + "44" * 16, os.urandom(1 * MiB), new=True)
    assert _kinds(emulator) == ["upload-simple"]
    emulator.clear_log()
    dest.put("sets/f/data/" + "55" * 16, os.urandom(1 * MiB), new=True)
    assert _kinds(emulator)[0] == "upload-start"  # the slow one-request upload was the last


@pytest.mark.parametrize("kind", ["500", "503", "429", "reset-request", "reset-response"])
def test_a_one_request_pack_survives_each_fault_without_a_duplicate(kind, emulator, make_dest, fake_time):
    dest = _fast_dest(make_dest)
    data = os.urandom(1 * MiB)
    name = "sets/f/data/" + "66" * 16
    emulator.add_faults(Fault(kind, match="upload-simple", cut=0.5, retry_after=1))
    dest.put(name, data, new=True)
    assert [e["fault"] for e in emulator.requests if e["fault"]] == [kind]
    assert dest.read(name) == data and _copies(emulator, name) == 1
    assert list(dest.journal.dir.glob("*")) == []


def test_a_one_request_pack_left_journaled_is_finished_by_the_next_open(emulator, make_dest, fake_time):
    dest = _fast_dest(make_dest, max_attempts=2)
    data = os.urandom(1 * MiB)
    name = "sets/f/data/" + "77" * 16
    emulator.add_faults(Fault("503", match="upload-simple", count=2))
    with pytest.raises(Exception, match="Google Drive"):
        dest.put(name, data, new=True)
    assert len(list(dest.journal.dir.glob("*.json"))) == 1  # kept for the next open
    again = make_dest(chunk_size=256 * KiB, chunk_max=1 * MiB, one_request_max=1 * MiB)
    assert again.read(name) == data and _copies(emulator, name) == 1
    assert list(again.journal.dir.glob("*")) == []


def _raw_multipart(emulator, body: bytes, boundary: str) -> tuple[int, bytes]:
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", emulator.port, timeout=30)
    try:
        conn.request("POST", "/upload/drive/v3/files?uploadType=multipart&fields=id,name,size", body=body,
                     headers={"Authorization": f"Bearer {TOKEN}",
                              "Content-Type": f'multipart/related; boundary="{boundary}"'})
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


@pytest.mark.parametrize("nl", [b"\r\n", b"\n"])
def test_emulator_streams_a_large_multipart_body_into_the_file(emulator, nl):
    """A body over the emulator's head limit (1 MiB) is stored by splice, exactly the media
    part, with LF or CRLF line ends, as the in-memory parser takes small ones."""
    import json

    media = os.urandom(3 * MiB + 11)
    b = "bnd-" + os.urandom(8).hex()
    body = (b"--" + b.encode() + nl + b"Content-Type: application/json" + nl + nl
            + json.dumps({"name": "big", "parents": ["appDataFolder"]}).encode() + nl
            + b"--" + b.encode() + nl + b"Content-Type: application/octet-stream" + nl + nl
            + media + nl + b"--" + b.encode() + b"--" + nl)
    status, answer = _raw_multipart(emulator, body, b)
    assert status == 200, answer
    f = json.loads(answer)
    assert f["name"] == "big" and int(f["size"]) == len(media)
    assert emulator.store.blob_path(f["id"]).read_bytes() == media


@pytest.mark.parametrize("case", ["no close delimiter", "one part", "no json"])
def test_emulator_refuses_a_malformed_large_multipart_body(emulator, case):
    b = "bnd-" + os.urandom(8).hex()
    d = b"--" + b.encode()
    meta = b'{"name": "bad"}' if case != "no json" else b"{not json"
    body = d + b"\r\nContent-Type: application/json\r\n\r\n" + meta + b"\r\n"
    if case != "one part":
        body += d + b"\r\nContent-Type: application/octet-stream\r\n\r\n"
    body += os.urandom(2 * MiB)
    body += b"\r\n" + d + (b"--\r\n" if case != "no close delimiter" else b"\r\n")
    before = len(emulator.store.all_views())
    status, _ = _raw_multipart(emulator, body, b)
    assert status == 400
    assert len(emulator.store.all_views()) == before
    assert [p.name for p in emulator.store.uploads.iterdir() if p.name.startswith("simple-")] == []


def test_a_one_request_pack_resent_after_a_token_refresh_is_the_same_bytes(emulator, make_dest, tmp_path):
    import json

    from backupgui.destinations import google_auth

    from .test_auth import Browser

    own = tmp_path / "client.json"
    own.write_text(json.dumps(emulator.client_config()))
    signed = google_auth.sign_in(own, remember=False, api_root=emulator.root_url, on_url=Browser(),
                                 timeout_seconds=30)
    dest = _fast_dest(make_dest, credentials=signed.credentials)
    data = os.urandom(1 * MiB)
    name = "sets/f/data/" + "88" * 16
    emulator.expire_access_tokens()
    emulator.clear_log()
    dest.put(name, data, new=True)
    simple = [e for e in emulator.requests if e["category"] == "upload-simple"]
    assert [e["status"] for e in simple] == [401, 200]
    assert simple[1]["bytes_received"] == simple[0]["content_length"] > len(data)
    assert dest.read(name) == data and _copies(emulator, name) == 1


@pytest.mark.parametrize("size", [100 * KiB, 1 * MiB])
def test_an_object_sent_in_one_request_counts_as_sent(emulator, make_dest, size):
    """The backup's uploaded bytes and its "Uploading" progress come from these calls: a
    multipart upload (a small object, or a pack on a fast link) reports its bytes once
    Drive answered, as the last chunk of a resumable one does."""
    dest = _fast_dest(make_dest, multipart_max=256 * KiB)
    sent: list[int] = []
    up = dest.upload_new("sets/f/data/" + "99" * 16, sent.append)
    up.write(os.urandom(size))
    emulator.clear_log()
    up.commit()
    assert _kinds(emulator) == ["upload-simple"]
    assert sent == [size]


@pytest.mark.parametrize("kind", ["400", "413"])
def test_a_pack_refused_in_one_request_goes_in_chunks_and_so_do_the_next(kind, emulator, make_dest,
                                                                         fake_time):
    """Google's guide names the one-request form for objects of up to 5 MB: if Drive refuses a
    larger one, the pack goes in chunks (no failure, no duplicate) and so does every later one."""
    dest = _fast_dest(make_dest)
    data = os.urandom(1 * MiB)
    name = "sets/f/data/" + "77" * 16
    emulator.add_faults(Fault(kind, match="upload-simple"))
    emulator.clear_log()
    dest.put(name, data, new=True)
    assert _kinds(emulator)[:2] == ["upload-simple", "upload-start"]
    assert [e["fault"] for e in emulator.requests if e["fault"]] == [kind]
    assert dest.read(name) == data and _copies(emulator, name) == 1
    assert list(dest.journal.dir.glob("*")) == []
    emulator.clear_log()
    dest.put("sets/f/data/" + "88" * 16, os.urandom(1 * MiB), new=True)
    assert _kinds(emulator)[0] == "upload-start"
