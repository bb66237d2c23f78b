"""WhatsApp "Export chat" reader: the ``.txt`` alone or the ``.zip`` with media.

The text is read twice, line by line, so memory stays flat however long the chat is:

1. a scan that settles what only the whole file can tell — the date order (D/M/Y, M/D/Y or
   Y-M-D), which ``": "`` ends a sender's name, the chat's name and hints that it is a group;
2. the parse proper, which reports one message at a time to the sink.

Line shapes (after removing invisible direction marks, and with U+202F/U+00A0 as spaces)::

    Android  12/31/20, 11:59 PM - Name: text           31.12.20, 23:59 - Name: text
    iOS      [31/12/2020, 23:59:59] Name: text         [2020-12-31, 11:59:59 p. m.] Name: text
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
    nfc,
    stable_id,
)

# Direction marks/isolates and BOM that newer exports sprinkle around names and markers.
MARKS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
# What WhatsApp itself puts before attachment markers and system text (removed from the start
# of a message); embeddings such as U+202A...U+202C around phone numbers stay balanced.
LEAD = "\u200e\u200f\ufeff"
_HEAD_CLEAN = str.maketrans({**{c: None for c in MARKS}, "\u202f": " ", "\u00a0": " "})

# Regexes accept stray direction marks (M) inside the header; ``\s`` also matches the
# narrow no-break space (U+202F) newer exports put before "PM". Lines are never rewritten,
# so the message text after the header is exactly what the export holds.
_M = "[\u200e\u200f\u202a-\u202e\u2066-\u2069]*"
_DATE = _M + r"(?P<a>\d{1,4})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{1,4})\.?" + _M
_PRE = r"(?:(?P<pre>午前|午後|上午|下午|오전|오후)\s?)?"
_TIME = r"(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?:[:.](?P<s>\d{2}))?"
# An AM/PM marker is a short run of non-digits ("PM", "p. m.", "nachm.", "م") before the
# end of the header; it is validated against a table afterwards.
_IOS_AMPM = r"(?:\s?(?P<ampm>[^\]\d\s][^\]\d]{0,11}?))?"
_ANDROID_AMPM = r"(?:\s?(?P<ampm>[^\d\s\-–][^\d\-–]{0,11}?))?"
_IOS = re.compile(r"\[" + _DATE + r",?\s" + _M + _PRE + _TIME + _IOS_AMPM + _M
                  + r"\]\s(?P<rest>.*)", re.S)
_ANDROID = re.compile(_DATE + r",?\s" + _M + _PRE + _TIME + _ANDROID_AMPM + _M
                      + r"\s[-–]\s(?P<rest>.*)", re.S)

_AM = {"am", "a", "vorm", "ص", "पूर्वाह्न", "午前", "上午", "오전", "πμ", "fm", "ap", "de"}
_PM = {"pm", "p", "nachm", "م", "अपराह्न", "午後", "下午", "오후", "μμ", "em", "ip", "du"}

_ATTACHED_ANDROID = re.compile(
    r"^(?P<f>[^\n]+?) \((?:file attached|Datei angehängt|archivo adjunto|arquivo anexado|"
    r"fichier joint|file allegato|bestand bijgevoegd|файл прикреплён|ملف مرفق)\)(?:\n|$)")
_ATTACHED_IOS = re.compile(
    r"^<(?:attached|Anhang|adjunto|anexado|pièce jointe|allegato|bijlage|вложение): "
    r"(?P<f>[^>\n]+)>")
_OMITTED = re.compile(
    r"^(?:<(?:Media omitted|Medien ausgeschlossen|Medien weggelassen|Multimedia omitido|"
    r"Mídia oculta|Arquivo de mídia oculto|Médias omis|Media omessi|Media weggelaten|"
    r"Без медиафайлов|تم استبعاد الوسائط)>"
    r"|(?P<kind>image|video|audio|sticker|GIF|document|Contact card|imagen|Bild) (?:omitted|omitido|weggelassen)"
    r"|.* document omitted)$")
_OMITTED_KIND = {"image": "image", "imagen": "image", "bild": "image", "gif": "video",
                 "video": "video", "audio": "voice", "sticker": "sticker"}

# System lines (English plus a few locales) that may contain ": " and so could pass for
# "Name: text" on Android, where system lines carry no sender.
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
_CREATED = re.compile(r'(?:created group|hat die Gruppe|ha creado el grupo|criou o grupo|'
                      r'a créé le groupe) [«"“„]?(?P<n>.+?)[»"”“]?(?: erstellt)?$')
_SUBJECT = re.compile(r'changed the subject (?:from .* )?to [«"“]?(?P<n>.+?)[»"”]?$')

_FILE_NAME = re.compile(
    r"^(?:WhatsApp Chat with |WhatsApp Chat - |WhatsApp-Chat mit |WhatsApp Chat mit |"
    r"Chat de WhatsApp con |Chat de WhatsApp - |Conversa do WhatsApp com |"
    r"Conversa do WhatsApp - |Discussion WhatsApp avec |Chat WhatsApp con |"
    r"WhatsApp-chat met |Чат WhatsApp с |دردشة واتساب مع )(?P<n>.+?)(?: \(\d+\))?$")

_SURROGATE = re.compile("[\udc80-\udcff]")  # undecodable bytes, via "surrogateescape"
_MAX_PREAMBLE = 200  # lines of non-export text tolerated before the first message
_BATCH = 2000  # plain messages handed to the sink at once
_MAX_NAMES = 50_000  # would-be sender names counted in pass 1 before rare ones are dropped


@dataclass(slots=True)
class _Head:
    line_no: int
    a: int
    b: int
    c: int
    sep: str
    alen: int
    clen: int
    h: int
    mi: int
    s: int | None
    ampm: str | None  # 'am' | 'pm' | None; '?' when unrecognised
    rest: str
    us_marker: bool = False  # written exactly "AM"/"PM", as the US locale does


_AMPM_CACHE: dict[tuple[str | None, str | None], tuple[str | None, bool]] = {}


def _ampm(pre: str | None, raw: str | None) -> tuple[str | None, bool]:
    """('am' | 'pm' | None | '?' for unknown, written exactly "AM"/"PM") of a time's marker."""
    got = _AMPM_CACHE.get((pre, raw))
    if got is not None:
        return got
    marker = pre or raw
    if marker is None:
        norm = None
    else:
        key = "".join(ch for ch in marker
                      if ch not in MARKS and ch != "." and not ch.isspace()).lower()
        norm = "am" if key in _AM else "pm" if key in _PM else "?"
    us = (raw or "").strip(MARKS + " \u202f\u00a0") in ("AM", "PM")
    if len(_AMPM_CACHE) < 256:
        _AMPM_CACHE[(pre, raw)] = (norm, us)
    return norm, us


