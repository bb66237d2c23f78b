"""The UI's one formatter of sizes, numbers, dates, times and durations, in the user's language.

Everything goes through ``QLocale()`` (the default locale, which ``ui/language.py`` sets to the
language the app runs in): digits, separators, month names, the order of day and month, 12- or
24-hour clocks. Sizes use one convention everywhere: decimal units (1 kB = 1,000 bytes, 1 MB =
1,000,000 bytes), as file managers and WhatsApp count them, one decimal below 100.
Never format a date with a hand-written pattern such as "d MMM": use these functions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, QTime

from ...units import size_parts

translate = QCoreApplication.translate
WhenLike = datetime | int | QDateTime | None


class _Plurals(QObject):
    """Plural forms need ``self.tr(text, "", n)``: lupdate marks a module-level
    ``translate(…, n)`` as singular when n is not a literal."""

    def bytes(self, n: int) -> str:
        return self.tr("%Ln byte(s)", "", n)


# --- numbers and sizes ------------------------------------------------------------------------
def number(n: int | float, decimals: int = -1) -> str:
    """12345 -> '12,345' / '12.345' / '١٢٬٣٤٥' (decimals=-1: an integer)."""
    loc = QLocale()
    if decimals < 0:
        return loc.toString(int(n))
    return loc.toString(float(n), "f", decimals)


def joined(parts: Iterable[str]) -> str:
    """Parts of a line of figures ("6 chats · 40 messages") joined with the language's own
    mark, empty parts left out. A mark no digit of the language looks like: beside Arabic-Indic
    digits a middle dot reads as zero (٠), so "٦ مشاركين · ٤ رسائل" read as 40; Arabic says
    "،". Every line that joins counts goes through this or a template of its own translated
    the same way (tests/ui/test_separators.py). The parts are data: put in in one pass."""
    return join_with(_separator(), [p for p in parts if p])


def join_with(template: str, parts: Iterable[str]) -> str:
    """``parts`` joined pairwise by a translated two-part ``template`` ("%1 · %2", "%1; %2"):
    each join fills %1 and %2 in one pass, so a part that holds "%2" stays as it is."""
    out: str | None = None
    for part in parts:
        out = part if out is None else _PLACEHOLDERS.sub(
            lambda m, a=out, b=part: a if m.group(1) == "1" else b, template)
    return out or ""


def _separator() -> str:
    return translate("formatting", "%1 · %2",
                     "two parts of a line of figures, e.g. \"3 chats · 40 messages\"; a mark "
                     "that cannot be read as a digit of the language (Arabic: ، not ·, which "
                     "reads as ٠)")


_PLACEHOLDERS = re.compile(r"%([12])")


def numbers(text: str, *values: int) -> str:
    """A translated text with its %1, %2 … filled with whole numbers in the language's digits:
    ``numbers(self.tr("At least %1 characters"), 8)``. A number in a sentence (a length, a
    count, a limit: "64-digit key") is such a value, never part of the text, so that Arabic
    shows "٦٤" like every other number on screen (docs/TRANSLATING.md)."""
    for i in range(len(values), 0, -1):  # %10 before %1
        text = text.replace(f"%{i}", number(values[i - 1]))
    return text


def human_size(n: int | float) -> str:
    """1536 -> '1.5 kB', 120_000_000 -> '120 MB', 12 -> '12 bytes' (decimal units), in the
    language's words, digits and order: '١٫٥ كيلوبايت', '1,5 МБ'. Not Qt's
    ``formattedDataSize``: its locale data mixed a word with an abbreviation in Arabic
    ('٥٩٫٧ كيلوبايت' beside '١٫٢ م.ب'); each translation names the units itself."""
    k, value, digits = size_parts(n)
    if k == 0:
        return _Plurals().bytes(int(value))
    return _unit_text(k).replace("%1", number(value, digits))


def _unit_text(k: int) -> str:
    """A size of ``k`` powers of 1,000 bytes, with its number as %1."""
    if k == 1:
        return translate("formatting", "%1 kB", "a size in kilobytes (1 kB = 1,000 bytes): "
                         "the language's usual unit name, as its file manager or WhatsApp "
                         "writes it")
    if k == 2:
        return translate("formatting", "%1 MB", "a size in megabytes (1 MB = 1,000,000 "
                         "bytes), written like the kB of the same language")
    if k == 3:
        return translate("formatting", "%1 GB", "a size in gigabytes, written like the kB "
                         "of the same language")
    return translate("formatting", "%1 TB", "a size in terabytes, written like the kB of "
                     "the same language")


def human_speed(bytes_per_s: float) -> str:
    return translate("formatting", "%1/s", "a transfer speed, e.g. 3.2 MB/s").replace(
        "%1", human_size(bytes_per_s))


def human_duration(seconds: float, precise: bool = False) -> str:
    """Short duration: '45 s', '3 min', '3 min 20 s', '1 h 20 min'. ``precise`` (a measured
    time, not an estimate): under 10 s with one decimal, '0.4 s', so that a quick restore does
    not read "in 0 s"."""
    if precise and 0 < seconds < 9.95:
        tenths = max(0.1, round(seconds, 1))
        return translate("formatting", "%1 s", "seconds, abbreviated").replace(
            "%1", number(tenths, 1))
    s = max(0, int(round(min(seconds, 1e9))))  # a stalled transfer's estimate can be huge
    if s < 60:
        return translate("formatting", "%1 s", "seconds, abbreviated").replace("%1", number(s))
    m = s // 60
    if m < 60:
        if s % 60 == 0 or m >= 10:
            return translate("formatting", "%1 min", "minutes, abbreviated").replace(
                "%1", number(m))
        return translate("formatting", "%1 min %2 s", "minutes and seconds, abbreviated") \
            .replace("%1", number(m)).replace("%2", number(s % 60))
    return translate("formatting", "%1 h %2 min", "hours and minutes, abbreviated") \
        .replace("%1", number(m // 60)).replace("%2", number(m % 60))


def countdown(seconds: int) -> str:
    """Time left as minutes and seconds, '4:05', in the language's digits."""
    seconds = max(0, int(seconds))
    return QLocale().toString(QTime(0, seconds // 60 % 60, seconds % 60), "m:ss")


def breakable_path(path: str) -> str:
    """A file path that may wrap after its folder separators (a zero-width space after each),
    so a long path wraps inside a label instead of running out of it."""
    return re.sub(r"([/\\])", "\\1\u200b", path)


# --- dates and times --------------------------------------------------------------------------
def to_qdatetime(when: datetime | int | QDateTime) -> QDateTime:
    """A local QDateTime from an aware/naive-UTC datetime, epoch milliseconds or a QDateTime."""
    if isinstance(when, QDateTime):
        return when.toLocalTime()
    if isinstance(when, datetime):
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return QDateTime.fromMSecsSinceEpoch(int(when.timestamp() * 1000))
    return QDateTime.fromMSecsSinceEpoch(int(when))


to_local = to_qdatetime  # the older name


def _qdate(d: date | QDate) -> QDate:
    return d if isinstance(d, QDate) else QDate(d.year, d.month, d.day)


_WEEKDAY = re.compile(r"d{3,4}[\s,،.]*|[\s,،]*d{3,4}")
_YEAR = re.compile(r"[\s,،.]*(?:'[^']*'\s*)?y+(?:\s*'[^']*'\.?)?")


def date_pattern(*, year: bool = True, month_names: bool = True, weekday: bool = False) -> str:
    """A date pattern of the locale's own: its long format, trimmed. No hand-written order."""
    loc = QLocale()
    if not month_names:
        return loc.dateFormat(QLocale.FormatType.ShortFormat)
    fmt = loc.dateFormat(QLocale.FormatType.LongFormat)
    if not weekday:
        fmt = _WEEKDAY.sub("", fmt).strip(" ,،")
    if not year:
        trimmed = _YEAR.sub("", fmt).strip(" ,،")
        if "d" in trimmed and "M" in trimmed:
            fmt = trimmed
    return fmt


def format_time(when: datetime | int | QDateTime | QTime, *, seconds: bool = False) -> str:
    """'14:02' / '2:02 PM' / '14.02' (with seconds: '14:02:31')."""
    t = when if isinstance(when, QTime) else to_qdatetime(when).time()
    loc = QLocale()
    fmt = loc.timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and "s" not in fmt:
        m = re.search(r"([^A-Za-z']?)(m{1,2})", fmt)
        if m:
            sep = m.group(1) or ":"
            fmt = fmt[:m.end()] + sep + "ss" + fmt[m.end():]
    return loc.toString(t, fmt)


def format_date(when: datetime | int | QDateTime | date | QDate, *, year: bool = True,
                weekday: bool = False) -> str:
    """'5 December 2026' / 'December 5, 2026' / '5 de dezembro de 2026' (the locale's order)."""
    if isinstance(when, (date, QDate)) and not isinstance(when, datetime):
        d = _qdate(when)
    else:
        d = to_qdatetime(when).date()
    return QLocale().toString(d, date_pattern(year=year, weekday=weekday))


def format_short_date(when: datetime | int | QDateTime | date | QDate) -> str:
    """The locale's numeric date: '05/12/2026', '12/5/26', '05.12.26'."""
    if isinstance(when, (date, QDate)) and not isinstance(when, datetime):
        d = _qdate(when)
    else:
        d = to_qdatetime(when).date()
    return QLocale().toString(d, QLocale.FormatType.ShortFormat)


def format_datetime(when: datetime | int | QDateTime, *, seconds: bool = False) -> str:
    """Date and time, e.g. '5 December 2026, 14:02'."""
    return translate("formatting", "%1, %2", "a date, then a time").replace(
        "%1", format_date(when)).replace("%2", format_time(when, seconds=seconds))


def human_when(when: WhenLike, *, seconds: bool = False, mid_sentence: bool = False) -> str:
    """'Today, 14:02', 'Yesterday, 09:10', '12 March, 08:00', '12 March 2024, 08:00'
    (local time; with ``seconds`` the times show seconds). ``None`` is 'Never'.
    ``mid_sentence``: the text stands inside a sentence ("…, the newest from today, 14:02"),
    where languages that capitalise only a sentence's first word write "today" (each
    translation has its own mid-sentence form)."""
    if when is None:
        return translate("formatting", "Never")
    qdt = to_qdatetime(when)
    today = QDateTime.currentDateTime().date()
    day = qdt.date()
    time = format_time(qdt, seconds=seconds)
    if day == today:
        if mid_sentence:
            return translate("formatting", "today, %1", "inside a sentence").replace("%1", time)
        return translate("formatting", "Today, %1").replace("%1", time)
    if day.daysTo(today) == 1:
        if mid_sentence:
            return translate("formatting", "yesterday, %1", "inside a sentence").replace(
                "%1", time)
        return translate("formatting", "Yesterday, %1").replace("%1", time)
    date_text = format_date(qdt, year=day.year() != today.year())
    return translate("formatting", "%1, %2", "a date, then a time").replace(
        "%1", date_text).replace("%2", time)


def short_date(ms: int | None) -> str:
    """A compact last-activity date for tables: the time today, else day and month (and the
    year when it is not this year)."""
    if not ms:
        return "—"
    qdt = to_qdatetime(ms)
    today = QDateTime.currentDateTime().date()
    if qdt.date() == today:
        return format_time(qdt)
    loc = QLocale()
    fmt = date_pattern(year=qdt.date().year() != today.year()).replace("MMMM", "MMM")
    return loc.toString(qdt.date(), fmt)


def day_header(d: QDate | date) -> str:
    """The day line above a chat's messages: 'Today', 'Yesterday' or 'Friday, 5 December 2026'."""
    d = _qdate(d)
    today = QDate.currentDate()
    if d == today:
        return translate("formatting", "Today")
    if d.daysTo(today) == 1:
        return translate("formatting", "Yesterday")
    return QLocale().toString(d, date_pattern(weekday=True, year=d.year() != today.year()))


def _range_date(when: datetime | int | QDateTime) -> str:
    qdt = to_qdatetime(when)
    return QLocale().toString(qdt.date(), date_pattern().replace("MMMM", "MMM"))


def date_range(first: WhenLike, last: WhenLike) -> str:
    """'Sep 12, 2020 – Jan 7, 2023', or one date when both fall on the same day. Month names,
    not digits: an export's dates may be day/month or month/day, and the preview must not
    look like it swapped them (digits in the locale's order next to "read as day/month/year")."""
    if first is None:
        return "—"
    a = _range_date(first)
    b = _range_date(last) if last is not None else a
    if a == b:
        return a
    return translate("formatting", "%1 – %2", "a range of dates").replace("%1", a).replace(
        "%2", b)


def human_when_seconds(when: WhenLike, *, mid_sentence: bool = False) -> str:
    """``human_when`` to the second, so two backups a minute apart differ: 'Today, 14:02:31'."""
    return human_when(when, seconds=True, mid_sentence=mid_sentence)
