"""Telegram Desktop "Export chat history" reader (``result.json``, machine-readable JSON).

Both shapes are understood: a single-chat export (``{"name", "type", "id", "messages": [...]}``)
and a full-account export (``{"personal_information", "chats": {"list": [...]}, ...}``, every
chat of ``chats`` and ``left_chats``). Text comes as a string or as pieces (``text``, or the
newer ``text_entities``): it is joined to plain text with links kept ("name (https://...)"
for a named link). Stickers, photos, files, voice and video messages are attachments (kept
as "not included" when the export left them out); polls, places, contacts, dice and games
become text; service messages become system lines. A message without an id (exports written
by other tools) gets a stable one from its chat, time, sender, text and position.

Exports can be hundreds of megabytes, so the JSON is walked incrementally with the stdlib
decoder: the containers on the way down to ``messages`` are stepped through, each message
is decoded on its own, and anything else is decoded and dropped. Memory is bounded by the
largest single message (or other top-level value), not by the file.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import posixpath
import re
from collections.abc import Callable
from typing import IO, Any

from ..model import UNKNOWN_ACTOR, Chat, Participant, ts_in_range
from .common import (
    ExportSource,
    ImportFormatError,
    ParsedMedia,
    ParsedMessage,
    Sink,
    guess_media_kind,
    guess_mime,
    stable_id,
)

_WS = re.compile(r"[ \t\n\r]*")
# A \u escape of a surrogate (a pair is decoded into one character, a lone one is kept as
# it is by Python's JSON decoder: text no file system, SQLite or Qt takes).
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_DIRECT = {"personal_chat", "saved_messages", "bot_chat"}


#: Characters one JSON value (a message, or a top-level field other than the chats) may take.
MAX_VALUE_CHARS = 64 << 20


def _without_lone_surrogates(val: Any) -> Any:
    """``val`` with every lone surrogate in its strings (keys too) as U+FFFD: an export's
    ``"\\ud83d"`` (an emoji cut in half) or a crafted one would otherwise reach the library,
    whose database cannot encode it (the import stopped with an internal error)."""
    if isinstance(val, str):
        return _LONE_SURROGATE.sub("\ufffd", val)
    if isinstance(val, list):
        return [_without_lone_surrogates(v) for v in val]
    if isinstance(val, dict):
        return {_without_lone_surrogates(k): _without_lone_surrogates(v) for k, v in val.items()}
    return val


class JsonStream:
    """Pull values out of a JSON text one at a time (see the module docstring)."""

    def __init__(self, fh: IO[bytes], name: str, chunk: int = 1 << 20) -> None:
        self._fh = fh
        self._dec = codecs.getincrementaldecoder("utf-8-sig")("strict")
        self._json = json.JSONDecoder()
        self.name = name
        self.chunk = chunk
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.bytes_read = 0
        self._line_base = 1  # line number of buf[0]

    def _more(self, want: int = 0) -> bool:
        if self.eof:
            return False
        self._line_base += self.buf.count("\n", 0, self.pos)
        # Read at least as much as is buffered so re-decoding a long value stays linear.
        raw = self._fh.read(max(self.chunk, want, len(self.buf) - self.pos))
        self.bytes_read += len(raw)
        try:
            text = self._dec.decode(raw, final=not raw)
        except UnicodeDecodeError:
            raise self.error("the file is not UTF-8 text") from None
        if not raw:
            self.eof = True
        self.buf = self.buf[self.pos:] + text
        self.pos = 0
        return bool(raw)

    @property
    def line(self) -> int:
        return self._line_base + self.buf.count("\n", 0, self.pos)

    def error(self, what: str) -> ImportFormatError:
        # translators: %1: the file's name, %2: what is wrong at that place, %3: a line number
        return ImportFormatError(f"{self.name} is not a Telegram export: {what} (line {self.line}).",
                                 line=self.line)

    def peek(self) -> str:
        """The next non-blank character ('' at the end)."""
        while True:
            self.pos = _WS.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._more():
                return ""

    def expect(self, ch: str) -> None:
        got = self.peek()
        if got != ch:
            raise self.error(f"expected {ch!r} but found {got or 'the end of the file'!r}")
        self.pos += 1

    def value(self) -> Any:
        self.peek()
        while True:
            try:
                val, end = self._json.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                # One value (a message, a small top-level field) is never near this long: an
                # export that makes one so (a zip inflating to gigabytes of one string) is
                # refused before it fills memory.
                if len(self.buf) - self.pos > MAX_VALUE_CHARS:
                    raise self.error(f"one value is longer than {MAX_VALUE_CHARS >> 20} MiB") from None
                if self._more():
                    continue
                raise self.error(f"broken JSON ({exc.msg})") from None
            except RecursionError:  # nested deeper than Python's parser goes
                what = "nested too deeply"
                raise self.error(f"broken JSON ({what})") from None
            if end == len(self.buf) and not self.eof and isinstance(val, int | float):
                self._more()  # a number at the buffer's end may continue
                continue
            if _SURROGATE_ESCAPE.search(self.buf, self.pos, end):
                try:
                    val = _without_lone_surrogates(val)
                except RecursionError:
                    raise self.error("broken JSON (nested too deeply)") from None
            self.pos = end
            return val

    def members(self) -> Any:
        """Iterate an object's keys; the caller must consume each value."""
        self.expect("{")
        if self.peek() == "}":
            self.pos += 1
            return
        while True:
            key = self.value()
            if not isinstance(key, str):
                raise self.error("expected a name in an object")
            self.expect(":")
            yield key
            c = self.peek()
            self.pos += 1
            if c == "}":
                return
            if c != ",":
                raise self.error(f"expected ',' or '}}' but found {c or 'the end of the file'!r}")

    def items(self) -> Any:
        """Iterate an array; the caller must consume each item."""
        self.expect("[")
        if self.peek() == "]":
            self.pos += 1
            return
        while True:
            yield
            c = self.peek()
            self.pos += 1
            if c == "]":
                return
            if c != ",":
                raise self.error(f"expected ',' or ']' but found {c or 'the end of the file'!r}")


