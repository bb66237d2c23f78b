"""The fast message-blob encoder gives exactly the bytes docs/FORMAT.md section 8 defines."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from backupgui.engine.backup import _by_month
from backupgui.format.manifest import _reference_encode, decode_text_blob, encode_text_blob
from backupgui.library.model import MediaRef, Message

texts = st.text(max_size=12)
media = st.builds(MediaRef, st.sampled_from(["image", "video", "voice"]),
                  st.text("0123456789abcdef", min_size=64, max_size=64), st.integers(0, 2**40),
                  texts, texts, st.integers(0, 5))
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


@given(st.lists(st.integers(-2**40, 2**43), max_size=60))
def test_months_group_sorted_rows(stamps):
    rows = [(str(i), ts) for i, ts in enumerate(sorted(stamps))]
    groups = list(_by_month(iter(rows)))
    assert [r for _, g in groups for r in g] == rows
    assert len({m for m, _ in groups}) == len(groups)  # each month once, in order
    assert [m for m, _ in groups] == sorted(m for m, _ in groups)
