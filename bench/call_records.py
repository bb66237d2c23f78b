"""CPU cost of reading an iPhone call's metadata (``iphone.py::call_record``): a real-sized
record and the worst a hostile one within the bounds can cost (64 KiB of one-byte fields).

    python -m bench.call_records
"""

from __future__ import annotations

import time

from backupgui.library.importers.whatsapp_db.iphone import call_record
from backupgui.library.importers.whatsapp_db.protobuf import encode_field


def _nest(facts: bytes) -> bytes:
    return encode_field(87, encode_field(1, facts))


CASES = {
    "a real-sized record (video, outcome, length)": (_nest(b"\x08\x01\x10\x00\x18\x3f"), 100_000),
    "a group call with 32 members": (_nest(b"\x18\x3f" + b"".join(
        encode_field(5, encode_field(1, f"4917{i:08}@s.whatsapp.net".encode()))
        for i in range(32))), 20_000),
    "64 KiB of one-byte fields (refused)": (_nest(b"\x18\x05" + b"\x20\x01" * 32_700), 200),
}


def run() -> dict[str, float]:
    """CPU microseconds per record of each case."""
    out = {}
    for name, (blob, n) in CASES.items():
        start = time.process_time()
        for _ in range(n):
            call_record(blob)
        out[name] = (time.process_time() - start) / n * 1e6
    return out


if __name__ == "__main__":
    for name, us in run().items():
        print(f"{us:10.1f} CPU µs  {name}")