def text_of(value: Any) -> str:
    """Telegram text: a string, or a list of strings and {"type", "text"} entities; a named
    link ("text_link") keeps its address: "name (https://...)"."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(p if isinstance(p, str) else _entity(p) if isinstance(p, dict) else ""
                       for p in value)
    return ""


def _entity(piece: dict[str, Any]) -> str:
    text = piece.get("text", "")
    text = text if isinstance(text, str) else str(text)
    href = piece.get("href")
    if piece.get("type") == "text_link" and isinstance(href, str) and href and href != text:
        return f"{text} ({href})"
    return text


def message_text(msg: dict[str, Any]) -> str:
    """A message's plain text: its ``text_entities`` when there (they are the whole text),
    else its ``text``."""
    entities = msg.get("text_entities")
    if isinstance(entities, list) and entities:
        return text_of(entities)
    return text_of(msg.get("text"))


def _names(v: Any) -> str:
    """Members as a list; one the export names as ``null`` (a deleted account) is the
    unknown-person mark, "Someone" in the UI's language."""
    if isinstance(v, list):  # names, or {"id", "name"} objects (other tools write those)
        return ", ".join((str(x.get("name") or "") or UNKNOWN_ACTOR) if isinstance(x, dict)
                         else str(x) if x else UNKNOWN_ACTOR for x in v)
    return str(v or "")


