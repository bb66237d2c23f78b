"""The app wiring: a real scheduled backup with the key from the keyring, the password
notification without a keyring, close to tray, manual runs in the history, the dialogs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from keyring.backends import fail
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMainWindow

from backupgui.automation.history import History, HistoryEntry
from backupgui.automation.schedule import ScheduleConfig
from backupgui.crypto.keys import generate_key
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.device.keystore import KeyStore
from backupgui.device.settings import AppSettings
from backupgui.engine import BackupRequest, backup, list_backups
from backupgui.library.demo import create_demo_library
from backupgui.ui.automation.autobackup import AutoBackup, scheduled_job_factory
from backupgui.ui.automation.history_view import HistoryDialog
from backupgui.ui.automation.scheduler import Scheduler
from backupgui.ui.automation.tray import Tray
from backupgui.ui.context import AppContext
from backupgui.ui.settings.schedule import ScheduleDialog, ScheduleSettings
from tests.memory_keyring import MemoryKeyring

pytestmark = pytest.mark.usefixtures("drain")


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    root = tmp_path_factory.mktemp("lib") / "library"
    create_demo_library(root, chats=3, seed=5, media_mb=1)
    return root


@pytest.fixture
def backed_up(tmp_path, library):
    """A library with one backup made with a 64-digit key, and the key in a keyring."""
    key = generate_key()
    dest_dir = tmp_path / "dest"
    dest = FolderDestination(dest_dir)
    r = backup(BackupRequest(library, dest, RawKey(key)))
    dest.close()
    store = KeyStore(MemoryKeyring())
    assert store.save(r.set_id, key)
    s = AppSettings(folder_path=str(dest_dir), set_id=r.set_id, key_mode="key")
    return AppContext(library_dir=library, settings=s, keystore=store), dest_dir


def _scheduler(ctx, history, **kw) -> Scheduler:
    cfg = ScheduleConfig(frequency="daily", notify_success=True)
    return Scheduler(cfg, scheduled_job_factory(ctx), history=history, tick_s=3600,
                     catch_up_delay=timedelta(0), **kw)


def test_scheduled_backup_uses_the_key_in_the_keyring(qtbot, tmp_path, backed_up):
    ctx, dest_dir = backed_up
    s = _scheduler(ctx, History(tmp_path / "h.jsonl"))
    done, notes = [], []
    s.runFinished.connect(done.append)
    s.notify.connect(notes.append)
    s.start([])
    assert s.run_now()
    qtbot.waitUntil(lambda: bool(done), timeout=30000)
    assert done[0].result == "ok", done[0].reason
    assert done[0].size > 0 and done[0].snapshot
    assert len(list_backups(FolderDestination(dest_dir))) == 2
    assert [n.kind for n in notes] == ["success"]


def test_without_a_keyring_the_run_says_it_needs_the_password(qtbot, tmp_path, backed_up):
    ctx, _ = backed_up
    ctx.keystore = KeyStore(fail.Keyring())
    s = _scheduler(ctx, History(tmp_path / "h.jsonl"))
    done, notes = [], []
    s.runFinished.connect(done.append)
    s.notify.connect(notes.append)
    s.start([])
    s.run_now()
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    assert (done[0].result, done[0].code) == ("failed", "password-needed")
    assert [n.kind for n in notes] == ["password"]
    assert "keyring" in notes[0].message and "password" in notes[0].message


def test_not_configured_is_reported_before_any_thread(qtbot, tmp_path, library):
    ctx = AppContext(library_dir=library, settings=AppSettings(),
                     keystore=KeyStore(fail.Keyring()))
    s = _scheduler(ctx, History(tmp_path / "h.jsonl"))
    notes, done = [], []
    s.notify.connect(notes.append)
    s.runFinished.connect(done.append)
    s.start([])
    s.run_now()
    assert notes and notes[0].kind == "failure" and "destination" in notes[0].message
    assert done[0].code == "not-configured"  # an automatic run would not retry this


# --- the window -------------------------------------------------------------------------------
class FakeController(QObject):
    started = Signal()
    finished = Signal(str, object)
    busyChanged = Signal(bool)
    busy = False


class FakeWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.controller = FakeController()
        self.backup_action = self.menuBar().addMenu("&Backup").addAction("&Back up now")


@dataclass
class _R:
    media_bytes: int = 10
    text_bytes: int = 5
    uploaded_bytes: int = 3
    duration_s: float = 1.0
    snapshot_id: str = "s9"


@dataclass
class _Outcome:
    result: _R


@pytest.fixture
def auto(qtbot, tmp_path, monkeypatch, backed_up):
    monkeypatch.setattr(Tray, "available", staticmethod(lambda: True))
    ctx, _ = backed_up
    w = FakeWindow()
    qtbot.addWidget(w)
    history = History(tmp_path / "h.jsonl")
    s = _scheduler(ctx, history)
    a = AutoBackup(QApplication.instance(), w, ctx, config=ScheduleConfig(frequency="daily"),
                   history=history, scheduler=s)
    a.start()
    qtbot.waitUntil(lambda: s.started, timeout=5000)
    yield a
    a.tray.hide()
    QApplication.instance().setQuitOnLastWindowClosed(True)


def test_close_hides_to_tray_when_a_schedule_is_on(qtbot, auto):
    w = auto.window
    w.show()
    qtbot.waitExposed(w)
    w.close()
    assert not w.isVisible() and auto.keeps_running()
    assert auto.tray.shown and "tray" in auto.tray.shown[-1].message
    assert auto.next_label.text().startswith("Next backup:")
    auto.tray.show_action.trigger()
    assert w.isVisible()


def test_schedule_and_history_are_in_the_backup_menu(qtbot, auto):
    from PySide6.QtWidgets import QMenu

    # The menu bar's menu that holds the schedule action (QAction.menu() of PySide6 6.9, the
    # Qt the installers ship, hands back an already deleted wrapper here).
    menus = [m for m in auto.window.menuBar().findChildren(QMenu)
             if auto.schedule_action in m.actions()]
    assert len(menus) == 1
    menu = menus[0]
    assert menu.menuAction() in auto.window.menuBar().actions()
    texts = [a.text() for a in menu.actions()]
    assert "Backup &schedule…" in texts and "Backup &history…" in texts
    auto.schedule_action.trigger()
    auto.history_action.trigger()
    assert len(auto._dialogs) == 2
    for d in list(auto._dialogs):
        d.close()


def test_close_quits_normally_without_a_schedule(qtbot, auto):
    auto.apply_config(ScheduleConfig(frequency="manual"))
    w = auto.window
    w.show()
    qtbot.waitExposed(w)
    assert w.close() and not w.isVisible()


def test_quit_from_tray_closes_the_window(qtbot, auto, monkeypatch):
    quits = []
    monkeypatch.setattr(auto.app, "quit", lambda: quits.append(1))
    auto.window.hide()
    auto.tray.quit_action.trigger()
    assert quits == [1] and not auto.window.isVisible()


def test_manual_runs_of_the_window_go_into_the_history(qtbot, auto):
    c = auto.window.controller
    c.started.emit()
    c.finished.emit("ok", _Outcome(_R()))
    qtbot.waitUntil(lambda: len(auto.history.load()) == 1, timeout=5000)
    e = auto.history.load()[0]
    assert (e.trigger, e.result, e.size, e.snapshot) == ("manual", "ok", 15, "s9")
    assert auto.scheduler.state.last_success == e.time


# --- dialogs ----------------------------------------------------------------------------------
def test_schedule_settings_round_trip(qtbot):
    cfg = ScheduleConfig(frequency="monthly", at="21:30", day_of_month=31, allow_metered=True,
                         min_battery=35, notify_success=True)
    w = ScheduleSettings(cfg)
    qtbot.addWidget(w)
    now = datetime(2024, 5, 1, tzinfo=UTC)
    assert w.config(now) == cfg  # unchanged schedule keeps ``since``
    assert w.weekday.isHidden() and not w.day.isHidden()
    w.frequency.setCurrentIndex(w.frequency.findData("weekly"))
    w.weekday.setCurrentIndex(2)
    got = w.config(now)
    assert (got.frequency, got.weekday, got.at, got.since_time) == ("weekly", 2, "21:30", now)
    assert got.allow_metered and got.min_battery == 35
    w.frequency.setCurrentIndex(w.frequency.findData("manual"))
    assert w.time.isHidden() and w.metered.isHidden()


def test_schedule_dialog_saves_in_the_background(qtbot, isolated_config):
    dlg = ScheduleDialog(ScheduleConfig())
    qtbot.addWidget(dlg)
    dlg.editor.frequency.setCurrentIndex(dlg.editor.frequency.findData("daily"))
    with qtbot.waitSignal(dlg.saved, timeout=5000) as sig:
        dlg.save()
    assert sig.args[0].frequency == "daily"
    assert '"frequency": "daily"' in (isolated_config / "schedule.json").read_text()


def test_history_dialog_lists_runs_newest_first(qtbot, tmp_path):
    h = History(tmp_path / "h.jsonl")
    t = datetime(2024, 5, 1, 2, tzinfo=UTC)
    h.append(HistoryEntry(t, "scheduled", "ok", size=2048, uploaded=1024, duration_s=75))
    h.append(HistoryEntry(t + timedelta(days=1), "catch-up", "skipped", reason="Metered."))
    dlg = HistoryDialog(h)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.model.rowCount() == 2, timeout=5000)
    m = dlg.model
    assert m.index(0, m.RESULT).data() == "Skipped" and m.index(0, m.REASON).data() == "Metered."
    assert m.index(1, m.TRIGGER).data() == "Schedule"
    assert m.index(1, m.DURATION).data() == "1 min 15 s"
    assert "uploaded" in m.index(1, m.REASON).data()


def test_a_destroyed_window_ends_its_automatic_backups(qtbot, tmp_path, monkeypatch, backed_up):
    """The AutoBackup is the application's child, not the window's: before, a window deleted
    left its scheduler armed (found in the tests: its status went to the window's deleted
    label). Now the window's destruction stops the scheduler, hides the tray icon and deletes
    the AutoBackup; closing the window (to the tray) does none of this."""
    import shiboken6

    monkeypatch.setattr(Tray, "available", staticmethod(lambda: True))
    ctx, _ = backed_up
    w = FakeWindow()
    s = _scheduler(ctx, History(tmp_path / "h.jsonl"))
    a = AutoBackup(QApplication.instance(), w, ctx, config=ScheduleConfig(frequency="daily"),
                   history=s.history, scheduler=s)
    a.start()
    qtbot.waitUntil(lambda: s.started, timeout=5000)
    w.show()
    w.close()  # to the tray: scheduling goes on
    assert s.started and s._timer.isActive() and a.tray.icon.isVisible()
    gone: list[int] = []
    a.destroyed.connect(lambda *_a: gone.append(1))
    shiboken6.delete(w)  # (as deleteLater does, at once)
    assert not s.started and not s._timer.isActive() and not a.tray.icon.isVisible()
    s.tick()  # a tick already on its way changes nothing visible and raises nothing
    qtbot.waitUntil(lambda: gone == [1], timeout=5000)
    assert not QApplication.instance().findChildren(AutoBackup)
    QApplication.instance().setQuitOnLastWindowClosed(True)


def test_the_leak_check_sees_a_scheduler_or_an_autobackup_left_alive(qtbot, tmp_path, backed_up):
    # (the check every Qt test of tests/ui and tests/schedule ends with: tests/qt_leaks.py)
    from tests.qt_leaks import leaked_automation

    ctx, _ = backed_up
    s = _scheduler(ctx, History(tmp_path / "h.jsonl"))
    s.start([])
    assert [x for x in leaked_automation() if "Scheduler still scheduling" in x]
    s.stop()
    assert leaked_automation() == []
    a = AutoBackup(QApplication.instance(), None, ctx, config=ScheduleConfig(),
                   history=s.history, scheduler=_scheduler(ctx, s.history))
    assert [x for x in leaked_automation() if "an AutoBackup" in x]
    a.close()
    assert leaked_automation() == []


@pytest.mark.parametrize("gone", ["escape", "deleted"])
def test_a_schedule_dialog_gone_while_saving_still_tells_the_scheduler(
        qtbot, auto, isolated_config, monkeypatch, gone):
    """Save, then the dialog goes before the write ends (Escape or the window's close button:
    it is deleted on close; or its parent deleted): the file had the new schedule but the
    running scheduler kept the old one until the app restarted, as only the dialog passed
    it on. The scheduler now gets it from the save itself."""
    import threading

    import shiboken6
    from PySide6.QtCore import Qt

    from backupgui.ui.settings import schedule as schedule_ui

    started, release = threading.Event(), threading.Event()
    real = schedule_ui.save_config

    def held(cfg):
        started.set()
        release.wait(10)
        real(cfg)

    monkeypatch.setattr(schedule_ui, "save_config", held)
    auto.window.show()
    auto.open_schedule()
    [dlg] = auto._dialogs
    qtbot.waitExposed(dlg)
    assert auto.scheduler.config.frequency == "daily"
    dlg.editor.frequency.setCurrentIndex(dlg.editor.frequency.findData("weekly"))
    dlg.editor.weekday.setCurrentIndex(4)
    dlg.buttons.button(dlg.buttons.StandardButton.Save).click()
    assert started.wait(10)
    gone_now: list[int] = []
    dlg.destroyed.connect(lambda *_a: gone_now.append(1))
    if gone == "escape":
        qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    else:
        shiboken6.delete(dlg)
    qtbot.waitUntil(lambda: gone_now == [1], timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: auto.scheduler.config.frequency == "weekly", timeout=10000)
    assert auto.scheduler.config.weekday == 4 and auto.config.frequency == "weekly"
    assert '"frequency": "weekly"' in (isolated_config / "schedule.json").read_text()
    nxt = auto.scheduler.next_run
    assert nxt is not None and nxt.astimezone(auto.scheduler.tz).weekday() == 4


def test_a_failed_schedule_save_changes_neither_the_file_nor_the_scheduler(
        qtbot, auto, isolated_config, monkeypatch):
    """The login entry is written first: when it fails, the schedule file is not written
    either, so "could not be saved" is true and the running schedule matches the file."""
    from backupgui.automation import autostart

    def refuse(on, **_kw):
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(autostart, "apply", refuse)
    auto.open_schedule()
    [dlg] = auto._dialogs
    dlg.editor.frequency.setCurrentIndex(dlg.editor.frequency.findData("weekly"))
    dlg.editor.login.setChecked(not dlg.editor.login.isChecked())
    dlg.save()
    qtbot.waitUntil(dlg.error.isVisible, timeout=10000)
    assert not (isolated_config / "schedule.json").exists()
    assert auto.scheduler.config.frequency == "daily" and dlg.isVisible()
    dlg.close()
