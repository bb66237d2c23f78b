"""``backupgui-cli import --library DIR PATH [--key-file F] [--media DIR] [--contacts FILE]
[--iphone-backup-password-file F]``: PATH and the key file told apart by content; the key
from a file, BACKUPGUI_WHATSAPP_KEY or a prompt, never from the command line."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import time

import pytest

from backupgui.library.importers.whatsapp_db.keyfile import java_byte_array

from . import encoder
from .conftest import build_android, write_contacts, write_media
from .iphone_backup import write_backup
from .test_iphone import chat_storage

ROOT = bytes.fromhex("5eed" * 16)
GROUPED = " ".join(ROOT.hex()[i:i + 4] for i in range(0, 64, 4))
SALT, GID, KEY14 = bytes(range(32)), bytes(range(16)), bytes(range(64, 96))


def cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    e = {k: v for k, v in os.environ.items() if k != "BACKUPGUI_WHATSAPP_KEY"}
    e.update(env or {})
    return subprocess.run([sys.executable, "-m", "backupgui.cli", *args], capture_output=True,
                          text=True, timeout=300, env=e, stdin=subprocess.DEVNULL)


def chats(library) -> list[dict]:
    p = cli("chats", "--library", str(library), "--json")
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout)


@pytest.fixture
def files(tmp_path):
    db = build_android(tmp_path / "msgstore.db", "current")
    out = {
        "crypt15": tmp_path / "msgstore.db.crypt15",
        "crypt14": tmp_path / "msgstore.db.crypt14",
        "crypt12": tmp_path / "msgstore.db.crypt12",
        "text key": tmp_path / "key.txt",
        "encrypted_backup.key": tmp_path / "encrypted_backup.key",
        "key": tmp_path / "key",
        "media": write_media(tmp_path / "Media"),
        "contacts": write_contacts(tmp_path / "wa.db"),
    }
    out["crypt15"].write_bytes(encoder.encrypt_crypt15(db.read_bytes(), ROOT))
    out["crypt14"].write_bytes(encoder.encrypt_crypt14(db.read_bytes(), SALT, GID, KEY14))
    out["crypt12"].write_bytes(encoder.encrypt_crypt12(db.read_bytes(), SALT, GID, KEY14))
    out["text key"].write_text(GROUPED + "\n")
    out["encrypted_backup.key"].write_bytes(java_byte_array(ROOT))
    out["key"].write_bytes(encoder.crypt14_key_file(SALT, GID, KEY14))
    db.unlink()
    return out


@pytest.mark.parametrize("backup, key", [("crypt15", "text key"),
                                         ("crypt15", "encrypted_backup.key"),
                                         ("crypt14", "key"), ("crypt12", "key")])
def test_import_with_each_key_form(tmp_path, files, backup, key):
    lib = tmp_path / "library"
    # Unusual names on purpose: the kinds are told by content.
    path = files[backup].rename(tmp_path / "backup.bin")
    keyf = files[key].rename(tmp_path / "the-key")
    p = cli("import", "--library", str(lib), str(path), "--key-file", str(keyf),
            "--media", str(files["media"]), "--contacts", str(files["contacts"]))
    assert p.returncode == 0, p.stderr
    assert "Imported 2 chat(s)" in p.stdout and "1 not on this computer" in p.stdout
    assert {c["name"] for c in chats(lib)} == {"Ana García", "Climbing club 🧗"}
    again = cli("import", "--library", str(lib), str(path), "--key-file", str(keyf))
    assert again.returncode == 0 and "0 new messages" in again.stdout


def test_key_from_the_environment(tmp_path, files):
    lib = tmp_path / "library"
    p = cli("import", "--library", str(lib), str(files["crypt15"]),
            env={"BACKUPGUI_WHATSAPP_KEY": GROUPED})
    assert p.returncode == 0, p.stderr
    assert len(chats(lib)) == 2


def test_key_from_a_prompt(tmp_path, files):
    lib = tmp_path / "library"
    pid, fd = pty.fork()
    if pid == 0:  # the child: the CLI on a terminal
        os.execv(sys.executable, [sys.executable, "-m", "backupgui.cli", "import", "--library",
                                  str(lib), str(files["crypt15"])])
    out = b""
    deadline = time.monotonic() + 120
    sent = False
    while time.monotonic() < deadline:
        r, _, _ = select.select([fd], [], [], 0.5)
        if r:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
        if not sent and b"64-digit key" in out:
            os.write(fd, GROUPED.encode() + b"\n")
            sent = True
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    assert sent, out
    assert os.waitstatus_to_exitcode(status) == 0, out
    assert GROUPED.encode() not in out  # not echoed
    assert len(chats(lib)) == 2


def test_no_key_wrong_key_damaged(tmp_path, files):
    lib = tmp_path / "library"
    p = cli("import", "--library", str(lib), str(files["crypt15"]))
    assert p.returncode == 4 and "BACKUPGUI_WHATSAPP_KEY" in p.stderr
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("0" * 64)
    p = cli("import", "--library", str(lib), str(files["crypt15"]), "--key-file", str(wrong))
    assert p.returncode == 3 and "does not open" in p.stderr
    data = bytearray(files["crypt15"].read_bytes())
    data[len(data) // 2] ^= 4
    files["crypt15"].write_bytes(bytes(data))
    p = cli("import", "--library", str(lib), str(files["crypt15"]), "--key-file",
            str(files["text key"]))
    assert p.returncode == 5 and "damaged" in p.stderr
    p = cli("import", "--library", str(lib), str(files["crypt14"]), "--key-file",
            str(files["text key"]))
    assert p.returncode == 4 and "158-byte" in p.stderr
    assert ROOT.hex() not in p.stderr + p.stdout
    assert not lib.exists() or chats(lib) == []


def test_key_is_never_taken_from_the_command_line(tmp_path, files):
    p = cli("import", "--library", str(tmp_path / "l"), str(files["crypt15"]), "--key", GROUPED)
    assert p.returncode == 2  # argparse: no such option
    p = cli("import", "--library", str(tmp_path / "l"), str(files["crypt15"]), "--key-file",
            GROUPED)
    assert p.returncode == 4 and "not the key itself" in p.stderr
    assert ROOT.hex()[:8] not in p.stderr and GROUPED[:9] not in p.stderr
    p = cli("import", "--help")
    assert "--key-file" in p.stdout and "--key " not in p.stdout
    assert "--iphone-backup-password-file" in p.stdout


def test_iphone_backup_with_password_file(tmp_path):
    folder = write_backup(tmp_path / "backup", {
        "ChatStorage.sqlite": chat_storage(tmp_path / "c.sqlite").read_bytes()}, "pass word")
    pw = tmp_path / "pw"
    pw.write_text("pass word\n")
    lib = tmp_path / "library"
    p = cli("import", "--library", str(lib), str(folder), "--iphone-backup-password-file", str(pw))
    assert p.returncode == 0, p.stderr
    assert len(chats(lib)) == 2
    pw.write_text("other")
    p = cli("import", "--library", str(lib), str(folder), "--iphone-backup-password-file", str(pw))
    assert p.returncode == 3
    p = cli("import", "--library", str(lib), str(folder))
    assert p.returncode == 3 and "--iphone-backup-password-file" in p.stderr


def test_exports_still_import_as_before(tmp_path):
    export = tmp_path / "WhatsApp Chat with Ana.txt"
    export.write_text("1/2/24, 10:15 AM - Ana: hello\n", "utf-8")
    p = cli("import", "--library", str(tmp_path / "l"), str(export))
    assert p.returncode == 0 and "Imported 1 chat(s)" in p.stdout
    p = cli("import", "--library", str(tmp_path / "l"), str(export), "--media", str(tmp_path))
    assert p.returncode == 14  # phone-backup options with an export: said clearly
