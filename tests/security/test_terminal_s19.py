"""What the CLI prints from outside stays text, on a terminal and in a pipe, and its
``--json`` stays valid JSON (docs/SECURITY.md 2.17, the ninth hostile pass).

Found: ``--json`` was written with ``ensure_ascii=False``, so a C1 control or DEL in a chat's
name (any group member sets it) went out raw; on a terminal the safe stream then showed it as
``\\x9b``, which is no JSON escape, so ``chats --json`` on a terminal was not JSON at all;
in a pipe the raw C1 CSI (U+009B) and bidirectional overrides reached whatever read it.
Names in the text output were escaped only on a terminal: ``chats | grep Bank`` handed a
name's escape sequences to the terminal all the same, and a right-to-left override in a
name turned the rest of its row around (Trojan Source) everywhere.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from backupgui.library.model import Chat, Message, Participant
from backupgui.library.store import Library

from .test_terminal_escapes import _on_a_terminal

pytestmark = pytest.mark.skipif(os.name != "posix", reason="a pseudo-terminal")

#: OSC title, C1 CSI, DEL, a right-to-left override and isolate, a line separator.
NAME = "\x1b]0;PWNED\x07Bank\u009b2J\x7f\u202eexe.txt\u2067x\u2028y"
SENDER = "Al\x1b]52;c;aWQ=\x07ice\u202e"
FILE = "invoice\u202efdp.exe\x1b[8m"


def _library(root: Path) -> None:
    with Library(root) as lib, lib.transaction() as w:
        w.upsert_chat(Chat("c1", NAME, "group", "test", None, (Participant("a", SENDER),)))
        w.add_messages([Message("m1", "c1", 1_700_000_000_000, "a", "text", "hello")])


def _in_a_pipe(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "backupgui.cli", *args], capture_output=True,
                          timeout=60, stdin=subprocess.DEVNULL,
                          env=dict(os.environ, BACKUPGUI_CONFIG_DIR=str(tmp_path / "cfg")))


#: What no output of the CLI may carry raw: C0 controls but tab and newline, DEL, C1,
#: bidirectional controls, line separators.
_RAW = [*(chr(c) for c in range(0x20) if c not in (9, 10)), "\x7f",
        *(chr(c) for c in range(0x80, 0xA0)), "\u061c",
        *(chr(c) for c in range(0x202A, 0x202F)), *(chr(c) for c in range(0x2066, 0x206A)),
        "\u2028", "\u2029"]


def _raw_in(out: bytes) -> list[str]:
    text = out.decode("utf-8").replace("\r\n", "\n")  # the terminal's own line ends
    return [f"U+{ord(c):04X}" for c in _RAW if c in text]


def test_chats_json_on_a_terminal_is_valid_json_with_the_exact_name(tmp_path):
    _library(tmp_path / "lib")
    out = _on_a_terminal(["chats", "--json", "--library", str(tmp_path / "lib")], tmp_path)
    rows = json.loads(out.decode("utf-8"))  # before: "Invalid \\escape" at the name's \\x9b
    assert rows[0]["name"] == NAME
    assert not _raw_in(out), _raw_in(out)


def test_chats_json_in_a_pipe_escapes_every_control(tmp_path):
    _library(tmp_path / "lib")
    p = _in_a_pipe(["chats", "--json", "--library", str(tmp_path / "lib")], tmp_path)
    assert p.returncode == 0, p.stderr
    assert not _raw_in(p.stdout), _raw_in(p.stdout)  # before: U+007F, U+009B, U+202E, U+2067
    assert json.loads(p.stdout)[0]["name"] == NAME  # the exact name, for a program


@pytest.mark.parametrize("command", [["chats"], ["export", "--chat", "c1"]])
def test_names_in_a_pipe_cannot_drive_the_terminal_or_turn_their_row(tmp_path, command):
    _library(tmp_path / "lib")
    p = _in_a_pipe([*command, "--library", str(tmp_path / "lib")], tmp_path)
    assert p.returncode == 0, p.stderr
    assert not _raw_in(p.stdout), _raw_in(p.stdout)  # before: ESC, BEL, U+009B, U+202E ...
    shown = p.stdout.decode()
    assert "\\x1b]0;PWNED\\x07Bank" in shown or "\\x1b]52;c;aWQ=\\x07" in shown
    assert "\\u202e" in shown  # the override is shown as what it is


def test_an_imports_skipped_file_names_are_one_escaped_line(tmp_path):
    """Held before (the importer quotes a refused name with ``repr``), kept as a guard: an
    export's message names a file that is not a file name; ``import`` says it was skipped,
    naming it, and the name's escapes stay text in the pipe, on stderr too."""
    export = tmp_path / "WhatsApp Chat with Bob.txt"
    export.write_text(f"14/11/2023, 22:13 - Bob: {FILE}\nline two (file attached)\n"
                      f"14/11/2023, 22:14 - Bob: \x1b]0;T\x07{FILE}\n"
                      f"error: fake (file attached)\n", encoding="utf-8")
    p = _in_a_pipe(["import", str(export), "--library", str(tmp_path / "lib")], tmp_path)
    assert p.returncode == 0, p.stderr
    err = p.stderr.decode()
    assert not _raw_in(p.stderr), (_raw_in(p.stderr), err)
    assert not any(line.startswith("error: fake") for line in err.splitlines()), err


