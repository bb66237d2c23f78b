"""The first minutes of a new user on a fresh machine (docs/GUI.md, "s18"): Settings before any
destination is chosen, Google Drive in a build without a Google sign-in of its own, and a
computer without a keyring, through the real widgets."""

from __future__ import annotations

import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QLabel

from backupgui.device.keystore import KeyStore
from backupgui.device.settings import FOLDER, GDRIVE

from .helpers import (
    click,
    make_ctx,
    open_window,
    set_password_in_dialog,
    wait_dialog,
    wait_for,
    watch_backups,
)


@pytest.fixture
def no_builtin_client(monkeypatch):
    """A build without an embedded Google OAuth client and no client in the environment
    (what `pip install .` from a checkout gives)."""
    from backupgui.destinations import google_auth

    monkeypatch.delenv(google_auth.ENV_CLIENT_ID, raising=False)
    monkeypatch.delenv(google_auth.ENV_CLIENT_SECRET, raising=False)
    monkeypatch.setattr(google_auth, "_embedded_client_text", lambda: None)
    assert not google_auth.builtin_client_available()


def _texts(page) -> str:
    return " ".join(lbl.text() for lbl in page.findChildren(QLabel))


def _settings(qtbot, window):
    window.open_settings()
    dlg = window.settings_dialog
    qtbot.waitUntil(dlg.isVisible)
    return dlg


def test_settings_save_before_a_destination_is_chosen(qtbot, tmp_path, demo_library, isolated):
    """A new user opens Settings to change the language or this computer's name before
    choosing where backups go: Save keeps those and leaves the destination unchosen (it said
    "Choose the folder for your backups." and saved nothing)."""
    ctx = make_ctx(demo_library, isolated)
    assert not ctx.settings.destination_configured
    w = open_window(qtbot, ctx)
    dlg = _settings(qtbot, w)
    assert dlg.folder_radio.isChecked() and not dlg.folder.text()
    dlg.device.setText("Maria's laptop")
    dlg.language.setCurrentIndex(dlg.language.findData("de"))
    click(qtbot, dlg.save_button)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5_000)
    assert ctx.settings.device_name == "Maria's laptop"
    assert ctx.settings.language == "de"
    assert not ctx.settings.destination_configured

    from backupgui.ui.settings.store import load_settings

    ctx.flush()  # (settings are written in the background)
    saved = load_settings()
    assert saved.device_name == "Maria's laptop" and saved.language == "de"
    assert saved.destination == FOLDER and saved.folder_path == ""


def test_settings_still_refuse_to_clear_a_chosen_folder(qtbot, tmp_path, demo_library, isolated):
    """Emptying a folder that was chosen is still refused: backups would stop unnoticed."""
    ctx = make_ctx(demo_library, isolated)
    (tmp_path / "dest").mkdir()
    ctx.settings.folder_path = str(tmp_path / "dest")
    ctx.save()
    w = open_window(qtbot, ctx)
    dlg = _settings(qtbot, w)
    dlg.folder.clear()
    click(qtbot, dlg.save_button)
    qtbot.waitUntil(dlg.problems.isVisible, timeout=5_000)
    assert dlg.isVisible()
    assert dlg.problems.text() == "Choose the folder for your backups."
    assert ctx.settings.folder_path == str(tmp_path / "dest")


