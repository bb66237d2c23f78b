"""Finding 6: the decompression limit holds during decompression, not after it.

Before the fix ``format/compress.py`` checked the output size only after each 64 KiB of
input: a 16 KiB frame grew the process by about 1 GiB against a 1 MiB limit. Each bomb here
is decompressed in a fresh process whose peak resident memory is reset just before the call
(Linux ``/proc/self/clear_refs``), so the growth measured is the call's own.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import zstandard

from backupgui.format.compress import compress, decompress

MiB = 1 << 20
LIMIT = 1 * MiB
BOMB_SIZE = 256 * MiB

_PROBE = r"""
import json, resource, sys
from backupgui.format.compress import decompress

def status(key):
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(key + ":"):
                return int(line.split()[1]) * 1024
    return None

bomb = open(sys.argv[1], "rb").read()
limit = int(sys.argv[2])
try:
    decompress(b"\x28\xb5\x2f\xfd\x20\x00\x01\x00\x00", 1)  # warm up the code path
except ValueError:
    pass
reset = True
try:
    with open("/proc/self/clear_refs", "w") as fh:
        fh.write("5")  # peak RSS := current RSS
except OSError:
    reset = False
before = status("VmRSS") if reset else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
try:
    out = decompress(bomb, limit)
    outcome = f"accepted {len(out)} bytes"
except ValueError as exc:
    outcome = "refused: " + str(exc)
except MemoryError:
    outcome = "MemoryError"
peak = status("VmHWM") if reset else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"outcome": outcome, "growth": peak - before, "exact": reset}))
"""


def _bomb(path: Path, declare_size: bool) -> Path:
    """A single zstd frame of ``BOMB_SIZE`` zero bytes (about 8 KiB), with or without its
    size in the header, written without holding the zeros in memory."""
    cctx = zstandard.ZstdCompressor(level=19, write_content_size=declare_size)
    with open(path, "wb") as fh:
        with cctx.stream_writer(fh, size=BOMB_SIZE if declare_size else -1, closefd=False) as w:
            zeros = bytes(MiB)
            for _ in range(BOMB_SIZE // MiB):
                w.write(zeros)
    return path


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/status")
@pytest.mark.parametrize("declare_size", [True, False], ids=["size in header", "no size in header"])
def test_a_bomb_stays_under_the_limit_plus_one_mib(tmp_path, declare_size):
    bomb = _bomb(tmp_path / "bomb.zst", declare_size)
    assert bomb.stat().st_size < 64 << 10
    p = subprocess.run([sys.executable, "-c", _PROBE, str(bomb), str(LIMIT)],
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr[-2000:]
    got = json.loads(p.stdout)
    assert got["outcome"].startswith("refused"), got
    assert got["growth"] < LIMIT + MiB, f"decompressing grew the process by {got['growth'] / MiB:.1f} MiB"


def test_limits_are_exact_and_frames_are_whole():
    data = bytes(range(256)) * 4096  # 1 MiB
    packed = compress(data)
    assert decompress(packed, len(data)) == data
    with pytest.raises(ValueError, match="limit"):
        decompress(packed, len(data) - 1)
    o = zstandard.ZstdCompressor().compressobj()
    streamed = o.compress(data) + o.flush()  # no size in the header
    assert zstandard.get_frame_parameters(streamed).content_size == zstandard.CONTENTSIZE_UNKNOWN
    assert decompress(streamed, len(data)) == data
    with pytest.raises(ValueError):
        decompress(streamed, len(data) - 1)
    for bad in (packed + b"\0", packed + packed, streamed + streamed, packed[:-1], streamed[:-3],
                b"", b"\x28\xb5\x2f\xfd"):
        with pytest.raises(ValueError):
            decompress(bad, 4 * len(data))


def test_a_header_that_understates_the_size_is_refused():
    packed = bytearray(compress(b"a" * MiB))
    params = zstandard.get_frame_parameters(bytes(packed))
    assert params.content_size == MiB
    # The frame header's content-size field (4 bytes here) claims 256 bytes.
    packed[5:9] = (256).to_bytes(4, "little")
    with pytest.raises(ValueError):
        decompress(bytes(packed), 10 * MiB)
