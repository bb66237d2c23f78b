"""A strict reader for the few protobuf fields WhatsApp files carry (crypt14/15 headers, the
iPhone's reply metadata).

Hand-written rather than the ``protobuf`` package: three or four fields are read, a reader
of ~60 lines is easy to check, bounds every length against the buffer, and keeps a protobuf
runtime (whose versions conflict between the Google API client and other tools) out of the
app. Groups (wire types 3/4), field number 0, truncated values, over-long varints and the
unused wire types 6/7 are refused.
"""

from __future__ import annotations

from collections.abc import Iterator

VARINT, I64, LEN, I32 = 0, 1, 2, 5
_MAX_VARINT_BYTES = 10


class ProtoError(ValueError):
    """The bytes are not a well-formed protobuf message."""


def read_varint(buf: bytes | memoryview, pos: int, end: int) -> tuple[int, int]:
    """The varint at ``pos`` (before ``end``) and the position after it."""
    value = shift = 0
    for _ in range(_MAX_VARINT_BYTES):
        if pos >= end:
            raise ProtoError("truncated varint")
        b = buf[pos]
        pos += 1
        value |= (b & 0x7F) << shift
        if not b & 0x80:
            if value >> 64:
                raise ProtoError("varint beyond 64 bits")
            return value, pos
        shift += 7
    raise ProtoError("varint longer than 10 bytes")


def fields(buf: bytes | memoryview) -> Iterator[tuple[int, int, int | bytes]]:
    """(field number, wire type, value) of each field of the message in ``buf``, in order.

    A varint, 32- or 64-bit value is an int; a length-delimited one is ``bytes``.
    """
    pos, end = 0, len(buf)
    while pos < end:
        key, pos = read_varint(buf, pos, end)
        number, wire = key >> 3, key & 7
        if number == 0 or number > 0x1FFFFFFF:
            raise ProtoError("invalid field number")
        if wire == VARINT:
            value, pos = read_varint(buf, pos, end)
            yield number, wire, value
        elif wire == LEN:
            length, pos = read_varint(buf, pos, end)
            if length > end - pos:
                raise ProtoError("length beyond the message")
            yield number, wire, bytes(buf[pos:pos + length])
            pos += length
        elif wire in (I64, I32):
            size = 8 if wire == I64 else 4
            if size > end - pos:
                raise ProtoError("truncated fixed-size value")
            yield number, wire, int.from_bytes(buf[pos:pos + size], "little")
            pos += size
        else:
            raise ProtoError(f"unsupported wire type {wire}")


def encode_varint(value: int) -> bytes:
    """``value`` (0 <= value < 2**64) as a varint (used by the test encoders too)."""
    if not 0 <= value < 1 << 64:
        raise ValueError("varint out of range")
    out = bytearray()
    while True:
        b = value & 0x7F
        value >>= 7
        if value:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def encode_field(number: int, value: int | bytes) -> bytes:
    """One field: an int as a varint, bytes as length-delimited."""
    if isinstance(value, bytes):
        return encode_varint(number << 3 | LEN) + encode_varint(len(value)) + value
    return encode_varint(number << 3 | VARINT) + encode_varint(value)