_ACTIONS: dict[str, Callable[[str, dict[str, Any]], str]] = {
    "create_group": lambda a, m: f'{a} created group "{m.get("title", "")}"',
    "create_channel": lambda a, m: f'{a} created channel "{m.get("title", "")}"',
    "migrate_to_supergroup": lambda a, m: f"{a} converted this group to a supergroup",
    "migrate_from_group": lambda a, m: f'{a} converted the group "{m.get("title", "")}"',
    "invite_members": lambda a, m: f"{a} added {_names(m.get('members'))}",
    "add_members": lambda a, m: f"{a} added {_names(m.get('members'))}",
    # (Removing oneself is leaving: older exports write it so.)
    "remove_members": lambda a, m: f"{a} left the group" if m.get("members") == [a] else
                                   f"{a} removed {_names(m.get('members'))}",
    "join_group_by_link": lambda a, m: f"{a} joined the group via invite link",
    "join_group_by_request": lambda a, m: f"{a} joined the group",
    "edit_group_title": lambda a, m: f'{a} changed the group name to "{m.get("title", "")}"',
    "edit_group_photo": lambda a, m: f"{a} changed the group photo",
    "delete_group_photo": lambda a, m: f"{a} removed the group photo",
    "pin_message": lambda a, m: f"{a} pinned a message",
    "phone_call": lambda a, m: f"{a} called"
                               + (f" ({m['duration_seconds']} s)" if m.get("duration_seconds") else "")
                               + (f" – {m['discard_reason']}" if m.get("discard_reason") else ""),
    "group_call": lambda a, m: f"{a} started a video chat",
    "clear_history": lambda a, m: "History was cleared",
    "score_in_game": lambda a, m: f"{a} scored {m.get('score', '')}",
    "set_messages_ttl": lambda a, m: f"{a} changed auto-delete settings",
    "topic_created": lambda a, m: f'{a} created the topic "{m.get("title", "")}"',
    "topic_edit": lambda a, m: f'{a} changed the topic to "{m.get("title", "")}"',
    "joined_telegram": lambda a, m: f"{a} joined Telegram",
    "take_screenshot": lambda a, m: f"{a} took a screenshot",
    "group_call_scheduled": lambda a, m: f"{a} scheduled a video chat",
    "invite_to_group_call": lambda a, m: f"{a} invited {_names(m.get('members'))} to the video chat",
    "edit_chat_theme": lambda a, m: f"{a} changed the chat theme",
    "pin_message_by_admin": lambda a, m: f"{a} pinned a message",
}




def service_text(msg: dict[str, Any]) -> str:
    actor = str(msg.get("actor") or msg.get("from") or UNKNOWN_ACTOR)
    action = str(msg.get("action") or "")
    fn = _ACTIONS.get(action)
    text = fn(actor, msg) if fn else f"{actor}: {action.replace('_', ' ')}".strip(": ")
    extra = message_text(msg)
    return f"{text}\n{extra}" if extra else text


def _media_kind(msg: dict[str, Any], path: str) -> str:
    mt = msg.get("media_type")
    mime = msg.get("mime_type")
    return {"voice_message": "voice", "video_message": "video", "video_file": "video",
            "animation": "video", "audio_file": "audio", "sticker": "sticker"}.get(
        str(mt), guess_media_kind(path, mime if isinstance(mime, str) else None))


def _ts_ms(msg: dict[str, Any]) -> int | None:
    """The message's time, or None when it has none that a backup can hold (years 1-9999,
    ``model.ts_in_range``): an export may write any number there."""
    unix = msg.get("date_unixtime")
    if unix is not None:
        try:
            ts = int(unix) * 1000
        except (TypeError, ValueError):
            pass
        else:
            return ts if ts_in_range(ts) else None
    date = msg.get("date")
    if isinstance(date, str):
        try:
            ts = int(dt.datetime.fromisoformat(date).timestamp()) * 1000
        except (ValueError, OverflowError, OSError):
            return None
        return ts if ts_in_range(ts) else None
    return None


def find_result_json(source: ExportSource) -> str:
    if source.primary is not None:
        return source.primary
    names = [n for n in source.names() if posixpath.basename(n) == "result.json"]
    if not names:
        raise ImportFormatError(f"{source.path.name} holds no result.json; it is not a Telegram "
                                "Desktop export (choose the JSON format when exporting).")
    return min(names, key=lambda n: n.count("/"))


