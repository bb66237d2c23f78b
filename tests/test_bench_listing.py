"""The s18 bench end to end in a subprocess: ``bench.listing_cache`` on a tiny library counts
the manifests ``list --json`` and the restore wizard's unlock read on a folder and on the
Drive emulator, with the cache (none) and without it (every kept one)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from backupgui.library.demo import create_demo_library

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.timeout(180)
def test_listing_cache_bench_counts_reads_and_requests(tmp_path):
    create_demo_library(tmp_path / "lib", chats=2, seed=3, media_mb=0.3)
    out = tmp_path / "listing.json"
    proc = subprocess.run(
        [sys.executable, "-m", "bench.listing_cache", "--library", str(tmp_path / "lib"),
         "--backups", "3", "--rounds", "1", "--json", str(out)],
        cwd=REPO, env=dict(os.environ, PYTHONPATH=str(REPO)), capture_output=True, text=True,
        timeout=170)
    assert proc.returncode == 0, proc.stderr[-2000:]
    med = json.loads(out.read_text())["median"]
    for where in ("folder", "drive"):
        for op in ("list", "wizard"):
            assert med[f"{where} {op} warm"]["reads"] == 0
            assert med[f"{where} {op} cold"]["reads"] == 3
    # Each manifest read at Drive is one download, by the id the listing gave (s18).
    assert med["drive list cold"]["requests"] - med["drive list warm"]["requests"] == 3
    assert med["folder list cold"]["requests"] == 0
    assert "warm / cold" in proc.stdout
