"""Keyboard shortcuts (the underlined letter, Alt+letter) are distinct on every screen and in
every menu of the menu bar, in every shipped language: a shared letter makes the second control
need a second press, and a translator cannot see which other texts share the window (a new
user's walkthrough found over 100 such pairs, in every language: docs/GUI.md)."""

from __future__ import annotations

import pytest

from backupgui.i18n import LANGUAGES

from .checks import mnemonic_clashes
from .screens import iter_screens, make_env, themed

#: Every screen ``iter_screens`` shows (the test fails if one goes missing or is renamed).
SCREENS = (
    "main-window", "main-window-reminder", "backup-in-progress", "encryption-choose",
    "encryption-password", "encryption-key", "encryption-key-confirm", "encryption-leave",
    "encryption-choose-vault", "encryption-recovery-code", "encryption-leave-recovery",
    "encryption-unlock-password", "encryption-unlock-key", "encryption-off-password",
    "encryption-turn-off", "encryption-change-password", "encryption-change-choose",
    "encryption-upgrade-vault", "encryption-check-password", "error-dialog",
    "error-destination", "error-unexpected", "backup-warnings", "main-window-retired-key",
    "backup-warnings-retired-key", "retired-key", "retired-key-recovery", "quit-backup", "quit-restore",
    "about", "settings", "settings-drive", "drive-client-help",
    "settings-drive-signed-in", "drive-forget", "create-folder",
    "sign-in-google", "sign-in-failed", "schedule", "history", "import", "import-phone",
    "import-phone-chats", "chat-viewer", "open-attachment",
    "empty-state", "restore-1-where", "restore-1-where-drive-signed-in", "restore-2-key-wrong", "restore-2-key-key",
    "restore-2-key-vault", "restore-3-backups",
    "restore-3-rolled-back", "restore-3-reading", "restore-3-read-failed", "restore-4-chats", "restore-4-no-space", "restore-progress",
    "restore-5-summary",
    "restore-5-summary-forget",
)


@pytest.mark.parametrize("code", [lang.code for lang in LANGUAGES])
def test_no_two_controls_of_a_screen_share_a_keyboard_shortcut(code, qtbot, qapp, tmp_path,
                                                                demo_template):
    problems, seen = [], []
    with themed(qapp, code):
        env = make_env(tmp_path, demo_template)
        for name, window in iter_screens(qtbot, env):
            seen.append(name)
            problems += [f"{name}: {p}" for p in mnemonic_clashes(window)]
    assert seen == list(SCREENS)
    assert problems == [], "\n".join(problems)


def test_the_check_sees_a_message_boxs_buttons(qtbot):
    """Message boxes are screens too (the quit question, Open Settings, Create folder): two of
    their buttons on one letter are found."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, "backupgui", "Stop the backup and quit?")
    qtbot.addWidget(box)
    box.addButton("&Stop backup and quit", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton("&Save a copy", QMessageBox.ButtonRole.AcceptRole)
    box.show()
    qtbot.waitExposed(box)
    assert mnemonic_clashes(box) == ["Alt+s: &Stop backup and quit | &Save a copy"]