class TelegramParser:
    source_name = "telegram"

    def __init__(self, source: ExportSource) -> None:
        self.source = source
        self.member = find_result_json(source)
        self.base = posixpath.dirname(self.member)  # media paths are relative to result.json
        self.size = source.size(self.member)
        self.display = posixpath.basename(self.member) if not source.is_zip else source.path.name
        self.my_id: str | None = None
        self._chat_hashes: dict[str, str] = {}

    def run(self, sink: Sink) -> None:
        self.source.on_refused = sink.skip
        self._sink = sink
        self._count = 0
        self._chats_seen = 0
        self._open: tuple[Chat, dict[str, str], list[str | None]] | None = None
        with self.source.open(self.member) as fh:
            js = JsonStream(fh, self.display)
            if js.peek() != "{":
                got = js.buf[js.pos:js.pos + 40].splitlines()[0] if js.buf[js.pos:] else ""
                raise js.error(f"it does not start with a JSON object ({got!r})")
            try:
                self._top(js)
            except ImportFormatError as exc:
                if self._count == 0:
                    raise
                # A partly readable export: keep what was read, report where it stopped.
                # translators: %1: why, a phrase of the JSON reader
                sink.skip(f"line {js.line}", f"the rest of the file could not be read ({exc})")
                if self._open is not None:
                    self._close_chat()
            if self._chats_seen == 0:
                raise js.error("it holds no chat messages")
            sink.progress(self.size, self.size)

    def _top(self, js: JsonStream) -> None:
        meta: dict[str, Any] = {}
        for key in js.members():
            if key == "messages":
                self._chat(js, meta)
            elif key in ("chats", "left_chats") and js.peek() == "{":
                for k2 in js.members():
                    if k2 == "list" and js.peek() == "[":
                        for _ in js.items():
                            self._chat_object(js)
                    else:
                        js.value()
            elif key in ("chats", "left_chats") and js.peek() == "[":
                for _ in js.items():  # written by other tools as a plain list
                    self._chat_object(js)
            elif key == "personal_information":
                info = js.value()
                if isinstance(info, dict) and info.get("user_id") is not None:
                    self.my_id = f"user{info['user_id']}"
            else:
                meta[key] = js.value()

    def _chat_object(self, js: JsonStream) -> None:
        if js.peek() != "{":
            js.value()
            return
        meta: dict[str, Any] = {}
        for key in js.members():
            if key == "messages":
                self._chat(js, meta)
            else:
                meta[key] = js.value()

    def _chat(self, js: JsonStream, meta: dict[str, Any]) -> None:
        sink = self._sink
        self._chats_seen += 1
        raw_id = meta.get("id")
        ctype = str(meta.get("type", ""))
        name = meta.get("name")
        if not isinstance(name, str) or not name:
            name = ("Saved Messages" if ctype == "saved_messages" else
                    "Telegram chat" if raw_id is None else f"Telegram chat {raw_id}")
        chat_key = str(raw_id) if raw_id is not None else name
        chat = Chat(stable_id("tg-", "telegram-chat", chat_key), name,
                    "direct" if ctype in _DIRECT else "group", "telegram")
        # In a one-to-one chat the chat id is the other person's user id (since 2021; older
        # exports number chats otherwise, so a full export's own id is asked first).
        other = f"user{raw_id}" if ctype == "personal_chat" and raw_id is not None else None
        sink.begin_chat(chat)
        people: dict[str, str] = {}
        me: list[str | None] = [None]
        self._open = (chat, people, me)
        self._seq = 0
        self._same: dict[tuple, int] = {}  # (time, sender, text) -> how many so far (no ids)
        if js.peek() != "[":
            raise js.error("'messages' is not a list")
        for _ in js.items():
            pos_line = js.line
            msg = js.value()
            self._count += 1
            if self._count % 2000 == 0:
                sink.progress(min(js.bytes_read, self.size), self.size)
            if not isinstance(msg, dict):
                sink.skip(f"line {pos_line}", "a message that is not a JSON object")
                continue
            parsed = self._message(msg, chat_key, pos_line)
            if parsed is None:
                continue
            parsed.seq = self._seq
            self._seq += 1
            from_id = _from_id(msg)
            if parsed.sender is not None:
                # A deleted account's messages have "from": null: the person keeps the id,
                # with no name (the UI shows "Deleted Account" in its language, as Telegram
                # does); a name seen on another message of the person fills it in.
                if not people.get(parsed.sender):
                    people[parsed.sender] = str(msg.get("from") or "")
                if me[0] is None and (
                        ctype == "saved_messages" or (self.my_id and from_id == self.my_id)
                        or (not self.my_id and other is not None and from_id != other)):
                    me[0] = parsed.sender
            sink.message(parsed)
        self._close_chat()

    def _close_chat(self) -> None:
        assert self._open is not None
        chat, people, me = self._open
        self._open = None
        parts = tuple(Participant(pid, nm, pid == me[0]) for pid, nm in people.items())
        self._sink.end_chat(Chat(chat.id, chat.name, chat.kind, "telegram", None, parts))

    def _id(self, chat_key: str, message_id: Any) -> str:
        """Stable id from (chat id, message id): a hash of the chat, then the message number
        zero-padded so one chat's ids sort in message order (appends to the id index); a
        synthesized id (a tuple, see ``_message``) has a form of its own."""
        chat_part = self._chat_hashes.get(chat_key)
        if chat_part is None:
            if len(self._chat_hashes) >= 4096:  # (replies name other chats: stay bounded)
                self._chat_hashes.clear()
            chat_part = self._chat_hashes[chat_key] = stable_id("", "telegram", chat_key)[:16]
        if isinstance(message_id, tuple):
            return f"tg-{chat_part}-s{message_id[1]}"
        if isinstance(message_id, int) and not isinstance(message_id, bool) and message_id >= 0:
            return f"tg-{chat_part}-{message_id:012d}"
        return f"tg-{chat_part}-x{stable_id('', message_id)[:16]}"

    def _message(self, msg: dict[str, Any], chat_key: str, line: int) -> ParsedMessage | None:
        sink = self._sink
        mid = msg.get("id")
        ts = _ts_ms(msg)
        where = f"message {mid} (line {line})" if mid is not None else f"line {line}"
        if ts is None:
            sink.skip(where, "no readable date")
            return None
        from_id = _from_id(msg)
        sender = f"tg-{from_id}" if from_id else (
            f"tg-name-{msg.get('from')}" if msg.get("from") else None)
        service = msg.get("type") == "service"
        text = service_text(msg) if service else message_text(msg)
        if mid is None:
            # Exports written by other tools may lack ids: a stable one from what the message
            # is (and how many identical ones came before), so re-imports add nothing twice.
            who = str(msg.get("actor_id") or msg.get("actor") or "") if service else (sender or "")
            same = (ts, who, text)
            n = self._same[same] = self._same.get(same, 0) + 1
            if len(self._same) > 4096:
                self._same = {same: n}
            mid = ("", stable_id("", "telegram-message", chat_key, ts, who, text, n)[:24])
        ident = self._id(chat_key, mid)
        reply = msg.get("reply_to_message_id")
        reply_to = None
        if isinstance(reply, int | str) and not isinstance(reply, bool):
            # A reply to a message of another chat ("reply in another chat", a channel's
            # post answered in its discussion group) names that chat: the id is that chat's
            # message's, never this chat's message of the same number.
            peer = _peer_key(msg.get("reply_to_peer_id"))
            reply_to = self._id(peer if peer is not None else chat_key, reply)
        if service:
            return ParsedMessage(ident, ts, None, "system", text, reply_to)
        if msg.get("type", "message") != "message":
            sink.skip(where, f"unknown message type {msg.get('type')!r}")
            return None
        media: list[ParsedMedia] = []
        for key in ("photo", "file"):
            path = msg.get(key)
            if not isinstance(path, str) or not path:
                continue
            member = None
            if not path.startswith("("):  # "(File not included. ...)" and similar notes
                member = self.source.find(path, base=self.base)
            name = msg.get("file_name")
            fname = str(name if isinstance(name, str) and name else
                        "" if path.startswith("(") else posixpath.basename(path))
            mime = msg.get("mime_type")
            mime = str(mime if isinstance(mime, str) and mime else
                       guess_mime(fname) if fname else
                       "image/jpeg" if key == "photo" else "application/octet-stream")
            kind = "image" if key == "photo" else _media_kind(msg, fname or path)
            media.append(ParsedMedia(kind, mime, fname, member))
        if not text:
            text = _extra_text(msg)
        text = _forwarded(msg, text)
        text = _edited(msg, text)
        return ParsedMessage(ident, ts, sender, "media" if media else "text", text, reply_to,
                             media)


