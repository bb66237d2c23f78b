"""Human-readable sizes, times, durations and speeds for the UI (translatable)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale


def _tr(text: str) -> str:
    return QCoreApplication.translate("formatting", text)


def human_size(n: int | float) -> str:
    """1536 -> '1.5 KB' (decimal units, as file managers and WhatsApp show them)."""
    n = float(n)
    units = [_tr("B"), _tr("KB"), _tr("MB"), _tr("GB"), _tr("TB")]
    i = 0
    while n >= 1000 and i < len(units) - 1:
        n /= 1000
        i += 1
    if i == 0:
        return _tr("%1 B").replace("%1", str(int(n)))
    digits = 1 if n < 100 else 0
    return f"{QLocale().toString(n, 'f', digits)} {units[i]}"


def human_speed(bytes_per_s: float) -> str:
    return _tr("%1/s").replace("%1", human_size(bytes_per_s))


def human_duration(seconds: float) -> str:
    """Short duration: '45 s', '3 min', '1 h 20 min'."""
    s = max(0, int(round(seconds)))
    if s < 60:
        return _tr("%1 s").replace("%1", str(s))
    m = s // 60
    if m < 60:
        return _tr("%1 min").replace("%1", str(m)) if s % 60 == 0 or m >= 10 else \
            _tr("%1 min %2 s").replace("%1", str(m)).replace("%2", str(s % 60))
    return _tr("%1 h %2 min").replace("%1", str(m // 60)).replace("%2", str(m % 60))


def to_local(d: datetime) -> QDateTime:
    if d.tzinfo is None:
        d = d.replace(tzinfo=UTC)
    return QDateTime.fromMSecsSinceEpoch(int(d.timestamp() * 1000))


def human_when(d: datetime | int | None) -> str:
    """'Today, 14:02', 'Yesterday, 09:10', '12 Mar 2024' (local time)."""
    if d is None:
        return _tr("Never")
    qdt = QDateTime.fromMSecsSinceEpoch(d) if isinstance(d, int) else to_local(d)
    loc = QLocale()
    today = QDateTime.currentDateTime().date()
    day = qdt.date()
    time = loc.toString(qdt.time(), QLocale.FormatType.ShortFormat)
    if day == today:
        return _tr("Today, %1").replace("%1", time)
    if day.daysTo(today) == 1:
        return _tr("Yesterday, %1").replace("%1", time)
    if day.year() == today.year():
        return loc.toString(day, "d MMM") + ", " + time
    return loc.toString(day, "d MMM yyyy")


def short_date(ms: int | None) -> str:
    """A compact last-activity date for tables: time today, else day and month (and year)."""
    if not ms:
        return "—"
    qdt = QDateTime.fromMSecsSinceEpoch(ms)
    loc = QLocale()
    today = QDateTime.currentDateTime().date()
    if qdt.date() == today:
        return loc.toString(qdt.time(), QLocale.FormatType.ShortFormat)
    if qdt.date().year() == today.year():
        return loc.toString(qdt.date(), "d MMM")
    return loc.toString(qdt.date(), "d MMM yyyy")


def human_when_seconds(d: datetime) -> str:
    """Like ``human_when`` but to the second, so two backups a minute apart differ:
    'Today, 14:02:31', 'Yesterday, 09:10:05', else the locale's short date and the time."""
    qdt = to_local(d)
    loc = QLocale()
    fmt = loc.timeFormat(QLocale.FormatType.ShortFormat)
    if ":ss" not in fmt and "mm" in fmt:
        fmt = fmt.replace("mm", "mm:ss", 1)
    time = loc.toString(qdt.time(), fmt)
    day = qdt.date()
    today = QDateTime.currentDateTime().date()
    if day == today:
        return _tr("Today, %1").replace("%1", time)
    if day.daysTo(today) == 1:
        return _tr("Yesterday, %1").replace("%1", time)
    return _tr("%1, %2").replace("%1", loc.toString(day, "d MMM yyyy")).replace("%2", time)
