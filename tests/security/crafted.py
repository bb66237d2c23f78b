"""Hand-made backups, as an attacker who holds K would write them: every object is
authentic (encrypted and named with K's subkeys), but the names inside are whatever the
attacker likes. Built from the format's own primitives, without the backup job's checks."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from backupgui.crypto.material import RawKey
from backupgui.destinations.base import Destination
from backupgui.engine.repository import Repo, snapshot_name
from backupgui.format.manifest import (
    ChatEntry,
    Manifest,
    MediaEntry,
    TextBlobRef,
    Totals,
    created_fields,
    encode_text_blob,
)
from backupgui.format.pack import COMP_NONE, PackWriter
from backupgui.library.model import MediaRef, Message, Participant

TS = 1_700_000_000_000  # 2023-11-14 UTC
MONTH = "2023-11"


def craft_backup(dest: Destination, key: RawKey, *, manifest_sha: str, text_sha: str,
                 payload: bytes, snapshot_id: str | None = None, pack_ids: tuple[str, ...] = (),
                 chat_id: str = "chat-1") -> Repo:
    """A one-chat backup whose only attachment has the hash ``text_sha`` in the message blob
    and ``manifest_sha`` in the manifest's media list; its blob holds ``payload``."""
    repo = Repo.create(dest, key)
    keys = repo.keys
    media_blob = keys.blob_name(hashlib.sha256(payload).digest())
    mw = PackWriter(dest, repo.prefix, keys.objects)
    mw.add(media_blob, payload, len(payload), COMP_NONE)
    media_pack = mw.finish()
    msg = Message("m1", chat_id, TS, "alice", "media", "",
                  media=(MediaRef("image", text_sha, len(payload), "image/png", "photo.png"),))
    raw = encode_text_blob(chat_id, MONTH, [msg])
    text_blob = keys.blob_name(hashlib.sha256(raw).digest())
    tw = PackWriter(dest, repo.prefix, keys.objects)
    tw.add(text_blob, raw, len(raw), COMP_NONE)
    text_pack = tw.finish()
    repo.write_index([media_pack, text_pack])
    now = datetime.now(UTC)
    chat = ChatEntry(chat_id, "Alice", "direct", "test", None,
                     (Participant("me", "Me", True), Participant("alice", "Alice")),
                     1, 1, len(payload), TS, (TextBlobRef(text_blob, MONTH, 1),))
    packs = pack_ids or tuple(sorted((media_pack.pack_id, text_pack.pack_id)))
    created, created_ms = created_fields(now)
    m = Manifest(snapshot_id or snapshot_name(now), repo.set_id, created, created_ms,
                 "attacker", "backupgui 0.1.0", True, (chat,),
                 (MediaEntry(manifest_sha, len(payload), media_blob, "image"),), packs,
                 Totals(1, 1, 1, len(payload), len(raw), media_pack.size + text_pack.size), seq=1)
    repo.write_manifest(m)
    return repo