def test_a_phone_number_in_a_contained_embedding_is_shown_as_it_is():
    """WhatsApp writes a phone number in a name between LRE and PDF: contained in the name,
    it cannot reach past it, so it is kept; an override, or an embedding left open, is not."""
    from backupgui.process.termsafe import one_line

    number = "\u202a+49 151 2345678\u202c"
    assert one_line(number) == number
    assert one_line("\u2067\u05e9\u05dc\u05d5\u05dd\u2069 Ana") == "\u2067\u05e9\u05dc\u05d5\u05dd\u2069 Ana"
    assert one_line("invoice\u202efdp.exe") == "invoice\\u202efdp.exe"
    assert one_line("\u202a+49 151") == "\\u202a+49 151"  # left open: would reach the row
    assert one_line("x\u2069\u202ey") == "x\\u2069\\u202ey"



#: Trojan Source texts that leave an embedding, override or isolate open (a PDF inside an
#: isolate does not close what was opened outside it; a stray PDI closes nothing).
TROJANS = ["\u202eexe.txt", "\u202b\u05e9\u05dc\u05d5\u05dd ok", "\u2067abc",
           "\u2067\u202eab\u202c", "\u202e\u2066ab\u202c", "\u2069\u202c\u202e2 ago",
           "first\u202e\nsecond \u202e", "\u202b" * 130 + "deep", "\u2068\u05d0 1 2"]


def test_a_messages_open_bidi_controls_cannot_turn_its_attachments_name(qapp, tmp_path):
    """``export``'s line for a message with an attachment: the text's own bidirectional
    controls stay (right-to-left writers use them), but what they leave open is closed at
    the end of each of its lines, so ``[image: photo.png]`` after it reads left to right.
    Qt's bidirectional algorithm is the judge: each character of the attachment's field must
    be laid out to the right of the one before it, and the field right of the whole text."""
    from PySide6.QtGui import QFont, QTextLayout

    from .conftest import PNG

    with Library(tmp_path / "lib") as lib:
        sha, size = lib.add_media_bytes(PNG)
        from backupgui.library.model import MediaRef

        with lib.transaction() as w:
            w.upsert_chat(Chat("c1", "Group", "group", "test", None, (Participant("a", "Al"),)))
            w.add_messages([Message(f"m{n}", "c1", 1_700_000_000_000 + n * 1000, "a", "media",
                                    text, media=(MediaRef("image", sha, size, "image/png",
                                                          "photo.png"),))
                            for n, text in enumerate(TROJANS)])
    p = _in_a_pipe(["export", "--chat", "c1", "--library", str(tmp_path / "lib")], tmp_path)
    assert p.returncode == 0, p.stderr
    tail = "[image: photo.png]"
    lines = [line for line in p.stdout.decode().splitlines() if line.endswith(tail)]
    assert len(lines) == len(TROJANS), p.stdout.decode()
    turned = []
    for line in lines:
        layout = QTextLayout(line, QFont())
        layout.beginLayout()
        row = layout.createLine()
        row.setLineWidth(1e6)
        layout.endLayout()
        start = len(line) - len(tail)
        xs = [row.cursorToX(i)[0] for i in range(start, len(line) + 1)]
        before = max(row.cursorToX(i)[0] for i in range(start))
        if any(b <= a for a, b in zip(xs, xs[1:], strict=False)) or min(xs) < before - 0.5:
            turned.append(repr(line))  # before: every one of them
    assert not turned, "\n".join(turned)


def test_what_a_text_leaves_open_is_closed_in_order():
    """Where Qt's layout cannot tell (an isolate left open, 130 nested embeddings), the
    closing itself: innermost first, a PDF inside an isolate matching nothing outside it."""
    from backupgui.process.termsafe import bidi_closed

    assert bidi_closed("\u2067abc") == "\u2067abc\u2069"
    assert bidi_closed("\u202e\u2066ab\u202c") == "\u202e\u2066ab\u202c\u2069\u202c"
    assert bidi_closed("\u202b" * 130 + "deep") == "\u202b" * 130 + "deep" + "\u202c" * 130
    assert bidi_closed("a\u202e\nb") == "a\u202e\u202c\nb"
    assert bidi_closed("\u202a+49 151\u202c") == "\u202a+49 151\u202c"  # closed: as it is
