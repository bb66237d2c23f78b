"""Contract tests every Destination must pass.

Use by subclassing ``DestinationContract`` in a test module and providing a ``dest`` fixture
that returns a fresh, empty destination.
"""

from __future__ import annotations

import os

import pytest

from backupgui.destinations.base import Destination
from backupgui.errors import NotFoundError


class DestinationContract:
    """Behaviour the backup engine relies on."""

    def test_empty_list(self, dest: Destination) -> None:
        assert dest.list() == []
        assert dest.list("sets/") == []

    def test_put_read_roundtrip(self, dest: Destination) -> None:
        data = os.urandom(100_000)
        info = dest.put("sets/a/data/p1", data)
        assert info.name == "sets/a/data/p1" and info.size == len(data)
        assert dest.read("sets/a/data/p1") == data
        assert dest.size("sets/a/data/p1") == len(data)
        assert dest.exists("sets/a/data/p1")

    def test_times_by_the_destinations_clock(self, dest: Destination) -> None:
        """Commit and list both give the object's time (retention ages unused packs by it:
        docs/FORMAT.md 10.2), the same one, and a later object is not older."""
        import time

        first = dest.put("sets/a/data/t1", b"x", new=True)
        time.sleep(0.02)
        second = dest.put("sets/a/snapshots/t2", b"y", new=True)
        listed = {o.name: o.mtime for o in dest.list("sets/a/")}
        assert first.mtime is not None and second.mtime is not None
        assert listed["sets/a/data/t1"] == pytest.approx(first.mtime, abs=0.002)
        assert listed["sets/a/snapshots/t2"] == pytest.approx(second.mtime, abs=0.002)
        assert second.mtime >= first.mtime
        assert abs(second.mtime - time.time()) < 3600  # (this machine's clock; a test bound)

    def test_empty_object(self, dest: Destination) -> None:
        dest.put("e", b"")
        assert dest.read("e") == b""
        assert dest.size("e") == 0

    def test_ranges(self, dest: Destination) -> None:
        data = bytes(range(256)) * 100
        dest.put("r", data)
        assert dest.read("r", 10, 20) == data[10:30]
        assert dest.read("r", len(data) - 5) == data[-5:]
        assert dest.read("r", len(data) - 5, 100) == data[-5:]
        assert dest.read("r", len(data)) == b""

    def test_open_ranges_reads_as_read_does(self, dest: Destination) -> None:
        data = os.urandom(300_000)
        dest.put("sets/a/data/p2", data)
        with dest.open_ranges("sets/a/data/p2") as r:
            assert r.read(0, 10) == data[:10]
            assert r.read(100_000, 150_000) == data[100_000:250_000]  # any order
            assert r.read(5, 7) == data[5:12]
            assert r.read(len(data) - 5, 100) == data[-5:]  # bounded: what exists
            assert r.read(len(data), 10) == b""
        with pytest.raises(NotFoundError):  # at open or at the first read
            with dest.open_ranges("sets/a/data/nope") as r:
                r.read(0, 10)

    def test_streamed_upload_and_stream(self, dest: Destination) -> None:
        parts = [os.urandom(300_000) for _ in range(5)]
        sent: list[int] = []
        up = dest.upload("big", progress=sent.append)
        for p in parts:
            up.write(p)
        info = up.commit()
        whole = b"".join(parts)
        assert info.size == len(whole)
        assert b"".join(dest.stream("big", chunk_size=123_457)) == whole
        assert sum(sent) >= len(whole)

    def test_invisible_until_commit(self, dest: Destination) -> None:
        up = dest.upload("pending")
        up.write(b"x" * 1000)
        assert not dest.exists("pending")
        assert [o.name for o in dest.list()] == []
        up.commit()
        assert dest.exists("pending")

    def test_abort_leaves_nothing(self, dest: Destination) -> None:
        up = dest.upload("aborted")
        up.write(b"y" * 5000)
        up.abort()
        up.abort()
        assert dest.list() == []

    def test_context_manager_aborts_on_error(self, dest: Destination) -> None:
        with pytest.raises(RuntimeError):
            with dest.upload("ctx") as up:
                up.write(b"z")
                raise RuntimeError("boom")
        assert not dest.exists("ctx")

    def test_replace(self, dest: Destination) -> None:
        dest.put("config", b"one")
        dest.put("config", b"second version")
        assert dest.read("config") == b"second version"
        assert [o.name for o in dest.list("config")] == ["config"]

    def test_list_prefix_sorted(self, dest: Destination) -> None:
        for name in ["sets/b/x", "sets/a/y", "sets/a/x", "other"]:
            dest.put(name, name.encode())
        assert [o.name for o in dest.list("sets/a/")] == ["sets/a/x", "sets/a/y"]
        assert [o.name for o in dest.list()] == ["other", "sets/a/x", "sets/a/y", "sets/b/x"]
        assert {o.name: o.size for o in dest.list("sets/b")} == {"sets/b/x": 8}

    def test_delete(self, dest: Destination) -> None:
        dest.put("d", b"1")
        dest.delete("d")
        dest.delete("d")
        assert not dest.exists("d")
        with pytest.raises(NotFoundError):
            dest.read("d")
        with pytest.raises(NotFoundError):
            dest.size("d")

    def test_missing(self, dest: Destination) -> None:
        with pytest.raises(NotFoundError):
            dest.read("nope")
        assert not dest.exists("nope")
