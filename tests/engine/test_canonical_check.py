"""The regular-expression fast path for canonical message blobs (format/canonical.py) must
never accept a blob the full check would reject, and must give the same chat id and count."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backupgui.format.canonical import canonical_attachments, match_canonical_blob
from backupgui.format.manifest import (
    CheckedBlob,
    _walk_text_blob,
    check_text_block,
    check_text_rows,
    encode_text_blob,
)

from .test_text_encoding import messages, texts

no_media = messages.map(lambda m: replace(m, media=()))


def _full(raw: bytes):
    """The full check's answer: (chat, count, media rows), or None if it rejects."""
    media: list[tuple] = []
    try:
        chat, _month, count = _walk_text_blob(raw, None, media)
    except ValueError:
        return None
    return chat, count, media


@settings(max_examples=200, deadline=None)
@given(st.lists(no_media, max_size=8, unique_by=lambda m: m.id), texts, texts)
def test_canonical_blobs_without_attachments_take_the_fast_path(msgs, chat_id, month):
    raw = encode_text_blob(chat_id, month, msgs)
    assert match_canonical_blob(raw) == (chat_id, len(msgs))
    assert check_text_rows(raw) == (chat_id, len(msgs), [])
    assert _full(raw) == (chat_id, len(msgs), [])


@settings(max_examples=200, deadline=None)
@given(st.lists(messages, max_size=8, unique_by=lambda m: m.id), texts, texts)
def test_canonical_blobs_with_attachments_take_the_fast_path_too(msgs, chat_id, month):
    raw = encode_text_blob(chat_id, month, msgs)
    assert match_canonical_blob(raw) == (chat_id, len(msgs))
    assert _full(raw) == (chat_id, len(msgs), canonical_attachments(raw, chat_id))


@settings(max_examples=400, deadline=None)
@given(st.lists(messages, max_size=4, unique_by=lambda m: m.id), texts,
       st.lists(st.tuples(st.integers(0, 10**6), st.binary(min_size=0, max_size=3)), max_size=3))
def test_the_fast_path_never_accepts_what_the_full_check_rejects(msgs, chat_id, edits):
    raw = bytearray(encode_text_blob(chat_id, "2020-01", msgs))
    for pos, new in edits:  # overwrite, insert or delete a few bytes anywhere
        pos %= len(raw) + 1
        raw[pos:pos + (len(new) % 2)] = new
    raw = bytes(raw)
    fast = match_canonical_blob(raw)
    if fast is not None:
        assert _full(raw) == (fast[0], fast[1], canonical_attachments(raw, fast[0]))
        assert check_text_block(raw) == _full_block(raw)


def _full_block(raw: bytes):
    """What ``check_text_block`` must find, from the full check alone."""
    media: list[tuple] = []
    span: list[int] = []
    chat, month, count = _walk_text_blob(raw, None, media, span)
    return CheckedBlob(chat, month, count, span[0] if span else None, span[-1] if span else None, media,
                       span == sorted(span))


@settings(max_examples=200, deadline=None)
@given(st.lists(messages, max_size=6, unique_by=lambda m: m.id), texts, texts)
def test_a_blocks_month_and_first_and_last_time_match_the_full_check(msgs, chat_id, month):
    """The fast path reads them from the bytes (the first and last ',"ts":', the month at the
    end); messages with attachments go the full way. Either gives the full check's answer."""
    raw = encode_text_blob(chat_id, month, msgs)
    got = check_text_block(raw)
    assert got == _full_block(raw)
    assert (got.first_ts, got.last_ts) == ((msgs[0].ts_ms, msgs[-1].ts_ms) if msgs else (None, None))
    assert got.month == month


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats(allow_nan=False) | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=6)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.fixed_dictionaries(
    {"id": json_values | texts, "kind": st.sampled_from(["text", "media", "system", "x"]) | json_values,
     "sender": json_values, "text": json_values | texts, "ts": json_values | st.integers()},
    optional={"reply_to": json_values, "extra": json_values}), max_size=3),
    json_values | texts, st.sampled_from([1, True, 1.0, "1"]))
def test_odd_types_are_left_to_the_full_check(msgs, chat, version):
    raw = json.dumps({"chat": chat, "messages": msgs, "month": "2020-01", "v": version},
                     ensure_ascii=False, separators=(",", ":")).encode()
    fast = match_canonical_blob(raw)
    if fast is not None:
        assert _full(raw) == (fast[0], fast[1], canonical_attachments(raw, fast[0]))


@pytest.mark.parametrize("raw", [
    # a repeated key, JSON true for a time, an out-of-range time, a raw control character,
    # invalid UTF-8, a lone backslash escape SQLite and Python would read differently
    b'{"chat":"c","messages":[{"id":"a","kind":"text","sender":null,"text":"","ts":1,"ts":2}],"month":"m","v":1}',
    b'{"chat":"c","messages":[{"id":"a","kind":"text","sender":null,"text":"","ts":true}],"month":"m","v":1}',
    b'{"chat":"c","messages":[{"id":"a","kind":"text","sender":null,"text":"","ts":9223372036854775808}],"month":"m","v":1}',
    b'{"chat":"c","messages":[{"id":"a","kind":"text","sender":null,"text":"\x01","ts":1}],"month":"m","v":1}',
    b'{"chat":"c","messages":[{"id":"a","kind":"text","sender":null,"text":"\xff","ts":1}],"month":"m","v":1}',
    b'{"chat":"c","messages":[{"id":"a","kind":"text","sender":null,"text":"\\x","ts":1}],"month":"m","v":1}',
])
def test_the_fast_path_declines_these(raw):
    assert match_canonical_blob(raw) is None


