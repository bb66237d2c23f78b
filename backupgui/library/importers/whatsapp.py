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
import posixpath
import re
from collections.abc import Iterator
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
_IOS = re.compile(r"\[" + _DATE + r",?\s" + _M + _PRE + _TIME
                  + r"(?:\s?(?P<ampm>[^\]\d\s][^\]\d]{0,11}?))?" + _M + r"\]\s(?P<rest>.*)", re.S)
_ANDROID = re.compile(_DATE + r",?\s" + _M + _PRE + _TIME
                      + r"(?:\s?(?P<ampm>[^\d\s\-–][^\d\-–]{0,11}?))?" + _M
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

    def add_names(self, cands: list[str]) -> None:
        for c in cands:
            self.counts[c] = self.counts.get(c, 0) + 1
        self.definite.add(cands[-1])
        if len(self.counts) > 50_000:
            # Lossy counting keeps memory flat: rare candidates are message text, not names.
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

    def feed_date(self, h: _Head) -> None:
        self.headers += 1
        self.seps[h.sep] = self.seps.get(h.sep, 0) + 1
        if h.ampm:
            self.twelve_hour += 1
            self.us_marker += h.us_marker
        if h.alen == 4:
            self.ymd += 1
            return
        if h.clen == 2:
            self.short_year += 1
        if h.b > 12:
            self.bad_dmy += 1
        if h.a > 12:
            self.bad_mdy += 1
        dmy = (h.c, h.b, h.a)
        mdy = (h.c, h.a, h.b)
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

    # -- pass 1 ------------------------------------------------------------------------------
    def _iter(self, sink: Sink, base: int) -> Iterator[tuple[int, str | None, str]]:
        """(line number, text, '') per line; (n, None, 'binary' | 'utf8') for unreadable ones.

        Reads 1 MiB blocks cut at a line feed (which never splits a UTF-8 sequence) and
        decodes each block at once: much faster than line-by-line, and still flat.
        """
        total = 2 * self.size
        n = 0
        done = 0
        tail = b""
        first = True
        with self.source.open(self.member) as fh:
            while True:
                block = fh.read(1 << 20)
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
                    for line in lines:
                        n += 1
                        if "\x00" in line:
                            yield n, None, "binary"
                        elif _SURROGATE.search(line):
                            yield n, None, "utf8"
                        else:
                            yield n, line, ""
                else:
                    for line in lines:
                        n += 1
                        yield n, line, ""
                sink.progress(min(base + done, total), total)
                if not block:
                    break

    def scan(self, sink: Sink) -> _Scan:
        sc = _Scan()
        for n, text, _problem in self._iter(sink, 0):
            if text is None:
                if sc.headers == 0 and sc.first_text is None:
                    sc.first_text = (n, None if _problem == "binary" else "")
                continue
            hm = _match(text, n, sc.ios)
            if hm is None:
                if sc.headers == 0:
                    if sc.first_text is None and text.strip():
                        sc.first_text = (n, text.strip())
                    if n >= _MAX_PREAMBLE:
                        break
                continue
            h, is_ios = hm
            if sc.ios is None:
                sc.ios = is_ios
                sc.first_header_line = n
            sc.feed_date(h)
            self._scan_rest(sc, h.rest)
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
    def run(self, sink: Sink) -> None:
        sc = self.scan(sink)
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
        ordinals = _Ordinals()

        clock = _Clock(order)
        pending: _Head | None = None
        pending_when: tuple[str, int] = ("", 0)
        body: list[str] = []
        bad: _Head | None = None  # a header we skip, with its continuation lines
        bad_reason = ""
        bad_last = 0

        def flush() -> None:
            nonlocal pending
            if pending is not None:
                self._emit(sink, sc, pending_when, body, chat_key, known, senders, ordinals)
            pending = None
            body.clear()

        def flush_bad() -> None:
            nonlocal bad
            if bad is not None:
                where = (f"line {bad.line_no}" if bad_last == bad.line_no
                         else f"lines {bad.line_no}-{bad_last}")
                sink.skip(where, bad_reason)
            bad = None

        for n, text, problem in self._iter(sink, self.size):
            if text is None:
                flush_bad()  # keeps the skip list in line order
                if n >= sc.first_header_line:
                    sink.skip(f"line {n}", "binary data" if problem == "binary"
                              else "not valid UTF-8 text")
                continue
            hm = _match(text, n, sc.ios)
            if hm is None:
                if pending is not None:
                    body.append(text)
                elif bad is not None:
                    bad_last = n
                elif n < sc.first_header_line:
                    if text.strip():
                        sink.skip(f"line {n}", "text before the first message")
                continue
            h = hm[0]
            flush()
            flush_bad()
            when = clock.read(h)
            if isinstance(when, str):
                bad, bad_reason, bad_last = h, when, n
                continue
            pending, pending_when = h, when
            body.append(h.rest)
        flush()
        flush_bad()
        sink.progress(2 * self.size, 2 * self.size)

        kind = "group" if sc.group_hint or len(senders) > 2 else "direct"
        me = None
        if kind == "direct" and known:
            others = [pid for pid, nm in senders.items() if nm != known]
            if len(others) == 1:
                me = others[0]
        parts = tuple(Participant(pid, nm, pid == me) for pid, nm in senders.items())
        sink.end_chat(Chat(chat_id, name, kind, "whatsapp", None, parts))

    def _emit(self, sink: Sink, sc: _Scan, when: tuple[str, int], lines: list[str],
              chat_key: str, known: str | None, senders: dict[str, str],
              ordinals: _Ordinals) -> None:
        rest = lines[0]
        cands = _split_candidates(rest)
        sender: str | None = None
        system = False
        if not cands:
            system, text = True, rest
        else:
            if sc.ios:
                first_body = rest[rest.find(": ") + 2:]
                if first_body[:1] == "\u200e" and not _is_marker(first_body.lstrip(LEAD)):
                    system = True
                    text = first_body
                else:
                    sender = sc.pick_name(cands, known)
            else:
                sender = sc.pick_name(cands, known)
                if sender != known and sc.counts.get(sender, 0) < 2 and _SYSTEM.search(sender):
                    system, sender, text = True, None, rest
            if sender is not None:
                # Locate the chosen name in the original text (which may hold marks).
                text = _after_name(rest, sender)
        full = text.lstrip(LEAD) if len(lines) == 1 else "\n".join([text.lstrip(LEAD), *lines[1:]])
        if system:
            full = full.translate(_HEAD_CLEAN)  # WhatsApp's own text; marks carry nothing
            sender_id = None
        else:
            assert sender is not None
            sender_id = self._person_ids.get(sender)
            if sender_id is None:
                sender_id = stable_id("wa-p-", "whatsapp-person", sender)[:17]
                self._person_ids[sender] = sender_id
                senders.setdefault(sender_id, sender)
        wall, ts = when
        ordinal = ordinals.next((wall, sender or "", full))
        # The id leads with the wall-clock time so a chat's ids sort by time: inserting a big
        # export then appends to the id index instead of writing all over it (random ids
        # made a 1M-message import several times slower once the index outgrew the cache).
        # The rest is the hash of (source, chat, time, sender, text, ordinal).
        digest = hashlib.sha256(
            f"whatsapp\x1f{chat_key}\x1f{wall}\x1f{sender or ''}\x1f{full}\x1f{ordinal}"
            .encode("utf-8", "surrogatepass")).hexdigest()
        mid = f"wa-{_compact(wall)}-{digest[:24]}"
        kind, text_out, media = "system" if system else "text", full, []
        if not system and _maybe_media(full):
            kind, text_out, media = self._media(full)
        sink.message(ParsedMessage(mid, ts, sender_id, kind, text_out, None, media))

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


_WALL_DIGITS = str.maketrans("", "", "-T:")


def _compact(wall: str) -> str:
    """'2021-01-02T03:04[:05]' -> '202101020304[05]'."""
    return wall.translate(_WALL_DIGITS)


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


def _ymd(h: _Head, order: str) -> tuple[int, int, int]:
    if order == "ymd":
        y, mo, d = h.a, h.b, h.c
    elif order == "dmy":
        y, mo, d = h.c, h.b, h.a
    else:
        y, mo, d = h.c, h.a, h.b
    if y < 100:
        y += 2000
    return y, mo, d


def _hour(h: _Head) -> int:
    # 12-hour clocks run 12, 1, ... 11 (or 0 ... 11 in Japan): both map with "% 12".
    if h.ampm == "am":
        return h.h % 12
    if h.ampm == "pm":
        return h.h % 12 + 12
    return h.h


class _Ordinals:
    """How many identical messages (same time, sender and text) came before this one.

    Identical messages share a minute, so only recent keys matter: two generations of 4096
    keys keep memory bounded without ever forgetting a key seen a moment ago.
    """

    def __init__(self) -> None:
        self._cur: dict[tuple[str, str, str], int] = {}
        self._old: dict[tuple[str, str, str], int] = {}

    def next(self, key: tuple[str, str, str]) -> int:
        n = self._cur.get(key)
        if n is None:
            n = self._old.get(key, 0)
            if len(self._cur) >= 4096:
                self._old, self._cur = self._cur, {}
        self._cur[key] = n + 1
        return n


class _Clock:
    """Wall-clock header -> (ISO wall time, epoch ms) or a reason it is unreadable.

    Validity and time-zone offsets are cached per day and hour: a million messages span a
    few thousand days, and building datetimes per message is a large part of the run time.
    """

    def __init__(self, order: str) -> None:
        self.order = order
        self._days: dict[tuple[int, int, int], tuple[int, int, int] | None] = {}
        self._offsets: dict[tuple[int, int, int, int], int] = {}

    def read(self, h: _Head) -> tuple[str, int] | str:
        if h.ampm == "?":
            return "unknown AM/PM marker in the time"
        if h.ampm and h.h > 12:
            return f"impossible time {h.h}:{h.mi:02d} on a 12-hour clock"
        key = (h.a, h.b, h.c)
        day = self._days.get(key, False)
        if day is False:
            if len(self._days) >= 4096:
                self._days.clear()
            y, mo, d = _ymd(h, self.order)
            try:
                dt.date(y, mo, d)
                day = (y, mo, d)
            except ValueError:
                day = None
            self._days[key] = day
        hour = _hour(h)
        sec = h.s or 0
        if day is None or hour > 23 or h.mi > 59 or sec > 59:
            return f"invalid date or time ({h.a}{h.sep}{h.b}{h.sep}{h.c} {h.h}:{h.mi:02d})"
        y, mo, d = day
        hkey = (y, mo, d, hour)
        base = self._offsets.get(hkey)
        if base is None:
            if len(self._offsets) >= 4096:
                self._offsets.clear()  # bounded: memory must not grow with the chat's span
            base = self._offsets[hkey] = local_ms(y, mo, d, hour)
        wall = (f"{y:04d}-{mo:02d}-{d:02d}T{hour:02d}:{h.mi:02d}"
                + (f":{sec:02d}" if h.s is not None else ""))
        return wall, base + (h.mi * 60 + sec) * 1000


def _stem(name: str) -> str:
    return PurePosixPath(name).stem


def _clip(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[:n] + "…"
