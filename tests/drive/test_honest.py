"""Drive: every retry through our own backoff, spool files that go when their upload is done,
ranged restores of 8 MiB, and messages that say what really happened (issue 21)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from google.oauth2.credentials import Credentials

from backupgui.destinations.gdrive_http import RequestDropped, make_http
from backupgui.destinations.gdrive_journal import Job
from backupgui.errors import DestinationFullError
from backupgui.services.drive_emulator import Fault
from tests.engine.helpers import run_cli

from .conftest import TOKEN

KiB = 1024
MiB = 1 << 20


class DroppingServer:
    """Accepts connections, reads one request's headers and closes without answering."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.requests = 0
        self._stop = False
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}/upload"

    def _run(self) -> None:
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(5)
                data = b""
                try:
                    while b"\r\n\r\n" not in data:
                        chunk = conn.recv(65536)
                        if not chunk:
                            break
                        data += chunk
                except OSError:
                    continue
                if data:
                    self.requests += 1

    def close(self) -> None:
        self._stop = True
        self.sock.close()


@pytest.mark.parametrize("method", ["PUT", "POST", "DELETE"])
def test_httplib2_sends_a_request_only_once(method):
    """httplib2 alone re-sends a request at once on a fresh connection when the first one
    drops (for POST and DELETE too). Ours raises, so the client's backoff decides."""
    server = DroppingServer()
    try:
        http = make_http(Credentials(token="t"), timeout=5)
        with pytest.raises((RequestDropped, ConnectionError, OSError)):
            http.request(server.url, method=method, body=b"x" * 300_000,
                         headers={"Content-Type": "application/octet-stream"})
        time.sleep(0.2)
        assert server.requests == 1
    finally:
        server.close()


def test_a_dropped_chunk_is_followed_by_a_status_query_not_a_resend(emulator, make_dest, fake_time):
    dest = make_dest(chunk_size=256 * KiB)
    data = os.urandom(3 * 256 * KiB + 7)
    emulator.add_faults(Fault("reset-request", match="upload-chunk", skip=1, cut=0.5))
    dest.put("sets/r/data/" + "cd" * 16, data)
    chunks = [e for e in emulator.requests if e["category"] == "upload-chunk"]
    hit = next(i for i, e in enumerate(chunks) if e["fault"] == "reset-request")
    after = chunks[hit + 1]
    assert after["content_range"] == f"bytes */{len(data)}", after
    assert fake_time.sleeps, "the status query comes after a backoff, not within milliseconds"
    assert dest.read("sets/r/data/" + "cd" * 16) == data


_WRITER = """
import sys, os, time
from google.oauth2.credentials import Credentials
from backupgui.destinations.gdrive import DriveOptions, GoogleDriveDestination
dest = GoogleDriveDestination(Credentials(token=sys.argv[2]), api_root=sys.argv[1],
                              options=DriveOptions(spool_dir=__import__("pathlib").Path(sys.argv[3])))
up = dest.upload_new("sets/k/data/" + "ef" * 16)
up.write(os.urandom(3 << 20))
print("spooling", flush=True)
time.sleep(60)
"""


