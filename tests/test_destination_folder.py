import os

import pytest

from backupgui.destinations.folder import FolderDestination
from backupgui.errors import DestinationError
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
