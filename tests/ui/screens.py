"""Every main screen of the app, built with real widgets and real data, one after the other.

``iter_screens`` yields ``(name, window)`` with the window shown and in the state a user sees;
the overflow, accessibility and language tests walk them in every language. The data: the demo
library, a folder backup of it protected by a password, and an empty library for the
"new computer" (restore wizard).
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from backupgui.crypto.material import Password
from backupgui.destinations.folder import FolderDestination
from backupgui.device.settings import now_iso
from backupgui.engine import BackupRequest, backup
from backupgui.errors import WrongKeyError
from backupgui.jobs import Progress

from .conftest import FAST_KDF, MemoryKeyring
from .helpers import make_ctx, open_window

PASSWORD = "correct horse 42"
PHONE_KEY = bytes(range(32))
FIXTURES = Path(__file__).parent.parent / "library" / "importers" / "fixtures"


@dataclass
class Env:
    root: Path
    library: Path
    dest: Path
    ring: MemoryKeyring
    set_id: str
    backup_bytes: int


def make_env(root: Path, demo_template: Path) -> Env:
    """A copy of the demo library and a password-protected folder backup of it."""
    lib = root / "library"
    shutil.copytree(demo_template, lib)
    dest = root / "Backups"
    res = backup(BackupRequest(lib, FolderDestination(dest), Password(PASSWORD, kdf=FAST_KDF),
                               device_name="Maria's laptop"))
    return Env(root, lib, dest, MemoryKeyring(), res.set_id, res.media_bytes + res.text_bytes)


def _phone_backup(root: Path) -> Path:
    """A WhatsApp Android backup (msgstore.db.crypt15, key ``PHONE_KEY``) of two chats."""
    from tests.library.whatsapp_db import encoder
    from tests.library.whatsapp_db.conftest import build_android

    enc = root / "phone" / "msgstore.db.crypt15"
    if not enc.exists():
        enc.parent.mkdir(exist_ok=True)
        db = build_android(root / "phone" / "msgstore.db", "current")
        enc.write_bytes(encoder.encrypt_crypt15(db.read_bytes(), PHONE_KEY))
        db.unlink()
    return enc


def _ctx(env: Env, library: Path, *, configured: bool):
    ctx = make_ctx(library, env.ring)
    s = ctx.settings
    s.device_name = "Maria's laptop"
    if configured:
        s.folder_path = str(env.dest)
        s.set_id, s.key_mode = env.set_id, "password"
        s.last_backup_time, s.last_backup_bytes, s.last_backup_result = \
            now_iso(), env.backup_bytes, "ok"
        s.last_key_check = now_iso()
    else:
        s.folder_path = ""
    return ctx


def settle(qtbot, ms: int = 30) -> None:
    """Let layouts and style polish run (no timing assumptions: just process events)."""
    QApplication.processEvents()
    qtbot.wait(ms)
    QApplication.processEvents()


def iter_screens(qtbot, env: Env, *, with_restore: bool = True) -> Iterator[tuple[str, QWidget]]:
    """The main screens, in order: each is shown and settled when yielded."""
    from backupgui.ui.backup.encryption import (
        CHANGE,
        CHECK,
        SETUP,
        TURN_OFF,
        UNLOCK,
        UPGRADE,
        EncryptionDialog,
    )
    from backupgui.ui.chats.import_dialog import ImportDialog
    from backupgui.ui.settings.dialog import SettingsDialog
    from backupgui.ui.settings.schedule import ScheduleDialog
    from backupgui.ui.widgets import errors as ui_errors

    ctx = _ctx(env, env.library, configured=True)
    win = open_window(qtbot, ctx)
    win.table.selectRow(1)
    settle(qtbot)
    yield "main-window", win

    win.banner.show()
    settle(qtbot)
    yield "main-window-reminder", win
    win.banner.hide()

    win.panel.set_running(True)
    p = win.panel.progress
    p.rate.add(0, time.monotonic() - 4)
    p.rate.add(412_000_000, time.monotonic())
    p.show_progress(Progress("Encrypting and uploading", 412_000_000, 1_260_000_000,
                             "IMG-20240612-WA0031.jpg"))
    settle(qtbot)
    yield "backup-in-progress", win
    win.panel.set_running(False)

    dlg = EncryptionDialog(ctx, SETUP, parent=win)
    qtbot.addWidget(dlg)
    dlg.show()
    settle(qtbot)
    yield "encryption-choose", dlg
    dlg.choose_password.click()
    dlg.new_password.password.setText("blue-harbour-7-lanterns")
    dlg.new_password.confirm.setText("blue-harbour-7-lantern")
    settle(qtbot)
    yield "encryption-password", dlg
    dlg.new_password.wipe()
    dlg._back()
    dlg.choose_key.click()
    settle(qtbot)
    yield "encryption-key", dlg
    dlg.next_button.click()
    settle(qtbot)
    yield "encryption-key-confirm", dlg
    dlg.reject()  # Escape, the close button, Cancel: asks before the key is dropped
    settle(qtbot)
    yield "encryption-leave", dlg.leave_box
    _leave(dlg)
    # with a key vault: its choice, and a folder backup's recovery code (docs/VAULT.md 1.6)
    ctx.settings.vault_url = "https://vault.example.org/"
    dlg = EncryptionDialog(ctx, SETUP, parent=win)
    qtbot.addWidget(dlg)
    dlg.show()
    settle(qtbot)
    yield "encryption-choose-vault", dlg
    dlg.recovery_grid.set_key(bytes(range(32)))
    dlg._show(dlg.page_recovery)
    settle(qtbot)
    yield "encryption-recovery-code", dlg
    dlg.reject()
    settle(qtbot)
    yield "encryption-leave-recovery", dlg.leave_box
    _leave(dlg)
    ctx.settings.vault_url = ""
    for mode, key_mode in ((UNLOCK, "password"), (UNLOCK, "key"), (TURN_OFF, "password"),
                           (CHANGE, "password"), (UPGRADE, "vault"), (CHECK, "password")):
        d = EncryptionDialog(ctx, mode, key_mode=key_mode, parent=win,
                             **({"account": "device"} if mode == UPGRADE else {}))
        qtbot.addWidget(d)
        d.show()
        settle(qtbot)
        yield f"encryption-{mode}-{key_mode}", d
        if mode == TURN_OFF:
            d._show(d.page_off)
            settle(qtbot)
            yield "encryption-turn-off", d
        if mode == CHANGE:  # the choices, with "New password and new backup key"
            d._show(d.page_choose)
            settle(qtbot)
            yield "encryption-change-choose", d
        d.reject()

    ui_errors.show_error(win, WrongKeyError(
        "The password is not correct for this backup."), "Cannot unlock the backup")
    box = ui_errors.last_box
    settle(qtbot)
    yield "error-dialog", box
    box.close()

    # The other message boxes the app shows (their buttons' letters too).
    from backupgui.destinations.folder import _MISSING_HINT
    from backupgui.errors import DestinationError

    win.controller._show_error(DestinationError("The backup folder disappeared.",
                                                hint=_MISSING_HINT),
                               win.controller.tr("The backup did not finish"))  # Open Settings
    box = ui_errors.last_box
    settle(qtbot)
    yield "error-destination", box
    box.close()
    ui_errors.show_error(win, RuntimeError("an unexpected failure"))  # with "Show log"
    box = ui_errors.last_box
    settle(qtbot)
    yield "error-unexpected", box
    box.close()
    win._show_backup_warnings([f"A media file is missing from the library (IMG-{i}.jpg)."
                               for i in range(7)])  # more than five: "Show Details…"
    box = win.findChild(QMessageBox, "backup-warnings")
    settle(qtbot)
    yield "backup-warnings", box
    box.close()
    # A retired set's key still at its vault: the card's line, the warning with the action,
    # and Delete the old key… (with the recovery code the vault may ask for).
    from backupgui.engine.vaultretire import retired_record_message
    from backupgui.ui.backup.retired import RetiredKeyDialog

    win.panel.show_retired(["vault.example.org"])
    settle(qtbot)
    yield "main-window-retired-key", win
    win._show_backup_warnings([retired_record_message(
        "3f" * 16, "vault.example.org", interrupted=True)])
    box = next(b for b in win.findChildren(QMessageBox, "backup-warnings") if b.isVisible())
    settle(qtbot)
    yield "backup-warnings-retired-key", box
    box.close()
    rk = RetiredKeyDialog(ctx, ["vault.example.org"], win)
    qtbot.addWidget(rk)
    rk.show()
    settle(qtbot)
    yield "retired-key", rk
    rk.code_label.show()
    rk.code.show()
    rk._say(rk.error, rk.tr("This computer cannot use the key vault on its own. Enter the "
                            "recovery code you saved when you set up the key vault, with the "
                            "old password."))
    settle(qtbot)
    yield "retired-key-recovery", rk
    rk.reject()
    win.panel.show_retired([])
    for job in ("backup", "restore"):
        box = win.ask_quit(job)
        settle(qtbot)
        yield f"quit-{job}", box
        box.reject()
    win._about()
    box = win.about_box
    settle(qtbot)
    yield "about", box
    box.close()

    sd = SettingsDialog(ctx, win)
    qtbot.addWidget(sd)
    sd.show()
    other = "de" if QLocale().name() != "de_DE" else "ar"
    sd.language.setCurrentIndex(sd.language.findData(other))  # "… after you restart it"
    settle(qtbot)
    yield "settings", sd
    sd.drive_radio.setChecked(True)  # Google Drive in a build without a built-in client
    settle(qtbot)
    yield "settings-drive", sd
    sd.drive.show_help()  # "Your own Google Cloud client"
    box = sd.drive.help_box
    settle(qtbot)
    yield "drive-client-help", box
    box.close()
    sd.drive._signed_in("user@example.com", True)  # as the sign-in dialog leaves it
    settle(qtbot)
    yield "settings-drive-signed-in", sd
    sd.drive.confirm_forget()  # "Forget this account on this computer"
    box = sd.drive.forget_box
    settle(qtbot)
    yield "drive-forget", box
    box.reject()
    sd.folder_radio.setChecked(True)
    sd._offer_to_create(SimpleNamespace(folder_path=str(env.root / "New backups")))
    settle(qtbot)
    yield "create-folder", sd.create_box
    sd.create_box.reject()
    sd.reject()

    import time as clock

    from backupgui.destinations.google_auth import SignInError
    from backupgui.ui.settings import sign_in as sign_in_ui
    from backupgui.ui.settings.destinations import DestinationSpec

    sid = sign_in_ui.SignInDialog(DestinationSpec("gdrive"), win)  # its browser step
    qtbot.addWidget(sid)
    sid.show()
    sid._deadline = clock.monotonic() + 287
    sid._tick()
    sid.link.setText("https://accounts.google.com/o/oauth2/auth?response_type=code&client_id="
                     "1234-example.apps.googleusercontent.com&scope=drive.appdata")
    sid._clock.stop()
    settle(qtbot)
    yield "sign-in-google", sid
    sid._failed(SignInError(
        "The Google sign-in did not finish within 5 minutes.",
        hint="Try again. If no browser window opened, copy the sign-in link into your browser."))
    settle(qtbot)
    yield "sign-in-failed", sid
    sid.reject()

    from backupgui.automation.schedule import ScheduleConfig

    sched = ScheduleDialog(ScheduleConfig(), win)
    qtbot.addWidget(sched)
    sched.show()
    settle(qtbot)
    yield "schedule", sched
    sched.reject()

    from datetime import UTC, datetime, timedelta

    from backupgui.automation.history import History, HistoryEntry
    from backupgui.ui.automation.history_view import HistoryDialog

    history = History(env.root / f"history-{QLocale().name()}.jsonl")
    now = datetime.now(UTC)
    history.append(HistoryEntry(now - timedelta(days=1), "scheduled", "ok", size=16_200_000,
                                uploaded=1_400_000, duration_s=95.0))
    history.append(HistoryEntry(now - timedelta(hours=2), "manual", "failed", duration_s=3.0,
                                reason="The password is not correct for this backup."))
    history.append(HistoryEntry(now, "catch-up", "skipped", code="metered", reason=(
        "The connection is metered (for example a mobile hotspot), and backups on metered "
        "connections are off.")))
    hist = HistoryDialog(history, win)
    qtbot.addWidget(hist)
    hist.show()
    qtbot.waitUntil(lambda: hist.model.rowCount() == 3, timeout=10_000)
    settle(qtbot)
    yield "history", hist
    hist.reject()

    imp = ImportDialog(env.root / "import-library", [], win)
    qtbot.addWidget(imp)
    imp.show()
    imp.set_path(str(FIXTURES / "WhatsApp Chat with Ana García.txt"))
    qtbot.waitUntil(lambda: imp.preview is not None or imp.error.isVisible(), timeout=15_000)
    settle(qtbot)
    yield "import", imp
    imp.reject()

    from backupgui.ui.chats.phone_import import PhoneImportDialog

    phone = PhoneImportDialog(env.root / "import-library", win)
    qtbot.addWidget(phone)
    phone.show()
    settle(qtbot)
    yield "import-phone", phone
    # Its chat list, once a phone backup is opened (an Android crypt15 and its key).
    phone.set_path(str(_phone_backup(env.root)))
    qtbot.waitUntil(lambda: phone.kind == "android", timeout=10_000)
    phone.key_field.setText(PHONE_KEY.hex())
    phone.start_preview()
    qtbot.waitUntil(lambda: phone.task is None and (phone.preview is not None
                                                     or phone.error.isVisible()), timeout=20_000)
    assert phone.preview is not None, phone.error.text()
    settle(qtbot)
    yield "import-phone-chats", phone
    phone.reject()

    chat_id = max(win.model.chats(), key=lambda c: (c.kind == "group", c.media_count)).id
    viewer = win.open_chat(chat_id)
    qtbot.waitUntil(lambda: viewer.model.rowCount() > 0, timeout=15_000)
    settle(qtbot, 100)
    yield "chat-viewer", viewer
    from backupgui.library.attachments import Opening

    viewer._offer_save(Opening(env.root / "contract.docx", None, "contract.docx"))
    box = viewer.findChild(QMessageBox, "saveAttachment")
    settle(qtbot)
    yield "open-attachment", box
    box.reject()
    viewer.close()

    if with_restore:
        ctx2 = _ctx(env, env.root / f"new-computer-{QLocale().name()}", configured=False)
        win2 = open_window(qtbot, ctx2)
        settle(qtbot)
        yield "empty-state", win2
        wiz = win2.open_restore()
        wiz.where_page.folder.setText(str(env.dest))
        settle(qtbot)
        yield "restore-1-where", wiz
        # Signed in to Google Drive right there (the emulator): Use another account… and
        # Forget this account on this computer beside the page's own controls.
        where = wiz.where_page
        where.drive_radio.setChecked(True)
        where.drive.emulator_check.setChecked(True)
        where.drive._signed_in("maria.lopez@example.com", True)
        settle(qtbot)
        assert where.drive.forget_button.isVisible()
        yield "restore-1-where-drive-signed-in", wiz
        where.drive._forget_account()
        where.drive.emulator_check.setChecked(False)
        where.folder_radio.setChecked(True)
        settle(qtbot)
        wiz.next()  # the key comes before the list of backups
        qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_KEY, timeout=15_000)
        wiz.key_page.password.setText("not the password")
        wiz.next()
        qtbot.waitUntil(lambda: wiz.key_page.error.isVisible(), timeout=15_000)
        settle(qtbot)
        yield "restore-2-key-wrong", wiz
        from dataclasses import replace

        found = wiz.backups  # the same page for a set kept with a key, or with a key vault
        for mode, extra in (("key", {}), ("vault", {
                "vault_account": "device", "vault_url": "https://vault.example.org",
                "vault_key": "q3Vh2aBd9kPq1mZ0XyT4cR7sW8eL5nJ6gF2hK1oI9uA"})):
            wiz.backups = [replace(b, key_mode=mode, **extra) for b in found]
            wiz.key_page.initializePage()
            settle(qtbot)
            yield f"restore-2-key-{mode}", wiz
        wiz.backups = found
        wiz.key_page.initializePage()
        wiz.key_page.password.setText(PASSWORD)
        wiz.next()
        qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_BACKUPS, timeout=15_000)
        settle(qtbot)
        yield "restore-3-backups", wiz
        was = wiz.unlocked.rolled_back  # a destination that lost newer backups: the warning
        wiz.unlocked.rolled_back = True
        wiz.backups_page.initializePage()
        settle(qtbot)
        yield "restore-3-rolled-back", wiz
        wiz.unlocked.rolled_back = was
        wiz.backups_page.initializePage()
        # Reading the picked backup's chats (held mid-read: a real read of a folder backup
        # ends before it can be drawn), then a read that failed.
        page = wiz.backups_page
        page.tree.setEnabled(False)
        page.loading.start(page.tr("Reading the chats in this backup…"))
        page.loading.show_progress(Progress("Reading the backup's chat list", 5_200_000,
                                            13_400_000))
        page.loading.show()
        wiz.button(wiz.WizardButton.NextButton).setEnabled(False)  # as while a read runs
        settle(qtbot)
        yield "restore-3-reading", wiz
        page.loading.hide()
        page.tree.setEnabled(True)
        page.completeChanged.emit()  # (Next again)
        from backupgui.errors import DamagedBackupError

        page.step_failed(DamagedBackupError(
            "The backup is damaged: manifest 20240612T093100.000Z-3f2a9c1e is larger than the "
            "format allows."))
        settle(qtbot)
        yield "restore-3-read-failed", wiz
        wiz.backups_page.initializePage()
        wiz.next()
        qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_CHATS, timeout=15_000)
        settle(qtbot)
        yield "restore-4-chats", wiz
        # A disk short of space: the engine refuses before it writes (its check is
        # tests/ui/test_restore_space.py, on a real small disk); here its answer, as shown.
        from backupgui.errors import NotEnoughSpaceError
        from backupgui.ui.restore import wizard as wizard_module

        real_restore = wizard_module.run_restore

        def short_of_space(*_args, **_kw):
            raise NotEnoughSpaceError("Not enough free space to restore: about 2.5 GB needed, "
                                      "1.1 GB free on the library's disk. Nothing was changed.",
                                      needed=2_480_000_000, free=1_120_000_000)

        wizard_module.run_restore = short_of_space
        try:
            wiz.next()
            qtbot.waitUntil(lambda: wiz.progress_page.task is None, timeout=15_000)
        finally:
            wizard_module.run_restore = real_restore
        settle(qtbot)
        assert wiz.button(wiz.WizardButton.BackButton).isEnabled()
        yield "restore-4-no-space", wiz
        wiz.back()
        qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_CHATS, timeout=15_000)
        wiz.next()
        # Held at once (the panel still says it runs): the page as a long restore shows it.
        wiz.progress_page.task.pause()
        wiz.progress_page.panel.show_progress(Progress("Restoring media", 41_000_000, 126_000_000,
                                                       "IMG-20240612-WA0031.jpg"))
        settle(qtbot)
        assert wiz.currentId() == wiz.PAGE_PROGRESS and wiz.progress_page.task is not None
        # (Back was enabled during a restore: back, then Next, started a second one)
        assert not wiz.button(wiz.WizardButton.BackButton).isEnabled()
        yield "restore-progress", wiz
        wiz.progress_page.task.resume()
        qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_SUMMARY, timeout=60_000)
        settle(qtbot)
        yield "restore-5-summary", wiz
        # Restored from Google Drive on a computer that is not the user's: Keep backing up
        # unticked, the sign-in still here, Forget offered (the state as a Drive restore
        # leaves it; the Drive part itself is tests/drive/test_gui_restore_walk_s15.py).
        from dataclasses import replace as _replace

        folder_spec, box = wiz.spec, wiz.where_page.drive
        wiz.spec = _replace(folder_spec, kind="gdrive", account="maria.lopez@example.com")
        box.account = wiz.spec.account
        wiz.summary_page.keep.setChecked(False)
        wiz.summary_page._show_account()
        settle(qtbot)
        assert wiz.summary_page.forget.isVisible()
        yield "restore-5-summary-forget", wiz
        box.account, wiz.spec = "", folder_spec
        wiz.reject()
        win2.close()
    win.close()
    QCoreApplication.processEvents()


def _leave(dlg) -> None:
    """*Leave* in the encryption dialog's question (its key or code is dropped)."""
    from PySide6.QtWidgets import QMessageBox

    box = dlg.leave_box
    next(b for b in box.buttons()
         if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole).click()
    QCoreApplication.processEvents()


