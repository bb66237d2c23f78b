"""Two versions of a message in the viewer (SECURITY.md 2.13: an import that finds a different
message under an id keeps both), and replies.

Real parts throughout: the attacker's library is a real import of a Telegram export changed
with SQL (what holding the key allows), a real backup of it made with the key into a folder,
restored into the victim's library; the victim imports the real export; the real viewer,
offscreen, shows the chat. Each copy of a differing pair says where it came from (a backup
restored on DATE, the export imported on DATE); a reply quotes the export's copy of the
message it replies to, not the planted one; an honest edit (the same sender, Telegram's mark
of an edit) is told as an edit."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex

from backupgui.library.importers import import_export
from backupgui.library.store import Library
from backupgui.ui.chats.viewer import ChatViewer
from backupgui.ui.language import install_language
from tests.security.test_planted_chat import _through_a_backup
from tests.ui.checks import layout_faults

T0 = 1733217300  # 2024-12-03 09:15 UTC


def _telegram(where: Path, texts: list[tuple[str, str]], *, reply_to: int | None = None,
              edited: set[int] = frozenset()) -> Path:
    """A Telegram export of Ana's chat: (sender, text) messages, numbered from 1; with
    ``reply_to``, a last message of Sam's that replies to that number."""
    people = {"Ana": "user4242", "Sam": "user1"}
    msgs = [{"id": i + 1, "type": "message", "date_unixtime": str(T0 + 60 * i), "from": who,
             "from_id": people[who], "text": text}
            | ({"edited_unixtime": str(T0 + 60 * i + 30)} if i + 1 in edited else {})
            for i, (who, text) in enumerate(texts)]
    if reply_to is not None:
        msgs.append({"id": 99, "type": "message", "date_unixtime": str(T0 + 3600),
                     "from": "Sam", "from_id": "user1", "text": "Done, paid it",
                     "reply_to_message_id": reply_to})
    where.mkdir(parents=True, exist_ok=True)
    path = where / "result.json"
    path.write_text(json.dumps({"name": "Ana", "type": "personal_chat", "id": 4242,
                                "messages": msgs}), encoding="utf-8")
    return path


REAL = [("Ana", "Pay the invoice to DE89 3704 0044 0532 0130 00"), ("Sam", "Will do")]
PLANTED = [("Ana", "Pay the invoice to GB33 BUKB 2020 1555 5555 55"), ("Sam", "Will do")]


def planted_library(tmp_path: Path) -> Path:
    """The s17 scenario: a planted chat restored from a backup made with the key, then the
    real export (with a reply to the planted message's id) imported."""
    attacker = tmp_path / "attacker"
    with Library(attacker) as lib:
        import_export(lib, _telegram(tmp_path / "a", PLANTED, reply_to=1))
    victim = _through_a_backup(tmp_path, attacker)
    with Library(victim, create=False) as lib:
        r = import_export(lib, _telegram(tmp_path / "v", REAL, reply_to=1))
    assert r.messages_differ == 1, r
    return victim


def _open(qtbot, root: Path, rows: int, size=(760, 820)) -> ChatViewer:
    with Library(root, create=False) as lib:
        (chat,) = lib.list_chats()
    viewer = ChatViewer(root, chat.id)
    qtbot.addWidget(viewer)
    viewer.resize(*size)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.model.rowCount() == rows, timeout=10_000)
    qtbot.waitUntil(lambda: viewer.title.full_text() == "Ana")
    return viewer


def _no_layout_faults(qtbot, viewer: ChatViewer) -> None:
    """``layout_faults`` once the layouts have taken the chat's name (set when it loaded:
    a layout request is pending until the event loop runs)."""
    qtbot.wait(50)
    assert layout_faults(viewer) == []


def _spoken(viewer: ChatViewer) -> list[str]:
    return [viewer.model.data(viewer.model.index(i)) for i in range(viewer.model.rowCount())]


def _shot(viewer: ChatViewer, name: str) -> None:
    out = os.environ.get("BACKUPGUI_SHOTS")
    viewer.view.setCurrentIndex(QModelIndex())
    image = viewer.grab().toImage()
    if out:
        image.save(os.path.join(out, name))


