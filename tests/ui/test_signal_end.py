"""The app as a real process ended by SIGTERM (a logout, ``systemctl --user stop``, ``kill``),
SIGHUP and SIGINT while its backup holds its lock in the set (docs/FORMAT.md 10.3): the
backup stops as with Stop, the lock is removed, the settings are saved, the exit code is
128 + the signal. Before, the process ended at once and the lock held other computers'
retention off for 30 minutes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from backupgui.crypto.keys import format_key
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import BackupRequest, backup, list_backups
from backupgui.library.demo import create_demo_library
from tests.signals import as_started_from_a_terminal, signal_and_wait

from ..engine.test_two_computers import KEY

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

ROOT = Path(__file__).resolve().parents[2]

# The real app (``backupgui.app.main``) with the user's keyring replaced by one in memory;
# its Back up button is pressed once the window has loaded, and the backup is held once it
# holds its lock (the config read under the lock) until it is stopped. With a sixth argument,
# a modal window is opened once the lock is held, as the user would: "settings" (the settings
# dialog, window-modal), "quit" (File > Quit's question while a backup runs), "folder" (the
# settings dialog's folder chooser: QFileDialog's own nested event loop); "modal NAME" is
# printed once it is the active modal window.
_HELD_APP = r"""
import sys, threading
sys.path.insert(0, sys.argv[1])
import keyring
from tests.memory_keyring import MemoryKeyring
ring = MemoryKeyring()
keyring.set_keyring(ring)
from backupgui.crypto.keys import parse_key
from backupgui.device.keystore import KeyStore
from backupgui.ui.settings.store import load_settings, save_settings
settings = load_settings()
settings.folder_path, settings.set_id, settings.key_mode = sys.argv[3], sys.argv[4], "key"
save_settings(settings)
assert KeyStore(ring).save(sys.argv[4], parse_key(sys.argv[5]))
from backupgui.engine.repository import Repo
from backupgui.jobs import CancelToken
stopped, locked = threading.Event(), threading.Event()
cancel = CancelToken.cancel
def cancelled(self, *a, **k):
    cancel(self, *a, **k)
    stopped.set()
CancelToken.cancel = cancelled
reread = Repo.reread_config
def held(self, *a, **k):
    reread(self, *a, **k)
    print("locked", flush=True)
    locked.set()
    stopped.wait(600)
Repo.reread_config = held
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from backupgui.ui import main_window
modal = sys.argv[6] if len(sys.argv) > 6 else ""
init = main_window.MainWindow.__init__
def started(self, *a, **k):
    init(self, *a, **k)
    def press():
        if self._loading or not self.panel.backup_button.isEnabled():
            QTimer.singleShot(100, press)
        else:
            self.panel.backup_button.click()
            if modal:
                QTimer.singleShot(50, open_modal)
    def open_modal():
        if not locked.is_set():
            QTimer.singleShot(50, open_modal)
            return
        QTimer.singleShot(50, opened)
        if modal == "quit":
            self.quit_app()
        else:
            dialog = self.open_settings()
            if modal == "folder":
                QTimer.singleShot(0, dialog._browse_folder)  # (returns when its loop ends)
    def opened():
        top = QApplication.activeModalWidget()
        if top is None or (modal == "folder" and type(top).__name__ != "QFileDialog"):
            QTimer.singleShot(50, opened)
        else:
            print("modal", type(top).__name__, flush=True)
    QTimer.singleShot(100, press)
main_window.MainWindow.__init__ = started
from backupgui import app
sys.exit(app.main(["--library", sys.argv[2]]))
"""


#: The window each ``modal`` opens, as the app reports its active modal window.
_MODAL = {"settings": "SettingsDialog", "quit": "QMessageBox", "folder": "QFileDialog"}


def _locks(dest: Path) -> list[Path]:
    return sorted(dest.glob("sets/*/locks/*"))


def _ends_cleanly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sig: int,
                  modal: str = "") -> None:
    """The app, its backup holding its lock (and ``modal`` open), ended by ``sig``: exit
    128 + sig, no lock left, the last backup as it was, the settings saved."""
    lib, dest = tmp_path / "lib", tmp_path / "dest"
    create_demo_library(lib, chats=2, seed=41, media_mb=0.2)
    first = backup(BackupRequest(lib, FolderDestination(dest), KEY, device_name="laptop"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "BACKUPGUI_CONFIG_DIR": str(tmp_path / "config"),
           "XDG_RUNTIME_DIR": str(tmp_path / "run")}  # (its own single-instance socket)
    (tmp_path / "run").mkdir(mode=0o700)
    proc = subprocess.Popen(
        [sys.executable, "-c", _HELD_APP, str(ROOT), str(lib), str(dest), first.set_id,
         format_key(KEY.key), *([modal] if modal else [])],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        start_new_session=True,  # (the test's own Ctrl+C does not reach it)
        preexec_fn=as_started_from_a_terminal)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked", \
            proc.stderr.read() if proc.poll() is not None else ""  # type: ignore[union-attr]
        if modal:
            shown = proc.stdout.readline().split()
            assert shown == ["modal", _MODAL[modal]], \
                proc.stderr.read() if proc.poll() is not None else ""  # type: ignore[union-attr]
        assert len(_locks(dest)) == 1
    except BaseException:
        proc.kill()
        proc.wait()
        raise
    err = signal_and_wait(proc, sig)
    assert proc.returncode == 128 + sig, err[-2000:]
    assert _locks(dest) == []  # no other computer waits 30 minutes
    assert [b.snapshot_id for b in list_backups(FolderDestination(dest))] == [first.snapshot_id]  # kept as it was
    log = (tmp_path / "config" / "logs" / "backupgui.log").read_text(encoding="utf-8")
    assert f"ending on {signal.Signals(sig).name}" in log
    assert f"backupgui exiting ({128 + sig})" in log
    monkeypatch.setenv("BACKUPGUI_CONFIG_DIR", str(tmp_path / "config"))
    from backupgui.ui.settings.store import load_settings

    kept = load_settings()  # the settings file was saved, whole
    assert (kept.folder_path, kept.set_id, kept.key_mode) == (str(dest), first.set_id, "key")


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_signal_stops_the_backup_removes_its_lock_and_saves(tmp_path, monkeypatch, sig) -> None:
    _ends_cleanly(tmp_path, monkeypatch, sig)


@pytest.mark.parametrize("modal", ["settings", "quit", "folder"])
def test_a_signal_while_a_modal_window_is_open_still_ends_cleanly(tmp_path, monkeypatch,
                                                                  modal) -> None:
    """A logout while the settings dialog, Quit's question or a file chooser (a nested event
    loop: the signal is handled inside it) is open: the same clean end, exit 143."""
    _ends_cleanly(tmp_path, monkeypatch, signal.SIGTERM, modal)
