"""What the s17 walkthrough left (docs/GUI.md, "s18: what s17 left"): leaving the 64-digit key's
or the recovery code's pages, a phone-import dialog that goes with its window at quit, and a
schedule dialog that goes while it saves. Real widgets, offscreen; each test failed before."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from backupgui.crypto.keys import format_key

from .helpers import click, make_ctx, open_window, wait_dialog
from .test_accessibility import activate, press


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _leave_box(qtbot, dlg) -> QMessageBox:
    qtbot.waitUntil(lambda: dlg.leave_box is not None and dlg.leave_box.isVisible(),
                    timeout=5000)
    return dlg.leave_box


def _button(box: QMessageBox, role: QMessageBox.ButtonRole):
    return next(b for b in box.buttons() if box.buttonRole(b) == role)


def _first_backup_asks(qtbot, library, ring, tmp_path):
    """A window with a folder chosen and no backup yet; Back up opened the encryption
    dialog's first page."""
    ctx = make_ctx(library, ring)
    ctx.settings.folder_path = str(tmp_path / "dest")
    (tmp_path / "dest").mkdir(exist_ok=True)
    ctx.save()
    w = open_window(qtbot, ctx)
    click(qtbot, w.panel.backup_button)
    return w, wait_dialog(qtbot, w.controller)


# --- 1. leaving the 64-digit key's pages ------------------------------------------------------
def test_escape_or_close_on_the_key_pages_asks_and_stay_keeps_the_key(
        qtbot, demo_library, isolated, tmp_path):
    """Escape on the key's confirmation page closed the dialog and dropped the key the user
    had just written down. Escape, Enter and the window's close button now ask first, "Stay"
    being the default: staying keeps the same key on the same page."""
    w, dlg = _first_backup_asks(qtbot, demo_library, isolated, tmp_path)
    click(qtbot, dlg.choose_key)
    groups = dlg.key_grid.groups()
    assert len(groups) == 16
    for page in ("key", "confirm"):
        if page == "confirm":
            click(qtbot, dlg.next_button)  # "I saved my key"
            assert dlg.stack.currentWidget() is dlg.page_confirm
            chosen = list(dlg.confirm_groups)
            qtbot.keyClicks(dlg.confirm_fields[0], groups[chosen[0]])
        for how in ("escape", "enter", "close"):
            qtbot.wait(100)  # (the keyboard back on the dialog after the last question)
            activate(qtbot, dlg)
            if how == "close":
                dlg.close()  # the window's close button
            else:
                press(qtbot, Qt.Key.Key_Escape)
            box = _leave_box(qtbot, dlg)
            assert box.text() == tr("EncryptionDialog", "Leave without finishing?")
            assert "64" in box.informativeText() and "not be used" in box.informativeText()
            stay = _button(box, QMessageBox.ButtonRole.RejectRole)
            assert box.defaultButton() is stay and box.escapeButton() is stay
            assert stay.text() == tr("EncryptionDialog", "&Stay")
            activate(qtbot, box)
            press(qtbot, Qt.Key.Key_Return if how == "enter" else Qt.Key.Key_Escape)
            qtbot.waitUntil(lambda: dlg.leave_box is None, timeout=5000)
            assert dlg.isVisible(), (page, how)
            assert dlg.key_grid.groups() == groups  # the same key, still there
            if page == "confirm":
                assert dlg.stack.currentWidget() is dlg.page_confirm
                assert dlg.confirm_groups == chosen  # not asked for other groups
                assert dlg.confirm_fields[0].text() == groups[chosen[0]]
    assert not w.controller.running


def test_leaving_the_key_pages_forgets_the_key(qtbot, demo_library, isolated, tmp_path):
    """"Leave" (a deliberate step: its button, not Enter) closes the dialog and forgets the
    key at once: the dialog, its grid and the clipboard (Copy) no longer hold it, no backup
    starts, and the next Back up shows a new key."""
    w, dlg = _first_backup_asks(qtbot, demo_library, isolated, tmp_path)
    click(qtbot, dlg.choose_key)
    groups = dlg.key_grid.groups()
    click(qtbot, dlg.key_grid.copy_button)
    assert QGuiApplication.clipboard().text() == " ".join(groups)
    click(qtbot, dlg.next_button)
    activate(qtbot, dlg)
    press(qtbot, Qt.Key.Key_Escape)
    box = _leave_box(qtbot, dlg)
    leave = _button(box, QMessageBox.ButtonRole.DestructiveRole)
    assert leave.text() == tr("EncryptionDialog", "&Leave")
    click(qtbot, leave)
    qtbot.waitUntil(lambda: w.controller.dialog is None, timeout=5000)
    assert not dlg.isVisible()
    assert dlg._key == b"" and dlg.key_grid.groups() == []
    assert all(c.text() == "····" for c in dlg.key_grid._cells)
    assert QGuiApplication.clipboard().text() == ""
    assert not w.controller.running and not w.ctx.settings.encryption_on
    click(qtbot, w.panel.backup_button)
    again = wait_dialog(qtbot, w.controller)
    click(qtbot, again.choose_key)
    assert again.key_grid.groups() != groups


