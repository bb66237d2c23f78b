"""Retention keeps a time-spread history (docs/RELIABILITY.md "What is kept"): the newest N,
plus the newest backup of each of the last days, ISO weeks, months and years that have one, by
the manifests' authenticated times in the local calendar. Real folders, real backups written
by the engine at chosen times (its clock), every kept backup verified; absurd times; a crash
between each of retention's steps."""

from __future__ import annotations

import shutil
import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from backupgui.crypto.keys import generate_key
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import BackupRequest, backup, verify
from backupgui.engine.repository import Repo
from backupgui.engine.retention import RetentionPolicy, select
from backupgui.engine.types import VerifyRequest
from backupgui.library.demo import add_demo_messages
from backupgui.library.store import Library

from .helpers import backup_to, chat_contents, dest_files, restore_from

BERLIN = ZoneInfo("Europe/Berlin")
KEY = RawKey(generate_key())


@pytest.fixture
def berlin(monkeypatch):
    """This computer's time zone is Berlin's (retention buckets by the local calendar)."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def at(y, mo, d, h=12, mi=0) -> datetime:
    """A local (Berlin) time, as the engine's clock gives it (any aware datetime)."""
    return datetime(y, mo, d, h, mi, tzinfo=BERLIN)


def _grow(lib_dir, seed: int) -> None:
    with Library(lib_dir) as lib:
        cid = lib.chat_ids()[seed % 3]
        add_demo_messages(lib, cid, 2, seed=seed, with_photo=seed % 4 == 0)


def _backup(lib, dest, when: datetime, policy: RetentionPolicy, **kw):
    return backup_to(lib, dest, KEY, retention=policy, clock=lambda: when, **kw)


def _snapshots(dest_dir, set_id) -> list[str]:
    return sorted(p.name for p in (dest_dir / "sets" / set_id / "snapshots").iterdir())


def _check_consistent(dest, dest_dir, kept: list[str]) -> None:
    """The destination holds exactly ``kept``'s snapshots and the packs they use, in one
    index, and each of them verifies."""
    repo = Repo.open(dest, KEY)
    assert sorted(i.snapshot_id for i in repo.snapshots().infos) == sorted(kept)
    files = dest_files(dest_dir)
    used = {p for s in kept for p in repo.load_manifest(s).packs}
    assert {n.rsplit("/", 1)[1] for n in files if "/data/" in n} == used
    assert len([n for n in files if "/index/" in n]) == 1
    for s in kept:
        verify(VerifyRequest(dest, KEY, snapshot=s))


def test_daily_backups_keep_the_last_days_weeks_and_months(berlin, demo_lib, dest, dest_dir):
    """Backups at noon every day from 20 January to 20 February 2026 (a Friday); keep the last
    2, 3 daily, 2 weekly, 2 monthly: the newest of 20, 19, 18 February (last, daily), of ISO
    week 7 (9-15 February: the 15th) and of January (the 31st)."""
    policy = RetentionPolicy(last=2, daily=3, weekly=2, monthly=2)
    ids: dict[str, str] = {}
    day = at(2026, 1, 20)
    while day <= at(2026, 2, 20):
        if day.day % 2:
            _grow(demo_lib, day.day)
        r = _backup(demo_lib, dest, day, policy)
        ids[day.strftime("%m-%d")] = r.snapshot_id
        day += timedelta(days=1)
    want = [ids[d] for d in ("01-31", "02-15", "02-18", "02-19", "02-20")]
    assert _snapshots(dest_dir, r.set_id) == sorted(want)
    _check_consistent(dest, dest_dir, want)
    # The oldest kept one restores whole.
    restored = restore_from(dest, demo_lib.parent / "r", KEY, snapshot=ids["01-31"])
    assert restored.snapshot_id == ids["01-31"]


