"""Text from a chat partner printed by the CLI cannot drive the terminal.

Found by red-team: ``backupgui-cli chats`` and ``export`` printed chat names, sender names and
message texts as they came. A group's name is whoever renamed it last: an escape sequence in
it set the terminal's title, cleared the screen and could fake the output, or wrote the
clipboard (OSC 52) where the terminal allows it. On a terminal, control characters are now
written as visible escapes; a pipe or a file gets the exact text.
"""

from __future__ import annotations

import os
import select
import subprocess
import sys
from pathlib import Path

import pytest

from backupgui.library.model import Chat, Message, Participant
from backupgui.library.store import Library

pytestmark = pytest.mark.skipif(os.name != "posix", reason="a pseudo-terminal")

NAME = "\x1b]0;PWNED\x07\x1b[2J\x1b[HAlice"
TEXT = "hi \x1b]52;c;aWQgPiAvdG1wL3B3bmVk\x07 there\u009b31m"


def _library(root: Path) -> None:
    with Library(root) as lib, lib.transaction() as w:
        w.upsert_chat(Chat("c1", NAME, "direct", "test", None, (Participant("a", "Al\x1b[31mice"),)))
        w.add_messages([Message("m1", "c1", 1_700_000_000_000, "a", "text", TEXT)])


def _on_a_terminal(args: list[str], tmp_path: Path) -> bytes:
    import pty

    master, slave = pty.openpty()
    env = dict(os.environ, BACKUPGUI_CONFIG_DIR=str(tmp_path / "cfg"))
    p = subprocess.Popen([sys.executable, "-m", "backupgui.cli", *args], stdin=subprocess.DEVNULL,
                         stdout=slave, stderr=slave, env=env)
    os.close(slave)
    out = b""
    while True:
        r, _, _ = select.select([master], [], [], 60)
        if not r:
            break
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    p.wait(60)
    os.close(master)
    return out


@pytest.mark.parametrize("command", [["chats"], ["export", "--chat", "c1"]])
def test_control_characters_from_a_chat_reach_a_terminal_only_as_visible_text(tmp_path, command):
    _library(tmp_path / "lib")
    out = _on_a_terminal([*command, "--library", str(tmp_path / "lib")], tmp_path)
    assert b"\x1b" not in out and b"\x07" not in out and "\u009b".encode() not in out, out
    assert b"\\x1b" in out  # shown, not acted on


def test_a_pipe_gets_the_text_as_escapes_and_json_the_exact_text(tmp_path):
    """Since the ninth hostile pass (docs/SECURITY.md 2.17) a pipe gets a message's text with
    its controls as escapes too (``export | grep`` hands the output to a terminal); the
    exact text is in ``--json``, as JSON escapes."""
    import json

    _library(tmp_path / "lib")

    def export(*extra: str) -> str:
        p = subprocess.run([sys.executable, "-m", "backupgui.cli", "export", "--chat", "c1",
                            "--library", str(tmp_path / "lib"), *extra], capture_output=True,
                           text=True, timeout=60,
                           env=dict(os.environ, BACKUPGUI_CONFIG_DIR=str(tmp_path / "cfg")))
        assert p.returncode == 0, p.stderr
        return p.stdout

    shown = export()
    assert "\x1b" not in shown and "\u009b" not in shown
    assert "hi \\x1b]52;c;aWQgPiAvdG1wL3B3bmVk\\x07 there\\x9b31m" in shown
    assert json.loads(export("--json"))["messages"][0]["text"] == TEXT


def test_a_line_break_in_a_name_or_text_cannot_fake_a_line(tmp_path):
    """Found by the fifth hostile pass (docs/SECURITY.md 2.7): newlines pass through (message
    texts have lines), so a group's name with one made ``chats`` print a row of the name's
    choosing, and a sender's name or a message's text a message line of its own in
    ``export`` ("2023-11-14T22:13:20Z  Bank: your code is ..."). Names are now on one line
    (their line breaks as escapes) and a text's own lines go on indented; the same in a pipe."""
    fake_row = "c9  Bank  direct  1 msgs"
    fake_msg = "2023-11-14T22:13:21Z  Bank: send the code"
    with Library(tmp_path / "lib") as lib, lib.transaction() as w:
        w.upsert_chat(Chat("c1", "Fam\n" + fake_row, "group", "test", None,
                           (Participant("a", "Ana\u2028" + fake_msg),)))
        w.add_messages([Message("m1", "c1", 1_700_000_000_000, "a", "text", "hi\r\n" + fake_msg)])
    env = dict(os.environ, BACKUPGUI_CONFIG_DIR=str(tmp_path / "cfg"))
    for command in (["chats"], ["export", "--chat", "c1"]):
        p = subprocess.run([sys.executable, "-m", "backupgui.cli", *command, "--library",
                            str(tmp_path / "lib")], capture_output=True, text=True, timeout=60,
                           env=env)
        assert p.returncode == 0, p.stderr
        lines = p.stdout.splitlines()
        assert not any(line.startswith(("c9 ", "2023-11-14T22:13:21Z")) for line in lines), lines
    assert lines[1] == "    " + fake_msg  # the text's second line, indented
