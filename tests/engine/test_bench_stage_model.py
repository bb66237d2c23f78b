"""bench/stage_order_model.py plays the restore's message stage on two ideal cores, and
bench/message_stage.py runs the stage itself either way, over a real backup's blobs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from backupgui.crypto.keys import format_key, generate_key, key_from_text
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from bench import stage_order_model
from bench.stage_order_model import play

from .helpers import backup_to

ROOT = Path(__file__).resolve().parents[2]


def test_a_large_head_makes_the_ordered_stage_wait_and_not_the_one_ahead():
    free, held = [10.0] + [1.0] * 20, [0.0] * 21
    assert play(free, held, 6, ahead=False) == (18.0, 5.0)  # the second checker idles 5
    assert play(free, held, 6, ahead=True) == (15.0, 0.0)   # 30 units on two cores


def test_the_gil_holding_parts_take_turns():
    assert play([0.0, 0.0], [1.0, 1.0], 6, ahead=True) == (2.0, 0.0)
    assert play([1.0, 1.0], [0.0, 0.0], 6, ahead=True) == (1.0, 0.0)


def test_the_byte_bound_keeps_two_large_blobs_apart():
    free, held = [1.0, 1.0], [0.0, 0.0]
    stored, plain = [2, 2], [8, 8]
    assert play(free, held, 6, True, 2, stored, plain, limit=20) == (1.0, 0.0)
    assert play(free, held, 6, True, 2, stored, plain, limit=16) == (2.0, 1.0)


def test_both_run_over_a_real_backup(demo_lib, dest_dir, tmp_path, capsys):
    key_file = tmp_path / "key.txt"
    key_file.write_text(format_key(generate_key()) + "\n")
    backup_to(demo_lib, FolderDestination(dest_dir), RawKey(key_from_text(key_file.read_text())))
    assert stage_order_model.main([str(dest_dir), str(key_file), "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    assert int(out.split(" blobs")[0]) > 0
    assert out.count("wall") == 4
    got = subprocess.run([sys.executable, str(ROOT / "bench" / "message_stage.py"),
                          str(dest_dir), str(key_file)], capture_output=True,
                         text=True, check=True,
                         env=dict(os.environ, PYTHONPATH=str(ROOT))).stdout
    assert int(got.split(" blobs, ")[0]) > 0
