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