def test_drive_without_a_client_says_what_to_do_instead_of_sign_in(qtbot, demo_library,
                                                                   isolated, no_builtin_client):
    """Google Drive chosen in a build with no Google sign-in: Sign in… cannot be pressed, so
    Save must not answer "Sign in to Google Drive first"; it names what works."""
    ctx = make_ctx(demo_library, isolated)
    w = open_window(qtbot, ctx)
    dlg = _settings(qtbot, w)
    dlg.drive_radio.setChecked(True)
    assert not dlg.sign_in.isEnabled()
    assert dlg.drive.no_client.isVisible()
    click(qtbot, dlg.save_button)
    qtbot.waitUntil(dlg.problems.isVisible, timeout=5_000)
    text = dlg.problems.text()
    assert "Sign in to Google Drive first" not in text
    assert text == ("This copy of backupgui cannot sign in to Google Drive by itself: use your "
                    "own Google Cloud client or the Drive emulator (above), or choose a folder.")
    assert ctx.settings.destination != GDRIVE
    # With the Drive emulator chosen, signing in is possible: the usual sentence.
    dlg.drive.emulator_check.setChecked(True)
    assert dlg.sign_in.isEnabled()
    click(qtbot, dlg.save_button)
    qtbot.waitUntil(dlg.problems.isVisible, timeout=5_000)
    assert dlg.problems.text() == "Sign in to Google Drive first, or choose a folder."


def test_drive_problem_is_translated(qtbot, qapp, demo_library, isolated, no_builtin_client):
    from backupgui.ui import language

    language.install_language("ar", qapp)
    try:
        ctx = make_ctx(demo_library, isolated)
        w = open_window(qtbot, ctx)
        dlg = _settings(qtbot, w)
        dlg.drive_radio.setChecked(True)
        click(qtbot, dlg.save_button)
        qtbot.waitUntil(dlg.problems.isVisible, timeout=5_000)
        text = dlg.problems.text()
        assert text and "This copy" not in text and "Google Drive" in text
    finally:
        language.install_language("en", qapp)


def test_without_a_keyring_the_dialog_says_each_backup_asks(qtbot, tmp_path, demo_library,
                                                            isolated):
    """No keyring service (a fresh minimal system): the card says each backup asks for the
    password; the encryption dialog said the opposite ("This computer keeps the backup key in
    its keyring, so later backups run without asking"). It now says what happens - and the
    second backup does ask."""
    ctx = make_ctx(demo_library, isolated)
    ctx.keystore = KeyStore(fail.Keyring())
    (tmp_path / "dest").mkdir()
    ctx.settings.folder_path = str(tmp_path / "dest")
    ctx.save()
    w = open_window(qtbot, ctx)
    assert w.keystore_status is not None and not w.keystore_status.available
    done = watch_backups(w)
    click(qtbot, w.panel.backup_button)
    dlg = wait_dialog(qtbot, w.controller)
    choice = _texts(dlg.page_choose)
    assert "keyring, so later backups run without asking" not in choice
    assert ("This computer has no keyring, so each backup asks for your password or key."
            in choice)
    click(qtbot, dlg.choose_password)
    sub = dlg.page_password.subtitle.text()
    assert "you will not be asked for it at every backup" not in sub
    assert sub == ("You will need this password to restore your chats on a new computer. "
                   "This computer has no keyring, so each backup asks for it too.")
    dlg.stack.setCurrentWidget(dlg.page_choose)
    set_password_in_dialog(qtbot, dlg, "correct horse battery staple")
    kind, outcome = wait_for(qtbot, done)
    assert kind == "ok", outcome

    # The second backup asks, as both screens said.
    click(qtbot, w.panel.backup_button)
    dlg2 = wait_dialog(qtbot, w.controller)
    assert dlg2.mode == "unlock"
    dlg2.reject()


def test_with_a_keyring_the_dialog_still_says_the_key_is_kept(qtbot, tmp_path, demo_library,
                                                              isolated):
    ctx = make_ctx(demo_library, isolated)
    (tmp_path / "dest").mkdir()
    ctx.settings.folder_path = str(tmp_path / "dest")
    ctx.save()
    w = open_window(qtbot, ctx)
    assert w.keystore_status.available
    click(qtbot, w.panel.backup_button)
    dlg = wait_dialog(qtbot, w.controller)
    choice = _texts(dlg.page_choose)
    assert "This computer keeps the backup key in its keyring" in choice
    click(qtbot, dlg.choose_password)
    assert "you will not be asked for it at every backup" in dlg.page_password.subtitle.text()
    dlg.reject()
