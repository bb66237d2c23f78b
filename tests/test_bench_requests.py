"""``bench.drive_requests`` end to end in a subprocess on a few backups: it counts the
requests the Drive emulator answers for a listing, a restore, a verify, a backup and a
backup whose retention deletes; a listed manifest costs one download, a listed object's
delete one request, no lookup by name (docs/PERFORMANCE.md s18, s19)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.timeout(180)
def test_drive_requests_bench_counts_requests(tmp_path):
    out = tmp_path / "requests.json"
    proc = subprocess.run(
        [sys.executable, "-m", "bench.drive_requests", "--backups", "3", "--json", str(out)],
        cwd=REPO, env=dict(os.environ, PYTHONPATH=str(REPO)), capture_output=True, text=True,
        timeout=170)
    assert proc.returncode == 0, proc.stderr[-2000:]
    counts = json.loads(out.read_text())["counts"]
    listing = counts["list"]["this"]
    # The account, the sets' listing, the set's manifests' listing; the config and each of
    # the 3 manifests one download.
    assert (listing["about"], listing["list"], listing["media"]) == (1, 2, 4)
    for op in ("restore", "restore-id", "verify", "backup", "retention"):
        assert counts[op]["this"]["total"] > 0
        assert "lookup" not in counts[op]["this"], op  # (no pack, index or manifest by name)
    assert counts["retention"]["this"]["delete"] >= 2  # (two backups, the cleared chat's packs)
    assert 0 < counts["backup"]["this"]["start"] < counts["backup"]["this"]["total"]
    assert "requests" in proc.stdout