_PEER = re.compile(r"(?:user|chat|channel)(\d{1,20})")


def _peer_key(value: Any) -> str | None:
    """The chat key (its bare id, as a chat's "id" in result.json) of a peer written
    "user123", "chat123" or "channel123"; None for anything else."""
    if isinstance(value, str):
        m = _PEER.fullmatch(value)
        if m is not None:
            return str(int(m.group(1)))
    return None


def _forwarded(msg: dict[str, Any], text: str) -> str:
    """A forwarded message's text under a first line naming where it came from, as Telegram
    shows it: "Forwarded from NAME" ("Forwarded message" when the export has no name: an
    account that hides itself)."""
    if "forwarded_from" not in msg:
        return text
    who = msg.get("forwarded_from")
    name = " ".join(who.split()) if isinstance(who, str) else ""
    head = f"Forwarded from {name}" if name else "Forwarded message"
    return f"{head}\n{text}" if text else head


def _from_id(msg: dict[str, Any]) -> str | None:
    """Who sent a message: ``"user123"`` (``"channel…"``) as exports since 2021 write it;
    older ones (Telegram Desktop 2020) write the user's number alone, the same person."""
    raw = msg.get("from_id")
    if isinstance(raw, str) and raw:
        return raw
    if isinstance(raw, int) and not isinstance(raw, bool) and raw > 0:
        return f"user{raw}"
    return None


