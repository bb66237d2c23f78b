"""A provider that lists a manifest under another manifest's file (its id, and with it that
file's size and checksum) gains nothing: Drive reads a listed pack, index or manifest by the
id the listing gave (docs/DRIVE.md 5), and every object is authenticated under its own name
(FORMAT.md 1, 4), so the file read for the wrong name is damage, refused and reported, never
taken for that backup. With the summary cache warm as well (an entry is bound to the name,
size and checksum it was made from: SECURITY.md 2.11). A real Drive emulator on 127.0.0.1
whose answers to ``files.list`` lie."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from backupgui.crypto.material import RawKey
from backupgui.engine import BackupRequest, backup, verify
from backupgui.engine.repository import Repo
from backupgui.engine.summaries import cache_root
from backupgui.engine.types import VerifyRequest
from backupgui.library.demo import add_demo_messages, create_demo_library
from backupgui.library.store import Library
from backupgui.services.drive_emulator import server
from tests.drive import conftest as _drive

# The Drive emulator's fixtures (tests/drive/conftest.py), used here by name.
_clean_google_env, emulator, fake_time, make_dest = (
    _drive._clean_google_env, _drive.emulator, _drive.fake_time, _drive.make_dest)

KEY = RawKey(bytes(range(32)))


def _swap_in_listings(monkeypatch, emulator, a: str, b: str, *, lookups: bool) -> None:
    """From now on the emulator lists file ``a`` with everything of file ``b`` but its name
    (id, size, times, properties; the checksums follow the id) and ``b`` with ``a``'s: in
    the listings of the set (``lookups``: in the lookups by name too)."""
    real = emulator.store.all_views
    honest = threading.local()

    def views():
        out = real()
        if getattr(honest, "now", False):
            return out
        by_name = {v["name"]: v for v in out}
        va, vb = by_name[a], by_name[b]
        swapped = {a: {**vb, "name": a}, b: {**va, "name": b}}
        return [swapped.get(v["name"], v) for v in out]

    monkeypatch.setattr(emulator.store, "all_views", views)
    if not lookups:
        list_files = server._Handler._list

        def listing(handler):
            honest.now = "name = '" in (handler.query.get("q") or "")
            try:
                return list_files(handler)
            finally:
                honest.now = False

        monkeypatch.setattr(server._Handler, "_list", listing)


@pytest.mark.parametrize("cache", ["cold", "warm"])
@pytest.mark.parametrize("lookups", [True, False], ids=["every-listing", "set-listing-only"])
def test_a_listing_that_points_a_manifest_at_another_manifests_file(
        tmp_path: Path, make_dest, emulator, monkeypatch, cache, lookups):
    lib = tmp_path / "lib"
    create_demo_library(lib, chats=2, seed=11, media_mb=0.1)
    done = []
    for i in range(3):
        with Library(lib) as library:
            add_demo_messages(library, library.chat_ids()[0], 1, seed=30 + i)
        done.append(backup(BackupRequest(lib, make_dest(), KEY)))
    set_id = done[0].set_id
    honest = {s.snapshot_id: s for s in Repo.open(make_dest(), KEY).snapshots().infos}
    assert len(honest) == 3
    if cache == "cold":
        shutil.rmtree(cache_root(), ignore_errors=True)
    first, second = (f"sets/{set_id}/snapshots/{d.snapshot_id}" for d in done[:2])
    _swap_in_listings(monkeypatch, emulator, first, second, lookups=lookups)

    for summaries in (False, True):
        snaps = Repo.open(make_dest(), KEY, summaries=summaries).snapshots()
        for info in snaps.infos:  # whatever is accepted is exactly what that backup is
            h = honest[info.snapshot_id]
            assert (info.seq, info.created, info.prev, info.totals) == (h.seq, h.created, h.prev,
                                                                       h.totals)
        accepted = {i.snapshot_id for i in snaps.infos}
        assert done[2].snapshot_id in accepted
        for d in done[:2]:
            # Read by the listed id: the other manifest's bytes, refused as damage (or, only
            # where a lookup by name is honest, read afresh: then it is the honest backup).
            if d.snapshot_id not in accepted:
                assert any(d.snapshot_id in note for note in snaps.ignored), snaps.ignored
            else:
                assert not lookups  # (every listing lies: nothing to read afresh)
    # A verify of the newest backup still passes; where every listing lies (nothing can be
    # read afresh), it reports the two as ignored.
    result = verify(VerifyRequest(make_dest(), KEY))
    assert result.snapshot_id == done[2].snapshot_id
    for d in done[:2]:
        assert not lookups or any(d.snapshot_id in w for w in result.warnings), result.warnings
