"""The message-blob encoders give exactly the bytes docs/FORMAT.md section 8 defines."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backupgui.format.manifest import (
    _reference_encode,
    check_text_rows,
    decode_text_blob,
    decode_text_rows,
    encode_text_blob,
)
from backupgui.library import Library
from backupgui.library.model import Chat, MediaRef, Message
from backupgui.library.store import insert_blob_sql
from backupgui.library.textjson import month_bounds

# Everything JSON must escape (quotes, backslash, every control character) plus non-ASCII
# text of several scripts and emoji, which must stay unescaped.
alphabet = st.sampled_from(['"', "\\", "/", "\x00", "\x01", "\x1f", "\x7f", "\b", "\f", "\n", "\r",
                            "\t", "a", "Z", " ", "é", "ж", "ع", "日", "😀", "\u2028", "\ufeff"])
texts = st.text(alphabet, max_size=12)
media = st.builds(MediaRef, st.sampled_from(["image", "video", "voice"]),
                  st.text("0123456789abcdef", min_size=64, max_size=64), st.integers(0, 2**40),
                  texts, texts, st.integers(0, 5))
# Also attachments whose file the export did not include (blob version 2).
some_missing = media | st.builds(MediaRef, st.just("file"), st.just(""), st.just(0), texts, texts,
                                 st.integers(0, 5))
messages = st.builds(Message, texts, st.just("c"), st.integers(-2**40, 2**45),
                     st.none() | texts, st.sampled_from(["text", "media", "system"]), texts,
                     st.none() | texts, st.lists(media, max_size=3).map(tuple))


@settings(max_examples=150, deadline=None)
@given(st.lists(messages, max_size=8, unique_by=lambda m: m.id), texts, texts)  # ids are unique keys
def test_fast_encoder_matches_the_definition(msgs, chat_id, month):
    raw = encode_text_blob(chat_id, month, msgs)
    assert raw == _reference_encode(chat_id, month, msgs)
    cid, m, back = decode_text_blob(raw)
    assert (cid, m, len(back)) == (chat_id, month, len(msgs))


def _unique_seqs(m: Message) -> Message:
    seen: dict[int, MediaRef] = {r.seq: r for r in m.media}  # (message, seq) is a key
    return replace(m, media=tuple(sorted(seen.values(), key=lambda r: r.seq)))


@settings(max_examples=60, deadline=None)
@given(st.lists(messages.map(_unique_seqs), max_size=12, unique_by=lambda m: m.id),
       st.text(alphabet, min_size=1, max_size=8))
def test_sqlite_encoder_matches_the_definition(tmp_path_factory, msgs, chat_id):
    """What SQLite serializes for each month equals the reference encoding of that month."""
    lib = Library(tmp_path_factory.mktemp("lib"))
    try:
        # Every other message at one of three times, with a sequence that orders the ties
        # (a repeated seq leaves the tie to the id).
        msgs = [replace(m, chat_id=chat_id, ts_ms=m.ts_ms % 3 if i % 2 else m.ts_ms,
                        seq=(i * 7) % 5) for i, m in enumerate(msgs)]
        with lib.transaction() as w:
            w.upsert_chat(Chat(chat_id, "n", "group", "demo"))
            w.add_messages(msgs)
        by_month: dict[str, list[Message]] = defaultdict(list)
        # Display order: time, the chat's sequence, then the id in SQLite's BINARY order.
        for m in sorted(msgs, key=lambda m: (m.ts_ms, m.seq, m.id.encode())):
            by_month[month_bounds(m.ts_ms)[0]].append(m)
        got = list(lib.text_blobs(chat_id))
        assert [g[0] for g in got] == sorted(by_month)
        for month, count, raw in got:
            assert count == len(by_month[month])
            assert raw == _reference_encode(chat_id, month, by_month[month])
    finally:
        lib.close()


messages_some_missing = st.builds(
    Message, texts, st.just("c"), st.integers(-2**40, 2**45), st.none() | texts,
    st.sampled_from(["text", "media", "system"]), texts, st.none() | texts,
    st.lists(some_missing, max_size=2).map(tuple))


@settings(max_examples=60, deadline=None)
@given(st.lists(messages_some_missing.map(_unique_seqs), max_size=14, unique_by=lambda m: m.id),
       st.text(alphabet, min_size=1, max_size=8), st.integers(1, 4))
def test_a_month_in_batches_is_the_same_bytes(tmp_path_factory, msgs, chat_id, batch):
    """``Library.text_months`` (the backup's reader) gives each month exactly the bytes of
    ``text_blobs``: whole below ``batch`` messages, else in pieces of at most ``batch``
    messages, counted as they come; many ties on one time cross the batches' borders; a
    month listing an attachment without its file is version 2, in a chat that has one."""
    lib = Library(tmp_path_factory.mktemp("lib"))
    try:
        msgs = [replace(m, chat_id=chat_id, ts_ms=m.ts_ms % 2 if i % 3 else m.ts_ms,
                        seq=(i * 7) % 3) for i, m in enumerate(msgs)]
        with lib.transaction() as w:
            w.upsert_chat(Chat(chat_id, "n", "group", "demo"))
            w.add_messages(msgs)
        whole = list(lib.text_blobs(chat_id))
        got = []
        for t in lib.text_months(chat_id, batch):
            pieces = list(t.pieces())
            assert (t.raw is None) == (len(pieces) > 1) == (t.count >= batch)
            # a piece is the envelope, a comma, or at most one batch of messages
            assert all(p.count(b'{"id":') <= batch for p in pieces)
            assert b"".join(t.pieces()) == b"".join(pieces)  # read twice: the same
            got.append((t.month, t.count, b"".join(pieces)))
        assert got == whole
    finally:
        lib.close()


def test_a_month_in_batches_is_one_state_of_the_library(tmp_path):
    """A month's batches come from one read transaction: messages another connection adds
    meanwhile appear in none of them (never a message twice, or one missing)."""
    lib = Library(tmp_path / "lib")
    other = Library(tmp_path / "lib", create=False)
    try:
        with lib.transaction() as w:
            w.upsert_chat(Chat("c", "n", "group", "demo"))
            w.add_messages([Message(f"m{i:02d}", "c", 1000 + i, None, "text", str(i))
                            for i in range(0, 40, 2)])
        before = list(lib.text_blobs("c"))
        months = lib.text_months("c", 3)
        t = next(months)
        pieces = t.pieces()
        first = [next(pieces), next(pieces)]
        with other.transaction() as w:  # earlier than the rest of the month, and later
            w.add_messages([Message(f"m{i:02d}", "c", 1000 + i, None, "text", str(i))
                            for i in range(1, 40, 2)])
        raw = b"".join(first + list(pieces))
        months.close()
        assert [(t.month, t.count, raw)] == before
        assert len(list(lib.text_blobs("c"))[0][2]) > len(before[0][2])
    finally:
        other.close()
        lib.close()


def test_only_a_chat_lacking_a_file_is_searched_for_one(tmp_path, monkeypatch):
    """The months of a chat whose attachments all have their files are version 1 without
    their JSON being searched for ``"sha256":null``; in a chat with one lacking its file,
    only the month that lists it is version 2, whole or in batches."""
    from backupgui.library import textjson

    lib = Library(tmp_path / "lib")
    try:
        day = 86_400_000
        with lib.transaction() as w:
            for cid in ("all", "lacks"):
                w.upsert_chat(Chat(cid, "n", "group", "demo"))
                w.add_messages([Message(f"{cid}{i}", cid, i * 40 * day, None, "media", "",
                                        media=(MediaRef("file", "", 0) if cid == "lacks" and i == 1
                                               else MediaRef("image", "ab" * 32, 5),))
                                for i in range(3)])
        searched: list[bytes] = []
        real = textjson._lists_missing

        def spy(body: bytes) -> bool:
            searched.append(body)
            return real(body)

        monkeypatch.setattr(textjson, "_lists_missing", spy)
        for batch in (1, 10):
            got = [(t.month, b"".join(t.pieces())) for t in lib.text_months("all", batch)]
            assert searched == [] and len(got) == 3
            assert all(raw.endswith(b',"v":1}') for _, raw in got)
            lacks = [b"".join(t.pieces()) for t in lib.text_months("lacks", batch)]
            assert [raw.endswith(b',"v":2}') for raw in lacks] == [False, True, False]
            assert len(searched) == 3
            searched.clear()
            monkeypatch.setattr(textjson, "_lists_missing", real)
            assert lacks == [raw for _, _, raw in lib.text_blobs("lacks")]
            monkeypatch.setattr(textjson, "_lists_missing", spy)
    finally:
        lib.close()


def test_attachments_are_found_by_their_message(tmp_path):
    """Every message-blob query finds a message's attachments through the media table's
    key (message_id, seq), never by scanning the chat's attachments (media_chat): that made
    a chat of 20,000 photo messages take 30 CPU s to serialize instead of 0.1."""
    from backupgui.library import textjson

    with Library(tmp_path / "lib") as lib:
        for sql in (textjson._MONTH_SQL, *textjson._BATCH_SQL):
            plan = [r[-1] for r in lib._db.execute("EXPLAIN QUERY PLAN " + sql,
                                                   (1,) * sql.count("?"))]
            searches = [p for p in plan if p.startswith("SEARCH media")]
            assert len(searches) == 3 and all("(message_id=?)" in p for p in searches), plan


@given(st.integers(-2**40, 2**45))
def test_month_bounds_hold_the_timestamp(ts):
    month, start, end = month_bounds(ts)
    assert start <= ts < end
    assert month_bounds(start)[0] == month and month_bounds(end)[0] > month
    assert len(month) == 7 and month[4] == "-"


@settings(max_examples=60, deadline=None)
@given(st.lists(messages.map(_unique_seqs), max_size=10, unique_by=lambda m: m.id),
       st.text(alphabet, min_size=1, max_size=8))
def test_sqlite_reads_back_what_python_checked(tmp_path_factory, msgs, chat_id):
    """A restore checks a blob in Python and lets SQLite insert it from the same JSON: the
    library must then hold exactly the messages the blob encodes."""
    msgs = [replace(m, chat_id=chat_id) for m in msgs]
    raw = encode_text_blob(chat_id, "2020-01", msgs)
    cid, count, media_rows = check_text_rows(raw)
    assert (cid, count) == (chat_id, len(msgs))
    assert media_rows == decode_text_rows(raw)[3]
    lib = Library(tmp_path_factory.mktemp("lib"))
    try:
        rows = decode_text_rows(raw)[2]
        with lib.transaction() as w:
            w.upsert_chat(Chat(chat_id, "n", "group", "demo"))
            if b"\\u0000" in raw:  # what restore does: SQLite's JSON functions cut at U+0000
                with pytest.raises(ValueError):
                    w.add_message_blob(chat_id, raw, media_rows)
                add = lambda: w.add_message_rows(rows, media_rows)  # noqa: E731
            else:
                add = lambda: w.add_message_blob(chat_id, raw, media_rows)  # noqa: E731
            assert add() == len(msgs)
            assert add() == 0  # merging: no duplicates
        got = {m.id: m for m in lib.messages(chat_id)}
        for m in msgs:
            want = m if m.kind == "media" else replace(m, media=())
            assert got[m.id] == replace(want, reply_to=m.reply_to or None)
    finally:
        lib.close()


@settings(max_examples=60, deadline=None)
@given(st.lists(messages, max_size=10, unique_by=lambda m: m.id), st.text(alphabet, min_size=1, max_size=8))
def test_both_forms_of_the_insert_statement_read_the_same(msgs, chat_id):
    """SQLite 3.38+ reads blob fields with ``->>``, older SQLite with ``json_extract``: both
    statements must insert the same values with the same SQL types."""
    raw = encode_text_blob(chat_id, "2020-01", [replace(m, chat_id=chat_id) for m in msgs])
    if b"\\u0000" in raw:
        return  # never handed to SQLite's JSON functions (see add_message_blob)
    got = []
    for arrow in (True, False):
        db = sqlite3.connect(":memory:")
        db.execute("CREATE TABLE messages (id, chat_id, ts_ms, sender, kind, text, reply_to, seq,"
                   " origin)")
        db.execute(insert_blob_sql(arrow), (chat_id, raw, 7, 3))
        got.append(db.execute("SELECT *, typeof(ts_ms), typeof(sender), typeof(reply_to)"
                              " FROM messages ORDER BY rowid").fetchall())
        db.close()
    assert got[0] == got[1]
    assert sorted(r[0] for r in got[0]) == sorted(m.id for m in msgs)
    assert [r[7] for r in got[0]] == list(range(7, 7 + len(msgs)))  # each its place in the blob
    assert all(r[8] == 3 for r in got[0])  # the origin given


@pytest.mark.parametrize("doc", [
    {"v": 1, "chat": "c", "month": "m", "messages": [{"id": 5, "kind": "text", "sender": None, "text": "", "ts": 1}]},
    {"v": 1, "chat": "c", "month": "m", "messages": [{"id": "a", "kind": "text", "sender": None, "text": "", "ts": 1.5}]},
    {"v": 1, "chat": "c", "month": "m", "messages": [{"id": "a", "kind": "text", "sender": None, "text": 3, "ts": 1}]},
    {"v": 1, "chat": "c", "month": "m", "messages": [{"id": "a", "kind": "text", "sender": None, "text": "", "ts": 2**64}]},
    {"v": 1, "chat": "c", "month": "m", "messages": [{"id": "a", "kind": "text", "text": "", "ts": 1}]},
    {"v": 1, "chat": 7, "month": "m", "messages": []},
    {"v": 1, "chat": "c", "month": "m", "messages": {"a": 1}},
    {"v": 1, "chat": "c", "month": "m", "messages": [{"id": "a", "kind": "media", "sender": None, "text": "",
                                                      "ts": 1, "media": [{"seq": "0"}]}]},
])
def test_checker_rejects_wrong_types(doc):
    raw = json.dumps(doc).encode()
    for fn in (check_text_rows, decode_text_rows):
        with pytest.raises(ValueError):
            fn(raw)


@pytest.mark.parametrize("raw", [
    # Python would check the last "ts" (an integer); SQLite would insert the first (a string).
    b'{"chat":"c","messages":[{"id":"a","kind":"text","sender":null,"text":"","ts":"x","ts":1}],"month":"m","v":1}',
    b'{"chat":"c","messages":[{"id":"a","kind":"media","media":[{"filename":"f","kind":"image","mime":"m",'
    b'"seq":0,"seq":0,"sha256":"00","size":1}],"sender":null,"text":"","ts":1}],"month":"m","v":1}',
    b'{"chat":"c","chat":"d","messages":[],"month":"m","v":1}',
])
def test_checker_rejects_repeated_keys(raw):
    for fn in (check_text_rows, decode_text_rows):
        with pytest.raises(ValueError, match="repeats a key"):
            fn(raw)
