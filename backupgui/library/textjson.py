"""Message blobs (docs/FORMAT.md section 8) serialized by SQLite itself.

The backup's critical path used to be fetching ~1 M message rows into Python tuples and
``json.dumps``-ing them. Here SQLite builds each month's ``"messages"`` array in C while the
GIL is released, so it also runs beside the media pipeline. The bytes are exactly those of
``format.manifest.encode_text_rows`` (keys in sorted order, compact separators, UTF-8 with
only ``"``, ``\\`` and control characters escaped, as SQLite's ``json_quote`` and Python's
``json.dumps(..., ensure_ascii=False)`` both do); ``tests/engine/test_text_encoding.py``
checks that against the reference encoder.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

from .model import END_TS_MS, ts_in_range

# One message object, keys in sorted order: id, kind, media (only for media messages that
# have attachments), reply_to (only when non-empty), sender, text, ts. json_object() escapes
# exactly like json_quote(); the media list keeps its JSON subtype, so it is embedded as is.
_ATTACHMENTS = (
    "(SELECT json_group_array(json_object('filename',a.filename,'kind',a.kind,'mime',a.mime,"
    "'seq',a.seq,'sha256',nullif(a.sha256,''),'size',iif(a.sha256='',0,a.size)))"
    " FROM (SELECT * FROM media WHERE message_id=m.id AND +chat_id=m.chat_id ORDER BY seq) AS a)")


def _object(media: bool, reply: bool) -> str:
    return ("json_object('id',m.id,'kind',m.kind"
            + (f",'media',{_ATTACHMENTS}" if media else "")
            + (",'reply_to',m.reply_to" if reply else "")
            + ",'sender',m.sender,'text',m.text,'ts',m.ts_ms)")


# Attachments an export did not include (sha256 '') are listed with "sha256": null and
# "size": 0, which makes the blob version 2 (docs/FORMAT.md section 8).
# "+chat_id" keeps SQLite on the media table's key (message_id, seq): given the choice it
# took media_chat, scanning all of a chat's attachments for each media message (20,000
# photo messages in one chat: 30 CPU s; docs/PERFORMANCE.md).
_HAS_MEDIA = ("m.kind='media' AND EXISTS (SELECT 1 FROM media"
              " WHERE message_id=m.id AND +chat_id=m.chat_id)")
_HAS_REPLY = "m.reply_to IS NOT NULL AND m.reply_to!=''"
_MESSAGE = (f"CASE WHEN {_HAS_MEDIA} THEN CASE WHEN {_HAS_REPLY} THEN {_object(True, True)}"
            f" ELSE {_object(True, False)} END"
            f" WHEN {_HAS_REPLY} THEN {_object(False, True)} ELSE {_object(False, False)} END")
# The ORDER BY in the subquery keeps group_concat in display order (time, then the chat's
# sequence, then id): SQLite does not flatten a subquery with ORDER BY into an aggregate
# query (its flattening rule 16).
_ORDER = " ORDER BY m.ts_ms, m.seq, m.id"
_IN_MONTH = " WHERE m.chat_id=? AND m.ts_ms>=? AND m.ts_ms<?"
# After a message (its display key): a row-value range over messages_chat_ts_seq.
_AFTER = " WHERE m.chat_id=? AND (m.ts_ms, m.seq, m.id)>(?, ?, ?) AND m.ts_ms<?"


def _json_sql(where: str, limit: str = "") -> str:
    return (f"SELECT count(*), CAST(group_concat(j, ',') AS BLOB) FROM (SELECT {_MESSAGE} AS j"
            f" FROM messages AS m{where}{_ORDER}{limit})")


_MONTH_SQL = _json_sql(_IN_MONTH)
# A month's messages a batch at a time; the display key of a batch's last message (from the
# index alone) is where the next one starts.
_BATCH_SQL = (_json_sql(_IN_MONTH, " LIMIT ?"), _json_sql(_AFTER, " LIMIT ?"))
_KEY_SQL = tuple(f"SELECT m.ts_ms, m.seq, m.id FROM messages AS m{w}{_ORDER} LIMIT 1 OFFSET ?"
                 for w in (_IN_MONTH, _AFTER))
#: Messages per SQLite call when a month is built in pieces (``month_texts``): ~0.8 MB of
#: JSON in the bench's set, where the busiest month of a 10 GiB library has ~50,000.
BATCH = 4096


class TimeOutOfRange(ValueError):
    """A chat holds a message time that no backup month can name (``model.ts_in_range``)."""


def month_bounds(ts_ms: int) -> tuple[str, int, int]:
    """("YYYY-MM", first ms, first ms of the next month) of the UTC month holding ``ts_ms``;
    ``TimeOutOfRange`` outside the years 1-9999 (December 9999 ends at ``END_TS_MS``)."""
    if not ts_in_range(ts_ms):
        raise TimeOutOfRange(f"a message time outside the years 1-9999 ({ts_ms})")
    d = datetime.fromtimestamp(ts_ms / 1000, UTC)
    start = datetime(d.year, d.month, 1, tzinfo=UTC)
    end = END_TS_MS if (d.year, d.month) == (9999, 12) else int(datetime(
        d.year + (d.month == 12), d.month % 12 + 1, 1, tzinfo=UTC).timestamp() * 1000)
    return f"{start.year:04d}-{start.month:02d}", int(start.timestamp() * 1000), end


def _head(chat_id: str) -> bytes:
    return b'{"chat":' + json.dumps(chat_id, ensure_ascii=False).encode() + b',"messages":['


def _tail(month: str, v2: bool) -> bytes:
    return b'],"month":' + json.dumps(month).encode() + (b',"v":2}' if v2 else b',"v":1}')


def _lists_missing(messages_json: bytes) -> bool:
    """Whether serialized messages list an attachment without its file (blob version 2).
    (In canonical JSON a '"' inside a string is escaped, so '"sha256":null' can only be
    such an attachment's key and value.)"""
    return b'"sha256":null' in messages_json


def wrap_messages(chat_id: str, month: str, messages_json: bytes, may_lack: bool = True) -> bytes:
    """The whole blob plaintext around an already-serialized, comma-separated message list:
    version 2 when it lists an attachment without its file (``may_lack`` False: the chat has
    none, so the list is not searched for one)."""
    v2 = may_lack and _lists_missing(messages_json)
    return b"".join((_head(chat_id), messages_json, _tail(month, v2)))


def month_blobs(db: sqlite3.Connection, chat_id: str) -> Iterator[tuple[str, int, bytes]]:
    """(month, message count, blob plaintext) for each UTC month of a chat that has
    messages, oldest first."""
    for month, start, end in _month_spans(db, chat_id):
        count, body = db.execute(_MONTH_SQL, (chat_id, start, end)).fetchone()
        if count:
            yield month, count, wrap_messages(chat_id, month, body)


#: The first message time of a chat from a time on (by the messages_chat_ts_seq index).
_NEXT_TS_SQL = "SELECT min(ts_ms) FROM messages WHERE chat_id=? AND ts_ms>=?"


def _month_spans(db: sqlite3.Connection, chat_id: str) -> Iterator[tuple[str, int, int]]:
    """(month, start, end) in ms of each UTC month of a chat that has messages, oldest
    first. Months without messages are skipped by asking for the next message's time: a
    chat's two messages 10,000 years apart cost two months, not 120,000 (each a query)."""
    lo, hi = db.execute("SELECT min(ts_ms), max(ts_ms) FROM messages WHERE chat_id=?",
                        (chat_id,)).fetchone()
    if lo is None:
        return
    if not (ts_in_range(lo) and ts_in_range(hi)):
        raise TimeOutOfRange(f"a message time outside the years 1-9999 ({lo}, {hi})")
    ts = lo
    while ts is not None:
        month, start, end = month_bounds(ts)
        yield month, start, end
        if end > hi:
            return
        ts = db.execute(_NEXT_TS_SQL, (chat_id, end)).fetchone()[0]


class MonthText:
    """One chat-month's blob plaintext (docs/FORMAT.md section 8) as ``month_texts`` gives it.

    A month of fewer messages than one batch is whole in ``raw``. A longer one has ``raw``
    None: ``pieces()`` builds it a batch at a time (the first batch is the one
    ``month_texts`` already made) and sets ``count`` when done, so that its reader never
    holds more than one batch of it. The pieces joined are exactly the bytes
    ``month_blobs`` gives for the month.
    """

    def __init__(self, db: sqlite3.Connection | None, chat_id: str, month: str, start: int,
                 end: int, batch: int, count: int, body: bytes,
                 guard: Callable[[], contextlib.AbstractContextManager] = contextlib.nullcontext,
                 may_lack: bool = True) -> None:
        """``guard``: a context around the database calls of ``pieces`` (the library's
        error translation); ``may_lack``: whether the chat has an attachment without its file
        (if not, no batch is searched for one)."""
        self.month, self.count = month, count
        self._db, self._chat_id, self._range, self._batch = db, chat_id, (start, end), batch
        self._guard, self._may_lack = guard, may_lack
        self._first: bytes | None = None
        self.raw: bytes | None = None
        if count < batch:
            self.raw = wrap_messages(chat_id, month, body, may_lack)
        else:
            self._first = body

    @classmethod
    def whole(cls, chat_id: str, month: str, count: int, raw: bytes) -> MonthText:
        """A month given whole (a library's message block)."""
        t = cls(None, chat_id, month, 0, 0, count + 1, count, b"")
        t.raw = raw
        return t

    def pieces(self) -> Iterator[bytes]:
        """The plaintext in order, in pieces of at most one batch of messages. Read inside
        ``month_texts``' transaction (or one of its own), so that the batches are of one
        state of the library."""
        if self.raw is not None:
            yield self.raw
            return
        assert self._db is not None
        if not self._db.in_transaction:  # month_texts' snapshot is gone: start afresh
            self._first, self._may_lack = None, True
        with self._guard(), _read_transaction(self._db):
            yield from self._batches()

    def _batches(self) -> Iterator[bytes]:
        db, cid, (start, end), batch = self._db, self._chat_id, self._range, self._batch
        body, self._first = self._first, None
        if body is None:
            count, body = db.execute(_BATCH_SQL[0], (cid, start, end, batch)).fetchone()
        else:
            count = batch
        lacks = _lists_missing if self._may_lack else _lacks_nothing
        total, v2 = count, lacks(body)
        yield _head(cid)
        yield body
        where: tuple = (cid, start, end)
        while count == batch:
            key = db.execute(_KEY_SQL[len(where) > 3], (*where, batch - 1)).fetchone()
            where = (cid, *key, end)
            count, body = db.execute(_BATCH_SQL[1], (*where, batch)).fetchone()
            if count:
                total += count
                v2 = v2 or lacks(body)
                yield b","
                yield body
        yield _tail(self.month, v2)
        self.count = total


def _lacks_nothing(messages_json: bytes) -> bool:
    return False


# Whether a chat lists an attachment without its file (by the media_sha index: only such
# attachments are visited). Searching every month's JSON for one took ~0.05 CPU s per GiB.
_MAY_LACK_SQL = "SELECT EXISTS (SELECT 1 FROM media WHERE sha256='' AND chat_id=?)"


@contextlib.contextmanager
def _read_transaction(db: sqlite3.Connection) -> Iterator[None]:
    """One read transaction (a consistent snapshot in WAL mode), unless one is open."""
    if db.in_transaction:
        yield
        return
    db.execute("BEGIN")
    try:
        yield
    finally:
        db.execute("COMMIT")


def month_texts(db: sqlite3.Connection, chat_id: str, batch: int = BATCH,
                guard: Callable[[], contextlib.AbstractContextManager] = contextlib.nullcontext,
                ) -> Iterator[MonthText]:
    """``month_blobs`` for a reader that must not hold a busy month whole: each UTC month
    of a chat that has messages, oldest first, all of one state of the library (one read
    transaction: close the iterator when stopping early); months of ``batch`` messages or
    more are built in pieces (``MonthText``). Each month must be read before the next."""
    with _read_transaction(db):
        may_lack = bool(db.execute(_MAY_LACK_SQL, (chat_id,)).fetchone()[0])
        for month, start, end in _month_spans(db, chat_id):
            count, body = db.execute(_BATCH_SQL[0], (chat_id, start, end, batch)).fetchone()
            if count:
                yield MonthText(db, chat_id, month, start, end, batch, count, body, guard,
                                may_lack)
