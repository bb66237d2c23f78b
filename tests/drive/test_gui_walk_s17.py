"""The s17 walk (docs/GUI.md) on Google Drive, in Hindi, Russian, Arabic and German: sign in
to the Drive emulator from Settings, the first backup with a password while Drive drops out,
then a restore on a new computer (fresh config, keyring and library) with a wrong password
first. What a screen reader has on the way is checked: the network drop is said once (not at
every attempt), the progress bar carries what the card shows, errors are said, every control
has a name; and no English is left on the screens walked.

Set ``BACKUPGUI_WALK_SHOTS`` to a folder to keep each screen as ``<step>-<lang>.png``.
"""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible

from backupgui.library.demo import create_demo_library
from backupgui.services.drive_emulator import Fault
from backupgui.ui.widgets import accessibility
from tests.drive.test_gui_drive import gui  # noqa: F401 - the fixture
from tests.memory_keyring import MemoryKeyring

PASSWORD = "drive backup password 7"


def _shot(widget, step: str, code: str) -> None:
    folder = os.environ.get("BACKUPGUI_WALK_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{step}-{code}.png"))


@pytest.mark.parametrize("code", ["hi", "ru", "ar", "de"])
def test_drive_walk_in_a_language(code, qtbot, qapp, emulator, tmp_path, gui, monkeypatch):  # noqa: F811
    from backupgui.ui.language import translate_message
    from tests.ui.checks import overflows, unnamed
    from tests.ui.helpers import (
        click,
        make_ctx,
        open_window,
        set_password_in_dialog,
        sign_in_to_emulator,
        wait_dialog,
        wait_for,
        watch_backups,
    )
    from tests.ui.screens import settle, themed

    ring, _browser = gui
    accessibility.recent_announcements.clear()
    was_active = QAccessible.isActive()
    QAccessible.setActive(True)  # as with a screen reader running
    try:
        with themed(qapp, code):
            create_demo_library(tmp_path / "lib", chats=3, seed=61, media_mb=1.5)
            w = open_window(qtbot, make_ctx(tmp_path / "lib", ring))
            sign_in_to_emulator(qtbot, w, emulator.root_url)
            emulator.add_faults(Fault("slow", match="upload", count=1000, delay=0.5))
            done = watch_backups(w)
            click(qtbot, w.panel.backup_button)
            set_password_in_dialog(qtbot, wait_dialog(qtbot, w.controller), PASSWORD)
            progress = w.panel.progress
            uploading = translate_message("Uploading")
            qtbot.waitUntil(lambda: done or progress.phase.text() == uploading, timeout=60_000)
            assert not done
            # A network drop: every request reset until it is cleared.
            emulator.faults.clear()
            emulator.add_faults(Fault("reset-request", match="any", count=100_000, cut=0.1))
            drop = QCoreApplication.translate(
                "ProgressPanel", "Google Drive cannot be reached: check the internet "
                "connection. Trying again (attempt %1 of %2)…")
            head = drop.split("%")[0]
            assert head and not head.isascii()  # (translated)
            qtbot.waitUntil(lambda: progress.figures.text().startswith(head), timeout=30_000)
            first = progress.figures.text()
            qtbot.waitUntil(lambda: progress.figures.text() != first, timeout=60_000)  # next try
            settle(qtbot)
            _shot(w, "s17-drive-drop", code)
            assert overflows(w) == [] and unnamed(w) == []
            assert progress.bar.accessibleDescription().endswith(progress.figures.text())
            drops = [s for s in accessibility.recent_announcements if s.startswith(head)]
            assert drops == [first], drops  # said once, when the drop began
            emulator.faults.clear()
            kind, outcome = wait_for(qtbot, done, timeout=120_000)
            assert kind == "ok", outcome
            settle(qtbot)
            _shot(w, "s17-drive-done", code)
            assert overflows(w) == [] and unnamed(w) == []
            w.close()

            # A new computer: its own config, keyring and empty library.
            monkeypatch.setenv("BACKUPGUI_CONFIG_DIR", str(tmp_path / "new-config"))
            new_ring = MemoryKeyring()
            keyring.set_keyring(new_ring)
            w2 = open_window(qtbot, make_ctx(tmp_path / "new-library", new_ring))
            wiz = w2.open_restore()
            qtbot.waitUntil(wiz.isVisible)
            where = wiz.where_page
            where.drive_radio.setChecked(True)
            where.drive.emulator_check.setChecked(True)
            where.drive.emulator.setText(emulator.root_url)
            click(qtbot, where.sign_in)
            qtbot.waitUntil(lambda: bool(where.drive.account), timeout=30_000)
            settle(qtbot)
            _shot(wiz, "s17-restore-drive", code)
            assert overflows(wiz) == [] and unnamed(wiz) == []
            click(qtbot, wiz.button(wiz.WizardButton.NextButton))
            qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_KEY, timeout=30_000)
            qtbot.keyClicks(wiz.key_page.password, "not the password")
            click(qtbot, wiz.button(wiz.WizardButton.NextButton))
            error = wiz.key_page.error
            qtbot.waitUntil(error.isVisible, timeout=30_000)
            settle(qtbot)
            _shot(wiz, "s17-restore-wrong-password", code)
            assert error.text() in accessibility.recent_announcements
            assert overflows(wiz) == [] and unnamed(wiz) == []
            wiz.key_page.password.clear()
            qtbot.keyClicks(wiz.key_page.password, PASSWORD)
            click(qtbot, wiz.button(wiz.WizardButton.NextButton))
            qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_BACKUPS, timeout=30_000)
            click(qtbot, wiz.button(wiz.WizardButton.NextButton))
            qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_CHATS, timeout=30_000)
            settle(qtbot)
            _shot(wiz, "s17-restore-chats", code)
            assert overflows(wiz) == [] and unnamed(wiz) == []
            click(qtbot, wiz.button(wiz.WizardButton.NextButton))
            qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_SUMMARY, timeout=120_000)
            settle(qtbot)
            _shot(wiz, "s17-restore-summary", code)
            assert overflows(wiz) == [] and unnamed(wiz) == []
            title = QCoreApplication.translate("SummaryPage", "Your chats are back")
            assert any(s.startswith(title) for s in accessibility.recent_announcements)
            wiz.reject()
            w2.close()
    finally:
        QAccessible.setActive(was_active)
