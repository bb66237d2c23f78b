"""Property tests: generated chats rendered as exports import back to the same messages, in
the same order (messages written in the same minute included)."""

import datetime as dt
import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from backupgui.library import Library
from backupgui.library.importers import import_export, preview_export
from backupgui.library.importers.common import local_ms
from backupgui.library.importers.whatsapp import _is_placeholder, _layout_of

NAMES = ["Ana", "Bob Smith", "Zoë Ødegård", "أحمد", "田中 ゆき", "+1 555-0100", "Дмитрий"]
SYSTEM = ["Messages and calls are end-to-end encrypted. No one outside of this chat can read them.",
          "Ana changed this group's icon", "Bob Smith left"]

SETTINGS = settings(max_examples=int(os.environ.get("BACKUPGUI_HYPOTHESIS_EXAMPLES", "60")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Any printable text, including RTL scripts and emoji; control characters never appear in
# exports (line breaks are what separate lines).
line_text = st.text(st.characters(exclude_categories=("Cc", "Cs")), min_size=1, max_size=40)
message_text = st.lists(line_text, min_size=1, max_size=3).map("\n".join)
moments = st.datetimes(min_value=dt.datetime(2001, 1, 1), max_value=dt.datetime(2098, 12, 31))


def _h12(h: int) -> tuple[int, str]:
    return (h % 12 or 12), ("AM" if h < 12 else "PM")


def android_us(t: dt.datetime) -> str:
    h, ap = _h12(t.hour)
    return f"{t.month}/{t.day}/{t.year % 100:02d}, {h}:{t.minute:02d}\u202f{ap} - "


def android_eu(t: dt.datetime) -> str:
    return f"{t.day:02d}/{t.month:02d}/{t.year}, {t.hour:02d}:{t.minute:02d} - "


def android_de(t: dt.datetime) -> str:
    return f"{t.day:02d}.{t.month:02d}.{t.year % 100:02d}, {t.hour:02d}:{t.minute:02d} - "


def android_iso(t: dt.datetime) -> str:
    return f"{t.year}-{t.month:02d}-{t.day:02d} {t.hour:02d}:{t.minute:02d} - "


def ios_eu(t: dt.datetime) -> str:
    return f"[{t.day:02d}/{t.month:02d}/{t.year}, {t.hour:02d}:{t.minute:02d}:{t.second:02d}] "


def ios_us(t: dt.datetime) -> str:
    h, ap = _h12(t.hour)
    return f"\u200e[{t.month}/{t.day}/{t.year % 100:02d}, {h}:{t.minute:02d}:{t.second:02d}\u202f{ap}] "


def ios_es(t: dt.datetime) -> str:
    h, ap = _h12(t.hour)
    ap = "a. m." if ap == "AM" else "p. m."
    return f"[{t.day}/{t.month}/{t.year % 100:02d}, {h}:{t.minute:02d}:{t.second:02d}\u00a0{ap}] "


EN = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
DE = "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split()
RU = "янв. февр. мар. апр. мая июн. июл. авг. сент. окт. нояб. дек.".split()


def android_words_us(t: dt.datetime) -> str:
    h, ap = _h12(t.hour)
    return f"{EN[t.month - 1]} {t.day}, {t.year}, {h}:{t.minute:02d}\u202f{ap} - "


def android_words_ru(t: dt.datetime) -> str:
    return f"{t.day} {RU[t.month - 1]} {t.year}\u202fг., {t.hour:02d}:{t.minute:02d} - "


def ios_words_de(t: dt.datetime) -> str:
    return (f"[{t.day}. {DE[t.month - 1]} {t.year} um {t.hour:02d}:{t.minute:02d}:"
            f"{t.second:02d}] ")


FORMATS = {"android_us": android_us, "android_eu": android_eu, "android_de": android_de,
           "android_iso": android_iso, "ios_eu": ios_eu, "ios_us": ios_us, "ios_es": ios_es,
           # dates with the month's name (issue 20's second part)
           "android_words_us": android_words_us, "android_words_ru": android_words_ru,
           "ios_words_de": ios_words_de}

wa_message = st.tuples(moments, st.sampled_from(NAMES), message_text)


def _plausible(fmt: str, msgs: list) -> bool:
    """Exclude what no real export can hold unambiguously."""
    ios = fmt.startswith("ios")
    for _t, sender, text in msgs:
        if text.startswith(("\u200e", "\u200f", "\ufeff")) or text != text.rstrip("\r"):
            return False
        if _is_placeholder(text.split("\n")[0]) or "(file attached)" in text:
            return False
        if text != text.rstrip("\n") or not text.split("\n")[-1].strip():
            return False  # WhatsApp trims a message; the file's last line feed is no part of it
        for line in text.split("\n")[1:]:
            if _layout_of(line) is not None:
                return False  # a continuation line that is itself a message header
        if sender is None and ios and "\n" in text:
            return False
    # A sender's name is told from "Name: text" by their messages without ": ".
    for name in {s for _, s, _ in msgs if s}:
        if all(": " in text.split("\n")[0][:100] for _, s, text in msgs if s == name):
            return False
    return True


def render_whatsapp(fmt: str, msgs: list, group_name: str) -> str:
    head = FORMATS[fmt]
    out = []
    for t, sender, text in msgs:
        if sender is None:
            if fmt.startswith("ios"):
                out.append(f"{head(t)}{group_name}: \u200e{text}")
            else:
                out.append(f"{head(t)}{text}")
        else:
            out.append(f"{head(t)}{sender}: {text}")
    return "\n".join(out) + "\n"


def _normal(fmt: str, t: dt.datetime) -> dt.datetime:
    return t.replace(second=0 if fmt.startswith("android") else t.second, microsecond=0)


@SETTINGS
@given(fmt=st.sampled_from(sorted(FORMATS)),
       msgs=st.lists(wa_message, min_size=1, max_size=25),
       system=st.lists(st.tuples(moments, st.sampled_from(SYSTEM)), max_size=3))
def test_whatsapp_roundtrip(fmt, msgs, system):
    msgs = [(t, s, txt) for t, s, txt in msgs] + [(t, None, txt) for t, txt in system]
    msgs.sort(key=lambda m: m[0])
    msgs = [(_normal(fmt, t), s, txt) for t, s, txt in msgs]
    assume(_plausible(fmt, msgs))
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "WhatsApp Chat with Team.txt"
        p.write_text(render_whatsapp(fmt, msgs, "Team"), encoding="utf-8")
        prev = preview_export(p)
        assert prev.skipped == () and prev.message_count == len(msgs)
        with Library(Path(tmp) / "lib") as lib:
            res = import_export(lib, p)
            assert res.messages_added == len(msgs) and res.skipped == ()
            (c,) = lib.list_chats()
            names = {pp.person_id: pp.name for pp in lib.chat(c.id).participants}
            # In the export's order: the library keeps it for messages of the same minute.
            got = [(m.ts_ms, names.get(m.sender, "?") if m.sender else "", m.text)
                   for m in lib.messages(c.id)]
            again = import_export(lib, p)
            assert again.messages_added == 0 and again.messages_present == len(msgs)
    want = [(local_ms(t.year, t.month, t.day, t.hour, t.minute, t.second), s or "", txt)
            for t, s, txt in msgs]
    assert got == want


tg_text = st.one_of(
    message_text,
    st.lists(st.one_of(line_text, st.builds(lambda t, k: {"type": k, "text": t}, line_text,
                                            st.sampled_from(["bold", "link", "mention"]))),
             min_size=1, max_size=4),
)


@SETTINGS
@given(msgs=st.lists(st.tuples(st.integers(0, 2_000_000_000), st.sampled_from(NAMES), tg_text,
                               st.booleans()), min_size=1, max_size=30),
       kind=st.sampled_from(["personal_chat", "private_group"]))
def test_telegram_roundtrip(msgs, kind):
    people = {name: f"user{i + 1}" for i, name in enumerate(NAMES)}
    export_msgs = []
    for i, (ts, name, text, reply) in enumerate(msgs, start=1):
        m = {"id": i, "type": "message", "date": "2000-01-01T00:00:00",
             "date_unixtime": str(ts), "from": name, "from_id": people[name], "text": text}
        if reply and i > 1:
            m["reply_to_message_id"] = i - 1
        export_msgs.append(m)
    doc = {"name": "Chat", "type": kind, "id": 1, "messages": export_msgs}
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "result.json"
        p.write_text(json.dumps(doc, ensure_ascii=bool(len(msgs) % 2), indent=len(msgs) % 3 or None))
        with Library(Path(tmp) / "lib") as lib:
            res = import_export(lib, p)
            assert res.messages_added == len(msgs)
            (c,) = lib.list_chats()
            names = {pp.person_id: pp.name for pp in lib.chat(c.id).participants}
            got = lib.messages(c.id)
            by_id = {m.id: m for m in got}
            assert sorted((m.ts_ms, names[m.sender], m.text) for m in got) == sorted(
                (ts * 1000, name, text if isinstance(text, str) else
                 "".join(x if isinstance(x, str) else x["text"] for x in text))
                for ts, name, text, _ in msgs)
            replies = [m for m in got if m.reply_to]
            assert len(replies) == sum(1 for i, m in enumerate(msgs) if m[3] and i > 0)
            assert all(r.reply_to in by_id for r in replies)
            assert import_export(lib, p).messages_added == 0
