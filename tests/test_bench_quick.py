"""``python -m bench --quick`` end to end on a tiny library, in a subprocess (< 60 s)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

OURS = ["ours_backup_folder", "ours_backup_drive", "ours_rebackup_unchanged",
        "ours_backup_incremental", "ours_restore", "ours_verify", "ours_restore_one_chat",
        "copy_floor"]
RESTIC = ["restic_backup", "restic_rebackup_unchanged", "restic_backup_incremental",
          "restic_restore"]
RCLONE = ["rclone_crypt_upload", "rclone_crypt_download"]
FIGURES = ["wall_s", "cpu_s", "peak_rss_mib", "throughput_mib_s"]


@pytest.mark.timeout(90)
def test_bench_quick_writes_every_figure(tmp_path):
    out = tmp_path / "bench.json"
    env = dict(os.environ, BACKUPGUI_BENCH_DIR=str(tmp_path / "cache"), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--size", "20MB", "--no-gui", "--curve", "20MB",
         "--json", str(out)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=85)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "targets:" in proc.stdout
    report = json.loads(out.read_text())

    for key in ("meta", "dataset", "reference", "rounds", "median", "ratios", "targets", "notes"):
        assert key in report
    meta = report["meta"]
    assert meta["nproc"] >= 1 and len(meta["load_avg_start"]) == 3 and meta["quick"]
    ds = report["dataset"]
    assert ds["messages"] > 1000 and ds["media_files"] >= 1
    assert 0.05 < ds["text_bytes"] / ds["total_bytes"] < 0.2  # ~10 % text
    assert report["reference"]["reference_mib_s"] > 0

    expected = list(OURS)
    if shutil.which("restic"):
        expected += RESTIC
    if shutil.which("rclone"):
        expected += RCLONE
    med = report["median"]
    for op in expected:
        assert op in med, op
        for fig in FIGURES:
            assert med[op][fig] > 0, (op, fig)
    assert med["ours_backup_folder"]["bytes_written"] > 0.9 * ds["media_bytes"]
    assert med["ours_backup_incremental"]["photo_bytes"] > 0
    assert 0 < med["ours_rebackup_unchanged"]["bytes_written"] < med["ours_backup_folder"]["bytes_written"]

    ratios = report["ratios"]
    assert ratios["ours_peak_rss_mib"] > 0
    assert ratios["backup_vs_aes_gcm_single_core"] > 0
    assert ratios["drive_vs_folder_backup_throughput"] > 0
    if shutil.which("restic"):
        assert ratios["backup_vs_restic_throughput"] > 0
        assert ratios["rebackup_time_vs_restic"] > 0
    if shutil.which("rclone"):
        assert ratios["restore_vs_rclone_crypt_throughput"] > 0
    for name in ("full_backup_2x_restic", "unchanged_rebackup_written", "new_messages_resend",
                 "peak_rss", "gui_stall", "drive_vs_folder", "restore_vs_rclone_crypt",
                 "restore_vs_backup", "backup_vs_copy_floor", "verify_vs_restore",
                 "one_chat_bytes_read", "one_chat_time", "scaling_backup_throughput",
                 "scaling_restore_throughput", "peak_rss_backup_restore", "memory_flat"):
        assert name in report["targets"], name
    assert ratios["backup_time_vs_copy_floor"] > 0 and ratios["verify_time_vs_restore"] > 0
    assert med["copy_floor"]["bytes_written"] >= ds["total_bytes"]  # the whole library copied

    # One chat restored alone: the bytes read through the counting destination cover at least
    # the chat's own stored bytes (they cannot be read in fewer), and it restored its messages.
    one = report["one_chat"]
    assert one["messages_added"] == one["chat_messages"] > 0
    assert one["bytes_read"] >= one["chat_stored_bytes"] > 0
    assert one["bytes_read_by_kind"]["data"] >= one["chat_stored_bytes"]
    assert 0 < one["restore_s"] < med["ours_restore_one_chat"]["wall_s"]

    # The curve (here one point at the same size) measures ours with the same figures.
    (point,) = report["curve"]["points"]
    assert point["label"] == "20MB"
    for op in ("ours_backup_folder", "copy_floor", "ours_restore", "ours_restore_cold", "ours_verify"):
        for fig in FIGURES:
            assert point[op][fig] > 0, (op, fig)
    # What of the backup the restore found in the page cache, and what it read from the disk.
    assert 0 <= point["backup_cached_before_restore"] <= 1
    assert point["ours_restore"]["disk_read_mb"] >= 0
    assert point["backup_cached_before_cold_restore"] <= point["backup_cached_before_restore"]
    assert report["targets"]["peak_rss_backup_restore"]["value"] > 0
