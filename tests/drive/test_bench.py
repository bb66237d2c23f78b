"""The Drive benchmark runs end to end (tiny size; the numbers are not checked)."""

from __future__ import annotations

import importlib.util
from pathlib import Path


def test_drive_bench_smoke():
    path = Path(__file__).resolve().parents[2] / "bench" / "drive_bench.py"
    spec = importlib.util.spec_from_file_location("drive_bench", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    out = mod.run_drive_bench(6 * (1 << 20) + 5, chunk_size=1 << 20, chunk_max=1 << 20)
    assert out["drive_upload_requests"] == 1 + 1 + 7  # name lookup + session start + 7 chunks
    assert out["drive_upload_mib_s"] > 0 and out["folder_upload_mib_s"] > 0
