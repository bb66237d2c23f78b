"""Text that JSON must escape, including U+0000, survives a backup and restore whole: in ids,
chat ids, names, message text and replies (SQLite's JSON functions cut strings at U+0000, so
the engine must never hand such text to them)."""

from __future__ import annotations

from backupgui.crypto.keys import generate_key
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.library.model import Chat, MediaRef, Message, Participant
from backupgui.library.store import Library
from tests.engine.helpers import backup_to, chat_contents, restore_from

AWKWARD = ["a\x00b", "\x00", 'quote " back \\ slash', "tab\tnl\nbell\x07", "emoji 😀 rtl مرحبا",
           "\u2028\u2029\ufeff", "literal \\u0000 text"]


def _library(path) -> Library:
    lib = Library(path)
    photo, size = lib.add_media_bytes(b"\xff\xd8\xff" + bytes(range(256)) * 40)
    with lib.transaction() as w:
        for n, cid in enumerate(["plain", "chat\x00id", 'q"uote']):
            w.upsert_chat(Chat(cid, f"name {n} \x00 😀", "group", "demo", None,
                               (Participant("p\x00", "Ann \x00", True), Participant("q", "Bob", False))))
            msgs = [Message(f"{cid}-{i}-{t}", cid, 1_600_000_000_000 + i * 86_400_000 * 20,
                            "p\x00" if i % 2 else None, "text" if i % 3 else "system", t,
                            f"{cid}-0-{AWKWARD[0]}" if i else None)
                    for i, t in enumerate(AWKWARD)]
            msgs.append(Message(f"{cid}-m\x00", cid, 1_600_000_000_000, "q", "media", "caption \x00",
                                None, (MediaRef("image", photo, size, "image/jpeg", "p\x00.jpg", 0),)))
            w.add_messages(msgs)
    return lib


def test_awkward_text_round_trips(tmp_path):
    _library(tmp_path / "lib").close()
    dest = FolderDestination(tmp_path / "dest")
    key = RawKey(generate_key())
    backup_to(tmp_path / "lib", dest, key)
    restore_from(dest, tmp_path / "new", key)
    assert chat_contents(tmp_path / "new") == chat_contents(tmp_path / "lib")
    restore_from(dest, tmp_path / "new", key)  # a second restore merges: nothing doubles
    assert chat_contents(tmp_path / "new") == chat_contents(tmp_path / "lib")
