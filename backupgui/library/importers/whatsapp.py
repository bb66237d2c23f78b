"""WhatsApp "Export chat" reader: the ``.txt`` alone or the ``.zip`` with media.

The text is read twice, line by line, so memory stays flat however long the chat is:

1. a scan that settles what only the whole file can tell: the line layout, the date order
   (D/M/Y, M/D/Y or Y-M-D), who the senders are (names that start many lines; a name may
   hold ``": "``), which iPhone "sender" is really the chat (system lines), the chat's name
   and hints that it is a group;
2. the parse proper, which reports one message at a time to the sink, each with its place
   in the export (``seq``: the order of messages written in the same minute).

Line layouts (direction marks may stand anywhere in the stamp; digits may be Arabic-Indic
or Persian; U+202F/U+00A0 count as spaces)::

    Android    12/31/20, 11:59 PM - Name: text      31.12.20, 23:59 - Name: text
               13. 6. 2018. 21:25 - Name: text      13.6.2018 klo 21.25 - Name: text
    iOS        [31/12/2020, 23:59:59] Name: text    [2020-12-31, 11:59:59 p. m.] Name: text
               [3/18/2565 BE, 14:56:01] ...         [3/18/R4, 14:56:01] ...  (Thai, Japanese era)
               [14:56:01, 3/18/22] ...  (time first, Vietnamese)
    old iOS    7/1/16, 4:56:55 PM: Name: text

What WhatsApp writes in each language (placeholders, system lines, file names, clock words)
is data: ``locales/*.json``, read by ``whatsapp_locale``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import posixpath
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from ..model import Chat, Participant
from .common import (
    ExportSource,
    ImportFormatError,
    ParsedMedia,
    ParsedMessage,
    Sink,
    guess_media_kind,
    guess_mime,
    local_ms,
    missing_media_row,
    nfc,
    stable_id,
)
from .whatsapp_locale import MARKS, NOTICE_HEAD, clock_word, key, locales, month_key, plain

# What WhatsApp itself puts before attachment markers and system text (removed from the start
# of a message); embeddings such as U+202A...U+202C around phone numbers stay balanced.
LEAD = "\u200e\u200f\ufeff"
_HEAD_CLEAN = str.maketrans({**{c: None for c in MARKS}, "\u202f": " ", "\u00a0": " "})

# A message longer than this (UTF-8 bytes; WhatsApp itself stops at 65,536 characters) is cut
# there with a warning, and so is a line: memory and time stay bounded whatever the file holds.
MAX_MESSAGE_BYTES = 1 << 20

_L = locales()
# Words a date with the month's name may hold besides day, month and year.
_DATE_FILLERS = (_L.date_words | {month_key(w) for w in _L.year_suffixes}
                 | {month_key(w) for w in _L.connectors})

# -- the grammar of a message's first line ------------------------------------------------
_MC = "\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff"
_M = f"[{_MC}]*"
_LEADING = f"[{_MC}\ufeff]*"
_YEAR = r"(?:[MTSHR]|令和|平成|昭和)?\d{1,4}"
# What may follow a date's year: a Buddhist era's name, or a word for "year" ("5.03.21 г.").
_ERA_WORDS = "|".join(["BE", r"พ\.ศ\."] + [re.escape(w) for w in _L.year_suffixes])
_DATE_SPAN = (_M + r"(?P<date>" + _YEAR + _M + r"(?P<sep>[./\-])" + _M + r"\s?" + _M
              + r"\d{1,2}" + _M + r"(?P=sep)" + _M + r"\s?" + _M + _YEAR
              + r"(?:\s?(?:" + _ERA_WORDS + r"))?)\.?" + _M)
_PRE = ("(?:(?:" + "|".join(map(re.escape, _L.prefixes)) + r")\s?)?") if _L.prefixes else ""
_CLOCK = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
_HALF_DAY = 12  # hours on a clock with AM/PM
_CONN = ("(?:(?:" + "|".join(map(re.escape, _L.connectors)) + r")\s" + _M + ")?"
         if _L.connectors else "")
_AFTER_DATE = r"[,،]?\s" + _M + _CONN
# An AM/PM word is a short run of non-digits ("PM", "p. m.", "nachm.", "م", "in the
# morning") before the end of the stamp; it is checked against the locales' words afterwards.
_AMPM = {
    "ios": r"(?:\s?[^\]\d\s,][^\]\d,]{0,19}?)?",
    "android": r"(?:\s?[^\d\s\-–,][^\d\-–,]{0,19}?)?",
    "colon": r"(?:\s?[^\d\s:,][^\d:,]{0,19}?)?",
}


def _time_span(ampm: str) -> str:
    return "(?P<time>" + _PRE + _CLOCK + ampm + ")"


# Each layout captures exactly date, sep, time and rest, in that order or with the time
# first (the hot loops unpack m.groups()); once the first message has told which layout the
# export uses, every line costs one match of that layout.
_LAYOUTS: dict[str, str] = {
    "ios": (_LEADING + r"\[" + _DATE_SPAN + _AFTER_DATE + _time_span(_AMPM["ios"]) + _M
            + r"\]\s(?P<rest>.*)"),
    "ios_tf": (_LEADING + r"\[" + _M + _time_span(_AMPM["ios"]) + _M + r"[,،]?\s"
               + _DATE_SPAN + r"\]\s(?P<rest>.*)"),
    "android": (_LEADING + _DATE_SPAN + _AFTER_DATE + _time_span(_AMPM["android"]) + _M
                + r"\s[-–]\s(?P<rest>.*)"),
    "android_tf": (_LEADING + _time_span(_AMPM["android"]) + _M + r"[,،]\s" + _DATE_SPAN
                   + r"\s[-–]\s(?P<rest>.*)"),
    "colon": (_LEADING + _DATE_SPAN + _AFTER_DATE + _time_span(_AMPM["colon"]) + _M
              + r":\s(?P<rest>.*)"),
}
# Dates with the month's name, for phones whose date format writes one ("Mar 5, 2021",
# "5 Mar 2021", "5. März 2021", "5 de mar. de 2021", "2021. márc. 5.", "05-Mar-21",
# "2021年3月5日", "5 thg 3, 2021"), also without the year ("Mar 5, 8:11 PM"): a few tokens,
# numbers and words, read by ``_wdate``; a line whose tokens are no date is no header. Each
# token is whole (a number or word is never split to fit), so a line is matched in bounded
# time. Tried only when no layout above reads the first message.
_WTOKEN = (r"(?:\d{1,4}(?!\d)[.年月日년월일]?|[^\W\d_][^\s\d,:\[\]()/\-–]{0,19}"
           r"(?![^\s\d,:\[\]()/\-–]))")
# (As few tokens as the rest of the stamp allows: a clock word before the time, "오후 8:11",
# is the time's.)
_WDATE_SPAN = (_M + r"(?P<date>" + _WTOKEN + r"(?:[\s,./\-]{0,3}" + _WTOKEN + "){0,5}?)" + _M
               + "(?P<sep>)")
_LAYOUTS["ios_w"] = (_LEADING + r"\[" + _WDATE_SPAN + _AFTER_DATE + _time_span(_AMPM["ios"])
                     + _M + r"\]\s(?P<rest>.*)")
_LAYOUTS["android_w"] = (_LEADING + _WDATE_SPAN + _AFTER_DATE + _time_span(_AMPM["android"])
                         + _M + r"\s[-–]\s(?P<rest>.*)")
# Old Android exports write the time first: "19:23, 28 Aug 2013 - ".
_LAYOUTS["android_wtf"] = (_LEADING + _time_span(_AMPM["android"]) + _M + r"[,،]\s"
                           + _WDATE_SPAN + r"\s[-–]\s(?P<rest>.*)")
_WORDS = frozenset({"ios_w", "android_w", "android_wtf"})
# The usual Android and iPhone stamps (ASCII-style digits, no marks inside, no era, no
# connector, no clock word before the time), as a simpler pattern that costs a third less
# per line. Whatever it matches, the full pattern matches the same way (its extra parts are
# all optional and cannot match what this one accepts), with the same group numbers; a
# line it does not match is tried with the full pattern when it starts like a stamp.
_PLAIN_DATE = (r"(?P<date>\d{1,4}(?P<sep>[./\-])\s?\d{1,2}(?P=sep)\s?\d{1,4})\.?" + _M)
_FAST: dict[str, str] = {
    "ios": (_LEADING + r"\[" + _PLAIN_DATE + r"[,،]?\s(?P<time>" + _CLOCK + _AMPM["ios"] + ")"
            + _M + r"\]\s(?P<rest>.*)"),
    "android": (_LEADING + _PLAIN_DATE + r"[,،]?\s(?P<time>" + _CLOCK + _AMPM["android"] + ")"
                + _M + r"\s[-–]\s(?P<rest>.*)"),
}
_COMPILED: dict[str, tuple[Callable[[str], re.Match[str] | None], tuple[int, int, int]]] = {}
Match = Callable[[str], "re.Match[str] | None"]


def _line(layout: str) -> tuple[Callable[[str], re.Match[str] | None], tuple[int, int, int]]:
    """The match function of a layout's line pattern and the numbers of its (date, time,
    rest) groups; compiled on first use (each costs a few milliseconds to compile)."""
    got = _COMPILED.get(layout)
    if got is None:
        rx = re.compile(_LAYOUTS[layout], re.S)
        groups = tuple(rx.groupindex[g] for g in ("date", "time", "rest"))
        match = rx.match
        if layout in _WORDS:
            date_group = groups[0]

            def match(line: str, _match=rx.match) -> re.Match[str] | None:
                m = _match(line)
                return m if m is not None and _wdate(m.group(date_group)) is not None else None

        got = _COMPILED[layout] = (match, groups)  # type: ignore[assignment]
    return got


def _matcher(layout: str) -> tuple[Match, Match | None, tuple[int, int, int]]:
    """(first pattern, the one to try when it fails on a line that starts like a stamp, or
    None, group numbers) for the hot loops: the fast pattern backed by the full one where a
    layout has a fast one (see ``_FAST``)."""
    full, groups = _line(layout)
    if layout not in _FAST:
        return full, None, groups
    fast_key = "fast-" + layout
    got = _COMPILED.get(fast_key)
    if got is None:
        rx = re.compile(_FAST[layout], re.S)
        got = _COMPILED[fast_key] = (rx.match, tuple(rx.groupindex[g] for g in ("date", "time", "rest")))
        assert got[1] == groups
    return got[0], full, groups



def _may_start_a_stamp(text: str) -> bool:
    """Whether a line a fast pattern did not match could still be a stamp the full one reads:
    it starts with a digit (any script's), a mark, a bracket or an era's name."""
    c = text[:1]
    return bool(c) and (c.isdigit() or c in _STAMP_STARTS)


_STAMP_STARTS = frozenset("[" + MARKS + "MTSHR令平昭明大")
# Tried in this order at the first message (an Android line never reads as "colon": its
# stamp ends with " - ", not ": ").
_ORDER = ("ios", "ios_tf", "android", "android_tf", "colon", "ios_w", "android_w", "android_wtf")
# iPhone exports: system lines are marked
_IOS_LIKE = frozenset({"ios", "ios_tf", "colon", "ios_w"})

_DATE_PARTS = re.compile(r"(?P<a>(?:[MTSHR]|令和|平成|昭和)?\d{1,4})(?P<sep>[./\-])(?P<b>\d{1,2})"
                         r"(?P=sep)(?P<c>(?:[MTSHR]|令和|平成|昭和)?\d{1,4})(?P<be>BE|พ\.ศ\.)?"
                         + "(?:" + "|".join(map(re.escape, _L.year_suffixes or ("\x00",))) + ")?"
                         + r"\.?")
_TIME_PARTS = re.compile(r"(?P<pre>" + "|".join(map(re.escape, _L.prefixes or ("\x00",)))
                         + r")?\s?(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?:[:.](?P<s>\d{2}))?\s?(?P<ampm>.*)",
                         re.S)
_NO_SPACE = str.maketrans({**{c: None for c in MARKS}, " ": None, "\u00a0": None,
                           "\u202f": None, "\t": None})
_ERA = {"M": 1867, "T": 1911, "S": 1925, "H": 1988, "R": 2018, "明治": 1867, "大正": 1911,
        "昭和": 1925, "平成": 1988, "令和": 2018}
_ERA_STARTS = frozenset(e[0] for e in _ERA)  # (a year without an era starts with a digit)


@dataclass(frozen=True, slots=True)
class _Date:
    """A date as written: its three fields and what they say about the year."""

    a: int
    sep: str
    b: int
    c: int
    a_year: bool  # the first field can only be a year (4 digits, or an era year)
    a_raw: str
    c_raw: str
    buddhist: bool  # "BE" / "พ.ศ." after the year


_DATES: dict[str, _Date | None] = {}


def _date(raw: str) -> _Date | None:
    """The fields of a date as the stamp writes it (cached: a chat has few distinct days)."""
    got = _DATES.get(raw, False)
    if got is not False:
        return got  # type: ignore[return-value]
    m = _DATE_PARTS.fullmatch(raw.translate(_NO_SPACE))
    d = None
    if m is not None:
        a, sep, b, c, be = m.groups()
        d = _Date(_field(a), sep, int(b), _field(c), len(a) >= 3 or not a[:1].isdigit(),
                  a, c, be is not None)
    if len(_DATES) >= 4096:
        _DATES.clear()
    _DATES[raw] = d
    return d


@dataclass(frozen=True, slots=True)
class _WDate:
    """A date written with its month's name: the Gregorian year (None: not written), the
    month's candidates (one, but a few names mean different months in different languages:
    Croatian "listopad" is October, Czech and Polish November) with the languages naming
    each, and the day."""

    year: int | None
    months: tuple[tuple[int, frozenset[str]], ...]
    day: int

    def month(self, votes: dict[str, int]) -> int:
        """The month; an ambiguous name is read in the language the file's other month
        names point to (``votes``: how many dates each language names), else as most
        languages do."""
        if len(self.months) == 1:
            return self.months[0][0]
        return max(self.months, key=lambda c: (sum(votes.get(lang, 0) for lang in c[1]),
                                               len(c[1]), -c[0]))[0]


_WTOKENS = re.compile(r"(\d+)([年月日년월일]|\.)?|([^\s\d,/\-–]+)")
_BUDDHIST = frozenset({"be", "พ.ศ"})
_WDATES: dict[str, _WDate | None] = {}


def _wdate(raw: str) -> _WDate | None:
    """A date with the month's name as the stamp writes it (see ``_WTOKEN``), or None
    (cached: a chat has few distinct days)."""
    got = _WDATES.get(raw, False)
    if got is not False:
        return got  # type: ignore[return-value]
    d = _read_wdate(raw)
    if len(_WDATES) >= 4096:
        _WDATES.clear()
    _WDATES[raw] = d
    return d


def _read_wdate(raw: str) -> _WDate | None:
    nums: list[tuple[int, str]] = []  # plain numbers: (value, digits)
    year = day = None
    month: int | None = None
    named: tuple[tuple[int, frozenset[str]], ...] | None = None
    buddhist = month_next = False
    for m in _WTOKENS.finditer(raw.translate(_HEAD_CLEAN)):
        digits, suffix, word = m.groups()
        if digits is not None:
            value = (int(digits), digits)
            if month_next or suffix in ("月", "월"):
                if month is not None or named is not None:
                    return None
                month, month_next = value[0], False
            elif suffix in ("年", "년"):
                if year is not None:
                    return None
                year = value
            elif suffix in ("日", "일"):
                if day is not None:
                    return None
                day = value
            else:
                nums.append(value)
            continue
        k = month_key(word)
        if not k:
            continue
        found = _L.months.get(k)
        if found is not None:
            if month is not None or named is not None:
                return None
            named = found
        elif k in _L.month_words:
            month_next = True
        elif k in _BUDDHIST:
            buddhist = True
        elif k not in _DATE_FILLERS:
            return None  # a word that is no part of a date: not a stamp
    if named is None:
        if month is None or not 1 <= month <= 12:
            return None
        named = ((month, frozenset()),)
    if day is None and nums:
        day = nums.pop(0) if year is not None or len(nums) == 1 or (
            len(nums[0][1]) <= 2 and nums[0][0] <= 31) else nums.pop(1)
    if year is None and nums:
        year = nums.pop(0)
    if nums or day is None or not 1 <= day[0] <= 31:
        return None
    y = None
    if year is not None:
        y = _year(year[1], year[0], buddhist)
        try:
            for mo, _langs in named:
                dt.date(y, mo, day[0])
        except ValueError:
            return None
    return _WDate(y, named, day[0])


# The day a file was sent, in the names WhatsApp gives attachments.
_FILE_DATE = re.compile(r"(?:IMG|VID|PTT|AUD|STK|DOC|PHOTO|VIDEO|AUDIO|STICKER|GIF)-"
                        r"(20\d\d)-?(\d\d)-?(\d\d)")
_DAYS_BEFORE = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def _doy(md: tuple[int, int]) -> int:
    """The day of the year of (month, day), in a year of 365 days."""
    return _DAYS_BEFORE[md[0] - 1] + md[1]


def _rolls(prev: tuple[int, int], md: tuple[int, int]) -> bool:
    """Whether a date without a year that follows ``prev`` is in the next year: it is more
    than a week before it (a message a day out of order is not a new year)."""
    return _doy(prev) - _doy(md) > 7


_ERA_PREFIX = re.compile(r"(?:[MTSHR]|明治|大正|昭和|平成|令和)")


def _field(text: str) -> int:
    """A date field's number, without a Japanese era's name before it ("R4" -> 4)."""
    m = _ERA_PREFIX.match(text)
    return int(text[m.end():] if m else text)


def _year(raw: str, value: int, buddhist: bool) -> int:
    """A year as written -> its Gregorian number (eras, Buddhist years, two digits)."""
    if raw[:1] in _ERA_STARTS:
        for era, base in _ERA.items():
            if raw.startswith(era):
                return base + value
    if buddhist or value >= 2400:
        return value - 543  # Thai Buddhist calendar
    if value < 100:
        return value + 2000
    return value


def _jalali_to_gregorian(jy: int, jm: int, jd: int) -> tuple[int, int, int]:
    """Solar Hijri (Persian) date -> Gregorian (the arithmetic algorithm, exact 1178-1633)."""
    jy += 1595
    days = -355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + jd
    days += (jm - 1) * 31 if jm < 7 else (jm - 7) * 30 + 186
    gy = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gy += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gy += (days - 1) // 365
        days = (days - 1) % 365
    gd = days + 1
    leap = (gy % 4 == 0 and gy % 100 != 0) or gy % 400 == 0
    for gm, n in enumerate((31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31), 1):
        if gd <= n:
            return gy, gm, gd
        gd -= n
    raise ValueError("bad Persian date")


_MARKERS: dict[str, tuple[str | None, bool]] = {}


def _marker(pre: str | None, raw: str) -> tuple[str | None, bool]:
    """The clock word of a time: 'am' | 'pm' | 'night' | 'noon' | None (24-hour clock) | '?'
    (a word no locale has), and whether it is written exactly "AM"/"PM" (as the US does)."""
    word = pre or raw
    got = _MARKERS.get(word)
    if got is not None:
        return got
    if not word.strip(MARKS + " \u202f\u00a0."):  # (nothing, or a dot: "13:34. - Ana: hi")
        out: tuple[str | None, bool] = (None, False)
    else:
        w = clock_word(word)
        kind = ("am" if w in _L.am else "pm" if w in _L.pm else "night" if w in _L.night
                else "noon" if w in _L.noon else "?")
        out = (kind, word.strip(MARKS + " \u202f\u00a0") in ("AM", "PM"))
    if len(_MARKERS) < 512:
        _MARKERS[word] = out
    return out


def _hour(h: int, marker: str | None) -> int:
    """The 24-hour hour of ``h`` on a clock marked ``marker`` (12-hour clocks run 12, 1 ... 11,
    or 0 ... 11 in Japan: both map with "% 12")."""
    if marker == "am":
        return h % 12
    if marker == "pm":
        return h % 12 + 12
    if marker == "night":  # 9 at night is 21:00, 1 at night 01:00, 12 at night 00:00
        return h + 12 if 6 <= h <= 11 else h % 12
    if marker == "noon":  # 12 noon is 12:00, 11 is 11:00, 1 is 13:00
        return h if h in (11, 12) else h % 12 + 12
    return h


_SURROGATE = re.compile("[\udc80-\udcff]")  # undecodable bytes, via "surrogateescape"
_MAX_PREAMBLE = 200  # lines of non-export text tolerated before the first message
_BATCH = 2000  # plain messages handed to the sink at once
_MAX_NAMES = 50_000  # would-be sender names counted in pass 1 before rare ones are dropped

# English (and a few other) words of group events: cheap hints that a chat is a group, and a
# cheap first test of an Android "name" that may be the start of a system line.
_SYSTEM = re.compile(
    r"end-to-end encrypted|created group|created this group|added|removed|left$|"
    r" changed the subject|changed this group's|changed the group|joined using|"
    r"security code (?:with .* )?changed|changed their phone number|now an admin|"
    r"pinned a message|disappearing messages|Ende-zu-Ende|cifrad|criptografad|"
    r"hat die Gruppe|ha creado el grupo|criou o grupo|a créé le groupe",
    re.I)
_GROUP_HINT = re.compile(
    r"created group|created this group|\badded\b|\bremoved\b|\bleft$|changed the subject|"
    r"changed this group's|changed the group|joined using this group|group's invite link|"
    r"hat die Gruppe|ha creado el grupo|criou o grupo|a créé le groupe", re.I)


_HAS_MARK = re.compile("[" + MARKS + "\u202f\u00a0]")


def _split_candidates(rest: str) -> list[str]:
    """Possible sender names: the text before each of the first few ': '."""
    out: list[str] = []
    start = 0
    marked = _HAS_MARK.search(rest, 0, 110) is not None
    while len(out) < 4:
        i = rest.find(": ", start, 102)
        if i < 0:
            break
        name = rest[:i].translate(_HEAD_CLEAN).strip() if marked else rest[:i].strip()
        if name:
            out.append(name)
        start = i + 2
    return out


# A phone number as WhatsApp writes a sender it has no name for: never more after it.
_PHONE = re.compile(r"\+?[\d\s\-()]{7,24}")


def _may_extend(short: str, long: str) -> bool:
    """Whether ``long`` ("Dr: Who"), which starts with ``short`` and ": ", may be a name: what
    it adds is a few words, not a sentence ("Ana: Follow this link to join my group" is Ana
    writing that, twice)."""
    extra = long[len(short) + 2:]
    return len(extra) <= 24 and extra.count(" ") < 3


class _Names:
    """Bounded caches of what depends only on the text before a ': ' (a would-be name)."""

    __slots__ = ("clean", "heads", "system")

    def __init__(self) -> None:
        self.clean: dict[str, str] = {}  # raw -> without marks and surrounding spaces
        self.heads: dict[str, str] = {}  # raw -> ``head(raw)``
        self.system: dict[str, bool] = {}  # name -> it may be a system phrase, not a sender

    def name(self, raw: str) -> str:
        name = self.clean.get(raw)
        if name is None:
            name = raw.translate(_HEAD_CLEAN).strip()
            if len(self.clean) >= 4096:
                self.clean.clear()
            self.clean[raw] = name
        return name

    def head(self, raw: str) -> str:
        """``name(raw)`` of the text before a line's only ': ', or '' if it starts with a
        mark: such a line is never "plain name: text" (see ``_scan_rest``)."""
        name = "" if raw[:1] in LEAD and raw else self.name(raw)
        if len(self.heads) >= 4096:
            self.heads.clear()
        self.heads[raw] = name
        return name


# ``_messages``' head of a line without exactly one ': ' near its start.
_NO_HEAD = ("", False, False, False)

# What an iPhone line's marked body ("Name: \u200e...") is.
_PLACEHOLDER, _SYSTEM_LINE, _OTHER = 1, 2, 3


@dataclass
class _Scan:
    """Whole-file facts gathered by the first pass."""

    layout: str | None = None
    headers: int = 0
    first_header_line: int = 0
    ymd: int = 0
    bad_dmy: int = 0  # lines whose second field > 12 (impossible as a month)
    bad_mdy: int = 0
    # The same by the year's width ("23" or "2023"): a file that writes two date layouts, one
    # for each (seen in a published test file), gets each layout's own order.
    bad_by_width: dict[int, list[int]] = field(default_factory=dict)
    down_dmy: int = 0  # times the date went backwards under each reading
    down_mdy: int = 0
    prev_dmy: tuple[int, int, int] = (0, 0, 0)
    prev_mdy: tuple[int, int, int] = (0, 0, 0)
    seps: dict[str, int] = field(default_factory=dict)
    short_year: int = 0
    twelve_hour: int = 0
    us_marker: int = 0
    counts: dict[str, int] = field(default_factory=dict)  # lines a name could have started
    multi: dict[str, int] = field(default_factory=dict)  # of those, lines with other candidates
    marked: dict[str, int] = field(default_factory=dict)  # known system lines "by" a name
    group_hint: bool = False
    created: str | None = None
    subject: str | None = None
    ios_system_sender: str | None = None
    first_text: tuple[int, str | None] | None = None  # first non-blank line before any message
    # Consecutive headers with the same date (as written) are counted, then added at once.
    run_date: str | None = None
    run: int = 0
    first_dmy: tuple[int, int, int] | None = None  # of the first day/month/year-ish date
    first_mdy: tuple[int, int, int] | None = None
    pruned: bool = False
    # Dates with the month's name (``_WORDS`` layouts): how many give their year and the
    # last year given; how many do not, the first and last of those (month, day), and how
    # often they went back to an earlier day of the year (a new year: ``_rolls``); how many
    # dates each language's month names name (``_WDate.month``).
    with_year: int = 0
    last_year: int | None = None
    yearless: int = 0
    yl_first: tuple[int, int] | None = None
    yl_last: tuple[int, int] | None = None
    rollovers: int = 0
    votes: dict[str, int] = field(default_factory=dict)
    # Attachments named with the day they were sent ("IMG-20240103-WA0001.jpg",
    # "00000005-PHOTO-2024-01-03-21-17-30.jpg") on a line of that day: how many read that
    # day from the stamp day first and month first; and for stamps without a year, the
    # first such stamp and its file's year, and how many new years (``_rolls``) came before.
    file_dmy: int = 0
    file_mdy: int = 0
    file_year: tuple[str, int] | None = None
    file_year_at: int | None = None

    @property
    def ios(self) -> bool:
        return self.layout in _IOS_LIKE

    @property
    def words(self) -> bool:
        return self.layout in _WORDS

    def dated_file(self, date: str, rest: str) -> None:
        """A header's text names a file: if the file's name holds the day it was sent and
        that is the header's day, it tells how the header writes its date."""
        m = _FILE_DATE.search(rest)
        if m is None:
            return
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if self.layout in _WORDS:
            w = _wdate(date)
            if (w is not None and w.year is None and self.file_year is None
                    and (w.month(self.votes), w.day) == (mo, d)):
                self.file_year = (date, y)
            return
        dd = _date(date)
        if dd is None or dd.a_year or dd.a == dd.b or _year(dd.c_raw, dd.c, dd.buddhist) != y:
            return
        if (dd.b, dd.a) == (mo, d):
            self.file_dmy += 1
        elif (dd.a, dd.b) == (mo, d):
            self.file_mdy += 1

    def add_names(self, cands: list[str]) -> None:
        for c in cands:
            self.counts[c] = self.counts.get(c, 0) + 1
        if len(cands) > 1:
            for c in cands:
                self.multi[c] = self.multi.get(c, 0) + 1
        if len(self.counts) > _MAX_NAMES:
            self.prune()

    def sole(self, name: str) -> int:
        """Lines that ``name`` alone could have started (the sender of a message without
        ': ' near its start)."""
        return self.counts.get(name, 0) - self.multi.get(name, 0)

    def prune(self) -> None:
        # Lossy counting keeps memory flat: rare candidates are message text, not names.
        self.pruned = True
        self.counts = {k: v for k, v in self.counts.items() if v > 2}
        self.multi = {k: v for k, v in self.multi.items() if k in self.counts}

    def pick_name(self, cands: list[str], known: str | None) -> str:
        """The sender of a line whose text has several ': ' (``cands``: the text before
        each), from what the whole file says: the name WhatsApp put there starts many lines.

        A name that alone starts some line (the sender of a message without ': ') wins, the
        most frequent one if several. Else the longest candidate that starts as many lines
        as the shortest, at least two (a name holding ': ', "Dr: Who"); else the shortest."""
        if known is not None and known in cands:
            return known
        best = None
        for c in cands:
            n = self.sole(c)
            if n > 0 and (best is None or n > best[0]):
                best = (n, c)
        if best is not None:
            return best[1]
        floor = self.counts.get(cands[0], 0)
        if floor >= 2 and not _PHONE.fullmatch(cands[0]):
            for c in reversed(cands):
                if self.counts.get(c, 0) == floor and _may_extend(cands[0], c):
                    return c
        return cands[0]

    def system_senders(self) -> frozenset[str]:
        """The "senders" that are no person: WhatsApp attributes system lines to the chat (on
        iPhone, and in some Android exports), and such a name writes known system lines and
        never a message or a placeholder. Their marked lines are system lines."""
        return frozenset(n for n in self.marked if n not in self.counts)

    def order(self) -> tuple[str, bool]:
        """The date order ('ymd' | 'dmy' | 'mdy'; 'words' when the month is named) and
        whether it was a guess."""
        if self.words:
            return "words", False
        if self.ymd > self.headers // 2:
            return "ymd", False
        if self.bad_dmy != self.bad_mdy:
            return ("dmy" if self.bad_dmy < self.bad_mdy else "mdy"), False
        if self.down_dmy != self.down_mdy:
            order = "dmy" if self.down_dmy < self.down_mdy else "mdy"
            return order, False
        if self.file_dmy != self.file_mdy:  # attachments named with their day
            return ("dmy" if self.file_dmy > self.file_mdy else "mdy"), False
        sep = max(self.seps, key=lambda k: self.seps[k]) if self.seps else "/"
        # Only the US writes month/day/year; it also writes "AM"/"PM" in capitals, unlike
        # e.g. India and Australia ("pm") or Spanish locales ("p. m."), which put the day first.
        us = sep == "/" and self.us_marker > self.headers // 2
        return ("mdy" if us else "dmy"), True

    def orders_by_width(self) -> dict[int, str]:
        """A date order for each year width ({2: 'mdy', 4: 'dmy'}) when the file writes both
        widths and each width's own dates settle its order, the two differently: two layouts
        in one file. Else {} (the file's one order, ``order``, for every date)."""
        settled = {}
        for width, (bad_dmy, bad_mdy) in self.bad_by_width.items():
            if (bad_dmy == 0) != (bad_mdy == 0):
                settled[width] = "mdy" if bad_dmy else "dmy"
        if len(settled) < 2 or len(set(settled.values())) < 2 or \
                len(settled) != len(self.bad_by_width):
            return {}
        return settled

    def merge(self, later: _Scan) -> bool:
        """Add what pass 1 found in the rest of the file (after the lines seen here, both
        runs ended); False, changing nothing, if that could differ from reading on here:
        when the name counts would have been pruned on the way."""
        if self.pruned or later.pruned or len(self.counts.keys() | later.counts.keys()) > _MAX_NAMES:
            return False
        self.headers += later.headers
        self.ymd += later.ymd
        self.bad_dmy += later.bad_dmy
        self.bad_mdy += later.bad_mdy
        for width, (bad_dmy, bad_mdy) in later.bad_by_width.items():
            mine = self.bad_by_width.setdefault(width, [0, 0])
            mine[0] += bad_dmy
            mine[1] += bad_mdy
        self.down_dmy += later.down_dmy
        self.down_mdy += later.down_mdy
        if later.first_dmy is not None:
            # The date may go backwards where the parts meet; within ``later`` it was compared
            # with (0, 0, 0) first, which never counts.
            assert later.first_mdy is not None
            self.down_dmy += later.first_dmy < self.prev_dmy
            self.down_mdy += later.first_mdy < self.prev_mdy
            if self.first_dmy is None:
                self.first_dmy, self.first_mdy = later.first_dmy, later.first_mdy
            self.prev_dmy, self.prev_mdy = later.prev_dmy, later.prev_mdy
        for sep, n in later.seps.items():
            self.seps[sep] = self.seps.get(sep, 0) + n
        self.short_year += later.short_year
        self.twelve_hour += later.twelve_hour
        self.us_marker += later.us_marker
        for name, n in later.counts.items():
            self.counts[name] = self.counts.get(name, 0) + n
        for name, n in later.multi.items():
            self.multi[name] = self.multi.get(name, 0) + n
        for name, n in later.marked.items():
            self.marked[name] = self.marked.get(name, 0) + n
        self.with_year += later.with_year
        if later.last_year is not None:
            self.last_year = later.last_year
        self.yearless += later.yearless
        if later.yl_first is not None:
            if self.yl_last is not None and _rolls(self.yl_last, later.yl_first):
                self.rollovers += 1
            if self.yl_first is None:
                self.yl_first = later.yl_first
            self.yl_last = later.yl_last
        if self.file_year is None and later.file_year is not None:
            self.file_year = later.file_year
            if later.file_year_at is not None:
                self.file_year_at = later.file_year_at + self.rollovers
        self.rollovers += later.rollovers
        self.file_dmy += later.file_dmy
        self.file_mdy += later.file_mdy
        for lang, n in later.votes.items():
            self.votes[lang] = self.votes.get(lang, 0) + n
        self.group_hint = self.group_hint or later.group_hint
        if self.created is None:
            self.created = later.created
        if later.subject is not None:
            self.subject = later.subject
        if self.ios_system_sender is None:
            self.ios_system_sender = later.ios_system_sender
        return True

    def end_run(self) -> None:
        """Count the pending run of headers dated alike (see ``add_dates``)."""
        if self.run_date is not None:
            self.add_dates(self.run_date, self.run)
        self.run_date, self.run = None, 0

    def add_dates(self, date: str, count: int) -> None:
        """``count`` headers in a row dated ``date`` (as written)."""
        if self.layout in _WORDS:
            self._add_wdate(date, count)
            return
        d = _date(date)
        if d is None:
            return
        self.seps[d.sep] = self.seps.get(d.sep, 0) + count
        if d.a_year:
            self.ymd += count
            return
        if d.c < 100 and len(d.c_raw) <= 2:
            self.short_year += count
        ia, ib, ic = d.a, d.b, d.c
        if ib > 12 or ia > 12:
            width = self.bad_by_width.setdefault(len(d.c_raw), [0, 0])
            width[0] += count if ib > 12 else 0
            width[1] += count if ia > 12 else 0
        if ib > 12:
            self.bad_dmy += count
        if ia > 12:
            self.bad_mdy += count
        # Only the first of the run can go backwards: the others repeat its date.
        dmy = (ic, ib, ia)
        mdy = (ic, ia, ib)
        if self.first_dmy is None:
            self.first_dmy, self.first_mdy = dmy, mdy
        if dmy < self.prev_dmy:
            self.down_dmy += 1
        if mdy < self.prev_mdy:
            self.down_mdy += 1
        self.prev_dmy, self.prev_mdy = dmy, mdy


    def _add_wdate(self, date: str, count: int) -> None:
        w = _wdate(date)
        if w is None:
            return
        if len(w.months) == 1:
            for lang in w.months[0][1]:
                self.votes[lang] = self.votes.get(lang, 0) + count
        if w.year is not None:
            self.with_year += count
            self.last_year = w.year
            return
        self.yearless += count
        md = (w.month(self.votes), w.day)
        if self.yl_first is None:
            self.yl_first = md
        elif self.yl_last is not None and _rolls(self.yl_last, md):
            self.rollovers += 1
        self.yl_last = md
        if self.file_year is not None and self.file_year_at is None \
                and self.file_year[0] == date:
            self.file_year_at = self.rollovers


