import os
from pathlib import Path

import pytest

from backupgui.destinations.folder import FolderDestination
from backupgui.errors import DamagedBackupError, DestinationError
from tests.destination_contract import DestinationContract


class TestFolder(DestinationContract):
    @pytest.fixture
    def dest(self, tmp_path):
        return FolderDestination(tmp_path / "dest")


def test_no_temp_files_left(tmp_path):
    d = FolderDestination(tmp_path)
    d.put("a/b", b"data")
    assert os.listdir(tmp_path / ".tmp") == []


def test_rejects_escaping_names(tmp_path):
    d = FolderDestination(tmp_path)
    for bad in ["../x", "a/../../x", "", ".tmp/x", "a//b"]:
        with pytest.raises(DestinationError):
            d.upload(bad)


@pytest.mark.parametrize("bad", ["a\\..\\..\\x", "..\\x", "a/b\\c", "a\x00b", "sets/x\x00/config"])
def test_names_outside_the_grammar_are_refused_by_every_call(tmp_path, bad):
    """An object name is plain path components (``names.child_path``, the one place paths
    are built): a backslash (a separator on Windows: ``..\\..\\x`` would leave the folder
    there) or a NUL is an invalid name for every call, never an ``OSError`` or
    ``ValueError`` from the system, and nothing is read, written or deleted. (Before: the
    folder checked only ``/``-separated parts; a NUL reached the system's open.)"""
    d = FolderDestination(tmp_path / "dest")
    d.put("a/keep", b"kept")
    calls = [lambda: d.upload(bad), lambda: d.read(bad), lambda: d.delete(bad),
             lambda: list(d.stream(bad)), lambda: d.open_ranges(bad), lambda: d.size(bad)]
    for call in calls:
        with pytest.raises(DestinationError):
            call()
    assert [o.name for o in d.list()] == ["a/keep"]


def test_every_read_opens_through_the_one_hostile_path_open(tmp_path, monkeypatch):
    """The folder opens an object with ``safeopen.open_regular`` (no symlink followed at the
    name, none on its way, a regular file only, never a wait on a FIFO), as the importers
    and the summary cache do: one open, one set of guarantees."""
    from backupgui import safeopen

    d = FolderDestination(tmp_path / "dest")
    d.put("a/obj", b"0123456789")
    seen = []
    real = safeopen.open_regular

    def counted(path, **kw):
        seen.append((os.fspath(path), kw.get("follow")))
        return real(path, **kw)

    monkeypatch.setattr(safeopen, "open_regular", counted)
    assert d.read("a/obj") == b"0123456789"
    assert b"".join(d.stream("a/obj", 3)) == b"0123456789"
    with d.open_ranges("a/obj") as r:
        assert r.read(2, 3) == b"234"
    assert len(seen) == 3 and all(follow is False for _, follow in seen)
    os.symlink(tmp_path / "dest" / "a" / "obj", tmp_path / "dest" / "a" / "link")
    fifo = tmp_path / "dest" / "a" / "fifo"
    os.mkfifo(fifo)
    for name in ("a/link", "a/fifo"):
        with pytest.raises(DamagedBackupError):
            d.read(name)


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores directory permissions")
def test_read_only_folder(tmp_path):
    d = FolderDestination(tmp_path / "ro")
    (tmp_path / "ro").mkdir()
    os.chmod(tmp_path / "ro", 0o500)
    try:
        with pytest.raises(DestinationError):
            d.put("x", b"1")
    finally:
        os.chmod(tmp_path / "ro", 0o700)


def test_concurrent_reads_are_safe(tmp_path):
    """A folder says it may be read from two threads at once; the bytes stay right."""
    from concurrent.futures import ThreadPoolExecutor

    d = FolderDestination(tmp_path)
    assert d.concurrent_reads
    blobs = {f"o/{i}": os.urandom(300_000 + i) for i in range(8)}
    for name, data in blobs.items():
        d.put(name, data)

    def read(name):
        return name, b"".join(d.stream(name, 4096))

    with ThreadPoolExecutor(4) as pool:
        for _ in range(5):
            assert dict(pool.map(read, blobs)) == blobs


def test_concurrent_uploads_are_safe(tmp_path):
    """A folder says uploads may be written and committed from several threads at once:
    each lands whole under its name, folders that two commits need are made once, and no
    staging file is left."""
    import threading

    d = FolderDestination(tmp_path / "b")
    assert d.concurrent_uploads >= 2
    for round_ in range(5):
        blobs = {f"sets/s/data/{round_}{i:02d}/{i}": os.urandom(100_000 + i) for i in range(6)}
        barrier = threading.Barrier(len(blobs))
        errors = []

        def write(name, data, barrier=barrier, errors=errors):
            try:
                up = d.upload_new(name)
                up.write(data)
                barrier.wait(timeout=120)
                up.commit()
            except BaseException as exc:
                errors.append(exc)
                barrier.abort()  # the others stop waiting: the first error is reported, no hang

        threads = [threading.Thread(target=write, args=item) for item in blobs.items()]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == [], [repr(e) for e in errors]
        assert {n: d.read(n) for n in blobs} == blobs
    assert not [p for p in (tmp_path / "b").rglob("*.part")]


