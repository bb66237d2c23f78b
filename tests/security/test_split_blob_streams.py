"""A message blob stored split by sender (FORMAT.md 5.1) holds up to 4,096 streams, each a
zstd frame. Whoever holds K can store one whose streams each inflate to the whole bound
(256 MiB) from a few KiB: the plaintext is the streams' bytes, so together they can never
be more than the bound, but each was decompressed up to the bound on its own, all of them
before any was used - 4,096 x 256 MiB for one small blob, on each of a restore's two
checkers (and in verify). Third hostile pass (s13): the streams now share the bound."""

from __future__ import annotations

import hashlib
import struct
import tracemalloc
from datetime import UTC, datetime

import pytest
import zstandard

from backupgui.destinations.folder import FolderDestination
from backupgui.engine import RestoreRequest, VerifyRequest, restore, verify
from backupgui.engine.repository import Repo, snapshot_name
from backupgui.errors import DamagedBackupError
from backupgui.format import reader
from backupgui.format.compress import compress
from backupgui.format.manifest import ChatEntry, Manifest, TextBlobRef, Totals, created_fields
from backupgui.format.pack import COMP_SPLIT, PackWriter
from backupgui.format.textstore import SPLIT_MAGIC, join_split, stored_plaintext
from backupgui.library.model import Participant
from backupgui.library.store import Library

from .conftest import KEY

MiB = 1 << 20
TS = 1_700_000_000_000
MONTH = "2023-11"


def _zeros_frame(n: int) -> bytes:
    """One zstd frame of ``n`` zero bytes, its size in the header (a few KiB for MiBs)."""
    cctx = zstandard.ZstdCompressor(level=19)
    return cctx.compress(bytes(n))


def _split_bomb(streams: int, each: int, layout: bytes = b"[[0,1]]") -> bytes:
    """A split blob of ``streams`` streams of ``each`` zero bytes (built without holding
    them more than once)."""
    frame = _zeros_frame(each)
    parts = [SPLIT_MAGIC, struct.pack(">I", streams)]
    lf = compress(layout)
    parts += [struct.pack(">I", len(lf)), lf]
    for _ in range(streams):
        parts += [struct.pack(">I", len(frame)), frame]
    return b"".join(parts)


def _peak(fn) -> tuple[BaseException | None, int]:
    tracemalloc.start()
    try:
        try:
            fn()
            err = None
        except Exception as exc:  # noqa: BLE001 - returned for the test to look at
            err = exc
        return err, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_streams_that_together_pass_the_bound_are_refused_before_they_are_inflated():
    """16 streams of 1 MiB each against a 1 MiB bound: refused, holding about one bound of
    streams. Before the fix all 16 were inflated (16 MiB held) before the layout was read."""
    blob = _split_bomb(16, MiB)
    assert len(blob) < 16 << 10  # a small stored blob
    err, peak = _peak(lambda: stored_plaintext(blob, COMP_SPLIT, MiB))
    assert isinstance(err, ValueError), err
    assert peak < 3 * MiB, f"refusing it held {peak / MiB:.1f} MiB"


def test_streams_within_the_bound_together_still_read():
    """The bound is on the sum: streams that together are the plaintext read as before, up
    to the bound exactly."""
    a, b = b"a" * (MiB // 2), b"b" * (MiB // 2)
    parts = [SPLIT_MAGIC, struct.pack(">I", 2)]
    for f in (compress(b"[[0,524288],[1,524288]]"), compress(a), compress(b)):
        parts += [struct.pack(">I", len(f)), f]
    assert join_split(b"".join(parts), MiB) == a + b
    with pytest.raises(ValueError):
        join_split(b"".join(parts), MiB - 1)


def _craft(dest, stored: bytes) -> None:
    """An authentic one-chat backup (made with K) whose only message blob is ``stored``,
    kept split by sender."""
    repo = Repo.create(dest, KEY)
    keys = repo.keys
    blob = keys.blob_name(hashlib.sha256(b"whatever the attacker likes").digest())
    tw = PackWriter(dest, repo.prefix, keys.objects)
    tw.add(blob, stored, 1, COMP_SPLIT)
    pack = tw.finish()
    repo.write_index([pack])
    now = datetime.now(UTC)
    chat = ChatEntry("chat-1", "Alice", "direct", "test", None,
                     (Participant("me", "Me", True), Participant("alice", "Alice")),
                     1, 0, 0, TS, (TextBlobRef(blob, MONTH, 1),))
    created, created_ms = created_fields(now)
    repo.write_manifest(Manifest(snapshot_name(now), repo.set_id, created, created_ms, "attacker",
                                 "backupgui 0.1.0", True, (chat,), (), (pack.pack_id,),
                                 Totals(1, 1, 0, 0, len(stored), pack.size), seq=1))


@pytest.mark.parametrize("job", ["restore", "verify"])
def test_a_split_bomb_in_an_authentic_backup_is_damage_with_bounded_memory(tmp_path, monkeypatch, job):
    """Through the restore's checkers and verify, with the bound lowered to 4 MiB (so that
    the code before the fix, which held 32 x 4 MiB, stays cheap on a shared machine)."""
    monkeypatch.setattr(reader, "MAX_TEXT_BLOB", 4 * MiB)
    dest = FolderDestination(tmp_path / "dest")
    _craft(dest, _split_bomb(32, 4 * MiB))
    if job == "restore":
        err, peak = _peak(lambda: restore(RestoreRequest(dest, tmp_path / "lib", KEY)))
    else:
        err, peak = _peak(lambda: verify(VerifyRequest(dest, KEY)))
    assert isinstance(err, DamagedBackupError), err
    assert "malformed" in str(err) or "damaged" in str(err), err
    if job == "restore":
        with Library(tmp_path / "lib") as lib:
            assert lib.list_chats() == []  # nothing of it kept
    assert peak < 48 * MiB, f"the {job} held {peak / MiB:.0f} MiB for a 4 MiB bound"
