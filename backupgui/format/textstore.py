"""How a message blob is stored in its pack (docs/FORMAT.md 5.1): plain (``comp`` 0), one
zstd frame (``comp`` 1), or split by sender (``comp`` 2).

Compressing a chat-month as one stream lets one person's messages match another's: a chat
partner who sees stored sizes could send guesses of something the user wrote and watch the
size shrink by a byte per right digit. The split form compresses each sender's messages in a
stream of its own, so nothing one person writes is matched against another's; the blob's
envelope and the commas between messages form stream 0. A layout (which stream each run of
bytes comes from) puts the plaintext back together byte for byte.

Writers split the months a chat partner can still add to (the month of the backup and the
one before: messages get the time they are sent); older months change only by imports and
are stored as one frame, which compresses a little better and costs no splitting.
"""

from __future__ import annotations

import json
import re
import struct
from collections.abc import Iterator

import zstandard

from ..errors import Damage, marked
from .compress import compress, compressed_bound, decompress

COMP_NONE = 0
COMP_ZSTD = 1
COMP_SPLIT = 2
SPLIT_MAGIC = b"BGSM"
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
_MESSAGES = b'"messages":['
_TAIL = b'],"month":'
_NEXT = b',{"id":'
_SENDER = b',"sender":'
_TEXT = b',"text":'
MAX_STREAMS = 1 << 12  # distinct senders in one chat-month


def split_by_sender(raw: bytes) -> bytes | None:
    """The split stored form of a blob in backupgui's canonical form (docs/FORMAT.md 8), or
    None when it has no messages or is not in that form (the caller stores one frame)."""
    from .canonical import match_canonical_blob

    start = raw.find(_MESSAGES)
    end = raw.rfind(_TAIL)
    if start < 0 or end <= start or raw[end - 1:end] != b"}" or match_canonical_blob(raw) is None:
        return None
    start += len(_MESSAGES)
    pieces = raw[start:end].split(_NEXT)
    # In a canonical blob a quote inside a string is always escaped, so ',{"id":' only
    # starts a message and ',"sender":' and ',"text":' are that message's keys.
    streams: dict[bytes, int] = {}
    parts: list[list[bytes]] = [[raw[:start]]]
    runs: list[list[int]] = [[0, start]]

    def run(stream: int, n: int) -> None:
        if runs[-1][0] == stream:
            runs[-1][1] += n
        else:
            runs.append([stream, n])

    for i, piece in enumerate(pieces):
        message = piece if i == 0 else b'{"id":' + piece
        s = message.find(_SENDER)
        sender = message[s + len(_SENDER):message.find(_TEXT, s)]
        stream = streams.get(sender)
        if stream is None:
            stream = streams[sender] = len(parts)
            parts.append([])
        if i:
            parts[0].append(b",")
            run(0, 1)
        parts[stream].append(message)
        run(stream, len(message))
    parts[0].append(raw[end:])
    run(0, len(raw) - end)
    if len(parts) > MAX_STREAMS:
        return None
    frames = [compress(json.dumps(runs, separators=(",", ":")).encode())]
    frames += [compress(b"".join(p)) for p in parts]
    out = [SPLIT_MAGIC, struct.pack(">I", len(parts))]
    for f in frames:
        out += [struct.pack(">I", len(f)), f]
    stored = b"".join(out)
    # Readers refuse a stored blob longer than this (FORMAT.md 5.1): one frame then.
    return stored if len(stored) <= compressed_bound(len(raw)) else None


def join_split(stored: bytes, limit: int) -> bytes:
    """The plaintext of a blob stored split by sender; ``ValueError`` if malformed."""
    if stored[:4] != SPLIT_MAGIC or len(stored) < 8:
        raise ValueError("not a split message blob")
    (count,) = struct.unpack(">I", stored[4:8])
    if not 1 <= count <= MAX_STREAMS:
        raise ValueError("bad stream count")
    pos = 8
    frames = []
    for _ in range(count + 1):
        if pos + 4 > len(stored):
            raise ValueError("split message blob is truncated")
        (n,) = struct.unpack(">I", stored[pos:pos + 4])
        pos += 4
        if pos + n > len(stored):
            raise ValueError("split message blob is truncated")
        frames.append(stored[pos:pos + n])
        pos += n
    if pos != len(stored):
        raise ValueError("trailing bytes after the split message blob")
    layout = decompress(frames[0], limit)
    # Every byte of every stream is a byte of the plaintext: the streams share its bound
    # (each bounded alone, 4,096 of them could inflate to 4,096 times it from a small blob).
    streams, left = [], limit
    for f in frames[1:]:
        streams.append(decompress(f, left))
        left -= len(streams[-1])
    views = [memoryview(st) for st in streams]
    used = [0] * count
    out = bytearray()
    # The runs are read one at a time and copied straight into the output: a small stored
    # blob may declare millions of one-byte runs, and a list per run (and a slice per run)
    # would cost ~100 bytes of memory for each 6-byte run of the layout.
    for s, n in _layout_runs(layout):
        if not 0 <= s < count or n < 1:
            raise ValueError("bad layout run")
        if used[s] + n > len(streams[s]):
            raise ValueError("a layout run goes past its stream")
        out += views[s][used[s]:used[s] + n]
        used[s] += n
        if len(out) > limit:
            raise marked(ValueError("decompressed data exceeds its limit"), Damage.TOO_LARGE)
    if any(u != len(st) for u, st in zip(used, streams, strict=True)):
        raise ValueError("a stream has bytes the layout does not use")
    return bytes(out)