def person_id(name: str) -> str:
    """The library's id of the person an export names ``name`` (in any chat)."""
    return stable_id("wa-p-", "whatsapp-person", name)[:17]


def chat_name_from_file(name: str) -> str | None:
    """The chat's name in an export's file name ("WhatsApp Chat with Ana.txt" -> "Ana"), in
    any language WhatsApp writes it; None if the name is not one WhatsApp gives."""
    stem = PurePosixPath(name.replace("\\", "/")).stem
    return _L.chat_of_file(nfc(stem))


def find_chat_text(source: ExportSource) -> str:
    """The chat's .txt inside the export (the file itself when a .txt was chosen)."""
    if source.primary is not None:
        return source.primary
    txts = [n for n in source.names() if n.lower().endswith(".txt")]
    for n in txts:
        if posixpath.basename(n) == "_chat.txt":  # iPhone exports
            return n
    named = [n for n in txts if chat_name_from_file(posixpath.basename(n))]
    if len(named) == 1 or (len(txts) != 1 and named):
        return named[0]
    if len(txts) == 1:
        return txts[0]
    where = source.path.name
    if not txts:
        raise ImportFormatError(f"{where} holds no chat text file (.txt); it is not a WhatsApp export.")
    names = ", ".join(sorted(txts)[:5])
    raise ImportFormatError(f"{where} holds several .txt files; choose one of them: {names}.")


