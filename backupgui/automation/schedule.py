"""When automatic backups run (no Qt): frequencies, slots, catch-up and retry backoff.

Everything here is a pure function of an injected ``now`` (an aware datetime) and a time zone,
so the scheduler in the UI and the tests share one definition of "due":

* A *slot* is a scheduled local time: every day, one weekday, or one day of the month
  (clamped to the month's end, so the 31st runs on 28/29 February) at ``at``.
* Local times are resolved with zoneinfo: a slot inside a spring-forward gap runs at the first
  valid time after the gap (02:30 -> 03:00); a slot in a fall-back overlap runs once, at its
  first occurrence.
* A slot is *owed* when it passed after the last successful backup (or after the schedule was
  set, for a first backup). Several missed slots are owed as one run (no pile-up).
* A failed automatic run is retried after 5 min, 15 min, 1 h, then every 4 h, but never later
  than the next slot; a success resets the count.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

if TYPE_CHECKING:
    from .history import HistoryEntry

log = logging.getLogger(__name__)


class Frequency(StrEnum):
    """How often backups run by themselves (WhatsApp's choices)."""

    NEVER = "never"
    MANUAL = "manual"  # only when the user taps "Back up"
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"

    @property
    def automatic(self) -> bool:
        return self in (Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY)


class Trigger(StrEnum):
    """Why a backup ran."""

    MANUAL = "manual"
    SCHEDULED = "scheduled"
    CATCH_UP = "catch-up"


#: Delays before retrying after 1, 2, 3, ... consecutive failures (the last one repeats).
BACKOFF: tuple[timedelta, ...] = (timedelta(minutes=5), timedelta(minutes=15),
                                  timedelta(hours=1), timedelta(hours=4))
#: A run starting later than this after its slot counts as a catch-up of a missed run.
CATCH_UP_GRACE = timedelta(minutes=10)
#: Failure codes that retrying cannot fix (the user has to act); no backoff retries for them.
NO_RETRY_CODES = frozenset({"password-needed", "not-configured",
                            # (errors.SignInNeededError: Google refuses the saved sign-in)
                            "sign-in-needed",
                            # (errors.AdminPolicyError: a Workspace admin turned Drive apps off)
                            "admin-policy"})


@dataclass(frozen=True)
class Schedule:
    """The user's choice: frequency, local time of day, weekday (0 = Monday), day of month."""

    frequency: Frequency = Frequency.MANUAL
    at: time = time(2, 0)
    weekday: int = 6
    day_of_month: int = 1

    def __post_init__(self) -> None:
        object.__setattr__(self, "frequency", Frequency(self.frequency))
        if not 0 <= self.weekday <= 6:
            raise ValueError("weekday is 0 (Monday) to 6 (Sunday)")
        if not 1 <= self.day_of_month <= 31:
            raise ValueError("day of month is 1 to 31")

    @property
    def automatic(self) -> bool:
        return self.frequency.automatic


# --- time zones ---------------------------------------------------------------------------------
def local_zone(name: str | None = None) -> tzinfo:
    """The IANA zone ``name`` (e.g. from Qt), else the system's; a fixed offset as last resort."""
    candidates = [name, os.environ.get("TZ", "").lstrip(":") or None]
    try:
        target = os.readlink("/etc/localtime")
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for cand in candidates:
        if not cand:
            continue
        try:
            return ZoneInfo(cand)
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return datetime.now().astimezone().tzinfo or UTC


def _exists(naive: datetime, tz: tzinfo) -> bool:
    aware = naive.replace(tzinfo=tz, fold=0)
    return aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None) == naive


def resolve_local(naive: datetime, tz: tzinfo) -> datetime:
    """The UTC instant of a local wall time: the first occurrence of an ambiguous time, and the
    end of the gap (the first valid time) for a time skipped by a clock change."""
    a = naive.replace(tzinfo=tz, fold=0).astimezone(UTC)
    b = naive.replace(tzinfo=tz, fold=1).astimezone(UTC)
    if a == b or _exists(naive, tz):
        return min(a, b)
    # In a gap: find the transition between the two readings, to the second.
    lo, hi = int(min(a, b).timestamp()), int(max(a, b).timestamp())
    after = datetime.fromtimestamp(hi, UTC).astimezone(tz).utcoffset()
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if datetime.fromtimestamp(mid, UTC).astimezone(tz).utcoffset() == after:
            hi = mid
        else:
            lo = mid
    return datetime.fromtimestamp(hi, UTC)


# --- slots --------------------------------------------------------------------------------------
def _days_in_month(year: int, month: int) -> int:
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return (nxt - timedelta(days=1)).day


def slot_on(sched: Schedule, day: date, tz: tzinfo) -> datetime | None:
    """The slot on a local date (as UTC), or None if the schedule has none that day."""
    f = sched.frequency
    if f == Frequency.WEEKLY and day.weekday() != sched.weekday:
        return None
    if f == Frequency.MONTHLY and day.day != min(sched.day_of_month,
                                                 _days_in_month(day.year, day.month)):
        return None
    if not f.automatic:
        return None
    return resolve_local(datetime.combine(day, sched.at.replace(tzinfo=None)), tz)


