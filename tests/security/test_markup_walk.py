"""Every widget that shows text from outside shows it as text: a walk over the real screens
(docs/SECURITY.md 2.17, the ninth hostile pass).

A chat's name (any group member sets it), a sender's name, an attachment's name, a message's
text and a backup's device name all hold markup Qt's automatic format would act on: a
``file://`` image, a link, a table wide enough to push a dialog off the screen. The main
window, the chat viewer and the restore wizard's every page (its backups, its chats, the
restore's summary and its "Open …" button) are opened on a real library and a real backup
of it; then every visible label, tooltip, window title and item view's tooltip that holds
one of these texts must show it literally: a label in rich text shows it escaped, a label
in the automatic format must not be taken for rich text.
"""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QModelIndex, Qt  # noqa: E402
from PySide6.QtGui import Qt as GuiQt  # noqa: E402 - Qt.mightBeRichText lives in QtGui
from PySide6.QtGui import QTextDocument  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel  # noqa: E402

from backupgui.crypto.material import Password  # noqa: E402
from backupgui.destinations.folder import FolderDestination  # noqa: E402
from backupgui.engine import BackupRequest, backup  # noqa: E402
from backupgui.library.model import Chat, MediaRef, Message, Participant  # noqa: E402
from backupgui.library.store import Library  # noqa: E402

from ..ui.conftest import FAST_KDF  # noqa: E402
from .conftest import PNG  # noqa: E402

TOKEN = "ZQX"  # marks each hostile text, to find where it is shown
BOMB = ('<img src="file:///etc/hostname" width="4000" height="4000">'
        '<a href="https://evil.example/">Verify your key</a><table><tr><td>x</td></tr></table>')
CHAT, SENDER, FILE, DEVICE = (f"{TOKEN}chat{BOMB}", f"{TOKEN}sender{BOMB}",
                              f"{TOKEN}file{BOMB}.png", f"{TOKEN}device{BOMB}")
PASSWORD = "correct horse battery staple"


def _library(root) -> None:
    with Library(root) as lib:
        sha, size = lib.add_media_bytes(PNG)
        with lib.transaction() as w:
            w.upsert_chat(Chat("c1", CHAT, "group", "test", None,
                               (Participant("me", "Me", True), Participant("s", SENDER))))
            w.add_messages([
                Message("m1", "c1", 1_700_000_000_000, "s", "text", f"{TOKEN}text{BOMB}"),
                Message("m2", "c1", 1_700_000_001_000, "s", "media", "",
                        media=(MediaRef("image", sha, size, "image/png", FILE),))])


def _shown(text: str, fmt: Qt.TextFormat) -> str:
    """What Qt shows for ``text`` in ``fmt`` (a tooltip's is the automatic format)."""
    if fmt == Qt.TextFormat.PlainText or (fmt == Qt.TextFormat.AutoText
                                          and not GuiQt.mightBeRichText(text)):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def _walk(where: str) -> list[str]:
    """What is wrong on the visible screens: each place that holds a hostile text but would
    not show its markup literally."""
    bad, seen = [], 0
    for w in QApplication.allWidgets():
        if not w.isVisible():
            continue
        places = [("tooltip", w.toolTip(), Qt.TextFormat.AutoText)]
        if w.isWindow():
            places.append(("title", w.windowTitle(), Qt.TextFormat.PlainText))
        if isinstance(w, QLabel):
            places.append(("label", w.text(), w.textFormat()))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            try:
                cols = m.columnCount(QModelIndex())
            except TypeError:  # (a list model's column count is private in PySide6)
                cols = 1
            for row in range(min(m.rowCount(QModelIndex()), 200)):
                for col in range(cols):
                    tip = m.data(m.index(row, col), Qt.ItemDataRole.ToolTipRole)
                    if isinstance(tip, str):
                        places.append(("item tooltip", tip, Qt.TextFormat.AutoText))
        for kind, text, fmt in places:
            if TOKEN not in text:
                continue
            seen += 1
            shown = _shown(text, fmt)
            if "<img" not in shown and "<a href" not in shown and "<table" not in shown:
                bad.append(f"{where}: {type(w).__name__} {w.objectName()!r} {kind}: "
                           f"{text[:80]!r} shown as {shown[:60]!r}")
    assert seen, f"{where}: no hostile text found on the screen (the walk saw nothing)"
    print(f"{where}: {seen} places hold text from outside")
    return bad


def test_every_place_showing_text_from_outside_shows_it_as_text(qtbot, tmp_path):
    from tests.memory_keyring import memory_keyring
    from tests.ui.helpers import click, make_ctx, open_window, submit_restore_password

    lib = tmp_path / "lib"
    _library(lib)
    backup(BackupRequest(lib, FolderDestination(tmp_path / "dest"),
                         Password(PASSWORD, kdf=FAST_KDF), device_name=DEVICE))
    bad: list[str] = []
    with memory_keyring() as ring:
        w = open_window(qtbot, make_ctx(lib, ring))
        qtbot.waitUntil(lambda: w.model.rowCount() == 1, timeout=10_000)
        w.table.selectRow(0)
        bad += _walk("main window")
        viewer = w.open_chat("c1")
        qtbot.waitUntil(lambda: TOKEN in viewer.windowTitle(), timeout=10_000)
        qtbot.wait(200)
        bad += _walk("chat viewer")
        viewer.close()

        w2 = open_window(qtbot, make_ctx(tmp_path / "new-lib", ring))
        wiz = submit_restore_password(qtbot, w2, tmp_path / "dest", PASSWORD)
        qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_BACKUPS, timeout=30_000)
        bad += _walk("restore wizard, backups")
        nxt = wiz.button(wiz.WizardButton.NextButton)
        click(qtbot, nxt)
        qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_CHATS, timeout=30_000)
        bad += _walk("restore wizard, chats")
        click(qtbot, nxt)
        qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_SUMMARY, timeout=60_000)
        bad += _walk("restore wizard, summary")
        wiz.close()
    assert not bad, "\n".join(bad)


def test_the_walk_finds_a_label_that_would_draw_markup(qtbot):
    """The walk can fail: a label in the automatic format holding a chat's name is found."""
    label = QLabel(CHAT)
    qtbot.addWidget(label)
    label.show()
    assert any("QLabel" in line for line in _walk("a bare label"))
    label.setTextFormat(Qt.TextFormat.PlainText)
    assert not _walk("a plain label")