def _skip(fh: object, n: int, is_zip: bool) -> None:
    """Move a freshly opened export file ``n`` bytes on (a zip member: by reading)."""
    if n <= 0:
        return
    if not is_zip:
        fh.seek(n)  # type: ignore[attr-defined]
        return
    while n > 0:
        got = fh.read(min(n, 1 << 20))  # type: ignore[attr-defined]
        if not got:
            return
        n -= len(got)


def _utf8_cut(data: bytes, n: int) -> bytes:
    """``data`` cut to at most ``n`` bytes without splitting a UTF-8 sequence."""
    if len(data) <= n:
        return data
    end = n
    while end > 0 and n - end < 4 and 0x80 <= data[end] < 0xC0:
        end -= 1
    return data[:end]


class _QuietSink:
    """A sink for reading without reporting (``split_point``)."""

    def progress(self, done: int, total: int) -> None:
        pass

    def warn(self, text: str) -> None:
        pass


_QUIET: Sink = _QuietSink()  # type: ignore[assignment]


class WhatsAppParser:
    """Parse one WhatsApp export and report it to a sink."""

    source_name = "whatsapp"

    def __init__(self, source: ExportSource) -> None:
        self.source = source
        self.member = find_chat_text(source)
        self.display = source.path.name if source.is_zip else posixpath.basename(self.member)
        if source.is_zip:
            file_name = chat_name_from_file(source.path.name) or chat_name_from_file(self.member)
        else:
            file_name = chat_name_from_file(self.member)
            if file_name is None and posixpath.basename(self.member) == "_chat.txt":
                # An iPhone export unpacked ("WhatsApp Chat - Ana/_chat.txt"): its folder
                # has the zip's name.
                assert source.root is not None  # (not a zip: a folder, or the file's)
                file_name = chat_name_from_file((source.root / self.member).parent.name + ".zip")
        self.file_chat_name = file_name
        self.size = source.size(self.member)
        self._person_ids: dict[str, str] = {}
        self._names = _Names()
        self._layout = "android"
        self._clocks: dict[str, int] = {}  # time as written -> _clock_kind

    # -- reading ---------------------------------------------------------------------------
    def _segments(self, sink: Sink, base: int, start: int = 0, stop: int | None = None,
                  warn: bool = False) -> Iterator[tuple[int, list[str] | str]]:
        """The export's lines: ``(n, lines)`` for a run of readable lines, n being the number
        of the line before the run; ``(n, 'binary' | 'utf8')`` for an unreadable line n.

        Reads 1 MiB blocks cut at a line feed (which never splits a UTF-8 sequence) and
        decodes each block at once: much faster than line-by-line, and still flat. A line
        without a line feed is kept in pieces (joined once: linear however long it is) and
        cut at ``MAX_MESSAGE_BYTES`` (``warn``: say so). Progress is reported for every
        block, which is also where a cancel takes effect. ``start`` and ``stop`` (byte
        offsets; ``start`` just after a line feed) read a part of the file; line numbers
        then count from ``start``.
        """
        total = 2 * self.size
        cap = MAX_MESSAGE_BYTES
        n = 0
        pieces: list[bytes] = []  # the start of a line whose end is not read yet
        held = 0  # bytes in pieces
        over = False  # that line passed the cap: the rest of it is dropped
        first = start == 0
        with self.source.open(self.member) as fh:
            _skip(fh, start, self.source.is_zip)
            pos = start
            while True:
                want = 1 << 20 if stop is None else min(1 << 20, stop - pos)
                block = fh.read(want) if want > 0 else b""
                pos += len(block)
                sink.progress(min(base + pos - start, total), total)
                if block:
                    cut = block.rfind(b"\n") + 1
                    if cut == 0:
                        if not over:
                            pieces.append(block)
                            held += len(block)
                            if held > cap:
                                pieces, held, over = [_utf8_cut(b"".join(pieces), cap)], cap, True
                                if warn:
                                    sink.warn(_long_line(n + 1))
                        continue
                    if pieces:
                        head = block[block.find(b"\n"):cut - 1] if over else block[:cut - 1]
                        if not over and held + block.find(b"\n") > cap:
                            line_end = block.find(b"\n")
                            pieces.append(block[:line_end])
                            head = block[line_end:cut - 1]
                            pieces = [_utf8_cut(b"".join(pieces), cap)]
                            if warn:
                                sink.warn(_long_line(n + 1))
                        data = b"".join(pieces) + head
                    else:
                        data = block[:cut - 1]
                    pieces, held, over = [], 0, False
                    tail = block[cut:]
                    if tail:
                        pieces, held = [tail], len(tail)
                elif pieces:
                    data = b"".join(pieces)
                    pieces = []
                else:
                    break
                if data.endswith(b"\r"):
                    data = data[:-1]
                if first:
                    first = False
                    if data.startswith(b"\xef\xbb\xbf"):
                        data = data[3:]
                # Strict first: the usual block is valid UTF-8, and then holds no escaped
                # byte to look for (a search as costly as the decoding itself).
                try:
                    text = data.decode("utf-8")
                    escaped = False
                except UnicodeDecodeError:
                    text = data.decode("utf-8", "surrogateescape")
                    escaped = True
                if "\r" in text:
                    text = text.replace("\r\n", "\n").replace("\r", "\n")
                lines = text.split("\n")
                if "\x00" in text or (escaped and _SURROGATE.search(text)):
                    run: list[str] = []
                    begin = n
                    for line in lines:
                        n += 1
                        binary = "\x00" in line
                        if binary or _SURROGATE.search(line):
                            if run:
                                yield begin, run
                                run = []
                            yield n, "binary" if binary else "utf8"
                            begin = n
                        else:
                            run.append(line)
                    if run:
                        yield begin, run
                else:
                    yield n, lines
                    n += len(lines)
                if not block:
                    break

    # -- pass 1 ------------------------------------------------------------------------------
    @staticmethod
    def _first_header(sc: _Scan, segments: Iterator[tuple[int, list[str] | str]]
                      ) -> tuple[list[str], int] | None:
        """Up to the first message, each line is tried in every layout: the lines holding
        the first header and its index (``sc.layout`` and ``first_header_line`` set), or
        None (no message near the start)."""
        for n0, lines in segments:
            if isinstance(lines, str):
                if sc.first_text is None:
                    sc.first_text = (n0, None if lines == "binary" else "")
                continue
            for i, text in enumerate(lines):
                n = n0 + i + 1
                layout = _layout_of(text)
                if layout is None:
                    if sc.first_text is None and text.strip():
                        sc.first_text = (n, text.strip())
                    if n >= _MAX_PREAMBLE:
                        return None
                    continue
                sc.layout = layout
                sc.first_header_line = n
                return lines, i
        return None

    def split_point(self) -> tuple[int, str] | None:
        """Where pass 1 may be cut in two for two processes (see ``scan``): just after the
        first line feed past the middle, if the first message comes before the middle; and
        the layout that message showed."""
        half = self.size // 2
        sc = _Scan()
        # A line cut short at the stop can only fail to match (then there is no split): a
        # match needs nothing after the header.
        if self._first_header(sc, self._segments(_QUIET, 0, stop=min(half, 1 << 20))) is None:
            return None
        with self.source.open(self.member) as fh:
            _skip(fh, half, self.source.is_zip)
            chunk = fh.read(1 << 20)
        i = chunk.find(b"\n")
        if i < 0 or half + i + 1 >= self.size:
            return None
        assert sc.layout is not None
        return half + i + 1, sc.layout

    def scan_from(self, sink: Sink, start: int, layout: str) -> _Scan:
        """Pass 1 over the lines from byte ``start`` on, for ``scan(..., stop=start)`` in
        another process; ``layout`` is what the first message showed."""
        sc = _Scan(layout=layout)
        self._layout = layout
        for _n, lines in self._segments(sink, start, start=start):
            if not isinstance(lines, str):
                self._scan_lines(sc, lines, 0)
        sc.end_run()
        return sc

    def scan(self, sink: Sink, stop: int | None = None,
             rest: Callable[[], _Scan | None] | None = None) -> _Scan:
        """Pass 1. With ``stop``, only up to that byte, and ``rest()`` gives what
        ``scan_from(stop)`` found past it (None: read it here after all)."""
        sc = _Scan()
        segments = self._segments(sink, 0, stop=stop)
        found = self._first_header(sc, segments)
        if found is None and stop is not None:
            return self.scan(sink)  # (split_point saw a message before the stop: not reached)
        if found is not None:
            assert sc.layout is not None
            self._layout = sc.layout
            attributed = self._attributed_system(sc, found[0][found[1]])
            self._scan_lines(sc, *found)
            for _n, lines in segments:
                if not isinstance(lines, str):
                    self._scan_lines(sc, lines, 0)
            sc.end_run()
            if stop is not None:
                part = rest() if rest is not None else None
                if part is None or part.layout != sc.layout or not sc.merge(part):
                    for _n, lines in self._segments(sink, stop, start=stop):
                        if not isinstance(lines, str):
                            self._scan_lines(sc, lines, 0)
                    sc.end_run()
            if attributed is not None:  # counted above as the sender of a message: it is not
                sc.counts[attributed] -= 1
                if not sc.counts[attributed]:
                    del sc.counts[attributed]
        if sc.headers == 0:
            if sc.first_text is None:
                raise ImportFormatError(f"{self.display} is empty; it holds no messages.", line=1)
            n, t = sc.first_text
            if t is None:  # (whole sentences: each is translated as one)
                raise ImportFormatError(f"{self.display} is not a WhatsApp chat export: line {n} "
                                        "contains binary data.", line=n)
            if not t:
                raise ImportFormatError(f"{self.display} is not a WhatsApp chat export: line {n} "
                                        "is not UTF-8 text.", line=n)
            raise ImportFormatError(
                f"{self.display} is not a WhatsApp chat export: line {n} does not start with a "
                f"date and time ({_clip(t)!r}).", line=n)
        return sc

    def _scan_lines(self, sc: _Scan, lines: list[str], start: int) -> None:
        """Pass 1 over lines once the layout is known (the hot loop: kept to locals)."""
        ios = sc.ios
        match, fallback, groups = _matcher(sc.layout)  # type: ignore[arg-type]
        tf = groups[1] < groups[0]  # time first: groups() is (time, date, sep, rest)
        names = self._names
        heads = names.heads
        system = names.system
        clocks = self._clocks
        counts = sc.counts
        run_date, run = sc.run_date, sc.run
        headers = twelve = us = 0
        for text in (lines if start == 0 else itertools.islice(lines, start, None)):
            m = match(text)
            if m is None:
                c = text[:1]  # (_may_start_a_stamp, inline)
                if fallback is None or not c or not (c.isdigit() or c in _STAMP_STARTS):
                    continue
                m = fallback(text)
                if m is None:
                    continue
            if tf:
                time, date, _sep, rest = m.groups()
            else:
                date, _sep, time, rest = m.groups()
            headers += 1
            if date == run_date:
                run += 1
            else:
                if run_date is not None:
                    sc.add_dates(run_date, run)
                run_date, run = date, 1
            if "-20" in rest:  # (a file named with its date: "IMG-20240103-WA0001.jpg")
                sc.dated_file(date, rest)
            kind = clocks.get(time)
            if kind is None:
                kind = self._clock_kind(time)
            if kind:
                twelve += 1
                us += kind == 2
            # The usual line has one ': ' near its start, after a plain name: the names
            # counted for it are just that one (what _scan_rest would do, without its lists).
            i = rest.find(": ", 0, 102)
            if i >= 0 and rest.find(": ", i + 2, 102) < 0:
                raw = rest[:i]
                name = heads.get(raw)
                if name is None:
                    name = names.head(raw)
                if name and not (ios and rest[i + 2:i + 3] in LEAD and rest[i + 2:i + 3]):
                    if not ios:
                        phrase = system.get(name)
                        if phrase is None:
                            if len(system) >= 4096:
                                system.clear()
                            phrase = system[name] = _SYSTEM.search(name) is not None
                        if phrase:
                            self._hints(sc, rest.translate(_HEAD_CLEAN))
                            continue
                    counts[name] = counts.get(name, 0) + 1
                    if len(counts) > _MAX_NAMES:
                        sc.prune()
                        counts = sc.counts
                    continue
            self._scan_rest(sc, rest)
            counts = sc.counts
        sc.run_date, sc.run = run_date, run
        sc.headers += headers
        sc.twelve_hour += twelve
        sc.us_marker += us

    def _attributed_system(self, sc: _Scan, line: str) -> str | None:
        """Android: whether the export's first line is a system line WhatsApp attributed to
        the chat ("Pokemon Chat: Messages and calls are end-to-end encrypted..."), as iPhone
        exports do; then that "sender" (recorded as such, and to be taken out of the names
        ``_scan_lines`` counts for this line), else None. Only the first line is looked at:
        it is where WhatsApp puts this, and it is in the first half of a split pass 1."""
        if sc.ios:
            return None
        match, groups = _line(sc.layout)  # type: ignore[arg-type]
        m = match(line)
        if m is None:
            return None
        rest = m.group(groups[2])
        i = rest.find(": ", 0, 102)
        if i < 0 or rest.find(": ", i + 2, 102) >= 0 or rest[:1] in LEAD:
            return None
        name = self._names.name(rest[:i])
        if not name or _SYSTEM.search(name) or not _L.system.match(rest[i + 2:]):
            return None
        sc.marked[name] = sc.marked.get(name, 0) + 1
        sc.ios_system_sender = name
        self._hints(sc, rest[i + 2:])
        return name

    def _clock_kind(self, time: str) -> int:
        """0 for a 24-hour time, 1 for a 12-hour one, 2 if marked exactly "AM"/"PM"."""
        parts = _TIME_PARTS.fullmatch(time.translate(_HEAD_CLEAN).strip())
        kind = 0
        if parts is not None:
            pre, ampm = parts.group("pre", "ampm")
            marker, us = _marker(pre, ampm)
            kind = 0 if marker is None else 2 if us else 1
        if len(self._clocks) >= 4096:
            self._clocks.clear()
        self._clocks[time] = kind
        return kind

    def _scan_rest(self, sc: _Scan, rest: str) -> None:
        ios = sc.ios
        if ios:
            j = _marked_at(rest)
            if j >= 0:
                # iPhone: "Name: \u200e<body>" is a placeholder, or a system line that
                # WhatsApp attributes to the chat (the group's name, the other person).
                name = rest[:j].translate(_HEAD_CLEAN).strip()
                body = rest[j + 2:]
                what = _marked_kind(body)
                if what == _PLACEHOLDER:
                    sc.add_names([name])
                elif what == _SYSTEM_LINE:
                    sc.marked[name] = sc.marked.get(name, 0) + 1
                    if sc.ios_system_sender is None:
                        sc.ios_system_sender = name
                    self._hints(sc, body.lstrip(LEAD))
                return
            if rest[:1] in LEAD and rest[:1] and _nameless_system(rest):
                self._hints(sc, rest.lstrip(LEAD))  # a system line without a name
                return
        cands = _split_candidates(rest)
        if not cands or (not ios and _SYSTEM.search(cands[0])):
            # Android system line; one with ": " has a system phrase in its would-be "name".
            self._hints(sc, rest.translate(_HEAD_CLEAN))
            return
        sc.add_names(cands)

    @staticmethod
    def _hints(sc: _Scan, text: str) -> None:
        if _GROUP_HINT.search(text):
            sc.group_hint = True
        if sc.created is None:
            m = _L.group_created.match(text)
            if m is not None:
                sc.group_hint = True
                sc.created = m.group("g").strip()
                return
        m = _L.subject_changed.match(text)
        if m is not None:
            sc.group_hint = True
            sc.subject = m.group("g").strip()

    # -- pass 2 ------------------------------------------------------------------------------
    def run(self, sink: Sink, split: int | None = None,
            rest: Callable[[], _Scan | None] | None = None) -> None:
        """Parse and report to ``sink``; ``split`` and ``rest``: see ``scan``."""
        self.source.on_refused = sink.skip
        sc = self.scan(sink, split, rest)
        order, guessed = sc.order()
        # Literal sentences in warn(): the GUI shows them translated (i18n/extract.py).
        if guessed and order == "mdy":
            sink.warn("The dates could be day first or month first; they were read as "
                      "month/day/year.")
        elif guessed:
            sink.warn("The dates could be day first or month first; they were read as "
                      "day/month/year.")
        year = self._first_year(sc, sink) if sc.words and sc.yearless else None
        system_senders = sc.system_senders()
        name = (self.file_chat_name or sc.subject or sc.created or sc.ios_system_sender
                or _stem(self.display))
        chat_key = nfc(name)
        chat_id = stable_id("wa-", "whatsapp-chat", chat_key)
        # The other person in a one-to-one chat: named by the file, or on iPhone by the
        # sender of the system lines (WhatsApp attributes them to the chat).
        group = sc.group_hint or (sc.ios and bool(system_senders - {self.file_chat_name}))
        known = self.file_chat_name or (None if group else sc.ios_system_sender)
        chat = Chat(chat_id, name, "group" if group else "direct", "whatsapp")
        sink.begin_chat(chat)
        senders: dict[str, str] = {}  # person_id -> name
        self._messages(sink, sc, _Clock(order, year, sc.votes, sc.orders_by_width()), chat_id,
                       chat_key, known,
                       senders, system_senders)
        sink.progress(2 * self.size, 2 * self.size)

        kind = "group" if group or len(senders) > 2 else "direct"
        me = None
        if kind == "direct" and known:
            others = [pid for pid, nm in senders.items() if nm != known]
            if len(others) == 1:
                me = others[0]
        parts = tuple(Participant(pid, nm, pid == me) for pid, nm in senders.items())
        sink.end_chat(Chat(chat_id, name, kind, "whatsapp", None, parts))

    def _first_year(self, sc: _Scan, sink: Sink) -> int:
        """The year of the first date the export writes without one ("Mar 5, 8:11 PM").

        An attachment sent that day names its year ("00000005-PHOTO-2024-03-05-...");
        counting back the times the dates went back to an earlier day of the year before it
        (``_rolls``) gives the first date's. Else: phones leave the year out of this year's
        dates, so the last such date is in the year the export was made, which a zip's date
        says (its chat file's time, written by the phone). Else dates written with their
        year before them say at least which year came last (the next one is assumed, with a
        warning); with none of these, nothing tells the year and the export is refused."""
        if sc.file_year is not None and sc.file_year_at is not None:
            return sc.file_year[1] - sc.file_year_at  # a file named with the day it was sent
        made = self.source.modified(self.member)
        last = sc.yl_last
        assert last is not None
        if made is not None:
            y, mo, d = made
            end = y if _doy(last) <= _doy((mo, d)) + 1 else y - 1  # (a day for time zones)
            return end - sc.rollovers
        if sc.last_year is not None:
            first = sc.last_year + 1
            # One f-string literal in warn(): the UI translates it as a template (i18n/extract.py).
            # translators: %1: a year
            sink.warn(f"Dates written without a year were read as {first} or later, the year after "
                      "the last year the export shows; check them.")
            return first
        raise ImportFormatError(
            f"{self.display} writes its dates without the year, and nothing in it tells which "
            "year they are in.",
            hint="Import the .zip as WhatsApp made it (its date tells the year), not the .txt "
                 "taken out of it.")

    def _messages(self, sink: Sink, sc: _Scan, clock: _Clock, chat_id: str, chat_key: str,
                  known: str | None, senders: dict[str, str],
                  system_senders: frozenset[str]) -> None:
        """Pass 2: every message to the sink, plain ones as row tuples in batches."""
        ios = sc.ios
        match, fallback, groups = _matcher(sc.layout)  # type: ignore[arg-type]
        tf = groups[1] < groups[0]  # time first: groups() is (time, date, sep, rest)
        read = clock.read
        times, days = clock.times, clock.days
        # The date of the last header read, and what Clock.read caches for it.
        today: str | None = None
        day_wall = day_digits = ""
        hours: dict[int, int] = {}
        ok_times: dict[str, tuple[int, str, str, int]] = {}  # Clock.times' readable ones
        first_header_line = sc.first_header_line
        counts = sc.counts
        names = self._names
        cap = MAX_MESSAGE_BYTES
        quarter = cap // 4  # a text with fewer characters cannot pass the cap in UTF-8
        marked_names = sc.marked
        calls = _L.calls
        notices = _L.notices
        # The text before a message's only ': ' -> (the name it gives, '' when the line
        # starts with a mark (never a plain name: see _sender); whether the line may be a
        # system line rather than a message (Android: a name seen at most once); whether the
        # text is the name as is; whether it is the usual case: an Android sender's message,
        # which needs none of the other tests).
        heads: dict[str, tuple[str, bool, bool, bool]] = {}

        def head_of(raw: str) -> tuple[str, bool, bool, bool]:
            name = "" if raw[:1] in LEAD and raw else names.name(raw)
            rare = not ios and name != known and counts.get(name, 0) < 2
            usual = bool(name) and not ios and not rare and name not in marked_names
            if len(heads) >= 4096:
                heads.clear()
            head = heads[raw] = (name, rare, name == raw, usual)
            return head

        person_ids = self._person_ids
        # How many identical messages (same time, sender and text) came before this one.
        # Identical messages share a minute, so only recent keys matter: two generations of
        # 4096 keys keep memory bounded without ever forgetting a key seen a moment ago.
        cur: dict[tuple[str, str, str], int] = {}
        old: dict[tuple[str, str, str], int] = {}
        sha256 = hashlib.sha256
        id_prefix = f"whatsapp\x1f{chat_key}\x1f"
        rows: list[tuple] = []
        missing: list[tuple] = []  # attachments of rows the export did not include
        batch = _BATCH
        next_seq = itertools.count().__next__  # the message's place in the export

        def emit(rest: str, when: tuple[str, str, int], extra: list[str]) -> None:
            nonlocal rows, missing, cur, old
            at = next_seq()
            wall, compact, ts = when
            marked = False  # iPhone: WhatsApp's own text ("Name: \u200eimage omitted")
            i = rest.find(": ", 0, 102)
            if i >= 0 and rest.find(": ", i + 2, 102) < 0:
                # One would-be name (see _scan_lines), which pick_name would choose.
                head = heads.get(rest[:i])
                if head is None:
                    head = head_of(rest[:i])
            else:
                head = _NO_HEAD
            if head[3]:  # the usual case (see head_of)
                sender = head[0]
                text = rest[i + 2:] if head[2] else _after_name(rest, sender)
                # ("Ana: Missed voice call": an event; the text's hash is needed below anyway)
                system = text in calls
            elif not (name := head[0]):
                system, sender, text = self._sender(sc, rest, known, system_senders)
                marked = ios and text[:1] in LEAD and bool(text[:1])
            elif ios and rest[i + 2:i + 3] in LEAD:
                system, sender, text = _marked(name, rest[i + 2:], system_senders)
                marked = True
            elif head[1] and (_SYSTEM.search(name) or _L.system_strict(rest)):
                system, sender, text = True, None, rest  # Android: a system line holding ": "
            elif marked_names and not ios and name in marked_names \
                    and (at == 0 or name in system_senders) \
                    and _L.system.match(rest[i + 2:]):
                # attributed to the chat (_attributed_system)
                system, sender, text = True, None, rest[i + 2:]
            else:
                sender = name
                text = rest[i + 2:] if head[2] else _after_name(rest, name)
                system = text in calls  # "Ana: Missed voice call": an event
                if not system and ios and len(text) >= 48 and text[:NOTICE_HEAD] in notices:
                    system, sender = True, None  # an encryption notice, unmarked
            if not extra:
                full = text.lstrip(LEAD)  # (one line: never longer than the cap)
            else:
                full = "\n".join([text.lstrip(LEAD), *extra])
                if len(full) > quarter and len(full.encode("utf-8", "surrogatepass")) > cap:
                    full = _utf8_cut(full.encode("utf-8", "surrogatepass"), cap).decode(
                        "utf-8", "surrogatepass")
            if system:
                full = full.translate(_HEAD_CLEAN)  # WhatsApp's own text; marks carry nothing
                sender_id = None
            else:
                sender_id = person_ids.get(sender)  # type: ignore[arg-type]
                if sender_id is None:
                    assert sender is not None
                    sender_id = person_id(sender)
                    person_ids[sender] = sender_id
                    senders.setdefault(sender_id, sender)
            who = sender or ""
            key_ = (wall, who, full)
            ordinal = cur.get(key_)
            if ordinal is None:
                ordinal = old.get(key_, 0)
                if len(cur) >= 4096:
                    old, cur = cur, {}
            cur[key_] = ordinal + 1
            # The id leads with the wall-clock time so a chat's ids sort by time: inserting a
            # big export then appends to the id index instead of writing all over it (random
            # ids made a 1M-message import several times slower once the index outgrew the
            # cache). The rest is the hash of (source, chat, time, sender, text, ordinal).
            digest = sha256(f"{id_prefix}{wall}\x1f{who}\x1f{full}\x1f{ordinal}"
                            .encode("utf-8", "surrogatepass")).digest()
            mid = f"wa-{compact}-{digest[:12].hex()}"  # (the first 24 hex digits)
            if system:
                rows.append((mid, chat_id, ts, None, "system", full, None, at))
            elif marked or ((full[:1] in "<‹" or full[-1:] in _MEDIA_ENDS or extra  # ("\n" in full)
                             or full == "null") and _maybe_media(full)) \
                    or (ios and _ios_placeholder(full)):
                kind, text_out, media = self._media(full)
                if media:
                    if any(m.member is not None for m in media):
                        if rows:
                            sink.rows(rows, missing)
                            rows, missing = [], []
                        sink.message(ParsedMessage(mid, ts, sender_id, kind, text_out, None,
                                                   media, at))
                        return
                    rows.append((mid, chat_id, ts, sender_id, kind, text_out, None, at))
                    missing += [missing_media_row(mid, n, chat_id, m) for n, m in enumerate(media)]
                else:
                    rows.append((mid, chat_id, ts, sender_id, kind, text_out, None, at))
            else:
                rows.append((mid, chat_id, ts, sender_id, "text", full, None, at))
            if len(rows) >= batch:
                sink.rows(rows, missing)
                rows, missing = [], []

        first_bad: tuple[int, str] | None = None  # the first header we skip, and why
        pending: str | None = None  # the first line's text of the message being read
        when: tuple[str, str, int] = ("", "", 0)
        extra: list[str] = []  # its further lines
        size = 0  # its length so far (characters), counted from its second line on
        bad = 0  # the line of a header we skip (0: none), with its continuation lines
        bad_reason = ""
        bad_last = 0
        for n0, lines in self._segments(sink, self.size, warn=True):
            if isinstance(lines, str):
                if bad:  # keeps the skip list in line order
                    sink.skip(f"line {bad}" if bad_last == bad else f"lines {bad}-{bad_last}",
                              bad_reason)
                    bad = 0
                if n0 >= first_header_line:
                    sink.skip(f"line {n0}", "binary data" if lines == "binary"
                              else "not valid UTF-8 text")
                continue
            n = n0
            for text in lines:
                n += 1
                m = match(text)
                if m is None:
                    if fallback is not None and text and (
                            text[0].isdigit() or text[0] in _STAMP_STARTS):  # _may_start_a_stamp
                        m = fallback(text)
                if m is None:
                    if pending is not None:
                        if not extra:
                            size = len(pending)  # (the message's length so far)
                        if size <= cap:
                            size += len(text) + 1
                            extra.append(text)
                            if size > cap:
                                sink.warn(_long_message(n))
                    elif bad:
                        bad_last = n
                    elif n < first_header_line:
                        if text.strip():
                            sink.skip(f"line {n}", "text before the first message")
                    continue
                if pending is not None:
                    emit(pending, when, extra)
                    pending = None
                    if extra:
                        extra = []
                if bad:
                    sink.skip(f"line {bad}" if bad_last == bad else f"lines {bad}-{bad_last}",
                              bad_reason)
                    bad = 0
                if tf:
                    time, date, _sep, rest = m.groups()
                else:
                    date, _sep, time, rest = m.groups()
                # Clock.read, its usual case inline: the date is the last header's (messages
                # come in runs of one date) and known, the time is cached, and so is the
                # epoch of its hour on that date.
                if date != today:
                    today = date
                    day = days.get(date)
                    if type(day) is tuple:
                        day_wall, day_digits, hours = day[0], day[1], day[5]
                    else:
                        hours = {}  # (not read yet, or impossible: Clock.read says which)
                t = ok_times.get(time)
                base = None if t is None else hours.get(t[0])
                if base is not None:
                    got = (day_wall + t[1], day_digits + t[2], base + t[3])  # type: ignore[index]
                else:
                    got = read(date, time)
                    if isinstance(got, str):
                        bad, bad_reason, bad_last = n, got, n
                        if first_bad is None:
                            first_bad = (n, got)
                        continue
                    today = None  # (read() may have cached the day or its hour: look again)
                    if len(ok_times) >= 4096:
                        ok_times.clear()
                    ok_times[time] = times[time]  # type: ignore[assignment]
                pending, when = rest, got
        if pending is not None:
            while extra and not extra[-1].strip():
                extra.pop()  # the file's last line feeds: no part of the last message
            emit(pending, when, extra)
        if bad:
            sink.skip(f"line {bad}" if bad_last == bad else f"lines {bad}-{bad_last}", bad_reason)
        if rows:
            sink.rows(rows, missing)
        if next_seq() == 0 and first_bad is not None:  # (no message was read)
            # Every message was skipped: that is no import of this chat, say so.
            # translators: %1: the chat export's name, %2: a line number, %3: what is wrong with
            # that line, a lower-case phrase
            raise ImportFormatError(f"{self.display}: none of its messages could be read (line "
                                    f"{first_bad[0]}: {first_bad[1]}).", line=first_bad[0])

    @staticmethod
    def _sender(sc: _Scan, rest: str, known: str | None,
                system_senders: frozenset[str]) -> tuple[bool, str | None, str]:
        """(system line, sender, text after the name) of a message's first line that does
        not have exactly one ': ' near its start."""
        ios = sc.ios
        if ios:
            j = _marked_at(rest)
            if j >= 0:
                return _marked(rest[:j].translate(_HEAD_CLEAN).strip(), rest[j + 2:],
                               system_senders)
            if rest[:1] in LEAD and rest[:1] and _nameless_system(rest):
                return True, None, rest  # a system line without a name
        cands = _split_candidates(rest)
        if not cands:
            if rest[-1:] == ":" and sc.counts.get(rest[:-1].translate(_HEAD_CLEAN).strip()):
                # "Name:" and nothing after it (an empty message, its space trimmed) by a
                # name that starts other lines.
                return False, rest[:-1].translate(_HEAD_CLEAN).strip(), ""
            return True, None, rest
        sender = sc.pick_name(cands, known)
        if (not ios and sender != known and sc.counts.get(sender, 0) < 2
                and (_SYSTEM.search(sender) or _L.system_strict(rest))):
            return True, None, rest
        # Locate the chosen name in the original text (which may hold marks).
        return False, sender, _after_name(rest, sender)

    def _media(self, body: str) -> tuple[str, str, list[ParsedMedia]]:
        """(kind, text, attachments) of a message that may be an attachment or a placeholder
        for one: the first line says which; the text is its caption (the lines after it)."""
        first, _nl, after = body.partition("\n")
        found = _attachment(first)
        if found is not None:
            fname, same_line = found
            caption = "\n".join(p for p in (same_line, after) if p).lstrip(LEAD).strip()
            member = self.source.find(fname, flat=True)
            mime = guess_mime(fname)
            return "media", caption, [ParsedMedia(guess_media_kind(fname, mime), mime, fname, member)]
        omitted = _omitted(first)
        if omitted is not None:
            kind, mime, fname = omitted
            caption = after.strip()
            if not fname and _DOCUMENT_TITLE.fullmatch(caption):
                # Android: "<Media omitted>" and on the next line the document's name.
                fname, caption = caption, ""
                mime = guess_mime(fname)
                kind = guess_media_kind(fname, mime)
            return "media", caption, [ParsedMedia(kind, mime, fname, None)]
        return "text", body, []


