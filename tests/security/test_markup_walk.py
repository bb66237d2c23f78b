"""Every widget that shows text from outside shows it as text: a walk over the real screens
(docs/SECURITY.md 2.17, the ninth hostile pass).

A chat's name (any group member sets it), a sender's name, an attachment's name, a message's
text and a backup's device name all hold markup Qt's automatic format would act on: a
``file://`` image, a link, a table wide enough to push a dialog off the screen. The main
window, the chat viewer and the restore wizard's every page (its backups, its chats, the
restore's summary and its "Open …" button) are opened on a real library and a real backup
of it; the phone-import dialog on a real encrypted Android backup whose group, member,
message and file carry the markup (and a backup file named with it), the history dialog on
the history a real backup's warnings were written to, and the warning and error message
boxes with those warnings; then every visible label, tooltip, window title and item view's tooltip that holds
one of these texts must show it literally: a label in rich text shows it escaped, a label
in the automatic format must not be taken for rich text.
"""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QModelIndex, Qt  # noqa: E402
from PySide6.QtGui import Qt as GuiQt  # noqa: E402 - Qt.mightBeRichText lives in QtGui
from PySide6.QtGui import QTextDocument  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QMessageBox  # noqa: E402

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


@pytest.fixture(autouse=True)
def _own_settings(tmp_path, monkeypatch):
    """A settings file of this test's own, as tests/ui's tests have: the session's may say
    Google Drive (another test signed in), and the restore wizard would start there."""
    monkeypatch.setenv("BACKUPGUI_CONFIG_DIR", str(tmp_path / "config"))


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
                    # (a cell's own text is painted as plain text by its delegate: counted
                    # as seen, so a screen that shows names only in cells is still walked)
                    cell = m.data(m.index(row, col), Qt.ItemDataRole.DisplayRole)
                    if isinstance(cell, str):
                        places.append(("cell", cell, Qt.TextFormat.PlainText))
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


#: Markup a file name can hold (no "/"): an image as large as a screen, a table.
FILE_BOMB = f"{TOKEN}<img src=x width=4000 height=4000><table><tr><td>x"


def _hostile_phone_backup(tmp_path):
    """A real crypt15 Android backup (the dialog's tests' key) whose group's name, a
    member's message, an attachment's name and the file's own name carry markup."""
    from tests.library.whatsapp_db import encoder
    from tests.library.whatsapp_db.conftest import ANA, GROUP, T0
    from tests.library.whatsapp_db.msgstore import AndroidDb

    db = AndroidDb(tmp_path / "msgstore.db", "current")
    db.chat(GROUP, CHAT, T0 - 86_400_000)
    db.member(GROUP, ANA)
    db.message(GROUP, "G1", T0 + 100, sender=ANA, text=f"{TOKEN}text{BOMB}")
    db.message(GROUP, "G2", T0 + 200, sender=ANA, mtype=9,
               media={"path": f"Media/WhatsApp Documents/{FILE_BOMB}.pdf",
                      "mime": "application/pdf", "name": f"{FILE_BOMB}.pdf"})
    plain = db.close()
    enc = tmp_path / f"msgstore{FILE_BOMB}.db.crypt15"
    enc.write_bytes(encoder.encrypt_crypt15(plain.read_bytes(), bytes(range(32))))
    plain.unlink()
    return enc


