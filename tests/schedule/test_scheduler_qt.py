"""The Qt scheduler and tray with an injected clock: nothing waits for the scheduled time."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from backupgui.automation.conditions import Battery
from backupgui.automation.history import History, HistoryEntry
from backupgui.automation.runlock import acquire_backup_lock
from backupgui.automation.schedule import ScheduleConfig
from backupgui.errors import DestinationError
from backupgui.ui.automation.scheduler import NetworkState, PasswordNeeded, Scheduler
from backupgui.ui.automation.tray import Tray

pytestmark = pytest.mark.usefixtures("drain")
BERLIN = ZoneInfo("Europe/Berlin")


def at(*args) -> datetime:
    return datetime(*args, tzinfo=BERLIN)


class FakeClock:
    """Wall and monotonic time moved by hand; ``sleep`` moves only the wall clock."""

    def __init__(self, start: datetime) -> None:
        self.wall = start.astimezone(UTC)
        self.mono = 1000.0

    def now(self) -> datetime:
        return self.wall

    def monotonic(self) -> float:
        return self.mono

    def advance(self, td: timedelta) -> None:
        self.wall += td
        self.mono += td.total_seconds()

    def sleep(self, td: timedelta) -> None:
        self.wall += td


class FakeNetwork(NetworkState):
    def __init__(self, metered: bool | None = False) -> None:
        super().__init__()
        self._metered = metered

    def metered(self) -> bool | None:
        return self._metered

    def set_metered(self, m: bool) -> None:
        self._metered = m
        self.changed.emit()


@dataclass
class FakeResult:
    snapshot_id: str = "snap1"
    chats: int = 3
    media_bytes: int = 1000
    text_bytes: int = 24
    uploaded_bytes: int = 500
    duration_s: float = 2.0


@dataclass
class FakeOutcome:
    result: FakeResult


class Jobs:
    """A job factory whose runs succeed or raise what the test says."""

    def __init__(self) -> None:
        self.calls = 0
        self.fail: list[BaseException] = []
        self.gate: threading.Event | None = None

    def factory(self):
        def work(progress, cancel):
            self.calls += 1
            if self.gate is not None:
                while not self.gate.wait(0.01):
                    cancel.checkpoint()
            cancel.checkpoint()
            if self.fail:
                raise self.fail.pop(0)
            return FakeOutcome(FakeResult())
        return work


@pytest.fixture
def env(tmp_path, qtbot):
    class Env:
        pass

    e = Env()
    e.clock = FakeClock(at(2024, 5, 1, 23, 0))
    e.jobs = Jobs()
    e.history = History(tmp_path / "history.jsonl")
    e.network = FakeNetwork()
    e.battery = Battery()
    e.notes = []
    e.finished = []
    made: list[Scheduler] = []

    def make(cfg: ScheduleConfig | None = None, entries=(), **kw) -> Scheduler:
        cfg = cfg or ScheduleConfig(frequency="daily", at="02:00",
                                    since=at(2024, 5, 1, 10).astimezone(UTC).isoformat())
        s = Scheduler(cfg, e.jobs.factory, history=e.history, clock=e.clock.now,
                      monotonic=e.clock.monotonic, tz=BERLIN, network=e.network,
                      battery=lambda: e.battery, tick_s=3600,
                      catch_up_delay=timedelta(minutes=1), **kw)
        s.notify.connect(e.notes.append)
        s.runFinished.connect(e.finished.append)
        s.start(list(entries))
        e.s = s
        made.append(s)
        return s

    e.make = make
    yield e
    for s in made:  # (unparented, but their timers fire until the garbage collector runs)
        s.stop()


def wait_finished(qtbot, env, n: int = 1) -> HistoryEntry:
    qtbot.waitUntil(lambda: len(env.finished) >= n, timeout=5000)
    return env.finished[n - 1]


def test_runs_at_the_slot_then_waits_for_the_next(qtbot, env):
    s = env.make()
    assert s.next_run == at(2024, 5, 2, 2, 0)
    assert s.status.startswith("Next backup: tomorrow at")
    env.clock.advance(timedelta(hours=2, minutes=59))
    s.tick()
    assert env.jobs.calls == 0
    env.clock.advance(timedelta(minutes=1))
    s.tick()
    e = wait_finished(qtbot, env)
    assert (e.result, e.trigger, e.size, e.uploaded, e.snapshot) == ("ok", "scheduled", 1024,
                                                                     500, "snap1")
    assert s.next_run == at(2024, 5, 3, 2, 0)
    qtbot.waitUntil(lambda: len(env.history.load()) == 1, timeout=5000)
    assert not [n for n in env.notes if n.kind == "success"]  # success is optional, off here


def test_catch_up_after_missed_runs_happens_once_soon_after_start(qtbot, env):
    env.clock = FakeClock(at(2024, 5, 4, 9, 0))
    last = HistoryEntry(at(2024, 5, 1, 2, 0), "scheduled", "ok")
    s = env.make(entries=[last])
    assert s.next_run == at(2024, 5, 4, 9, 1)  # soon, not at once
    s.tick()
    assert env.jobs.calls == 0
    env.clock.advance(timedelta(minutes=1))
    s.tick()
    e = wait_finished(qtbot, env)
    assert e.trigger == "catch-up" and e.result == "ok"
    s.tick()
    assert env.jobs.calls == 1  # three missed days, one run
    assert s.next_run == at(2024, 5, 5, 2, 0)


def test_wake_from_sleep_is_detected_and_caught_up(qtbot, env):
    env.clock = FakeClock(at(2024, 5, 1, 20, 0))
    s = env.make(entries=[HistoryEntry(at(2024, 5, 1, 2, 0), "scheduled", "ok")])
    assert s.next_run == at(2024, 5, 2, 2, 0)
    env.clock.sleep(timedelta(hours=13))  # suspended over the slot; monotonic time stood still
    s.tick()
    assert env.jobs.calls == 0 and s.next_run == at(2024, 5, 2, 9, 1)
    env.clock.advance(timedelta(minutes=1))
    s.tick()
    assert wait_finished(qtbot, env).trigger == "catch-up"


def test_metered_connection_postpones_then_runs_when_it_changes(qtbot, env):
    env.network = FakeNetwork(metered=True)
    s = env.make()
    env.clock.advance(timedelta(hours=3))
    s.tick()
    qtbot.waitUntil(lambda: "metered" in s.status, timeout=5000)
    assert env.jobs.calls == 0 and not env.finished
    assert s.next_run == env.clock.now() + timedelta(minutes=15)
    env.network.set_metered(False)
    assert wait_finished(qtbot, env).result == "ok"


def test_metered_for_too_long_is_skipped_with_the_reason(qtbot, env):
    env.network = FakeNetwork(metered=True)
    s = env.make(max_postpone=timedelta(hours=1))
    env.clock.advance(timedelta(hours=3))
    s.tick()
    qtbot.waitUntil(lambda: "metered" in s.status, timeout=5000)
    for _ in range(4):
        env.clock.advance(timedelta(minutes=15))
        s.tick()
        qtbot.wait(20)
    e = wait_finished(qtbot, env)
    assert (e.result, e.code) == ("skipped", "metered") and "metered" in e.reason
    assert env.jobs.calls == 0
    skipped = [n for n in env.notes if n.kind == "skipped"]
    assert len(skipped) == 1 and skipped[0].level == "info" and "metered" in skipped[0].message
    assert not [n for n in env.notes if n.kind == "failure"]
    assert s.next_run == at(2024, 5, 3, 2, 0)


def test_metered_allowed_runs(qtbot, env):
    env.network = FakeNetwork(metered=True)
    s = env.make(ScheduleConfig(frequency="daily", at="02:00", allow_metered=True,
                                since=at(2024, 5, 1).astimezone(UTC).isoformat()))
    env.clock.advance(timedelta(hours=3))
    s.tick()
    assert wait_finished(qtbot, env).result == "ok"


def test_low_battery_postpones(qtbot, env):
    env.battery = Battery(True, 10)
    s = env.make()
    env.clock.advance(timedelta(hours=3))
    s.tick()
    qtbot.waitUntil(lambda: "battery" in s.status, timeout=5000)
    assert "10%" in s.status and env.jobs.calls == 0
    env.battery = Battery(False, 12)
    env.clock.advance(timedelta(minutes=15))
    s.tick()
    assert wait_finished(qtbot, env).result == "ok"


def test_failure_notifies_and_retries_with_backoff_then_success_notifies(qtbot, env):
    env.jobs.fail = [DestinationError("The folder is not there.", hint="Plug in the disk."),
                     DestinationError("Still not there.")]
    cfg = ScheduleConfig(frequency="daily", at="02:00", notify_success=True,
                         since=at(2024, 5, 1).astimezone(UTC).isoformat())
    s = env.make(cfg)
    env.clock.advance(timedelta(hours=3))
    s.tick()
    e = wait_finished(qtbot, env)
    assert e.result == "failed" and e.code == "DestinationError"
    fail = [n for n in env.notes if n.kind == "failure"]
    assert len(fail) == 1 and fail[0].level == "error"
    assert "The folder is not there." in fail[0].message and "Plug in the disk." in fail[0].message
    assert "try again" in fail[0].message
    assert s.next_run == env.clock.now() + timedelta(minutes=5)
    env.clock.advance(timedelta(minutes=5))
    s.tick()
    wait_finished(qtbot, env, 2)
    assert s.next_run == env.clock.now() + timedelta(minutes=15)
    env.clock.advance(timedelta(minutes=15))
    s.tick()
    assert wait_finished(qtbot, env, 3).result == "ok"
    assert s.state.failures == 0
    ok = [n for n in env.notes if n.kind == "success"]
    assert len(ok) == 1 and "3 chats" in ok[0].message
    assert env.jobs.calls == 3


def test_scheduled_run_without_a_key_notifies_it_needs_the_password(qtbot, env):
    env.jobs.fail = [PasswordNeeded("This computer has no keyring to keep the backup key.")]
    s = env.make()
    env.clock.advance(timedelta(hours=3))
    s.tick()
    e = wait_finished(qtbot, env)
    assert (e.result, e.code) == ("failed", "password-needed")
    pw = [n for n in env.notes if n.kind == "password"]
    assert len(pw) == 1 and pw[0].level == "error" and "password" in pw[0].message
    assert s.next_run == at(2024, 5, 3, 2, 0)  # retrying cannot help: wait for the next slot


def test_lock_held_elsewhere_postpones_scheduled_and_refuses_manual(qtbot, env):
    s = env.make()
    with acquire_backup_lock(program="backupgui-cli"):
        s.run_now()
        qtbot.waitUntil(lambda: any(n.kind == "busy" for n in env.notes), timeout=5000)
        busy = [n for n in env.notes if n.kind == "busy"][0]
        assert "Another backup is already running (started by backupgui-cli" in busy.message
        env.clock.advance(timedelta(hours=3))
        s.tick()
        qtbot.waitUntil(lambda: "another backup" in s.status, timeout=5000)
        assert env.jobs.calls == 0 and not env.finished
    env.clock.advance(timedelta(minutes=5))
    s.tick()
    assert wait_finished(qtbot, env).result == "ok"


def test_second_request_while_running_is_refused(qtbot, env):
    s = env.make()
    env.jobs.gate = threading.Event()
    assert s.run_now()
    qtbot.waitUntil(lambda: env.jobs.calls == 1, timeout=5000)
    assert not s.run_now()
    assert [n.kind for n in env.notes] == ["busy"]
    env.jobs.gate.set()
    assert wait_finished(qtbot, env).trigger == "manual"


def test_changing_the_schedule_never_starts_a_backup_at_once(qtbot, env):
    env.clock = FakeClock(at(2024, 5, 4, 9, 0))
    s = env.make(ScheduleConfig(frequency="manual"),
                 entries=[HistoryEntry(at(2024, 4, 1, 2), "manual", "ok")])
    assert s.next_run is None and s.status == "Automatic backups are off"
    cfg = s.config.with_schedule(ScheduleConfig(frequency="daily").schedule, env.clock.now())
    s.set_config(cfg)
    assert s.next_run == at(2024, 5, 5, 2, 0)


# --- tray ---------------------------------------------------------------------------------------
def test_tray_menu_actions_call_the_right_things(qtbot, env):
    s = env.make()
    calls = []
    tray = Tray(s, backup_now=lambda: calls.append("backup"),
                cancel=lambda: calls.append("cancel"))
    shown, quit_ = [], []
    tray.showRequested.connect(lambda: shown.append(1))
    tray.quitRequested.connect(lambda: quit_.append(1))
    tray.backup_action.trigger()
    assert not tray.cancel_action.isEnabled()
    tray.set_running(True)
    assert tray.cancel_action.isEnabled() and not tray.backup_action.isEnabled()
    tray.cancel_action.trigger()
    tray.show_action.trigger()
    tray.quit_action.trigger()
    assert calls == ["backup", "cancel"] and shown == [1] and quit_ == [1]
    assert tray.next_action.text() == s.status and "tomorrow" in tray.next_action.text()
    assert not tray.next_action.isEnabled()
    assert "Backing up" in tray.icon.toolTip()
    tray.set_running(False)
    assert "tomorrow" in tray.icon.toolTip()


def test_tray_defaults_to_the_scheduler_and_shows_running_and_notifications(qtbot, env,
                                                                           monkeypatch):
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: True))
    s = env.make()
    tray = Tray(s)
    messages = []
    monkeypatch.setattr(tray.icon, "showMessage", lambda *a: messages.append(a))
    env.jobs.gate = threading.Event()
    env.jobs.fail = [DestinationError("No disk.")]
    running = []
    s.runningChanged.connect(running.append)
    tray.backup_action.trigger()
    qtbot.waitUntil(lambda: env.jobs.calls == 1, timeout=5000)
    assert tray.running and tray.cancel_action.isEnabled()
    assert tray.icon.icon().cacheKey() != tray._idle_icon.cacheKey()
    env.jobs.gate.set()
    wait_finished(qtbot, env)
    assert running == [True, False] and not tray.running
    assert messages and messages[-1][0] == "Backup failed"
    assert messages[-1][2] == QSystemTrayIcon.MessageIcon.Critical
    assert "No disk." in messages[-1][1]


def test_tray_cancel_cancels_the_running_backup(qtbot, env):
    s = env.make()
    tray = Tray(s)
    env.jobs.gate = threading.Event()
    tray.backup_action.trigger()
    qtbot.waitUntil(lambda: env.jobs.calls == 1, timeout=5000)
    tray.cancel_action.trigger()
    e = wait_finished(qtbot, env)
    assert e.result == "cancelled"
    assert not [n for n in env.notes if n.kind == "failure"]
