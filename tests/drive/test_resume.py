"""Resumable uploads: after a network error or an app restart only unacknowledged bytes are sent."""

from __future__ import annotations

import os

import pytest

from backupgui.errors import DestinationError
from backupgui.services.drive_emulator import Fault

KiB = 1024
CHUNK = 512 * KiB


class Crash(BaseException):
    """Stands in for the process dying (not an Exception, so nothing catches it)."""


def _chunk_bytes(emulator) -> int:
    return sum(e["bytes_received"] for e in emulator.requests if e["category"] == "upload-chunk")


def _status_queries(emulator) -> int:
    return sum(1 for e in emulator.requests
               if e["category"] == "upload-chunk" and (e["content_range"] or "").startswith("bytes */"))


def _copies(emulator, name: str) -> int:
    return [f["name"] for f in emulator.store.all_views()].count(name)


def test_network_error_resends_less_than_a_chunk(emulator, make_dest):
    dest = make_dest(chunk_size=CHUNK)
    data = os.urandom(4 * CHUNK + 1234)
    emulator.add_faults(Fault("reset-request", match="upload-chunk", skip=2, cut=0.7))
    dest.put("sets/r/data/p", data)
    assert dest.read("sets/r/data/p") == data
    assert _status_queries(emulator) >= 1
    resent = _chunk_bytes(emulator) - len(data)
    assert 0 < resent < CHUNK, resent


def test_restart_after_failed_commit_resumes(emulator, make_dest):
    dest = make_dest(chunk_size=CHUNK, max_attempts=1)
    data = os.urandom(5 * CHUNK + 99)
    emulator.add_faults(Fault("reset-request", match="upload-chunk", skip=3, cut=0.6))
    up = dest.upload("sets/r/data/q")
    up.write(data)
    with pytest.raises(DestinationError):
        up.commit()
    up.abort()  # the engine aborts after a failed commit: the journal survives for next open
    assert not dest.exists("sets/r/data/q")
    assert len(list(dest.journal.dir.glob("*.json"))) == 1
    dest.close()

    again = make_dest(chunk_size=CHUNK)  # "app restart": a new instance reads the journal
    assert again.read("sets/r/data/q") == data
    assert list(again.journal.dir.glob("*")) == []
    resent = _chunk_bytes(emulator) - len(data)
    assert 0 < resent < CHUNK, resent
    assert _copies(emulator, "sets/r/data/q") == 1


def test_crash_mid_upload_resumes_without_resending(emulator, make_dest):
    dest = make_dest(chunk_size=CHUNK)
    data = os.urandom(6 * CHUNK)
    seen = []

    def progress(n: int) -> None:
        seen.append(n)
        if len(seen) == 3:
            raise Crash()

    up = dest.upload("sets/r/data/crash", progress=progress)
    up.write(data)
    with pytest.raises(Crash):
        up.commit()
    sent_before = _chunk_bytes(emulator)
    assert sent_before == 3 * CHUNK

    again = make_dest(chunk_size=CHUNK)
    assert again.read("sets/r/data/crash") == data
    assert _chunk_bytes(emulator) == len(data), "acknowledged bytes must not be sent again"
    assert _status_queries(emulator) == 1


def test_crash_after_final_chunk_does_not_duplicate(emulator, make_dest):
    dest = make_dest(chunk_size=CHUNK)
    data = os.urandom(2 * CHUNK + 1)

    def progress(n: int) -> None:
        if dest.exists("sets/r/data/done"):
            raise Crash()  # the server finished; we die before clearing the journal

    up = dest.upload("sets/r/data/done", progress=progress)
    up.write(data)
    with pytest.raises(Crash):
        up.commit()
    assert len(list(dest.journal.dir.glob("*.json"))) == 1
    again = make_dest(chunk_size=CHUNK)
    assert list(again.journal.dir.glob("*.json")) == []
    assert again.read("sets/r/data/done") == data
    assert _copies(emulator, "sets/r/data/done") == 1


