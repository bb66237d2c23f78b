"""Runs automatic backups: arms a timer for the next run, catches up after start and wake,
checks the network and battery, retries failures with backoff, and reports through signals.

The clock is injected (``clock`` for wall time, ``monotonic`` for elapsed time), so tests move
time by hand and call ``tick()``; nothing here waits for real. When to run comes from the pure
functions in ``backupgui.automation.schedule``; the backup itself runs through ``run_in_background`` and
holds the cross-process run lock. A run is a ``job_factory()`` (called on the GUI thread; may
raise ``BackupError``) returning ``fn(progress, cancel)`` for the worker thread.

Sleep and wake: the timer ticks at least every ``tick_s`` seconds; when the wall clock moved
much more than the monotonic clock between two ticks the machine slept (or the clock was
changed), and an owed run starts ``catch_up_delay`` later, like after a start.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, QTime, QTimer, Signal
from PySide6.QtNetwork import QNetworkInformation

from ...automation.conditions import Action, Battery, Decision, decide, read_battery
from ...automation.history import History, HistoryEntry, Result, SentCounter
from ...automation.runlock import acquire_backup_lock
from ...automation.schedule import (
    Planned,
    ScheduleConfig,
    ScheduleState,
    Trigger,
    local_zone,
    next_attempt,
)
from ...errors import KEY_DIGITS, BackupError, BusyError
from ..language import isolate, translate_message
from ..tasks import TaskFn, TaskHandle, call_in_background, run_in_background
from ..widgets.formatting import (
    format_date,
    format_time,
    human_duration,
    human_size,
    number,
    numbers,
)

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
JobFactory = Callable[[], TaskFn]

# A difference between wall-clock and monotonic time above this between ticks means a wake.
WAKE_JUMP_S = 120.0


translate = QCoreApplication.translate


def utc_now() -> datetime:
    return datetime.now(UTC)


def system_zone() -> tzinfo:
    """The system's IANA time zone as Qt reports it (DST-aware)."""
    from PySide6.QtCore import QTimeZone

    try:
        name = bytes(QTimeZone.systemTimeZoneId().data()).decode() or None
    except Exception:  # noqa: BLE001 - fall back to the OS
        name = None
    return local_zone(name)


class PasswordNeeded(BackupError):
    """An automatic run has no key on this computer: the user must enter the password or key."""

    code = "password-needed"
    hint = f"Open backupgui and click Back up to enter your password or {KEY_DIGITS}-digit key."


class NotConfigured(BackupError):
    """Automatic backups cannot start until the user sets something up."""

    code = "not-configured"


class ConditionsNotMet(BackupError):
    """Raised inside a run when the network or battery says not now (never a failure)."""

    def __init__(self, decision: Decision) -> None:
        super().__init__(decision.reason)
        self.decision = decision


@dataclass(frozen=True)
class Notification:
    """A desktop notification. ``kind``: success, failure, password, skipped, busy, retired
    (a retired set's key still at its vault: clicking it opens *Delete the old key…*) or
    warnings (a backup saved with warnings: clicking it shows them, ``warnings``)."""

    kind: str
    title: str
    message: str
    level: str = "info"  # info | warning | error
    warnings: tuple[str, ...] = ()  # the run's warnings (engine text), for kind "warnings"


@dataclass(frozen=True)
class _Postponed:
    slot: datetime
    until: datetime
    since: datetime
    reason: str


# --- the network ------------------------------------------------------------------------------
class NetworkState(QObject):
    """Metered/online flags; ``None`` means unknown. Tests use this or a subclass."""

    changed = Signal()

    def metered(self) -> bool | None:
        return None

    def online(self) -> bool | None:
        return None


