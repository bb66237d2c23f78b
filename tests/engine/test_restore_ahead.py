"""The restore's job thread takes a checked month of a chat kept as blocks before the blob at
the head of the pack order when that one is not checked yet (``_CheckedBlobs``,
docs/PERFORMANCE.md "Issue 24, phase 11"), and that changes nothing it stores or reports:
attachment rows and file names go in in pack order, chats merged row by row keep the order,
the first damaged blob in pack order is the error, a failure or a cancel leaves the library
as it was, and the bytes held stay bounded."""

from __future__ import annotations

import dataclasses
import sqlite3
import sys
import threading
import time

import pytest

from backupgui.crypto.keys import generate_key
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import RestoreRequest, restore
from backupgui.engine.packread import ReadCounter
from backupgui.errors import BackupError, CancelledError, DamagedBackupError
from backupgui.jobs import CancelToken, no_progress
from backupgui.library.store import Library

from .helpers import backup_to, library_state, restore_from

R = sys.modules["backupgui.engine.restore"]  # (the package exports a function of that name)

SLOW = 0.4  # seconds the check of a chosen blob is held back: the others go ahead meanwhile


@pytest.fixture
def backed_up(demo_lib, dest_dir):
    key = RawKey(generate_key())
    dest = FolderDestination(dest_dir)
    backup_to(demo_lib, dest, key, pack_size=1 << 16)  # several message packs
    return dest, key


def _plan(dest, key, tmp_path):
    repo, manifest, index, chats = R._open(RestoreRequest(dest, tmp_path / "new", key), no_progress)
    return repo, R._plan(manifest, index, chats)


def _order(repo, plan) -> list[str]:
    return [e.blob_id for e, _ in R._stored_text_blobs(repo, plan, ReadCounter(), CancelToken())]


def _slow(monkeypatch, blobs: set[str]) -> None:
    """Hold back the check of ``blobs``, as a large month at the head of the order is."""
    real = R._check_blob

    def check(repo, plan, entry, stored, budget=None, held=0):
        if entry.blob_id in blobs:
            time.sleep(SLOW)
        return real(repo, plan, entry, stored, budget, held)

    monkeypatch.setattr(R, "_check_blob", check)


def _events(repo, plan, workers=2, budget=None):
    with R._CheckedBlobs(repo, plan, ReadCounter(), CancelToken(), workers, budget) as blobs:
        return [(type(got).__name__, got.place, getattr(got, "ahead", None),
                 got.media if isinstance(got, R._Due) else got.mb.checked.media,
                 None if isinstance(got, R._Due) else got.mb.checked.chat_id)
                for got in blobs]


def test_a_slow_head_lets_later_months_go_ahead_and_rows_stay_in_pack_order(
        backed_up, tmp_path, monkeypatch):
    dest, key = backed_up
    repo, p = _plan(dest, key, tmp_path)
    merged = p.chats[0].id  # a chat merged row by row: its blobs keep the order
    p.fresh = {c.id for c in p.chats} - {merged}
    order = _order(repo, p)
    _slow(monkeypatch, {order[0]})
    events = _events(repo, p)
    checked = [e for e in events if e[0] == "_Checked"]
    # Every blob once; some came before the head of the order was checked.
    assert sorted(e[1] for e in checked) == list(range(len(order)))
    ahead = [e for e in checked if e[2]]
    assert ahead and checked[0][1] != 0
    # What depends on the order - attachment rows, the file names the restore keeps, the
    # chats merged row by row - comes in pack order: a blob in its place, or a blob that
    # went ahead by its rows (_Due) once every blob before it came.
    applied = [e[1] for e in events if (e[0] == "_Checked" and not e[2]) or e[0] == "_Due"]
    assert applied == list(range(len(order)))
    rows = {e[1]: e[3] for e in checked}
    assert all(e[3] == rows[e[1]] for e in events if e[0] == "_Due")
    seen: set[int] = set()
    for kind, place, is_ahead, _media, _chat in events:
        if kind == "_Checked":
            if not is_ahead:
                assert set(range(place)) <= seen  # everything before it came first
            seen.add(place)
    assert merged not in {e[4] for e in ahead}
    assert merged in {e[4] for e in checked}


def test_without_blobs_that_may_go_ahead_the_order_is_pack_order(backed_up, tmp_path, monkeypatch):
    dest, key = backed_up
    repo, p = _plan(dest, key, tmp_path)  # (p.fresh empty: every chat merged row by row)
    order = _order(repo, p)
    _slow(monkeypatch, {order[0]})
    events = _events(repo, p)
    assert [(e[0], e[1], e[2]) for e in events] == [("_Checked", i, False) for i in range(len(order))]


