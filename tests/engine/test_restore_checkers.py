"""The restore's message blobs are checked on several threads and handed out in pack order:
the same blobs in the same order whatever the number of checkers, the first damaged blob in
that order is the one reported, and stopping early stops the checkers."""

from __future__ import annotations

import dataclasses
import sys
import threading

import pytest

from backupgui.crypto.keys import generate_key
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import RestoreRequest
from backupgui.engine.packread import ReadCounter
from backupgui.errors import DamagedBackupError
from backupgui.jobs import CancelToken, no_progress

from .helpers import backup_to

R = sys.modules["backupgui.engine.restore"]  # (the package exports a function of that name)


@pytest.fixture
def plan(demo_lib, dest_dir, tmp_path):
    key = RawKey(generate_key())
    dest = FolderDestination(dest_dir)
    backup_to(demo_lib, dest, key, pack_size=1 << 16)  # several message packs
    repo, manifest, index, chats = R._open(RestoreRequest(dest, tmp_path / "new", key), no_progress)
    return repo, R._plan(manifest, index, chats)


def _checked(repo, plan, workers):
    return list(R._decoded_text_blobs(repo, plan, ReadCounter(), CancelToken(), workers))


def test_blobs_come_in_pack_order_whatever_the_checkers(plan):
    repo, p = plan
    assert len(p.text_by_pack) > 1
    stored = [e.blob_id for e, _ in R._stored_text_blobs(repo, p, ReadCounter(), CancelToken())]
    one = _checked(repo, p, 1)
    for workers in (2, 3):
        many = _checked(repo, p, workers)
        assert [e.blob_id for e, _ in many] == stored == [e.blob_id for e, _ in one]
        assert [mb for _, mb in many] == [mb for _, mb in one]
    assert sum(mb.checked.count for _, mb in one) == sum(
        t.messages for c in p.chats for t in c.text_blobs)