def _edited(msg: dict[str, Any], text: str) -> str:
    """An edited message's text with a last line saying when it was edited, "(edited
    2021-03-05 20:11)" in this computer's time zone (as the message times are shown), or as
    the export wrote it when it gives no Unix time. An edit time before the message itself
    is none: older exports write the zero time ("1970-01-01T05:00:00", the epoch in the
    exporting computer's zone) for every message never edited."""
    when = ""
    unix = msg.get("edited_unixtime")
    if isinstance(unix, str | int) and not isinstance(unix, bool):
        try:
            edited = dt.datetime.fromtimestamp(int(unix))
            sent = msg.get("date_unixtime")
            if isinstance(sent, str | int) and not isinstance(sent, bool) and \
                    int(unix) < int(sent):
                return text
            when = edited.strftime("%Y-%m-%d %H:%M")
        except (ValueError, OverflowError, OSError):
            when = ""
    if not when:
        raw = msg.get("edited")
        if not isinstance(raw, str) or not raw:
            return text
        try:
            edited = dt.datetime.fromisoformat(raw)
            sent = msg.get("date")
            if isinstance(sent, str) and edited < dt.datetime.fromisoformat(sent):
                return text
            when = edited.strftime("%Y-%m-%d %H:%M")
        except (ValueError, TypeError):
            when = ""
    mark = f"(edited {when})" if when else "(edited)"
    return f"{text}\n{mark}" if text else mark


def _extra_text(msg: dict[str, Any]) -> str:
    """Readable text for content without text of its own: polls, places, contacts, dice,
    games, a sticker's emoji."""
    poll = msg.get("poll")
    if isinstance(poll, dict):
        answers = poll.get("answers") or poll.get("options")
        listed = "; ".join(str(a.get("text", "")) for a in answers if isinstance(a, dict)) \
            if isinstance(answers, list) else ""
        return f"📊 {poll.get('question', '')}" + (f" ({listed})" if listed else "")
    loc = msg.get("location_information")
    if isinstance(loc, dict):
        place = " ".join(str(msg[k]) for k in ("place_name", "address") if msg.get(k))
        where = f"📍 {loc.get('latitude')}, {loc.get('longitude')}"
        return f"{where} {place}" if place else where
    contact = msg.get("contact_information")
    if isinstance(contact, dict):
        return "👤 " + " ".join(str(contact[k]) for k in
                               ("first_name", "last_name", "phone_number") if contact.get(k))
    dice = msg.get("dice")
    if isinstance(dice, dict):
        return f"{dice.get('emoji', '🎲')} {dice.get('value', '')}".strip()
    if msg.get("game_title"):
        return f"🎮 {msg['game_title']}"
    if msg.get("sticker_emoji"):
        return str(msg["sticker_emoji"])
    return ""
