"""Make the format v2 test vectors in tests/vectors/v2/ (run once; the output is committed).

    python tests/vectors/make_vectors.py

It builds a tiny library (2 chats, messages in two months, non-ASCII text, a reply, a system
event, 2 small media files), backs it up twice with a FIXED backup key K (a chain of two
snapshots; a message is added in between) into two destinations: ``v2/key/`` stays in key
mode, ``v2/password/`` is switched to password mode with small Argon2id parameters, so both
open with ``key.txt`` and the second with ``password.txt``. ``expected.json`` is written from
the library's source data (not from the engine's output), plus each destination's ids.

Objects are written with segment exponent 12 (4 KiB segments) instead of the writers' usual
20, so the media pack spans several segments and readers' segment handling is exercised;
FORMAT 4.1 allows 12..24. The December months are stored split by sender (comp 2; the
writers split only recent months, FORMAT 5.1), the November ones as one frame or plain.

The format v1 vectors in ``v1/`` were made by this script as it was before format v2
(commit 311a2f9 and earlier); today's writers cannot make v1 objects.
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import sys
import tempfile
from pathlib import Path

from backupgui.crypto import segments
from backupgui.crypto.keys import KdfParams, format_key
from backupgui.crypto.material import Password, RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import BackupRequest, backup, change_key_protection
from backupgui.engine.repository import Repo
from backupgui.library.model import Chat, MediaRef, Message, Participant
from backupgui.library.store import Library

HERE = Path(__file__).resolve().parent / "v2"
FIXED_KEY = hashlib.sha256(b"backupgui test vector key 1").digest()
PASSWORD = "vector password 1"
VECTOR_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)
SEGMENT_EXP = 12

ME = Participant("me", "Me", True)
ANA = Participant("p-ana", "Ana García", False)
YUKI = Participant("p-yuki", "田中 ゆき", False)
OMAR = Participant("p-omar", "عمر خليل", False)

DIRECT = Chat("vec-direct", "Ana García", "direct", "vector", 1_700_000_000_000, (ME, ANA))
GROUP = Chat("vec-group", "Família 👨‍👩‍👧 & друзья", "group", "vector", None, (ME, YUKI, OMAR))


def _media() -> list[tuple[bytes, MediaRef]]:
    rng = random.Random(20261127)
    photo = b"\x89PNG\r\n\x1a\n" + rng.randbytes(5000)
    voice = b"OggS" + rng.randbytes(9000)
    return [
        (photo, MediaRef("image", hashlib.sha256(photo).hexdigest(), len(photo), "image/png",
                         "IMG-20231114-WA0001.png", 0)),
        (voice, MediaRef("voice", hashlib.sha256(voice).hexdigest(), len(voice), "audio/ogg",
                         "PTT-20231201-WA0002.opus", 0)),
    ]


def _messages(media: list[MediaRef]) -> list[Message]:
    photo, voice = media
    t = 1_699_990_000_000  # 2023-11-14 UTC
    d, g = DIRECT.id, GROUP.id
    return [
        Message("d-1", d, t, "p-ana", "text", "Hi! Are you coming tonight?"),
        Message("d-2", d, t + 60_000, "me", "text", "Sí, claro 😀 — até já!"),
        Message("d-3", d, t + 120_000, "p-ana", "media", "the view from here", "d-2", (photo,)),
        Message("d-4", d, t + 120_000, "me", "text", "Same millisecond as d-3 (ties go by id)"),
        Message("d-5", d, t + 40 * 86_400_000, "p-ana", "text", "Happy new month! \"quotes\" \\ back\nslash"),
        Message("g-1", g, t + 1_000, None, "system", "田中 ゆき created group \"Família\""),
        Message("g-2", g, t + 2_000, "p-yuki", "text", "こんにちは、みんな 🌸"),
        Message("g-3", g, t + 3_000, "p-omar", "text", "مرحبا بالجميع"),
        Message("g-4", g, t + 20 * 86_400_000, "p-omar", "media", "", None, (voice,)),
        Message("g-5", g, t + 20 * 86_400_000 + 5, "me", "text", "Привет! " * 40, "g-4"),
    ]


def _expected(messages: list[Message], media: list[tuple[bytes, MediaRef]]) -> dict:
    return _expected_chats(messages, media, [DIRECT, GROUP])


def _expected_chats(messages: list[Message], media: list[tuple[bytes, MediaRef]],
                    all_chats: list[Chat]) -> dict:
    chats = []
    for chat in sorted(all_chats, key=lambda c: c.id):
        msgs = sorted((m for m in messages if m.chat_id == chat.id), key=lambda m: (m.ts_ms, m.id))
        chats.append({
            "id": chat.id, "name": chat.name, "kind": chat.kind, "source": chat.source,
            "created_ms": chat.created_ms,
            "participants": [{"person_id": p.person_id, "name": p.name, "is_me": p.is_me}
                             for p in sorted(chat.participants, key=lambda p: p.person_id)],
            "messages": [{"id": m.id, "ts": m.ts_ms, "sender": m.sender, "kind": m.kind,
                          "text": m.text, "reply_to": m.reply_to,
                          "media": [{"kind": r.kind, "sha256": r.sha256, "size": r.size,
                                     "mime": r.mime, "filename": r.filename, "seq": r.seq}
                                    for r in m.media]} for m in msgs],
        })
    return {"chats": chats,
            "media": dict(sorted((hashlib.sha256(b).hexdigest(), len(b)) for b, _ in media))}


LATER = Message("d-6", DIRECT.id, 1_699_990_000_000 + 41 * 86_400_000, "me", "text",
                "Added for the second snapshot ✓")


def make(out: Path) -> dict:
    import importlib

    backup_mod = importlib.import_module("backupgui.engine.backup")
    media = _media()
    messages = _messages([r for _, r in media])
    old_defaults = (segments.SegmentWriter.__init__.__defaults__, segments.encrypt_bytes.__defaults__)
    segments.SegmentWriter.__init__.__defaults__ = (SEGMENT_EXP, segments.VERSION)
    segments.encrypt_bytes.__defaults__ = (SEGMENT_EXP, segments.VERSION)
    old_split = backup_mod.split_from
    backup_mod.split_from = lambda _now: "2023-12"
    info: dict = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            lib_dir = Path(tmp) / "lib"
            with Library(lib_dir) as lib:
                for data, _ in media:
                    lib.add_media_bytes(data)
                with lib.transaction() as w:
                    w.upsert_chat(DIRECT)
                    w.upsert_chat(GROUP)
                    w.add_messages(messages)
            for mode in ("key", "password"):
                shutil.rmtree(out / mode, ignore_errors=True)
            for mode in ("key", "password"):
                dest = FolderDestination(out / mode)
                lib_copy = Path(tmp) / f"lib-{mode}"
                shutil.copytree(lib_dir, lib_copy)
                backup(BackupRequest(lib_copy, dest, RawKey(FIXED_KEY), device_name="vector-device"))
                with Library(lib_copy) as lib, lib.transaction() as w:
                    w.add_messages([LATER])
                res = backup(BackupRequest(lib_copy, dest, RawKey(FIXED_KEY),
                                           device_name="vector-device"))
                if mode == "password":
                    change_key_protection(dest, RawKey(FIXED_KEY), Password(PASSWORD, kdf=VECTOR_KDF))
                chain = [{"snapshot_id": m.snapshot_id, "seq": m.seq, "prev": m.prev}
                         for m in Repo.open(dest, RawKey(FIXED_KEY)).snapshots().infos]
                info[mode] = {"set_id": res.set_id, "snapshot_id": res.snapshot_id, "chain": chain}
                shutil.rmtree(out / mode / ".tmp", ignore_errors=True)
    finally:
        segments.SegmentWriter.__init__.__defaults__, segments.encrypt_bytes.__defaults__ = old_defaults
        backup_mod.split_from = old_split
    expected = {**info, **_expected(messages + [LATER], media)}
    (out / "key.txt").write_text(format_key(FIXED_KEY) + "\n")
    (out / "password.txt").write_text(PASSWORD + "\n")
    (out / "expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return expected


MISSING = Path(__file__).resolve().parent / "v2-missing"
MISSING_CHAT = Chat("vec-missing", "Ana García", "direct", "whatsapp", None, (ME, ANA))


def make_missing(out: Path) -> dict:
    """``v2-missing/``: one snapshot in key mode (same K) whose chat has attachments without
    their file (FORMAT.md 8): November's blob lists them with ``"sha256": null`` and is
    version 2 (one message with a file and one without, one with only a missing one);
    December's has none and stays version 1."""
    rng = random.Random(20261206)
    photo = b"\xff\xd8\xff\xe0" + rng.randbytes(3000)
    ref = MediaRef("image", hashlib.sha256(photo).hexdigest(), len(photo), "image/jpeg", "IMG-1.jpg", 0)
    t, c = 1_699_990_000_000, MISSING_CHAT.id
    messages = [
        Message("x-1", c, t, "p-ana", "media", "", None,
                (MediaRef("file", "", 0, "text/vcard", "Alex.vcf", 0),)),
        Message("x-2", c, t + 1_000, "p-ana", "media", "two photos", None,
                (ref, MediaRef("image", "", 0, "", "", 1))),
        Message("x-3", c, t + 2_000, "me", "text", "where is the card?"),
        Message("x-4", c, t + 40 * 86_400_000, "p-ana", "media", "", None, (ref,)),
    ]
    old_defaults = (segments.SegmentWriter.__init__.__defaults__, segments.encrypt_bytes.__defaults__)
    segments.SegmentWriter.__init__.__defaults__ = (SEGMENT_EXP, segments.VERSION)
    segments.encrypt_bytes.__defaults__ = (SEGMENT_EXP, segments.VERSION)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            lib_dir = Path(tmp) / "lib"
            with Library(lib_dir) as lib:
                lib.add_media_bytes(photo)
                with lib.transaction() as w:
                    w.upsert_chat(MISSING_CHAT)
                    w.add_messages(messages)
            shutil.rmtree(out / "key", ignore_errors=True)
            dest = FolderDestination(out / "key")
            res = backup(BackupRequest(lib_dir, dest, RawKey(FIXED_KEY), device_name="vector-device"))
            chain = [{"snapshot_id": m.snapshot_id, "seq": m.seq, "prev": m.prev}
                     for m in Repo.open(dest, RawKey(FIXED_KEY)).snapshots().infos]
            shutil.rmtree(out / "key" / ".tmp", ignore_errors=True)
    finally:
        segments.SegmentWriter.__init__.__defaults__, segments.encrypt_bytes.__defaults__ = old_defaults
    expected = {"key": {"set_id": res.set_id, "snapshot_id": res.snapshot_id, "chain": chain}}
    # The blob's own form of an attachment without its file: sha256 null, size 0.
    for chat in (x := _expected_chats(messages, [(photo, ref)], [MISSING_CHAT]))["chats"]:
        for m in chat["messages"]:
            for r in m["media"]:
                if r["sha256"] == "":
                    r["sha256"] = None
    expected.update(x)
    (out / "expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return expected


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    out.mkdir(parents=True, exist_ok=True)
    e = make(out)
    print(f"wrote {out}: " + ", ".join(f"{m} set {e[m]['set_id']}" for m in ("key", "password")))
    missing = Path(sys.argv[2]) if len(sys.argv) > 2 else MISSING
    missing.mkdir(parents=True, exist_ok=True)
    e = make_missing(missing)
    print(f"wrote {missing}: key set {e['key']['set_id']}")