# A file's name, as Android writes a document's on the line after "<Media omitted>".
_DOCUMENT_TITLE = re.compile(r"[^\n/\\:<>]{1,200}\.(?:pdf|docx?|xlsx?|pptx?|txt|csv|zip|rar|7z|odt|ods|"
                             r"odp|rtf|epub|apk|vcf|json|xml|html?|pages|numbers|key)", re.I)


def _layout_of(line: str) -> str | None:
    """The layout of a line that is a message's first line in some layout, else None."""
    bracket = line.lstrip(MARKS)[:1] == "["
    for layout in _ORDER:
        if layout.startswith("ios") != bracket:
            continue
        match, groups = _line(layout)
        m = match(line)
        if m is not None:
            date, time, _rest = m.group(*groups)
            if (_wdate if layout in _WORDS else _date)(date) is not None and _TIME_PARTS.fullmatch(
                    time.translate(_HEAD_CLEAN).strip()) is not None:
                return layout
    return None


def _nameless_system(rest: str) -> bool:
    """iPhone: whether a message's first line that starts with a direction mark is a system
    line without a sender ("\u200eAna created this group"), not "\u200eName: text"."""
    return not _split_candidates(rest) or _L.system.match(rest.split("\n", 1)[0]) is not None


def _marked_at(rest: str) -> int:
    """iPhone: where the ': ' that ends the name before a marked body is, or -1."""
    i = rest.find(": ", 0, 104)
    while i >= 0:
        if rest[i + 2:i + 3] in LEAD and rest[i + 2:i + 3]:
            return i
        i = rest.find(": ", i + 2, 104)
    return -1