def test_going_back_from_the_key_to_a_password_drops_the_key(qtbot, demo_library, isolated,
                                                              tmp_path):
    """Back from the key page to "Use a password": the key shown is not used, so the dialog
    does not keep it until it closes (it did)."""
    w, dlg = _first_backup_asks(qtbot, demo_library, isolated, tmp_path)
    click(qtbot, dlg.choose_key)
    assert dlg._key
    click(qtbot, dlg.back_button)
    click(qtbot, dlg.choose_password)
    assert dlg._key == b"" and dlg.key_grid.groups() == []
    # Escape on the password page asks nothing: no secret was shown there.
    activate(qtbot, dlg)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)
    assert dlg.leave_box is None


def test_the_recovery_code_pages_ask_too(qtbot, demo_library, isolated, tmp_path):
    """The key vault's recovery code (shown once) gets the same question, in its own words;
    leaving forgets the code and the password waiting for it."""
    from backupgui.ui.backup.encryption import SETUP, EncryptionDialog

    ctx = make_ctx(demo_library, isolated)
    ctx.settings.vault_url = "https://vault.example.invalid"
    dlg = EncryptionDialog(ctx, SETUP)
    qtbot.addWidget(dlg)
    dlg.show()
    code = bytes(range(32))
    dlg._code = code
    dlg._pending = ctx.password("correct horse battery")
    dlg.recovery_grid.set_key(code)
    dlg._show(dlg.page_recovery)
    for page in ("recovery", "confirm"):
        if page == "confirm":
            click(qtbot, dlg.next_button)  # "I saved my code"
            assert dlg.stack.currentWidget() is dlg.page_confirm
        activate(qtbot, dlg)
        press(qtbot, Qt.Key.Key_Escape)
        box = _leave_box(qtbot, dlg)
        assert "recovery code" in box.informativeText()
        activate(qtbot, box)
        press(qtbot, Qt.Key.Key_Escape)  # stays
        qtbot.waitUntil(lambda: dlg.leave_box is None, timeout=5000)
        assert dlg.isVisible() and dlg.recovery_grid.groups() == format_key(code).split()
    click(qtbot, dlg.cancel_button)  # Cancel asks as well
    box = _leave_box(qtbot, dlg)
    click(qtbot, _button(box, QMessageBox.ButtonRole.DestructiveRole))
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)
    assert dlg.outcome is None
    assert dlg._code == b"" and dlg._pending is None and dlg.recovery_grid.groups() == []


def test_changing_to_a_key_says_the_key_shown_still_opens_the_backup(qtbot, demo_library,
                                                                      isolated):
    """Changing the protection to a 64-digit key shows the backup's own key K, which opens
    the backup whatever protects it: leaving there must not call the paper worthless."""
    from backupgui.ui.backup.encryption import CHANGE, EncryptionDialog

    ctx = make_ctx(demo_library, isolated)
    dlg = EncryptionDialog(ctx, CHANGE, key_mode="password")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg._key = bytes(range(32))  # K, as the unlock page gives it
    dlg._show(dlg.page_choose)
    click(qtbot, dlg.choose_key)
    assert dlg.key_grid.groups() == format_key(bytes(range(32))).split()
    dlg.reject()
    box = _leave_box(qtbot, dlg)
    info = box.informativeText()
    assert "still opens your backups" in info and "not be used" not in info, info
    click(qtbot, _button(box, QMessageBox.ButtonRole.DestructiveRole))
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)
    assert dlg._key == b"" and dlg.outcome is None


def test_the_trays_quit_on_the_key_page_asks_before_dropping_the_key(
        qtbot, demo_library, isolated, tmp_path):
    """The tray's Quit (the window's own shortcuts wait for the dialog) with the key on
    screen: the same question first; *Stay* keeps the app and the key, *Leave* forgets the key
    and quits."""
    w, dlg = _first_backup_asks(qtbot, demo_library, isolated, tmp_path)
    click(qtbot, dlg.choose_key)
    groups = dlg.key_grid.groups()
    quits: list[int] = []
    w.appQuit.connect(lambda: quits.append(1))
    w.quit_app()
    box = _leave_box(qtbot, dlg)
    click(qtbot, _button(box, QMessageBox.ButtonRole.RejectRole))
    qtbot.waitUntil(lambda: dlg.leave_box is None, timeout=5000)
    assert quits == [] and w.isVisible() and dlg.isVisible()
    assert dlg.key_grid.groups() == groups
    w.quit_app()
    box = _leave_box(qtbot, dlg)
    click(qtbot, _button(box, QMessageBox.ButtonRole.DestructiveRole))
    qtbot.waitUntil(lambda: quits == [1], timeout=5000)
    assert dlg._key == b"" and dlg.key_grid.groups() == [] and not w.isVisible()


def test_the_leave_question_is_translated(qtbot, qapp, demo_library, isolated, tmp_path):
    """Arabic: the question, its sentence (the key's length in Arabic digits) and its buttons."""
    from .screens import themed

    with themed(qapp, "ar"):
        w, dlg = _first_backup_asks(qtbot, demo_library, isolated, tmp_path)
        click(qtbot, dlg.choose_key)
        dlg.reject()
        box = _leave_box(qtbot, dlg)
        assert box.text() != "Leave without finishing?"
        assert "٦٤" in box.informativeText() and "64" not in box.informativeText()
        assert {b.text() for b in box.buttons()}.isdisjoint({"&Stay", "&Leave"})
        click(qtbot, _button(box, QMessageBox.ButtonRole.RejectRole))
        qtbot.waitUntil(lambda: dlg.leave_box is None, timeout=5000)
        dlg._leaving = True
        dlg.reject()

