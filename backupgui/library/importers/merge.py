"""One chat from two WhatsApp sources: "Export chat" text and the phone's own backup.

The two name the same messages differently (an export has no message keys), so a message
the chat already has from the other source is recognised by its **minute, sender and
text**: an export shows times to the minute (iPhone: the second), the backup to the
millisecond, and both come from the same phone. Whichever came first stays: the arriving
copy is left out (its file added to the one there if that had none), and replies to it
point at the one there. Either may be imported first; importing either again adds nothing.

Senders are matched by name first (an export names people as the phone's address book
does, which is where wa.db's names come from too); a sender whose name differs (no contact
file given, a renamed contact, the phone's owner) is learned from the first message they share with
the chat that only one of its senders could have written.

Messages only the arriving source has are put where it has them among the ones the chat
has (``Placer``): a minute-precise export and a millisecond-precise backup order a minute's
messages differently by time alone, so an added message takes the time of the message
before it in its source (or of the one after it) when its own time would put it on the
wrong side of them within that minute; ``LibraryWriter.order_merged`` then orders the
messages of one time by the source.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any

from ..model import Participant

MINUTE = 60_000


def norm(text: str) -> str:
    """Text as compared: whitespace runs as one space, no direction marks."""
    return " ".join(text.replace("\u200e", "").replace("\u200f", "").split())


_NUMBER = re.compile(r"[+\d\s\-().\u00a0\u202f\u200e\u200f\u202a-\u202e\u2066-\u2069]{6,40}")


def name_key(name: str) -> str:
    """A chat's name as the two sources are compared: a phone number by its digits (an
    export writes "+49 170 1111111" where the backup, without contact names, has
    "+491701111111"), any other name as it is (NFC)."""
    name = unicodedata.normalize("NFC", name).strip()
    if _NUMBER.fullmatch(name):
        digits = "".join(str(unicodedata.digit(c)) for c in name if c.isdigit())
        if len(digits) >= 6:
            return "+" + digits
    return name


class TextChatIndex:
    """The messages a chat has from the other source, keyed by (minute, text)."""

    def __init__(self, rows: Iterable[tuple], participants: dict[str, str],
                 me: str | None, with_media: set[str]) -> None:
        # rows: (id, ts_ms, sender, kind, text, ...) of the chat's messages from the other
        # source. A key's candidates are kept in time order.
        self._by_key: dict[tuple[int, str, bool], list[tuple[str, str | None, int]]] = {}
        self.count = 0
        for mid, ts, sender, kind, text, *_rest in sorted(rows, key=lambda r: (r[1], r[0])):
            system = kind == "system"
            key = (ts // MINUTE, "" if system else norm(text), system)
            self._by_key.setdefault(key, []).append((mid, sender, ts))
            self.count += 1
        self.participants = participants  # person id -> name
        self.by_name: dict[str, str] = {}
        for pid, name in participants.items():
            if name.strip():  # nameless people (deleted accounts) are not one person
                self.by_name.setdefault(name_key(name), pid)
        self.me = me
        self.with_media = with_media  # messages there that have a file
        self.senders: dict[str, str] = {}  # arriving person -> person of the chat
        # Arriving persons who would be a person of the chat if they came (their id as the
        # arriving source would make it from that person's name).
        self.aliases: dict[str, str] = {}
        self._claimed: set[str] = set()

    def learn(self, arriving: str, there: str) -> bool:
        """Map an arriving person to a person of the chat, if neither is mapped yet."""
        if arriving in self.senders or there in self._claimed:
            return False
        self.senders[arriving] = there
        self._claimed.add(there)
        return True

    def learn_names(self, arriving_people: dict[str, str]) -> None:
        """Map arriving persons to persons of the chat with the same name."""
        for pid, name in arriving_people.items():
            other = self.by_name.get(name_key(name)) if name.strip() else None
            if other is not None:
                self.learn(pid, other)

    def match(self, ts: int, sender: str | None, kind: str, text: str) -> tuple[str, int] | None:
        """(id, time) of the message of the chat this arriving one is, or None; each is
        matched once."""
        system = kind == "system"
        key = (ts // MINUTE, "" if system else norm(text), system)
        cands = self._by_key.get(key)
        if not cands:
            return None
        if system:
            return self._take(key, 0)
        if sender is None:
            return None
        mapped = self.senders.get(sender)
        if mapped is None:
            alias = self.aliases.get(sender)
            if alias is not None and self.learn(sender, alias):
                mapped = alias
        if mapped is not None:
            for i, (_mid, s, _ts) in enumerate(cands):
                if s == mapped:
                    return self._take(key, i)
            return None
        # An unmapped sender: learn them from a message only one unclaimed sender could have.
        free = [i for i, (_mid, s, _ts) in enumerate(cands) if s is not None and s not in self._claimed]
        if free and len({cands[i][1] for i in free}) == 1:
            other = cands[free[0]][1]
            assert other is not None
            self.learn(sender, other)
            return self._take(key, free[0])
        return None

    def _take(self, key: tuple[int, str, bool], i: int) -> tuple[str, int]:
        cands = self._by_key[key]
        mid, _sender, ts = cands.pop(i)
        if not cands:
            del self._by_key[key]
        return mid, ts


class Placer:
    """Times for the messages a source adds to a chat, minute by minute of the source.

    Entries ``[ts, id, added, ts as given]`` come in the source's order: a message the chat
    had (``ts`` its time there) or one this source added (``ts`` its own time). Once a minute
    of the source is complete, ``emit`` receives its entries with each added one's time
    moved, if need be, within the minute: not before the entry before it nor after the next
    message the chat had. A minute holding more than ``limit`` messages is handed on in
    parts (bounded memory)."""

    def __init__(self, emit: Callable[[list[list[Any]]], None], limit: int = 4096) -> None:
        self._emit = emit
        self._limit = limit
        self._minute: int | None = None
        self._group: list[list[Any]] = []
        self._prev: int | None = None  # the time of the last entry handed on, this minute

    def add(self, src_ts: int, ts: int, mid: str, added: bool) -> None:
        minute = src_ts // MINUTE
        if minute != self._minute:
            self._resolve()
            self._minute = minute
            self._prev = None
        self._group.append([ts, mid, added, ts])
        if len(self._group) >= self._limit:
            self._resolve()

    def flush(self) -> None:
        self._resolve()
        self._minute = self._prev = None

    def _resolve(self) -> None:
        group = self._group
        if not group:
            return
        self._group = []
        nxt: list[int | None] = [None] * len(group)
        cur: int | None = None
        for i in range(len(group) - 1, -1, -1):
            nxt[i] = cur
            if not group[i][2]:
                cur = group[i][0]
        prev = self._prev
        for i, e in enumerate(group):
            if e[2]:
                t = e[0]
                hi = nxt[i]
                if hi is not None and t > hi:
                    t = hi
                if prev is not None and t < prev:
                    t = prev
                e[0] = t
            prev = e[0]
        self._prev = prev
        self._emit(group)


class MergeLog:
    """What a source brought to the chats it merged into, in a temporary table: each of its
    messages with its own time and place in the source, and the message of the chat it is
    (one the chat had, or one added). ``finish`` then puts the added ones in place."""

    _BATCH = 2000

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._rows: list[tuple] = []
        db.execute("CREATE TEMP TABLE IF NOT EXISTS merge_log (chat TEXT NOT NULL,"
                   " src_ts INTEGER NOT NULL, pos INTEGER NOT NULL, ts INTEGER NOT NULL,"
                   " id TEXT NOT NULL, added INTEGER NOT NULL)")
        db.execute("CREATE TEMP TABLE IF NOT EXISTS merge_order"
                   " (ts INTEGER NOT NULL, n INTEGER NOT NULL, id TEXT NOT NULL)")
        db.execute("DELETE FROM temp.merge_log")
        db.execute("DELETE FROM temp.merge_order")

    def note(self, chat_id: str, src_ts: int, pos: int, ts: int, mid: str, added: bool) -> None:
        """A message of the source: ``src_ts`` its time there, ``pos`` its place there,
        ``ts`` and ``mid`` its time and id in the chat."""
        self._rows.append((chat_id, src_ts, pos, ts, mid, int(added)))
        if len(self._rows) >= self._BATCH:
            self._write()

    def _write(self) -> None:
        if self._rows:
            self._db.executemany("INSERT INTO temp.merge_log VALUES (?,?,?,?,?,?)", self._rows)
            self._rows = []

    def finish(self, writer: Any, chat_id: str, base: int, *, by_time: bool) -> int:
        """Give the messages added to ``chat_id`` (with seq from ``base`` on) their place:
        their time moved within its minute where it would put them on the wrong side of
        their neighbours in the source (``Placer``), then each same-time group that mixes
        old and added messages ordered as the source has them
        (``LibraryWriter.order_merged``). ``by_time``: the source's order is its times
        (a phone database), else its places (an export). Returns how many were moved."""
        self._write()
        db = self._db
        db.execute("CREATE INDEX IF NOT EXISTS temp.merge_log_chat ON merge_log (chat, pos)")
        order: list[tuple[int, int, str]] = []
        moved: list[tuple[int, str, str]] = []
        n = moves = 0

        def emit(group: list[list[Any]]) -> None:
            nonlocal n, moves
            for ts, mid, added, was in group:
                order.append((ts, n, mid))
                n += 1
                if added and ts != was:
                    moved.append((ts, mid, chat_id))
                    moves += 1
            if len(order) >= self._BATCH:
                db.executemany("INSERT INTO temp.merge_order VALUES (?,?,?)", order)
                order.clear()
            if len(moved) >= self._BATCH:
                db.executemany("UPDATE messages SET ts_ms=? WHERE id=? AND chat_id=?", moved)
                moved.clear()

        placer = Placer(emit)
        rows = db.execute(
            "SELECT src_ts, ts, id, added FROM temp.merge_log WHERE chat=? ORDER BY "
            + ("src_ts, pos" if by_time else "pos"), (chat_id,))
        while batch := rows.fetchmany(self._BATCH):
            for src_ts, ts, mid, added in batch:
                placer.add(src_ts, ts, mid, bool(added))
        placer.flush()
        db.executemany("INSERT INTO temp.merge_order VALUES (?,?,?)", order)
        db.executemany("UPDATE messages SET ts_ms=? WHERE id=? AND chat_id=?", moved)
        db.execute("CREATE INDEX IF NOT EXISTS temp.merge_order_ts ON merge_order (ts, n)")

        def source(ts: int) -> list[str]:
            return [i for (i,) in db.execute(
                "SELECT id FROM temp.merge_order WHERE ts=? ORDER BY n", (ts,))]

        writer.order_merged(chat_id, base, source)
        db.execute("DELETE FROM temp.merge_log WHERE chat=?", (chat_id,))
        db.execute("DELETE FROM temp.merge_order")
        return moves


def fix_senders(db: sqlite3.Connection, chat_id: str, senders: dict[str, str]) -> int:
    """After a merge: messages written under an arriving person's id before that person was
    learned to be one of the chat's take the chat's id, and the arriving person is no
    participant of their own. Returns how many messages changed."""
    changed = 0
    for arriving, there in senders.items():
        if arriving == there:
            continue
        changed += max(db.execute("UPDATE messages SET sender=? WHERE chat_id=? AND sender=?",
                                  (there, chat_id, arriving)).rowcount, 0)
        db.execute("DELETE FROM participants WHERE chat_id=? AND person_id=?", (chat_id, arriving))
    return changed


# -- an export arriving in a chat that holds a phone backup's messages ----------------------
PHONE_PREFIX = "wp-"  # ids of messages from a phone backup (whatsapp_db.importer.message_id)


class ChatNames:
    """The library's WhatsApp chats by ``name_key`` of their names, read once."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._by: dict[str, list[str]] = {}
        for cid, name in db.execute("SELECT id, name FROM chats WHERE source='whatsapp'"):
            self._by.setdefault(name_key(name), []).append(cid)

    def get(self, name: str) -> list[str]:
        return self._by.get(name_key(name), [])