def test_both_copies_of_a_planted_message_say_where_they_came_from(qtbot, qapp, tmp_path):
    """On the code before, neither copy said anything: the planted text and the real one
    stood side by side, alike."""
    root = planted_library(tmp_path)
    install_language("en", qapp)
    viewer = _open(qtbot, root, 4)
    spoken = _spoken(viewer)
    planted = next(s for s in spoken if "GB33" in s)
    real = next(s for s in spoken if "DE89" in s)
    assert "Two versions of this message. This one: from a backup restored on" in planted
    assert "The other: from the export imported on" in planted
    assert "Two versions of this message. This one: from the export imported on" in real
    assert "The other: from a backup restored on" in real
    assert "Edited" not in planted + real  # another text under Ana's name: not told as an edit
    others = [s for s in spoken if "GB33" not in s and "DE89" not in s]
    assert not any("versions" in s for s in others), others
    _no_layout_faults(qtbot, viewer)


def test_a_reply_quotes_the_exports_copy_not_the_planted_one(qtbot, qapp, tmp_path):
    """The export's reply points at the id the library held a planted message under; it is
    kept pointing at the export's copy (the derived id), and the viewer quotes that copy's
    first line. On the code before: the reply pointed at the planted message, and the viewer
    showed no quote at all."""
    root = planted_library(tmp_path)
    with Library(root, create=False) as lib:
        (chat,) = lib.list_chats()
        msgs = {m.text: m for m in lib.messages(chat.id)}
    reply = msgs["Done, paid it"]
    assert reply.reply_to == msgs[REAL[0][1]].id != msgs[PLANTED[0][1]].id
    install_language("en", qapp)
    viewer = _open(qtbot, root, 4)
    (said,) = [s for s in _spoken(viewer) if "Done, paid it" in s]
    assert "Reply to" in said and "DE89" in said and "GB33" not in said, said


def test_an_honest_telegram_edit_is_told_as_an_edit_with_both_texts(qtbot, qapp, tmp_path):
    """An export imported, then a newer one where Ana edited her message (Telegram marks it
    "(edited …)"): both versions are kept and both are marked as an edit."""
    lib_dir = tmp_path / "lib"
    with Library(lib_dir) as lib:
        import_export(lib, _telegram(tmp_path / "old", [("Ana", "See you at 7"), ("Sam", "ok")]))
        r = import_export(lib, _telegram(tmp_path / "new", [("Ana", "See you at 8"), ("Sam", "ok")],
                                         edited={1}))
    assert r.messages_differ == 1
    install_language("en", qapp)
    viewer = _open(qtbot, lib_dir, 3)
    spoken = _spoken(viewer)
    old = next(s for s in spoken if "at 7" in s)
    new = next(s for s in spoken if "at 8" in s)
    for s in (old, new):
        assert s.count("Edited: two versions of this message.") == 1, s
        assert s.count("from the export imported on") == 2, s


def test_another_sender_under_the_id_is_told_apart(qtbot, qapp, tmp_path):
    """A copy under Sam's name where the export has Ana's: "from different senders"."""
    attacker = tmp_path / "attacker"
    with Library(attacker) as lib:
        import_export(lib, _telegram(tmp_path / "a", [("Sam", "Send me the code"), ("Sam", "ok")]))
    victim = _through_a_backup(tmp_path, attacker)
    with Library(victim, create=False) as lib:
        import_export(lib, _telegram(tmp_path / "v", [("Ana", "Never send the code"), ("Sam", "ok")]))
    install_language("en", qapp)
    viewer = _open(qtbot, victim, 3)
    marked = [s for s in _spoken(viewer) if "versions" in s]
    assert len(marked) == 2 and all("from different senders" in s for s in marked), marked


@pytest.mark.parametrize("code, words", [
    ("de", "Zwei Versionen dieser Nachricht"), ("ar", "نسختان من هذه الرسالة")])
def test_the_marks_in_german_and_arabic_at_the_first_size(qtbot, qapp, tmp_path, code, words):
    """Translated, right to left in Arabic, nothing squeezed at the window's first size."""
    root = planted_library(tmp_path)
    install_language(code, qapp)
    viewer = _open(qtbot, root, 4, size=(viewer_first_size(qapp)))
    spoken = _spoken(viewer)
    assert sum(words in s for s in spoken) == 2, spoken
    assert not any("Two versions" in s or "Reply to" in s for s in spoken)
    _no_layout_faults(qtbot, viewer)
    _shot(viewer, f"viewer-versions-{code}.png")


def viewer_first_size(qapp) -> tuple[int, int]:
    from backupgui.ui.widgets import style

    return style.px(760), style.px(820)
