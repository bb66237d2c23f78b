"""bench/check_parts.py times each part of the message check over a real backup's blobs."""

from __future__ import annotations

from backupgui.crypto.keys import format_key, generate_key, key_from_text
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from bench import check_parts

from .helpers import backup_to


def test_every_part_is_timed_over_every_blob(demo_lib, dest_dir, tmp_path, capsys):
    key_file = tmp_path / "key.txt"
    key_file.write_text(format_key(generate_key()) + "\n")
    backup_to(demo_lib, FolderDestination(dest_dir), RawKey(key_from_text(key_file.read_text())))
    assert check_parts.main([str(dest_dir), str(key_file), "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    blobs = int(out.split(" blobs,")[0])
    assert blobs > 0
    for part in ("zstd decompression", "SHA-256", "RE2 match", "ts scan", "attachments",
                 "check_text_block, whole"):
        assert part in out
    assert out.count("GIL held") == 2
