"""A deterministic corpus of varied WhatsApp exports, and a canonical dump of what importing
one stores, for checking that the importer's output (message ids above all: re-imports
dedupe on them) does not change when the parser is reworked.

``write_corpus(folder, count)`` writes ``count`` exports (.txt, some .zip with media) mixing
Android and iOS header styles, locales, AM/PM markers, direction marks, system lines, media,
multi-line messages, identical messages in one minute, broken dates, binary and non-UTF-8
lines, CRLF, lone CR, BOM and preambles. ``dump(export)`` imports one into a fresh library
and returns everything stored (and the preview, skips and warnings) as a JSON-able dict.
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
import zipfile
from pathlib import Path

NAMES = ["Ana García", "Sam", "Lukas Müller", "João", "Priya Sharma", "أحمد", "田中 ゆき",
         "Дмитрий", "Chloé", "\u202a+1 555-0100\u202c", "\u202a+49 151 2345678\u202c",
         "Dr: Who", "Mia", "A", "Ann added Bob", "Bob (work)", "Ö", "~ Kai"]
TEXTS = ["Hi", "Are you coming tonight?", "Haha 😂😂", "¿Quedamos el sábado?", "👍",
         "See you at 1/2/21, 10:00 AM - don't be late", "Note: bring the charger",
         "ok: yes: no: maybe: fine", "مرحبا! كيف حالك؟", "おはよう！☀️", "\u200eleading mark",
         "trailing space ", "  indented", "x" * 120 + ": late colon", "a: b", "<not media>",
         "This message was deleted", "You deleted this message", "(smile)", "done >",
         "12/31/20, 11:59 PM - Fake: header inside text", "tabs\tinside", "caf\u00e9 \u202fnbsp",
         "left", "I added you", "removed", "Messages and calls are end-to-end encrypted."]
SYSTEM = ["Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
          "WhatsApp, can read or listen to them.", "{n} created group \"{g}\"",
          "{n} created this group", "{n} added {m}", "{n} removed {m}", "{n} left",
          "{n} changed the subject from \"Old\" to \"{g}\"", "{n} changed this group's icon",
          "{n} joined using this group's invite link", "Your security code with {n} changed.",
          "{n} changed their phone number to a new number.", "{n} is now an admin",
          "{n} hat die Gruppe „{g}\" erstellt", "{n} ha creado el grupo «{g}»",
          "{n}: changed the subject to {g}", "Disappearing messages were turned on."]
FILES = ["IMG-20210101-WA0001.jpg", "VID-20210101-WA0002.mp4", "PTT-20210101-WA0003.opus",
         "00000012-PHOTO-2021-02-02-10-00-00.jpg", "00000013-AUDIO-2021-02-05-10-02-00.opus",
         "STK-20210101-WA0004.webp", "DOC-20210101-WA0005.pdf", "contact.vcf", "Ünïcode ñame.jpg",
         "00000014-VIDEO-2021-02-20-08-00-00.mp4", "AUD-20210101-WA0006.m4a"]
ATTACHED_ANDROID = ["file attached", "Datei angehängt", "archivo adjunto", "fichier joint"]
ATTACHED_IOS = ["attached", "Anhang", "adjunto", "pièce jointe"]
OMITTED_ANDROID = ["<Media omitted>", "<Medien ausgeschlossen>", "<Multimedia omitido>",
                   "<Mídia oculta>", "<Médias omis>"]
OMITTED_IOS = ["image omitted", "video omitted", "audio omitted", "sticker omitted",
               "GIF omitted", "document omitted", "Contact card omitted", "imagen omitida",
               "Bild weggelassen", "report.pdf • 3 pages document omitted", "imagen omitido"]
CHAT_FILES = ["WhatsApp Chat with {n}.txt", "WhatsApp Chat - {n}.txt", "WhatsApp-Chat mit {n}.txt",
              "_chat.txt", "chat export {i}.txt", "WhatsApp Chat with {n} (2).txt",
              "Chat de WhatsApp con {n}.txt"]

# (name, ios, order, year digits, separator, 12-hour markers or None, seconds, comma, dash)
STYLES = [
    ("android-us", False, "mdy", 2, "/", ["AM", "PM"], False, True, "-"),
    ("android-us-nnbsp", False, "mdy", 2, "/", ["\u202fAM", "\u202fPM"], False, True, "-"),
    ("android-uk", False, "dmy", 4, "/", None, False, True, "-"),
    ("android-in", False, "dmy", 2, "/", ["\u202fam", "\u202fpm"], False, True, "-"),
    ("android-de", False, "dmy", 2, ".", None, False, True, "-"),
    ("android-ymd", False, "ymd", 4, "-", None, False, True, "-"),
    ("android-es", False, "dmy", 4, "/", [" a. m.", " p. m."], False, True, "-"),
    ("android-de12", False, "dmy", 4, "/", [" vorm.", " nachm."], False, True, "-"),
    ("android-nocomma", False, "dmy", 4, "/", None, False, False, "-"),
    ("android-fi", False, "dmy", 4, "-", None, False, False, "-"),
    ("android-endash", False, "dmy", 2, ".", None, False, True, "–"),
    ("android-ar", False, "dmy", 4, "/", [" ص", " م"], False, True, "-"),
    ("ios-eu", True, "dmy", 4, "/", None, True, True, ""),
    ("ios-us", True, "mdy", 2, "/", ["\u202fAM", "\u202fPM"], True, True, ""),
    ("ios-de", True, "dmy", 2, ".", None, True, True, ""),
    ("ios-ymd-es", True, "ymd", 4, "-", [" a. m.", " p. m."], True, True, ""),
    ("ios-ja", True, "ymd", 4, "/", ["午前", "午後"], True, False, ""),
    ("ios-ko", True, "ymd", 4, ".", ["오전 ", "오후 "], True, False, ""),
    ("ios-marks", True, "dmy", 4, "/", None, True, True, ""),
]


def _header(style: tuple, t: dt.datetime, rng: random.Random) -> str:
    _name, ios, order, ydig, sep, markers, secs, comma, dash = style
    year = f"{t.year % 100:02d}" if ydig == 2 else f"{t.year:04d}"
    pad = rng.random() < 0.5 or order == "ymd"
    day = f"{t.day:02d}" if pad else str(t.day)
    mon = f"{t.month:02d}" if pad else str(t.month)
    if order == "ymd":
        date = f"{year}{sep}{mon}{sep}{day}"
    elif order == "dmy":
        date = f"{day}{sep}{mon}{sep}{year}"
    else:
        date = f"{mon}{sep}{day}{sep}{year}"
    if markers:
        h = t.hour % 12 or 12
        if markers[0] in ("午前", "오전 ") and rng.random() < 0.3:
            h = t.hour % 12  # Japan writes 0:05 for 12:05 am
        mark = markers[0] if t.hour < 12 else markers[1]
        hh = str(h)
    else:
        mark = ""
        hh = f"{t.hour:02d}" if rng.random() < 0.8 else str(t.hour)
    tsep = "." if style[0] == "android-fi" else ":"
    clock = f"{hh}{tsep}{t.minute:02d}" + (f":{t.second:02d}" if secs else "")
    prefix_mark = mark in ("午前", "午後", "오전 ", "오후 ")
    clock = (mark + clock) if prefix_mark else (clock + mark)
    sepc = ", " if comma else " "
    if ios:
        head = f"[{date}{sepc}{clock}] "
        if style[0] == "ios-marks" or rng.random() < 0.1:
            head = "\u200e" + head
        return head
    return f"{date}{sepc}{clock} {dash} "


def _body(style: tuple, rng: random.Random, names: list[str], group: str, chat_sender: str,
          media_names: list[str]) -> str:
    ios = style[1]
    who = rng.choice(names)
    r = rng.random()
    if r < 0.08:  # system line
        text = rng.choice(SYSTEM).format(n=rng.choice(names), m=rng.choice(names), g=group)
        if ios:
            return f"{chat_sender}: \u200e{text}"
        return text
    if r < 0.16:  # attachment
        f = rng.choice(FILES)
        if rng.random() < 0.5:
            f = f"{rng.randrange(1000)}-{f}"
        media_names.append(f)
        cap = rng.choice(["", "", "\nFireworks from the roof", " caption on the same line?"])
        if ios:
            return f"{who}: \u200e<{rng.choice(ATTACHED_IOS)}: {f}>{cap}"
        return f"{who}: {f} ({rng.choice(ATTACHED_ANDROID)}){cap}"
    if r < 0.22:
        om = rng.choice(OMITTED_IOS if ios else OMITTED_ANDROID)
        return f"{who}: " + ("\u200e" + om if ios and rng.random() < 0.7 else om)
    if r < 0.25:
        return f"\u200e{who}\u200e: {rng.choice(TEXTS)}"  # marks around the name
    text = rng.choice(TEXTS)
    if rng.random() < 0.12:
        extra = rng.choice(["second line", "", "  ", "1/1/21 will be better - 100%: promise",
                            "[01/02/2021, 09:00:00] looks like iOS", "31.12.20, 23:59 nope",
                            "Name: colon line", "\u200e<attached: fake.jpg>"])
        text += "\n" + extra + ("\nthird line" if rng.random() < 0.3 else "")
    return f"{who}: {text}"


def _export_text(i: int, rng: random.Random) -> tuple[str, bytes, list[str]]:
    style = STYLES[i % len(STYLES)] if i < 3 * len(STYLES) else rng.choice(STYLES)
    names = rng.sample(NAMES, rng.randint(1, 6))
    group = rng.choice(["Familia", "WG Küche", "Bench: the group", "Ünïcode"])
    chat_sender = group if len(names) > 2 else names[0]
    t = dt.datetime(rng.choice([2015, 2019, 2020, 2021, 2023]), rng.randint(1, 12),
                    rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
    lines: list[str] = []
    media: list[str] = []
    if rng.random() < 0.15:
        lines += rng.choice([["Exported by some tool", ""], ["", "   "], ["Chat: header line"]])
    n = rng.choice([1, 2, 5, 30, 80, 200, 400])
    for _ in range(n):
        step = rng.choice([0, 0, 1, 5, 20, 60, 300, 3600, 86400, 86400 * 40])
        t += dt.timedelta(seconds=step)
        head = _header(style, t, rng)
        if rng.random() < 0.05 and lines:
            lines.append(lines[-1])  # the same message twice in one minute
            continue
        r = rng.random()
        if r < 0.01:
            head = head.replace(str(t.day), "45", 1)  # an impossible date
        elif r < 0.015 and style[5]:
            head = head.replace(style[5][t.hour >= 12], " XM", 1)  # an unknown marker
        lines.append(head + _body(style, rng, names, group, chat_sender, media))
    text = "\n".join(lines) + rng.choice(["\n", "", "\n\n"])
    eol = rng.random()
    if eol < 0.15:
        text = text.replace("\n", "\r\n")
    elif eol < 0.18:
        text = text.replace("\n", "\r")
    data = text.encode("utf-8")
    if rng.random() < 0.1:
        data = b"\xef\xbb\xbf" + data
    if rng.random() < 0.1 and b"\n" in data:  # broken bytes in a line or two
        parts = data.split(b"\n")
        for _ in range(rng.randint(1, 3)):
            k = rng.randrange(len(parts))
            parts[k] = parts[k] + rng.choice([b" caf\xe9", b"\x00\x01bin", b"\xff\xfe"])
        data = b"\n".join(parts)
    name = rng.choice(CHAT_FILES).format(n=rng.choice(names).strip("\u202a\u202c"), i=i)
    return name, data, media


def write_corpus(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """``count`` exports under ``folder`` (one sub-folder each); returns their paths."""
    rng = random.Random(seed)
    out: list[Path] = []
    for i in range(count):
        name, data, media = _export_text(i, rng)
        d = folder / f"{i:04d}"
        d.mkdir(parents=True, exist_ok=True)
        if media and rng.random() < 0.3:
            zname = name[:-4] + ".zip" if name != "_chat.txt" else f"WhatsApp Chat - {i}.zip"
            path = d / zname
            with zipfile.ZipFile(path, "w") as zf:
                zf.writestr(name, data)
                for f in dict.fromkeys(media):
                    if rng.random() < 0.7:
                        zf.writestr(f, f"media {f}".encode() * rng.randint(1, 50))
        else:
            path = d / name
            path.write_bytes(data)
        out.append(path)
    return out


def dump(export: Path) -> dict:
    """Everything importing ``export`` into a fresh library stores, plus the preview."""
    from backupgui.library import Library
    from backupgui.library.importers import ImportFormatError, import_export, preview_export

    out: dict = {}
    try:
        p = preview_export(export)
        out["preview"] = [p.format, [[c.name, c.kind, list(c.participants), c.message_count,
                                      c.first_ms, c.last_ms, c.media_found, c.media_missing]
                                     for c in p.chats],
                          list(p.warnings), [list(s) for s in p.skipped]]
    except ImportFormatError as exc:
        out["preview_error"] = [str(exc), exc.line]
    with tempfile.TemporaryDirectory() as tmp, Library(Path(tmp) / "lib") as lib:
        try:
            r = import_export(lib, export)
            out["result"] = [r.chats, r.messages_added, r.messages_present, r.media_added,
                             r.media_missing, [list(s) for s in r.skipped], list(r.warnings),
                             list(r.chat_ids)]
            r2 = import_export(lib, export)
            out["again"] = [r2.messages_added, r2.messages_present, r2.media_added]
        except ImportFormatError as exc:
            out["import_error"] = [str(exc), exc.line]
        db = lib._db
        out["chats"] = [list(r) for r in db.execute(
            "SELECT id, name, kind, source, created_ms, message_count, media_count, media_bytes,"
            " video_bytes, last_ms FROM chats ORDER BY id")]
        out["participants"] = [list(r) for r in db.execute(
            "SELECT chat_id, person_id, name, is_me FROM participants ORDER BY chat_id, person_id")]
        out["messages"] = [list(r) for r in db.execute(
            "SELECT id, chat_id, ts_ms, sender, kind, text, reply_to FROM messages ORDER BY id")]
        out["media"] = [list(r) for r in db.execute(
            "SELECT message_id, seq, chat_id, kind, mime, filename, size, sha256 FROM media"
            " ORDER BY message_id, seq")]
    return out