class themed:  # noqa: N801 - a context manager used like a function
    """Run with the app's look (Fusion, palette, style sheet) in a language and a text size,
    then put the test application back as it was."""

    def __init__(self, app, code: str = "en", *, scale: float = 1.0, dark: bool = False) -> None:
        self.app, self.code, self.scale, self.dark = app, code, scale, dark

    def __enter__(self):
        import os

        from PySide6.QtGui import QFont

        from backupgui.ui.language import install_language
        from backupgui.ui.widgets.style import apply_theme

        self._env = os.environ.get("BACKUPGUI_THEME")
        os.environ["BACKUPGUI_THEME"] = "dark" if self.dark else "light"
        self._font = QFont(self.app.font())
        self._style = self.app.style().name()
        self._palette = self.app.palette()
        if self.scale != 1.0:
            big = QFont(self._font)
            big.setPointSizeF(self._font.pointSizeF() * self.scale)
            self.app.setFont(big)
        install_language(self.code, self.app)
        apply_theme(self.app)
        return self

    def __exit__(self, *exc) -> None:
        import os

        from backupgui.ui.language import install_language

        watcher = self.app.property("backupgui_font_watcher")
        if watcher is not None:
            watcher.stop()
        self.app.setStyleSheet("")
        self.app.setFont(self._font)
        self.app.setStyle(self._style)
        self.app.setPalette(self._palette)
        install_language("en", self.app)
        if self._env is None:
            os.environ.pop("BACKUPGUI_THEME", None)
        else:
            os.environ["BACKUPGUI_THEME"] = self._env