def _marked_kind(body: str) -> int:
    """What an iPhone marked body is: a placeholder a person sent (media, deleted message,
    location), a known system line, or something else."""
    first = body.lstrip(LEAD).split("\n", 1)[0]
    if _is_placeholder(first):
        return _PLACEHOLDER
    if _L.system.match(first):
        return _SYSTEM_LINE
    return _OTHER


def _marked(name: str, body: str, system_senders: frozenset[str]) -> tuple[bool, str | None, str]:
    """(system line, sender, text) of an iPhone line "name: \u200ebody"."""
    what = _marked_kind(body)
    if what == _SYSTEM_LINE or (what == _OTHER and name in system_senders):
        return True, None, body
    return False, name, body


def _is_placeholder(first: str) -> bool:
    """Whether a message's first line is what WhatsApp writes for media, a deleted message or
    a shared location (in any language)."""
    if _attachment(first) is not None or _omitted(first) is not None:
        return True
    k = key(first)
    if k in _L.deleted or k in _L.location_text:
        return True
    c = k.find(":")
    return c > 0 and k[:c + 1] in _L.location


def _attachment(first: str) -> tuple[str, str] | None:
    """(file name, text after it on the line) if a message's first line names an attached
    file: Android "IMG-1.jpg (file attached)", iOS "<attached: 00000035-PHOTO.jpg>" (a
    document's title may come before it), old iOS "IMG_1.jpg <attached>", in any language."""
    line = first.lstrip(LEAD).rstrip()
    if line.endswith(")"):
        j = line.rfind(" (")
        if j > 0:
            said = line[j + 2:-1]
            if said in _ANDROID_ATTACHED or key(said) in _L.android_attached:
                name = line[:j]
                return (plain(name) if _HAS_MARK.search(name) else name.strip()), ""
    j = line.find("<") if line[:1] in "<‹" else line.rfind("<")
    if j < 0:
        j = line.rfind("‹")
    if j < 0:
        return None
    close = line.find(">", j)
    if close < 0:
        close = line.find("›", j)
    if close < 0:
        return None
    inside = plain(line[j + 1:close])
    same_line = line[close + 1:] if j == 0 else ""
    c = inside.find(":")
    if c > 0 and key(inside[:c]) in _L.ios_attached and inside[c + 1:].strip():
        return inside[c + 1:].strip(), same_line
    if key(inside) in _L.ios_attached and line[:j].strip() and not line[close + 1:].strip():
        return plain(line[:j]), ""
    sp = inside.rfind(" ")
    if sp > 0 and key(inside[sp + 1:]) in _L.ios_attached_after:
        return inside[:sp].strip(), same_line
    return None


