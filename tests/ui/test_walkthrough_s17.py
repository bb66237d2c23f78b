"""The s17 walkthrough (docs/GUI.md): a new user in Hindi, Russian, Arabic or German, with the
keyboard only and a screen reader. Each test here failed before its fix.

Key presses go where a real one goes (the focused widget, ``press``); nothing is clicked.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible, QContextMenuEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QMessageBox

from backupgui.destinations.folder import FolderDestination
from backupgui.engine import list_backups
from backupgui.ui.language import translate_message
from backupgui.ui.restore import wizard as wizard_module
from backupgui.ui.widgets import accessibility
from backupgui.ui.widgets.formatting import joined

from .checks import unnamed
from .conftest import MemoryKeyring
from .helpers import make_ctx, open_window, start_first_backup_held, wait_dialog, wait_for
from .screens import PASSWORD, make_env, themed
from .test_accessibility import activate, press, type_text


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def said() -> list[str]:
    return list(accessibility.recent_announcements)


@pytest.fixture
def screen_reader():
    """QAccessible on, as with a screen reader running (announcements are built and sent);
    the announcements of this test only."""
    accessibility.recent_announcements.clear()
    was = QAccessible.isActive()
    QAccessible.setActive(True)
    yield
    QAccessible.setActive(was)


# --- keyboard: Enter in the quit question ------------------------------------------------------
def test_enter_in_the_quit_question_keeps_the_backup_running(
        qtbot, qapp, demo_library, isolated, tmp_path, monkeypatch, screen_reader):
    """Ctrl+Q during a backup, then Enter (as after any question) stopped the backup and quit:
    Qt made the first button, *Stop backup and quit*, the default. Enter and Escape keep it
    now; the stop has its own access key. In Russian, with the card's progress told to a
    screen reader on the way (the bar's description is the phase and the figures)."""
    with themed(qapp, "ru"):
        w, done, dest, _real = start_first_backup_held(
            qtbot, demo_library, tmp_path, isolated, monkeypatch, PASSWORD,
            at_phase="Encrypting and uploading")
        bar = w.panel.progress.bar
        phase = translate_message("Encrypting and uploading")
        assert phase != "Encrypting and uploading"  # (the Russian file has it)
        qtbot.waitUntil(lambda: w.panel.progress.phase.text() == phase, timeout=10_000)
        described, named = bar.accessibleDescription(), bar.accessibleName()
        activate(qtbot, w)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
            activate(qtbot, w)
            press(qtbot, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
            qtbot.waitUntil(lambda: w.close_box is not None and w.close_box.isVisible(),
                            timeout=5000)
            box = w.close_box
            activate(qtbot, box)
            press(qtbot, key)
            qtbot.waitUntil(lambda: w.close_box is None, timeout=5000)
            assert not w._quit_pending, key
            qtbot.wait(300)  # (a stop would have begun by now)
            assert w.controller.running and w.isVisible() and done == [], key
            assert box.clickedButton().text() == tr("MainWindow", "&Keep backing up")
        # What a screen reader had of the progress: its name, the phase and figures (and the
        # phase said when it began); the focus stays on Pause, which says none of it.
        assert named == tr("ProgressPanel", "Backup progress")
        assert described.startswith(phase + " · ") and described.endswith(
            w.panel.progress.figures.text()[-3:]), described
        assert phase in said()
        # Stopping is still one deliberate step: the box's own access key (Alt+O in Russian:
        # "&Остановить и выйти").
        activate(qtbot, w)
        press(qtbot, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: w.close_box is not None and w.close_box.isVisible(),
                        timeout=5000)
        box = w.close_box
        activate(qtbot, box)
        stop = next(b for b in box.buttons()
                    if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
        assert stop.text() == tr("MainWindow", "&Stop backup and quit")
        stop.setFocus()
        press(qtbot, Qt.Key.Key_Space)
        kind, _ = wait_for(qtbot, done)
        assert kind == "cancelled"
        stopping = tr("ProgressPanel", "Cancelling…")
        assert any(tr("ProgressPanel", "Stopping safely; what was already uploaded is kept "
                      "for the next backup.") == s for s in said()), (stopping, said())
        qtbot.waitUntil(lambda: not w.isVisible(), timeout=10_000)


def test_the_restore_quit_question_defaults_to_keep_restoring(qtbot, demo_library, isolated):
    w = open_window(qtbot, make_ctx(demo_library, isolated))
    box = w.ask_quit("restore")
    qtbot.waitUntil(box.isVisible)
    activate(qtbot, box)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.close_box is None, timeout=5000)
    assert box.clickedButton().text() == "&Keep restoring"
    assert not w._quit_pending and w.isVisible()


# --- keyboard: show the password ----------------------------------------------------------------
@pytest.mark.parametrize("code", ["en", "hi"])
def test_the_password_can_be_shown_with_the_keyboard(code, qtbot, qapp, demo_library, isolated,
                                                     tmp_path):
    """The eye in a password field takes no focus: a keyboard user could not see what they
    typed (a Hindi user typing in Latin mode checks it). Alt+F8 shows and hides it, and the
    field's context menu (the Menu key) has Show password."""
    with themed(qapp, code):
        ctx = make_ctx(demo_library, isolated)
        (tmp_path / "dest").mkdir()
        ctx.settings.folder_path = str(tmp_path / "dest")
        w = open_window(qtbot, ctx)
        activate(qtbot, w)
        press(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
        dlg = wait_dialog(qtbot, w.controller)
        activate(qtbot, dlg)
        dlg.choose_password.setFocus()
        press(qtbot, Qt.Key.Key_Space)  # "Use a password"
        field = dlg.new_password.password
        qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=5000)
        type_text(qtbot, "blue harbour")
        assert field.echoMode() == QLineEdit.EchoMode.Password
        press(qtbot, Qt.Key.Key_F8, Qt.KeyboardModifier.AltModifier)
        assert field.echoMode() == QLineEdit.EchoMode.Normal
        press(qtbot, Qt.Key.Key_F8, Qt.KeyboardModifier.AltModifier)
        assert field.echoMode() == QLineEdit.EchoMode.Password
        # the other field has its own
        press(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dlg.new_password.confirm
        press(qtbot, Qt.Key.Key_F8, Qt.KeyboardModifier.AltModifier)
        assert dlg.new_password.confirm.echoMode() == QLineEdit.EchoMode.Normal
        assert field.echoMode() == QLineEdit.EchoMode.Password
        # the context menu from the keyboard: the event Qt makes of the Menu key (QTest's key
        # events go to the widget, past the window where Qt makes it)
        field = dlg.new_password.confirm
        at = field.cursorRect().center()
        QApplication.sendEvent(field, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, at,
                                                        field.mapToGlobal(at)))
        qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu),
                        timeout=5000)
        menu = QApplication.activePopupWidget()
        texts = [a.text() for a in menu.actions()]
        assert tr("PasswordField", "Hide password") in texts, texts
        menu.close()
        dlg.reject()


