"""Fixtures of the security tests: a small real library, a real folder destination, a key."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.library.model import Chat, MediaRef, Message, Participant
from backupgui.library.store import Library

KEY = RawKey(bytes(range(32)))  # the attacker holds K in these scenarios (finding 1)
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                    "0000000d49444154789c6360000002000001e221bc330000000049454e44ae426082")


def make_library(root: Path, media: bytes = PNG) -> str:
    """A library with one chat of three messages, one of them with an attachment; returns
    the attachment's SHA-256."""
    with Library(root) as lib:
        sha, size = lib.add_media_bytes(media)
        chat = Chat("chat-1", "Alice", "direct", "test", 1_700_000_000_000,
                    (Participant("me", "Me", True), Participant("alice", "Alice")))
        msgs = [Message(f"m{i}", chat.id, 1_700_000_000_000 + i * 1000, "alice", "text", f"hello {i}")
                for i in range(2)]
        msgs.append(Message("m2", chat.id, 1_700_000_009_000, "alice", "media", "",
                            media=(MediaRef("image", sha, size, "image/png", "photo.png"),)))
        with lib.transaction() as w:
            w.upsert_chat(chat)
            w.add_messages(msgs)
    return sha


@pytest.fixture
def library(tmp_path) -> Path:
    root = tmp_path / "lib"
    make_library(root)
    return root


@pytest.fixture
def dest(tmp_path) -> FolderDestination:
    return FolderDestination(tmp_path / "dest")


def loopback_alias() -> str:
    """A name other than ``localhost`` that this computer resolves to 127.0.0.1 only (the
    host's own name, or ``localhost.localdomain``…), for the proxy tests: the app sends it
    to a proxy (it is no loopback *destination*: only literal loopback addresses and the
    exact name ``localhost`` are), and the proxy, resolving it, reaches the tests' servers on
    127.0.0.1, as a direct connection would. Skips the test where the system has none."""
    from backupgui.destinations import netguard

    for name in (socket.gethostname(), "localhost.localdomain", "localhost4",
                 "localhost4.localdomain4"):
        if not name or netguard.is_loopback(name):
            continue
        try:
            found = {a[4][0] for a in socket.getaddrinfo(name, 80, socket.AF_UNSPEC,
                                                         socket.SOCK_STREAM)}
        except OSError:
            continue
        if found == {"127.0.0.1"}:
            return name
    pytest.skip("no name but localhost resolves to 127.0.0.1 only here (add one to /etc/hosts)")
