"""The command line on a person's first day (issue 21): the app's own key file, a key given to
a password backup, a missing destination folder."""

from __future__ import annotations

import json

import pytest

from backupgui.crypto.keys import MalformedKeyError, format_key, generate_key, key_from_text

from .helpers import PASSWORD, SMALL_KDF_ARGS, run_cli


def saved_key_file(key: bytes) -> str:
    """Byte for byte what "Save to file…" writes (secret_fields.KeyGrid.save_to_file)."""
    return ("backupgui 64-digit backup key\n\n" + format_key(key) + "\n\nKeep this file somewhere "
            "safe and offline. Anyone with it can read your backups.\n")


def test_key_from_text_accepts_the_saved_file_and_typed_keys():
    key = generate_key()
    assert key_from_text(saved_key_file(key)) == key
    assert key_from_text(format_key(key)) == key
    assert key_from_text(format_key(key).replace(" ", "-").upper()) == key
    groups = format_key(key).split()
    spread = "Mein Schlüssel:\n" + "\n".join(" ".join(groups[i:i + 4]) for i in range(0, 16, 4))
    assert key_from_text(spread) == key
    with pytest.raises(MalformedKeyError, match="more than one"):
        key_from_text(saved_key_file(key) + saved_key_file(generate_key()))
    with pytest.raises(MalformedKeyError, match="No 64-digit backup key"):
        key_from_text("backupgui 64-digit backup key\n\n1234 5678\n")
    with pytest.raises(MalformedKeyError, match="far too long"):
        key_from_text("a" * 70_000)


@pytest.fixture
def lib(tmp_path):
    r = run_cli("demo", "--library", tmp_path / "lib", "--chats", "2", "--seed", "3", "--media-mb", "0.3")
    assert r.returncode == 0, r.stderr
    return tmp_path / "lib"


def test_cli_accepts_the_key_file_the_app_saves(lib, tmp_path):
    key = generate_key()
    plain = tmp_path / "plain.txt"
    plain.write_text(format_key(key) + "\n")
    saved = tmp_path / "backupgui-key.txt"
    saved.write_text(saved_key_file(key))
    dest = tmp_path / "dest"
    r = run_cli("backup", "--library", lib, "--dest", dest, "--key-file", plain, "-q")
    assert r.returncode == 0, r.stderr
    r = run_cli("verify", "--dest", dest, "--key-file", saved, "-q")
    assert r.returncode == 0, r.stderr  # used to fail with exit 4: "found '.', 'g', 'h'"
    assert "is intact" in r.stdout
    r = run_cli("restore", "--dest", dest, "--library", tmp_path / "new", "--key-file", saved, "-q", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["chats"] == 2


def test_key_file_on_a_password_backup_says_so(lib, tmp_path):
    pw = tmp_path / "pw.txt"
    pw.write_text(PASSWORD)
    dest = tmp_path / "dest"
    r = run_cli("backup", "--library", lib, "--dest", dest, "--password-file", pw, *SMALL_KDF_ARGS, "-q")
    assert r.returncode == 0, r.stderr
    key = tmp_path / "key.txt"
    key.write_text(saved_key_file(generate_key()))
    r = run_cli("verify", "--dest", dest, "--key-file", key, "-q")
    assert r.returncode == 3, r.stderr
    assert "This backup is protected by a password, not a 64-digit key." in r.stderr
    assert "64-digit key is not correct" not in r.stderr


def test_backup_never_creates_missing_parents(lib, tmp_path):
    key = tmp_path / "key.txt"
    key.write_text(format_key(generate_key()))
    r = run_cli("backup", "--library", lib, "--dest", tmp_path / "usb" / "backup", "--key-file", key, "-q")
    assert r.returncode == 6, (r.stdout, r.stderr)
    assert f"The folder {tmp_path / 'usb'} does not exist" in r.stderr
    assert not (tmp_path / "usb").exists()
    r = run_cli("backup", "--library", lib, "--dest", tmp_path / "backup", "--key-file", key, "-q")
    assert r.returncode == 0, r.stderr  # the backup folder itself is made
    assert (tmp_path / "backup" / "sets").is_dir()
