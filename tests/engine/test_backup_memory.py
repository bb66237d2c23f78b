"""A month of many messages is backed up a batch at a time (``textjson.BATCH``): the message
worker holds one batch of its JSON and the compressed frame, never the month whole, and the
blob is the same (same bytes, same name) as when it is built whole."""

from __future__ import annotations

import random
import sqlite3
import tracemalloc
from datetime import UTC, datetime

import zstandard

from backupgui.crypto.keys import generate_key
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import VerifyRequest, verify
from backupgui.engine.repository import Repo
from backupgui.format.pack import COMP_SPLIT, COMP_ZSTD
from backupgui.library import textjson
from backupgui.library.model import Chat, Message, Participant
from backupgui.library.store import Library

from .helpers import backup_to, chat_contents, restore_from

OLD = 1_580_515_200_000  # 2020-02-01 UTC
WORDS = ("ok", "see you", "tomorrow", "привет", "😀", "at the station", "\"quoted\"", "line\nbreak")


def _library(root, old: int, recent: int = 0, text_len: int = 12) -> None:
    rng = random.Random(7)
    now = int(datetime.now(UTC).timestamp() * 1000)
    with Library(root) as lib, lib.transaction() as w:
        w.upsert_chat(Chat("c", "Chat", "group", "demo", None,
                           (Participant("me", "Me", True), Participant("p", "P", False))))
        msgs = [Message(f"m{i:06d}", "c", OLD + (i // 3) * 1000, "me" if i % 2 else "p", "text",
                        " ".join(rng.choice(WORDS) for _ in range(text_len)), seq=i % 3)
                for i in range(old)]  # three messages at each time: ties cross the batches
        msgs += [Message(f"r{i}", "c", now - i, "p", "text", "new") for i in range(recent)]
        msgs.append(Message("small", "c", OLD - 86_400_000 * 40, "me", "text", "december"))
        w.add_messages(msgs)


def test_a_month_in_batches_round_trips_under_the_same_names(tmp_path, monkeypatch):
    lib, dest, key = tmp_path / "lib", FolderDestination(tmp_path / "d"), RawKey(generate_key())
    _library(lib, old=100, recent=20)
    monkeypatch.setattr(textjson, "BATCH", 16)
    first = backup_to(lib, dest, key)
    repo = Repo.open(dest, key)
    index, _ = repo.load_index()
    head = repo.snapshots().head
    refs = {t.month: t for t in head.chats[0].text_blobs}
    entries = {mo: index.locate(t.blob).entry for mo, t in refs.items()}
    assert refs["2020-02"].messages == 100 and entries["2020-02"].comp == COMP_ZSTD
    assert entries[max(refs)].comp == COMP_SPLIT  # a month still split is built whole
    verify(VerifyRequest(dest, key))
    restore_from(dest, tmp_path / "r", key)
    assert chat_contents(tmp_path / "r") == chat_contents(lib)
    # The restored library keeps the stored frame: its header gives the plaintext's size.
    db = sqlite3.connect(tmp_path / "r" / "library.db")
    body, = db.execute("SELECT body FROM message_blocks WHERE month='2020-02'").fetchone()
    db.close()
    assert zstandard.get_frame_parameters(body).content_size == entries["2020-02"].raw_length
    # Built whole, every month has the same bytes: nothing new to send.
    monkeypatch.setattr(textjson, "BATCH", 1 << 30)
    again = backup_to(lib, dest, key, new_set=False)
    assert again.new_blobs == 0 and again.reused_blobs == first.new_blobs


def _message_peak(tmp_path, name: str) -> int:
    """Peak of Python's allocations (tracemalloc) while backing up the library."""
    tracemalloc.start()
    try:
        backup_to(tmp_path / "lib", FolderDestination(tmp_path / name), RawKey(generate_key()))
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_long_month_is_never_whole_in_memory(tmp_path, monkeypatch):
    """20,000 messages in one month (5.3 MB of JSON, 0.65 MB as a frame): built whole, the
    backup's Python allocations peak at over twice the month's size (measured: 3.2x); a batch
    at a time, under half of it (measured: 0.34x: the frame, a batch, the rest of the job)."""
    _library(tmp_path / "lib", old=20_000, text_len=20)
    with Library(tmp_path / "lib", create=False) as lib:
        size = max(len(raw) for _m, _n, raw in lib.text_blobs("c"))
    assert size > 4_000_000
    monkeypatch.setattr(textjson, "BATCH", 1 << 30)
    whole = _message_peak(tmp_path, "whole")
    monkeypatch.setattr(textjson, "BATCH", 500)
    batched = _message_peak(tmp_path, "batched")
    assert whole > 2 * size and batched < size / 2, (size, whole, batched)
