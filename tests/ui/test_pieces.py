"""Smaller pieces: error dialogs, password rules, settings, the reminder, the command line."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtWidgets import QMessageBox

from backupgui import __version__
from backupgui.errors import DestinationError
from backupgui.ui.backup.encryption import SETUP, EncryptionDialog
from backupgui.ui.settings.dialog import SettingsDialog
from backupgui.ui.settings.store import load_settings
from backupgui.ui.tasks import wait_all
from backupgui.ui.widgets import errors as ui_errors
from backupgui.ui.widgets.secret_fields import NewPasswordForm

from .helpers import click, make_ctx, open_window


def test_expected_error_shows_message_and_hint(qtbot):
    ui_errors.show_error(None, DestinationError("The backup folder is not there."))
    box = ui_errors.last_box
    assert "The backup folder is not there." in box.text()
    assert DestinationError.hint in box.informativeText()
    assert not any(b.text() == "Show log" for b in box.buttons())
    assert "Traceback" not in box.text() + box.informativeText()
    box.close()


def test_unexpected_error_offers_the_log(qtbot):
    box = ui_errors.error_box(None, KeyError("internal detail"))
    qtbot.addWidget(box)
    assert "did not expect" in box.text()
    assert any(b.text() == "Show log" for b in box.buttons())
    assert "internal detail" not in box.text() + box.informativeText()


def test_password_rules_live(qtbot):
    form = NewPasswordForm()
    qtbot.addWidget(form)
    qtbot.keyClicks(form.password, "password")
    assert form.rule_length.ok and not form.rule_common.ok and not form.valid
    form.password.clear()
    qtbot.keyClicks(form.password, "a much better passphrase")
    assert form.rule_common.ok and not form.rule_match.ok
    qtbot.keyClicks(form.confirm, "a much better passphrase")
    assert form.valid and form.meter._strength >= 2
    form.wipe()
    assert form.password.text() == "" and form.confirm.text() == ""


def test_setup_dialog_explains_offline_password_without_vault(qtbot, tmp_path, isolated):
    ctx = make_ctx(tmp_path / "lib", isolated)
    dlg = EncryptionDialog(ctx, SETUP)
    qtbot.addWidget(dlg)
    assert dlg.choose_vault.isHidden()
    ctx.settings.vault_url = "https://vault.example.org/"
    dlg2 = EncryptionDialog(ctx, SETUP)
    qtbot.addWidget(dlg2)
    assert not dlg2.choose_vault.isHidden()


def test_settings_dialog_validates_and_saves(qtbot, tmp_path, isolated):
    ctx = make_ctx(tmp_path / "lib", isolated)
    dlg = SettingsDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.folder.setText(str(tmp_path / "dest"))
    dlg.vault.setText("not a url")
    dlg.accept()
    assert not dlg.problems.isHidden() and wait_all(10) and load_settings().folder_path == ""
    dlg.vault.setText("")
    dlg.keep.setValue(5)
    dlg.accept()
    # "dest" does not exist yet: Settings offers to create it (only it), then saves.
    qtbot.waitUntil(lambda: getattr(dlg, "create_box", None) is not None and dlg.create_box.isVisible())
    dlg.create_button.click()
    qtbot.waitUntil(lambda: load_settings().folder_path == str(tmp_path / "dest"))
    assert load_settings().keep == 5 and (tmp_path / "dest").is_dir()


def test_reminder_banner_and_snooze(qtbot, tmp_path, demo_library, isolated):
    ctx = make_ctx(demo_library, isolated)
    ctx.settings.set_id = "ab" * 16
    ctx.settings.key_mode = "password"
    ctx.settings.last_key_check = "2020-01-01T00:00:00Z"
    w = open_window(qtbot, ctx)
    assert w.banner.isVisible()
    later = [b for b in w.banner.findChildren(type(w.panel.backup_button)) if b.text() == "Later"][0]
    click(qtbot, later)
    assert not w.banner.isVisible()
    qtbot.waitUntil(lambda: bool(load_settings().reminder_snoozed_until))  # saved in the background


def test_empty_state_and_samples(qtbot, tmp_path, isolated):
    w = open_window(qtbot, make_ctx(tmp_path / "empty-lib", isolated))
    assert w.stack.currentWidget() is w.empty_page
    assert w.sample_button.isVisible() and w.import_button.isVisible()


def test_version_and_module_entry():
    out = subprocess.run([sys.executable, "-m", "backupgui", "--version"], capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0 and __version__ in out.stdout


def test_close_without_backup_does_not_ask(qtbot, tmp_path, isolated):
    w = open_window(qtbot, make_ctx(tmp_path / "lib", isolated))
    w.close()
    assert not w.isVisible()
    assert not any(isinstance(x, QMessageBox) and x.isVisible() for x in w.findChildren(QMessageBox))


def test_chat_list_sorts_and_filters(qtbot, tmp_path, demo_library, isolated):
    from PySide6.QtCore import Qt

    from backupgui.ui.chats.model import ChatTableModel

    w = open_window(qtbot, make_ctx(demo_library, isolated))
    w.table.sortByColumn(ChatTableModel.MESSAGES, Qt.SortOrder.AscendingOrder)
    counts = [w.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2) for r in range(w.proxy.rowCount())]
    by_id = {c.id: c.message_count for c in w.model.chats()}
    assert [by_id[i] for i in counts] == sorted(by_id.values())
    name = w.model.chat_at(0).name
    qtbot.keyClicks(w.search, name[:3])
    assert 1 <= w.proxy.rowCount() < 4 or name[:3] in "".join(c.name for c in w.model.chats())
    w.select_none.click()
    assert len(w.model.checked_ids()) == 4 - w.proxy.rowCount()