def _match(line: str, line_no: int, ios: bool | None) -> tuple[_Head, bool] | None:
    """The header of a message line and whether it is iOS-style; None for other lines."""
    head = line.lstrip(MARKS) if line[:1] in MARKS else line
    if ios is not False and head[:1] == "[":
        m = _IOS.match(head)
        is_ios = True
    elif ios is not True:
        m = _ANDROID.match(head)
        is_ios = False
    else:
        return None
    if m is None:
        return None
    a, sep, b, c, pre, h, mi, sec, ampm, rest = m.groups()
    norm, us = _ampm(pre, ampm)
    return _Head(line_no, int(a), int(b), int(c), sep, len(a), len(c), int(h), int(mi),
                 int(sec) if sec else None, norm, rest, us), is_ios


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



# The same headers with the leading marks that ``_match`` strips first, one pattern per
# platform: once the first header has told which platform wrote the export, each line costs
# a single match. They capture the date and the time as written (one string each, the keys
# of the caches that read them) instead of their parts, which are read from those strings
# (with the same sub-patterns, so the same parts) once per distinct value.
_LEADING = "[" + MARKS + "]*"
_DATE_PARTS = r"(?P<a>\d{1,4})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{1,4})"
assert _DATE == _M + _DATE_PARTS + r"\.?" + _M
_DATE_SPAN = (_M + r"(?P<date>\d{1,4}(?P<sep>[./-])\d{1,2}(?P=sep)\d{1,4})\.?" + _M)


def _time_span(ampm: str) -> str:
    return "(?P<time>" + re.sub(r"\(\?P<\w+>", "(?:", _PRE + _TIME + ampm) + ")"


_IOS_LINE = re.compile(_LEADING + r"\[" + _DATE_SPAN + r",?\s" + _M + _time_span(_IOS_AMPM) + _M
                       + r"\]\s(?P<rest>.*)", re.S).match
