"""The bench's issue-24 targets computed from figures (no run): curve, copy floor, one chat."""

from __future__ import annotations

import os

from bench import dataset
from bench.harness import _curve_targets, _paired, _ratios_and_targets, size_label


def _point(label: str, backup_tp: float, restore_tp: float, rss_b: float, rss_r: float) -> dict:
    return {"label": label,
            "ours_backup_folder": {"throughput_vs_smallest": backup_tp, "peak_rss_mib": rss_b},
            "ours_restore": {"throughput_vs_smallest": restore_tp, "peak_rss_mib": rss_r}}


def test_curve_targets():
    pts = [_point("1GiB", 1.0, 1.0, 100, 70), _point("4GiB", 0.9, 0.84, 120, 90),
           _point("10GiB", 0.95, 0.99, 130, 92)]
    t = _curve_targets({"points": pts})
    assert t["scaling_backup_throughput"] == {**t["scaling_backup_throughput"], "value": 0.9, "met": True}
    assert t["scaling_restore_throughput"]["value"] == 0.84
    assert t["scaling_restore_throughput"]["met"] is False  # 4 GiB is more than 15 % slower
    assert t["peak_rss_backup_restore"]["value"] == 130 and t["peak_rss_backup_restore"]["met"]
    assert t["memory_flat"]["value"] == round(130 / 120, 3) and t["memory_flat"]["met"]
    pts[-1]["ours_restore"]["peak_rss_mib"] = 151  # over the cap, and grown by > 15 %
    t = _curve_targets({"points": pts})
    assert t["peak_rss_backup_restore"]["met"] is False and t["memory_flat"]["met"] is False
    # No curve run: every curve target is "n/a", not met and not missed.
    assert all(v["met"] is None for v in _curve_targets({}).values())


def test_cold_restore_curve_target():
    """The restore with the backup's pages dropped first (every size alike) is a target of its
    own beside the warm one; reports from before it have no such target."""
    pts = [_point("1GiB", 1.0, 1.0, 100, 70), _point("10GiB", 1.1, 0.84, 120, 90)]
    assert "scaling_restore_throughput_cold" not in _curve_targets({"points": pts})
    for p, cold in zip(pts, (1.0, 0.86), strict=True):
        p["ours_restore_cold"] = {"throughput_vs_smallest": cold, "peak_rss_mib": 80}
    t = _curve_targets({"points": pts})
    assert t["scaling_restore_throughput"]["met"] is False  # the warm one is unchanged
    assert t["scaling_restore_throughput_cold"]["value"] == 0.86
    assert t["scaling_restore_throughput_cold"]["met"] is True
    pts[1]["ours_restore_cold"]["throughput_vs_smallest"] = 0.8
    assert _curve_targets({"points": pts})["scaling_restore_throughput_cold"]["met"] is False


def test_copy_floor_verify_and_one_chat_targets():
    def fig(wall: float, **kw) -> dict:
        return {"wall_s": wall, "throughput_mib_s": 1000 / wall, "peak_rss_mib": 80.0, **kw}

    med = {"ours_backup_folder": fig(4.0), "copy_floor": fig(1.9), "ours_restore": fig(3.0),
           "ours_verify": fig(2.5), "rclone_crypt_download": fig(3.5),
           "ours_restore_one_chat": fig(1.0, bytes_read_vs_chat=1.04, restore_s=0.6)}
    rounds = [{"ours_backup_folder": {"wall_s": 4.0}, "copy_floor": {"wall_s": 2.0}},
              {"ours_backup_folder": {"wall_s": 4.2}, "copy_floor": {"wall_s": 1.9}}]
    info = dataset.DatasetInfo("x", 0, 1, 1, 1, 100, 1, 1, 1, 1000, None)
    ratios, t = _ratios_and_targets(med, {"reference_mib_s": 1000}, info, None, 1 << 30, rounds)
    assert ratios["backup_time_vs_copy_floor"] == round(4.0 / 1.9, 3)
    assert t["backup_vs_copy_floor"]["met"] is False  # 2.1x the floor
    assert ratios["backup_time_vs_copy_floor_by_round"] == [2.0, round(4.2 / 1.9, 3)]
    assert t["verify_vs_restore"]["value"] == round(2.5 / 3.0, 3) and not t["verify_vs_restore"]["met"]
    assert t["restore_vs_rclone_crypt"]["value"] == round(3.5 / 3.0, 3)
    assert t["restore_vs_rclone_crypt"]["met"] is False  # 1.17x < 1.2x
    assert t["one_chat_bytes_read"]["met"] is True and t["one_chat_time"]["met"] is False
    assert t["scaling_backup_throughput"]["met"] is None  # no curve in this run


def test_paired_and_labels():
    assert _paired([{"a": {"wall_s": 3}, "b": {"wall_s": 2}}, {"a": {"wall_s": 1}}], "a", "b") == [1.5]
    assert [size_label(n) for n in (1 << 30, 4 << 30, 10 << 30, 64 << 20, 20_000_000)] == [
        "1GiB", "4GiB", "10GiB", "64MiB", "20MB"]


def test_large_sizes_leave_the_peers_out(tmp_path, monkeypatch):
    """Above PEERS_MAX_SIZE (4 GiB) restic, rclone and the Drive emulator are skipped with a
    note unless asked for (here the limit is lowered so that a 20 MB library is 'large')."""
    import bench.harness as h

    monkeypatch.setenv("BACKUPGUI_BENCH_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(h, "PEERS_MAX_SIZE", 10_000_000)
    config = os.environ.get("BACKUPGUI_CONFIG_DIR")
    report = h.run(20_000_000, quick=True, gui=False)
    assert os.environ.get("BACKUPGUI_CONFIG_DIR") == config  # the children's own dir is undone
    ops = set(report["median"])
    assert {"ours_backup_folder", "ours_restore", "copy_floor", "ours_restore_one_chat"} <= ops
    assert not ops & {"restic_backup", "rclone_crypt_download", "ours_backup_drive"}
    assert any("--with-peers" in n for n in report["notes"])
