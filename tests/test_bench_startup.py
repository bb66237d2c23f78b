"""The s17 benches end to end in subprocesses: ``bench.backup_start`` on a tiny library (the
cache side reads no manifest at the start, the side without a cache every kept one) and
``bench.job_imports``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from backupgui.library.demo import create_demo_library

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.timeout(120)
def test_backup_start_bench_counts_the_manifests_read(tmp_path):
    create_demo_library(tmp_path / "lib", chats=2, seed=3, media_mb=0.3)
    out = tmp_path / "start.json"
    proc = subprocess.run(
        [sys.executable, "-m", "bench.backup_start", "--library", str(tmp_path / "lib"),
         "--backups", "3", "--rounds", "1", "--json", str(out)],
        cwd=REPO, env=dict(os.environ, PYTHONPATH=str(REPO)), capture_output=True, text=True,
        timeout=110)
    assert proc.returncode == 0, proc.stderr[-2000:]
    report = json.loads(out.read_text())
    med = report["median"]
    assert med["cache"]["reads_open"] == 0 and med["nocache"]["reads_open"] == 3
    assert med["cache"]["reads_retention"] == med["nocache"]["reads_retention"] == 0
    assert set(report["ratios_vs_nocache"]) == {"cpu", "open_cpu"}
    assert "cache / nocache" in proc.stdout


@pytest.mark.timeout(120)
def test_job_imports_bench_times_every_path(tmp_path):
    out = tmp_path / "imports.json"
    proc = subprocess.run(
        [sys.executable, "-m", "bench.job_imports", "--runs", "1", "--json", str(out)],
        cwd=REPO, env=dict(os.environ, PYTHONPATH=str(REPO)), capture_output=True, text=True,
        timeout=110)
    assert proc.returncode == 0, proc.stderr[-2000:]
    best = json.loads(out.read_text())["best_s"]["this"]
    assert set(best) == {"engine", "backup", "restore", "verify", "cli"}
    assert all(0 < v < 10 for v in best.values())
    # (figures are not asserted: a shared machine; docs/PERFORMANCE.md s17 has the pairs)