_ANDROID_LINE = re.compile(_LEADING + _DATE_SPAN + r",?\s" + _M + _time_span(_ANDROID_AMPM)
                           + _M + r"\s[-–]\s(?P<rest>.*)", re.S).match
_DATE_OF = re.compile(_DATE_PARTS).fullmatch  # a date as written -> a, sep, b, c
_IOS_TIME_OF = re.compile(_PRE + _TIME + _IOS_AMPM, re.S).fullmatch  # -> pre, h, mi, s, ampm
_ANDROID_TIME_OF = re.compile(_PRE + _TIME + _ANDROID_AMPM, re.S).fullmatch
_US_MARKER: dict[str, bool] = {}  # AM/PM marker as written -> written exactly "AM"/"PM"


def _us_marker(raw: str) -> bool:
    us = _US_MARKER.get(raw)
    if us is None:
        us = raw.strip(MARKS + " \u202f\u00a0") in ("AM", "PM")
        if len(_US_MARKER) < 256:
            _US_MARKER[raw] = us
    return us


class _Names:
    """Bounded caches of what depends only on the text before a ': ' (a would-be name)."""

    __slots__ = ("clean", "system")

    def __init__(self) -> None:
        self.clean: dict[str, str] = {}  # raw -> without marks and surrounding spaces
        self.system: dict[str, bool] = {}  # name -> it is a system phrase, not a sender

    def name(self, raw: str) -> str:
        name = self.clean.get(raw)
        if name is None:
            # What _split_candidates makes of a name (translate changes nothing without marks).
            name = raw.translate(_HEAD_CLEAN).strip()
            if len(self.clean) >= 4096:
                self.clean.clear()
            self.clean[raw] = name
        return name


@dataclass
class _Scan:
    """Whole-file facts gathered by the first pass."""

    ios: bool | None = None
    headers: int = 0
    first_header_line: int = 0
    ymd: int = 0
    bad_dmy: int = 0  # lines whose second field > 12 (impossible as a month)
    bad_mdy: int = 0
    down_dmy: int = 0  # times the date went backwards under each reading
    down_mdy: int = 0
    prev_dmy: tuple[int, int, int] = (0, 0, 0)
    prev_mdy: tuple[int, int, int] = (0, 0, 0)
    seps: dict[str, int] = field(default_factory=dict)
    short_year: int = 0
    twelve_hour: int = 0
    us_marker: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    definite: set[str] = field(default_factory=set)
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

    def add_names(self, cands: list[str]) -> None:
        for c in cands:
            self.counts[c] = self.counts.get(c, 0) + 1
        self.definite.add(cands[-1])
        if len(self.counts) > _MAX_NAMES:
            self.prune()

    def prune(self) -> None:
        # Lossy counting keeps memory flat: rare candidates are message text, not names.
        self.pruned = True
        self.counts = {k: v for k, v in self.counts.items() if v > 2}
        self.definite &= self.counts.keys()

    def pick_name(self, cands: list[str], known: str | None) -> str:
        if known is not None and known in cands:
            return known
        best = None
        for c in cands:
            if c in self.definite:
                key = (self.counts.get(c, 0), len(c))
                if best is None or key > best[0]:
                    best = (key, c)
        return best[1] if best else cands[0]

    def order(self) -> tuple[str, str | None]:
        """The date order ('ymd' | 'dmy' | 'mdy') and a warning if it was a guess."""
        if self.ymd > self.headers // 2:
            return "ymd", None
        if self.bad_dmy != self.bad_mdy:
            return ("dmy" if self.bad_dmy < self.bad_mdy else "mdy"), None
        if self.down_dmy != self.down_mdy:
            order = "dmy" if self.down_dmy < self.down_mdy else "mdy"
            return order, None
        sep = max(self.seps, key=lambda k: self.seps[k]) if self.seps else "/"
        # Only the US writes month/day/year; it also writes "AM"/"PM" in capitals, unlike
        # e.g. India and Australia ("pm") or Spanish locales ("p. m."), which put the day first.
        us = sep == "/" and self.us_marker > self.headers // 2
        order = "mdy" if us else "dmy"
        return order, ("The day/month order of the dates could not be told apart; "
                       f"assumed {'month/day/year' if us else 'day/month/year'}.")

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
        self.definite |= later.definite
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
        """``count`` headers in a row dated ``date`` (as written: a, sep, b, sep, c)."""
        parts = _DATE_OF(date)
        assert parts is not None
        a, sep, b, c = parts.groups()
        self.seps[sep] = self.seps.get(sep, 0) + count
        if len(a) == 4:
            self.ymd += count
            return
        if len(c) == 2:
            self.short_year += count
        ia, ib, ic = int(a), int(b), int(c)
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


