"""The writer keeps FORMAT.md 1.2's bounds that readers enforce.

A chat-month whose message blob would pass the format's bound (FORMAT.md 1.2: 256 MiB of
plaintext, which every reader refuses) stops the backup with a clear error instead of writing
a backup no reader takes; the library and the earlier backups are unchanged.

The bound is lowered for the writer and the reader alike (both read it at call time), so the
test builds months of kilobytes, not of 256 MiB. Likewise a pack of many tiny files is
rolled before its trailer passes the trailer's bound (64 MiB: ~419,000 blobs)."""

from __future__ import annotations

import importlib
from datetime import UTC, datetime

import pytest

from backupgui.crypto.keys import generate_key
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import VerifyRequest, verify
from backupgui.engine.repository import Repo
from backupgui.errors import BackupError, DamagedBackupError
from backupgui.format import pack, reader
from backupgui.library import textjson
from backupgui.library.model import Chat, MediaRef, Message, Participant
from backupgui.library.store import Library

from .helpers import backup_to, chat_contents, library_state, restore_from

backup_mod = importlib.import_module("backupgui.engine.backup")  # (the package exports the function)
OLD = 1_580_515_200_000  # 2020-02-01 UTC, a month stored as one frame


def _add(root, prefix: str, ts: int, n: int, text: str = "x" * 40) -> None:
    with Library(root) as lib, lib.transaction() as w:
        w.upsert_chat(Chat("c", "Big chat", "group", "demo", None,
                           (Participant("me", "Me", True), Participant("p", "P", False))))
        w.add_messages([Message(f"{prefix}{i:05d}", "c", ts + i * 1000, "me" if i % 2 else "p",
                                "text", f"{text} {i}") for i in range(n)])


def _month_sizes(root) -> dict[str, int]:
    with Library(root, create=False) as lib:
        months = lib.text_months("c")
        try:
            return {t.month: len(t.raw if t.raw is not None else b"".join(t.pieces()))
                    for t in months}
        finally:
            months.close()


def _bound(monkeypatch, limit: int) -> None:
    monkeypatch.setattr(backup_mod, "MAX_TEXT_BLOB", limit)
    monkeypatch.setattr(reader, "MAX_TEXT_BLOB", limit)


def _recent_ms() -> int:
    """Ten days ago: in this month or the last, both split by sender (FORMAT.md 5.1)."""
    return int(datetime.now(UTC).timestamp() * 1000) - 10 * 86_400_000


# how the month is built: streamed into one frame a batch at a time, whole (fewer messages
# than a batch), or joined from batches to be split by sender (a recent month)
@pytest.mark.parametrize("how", ["frame", "whole", "split"])
def test_a_month_over_the_bound_stops_the_backup_and_loses_nothing(tmp_path, monkeypatch, how):
    lib, dest, key = tmp_path / "lib", FolderDestination(tmp_path / "d"), RawKey(generate_key())
    monkeypatch.setattr(textjson, "BATCH", 1 << 30 if how == "whole" else 16)
    ts = OLD if how != "split" else _recent_ms()
    _add(lib, "a", ts, 60)
    month = next(iter(_month_sizes(lib)))
    limit = _month_sizes(lib)[month] + 2000  # the first backup fits
    _bound(monkeypatch, limit)
    backup_to(lib, dest, key)
    snaps = sorted(o.name for o in dest.list("") if "/snapshots/" in o.name)

    _add(lib, "b", ts + 100_000, 60)  # the same month, now over the bound
    assert _month_sizes(lib)[month] > limit
    before = library_state(lib)
    with pytest.raises(BackupError) as err:
        backup_to(lib, dest, key, new_set=False)
    assert not isinstance(err.value, DamagedBackupError)
    text = str(err.value)
    assert "'Big chat'" in text and month in text and "unchanged" in text and err.value.hint
    assert library_state(lib) == before
    assert sorted(o.name for o in dest.list("") if "/snapshots/" in o.name) == snaps
    verify(VerifyRequest(dest, key))  # the earlier backup still reads (leftover packs: warnings)
    restore_from(dest, tmp_path / "r", key)
    assert len(chat_contents(tmp_path / "r")["c"]["messages"]) == 60


@pytest.mark.parametrize("how", ["frame", "whole", "split"])
def test_a_month_of_exactly_the_bound_is_written_and_read(tmp_path, monkeypatch, how):
    lib, dest, key = tmp_path / "lib", FolderDestination(tmp_path / "d"), RawKey(generate_key())
    monkeypatch.setattr(textjson, "BATCH", 1 << 30 if how == "whole" else 16)
    _add(lib, "a", OLD if how != "split" else _recent_ms(), 60)
    (size,) = _month_sizes(lib).values()
    _bound(monkeypatch, size)
    backup_to(lib, dest, key)
    verify(VerifyRequest(dest, key))
    restore_from(dest, tmp_path / "r", key)
    assert chat_contents(tmp_path / "r") == chat_contents(lib)
    _bound(monkeypatch, size - 1)  # one byte less: the same month is refused by both sides
    with pytest.raises(DamagedBackupError):
        verify(VerifyRequest(dest, key))
    with pytest.raises(BackupError, match="more than one backup can hold"):
        backup_to(lib, FolderDestination(tmp_path / "d2"), key)


def test_the_writer_reads_the_readers_bound() -> None:
    from backupgui.format.manifest import MAX_TEXT_BLOB

    assert backup_mod.MAX_TEXT_BLOB == reader.MAX_TEXT_BLOB == MAX_TEXT_BLOB == 256 << 20


def test_packs_of_many_tiny_files_keep_their_trailers_within_the_bound(tmp_path, monkeypatch):
    lib, dest, key = tmp_path / "lib", FolderDestination(tmp_path / "d"), RawKey(generate_key())
    with Library(lib) as library:
        refs = tuple(MediaRef("file", *library.add_media_bytes(b"%d" % i), "text/plain", f"{i}.txt", i)
                     for i in range(40))
        with library.transaction() as w:
            w.upsert_chat(Chat("c", "Files", "direct", "demo", None, (Participant("me", "Me", True),)))
            w.add_messages([Message("m", "c", OLD, "me", "media", "", media=refs)])
    monkeypatch.setattr(pack, "MAX_TRAILER", 1500)  # ~8 entries; 40 files would need ~5.4 kB
    assert pack.max_pack_blobs() == 8
    backup_to(lib, dest, key)
    repo = Repo.open(dest, key)
    index, _ = repo.load_index()
    assert sum(len(p.blobs) for p in index.packs.values()) == 41  # 40 files, 1 month
    for p in index.packs.values():  # as an interrupted backup's next run reads them
        info = pack.read_trailer(dest, repo.prefix, repo.keys.objects, p.pack_id, p.size)
        assert 0 < len(info.blobs) <= 8
    verify(VerifyRequest(dest, key))