def test_a_month_listed_twice_does_not_go_ahead(backed_up, tmp_path):
    """Only an old manifest can list a chat's month twice; the second is the error, so
    neither may go in before its place."""
    dest, key = backed_up
    repo, p = _plan(dest, key, tmp_path)
    p.fresh = {c.id for c in p.chats}
    chat = next(c for c in p.chats if len(c.text_blobs) >= 3)
    a, b = chat.text_blobs[0], chat.text_blobs[2]
    assert {a.blob, b.blob} <= R._ahead_blobs(p)
    twice = dataclasses.replace(chat, text_blobs=[a, dataclasses.replace(b, month=a.month)])
    p.chats = [twice if c is chat else c for c in p.chats]
    assert not {a.blob, b.blob} & R._ahead_blobs(p)
    assert chat.text_blobs[1].blob not in R._ahead_blobs(p)  # (no longer listed)


def test_the_first_damaged_blob_is_the_error_when_later_ones_went_ahead(backed_up, tmp_path,
                                                                          monkeypatch):
    dest, key = backed_up
    repo, p = _plan(dest, key, tmp_path)
    p.fresh = {c.id for c in p.chats}
    order = _order(repo, p)
    k = len(order) // 3
    first, later = order[k], order[-1]
    for blob in (first, later):  # their manifest entries claim one message more
        chat, ref = p.refs[blob]
        p.refs[blob] = (chat, dataclasses.replace(ref, messages=ref.messages + 1))
    _slow(monkeypatch, {first})  # the blobs after it are checked while it is held back
    got = []
    with pytest.raises(DamagedBackupError, match=f"in {p.refs[first][1].month}"):
        with R._CheckedBlobs(repo, p, ReadCounter(), CancelToken()) as blobs:
            for e in blobs:
                got.append((type(e).__name__, e.place))
    places = {pl for kind, pl in got if kind == "_Checked"}
    assert set(range(k)) <= places  # every blob before it came first
    assert any(pl > k for pl in places)  # and some after it went ahead meanwhile
    assert all(pl < k for kind, pl in got if kind == "_Due")