class QtNetworkState(NetworkState):
    """``QNetworkInformation`` (NetworkManager, Windows, macOS backends), if one loads."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._info: QNetworkInformation | None = None
        try:
            if QNetworkInformation.loadDefaultBackend():
                self._info = QNetworkInformation.instance()
        except Exception:  # noqa: BLE001 - no backend: unknown
            log.info("no network information backend; metered connections are not detected")
        if self._info is not None:
            self._info.reachabilityChanged.connect(lambda *_a: self.changed.emit())
            self._info.isMeteredChanged.connect(lambda *_a: self.changed.emit())

    def metered(self) -> bool | None:
        i = self._info
        if i is None or not i.supports(QNetworkInformation.Feature.Metered):
            return None
        return bool(i.isMetered())

    def online(self) -> bool | None:
        i = self._info
        if i is None or not i.supports(QNetworkInformation.Feature.Reachability):
            return None
        r = i.reachability()
        if r == QNetworkInformation.Reachability.Disconnected:
            return False
        if r == QNetworkInformation.Reachability.Online:
            return True
        return None


# --- texts --------------------------------------------------------------------------------------
def format_when(when: datetime, now: datetime, tz: tzinfo) -> str:
    """"today at 02:00", "tomorrow at 02:00" or a short local date and time."""
    lw, ln = when.astimezone(tz), now.astimezone(tz)
    hhmm = format_time(QTime(lw.hour, lw.minute))
    days = (lw.date() - ln.date()).days
    if days == 0:
        return translate("Scheduler", "today at %1").replace("%1", hhmm)
    if days == 1:
        return translate("Scheduler", "tomorrow at %1").replace("%1", hhmm)
    if days == -1:
        return translate("Scheduler", "yesterday at %1").replace("%1", hhmm)
    date = format_date(QDate(lw.year, lw.month, lw.day), year=abs(days) >= 300,
                       weekday=abs(days) < 7)
    return translate("Scheduler", "%1 at %2", "a date at a time").replace("%1", date).replace(
        "%2", hhmm)


def reason_text(d: Decision) -> str:
    """Why a run waits or was skipped, for people."""
    if d.code == "metered":
        return translate("Scheduler", "the connection is metered (backups on metered connections are off)")
    if d.code == "battery":
        return translate("Scheduler", "the battery is at %1%, below %2%").replace(
            "%1", number(d.percent)).replace("%2", number(d.threshold))
    if d.code == "offline":
        return translate("Scheduler", "there is no internet connection")
    if d.code == "busy":
        return translate("Scheduler", "another backup is running")
    if d.code == "set_busy" and d.who:
        return translate("Scheduler", "another computer (%1) is using the backup set").replace(
            "%1", isolate(d.who))
    if d.code == "set_busy":  # (more lock objects than computers make: SECURITY.md 2.14)
        return translate("Scheduler", "the backup set holds more lock objects than computers "
                         "backing up make")
    return d.reason


# --- the scheduler ------------------------------------------------------------------------------
class Scheduler(QObject):
    """Decides when automatic backups run and runs them. Lives on the GUI thread."""

    nextRunChanged = Signal(object)  # datetime | None
    statusChanged = Signal(str)  # "Next backup: tomorrow at 02:00", "Waiting: …"
    runningChanged = Signal(bool)
    runStarted = Signal(str)  # trigger
    progressed = Signal(object)  # Progress
    runFinished = Signal(object)  # HistoryEntry
    notify = Signal(object)  # Notification

    def __init__(self, config: ScheduleConfig, job_factory: JobFactory, *,
                 history: History | None = None, clock: Clock = utc_now,
                 monotonic: Callable[[], float] = time.monotonic, tz: tzinfo | None = None,
                 network: NetworkState | None = None,
                 battery: Callable[[], Battery] = read_battery,
                 lock: Callable[..., Any] = acquire_backup_lock,
                 needs_network: Callable[[], bool] = lambda: True,
                 other_busy: Callable[[], bool] = lambda: False,
                 destination: Callable[[], str] = lambda: "",
                 tick_s: float = 60.0, catch_up_delay: timedelta = timedelta(minutes=1),
                 recheck: timedelta = timedelta(minutes=15),
                 max_postpone: timedelta = timedelta(hours=12),
                 busy_retry: timedelta = timedelta(minutes=5),
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self.job_factory = job_factory
        self.history = history or History()
        self.clock = clock
        self.monotonic = monotonic
        self.tz = tz or system_zone()
        self.network = network or NetworkState(self)
        self.battery = battery
        self.lock = lock
        self.needs_network = needs_network
        self.other_busy = other_busy
        self.destination = destination  # where a run goes, for its history line
        self._run_destination = ""
        self._sent = SentCounter()  # what the running run has sent, as its progress said
        self.tick_s = tick_s
        self.catch_up_delay = catch_up_delay
        self.recheck = recheck
        self.max_postpone = max_postpone
        self.busy_retry = busy_retry
        self.state = ScheduleState(since=config.since_time)
        self.task: TaskHandle | None = None
        self.started = False
        self.next_run: datetime | None = None
        self.status = ""
        self._checking = False
        self._trigger = Trigger.MANUAL
        self._planned: Planned | None = None
        self._run_start: datetime | None = None
        self._hold_until: datetime | None = None
        self._postponed: _Postponed | None = None
        self._last_tick: tuple[datetime, float] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.tick)
        self.network.changed.connect(self._network_changed)

    # --- control ----------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.task is not None or self._checking

    def start(self, entries: list[HistoryEntry] | None = None) -> None:
        """Begin scheduling: read the run history (in the background unless given)."""
        if entries is not None:
            self._loaded(entries)
            return

        def failed(exc: BaseException) -> None:
            log.warning("could not read the run history: %s", exc)
            self._loaded([])

        call_in_background(self.history.load, on_done=self._loaded, on_error=failed,
                           name="history-load", owner=self, cancel_with_owner=True)

    def _loaded(self, entries: list[HistoryEntry]) -> None:
        self.state = ScheduleState.from_history(entries, since=self.config.since_time)
        self.started = True
        now = self.clock()
        self._hold_until = now + self.catch_up_delay
        self._last_tick = (now, self.monotonic())
        log.info("scheduler started: %s, last success %s", self.config.schedule.frequency,
                 self.state.last_success)
        self._evaluate()

    def stop(self) -> None:
        self._timer.stop()
        self.started = False

    def set_config(self, config: ScheduleConfig) -> None:
        """Apply new settings (the caller persists them)."""
        self.config = config
        self.state = replace(self.state, since=config.since_time)
        self._postponed = None
        if self.started:
            self._evaluate()

    def run_now(self) -> bool:
        """Back up now on request (conditions are not checked); False if one is running."""
        if self.running or self.other_busy():
            self.notify.emit(Notification("busy", translate("Scheduler", "A backup is already running"), translate("Scheduler",
                "Wait for it to finish, or cancel it first."), "warning"))
            return False
        self._start_run(Trigger.MANUAL, None)
        return True

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def set_paused(self, paused: bool) -> None:
        if self.task is not None:
            (self.task.pause if paused else self.task.resume)()

    def record_external(self, entry: HistoryEntry) -> None:
        """A run made elsewhere in the app (the main window's Back up): remember it."""
        self.state = self.state.after(entry)
        self._save(entry)
        self.runFinished.emit(entry)
        if self.started:
            self._evaluate()

    # --- timing -----------------------------------------------------------------------------
    def tick(self) -> None:
        """Timer (and test) entry point: notice a wake, then start what is due."""
        now, mono = self.clock(), self.monotonic()
        if self._last_tick is not None:
            wall = (now - self._last_tick[0]).total_seconds()
            elapsed = mono - self._last_tick[1]
            if abs(wall - elapsed) > WAKE_JUMP_S:
                log.info("the clock jumped %.0f s past the timer (wake from sleep or a clock "
                         "change); catching up in %s", wall - elapsed, self.catch_up_delay)
                self._hold_until = now + self.catch_up_delay
        self._last_tick = (now, mono)
        if self.started:
            self._evaluate()

    def _network_changed(self) -> None:
        if self._postponed is not None and self.started and not self.running:
            log.info("the network changed; checking a postponed backup again")
            self._postponed = replace(self._postponed, until=self.clock())
            self._evaluate()

    def _evaluate(self) -> None:
        now = self.clock()
        if self.running:
            self._set_status(self.tr("Backing up…"), self.next_run)
            self._arm(now, None)
            return
        planned = next_attempt(self.config.schedule, self.state, now, self.tz)
        if planned is None:
            self._postponed = None
            # The same words as the schedule's "Off (only when I click "Back up")".
            self._set_status(self.tr("Automatic backups are off"), None)
            self._arm(now, None)
            return
        pp = self._postponed
        if pp is not None and pp.slot != planned.slot:
            # a newer slot superseded the one waiting for better conditions
            self._skipped(pp.since, pp.reason, "superseded", pp.reason)
            return
        when = planned.when
        if when <= now and self._hold_until is not None and now < self._hold_until:
            when = self._hold_until
        if pp is not None:
            when = max(when, pp.until)
            text = self.tr("Next backup: waiting, because %1").replace("%1", pp.reason)
        else:
            text = self.tr("Next backup: %1").replace("%1", format_when(when, now, self.tz))
        self._planned = planned
        if when <= now:
            if self.other_busy():
                self._postpone(planned, now, Decision(Action.POSTPONE, "busy"), self.busy_retry)
                return
            self._check_then_run(planned)
            return
        self._set_status(text, when)
        self._arm(now, when)

    def _arm(self, now: datetime, when: datetime | None) -> None:
        if not self.started:
            return
        wait = self.tick_s if when is None else min(max((when - now).total_seconds(), 0.0),
                                                     self.tick_s)
        self._timer.start(int(wait * 1000))

    def _set_status(self, text: str, when: datetime | None) -> None:
        if when != self.next_run:
            self.next_run = when
            self.nextRunChanged.emit(when)
        if text != self.status:
            self.status = text
            self.statusChanged.emit(text)

    # --- running ----------------------------------------------------------------------------
    def _check_then_run(self, planned: Planned) -> None:
        """Read the battery off the GUI thread, then decide and start (or wait)."""
        self._checking = True
        cfg = self.config
        metered, online = self.network.metered(), self.network.online()
        needs = self.needs_network()
        now = self.clock()
        pp = self._postponed
        give_up = pp is not None and now - pp.since >= self.max_postpone

        def checked(battery: Battery) -> None:
            self._checking = False
            d = decide(metered=metered, allow_metered=cfg.allow_metered, battery=battery,
                       min_battery=cfg.min_battery, online=online, needs_network=needs,
                       give_up=give_up)
            if d.go:
                self._postponed = None
                self._start_run(planned.trigger, planned)
            elif d.action == Action.SKIP:
                since = pp.since if pp is not None else self.clock()
                self._skipped(since, reason_text(d), d.code, d.reason)
            else:
                self._postpone(planned, self.clock(), d, self.recheck)

        def failed(exc: BaseException) -> None:
            log.warning("could not read the battery state: %s", exc)
            checked(Battery())

        call_in_background(self.battery, on_done=checked, on_error=failed, name="battery",
                           owner=self, cancel_with_owner=True)

    def _postpone(self, planned: Planned, now: datetime, d: Decision, wait: timedelta) -> None:
        pp = self._postponed
        since = pp.since if pp is not None and pp.slot == planned.slot else now
        reason = reason_text(d)
        if pp is None or pp.reason != reason:
            log.info("automatic backup postponed: %s", d.reason or d.code)
        self._postponed = _Postponed(planned.slot, now + wait, since, reason)
        self._set_status(self.tr("Next backup: waiting, because %1").replace("%1", reason),
                         now + wait)
        self._arm(now, now + wait)

    def _skipped(self, since: datetime, reason: str, code: str, log_reason: str) -> None:
        self._postponed = None
        log.info("automatic backup skipped: %s", log_reason)
        entry = HistoryEntry(time=since, trigger=self._planned.trigger if self._planned
                             else Trigger.SCHEDULED, result=Result.SKIPPED, reason=log_reason,
                             code=code)
        self.notify.emit(Notification("skipped", self.tr("Backup skipped"), self.tr(
            "The automatic backup did not run because %1. It will run at the next scheduled "
            "time, or you can choose Back up now.").replace("%1", reason), "info"))
        self._end(entry)

    def _start_run(self, trigger: Trigger, planned: Planned | None) -> None:
        self._trigger = trigger
        self._run_start = self.clock()
        sent = self._sent = SentCounter()
        try:
            self._run_destination = self.destination()
        except Exception:  # noqa: BLE001 - the history line just does not say where
            log.warning("the destination of this run is not known", exc_info=True)
            self._run_destination = ""
        try:
            fn = self.job_factory()
        except BackupError as exc:
            self._failed(exc)
            return
        lock = self.lock

        def work(progress: Any, cancel: Any) -> Any:
            with lock("backup", program="backupgui"):
                return fn(sent.wrap(progress), cancel)

        log.info("%s backup started%s", trigger, "" if planned is None or not planned.retry
                 else f" (retry {planned.retry})")
        self.task = run_in_background(work, name="scheduled-backup",
                                      on_progress=self.progressed.emit, on_done=self._done,
                                      on_error=self._failed, on_cancelled=self._cancelled,
                                      owner=self)
        self.runningChanged.emit(True)
        self.runStarted.emit(trigger.value)
        self._set_status(self.tr("Backing up…"), self.next_run)

    def _elapsed(self) -> float:
        if self._run_start is None:
            return 0.0
        return max(0.0, (self.clock() - self._run_start).total_seconds())

    def _done(self, outcome: object) -> None:
        r = getattr(outcome, "result", outcome)
        size = int(getattr(r, "media_bytes", 0)) + int(getattr(r, "text_bytes", 0))
        warnings = tuple(str(w) for w in (getattr(r, "warnings", ()) or ()))
        entry = HistoryEntry(time=self._run_start or self.clock(), trigger=self._trigger,
                             result=Result.OK, size=size, warnings=warnings,
                             uploaded=int(getattr(r, "uploaded_bytes", 0)),
                             duration_s=float(getattr(r, "duration_s", 0.0) or self._elapsed()),
                             snapshot=str(getattr(r, "snapshot_id", "")))
        log.info("%s backup finished: %d bytes, %d uploaded", self._trigger, entry.size,
                 entry.uploaded)
        from ...engine.vaultretire import is_retired_record_message

        others = [w for w in warnings if not is_retired_record_message(w)]
        if others:  # said whatever notify_success says; the retired key has its own notice
            n = len(others)
            first = translate_message(others[0])
            msg = first if n == 1 else self.tr("%1 (and %Ln more warning(s))", "", n - 1) \
                .replace("%1", first)
            self.notify.emit(Notification("warnings", self.tr("Backup finished with warnings"),
                                          msg, "warning", warnings))
        elif self.config.notify_success:
            chats = getattr(r, "chats", None)
            msg = self.tr("%Ln chat(s), %1, in %2.", "", int(chats)).replace(
                "%1", human_size(size)).replace("%2", human_duration(entry.duration_s, precise=True)) \
                if chats is not None else self.tr("Your chats are backed up.")
            self.notify.emit(Notification("success", self.tr("Backup complete"), msg, "info"))
        self._retired_notice(warnings)
        self._end(entry)

    def _retired_notice(self, warnings: tuple[str, ...]) -> None:
        """A retired set's key still at its vault is said once (the backup marks it told):
        a notice of its own, whatever ``notify_success`` says; clicking it opens *Delete the
        old key…* (the tray's ``retiredRequested``)."""
        from ...engine.vaultretire import is_retired_record_message

        said = [translate_message(w) for w in warnings if is_retired_record_message(w)]
        if said:
            self.notify.emit(Notification(
                "retired", self.tr("The old key is still at the key vault"),
                self.tr("Click here to delete it with the old password.") + " "
                + " ".join(said), "warning"))

    def _cancelled(self) -> None:
        log.info("%s backup cancelled", self._trigger)
        self._end(HistoryEntry(time=self._run_start or self.clock(), trigger=self._trigger,
                               result=Result.CANCELLED, duration_s=self._elapsed(),
                               uploaded=self._sent.value, reason="Cancelled.", code="cancelled"))

    def _failed(self, exc: BaseException) -> None:
        now = self.clock()
        automatic = self._trigger != Trigger.MANUAL
        if isinstance(exc, BusyError):
            self.task = None
            self.runningChanged.emit(False)
            from ...engine.locks import SetBusyError, shown  # (loaded already: a backup ran)

            # Another computer holding the backup set is named (its device name, shortened).
            other = isinstance(exc, SetBusyError)
            who = shown(exc.holder.device) if other and exc.holder is not None else ""
            if automatic and self._planned is not None:
                self._postpone(self._planned, now, Decision(
                    Action.POSTPONE, "set_busy" if other else "busy", str(exc), who=who),
                    self.busy_retry)
            else:
                title = (self.tr("Another computer is using the backup set") if other
                         else self.tr("A backup is already running"))
                self.notify.emit(Notification("busy", title, translate_message(str(exc)),
                                              "warning"))
                self._evaluate()
            return
        expected = isinstance(exc, BackupError)
        message = translate_message(str(exc)) if expected else self.tr(
            "An unexpected error stopped the backup (%1). Details are in the log.") \
            .replace("%1", type(exc).__name__)
        code = getattr(exc, "code", "") if isinstance(getattr(exc, "code", ""), str) else ""
        code = code or type(exc).__name__
        entry = HistoryEntry(time=self._run_start or now, trigger=self._trigger,
                             result=Result.FAILED, duration_s=self._elapsed(),
                             reason=str(exc) if expected else message,  # shown translated
                             code=code)
        if isinstance(exc, PasswordNeeded):
            log.warning("%s backup needs the password: %s", self._trigger, exc)
            self.notify.emit(Notification("password", self.tr("Backup needs your password"),
                                          message + " " + numbers(self.tr(
                                              "Open backupgui and click Back up to enter your "
                                              "password or %1-digit key."), KEY_DIGITS),
                                          "error"))
            self._end(entry)
            return
        log.warning("%s backup failed: %s", self._trigger, message)
        hint = translate_message(getattr(exc, "hint", "")) if expected else ""
        self._end(entry)  # updates the state, so the retry time is known below
        text = message + (" " + hint if hint else "")
        if automatic and self.next_run is not None and self.state.retry \
                and self.state.last_result == Result.FAILED:
            text += " " + self.tr("backupgui will try again %1.").replace(
                "%1", format_when(self.next_run, now, self.tz))
        self.notify.emit(Notification("failure", self.tr("Backup failed"), text, "error"))

    def _end(self, entry: HistoryEntry) -> None:
        was_running = self.task is not None
        if self._run_start is not None and not entry.destination:  # (a run, not a skip)
            entry = replace(entry, destination=self._run_destination)
        self.task = None
        self._run_start = None
        self.state = self.state.after(entry)
        self._save(entry)
        if was_running:
            self.runningChanged.emit(False)
        self.runFinished.emit(entry)
        if self.started:
            self._evaluate()

    def _save(self, entry: HistoryEntry) -> None:
        call_in_background(self.history.append, entry, name="history-append", owner=self,
                           on_error=lambda e: log.warning("could not save the run history: %s",
                                                          e))
