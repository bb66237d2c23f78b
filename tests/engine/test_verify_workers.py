"""Verify checks packs on two workers: every damaged pack is still reported (in pack order,
whichever worker finished first); an error that is not damage (the destination, a cancel)
stops every worker and is raised; no worker thread outlives the call."""

from __future__ import annotations

import threading

import pytest

from backupgui.crypto.keys import generate_key
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import verify
from backupgui.engine.repository import Repo
from backupgui.engine.types import VerifyRequest
from backupgui.errors import CancelledError, DamagedBackupError, DestinationError
from backupgui.jobs import CancelToken
from backupgui.library.demo import create_demo_library

from .helpers import backup_to


def _verify_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("backupgui-verify")]


@pytest.fixture(scope="module")
def backed_up(tmp_path_factory):
    """A backup of several packs (small packs: many jobs for the two workers)."""
    root = tmp_path_factory.mktemp("verify")
    lib = root / "lib"
    create_demo_library(lib, chats=5, seed=31, media_mb=4)
    key = RawKey(generate_key())
    dest = FolderDestination(root / "dest")
    res = backup_to(lib, dest, key, pack_size=1 << 20)
    repo = Repo.open(dest, key)
    index, _ = repo.load_index()
    packs = sorted(index.packs)
    assert len(packs) >= 4
    return dest, key, res, packs


def _flip(path, at: int) -> bytes:
    original = path.read_bytes()
    raw = bytearray(original)
    raw[at] ^= 1
    path.write_bytes(bytes(raw))
    return original


def test_every_damaged_pack_is_reported_in_pack_order(backed_up):
    dest, key, res, packs = backed_up
    data = dest.root / "sets" / res.set_id / "data"
    first, last = packs[0], packs[-1]
    saved = {p: _flip(data / p, -40) for p in (last, first)}
    try:
        for _ in range(3):  # the order must not depend on which worker is faster
            with pytest.raises(DamagedBackupError) as e:
                verify(VerifyRequest(dest, key))
            msg = str(e.value)
            assert first in msg and last in msg
            assert msg.index(first) < msg.index(last)
    finally:
        for p, raw in saved.items():
            (data / p).write_bytes(raw)
    assert verify(VerifyRequest(dest, key)).packs == len(packs)
    assert _verify_threads() == []


class _FailingRead(FolderDestination):
    """A folder whose reads of one object fail as a network would (not damage)."""

    def __init__(self, root, bad: str) -> None:
        super().__init__(root)
        self.bad = bad
        self.read_after_failure: set[str] = set()
        self.failed = threading.Event()

    def read(self, name, offset=0, length=None):
        if name.endswith(self.bad):
            self.failed.set()
            raise DestinationError("the connection dropped")
        if self.failed.is_set():
            self.read_after_failure.add(name)
        return super().read(name, offset, length)


def test_a_destination_error_stops_every_worker_and_is_raised(backed_up):
    dest, key, res, packs = backed_up
    failing = _FailingRead(dest.root, packs[1])
    with pytest.raises(DestinationError, match="connection dropped"):
        verify(VerifyRequest(failing, key))
    # The other worker stops at its next segment batch: at most the rest of the pack it
    # was in, none of the packs after it.
    assert len(failing.read_after_failure) <= 1
    assert _verify_threads() == []


def test_cancel_stops_every_worker(backed_up):
    dest, key, _res, _packs = backed_up
    token = CancelToken()

    def progress(p) -> None:
        if p.phase == "Verifying":
            token.cancel()

    with pytest.raises(CancelledError):
        verify(VerifyRequest(dest, key), progress, token)
    assert _verify_threads() == []
