"""``backupgui-cli export`` tells a message's other versions (SECURITY.md 2.13) as the viewer
does: a line under the message in its text output, ``origin`` and ``other_versions`` in its
``--json``; a planted id escaped. Real imports of real-format exports into a real library,
the CLI in a real process with its output in a pipe."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from backupgui.library.importers import import_export
from backupgui.library.model import Chat, Message, Participant
from backupgui.library.store import Library
from tests.library.test_versions import _telegram
from tests.security.test_terminal_s19 import _raw_in

#: A planted id (a backup made with the key chooses ids): an OSC title, a clear-screen CSI,
#: a right-to-left override, a line break.
BAD = "m9\x1b]0;PWNED\x07\x1b[2J\u202eexe\nfake"


def _export(lib: Path, chat: str, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "backupgui.cli", "export", "--library", str(lib), "--chat", chat,
         *extra], capture_output=True, timeout=60, stdin=subprocess.DEVNULL,
        env=dict(os.environ, BACKUPGUI_CONFIG_DIR=str(tmp_path / "cfg"),
                 PYTHONPATH=str(Path(__file__).resolve().parents[2])))


def test_export_marks_an_edit_and_a_planted_copy(tmp_path):
    lib = tmp_path / "lib"
    with Library(lib) as library:
        import_export(library, _telegram(tmp_path / "t1", [{"id": 1, "text": "At 7"}]))
        import_export(library, _telegram(tmp_path / "t2", [{"id": 1, "text": "At 8",
                                                           "edited_unixtime": "1733217400"}]))
        (chat,) = library.list_chats()
        with library.transaction() as w:  # a pair under a planted id, another sender
            w.upsert_chat(Chat(chat.id, "Ana", "direct", "telegram", None,
                               (Participant("tg-user4242", "Ana"), Participant("tg-user1", "Sam"))))
            w.add_messages([Message(BAD, chat.id, 1733217900000, "tg-user4242", "text", "Pay DE89"),
                            Message(BAD + "~0123456789abcdef", chat.id, 1733217960000,
                                    "tg-user1", "text", "Pay GB33")])
        ids = {m.text.splitlines()[0]: m.id for m in library.messages(chat.id)}

    r = _export(lib, chat.id, tmp_path)
    assert r.returncode == 0, r.stderr
    assert _raw_in(r.stdout) == []
    lines = r.stdout.decode("utf-8").splitlines()
    marks = [line for line in lines if line.startswith("    [")]
    assert len(marks) == 4, lines
    at7 = lines[lines.index(next(x for x in lines if x.endswith(": At 7"))) + 1]
    assert at7.startswith("    [Edited: two versions of this message. This one: from the "
                          "export imported on 20"), at7
    assert at7.endswith(f"Other version id(s): {ids['At 8']}]"), at7
    planted = next(x for x in marks if "different senders" in x)
    assert "\\x1b]0;PWNED" in planted and "\\n" in planted, planted
    # Every line that is not a mark or a text's continuation is a message line: no id
    # started one of its own.
    assert all(x[:4] == "2024" or x.startswith("    ") for x in lines), lines

    r = _export(lib, chat.id, tmp_path, "--json")
    assert r.returncode == 0, r.stderr
    assert _raw_in(r.stdout) == []
    doc = {m["text"].splitlines()[0]: m for m in json.loads(r.stdout)["messages"]}
    (other,) = doc["At 7"]["other_versions"]
    assert other["id"] == ids["At 8"] and other["relation"] == "edited"
    assert other["origin"]["kind"] == "telegram" and other["origin"]["at_ms"] > 0
    assert doc["At 7"]["origin"]["kind"] == "telegram"
    (other,) = doc["Pay DE89"]["other_versions"]
    assert other["id"] == BAD + "~0123456789abcdef"  # exact in JSON
    assert (other["sender"], other["relation"]) == ("tg-user1", "differs")
    assert other["origin"] == {"kind": "", "at": None, "at_ms": None}