def holds_phone_messages(db: sqlite3.Connection, chat_id: str) -> bool:
    """Whether a chat (in rows) holds messages imported from a phone backup."""
    return db.execute("SELECT 1 FROM messages WHERE chat_id=? AND id >= 'wp-' AND id < 'wp.'"
                      " LIMIT 1", (chat_id,)).fetchone() is not None


def phone_chat_named(db: sqlite3.Connection, writer: Any, names: ChatNames, name: str,
                     exclude: str) -> str | None:
    """The one WhatsApp chat called ``name`` (``name_key``) that holds a phone backup's
    messages, if there is exactly one (several: the export cannot tell which, and goes into
    its own chat)."""
    found = []
    for cid in names.get(name):
        if cid == exclude:
            continue
        writer.unblock({cid})
        if holds_phone_messages(db, cid):
            found.append(cid)
    return found[0] if len(found) == 1 else None


class ExportMerge:
    """An export's chat arriving in a chat that holds a phone backup's messages (``target``):
    what the sink asks before writing each of the export's messages."""

    def __init__(self, db: sqlite3.Connection, writer: Any, target: str, base: int,
                 log: MergeLog) -> None:
        from .whatsapp import person_id

        self.db = db
        self.writer = writer
        self.target = target
        self.base = base
        self.log = log
        parts = db.execute("SELECT person_id, name, is_me FROM participants WHERE chat_id=?",
                           (target,)).fetchall()
        self.chat = db.execute("SELECT name, kind FROM chats WHERE id=?", (target,)).fetchone()
        me = next((p for p, _n, m in parts if m), None)
        rows = db.execute("SELECT id, ts_ms, sender, kind, text FROM messages WHERE chat_id=?"
                          " AND id >= 'wp-' AND id < 'wp.'", (target,))
        with_media = {r[0] for r in db.execute(
            "SELECT message_id FROM media WHERE chat_id=? AND sha256 != ''", (target,))}
        self.index = TextChatIndex(rows, {p: n for p, n, _m in parts}, me, with_media)
        for pid, name, is_me in parts:
            # The chat's persons as the export names them: the same name (an export's own
            # persons, merged before, are themselves; the phone's owner, unnamed in the
            # backup, is learned from the messages or as the export's "me").
            if pid.startswith("wa-p-"):
                self.index.learn(pid, pid)
            elif not is_me:
                self.index.aliases[person_id(name)] = pid

    def known(self, mid: str) -> int | None:
        """The time in the chat of a message imported before (by id), else None."""
        row = self.db.execute("SELECT ts_ms FROM messages WHERE id=?", (mid,)).fetchone()
        return None if row is None else row[0]

    def match(self, ts: int, sender: str | None, kind: str, text: str) -> tuple[str, int] | None:
        if sender is None and kind != "system":
            return None
        return self.index.match(ts, sender, kind, text)

    def sender(self, sender: str | None) -> str | None:
        return sender if sender is None else self.index.senders.get(sender, sender)

    def needs_files(self, mid: str) -> bool:
        """Whether the chat's message ``mid`` has no file of its own (the export's may fill
        it)."""
        return mid not in self.index.with_media

    def fill(self, mid: str, seq: int, kind: str, mime: str, filename: str, size: int,
             sha256: str) -> bool:
        """Give the chat's message ``mid`` the export's file for its attachment ``seq``
        (kept as not on this computer, or not named at all); whether it took it."""
        if not self.writer.add_media([(mid, seq, self.target, kind, mime, filename, size,
                                        sha256)]):
            return False  # (that attachment has a file already)
        self.index.with_media.add(mid)
        return True

    def finish(self, participants: tuple[Participant, ...]) -> tuple[Participant, ...]:
        """After the export's last message: the added ones put in place, senders learned on
        the way written as the chat's persons; returns the export's participants that
        are not the chat's (to be added to it)."""
        index = self.index
        for p in participants:  # the export's "me" (one-to-one chats) is the chat's
            if p.is_me and index.me is not None:
                index.learn(p.person_id, index.me)
        index.learn_names({p.person_id: p.name for p in participants if not p.is_me})
        self.log.finish(self.writer, self.target, self.base, by_time=False)
        fix_senders(self.db, self.target, index.senders)
        self.writer._touched([self.target])
        return tuple(Participant(p.person_id, p.name, p.is_me and index.me is None)
                     for p in participants if p.person_id not in index.senders)
