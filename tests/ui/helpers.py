"""Helpers that drive the real widgets like a user would."""

from __future__ import annotations

from pathlib import Path

from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt

from backupgui.device.keystore import KeyStore

from .conftest import FAST_KDF


def make_ctx(library_dir: Path, ring: KeyringBackend):
    from backupgui.ui.context import AppContext
    from backupgui.ui.settings.store import load_settings

    return AppContext(library_dir=library_dir, settings=load_settings(),
                      keystore=KeyStore(ring), kdf=FAST_KDF)


def open_window(qtbot, ctx):
    from backupgui.ui.main_window import MainWindow

    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: not w._loading, timeout=10_000)
    qtbot.waitUntil(lambda: w.keystore_status is not None, timeout=10_000)
    return w



def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def sign_in_to_emulator(qtbot, window, root_url: str) -> None:
    """Settings -> Google Drive -> the Drive emulator's address -> Sign in -> OK, as a person
    does (the test's browser fixture walks the consent page)."""
    window.open_settings()
    dlg = window.settings_dialog
    qtbot.waitUntil(dlg.isVisible)
    dlg.drive_radio.setChecked(True)
    dlg.drive.emulator_check.setChecked(True)
    dlg.emulator.setText(root_url)
    click(qtbot, dlg.sign_in)
    qtbot.waitUntil(lambda: "@" in dlg.account.text(), timeout=30_000)
    dlg.accept()


def wait_dialog(qtbot, controller, timeout=10_000):
    qtbot.waitUntil(lambda: controller.dialog is not None and controller.dialog.isVisible(),
                    timeout=timeout)
    return controller.dialog


def set_password_in_dialog(qtbot, dlg, password: str) -> None:
    """Choose 'Use a password' and type it twice, then turn encryption on."""
    click(qtbot, dlg.choose_password)
    assert dlg.stack.currentWidget() is dlg.page_password
    qtbot.keyClicks(dlg.new_password.password, password)
    qtbot.keyClicks(dlg.new_password.confirm, password)
    click(qtbot, dlg.next_button)


def watch_backups(window) -> list[tuple[str, object]]:
    """Collects (kind, payload) of every finished backup; connect before starting one."""
    results: list = []
    window.controller.finished.connect(lambda kind, payload: results.append((kind, payload)))
    return results


def wait_for(qtbot, results: list, n: int = 1, timeout: int = 60_000):
    qtbot.waitUntil(lambda: len(results) >= n, timeout=timeout)
    return results[n - 1]


def restore_to_key_page(qtbot, window, dest_dir):
    """Open the restore wizard on the backup folder ``dest_dir`` and go on to the key page;
    returns the wizard."""
    wiz = window.open_restore()
    qtbot.waitUntil(wiz.isVisible)
    wiz.where_page.folder.setText(str(dest_dir))
    click(qtbot, wiz.button(wiz.WizardButton.NextButton))
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_KEY, timeout=10_000)
    return wiz


def submit_restore_password(qtbot, window, dest_dir, password: str):
    """Open the restore wizard on the backup folder ``dest_dir``, go to the key page, type
    ``password`` and press Next; returns the wizard (the answer is the caller's to wait for)."""
    wiz = restore_to_key_page(qtbot, window, dest_dir)
    nxt = wiz.button(wiz.WizardButton.NextButton)
    qtbot.keyClicks(wiz.key_page.password, password)
    click(qtbot, nxt)
    return wiz


def start_first_backup_held(qtbot, library_dir: Path, tmp_path: Path, ring: KeyringBackend,
                            monkeypatch, password: str,
                            at_phase: str | None = "Reading the backup index"):
    """A window backing up to a new folder destination with a new ``password``: the first
    backup holds itself (``cancel.pause()``) at the progress phase ``at_phase`` (by then its
    set exists), or before anything is made when ``at_phase`` is None, so a click or key press
    comes in time. Returns (window, its results list, the destination folder, the real job)."""
    import threading

    from backupgui.ui.backup import jobs as backup_jobs

    real = backup_jobs.backup
    reached = threading.Event()

    def backup(req, progress, cancel):
        if at_phase is None:
            cancel.pause()
            reached.set()
            cancel.checkpoint()
            return real(req, progress, cancel)

        def spy(p):
            progress(p)
            if p.phase == at_phase and not reached.is_set():
                cancel.pause()
                reached.set()
        return real(req, spy, cancel)

    monkeypatch.setattr(backup_jobs, "backup", backup)
    ctx = make_ctx(library_dir, ring)
    dest = tmp_path / "dest"
    dest.mkdir()
    ctx.settings.folder_path = str(dest)
    w = open_window(qtbot, ctx)
    done = watch_backups(w)
    click(qtbot, w.panel.backup_button)
    set_password_in_dialog(qtbot, wait_dialog(qtbot, w.controller), password)
    qtbot.waitUntil(reached.is_set, timeout=30_000)
    return w, done, dest, real
