"""bench/one_chat.py's CountingDestination: a faithful destination that counts bytes read."""

from __future__ import annotations

import os

import pytest

from backupgui.destinations.folder import FolderDestination
from bench.one_chat import CountingDestination
from tests.destination_contract import DestinationContract


class TestCountingFolder(DestinationContract):
    @pytest.fixture
    def dest(self, tmp_path):
        return CountingDestination(FolderDestination(tmp_path / "dest"))


def test_counts_exactly_what_was_read(tmp_path):
    d = CountingDestination(FolderDestination(tmp_path))
    data = os.urandom(3 << 20)
    d.put("sets/s1/data/p1", data)
    d.put("sets/s1/config", b"{}")
    assert d.bytes_read == 0  # writing is not reading
    assert d.read("sets/s1/data/p1", 100, 1000) == data[100:1100]
    assert d.read("sets/s1/data/p1", len(data) - 10, 1000) == data[-10:]  # past the end
    assert b"".join(d.stream("sets/s1/data/p1", 1 << 20)) == data
    assert d.read("sets/s1/config") == b"{}"
    assert d.bytes_by_kind == {"data": 1000 + 10 + len(data), "config": 2}
    assert d.bytes_read == 1000 + 10 + len(data) + 2
    assert d.calls["read"] == 3 and d.calls["stream"] == 1
    assert d.concurrent_reads == d.inner.concurrent_reads
    assert d.stream_chunk == d.inner.stream_chunk
