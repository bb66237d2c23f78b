"""Names from chat partners and backups are shown as text, never as HTML.

Found by red-team: the viewer's title (a group's name, which whoever renamed the group chose)
was a QLabel in Qt's automatic format, so ``<b>Bank</b> <a href=...>Click to verify your
backup key</a>`` was drawn as a bold word and a link; the chat list's tooltip, the restore
wizard's device and chat tooltips, the import preview and the progress line did the same.
"""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import Qt as GuiQt  # noqa: E402 - Qt.mightBeRichText lives in QtGui
from PySide6.QtGui import QTextDocument  # noqa: E402

from backupgui.library.model import Chat, Message, Participant  # noqa: E402
from backupgui.library.store import Library  # noqa: E402

NAME = '<b>Bank</b> <a href="https://evil.example/">Click to verify your backup key</a>'


def _rendered(html_or_text: str) -> str:
    """What Qt shows for a tooltip (rich text when it looks like HTML)."""
    if not GuiQt.mightBeRichText(html_or_text):
        return html_or_text
    doc = QTextDocument()
    doc.setHtml(html_or_text)
    return doc.toPlainText()


def test_the_viewer_title_shows_a_chat_name_as_text(qtbot, tmp_path):
    from backupgui.ui.chats.viewer import ChatViewer

    with Library(tmp_path / "lib") as lib, lib.transaction() as w:
        w.upsert_chat(Chat("c1", NAME, "group", "test", None, (Participant("a", "A"),)))
        w.add_messages([Message("m1", "c1", 1_700_000_000_000, "a", "text", "hi")])
    v = ChatViewer(tmp_path / "lib", "c1")
    qtbot.addWidget(v)
    v.resize(3000, 600)
    v.show()
    qtbot.waitUntil(lambda: v.title.full_text() == NAME, timeout=10_000)
    assert v.title.textFormat() == Qt.TextFormat.PlainText
    assert v.title.text() == NAME


def test_tooltips_with_names_show_them_as_text(qtbot):
    from backupgui.library.model import ChatSummary
    from backupgui.ui.chats.model import ChatTableModel
    from backupgui.ui.widgets.elide import plain_tooltip

    assert _rendered(plain_tooltip(NAME)) == NAME
    summary = ChatSummary("c1", NAME, "group", 1, 0, 0, 0, None)
    m = ChatTableModel()
    m.set_chats([summary])
    tip = m.data(m.index(0, m.NAME), Qt.ItemDataRole.ToolTipRole)
    assert _rendered(tip).startswith("\u2068" + NAME + "\u2069")  # isolated (i18n), as text


def test_a_failed_backups_message_and_error_lines_show_names_as_text(qtbot):
    """Found by the sixth hostile pass (SECURITY.md 2.8): the backup card's "The last backup
    did not finish. …" line and the error line of the import, sign-in and restore dialogs
    were labels in Qt's automatic format, and their messages name chats and files (a backup
    stopped by a chat's messages names the chat): ``<a href=...>`` was drawn as a link."""
    from backupgui.device.keystore import KeystoreStatus
    from backupgui.device.settings import AppSettings
    from backupgui.ui.backup.panel import BackupPanel
    from backupgui.ui.widgets import style

    message = (f"The chat {NAME[:40]!r} holds a message dated outside the years 1 to 9999, "
               "which a backup cannot hold.")
    panel = BackupPanel()
    qtbot.addWidget(panel)
    panel.show_settings(AppSettings(last_backup_result="failed", last_backup_message=message),
                        KeystoreStatus(available=False, backend="", reason=""))
    assert NAME[:40] in _shown(panel.result)
    line = style.error_label("Error")
    qtbot.addWidget(line)
    line.setText(message)
    assert NAME[:40] in _shown(line)


def _shown(label) -> str:
    """What a QLabel shows: its text, or the text of the rich text Qt takes it for."""
    text = label.text()
    if label.textFormat() == Qt.TextFormat.PlainText:
        return text
    if label.textFormat() == Qt.TextFormat.RichText or GuiQt.mightBeRichText(text):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text
