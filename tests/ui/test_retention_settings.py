"""Retention in the GUI: the Settings say in plain words what a person can go back to (a
year of history by default, only the newest, or custom days, weeks, months and years), save
it, and migrate settings saved before the time rules; the restore wizard's list stays usable
with a year of history (~25 backups, written by the engine at chosen times), in English,
German and Arabic. Each state is grabbed to PNG in the test's folder."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontMetrics

from backupgui.crypto.material import Password
from backupgui.destinations.folder import FolderDestination
from backupgui.device.settings import settings_file
from backupgui.engine import BackupRequest, backup
from backupgui.library.demo import add_demo_messages
from backupgui.library.store import Library
from backupgui.ui import language
from backupgui.ui.restore.wizard import RestoreWizard
from backupgui.ui.settings.dialog import SettingsDialog
from backupgui.ui.settings.store import load_settings
from backupgui.ui.tasks import wait_all

from .conftest import FAST_KDF, MemoryKeyring
from .helpers import click, make_ctx, open_window, submit_restore_password

PASSWORD = "correct horse battery staple"


def _shot(w, tmp_path, name: str) -> None:
    w.grab().toImage().save(str(tmp_path / f"{name}.png"))


def test_settings_say_what_you_can_go_back_to_and_save_it(qtbot, tmp_path, isolated):
    ctx = make_ctx(tmp_path / "lib", isolated)
    dlg = SettingsDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    h = dlg.history
    assert h.choice.currentData() == "recommended" and dlg.keep.value() == 3
    assert h.words.text().startswith("You can go back to any of the last 7 days, 4 weeks, and "
                                     "12 months, and to each of the newest 3 backups.")
    assert all(s.isHidden() for s in h.spins)  # the simple choice: no spin boxes
    _shot(dlg, tmp_path, "1-recommended")
    h.choice.setCurrentIndex(h.choice.findData("none"))
    assert h.rules() == (0, 0, 0, 0)
    assert h.words.text().startswith("You can go back to the newest 3 backups only: a chat "
                                     "deleted by mistake is in none of them once 3 more backups "
                                     "are made.")
    h.choice.setCurrentIndex(h.choice.findData("custom"))
    assert not any(s.isHidden() for s in h.spins)
    h.daily.setValue(14)
    h.yearly.setValue(1)
    dlg.keep.setValue(1)
    assert h.daily.suffix() == " days" and h.yearly.suffix() == " year"
    assert h.words.text().startswith("You can go back to any of the last 14 days and 1 year, "
                                     "and to the newest backup.")
    _shot(dlg, tmp_path, "2-custom")
    dlg.folder.setText(str(tmp_path))
    dlg.accept()
    qtbot.waitUntil(lambda: load_settings().folder_path == str(tmp_path), timeout=10_000)
    assert wait_all(10)
    assert load_settings().keep_rules() == (1, 14, 0, 0, 1)
    # Opened again: custom, as saved.
    dlg2 = SettingsDialog(make_ctx(tmp_path / "lib", isolated))
    qtbot.addWidget(dlg2)
    assert dlg2.history.choice.currentData() == "custom" and dlg2.history.rules() == (14, 0, 0, 1)


def test_settings_saved_before_the_time_rules_migrate(qtbot, tmp_path, isolated):
    """An old settings file (``keep`` and no time rules): at the old default 2 it becomes the
    new default; 5 stays 5, with the time rules' defaults."""
    for old, new in ((2, 3), (5, 5)):
        qs = QSettings(str(settings_file()), QSettings.Format.IniFormat)
        qs.clear()
        qs.setValue("keep", old)
        qs.setValue("device_name", "old laptop")
        qs.sync()
        s = load_settings()
        assert s.keep_rules() == (new, 7, 4, 12, 0) and s.device_name == "old laptop"
        dlg = SettingsDialog(make_ctx(tmp_path / "lib", isolated))
        qtbot.addWidget(dlg)
        assert dlg.keep.value() == new and dlg.history.choice.currentData() == "recommended"


def _a_year_of_history(library, dest_dir) -> list[str]:
    """What the default policy keeps after a year of daily backups, written by the engine at
    those times (days, then weeks, then months back): ids, oldest first."""
    now = datetime.now(UTC).replace(microsecond=0)
    ago = sorted({*range(0, 7), *range(7, 28, 7), *range(30, 365, 30)}, reverse=True)
    pw = Password(PASSWORD, kdf=FAST_KDF)
    dest = FolderDestination(dest_dir)
    ids = []
    for n, days in enumerate(ago):
        with Library(library) as lib:
            add_demo_messages(lib, lib.chat_ids()[n % 3], 1, seed=n)
        when = now - timedelta(days=days, hours=1)
        ids.append(backup(BackupRequest(library, dest, pw, device_name="Maria's laptop",
                                        clock=lambda when=when: when)).snapshot_id)
    return ids


def test_the_restore_list_with_a_year_of_history(qtbot, tmp_path, demo_library, qapp):
    dest_dir = tmp_path / "backups"
    made = _a_year_of_history(demo_library, dest_dir)
    kept = {p.name for p in next((dest_dir / "sets").iterdir()).joinpath("snapshots").iterdir()}
    ids = [i for i in made if i in kept]  # (a 13th month back went)
    assert kept <= set(made) and made[-1] in kept and 20 <= len(ids) <= 26
    for code in ("en", "de", "ar"):
        language.install_language(code, qapp)
        try:
            w = open_window(qtbot, make_ctx(tmp_path / f"new-{code}", MemoryKeyring()))
            wiz: RestoreWizard = submit_restore_password(qtbot, w, dest_dir, PASSWORD)
            qtbot.waitUntil(lambda wiz=wiz: wiz.currentId() == wiz.PAGE_BACKUPS, timeout=60_000)
            tree = wiz.backups_page.tree
            assert tree.topLevelItemCount() == len(ids)
            assert tree.currentItem() is tree.topLevelItem(0)  # the newest, selected
            dates = [tree.topLevelItem(i).text(0) for i in range(len(ids))]
            assert len(set(dates)) == len(dates)  # every backup told apart by its date
            fm = QFontMetrics(tree.font())
            for i in range(len(ids)):  # no date cut off at the wizard's size
                assert fm.horizontalAdvance(dates[i]) <= tree.columnWidth(0), (code, dates[i])
            assert tree.verticalScrollBar().maximum() > 0  # a list that scrolls, not a page
            assert tree.horizontalScrollBar().maximum() == 0  # that grows sideways
            _shot(wiz, tmp_path, f"3-list-{code}")
            # An old one is picked and its chats are read.
            tree.setCurrentItem(tree.topLevelItem(len(ids) - 1))
            click(qtbot, wiz.button(wiz.WizardButton.NextButton))
            qtbot.waitUntil(lambda wiz=wiz: wiz.currentId() == wiz.PAGE_CHATS, timeout=60_000)
            assert wiz.details.snapshot_id == ids[0]
            wiz.reject()
            w.close()
        finally:
            language.install_language("en", qapp)


def test_the_dialog_grows_for_the_custom_rules_and_shrinks_back(qtbot, tmp_path, isolated):
    """The custom rules' four rows make the dialog taller; leaving them makes it as tall as
    it opened again (no empty band under the last group)."""
    dlg = SettingsDialog(make_ctx(tmp_path / "lib", isolated))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    opened = dlg.height()
    choice = dlg.history.choice
    choice.setCurrentIndex(choice.findData("custom"))
    qtbot.waitUntil(lambda: dlg.height() > opened)
    choice.setCurrentIndex(choice.findData("none"))
    qtbot.waitUntil(lambda: dlg.height() == opened)