def test_days_are_the_local_calendars(berlin, demo_lib, dest, dest_dir):
    """23:30 and 00:30 in Berlin (winter, UTC+1) are two days there and one day in UTC: both
    are kept by "2 daily"."""
    policy = RetentionPolicy(last=1, daily=2, weekly=0, monthly=0)
    first = _backup(demo_lib, dest, at(2026, 1, 10, 23, 30), policy)
    _grow(demo_lib, 1)
    second = _backup(demo_lib, dest, at(2026, 1, 11, 0, 30), policy)
    assert at(2026, 1, 10, 23, 30).astimezone(UTC).date() == at(2026, 1, 11, 0, 30).astimezone(UTC).date()
    assert _snapshots(dest_dir, first.set_id) == sorted([first.snapshot_id, second.snapshot_id])
    # In UTC they share a day: the same snapshots bucketed there keep one.
    infos = Repo.open(dest, KEY).snapshots().infos
    assert select(infos, policy, second.snapshot_id, UTC) == [second.snapshot_id]
    assert select(infos, policy, second.snapshot_id, BERLIN) == [first.snapshot_id,
                                                                second.snapshot_id]


def test_keep_n_keeps_exactly_the_newest_n_as_before(berlin, demo_lib, dest, dest_dir):
    """``keep=N`` (``backupgui-cli backup --keep N``) keeps the newest N and nothing else,
    whatever the days."""
    ids = []
    for d in range(1, 6):
        _grow(demo_lib, d)
        ids.append(backup_to(demo_lib, dest, KEY, keep=2,
                             clock=lambda d=d: at(2026, 3, d * 5)).snapshot_id)
    _check_consistent(dest, dest_dir, ids[-2:])


def _history(lib, dest, days: int, policy: RetentionPolicy, start: datetime) -> list[str]:
    out = []
    for n in range(days):
        _grow(lib, n)
        out.append(_backup(lib, dest, start + timedelta(days=n), policy).snapshot_id)
    return out


@pytest.mark.parametrize("wrong", [datetime(2099, 6, 1, tzinfo=UTC), datetime(1990, 6, 1, tzinfo=UTC),
                                   datetime(9999, 12, 31, 23, 59, tzinfo=UTC)],
                         ids=["future", "before-2000", "year-9999"])
def test_a_backup_at_an_absurd_time_deletes_no_good_backup(berlin, demo_lib, dest, dest_dir, wrong):
    """A backup written with a clock far off (another device, or a crafted manifest under K)
    sits in the middle of a daily history: the good backups kept are exactly those the policy
    keeps without it; it takes no day, week or month from them."""
    policy = RetentionPolicy(last=1, daily=3, weekly=2, monthly=0)
    good = _history(demo_lib, dest, 5, policy, at(2026, 4, 1))
    _grow(demo_lib, 99)
    odd = _backup(demo_lib, dest, wrong, policy).snapshot_id
    good += _history(demo_lib, dest, 10, policy, at(2026, 4, 6))
    # 6-15 April: last 1 and daily 3 keep the 13th-15th; weekly 2: the newest of week 15
    # (6-12 April: the 12th) and of week 16 (the 15th).
    want = [good[11], good[12], good[13], good[14]]
    kept = _snapshots(dest_dir, Repo.open(dest, KEY).set_id)
    assert sorted(set(kept) - {odd}) == sorted(want)
    assert odd in kept  # kept (at most as many as the policy's slots): it may hold chats
    _check_consistent(dest, dest_dir, [*want, odd])


def test_a_clock_set_back_here_deletes_nothing_the_policy_kept(berlin, demo_lib, dest, dest_dir):
    """This computer's clock went back to 2001 (a dead CMOS battery): every backup before
    looks years in the future. They stay: none of them is deleted by the new backup."""
    policy = RetentionPolicy(last=1, daily=3, weekly=1, monthly=1)
    _history(demo_lib, dest, 12, policy, at(2026, 5, 1))
    before = _snapshots(dest_dir, Repo.open(dest, KEY).set_id)
    _grow(demo_lib, 50)
    r = _backup(demo_lib, dest, datetime(2001, 1, 1, 12, tzinfo=UTC), policy)
    assert r.removed_snapshots == ()
    after = _snapshots(dest_dir, r.set_id)
    assert sorted(after) == sorted([*before, r.snapshot_id])
    _check_consistent(dest, dest_dir, after)
    # And the clock comes right again: the history is bucketed as before.
    _grow(demo_lib, 51)
    r2 = _backup(demo_lib, dest, at(2026, 5, 13), policy)
    assert r2.snapshot_id in _snapshots(dest_dir, r2.set_id)
    assert r.snapshot_id in _snapshots(dest_dir, r2.set_id)  # (absurd now: kept, bounded)


