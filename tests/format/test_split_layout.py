"""The split form's layout (FORMAT.md 5.1) is read one run at a time: exactly RFC 8259 JSON
of an array of two-integer arrays, and a small hostile blob declaring millions of one-byte
runs costs memory in proportion to its plaintext, not ~100 bytes per run."""

from __future__ import annotations

import struct
import tracemalloc

import pytest

from backupgui.format.compress import compress
from backupgui.format.textstore import SPLIT_MAGIC, join_split


def _blob(layout: bytes, streams: list[bytes]) -> bytes:
    parts = [SPLIT_MAGIC, struct.pack(">I", len(streams))]
    for frame in [compress(layout)] + [compress(s) for s in streams]:
        parts += [struct.pack(">I", len(frame)), frame]
    return b"".join(parts)


@pytest.mark.parametrize("layout", [
    b"[[0,2],[1,3],[0,1]]",
    b' \t\n[ [ 0 , 2 ] ,\r\n[1,3],[0,1] ] \n',
    b"[[-0,2],[1,3],[0,1]]",  # -0 is JSON's integer zero
])
def test_layouts_that_are_json_of_integer_runs_are_read(layout):
    assert join_split(_blob(layout, [b"ab" + b"c", b"xyz"]), 1 << 20) == b"abxyzc"


@pytest.mark.parametrize("layout", [
    b"", b"[", b"]", b"[[0,2],[1,3],[0,1]", b"[[0,2],[1,3],[0,1]],", b"[[0,2],[1,3],[0,1],]",
    b"[[0,2] [1,3],[0,1]]", b"[[0,2],[1,3],[0,1]] x", b"\xef\xbb\xbf[[0,2],[1,3],[0,1]]",
    b"[[0,2.0],[1,3],[0,1]]", b"[[0,2e0],[1,3],[0,1]]", b"[[0,02],[1,3],[0,1]]",
    b"[[0,true],[1,3],[0,1]]", b'[[0,"2"],[1,3],[0,1]]', b"[[0,2,1],[1,3]]", b"[[0],[1,3]]",
    b"[[0,+2],[1,3],[0,1]]", b"[[0,2],[1,3],[0,1]]\x00", b"[[0,2],[1,3],[0,1]]\x0b",
    b"[[0,0],[0,2],[1,3],[0,1]]", b"[[2,1],[0,2],[1,3]]", b"[[-1,1],[0,2],[1,3]]",
    b"[[0,99999999999999999999],[1,3]]", b"[[0,2],[1,3]]", b"[[0,4],[1,3]]", b"[]",
    b"[[0,2],[1,3],[0,1]]" + b" " * 3 + b"[",
])
def test_anything_else_is_refused(layout):
    with pytest.raises(ValueError):
        join_split(_blob(layout, [b"abc", b"xyz"]), 1 << 20)


def test_millions_of_one_byte_runs_cost_memory_by_the_plaintext():
    runs = 2_000_000
    layout = b"[" + b",".join([b"[0,1]", b"[1,1]"] * (runs // 2)) + b"]"
    blob = _blob(layout, [b"a" * (runs // 2), b"b" * (runs // 2)])
    assert len(blob) < 64 * 1024  # a small stored blob
    tracemalloc.start()
    try:
        plain = join_split(blob, 1 << 28)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert plain == b"ab" * (runs // 2)
    # The layout text (12 MB), the two streams (2 MB) and the output (2 MB, twice while it is
    # made bytes): ~20 MB. A list per run and a slice per run took over 250 MB here.
    assert peak < 40 * 1024 * 1024, peak