def test_an_escaped_quote_cannot_fake_a_message_start():
    raw = (b'{"chat":"c","messages":[{"id":"a","kind":"text","sender":null,"text":'
           + json.dumps('{"id":"x"} and {\\"id\\":').encode() + b',"ts":1}],"month":"2020-01","v":1}')
    assert match_canonical_blob(raw) == ("c", 1)


def _blob_with_text(text: bytes) -> bytes:
    return (b'{"chat":"c","messages":[{"id":"a","kind":"text","sender":null,"text":"' + text
            + b'","ts":1}],"month":"2020-01","v":1}')


def _plain_string(text: bytes) -> bool:
    """Whether ``text`` may stand between quotes as it is: valid UTF-8 (as Python decodes it)
    with no quote, backslash or control character."""
    try:
        s = text.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not any(c in '"\\' or ord(c) < 0x20 for c in s)


# Each edge of UTF-8: the shortest and longest sequence of each length, overlong forms,
# surrogates, the last code point and one past it, stray and missing continuation bytes.
_UTF8_EDGES = [
    b"\x7f", b"\xc2\x80", b"\xdf\xbf", b"\xe0\xa0\x80", b"\xef\xbf\xbf", b"\xf0\x90\x80\x80",
    b"\xf4\x8f\xbf\xbf", b"\xed\x9f\xbf", b"\xee\x80\x80", b"\xf0\x9f\x98\x80",
    b"\xc0\x80", b"\xc1\xbf", b"\xe0\x80\x80", b"\xe0\x9f\xbf", b"\xf0\x80\x80\x80",
    b"\xf0\x8f\xbf\xbf", b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xf4\x90\x80\x80", b"\xf5\x80\x80\x80",
    b"\xf8\x88\x80\x80\x80", b"\xff", b"\x80", b"\xbf", b"\xc2", b"\xe1\x80", b"\xf1\x80\x80",
    b"\xc2\xc2\x80", b"\xe1\x80\xc0",
]


@pytest.mark.parametrize("seq", _UTF8_EDGES)
def test_the_fast_path_reads_utf8_exactly_as_pythons_decoder(seq):
    raw = _blob_with_text(b"x" + seq + b"y")
    assert (match_canonical_blob(raw) is not None) == _plain_string(seq)
    assert (_full(raw) is not None) == _plain_string(seq)


@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=12))
def test_any_bytes_in_a_string_are_accepted_only_if_the_full_check_accepts_them(text):
    raw = _blob_with_text(text)
    fast = match_canonical_blob(raw)
    if fast is not None:
        assert _full(raw) == (fast[0], fast[1], [])
    if _plain_string(text):
        assert fast == ("c", 1)


@pytest.mark.parametrize("text", [b"\\ud800", b"x\\udfffy", b"\\udc00\\ud800", b"\\ud83d", b"\\ud83dx\\ude00",
                                  b"\\uD800"])
def test_a_lone_surrogate_escape_is_damage(text):
    """json.loads keeps a lone surrogate, which no UTF-8 text holds: SQLite would store bytes
    that the library then cannot read back."""
    raw = _blob_with_text(text)
    assert match_canonical_blob(raw) is None
    with pytest.raises(ValueError, match="surrogate"):
        check_text_block(raw)


@pytest.mark.parametrize("text, want, fast", [
    (b"\\ud83d\\ude00", "\U0001f600", False), (b"\\u00e9", "\u00e9", False), (b"\\u0041", "A", False),
    (b"\\u001f", "\x1f", True), (b"\\\\ud800", "\\ud800", True)])  # the last: a backslash, then "ud800"
def test_other_escapes_pass(text, want, fast):
    """backupgui writes \\u only for control characters; other escapes go the full way."""
    raw = _blob_with_text(text)
    assert (match_canonical_blob(raw) is not None) == fast
    assert check_text_block(raw) == CheckedBlob("c", "2020-01", 1, 1, 1, [])
    assert json.loads(raw)["messages"][0]["text"] == want


@pytest.mark.parametrize("field, value", [("size", 1 << 64), ("seq", -(1 << 63) - 1), ("size", 1 << 63)])
def test_an_attachment_number_beyond_64_bits_is_damage(field, value):
    """SQLite cannot store it: the restore failed with OverflowError inside its transaction."""
    att = {"filename": "f", "kind": "image", "mime": "image/jpeg", "seq": 0, "sha256": "0" * 64, "size": 1}
    att[field] = value
    raw = json.dumps({"chat": "c", "messages": [{"id": "a", "kind": "media", "media": [att], "sender": None,
                      "text": "", "ts": 1}], "month": "1970-01", "v": 1}, separators=(",", ":")).encode()
    assert match_canonical_blob(raw) is None
    with pytest.raises(ValueError, match="bad attachment"):
        check_text_block(raw)
