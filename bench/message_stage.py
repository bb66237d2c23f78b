"""The restore's message stage alone, for instruction counts and CPU on one core.

    PYTHONPATH=TREE python bench/message_stage.py DEST KEY_FILE [--ordered] [--places N]
                                                  [--rounds R]

Every message blob of the newest backup in the folder DEST read, authenticated and checked
as for a restore into an empty library (no SQLite, no media): handed out as the restore's
job thread takes them (``engine/restore.py:_CheckedBlobs``: in pack order, but a month kept
as a block as soon as it is checked), or with ``--ordered`` strictly in pack order
(``_decoded_text_blobs``, the job thread's order before phase 11). ``--places`` sets the
stage's places (``restore._PLACES``; the byte bound is unchanged). Prints, per round, the
blobs, wall and CPU seconds, wall / CPU, the context switches (``getrusage``), the seconds
the checkers spent waiting for room in the byte budget (both summed) and the job thread
waiting for its next blob.
Run under a CPU simulator (``valgrind --tool=callgrind --callgrind-out-file=/dev/null``) for
its instruction count, or pinned to one core (``taskset -c 0``) for CPU without parallelism.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

import backupgui.engine.restore  # noqa: F401  (the package exports a function of that name)
from backupgui.crypto.keys import key_from_text
from backupgui.crypto.material import RawKey
from backupgui.destinations.factory import open_destination
from backupgui.engine.packread import ReadCounter
from backupgui.engine.types import RestoreRequest
from backupgui.jobs import CancelToken, no_progress

R = sys.modules["backupgui.engine.restore"]


class _TimedBudget(R._ByteBudget):
    """The stage's budget, with the time the checkers spent in ``take`` (waiting for room)."""

    waited = 0.0

    def take(self, n, stop):
        t = time.perf_counter()
        try:
            return super().take(n, stop)
        finally:
            self.waited += time.perf_counter() - t


def _stage(repo, plan, ordered: bool, places: int | None) -> tuple[int, float, float]:
    """(blobs, the checkers' seconds in ``take``, the job thread's seconds waiting)."""
    budget = _TimedBudget(R._MESSAGE_BYTES, places or R._PLACES)
    if ordered:
        it = R._decoded_text_blobs(repo, plan, ReadCounter(), CancelToken(), budget=budget)
        n, waited = _drain(it, lambda got: True)
        return n, budget.waited, waited
    with R._CheckedBlobs(repo, plan, ReadCounter(), CancelToken(), budget=budget) as blobs:
        n, waited = _drain(iter(blobs), lambda got: isinstance(got, R._Checked))
        return n, budget.waited, waited


def _drain(it, count) -> tuple[int, float]:
    n, waited = 0, 0.0
    while True:
        t = time.perf_counter()
        got = next(it, None)
        waited += time.perf_counter() - t
        if got is None:
            return n, waited
        n += count(got)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dest")
    ap.add_argument("key_file")
    ap.add_argument("--ordered", action="store_true", help="strictly in pack order")
    ap.add_argument("--places", type=int, default=None)
    ap.add_argument("--rounds", type=int, default=1)
    args = ap.parse_args()
    key = RawKey(key_from_text(Path(args.key_file).read_text()))
    req = RestoreRequest(open_destination(args.dest), Path(os.devnull), key)
    repo, manifest, index, chats = R._open(req, no_progress)
    plan = R._plan(manifest, index, chats)
    plan.fresh = {c.id for c in chats}
    for _ in range(args.rounds):
        r0, c0, t0 = resource.getrusage(resource.RUSAGE_SELF), os.times(), time.perf_counter()
        n, room, head = _stage(repo, plan, args.ordered, args.places)
        wall = time.perf_counter() - t0
        c1, r1 = os.times(), resource.getrusage(resource.RUSAGE_SELF)
        cpu = c1.user - c0.user + c1.system - c0.system
        print(f"{'ordered' if args.ordered else 'ahead'} places={args.places or R._PLACES}: "
              f"{n} blobs, {wall:.3f} s, {cpu:.3f} CPU s, wall/CPU {wall / cpu:.3f}, "
              f"voluntary {r1.ru_nvcsw - r0.ru_nvcsw}, involuntary {r1.ru_nivcsw - r0.ru_nivcsw}, "
              f"checkers waiting for room {room:.3f} s, job thread waiting {head:.3f} s",
              flush=True)


if __name__ == "__main__":
    main()