def _omitted(first: str) -> tuple[str, str, str] | None:
    """(kind, mime, file name) of a placeholder for media the export left out: Android's
    "<Media omitted>" (kind unknown: 'file' with mime ''), iOS's "image omitted" and the
    like, a document's "Report.pdf • 2 pages document omitted"; None for anything else."""
    k = key(first)
    if k in _L.media_omitted or first == "null":  # Android writes "null" for view-once media
        return "file", "", ""
    if k[:1] == "<" and k[-1:] == ">":
        k = k[1:-1].strip()  # old iOS: "<image omitted>"
    kind = _L.omitted.get(k)
    if kind is not None:
        mime = "text/vcard" if "contact" in k or "vcf" in k else "application/octet-stream"
        return kind, mime, ""
    for d in _L.documents:
        if k.endswith(d) and len(k) > len(d):
            title = plain(first)[:len(plain(first)) - len(d)].strip()
            title = title.split(" • ", 1)[0].split("•", 1)[0].strip()
            if title:
                return "file", guess_mime(title), title
    return None


def _ios_placeholder(body: str) -> bool:
    """iPhone: whether an unmarked message may still be a placeholder: a document's has its
    mark after the title ("a.pdf \u200e<attached: ...>", "a.pdf • 2 pages \u200edocument
    omitted"), and older exports wrote "image omitted" without a mark."""
    first = body.split("\n", 1)[0] if "\n" in body else body
    if first[-4:].casefold() in _OMITTED_TAILS:
        return True
    m = _DIRECTION_MARK.search(first, 1)
    return m is not None


