"""Schedule computation: days, weeks, month ends, DST changes, catch-up and backoff."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from backupgui.automation.history import HistoryEntry
from backupgui.automation.schedule import (
    Frequency,
    Schedule,
    ScheduleConfig,
    ScheduleState,
    Trigger,
    is_due,
    load_config,
    missed,
    next_attempt,
    next_run,
    next_slot,
    previous_slot,
    resolve_local,
    retry_delay,
    save_config,
)

BERLIN = ZoneInfo("Europe/Berlin")
NY = ZoneInfo("America/New_York")


def local(tz, *args) -> datetime:
    return datetime(*args, tzinfo=tz)


def daily(h: int, m: int = 0) -> Schedule:
    return Schedule(Frequency.DAILY, time(h, m))


def test_manual_and_never_have_no_runs():
    now = datetime(2024, 5, 1, tzinfo=UTC)
    for f in (Frequency.NEVER, Frequency.MANUAL):
        assert next_run(f, time(2), None, now, BERLIN) is None
        assert next_slot(Schedule(f), now, BERLIN) is None


def test_daily_today_then_tomorrow():
    s = daily(2)
    assert next_slot(s, local(BERLIN, 2024, 5, 1, 1, 0), BERLIN) == local(BERLIN, 2024, 5, 1, 2)
    assert next_slot(s, local(BERLIN, 2024, 5, 1, 2, 0), BERLIN) == local(BERLIN, 2024, 5, 2, 2)
    # across a month and a year end
    assert next_slot(s, local(BERLIN, 2024, 12, 31, 3), BERLIN) == local(BERLIN, 2025, 1, 1, 2)


def test_next_run_signature_from_the_brief():
    now = local(BERLIN, 2024, 5, 1, 12)
    last = local(BERLIN, 2024, 5, 1, 2, 5)
    assert next_run("daily", time(2), last, now, BERLIN) == local(BERLIN, 2024, 5, 2, 2)
    # a slot passed since the last run: run now
    assert next_run("daily", time(2), local(BERLIN, 2024, 4, 29, 2), now, BERLIN) == now


def test_weekly_on_the_chosen_weekday():
    s = Schedule(Frequency.WEEKLY, time(20, 15), weekday=6)  # Sunday
    got = next_slot(s, local(BERLIN, 2024, 5, 1, 12), BERLIN)  # a Wednesday
    assert got == local(BERLIN, 2024, 5, 5, 20, 15)
    assert next_slot(s, got, BERLIN) == local(BERLIN, 2024, 5, 12, 20, 15)


@pytest.mark.parametrize("after,expected", [
    ((2024, 1, 31, 12), (2024, 2, 29, 9)),   # leap year
    ((2023, 1, 31, 12), (2023, 2, 28, 9)),
    ((2024, 2, 29, 12), (2024, 3, 31, 9)),
    ((2024, 4, 1, 0), (2024, 4, 30, 9)),
    ((2024, 12, 31, 10), (2025, 1, 31, 9)),
])
def test_monthly_day_clamped_to_month_end(after, expected):
    s = Schedule(Frequency.MONTHLY, time(9), day_of_month=31)
    assert next_slot(s, local(BERLIN, *after), BERLIN) == local(BERLIN, *expected)


def test_monthly_ordinary_day():
    s = Schedule(Frequency.MONTHLY, time(9), day_of_month=15)
    assert next_slot(s, local(NY, 2024, 2, 15, 9), NY) == local(NY, 2024, 3, 15, 9)


def test_spring_forward_gap_runs_at_first_valid_time_berlin():
    # 2024-03-31 02:00 -> 03:00 in Berlin: 02:30 does not exist
    s = daily(2, 30)
    got = next_slot(s, local(BERLIN, 2024, 3, 30, 12), BERLIN)
    assert got == local(BERLIN, 2024, 3, 31, 3, 0)
    assert got.astimezone(UTC) == datetime(2024, 3, 31, 1, 0, tzinfo=UTC)
    # and the day after is back to 02:30 (24 h - 30 min later)
    nxt = next_slot(s, got, BERLIN)
    assert nxt == local(BERLIN, 2024, 4, 1, 2, 30)
    assert nxt - got == timedelta(hours=23, minutes=30)


def test_spring_forward_gap_new_york():
    # 2024-03-10 02:00 -> 03:00 in New York
    s = daily(2, 15)
    got = next_slot(s, local(NY, 2024, 3, 9, 12), NY)
    assert got.astimezone(UTC) == datetime(2024, 3, 10, 7, 0, tzinfo=UTC)  # 03:00 EDT
    assert got.astimezone(NY).hour == 3 and got.astimezone(NY).minute == 0


@pytest.mark.parametrize("tz,day", [(BERLIN, (2024, 10, 27)), (NY, (2024, 11, 3))])
def test_fall_back_runs_once(tz, day):
    s = daily(1, 30) if tz is NY else daily(2, 30)
    start = local(tz, *day, 0, 0) - timedelta(hours=1)
    first = next_slot(s, start, tz)
    second = next_slot(s, first, tz)
    assert first.astimezone(tz).date() == datetime(*day).date()
    assert second.astimezone(tz).date() == datetime(*day).date() + timedelta(days=1)
    # the first of the two wall-clock occurrences, and 25 h to the next day's run
    assert first.astimezone(tz).fold == 0
    assert second - first == timedelta(hours=25)
    # walking through the repeated hour in 10-minute steps finds only one slot that day
    t, found = start, []
    while t < first + timedelta(hours=3):
        n = next_slot(s, t, tz)
        if n not in found:
            found.append(n)
        t += timedelta(minutes=10)
    assert [f for f in found if f.astimezone(tz).date() == first.astimezone(tz).date()] == [first]


def test_resolve_local_ordinary_and_ambiguous():
    assert resolve_local(datetime(2024, 6, 1, 12), BERLIN) == datetime(2024, 6, 1, 10, tzinfo=UTC)
    amb = resolve_local(datetime(2024, 10, 27, 2, 30), BERLIN)
    assert amb == datetime(2024, 10, 27, 0, 30, tzinfo=UTC)  # CEST, the first one


def test_previous_slot():
    s = daily(2)
    assert previous_slot(s, local(BERLIN, 2024, 5, 1, 1), BERLIN) == local(BERLIN, 2024, 4, 30, 2)
    assert previous_slot(s, local(BERLIN, 2024, 5, 1, 2), BERLIN) == local(BERLIN, 2024, 5, 1, 2)


def test_due_and_missed_catch_up():
    s = daily(2)
    last = local(BERLIN, 2024, 5, 1, 2, 1)
    assert not is_due(s, last, local(BERLIN, 2024, 5, 1, 23), BERLIN)
    # the machine was off at 02:00 on the 2nd and the 3rd: one catch-up, not two
    now = local(BERLIN, 2024, 5, 3, 9)
    assert is_due(s, last, now, BERLIN)
    assert missed(s, last, now, BERLIN) == local(BERLIN, 2024, 5, 3, 2)
    # on time is not a missed run
    assert missed(s, last, local(BERLIN, 2024, 5, 2, 2, 3), BERLIN) is None
    assert is_due(s, last, local(BERLIN, 2024, 5, 2, 2, 3), BERLIN)


def test_first_backup_is_owed_only_after_the_schedule_was_set():
    s = daily(2)
    since = local(BERLIN, 2024, 5, 1, 10)
    assert not is_due(s, None, local(BERLIN, 2024, 5, 1, 23), BERLIN, since)
    assert is_due(s, None, local(BERLIN, 2024, 5, 2, 9), BERLIN, since)
    assert not is_due(s, None, local(BERLIN, 2024, 5, 2, 9), BERLIN)  # nothing to compare with


def test_backoff_grows_and_caps():
    assert retry_delay(0) == timedelta(0)
    assert [retry_delay(i) for i in (1, 2, 3)] == [timedelta(minutes=5), timedelta(minutes=15),
                                                   timedelta(hours=1)]
    assert retry_delay(4) == retry_delay(40) == timedelta(hours=4)


def entry(t: datetime, result: str, trigger: str = "scheduled", code: str = "") -> HistoryEntry:
    return HistoryEntry(time=t, trigger=trigger, result=result, code=code)


def test_next_attempt_catch_up_then_retry_with_backoff_then_reset():
    s = daily(2)
    ok = entry(local(BERLIN, 2024, 5, 1, 2), "ok")
    now = local(BERLIN, 2024, 5, 3, 9)
    st = ScheduleState.from_history([ok])
    p = next_attempt(s, st, now, BERLIN)
    assert p.when == now and p.trigger == Trigger.CATCH_UP and p.slot == local(BERLIN, 2024, 5, 3, 2)

    fails = [ok]
    t = now
    for n, delay in enumerate([5, 15, 60, 240, 240], start=1):
        fails.append(entry(t, "failed", "catch-up"))
        st = ScheduleState.from_history(fails)
        assert st.failures == n
        p = next_attempt(s, st, t + timedelta(seconds=1), BERLIN)
        assert p.when == t + timedelta(minutes=delay), n
        t = p.when
    # the retry never waits past the next slot (and a new slot starts at once)
    late = local(BERLIN, 2024, 5, 3, 23, 30)
    st = ScheduleState.from_history(fails + [entry(late, "failed", "catch-up")])
    p = next_attempt(s, st, late + timedelta(minutes=1), BERLIN)
    assert p.when == local(BERLIN, 2024, 5, 4, 2) and p.trigger == Trigger.SCHEDULED
    # success resets the count
    st = ScheduleState.from_history(fails + [entry(late, "ok", "manual")])
    assert st.failures == 0
    assert next_attempt(s, st, late, BERLIN).when == local(BERLIN, 2024, 5, 4, 2)


def test_no_retry_when_the_user_must_act_or_cancelled_or_skipped():
    s = daily(2)
    base = [entry(local(BERLIN, 2024, 5, 1, 2), "ok")]
    t = local(BERLIN, 2024, 5, 2, 2)
    # (admin-policy: a Google Workspace admin turned Drive apps off; only they can change it)
    for e in (entry(t, "failed", code="password-needed"), entry(t, "failed", code="admin-policy"),
              entry(t, "cancelled"), entry(t, "skipped", code="metered")):
        p = next_attempt(s, ScheduleState.from_history(base + [e]), t + timedelta(minutes=1),
                         BERLIN)
        assert p.when == local(BERLIN, 2024, 5, 3, 2), e


def test_manual_runs_count_as_success_but_not_as_attempts():
    s = daily(2)
    st = ScheduleState.from_history([entry(local(BERLIN, 2024, 5, 2, 9), "ok", "manual")])
    assert st.last_attempt is None
    p = next_attempt(s, st, local(BERLIN, 2024, 5, 2, 10), BERLIN)
    assert p.when == local(BERLIN, 2024, 5, 3, 2)


def test_config_round_trip_and_since(tmp_path):
    cfg = ScheduleConfig(frequency="weekly", at="21:45", weekday=2, min_battery=30)
    cfg.extra["future_field"] = 1
    save_config(cfg, tmp_path / "s.json")
    back = load_config(tmp_path / "s.json")
    assert back == cfg
    assert back.schedule == Schedule(Frequency.WEEKLY, time(21, 45), 2, 1)
    now = datetime(2024, 5, 1, 12, tzinfo=UTC)
    assert back.with_schedule(back.schedule, now) is back
    changed = back.with_schedule(Schedule(Frequency.DAILY, time(3)), now)
    assert changed.since_time == now and changed.frequency == "daily" and changed.at == "03:00"


def test_config_tolerates_bad_files(tmp_path):
    p = tmp_path / "s.json"
    p.write_text("{not json")
    assert load_config(p) == ScheduleConfig()
    p.write_text('{"frequency": "hourly", "weekday": "x", "at": "25:99"}')
    cfg = load_config(p)
    assert cfg.weekday == 6
    assert cfg.schedule.frequency == Frequency.MANUAL and cfg.schedule.at == time(2)
