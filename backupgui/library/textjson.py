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

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime

# One message object, keys in sorted order: id, kind, media (only for media messages that
# have attachments), reply_to (only when non-empty), sender, text, ts. json_object() escapes
# exactly like json_quote(); the media list keeps its JSON subtype, so it is embedded as is.
_ATTACHMENTS = (
    "(SELECT json_group_array(json_object('filename',a.filename,'kind',a.kind,'mime',a.mime,"
    "'seq',a.seq,'sha256',nullif(a.sha256,''),'size',iif(a.sha256='',0,a.size)))"
    " FROM (SELECT * FROM media WHERE message_id=m.id AND chat_id=m.chat_id ORDER BY seq) AS a)")


def _object(media: bool, reply: bool) -> str:
    return ("json_object('id',m.id,'kind',m.kind"
            + (f",'media',{_ATTACHMENTS}" if media else "")
            + (",'reply_to',m.reply_to" if reply else "")
            + ",'sender',m.sender,'text',m.text,'ts',m.ts_ms)")


# Attachments an export did not include (sha256 '') are listed with "sha256": null and
# "size": 0, which makes the blob version 2 (docs/FORMAT.md section 8).
_HAS_MEDIA = ("m.kind='media' AND EXISTS (SELECT 1 FROM media"
              " WHERE message_id=m.id AND chat_id=m.chat_id)")
_HAS_REPLY = "m.reply_to IS NOT NULL AND m.reply_to!=''"
_MESSAGE = (f"CASE WHEN {_HAS_MEDIA} THEN CASE WHEN {_HAS_REPLY} THEN {_object(True, True)}"
            f" ELSE {_object(True, False)} END"
            f" WHEN {_HAS_REPLY} THEN {_object(False, True)} ELSE {_object(False, False)} END")
# The ORDER BY in the subquery keeps group_concat in display order (time, then the chat's
# sequence, then id): SQLite does not flatten a subquery with ORDER BY into an aggregate
# query (its flattening rule 16).
_MONTH_SQL = (
    f"SELECT count(*), CAST(group_concat(j, ',') AS BLOB) FROM (SELECT {_MESSAGE} AS j"
    " FROM messages AS m WHERE m.chat_id=? AND m.ts_ms>=? AND m.ts_ms<? ORDER BY m.ts_ms, m.seq, m.id)")


def month_bounds(ts_ms: int) -> tuple[str, int, int]:
    """("YYYY-MM", first ms, first ms of the next month) of the UTC month holding ``ts_ms``."""
    d = datetime.fromtimestamp(ts_ms / 1000, UTC)
    start = datetime(d.year, d.month, 1, tzinfo=UTC)
    end = datetime(d.year + (d.month == 12), d.month % 12 + 1, 1, tzinfo=UTC)
    return f"{start.year:04d}-{start.month:02d}", int(start.timestamp() * 1000), int(end.timestamp() * 1000)


def wrap_messages(chat_id: str, month: str, messages_json: bytes) -> bytes:
    """The whole blob plaintext around an already-serialized, comma-separated message list:
    version 2 when it lists an attachment without its file. (In canonical JSON a '"' inside
    a string is escaped, so '"sha256":null' can only be such an attachment's key and value.)"""
    version = b',"v":2}' if b'"sha256":null' in messages_json else b',"v":1}'
    return b"".join((b'{"chat":', json.dumps(chat_id, ensure_ascii=False).encode(),
                     b',"messages":[', messages_json, b'],"month":',
                     json.dumps(month).encode(), version))


def month_blobs(db: sqlite3.Connection, chat_id: str) -> Iterator[tuple[str, int, bytes]]:
    """(month, message count, blob plaintext) for each UTC month of a chat that has
    messages, oldest first."""
    lo, hi = db.execute("SELECT min(ts_ms), max(ts_ms) FROM messages WHERE chat_id=?",
                        (chat_id,)).fetchone()
    if lo is None:
        return
    ts = lo
    while ts <= hi:
        month, start, end = month_bounds(ts)
        count, body = db.execute(_MONTH_SQL, (chat_id, start, end)).fetchone()
        if count:
            yield month, count, wrap_messages(chat_id, month, body)
        ts = end