# --- screen reader and keyboard: a restore on a new computer, in Arabic ------------------------
@pytest.fixture
def held_restore(monkeypatch):
    """The next restore holds itself (``pause``) once it has written something, so a key
    press comes while it runs."""
    class Trap:
        armed = threading.Event()
        reached = threading.Event()

    real = wizard_module.run_restore

    def run_restore(*args):
        *rest, progress, cancel, accept = args

        def spy(p):
            progress(p)
            if Trap.armed.is_set() and p.done_bytes > 0 and not Trap.reached.is_set():
                cancel.pause()
                Trap.reached.set()
        return real(*rest, spy, cancel, accept)

    monkeypatch.setattr(wizard_module, "run_restore", run_restore)
    return Trap


def _tab_to(qtbot, target, steps: int = 12) -> None:
    for _ in range(steps):
        if QApplication.focusWidget() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is target


def test_keyboard_only_restore_in_arabic_with_a_wrong_password_and_escape(
        qtbot, qapp, tmp_path, demo_template, monkeypatch, screen_reader, held_restore):
    """A new computer, Arabic, keyboard only: find the backup, a wrong password (said at
    once), the right one, the newest backup, the chats, Restore; Escape while it runs. Escape
    closed the wizard there and threw the choices away; it stops the restore as Cancel does
    and the wizard stays (said: "Restore cancelled"); Back, Restore again, and the result is
    said (the focus lands on *Keep backing up*, which says only that). The restore's bar
    was called "Backup progress"."""
    with themed(qapp, "ar"):
        env = make_env(tmp_path, demo_template)
        monkeypatch.setenv("BACKUPGUI_CONFIG_DIR", str(tmp_path / "new-config"))
        w = open_window(qtbot, make_ctx(tmp_path / "new-library", MemoryKeyring()))
        assert w.stack.currentWidget() is w.empty_page
        activate(qtbot, w)
        _tab_to(qtbot, w.restore_button)
        press(qtbot, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: getattr(w, "restore_wizard", None) is not None
                        and w.restore_wizard.isVisible(), timeout=5000)
        wiz = w.restore_wizard
        activate(qtbot, wiz)
        assert wiz.layoutDirection() == Qt.LayoutDirection.RightToLeft
        _tab_to(qtbot, wiz.where_page.folder)
        type_text(qtbot, str(env.dest))
        press(qtbot, Qt.Key.Key_Return)  # "Find backups"
        qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_KEY, timeout=15_000)
        assert unnamed(wiz) == []
        assert QApplication.focusWidget() is wiz.key_page.password
        type_text(qtbot, "not the password")
        press(qtbot, Qt.Key.Key_Return)  # "Unlock"
        error = wiz.key_page.error
        qtbot.waitUntil(error.isVisible, timeout=15_000)
        assert error.text() in said() and not error.text().isascii()
        assert QApplication.focusWidget() is wiz.key_page.password  # to type it again
        press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(qtbot, PASSWORD)
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_BACKUPS, timeout=30_000)
        assert unnamed(wiz) == []
        press(qtbot, Qt.Key.Key_Return)  # the newest backup; Next
        qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_CHATS, timeout=30_000)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is wiz.chats_page.list, timeout=5000)
        assert unnamed(wiz) == []
        held_restore.armed.set()
        press(qtbot, Qt.Key.Key_Return)  # "Restore"
        assert held_restore.reached.wait(30)
        page = wiz.progress_page
        bar = page.panel.bar
        named, described = bar.accessibleName(), bar.accessibleDescription()
        shown = (page.panel.phase.text(), page.panel.figures.text())
        assert unnamed(wiz) == []
        chosen = list(wiz.chats)
        press(qtbot, Qt.Key.Key_Escape)
        qtbot.wait(200)
        assert wiz.isVisible() and wiz.currentId() == wiz.PAGE_PROGRESS
        qtbot.waitUntil(lambda: page.task is None, timeout=30_000)
        cancelled = tr("ProgressPage", "Restore cancelled")
        assert page.panel.phase.text() == cancelled
        assert any(cancelled in s for s in said())
        assert w.model.rowCount() == 0  # nothing restored (rolled back)
        back = wiz.button(wiz.WizardButton.BackButton)
        assert back.isEnabled()
        back.setFocus()
        press(qtbot, Qt.Key.Key_Space)  # Back: the chats, as chosen
        qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_CHATS, timeout=5000)
        assert list(wiz.chats_page.chosen()) == chosen
        assert named == tr("ProgressPage", "Restore progress") != \
            tr("ProgressPanel", "Backup progress")
        assert not named.isascii() and described == joined(shown) and "·" not in described, \
            (described, shown)
        held_restore.armed.clear()
        wiz.chats_page.list.setFocus()
        press(qtbot, Qt.Key.Key_Return)  # "Restore" again
        qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_SUMMARY, timeout=60_000)
        title = tr("SummaryPage", "Your chats are back")
        assert any(s.startswith(title) and "<" not in s for s in said()), said()[-3:]
        assert unnamed(wiz) == []
        press(qtbot, Qt.Key.Key_Return)  # "Done"
        qtbot.waitUntil(lambda: not wiz.isVisible(), timeout=5000)
        qtbot.waitUntil(lambda: w.model.rowCount() == 4, timeout=15_000)
        assert [b.snapshot_id for b in list_backups(FolderDestination(env.dest))]
        w.close()