def _local_date(moment: datetime, tz: tzinfo) -> date:
    return moment.astimezone(tz).date()


def next_slot(sched: Schedule, after: datetime, tz: tzinfo) -> datetime | None:
    """The first slot strictly after ``after`` (None for manual/never)."""
    if not sched.automatic:
        return None
    start = _local_date(after, tz) - timedelta(days=1)
    for i in range(0, 64):
        s = slot_on(sched, start + timedelta(days=i), tz)
        if s is not None and s > after:
            return s
    return None  # pragma: no cover - every schedule has a slot within two months


def previous_slot(sched: Schedule, now: datetime, tz: tzinfo) -> datetime | None:
    """The last slot at or before ``now`` (None for manual/never)."""
    if not sched.automatic:
        return None
    start = _local_date(now, tz) + timedelta(days=1)
    for i in range(0, 64):
        s = slot_on(sched, start - timedelta(days=i), tz)
        if s is not None and s <= now:
            return s
    return None  # pragma: no cover


def is_due(sched: Schedule, last_run: datetime | None, now: datetime, tz: tzinfo,
           since: datetime | None = None) -> bool:
    """True when a slot passed after the last successful run (or after ``since``, when the
    schedule was set, if there was no run yet)."""
    ref = _latest(last_run, since)
    prev = previous_slot(sched, now, tz)
    return prev is not None and ref is not None and prev > ref


def missed(sched: Schedule, last_run: datetime | None, now: datetime, tz: tzinfo,
           since: datetime | None = None, grace: timedelta = CATCH_UP_GRACE) -> datetime | None:
    """The owed slot if it passed more than ``grace`` ago (a run was missed), else None."""
    if not is_due(sched, last_run, now, tz, since):
        return None
    prev = previous_slot(sched, now, tz)
    return prev if prev is not None and now - prev > grace else None


def next_run(freq: Frequency | str, at_time: time, last_run: datetime | None, now: datetime,
             tz: tzinfo, *, weekday: int = 6, day_of_month: int = 1,
             since: datetime | None = None) -> datetime | None:
    """When the next automatic backup should start: ``now`` if one is owed, else the next
    slot; None when backups only run on request."""
    sched = Schedule(Frequency(freq), at_time, weekday, day_of_month)
    if not sched.automatic:
        return None
    if is_due(sched, last_run, now, tz, since):
        return now
    return next_slot(sched, now, tz)


def retry_delay(failures: int) -> timedelta:
    """Wait before retry number ``failures`` (0 -> no wait)."""
    if failures <= 0:
        return timedelta(0)
    return BACKOFF[min(failures, len(BACKOFF)) - 1]


def _latest(*moments: datetime | None) -> datetime | None:
    present = [m for m in moments if m is not None]
    return max(present) if present else None


# --- state from history -------------------------------------------------------------------------
@dataclass(frozen=True)
class ScheduleState:
    """What the scheduler needs to know about past runs (derived from the run history)."""

    last_success: datetime | None = None  # any trigger, manual included
    last_attempt: datetime | None = None  # automatic runs only
    last_result: str = ""  # result of the last automatic attempt
    failures: int = 0  # consecutive failed automatic attempts since the last success
    retry: bool = True  # False when the last failure needs the user (e.g. a password)
    since: datetime | None = None  # when the schedule was set

    @classmethod
    def from_history(cls, entries: Iterable[HistoryEntry],
                     since: datetime | None = None) -> ScheduleState:
        st = cls(since=since)
        for e in sorted(entries, key=lambda e: e.time):
            st = st.after(e)
        return st

    def after(self, e: HistoryEntry) -> ScheduleState:
        """The state once run ``e`` is known."""
        st = self
        if e.result == "ok":
            st = replace(st, last_success=_latest(st.last_success, e.time), failures=0,
                         retry=True)
        if e.trigger != Trigger.MANUAL:
            st = replace(st, last_attempt=_latest(st.last_attempt, e.time),
                         last_result=e.result)
            if e.result == "failed":
                st = replace(st, failures=st.failures + 1, retry=e.code not in NO_RETRY_CODES)
        return st


@dataclass(frozen=True)
class Planned:
    """The next automatic run: start at ``when`` (due if <= now) for ``slot``."""

    when: datetime
    trigger: Trigger
    slot: datetime
    retry: int = 0  # how many failures came before (0 for a first attempt)


def next_attempt(sched: Schedule, state: ScheduleState, now: datetime, tz: tzinfo,
                 grace: timedelta = CATCH_UP_GRACE) -> Planned | None:
    """Combine the schedule, catch-up and retry backoff into the next automatic run."""
    if not sched.automatic:
        return None
    nxt = next_slot(sched, now, tz)
    assert nxt is not None
    prev = previous_slot(sched, now, tz)
    ref = _latest(state.last_success, state.since)
    if prev is not None and ref is not None and prev > ref:
        trigger = Trigger.CATCH_UP if now - prev > grace else Trigger.SCHEDULED
        attempted = state.last_attempt is not None and state.last_attempt >= prev
        if not attempted:
            return Planned(now, trigger, prev, 0)
        if state.last_result == "failed" and state.retry:
            retry_at = state.last_attempt + retry_delay(state.failures)  # type: ignore[operator]
            if retry_at < nxt:
                return Planned(max(retry_at, prev), trigger, prev, state.failures)
    return Planned(nxt, Trigger.SCHEDULED, nxt, 0)