def test_spool_of_a_killed_upload_is_removed_on_the_next_open(emulator, make_dest, tmp_path):
    """A process killed while spooling leaves a spool with no journal entry; nobody holds its
    lock, so the next open removes it at once (it used to stay 24 hours)."""
    proc = subprocess.Popen([sys.executable, "-c", _WRITER, emulator.root_url, TOKEN,
                             str(tmp_path / "spool")], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "spooling"
        spools = list((tmp_path / "spool").rglob("*.spool"))
        assert len(spools) == 1 and spools[0].stat().st_size == 3 << 20
        # While its writer lives, the spool is kept even by another instance's open.
        make_dest()
        assert spools[0].exists()
    finally:
        proc.kill()
        proc.wait()
    make_dest()
    assert list((tmp_path / "spool").rglob("*.spool")) == []
    assert list((tmp_path / "spool").rglob("*.lock")) == []


def test_finished_upload_leaves_no_spool(emulator, make_dest, tmp_path, fake_time):
    """An upload interrupted at commit is journaled; the next open finishes it and removes
    both its journal entry and its spool."""
    dest = make_dest(max_attempts=2)
    emulator.add_faults(Fault("503", match="upload-chunk", count=5))
    from backupgui.errors import DestinationError

    with pytest.raises(DestinationError):
        dest.put("sets/j/data/" + "aa" * 16, os.urandom(600 * KiB), new=True)
    assert len(list(dest.journal.dir.glob("*.spool"))) == 1
    emulator.faults.clear()
    again = make_dest()
    assert [o.name for o in again.list()] == ["sets/j/data/" + "aa" * 16]
    assert list(again.journal.dir.iterdir()) == []


def test_a_damaged_spool_is_never_uploaded(emulator, make_dest, fake_time):
    """Spools are not fsynced: after a crash the journaled MD5 must match before any byte goes
    out, or a replaced object (the config) would be overwritten with garbage."""
    dest = make_dest()
    dest.put("sets/d/config", b"good config")
    job = Job(dest.journal.new_id(), "sets/d/config", 11, "0" * 32, created=time.time())
    with dest.journal.open_spool(job.id) as fh:
        fh.write(b"\0" * 11)  # same size, wrong bytes (what a crash can leave)
    dest.journal.save(job)
    again = make_dest()
    assert again.read("sets/d/config") == b"good config"
    assert list(again.journal.dir.glob("*.json")) == []


def test_full_drive_says_how_much_is_needed(emulator, make_dest):
    emulator.quota = 1_000_000
    dest = make_dest()
    dest.put("sets/q/data/keep", os.urandom(300_000))
    with pytest.raises(DestinationFullError) as ei:
        dest.put("sets/q/data/big", os.urandom(900_000))
    msg, hint = str(ei.value), ei.value.hint
    assert "needs 900 kB" in msg and "only 700 kB is free" in msg, msg
    assert "300 kB of 1.0 MB used" in msg, msg
    assert "at least 200 kB" in hint, hint


def test_a_full_drive_says_its_sizes_in_the_users_language(emulator, make_dest, qapp):
    """The same refusal shown by the app in Arabic: every size in Arabic digits and the
    language's unit words (the core's "900 kB" stayed Latin in the Arabic sentence)."""
    from backupgui.ui import language
    from backupgui.ui.widgets.errors import describe
    from backupgui.ui.widgets.formatting import human_size

    emulator.quota = 1_000_000
    dest = make_dest()
    dest.put("sets/q/data/keep", os.urandom(300_000))
    with pytest.raises(DestinationFullError) as ei:
        dest.put("sets/q/data/big", os.urandom(900_000))
    language.install_language("ar", qapp)
    try:
        msg, hint = describe(ei.value)
        for n in (900_000, 700_000, 300_000, 1_000_000):
            assert human_size(n) in msg, (human_size(n), msg)
        assert human_size(200_000) in hint, hint
        assert "كيلوبايت" in msg and not any(u in msg + hint for u in ("kB", "MB", "900"))
    finally:
        language.install_language("en", qapp)


def test_restore_reads_8_mib_ranges(emulator, make_dest):
    dest = make_dest(download_chunk=8 * MiB)
    assert dest.stream_chunk == 8 * MiB
    data = os.urandom(20 * MiB + 5)
    dest.put("sets/s/data/" + "ab" * 16, data, new=True)
    emulator.clear_log()
    out = b"".join(dest.stream("sets/s/data/" + "ab" * 16, dest.stream_chunk))
    assert out == data
    ranges = [e["range"] for e in emulator.requests if e["category"] == "media"]
    sizes = [int(r.split("-")[1]) - int(r.split("=")[1].split("-")[0]) + 1 for r in ranges]
    assert sizes == [8 * MiB, 8 * MiB, 4 * MiB + 5]


# -- the command line, as a person meets it ------------------------------------------------------
def _drive_env(emulator, tmp_path: Path, token: str = TOKEN) -> dict[str, str]:
    return {"BACKUPGUI_DRIVE_ROOT": emulator.root_url, "BACKUPGUI_DRIVE_TOKEN": token,
            "BACKUPGUI_DRIVE_SPOOL": str(tmp_path / "spool")}


def test_cli_bad_drive_token_is_reported_as_such(emulator, tmp_path):
    r = run_cli("list", "--dest", "gdrive", env=_drive_env(emulator, tmp_path, "not-a-token"))
    assert r.returncode == 6, (r.stdout, r.stderr)
    assert "BACKUPGUI_DRIVE_TOKEN" in r.stderr and "saved sign-in" not in r.stderr, r.stderr
    assert "not-a-token" not in r.stderr


def test_cli_quiet_has_no_client_library_warnings(emulator, tmp_path):
    """A refused request makes googleapiclient log a WARNING; -q shows none, and without -q
    only our own plain note says what is retried."""
    env = _drive_env(emulator, tmp_path)
    emulator.add_faults(Fault("403-rate", match="list"))
    r = run_cli("list", "--dest", "gdrive", "-q", env=env)
    assert r.returncode == 0 and r.stderr == "", r.stderr
    assert r.stdout.strip() == "No backups found."
    emulator.add_faults(Fault("403-rate", match="list"))
    r = run_cli("list", "--dest", "gdrive", env=env)
    assert r.returncode == 0, r.stderr
    assert "googleapiclient" not in r.stderr and "WARNING" not in r.stderr, r.stderr
    assert "Google Drive answered HTTP 403 userRateLimitExceeded while listing the backup; " \
           "trying again in" in r.stderr, r.stderr


def test_cli_list_says_what_it_waits_for_when_drive_is_unreachable(tmp_path):
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()  # nothing listens there now
    env = dict(os.environ, BACKUPGUI_DRIVE_ROOT=f"http://127.0.0.1:{port}/",
               BACKUPGUI_DRIVE_TOKEN="t", BACKUPGUI_DRIVE_SPOOL=str(tmp_path / "spool"))
    from tests.engine.helpers import cli_argv

    proc = subprocess.Popen([*cli_argv(), "list", "--dest", "gdrive"], stderr=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, text=True, env=env)
    try:
        line = proc.stderr.readline()
        assert "Google Drive cannot be reached (connection refused)" in line, line
        assert "trying again in" in line and "(attempt 2 of 10)" in line, line
    finally:
        proc.kill()
        proc.wait()


def test_cli_list_of_a_missing_folder_fails(tmp_path):
    r = run_cli("list", "--dest", tmp_path / "typo")
    assert r.returncode == 10, (r.stdout, r.stderr)
    assert f"No backup folder at {tmp_path / 'typo'}" in r.stderr
    assert not (tmp_path / "typo").exists()
    (tmp_path / "empty").mkdir()
    r = run_cli("list", "--dest", tmp_path / "empty", "--json")
    assert r.returncode == 0 and json.loads(r.stdout) == []


# -- what Drive stored is what was spooled -------------------------------------------------------
def _stored(emulator, suffix):
    (f,) = [f for f in emulator.store.files.values() if f["name"].endswith(suffix)]
    return f


def test_a_clean_new_upload_needs_no_hashing_on_either_side(emulator, make_dest):
    """A new pack sent in one clean pass is proven by its size; nobody hashes a gigabyte twice
    (the emulator computes checksums only when asked, as Drive has them ready)."""
    dest = make_dest()
    data = os.urandom(3 * 256 * KiB + 11)
    emulator.clear_log()
    dest.put("sets/v/data/" + "12" * 16, data, new=True)
    assert [e for e in emulator.requests if e["category"] == "get"] == []
    f = _stored(emulator, "12" * 16)
    assert not f.get("md5Checksum") and not f.get("sha256Checksum")
    import hashlib
    import urllib.request

    req = urllib.request.Request(
        emulator.root_url + f"drive/v3/files/{f['id']}?fields=md5Checksum,sha256Checksum",
        headers={"Authorization": f"Bearer {TOKEN}"})
    with urllib.request.urlopen(req) as resp:
        got = json.loads(resp.read())
    assert got == {"md5Checksum": hashlib.md5(data).hexdigest(),
                   "sha256Checksum": hashlib.sha256(data).hexdigest()}


def test_an_upload_that_was_interrupted_is_compared_by_sha256(emulator, make_dest, fake_time):
    dest = make_dest()
    data = os.urandom(3 * 256 * KiB + 11)
    emulator.add_faults(Fault("reset-request", match="upload-chunk", skip=1, cut=0.5))
    emulator.clear_log()
    dest.put("sets/v/data/" + "56" * 16, data, new=True)
    gets = [e for e in emulator.requests if e["category"] == "get"]
    assert len(gets) == 1 and "sha256Checksum" in gets[0]["query"]["fields"]


def test_without_a_sha256_from_drive_the_md5_is_compared(emulator, make_dest, monkeypatch):
    """Drive documents sha256Checksum as "if available": without it, its MD5 is compared with
    the spool's before the spool goes."""
    real = type(emulator.store).checksum_of

    def no_sha(self, fid, algorithm):
        return "" if algorithm == "sha256" else real(self, fid, algorithm)

    monkeypatch.setattr(type(emulator.store), "checksum_of", no_sha)
    dest = make_dest()
    emulator.clear_log()
    dest.put("sets/v/config", b"config bytes")  # a replaceable object: always compared
    gets = [e for e in emulator.requests if e["category"] == "get"]
    assert gets and "md5Checksum" in gets[-1]["query"].get("fields", "")
    assert dest.read("sets/v/config") == b"config bytes"


@pytest.mark.parametrize("case", ["replaced", "interrupted"])
def test_content_that_differs_is_reported_as_damaged(emulator, make_dest, monkeypatch, fake_time, case):
    from backupgui.errors import DestinationError

    real = type(emulator.store).checksum_of
    monkeypatch.setattr(type(emulator.store), "checksum_of",
                        lambda self, fid, alg: "0" * 64 if alg == "sha256" else real(self, fid, alg))
    dest = make_dest()
    if case == "interrupted":
        emulator.add_faults(Fault("reset-request", match="upload-chunk", skip=1, cut=0.5))
        with pytest.raises(DestinationError, match="damaged"):
            dest.put("sets/v/data/" + "34" * 16, os.urandom(3 * 256 * KiB), new=True)
    else:
        with pytest.raises(DestinationError, match="damaged"):
            dest.put("sets/v/config", b"config v1")
    assert list(dest.journal.dir.glob("*.json")) == []


def test_a_chunk_resent_after_a_token_refresh_is_the_same_bytes(emulator, make_dest, tmp_path):
    """Chunks are read from the spool while they are sent; when google-auth re-sends one after
    refreshing an expired access token, the same bytes go again."""
    from backupgui.destinations import google_auth

    from .test_auth import Browser

    own = tmp_path / "client.json"
    own.write_text(json.dumps(emulator.client_config()))
    signed = google_auth.sign_in(own, remember=False, api_root=emulator.root_url, on_url=Browser(),
                                 timeout_seconds=30)
    dest = make_dest(credentials=signed.credentials, chunk_size=256 * KiB)
    data = os.urandom(4 * 256 * KiB + 99)
    expired = []

    def expire_once(_n: int) -> None:
        if not expired:
            expired.append(1)
            emulator.expire_access_tokens()

    up = dest.upload_new("sets/t/data/" + "78" * 16, expire_once)
    up.write(data)
    up.commit()
    assert expired
    assert any(e["path"] == "/token" for e in emulator.requests), "the token was refreshed"
    assert any(e["category"] == "upload-chunk" and e["status"] == 401 for e in emulator.requests), \
        "a chunk was refused once and sent again"
    assert dest.read("sets/t/data/" + "78" * 16) == data