# The layout's grammar (FORMAT.md 5.1) as RFC 8259 JSON: an array of two-integer arrays, JSON
# whitespace allowed between tokens. An integer is JSON's (no fraction or exponent: those are
# not integers); more than 19 digits cannot be in range, so the pattern stops there.
_WS = rb"[ \t\n\r]*"
_INT = rb"(-?(?:0|[1-9][0-9]{0,18}))"
_OPEN = re.compile(_WS + rb"\[" + _WS)
_RUN = re.compile(rb"\[" + _WS + _INT + _WS + rb"," + _WS + _INT + _WS + rb"\]" + _WS)
_COMMA = re.compile(rb"," + _WS)
_CLOSE = re.compile(rb"\]" + _WS)


def _layout_runs(layout: bytes) -> Iterator[tuple[int, int]]:
    """The runs of a layout, one at a time; ``ValueError`` where it is not a JSON array of
    two-integer arrays (strict: the whole text, nothing after it)."""
    m = _OPEN.match(layout)
    if m is None:
        raise ValueError("bad layout")
    pos = m.end()
    if (m := _CLOSE.match(layout, pos)) is None:
        while True:
            if (m := _RUN.match(layout, pos)) is None:
                raise ValueError("bad layout run")
            yield int(m.group(1)), int(m.group(2))
            pos = m.end()
            if (m := _COMMA.match(layout, pos)) is not None:
                pos = m.end()
                continue
            if (m := _CLOSE.match(layout, pos)) is None:
                raise ValueError("bad layout")
            break
    if m.end() != len(layout):
        raise ValueError("bad layout")


def stored_plaintext(stored: bytes | bytearray, comp: int, limit: int) -> bytes:
    """A message blob's plaintext from its stored form; ``ValueError`` if malformed."""
    if comp == COMP_NONE:
        if len(stored) > limit:
            raise marked(ValueError("the message blob exceeds its limit"), Damage.TOO_LARGE)
        return bytes(stored)
    if comp == COMP_ZSTD:
        return decompress(stored, limit)
    if comp == COMP_SPLIT:
        return join_split(stored, limit)
    raise ValueError("unknown compression")


def body_plaintext(body: bytes, limit: int) -> bytes:
    """A stored body whose form is told by its first bytes (a library's message block):
    JSON starts with '{', a zstd frame with its magic, a split blob with ``SPLIT_MAGIC``."""
    if body[:1] == b"{":
        return bytes(body)
    if body[:4] == SPLIT_MAGIC:
        return join_split(body, limit)
    if body[:4] == _ZSTD_MAGIC:
        return decompress(body, limit)
    raise ValueError("unknown message block form")


def plaintext_size_hint(stored: bytes | bytearray, comp: int) -> int:
    """About how long a stored message blob's plaintext is, read from its frame headers
    without decompressing anything (a restore budgets its memory by it). Only a hint: a
    frame may not state its size (then 4x the stored length is assumed), and a malformed
    blob gives its stored length (the check that follows refuses it). Never more than
    ``MAX_TEXT_BLOB``'s 256 MiB."""
    from .manifest import MAX_TEXT_BLOB

    n = len(stored)
    try:
        if comp == COMP_ZSTD:
            return min(_frame_size(stored, n), MAX_TEXT_BLOB)
        if comp == COMP_SPLIT and stored[:4] == SPLIT_MAGIC and n >= 8:
            (count,) = struct.unpack(">I", stored[4:8])
            pos, total = 8, 0
            view = memoryview(stored)
            for i in range(min(count, MAX_STREAMS) + 1):
                if pos + 4 > n:
                    break
                (size,) = struct.unpack(">I", stored[pos:pos + 4])
                pos += 4
                if i:  # (frame 0 is the layout)
                    total += _frame_size(view[pos:pos + size], size)
                pos += size
            return min(total, MAX_TEXT_BLOB)
    except zstandard.ZstdError:
        pass
    return n


def _frame_size(frame, stored: int) -> int:
    size = zstandard.get_frame_parameters(frame).content_size
    return 4 * stored if size == zstandard.CONTENTSIZE_UNKNOWN else size