# --- the user's settings ------------------------------------------------------------------------
@dataclass
class ScheduleConfig:
    """Schedule settings (no secrets), kept in ``schedule.json`` beside the app's settings."""

    frequency: str = Frequency.MANUAL.value
    at: str = "02:00"  # local HH:MM
    weekday: int = 6
    day_of_month: int = 1
    allow_metered: bool = False
    min_battery: int = 20  # percent; 0 = back up on battery at any level
    notify_success: bool = False
    start_at_login: bool = False
    since: str = ""  # ISO UTC time the schedule was last changed
    extra: dict[str, object] = field(default_factory=dict)  # unknown keys, kept on save

    @property
    def schedule(self) -> Schedule:
        try:
            freq = Frequency(self.frequency)
        except ValueError:
            freq = Frequency.MANUAL
        return Schedule(freq, parse_hhmm(self.at), min(max(self.weekday, 0), 6),
                        min(max(self.day_of_month, 1), 31))

    @property
    def since_time(self) -> datetime | None:
        try:
            d = datetime.fromisoformat(self.since) if self.since else None
        except ValueError:
            return None
        return d.replace(tzinfo=UTC) if d is not None and d.tzinfo is None else d

    def with_schedule(self, sched: Schedule, now: datetime) -> ScheduleConfig:
        """A copy with a new schedule; ``since`` moves to ``now`` when the schedule changed, so
        changing it never starts a backup at once."""
        if sched == self.schedule:
            return self
        return replace(self, frequency=sched.frequency.value, at=sched.at.strftime("%H:%M"),
                       weekday=sched.weekday, day_of_month=sched.day_of_month,
                       since=now.astimezone(UTC).isoformat(timespec="seconds"))

    def to_json(self) -> dict[str, object]:
        d = asdict(self)
        extra = d.pop("extra")
        return {**extra, **d}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> ScheduleConfig:
        cfg = cls()
        known = {f for f in cls.__dataclass_fields__ if f != "extra"}
        for k, v in data.items():
            if k not in known:
                cfg.extra[k] = v
                continue
            default = getattr(cfg, k)
            if isinstance(default, bool):
                ok = isinstance(v, bool)
            elif isinstance(default, int):
                ok = isinstance(v, int) and not isinstance(v, bool)
            else:
                ok = isinstance(v, str)
            if ok:
                setattr(cfg, k, v)
            else:
                log.warning("ignoring schedule setting %s with a value of the wrong type", k)
        # A percentage (a hand-edited or synced file said 10**30: no backup on battery ran,
        # "the battery is below 1000000000000000000000000000000%"; SECURITY.md 2.17).
        cfg.min_battery = min(max(cfg.min_battery, 0), 100)
        return cfg


def parse_hhmm(text: str) -> time:
    """``"HH:MM"`` as a time (02:00 if unreadable)."""
    try:
        h, m = text.split(":", 1)
        return time(int(h), int(m))
    except (ValueError, AttributeError):
        return time(2, 0)


#: A schedule file is a few hundred bytes; a larger one is not read (the default is used).
MAX_CONFIG_BYTES = 64 * 1024


def config_file() -> Path:
    from ..device.settings import config_dir

    return config_dir() / "schedule.json"


def load_config(path: Path | None = None) -> ScheduleConfig:
    """The saved schedule settings (defaults if missing or unreadable)."""
    from ..safeopen import NotRegularFile, read_regular

    path = path or config_file()
    try:
        # (a regular file only, never waited on, never read past MAX_CONFIG_BYTES: another
        # program may have put a FIFO, a device or a huge file at its name)
        raw = read_regular(path, MAX_CONFIG_BYTES + 1)
        if len(raw) > MAX_CONFIG_BYTES:
            raise ValueError("too large")
        data = json.loads(raw.decode("utf-8"))
    except FileNotFoundError:
        return ScheduleConfig()
    except (OSError, ValueError, RecursionError, NotRegularFile) as exc:  # (RecursionError:
        # nested deeper than Python parses; UnicodeDecodeError is a ValueError)
        log.warning("cannot read %s (%s); using the default schedule", path.name,
                    type(exc).__name__)
        return ScheduleConfig()
    return ScheduleConfig.from_json(data) if isinstance(data, dict) else ScheduleConfig()


def save_config(cfg: ScheduleConfig, path: Path | None = None) -> None:
    """Write the schedule settings atomically."""
    from ..device.fileperms import private_dir, write_private

    path = path or config_file()
    private_dir(path.parent)  # (the settings' folder: owner-only, as backupgui.ini's)
    tmp = path.with_name(path.name + ".tmp")
    write_private(tmp, json.dumps(cfg.to_json(), indent=1, sort_keys=True).encode("utf-8"))
    os.replace(tmp, path)