def test_the_bytes_held_stay_bounded_with_blobs_ahead(backed_up, tmp_path, monkeypatch):
    dest, key = backed_up
    repo, p = _plan(dest, key, tmp_path)
    p.fresh = {c.id for c in p.chats}
    order = _order(repo, p)
    _slow(monkeypatch, {order[0], order[len(order) // 2]})
    budget = R._ByteBudget(200_000, items=6)
    events = _events(repo, p, 2, budget)
    assert any(e[2] for e in events)
    from backupgui.format.textstore import stored_plaintext

    largest = max(len(s) + len(stored_plaintext(s, e.comp, 1 << 28))
                  for e, s in R._stored_text_blobs(repo, p, ReadCounter(), CancelToken()))
    rows = sum(R._ahead_bytes(e[3]) for e in events if e[0] == "_Checked")
    assert 0 < budget.peak <= max(200_000, largest) + rows
    assert budget.held == 0 and budget.count == 0  # everything given back, the rows too


# -- whole restores: the same library as in pack order -----------------------------------------
def _restore_state(dest, key, target, monkeypatch, *, ahead: bool, slow: set[str], **kw):
    """A restore into ``target``, the blobs of ``slow`` held back; ``ahead`` False: every blob
    in pack order (as before phase 11). Returns the library's state and the blobs put in
    ahead of their place."""
    went_ahead: list[str] = []
    real_put = R._put_blob

    def put(w, plan, mb, media=True):
        if not media:
            went_ahead.append(mb.checked.month)
        return real_put(w, plan, mb, media)

    with monkeypatch.context() as m:
        _slow(m, slow)
        m.setattr(R, "_put_blob", put)
        if not ahead:
            m.setattr(R, "_ahead_blobs", lambda plan: frozenset())
        restore_from(dest, target, key, **kw)
    return library_state(target), went_ahead


def _head(dest, key, tmp_path) -> str:
    repo, p = _plan(dest, key, tmp_path)
    return _order(repo, p)[0]


@pytest.mark.parametrize("target_kind", ["empty", "existing"])
def test_a_restore_with_months_ahead_stores_what_the_ordered_one_does(
        target_kind, backed_up, tmp_path, monkeypatch):
    dest, key = backed_up
    head = _head(dest, key, tmp_path)
    states = []
    for ahead in (True, False):
        target = tmp_path / f"t-{ahead}"
        if target_kind == "existing":
            # One chat restored before (blocks: the full restore skips its months) and one
            # merged row by row into a chat of its own messages.
            from backupgui.library.demo import create_demo_library

            create_demo_library(target, chats=2, seed=99, media_mb=0.2)
            some = sorted(c.id for c in _plan(dest, key, tmp_path)[1].chats)[:1]
            restore_from(dest, target, key, chats=tuple(some))
        state, went = _restore_state(dest, key, target, monkeypatch, ahead=ahead, slow={head})
        assert bool(went) == ahead
        states.append(state)
    assert states[0] == states[1]


def test_a_file_is_named_by_the_last_blob_in_pack_order(demo_lib, dest_dir, tmp_path, monkeypatch):
    """Two chats attach the same file under two names: the restore names it as the later blob
    in pack order does, even when that blob went in first."""
    con = sqlite3.connect(demo_lib / "library.db")
    with con:
        rows = con.execute("SELECT message_id, seq, chat_id, sha256, size FROM media"
                           " WHERE sha256 != '' ORDER BY chat_id, message_id").fetchall()
        a = rows[0]
        b = next(r for r in rows if r[2] != a[2])
        con.execute("UPDATE media SET sha256=?, size=?, filename='from-b.bin' WHERE message_id=?"
                    " AND seq=?", (a[3], a[4], b[0], b[1]))
        con.execute("UPDATE media SET filename='from-a.bin' WHERE message_id=? AND seq=?",
                    (a[0], a[1]))
    con.close()
    key = RawKey(generate_key())
    dest = FolderDestination(dest_dir)
    backup_to(demo_lib, dest, key, pack_size=1 << 16)
    repo, p = _plan(dest, key, tmp_path)
    order = _order(repo, p)
    naming = [blob for blob in order
              if any(r[7] == a[3] for r in _checked_media(repo, p, blob))]
    assert len(naming) == 2
    earlier, later = naming
    expected = next(r[5] for r in _checked_media(repo, p, later) if r[7] == a[3])
    names = []
    real = R._media_tally

    def tally(staged, needed, lib):
        names.append(needed[a[3]])
        return real(staged, needed, lib)

    monkeypatch.setattr(R, "_media_tally", tally)
    chats = tuple(c.id for c in p.chats)
    _restore_state(dest, key, tmp_path / "one", monkeypatch, ahead=True, slow={earlier},
                   chats=chats)
    _restore_state(dest, key, tmp_path / "two", monkeypatch, ahead=False, slow=set(), chats=chats)
    assert names == [expected, expected]


def _checked_media(repo, p, blob):
    for e, mb in R._decoded_text_blobs(repo, p, ReadCounter(), CancelToken()):
        if e.blob_id == blob:
            return mb.checked.media
    raise AssertionError(blob)


def test_a_failed_insert_ahead_reports_an_earlier_damaged_blob(backed_up, tmp_path, monkeypatch):
    """A month that fails to go in ahead of its place (a write error) is reported only after
    every blob before it: one of them damaged is the error, and nothing is changed."""
    dest, key = backed_up
    repo, p = _plan(dest, key, tmp_path)
    order = _order(repo, p)
    head = order[0]
    chat, ref = p.refs[head]
    # The head's stored blob is damaged (its pack bit-flipped would fail the pack first):
    # make its check fail instead, after it was held back.
    real = R._check_blob

    def check(repo_, plan, entry, stored, budget=None, held=0):
        if entry.blob_id == head:
            time.sleep(SLOW)
            raise DamagedBackupError("The backup is damaged: the head.", problem="the head")
        return real(repo_, plan, entry, stored, budget, held)

    def put(w, plan, mb, media=True):
        if not media:
            raise sqlite3.OperationalError("disk I/O error")
        return real_put(w, plan, mb, media)

    real_put = R._put_blob
    target = tmp_path / "t"
    Library(target).close()
    before = library_state(target)
    monkeypatch.setattr(R, "_check_blob", check)
    monkeypatch.setattr(R, "_put_blob", put)
    with pytest.raises(DamagedBackupError, match="the head"):
        restore(RestoreRequest(dest, target, key))
    assert library_state(target) == before
    # Without the damage, the write error is the restore's error (the library's, as for
    # any write).
    monkeypatch.setattr(R, "_check_blob", real)
    _slow(monkeypatch, {head})
    with pytest.raises(BackupError) as got:
        restore(RestoreRequest(dest, target, key))
    assert not isinstance(got.value, DamagedBackupError)
    assert library_state(target) == before


def test_a_restore_cancelled_with_months_ahead_changes_nothing(backed_up, tmp_path, monkeypatch):
    dest, key = backed_up
    head = _head(dest, key, tmp_path)
    from backupgui.library.demo import create_demo_library

    target = tmp_path / "existing"
    create_demo_library(target, chats=2, seed=99, media_mb=0.2)
    before = library_state(target)
    token = CancelToken()
    real_put = R._put_blob
    went = threading.Event()

    def put(w, plan, mb, media=True):
        n = real_put(w, plan, mb, media)
        if not media:
            went.set()
            token.cancel()  # a month went in ahead of the head: stop now
        return n

    _slow(monkeypatch, {head})
    monkeypatch.setattr(R, "_put_blob", put)
    with pytest.raises(CancelledError):
        restore(RestoreRequest(dest, target, key), cancel=token)
    assert went.is_set()
    assert library_state(target) == before
