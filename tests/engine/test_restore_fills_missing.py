"""A restore into a library that keeps an attachment without its file (sha256 '') gives the
row the backup's file: the row, the chat's counts and its revision follow (before, the file
was downloaded but the row stayed without it)."""

from __future__ import annotations

from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import RestoreRequest, backup, restore
from backupgui.engine.types import BackupRequest
from backupgui.library.model import Chat, MediaRef, Message
from backupgui.library.store import Library

K = RawKey(bytes(range(32)))
CHAT = Chat("c", "Ana", "direct", "whatsapp")
TS = 1_700_000_000_000


def _message(sha: str, size: int) -> Message:
    return Message("m1", "c", TS, "ana", "media", "",
                   media=(MediaRef("image", sha, size, "image/jpeg", "IMG.jpg", 0),))


def test_a_restore_fills_an_attachment_kept_without_its_file(tmp_path):
    with Library(tmp_path / "b") as lib:
        sha, size = lib.add_media_bytes(b"the photo")
        with lib.transaction() as w:
            w.upsert_chat(CHAT)
            w.add_messages([_message(sha, size)])
    with Library(tmp_path / "a") as lib:
        with lib.transaction() as w:
            w.upsert_chat(CHAT)
            w.add_messages([_message("", 0)])
        before = lib.chat_revisions()["c"]
        assert [c.media_count for c in lib.list_chats()] == [0]
    dest = FolderDestination(tmp_path / "d")
    backup(BackupRequest(tmp_path / "b", dest, K, device_name="b"))
    result = restore(RestoreRequest(dest, tmp_path / "a", K))
    assert result.media_restored == 1
    with Library(tmp_path / "a") as lib:
        (ref,) = lib.messages("c")[0].media
        assert (ref.sha256, ref.size, ref.filename, ref.kind) == (sha, size, "IMG.jpg", "image")
        assert lib.has_media(sha)
        assert [(c.media_count, c.media_bytes) for c in lib.list_chats()] == [(1, size)]
        assert lib.chat_revisions()["c"] > before


def test_a_backup_fills_only_its_own_chats_attachments(tmp_path):
    """A backup whose chat "x" has a message with the id of chat "c"'s message (any holder
    of K can write one) does not give c's attachment its file: c keeps its row as it was,
    and every chat's counts agree with its rows (before, c's row was filled and c's counts,
    not recomputed, went stale)."""
    other = Chat("x", "Eve", "direct", "whatsapp")
    with Library(tmp_path / "b") as lib:
        sha, size = lib.add_media_bytes(b"not c's photo")
        with lib.transaction() as w:
            w.upsert_chat(other)
            w.add_messages([Message("m1", "x", TS, "eve", "media", "",
                                    media=(MediaRef("image", sha, size, "image/jpeg",
                                                    "IMG.jpg", 0),))])
    with Library(tmp_path / "a") as lib:
        with lib.transaction() as w:
            w.upsert_chat(CHAT)
            w.add_messages([_message("", 0)])
        before = lib.chat_revisions()["c"]
    dest = FolderDestination(tmp_path / "d")
    backup(BackupRequest(tmp_path / "b", dest, K, device_name="b"))
    restore(RestoreRequest(dest, tmp_path / "a", K))
    with Library(tmp_path / "a") as lib:
        (ref,) = lib.messages("c")[0].media
        assert (ref.sha256, ref.size) == ("", 0)
        rows = dict(lib._db.execute(
            "SELECT chat_id, count(*) FILTER (WHERE sha256 != '') FROM media GROUP BY chat_id"))
        assert {c.id: c.media_count for c in lib.list_chats()} == {"c": rows.get("c", 0),
                                                                  "x": rows.get("x", 0)}
        assert lib.chat_revisions()["c"] == before
