"""Restored media are on disk before the library points at them (fsynced before the commit),
so a power cut cannot leave an empty or short file that would pass as present."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from backupgui.crypto.keys import generate_key
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import RestoreRequest, restore
from backupgui.library.store import Library

from .helpers import backup_to

R = sys.modules["backupgui.engine.restore"]  # (the package exports a function of that name)


def test_every_restored_media_file_is_fsynced_before_the_commit(demo_lib, dest_dir, tmp_path, monkeypatch):
    key = RawKey(generate_key())
    dest = FolderDestination(dest_dir)
    backup_to(demo_lib, dest, key)
    events: list[tuple[str, str]] = []
    real_fsync = os.fsync

    def recording_fsync(fd: int) -> None:
        real_fsync(fd)
        events.append(("fsync", os.path.basename(os.readlink(f"/proc/self/fd/{fd}"))))

    monkeypatch.setattr(os, "fsync", recording_fsync)
    restore(RestoreRequest(dest, tmp_path / "new", key),
            lambda p: events.append(("phase", p.phase)))
    with Library(tmp_path / "new") as lib:
        shas = {p.name for p in lib.media_dir.rglob("*") if p.is_file()}
    synced = [i for i, (kind, name) in enumerate(events) if kind == "fsync" and name in shas]
    saving = events.index(("phase", "Saving"))
    assert shas and {events[i][1] for i in synced} == shas
    assert max(synced) < saving  # all on disk before the files move in and the commit


def _staging_events(monkeypatch) -> list[tuple[int, str, str]]:
    """(thread, what, file name) of every create, fsync and page-cache drop of a file."""
    events: list[tuple[int, str, str]] = []
    real_open, real_fsync, real_fadvise = os.open, os.fsync, os.posix_fadvise

    def name(fd: int) -> str:
        return os.path.basename(os.readlink(f"/proc/self/fd/{fd}"))

    def recording_open(path, flags, *a, **k):
        fd = real_open(path, flags, *a, **k)
        if flags & os.O_CREAT:
            events.append((threading.get_ident(), "create", name(fd)))
        return fd

    def recording_fsync(fd: int) -> None:
        real_fsync(fd)
        events.append((threading.get_ident(), "fsync", name(fd)))

    def recording_fadvise(fd: int, offset: int, length: int, advice: int) -> None:
        real_fadvise(fd, offset, length, advice)
        if advice == os.POSIX_FADV_DONTNEED:
            events.append((threading.get_ident(), "drop", name(fd)))

    monkeypatch.setattr(os, "open", recording_open)
    monkeypatch.setattr(os, "fsync", recording_fsync)
    monkeypatch.setattr(os, "posix_fadvise", recording_fadvise)
    return events


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="sync_file_range: Linux")
def test_restored_files_are_fsynced_and_dropped_a_window_behind(demo_lib, dest_dir, tmp_path,
                                                                monkeypatch):
    """A media worker lets a file's pages go (after its writeback) once it has written
    ``_SETTLE_BYTES`` after it, not all at its end: a 10 GiB restore no longer fills the
    page cache with what it wrote. Every file is still fsynced (once) before the commit, all
    at the worker's end (an fsync flushes the disk's cache: interleaved, they cost wall time),
    on threads of their own (``_fsync_all``); the last window (here: the last file) stays
    cached."""
    key = RawKey(generate_key())
    dest = FolderDestination(dest_dir)
    backup_to(demo_lib, dest, key)
    monkeypatch.setattr(R, "_SETTLE_BYTES", 1)  # every file settles once the next is written
    events = _staging_events(monkeypatch)
    restore(RestoreRequest(dest, tmp_path / "new", key))
    monkeypatch.undo()
    with Library(tmp_path / "new") as lib:
        shas = {p.name for p in lib.media_dir.rglob("*") if p.is_file()}
    ev = [e for e in events if e[2] in shas]
    assert len(shas) >= 4
    assert sorted(n for _, k, n in ev if k == "fsync") == sorted(shas)  # each once
    creators = {t for t, k, _ in ev if k == "create"}
    last_files = {[n for t, k, n in ev if t == c and k == "create"][-1] for c in creators}
    assert {n for _, k, n in ev if k == "drop"} == shas - last_files
    # Within a worker, a file is dropped once the next one is written: before the one after
    # that is created; its files are fsynced after its last file.
    order = [(k, n) for _, k, n in ev]
    settled_early = 0
    for thread in creators:
        mine = [(k, n) for t, k, n in ev if t == thread]
        created = [n for k, n in mine if k == "create"]
        for a, c in zip(created, created[2:], strict=False):
            assert mine.index(("drop", a)) < mine.index(("create", c))
            settled_early += 1
        last = order.index(("create", created[-1]))
        assert all(order.index(("fsync", n)) > last for n in created)
    assert settled_early >= 1


def test_a_window_larger_than_the_restore_settles_every_file_at_the_workers_end(
        demo_lib, dest_dir, tmp_path, monkeypatch):
    """The default window (512 MiB) is larger than the demo's media: each worker writes all
    its files first, then fsyncs them all (several at once), still before the commit; none
    is dropped from the page cache (nothing reads after them)."""
    key = RawKey(generate_key())
    dest = FolderDestination(dest_dir)
    backup_to(demo_lib, dest, key)
    events = _staging_events(monkeypatch)
    restore(RestoreRequest(dest, tmp_path / "new", key))
    monkeypatch.undo()
    with Library(tmp_path / "new") as lib:
        shas = {p.name for p in lib.media_dir.rglob("*") if p.is_file()}
    ev = [e for e in events if e[2] in shas]
    order = [(k, n) for _, k, n in ev]
    for thread in {t for t, k, _ in ev if k == "create"}:
        created = [n for t, k, n in ev if t == thread and k == "create"]
        last = order.index(("create", created[-1]))
        assert all(order.index(("fsync", n)) > last for n in created)
    assert sorted(n for _, k, n in ev if k == "fsync") == sorted(shas)
    assert not any(k == "drop" for _, k, _ in ev)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="sync_file_range: Linux")
def test_the_library_database_is_written_back_during_the_restore(demo_lib, dest_dir, tmp_path,
                                                                 monkeypatch):
    """The restore asks the kernel to write library.db back while it goes on (so that the
    commit's fsync has little left to write), after message blobs are put and once more
    before the media wait; the commit stays the one durable step: the library is whole."""
    key = RawKey(generate_key())
    dest = FolderDestination(dest_dir)
    backup_to(demo_lib, dest, key)
    calls: list[str] = []
    real = R._SYNC_FILE_RANGE

    def recording(fd: int, offset: int, length: int, flags: int) -> int:
        calls.append(os.path.basename(os.readlink(f"/proc/self/fd/{fd}")))
        return real(fd, offset, length, flags)

    monkeypatch.setattr(R, "_SYNC_FILE_RANGE", recording)
    monkeypatch.setattr(R, "_DB_WRITEBACK_BYTES", 1)  # after every blob
    restore(RestoreRequest(dest, tmp_path / "new", key))
    with Library(demo_lib) as src, Library(tmp_path / "new") as lib:
        assert [c.id for c in lib.list_chats()] == [c.id for c in src.list_chats()]
    assert calls.count("library.db") >= 2


def test_a_library_database_that_is_a_symlink_is_not_opened_for_writeback(tmp_path):
    real = tmp_path / "elsewhere.db"
    real.write_bytes(b"x")
    (tmp_path / "library.db").symlink_to(real)
    wb = R._DbWriteback(tmp_path / "library.db")
    try:
        assert wb._fd == -1  # O_NOFOLLOW: no writeback, the commit's fsync does it all
        wb.wrote(R._DB_WRITEBACK_BYTES)  # and nothing fails
    finally:
        wb.close()


def test_a_failed_fsync_fails_the_restore_and_leaves_the_library_as_it_was(
        demo_lib, dest_dir, tmp_path, monkeypatch):
    """An fsync on one of ``_fsync_all``'s threads that fails (the disk said EIO) is the
    restore's error, and nothing of the restore stays in the library."""
    import errno

    from .helpers import library_state

    key = RawKey(generate_key())
    dest = FolderDestination(dest_dir)
    backup_to(demo_lib, dest, key)
    target = tmp_path / "new"
    with Library(target):
        pass
    before = library_state(target)
    real = R._fsync_path
    calls: list[int] = []

    def failing(path) -> None:
        calls.append(threading.get_ident())
        if len(calls) == 2:
            raise OSError(errno.EIO, "Input/output error")
        real(path)

    monkeypatch.setattr(R, "_fsync_path", failing)
    with pytest.raises(OSError) as err:
        restore(RestoreRequest(dest, target, key))
    assert err.value.errno == errno.EIO
    assert len(calls) >= 2
    assert library_state(target) == before
