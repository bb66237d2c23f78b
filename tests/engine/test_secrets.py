"""No secret and no plaintext reaches the destination; no secret reaches the library
(issue 2, §8.11)."""

from __future__ import annotations

import base64

from backupgui.crypto.keys import format_key
from backupgui.engine import export_key
from backupgui.library.model import Chat, Message, Participant
from backupgui.library.store import Library

from .helpers import PASSWORD, SMALL_KDF_ARGS, backup_to, pw, run_cli

MARKER_TEXT = "Zebra-7f3a meet at the old lighthouse, Ünïcødé ☂ 秘密"
MARKER_CHAT = "Quokka-c21e secret society 🦘"
MARKER_PERSON = "Wombat-9d04 Person"


def _add_markers(lib_dir) -> bytes:
    """A chat, participant and message with distinctive text; returns a distinctive slice of
    a media file of the library."""
    with Library(lib_dir) as lib:
        chat = Chat("marker-chat", MARKER_CHAT, "group", "test", 1_700_000_000_000,
                    (Participant("me", "Me", True), Participant("wombat", MARKER_PERSON)))
        with lib.transaction() as w:
            w.upsert_chat(chat)
            w.add_messages([Message("marker-1", chat.id, 1_700_000_100_000, "wombat", "text", MARKER_TEXT)])
        media = max(lib.media_for_chats(lib.chat_ids()), key=lambda r: r.size)
        data = lib.media_path(media.sha256).read_bytes()
    return data[len(data) // 2:len(data) // 2 + 48]


def _needles(key: bytes) -> dict[str, bytes]:
    h = key.hex()
    out = {
        "password": PASSWORD.encode(), "password utf-16": PASSWORD.encode("utf-16-le"),
        "K": key, "K hex": h.encode(), "K HEX": h.upper().encode(),
        "K grouped": format_key(key).encode(), "K base64": base64.b64encode(key),
        "K half hex": h[:32].encode(),
    }
    return out


def _scan(root, needles: dict[str, bytes]) -> list[tuple[str, str]]:
    hits = []
    for p in sorted(root.rglob("*")):
        if p.is_file():
            data = p.read_bytes()
            hits += [(str(p.relative_to(root)), name) for name, n in needles.items() if n in data]
    return hits


def test_destination_holds_no_secret_and_no_plaintext(demo_lib, dest, dest_dir):
    media_slice = _add_markers(demo_lib)
    backup_to(demo_lib, dest, pw())
    # A second, incremental backup writes another manifest; scan after both.
    backup_to(demo_lib, dest, pw())
    key = export_key(dest, pw())
    needles = _needles(key) | {
        "marker text": MARKER_TEXT.encode(), "marker text (json escaped)": b"Zebra-7f3a",
        "chat name": b"Quokka-c21e", "participant": b"Wombat-9d04", "media bytes": media_slice,
        "device name": b"test-device", "chat id": b"marker-chat",
    }
    assert _scan(dest_dir, needles) == []
    # The scan can find things: the library holds the user's own content in the clear.
    lib_hits = {name for _, name in _scan(demo_lib, needles)}
    assert {"marker text", "chat name", "media bytes"} <= lib_hits


def test_library_holds_no_secret(demo_lib, dest, tmp_path):
    backup_to(demo_lib, dest, pw())
    key = export_key(dest, pw())
    restored = tmp_path / "restored"
    from .helpers import restore_from

    restore_from(dest, restored, pw())
    assert _scan(demo_lib, _needles(key)) == []
    assert _scan(restored, _needles(key)) == []


def test_cli_backup_leaves_no_secret_anywhere(tmp_path, demo_lib):
    _add_markers(demo_lib)
    dest = tmp_path / "d"
    pwfile = tmp_path / "secrets" / "pw"
    pwfile.parent.mkdir()
    pwfile.write_text(PASSWORD)
    r = run_cli("backup", "--library", demo_lib, "--dest", dest, "--password-file", pwfile,
                *SMALL_KDF_ARGS, "--json")
    assert r.returncode == 0, r.stderr
    from backupgui.destinations.folder import FolderDestination

    key = export_key(FolderDestination(dest), pw())
    needles = _needles(key) | {"marker text": b"Zebra-7f3a", "chat name": b"Quokka-c21e"}
    assert _scan(dest, needles) == []
    assert _scan(demo_lib, _needles(key)) == []
    for n in needles.values():
        assert n not in r.stdout.encode() and n not in r.stderr.encode()
