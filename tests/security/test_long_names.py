"""A name from outside cannot make every paint of the chat list cost seconds.

Whoever holds K writes a backup whose chats and people have names of a million characters
each (within every bound of FORMAT.md 1.2: twenty such chats are 20 MB of manifest); a
Telegram export can hold one as well (a value may have 64 Mi characters). Before the fix the
library kept them whole, and the chat list laid each out on every paint: twenty chats of
a million characters cost 8.3 CPU s per paint on the GUI thread, of four million 24 s
(``python -m tests.security.test_long_names``, shared machine), so the window froze. Honest
names are short (WhatsApp's subjects 100 characters, Telegram's titles 128; the phone
importer keeps 256), so the library keeps at most ``MAX_NAME_CHARS`` of a chat's or a
person's name, whatever wrote it (an import, a merge, a restore).
"""

from __future__ import annotations

import sqlite3
import sys
import time
import unicodedata
from pathlib import Path

from backupgui.crypto.keys import generate_key
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.library.demo import create_demo_library
from backupgui.library.model import MAX_NAME_CHARS
from backupgui.library.store import Library

from ..engine.helpers import backup_to, restore_from

LONG = 1_000_000


def _attackers_backup(tmp_path: Path, chars: int = LONG) -> tuple[FolderDestination, RawKey, str]:
    """A real backup, made with the key, of a library whose chats and people are named with
    ``chars`` characters each (the attacker's own library: any writer will do)."""
    lib = tmp_path / "attacker"
    create_demo_library(lib, chats=2, seed=5, media_mb=0.1)
    name = ("Anna\u0301 " * chars)[:chars]  # (a cut never splits a letter from its accent)
    db = sqlite3.connect(lib / "library.db")
    db.execute("UPDATE chats SET name = ?", (name,))
    db.execute("UPDATE participants SET name = ?", (name,))
    db.commit()
    db.close()
    (tmp_path / "dest").mkdir()
    dest, key = FolderDestination(tmp_path / "dest"), RawKey(generate_key())
    backup_to(lib, dest, key)
    return dest, key, name


def test_names_restored_from_a_backup_are_bounded(tmp_path):
    dest, key, name = _attackers_backup(tmp_path)
    victim = tmp_path / "victim"
    restore_from(dest, victim, key)
    with Library(victim, create=False) as lib:
        chats = lib.list_chats()
        assert len(chats) == 2
        for c in chats:
            assert len(c.name) <= MAX_NAME_CHARS, len(c.name)
            kept = c.name[:-1]
            assert c.name.endswith("…") and name.startswith(kept)
            assert not unicodedata.combining(name[len(kept)])  # no accent cut from its letter
            for p in lib.chat(c.id).participants:
                assert len(p.name) <= MAX_NAME_CHARS, len(p.name)


def test_a_short_name_is_kept_as_it_is(tmp_path):
    """The bound is far above any honest name: a name of exactly ``MAX_NAME_CHARS`` stays."""
    dest, key, name = _attackers_backup(tmp_path, MAX_NAME_CHARS)
    restore_from(dest, tmp_path / "victim", key)
    with Library(tmp_path / "victim", create=False) as lib:
        assert {c.name for c in lib.list_chats()} == {name}


def _paint_seconds(chars: int, rows: int = 20) -> float:
    """CPU seconds of one paint of the chat list with ``rows`` chats named ``chars`` long."""
    import dataclasses

    from PySide6.QtWidgets import QApplication, QTableView

    from backupgui.library.model import ChatSummary
    from backupgui.ui.chats.model import ChatTableModel

    app = QApplication.instance() or QApplication([])
    base = {f.name: 0 for f in dataclasses.fields(ChatSummary)}
    chats = [ChatSummary(**{**base, "id": f"c{i}", "name": "Anna " * (chars // 5), "kind": "group",
                            "last_ms": None}) for i in range(rows)]
    model = ChatTableModel()
    model.set_chats(chats)
    view = QTableView()
    view.setModel(model)
    view.resize(900, 600)
    view.show()
    app.processEvents()
    t0 = time.process_time()
    view.grab()
    return time.process_time() - t0


if __name__ == "__main__":  # the figures of the docstring: CPU seconds per paint
    for n in [int(a) for a in sys.argv[1:]] or [100, MAX_NAME_CHARS, LONG]:
        print(f"{n:>9} characters x 20 chats: {_paint_seconds(n):.2f} CPU s per paint")
