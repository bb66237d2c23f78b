"""Early writeback (``backupgui.writeback``) starts the disk's work and changes no byte."""

from __future__ import annotations

import os
import sys

import pytest

from backupgui.destinations.folder import FolderDestination
from backupgui.writeback import start_writeback


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="sync_file_range is Linux's")
def test_start_writeback_on_a_file_being_written(tmp_path):
    p = tmp_path / "f"
    with open(p, "wb", buffering=0) as fh:
        fh.write(b"x" * (3 << 20))
        assert start_writeback(fh.fileno(), 0, 1 << 20)
        assert start_writeback(fh.fileno())  # the rest
        fh.write(b"y")
    assert p.read_bytes() == b"x" * (3 << 20) + b"y"


def test_start_writeback_of_a_bad_descriptor_is_refused_not_raised():
    r, w = os.pipe()
    os.close(r)
    os.close(w)
    assert start_writeback(w) is False


def test_folder_upload_larger_than_the_writeback_step_is_intact(tmp_path):
    """An object written in pieces past several writeback steps (8 MiB) has exactly its
    bytes once committed."""
    dest = FolderDestination(tmp_path)
    data = os.urandom(1 << 20)
    with dest.upload("sets/x/data/obj") as up:
        for i in range(20):
            up.write(bytes([i]) + data[1:])
        up.commit()
    got = dest.read("sets/x/data/obj")
    assert len(got) == 20 << 20
    assert all(got[i << 20] == i and got[(i << 20) + 1:(i + 1) << 20] == data[1:] for i in range(20))
