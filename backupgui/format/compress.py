"""zstd compression with a hard limit on output size (inputs may be hostile).

``decompress`` never produces more than ``limit`` bytes: a frame whose header gives a larger
size is refused before anything is decompressed; a frame whose header gives no size is first
decompressed piece by piece (64 KiB per call, output discarded) to measure it, stopping as
soon as it passes ``limit``. Then one call decompresses the frame into a buffer of exactly
its size, which zstd refuses to overrun. A 16 KiB frame that expands to 1 GiB costs nothing
with a 1 MiB limit (tests/security/test_decompression_bomb.py measures it).
"""

from __future__ import annotations

import zstandard

from ..errors import Damage, marked

_CCTX_LEVEL = 3
_BLOCK_MAX = 128 << 10
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
# A streaming compressor copies its input into a window-sized buffer and, once that wraps,
# matches through zstd's slower "external dictionary" path: with level 1's 512 KiB window a
# month of ~1.2 MB of JSON took 3 % more instructions than compressed at once; with 2 MiB
# (2.1 MiB of buffer per compressor, whatever the month) only months over 2 MiB pay it.
_STREAM_WINDOW_LOG = 21  # RFC 8878 3.1.1.2.4: no block decompresses to more than 128 KiB


def compress(data: bytes, level: int = _CCTX_LEVEL) -> bytes:
    """One zstd frame of ``data`` (any level makes a frame every reader takes)."""
    return zstandard.ZstdCompressor(level=level).compress(data)


class FrameWriter:
    """One zstd frame made piece by piece, of input whose length is not known beforehand,
    holding only its compressed output.

    zstd writes the content size into a frame's header only when told it before the first
    byte; ``finish`` adds it afterwards (RFC 8878 3.1.1.1: the header of a frame begun
    without a size, without a dictionary and not single-segment, is the magic, the
    descriptor and the window descriptor; the descriptor's Frame_Content_Size_flag then says
    how many bytes of size follow the window descriptor, and nothing else moves). Readers
    size their output from it, as for every frame ``compress`` makes.
    """

    def __init__(self, level: int = _CCTX_LEVEL) -> None:
        params = zstandard.ZstdCompressionParameters.from_level(level, window_log=_STREAM_WINDOW_LOG)
        self._cobj = zstandard.ZstdCompressor(compression_params=params).compressobj()
        self._out: list[bytes] = []
        self.raw_size = 0
        self.size = 0  # compressed bytes so far

    def write(self, data: bytes) -> None:
        self.raw_size += len(data)
        if out := self._cobj.compress(data):
            self._out.append(out)
            self.size += len(out)

    def finish(self) -> list[bytes]:
        """The frame, in pieces (their concatenation is one frame with its content size)."""
        self._out.append(self._cobj.flush())
        frame, self._out = self._out, []
        head = frame[0]
        if len(head) < 6:  # the header was not all in the first piece (never seen)
            frame = [b"".join(frame)]
            head = frame[0]
        n = self.raw_size
        if zstandard.get_frame_parameters(head).content_size == n:  # all input came at once
            self.size = sum(map(len, frame))
            return frame
        fhd = head[4]
        if head[:4] != _ZSTD_MAGIC or fhd & 0xE3:  # size, single-segment or dictionary set
            raise ValueError("unexpected zstd frame header")
        field = (0x80, 4) if n < 1 << 32 else (0xC0, 8)
        frame[0] = b"".join((head[:4], bytes((fhd | field[0], head[5])),
                             n.to_bytes(field[1], "little"), head[6:]))
        self.size = sum(map(len, frame))
        return frame


def compressed_bound(n: int) -> int:
    """The longest zstd frame ``compress`` makes of ``n`` bytes (ZSTD_compressBound, with room
    to spare for other writers' frame and block headers)."""
    return n + (n >> 8) + (64 << 10)


def decompress(data: bytes, limit: int) -> bytes:
    """Decompress exactly one zstd frame; ``ValueError`` if malformed, followed by other
    bytes, or larger than ``limit``."""
    try:
        params = zstandard.get_frame_parameters(data)
        end, bound = _frame_extent(data, params.has_checksum)
    except zstandard.ZstdError as exc:
        raise marked(ValueError(f"compressed data is malformed ({exc})"), Damage.COMPRESSION) from None
    if end != len(data):
        raise marked(ValueError("trailing bytes after compressed data"), Damage.COMPRESSION)
    size = params.content_size
    if size == zstandard.CONTENTSIZE_UNKNOWN:
        size = _measure(data, min(limit, bound))
    if size > limit:
        raise marked(ValueError("decompressed data exceeds its limit"), Damage.TOO_LARGE)
    try:
        # One call into a buffer of exactly the size: zstd fails if the frame holds more
        # (or less) than the header says.
        return zstandard.ZstdDecompressor().decompress(
            data, max_output_size=max(size, 1), allow_extra_data=False)
    except zstandard.ZstdError as exc:
        raise marked(ValueError(f"compressed data is malformed ({exc})"), Damage.COMPRESSION) from None


def _measure(frame: bytes, limit: int) -> int:
    """The decompressed size of a frame whose header does not say it, found by decompressing
    it piece by piece without keeping the output; ``ValueError`` as soon as it passes
    ``limit`` (so a bomb costs about ``limit`` of window, never its full size)."""
    total = 0
    try:
        reader = zstandard.ZstdDecompressor().stream_reader(frame, read_across_frames=False)
        while piece := reader.read(64 << 10):
            total += len(piece)
            if total > limit:
                raise marked(ValueError("decompressed data exceeds its limit"), Damage.TOO_LARGE)
    except zstandard.ZstdError as exc:
        raise marked(ValueError(f"compressed data is malformed ({exc})"), Damage.COMPRESSION) from None
    return total


def _frame_extent(data: bytes, has_checksum: bool) -> tuple[int, int]:
    """(the frame's length in bytes, an upper bound of its decompressed size), by walking its
    block headers (RFC 8878 3.1.1.2); ``ZstdError`` if it is truncated or malformed. Cheap:
    one step per block of up to 128 KiB of output."""
    pos = zstandard.frame_header_size(data)
    n = len(data)
    bound = 0
    while True:
        if pos + 3 > n:
            raise zstandard.ZstdError("truncated block header")
        header = int.from_bytes(data[pos:pos + 3], "little")
        pos += 3
        last, kind, size = header & 1, (header >> 1) & 3, header >> 3
        if kind == 0:  # raw
            pos += size
            bound += size
        elif kind == 1:  # RLE: one byte repeated ``size`` times
            pos += 1
            bound += size
        elif kind == 2:  # compressed
            pos += size
            bound += _BLOCK_MAX
        else:
            raise zstandard.ZstdError("reserved block type")
        if pos > n:
            raise zstandard.ZstdError("truncated block")
        if last:
            break
    if has_checksum:
        pos += 4
        if pos > n:
            raise zstandard.ZstdError("truncated checksum")
    return pos, bound
