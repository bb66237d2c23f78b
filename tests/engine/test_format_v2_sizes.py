"""Issue 19 section 3: stored sizes leak less. Each test names the format v1 behaviour it
fails on."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backupgui.crypto.keys import generate_key
from backupgui.crypto.material import RawKey
from backupgui.crypto.padme import is_padme
from backupgui.destinations.folder import FolderDestination
from backupgui.format.compress import compress
from backupgui.format.manifest import encode_text_rows
from backupgui.format.pack import COMP_NONE, COMP_SPLIT, COMP_ZSTD
from backupgui.format.textstore import join_split, split_by_sender, stored_plaintext
from backupgui.library.model import Chat, MediaRef, Message, Participant
from backupgui.library.store import Library

from .helpers import backup_to


def test_every_stored_object_is_a_padme_length(demo_lib, dest, dest_dir):
    """v1 stored packs, indexes and manifests at their exact sizes (a pack holding one new
    file revealed that file's size + 168 bytes)."""
    key = RawKey(generate_key())
    backup_to(demo_lib, dest, key)
    backup_to(demo_lib, dest, key, pack_size=256 << 10)
    sizes = {p.relative_to(dest_dir).as_posix(): p.stat().st_size
             for p in dest_dir.rglob("*") if p.is_file() and ".tmp" not in p.parts}
    stored = {n: s for n, s in sizes.items() if not n.endswith("/config")}
    assert stored and all(is_padme(s) for s in stored.values()), stored


def _one_photo_library(root, photo: bytes) -> None:
    with Library(root) as lib, lib.transaction() as w:
        me = Participant("me", "Me", True)
        w.upsert_chat(Chat("c1", "Chat", "direct", "demo", None, (me, Participant("p", "P", False))))
        sha = hashlib.sha256(photo).hexdigest()
        lib.media_path(sha).parent.mkdir(parents=True, exist_ok=True)
        lib.media_path(sha).write_bytes(photo)
        w.add_messages([Message("m1", "c1", 1_700_000_000_000, "me", "media", "",
                                media=(MediaRef("image", sha, len(photo), "image/jpeg", "a.jpg", 0),))])


def test_a_pack_holding_one_photo_does_not_reveal_its_size(tmp_path):
    """A provider who knows a photo (say, one shared in a group) could confirm it is in a
    backup from the size of the pack holding it: v1 stored it at its size + 168 bytes."""
    sizes = set()
    for extra in (0, 7, 300, 2000):
        photo = hashlib.sha256(str(extra).encode()).digest() * ((600_000 + extra) // 32)
        lib = tmp_path / f"lib{extra}"
        _one_photo_library(lib, photo)
        dest_dir = tmp_path / f"d{extra}"
        res = backup_to(lib, FolderDestination(dest_dir), RawKey(generate_key()))
        media_packs = sorted(p.stat().st_size for p in (dest_dir / "sets" / res.set_id / "data").iterdir())
        sizes.add(max(media_packs))  # the media pack (the message pack is tiny)
    assert len(sizes) == 1, sizes


def _month_with(secret: str, guess: str) -> bytes:
    rows = [(f"m{i:03d}", 1_700_000_000_000 + i * 60_000, "p" if i % 2 else "me", "text",
             text, None)
            for i, text in enumerate(["hi, see you tomorrow", "ok", f"the door code is {secret}",
                                      "thanks!", "what was the code again?",
                                      f"was it the door code is {guess}?"])]
    return encode_text_rows("chat-1", "2023-11", rows, {})


GUESSES = ["4711", "8530", "2964", "1357", "6082", "9999", "3141", "5926"]


def test_a_chat_partner_cannot_test_guesses_by_the_stored_size():
    """A chat partner ("p") who sees stored sizes sends guesses of what the user ("me")
    wrote. Compressed as one stream (format v1, and v2's form for old months), the month got
    smaller exactly when a guessed digit was right. Split by sender (FORMAT.md 5.1), what p
    writes is never matched against what the user wrote: how the size changes from one
    guess to another does not depend on the secret at all."""
    v1 = {g: len(compress(_month_with("4711", g))) for g in GUESSES}
    assert all(v1["4711"] < v for g, v in v1.items() if g != "4711")  # the v1 leak

    def deltas(secret: str, store) -> dict[str, int]:
        base = len(store(_month_with(secret, "0000")))
        return {g: len(store(_month_with(secret, g))) - base for g in GUESSES}

    assert deltas("4711", compress) != deltas("9382", compress)  # v1: depends on the secret
    for secret in ("9382", "1234", "4718", "8530"):
        assert deltas("4711", split_by_sender) == deltas(secret, split_by_sender)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["me", "p", "q", None]), st.text(max_size=40)),
                min_size=1, max_size=30))
def test_the_split_form_gives_back_the_exact_bytes(messages):
    rows = [(f"id{i}", 1_700_000_000_000 + i, sender, "system" if sender is None else "text",
             text, None) for i, (sender, text) in enumerate(messages)]
    raw = encode_text_rows("chat-\u00e9\"x", "2023-11", rows, {})
    stored = split_by_sender(raw)
    assert stored is not None and stored[:4] == b"BGSM"
    assert join_split(stored, len(raw)) == raw
    assert stored_plaintext(stored, COMP_SPLIT, len(raw)) == raw


def test_the_split_form_is_checked():
    raw = _month_with("4711", "1")
    stored = bytearray(split_by_sender(raw))
    with pytest.raises(ValueError):
        join_split(bytes(stored[:-1]), 1 << 20)
    with pytest.raises(ValueError):
        join_split(bytes(stored) + b"x", 1 << 20)
    with pytest.raises(ValueError, match="limit"):
        join_split(bytes(stored), len(raw) - 1)
    assert split_by_sender(b'{"chat":"c","messages":[],"month":"2023-11","v":1}') is None


def test_recent_months_are_split_and_restore_and_verify(tmp_path):
    """A backup stores the months a partner can still add to split by sender; verify and a
    restore (into message blocks, which keep the stored form) read them back exactly."""
    from datetime import UTC, datetime

    from backupgui.engine import VerifyRequest, verify
    from backupgui.engine.repository import Repo

    from .helpers import chat_contents, restore_from

    lib = tmp_path / "lib"
    now = int(datetime.now(UTC).timestamp() * 1000)
    with Library(lib) as L, L.transaction() as w:
        w.upsert_chat(Chat("c1", "Chat", "direct", "demo", None,
                           (Participant("me", "Me", True), Participant("p", "P", False))))
        w.add_messages([Message(f"m{i}", "c1", now - 86_400_000 * (400 - i * 16),
                                "me" if i % 3 else "p", "text", f"message {i}")
                        for i in range(24)])
    dest = FolderDestination(tmp_path / "d")
    key = RawKey(generate_key())
    backup_to(lib, dest, key)
    repo = Repo.open(dest, key)
    index, _ = repo.load_index()
    m = repo.snapshots().head
    comps = {t.month: index.locate(t.blob).entry.comp for t in m.chats[0].text_blobs}
    recent = sorted(comps)[-1]
    assert comps[recent] == COMP_SPLIT
    assert all(c in (COMP_NONE, COMP_ZSTD) for mo, c in comps.items() if mo < sorted(comps)[-2])
    verify(VerifyRequest(dest, key))
    restore_from(dest, tmp_path / "r", key)
    assert chat_contents(tmp_path / "r") == chat_contents(lib)
    # Backing up the restored library (its months kept as blocks) sends nothing again.
    again = backup_to(tmp_path / "r", dest, key)
    assert again.new_blobs == 0