def test_the_first_damaged_blob_in_pack_order_is_reported(plan):
    repo, p = plan
    order = [e.blob_id for e, _ in R._stored_text_blobs(repo, p, ReadCounter(), CancelToken())]
    # Two blobs whose manifest entry claims one message more than they hold: the later one
    # may be checked first by another thread, but the error names the earlier one.
    first, later = order[len(order) // 3], order[-1]
    for blob in (first, later):
        chat, ref = p.refs[blob]
        p.refs[blob] = (chat, dataclasses.replace(ref, messages=ref.messages + 1))
    chat, ref = p.refs[first]
    seen = []
    with pytest.raises(DamagedBackupError, match=f"in {ref.month}"):
        for e, _ in R._decoded_text_blobs(repo, p, ReadCounter(), CancelToken(), 3):
            seen.append(e.blob_id)
    assert seen == order[:order.index(first)]


def test_a_damaged_blob_read_before_a_failed_read_is_the_error(plan, dest_dir):
    """A blob read before a later pack fails to read is checked first: its damage, earlier in
    pack order, is what is reported, not the read's failure."""
    repo, p = plan
    packs = sorted(p.text_by_pack)
    blob = p.text_by_pack[packs[0]][0].blob_id
    chat, ref = p.refs[blob]
    p.refs[blob] = (chat, dataclasses.replace(ref, messages=ref.messages + 1))
    (victim,) = dest_dir.glob(f"sets/*/data/{packs[-1]}")
    raw = bytearray(victim.read_bytes())
    raw[len(raw) // 2] ^= 1
    victim.write_bytes(bytes(raw))
    with pytest.raises(DamagedBackupError) as got:
        list(R._decoded_text_blobs(repo, p, ReadCounter(), CancelToken(), 2))
    assert f"in {ref.month}" in str(got.value)
    # (and the read does fail on its own: the same stage without the first blob's damage)
    p.refs[blob] = (chat, ref)
    with pytest.raises(DamagedBackupError) as alone:
        list(R._decoded_text_blobs(repo, p, ReadCounter(), CancelToken(), 2))
    assert f"in {ref.month}" not in str(alone.value)


def test_stopping_early_stops_the_checkers(plan):
    repo, p = plan
    it = R._decoded_text_blobs(repo, p, ReadCounter(), CancelToken(), 2)
    next(it)
    it.close()
    assert not [t for t in threading.enumerate() if t.name.startswith("backupgui-check")]


# -- the message stage's memory bound (issue 24: flat with the busiest month) ------------------
def _sizes(repo, p):
    """Each blob's stored plus plaintext bytes (what it holds while it is checked)."""
    from backupgui.format.textstore import stored_plaintext

    out = {}
    for e, stored in R._stored_text_blobs(repo, p, ReadCounter(), CancelToken()):
        out[e.blob_id] = len(stored) + len(stored_plaintext(stored, e.comp, 1 << 28))
    return out


@pytest.mark.parametrize("limit", [1, 20_000, 200_000])
def test_the_bytes_held_are_bounded_whatever_the_blobs(plan, limit):
    repo, p = plan
    sizes = _sizes(repo, p)
    budget = R._ByteBudget(limit, items=8)
    got = []
    for e, _ in R._decoded_text_blobs(repo, p, ReadCounter(), CancelToken(), 3, budget):
        got.append(e.blob_id)
        assert budget.held <= max(limit, max(sizes.values()))
    assert got == [e.blob_id for e, _ in R._stored_text_blobs(repo, p, ReadCounter(), CancelToken())]
    # Never more than the limit, except one blob larger than it, alone.
    assert 0 < budget.peak <= max(limit, max(sizes.values()))
    if limit == 1:
        assert budget.peak == max(sizes.values())
    assert budget.held == 0 and budget.count == 0  # everything given back


def test_the_plaintext_is_kept_only_for_chats_merged_row_by_row(plan):
    repo, p = plan
    merged = p.chats[0].id
    p.fresh = {c.id for c in p.chats} - {merged}
    seen = set()
    for _, mb in R._decoded_text_blobs(repo, p, ReadCounter(), CancelToken(), 2):
        seen.add(mb.checked.chat_id)
        if mb.checked.chat_id == merged:
            assert mb.plaintext is not None and mb.plaintext[:1] == b"{"
        else:
            assert mb.plaintext is None  # the block keeps the stored form: let go at once
    assert merged in seen and len(seen) > 1


def test_a_stopped_stage_gives_up_waiting_for_bytes(plan):
    """The reader waits for bytes the job thread holds; a stop (an error, a cancel) ends it."""
    repo, p = plan
    it = R._decoded_text_blobs(repo, p, ReadCounter(), CancelToken(), 2, R._ByteBudget(1, 8))
    next(it)  # holds the only place: the reader now waits in take()
    it.close()
    assert not [t for t in threading.enumerate()
                if t.name.startswith(("backupgui-check", "backupgui-prefetch"))]


def test_giving_bytes_back_wakes_no_one_unless_someone_waits():
    """Each wake-up of a thread that then wants the GIL cost the waker its turn: ``give``
    notifies only while a thread waits in ``take`` (docs/PERFORMANCE.md, phase 10)."""
    budget = R._ByteBudget(10, items=2)
    woken = []
    real = budget._cv.notify_all
    budget._cv.notify_all = lambda: (woken.append(1), real())[1]
    stop = threading.Event()
    assert budget.take(4, stop) and budget.take(4, stop)
    budget.give(4, item_done=True)
    assert woken == []  # nobody waited
    assert budget.take(4, stop)  # two held again: the next take waits
    waiter = threading.Thread(target=budget.take, args=(4, stop))
    waiter.start()
    while not budget._waiting:
        threading.Event().wait(0.001)
    budget.give(4, item_done=True)
    waiter.join(5)
    assert not waiter.is_alive() and woken and budget.count == 2


def test_the_checkers_read_the_packs_themselves(plan):
    """No reader thread and no pool: ``workers`` checker threads, each reading its next blob."""
    repo, p = plan
    # (threads other tests left running, e.g. the network deadlines' watcher, are not ours)
    before = set(threading.enumerate())
    it = R._decoded_text_blobs(repo, p, ReadCounter(), CancelToken(), 2)
    next(it)
    names = sorted(t.name for t in set(threading.enumerate()) - before
                   if t.name.startswith("backupgui-"))
    it.close()
    assert names == ["backupgui-check-0", "backupgui-check-1"]