def chat_name_from_file(name: str) -> str | None:
    stem = PurePosixPath(name.replace("\\", "/")).stem
    m = _FILE_NAME.match(nfc(stem))
    return m.group("n").strip() if m else None


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
    raise ImportFormatError(f"{where} holds several .txt files; choose one of them: "
                            + ", ".join(sorted(txts)[:5]) + ".")


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


class _QuietSink:
    """A sink for reading without reporting (``split_point``)."""

    def progress(self, done: int, total: int) -> None:
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
        self.file_chat_name = file_name
        self.size = source.size(self.member)
        self._person_ids: dict[str, str] = {}

        self._names = _Names()
        self._ios = False
        self._clocks: dict[str, int] = {}  # time as written -> _clock_kind

    # -- reading ---------------------------------------------------------------------------
    def _segments(self, sink: Sink, base: int, start: int = 0,
                  stop: int | None = None) -> Iterator[tuple[int, list[str] | str]]:
        """The export's lines: ``(n, lines)`` for a run of readable lines, n being the number
        of the line before the run; ``(n, 'binary' | 'utf8')`` for an unreadable line n.

        Reads 1 MiB blocks cut at a line feed (which never splits a UTF-8 sequence) and
        decodes each block at once: much faster than line-by-line, and still flat.
        ``start`` and ``stop`` (byte offsets; ``start`` just after a line feed) read a part
        of the file; line numbers then count from ``start``.
        """
        total = 2 * self.size
        n = 0
        done = 0
        tail = b""
        first = start == 0
        with self.source.open(self.member) as fh:
            _skip(fh, start, self.source.is_zip)
            pos = start
            while True:
                want = 1 << 20 if stop is None else min(1 << 20, stop - pos)
                block = fh.read(want) if want > 0 else b""
                pos += len(block)
                data = tail + block
                if block:
                    cut = data.rfind(b"\n") + 1
                    if cut == 0:
                        tail = data
                        continue
                    data, tail = data[:cut - 1], data[cut:]
                elif not data:
                    break
                if data.endswith(b"\r"):
                    data = data[:-1]
                done += len(data) + 1
                if first:
                    first = False
                    if data.startswith(b"\xef\xbb\xbf"):
                        data = data[3:]
                text = data.decode("utf-8", "surrogateescape")
                if "\r" in text:
                    text = text.replace("\r\n", "\n").replace("\r", "\n")
                lines = text.split("\n")
                if "\x00" in text or _SURROGATE.search(text):
                    run: list[str] = []
                    start = n
                    for line in lines:
                        n += 1
                        binary = "\x00" in line
                        if binary or _SURROGATE.search(line):
                            if run:
                                yield start, run
                                run = []
                            yield n, "binary" if binary else "utf8"
                            start = n
                        else:
                            run.append(line)
                    if run:
                        yield start, run
                else:
                    yield n, lines
                    n += len(lines)
                sink.progress(min(base + done, total), total)
                if not block:
                    break

    # -- pass 1 ------------------------------------------------------------------------------
    @staticmethod
    def _first_header(sc: _Scan, segments: Iterator[tuple[int, list[str] | str]]
                      ) -> tuple[list[str], int] | None:
        """Up to the first message, each line is tried as either platform's header: the
        lines holding the first header and its index (``sc.ios`` and ``first_header_line``
        set), or None (no message near the start)."""
        for n0, lines in segments:
            if isinstance(lines, str):
                if sc.first_text is None:
                    sc.first_text = (n0, None if lines == "binary" else "")
                continue
            for i, text in enumerate(lines):
                n = n0 + i + 1
                hm = _match(text, n, None)
                if hm is None:
                    if sc.first_text is None and text.strip():
                        sc.first_text = (n, text.strip())
                    if n >= _MAX_PREAMBLE:
                        return None
                    continue
                sc.ios = hm[1]
                sc.first_header_line = n
                return lines, i
        return None

    def split_point(self) -> tuple[int, bool] | None:
        """Where pass 1 may be cut in two for two processes (see ``scan``): just after the
        first line feed past the middle, if the first message comes before the middle; and
        whether that message is iOS-style."""
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
        return half + i + 1, bool(sc.ios)

    def scan_from(self, sink: Sink, start: int, ios: bool) -> _Scan:
        """Pass 1 over the lines from byte ``start`` on, for ``scan(..., stop=start)`` in
        another process; ``ios`` is what the first message showed."""
        sc = _Scan(ios=ios)
        self._ios = ios
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
            self._ios = bool(sc.ios)
            self._scan_lines(sc, *found)
            for _n, lines in segments:
                if not isinstance(lines, str):
                    self._scan_lines(sc, lines, 0)
            sc.end_run()
            if stop is not None:
                part = rest() if rest is not None else None
                if part is None or part.ios != sc.ios or not sc.merge(part):
                    for _n, lines in self._segments(sink, stop, start=stop):
                        if not isinstance(lines, str):
                            self._scan_lines(sc, lines, 0)
                    sc.end_run()
        if sc.headers == 0:
            if sc.first_text is None:
                raise ImportFormatError(f"{self.display} is empty; it holds no messages.", line=1)
            n, t = sc.first_text
            if not t:
                what = "contains binary data" if t is None else "is not UTF-8 text"
                raise ImportFormatError(f"{self.display} is not a WhatsApp chat export: line {n} "
                                        f"{what}.", line=n)
            raise ImportFormatError(
                f"{self.display} is not a WhatsApp chat export: line {n} does not start with a "
                f"date and time ({_clip(t)!r}).", line=n)
        return sc

    def _scan_lines(self, sc: _Scan, lines: list[str], start: int) -> None:
        """Pass 1 over lines once the platform is known (the hot loop: kept to locals)."""
        ios = sc.ios
        match = _IOS_LINE if ios else _ANDROID_LINE
        names = self._names
        clean = names.clean
        system = names.system
        clocks = self._clocks
        counts, definite = sc.counts, sc.definite
        run_date, run = sc.run_date, sc.run
        headers = twelve = us = 0
        for text in (lines if start == 0 else itertools.islice(lines, start, None)):
            m = match(text)
            if m is None:
                continue
            date, _sep, time, rest = m.groups()
            headers += 1
            if date == run_date:
                run += 1
            else:
                if run_date is not None:
                    sc.add_dates(run_date, run)
                run_date, run = date, 1
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
                name = clean.get(raw)
                if name is None:
                    name = names.name(raw)
                if name and not (ios and rest[i + 2:i + 3] == "\u200e"):
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
                    definite.add(name)
                    if len(counts) > _MAX_NAMES:
                        sc.prune()
                        counts, definite = sc.counts, sc.definite
                    continue
            self._scan_rest(sc, rest)
            counts, definite = sc.counts, sc.definite
        sc.run_date, sc.run = run_date, run
        sc.headers += headers
        sc.twelve_hour += twelve
        sc.us_marker += us

    def _clock_kind(self, time: str) -> int:
        """0 for a 24-hour time, 1 for a 12-hour one, 2 if marked exactly "AM"/"PM"."""
        parts = (_IOS_TIME_OF if self._ios else _ANDROID_TIME_OF)(time)
        assert parts is not None
        pre, ampm = parts.group("pre", "ampm")
        kind = 0 if pre is None and ampm is None else 2 if ampm and _us_marker(ampm) else 1
        if len(self._clocks) >= 4096:
            self._clocks.clear()
        self._clocks[time] = kind
        return kind

    def _scan_rest(self, sc: _Scan, rest: str) -> None:
        cands = _split_candidates(rest)
        body = rest[rest.find(": ") + 2:] if cands else rest
        if sc.ios and cands and body[:1] == "\u200e" and not _is_marker(body.lstrip(LEAD)):
            # iOS system line: "Group name: \u200eAnn added Bob".
            if sc.ios_system_sender is None:
                sc.ios_system_sender = cands[0]
            self._hints(sc, body.lstrip(LEAD))
            return
        if not cands or (not sc.ios and _SYSTEM.search(cands[0])):
            # Android system line; one with ": " has a system phrase in its would-be "name".
            self._hints(sc, rest.translate(_HEAD_CLEAN))
            return
        sc.add_names(cands)

    @staticmethod
    def _hints(sc: _Scan, text: str) -> None:
        if _GROUP_HINT.search(text):
            sc.group_hint = True
        m = _CREATED.search(text)
        if m and sc.created is None:
            sc.created = m.group("n")
        m = _SUBJECT.search(text)
        if m:
            sc.subject = m.group("n")

    # -- pass 2 ------------------------------------------------------------------------------
    def run(self, sink: Sink, split: int | None = None,
            rest: Callable[[], _Scan | None] | None = None) -> None:
        """Parse and report to ``sink``; ``split`` and ``rest``: see ``scan``."""
        sc = self.scan(sink, split, rest)
        order, warning = sc.order()
        if warning:
            sink.warn(warning)
        name = (self.file_chat_name or sc.subject or sc.created or sc.ios_system_sender
                or _stem(self.display))
        chat_key = nfc(name)
        chat_id = stable_id("wa-", "whatsapp-chat", chat_key)
        # The other person in a one-to-one chat: named by the file, or on iPhone by the
        # sender of the system lines (WhatsApp attributes them to the chat).
        known = self.file_chat_name or (None if sc.group_hint else sc.ios_system_sender)
        chat = Chat(chat_id, name, "group" if sc.group_hint else "direct", "whatsapp")
        sink.begin_chat(chat)
        senders: dict[str, str] = {}  # person_id -> name
        self._messages(sink, sc, _Clock(order, bool(sc.ios)), chat_id, chat_key, known, senders)
        sink.progress(2 * self.size, 2 * self.size)

        kind = "group" if sc.group_hint or len(senders) > 2 else "direct"
        me = None
        if kind == "direct" and known:
            others = [pid for pid, nm in senders.items() if nm != known]
            if len(others) == 1:
                me = others[0]
        parts = tuple(Participant(pid, nm, pid == me) for pid, nm in senders.items())
        sink.end_chat(Chat(chat_id, name, kind, "whatsapp", None, parts))

    def _messages(self, sink: Sink, sc: _Scan, clock: _Clock, chat_id: str, chat_key: str,
                  known: str | None, senders: dict[str, str]) -> None:
        """Pass 2: every message to the sink, plain ones as row tuples in batches."""
        ios = sc.ios
        match = _IOS_LINE if ios else _ANDROID_LINE
        read = clock.read
        first_header_line = sc.first_header_line
        counts = sc.counts
        names = self._names
        # The text before a message's only ': ' -> (the name it gives, whether that is a
        # system phrase rather than a sender (Android), whether the text is the name as is).
        heads: dict[str, tuple[str, bool, bool]] = {}

        def head_of(raw: str) -> tuple[str, bool, bool]:
            name = names.name(raw)
            phrase = (not ios and name != known and counts.get(name, 0) < 2
                      and _SYSTEM.search(name) is not None)
            if len(heads) >= 4096:
                heads.clear()
            head = heads[raw] = (name, phrase, name == raw)
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
        batch = _BATCH

        def emit(rest: str, when: tuple[str, str, int], extra: list[str]) -> None:
            nonlocal rows, cur, old
            wall, compact, ts = when
            sender: str | None = None
            system = False
            i = rest.find(": ", 0, 102)
            if i >= 0 and rest.find(": ", i + 2, 102) < 0:
                # One would-be name (see _scan_lines), which pick_name would choose.
                head = heads.get(rest[:i])
                if head is None:
                    head = head_of(rest[:i])
                name = head[0]
            else:
                name = ""
            if not name:
                system, sender, text = self._sender(sc, rest, known)
            elif ios and rest[i + 2:i + 3] == "\u200e" and not _is_marker(rest[i + 2:].lstrip(LEAD)):
                system, text = True, rest[i + 2:]
            elif head[1]:  # Android: the would-be name is a system phrase
                system, text = True, rest
            else:
                sender = name
                text = rest[i + 2:] if head[2] else _after_name(rest, name)
            full = text.lstrip(LEAD) if not extra else "\n".join([text.lstrip(LEAD), *extra])
            if system:
                full = full.translate(_HEAD_CLEAN)  # WhatsApp's own text; marks carry nothing
                sender_id = None
            else:
                sender_id = person_ids.get(sender)  # type: ignore[arg-type]
                if sender_id is None:
                    assert sender is not None
                    sender_id = stable_id("wa-p-", "whatsapp-person", sender)[:17]
                    person_ids[sender] = sender_id
                    senders.setdefault(sender_id, sender)
            who = sender or ""
            key = (wall, who, full)
            ordinal = cur.get(key)
            if ordinal is None:
                ordinal = old.get(key, 0)
                if len(cur) >= 4096:
                    old, cur = cur, {}
            cur[key] = ordinal + 1
            # The id leads with the wall-clock time so a chat's ids sort by time: inserting a
            # big export then appends to the id index instead of writing all over it (random
            # ids made a 1M-message import several times slower once the index outgrew the
            # cache). The rest is the hash of (source, chat, time, sender, text, ordinal).
            digest = sha256(f"{id_prefix}{wall}\x1f{who}\x1f{full}\x1f{ordinal}"
                            .encode("utf-8", "surrogatepass")).hexdigest()
            mid = f"wa-{compact}-{digest[:24]}"
            if system:
                rows.append((mid, chat_id, ts, None, "system", full, None))
            elif _maybe_media(full):
                kind, text_out, media = self._media(full)
                if media:
                    if rows:
                        sink.rows(rows)
                        rows = []
                    sink.message(ParsedMessage(mid, ts, sender_id, kind, text_out, None, media))
                    return
                rows.append((mid, chat_id, ts, sender_id, kind, text_out, None))
            else:
                rows.append((mid, chat_id, ts, sender_id, "text", full, None))
            if len(rows) >= batch:
                sink.rows(rows)
                rows = []

        pending: str | None = None  # the first line's text of the message being read
        when: tuple[str, str, int] = ("", "", 0)
        extra: list[str] = []  # its further lines
        bad = 0  # the line of a header we skip (0: none), with its continuation lines
        bad_reason = ""
        bad_last = 0
        for n0, lines in self._segments(sink, self.size):
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
                    if pending is not None:
                        extra.append(text)
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
                date, _sep, time, rest = m.groups()
                got = read(date, time)
                if isinstance(got, str):
                    bad, bad_reason, bad_last = n, got, n
                    continue
                pending, when = rest, got
        if pending is not None:
            emit(pending, when, extra)
        if bad:
            sink.skip(f"line {bad}" if bad_last == bad else f"lines {bad}-{bad_last}", bad_reason)
        if rows:
            sink.rows(rows)

    @staticmethod
    def _sender(sc: _Scan, rest: str, known: str | None) -> tuple[bool, str | None, str]:
        """(system line, sender, text after the name) of a message's first line."""
        cands = _split_candidates(rest)
        sender: str | None = None
        system = False
        if not cands:
            return True, None, rest
        if sc.ios:
            first_body = rest[rest.find(": ") + 2:]
            if first_body[:1] == "\u200e" and not _is_marker(first_body.lstrip(LEAD)):
                return True, None, first_body
            sender = sc.pick_name(cands, known)
        else:
            sender = sc.pick_name(cands, known)
            if sender != known and sc.counts.get(sender, 0) < 2 and _SYSTEM.search(sender):
                return True, None, rest
        # Locate the chosen name in the original text (which may hold marks).
        return system, sender, _after_name(rest, sender)


    def _media(self, body: str) -> tuple[str, str, list[ParsedMedia]]:
        m = _ATTACHED_ANDROID.match(body) or _ATTACHED_IOS.match(body)
        if m:
            fname = m.group("f").translate(_HEAD_CLEAN).strip()
            caption = body[m.end():].lstrip(LEAD).strip()
            member = self.source.find(fname)
            mime = guess_mime(fname)
            return "media", caption, [ParsedMedia(guess_media_kind(fname, mime), mime, fname, member)]
        m = _OMITTED.match(body.strip())
        if m:
            k = _OMITTED_KIND.get((m.group("kind") or "").lower(), "file")
            if m.group("kind") is None and body.strip().startswith("<"):
                k = "image"  # Android does not say which kind; photos are the usual case
            return "media", "", [ParsedMedia(k, "application/octet-stream", "", None)]
        return "text", body, []


