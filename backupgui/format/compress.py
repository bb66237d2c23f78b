"""zstd compression with a hard limit on output size (inputs may be hostile)."""

from __future__ import annotations

import zstandard

_CCTX_LEVEL = 3


def compress(data: bytes) -> bytes:
    return zstandard.ZstdCompressor(level=_CCTX_LEVEL).compress(data)


def decompress(data: bytes, limit: int) -> bytes:
    """Decompress one zstd frame; ``ValueError`` if malformed or larger than ``limit``."""
    dobj = zstandard.ZstdDecompressor().decompressobj()
    out = bytearray()
    try:
        view = memoryview(data)
        step = 1 << 16
        for i in range(0, len(view), step):
            out += dobj.decompress(view[i:i + step])
            if len(out) > limit:
                raise ValueError("decompressed data exceeds its limit")
    except zstandard.ZstdError as exc:
        raise ValueError(f"compressed data is malformed ({exc})") from None
    if not dobj.eof:
        raise ValueError("compressed data is truncated")
    if dobj.unused_data:
        raise ValueError("trailing bytes after compressed data")
    return bytes(out)
