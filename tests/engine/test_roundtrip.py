"""Round trips in both key modes, and telling wrong keys from malformed ones (issue 2, §8.1-2)."""

from __future__ import annotations

import json

import pytest

from backupgui.crypto.keys import format_key, generate_key, parse_key
from backupgui.crypto.material import Password, RawKey
from backupgui.engine import export_key, list_backups, verify
from backupgui.engine.types import VerifyRequest
from backupgui.errors import MalformedKeyError, WrongKeyError
from backupgui.library.store import Library

from .helpers import (
    OTHER_PASSWORD,
    PASSWORD,
    backup_to,
    chat_contents,
    pw,
    restore_from,
    run_cli,
)


def _export_some(lib_dir) -> dict[str, dict]:
    """CLI export of the chats with the most media, and the biggest one (each run costs a
    Python start-up, so not all of them)."""
    with Library(lib_dir, create=False) as lib:
        chats = lib.list_chats()
    ids = {max(chats, key=lambda c: c.media_count).id, max(chats, key=lambda c: c.message_count).id}
    out = {}
    for cid in sorted(ids):
        r = run_cli("export", "--library", lib_dir, "--chat", cid, "--json")
        assert r.returncode == 0, r.stderr
        out[cid] = json.loads(r.stdout)
    return out


@pytest.mark.parametrize("mode", ["password", "key"])
def test_round_trip_into_empty_library(mode, demo_lib, dest, tmp_path):
    key = pw() if mode == "password" else RawKey(generate_key())
    res = backup_to(demo_lib, dest, key)
    before = chat_contents(demo_lib)
    assert res.chats == len(before) >= 4
    assert res.media_files > 0 and res.warnings == ()
    assert list_backups(dest)[0].key_mode == mode

    target = tmp_path / "elsewhere" / "restored"
    r = restore_from(dest, target, key)
    assert r.messages_added == sum(len(c["messages"]) for c in before.values())
    assert r.media_restored == len({s for c in before.values() for s in c["media"]})
    after = chat_contents(target)
    assert after.keys() == before.keys()
    for cid in before:
        assert after[cid]["chat"] == before[cid]["chat"], cid
        assert after[cid]["messages"] == before[cid]["messages"], cid
        assert after[cid]["media"] == before[cid]["media"], cid
        # The restored files hash to the names they are stored under (the bytes are right).
        assert all(h == sha for sha, h in after[cid]["media"].items())
    if mode == "password":  # (CLI runs are slow-ish; once is enough)
        # Through the CLI's export too: same JSON, including each media file's SHA-256.
        assert _export_some(target) == _export_some(demo_lib)


def test_restore_selected_chats_only(demo_lib, dest, tmp_path):
    key = RawKey(generate_key())
    backup_to(demo_lib, dest, key)
    before = chat_contents(demo_lib)
    pick = sorted(before)[1]
    restore_from(dest, tmp_path / "r", key, chats=(pick,))
    after = chat_contents(tmp_path / "r")
    assert list(after) == [pick]
    assert after[pick]["messages"] == before[pick]["messages"]


def test_wrong_password(demo_lib, dest, tmp_path):
    backup_to(demo_lib, dest, pw())
    with pytest.raises(WrongKeyError):
        restore_from(dest, tmp_path / "r", pw(OTHER_PASSWORD))
    with pytest.raises(WrongKeyError):
        verify(VerifyRequest(dest, Password(PASSWORD + " ")))
    assert not (tmp_path / "r").exists()
    # A 64-digit key that is not K is wrong, not malformed.
    with pytest.raises(WrongKeyError):
        verify(VerifyRequest(dest, RawKey(generate_key())))


def test_wrong_key_in_key_mode(demo_lib, dest):
    backup_to(demo_lib, dest, RawKey(generate_key()))
    with pytest.raises(WrongKeyError):
        verify(VerifyRequest(dest, RawKey(generate_key())))
    # A password never opens a key-mode set.
    with pytest.raises(WrongKeyError):
        verify(VerifyRequest(dest, pw()))


def test_the_64_digit_key_opens_a_password_set(demo_lib, dest, tmp_path):
    backup_to(demo_lib, dest, pw())
    k = export_key(dest, pw())
    assert len(k) == 32
    r = restore_from(dest, tmp_path / "r", RawKey(k))
    assert r.messages_added > 0


@pytest.mark.parametrize("text", [
    "", "abc", "0" * 63, "0" * 65, "g" * 64, "0" * 62 + "zz", "0x" + "0" * 62, "0" * 32 + "." + "0" * 32,
])
def test_malformed_keys(text):
    with pytest.raises(MalformedKeyError) as ei:
        parse_key(text)
    assert ei.value.exit_code == 4


def test_key_entry_ignores_spaces_dashes_and_case():
    k = generate_key()
    h = k.hex()
    forms = [
        format_key(k), format_key(k).upper(), h.upper(), "-".join(h[i:i + 4] for i in range(0, 64, 4)),
        "\n".join(h[i:i + 16] for i in range(0, 64, 16)) + "\n", "\t" + h[:32] + " _ " + h[32:],
    ]
    for f in forms:
        assert parse_key(f) == k, f
    assert format_key(k).count(" ") == 15 and format_key(k).replace(" ", "") == h


def test_cli_exit_codes_for_keys(demo_lib, dest_dir, tmp_path):
    k = generate_key()
    keyfile = tmp_path / "key.txt"
    keyfile.write_text(format_key(k).upper().replace(" ", "-") + "\n")
    r = run_cli("backup", "--library", demo_lib, "--dest", dest_dir, "--key-file", keyfile, "-q")
    assert r.returncode == 0, r.stderr

    wrong = tmp_path / "wrong.txt"
    wrong.write_text(format_key(generate_key()))
    r = run_cli("verify", "--dest", dest_dir, "--key-file", wrong, "-q")
    assert r.returncode == 3, r.stderr

    for bad in ["0" * 63, k.hex() + "0"]:
        (tmp_path / "bad.txt").write_text(bad)
        r = run_cli("verify", "--dest", dest_dir, "--key-file", tmp_path / "bad.txt", "-q")
        assert r.returncode == 4, (bad, r.stderr)
        assert bad not in r.stderr

    # The key with spaces, in lower case, opens it.
    (tmp_path / "spaced.txt").write_text(format_key(k))
    r = run_cli("restore", "--dest", dest_dir, "--library", tmp_path / "r", "--key-file",
                tmp_path / "spaced.txt", "-q")
    assert r.returncode == 0, r.stderr
    assert chat_contents(tmp_path / "r") == chat_contents(demo_lib)