def test_absurd_backups_are_kept_at_most_as_many_as_the_policys_slots():
    """Many snapshots at absurd times (a device whose clock was wrong for months, or planted
    under K) are kept, the newest ``slots`` of them: a bound, not a growing history."""
    from backupgui.engine.repository import SnapshotInfo
    from backupgui.format.manifest import Totals

    policy = RetentionPolicy(last=1, daily=1, weekly=0, monthly=0)
    t = Totals(0, 0, 0, 0, 0, 0)
    base = int(datetime(2026, 1, 1, tzinfo=UTC).timestamp() * 1000)
    infos = [SnapshotInfo(f"s{n:03d}", "", 1000, "", "", True, t, n, None) for n in range(1, 6)]
    infos.append(SnapshotInfo("s999", "", base, "", "", True, t, 999, None))
    assert select(infos, policy, "s999") == ["s004", "s005", "s999"]


class Crash(BaseException):
    """The process dies here (nothing after it runs; no handler catches it)."""


class CrashingDest(FolderDestination):
    """Dies at the ``fail_at``-th change (a put or a delete) once armed."""

    def __init__(self, root, fail_at: int) -> None:
        super().__init__(root)
        self.fail_at, self.armed, self.changes = fail_at, False, 0

    def _step(self) -> None:
        if self.armed:
            if self.changes == self.fail_at:
                raise Crash()
            self.changes += 1

    def put(self, name, data, *, new=False):
        self._step()
        return super().put(name, data, new=new)

    def delete(self, name):
        self._step()
        return super().delete(name)


@pytest.fixture(scope="module")
def crash_history(tmp_path_factory, demo_template):
    """A library and a destination with 10 daily backups kept whole (a wide policy)."""
    root = tmp_path_factory.mktemp("retention-crash")
    lib, dest_dir = root / "lib", root / "dest"
    shutil.copytree(demo_template, lib)
    _history(lib, FolderDestination(dest_dir), 10, RetentionPolicy(last=20), at(2026, 6, 1))
    return lib, dest_dir


def test_a_crash_between_any_two_retention_steps_loses_no_kept_backup(berlin, tmp_path,
                                                                     crash_history):
    """The next backup after 10 daily ones keeps 2 daily: retention deletes 9 manifests,
    writes an index, deletes the old ones and then packs. Killed before each of those
    changes in turn: every backup left verifies, and the next run leaves exactly what the
    policy keeps, consistent."""
    policy = RetentionPolicy(last=1, daily=2, weekly=0, monthly=0)
    steps = 0
    for fail_at in range(200):
        lib, dest_dir = tmp_path / f"lib{fail_at}", tmp_path / f"dest{fail_at}"
        shutil.copytree(crash_history[0], lib)
        shutil.copytree(crash_history[1], dest_dir)
        dest = CrashingDest(dest_dir, fail_at)
        _grow(lib, 77)

        def arm(_repo, _m, dest=dest):
            dest.armed = True  # the manifest is written: retention's steps follow

        try:
            crashed = backup(BackupRequest(lib, dest, KEY, device_name="test-device",
                                           retention=policy, clock=lambda: at(2026, 6, 11)),
                             on_written=arm)
        except Crash:
            crashed = None
        if crashed is not None:
            break  # no step left to crash at
        steps += 1
        left = _snapshots(dest_dir, Repo.open(dest, KEY).set_id)
        for s in left:  # every backup still there is whole
            verify(VerifyRequest(dest, KEY, snapshot=s))
        dest.armed = False
        nxt = _backup(lib, dest, at(2026, 6, 11, 13), policy)
        kept = _snapshots(dest_dir, nxt.set_id)
        assert len(kept) == 2  # the one written at 12:00 and the one at 13:00 (last 1, daily 2)
        assert nxt.snapshot_id in kept
        _check_consistent(dest, dest_dir, kept)
        shutil.rmtree(lib)
        shutil.rmtree(dest_dir)
    assert steps >= 12  # 9 manifests, an index, the old indexes, some packs
    # The run that was not killed kept 2 (the new one and the 10th of June's) and they restore.
    kept = _snapshots(dest_dir, crashed.set_id)
    assert len(kept) == 2 and crashed.snapshot_id in kept
    _check_consistent(dest, dest_dir, kept)
    for n, s in enumerate(kept):
        assert restore_from(dest, tmp_path / f"r{n}", KEY, snapshot=s).snapshot_id == s
    assert chat_contents(tmp_path / "r1") == chat_contents(lib)
