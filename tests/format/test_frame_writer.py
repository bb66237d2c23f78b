"""``FrameWriter``: one zstd frame made piece by piece, with its content size added to the
header afterwards (RFC 8878 3.1.1.1), which every reader takes like ``compress``'s frames."""

from __future__ import annotations

import os

import pytest
import zstandard
from hypothesis import given, settings
from hypothesis import strategies as st

from backupgui.format.compress import FrameWriter, decompress

TEXT = b'{"id":"m1","kind":"text","sender":"ana","text":"hello there","ts":1699990000000},'


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from([b"", b"x", TEXT, TEXT * 300, os.urandom(70_000)]), max_size=12),
       st.sampled_from([1, 3]))
def test_the_pieces_make_one_frame_with_its_size(pieces, level):
    w = FrameWriter(level)
    for p in pieces:
        w.write(p)
    data = b"".join(pieces)
    frame = b"".join(w.finish())
    assert w.raw_size == len(data) and w.size == len(frame)
    params = zstandard.get_frame_parameters(frame)
    assert params.content_size == len(data) and params.dict_id == 0
    assert decompress(frame, len(data)) == data  # the reader's bounded path: no measuring pass
    assert zstandard.ZstdDecompressor().decompress(frame) == data
    if data:
        with pytest.raises(ValueError, match="exceeds its limit"):  # refused by its header
            decompress(frame, len(data) - 1)


def test_a_size_of_4_gib_or_more_takes_8_bytes():
    """The header's size field grows from 4 to 8 bytes at 2**32 (written without compressing
    4 GiB: the writer's count is what goes into the header)."""
    w = FrameWriter(1)
    w.write(TEXT * 2000)
    real = w.raw_size
    w.raw_size = 1 << 32
    head = w.finish()[0]
    assert head[4] & 0xC0 == 0xC0 and int.from_bytes(head[6:14], "little") == 1 << 32
    assert zstandard.get_frame_parameters(head).content_size == 1 << 32 != real