# --- screen reader: every screen, in the walk's languages ---------------------------------------
def _english_left(code: str) -> set[str]:
    """The source strings the language's file translates to something else (so seeing one of
    them in that language means English was left over), without their access keys."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    import backupgui.i18n

    root = ET.parse(Path(backupgui.i18n.__file__).parent / f"backupgui_{code}.ts").getroot()
    out = set()
    for m in root.iter("message"):
        src, tr_ = m.findtext("source") or "", m.find("translation")
        text = "".join(tr_.itertext()) if tr_ is not None else ""
        if text and text != src and "%" not in src and len(src.split()) >= 2:
            out.add(src.replace("&", ""))
    return out


@pytest.mark.parametrize("code", ["ru", "de"])
def test_every_screen_is_named_described_and_in_the_language(code, qtbot, qapp, tmp_path,
                                                              demo_template):
    """The screens walk (``tests/ui/screens.py``) in Russian and German: every control has an
    accessible name (as en/ar/hi in test_accessibility.py), no accessible name or description
    is a source string left in English, and a progress bar on show says what it shows (its
    description: the phase and the figures; it had none, so a screen reader heard "Backup
    progress, 33 %" and nothing of the bytes, the time left or a network drop)."""
    from PySide6.QtWidgets import QProgressBar, QWidget

    from .screens import iter_screens

    english = _english_left(code)
    problems: list[str] = []
    with themed(qapp, code):
        env = make_env(tmp_path, demo_template)
        for name, window in iter_screens(qtbot, env):
            problems += [f"{name}: {p}" for p in unnamed(window)]
            for w in [window, *window.findChildren(QWidget)]:
                if not w.isVisible() or w.window() is not window:
                    continue
                iface = QAccessible.queryAccessibleInterface(w)
                if iface is None or not iface.isValid():
                    continue
                for kind in (QAccessible.Text.Name, QAccessible.Text.Description):
                    text = iface.text(kind).replace("&", "")
                    if text in english:
                        problems.append(f"{name}: {type(w).__name__} {kind.name} in English: "
                                        f"{text!r}")
                if isinstance(w, QProgressBar) and not w.accessibleDescription():
                    problems.append(f"{name}: progress bar {w.accessibleName()!r} has no "
                                    "description")
    assert problems == [], "\n".join(problems)