def test_the_phone_import_history_and_message_boxes_show_names_as_text(qtbot, tmp_path,
                                                                       monkeypatch):
    """The screens the first walk left out: the phone-import dialog (the preview, the
    import's end), the history dialog and the warning and error boxes, with
    the warnings a real backup gave about a missing attachment and another computer."""
    from datetime import UTC, datetime

    from backupgui.automation.history import History, HistoryEntry
    from backupgui.errors import BackupError
    from backupgui.library.importers.whatsapp_db import workdir
    from backupgui.ui.automation.history_view import HistoryDialog
    from backupgui.ui.chats.phone_import import PhoneImportDialog
    from backupgui.ui.widgets.errors import error_box
    from tests.memory_keyring import memory_keyring
    from tests.ui.helpers import make_ctx, open_window

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    bad: list[str] = []
    enc = _hostile_phone_backup(tmp_path)
    dlg = PhoneImportDialog(tmp_path / "phone-lib")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.set_path(str(enc))
    qtbot.waitUntil(lambda: dlg.kind == "android", timeout=10_000)
    dlg.key_field.setText(" ".join(bytes(range(32)).hex()[i:i + 4] for i in range(0, 64, 4)))
    dlg.start_preview()
    qtbot.waitUntil(lambda: dlg.task is None and dlg.preview is not None, timeout=20_000)
    bad += _walk("phone import, preview")
    done = []
    dlg.imported.connect(done.append)
    dlg.import_button.click()
    qtbot.waitUntil(lambda: bool(done) and dlg.task is None, timeout=30_000)
    bad += _walk("phone import, imported")
    dlg.close()
    qtbot.waitUntil(lambda: not any(workdir.work_root().iterdir()), timeout=20_000)

    # A real backup made on a computer with a hostile name, then one made elsewhere with an
    # attachment missing from the library: the second's warnings name both.
    lib, other = tmp_path / "lib", tmp_path / "other-lib"
    _library(lib)
    _library(other)
    dest = FolderDestination(tmp_path / "dest")
    backup(BackupRequest(lib, dest, Password(PASSWORD, kdf=FAST_KDF), device_name=DEVICE))
    with Library(other) as library:  # an attachment the first backup does not have, lost
        sha, size = library.add_media_bytes(PNG + b"another")
        with library.transaction() as w:
            w.add_messages([Message("m3", "c1", 1_700_000_002_000, "s", "media", "",
                                    media=(MediaRef("image", sha, size, "image/png", FILE),))])
        library.media_path(sha).unlink()
    second = backup(BackupRequest(other, dest, Password(PASSWORD, kdf=FAST_KDF),
                                  device_name="Office"))
    warnings = tuple(second.warnings)
    assert any(f"{TOKEN}device<img" in w for w in warnings), warnings  # (shortened)
    assert any(FILE in w for w in warnings), warnings
    history = History(tmp_path / "history.jsonl")
    history.append(HistoryEntry(time=datetime.now(UTC), trigger="manual", result="ok",
                                warnings=warnings, destination=f"folder:{tmp_path / 'dest'}"))
    with memory_keyring() as ring:
        w = open_window(qtbot, make_ctx(tmp_path / "empty-lib", ring))
        hist = HistoryDialog(history, w)
        hist.show()
        qtbot.waitUntil(lambda: hist.model.rowCount() == 1, timeout=10_000)
        bad += _walk("history dialog")
        hist.close()
        w.controller._show_change_warnings(warnings)  # the warning box, as a change shows it
        qtbot.waitUntil(lambda: any(b.isVisible() for b in w.findChildren(QMessageBox)),
                        timeout=10_000)
        bad += _walk("warning box")
        for b in w.findChildren(QMessageBox):
            b.close()
        box = error_box(w, BackupError(warnings[-1], hint=warnings[0]))
        box.open()
        qtbot.waitUntil(box.isVisible, timeout=10_000)
        bad += _walk("error box")
        box.close()
    assert not bad, "\n".join(bad)


def test_the_walk_finds_a_message_box_that_would_draw_markup(qtbot):
    """The walk can fail on a message box: a warning given as it came (the automatic format
    takes it for rich text) is found; the app's ``plain_message`` is not."""
    from backupgui.ui.widgets.elide import plain_message

    box = QMessageBox(QMessageBox.Icon.Warning, "Warning", "Backed up, but:")
    box.setInformativeText(f"A media file is missing from the library ({FILE}).")
    box.open()
    qtbot.waitUntil(box.isVisible, timeout=5_000)
    assert any("QLabel" in line for line in _walk("a raw box"))
    box.setInformativeText(plain_message(f"A media file is missing from the library ({FILE})."))
    assert not _walk("a plain box")
    box.close()
