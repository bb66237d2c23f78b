"""A Drive (or whatever answers as it) that trickles or never answers: each request ends at
its deadline with a clear, retryable error, and Stop ends it at once (``netguard``).

Real servers on 127.0.0.1: the Drive emulator with its "trickle" fault (a 200, its headers,
then one byte of a body that never ends every 0.1 s: far inside the socket timeout, so only
a deadline ends it) and "hang" fault (the request is read, nothing is answered). Deadlines
are shrunk through ``DriveOptions`` (``deadline_base``, ``min_rate``), never waited for at
their real size. Before netguard every one of these requests stayed open for as long as the
server held it (here the emulator's 30 s ``HOLD_MAX``; a real hostile server: forever), and
Stop waited for it.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from google.oauth2.credentials import Credentials

from backupgui.crypto.material import RawKey
from backupgui.destinations.gdrive import DriveOptions, GoogleDriveDestination
from backupgui.destinations.gdrive_retry import RetryPolicy
from backupgui.engine import BackupRequest, RestoreRequest, backup, list_backups, restore
from backupgui.errors import DestinationError
from backupgui.jobs import CancelToken
from backupgui.library.demo import add_demo_messages, create_demo_library
from backupgui.library.store import Library
from backupgui.services.drive_emulator import DriveEmulator
from backupgui.services.drive_emulator.faults import Fault
from tests.drive.conftest import TOKEN, FakeTime

from .trickle import NoAnswer, in_thread, stop_returns_at_once

KEY = RawKey(bytes(range(32)))
DEADLINE = 0.6  # seconds a request may take here (the real base is 60 s)
STOP_WITHIN = 1.5  # Stop returns within about a second (slack for a loaded machine)


@pytest.fixture(name="emulator")
def _emulator(tmp_path: Path) -> Iterator[DriveEmulator]:
    emu = DriveEmulator(tmp_path / "drive-data", token_ttl=3600)
    emu.add_static_token(TOKEN)
    emu.start()
    try:
        yield emu
    finally:
        emu.stop()


@pytest.fixture(autouse=True)
def _no_hold_over(monkeypatch):
    # A server thread the client left must not outlive its test by long.
    from backupgui.services.drive_emulator import server

    monkeypatch.setattr(server._Handler, "HOLD_MAX", 10.0)


def _dest(emulator, tmp_path: Path, *, deadline: float = DEADLINE, attempts: int = 3,
          credentials=None) -> GoogleDriveDestination:
    fake = FakeTime()
    opts = DriveOptions(chunk_size=256 << 10, chunk_max=256 << 10, download_chunk=256 << 10,
                        multipart_max=-1, create_rate=0.0, timeout=5.0, deadline_base=deadline,
                        min_rate=float(1 << 30), spool_dir=tmp_path / "spool",
                        retry=RetryPolicy(max_attempts=attempts, sleep=fake.sleep,
                                          clock=fake.clock, rand=lambda: 0.5))
    return GoogleDriveDestination(credentials or Credentials(token=TOKEN),
                                  api_root=emulator.root_url, options=opts)


def _content(lib_dir: Path) -> dict:
    with Library(lib_dir, create=False) as lib:
        return {c.id: [(m.id, m.text, tuple(r.sha256 for r in m.media)) for m in lib.messages(c.id)]
                for c in lib.list_chats()}


def _first_backup(emulator, tmp_path: Path) -> str:
    create_demo_library(tmp_path / "lib", chats=2, seed=21, media_mb=0.6)
    dest = _dest(emulator, tmp_path)
    try:
        return backup(BackupRequest(tmp_path / "lib", dest, KEY, pack_size=256 << 10)).snapshot_id
    finally:
        dest.close()


def _more_messages(tmp_path: Path) -> None:
    with Library(tmp_path / "lib") as lib:
        add_demo_messages(lib, lib.list_chats()[0].id, 30, seed=8, with_photo=True)


def _held(emulator, kind: str) -> bool:
    return any(e.get("status") == kind for e in emulator.requests)


@pytest.mark.parametrize("kind", ["trickle", "hang"])
def test_a_listing_that_trickles_or_never_answers_ends_at_its_deadline(emulator, tmp_path, kind,
                                                                     caplog):
    dest = _dest(emulator, tmp_path)
    emulator.add_faults(Fault(kind, match="list", count=100, delay=0.1))
    t0 = time.monotonic()
    with pytest.raises(DestinationError) as ei:
        dest.list()
    took = time.monotonic() - t0
    # The user reads what happened; the step (English, internal) goes to the log only.
    assert str(ei.value).startswith("Google Drive answered too slowly:")
    assert "listing" not in str(ei.value)
    assert "answered too slowly while listing the backup" in caplog.text
    assert "gave up after 3 attempts" in str(ei.value)
    assert ei.value.hint == "Check the internet connection, then try again."
    assert took < 3 * DEADLINE + 3.0, took  # three attempts, each ended at its deadline
    held = [e for e in emulator.requests if e.get("status") == kind]
    assert len(held) == 3  # retried as a dropped connection: each on a new connection
    emulator.faults.clear()
    assert dest.list() == []  # the next request is answered (no half-read connection kept)
    dest.close()


def test_a_trickling_token_refresh_ends_at_its_deadline(emulator, tmp_path):
    # The token endpoint goes over the same guarded connection as Drive (google-auth's
    # refresh through AuthorizedHttp): a trickling refresh cannot hold the backup either.
    creds = Credentials(token=None, refresh_token="1//refresh", client_id="cid",
                        client_secret="secret", token_uri=emulator.root_url + "token")
    emulator.add_faults(Fault("trickle", match="oauth", count=100, delay=0.1))
    t0 = time.monotonic()
    with pytest.raises(DestinationError) as ei:
        _dest(emulator, tmp_path, credentials=creds)
    assert "Google Drive answered too slowly" in str(ei.value)
    assert time.monotonic() - t0 < 3 * DEADLINE + 3.0
    assert sum(1 for e in emulator.requests if e.get("status") == "trickle"
               and e["category"] == "oauth") == 3


def test_a_backup_against_a_trickling_drive_fails_clearly_then_resumes(emulator, tmp_path):
    first = _first_backup(emulator, tmp_path)
    _more_messages(tmp_path)
    before = _content(tmp_path / "lib")
    emulator.add_faults(Fault("trickle", match="upload-chunk", count=100, delay=0.1))
    dest = _dest(emulator, tmp_path)
    t0 = time.monotonic()
    with pytest.raises(DestinationError) as ei:
        backup(BackupRequest(tmp_path / "lib", dest, KEY, pack_size=256 << 10))
    dest.close()
    assert "Google Drive answered too slowly" in str(ei.value)
    assert time.monotonic() - t0 < 20  # (each request ends at 0.6 s; 30 s per request before)
    emulator.faults.clear()
    check = _dest(emulator, tmp_path)
    assert [b.snapshot_id for b in list_backups(check)] == [first]  # the last good one
    assert _content(tmp_path / "lib") == before  # the library is untouched
    second = backup(BackupRequest(tmp_path / "lib", check, KEY, pack_size=256 << 10))
    restore(RestoreRequest(check, tmp_path / "new", KEY))
    check.close()
    assert second.snapshot_id != first
    assert _content(tmp_path / "new") == before


def test_a_restore_from_a_trickling_drive_fails_clearly_and_keeps_the_library(emulator, tmp_path):
    _first_backup(emulator, tmp_path)
    create_demo_library(tmp_path / "target", chats=1, seed=5, media_mb=0.1)
    target = _content(tmp_path / "target")
    emulator.add_faults(Fault("trickle", match="media", count=100, delay=0.1))
    dest = _dest(emulator, tmp_path)
    with pytest.raises(DestinationError) as ei:
        restore(RestoreRequest(dest, tmp_path / "target", KEY))
    dest.close()
    assert "Google Drive answered too slowly" in str(ei.value)
    assert _content(tmp_path / "target") == target  # the restore changed nothing
    assert not list((tmp_path / "target").glob(".restore-*"))  # nor left its staging


def _wait_until(cond, seconds: float = 20.0) -> None:
    end = time.monotonic() + seconds
    while not cond():
        assert time.monotonic() < end, "the hostile answer never started"
        time.sleep(0.02)


@pytest.mark.parametrize("kind", ["trickle", "hang"])
def test_stop_during_a_trickling_upload_returns_at_once(emulator, tmp_path, kind):
    first = _first_backup(emulator, tmp_path)
    _more_messages(tmp_path)
    before = _content(tmp_path / "lib")
    # A deadline of a minute: only Stop can end the request within the test.
    emulator.add_faults(Fault(kind, match="upload-chunk", count=1, delay=0.1))
    dest = _dest(emulator, tmp_path, deadline=60.0)
    token = CancelToken()
    t, out = in_thread(lambda: backup(BackupRequest(tmp_path / "lib", dest, KEY,
                                                         pack_size=256 << 10), cancel=token))
    _wait_until(lambda: _held(emulator, kind))
    time.sleep(0.3)  # blocked in the read (a trickle: between bytes)
    stop_returns_at_once(token.cancel, t, out, STOP_WITHIN)
    dest.close()
    emulator.faults.clear()
    check = _dest(emulator, tmp_path)
    assert [b.snapshot_id for b in list_backups(check)] == [first]
    assert _content(tmp_path / "lib") == before
    backup(BackupRequest(tmp_path / "lib", check, KEY, pack_size=256 << 10))  # resumes
    restore(RestoreRequest(check, tmp_path / "new", KEY))
    check.close()
    assert _content(tmp_path / "new") == before


def test_stop_during_a_trickling_download_returns_at_once(emulator, tmp_path):
    _first_backup(emulator, tmp_path)
    emulator.add_faults(Fault("trickle", match="media", count=100, delay=0.1))
    dest = _dest(emulator, tmp_path, deadline=60.0)
    token = CancelToken()
    t, out = in_thread(lambda: restore(RestoreRequest(dest, tmp_path / "new", KEY),
                                            cancel=token))
    _wait_until(lambda: _held(emulator, "trickle"))
    time.sleep(0.3)
    stop_returns_at_once(token.cancel, t, out, STOP_WITHIN)
    dest.close()
    assert not list((tmp_path / "new").glob(".restore-*"))


def test_stop_during_a_retry_wait_returns_at_once(emulator, tmp_path):
    # The backoff between attempts (up to 32 s) is a wait Stop ends too.
    opts = DriveOptions(timeout=5.0, deadline_base=DEADLINE, min_rate=float(1 << 30),
                        spool_dir=tmp_path / "spool",
                        retry=RetryPolicy(max_attempts=5, base_delay=30.0, max_delay=30.0))
    dest = GoogleDriveDestination(Credentials(token=TOKEN), api_root=emulator.root_url,
                                  options=opts)
    emulator.add_faults(Fault("503", match="list", count=100))
    t, out = in_thread(dest.list)
    _wait_until(lambda: any(e.get("fault") == "503" for e in emulator.requests))
    time.sleep(0.2)
    stop_returns_at_once(dest.interrupt, t, out, STOP_WITHIN)
    dest.close()


def test_stop_during_a_connect_to_an_address_that_never_answers_returns_at_once(emulator, tmp_path):
    """A TCP connect whose SYN is never answered waited for the connect timeout (30 s here,
    as in the app) before Stop could end it: the socket was watched only once connected."""
    first = _first_backup(emulator, tmp_path)
    _more_messages(tmp_path)
    before = _content(tmp_path / "lib")
    stored = sorted(p.relative_to(tmp_path / "drive-data") for p in (tmp_path / "drive-data").rglob("*"))
    opts = DriveOptions(create_rate=0.0, timeout=30.0, spool_dir=tmp_path / "spool",
                        retry=RetryPolicy(max_attempts=3, sleep=lambda _s: None))
    dest = GoogleDriveDestination(Credentials(token=TOKEN), api_root=emulator.root_url,
                                  options=opts)
    emulator.stop()  # the same address now takes no connection: every connect waits
    with NoAnswer(emulator.port) as hole:
        token = CancelToken()
        t, out = in_thread(lambda: backup(BackupRequest(tmp_path / "lib", dest, KEY,
                                                             pack_size=256 << 10), cancel=token))
        _wait_until(lambda: hole.connecting() > 0)  # the backup's own thread: a new connection
        time.sleep(0.3)
        stop_returns_at_once(token.cancel, t, out, STOP_WITHIN, what="the connect")
        dest.close()
    emulator.start()
    assert sorted(p.relative_to(tmp_path / "drive-data")
                  for p in (tmp_path / "drive-data").rglob("*")) == stored
    check = _dest(emulator, tmp_path)
    assert [b.snapshot_id for b in list_backups(check)] == [first]
    assert _content(tmp_path / "lib") == before
    check.close()


def test_stop_during_a_file_creation_pacing_wait_returns_at_once(emulator, tmp_path):
    """Drive's file-creation pacing (``Pacer``) waits seconds for its next token, a minute
    after rate-limit answers; that wait is Stop's to end, as the backoff wait is."""
    first = _first_backup(emulator, tmp_path)
    _more_messages(tmp_path)
    before = _content(tmp_path / "lib")
    # No burst, one creation a minute: the backup's first new file waits 60 s for its token.
    opts = DriveOptions(create_burst=0, create_rate=1 / 60, timeout=5.0,
                        spool_dir=tmp_path / "spool")
    dest = GoogleDriveDestination(Credentials(token=TOKEN), api_root=emulator.root_url,
                                  options=opts)
    token = CancelToken()
    t, out = in_thread(lambda: backup(BackupRequest(tmp_path / "lib", dest, KEY,
                                                         pack_size=256 << 10), cancel=token))
    _wait_until(lambda: dest._pacer._tokens < 0)  # a creation is waiting for its token
    time.sleep(0.3)
    stop_returns_at_once(token.cancel, t, out, STOP_WITHIN, what="the pacing")
    dest.close()
    check = _dest(emulator, tmp_path)
    assert [b.snapshot_id for b in list_backups(check)] == [first]
    assert _content(tmp_path / "lib") == before
    check.close()