_DIRECTION_MARK = re.compile("[\u200e\u200f]")
# "file attached" as Android writes it (before key(): the usual case costs one lookup).
_ANDROID_ATTACHED = frozenset(
    {w for d in ("file attached", "Datei angehängt", "archivo adjunto", "arquivo anexado",
                 "fichier joint", "file allegato", "bestand bijgevoegd") for w in (d,)}
    | {k for k in _L.android_attached})
# The last four characters of iPhone's "omitted" placeholders, for a cheap first test.
_OMITTED_TAILS = frozenset(k[-4:] for k in list(_L.omitted) + list(_L.documents))


# What a message may end with when its first line ends like an attachment's (")", ">") or
# the line has spaces after it: the cheap test before _maybe_media's (which emit inlines).
_MEDIA_ENDS = ")>› \t\r"


def _maybe_media(body: str) -> bool:
    """Cheap test before the attachment lookups (most messages are plain text). iPhone's
    placeholders ("image omitted") come marked, and are looked up for marked lines only."""
    first = body.split("\n", 1)[0] if "\n" in body else body
    first = first.rstrip()
    return first[:1] in "<‹" or first[-1:] in ")>›" or first == "null"


def _after_name(rest: str, name: str) -> str:
    """The message text after "name: " in the original (mark-bearing) rest."""
    if rest.startswith(name) and rest.startswith(": ", len(name)):
        return rest[len(name) + 2:]
    start = 0
    while True:
        i = rest.find(": ", start)
        if i < 0:
            return rest
        if rest[:i].translate(_HEAD_CLEAN).strip() == name:
            return rest[i + 2:]
        start = i + 2


