"""``backupgui-cli verify`` and ``restore`` on really damaged backups: one sentence per case,
"damaged" said once, what is wrong in words a person can act on (cut short, fails its
authentication check, not valid compressed data), and no technical detail (a segment number,
zstd's words) in what is printed; the detail is in the log only.

Before, a flipped byte said "The backup is damaged: The backup pack … is damaged: segment 0
failed authentication (modified, truncated or reordered)." and a manifest whose compressed
body was damaged "… manifest is malformed (compressed data is malformed (truncated block
header))."
"""

from __future__ import annotations

import pytest

from .damage_cases import (
    Made,
    bad_message_blob,
    corrupt_manifest,
    cut_pack,
    flip_pack,
    make_backup,
)
from .helpers import run_cli

HINT = "The backup may have been modified or partly deleted. Keep it and make a new backup."
#: Words of the technical detail that must stay in the log.
TECHNICAL = ("segment", "zstd", "block", "truncated", "malformed (", "frame", "reordered")


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Made:
    return make_backup(tmp_path_factory.mktemp("damage"))


def _error(made: Made, *args: object, command: str = "verify") -> str:
    """The error line of a run that must end with exit code 5 (a damaged backup)."""
    extra = ("--library", made.root.parent / "restored") if command == "restore" else ()
    r = run_cli(command, "--dest", made.root, "--key-file", made.keyfile, "-q", *extra, *args)
    assert r.returncode == 5, (r.returncode, r.stdout, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert lines[-1] == HINT, r.stderr
    assert len(lines) == 2 and lines[0].startswith("error: "), r.stderr
    message = lines[0][len("error: "):]
    assert message.count("damaged") == 1, message
    assert not any(w in message.lower() for w in TECHNICAL), message
    return message


def test_a_flipped_byte_in_a_pack_is_one_sentence(made, tmp_path):
    m = made.copy(tmp_path / "dest")
    pack = m.packs()[0]
    flip_pack(m, pack)
    expected = f"The backup is damaged: pack {pack} fails its authentication check."
    assert _error(m) == expected
    assert _error(m, command="restore") == expected


def test_a_pack_cut_short_says_so(made, tmp_path):
    m = made.copy(tmp_path / "dest")
    pack = m.packs()[1]
    cut_pack(m, pack)
    assert _error(m) == f"The backup is damaged: pack {pack} is cut short."


def test_a_deleted_pack_is_missing(made, tmp_path):
    m = made.copy(tmp_path / "dest")
    pack = m.packs()[2]
    (m.set_dir / "data" / pack).unlink()
    expected = f"The backup is damaged: pack {pack} is missing."
    assert _error(m) == expected
    assert _error(m, command="restore") == expected


def test_several_damaged_packs_are_one_heading_and_a_list(made, tmp_path):
    m = made.copy(tmp_path / "dest")
    packs = m.packs()
    for p in packs[:2]:
        flip_pack(m, p)
    assert _error(m) == (f"The backup is damaged (problems found: 2): pack {packs[0]} fails its "
                         f"authentication check; pack {packs[1]} fails its authentication check.")
    for p in packs[2:4]:
        flip_pack(m, p)
    message = _error(m)
    assert message.startswith("The backup is damaged (problems found: 4), among them: "), message
    assert message.count("fails its authentication check") == 3, message


def test_a_manifest_whose_compressed_body_is_damaged(made, tmp_path):
    m = made.copy(tmp_path / "dest")
    older, newer = m.snapshots
    corrupt_manifest(m, newer)
    assert _error(m, "--backup", newer) == (
        f"The backup is damaged: manifest {newer} is not valid compressed data.")
    # Without --backup, the older complete backup is verified and the newer one named.
    r = run_cli("verify", "--dest", m.root, "--key-file", m.keyfile, "-q")
    assert r.returncode == 0, r.stderr
    assert f"Backup {older} is intact" in r.stdout
    assert f"warning: snapshot {newer} is ignored: it is not valid compressed data" in r.stderr


def test_messages_that_are_not_compressed_data_name_the_chat_and_month(made, tmp_path):
    m = made.copy(tmp_path / "dest")
    chat, month = bad_message_blob(m)
    expected = (f"The backup is damaged: the messages of {chat[:40]!r} in {month} are not "
                "valid compressed data.")
    assert _error(m) == expected
    assert _error(m, command="restore") == expected
