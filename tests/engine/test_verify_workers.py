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


def test_a_damaged_blob_checked_by_the_other_worker_is_reported(backed_up, monkeypatch):
    """A worker with no pack left checks message blobs the other one hands over: each of
    their problems is reported, in the pack's offset order, as if one thread had checked
    them all."""
    import sys
    import time

    from backupgui.format.reader import BlobDamage

    V = sys.modules["backupgui.engine.verify"]  # (the package exports a function of that name)
    dest, key, _res, packs = backed_up
    repo = Repo.open(dest, key)
    index, _ = repo.load_index()
    readers: dict[str, str] = {}  # pack -> the worker that read it
    checkers: dict[str, tuple[str, str]] = {}  # blob -> (its pack, the worker that checked it)
    real_pack, real_check = V._PackChecker._check_pack, V.read_message_blob

    def reading(self, pack_id, *args):
        readers[pack_id] = threading.current_thread().name
        return real_pack(self, pack_id, *args)

    def damaged(keys, entry, stored, chat, ref, keep_plaintext):
        real_check(keys, entry, stored, chat, ref, keep_plaintext=keep_plaintext)  # (intact)
        checkers[entry.blob_id] = (index.locate(entry.blob_id).pack_id,
                                   threading.current_thread().name)
        time.sleep(0.005)  # (the message packs outlast the media: the workers share them)
        raise BlobDamage(f"blob {entry.blob_id[:12]} is damaged (test)")

    problems: list[str] = []  # all of them (the message names three)
    real_run = V._PackChecker.run

    def keep(self, *args):
        out = real_run(self, *args)
        problems.extend(p for ps in out for p in ps)
        return out

    monkeypatch.setattr(V._PackChecker, "_check_pack", reading)
    monkeypatch.setattr(V._PackChecker, "run", keep)
    monkeypatch.setattr(V, "read_message_blob", damaged)
    with pytest.raises(DamagedBackupError) as e:
        verify(VerifyRequest(dest, key))
    handed = [b for b, (p, t) in checkers.items() if t != readers[p]]
    assert handed, "no blob was checked by the worker that did not read its pack"
    # Every problem, those of handed blobs too, in pack order and offset order in a pack.
    order = sorted(checkers, key=lambda b: (index.locate(b).pack_id, index.locate(b).entry.offset))
    assert problems == [f"blob {b[:12]} is damaged (test)" for b in order]
    msg = str(e.value)
    assert msg.startswith(f"The backup is damaged (problems found: {len(order)}), among them: ")
    assert [msg.index(b[:12]) for b in order[:3]] == sorted(msg.index(b[:12]) for b in order[:3])
    assert _verify_threads() == []


def test_one_worker_starts_with_the_message_packs_the_other_with_the_media(backed_up, monkeypatch):
    """Message packs side by side with media packs (two message checks at once held the
    GIL in turn), each kind largest first; a blob waits for a helper only while one is idle."""
    import sys

    V = sys.modules["backupgui.engine.verify"]  # (the package exports a function of that name)
    dest, key, _res, packs = backed_up
    started: dict[str, list[tuple[bool, int]]] = {}  # worker -> (message pack?, size) in order
    real_pack, real_hand = V._PackChecker._check_pack, V._PackChecker._hand_over

    def recording(self, pack_id, entries, buf):
        text = any(e.blob_id in self.refs for e in entries)
        started.setdefault(threading.current_thread().name, []).append(
            (text, sum(e.length for e in entries)))
        return real_pack(self, pack_id, entries, buf)

    def handing(self, item):
        ok = real_hand(self, item)
        with self._cv:
            assert len(self._handed) <= V._WORKERS - 1
        return ok

    monkeypatch.setattr(V._PackChecker, "_check_pack", recording)
    monkeypatch.setattr(V._PackChecker, "_hand_over", handing)
    assert verify(VerifyRequest(dest, key)).packs == len(packs)
    first = {w: jobs[0] for w, jobs in started.items()}
    assert first["backupgui-verify-0"][0] and not first["backupgui-verify-1"][0]
    for jobs in started.values():
        for kind in (True, False):
            sizes = [n for t, n in jobs if t == kind]
            assert sizes == sorted(sizes, reverse=True)
    assert sum(len(j) for j in started.values()) == len(packs)