# -- missing folders and drives (issue 21) --------------------------------------------------------
def test_only_the_backup_folder_itself_is_created(tmp_path):
    d = FolderDestination(tmp_path / "backups")
    d.put("a", b"1")
    assert (tmp_path / "backups" / "a").read_bytes() == b"1"
    deep = FolderDestination(tmp_path / "no" / "such" / "backups")
    with pytest.raises(DestinationError, match="does not exist") as ei:
        deep.put("a", b"1")
    assert "never the folders above" in ei.value.hint
    assert not (tmp_path / "no").exists()


def test_without_create_a_missing_folder_is_reported(tmp_path):
    from backupgui.errors import NotFoundError

    d = FolderDestination(tmp_path / "typo", create=False)
    with pytest.raises(NotFoundError, match="No backup folder at"):
        d.list()
    with pytest.raises(NotFoundError):
        d.put("a", b"1")
    assert not (tmp_path / "typo").exists()


def test_a_file_is_not_a_backup_folder(tmp_path):
    (tmp_path / "f").write_text("x")
    with pytest.raises(DestinationError, match="is a file, not a folder"):
        FolderDestination(tmp_path / "f").list()


def test_a_vanished_folder_is_not_recreated_mid_backup(tmp_path):
    import shutil

    d = FolderDestination(tmp_path / "usb", create=False)
    (tmp_path / "usb").mkdir()
    up = d.upload("sets/x/data/p")
    up.write(b"data")
    shutil.rmtree(tmp_path / "usb")  # the drive was pulled out
    with pytest.raises(DestinationError):
        up.commit()
    assert not (tmp_path / "usb").exists()


@pytest.fixture
def media(tmp_path, monkeypatch):
    """A removable-media folder like /media, in the test's own directory."""
    from backupgui.destinations import folder

    base = tmp_path / "media"
    (base / "usb").mkdir(parents=True)  # an empty mount point: no drive mounted
    monkeypatch.setattr(folder, "MEDIA_BASES", (str(base),))
    return base


def test_unmounted_drive_is_not_connected(media):
    for root in (media / "usb" / "backup", media / "usb"):
        d = FolderDestination(root)
        with pytest.raises(DestinationError, match="The backup drive is not connected"):
            d.put("a", b"1")
        with pytest.raises(DestinationError, match="The backup drive is not connected"):
            d.list()
    assert list((media / "usb").iterdir()) == [], "nothing written to the internal disk"


def _other_filesystem() -> str | None:
    for cand in ("/dev/shm", "/run", "/tmp"):
        try:
            if os.path.isdir(cand) and os.access(cand, os.W_OK):
                return cand
        except OSError:
            pass
    return None


def test_mounted_drive_is_used(media, tmp_path):
    import tempfile

    other = _other_filesystem()
    if other is None or os.stat(other).st_dev == os.stat(media).st_dev:
        pytest.skip("no second writable filesystem to stand in for a mounted drive")
    drive = Path(tempfile.mkdtemp(dir=other))
    try:
        (media / "usb").rmdir()
        (media / "usb").symlink_to(drive)  # the drive "mounted" at /media/usb
        d = FolderDestination(media / "usb" / "backup")
        d.put("a", b"1")
        assert (drive / "backup" / "a").read_bytes() == b"1"
    finally:
        import shutil

        shutil.rmtree(drive, ignore_errors=True)


def test_cli_backup_to_an_unmounted_drive_writes_nothing(tmp_path, demo_cli_library):
    """The README's own example with no USB disk: exit 6, 'not connected', nothing written."""
    import subprocess
    import sys

    base = tmp_path / "media"
    (base / "usb").mkdir(parents=True)
    code = ("import sys; import backupgui.destinations.folder as f; "
            f"f.MEDIA_BASES = ({str(base)!r},); "
            "from backupgui.cli import main; sys.exit(main(sys.argv[1:]))")
    key = tmp_path / "key.txt"
    key.write_text("0" * 64)
    r = subprocess.run([sys.executable, "-c", code, "backup", "--library", str(demo_cli_library),
                        "--dest", str(base / "usb" / "backup"), "--key-file", str(key), "-q"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 6, (r.stdout, r.stderr)
    assert "The backup drive is not connected" in r.stderr
    assert list((base / "usb").iterdir()) == []


@pytest.fixture
def demo_cli_library(tmp_path):
    from backupgui.library.demo import create_demo_library

    lib = tmp_path / "lib"
    create_demo_library(lib, chats=2, seed=3, media_mb=0.2)
    return lib


def test_a_pack_is_opened_once_and_a_changed_read_is_kept(tmp_path):
    """A restore reads a pack by ranges through one open file (its name checked once);
    a subclass that changes ``read`` (to count or fail reads) still gets every range."""
    opened: list[str] = []

    class CountingOpens(FolderDestination):
        def _open(self, name):
            opened.append(name)
            return super()._open(name)

    d = CountingOpens(tmp_path)
    data = os.urandom(1 << 20)
    d.put("p", data)
    with d.open_ranges("p") as r:
        got = b"".join(r.read(i, 4096) for i in range(0, len(data), 4096))
    assert got == data and opened == ["p"]

    reads: list[tuple[int, int | None]] = []

    class CountingReads(FolderDestination):
        def read(self, name, offset=0, length=None):
            reads.append((offset, length))
            return super().read(name, offset, length)

    with CountingReads(tmp_path).open_ranges("p") as r:
        assert r.read(10, 5) == data[10:15] and r.read(0, 3) == data[:3]
    assert reads == [(10, 5), (0, 3)]
