"""The Drive destination passes the destination contract over real HTTP to the emulator."""

from __future__ import annotations

import pytest

from tests.destination_contract import DestinationContract


class TestDriveAppData(DestinationContract):
    @pytest.fixture
    def dest(self, make_dest):
        return make_dest()


class TestDriveSubfolder(DestinationContract):
    @pytest.fixture
    def dest(self, make_dest):
        return make_dest(folder="backups", chunk_size=512 * 1024)
