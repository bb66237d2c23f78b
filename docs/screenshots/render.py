"""Render the main screens offscreen into PNGs next to this file.

    python docs/screenshots/render.py            # light theme, 100 %
    python docs/screenshots/render.py --dark     # adds *-dark.png
    python docs/screenshots/render.py --scale 2  # adds *@2x.png (200 % scaling)
    python docs/screenshots/render.py --lang ar  # the main screens in a language: *-ar.png

Uses a throw-away demo library, settings dir and an in-memory keyring; never touches yours.
"""

from __future__ import annotations

import argparse
import atexit
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dark", action="store_true")
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--out", type=Path, default=HERE)
    ap.add_argument("--lang", default="", help="render the main screens in this language "
                    "(pt_BR, hi, ar, …) into *-LANG.png; default: all screens in English")
    args = ap.parse_args()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["BACKUPGUI_THEME"] = "dark" if args.dark else "light"
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    tmp = Path(tempfile.mkdtemp(prefix="backupgui-shots-"))
    atexit.register(shutil.rmtree, tmp, True)  # (its libraries and config: scratch only)
    os.environ["BACKUPGUI_CONFIG_DIR"] = str(tmp / "config")
    sys.path.insert(0, str(HERE.parents[1]))

    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.d: dict = {}

        def get_password(self, s, u):
            return self.d.get((s, u))

        def set_password(self, s, u, p):
            self.d[(s, u)] = p

        def delete_password(self, s, u):
            self.d.pop((s, u), None)

    ring = MemoryKeyring()
    keyring.set_keyring(ring)

    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    import backupgui.ui  # noqa: F401 - PySide6 workaround first
    from backupgui.crypto.keys import KdfParams
    from backupgui.crypto.material import Password
    from backupgui.destinations.folder import FolderDestination
    from backupgui.device.keystore import KeyStore
    from backupgui.device.settings import now_iso
    from backupgui.engine import BackupRequest, backup
    from backupgui.errors import WrongKeyError
    from backupgui.jobs import Progress
    from backupgui.library.demo import create_demo_library
    from backupgui.ui.context import AppContext
    from backupgui.ui.settings.store import load_settings
    from backupgui.ui.widgets.style import apply_theme

    app = QApplication([])
    if args.dark:
        QGuiApplication.styleHints().setColorScheme(Qt.ColorScheme.Dark)
    else:
        QGuiApplication.styleHints().setColorScheme(Qt.ColorScheme.Light)
    from backupgui.ui.language import install_language

    install_language(args.lang or "en", app)
    apply_theme(app)
    suffix = ("-dark" if args.dark else "") + ("@2x" if args.scale != 1.0 else "") + \
        (f"-{args.lang}" if args.lang else "")
    #: With --lang, only these (the window, the encryption dialog, the Drive account, the restore
    #: wizard, a chat).
    in_language = {"main-window", "backup-in-progress", "quit-backup", "encryption-choose",
                   "encryption-password", "encryption-key", "encryption-leave",
                   "settings-drive-signed-in", "drive-forget",
                   "restore-1-where", "restore-2-key-wrong", "restore-3-backups", "restore-3-reading",
                   "restore-3-read-failed", "restore-4-chats", "restore-4-no-space", "restore-5-summary",
                   "restore-5-summary-forget",
                   "chat-viewer"}
    out = args.out
    out.mkdir(parents=True, exist_ok=True)

    def pump(seconds: float = 0.3) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            QCoreApplication.processEvents()
            time.sleep(0.01)

    def wait(cond, timeout: float = 30.0) -> None:
        end = time.monotonic() + timeout
        while not cond():
            if time.monotonic() > end:
                raise TimeoutError("the screen did not reach the expected state")
            pump(0.05)

    def shot(w: QWidget, name: str) -> None:
        if args.lang and name not in in_language:
            return
        pump(0.2)
        path = out / f"{name}{suffix}.png"
        w.grab().save(str(path))
        print("wrote", path.relative_to(out.parent.parent) if out == HERE else path)

    fast = KdfParams(memory_kib=1024, iterations=1, lanes=1)
    lib_dir = tmp / "library"
    create_demo_library(lib_dir, chats=12, seed=1, media_mb=12)
    dest_dir = tmp / "Backups"
    req = BackupRequest(lib_dir, FolderDestination(dest_dir), Password("correct horse 42", kdf=fast),
                        device_name="Maria's laptop")
    backup(req)
    from backupgui.library.demo import add_demo_messages
    from backupgui.library.store import Library

    with Library(lib_dir) as lib:
        add_demo_messages(lib, lib.list_chats()[0].id, 30, seed=9, with_photo=True)
    time.sleep(2.2)  # two backups a little apart, as in life
    res = backup(req)
    ctx = AppContext(lib_dir, load_settings(), KeyStore(ring), kdf=fast)
    s = ctx.settings
    s.folder_path = str(dest_dir)
    s.set_id, s.key_mode = res.set_id, "password"
    s.last_backup_time, s.last_backup_bytes, s.last_backup_result = now_iso(), \
        res.media_bytes + res.text_bytes, "ok"
    s.last_key_check = now_iso()
    s.device_name = "Maria's laptop"
    ctx.save()

    from backupgui.ui.main_window import MainWindow

    win = MainWindow(ctx)
    win.resize(1140, 720)
    win.show()
    wait(lambda: not win._loading and win.keystore_status is not None)
    win.table.selectRow(1)
    shot(win, "main-window")

    # backup in progress
    win.panel.set_running(True)
    p = win.panel.progress
    p.rate.add(0, time.monotonic() - 4)
    p.rate.add(412_000_000, time.monotonic())
    p.show_progress(Progress("Encrypting and uploading", 412_000_000, 1_260_000_000,
                             "IMG-20240612-WA0031.jpg"))
    shot(win, "backup-in-progress")
    # Ctrl+Q meanwhile: the question, with Keep backing up as the default (Enter keeps it)
    box = win.ask_quit("backup")
    shot(box, "quit-backup")
    box.done(0)
    win.panel.set_running(False)

    # encryption dialog
    from backupgui.ui.backup.encryption import SETUP, EncryptionDialog

    dlg = EncryptionDialog(ctx, SETUP, parent=win)
    dlg.show()
    shot(dlg, "encryption-choose")
    dlg.choose_password.click()
    dlg.new_password.password.setText("blue-harbour-7-lanterns")
    dlg.new_password.confirm.setText("blue-harbour-7-lantern")
    shot(dlg, "encryption-password")
    dlg.new_password.wipe()
    dlg._back()
    dlg.choose_key.click()
    shot(dlg, "encryption-key")
    dlg.next_button.click()
    shot(dlg, "encryption-key-confirm")
    dlg.reject()  # Escape: "Leave without finishing?", Stay the default
    shot(dlg.leave_box, "encryption-leave")
    next(b for b in dlg.leave_box.buttons()
         if dlg.leave_box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole).click()
    # with a key vault, a folder backup shows its recovery code once (docs/VAULT.md 1.6)
    s.vault_url = "https://vault.example.org/"
    dlg = EncryptionDialog(ctx, SETUP, parent=win)
    dlg.show()
    dlg.choose_vault.click()
    dlg.new_password.password.setText("blue-harbour-7-lanterns")
    dlg.new_password.confirm.setText("blue-harbour-7-lanterns")
    dlg.next_button.click()
    shot(dlg, "encryption-recovery-code")
    dlg._leaving = True  # (the question was shown above for the key)
    dlg.reject()
    s.vault_url = ""
    # changing the protection offers a new key too (after a suspected leak)
    from backupgui.ui.backup.encryption import CHANGE, UPGRADE

    dlg = EncryptionDialog(ctx, CHANGE, parent=win)
    dlg.show()
    dlg._key = b"\x00" * 32
    dlg._show(dlg.page_choose)
    shot(dlg, "encryption-change-choose")
    dlg.reject()
    # a key vault record from before account binding: the app binds it (password once)
    dlg = EncryptionDialog(ctx, UPGRADE, key_mode="vault", account="device", parent=win)
    dlg.show()
    shot(dlg, "encryption-vault-upgrade")
    dlg.reject()

    # error dialog
    from backupgui.ui.widgets import errors as ui_errors

    ui_errors.show_error(win, WrongKeyError("The password is not correct for this backup."),
                         "Cannot unlock the backup")
    box = ui_errors.last_box
    shot(box, "error-dialog")
    box.close()

    # settings
    from backupgui.ui.settings import sign_in as sign_in_ui
    from backupgui.ui.settings.dialog import SettingsDialog

    sd = SettingsDialog(ctx, win)
    sd.show()
    shot(sd, "settings")
    # Google Drive in a build without a built-in client: the way out is on the screen.
    sd.drive_radio.setChecked(True)
    shot(sd, "settings-drive")
    # Signed in: the account, Use another account…, Forget this account (and its question).
    sd.drive._signed_in("maria@example.com", True)
    shot(sd, "settings-drive-signed-in")
    sd.drive.confirm_forget()
    shot(sd.drive.forget_box, "drive-forget")
    sd.drive.forget_box.reject()
    sd.reject()

    # the browser step of signing in to Google Drive
    sign_in_ui.open_url = lambda _url: True  # no browser here
    from backupgui.ui.settings.destinations import DestinationSpec

    sid = sign_in_ui.SignInDialog(DestinationSpec("gdrive"), win)
    sid.show()
    sid._deadline = time.monotonic() + 287
    sid._tick()
    sid._got_url(Progress("url", item=(
        "https://accounts.google.com/o/oauth2/auth?response_type=code&client_id=1234-example"
        ".apps.googleusercontent.com&redirect_uri=http%3A%2F%2F127.0.0.1%3A40123%2F&scope=https"
        "%3A%2F%2Fwww.googleapis.com%2Fauth%2Fdrive.appdata&state=Xq2&code_challenge=4Tk&"
        "code_challenge_method=S256&prompt=consent&access_type=offline")))
    shot(sid, "sign-in-google")
    sid.close()

    # chat viewer
    from backupgui.ui.chats.viewer import PAGE

    chat_id = max(win.model.chats(), key=lambda c: (c.kind == "group", c.media_count)).id
    # A photo near the middle of the chat, brought in as a followed quote brings its message
    # (one page around it): paging the whole chat in from the newest took longer than the
    # wait allows on a busy machine (each page in front lays the rows out again).
    with Library(lib_dir) as lib:
        everything = [m for off in range(0, next(c.message_count for c in lib.list_chats()
                                                 if c.id == chat_id), PAGE)
                      for m in lib.messages(chat_id, limit=PAGE, offset=off)]
    photos = [m for m in everything if any(r.kind == "image" for r in m.media)]
    goal = photos[len(photos) // 2] if photos else everything[min(40, len(everything) - 1)]
    viewer = win.open_chat(chat_id)
    wait(lambda: viewer.model.rowCount() > 0)
    viewer.model.go_to(goal)
    wait(lambda: viewer.model.row_of(goal.id) is not None and not viewer.model._fetching)
    pump(0.5)
    viewer.model.set_highlighted(None)  # (a followed quote's message is lit a moment: not here)
    target = viewer.model.row_of(goal.id) or 0
    viewer._stick_to_end = False
    viewer.view.setCurrentIndex(viewer.model.index(viewer.model.rowCount() - 1))
    viewer.view.scrollTo(viewer.model.index(max(0, target - 3)),
                         viewer.view.ScrollHint.PositionAtTop)
    pump(1.5)
    shot(viewer, "chat-viewer")
    viewer.close()

    # empty state (a new computer)
    ctx2 = AppContext(tmp / "empty-library", load_settings(), KeyStore(MemoryKeyring()), kdf=fast)
    ctx2.settings.folder_path = ""
    win2 = MainWindow(ctx2)
    win2.resize(1140, 720)
    win2.show()
    wait(lambda: not win2._loading and win2.keystore_status is not None)
    shot(win2, "empty-state")

    # restore wizard: where, the key (it reveals what each backup holds), the backups, chats
    wiz = win2.open_restore()
    wiz.where_page.folder.setText(str(dest_dir))
    shot(wiz, "restore-1-where")
    wiz.next()
    wait(lambda: wiz.currentId() == wiz.PAGE_KEY)
    wiz.key_page.password.setText("not the password")
    wiz.next()
    wait(lambda: wiz.key_page.error.isVisible())
    shot(wiz, "restore-2-key-wrong")
    wiz.key_page.password.setText("correct horse 42")
    wiz.next()
    wait(lambda: wiz.currentId() == wiz.PAGE_BACKUPS)
    shot(wiz, "restore-3-backups")
    # Reading the picked backup's chats (held mid-read: a folder's read ends before it can
    # be drawn), then a read that failed: both stay on the list.
    page = wiz.backups_page
    page.tree.setEnabled(False)
    page.loading.start(page.tr("Reading the chats in this backup…"))
    page.loading.show_progress(Progress("Reading the backup's chat list", 5_200_000, 13_400_000))
    page.loading.show()
    wiz.button(wiz.WizardButton.NextButton).setEnabled(False)  # as while a read runs
    shot(wiz, "restore-3-reading")
    page.loading.hide()
    page.tree.setEnabled(True)
    page.completeChanged.emit()  # (Next again)
    from backupgui.errors import DamagedBackupError

    page.step_failed(DamagedBackupError(
        "The backup is damaged: manifest 20261203T081500.000Z-0a1b2c3d is larger than the "
        "format allows."))
    shot(wiz, "restore-3-read-failed")
    page.initializePage()
    wiz.next()
    wait(lambda: wiz.currentId() == wiz.PAGE_CHATS)
    shot(wiz, "restore-4-chats")
    # The library's disk short of space (the engine's answer, as the wizard shows it).
    from backupgui.errors import NotEnoughSpaceError
    from backupgui.ui.restore import wizard as wizard_module

    real_restore = wizard_module.run_restore

    def short_of_space(*_args, **_kw):
        raise NotEnoughSpaceError("Not enough free space to restore: about 2.5 GB needed, "
                                  "1.1 GB free on the library's disk. Nothing was changed.",
                                  needed=2_480_000_000, free=1_120_000_000)

    wizard_module.run_restore = short_of_space
    real_library = wiz.ctx.library_dir  # (the page names it: a usual one, not the demo's)
    wiz.ctx.library_dir = Path("/home/maria/.local/share/backupgui/library")
    try:
        wiz.next()
        wait(lambda: wiz.progress_page.task is None)
    finally:
        wizard_module.run_restore = real_restore
    shot(wiz, "restore-4-no-space")
    wiz.ctx.library_dir = real_library
    wiz.back()
    wait(lambda: wiz.currentId() == wiz.PAGE_CHATS)
    wiz.next()
    wait(lambda: wiz.currentId() == wiz.PAGE_SUMMARY, 60)
    shot(wiz, "restore-5-summary")
    # The same summary after a restore from Google Drive on a computer that is not the
    # user's: Keep backing up unticked, the sign-in still here, Forget offered.
    from dataclasses import replace as _replace

    wiz.spec = _replace(wiz.spec, kind="gdrive", account="maria.lopez@example.com")
    wiz.where_page.drive.account = wiz.spec.account
    wiz.summary_page.keep.setChecked(False)
    wiz.summary_page._show_account()
    shot(wiz, "restore-5-summary-forget")
    wiz.where_page.drive.account = ""
    wiz.reject()

    # a vault-mode backup naming a key vault this computer has not used: the confirmation
    # (display only: nothing is sent before the box is ticked)
    from datetime import UTC, datetime

    from backupgui.engine import BackupInfo

    wiz = win2.open_restore()
    wiz.backups = [BackupInfo("20261203T081500Z-0a1b2c3d", "ab" * 16,
                              datetime(2026, 12, 3, 8, 15, tzinfo=UTC), "vault", 1 << 20, True,
                              "device", "https://vault.example.org",
                              "q3Vh2aBd9kPq1mZ0XyT4cR7sW8eL5nJ6gF2hK1oI9uA")]
    wiz.where_page._passed = True
    wiz.next()
    wait(lambda: wiz.currentId() == wiz.PAGE_KEY)
    wiz.resize(wiz.width(), max(wiz.height(), wiz.sizeHint().height()))
    shot(wiz, "restore-2-key-vault-confirm")
    wiz.reject()

    # import from the phone's own WhatsApp backup (a generated msgstore.db.crypt15)
    from backupgui.ui.chats.phone_import import PhoneImportDialog
    from tests.library.whatsapp_db import encoder
    from tests.library.whatsapp_db.conftest import build_android, write_contacts, write_media

    phone = tmp / "Phone" / "WhatsApp"
    (phone / "Databases").mkdir(parents=True)
    store = build_android(tmp / "msgstore.db", "current")
    root = bytes.fromhex("3f0a9c4e" * 8)
    crypt = phone / "Databases" / "msgstore.db.crypt15"
    crypt.write_bytes(encoder.encrypt_crypt15(store.read_bytes(), root))
    pd = PhoneImportDialog(tmp / "phone-library", win)
    pd.resize(720, 600)
    pd.show()
    pd.set_path(str(crypt))
    wait(lambda: pd.kind is not None)
    pd.key_field.setText(" ".join(root.hex()[i:i + 4] for i in range(0, 64, 4)))
    pd.media_edit.setText(str(write_media(phone / "Media")))
    pd.contacts_edit.setText(str(write_contacts(phone / "Databases" / "wa.db")))
    pd.start_preview()
    wait(lambda: pd.task is None and pd.preview is not None)
    shot(pd, "phone-import")
    pd.reject()
    win2.close()
    win.close()
    from backupgui.ui.tasks import wait_all

    wait_all(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