def test_expired_session_across_restart_restarts_object(emulator, make_dest):
    dest = make_dest(chunk_size=CHUNK)
    data = os.urandom(3 * CHUNK + 5)
    calls = []

    def progress(n: int) -> None:
        calls.append(n)
        raise Crash()

    up = dest.upload("sets/r/data/exp", progress=progress)
    up.write(data)
    with pytest.raises(Crash):
        up.commit()
    # The week-long session lapsed while the app was closed: the status query gets 404.
    emulator.add_faults(Fault("expire-session"))
    again = make_dest(chunk_size=CHUNK)
    assert again.read("sets/r/data/exp") == data
    assert len([e for e in emulator.requests if e["category"] == "upload-start"]) == 2
    assert _copies(emulator, "sets/r/data/exp") == 1


def test_newer_write_supersedes_journaled_one(emulator, make_dest):
    dest = make_dest(max_attempts=1)
    dest.put("sets/r/config", b"v1")
    emulator.add_faults(Fault("503", match="upload-chunk"))
    with pytest.raises(DestinationError):
        dest.put("sets/r/config", b"v2 (failed, journaled)")
    dest.put("sets/r/config", b"v3")
    assert list(dest.journal.dir.glob("*.json")) == []
    again = make_dest()
    assert again.read("sets/r/config") == b"v3"

    emulator.add_faults(Fault("503", match="upload-chunk"))
    with pytest.raises(DestinationError):
        dest.put("sets/r/gone", b"journaled")
    dest.delete("sets/r/gone")
    third = make_dest()
    assert not third.exists("sets/r/gone")


def test_abort_before_commit_removes_spool(emulator, make_dest):
    dest = make_dest()
    up = dest.upload("x")
    up.write(b"abc")
    up.abort()
    assert list(dest.journal.dir.iterdir()) == []


def test_spool_and_journal_hold_no_token(emulator, make_dest, tmp_path):
    from tests.drive.conftest import TOKEN

    dest = make_dest(chunk_size=CHUNK, max_attempts=1)
    emulator.add_faults(Fault("503", match="upload-chunk", skip=1))
    with pytest.raises(DestinationError):
        dest.put("t", os.urandom(3 * CHUNK))
    for p in (tmp_path / "spool").rglob("*"):
        if p.is_file():
            assert TOKEN.encode() not in p.read_bytes()
            assert oct(p.stat().st_mode & 0o077) == "0o0"


def _saves(monkeypatch) -> list[str | None]:
    """The session URI (or None) of every journal entry saved (each save is one fsync)."""
    from backupgui.destinations.gdrive_journal import Journal

    seen: list[str | None] = []
    real = Journal.save

    def save(self, job):
        seen.append(job.session)
        real(self, job)

    monkeypatch.setattr(Journal, "save", save)
    return seen


def test_a_new_object_is_journaled_once_with_its_session(emulator, make_dest, monkeypatch):
    """A pack's only journal write (fsync) comes after its session started and names it; a
    replaceable object is still journaled before anything is asked of Drive, then again."""
    dest = make_dest(chunk_size=CHUNK)
    saves = _saves(monkeypatch)
    data = os.urandom(3 * CHUNK + 7)
    dest.put("sets/r/data/" + "a1" * 16, data, new=True)
    assert len(saves) == 1 and saves[0] is not None, saves
    saves.clear()
    dest.put("sets/r/config", data)
    assert len(saves) == 2 and saves[0] is None and saves[1] is not None, saves
    assert dest.read("sets/r/data/" + "a1" * 16) == data


def test_a_new_object_whose_session_did_not_start_is_resumed_on_the_next_open(emulator, make_dest,
                                                                              monkeypatch):
    """Starting the session failed (retries used up): the pack is journaled without one, and
    the next open starts it and finishes the upload."""
    dest = make_dest(chunk_size=CHUNK, max_attempts=1)
    saves = _saves(monkeypatch)
    emulator.add_faults(Fault("503", match="upload-start"))
    name = "sets/r/data/" + "b2" * 16
    data = os.urandom(2 * CHUNK + 3)
    up = dest.upload_new(name)
    up.write(data)
    with pytest.raises(DestinationError):
        up.commit()
    up.abort()
    assert saves == [None]
    assert len(list(dest.journal.dir.glob("*.json"))) == 1
    dest.close()

    again = make_dest(chunk_size=CHUNK)
    assert again.read(name) == data
    assert list(again.journal.dir.glob("*")) == []
    assert _copies(emulator, name) == 1
