"""``plaintext_size_hint``: what a restore budgets a message blob's plaintext at, read from its
frame headers. Hostile headers can only make it large (then the blob is checked alone) and
never past the format's bound; the check that follows decides whether the blob is good."""

from __future__ import annotations

import struct

import zstandard

from backupgui.format.manifest import MAX_TEXT_BLOB
from backupgui.format.textstore import (
    COMP_NONE,
    COMP_SPLIT,
    COMP_ZSTD,
    SPLIT_MAGIC,
    plaintext_size_hint,
    split_by_sender,
    stored_plaintext,
)


def _blob(n: int) -> bytes:
    msgs = ",".join(f'{{"id":"m{i}","kind":"text","sender":"{"ab"[i % 2]}","text":"hello {i}","ts":{1700000000000 + i}}}'
                    for i in range(n))
    return f'{{"chat":"c","messages":[{msgs}],"month":"2023-11","v":1}}'.encode()


def test_each_stored_form_gives_its_plaintext_size():
    raw = _blob(300)
    assert plaintext_size_hint(raw, COMP_NONE) == len(raw)
    assert plaintext_size_hint(zstandard.ZstdCompressor().compress(raw), COMP_ZSTD) == len(raw)
    split = split_by_sender(raw)
    assert split is not None and stored_plaintext(split, COMP_SPLIT, 1 << 20) == raw
    # The streams' sizes (the layout is not plaintext).
    assert plaintext_size_hint(split, COMP_SPLIT) == len(raw)
    assert plaintext_size_hint(bytearray(split), COMP_SPLIT) == len(raw)


def test_a_frame_without_its_size_is_guessed_from_its_length():
    raw = _blob(300)
    frame = zstandard.ZstdCompressor(write_content_size=False).compress(raw)
    assert plaintext_size_hint(frame, COMP_ZSTD) == 4 * len(frame)


def test_hostile_headers_stay_within_the_format_bound():
    # A frame header that claims 1 TiB (descriptor 0xE0: an 8-byte size, one segment), then
    # one empty raw block: the hint stops at the bound, and the check refuses the frame.
    huge = bytes([0x28, 0xB5, 0x2F, 0xFD, 0xE0]) + (1 << 40).to_bytes(8, "little") + b"\x01\x00\x00"
    assert zstandard.get_frame_parameters(huge).content_size == 1 << 40
    assert plaintext_size_hint(huge, COMP_ZSTD) == MAX_TEXT_BLOB
    big = zstandard.ZstdCompressor().compress(b"x" * 1000)
    split = SPLIT_MAGIC + struct.pack(">I", 2) + b"".join(
        struct.pack(">I", len(f)) + f for f in (big, huge, huge))
    assert plaintext_size_hint(split, COMP_SPLIT) == MAX_TEXT_BLOB


def test_malformed_blobs_give_their_stored_length():
    for junk in (b"", b"\x28\xb5", b"not zstd at all", SPLIT_MAGIC + b"\xff\xff\xff\xff"):
        assert plaintext_size_hint(junk, COMP_ZSTD) == len(junk)
        assert plaintext_size_hint(junk, COMP_SPLIT) >= 0
    assert plaintext_size_hint(b"abc", 7) == 3  # an unknown comp: the check refuses it