def _maybe_media(body: str) -> bool:
    """Cheap test before the attachment regexes (most messages are plain text)."""
    first = body.split("\n", 1)[0] if "\n" in body else body
    first = first.rstrip()
    return first[:1] == "<" or first.endswith((")", "omitted", "omitido", "weggelassen", ">"))


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


def _is_marker(body: str) -> bool:
    """iOS prefixes attachments and "omitted" notes with a direction mark, like system lines."""
    return bool(_ATTACHED_IOS.match(body) or _OMITTED.match(body.strip())
                or body.startswith(("This message was deleted", "You deleted this message")))


class _Clock:
    """A header's date and time -> (ISO wall time, its digits, epoch ms) or a reason it is
    unreadable.

    Dates and times are cached apart, as written: a million messages span a few thousand
    days and at most 86,400 times of day, and building datetimes per message is a large
    part of the run time. Time-zone offsets are cached per day and hour.
    """

    def __init__(self, order: str, ios: bool) -> None:
        self.order = order
        self._time_of = _IOS_TIME_OF if ios else _ANDROID_TIME_OF
        # date -> (wall date "YYYY-MM-DDT", its digits, y, mo, d, {hour: epoch ms}) or None
        # for an impossible date.
        self._days: dict[str, tuple[str, str, int, int, int, dict[int, int]] | None] = {}
        # time -> (hour, wall time "HH:MM[:SS]", its digits, ms into the hour), a reason the
        # time is unreadable, or None for an impossible time.
        self._times: dict[str, tuple[int, str, str, int] | str | None] = {}

    def read(self, date: str, time: str) -> tuple[str, str, int] | str:
        """``date`` and ``time`` as the header writes them (the line pattern's groups)."""
        t = self._times.get(time, False)
        if t is False:
            t = self._time(time)
        if isinstance(t, str):
            return t
        day = self._days.get(date, False)
        if day is False:
            day = self._day(date)
        if day is None or t is None:
            a, sep, b, c = _DATE_OF(date).groups()  # type: ignore[union-attr]
            h, mi = self._time_of(time).group("h", "mi")  # type: ignore[union-attr]
            return f"invalid date or time ({int(a)}{sep}{int(b)}{sep}{int(c)} {int(h)}:{int(mi):02d})"
        hour, wall_time, digits, ms = t
        hours = day[5]
        base = hours.get(hour)
        if base is None:
            base = hours[hour] = local_ms(day[2], day[3], day[4], hour)
        return day[0] + wall_time, day[1] + digits, base + ms

    def _time(self, time: str) -> tuple[int, str, str, int] | str | None:
        parts = self._time_of(time)
        assert parts is not None
        pre, h_, mi_, s_, ampm = parts.groups()
        marker, _us = _ampm(pre, ampm)
        h, mi = int(h_), int(mi_)
        t: tuple[int, str, str, int] | str | None
        if marker == "?":
            t = "unknown AM/PM marker in the time"
        elif marker and h > 12:
            t = f"impossible time {h}:{mi:02d} on a 12-hour clock"
        else:
            # 12-hour clocks run 12, 1, ... 11 (or 0 ... 11 in Japan): both map with "% 12".
            hour = h % 12 if marker == "am" else h % 12 + 12 if marker == "pm" else h
            sec = int(s_) if s_ else 0
            if hour > 23 or mi > 59 or sec > 59:
                t = None
            else:
                wall = f"{hour:02d}:{mi:02d}" + (f":{sec:02d}" if s_ else "")
                t = (hour, wall, wall.replace(":", ""), (mi * 60 + sec) * 1000)
        if len(self._times) >= 4096:
            self._times.clear()  # bounded: memory must not grow with the chat's length
        self._times[time] = t
        return t

    def _day(self, date: str) -> tuple[str, str, int, int, int, dict[int, int]] | None:
        parts = _DATE_OF(date)
        assert parts is not None
        ga, _sep, gb, gc = parts.groups()
        a, b, c = int(ga), int(gb), int(gc)
        if self.order == "ymd":
            y, mo, d = a, b, c
        elif self.order == "dmy":
            y, mo, d = c, b, a
        else:
            y, mo, d = c, a, b
        if y < 100:
            y += 2000
        day: tuple[str, str, int, int, int, dict[int, int]] | None
        try:
            dt.date(y, mo, d)
            day = (f"{y:04d}-{mo:02d}-{d:02d}T", f"{y:04d}{mo:02d}{d:02d}", y, mo, d, {})
        except ValueError:
            day = None
        if len(self._days) >= 4096:
            self._days.clear()  # bounded: memory must not grow with the chat's span
        self._days[date] = day
        return day


def _stem(name: str) -> str:
    return PurePosixPath(name).stem


def _clip(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[:n] + "…"
