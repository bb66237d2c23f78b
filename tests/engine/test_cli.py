"""The command line over subprocesses: every command, secrets kept out of argv and output, and
exit codes that tell a wrong key (3) from a damaged backup (5) and the
rest (issue 2, §8.10)."""

from __future__ import annotations

import json
import re

import pytest

from backupgui.crypto.keys import parse_key

from .helpers import OTHER_PASSWORD, PASSWORD, SMALL_KDF_ARGS, CliRun, config_fields, run_cli

SECRETS = [PASSWORD, OTHER_PASSWORD, "this is not the password"]


class Cli:
    """Runs backupgui-cli and checks, for every run, that no password leaks."""

    def __init__(self) -> None:
        self.runs: list[CliRun] = []

    def __call__(self, *args, env=None, expect: int | None = 0) -> CliRun:
        r = run_cli(*args, env=env)
        self.runs.append(r)
        for s in SECRETS:
            assert s not in " ".join(r.argv)
            assert s not in r.stdout and s not in r.stderr, (r.argv, r.stdout, r.stderr)
        if expect is not None:
            assert r.returncode == expect, (r.argv, r.returncode, r.stdout, r.stderr)
        return r


@pytest.fixture
def cli():
    return Cli()


def test_cli_end_to_end(cli, tmp_path):
    lib, lib2, dest = tmp_path / "lib", tmp_path / "lib2", tmp_path / "dest"
    pwfile = tmp_path / "pw.txt"
    pwfile.write_text(PASSWORD + "\n")  # a trailing newline is not part of the password
    env_pw = {"BACKUPGUI_PASSWORD": PASSWORD}

    cli("demo", "--library", lib, "--chats", "4", "--seed", "3", "--media-mb", "1.5")
    chats = json.loads(cli("chats", "--library", lib, "--json").stdout)
    assert len(chats) == 4 and all(c["messages"] > 0 for c in chats)
    assert sum(c["media_files"] for c in chats) > 0

    r = cli("backup", "--library", lib, "--dest", dest, "--password-file", pwfile,
            *SMALL_KDF_ARGS, "--json", "-q")
    res = json.loads(r.stdout)
    assert res["chats"] == 4 and res["messages"] == sum(c["messages"] for c in chats)
    cfg = config_fields(dest / "sets" / res["set_id"] / "config")
    assert cfg["password"]["kdf"]["memory_kib"] == 1024 and cfg["password"]["kdf"]["iterations"] == 1

    listing = json.loads(cli("list", "--dest", dest, "--json").stdout)
    assert [(b["id"], b["set"], b["key_mode"], b["latest"]) for b in listing] == [
        (res["snapshot_id"], res["set_id"], "password", True)]

    r = cli("verify", "--dest", dest, "-q", env=env_pw)
    assert "intact" in r.stdout and res["snapshot_id"] in r.stdout
    r = cli("restore", "--dest", dest, "--library", lib2, "--backup", res["snapshot_id"][:15],
            "--json", "-q", env=env_pw)
    assert json.loads(r.stdout)["messages_added"] == res["messages"]
    for c in chats[:2]:  # (each run costs a Python start-up)
        a = cli("export", "--library", lib, "--chat", c["id"], "--json").stdout
        b = cli("export", "--library", lib2, "--chat", c["id"], "--json").stdout
        assert json.loads(a) == json.loads(b)
        assert all(m["sha256"] for msg in json.loads(b)["messages"] for m in msg["media"])

    # Wrong password: 3. No key at all (and no terminal to ask on): a plain error, 1.
    cli("verify", "--dest", dest, "-q", env={"BACKUPGUI_PASSWORD": SECRETS[2]}, expect=3)
    r = cli("verify", "--dest", dest, "-q", expect=1)
    assert "BACKUPGUI_PASSWORD" in r.stderr

    # change-password: old from the environment, new from BACKUPGUI_NEW_PASSWORD.
    data_before = sorted(p.read_bytes() for p in dest.rglob("*") if p.is_file() and p.name != "config")
    r = cli("change-password", "--dest", dest, *SMALL_KDF_ARGS,
            env={**env_pw, "BACKUPGUI_NEW_PASSWORD": OTHER_PASSWORD})
    assert "No data was re-uploaded" in r.stdout
    assert sorted(p.read_bytes() for p in dest.rglob("*") if p.is_file() and p.name != "config") == data_before
    cli("verify", "--dest", dest, "-q", env=env_pw, expect=3)
    cli("verify", "--dest", dest, "-q", env={"BACKUPGUI_PASSWORD": OTHER_PASSWORD})
    cli("change-password", "--dest", dest, *SMALL_KDF_ARGS,
        env={"BACKUPGUI_PASSWORD": OTHER_PASSWORD, "BACKUPGUI_NEW_PASSWORD": "password"}, expect=2)

    # Switch to the 64-digit key: printed once, then it is what opens the backup.
    r = cli("change-password", "--dest", dest, "--to-key", env={"BACKUPGUI_PASSWORD": OTHER_PASSWORD})
    key_line = r.stdout.strip().splitlines()[-1]
    assert re.fullmatch(r"([0-9a-f]{4} ){15}[0-9a-f]{4}", key_line)
    keyfile = tmp_path / "key.txt"
    keyfile.write_text(key_line.upper().replace(" ", "-"))
    cli("verify", "--dest", dest, "-q", "--key-file", keyfile)
    cli("verify", "--dest", dest, "-q", env={"BACKUPGUI_PASSWORD": OTHER_PASSWORD}, expect=3)
    assert json.loads(cli("list", "--dest", dest, "--json").stdout)[0]["key_mode"] == "key"

    # Damage: 5 for verify and restore; a malformed key is still 4 and a wrong one 3.
    pack = sorted((dest / "sets" / res["set_id"] / "data").iterdir())[0]
    raw = bytearray(pack.read_bytes())
    raw[len(raw) // 2] ^= 0x10
    pack.write_bytes(bytes(raw))
    cli("verify", "--dest", dest, "-q", "--key-file", keyfile, expect=5)
    r = cli("restore", "--dest", dest, "--library", tmp_path / "lib3", "-q", "--key-file", keyfile, expect=5)
    assert "damaged" in r.stderr
    (tmp_path / "other.txt").write_text("0" * 64)
    cli("verify", "--dest", dest, "-q", "--key-file", tmp_path / "other.txt", expect=3)

    # Other errors have their own codes: nothing at the destination is "not found" (10).
    cli("verify", "--dest", tmp_path / "nothing-here", "-q", env=env_pw, expect=10)
    r = cli("list", "--dest", tmp_path / "nothing-here", expect=10)  # a typo is not "no backups"
    assert "No backup folder at" in r.stderr
    (tmp_path / "empty").mkdir()
    r = cli("list", "--dest", tmp_path / "empty")
    assert "No backups found" in r.stdout
    cli("export", "--library", lib, "--chat", "no-such-chat", expect=10)


def test_key_generate(cli):
    a = cli("key", "generate").stdout.strip()
    b = cli("key", "generate").stdout.strip()
    assert re.fullmatch(r"([0-9a-f]{4} ){15}[0-9a-f]{4}", a)
    assert a != b and len(parse_key(a)) == 32


def test_there_is_no_way_to_pass_a_password_in_argv():
    from backupgui.cli import build_parser

    flags = {s for a in build_parser()._actions for s in a.option_strings}
    for sub in build_parser()._subparsers._group_actions[0].choices.values():
        flags |= {s for a in sub._actions for s in a.option_strings}
    assert not {f for f in flags if ("password" in f or "key" in f) and not f.endswith("-file")
                and f not in ("--to-key",)}, flags
