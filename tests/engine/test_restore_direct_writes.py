"""Staged media files written with direct I/O (``engine.filewrite.FileWriter``): the same bytes as
through the page cache, whatever a file's length; the page cache where the file system
refuses direct I/O, at the open or at a write."""

from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path

import pytest

from backupgui.crypto.keys import generate_key
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import RestoreRequest, restore
from backupgui.engine import filewrite as F
from backupgui.library.store import Library

from .helpers import backup_to

pytestmark = pytest.mark.skipif(not F.O_DIRECT, reason="no O_DIRECT here")

SIZES = [0, 1, 4095, 4096, 4097, F.DIRECT_CHUNK - 1, F.DIRECT_CHUNK, F.DIRECT_CHUNK + 5,
         3 * F.DIRECT_CHUNK + 12345]


def _write(path: Path, data: bytes, pieces: int = 7, direct: bool | None = None) -> bool:
    """``data`` through a writer in uneven pieces; whether it stayed direct."""
    w = F.FileWriter(direct)
    try:
        w.create(path, len(data))
        step = max(1, len(data) // pieces + 3)
        for i in range(0, len(data), step):
            w.write(memoryview(data)[i:i + step])
        was_direct = w.finish()
        os.fsync(w.fd)
        w.close()
        return was_direct
    finally:
        w.release()


def _direct_works(tmp_path: Path) -> bool:
    try:
        fd = os.open(tmp_path / "probe", os.O_WRONLY | os.O_CREAT | F.O_DIRECT, 0o600)
    except OSError:
        return False
    os.close(fd)
    os.unlink(tmp_path / "probe")
    return True


@pytest.fixture
def every_size_direct(monkeypatch):
    monkeypatch.setattr(F, "DIRECT_MIN", 0)


@pytest.mark.parametrize("size", SIZES)
def test_a_file_written_directly_has_exactly_its_bytes(tmp_path, size, every_size_direct):
    if not _direct_works(tmp_path):
        pytest.skip("this file system refuses direct I/O")
    data = os.urandom(size)
    assert _write(tmp_path / "f", data) is True
    assert (tmp_path / "f").read_bytes() == data
    assert (tmp_path / "f").stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("size", [10, F.DIRECT_MIN])  # (through the page cache, directly)
def test_an_existing_file_or_a_symlink_is_never_written(tmp_path, size):
    (tmp_path / "f").write_bytes(b"theirs")
    (tmp_path / "l").symlink_to(tmp_path / "elsewhere")
    for name in ("f", "l"):
        w = F.FileWriter()
        try:
            with pytest.raises(FileExistsError):
                w.create(tmp_path / name, size)
        finally:
            w.release()
    assert (tmp_path / "f").read_bytes() == b"theirs"
    assert not (tmp_path / "elsewhere").exists()


def test_a_small_file_goes_through_the_page_cache(tmp_path, monkeypatch):
    """Below ``DIRECT_MIN`` a direct write would wait for the disk once per file (many
    stickers) for few bytes: no O_DIRECT at the open, and the next large file is direct."""
    if not _direct_works(tmp_path):
        pytest.skip("this file system refuses direct I/O")
    real_open = os.open
    direct: list[bool] = []

    def recording(path, flags, *a, **k):
        direct.append(bool(flags & F.O_DIRECT))
        return real_open(path, flags, *a, **k)

    monkeypatch.setattr(os, "open", recording)
    small, large = os.urandom(F.DIRECT_MIN - 1), os.urandom(F.DIRECT_MIN)
    assert _write(tmp_path / "small", small) is False
    assert _write(tmp_path / "large", large) is True
    assert direct == [False, True]
    assert (tmp_path / "small").read_bytes() == small
    assert (tmp_path / "large").read_bytes() == large


def test_a_refused_open_falls_back_to_the_page_cache(tmp_path, monkeypatch):
    """EINVAL for O_DIRECT at the open (after creating the file, as Linux may): the file is
    created again without it, and the next files too."""
    real_open = os.open
    refused: list[str] = []

    def refusing(path, flags, *a, **k):
        if flags & F.O_DIRECT:
            fd = real_open(path, flags & ~F.O_DIRECT, *a, **k)  # created, then refused
            os.close(fd)
            refused.append(str(path))
            raise OSError(errno.EINVAL, "Invalid argument")
        return real_open(path, flags, *a, **k)

    monkeypatch.setattr(os, "open", refusing)
    data = os.urandom(F.DIRECT_CHUNK + 777)
    w = F.FileWriter()
    try:
        w.create(tmp_path / "a", len(data))
        w.write(data)
        assert w.finish() is False
        w.close()
        w.create(tmp_path / "b", len(data))
        w.write(data[:10])
        assert w.finish() is False
        w.close()
    finally:
        w.release()
    assert refused == [str(tmp_path / "a")]
    assert (tmp_path / "a").read_bytes() == data
    assert (tmp_path / "b").read_bytes() == data[:10]


@pytest.mark.parametrize("size,failing", [(3 * F.DIRECT_CHUNK + 4321, 1),
                                          (3 * F.DIRECT_CHUNK + 4321, 2),
                                          (4321, 1)])  # (the padded last block)
def test_a_refused_write_falls_back_to_the_page_cache_for_the_rest(tmp_path, monkeypatch, size,
                                                                   failing, every_size_direct):
    """EINVAL at a direct write (an alignment the disk does not take): what was written
    stays, the rest goes through the page cache, and the file has exactly its bytes."""
    if not _direct_works(tmp_path):
        pytest.skip("this file system refuses direct I/O")
    real = os.pwrite
    calls = {"n": 0}

    def refusing(fd, data, offset):
        calls["n"] += 1
        if calls["n"] == failing:
            raise OSError(errno.EINVAL, "Invalid argument")
        return real(fd, data, offset)

    monkeypatch.setattr(os, "pwrite", refusing)
    data = os.urandom(size)
    assert _write(tmp_path / "f", data, pieces=5) is False
    assert (tmp_path / "f").read_bytes() == data


@pytest.mark.parametrize("on", [True, False], ids=["direct", "page-cache (the default)"])
def test_a_restore_writes_directly_and_every_file_matches_its_name(demo_lib, dest_dir, tmp_path,
                                                                   monkeypatch,
                                                                   every_size_direct, on):
    if not _direct_works(tmp_path):
        pytest.skip("this file system refuses direct I/O")
    monkeypatch.setattr(F, "RESTORE_DIRECT", on)
    key = RawKey(generate_key())
    dest = FolderDestination(dest_dir)
    backup_to(demo_lib, dest, key)
    real_open = os.open
    direct: list[str] = []

    def recording(path, flags, *a, **k):
        if flags & F.O_DIRECT:
            direct.append(os.path.basename(path))
        return real_open(path, flags, *a, **k)

    monkeypatch.setattr(os, "open", recording)
    restore(RestoreRequest(dest, tmp_path / "new", key))
    monkeypatch.undo()
    with Library(tmp_path / "new") as lib:
        files = [p for p in lib.media_dir.rglob("*") if p.is_file()]
    assert files
    assert sorted(direct) == (sorted(p.name for p in files) if on else [])
    for p in files:
        assert hashlib.sha256(p.read_bytes()).hexdigest() == p.name