def _long_line(n: int) -> str:
    return (f"Line {n} is longer than {MAX_MESSAGE_BYTES >> 20} MiB; only its first "
            f"{MAX_MESSAGE_BYTES >> 20} MiB were imported.")


def _long_message(n: int) -> str:
    return (f"The message ending at line {n} is longer than {MAX_MESSAGE_BYTES >> 20} MiB; "
            f"only its first {MAX_MESSAGE_BYTES >> 20} MiB were imported.")


class _Clock:
    """A header's date and time -> (ISO wall time, its digits, epoch ms) or a reason it is
    unreadable.

    Dates and times are cached apart, as written: a million messages span a few thousand
    days and at most 86,400 times of day, and building datetimes per message is a large
    part of the run time. Time-zone offsets are cached per day and hour.
    """

    def __init__(self, order: str, year: int | None = None,
                 votes: dict[str, int] | None = None,
                 by_width: dict[int, str] | None = None) -> None:
        self.order = order
        self.by_width = by_width or {}  # (``_Scan.orders_by_width``)
        # Dates with the month's name ('words'): the year of the first date written without
        # one, then of the current one (it moves on where such dates go back: ``_rolls``),
        # and how to read a month's name that is ambiguous (``_WDate.month``).
        self.year = year
        self.votes = votes or {}
        self._yl_last: tuple[int, int] | None = None
        # date -> (wall date "YYYY-MM-DDT", its digits, y, mo, d, {hour: epoch ms}) or None
        # for an impossible date.
        self.days: dict[str, tuple[str, str, int, int, int, dict[int, int]] | None] = {}
        # time -> (hour, wall time "HH:MM[:SS]", its digits, ms into the hour), a reason the
        # time is unreadable, or None for an impossible time.
        self.times: dict[str, tuple[int, str, str, int] | str | None] = {}

    def read(self, date: str, time: str) -> tuple[str, str, int] | str:
        """``date`` and ``time`` as the header writes them (the line pattern's groups)."""
        # (The date first: every header's date is seen in order, as pass 1 saw them.)
        day = self.days.get(date, False)
        if day is False:
            day = self._day(date)
        t = self.times.get(time, False)
        if t is False:
            t = self._time(time)
        if isinstance(t, str):
            return t
        if day is None or t is None:
            return f"invalid date or time ({_shown(date, time)})"
        hour, wall_time, digits, ms = t
        hours = day[5]
        base = hours.get(hour)
        if base is None:
            base = hours[hour] = local_ms(day[2], day[3], day[4], hour)
        return day[0] + wall_time, day[1] + digits, base + ms

    def _time(self, time: str) -> tuple[int, str, str, int] | str | None:
        parts = _TIME_PARTS.fullmatch(time.translate(_HEAD_CLEAN).strip())
        t: tuple[int, str, str, int] | str | None
        if parts is None:
            t = None
        else:
            pre, h_, mi_, s_, ampm = parts.groups()
            marker, _us = _marker(pre, ampm)
            h, mi = int(h_), int(mi_)
            if marker == "?":
                t = "unknown AM/PM marker in the time"
            elif marker and h > 12 and not (marker == "pm" and h <= 23):
                t = f"impossible time {h}:{mi:02d} on a {_HALF_DAY}-hour clock"
            else:
                # ("13:37 p.m.": the 24-hour time with a needless "p.m.", read as it says.)
                hour = h if h > 12 else _hour(h, marker)
                sec = int(s_) if s_ else 0
                if hour > 23 or mi > 59 or sec > 59:
                    t = None
                else:
                    wall = f"{hour:02d}:{mi:02d}" + (f":{sec:02d}" if s_ else "")
                    t = (hour, wall, wall.replace(":", ""), (mi * 60 + sec) * 1000)
        if len(self.times) >= 4096:
            self.times.clear()  # bounded: memory must not grow with the chat's length
        self.times[time] = t
        return t

    def _day(self, date: str) -> tuple[str, str, int, int, int, dict[int, int]] | None:
        if self.order == "words":
            return self._wday(date)
        d = _date(date)
        day: tuple[str, str, int, int, int, dict[int, int]] | None = None
        if d is not None:
            order = self.by_width.get(len(d.c_raw), self.order) if self.by_width else self.order
            if order == "ymd" or d.a_year:
                y, mo, dd, raw = d.a, d.b, d.c, d.a_raw
            elif order == "dmy":
                y, mo, dd, raw = d.c, d.b, d.a, d.c_raw
            else:
                y, mo, dd, raw = d.c, d.a, d.b, d.c_raw
            y = _year(raw, y, d.buddhist)
            try:
                if 1300 <= y < 1500:  # the Solar Hijri year of an Iranian phone
                    y, mo, dd = _jalali_to_gregorian(y, mo, dd)
                dt.date(y, mo, dd)
                day = (f"{y:04d}-{mo:02d}-{dd:02d}T", f"{y:04d}{mo:02d}{dd:02d}", y, mo, dd, {})
            except ValueError:
                day = None
        if len(self.days) >= 4096:
            self.days.clear()  # bounded: memory must not grow with the chat's span
        self.days[date] = day
        return day


    def _wday(self, date: str) -> tuple[str, str, int, int, int, dict[int, int]] | None:
        w = _wdate(date)
        day = None
        if w is not None:
            mo = w.month(self.votes)
            y = w.year
            if y is None:
                md = (mo, w.day)
                if self._yl_last is not None and _rolls(self._yl_last, md):
                    self.year = (self.year or 0) + 1
                self._yl_last = md
                y = self.year
                # The same date without a year means another year when it comes back: each
                # is worked out where it comes (runs of one date still hit the cache).
                self.days.clear()
            if y is not None:
                try:
                    dt.date(y, mo, w.day)
                    day = (f"{y:04d}-{mo:02d}-{w.day:02d}T", f"{y:04d}{mo:02d}{w.day:02d}", y,
                           mo, w.day, {})
                except ValueError:
                    day = None
        if len(self.days) >= 4096:
            self.days.clear()
        self.days[date] = day
        return day


def _shown(date: str, time: str) -> str:
    """A date and time as the skip list shows them: "13/45/21 10:01"."""
    d = _date(date)
    t = _TIME_PARTS.fullmatch(time.translate(_HEAD_CLEAN).strip())
    if d is None or t is None:
        return f"{date} {time}".translate(_HEAD_CLEAN).strip()
    return f"{d.a}{d.sep}{d.b}{d.sep}{d.c} {int(t.group('h'))}:{int(t.group('mi')):02d}"


def _stem(name: str) -> str:
    return PurePosixPath(name).stem


def _clip(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[:n] + "…"
